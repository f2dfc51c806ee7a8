// NetworkTransport over real sockets on the loopback: the blocking send, the wall-clock timeout,
// the https-only rule, no redirects, exact bytes both ways. The peer is a few lines of raw HTTP
// on a QTcpServer in the same thread, answered while send() waits in its local event loop.
#include "core/net/networktransport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <functional>

using namespace bookflow;

namespace {

// One raw HTTP/1.1 peer. `reply` returns the bytes to answer with (empty: stay silent).
class RawHttpPeer : public QObject
{
public:
    explicit RawHttpPeer(std::function<QByteArray(const QByteArray &)> reply)
        : m_reply(std::move(reply))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onData(socket); });
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> requests; // each one complete: head and body

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        int length = 0;
        for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toInt();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray request = buffer.left(headEnd + 4 + length);
        buffer.remove(0, request.size());
        requests.append(request);
        const QByteArray answer = m_reply(request);
        if (!answer.isEmpty()) {
            socket->write(answer);
            socket->flush();
        }
    }

    QTcpServer m_server;
    std::function<QByteArray(const QByteArray &)> m_reply;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &body,
                      const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

class TestNetworkTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsExactBytesAndReturnsTheAnswer();
    void errorStatusesStillCarryTheirBody();
    void silentPeerTimesOut();
    void closedPortIsANetworkError();
    void redirectsAreNotFollowed();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void refusesAForeignThread();
};

void TestNetworkTransport::sendsExactBytesAndReturnsTheAnswer()
{
    RawHttpPeer peer([](const QByteArray &) {
        return httpAnswer(200, "OK", "{\"Invoice\":{\"Id\":\"1\"}}", "intuit_tid: 1-2-3\r\n");
    });
    NetworkTransport transport;
    HttpRequest request;
    request.method = "POST";
    request.url = peer.url(QStringLiteral("/v3/company/1/invoice?minorversion=75&requestid=r-1"));
    request.setHeader("Authorization", "Bearer token-1");
    request.setHeader("Content-Type", "application/json");
    request.body = "{\"Amount\":0.30}";
    request.timeoutMs = 10000;

    const HttpResponse response = transport.send(request);
    QCOMPARE(response.status, 200);
    QVERIFY(response.networkError.isEmpty());
    QVERIFY(!response.timedOut);
    QCOMPARE(response.body, QByteArray("{\"Invoice\":{\"Id\":\"1\"}}"));
    QCOMPARE(response.header("INTUIT_TID"), QByteArray("1-2-3"));

    QCOMPARE(peer.requests.size(), 1);
    const QByteArray wire = peer.requests.first();
    QVERIFY2(
        wire.startsWith("POST /v3/company/1/invoice?minorversion=75&requestid=r-1 HTTP/1.1\r\n"),
        wire.constData());
    QVERIFY(wire.contains("Authorization: Bearer token-1\r\n"));
    QVERIFY(wire.endsWith("\r\n\r\n{\"Amount\":0.30}"));
    QVERIFY(wire.contains("User-Agent: Bookflow/"));
    // No h2c upgrade offer on plain http (anchors.md C4).
    QVERIFY(!wire.toLower().contains("upgrade: h2c"));
}

void TestNetworkTransport::errorStatusesStillCarryTheirBody()
{
    RawHttpPeer peer([](const QByteArray &) {
        return httpAnswer(400, "Bad Request", "{\"Fault\":{\"Error\":[{\"code\":\"6240\"}]}}");
    });
    NetworkTransport transport;
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/x"));
    const HttpResponse response = transport.send(request);
    QCOMPARE(response.status, 400);
    QVERIFY(response.body.contains("6240"));
    QVERIFY(response.networkError.isEmpty());
}

void TestNetworkTransport::silentPeerTimesOut()
{
    RawHttpPeer peer([](const QByteArray &) { return QByteArray(); });
    NetworkTransport transport;
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/slow"));
    request.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const HttpResponse response = transport.send(request);
    QVERIFY(response.timedOut);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.networkError.isEmpty());
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(peer.requests.size(), 1);
}

void TestNetworkTransport::closedPortIsANetworkError()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    } // closed again: nothing listens there now
    NetworkTransport transport;
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    request.timeoutMs = 5000;
    const HttpResponse response = transport.send(request);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.timedOut);
    QVERIFY(!response.refused);
    QVERIFY(!response.networkError.isEmpty());
}

void TestNetworkTransport::redirectsAreNotFollowed()
{
    RawHttpPeer elsewhere([](const QByteArray &) { return httpAnswer(200, "OK", "{}"); });
    const QByteArray location = elsewhere.url(QStringLiteral("/stolen")).toEncoded();
    RawHttpPeer peer([location](const QByteArray &) {
        return httpAnswer(302, "Found", "", "Location: " + location + "\r\n");
    });
    NetworkTransport transport;
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/v3/company/1/preferences"));
    request.setHeader("Authorization", "Bearer secret");
    const HttpResponse response = transport.send(request);
    QCOMPARE(response.status, 302);
    QCOMPARE(elsewhere.requests.size(), 0); // the bearer token went nowhere else
}

void TestNetworkTransport::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << "https://quickbooks.api.intuit.com/v3" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v3" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/v3" << true;
    QTest::newRow("http [::1]") << "http://[::1]:8080/v3" << true;
    QTest::newRow("http remote") << "http://quickbooks.api.intuit.com/v3" << false;
    QTest::newRow("http LAN address") << "http://192.168.1.20/v3" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.example.com/v3" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/v3" << false;
    QTest::newRow("no host") << "https:///v3" << false;
}

void TestNetworkTransport::plainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(NetworkTransport::isAllowedUrl(QUrl(url)), allowed);
    if (allowed)
        return;
    NetworkTransport transport;
    HttpRequest request;
    request.url = QUrl(url);
    const HttpResponse response = transport.send(request);
    QVERIFY(response.refused);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.networkError.isEmpty());
}

void TestNetworkTransport::refusesAForeignThread()
{
    RawHttpPeer peer([](const QByteArray &) { return httpAnswer(200, "OK", "{}"); });
    QNetworkAccessManager manager; // lives in this thread
    NetworkTransport transport(&manager);
    HttpRequest request;
    request.url = peer.url(QStringLiteral("/"));
    HttpResponse fromWorker;
    QThread *worker = QThread::create([&] { fromWorker = transport.send(request); });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(fromWorker.refused);
    QCOMPARE(peer.requests.size(), 0);
    QCOMPARE(transport.send(request).status, 200); // fine from its own thread
}

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
