#include "app/sandbox/sandboxclock.h"

namespace bookflow::sandbox {

QDateTime SandboxClock::now() const
{
    const QDateTime base = m_source ? m_source() : QDateTime::currentDateTimeUtc();
    return base.toUTC().addMSecs(m_offsetMs);
}

void SandboxClock::setSource(Source source)
{
    m_source = std::move(source);
}

void SandboxClock::setNow(const QDateTime &when)
{
    const QDateTime base = m_source ? m_source() : QDateTime::currentDateTimeUtc();
    m_offsetMs = when.toMSecsSinceEpoch() - base.toMSecsSinceEpoch();
}

} // namespace bookflow::sandbox
