#include "core/hubspot/hubspotratelimit.h"

namespace bookflow {

namespace {

std::optional<qint64> number(const HttpResponse &response, const QByteArray &name)
{
    const QByteArray value = response.header(name).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 parsed = value.toLongLong(&ok);
    if (!ok || parsed < 0)
        return std::nullopt;
    return parsed;
}

} // namespace

std::optional<HubSpotRateLimit> HubSpotRateLimit::fromResponse(const HttpResponse &response,
                                                               const QDateTime &observedAt)
{
    HubSpotRateLimit limit;
    limit.max = number(response, "X-HubSpot-RateLimit-Max");
    limit.remaining = number(response, "X-HubSpot-RateLimit-Remaining");
    limit.intervalMs = number(response, "X-HubSpot-RateLimit-Interval-Milliseconds");
    limit.daily = number(response, "X-HubSpot-RateLimit-Daily");
    limit.dailyRemaining = number(response, "X-HubSpot-RateLimit-Daily-Remaining");
    if (limit.isEmpty())
        return std::nullopt;
    limit.observedAt = observedAt;
    return limit;
}

} // namespace bookflow
