#include "core/workflow/templates.h"

#include "core/util/tr.h"

#include <QFile>

namespace bookflow {

QVector<WorkflowTemplate> workflowTemplates()
{
    return {
        {QStringLiteral("invoice-esigned-quotes.json"), Tr::tr("Invoice e-signed quotes"),
         Tr::tr("When all signers have e-signed a quote, create a QuickBooks invoice from its "
                "line items."),
         ObjectType::Quote},
        {QStringLiteral("invoice-payment-link-deals.json"),
         Tr::tr("Invoice deals paid by payment link"),
         Tr::tr("When a deal's name contains \"Payment link\", create a QuickBooks invoice from "
                "its line items."),
         ObjectType::Deal},
        {QStringLiteral("paid-invoice-from-payments.json"), Tr::tr("Paid invoice for payments"),
         Tr::tr("When a payment succeeds, create an invoice in QuickBooks with the payment "
                "applied to it. Payments made on a QuickBooks invoice are left out, so no "
                "invoice is created twice."),
         ObjectType::Payment},
        {QStringLiteral("refund-receipt-for-refunds.json"),
         Tr::tr("Refund receipt for refunded payments"),
         Tr::tr("When a payment is refunded, create a QuickBooks refund receipt."),
         ObjectType::Payment},
        {QStringLiteral("expense-for-payment-fees.json"), Tr::tr("Expense for payment fees"),
         Tr::tr("When a payment has a processing fee, record the fee as an expense in "
                "QuickBooks."),
         ObjectType::Payment},
    };
}

QByteArray templateJson(const QString &fileName)
{
    // Only names from the list: a path such as "../x" must not reach other resources.
    bool known = false;
    for (const WorkflowTemplate &t : workflowTemplates())
        known = known || t.fileName == fileName;
    if (!known)
        return {};
    QFile file(QStringLiteral(":/templates/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace bookflow
