// The trigger panel on a payment workflow, driven by clicks and typing against the sandbox
// portal: "Source is none of Invoice AND Latest status is any of Succeeded" (the seed's paid
// invoice triggers, as in resources/templates/paid-invoice-from-payments.json), re-enrollment
// with a property, and every kind of edit undone and redone through the document's undo stack —
// a typed value being one undo step.
#include "filterdriver.h"
#include "support/demoworkspace.h"
#include "ui/editor/workflowdocument.h"
#include "ui/filters/chiplist.h"
#include "ui/filters/filtergroupseditor.h"
#include "ui/filters/filterrow.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/propertypicker.h"
#include "ui/filters/triggerpanel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace bookflow;
using namespace bookflow::testsupport;

namespace {

Filter filter(const char *property, PropertyType type, Operator op, const QStringList &values)
{
    Filter f;
    f.object = FilterObject::Payment;
    f.property = QString::fromLatin1(property);
    f.propertyType = type;
    f.op = op;
    f.values = values;
    return f;
}

} // namespace

class TestTriggerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        const ApiResult<QVector<Connection>> made = m_demo.connect();
        QVERIFY2(made.ok(), qPrintable(made.reason()));
        m_catalog = std::make_unique<PropertyCatalog>(m_demo.workspace());
        m_catalog->load(FilterObject::Payment);
        QTRY_VERIFY_WITH_TIMEOUT(m_catalog->isLoaded(FilterObject::Payment), 20000);
    }
    void cleanupTestCase() { m_catalog.reset(); }

    void buildsThePaidInvoiceTriggersAndUndoesEachEdit();
    void oneTypedValueIsOneUndoStep();
    void removalsUndoAndTheNarrowPanelFits();

private:
    Workflow blankPaymentWorkflow() const
    {
        Workflow workflow;
        workflow.id = Workflow::newId();
        workflow.name = QStringLiteral("Paid invoices from payments");
        workflow.objectType = ObjectType::Payment;
        return workflow;
    }

    testsupport::DemoWorkspace m_demo;
    std::unique_ptr<PropertyCatalog> m_catalog;
};

void TestTriggerPanel::buildsThePaidInvoiceTriggersAndUndoesEachEdit()
{
    WorkflowDocument document(blankPaymentWorkflow());
    TriggerPanel panel(&document, m_catalog.get());
    panel.resize(440, 900);
    panel.show();
    QUndoStack *undo = document.undoStack();
    QVERIFY(panel.findChild<QLabel *>("triggerTitle")->text() ==
            QStringLiteral("Enrollment triggers"));

    // Each edit's workflow, to check undo and redo against.
    QVector<Workflow> states{document.workflow()};
    QStringList texts;
    auto step = [&](const QString &text) {
        states.append(document.workflow());
        texts.append(text);
        return undo->count() == states.size() - 1 && undo->text(undo->count() - 1) == text;
    };

    QTest::mouseClick(panel.findChild<QPushButton *>("addGroup"), Qt::LeftButton);
    QVERIFY(step("Add filter group"));
    FilterRow *source = rowAt(&panel, 1, 1);
    QVERIFY(source);
    // The object drop-down offers what a payment workflow may read.
    QCOMPARE(source->findChild<QComboBox *>("filterObject")->count(), 4);
    QVERIFY(pickProperty(source->picker(), "Source"));
    QVERIFY(step("Change property"));
    QVERIFY(chooseInCombo(source->findChild<QComboBox *>("filterOperator"), "is none of"));
    QVERIFY(step("Change operator"));
    QTest::mouseClick(option(source, "Invoice"), Qt::LeftButton);
    QVERIFY(step("Edit values"));

    QTest::mouseClick(shown<QPushButton>(shown<QWidget>(&panel, "filterGroup1"), "addFilter"),
                      Qt::LeftButton);
    QVERIFY(step("Add filter"));
    FilterRow *status = rowAt(&panel, 1, 2);
    // Found by its internal name too; HubSpot's label for it is "Status".
    QVERIFY(pickProperty(status->picker(), "hs_latest_status"));
    QVERIFY(step("Change property"));
    QCOMPARE(status->picker()->currentText(), QStringLiteral("Status"));
    QCOMPARE(status->findChild<QComboBox *>("filterOperator")->currentText(),
             QStringLiteral("is any of"));
    QTest::mouseClick(option(status, "Succeeded"), Qt::LeftButton);
    QVERIFY(step("Edit values"));

    // The seed's triggers, exactly as the template stores them.
    FilterGroup expected;
    expected.filters = {filter("hs_payment_source_app", PropertyType::Enumeration,
                               Operator::IsNoneOf, {QStringLiteral("INVOICE")}),
                        filter("hs_latest_status", PropertyType::Enumeration, Operator::IsAnyOf,
                               {QStringLiteral("succeeded")})};
    QCOMPARE(document.workflow().enrollment.filterGroups, QVector<FilterGroup>{expected});
    QVERIFY(!shown<QLabel>(&panel, "filterProblem")); // nothing wrong to show

    // Re-enrollment with a property of the payment.
    auto *reenroll = panel.findChild<QCheckBox *>("reenrollEnabled");
    QVERIFY(!panel.findChild<QWidget *>("reenrollDetails")->isVisible());
    QTest::mouseClick(reenroll, Qt::LeftButton);
    QVERIFY(step("Turn on re-enrollment"));
    QVERIFY(panel.findChild<QWidget *>("reenrollDetails")->isVisible());
    auto *reenrollPicker = panel.findChild<PropertyPicker *>("reenrollPicker");
    QVERIFY(pickProperty(reenrollPicker, "Refunds amount"));
    QVERIFY(step("Add re-enrollment property"));
    QCOMPARE(document.workflow().enrollment.reenroll.enabled, true);
    QCOMPARE(document.workflow().enrollment.reenroll.properties,
             QStringList{QStringLiteral("hs_refunds_amount")});
    auto *chips = panel.findChild<ChipList *>("reenrollProperties");
    QCOMPARE(chips->chipCount(), 1);
    QCOMPARE(unnamedControls(&panel), QStringList());
    QVERIFY(shown<QWidget>(chips, "chip")->property("chipLabel").toString() ==
            QStringLiteral("Refunds amount"));
    QVERIFY(reenrollPicker->currentProperty().isEmpty()); // ready for another one

    // Undo each edit, then redo each: the workflow and what the panel shows follow.
    const int steps = undo->count();
    QCOMPARE(steps, 9);
    for (int i = steps; i > 0; --i) {
        undo->undo();
        QCOMPARE(document.workflow(), states.at(i - 1));
        QCOMPARE(undo->count(), steps); // refreshing pushed nothing
        QCOMPARE(panel.groupsEditor()->groups(), states.at(i - 1).enrollment.filterGroups);
        QCOMPARE(reenroll->isChecked(), states.at(i - 1).enrollment.reenroll.enabled);
    }
    QVERIFY(!rowAt(&panel, 1, 1));
    for (int i = 1; i <= steps; ++i) {
        undo->redo();
        QCOMPARE(document.workflow(), states.at(i));
        QCOMPARE(undo->count(), steps);
        QCOMPARE(panel.groupsEditor()->groups(), states.at(i).enrollment.filterGroups);
    }
    QCOMPARE(option(rowAt(&panel, 1, 1), "Invoice")->isChecked(), true);
    QCOMPARE(chips->chipCount(), 1);

    // Removing the re-enrollment property and turning it off undo too.
    QTest::mouseClick(shown<QToolButton>(chips, "chipRemove"), Qt::LeftButton);
    QVERIFY(step("Remove re-enrollment property"));
    QTest::mouseClick(reenroll, Qt::LeftButton);
    QVERIFY(step("Turn off re-enrollment"));
    QVERIFY(!document.workflow().enrollment.reenroll.enabled);
    undo->undo();
    undo->undo();
    QCOMPARE(document.workflow(), states.at(9));
    QVERIFY(reenroll->isChecked());
    QCOMPARE(chips->chipCount(), 1);
}

void TestTriggerPanel::oneTypedValueIsOneUndoStep()
{
    WorkflowDocument document(blankPaymentWorkflow());
    TriggerPanel panel(&document, m_catalog.get());
    panel.resize(400, 800);
    panel.show();
    QUndoStack *undo = document.undoStack();

    QTest::mouseClick(panel.findChild<QPushButton *>("addGroup"), Qt::LeftButton);
    FilterRow *fees = rowAt(&panel, 1, 1);
    QVERIFY(pickProperty(fees->picker(), "Fees amount"));
    QVERIFY(chooseInCombo(fees->findChild<QComboBox *>("filterOperator"), "is greater than"));
    const int before = undo->count();
    const Workflow untyped = document.workflow();

    QLineEdit *field = shown<QLineEdit>(fees, "numberValue1");
    QTest::keyClicks(field, "12.50");
    QCOMPARE(document.workflow().enrollment.filterGroups.at(0).filters.at(0).values,
             QStringList{QStringLiteral("12.50")});
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(undo->text(before), QStringLiteral("Edit values"));
    // The field keeps what was typed and where the cursor is while the panel refreshes.
    QCOMPARE(field, shown<QLineEdit>(fees, "numberValue1"));
    QCOMPARE(field->cursorPosition(), 5);

    undo->undo();
    QCOMPARE(document.workflow(), untyped);
    QCOMPARE(field->text(), QString());
    undo->redo();
    QCOMPARE(field->text(), QStringLiteral("12.50"));

    // Finishing the field (Enter) ends the step: typing again is a new one.
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, "5");
    QCOMPARE(document.workflow().enrollment.filterGroups.at(0).filters.at(0).values,
             QStringList{QStringLiteral("12.55")});
    QCOMPARE(undo->count(), before + 2);
    undo->undo();
    QCOMPARE(field->text(), QStringLiteral("12.50"));

    // Chips: each value added is its own step.
    QTest::mouseClick(shown<QPushButton>(shown<QWidget>(&panel, "filterGroup1"), "addFilter"),
                      Qt::LeftButton);
    FilterRow *email = rowAt(&panel, 1, 2);
    QVERIFY(pickProperty(email->picker(), "Customer email"));
    const int chipsBefore = undo->count();
    QLineEdit *input = shown<QLineEdit>(email, "valueInput");
    QTest::keyClicks(input, "ana@example.com");
    QCOMPARE(undo->count(), chipsBefore); // typing a chip is not an edit until Enter
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, "bo@example.com");
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(undo->count(), chipsBefore + 2);
    QCOMPARE(document.workflow().enrollment.filterGroups.at(0).filters.at(1).values,
             (QStringList{QStringLiteral("ana@example.com"), QStringLiteral("bo@example.com")}));
    undo->undo();
    QCOMPARE(document.workflow().enrollment.filterGroups.at(0).filters.at(1).values,
             QStringList{QStringLiteral("ana@example.com")});
    QCOMPARE(email->findChild<ChipList *>("valueChips")->chipCount(), 1);
}

void TestTriggerPanel::removalsUndoAndTheNarrowPanelFits()
{
    Workflow workflow = blankPaymentWorkflow();
    FilterGroup first;
    first.filters = {filter("hs_payment_source_app", PropertyType::Enumeration, Operator::IsNoneOf,
                            {QStringLiteral("INVOICE")}),
                     filter("hs_latest_status", PropertyType::Enumeration, Operator::IsAnyOf,
                            {QStringLiteral("succeeded")})};
    FilterGroup second;
    second.filters = {
        filter("hs_fees_amount", PropertyType::Number, Operator::Gt, {QStringLiteral("0")})};
    workflow.enrollment.filterGroups = {first, second};
    WorkflowDocument document(workflow);
    TriggerPanel panel(&document, m_catalog.get());
    panel.resize(380, 900);
    panel.show();
    QUndoStack *undo = document.undoStack();
    QVERIFY(shown<QLabel>(&panel, "orLabel"));

    // Nothing at 380 px is cut off or pushed past the panel's edge.
    QTRY_COMPARE(rowAt(&panel, 1, 2)->picker()->currentText(), QStringLiteral("Status"));
    QWidget *content = panel.findChild<QWidget *>("triggerContent");
    QVERIFY2(content->width() <= panel.width(), qPrintable(QString::number(content->width())));
    for (QWidget *widget : content->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(content) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QRect inContent(widget->mapTo(content, QPoint(0, 0)), widget->size());
        QVERIFY2(inContent.right() <= content->width(),
                 qPrintable(widget->objectName() + QStringLiteral(" ends at ") +
                            QString::number(inContent.right())));
    }

    QTest::mouseClick(shown<QToolButton>(rowAt(&panel, 1, 1), "removeFilter"), Qt::LeftButton);
    QCOMPARE(undo->text(undo->count() - 1), QStringLiteral("Remove filter"));
    QCOMPARE(document.workflow().enrollment.filterGroups.at(0).filters.size(), 1);
    QCOMPARE(rowAt(&panel, 1, 1)->picker()->currentText(), QStringLiteral("Status"));
    QTest::mouseClick(shown<QToolButton>(shown<QWidget>(&panel, "filterGroup2"), "removeGroup"),
                      Qt::LeftButton);
    QCOMPARE(undo->text(undo->count() - 1), QStringLiteral("Remove group"));
    QCOMPARE(document.workflow().enrollment.filterGroups.size(), 1);
    QVERIFY(!shown<QWidget>(&panel, "filterGroup2"));

    undo->undo();
    QCOMPARE(document.workflow().enrollment.filterGroups.size(), 2);
    QVERIFY(shown<QWidget>(&panel, "filterGroup2"));
    QCOMPARE(shown<QLineEdit>(rowAt(&panel, 2, 1), "numberValue1")->text(), QStringLiteral("0"));
    undo->undo();
    QCOMPARE(document.workflow(), workflow);
    QCOMPARE(rowAt(&panel, 1, 1)->picker()->currentText(), QStringLiteral("Source"));
    QVERIFY(option(rowAt(&panel, 1, 1), "Invoice")->isChecked());
    QVERIFY(!document.isModified());
}

QTEST_MAIN(TestTriggerPanel)
#include "tst_triggerpanel.moc"
