// ActionPlanner's rules (PRODUCT.md §1, the actions table and "Rules every action obeys") on
// hand-made records and a fixed QuickBooks directory: the US gate, customer matching in both
// integration modes with QuickBooks' unique names (6240), product matching by mapping, SKU and
// name, products created when missing, exact money, and the create body of each of the seven
// actions, compared byte for byte as they would be sent.
#include "core/engine/actionplanner.h"
#include "core/quickbooks/qbojson.h"
#include "core/util/clock.h"
#include "core/workflow/filterevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace bookflow;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Decimal dec(const char *text)
{
    const auto value = Decimal::parse(QString::fromLatin1(text));
    if (!value)
        qFatal("test data \"%s\" is not a number", text);
    return *value;
}

QboObject customer(const char *id, const char *displayName, const char *given, const char *family,
                   const char *email, bool active = true)
{
    QJsonObject json{{s("Id"), s(id)}, {s("DisplayName"), s(displayName)}, {s("Active"), active}};
    if (*given)
        json.insert(s("GivenName"), s(given));
    if (*family)
        json.insert(s("FamilyName"), s(family));
    if (*email)
        json.insert(s("PrimaryEmailAddr"), QJsonObject{{s("Address"), s(email)}});
    return QboObject(s("Customer"), json);
}

QboObject party(const char *entity, const char *id, const char *displayName, bool active = true)
{
    return QboObject(
        s(entity),
        QJsonObject{{s("Id"), s(id)}, {s("DisplayName"), s(displayName)}, {s("Active"), active}});
}

QboObject item(const char *id, const char *name, const char *sku, bool active = true)
{
    QJsonObject json{{s("Id"), s(id)}, {s("Name"), s(name)}, {s("Active"), active}};
    if (*sku)
        json.insert(s("Sku"), s(sku));
    return QboObject(s("Item"), json);
}

QboObject account(const char *id, const char *name, const char *type)
{
    return QboObject(s("Account"), QJsonObject{{s("Id"), s(id)},
                                               {s("Name"), s(name)},
                                               {s("AccountType"), s(type)},
                                               {s("Active"), true}});
}

QboObject term(const char *id, const char *name)
{
    return QboObject(s("Term"),
                     QJsonObject{{s("Id"), s(id)}, {s("Name"), s(name)}, {s("Active"), true}});
}

// A fixed company: look-ups answer from lists and count how often they are asked. `error`,
// when set, is what every look-up answers instead.
class FakeDirectory final : public QboDirectory
{
public:
    QString country = s("US");
    QVector<QboObject> customers;
    QVector<QboObject> others; // vendors and employees
    QVector<QboObject> items;
    QVector<QboObject> terms;
    QVector<QboObject> accounts;
    std::optional<ApiError> error;
    int calls = 0;
    int companyInfoCalls = 0;

    ApiResult<QboObject> companyInfo() override
    {
        ++calls;
        ++companyInfoCalls;
        if (error)
            return *error;
        return QboObject(s("CompanyInfo"), QJsonObject{{s("Country"), country}});
    }
    ApiResult<QVector<QboObject>> customersByEmail(const QString &email) override
    {
        ++calls;
        if (error)
            return *error;
        QVector<QboObject> found;
        for (const QboObject &c : std::as_const(customers)) {
            if (c.isActive() &&
                c.text(s("PrimaryEmailAddr.Address")).compare(email, Qt::CaseInsensitive) == 0)
                found.append(c);
        }
        return found;
    }
    ApiResult<std::optional<QboObject>> nameOwner(const QString &displayName) override
    {
        ++calls;
        if (error)
            return *error;
        for (const QVector<QboObject> *list : {&customers, &others}) {
            for (const QboObject &o : *list) {
                if (o.displayName().compare(displayName, Qt::CaseInsensitive) == 0)
                    return std::optional<QboObject>(o);
            }
        }
        return std::optional<QboObject>();
    }
    ApiResult<std::optional<QboObject>> customer(const QString &id) override
    {
        return byId(customers, id, false);
    }
    ApiResult<std::optional<QboObject>> item(const QString &id) override
    {
        return byId(items, id, true);
    }
    ApiResult<std::optional<QboObject>> itemBySku(const QString &sku) override
    {
        return byText(items, s("Sku"), sku, true);
    }
    ApiResult<std::optional<QboObject>> itemByName(const QString &name) override
    {
        return byText(items, s("Name"), name, true);
    }
    ApiResult<std::optional<QboObject>> itemNameOwner(const QString &name) override
    {
        return byText(items, s("Name"), name, false);
    }
    ApiResult<std::optional<QboObject>> term(const QString &id) override
    {
        return byId(terms, id, true);
    }
    ApiResult<std::optional<QboObject>> account(const QString &id) override
    {
        return byId(accounts, id, true);
    }
    ApiResult<std::optional<QboObject>> firstAccountOfType(const QString &type) override
    {
        return byText(accounts, s("AccountType"), type, true);
    }

private:
    ApiResult<std::optional<QboObject>> byId(const QVector<QboObject> &list, const QString &id,
                                             bool activeOnly)
    {
        ++calls;
        if (error)
            return *error;
        for (const QboObject &o : list) {
            if (o.id() == id && (!activeOnly || o.isActive()))
                return std::optional<QboObject>(o);
        }
        return std::optional<QboObject>();
    }
    ApiResult<std::optional<QboObject>> byText(const QVector<QboObject> &list, const QString &field,
                                               const QString &value, bool activeOnly)
    {
        ++calls;
        if (error)
            return *error;
        for (const QboObject &o : list) {
            if ((!activeOnly || o.isActive()) &&
                o.text(field).compare(value, Qt::CaseInsensitive) == 0)
                return std::optional<QboObject>(o);
        }
        return std::optional<QboObject>();
    }
};

LineItem line(const char *id, const char *name, const char *sku, const char *productId,
              const char *quantity, const char *price, bool taxable = false)
{
    LineItem l;
    l.id = s(id);
    l.name = s(name);
    l.sku = s(sku);
    l.productId = s(productId);
    l.quantity = dec(quantity);
    l.unitPrice = dec(price);
    l.amount = (l.quantity * l.unitPrice).roundedToCents();
    l.taxable = taxable;
    return l;
}

ContactInfo contact(const char *first, const char *last, const char *email,
                    const QJsonObject &extra = {})
{
    ContactInfo c;
    c.id = s("51");
    c.firstName = s(first);
    c.lastName = s(last);
    c.email = s(email);
    c.properties = extra;
    c.properties.insert(s("firstname"), c.firstName);
    c.properties.insert(s("lastname"), c.lastName);
    c.properties.insert(s("email"), c.email);
    return c;
}

RecordContext deal(const QVector<LineItem> &lines, const char *amount = "100")
{
    RecordContext r;
    r.objectType = ObjectType::Deal;
    r.record.id = s("101");
    r.record.properties =
        QJsonObject{{s("dealname"), s("Acme payment link")}, {s("amount"), s(amount)}};
    r.contact = contact("Jane", "Doe", "jane@example.com");
    r.contactCount = 1;
    r.lineItems = lines;
    return r;
}

RecordContext payment(const QJsonObject &properties, const QVector<LineItem> &lines)
{
    RecordContext r;
    r.objectType = ObjectType::Payment;
    r.record.id = s("789");
    r.record.properties = properties;
    r.contact = contact("Jane", "Doe", "jane@example.com");
    r.contactCount = 1;
    r.lineItems = lines;
    return r;
}

Connection company()
{
    Connection c;
    c.id = s("qbo-1");
    c.name = s("Demo Co (US)");
    c.accountId = s("9341453050981234");
    c.country = s("US");
    c.integrationMode = IntegrationMode::Legacy;
    return c;
}

Action action(ActionType type)
{
    Action a;
    a.id = s("a1");
    a.type = type;
    a.connection = s("qbo-1");
    return a;
}

// The demo-like company the rules are tried on.
FakeDirectory directory()
{
    FakeDirectory d;
    d.customers = {customer("1", "Jane Doe", "Jane", "Doe", "jane@example.com"),
                   customer("2", "Old Client", "Old", "Client", "old@example.com", false)};
    d.items = {item("2", "Consulting", "CONS-001"), item("3", "Design", "DES-001"),
               item("4", "Gardening", "GARD-001"), item("19", "Legacy Widget", "OLD-001", false)};
    d.terms = {term("3", "Net 30")};
    d.accounts = {account("2", "Undeposited Funds", "Other Current Asset"),
                  account("4", "Services", "Income"),
                  account("7", "Uncategorized Income", "Income"),
                  account("11", "Checking", "Bank"),
                  account("13", "Visa Credit Card", "Credit Card"),
                  account("14", "Merchant Fees", "Expense")};
    return d;
}

QString bodyText(const QJsonObject &body)
{
    return QString::fromUtf8(QboJson::serialize(body));
}

QString privateNote(const char *record)
{
    return QStringLiteral("\"PrivateNote\":\"Created by Bookflow from HubSpot %1\"").arg(s(record));
}

} // namespace

class TestActionPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // the US gate and the fit of the action
    void nonUsCompanyIsRefused();
    void unknownCountryIsAskedOfCompanyInfo();
    void actionMustFitTheWorkflowType();
    // customers
    void chosenCustomerMustExistAndBeActive();
    void noAssociatedContactFails();
    void legacyMatchesEmailAndName();
    void legacySameEmailOtherNameCreatesCustomer();
    void legacyWithoutEmailMatchesNameOnlyWithoutEmail();
    void takenNameGetsEmailThenNumber();
    void contactWithoutNamesIsNamedByEmail();
    void contactWithNothingFails();
    void dataSyncRefusesIneligibleContact();
    void dataSyncMatchesByEmailOnly();
    void dataSyncWithoutFiltersTakesEveryone();
    void dataSyncWithoutEmailFails();
    // products and lines
    void mappingBeforeSkuBeforeName();
    void staleMappingFallsBackToSku();
    void unmatchedLinesAreAllNamed();
    void missingProductsAreCreatedOncePerProduct();
    void newProductsUseTheFirstIncomeAccountByDefault();
    void noIncomeAccountFails();
    void inactiveProductNameBlocksCreation();
    void noLineItemsFails();
    void chosenProductIsOneLineAtTheRecordAmount();
    void moneyIsExact();
    // the seven actions
    void invoiceBody();
    void invoiceTermMustExist();
    void estimateBody();
    void salesReceiptBody();
    void paidInvoiceRefusesTaxedLines();
    void paidInvoiceBody();
    void paidInvoiceOverpaymentAppliesTheInvoiceTotal();
    void paymentSalesReceiptBody();
    void expenseNeedsAFee();
    void expenseBody();
    void expenseFromBankAccountIsCash();
    void expenseFromOtherAccountTypeFails();
    void refundReceiptRefusesPartialRefund();
    void refundReceiptRefusesUnrefundedPayment();
    void refundReceiptBody();
    void refundWithOnlyNetAfterRefundsIsFull();
    // look-up errors
    void lookupErrorKeepsItsClass();
    void documentStepOfAnEmptyPlan();
};

void TestActionPlanner::nonUsCompanyIsRefused()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.name = s("Demo Ltd (UK)");
    c.country = s("GB");
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c,
                                          deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    QCOMPARE(plan.failure->reason,
             s("“Demo Ltd (UK)” is a QuickBooks company outside the US (country: GB). Bookflow "
               "creates QuickBooks documents only in US companies; choose a US company."));
    QVERIFY(plan.steps.isEmpty());
    QCOMPARE(d.calls, 0); // refused before any look-up
}

void TestActionPlanner::unknownCountryIsAskedOfCompanyInfo()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.country.clear();
    d.country = s("USA");
    Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c,
                                    deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(d.companyInfoCalls, 1);

    d.country = s("CA");
    plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c,
                               deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->reason.contains(s("outside the US (country: CA)")));
}

void TestActionPlanner::actionMustFitTheWorkflowType()
{
    FakeDirectory d = directory();
    const Plan plan = ActionPlanner::plan(action(ActionType::CreatePaidInvoice), company(),
                                          deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    QVERIFY2(plan.failure->reason.contains(s("“Create a paid invoice in QuickBooks” can't run in "
                                             "a deal-based workflow")),
             qPrintable(plan.failure->reason));
}

void TestActionPlanner::chosenCustomerMustExistAndBeActive()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateInvoice);
    a.customer.source = CustomerChoice::Source::QuickBooksCustomer;
    const RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});

    a.customer.id = s("99");
    Plan plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason, s("The QuickBooks customer chosen in this action (id 99) no "
                                     "longer exists. Choose another customer."));

    a.customer.id = s("2");
    plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.failure->reason.contains(s("“Old Client” (id 2) chosen in this action is "
                                             "inactive")),
             qPrintable(plan.failure->reason));

    a.customer.id = s("1");
    plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps[0].body.value(s("CustomerRef")).toObject().value(s("value")).toString(),
             s("1"));
    QVERIFY(plan.notes.contains(s("Customer: “Jane Doe” (id 1), chosen in the action.")));
}

void TestActionPlanner::noAssociatedContactFails()
{
    FakeDirectory d = directory();
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact.reset();
    record.contactCount = 0;
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    QCOMPARE(plan.failure->reason,
             s("Deal 101 has no associated contact, so there is no customer for the invoice. "
               "Associate a contact with it in HubSpot, or choose one QuickBooks customer in the "
               "action."));
    QVERIFY(plan.steps.isEmpty());
}

void TestActionPlanner::legacyMatchesEmailAndName()
{
    FakeDirectory d = directory();
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("JANE", "doe", "Jane@Example.com");
    record.contactCount = 2;
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 1); // no customer to create
    QCOMPARE(plan.steps[0].body.value(s("CustomerRef")).toObject().value(s("value")).toString(),
             s("1"));
    QVERIFY(plan.notes.contains(s("Customer: “Jane Doe” (id 1), matched by email and name.")));
    QVERIFY(plan.notes.contains(s("Deal 101 has 2 associated contacts; the first, contact “JANE "
                                  "doe” (Jane@Example.com), is the customer.")));
}

void TestActionPlanner::legacySameEmailOtherNameCreatesCustomer()
{
    FakeDirectory d = directory();
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("John", "Doe", "jane@example.com");
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 2);
    const PlanStep &create = plan.steps[0];
    QCOMPARE(create.kind, PlanStep::Kind::CreateCustomer);
    QCOMPARE(create.key, s("customer"));
    QCOMPARE(create.entity, QboEntity::Customer);
    QCOMPARE(bodyText(create.body),
             s("{\"DisplayName\":\"John Doe\",\"FamilyName\":\"Doe\",\"GivenName\":\"John\","
               "\"PrimaryEmailAddr\":{\"Address\":\"jane@example.com\"}}"));
    QCOMPARE(plan.steps[1].body.value(s("CustomerRef")).toObject().value(s("value")).toString(),
             s("${customer}"));
    QVERIFY(plan.notes.join(u'\n').contains(s("1 QuickBooks customer(s) have the email "
                                              "jane@example.com, but none has the contact's first "
                                              "and last name")));
}

void TestActionPlanner::legacyWithoutEmailMatchesNameOnlyWithoutEmail()
{
    FakeDirectory d = directory();
    d.customers.append(customer("5", "Dylan Sollfrank", "Dylan", "Sollfrank", ""));
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("Dylan", "Sollfrank", "");
    Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps[0].body.value(s("CustomerRef")).toObject().value(s("value")).toString(),
             s("5"));

    // The same name on a customer with an email is someone else: a new, distinct customer.
    d.customers.last() = customer("5", "Dylan Sollfrank", "Dylan", "Sollfrank", "d@example.com");
    plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps[0].body.value(s("DisplayName")).toString(), s("Dylan Sollfrank 2"));
    QVERIFY(!plan.steps[0].body.contains(s("PrimaryEmailAddr")));
}

void TestActionPlanner::takenNameGetsEmailThenNumber()
{
    FakeDirectory d = directory();
    d.others = {party("Vendor", "3", "Ann Lee")};
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("Ann", "Lee", "ann@example.com");
    Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps[0].body.value(s("DisplayName")).toString(), s("Ann Lee (ann@example.com)"));
    QVERIFY2(plan.notes.contains(s("Customer: a new customer “Ann Lee (ann@example.com)” will be "
                                   "created for the contact “Ann Lee” (ann@example.com) (no "
                                   "QuickBooks customer has the email ann@example.com and this "
                                   "name). “Ann Lee” is already the name of the vendor “Ann Lee” "
                                   "(id 3), and names must be unique across customers, vendors "
                                   "and employees in QuickBooks.")),
             qPrintable(plan.notes.join(u'\n')));

    // Taken by an (inactive) employee too, and the email variant by a customer: numbers.
    d.others.append(party("Employee", "1", "ann lee (ANN@example.com)", false));
    d.customers.append(customer("8", "Ann Lee 2", "", "", ""));
    plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps[0].body.value(s("DisplayName")).toString(), s("Ann Lee 3"));
    QCOMPARE(plan.steps[0].body.value(s("GivenName")).toString(), s("Ann"));
    QCOMPARE(plan.steps[0].body.value(s("FamilyName")).toString(), s("Lee"));
    QCOMPARE(plan.steps[0].summary, s("Create customer “Ann Lee 3”"));
}

void TestActionPlanner::contactWithoutNamesIsNamedByEmail()
{
    FakeDirectory d = directory();
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("", "", "nobody@example.com");
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"DisplayName\":\"nobody@example.com\",\"PrimaryEmailAddr\":{\"Address\":"
               "\"nobody@example.com\"}}"));
}

void TestActionPlanner::contactWithNothingFails()
{
    FakeDirectory d = directory();
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("", "", "");
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason,
             s("The contact 51 has no name and no email address, so there is nothing to name a "
               "new QuickBooks customer by. Add a name or an email address to the contact in "
               "HubSpot."));
}

void TestActionPlanner::dataSyncRefusesIneligibleContact()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.integrationMode = IntegrationMode::DataSync;
    Filter filter;
    filter.object = FilterObject::Contact;
    filter.property = s("lifecyclestage");
    filter.propertyType = PropertyType::Enumeration;
    filter.op = Operator::IsAnyOf;
    filter.values = {s("customer")};
    c.dataSyncFilters = {FilterGroup{{filter}, {}}};

    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact =
        contact("Jane", "Doe", "jane@example.com", QJsonObject{{s("lifecyclestage"), s("lead")}});
    Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c, record, d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    const QString reason = plan.failure->reason;
    QVERIFY2(reason.startsWith(s("The contact “Jane Doe” (jane@example.com) is not eligible for "
                                 "the QuickBooks data sync, so it is not synced and no customer "
                                 "was used or created: it doesn't meet the connection's "
                                 "data-sync contact filters (")),
             qPrintable(reason));
    QVERIFY2(reason.contains(s("lifecyclestage")) && reason.contains(s("lead")),
             qPrintable(reason));
    QVERIFY(plan.steps.isEmpty());
    QCOMPARE(d.calls, 0); // nothing looked up for an ineligible contact

    // The same contact once it is a customer is eligible and matched by email.
    record.contact->properties.insert(s("lifecyclestage"), s("customer"));
    plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c, record, d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps.size(), 1);
}

void TestActionPlanner::dataSyncMatchesByEmailOnly()
{
    FakeDirectory d = directory();
    d.customers.append(customer("12", "J. Doe & Co", "Someone", "Else", "jane@example.com"));
    Connection c = company();
    c.integrationMode = IntegrationMode::DataSync;
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("Janet", "Dough", "JANE@example.com");
    Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c, record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps[0].body.value(s("CustomerRef")).toObject().value(s("value")).toString(),
             s("1"));
    QVERIFY2(plan.notes.contains(s("Customer: “Jane Doe” (id 1), matched by email; 1 other "
                                   "customer(s) have the same email, the oldest is used.")),
             qPrintable(plan.notes.join(u'\n')));

    // No customer with that email: created.
    record.contact = contact("Jane", "Doe", "new@example.com");
    plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c, record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps[0].kind, PlanStep::Kind::CreateCustomer);
    // "Jane Doe" is taken (by the customer with the other email): the email variant.
    QCOMPARE(plan.steps[0].body.value(s("DisplayName")).toString(),
             s("Jane Doe (new@example.com)"));
}

void TestActionPlanner::dataSyncWithoutFiltersTakesEveryone()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.integrationMode = IntegrationMode::DataSync;
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c,
                                          deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(plan.ok());
    QVERIFY(plan.notes.contains(s("The connection has no data-sync contact filters, so every "
                                  "contact is eligible.")));
}

void TestActionPlanner::dataSyncWithoutEmailFails()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.integrationMode = IntegrationMode::DataSync;
    RecordContext record = deal({line("1", "Consulting", "", "", "1", "150")});
    record.contact = contact("Jane", "Doe", "");
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c, record, d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->reason.startsWith(s("The contact “Jane Doe” has no email address. With "
                                              "the data sync, customers are matched by email")));
}

void TestActionPlanner::mappingBeforeSkuBeforeName()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.productMapping.insert(s("p-9"), s("4"));
    // One line that could match three ways, one that could match two ways, one by name only.
    const RecordContext record = deal({line("1", "Design", "CONS-001", "p-9", "1", "10"),
                                       line("2", "Design", "cons-001", "", "1", "10"),
                                       line("3", "design", "", "p-unmapped", "1", "10")});
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c, record, d);
    QVERIFY(plan.ok());
    const QJsonArray lines = plan.steps[0].body.value(s("Line")).toArray();
    QCOMPARE(lines.size(), 3);
    const auto itemOf = [&lines](int i) {
        return lines[i]
            .toObject()
            .value(s("SalesItemLineDetail"))
            .toObject()
            .value(s("ItemRef"))
            .toObject()
            .value(s("value"))
            .toString();
    };
    QCOMPARE(itemOf(0), s("4")); // mapping
    QCOMPARE(itemOf(1), s("2")); // SKU, whatever its case
    QCOMPARE(itemOf(2), s("3")); // name, whatever its case
    QVERIFY(plan.notes.contains(s("Line “Design” (SKU CONS-001): product “Gardening” (id 4), "
                                  "matched by the product mapping (HubSpot product p-9).")));
    QVERIFY(plan.notes.contains(s("Line “Design” (SKU cons-001): product “Consulting” (id 2), "
                                  "matched by SKU cons-001.")));
    QVERIFY(plan.notes.contains(s("Line “design”: product “Design” (id 3), matched by name.")));
}

void TestActionPlanner::staleMappingFallsBackToSku()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.productMapping.insert(s("p-9"), s("19")); // inactive
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), c,
                                          deal({line("1", "X", "DES-001", "p-9", "1", "10")}), d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps[0]
                 .body.value(s("Line"))
                 .toArray()[0]
                 .toObject()
                 .value(s("SalesItemLineDetail"))
                 .toObject()
                 .value(s("ItemRef"))
                 .toObject()
                 .value(s("value"))
                 .toString(),
             s("3"));
    QVERIFY(plan.notes.join(u'\n').contains(
        s("The product mapping links HubSpot product p-9 to QuickBooks product id 19, which no "
          "longer exists or is inactive")));
}

void TestActionPlanner::unmatchedLinesAreAllNamed()
{
    FakeDirectory d = directory();
    const RecordContext record = deal({line("1", "Consulting", "", "", "1", "150"),
                                       line("2", "Hedge sculpture", "HEDGE-1", "", "1", "300"),
                                       line("3", "Gnome", "", "", "2", "15")});
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(), record, d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    QCOMPARE(plan.failure->reason,
             s("No invoice was created: 2 line item(s) match no QuickBooks product, and the "
               "action doesn't create missing products: “Hedge sculpture” (SKU HEDGE-1), "
               "“Gnome”. Add the products to QuickBooks, or set “Create the product in "
               "QuickBooks if it doesn't exist” to Yes."));
    QVERIFY(plan.steps.isEmpty());
}

void TestActionPlanner::missingProductsAreCreatedOncePerProduct()
{
    FakeDirectory d = directory();
    Connection c = company();
    c.incomeAccount = s("4");
    Action a = action(ActionType::CreateInvoice);
    a.createProductIfMissing = true;
    const RecordContext record = deal({line("31", "Hedge: sculpture", "HEDGE-1", "", "1", "300"),
                                       line("32", "Consulting", "", "", "1", "150"),
                                       line("33", "hedge- sculpture", "", "", "2", "10"),
                                       line("34", "Gnome", "", "", "2", "15")});
    const Plan plan = ActionPlanner::plan(a, c, record, d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps.size(), 3); // two products, then the invoice
    QCOMPARE(plan.steps[0].kind, PlanStep::Kind::CreateItem);
    QCOMPARE(plan.steps[0].key, s("item:31"));
    QCOMPARE(plan.steps[0].entity, QboEntity::Item);
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"IncomeAccountRef\":{\"value\":\"4\"},\"Name\":\"Hedge- sculpture\",\"Sku\":"
               "\"HEDGE-1\",\"Type\":\"Service\"}"));
    QCOMPARE(plan.steps[0].summary,
             s("Create product “Hedge- sculpture” (service, income account “Services”)"));
    QCOMPARE(plan.steps[1].key, s("item:34"));
    QCOMPARE(bodyText(plan.steps[1].body),
             s("{\"IncomeAccountRef\":{\"value\":\"4\"},\"Name\":\"Gnome\",\"Type\":\"Service\"}"));
    QCOMPARE(plan.documentStep(), 2);

    const QJsonArray lines = plan.steps[2].body.value(s("Line")).toArray();
    QStringList refs;
    for (const QJsonValue &l : lines)
        refs.append(l.toObject()
                        .value(s("SalesItemLineDetail"))
                        .toObject()
                        .value(s("ItemRef"))
                        .toObject()
                        .value(s("value"))
                        .toString());
    QCOMPARE(refs, (QStringList{s("${item:31}"), s("2"), s("${item:31}"), s("${item:34}")}));
    QVERIFY(plan.notes.contains(s("Line “Gnome”: no QuickBooks product matches it by product "
                                  "mapping, SKU or name; product “Gnome” will be created.")));
}

void TestActionPlanner::newProductsUseTheFirstIncomeAccountByDefault()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateEstimate);
    a.createProductIfMissing = true;
    const Plan plan =
        ActionPlanner::plan(a, company(), deal({line("1", "Gnome", "", "", "1", "5")}), d);
    QVERIFY(plan.ok());
    QCOMPARE(
        plan.steps[0].body.value(s("IncomeAccountRef")).toObject().value(s("value")).toString(),
        s("4"));
}

void TestActionPlanner::noIncomeAccountFails()
{
    FakeDirectory d = directory();
    d.accounts = {account("11", "Checking", "Bank")};
    Action a = action(ActionType::CreateInvoice);
    a.createProductIfMissing = true;
    Plan plan = ActionPlanner::plan(a, company(), deal({line("1", "Gnome", "", "", "1", "5")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->reason.contains(s("the company has no income account")));
    QVERIFY(plan.steps.isEmpty());

    // A chosen income account that is gone.
    Connection c = company();
    c.incomeAccount = s("77");
    plan = ActionPlanner::plan(a, c, deal({line("1", "Gnome", "", "", "1", "5")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->reason.contains(s("(account id 77) no longer exists")));
}

void TestActionPlanner::inactiveProductNameBlocksCreation()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateInvoice);
    a.createProductIfMissing = true;
    const Plan plan = ActionPlanner::plan(
        a, company(), deal({line("1", "legacy widget", "", "", "1", "9.99")}), d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason,
             s("Line “legacy widget” matches no active QuickBooks product, and a new one can't "
               "be named “legacy widget”: QuickBooks has an inactive product of that name (id "
               "19). Make it active again in QuickBooks, or rename it."));

    // Nothing to name a new product by.
    const Plan nameless =
        ActionPlanner::plan(a, company(), deal({line("7", "", "", "", "1", "9.99")}), d);
    QVERIFY(!nameless.ok());
    QCOMPARE(nameless.failure->reason,
             s("Line item 7 has neither a name nor a SKU, so Bookflow can't name the QuickBooks "
               "product to create for it. Give the line item a name in HubSpot."));
}

void TestActionPlanner::noLineItemsFails()
{
    FakeDirectory d = directory();
    const Plan plan =
        ActionPlanner::plan(action(ActionType::CreateSalesReceipt), company(), deal({}), d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason,
             s("Deal 101 has no line items, so there is nothing to put on the sales receipt. Add "
               "line items to it in HubSpot, or choose one QuickBooks product in the action."));
}

void TestActionPlanner::chosenProductIsOneLineAtTheRecordAmount()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateInvoice);
    a.products.source = ProductChoice::Source::QuickBooksItem;
    a.products.id = s("2");
    const Plan plan = ActionPlanner::plan(a, company(), deal({}, "1234.5"), d);
    QVERIFY(plan.ok());
    QCOMPARE(bodyText(plan.steps[0].body.value(s("Line")).toArray()[0].toObject()),
             s("{\"Amount\":1234.50,\"Description\":\"Consulting\",\"DetailType\":"
               "\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},"
               "\"Qty\":1,\"UnitPrice\":1234.5}}"));
    QVERIFY(plan.notes.contains(s("Line: product “Consulting” (id 2), chosen in the action: "
                                  "quantity 1 at 1234.50, the amount of deal 101.")));

    // No amount on the deal: no price for the line.
    RecordContext record = deal({});
    record.record.properties.remove(s("amount"));
    const Plan missing = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(!missing.ok());
    QVERIFY(missing.failure->reason.startsWith(s("Deal 101 has no amount")));

    a.products.id = s("19"); // inactive
    const Plan inactive = ActionPlanner::plan(a, company(), deal({}), d);
    QVERIFY(!inactive.ok());
    QVERIFY(inactive.failure->reason.contains(s("(id 19) no longer exists or is inactive")));
}

void TestActionPlanner::moneyIsExact()
{
    FakeDirectory d = directory();
    // 3 × 33.335 = 100.005 → 100.01 (half away from zero); 0.1 × 3 = 0.3 exactly;
    // -2 × 2.345 = -4.69.
    const Plan plan = ActionPlanner::plan(action(ActionType::CreateSalesReceipt), company(),
                                          deal({line("1", "Consulting", "", "", "3", "33.335"),
                                                line("2", "Design", "", "", "3", "0.1"),
                                                line("3", "Gardening", "", "", "-2", "2.345")}),
                                          d);
    QVERIFY(plan.ok());
    const QString text = bodyText(plan.steps[0].body);
    QVERIFY2(text.contains(s("{\"Amount\":100.01,\"Description\":\"Consulting\",\"DetailType\":"
                             "\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{"
                             "\"value\":\"2\"},\"Qty\":3,\"TaxCodeRef\":{\"value\":\"NON\"},"
                             "\"UnitPrice\":33.335}}")),
             qPrintable(text));
    QVERIFY2(text.contains(s("\"Amount\":0.30,")), qPrintable(text));
    QVERIFY2(text.contains(s("\"Qty\":3,\"TaxCodeRef\":{\"value\":\"NON\"},\"UnitPrice\":0.1}")),
             qPrintable(text));
    QVERIFY2(text.contains(s("\"Amount\":-4.69,")), qPrintable(text));
    QCOMPARE(plan.steps[0].summary, s("Create sales receipt for deal 101 (lines total 95.62)"));
}

void TestActionPlanner::invoiceBody()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateInvoice);
    a.paymentTerms = s("3");
    const Plan plan = ActionPlanner::plan(
        a, company(), deal({line("1", "Consulting", "CONS-001", "", "2", "150", true)}), d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.documentStep(), 0);
    const PlanStep &step = plan.steps[0];
    QCOMPARE(step.kind, PlanStep::Kind::CreateDocument);
    QCOMPARE(step.key, s("document"));
    QCOMPARE(step.entity, QboEntity::Invoice);
    QCOMPARE(bodyText(step.body),
             s("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":300.00,\"Description\":"
               "\"Consulting\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{"
               "\"ItemRef\":{\"value\":\"2\"},\"Qty\":2,\"TaxCodeRef\":{\"value\":\"TAX\"},"
               "\"UnitPrice\":150}}],") +
                 privateNote("deal 101") + s(",\"SalesTermRef\":{\"value\":\"3\"}}"));
    QCOMPARE(step.summary, s("Create invoice for deal 101 (lines total 300.00)"));
    QVERIFY(plan.notes.contains(s("Payment terms: “Net 30”.")));
    QVERIFY(plan.notes.contains(s("Line “Consulting” (SKU CONS-001): product “Consulting” (id "
                                  "2), matched by SKU CONS-001.")));
}

void TestActionPlanner::invoiceTermMustExist()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateInvoice);
    a.paymentTerms = s("42");
    const Plan plan =
        ActionPlanner::plan(a, company(), deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason,
             s("The payment terms chosen in this action (QuickBooks term id 42) no longer exist "
               "or are inactive. Choose other terms, or the customer's default."));

    a.paymentTerms.clear();
    const Plan byDefault =
        ActionPlanner::plan(a, company(), deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(byDefault.ok());
    QVERIFY(!byDefault.steps[0].body.contains(s("SalesTermRef")));
    QVERIFY(byDefault.notes.contains(s("Payment terms: the customer's default.")));
}

void TestActionPlanner::estimateBody()
{
    FakeDirectory d = directory();
    RecordContext record = deal({line("1", "Design", "", "", "1", "75")});
    record.objectType = ObjectType::Quote;
    record.record.id = s("456");
    Action a = action(ActionType::CreateEstimate);
    a.paymentTerms = s("3"); // not an estimate's field: ignored
    const Plan plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps[0].entity, QboEntity::Estimate);
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":75.00,\"Description\":"
               "\"Design\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{"
               "\"ItemRef\":{\"value\":\"3\"},\"Qty\":1,\"TaxCodeRef\":{\"value\":\"NON\"},"
               "\"UnitPrice\":75}}],") +
                 privateNote("quote 456") + s("}"));
}

void TestActionPlanner::salesReceiptBody()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateSalesReceipt);
    a.depositAccount = s("11"); // payment actions only: ignored on a deal
    const Plan plan =
        ActionPlanner::plan(a, company(), deal({line("1", "Design", "", "", "1", "75")}), d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps[0].entity, QboEntity::SalesReceipt);
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":75.00,\"Description\":"
               "\"Design\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{"
               "\"ItemRef\":{\"value\":\"3\"},\"Qty\":1,\"TaxCodeRef\":{\"value\":\"NON\"},"
               "\"UnitPrice\":75}}],") +
                 privateNote("deal 101") + s("}"));
}

void TestActionPlanner::paidInvoiceRefusesTaxedLines()
{
    FakeDirectory d = directory();
    const RecordContext record = payment(QJsonObject{{s("hs_initial_amount"), s("220")}},
                                         {line("1", "Consulting", "", "", "1", "150", true),
                                          line("2", "Design", "", "", "1", "50"),
                                          line("3", "Soil", "", "", "2", "10", true)});
    const Plan plan =
        ActionPlanner::plan(action(ActionType::CreatePaidInvoice), company(), record, d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    QCOMPARE(plan.failure->reason,
             s("A paid invoice can't be created for payment 789: 2 line item(s) are taxed "
               "(“Consulting”, “Soil”), and Bookflow creates paid invoices only for untaxed line "
               "items, so the payment covers the invoice exactly. Use “Create a sales receipt in "
               "QuickBooks” for taxed payments."));
    QCOMPARE(d.calls, 0);
}

void TestActionPlanner::paidInvoiceBody()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreatePaidInvoice);
    a.depositAccount = s("11");
    const RecordContext record = payment(
        QJsonObject{{s("hs_initial_amount"), s("200")}, {s("hs_latest_status"), s("succeeded")}},
        {line("1", "Consulting", "", "", "1", "150"), line("2", "Gardening", "", "", "1", "50")});
    const Plan plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.documentStep(), 0);
    const PlanStep &invoice = plan.steps[0];
    QCOMPARE(invoice.entity, QboEntity::Invoice);
    QCOMPARE(invoice.key, s("document"));
    QCOMPARE(
        bodyText(invoice.body),
        s("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"Amount\":150.00,\"Description\":"
          "\"Consulting\",\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{"
          "\"ItemRef\":{\"value\":\"2\"},\"Qty\":1,\"TaxCodeRef\":{\"value\":\"NON\"},"
          "\"UnitPrice\":150}},{\"Amount\":50.00,\"Description\":\"Gardening\","
          "\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{"
          "\"value\":\"4\"},\"Qty\":1,\"TaxCodeRef\":{\"value\":\"NON\"},\"UnitPrice\":50}}],") +
            privateNote("payment 789") + s("}"));
    const PlanStep &pay = plan.steps[1];
    QCOMPARE(pay.kind, PlanStep::Kind::CreatePayment);
    QCOMPARE(pay.key, s("payment"));
    QCOMPARE(pay.entity, QboEntity::Payment);
    QCOMPARE(bodyText(pay.body),
             s("{\"CustomerRef\":{\"value\":\"1\"},\"DepositToAccountRef\":{\"value\":\"11\"},"
               "\"Line\":[{\"Amount\":200.00,\"LinkedTxn\":[{\"TxnId\":\"${document}\","
               "\"TxnType\":\"Invoice\"}]}],") +
                 privateNote("payment 789") + s(",\"TotalAmt\":200.00}"));
    QCOMPARE(pay.summary, s("Create payment of 200.00 applied to the invoice"));
    QVERIFY(plan.notes.contains(s("Deposit to: “Checking” (id 11).")));

    // Without a deposit account QuickBooks uses Undeposited Funds.
    a.depositAccount.clear();
    const Plan undeposited = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(undeposited.ok());
    QVERIFY(!undeposited.steps[1].body.contains(s("DepositToAccountRef")));
    QVERIFY(undeposited.notes.contains(s("Deposit to: Undeposited Funds (QuickBooks' default).")));

    // A deposit account that is gone.
    a.depositAccount = s("404");
    const Plan gone = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(!gone.ok());
    QVERIFY(gone.failure->reason.startsWith(s("The deposit-to account chosen in this action "
                                              "(QuickBooks account id 404) no longer exists")));
}

void TestActionPlanner::paidInvoiceOverpaymentAppliesTheInvoiceTotal()
{
    FakeDirectory d = directory();
    const RecordContext record = payment(QJsonObject{{s("hs_initial_amount"), s("160.5")}},
                                         {line("1", "Consulting", "", "", "1", "150")});
    const Plan plan =
        ActionPlanner::plan(action(ActionType::CreatePaidInvoice), company(), record, d);
    QVERIFY(plan.ok());
    const QString text = bodyText(plan.steps[1].body);
    QVERIFY2(text.contains(s("\"Line\":[{\"Amount\":150.00,")), qPrintable(text));
    QVERIFY2(text.contains(s("\"TotalAmt\":160.50}")), qPrintable(text));
    QVERIFY(plan.notes.contains(s("The payment (160.50) is more than the invoice (150.00); 10.50 "
                                  "stays on the payment as a credit for the customer.")));

    // No amount at all: nothing to record.
    const Plan none =
        ActionPlanner::plan(action(ActionType::CreatePaidInvoice), company(),
                            payment({}, {line("1", "Consulting", "", "", "1", "1")}), d);
    QVERIFY(!none.ok());
    QCOMPARE(none.failure->reason, s("Payment 789 has no amount (it is empty or 0), so there is "
                                     "nothing to record in QuickBooks."));
}

void TestActionPlanner::paymentSalesReceiptBody()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreatePaymentSalesReceipt);
    a.depositAccount = s("11");
    // Taxed lines are fine on a sales receipt.
    const RecordContext record = payment(QJsonObject{{s("hs_initial_amount"), s("21.65")}},
                                         {line("1", "Gardening", "", "", "1", "20", true)});
    const Plan plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps[0].entity, QboEntity::SalesReceipt);
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"CustomerRef\":{\"value\":\"1\"},\"DepositToAccountRef\":{\"value\":\"11\"},"
               "\"Line\":[{\"Amount\":20.00,\"Description\":\"Gardening\",\"DetailType\":"
               "\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"4\"},"
               "\"Qty\":1,\"TaxCodeRef\":{\"value\":\"TAX\"},\"UnitPrice\":20}}],") +
                 privateNote("payment 789") + s("}"));
}

void TestActionPlanner::expenseNeedsAFee()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateExpense);
    a.paidFromAccount = s("13");
    a.expenseAccount = s("14");
    for (const QJsonObject &properties : {QJsonObject{}, QJsonObject{{s("hs_fees_amount"), s("0")}},
                                          QJsonObject{{s("hs_fees_amount"), s("-1.20")}},
                                          QJsonObject{{s("hs_fees_amount"), s("n/a")}}}) {
        const Plan plan = ActionPlanner::plan(a, company(), payment(properties, {}), d);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.failure->reason, s("Payment 789 has no processing fee (its fees amount is "
                                         "empty or 0), so there is no expense to record."));
    }
}

void TestActionPlanner::expenseBody()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateExpense);
    a.paidFromAccount = s("13");
    a.expenseAccount = s("14");
    a.vendor = s("2");
    RecordContext record = payment(
        QJsonObject{{s("hs_initial_amount"), s("100")}, {s("hs_fees_amount"), s("3.195")}}, {});
    record.contact.reset(); // an expense needs no customer
    const Plan plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.documentStep(), 0);
    QCOMPARE(plan.steps[0].entity, QboEntity::Purchase);
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"AccountRef\":{\"value\":\"13\"},\"EntityRef\":{\"type\":\"Vendor\",\"value\":"
               "\"2\"},\"Line\":[{\"AccountBasedExpenseLineDetail\":{\"AccountRef\":{\"value\":"
               "\"14\"}},\"Amount\":3.20,\"Description\":\"Processing fee of HubSpot payment "
               "789\",\"DetailType\":\"AccountBasedExpenseLineDetail\"}],\"PaymentType\":"
               "\"CreditCard\",") +
                 privateNote("payment 789") + s("}"));
    QCOMPARE(plan.steps[0].summary,
             s("Create expense of 3.20 for the processing fee of payment 789"));
}

void TestActionPlanner::expenseFromBankAccountIsCash()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateExpense);
    a.paidFromAccount = s("11");
    a.expenseAccount = s("14");
    const Plan plan = ActionPlanner::plan(
        a, company(), payment(QJsonObject{{s("hs_fees_amount"), s("2.9")}}, {}), d);
    QVERIFY(plan.ok());
    QCOMPARE(plan.steps[0].body.value(s("PaymentType")).toString(), s("Cash"));
    QVERIFY(!plan.steps[0].body.contains(s("EntityRef")));
}

void TestActionPlanner::expenseFromOtherAccountTypeFails()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateExpense);
    a.paidFromAccount = s("2");
    a.expenseAccount = s("14");
    Plan plan = ActionPlanner::plan(a, company(),
                                    payment(QJsonObject{{s("hs_fees_amount"), s("2.9")}}, {}), d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason,
             s("The paid-from account “Undeposited Funds” (id 2) is of type “Other Current Asset”; "
               "a fee can only be paid from a bank or credit card account. Choose "
               "another account."));

    a.paidFromAccount.clear();
    plan = ActionPlanner::plan(a, company(),
                               payment(QJsonObject{{s("hs_fees_amount"), s("2.9")}}, {}), d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason,
             s("Choose the bank or credit card account the fee is paid from."));
}

void TestActionPlanner::refundReceiptRefusesPartialRefund()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateRefundReceipt);
    a.refundFromAccount = s("11");
    const Plan plan =
        ActionPlanner::plan(a, company(),
                            payment(QJsonObject{{s("hs_initial_amount"), s("100")},
                                                {s("hs_refunds_amount"), s("40")},
                                                {s("hs_net_amount_after_refunds"), s("60")},
                                                {s("hs_latest_status"), s("partially_refunded")}},
                                    {line("1", "Consulting", "", "", "1", "100")}),
                            d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isPermanent());
    QCOMPARE(plan.failure->reason, s("Payment 789 is only partly refunded: 40.00 of 100.00. A "
                                     "refund receipt is created only when the whole payment is "
                                     "refunded."));
    QCOMPARE(d.calls, 0);
}

void TestActionPlanner::refundReceiptRefusesUnrefundedPayment()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateRefundReceipt);
    a.refundFromAccount = s("11");
    const Plan plan = ActionPlanner::plan(
        a, company(),
        payment(QJsonObject{{s("hs_initial_amount"), s("100")}, {s("hs_refunds_amount"), s("0")}},
                {line("1", "Consulting", "", "", "1", "100")}),
        d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason, s("Payment 789 has not been refunded (its refunded amount is "
                                     "empty or 0), so there is no refund to record."));
}

void TestActionPlanner::refundReceiptBody()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateRefundReceipt);
    a.refundFromAccount = s("11");
    const RecordContext record = payment(QJsonObject{{s("hs_initial_amount"), s("100.00")},
                                                     {s("hs_refunds_amount"), s("100")},
                                                     {s("hs_latest_status"), s("refunded")}},
                                         {line("1", "Consulting", "", "", "1", "100")});
    Plan plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps[0].entity, QboEntity::RefundReceipt);
    QCOMPARE(bodyText(plan.steps[0].body),
             s("{\"CustomerRef\":{\"value\":\"1\"},\"DepositToAccountRef\":{\"value\":\"11\"},"
               "\"Line\":[{\"Amount\":100.00,\"Description\":\"Consulting\",\"DetailType\":"
               "\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},"
               "\"Qty\":1,\"TaxCodeRef\":{\"value\":\"NON\"},\"UnitPrice\":100}}],") +
                 privateNote("payment 789") + s("}"));
    QVERIFY(plan.notes.contains(s("Payment 789 is refunded in full (100.00).")));

    // With one chosen product: one line for the refunded amount.
    a.products.source = ProductChoice::Source::QuickBooksItem;
    a.products.id = s("3");
    plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(plan.ok());
    QVERIFY(
        bodyText(plan.steps[0].body).contains(s("\"Amount\":100.00,\"Description\":\"Design\"")));

    // The refund-from account is required.
    a.refundFromAccount.clear();
    plan = ActionPlanner::plan(a, company(), record, d);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.failure->reason, s("Choose the QuickBooks account the refund is paid from."));
}

void TestActionPlanner::refundWithOnlyNetAfterRefundsIsFull()
{
    FakeDirectory d = directory();
    Action a = action(ActionType::CreateRefundReceipt);
    a.refundFromAccount = s("11");
    const Plan plan =
        ActionPlanner::plan(a, company(),
                            payment(QJsonObject{{s("hs_initial_amount"), s("100")},
                                                {s("hs_net_amount_after_refunds"), s("0.00")}},
                                    {line("1", "Consulting", "", "", "1", "100")}),
                            d);
    QVERIFY2(plan.ok(), qPrintable(plan.failure ? plan.failure->reason : QString()));
    QCOMPARE(plan.steps[0].entity, QboEntity::RefundReceipt);
}

void TestActionPlanner::lookupErrorKeepsItsClass()
{
    FakeDirectory d = directory();
    ApiError throttled;
    throttled.cls = ApiError::Class::RateLimited;
    throttled.httpStatus = 429;
    throttled.code = s("3001");
    throttled.reason = s("QuickBooks asked Bookflow to slow down.");
    d.error = throttled;
    Plan plan = ActionPlanner::plan(action(ActionType::CreateInvoice), company(),
                                    deal({line("1", "Consulting", "", "", "1", "150")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isRateLimited());
    QCOMPARE(plan.failure->code, s("3001"));
    QCOMPARE(plan.failure->reason, throttled.reason);
    QVERIFY(plan.steps.isEmpty());

    ApiError network;
    network.cls = ApiError::Class::Transient;
    network.reason = s("Could not reach QuickBooks.");
    d.error = network;
    Action a = action(ActionType::CreateInvoice);
    a.createProductIfMissing = true;
    plan = ActionPlanner::plan(a, company(), deal({line("1", "Gnome", "", "", "1", "1")}), d);
    QVERIFY(!plan.ok());
    QVERIFY(plan.failure->isTransient());
    QVERIFY(plan.steps.isEmpty()); // no half plan
}

void TestActionPlanner::documentStepOfAnEmptyPlan()
{
    Plan plan;
    QCOMPARE(plan.documentStep(), -1);
    PlanStep customerStep;
    customerStep.kind = PlanStep::Kind::CreateCustomer;
    plan.steps.append(customerStep);
    QCOMPARE(plan.documentStep(), -1);
}

QTEST_GUILESS_MAIN(TestActionPlanner)
#include "tst_actionplanner.moc"
