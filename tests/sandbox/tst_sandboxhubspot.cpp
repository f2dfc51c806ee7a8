// The sandbox's HubSpot half over real HTTP (hubspot.md §2.1, §2.7, §2.8, §5): the OAuth code
// round trip, refresh without rotation, DELETE of the refresh token, expiry on the sandbox clock,
// private-app tokens, scopes, a deal with its associations, search, batch read, v4
// associations, the real rate limits (--limits real), HubSpot-shaped fault bodies, request counts,
// reset and state files, and bookflow-sandbox --seed large:N.
#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/sandboxserver.h"
#include "sandbox/sandboxhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using bookflow::sandbox::SandboxServer;
using namespace sandboxtest;

namespace {

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

// The HubSpot error envelope every edge error shares (hubspot.md §2.7).
bool isEnvelope(const QJsonObject &body, const QString &category, QString *why)
{
    if (body.value(QStringLiteral("status")).toString() != QLatin1String("error")) {
        *why = QStringLiteral("status is not \"error\"");
        return false;
    }
    if (body.value(QStringLiteral("message")).toString().isEmpty()) {
        *why = QStringLiteral("no message");
        return false;
    }
    if (!isUuid(body.value(QStringLiteral("correlationId")).toString())) {
        *why = QStringLiteral("correlationId is not a UUID");
        return false;
    }
    if (!category.isEmpty() && body.value(QStringLiteral("category")).toString() != category) {
        *why = QStringLiteral("category %1, expected %2")
                   .arg(body.value(QStringLiteral("category")).toString(), category);
        return false;
    }
    return true;
}

QJsonObject searchBody(const QJsonArray &filterGroups, int limit = 10)
{
    QJsonObject body;
    body.insert(QStringLiteral("filterGroups"), filterGroups);
    body.insert(QStringLiteral("properties"),
                QJsonArray{QStringLiteral("dealname"), QStringLiteral("amount")});
    body.insert(QStringLiteral("limit"), limit);
    return body;
}

QJsonArray hasDealName()
{
    QJsonObject filter;
    filter.insert(QStringLiteral("propertyName"), QStringLiteral("dealname"));
    filter.insert(QStringLiteral("operator"), QStringLiteral("HAS_PROPERTY"));
    return QJsonArray{QJsonObject{{QStringLiteral("filters"), QJsonArray{filter}}}};
}

} // namespace

class TestSandboxHubSpot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void oauthCodeRoundTripAndRefreshWithoutRotation();
    void deletedRefreshTokenIsInvalidGrant();
    void tokenEndpointErrorsNameTheCause();
    void consentPageApproveAndDeny();
    void registeredHubSpotClient();
    void expiryOnTheSandboxClock();
    void expiresInSettingAndExpireAdmin();
    void missingOrUnknownTokenIs401();
    void privateAppTokenWorks();
    void scopesAreEnforced();
    void dealWithAssociationsThroughHttp();
    void searchBatchReadAndV4Associations();
    void tenSecondlyLimit();
    void searchLimitAndHeaders();
    void dailyLimitForPrivateApps();
    void missingScopesFault();
    void fault477AndOthers();
    void faultOnTheTokenEndpoint();
    void requestCountsPerProvider();
    void resetSeedsBothProviders();
    void stateRoundTripKeepsHubSpot();
    void oldStateWithoutHubSpotLoads();
    void executableSeedLarge();
    void executableKeepsHubSpotInItsDataFile();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
    QDateTime m_frozen;

    QUrl base() const { return m_server->baseUrl(); }
    QUrl admin(const QString &path) const
    {
        return withPath(base(), QStringLiteral("/_sandbox/") + path);
    }
    QUrl api(const QString &path, const QUrlQuery &query = {}) const
    {
        return withPath(base(), path, query);
    }
    HttpResult get(const QString &token, const QString &path, const QUrlQuery &query = {})
    {
        return m_http->send("GET", api(path, query), {}, bearer(token));
    }
    HttpResult post(const QString &token, const QString &path, const QJsonObject &body)
    {
        return m_http->send("POST", api(path), jsonBytes(body), bearer(token));
    }
    QString privateAppToken(const QJsonArray &scopes = {})
    {
        QJsonObject body;
        if (!scopes.isEmpty())
            body.insert(QStringLiteral("scopes"), scopes);
        const HttpResult created =
            m_http->send("POST", admin(QStringLiteral("private-app-tokens")), jsonBytes(body));
        return created.status == 201 ? created.json().value(QStringLiteral("token")).toString()
                                     : QString();
    }
    void enableLimits(const QJsonObject &hubspotLimits = {})
    {
        QJsonObject settings;
        settings.insert(QStringLiteral("limits"), QJsonObject{{QStringLiteral("enabled"), true}});
        if (!hubspotLimits.isEmpty())
            settings.insert(QStringLiteral("hubspot"),
                            QJsonObject{{QStringLiteral("limits"), hubspotLimits}});
        const HttpResult result =
            m_http->send("POST", admin(QStringLiteral("settings")), jsonBytes(settings));
        QVERIFY2(result.status == 200, qPrintable(result.describe()));
    }
    QString anyDealId(const QString &token)
    {
        const HttpResult found =
            post(token, QStringLiteral("/crm/v3/objects/deals/search"), searchBody(hasDealName()));
        const QJsonArray results = found.json().value(QStringLiteral("results")).toArray();
        return results.isEmpty() ? QString()
                                 : results.at(0).toObject().value(QStringLiteral("id")).toString();
    }
};

void TestSandboxHubSpot::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    m_frozen = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    m_server->setNow([this] { return m_frozen; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<Http>();
}

void TestSandboxHubSpot::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxHubSpot::oauthCodeRoundTripAndRefreshWithoutRotation()
{
    const HttpResult authorize = m_http->send(
        "GET", hubSpotAuthorizeUrl(
                   base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")},
                            {QStringLiteral("optional_scope"), QStringLiteral("tax_rates.read")}}));
    QCOMPARE(authorize.status, 302);
    const QUrl location = QUrl::fromEncoded(authorize.header("Location"));
    QCOMPARE(location.toString(QUrl::RemoveQuery), QString::fromLatin1(RedirectUri));
    const QUrlQuery redirect(location);
    const QString code = item(redirect, QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(item(redirect, QStringLiteral("state")), QStringLiteral("hs-1"));
    QVERIFY(!redirect.hasQueryItem(QStringLiteral("realmId")));

    const HttpResult exchange =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}});
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
    QVERIFY(exchange.header("Content-Type").startsWith("application/json"));
    QVERIFY(isUuid(QString::fromLatin1(exchange.header("X-HubSpot-Correlation-Id"))));
    const QJsonObject tokens = exchange.json();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 1800);
    QCOMPARE(tokens.value(QStringLiteral("hub_id")).toInteger(), m_server->hubSpot().hubId());
    QCOMPARE(tokens.value(QStringLiteral("token_use")).toString(), QStringLiteral("access_token"));
    const QJsonArray scopes = tokens.value(QStringLiteral("scopes")).toArray();
    QVERIFY(scopes.contains(QStringLiteral("oauth")));
    QVERIFY(scopes.contains(QStringLiteral("crm.objects.deals.read")));
    QVERIFY(scopes.contains(QStringLiteral("tax_rates.read"))); // the optional scope, granted
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!access.isEmpty() && access.size() <= 512);
    QVERIFY(!refresh.isEmpty());

    // The code is single use.
    const HttpResult again =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("BAD_AUTH_CODE"));

    // The token reads the portal, and its metadata says what it is.
    const QString deal = anyDealId(access);
    QVERIFY(!deal.isEmpty());
    const HttpResult info =
        m_http->send("GET", api(QStringLiteral("/oauth/v1/access-tokens/") + access));
    QVERIFY2(info.status == 200, qPrintable(info.describe()));
    const QJsonObject metadata = info.json();
    QCOMPARE(metadata.value(QStringLiteral("token")).toString(), access);
    QCOMPARE(metadata.value(QStringLiteral("hub_id")).toInteger(), m_server->hubSpot().hubId());
    QCOMPARE(metadata.value(QStringLiteral("expires_in")).toInt(), 1800);
    QCOMPARE(metadata.value(QStringLiteral("token_type")).toString(), QStringLiteral("access"));
    QVERIFY(metadata.value(QStringLiteral("app_id")).toInteger() > 0);
    QVERIFY(metadata.value(QStringLiteral("user_id")).toInteger() > 0);
    QVERIFY(!metadata.value(QStringLiteral("user")).toString().isEmpty());
    QVERIFY(!metadata.value(QStringLiteral("hub_domain")).toString().isEmpty());
    QVERIFY(metadata.value(QStringLiteral("scopes"))
                .toArray()
                .contains(QStringLiteral("crm.objects.deals.read")));

    // Refresh: a new access token, the same refresh token (no rotation), both access tokens work.
    m_frozen = m_frozen.addSecs(600);
    const HttpResult refreshed =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refresh}});
    QVERIFY2(refreshed.status == 200, qPrintable(refreshed.describe()));
    const QString access2 = refreshed.json().value(QStringLiteral("access_token")).toString();
    QVERIFY(access2 != access);
    QCOMPARE(refreshed.json().value(QStringLiteral("refresh_token")).toString(), refresh);
    QCOMPARE(refreshed.json().value(QStringLiteral("hub_id")).toInteger(),
             m_server->hubSpot().hubId());
    QCOMPARE(get(access, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);
    QCOMPARE(get(access2, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);

    // A year later the refresh token still works: HubSpot's live until deleted.
    m_frozen = m_frozen.addDays(365);
    const HttpResult later =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refresh}});
    QCOMPARE(later.status, 200);
    QCOMPARE(later.json().value(QStringLiteral("refresh_token")).toString(), refresh);

    // Refresh token metadata.
    const HttpResult refreshInfo =
        m_http->send("GET", api(QStringLiteral("/oauth/v1/refresh-tokens/") + refresh));
    QCOMPARE(refreshInfo.status, 200);
    QCOMPARE(refreshInfo.json().value(QStringLiteral("client_id")).toString(),
             QString::fromLatin1(HubSpotClientId));
    QCOMPARE(refreshInfo.json().value(QStringLiteral("token_type")).toString(),
             QStringLiteral("refresh"));
}

void TestSandboxHubSpot::deletedRefreshTokenIsInvalidGrant()
{
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const QString deal = anyDealId(tokens.accessToken);
    QVERIFY(!deal.isEmpty());

    const HttpResult deleted = m_http->send(
        "DELETE", api(QStringLiteral("/oauth/v1/refresh-tokens/") + tokens.refreshToken));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());

    const HttpResult refresh =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), tokens.refreshToken}});
    QCOMPARE(refresh.status, 400);
    // Exactly the documented body (fixture oauth-error-invalid-grant.json).
    const QJsonObject body = refresh.json();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(body.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("refresh token is invalid, expired or revoked"));
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("BAD_REFRESH_TOKEN"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(),
             QStringLiteral("refresh token is invalid, expired or revoked"));

    // "deletes it but not access tokens": the access token works until it expires.
    QCOMPARE(get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);
    // A second DELETE finds nothing.
    QCOMPARE(
        m_http
            ->send("DELETE", api(QStringLiteral("/oauth/v1/refresh-tokens/") + tokens.refreshToken))
            .status,
        404);
}

void TestSandboxHubSpot::tokenEndpointErrorsNameTheCause()
{
    const QUrl tokenUrl = api(QStringLiteral("/oauth/v1/token"));
    const auto status = [](const HttpResult &result) {
        return result.json().value(QStringLiteral("status")).toString();
    };
    HttpResult result =
        m_http->send("POST", tokenUrl,
                     form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                           {QStringLiteral("refresh_token"), QStringLiteral("x")},
                           {QStringLiteral("client_id"), QStringLiteral("nobody")},
                           {QStringLiteral("client_secret"), QStringLiteral("x")}}),
                     FormHeaders);
    QCOMPARE(result.status, 400);
    QCOMPARE(status(result), QStringLiteral("BAD_CLIENT_ID"));
    QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));

    result = m_http->send("POST", tokenUrl,
                          form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), QStringLiteral("x")},
                                {QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId)},
                                {QStringLiteral("client_secret"), QStringLiteral("wrong")}}),
                          FormHeaders);
    QCOMPARE(result.status, 400);
    QCOMPARE(status(result), QStringLiteral("BAD_CLIENT_SECRET"));

    result = hubSpotToken(*m_http, base(),
                          {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code"), QStringLiteral("na1-nothing")},
                           {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}});
    QCOMPARE(result.status, 400);
    QCOMPARE(status(result), QStringLiteral("BAD_AUTH_CODE"));
    QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));

    // A redirect_uri other than the authorization request's; the code survives the mistake.
    const HttpResult authorize =
        m_http->send("GET", hubSpotAuthorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"),
                                                          QStringLiteral("1")}}));
    const QString code = item(locationQuery(authorize), QStringLiteral("code"));
    result =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/x")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(status(result), QStringLiteral("BAD_REDIRECT_URI"));
    result = hubSpotToken(*m_http, base(),
                          {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}});
    QCOMPARE(result.status, 200);

    result =
        hubSpotToken(*m_http, base(), {{QStringLiteral("grant_type"), QStringLiteral("password")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("unsupported_grant_type"));

    // The v3 endpoint takes the same form.
    result = m_http->send(
        "POST", api(QStringLiteral("/oauth/v3/token")),
        form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
              {QStringLiteral("refresh_token"), QStringLiteral("x")},
              {QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId)},
              {QStringLiteral("client_secret"), QString::fromLatin1(HubSpotClientSecret)}}),
        FormHeaders);
    QCOMPARE(result.status, 400);
    QCOMPARE(status(result), QStringLiteral("BAD_REFRESH_TOKEN"));
}

void TestSandboxHubSpot::consentPageApproveAndDeny()
{
    const HttpResult page = m_http->send("GET", hubSpotAuthorizeUrl(base()));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("crm.objects.deals.read"));
    QVERIFY(page.body.contains(QByteArray::number(m_server->hubSpot().hubId())));
    QVERIFY(page.body.contains("name=\"sandbox_approve\""));

    // The page's buttons post the original parameters back.
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId)},
        {QStringLiteral("scope"), QString::fromLatin1(HubSpotScopes)},
        {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)},
        {QStringLiteral("state"), QStringLiteral("a+b&c")}};
    auto approve = fields;
    approve.append({QStringLiteral("sandbox_approve"), QStringLiteral("1")});
    const HttpResult approved =
        m_http->send("POST", api(QStringLiteral("/oauth/authorize")), form(approve), FormHeaders);
    QCOMPARE(approved.status, 302);
    QVERIFY(!item(locationQuery(approved), QStringLiteral("code")).isEmpty());
    QCOMPARE(item(locationQuery(approved), QStringLiteral("state")), QStringLiteral("a+b&c"));

    auto deny = fields;
    deny.append({QStringLiteral("sandbox_deny"), QStringLiteral("1")});
    const HttpResult denied =
        m_http->send("POST", api(QStringLiteral("/oauth/authorize")), form(deny), FormHeaders);
    QCOMPARE(denied.status, 302);
    QCOMPARE(item(locationQuery(denied), QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!locationQuery(denied).hasQueryItem(QStringLiteral("code")));

    // Unknown app, missing scope: HubSpot's own error page, no redirect.
    QCOMPARE(m_http
                 ->send("GET", hubSpotAuthorizeUrl(
                                   base(), {{QStringLiteral("client_id"), QStringLiteral("x")}}))
                 .status,
             400);
    QCOMPARE(m_http->send("GET", hubSpotAuthorizeUrl(base(), {}, QString())).status, 400);

    // The autoApprove setting approves at once.
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("settings")),
                        jsonBytes(QJsonObject{{QStringLiteral("autoApprove"), true}}))
                 .status,
             200);
    QCOMPARE(m_http->send("GET", hubSpotAuthorizeUrl(base())).status, 302);
}

void TestSandboxHubSpot::registeredHubSpotClient()
{
    QJsonObject client;
    client.insert(QStringLiteral("provider"), QStringLiteral("hubspot"));
    client.insert(QStringLiteral("client_id"), QStringLiteral("my-hub-app"));
    client.insert(QStringLiteral("client_secret"), QStringLiteral("my-hub-secret"));
    client.insert(QStringLiteral("redirect_uris"),
                  QJsonArray{QStringLiteral("http://localhost:8765/hs")});
    const HttpResult registered =
        m_http->send("POST", admin(QStringLiteral("clients")), jsonBytes(client));
    QCOMPARE(registered.status, 201);
    QCOMPARE(registered.json().value(QStringLiteral("providers")).toArray(),
             QJsonArray{QStringLiteral("hubspot")});
    const HttpResult listed =
        m_http->send("GET", withPath(base(), QStringLiteral("/_sandbox/clients"),
                                     QUrlQuery(QStringLiteral("provider=hubspot"))));
    QCOMPARE(listed.json().value(QStringLiteral("clients")).toArray().size(), 2);

    const QList<QPair<QString, QString>> app{
        {QStringLiteral("client_id"), QStringLiteral("my-hub-app")},
        {QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}};
    // Its redirect URLs only.
    QCOMPARE(m_http->send("GET", hubSpotAuthorizeUrl(base(), app)).status, 400);
    auto exact = app;
    exact.append({QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8765/hs")});
    const HttpResult authorize = m_http->send("GET", hubSpotAuthorizeUrl(base(), exact));
    QCOMPARE(authorize.status, 302);
    const QByteArray body =
        form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
              {QStringLiteral("code"), item(locationQuery(authorize), QStringLiteral("code"))},
              {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8765/hs")},
              {QStringLiteral("client_id"), QStringLiteral("my-hub-app")},
              {QStringLiteral("client_secret"), QStringLiteral("my-hub-secret")}});
    const HttpResult exchange =
        m_http->send("POST", api(QStringLiteral("/oauth/v1/token")), body, FormHeaders);
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
    // A QuickBooks client is not a HubSpot app.
    QCOMPARE(m_http
                 ->send("GET", hubSpotAuthorizeUrl(base(), {{QStringLiteral("client_id"),
                                                             QString::fromLatin1(DemoClientId)}}))
                 .status,
             400);
}

void TestSandboxHubSpot::expiryOnTheSandboxClock()
{
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const QString deal = anyDealId(tokens.accessToken);
    QVERIFY(!deal.isEmpty());

    m_frozen = m_frozen.addSecs(1799);
    QCOMPARE(get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);
    m_frozen = m_frozen.addSecs(76); // 75 s past the expiry: still in seconds, as captured
    const HttpResult expired =
        get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/") + deal);
    QCOMPARE(expired.status, 401);
    QString why;
    QVERIFY2(isEnvelope(expired.json(), QStringLiteral("EXPIRED_AUTHENTICATION"), &why),
             qPrintable(why + QLatin1Char(' ') + expired.describe()));
    QCOMPARE(expired.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("The OAuth token used to make this call expired 75 second(s) ago."));
    QCOMPARE(QString::fromLatin1(expired.header("X-HubSpot-Correlation-Id")),
             expired.json().value(QStringLiteral("correlationId")).toString());

    // The admin clock endpoint moves the same clock.
    const Tokens fresh = connectHubSpot(*m_http, base());
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("time")),
                        jsonBytes(QJsonObject{{QStringLiteral("advanceSeconds"), 7200}}))
                 .status,
             200);
    const HttpResult later =
        get(fresh.accessToken, QStringLiteral("/crm/v3/objects/deals/") + deal);
    QCOMPARE(later.status, 401);
    QCOMPARE(later.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("The OAuth token used to make this call expired 90 minute(s) ago."));

    // Refresh gives a working token again.
    const HttpResult refreshed =
        hubSpotToken(*m_http, base(),
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), fresh.refreshToken}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(get(refreshed.json().value(QStringLiteral("access_token")).toString(),
                 QStringLiteral("/crm/v3/objects/deals/") + deal)
                 .status,
             200);
}

void TestSandboxHubSpot::expiresInSettingAndExpireAdmin()
{
    HttpResult settings =
        m_http->send("POST", admin(QStringLiteral("settings")),
                     jsonBytes(QJsonObject{{QStringLiteral("hubspot"),
                                            QJsonObject{{QStringLiteral("expiresIn"), 600}}}}));
    QVERIFY2(settings.status == 200, qPrintable(settings.describe()));
    QCOMPARE(settings.json()
                 .value(QStringLiteral("hubspot"))
                 .toObject()
                 .value(QStringLiteral("expiresIn"))
                 .toInt(),
             600);
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    QCOMPARE(tokens.response.value(QStringLiteral("expires_in")).toInt(), 600);
    m_frozen = m_frozen.addSecs(600);
    QCOMPARE(get(tokens.accessToken, QStringLiteral("/crm/v3/properties/deals")).status, 401);

    // Bad values are refused and change nothing.
    settings =
        m_http->send("POST", admin(QStringLiteral("settings")),
                     jsonBytes(QJsonObject{{QStringLiteral("hubspot"),
                                            QJsonObject{{QStringLiteral("expiresIn"), 5}}}}));
    QCOMPARE(settings.status, 400);
    settings = m_http->send("POST", admin(QStringLiteral("settings")),
                            jsonBytes(QJsonObject{{QStringLiteral("hubspot"),
                                                   QJsonObject{{QStringLiteral("nope"), 1}}}}));
    QCOMPARE(settings.status, 400);

    // tokens/expire covers HubSpot tokens, alone or with QuickBooks'.
    const Tokens hubspot = connectHubSpot(*m_http, base());
    const Tokens quickbooks = connectQuickBooks(*m_http, base());
    QVERIFY(hubspot.error.isEmpty() && quickbooks.error.isEmpty());
    HttpResult expire = m_http->send(
        "POST", admin(QStringLiteral("tokens/expire")),
        jsonBytes(QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")}}));
    QCOMPARE(expire.status, 200);
    QCOMPARE(expire.json()
                 .value(QStringLiteral("providers"))
                 .toObject()
                 .value(QStringLiteral("hubspot"))
                 .toInt(),
             1);
    QCOMPARE(get(hubspot.accessToken, QStringLiteral("/crm/v3/properties/deals")).status, 401);
    QCOMPARE(m_http
                 ->send("GET",
                        apiUrl(base(), quickbooks.realmId,
                               QStringLiteral("companyinfo/") + quickbooks.realmId),
                        {}, bearer(quickbooks.accessToken))
                 .status,
             200);
    expire = m_http->send("POST", admin(QStringLiteral("tokens/expire")));
    QCOMPARE(expire.json()
                 .value(QStringLiteral("providers"))
                 .toObject()
                 .value(QStringLiteral("quickbooks"))
                 .toInt(),
             1);
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("tokens/expire")),
                        jsonBytes(QJsonObject{{QStringLiteral("provider"), QStringLiteral("x")}}))
                 .status,
             400);
}

void TestSandboxHubSpot::missingOrUnknownTokenIs401()
{
    for (const QString &token : {QString(), QStringLiteral("CJnot-a-token")}) {
        const HttpResult result =
            token.isEmpty() ? m_http->send("GET", api(QStringLiteral("/crm/v3/objects/deals")))
                            : get(token, QStringLiteral("/crm/v3/objects/deals"));
        QCOMPARE(result.status, 401);
        QString why;
        QVERIFY2(isEnvelope(result.json(), QStringLiteral("INVALID_AUTHENTICATION"), &why),
                 qPrintable(why));
        QVERIFY(result.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QLatin1String("Authentication credentials not found. This API "
                                              "supports OAuth 2.0 authentication")));
    }
    // A QuickBooks token is not a HubSpot token, and the other way round.
    const Tokens quickbooks = connectQuickBooks(*m_http, base());
    QCOMPARE(get(quickbooks.accessToken, QStringLiteral("/crm/v3/objects/deals")).status, 401);
    const Tokens hubspot = connectHubSpot(*m_http, base());
    QCOMPARE(m_http
                 ->send("GET",
                        apiUrl(base(), quickbooks.realmId,
                               QStringLiteral("companyinfo/") + quickbooks.realmId),
                        {}, bearer(hubspot.accessToken))
                 .status,
             401);
}

void TestSandboxHubSpot::privateAppTokenWorks()
{
    const HttpResult created = m_http->send("POST", admin(QStringLiteral("private-app-tokens")));
    QCOMPARE(created.status, 201);
    const QString token = created.json().value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(QLatin1String("pat-na1-")));
    QCOMPARE(created.json().value(QStringLiteral("hubId")).toInteger(),
             m_server->hubSpot().hubId());
    QVERIFY(created.json()
                .value(QStringLiteral("scopes"))
                .toArray()
                .contains(QStringLiteral("crm.objects.deals.read")));

    const QString deal = anyDealId(token);
    QVERIFY(!deal.isEmpty());
    // Private-app tokens never expire.
    m_frozen = m_frozen.addDays(400);
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);
    QCOMPARE(m_http->send("POST", admin(QStringLiteral("tokens/expire"))).status, 200);
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);

    // HubSpot's own look-up of a private-app token.
    const HttpResult info =
        m_http->send("POST", api(QStringLiteral("/oauth/v2/private-apps/get/access-token-info")),
                     jsonBytes(QJsonObject{{QStringLiteral("tokenKey"), token}}));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("hubId")).toInteger(), m_server->hubSpot().hubId());

    // Listed, and bad input refused.
    const HttpResult list = m_http->send("GET", admin(QStringLiteral("private-app-tokens")));
    QCOMPARE(list.json().value(QStringLiteral("tokens")).toArray().size(), 1);
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("private-app-tokens")),
                        jsonBytes(QJsonObject{{QStringLiteral("scopes"), 5}}))
                 .status,
             400);
}

void TestSandboxHubSpot::scopesAreEnforced()
{
    const QString contactsOnly =
        privateAppToken(QJsonArray{QStringLiteral("crm.objects.contacts.read")});
    QVERIFY(!contactsOnly.isEmpty());
    QCOMPARE(get(contactsOnly, QStringLiteral("/crm/v3/objects/contacts")).status, 200);
    const HttpResult denied = get(contactsOnly, QStringLiteral("/crm/v3/objects/0-3"));
    QCOMPARE(denied.status, 403);
    QString why;
    QVERIFY2(isEnvelope(denied.json(), QStringLiteral("MISSING_SCOPES"), &why), qPrintable(why));
    const QJsonArray required = denied.json()
                                    .value(QStringLiteral("errors"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("context"))
                                    .toObject()
                                    .value(QStringLiteral("requiredGranularScopes"))
                                    .toArray();
    QVERIFY(required.contains(QStringLiteral("crm.objects.deals.read")));
    // Writing needs the write scope.
    const HttpResult write = post(
        contactsOnly, QStringLiteral("/crm/v3/objects/contacts"),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}}}});
    QCOMPARE(write.status, 403);

    // Switched off, any valid token may do anything.
    QCOMPARE(
        m_http
            ->send("POST", admin(QStringLiteral("settings")),
                   jsonBytes(QJsonObject{{QStringLiteral("hubspot"),
                                          QJsonObject{{QStringLiteral("enforceScopes"), false}}}}))
            .status,
        200);
    QCOMPARE(get(contactsOnly, QStringLiteral("/crm/v3/objects/0-3")).status, 200);
}

void TestSandboxHubSpot::dealWithAssociationsThroughHttp()
{
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    // A deal that has line items: search, then read each until one does.
    const HttpResult found =
        post(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/search"),
             searchBody(hasDealName(), 50));
    QCOMPARE(found.status, 200);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("associations"), QStringLiteral("contacts,line_items"));
    query.addQueryItem(QStringLiteral("properties"), QStringLiteral("dealname,amount"));
    QString dealId;
    QJsonObject deal;
    for (const QJsonValue &result : found.json().value(QStringLiteral("results")).toArray()) {
        const QString id = result.toObject().value(QStringLiteral("id")).toString();
        const HttpResult read =
            get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/") + id, query);
        QVERIFY2(read.status == 200, qPrintable(read.describe()));
        if (read.json()
                .value(QStringLiteral("associations"))
                .toObject()
                .contains(QStringLiteral("line items"))) {
            dealId = id;
            deal = read.json();
            break;
        }
    }
    QVERIFY2(!dealId.isEmpty(), "no demo deal has line items under \"line items\"");
    QCOMPARE(deal.value(QStringLiteral("id")).toString(), dealId);
    QVERIFY(
        deal.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("dealname")));
    const QJsonObject associations = deal.value(QStringLiteral("associations")).toObject();
    QVERIFY(!associations.contains(QStringLiteral("line_items")));
    const QJsonArray lines = associations.value(QStringLiteral("line items"))
                                 .toObject()
                                 .value(QStringLiteral("results"))
                                 .toArray();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("deal_to_line_item"));

    // The type-id form answers the same record.
    const HttpResult byTypeId =
        get(tokens.accessToken, QStringLiteral("/crm/v3/objects/0-3/") + dealId, query);
    QCOMPARE(byTypeId.status, 200);
    QCOMPARE(byTypeId.json().value(QStringLiteral("id")).toString(), dealId);

    // The "line_items" switch.
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("settings")),
                        jsonBytes(QJsonObject{{QStringLiteral("hubspot"),
                                               QJsonObject{{QStringLiteral("lineItemsKey"),
                                                            QStringLiteral("line_items")}}}}))
                 .status,
             200);
    const HttpResult underscore =
        get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/") + dealId, query);
    const QJsonObject block = underscore.json().value(QStringLiteral("associations")).toObject();
    QVERIFY(block.contains(QStringLiteral("line_items")));
    QVERIFY(!block.contains(QStringLiteral("line items")));

    // Unknown deal: HubSpotService's 404 comes through the route.
    QCOMPARE(get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/999999999")).status,
             404);
}

void TestSandboxHubSpot::searchBatchReadAndV4Associations()
{
    const QString token = privateAppToken();
    QVERIFY(!token.isEmpty());
    // Two filter groups (OR): names starting anything, or amount > 0.
    QJsonObject amount;
    amount.insert(QStringLiteral("propertyName"), QStringLiteral("amount"));
    amount.insert(QStringLiteral("operator"), QStringLiteral("GT"));
    amount.insert(QStringLiteral("value"), QStringLiteral("0"));
    QJsonArray groups = hasDealName();
    groups.append(QJsonObject{{QStringLiteral("filters"), QJsonArray{amount}}});
    const HttpResult search =
        post(token, QStringLiteral("/crm/v3/objects/deals/search"), searchBody(groups, 2));
    QVERIFY2(search.status == 200, qPrintable(search.describe()));
    const QJsonObject page = search.json();
    QVERIFY(page.value(QStringLiteral("total")).toInt() > 2);
    const QJsonArray results = page.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(page.value(QStringLiteral("paging"))
                 .toObject()
                 .value(QStringLiteral("next"))
                 .toObject()
                 .value(QStringLiteral("after"))
                 .toString(),
             QStringLiteral("2"));

    // Batch read of those two.
    QJsonArray inputs;
    for (const QJsonValue &result : results)
        inputs.append(
            QJsonObject{{QStringLiteral("id"), result.toObject().value(QStringLiteral("id"))}});
    QJsonObject batch;
    batch.insert(QStringLiteral("inputs"), inputs);
    batch.insert(QStringLiteral("properties"), QJsonArray{QStringLiteral("dealname")});
    const HttpResult read = post(token, QStringLiteral("/crm/v3/objects/deals/batch/read"), batch);
    QVERIFY2(read.status == 200, qPrintable(read.describe()));
    QCOMPARE(read.json().value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETE"));
    QCOMPARE(read.json().value(QStringLiteral("results")).toArray().size(), 2);

    // v4 associations, per object and in batch.
    const QString deal = results.at(0).toObject().value(QStringLiteral("id")).toString();
    const HttpResult v4 =
        get(token, QStringLiteral("/crm/v4/objects/deals/%1/associations/contacts").arg(deal));
    QVERIFY2(v4.status == 200, qPrintable(v4.describe()));
    QVERIFY(v4.json().contains(QStringLiteral("results")));
    const HttpResult v4batch =
        post(token, QStringLiteral("/crm/v4/associations/deals/line_items/batch/read"),
             QJsonObject{{QStringLiteral("inputs"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), deal}}}}});
    QVERIFY2(v4batch.status == 200 || v4batch.status == 207, qPrintable(v4batch.describe()));
    // Properties API.
    QCOMPARE(get(token, QStringLiteral("/crm/v3/properties/deals")).status, 200);
}

void TestSandboxHubSpot::tenSecondlyLimit()
{
    enableLimits();
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const QString path = QStringLiteral("/crm/v3/properties/deals");
    for (int i = 1; i <= 100; ++i) {
        const HttpResult ok = get(tokens.accessToken, path);
        if (ok.status != 200)
            QFAIL(qPrintable(QStringLiteral("request %1: %2").arg(i).arg(ok.describe())));
        if (i == 1 || i == 100) {
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Max"), QByteArrayLiteral("100"));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Remaining"), QByteArray::number(100 - i));
            QCOMPARE(ok.header("X-HubSpot-RateLimit-Interval-Milliseconds"),
                     QByteArrayLiteral("10000"));
            // OAuth calls are not subject to the daily limit, and say nothing about it.
            QVERIFY(!ok.hasHeader("X-HubSpot-RateLimit-Daily"));
        }
    }
    const HttpResult throttled = get(tokens.accessToken, path);
    QCOMPARE(throttled.status, 429);
    const QJsonObject body = throttled.json();
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(),
             QStringLiteral("You have reached your ten_secondly_rolling limit."));
    QCOMPARE(body.value(QStringLiteral("errorType")).toString(), QStringLiteral("RATE_LIMIT"));
    QCOMPARE(body.value(QStringLiteral("policyName")).toString(),
             QStringLiteral("TEN_SECONDLY_ROLLING"));
    QVERIFY(isUuid(body.value(QStringLiteral("correlationId")).toString()));
    QVERIFY(body.value(QStringLiteral("groupName"))
                .toString()
                .contains(QString::number(m_server->hubSpot().hubId())));
    QCOMPARE(throttled.header("X-HubSpot-RateLimit-Remaining"), QByteArrayLiteral("0"));
    QVERIFY(!throttled.hasHeader("Retry-After")); // not promised on API 429s

    // Search is counted apart: still open while the burst is spent.
    QCOMPARE(post(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals/search"),
                  searchBody(hasDealName()))
                 .status,
             200);
    // Ten seconds later (rolling window) the burst is back.
    m_frozen = m_frozen.addMSecs(10001);
    QCOMPARE(get(tokens.accessToken, path).status, 200);

    // With the Retry-After setting.
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("settings")),
                        jsonBytes(QJsonObject{
                            {QStringLiteral("hubspot"),
                             QJsonObject{{QStringLiteral("throttleRetryAfter"), 3},
                                         {QStringLiteral("limits"),
                                          QJsonObject{{QStringLiteral("tenSecondly"), 1}}}}}}))
                 .status,
             200);
    m_frozen = m_frozen.addMSecs(10001);
    QCOMPARE(get(tokens.accessToken, path).status, 200);
    const HttpResult withRetry = get(tokens.accessToken, path);
    QCOMPARE(withRetry.status, 429);
    QCOMPARE(withRetry.header("Retry-After"), QByteArrayLiteral("3"));
}

void TestSandboxHubSpot::searchLimitAndHeaders()
{
    enableLimits();
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const QString path = QStringLiteral("/crm/v3/objects/deals/search");
    for (int i = 1; i <= 4; ++i) {
        const HttpResult ok = post(tokens.accessToken, path, searchBody(hasDealName()));
        QVERIFY2(ok.status == 200, qPrintable(ok.describe()));
        // Search responses carry no rate-limit headers (hubspot.md §2.4).
        for (const QByteArray &name :
             {QByteArrayLiteral("X-HubSpot-RateLimit-Max"),
              QByteArrayLiteral("X-HubSpot-RateLimit-Remaining"),
              QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds"),
              QByteArrayLiteral("X-HubSpot-RateLimit-Daily")})
            QVERIFY2(!ok.hasHeader(name), name.constData());
    }
    const HttpResult throttled = post(tokens.accessToken, path, searchBody(hasDealName()));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("You have reached your secondly limit."));
    QCOMPARE(throttled.json().value(QStringLiteral("errorType")).toString(),
             QStringLiteral("RATE_LIMIT"));
    QVERIFY(!throttled.hasHeader("X-HubSpot-RateLimit-Remaining"));
    // The type-id form is the same search.
    QCOMPARE(post(tokens.accessToken, QStringLiteral("/crm/v3/objects/0-3/search"),
                  searchBody(hasDealName()))
                 .status,
             429);
    // Non-search requests are not held back by it, and do carry the headers.
    const HttpResult other = get(tokens.accessToken, QStringLiteral("/crm/v3/objects/deals"));
    QCOMPARE(other.status, 200);
    QVERIFY(other.hasHeader("X-HubSpot-RateLimit-Max"));
    QVERIFY(other.hasHeader("X-HubSpot-RateLimit-Remaining"));
    QVERIFY(other.hasHeader("X-HubSpot-RateLimit-Interval-Milliseconds"));
    // A second later searching works again.
    m_frozen = m_frozen.addMSecs(1000);
    QCOMPARE(post(tokens.accessToken, path, searchBody(hasDealName())).status, 200);

    // The per-second figure is a setting (the 2026 docs say 5).
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("settings")),
                        jsonBytes(QJsonObject{
                            {QStringLiteral("hubspot"),
                             QJsonObject{{QStringLiteral("limits"),
                                          QJsonObject{{QStringLiteral("searchPerSecond"), 5}}}}}}))
                 .status,
             200);
    m_frozen = m_frozen.addMSecs(1000);
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(post(tokens.accessToken, path, searchBody(hasDealName())).status, 200);
    QCOMPARE(post(tokens.accessToken, path, searchBody(hasDealName())).status, 429);
}

void TestSandboxHubSpot::dailyLimitForPrivateApps()
{
    enableLimits(QJsonObject{{QStringLiteral("daily"), 3}});
    const QString token = privateAppToken();
    QVERIFY(!token.isEmpty());
    const QString path = QStringLiteral("/crm/v3/objects/contacts");
    for (int i = 1; i <= 3; ++i) {
        const HttpResult ok = get(token, path);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-HubSpot-RateLimit-Daily"), QByteArrayLiteral("3"));
        QCOMPARE(ok.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray::number(3 - i));
    }
    const HttpResult throttled = get(token, path);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.json().value(QStringLiteral("policyName")).toString(),
             QStringLiteral("DAILY"));
    QCOMPARE(throttled.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("You have reached your daily limit."));
    // OAuth calls are not subject to the daily limit.
    const Tokens tokens = connectHubSpot(*m_http, base());
    QCOMPARE(get(tokens.accessToken, path).status, 200);
    // The day ends at midnight (UTC here).
    m_frozen = QDateTime(m_frozen.date().addDays(1), QTime(0, 0), Qt::UTC);
    QCOMPARE(get(token, path).status, 200);
}

void TestSandboxHubSpot::missingScopesFault()
{
    const QString token = privateAppToken();
    QJsonObject rule;
    rule.insert(QStringLiteral("provider"), QStringLiteral("hubspot"));
    rule.insert(QStringLiteral("path"), QStringLiteral("/crm/v3/objects/deals"));
    rule.insert(QStringLiteral("status"), 403);
    rule.insert(QStringLiteral("missingScopes"),
                QJsonArray{QStringLiteral("crm.objects.deals.read")});
    rule.insert(QStringLiteral("times"), 1);
    const HttpResult added =
        m_http->send("POST", admin(QStringLiteral("faults")),
                     jsonBytes(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}));
    QVERIFY2(added.status == 200, qPrintable(added.describe()));

    const HttpResult denied = get(token, QStringLiteral("/crm/v3/objects/deals"));
    QCOMPARE(denied.status, 403);
    const QJsonObject body = denied.json();
    QString why;
    QVERIFY2(isEnvelope(body, QStringLiteral("MISSING_SCOPES"), &why), qPrintable(why));
    QVERIFY(body.value(QStringLiteral("message"))
                .toString()
                .startsWith(QLatin1String("This app hasn't been granted all required scopes")));
    const QJsonObject detail = body.value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(detail.value(QStringLiteral("message")).toString(),
             QStringLiteral("One or more of the following scopes are required."));
    QCOMPARE(detail.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("requiredGranularScopes"))
                 .toArray(),
             QJsonArray{QStringLiteral("crm.objects.deals.read")});
    QCOMPARE(body.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("missingScopes"))
                 .toArray(),
             QJsonArray{QStringLiteral("crm.objects.deals.read")});
    // Once only.
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/deals")).status, 200);

    // A QuickBooks-only rule leaves HubSpot alone, and the other way round.
    rule = QJsonObject{{QStringLiteral("provider"), QStringLiteral("quickbooks")},
                       {QStringLiteral("status"), 500}};
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("faults")),
                        jsonBytes(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}))
                 .status,
             200);
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/deals")).status, 200);
    // Bad HubSpot keys are refused.
    rule = QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                       {QStringLiteral("status"), 429},
                       {QStringLiteral("policyName"), QStringLiteral("HOURLY")}};
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("faults")),
                        jsonBytes(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}))
                 .status,
             400);
}

void TestSandboxHubSpot::fault477AndOthers()
{
    const QString token = privateAppToken();
    const auto addRule = [this](const QJsonObject &rule) {
        QJsonObject withDefaults = rule;
        withDefaults.insert(QStringLiteral("provider"), QStringLiteral("hubspot"));
        withDefaults.insert(QStringLiteral("times"), 1);
        return m_http
            ->send("POST", admin(QStringLiteral("faults")),
                   jsonBytes(QJsonObject{{QStringLiteral("rules"), QJsonArray{withDefaults}}}))
            .status;
    };
    const QString path = QStringLiteral("/crm/v3/objects/contacts");
    QString why;

    QCOMPARE(addRule({{QStringLiteral("status"), 477}}), 200);
    HttpResult result = get(token, path);
    QCOMPARE(result.status, 477);
    QVERIFY2(isEnvelope(result.json(), QStringLiteral("MIGRATION_IN_PROGRESS"), &why),
             qPrintable(why));
    QVERIFY(result.header("Retry-After").toInt() > 0); // documented for 477

    QCOMPARE(addRule({{QStringLiteral("status"), 429},
                      {QStringLiteral("policyName"), QStringLiteral("DAILY")},
                      {QStringLiteral("retryAfter"), 30}}),
             200);
    result = get(token, path);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.json().value(QStringLiteral("policyName")).toString(), QStringLiteral("DAILY"));
    QCOMPARE(result.header("Retry-After"), QByteArrayLiteral("30"));

    QCOMPARE(addRule({{QStringLiteral("status"), 429}}), 200);
    result = get(token, path);
    QCOMPARE(result.json().value(QStringLiteral("policyName")).toString(),
             QStringLiteral("TEN_SECONDLY_ROLLING"));
    QVERIFY(!result.hasHeader("Retry-After"));

    QCOMPARE(addRule({{QStringLiteral("status"), 401},
                      {QStringLiteral("category"), QStringLiteral("EXPIRED_AUTHENTICATION")}}),
             200);
    result = get(token, path);
    QCOMPARE(result.status, 401);
    QVERIFY2(isEnvelope(result.json(), QStringLiteral("EXPIRED_AUTHENTICATION"), &why),
             qPrintable(why));

    for (const int status : {404, 423, 500}) {
        QCOMPARE(addRule({{QStringLiteral("status"), status}}), 200);
        result = get(token, path);
        QCOMPARE(result.status, status);
        QVERIFY2(isEnvelope(result.json(), QString(), &why), qPrintable(why));
    }
    // Gateway errors come as HTML by default, JSON on request.
    QCOMPARE(addRule({{QStringLiteral("status"), 502}}), 200);
    result = get(token, path);
    QCOMPARE(result.status, 502);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QCOMPARE(addRule({{QStringLiteral("status"), 504},
                      {QStringLiteral("body"), QStringLiteral("json")}}),
             200);
    result = get(token, path);
    QCOMPARE(result.status, 504);
    QVERIFY2(isEnvelope(result.json(), QString(), &why), qPrintable(why));

    // A dropped connection, every time: Qt's client silently resends a request whose
    // connection closed before any answer, so a one-off drop would be invisible here.
    QJsonObject drop{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("drop"), true}};
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("faults")),
                        jsonBytes(QJsonObject{{QStringLiteral("rules"), QJsonArray{drop}}}))
                 .status,
             200);
    result = get(token, path);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QCOMPARE(m_http->send("DELETE", admin(QStringLiteral("faults"))).status, 200);
    QCOMPARE(get(token, path).status, 200);
}

void TestSandboxHubSpot::faultOnTheTokenEndpoint()
{
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    QJsonObject rule;
    rule.insert(QStringLiteral("provider"), QStringLiteral("hubspot"));
    rule.insert(QStringLiteral("path"), QStringLiteral("/oauth/v1/token"));
    rule.insert(QStringLiteral("status"), 503);
    rule.insert(QStringLiteral("body"), QStringLiteral("json"));
    rule.insert(QStringLiteral("times"), 1);
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("faults")),
                        jsonBytes(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}))
                 .status,
             200);
    const QList<QPair<QString, QString>> refresh{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), tokens.refreshToken}};
    QCOMPARE(hubSpotToken(*m_http, base(), refresh).status, 503);
    QCOMPARE(hubSpotToken(*m_http, base(), refresh).status, 200);
}

void TestSandboxHubSpot::requestCountsPerProvider()
{
    const QString token = privateAppToken();
    const Tokens tokens = connectHubSpot(*m_http, base()); // authorize + token
    const QString deal = anyDealId(token);                 // search
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/deals/") + deal).status, 200);
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/0-3/") + deal).status, 200);
    QCOMPARE(get(QStringLiteral("bad"), QStringLiteral("/crm/v3/objects/deals/") + deal).status,
             401);
    QCOMPARE(get(token, QStringLiteral("/crm/v4/objects/deals/%1/associations/contacts").arg(deal))
                 .status,
             200);
    const Tokens quickbooks = connectQuickBooks(*m_http, base()); // 2 QuickBooks requests

    const QJsonObject counts = m_http->send("GET", admin(QStringLiteral("requests"))).json();
    const QJsonObject providers = counts.value(QStringLiteral("providers")).toObject();
    QCOMPARE(providers.value(QStringLiteral("hubspot")).toInt(), 7);
    QCOMPARE(providers.value(QStringLiteral("quickbooks")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 9);
    const QJsonObject routes = counts.value(QStringLiteral("routes")).toObject();
    QCOMPARE(routes.value(QStringLiteral("GET /oauth/authorize")).toInt(), 1);
    QCOMPARE(routes.value(QStringLiteral("POST /oauth/v1/token")).toInt(), 1);
    QCOMPARE(routes.value(QStringLiteral("POST /crm/v3/objects/deals/search")).toInt(), 1);
    QCOMPARE(routes.value(QStringLiteral("GET /crm/v3/objects/deals/{id}")).toInt(), 2);
    QCOMPARE(routes.value(QStringLiteral("GET /crm/v3/objects/0-3/{id}")).toInt(), 1);
    QCOMPARE(routes.value(QStringLiteral("GET /crm/v4/objects/deals/{id}/associations/contacts"))
                 .toInt(),
             1);
    const QJsonObject hubspotStatuses = counts.value(QStringLiteral("providerStatuses"))
                                            .toObject()
                                            .value(QStringLiteral("hubspot"))
                                            .toObject();
    QCOMPARE(hubspotStatuses.value(QStringLiteral("401")).toInt(), 1);
    QCOMPARE(hubspotStatuses.value(QStringLiteral("302")).toInt(), 1);
    QCOMPARE(hubspotStatuses.value(QStringLiteral("200")).toInt(), 5);
    bool sawHubSpot = false;
    for (const QJsonValue &entry : counts.value(QStringLiteral("recent")).toArray())
        sawHubSpot = sawHubSpot || entry.toObject().value(QStringLiteral("provider")).toString() ==
                                       QLatin1String("hubspot");
    QVERIFY(sawHubSpot);
    Q_UNUSED(tokens);
    Q_UNUSED(quickbooks);
}

void TestSandboxHubSpot::resetSeedsBothProviders()
{
    QString token = privateAppToken();
    const HttpResult before =
        post(token, QStringLiteral("/crm/v3/objects/deals/search"), searchBody(hasDealName(), 1));
    const int demoDeals = before.json().value(QStringLiteral("total")).toInt();
    QVERIFY(demoDeals > 0);
    const HttpResult created =
        post(token, QStringLiteral("/crm/v3/objects/contacts"),
             QJsonObject{{QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("gone@example.com")},
                                      {QStringLiteral("firstname"), QStringLiteral("Gone")}}}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString contact = created.json().value(QStringLiteral("id")).toString();

    HttpResult reset =
        m_http->send("POST", admin(QStringLiteral("reset")),
                     jsonBytes(QJsonObject{{QStringLiteral("seed"), QStringLiteral("none")}}));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().value(QStringLiteral("hubId")).toInteger(), m_server->hubSpot().hubId());
    // Private-app tokens are gone with the rest.
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/contacts/") + contact).status, 401);
    token = privateAppToken();
    QCOMPARE(
        post(token, QStringLiteral("/crm/v3/objects/deals/search"), searchBody(hasDealName(), 1))
            .json()
            .value(QStringLiteral("total"))
            .toInt(),
        0);

    reset = m_http->send("POST", admin(QStringLiteral("reset")));
    QCOMPARE(reset.status, 200);
    token = privateAppToken();
    QCOMPARE(
        post(token, QStringLiteral("/crm/v3/objects/deals/search"), searchBody(hasDealName(), 1))
            .json()
            .value(QStringLiteral("total"))
            .toInt(),
        demoDeals);
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/contacts/") + contact).status, 404);
    QVERIFY(reset.json().value(QStringLiteral("realmIds")).toArray().size() > 0);

    // large:N = the demo plus N deals.
    reset =
        m_http->send("POST", admin(QStringLiteral("reset")),
                     jsonBytes(QJsonObject{{QStringLiteral("seed"), QStringLiteral("large:30")}}));
    QCOMPARE(reset.status, 200);
    token = privateAppToken();
    QCOMPARE(
        post(token, QStringLiteral("/crm/v3/objects/deals/search"), searchBody(hasDealName(), 1))
            .json()
            .value(QStringLiteral("total"))
            .toInt(),
        demoDeals + 30);
    QCOMPARE(m_http
                 ->send("POST", admin(QStringLiteral("reset")),
                        jsonBytes(QJsonObject{{QStringLiteral("seed"), QStringLiteral("large:x")}}))
                 .status,
             400);
}

void TestSandboxHubSpot::stateRoundTripKeepsHubSpot()
{
    const QString token = privateAppToken();
    const Tokens tokens = connectHubSpot(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const HttpResult created = post(
        token, QStringLiteral("/crm/v3/objects/contacts"),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("email"), QStringLiteral("kept@example.com")}}}});
    QCOMPARE(created.status, 201);
    const QString contact = created.json().value(QStringLiteral("id")).toString();
    const QJsonObject state = m_server->saveState();
    QVERIFY(state.value(QStringLiteral("hubspot")).toObject().contains(QStringLiteral("portal")));

    // A second sandbox loads it: the record, the OAuth tokens and the private-app token.
    SandboxServer other;
    other.setNow([this] { return m_frozen; });
    QString error;
    QVERIFY2(other.loadState(state, &error), qPrintable(error));
    QVERIFY(other.listen());
    Http http;
    const QUrl url =
        withPath(other.baseUrl(), QStringLiteral("/crm/v3/objects/contacts/") + contact);
    QCOMPARE(http.send("GET", url, {}, bearer(token)).status, 200);
    QCOMPARE(http.send("GET", url, {}, bearer(tokens.accessToken)).status, 200);
    const HttpResult refreshed =
        hubSpotToken(http, other.baseUrl(),
                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), tokens.refreshToken}});
    QCOMPARE(refreshed.status, 200);

    // A broken HubSpot part is refused and changes nothing.
    QJsonObject broken = state;
    QJsonObject hubspot = broken.value(QStringLiteral("hubspot")).toObject();
    hubspot.insert(QStringLiteral("privateAppTokens"),
                   QJsonArray{QJsonObject{{QStringLiteral("token"), QStringLiteral("nope")}}});
    broken.insert(QStringLiteral("hubspot"), hubspot);
    QVERIFY(!m_server->loadState(broken, &error));
    QVERIFY(error.startsWith(QLatin1String("hubspot.")));
    QCOMPARE(get(token, QStringLiteral("/crm/v3/objects/contacts/") + contact).status, 200);
}

void TestSandboxHubSpot::oldStateWithoutHubSpotLoads()
{
    const QString token = privateAppToken();
    QJsonObject state = m_server->saveState();
    state.remove(QStringLiteral("hubspot"));
    QString error;
    QVERIFY2(m_server->loadState(state, &error), qPrintable(error));
    // The HubSpot half stays as it was.
    QVERIFY(!anyDealId(token).isEmpty());
}

void TestSandboxHubSpot::executableSeedLarge()
{
    QProcess sandbox;
    QString error;
    const int port = startSandbox(sandbox,
                                  {QStringLiteral("--seed"), QStringLiteral("large:1000"),
                                   QStringLiteral("--limits"), QStringLiteral("real")},
                                  &error);
    QVERIFY2(port > 0, qPrintable(error));
    const QUrl url = localUrl(port);
    const HttpResult created =
        m_http->send("POST", withPath(url, QStringLiteral("/_sandbox/private-app-tokens")));
    QCOMPARE(created.status, 201);
    const QString token = created.json().value(QStringLiteral("token")).toString();
    const HttpResult search =
        m_http->send("POST", withPath(url, QStringLiteral("/crm/v3/objects/deals/search")),
                     jsonBytes(QJsonObject{{QStringLiteral("limit"), 1}}), bearer(token));
    QVERIFY2(search.status == 200, qPrintable(search.describe()));
    QVERIFY2(search.json().value(QStringLiteral("total")).toInt() >= 1000,
             qPrintable(search.describe()));
    // --limits real covers HubSpot: a non-search request carries the headers.
    const HttpResult read = m_http->send(
        "GET", withPath(url, QStringLiteral("/crm/v3/properties/deals")), {}, bearer(token));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.header("X-HubSpot-RateLimit-Max"), QByteArrayLiteral("100"));
    QVERIFY(stopSandbox(sandbox));
}

void TestSandboxHubSpot::executableKeepsHubSpotInItsDataFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("state.json"));
    QProcess sandbox;
    QString error;
    int port = startSandbox(sandbox, {QStringLiteral("--data"), file}, &error);
    QVERIFY2(port > 0, qPrintable(error));
    const HttpResult created = m_http->send(
        "POST", withPath(localUrl(port), QStringLiteral("/_sandbox/private-app-tokens")));
    const QString token = created.json().value(QStringLiteral("token")).toString();
    const HttpResult contact = m_http->send(
        "POST", withPath(localUrl(port), QStringLiteral("/crm/v3/objects/contacts")),
        jsonBytes(QJsonObject{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("email"), QStringLiteral("saved@example.com")}}}}),
        bearer(token));
    QCOMPARE(contact.status, 201);
    const QString id = contact.json().value(QStringLiteral("id")).toString();
    QVERIFY(stopSandbox(sandbox));

    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(saved.readAll()).object().contains(QStringLiteral("hubspot")));
    saved.close();

    port = startSandbox(sandbox, {QStringLiteral("--data"), file}, &error);
    QVERIFY2(port > 0, qPrintable(error));
    const HttpResult read = m_http->send(
        "GET", withPath(localUrl(port), QStringLiteral("/crm/v3/objects/contacts/") + id), {},
        bearer(token));
    QCOMPARE(read.status, 200);
    QVERIFY(stopSandbox(sandbox));
}

QTEST_GUILESS_MAIN(TestSandboxHubSpot)
#include "tst_sandboxhubspot.moc"
