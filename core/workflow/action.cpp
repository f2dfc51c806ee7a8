#include "core/workflow/action.h"

#include "core/util/tr.h"

namespace bookflow {

const QVector<ActionSpec> &actionSpecs()
{
    // PRODUCT.md §1, the actions table. Deal and quote workflows create sales documents from the
    // record's line items; payment workflows create documents from the payment.
    static const QVector<ActionSpec> specs{
        {ActionType::CreateInvoice, "quickbooks.createInvoice",
         {ObjectType::Deal, ObjectType::Quote}, true, true, false, false, false},
        {ActionType::CreateEstimate, "quickbooks.createEstimate",
         {ObjectType::Deal, ObjectType::Quote}, false, true, false, false, false},
        {ActionType::CreateSalesReceipt, "quickbooks.createSalesReceipt",
         {ObjectType::Deal, ObjectType::Quote}, false, true, false, false, false},
        {ActionType::CreatePaidInvoice, "quickbooks.createPaidInvoice", {ObjectType::Payment},
         false, true, true, false, false},
        {ActionType::CreatePaymentSalesReceipt, "quickbooks.createPaymentSalesReceipt",
         {ObjectType::Payment}, false, true, true, false, false},
        {ActionType::CreateExpense, "quickbooks.createExpense", {ObjectType::Payment}, false,
         false, false, true, false},
        {ActionType::CreateRefundReceipt, "quickbooks.createRefundReceipt", {ObjectType::Payment},
         false, true, false, false, true},
    };
    return specs;
}

const ActionSpec &actionSpec(ActionType type)
{
    for (const ActionSpec &spec : actionSpecs()) {
        if (spec.type == type)
            return spec;
    }
    Q_UNREACHABLE();
}

QString actionTypeKey(ActionType type) { return QString::fromLatin1(actionSpec(type).key); }

std::optional<ActionType> actionTypeFromKey(const QString &key)
{
    for (const ActionSpec &spec : actionSpecs()) {
        if (key == QLatin1String(spec.key))
            return spec.type;
    }
    return std::nullopt;
}

QString actionTypeLabel(ActionType type)
{
    switch (type) {
    case ActionType::CreateInvoice:
        return Tr::tr("Create a QuickBooks invoice");
    case ActionType::CreateEstimate:
        return Tr::tr("Create a QuickBooks estimate");
    case ActionType::CreateSalesReceipt:
        return Tr::tr("Create a QuickBooks sales receipt");
    case ActionType::CreatePaidInvoice:
        return Tr::tr("Create a paid invoice in QuickBooks");
    case ActionType::CreatePaymentSalesReceipt:
        return Tr::tr("Create a sales receipt in QuickBooks");
    case ActionType::CreateExpense:
        return Tr::tr("Create a QuickBooks expense");
    case ActionType::CreateRefundReceipt:
        return Tr::tr("Create a QuickBooks refund receipt");
    }
    return {};
}

bool actionAllowedFor(ActionType action, ObjectType workflowType)
{
    return actionSpec(action).objectTypes.contains(workflowType);
}

bool Action::operator==(const Action &o) const
{
    return id == o.id && type == o.type && connection == o.connection &&
           paymentTerms == o.paymentTerms && customer == o.customer && products == o.products &&
           createProductIfMissing == o.createProductIfMissing &&
           depositAccount == o.depositAccount && paidFromAccount == o.paidFromAccount &&
           expenseAccount == o.expenseAccount && vendor == o.vendor &&
           refundFromAccount == o.refundFromAccount && extra == o.extra;
}

} // namespace bookflow
