// The Store's ledger and history (store.h, "Ledger and history"): enrollments, their action runs,
// the steps of each run's plan and every attempt, plus the poller's cursors and record memory.
// Kept apart from store.cpp, which holds workflows and connections.

#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/store/storecolumns.h"
#include "core/util/tr.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <utility>

namespace bookflow {

namespace {

// ---- Values in and out of columns --------------------------------------------------------------

// Dates are ISO 8601 UTC text with milliseconds ("2024-05-01T08:00:00.000Z"): they sort as text,
// so "next_attempt_at <= now" and "ORDER BY enrolled_at" work on the column itself.
QString isoText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString nowText()
{
    return isoText(QDateTime::currentDateTimeUtc());
}
QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL and "none" is empty text.
QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QString compactJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Failure damagedRow(const QString &row, const QString &problem)
{
    return Failure{Tr::tr("The run history in Bookflow's database cannot be read: %1 is damaged "
                          "(%2). The database may have been changed by another program or by a "
                          "newer Bookflow.")
                       .arg(row, problem)};
}

// Every row of an executed query, read with `from`; the first row that cannot be read fails all.
template <typename T, typename From> Result<QVector<T>> allRows(QSqlQuery &q, From from)
{
    QVector<T> rows;
    while (q.next()) {
        Result<T> row = from(q);
        if (!row)
            return row.failure();
        rows << std::move(row).value();
    }
    return rows;
}

// Whether workflow `id` exists; nothing when the database could not be read (`error` says why).
std::optional<bool> workflowExists(const QSqlDatabase &db, const QString &id, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM workflows WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return q.next();
}

// ---- Rows ------------------------------------------------------------------------------------
// Each list of columns goes with the function that reads it, so a SELECT and its reader can never
// disagree. `at` is the index of the first column, for joins.

const QString EnrollmentColumns = QStringLiteral(
    "%1id, %1workflow_id, %1version, %1object_type, %1object_id, %1enrollment_no, %1enrolled_at,"
    " %1status, %1live");
constexpr int EnrollmentColumnCount = 9;

QString enrollmentColumns(const QString &alias = QString())
{
    return EnrollmentColumns.arg(alias.isEmpty() ? QString() : alias + QLatin1Char('.'));
}

Result<EnrollmentRow> enrollmentFrom(const QSqlQuery &q, int at = 0)
{
    EnrollmentRow e;
    e.id = q.value(at + 0).toLongLong();
    try {
        e.workflowId = q.value(at + 1).toString();
        e.version = q.value(at + 2).toInt();
        e.objectType = keyColumn(q.value(at + 3), objectTypeFromKey, Tr::tr("object type"));
        e.objectId = q.value(at + 4).toString();
        e.enrollmentNo = q.value(at + 5).toInt();
        e.enrolledAt = utcFrom(q.value(at + 6));
        e.status = keyColumn(q.value(at + 7), enrollmentStatusFromKey, Tr::tr("status"));
        e.live = q.value(at + 8).toInt() != 0;
    } catch (const ColumnError &error) {
        return damagedRow(Tr::tr("enrollment %1").arg(e.id), error.problem);
    }
    return e;
}

const QString RunColumns = QStringLiteral(
    "%1id, %1enrollment_id, %1action_id, %1action_index, %1connection_id, %1status, %1attempts,"
    " %1first_attempt_at, %1next_attempt_at, %1updated_at, %1error_class, %1error_reason,"
    " %1document_type, %1document_id, %1document_number, %1notes, %1generation");

QString runColumns(const QString &alias = QString())
{
    return RunColumns.arg(alias.isEmpty() ? QString() : alias + QLatin1Char('.'));
}

Result<ActionRunRow> runFrom(const QSqlQuery &q, int at = 0)
{
    ActionRunRow r;
    r.id = q.value(at + 0).toLongLong();
    try {
        r.enrollmentId = q.value(at + 1).toLongLong();
        r.actionId = q.value(at + 2).toString();
        r.actionIndex = q.value(at + 3).toInt();
        r.connectionId = q.value(at + 4).toString();
        r.status = keyColumn(q.value(at + 5), actionStatusFromKey, Tr::tr("status"));
        r.attempts = q.value(at + 6).toInt();
        r.firstAttemptAt = utcFrom(q.value(at + 7));
        r.nextAttemptAt = utcFrom(q.value(at + 8));
        r.updatedAt = utcFrom(q.value(at + 9));
        r.errorClass = q.value(at + 10).toString();
        r.errorReason = q.value(at + 11).toString();
        r.documentType = q.value(at + 12).toString();
        r.documentId = q.value(at + 13).toString();
        r.documentNumber = q.value(at + 14).toString();
        r.notes = stringListColumn(q.value(at + 15), Tr::tr("notes"));
        r.generation = q.value(at + 16).toInt();
    } catch (const ColumnError &error) {
        return damagedRow(Tr::tr("action run %1").arg(r.id), error.problem);
    }
    return r;
}

const QString StepColumns =
    QStringLiteral("id, action_run_id, step_no, key, kind, entity, request_id, body, state,"
                   " batch_id, result_id, result_number, sent_at, done_at");

Result<StepRow> stepFrom(const QSqlQuery &q)
{
    StepRow s;
    s.id = q.value(0).toLongLong();
    try {
        s.actionRunId = q.value(1).toLongLong();
        s.stepNo = q.value(2).toInt();
        s.key = q.value(3).toString();
        s.kind = q.value(4).toString();
        s.entity = q.value(5).toString();
        s.requestId = q.value(6).toString();
        s.body = objectColumn(q.value(7), Tr::tr("request contents"));
        s.state = keyColumn(q.value(8), stepStateFromKey, Tr::tr("state"));
        s.batchId = q.value(9).toString();
        s.resultId = q.value(10).toString();
        s.resultNumber = q.value(11).toString();
        s.sentAt = utcFrom(q.value(12));
        s.doneAt = utcFrom(q.value(13));
    } catch (const ColumnError &error) {
        return damagedRow(Tr::tr("step %1").arg(s.id), error.problem);
    }
    return s;
}

// ---- History: enrollments with their runs, one statement (one consistent snapshot) ----------

// `where` filters the enrollments (alias-free, on the enrollments table); LIMIT -1 is no limit.
QString historySql(const QString &where)
{
    return QStringLiteral("SELECT %1, %2 FROM"
                          " (SELECT * FROM enrollments %3 ORDER BY enrolled_at DESC, id DESC"
                          "  LIMIT ?) AS e"
                          " LEFT JOIN action_runs AS r ON r.enrollment_id = e.id"
                          " ORDER BY e.enrolled_at DESC, e.id DESC, r.action_index")
        .arg(enrollmentColumns(QStringLiteral("e")), runColumns(QStringLiteral("r")), where);
}

// Reads what historySql() selected. `each` sees every row: the enrollment, and the run when the
// enrollment has any (nullptr when it has none). Returns the failure of a row that cannot be read.
template <typename Each> std::optional<Failure> forEachHistoryRow(QSqlQuery &q, Each each)
{
    while (q.next()) {
        Result<EnrollmentRow> e = enrollmentFrom(q);
        if (!e)
            return e.failure();
        if (q.value(EnrollmentColumnCount).isNull()) {
            each(std::move(e).value(), nullptr);
            continue;
        }
        Result<ActionRunRow> r = runFrom(q, EnrollmentColumnCount);
        if (!r)
            return r.failure();
        each(std::move(e).value(), &r.value());
    }
    return std::nullopt;
}

Result<QVector<HistoryEntry>> historyFrom(QSqlQuery &q)
{
    QVector<HistoryEntry> entries;
    const std::optional<Failure> failed =
        forEachHistoryRow(q, [&](EnrollmentRow e, const ActionRunRow *run) {
            if (entries.isEmpty() || entries.last().enrollment.id != e.id)
                entries.append(HistoryEntry{std::move(e), {}});
            if (run)
                entries.last().actions.append(*run);
        });
    if (failed)
        return *failed;
    return entries;
}

// ---- CSV (RFC 4180) --------------------------------------------------------------------------

// One field. Text a spreadsheet would take for a formula gets a leading apostrophe: a HubSpot
// record id or a provider's message must never run as a formula on the bookkeeper's machine.
QString csvField(const QString &value)
{
    QString field = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields)
        out << csvField(field);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

// ---- Messages ----------------------------------------------------------------------------------

Failure unknownEnrollment(qint64 id)
{
    return Failure{
        Tr::tr("The run history has no enrollment %1; it may have been removed.").arg(id)};
}
Failure unknownRun(qint64 id)
{
    return Failure{
        Tr::tr("The run history has no action run %1; it may have been removed.").arg(id)};
}
Failure unknownStep(qint64 id)
{
    return Failure{Tr::tr("The run history has no step %1; it may have been removed.").arg(id)};
}
Failure noWorkflow(const QString &id)
{
    return Failure{Tr::tr("There is no workflow with the id %1.").arg(id)};
}

// How an action run is named in messages.
QString runTitle(const ActionRunRow &run)
{
    return Tr::tr("the action “%1” (run %2)").arg(run.actionId).arg(run.id);
}

const QSet<QString> &attemptOutcomes()
{
    // "done", or ApiError::className(): the same list as the CHECK of attempts.outcome.
    static const QSet<QString> outcomes = {
        QStringLiteral("done"),        QStringLiteral("transient"),
        QStringLiteral("rateLimited"), QStringLiteral("needsReconnect"),
        QStringLiteral("permanent"),
    };
    return outcomes;
}

} // namespace

// ================================================================================================
// Enrollments
// ================================================================================================

Result<EnrollmentRow> Store::enroll(const QString &workflowId, int version, ObjectType type,
                                    const QString &objectId,
                                    const QVector<QPair<QString, QString>> &actions, bool live)
{
    Result<std::optional<EnrollmentRow>> made =
        insertEnrollment(workflowId, version, type, objectId, actions, std::nullopt, live);
    if (!made)
        return made.failure();
    return std::move(*made.value()); // always made when nothing was expected
}

Result<std::optional<EnrollmentRow>>
Store::enrollIfLatest(const QString &workflowId, int version, ObjectType type,
                      const QString &objectId, const QVector<QPair<QString, QString>> &actions,
                      int latestSeen, bool live)
{
    return insertEnrollment(workflowId, version, type, objectId, actions, latestSeen, live);
}

Result<std::optional<EnrollmentRow>>
Store::insertEnrollment(const QString &workflowId, int version, ObjectType type,
                        const QString &objectId, const QVector<QPair<QString, QString>> &actions,
                        std::optional<int> latestSeen, bool live)
{
    if (workflowId.trimmed().isEmpty() || objectId.trimmed().isEmpty()) {
        return Failure{Tr::tr("A record can only be enrolled with the workflow's id and the "
                              "record's id; one of them is missing. Nothing was enrolled.")};
    }
    if (version < 0) {
        return Failure{
            Tr::tr("There is no version %1 to enroll record %2 in. Nothing was enrolled.")
                .arg(version)
                .arg(objectId)};
    }
    QSet<QString> seen;
    for (const auto &[actionId, connectionId] : actions) {
        Q_UNUSED(connectionId)
        if (actionId.trimmed().isEmpty() || seen.contains(actionId)) {
            return Failure{Tr::tr("The actions of the workflow %1 need distinct ids to be run "
                                  "(“%2” is empty or repeated). Nothing was enrolled.")
                               .arg(workflowId, actionId)};
        }
        seen.insert(actionId);
    }

    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());

    // Under the write lock (BEGIN IMMEDIATE), so no other process can take the same number;
    // UNIQUE (workflow_id, object_id, enrollment_no) stands behind it.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(enrollment_no), 0) FROM enrollments"
                             " WHERE workflow_id = ? AND object_id = ?"));
    q.addBindValue(workflowId);
    q.addBindValue(objectId);
    if (!q.exec() || !q.next())
        return readFailure(q.lastError());
    const int latest = q.value(0).toInt();
    q.finish();
    if (latestSeen && *latestSeen != latest)
        return std::optional<EnrollmentRow>(); // enrolled meanwhile by someone else

    const QString now = nowText();
    EnrollmentRow e;
    e.workflowId = workflowId;
    e.version = version;
    e.objectType = type;
    e.objectId = objectId;
    e.enrollmentNo = latest + 1;
    e.enrolledAt = utcFrom(now);
    // With nothing to do the enrollment is complete at once (still recorded: the record enrolled).
    e.status = actions.isEmpty() ? EnrollmentStatus::Done : EnrollmentStatus::Active;
    e.live = live;
    q.prepare(QStringLiteral("INSERT INTO enrollments (workflow_id, version, object_type,"
                             " object_id, enrollment_no, enrolled_at, status, live, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.workflowId);
    q.addBindValue(e.version);
    q.addBindValue(objectTypeKey(e.objectType));
    q.addBindValue(e.objectId);
    q.addBindValue(e.enrollmentNo);
    q.addBindValue(now);
    q.addBindValue(enrollmentStatusKey(e.status));
    q.addBindValue(e.live ? 1 : 0);
    q.addBindValue(now);
    if (!q.exec())
        return writeFailure(q.lastError());
    e.id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("INSERT INTO action_runs (enrollment_id, action_id, action_index,"
                             " connection_id, status, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < actions.size(); ++i) {
        q.bindValue(0, e.id);
        q.bindValue(1, actions.at(i).first);
        q.bindValue(2, i);
        q.bindValue(3, nonNull(actions.at(i).second));
        q.bindValue(4, actionStatusKey(ActionStatus::Pending));
        q.bindValue(5, now);
        if (!q.exec())
            return writeFailure(q.lastError());
    }
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return std::optional<EnrollmentRow>(std::move(e));
}

Result<std::optional<EnrollmentRow>> Store::latestEnrollment(const QString &workflowId,
                                                             const QString &objectId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM enrollments WHERE workflow_id = ? AND object_id = ?"
                             " ORDER BY enrollment_no DESC LIMIT 1")
                  .arg(enrollmentColumns()));
    q.addBindValue(workflowId);
    q.addBindValue(objectId);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return readFailure(q.lastError());
        return std::optional<EnrollmentRow>();
    }
    Result<EnrollmentRow> e = enrollmentFrom(q);
    if (!e)
        return e.failure();
    return std::optional<EnrollmentRow>(std::move(e).value());
}

Result<EnrollmentRow> Store::enrollment(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM enrollments WHERE id = ?").arg(enrollmentColumns()));
    q.addBindValue(id);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return readFailure(q.lastError());
        return unknownEnrollment(id);
    }
    return enrollmentFrom(q);
}

// ================================================================================================
// Action runs
// ================================================================================================

Result<QVector<ActionRunRow>> Store::dueActionRuns(const QDateTime &now, int limit) const
{
    if (limit <= 0)
        return QVector<ActionRunRow>();
    // Per Active enrollment, its first unfinished run: an action never starts before the one
    // before it finished (a permanent failure finishes it, and the enrollment goes on).
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM enrollments AS e"
                       " JOIN action_runs AS r ON r.id ="
                       "  (SELECT f.id FROM action_runs AS f WHERE f.enrollment_id = e.id"
                       "   AND f.status NOT IN ('done', 'failed') ORDER BY f.action_index LIMIT 1)"
                       " WHERE e.status = 'active' AND (r.status IN ('pending', 'running')"
                       "  OR (r.status = 'waiting' AND r.next_attempt_at <= ?))"
                       " ORDER BY e.enrolled_at, e.id LIMIT ?")
            .arg(runColumns(QStringLiteral("r"))));
    q.addBindValue(isoText(now.isValid() ? now : QDateTime::currentDateTimeUtc()));
    q.addBindValue(limit);
    if (!q.exec())
        return readFailure(q.lastError());
    Result<QVector<ActionRunRow>> due =
        allRows<ActionRunRow>(q, [](const QSqlQuery &row) { return runFrom(row); });
    if (due && q.lastError().isValid())
        return readFailure(q.lastError());
    return due;
}

Result<ActionRunRow> Store::actionRun(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM action_runs WHERE id = ?").arg(runColumns()));
    q.addBindValue(id);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return readFailure(q.lastError());
        return unknownRun(id);
    }
    return runFrom(q);
}

Result<QVector<ActionRunRow>> Store::actionRuns(qint64 enrollmentId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM action_runs WHERE enrollment_id = ?"
                             " ORDER BY action_index")
                  .arg(runColumns()));
    q.addBindValue(enrollmentId);
    if (!q.exec())
        return readFailure(q.lastError());
    Result<QVector<ActionRunRow>> runs =
        allRows<ActionRunRow>(q, [](const QSqlQuery &row) { return runFrom(row); });
    if (runs && q.lastError().isValid())
        return readFailure(q.lastError());
    return runs;
}

Status Store::savePlan(qint64 actionRunId, const QVector<StepRow> &steps, const QStringList &notes)
{
    QSet<int> numbers;
    QSet<QString> keys;
    QSet<QString> requestIds;
    const auto problemOf = [&](const StepRow &step) -> QString {
        if (step.stepNo < 0 || numbers.contains(step.stepNo))
            return Tr::tr("step number %1 is negative or repeated").arg(step.stepNo);
        if (step.key.isEmpty() || keys.contains(step.key))
            return Tr::tr("the step key “%1” is empty or repeated").arg(step.key);
        // QBO: a requestid is at most 36 characters in /batch (qbo-api.md).
        if (step.requestId.isEmpty() || step.requestId.size() > 36 ||
            requestIds.contains(step.requestId)) {
            return Tr::tr("the request id “%1” of step %2 is empty, longer than 36 characters or "
                          "repeated")
                .arg(step.requestId)
                .arg(step.stepNo);
        }
        return QString();
    };
    for (const StepRow &step : steps) {
        if (const QString problem = problemOf(step); !problem.isEmpty()) {
            return Failure{Tr::tr("The plan of action run %1 was not saved: %2.")
                               .arg(actionRunId)
                               .arg(problem)};
        }
        numbers.insert(step.stepNo);
        keys.insert(step.key);
        requestIds.insert(step.requestId);
    }

    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(actionRunId);
    if (!run)
        return run.failure();
    if (isFinished(run->status)) {
        return Failure{Tr::tr("The plan of %1 was not saved: the action is already %2.")
                           .arg(runTitle(*run), actionStatusLabel(run->status).toLower())};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM steps WHERE action_run_id = ?"));
    q.addBindValue(actionRunId);
    if (!q.exec() || !q.next())
        return readFailure(q.lastError());
    if (q.value(0).toInt() > 0) {
        // Planning twice could give the second plan other request ids: the steps of the first
        // plan are what may already be in QuickBooks, so they are the ones that count.
        return Failure{Tr::tr("The plan of %1 was not saved: it was planned already, and a plan "
                              "is never replaced while any of it may have been sent.")
                           .arg(runTitle(*run))};
    }
    q.prepare(QStringLiteral("SELECT action_run_id FROM steps WHERE request_id = ?"));
    for (const StepRow &step : steps) {
        q.bindValue(0, step.requestId);
        if (!q.exec())
            return readFailure(q.lastError());
        if (q.next()) {
            return Failure{Tr::tr("The plan of %1 was not saved: its step %2 has the request id "
                                  "%3, which action run %4 already used. The same request id "
                                  "for two writes would make QuickBooks skip one of them.")
                               .arg(runTitle(*run))
                               .arg(step.stepNo)
                               .arg(step.requestId)
                               .arg(q.value(0).toLongLong())};
        }
    }

    q.prepare(QStringLiteral("INSERT INTO steps (action_run_id, step_no, key, kind, entity,"
                             " request_id, body, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StepRow &step : steps) {
        q.bindValue(0, actionRunId);
        q.bindValue(1, step.stepNo);
        q.bindValue(2, step.key);
        q.bindValue(3, nonNull(step.kind));
        q.bindValue(4, nonNull(step.entity));
        q.bindValue(5, step.requestId);
        q.bindValue(6, compactJson(step.body));
        q.bindValue(7, stepStateKey(StepState::Planned));
        if (!q.exec())
            return writeFailure(q.lastError());
    }
    // Running from here on: the error that made it wait (if any) is behind it.
    q.prepare(QStringLiteral("UPDATE action_runs SET status = 'running', next_attempt_at = NULL,"
                             " error_class = '', error_reason = '', notes = ?, updated_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(compactJson(notes));
    q.addBindValue(nowText());
    q.addBindValue(actionRunId);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Result<QVector<StepRow>> Store::steps(qint64 actionRunId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM steps WHERE action_run_id = ? ORDER BY step_no")
                  .arg(StepColumns));
    q.addBindValue(actionRunId);
    if (!q.exec())
        return readFailure(q.lastError());
    Result<QVector<StepRow>> list = allRows<StepRow>(q, stepFrom);
    if (list && q.lastError().isValid())
        return readFailure(q.lastError());
    return list;
}

Result<QVector<StepRow>> Store::stepsInBatch(const QString &batchId) const
{
    if (batchId.isEmpty())
        return QVector<StepRow>();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM steps WHERE batch_id = ? ORDER BY id").arg(StepColumns));
    q.addBindValue(batchId);
    if (!q.exec())
        return readFailure(q.lastError());
    Result<QVector<StepRow>> list = allRows<StepRow>(q, stepFrom);
    if (list && q.lastError().isValid())
        return readFailure(q.lastError());
    return list;
}

Status Store::markSent(const QVector<qint64> &stepIds, const QString &batchId)
{
    if (stepIds.isEmpty())
        return Status::success();
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const QString now = nowText();
    QSqlQuery check(db);
    check.prepare(QStringLiteral("SELECT s.state, s.step_no, r.status, r.action_id FROM steps AS s"
                                 " JOIN action_runs AS r ON r.id = s.action_run_id"
                                 " WHERE s.id = ?"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE steps SET state = 'sent', batch_id = ?,"
                                  " sent_at = coalesce(sent_at, ?) WHERE id = ?"));
    for (const qint64 id : stepIds) {
        check.bindValue(0, id);
        if (!check.exec())
            return readFailure(check.lastError());
        if (!check.next())
            return unknownStep(id);
        const std::optional<StepState> state = stepStateFromKey(check.value(0).toString());
        const std::optional<ActionStatus> runStatus =
            actionStatusFromKey(check.value(2).toString());
        if (!state || !runStatus)
            return damagedRow(Tr::tr("step %1").arg(id), Tr::tr("its state is unknown"));
        if (*state == StepState::Done || *state == StepState::Failed || isFinished(*runStatus)) {
            return Failure{Tr::tr("Step %1 of the action “%2” was not sent: %3.")
                               .arg(check.value(1).toInt())
                               .arg(check.value(3).toString(),
                                    *state == StepState::Done
                                        ? Tr::tr("QuickBooks already created it")
                                    : *state == StepState::Failed
                                        ? Tr::tr("QuickBooks refused it; retry the action first")
                                        : Tr::tr("the action is already finished"))};
        }
        check.finish();
        update.bindValue(0, nonNull(batchId));
        update.bindValue(1, now);
        update.bindValue(2, id);
        if (!update.exec())
            return writeFailure(update.lastError());
    }
    check.finish();
    update.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::markStepDone(qint64 stepId, const QString &resultId, const QString &resultNumber)
{
    if (resultId.isEmpty()) {
        return Failure{
            Tr::tr("Step %1 cannot be recorded as done without the id QuickBooks gave it.")
                .arg(stepId)};
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state, result_id, step_no FROM steps WHERE id = ?"));
    q.addBindValue(stepId);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next())
        return unknownStep(stepId);
    const QString state = q.value(0).toString();
    const QString storedId = q.value(1).toString();
    const int stepNo = q.value(2).toInt();
    q.finish();
    if (state == stepStateKey(StepState::Done)) {
        if (storedId == resultId)
            return Status::success(); // the same answer again (a resend that QuickBooks replayed)
        // A second record for one step is exactly what the ledger exists to prevent: say so.
        return Failure{Tr::tr("Step %1 was already done as QuickBooks record %2; a second answer "
                              "names record %3. Check QuickBooks for a duplicate.")
                           .arg(stepNo)
                           .arg(storedId, resultId)};
    }
    if (state != stepStateKey(StepState::Sent)) {
        return Failure{Tr::tr("Step %1 cannot be recorded as done: it was never recorded as sent "
                              "(Bookflow records every request before it leaves).")
                           .arg(stepNo)};
    }
    q.prepare(QStringLiteral("UPDATE steps SET state = 'done', result_id = ?, result_number = ?,"
                             " done_at = ? WHERE id = ?"));
    q.addBindValue(resultId);
    q.addBindValue(nonNull(resultNumber));
    q.addBindValue(nowText());
    q.addBindValue(stepId);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::markStepFailed(qint64 stepId)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state, step_no FROM steps WHERE id = ?"));
    q.addBindValue(stepId);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next())
        return unknownStep(stepId);
    const QString state = q.value(0).toString();
    const int stepNo = q.value(1).toInt();
    q.finish();
    if (state == stepStateKey(StepState::Failed))
        return Status::success();
    if (state != stepStateKey(StepState::Sent)) {
        return Failure{Tr::tr("Step %1 cannot be recorded as refused: %2.")
                           .arg(stepNo)
                           .arg(state == stepStateKey(StepState::Done)
                                    ? Tr::tr("QuickBooks already created it")
                                    : Tr::tr("it was never sent"))};
    }
    q.prepare(QStringLiteral("UPDATE steps SET state = 'failed' WHERE id = ?"));
    q.addBindValue(stepId);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::recordAttempt(const AttemptRow &attempt)
{
    if (!attemptOutcomes().contains(attempt.outcome)) {
        return Failure{Tr::tr("The attempt was not recorded: “%1” is not an outcome Bookflow "
                              "knows.")
                           .arg(attempt.outcome)};
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(attempt.actionRunId);
    if (!run)
        return run.failure();
    const QString at = isoText(attempt.at.isValid() ? attempt.at : QDateTime::currentDateTimeUtc());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO attempts (action_run_id, step_no, at, outcome,"
                             " http_status, code, reason, request_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(attempt.actionRunId);
    q.addBindValue(qMax(-1, attempt.stepNo));
    q.addBindValue(at);
    q.addBindValue(attempt.outcome);
    q.addBindValue(attempt.httpStatus);
    q.addBindValue(nonNull(attempt.code));
    q.addBindValue(nonNull(attempt.reason));
    q.addBindValue(nonNull(attempt.requestId));
    if (!q.exec())
        return writeFailure(q.lastError());
    q.prepare(QStringLiteral("UPDATE action_runs SET attempts = attempts + 1,"
                             " first_attempt_at = coalesce(first_attempt_at, ?), updated_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(nowText());
    q.addBindValue(attempt.actionRunId);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Result<QVector<AttemptRow>> Store::attempts(qint64 actionRunId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, action_run_id, step_no, at, outcome, http_status, code,"
                             " reason, request_id FROM attempts WHERE action_run_id = ?"
                             " ORDER BY id"));
    q.addBindValue(actionRunId);
    if (!q.exec())
        return readFailure(q.lastError());
    QVector<AttemptRow> list;
    while (q.next()) {
        AttemptRow a;
        a.id = q.value(0).toLongLong();
        a.actionRunId = q.value(1).toLongLong();
        a.stepNo = q.value(2).toInt();
        a.at = utcFrom(q.value(3));
        a.outcome = q.value(4).toString();
        a.httpStatus = q.value(5).toInt();
        a.code = q.value(6).toString();
        a.reason = q.value(7).toString();
        a.requestId = q.value(8).toString();
        list << a;
    }
    if (q.lastError().isValid())
        return readFailure(q.lastError());
    return list;
}

Status Store::finishActionRun(qint64 id, ActionStatus status, const QString &errorClass,
                              const QString &reason, const QString &documentType,
                              const QString &documentId, const QString &documentNumber)
{
    if (!isFinished(status)) {
        return Failure{Tr::tr("Action run %1 can only be finished as done or failed, not as “%2”.")
                           .arg(id)
                           .arg(actionStatusLabel(status))};
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(id);
    if (!run)
        return run.failure();
    if (isFinished(run->status)) {
        if (run->status == status && run->documentId == documentId)
            return Status::success(); // the same outcome again, e.g. after a crash before commit
        return Failure{Tr::tr("%1 is already %2 and cannot now be %3; retry it first if it "
                              "failed.")
                           .arg(runTitle(*run), actionStatusLabel(run->status).toLower(),
                                actionStatusLabel(status).toLower())};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE action_runs SET status = ?, next_attempt_at = NULL,"
                             " error_class = ?, error_reason = ?, document_type = ?,"
                             " document_id = ?, document_number = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(actionStatusKey(status));
    q.addBindValue(nonNull(errorClass));
    q.addBindValue(nonNull(reason));
    q.addBindValue(nonNull(documentType));
    q.addBindValue(nonNull(documentId));
    q.addBindValue(nonNull(documentNumber));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (const Status refreshed = refreshEnrollmentStatus(run->enrollmentId); !refreshed)
        return refreshed;
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

// Inside the caller's transaction: Active while some run is unfinished; then Done, or
// NeedsReview when one failed.
Status Store::refreshEnrollmentStatus(qint64 enrollmentId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(status IN ('done', 'failed')), 0),"
                             " coalesce(sum(status = 'failed'), 0)"
                             " FROM action_runs WHERE enrollment_id = ?"));
    q.addBindValue(enrollmentId);
    if (!q.exec() || !q.next())
        return readFailure(q.lastError());
    const int total = q.value(0).toInt();
    const int finished = q.value(1).toInt();
    const int failed = q.value(2).toInt();
    const EnrollmentStatus status = finished < total ? EnrollmentStatus::Active
                                    : failed > 0     ? EnrollmentStatus::NeedsReview
                                                     : EnrollmentStatus::Done;
    q.prepare(QStringLiteral("UPDATE enrollments SET status = ?, updated_at = ?"
                             " WHERE id = ? AND status <> ?"));
    q.addBindValue(enrollmentStatusKey(status));
    q.addBindValue(nowText());
    q.addBindValue(enrollmentId);
    q.addBindValue(enrollmentStatusKey(status));
    if (!q.exec())
        return writeFailure(q.lastError());
    return Status::success();
}

Status Store::scheduleRetry(qint64 id, const QDateTime &at, const QString &errorClass,
                            const QString &reason)
{
    if (!at.isValid())
        return Failure{Tr::tr("Action run %1 needs a valid time to retry at.").arg(id)};
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(id);
    if (!run)
        return run.failure();
    if (isFinished(run->status)) {
        return Failure{Tr::tr("%1 is already %2; there is nothing to retry.")
                           .arg(runTitle(*run), actionStatusLabel(run->status).toLower())};
    }
    // A paused run waits for its connection, not for a time: reconnecting resumes it.
    const bool paused = run->status == ActionStatus::Paused;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE action_runs SET status = ?, next_attempt_at = ?,"
                             " error_class = ?, error_reason = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(actionStatusKey(paused ? ActionStatus::Paused : ActionStatus::Waiting));
    q.addBindValue(paused ? QVariant() : QVariant(isoText(at)));
    q.addBindValue(paused ? run->errorClass : nonNull(errorClass));
    q.addBindValue(paused ? run->errorReason : nonNull(reason));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::pauseActionRuns(const QString &connectionId, const QString &reason)
{
    const QString why =
        reason.trimmed().isEmpty()
            ? Tr::tr("The QuickBooks connection needs reconnecting before this action can run.")
            : reason.trimmed();
    // One statement: all of the connection's runs pause together or none does.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE action_runs SET status = 'paused', next_attempt_at = NULL,"
                             " error_class = 'needsReconnect', error_reason = ?, updated_at = ?"
                             " WHERE connection_id = ? AND status IN ('pending', 'running',"
                             " 'waiting')"));
    q.addBindValue(why);
    q.addBindValue(nowText());
    q.addBindValue(nonNull(connectionId));
    if (!q.exec())
        return writeFailure(q.lastError());
    return Status::success();
}

Status Store::resumeActionRuns(const QString &connectionId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE action_runs SET status = CASE WHEN EXISTS (SELECT 1 FROM steps"
        " WHERE steps.action_run_id = action_runs.id) THEN 'running' ELSE 'pending' END,"
        " next_attempt_at = NULL, error_class = '', error_reason = '', updated_at = ?"
        " WHERE connection_id = ? AND status = 'paused'"));
    q.addBindValue(nowText());
    q.addBindValue(nonNull(connectionId));
    if (!q.exec())
        return writeFailure(q.lastError());
    return Status::success();
}

Status Store::retryActionRun(qint64 id)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(id);
    if (!run)
        return run.failure();
    if (run->status != ActionStatus::Failed) {
        return Failure{Tr::tr("Only a failed action can be retried; %1 is %2.")
                           .arg(runTitle(*run), actionStatusLabel(run->status).toLower())};
    }
    QSqlQuery q(db);
    // A refused step created nothing; only sent (unanswered) and done steps may have.
    q.prepare(QStringLiteral(
        "SELECT count(*), sum(state = 'failed') FROM steps WHERE action_run_id = ?"
        " AND state IN ('sent', 'done', 'failed')"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return readFailure(q.lastError());
    const bool anyRefused = q.value(1).toInt() > 0;
    const bool anySent = q.value(0).toInt() - q.value(1).toInt() > 0;
    q.finish();
    // QuickBooks answers a repeated requestid with its first answer — for a refusal, the
    // refusal again. A refused step therefore goes out under a new requestid (the run's next
    // generation): nothing was created under the old one, so nothing can be created twice.
    const int generation = run->generation + (anyRefused ? 1 : 0);
    if (anyRefused && anySent) {
        QSqlQuery steps(db);
        steps.prepare(QStringLiteral(
            "SELECT id, request_id FROM steps WHERE action_run_id = ? AND state = 'failed'"));
        steps.addBindValue(id);
        if (!steps.exec())
            return readFailure(steps.lastError());
        QVector<QPair<qint64, QString>> renamed;
        while (steps.next())
            renamed.append({steps.value(0).toLongLong(),
                            QUuid::createUuidV5(QUuid::fromString(steps.value(1).toString()),
                                                QStringLiteral("retry %1").arg(generation))
                                .toString(QUuid::WithoutBraces)});
        steps.finish();
        for (const auto &[stepId, requestId] : std::as_const(renamed)) {
            q.prepare(QStringLiteral("UPDATE steps SET request_id = ? WHERE id = ?"));
            q.addBindValue(requestId);
            q.addBindValue(stepId);
            if (!q.exec())
                return writeFailure(q.lastError());
        }
    }

    ActionStatus status = ActionStatus::Running;
    QStringList notes = run->notes;
    if (!anySent) {
        // Nothing of the plan left Bookflow: plan again, with what the person fixed meanwhile.
        q.prepare(QStringLiteral("DELETE FROM steps WHERE action_run_id = ?"));
        status = ActionStatus::Pending;
        notes.clear();
    } else {
        // Part of the plan may be in QuickBooks: keep all of it so the executor goes on where it
        // stopped. Done steps stay done, sent ones are resent as they were (same requestid), and
        // a step QuickBooks refused (nothing was created) is sent again after the fix.
        q.prepare(QStringLiteral("UPDATE steps SET state = 'planned', batch_id = '',"
                                 " sent_at = NULL WHERE action_run_id = ? AND state = 'failed'"));
    }
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    // The try count and the retry window start over; attempts() keeps the earlier tries.
    q.prepare(QStringLiteral("UPDATE action_runs SET status = ?, attempts = 0,"
                             " first_attempt_at = NULL, next_attempt_at = NULL, error_class = '',"
                             " error_reason = '', document_type = '', document_id = '',"
                             " document_number = '', notes = ?, generation = ?, updated_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(actionStatusKey(status));
    q.addBindValue(compactJson(notes));
    q.addBindValue(generation);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (const Status refreshed = refreshEnrollmentStatus(run->enrollmentId); !refreshed)
        return refreshed;
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::addActionRunNote(qint64 id, const QString &note)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(id);
    if (!run)
        return run.failure();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE action_runs SET notes = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(compactJson(run->notes + QStringList{note}));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::discardPlan(qint64 id)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    const Result<ActionRunRow> run = actionRun(id);
    if (!run)
        return run.failure();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM steps WHERE action_run_id = ? AND kind IN"
                             " ('createDocument', 'createPayment') AND state IN ('sent', 'done')"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return readFailure(q.lastError());
    if (q.value(0).toInt() > 0)
        return Failure{Tr::tr("%1 may already have created its document, so its plan is kept.")
                           .arg(runTitle(*run))};
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM steps WHERE action_run_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.prepare(QStringLiteral("UPDATE action_runs SET status = 'pending', next_attempt_at = NULL,"
                             " notes = '[]', updated_at = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

// ================================================================================================
// History
// ================================================================================================

Result<QVector<HistoryEntry>> Store::history(const QString &workflowId, int limit) const
{
    QSqlQuery q(database());
    q.prepare(
        historySql(workflowId.isEmpty() ? QString() : QStringLiteral("WHERE workflow_id = ?")));
    if (!workflowId.isEmpty())
        q.addBindValue(workflowId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return readFailure(q.lastError());
    Result<QVector<HistoryEntry>> entries = historyFrom(q);
    if (entries && q.lastError().isValid())
        return readFailure(q.lastError());
    return entries;
}

Result<QVector<HistoryEntry>> Store::needsReview() const
{
    QSqlQuery q(database());
    q.prepare(historySql(QStringLiteral("WHERE EXISTS (SELECT 1 FROM action_runs AS f WHERE"
                                        " f.enrollment_id = enrollments.id AND"
                                        " f.status = 'failed')")));
    q.addBindValue(-1);
    if (!q.exec())
        return readFailure(q.lastError());
    Result<QVector<HistoryEntry>> entries = historyFrom(q);
    if (entries && q.lastError().isValid())
        return readFailure(q.lastError());
    return entries;
}

Status Store::writeHistoryCsv(const QString &workflowId, QIODevice &out) const
{
    if (!out.isWritable())
        return Failure{Tr::tr("The history could not be written: the file is not open for "
                              "writing.")};
    const auto write = [&out](const QString &line) {
        const QByteArray bytes = line.toUtf8();
        return out.write(bytes) == bytes.size();
    };
    const auto writeFailed = [&out]() {
        return Failure{Tr::tr("The history could not be written (%1).").arg(out.errorString())};
    };
    if (!write(csvLine({Tr::tr("Enrolled at"), Tr::tr("Workflow id"), Tr::tr("Version"),
                        Tr::tr("Object type"), Tr::tr("Object id"), Tr::tr("Enrollment no"),
                        Tr::tr("Action id"), Tr::tr("Status"), Tr::tr("Document type"),
                        Tr::tr("Document number"), Tr::tr("Document id"), Tr::tr("Attempts"),
                        Tr::tr("Error class"), Tr::tr("Reason")})))
        return writeFailed();

    QSqlQuery q(database());
    q.setForwardOnly(true); // streamed: the whole history never sits in memory
    q.prepare(
        historySql(workflowId.isEmpty() ? QString() : QStringLiteral("WHERE workflow_id = ?")));
    if (!workflowId.isEmpty())
        q.addBindValue(workflowId);
    q.addBindValue(-1);
    if (!q.exec())
        return readFailure(q.lastError());
    bool written = true;
    const std::optional<Failure> failed =
        forEachHistoryRow(q, [&](const EnrollmentRow &e, const ActionRunRow *run) {
            if (!written)
                return;
            QStringList fields = {
                e.enrolledAt.toString(Qt::ISODate), e.workflowId, QString::number(e.version),
                objectTypeKey(e.objectType),        e.objectId,   QString::number(e.enrollmentNo)};
            if (run) {
                fields << run->actionId << actionStatusLabel(run->status) << run->documentType
                       << run->documentNumber << run->documentId << QString::number(run->attempts)
                       << run->errorClass << run->errorReason;
            } else {
                fields << QString() << enrollmentStatusLabel(e.status) << QString() << QString()
                       << QString() << QString() << QString() << QString();
            }
            written = write(csvLine(fields));
        });
    if (failed)
        return *failed;
    if (q.lastError().isValid())
        return readFailure(q.lastError());
    if (!written)
        return writeFailed();
    return Status::success();
}

// ================================================================================================
// Polling state
// ================================================================================================

Result<std::optional<QDateTime>> Store::cursor(const QString &workflowId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT last_modified FROM cursors WHERE workflow_id = ?"));
    q.addBindValue(workflowId);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return readFailure(q.lastError());
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(utcFrom(q.value(0)));
}

Status Store::setCursor(const QString &workflowId, const QDateTime &lastModified)
{
    if (!lastModified.isValid())
        return Failure{
            Tr::tr("The polling position of workflow %1 needs a valid time.").arg(workflowId)};
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    QSqlError error;
    const std::optional<bool> exists = workflowExists(db, workflowId, &error);
    if (!exists)
        return readFailure(error);
    if (!*exists)
        return noWorkflow(workflowId);
    QSqlQuery q(db);
    const QString now = nowText();
    q.prepare(QStringLiteral("INSERT INTO cursors (workflow_id, last_modified, updated_at)"
                             " VALUES (?, ?, ?) ON CONFLICT (workflow_id) DO UPDATE SET"
                             " last_modified = excluded.last_modified,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(workflowId);
    q.addBindValue(isoText(lastModified));
    q.addBindValue(now);
    if (!q.exec())
        return writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

Result<std::optional<RecordMemory>> Store::recordMemory(const QString &workflowId,
                                                        const QString &objectId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT matching, reenroll_values FROM record_memory"
                             " WHERE workflow_id = ? AND object_id = ?"));
    q.addBindValue(workflowId);
    q.addBindValue(objectId);
    if (!q.exec())
        return readFailure(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return readFailure(q.lastError());
        return std::optional<RecordMemory>();
    }
    RecordMemory memory;
    memory.matching = q.value(0).toInt() != 0;
    try {
        memory.reenrollValues = objectColumn(q.value(1), Tr::tr("re-enrollment values"));
    } catch (const ColumnError &error) {
        return damagedRow(Tr::tr("what was remembered about record %1").arg(objectId),
                          error.problem);
    }
    return std::optional<RecordMemory>(std::move(memory));
}

Status Store::setRecordMemory(const QString &workflowId, const QString &objectId,
                              const RecordMemory &memory)
{
    return setRecordMemories(workflowId, {{objectId, memory}});
}

Status Store::setRecordMemories(const QString &workflowId,
                                const QVector<QPair<QString, RecordMemory>> &memories)
{
    if (memories.isEmpty())
        return Status::success();
    for (const auto &[objectId, memory] : memories) {
        Q_UNUSED(memory)
        if (objectId.trimmed().isEmpty()) {
            return Failure{Tr::tr("A record without an id cannot be remembered for workflow %1. "
                                  "Nothing was saved.")
                               .arg(workflowId)};
        }
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return writeFailure(transaction.lastError());
    QSqlError error;
    const std::optional<bool> exists = workflowExists(db, workflowId, &error);
    if (!exists)
        return readFailure(error);
    if (!*exists)
        return noWorkflow(workflowId);
    QSqlQuery q(db);
    const QString now = nowText();
    // One prepared statement for every row, one transaction for all: thousands of records at
    // publishing take one fsync, not thousands.
    q.prepare(QStringLiteral("INSERT INTO record_memory (workflow_id, object_id, matching,"
                             " reenroll_values, updated_at) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (workflow_id, object_id) DO UPDATE SET"
                             " matching = excluded.matching,"
                             " reenroll_values = excluded.reenroll_values,"
                             " updated_at = excluded.updated_at"));
    for (const auto &[objectId, memory] : memories) {
        q.bindValue(0, workflowId);
        q.bindValue(1, objectId);
        q.bindValue(2, memory.matching ? 1 : 0);
        q.bindValue(3, compactJson(memory.reenrollValues));
        q.bindValue(4, now);
        if (!q.exec())
            return writeFailure(q.lastError());
    }
    q.finish();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return Status::success();
}

} // namespace bookflow
