#include "core/engine/executor.h"

#include "core/engine/actionplanner.h"
#include "core/engine/recordloader.h"
#include "core/engine/requestid.h"
#include "core/engine/writeback.h"
#include "core/store/store.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcExecutor, "bookflow.engine.executor", QtInfoMsg)

QString stepKindKey(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::CreateCustomer:
        return QStringLiteral("createCustomer");
    case PlanStep::Kind::CreateItem:
        return QStringLiteral("createItem");
    case PlanStep::Kind::CreateDocument:
        return QStringLiteral("createDocument");
    case PlanStep::Kind::CreatePayment:
        return QStringLiteral("createPayment");
    }
    return {};
}

// Replaces every "${key}" string value by the id `ids` holds for that key. False, with the key
// in `missing`, when a reference names a step that has not created anything.
bool resolve(QJsonValue &value, const QHash<QString, QString> &ids, QString *missing)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(QLatin1String("${")) && text.endsWith(QLatin1Char('}'))) {
            const QString key = text.mid(2, text.size() - 3);
            if (!ids.contains(key)) {
                *missing = key;
                return false;
            }
            value = ids.value(key);
        }
        return true;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue inner = it.value();
            if (!resolve(inner, ids, missing))
                return false;
            it.value() = inner;
        }
        value = object;
        return true;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            QJsonValue inner = array.at(i);
            if (!resolve(inner, ids, missing))
                return false;
            array[i] = inner;
        }
        value = array;
    }
    return true;
}

// What a record was read for: the properties depend on the workflow version.
QString recordScope(const EnrollmentRow &enrollment)
{
    return enrollment.workflowId + QLatin1Char('/') + QString::number(enrollment.version);
}

ApiError internalError(const QString &reason)
{
    ApiError error;
    error.cls = ApiError::Class::Permanent;
    error.reason = reason;
    return error;
}

} // namespace

Executor::Executor(RunSession &session) : m_session(session)
{
}

Executor::~Executor() = default;

qint64 Executor::retryDelaySeconds(int attempt)
{
    qint64 delay = FirstRetrySeconds;
    for (int i = 1; i < attempt && delay < MaxRetrySeconds; ++i)
        delay *= 2;
    return qMin(delay, MaxRetrySeconds);
}

Result<Executor::Summary> Executor::runDue(int maxRuns)
{
    Summary summary;
    Store &store = m_session.store();
    int processed = 0;
    while (processed < maxRuns) {
        const Result<QVector<ActionRunRow>> due =
            store.dueActionRuns(m_session.clock().now(), qMin(200, maxRuns - processed));
        if (!due)
            return due.failure();
        if (due->isEmpty())
            break;
        preloadRecords(*due);
        for (const ActionRunRow &run : *due) {
            if (const Status done = process(run, summary); !done)
                return Failure{done.reason()};
            ++processed;
        }
    }
    return summary;
}

Result<Executor::Summary> Executor::runOne(qint64 actionRunId)
{
    Summary summary;
    const Result<ActionRunRow> run = m_session.store().actionRun(actionRunId);
    if (!run)
        return run.failure();
    if (const Status done = process(*run, summary); !done)
        return Failure{done.reason()};
    return summary;
}

Status Executor::fail(const ActionRunRow &run, const ApiError &error, Summary &summary,
                      bool hubSpot)
{
    Store &store = m_session.store();
    const QDateTime now = m_session.clock().now();
    const QString cls = ApiError::className(error.cls);
    qCInfo(lcExecutor).noquote() << "action run" << run.id << cls << error.reason << error.detail;
    switch (error.cls) {
    case ApiError::Class::Permanent:
        ++summary.failed;
        return store.finishActionRun(run.id, ActionStatus::Failed, cls, error.reason, QString(),
                                     QString(), QString());
    case ApiError::Class::NeedsReconnect: {
        if (hubSpot) {
            // Planning needs HubSpot: the run waits for the reconnect (checked hourly, and
            // failed after 3 days like any other wait); the company's other work goes on.
            if (const ApiResult<Connection> portal = m_session.hubSpotConnection(); portal)
                store.setConnectionState(portal->id, ConnectionState::NeedsReconnect, error.reason);
            ++summary.retriesScheduled;
            return store.scheduleRetry(run.id, now.addSecs(3600), cls, error.reason);
        }
        ++summary.paused;
        if (!run.connectionId.isEmpty())
            store.setConnectionState(run.connectionId, ConnectionState::NeedsReconnect,
                                     error.reason);
        return store.pauseActionRuns(run.connectionId, error.reason);
    }
    case ApiError::Class::Transient:
    case ApiError::Class::RateLimited: {
        const QDateTime first = run.firstAttemptAt.isValid() ? run.firstAttemptAt : now;
        if (first.secsTo(now) >= GiveUpAfterSeconds) {
            ++summary.failed;
            return store.finishActionRun(
                run.id, ActionStatus::Failed, cls,
                Tr::tr("Bookflow kept trying for 3 days and gave up: %1").arg(error.reason),
                QString(), QString(), QString());
        }
        qint64 delay = retryDelaySeconds(qMax(1, run.attempts));
        if (error.cls == ApiError::Class::RateLimited)
            delay = qMax<qint64>(delay, error.retryAfterSeconds.value_or(60));
        ++summary.retriesScheduled;
        return store.scheduleRetry(run.id, now.addSecs(delay), cls, error.reason);
    }
    }
    return Status::success();
}

void Executor::preloadRecords(const QVector<ActionRunRow> &runs)
{
    // Best effort: whatever fails here is simply read again one by one while planning, where
    // its error is handled by class.
    Store &store = m_session.store();
    struct Batch
    {
        QString workflowId;
        int version = 0;
        ObjectType type = ObjectType::Deal;
        QStringList ids;
    };
    QHash<QString, Batch> batches;
    for (const ActionRunRow &run : runs) {
        const Result<QVector<StepRow>> steps = store.steps(run.id);
        if (!steps || !steps->isEmpty())
            continue; // planned already: no record needed
        const Result<EnrollmentRow> enrollment = store.enrollment(run.enrollmentId);
        if (!enrollment ||
            m_session.rememberedRecord(recordScope(*enrollment), enrollment->objectId))
            continue;
        Batch &batch = batches[recordScope(*enrollment)];
        batch.workflowId = enrollment->workflowId;
        batch.version = enrollment->version;
        batch.type = enrollment->objectType;
        if (!batch.ids.contains(enrollment->objectId))
            batch.ids.append(enrollment->objectId);
    }
    if (batches.isEmpty())
        return;
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return;
    RecordLoader loader(**hubSpot);
    for (const Batch &batch : std::as_const(batches)) {
        const Result<Workflow> workflow = store.version(batch.workflowId, batch.version);
        if (!workflow)
            continue;
        QStringList contactProperties;
        for (const Action &action : workflow->actions) {
            const ApiResult<Connection> company = m_session.quickBooksConnection(action.connection);
            if (!company)
                continue;
            contactProperties += company->dataSyncProperties();
        }
        const ApiResult<RecordLoader::Loaded> loaded = loader.load(
            batch.type, batch.ids, RecordLoader::propertiesFor(*workflow, contactProperties));
        if (!loaded)
            continue;
        for (const RecordContext &record : loaded->records)
            m_session.rememberRecord(
                batch.workflowId + QLatin1Char('/') + QString::number(batch.version), record);
    }
}

void Executor::writeBack(const EnrollmentRow &enrollment, qint64 actionRunId,
                         const QString &documentType, const QString &documentId,
                         const QString &documentNumber)
{
    // The document exists whatever happens here: a write-back that fails is a note in the
    // history, never a failed action (and never a reason to create the document again).
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return;
    if (!m_writeBack) // one per session's client: it caches the property list
        m_writeBack = std::make_unique<WriteBack>(**hubSpot);
    const ApiResult<WriteBack::Outcome> outcome =
        m_writeBack->write(RecordLoader::recordObject(enrollment.objectType), enrollment.objectId,
                           documentType, documentId, documentNumber);
    const QString note =
        outcome ? outcome->note
                : Tr::tr("The QuickBooks document number could not be stored on the HubSpot "
                         "record: %1")
                      .arg(outcome.reason());
    if (!note.isEmpty())
        m_session.store().addActionRunNote(actionRunId, note);
}

Status Executor::planRun(const ActionRunRow &run, const EnrollmentRow &enrollment, Summary &summary,
                         bool &planned)
{
    planned = false;
    Store &store = m_session.store();
    const Result<Workflow> workflow = store.version(enrollment.workflowId, enrollment.version);
    if (!workflow)
        return fail(run, internalError(workflow.reason()), summary);
    const Action *action = workflow->action(run.actionId);
    if (!action)
        return fail(
            run,
            internalError(
                Tr::tr("Version %1 of the workflow no longer has this action (%2), so Bookflow "
                       "cannot tell what to create. Publish the workflow "
                       "again and retry.")
                    .arg(enrollment.version)
                    .arg(run.actionId)),
            summary);

    const ApiResult<Connection> company = m_session.quickBooksConnection(action->connection);
    if (!company)
        return fail(run, company.error(), summary);
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return fail(run, hubSpot.error(), summary, true);
    const ApiResult<QboClientDirectory *> directory = m_session.directory(action->connection);
    if (!directory)
        return fail(run, directory.error(), summary);

    const QStringList contactProperties = company->dataSyncProperties();
    RecordLoader loader(**hubSpot);
    const std::optional<RecordContext> preloaded =
        m_session.rememberedRecord(recordScope(enrollment), enrollment.objectId);
    const ApiResult<RecordContext> record =
        preloaded ? ApiResult<RecordContext>(*preloaded)
                  : loader.loadOne(enrollment.objectType, enrollment.objectId,
                                   RecordLoader::propertiesFor(*workflow, contactProperties));
    if (!record)
        return fail(run, record.error(), summary, true);

    const Plan plan = ActionPlanner::plan(*action, *company, *record, **directory);
    if (!plan.ok())
        return fail(run, *plan.failure, summary);

    QVector<StepRow> steps;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        StepRow row;
        row.actionRunId = run.id;
        row.stepNo = i;
        row.key = step.key;
        row.kind = stepKindKey(step.kind);
        row.entity = qboEntityName(step.entity);
        row.body = step.body;
        row.requestId =
            requestIdFor({enrollment.workflowId, enrollment.version, enrollment.objectType,
                          enrollment.objectId, enrollment.enrollmentNo, run.actionId, step.key});
        steps.append(row);
    }
    if (const Status saved = store.savePlan(run.id, steps, plan.notes); !saved)
        return saved;
    planned = true;
    return Status::success();
}

Status Executor::process(const ActionRunRow &given, Summary &summary, int replans)
{
    Store &store = m_session.store();
    const Result<EnrollmentRow> enrollment = store.enrollment(given.enrollmentId);
    if (!enrollment)
        return enrollment.failure();
    ActionRunRow run = given;

    Result<QVector<StepRow>> steps = store.steps(run.id);
    if (!steps)
        return steps.failure();
    if (steps->isEmpty()) {
        bool planned = false;
        if (const Status status = planRun(run, *enrollment, summary, planned); !status || !planned)
            return status;
        steps = store.steps(run.id);
        if (!steps)
            return steps.failure();
        const Result<ActionRunRow> reread = store.actionRun(run.id);
        if (!reread)
            return reread.failure();
        run = *reread;
    }

    const ApiResult<QboClient *> client = m_session.quickBooks(run.connectionId);
    if (!client)
        return fail(run, client.error(), summary);
    const ApiResult<QboClientDirectory *> directory = m_session.directory(run.connectionId);

    QHash<QString, QString> ids;
    const StepRow *document = nullptr;
    QString documentNumber;
    for (const StepRow &step : *steps) {
        if (step.kind == QLatin1String("createDocument"))
            document = &step;
        if (step.state == StepState::Done) {
            ids.insert(step.key, step.resultId);
            if (document == &step)
                documentNumber = step.resultNumber;
            continue;
        }
        QJsonValue body = step.body;
        QString missing;
        if (!resolve(body, ids, &missing))
            return fail(
                run,
                internalError(
                    Tr::tr("Bookflow's saved plan for this action is damaged (step %1 needs “%2”, "
                           "which was never created); nothing more was sent. "
                           "Retry the action to plan it again.")
                        .arg(step.stepNo)
                        .arg(missing)),
                summary);
        const std::optional<QboEntity> entity = qboEntityFromName(step.entity);
        if (!entity)
            return fail(
                run,
                internalError(Tr::tr("Bookflow's saved plan for this action names a QuickBooks "
                                     "record type it doesn't know (“%1”); nothing was "
                                     "sent. Retry the action to plan it again.")
                                  .arg(step.entity)),
                summary);
        // Ledger first: the step is "sent" before the request leaves.
        if (const Status sent = store.markSent({step.id}, QString()); !sent)
            return sent;
        const ApiResult<QboObject> created =
            (*client)->create(*entity, body.toObject(), step.requestId);
        AttemptRow attempt;
        attempt.actionRunId = run.id;
        attempt.stepNo = step.stepNo;
        attempt.at = m_session.clock().now();
        attempt.requestId = step.requestId;
        if (!created) {
            const ApiError &error = created.error();
            attempt.outcome = ApiError::className(error.cls);
            attempt.httpStatus = error.httpStatus;
            attempt.code = error.code;
            attempt.reason = error.reason;
            if (const Status recorded = store.recordAttempt(attempt); !recorded)
                return recorded;
            // Refused (not lost): the step is not waiting for an answer any more.
            if (error.cls == ApiError::Class::Permanent)
                if (const Status marked = store.markStepFailed(step.id); !marked)
                    return marked;
            // The name was free when planned and is taken now: plan again, so the look-ups find
            // the customer or product that appeared meanwhile.
            const bool nameTaken = error.code == QLatin1String("6240") &&
                                   (step.kind == QLatin1String("createCustomer") ||
                                    step.kind == QLatin1String("createItem"));
            if (nameTaken && replans > 0 && store.discardPlan(run.id)) {
                m_session.forgetLookups(run.connectionId);
                const Result<ActionRunRow> fresh = store.actionRun(run.id);
                if (!fresh)
                    return fresh.failure();
                return process(*fresh, summary, replans - 1);
            }
            const Result<ActionRunRow> counted = store.actionRun(run.id);
            return fail(counted ? *counted : run, error, summary);
        }
        attempt.outcome = QStringLiteral("done");
        if (const Status recorded = store.recordAttempt(attempt); !recorded)
            return recorded;
        if (const Status done = store.markStepDone(step.id, created->id(), created->docNumber());
            !done)
            return done;
        ids.insert(step.key, created->id());
        if (document == &step)
            documentNumber = created->docNumber();
        if (directory && (step.kind == QLatin1String("createCustomer") ||
                          step.kind == QLatin1String("createItem")))
            (*directory)->remember(*created);
    }
    if (!document)
        return fail(run,
                    internalError(
                        Tr::tr("Bookflow's plan for this action creates no QuickBooks document, so "
                               "nothing was sent. Retry the action to plan it again.")),
                    summary);
    ++summary.done;
    if (const Status finished =
            store.finishActionRun(run.id, ActionStatus::Done, QString(), QString(),
                                  document->entity, ids.value(document->key), documentNumber);
        !finished)
        return finished;
    writeBack(*enrollment, run.id, document->entity, ids.value(document->key), documentNumber);
    return Status::success();
}

} // namespace bookflow
