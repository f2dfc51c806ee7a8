#pragma once

#include "core/store/connection.h"
#include "core/store/ledger.h"
#include "core/util/result.h"
#include "core/workflow/workflow.h"

#include <QDateTime>
#include <QPair>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QIODevice;
class QSqlDatabase;
class QSqlError;

namespace bookflow {

// One row of the workflow list.
struct WorkflowSummary
{
    QString id;
    QString name; // the draft's name
    ObjectType objectType = ObjectType::Deal;
    bool enabled = false;      // turned on
    int publishedVersion = 0;  // latest published version number; 0 = never published
    bool draftChanged = false; // the draft differs from the latest published version (or none yet)
    QDateTime updatedAt;       // last draft change (UTC)
};

struct VersionInfo
{
    int number = 0;
    QDateTime publishedAt; // UTC
    QString name;
};

// The local database: one SQLite file (WAL) in the data dir holding everything that isn't secret.
// Schema changes are numbered migrations (PRAGMA user_version). A file that is not a Bookflow
// database, is damaged, or was written by a newer Bookflow is reported and never written to.
//
// Workflows: each has one editable draft and immutable numbered published versions. Publishing
// freezes the draft as version N+1; editing the draft never touches a version (the database
// refuses UPDATE of a version row); restoring copies a version into the draft.
//
// Several Stores (in one or several processes) may share a file. A Store is used from the thread
// that opened it: Qt SQL connections belong to one thread.
class Store
{
public:
    static constexpr const char *FileName = "bookflow.db";

    // --data-dir wins, then BOOKFLOW_DATA_DIR, then QStandardPaths::GenericDataLocation +
    // "/Bookflow" (shared by the GUI and the CLI).
    static QString defaultDataDir();
    static int latestSchemaVersion();

    // Creates the folder and database if missing and runs pending migrations.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString dataDir() const;
    QString databasePath() const;
    int schemaVersion() const;
    // How many migrations this open() ran: 0 when the file was already up to date.
    int migrationsApplied() const;

    Result<QVector<WorkflowSummary>> workflows() const;
    Result<WorkflowSummary> summary(const QString &id) const;

    // Adds a new workflow as a draft; fails if the id is taken.
    Status createWorkflow(const Workflow &workflow);
    Result<Workflow> draft(const QString &id) const;
    // Replaces the draft. The object type is fixed at creation: a draft of another type is refused.
    Status saveDraft(const Workflow &workflow);
    Status removeWorkflow(const QString &id);

    // Freezes the current draft as the next version and returns its number.
    Result<int> publish(const QString &id);
    Result<QVector<VersionInfo>> versions(const QString &id) const;
    Result<Workflow> version(const QString &id, int number) const;
    // The draft becomes a copy of version `number`.
    Status restoreVersion(const QString &id, int number);

    // Turning on needs a published version; off stops new enrollments.
    Status setEnabled(const QString &id, bool enabled);
    // For "Reset demo data" only: forgets every enrollment with its action runs, steps and
    // attempts, the polling cursors and remembered records, and turns every workflow off (the
    // workflows and their versions stay). Safe only because the demo's sandbox forgets its
    // documents and requestids at the same time; never for real accounts, whose ledger is what
    // keeps a document from being created twice.
    Status clearDemoRuns();

    // Reads a workflow file (never modifying it) and adds it as a new draft. A file whose id is
    // already in the store is added under a fresh id, so an import never overwrites anything.
    Result<QString> importFile(const QString &path);
    // Writes the draft (version 0) or a published version to `path` atomically.
    Status exportFile(const QString &id, const QString &path, int version = 0) const;

    // ---- Connections ---------------------------------------------------------------------------
    // Connected accounts and the OAuth apps' public details. Nothing secret is stored: tokens and
    // client secrets live in the keychain (PRODUCT.md §5).

    // A random UUID made once with the database; it namespaces this database's keychain entries
    // so that two data folders never share secrets. The same for every Store on the file.
    QString installationId() const;

    // HubSpot first, then by name.
    Result<QVector<Connection>> connections() const;
    // Fails with "No connection with id …" for an unknown id.
    Result<Connection> connection(const QString &id) const;
    // Inserts or updates, and returns the connection's id. One (provider, accountId, environment)
    // is one connection: saving it again updates that row and keeps its id, whatever id is given.
    // - With an empty id this is a (re)connect: what the provider says (name, country, API
    //   address, sign-in kind, scopes, state) replaces the stored values, while the person's
    //   settings (integration mode, data-sync filters, product sync and mapping, income and
    //   default accounts) stay as they were. A new account gets a fresh id.
    // - With the id of the stored connection every field is written (an edit of its settings).
    // - An id that belongs to another account is refused: a connection never changes company.
    // The store keeps connectedAt (first connected), updatedAt and stateChangedAt; saving an
    // unchanged connection changes nothing. The state reason is dropped when connected and never
    // left empty when not. Refused: an empty accountId, a private-app token for QuickBooks, an
    // address that carries a password.
    Result<QString> saveConnection(const Connection &connection);
    // `reason` says in plain words why the connection needs reconnecting; it is dropped when
    // `state` is Connected.
    Status setConnectionState(const QString &id, ConnectionState state, const QString &reason);
    Status removeConnection(const QString &id);

    // The app a person registered for `provider` in `environment`, or nothing when none was
    // entered yet.
    Result<std::optional<AppCredentials>> appCredentials(Provider provider,
                                                         Environment environment) const;
    // Replaces the app details of its provider and environment. The client id is required.
    Status saveAppCredentials(const AppCredentials &credentials);

    // ---- Ledger and history --------------------------------------------------------------------
    // (storeledger.cpp) What Bookflow did for each enrolled record, step by step, so that no
    // QuickBooks document is created twice across retries, crashes, restarts and the GUI and the
    // CLI sharing this file (PRODUCT.md §1 "Never twice", §4; ARCHITECTURE.md "Data flow").
    // Every change of several rows is one BEGIN IMMEDIATE transaction. The history is kept when
    // a workflow is removed (it records what exists in QuickBooks); its cursor and record memory
    // go with it.

    // Enrolls a record: enrollment number = the record's latest in this workflow + 1, and one
    // Pending action run per (actionId, connectionId), in order. With no actions the enrollment
    // is Done at once. `live` is false for a person's "run for real on this record".
    Result<EnrollmentRow> enroll(const QString &workflowId, int version, ObjectType type,
                                 const QString &objectId,
                                 const QVector<QPair<QString, QString>> &actions, bool live = true);
    // The same, but only if the record's latest enrollment number is still `latestSeen` (0: never
    // enrolled); nothing otherwise. For a poller that decided from what it read earlier: when the
    // GUI and the CLI poll the same file, only one of them enrolls the record.
    Result<std::optional<EnrollmentRow>>
    enrollIfLatest(const QString &workflowId, int version, ObjectType type, const QString &objectId,
                   const QVector<QPair<QString, QString>> &actions, int latestSeen,
                   bool live = true);
    Result<std::optional<EnrollmentRow>> latestEnrollment(const QString &workflowId,
                                                          const QString &objectId) const;
    Result<EnrollmentRow> enrollment(qint64 id) const;

    // The work to do now, oldest enrollment first, at most `limit`: for each Active enrollment its
    // first unfinished action run (by action index) when that is Pending, Running, or Waiting
    // with nextAttemptAt <= now. A later action is never due before an earlier one finished, and
    // a Paused run holds its enrollment back.
    Result<QVector<ActionRunRow>> dueActionRuns(const QDateTime &now, int limit) const;
    Result<ActionRunRow> actionRun(qint64 id) const;
    Result<QVector<ActionRunRow>> actionRuns(qint64 enrollmentId) const; // in action order

    // Records the plan's steps (state Planned; request ids unique in the whole ledger) and the
    // planning notes; the run becomes Running. Refused when the run has steps already or is
    // finished.
    Status savePlan(qint64 actionRunId, const QVector<StepRow> &steps, const QStringList &notes);
    Result<QVector<StepRow>> steps(qint64 actionRunId) const; // by step number
    // The steps sent together in the /batch call `batchId`, in the order they were sent.
    Result<QVector<StepRow>> stepsInBatch(const QString &batchId) const;
    // Ledger-first: called before the request leaves. Planned (or already Sent: a resend) steps
    // become Sent in `batchId` (empty for a single call); sentAt keeps the first send. All or
    // nothing; a Done or Failed step is refused.
    Status markSent(const QVector<qint64> &stepIds, const QString &batchId);
    // A Sent step got its record. Repeating it with the same result is harmless; a Done step with
    // another result, or a step never marked Sent, is refused.
    Status markStepDone(qint64 stepId, const QString &resultId, const QString &resultNumber);
    // A Sent step was refused by QuickBooks for good: nothing was created by it.
    Status markStepFailed(qint64 stepId);
    // Keeps the attempt, counts it on its run and sets the run's firstAttemptAt the first time.
    Status recordAttempt(const AttemptRow &attempt);
    Result<QVector<AttemptRow>> attempts(qint64 actionRunId) const; // oldest first

    // `status` is Done or Failed. The enrollment becomes Done when all its runs are Done, or
    // NeedsReview when all are finished and one Failed. Finishing a finished run again is
    // refused unless it repeats the same status and document.
    Status finishActionRun(qint64 id, ActionStatus status, const QString &errorClass,
                           const QString &reason, const QString &documentType,
                           const QString &documentId, const QString &documentNumber);
    // An unfinished run waits until `at` (Waiting), keeping the error that made it wait.
    Status scheduleRetry(qint64 id, const QDateTime &at, const QString &errorClass,
                         const QString &reason);
    // Every unfinished run of the connection becomes Paused with the reason (class
    // needsReconnect); resuming makes them Running (when planned) or Pending, due at once.
    Status pauseActionRuns(const QString &connectionId, const QString &reason);
    Status resumeActionRuns(const QString &connectionId);
    // A Failed run tries again, its enrollment Active again; the try count and retry window start
    // over (attempts() keeps the earlier tries). When no step of its plan ever left Bookflow the
    // plan is dropped and the run is Pending, to be planned afresh. Otherwise the whole plan is
    // kept and the run is Running: done steps stay done, sent ones are resent with the same
    // requestid, and steps QuickBooks refused go back to Planned.
    Status retryActionRun(qint64 id);
    // Forgets a run's plan so it is planned again (the run goes back to Pending, its attempts
    // kept). Refused unless every step that may have created a document or a payment is still
    // unsent or was refused: customers and products a dropped plan created stay in QuickBooks
    // and the new plan's look-ups find them.
    Status discardPlan(qint64 actionRunId);
    // Adds a line to what the run's history says (e.g. where the document number was stored).
    Status addActionRunNote(qint64 actionRunId, const QString &note);

    // Newest enrollment first, with their action runs; `workflowId` empty: every workflow.
    Result<QVector<HistoryEntry>> history(const QString &workflowId = QString(),
                                          int limit = 1000) const;
    // Enrollments with a Failed action run, newest first.
    Result<QVector<HistoryEntry>> needsReview() const;
    // The history as CSV (RFC 4180, UTF-8, CRLF), newest first, one row per action run: enrolled
    // at, workflow id, version, object type, object id, enrollment no, action id, status,
    // document type, number, id, attempts, error class, reason. `workflowId` empty: every
    // workflow. Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '.
    Status writeHistoryCsv(const QString &workflowId, QIODevice &out) const;

    // Polling: the last-modified time of the newest change the workflow has seen.
    Result<std::optional<QDateTime>> cursor(const QString &workflowId) const;
    Status setCursor(const QString &workflowId, const QDateTime &lastModified);
    // What the poller remembered about a record at its last look (re-enrollment).
    Result<std::optional<RecordMemory>> recordMemory(const QString &workflowId,
                                                     const QString &objectId) const;
    Status setRecordMemory(const QString &workflowId, const QString &objectId,
                           const RecordMemory &memory);
    // Many records in one transaction (the baseline taken when a workflow is published).
    Status setRecordMemories(const QString &workflowId,
                             const QVector<QPair<QString, RecordMemory>> &memories);

private:
    // For storeledger.cpp, which implements the ledger's half of the Store in a file of its own.
    QSqlDatabase database() const;
    Failure readFailure(const QSqlError &error) const;
    Failure writeFailure(const QSqlError &error) const;
    Result<std::optional<EnrollmentRow>>
    insertEnrollment(const QString &workflowId, int version, ObjectType type,
                     const QString &objectId, const QVector<QPair<QString, QString>> &actions,
                     std::optional<int> latestSeen, bool live);
    Status refreshEnrollmentStatus(qint64 enrollmentId);

    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace bookflow
