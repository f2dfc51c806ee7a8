#include "core/workflow/accountfield.h"

namespace bookflow {

QStringList accountTypesFor(AccountField field)
{
    switch (field) {
    case AccountField::DepositTo:
        return {QStringLiteral("Bank"), QStringLiteral("Other Current Asset")};
    case AccountField::PaidFrom:
        return {QStringLiteral("Bank"), QStringLiteral("Credit Card")};
    case AccountField::ExpenseCategory:
        return {QStringLiteral("Expense"), QStringLiteral("Other Expense"),
                QStringLiteral("Cost of Goods Sold")};
    case AccountField::RefundFrom:
        return {QStringLiteral("Bank"), QStringLiteral("Other Current Asset"),
                QStringLiteral("Credit Card")};
    }
    return {};
}

bool accountTypeFits(AccountField field, const QString &accountType)
{
    return accountTypesFor(field).contains(accountType.trimmed(), Qt::CaseInsensitive);
}

QString accountFieldKey(AccountField field)
{
    switch (field) {
    case AccountField::DepositTo:
        return QStringLiteral("depositAccount");
    case AccountField::PaidFrom:
        return QStringLiteral("paidFromAccount");
    case AccountField::ExpenseCategory:
        return QStringLiteral("expenseAccount");
    case AccountField::RefundFrom:
        return QStringLiteral("refundFromAccount");
    }
    return {};
}

} // namespace bookflow
