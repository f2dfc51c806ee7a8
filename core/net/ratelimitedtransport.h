#pragma once

#include "core/net/httptransport.h"
#include "core/net/ratelimiter.h"

#include <optional>

namespace bookflow {

// A Transport that paces another one so the providers' rate limits are respected before they
// are hit (PRODUCT.md §4), for every client above it without their knowing:
// - QuickBooks Online, per company (`/v3/company/{realmId}/…`, qbo-api.md §8): 500 requests in
//   any minute, 10 in any second, 10 in flight at once, and of those 40 `POST …/batch` a minute;
// - HubSpot, per portal (`/crm/…` and `/tax-rates/…`, hubspot.md §2.8): 100 requests in any
//   10 s (the Free/Starter private-app burst; public apps get 110), and searches
//   (`POST …/search`) apart from that, 4 in any second (HubSpot says 5; a margin is kept);
// - everything else (OAuth, discovery, the sandbox's `/_sandbox/…`) passes straight through.
//
// When a provider answers that it is throttling — 429, QuickBooks' code 3001 in an older 403,
// or a 503/477 with Retry-After — that key is paused until the Retry-After (or the provider's
// documented wait: QuickBooks 60 s; HubSpot 1 s for the search second, 10 s for the burst, an
// hour for the daily allowance) and its next requests wait for it. A pause longer than
// Policy::maxBlockWaitMs is not waited out on a worker thread: the request is answered at once,
// without being sent, with a 429 that carries the remaining Retry-After (and HubSpot's
// policyName), so the provider clients classify it as RateLimited exactly as if the provider
// had said it, and the engine retries later.
//
// One RateLimiter is shared by the whole process; a RateLimitedTransport is cheap and belongs to
// one thread, like the Transport it wraps.
class RateLimitedTransport final : public Transport
{
public:
    // The numbers; 0 switches a limit off (a benchmark may want to measure without one).
    struct Policy
    {
        int quickBooksPerMinute = 500;
        int quickBooksPerSecond = 10;
        int quickBooksConcurrent = 10;
        int quickBooksBatchPerMinute = 40;
        int hubSpotPerTenSeconds = 100;
        int hubSpotSearchPerSecond = 4;
        // The longest pause a request waits out inside send() (QuickBooks' usual 60 s included);
        // < 0: however long.
        qint64 maxBlockWaitMs = 60 * 1000;
    };

    enum class Provider { QuickBooks, HubSpot };

    // How a request is paced: its limiter key and the kind of call.
    struct Route
    {
        Provider provider = Provider::QuickBooks;
        QString key;           // "quickbooks/{realmId}" or "hubspot/{host[:port]}"
        bool isBatch = false;  // QuickBooks POST …/batch
        bool isSearch = false; // HubSpot POST …/search
    };

    // `inner` and `limiter` must outlive this transport.
    RateLimitedTransport(Transport &inner, RateLimiter &limiter);
    RateLimitedTransport(Transport &inner, RateLimiter &limiter, const Policy &policy);

    HttpResponse send(const HttpRequest &request) override;

    // The route of a request, or nothing for a request that is not paced.
    static std::optional<Route> classify(const HttpRequest &request);
    // The limiter keys, to read RateLimiter::stats() for a company or a portal.
    static QString quickBooksKey(const QString &realmId);
    static QString hubSpotKey(const QUrl &apiUrl);

    // The limits a route is acquired with under `policy`.
    static RateLimiter::Limits limitsFor(const Route &route, const Policy &policy);
    // How long `response` asks the route's key to pause, and why (HubSpot's policyName, or
    // QuickBooks' "ThrottleExceeded"); nothing when it is not a throttle.
    struct Pause
    {
        qint64 ms = 0;
        QString reason;
    };
    static std::optional<Pause> pauseFor(const Route &route, const HttpResponse &response);

private:
    HttpResponse heldBack(const Route &route, const RateLimiter::Permit &permit) const;

    Transport &m_inner;
    RateLimiter &m_limiter;
    Policy m_policy;
};

} // namespace bookflow
