#pragma once

#include "app/sandbox/oauth/tokenregistry.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace bookflow::sandbox {

// A QuickBooks company as the consent page shows it.
struct QboCompany
{
    QString realmId;
    QString name;
    QString country; // CompanyInfo.Country, "US" for a US company
};

// Intuit's OAuth 2.0 and OpenID endpoints (qbo-api.md §1), below HTTP: the authorization page
// (appcenter.intuit.com/connect/oauth2), the token endpoint (oauth.platform.intuit.com/oauth2/
// v1/tokens/bearer), revocation (developer.api.intuit.com/v2/oauth2/tokens/revoke), discovery,
// userinfo and an (empty) JWKS, all answered at the sandbox's own base URL. The codes and tokens
// live in a TokenRegistry with QuickBooks' lifetimes; the HubSpot half has its own endpoints
// over its own registry.
class QboOAuthServer
{
public:
    using CompanyList = std::function<QList<QboCompany>()>;
    using Clock = std::function<QDateTime()>;

    // The one client every sandbox knows. Not a secret: it is printed in the README so the CLI,
    // the GUI's demo mode and scripts can connect without registering anything.
    static constexpr const char *DemoClientId = "bookflow-demo";
    static constexpr const char *DemoClientSecret = "bookflow-demo-secret";
    static OAuthClient demoClient();
    // QuickBooks' policy: 1 h access tokens, 101-day rolling refresh tokens that rotate on every
    // refresh with 24 h of grace for the previous one, a 5-year cap, 10-minute codes.
    static OAuthPolicy policy();

    QboOAuthServer(TokenRegistry &registry, CompanyList companies, Clock clock);

    // Where the discovery document, the id_token's issuer and the consent form point.
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    // Approve every authorization request at once (as if the person pressed Connect on the
    // first US company), for tests and scripts; per request: sandbox_auto_approve=1.
    void setAutoApprove(bool on) { m_autoApprove = on; }
    bool autoApprove() const { return m_autoApprove; }

    // GET /connect/oauth2 (the consent page, or a redirect when approved) and POST
    // /connect/oauth2 (the page's Connect / Cancel buttons).
    SandboxReply authorize(const SandboxRequest &request);
    // POST /oauth2/v1/tokens/bearer
    SandboxReply token(const SandboxRequest &request);
    // POST /v2/oauth2/tokens/revoke
    SandboxReply revoke(const SandboxRequest &request);
    // GET /.well-known/openid_configuration and …/openid_sandbox_configuration
    SandboxReply discovery() const;
    // GET /v1/openid_connect/userinfo
    SandboxReply userInfo(const SandboxRequest &request) const;
    // GET /op/v1/jwks
    SandboxReply jwks() const;

    // True if the scope asks for company data, so that the redirect carries a realmId and the
    // token is bound to that company (§1 "realmId … only for Accounting/Payments scopes").
    static bool scopeNeedsCompany(const QString &scope);

private:
    struct ClientAuth
    {
        QString clientId;
        bool ok = false;
        bool usedBasic = false;
    };
    ClientAuth authenticate(const SandboxRequest &request, const QUrlQuery &form) const;
    SandboxReply tokenResponse(const TokenGrantResult &result, bool includeHardExpiry) const;
    QByteArray idToken(const TokenGrantResult &result) const;
    SandboxReply consentPage(const QUrlQuery &params, const OAuthClient &client) const;
    QList<QboCompany> companies() const
    {
        return m_companies ? m_companies() : QList<QboCompany>();
    }
    QString endpoint(const QString &path) const;

    TokenRegistry &m_registry;
    CompanyList m_companies;
    Clock m_clock;
    QUrl m_baseUrl;
    bool m_autoApprove = false;
};

} // namespace bookflow::sandbox
