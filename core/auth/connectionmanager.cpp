#include "core/auth/connectionmanager.h"

#include "core/auth/loopbacklistener.h"
#include "core/hubspot/hubspotoauth.h"
#include "core/net/networktransport.h"
#include "core/quickbooks/qboclient.h"
#include "core/store/store.h"
#include "core/util/tr.h"

#include <QDir>
#include <QLoggingCategory>

#include <initializer_list>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcConnections, "bookflow.connections", QtInfoMsg)

// A TokenSource over tokens just received, before the connection exists in the store.
class FreshTokens final : public TokenSource
{
public:
    explicit FreshTokens(QString token) : m_token(std::move(token)) {}
    QString accessToken() override { return m_token; }
    ApiStatus refresh() override
    {
        ApiError error;
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = Tr::tr("The provider refused the sign-in it had just handed out. Try "
                              "connecting again.");
        return error;
    }

private:
    QString m_token;
};

bool isLoopbackRedirect(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == QLatin1String("http") &&
           (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
            host == QLatin1String("::1"));
}

ApiError failure(ApiError::Class cls, const QString &reason)
{
    ApiError error;
    error.cls = cls;
    error.reason = reason;
    return error;
}

ApiError fromStatus(const Status &status)
{
    return failure(ApiError::Class::Permanent, status.reason());
}

// An app whose sign-in page, token or API address is plain http to another computer is refused
// before anything is sent: the browser would carry the sign-in over plain http, where the
// transport would only refuse the code exchange after the person had approved.
Status checkHttps(Provider provider, std::initializer_list<QUrl> addresses)
{
    for (const QUrl &address : addresses) {
        if (!address.isEmpty() && !NetworkTransport::isAllowedUrl(address)) {
            return Failure{Tr::tr("The %1 app's address %2 does not use https. Bookflow only "
                                  "talks to %1 over https (plain http only to this computer). "
                                  "Nothing was sent.")
                               .arg(providerLabel(provider), address.toDisplayString())};
        }
    }
    return Status::success();
}

} // namespace

ConnectionManager::ConnectionManager(Store &store, SecretStore &secrets, Transport &transport,
                                     const Clock &clock)
    : m_store(store), m_secrets(secrets), m_transport(transport), m_clock(clock)
{
}

ConnectionManager::~ConnectionManager() = default;

QString ConnectionManager::tokensKey(const QString &connectionId) const
{
    return QStringLiteral("%1/connection/%2/tokens").arg(m_store.installationId(), connectionId);
}

QString ConnectionManager::clientSecretKey(Provider provider, Environment environment) const
{
    return QStringLiteral("%1/app/%2/%3/client-secret")
        .arg(m_store.installationId(), providerKey(provider), environmentKey(environment));
}

QString ConnectionManager::refreshLockPath(const QString &connectionId) const
{
    return QDir(m_store.dataDir()).filePath(QStringLiteral("refresh-%1.lock").arg(connectionId));
}

Status ConnectionManager::saveApp(const AppCredentials &credentials, const QString &clientSecret)
{
    if (credentials.clientId.trimmed().isEmpty())
        return Failure{Tr::tr("Enter the app's client ID.")};
    if (clientSecret.isEmpty())
        return Failure{Tr::tr("Enter the app's client secret.")};
    if (const Status https =
            checkHttps(credentials.provider, {credentials.authorizeUrl, credentials.tokenUrl,
                                              credentials.revokeUrl, credentials.apiBaseUrl});
        !https)
        return https;
    // The secret first: app credentials without their secret would be half a setting.
    if (const Status saved = m_secrets.write(
            clientSecretKey(credentials.provider, credentials.environment), clientSecret);
        !saved)
        return saved;
    return m_store.saveAppCredentials(credentials);
}

Status ConnectionManager::saveSandboxApp(Provider provider, const QUrl &baseUrl,
                                         const QString &clientId, const QString &clientSecret)
{
    const OAuthApp endpoints = OAuthApp::localSandbox(provider, baseUrl);
    AppCredentials app;
    app.provider = provider;
    app.environment = Environment::Sandbox;
    app.clientId = clientId;
    app.authorizeUrl = endpoints.authorizeUrl;
    app.tokenUrl = endpoints.tokenUrl;
    app.revokeUrl = endpoints.revokeUrl;
    app.apiBaseUrl = endpoints.apiBaseUrl;
    return saveApp(app, clientSecret);
}

Result<OAuthApp> ConnectionManager::app(Provider provider, Environment environment) const
{
    const Result<std::optional<AppCredentials>> credentials =
        m_store.appCredentials(provider, environment);
    if (!credentials)
        return credentials.failure();
    if (!credentials->has_value())
        return Failure{Tr::tr("Bookflow has no %1 app credentials for %2 yet. Enter the client "
                              "ID and secret in Connections first.")
                           .arg(providerLabel(provider), environmentKey(environment))};
    OAuthApp app = OAuthApp::fromCredentials(**credentials);
    const Result<std::optional<QString>> secret =
        m_secrets.read(clientSecretKey(provider, environment));
    if (!secret)
        return secret.failure();
    if (!secret->has_value())
        return Failure{Tr::tr("The %1 app's client secret is missing from %2. Enter it again in "
                              "Connections.")
                           .arg(providerLabel(provider), m_secrets.describe())};
    app.clientSecret = **secret;
    return app;
}

ApiResult<Connection> ConnectionManager::connectOAuth(Provider provider, Environment environment,
                                                      const OpenBrowser &openBrowser, int timeoutMs,
                                                      const AskPastedAddress &askPasted)
{
    Result<OAuthApp> app = this->app(provider, environment);
    if (!app)
        return failure(ApiError::Class::Permanent, app.reason());
    if (const Status https = checkHttps(
            provider, {app->authorizeUrl, app->tokenUrl, app->revokeUrl, app->apiBaseUrl});
        !https)
        return fromStatus(https);

    OAuthProvider oauth(m_transport, *app, m_clock);
    const QUrl registered(app->redirectUri);
    QUrlQuery callback;
    AuthorizationRequest request;
    if (app->redirectUri.isEmpty() || isLoopbackRedirect(registered)) {
        LoopbackListener listener;
        const quint16 port = registered.port(0) > 0 ? quint16(registered.port()) : 0;
        const QString path =
            registered.path().isEmpty() ? QStringLiteral("/callback") : registered.path();
        if (const Status listening = listener.listen(port, path); !listening)
            return failure(ApiError::Class::Permanent, listening.reason());
        // A registered redirect is sent exactly as registered; otherwise the listener's own.
        request = AuthorizationRequest::create(
            app->redirectUri.isEmpty() ? listener.redirectUri().toString() : app->redirectUri,
            oauth.usesPkce());
        listener.setExpectedState(request.state);
        if (const Status opened = openBrowser(oauth.authorizeUrl(request)); !opened)
            return failure(ApiError::Class::Permanent, opened.reason());
        const Result<QUrlQuery> answer = listener.waitForCallback(timeoutMs);
        if (!answer)
            return failure(ApiError::Class::Permanent, answer.reason());
        callback = *answer;
    } else {
        if (!askPasted)
            return failure(ApiError::Class::Permanent,
                           Tr::tr("The app's redirect address %1 is not on this computer, so "
                                  "the address the browser ends on must be pasted into "
                                  "Bookflow.")
                               .arg(app->redirectUri));
        request = AuthorizationRequest::create(app->redirectUri, oauth.usesPkce());
        if (const Status opened = openBrowser(oauth.authorizeUrl(request)); !opened)
            return failure(ApiError::Class::Permanent, opened.reason());
        const Result<QUrlQuery> answer = request.readPastedRedirect(askPasted());
        if (!answer)
            return failure(ApiError::Class::Permanent, answer.reason());
        callback = *answer;
    }
    if (const Result<QUrlQuery> checked = request.checkRedirect(callback); !checked)
        return failure(ApiError::Class::Permanent, checked.reason());

    const ApiResult<OAuthTokens> tokens = oauth.exchangeCode(callback, request);
    if (!tokens)
        return tokens.error();
    if (provider == Provider::QuickBooks && tokens->account.isEmpty())
        return failure(ApiError::Class::Permanent,
                       Tr::tr("QuickBooks did not say which company was connected (no realmId "
                              "in the answer). Try connecting again."));
    return finishConnect(*app, *tokens);
}

ApiStatus ConnectionManager::describeQuickBooks(Connection &connection, TokenSource &tokens)
{
    QboClient client(m_transport, connection.apiBaseUrl, connection.accountId, tokens);
    client.setTimeoutMs(30000);
    const ApiResult<QboObject> info = client.companyInfo();
    if (!info)
        return info.error();
    const QJsonObject json = info->json();
    const QString name = json.value(QStringLiteral("CompanyName")).toString();
    if (!name.isEmpty())
        connection.name = name;
    // The US gate reads CompanyInfo.Country (PRODUCT.md §1; qbo-verified.md §6).
    connection.country = json.value(QStringLiteral("Country")).toString();
    return ApiStatus::success();
}

ApiResult<Connection> ConnectionManager::finishConnect(const OAuthApp &app,
                                                       const OAuthTokens &tokens)
{
    Connection connection;
    connection.provider = app.provider;
    connection.environment = app.environment;
    connection.apiBaseUrl = app.apiBaseUrl;
    connection.authKind = AuthKind::OAuth;
    connection.scopes =
        tokens.scopes.isEmpty() ? OAuthProvider::scopes(app.provider) : tokens.scopes;
    FreshTokens fresh(tokens.accessToken);
    if (app.provider == Provider::QuickBooks) {
        connection.accountId = tokens.account;
        if (const ApiStatus described = describeQuickBooks(connection, fresh); !described)
            return described.error();
    } else {
        HubSpotOAuth oauth(m_transport, app.apiBaseUrl, {app.clientId, QString(), QString()},
                           m_clock);
        const ApiResult<HubSpotTokenInfo> info = oauth.tokenInfo(tokens.accessToken);
        if (!info)
            return info.error();
        connection.accountId = QString::number(info->hubId);
        connection.name = info->hubDomain.isEmpty() ? Tr::tr("HubSpot account %1").arg(info->hubId)
                                                    : info->hubDomain;
    }
    OAuthTokens stored = tokens;
    stored.account = connection.accountId;
    return saveConnection(connection, stored);
}

ApiResult<Connection> ConnectionManager::saveConnection(Connection connection,
                                                        const OAuthTokens &tokens)
{
    // A reconnect keeps the existing row: its id (workflows point at it) and its settings.
    const Result<QVector<Connection>> existing = m_store.connections();
    if (!existing)
        return fromStatus(Status(existing.failure()));
    for (const Connection &known : *existing) {
        if (known.provider == connection.provider && known.accountId == connection.accountId &&
            known.environment == connection.environment) {
            Connection merged = known;
            merged.name = connection.name.isEmpty() ? known.name : connection.name;
            merged.apiBaseUrl = connection.apiBaseUrl;
            merged.authKind = connection.authKind;
            merged.scopes = connection.scopes;
            if (connection.provider == Provider::QuickBooks)
                merged.country = connection.country;
            connection = merged;
            break;
        }
    }
    connection.state = ConnectionState::Connected;
    connection.stateReason.clear();
    const bool isNew = connection.id.isEmpty();
    const Result<QString> id = m_store.saveConnection(connection);
    if (!id)
        return fromStatus(Status(id.failure()));
    connection.id = *id;
    if (const Status saved = m_secrets.write(tokensKey(connection.id), tokens.toText()); !saved) {
        // Without its tokens the connection cannot work: don't leave a new one behind.
        if (isNew)
            m_store.removeConnection(connection.id);
        return failure(ApiError::Class::Permanent, saved.reason());
    }
    // Any token keeper of this connection must start from the new tokens.
    m_auth.remove(connection.id);
    if (const Status state =
            m_store.setConnectionState(connection.id, ConnectionState::Connected, QString());
        !state)
        return fromStatus(state);
    // Work paused while the connection needed reconnecting goes on.
    if (const Status resumed = m_store.resumeActionRuns(connection.id); !resumed)
        return fromStatus(resumed);
    qCInfo(lcConnections).noquote() << "connected" << providerKey(connection.provider)
                                    << connection.accountId << "as" << connection.id;
    const Result<Connection> saved = m_store.connection(connection.id);
    if (!saved)
        return fromStatus(Status(saved.failure()));
    return *saved;
}

ApiResult<Connection> ConnectionManager::connectHubSpotPrivateApp(const QString &token,
                                                                  const QUrl &apiBaseUrl,
                                                                  Environment environment)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return failure(ApiError::Class::Permanent, Tr::tr("Paste the private app's access token."));
    HubSpotOAuth oauth(m_transport, apiBaseUrl, {}, m_clock);
    const ApiResult<HubSpotTokenInfo> info = oauth.privateAppTokenInfo(trimmed);
    if (!info)
        return info.error();
    Connection connection;
    connection.provider = Provider::HubSpot;
    connection.environment = environment;
    connection.apiBaseUrl = apiBaseUrl;
    connection.authKind = AuthKind::PrivateAppToken;
    connection.accountId = QString::number(info->hubId);
    connection.name = Tr::tr("HubSpot account %1").arg(info->hubId);
    connection.scopes = info->scopes;
    OAuthTokens tokens;
    tokens.accessToken = trimmed;
    tokens.issuedAt = m_clock.now().toUTC();
    tokens.account = connection.accountId;
    tokens.scopes = info->scopes;
    return saveConnection(connection, tokens);
}

Result<std::shared_ptr<ConnectionAuth>> ConnectionManager::auth(const QString &connectionId)
{
    if (const auto found = m_auth.constFind(connectionId); found != m_auth.constEnd())
        return *found;
    const Result<Connection> connection = m_store.connection(connectionId);
    if (!connection)
        return connection.failure();
    OAuthApp app;
    if (connection->authKind == AuthKind::OAuth) {
        Result<OAuthApp> known = this->app(connection->provider, connection->environment);
        if (!known)
            return known.failure();
        app = *known;
    } else {
        app.provider = connection->provider;
        app.environment = connection->environment;
    }
    app.apiBaseUrl = connection->apiBaseUrl;
    auto auth = std::make_shared<ConnectionAuth>(
        connectionId, app, m_secrets, tokensKey(connectionId), refreshLockPath(connectionId),
        m_clock,
        connection->state == ConnectionState::NeedsReconnect ? ConnectionAuth::State::NeedsReconnect
                                                             : ConnectionAuth::State::Connected,
        connection->stateReason);
    m_auth.insert(connectionId, auth);
    return auth;
}

ApiResult<Connection> ConnectionManager::check(const QString &connectionId)
{
    Result<std::shared_ptr<ConnectionAuth>> auth = this->auth(connectionId);
    if (!auth)
        return failure(ApiError::Class::Permanent, auth.reason());
    Result<Connection> connection = m_store.connection(connectionId);
    if (!connection)
        return failure(ApiError::Class::Permanent, connection.reason());
    ConnectionTokenSource tokens(**auth, m_transport);
    ApiStatus checked;
    if (connection->provider == Provider::QuickBooks) {
        checked = describeQuickBooks(connection.value(), tokens);
    } else {
        const QString token = tokens.accessToken();
        if (token.isEmpty()) {
            checked = *tokens.lastError();
        } else {
            HubSpotOAuth oauth(m_transport, connection->apiBaseUrl, {}, m_clock);
            const auto tryInfo = [&](const QString &accessToken) {
                return connection->authKind == AuthKind::PrivateAppToken
                           ? oauth.privateAppTokenInfo(accessToken)
                           : oauth.tokenInfo(accessToken);
            };
            ApiResult<HubSpotTokenInfo> info = tryInfo(token);
            // HubSpot's metadata endpoint answers 404 for an expired token: renew once.
            if (!info && connection->authKind == AuthKind::OAuth && !info.error().isTransient() &&
                !info.error().isRateLimited()) {
                if (const ApiStatus refreshed = tokens.refresh(); !refreshed)
                    info = refreshed.error();
                else
                    info = tryInfo(tokens.accessToken());
            }
            if (!info)
                checked = info.error();
        }
    }
    // The state the tokens ended in is the connection's state; a network blip changes nothing.
    if (!checked && checked.error().needsReconnect()) {
        m_store.setConnectionState(connectionId, ConnectionState::NeedsReconnect,
                                   checked.error().reason);
        return checked.error();
    }
    if (!checked)
        return checked.error();
    if (connection->provider == Provider::QuickBooks) {
        if (const Result<QString> saved = m_store.saveConnection(*connection); !saved)
            return failure(ApiError::Class::Permanent, saved.reason());
    }
    m_store.setConnectionState(connectionId, ConnectionState::Connected, QString());
    const Result<Connection> updated = m_store.connection(connectionId);
    if (!updated)
        return failure(ApiError::Class::Permanent, updated.reason());
    return *updated;
}

ApiStatus ConnectionManager::disconnect(const QString &connectionId)
{
    const Result<Connection> connection = m_store.connection(connectionId);
    if (!connection)
        return failure(ApiError::Class::Permanent, connection.reason());
    const Result<std::optional<QString>> stored = m_secrets.read(tokensKey(connectionId));
    if (!stored)
        return failure(ApiError::Class::Transient, stored.reason());
    const std::optional<OAuthTokens> tokens =
        stored->has_value() ? OAuthTokens::fromText(**stored) : std::nullopt;
    if (tokens && connection->authKind == AuthKind::OAuth) {
        const Result<OAuthApp> app = this->app(connection->provider, connection->environment);
        if (app) {
            OAuthApp withBase = *app;
            withBase.apiBaseUrl = connection->apiBaseUrl;
            OAuthProvider provider(m_transport, withBase, m_clock);
            const ApiStatus revoked = provider.revoke(*tokens);
            // Unreachable: keep everything, so the grant can still be revoked later.
            if (!revoked && (revoked.error().isTransient() || revoked.error().isRateLimited()))
                return revoked.error();
            if (!revoked)
                qCWarning(lcConnections).noquote()
                    << "revoke refused, forgetting the connection anyway:"
                    << revoked.error().detail;
        }
    }
    if (const Status removed = m_secrets.remove(tokensKey(connectionId)); !removed)
        return failure(ApiError::Class::Transient, removed.reason());
    m_auth.remove(connectionId);
    if (const Status removed = m_store.removeConnection(connectionId); !removed)
        return failure(ApiError::Class::Permanent, removed.reason());
    qCInfo(lcConnections).noquote() << "disconnected" << connectionId;
    return ApiStatus::success();
}

} // namespace bookflow
