#pragma once

#include "core/workflow/action.h"

#include <QString>
#include <QStringList>

namespace bookflow {

// The action moved to another QuickBooks company (connection). The QuickBooks ids it holds —
// payment terms, a chosen customer or product, the accounts and the vendor — name records of the
// old company, where the same id means something else or nothing, so they are cleared: the
// customer and products go back to the record's own (first contact, line items) and the
// accounts to empty (deposit: Undeposited Funds). Nothing is cleared when the action had no
// company yet or keeps the same one.
//
// `cleared`, when given, receives what was cleared in words for an undo text or a message
// ("payment terms", "customer", …), in the order of the action form.
Action actionWithCompany(const Action &action, const QString &connectionId,
                         QStringList *cleared = nullptr);

} // namespace bookflow
