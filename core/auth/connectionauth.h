#pragma once

#include "core/auth/oauthprovider.h"
#include "core/auth/oauthtokens.h"
#include "core/auth/secretstore.h"
#include "core/net/apierror.h"
#include "core/net/tokensource.h"
#include "core/util/clock.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace bookflow {

// The token lifecycle of one connection, shared by every client of that connection in a
// process (any thread). It owns the rules every QuickBooks integration gets wrong (qbo-api.md
// §10 pitfall 1, anchors.md A9.1–2):
// - the access token is refreshed ahead of its expiry, and again when the provider refuses it;
// - one refresh at a time: callers that arrive while a refresh runs wait for it and use its
//   result; a caller whose refused token was already replaced does not refresh again; across
//   processes sharing the data dir a lock file serialises refreshes, and the tokens are re-read
//   from the SecretStore after taking it (another process may have refreshed meanwhile);
// - the rotated refresh token is written to the SecretStore before the new access token is
//   handed to anyone; if it cannot be saved the new tokens are not used;
// - a refused refresh (invalid_grant, refused client) puts the connection in needs-reconnect
//   with the reason, and no further refresh is tried until it is reconnected; an unreachable
//   token endpoint is a transient error and changes nothing.
class ConnectionAuth
{
public:
    enum class State { Connected, Refreshing, NeedsReconnect };
    // Called on the thread that changed the state (not under any of this class's locks).
    using StateListener = std::function<void(State state, const QString &reason)>;

    // `secretKey` names the connection's tokens in `secrets`; `lockPath` is the cross-process
    // refresh lock (a file in the data dir). `initialState`/`reason` come from the store.
    ConnectionAuth(QString connectionId, OAuthApp app, SecretStore &secrets, QString secretKey,
                   QString lockPath, const Clock &clock, State initialState = State::Connected,
                   QString reason = QString());

    QString connectionId() const { return m_connectionId; }
    State state() const;
    QString reason() const;
    void setStateListener(StateListener listener);

    // A usable access token: loaded from the SecretStore the first time, refreshed first when
    // due. Errors: needs reconnect (with the reason), the SecretStore unreadable, or a failed
    // refresh of a token that has already expired.
    ApiResult<QString> accessToken(Transport &transport);
    // The provider refused `refusedToken`: refresh, unless another caller already replaced it.
    ApiStatus refreshAfterRefusal(Transport &transport, const QString &refusedToken);
    // How many refreshes this object sent to the provider (for tests and diagnostics).
    int refreshesSent() const { return m_refreshesSent.load(); }

    // The tokens as stored (for disconnect's revoke), read fresh from the SecretStore.
    Result<std::optional<OAuthTokens>> storedTokens();

    static QString stateKey(State state);

private:
    struct Change
    {
        bool changed = false;
        State state = State::Connected;
        QString reason;
    };
    // All with m_mutex held.
    ApiStatus loadLocked();
    // `refusedToken`: the access token the provider refused, if that is why.
    ApiStatus refreshLocked(Transport &transport, Change &change,
                            const std::optional<QString> &refusedToken);
    void setStateLocked(State state, const QString &reason, Change &change);
    void notify(const Change &change);
    ApiError reconnectError() const;

    const QString m_connectionId;
    const OAuthApp m_app;
    SecretStore &m_secrets;
    const QString m_secretKey;
    const QString m_lockPath;
    const Clock &m_clock;

    QMutex m_mutex; // held for a whole load or refresh: callers queue behind it
    std::optional<OAuthTokens> m_tokens;
    mutable QMutex m_stateMutex; // only for m_state/m_reason, so state() never waits on a refresh
    State m_state;
    QString m_reason;
    StateListener m_listener;
    std::atomic<int> m_refreshesSent{0};
};

// The TokenSource a provider client uses: one per client (and so per thread and Transport),
// all of a connection's sources sharing one ConnectionAuth.
class ConnectionTokenSource final : public TokenSource
{
public:
    ConnectionTokenSource(ConnectionAuth &auth, Transport &transport);

    // An empty string when no token can be had; the request is then refused and refresh()
    // reports why (lastError()).
    QString accessToken() override;
    ApiStatus refresh() override;
    std::optional<ApiError> lastError() const { return m_lastError; }

private:
    ConnectionAuth &m_auth;
    Transport &m_transport;
    QString m_handedOut;
    std::optional<ApiError> m_lastError;
};

} // namespace bookflow
