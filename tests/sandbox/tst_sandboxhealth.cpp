// The sandbox's skeleton: loopback-only listening, the health route, the JSON 404, and the
// command-line contract of bookflow-sandbox (first stdout line, exit codes, clean SIGTERM).
#include "app/sandbox/sandboxserver.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using bookflow::sandbox::SandboxServer;

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QJsonObject json;
    QString error;
};

// A real HTTP GET over the loopback, waiting on the reply's signal.
HttpReply get(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    // Plain-http peers should never be offered an h2c upgrade (anchors.md C4).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    if (!reply->isFinished() && !finished.wait(15000)) {
        result.error = QStringLiteral("no reply from %1").arg(url.toString());
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        result.error = QStringLiteral("body is not JSON: %1").arg(parseError.errorString());
    result.json = doc.object();
    reply->deleteLater();
    return result;
}

QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(path);
    return base;
}

} // namespace

class TestSandboxHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopbackWithAFreePort();
    void healthAnswersJson();
    void unknownPathIsJson404();
    void takenPortIsRefusedWithAReason();
    void notReachableFromOtherAddresses();
    void executablePrintsPortServesAndStopsOnSigterm();
    void executableRefusesBadUsage_data();
    void executableRefusesBadUsage();
};

void TestSandboxHealth::listensOnLoopbackWithAFreePort()
{
    SandboxServer server;
    QVERIFY(!server.isListening());
    QVERIFY(server.baseUrl().isEmpty());
    QVERIFY2(server.listen(0), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    // A second listen() on the same object is a mistake, reported rather than ignored.
    QVERIFY(!server.listen(0));
    QVERIFY(!server.errorString().isEmpty());
}

void TestSandboxHealth::healthAnswersJson()
{
    SandboxServer server;
    server.setAdminEnabled(true);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const HttpReply reply = get(withPath(server.baseUrl(), QStringLiteral("/_sandbox/health")));
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value(QStringLiteral("service")).toString(),
             QStringLiteral("bookflow-sandbox"));
    QCOMPARE(reply.json.value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
}

void TestSandboxHealth::unknownPathIsJson404()
{
    SandboxServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const HttpReply reply = get(withPath(server.baseUrl(), QStringLiteral("/crm/v3/nothing")));
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(reply.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("No route for GET /crm/v3/nothing"));
}

void TestSandboxHealth::takenPortIsRefusedWithAReason()
{
    SandboxServer first;
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    SandboxServer second;
    QVERIFY(!second.listen(first.port()));
    QVERIFY(!second.isListening());
    QVERIFY(second.errorString().contains(QString::number(first.port())));
}

void TestSandboxHealth::notReachableFromOtherAddresses()
{
    SandboxServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QHostAddress other;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
            other = address;
            break;
        }
    }
    if (other.isNull())
        QSKIP("this machine has no IPv4 address besides the loopback to try from");
    QTcpSocket socket;
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(other, server.port());
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + connected.count() > 0, 10000);
    QCOMPARE(connected.count(), 0);
}

void TestSandboxHealth::executablePrintsPortServesAndStopsOnSigterm()
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(BOOKFLOW_SANDBOX),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--admin")});
    QVERIFY2(sandbox.waitForStarted(10000), qPrintable(sandbox.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine() || sandbox.state() == QProcess::NotRunning,
                             15000);
    const QString firstLine = QString::fromUtf8(sandbox.readLine()).trimmed();
    static const QRegularExpression format(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:([0-9]{1,5})$"));
    const QRegularExpressionMatch match = format.match(firstLine);
    QVERIFY2(match.hasMatch(),
             qPrintable(QStringLiteral("first line: \"%1\", stderr: %2")
                            .arg(firstLine, QString::fromUtf8(sandbox.readAllStandardError()))));
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0 && port <= 65535);

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/_sandbox/health"));
    const HttpReply reply = get(url);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("service")).toString(),
             QStringLiteral("bookflow-sandbox"));

    QSignalSpy finished(&sandbox, &QProcess::finished);
    sandbox.terminate(); // SIGTERM
    QVERIFY(finished.count() > 0 || finished.wait(15000));
    // A clean stop, not death by signal: the sandbox handles SIGTERM and leaves its event loop.
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
}

void TestSandboxHealth::executableRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("limits fast") << QStringList{QStringLiteral("--limits"), QStringLiteral("fast")}
                                 << QStringLiteral("--limits");
    QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("65536")}
                                  << QStringLiteral("--port");
    QTest::newRow("port not a number")
        << QStringList{QStringLiteral("--port=abc")} << QStringLiteral("--port");
    QTest::newRow("negative latency")
        << QStringList{QStringLiteral("--latency=-5")} << QStringLiteral("--latency");
    QTest::newRow("seed large without count")
        << QStringList{QStringLiteral("--seed"), QStringLiteral("large:")}
        << QStringLiteral("--seed");
    QTest::newRow("seed unknown") << QStringList{QStringLiteral("--seed"), QStringLiteral("tiny")}
                                  << QStringLiteral("--seed");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--fast")} << QStringLiteral("fast");
}

void TestSandboxHealth::executableRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QProcess sandbox;
    sandbox.start(QStringLiteral(BOOKFLOW_SANDBOX), arguments);
    QVERIFY2(sandbox.waitForFinished(15000), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 2);
    QVERIFY(sandbox.readAllStandardOutput().isEmpty());
    const QString stderrText = QString::fromUtf8(sandbox.readAllStandardError());
    QCOMPARE(stderrText.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(stderrText.contains(reason), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(TestSandboxHealth)
#include "tst_sandboxhealth.moc"
