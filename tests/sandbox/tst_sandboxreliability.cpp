// The two sandbox knobs the reliability driver (tools/reliability) needs:
// - the accessTokenMaxUses setting (POST /_sandbox/settings): an OAuth access token of either
//   provider answers that many API requests and is then expired, so the next request with it
//   gets the provider's own 401 for an expired token — "a token expires every 50 requests". A
//   fresh token from a refresh gets its own allowance, the refresh token is untouched,
//   private-app tokens never expire, and 0 (the default) turns it off;
// - GET /_sandbox/requests?recent=N, the counts with only the last N requests listed, cheap
//   enough to ask for many times a second while the driver waits for its moment to kill.
#include "app/sandbox/sandboxserver.h"
#include "sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QTest>

using bookflow::sandbox::SandboxServer;
using namespace sandboxtest;

namespace {

const QString UsRealm = QStringLiteral("9341453050981234");

} // namespace

class TestSandboxReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingIsReadAndRefused();
    void quickBooksTokenExpiresAfterItsUses();
    void hubSpotTokenExpiresAfterItsUses();
    void privateAppTokensAndZeroAreUnlimited();
    void resetForgetsTheCounts();
    void requestCountsWithoutTheRecentList();

private:
    QUrl base() const { return m_server->baseUrl(); }
    HttpResult settings(const QJsonObject &body)
    {
        return m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/settings")),
                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult companyInfo(const QString &accessToken)
    {
        return m_http->send("GET",
                            apiUrl(base(), UsRealm, QStringLiteral("companyinfo/") + UsRealm), {},
                            bearer(accessToken));
    }
    HttpResult deals(const QString &accessToken)
    {
        return m_http->send("GET",
                            withPath(base(), QStringLiteral("/crm/v3/objects/deals"),
                                     QUrlQuery(QStringLiteral("limit=1"))),
                            {}, bearer(accessToken));
    }
    HttpResult refreshQuickBooks(const QString &refreshToken)
    {
        return m_http->send("POST", withPath(base(), QStringLiteral("/oauth2/v1/tokens/bearer")),
                            form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("refresh_token"), refreshToken}}),
                            withBasic(FormHeaders));
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
};

void TestSandboxReliability::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/settings
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<Http>();
}

void TestSandboxReliability::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxReliability::settingIsReadAndRefused()
{
    const HttpResult shown =
        m_http->send("GET", withPath(base(), QStringLiteral("/_sandbox/settings")));
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json().value(QStringLiteral("accessTokenMaxUses")).toInt(-1), 0);

    const HttpResult set = settings({{QStringLiteral("accessTokenMaxUses"), 50}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("accessTokenMaxUses")).toInt(), 50);
    QCOMPARE(m_server->settings().accessTokenMaxUses, 50);

    for (const QJsonValue &bad :
         {QJsonValue(-1), QJsonValue(2.5), QJsonValue(QStringLiteral("5"))}) {
        const HttpResult refused = settings({{QStringLiteral("accessTokenMaxUses"), bad}});
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("accessTokenMaxUses")),
                 qPrintable(refused.describe()));
    }
    QCOMPARE(m_server->settings().accessTokenMaxUses, 50); // a refused change changes nothing
}

void TestSandboxReliability::quickBooksTokenExpiresAfterItsUses()
{
    QCOMPARE(settings({{QStringLiteral("accessTokenMaxUses"), 3}}).status, 200);
    const Tokens tokens = connectQuickBooks(*m_http, base(), UsRealm);
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));

    for (int use = 1; use <= 3; ++use)
        QCOMPARE(companyInfo(tokens.accessToken).status, 200);
    // The fourth: QuickBooks' 401 for an expired token (lower-case fault envelope, code 3200).
    const HttpResult expired = companyInfo(tokens.accessToken);
    QCOMPARE(expired.status, 401);
    QVERIFY2(expired.body.contains("Token expired"), qPrintable(expired.describe()));
    QVERIFY(expired.hasHeader("WWW-Authenticate"));
    QCOMPARE(companyInfo(tokens.accessToken).status, 401); // and it stays expired

    // The refresh token still works (and rotates); the new access token has uses of its own.
    const HttpResult refreshed = refreshQuickBooks(tokens.refreshToken);
    QCOMPARE(refreshed.status, 200);
    const QString fresh = refreshed.json().value(QStringLiteral("access_token")).toString();
    QVERIFY(!fresh.isEmpty() && fresh != tokens.accessToken);
    QVERIFY(refreshed.json().value(QStringLiteral("refresh_token")).toString() !=
            tokens.refreshToken);
    for (int use = 1; use <= 3; ++use)
        QCOMPARE(companyInfo(fresh).status, 200);
    QCOMPARE(companyInfo(fresh).status, 401);
}

void TestSandboxReliability::hubSpotTokenExpiresAfterItsUses()
{
    QCOMPARE(settings({{QStringLiteral("accessTokenMaxUses"), 2}}).status, 200);
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    QCOMPARE(deals(tokens.accessToken).status, 200);
    QCOMPARE(deals(tokens.accessToken).status, 200);
    const HttpResult expired = deals(tokens.accessToken);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(QStringLiteral("category")).toString(),
             QStringLiteral("EXPIRED_AUTHENTICATION"));
}

void TestSandboxReliability::privateAppTokensAndZeroAreUnlimited()
{
    QCOMPARE(settings({{QStringLiteral("accessTokenMaxUses"), 1}}).status, 200);
    const QString privateApp = m_server->createHubSpotPrivateAppToken();
    for (int use = 0; use < 4; ++use)
        QCOMPARE(deals(privateApp).status, 200);

    QCOMPARE(settings({{QStringLiteral("accessTokenMaxUses"), 0}}).status, 200);
    const Tokens tokens = connectQuickBooks(*m_http, base(), UsRealm);
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    for (int use = 0; use < 10; ++use)
        QCOMPARE(companyInfo(tokens.accessToken).status, 200);
}

void TestSandboxReliability::resetForgetsTheCounts()
{
    QCOMPARE(settings({{QStringLiteral("accessTokenMaxUses"), 2}}).status, 200);
    const Tokens before = connectQuickBooks(*m_http, base(), UsRealm);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(companyInfo(before.accessToken).status, 200);
    QCOMPARE(m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/reset"))).status, 200);
    // Settings are configuration and stay; tokens, and with them their counts, start afresh.
    QCOMPARE(m_server->settings().accessTokenMaxUses, 2);
    QCOMPARE(companyInfo(before.accessToken).status, 401); // reset forgot the token itself
    const Tokens after = connectQuickBooks(*m_http, base(), UsRealm);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(companyInfo(after.accessToken).status, 200);
    QCOMPARE(companyInfo(after.accessToken).status, 200);
    QCOMPARE(companyInfo(after.accessToken).status, 401);
}

void TestSandboxReliability::requestCountsWithoutTheRecentList()
{
    const Tokens tokens = connectQuickBooks(*m_http, base(), UsRealm);
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    QCOMPARE(
        m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/requests/reset"))).status,
        200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(companyInfo(tokens.accessToken).status, 200);
    const auto requests = [&](const QString &query) {
        return m_http->send(
            "GET", withPath(base(), QStringLiteral("/_sandbox/requests"), QUrlQuery(query)));
    };
    const HttpResult full = requests(QString());
    QCOMPARE(full.status, 200);
    QCOMPARE(full.json().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(full.json().value(QStringLiteral("recent")).toArray().size(), 3);

    const HttpResult counts = requests(QStringLiteral("recent=0"));
    QCOMPARE(counts.status, 200);
    QCOMPARE(counts.json().value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(counts.json()
                 .value(QStringLiteral("providers"))
                 .toObject()
                 .value(QStringLiteral("quickbooks"))
                 .toInt(),
             3);
    QVERIFY(counts.json().value(QStringLiteral("recent")).toArray().isEmpty());
    QVERIFY(counts.body.size() < full.body.size());

    const HttpResult last = requests(QStringLiteral("recent=1"));
    const QJsonArray one = last.json().value(QStringLiteral("recent")).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toObject().value(QStringLiteral("id")),
             full.json()
                 .value(QStringLiteral("recent"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("id")));

    QCOMPARE(requests(QStringLiteral("recent=-1")).status, 400);
    QCOMPARE(requests(QStringLiteral("recent=some")).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxReliability)
#include "tst_sandboxreliability.moc"
