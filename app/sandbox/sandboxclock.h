#pragma once

#include <QDateTime>

#include <functional>

namespace bookflow::sandbox {

// The sandbox's injectable clock (ARCHITECTURE.md "Time is injected"): token expiry, refresh
// token grace, authorization codes, rate-limit windows and QuickBooks' MetaData all read it, so
// a test can move an hour forward instead of sleeping. now() = source() + offset; the source is
// the system clock unless a test installs its own, the offset is what /_sandbox/time moved.
class SandboxClock
{
public:
    using Source = std::function<QDateTime()>;

    QDateTime now() const;
    qint64 nowMSecs() const { return now().toMSecsSinceEpoch(); }

    // A null source restores the system clock. Keeps the offset.
    void setSource(Source source);
    void advance(qint64 milliseconds) { m_offsetMs += milliseconds; }
    // Moves the offset so that now() reads `when` at this instant.
    void setNow(const QDateTime &when);
    // Back to source() with no offset.
    void resetOffset() { m_offsetMs = 0; }
    qint64 offsetMSecs() const { return m_offsetMs; }

private:
    Source m_source;
    qint64 m_offsetMs = 0;
};

} // namespace bookflow::sandbox
