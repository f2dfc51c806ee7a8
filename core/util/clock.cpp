#include "core/util/clock.h"

namespace bookflow {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &at)
{
    set(at);
}

void FixedClock::set(const QDateTime &at)
{
    m_now = at.toUTC();
}

void FixedClock::advanceMSecs(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
}

} // namespace bookflow
