#pragma once

#include "core/store/ledger.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace bookflow {

// The run history's filters (UI.md "filters for workflow, status and date") over a
// RunHistoryModel, and its sorting by RunHistoryModel::SortRole.
class RunHistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunHistoryFilter(QObject *parent = nullptr);

    // Empty: every workflow.
    void setWorkflowId(const QString &workflowId);
    QString workflowId() const { return m_workflowId; }
    // Nothing: every status.
    void setStatus(std::optional<ActionStatus> status);
    std::optional<ActionStatus> status() const { return m_status; }
    // Enrolled on or after `from` and on or before `to`, in local time; a null date leaves that
    // end open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_workflowId;
    std::optional<ActionStatus> m_status;
    QDate m_from;
    QDate m_to;
};

} // namespace bookflow
