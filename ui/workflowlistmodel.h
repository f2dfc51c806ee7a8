#pragma once

#include "core/store/store.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QVector>

namespace bookflow {

// The workflow list of the main window: one row per workflow, read-only. Views sort and filter
// through a QSortFilterProxyModel; SortRole gives each column's natural order (numbers as
// numbers, "never published" after published ones) where the displayed text would mislead.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, StatusColumn, DraftColumn, VersionColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the workflow's id
        SortRole,                  // a value that sorts the column correctly
    };

    explicit WorkflowListModel(QObject *parent = nullptr);

    // Replaces every row (the store is read again after each change; the list is short).
    void setWorkflows(const QVector<WorkflowSummary> &workflows);
    const QVector<WorkflowSummary> &workflows() const { return m_workflows; }
    // The row of the workflow with `id`, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The texts the Status and Draft columns show, shared with tooltips and tests.
    static QString statusText(const WorkflowSummary &summary);
    static QString draftText(const WorkflowSummary &summary);

private:
    bool isRowIndex(const QModelIndex &index) const;
    QVariant displayData(const WorkflowSummary &summary, int column) const;
    QVariant sortData(const WorkflowSummary &summary, int column) const;
    QVariant toolTipData(const WorkflowSummary &summary, int column) const;
    QIcon statusIcon(bool enabled) const;

    QVector<WorkflowSummary> m_workflows;
    mutable QIcon m_onIcon;
    mutable QIcon m_offIcon;
};

} // namespace bookflow
