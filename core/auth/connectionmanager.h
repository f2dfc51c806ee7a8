#pragma once

#include "core/auth/connectionauth.h"
#include "core/auth/oauthprovider.h"
#include "core/auth/secretstore.h"
#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/store/connection.h"
#include "core/util/clock.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace bookflow {

class Store;

// Connecting, checking and disconnecting HubSpot portals and QuickBooks companies (PRODUCT.md
// §5). What is not secret (the connection's company, state and settings; the app's client id
// and endpoints) goes to the Store; tokens and client secrets only to the SecretStore, under
// keys namespaced by the database's installation id so two data dirs never share them.
//
// Used from one thread (the Store's); the ConnectionAuth objects it hands out may be used from
// any thread.
class ConnectionManager
{
public:
    // Shows the provider's consent page: the GUI opens the system browser; the CLI prints the
    // address, or for the local sandbox plays the person's part. A failure ends the attempt at
    // once with its reason instead of waiting for a redirect that cannot come.
    using OpenBrowser = std::function<Status(const QUrl &authorizeUrl)>;
    // Asks the person for the address the browser ended on (when the redirect is not loopback).
    using AskPastedAddress = std::function<QString()>;

    ConnectionManager(Store &store, SecretStore &secrets, Transport &transport, const Clock &clock);
    ~ConnectionManager();

    SecretStore &secrets() const { return m_secrets; }

    // The OAuth app credentials for a provider + environment: client id and endpoints in the
    // store, the client secret in the SecretStore.
    Status saveApp(const AppCredentials &credentials, const QString &clientSecret);
    Result<OAuthApp> app(Provider provider, Environment environment) const;
    // The app of a Bookflow sandbox at `baseUrl` (every endpoint there, environment sandbox).
    Status saveSandboxApp(Provider provider, const QUrl &baseUrl, const QString &clientId,
                          const QString &clientSecret);

    // The whole authorization-code flow: the loopback listener (or, for a registered redirect
    // that is not loopback, the pasted address), the browser, the state check, the code
    // exchange, the account's details (HubSpot's portal; QuickBooks' CompanyInfo: name and
    // country), then the connection saved and its tokens stored. Reconnecting the same
    // portal or company keeps its id, settings and workflows, and clears needs-reconnect.
    ApiResult<Connection> connectOAuth(Provider provider, Environment environment,
                                       const OpenBrowser &openBrowser, int timeoutMs,
                                       const AskPastedAddress &askPasted = {});
    // A HubSpot private app's access token, checked with HubSpot before it is saved.
    ApiResult<Connection> connectHubSpotPrivateApp(const QString &token, const QUrl &apiBaseUrl,
                                                   Environment environment);

    // Revokes the grant at the provider, deletes the tokens and the connection. When the
    // provider cannot be reached nothing is removed (the grant would stay alive); a grant the
    // provider already dropped is simply forgotten.
    ApiStatus disconnect(const QString &connectionId);

    // The shared token keeper of a connection (one per connection in this manager).
    Result<std::shared_ptr<ConnectionAuth>> auth(const QString &connectionId);
    // Asks the provider something cheap with the connection's tokens (refreshing them when
    // needed): QuickBooks' CompanyInfo, which also refreshes the name and country; HubSpot's
    // token metadata. The state it ends in is saved.
    ApiResult<Connection> check(const QString &connectionId);

    QString tokensKey(const QString &connectionId) const;
    QString clientSecretKey(Provider provider, Environment environment) const;
    QString refreshLockPath(const QString &connectionId) const;

private:
    ApiResult<Connection> finishConnect(const OAuthApp &app, const OAuthTokens &tokens);
    ApiResult<Connection> saveConnection(Connection connection, const OAuthTokens &tokens);
    ApiStatus describeQuickBooks(Connection &connection, TokenSource &tokens);

    Store &m_store;
    SecretStore &m_secrets;
    Transport &m_transport;
    const Clock &m_clock;
    QHash<QString, std::shared_ptr<ConnectionAuth>> m_auth;
};

} // namespace bookflow
