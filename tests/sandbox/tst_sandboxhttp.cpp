// The sandbox's QuickBooks routes over real HTTP: authenticated create/read/query through
// QboService, intuit_tid, the real rate limits (--limits real), fault injection, request counts,
// latency that does not block, and bookflow-sandbox --data FILE (save, reload, corrupt file).
#include "app/sandbox/sandboxserver.h"
#include "sandbox/sandboxhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using bookflow::sandbox::RateLimits;
using bookflow::sandbox::SandboxServer;
using namespace sandboxtest;

namespace {

const QString UsRealm = QStringLiteral("9341453050981234");

QJsonObject customer(const QString &displayName)
{
    QJsonObject object;
    object.insert(QStringLiteral("DisplayName"), displayName);
    return object;
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createReadAndQueryThroughHttp();
    void requestCounts();
    void perMinuteLimitAnswersXml429();
    void perSecondLimit();
    void throttleJsonVariantWithRetryAfter();
    void concurrencyLimit();
    void batchLimit();
    void fault503OnceThenSuccess();
    void fault429WithRetryAfter();
    void faultOnTheTokenEndpoint();
    void faultByMethodAndRuleValidation();
    void droppedConnectionIsANetworkError();
    void faultDelay();
    void probabilityFaultsAreDeterministic();
    void latencyDelaysWithoutBlocking();
    void clientGivingUpFreesItsSlot();
    void resetRestoresTheDemo();
    void executableAppliesLimitsAndLatency();
    void executableSeedsBothDemoCompanies();
    void executableSavesAndReloadsData();
    void corruptDataFileIsRefusedUntouched();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
    QDateTime m_frozen;
    Tokens m_tokens;

    QUrl base() const { return m_server->baseUrl(); }
    QUrl admin(const QString &path) const
    {
        return withPath(base(), QStringLiteral("/_sandbox/") + path);
    }
    QUrl companyInfoUrl() const
    {
        return apiUrl(base(), UsRealm, QStringLiteral("companyinfo/") + UsRealm);
    }
    HttpResult companyInfo(Http *http = nullptr)
    {
        return (http ? http : m_http.get())
            ->send("GET", companyInfoUrl(), {}, bearer(m_tokens.accessToken));
    }
    HttpResult postFaults(const QByteArray &json)
    {
        return m_http->send("POST", admin(QStringLiteral("faults")), json);
    }
};

void TestSandboxHttp::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    m_frozen = QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::UTC);
    m_server->setNow([this] { return m_frozen; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<Http>();
    m_tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(m_tokens.error.isEmpty(), qPrintable(m_tokens.error));
    QCOMPARE(m_tokens.realmId, UsRealm);
}

void TestSandboxHttp::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxHttp::createReadAndQueryThroughHttp()
{
    const HttpResult created =
        m_http->send("POST", apiUrl(base(), UsRealm, QStringLiteral("customer")),
                     QJsonDocument(customer(QStringLiteral("Http Test Co"))).toJson(),
                     bearer(m_tokens.accessToken));
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    QVERIFY(created.hasHeader("intuit_tid"));
    const QString id = created.json()
                           .value(QStringLiteral("Customer"))
                           .toObject()
                           .value(QStringLiteral("Id"))
                           .toString();
    QVERIFY(!id.isEmpty());

    const HttpResult read =
        m_http->send("GET", apiUrl(base(), UsRealm, QStringLiteral("customer/") + id), {},
                     bearer(m_tokens.accessToken));
    QVERIFY2(read.status == 200, qPrintable(read.describe()));
    QVERIFY(read.hasHeader("intuit_tid"));
    QCOMPARE(read.json()
                 .value(QStringLiteral("Customer"))
                 .toObject()
                 .value(QStringLiteral("DisplayName"))
                 .toString(),
             QStringLiteral("Http Test Co"));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                           "select * from Customer where DisplayName = 'Http Test Co'"))));
    const HttpResult found =
        m_http->send("GET", apiUrl(base(), UsRealm, QStringLiteral("query"), query), {},
                     bearer(m_tokens.accessToken));
    QVERIFY2(found.status == 200, qPrintable(found.describe()));
    QVERIFY(found.hasHeader("intuit_tid"));
    const QJsonArray customers = found.json()
                                     .value(QStringLiteral("QueryResponse"))
                                     .toObject()
                                     .value(QStringLiteral("Customer"))
                                     .toArray();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.at(0).toObject().value(QStringLiteral("Id")).toString(), id);

    // The query as the body of a POST with Content-Type application/text (python-quickbooks).
    const HttpResult posted =
        m_http->send("POST", apiUrl(base(), UsRealm, QStringLiteral("query")),
                     QByteArrayLiteral("select * from Customer where DisplayName = 'Http Test Co'"),
                     bearer(m_tokens.accessToken, {{"Content-Type", "application/text"}}));
    QVERIFY2(posted.status == 200, qPrintable(posted.describe()));
    QCOMPARE(posted.json()
                 .value(QStringLiteral("QueryResponse"))
                 .toObject()
                 .value(QStringLiteral("Customer"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxHttp::requestCounts()
{
    QCOMPARE(m_http->send("POST", admin(QStringLiteral("requests/reset"))).status, 200);
    QCOMPARE(m_http->send("GET", admin(QStringLiteral("requests")))
                 .json()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);

    const HttpResult created =
        m_http->send("POST", apiUrl(base(), UsRealm, QStringLiteral("customer")),
                     QJsonDocument(customer(QStringLiteral("Counted Co"))).toJson(),
                     bearer(m_tokens.accessToken));
    QCOMPARE(created.status, 200);
    const QString id = created.json()
                           .value(QStringLiteral("Customer"))
                           .toObject()
                           .value(QStringLiteral("Id"))
                           .toString();
    QCOMPARE(m_http
                 ->send("GET", apiUrl(base(), UsRealm, QStringLiteral("customer/") + id), {},
                        bearer(m_tokens.accessToken))
                 .status,
             200);
    QCOMPARE(m_http
                 ->send("GET", apiUrl(base(), UsRealm, QStringLiteral("customer/") + id), {},
                        bearer(QStringLiteral("bad")))
                 .status,
             401);
    QCOMPARE(
        m_http->send("GET", withPath(base(), QStringLiteral("/.well-known/openid_configuration")))
            .status,
        200);

    const QJsonObject counts = m_http->send("GET", admin(QStringLiteral("requests"))).json();
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 4); // admin requests are not counted
    QCOMPARE(counts.value(QStringLiteral("providers"))
                 .toObject()
                 .value(QStringLiteral("quickbooks"))
                 .toInt(),
             4);
    QCOMPARE(counts.value(QStringLiteral("realms")).toObject().value(UsRealm).toInt(), 3);
    const QJsonObject routes = counts.value(QStringLiteral("routes")).toObject();
    QCOMPARE(routes.value(QStringLiteral("POST /v3/company/{realmId}/customer")).toInt(), 1);
    QCOMPARE(routes.value(QStringLiteral("GET /v3/company/{realmId}/customer/{id}")).toInt(), 2);
    QCOMPARE(routes.value(QStringLiteral("GET /.well-known/openid_configuration")).toInt(), 1);
    const QJsonObject statuses = counts.value(QStringLiteral("statuses")).toObject();
    QCOMPARE(statuses.value(QStringLiteral("200")).toInt(), 3);
    QCOMPARE(statuses.value(QStringLiteral("401")).toInt(), 1);
    const QJsonArray recent = counts.value(QStringLiteral("recent")).toArray();
    QCOMPARE(recent.size(), 4);
    const QJsonObject first = recent.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("/v3/company/%1/customer").arg(UsRealm));
    QVERIFY(
        first.value(QStringLiteral("query")).toString().contains(QLatin1String("minorversion=75")));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
}

void TestSandboxHttp::perMinuteLimitAnswersXml429()
{
    RateLimits limits;
    limits.enabled = true;
    limits.perMinute = 600;
    limits.perSecond = 0; // this test is about the minute
    m_server->setRateLimits(limits);
    for (int i = 1; i <= 600; ++i) {
        const HttpResult ok = companyInfo();
        if (ok.status != 200)
            QFAIL(qPrintable(QStringLiteral("request %1: %2").arg(i).arg(ok.describe())));
    }
    const HttpResult throttled = companyInfo();
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Content-Type"), QByteArrayLiteral("application/xml"));
    QVERIFY(throttled.hasHeader("intuit_tid"));
    QVERIFY(!throttled.hasHeader("Retry-After"));
    QVERIFY2(throttled.body.contains("<Error code=\"3001\">"), throttled.body.constData());
    QVERIFY(throttled.body.contains(
        "<Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>"));
    QVERIFY(throttled.body.contains(
        "<Detail>The request limit was reached.  Try again later</Detail>"));
    QVERIFY(throttled.body.contains("<Fault type=\"SERVICE\">"));
    QVERIFY(throttled.body.contains("time=\"2026-07-01T02:30:00.000-07:00\"")); // Pacific

    // The other company has its own window.
    const Tokens uk = connectQuickBooks(*m_http, base(), QStringLiteral("9341453050985678"));
    QVERIFY2(uk.error.isEmpty(), qPrintable(uk.error));
    QCOMPARE(m_http
                 ->send("GET",
                        apiUrl(base(), uk.realmId, QStringLiteral("companyinfo/") + uk.realmId), {},
                        bearer(uk.accessToken))
                 .status,
             200);

    // A minute later the window has moved on.
    m_frozen = m_frozen.addSecs(60);
    QCOMPARE(companyInfo().status, 200);
}

void TestSandboxHttp::perSecondLimit()
{
    RateLimits limits; // the real ones: 500/min, 10/s, 10 in flight, 40 batches/min
    limits.enabled = true;
    m_server->setRateLimits(limits);
    for (int i = 1; i <= 10; ++i)
        QCOMPARE(companyInfo().status, 200);
    QCOMPARE(companyInfo().status, 429);
    m_frozen = m_frozen.addMSecs(1000);
    QCOMPARE(companyInfo().status, 200);
}

void TestSandboxHttp::throttleJsonVariantWithRetryAfter()
{
    const HttpResult set =
        m_http->send("POST", admin(QStringLiteral("settings")),
                     QByteArrayLiteral("{\"limits\":{\"enabled\":true,\"perSecond\":1},"
                                       "\"throttle\":{\"body\":\"json\",\"retryAfter\":60}}"));
    QVERIFY2(set.status == 200, qPrintable(set.describe()));
    m_frozen = QDateTime(QDate(2026, 1, 15), QTime(20, 0), Qt::UTC); // winter: -08:00
    QCOMPARE(companyInfo().status, 200);
    const HttpResult throttled = companyInfo();
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), QByteArrayLiteral("60"));
    QVERIFY(throttled.header("Content-Type").startsWith("application/json"));
    const QJsonObject fault = throttled.json().value(QStringLiteral("Fault")).toObject();
    QCOMPARE(fault.value(QStringLiteral("type")).toString(), QStringLiteral("SERVICE"));
    QCOMPARE(throttled.json().value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-01-15T12:00:00.000-08:00"));
    QCOMPARE(fault.value(QStringLiteral("Error"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("3001"));

    // Bad settings are refused and change nothing.
    const HttpResult bad = m_http->send("POST", admin(QStringLiteral("settings")),
                                        QByteArrayLiteral("{\"latencyMs\":-1}"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(m_server->settings().latencyMs, 0);
}

void TestSandboxHttp::concurrencyLimit()
{
    RateLimits limits;
    limits.enabled = true;
    limits.perMinute = 0;
    limits.perSecond = 0;
    limits.concurrent = 10;
    m_server->setRateLimits(limits);
    m_server->setLatency(300); // keeps each request in flight while the others arrive

    // Two managers: a QNetworkAccessManager opens at most 6 connections to one host.
    Http second;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 11; ++i) {
        Http &http = i < 6 ? *m_http : second;
        replies.append(http.start("GET", companyInfoUrl(), {}, bearer(m_tokens.accessToken)));
    }
    int ok = 0;
    int throttled = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const HttpResult result = Http::wait(reply);
        ok += result.status == 200;
        throttled += result.status == 429;
    }
    QCOMPARE(ok + throttled, 11);
    QVERIFY2(throttled >= 1, qPrintable(QStringLiteral("%1 answered, none throttled").arg(ok)));

    // Once they are answered, the slots are free again.
    QCOMPARE(companyInfo().status, 200);
}

void TestSandboxHttp::batchLimit()
{
    RateLimits limits;
    limits.enabled = true;
    limits.perMinute = 0;
    limits.perSecond = 0;
    m_server->setRateLimits(limits); // batchPerMinute 40
    const QByteArray batch = QByteArrayLiteral(
        "{\"BatchItemRequest\":[{\"bId\":\"1\",\"Query\":\"select * from Term\"}]}");
    for (int i = 1; i <= 40; ++i) {
        const HttpResult result =
            m_http->send("POST", apiUrl(base(), UsRealm, QStringLiteral("batch")), batch,
                         bearer(m_tokens.accessToken));
        if (result.status != 200)
            QFAIL(qPrintable(QStringLiteral("batch %1: %2").arg(i).arg(result.describe())));
    }
    const HttpResult throttled =
        m_http->send("POST", apiUrl(base(), UsRealm, QStringLiteral("batch")), batch,
                     bearer(m_tokens.accessToken));
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.body.contains("3001"));
    // Single requests are not batches.
    QCOMPARE(companyInfo().status, 200);
}

void TestSandboxHttp::fault503OnceThenSuccess()
{
    const HttpResult added =
        postFaults(QByteArrayLiteral("{\"rules\":[{\"provider\":\"quickbooks\",\"path\":\"/v3/"
                                     "company/\",\"status\":503,\"times\":1}]}"));
    QVERIFY2(added.status == 200, qPrintable(added.describe()));
    const HttpResult failed = companyInfo();
    QCOMPARE(failed.status, 503);
    QVERIFY(failed.header("Content-Type").startsWith("text/html"));
    QVERIFY(failed.hasHeader("intuit_tid"));
    QCOMPARE(companyInfo().status, 200);

    const QJsonObject faults = m_http->send("GET", admin(QStringLiteral("faults"))).json();
    const QJsonObject rule = faults.value(QStringLiteral("rules")).toArray().at(0).toObject();
    QCOMPARE(rule.value(QStringLiteral("fired")).toInt(), 1);
    QCOMPARE(rule.value(QStringLiteral("times")).toInt(), 0);
}

void TestSandboxHttp::fault429WithRetryAfter()
{
    QCOMPARE(postFaults(QByteArrayLiteral("{\"rules\":[{\"path\":\"companyinfo\",\"status\":429,"
                                          "\"retryAfter\":7,\"times\":2}]}"))
                 .status,
             200);
    for (int i = 0; i < 2; ++i) {
        const HttpResult throttled = companyInfo();
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArrayLiteral("7"));
        QVERIFY(throttled.body.contains("<Error code=\"3001\">"));
    }
    QCOMPARE(companyInfo().status, 200);
}

void TestSandboxHttp::faultOnTheTokenEndpoint()
{
    QCOMPARE(
        postFaults(
            QByteArrayLiteral(
                "{\"rules\":[{\"path\":\"/oauth2/v1/tokens/bearer\",\"status\":500,\"times\":1}]}"))
            .status,
        200);
    const QByteArray body = form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("refresh_token"), m_tokens.refreshToken}});
    const QUrl token = withPath(base(), QStringLiteral("/oauth2/v1/tokens/bearer"));
    const HttpResult failed = m_http->send("POST", token, body, withBasic(FormHeaders));
    QCOMPARE(failed.status, 500);
    // The refresh token was not used up by the failed call.
    QCOMPARE(m_http->send("POST", token, body, withBasic(FormHeaders)).status, 200);
}

void TestSandboxHttp::faultByMethodAndRuleValidation()
{
    QCOMPARE(
        postFaults(
            QByteArrayLiteral(
                "{\"rules\":[{\"method\":\"POST\",\"path\":\"/v3/company/\",\"status\":500}]}"))
            .status,
        200);
    QCOMPARE(companyInfo().status, 200);
    const HttpResult failed = m_http->send(
        "POST", apiUrl(base(), UsRealm, QStringLiteral("customer")),
        QJsonDocument(customer(QStringLiteral("Never Co"))).toJson(), bearer(m_tokens.accessToken));
    QCOMPARE(failed.status, 500);
    const QJsonObject error = failed.json()
                                  .value(QStringLiteral("Fault"))
                                  .toObject()
                                  .value(QStringLiteral("Error"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("10000"));

    // Misspelt or meaningless rules are refused whole, and the list stays as it was.
    for (const QByteArray &bad :
         {QByteArrayLiteral("{\"rules\":[{\"path\":\"/v3\",\"status\":503,\"retry_after\":5}]}"),
          QByteArrayLiteral("{\"rules\":[{\"path\":\"/v3\"}]}"),
          QByteArrayLiteral("{\"rules\":[{\"status\":200}]}"),
          QByteArrayLiteral("{\"rules\":[{\"status\":503,\"probability\":2}]}"),
          QByteArrayLiteral("not json")}) {
        const HttpResult refused = postFaults(bad);
        QVERIFY2(refused.status == 400, bad.constData());
        QVERIFY(!refused.json().value(QStringLiteral("message")).toString().isEmpty());
    }
    QCOMPARE(m_http->send("GET", admin(QStringLiteral("faults")))
                 .json()
                 .value(QStringLiteral("rules"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_http->send("DELETE", admin(QStringLiteral("faults"))).status, 200);
    QCOMPARE(m_http
                 ->send("POST", apiUrl(base(), UsRealm, QStringLiteral("customer")),
                        QJsonDocument(customer(QStringLiteral("Now Co"))).toJson(),
                        bearer(m_tokens.accessToken))
                 .status,
             200);
}

void TestSandboxHttp::droppedConnectionIsANetworkError()
{
    // Every time: Qt's own HTTP client silently resends a request whose connection closed
    // before any answer (twice), so a one-off drop would be invisible to a QNAM client.
    QCOMPARE(postFaults(
                 QByteArrayLiteral(
                     "{\"rules\":[{\"path\":\"^/v3/company/[0-9]+/companyinfo\",\"drop\":true}]}"))
                 .status,
             200);
    const HttpResult dropped = companyInfo();
    QCOMPARE(dropped.status, 0);
    QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(dropped.describe()));
    const QJsonObject counts = m_http->send("GET", admin(QStringLiteral("requests"))).json();
    QVERIFY(counts.value(QStringLiteral("statuses"))
                .toObject()
                .value(QStringLiteral("dropped"))
                .toInt() >= 1);

    QCOMPARE(m_http->send("DELETE", admin(QStringLiteral("faults"))).status, 200);
    QCOMPARE(companyInfo().status, 200);
}

void TestSandboxHttp::faultDelay()
{
    QCOMPARE(
        postFaults(QByteArrayLiteral(
                       "{\"rules\":[{\"path\":\"/v3/company/\",\"delayMs\":300,\"times\":1}]}"))
            .status,
        200);
    const HttpResult slow = companyInfo();
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 300, qPrintable(QString::number(slow.elapsedMs)));

    // A delay before an error.
    QCOMPARE(postFaults(QByteArrayLiteral("{\"rules\":[{\"path\":\"/v3/company/"
                                          "\",\"delayMs\":200,\"status\":504,\"times\":1}]}"))
                 .status,
             200);
    const HttpResult timeout = companyInfo();
    QCOMPARE(timeout.status, 504);
    QVERIFY(timeout.elapsedMs >= 200);
    QVERIFY(timeout.body.contains("6002"));
}

void TestSandboxHttp::probabilityFaultsAreDeterministic()
{
    const QByteArray rule = QByteArrayLiteral(
        "{\"seed\":42,\"rules\":[{\"path\":\"/v3/company/\",\"status\":500,\"probability\":0.5}]}");
    const auto run = [this] {
        QString pattern;
        for (int i = 0; i < 24; ++i)
            pattern += companyInfo().status == 200 ? QLatin1Char('.') : QLatin1Char('x');
        return pattern;
    };
    QCOMPARE(postFaults(rule).status, 200);
    const QString first = run();
    QVERIFY2(first.contains(QLatin1Char('x')) && first.contains(QLatin1Char('.')),
             qPrintable(first));
    QCOMPARE(m_http->send("DELETE", admin(QStringLiteral("faults"))).status, 200);
    QCOMPARE(postFaults(rule).status, 200);
    QCOMPARE(run(), first);
}

void TestSandboxHttp::latencyDelaysWithoutBlocking()
{
    m_server->setLatency(400);
    Http other;
    QList<QNetworkReply *> slow;
    for (int i = 0; i < 3; ++i)
        slow.append(m_http->start("GET", companyInfoUrl(), {}, bearer(m_tokens.accessToken)));
    // Admin requests are not delayed, and they are answered while the API replies wait.
    const HttpResult health = other.send("GET", admin(QStringLiteral("health")));
    QCOMPARE(health.status, 200);
    // The admin answer arrived while the delayed API replies are still pending: not blocked.
    QVERIFY(!slow.at(0)->isFinished());
    for (QNetworkReply *reply : std::as_const(slow)) {
        const HttpResult result = Http::wait(reply);
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 400, qPrintable(QString::number(result.elapsedMs)));
    }
}

void TestSandboxHttp::clientGivingUpFreesItsSlot()
{
    RateLimits limits;
    limits.enabled = true;
    limits.perMinute = 0;
    limits.perSecond = 0;
    limits.concurrent = 1;
    m_server->setRateLimits(limits);
    m_server->setLatency(300);

    // The client gives up before the delayed reply is due; the server must neither crash when
    // the reply falls due nor keep the in-flight slot.
    QNetworkReply *impatient =
        m_http->start("GET", companyInfoUrl(), {}, bearer(m_tokens.accessToken));
    // Authorization, code exchange, then this one has reached the server.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestLog().total() >= 3, 5000);
    impatient->abort();
    const HttpResult aborted = Http::wait(impatient);
    QCOMPARE(aborted.error, QNetworkReply::OperationCanceledError);
    // Answered (into the void) once the latency is over.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLog()
                                  .toJson()
                                  .value(QStringLiteral("statuses"))
                                  .toObject()
                                  .value(QStringLiteral("200"))
                                  .toInt(),
                              2, 5000);
    const HttpResult next = companyInfo();
    QCOMPARE(next.status, 200);
}

void TestSandboxHttp::resetRestoresTheDemo()
{
    QCOMPARE(m_http
                 ->send("POST", apiUrl(base(), UsRealm, QStringLiteral("customer")),
                        QJsonDocument(customer(QStringLiteral("Gone Co"))).toJson(),
                        bearer(m_tokens.accessToken))
                 .status,
             200);
    QCOMPARE(postFaults(QByteArrayLiteral("{\"rules\":[{\"status\":503}]}")).status, 200);

    const HttpResult none = m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/reset"),
                                                          QUrlQuery(QStringLiteral("seed=none"))));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().value(QStringLiteral("realmIds")).toArray().size(), 0);
    const HttpResult reset =
        m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/reset"),
                                      QUrlQuery(QStringLiteral("seed=demo"))));
    QCOMPARE(reset.status, 200);
    QVERIFY(reset.json().value(QStringLiteral("realmIds")).toArray().contains(UsRealm));

    // Tokens, faults and counts are gone; the demo companies are back.
    QCOMPARE(companyInfo().status, 401);
    QCOMPARE(m_http->send("GET", admin(QStringLiteral("requests")))
                 .json()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);
    m_tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(m_tokens.error.isEmpty(), qPrintable(m_tokens.error));
    QCOMPARE(companyInfo().status, 200);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                           "select * from Customer where DisplayName = 'Gone Co'"))));
    const HttpResult found =
        m_http->send("GET", apiUrl(base(), UsRealm, QStringLiteral("query"), query), {},
                     bearer(m_tokens.accessToken));
    QCOMPARE(found.status, 200);
    QVERIFY(!found.json()
                 .value(QStringLiteral("QueryResponse"))
                 .toObject()
                 .contains(QStringLiteral("Customer")));

    const HttpResult companies = m_http->send("GET", admin(QStringLiteral("companies")));
    QCOMPARE(companies.status, 200);
    QCOMPARE(companies.json().value(QStringLiteral("companies")).toArray().size(), 2);
}

void TestSandboxHttp::executableAppliesLimitsAndLatency()
{
    QProcess sandbox;
    QString error;
    const int port = startSandbox(sandbox,
                                  {QStringLiteral("--limits"), QStringLiteral("real"),
                                   QStringLiteral("--latency"), QStringLiteral("25")},
                                  &error);
    QVERIFY2(port > 0, qPrintable(error));
    const HttpResult settings =
        m_http->send("GET", withPath(localUrl(port), QStringLiteral("/_sandbox/settings")));
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json().value(QStringLiteral("latencyMs")).toInt(), 25);
    const QJsonObject limits = settings.json().value(QStringLiteral("limits")).toObject();
    QCOMPARE(limits.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(limits.value(QStringLiteral("perMinute")).toInt(), 500);
    QCOMPARE(limits.value(QStringLiteral("concurrent")).toInt(), 10);
    QCOMPARE(limits.value(QStringLiteral("batchPerMinute")).toInt(), 40);
    QVERIFY(stopSandbox(sandbox));
}

void TestSandboxHttp::executableSeedsBothDemoCompanies()
{
    QProcess sandbox;
    QString error;
    const int port =
        startSandbox(sandbox, {QStringLiteral("--seed"), QStringLiteral("demo")}, &error);
    QVERIFY2(port > 0, qPrintable(error));
    const QUrl base = localUrl(port);
    // Each demo company, connected through OAuth, answers CompanyInfo with its own country.
    const QList<QPair<QString, QString>> companies{
        {QStringLiteral("9341453050981234"), QStringLiteral("US")},
        {QStringLiteral("9341453050985678"), QStringLiteral("GB")}};
    for (const auto &[realmId, country] : companies) {
        const Tokens tokens = connectQuickBooks(*m_http, base, realmId);
        QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
        QCOMPARE(tokens.realmId, realmId);
        const HttpResult info =
            m_http->send("GET", apiUrl(base, realmId, QStringLiteral("companyinfo/") + realmId), {},
                         bearer(tokens.accessToken));
        QCOMPARE(info.status, 200);
        const QJsonObject company = info.json().value(QStringLiteral("CompanyInfo")).toObject();
        QCOMPARE(company.value(QStringLiteral("Country")).toString(), country);
        QVERIFY(!company.value(QStringLiteral("CompanyName")).toString().isEmpty());
        // …and has customers to pick from.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("query"),
                           QStringLiteral("select count(*) from Customer"));
        const HttpResult count =
            m_http->send("GET", apiUrl(base, realmId, QStringLiteral("query"), query), {},
                         bearer(tokens.accessToken));
        QCOMPARE(count.status, 200);
        QVERIFY(count.json()
                    .value(QStringLiteral("QueryResponse"))
                    .toObject()
                    .value(QStringLiteral("totalCount"))
                    .toInt() > 0);
    }
    QVERIFY(stopSandbox(sandbox));
}

void TestSandboxHttp::executableSavesAndReloadsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("state.json"));

    QProcess sandbox;
    QString error;
    int port = startSandbox(sandbox, {QStringLiteral("--data"), file}, &error);
    QVERIFY2(port > 0, qPrintable(error));
    Tokens tokens = connectQuickBooks(*m_http, localUrl(port));
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const HttpResult created =
        m_http->send("POST", apiUrl(localUrl(port), tokens.realmId, QStringLiteral("customer")),
                     QJsonDocument(customer(QStringLiteral("Persisted Co"))).toJson(),
                     bearer(tokens.accessToken));
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    const QString id = created.json()
                           .value(QStringLiteral("Customer"))
                           .toObject()
                           .value(QStringLiteral("Id"))
                           .toString();
    QVERIFY(!QFile::exists(file)); // saved on a clean shutdown, not after each write
    QVERIFY(stopSandbox(sandbox));
    QVERIFY(QFile::exists(file));

    // A new process on the same file: the customer and the connection are still there.
    QProcess again;
    port = startSandbox(again, {QStringLiteral("--data"), file}, &error);
    QVERIFY2(port > 0, qPrintable(error));
    const HttpResult read = m_http->send(
        "GET", apiUrl(localUrl(port), tokens.realmId, QStringLiteral("customer/") + id), {},
        bearer(tokens.accessToken));
    QVERIFY2(read.status == 200, qPrintable(read.describe()));
    QCOMPARE(read.json()
                 .value(QStringLiteral("Customer"))
                 .toObject()
                 .value(QStringLiteral("DisplayName"))
                 .toString(),
             QStringLiteral("Persisted Co"));
    const HttpResult refreshed =
        m_http->send("POST", withPath(localUrl(port), QStringLiteral("/oauth2/v1/tokens/bearer")),
                     form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), tokens.refreshToken}}),
                     withBasic(FormHeaders));
    QCOMPARE(refreshed.status, 200);
    QVERIFY(stopSandbox(again));
}

void TestSandboxHttp::corruptDataFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QByteArray> contents{
        QByteArrayLiteral("{ \"format\": \"bookflow-sandbox-state\", oops"),
        QByteArrayLiteral("{\"format\":\"something-else\",\"version\":1}")};
    for (const QByteArray &content : contents) {
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        QFile writer(file);
        QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Truncate));
        writer.write(content);
        writer.close();

        QProcess sandbox;
        sandbox.start(QStringLiteral(BOOKFLOW_SANDBOX), {QStringLiteral("--data"), file});
        QVERIFY2(sandbox.waitForFinished(15000), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 2);
        QVERIFY(sandbox.readAllStandardOutput().isEmpty());
        const QString stderrText = QString::fromUtf8(sandbox.readAllStandardError());
        QCOMPARE(stderrText.count(QLatin1Char('\n')), 1);
        QVERIFY2(stderrText.contains(file), qPrintable(stderrText));

        QFile reader(file);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QCOMPARE(reader.readAll(), content);
    }
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
