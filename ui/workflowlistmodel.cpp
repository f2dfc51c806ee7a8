#include "ui/workflowlistmodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

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

// A status dot ("● On", "○ Off" in UI.md), drawn rather than shipped as a file so that it follows
// the palette; rendered at 1x and 2x so it stays crisp at 200 %.
QPixmap statusDot(int size, qreal ratio, bool filled, const QColor &color)
{
    // Device pixels with ratio 1: QIcon then picks the 32 px one for a 16 px slot at 200 %.
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(ratio, ratio);
    const qreal diameter = size * 0.5;
    const QRectF circle((size - diameter) / 2, (size - diameter) / 2, diameter, diameter);
    if (filled) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(circle);
    } else {
        painter.setPen(QPen(color, 1.25));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(0.6, 0.6, -0.6, -0.6));
    }
    return pixmap;
}

} // namespace

WorkflowListModel::WorkflowListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

bool WorkflowListModel::isRowIndex(const QModelIndex &index) const
{
    // Not checkIndex(): views and QAbstractItemModelTester legitimately ask about the root index,
    // and checkIndex() logs a warning for it.
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.row() < m_workflows.size() && index.column() < ColumnCount;
}

void WorkflowListModel::setWorkflows(const QVector<WorkflowSummary> &workflows)
{
    beginResetModel();
    m_workflows = workflows;
    endResetModel();
}

int WorkflowListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_workflows.size(); ++row) {
        if (m_workflows.at(row).id == id)
            return row;
    }
    return -1;
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    // A table: only the invisible root has children.
    return parent.isValid() ? 0 : int(m_workflows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const WorkflowSummary &summary = m_workflows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(summary, index.column());
    case Qt::ToolTipRole:
        return toolTipData(summary, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(summary.enabled);
        return {};
    case IdRole:
        return summary.id;
    case SortRole:
        return sortData(summary, index.column());
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
    case VersionColumn:
        return tr("Version");
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

QVariant WorkflowListModel::displayData(const WorkflowSummary &summary, int column) const
{
    switch (column) {
    case NameColumn:
        return summary.name.trimmed().isEmpty() ? tr("Untitled workflow") : summary.name;
    case TypeColumn:
        return objectTypeLabel(summary.objectType);
    case StatusColumn:
        return statusText(summary);
    case DraftColumn:
        return draftText(summary);
    case VersionColumn:
        return summary.publishedVersion > 0 ? QString::number(summary.publishedVersion)
                                            : tr("—", "version column: never published");
    }
    return {};
}

QVariant WorkflowListModel::sortData(const WorkflowSummary &summary, int column) const
{
    switch (column) {
    case NameColumn:
    case TypeColumn:
        return displayData(summary, column);
    case StatusColumn:
        return summary.enabled ? 1 : 0;
    case DraftColumn:
        return int(draftState(summary));
    case VersionColumn:
        return summary.publishedVersion;
    }
    return {};
}

QVariant WorkflowListModel::toolTipData(const WorkflowSummary &summary, int column) const
{
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
            return tr("The draft is the same as the published version.");
        case DraftEdited:
            return tr("The draft has changes that are not published yet.");
        case DraftNeverPublished:
            return tr("This workflow has not been published yet.");
        }
        return {};
    case VersionColumn:
        return summary.publishedVersion > 0
                   ? tr("Published version %1").arg(summary.publishedVersion)
                   : tr("Not published yet");
    default:
        return {};
    }
}

QIcon WorkflowListModel::statusIcon(bool enabled) const
{
    QIcon &icon = enabled ? m_onIcon : m_offIcon;
    if (icon.isNull()) {
        // Green reads as "running" in every palette; the hollow dot takes the text colour.
        const QColor color = enabled ? QColor(0x2e, 0x9d, 0x4f)
                                     : QGuiApplication::palette().color(QPalette::PlaceholderText);
        for (const qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(statusDot(16, ratio, enabled, color));
        }
    }
    return icon;
}

} // namespace bookflow
