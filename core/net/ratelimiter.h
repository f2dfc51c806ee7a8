#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QVector>
#include <QWaitCondition>

#include <functional>
#include <limits>
#include <vector>

namespace bookflow {

class Clock;

// Paces requests so that a provider's limits are respected before they are hit (PRODUCT.md §4):
// sliding windows ("at most N in any W ms"), a cap on requests in flight, and pauses a provider
// asked for (429 with Retry-After). Everything is per key — a QuickBooks company, a HubSpot
// portal — so one busy key never slows another.
//
// One instance is shared by every thread of the process; acquire() may be called from any of
// them. Time comes from the injected Clock and waiting goes through the injected Sleeper, so a
// test whose sleeper advances a fake clock simulates the waits exactly and never sleeps.
//
// A request counts in a window from the moment it is admitted until `windowMs` after its answer
// arrived (Permit::release()), not after it was sent: the provider admits it somewhere in
// between, so counting from the answer keeps every provider-side window within the limit
// whatever the network's latency (at the price of a window stretched by one round trip).
class RateLimiter
{
public:
    // At most `limit` requests in any `windowMs`. Each rule is a counter of its own, named by
    // `name` within its key: a request counts under every rule it is acquired with, so QuickBooks'
    // batch calls (counted under "minute", "second" and "batch") share the company's minute with
    // its other calls, while HubSpot's searches ("search") stay apart from its burst ("burst").
    // A name must keep one window per key. A limit ≤ 0 switches the rule off.
    struct Rule
    {
        QString name;
        int limit = 0;
        qint64 windowMs = 0;
    };

    struct Limits
    {
        QVector<Rule> rules;
        int maxConcurrent = 0; // requests of the key in flight at once; ≤ 0: no cap
        // How long acquire() may wait for a pause the provider asked for (blockUntil) to end.
        // A longer pause is not waited out: the permit comes back refused, so a worker thread is
        // not held for hours by a daily limit. < 0: wait however long it takes.
        qint64 maxBlockWaitMs = -1;
    };

    // What happened per key, for benchmarks and logs.
    struct Stats
    {
        qint64 requests = 0;  // permits granted
        qint64 waitedMs = 0;  // time spent waiting in acquire(), by the Clock
        qint64 throttled = 0; // pauses the provider asked for (blockUntil calls)
        qint64 heldBack = 0;  // permits refused because a pause was longer than maxBlockWaitMs
    };

    // The right to send one request. Release it when the answer has arrived (the destructor
    // does it otherwise): that frees its place among those in flight and starts its windows'
    // countdown. Move-only.
    class Permit
    {
    public:
        Permit() = default;
        Permit(Permit &&other) noexcept;
        Permit &operator=(Permit &&other) noexcept;
        Permit(const Permit &) = delete;
        Permit &operator=(const Permit &) = delete;
        ~Permit();

        // False when the key is paused for longer than the caller was willing to wait.
        bool granted() const { return m_granted; }
        qint64 waitedMs() const { return m_waitedMs; }
        // Refused permits: when the pause ends, how long that was from the refusal, and the
        // reason given to blockUntil().
        QDateTime blockedUntil() const { return m_blockedUntil; }
        qint64 blockLeftMs() const { return m_blockLeftMs; }
        QString blockReason() const { return m_blockReason; }

        void release();

    private:
        friend class RateLimiter;
        RateLimiter *m_limiter = nullptr; // set while the permit holds a place
        QString m_key;
        quint64 m_id = 0;
        bool m_granted = false;
        qint64 m_waitedMs = 0;
        QDateTime m_blockedUntil;
        qint64 m_blockLeftMs = 0;
        QString m_blockReason;
    };

    using Sleeper = std::function<void(qint64 ms)>;

    // `clock` must outlive the limiter and be safe to read from any thread (SystemClock is).
    // Without a sleeper the thread really sleeps (QThread::msleep).
    explicit RateLimiter(const Clock &clock, Sleeper sleeper = {});
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;
    ~RateLimiter();

    // Blocks until one more request fits under every rule of `limits` for `key`, there is a
    // place among those in flight, and no pause is in force; then counts the request and
    // returns a granted permit. Returns a refused permit, without waiting, when a pause would
    // last longer than limits.maxBlockWaitMs.
    //
    // Never acquire a second permit for a key while holding one for it on the same thread: the
    // second may wait for the first to be released.
    Permit acquire(const QString &key, const Limits &limits);

    // The provider asked to pause `key` until `until`: no permit for it is granted before then.
    // An earlier `until` than a pause already in force changes nothing. `reason` (for example
    // HubSpot's policyName) comes back on permits refused because of the pause.
    void blockUntil(const QString &key, const QDateTime &until, const QString &reason = {});
    // The same, `ms` from now by the limiter's clock.
    void blockFor(const QString &key, qint64 ms, const QString &reason = {});
    // The pause in force for `key`, or an invalid QDateTime.
    QDateTime blockedUntil(const QString &key) const;

    // Requests of `key` held back in acquire() right now (sleeping out a window or a pause, or
    // waiting for a place in flight): a queue length for progress displays, and what lets a
    // test tell "held back by the limiter" from "not there yet".
    int waiting(const QString &key) const;

    Stats stats(const QString &key) const;
    QHash<QString, Stats> allStats() const;

private:
    static constexpr qint64 InFlight = std::numeric_limits<qint64>::max();

    struct Event
    {
        quint64 id = 0;
        qint64 endMs = InFlight; // when the answer arrived; InFlight until then
    };
    struct Window
    {
        std::vector<Event> events; // unordered: answers arrive in any order
    };
    struct KeyState
    {
        QHash<QString, Window> windows; // by rule name
        int inFlight = 0;
        int waiting = 0; // threads held back in acquire()
        qint64 blockedUntilMs = 0;
        QString blockReason;
        Stats stats;
    };

    void release(const QString &key, quint64 id);
    qint64 nowMs() const;

    const Clock &m_clock;
    Sleeper m_sleeper;
    mutable QMutex m_mutex;
    QWaitCondition m_released; // a permit was released: places in flight and windows changed
    QHash<QString, KeyState> m_keys;
    quint64 m_nextId = 1;
};

} // namespace bookflow
