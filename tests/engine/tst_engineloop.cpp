// The GUI's engine loop over real HTTP against the in-process sandbox: a pass polls HubSpot and
// sends the due work on the Engine lane (what `bookflow-cli run --once` does), reports its
// counts, never overlaps another pass, and says why when it cannot run. What the pass created
// is read back from the sandbox, not taken from the loop's word.
#include "core/engine/engineloop.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/hubspot/hubspotclient.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"

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
    testsupport::DemoWorkspace m_demo;
    QString m_quotes; // the e-signed quotes workflow
};

void TestEngineLoop::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.startConnected(&error), qPrintable(error));
}

void TestEngineLoop::passCreatesTheInvoicesOnce()
{
    // Published and turned on the way `bookflow-cli on --enroll-existing yes` does it.
    m_quotes = m_demo.importTemplate(QStringLiteral("invoice-esigned-quotes.json")).id;
    const Status on = m_demo.publishAndTurnOn(m_quotes, true);
    QVERIFY2(on, qPrintable(on.reason()));
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
    const QString company = m_demo.usCompany();
    const int found = m_demo.withSession<int>([&done, company](RunSession &session) {
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
    const QString company = m_demo.usCompany();
    const auto invoices = [&] {
        return m_demo.withSession<qint64>([company](RunSession &session) {
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
    const QString deals =
        m_demo.importTemplate(QStringLiteral("invoice-payment-link-deals.json")).id;
    const Status on = m_demo.publishAndTurnOn(deals, false);
    QVERIFY2(on, qPrintable(on.reason()));
    QVERIFY(m_demo.store().history(deals)->isEmpty());
    const QString renamed = m_demo.renameDeal(QStringLiteral("Amy's Bird Sanctuary"),
                                              QStringLiteral(" – Payment link"));
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
    const QString company = m_demo.usCompany();
    const QString note = m_demo.withSession<QString>([company, run](RunSession &session) {
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
    const QDateTime seenEnd = QDateTime::currentDateTimeUtc();
    // The next pass is an interval after the end of this one: an hour after some moment between
    // the pass's last step and the test seeing it end, however long the pass took.
    const QDateTime next = loop.nextPassAt();
    const QDateTime passEnd = reportOf(finished).finishedAt;
    QVERIFY2(
        next >= passEnd.addSecs(3600) && next <= seenEnd.addSecs(3600),
        qPrintable(QStringLiteral("next %1, pass ended %2, seen %3")
                       .arg(next.toString(Qt::ISODateWithMs), passEnd.toString(Qt::ISODateWithMs),
                            seenEnd.toString(Qt::ISODateWithMs))));
    loop.stop();
    QVERIFY(!loop.isStarted());
    QVERIFY(!loop.nextPassAt().isValid());
    QCOMPARE(started.count(), 1);
}

void TestEngineLoop::stopEndsAPassBetweenTwoGroupsOfActions()
{
    // Another workflow on the e-signed quotes: work is due for every quote again.
    const QString again = m_demo.importTemplate(QStringLiteral("invoice-esigned-quotes.json")).id;
    const Status on = m_demo.publishAndTurnOn(again, true);
    QVERIFY2(on, qPrintable(on.reason()));
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
