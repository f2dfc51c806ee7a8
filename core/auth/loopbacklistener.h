#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QEventLoop;
class QTcpServer;
class QTcpSocket;

namespace bookflow {

// Receives the browser's redirect at the end of an OAuth 2.0 authorization-code sign-in
// (PRODUCT.md §5). Qt 6.4's QOAuthHttpServerReplyHandler binds every interface and hands out
// an IP-address redirect URI, which Intuit refuses (anchors.md C1), so this is our own small
// HTTP/1.1 listener: loopback addresses only, `http://localhost:PORT/callback`, strict about
// what it accepts, and single use.
//
// Only `GET <callbackPath>?…` whose `state` equals the expected one ends the wait; anything
// else (a favicon request, a stray or forged callback) is answered and ignored, so it cannot
// end the sign-in. The callback's query is returned decoded exactly once (RFC 6749 Appendix B:
// application/x-www-form-urlencoded, so `+` is a space and `%2B` a plus); read its values with
// `QUrl::FullyDecoded` — the default PrettyDecoded keeps a literal `%` as `%25`.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRequestHeadBytes = 8 * 1024;
    static constexpr int DefaultConnectionTimeoutMs = 10 * 1000;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Binds 127.0.0.1 on `port` (0 = a free port chosen by the system) and, where the machine
    // has IPv6 loopback, ::1 on the same port — browsers may resolve `localhost` to either.
    // Never any other address. Listening again closes the previous session first.
    Status listen(quint16 port = 0, const QString &callbackPath = QStringLiteral("/callback"));
    bool isListening() const;
    quint16 port() const;
    QList<QHostAddress> boundAddresses() const;

    // http://localhost:PORT/callback — a host name, not an IP: Intuit refuses IP-address
    // redirect URIs. Empty while not listening.
    QUrl redirectUri() const;

    // The `state` the authorization request carried; callbacks with another state (or none)
    // are refused. Forgotten once a callback has been accepted, so it is never reused.
    void setExpectedState(const QString &state);

    // How long one connection may take to deliver its request head before it is dropped, so a
    // slow or idle client cannot hold resources. The default is DefaultConnectionTimeoutMs.
    void setConnectionTimeout(int ms);

    // Runs a local event loop until a callback with the expected state arrives (possibly it
    // already has) or timeoutMs passes. Success: the callback's query (code, state, realmId, …).
    // After a result (success or the provider's error) the listener is closed: single use. On a
    // timeout it keeps listening, so the caller may wait again or close().
    Result<QUrlQuery> waitForCallback(int timeoutMs);

    // Stops listening and releases the port; an answer already being sent is still delivered.
    void close();

Q_SIGNALS:
    // Emitted once, when the accepted callback (success or provider error) arrived.
    void finished();

private:
    struct Connection
    {
        QByteArray head;
        bool answered = false;
    };

    void acceptConnections(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void handleRequestHead(QTcpSocket *socket, const QByteArray &head);
    void handleCallback(QTcpSocket *socket, const QList<QPair<QString, QString>> &items);
    void respond(QTcpSocket *socket, int status, const QString &title,
                 const QStringList &paragraphs, const QByteArray &extraHeaders = {},
                 bool withBody = true);
    void closeServers();
    void dropUnansweredConnections();

    QTcpServer *m_ipv4 = nullptr;
    QTcpServer *m_ipv6 = nullptr;
    QString m_callbackPath;
    QString m_expectedState;
    int m_connectionTimeoutMs = DefaultConnectionTimeoutMs;
    QHash<QTcpSocket *, Connection> m_connections;
    std::optional<Result<QUrlQuery>> m_result;
    QEventLoop *m_waitLoop = nullptr;
};

} // namespace bookflow
