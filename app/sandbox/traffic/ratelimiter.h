#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <deque>

namespace bookflow::sandbox {

// QuickBooks Online's throttles per company (qbo-api.md §8, D-LIMITS, B-2016, B-2025-08).
// A limit of 0 switches that dimension off.
struct RateLimits
{
    bool enabled = false;    // --limits real
    int perMinute = 500;     // requests per realm in any 60 s
    int perSecond = 10;      // requests per realm in any 1 s
    int concurrent = 10;     // requests of a realm being answered at the same time
    int batchPerMinute = 40; // POST …/batch per realm in any 60 s

    QJsonObject toJson() const;
    // Reads the keys present in `object` over the current values; false (with a reason) if one
    // of them has the wrong type or a negative value.
    bool readJson(const QJsonObject &object, QString *error);
};

// Sliding-window counters and in-flight counts per realm. Only admitted requests count against
// the windows, so a client that backs off recovers after the window (a throttled request does
// not extend its own penalty).
class RateLimiter
{
public:
    struct Verdict
    {
        bool admitted = true;
        bool counted = false; // counts as in flight: call release() when answered
        QString reason;       // which limit refused it
    };

    void setLimits(const RateLimits &limits) { m_limits = limits; }
    const RateLimits &limits() const { return m_limits; }

    // Decides on one request at `nowMs` (the injected clock). When admitted, it counts in the
    // windows and as in flight until release(realm).
    Verdict admit(const QString &realm, bool isBatch, qint64 nowMs);
    void release(const QString &realm);
    int inFlight(const QString &realm) const { return m_realms.value(realm).inFlight; }
    void reset() { m_realms.clear(); }

private:
    struct RealmState
    {
        std::deque<qint64> requests; // admission times, oldest first
        std::deque<qint64> batches;
        int inFlight = 0;
    };

    RateLimits m_limits;
    QHash<QString, RealmState> m_realms;
};

} // namespace bookflow::sandbox
