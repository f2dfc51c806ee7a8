// The GUI's engine loop over real HTTP against the in-process sandbox: a pass polls HubSpot and
// sends the due work on the Engine lane (what `bookflow-cli run --once` does), reports its
// counts, never overlaps another pass, and says why when it cannot run. What the pass created
// is read back from the sandbox, not taken from the loop's word.
#include "core/engine/engineloop.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/hubspot/hubspotclient.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflowcodec.h"

#include "support/demoworkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bookflow;

namespace {

constexpr int PassTimeoutMs = 60000;

EngineLoop::PassReport reportOf(const QSignalSpy &finished, int index = 0)
{
    return finished.at(index).at(0).value<EngineLoop::PassReport>();
}

// One pass of a fresh loop, waited for.
EngineLoop::PassReport onePass(Workspace &workspace)
{
    EngineLoop loop(workspace);
    QSignalSpy finished(&loop, &EngineLoop::passFinished);
    loop.runNow();
    if (!finished.wait(PassTimeoutMs)) {
        EngineLoop::PassReport timedOut;
        timedOut.error = QStringLiteral("the pass did not finish in time");
        return timedOut;
    }
    return reportOf(finished);
}

} // namespace

class TestEngineLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passCreatesTheInvoicesOnce();
    void secondPassCreatesNothingNew();
    void pollingEnrollsARecordThatStartsToMeetTheTriggers();
    void startRunsAPassAtOnceAndStopEndsTheTimer();
    void stopEndsAPassBetweenTwoGroupsOfActions();
    void aPassThatCannotRunSaysWhy();

private:
    // A template's workflow on the demo's US company, published and turned on the way
    // `bookflow-cli on --enroll-existing yes|no` does it.
    QString turnOn(const QString &file, bool enrollExisting,
                   const std::function<void(Workflow &)> &edit = {});
    // Runs `job` with a fresh engine session on the interactive lane and waits for it.
    template <typename R> R withSession(std::function<R(RunSession &)> job)
    {
        const std::optional<R> out = m_demo.workspace().runAndWait<R>(
            Workspace::Lane::Interactive,
            [job](WorkspaceContext &ctx) { return job(*ctx.newSession()); });
        return *out;
    }

    testsupport::DemoWorkspace m_demo;
    QString m_usCompany;
    QString m_quotes; // the e-signed quotes workflow
};

void TestEngineLoop::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    const ApiResult<QVector<Connection>> made = m_demo.connect();
    QVERIFY2(made.ok(), qPrintable(made.reason()));
    for (const Connection &c : *made) {
        if (c.provider == Provider::QuickBooks && c.isUnitedStates())
            m_usCompany = c.id;
    }
    QVERIFY(!m_usCompany.isEmpty());
}

QString TestEngineLoop::turnOn(const QString &file, bool enrollExisting,
                               const std::function<void(Workflow &)> &edit)
{
    Result<Workflow> workflow = WorkflowCodec::decode(templateJson(file), file);
    if (!workflow)
        qFatal("template %s: %s", qPrintable(file), qPrintable(workflow.reason()));
    Workflow w = *workflow;
    w.id = Workflow::newId();
    for (Action &action : w.actions)
        action.connection = m_usCompany;
    if (edit)
        edit(w);
    Store &store = m_demo.store();
    if (!store.createWorkflow(w) || !store.publish(w.id))
        qFatal("could not publish %s", qPrintable(file));
    const QString id = w.id;
    const std::optional<ApiResult<Poller::Summary>> started =
        m_demo.workspace().runAndWait<ApiResult<Poller::Summary>>(
            Workspace::Lane::Engine, [id, enrollExisting](WorkspaceContext &ctx) {
                return Poller(*ctx.newSession()).start(id, enrollExisting);
            });
    if (!started || !*started)
        qFatal("could not start %s: %s", qPrintable(file),
               started ? qPrintable(started->reason()) : "closed");
    if (!store.setEnabled(id, true))
        qFatal("could not turn on %s", qPrintable(file));
    return id;
}

void TestEngineLoop::passCreatesTheInvoicesOnce()
{
    m_quotes = turnOn(QStringLiteral("invoice-esigned-quotes.json"), true);
    // Enrolled by the start, nothing sent yet.
    const Result<QVector<HistoryEntry>> before = m_demo.store().history(m_quotes);
    QVERIFY2(before, qPrintable(before.reason()));
    QVERIFY(!before->isEmpty());
    for (const HistoryEntry &entry : *before)
        QCOMPARE(entry.actions.first().status, ActionStatus::Pending);

    EngineLoop loop(m_demo.workspace());
    QSignalSpy started(&loop, &EngineLoop::passStarted);
    QSignalSpy finished(&loop, &EngineLoop::passFinished);
    QSignalSpy progress(&loop, &EngineLoop::progress);
    QVERIFY(!loop.isRunning());
    loop.runNow();
    QVERIFY(loop.isRunning());
    loop.runNow(); // while the first runs: no second pass
    QCOMPARE(started.count(), 1);
    QVERIFY(finished.wait(PassTimeoutMs));
    QVERIFY(!loop.isRunning());
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);

    const EngineLoop::PassReport report = reportOf(finished);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(!report.stoppedEarly);
    QVERIFY(report.startedAt.isValid() && report.finishedAt >= report.startedAt);
    QCOMPARE(report.enrolled, 0); // everything was enrolled when it was turned on
    QVERIFY(loop.lastReport().has_value());
    QCOMPARE(loop.lastReport()->done, report.done);

    QStringList texts;
    for (const QList<QVariant> &signal : std::as_const(progress))
        texts << signal.at(0).toString();
    QVERIFY2(texts.join(u'\n').contains(QStringLiteral("Checking HubSpot")),
             qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.join(u'\n').contains(QStringLiteral("to QuickBooks…")),
             qPrintable(texts.join(u'\n')));
    QVERIFY(loop.progressText().isEmpty()); // between passes

    // The report's counts are the ledger's, and every invoice is in QuickBooks.
    const Result<QVector<HistoryEntry>> after = m_demo.store().history(m_quotes);
    QVERIFY2(after, qPrintable(after.reason()));
    QVector<ActionRunRow> done;
    int failed = 0;
    for (const HistoryEntry &entry : *after) {
        for (const ActionRunRow &run : entry.actions) {
            QVERIFY2(isFinished(run.status), qPrintable(actionStatusKey(run.status)));
            if (run.status == ActionStatus::Done)
                done.append(run);
            else
                ++failed;
        }
    }
    QVERIFY(done.size() >= 1);
    QCOMPARE(report.done, int(done.size()));
    QCOMPARE(report.failed, failed);
    const QString company = m_usCompany;
    const int found = withSession<int>([&done, company](RunSession &session) {
        int count = 0;
        QboClient *client = *session.quickBooks(company);
        for (const ActionRunRow &run : done) {
            const ApiResult<QboObject> invoice = client->read(QboEntity::Invoice, run.documentId);
            if (invoice &&
                invoice->json().value(QStringLiteral("DocNumber")).toString() == run.documentNumber)
                ++count;
        }
        return count;
    });
    QCOMPARE(found, int(done.size()));
}

void TestEngineLoop::secondPassCreatesNothingNew()
{
    QVERIFY(!m_quotes.isEmpty());
    const QString company = m_usCompany;
    const auto invoices = [&] {
        return withSession<qint64>([company](RunSession &session) {
            const ApiResult<qint64> n =
                (*session.quickBooks(company))->count(QboQuery::count(QStringLiteral("Invoice")));
            return n ? *n : qint64(-1);
        });
    };
    const qint64 before = invoices();
    QVERIFY(before > 0);
    const EngineLoop::PassReport report = onePass(m_demo.workspace());
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.enrolled, 0);
    QCOMPARE(report.done, 0);
    QCOMPARE(invoices(), before);
}

void TestEngineLoop::pollingEnrollsARecordThatStartsToMeetTheTriggers()
{
    // Turned on without the existing records: nothing enrolls until a deal starts to meet the
    // triggers — here, one is renamed in HubSpot to a payment-link deal.
    const QString deals = turnOn(QStringLiteral("invoice-payment-link-deals.json"), false);
    QVERIFY(m_demo.store().history(deals)->isEmpty());
    const QString renamed = withSession<QString>([](RunSession &session) {
        HubSpotClient *hubSpot = *session.hubSpot();
        const ApiResult<QVector<HubSpotRecord>> all =
            hubSpot->listAll(HubSpotObject::Deal, {QStringLiteral("dealname")});
        if (!all)
            return QString();
        for (const HubSpotRecord &deal : *all) {
            const QString name = deal.text(QStringLiteral("dealname"));
            if (!name.startsWith(QStringLiteral("Amy's Bird Sanctuary")))
                continue;
            const ApiResult<HubSpotRecord> updated =
                hubSpot->update(HubSpotObject::Deal, deal.id,
                                QJsonObject{{QStringLiteral("dealname"),
                                             name + QStringLiteral(" – Payment link")}});
            return updated ? deal.id : QString();
        }
        return QString();
    });
    QVERIFY(!renamed.isEmpty());

    const EngineLoop::PassReport report = onePass(m_demo.workspace());
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.enrolled, 1);
    QCOMPARE(report.done, 1);
    const Result<QVector<HistoryEntry>> history = m_demo.store().history(deals);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().enrollment.objectId, renamed);
    const ActionRunRow run = history->first().actions.first();
    QCOMPARE(run.status, ActionStatus::Done);
    const QString company = m_usCompany;
    const QString note = withSession<QString>([company, run](RunSession &session) {
        const ApiResult<QboObject> invoice =
            (*session.quickBooks(company))->read(QboEntity::Invoice, run.documentId);
        return invoice ? invoice->json().value(QStringLiteral("PrivateNote")).toString()
                       : QString();
    });
    QVERIFY2(note.contains(renamed), qPrintable(note));
}

void TestEngineLoop::startRunsAPassAtOnceAndStopEndsTheTimer()
{
    EngineLoop loop(m_demo.workspace());
    QSignalSpy started(&loop, &EngineLoop::passStarted);
    QSignalSpy finished(&loop, &EngineLoop::passFinished);
    loop.start(3600);
    QVERIFY(loop.isStarted());
    QCOMPARE(loop.intervalSeconds(), 3600);
    QCOMPARE(started.count(), 1); // at once, not after the first hour
    QVERIFY(!loop.nextPassAt().isValid());
    QVERIFY(finished.wait(PassTimeoutMs));
    // The next pass is an interval after the end of this one.
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(loop.nextPassAt());
    QVERIFY2(wait > 3500 && wait <= 3600, qPrintable(QString::number(wait)));
    loop.stop();
    QVERIFY(!loop.isStarted());
    QVERIFY(!loop.nextPassAt().isValid());
    QCOMPARE(started.count(), 1);
}

void TestEngineLoop::stopEndsAPassBetweenTwoGroupsOfActions()
{
    // Another workflow on the e-signed quotes: work is due for every quote again.
    const QString again = turnOn(QStringLiteral("invoice-esigned-quotes.json"), true);
    const int due = int(m_demo.store().history(again)->size());
    QVERIFY(due >= 1);
    EngineLoop loop(m_demo.workspace());
    QSignalSpy finished(&loop, &EngineLoop::passFinished);
    loop.start();
    QVERIFY(loop.isRunning());
    loop.stop(); // before the pass reaches its first group of actions
    QVERIFY(finished.wait(PassTimeoutMs));
    const EngineLoop::PassReport stopped = reportOf(finished);
    QVERIFY2(stopped.ok(), qPrintable(stopped.error));
    QVERIFY(stopped.stoppedEarly);
    QCOMPARE(stopped.done, 0);
    QVERIFY(!loop.nextPassAt().isValid()); // stopped: no next pass
    const Result<QVector<HistoryEntry>> pending = m_demo.store().history(again);
    QVERIFY(pending);
    for (const HistoryEntry &entry : *pending)
        QCOMPARE(entry.actions.first().status, ActionStatus::Pending);

    // The next pass sends what the stopped one left.
    loop.runNow();
    QVERIFY(finished.wait(PassTimeoutMs));
    const EngineLoop::PassReport next = reportOf(finished, 1);
    QVERIFY(!next.stoppedEarly);
    QCOMPARE(next.done + next.failed, due);
}

void TestEngineLoop::aPassThatCannotRunSaysWhy()
{
    // A data folder that cannot be opened: a file where the folder should be.
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("bookflow"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    Workspace workspace(notAFolder, std::make_shared<MemorySecretStore>());
    const EngineLoop::PassReport report = onePass(workspace);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("data folder")), qPrintable(report.error));
    QCOMPARE(report.done, 0);
}

QTEST_GUILESS_MAIN(TestEngineLoop)
#include "tst_engineloop.moc"
