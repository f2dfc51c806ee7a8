#include "core/engine/executor.h"

#include "core/engine/actionplanner.h"
#include "core/engine/recordloader.h"
#include "core/engine/requestid.h"
#include "core/engine/writeback.h"
#include "core/quickbooks/qboquery.h"
#include "core/store/store.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <QLoggingCategory>
#include <algorithm>
#include <numeric>

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

// What planning reads of HubSpot for a workflow version: its properties, with the data-sync
// contact properties of every company its actions use.
QHash<HubSpotObject, QStringList> recordProperties(RunSession &session, const Workflow &workflow)
{
    QStringList contactProperties;
    for (const Action &action : workflow.actions) {
        const ApiResult<Connection> company = session.quickBooksConnection(action.connection);
        if (company)
            contactProperties += company->dataSyncProperties();
    }
    return RecordLoader::propertiesFor(workflow, contactProperties);
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

struct Executor::Active
{
    ActionRunRow run;
    int replans = 1;   // re-plans left after a 6240 (a name taken meanwhile)
    bool left = false; // finished, waiting or paused: out of this pass
};

QJsonObject Executor::bodyToSend(const PlanStep &step, const QString &requestId)
{
    QJsonObject body = step.body;
    if (step.kind != PlanStep::Kind::CreateDocument && step.kind != PlanStep::Kind::CreatePayment)
        return body;
    const QString note = body.value(QLatin1String("PrivateNote")).toString();
    //: The marker at the end of a QuickBooks document's private note; %1 is a long id.
    const QString marker = Tr::tr("Bookflow ref %1").arg(requestId);
    body.insert(QStringLiteral("PrivateNote"),
                note.isEmpty() ? marker : note + QStringLiteral(" · ") + marker);
    return body;
}

Result<Executor::Summary> Executor::runDue(int maxRuns)
{
    Summary summary;
    Store &store = m_session.store();
    int processed = 0;
    // What is due when the pass starts. A retry scheduled during the pass waits for the next
    // one, even when the pass outlasts its back-off (QuickBooks' 60 s throttle pauses): asking
    // the clock each round kept a faulted `run --once` re-trying the same runs for many minutes.
    const QDateTime passStart = m_session.clock().now();
    while (processed < maxRuns) {
        // A round plans and sends this many together: the more runs a round holds, the fuller
        // its /batch calls and the fewer its marker look-ups (one per wave of a round), while a
        // round's records and plans stay a few megabytes.
        constexpr int RunsPerRound = 1000;
        const Result<QVector<ActionRunRow>> due =
            store.dueActionRuns(passStart, qMin(RunsPerRound, maxRuns - processed));
        if (!due)
            return due.failure();
        if (due->isEmpty())
            break;
        prepare(*due);
        if (const Status done = work(*due, summary); !done)
            return Failure{done.reason()};
        processed += due->size();
    }
    return summary;
}

Result<Executor::Summary> Executor::runOne(qint64 actionRunId)
{
    Summary summary;
    const Result<ActionRunRow> run = m_session.store().actionRun(actionRunId);
    if (!run)
        return run.failure();
    if (const Status done = work({*run}, summary); !done)
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

void Executor::prepare(const QVector<ActionRunRow> &runs)
{
    // Best effort: whatever fails here is simply read again one by one while planning, where
    // its error is handled by class.
    Store &store = m_session.store();
    struct Batch
    {
        ObjectType type = ObjectType::Deal;
        QHash<HubSpotObject, QStringList> properties;
        QStringList ids;
    };
    struct Unplanned
    {
        QString connectionId;
        QString scope;
        QString objectId;
    };
    QHash<QString, Batch> batches;                                             // by scope
    QHash<QString, std::optional<QHash<HubSpotObject, QStringList>>> versions; // "id/version"
    QVector<Unplanned> unplanned;
    for (const ActionRunRow &run : runs) {
        const Result<QVector<StepRow>> steps = store.steps(run.id);
        if (!steps || !steps->isEmpty())
            continue; // planned already: no record needed
        const Result<EnrollmentRow> enrollment = store.enrollment(run.enrollmentId);
        if (!enrollment)
            continue;
        const QString version =
            enrollment->workflowId + QLatin1Char('/') + QString::number(enrollment->version);
        if (!versions.contains(version)) {
            const Result<Workflow> workflow =
                store.version(enrollment->workflowId, enrollment->version);
            versions.insert(version, workflow
                                         ? std::optional(recordProperties(m_session, *workflow))
                                         : std::nullopt);
        }
        const std::optional<QHash<HubSpotObject, QStringList>> properties = versions.value(version);
        if (!properties)
            continue;
        const QString scope =
            RecordLoader::scopeFor(enrollment->workflowId, enrollment->version, *properties);
        unplanned.append({run.connectionId, scope, enrollment->objectId});
        // Read by the poll that enrolled it, with the same properties: not read again.
        if (m_session.rememberedRecord(scope, enrollment->objectId))
            continue;
        Batch &batch = batches[scope];
        batch.type = enrollment->objectType;
        batch.properties = *properties;
        if (!batch.ids.contains(enrollment->objectId))
            batch.ids.append(enrollment->objectId);
    }
    if (!batches.isEmpty()) {
        if (const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot(); hubSpot) {
            RecordLoader loader(**hubSpot);
            for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
                const ApiResult<RecordLoader::Loaded> loaded =
                    loader.load(it->type, it->ids, it->properties);
                if (!loaded)
                    continue;
                for (const RecordContext &record : loaded->records)
                    m_session.rememberRecord(it.key(), record);
            }
        }
    }

    // The customers of the runs about to be planned, asked for together per company: first by
    // email, then by name only the contacts no customer has the email of — the only ones
    // planning looks up by name (to give a new customer a name nobody has).
    QStringList companies;
    QHash<QString, QVector<ContactInfo>> contacts;
    for (const Unplanned &run : std::as_const(unplanned)) {
        const std::optional<RecordContext> record =
            m_session.rememberedRecord(run.scope, run.objectId);
        if (!record || !record->contact)
            continue;
        if (!contacts.contains(run.connectionId))
            companies.append(run.connectionId);
        contacts[run.connectionId].append(*record->contact);
    }
    for (const QString &company : std::as_const(companies)) {
        const ApiResult<QboClientDirectory *> directory = m_session.directory(company);
        if (!directory)
            continue;
        QStringList emails;
        for (const ContactInfo &contact : contacts.value(company))
            emails.append(contact.email);
        (*directory)->prefetch(emails, {});
        QStringList names;
        for (const ContactInfo &contact : contacts.value(company)) {
            const std::optional<QVector<QboObject>> byEmail =
                (*directory)->cachedCustomersByEmail(contact.email);
            if (contact.email.trimmed().isEmpty() || !byEmail || byEmail->isEmpty())
                names.append(ActionPlanner::customerName(contact));
        }
        (*directory)->prefetch({}, names);
    }
}

void Executor::writeBack(const EnrollmentRow &enrollment, qint64 actionRunId,
                         const QString &documentType, const QString &documentId,
                         const QString &documentNumber)
{
    QueuedWriteBack queued;
    queued.actionRunId = actionRunId;
    queued.document = {RecordLoader::recordObject(enrollment.objectType), enrollment.objectId,
                       documentType, documentId, documentNumber};
    m_writeBacks.append(queued);
}

void Executor::flushWriteBacks()
{
    if (m_writeBacks.isEmpty())
        return;
    const QVector<QueuedWriteBack> queued = std::exchange(m_writeBacks, {});
    // The documents exist whatever happens here: a write-back that fails is a note in the
    // history, never a failed action (and never a reason to create the document again).
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return;
    if (!m_writeBack) // one per session's client: it caches the property lists
        m_writeBack = std::make_unique<WriteBack>(**hubSpot);
    QVector<WriteBack::Item> documents;
    documents.reserve(queued.size());
    for (const QueuedWriteBack &item : queued)
        documents.append(item.document);
    // HubSpot's batch update, 100 records a call, instead of one PATCH per document.
    const QVector<ApiResult<WriteBack::Outcome>> outcomes = m_writeBack->writeMany(documents);
    for (qsizetype i = 0; i < queued.size(); ++i) {
        const ApiResult<WriteBack::Outcome> &outcome = outcomes.at(i);
        const QString note =
            outcome ? outcome->note
                    : Tr::tr("The QuickBooks document number could not be stored on the HubSpot "
                             "record: %1")
                          .arg(outcome.reason());
        if (!note.isEmpty())
            m_session.store().addActionRunNote(queued.at(i).actionRunId, note);
    }
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

    const QHash<HubSpotObject, QStringList> properties = recordProperties(m_session, *workflow);
    RecordLoader loader(**hubSpot);
    const std::optional<RecordContext> preloaded = m_session.rememberedRecord(
        RecordLoader::scopeFor(enrollment.workflowId, enrollment.version, properties),
        enrollment.objectId);
    const ApiResult<RecordContext> record =
        preloaded ? ApiResult<RecordContext>(*preloaded)
                  : loader.loadOne(enrollment.objectType, enrollment.objectId, properties);
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
        // Generation 0 keeps the plain key: another computer, which never saw the refusal,
        // plans the same ids.
        const QString idKey = run.generation == 0
                                  ? step.key
                                  : QStringLiteral("%1#%2").arg(step.key).arg(run.generation);
        row.requestId =
            requestIdFor({enrollment.workflowId, enrollment.version, enrollment.objectType,
                          enrollment.objectId, enrollment.enrollmentNo, run.actionId, idKey});
        row.body = bodyToSend(step, row.requestId);
        steps.append(row);
    }
    if (const Status saved = store.savePlan(run.id, steps, plan.notes); !saved)
        return saved;
    planned = true;
    return Status::success();
}

Status Executor::ensurePlanned(const ActionRunRow &run, Summary &summary, bool &planned)
{
    planned = false;
    Store &store = m_session.store();
    const Result<QVector<StepRow>> steps = store.steps(run.id);
    if (!steps)
        return steps.failure();
    if (!steps->isEmpty()) {
        planned = true;
        return Status::success();
    }
    const Result<EnrollmentRow> enrollment = store.enrollment(run.enrollmentId);
    if (!enrollment)
        return enrollment.failure();
    return planRun(run, *enrollment, summary, planned);
}

Status Executor::replan(Active &active, Summary &summary, bool &planned)
{
    planned = false;
    Store &store = m_session.store();
    if (const Status discarded = store.discardPlan(active.run.id); !discarded)
        return Status::success(); // keeps its plan; a 6240 on the create will plan again
    const Result<ActionRunRow> fresh = store.actionRun(active.run.id);
    if (!fresh)
        return fresh.failure();
    active.run = *fresh;
    if (const Status status = ensurePlanned(active.run, summary, planned); !status)
        return status;
    if (!planned) {
        active.left = true; // planning failed it or made it wait, with its reason
        return Status::success();
    }
    const Result<ActionRunRow> reread = store.actionRun(active.run.id);
    if (!reread)
        return reread.failure();
    active.run = *reread;
    return Status::success();
}

Status Executor::work(const QVector<ActionRunRow> &runs, Summary &summary)
{
    const Status status = workCompanies(runs, summary);
    // The documents of this round go to their HubSpot records together.
    flushWriteBacks();
    return status;
}

Status Executor::workCompanies(const QVector<ActionRunRow> &runs, Summary &summary)
{
    Store &store = m_session.store();
    QHash<QString, QVector<Active>> byCompany;
    QStringList companies;
    for (const ActionRunRow &given : runs) {
        bool planned = false;
        if (const Status status = ensurePlanned(given, summary, planned); !status)
            return status;
        if (!planned)
            continue;
        const Result<ActionRunRow> run = store.actionRun(given.id);
        if (!run)
            return run.failure();
        if (!byCompany.contains(run->connectionId))
            companies.append(run->connectionId);
        byCompany[run->connectionId].append(Active{*run});
    }
    for (const QString &company : std::as_const(companies))
        if (const Status sent = sendCompany(company, byCompany.value(company), summary); !sent)
            return sent;
    return Status::success();
}

namespace {

// Steps QuickBooks keeps from happening twice by a unique name: the name, lower-cased.
QString uniqueName(const StepRow &step, const QJsonObject &body)
{
    if (step.kind == QLatin1String("createCustomer"))
        return body.value(QLatin1String("DisplayName")).toString().toLower();
    if (step.kind == QLatin1String("createItem"))
        return body.value(QLatin1String("Name")).toString().toLower();
    return {};
}

QString customerOf(const QJsonObject &body)
{
    return body.value(QLatin1String("CustomerRef"))
        .toObject()
        .value(QLatin1String("value"))
        .toString();
}

// Customers and products: what QuickBooks keeps from happening twice by a unique name.
bool createsByName(const StepRow &step)
{
    return step.kind == QLatin1String("createCustomer") || step.kind == QLatin1String("createItem");
}

// Customers per marker look-up: CustomerRef values are short ids, so an IN list of this many
// stays a short query, while a wave of 1,000 documents for 50 customers takes one.
constexpr int MarkerCustomersPerQuery = 100;
// A wave's marker look-up is made again for the documents still to send when it is older than
// this (sendCompany explains why).
constexpr qint64 MarkerMaxAgeSeconds = 30;

// Whether the step may go in a /batch call: customers and products (protected by their unique
// names), and documents and payments that have a customer to look their markers up by.
bool batchable(const StepRow &step, const QJsonObject &body)
{
    if (step.kind == QLatin1String("createCustomer") || step.kind == QLatin1String("createItem"))
        return true;
    return !customerOf(body).isEmpty();
}

} // namespace

struct Executor::Pending
{
    Active *active = nullptr;
    StepRow step;
    QJsonObject body;
};

Status Executor::sendCompany(const QString &connectionId, QVector<Active> runs, Summary &summary)
{
    Store &store = m_session.store();
    const ApiResult<QboClient *> client = m_session.quickBooks(connectionId);
    if (!client) {
        for (const Active &active : runs) {
            if (const Status failed = fail(active.run, client.error(), summary); !failed)
                return failed;
            if (client.error().cls == ApiError::Class::NeedsReconnect)
                break; // every run of the company is paused by the first
        }
        return Status::success();
    }
    m_client = *client;
    m_paused = false;
    m_createdNames.clear();

    // A plan has a handful of steps and every wave moves each run by one step (or out).
    for (int wave = 0; wave < 64; ++wave) {
        QVector<Pending> singles;
        QVector<Pending> fresh;
        QHash<QString, QVector<Pending>> resends;
        QStringList resendOrder;
        QVector<Active *> deferred;
        QSet<QString> names;
        bool moved = false;

        for (Active &active : runs) {
            // A run about to create a customer or product that this pass has created meanwhile
            // plans again at once — from the cache, which knows it now, so without a request —
            // rather than sending the create and meeting QuickBooks' 6240. Once per wave: a
            // plan that still wants it (a name the cache cannot place) sends it after all.
            bool mayReplan = true;
            while (!active.left) {
                const Result<QVector<StepRow>> steps = store.steps(active.run.id);
                if (!steps)
                    return steps.failure();
                QHash<QString, QString> ids;
                const StepRow *next = nullptr;
                for (const StepRow &step : *steps) {
                    if (step.state != StepState::Done) {
                        next = &step;
                        break;
                    }
                    ids.insert(step.key, step.resultId);
                }
                if (!next) {
                    active.left = true;
                    moved = true;
                    if (const Status finished = finishRun(active.run, *steps, summary); !finished)
                        return finished;
                    break;
                }
                QJsonValue body = next->body;
                QString missing;
                const bool resolved = resolve(body, ids, &missing);
                const std::optional<QboEntity> entity = qboEntityFromName(next->entity);
                if (!resolved || !entity) {
                    active.left = true;
                    moved = true;
                    const ApiError error = internalError(
                        !resolved
                            ? Tr::tr("Bookflow's saved plan for this action is damaged (step %1 "
                                     "needs “%2”, which was never created); nothing more was "
                                     "sent. Retry the action to plan it again.")
                                  .arg(next->stepNo)
                                  .arg(missing)
                            : Tr::tr("Bookflow's saved plan for this action names a QuickBooks "
                                     "record type it doesn't know (“%1”); nothing was "
                                     "sent. Retry the action to plan it again.")
                                  .arg(next->entity));
                    if (const Status failed = fail(active.run, error, summary); !failed)
                        return failed;
                    break;
                }
                Pending item{&active, *next, body.toObject()};
                if (next->state == StepState::Sent && !next->batchId.isEmpty()) {
                    if (!resends.contains(next->batchId))
                        resendOrder.append(next->batchId);
                    resends[next->batchId].append(item);
                    break;
                }
                if (!batchable(*next, item.body)) {
                    singles.append(item);
                    break;
                }
                const QString name = uniqueName(*next, item.body);
                if (mayReplan && !name.isEmpty() && next->state == StepState::Planned &&
                    m_createdNames.contains(name)) {
                    mayReplan = false;
                    moved = true;
                    bool planned = false;
                    if (const Status status = replan(active, summary, planned); !status)
                        return status;
                    continue; // its new plan
                }
                // Two runs creating the same new customer or product: the second waits for
                // the first and then plans again, finding it.
                if (!name.isEmpty() && names.contains(name)) {
                    deferred.append(&active);
                    break;
                }
                if (!name.isEmpty())
                    names.insert(name);
                fresh.append(item);
                break;
            }
        }

        // Customers and products first: while this wave creates any, the documents and payments
        // wait for the next one (they are still their runs' next steps), so that they leave
        // together — full /batch calls after one marker look-up — instead of a part-filled
        // batch and a look-up in every wave.
        const bool creating = std::any_of(fresh.cbegin(), fresh.cend(), [](const Pending &item) {
            return createsByName(item.step);
        });
        if (creating)
            fresh.erase(
                std::remove_if(fresh.begin(), fresh.end(),
                               [](const Pending &item) { return !createsByName(item.step); }),
                fresh.end());

        // A batch whose answer was lost goes again exactly as it went (same items, same
        // requestid: QuickBooks replays its answer) when all of it is here and still waiting;
        // otherwise its steps are formed anew, the documents checked for their markers first.
        for (const QString &batchId : std::as_const(resendOrder)) {
            const QVector<Pending> &items = resends.value(batchId);
            const Result<QVector<StepRow>> members = store.stepsInBatch(batchId);
            if (!members)
                return members.failure();
            QVector<Pending> sorted = items;
            std::sort(sorted.begin(), sorted.end(),
                      [](const Pending &a, const Pending &b) { return a.step.id < b.step.id; });
            // The ledger may have lost a member since (a step re-formed into another batch
            // takes that batch's id): the id, made from the items, tells.
            QStringList memberIds;
            bool exact = members->size() == sorted.size();
            for (int i = 0; exact && i < sorted.size(); ++i) {
                exact = members->at(i).id == sorted.at(i).step.id &&
                        members->at(i).state == StepState::Sent;
                memberIds.append(members->at(i).requestId);
            }
            exact = exact && batchRequestIdFor(memberIds) == batchId;
            if (!exact) {
                // Formed anew: a document among them goes with this wave's documents (after
                // the marker look-up); a customer or product goes now, guarded by its name.
                for (const Pending &item : items) {
                    if (creating && !createsByName(item.step))
                        continue; // with the documents, next wave
                    fresh.append(item);
                }
                continue;
            }
            QVector<Active *> actives;
            QVector<StepRow> steps;
            QVector<QJsonObject> bodies;
            for (const Pending &item : items) {
                actives.append(item.active);
                steps.append(item.step);
                bodies.append(item.body);
            }
            moved = true;
            if (const Status sent = sendBatch(actives, steps, bodies, batchId, summary); !sent)
                return sent;
            if (m_paused)
                return Status::success();
        }

        for (const Pending &item : std::as_const(singles)) {
            moved = true;
            if (const Status sent = sendSingle(*item.active, item.step, item.body, summary); !sent)
                return sent;
            if (m_paused)
                return Status::success();
        }

        // The documents of the wave, checked for their markers all at once, then sent 30 to a
        // /batch call. Exactly once, argued: the look-up tells what exists when it is made;
        // everything this pass creates after it is this pass's own (each step is sent once per
        // wave, and a lost answer takes its run out of the pass), so one look-up before the
        // wave's first batch finds all that a look-up before each batch would — from earlier
        // passes, crashes, retries or another computer that ran before. Only a computer
        // sending the same documents at the same moment could slip between a look-up and a
        // send, as it could before between a look-up and its one batch; so that this window
        // stays short too, the rest of a wave is looked up again when the last look-up is
        // older than MarkerMaxAgeSeconds (a wave slowed down by throttling).
        bool lookedUp = false;
        QDateTime lookedUpAt;
        while (!fresh.isEmpty()) {
            const bool documents =
                std::any_of(fresh.cbegin(), fresh.cend(),
                            [](const Pending &item) { return !createsByName(item.step); });
            if (documents &&
                (!lookedUp || lookedUpAt.secsTo(m_session.clock().now()) > MarkerMaxAgeSeconds)) {
                moved = true;
                if (const Status checked = takeExisting(fresh, summary); !checked)
                    return checked;
                if (m_paused)
                    return Status::success();
                lookedUp = true;
                lookedUpAt = m_session.clock().now();
                if (fresh.isEmpty())
                    break;
            }
            QVector<Active *> actives;
            QVector<StepRow> steps;
            QVector<QJsonObject> bodies;
            const int count = int(qMin<qsizetype>(fresh.size(), MaxBatchItems));
            for (int i = 0; i < count; ++i) {
                actives.append(fresh.at(i).active);
                steps.append(fresh.at(i).step);
                bodies.append(fresh.at(i).body);
            }
            fresh.remove(0, count);
            moved = true;
            if (const Status sent = sendBatch(actives, steps, bodies, QString(), summary); !sent)
                return sent;
            if (m_paused)
                return Status::success();
        }

        for (Active *active : std::as_const(deferred)) {
            if (active->left)
                continue;
            bool planned = false;
            if (const Status status = replan(*active, summary, planned); !status)
                return status;
            moved = true;
        }

        if (!moved)
            break;
    }
    // Anything still here made no progress in 64 waves: it waits like any other trouble
    // instead of being picked again at once.
    for (const Active &active : std::as_const(runs)) {
        if (active.left)
            continue;
        const Result<ActionRunRow> counted = store.actionRun(active.run.id);
        if (!counted)
            return counted.failure();
        if (isFinished(counted->status))
            continue;
        ApiError stuck;
        stuck.cls = ApiError::Class::Transient;
        stuck.reason = Tr::tr("Bookflow could not finish this action in one pass; it will try "
                              "again shortly.");
        if (const Status failed = fail(*counted, stuck, summary); !failed)
            return failed;
    }
    return Status::success();
}

Status Executor::takeExisting(QVector<Pending> &fresh, Summary &summary)
{
    Store &store = m_session.store();
    // The documents and payments by requestid, and their customers per entity.
    QHash<QString, int> byRequestId;
    QStringList entities;
    QHash<QString, QStringList> customers;
    QHash<QString, QSet<QString>> seen;
    for (int i = 0; i < fresh.size(); ++i) {
        const Pending &item = fresh.at(i);
        if (createsByName(item.step))
            continue;
        const QString customer = customerOf(item.body);
        if (customer.isEmpty())
            continue;
        byRequestId.insert(item.step.requestId.toLower(), i);
        if (!customers.contains(item.step.entity))
            entities.append(item.step.entity);
        if (!seen[item.step.entity].contains(customer)) {
            seen[item.step.entity].insert(customer);
            customers[item.step.entity].append(customer);
        }
    }

    // A marker is the step's requestid (a UUID) at the end of PrivateNote, in the words of the
    // language it was written in; any UUID in the note is looked up.
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QHash<int, QboObject> existing;
    QSet<int> waiting; // their look-up failed
    for (const QString &entity : std::as_const(entities)) {
        const QStringList all = customers.value(entity);
        for (qsizetype from = 0; from < all.size(); from += MarkerCustomersPerQuery) {
            const QStringList chunk = all.mid(from, MarkerCustomersPerQuery);
            const ApiResult<QVector<QboObject>> rows = m_client->queryAll(
                QboQuery::select(entity).whereIn(QStringLiteral("CustomerRef"), chunk));
            if (!rows) {
                // Nothing is sent without the check: the runs wait like after any failed call.
                const QSet<QString> asked(chunk.cbegin(), chunk.cend());
                for (int i = 0; i < fresh.size(); ++i) {
                    Pending &item = fresh[i];
                    if (item.step.entity != entity || item.active->left ||
                        createsByName(item.step) || !asked.contains(customerOf(item.body)))
                        continue;
                    item.active->left = true;
                    waiting.insert(i);
                    if (const Status failed = fail(item.active->run, rows.error(), summary);
                        !failed)
                        return failed;
                    if (rows.error().cls == ApiError::Class::NeedsReconnect) {
                        m_paused = true;
                        return Status::success();
                    }
                }
                continue;
            }
            for (const QboObject &row : *rows) {
                const QString note = row.json().value(QLatin1String("PrivateNote")).toString();
                QRegularExpressionMatchIterator found = uuid.globalMatch(note);
                while (found.hasNext()) {
                    const int at = byRequestId.value(found.next().captured().toLower(), -1);
                    if (at >= 0 && fresh.at(at).step.entity == entity)
                        existing.insert(at, row);
                }
            }
        }
    }

    QVector<Pending> kept;
    kept.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i) {
        if (waiting.contains(i))
            continue;
        const auto found = existing.constFind(i);
        if (found == existing.cend() || fresh.at(i).active->left) {
            if (!fresh.at(i).active->left)
                kept.append(fresh.at(i));
            continue;
        }
        ++summary.foundExisting;
        const Pending &item = fresh.at(i);
        if (const Status sent = store.markSent({item.step.id}, QString()); !sent)
            return sent;
        if (const Status taken = stepAnswered(*item.active, item.step, std::nullopt, found->id(),
                                              found->docNumber(), nullptr, summary);
            !taken)
            return taken;
    }
    fresh = kept;
    return Status::success();
}

Status Executor::sendSingle(Active &active, const StepRow &step, const QJsonObject &body,
                            Summary &summary)
{
    // Ledger first: the step is "sent" before the request leaves.
    if (const Status sent = m_session.store().markSent({step.id}, QString()); !sent)
        return sent;
    ++summary.singlesSent;
    const ApiResult<QboObject> created =
        m_client->create(*qboEntityFromName(step.entity), body, step.requestId);
    if (!created)
        return stepAnswered(active, step, created.error(), QString(), QString(), nullptr, summary);
    return stepAnswered(active, step, std::nullopt, created->id(), created->docNumber(), &*created,
                        summary);
}

Status Executor::sendBatch(QVector<Active *> members, const QVector<StepRow> &givenSteps,
                           const QVector<QJsonObject> &givenBodies, const QString &resendId,
                           Summary &summary)
{
    Store &store = m_session.store();
    QVector<StepRow> steps = givenSteps;
    QVector<QJsonObject> bodies = givenBodies;
    if (resendId.isEmpty()) {
        // A run that left the pass meanwhile (its look-up failed) sends nothing more.
        for (qsizetype i = steps.size() - 1; i >= 0; --i) {
            if (!members.at(i)->left)
                continue;
            members.removeAt(i);
            steps.removeAt(i);
            bodies.removeAt(i);
        }
        if (steps.isEmpty())
            return Status::success();
    }

    // Items in step order, the order stepsInBatch() reads them back in: a resend numbers them
    // (bId) exactly as the first send did.
    QVector<int> order(steps.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return steps.at(a).id < steps.at(b).id; });
    {
        QVector<Active *> m;
        QVector<StepRow> st;
        QVector<QJsonObject> bo;
        for (const int i : std::as_const(order)) {
            m.append(members.at(i));
            st.append(steps.at(i));
            bo.append(bodies.at(i));
        }
        members = m;
        steps = st;
        bodies = bo;
    }
    QStringList requestIds;
    QVector<qint64> stepIds;
    QVector<QboBatchItem> items;
    for (int i = 0; i < steps.size(); ++i) {
        requestIds.append(steps.at(i).requestId);
        stepIds.append(steps.at(i).id);
        items.append(QboBatchItem::create(QString::number(i + 1),
                                          *qboEntityFromName(steps.at(i).entity), bodies.at(i)));
    }
    const QString batchId = resendId.isEmpty() ? batchRequestIdFor(requestIds) : resendId;
    // Ledger first, with the batch's composition: a lost answer is resent identically.
    if (const Status sent = store.markSent(stepIds, batchId); !sent)
        return sent;
    ++summary.batchesSent;
    const ApiResult<QVector<QboBatchItemResult>> answer = m_client->batch(items, batchId);
    for (int i = 0; i < steps.size(); ++i) {
        if (members.at(i)->left)
            continue;
        Status outcome = Status::success();
        if (!answer) {
            outcome = stepAnswered(*members.at(i), steps.at(i), answer.error(), QString(),
                                   QString(), nullptr, summary);
        } else {
            const QboBatchItemResult &result = answer->at(i);
            outcome = result.ok() ? stepAnswered(*members.at(i), steps.at(i), std::nullopt,
                                                 result.object.id(), result.object.docNumber(),
                                                 &result.object, summary)
                                  : stepAnswered(*members.at(i), steps.at(i), result.error,
                                                 QString(), QString(), nullptr, summary);
        }
        if (!outcome)
            return outcome;
        if (m_paused)
            return Status::success();
    }
    return Status::success();
}

Status Executor::stepAnswered(Active &active, const StepRow &step,
                              const std::optional<ApiError> &error, const QString &resultId,
                              const QString &resultNumber, const QboObject *created,
                              Summary &summary)
{
    Store &store = m_session.store();
    AttemptRow attempt;
    attempt.actionRunId = active.run.id;
    attempt.stepNo = step.stepNo;
    attempt.at = m_session.clock().now();
    attempt.requestId = step.requestId;
    if (error) {
        attempt.outcome = ApiError::className(error->cls);
        attempt.httpStatus = error->httpStatus;
        attempt.code = error->code;
        attempt.reason = error->reason;
        if (const Status recorded = store.recordAttempt(attempt); !recorded)
            return recorded;
        // Refused (not lost): the step is not waiting for an answer any more.
        if (error->cls == ApiError::Class::Permanent)
            if (const Status marked = store.markStepFailed(step.id); !marked)
                return marked;
        // The name was free when planned and is taken now: plan again, so the look-ups find
        // the customer or product that appeared meanwhile.
        const bool nameTaken =
            error->code == QLatin1String("6240") && (step.kind == QLatin1String("createCustomer") ||
                                                     step.kind == QLatin1String("createItem"));
        if (nameTaken && active.replans > 0) {
            --active.replans;
            m_session.forgetLookups(active.run.connectionId);
            bool planned = false;
            if (const Status status = replan(active, summary, planned); !status)
                return status;
            if (planned || active.left)
                return Status::success();
        }
        active.left = true;
        const Result<ActionRunRow> counted = store.actionRun(active.run.id);
        if (const Status failed = fail(counted ? *counted : active.run, *error, summary); !failed)
            return failed;
        if (error->cls == ApiError::Class::NeedsReconnect)
            m_paused = true;
        return Status::success();
    }
    attempt.outcome = QStringLiteral("done");
    if (!created)
        attempt.reason = Tr::tr("Found in QuickBooks by its Bookflow marker: it was created "
                                "earlier, so it was not created again.");
    if (const Status recorded = store.recordAttempt(attempt); !recorded)
        return recorded;
    if (const Status done = store.markStepDone(step.id, resultId, resultNumber); !done)
        return done;
    if (createsByName(step)) {
        // Later runs wanting this name plan again instead of creating it (sendCompany).
        const QString name = uniqueName(step, step.body);
        if (!name.isEmpty())
            m_createdNames.insert(name);
        // Asked each time: forgetLookups() replaces the directory.
        if (created)
            if (const ApiResult<QboClientDirectory *> directory =
                    m_session.directory(active.run.connectionId);
                directory)
                (*directory)->remember(*created);
    }
    return Status::success();
}

Status Executor::finishRun(const ActionRunRow &run, const QVector<StepRow> &steps, Summary &summary)
{
    const StepRow *document = nullptr;
    for (const StepRow &step : steps)
        if (step.kind == QLatin1String("createDocument"))
            document = &step;
    if (!document)
        return fail(run,
                    internalError(
                        Tr::tr("Bookflow's plan for this action creates no QuickBooks document, so "
                               "nothing was sent. Retry the action to plan it again.")),
                    summary);
    Store &store = m_session.store();
    ++summary.done;
    if (const Status finished =
            store.finishActionRun(run.id, ActionStatus::Done, QString(), QString(),
                                  document->entity, document->resultId, document->resultNumber);
        !finished)
        return finished;
    const Result<EnrollmentRow> enrollment = store.enrollment(run.enrollmentId);
    if (enrollment)
        writeBack(*enrollment, run.id, document->entity, document->resultId,
                  document->resultNumber);
    return Status::success();
}
} // namespace bookflow
