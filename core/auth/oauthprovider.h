#pragma once

#include "core/auth/authorizationrequest.h"
#include "core/auth/oauthtokens.h"
#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/store/connection.h"
#include "core/util/clock.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace bookflow {

// Everything needed to talk to one provider's OAuth 2.0 server as one app: the endpoints, the
// client credentials the person entered (the secret read from the SecretStore, never stored
// elsewhere), and the redirect URI.
struct OAuthApp
{
    Provider provider = Provider::QuickBooks;
    Environment environment = Environment::Production;
    QString clientId;
    QString clientSecret;
    QString redirectUri;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl; // QuickBooks: the revoke endpoint; HubSpot: its API base (refresh-tokens/…)
    QUrl apiBaseUrl;

    // The providers' published endpoints (qbo-api.md §1, hubspot.md §2.1). QuickBooks'
    // environments differ only in the API host.
    static OAuthApp published(Provider provider, Environment environment);
    // A Bookflow sandbox at `baseUrl` serves every endpoint at the real paths.
    static OAuthApp localSandbox(Provider provider, const QUrl &baseUrl);
    // Endpoints from saved app credentials, each empty one falling back to the published one.
    static OAuthApp fromCredentials(const AppCredentials &credentials);
};

// The provider-specific half of the authorization-code flow behind one interface: the authorize
// URL, the code exchange, the refresh and the revocation. QuickBooks authenticates the client
// with HTTP Basic and takes no PKCE; HubSpot takes the secret in the form body and PKCE S256.
class OAuthProvider
{
public:
    OAuthProvider(Transport &transport, OAuthApp app, const Clock &clock);

    const OAuthApp &app() const { return m_app; }
    bool usesPkce() const;
    // What Bookflow asks for: QuickBooks accounting; HubSpot the CRM objects, their schemas
    // (to create the write-back properties) and "oauth".
    static QStringList scopes(Provider provider);

    QUrl authorizeUrl(const AuthorizationRequest &request) const;
    // Exchanges the code of an accepted redirect (`callback` holds code, state, realmId).
    ApiResult<OAuthTokens> exchangeCode(const QUrlQuery &callback,
                                        const AuthorizationRequest &request);
    ApiResult<OAuthTokens> refresh(const OAuthTokens &current);
    // Ends the grant at the provider: QuickBooks revokes the refresh token (and with it the
    // grant); HubSpot deletes the refresh token.
    ApiStatus revoke(const OAuthTokens &tokens);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    Transport &m_transport;
    OAuthApp m_app;
    const Clock &m_clock;
    int m_timeoutMs = 30000;
};

} // namespace bookflow
