// The sandbox's admin endpoints (/_sandbox/…) reset data, move the clock, inject faults and hand
// out tokens without asking anyone, so they are served only when asked for: SandboxServer::
// setAdminEnabled(true), bookflow-sandbox --admin. Otherwise every one of them is the same 404
// as a path that doesn't exist, and does nothing — in a server of its own, in the demo's
// SandboxThread, and in the executable.
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxthread.h"
#include "sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace sandboxtest;
using bookflow::sandbox::SandboxServer;
using bookflow::sandbox::SandboxThread;

namespace {

struct AdminCall
{
    QByteArray method;
    QString path;
    QByteArray body;
};

// One call of every admin endpoint, each of which would change something or give something away.
QList<AdminCall> everyAdminCall()
{
    return {
        {"GET", QStringLiteral("/_sandbox/health"), {}},
        {"POST", QStringLiteral("/_sandbox/reset?seed=none"), {}},
        {"GET", QStringLiteral("/_sandbox/faults"), {}},
        {"POST", QStringLiteral("/_sandbox/faults"), R"({"rules":[{"status":500}]})"},
        {"DELETE", QStringLiteral("/_sandbox/faults"), {}},
        {"GET", QStringLiteral("/_sandbox/requests"), {}},
        {"POST", QStringLiteral("/_sandbox/requests/reset"), {}},
        {"GET", QStringLiteral("/_sandbox/time"), {}},
        {"POST", QStringLiteral("/_sandbox/time"), R"({"advanceSeconds":86400})"},
        {"POST", QStringLiteral("/_sandbox/tokens/expire"), {}},
        {"GET", QStringLiteral("/_sandbox/clients"), {}},
        {"POST", QStringLiteral("/_sandbox/clients"),
         R"({"client_id":"intruder","client_secret":"intruder-secret"})"},
        {"GET", QStringLiteral("/_sandbox/settings"), {}},
        {"POST", QStringLiteral("/_sandbox/settings"), R"({"autoApprove":true})"},
        {"GET", QStringLiteral("/_sandbox/companies"), {}},
        {"POST", QStringLiteral("/_sandbox/companies"), R"({"name":"Intruder Inc"})"},
        {"GET", QStringLiteral("/_sandbox/private-app-tokens"), {}},
        {"POST", QStringLiteral("/_sandbox/private-app-tokens"), {}},
        {"GET", QStringLiteral("/_sandbox/health/"), {}},
    };
}

// Every call answered 404 exactly like an unknown path; empty when so, else what differed.
QString refusedLikeAnUnknownPath(Http &http, const QUrl &base)
{
    QStringList problems;
    for (const AdminCall &call : everyAdminCall()) {
        const HttpResult result =
            http.send(call.method, QUrl(base.toString() + call.path), call.body);
        const QString path = QUrl(base.toString() + call.path).path();
        const QJsonObject expected{
            {QStringLiteral("status"), QStringLiteral("error")},
            {QStringLiteral("message"),
             QStringLiteral("No route for %1 %2").arg(QString::fromLatin1(call.method), path)}};
        if (result.status != 404 || result.json() != expected)
            problems << QStringLiteral("%1 %2: %3")
                            .arg(QString::fromLatin1(call.method), call.path, result.describe());
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace

class TestSecurityAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefaultAndChangesNothing();
    void onWhenAsked();
    void theDemosSandboxThreadHasThemOff();
    void theExecutableServesThemOnlyWithAdmin();
};

void TestSecurityAdmin::offByDefaultAndChangesNothing()
{
    SandboxServer server;
    QVERIFY(!server.adminEnabled());
    QVERIFY2(server.listen(0), qPrintable(server.errorString()));
    const QDateTime before = server.now();
    const QJsonObject seeded = server.saveState();

    Http http;
    const QString problems = refusedLikeAnUnknownPath(http, server.baseUrl());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // Nothing happened: no reset, no fault, no client or company, no token, the clock as it was.
    QCOMPARE(server.saveState(), seeded);
    QVERIFY(server.now().secsTo(before) < 60 && before.secsTo(server.now()) < 60);
    QVERIFY(!server.settings().autoApprove);
    // The provider APIs work as before (the sandbox is not broken, only closed).
    const HttpResult discovery =
        http.send("GET", QUrl(server.baseUrl().toString() +
                              QStringLiteral("/.well-known/openid_configuration")));
    QCOMPARE(discovery.status, 200);
}

void TestSecurityAdmin::onWhenAsked()
{
    SandboxServer server;
    server.setAdminEnabled(true);
    QVERIFY2(server.listen(0), qPrintable(server.errorString()));
    Http http;
    const HttpResult health =
        http.send("GET", QUrl(server.baseUrl().toString() + QStringLiteral("/_sandbox/health")));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const HttpResult token = http.send(
        "POST", QUrl(server.baseUrl().toString() + QStringLiteral("/_sandbox/private-app-tokens")));
    QVERIFY2(token.status == 200 || token.status == 201, qPrintable(token.describe()));
    // And off again: the switch is live.
    server.setAdminEnabled(false);
    QCOMPARE(
        http.send("GET", QUrl(server.baseUrl().toString() + QStringLiteral("/_sandbox/health")))
            .status,
        404);
}

void TestSecurityAdmin::theDemosSandboxThreadHasThemOff()
{
    // The demo workspace runs its sandbox in a SandboxThread and drives it in-process.
    SandboxThread thread;
    QVERIFY2(thread.start(), qPrintable(thread.errorString()));
    bool enabled = true;
    thread.call([&](SandboxServer &server) { enabled = server.adminEnabled(); });
    QVERIFY(!enabled);
    Http http;
    const QString problems = refusedLikeAnUnknownPath(http, thread.baseUrl());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestSecurityAdmin::theExecutableServesThemOnlyWithAdmin()
{
    for (const bool admin : {false, true}) {
        QProcess process;
        QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
        if (admin)
            arguments << QStringLiteral("--admin");
        process.start(QStringLiteral(BOOKFLOW_SANDBOX), arguments);
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning,
                                 20000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QUrl base(line.section(QLatin1Char(' '), 2));
        QVERIFY2(base.isValid() && base.port() > 0, qPrintable(line));

        Http http;
        if (admin) {
            const HttpResult health =
                http.send("GET", QUrl(base.toString() + QStringLiteral("/_sandbox/health")));
            QCOMPARE(health.status, 200);
        } else {
            const QString problems = refusedLikeAnUnknownPath(http, base);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        }
        QVERIFY(stopSandbox(process));
    }
}

QTEST_GUILESS_MAIN(TestSecurityAdmin)
#include "tst_security_admin.moc"
