#pragma once

#include "core/net/httptransport.h"

#include <QDateTime>

#include <optional>

namespace bookflow {

// HubSpot's rate-limit headers of one answer (hubspot.md §2.8): the burst window
// (X-HubSpot-RateLimit-Max / -Remaining / -Interval-Milliseconds) and the daily allowance
// (-Daily / -Daily-Remaining; absent on OAuth-app calls). Search answers carry none. Pacing is the
// engine's job; the client only reports what HubSpot said.
struct HubSpotRateLimit
{
    std::optional<qint64> max;            // requests allowed per interval
    std::optional<qint64> remaining;      // left in the current interval
    std::optional<qint64> intervalMs;     // the interval, e.g. 10000
    std::optional<qint64> daily;          // requests allowed per day
    std::optional<qint64> dailyRemaining; // left today
    QDateTime observedAt;                 // when the answer arrived (the client's Clock)

    bool isEmpty() const { return !max && !remaining && !intervalMs && !daily && !dailyRemaining; }

    // The headers of `response`; nullopt when it carried none of them.
    static std::optional<HubSpotRateLimit> fromResponse(const HttpResponse &response,
                                                        const QDateTime &observedAt);
};

} // namespace bookflow
