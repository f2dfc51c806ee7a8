#pragma once

#include "core/engine/runsession.h"
#include "core/net/apierror.h"
#include "core/store/ledger.h"

#include <QString>
#include <QVector>

namespace bookflow {

// "Run for real on this record" (PRODUCT.md §3; `bookflow-cli test ID --record X --live`): the
// workflow's latest published version — never the draft — on one record, worked at once.
//
// The record is enrolled unless it already has an enrollment in this workflow; then that
// enrollment's unfinished actions are worked and its finished ones are left as they are, so a
// second run for real never creates a second document (PRODUCT.md §1 "Never twice"). Every write
// goes through the Executor: ledger first, deterministic requestids. Synchronous: run it on the
// engine's worker thread.
class LiveRun
{
public:
    struct Outcome
    {
        EnrollmentRow enrollment;
        bool enrolledNow = false;      // false: the record's existing enrollment was used
        QVector<ActionRunRow> actions; // in action order, as the ledger has them afterwards

        // Some action did not create its document (failed, waiting for a retry, paused).
        bool incomplete() const;
    };

    explicit LiveRun(RunSession &session);

    ApiResult<Outcome> run(const QString &workflowId, const QString &objectId);

private:
    RunSession &m_session;
};

} // namespace bookflow
