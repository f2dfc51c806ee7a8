#pragma once

#include "core/auth/oauthtokens.h"
#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/util/clock.h"

#include <QString>
#include <QUrl>

namespace bookflow {

// Intuit's OAuth 2.0 token endpoints (qbo-api.md §1): the code exchange and the refresh at
// .../oauth2/v1/tokens/bearer, and revocation at .../v2/oauth2/tokens/revoke, both with HTTP
// Basic client authentication (the client secret never goes in a body or a URL). The token
// lifecycle around it (storage, one refresh at a time) is core/auth's.
//
// Errors: {"error":"invalid_grant"} (an old, rotated-away or revoked refresh token, a used code)
// and a refused client → NeedsReconnect with a reason naming QuickBooks; 5xx and no answer →
// Transient; 429 → RateLimited. An invalid_grant answer is never mistaken for tokens
// (qbo-api.md §10 pitfall 1, node-quickbooks #171).
class QboOAuth
{
public:
    struct App
    {
        QString clientId;
        QString clientSecret;
        QUrl tokenUrl;  // https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer
        QUrl revokeUrl; // https://developer.api.intuit.com/v2/oauth2/tokens/revoke
    };

    QboOAuth(Transport &transport, App app, const Clock &clock);

    // grant_type=authorization_code; `redirectUri` must be the one the authorize request used.
    // `realmId` (from the redirect) is recorded as the tokens' account.
    ApiResult<OAuthTokens> exchangeCode(const QString &code, const QString &redirectUri,
                                        const QString &realmId);
    // grant_type=refresh_token with the newest refresh token. The answer's refresh token may be a
    // new one (it rotates about daily) and replaces the one sent; `account` is carried over.
    ApiResult<OAuthTokens> refresh(const OAuthTokens &current);
    // Revokes the grant (refresh or access token): the app is disconnected from the company.
    ApiStatus revoke(const QString &token);

    // Reads a token answer; expiries from `now`. Refused (Permanent) without access_token,
    // refresh_token or a positive expires_in.
    static ApiResult<OAuthTokens> parseTokenResponse(const QByteArray &body, const QDateTime &now);
    static ApiError tokenError(const HttpResponse &response);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    ApiResult<OAuthTokens> grant(const QList<QPair<QString, QString>> &fields);
    QByteArray basicAuthorization() const;

    Transport &m_transport;
    App m_app;
    const Clock &m_clock;
    int m_timeoutMs = 30000;
};

} // namespace bookflow
