// The sandbox's QuickBooks OAuth 2.0 server over real HTTP (qbo-api.md §1): the authorization
// code round trip, single-use codes, redirect URI and client checks, refresh token rotation with
// 24 h of grace, access token expiry on the injected clock, revocation, discovery, the consent
// page, and the 401 envelope of the API. Then PKCE (RFC 7636, S256) on the HubSpot half
// (hubspot.md §2.1 code_verifier): the challenge at authorization, through the consent page and
// a saved state, the verifier at the token endpoints; and QuickBooks, which has no PKCE,
// unchanged by it.
#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/sandboxserver.h"
#include "sandbox/sandboxhttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using bookflow::sandbox::SandboxServer;
using namespace sandboxtest;

namespace {

const QString UsRealm = QStringLiteral("9341453050981234");
const QString UkRealm = QStringLiteral("9341453050985678");

QByteArray tokenForm(const QList<QPair<QString, QString>> &items)
{
    return form(items);
}

// A code_verifier using every character RFC 7636 §4.1 allows besides letters and digits.
const QString Verifier = QStringLiteral("bookflow-test.verifier_0123456789~ABCDEFGHIJKLMNOPQRST");
const QString OtherVerifier =
    QStringLiteral("another-verifier_of.the~right-shape-0123456789abcdefghij");

// BASE64URL-ENCODE(SHA256(ASCII(verifier))) without padding, RFC 7636 §4.2, computed here
// independently of the sandbox.
QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QList<QPair<QString, QString>> pkce(const QString &challenge,
                                    const QString &method = QStringLiteral("S256"))
{
    return {{QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), method}};
}

QList<QPair<QString, QString>> autoApproved(QList<QPair<QString, QString>> items = {})
{
    items.append({QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")});
    return items;
}

// The hidden fields of a page's first form, HTML-unescaped: what a browser posts back.
QList<QPair<QString, QString>> hiddenFields(const QByteArray &html)
{
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    const auto unescape = [](QString text) {
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return text;
    };
    const QString text = QString::fromUtf8(html);
    const qsizetype formEnd = text.indexOf(QLatin1String("</form>"));
    QList<QPair<QString, QString>> fields;
    auto it = input.globalMatch(text.left(formEnd));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        fields.append({unescape(match.captured(1)), unescape(match.captured(2))});
    }
    return fields;
}

QString field(const QList<QPair<QString, QString>> &fields, const QString &name)
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void authorizationCodeRoundTrip();
    void autoApprovalCanPickTheCompany();
    void stateComesBackByteForByte();
    void codeIsSingleUse();
    void codeExpiresAfterTenMinutes();
    void wrongRedirectUriIsRefused();
    void authorizeValidatesClientAndRequest();
    void registeredClientsAndTheirRedirectUris();
    void badClientSecretIsInvalidClient();
    void clientSecretPostIsAccepted();
    void hardExpiryOnlyWhenAsked();
    void refreshRotatesAndThePreviousTokenHasADayOfGrace();
    void accessTokenExpiresAfterAnHour();
    void expireTokensAdminSwitch();
    void tokenOfOneCompanyIsRefusedByAnother();
    void revokeEndsTheConnection();
    void discoveryPointsAtTheSandbox();
    void consentPageWithoutAutoApprove();
    void autoApproveSetting();
    void openIdScopeGivesIdTokenAndUserInfo();

    // PKCE on HubSpot's half.
    void pkceTestVectorOfTheRfc();
    void hubSpotAuthorizationWithPkce();
    void wrongVerifierIsInvalidGrantAndLeavesTheCode();
    void missingOrMalformedVerifierIsRefused();
    void verifierWithoutChallengeIsIgnored();
    void authorizeRefusesPlainAndMalformedChallenges();
    void consentPageCarriesTheChallenge();
    void challengeSurvivesSaveAndLoad();
    void quickBooksIgnoresPkce();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
    QDateTime m_frozen;

    QUrl base() const { return m_server->baseUrl(); }
    QUrl tokenUrl() const { return withPath(base(), QStringLiteral("/oauth2/v1/tokens/bearer")); }
    HttpResult refresh(const QString &refreshToken)
    {
        return m_http->send(
            "POST", tokenUrl(),
            tokenForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), refreshToken}}),
            withBasic(FormHeaders));
    }
    // The code of an auto-approved HubSpot authorization, or empty (with a failed check).
    QString hubSpotCode(const QList<QPair<QString, QString>> &extra)
    {
        const HttpResult authorize =
            m_http->send("GET", hubSpotAuthorizeUrl(base(), autoApproved(extra)));
        if (authorize.status != 302)
            qWarning("authorize: %s", qPrintable(authorize.describe()));
        return item(locationQuery(authorize), QStringLiteral("code"));
    }
    // HubSpot's authorization_code grant; no code_verifier field when `verifier` is null.
    HttpResult hubSpotExchange(const QString &code, const QString &verifier,
                               const QString &path = QStringLiteral("/oauth/v1/token"),
                               const QUrl &at = {})
    {
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)},
            {QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId)},
            {QStringLiteral("client_secret"), QString::fromLatin1(HubSpotClientSecret)}};
        if (!verifier.isNull())
            fields.append({QStringLiteral("code_verifier"), verifier});
        return m_http->send("POST", withPath(at.isEmpty() ? base() : at, path), form(fields),
                            FormHeaders);
    }
    HttpResult companyInfo(const QString &accessToken, const QString &realmId = UsRealm)
    {
        return m_http->send("GET",
                            apiUrl(base(), realmId, QStringLiteral("companyinfo/") + realmId), {},
                            bearer(accessToken));
    }
};

void TestSandboxOAuth::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    // A frozen clock that only moves when a test moves it.
    m_frozen = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    m_server->setNow([this] { return m_frozen; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<Http>();
}

void TestSandboxOAuth::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxOAuth::authorizationCodeRoundTrip()
{
    const HttpResult authorize = m_http->send(
        "GET",
        authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}}));
    QCOMPARE(authorize.status, 302);
    QVERIFY(authorize.hasHeader("intuit_tid"));
    const QUrl location = QUrl::fromEncoded(authorize.header("Location"));
    QCOMPARE(location.toString(QUrl::RemoveQuery), QString::fromLatin1(RedirectUri));
    const QUrlQuery redirect(location);
    const QString code = item(redirect, QStringLiteral("code"));
    QVERIFY(code.startsWith(QLatin1String("AB11")));
    QCOMPARE(item(redirect, QStringLiteral("state")), QStringLiteral("st-1"));
    QCOMPARE(item(redirect, QStringLiteral("realmId")), UsRealm); // the first US company

    const HttpResult exchange = m_http->send(
        "POST", tokenUrl(),
        tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}}),
        withBasic(FormHeaders));
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
    QVERIFY(exchange.header("Content-Type").startsWith("application/json"));
    QVERIFY(exchange.hasHeader("intuit_tid"));
    const QJsonObject tokens = exchange.json();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(tokens.value(QStringLiteral("x_refresh_token_expires_in")).toInt(), 8726400);
    QVERIFY(!tokens.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QVERIFY(!tokens.contains(QStringLiteral("x_refresh_token_hard_expires_in")));
    QVERIFY(!tokens.contains(QStringLiteral("id_token"))); // no openid scope

    const HttpResult api = companyInfo(tokens.value(QStringLiteral("access_token")).toString());
    QVERIFY2(api.status == 200, qPrintable(api.describe()));
    QVERIFY(api.hasHeader("intuit_tid"));
    QCOMPARE(api.json()
                 .value(QStringLiteral("CompanyInfo"))
                 .toObject()
                 .value(QStringLiteral("Country"))
                 .toString(),
             QStringLiteral("US"));
}

void TestSandboxOAuth::autoApprovalCanPickTheCompany()
{
    Tokens tokens = connectQuickBooks(*m_http, base(), UkRealm);
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    QCOMPARE(tokens.realmId, UkRealm);
    QCOMPARE(companyInfo(tokens.accessToken, UkRealm).status, 200);

    const HttpResult unknown = m_http->send(
        "GET", authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")},
                                     {QStringLiteral("sandbox_realm"), QStringLiteral("123")}}));
    QCOMPARE(unknown.status, 400);
    QVERIFY(!unknown.hasHeader("Location"));
}

void TestSandboxOAuth::stateComesBackByteForByte()
{
    const QString state = QStringLiteral("a+b/c=d&e f%20é");
    const HttpResult authorize = m_http->send(
        "GET", authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")},
                                     {QStringLiteral("state"), state}}));
    QCOMPARE(authorize.status, 302);
    QCOMPARE(item(locationQuery(authorize), QStringLiteral("state")), state);
}

void TestSandboxOAuth::codeIsSingleUse()
{
    const HttpResult authorize = m_http->send(
        "GET",
        authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}}));
    const QString code = item(locationQuery(authorize), QStringLiteral("code"));
    const QByteArray body =
        tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}});
    QCOMPARE(m_http->send("POST", tokenUrl(), body, withBasic(FormHeaders)).status, 200);
    const HttpResult again = m_http->send("POST", tokenUrl(), body, withBasic(FormHeaders));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QVERIFY(again.hasHeader("intuit_tid"));
}

void TestSandboxOAuth::codeExpiresAfterTenMinutes()
{
    const HttpResult authorize = m_http->send(
        "GET",
        authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}}));
    const QString code = item(locationQuery(authorize), QStringLiteral("code"));
    m_frozen = m_frozen.addSecs(601);
    const HttpResult late = m_http->send(
        "POST", tokenUrl(),
        tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}}),
        withBasic(FormHeaders));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::wrongRedirectUriIsRefused()
{
    const HttpResult authorize = m_http->send(
        "GET",
        authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}}));
    const QString code = item(locationQuery(authorize), QStringLiteral("code"));
    const auto exchange = [&](const QString &redirectUri) {
        return m_http->send(
            "POST", tokenUrl(),
            tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("redirect_uri"), redirectUri}}),
            withBasic(FormHeaders));
    };
    const HttpResult wrong = exchange(QStringLiteral("http://127.0.0.1:9/other"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    // A mismatch does not use the code up.
    QCOMPARE(exchange(QString::fromLatin1(RedirectUri)).status, 200);
}

void TestSandboxOAuth::authorizeValidatesClientAndRequest()
{
    // Unknown client: an error page, never a redirect to an untrusted URI.
    const HttpResult unknown = m_http->send(
        "GET", authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}},
                            QStringLiteral("nobody")));
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.header("Content-Type").startsWith("text/html"));
    QVERIFY(!unknown.hasHeader("Location"));
    QVERIFY(unknown.body.contains("nobody"));

    // No redirect_uri: an error page.
    QUrl noRedirect =
        authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}});
    QUrlQuery query(noRedirect);
    query.removeAllQueryItems(QStringLiteral("redirect_uri"));
    noRedirect.setQuery(query);
    const HttpResult missing = m_http->send("GET", noRedirect);
    QCOMPARE(missing.status, 400);
    QVERIFY(!missing.hasHeader("Location"));

    // response_type other than code: the error goes back to the (trusted) redirect URI.
    const HttpResult implicit = m_http->send(
        "GET", authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")},
                                     {QStringLiteral("response_type"), QStringLiteral("token")}}));
    QCOMPARE(implicit.status, 302);
    const QUrlQuery redirect = locationQuery(implicit);
    QCOMPARE(item(redirect, QStringLiteral("error")), QStringLiteral("unsupported_response_type"));
    QCOMPARE(item(redirect, QStringLiteral("state")), QStringLiteral("st-1"));
    QVERIFY(!redirect.hasQueryItem(QStringLiteral("code")));
}

void TestSandboxOAuth::registeredClientsAndTheirRedirectUris()
{
    QJsonObject client;
    client.insert(QStringLiteral("client_id"), QStringLiteral("my-app"));
    client.insert(QStringLiteral("client_secret"), QStringLiteral("my-secret"));
    client.insert(QStringLiteral("redirect_uris"),
                  QJsonArray{QStringLiteral("http://localhost:8765/cb")});
    const HttpResult registered =
        m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/clients")),
                     QJsonDocument(client).toJson());
    QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
    QVERIFY(!registered.json().contains(QStringLiteral("client_secret")));

    const QList<QPair<QString, QString>> approve{
        {QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}};
    const HttpResult elsewhere =
        m_http->send("GET", authorizeUrl(base(), approve, QStringLiteral("my-app"),
                                         QString::fromLatin1(RedirectUri)));
    QCOMPARE(elsewhere.status, 400);
    QVERIFY(!elsewhere.hasHeader("Location"));

    const HttpResult ok =
        m_http->send("GET", authorizeUrl(base(), approve, QStringLiteral("my-app"),
                                         QStringLiteral("http://localhost:8765/cb")));
    QCOMPARE(ok.status, 302);
    const QString code = item(locationQuery(ok), QStringLiteral("code"));

    // The code belongs to my-app: the demo client cannot redeem it, my-app can.
    const QByteArray body =
        tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:8765/cb")}});
    QCOMPARE(m_http->send("POST", tokenUrl(), body, withBasic(FormHeaders)).status, 400);
    const HttpResult exchange =
        m_http->send("POST", tokenUrl(), body, withBasic(FormHeaders, "my-app", "my-secret"));
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));

    // The demo client and my-app; the HubSpot demo app is listed under its own provider.
    const HttpResult listed =
        m_http->send("GET", withPath(base(), QStringLiteral("/_sandbox/clients"),
                                     QUrlQuery(QStringLiteral("provider=quickbooks"))));
    QCOMPARE(listed.json().value(QStringLiteral("clients")).toArray().size(), 2);
    const HttpResult all =
        m_http->send("GET", withPath(base(), QStringLiteral("/_sandbox/clients")));
    QCOMPARE(all.json().value(QStringLiteral("clients")).toArray().size(), 3);
}

void TestSandboxOAuth::badClientSecretIsInvalidClient()
{
    const Tokens tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const HttpResult bad =
        m_http->send("POST", tokenUrl(),
                     tokenForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), tokens.refreshToken}}),
                     withBasic(FormHeaders, DemoClientId, "wrong-secret"));
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    QVERIFY(bad.hasHeader("intuit_tid"));
    // No Authorization header and no client_secret in the body either.
    const HttpResult none =
        m_http->send("POST", tokenUrl(),
                     tokenForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), tokens.refreshToken}}),
                     FormHeaders);
    QCOMPARE(none.status, 401);
    // The refresh token was not used up by the failed attempts.
    QCOMPARE(refresh(tokens.refreshToken).status, 200);
}

void TestSandboxOAuth::clientSecretPostIsAccepted()
{
    const HttpResult authorize = m_http->send(
        "GET",
        authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}}));
    const HttpResult exchange = m_http->send(
        "POST", tokenUrl(),
        tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), item(locationQuery(authorize), QStringLiteral("code"))},
                   {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)},
                   {QStringLiteral("client_id"), QString::fromLatin1(DemoClientId)},
                   {QStringLiteral("client_secret"), QString::fromLatin1(DemoClientSecret)}}),
        FormHeaders);
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
}

void TestSandboxOAuth::hardExpiryOnlyWhenAsked()
{
    const Tokens tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    Headers headers = withBasic(FormHeaders);
    headers.append(
        qMakePair(QByteArray("x-include-refresh-token-hard-expires-in"), QByteArray("true")));
    const HttpResult refreshed =
        m_http->send("POST", tokenUrl(),
                     tokenForm({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), tokens.refreshToken}}),
                     headers);
    QCOMPARE(refreshed.status, 200);
    // Five years from the connection, which happened at this frozen instant.
    QCOMPARE(refreshed.json().value(QStringLiteral("x_refresh_token_hard_expires_in")).toInteger(),
             qint64(5) * 365 * 86400);
}

void TestSandboxOAuth::refreshRotatesAndThePreviousTokenHasADayOfGrace()
{
    const Tokens tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const QString first = tokens.refreshToken;

    const HttpResult rotated = refresh(first);
    QVERIFY2(rotated.status == 200, qPrintable(rotated.describe()));
    const QString second = rotated.json().value(QStringLiteral("refresh_token")).toString();
    const QString newAccess = rotated.json().value(QStringLiteral("access_token")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QVERIFY(newAccess != tokens.accessToken);
    QCOMPARE(companyInfo(newAccess).status, 200);
    // The access token of before stays valid until it expires.
    QCOMPARE(companyInfo(tokens.accessToken).status, 200);

    // 23 h later the previous refresh token still works (and rotates again)…
    m_server->advanceClock(23 * 3600);
    const HttpResult grace = refresh(first);
    QVERIFY2(grace.status == 200, qPrintable(grace.describe()));
    const QString third = grace.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(third != first && third != second);

    // …but not once 24 h have passed since a newer one was handed out.
    const HttpResult moved =
        m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/time")),
                     QByteArrayLiteral("{\"advanceSeconds\": 3601}"));
    QCOMPARE(moved.status, 200);
    const HttpResult expired = refresh(first);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(expired.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Incorrect or invalid refresh token"));
    QVERIFY(expired.hasHeader("intuit_tid"));
    // The newest one works.
    QCOMPARE(refresh(third).status, 200);
}

void TestSandboxOAuth::accessTokenExpiresAfterAnHour()
{
    const Tokens tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    m_frozen = m_frozen.addSecs(3599);
    QCOMPARE(companyInfo(tokens.accessToken).status, 200);
    m_frozen = m_frozen.addSecs(1);

    const HttpResult expired = companyInfo(tokens.accessToken);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.header("WWW-Authenticate"),
             QByteArrayLiteral("Bearer realm=\"Intuit\", error=\"invalid_token\""));
    QVERIFY(expired.hasHeader("intuit_tid"));
    // The lower-case envelope of qbo-api.md §1, every key of it.
    const QJsonObject body = expired.json();
    const QStringList keys{QStringLiteral("attachableResponse"),
                           QStringLiteral("batchItemResponse"),
                           QStringLiteral("cdcresponse"),
                           QStringLiteral("fault"),
                           QStringLiteral("intuitObject"),
                           QStringLiteral("queryResponse"),
                           QStringLiteral("report"),
                           QStringLiteral("requestId"),
                           QStringLiteral("status"),
                           QStringLiteral("syncErrorResponse"),
                           QStringLiteral("time"),
                           QStringLiteral("warnings")};
    QCOMPARE(body.keys(), keys);
    QVERIFY(body.value(QStringLiteral("warnings")).isNull());
    QVERIFY(body.value(QStringLiteral("batchItemResponse")).isArray());
    QCOMPARE(body.value(QStringLiteral("time")).toInteger(), m_frozen.toMSecsSinceEpoch());
    const QJsonObject fault = body.value(QStringLiteral("fault")).toObject();
    QCOMPARE(fault.value(QStringLiteral("type")).toString(), QStringLiteral("AUTHENTICATION"));
    const QJsonObject error = fault.value(QStringLiteral("error")).toArray().at(0).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("3200"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("message=AuthenticationFailed; errorCode=003200; statusCode=401"));
    QVERIFY(error.value(QStringLiteral("detail"))
                .toString()
                .startsWith(QLatin1String("Token expired: ")));
    QVERIFY(error.value(QStringLiteral("element")).isNull());

    // A refresh gives a working token again.
    const HttpResult refreshed = refresh(tokens.refreshToken);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(companyInfo(refreshed.json().value(QStringLiteral("access_token")).toString()).status,
             200);

    // No token, or a made-up one: the same 401.
    const HttpResult none =
        m_http->send("GET", apiUrl(base(), UsRealm, QStringLiteral("companyinfo/") + UsRealm));
    QCOMPARE(none.status, 401);
    QCOMPARE(companyInfo(QStringLiteral("made-up")).status, 401);
}

void TestSandboxOAuth::expireTokensAdminSwitch()
{
    const Tokens tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    const HttpResult expire =
        m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/tokens/expire")));
    QCOMPARE(expire.status, 200);
    QCOMPARE(expire.json().value(QStringLiteral("expired")).toInt(), 1);
    const HttpResult api = companyInfo(tokens.accessToken);
    QCOMPARE(api.status, 401);
    QCOMPARE(refresh(tokens.refreshToken).status, 200); // refresh tokens are untouched
}

void TestSandboxOAuth::tokenOfOneCompanyIsRefusedByAnother()
{
    const Tokens tokens = connectQuickBooks(*m_http, base(), UsRealm);
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    for (const QString &realm : {UkRealm, QStringLiteral("1234")}) {
        const HttpResult other = companyInfo(tokens.accessToken, realm);
        QCOMPARE(other.status, 403);
        const QJsonObject error = other.json()
                                      .value(QStringLiteral("fault"))
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("3100"));
    }
}

void TestSandboxOAuth::revokeEndsTheConnection()
{
    const Tokens tokens = connectQuickBooks(*m_http, base());
    QVERIFY2(tokens.error.isEmpty(), qPrintable(tokens.error));
    QJsonObject body;
    body.insert(QStringLiteral("token"), tokens.refreshToken);
    const HttpResult revoked =
        m_http->send("POST", withPath(base(), QStringLiteral("/v2/oauth2/tokens/revoke")),
                     QJsonDocument(body).toJson(),
                     {{"Authorization", basicAuth(DemoClientId, DemoClientSecret)},
                      {"Content-Type", "application/json"},
                      {"Accept", "application/json"}});
    QVERIFY2(revoked.status == 200, qPrintable(revoked.describe()));
    QVERIFY(revoked.hasHeader("intuit_tid"));

    const HttpResult refreshed = refresh(tokens.refreshToken);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    const HttpResult api = companyInfo(tokens.accessToken);
    QCOMPARE(api.status, 401);

    // Revoking needs the client's credentials.
    const HttpResult anonymous =
        m_http->send("POST", withPath(base(), QStringLiteral("/v2/oauth2/tokens/revoke")),
                     QJsonDocument(body).toJson());
    QCOMPARE(anonymous.status, 401);
}

void TestSandboxOAuth::discoveryPointsAtTheSandbox()
{
    const QString root = base().toString();
    for (const QString &path : {QStringLiteral("/.well-known/openid_configuration"),
                                QStringLiteral("/.well-known/openid_sandbox_configuration"),
                                QStringLiteral("/.well-known/openid_sandbox_configuration/")}) {
        const HttpResult discovery = m_http->send("GET", withPath(base(), path));
        QVERIFY2(discovery.status == 200,
                 qPrintable(path + QLatin1Char(' ') + discovery.describe()));
        const QJsonObject document = discovery.json();
        QCOMPARE(document.value(QStringLiteral("authorization_endpoint")).toString(),
                 root + QStringLiteral("/connect/oauth2"));
        QCOMPARE(document.value(QStringLiteral("token_endpoint")).toString(),
                 root + QStringLiteral("/oauth2/v1/tokens/bearer"));
        QCOMPARE(document.value(QStringLiteral("revocation_endpoint")).toString(),
                 root + QStringLiteral("/v2/oauth2/tokens/revoke"));
        for (const QString &key : {QStringLiteral("issuer"), QStringLiteral("userinfo_endpoint"),
                                   QStringLiteral("jwks_uri")})
            QVERIFY(document.value(key).toString().startsWith(root + QLatin1Char('/')));
        const QJsonArray methods =
            document.value(QStringLiteral("token_endpoint_auth_methods_supported")).toArray();
        QVERIFY(methods.contains(QStringLiteral("client_secret_basic")));
        QVERIFY(methods.contains(QStringLiteral("client_secret_post")));
        QCOMPARE(document.value(QStringLiteral("response_types_supported")).toArray(),
                 QJsonArray{QStringLiteral("code")});
    }
    // The endpoints it names answer.
    const QJsonObject document =
        m_http->send("GET", withPath(base(), QStringLiteral("/.well-known/openid_configuration")))
            .json();
    const HttpResult jwks =
        m_http->send("GET", QUrl(document.value(QStringLiteral("jwks_uri")).toString()));
    QCOMPARE(jwks.status, 200);
}

void TestSandboxOAuth::consentPageWithoutAutoApprove()
{
    const HttpResult page = m_http->send("GET", authorizeUrl(base()));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(!page.hasHeader("Location"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QLatin1String("<form method=\"post\"")));
    QVERIFY(html.contains(QLatin1String("Connect")));
    for (const QString &realm : {UsRealm, UkRealm})
        QVERIFY2(html.contains(QStringLiteral("name=\"sandbox_realm\" value=\"%1\"").arg(realm)),
                 qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("name=\"redirect_uri\" value=\"%1\"")
                              .arg(QString::fromLatin1(RedirectUri))));

    // Pressing Connect on the UK company posts the form back.
    const QByteArray connect =
        form({{QStringLiteral("client_id"), QString::fromLatin1(DemoClientId)},
              {QStringLiteral("response_type"), QStringLiteral("code")},
              {QStringLiteral("scope"), QString::fromLatin1(AccountingScope)},
              {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)},
              {QStringLiteral("state"), QStringLiteral("st-1")},
              {QStringLiteral("sandbox_realm"), UkRealm}});
    const HttpResult approved =
        m_http->send("POST", withPath(base(), QStringLiteral("/connect/oauth2")), connect,
                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(approved.status, 302);
    QCOMPARE(item(locationQuery(approved), QStringLiteral("realmId")), UkRealm);
    QCOMPARE(item(locationQuery(approved), QStringLiteral("state")), QStringLiteral("st-1"));

    // Cancel.
    const QByteArray cancel =
        form({{QStringLiteral("client_id"), QString::fromLatin1(DemoClientId)},
              {QStringLiteral("response_type"), QStringLiteral("code")},
              {QStringLiteral("scope"), QString::fromLatin1(AccountingScope)},
              {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)},
              {QStringLiteral("state"), QStringLiteral("st-1")},
              {QStringLiteral("sandbox_deny"), QStringLiteral("1")}});
    const HttpResult denied =
        m_http->send("POST", withPath(base(), QStringLiteral("/connect/oauth2")), cancel,
                     {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(denied.status, 302);
    QCOMPARE(item(locationQuery(denied), QStringLiteral("error")), QStringLiteral("access_denied"));
}

void TestSandboxOAuth::autoApproveSetting()
{
    QCOMPARE(m_http->send("GET", authorizeUrl(base())).status, 200);
    const HttpResult set =
        m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/settings")),
                     QByteArrayLiteral("{\"autoApprove\": true}"));
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("autoApprove")).toBool(), true);
    const HttpResult approved = m_http->send("GET", authorizeUrl(base()));
    QCOMPARE(approved.status, 302);
    QCOMPARE(item(locationQuery(approved), QStringLiteral("realmId")), UsRealm);
    // Settings survive a reset (they are configuration, not state).
    QCOMPARE(m_http->send("POST", withPath(base(), QStringLiteral("/_sandbox/reset"))).status, 200);
    QVERIFY(m_server->settings().autoApprove);
}

void TestSandboxOAuth::openIdScopeGivesIdTokenAndUserInfo()
{
    const QString scope = QStringLiteral("com.intuit.quickbooks.accounting openid email");
    const HttpResult authorize = m_http->send(
        "GET", authorizeUrl(base(), {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")},
                                     {QStringLiteral("scope"), scope}}));
    QCOMPARE(authorize.status, 302);
    const HttpResult exchange = m_http->send(
        "POST", tokenUrl(),
        tokenForm({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), item(locationQuery(authorize), QStringLiteral("code"))},
                   {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}}),
        withBasic(FormHeaders));
    QCOMPARE(exchange.status, 200);
    const QList<QByteArray> parts =
        exchange.json().value(QStringLiteral("id_token")).toString().toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(claims.value(QStringLiteral("realmid")).toString(), UsRealm);
    QCOMPARE(claims.value(QStringLiteral("aud")).toArray().at(0).toString(),
             QString::fromLatin1(DemoClientId));

    const HttpResult info =
        m_http->send("GET", withPath(base(), QStringLiteral("/v1/openid_connect/userinfo")), {},
                     bearer(exchange.json().value(QStringLiteral("access_token")).toString()));
    QCOMPARE(info.status, 200);
    QVERIFY(!info.json().value(QStringLiteral("email")).toString().isEmpty());
}

void TestSandboxOAuth::pkceTestVectorOfTheRfc()
{
    // RFC 7636 Appendix B, so the helper the other tests trust is itself checked.
    QCOMPARE(s256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QVERIFY(Verifier.size() >= 43 && Verifier.size() <= 128);
    QVERIFY(OtherVerifier.size() >= 43 && OtherVerifier.size() <= 128);
    // And the appendix's pair works at the sandbox.
    const QString code =
        hubSpotCode(pkce(QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")));
    QVERIFY(!code.isEmpty());
    const HttpResult exchange =
        hubSpotExchange(code, QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
}

void TestSandboxOAuth::hubSpotAuthorizationWithPkce()
{
    const HttpResult authorize =
        m_http->send("GET", hubSpotAuthorizeUrl(base(), autoApproved(pkce(s256(Verifier)))));
    QCOMPARE(authorize.status, 302);
    const QUrlQuery redirect = locationQuery(authorize);
    QVERIFY(!redirect.hasQueryItem(QStringLiteral("error")));
    QCOMPARE(item(redirect, QStringLiteral("state")), QStringLiteral("hs-1"));
    const QString code = item(redirect, QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    // The v3 endpoint reads code_verifier as v1 does.
    const HttpResult exchange = hubSpotExchange(code, Verifier, QStringLiteral("/oauth/v3/token"));
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
    const QJsonObject tokens = exchange.json();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(tokens.value(QStringLiteral("hub_id")).toInteger(), m_server->hubSpot().hubId());
    const QString access = tokens.value(QStringLiteral("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    // The token is a working one.
    const HttpResult info =
        m_http->send("GET", withPath(base(), QStringLiteral("/oauth/v1/access-tokens/") + access));
    QCOMPARE(info.status, 200);

    // Still single use.
    const HttpResult again = hubSpotExchange(code, Verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("BAD_AUTH_CODE"));
}

void TestSandboxOAuth::wrongVerifierIsInvalidGrantAndLeavesTheCode()
{
    const QString code = hubSpotCode(pkce(s256(Verifier)));
    QVERIFY(!code.isEmpty());

    const HttpResult wrong = hubSpotExchange(code, OtherVerifier);
    QCOMPARE(wrong.status, 400);
    const QJsonObject body = wrong.json();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("BAD_AUTH_CODE"));
    QCOMPARE(body.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("code_verifier does not match the code_challenge"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(),
             QStringLiteral("code_verifier does not match the code_challenge"));
    // The challenge itself is not the verifier.
    QCOMPARE(hubSpotExchange(code, s256(Verifier)).status, 400);

    // As with a wrong redirect_uri, a failed check does not use the code up: whoever
    // intercepted it cannot spoil the real client's exchange.
    const HttpResult right = hubSpotExchange(code, Verifier);
    QVERIFY2(right.status == 200, qPrintable(right.describe()));
}

void TestSandboxOAuth::missingOrMalformedVerifierIsRefused()
{
    const QString code = hubSpotCode(pkce(s256(Verifier)));
    QVERIFY(!code.isEmpty());

    for (const QString &missing : {QString(), QStringLiteral("")}) {
        const HttpResult result = hubSpotExchange(code, missing);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(result.json().value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("code_verifier is missing"));
    }

    // Outside RFC 7636 §4.1: too short, too long, a character outside the unreserved set.
    const QStringList malformed{Verifier.left(42), Verifier.repeated(3).left(129),
                                Verifier.left(42) + QLatin1Char('+'),
                                Verifier.left(42) + QLatin1Char('=')};
    for (const QString &verifier : malformed) {
        const HttpResult result = hubSpotExchange(code, verifier);
        QVERIFY2(result.status == 400, qPrintable(verifier));
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QVERIFY2(result.json()
                     .value(QStringLiteral("error_description"))
                     .toString()
                     .startsWith(QLatin1String("code_verifier must be 43 to 128 characters")),
                 qPrintable(result.describe()));
    }
    // The longest allowed verifier is accepted (the shortest, 43 characters, is the RFC's own
    // example in pkceTestVectorOfTheRfc), and the refusals above left the first code usable.
    const QString longest = Verifier.repeated(3).left(128);
    const QString second = hubSpotCode(pkce(s256(longest)));
    QCOMPARE(hubSpotExchange(second, longest).status, 200);
    QCOMPARE(hubSpotExchange(code, Verifier).status, 200);
}

void TestSandboxOAuth::verifierWithoutChallengeIsIgnored()
{
    // A code issued without a challenge: a verifier, even a malformed one, changes nothing.
    const QString code = hubSpotCode({});
    QVERIFY(!code.isEmpty());
    const HttpResult exchange = hubSpotExchange(code, QStringLiteral("short"));
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
}

void TestSandboxOAuth::authorizeRefusesPlainAndMalformedChallenges()
{
    const QString challenge = s256(Verifier);
    struct Case
    {
        QList<QPair<QString, QString>> params;
        QString describes; // a word the error_description must contain
    };
    const QList<Case> cases{
        {pkce(Verifier, QStringLiteral("plain")), QStringLiteral("S256")},
        {pkce(challenge, QStringLiteral("plain")), QStringLiteral("S256")},
        {pkce(challenge, QStringLiteral("s256")), QStringLiteral("S256")},
        {{{QStringLiteral("code_challenge"), challenge}}, QStringLiteral("S256")}, // plain default
        {{{QStringLiteral("code_challenge_method"), QStringLiteral("S256")}},
         QStringLiteral("code_challenge")},
        {pkce(challenge.left(42)), QStringLiteral("43")},
        {pkce(challenge + QLatin1Char('=')), QStringLiteral("43")},
        {pkce(challenge.left(42) + QLatin1Char('+')), QStringLiteral("43")},
        {pkce(Verifier), QStringLiteral("43")}, // a verifier is not a challenge
    };
    for (const Case &test : cases) {
        // Refused before anything is shown: with or without auto-approval.
        for (const bool approve : {true, false}) {
            const auto params = approve ? autoApproved(test.params) : test.params;
            const HttpResult result = m_http->send("GET", hubSpotAuthorizeUrl(base(), params));
            QVERIFY2(result.status == 302, qPrintable(result.describe()));
            const QUrl location = QUrl::fromEncoded(result.header("Location"));
            QCOMPARE(location.toString(QUrl::RemoveQuery), QString::fromLatin1(RedirectUri));
            const QUrlQuery redirect(location);
            QCOMPARE(item(redirect, QStringLiteral("error")), QStringLiteral("invalid_request"));
            QVERIFY2(item(redirect, QStringLiteral("error_description")).contains(test.describes),
                     qPrintable(item(redirect, QStringLiteral("error_description"))));
            QCOMPARE(item(redirect, QStringLiteral("state")), QStringLiteral("hs-1"));
            QVERIFY(!redirect.hasQueryItem(QStringLiteral("code")));
        }
    }
    // The consent page's POST is checked the same way.
    const HttpResult posted =
        m_http->send("POST", withPath(base(), QStringLiteral("/oauth/authorize")),
                     form({{QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId)},
                           {QStringLiteral("scope"), QString::fromLatin1(HubSpotScopes)},
                           {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)},
                           {QStringLiteral("code_challenge"), challenge},
                           {QStringLiteral("code_challenge_method"), QStringLiteral("plain")},
                           {QStringLiteral("sandbox_approve"), QStringLiteral("1")}}),
                     FormHeaders);
    QCOMPARE(posted.status, 302);
    QCOMPARE(item(locationQuery(posted), QStringLiteral("error")),
             QStringLiteral("invalid_request"));
    QVERIFY(!locationQuery(posted).hasQueryItem(QStringLiteral("code")));

    // An untrusted redirect URI still gets the error page, never a redirect.
    const HttpResult untrusted = m_http->send(
        "GET", hubSpotAuthorizeUrl(
                   base(), {{QStringLiteral("client_id"), QStringLiteral("x")},
                            {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}));
    QCOMPARE(untrusted.status, 400);
    QVERIFY(!untrusted.hasHeader("Location"));
}

void TestSandboxOAuth::consentPageCarriesTheChallenge()
{
    const QString challenge = s256(Verifier);
    const HttpResult page = m_http->send("GET", hubSpotAuthorizeUrl(base(), pkce(challenge)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QList<QPair<QString, QString>> hidden = hiddenFields(page.body);
    QCOMPARE(field(hidden, QStringLiteral("code_challenge")), challenge);
    QCOMPARE(field(hidden, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(field(hidden, QStringLiteral("client_id")), QString::fromLatin1(HubSpotClientId));

    // Pressing Connect posts exactly the page's fields back, as a browser would.
    auto approve = hidden;
    approve.append({QStringLiteral("sandbox_approve"), QStringLiteral("1")});
    const HttpResult approved = m_http->send(
        "POST", withPath(base(), QStringLiteral("/oauth/authorize")), form(approve), FormHeaders);
    QCOMPARE(approved.status, 302);
    const QString code = item(locationQuery(approved), QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(item(locationQuery(approved), QStringLiteral("state")), QStringLiteral("hs-1"));

    // The code is bound to the challenge: without its verifier it is refused.
    QCOMPARE(hubSpotExchange(code, QString()).status, 400);
    QCOMPARE(hubSpotExchange(code, OtherVerifier).status, 400);
    const HttpResult exchange = hubSpotExchange(code, Verifier);
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));

    // A page without PKCE has no such fields.
    const HttpResult plainPage = m_http->send("GET", hubSpotAuthorizeUrl(base()));
    QCOMPARE(plainPage.status, 200);
    QVERIFY(!plainPage.body.contains("code_challenge"));
}

void TestSandboxOAuth::challengeSurvivesSaveAndLoad()
{
    const QString code = hubSpotCode(pkce(s256(Verifier)));
    QVERIFY(!code.isEmpty());
    const QString plainCode = hubSpotCode({});
    QVERIFY(!plainCode.isEmpty());

    // Through bytes, as --data FILE keeps it.
    const QByteArray file = QJsonDocument(m_server->saveState()).toJson();
    SandboxServer other;
    other.setNow([this] { return m_frozen; });
    QString error;
    QVERIFY2(other.loadState(QJsonDocument::fromJson(file).object(), &error), qPrintable(error));
    QVERIFY(other.listen());

    QCOMPARE(hubSpotExchange(code, QString(), QStringLiteral("/oauth/v1/token"), other.baseUrl())
                 .json()
                 .value(QStringLiteral("error_description"))
                 .toString(),
             QStringLiteral("code_verifier is missing"));
    QCOMPARE(
        hubSpotExchange(code, OtherVerifier, QStringLiteral("/oauth/v1/token"), other.baseUrl())
            .status,
        400);
    const HttpResult exchange =
        hubSpotExchange(code, Verifier, QStringLiteral("/oauth/v1/token"), other.baseUrl());
    QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
    // A code issued without a challenge still needs none after the round trip.
    QCOMPARE(
        hubSpotExchange(plainCode, QString(), QStringLiteral("/oauth/v1/token"), other.baseUrl())
            .status,
        200);
}

void TestSandboxOAuth::quickBooksIgnoresPkce()
{
    // Intuit documents no PKCE: the parameters are ignored, even a method HubSpot refuses, and
    // the code needs no verifier (one sent is ignored too).
    const QList<QPair<QString, QString>> extra{
        {QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")},
        {QStringLiteral("code_challenge"), QStringLiteral("not-a-challenge")},
        {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}};
    for (const QString &verifier : {QString(), OtherVerifier}) {
        const HttpResult authorize = m_http->send("GET", authorizeUrl(base(), extra));
        QCOMPARE(authorize.status, 302);
        const QUrlQuery redirect = locationQuery(authorize);
        QVERIFY(!redirect.hasQueryItem(QStringLiteral("error")));
        QCOMPARE(item(redirect, QStringLiteral("realmId")), UsRealm);
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), item(redirect, QStringLiteral("code"))},
            {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}};
        if (!verifier.isNull())
            fields.append({QStringLiteral("code_verifier"), verifier});
        const HttpResult exchange =
            m_http->send("POST", tokenUrl(), tokenForm(fields), withBasic(FormHeaders));
        QVERIFY2(exchange.status == 200, qPrintable(exchange.describe()));
    }
    // The consent page neither carries them nor minds them.
    const HttpResult page = m_http->send(
        "GET",
        authorizeUrl(base(), {{QStringLiteral("code_challenge"), s256(Verifier)},
                              {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("code_challenge"));
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
