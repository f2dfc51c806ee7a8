#include "core/hubspot/hubspoterror.h"
#include "core/net/ratelimitedtransport.h"
#include "core/net/ratelimiter.h"
#include "core/quickbooks/qbofault.h"
#include "core/util/clock.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace bookflow;

Q_DECLARE_METATYPE(bookflow::HttpRequest)
Q_DECLARE_METATYPE(bookflow::HttpResponse)

namespace {

const QString RealmA = QStringLiteral("9341453050981234");
const QString RealmB = QStringLiteral("9341453050985678");
const QString QboHost = QStringLiteral("https://quickbooks.api.intuit.com");
const QString HubHost = QStringLiteral("https://api.hubapi.com");

// A clock the sleeper moves, safe to read and advance from several threads (the limiter is
// shared by threads; FixedClock is not thread-safe).
class FakeClock final : public Clock
{
public:
    static constexpr qint64 StartMs = 1700000000000; // 2023-11-14, any instant will do

    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC);
    }
    qint64 ms() const
    {
        QMutexLocker lock(&m_mutex);
        return m_ms;
    }
    // Milliseconds since the test began.
    qint64 elapsed() const { return ms() - StartMs; }
    void advance(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_ms += ms;
    }
    void set(qint64 ms)
    {
        QMutexLocker lock(&m_mutex);
        m_ms = ms;
    }

private:
    mutable QMutex m_mutex;
    qint64 m_ms = StartMs;
};

// Lets the requests of the concurrency test pile up inside the fake transport: each waits until
// every thread that still has work is parked — inside here, or held back by the limiter — so the
// highest count seen inside is what the limiter allows, not what the scheduler happened to do.
// The limiter's queue changes without telling the gate, hence the short polls; the deadline only
// keeps a broken limiter from hanging the test, and is reported.
class Gate
{
public:
    Gate(int threads, std::function<int()> heldBack)
        : m_active(threads), m_heldBack(std::move(heldBack))
    {
    }

    void pass()
    {
        QMutexLocker lock(&m_mutex);
        ++m_current;
        m_max = qMax(m_max, m_current);
        QElapsedTimer deadline;
        deadline.start();
        const quint64 generation = m_generation;
        openIfAllParkedLocked();
        while (generation == m_generation) {
            if (deadline.hasExpired(30000)) {
                m_timedOut = true;
                break;
            }
            m_opened.wait(&m_mutex, 5);
            openIfAllParkedLocked();
        }
        --m_current;
    }
    void threadDone()
    {
        QMutexLocker lock(&m_mutex);
        --m_active;
        openIfAllParkedLocked();
    }
    int max() const
    {
        QMutexLocker lock(&m_mutex);
        return m_max;
    }
    bool timedOut() const
    {
        QMutexLocker lock(&m_mutex);
        return m_timedOut;
    }

private:
    void openIfAllParkedLocked()
    {
        if (m_current > 0 && m_current + m_heldBack() >= m_active) {
            ++m_generation;
            m_opened.wakeAll();
        }
    }

    mutable QMutex m_mutex;
    QWaitCondition m_opened;
    int m_active;
    const std::function<int()> m_heldBack;
    int m_current = 0;
    int m_max = 0;
    quint64 m_generation = 0;
    bool m_timedOut = false;
};

// Below the seam: records when each request reached it (by the fake clock) and answers what
// the test scripts, 200 by default. Thread-safe, so the threads of a test may share it.
class FakeTransport final : public Transport
{
public:
    struct Sent
    {
        qint64 atMs; // since the test began
        QByteArray method;
        QString path;
    };
    using Responder = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeTransport(const FakeClock &clock) : m_clock(clock) {}

    void setResponder(Responder responder)
    {
        QMutexLocker lock(&m_mutex);
        m_responder = std::move(responder);
    }
    // The next request gets `response`, whatever the responder says.
    void answerNextWith(const HttpResponse &response)
    {
        QMutexLocker lock(&m_mutex);
        m_next.append(response);
    }
    void setGate(Gate *gate) { m_gate = gate; }

    HttpResponse send(const HttpRequest &request) override
    {
        Responder responder;
        {
            QMutexLocker lock(&m_mutex);
            m_sent.append({m_clock.elapsed(), request.method, request.url.path()});
            if (!m_next.isEmpty())
                return m_next.takeFirst();
            responder = m_responder;
        }
        if (m_gate)
            m_gate->pass();
        if (responder)
            return responder(request);
        HttpResponse response;
        response.status = 200;
        response.body = "{}";
        return response;
    }

    QVector<Sent> sent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sent;
    }
    QVector<qint64> times(const std::function<bool(const Sent &)> &which = {}) const
    {
        QVector<qint64> result;
        for (const Sent &sent : this->sent()) {
            if (!which || which(sent))
                result.append(sent.atMs);
        }
        std::sort(result.begin(), result.end());
        return result;
    }

private:
    const FakeClock &m_clock;
    mutable QMutex m_mutex;
    QVector<Sent> m_sent;
    Responder m_responder;
    QList<HttpResponse> m_next;
    Gate *m_gate = nullptr;
};

HttpRequest request(const QByteArray &method, const QString &url)
{
    HttpRequest result;
    result.method = method;
    result.url = QUrl(url);
    result.setHeader("Authorization", "Bearer test-token-not-a-secret");
    return result;
}

HttpRequest qboGet(const QString &realm)
{
    return request("GET",
                   QboHost + QStringLiteral("/v3/company/%1/invoice/1?minorversion=75").arg(realm));
}

HttpRequest qboBatch(const QString &realm)
{
    return request("POST", QboHost + QStringLiteral("/v3/company/%1/batch").arg(realm));
}

HttpRequest hubGet()
{
    return request("GET", HubHost + QStringLiteral("/crm/v3/objects/deals/1"));
}

HttpRequest hubSearch()
{
    return request("POST", HubHost + QStringLiteral("/crm/v3/objects/deals/search"));
}

// The most requests in any window (t - windowMs, t] — the providers' sliding windows.
int maxInWindow(const QVector<qint64> &sortedTimes, qint64 windowMs)
{
    int best = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < sortedTimes.size(); ++last) {
        while (sortedTimes[first] <= sortedTimes[last] - windowMs)
            ++first;
        best = qMax(best, int(last - first + 1));
    }
    return best;
}

HttpResponse answer(int status, const HttpHeaders &headers = {}, const QByteArray &body = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = headers;
    response.body = body;
    return response;
}

const QByteArray QboThrottleXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<IntuitResponse xmlns=\"http://schema.intuit.com/finance/v3\"><Fault type=\"SERVICE\">"
    "<Error code=\"3001\"><Message>message=ThrottleExceeded; errorCode=003001; "
    "statusCode=429</Message><Detail>The request limit was reached.  Try again later</Detail>"
    "</Error></Fault></IntuitResponse>";

QByteArray hubSpotRateLimitBody(const char *policyName)
{
    return QByteArray("{\"status\":\"error\",\"message\":\"You have reached your limit.\","
                      "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c1\",\"policyName\":\"") +
           policyName + "\"}";
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void classify_data();
    void classify();
    void quickBooksBurstIsSpreadOverTheMinute();
    void batchCallsAreLimitedToFortyAMinute();
    void hubSpotSearchIsLimitedToFourASecond();
    void hubSpotBurstIsLimitedToHundredPerTenSeconds();
    void retryAfterPausesOnlyThatKey();
    void throttleAnswersPauseTheKey_data();
    void throttleAnswersPauseTheKey();
    void longPausesAreAnsweredWithoutSending_data();
    void longPausesAreAnsweredWithoutSending();
    void concurrencyCapHoldsAcrossThreads_data();
    void concurrencyCapHoldsAcrossThreads();
    void companiesDoNotWaitForEachOther();
    void nonApiPathsNeverWait();
    void windowsCountFromTheAnswer();
    void clockSetBackDoesNotStretchWaits();
    void switchedOffLimitsDoNotWait();

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FakeTransport> m_inner;
    std::atomic<qint64> m_slept{0};
    std::atomic<int> m_sleeps{0};
    std::atomic<int> m_badSleeps{0};
};

void TestRateLimiter::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_slept = 0;
    m_sleeps = 0;
    m_badSleeps = 0;
    m_limiter = std::make_unique<RateLimiter>(*m_clock, [this](qint64 ms) {
        // Simulated waiting: time passes at once and exactly.
        if (ms <= 0)
            ++m_badSleeps; // the limiter must never spin with empty sleeps
        m_slept += ms;
        ++m_sleeps;
        m_clock->advance(ms);
    });
    m_inner = std::make_unique<FakeTransport>(*m_clock);
}

void TestRateLimiter::cleanup()
{
    m_inner.reset();
    m_limiter.reset();
    m_clock.reset();
    QCOMPARE(m_badSleeps.load(), 0);
}

void TestRateLimiter::classify_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key"); // empty: not paced
    QTest::addColumn<bool>("isBatch");
    QTest::addColumn<bool>("isSearch");

    const QString qboKey = QStringLiteral("quickbooks/") + RealmA;
    QTest::newRow("qbo read") << QByteArray("GET") << qboGet(RealmA).url.toString() << qboKey
                              << false << false;
    QTest::newRow("qbo sandbox host") << QByteArray("POST")
                                      << QStringLiteral("https://sandbox-quickbooks.api.intuit."
                                                        "com/v3/company/%1/invoice")
                                             .arg(RealmA)
                                      << qboKey << false << false;
    QTest::newRow("qbo batch") << QByteArray("POST") << qboBatch(RealmA).url.toString() << qboKey
                               << true << false;
    QTest::newRow("qbo batch lower-case method")
        << QByteArray("post") << qboBatch(RealmA).url.toString() << qboKey << true << false;
    QTest::newRow("qbo GET batch is no batch")
        << QByteArray("GET") << qboBatch(RealmA).url.toString() << qboKey << false << false;
    QTest::newRow("qbo query")
        << QByteArray("POST")
        << QStringLiteral("http://127.0.0.1:8080/v3/company/%1/query").arg(RealmA) << qboKey
        << false << false;
    QTest::newRow("qbo no realm") << QByteArray("GET")
                                  << QStringLiteral("http://127.0.0.1:8080/v3/company/")
                                  << QString() << false << false;
    QTest::newRow("hubspot object") << QByteArray("GET") << hubGet().url.toString()
                                    << QStringLiteral("hubspot/api.hubapi.com") << false << false;
    QTest::newRow("hubspot search") << QByteArray("POST") << hubSearch().url.toString()
                                    << QStringLiteral("hubspot/api.hubapi.com") << false << true;
    QTest::newRow("hubspot batch read is no search")
        << QByteArray("POST") << HubHost + QStringLiteral("/crm/v3/objects/deals/batch/read")
        << QStringLiteral("hubspot/api.hubapi.com") << false << false;
    QTest::newRow("hubspot tax rates on a sandbox port")
        << QByteArray("GET") << QStringLiteral("http://127.0.0.1:8080/tax-rates/v1/tax-rates")
        << QStringLiteral("hubspot/127.0.0.1:8080") << false << false;
    QTest::newRow("qbo token") << QByteArray("POST")
                               << QStringLiteral("https://oauth.platform.intuit.com/oauth2/v1/"
                                                 "tokens/bearer")
                               << QString() << false << false;
    QTest::newRow("qbo revoke") << QByteArray("POST")
                                << QStringLiteral("https://developer.api.intuit.com/v2/oauth2/"
                                                  "tokens/revoke")
                                << QString() << false << false;
    QTest::newRow("hubspot token")
        << QByteArray("POST") << HubHost + QStringLiteral("/oauth/v1/token") << QString() << false
        << false;
    QTest::newRow("hubspot token info")
        << QByteArray("GET") << HubHost + QStringLiteral("/oauth/v1/access-tokens/abc") << QString()
        << false << false;
    QTest::newRow("sandbox admin")
        << QByteArray("POST") << QStringLiteral("http://127.0.0.1:8080/_sandbox/reset") << QString()
        << false << false;
}

void TestRateLimiter::classify()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(bool, isBatch);
    QFETCH(bool, isSearch);

    const auto route = RateLimitedTransport::classify(request(method, url));
    if (key.isEmpty()) {
        QVERIFY(!route);
        return;
    }
    QVERIFY(route);
    QCOMPARE(route->key, key);
    QCOMPARE(route->isBatch, isBatch);
    QCOMPARE(route->isSearch, isSearch);
}

void TestRateLimiter::quickBooksBurstIsSpreadOverTheMinute()
{
    RateLimitedTransport transport(*m_inner, *m_limiter);
    for (int i = 0; i < 600; ++i)
        QCOMPARE(transport.send(qboGet(RealmA)).status, 200);

    const QVector<qint64> times = m_inner->times();
    QCOMPARE(times.size(), 600);
    QCOMPARE(maxInWindow(times, 60000), 500);
    QCOMPARE(maxInWindow(times, 1000), 10);
    // Ten a second for 50 s fills the minute; the next ten wait until the first ten leave it
    // at 60 s, and so on: the last ten go at 69 s, not later.
    QCOMPARE(times.at(499), 49000);
    QCOMPARE(times.at(500), 60000);
    QCOMPARE(times.last(), 69000);

    const RateLimiter::Stats stats = m_limiter->stats(RateLimitedTransport::quickBooksKey(RealmA));
    QCOMPARE(stats.requests, 600);
    QCOMPARE(stats.waitedMs, 69000);
    QCOMPARE(stats.throttled, 0);
    QCOMPARE(m_slept.load(), 69000);
}

void TestRateLimiter::batchCallsAreLimitedToFortyAMinute()
{
    RateLimitedTransport transport(*m_inner, *m_limiter);
    for (int i = 0; i < 40; ++i)
        transport.send(qboBatch(RealmA));
    QCOMPARE(m_clock->elapsed(), 3000); // ten a second still applies to batches

    // The batch minute is full; other calls of the company go on.
    transport.send(qboGet(RealmA));
    QCOMPARE(m_clock->elapsed(), 4000);

    for (int i = 0; i < 45; ++i)
        transport.send(qboBatch(RealmA));
    const QVector<qint64> batches = m_inner->times([](const FakeTransport::Sent &sent) {
        return sent.path.endsWith(QLatin1String("/batch"));
    });
    QCOMPARE(batches.size(), 85);
    QCOMPARE(maxInWindow(batches, 60000), 40);
    QCOMPARE(batches.at(40), 60000); // when the first ten of the minute leave it
    QCOMPARE(maxInWindow(m_inner->times(), 1000), 10);
}

void TestRateLimiter::hubSpotSearchIsLimitedToFourASecond()
{
    RateLimitedTransport transport(*m_inner, *m_limiter);
    for (int i = 0; i < 12; ++i)
        transport.send(hubSearch());
    const QVector<qint64> searches = m_inner->times();
    QCOMPARE(maxInWindow(searches, 1000), 4);
    QCOMPARE(searches.at(3), 0);
    QCOMPARE(searches.at(4), 1000);
    QCOMPARE(searches.last(), 2000);

    // Searches have a limit of their own: the burst is untouched, other calls don't wait.
    const qint64 before = m_clock->elapsed();
    for (int i = 0; i < 50; ++i)
        transport.send(hubGet());
    QCOMPARE(m_clock->elapsed(), before);
}

void TestRateLimiter::hubSpotBurstIsLimitedToHundredPerTenSeconds()
{
    RateLimitedTransport transport(*m_inner, *m_limiter);
    for (int i = 0; i < 250; ++i) {
        transport.send(i % 5 == 0 ? request("GET", HubHost + QStringLiteral("/tax-rates/v1/tax-"
                                                                            "rates"))
                                  : hubGet());
    }
    const QVector<qint64> times = m_inner->times();
    QCOMPARE(times.size(), 250);
    QCOMPARE(maxInWindow(times, 10000), 100);
    QCOMPARE(times.at(99), 0);
    QCOMPARE(times.at(100), 10000);
    QCOMPARE(times.last(), 20000);

    // A search still goes at once: it counts apart from the burst.
    const qint64 before = m_clock->elapsed();
    transport.send(hubSearch());
    QCOMPARE(m_clock->elapsed(), before);
}

void TestRateLimiter::retryAfterPausesOnlyThatKey()
{
    m_inner->answerNextWith(answer(429, {{"Retry-After", "7"}}, QboThrottleXml));
    RateLimitedTransport transport(*m_inner, *m_limiter);

    QCOMPARE(transport.send(qboGet(RealmA)).status, 429);
    QCOMPARE(m_limiter->blockedUntil(RateLimitedTransport::quickBooksKey(RealmA)),
             m_clock->now().addSecs(7));

    // The other company and HubSpot go on at once.
    QCOMPARE(transport.send(qboGet(RealmB)).status, 200);
    QCOMPARE(transport.send(hubGet()).status, 200);
    QCOMPARE(m_clock->elapsed(), 0);

    // The throttled company waits the 7 s out, then is sent.
    QCOMPARE(transport.send(qboGet(RealmA)).status, 200);
    QCOMPARE(m_inner->sent().last().atMs, 7000);
    QCOMPARE(m_slept.load(), 7000);

    const RateLimiter::Stats a = m_limiter->stats(RateLimitedTransport::quickBooksKey(RealmA));
    QCOMPARE(a.throttled, 1);
    QCOMPARE(a.waitedMs, 7000);
    QCOMPARE(m_limiter->stats(RateLimitedTransport::quickBooksKey(RealmB)).waitedMs, 0);
    QVERIFY(!m_limiter->blockedUntil(RateLimitedTransport::quickBooksKey(RealmA)).isValid());
}

void TestRateLimiter::throttleAnswersPauseTheKey_data()
{
    QTest::addColumn<HttpRequest>("sent");
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<qint64>("pauseMs");

    QTest::newRow("qbo 429 without Retry-After: 60 s")
        << qboGet(RealmA) << answer(429, {}, QboThrottleXml) << qint64(60000);
    QTest::newRow("qbo legacy 403 throttle: 60 s")
        << qboGet(RealmA) << answer(403, {}, QByteArray(QboThrottleXml).replace("=429", "=403"))
        << qint64(60000);
    QTest::newRow("qbo 429 Retry-After 2")
        << qboBatch(RealmA) << answer(429, {{"Retry-After", "2"}}) << qint64(2000);
    QTest::newRow("qbo 503 Retry-After 3")
        << qboGet(RealmA) << answer(503, {{"Retry-After", "3"}}) << qint64(3000);
    QTest::newRow("qbo 403 that is no throttle")
        << qboGet(RealmA)
        << answer(403, {},
                  "{\"Fault\":{\"Error\":[{\"code\":\"120\"}],\"type\":\"Authorization"
                  "Fault\"}}")
        << qint64(0);
    QTest::newRow("qbo 400 validation")
        << qboGet(RealmA) << answer(400, {}, "{\"Fault\":{}}") << qint64(0);
    QTest::newRow("qbo 503 without Retry-After") << qboGet(RealmA) << answer(503) << qint64(0);
    QTest::newRow("hubspot burst 429: 10 s")
        << hubGet() << answer(429, {}, hubSpotRateLimitBody("TEN_SECONDLY_ROLLING"))
        << qint64(10000);
    QTest::newRow("hubspot secondly 429: 1 s")
        << hubSearch() << answer(429, {}, hubSpotRateLimitBody("SECONDLY")) << qint64(1000);
    QTest::newRow("hubspot search 429 without a body: 1 s")
        << hubSearch() << answer(429) << qint64(1000);
    QTest::newRow("hubspot 429 Retry-After 5")
        << hubGet() << answer(429, {{"Retry-After", "5"}}, hubSpotRateLimitBody("SECONDLY"))
        << qint64(5000);
    QTest::newRow("hubspot 477 Retry-After 30")
        << hubGet() << answer(477, {{"Retry-After", "30"}}) << qint64(30000);
    QTest::newRow("hubspot 404") << hubGet() << answer(404) << qint64(0);
}

void TestRateLimiter::throttleAnswersPauseTheKey()
{
    QFETCH(HttpRequest, sent);
    QFETCH(HttpResponse, response);
    QFETCH(qint64, pauseMs);

    m_inner->answerNextWith(response);
    RateLimitedTransport transport(*m_inner, *m_limiter);
    QCOMPARE(transport.send(sent).status, response.status);
    QCOMPARE(transport.send(sent).status, 200);
    QCOMPARE(m_inner->sent().size(), 2);
    QCOMPARE(m_inner->sent().last().atMs, pauseMs);
    const auto route = RateLimitedTransport::classify(sent);
    QVERIFY(route);
    QCOMPARE(m_limiter->stats(route->key).throttled, pauseMs > 0 ? 1 : 0);
}

void TestRateLimiter::longPausesAreAnsweredWithoutSending_data()
{
    QTest::addColumn<HttpRequest>("sent");
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("qbo Retry-After 7200")
        << qboGet(RealmA) << answer(429, {{"Retry-After", "7200"}}, QboThrottleXml) << 7200;
    QTest::newRow("hubspot daily, no Retry-After")
        << hubGet() << answer(429, {}, hubSpotRateLimitBody("DAILY")) << 3600;
}

void TestRateLimiter::longPausesAreAnsweredWithoutSending()
{
    QFETCH(HttpRequest, sent);
    QFETCH(HttpResponse, response);
    QFETCH(int, retryAfter);

    m_inner->answerNextWith(response);
    RateLimitedTransport transport(*m_inner, *m_limiter);
    transport.send(sent);

    // A pause longer than a worker should sit through: answered at once, not sent.
    const HttpResponse held = transport.send(sent);
    QCOMPARE(m_inner->sent().size(), 1);
    QCOMPARE(m_clock->elapsed(), 0);
    QCOMPARE(held.status, 429);
    QCOMPARE(held.retryAfterSeconds(), std::optional<int>(retryAfter));
    QVERIFY(!held.header("X-Bookflow-Held-Back").isEmpty());

    // The provider clients read it as throttling, as if the provider had answered.
    const auto route = RateLimitedTransport::classify(sent);
    QVERIFY(route);
    if (route->provider == RateLimitedTransport::Provider::HubSpot) {
        const ApiError error = HubSpotError::fromResponse(held);
        QVERIFY(error.isRateLimited());
        QCOMPARE(error.code, QStringLiteral("DAILY")); // the daily allowance's own reason
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(retryAfter));
    } else {
        const ApiError error = QboFault::fromResponse(held);
        QVERIFY(error.isRateLimited());
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(retryAfter));
    }
    QCOMPARE(m_limiter->stats(route->key).heldBack, 1);

    // Once the pause is over, requests are sent again.
    m_clock->advance(qint64(retryAfter) * 1000);
    QCOMPARE(transport.send(sent).status, 200);
    QCOMPARE(m_inner->sent().size(), 2);
}

void TestRateLimiter::concurrencyCapHoldsAcrossThreads_data()
{
    QTest::addColumn<bool>("perSecond");
    // Requests in flight count in the windows, so ten a second alone keeps ten in flight at
    // most; without it the cap has to do it by itself.
    QTest::newRow("the real policy") << true;
    QTest::newRow("the cap alone") << false;
}

void TestRateLimiter::concurrencyCapHoldsAcrossThreads()
{
    QFETCH(bool, perSecond);
    RateLimitedTransport::Policy policy;
    if (!perSecond)
        policy.quickBooksPerSecond = 0;
    constexpr int Threads = 20;
    constexpr int PerThread = 3;
    const QString key = RateLimitedTransport::quickBooksKey(RealmA);
    Gate gate(Threads, [&] { return m_limiter->waiting(key); });
    m_inner->setGate(&gate);

    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic<int> ok{0};
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&] {
            // Each thread its own transport over the shared limiter, as the engine does.
            RateLimitedTransport transport(*m_inner, *m_limiter, policy);
            for (int i = 0; i < PerThread; ++i) {
                if (transport.send(qboGet(RealmA)).status == 200)
                    ++ok;
            }
            gate.threadDone();
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));

    QVERIFY(!gate.timedOut());
    QCOMPARE(ok.load(), Threads * PerThread);
    QCOMPARE(gate.max(), 10);
    if (perSecond)
        QCOMPARE(maxInWindow(m_inner->times(), 1000), 10);
    QCOMPARE(m_limiter->stats(RateLimitedTransport::quickBooksKey(RealmA)).requests,
             Threads * PerThread);
}

void TestRateLimiter::companiesDoNotWaitForEachOther()
{
    // Company A has ten requests in flight that do not come back until the test says so.
    QSemaphore aInside;
    QSemaphore aMayAnswer;
    m_inner->setResponder([&](const HttpRequest &sent) {
        if (sent.url.path().contains(RealmA)) {
            aInside.release();
            aMayAnswer.acquire();
        }
        return answer(200);
    });
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 10; ++t) {
        threads.emplace_back(QThread::create([&] {
            RateLimitedTransport transport(*m_inner, *m_limiter);
            transport.send(qboGet(RealmA));
        }));
        threads.back()->start();
    }
    QVERIFY(aInside.tryAcquire(10, 30000));

    // Company B and HubSpot are not held up by A's full house.
    QSemaphore otherDone;
    std::unique_ptr<QThread> other(QThread::create([&] {
        RateLimitedTransport transport(*m_inner, *m_limiter);
        for (int i = 0; i < 10; ++i)
            transport.send(qboGet(RealmB));
        transport.send(hubGet());
        otherDone.release();
    }));
    other->start();
    const bool otherFinished = otherDone.tryAcquire(1, 30000);
    aMayAnswer.release(10);
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QVERIFY(other->wait(30000));
    QVERIFY(otherFinished);
    QCOMPARE(m_slept.load(), 0);

    // And a company whose minute is used up does not hold up another one.
    m_inner->setResponder({});
    RateLimitedTransport transport(*m_inner, *m_limiter);
    for (int i = 0; i < 490; ++i)
        transport.send(qboGet(RealmA));
    const qint64 before = m_clock->elapsed();
    transport.send(qboGet(RealmB));
    QCOMPARE(m_clock->elapsed(), before);
    transport.send(qboGet(RealmA));
    QVERIFY(m_clock->elapsed() >= 60000);
}

void TestRateLimiter::nonApiPathsNeverWait()
{
    // Both providers paused for hours and their windows full: OAuth and admin calls still pass.
    m_limiter->blockFor(RateLimitedTransport::quickBooksKey(RealmA), 3 * 3600 * 1000);
    m_limiter->blockFor(RateLimitedTransport::hubSpotKey(QUrl(HubHost)), 3 * 3600 * 1000);
    RateLimitedTransport transport(*m_inner, *m_limiter);
    const QStringList urls = {
        QStringLiteral("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"),
        QStringLiteral("https://developer.api.intuit.com/v2/oauth2/tokens/revoke"),
        QStringLiteral("https://appcenter.intuit.com/connect/oauth2"),
        QStringLiteral("https://developer.api.intuit.com/.well-known/openid_configuration"),
        HubHost + QStringLiteral("/oauth/v1/token"),
        HubHost + QStringLiteral("/oauth/v1/refresh-tokens/abc"),
        QStringLiteral("http://127.0.0.1:8080/_sandbox/health"),
        QStringLiteral("http://127.0.0.1:8080/_sandbox/requests"),
    };
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(transport.send(request("POST", urls.at(i % urls.size()))).status, 200);
    QCOMPARE(m_inner->sent().size(), 1000);
    QCOMPARE(m_sleeps.load(), 0);
    QCOMPARE(m_clock->elapsed(), 0);
    QCOMPARE(m_limiter->allStats().size(), 2); // only the two keys paused above
    for (const RateLimiter::Stats &stats : m_limiter->allStats())
        QCOMPARE(stats.requests, 0);
}

void TestRateLimiter::windowsCountFromTheAnswer()
{
    // A request the provider may admit any time until its answer: it counts until a window
    // after the answer, so slow answers cannot let two windows' worth through one window.
    RateLimiter::Limits limits;
    limits.rules = {{QStringLiteral("second"), 2, 1000}};
    const QString key = QStringLiteral("k");

    RateLimiter::Permit slow = m_limiter->acquire(key, limits);
    QVERIFY(slow.granted());
    m_clock->advance(5000); // the answer takes 5 s
    slow.release();
    QVERIFY(m_limiter->acquire(key, limits).granted()); // second place in the window
    QCOMPARE(m_slept.load(), 0);

    const RateLimiter::Permit third = m_limiter->acquire(key, limits);
    QVERIFY(third.granted());
    QCOMPARE(m_slept.load(), 1000); // until a second after the slow answer, not after sending
    QCOMPARE(third.waitedMs(), 1000);
}

void TestRateLimiter::clockSetBackDoesNotStretchWaits()
{
    RateLimiter::Limits limits;
    limits.rules = {{QStringLiteral("minute"), 1, 60000}};
    const QString key = QStringLiteral("k");
    m_limiter->acquire(key, limits).release();
    m_clock->set(FakeClock::StartMs - 3600 * 1000); // the system clock went back an hour
    QVERIFY(m_limiter->acquire(key, limits).granted());
    QCOMPARE(m_slept.load(), 60000);
}

void TestRateLimiter::switchedOffLimitsDoNotWait()
{
    RateLimitedTransport::Policy off;
    off.quickBooksPerMinute = 0;
    off.quickBooksPerSecond = 0;
    off.quickBooksBatchPerMinute = 0;
    off.hubSpotPerTenSeconds = 0;
    off.hubSpotSearchPerSecond = 0;
    RateLimitedTransport transport(*m_inner, *m_limiter, off);
    for (int i = 0; i < 700; ++i) {
        transport.send(qboBatch(RealmA));
        transport.send(hubSearch());
        transport.send(hubGet());
    }
    QCOMPARE(m_sleeps.load(), 0);
    QCOMPARE(m_limiter->stats(RateLimitedTransport::quickBooksKey(RealmA)).requests, 700);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
