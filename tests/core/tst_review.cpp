// Review (PRODUCT.md §2): the checks that need no live connection, their stable codes, the two
// one-click fixes, and the shipped templates.
#include "core/workflow/review.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflowcodec.h"

#include "support/workflows.h"

#include <QSet>
#include <QTest>

using namespace bookflow;
using testsupport::makeFilter;

namespace {

Filter sourceFilter()
{
    return makeFilter(FilterObject::Payment, QStringLiteral("hs_payment_source_app"),
                      PropertyType::Enumeration, Operator::IsNoneOf, {QStringLiteral("INVOICE")});
}

Action makeAction(const QString &id, ActionType type)
{
    Action a;
    a.id = id;
    a.type = type;
    a.connection = QStringLiteral("qbo-1");
    if (type == ActionType::CreateExpense) {
        a.paidFromAccount = QStringLiteral("35");
        a.expenseAccount = QStringLiteral("77");
    }
    if (type == ActionType::CreateRefundReceipt)
        a.refundFromAccount = QStringLiteral("35");
    return a;
}

Workflow dealWorkflow()
{
    Workflow w;
    w.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    w.name = QStringLiteral("Invoice won deals");
    w.objectType = ObjectType::Deal;
    FilterGroup g;
    g.filters.append(makeFilter(FilterObject::Deal, QStringLiteral("dealstage"),
                                PropertyType::Enumeration, Operator::IsAnyOf,
                                {QStringLiteral("closedwon")}));
    w.enrollment.filterGroups.append(g);
    w.actions.append(makeAction(QStringLiteral("a1"), ActionType::CreateInvoice));
    return w;
}

// A payment workflow using every payment action, with the source filter in its only group.
Workflow paymentWorkflow()
{
    Workflow w;
    w.id = QStringLiteral("00000000-0000-4000-8000-000000000002");
    w.name = QStringLiteral("Book payments");
    w.objectType = ObjectType::Payment;
    FilterGroup g;
    g.filters.append(makeFilter(FilterObject::Payment, QStringLiteral("hs_latest_status"),
                                PropertyType::Enumeration, Operator::IsAnyOf,
                                {QStringLiteral("succeeded")}));
    g.filters.append(sourceFilter());
    w.enrollment.filterGroups.append(g);
    w.actions.append(makeAction(QStringLiteral("a1"), ActionType::CreatePaidInvoice));
    w.actions.append(makeAction(QStringLiteral("a2"), ActionType::CreatePaymentSalesReceipt));
    w.actions.append(makeAction(QStringLiteral("a3"), ActionType::CreateExpense));
    w.actions.append(makeAction(QStringLiteral("a4"), ActionType::CreateRefundReceipt));
    return w;
}

QStringList codes(const QVector<ReviewItem> &items)
{
    QStringList result;
    for (const ReviewItem &item : items)
        result.append(item.code);
    return result;
}

// The single item with `code`; fails the test when there isn't exactly one.
ReviewItem only(const QVector<ReviewItem> &items, const QString &code)
{
    ReviewItem found;
    int count = 0;
    for (const ReviewItem &item : items) {
        if (item.code == code) {
            found = item;
            ++count;
        }
    }
    if (count != 1)
        qWarning() << "expected one" << code << "in" << codes(items);
    return count == 1 ? found : ReviewItem{};
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validWorkflowsHaveNoItems();
    void quoteWorkflowMayReadDealAndContact();
    void nameMissing();
    void noTriggers();
    void emptyFilterGroup();
    void filterPropertyMissing();
    void filterObjectNotAllowed_data();
    void filterObjectNotAllowed();
    void filterOperatorNotForType();
    void filterValueCount_data();
    void filterValueCount();
    void filterValueInvalid_data();
    void filterValueInvalid();
    void filterValueValid_data();
    void filterValueValid();
    void noActions();
    void actionIds();
    void actionNotAllowed();
    void connectionMissing();
    void customerAndProductIds();
    void paymentTerms();
    void expenseAccounts();
    void refundFromAccount();
    void emptyDepositAccountIsFine();
    void sourceFilterMissing();
    void sourceFilterOnlyForSalesFromPayments();
    void sourceFilterNeedsExactInvoice();
    void sourceFilterFixAddsFilter();
    void sourceFilterFixWidensExistingFilter();
    void reenrollWarningAndFix();
    void itemsAreOrdered();
    void fixlessItems();
    void templatesList();
    void templatesPassReview();
};

void TestReview::validWorkflowsHaveNoItems()
{
    QVERIFY2(WorkflowReview::review(dealWorkflow()).isEmpty(),
             qPrintable(codes(WorkflowReview::review(dealWorkflow())).join(u',')));
    QVERIFY2(WorkflowReview::review(paymentWorkflow()).isEmpty(),
             qPrintable(codes(WorkflowReview::review(paymentWorkflow())).join(u',')));

    Workflow deal = dealWorkflow();
    deal.actions.append(makeAction(QStringLiteral("a2"), ActionType::CreateEstimate));
    deal.actions.append(makeAction(QStringLiteral("a3"), ActionType::CreateSalesReceipt));
    deal.actions[0].paymentTerms = QStringLiteral("3"); // invoices take payment terms
    QVERIFY(WorkflowReview::review(deal).isEmpty());
    QVERIFY(!WorkflowReview::hasErrors(WorkflowReview::review(deal)));
}

void TestReview::quoteWorkflowMayReadDealAndContact()
{
    Workflow w = dealWorkflow();
    w.objectType = ObjectType::Quote;
    FilterGroup &g = w.enrollment.filterGroups[0];
    g.filters.append(makeFilter(FilterObject::Quote,
                                QStringLiteral("hs_esign_num_signers_completed"),
                                PropertyType::Number, Operator::IsKnown));
    g.filters.append(makeFilter(FilterObject::Contact, QStringLiteral("email"), PropertyType::Text,
                                Operator::IsKnown));
    QVERIFY2(WorkflowReview::review(w).isEmpty(),
             qPrintable(codes(WorkflowReview::review(w)).join(u',')));
}

void TestReview::nameMissing()
{
    Workflow w = dealWorkflow();
    w.name = QStringLiteral("   ");
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("name-missing")});
    QVERIFY(items.first().isError());
    QVERIFY(WorkflowReview::hasErrors(items));
}

void TestReview::noTriggers()
{
    Workflow w = dealWorkflow();
    w.enrollment.filterGroups.clear();
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("no-triggers")});
    QCOMPARE(items.first().severity, ReviewItem::Severity::Error);
}

void TestReview::emptyFilterGroup()
{
    Workflow w = dealWorkflow();
    w.enrollment.filterGroups.append(FilterGroup{});
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("empty-filter-group")});
    QVERIFY(items.first().isError());
    QCOMPARE(items.first().group, 1);
    QCOMPARE(items.first().filter, -1);
}

void TestReview::filterPropertyMissing()
{
    Workflow w = dealWorkflow();
    w.enrollment.filterGroups[0].filters.append(
        makeFilter(FilterObject::Deal, QString(), PropertyType::Text, Operator::IsKnown));
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("filter-property-missing")});
    QVERIFY(items.first().isError());
    QCOMPARE(items.first().group, 0);
    QCOMPARE(items.first().filter, 1);
}

void TestReview::filterObjectNotAllowed_data()
{
    QTest::addColumn<ObjectType>("workflowType");
    QTest::addColumn<FilterObject>("object");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("deal reads deal") << ObjectType::Deal << FilterObject::Deal << true;
    QTest::newRow("deal reads contact") << ObjectType::Deal << FilterObject::Contact << true;
    QTest::newRow("deal reads payment") << ObjectType::Deal << FilterObject::Payment << false;
    QTest::newRow("deal reads quote") << ObjectType::Deal << FilterObject::Quote << false;
    QTest::newRow("quote reads payment") << ObjectType::Quote << FilterObject::Payment << false;
    QTest::newRow("payment reads quote") << ObjectType::Payment << FilterObject::Quote << true;
}

void TestReview::filterObjectNotAllowed()
{
    QFETCH(ObjectType, workflowType);
    QFETCH(FilterObject, object);
    QFETCH(bool, allowed);
    Workflow w;
    w.name = QStringLiteral("W");
    w.objectType = workflowType;
    FilterGroup g;
    g.filters.append(
        makeFilter(object, QStringLiteral("amount"), PropertyType::Number, Operator::IsKnown));
    w.enrollment.filterGroups.append(g);
    // Expense: allowed in payment workflows only, and never asks for the source filter.
    w.actions.append(makeAction(QStringLiteral("a1"), workflowType == ObjectType::Payment
                                                          ? ActionType::CreateExpense
                                                          : ActionType::CreateInvoice));
    const auto items = WorkflowReview::review(w);
    if (allowed) {
        QVERIFY2(items.isEmpty(), qPrintable(codes(items).join(u',')));
    } else {
        QCOMPARE(codes(items), QStringList{QStringLiteral("filter-object-not-allowed")});
        QVERIFY(items.first().isError());
        QCOMPARE(items.first().group, 0);
        QCOMPARE(items.first().filter, 0);
    }
}

void TestReview::filterOperatorNotForType()
{
    Workflow w = dealWorkflow();
    // "greater than" on a text property, and "contains" on an enumeration.
    w.enrollment.filterGroups[0].filters.append(
        makeFilter(FilterObject::Deal, QStringLiteral("dealname"), PropertyType::Text, Operator::Gt,
                   {QStringLiteral("abc")}));
    w.enrollment.filterGroups[0].filters.append(
        makeFilter(FilterObject::Deal, QStringLiteral("dealstage"), PropertyType::Enumeration,
                   Operator::ContainsAny, {QStringLiteral("won")}));
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{QStringLiteral("filter-operator-not-for-type"),
                                        QStringLiteral("filter-operator-not-for-type")}));
    QCOMPARE(items.at(0).filter, 1);
    QCOMPARE(items.at(1).filter, 2);
    QVERIFY(items.at(0).isError());
}

void TestReview::filterValueCount_data()
{
    QTest::addColumn<PropertyType>("type");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("is_known with a value")
        << PropertyType::Text << Operator::IsKnown << QStringList{QStringLiteral("x")};
    QTest::newRow("is_unknown with a value")
        << PropertyType::Number << Operator::IsUnknown << QStringList{QStringLiteral("1")};
    QTest::newRow("between with one")
        << PropertyType::Number << Operator::Between << QStringList{QStringLiteral("1")};
    QTest::newRow("between with three")
        << PropertyType::Number << Operator::Between
        << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QTest::newRow("eq with two") << PropertyType::Number << Operator::Eq
                                 << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("gt with none") << PropertyType::Number << Operator::Gt << QStringList{};
    QTest::newRow("is_any_of with none")
        << PropertyType::Enumeration << Operator::IsAnyOf << QStringList{};
    QTest::newRow("on with none") << PropertyType::Date << Operator::On << QStringList{};
    QTest::newRow("days ago with two") << PropertyType::DateTime << Operator::MoreThanDaysAgo
                                       << QStringList{QStringLiteral("1"), QStringLiteral("2")};
}

void TestReview::filterValueCount()
{
    QFETCH(PropertyType, type);
    QFETCH(Operator, op);
    QFETCH(QStringList, values);
    Workflow w = dealWorkflow();
    w.enrollment.filterGroups[0].filters.prepend(
        makeFilter(FilterObject::Deal, QStringLiteral("p"), type, op, values));
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("filter-value-count")});
    QVERIFY(items.first().isError());
    QCOMPARE(items.first().group, 0);
    QCOMPARE(items.first().filter, 0);
}

void TestReview::filterValueInvalid_data()
{
    QTest::addColumn<PropertyType>("type");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QStringList>("values");
    const auto one = [](const char *v) { return QStringList{QString::fromLatin1(v)}; };
    const auto two = [](const char *a, const char *b) {
        return QStringList{QString::fromLatin1(a), QString::fromLatin1(b)};
    };
    QTest::newRow("number word") << PropertyType::Number << Operator::Gt << one("abc");
    QTest::newRow("number comma") << PropertyType::Number << Operator::Eq << one("1,5");
    QTest::newRow("number thousands") << PropertyType::Number << Operator::Lt << one("1 000");
    QTest::newRow("number infinity") << PropertyType::Number << Operator::Gte << one("inf");
    QTest::newRow("number empty") << PropertyType::Number << Operator::Neq << one("");
    QTest::newRow("between reversed")
        << PropertyType::Number << Operator::Between << two("10", "9.99");
    QTest::newRow("between negative reversed")
        << PropertyType::Number << Operator::Between << two("-1", "-2");
    QTest::newRow("between not a number")
        << PropertyType::Number << Operator::Between << two("1", "x");
    QTest::newRow("date not a day") << PropertyType::Date << Operator::On << one("2024-02-30");
    QTest::newRow("date other format")
        << PropertyType::Date << Operator::Before << one("31/03/2024");
    QTest::newRow("datetime with time")
        << PropertyType::DateTime << Operator::After << one("2024-03-31T10:00:00Z");
    QTest::newRow("date between reversed")
        << PropertyType::Date << Operator::Between << two("2024-04-01", "2024-03-31");
    QTest::newRow("days negative") << PropertyType::Date << Operator::MoreThanDaysAgo << one("-1");
    QTest::newRow("days fraction")
        << PropertyType::DateTime << Operator::LessThanDaysAgo << one("1.5");
    QTest::newRow("days word") << PropertyType::Date << Operator::LessThanDaysAgo << one("ten");
    QTest::newRow("bool yes") << PropertyType::Bool << Operator::IsAnyOf << one("yes");
    QTest::newRow("text empty value")
        << PropertyType::Text << Operator::ContainsAny << two("Payment link", " ");
    QTest::newRow("enumeration empty value")
        << PropertyType::Enumeration << Operator::IsNoneOf << one("");
}

void TestReview::filterValueInvalid()
{
    QFETCH(PropertyType, type);
    QFETCH(Operator, op);
    QFETCH(QStringList, values);
    Workflow w = dealWorkflow();
    w.enrollment.filterGroups[0].filters.append(
        makeFilter(FilterObject::Deal, QStringLiteral("p"), type, op, values));
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("filter-value-invalid")});
    QVERIFY(items.first().isError());
    QCOMPARE(items.first().group, 0);
    QCOMPARE(items.first().filter, 1);
    QVERIFY(!items.first().message.isEmpty());
}

void TestReview::filterValueValid_data()
{
    QTest::addColumn<PropertyType>("type");
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QStringList>("values");
    const auto one = [](const char *v) { return QStringList{QString::fromLatin1(v)}; };
    const auto two = [](const char *a, const char *b) {
        return QStringList{QString::fromLatin1(a), QString::fromLatin1(b)};
    };
    QTest::newRow("integer") << PropertyType::Number << Operator::Gt << one("0");
    QTest::newRow("negative decimal") << PropertyType::Number << Operator::Eq << one("-1.50");
    QTest::newRow("leading dot") << PropertyType::Number << Operator::Lte << one(".5");
    QTest::newRow("exponent") << PropertyType::Number << Operator::Gte << one("1.5E-2");
    QTest::newRow("between exponent")
        << PropertyType::Number << Operator::Between << two("1e2", "101");
    QTest::newRow("between equal") << PropertyType::Number << Operator::Between << two("1.0", "1");
    QTest::newRow("between exact")
        << PropertyType::Number << Operator::Between << two("0.1", "0.10000000000000000001");
    QTest::newRow("between long") << PropertyType::Number << Operator::Between
                                  << two("-5", "123456789012345678901234567890");
    QTest::newRow("leap day") << PropertyType::Date << Operator::On << one("2024-02-29");
    QTest::newRow("datetime day") << PropertyType::DateTime << Operator::Before
                                  << one("2024-03-31");
    QTest::newRow("date between") << PropertyType::Date << Operator::Between
                                  << two("2024-01-01", "2024-12-31");
    QTest::newRow("zero days") << PropertyType::Date << Operator::MoreThanDaysAgo << one("0");
    QTest::newRow("days") << PropertyType::DateTime << Operator::LessThanDaysAgo << one("30");
    QTest::newRow("bool") << PropertyType::Bool << Operator::IsNoneOf << two("true", "FALSE");
    QTest::newRow("text") << PropertyType::Text << Operator::StartsWithAny << one("INV-");
    QTest::newRow("is unknown") << PropertyType::Date << Operator::IsUnknown << QStringList{};
}

void TestReview::filterValueValid()
{
    QFETCH(PropertyType, type);
    QFETCH(Operator, op);
    QFETCH(QStringList, values);
    Workflow w = dealWorkflow();
    w.enrollment.filterGroups[0].filters.append(
        makeFilter(FilterObject::Deal, QStringLiteral("p"), type, op, values));
    const auto items = WorkflowReview::review(w);
    QVERIFY2(items.isEmpty(), qPrintable(codes(items).join(u',')));
}

void TestReview::noActions()
{
    Workflow w = dealWorkflow();
    w.actions.clear();
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("no-actions")});
    QVERIFY(items.first().isError());
}

void TestReview::actionIds()
{
    Workflow w = dealWorkflow();
    w.actions.append(makeAction(QString(), ActionType::CreateEstimate));
    w.actions.append(makeAction(QStringLiteral("a1"), ActionType::CreateSalesReceipt));
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{QStringLiteral("action-id-missing"),
                                        QStringLiteral("action-id-duplicate")}));
    QVERIFY(items.at(0).isError());
    QCOMPARE(items.at(0).actionId, QString());
    QVERIFY(items.at(1).isError());
    QCOMPARE(items.at(1).actionId, QStringLiteral("a1"));
    QVERIFY(items.at(1).message.startsWith(
        QStringLiteral("Action 3 (Create a QuickBooks sales receipt)")));
}

void TestReview::actionNotAllowed()
{
    Workflow deal = dealWorkflow();
    deal.actions.append(makeAction(QStringLiteral("a2"), ActionType::CreatePaidInvoice));
    auto items = WorkflowReview::review(deal);
    QCOMPARE(codes(items), QStringList{QStringLiteral("action-not-allowed")});
    QVERIFY(items.first().isError());
    QCOMPARE(items.first().actionId, QStringLiteral("a2"));

    Workflow payment = paymentWorkflow();
    payment.actions.append(makeAction(QStringLiteral("a5"), ActionType::CreateInvoice));
    items = WorkflowReview::review(payment);
    QCOMPARE(codes(items), QStringList{QStringLiteral("action-not-allowed")});
    QCOMPARE(items.first().actionId, QStringLiteral("a5"));

    Workflow quote = dealWorkflow();
    quote.objectType = ObjectType::Quote;
    quote.actions.append(makeAction(QStringLiteral("a2"), ActionType::CreateExpense));
    items = WorkflowReview::review(quote);
    QCOMPARE(codes(items), QStringList{QStringLiteral("action-not-allowed")});
}

void TestReview::connectionMissing()
{
    Workflow w = paymentWorkflow();
    w.actions[1].connection.clear();
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("connection-missing")});
    QVERIFY(items.first().isError());
    QCOMPARE(items.first().actionId, QStringLiteral("a2"));
    QVERIFY(items.first().message.startsWith(
        QStringLiteral("Action 2 (Create a sales receipt in QuickBooks): ")));
    QVERIFY(items.first().message.contains(QStringLiteral("QuickBooks account")));
}

void TestReview::customerAndProductIds()
{
    Workflow w = dealWorkflow();
    w.actions[0].customer.source = CustomerChoice::Source::QuickBooksCustomer;
    w.actions[0].products.source = ProductChoice::Source::QuickBooksItem;
    auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{QStringLiteral("customer-id-missing"),
                                        QStringLiteral("product-id-missing")}));
    QCOMPARE(items.at(0).actionId, QStringLiteral("a1"));
    QCOMPARE(items.at(1).actionId, QStringLiteral("a1"));
    QVERIFY(items.at(0).isError() && items.at(1).isError());

    w.actions[0].customer.id = QStringLiteral("58");
    w.actions[0].products.id = QStringLiteral("19");
    items = WorkflowReview::review(w);
    QVERIFY2(items.isEmpty(), qPrintable(codes(items).join(u',')));
}

void TestReview::paymentTerms()
{
    Workflow w = paymentWorkflow();
    w.actions[0].paymentTerms = QStringLiteral("3"); // paid invoice
    w.actions[2].paymentTerms = QStringLiteral("3"); // expense
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{QStringLiteral("payment-terms-not-invoice"),
                                        QStringLiteral("payment-terms-not-invoice")}));
    QCOMPARE(items.at(0).actionId, QStringLiteral("a1"));
    QCOMPARE(items.at(1).actionId, QStringLiteral("a3"));
    QVERIFY(items.at(0).isError());

    Workflow deal = dealWorkflow();
    deal.actions.append(makeAction(QStringLiteral("a2"), ActionType::CreateEstimate));
    deal.actions[1].paymentTerms = QStringLiteral("1");
    QCOMPARE(codes(WorkflowReview::review(deal)),
             QStringList{QStringLiteral("payment-terms-not-invoice")});
}

void TestReview::expenseAccounts()
{
    Workflow w = paymentWorkflow();
    w.actions[2].paidFromAccount.clear();
    w.actions[2].expenseAccount.clear();
    w.actions[2].vendor.clear(); // optional
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{QStringLiteral("paid-from-account-missing"),
                                        QStringLiteral("expense-account-missing")}));
    QCOMPARE(items.at(0).actionId, QStringLiteral("a3"));
    QCOMPARE(items.at(1).actionId, QStringLiteral("a3"));
    QVERIFY(items.at(0).isError() && items.at(1).isError());
    QCOMPARE(items.at(0).message,
             QStringLiteral("Action 3 (Create a QuickBooks expense): choose the account the fee "
                            "is paid from."));
}

void TestReview::refundFromAccount()
{
    Workflow w = paymentWorkflow();
    w.actions[3].refundFromAccount.clear();
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("refund-from-account-missing")});
    QCOMPARE(items.first().actionId, QStringLiteral("a4"));
    QVERIFY(items.first().isError());
}

void TestReview::emptyDepositAccountIsFine()
{
    Workflow w = paymentWorkflow();
    w.actions[0].depositAccount.clear();
    w.actions[1].depositAccount.clear();
    QVERIFY(WorkflowReview::review(w).isEmpty());
}

void TestReview::sourceFilterMissing()
{
    Workflow w = paymentWorkflow();
    FilterGroup lacking;
    lacking.filters.append(makeFilter(FilterObject::Payment, QStringLiteral("hs_latest_status"),
                                      PropertyType::Enumeration, Operator::IsAnyOf,
                                      {QStringLiteral("processing")}));
    w.enrollment.filterGroups.append(lacking);
    w.enrollment.filterGroups.append(lacking);
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{QStringLiteral("source-filter-missing"),
                                        QStringLiteral("source-filter-missing")}));
    QCOMPARE(items.at(0).severity, ReviewItem::Severity::Warning);
    QCOMPARE(items.at(0).group, 1);
    QCOMPARE(items.at(1).group, 2);
    QCOMPARE(items.at(0).fixLabel, QStringLiteral("Add the filter"));
    QVERIFY(items.at(0).message.contains(QStringLiteral("duplicate")));
    QVERIFY(!WorkflowReview::hasErrors(items)); // warnings don't block publishing

    // A payment sales receipt alone is enough to need it.
    Workflow receipt = w;
    receipt.actions = {makeAction(QStringLiteral("a1"), ActionType::CreatePaymentSalesReceipt)};
    QCOMPARE(codes(WorkflowReview::review(receipt)).size(), 2);
}

void TestReview::sourceFilterOnlyForSalesFromPayments()
{
    Workflow w = paymentWorkflow();
    w.enrollment.filterGroups[0].filters.removeLast(); // drop the source filter
    w.actions.removeFirst();                           // paid invoice
    w.actions.removeFirst();                           // payment sales receipt
    QVERIFY2(WorkflowReview::review(w).isEmpty(),
             qPrintable(codes(WorkflowReview::review(w)).join(u',')));
}

void TestReview::sourceFilterNeedsExactInvoice()
{
    // Enumeration values compare exactly (HubSpot): "invoice" doesn't exclude "INVOICE".
    Workflow w = paymentWorkflow();
    w.enrollment.filterGroups[0].filters[1].values = {QStringLiteral("invoice")};
    QCOMPARE(codes(WorkflowReview::review(w)),
             QStringList{QStringLiteral("source-filter-missing")});

    // "is any of INVOICE" is the opposite of what is needed.
    w.enrollment.filterGroups[0].filters[1].values = {QStringLiteral("INVOICE")};
    w.enrollment.filterGroups[0].filters[1].op = Operator::IsAnyOf;
    QCOMPARE(codes(WorkflowReview::review(w)),
             QStringList{QStringLiteral("source-filter-missing")});

    // Other excluded sources beside INVOICE are fine.
    w.enrollment.filterGroups[0].filters[1].op = Operator::IsNoneOf;
    w.enrollment.filterGroups[0].filters[1].values = {QStringLiteral("PAYMENT_LINK"),
                                                      QStringLiteral("INVOICE")};
    QVERIFY(WorkflowReview::review(w).isEmpty());
}

void TestReview::sourceFilterFixAddsFilter()
{
    Workflow w = paymentWorkflow();
    FilterGroup lacking;
    lacking.filters.append(makeFilter(FilterObject::Payment, QStringLiteral("hs_latest_status"),
                                      PropertyType::Enumeration, Operator::IsAnyOf,
                                      {QStringLiteral("processing")}));
    w.enrollment.filterGroups.append(lacking);
    const auto items = WorkflowReview::review(w);
    const ReviewItem item = only(items, QStringLiteral("source-filter-missing"));
    QCOMPARE(item.group, 1);

    const std::optional<Workflow> fixed = WorkflowReview::applyFix(w, item);
    QVERIFY(fixed);
    QVERIFY(WorkflowReview::review(*fixed).isEmpty());

    // Exactly one filter added to that group, nothing else changed.
    Workflow expected = w;
    expected.enrollment.filterGroups[1].filters.append(sourceFilter());
    QCOMPARE(*fixed, expected);

    // Applying a stale item again changes nothing.
    const std::optional<Workflow> again = WorkflowReview::applyFix(*fixed, item);
    QVERIFY(again);
    QCOMPARE(*again, *fixed);
}

void TestReview::sourceFilterFixWidensExistingFilter()
{
    Workflow w = paymentWorkflow();
    w.enrollment.filterGroups[0].filters[1].values = {QStringLiteral("PAYMENT_LINK")};
    const ReviewItem item =
        only(WorkflowReview::review(w), QStringLiteral("source-filter-missing"));
    QCOMPARE(item.group, 0);

    const std::optional<Workflow> fixed = WorkflowReview::applyFix(w, item);
    QVERIFY(fixed);
    QVERIFY(WorkflowReview::review(*fixed).isEmpty());
    Workflow expected = w;
    expected.enrollment.filterGroups[0].filters[1].values = {QStringLiteral("PAYMENT_LINK"),
                                                             QStringLiteral("INVOICE")};
    QCOMPARE(*fixed, expected);
    QCOMPARE(fixed->enrollment.filterGroups[0].filters.size(), 2);
}

void TestReview::reenrollWarningAndFix()
{
    Workflow w = dealWorkflow();
    w.enrollment.reenroll.enabled = true;
    w.enrollment.reenroll.properties = {QStringLiteral("amount")};
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), QStringList{QStringLiteral("reenroll-creates-documents")});
    QCOMPARE(items.first().severity, ReviewItem::Severity::Warning);
    QCOMPARE(items.first().fixLabel, QStringLiteral("Turn off re-enrollment"));
    QVERIFY(!WorkflowReview::hasErrors(items));

    const std::optional<Workflow> fixed = WorkflowReview::applyFix(w, items.first());
    QVERIFY(fixed);
    QVERIFY(WorkflowReview::review(*fixed).isEmpty());
    Workflow expected = w;
    expected.enrollment.reenroll.enabled = false; // the chosen properties stay
    QCOMPARE(*fixed, expected);

    // Without actions there is nothing to create twice (no-actions is reported instead).
    w.actions.clear();
    QCOMPARE(codes(WorkflowReview::review(w)), QStringList{QStringLiteral("no-actions")});
}

void TestReview::itemsAreOrdered()
{
    Workflow w = paymentWorkflow();
    w.name.clear();
    w.enrollment.reenroll.enabled = true;
    w.actions[0].connection.clear();
    w.actions[3].refundFromAccount.clear();
    FilterGroup g;
    g.filters.append(makeFilter(FilterObject::Payment, QStringLiteral("amount"),
                                PropertyType::Number, Operator::Gt, {QStringLiteral("x")}));
    w.enrollment.filterGroups.append(g);
    const auto items = WorkflowReview::review(w);
    QCOMPARE(codes(items), (QStringList{
                               QStringLiteral("name-missing"),
                               QStringLiteral("filter-value-invalid"),
                               QStringLiteral("source-filter-missing"),
                               QStringLiteral("reenroll-creates-documents"),
                               QStringLiteral("connection-missing"),
                               QStringLiteral("refund-from-account-missing"),
                           }));
    QCOMPARE(items.at(1).group, 1);
    QCOMPARE(items.at(1).filter, 0);
    QCOMPARE(items.at(4).actionId, QStringLiteral("a1"));
    QCOMPARE(items.at(5).actionId, QStringLiteral("a4"));
}

void TestReview::fixlessItems()
{
    Workflow w = dealWorkflow();
    w.name.clear();
    const auto items = WorkflowReview::review(w);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().fixLabel.isEmpty());
    QVERIFY(!WorkflowReview::applyFix(w, items.first()));

    // A source-filter item naming a group that no longer exists does nothing.
    ReviewItem stale;
    stale.severity = ReviewItem::Severity::Warning;
    stale.code = QStringLiteral("source-filter-missing");
    stale.group = 5;
    QVERIFY(!WorkflowReview::applyFix(paymentWorkflow(), stale));
}

void TestReview::templatesList()
{
    const QVector<WorkflowTemplate> templates = workflowTemplates();
    QCOMPARE(templates.size(), 5);
    QSet<QString> names;
    for (const WorkflowTemplate &t : templates) {
        QVERIFY(!t.title.isEmpty());
        QVERIFY(!t.description.isEmpty());
        QVERIFY2(!templateJson(t.fileName).isEmpty(), qPrintable(t.fileName));
        names.insert(t.fileName);
    }
    QCOMPARE(names.size(), 5);
    QVERIFY(templateJson(QStringLiteral("no-such-template.json")).isEmpty());
    QVERIFY(templateJson(QStringLiteral("../templates/invoice-esigned-quotes.json")).isEmpty());
}

void TestReview::templatesPassReview()
{
    // Account ids belong to the QuickBooks company the person picks, so a template can't carry
    // them: these errors are expected until a connection (and then its accounts) is chosen.
    const QSet<QString> needCompany{
        QStringLiteral("connection-missing"), QStringLiteral("paid-from-account-missing"),
        QStringLiteral("expense-account-missing"), QStringLiteral("refund-from-account-missing")};
    QSet<QString> ids;
    for (const WorkflowTemplate &t : workflowTemplates()) {
        const Result<Workflow> decoded =
            WorkflowCodec::decode(templateJson(t.fileName), t.fileName);
        QVERIFY2(decoded.ok(), qPrintable(decoded.reason()));
        const Workflow &w = decoded.value();
        QCOMPARE(w.objectType, t.objectType);
        QCOMPARE(w.name, t.title); // untranslated in tests
        QVERIFY(!w.id.isEmpty());
        ids.insert(w.id);

        const QVector<ReviewItem> items = WorkflowReview::review(w);
        QVERIFY(!items.isEmpty());
        for (const ReviewItem &item : items) {
            QVERIFY2(item.isError(), qPrintable(t.fileName + u' ' + item.code));
            QVERIFY2(needCompany.contains(item.code), qPrintable(t.fileName + u' ' + item.code));
        }
        QCOMPARE(only(items, QStringLiteral("connection-missing")).actionId, w.actions.first().id);

        // Once a company and its accounts are chosen, the template is ready to publish.
        Workflow ready = w;
        for (Action &a : ready.actions) {
            a.connection = QStringLiteral("qbo-1");
            if (a.type == ActionType::CreateExpense) {
                a.paidFromAccount = QStringLiteral("35");
                a.expenseAccount = QStringLiteral("77");
            }
            if (a.type == ActionType::CreateRefundReceipt)
                a.refundFromAccount = QStringLiteral("35");
        }
        QVERIFY2(WorkflowReview::review(ready).isEmpty(),
                 qPrintable(t.fileName + u' ' + codes(WorkflowReview::review(ready)).join(u',')));
    }
    QCOMPARE(ids.size(), 5);

    // The paid-invoice template carries the seed's "Source is none of Invoice" filter.
    const Result<Workflow> paid = WorkflowCodec::decode(
        templateJson(QStringLiteral("paid-invoice-from-payments.json")), QStringLiteral("t"));
    QVERIFY(paid.ok());
    QVERIFY(!codes(WorkflowReview::review(paid.value()))
                 .contains(QStringLiteral("source-filter-missing")));
    QCOMPARE(paid.value().actions.first().type, ActionType::CreatePaidInvoice);
    QVERIFY(paid.value().enrollment.filterGroups.first().filters.contains(sourceFilter()));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
