#include "app/sandbox/traffic/hubspotratelimiter.h"

#include <algorithm>

namespace bookflow::sandbox {

namespace {

constexpr qint64 DayMs = 86400000;

// Requests admitted in (cutoff, now]. Ordered unless the clock was moved back, in which case
// the count is still right, only pruning is late.
qsizetype countSince(std::deque<qint64> &times, qint64 cutoff)
{
    while (!times.empty() && times.front() <= cutoff)
        times.pop_front();
    return std::count_if(times.begin(), times.end(), [cutoff](qint64 t) { return t > cutoff; });
}

} // namespace

QJsonObject HubSpotRateLimits::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("tenSecondly"), tenSecondly);
    object.insert(QStringLiteral("searchPerSecond"), searchPerSecond);
    object.insert(QStringLiteral("daily"), daily);
    return object;
}

bool HubSpotRateLimits::readJson(const QJsonObject &object, QString *error)
{
    HubSpotRateLimits next = *this;
    const struct
    {
        const char *key;
        int *field;
    } numbers[] = {{"tenSecondly", &next.tenSecondly},
                   {"searchPerSecond", &next.searchPerSecond},
                   {"daily", &next.daily}};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const auto &number : numbers) {
            if (it.key() != QLatin1String(number.key))
                continue;
            known = true;
            const QJsonValue value = it.value();
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt()) {
                *error = QStringLiteral("hubspot.limits.%1 must be a whole number ≥ 0 (0: no "
                                        "limit)")
                             .arg(it.key());
                return false;
            }
            *number.field = value.toInt();
        }
        if (!known) {
            *error = QStringLiteral("unknown setting \"hubspot.limits.%1\"").arg(it.key());
            return false;
        }
    }
    *this = next;
    return true;
}

HubSpotRateLimiter::Verdict HubSpotRateLimiter::admit(bool isSearch, bool privateApp, qint64 nowMs)
{
    Verdict verdict;
    const qint64 day = nowMs >= 0 ? nowMs / DayMs : (nowMs - DayMs + 1) / DayMs;
    if (day != m_day) {
        m_day = day;
        m_dailyCount = 0;
    }
    const qint64 dailyLimit = m_limits.daily > 0 ? m_limits.daily : NominalDaily;
    const qsizetype burst = countSince(m_burst, nowMs - TenSecondsMs);
    const qsizetype search = countSince(m_search, nowMs - 1000);

    // The day first: once it is spent nothing else matters until midnight.
    if (privateApp && m_limits.daily > 0 && m_dailyCount >= m_limits.daily)
        verdict.policyName = QStringLiteral("DAILY");
    else if (isSearch && m_limits.searchPerSecond > 0 && search >= m_limits.searchPerSecond)
        verdict.policyName = QStringLiteral("SECONDLY");
    else if (!isSearch && m_limits.tenSecondly > 0 && burst >= m_limits.tenSecondly)
        verdict.policyName = QStringLiteral("TEN_SECONDLY_ROLLING");
    verdict.admitted = verdict.policyName.isEmpty();

    if (verdict.admitted) {
        (isSearch ? m_search : m_burst).push_back(nowMs);
        if (privateApp)
            ++m_dailyCount;
    }
    verdict.max = m_limits.tenSecondly;
    verdict.remaining =
        m_limits.tenSecondly > 0
            ? int(qMax<qsizetype>(0, m_limits.tenSecondly - qsizetype(m_burst.size())))
            : 0;
    verdict.hasDaily = privateApp;
    verdict.daily = dailyLimit;
    verdict.dailyRemaining = qMax<qint64>(0, dailyLimit - m_dailyCount);
    return verdict;
}

void HubSpotRateLimiter::reset()
{
    m_burst.clear();
    m_search.clear();
    m_day = -1;
    m_dailyCount = 0;
}

} // namespace bookflow::sandbox
