#include "app/sandbox/oauth/qbooauthserver.h"

#include "app/sandbox/oauth/oauthpages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bookflow::sandbox {

using namespace oauthpages;

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json;charset=UTF-8");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// {"error":…,"error_description":…} with the status of RFC 6749 §5.2, the shape of Intuit's
// answers (fixture oauth-refresh-invalid-grant-authresponse-mock.json).
SandboxReply oauthError(int status, const QString &error, const QString &description = {})
{
    QJsonObject body;
    body.insert(QStringLiteral("error"), error);
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    SandboxReply reply;
    reply.status = status;
    reply.contentType = JsonType;
    reply.body = compact(body);
    reply.headers.append(
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store")});
    reply.headers.append({QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")});
    return reply;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

OAuthClient QboOAuthServer::demoClient()
{
    OAuthClient client;
    client.id = QString::fromLatin1(DemoClientId);
    client.secret = QString::fromLatin1(DemoClientSecret);
    return client;
}

OAuthPolicy QboOAuthServer::policy()
{
    return OAuthPolicy(); // the defaults are QuickBooks' (see OAuthPolicy)
}

QboOAuthServer::QboOAuthServer(TokenRegistry &registry, CompanyList companies, Clock clock)
    : m_registry(registry), m_companies(std::move(companies)), m_clock(std::move(clock))
{
}

bool QboOAuthServer::scopeNeedsCompany(const QString &scope)
{
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return scopes.contains(QLatin1String("com.intuit.quickbooks.accounting")) ||
           scopes.contains(QLatin1String("com.intuit.quickbooks.payment"));
}

QString QboOAuthServer::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    return url.toString();
}

SandboxReply QboOAuthServer::authorize(const SandboxRequest &request)
{
    // The parameters come in the query (GET, the client's request) or in the form the consent
    // page posts back (POST).
    QUrlQuery params = request.query;
    const bool posted = request.method == "POST";
    if (posted) {
        const QUrlQuery form = request.form();
        for (const auto &item : form.queryItems(QUrl::FullyEncoded)) {
            params.removeAllQueryItems(item.first);
            params.addQueryItem(item.first, item.second);
        }
    }
    const auto param = [&params](const char *key) {
        return SandboxRequest::value(params, QString::fromLatin1(key));
    };
    const QString clientId = param("client_id");
    const QString redirectUri = param("redirect_uri");
    const QString state = param("state");
    const QString scope = param("scope");

    const OAuthClient *client = m_registry.client(clientId);
    if (const auto problem = oauthpages::untrustedAuthorizeRequest(
            client, clientId, redirectUri,
            QStringLiteral(
                "Use the demo client \"%1\" or register one with POST /_sandbox/clients.")
                .arg(QString::fromLatin1(DemoClientId))))
        return errorPage(*problem);

    // From here on the redirect URI is trusted, so errors go back to the app (§4.1.2.1).
    const auto redirectError = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> parameters{
            {QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
        if (params.hasQueryItem(QStringLiteral("state")))
            parameters.append({QStringLiteral("state"), state});
        return redirect(redirectLocation(redirectUri, parameters));
    };
    if (param("response_type") != QLatin1String("code"))
        return redirectError(QStringLiteral("unsupported_response_type"),
                             QStringLiteral("response_type must be code"));
    if (scope.trimmed().isEmpty())
        return redirectError(QStringLiteral("invalid_scope"), QStringLiteral("scope is missing"));
    if (posted && params.hasQueryItem(QStringLiteral("sandbox_deny")))
        return redirectError(QStringLiteral("access_denied"),
                             QStringLiteral("The user did not connect the app"));

    const QString chosenRealm = param("sandbox_realm");
    const bool approved = m_autoApprove || isTrue(param("sandbox_auto_approve")) ||
                          (posted && !chosenRealm.isEmpty());
    if (!approved)
        return consentPage(params, *client);

    QString realmId;
    if (scopeNeedsCompany(scope)) {
        const QList<QboCompany> list = companies();
        if (list.isEmpty())
            return errorPage(QStringLiteral("The sandbox has no QuickBooks company to connect."));
        if (!chosenRealm.isEmpty()) {
            for (const QboCompany &company : list) {
                if (company.realmId == chosenRealm)
                    realmId = company.realmId;
            }
            if (realmId.isEmpty())
                return errorPage(QStringLiteral("The sandbox has no company with realmId \"%1\".")
                                     .arg(chosenRealm));
        } else {
            // Auto-approval picks the first US company, the demo's main one.
            for (const QboCompany &company : list) {
                if (company.country == QLatin1String("US") ||
                    company.country == QLatin1String("USA")) {
                    realmId = company.realmId;
                    break;
                }
            }
            if (realmId.isEmpty())
                realmId = list.constFirst().realmId;
        }
    }
    // No code_challenge: Intuit documents no PKCE, so a client's code_challenge is ignored here
    // as an unknown parameter, and the code needs no code_verifier (one sent is ignored too).
    const QString code = m_registry.issueCode(client->id, redirectUri, realmId, scope);
    QList<QPair<QString, QString>> parameters{{QStringLiteral("code"), code}};
    if (params.hasQueryItem(QStringLiteral("state")))
        parameters.append({QStringLiteral("state"), state});
    if (!realmId.isEmpty())
        parameters.append({QStringLiteral("realmId"), realmId});
    return redirect(redirectLocation(redirectUri, parameters));
}

SandboxReply QboOAuthServer::consentPage(const QUrlQuery &params, const OAuthClient &client) const
{
    // Every original parameter travels back in hidden fields, so the POST is a complete request.
    QString hidden;
    for (const char *key : {"client_id", "response_type", "scope", "redirect_uri", "state"}) {
        const QString name = QString::fromLatin1(key);
        if (!params.hasQueryItem(name))
            continue;
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(name, SandboxRequest::value(params, name).toHtmlEscaped());
    }
    const QString action = endpoint(QStringLiteral("/connect/oauth2")).toHtmlEscaped();
    QString items;
    const QString scope = SandboxRequest::value(params, QStringLiteral("scope"));
    if (scopeNeedsCompany(scope)) {
        for (const QboCompany &company : companies()) {
            items += QStringLiteral("<li><form method=\"post\" action=\"%1\">%2"
                                    "<button type=\"submit\" name=\"sandbox_realm\" value=\"%3\">"
                                    "Connect</button> <strong>%4</strong> "
                                    "<span class=\"country\">(%5, realmId %3)</span></form></li>\n")
                         .arg(action, hidden, company.realmId.toHtmlEscaped(),
                              company.name.toHtmlEscaped(), company.country.toHtmlEscaped());
        }
        if (items.isEmpty())
            items = QStringLiteral("<li>The sandbox has no QuickBooks company.</li>");
    } else {
        // Sign-in only (OpenID scopes): no company to choose; any value approves.
        items = QStringLiteral("<li><form method=\"post\" action=\"%1\">%2"
                               "<button type=\"submit\" name=\"sandbox_realm\" value=\"-\">"
                               "Continue</button></form></li>\n")
                    .arg(action, hidden);
    }
    const QString content =
        QStringLiteral("<h1>Connect an app to QuickBooks</h1>\n"
                       "<p><strong>%1</strong> wants to connect to one of these sandbox "
                       "companies (scope: <code>%2</code>).</p>\n<ul id=\"companies\">\n%3</ul>\n"
                       "<form method=\"post\" action=\"%4\">%5"
                       "<button type=\"submit\" name=\"sandbox_deny\" value=\"1\">Cancel</button>"
                       "</form>\n<p class=\"note\">Bookflow sandbox: a local stand-in for "
                       "Intuit's authorization page. No real account is involved.</p>")
            .arg(client.id.toHtmlEscaped(), scope.toHtmlEscaped(), items, action, hidden);
    SandboxReply reply;
    reply.status = 200;
    reply.contentType = HtmlType;
    reply.body = htmlDocument(QStringLiteral("Connect to QuickBooks"), content).toUtf8();
    return reply;
}

QboOAuthServer::ClientAuth QboOAuthServer::authenticate(const SandboxRequest &request,
                                                        const QUrlQuery &form) const
{
    ClientAuth auth;
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        // client_secret_basic (what Intuit's SDKs send, qbo-api.md §1 "Token endpoint").
        auth.usedBasic = true;
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return auth;
        const QString id = QString::fromUtf8(decoded.left(colon));
        const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
        auth.clientId = id;
        auth.ok = m_registry.authenticateClient(id, secret);
        if (!auth.ok) {
            // RFC 6749 §2.3.1 form-encodes both before base64; most clients do not. Try both.
            const QString plainId = QUrl::fromPercentEncoding(decoded.left(colon));
            auth.ok = m_registry.authenticateClient(
                plainId, QUrl::fromPercentEncoding(decoded.mid(colon + 1)));
            if (auth.ok)
                auth.clientId = plainId;
        }
        return auth;
    }
    // client_secret_post, also advertised by the discovery document.
    auth.clientId = SandboxRequest::value(form, QStringLiteral("client_id"));
    auth.ok = m_registry.authenticateClient(
        auth.clientId, SandboxRequest::value(form, QStringLiteral("client_secret")));
    return auth;
}

SandboxReply QboOAuthServer::token(const SandboxRequest &request)
{
    if (request.method != "POST")
        return oauthError(405, QStringLiteral("invalid_request"),
                          QStringLiteral("The token endpoint takes POST"));
    const QByteArray type = request.mediaType();
    if (!type.isEmpty() && type != "application/x-www-form-urlencoded")
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must be application/x-www-form-urlencoded"));
    const QUrlQuery form = request.form();
    const ClientAuth auth = authenticate(request, form);
    if (!auth.ok) {
        SandboxReply reply = oauthError(401, QStringLiteral("invalid_client"));
        if (auth.usedBasic)
            reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                                  QByteArrayLiteral("Basic realm=\"Intuit\"")});
        return reply;
    }
    const bool hardExpiry =
        request.header("x-include-refresh-token-hard-expires-in").trimmed().toLower() == "true";
    const QString grantType = SandboxRequest::value(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = SandboxRequest::value(form, QStringLiteral("code"));
        if (code.isEmpty() || !form.hasQueryItem(QStringLiteral("redirect_uri")))
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("code and redirect_uri are required"));
        return tokenResponse(
            m_registry.exchangeCode(auth.clientId, code,
                                    SandboxRequest::value(form, QStringLiteral("redirect_uri"))),
            hardExpiry);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refreshToken = SandboxRequest::value(form, QStringLiteral("refresh_token"));
        if (refreshToken.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("refresh_token is required"));
        return tokenResponse(m_registry.refresh(auth.clientId, refreshToken), hardExpiry);
    }
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is required"));
    return oauthError(400, QStringLiteral("unsupported_grant_type"));
}

SandboxReply QboOAuthServer::tokenResponse(const TokenGrantResult &result,
                                           bool includeHardExpiry) const
{
    if (!result.ok())
        return oauthError(400, result.error, result.errorDescription);
    QJsonObject body;
    body.insert(QStringLiteral("token_type"), QStringLiteral("bearer"));
    body.insert(QStringLiteral("access_token"), result.accessToken);
    body.insert(QStringLiteral("expires_in"), result.expiresIn);
    body.insert(QStringLiteral("refresh_token"), result.refreshToken);
    body.insert(QStringLiteral("x_refresh_token_expires_in"), result.refreshTokenExpiresIn);
    if (includeHardExpiry)
        body.insert(QStringLiteral("x_refresh_token_hard_expires_in"),
                    result.refreshTokenHardExpiresIn);
    if (result.scope.split(QLatin1Char(' ')).contains(QLatin1String("openid")))
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken(result)));
    SandboxReply reply;
    reply.status = 200;
    reply.contentType = JsonType;
    reply.body = compact(body);
    reply.headers.append(
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store")});
    reply.headers.append({QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")});
    return reply;
}

QByteArray QboOAuthServer::idToken(const TokenGrantResult &result) const
{
    // The claims of fixture oauth-id-token-claims.json. The signature is a placeholder: the
    // sandbox has no key (its JWKS is empty), so a client that verifies id_tokens must not be
    // pointed here for that check.
    const qint64 now = m_clock().toSecsSinceEpoch();
    QJsonObject header;
    header.insert(QStringLiteral("kid"), QStringLiteral("bookflow-sandbox"));
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    QJsonObject claims;
    claims.insert(QStringLiteral("sub"), QStringLiteral("00000000-0000-4000-8000-00000000b00c"));
    claims.insert(QStringLiteral("aud"), QJsonArray{result.clientId});
    if (!result.account.isEmpty())
        claims.insert(QStringLiteral("realmid"), result.account);
    claims.insert(QStringLiteral("auth_time"), result.authTime.toSecsSinceEpoch());
    claims.insert(QStringLiteral("iss"), endpoint(QStringLiteral("/op/v1")));
    claims.insert(QStringLiteral("exp"), now + 3600);
    claims.insert(QStringLiteral("iat"), now);
    return base64Url(compact(header)) + '.' + base64Url(compact(claims)) + '.' +
           base64Url(QByteArrayLiteral("bookflow-sandbox-unsigned"));
}

SandboxReply QboOAuthServer::revoke(const SandboxRequest &request)
{
    if (request.method != "POST")
        return oauthError(405, QStringLiteral("invalid_request"),
                          QStringLiteral("The revoke endpoint takes POST"));
    // Intuit's clients send JSON {"token": …} (PY-OAUTH client.py L159–182); RFC 7009 clients
    // send a form. Accept both.
    QString token;
    QUrlQuery form;
    if (request.mediaType() == "application/json") {
        token = QJsonDocument::fromJson(request.body)
                    .object()
                    .value(QStringLiteral("token"))
                    .toString();
    } else {
        form = request.form();
        token = SandboxRequest::value(form, QStringLiteral("token"));
    }
    const ClientAuth auth = authenticate(request, form);
    if (!auth.ok) {
        SandboxReply reply = oauthError(401, QStringLiteral("invalid_client"));
        if (auth.usedBasic)
            reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                                  QByteArrayLiteral("Basic realm=\"Intuit\"")});
        return reply;
    }
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("token is required"));
    // RFC 7009 §2.2: an unknown token is not an error (it is as revoked as it gets).
    if (m_registry.revoke(auth.clientId, token) == TokenRegistry::RevokeResult::OtherClient)
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("The token was issued to another app"));
    SandboxReply reply;
    reply.status = 200;
    reply.contentType.clear();
    return reply;
}

SandboxReply QboOAuthServer::discovery() const
{
    // The production document's shape (fixture oauth-discovery-document-production.json) with
    // every endpoint at the sandbox.
    QJsonObject body;
    body.insert(QStringLiteral("issuer"), endpoint(QStringLiteral("/op/v1")));
    body.insert(QStringLiteral("authorization_endpoint"),
                endpoint(QStringLiteral("/connect/oauth2")));
    body.insert(QStringLiteral("token_endpoint"),
                endpoint(QStringLiteral("/oauth2/v1/tokens/bearer")));
    body.insert(QStringLiteral("userinfo_endpoint"),
                endpoint(QStringLiteral("/v1/openid_connect/userinfo")));
    body.insert(QStringLiteral("revocation_endpoint"),
                endpoint(QStringLiteral("/v2/oauth2/tokens/revoke")));
    body.insert(QStringLiteral("jwks_uri"), endpoint(QStringLiteral("/op/v1/jwks")));
    body.insert(QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")});
    body.insert(QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")});
    body.insert(QStringLiteral("id_token_signing_alg_values_supported"),
                QJsonArray{QStringLiteral("RS256")});
    body.insert(QStringLiteral("scopes_supported"),
                QJsonArray{QStringLiteral("openid"), QStringLiteral("email"),
                           QStringLiteral("profile"), QStringLiteral("address"),
                           QStringLiteral("phone")});
    body.insert(
        QStringLiteral("token_endpoint_auth_methods_supported"),
        QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic")});
    body.insert(QStringLiteral("claims_supported"),
                QJsonArray{QStringLiteral("aud"), QStringLiteral("exp"), QStringLiteral("iat"),
                           QStringLiteral("iss"), QStringLiteral("realmid"),
                           QStringLiteral("sub")});
    SandboxReply reply;
    reply.contentType = JsonType;
    reply.body = compact(body);
    return reply;
}

SandboxReply QboOAuthServer::userInfo(const SandboxRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    const QString token = header.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0
                              ? QString::fromUtf8(header.mid(7).trimmed())
                              : QString();
    const AccessTokenCheck check = m_registry.checkAccessToken(token);
    if (check.state != AccessTokenCheck::State::Valid) {
        SandboxReply reply = oauthError(401, QStringLiteral("invalid_token"));
        reply.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"),
             QByteArrayLiteral("Bearer realm=\"Intuit\", error=\"invalid_token\"")});
        return reply;
    }
    const QStringList scopes = check.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.contains(QLatin1String("openid")))
        return oauthError(403, QStringLiteral("insufficient_scope"),
                          QStringLiteral("The token was not issued with the openid scope"));
    // The shape of fixture oauth-userinfo-response.json, for an obviously fictional person.
    QJsonObject body;
    body.insert(QStringLiteral("sub"), QStringLiteral("00000000-0000-4000-8000-00000000b00c"));
    if (scopes.contains(QLatin1String("email"))) {
        body.insert(QStringLiteral("email"), QStringLiteral("demo.user@example.com"));
        body.insert(QStringLiteral("emailVerified"), true);
    }
    if (scopes.contains(QLatin1String("profile"))) {
        body.insert(QStringLiteral("givenName"), QStringLiteral("Demo"));
        body.insert(QStringLiteral("familyName"), QStringLiteral("User"));
    }
    if (scopes.contains(QLatin1String("phone"))) {
        body.insert(QStringLiteral("phoneNumber"), QStringLiteral("+1 5555550100"));
        body.insert(QStringLiteral("phoneNumberVerified"), false);
    }
    if (scopes.contains(QLatin1String("address"))) {
        QJsonObject address;
        address.insert(QStringLiteral("streetAddress"), QStringLiteral("2500 Garcia Ave"));
        address.insert(QStringLiteral("locality"), QStringLiteral("Mountain View"));
        address.insert(QStringLiteral("region"), QStringLiteral("CA"));
        address.insert(QStringLiteral("postalCode"), QStringLiteral("94043"));
        address.insert(QStringLiteral("country"), QStringLiteral("US"));
        body.insert(QStringLiteral("address"), address);
    }
    SandboxReply reply;
    reply.contentType = JsonType;
    reply.body = compact(body);
    return reply;
}

SandboxReply QboOAuthServer::jwks() const
{
    QJsonObject body;
    body.insert(QStringLiteral("keys"), QJsonArray());
    SandboxReply reply;
    reply.contentType = JsonType;
    reply.body = compact(body);
    return reply;
}

} // namespace bookflow::sandbox
