#include "app/sandbox/oauth/hubspotoauthserver.h"

#include "app/sandbox/hubspotwire.h"
#include "app/sandbox/oauth/oauthpages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace bookflow::sandbox {

using namespace oauthpages;

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json;charset=utf-8");

// The sandbox's fictional user, shown in token metadata (oauth-v1-access-token-metadata).
const char *const DemoUser = "demo.user@example.com";
constexpr qint64 DemoUserId = 4100001;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SandboxReply json(int status, const QJsonObject &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = JsonType;
    reply.body = compact(body);
    return reply;
}

// HubSpot's token endpoint errors carry the RFC 6749 pair and its own legacy pair
// (fixture oauth-error-invalid-grant.json): {"error","error_description","status","message"}.
// HubSpot answers them with 400 whatever the cause (hubspot.md §5).
SandboxReply tokenError(const QString &error, const QString &status, const QString &message)
{
    QJsonObject body;
    body.insert(QStringLiteral("error"), error);
    body.insert(QStringLiteral("error_description"), message);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("message"), message);
    SandboxReply reply = json(400, body);
    reply.headers.append(
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store")});
    return reply;
}

// Space-separated, also '+' (some clients encode the space so) and commas.
QStringList splitScopes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[ +,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString bearerToken(const SandboxRequest &request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    return header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0
               ? QString::fromUtf8(header.mid(7).trimmed())
               : QString();
}

} // namespace

OAuthClient HubSpotOAuthServer::demoClient()
{
    OAuthClient client;
    client.id = QString::fromLatin1(DemoClientId);
    client.secret = QString::fromLatin1(DemoClientSecret);
    return client;
}

OAuthPolicy HubSpotOAuthServer::policy(qint64 accessTokenLifetime)
{
    OAuthPolicy policy;
    policy.codeLifetime = 600;
    policy.accessTokenLifetime = accessTokenLifetime;
    // "long-lived (until uninstall; DELETE /oauth/v1/refresh-tokens/{token} deletes it)" and
    // never rotated: a refresh hands back the same refresh token (hubspot.md §2.1).
    policy.refreshTokenLifetime = 0;
    policy.refreshTokenHardLifetime = 0;
    policy.rotateRefreshTokens = false;
    policy.previousRefreshTokenGrace = 0;
    // Shapes like the real ones: v3-style "na1-…" refresh tokens and codes, access tokens that
    // start "C" and are long (clients must allow 512 characters).
    policy.codePrefix = QStringLiteral("na1-");
    policy.refreshTokenPrefix = QStringLiteral("na1-");
    policy.accessTokenPrefix = QStringLiteral("CJ");
    return policy;
}

QStringList HubSpotOAuthServer::allScopes()
{
    QStringList scopes{QStringLiteral("oauth"), QStringLiteral("e-commerce"),
                       QStringLiteral("tax_rates.read"), QStringLiteral("automation")};
    for (const char *stem : {"contacts", "companies", "deals", "tickets", "products", "line_items",
                             "quotes", "invoices", "commercepayments"}) {
        scopes.append(QStringLiteral("crm.objects.%1.read").arg(QLatin1String(stem)));
        scopes.append(QStringLiteral("crm.objects.%1.write").arg(QLatin1String(stem)));
        scopes.append(QStringLiteral("crm.schemas.%1.read").arg(QLatin1String(stem)));
        scopes.append(QStringLiteral("crm.schemas.%1.write").arg(QLatin1String(stem)));
    }
    return scopes;
}

qint64 HubSpotOAuthServer::appIdFor(const QString &clientId)
{
    // FNV-1a: the same number in every run (qHash is seeded per process).
    quint32 hash = 2166136261u;
    for (const char byte : clientId.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return 1000000 + qint64(hash % 9000000u);
}

HubSpotOAuthServer::HubSpotOAuthServer(TokenRegistry &registry, PortalSource portal, Clock clock)
    : m_registry(registry), m_portal(std::move(portal)), m_clock(std::move(clock))
{
}

QString HubSpotOAuthServer::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    return url.toString();
}

QString HubSpotOAuthServer::hubDomain() const
{
    return QStringLiteral("bookflow-sandbox-%1.example.com").arg(m_portal().hubId);
}

SandboxReply HubSpotOAuthServer::authorize(const SandboxRequest &request)
{
    // The parameters come in the query (GET, the app's install URL) or in the form the consent
    // page posts back (POST).
    QUrlQuery params = request.query;
    const bool posted = request.method == "POST";
    if (posted) {
        const QUrlQuery form = request.form();
        for (const auto &item : form.queryItems(QUrl::FullyEncoded)) {
            params.removeAllQueryItems(item.first);
            params.addQueryItem(item.first, item.second);
        }
    } else if (request.method != "GET") {
        return errorPage(QStringLiteral("The authorization page takes GET (or the page's POST)."));
    }
    const auto param = [&params](const char *key) {
        return SandboxRequest::value(params, QString::fromLatin1(key));
    };
    const QString clientId = param("client_id");
    const QString redirectUri = param("redirect_uri");

    const OAuthClient *client = m_registry.client(clientId);
    if (const auto problem = oauthpages::untrustedAuthorizeRequest(
            client, clientId, redirectUri,
            QStringLiteral("Use the demo app \"%1\" or register one with POST /_sandbox/clients "
                           "{\"provider\": \"hubspot\", …}.")
                .arg(QString::fromLatin1(DemoClientId))))
        return errorPage(*problem);
    // HubSpot shows its own page for a missing scope rather than redirecting (the install URL
    // is the developer's mistake, not the user's choice).
    QStringList scopes = splitScopes(param("scope"));
    if (scopes.isEmpty())
        return errorPage(QStringLiteral("The install URL has no scope; HubSpot apps must ask for "
                                        "at least one (e.g. oauth)."));
    // Optional scopes are granted when the account has them, and the sandbox's has all.
    for (const QString &scope : splitScopes(param("optional_scope"))) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }

    const bool hasState = params.hasQueryItem(QStringLiteral("state"));
    const QString state = param("state");
    // From here on the redirect URI is trusted, so errors go back to the app (§4.1.2.1).
    const auto redirectError = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> parameters{
            {QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
        if (hasState)
            parameters.append({QStringLiteral("state"), state});
        return redirect(redirectLocation(redirectUri, parameters));
    };

    // PKCE (RFC 7636), checked before the consent page is shown: a request the app can't
    // complete should not ask the user anything. S256 only; plain (also the default when the
    // method is left out, §4.3) protects nothing once the authorize URL is seen.
    const QString challenge = param("code_challenge");
    const QString challengeMethod = param("code_challenge_method");
    if (!challenge.isEmpty() || !challengeMethod.isEmpty()) {
        if (challenge.isEmpty())
            return redirectError(QStringLiteral("invalid_request"),
                                 QStringLiteral("code_challenge_method was sent without a "
                                                "code_challenge"));
        if (challengeMethod != QLatin1String("S256"))
            return redirectError(
                QStringLiteral("invalid_request"),
                challengeMethod.isEmpty()
                    ? QStringLiteral("code_challenge_method is missing; it must be S256")
                    : QStringLiteral("code_challenge_method \"%1\" is not supported; it must be "
                                     "S256")
                          .arg(challengeMethod));
        if (!TokenRegistry::isValidS256Challenge(challenge))
            return redirectError(QStringLiteral("invalid_request"),
                                 QStringLiteral("code_challenge must be 43 base64url characters "
                                                "(the SHA-256 of the code_verifier, RFC 7636 "
                                                "§4.2)"));
    }

    if (posted && isTrue(param("sandbox_deny")))
        return redirectError(QStringLiteral("access_denied"),
                             QStringLiteral("The user did not connect the app"));
    const bool approved = m_autoApprove || isTrue(param("sandbox_auto_approve")) ||
                          (posted && isTrue(param("sandbox_approve")));
    if (!approved)
        return consentPage(params, *client, scopes);

    const QString code =
        m_registry.issueCode(client->id, redirectUri, QString::number(m_portal().hubId),
                             scopes.join(QLatin1Char(' ')), challenge, challengeMethod);
    QList<QPair<QString, QString>> parameters{{QStringLiteral("code"), code}};
    if (hasState)
        parameters.append({QStringLiteral("state"), state});
    return redirect(redirectLocation(redirectUri, parameters));
}

SandboxReply HubSpotOAuthServer::consentPage(const QUrlQuery &params, const OAuthClient &client,
                                             const QStringList &scopes) const
{
    // Every original parameter travels back in hidden fields, so the POST is a complete request.
    QString hidden;
    for (const char *key : {"client_id", "scope", "optional_scope", "redirect_uri", "state",
                            "code_challenge", "code_challenge_method"}) {
        const QString name = QString::fromLatin1(key);
        if (!params.hasQueryItem(name))
            continue;
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(name, SandboxRequest::value(params, name).toHtmlEscaped());
    }
    const QString action = endpoint(QStringLiteral("/oauth/authorize")).toHtmlEscaped();
    QString scopeItems;
    for (const QString &scope : scopes)
        scopeItems += QStringLiteral("<li><code>%1</code></li>").arg(scope.toHtmlEscaped());
    const HubSpotPortal portal = m_portal();
    const QString content =
        QStringLiteral(
            "<h1>Connect an app to HubSpot</h1>\n"
            "<p><strong>%1</strong> wants access to the HubSpot account <strong>%2</strong> "
            "<span class=\"country\">(hub id %3)</span>:</p>\n<ul id=\"scopes\">%4</ul>\n"
            "<form method=\"post\" action=\"%5\">%6"
            "<button type=\"submit\" name=\"sandbox_approve\" value=\"1\">Connect app</button> "
            "<button type=\"submit\" name=\"sandbox_deny\" value=\"1\">Cancel</button></form>\n"
            "<p class=\"note\">Bookflow sandbox: a local stand-in for HubSpot's install page. "
            "No real account is involved.</p>")
            .arg(client.id.toHtmlEscaped(), portal.name.toHtmlEscaped())
            .arg(portal.hubId)
            .arg(scopeItems, action, hidden);
    SandboxReply reply;
    reply.status = 200;
    reply.contentType = HtmlType;
    reply.body = htmlDocument(QStringLiteral("Connect to HubSpot"), content).toUtf8();
    return reply;
}

SandboxReply HubSpotOAuthServer::token(const SandboxRequest &request)
{
    if (request.method != "POST") {
        SandboxReply reply = hubspotwire::errorReply(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                                     QStringLiteral("The token endpoint takes "
                                                                    "POST"));
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return reply;
    }
    const QByteArray type = request.mediaType();
    if (!type.isEmpty() && type != "application/x-www-form-urlencoded")
        return tokenError(QStringLiteral("invalid_request"), QStringLiteral("BAD_REQUEST"),
                          QStringLiteral("The body must be application/x-www-form-urlencoded"));
    const QUrlQuery form = request.form();
    const auto field = [&form](const char *key) {
        return SandboxRequest::value(form, QString::fromLatin1(key));
    };
    const QString grantType = field("grant_type");
    if (grantType != QLatin1String("authorization_code") &&
        grantType != QLatin1String("refresh_token"))
        return tokenError(
            QStringLiteral("unsupported_grant_type"), QStringLiteral("BAD_GRANT_TYPE"),
            grantType.isEmpty() ? QStringLiteral("missing grant_type")
                                : QStringLiteral("unsupported grant_type \"%1\"").arg(grantType));
    // The client's credentials travel in the form (HubSpot's v1 and v3 token endpoints).
    const QString clientId = field("client_id");
    if (clientId.isEmpty() || !m_registry.client(clientId))
        return tokenError(QStringLiteral("invalid_client"), QStringLiteral("BAD_CLIENT_ID"),
                          QStringLiteral("missing or unknown client id"));
    if (!m_registry.authenticateClient(clientId, field("client_secret")))
        return tokenError(QStringLiteral("invalid_client"), QStringLiteral("BAD_CLIENT_SECRET"),
                          QStringLiteral("missing or invalid client secret"));

    TokenGrantResult result;
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = field("code");
        if (code.isEmpty())
            return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("BAD_AUTH_CODE"),
                              QStringLiteral("missing or unknown auth code"));
        if (!form.hasQueryItem(QStringLiteral("redirect_uri")))
            return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("BAD_REDIRECT_URI"),
                              QStringLiteral("missing redirect_uri"));
        // PKCE (RFC 7636 §4.5): the verifier of a code issued with a code_challenge.
        result =
            m_registry.exchangeCode(clientId, code, field("redirect_uri"), field("code_verifier"));
    } else {
        const QString refreshToken = field("refresh_token");
        if (refreshToken.isEmpty()) {
            result.failure = TokenGrantResult::Failure::BadRefreshToken;
            result.error = QStringLiteral("invalid_grant");
        } else {
            result = m_registry.refresh(clientId, refreshToken);
        }
        // A token that was issued for another hub (the portal was replaced) is as good as gone.
        if (result.ok() && result.account != QString::number(m_portal().hubId))
            result.failure = TokenGrantResult::Failure::BadRefreshToken;
    }
    switch (result.failure) {
    case TokenGrantResult::Failure::None:
        return tokenResponse(result);
    case TokenGrantResult::Failure::BadCode:
        // The code is fine but the PKCE check failed: say which, so the app's developer need
        // not guess. HubSpot documents no wording for it.
        if (result.codeVerifierRefused)
            return tokenError(result.error, QStringLiteral("BAD_AUTH_CODE"),
                              result.errorDescription);
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("BAD_AUTH_CODE"),
                          QStringLiteral("missing or unknown auth code"));
    case TokenGrantResult::Failure::BadRedirectUri:
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("BAD_REDIRECT_URI"),
                          QStringLiteral("redirect_uri does not match the redirect_uri of the "
                                         "authorization request"));
    case TokenGrantResult::Failure::BadRefreshToken:
        break;
    }
    return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("BAD_REFRESH_TOKEN"),
                      QStringLiteral("refresh token is invalid, expired or revoked"));
}

SandboxReply HubSpotOAuthServer::tokenResponse(const TokenGrantResult &result) const
{
    // AccessTokenResponse (hubspot.md §2.1, fixtures oauth-v1/v3-token-response.json).
    QJsonObject body;
    body.insert(QStringLiteral("token_type"), QStringLiteral("bearer"));
    body.insert(QStringLiteral("refresh_token"), result.refreshToken);
    body.insert(QStringLiteral("access_token"), result.accessToken);
    body.insert(QStringLiteral("expires_in"), result.expiresIn);
    body.insert(QStringLiteral("hub_id"), result.account.toLongLong());
    body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(splitScopes(result.scope)));
    body.insert(QStringLiteral("token_use"), QStringLiteral("access_token"));
    SandboxReply reply = json(200, body);
    reply.headers.append(
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store")});
    return reply;
}

SandboxReply HubSpotOAuthServer::accessTokenInfo(const SandboxRequest &request,
                                                 const QString &token) const
{
    if (request.method != "GET")
        return hubspotwire::errorReply(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                       QStringLiteral("Access token metadata takes GET"));
    const AccessTokenCheck check = m_registry.checkAccessToken(token);
    const HubSpotPortal portal = m_portal();
    if (check.state != AccessTokenCheck::State::Valid ||
        check.account != QString::number(portal.hubId))
        // Not documented; an expired or unknown token has no metadata to give.
        return hubspotwire::errorReply(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                       QStringLiteral("The access token is expired or invalid"));
    // oauth-v1-access-token-metadata.json without signed_access_token (a signature the
    // sandbox cannot make mean anything).
    QJsonObject body;
    body.insert(QStringLiteral("token"), token);
    body.insert(QStringLiteral("user"), QString::fromLatin1(DemoUser));
    body.insert(QStringLiteral("hub_domain"), hubDomain());
    body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(splitScopes(check.scope)));
    body.insert(QStringLiteral("hub_id"), portal.hubId);
    body.insert(QStringLiteral("app_id"), appIdFor(check.clientId));
    body.insert(QStringLiteral("expires_in"), qMax<qint64>(0, m_clock().secsTo(check.expires)));
    body.insert(QStringLiteral("user_id"), DemoUserId);
    body.insert(QStringLiteral("token_type"), QStringLiteral("access"));
    return json(200, body);
}

SandboxReply HubSpotOAuthServer::refreshTokenInfo(const SandboxRequest &request,
                                                  const QString &token)
{
    const RefreshTokenInfo info = m_registry.refreshTokenInfo(token);
    const bool known = info.valid && info.account == QString::number(m_portal().hubId);
    if (request.method == "DELETE") {
        if (!known || !m_registry.deleteRefreshToken(token))
            return hubspotwire::errorReply(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                           QStringLiteral("refresh token not found"));
        SandboxReply reply;
        reply.status = 204;
        reply.contentType.clear();
        return reply;
    }
    if (request.method != "GET") {
        SandboxReply reply =
            hubspotwire::errorReply(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                    QStringLiteral("Refresh token metadata takes GET or DELETE"));
        reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, DELETE")});
        return reply;
    }
    if (!known)
        return hubspotwire::errorReply(404, QStringLiteral("OBJECT_NOT_FOUND"),
                                       QStringLiteral("refresh token not found"));
    QJsonObject body;
    body.insert(QStringLiteral("token"), token);
    body.insert(QStringLiteral("user"), QString::fromLatin1(DemoUser));
    body.insert(QStringLiteral("hub_domain"), hubDomain());
    body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(splitScopes(info.scope)));
    body.insert(QStringLiteral("hub_id"), m_portal().hubId);
    body.insert(QStringLiteral("client_id"), info.clientId);
    body.insert(QStringLiteral("user_id"), DemoUserId);
    body.insert(QStringLiteral("token_type"), QStringLiteral("refresh"));
    return json(200, body);
}

SandboxReply HubSpotOAuthServer::privateAppTokenInfo(const SandboxRequest &request) const
{
    // POST /oauth/v2/private-apps/get/access-token-info {"tokenKey": "pat-…"}.
    if (request.method != "POST")
        return hubspotwire::errorReply(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                       QStringLiteral("This endpoint takes POST"));
    QString token =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("tokenKey")).toString();
    if (token.isEmpty())
        token = bearerToken(request);
    const auto it = m_privateApps.constFind(token);
    if (it == m_privateApps.constEnd())
        return hubspotwire::authenticationMissing();
    QJsonObject body;
    body.insert(QStringLiteral("userId"), DemoUserId);
    body.insert(QStringLiteral("hubId"), m_portal().hubId);
    body.insert(QStringLiteral("appId"), it->appId);
    body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(it->scopes));
    return json(200, body);
}

HubSpotOAuthServer::Authentication HubSpotOAuthServer::authenticate(const QString &token) const
{
    Authentication auth;
    if (token.isEmpty())
        return auth;
    if (const auto app = m_privateApps.constFind(token); app != m_privateApps.constEnd()) {
        auth.state = Authentication::State::Valid;
        auth.kind = Authentication::Kind::PrivateApp;
        auth.scopes = app->scopes;
        auth.appId = QString::number(app->appId);
        return auth;
    }
    const AccessTokenCheck check = m_registry.checkAccessToken(token);
    if (check.state == AccessTokenCheck::State::Unknown ||
        check.account != QString::number(m_portal().hubId))
        return auth;
    auth.kind = Authentication::Kind::OAuth;
    auth.scopes = splitScopes(check.scope);
    auth.appId = QString::number(appIdFor(check.clientId));
    auth.expires = check.expires;
    // HubSpot has no revoked state for access tokens here: deleting the refresh token leaves
    // them working until they expire (hubspot.md §2.1).
    auth.state = check.state == AccessTokenCheck::State::Expired ? Authentication::State::Expired
                                                                 : Authentication::State::Valid;
    return auth;
}

QString HubSpotOAuthServer::createPrivateAppToken(const QStringList &scopes)
{
    // "pat-na1-" + a UUID: the shape of HubSpot's private-app access tokens.
    const QString token =
        QStringLiteral("pat-na1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    PrivateApp app;
    app.scopes = scopes.isEmpty() ? allScopes() : scopes;
    app.appId = 2000000 + m_privateApps.size() + 1;
    app.created = m_clock();
    m_privateApps.insert(token, app);
    return token;
}

QJsonArray HubSpotOAuthServer::privateAppTokens() const
{
    QJsonArray array;
    QStringList tokens = m_privateApps.keys();
    std::sort(tokens.begin(), tokens.end(), [this](const QString &a, const QString &b) {
        return m_privateApps.value(a).appId < m_privateApps.value(b).appId;
    });
    for (const QString &token : std::as_const(tokens)) {
        const PrivateApp &app = m_privateApps[token];
        QJsonObject object;
        object.insert(QStringLiteral("token"), token);
        object.insert(QStringLiteral("appId"), app.appId);
        object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(app.scopes));
        object.insert(QStringLiteral("created"), app.created.toUTC().toString(Qt::ISODateWithMs));
        array.append(object);
    }
    return array;
}

bool HubSpotOAuthServer::loadPrivateAppTokens(const QJsonArray &tokens, QString *error)
{
    QHash<QString, PrivateApp> apps;
    for (const QJsonValue &value : tokens) {
        const QJsonObject object = value.toObject();
        const QString token = object.value(QStringLiteral("token")).toString();
        if (!token.startsWith(QLatin1String("pat-"))) {
            if (error)
                *error = QStringLiteral("a private-app token does not start with \"pat-\"");
            return false;
        }
        PrivateApp app;
        for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
            app.scopes.append(scope.toString());
        app.appId = object.value(QStringLiteral("appId")).toInteger();
        app.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                            Qt::ISODateWithMs);
        apps.insert(token, app);
    }
    m_privateApps = apps;
    return true;
}

} // namespace bookflow::sandbox
