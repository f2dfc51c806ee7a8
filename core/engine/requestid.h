#pragma once

#include "core/workflow/filter.h"

#include <QString>
#include <QStringList>

namespace bookflow {

// Deterministic QuickBooks requestids (ARCHITECTURE.md "Deterministic requestid"): a UUIDv5, in a
// namespace fixed here, of workflowId|version|objectType|objectId|enrollmentNo|actionId|step.
// The step is named by its plan key ("document", "payment", "customer", "item:…"), not its
// position: a second machine whose look-ups already find the customer plans one step fewer, and
// its invoice must still carry the first machine's requestid.
// 36 characters, valid for single calls (≤ 50) and /batch (≤ 36). A retry, a resume after a crash
// and a second machine running the same enrollment all send the same id, so QuickBooks answers
// a repeat with the first result instead of creating a duplicate.
struct RequestIdParts
{
    QString workflowId;
    int version = 0;
    ObjectType objectType = ObjectType::Deal;
    QString objectId;
    int enrollmentNo = 1;
    QString actionId;
    QString step; // the plan step's key
};

QString requestIdFor(const RequestIdParts &parts);
// The requestid of a /batch call: the UUIDv5 of its items' requestids in the order sent. The
// ledger records which steps went together, so a resend rebuilds the same batch and id.
QString batchRequestIdFor(const QStringList &itemRequestIds);

} // namespace bookflow
