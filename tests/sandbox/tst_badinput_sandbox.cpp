// The sandbox on bad ground: its state file (--data FILE) on a disk that fills up is not
// replaced by half a file — the save fails with the file's name and the system's reason and the
// previous state stays whole; and the "mangle" fault rules that spoil an answer after the
// provider did the work (the engine's bad-answer tests use them) are checked like every rule.
#include "app/sandbox/sandboxserver.h"
#include "sandbox/sandboxhttp.h"
#include "support/smalldisk.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sandboxtest;
using bookflow::sandbox::SandboxServer;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBadInputSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskKeepsTheStateFileWhole();
    void mangleRulesAreCheckedAndSpoilOnlyTheAnswer_data();
    void mangleRulesAreCheckedAndSpoilOnlyTheAnswer();
};

void TestBadInputSandbox::fullDiskKeepsTheStateFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("small-disk"));
    ::testsupport::SmallDisk disk(folder, 4 * 1024 * 1024);
    const QString file = QDir(folder).filePath(QStringLiteral("state.json"));

    // A first run writes the state when it stops.
    {
        QProcess sandbox;
        QString error;
        QVERIFY2(startSandbox(sandbox, {QStringLiteral("--data"), file}, &error),
                 qPrintable(error));
        QVERIFY(stopSandbox(sandbox));
    }
    const QByteArray before = contents(file);
    QVERIFY(QJsonDocument::fromJson(before).isObject());

    // The second cannot write it all.
    QVERIFY(disk.fill(before.size() / 2));
    QProcess sandbox;
    const qint64 limit = before.size() / 2;
    if (!disk.isReal())
        sandbox.setChildProcessModifier(
            [limit] { ::testsupport::SmallDisk::limitChild(rlim_t(limit)); });
    QString error;
    QVERIFY2(startSandbox(sandbox, {QStringLiteral("--data"), file}, &error), qPrintable(error));
    QSignalSpy finished(&sandbox, &QProcess::finished);
    sandbox.terminate();
    QVERIFY(finished.count() > 0 || finished.wait(15000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 1);
    const QString stderrText = QString::fromUtf8(sandbox.readAllStandardError());
    QVERIFY2(stderrText.contains(file) && (stderrText.contains(QStringLiteral("No space left")) ||
                                           stderrText.contains(QStringLiteral("File too large"))),
             qPrintable(stderrText));
    qInfo("%s on %s", qPrintable(stderrText.trimmed()), qPrintable(disk.describe()));
    QVERIFY(contents(file) == before); // whole (QCOMPARE would print it)
    QCOMPARE(QDir(folder).entryList({QStringLiteral("state.json*")}, QDir::Files),
             QStringList{QStringLiteral("state.json")});
}

void TestBadInputSandbox::mangleRulesAreCheckedAndSpoilOnlyTheAnswer_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<int>("status");             // of POST /_sandbox/faults
    QTest::addColumn<QByteArray>("answerStart"); // what the spoilt answer begins with
    QTest::newRow("html") << QByteArray(R"({"path":"/companyinfo/","mangle":"html","times":1})")
                          << 200 << QByteArray("<!DOCTYPE html>");
    QTest::newRow("empty") << QByteArray(R"({"path":"/companyinfo/","mangle":"empty","times":1})")
                           << 200 << QByteArray();
    QTest::newRow("truncated") << QByteArray(
                                      R"({"path":"/companyinfo/","mangle":"truncated","times":1})")
                               << 200 << QByteArray("{");
    QTest::newRow("shape") << QByteArray(R"({"path":"/companyinfo/","mangle":"shape","times":1})")
                           << 200 << QByteArray(R"({"status":"ok","result":[]})");
    QTest::newRow("unknown kind") << QByteArray(R"({"mangle":"garble"})") << 400 << QByteArray();
    QTest::newRow("with a status")
        << QByteArray(R"({"mangle":"html","status":502})") << 400 << QByteArray();
    QTest::newRow("with a drop") << QByteArray(R"({"mangle":"html","drop":true})") << 400
                                 << QByteArray();
}

void TestBadInputSandbox::mangleRulesAreCheckedAndSpoilOnlyTheAnswer()
{
    QFETCH(QByteArray, rule);
    QFETCH(int, status);
    QFETCH(QByteArray, answerStart);

    SandboxServer server;
    server.setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(server.listen(0), qPrintable(server.errorString()));
    Http http;
    const QUrl faults(server.baseUrl().toString() + QStringLiteral("/_sandbox/faults"));
    const HttpResult added = http.send("POST", faults, "{\"rules\":[" + rule + "]}");
    QVERIFY2(added.status == status, qPrintable(added.describe()));
    if (status != 200) {
        QVERIFY(added.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("mangle")));
        return;
    }

    const Tokens tokens = connectQuickBooks(http, server.baseUrl());
    QVERIFY(!tokens.accessToken.isEmpty());
    const QString realm = tokens.realmId;
    const QUrl info = apiUrl(server.baseUrl(), realm, QStringLiteral("companyinfo/%1").arg(realm));
    const HttpResult spoilt = http.send("GET", info, {}, bearer(tokens.accessToken));
    QCOMPARE(spoilt.status, 200);
    QVERIFY2(spoilt.body.startsWith(answerStart), spoilt.body.left(200).constData());
    QVERIFY(spoilt.body != http.send("GET", info, {}, bearer(tokens.accessToken)).body);
    // The rule fired on the spoilt answer, not on anything before it.
    const QJsonArray rules =
        http.send("GET", faults).json().value(QStringLiteral("rules")).toArray();
    QVERIFY(rules.first().toObject().value(QStringLiteral("fired")).toInt() >= 1);
    QCOMPARE(rules.first().toObject().value(QStringLiteral("mangle")),
             QJsonDocument::fromJson(rule).object().value(QStringLiteral("mangle")));
}

QTEST_GUILESS_MAIN(TestBadInputSandbox)
#include "tst_badinput_sandbox.moc"
