#pragma once

#include "core/workflow/filter.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// The seven QuickBooks actions (PRODUCT.md §1, the actions table).
enum class ActionType {
    CreateInvoice,             // quickbooks.createInvoice
    CreateEstimate,            // quickbooks.createEstimate
    CreateSalesReceipt,        // quickbooks.createSalesReceipt
    CreatePaidInvoice,         // quickbooks.createPaidInvoice
    CreatePaymentSalesReceipt, // quickbooks.createPaymentSalesReceipt
    CreateExpense,             // quickbooks.createExpense
    CreateRefundReceipt,       // quickbooks.createRefundReceipt
};

// Fixed facts about an action type: which workflows may use it and which fields its form shows.
struct ActionSpec
{
    ActionType type;
    const char *key;                 // the name in workflow files
    QVector<ObjectType> objectTypes; // workflow types that may use it
    bool usesPaymentTerms;           // invoice only
    bool usesCustomerAndProducts;    // customer, products, create-if-missing
    bool usesDepositAccount;         // deposit-to account (empty = Undeposited Funds)
    bool usesExpenseAccounts;        // paid-from (required), expense category (required), vendor
    bool usesRefundFromAccount;      // refund-from account (required)
};

const QVector<ActionSpec> &actionSpecs();
const ActionSpec &actionSpec(ActionType type);
QString actionTypeKey(ActionType type);
std::optional<ActionType> actionTypeFromKey(const QString &key);
QString actionTypeLabel(ActionType type);
bool actionAllowedFor(ActionType action, ObjectType workflowType);

struct CustomerChoice
{
    enum class Source { FirstAssociatedContact, QuickBooksCustomer };
    Source source = Source::FirstAssociatedContact;
    QString id; // the QuickBooks Customer id when source is QuickBooksCustomer
    QJsonObject extra;

    bool operator==(const CustomerChoice &o) const
    {
        return source == o.source && id == o.id && extra == o.extra;
    }
    bool operator!=(const CustomerChoice &o) const { return !(*this == o); }
};

struct ProductChoice
{
    enum class Source { LineItems, QuickBooksItem };
    Source source = Source::LineItems;
    QString id; // the QuickBooks Item id when source is QuickBooksItem
    QJsonObject extra;

    bool operator==(const ProductChoice &o) const
    {
        return source == o.source && id == o.id && extra == o.extra;
    }
    bool operator!=(const ProductChoice &o) const { return !(*this == o); }
};

// One step of a workflow. Every field of every type lives here; the ActionSpec says which a type
// uses. A field a type does not use is kept (so a file round-trips) and flagged by review where it
// would mislead (payment terms on a non-invoice action).
struct Action
{
    QString id;
    ActionType type = ActionType::CreateInvoice;
    QString connection;       // the QuickBooks connection id
    QString paymentTerms;     // QuickBooks Term id; empty = the customer's default terms
    CustomerChoice customer;
    ProductChoice products;
    bool createProductIfMissing = false;
    QString depositAccount;   // QuickBooks Account id; empty = Undeposited Funds (QBO's default)
    QString paidFromAccount;  // bank or credit-card Account id the fee is paid from
    QString expenseAccount;   // expense category Account id
    QString vendor;           // payee Vendor id, optional
    QString refundFromAccount;
    QJsonObject extra;

    bool operator==(const Action &o) const;
    bool operator!=(const Action &o) const { return !(*this == o); }
};

} // namespace bookflow
