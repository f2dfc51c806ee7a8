#pragma once

#include "core/engine/engineloop.h"
#include "core/store/ledger.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace bookflow {

class RunDetailPane;
class RunHistoryFilter;
class RunHistoryModel;
class Store;
class Workspace;

// Run history and Needs review (UI.md "Run history / Needs review"; PRODUCT.md §4): a table of
// every action of every enrollment (time, workflow, version, record, action, status, document)
// with filters for workflow, status and date, and a detail pane for the selected row with its
// steps, attempts, waits, notes, the error in words and what to do, "Open in QuickBooks",
// "Retry" and "Export CSV…". In Needs review mode only failed actions are listed and
// countChanged() keeps the navigation's "Needs review (3)" up to date.
//
// Running work shows: while the engine loop's pass runs, a busy indicator and its progress text;
// the page reads the store again when a pass finishes. A retry runs on the Workspace's Engine
// lane (after any pass in progress): Store::retryActionRun, then the action at once, as
// `bookflow-cli retry` does.
//
// Object names: "runHistoryPage" / "needsReviewPage"; "historyTitle", "workflowFilter",
// "statusFilter" (History mode only), "fromFilter" + "fromDate", "toFilter" + "toDate",
// "clearFiltersButton", "runNowButton" (with a loop), "exportButton", "historyBusy",
// "historyProgress", "lastCheck", "historyMessage", "historySplitter", "historyTable",
// "historyEmpty" (with "historyEmptyText", "emptyClearFiltersButton") and the RunDetailPane
// "runDetail". Actions (shortcuts work while focus is in the page): "refreshAction" (F5),
// "retryAction" (Ctrl+R), "openInQuickBooksAction" (Ctrl+Shift+O), "exportAction" (Save As),
// "runNowAction".
class RunHistoryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { History, NeedsReview };
    // Opens a document's link; QDesktopServices::openUrl unless a test replaces it.
    using UrlOpener = std::function<bool(const QUrl &)>;
    // Asks where to save the CSV (empty: cancelled); a file dialog unless a test replaces it.
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    // `loop` may be null (no progress shown, no "Check now").
    RunHistoryPage(Store &store, Workspace &workspace, EngineLoop *loop, Mode mode,
                   QWidget *parent = nullptr);
    ~RunHistoryPage() override;

    Mode mode() const { return m_mode; }
    // Rows listed before filtering: action runs (History) or failed actions (Needs review).
    int count() const { return m_count; }
    void setUrlOpener(UrlOpener opener);
    void setSaveFileChooser(SaveFileChooser chooser);

    // 0 when no row is selected.
    qint64 selectedActionRunId() const;
    // A retry started from this page is running.
    bool isRetrying() const { return m_retryingRunId != 0; }
    // The line that tells the outcome of the last export, retry or open (empty: none).
    QString message() const;

public Q_SLOTS:
    // Reads the history (and the workflow names) from the store again, keeping the selection.
    void reload();
    void clearFilters();
    // Asks for a file, then writes the run history as CSV (Store::writeHistoryCsv; the chosen
    // workflow, or every workflow) through QSaveFile.
    void exportCsv();
    void openSelectedInQuickBooks();
    void retrySelected();
    // Tries a failed action again now (refused by the store, with its reason, for any other).
    void retryActionRun(qint64 actionRunId);

Q_SIGNALS:
    void countChanged(int count);
    // A retry from this page ended: `done` when the action created its document.
    void retryFinished(qint64 actionRunId, bool done);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone { Info, Success, Problem };

    void buildActions();
    void buildLayout();
    void sizeColumns();
    void connectLoop();
    void applyFilters();
    void fillWorkflowFilter();
    void updateSelection();
    void updateActions();
    void updateBusy();
    void updateEmptyState();
    void showMessage(const QString &text, Tone tone);
    void showLastCheck(const EngineLoop::PassReport &report);

    Store &m_store;
    Workspace &m_workspace;
    QPointer<EngineLoop> m_loop;
    Mode m_mode;
    int m_count = -1;
    qint64 m_retryingRunId = 0;
    bool m_columnsFitted = false; // the columns were fitted to the first rows listed
    UrlOpener m_openUrl;
    SaveFileChooser m_chooseSaveFile;
    QString m_lastExportFolder;

    RunHistoryModel *m_model = nullptr;
    RunHistoryFilter *m_filter = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_runNowAction = nullptr;

    QLabel *m_title = nullptr;
    QComboBox *m_workflowFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_toDate = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_lastCheck = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClearFilters = nullptr;
    RunDetailPane *m_detail = nullptr;
    QString m_loadError;
};

} // namespace bookflow
