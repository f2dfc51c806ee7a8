#include "ui/app/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace bookflow {

namespace {

constexpr int AnswerTimeoutMs = 2000;
const QByteArray ShowRequest = QByteArrayLiteral("show\n");

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent)
{
    // The folder's canonical path, hashed: the same folder under two spellings is one Bookflow.
    QString path = QDir(dataDir).canonicalPath();
    if (path.isEmpty())
        path = QDir(dataDir).absolutePath();
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_name = QStringLiteral("bookflow-%1-%2").arg(uint(::getuid())).arg(QString::fromLatin1(hash));
}

bool SingleInstance::askRunningToShow()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(AnswerTimeoutMs))
        return false;
    socket.write(ShowRequest);
    if (!socket.waitForBytesWritten(AnswerTimeoutMs))
        return false;
    // The running one closes the connection once it has read the request.
    socket.waitForDisconnected(AnswerTimeoutMs);
    return true;
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    if (!m_server->listen(m_name)) {
        // A socket file left by a Bookflow that crashed: nobody answered on it (askRunningToShow
        // came first), so it is removed and made again.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine();
                socket->disconnectFromServer();
                if (line == ShowRequest)
                    Q_EMIT showRequested();
            });
        }
    });
    return true;
}

} // namespace bookflow
