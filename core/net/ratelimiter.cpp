#include "core/net/ratelimiter.h"

#include "core/util/clock.h"

#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <utility>

namespace bookflow {

RateLimiter::Permit::Permit(Permit &&other) noexcept
{
    *this = std::move(other);
}

RateLimiter::Permit &RateLimiter::Permit::operator=(Permit &&other) noexcept
{
    if (this != &other) {
        release();
        m_limiter = std::exchange(other.m_limiter, nullptr);
        m_key = std::move(other.m_key);
        m_id = other.m_id;
        m_granted = other.m_granted;
        m_waitedMs = other.m_waitedMs;
        m_blockedUntil = std::move(other.m_blockedUntil);
        m_blockLeftMs = other.m_blockLeftMs;
        m_blockReason = std::move(other.m_blockReason);
    }
    return *this;
}

RateLimiter::Permit::~Permit()
{
    release();
}

void RateLimiter::Permit::release()
{
    if (RateLimiter *limiter = std::exchange(m_limiter, nullptr))
        limiter->release(m_key, m_id);
}

RateLimiter::RateLimiter(const Clock &clock, Sleeper sleeper)
    : m_clock(clock), m_sleeper(std::move(sleeper))
{
    if (!m_sleeper)
        m_sleeper = [](qint64 ms) { QThread::msleep(static_cast<unsigned long>(ms)); };
}

RateLimiter::~RateLimiter() = default;

qint64 RateLimiter::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

RateLimiter::Permit RateLimiter::acquire(const QString &key, const Limits &limits)
{
    QMutexLocker lock(&m_mutex);
    const qint64 startMs = nowMs();
    for (;;) {
        const qint64 now = nowMs();
        KeyState &state = m_keys[key];
        qint64 sleepMs = 0;
        bool waitForRelease = false;

        if (state.blockedUntilMs > now) {
            const qint64 left = state.blockedUntilMs - now;
            if (limits.maxBlockWaitMs >= 0 && left > limits.maxBlockWaitMs) {
                Permit refused;
                refused.m_waitedMs = qMax<qint64>(0, now - startMs);
                refused.m_blockedUntil =
                    QDateTime::fromMSecsSinceEpoch(state.blockedUntilMs, Qt::UTC);
                refused.m_blockLeftMs = left;
                refused.m_blockReason = state.blockReason;
                ++state.stats.heldBack;
                state.stats.waitedMs += refused.m_waitedMs;
                return refused;
            }
            sleepMs = left;
        } else if (limits.maxConcurrent > 0 && state.inFlight >= limits.maxConcurrent) {
            waitForRelease = true;
        } else {
            for (const Rule &rule : limits.rules) {
                if (rule.limit <= 0 || rule.windowMs <= 0)
                    continue;
                std::vector<Event> &events = state.windows[rule.name].events;
                // Drop what has left the window. An answer stamped after `now` means the clock
                // was set back: count it as just arrived rather than waiting for the old time.
                const qint64 cutoff = now - rule.windowMs;
                for (Event &event : events) {
                    if (event.endMs != InFlight && event.endMs > now)
                        event.endMs = now;
                }
                events.erase(std::remove_if(events.begin(), events.end(),
                                            [cutoff](const Event &e) { return e.endMs <= cutoff; }),
                             events.end());
                const qsizetype excess = qsizetype(events.size()) - rule.limit;
                if (excess < 0)
                    continue;
                // The window has room once the (excess + 1) earliest-ending requests have left it.
                std::vector<qint64> ends;
                ends.reserve(events.size());
                for (const Event &event : events)
                    ends.push_back(event.endMs);
                std::nth_element(ends.begin(), ends.begin() + excess, ends.end());
                const qint64 end = ends[size_t(excess)];
                if (end == InFlight)
                    waitForRelease = true; // its countdown starts only when its answer arrives
                else
                    sleepMs = qMax(sleepMs, end + rule.windowMs - now);
            }
            if (!waitForRelease && sleepMs <= 0) {
                Permit permit;
                permit.m_limiter = this;
                permit.m_key = key;
                permit.m_id = m_nextId++;
                permit.m_granted = true;
                permit.m_waitedMs = qMax<qint64>(0, now - startMs);
                for (const Rule &rule : limits.rules) {
                    if (rule.limit > 0 && rule.windowMs > 0)
                        state.windows[rule.name].events.push_back(Event{permit.m_id, InFlight});
                }
                ++state.inFlight;
                ++state.stats.requests;
                state.stats.waitedMs += permit.m_waitedMs;
                return permit;
            }
        }

        ++state.waiting;
        if (waitForRelease) {
            m_released.wait(&m_mutex);
        } else {
            // Sleep without the lock: other keys, and releases of this one, go on meanwhile.
            lock.unlock();
            m_sleeper(sleepMs);
            lock.relock();
        }
        --m_keys[key].waiting; // `state` may have moved while the lock was not held
    }
}

void RateLimiter::release(const QString &key, quint64 id)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    const auto it = m_keys.find(key);
    if (it == m_keys.end())
        return;
    for (Window &window : it->windows) {
        for (Event &event : window.events) {
            if (event.id == id)
                event.endMs = now;
        }
    }
    if (it->inFlight > 0)
        --it->inFlight;
    m_released.wakeAll();
}

void RateLimiter::blockUntil(const QString &key, const QDateTime &until, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    KeyState &state = m_keys[key];
    ++state.stats.throttled;
    if (!until.isValid())
        return;
    const qint64 untilMs = until.toMSecsSinceEpoch();
    if (untilMs > state.blockedUntilMs) {
        state.blockedUntilMs = untilMs;
        state.blockReason = reason;
    }
}

void RateLimiter::blockFor(const QString &key, qint64 ms, const QString &reason)
{
    blockUntil(key, m_clock.now().addMSecs(qMax<qint64>(0, ms)), reason);
}

int RateLimiter::waiting(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_keys.value(key).waiting;
}

QDateTime RateLimiter::blockedUntil(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_keys.constFind(key);
    if (it == m_keys.constEnd() || it->blockedUntilMs <= nowMs())
        return {};
    return QDateTime::fromMSecsSinceEpoch(it->blockedUntilMs, Qt::UTC);
}

RateLimiter::Stats RateLimiter::stats(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_keys.value(key).stats;
}

QHash<QString, RateLimiter::Stats> RateLimiter::allStats() const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, Stats> result;
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it)
        result.insert(it.key(), it->stats);
    return result;
}

} // namespace bookflow
