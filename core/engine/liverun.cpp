#include "core/engine/liverun.h"

#include "core/engine/executor.h"
#include "core/store/store.h"
#include "core/util/tr.h"

namespace bookflow {

namespace {

ApiError storeError(const QString &reason)
{
    ApiError error;
    error.cls = ApiError::Class::Permanent;
    error.reason = reason;
    return error;
}

} // namespace

bool LiveRun::Outcome::incomplete() const
{
    for (const ActionRunRow &run : actions) {
        if (run.status != ActionStatus::Done)
            return true;
    }
    return false;
}

LiveRun::LiveRun(RunSession &session) : m_session(session)
{
}

ApiResult<LiveRun::Outcome> LiveRun::run(const QString &workflowId, const QString &objectId)
{
    Store &store = m_session.store();
    const Result<WorkflowSummary> summary = store.summary(workflowId);
    if (!summary)
        return storeError(summary.reason());
    if (summary->publishedVersion < 1)
        return storeError(Tr::tr("Publish the workflow before running it for real."));
    const Result<Workflow> published = store.version(workflowId, summary->publishedVersion);
    if (!published)
        return storeError(published.reason());

    Outcome outcome;
    const Result<std::optional<EnrollmentRow>> latest =
        store.latestEnrollment(workflowId, objectId);
    if (!latest)
        return storeError(latest.reason());
    if (latest->has_value()) {
        outcome.enrollment = **latest;
    } else {
        // live = false: a person asked for this run; the workflow's polling did not enroll it.
        const Result<EnrollmentRow> enrolled =
            store.enroll(workflowId, summary->publishedVersion, published->objectType, objectId,
                         published->actionTargets(), false);
        if (!enrolled)
            return storeError(enrolled.reason());
        outcome.enrollment = *enrolled;
        outcome.enrolledNow = true;
    }

    const Result<QVector<ActionRunRow>> before = store.actionRuns(outcome.enrollment.id);
    if (!before)
        return storeError(before.reason());
    Executor executor(m_session);
    for (const ActionRunRow &run : *before) {
        if (isFinished(run.status))
            continue;
        const Result<Executor::Summary> worked = executor.runOne(run.id);
        if (!worked)
            return storeError(worked.reason());
    }
    const Result<QVector<ActionRunRow>> after = store.actionRuns(outcome.enrollment.id);
    if (!after)
        return storeError(after.reason());
    outcome.actions = *after;
    return outcome;
}

} // namespace bookflow
