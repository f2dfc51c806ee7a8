#pragma once
// The executables as tests drive them: a bookflow-sandbox process on a free loopback port, and
// bookflow-cli runs with their exit code and output. Header-only; for tests/cli and tests/e2e.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace testsupport {

struct CliRun
{
    int exitCode = -1; // -1: it crashed, was killed or did not finish in time
    QByteArray out;
    QByteArray err;
};

// bookflow-cli with `args`, waiting up to two minutes.
inline CliRun
runCli(const QStringList &args,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BOOKFLOW_CLI), args);
    if (!process.waitForStarted(20000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// A bookflow-sandbox process: started by start(), stopped (SIGTERM) by the destructor.
class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty on success, else why it did not start.
    QString start(const QStringList &extra = {})
    {
        // --admin: the tests reset, fault and count through /_sandbox/….
        m_process.start(
            QStringLiteral(BOOKFLOW_SANDBOX),
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--admin")} +
                extra);
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        // The first stdout line names the address (ARCHITECTURE.md's contract).
        const bool answered = QTest::qWaitFor(
            [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
            20000);
        if (!answered)
            return QStringLiteral("bookflow-sandbox printed nothing within 20 s");
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression format(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]{1,5})$"));
        const QRegularExpressionMatch match = format.match(line);
        if (!match.hasMatch())
            return QStringLiteral("first line \"%1\", stderr %2")
                .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
        m_url = QUrl(match.captured(1));
        return {};
    }

    QUrl url() const { return m_url; }

    // One admin or API exchange, answered as JSON.
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr)
    {
        QNetworkRequest request(QUrl(m_url.toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_manager.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_manager;
};

} // namespace testsupport
