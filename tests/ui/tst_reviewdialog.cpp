// Review and publish, and the versions list, driven by clicks against the sandbox: the seed's
// source-filter warning and its undoable fix, an error that blocks publishing, the count of
// records that already meet the triggers (checked against the sandbox's own search), "Publish and
// turn on" with and without enrolling them (checked in the store's ledger), and an undoable
// restore of a version.
#include "app/sandbox/hubspot/hubspotservice.h"
#include "core/engine/runsession.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"
#include "ui/editor/workflowdocument.h"
#include "ui/review/reviewdialog.h"
#include "ui/review/versionsdialog.h"

#include "support/demoworkspace.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>

using namespace bookflow;

class TestReviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sourceFilterWarningHasAnUndoableFix();
    void anErrorBlocksPublishing();
    void publishAndTurnOnEnrollsWhatAlreadyMeetsTheTriggers();
    void publishAndTurnOnWithoutEnrollingTakesABaseline();
    void restoringAVersionIsUndoable();

private:
    QString accountId(const QString &name);
    // The payments the sandbox's own search finds for one HubSpot filter.
    QStringList sandboxPayments(const QString &property, const QString &op, const QString &value);
    static QList<QWidget *> rows(ReviewDialog &dialog, const QString &code);

    std::unique_ptr<testsupport::DemoWorkspace> m_demo;
};

void TestReviewDialog::initTestCase()
{
    m_demo = std::make_unique<testsupport::DemoWorkspace>();
    QString error;
    QVERIFY2(m_demo->startConnected(&error), qPrintable(error));
}

void TestReviewDialog::cleanupTestCase()
{
    m_demo.reset();
}

QString TestReviewDialog::accountId(const QString &name)
{
    const QString us = m_demo->usCompany();
    return m_demo->withSession<QString>([us, name](RunSession &session) {
        const ApiResult<QboClient *> client = session.quickBooks(us);
        if (!client)
            return QString();
        const auto rows = (*client)->queryAll(QboQuery::select(QStringLiteral("Account")));
        if (rows) {
            for (const QboObject &row : *rows) {
                if (row.json().value(QStringLiteral("Name")).toString() == name)
                    return row.id();
            }
        }
        return QString();
    });
}

QStringList TestReviewDialog::sandboxPayments(const QString &property, const QString &op,
                                              const QString &value)
{
    const QJsonObject filter{{QStringLiteral("propertyName"), property},
                             {QStringLiteral("operator"), op},
                             {QStringLiteral("value"), value}};
    const QJsonObject body{
        {QStringLiteral("filterGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("filters"), QJsonArray{filter}}}}},
        {QStringLiteral("limit"), 200}};
    QStringList ids;
    m_demo->sandbox().call([&](sandbox::SandboxServer &server) {
        const sandbox::SandboxReply reply = server.hubSpot().handle(
            "POST", QStringLiteral("/crm/v3/objects/commerce_payments/search"), QUrlQuery(),
            QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
        const QJsonArray results =
            QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &result : results)
            ids << result.toObject().value(QStringLiteral("id")).toString();
    });
    return ids;
}

QList<QWidget *> TestReviewDialog::rows(ReviewDialog &dialog, const QString &code)
{
    QList<QWidget *> out;
    for (QWidget *row : dialog.findChildren<QWidget *>(QStringLiteral("reviewItem"))) {
        if (row->property("code").toString() == code)
            out << row;
    }
    return out;
}

void TestReviewDialog::sourceFilterWarningHasAnUndoableFix()
{
    // The seed's paid-invoice workflow without its "Source is none of Invoice" filter.
    const Workflow w =
        m_demo->importTemplate(QStringLiteral("paid-invoice-from-payments.json"), [](Workflow &t) {
            QVector<Filter> &filters = t.enrollment.filterGroups[0].filters;
            filters.erase(std::remove_if(filters.begin(), filters.end(),
                                         [](const Filter &f) {
                                             return f.property ==
                                                    QLatin1String("hs_payment_source_app");
                                         }),
                          filters.end());
        });
    WorkflowDocument document(w);
    ReviewDialog dialog(m_demo->store(), m_demo->workspace(), &document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QList<QWidget *> warning = rows(dialog, QStringLiteral("source-filter-missing"));
    QCOMPARE(warning.size(), 1);
    QCOMPARE(warning.first()->property("severity").toString(), QStringLiteral("warning"));
    QVERIFY(!dialog.hasErrors());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("publishAndTurnOnButton"))->isEnabled());
    auto *fix = warning.first()->findChild<QPushButton *>(QStringLiteral("reviewFixButton"));
    QVERIFY(fix);
    QCOMPARE(fix->text(), QStringLiteral("Add the filter"));

    QTest::mouseClick(fix, Qt::LeftButton);
    const auto hasSourceFilter = [&] {
        for (const Filter &f : document.workflow().enrollment.filterGroups.at(0).filters) {
            if (f.property == QLatin1String("hs_payment_source_app") &&
                f.op == Operator::IsNoneOf && f.values.contains(QStringLiteral("INVOICE")))
                return true;
        }
        return false;
    };
    QVERIFY(hasSourceFilter());
    QVERIFY(document.isModified());
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(rows(dialog, QStringLiteral("source-filter-missing")).isEmpty());

    document.undoStack()->undo();
    QVERIFY(!hasSourceFilter());
    QCOMPARE(document.workflow(), w);
    QCOMPARE(rows(dialog, QStringLiteral("source-filter-missing")).size(), 1);
}

void TestReviewDialog::anErrorBlocksPublishing()
{
    // The expense action without the accounts it needs.
    const Workflow w = m_demo->importTemplate(QStringLiteral("expense-for-payment-fees.json"));
    WorkflowDocument document(w);
    ReviewDialog dialog(m_demo->store(), m_demo->workspace(), &document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(dialog.hasErrors());
    QWidget *error = nullptr;
    for (QWidget *row : dialog.findChildren<QWidget *>(QStringLiteral("reviewItem"))) {
        if (row->property("severity").toString() == QLatin1String("error") &&
            row->property("actionId").toString() == w.actions.first().id)
            error = row;
    }
    QVERIFY(error);
    auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
    auto *publishAndTurnOn =
        dialog.findChild<QPushButton *>(QStringLiteral("publishAndTurnOnButton"));
    QVERIFY(!publish->isEnabled());
    QVERIFY(!publishAndTurnOn->isEnabled());
    // Clicking a disabled button publishes nothing.
    QTest::mouseClick(publishAndTurnOn, Qt::LeftButton);
    QCOMPARE(m_demo->store().summary(w.id)->publishedVersion, 0);

    // "Show" takes the person to the action.
    auto *show = error->findChild<QPushButton *>(QStringLiteral("reviewShowButton"));
    QVERIFY(show);
    QSignalSpy shown(&dialog, &ReviewDialog::showActionRequested);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toString(), w.actions.first().id);

    // With the accounts chosen (an edit in the editor) publishing is allowed.
    Workflow fixed = document.workflow();
    fixed.actions[0].paidFromAccount = accountId(QStringLiteral("Checking"));
    fixed.actions[0].expenseAccount = accountId(QStringLiteral("Bank Charges"));
    QVERIFY(!fixed.actions[0].paidFromAccount.isEmpty());
    document.apply(fixed, QStringLiteral("Choose accounts"));
    QVERIFY(!dialog.hasErrors());
    QVERIFY(publish->isEnabled());
    QVERIFY(publishAndTurnOn->isEnabled());
}

void TestReviewDialog::publishAndTurnOnEnrollsWhatAlreadyMeetsTheTriggers()
{
    // Latest status is any of Refunded; the truth from the sandbox's own search.
    const QStringList refunded = sandboxPayments(QStringLiteral("hs_latest_status"),
                                                 QStringLiteral("EQ"), QStringLiteral("refunded"));
    QVERIFY(!refunded.isEmpty());
    const QString checking = accountId(QStringLiteral("Checking"));
    const Workflow w =
        m_demo->importTemplate(QStringLiteral("refund-receipt-for-refunds.json"),
                               [&](Workflow &t) { t.actions[0].refundFromAccount = checking; });
    WorkflowDocument document(w);
    ReviewDialog dialog(m_demo->store(), m_demo->workspace(), &document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *question = dialog.findChild<QLabel *>(QStringLiteral("enrollQuestion"));
    QVERIFY(dialog.isCounting());
    QVERIFY(question->text().contains(QStringLiteral("Counting")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 30000);
    QCOMPARE(dialog.existingCount(), int(refunded.size()));
    QVERIFY2(question->text().startsWith(QString::number(refunded.size()) + u' '),
             qPrintable(question->text()));

    auto *yes = dialog.findChild<QRadioButton *>(QStringLiteral("enrollYes"));
    QVERIFY(yes->isVisible());
    QVERIFY(!yes->isChecked()); // No is the default
    // On the round indicator: the radio button may be wider than what it draws.
    QStyleOptionButton option;
    option.initFrom(yes);
    const QRect indicator =
        yes->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, yes);
    QTest::mouseClick(yes, Qt::LeftButton, {}, indicator.center());
    QVERIFY(yes->isChecked());

    QSignalSpy published(&dialog, &ReviewDialog::published);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publishAndTurnOnButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("publishProgress"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
    QVERIFY(published.wait(30000));
    QCOMPARE(published.first().at(0).toInt(), 1);
    QCOMPARE(published.first().at(1).toBool(), true);
    QVERIFY(!dialog.isVisible()); // accepted

    const Result<WorkflowSummary> summary = m_demo->store().summary(w.id);
    QVERIFY(summary);
    QCOMPARE(summary->publishedVersion, 1);
    QVERIFY(summary->enabled);
    QVERIFY(!document.isModified()); // the draft was saved before publishing
    const Result<QVector<HistoryEntry>> history = m_demo->store().history(w.id);
    QVERIFY(history);
    QStringList enrolled;
    for (const HistoryEntry &entry : *history) {
        QCOMPARE(entry.enrollment.version, 1);
        enrolled << entry.enrollment.objectId;
    }
    enrolled.sort();
    QStringList expected = refunded;
    expected.sort();
    QCOMPARE(enrolled, expected);
}

void TestReviewDialog::publishAndTurnOnWithoutEnrollingTakesABaseline()
{
    const QStringList withFees = sandboxPayments(QStringLiteral("hs_fees_amount"),
                                                 QStringLiteral("GT"), QStringLiteral("0"));
    QVERIFY(!withFees.isEmpty());
    const QString checking = accountId(QStringLiteral("Checking"));
    const QString bankCharges = accountId(QStringLiteral("Bank Charges"));
    const Workflow w =
        m_demo->importTemplate(QStringLiteral("expense-for-payment-fees.json"), [&](Workflow &t) {
            t.actions[0].paidFromAccount = checking;
            t.actions[0].expenseAccount = bankCharges;
        });
    WorkflowDocument document(w);
    ReviewDialog dialog(m_demo->store(), m_demo->workspace(), &document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 30000);
    QCOMPARE(dialog.existingCount(), int(withFees.size()));
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("enrollNo"))->isChecked());

    QSignalSpy published(&dialog, &ReviewDialog::published);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publishAndTurnOnButton")),
                      Qt::LeftButton);
    QVERIFY(published.wait(30000));
    QCOMPARE(published.first().at(0).toInt(), 1);
    QCOMPARE(published.first().at(1).toBool(), true);

    QVERIFY(m_demo->store().summary(w.id)->enabled);
    QVERIFY(m_demo->store().history(w.id)->isEmpty()); // nothing enrolled
    QVERIFY(m_demo->store().cursor(w.id)->has_value());
    // The baseline: each record that met the triggers is remembered as meeting them, so only a
    // record that starts meeting them later enrolls.
    for (const QString &id : withFees) {
        const Result<std::optional<RecordMemory>> memory = m_demo->store().recordMemory(w.id, id);
        QVERIFY(memory && memory->has_value());
        QVERIFY((*memory)->matching);
    }

    // Opened again, the question is settled and the workflow is on: only "Publish" is left.
    ReviewDialog again(m_demo->store(), m_demo->workspace(), &document);
    QVERIFY(!again.isCounting());
    QVERIFY(!again.findChild<QRadioButton *>(QStringLiteral("enrollYes"))->isVisibleTo(&again));
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("publishAndTurnOnButton"))
                 ->isVisibleTo(&again));
    // Nothing changed since version 1: nothing to publish.
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
}

void TestReviewDialog::restoringAVersionIsUndoable()
{
    const Workflow w = m_demo->importTemplate(QStringLiteral("refund-receipt-for-refunds.json"));
    QVERIFY(m_demo->store().publish(w.id));
    Workflow second = w;
    second.name = QStringLiteral("Refund receipts, second version");
    second.enrollment.filterGroups[0].filters[0].values = {QStringLiteral("partially_refunded")};
    QVERIFY(m_demo->store().saveDraft(second));
    QVERIFY(m_demo->store().publish(w.id));
    Workflow draft = second;
    draft.name = QStringLiteral("Refund receipts, being edited");

    WorkflowDocument document(draft);
    VersionsDialog dialog(m_demo->store(), &document);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("versionsList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toInt(), 2); // newest first
    QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());                // the date
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Latest, off"));
    QCOMPARE(dialog.selectedVersion(), 2);

    QTreeWidgetItem *first = list->topLevelItem(1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(first).center());
    QCOMPARE(dialog.selectedVersion(), 1);
    const QString shown =
        dialog.findChild<QTextBrowser *>(QStringLiteral("versionSummary"))->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("hs_latest_status")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("refunded")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("partially")), qPrintable(shown)); // version 2's
    QVERIFY2(shown.contains(actionTypeLabel(ActionType::CreateRefundReceipt)), qPrintable(shown));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton")),
                      Qt::LeftButton);
    QCOMPARE(document.workflow(), *m_demo->store().version(w.id, 1));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Restore version 1"));
    document.undoStack()->undo();
    QCOMPARE(document.workflow(), draft);
    // Restoring touched the document only: the store's draft is what it was.
    QCOMPARE(*m_demo->store().draft(w.id), second);
}

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
