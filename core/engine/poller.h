#pragma once

#include "core/engine/runsession.h"
#include "core/net/apierror.h"
#include "core/util/result.h"

#include <QString>

namespace bookflow {

struct WorkflowSummary;
struct Workflow;

// Enrollment (PRODUCT.md §1 "A record enrolls only the first time…", §2 "polls HubSpot"):
// for each turned-on workflow, HubSpot is searched for records of its type modified since the
// workflow's cursor (minus an overlap, so a record changed while the last search ran is not
// missed), the records are loaded with what the triggers read, and the evaluator decides — the
// search only narrows. A record enrolls the first time it meets the triggers; with
// re-enrollment on it enrolls again when it goes from not meeting them to meeting them, or when a
// re-enrollment property changes while it meets them — never while its last enrollment is still
// running. What each record looked like last time (meeting or not, the re-enrollment values)
// is remembered in the store.
class Poller
{
public:
    static constexpr qint64 OverlapSeconds = 300;

    struct Summary
    {
        int workflows = 0;
        int recordsSeen = 0;
        int enrolled = 0;
    };

    explicit Poller(RunSession &session);

    ApiResult<Summary> pollOnce();
    // Right after publishing and turning on: with `enrollExisting` every record that meets the
    // triggers now enrolls (backfill); without, they are remembered as already meeting them
    // (the baseline), so only records that meet them later enroll. The cursor starts now.
    ApiResult<Summary> start(const QString &workflowId, bool enrollExisting);
    // Turning a published workflow on (`bookflow-cli on`, the GUI's "Publish and turn on"): the
    // first time, start() decides what the records already meeting the triggers do; then the
    // workflow is on. A workflow started before (it has a cursor) just turns on again: its
    // records were decided then. Nothing is turned on when the start fails.
    ApiResult<Summary> turnOn(const QString &workflowId, bool enrollExisting);
    // The ids of the records that meet `workflow`'s triggers now — what a start with
    // enrollExisting would enroll for a workflow never started. Any workflow, published or not:
    // the review counts the draft's before it is published.
    ApiResult<QStringList> meetingTriggers(const Workflow &workflow);

private:
    enum class Mode { Poll, Backfill, Baseline };
    ApiResult<Summary> pollWorkflow(const WorkflowSummary &summary, Mode mode);

    RunSession &m_session;
};

} // namespace bookflow
