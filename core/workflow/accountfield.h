#pragma once

#include <QString>
#include <QStringList>

namespace bookflow {

// The QuickBooks account fields of the actions (PRODUCT.md §1, the actions table), and which
// kinds of account (QuickBooks' AccountType) each one can take, so a picker offers only accounts
// QuickBooks would accept there.
enum class AccountField {
    DepositTo,       // paid invoice, payment sales receipt: empty = Undeposited Funds
    PaidFrom,        // expense: the bank or credit card account the fee is paid from
    ExpenseCategory, // expense: the category the fee is booked to
    RefundFrom,      // refund receipt: where the refund is paid from
};

// The AccountType values QuickBooks accepts for the field (qbo-api.md §3):
// - DepositTo: Bank, Other Current Asset (Undeposited Funds is one) — where Payment and
//   SalesReceipt's DepositToAccountRef may point;
// - PaidFrom: Bank, Credit Card — Purchase pays Cash/Check from a bank account and CreditCard
//   from a credit card account, nothing else (the planner's rule);
// - ExpenseCategory: Expense, Other Expense, Cost of Goods Sold;
// - RefundFrom: Bank, Other Current Asset, Credit Card — RefundReceipt's DepositToAccountRef.
QStringList accountTypesFor(AccountField field);
// Whether an account of `accountType` fits the field (case and surrounding spaces ignored).
bool accountTypeFits(AccountField field, const QString &accountType);
// The Action member the field is kept in, also the key of Connection::defaultAccounts:
// "depositAccount", "paidFromAccount", "expenseAccount", "refundFromAccount".
QString accountFieldKey(AccountField field);

} // namespace bookflow
