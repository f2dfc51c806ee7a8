#pragma once

#include "core/store/ledger.h"
#include "core/util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QVector>

namespace bookflow {

class Store;

// One row of the run history: one action of one enrollment, with what the table shows of it.
struct RunHistoryRow
{
    EnrollmentRow enrollment;
    ActionRunRow run;
    QString workflowName; // empty when the workflow was removed (its history stays)
    QString actionLabel;  // "Create a QuickBooks invoice"; the action id when unknown
    int actionCount = 1;  // actions in the enrollment
};

// The run history (UI.md "Run history / Needs review"; PRODUCT.md §4) as a read-only table over
// Store::history or Store::needsReview: one row per action run, newest enrollment first.
// Views filter and sort through RunHistoryFilter; SortRole orders times and numbers correctly.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        WorkflowColumn,
        VersionColumn,
        RecordColumn,
        ActionColumn,
        StatusColumn,
        DocumentColumn,
        ReasonColumn, // why the action failed or waits; Needs review shows it instead of status
        ColumnCount
    };
    enum Role {
        ActionRunIdRole = Qt::UserRole + 1, // qint64
        WorkflowIdRole,                     // QString
        StatusRole,                         // int: ActionStatus
        EnrolledAtRole,                     // QDateTime, UTC
        SortRole,                           // a value that sorts the column correctly
    };

    explicit RunHistoryModel(QObject *parent = nullptr);

    // Reads the history again: every action run (`failedOnly` false), or only the failed ones of
    // Store::needsReview (true). On failure the rows stay as they were.
    Status reload(const Store &store, bool failedOnly);
    void setRows(const QVector<RunHistoryRow> &rows);
    const QVector<RunHistoryRow> &rows() const { return m_rows; }
    const RunHistoryRow &row(int row) const { return m_rows.at(row); }
    // The row of the action run, or -1.
    int rowOf(qint64 actionRunId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Texts shared by the table, the detail pane and the tests.
    static QString timeText(const QDateTime &utc);
    static QString recordText(const EnrollmentRow &enrollment); // "Quote 1234"
    static QString documentText(const ActionRunRow &run);       // "Invoice 1006", or ""
    static QString workflowText(const RunHistoryRow &row);      // the name, or "Removed workflow"
    static QString statusIconName(ActionStatus status);         // for bookflow::icon()

private:
    QVariant displayData(const RunHistoryRow &row, int column) const;
    QVariant sortData(const RunHistoryRow &row, int column) const;
    QVariant toolTipData(const RunHistoryRow &row, int column) const;
    QIcon statusIcon(ActionStatus status) const;

    QVector<RunHistoryRow> m_rows;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace bookflow
