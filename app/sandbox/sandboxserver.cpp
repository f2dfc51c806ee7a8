#include "app/sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpServer>

namespace bookflow::sandbox {

namespace {

// "GET", "POST", … as they appear on the wire (the enum's keys are "Get", "Post", …).
QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

SandboxServer::SandboxServer(QObject *parent) : QObject(parent)
{
    registerRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    if (isListening()) {
        m_errorString = tr("The sandbox is already listening on port %1.").arg(m_port);
        return false;
    }
    // Our own QTcpServer rather than QHttpServer::listen(): 6.4's listen() reports a taken port
    // only as a log line, and the command line needs the reason.
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString =
            tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_server.bind(tcpServer); // takes ownership
    m_port = tcpServer->serverPort();
    m_errorString.clear();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void SandboxServer::registerRoutes()
{
    registerAdminRoutes();
    // Later: registerHubSpotRoutes() (/oauth, /crm/v3, /crm/v4) and registerQuickBooksRoutes()
    // (/connect/oauth2, /oauth2/v1, /v3/company/{realmId}).

    // A JSON 404 naming the request, so a client bug shows up as a readable message in its logs
    // rather than as an empty body.
    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            QJsonObject body;
            body.insert(QStringLiteral("status"), QStringLiteral("error"));
            body.insert(QStringLiteral("message"),
                        QStringLiteral("No route for %1 %2")
                            .arg(methodName(request.method()), request.url().path()));
            // Compact like QHttpServerResponse(QJsonObject); the responder's QJsonDocument overload
            // would indent it.
            responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                            QByteArrayLiteral("application/json"),
                            QHttpServerResponder::StatusCode::NotFound);
        });
}

void SandboxServer::registerAdminRoutes()
{
    m_server.route(QStringLiteral("/_sandbox/health"), QHttpServerRequest::Method::Get, [] {
        QJsonObject body;
        body.insert(QStringLiteral("status"), QStringLiteral("ok"));
        body.insert(QStringLiteral("service"), QString::fromLatin1(ServiceName));
        body.insert(QStringLiteral("version"), QString::fromLatin1(Version));
        return QHttpServerResponse(body);
    });
}

} // namespace bookflow::sandbox
