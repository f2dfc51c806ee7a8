#pragma once

#include "core/engine/plan.h"
#include "core/engine/runsession.h"
#include "core/engine/writeback.h"
#include "core/net/apierror.h"
#include "core/quickbooks/qboobject.h"
#include "core/store/ledger.h"
#include "core/util/result.h"

#include <QDateTime>

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
//   requestid in PrivateNote — and before a batch creates documents, QuickBooks is asked for
//   the customers' documents bearing those markers. What already exists is taken, not created
//   again. A batch whose answer was lost is resent exactly as recorded (same items, same id)
//   while that is still possible. Customers and products are protected by QuickBooks' unique
//   names (6240: plan again); expenses (no customer to look up by) are sent one by one with
//   their own requestid;
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

    // Works until nothing is due at the session clock's now (at most `maxRuns` action runs).
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
    struct Active; // a planned run being sent, with its remaining re-plans

    // Plans what needs a plan, then sends the planned runs company by company.
    Status work(const QVector<ActionRunRow> &runs, Summary &summary);
    Status sendCompany(const QString &connectionId, QVector<Active> runs, Summary &summary);
    // One step alone, with its own requestid.
    Status sendSingle(Active &active, const StepRow &step, const QJsonObject &body,
                      Summary &summary);
    // New steps together (the documents among them checked for markers first).
    // `resendId`: the batch's recorded requestid when it goes again exactly as it went.
    Status sendBatch(QVector<Active *> members, const QVector<StepRow> &steps,
                     const QVector<QJsonObject> &bodies, const QString &resendId, Summary &summary);
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

    void writeBack(const EnrollmentRow &enrollment, qint64 actionRunId, const QString &documentType,
                   const QString &documentId, const QString &documentNumber);

    RunSession &m_session;
    // The company being sent to (sendCompany), and whether its work was just paused.
    QboClient *m_client = nullptr;
    bool m_paused = false;
    std::unique_ptr<WriteBack> m_writeBack; // made on the first document; caches property lists
};

} // namespace bookflow
