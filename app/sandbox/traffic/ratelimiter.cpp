#include "app/sandbox/traffic/ratelimiter.h"

#include <algorithm>

namespace bookflow::sandbox {

namespace {

void dropOlderThan(std::deque<qint64> &times, qint64 cutoff)
{
    while (!times.empty() && times.front() <= cutoff)
        times.pop_front();
}

// Requests admitted in (now - window, now]. The deque is ordered unless the clock was moved
// back, in which case counting is still right, only pruning is late.
qsizetype countSince(const std::deque<qint64> &times, qint64 cutoff)
{
    return std::count_if(times.begin(), times.end(), [cutoff](qint64 t) { return t > cutoff; });
}

} // namespace

QJsonObject RateLimits::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("enabled"), enabled);
    object.insert(QStringLiteral("perMinute"), perMinute);
    object.insert(QStringLiteral("perSecond"), perSecond);
    object.insert(QStringLiteral("concurrent"), concurrent);
    object.insert(QStringLiteral("batchPerMinute"), batchPerMinute);
    return object;
}

bool RateLimits::readJson(const QJsonObject &object, QString *error)
{
    RateLimits next = *this;
    if (object.contains(QStringLiteral("enabled"))) {
        if (!object.value(QStringLiteral("enabled")).isBool()) {
            *error = QStringLiteral("limits.enabled must be true or false");
            return false;
        }
        next.enabled = object.value(QStringLiteral("enabled")).toBool();
    }
    const struct
    {
        const char *key;
        int *field;
    } numbers[] = {{"perMinute", &next.perMinute},
                   {"perSecond", &next.perSecond},
                   {"concurrent", &next.concurrent},
                   {"batchPerMinute", &next.batchPerMinute}};
    for (const auto &number : numbers) {
        const QString key = QString::fromLatin1(number.key);
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt()) {
            *error = QStringLiteral("limits.%1 must be a whole number ≥ 0 (0: no limit)").arg(key);
            return false;
        }
        *number.field = value.toInt();
    }
    *this = next;
    return true;
}

RateLimiter::Verdict RateLimiter::admit(const QString &realm, bool isBatch, qint64 nowMs)
{
    Verdict verdict;
    if (!m_limits.enabled)
        return verdict;
    RealmState &state = m_realms[realm];
    dropOlderThan(state.requests, nowMs - 60000);
    dropOlderThan(state.batches, nowMs - 60000);

    if (m_limits.concurrent > 0 && state.inFlight >= m_limits.concurrent)
        verdict.reason = QStringLiteral("more than %1 requests in flight").arg(m_limits.concurrent);
    else if (m_limits.perMinute > 0 &&
             countSince(state.requests, nowMs - 60000) >= m_limits.perMinute)
        verdict.reason = QStringLiteral("more than %1 requests a minute").arg(m_limits.perMinute);
    else if (m_limits.perSecond > 0 &&
             countSince(state.requests, nowMs - 1000) >= m_limits.perSecond)
        verdict.reason = QStringLiteral("more than %1 requests a second").arg(m_limits.perSecond);
    else if (isBatch && m_limits.batchPerMinute > 0 &&
             countSince(state.batches, nowMs - 60000) >= m_limits.batchPerMinute)
        verdict.reason =
            QStringLiteral("more than %1 batch requests a minute").arg(m_limits.batchPerMinute);

    if (!verdict.reason.isEmpty()) {
        verdict.admitted = false;
        return verdict;
    }
    state.requests.push_back(nowMs);
    if (isBatch)
        state.batches.push_back(nowMs);
    ++state.inFlight;
    verdict.counted = true;
    return verdict;
}

void RateLimiter::release(const QString &realm)
{
    const auto it = m_realms.find(realm);
    if (it != m_realms.end() && it->inFlight > 0)
        --it->inFlight;
}

} // namespace bookflow::sandbox
