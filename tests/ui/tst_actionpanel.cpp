// The action panel against the sandbox: a company, payment terms, a customer, a product, "create
// if missing" and the accounts chosen by clicks and typing, each checked in the document's
// workflow and undone and redone; the lists are QuickBooks' own, read back through the sandbox;
// the customer list holds 10,000 customers; a failed list says why and loads again on Retry.
#include "app/sandbox/qbo/qboseed.h"
#include "app/sandbox/qbo/qboservice.h"
#include "core/workflow/accountfield.h"
#include "support/demoworkspace.h"
#include "ui/actions/actionpanel.h"
#include "ui/actions/lookupcombobox.h"
#include "ui/actions/qbocatalog.h"
#include "ui/editor/workflowdocument.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace bookflow;

namespace {

constexpr int SeededCustomers = 10000;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What the sandbox's QuickBooks company holds, read through its query language, every page.
QVector<QJsonObject> sandboxRows(sandbox::SandboxThread &thread, const QString &realm,
                                 const QString &entity)
{
    QVector<QJsonObject> rows;
    thread.call([&](sandbox::SandboxServer &server) {
        for (int start = 1;; start += 1000) {
            QUrlQuery query;
            query.addQueryItem(s("query"), QStringLiteral("SELECT * FROM %1 STARTPOSITION %2 "
                                                          "MAXRESULTS 1000")
                                               .arg(entity)
                                               .arg(start));
            const sandbox::SandboxReply reply = server.quickBooks().handle(
                realm, "GET", s("query"), query, QByteArray(), QByteArray());
            const QJsonArray page = QJsonDocument::fromJson(reply.body)
                                        .object()
                                        .value(s("QueryResponse"))
                                        .toObject()
                                        .value(entity)
                                        .toArray();
            for (const QJsonValue &row : page)
                rows.append(row.toObject());
            if (page.size() < 1000)
                break;
        }
    });
    return rows;
}

// Every row of `entity` as the sandbox keeps it, inactive ones too. Cheaper than paging the
// query over 10,000 customers again for each check.
QVector<QJsonObject> storedRows(sandbox::SandboxThread &thread, const QString &realm,
                                const QString &entity)
{
    QVector<QJsonObject> rows;
    thread.call([&](sandbox::SandboxServer &server) {
        for (const QJsonValue &company :
             server.quickBooks().save().value(QStringLiteral("companies")).toArray()) {
            if (company.toObject().value(QStringLiteral("realmId")).toString() != realm)
                continue;
            const QJsonArray stored = company.toObject()
                                          .value(QStringLiteral("entities"))
                                          .toObject()
                                          .value(entity)
                                          .toArray();
            for (const QJsonValue &row : stored)
                rows.append(row.toObject());
        }
    });
    return rows;
}

QString nameOf(const QJsonObject &row)
{
    const QString fullName = row.value(s("FullyQualifiedName")).toString();
    if (!fullName.isEmpty())
        return fullName;
    return row.contains(s("DisplayName")) ? row.value(s("DisplayName")).toString()
                                          : row.value(s("Name")).toString();
}

QStringList sorted(QStringList names)
{
    std::sort(names.begin(), names.end());
    return names;
}

QStringList namesOf(const QVector<LookupRow> &rows)
{
    QStringList names;
    for (const LookupRow &row : rows)
        names.append(row.name);
    return sorted(names);
}

QString idNamed(const QVector<QJsonObject> &rows, const QString &name)
{
    for (const QJsonObject &row : rows) {
        if (nameOf(row) == name)
            return row.value(s("Id")).toString();
    }
    return {};
}

// 10,000 more customers in the company, written into the sandbox's state directly: creating
// them one by one through its rules checks each name against all the others (minutes).
void seedCustomers(sandbox::SandboxThread &thread, const QString &realm, int count)
{
    thread.call([&](sandbox::SandboxServer &server) {
        QJsonObject state = server.quickBooks().save();
        QJsonArray companies = state.value(s("companies")).toArray();
        for (int c = 0; c < companies.size(); ++c) {
            QJsonObject company = companies.at(c).toObject();
            if (company.value(s("realmId")).toString() != realm)
                continue;
            QJsonObject entities = company.value(s("entities")).toObject();
            QJsonArray customers = entities.value(s("Customer")).toArray();
            const QJsonObject shape = customers.at(0).toObject();
            QJsonObject nextIds = company.value(s("nextIds")).toObject();
            qint64 next = nextIds.value(s("Customer")).toString().toLongLong();
            QVERIFY(next > 0);
            for (int i = 0; i < count; ++i) {
                const QString number = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
                const QString name = QStringLiteral("Load Test Customer %1").arg(number);
                QJsonObject row = shape;
                row.insert(s("Id"), QString::number(next++));
                row.insert(s("DisplayName"), name);
                row.insert(s("FullyQualifiedName"), name);
                row.insert(s("PrintOnCheckName"), name);
                row.insert(s("GivenName"), s("Load"));
                row.insert(s("FamilyName"), QStringLiteral("Customer %1").arg(number));
                row.insert(s("CompanyName"), name);
                row.insert(s("Active"), true);
                row.insert(
                    s("PrimaryEmailAddr"),
                    QJsonObject{{s("Address"), QStringLiteral("load%1@example.com").arg(number)}});
                row.remove(s("SalesTermRef"));
                customers.append(row);
            }
            entities.insert(s("Customer"), customers);
            nextIds.insert(s("Customer"), QString::number(next));
            company.insert(s("entities"), entities);
            company.insert(s("nextIds"), nextIds);
            companies.replace(c, company);
        }
        state.insert(s("companies"), companies);
        QString error;
        QVERIFY2(server.quickBooks().load(state, &error), qPrintable(error));
    });
}

// The panel in a window of a desktop-like size, shown so that clicks and popups work.
struct PanelWindow
{
    QWidget window;
    ActionPanel *panel = nullptr;

    PanelWindow(WorkflowDocument *document, const QString &actionId, Store &store,
                QboCatalog *catalog)
    {
        auto *layout = new QVBoxLayout(&window);
        auto *scroll = new QScrollArea(&window);
        scroll->setWidgetResizable(true);
        panel = new ActionPanel(document, actionId, store, catalog);
        scroll->setWidget(panel);
        layout->addWidget(scroll);
        window.resize(460, 1000);
        window.show();
    }

    template <typename T> T *find(const char *name) const
    {
        return panel->findChild<T *>(QString::fromLatin1(name));
    }
    LookupComboBox *lookup(const char *name) const { return find<LookupComboBox>(name); }
    QComboBox *connectionCombo() const { return find<QComboBox>("connectionCombo"); }
};

} // namespace

class TestActionPanel : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoWorkspace m_demo;
    std::unique_ptr<QboCatalog> m_catalog;
    QString m_usId;
    QString m_ukId;
    QString m_secondId;
    QString m_secondRealm;
    QString m_usRealm = QString::fromLatin1(sandbox::QboDemoUsRealm);
    QVector<QJsonObject> m_customers; // the US company's, as the sandbox keeps them

    const Action &actionOf(const WorkflowDocument &document, const QString &id)
    {
        const Action *action = document.workflow().action(id);
        Q_ASSERT(action);
        return *action;
    }

    static Workflow workflowWith(ObjectType type, const QVector<Action> &actions)
    {
        Workflow w;
        w.id = Workflow::newId();
        w.name = s("Panel test");
        w.objectType = type;
        w.actions = actions;
        return w;
    }

    static Action actionOfType(const QString &id, ActionType type, const QString &connection)
    {
        Action a;
        a.id = id;
        a.type = type;
        a.connection = connection;
        return a;
    }

    // Opens the company drop-down with a click, walks down to the company whose entry starts
    // with `name` with the arrow keys and takes it with Enter. (A click on the entry right after
    // the click that opened the list is ignored by QComboBox on purpose: it guards against
    // press-drag-release. The keyboard is as real and has no such timing.)
    static void chooseCompany(PanelWindow &w, const QString &name)
    {
        QComboBox *combo = w.connectionCombo();
        QVERIFY(combo);
        int row = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(name))
                row = i;
        }
        QVERIFY2(row >= 0, qPrintable(name));
        QTest::mouseClick(combo, Qt::LeftButton);
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        if (view->currentIndex().row() != row) {
            const Qt::Key key = view->currentIndex().row() > row ? Qt::Key_Up : Qt::Key_Down;
            for (int step = 0; step < combo->count() && view->currentIndex().row() != row; ++step)
                QTest::keyClick(view, key);
        }
        QCOMPARE(view->currentIndex().row(), row);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(!view->isVisible());
    }

    // Waits for the list, opens the drop-down with a click, types, and picks the highlighted
    // match with Enter.
    static void pick(LookupComboBox *box, const QString &typed)
    {
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(!box->isLoading() && box->rowCount() > 0, 30000);
        QVERIFY(box->isEnabled());
        QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
        QTRY_VERIFY(box->isPopupVisible());
        auto *search = box->findChild<QLineEdit *>(s("lookupSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, typed);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!box->isPopupVisible());
    }

    // Undoes the last edit and checks `undone`, redoes it and checks `redone`.
    template <typename Undone, typename Redone>
    static void undoRedo(WorkflowDocument &document, Undone undone, Redone redone)
    {
        document.undoStack()->undo();
        undone();
        if (QTest::currentTestFailed())
            return;
        document.undoStack()->redo();
        redone();
    }

private Q_SLOTS:
    void initTestCase()
    {

        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        // A second US company, to move an action between companies.
        m_demo.sandbox().call([this](sandbox::SandboxServer &server) {
            m_secondRealm = server.quickBooks().addCompany({}, s("Second Co (US)"), s("US"));
        });
        seedCustomers(m_demo.sandbox(), m_usRealm, SeededCustomers);
        m_customers = storedRows(m_demo.sandbox(), m_usRealm, s("Customer"));
        QCOMPARE(m_customers.size(), 31 + SeededCustomers);
        const ApiResult<QVector<Connection>> made = m_demo.connect();
        QVERIFY2(made.ok(), qPrintable(made.reason()));
        for (const Connection &c : made.value()) {
            if (c.provider != Provider::QuickBooks)
                continue;
            if (c.accountId == m_usRealm)
                m_usId = c.id;
            else if (c.accountId == QLatin1String(sandbox::QboDemoUkRealm))
                m_ukId = c.id;
            else if (c.accountId == m_secondRealm)
                m_secondId = c.id;
        }
        QVERIFY(!m_usId.isEmpty() && !m_ukId.isEmpty() && !m_secondId.isEmpty());
        m_catalog = std::make_unique<QboCatalog>(m_demo.workspace());
    }

    void customerDropDownOverTenThousandCustomers()
    {
        WorkflowDocument document(workflowWith(
            ObjectType::Quote, {actionOfType(s("a1"), ActionType::CreateInvoice, m_usId)}));
        // The first panel on the shared catalog: it loads every page of the customers.
        PanelWindow w(&document, s("a1"), m_demo.store(), m_catalog.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        LookupComboBox *customer = w.lookup("customerLookup");
        QVERIFY(customer->isLoading());
        // The window answers while the list loads: the popup opens at once and says so. (Nothing
        // in between lets the lane's answer in: the list is still loading.)
        QTest::mouseClick(customer, Qt::LeftButton, {}, customer->rect().center());
        QVERIFY(customer->isPopupVisible());
        QVERIFY(customer->isLoading());
        auto *status = customer->findChild<QLabel *>(s("lookupStatus"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), s("Loading…"));
        QTRY_VERIFY_WITH_TIMEOUT(!customer->isLoading(), 30000);

        QStringList active;
        for (const QJsonObject &c : m_customers)
            if (c.value(s("Active")).toBool(true))
                active.append(nameOf(c));
        QVERIFY(active.size() > SeededCustomers);
        QCOMPARE(customer->rowCount(), active.size());
        QCOMPARE(namesOf(customer->rows()), sorted(active));

        auto *search = customer->findChild<QLineEdit *>(s("lookupSearch"));
        auto *list = customer->findChild<QAbstractItemView *>(s("lookupList"));
        QTest::keyClicks(search, s("customer 0777"));
        QStringList expected{s("The quote's first contact")};
        QStringList matching;
        for (const QString &name : active)
            if (name.contains(s("customer 0777"), Qt::CaseInsensitive))
                matching.append(name);
        std::sort(matching.begin(), matching.end());
        expected += matching;
        QCOMPARE(matching.size(), 10); // 07770–07779
        QStringList shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown.append(list->model()->index(row, 0).data().toString());
        QCOMPARE(shown, expected);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(actionOf(document, s("a1")).customer.id,
                 idNamed(m_customers, s("Load Test Customer 07771")));
        QCOMPARE(customer->currentText(), s("Load Test Customer 07771"));
    }

    void invoiceActionByClicksAndTyping()
    {
        WorkflowDocument document(workflowWith(
            ObjectType::Deal, {actionOfType(s("a1"), ActionType::CreateInvoice, QString())}));
        PanelWindow w(&document, s("a1"), m_demo.store(), m_catalog.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QCOMPARE(w.find<QLabel>("actionTitle")->text(), s("Create a QuickBooks invoice"));

        // The companies: both US ones choosable, the UK one shown with its reason.
        QComboBox *combo = w.connectionCombo();
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentIndex(), -1);
        const auto *model = combo->model();
        int ukRow = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toString() == m_ukId)
                ukRow = i;
        }
        QVERIFY(ukRow >= 0);
        QVERIFY(combo->itemText(ukRow).contains(s("outside the US")));
        QVERIFY(!(model->flags(model->index(ukRow, 0)) & Qt::ItemIsEnabled));
        QVERIFY(
            combo->itemText(combo->findData(m_usId)).startsWith(s("Demo Co (US) · Sandbox · US")));

        // The seed's fields in the seed's order; nothing of the payment actions.
        LookupComboBox *terms = w.lookup("paymentTermsLookup");
        LookupComboBox *customer = w.lookup("customerLookup");
        LookupComboBox *products = w.lookup("productsLookup");
        QVERIFY(terms->isVisibleTo(w.panel) && customer->isVisibleTo(w.panel) &&
                products->isVisibleTo(w.panel));
        const auto top = [&w](QWidget *widget) { return widget->mapTo(w.panel, QPoint()).y(); };
        QVERIFY(top(combo) < top(terms));
        QVERIFY(top(terms) < top(customer));
        QVERIFY(top(customer) < top(products));
        QVERIFY(top(products) < top(w.find<QRadioButton>("createProductNo")));
        for (const char *hidden :
             {"depositAccountLookup", "paidFromAccountLookup", "expenseAccountLookup",
              "vendorLookup", "refundFromAccountLookup"})
            QVERIFY2(!w.lookup(hidden)->isVisibleTo(w.panel), hidden);
        // No company yet: the lists wait for one.
        QVERIFY(!terms->isEnabled());
        QCOMPARE(customer->currentText(), s("The deal's first contact"));
        QCOMPARE(products->currentText(), s("The deal's line items"));
        QCOMPARE(terms->currentText(), s("The customer's default terms"));

        // 1. The company.
        chooseCompany(w, s("Demo Co (US)"));
        QCOMPARE(actionOf(document, s("a1")).connection, m_usId);
        QCOMPARE(document.undoStack()->count(), 1);
        undoRedo(
            document,
            [&] {
                QCOMPARE(actionOf(document, s("a1")).connection, QString());
                QCOMPARE(combo->currentIndex(), -1);
            },
            [&] {
                QCOMPARE(actionOf(document, s("a1")).connection, m_usId);
                QCOMPARE(combo->currentData().toString(), m_usId);
            });

        // 2. Payment terms: QuickBooks' active terms, read back through the sandbox.
        QTRY_VERIFY_WITH_TIMEOUT(!terms->isLoading() && terms->rowCount() > 0, 30000);
        const QVector<QJsonObject> sandboxTerms =
            sandboxRows(m_demo.sandbox(), m_usRealm, s("Term"));
        QStringList termNames;
        for (const QJsonObject &t : sandboxTerms)
            if (t.value(s("Active")).toBool(true))
                termNames.append(nameOf(t));
        QCOMPARE(namesOf(terms->rows()), sorted(termNames));
        pick(terms, s("net 30"));
        const QString net30 = idNamed(sandboxTerms, s("Net 30"));
        QCOMPARE(actionOf(document, s("a1")).paymentTerms, net30);
        QCOMPARE(terms->currentText(), s("Net 30"));
        QCOMPARE(document.undoStack()->undoText(), s("Change payment terms"));
        undoRedo(
            document,
            [&] {
                QCOMPARE(actionOf(document, s("a1")).paymentTerms, QString());
                QCOMPARE(terms->currentText(), s("The customer's default terms"));
            },
            [&] { QCOMPARE(actionOf(document, s("a1")).paymentTerms, net30); });

        // 3. Customer: the demo's customers and the 10,000 seeded ones, searched by typing.
        pick(customer, s("o'brien"));
        const QString obrien = idNamed(m_customers, s("O'Brien Landscaping"));
        QVERIFY(!obrien.isEmpty());
        QCOMPARE(actionOf(document, s("a1")).customer.source,
                 CustomerChoice::Source::QuickBooksCustomer);
        QCOMPARE(actionOf(document, s("a1")).customer.id, obrien);
        QCOMPARE(customer->currentText(), s("O'Brien Landscaping"));
        undoRedo(
            document,
            [&] {
                QCOMPARE(actionOf(document, s("a1")).customer, CustomerChoice());
                QCOMPARE(customer->currentText(), s("The deal's first contact"));
            },
            [&] { QCOMPARE(actionOf(document, s("a1")).customer.id, obrien); });

        // 4. Products, found by SKU (the detail).
        QTRY_VERIFY_WITH_TIMEOUT(!products->isLoading() && products->rowCount() > 0, 30000);
        const QVector<QJsonObject> sandboxItems =
            sandboxRows(m_demo.sandbox(), m_usRealm, s("Item"));
        QStringList itemNames;
        for (const QJsonObject &i : sandboxItems)
            if (i.value(s("Active")).toBool(true))
                itemNames.append(nameOf(i));
        QCOMPARE(namesOf(products->rows()), sorted(itemNames));
        QVERIFY(!itemNames.contains(s("Legacy Widget"))); // inactive: not offered
        pick(products, s("cons-001"));
        const QString consulting = idNamed(sandboxItems, s("Consulting"));
        QCOMPARE(actionOf(document, s("a1")).products.source,
                 ProductChoice::Source::QuickBooksItem);
        QCOMPARE(actionOf(document, s("a1")).products.id, consulting);
        QVERIFY(w.find<QLabel>("ruleNote")->text().contains(s("one line")));
        undoRedo(
            document, [&] { QCOMPARE(actionOf(document, s("a1")).products, ProductChoice()); },
            [&] { QCOMPARE(actionOf(document, s("a1")).products.id, consulting); });

        // 5. Create the product if it doesn't exist.
        QRadioButton *yes = w.find<QRadioButton>("createProductYes");
        QRadioButton *no = w.find<QRadioButton>("createProductNo");
        QVERIFY(no->isChecked());
        QTest::mouseClick(yes, Qt::LeftButton);
        QVERIFY(actionOf(document, s("a1")).createProductIfMissing);
        undoRedo(
            document,
            [&] {
                QVERIFY(!actionOf(document, s("a1")).createProductIfMissing);
                QVERIFY(no->isChecked());
            },
            [&] {
                QVERIFY(actionOf(document, s("a1")).createProductIfMissing);
                QVERIFY(yes->isChecked());
            });

        // Another company: the ids of Demo Co's records are cleared, and the undo text says so.
        const Action before = actionOf(document, s("a1"));
        chooseCompany(w, s("Second Co (US)"));
        const Action &moved = actionOf(document, s("a1"));
        QCOMPARE(moved.connection, m_secondId);
        QCOMPARE(moved.paymentTerms, QString());
        QCOMPARE(moved.customer, CustomerChoice());
        QCOMPARE(moved.products, ProductChoice());
        QVERIFY(moved.createProductIfMissing); // not a QuickBooks record: kept
        const QString undoText = document.undoStack()->undoText();
        QVERIFY2(undoText.startsWith(s("Change the QuickBooks account to Second Co (US) (clears "
                                       "the payment terms, customer")) &&
                     undoText.endsWith(s("product chosen in Demo Co (US))")),
                 qPrintable(undoText));
        QTRY_VERIFY_WITH_TIMEOUT(!customer->isLoading(), 30000);
        QCOMPARE(customer->rowCount(), 0); // a new company has no customers
        document.undoStack()->undo();
        QCOMPARE(actionOf(document, s("a1")), before);
        QTRY_VERIFY(customer->rowCount() > SeededCustomers);
        QCOMPARE(customer->currentText(), s("O'Brien Landscaping"));
    }

    void paidInvoiceWithDepositAccount()
    {
        WorkflowDocument document(
            workflowWith(ObjectType::Payment,
                         {actionOfType(s("a1"), ActionType::CreatePaidInvoice, QString())}));
        PanelWindow w(&document, s("a1"), m_demo.store(), m_catalog.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QCOMPARE(w.find<QLabel>("actionTitle")->text(), s("Create a paid invoice in QuickBooks"));
        QVERIFY(!w.lookup("paymentTermsLookup")->isVisibleTo(w.panel));
        QVERIFY(w.find<QLabel>("ruleNote")->text().contains(s("no line item is taxable")));
        LookupComboBox *deposit = w.lookup("depositAccountLookup");
        QVERIFY(deposit->isVisibleTo(w.panel));
        QCOMPARE(deposit->currentText(), s("Undeposited Funds (QuickBooks' default)"));
        QCOMPARE(w.lookup("customerLookup")->currentText(), s("The payment's first contact"));
        QCOMPARE(w.lookup("productsLookup")->currentText(), s("The payment's line items"));

        chooseCompany(w, s("Demo Co (US)"));
        QCOMPARE(actionOf(document, s("a1")).connection, m_usId);

        pick(w.lookup("customerLookup"), s("Load Test Customer 04242"));
        QCOMPARE(actionOf(document, s("a1")).customer.id,
                 idNamed(m_customers, s("Load Test Customer 04242")));
        pick(w.lookup("productsLookup"), s("sprinkler heads"));
        const QVector<QJsonObject> items = sandboxRows(m_demo.sandbox(), m_usRealm, s("Item"));
        QCOMPARE(actionOf(document, s("a1")).products.id, idNamed(items, s("Sprinkler Heads")));
        QTest::mouseClick(w.find<QRadioButton>("createProductYes"), Qt::LeftButton);
        QVERIFY(actionOf(document, s("a1")).createProductIfMissing);

        // Deposit to: only bank and other current asset accounts, active ones.
        QTRY_VERIFY_WITH_TIMEOUT(!deposit->isLoading() && deposit->rowCount() > 0, 30000);
        const QVector<QJsonObject> accounts =
            sandboxRows(m_demo.sandbox(), m_usRealm, s("Account"));
        QStringList fitting;
        for (const QJsonObject &a : accounts) {
            if (a.value(s("Active")).toBool(true) &&
                accountTypeFits(AccountField::DepositTo, a.value(s("AccountType")).toString()))
                fitting.append(nameOf(a));
        }
        QVERIFY(fitting.contains(s("Checking")) && fitting.contains(s("Undeposited Funds")));
        QVERIFY(!fitting.contains(s("Old Petty Cash")));
        QCOMPARE(namesOf(deposit->rows()), sorted(fitting));
        // QuickBooks deposits only into bank and other current asset accounts.
        QVERIFY(!namesOf(deposit->rows()).contains(s("Visa Credit Card")));
        QVERIFY(!namesOf(deposit->rows()).contains(s("Merchant Fees")));
        pick(deposit, s("checking"));
        const QString checking = idNamed(accounts, s("Checking"));
        QCOMPARE(actionOf(document, s("a1")).depositAccount, checking);
        QCOMPARE(document.undoStack()->undoText(), s("Change the deposit account"));
        undoRedo(
            document,
            [&] {
                QCOMPARE(actionOf(document, s("a1")).depositAccount, QString());
                QCOMPARE(deposit->currentText(), s("Undeposited Funds (QuickBooks' default)"));
            },
            [&] {
                QCOMPARE(actionOf(document, s("a1")).depositAccount, checking);
                QCOMPARE(deposit->currentText(), s("Checking"));
            });

        // Delete asks the editor.
        QSignalSpy deleteRequested(w.panel, &ActionPanel::deleteRequested);
        QTest::mouseClick(w.find<QPushButton>("deleteActionButton"), Qt::LeftButton);
        QCOMPARE(deleteRequested.size(), 1);
        QCOMPARE(deleteRequested.at(0).at(0).toString(), s("a1"));
    }

    void expenseAndRefundShowTheirAccounts()
    {
        WorkflowDocument document(workflowWith(
            ObjectType::Payment, {actionOfType(s("a1"), ActionType::CreateExpense, m_usId),
                                  actionOfType(s("a2"), ActionType::CreateRefundReceipt, m_usId)}));
        const QVector<QJsonObject> accounts =
            sandboxRows(m_demo.sandbox(), m_usRealm, s("Account"));
        const auto fittingNames = [&accounts](AccountField field) {
            QStringList names;
            for (const QJsonObject &a : accounts)
                if (a.value(s("Active")).toBool(true) &&
                    accountTypeFits(field, a.value(s("AccountType")).toString()))
                    names.append(nameOf(a));
            return sorted(names);
        };

        {
            PanelWindow w(&document, s("a1"), m_demo.store(), m_catalog.get());
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            QCOMPARE(w.find<QLabel>("actionTitle")->text(), s("Create a QuickBooks expense"));
            for (const char *hidden : {"paymentTermsLookup", "customerLookup", "productsLookup",
                                       "depositAccountLookup", "refundFromAccountLookup"})
                QVERIFY2(!w.lookup(hidden)->isVisibleTo(w.panel), hidden);
            QVERIFY(!w.find<QRadioButton>("createProductYes")->isVisibleTo(w.panel));
            QVERIFY(w.find<QLabel>("ruleNote")->text().contains(s("processing fee")));

            LookupComboBox *paidFrom = w.lookup("paidFromAccountLookup");
            LookupComboBox *expense = w.lookup("expenseAccountLookup");
            LookupComboBox *vendor = w.lookup("vendorLookup");
            QCOMPARE(paidFrom->currentText(), s("Choose an account"));
            QTRY_VERIFY_WITH_TIMEOUT(!paidFrom->isLoading() && paidFrom->rowCount() > 0, 30000);
            QCOMPARE(namesOf(paidFrom->rows()), fittingNames(AccountField::PaidFrom));
            QVERIFY(namesOf(paidFrom->rows()).contains(s("Visa Credit Card")));
            QVERIFY(namesOf(paidFrom->rows()).contains(s("Checking")));
            QVERIFY(!namesOf(paidFrom->rows()).contains(s("Undeposited Funds")));
            QVERIFY(namesOf(expense->rows()).contains(s("Merchant Fees")));
            QVERIFY(!namesOf(expense->rows()).contains(s("Checking")));
            QCOMPARE(namesOf(expense->rows()), fittingNames(AccountField::ExpenseCategory));

            pick(paidFrom, s("visa"));
            QCOMPARE(actionOf(document, s("a1")).paidFromAccount,
                     idNamed(accounts, s("Visa Credit Card")));
            pick(expense, s("merchant"));
            QCOMPARE(actionOf(document, s("a1")).expenseAccount,
                     idNamed(accounts, s("Merchant Fees")));
            const QVector<QJsonObject> vendors =
                sandboxRows(m_demo.sandbox(), m_usRealm, s("Vendor"));
            QTRY_VERIFY_WITH_TIMEOUT(!vendor->isLoading() && vendor->rowCount() > 0, 30000);
            QCOMPARE(vendor->rowCount(), vendors.size());
            pick(vendor, s("stripe"));
            QCOMPARE(actionOf(document, s("a1")).vendor, idNamed(vendors, s("Stripe")));
            undoRedo(
                document,
                [&] {
                    QCOMPARE(actionOf(document, s("a1")).vendor, QString());
                    QCOMPARE(vendor->currentText(), s("No payee"));
                },
                [&] {
                    QCOMPARE(actionOf(document, s("a1")).vendor, idNamed(vendors, s("Stripe")));
                });
        }
        {
            PanelWindow w(&document, s("a2"), m_demo.store(), m_catalog.get());
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            QCOMPARE(w.find<QLabel>("actionTitle")->text(),
                     s("Create a QuickBooks refund receipt"));
            QVERIFY(w.find<QLabel>("ruleNote")->text().contains(s("fully refunded")));
            QVERIFY(!w.lookup("paidFromAccountLookup")->isVisibleTo(w.panel));
            LookupComboBox *refund = w.lookup("refundFromAccountLookup");
            QVERIFY(refund->isVisibleTo(w.panel));
            QTRY_VERIFY_WITH_TIMEOUT(!refund->isLoading() && refund->rowCount() > 0, 30000);
            QCOMPARE(namesOf(refund->rows()), fittingNames(AccountField::RefundFrom));
            pick(refund, s("savings"));
            QCOMPARE(actionOf(document, s("a2")).refundFromAccount,
                     idNamed(accounts, s("Savings")));
            undoRedo(
                document,
                [&] { QCOMPARE(actionOf(document, s("a2")).refundFromAccount, QString()); },
                [&] {
                    QCOMPARE(actionOf(document, s("a2")).refundFromAccount,
                             idNamed(accounts, s("Savings")));
                });
        }
    }

    void aCompanyOutsideTheUsIsShownWithItsReason()
    {
        // An imported workflow may name the UK company; the panel shows it and says why it can't
        // be used.
        WorkflowDocument document(workflowWith(
            ObjectType::Deal, {actionOfType(s("a1"), ActionType::CreateEstimate, m_ukId)}));
        PanelWindow w(&document, s("a1"), m_demo.store(), m_catalog.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QCOMPARE(w.find<QLabel>("actionTitle")->text(), s("Create a QuickBooks estimate"));
        QCOMPARE(w.connectionCombo()->currentData().toString(), m_ukId);
        auto *note = w.find<QLabel>("connectionNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(s("outside the US (country: GB)")),
                 qPrintable(note->text()));
        QVERIFY(!w.lookup("paymentTermsLookup")->isVisibleTo(w.panel)); // estimates have none
        // Choosing a US company clears the note.
        chooseCompany(w, s("Demo Co (US)"));
        QCOMPARE(actionOf(document, s("a1")).connection, m_usId);
        QVERIFY(!note->isVisible());
    }

    void aFailedListSaysWhyAndLoadsOnRetry()
    {
        WorkflowDocument document(workflowWith(
            ObjectType::Deal, {actionOfType(s("a1"), ActionType::CreateInvoice, QString())}));
        QboCatalog catalog(m_demo.workspace());
        // QuickBooks refuses the first list query of the second company.
        m_demo.sandbox().call([this](sandbox::SandboxServer &server) {
            sandbox::FaultRule rule;
            QString error;
            QVERIFY2(sandbox::FaultRule::fromJson(
                         QJsonObject{
                             {s("provider"), s("quickbooks")},
                             {s("path"), QStringLiteral("/v3/company/%1/query").arg(m_secondRealm)},
                             {s("status"), 400},
                             {s("times"), 1}},
                         &rule, &error),
                     qPrintable(error));
            server.addFaultRule(rule);
        });
        PanelWindow w(&document, s("a1"), m_demo.store(), &catalog);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        chooseCompany(w, s("Second Co (US)"));
        LookupComboBox *terms = w.lookup("paymentTermsLookup");
        QTRY_VERIFY_WITH_TIMEOUT(!terms->isLoading(), 30000);
        QVERIFY(!terms->errorText().isEmpty());
        QTest::mouseClick(terms, Qt::LeftButton, {}, terms->rect().center());
        QTRY_VERIFY(terms->isPopupVisible());
        QCOMPARE(terms->findChild<QLabel *>(s("lookupStatus"))->text(), terms->errorText());
        auto *retry = terms->findChild<QPushButton *>(s("lookupRetry"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!terms->isLoading() && terms->rowCount() == 5, 30000);
        QCOMPARE(terms->errorText(), QString());
        m_demo.sandbox().call([](sandbox::SandboxServer &server) { server.clearFaultRules(); });
    }

    void cleanupTestCase() { m_catalog.reset(); }
};

QTEST_MAIN(TestActionPanel)
#include "tst_actionpanel.moc"
