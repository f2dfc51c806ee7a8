// Regression (found by tools/reliability, RELIABILITY.md): one pass of the executor works what
// was due when it started, and a retry it schedules waits for the next pass — even when the pass
// outlasts the retry's back-off. The executor asked the clock again for every round, so a pass
// slowed down by QuickBooks' 60-second throttle pauses picked its own retries up again and again:
// under a steady fault rate one `bookflow-cli run --once` went on for more than 15 minutes (and
// SIGTERM, which waits for the pass in progress, with it).
//
// Here every QuickBooks write fails (503), and the clock moves a minute and a second on each
// time anyone asks it, so every retry is due again by the next round. One pass must try each
// action once and leave it waiting.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/executor.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/net/networktransport.h"
#include "core/store/store.h"
#include "support/sandboxadmin.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace bookflow;

namespace {

// A clock that runs 61 seconds ahead every time it is read.
class RacingClock final : public Clock
{
public:
    QDateTime now() const override
    {
        m_reads += 1;
        return m_start.addSecs(61 * m_reads);
    }

private:
    QDateTime m_start = QDateTime::currentDateTimeUtc();
    mutable qint64 m_reads = 0;
};

} // namespace

class TestExecutorPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesScheduledDuringAPassWaitForTheNext();
};

void TestExecutorPass::retriesScheduledDuringAPassWaitForTheNext()
{
    sandbox::SandboxServer server;
    server.setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(server.listen(0), qPrintable(server.errorString()));
    NetworkTransport transport;
    const auto admin = [&](const QByteArray &method, const QString &path,
                           const QJsonObject &body = {}) {
        return testsupport::sandboxCall(transport, server.baseUrl(), method, path, body);
    };
    admin("POST", QStringLiteral("/_sandbox/reset?seed=large:5"));

    QTemporaryDir dir;
    auto opened = Store::open(dir.path());
    QVERIFY2(opened, qPrintable(opened.reason()));
    Store &store = **opened;
    MemorySecretStore secrets;
    RacingClock clock;
    ConnectionManager manager(store, secrets, transport, clock);
    QVERIFY(
        manager.saveSandboxApp(Provider::HubSpot, server.baseUrl(),
                               QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                               QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret)));
    QVERIFY(manager.saveSandboxApp(Provider::QuickBooks, server.baseUrl(),
                                   QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                                   QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)));
    SandboxConsent person(transport);
    const auto connect = [&](Provider provider) {
        return manager.connectOAuth(
            provider, Environment::Sandbox, [&](const QUrl &url) { return person.approve(url); },
            20000);
    };
    QVERIFY(connect(Provider::HubSpot));
    const ApiResult<Connection> company = connect(Provider::QuickBooks);
    QVERIFY2(company, qPrintable(company.reason()));

    // Deal › Deal name starts with "Generated deal" → Create a QuickBooks invoice.
    const Result<QString> id = store.importFile(
        QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/invoice-payment-link-deals.json"));
    QVERIFY(id);
    Workflow draft = *store.draft(*id);
    Filter &filter = draft.enrollment.filterGroups[0].filters[0];
    filter.op = Operator::StartsWithAny;
    filter.values = {QStringLiteral("Generated deal")};
    draft.actions[0].connection = company->id;
    QVERIFY(store.saveDraft(draft));
    QVERIFY(store.publish(*id));
    QVERIFY(store.setEnabled(*id, true));
    {
        RunSession session(store, manager, transport, clock);
        const auto started = Poller(session).start(*id, true);
        QVERIFY2(started, qPrintable(started.reason()));
        QCOMPARE(started->enrolled, 5);
    }

    // Every QuickBooks write answers 503; look-ups still work.
    admin("POST", QStringLiteral("/_sandbox/faults"),
          QJsonObject{
              {QStringLiteral("rules"),
               QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("quickbooks")},
                                      {QStringLiteral("path"), QStringLiteral("/v3/company/")},
                                      {QStringLiteral("method"), QStringLiteral("POST")},
                                      {QStringLiteral("status"), 503}}}}});

    RunSession session(store, manager, transport, clock);
    // A bound, so that a pass that keeps going fails the test quickly instead of running
    // through three days of this clock.
    const auto pass = Executor(session).runDue(50);
    QVERIFY2(pass, qPrintable(pass.reason()));
    const auto history = store.history(*id);
    QVERIFY(history);
    QCOMPARE(history->size(), 5);
    int waiting = 0;
    for (const HistoryEntry &entry : *history) {
        const ActionRunRow &run = entry.actions.first();
        if (run.status == ActionStatus::Failed) {
            // A deal of the generated portal whose line is an inactive product fails on its
            // own data, before anything is written; nothing else may fail.
            QCOMPARE(run.errorClass, QStringLiteral("permanent"));
            QVERIFY2(run.errorReason.contains(QLatin1String("inactive")),
                     qPrintable(run.errorReason));
            continue;
        }
        ++waiting;
        QCOMPARE(run.status, ActionStatus::Waiting);
        QCOMPARE(run.attempts, 1); // tried once in this pass, not again when its retry came due
        QCOMPARE(run.errorClass, QStringLiteral("transient"));
    }
    QVERIFY(waiting >= 3);
    QCOMPARE(pass->retriesScheduled, waiting);
}

QTEST_GUILESS_MAIN(TestExecutorPass)
#include "tst_executorpass.moc"
