// The test panel against the sandbox, by typing and clicking: the record picker's search, the dry
// run's filters and request bodies (the same bodies TestRunner makes, and nothing written to
// QuickBooks), and "Run for real" — nothing without the confirmation, exactly one document with it.
#include "app/sandbox/traffic/requestlog.h"
#include "core/engine/runsession.h"
#include "core/engine/testrunner.h"
#include "core/hubspot/hubspotclient.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qbojson.h"
#include "core/quickbooks/qboquery.h"
#include "ui/editor/workflowdocument.h"
#include "ui/testrun/testpanel.h"

#include "support/demoworkspace.h"

#include <QDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace bookflow;

namespace {

// A quote the invoice workflow would invoice: found by dry-running every quote (independently
// of the panel), with the report the panel must show.
struct Candidate
{
    QString id;
    QString title;
    TestRunner::Report report;
};

} // namespace

class TestTestPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void searchPickAndDryRun();
    void searchById();
    void runForRealOnlyAfterConfirming();

private:
    qint64 quickBooksWrites();
    qint64 invoices();
    std::optional<QboObject> readInvoice(const QString &id);
    // The panel's list shows `id`: clicks it.
    void pick(TestPanel &panel, const QString &id);

    std::unique_ptr<testsupport::DemoWorkspace> m_demo;
    Workflow m_workflow;
    Candidate m_candidate;
};

void TestTestPanel::initTestCase()
{
    m_demo = std::make_unique<testsupport::DemoWorkspace>();
    QString error;
    QVERIFY2(m_demo->startConnected(&error), qPrintable(error));
    m_workflow = m_demo->importTemplate(QStringLiteral("invoice-esigned-quotes.json"));

    // A quote that meets the triggers and would be invoiced, with a title to search by.
    const Workflow workflow = m_workflow;
    const std::optional<Candidate> found = m_demo->withSession<std::optional<Candidate>>(
        [workflow](RunSession &session) -> std::optional<Candidate> {
            HubSpotClient &hubSpot = **session.hubSpot();
            const auto quotes = hubSpot.listAll(HubSpotObject::Quote, {QStringLiteral("hs_title")});
            if (!quotes)
                return std::nullopt;
            TestRunner runner(session);
            for (const HubSpotRecord &quote : *quotes) {
                const auto report = runner.dryRun(workflow, quote.id);
                if (report && report->triggers.met && report->actions.size() == 1 &&
                    report->actions.first().wouldCreate &&
                    !quote.text(QStringLiteral("hs_title")).isEmpty())
                    return Candidate{quote.id, quote.text(QStringLiteral("hs_title")), *report};
            }
            return std::nullopt;
        });
    QVERIFY(found.has_value());
    m_candidate = *found;
}

void TestTestPanel::cleanupTestCase()
{
    m_demo.reset();
}

qint64 TestTestPanel::quickBooksWrites()
{
    // Every QuickBooks request that could write: POSTs to the company API (queries are GETs).
    qint64 total = 0;
    m_demo->sandbox().call([&](sandbox::SandboxServer &server) {
        const QJsonObject routes =
            server.requestLog().toJson().value(QStringLiteral("routes")).toObject();
        for (auto it = routes.begin(); it != routes.end(); ++it) {
            if (it.key().startsWith(QLatin1String("POST /v3/company/")))
                total += it.value().toInteger();
        }
    });
    return total;
}

qint64 TestTestPanel::invoices()
{
    const QString us = m_demo->usCompany();
    return m_demo->withSession<qint64>([us](RunSession &session) -> qint64 {
        const ApiResult<QboClient *> client = session.quickBooks(us);
        if (!client)
            return -1;
        const auto n = (*client)->count(QboQuery::count(QStringLiteral("Invoice")));
        return n ? *n : -1;
    });
}

std::optional<QboObject> TestTestPanel::readInvoice(const QString &id)
{
    const QString us = m_demo->usCompany();
    return m_demo->withSession<std::optional<QboObject>>(
        [us, id](RunSession &session) -> std::optional<QboObject> {
            const ApiResult<QboClient *> client = session.quickBooks(us);
            if (!client)
                return std::nullopt;
            const ApiResult<QboObject> invoice = (*client)->read(QboEntity::Invoice, id);
            return invoice ? std::optional<QboObject>(*invoice) : std::nullopt;
        });
}

void TestTestPanel::pick(TestPanel &panel, const QString &id)
{
    auto *results = panel.findChild<QListWidget *>(QStringLiteral("recordResults"));
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < results->count(); ++i) {
        if (results->item(i)->data(Qt::UserRole).toString() == id)
            item = results->item(i);
    }
    QVERIFY(item);
    results->scrollToItem(item);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(item).center());
    QCOMPARE(panel.chosenRecordId(), id);
}

void TestTestPanel::searchPickAndDryRun()
{
    WorkflowDocument document(m_workflow);
    TestPanel panel(m_demo->store(), m_demo->workspace(), &document);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("recordSearch"));
    auto *status = panel.findChild<QLabel *>(QStringLiteral("recordSearchStatus"));
    auto *results = panel.findChild<QListWidget *>(QStringLiteral("recordResults"));
    auto *runTest = panel.findChild<QPushButton *>(QStringLiteral("runTestButton"));
    QVERIFY(!runTest->isEnabled()); // nothing chosen yet

    const qint64 writesBefore = quickBooksWrites();
    const auto listed = [&](const QString &id) {
        for (int i = 0; i < results->count(); ++i) {
            if (results->item(i)->data(Qt::UserRole).toString() == id)
                return true;
        }
        return false;
    };
    // Typing searches by name after a pause: "Searching…" at once, then the matches.
    // The title up to its first non-ASCII character ("Acme renewal – quote": the en dash);
    // QTest types ASCII only.
    QString typed;
    for (const QChar c : m_candidate.title) {
        if (c.unicode() >= 128)
            break;
        typed += c;
    }
    typed = typed.trimmed();
    QVERIFY2(typed.size() >= 3, qPrintable(m_candidate.title));
    // Opened, it lists the most recently changed quotes; typing narrows the list.
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != QStringLiteral("Searching…") && results->count() > 0,
                             20000);
    const int unfiltered = results->count();
    search->setFocus();
    QTest::keyClicks(search, typed);
    QCOMPARE(status->text(), QStringLiteral("Searching…"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->text() != QStringLiteral("Searching…") && listed(m_candidate.id), 20000);
    QVERIFY2(results->count() < unfiltered,
             qPrintable(
                 QStringLiteral("%1: %2 of %3").arg(typed).arg(results->count()).arg(unfiltered)));
    pick(panel, m_candidate.id);
    QVERIFY(runTest->isEnabled());

    QSignalSpy finished(&panel, &TestPanel::testFinished);
    QTest::mouseClick(runTest, Qt::LeftButton);
    QVERIFY(panel.isBusy());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    // Each filter ✓/✗ as the runner decided, with the record's value in the words.
    const QList<QLabel *> triggers = panel.findChildren<QLabel *>(QStringLiteral("triggerRow"));
    QVector<FilterOutcome> expected;
    for (const GroupOutcome &group : m_candidate.report.triggers.groups)
        expected += group.filters;
    QCOMPARE(triggers.size(), expected.size());
    for (int i = 0; i < triggers.size(); ++i) {
        QCOMPARE(triggers.at(i)->property("met").toBool(), expected.at(i).met);
        QVERIFY(triggers.at(i)->text().contains(expected.at(i).detail));
    }
    // In HubSpot's words, as the editor's trigger card says them: the label, not the internal
    // name.
    const QString firstTrigger = triggers.first()->text();
    QVERIFY2(firstTrigger.contains(QStringLiteral("Esign completed signatures")) &&
                 !firstTrigger.contains(QStringLiteral("hs_esign_num_signers_completed")),
             qPrintable(firstTrigger));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("triggerVerdict"))->property("met").toBool());
    auto *outcome = panel.findChild<QLabel *>(QStringLiteral("actionOutcome"));
    QVERIFY(outcome->property("met").toBool());
    // What the look-ups found: each of the runner's notes.
    const QStringList notes = m_candidate.report.actions.first().notes;
    QVERIFY(!notes.isEmpty());
    const QString shownNotes = panel.findChild<QLabel *>(QStringLiteral("actionNotes"))->text();
    for (const QString &note : notes)
        QVERIFY2(shownNotes.contains(note), qPrintable(shownNotes));
    QTRY_VERIFY(panel.findChild<QLabel *>(QStringLiteral("nothingWritten"))->isVisible());

    // The request bodies: collapsed until asked for, then exactly TestRunner's.
    const QVector<TestRunner::ActionReport::Request> &requests =
        m_candidate.report.actions.first().requests;
    const QList<QToolButton *> toggles =
        panel.findChildren<QToolButton *>(QStringLiteral("requestToggle"));
    const QList<QPlainTextEdit *> bodies =
        panel.findChildren<QPlainTextEdit *>(QStringLiteral("requestBody"));
    QCOMPARE(bodies.size(), requests.size());
    QCOMPARE(toggles.size(), requests.size());
    QVERIFY(!requests.isEmpty());
    for (const QPlainTextEdit *body : bodies)
        QVERIFY(!body->isVisible());
    // Opening one opens that one only.
    QTest::mouseClick(toggles.last(), Qt::LeftButton);
    QVERIFY(bodies.last()->isVisible());
    for (int i = 0; i + 1 < bodies.size(); ++i)
        QVERIFY(!bodies.at(i)->isVisible());
    for (int i = 0; i < requests.size(); ++i) {
        QCOMPARE(toggles.at(i)->text(), requests.at(i).summary);
        const QJsonDocument shown = QJsonDocument::fromJson(bodies.at(i)->toPlainText().toUtf8());
        QVERIFY2(shown.isObject(), qPrintable(bodies.at(i)->toPlainText()));
        QCOMPARE(shown, QJsonDocument::fromJson(QboJson::serialize(requests.at(i).body)));
        QVERIFY(bodies.at(i)->toPlainText().contains(u'\n')); // indented for reading
    }
    // Byte for byte what would be sent, indentation aside: money keeps its digits (12.30, never
    // the 12.3 a QJsonDocument would print).
    for (int i = 0; i < requests.size(); ++i) {
        QString compact = bodies.at(i)->toPlainText();
        compact.remove(QRegularExpression(QStringLiteral("\n *")));
        compact.replace(QStringLiteral("\": "), QStringLiteral("\":"));
        QCOMPARE(compact, QString::fromUtf8(QboJson::serialize(requests.at(i).body)));
    }

    QCOMPARE(quickBooksWrites(), writesBefore);
}

void TestTestPanel::searchById()
{
    WorkflowDocument document(m_workflow);
    TestPanel panel(m_demo->store(), m_demo->workspace(), &document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("recordSearch"));
    auto *status = panel.findChild<QLabel *>(QStringLiteral("recordSearchStatus"));
    auto *results = panel.findChild<QListWidget *>(QStringLiteral("recordResults"));
    search->setFocus();
    QTest::keyClicks(search, m_candidate.id);
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != QStringLiteral("Searching…") &&
                                 results->count() >= 1 &&
                                 results->item(0)->data(Qt::UserRole).toString() == m_candidate.id,
                             20000);
    // The label a person recognises: the quote's title and its id.
    QVERIFY(results->item(0)->text().contains(m_candidate.title));
    QVERIFY(results->item(0)->text().endsWith(m_candidate.id));

    // Enter in the search field tests the first match.
    QSignalSpy finished(&panel, &TestPanel::testFinished);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QCOMPARE(panel.chosenRecordId(), m_candidate.id);
    QVERIFY(panel.lastReport().has_value());

    // A search nothing matches says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zz-no-such-quote-zz"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("No quotes match")), 20000);
    QCOMPARE(results->count(), 0);
}

void TestTestPanel::runForRealOnlyAfterConfirming()
{
    // The run for real uses the published version; the draft then gets an unpublished change.
    QVERIFY(m_demo->store().publish(m_workflow.id));
    Workflow edited = m_workflow;
    edited.name = QStringLiteral("Invoice e-signed quotes (edited)");
    WorkflowDocument document(m_workflow);
    document.apply(edited, QStringLiteral("Rename"));

    TestPanel panel(m_demo->store(), m_demo->workspace(), &document);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QStringList asked;
    bool answer = false;
    panel.setConfirmationHandler([&](const QString &question) {
        asked << question;
        return answer;
    });
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("recordSearch"));
    auto *results = panel.findChild<QListWidget *>(QStringLiteral("recordResults"));
    auto *runForReal = panel.findChild<QPushButton *>(QStringLiteral("runForRealButton"));
    QVERIFY(!runForReal->isEnabled()); // no record chosen
    QTest::keyClicks(search, m_candidate.id);
    QTRY_VERIFY_WITH_TIMEOUT(results->count() >= 1 &&
                                 results->item(0)->data(Qt::UserRole).toString() == m_candidate.id,
                             20000);
    pick(panel, m_candidate.id);
    QVERIFY(runForReal->isEnabled());

    const qint64 invoicesBefore = invoices();
    const qint64 writesBefore = quickBooksWrites();
    QVERIFY(invoicesBefore >= 0);

    // Cancelled: the question named the company and its kind, and said the draft isn't used.
    QTest::mouseClick(runForReal, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("Demo Co (US)")), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(QStringLiteral("a sandbox company")),
             qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(QStringLiteral("published version 1")),
             qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(QStringLiteral("not published")), qPrintable(asked.first()));
    QVERIFY(!panel.isBusy());
    QCOMPARE(quickBooksWrites(), writesBefore);
    QVERIFY(m_demo->store().history(m_workflow.id)->isEmpty());

    // Confirmed: exactly one invoice, read back from QuickBooks.
    answer = true;
    QSignalSpy finished(&panel, &TestPanel::liveRunFinished);
    QTest::mouseClick(runForReal, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QVERIFY(panel.isBusy());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(panel.lastLiveRun().has_value());
    const LiveRun::Outcome &outcome = *panel.lastLiveRun();
    QVERIFY(outcome.enrolledNow);
    QCOMPARE(outcome.enrollment.version, 1);
    QVERIFY(!outcome.enrollment.live); // a person's run, not the workflow's polling
    QCOMPARE(outcome.actions.size(), 1);
    const ActionRunRow &run = outcome.actions.first();
    QCOMPARE(run.status, ActionStatus::Done);
    QCOMPARE(run.documentType, QStringLiteral("Invoice"));
    QCOMPARE(invoices(), invoicesBefore + 1);
    const std::optional<QboObject> invoice = readInvoice(run.documentId);
    QVERIFY(invoice.has_value());
    QVERIFY(
        invoice->json().value(QStringLiteral("PrivateNote")).toString().contains(m_candidate.id));
    const QString shown = panel.findChild<QLabel *>(QStringLiteral("liveResult"))->text();
    QVERIFY2(shown.contains(QStringLiteral("created Invoice %1").arg(run.documentNumber)),
             qPrintable(shown));

    // Again on the same record: nothing is created twice.
    QSignalSpy again(&panel, &TestPanel::liveRunFinished);
    QTest::mouseClick(runForReal, Qt::LeftButton);
    QVERIFY(again.wait(30000));
    QVERIFY(!panel.lastLiveRun()->enrolledNow);
    QCOMPARE(invoices(), invoicesBefore + 1);
}

QTEST_MAIN(TestTestPanel)
#include "tst_testpanel.moc"
