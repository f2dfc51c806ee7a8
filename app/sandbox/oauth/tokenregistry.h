#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bookflow::sandbox {

// A client application the sandbox's token server accepts (client_id + client_secret).
struct OAuthClient
{
    QString id;
    QString secret;
    // Exact redirect URIs the client registered. Empty: any redirect URI is accepted, which the
    // demo client needs because loopback redirects carry a port picked at run time.
    QStringList redirectUris;

    bool acceptsRedirectUri(const QString &uri) const
    {
        return redirectUris.isEmpty() || redirectUris.contains(uri);
    }
};

// The lifetimes and rotation rules of one provider's token server, in seconds. The defaults are
// QuickBooks Online's (qbo-api.md §1 "Lifetimes and rotation"); the HubSpot half builds its own.
struct OAuthPolicy
{
    qint64 codeLifetime = 600;             // authorization code, single use
    qint64 accessTokenLifetime = 3600;     // expires_in
    qint64 refreshTokenLifetime = 8726400; // x_refresh_token_expires_in, rolling; 0: never
    qint64 refreshTokenHardLifetime = 5LL * 365 * 86400; // 5-year cap (B-RT5Y); 0: none
    // Every refresh hands out a new refresh token; the one presented stays usable for this
    // long ("Your previous refresh tokens expire 24 hours after you receive a new one").
    bool rotateRefreshTokens = true;
    qint64 previousRefreshTokenGrace = 86400;
    // Token shapes, so logs look like the real thing: QuickBooks refresh tokens and codes start
    // "AB11", its access tokens are JWE compact serialisations ("eyJlbmMiOi…").
    QString codePrefix = QStringLiteral("AB11");
    QString refreshTokenPrefix = QStringLiteral("AB11");
    QString accessTokenPrefix = QStringLiteral("eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..");
};

// What a successful code exchange or refresh hands out.
struct TokenGrantResult
{
    // Which check refused the request, for servers (HubSpot) whose answers name the cause:
    // BAD_AUTH_CODE, BAD_REDIRECT_URI, BAD_REFRESH_TOKEN (hubspot.md §2.1).
    enum class Failure { None, BadCode, BadRedirectUri, BadRefreshToken };

    // Empty on success, else the OAuth error code ("invalid_grant", …) and its description.
    QString error;
    QString errorDescription;
    Failure failure = Failure::None;
    // BadCode because the PKCE check failed (RFC 7636 §4.6: the code_verifier is missing,
    // malformed or does not match), not because the code is unknown, used or expired. Servers
    // that name the cause show errorDescription then.
    bool codeVerifierRefused = false;

    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
    qint64 refreshTokenExpiresIn = 0;
    qint64 refreshTokenHardExpiresIn = 0;
    QString clientId;
    QString account; // QuickBooks realmId (HubSpot: hub id); empty if the scope needs none
    QString scope;
    QDateTime authTime;

    bool ok() const { return error.isEmpty(); }
};

// What the registry knows about a refresh token (HubSpot's GET /oauth/v1/refresh-tokens/{token}).
struct RefreshTokenInfo
{
    bool valid = false; // known, not expired, its grant not revoked
    QString clientId;
    QString account;
    QString scope;
};

// The verdict on a bearer token presented to an API.
struct AccessTokenCheck
{
    enum class State { Valid, Unknown, Expired, Revoked };
    State state = State::Unknown;
    QString clientId;
    QString account;
    QString scope;
    QDateTime authTime;
    QDateTime expires;
};

// Clients, authorization codes, and the access and refresh tokens of one provider's OAuth 2.0
// server, independent of HTTP and of the provider's wire format, so that the QuickBooks and
// HubSpot halves share the rules (single-use codes bound to their redirect URI, expiry on the
// injected clock, rotation with a grace period, revocation of a whole grant).
class TokenRegistry
{
public:
    using Clock = std::function<QDateTime()>;
    enum class RevokeResult { Revoked, UnknownToken, OtherClient };

    TokenRegistry(OAuthPolicy policy, Clock clock);

    const OAuthPolicy &policy() const { return m_policy; }
    // Applies to codes and tokens issued from now on (a changed expires_in setting); those
    // already out keep the expiry they were issued with, as on a real server.
    void setPolicy(const OAuthPolicy &policy) { m_policy = policy; }

    // Forgets every code and token and restores the default clients.
    void reset();
    void setDefaultClients(const QList<OAuthClient> &clients);

    // Adds or replaces (same id) a client.
    void registerClient(const OAuthClient &client);
    // Null if no client has that id.
    const OAuthClient *client(const QString &clientId) const;
    QList<OAuthClient> clients() const;
    // True if the id is known and the secret matches it.
    bool authenticateClient(const QString &clientId, const QString &secret) const;

    // A new single-use code for an approved authorization request. With a code challenge
    // (PKCE, RFC 7636) the code can only be exchanged with the matching code_verifier. The
    // method is "S256" or "plain" (§4.3: an empty method with a challenge means plain); the
    // caller decides which methods its provider accepts (HubSpot's half takes S256 only).
    QString issueCode(const QString &clientId, const QString &redirectUri, const QString &account,
                      const QString &scope, const QString &codeChallenge = {},
                      const QString &codeChallengeMethod = {});
    // Redeems a code. If it was issued with a code challenge, `codeVerifier` must be a well-formed
    // verifier (isValidCodeVerifier) that transforms into the challenge, else invalid_grant
    // (failure BadCode, codeVerifierRefused), and the code stays usable: like a wrong
    // redirect_uri, a failed check does not use it up. A verifier sent for a code issued without
    // a challenge is ignored.
    TokenGrantResult exchangeCode(const QString &clientId, const QString &code,
                                  const QString &redirectUri, const QString &codeVerifier = {});
    TokenGrantResult refresh(const QString &clientId, const QString &refreshToken);
    // Revokes the whole grant the token (refresh or access) belongs to: the app is disconnected.
    RevokeResult revoke(const QString &clientId, const QString &token);

    // Deletes one refresh token and nothing else: HubSpot's DELETE /oauth/v1/refresh-tokens/
    // {token} "deletes it but not access tokens" (hubspot.md §2.1), so the grant's access
    // tokens keep working until they expire. False if the token is unknown.
    bool deleteRefreshToken(const QString &token);
    RefreshTokenInfo refreshTokenInfo(const QString &token) const;

    AccessTokenCheck checkAccessToken(const QString &token) const;
    // Makes every access token expired now (the tokens/expire admin switch). Returns how many.
    int expireAccessTokens();
    // Makes one access token expired now (the accessTokenMaxUses setting); false when it is
    // unknown or already expired.
    bool expireAccessToken(const QString &token);

    // PKCE helpers (RFC 7636). A code_verifier is 43 to 128 characters of A-Z, a-z, 0-9, '-',
    // '.', '_' and '~' (§4.1).
    static bool isValidCodeVerifier(const QString &verifier);
    // An S256 code_challenge: BASE64URL without padding of a SHA-256 digest, so exactly 43
    // characters of A-Z, a-z, 0-9, '-' and '_' (§4.2).
    static bool isValidS256Challenge(const QString &challenge);
    // BASE64URL-ENCODE(SHA256(ASCII(verifier))) without '=' padding (§4.2).
    static QString s256Challenge(const QString &verifier);

    // The whole state (clients, grants, tokens, codes) for --data FILE, and back. load() leaves
    // the registry unchanged when it fails.
    QJsonObject save() const;
    bool load(const QJsonObject &state, QString *error);

private:
    struct Grant
    {
        QString clientId;
        QString account;
        QString scope;
        QDateTime created;
        bool revoked = false;
    };
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString account;
        QString scope;
        QDateTime expires;
        bool used = false;
        QString codeChallenge; // empty: issued without PKCE
        QString codeChallengeMethod;
    };
    struct RefreshToken
    {
        QString grantId;
        QDateTime expires;
        QDateTime supersededAt; // null while it is the grant's newest refresh token
    };
    struct AccessToken
    {
        QString grantId;
        QDateTime expires;
    };

    TokenGrantResult issueTokens(const QString &grantId);
    QDateTime hardExpiry(const Grant &grant) const;
    static QString randomToken(int length);

    OAuthPolicy m_policy;
    Clock m_clock;
    QList<OAuthClient> m_defaultClients;
    QHash<QString, OAuthClient> m_clients;
    QHash<QString, Code> m_codes;
    QHash<QString, Grant> m_grants;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AccessToken> m_accessTokens;
    quint64 m_nextGrant = 1;
};

} // namespace bookflow::sandbox
