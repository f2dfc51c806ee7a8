#pragma once

#include "app/sandbox/oauth/tokenregistry.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxrequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace bookflow::sandbox {

// The HubSpot account ("portal") the consent page offers and the tokens are bound to.
struct HubSpotPortal
{
    qint64 hubId = 0;
    QString name;
};

// HubSpot's OAuth endpoints (hubspot.md §2.1), below HTTP, at the sandbox's base URL:
//   GET  /oauth/authorize              the install/consent page (app.hubspot.com/oauth/authorize),
//                                      with PKCE (code_challenge, code_challenge_method=S256)
//   POST /oauth/authorize              the page's Connect / Cancel buttons
//   POST /oauth/v1/token (and v3)      authorization_code (+ code_verifier) and refresh_token
//                                      grants
//   GET  /oauth/v1/access-tokens/{t}   access token metadata
//   GET  /oauth/v1/refresh-tokens/{t}  refresh token metadata; DELETE deletes it
//   POST /oauth/v2/private-apps/get/access-token-info   private-app token metadata
// plus the private-app tokens (pat-na1-…) the admin endpoint hands out. Codes and OAuth tokens
// live in a TokenRegistry with HubSpot's policy: 30-minute access tokens (expires_in, a
// setting), refresh tokens that never expire and never rotate until deleted.
class HubSpotOAuthServer
{
public:
    using PortalSource = std::function<HubSpotPortal()>;
    using Clock = std::function<QDateTime()>;

    // The one HubSpot app every sandbox knows. Not a secret: it is printed in the README so
    // the CLI, the GUI's demo mode and scripts can connect without registering anything.
    static constexpr const char *DemoClientId = "bookflow-demo-hubspot";
    static constexpr const char *DemoClientSecret = "bookflow-demo-hubspot-secret";
    static OAuthClient demoClient();
    // HubSpot's policy with the given access token lifetime (default 1800 s, "expires after 30
    // minutes"): long-lived refresh tokens that do not rotate, single-use 10-minute codes.
    static OAuthPolicy policy(qint64 accessTokenLifetime = 1800);
    // Every scope the sandbox's API checks, what a private-app token gets by default.
    static QStringList allScopes();

    HubSpotOAuthServer(TokenRegistry &registry, PortalSource portal, Clock clock);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    // Approve every authorization request at once; per request: sandbox_auto_approve=1.
    void setAutoApprove(bool on) { m_autoApprove = on; }

    SandboxReply authorize(const SandboxRequest &request);
    SandboxReply token(const SandboxRequest &request);
    SandboxReply accessTokenInfo(const SandboxRequest &request, const QString &token) const;
    SandboxReply refreshTokenInfo(const SandboxRequest &request, const QString &token);
    SandboxReply privateAppTokenInfo(const SandboxRequest &request) const;

    // --- bearer tokens at the API ------------------------------------------------------------
    struct Authentication
    {
        enum class State { Valid, Unknown, Expired };
        enum class Kind { None, OAuth, PrivateApp };
        State state = State::Unknown;
        Kind kind = Kind::None;
        QStringList scopes;
        QString appId; // the OAuth app's or the private app's id, for groupName and metadata
        QDateTime expires;
    };
    // An OAuth access token of this portal or a private-app token. A token issued for another
    // hub id (a portal replaced by --data) is Unknown.
    Authentication authenticate(const QString &token) const;

    // --- private-app tokens ------------------------------------------------------------------
    // A new non-expiring token with these scopes (all of allScopes() when empty).
    QString createPrivateAppToken(const QStringList &scopes);
    QJsonArray privateAppTokens() const;
    void clearPrivateAppTokens() { m_privateApps.clear(); }
    // For --data FILE; load() changes nothing when it fails.
    QJsonArray savePrivateAppTokens() const { return privateAppTokens(); }
    bool loadPrivateAppTokens(const QJsonArray &tokens, QString *error);

    // A stable numeric app id for a client id (HubSpot's app_id is a number).
    static qint64 appIdFor(const QString &clientId);

private:
    struct PrivateApp
    {
        QStringList scopes;
        qint64 appId = 0;
        QDateTime created;
    };

    SandboxReply tokenResponse(const TokenGrantResult &result) const;
    SandboxReply consentPage(const QUrlQuery &params, const OAuthClient &client,
                             const QStringList &scopes) const;
    QString endpoint(const QString &path) const;
    QString hubDomain() const;

    TokenRegistry &m_registry;
    PortalSource m_portal;
    Clock m_clock;
    QUrl m_baseUrl;
    bool m_autoApprove = false;
    QHash<QString, PrivateApp> m_privateApps;
};

} // namespace bookflow::sandbox
