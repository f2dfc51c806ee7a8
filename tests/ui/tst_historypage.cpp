// Run history and Needs review, driven by clicks against the demo workspace: a real engine pass
// (the EngineLoop on the Engine lane, over HTTP to the sandbox) fills the table; the filters, the
// detail pane, Retry after fixing the cause in QuickBooks, Export CSV and Open in QuickBooks are
// checked against the store, the sandbox and the written file.
#include "core/engine/documentlink.h"
#include "core/engine/engineloop.h"
#include "core/engine/runsession.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"
#include "ui/history/rundetailpane.h"
#include "ui/history/runhistorymodel.h"
#include "ui/history/runhistorypage.h"

#include "app/sandbox/traffic/faultinjector.h"
#include "support/demoworkspace.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace bookflow;

namespace {

constexpr int WaitMs = 60000;

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// What the table shows: (action run id, column text) for every visible row.
QVector<qint64> visibleRunIds(QTableView *table)
{
    QVector<qint64> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, 0).data(RunHistoryModel::ActionRunIdRole).toLongLong();
    return ids;
}

QString cellText(QTableView *table, qint64 runId, int column)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.siblingAtColumn(0).data(RunHistoryModel::ActionRunIdRole).toLongLong() == runId)
            return index.data().toString();
    }
    return {};
}

// Clicks the row of the run, as a person would.
bool clickRun(QTableView *table, qint64 runId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, RunHistoryModel::RecordColumn);
        if (index.siblingAtColumn(0).data(RunHistoryModel::ActionRunIdRole).toLongLong() != runId)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return true;
    }
    return false;
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyHistorySaysWhatToDo();
    void aPassFillsTheTableWithRunsAndDocuments();
    void filtersNarrowTheRows();
    void detailShowsStepsAndAttempts();
    void needsReviewListsFailuresAndRetryAfterTheFixSucceeds();
    void retryIsRefusedForADoneAction();
    void exportWritesTheRows();
    void openInQuickBooksOpensTheDocumentsLink();
    void aWaitingRunShowsItsAttemptsAndNextTry();

private:
    // A template's workflow on the demo's US company under `name`, published and turned on with
    // the records already meeting its triggers enrolled (`bookflow-cli on ID --enroll-existing
    // yes`); empty when that failed.
    QString turnOn(const QString &file, const QString &name,
                   const std::function<void(Workflow &)> &edit = {});
    QVector<ActionRunRow> runs(const QString &workflowId = QString());

    testsupport::DemoWorkspace m_demo;
    std::unique_ptr<EngineLoop> m_loop;
    QString m_quotes; // e-signed quotes, products not created: some fail
    QString m_deals;  // payment-link deals
};

void TestHistoryPage::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.startConnected(&error), qPrintable(error));
    // "Create the product if it doesn't exist: No" — quotes with products QuickBooks lacks fail.
    m_quotes =
        turnOn(QStringLiteral("invoice-esigned-quotes.json"), QStringLiteral("Signed quotes"),
               [](Workflow &w) { w.actions[0].createProductIfMissing = false; });
    QVERIFY(!m_quotes.isEmpty());
    m_deals = turnOn(QStringLiteral("invoice-payment-link-deals.json"),
                     QStringLiteral("Payment link deals"));
    QVERIFY(!m_deals.isEmpty());
    m_loop = std::make_unique<EngineLoop>(m_demo.workspace());
}

QString TestHistoryPage::turnOn(const QString &file, const QString &name,
                                const std::function<void(Workflow &)> &edit)
{
    const Workflow w = m_demo.importTemplate(file, [&name, &edit](Workflow &t) {
        t.name = name;
        if (edit)
            edit(t);
    });
    const Status on = m_demo.publishAndTurnOn(w.id, true);
    if (!on) {
        qWarning("could not turn on %s: %s", qPrintable(file), qPrintable(on.reason()));
        return {};
    }
    return w.id;
}

QVector<ActionRunRow> TestHistoryPage::runs(const QString &workflowId)
{
    QVector<ActionRunRow> out;
    const Result<QVector<HistoryEntry>> history = m_demo.store().history(workflowId);
    if (!history)
        qFatal("history: %s", qPrintable(history.reason()));
    for (const HistoryEntry &entry : *history)
        out += entry.actions;
    return out;
}

void TestHistoryPage::emptyHistorySaysWhatToDo()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> empty = std::move(Store::open(dir.path())).value();
    RunHistoryPage page(*empty, m_demo.workspace(), nullptr, RunHistoryPage::Mode::History);
    page.show();
    QCOMPARE(page.count(), 0);
    QLabel *text = child<QLabel>(page, "historyEmptyText");
    QVERIFY(text->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("No runs yet")), qPrintable(text->text()));
    QVERIFY(!child<QTableView>(page, "historyTable")->isVisible());

    RunHistoryPage review(*empty, m_demo.workspace(), nullptr, RunHistoryPage::Mode::NeedsReview);
    review.show();
    QVERIFY(child<QLabel>(review, "historyEmptyText")
                ->text()
                .contains(QStringLiteral("Nothing needs review")));
    QVERIFY(review.findChild<QWidget *>(QStringLiteral("runNowButton")) == nullptr);
}

void TestHistoryPage::aPassFillsTheTableWithRunsAndDocuments()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.resize(1400, 800);
    page.show();
    QTableView *table = child<QTableView>(page, "historyTable");
    // Enrolled when the workflows were turned on; nothing sent yet.
    QCOMPARE(page.count(), int(runs().size()));
    QVERIFY(page.count() > 2);
    const qint64 first = runs(m_quotes).first().id;
    QCOMPARE(cellText(table, first, RunHistoryModel::StatusColumn),
             actionStatusLabel(ActionStatus::Pending));

    // "Check now": the busy indicator and the progress show while the pass runs.
    QSignalSpy finished(m_loop.get(), &EngineLoop::passFinished);
    QToolButton *runNow = child<QToolButton>(page, "runNowButton");
    QVERIFY(runNow->isEnabled());
    QTest::mouseClick(runNow, Qt::LeftButton);
    QVERIFY(m_loop->isRunning());
    QVERIFY(child<QProgressBar>(page, "historyBusy")->isVisible());
    QVERIFY(!runNow->isEnabled()); // never two passes
    QTRY_VERIFY(!child<QLabel>(page, "historyProgress")->text().isEmpty());
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(!child<QProgressBar>(page, "historyBusy")->isVisible());
    const EngineLoop::PassReport report = finished.first().first().value<EngineLoop::PassReport>();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.done >= 2);
    QVERIFY(report.failed >= 1);
    QLabel *lastCheck = child<QLabel>(page, "lastCheck");
    QVERIFY(lastCheck->isVisible());
    QVERIFY2(lastCheck->text().contains(report.summary()), qPrintable(lastCheck->text()));

    // The page read the store again: every action run, with its status and document.
    const QVector<ActionRunRow> all = runs();
    QCOMPARE(page.count(), int(all.size()));
    QCOMPARE(table->model()->rowCount(), int(all.size()));
    int documents = 0;
    for (const ActionRunRow &run : all) {
        QCOMPARE(cellText(table, run.id, RunHistoryModel::StatusColumn),
                 actionStatusLabel(run.status));
        if (run.status == ActionStatus::Done) {
            ++documents;
            QCOMPARE(cellText(table, run.id, RunHistoryModel::DocumentColumn),
                     QStringLiteral("Invoice %1").arg(run.documentNumber));
        } else {
            QVERIFY(cellText(table, run.id, RunHistoryModel::DocumentColumn).isEmpty());
        }
    }
    QCOMPARE(documents, report.done);
    QCOMPARE(cellText(table, first, RunHistoryModel::WorkflowColumn),
             QStringLiteral("Signed quotes"));
    QVERIFY(
        cellText(table, first, RunHistoryModel::RecordColumn).startsWith(QStringLiteral("Quote ")));
    QCOMPARE(cellText(table, first, RunHistoryModel::ActionColumn),
             actionTypeLabel(ActionType::CreateInvoice));
    QCOMPARE(cellText(table, first, RunHistoryModel::VersionColumn), QStringLiteral("1"));
    // Newest enrollment first, all the way down.
    for (int row = 1; row < table->model()->rowCount(); ++row) {
        const QDateTime above =
            table->model()->index(row - 1, 0).data(RunHistoryModel::EnrolledAtRole).toDateTime();
        const QDateTime here =
            table->model()->index(row, 0).data(RunHistoryModel::EnrolledAtRole).toDateTime();
        QVERIFY(above.isValid() && here.isValid());
        QVERIFY2(above >= here, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

void TestHistoryPage::filtersNarrowTheRows()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.resize(1400, 800);
    page.show();
    QTableView *table = child<QTableView>(page, "historyTable");
    const int all = table->model()->rowCount();

    QComboBox *workflow = child<QComboBox>(page, "workflowFilter");
    QCOMPARE(workflow->count(), 3); // all, and the two workflows
    chooseData(workflow, m_deals);
    QVector<qint64> expected;
    for (const ActionRunRow &run : runs(m_deals))
        expected << run.id;
    QVector<qint64> shown = visibleRunIds(table);
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QVERIFY(shown.size() < all);

    chooseData(workflow, QString());
    QComboBox *status = child<QComboBox>(page, "statusFilter");
    chooseData(status, int(ActionStatus::Failed));
    int failed = 0;
    for (const ActionRunRow &run : runs())
        failed += run.status == ActionStatus::Failed ? 1 : 0;
    QVERIFY(failed >= 1);
    QCOMPARE(table->model()->rowCount(), failed);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, 0).data(RunHistoryModel::StatusRole).toInt(),
                 int(ActionStatus::Failed));

    // Both filters: the failed runs of one workflow.
    chooseData(workflow, m_quotes);
    int failedQuotes = 0;
    for (const ActionRunRow &run : runs(m_quotes))
        failedQuotes += run.status == ActionStatus::Failed ? 1 : 0;
    QCOMPARE(table->model()->rowCount(), failedQuotes);

    // Dates: from tomorrow hides everything (and says so); clearing brings every row back.
    QCheckBox *from = child<QCheckBox>(page, "fromFilter");
    QDateEdit *fromDate = child<QDateEdit>(page, "fromDate");
    QVERIFY(!fromDate->isEnabled());
    QTest::mouseClick(from, Qt::LeftButton, {}, QPoint(4, from->height() / 2));
    QVERIFY(from->isChecked());
    QVERIFY(fromDate->isEnabled());
    fromDate->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(table->model()->rowCount(), 0);
    QLabel *empty = child<QLabel>(page, "historyEmptyText");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("No runs match")), qPrintable(empty->text()));
    fromDate->setDate(QDate::currentDate());
    QCOMPARE(table->model()->rowCount(), failedQuotes); // enrolled today
    QCheckBox *to = child<QCheckBox>(page, "toFilter");
    QTest::mouseClick(to, Qt::LeftButton, {}, QPoint(4, to->height() / 2));
    child<QDateEdit>(page, "toDate")->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(table->model()->rowCount(), 0);

    QTest::mouseClick(child<QPushButton>(page, "emptyClearFiltersButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), all);
    QVERIFY(table->isVisible());
    QCOMPARE(workflow->currentIndex(), 0);
    QVERIFY(!from->isChecked() && !to->isChecked());
}

void TestHistoryPage::detailShowsStepsAndAttempts()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.resize(1400, 900);
    page.show();
    QTableView *table = child<QTableView>(page, "historyTable");
    QVERIFY(child<QLabel>(page, "detailPlaceholder")->isVisible());

    ActionRunRow done;
    for (const ActionRunRow &run : runs(m_quotes)) {
        if (run.status == ActionStatus::Done)
            done = run;
    }
    QVERIFY(done.id > 0);
    QVERIFY(clickRun(table, done.id));
    QCOMPARE(page.selectedActionRunId(), done.id);
    const EnrollmentRow enrollment = *m_demo.store().enrollment(done.enrollmentId);

    QLabel *title = child<QLabel>(page, "detailTitle");
    QVERIFY(title->isVisible());
    QVERIFY2(title->text().contains(QStringLiteral("Quote %1").arg(enrollment.objectId)),
             qPrintable(title->text()));
    QVERIFY2(child<QLabel>(page, "detailStatus")->text().contains(done.documentNumber),
             qPrintable(child<QLabel>(page, "detailStatus")->text()));
    QVERIFY(!child<QWidget>(page, "detailProblem")->isVisible());
    QStringList facts;
    for (QLabel *label : child<QWidget>(page, "detailFacts")->findChildren<QLabel *>())
        facts << label->text();
    QVERIFY2(facts.join(u'\n').contains(done.documentId), qPrintable(facts.join(u'\n')));

    // Every step of the plan, with its shortened requestid, entity and what QuickBooks gave.
    const QVector<StepRow> steps = *m_demo.store().steps(done.id);
    QVERIFY(!steps.isEmpty());
    QTableWidget *stepTable = child<QTableWidget>(page, "detailSteps");
    QVERIFY(stepTable->isVisible());
    QCOMPARE(stepTable->rowCount(), int(steps.size()));
    const StepRow &document = steps.last();
    const int last = stepTable->rowCount() - 1;
    QCOMPARE(stepTable->item(last, 1)->text(), QStringLiteral("Create the invoice"));
    QCOMPARE(stepTable->item(last, 2)->text(), RunDetailPane::stepStateText(StepState::Done));
    QCOMPARE(stepTable->item(last, 3)->text(), RunDetailPane::shortRequestId(document.requestId));
    QCOMPARE(stepTable->item(last, 3)->toolTip(), document.requestId);
    QVERIFY(stepTable->item(last, 3)->text().size() < document.requestId.size());
    QVERIFY2(stepTable->item(last, 4)->text().contains(done.documentId),
             qPrintable(stepTable->item(last, 4)->text()));

    // Attempts, as the ledger has them.
    const QVector<AttemptRow> attempts = *m_demo.store().attempts(done.id);
    QTableWidget *attemptTable = child<QTableWidget>(page, "detailAttempts");
    QCOMPARE(attemptTable->rowCount(), int(attempts.size()));
    QCOMPARE(attemptTable->isVisible(), !attempts.isEmpty());
    QCOMPARE(child<QLabel>(page, "detailNoAttempts")->isVisible(), attempts.isEmpty());
    for (int i = 0; i < attempts.size(); ++i) {
        QCOMPARE(attemptTable->item(i, 2)->text(),
                 RunDetailPane::attemptOutcomeText(attempts.at(i).outcome));
        QCOMPARE(attemptTable->item(i, 5)->text(), attempts.at(i).reason);
    }
    // What planning found.
    QVERIFY(!done.notes.isEmpty());
    QVERIFY(child<QLabel>(page, "detailNotes")->text().contains(done.notes.first()));

    // A failed run: its reason and what to do.
    ActionRunRow failed;
    for (const ActionRunRow &run : runs(m_quotes)) {
        if (run.status == ActionStatus::Failed)
            failed = run;
    }
    QVERIFY(failed.id > 0);
    QVERIFY(clickRun(table, failed.id));
    QVERIFY(child<QWidget>(page, "detailProblem")->isVisible());
    QCOMPARE(child<QLabel>(page, "detailReason")->text(), failed.errorReason);
    QVERIFY(child<QLabel>(page, "detailAdvice")->text().contains(QStringLiteral("Retry")));
    QVERIFY(child<QToolButton>(page, "detailRetryButton")->isEnabled());
    QVERIFY(!child<QToolButton>(page, "detailOpenButton")->isEnabled());
}

void TestHistoryPage::needsReviewListsFailuresAndRetryAfterTheFixSucceeds()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::NeedsReview);
    page.resize(1400, 900);
    page.show();
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("statusFilter"))->isHidden());
    QTableView *table = child<QTableView>(page, "historyTable");

    QVector<ActionRunRow> failed;
    for (const ActionRunRow &run : runs()) {
        if (run.status == ActionStatus::Failed)
            failed << run;
    }
    QCOMPARE(page.count(), int(failed.size()));
    QCOMPARE(table->model()->rowCount(), int(failed.size()));

    // A quote whose products QuickBooks doesn't have: the reason names each unmatched line.
    ActionRunRow unmatched;
    for (const ActionRunRow &run : failed) {
        if (run.errorReason.contains(QStringLiteral("match no QuickBooks product")))
            unmatched = run;
    }
    QVERIFY2(unmatched.id > 0, "no failure for unmatched products in the demo");
    QCOMPARE(cellText(table, unmatched.id, RunHistoryModel::ReasonColumn), unmatched.errorReason);
    QVERIFY(table->isColumnHidden(RunHistoryModel::StatusColumn));
    QVERIFY(clickRun(table, unmatched.id));
    QCOMPARE(child<QLabel>(page, "detailReason")->text(), unmatched.errorReason);
    QToolButton *retry = child<QToolButton>(page, "detailRetryButton");
    QVERIFY(retry->isEnabled());

    // Retry before fixing anything: it fails again, for the same reason, and stays listed.
    QSignalSpy retried(&page, &RunHistoryPage::retryFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(page.isRetrying());
    QVERIFY(!retry->isEnabled());
    QVERIFY(retried.wait(WaitMs));
    QCOMPARE(retried.first().at(1).toBool(), false);
    QVERIFY2(page.message().contains(QStringLiteral("failed again")), qPrintable(page.message()));
    QCOMPARE(page.count(), int(failed.size()));

    // The fix: the products the reason names are added to QuickBooks.
    QStringList names;
    const QRegularExpression quoted(QStringLiteral("“([^”]+)”"));
    for (auto it = quoted.globalMatch(unmatched.errorReason); it.hasNext();)
        names << it.next().captured(1);
    QVERIFY2(!names.isEmpty(), qPrintable(unmatched.errorReason));
    const QString company = m_demo.usCompany();
    const QString created = m_demo.withSession<QString>([company, names](RunSession &session) {
        QboClient *client = *session.quickBooks(company);
        const ApiResult<QVector<QboObject>> income =
            client->query(QboQuery::select(QStringLiteral("Account"))
                              .where(QStringLiteral("AccountType"), QStringLiteral("="), "Income"));
        if (!income || income->isEmpty())
            return QStringLiteral("no income account");
        for (const QString &name : names) {
            const ApiResult<QboObject> item = client->create(
                QboEntity::Item,
                QJsonObject{{QStringLiteral("Name"), name},
                            {QStringLiteral("Type"), QStringLiteral("Service")},
                            {QStringLiteral("IncomeAccountRef"),
                             QJsonObject{{QStringLiteral("value"), income->first().id()}}}},
                QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!item)
                return item.reason();
        }
        return QString();
    });
    QVERIFY2(created.isEmpty(), qPrintable(created));

    QSignalSpy counted(&page, &RunHistoryPage::countChanged);
    QVERIFY(clickRun(table, unmatched.id));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(retried.wait(WaitMs));
    QCOMPARE(retried.last().at(0).toLongLong(), unmatched.id);
    QCOMPARE(retried.last().at(1).toBool(), true);
    const ActionRunRow after = *m_demo.store().actionRun(unmatched.id);
    QCOMPARE(after.status, ActionStatus::Done);
    QVERIFY2(page.message().contains(QStringLiteral("Invoice %1").arg(after.documentNumber)),
             qPrintable(page.message()));
    // No longer under Needs review; the count follows.
    QCOMPARE(page.count(), int(failed.size()) - 1);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.first().first().toInt(), page.count());
    QVERIFY(!visibleRunIds(table).contains(unmatched.id));
    // The invoice is in QuickBooks, with one line per product.
    const int lines = m_demo.withSession<int>([company, after](RunSession &session) {
        const ApiResult<QboObject> invoice =
            (*session.quickBooks(company))->read(QboEntity::Invoice, after.documentId);
        return invoice ? int(invoice->json().value(QStringLiteral("Line")).toArray().size()) : -1;
    });
    QVERIFY(lines >= names.size());
}

void TestHistoryPage::retryIsRefusedForADoneAction()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.resize(1400, 900);
    page.show();
    ActionRunRow done;
    for (const ActionRunRow &run : runs(m_deals)) {
        if (run.status == ActionStatus::Done)
            done = run;
    }
    QVERIFY(done.id > 0);
    QVERIFY(clickRun(child<QTableView>(page, "historyTable"), done.id));
    QToolButton *retry = child<QToolButton>(page, "detailRetryButton");
    QVERIFY(!retry->isEnabled());
    QVERIFY(!retry->defaultAction()->toolTip().isEmpty());

    // Asked anyway (a list older than the ledger): the store refuses, in its words.
    const Status refused = m_demo.store().retryActionRun(done.id);
    QVERIFY(!refused);
    QSignalSpy retried(&page, &RunHistoryPage::retryFinished);
    page.retryActionRun(done.id);
    QVERIFY(retried.wait(WaitMs));
    QCOMPARE(retried.first().at(1).toBool(), false);
    QCOMPARE(page.message(), refused.reason());
    const ActionRunRow after = *m_demo.store().actionRun(done.id);
    QCOMPARE(after.status, ActionStatus::Done);
    QCOMPARE(after.documentId, done.documentId);
}

void TestHistoryPage::exportWritesTheRows()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QString suggested;
    page.setSaveFileChooser([&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return path;
    });
    // One workflow chosen: its rows only.
    chooseData(child<QComboBox>(page, "workflowFilter"), m_deals);
    QTest::mouseClick(child<QToolButton>(page, "exportButton"), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QVector<ActionRunRow> deals = runs(m_deals);
    QCOMPARE(lines.size(), 1 + int(deals.size()));
    QVERIFY(lines.first().contains(QStringLiteral("Document number")));
    int documents = 0;
    for (const ActionRunRow &run : deals) {
        if (run.status != ActionStatus::Done)
            continue;
        ++documents;
        QVERIFY2(lines.join(u'\n').contains(u',' + run.documentNumber + u','),
                 qPrintable(run.documentNumber));
    }
    QVERIFY(documents > 0);
    QVERIFY2(page.message().contains(QStringLiteral("history.csv")), qPrintable(page.message()));

    // Every workflow; a cancelled dialog writes nothing.
    chooseData(child<QComboBox>(page, "workflowFilter"), QString());
    QTest::mouseClick(child<QToolButton>(page, "exportButton"), Qt::LeftButton);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(),
        1 + int(runs().size()));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    const QString messageBefore = page.message();
    QString offered;
    page.setSaveFileChooser([&offered](QWidget *, const QString &proposal) {
        offered = proposal;
        return QString();
    });
    QTest::mouseClick(child<QToolButton>(page, "exportButton"), Qt::LeftButton);
    // The dialog was shown, offering the folder of the last export, then cancelled.
    QCOMPARE(QFileInfo(offered).absolutePath(), QDir(dir.path()).absolutePath());
    // Nothing new in the folder it offered, the last file untouched, nothing said.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    QVERIFY(QFile::exists(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
    QCOMPARE(page.message(), messageBefore);
}

void TestHistoryPage::openInQuickBooksOpensTheDocumentsLink()
{
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.resize(1400, 900);
    page.show();
    QList<QUrl> opened;
    page.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    ActionRunRow done;
    for (const ActionRunRow &run : runs(m_quotes)) {
        if (run.status == ActionStatus::Done)
            done = run;
    }
    QVERIFY(done.id > 0);
    QTableView *table = child<QTableView>(page, "historyTable");
    QToolButton *open = child<QToolButton>(page, "detailOpenButton");

    // The demo's company is on the local sandbox: no QuickBooks web app, and the button says so.
    QVERIFY(clickRun(table, done.id));
    QVERIFY(!open->isEnabled());
    QVERIFY2(open->defaultAction()->toolTip().contains(QStringLiteral("sandbox")),
             qPrintable(open->defaultAction()->toolTip()));

    // The same company as a QuickBooks sandbox company (at Intuit).
    const Connection original = *m_demo.store().connection(m_demo.usCompany());
    Connection edited = original;
    edited.apiBaseUrl = QUrl(QStringLiteral("https://sandbox-quickbooks.api.intuit.com"));
    edited.environment = Environment::Sandbox;
    QVERIFY(m_demo.store().saveConnection(edited));
    QCOMPARE(m_demo.store().connection(m_demo.usCompany())->apiBaseUrl, edited.apiBaseUrl);
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5); // Refresh
    QCOMPARE(page.selectedActionRunId(), done.id);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first(),
             QUrl(QStringLiteral("https://app.sandbox.qbo.intuit.com/app/invoice?txnId=%1")
                      .arg(done.documentId)));

    // The shortcut does the same.
    QTest::keyClick(table, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last(), opened.first());
    QVERIFY(m_demo.store().saveConnection(original));

    // A connection keeps its environment, so the production link is checked on the rule itself
    // (core/engine/documentlink.h), with the page's other document types.
    Connection production = original;
    production.environment = Environment::Production;
    production.apiBaseUrl = QUrl(QStringLiteral("https://quickbooks.api.intuit.com"));
    QCOMPARE(quickBooksDocumentLink(production, QStringLiteral("Invoice"), QStringLiteral("130")),
             QUrl(QStringLiteral("https://app.qbo.intuit.com/app/invoice?txnId=130")));
    QCOMPARE(quickBooksDocumentLink(production, QStringLiteral("Purchase"), QStringLiteral("7")),
             QUrl(QStringLiteral("https://app.qbo.intuit.com/app/expense?txnId=7")));
    QCOMPARE(
        quickBooksDocumentLink(production, QStringLiteral("SalesReceipt"), QStringLiteral("8")),
        QUrl(QStringLiteral("https://app.qbo.intuit.com/app/salesreceipt?txnId=8")));
    QVERIFY(quickBooksDocumentLink(production, QStringLiteral("Invoice"), QString()).isEmpty());
}

void TestHistoryPage::aWaitingRunShowsItsAttemptsAndNextTry()
{
    // QuickBooks answers every write with 503 for this pass: the actions wait to be retried.
    m_demo.sandbox().call([](sandbox::SandboxServer &server) {
        sandbox::FaultRule unavailable;
        unavailable.provider = QStringLiteral("quickbooks");
        unavailable.method = QStringLiteral("POST");
        unavailable.status = 503;
        server.addFaultRule(unavailable);
    });
    const QString deals = turnOn(QStringLiteral("invoice-payment-link-deals.json"),
                                 QStringLiteral("Payment link deals, again"));
    QVERIFY(!deals.isEmpty());
    QSignalSpy finished(m_loop.get(), &EngineLoop::passFinished);
    m_loop->runNow();
    QVERIFY(finished.wait(WaitMs));
    m_demo.sandbox().call([](sandbox::SandboxServer &server) { server.clearFaultRules(); });
    const EngineLoop::PassReport report = finished.first().first().value<EngineLoop::PassReport>();
    QVERIFY2(report.retries >= 1, qPrintable(report.summary()));

    ActionRunRow waiting;
    for (const ActionRunRow &run : runs(deals)) {
        if (run.status == ActionStatus::Waiting)
            waiting = run;
    }
    QVERIFY(waiting.id > 0);
    RunHistoryPage page(m_demo.store(), m_demo.workspace(), m_loop.get(),
                        RunHistoryPage::Mode::History);
    page.resize(1400, 900);
    page.show();
    chooseData(child<QComboBox>(page, "statusFilter"), int(ActionStatus::Waiting));
    QTableView *table = child<QTableView>(page, "historyTable");
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(clickRun(table, waiting.id));
    QCOMPARE(cellText(table, waiting.id, RunHistoryModel::StatusColumn),
             actionStatusLabel(ActionStatus::Waiting));

    // The wait, in words, and that there is nothing to do.
    QVERIFY(child<QWidget>(page, "detailProblem")->isVisible());
    const QString reason = child<QLabel>(page, "detailReason")->text();
    QVERIFY2(reason.contains(RunHistoryModel::timeText(waiting.nextAttemptAt)), qPrintable(reason));
    QVERIFY(
        child<QLabel>(page, "detailAdvice")->text().startsWith(QStringLiteral("Nothing to do")));
    QStringList facts;
    for (QLabel *label : child<QWidget>(page, "detailFacts")->findChildren<QLabel *>())
        facts << label->text();
    QVERIFY2(facts.contains(QStringLiteral("Next try:")), qPrintable(facts.join(u'|')));
    QVERIFY(!child<QToolButton>(page, "detailRetryButton")->isEnabled());

    // Each try: its outcome and QuickBooks' HTTP status.
    const QVector<AttemptRow> attempts = *m_demo.store().attempts(waiting.id);
    QVERIFY(!attempts.isEmpty());
    QTableWidget *attemptTable = child<QTableWidget>(page, "detailAttempts");
    QVERIFY(attemptTable->isVisible());
    QCOMPARE(attemptTable->rowCount(), int(attempts.size()));
    const int last = attemptTable->rowCount() - 1;
    QCOMPARE(attemptTable->item(last, 2)->text(),
             RunDetailPane::attemptOutcomeText(attempts.last().outcome));
    QCOMPARE(attemptTable->item(last, 3)->text(), QStringLiteral("503"));
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
