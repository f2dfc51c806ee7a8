#include "core/auth/connectionauth.h"

#include "core/util/tr.h"

#include <QLockFile>
#include <QLoggingCategory>
#include <QMutexLocker>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcAuth, "bookflow.auth", QtInfoMsg)

QString providerName(Provider provider)
{
    return provider == Provider::HubSpot ? QStringLiteral("HubSpot") : QStringLiteral("QuickBooks");
}

} // namespace

ConnectionAuth::ConnectionAuth(QString connectionId, OAuthApp app, SecretStore &secrets,
                               QString secretKey, QString lockPath, const Clock &clock,
                               State initialState, QString reason)
    : m_connectionId(std::move(connectionId)), m_app(std::move(app)), m_secrets(secrets),
      m_secretKey(std::move(secretKey)), m_lockPath(std::move(lockPath)), m_clock(clock),
      m_state(initialState == State::Refreshing ? State::Connected : initialState),
      m_reason(std::move(reason))
{
}

QString ConnectionAuth::stateKey(State state)
{
    switch (state) {
    case State::Connected:
        return QStringLiteral("connected");
    case State::Refreshing:
        return QStringLiteral("refreshing");
    case State::NeedsReconnect:
        return QStringLiteral("needsReconnect");
    }
    return {};
}

ConnectionAuth::State ConnectionAuth::state() const
{
    QMutexLocker locker(&m_stateMutex);
    return m_state;
}

QString ConnectionAuth::reason() const
{
    QMutexLocker locker(&m_stateMutex);
    return m_reason;
}

void ConnectionAuth::setStateListener(StateListener listener)
{
    QMutexLocker locker(&m_mutex);
    m_listener = std::move(listener);
}

void ConnectionAuth::setStateLocked(State state, const QString &reason, Change &change)
{
    QMutexLocker locker(&m_stateMutex);
    if (m_state == state && m_reason == reason)
        return;
    m_state = state;
    m_reason = reason;
    // Refreshing is a passing state nobody stores; only where it ends is reported.
    if (state != State::Refreshing) {
        change.changed = true;
        change.state = state;
        change.reason = reason;
    }
}

void ConnectionAuth::notify(const Change &change)
{
    StateListener listener;
    {
        QMutexLocker locker(&m_mutex);
        listener = m_listener;
    }
    if (change.changed && listener)
        listener(change.state, change.reason);
}

ApiError ConnectionAuth::reconnectError() const
{
    ApiError error;
    error.cls = ApiError::Class::NeedsReconnect;
    error.reason = reason();
    if (error.reason.isEmpty())
        error.reason = Tr::tr("The %1 connection needs to be reconnected in Connections.")
                           .arg(providerName(m_app.provider));
    return error;
}

ApiStatus ConnectionAuth::loadLocked()
{
    if (m_tokens)
        return ApiStatus::success();
    const Result<std::optional<QString>> stored = m_secrets.read(m_secretKey);
    if (!stored) {
        ApiError error;
        error.cls = ApiError::Class::Transient;
        error.reason = stored.reason();
        return error;
    }
    const std::optional<OAuthTokens> tokens =
        stored->has_value() ? OAuthTokens::fromText(**stored) : std::nullopt;
    if (!tokens) {
        ApiError error;
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = Tr::tr("Bookflow has no saved sign-in for this %1 connection in %2. "
                              "Reconnect it in Connections.")
                           .arg(providerName(m_app.provider), m_secrets.describe());
        return error;
    }
    m_tokens = tokens;
    return ApiStatus::success();
}

ApiStatus ConnectionAuth::refreshLocked(Transport &transport, Change &change,
                                        const std::optional<QString> &refusedToken)
{
    if (state() == State::NeedsReconnect)
        return reconnectError();

    // One refresh at a time across processes sharing the data dir (the GUI and a CLI `run`).
    QLockFile fileLock(m_lockPath);
    fileLock.setStaleLockTime(5 * 60 * 1000);
    if (!fileLock.tryLock(60 * 1000)) {
        ApiError error;
        error.cls = ApiError::Class::Transient;
        error.reason = Tr::tr("Another Bookflow program is renewing the %1 sign-in and has not "
                              "finished; Bookflow will try again.")
                           .arg(providerName(m_app.provider));
        error.detail = QStringLiteral("lock file %1 busy").arg(m_lockPath);
        return error;
    }

    // The other process may have refreshed while this one waited: use its tokens.
    const Result<std::optional<QString>> stored = m_secrets.read(m_secretKey);
    if (stored && stored->has_value()) {
        if (const auto fresh = OAuthTokens::fromText(**stored)) {
            const bool replaced = !m_tokens || fresh->accessToken != m_tokens->accessToken;
            m_tokens = fresh;
            const bool stillRefused = refusedToken && *refusedToken == fresh->accessToken;
            if (replaced && !stillRefused && !fresh->refreshDue(m_clock.now())) {
                qCInfo(lcAuth) << "connection" << m_connectionId
                               << "tokens were renewed by another program";
                return ApiStatus::success();
            }
        }
    }
    if (!m_tokens || !m_tokens->canRefresh()) {
        ApiError error;
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = Tr::tr("%1 refused the saved access token and it cannot be renewed. "
                              "Reconnect it in Connections.")
                           .arg(providerName(m_app.provider));
        setStateLocked(State::NeedsReconnect, error.reason, change);
        return error;
    }

    setStateLocked(State::Refreshing, QString(), change);
    OAuthProvider provider(transport, m_app, m_clock);
    ++m_refreshesSent;
    const ApiResult<OAuthTokens> renewed = provider.refresh(*m_tokens);
    if (!renewed) {
        const ApiError &error = renewed.error();
        qCWarning(lcAuth).noquote()
            << "connection" << m_connectionId << "refresh failed:" << ApiError::className(error.cls)
            << error.detail;
        if (error.needsReconnect())
            setStateLocked(State::NeedsReconnect, error.reason, change);
        else
            setStateLocked(State::Connected, QString(), change);
        return error;
    }
    // Saved before use: a crash from here on finds the newest refresh token in the store.
    const Status saved = m_secrets.write(m_secretKey, renewed->toText());
    if (!saved) {
        setStateLocked(State::Connected, QString(), change);
        ApiError error;
        error.cls = ApiError::Class::Transient;
        error.reason = Tr::tr("Bookflow renewed the %1 sign-in but could not save it: %2")
                           .arg(providerName(m_app.provider), saved.reason());
        return error;
    }
    m_tokens = renewed.value();
    setStateLocked(State::Connected, QString(), change);
    qCInfo(lcAuth) << "connection" << m_connectionId << "access token renewed";
    return ApiStatus::success();
}

ApiResult<QString> ConnectionAuth::accessToken(Transport &transport)
{
    Change change;
    ApiResult<QString> result = [&]() -> ApiResult<QString> {
        QMutexLocker locker(&m_mutex);
        if (state() == State::NeedsReconnect)
            return reconnectError();
        if (const ApiStatus loaded = loadLocked(); !loaded) {
            if (loaded.error().needsReconnect())
                setStateLocked(State::NeedsReconnect, loaded.error().reason, change);
            return loaded.error();
        }
        const QDateTime now = m_clock.now();
        if (m_tokens->canRefresh() && m_tokens->refreshDue(now)) {
            const ApiStatus refreshed = refreshLocked(transport, change, std::nullopt);
            // A token inside its safety margin still works; only an expired one is useless.
            const bool expired = now >= m_tokens->accessExpiresAt;
            if (!refreshed && (expired || refreshed.error().needsReconnect()))
                return refreshed.error();
        }
        return m_tokens->accessToken;
    }();
    notify(change);
    return result;
}

ApiStatus ConnectionAuth::refreshAfterRefusal(Transport &transport, const QString &refusedToken)
{
    Change change;
    ApiStatus result = [&]() -> ApiStatus {
        QMutexLocker locker(&m_mutex);
        if (const ApiStatus loaded = loadLocked(); !loaded) {
            if (loaded.error().needsReconnect())
                setStateLocked(State::NeedsReconnect, loaded.error().reason, change);
            return loaded;
        }
        // Someone refreshed while this caller's request was out: its token is already replaced.
        if (m_tokens->accessToken != refusedToken)
            return ApiStatus::success();
        return refreshLocked(transport, change, refusedToken);
    }();
    notify(change);
    return result;
}

Result<std::optional<OAuthTokens>> ConnectionAuth::storedTokens()
{
    const Result<std::optional<QString>> stored = m_secrets.read(m_secretKey);
    if (!stored)
        return stored.failure();
    if (!stored->has_value())
        return std::optional<OAuthTokens>();
    return OAuthTokens::fromText(**stored);
}

ConnectionTokenSource::ConnectionTokenSource(ConnectionAuth &auth, Transport &transport)
    : m_auth(auth), m_transport(transport)
{
}

QString ConnectionTokenSource::accessToken()
{
    const ApiResult<QString> token = m_auth.accessToken(m_transport);
    if (!token) {
        m_lastError = token.error();
        m_handedOut.clear();
        return {};
    }
    m_lastError.reset();
    m_handedOut = token.value();
    return m_handedOut;
}

ApiStatus ConnectionTokenSource::refresh()
{
    // No token could be had in the first place: say why instead of trying again.
    if (m_handedOut.isEmpty() && m_lastError)
        return *m_lastError;
    const ApiStatus refreshed = m_auth.refreshAfterRefusal(m_transport, m_handedOut);
    if (!refreshed)
        m_lastError = refreshed.error();
    return refreshed;
}

} // namespace bookflow
