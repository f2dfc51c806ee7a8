#pragma once

#include <QJsonObject>
#include <QString>

#include <deque>

namespace bookflow::sandbox {

// HubSpot's API limits per portal (hubspot.md §2.8). A limit of 0 switches that one off.
struct HubSpotRateLimits
{
    // Requests in any rolling 10 s, search excluded: 100 is the Free/Starter private-app burst
    // (public OAuth apps get 110, Professional/Enterprise 190); one value for both kinds here.
    int tenSecondly = 100;
    // Search requests (POST …/search) in any rolling second, counted apart from the burst: the
    // 2026 docs say five per account, the issue this sandbox serves asks for four.
    int searchPerSecond = 4;
    // Private-app requests per day (UTC midnight to midnight; HubSpot uses the account's time
    // zone). 0: not enforced, and the daily headers then report Free/Starter's 250,000.
    int daily = 0;

    QJsonObject toJson() const;
    // Reads the keys present over the current values; false (with a reason, nothing changed) if
    // one has the wrong type or a negative value.
    bool readJson(const QJsonObject &object, QString *error);
};

// Sliding windows of one portal: the 10-second burst, the search second and the day. Only
// admitted requests count, so a client that backs off recovers after the window.
class HubSpotRateLimiter
{
public:
    static constexpr int TenSecondsMs = 10000;
    static constexpr int NominalDaily = 250000;

    struct Verdict
    {
        bool admitted = true;
        QString policyName; // TEN_SECONDLY_ROLLING, SECONDLY or DAILY when refused
        // The X-HubSpot-RateLimit-* values after this request (non-search requests).
        int max = 0;
        int remaining = 0;
        bool hasDaily = false; // private apps only: "not sent for OAuth tokens"
        qint64 daily = 0;
        qint64 dailyRemaining = 0;
    };

    void setLimits(const HubSpotRateLimits &limits) { m_limits = limits; }
    const HubSpotRateLimits &limits() const { return m_limits; }

    // Decides on one API request at `nowMs` (the injected clock). `privateApp`: the token is a
    // private app's, so the request counts against (and may be refused by) the daily limit;
    // OAuth calls are not subject to it (hubspot.md §2.8).
    Verdict admit(bool isSearch, bool privateApp, qint64 nowMs);
    void reset();

private:
    HubSpotRateLimits m_limits;
    std::deque<qint64> m_burst;  // admission times of non-search requests
    std::deque<qint64> m_search; // admission times of search requests
    qint64 m_day = -1;           // days since the epoch of m_dailyCount
    qint64 m_dailyCount = 0;
};

} // namespace bookflow::sandbox
