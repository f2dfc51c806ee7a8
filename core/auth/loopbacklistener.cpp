#include "core/auth/loopbacklistener.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>

namespace bookflow {

namespace {

// Only the path and the status are ever logged: the query carries the authorization code and
// the state.
Q_LOGGING_CATEGORY(lcLoopback, "bookflow.auth.loopback", QtInfoMsg)

// With port 0 the system picks a port free on 127.0.0.1; another program may hold the same
// port on ::1, where a browser resolving `localhost` to ::1 would hand it the code. A few fresh
// ports are tried before giving up.
constexpr int FreePortAttempts = 16;

// Echoed provider texts are shortened: they end up in a dialog and in the browser page.
constexpr int MaxEchoedErrorChars = 100;
constexpr int MaxEchoedDescriptionChars = 300;
constexpr int MaxLoggedPathChars = 200;

struct RequestHead
{
    QByteArray method;
    QByteArray path;  // as sent, percent-encoded
    QByteArray query; // as sent, without the '?'
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
};

// RFC 9110 §5.6.2 tchar.
bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// An origin-form request target (RFC 9112 §3.2.1): printable ASCII, no fragment, and every '%'
// starting a complete escape, so decoding cannot be ambiguous.
bool isValidTarget(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return false;
    for (int i = 0; i < target.size(); ++i) {
        const char c = target.at(i);
        if (c < 0x21 || c > 0x7e || c == '#')
            return false;
        if (c == '%' && (i + 2 >= target.size() || !isHexDigit(target.at(i + 1)) ||
                         !isHexDigit(target.at(i + 2))))
            return false;
    }
    return true;
}

// A field value (RFC 9110 §5.5): visible characters, spaces and tabs, nothing else.
bool isValidFieldValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

// Parses the request head (without its final empty line); nullopt when it is malformed.
// Deliberately strict: CRLF line ends only, no folded header lines, no space before a colon.
std::optional<RequestHead> parseRequestHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        // Every line but the last ends with CR (the LF was the split point); none holds
        // another CR.
        const QByteArray &line = lines.at(i);
        const bool last = i == lines.size() - 1;
        const int crs = line.count('\r');
        if (last ? crs != 0 : (crs != 1 || !line.endsWith('\r')))
            return std::nullopt;
    }

    RequestHead request;
    const QByteArray requestLine = lines.first().chopped(lines.size() > 1 ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !isValidTarget(parts.at(1)))
        return std::nullopt;
    request.method = parts.at(0);
    request.version = parts.at(2);
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return std::nullopt;
    const QByteArray &target = parts.at(1);
    const int question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    for (int i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const int colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon);
        // isToken also refuses a folded continuation line (it starts with a space or tab) and
        // whitespace between the name and the colon (RFC 9112 §5.1).
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isValidFieldValue(value))
            return std::nullopt;
        request.headers.append({name.toLower(), value});
    }
    return request;
}

// The Host header must name this listener: a page on another site that resolves its own name
// to 127.0.0.1 (DNS rebinding) sends its own host name and is refused.
bool isOwnHost(const QByteArray &host, quint16 port)
{
    QByteArray name = host;
    QByteArray rest;
    if (host.startsWith('[')) {
        const int end = host.indexOf(']');
        if (end < 0)
            return false;
        name = host.left(end + 1);
        rest = host.mid(end + 1);
    } else if (const int colon = host.indexOf(':'); colon >= 0) {
        name = host.left(colon);
        rest = host.mid(colon);
    }
    if (!rest.isEmpty()) {
        bool ok = false;
        const uint given = rest.startsWith(':') ? rest.mid(1).toUInt(&ok) : 0;
        if (!ok || given != port)
            return false;
    }
    name = name.toLower();
    return name == "localhost" || name == "127.0.0.1" || name == "[::1]";
}

// application/x-www-form-urlencoded (RFC 6749 Appendix B): '+' is a space, then each %XX is
// decoded, once. nullopt when the bytes are not UTF-8.
std::optional<QString> formDecode(QByteArray raw)
{
    raw.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QList<QPair<QString, QString>>> parseQuery(const QByteArray &query)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        const auto key = formDecode(equals < 0 ? pair : pair.left(equals));
        const auto value = formDecode(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!key || !value)
            return std::nullopt;
        items.append({*key, *value});
    }
    return items;
}

// Builds the QUrlQuery handed to the caller from already decoded values. Each value is encoded
// so that QUrl::FullyDecoded gives it back byte for byte; '/', '+' and the like stay literal so
// that even the default PrettyDecoded reading shows them as they are.
QUrlQuery toUrlQuery(const QList<QPair<QString, QString>> &items)
{
    static const QByteArray keepLiteral = "/+:@!$'()*,;?";
    QByteArray encoded;
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key, keepLiteral) + '=' +
                   QUrl::toPercentEncoding(value, keepLiteral);
    }
    QUrlQuery query;
    query.setQuery(QString::fromLatin1(encoded));
    return query;
}

// Compares without stopping at the first difference, so the time taken says nothing about how
// much of the state a guess got right.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return difference == 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QString portInUse(quint16 port)
{
    return LoopbackListener::tr("Bookflow cannot wait for the sign-in answer: port %1 on this "
                                "computer is already in use by another program. Close that "
                                "program or choose another port.")
        .arg(port);
}

QString loggedPath(const QByteArray &path)
{
    return QString::fromLatin1(path.left(MaxLoggedPathChars));
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent)
{
}

LoopbackListener::~LoopbackListener()
{
    if (m_waitLoop)
        m_waitLoop->quit();
    closeServers();
    // The sockets are our children, but their `destroyed` handlers touch m_connections, which
    // is gone by the time QObject deletes children: delete them here, quietly.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

Status LoopbackListener::listen(quint16 port, const QString &callbackPath)
{
    close();
    m_result.reset();
    if (!callbackPath.startsWith(QLatin1Char('/')) || callbackPath.contains(QLatin1Char('?')) ||
        callbackPath.contains(QLatin1Char('#')))
        return Failure{
            tr("The sign-in answer address “%1” is not a valid path.").arg(callbackPath)};
    m_callbackPath = callbackPath;

    const int attempts = port == 0 ? FreePortAttempts : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        auto *ipv4 = new QTcpServer(this);
        if (!ipv4->listen(QHostAddress::LocalHost, port)) {
            const QAbstractSocket::SocketError error = ipv4->serverError();
            const QString detail = ipv4->errorString();
            delete ipv4;
            if (error == QAbstractSocket::AddressInUseError)
                return Failure{portInUse(port)};
            if (error == QAbstractSocket::SocketAccessError)
                return Failure{tr("Bookflow is not allowed to use port %1 on this computer to "
                                  "wait for the sign-in answer. Choose a port above 1024.")
                                   .arg(port)};
            return Failure{
                tr("Bookflow cannot wait for the sign-in answer on this computer: %1").arg(detail)};
        }
        const quint16 bound = ipv4->serverPort();

        auto *ipv6 = new QTcpServer(this);
        if (ipv6->listen(QHostAddress::LocalHostIPv6, bound)) {
            m_ipv6 = ipv6;
        } else {
            const bool taken = ipv6->serverError() == QAbstractSocket::AddressInUseError;
            delete ipv6;
            if (taken) {
                delete ipv4;
                if (port != 0)
                    return Failure{portInUse(port)};
                continue;
            }
            // Any other error means the machine has no IPv6 loopback; 127.0.0.1 is enough.
        }
        m_ipv4 = ipv4;
        for (QTcpServer *server : {m_ipv4, m_ipv6}) {
            if (server)
                connect(server, &QTcpServer::newConnection, this,
                        [this, server] { acceptConnections(server); });
        }
        qCInfo(lcLoopback) << "waiting for the sign-in answer on port" << bound
                           << (m_ipv6 ? "(127.0.0.1 and ::1)" : "(127.0.0.1)");
        return Status::success();
    }
    return Failure{tr("Bookflow could not find a free port on this computer to wait for the "
                      "sign-in answer.")};
}

bool LoopbackListener::isListening() const
{
    return m_ipv4 && m_ipv4->isListening();
}

quint16 LoopbackListener::port() const
{
    return isListening() ? m_ipv4->serverPort() : 0;
}

QList<QHostAddress> LoopbackListener::boundAddresses() const
{
    QList<QHostAddress> addresses;
    for (const QTcpServer *server : {m_ipv4, m_ipv6}) {
        if (server && server->isListening())
            addresses.append(server->serverAddress());
    }
    return addresses;
}

QUrl LoopbackListener::redirectUri() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(port());
    url.setPath(m_callbackPath);
    return url;
}

void LoopbackListener::setExpectedState(const QString &state)
{
    m_expectedState = state;
}

void LoopbackListener::setConnectionTimeout(int ms)
{
    m_connectionTimeoutMs = qMax(1, ms);
}

Result<QUrlQuery> LoopbackListener::waitForCallback(int timeoutMs)
{
    if (m_waitLoop)
        return Failure{tr("Bookflow is already waiting for this sign-in answer.")};
    if (!m_result && !isListening())
        return Failure{tr("Bookflow is not waiting for a sign-in answer. Start connecting again.")};

    if (!m_result) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(qMax(0, timeoutMs));
        const QPointer<LoopbackListener> self(this);
        m_waitLoop = &loop;
        loop.exec();
        if (!self) // deleted by something that ran inside the loop
            return Failure{tr("The sign-in was cancelled.")};
        m_waitLoop = nullptr;
        if (!m_result) {
            if (!isListening()) // close() while waiting
                return Failure{tr("The sign-in was cancelled.")};
            if (timeoutMs >= 60 * 1000)
                return Failure{tr("No answer came back from the sign-in page within %n minute(s).",
                                  nullptr, (timeoutMs + 30 * 1000) / (60 * 1000))};
            return Failure{tr("No answer came back from the sign-in page within %n second(s).",
                              nullptr, qMax(1, (timeoutMs + 999) / 1000))};
        }
    }
    Result<QUrlQuery> result = std::move(*m_result);
    m_result.reset();
    return result;
}

void LoopbackListener::close()
{
    closeServers();
    dropUnansweredConnections();
    if (m_waitLoop)
        m_waitLoop->quit();
}

void LoopbackListener::acceptConnections(QTcpServer *server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        if (!socket)
            break;
        // Owned by us, not the server, so an answer still being sent survives closeServers().
        socket->setParent(this);
        m_connections.insert(socket, Connection{});

        // One deadline for the whole connection: a client that trickles bytes is dropped as
        // surely as one that sends nothing.
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(m_connectionTimeoutMs);

        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this,
                [this, socket] { m_connections.remove(socket); });
        if (socket->bytesAvailable() > 0)
            QTimer::singleShot(0, socket, [this, socket] { readRequest(socket); });
    }
}

void LoopbackListener::readRequest(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    if (found->answered) {
        // Connection: close — anything sent after the one request is read and dropped.
        socket->readAll();
        return;
    }
    // Read no more than the limit allows, so the buffer never grows past it.
    found->head += socket->read(MaxRequestHeadBytes - found->head.size());
    const int end = found->head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (found->head.contains("\n\n")) {
            qCDebug(lcLoopback) << "malformed request -> 400";
            respond(socket, 400, tr("Request not understood"),
                    {tr("Bookflow could not understand this request; nothing was changed.")});
        } else if (found->head.size() >= MaxRequestHeadBytes) {
            qCDebug(lcLoopback) << "request head larger than" << MaxRequestHeadBytes
                                << "bytes -> 431";
            respond(socket, 431, tr("Request too large"),
                    {tr("This request is too large for Bookflow; nothing was changed.")});
        }
        return; // wait for the rest of the head
    }
    const QByteArray head = found->head.left(end);
    handleRequestHead(socket, head);
}

void LoopbackListener::handleRequestHead(QTcpSocket *socket, const QByteArray &head)
{
    const std::optional<RequestHead> request = parseRequestHead(head);
    if (!request) {
        qCDebug(lcLoopback) << "malformed request -> 400";
        respond(socket, 400, tr("Request not understood"),
                {tr("Bookflow could not understand this request; nothing was changed.")});
        return;
    }
    const QString path = loggedPath(request->path);

    int hosts = 0;
    bool hostOk = true;
    for (const auto &[name, value] : request->headers) {
        if (name == "host") {
            ++hosts;
            hostOk = hostOk && isOwnHost(value, port());
        }
    }
    // HTTP/1.1 requires exactly one Host (RFC 9112 §3.2); HTTP/1.0 may leave it out.
    if (hosts > 1 || (hosts == 0 && request->version == "HTTP/1.1") || !hostOk) {
        qCDebug(lcLoopback).noquote() << request->method << path << "(foreign host) -> 400";
        respond(socket, 400, tr("Not Bookflow's sign-in page"),
                {tr("This address is not Bookflow's sign-in page; nothing was changed.")});
        return;
    }

    if (QString::fromUtf8(QByteArray::fromPercentEncoding(request->path)) != m_callbackPath) {
        qCDebug(lcLoopback).noquote() << request->method << path << "-> 404";
        respond(socket, 404, tr("Not found"), {tr("There is nothing at this address.")});
        return;
    }

    if (request->method != "GET") {
        qCDebug(lcLoopback).noquote() << request->method << path << "-> 405";
        // A HEAD answer carries no body (RFC 9110 §9.3.2).
        respond(socket, 405, tr("Not allowed"),
                {tr("Bookflow's sign-in page only answers the browser's usual page requests.")},
                "Allow: GET\r\n", request->method != "HEAD");
        return;
    }

    const auto items = parseQuery(request->query);
    if (!items) {
        qCDebug(lcLoopback).noquote() << request->method << path << "(undecodable query) -> 400";
        respond(socket, 400, tr("Request not understood"),
                {tr("Bookflow could not understand this request; nothing was changed.")});
        return;
    }
    handleCallback(socket, *items);
}

void LoopbackListener::handleCallback(QTcpSocket *socket,
                                      const QList<QPair<QString, QString>> &items)
{
    const QString path = loggedPath(m_callbackPath.toUtf8());
    QHash<QString, QString> values;
    bool repeated = false;
    for (const auto &[key, value] : items) {
        repeated = repeated || values.contains(key);
        values.insert(key, value);
    }

    // A callback must carry exactly the state we sent (RFC 6749 §10.12). Without an expected
    // state nothing is accepted; a repeated parameter could smuggle a second value past a
    // reader that takes the other one, so it is refused as well. Refused requests do not end
    // the wait: a stray or forged request must not be able to end the sign-in.
    const QString state = values.value(QStringLiteral("state"));
    if (repeated || m_expectedState.isEmpty() || !values.contains(QStringLiteral("state")) ||
        !sameSecret(state, m_expectedState)) {
        qCInfo(lcLoopback).noquote() << "GET" << path << "(state refused) -> 400";
        respond(socket, 400, tr("Not Bookflow's sign-in"),
                {tr("This sign-in answer does not belong to the connection Bookflow started; "
                    "nothing was changed.")});
        return;
    }

    std::optional<Result<QUrlQuery>> result;
    if (values.contains(QStringLiteral("error"))) {
        const QString error = values.value(QStringLiteral("error")).left(MaxEchoedErrorChars);
        const QString description = values.value(QStringLiteral("error_description"))
                                        .simplified()
                                        .left(MaxEchoedDescriptionChars);
        QString reason;
        if (error == QLatin1String("access_denied"))
            reason = tr("The connection was cancelled in the browser.");
        else if (description.isEmpty())
            reason = tr("The sign-in page answered with the error “%1”.").arg(error);
        else
            reason =
                tr("The sign-in page answered with the error “%1”: %2").arg(error, description);
        result = Failure{reason};
    } else if (values.value(QStringLiteral("code")).isEmpty()) {
        result = Failure{tr("The sign-in page answered without an authorization code.")};
    } else {
        result = toUrlQuery(items);
    }

    if (result->ok()) {
        qCInfo(lcLoopback).noquote() << "GET" << path << "(sign-in answer accepted) -> 200";
        respond(socket, 200, tr("Bookflow is connected"),
                {tr("Bookflow is connected. You can close this tab and return to Bookflow.")});
    } else {
        qCInfo(lcLoopback).noquote() << "GET" << path << "(sign-in not completed) -> 200";
        respond(socket, 200, tr("Bookflow was not connected"),
                {tr("The connection was not made: %1").arg(result->reason()),
                 tr("You can close this tab and return to Bookflow.")});
    }

    // Single use: the state is forgotten and the port released before anyone hears about it.
    m_result = std::move(result);
    m_expectedState.clear();
    closeServers();
    dropUnansweredConnections();
    if (m_waitLoop)
        m_waitLoop->quit();
    Q_EMIT finished();
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QString &title,
                               const QStringList &paragraphs, const QByteArray &extraHeaders,
                               bool withBody)
{
    const auto found = m_connections.find(socket);
    if (found != m_connections.end()) {
        found->answered = true;
        found->head.clear();
    }

    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width\">"
                                  "<title>%1</title><style>body{font-family:system-ui,sans-serif;"
                                  "max-width:36em;margin:4em auto;padding:0 1em;color:#222}"
                                  "</style></head><body><h1>%1</h1>")
                       .arg(title.toHtmlEscaped());
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    html += QStringLiteral("</body></html>\n");
    const QByteArray body = html.toUtf8();

    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                          "\r\n"
                          "Content-Type: text/html; charset=utf-8\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) +
                          "\r\n"
                          "Connection: close\r\n"
                          // The page is reached through a URL holding the code: keep it out of
                          // caches, out of Referer headers and out of frames.
                          "Cache-Control: no-store\r\n"
                          "Pragma: no-cache\r\n"
                          "Referrer-Policy: no-referrer\r\n"
                          "X-Content-Type-Options: nosniff\r\n"
                          "X-Frame-Options: DENY\r\n"
                          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
                          "frame-ancestors 'none'\r\n" +
                          extraHeaders + "\r\n";
    if (withBody)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackListener::closeServers()
{
    for (QTcpServer *server : {m_ipv4, m_ipv6}) {
        if (server) {
            server->disconnect(this);
            server->close(); // releases the port now; the object goes later
            server->deleteLater();
        }
    }
    m_ipv4 = nullptr;
    m_ipv6 = nullptr;
}

void LoopbackListener::dropUnansweredConnections()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (!m_connections.value(socket).answered) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

} // namespace bookflow
