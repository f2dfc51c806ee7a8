#pragma once

#include "core/workflow/filter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bookflow {

// The ledger: what Bookflow did for each enrolled record, written before and after every
// QuickBooks write so that nothing is created twice across retries, crashes and restarts
// (PRODUCT.md §1 "Never twice", §4; ARCHITECTURE.md "Data flow"). The Store keeps it
// (store.h, "Ledger and history"); these are its rows.

enum class EnrollmentStatus {
    Active,      // some action is still to run (or waiting, or paused)
    Done,        // every action created what it had to
    NeedsReview, // every action finished and at least one failed permanently
};

enum class ActionStatus {
    Pending, // not started (no plan yet)
    Running, // planned: its steps are being sent
    Waiting, // a retry is scheduled at nextAttemptAt
    Paused,  // its connection needs reconnecting; resumes when the person reconnects
    Done,    // the document exists
    Failed,  // permanent: shown under Needs review until the person retries it
};

// A step moves planned → sent → done | failed. "Sent" is written before the request leaves, so
// after a crash a sent step is resent identically (same requestid) rather than planned again.
enum class StepState { Planned, Sent, Done, Failed };

// Names kept in the database and shown by `bookflow-cli --json`; `fromKey` returns nothing for an
// unknown name.
QString enrollmentStatusKey(EnrollmentStatus status); // "active" / "done" / "needsReview"
std::optional<EnrollmentStatus> enrollmentStatusFromKey(const QString &key);
QString actionStatusKey(ActionStatus status); // "pending" / "running" / "waiting" / "paused" / …
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QString stepStateKey(StepState state); // "planned" / "sent" / "done" / "failed"
std::optional<StepState> stepStateFromKey(const QString &key);

// Words a person reads (history, CSV export).
QString enrollmentStatusLabel(EnrollmentStatus status);
QString actionStatusLabel(ActionStatus status);

// Done or Failed: nothing more happens to the run unless a person retries it.
bool isFinished(ActionStatus status);

// One record entering one workflow. (workflowId, objectId, enrollmentNo) is unique in the
// database: a record that re-enrolls gets the next number, and the number is part of every
// requestid of the enrollment (ARCHITECTURE.md "Deterministic requestid").
struct EnrollmentRow
{
    qint64 id = 0;
    QString workflowId;
    int version = 0; // the published version it runs
    ObjectType objectType = ObjectType::Deal;
    QString objectId; // the HubSpot record
    int enrollmentNo = 1;
    QDateTime enrolledAt; // UTC
    EnrollmentStatus status = EnrollmentStatus::Active;
    // True when the workflow's own polling enrolled the record; false when a person ran the
    // workflow for real on one record from the test screen (PRODUCT.md §3).
    bool live = true;
};

// One action of one enrollment.
struct ActionRunRow
{
    qint64 id = 0;
    qint64 enrollmentId = 0;
    QString actionId;    // Action::id in the workflow version
    int actionIndex = 0; // 0-based position in the workflow: actions run in this order
    QString connectionId;
    ActionStatus status = ActionStatus::Pending;
    // Tries since the run was (re)started; attempts() lists every try, also those before a retry.
    int attempts = 0;
    QDateTime firstAttemptAt; // UTC; invalid before the first try (the retry window counts from it)
    QDateTime nextAttemptAt;  // UTC; set while Waiting
    QDateTime updatedAt;      // UTC
    QString errorClass;       // ApiError::className() of the last error; empty when none
    QString errorReason;      // in words
    QString documentType;     // what was created, once Done: "Invoice", …
    QString documentId;
    QString documentNumber;
    QStringList notes; // what planning found ("Customer: “Jane Doe” (id 58), matched by email")
    // Retries after QuickBooks refused a step (Store::retryActionRun): steps planned from then
    // on get requestids of this generation, so QuickBooks doesn't replay its refusal.
    int generation = 0;
};

// One write of an action's plan (core/engine/plan.h PlanStep), as recorded.
struct StepRow
{
    qint64 id = 0;
    qint64 actionRunId = 0;
    int stepNo = 0;    // 0-based order in the plan; part of the requestid
    QString key;       // PlanStep::key, unique in the plan ("customer", "document", …)
    QString kind;      // what kind of write, e.g. "createCustomer"
    QString entity;    // the QuickBooks entity, e.g. "Invoice"
    QString requestId; // deterministic (ARCHITECTURE.md); unique across the whole ledger
    QJsonObject body;  // the exact create body, with ${key} references
    StepState state = StepState::Planned;
    QString batchId;      // the /batch call it was sent in; empty for a single call
    QString resultId;     // the Id QuickBooks gave the created record
    QString resultNumber; // its DocNumber, when it has one
    QDateTime sentAt;     // UTC; when it first left
    QDateTime doneAt;     // UTC
};

// One try of an action (planning, or one step's request), kept for the history.
struct AttemptRow
{
    qint64 id = 0;
    qint64 actionRunId = 0;
    int stepNo = -1; // -1: the action as a whole (e.g. planning's look-ups)
    QDateTime at;    // UTC; the store's clock when invalid
    QString outcome; // "done", or an ApiError class name ("transient", "permanent", …)
    int httpStatus = 0;
    QString code;
    QString reason;
    QString requestId;
};

struct HistoryEntry
{
    EnrollmentRow enrollment;
    QVector<ActionRunRow> actions; // in action order
};

// What the poller remembers about one record of one workflow, to decide re-enrollment
// (PRODUCT.md §1): whether it matched the triggers at the last look, and the values of the
// re-enrollment properties then.
struct RecordMemory
{
    bool matching = false;
    QJsonObject reenrollValues;

    bool operator==(const RecordMemory &o) const
    {
        return matching == o.matching && reenrollValues == o.reenrollValues;
    }
    bool operator!=(const RecordMemory &o) const { return !(*this == o); }
};

} // namespace bookflow
