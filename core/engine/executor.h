#pragma once

#include "core/engine/plan.h"
#include "core/engine/runsession.h"
#include "core/engine/writeback.h"
#include "core/net/apierror.h"
#include "core/quickbooks/qboobject.h"
#include "core/store/ledger.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QSet>

#include <memory>

namespace bookflow {

// Sends the due work of the ledger (PRODUCT.md §4, ARCHITECTURE.md "Data flow"):
// - an action run without steps is planned (the record read from HubSpot, the look-ups in
//   QuickBooks) and its steps saved with their deterministic requestids before anything is sent;
// - each step is marked sent in the ledger before its request leaves, and done with the created
//   Id after; a step found "sent" after a crash is sent again, byte for byte and with the same
//   requestid, so QuickBooks answers with the first result instead of a duplicate;
// - the due runs of one QuickBooks company go out together: in waves, each run's next step,
//   up to 30 to a /batch call. A /batch call has one requestid for all its items, so a batch
//   formed differently (by another computer, or after some of its runs moved on) is not
//   recognised by QuickBooks: every document and payment therefore carries a marker — its own
//   requestid in PrivateNote — and before a wave creates documents, QuickBooks is asked once
//   for the customers' documents bearing those markers. What already exists is taken, not
//   created again. A batch whose answer was lost is resent exactly as recorded (same items,
//   same id) while that is still possible. Customers and products are protected by
//   QuickBooks' unique names (6240: plan again); expenses (no customer to look up by) are sent
//   one by one with their own requestid;
// - requests are spent sparingly (issue 10: 1,000 invoices in under 50 QuickBooks requests):
//   the records come from the poll that enrolled them when it read what planning reads; the
//   customers are looked up together (IN lists) before planning; a wave that creates
//   customers or products sends only those, so that the documents then leave together in full
//   batches after one marker look-up; a run whose customer or product was created earlier in
//   the pass plans again at once (from the cache) instead of meeting QuickBooks' 6240; and the
//   documents are written back to HubSpot in batch updates at the end of the pass;
// - errors decide by class: transient and throttled → retried about 1 min later, doubling, at
//   most 8 h apart, for up to 3 days (then the action fails with the last reason);
//   needs-reconnect → that connection's work pauses and the connection is marked; permanent →
//   the action fails with the reason (Needs review) and the enrollment goes on with its next
//   action.
class Executor
{
public:
    static constexpr qint64 FirstRetrySeconds = 60;
    static constexpr qint64 MaxRetrySeconds = 8 * 3600;
    static constexpr qint64 GiveUpAfterSeconds = 3 * 24 * 3600;

    static constexpr int MaxBatchItems = 30; // QBO's recommended /batch size (qbo-api.md §8)

    struct Summary
    {
        int done = 0;
        int failed = 0;
        int retriesScheduled = 0;
        int paused = 0;
        int batchesSent = 0;   // /batch calls that created records
        int singlesSent = 0;   // single create calls
        int foundExisting = 0; // documents found by their marker instead of created again
    };

    explicit Executor(RunSession &session);
    ~Executor();

    // Works until nothing that was due when it started is left (at most `maxRuns` action runs);
    // retries it schedules wait for the next pass.
    Result<Summary> runDue(int maxRuns = 100000);
    // Works one action run now, whatever its schedule (a live test run, a retry).
    Result<Summary> runOne(qint64 actionRunId);

    // The wait before attempt `attempt` + 1 (attempt ≥ 1): 60 s × 2^(attempt−1), capped at 8 h.
    static qint64 retryDelaySeconds(int attempt);

    // What is sent for a planned step under `requestId`: its body, and for a document or a
    // payment the marker at the end of its PrivateNote — the requestid itself — that lets a
    // differently formed /batch (or another computer) find it instead of creating it again.
    static QJsonObject bodyToSend(const PlanStep &step, const QString &requestId);

private:
    struct Active;  // a planned run being sent, with its remaining re-plans
    struct Pending; // a run's next step in a wave: the run, the step, its resolved body

    // Plans what needs a plan, then sends the planned runs company by company.
    Status work(const QVector<ActionRunRow> &runs, Summary &summary);
    Status sendCompany(const QString &connectionId, QVector<Active> runs, Summary &summary);
    // One step alone, with its own requestid.
    Status sendSingle(Active &active, const StepRow &step, const QJsonObject &body,
                      Summary &summary);
    // New steps together, or (`resendId`: the batch's recorded requestid) a batch again
    // exactly as it went. New documents must have been through takeExisting() in this wave.
    Status sendBatch(QVector<Active *> members, const QVector<StepRow> &steps,
                     const QVector<QJsonObject> &bodies, const QString &resendId, Summary &summary);
    // The marker look-up of a wave: asks QuickBooks once (per entity, a few dozen customers an
    // IN list) for the documents of the customers of `fresh`'s documents and payments, takes
    // those bearing a step's marker as its result and removes them from `fresh`, with the runs
    // whose look-up failed (they wait like after any failed call).
    Status takeExisting(QVector<Pending> &fresh, Summary &summary);
    // Applies the answer for one step: done, or the error by class (6240 → plan again). A run
    // that leaves the pass (failed, waiting, paused) is marked `left`.
    Status stepAnswered(Active &active, const StepRow &step, const std::optional<ApiError> &error,
                        const QString &resultId, const QString &resultNumber,
                        const QboObject *created, Summary &summary);
    // All steps done: the run is done, the document written back to HubSpot.
    Status finishRun(const ActionRunRow &run, const QVector<StepRow> &steps, Summary &summary);
    Status replan(Active &active, Summary &summary, bool &planned);
    // For the runs that still need a plan: reads their records, a batch per workflow version,
    // then asks each company about their customers together (QboClientDirectory::prefetch).
    void prepare(const QVector<ActionRunRow> &runs);
    // `hubSpot`: the error came from HubSpot (reading the record), not the run's company.
    Status fail(const ActionRunRow &run, const ApiError &error, Summary &summary,
                bool hubSpot = false);
    Status planRun(const ActionRunRow &run, const EnrollmentRow &enrollment, Summary &summary,
                   bool &planned);
    Status ensurePlanned(const ActionRunRow &run, Summary &summary, bool &planned);

    // Queues the document for writing back to HubSpot; flushWriteBacks() sends the queue in
    // batch updates (work() does at its end).
    void writeBack(const EnrollmentRow &enrollment, qint64 actionRunId, const QString &documentType,
                   const QString &documentId, const QString &documentNumber);
    void flushWriteBacks();
    Status workCompanies(const QVector<ActionRunRow> &runs, Summary &summary);

    RunSession &m_session;
    // The company being sent to (sendCompany), and whether its work was just paused.
    QboClient *m_client = nullptr;
    bool m_paused = false;
    // Names (lower case) of the customers and products created in this company's pass: a run
    // about to create one of them plans again instead, finding it.
    QSet<QString> m_createdNames;
    std::unique_ptr<WriteBack> m_writeBack; // made on the first document; caches property lists
    struct QueuedWriteBack
    {
        qint64 actionRunId = 0;
        WriteBack::Item document;
    };
    QVector<QueuedWriteBack> m_writeBacks;
};

} // namespace bookflow
