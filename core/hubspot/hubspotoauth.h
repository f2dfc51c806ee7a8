#pragma once

#include "core/auth/oauthtokens.h"
#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bookflow {

// What HubSpot's token endpoint handed out (hubspot.md §2.1 AccessTokenResponse).
struct HubSpotTokens
{
    QString accessToken;
    QString refreshToken; // HubSpot keeps the refresh token until uninstall
    QString tokenType;    // "bearer"
    qint64 expiresIn = 0; // seconds, as sent (1800 today; never assume it)
    QDateTime expiresAt;  // the Clock's now + expiresIn, when the answer arrived
    qint64 hubId = 0;     // 0 when not sent
    QStringList scopes;

    // When the caller should refresh: OAuthTokens::refreshDueAt (expiresAt − min(5 min,
    // expiresIn / 2)); HubSpot says a 401 is no sign to refresh, so the TTL is tracked.
    QDateTime refreshDueAt() const;
    bool needsRefresh(const Clock &clock) const { return clock.now() >= refreshDueAt(); }
    // The provider-neutral form core/auth stores; issuedAt = expiresAt − expiresIn.
    OAuthTokens toOAuthTokens() const;
};

// What GET /oauth/v1/access-tokens/{token} says about a token (hubspot.md §2.1).
struct HubSpotTokenInfo
{
    qint64 hubId = 0;
    QString hubDomain; // the portal's domain, e.g. "demo-company.com": the name people know it by
    QString user;      // the e-mail of the person who connected
    QStringList scopes;
};

// HubSpot's OAuth 2.0 endpoints for a public app (hubspot.md §2.1). The token lifecycle
// (storage, serialised refreshes, the SecretStore) is core/auth's; this class builds the
// authorize URL and performs the two grants.
//
// - Authorize: https://app.hubspot.com/oauth/authorize?client_id&scope&redirect_uri&state
//   (+ optional_scope); scopes space-separated and percent-encoded (%20).
// - Token: POST {apiBase}/oauth/v1/token, application/x-www-form-urlencoded, with grant_type,
//   client_id, client_secret, redirect_uri and code, or refresh_token.
// - Errors: {"error":"invalid_grant","error_description":…,"status":"BAD_REFRESH_TOKEN"} →
//   NeedsReconnect; a refused client (invalid_client, BAD_CLIENT_ID) → NeedsReconnect too (the
//   connection cannot work until someone fixes it); 5xx, network → Transient; 429 → RateLimited.
class HubSpotOAuth
{
public:
    struct App
    {
        QString clientId;
        QString clientSecret;
        QString redirectUri;
    };

    static constexpr const char *DefaultAuthorizeUrl = "https://app.hubspot.com/oauth/authorize";

    // `apiBaseUrl` is https://api.hubapi.com or the sandbox's http://127.0.0.1:PORT.
    HubSpotOAuth(Transport &transport, QUrl apiBaseUrl, App app, const Clock &clock);

    // The URL to open in the browser. `authorizeUrl` defaults to HubSpot's; the sandbox serves
    // its own. Every value is percent-encoded, scopes joined by %20.
    // With a `codeChallenge`, PKCE S256 (code_challenge + code_challenge_method).
    QUrl authorizeUrl(const QStringList &scopes, const QString &state,
                      const QStringList &optionalScopes = {},
                      const QUrl &authorizeUrl = QUrl(QString::fromLatin1(DefaultAuthorizeUrl)),
                      const QString &codeChallenge = QString()) const;

    // grant_type=authorization_code with the `code` from the redirect (and the PKCE verifier
    // when the authorize request carried a challenge).
    ApiResult<HubSpotTokens> exchangeCode(const QString &code,
                                          const QString &codeVerifier = QString());
    // grant_type=refresh_token. HubSpot may omit refresh_token in the answer; the one sent is
    // kept then.
    ApiResult<HubSpotTokens> refresh(const QString &refreshToken);

    // DELETE /oauth/v1/refresh-tokens/{token}: the app's refresh token is gone; access tokens
    // already out run to their expiry. An unknown token (already deleted) counts as done.
    ApiStatus revokeRefreshToken(const QString &refreshToken);
    // GET /oauth/v1/access-tokens/{token}: the portal the token belongs to.
    ApiResult<HubSpotTokenInfo> tokenInfo(const QString &accessToken);
    // POST /oauth/v2/private-apps/get/access-token-info {"tokenKey"}: a private app's portal.
    ApiResult<HubSpotTokenInfo> privateAppTokenInfo(const QString &token);

    // Reads a token answer; expiresAt from `now`. An answer without access_token or a positive
    // expires_in is refused (Permanent) rather than guessed.
    static ApiResult<HubSpotTokens> parseTokenResponse(const QByteArray &body,
                                                       const QDateTime &now);
    // The error for a token endpoint answer that is not a success.
    static ApiError tokenError(const HttpResponse &response);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    ApiResult<HubSpotTokens> grant(const QList<QPair<QString, QString>> &fields,
                                   const QString &fallbackRefreshToken);

    Transport &m_transport;
    QUrl m_apiBaseUrl;
    App m_app;
    const Clock &m_clock;
    int m_timeoutMs = 30000;
};

} // namespace bookflow
