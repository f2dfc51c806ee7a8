#pragma once

#include "core/store/store.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace bookflow {

// One row of the main window's list: the store's summary plus what the window works out for it
// (when it last ran, what review says about its draft).
struct WorkflowListEntry
{
    WorkflowSummary summary;
    QDateTime lastRun;     // UTC; invalid when it never ran
    bool reviewed = false; // errors, warnings and issues below are known
    int errors = 0;
    int warnings = 0;
    QStringList issues; // review's messages, errors first
};

// The workflow list of the main window (UI.md "Main window"): one row per workflow, read-only.
// Views sort and filter through a QSortFilterProxyModel; SortRole gives each column's natural
// order (times as times, "never" before any run, errors before warnings) where the displayed text
// would mislead.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        StatusColumn,
        DraftColumn,
        LastRunColumn,
        IssuesColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the workflow's id
        SortRole,                  // a value that sorts the column correctly
    };

    explicit WorkflowListModel(QObject *parent = nullptr);

    // Replaces every row (the store is read again after each change; the list is short).
    void setEntries(const QVector<WorkflowListEntry> &entries);
    // The same with only the store's summaries: no last run, not reviewed.
    void setWorkflows(const QVector<WorkflowSummary> &workflows);
    const QVector<WorkflowListEntry> &entries() const { return m_entries; }
    // The row of the workflow with `id`, or -1.
    int rowOf(const QString &id) const;
    // The Last run column reads the clock: call this now and then so "2 min ago" stays true.
    void refreshTimes();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The texts the Status and Draft columns show, shared with tooltips and tests.
    static QString statusText(const WorkflowSummary &summary);
    static QString draftText(const WorkflowSummary &summary);
    // What kind of workflow it is, for the New menu and the editor: "Deal-based workflow".
    static QString kindText(ObjectType type);
    // "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date; "never" for
    // an invalid time. `now` and `then` in any time spec; days are counted in local time.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);

private:
    bool isRowIndex(const QModelIndex &index) const;
    QVariant displayData(const WorkflowListEntry &entry, int column) const;
    QVariant sortData(const WorkflowListEntry &entry, int column) const;
    QVariant toolTipData(const WorkflowListEntry &entry, int column) const;
    QVariant decorationData(const WorkflowListEntry &entry, int column) const;

    QVector<WorkflowListEntry> m_entries;
};

} // namespace bookflow
