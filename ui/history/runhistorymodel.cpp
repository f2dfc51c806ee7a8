#include "ui/history/runhistorymodel.h"

#include "core/engine/documentlink.h"
#include "core/store/store.h"
#include "ui/icons.h"

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace bookflow {

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
}

Status RunHistoryModel::reload(const Store &store, bool failedOnly)
{
    const Result<QVector<HistoryEntry>> entries =
        failedOnly ? store.needsReview() : store.history();
    if (!entries)
        return entries.failure();
    const Result<QVector<WorkflowSummary>> workflows = store.workflows();
    if (!workflows)
        return workflows.failure();
    QHash<QString, QString> names;
    for (const WorkflowSummary &summary : *workflows)
        names.insert(summary.id, summary.name);

    // The action's label comes from the version the enrollment runs (read once per version).
    QHash<QString, std::optional<Workflow>> versions;
    const auto versionOf = [&](const EnrollmentRow &enrollment) -> const std::optional<Workflow> & {
        const QString key = enrollment.workflowId + u'#' + QString::number(enrollment.version);
        auto it = versions.find(key);
        if (it == versions.end()) {
            Result<Workflow> read = store.version(enrollment.workflowId, enrollment.version);
            it = versions.insert(key, read ? std::optional<Workflow>(*read) : std::nullopt);
        }
        return *it;
    };

    QVector<RunHistoryRow> rows;
    for (const HistoryEntry &entry : *entries) {
        const std::optional<Workflow> &version = versionOf(entry.enrollment);
        for (const ActionRunRow &run : entry.actions) {
            if (failedOnly && run.status != ActionStatus::Failed)
                continue;
            RunHistoryRow row;
            row.enrollment = entry.enrollment;
            row.run = run;
            row.workflowName = names.value(entry.enrollment.workflowId);
            row.actionCount = int(entry.actions.size());
            const Action *action = version ? version->action(run.actionId) : nullptr;
            row.actionLabel = action ? actionTypeLabel(action->type) : run.actionId;
            rows.append(row);
        }
    }
    setRows(rows);
    return Status::success();
}

void RunHistoryModel::setRows(const QVector<RunHistoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RunHistoryModel::rowOf(qint64 actionRunId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).run.id == actionRunId)
            return i;
    }
    return -1;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const RunHistoryRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(row.run.status);
        return {};
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case ActionRunIdRole:
        return row.run.id;
    case WorkflowIdRole:
        return row.enrollment.workflowId;
    case StatusRole:
        return int(row.run.status);
    case EnrolledAtRole:
        return row.enrollment.enrolledAt;
    case SortRole:
        return sortData(row, index.column());
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Enrolled");
    case WorkflowColumn:
        return tr("Workflow");
    case VersionColumn:
        return tr("Version");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case DocumentColumn:
        return tr("QuickBooks document");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

Qt::ItemFlags RunHistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString RunHistoryModel::timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    // The locale's short date and time, without seconds: a run history is read by the minute.
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       locale.toString(local.time(), time));
}

QString RunHistoryModel::recordText(const EnrollmentRow &enrollment)
{
    return tr("%1 %2").arg(objectTypeLabel(enrollment.objectType), enrollment.objectId);
}

QString RunHistoryModel::documentText(const ActionRunRow &run)
{
    if (run.documentId.isEmpty())
        return {};
    const QString type = documentTypeLabel(run.documentType);
    // Expenses have no number of their own: their id names them.
    return run.documentNumber.isEmpty() ? tr("%1 (id %2)").arg(type, run.documentId)
                                        : tr("%1 %2").arg(type, run.documentNumber);
}

QString RunHistoryModel::workflowText(const RunHistoryRow &row)
{
    if (!row.workflowName.isEmpty())
        return row.workflowName;
    return tr("Removed workflow (%1)").arg(row.enrollment.workflowId.left(8));
}

QString RunHistoryModel::statusIconName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Done:
        return QStringLiteral("ok");
    case ActionStatus::Failed:
        return QStringLiteral("fail");
    case ActionStatus::Waiting:
        return QStringLiteral("retry");
    case ActionStatus::Paused:
        return QStringLiteral("warning");
    case ActionStatus::Running:
        return QStringLiteral("run");
    case ActionStatus::Pending:
        return QStringLiteral("history");
    }
    return QStringLiteral("history");
}

QVariant RunHistoryModel::displayData(const RunHistoryRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(row.enrollment.enrolledAt);
    case WorkflowColumn:
        return workflowText(row);
    case VersionColumn:
        return row.enrollment.version;
    case RecordColumn:
        return recordText(row.enrollment);
    case ActionColumn:
        return row.actionCount > 1 ? tr("%1. %2").arg(row.run.actionIndex + 1).arg(row.actionLabel)
                                   : row.actionLabel;
    case StatusColumn:
        return actionStatusLabel(row.run.status);
    case DocumentColumn:
        return documentText(row.run);
    case ReasonColumn:
        // One line in the table; the whole reason is in the tooltip and the detail pane.
        return QString(row.run.errorReason).replace(u'\n', u' ');
    default:
        return {};
    }
}

QVariant RunHistoryModel::sortData(const RunHistoryRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.enrollment.enrolledAt;
    case VersionColumn:
        return row.enrollment.version;
    case RecordColumn:
        // Record ids are numbers: 9 before 10.
        return QStringLiteral("%1 %2").arg(objectTypeLabel(row.enrollment.objectType),
                                           row.enrollment.objectId.rightJustified(20, u'0'));
    case DocumentColumn:
        return QStringLiteral("%1 %2").arg(documentTypeLabel(row.run.documentType),
                                           row.run.documentNumber.rightJustified(20, u'0'));
    default:
        return displayData(row, column);
    }
}

QVariant RunHistoryModel::toolTipData(const RunHistoryRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.run.updatedAt.isValid()
                   ? tr("Enrolled %1; last change %2")
                         .arg(timeText(row.enrollment.enrolledAt), timeText(row.run.updatedAt))
                   : tr("Enrolled %1").arg(timeText(row.enrollment.enrolledAt));
    case RecordColumn:
        return tr("%1, enrollment %2")
            .arg(recordText(row.enrollment))
            .arg(row.enrollment.enrollmentNo);
    case ReasonColumn:
        return row.run.errorReason.isEmpty() ? QVariant() : QVariant(row.run.errorReason);
    case StatusColumn:
        if (row.run.status == ActionStatus::Waiting && row.run.nextAttemptAt.isValid())
            return tr("%1 — next try %2").arg(row.run.errorReason, timeText(row.run.nextAttemptAt));
        return row.run.errorReason.isEmpty() ? actionStatusLabel(row.run.status)
                                             : row.run.errorReason;
    case DocumentColumn:
        return row.run.documentId.isEmpty()
                   ? QVariant()
                   : QVariant(
                         tr("%1, QuickBooks id %2").arg(documentText(row.run), row.run.documentId));
    default:
        return displayData(row, column);
    }
}

QIcon RunHistoryModel::statusIcon(ActionStatus status) const
{
    auto it = m_icons.find(int(status));
    if (it == m_icons.end())
        it = m_icons.insert(int(status), icon(statusIconName(status)));
    return *it;
}

} // namespace bookflow
