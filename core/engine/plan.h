#pragma once

#include "core/net/apierror.h"
#include "core/quickbooks/qboentity.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bookflow {

// One write an action needs, in the order it must happen. A body may refer to what an earlier
// step of the same plan created: a JSON string value "${key}" (exactly that, nothing around it)
// is replaced by the Id of the step whose key is `key` before the step is sent — e.g. a new
// customer's id in an invoice's CustomerRef, or the invoice's id in a payment's LinkedTxn.
struct PlanStep
{
    enum class Kind { CreateCustomer, CreateItem, CreateDocument, CreatePayment };

    Kind kind = Kind::CreateDocument;
    QString key; // unique in the plan: "customer", "item:<line item id>", "document", "payment"
    QboEntity entity = QboEntity::Invoice;
    QJsonObject body; // the exact create body (money via QboJson), with ${key} references
    QString summary;  // in words: "Create customer “Jane Doe”", "Create invoice for deal 123"
};

// What planning an action on one enrollment decided. Either it fails (permanently, with the
// reason in words: no associated contact, not eligible, unmatched products, a taxable line on a
// paid invoice, a partial refund, a non-US company, …) or it lists the writes to make. The notes
// say what the look-ups found, for the dry run and the history ("Customer: “Jane Doe” (id 58),
// matched by email"; "Line “Consulting”: item “Consulting” (id 4), matched by SKU").
struct Plan
{
    std::optional<ApiError> failure; // set: nothing is to be created
    QVector<PlanStep> steps;
    QStringList notes;

    bool ok() const { return !failure.has_value(); }
    // The step that creates the action's document (the last CreateDocument), or -1.
    int documentStep() const;
};

} // namespace bookflow
