#include "ui/workflowlistmodel.h"

#include "ui/icons.h"

#include <QLocale>

namespace bookflow {

namespace {

// The Draft column's order: up to date, edited, never published (most attention last).
enum DraftState { DraftPublished, DraftEdited, DraftNeverPublished };

DraftState draftState(const WorkflowSummary &summary)
{
    if (summary.publishedVersion == 0)
        return DraftNeverPublished;
    return summary.draftChanged ? DraftEdited : DraftPublished;
}

// How many review messages a tooltip lists before "and N more": enough to act on, short enough
// to read at a glance.
constexpr int TooltipIssues = 5;

} // namespace

WorkflowListModel::WorkflowListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

bool WorkflowListModel::isRowIndex(const QModelIndex &index) const
{
    // Not checkIndex(): views and QAbstractItemModelTester legitimately ask about the root index,
    // and checkIndex() logs a warning for it.
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.row() < m_entries.size() && index.column() < ColumnCount;
}

void WorkflowListModel::setEntries(const QVector<WorkflowListEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void WorkflowListModel::setWorkflows(const QVector<WorkflowSummary> &workflows)
{
    QVector<WorkflowListEntry> entries;
    entries.reserve(workflows.size());
    for (const WorkflowSummary &summary : workflows) {
        WorkflowListEntry entry;
        entry.summary = summary;
        entries.append(entry);
    }
    setEntries(entries);
}

int WorkflowListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).summary.id == id)
            return row;
    }
    return -1;
}

void WorkflowListModel::refreshTimes()
{
    if (m_entries.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, LastRunColumn), index(int(m_entries.size()) - 1, LastRunColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    // A table: only the invisible root has children.
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const WorkflowListEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return toolTipData(entry, index.column());
    case Qt::DecorationRole:
        return decorationData(entry, index.column());
    case Qt::AccessibleDescriptionRole:
        // Screen readers get what the icons and the short texts stand for.
        if (index.column() == IssuesColumn || index.column() == DraftColumn ||
            index.column() == StatusColumn)
            return toolTipData(entry, index.column());
        return {};
    case IdRole:
        return entry.summary.id;
    case SortRole:
        return sortData(entry, index.column());
    default:
        return {};
    }
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case DraftColumn:
        return tr("Draft");
    case LastRunColumn:
        return tr("Last run");
    case IssuesColumn:
        return tr("Issues");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags WorkflowListModel::flags(const QModelIndex &index) const
{
    if (!isRowIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString WorkflowListModel::statusText(const WorkflowSummary &summary)
{
    return summary.enabled ? tr("On") : tr("Off");
}

QString WorkflowListModel::draftText(const WorkflowSummary &summary)
{
    switch (draftState(summary)) {
    case DraftPublished:
        return tr("—", "draft column: the draft equals the published version");
    case DraftEdited:
        return tr("edited", "draft column: unpublished changes");
    case DraftNeverPublished:
        return tr("never published", "draft column");
    }
    return {};
}

QString WorkflowListModel::kindText(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return tr("Deal-based workflow");
    case ObjectType::Quote:
        return tr("Quote-based workflow");
    case ObjectType::Payment:
        return tr("Payment-based workflow");
    }
    return {};
}

QString WorkflowListModel::relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never", "last run");
    const qint64 seconds = then.secsTo(now);
    // A clock a little ahead on another machine sharing the database is not "in the future".
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", "", int(seconds / 60));
    const qint64 days = then.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return tr("%n h ago", "", int(seconds / 3600));
    if (days == 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", "", int(days));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QVariant WorkflowListModel::displayData(const WorkflowListEntry &entry, int column) const
{
    const WorkflowSummary &summary = entry.summary;
    switch (column) {
    case NameColumn:
        return summary.name.trimmed().isEmpty() ? tr("Untitled workflow") : summary.name;
    case TypeColumn:
        return objectTypeLabel(summary.objectType);
    case StatusColumn:
        return statusText(summary);
    case DraftColumn:
        return draftText(summary);
    case LastRunColumn:
        return relativeTime(entry.lastRun, QDateTime::currentDateTimeUtc());
    case IssuesColumn:
        if (!entry.reviewed)
            return tr("—", "issues column: not known");
        if (entry.errors + entry.warnings == 0)
            return tr("None", "issues column");
        return QString::number(entry.errors + entry.warnings);
    }
    return {};
}

QVariant WorkflowListModel::sortData(const WorkflowListEntry &entry, int column) const
{
    const WorkflowSummary &summary = entry.summary;
    switch (column) {
    case NameColumn:
    case TypeColumn:
        return displayData(entry, column);
    case StatusColumn:
        return summary.enabled ? 1 : 0;
    case DraftColumn:
        return int(draftState(summary));
    case LastRunColumn:
        // Never ran sorts before the oldest run.
        return entry.lastRun.isValid() ? entry.lastRun.toMSecsSinceEpoch() : qint64(-1);
    case IssuesColumn:
        // Any error outweighs any number of warnings.
        return entry.reviewed ? qint64(entry.errors) * 1000000 + entry.warnings : qint64(-1);
    }
    return {};
}

QVariant WorkflowListModel::toolTipData(const WorkflowListEntry &entry, int column) const
{
    const WorkflowSummary &summary = entry.summary;
    switch (column) {
    case NameColumn:
        if (!summary.updatedAt.isValid())
            return {};
        return tr("Last changed %1")
            .arg(QLocale().toString(summary.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case StatusColumn:
        return summary.enabled ? tr("On: records that meet the triggers are enrolled.")
                               : tr("Off: no records are enrolled.");
    case DraftColumn:
        switch (draftState(summary)) {
        case DraftPublished:
            return tr("The draft is the same as published version %1.")
                .arg(summary.publishedVersion);
        case DraftEdited:
            return tr("The draft has changes that are not published yet (published version: %1).")
                .arg(summary.publishedVersion);
        case DraftNeverPublished:
            return tr("This workflow has not been published yet.");
        }
        return {};
    case LastRunColumn:
        if (!entry.lastRun.isValid())
            return tr("No record has been enrolled in this workflow yet.");
        return tr("Last enrollment or action: %1")
            .arg(QLocale().toString(entry.lastRun.toLocalTime(), QLocale::ShortFormat));
    case IssuesColumn: {
        if (!entry.reviewed)
            return tr("The draft could not be reviewed.");
        if (entry.errors + entry.warnings == 0)
            return tr("Review finds nothing to fix in the draft.");
        // Two explicit forms rather than "%n error(s)", which reads badly in English until a
        // numerus translation exists.
        const QString errors =
            entry.errors == 1 ? tr("1 error") : tr("%1 errors").arg(entry.errors);
        const QString warnings =
            entry.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(entry.warnings);
        const QString head = entry.errors > 0 && entry.warnings > 0
                                 ? tr("%1 and %2 in the draft:").arg(errors, warnings)
                             : entry.errors > 0 ? tr("%1 in the draft:").arg(errors)
                                                : tr("%1 in the draft:").arg(warnings);
        QStringList lines{head};
        for (int i = 0; i < entry.issues.size() && i < TooltipIssues; ++i)
            lines << QStringLiteral("• ") + entry.issues.at(i);
        if (entry.issues.size() > TooltipIssues)
            lines << tr("… and %1 more").arg(entry.issues.size() - TooltipIssues);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant WorkflowListModel::decorationData(const WorkflowListEntry &entry, int column) const
{
    switch (column) {
    case StatusColumn:
        return icon(entry.summary.enabled ? QStringLiteral("on") : QStringLiteral("off"));
    case IssuesColumn:
        if (!entry.reviewed)
            return {};
        if (entry.errors > 0)
            return icon(QStringLiteral("error"));
        if (entry.warnings > 0)
            return icon(QStringLiteral("warning"));
        return {};
    default:
        return {};
    }
}

} // namespace bookflow
