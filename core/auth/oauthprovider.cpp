#include "core/auth/oauthprovider.h"

#include "core/hubspot/hubspotoauth.h"
#include "core/net/formencoding.h"
#include "core/quickbooks/qbooauth.h"

namespace bookflow {

namespace {

QUrl at(const QUrl &base, const char *path)
{
    return QUrl::fromEncoded(urlBase(base) + path);
}

HubSpotOAuth hubSpot(Transport &transport, const OAuthApp &app, const Clock &clock, int timeoutMs,
                     const QString &redirectUri = QString())
{
    HubSpotOAuth oauth(transport, app.apiBaseUrl, {app.clientId, app.clientSecret, redirectUri},
                       clock);
    oauth.setTimeoutMs(timeoutMs);
    return oauth;
}

QboOAuth quickBooks(Transport &transport, const OAuthApp &app, const Clock &clock, int timeoutMs)
{
    QboOAuth oauth(transport, {app.clientId, app.clientSecret, app.tokenUrl, app.revokeUrl}, clock);
    oauth.setTimeoutMs(timeoutMs);
    return oauth;
}

} // namespace

OAuthApp OAuthApp::published(Provider provider, Environment environment)
{
    OAuthApp app;
    app.provider = provider;
    app.environment = environment;
    if (provider == Provider::QuickBooks) {
        app.authorizeUrl = QUrl(QStringLiteral("https://appcenter.intuit.com/connect/oauth2"));
        app.tokenUrl =
            QUrl(QStringLiteral("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"));
        app.revokeUrl =
            QUrl(QStringLiteral("https://developer.api.intuit.com/v2/oauth2/tokens/revoke"));
        app.apiBaseUrl = QUrl(environment == Environment::Sandbox
                                  ? QStringLiteral("https://sandbox-quickbooks.api.intuit.com")
                                  : QStringLiteral("https://quickbooks.api.intuit.com"));
    } else {
        app.authorizeUrl = QUrl(QString::fromLatin1(HubSpotOAuth::DefaultAuthorizeUrl));
        app.apiBaseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
        app.tokenUrl = at(app.apiBaseUrl, "/oauth/v1/token");
        app.revokeUrl = app.apiBaseUrl;
    }
    return app;
}

OAuthApp OAuthApp::localSandbox(Provider provider, const QUrl &baseUrl)
{
    OAuthApp app;
    app.provider = provider;
    app.environment = Environment::Sandbox;
    app.apiBaseUrl = QUrl::fromEncoded(urlBase(baseUrl));
    if (provider == Provider::QuickBooks) {
        app.authorizeUrl = at(baseUrl, "/connect/oauth2");
        app.tokenUrl = at(baseUrl, "/oauth2/v1/tokens/bearer");
        app.revokeUrl = at(baseUrl, "/v2/oauth2/tokens/revoke");
    } else {
        app.authorizeUrl = at(baseUrl, "/oauth/authorize");
        app.tokenUrl = at(baseUrl, "/oauth/v1/token");
        app.revokeUrl = app.apiBaseUrl;
    }
    return app;
}

OAuthApp OAuthApp::fromCredentials(const AppCredentials &credentials)
{
    OAuthApp app = published(credentials.provider, credentials.environment);
    app.clientId = credentials.clientId;
    app.redirectUri = credentials.redirectUri;
    if (!credentials.authorizeUrl.isEmpty())
        app.authorizeUrl = credentials.authorizeUrl;
    if (!credentials.tokenUrl.isEmpty())
        app.tokenUrl = credentials.tokenUrl;
    if (!credentials.revokeUrl.isEmpty())
        app.revokeUrl = credentials.revokeUrl;
    if (!credentials.apiBaseUrl.isEmpty())
        app.apiBaseUrl = credentials.apiBaseUrl;
    return app;
}

OAuthProvider::OAuthProvider(Transport &transport, OAuthApp app, const Clock &clock)
    : m_transport(transport), m_app(std::move(app)), m_clock(clock)
{
}

bool OAuthProvider::usesPkce() const
{
    // HubSpot's token endpoint takes code_verifier (hubspot.md §2.1); Intuit documents no PKCE.
    return m_app.provider == Provider::HubSpot;
}

QStringList OAuthProvider::scopes(Provider provider)
{
    if (provider == Provider::QuickBooks)
        return {QStringLiteral("com.intuit.quickbooks.accounting")};
    QStringList scopes{QStringLiteral("oauth"), QStringLiteral("crm.objects.contacts.read"),
                       QStringLiteral("crm.objects.line_items.read"),
                       QStringLiteral("crm.objects.products.read")};
    for (const char *stem : {"deals", "quotes", "commercepayments"}) {
        for (const char *kind : {"crm.objects.%1.read", "crm.objects.%1.write",
                                 "crm.schemas.%1.read", "crm.schemas.%1.write"})
            scopes.append(QString::fromLatin1(kind).arg(QLatin1String(stem)));
    }
    return scopes;
}

QUrl OAuthProvider::authorizeUrl(const AuthorizationRequest &request) const
{
    if (m_app.provider == Provider::HubSpot) {
        const HubSpotOAuth oauth(m_transport, m_app.apiBaseUrl,
                                 {m_app.clientId, QString(), request.redirectUri}, m_clock);
        return oauth.authorizeUrl(scopes(Provider::HubSpot), request.state, {}, m_app.authorizeUrl,
                                  request.codeChallenge);
    }
    // qbo-api.md §1 "Authorization request": client_id, response_type, scope, redirect_uri, state.
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("client_id"), m_app.clientId},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("scope"), scopes(Provider::QuickBooks).join(QLatin1Char(' '))},
        {QStringLiteral("redirect_uri"), request.redirectUri},
        {QStringLiteral("state"), request.state}};
    return QUrl::fromEncoded(urlBase(m_app.authorizeUrl) + '?' + formEncode(fields),
                             QUrl::StrictMode);
}

ApiResult<OAuthTokens> OAuthProvider::exchangeCode(const QUrlQuery &callback,
                                                   const AuthorizationRequest &request)
{
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (m_app.provider == Provider::HubSpot) {
        HubSpotOAuth oauth = hubSpot(m_transport, m_app, m_clock, m_timeoutMs, request.redirectUri);
        const ApiResult<HubSpotTokens> tokens = oauth.exchangeCode(code, request.codeVerifier);
        if (!tokens)
            return tokens.error();
        return tokens->toOAuthTokens();
    }
    const QString realmId = callback.queryItemValue(QStringLiteral("realmId"), QUrl::FullyDecoded);
    QboOAuth oauth = quickBooks(m_transport, m_app, m_clock, m_timeoutMs);
    return oauth.exchangeCode(code, request.redirectUri, realmId);
}

ApiResult<OAuthTokens> OAuthProvider::refresh(const OAuthTokens &current)
{
    if (m_app.provider == Provider::HubSpot) {
        HubSpotOAuth oauth = hubSpot(m_transport, m_app, m_clock, m_timeoutMs);
        const ApiResult<HubSpotTokens> tokens = oauth.refresh(current.refreshToken);
        if (!tokens)
            return tokens.error();
        OAuthTokens renewed = tokens->toOAuthTokens();
        if (renewed.account.isEmpty())
            renewed.account = current.account;
        if (renewed.scopes.isEmpty())
            renewed.scopes = current.scopes;
        renewed.refreshExpiresAt = current.refreshExpiresAt;
        return renewed;
    }
    QboOAuth oauth = quickBooks(m_transport, m_app, m_clock, m_timeoutMs);
    return oauth.refresh(current);
}

ApiStatus OAuthProvider::revoke(const OAuthTokens &tokens)
{
    if (m_app.provider == Provider::HubSpot) {
        HubSpotOAuth oauth = hubSpot(m_transport, m_app, m_clock, m_timeoutMs);
        return oauth.revokeRefreshToken(tokens.refreshToken);
    }
    QboOAuth oauth = quickBooks(m_transport, m_app, m_clock, m_timeoutMs);
    return oauth.revoke(tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken);
}

} // namespace bookflow
