#pragma once

#include "core/engine/plan.h"
#include "core/engine/runsession.h"
#include "core/engine/writeback.h"
#include "core/net/apierror.h"
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

    struct Summary
    {
        int done = 0;
        int failed = 0;
        int retriesScheduled = 0;
        int paused = 0;
    };

    explicit Executor(RunSession &session);
    ~Executor();

    // Works until nothing is due at the session clock's now (at most `maxRuns` action runs).
    Result<Summary> runDue(int maxRuns = 100000);
    // Works one action run now, whatever its schedule (a live test run, a retry).
    Result<Summary> runOne(qint64 actionRunId);

    // The wait before attempt `attempt` + 1 (attempt ≥ 1): 60 s × 2^(attempt−1), capped at 8 h.
    static qint64 retryDelaySeconds(int attempt);

private:
    // `replans`: how many times this call may drop the plan and plan again after QuickBooks
    // refused a new customer's or product's name as taken (6240): another enrollment (or
    // another machine) created it between the look-up and the create.
    Status process(const ActionRunRow &run, Summary &summary, int replans = 1);
    // Reads the records of the runs that still need a plan, a batch per workflow version.
    void preloadRecords(const QVector<ActionRunRow> &runs);
    // `hubSpot`: the error came from HubSpot (reading the record), not the run's company.
    Status fail(const ActionRunRow &run, const ApiError &error, Summary &summary,
                bool hubSpot = false);
    Status planRun(const ActionRunRow &run, const EnrollmentRow &enrollment, Summary &summary,
                   bool &planned);

    void writeBack(const EnrollmentRow &enrollment, qint64 actionRunId, const QString &documentType,
                   const QString &documentId, const QString &documentNumber);

    RunSession &m_session;
    std::unique_ptr<WriteBack> m_writeBack; // made on the first document; caches property lists
};

} // namespace bookflow
