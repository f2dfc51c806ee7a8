#pragma once

#include <QDateTime>

namespace bookflow {

// Time is injected (ARCHITECTURE.md "Decisions worth keeping"): anything that depends on "now"
// — relative date filters, retry schedules, token expiry — asks a Clock, so tests control it.
class Clock
{
public:
    virtual ~Clock();
    // The current instant, in UTC.
    virtual QDateTime now() const = 0;
};

// The real time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that stands still until told otherwise. Not thread-safe: meant for tests.
class FixedClock final : public Clock
{
public:
    // Starts at `at` (converted to UTC), or at the Unix epoch.
    explicit FixedClock(const QDateTime &at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));

    QDateTime now() const override { return m_now; }

    void set(const QDateTime &at);
    void advanceMSecs(qint64 msecs);
    void advanceSecs(qint64 secs) { advanceMSecs(secs * 1000); }
    void advanceDays(qint64 days) { advanceMSecs(days * 24 * 60 * 60 * 1000); }

private:
    QDateTime m_now;
};

} // namespace bookflow
