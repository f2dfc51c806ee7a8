// Issue 7's promise, end to end in the assembled app: each of the five templates of
// resources/templates/ is built from a blank workflow by clicks and typing alone — New ▸ the
// workflow's type, the name typed, the trigger's filters in the real trigger panel, the action from
// the (+) menu and its fields in the real action panel — saved with Ctrl+S and compared with the
// template field by field; then reviewed (no errors), published and turned on (answering the
// enroll-existing question), and dry-run in the test panel on a sandbox record that meets the
// triggers: every filter ✓, every action with a planned outcome and its request bodies, and not
// one new QuickBooks document.
//
// The records come from the sandbox's demo seed (app/sandbox/hubspot/hubspotseed.cpp):
// - quote "Pye's Cakes – annual support plan – quote" (quoteSeeds() #12: e-signed, 1 of 1
//   signature, Support Plan × 12; Karen Pye is a QuickBooks customer);
// - deal "Payment link – Bill's Windsurf Shop pump replacement" (dealSeeds() #2: Pump × 2,
//   Hours × 3; Bill Lucchini is a QuickBooks customer);
// - payment PAY-20400 (paymentSeeds() #1: SALES_CHECKOUT, succeeded, that deal's lines, untaxed);
// - payment PAY-20417 (paymentSeeds() #2: a settled card payment, so its fees are 2.9 % + $0.30);
// - payment PAY-20451 (paymentSeeds() #4: refunded in full, Lighting Kit × 2).
// (A payment's reference is PAY-<20400 + 17 × its 0-based place in paymentSeeds()>.)
#include "filterdriver.h"
#include "support/demoworkspace.h"
#include "support/workflows.h"

#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"
#include "core/workflow/recordnoun.h"
#include "core/workflow/workflowcodec.h"
#include "ui/actions/actionpanel.h"
#include "ui/actions/lookupcombobox.h"
#include "ui/app/desktopapp.h"
#include "ui/editor/workflowcard.h"
#include "ui/editor/workflowdocument.h"
#include "ui/editor/workfloweditor.h"
#include "ui/filters/filterrow.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/propertypicker.h"
#include "ui/filters/triggerpanel.h"
#include "ui/main/workflownamedialog.h"
#include "ui/mainwindow.h"
#include "ui/review/reviewdialog.h"
#include "ui/testrun/testpanel.h"

#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace bookflow;
using namespace bookflow::testsupport;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The QuickBooks entities a workflow's actions create (documents, and the customers and products
// made for them): a dry run must add none of them.
const char *const CreatedEntities[] = {"Invoice",       "Payment",  "SalesReceipt", "Estimate",
                                       "RefundReceipt", "Purchase", "Customer",     "Item"};

// The workflow file of `workflow` with what legitimately differs between a template and a
// workflow made from it blanked: the workflow's id and name (a new workflow gets a fresh id; the
// name is what was typed), the actions' ids (numbered by position, as a file made by hand
// would) and their QuickBooks company (the template names none; the test connects one).
// Everything else — object type, every filter's object, property, type, operator and values,
// re-enrollment, each action's type, terms, customer, products, create-if-missing and accounts —
// is kept, so a click that didn't land shows up as a difference.
QJsonObject normalised(const Workflow &workflow)
{
    QJsonObject json = QJsonDocument::fromJson(WorkflowCodec::encode(workflow)).object();
    json.insert(s("id"), QString());
    json.insert(s("name"), QString());
    QJsonArray actions = json.value(s("actions")).toArray();
    for (int i = 0; i < actions.size(); ++i) {
        QJsonObject action = actions.at(i).toObject();
        action.insert(s("id"), QStringLiteral("a%1").arg(i + 1));
        action.insert(s("connection"), QString());
        actions.replace(i, action);
    }
    json.insert(s("actions"), actions);
    return json;
}

QString pretty(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QMenu *activeMenu()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// Clicks the entry named `objectName` of an open menu where it is drawn.
bool clickMenuEntry(QMenu *menu, const QString &objectName)
{
    auto *entry = menu ? menu->findChild<QAction *>(objectName) : nullptr;
    if (!entry || !entry->isVisible() || !entry->isEnabled() || !menu->actions().contains(entry))
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(entry).center());
    return !menu->isVisible();
}

// Opens a QuickBooks drop-down with a click (once its list is in, as a person waits for it) and
// clicks the row named `name` in its list: a fixed entry ("The quote's first contact") or one of
// the company's rows.
bool clickLookupRow(LookupComboBox *box, const QString &name)
{
    if (!box || !box->isVisible() || !box->isEnabled())
        return false;
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    if (!box->isPopupVisible())
        return false;
    auto *list = box->findChild<QListView *>(s("lookupList"));
    if (!list)
        return false;
    QModelIndex wanted;
    for (int row = 0; row < list->model()->rowCount() && !wanted.isValid(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString() == name)
            wanted = index;
    }
    if (!wanted.isValid())
        return false;
    list->scrollTo(wanted);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(wanted).center());
    return !box->isPopupVisible();
}

// Opens a QuickBooks drop-down with a click, types `search` into its search field and picks the
// first match with Enter.
bool searchLookup(LookupComboBox *box, const QString &search)
{
    if (!box || !box->isVisible() || !box->isEnabled())
        return false;
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    if (!box->isPopupVisible())
        return false;
    auto *field = box->findChild<QLineEdit *>(s("lookupSearch"));
    if (!field)
        return false;
    QTest::keyClicks(field, search);
    QTest::keyClick(field, Qt::Key_Return);
    return !box->isPopupVisible();
}

} // namespace

class TestBuildTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void buildReviewPublishAndTest_data();
    void buildReviewPublishAndTest();

private:
    WorkflowEditor *createBlank(const QString &newAction, const QString &name);
    void buildTriggers(WorkflowEditor *editor, const QString &file);
    void buildAction(WorkflowEditor *editor, Workflow &expected);
    void reviewAndPublish(WorkflowEditor *editor);
    void dryRun(WorkflowEditor *editor, const QString &search, const QString &recordText);

    // The editor's part named `name` of type T, shown.
    template <typename T> T *part(WorkflowEditor *editor, const QString &name)
    {
        return shown<T>(editor, name);
    }
    LookupComboBox *lookup(QWidget *panel, const char *name)
    {
        return shown<LookupComboBox>(panel, s(name));
    }
    QHash<QString, qint64> documentCounts();
    QString accountId(const QString &name);

    std::unique_ptr<DemoWorkspace> m_demo;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopApp> m_app;
};

void TestBuildTemplates::initTestCase()
{
    m_demo = std::make_unique<DemoWorkspace>();
    QString error;
    QVERIFY2(m_demo->startConnected(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_demo->dataDir());
    QVERIFY(m_window->store());
    // The sign-ins the demo made, so the app's lanes reach the sandbox as the connections say.
    m_app = std::make_unique<DesktopApp>(*m_window, m_demo->secrets(), false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBuildTemplates::cleanupTestCase()
{
    m_app.reset();
    m_window.reset();
    m_demo.reset();
}

QHash<QString, qint64> TestBuildTemplates::documentCounts()
{
    const QString us = m_demo->usCompany();
    return m_demo->withSession<QHash<QString, qint64>>(
        [us](RunSession &session) -> QHash<QString, qint64> {
            QHash<QString, qint64> counts;
            const ApiResult<QboClient *> client = session.quickBooks(us);
            for (const char *entity : CreatedEntities) {
                const QString name = QString::fromLatin1(entity);
                if (!client) {
                    counts.insert(name, -1);
                    continue;
                }
                const ApiResult<qint64> n = (*client)->count(QboQuery::count(name));
                counts.insert(name, n ? *n : -1);
            }
            return counts;
        });
}

// The id of the US company's active account named `name`, asked of QuickBooks directly.
QString TestBuildTemplates::accountId(const QString &name)
{
    const QString us = m_demo->usCompany();
    return m_demo->withSession<QString>([us, name](RunSession &session) -> QString {
        const ApiResult<QboClient *> client = session.quickBooks(us);
        if (!client)
            return {};
        QboQuery query = QboQuery::select(s("Account"));
        query.where(s("Name"), s("="), name);
        const ApiResult<QVector<QboObject>> found = (*client)->query(query);
        return found && found->size() == 1 ? found->first().id() : QString();
    });
}

void TestBuildTemplates::buildReviewPublishAndTest_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("newAction");
    QTest::addColumn<QString>("search");     // typed in the test panel's record search
    QTest::addColumn<QString>("recordText"); // what the record's line in the results says

    QTest::newRow("invoice-esigned-quotes")
        << s("invoice-esigned-quotes.json") << s("newQuoteWorkflowAction")
        << s("annual support plan") << s("Pye's Cakes – annual support plan – quote");
    QTest::newRow("invoice-payment-link-deals")
        << s("invoice-payment-link-deals.json") << s("newDealWorkflowAction") << s("Windsurf")
        << s("Payment link – Bill's Windsurf Shop pump replacement");
    QTest::newRow("paid-invoice-from-payments")
        << s("paid-invoice-from-payments.json") << s("newPaymentWorkflowAction") << s("PAY-20400")
        << s("Payment PAY-20400");
    QTest::newRow("expense-for-payment-fees")
        << s("expense-for-payment-fees.json") << s("newPaymentWorkflowAction") << s("PAY-20417")
        << s("Payment PAY-20417");
    QTest::newRow("refund-receipt-for-refunds")
        << s("refund-receipt-for-refunds.json") << s("newPaymentWorkflowAction") << s("PAY-20451")
        << s("Payment PAY-20451");
}

void TestBuildTemplates::buildReviewPublishAndTest()
{
    QFETCH(QString, file);
    QFETCH(QString, newAction);
    QFETCH(QString, search);
    QFETCH(QString, recordText);

    const Workflow templ = templateWorkflow(file);
    const QHash<QString, qint64> before = documentCounts();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(it.value() >= 0, qPrintable(it.key()));

    // 1. A blank workflow of the template's type, named as the template is.
    QPointer<WorkflowEditor> editor = createBlank(newAction, templ.name);
    if (QTest::currentTestFailed())
        return;
    const QString id = editor->workflowId();

    // 2. The triggers and the action, by clicks and typing.
    buildTriggers(editor, file);
    if (QTest::currentTestFailed())
        return;
    Workflow expected = templ;
    buildAction(editor, expected);
    if (QTest::currentTestFailed())
        return;

    // 3. Ctrl+S, and the saved draft is the template (plus the accounts the template leaves for
    // the person to choose).
    // The offscreen platform hands the keyboard to every window it shows, the drop-downs' popups
    // included, and doesn't hand it back when they close (a desktop keeps it with the window the
    // popup belongs to; activateWindow() thinks the editor has it). So the window system's part
    // is played here: the editor is the active window again, as after the person's last pick.
    QApplication::setActiveWindow(editor);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(editor.data()));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->document()->isModified());
    const Result<Workflow> saved = m_demo->store().draft(id);
    QVERIFY2(saved, qPrintable(saved.reason()));
    QCOMPARE(saved->name, templ.name);
    QCOMPARE(saved->objectType, templ.objectType);
    for (const Action &action : saved->actions)
        QCOMPARE(action.connection, m_demo->usCompany());
    const QString savedJson = pretty(normalised(*saved));
    const QString expectedJson = pretty(normalised(expected));
    if (savedJson != expectedJson)
        qWarning().noquote() << "saved:\n" << savedJson << "\nexpected:\n" << expectedJson;
    QCOMPARE(savedJson, expectedJson);

    // 4. Review, publish and turn on.
    reviewAndPublish(editor);
    if (QTest::currentTestFailed())
        return;
    const Result<WorkflowSummary> summary = m_demo->store().summary(id);
    QVERIFY(summary);
    QCOMPARE(summary->publishedVersion, 1);
    QVERIFY(summary->enabled);
    const Result<Workflow> published = m_demo->store().version(id, 1);
    QVERIFY(published);
    QCOMPARE(*published, *saved);

    // 5. The dry run on a record that meets the triggers; nothing reaches QuickBooks.
    dryRun(editor, search, recordText);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(documentCounts(), before);

    editor->close();
    QTRY_VERIFY(!editor);
}

WorkflowEditor *TestBuildTemplates::createBlank(const QString &newAction, const QString &name)
{
    // New workflow ▸ the type, from the toolbar button's menu.
    auto *newButton = m_window->findChild<QToolButton *>(s("newWorkflowButton"));
    [&] {
        QVERIFY(newButton && newButton->isVisible());
        QTest::mouseClick(newButton, Qt::LeftButton, {}, QPoint(8, 8));
        QMenu *menu = activeMenu();
        QVERIFY(menu && menu->objectName() == s("newWorkflowMenu"));
        QVERIFY(clickMenuEntry(menu, newAction));
    }();
    if (QTest::currentTestFailed())
        return nullptr;

    // The name typed over the suggested one, and Create.
    WorkflowNameDialog *dialog = nullptr;
    const auto findDialog = [this] {
        for (auto *d : m_window->findChildren<WorkflowNameDialog *>(s("workflowNameDialog"))) {
            if (d->isVisible())
                return d;
        }
        return static_cast<WorkflowNameDialog *>(nullptr);
    };
    // Held while iterated: a range-for over *workflows() would read a destroyed temporary.
    const Result<QVector<WorkflowSummary>> before = m_window->store()->workflows();
    if (!before)
        qFatal("workflows: %s", qPrintable(before.reason()));
    QSet<QString> known;
    for (const WorkflowSummary &w : *before)
        known.insert(w.id);
    [&] {
        QTRY_VERIFY((dialog = findDialog()));
        auto *field = dialog->findChild<QLineEdit *>(s("workflowNameField"));
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, name);
        QCOMPARE(field->text(), name);
        QTest::mouseClick(dialog->findChild<QPushButton *>(s("createWorkflowButton")),
                          Qt::LeftButton);
    }();
    if (QTest::currentTestFailed())
        return nullptr;

    // The app opened the new workflow's editor.
    QString id;
    const Result<QVector<WorkflowSummary>> after = m_window->store()->workflows();
    if (!after)
        qFatal("workflows: %s", qPrintable(after.reason()));
    for (const WorkflowSummary &w : *after) {
        if (!known.contains(w.id))
            id = w.id;
    }
    WorkflowEditor *editor = nullptr;
    [&] {
        QVERIFY2(!id.isEmpty(), "no workflow was created");
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *e = qobject_cast<WorkflowEditor *>(top);
            if (e && e->workflowId() == id && e->isVisible())
                editor = e;
        }
        QVERIFY2(editor, "the new workflow's editor did not open");
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        const Workflow &blank = editor->document()->workflow();
        QCOMPARE(blank.name, name);
        QVERIFY(blank.enrollment.filterGroups.isEmpty());
        QVERIFY(blank.actions.isEmpty());
    }();
    return editor;
}

void TestBuildTemplates::buildTriggers(WorkflowEditor *editor, const QString &file)
{
    auto *card = editor->findChild<WorkflowCard *>(s("triggerCard"));
    QVERIFY(card);
    QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(20, 12));
    auto *panel = qobject_cast<TriggerPanel *>(editor->currentPanel());
    QVERIFY2(panel, "clicking the trigger card did not show the trigger panel");
    QTRY_VERIFY(panel->isVisible());

    QTest::mouseClick(shown<QPushButton>(panel, s("addGroup")), Qt::LeftButton);
    FilterRow *row = rowAt(panel, 1, 1);
    QVERIFY(row && row->picker());

    // A person waits for HubSpot's property list before searching it (the picker says
    // "Loading the properties from HubSpot…" meanwhile).
    PropertyCatalog *catalog = editor->propertyCatalog();
    const auto pick = [catalog](FilterRow *row, const QString &label, const QString &op) {
        QVERIFY(row);
        QTRY_VERIFY_WITH_TIMEOUT(catalog->isLoaded(row->picker()->object()), 20000);
        QVERIFY2(pickProperty(row->picker(), label), qPrintable(label));
        QCOMPARE(row->picker()->currentText(), label);
        QVERIFY2(chooseInCombo(row->findChild<QComboBox *>(s("filterOperator")), op),
                 qPrintable(op));
    };
    const auto addFilter = [panel] {
        QTest::mouseClick(
            shown<QPushButton>(shown<QWidget>(panel, s("filterGroup1")), s("addFilter")),
            Qt::LeftButton);
    };

    if (file == s("invoice-esigned-quotes.json")) {
        pick(row, s("Esign completed signatures"), s("is known"));
    } else if (file == s("invoice-payment-link-deals.json")) {
        pick(row, s("Deal Name"), s("contains any of"));
        if (QTest::currentTestFailed())
            return;
        QLineEdit *input = shown<QLineEdit>(rowAt(panel, 1, 1), s("valueInput"));
        QVERIFY(input);
        QTest::keyClicks(input, s("Payment link"));
        QTest::keyClick(input, Qt::Key_Return);
    } else if (file == s("paid-invoice-from-payments.json")) {
        pick(row, s("Status"), s("is any of"));
        if (QTest::currentTestFailed())
            return;
        QCheckBox *succeeded = option(rowAt(panel, 1, 1), s("Succeeded"));
        QVERIFY(succeeded);
        QTest::mouseClick(succeeded, Qt::LeftButton);
        addFilter();
        pick(rowAt(panel, 1, 2), s("Source"), s("is none of"));
        if (QTest::currentTestFailed())
            return;
        QCheckBox *invoice = option(rowAt(panel, 1, 2), s("Invoice"));
        QVERIFY(invoice);
        QTest::mouseClick(invoice, Qt::LeftButton);
    } else if (file == s("expense-for-payment-fees.json")) {
        pick(row, s("Fees amount"), s("is greater than"));
        if (QTest::currentTestFailed())
            return;
        QLineEdit *amount = shown<QLineEdit>(rowAt(panel, 1, 1), s("numberValue1"));
        QVERIFY(amount);
        QTest::keyClicks(amount, s("0"));
        QTest::keyClick(amount, Qt::Key_Tab);
    } else if (file == s("refund-receipt-for-refunds.json")) {
        pick(row, s("Status"), s("is any of"));
        if (QTest::currentTestFailed())
            return;
        QCheckBox *refunded = option(rowAt(panel, 1, 1), s("Refunded"));
        QVERIFY(refunded);
        QTest::mouseClick(refunded, Qt::LeftButton);
    } else {
        QFAIL(qPrintable(s("no steps for %1").arg(file)));
    }
    if (QTest::currentTestFailed())
        return;
    // Nothing the panel finds wrong with the filters.
    QVERIFY(!shown<QLabel>(panel, s("filterProblem")));
}

void TestBuildTemplates::buildAction(WorkflowEditor *editor, Workflow &expected)
{
    QVERIFY(expected.actions.size() == 1);
    const ActionType type = expected.actions.first().type;

    // (+) after the trigger, and the action's entry in its menu.
    auto *plus = editor->findChild<QToolButton *>(s("addActionButton_0"));
    QVERIFY(plus && plus->isVisible());
    QTest::mouseClick(plus, Qt::LeftButton);
    QMenu *menu = activeMenu();
    QVERIFY(menu && menu->objectName() == s("addActionMenu"));
    QVERIFY(clickMenuEntry(menu, s("add_%1").arg(actionTypeKey(type))));
    QCOMPARE(editor->document()->workflow().actions.size(), 1);
    auto *panel = qobject_cast<ActionPanel *>(editor->currentPanel());
    QVERIFY2(panel, "adding the action did not show its panel");
    QTRY_VERIFY(panel->isVisible());

    // Which QuickBooks account: the US demo company, by its line in the list.
    auto *company = shown<QComboBox>(panel, s("connectionCombo"));
    QVERIFY(company);
    QString usText;
    for (int i = 0; i < company->count(); ++i) {
        if (company->itemData(i).toString() == m_demo->usCompany())
            usText = company->itemText(i);
    }
    QVERIFY(!usText.isEmpty());
    QVERIFY(chooseInCombo(company, usText));

    // Every drop-down of the form waits for the company's lists as a person would.
    const ActionSpec &spec = actionSpec(type);
    const auto loaded = [](LookupComboBox *box) {
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(!box->isLoading(), 20000);
        QVERIFY2(box->errorText().isEmpty(), qPrintable(box->errorText()));
    };
    const QString noun = recordNoun(expected.objectType);
    if (spec.usesPaymentTerms) {
        LookupComboBox *terms = lookup(panel, "paymentTermsLookup");
        loaded(terms);
        QVERIFY(clickLookupRow(terms, s("The customer's default terms")));
    }
    if (spec.usesCustomerAndProducts) {
        LookupComboBox *customer = lookup(panel, "customerLookup");
        loaded(customer);
        QVERIFY(clickLookupRow(customer, s("The %1's first contact").arg(noun)));
        LookupComboBox *products = lookup(panel, "productsLookup");
        loaded(products);
        QVERIFY(clickLookupRow(products, s("The %1's line items").arg(noun)));
        const bool create = expected.actions.first().createProductIfMissing;
        auto *radio =
            shown<QRadioButton>(panel, create ? s("createProductYes") : s("createProductNo"));
        QVERIFY(radio);
        QTest::mouseClick(radio, Qt::LeftButton);
        QVERIFY(radio->isChecked());
    }
    if (spec.usesDepositAccount) {
        // The template leaves the deposit account to QuickBooks' default.
        LookupComboBox *deposit = lookup(panel, "depositAccountLookup");
        loaded(deposit);
        QVERIFY(clickLookupRow(deposit, s("Undeposited Funds (QuickBooks' default)")));
    }
    if (spec.usesExpenseAccounts) {
        // The template leaves the accounts to the person: the fee is paid from Checking and
        // booked to Merchant Fees, both typed in the drop-downs' searches.
        LookupComboBox *paidFrom = lookup(panel, "paidFromAccountLookup");
        loaded(paidFrom);
        QVERIFY(searchLookup(paidFrom, s("Checking")));
        QCOMPARE(paidFrom->currentText(), s("Checking"));
        LookupComboBox *category = lookup(panel, "expenseAccountLookup");
        loaded(category);
        QVERIFY(searchLookup(category, s("Merchant")));
        QCOMPARE(category->currentText(), s("Merchant Fees"));
        LookupComboBox *vendor = lookup(panel, "vendorLookup");
        loaded(vendor);
        QVERIFY(clickLookupRow(vendor, s("No payee")));
        expected.actions.first().paidFromAccount = accountId(s("Checking"));
        expected.actions.first().expenseAccount = accountId(s("Merchant Fees"));
        QVERIFY(!expected.actions.first().paidFromAccount.isEmpty());
        QVERIFY(!expected.actions.first().expenseAccount.isEmpty());
    }
    if (spec.usesRefundFromAccount) {
        LookupComboBox *refundFrom = lookup(panel, "refundFromAccountLookup");
        loaded(refundFrom);
        QVERIFY(searchLookup(refundFrom, s("Checking")));
        QCOMPARE(refundFrom->currentText(), s("Checking"));
        expected.actions.first().refundFromAccount = accountId(s("Checking"));
        QVERIFY(!expected.actions.first().refundFromAccount.isEmpty());
    }
}

void TestBuildTemplates::reviewAndPublish(WorkflowEditor *editor)
{
    auto *reviewButton = part<QToolButton>(editor, s("reviewButton"));
    QVERIFY(reviewButton);
    QTest::mouseClick(reviewButton, Qt::LeftButton);
    QPointer<ReviewDialog> dialog;
    QTRY_VERIFY((dialog = shown<ReviewDialog>(editor, s("reviewDialog"))));

    // No error listed (warnings may be, and don't block).
    QVERIFY(!dialog->hasErrors());
    for (QWidget *row : dialog->findChildren<QWidget *>(s("reviewItem"))) {
        const auto *message = row->findChild<QLabel *>(s("reviewItemMessage"));
        QVERIFY2(row->property("severity").toString() != s("error"),
                 qPrintable(message ? message->text() : row->property("code").toString()));
    }

    // The enroll-existing question, answered once the count is in: the record the test runs on
    // meets the triggers, so at least one record is counted; "No" leaves them alone.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCounting(), 20000);
    QVERIFY2(dialog->existingCount() >= 1,
             qPrintable(shown<QLabel>(dialog, s("enrollQuestion"))->text()));
    auto *no = shown<QRadioButton>(dialog, s("enrollNo"));
    QVERIFY(no);
    QTest::mouseClick(no, Qt::LeftButton);
    QVERIFY(no->isChecked());

    QSignalSpy published(dialog.data(), &ReviewDialog::published);
    auto *publish = shown<QPushButton>(dialog, s("publishAndTurnOnButton"));
    QVERIFY(publish && publish->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(published.count() == 1 || published.wait(20000));
    QCOMPARE(published.count(), 1);
    QCOMPARE(published.first().at(0).toInt(), 1);
    QCOMPARE(published.first().at(1).toBool(), true);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(part<QLabel>(editor, s("workflowStatus"))->text() == s("Published version 1"));
}

void TestBuildTemplates::dryRun(WorkflowEditor *editor, const QString &search,
                                const QString &recordText)
{
    auto *testButton = part<QToolButton>(editor, s("testButton"));
    QVERIFY(testButton);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = shown<QDialog>(editor, s("testDialog"))));
    auto *panel = dialog->findChild<TestPanel *>(s("testPanel"));
    QVERIFY(panel);

    // The record, by typing in the search and clicking its line.
    auto *field = shown<QLineEdit>(panel, s("recordSearch"));
    auto *results = shown<QListWidget>(panel, s("recordResults"));
    QVERIFY(field && results);
    QTest::keyClicks(field, search);
    QListWidgetItem *item = nullptr;
    const auto find = [&] {
        item = nullptr;
        if (!panel->findChild<QLabel *>(s("recordSearchStatus"))->text().startsWith(s("Choose")))
            return false;
        for (int i = 0; i < results->count(); ++i) {
            if (results->item(i)->text().contains(recordText))
                item = results->item(i);
        }
        return item != nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(find(), 20000);
    results->scrollToItem(item);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(item).center());
    QCOMPARE(results->currentItem(), item);
    QVERIFY(!panel->chosenRecordId().isEmpty());

    QSignalSpy finished(panel, &TestPanel::testFinished);
    auto *run = shown<QPushButton>(panel, s("runTestButton"));
    QVERIFY(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);

    // Every filter ✓, the record meets the triggers.
    const Workflow &workflow = editor->document()->workflow();
    int filters = 0;
    for (const FilterGroup &group : workflow.enrollment.filterGroups)
        filters += group.filters.size();
    const QList<QLabel *> triggerRows = panel->findChildren<QLabel *>(s("triggerRow"));
    QCOMPARE(triggerRows.size(), filters);
    for (const QLabel *row : triggerRows) {
        QVERIFY2(row->property("met").toBool() && row->accessibleName().startsWith(s("✓")),
                 qPrintable(row->accessibleName()));
    }
    const auto *verdict = panel->findChild<QLabel *>(s("triggerVerdict"));
    QVERIFY(verdict && verdict->property("met").toBool());

    // Every action: a planned document and its request bodies.
    const QList<QWidget *> blocks = panel->findChildren<QWidget *>(s("actionResult"));
    QCOMPARE(blocks.size(), workflow.actions.size());
    for (const QWidget *block : blocks) {
        const auto *outcome = block->findChild<QLabel *>(s("actionOutcome"));
        QVERIFY(outcome);
        QVERIFY2(outcome->property("met").toBool(), qPrintable(outcome->text()));
        const QList<QPlainTextEdit *> bodies =
            block->findChildren<QPlainTextEdit *>(s("requestBody"));
        QVERIFY(!bodies.isEmpty());
        for (const QPlainTextEdit *body : bodies) {
            QJsonParseError error;
            const QJsonDocument json =
                QJsonDocument::fromJson(body->toPlainText().toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && json.isObject() &&
                         !json.object().isEmpty(),
                     qPrintable(body->toPlainText()));
        }
    }
    QTRY_VERIFY(shown<QLabel>(panel, s("nothingWritten")));

    QTest::mouseClick(shown<QPushButton>(dialog, s("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
}

QTEST_MAIN(TestBuildTemplates)
#include "tst_buildtemplates.moc"
