#include "core/engine/poller.h"

#include "core/engine/recordloader.h"
#include "core/hubspot/hubspotsearchrequest.h"
#include "core/store/store.h"
#include "core/util/tr.h"
#include "core/workflow/filterevaluator.h"

#include <QLoggingCategory>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcPoller, "bookflow.engine.poller", QtInfoMsg)

ApiError storeError(const QString &reason)
{
    ApiError error;
    error.cls = ApiError::Class::Permanent;
    error.reason = reason;
    return error;
}

// The records of one search, loaded with what the workflow's triggers read.
struct Found
{
    int seen = 0;
    QDateTime newest; // the newest change among them; invalid when none was found
    RecordLoader::Loaded loaded;
};

// Searches HubSpot for the workflow's records — those changed from `since` on, or all of them
// when `since` is invalid — and loads them. The search only narrows; the evaluator decides.
ApiResult<Found> searchAndLoad(HubSpotClient &hubSpot, const Workflow &workflow,
                               const QDateTime &since)
{
    const HubSpotObject object = RecordLoader::recordObject(workflow.objectType);
    const QHash<HubSpotObject, QStringList> properties = RecordLoader::propertiesFor(workflow);
    HubSpotSearchRequest request;
    request.setProperties(properties.value(object));
    request.setLimit(HubSpotSearchRequest::MaxPageSize);
    if (since.isValid())
        request.where(HubSpotFilter::gte(hubSpotModifiedProperty(object),
                                         QString::number(since.toMSecsSinceEpoch())));
    const ApiResult<QVector<HubSpotRecord>> records = hubSpot.searchAll(object, request);
    if (!records)
        return records.error();

    Found found;
    found.seen = records->size();
    QStringList ids;
    for (const HubSpotRecord &record : *records) {
        ids.append(record.id);
        if (record.updatedAt.isValid() &&
            (!found.newest.isValid() || record.updatedAt > found.newest))
            found.newest = record.updatedAt;
    }
    if (ids.isEmpty())
        return found;
    // The search answered with the record's own properties: only what is one hop away is read.
    RecordLoader loader(hubSpot);
    const ApiResult<RecordLoader::Loaded> loaded =
        loader.loadFrom(workflow.objectType, *records, properties);
    if (!loaded)
        return loaded.error();
    found.loaded = *loaded;
    return found;
}

} // namespace

Poller::Poller(RunSession &session) : m_session(session)
{
}

ApiResult<Poller::Summary> Poller::pollOnce()
{
    Summary total;
    const Result<QVector<WorkflowSummary>> workflows = m_session.store().workflows();
    if (!workflows)
        return storeError(workflows.reason());
    for (const WorkflowSummary &summary : *workflows) {
        if (!summary.enabled || summary.publishedVersion < 1)
            continue;
        const ApiResult<Summary> one = pollWorkflow(summary, Mode::Poll);
        if (!one)
            return one.error();
        ++total.workflows;
        total.recordsSeen += one->recordsSeen;
        total.enrolled += one->enrolled;
    }
    return total;
}

ApiResult<Poller::Summary> Poller::start(const QString &workflowId, bool enrollExisting)
{
    const Result<WorkflowSummary> summary = m_session.store().summary(workflowId);
    if (!summary)
        return storeError(summary.reason());
    if (summary->publishedVersion < 1)
        return storeError(Tr::tr("Publish the workflow before turning it on."));
    return pollWorkflow(*summary, enrollExisting ? Mode::Backfill : Mode::Baseline);
}

ApiResult<Poller::Summary> Poller::turnOn(const QString &workflowId, bool enrollExisting)
{
    Store &store = m_session.store();
    const Result<WorkflowSummary> summary = store.summary(workflowId);
    if (!summary)
        return storeError(summary.reason());
    if (summary->publishedVersion < 1)
        return storeError(Tr::tr("Publish the workflow before turning it on."));
    const Result<std::optional<QDateTime>> cursor = store.cursor(workflowId);
    if (!cursor)
        return storeError(cursor.reason());
    Summary started;
    if (!cursor->has_value()) {
        const ApiResult<Summary> first = start(workflowId, enrollExisting);
        if (!first)
            return first.error();
        started = *first;
    }
    if (const Status on = store.setEnabled(workflowId, true); !on)
        return storeError(on.reason());
    return started;
}

ApiResult<QStringList> Poller::meetingTriggers(const Workflow &workflow)
{
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return hubSpot.error();
    const ApiResult<Found> found = searchAndLoad(**hubSpot, workflow, QDateTime());
    if (!found)
        return found.error();
    FilterEvaluator evaluator(m_session.clock(), QTimeZone::utc());
    const CompiledTrigger trigger = evaluator.compile(workflow.enrollment.filterGroups);
    QStringList ids;
    for (const RecordContext &record : found->loaded.records) {
        if (evaluator.matches(trigger, record.view()))
            ids.append(record.record.id);
    }
    return ids;
}

ApiResult<Poller::Summary> Poller::pollWorkflow(const WorkflowSummary &summary, Mode mode)
{
    Store &store = m_session.store();
    Summary result;
    const Result<Workflow> workflow = store.version(summary.id, summary.publishedVersion);
    if (!workflow)
        return storeError(workflow.reason());
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return hubSpot.error();

    const QDateTime startedAt = m_session.clock().now().toUTC();

    QDateTime since; // invalid: every record of the type
    if (mode == Mode::Poll) {
        const Result<std::optional<QDateTime>> cursor = store.cursor(summary.id);
        if (!cursor)
            return storeError(cursor.reason());
        if (cursor->has_value()) {
            since = (**cursor).addSecs(-OverlapSeconds);
        } else {
            // Never started (turning it on could not reach HubSpot): a baseline, never a
            // backfill nobody asked for.
            mode = Mode::Baseline;
        }
    }
    const ApiResult<Found> found = searchAndLoad(**hubSpot, *workflow, since);
    if (!found)
        return found.error();
    result.recordsSeen = found->seen;
    const QDateTime newest = found->newest;

    // Day boundaries in UTC until the portal's time zone is read from HubSpot.
    FilterEvaluator evaluator(m_session.clock(), QTimeZone::utc());
    const CompiledTrigger trigger = evaluator.compile(workflow->enrollment.filterGroups);
    const Reenrollment &reenroll = workflow->enrollment.reenroll;
    const QVector<QPair<QString, QString>> actions = workflow->actionTargets();

    const QString recordScope = RecordLoader::scopeFor(summary.id, summary.publishedVersion,
                                                       RecordLoader::propertiesFor(*workflow));
    QVector<QPair<QString, RecordMemory>> memories;
    QHash<QString, int> latestNo;
    for (const RecordContext &record : found->loaded.records) {
        const bool met = evaluator.matches(trigger, record.view());
        RecordMemory now;
        now.matching = met;
        for (const QString &property : reenroll.properties)
            now.reenrollValues.insert(property, record.record.properties.value(property));

        bool enroll = false;
        if (met && mode != Mode::Baseline) {
            const Result<std::optional<RecordMemory>> before =
                store.recordMemory(summary.id, record.record.id);
            if (!before)
                return storeError(before.reason());
            const Result<std::optional<EnrollmentRow>> latest =
                store.latestEnrollment(summary.id, record.record.id);
            if (!latest)
                return storeError(latest.reason());
            const bool wasMatching = before->has_value() && (**before).matching;
            latestNo.insert(record.record.id, latest->has_value() ? (**latest).enrollmentNo : 0);
            if (!latest->has_value()) {
                // First time: when it starts meeting the triggers (or on a backfill).
                enroll = mode == Mode::Backfill || !wasMatching;
            } else if (reenroll.enabled && (**latest).status != EnrollmentStatus::Active) {
                const bool valuesChanged =
                    before->has_value() && (**before).reenrollValues != now.reenrollValues;
                enroll = !wasMatching || valuesChanged;
            }
        }
        if (enroll) {
            // Only if nobody (the GUI and a CLI may poll the same folder) enrolled it meanwhile.
            const int latestSeen = latestNo.value(record.record.id, 0);
            const auto enrolled =
                store.enrollIfLatest(summary.id, summary.publishedVersion, workflow->objectType,
                                     record.record.id, actions, latestSeen);
            if (!enrolled)
                return storeError(enrolled.reason());
            if (enrolled->has_value()) {
                ++result.enrolled;
                // The executor plans it in this pass from what was just read (issue 10: the
                // records are not read twice), when it reads the same properties.
                m_session.rememberRecord(recordScope, record);
                qCInfo(lcPoller).noquote() << "enrolled" << record.describe() << "in" << summary.id
                                           << "as enrollment" << (**enrolled).enrollmentNo;
            }
        }
        memories.append({record.record.id, now});
    }
    if (const Status saved = store.setRecordMemories(summary.id, memories); !saved)
        return storeError(saved.reason());
    // The next search starts from the newest change seen (or now, for a start with nothing).
    const QDateTime cursor = mode == Mode::Poll && newest.isValid() ? newest : startedAt;
    if (const Status saved = store.setCursor(summary.id, cursor); !saved)
        return storeError(saved.reason());
    return result;
}

} // namespace bookflow
