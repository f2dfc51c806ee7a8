#include "ui/history/runhistoryfilter.h"

#include "ui/history/runhistorymodel.h"

#include <QDateTime>

namespace bookflow {

RunHistoryFilter::RunHistoryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RunHistoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RunHistoryFilter::setWorkflowId(const QString &workflowId)
{
    if (workflowId == m_workflowId)
        return;
    m_workflowId = workflowId;
    invalidateFilter();
}

void RunHistoryFilter::setStatus(std::optional<ActionStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void RunHistoryFilter::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool RunHistoryFilter::isFiltering() const
{
    return !m_workflowId.isEmpty() || m_status.has_value() || m_from.isValid() || m_to.isValid();
}

bool RunHistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_workflowId.isEmpty() &&
        index.data(RunHistoryModel::WorkflowIdRole).toString() != m_workflowId)
        return false;
    if (m_status && index.data(RunHistoryModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day =
            index.data(RunHistoryModel::EnrolledAtRole).toDateTime().toLocalTime().date();
        if (m_from.isValid() && day < m_from)
            return false;
        if (m_to.isValid() && day > m_to)
            return false;
    }
    return true;
}

} // namespace bookflow
