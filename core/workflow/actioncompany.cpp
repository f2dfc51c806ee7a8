#include "core/workflow/actioncompany.h"

#include "core/util/tr.h"

namespace bookflow {

Action actionWithCompany(const Action &action, const QString &connectionId, QStringList *cleared)
{
    Action after = action;
    after.connection = connectionId;
    QStringList what;
    if (!action.connection.isEmpty() && action.connection != connectionId) {
        const auto clear = [&what](QString &id, const QString &label) {
            if (!id.isEmpty()) {
                id.clear();
                what.append(label);
            }
        };
        clear(after.paymentTerms, Tr::tr("payment terms"));
        if (after.customer.source == CustomerChoice::Source::QuickBooksCustomer) {
            after.customer.source = CustomerChoice::Source::FirstAssociatedContact;
            after.customer.id.clear();
            what.append(Tr::tr("customer"));
        }
        if (after.products.source == ProductChoice::Source::QuickBooksItem) {
            after.products.source = ProductChoice::Source::LineItems;
            after.products.id.clear();
            what.append(Tr::tr("product"));
        }
        clear(after.depositAccount, Tr::tr("deposit account"));
        clear(after.paidFromAccount, Tr::tr("paid-from account"));
        clear(after.expenseAccount, Tr::tr("expense category"));
        clear(after.vendor, Tr::tr("vendor"));
        clear(after.refundFromAccount, Tr::tr("refund-from account"));
    }
    if (cleared)
        *cleared = what;
    return after;
}

} // namespace bookflow
