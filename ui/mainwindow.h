#pragma once

#include "core/util/result.h"
#include "core/workflow/filter.h"

#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace bookflow {

class Store;
class WorkflowListModel;
struct Workflow;
struct WorkflowSummary;

// The main window (UI.md "Main window"): the toolbar (New workflow ▾, Import, Export, Duplicate,
// Delete, Turn on/off, search), the navigation on the left (Workflows, Run history, Needs review,
// Connections), the workflow list, an optional demo banner, and the status bar with the engine's
// state.
//
// The window opens whatever state the database is in: when the store cannot be opened (a damaged
// file, one from a newer Bookflow, …) it shows the store's reason in a banner and disables the
// list instead of failing, and it never touches the file (the store guarantees that).
//
// Other parts plug in without the window knowing them:
// - setPage() puts the Run history, Needs review and Connections screens in the navigation;
// - setEditorOpener() is how a workflow opens (double-click, Enter, Open, and after New and
//   Duplicate);
// - turnOnRequested() asks for the review-publish-enroll flow; turning off happens here;
// - setEngineStatus(), setNeedsReviewCount() and setDemoBanner() show what the engine and the
//   demo workspace say; reload() re-reads the list after a change made elsewhere.
//
// Every dialog is window-modal and opened with open(), never exec(): nothing blocks, and tests
// find the dialogs by object name and answer them by clicks and typing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Workflows, RunHistory, NeedsReview, Connections };
    Q_ENUM(Page)

    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool hasStore() const { return m_store != nullptr; }
    // Why the store is not available, or empty.
    QString storeError() const { return m_storeError; }
    // The window's own connection to the database (GUI thread), or null when it could not be
    // opened. Cheap local reads and writes only; slow work goes through the Workspace.
    Store *store() const { return m_store.get(); }

    // Puts `widget` in the navigation's section `page` in place of its placeholder (or of the
    // widget set before, which is deleted). The window owns it from now on. Page::Workflows is the
    // window's own list and is not replaced.
    void setPage(Page page, QWidget *widget);
    // The section's widget: the one set, the placeholder, or the workflow list.
    QWidget *page(Page page) const;
    Page currentPage() const;

    // How a workflow opens in the editor. Without one, opening shows a note in the status bar.
    void setEditorOpener(std::function<void(const QString &workflowId)> opener);

    // The number shown next to "Needs review" in the navigation; 0 hides it.
    void setNeedsReviewCount(int count);
    int needsReviewCount() const { return m_needsReviewCount; }

    // The engine's line in the status bar ("Checking HubSpot every 60 s · last check 07:42 ·
    // 12 enrolled today"), with a moving progress indicator while `busy`.
    void setEngineStatus(const QString &text, bool busy);

    // The demo banner above the list ("You are exploring demo data…") with [Connect accounts]
    // and [Reset demo data], and "Demo workspace" in the toolbar.
    void setDemoBanner(bool shown);
    bool isDemoBannerShown() const;

    // The id of the workflow selected in the list, or empty.
    QString selectedWorkflowId() const;

    // Writes the draft (version 0) or a published version to `path` (Store::exportFile).
    Status exportWorkflow(const QString &id, const QString &path, int version = 0);
    // Adds a copy of the workflow's draft as a new, never-published workflow named
    // "<name> (copy)" and returns its id.
    Result<QString> duplicateWorkflow(const QString &id);
    // Adds `workflow` under a fresh id as a new draft, selects it and opens it in the editor.
    Result<QString> addWorkflow(const Workflow &workflow);

public Q_SLOTS:
    void showPage(bookflow::MainWindow::Page page);
    // Asks for workflow files and imports them.
    void importWithDialog();
    // Imports each file as a new draft and selects the last one imported. Failures are listed in
    // one window-modal message box.
    void importFiles(const QStringList &paths);
    // Reads the workflow list from the store again (keeps the selection and the search). Call it
    // after a change made elsewhere (the editor saved, the engine ran).
    void reload();
    void selectWorkflow(const QString &id);
    // Opens the workflow in the editor (through the editor opener).
    void openWorkflow(const QString &id);
    void openSelected();
    // Pops up the New workflow menu under its toolbar button (Ctrl+N).
    void showNewWorkflowMenu();
    // Ask for a name, then add a blank workflow of `type` / one made from a template
    // (core/workflow/templates.h) and open it.
    void newWorkflow(bookflow::ObjectType type);
    void newWorkflowFromTemplate(const QString &templateFileName);
    // Asks whether to export the draft or a published version (when there is one), then for the
    // file.
    void exportSelected();
    void duplicateSelected();
    // Asks first. A workflow that is on is turned off before it can be deleted.
    void deleteSelected();
    // Off: done here. On: turnOnRequested(), since turning on goes through review, publishing and
    // the enroll-existing question.
    void turnSelectedOnOrOff();
    void showShortcuts();
    void showAbout();
    // Edit ▸ Settings… (ui/settings/settingsdialog.h).
    void showSettings();

Q_SIGNALS:
    // A workflow was added, changed (on/off) or deleted from this window.
    void workflowsChanged();
    void turnOnRequested(const QString &workflowId);
    void connectAccountsRequested();
    // Sent after the person confirmed that the demo data is to be reset.
    void resetDemoRequested();
    void pageChanged(bookflow::MainWindow::Page page);

protected:
    // A theme switch while running: the banners' tints follow the new palette.
    void changeEvent(QEvent *event) override;

private:
    enum ListState { TableState, EmptyState, NoMatchesState };

    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildCentralWidget();
    void buildStatusBar();
    QWidget *buildWorkflowsPage(QWidget *parent);
    QWidget *buildEmptyState(QWidget *parent);
    QFrame *buildDemoBanner(QWidget *parent);
    QWidget *buildPlaceholder(Page page, QWidget *parent);
    void showProblem(const QString &title, const QString &detail);
    void updateListState();
    void updateActions();
    void askName(const QString &title, const QString &description, const QString &name,
                 const std::function<void(const QString &)> &create);
    void askExportFile(const QString &id, int version);
    void confirmDelete(const QString &id);
    void showError(const QString &text, const QString &detail);
    const WorkflowSummary *selectedSummary() const;
    QString uniqueName(const QString &base) const;

    std::unique_ptr<Store> m_store;
    QString m_storeError;
    QString m_lastImportFolder;
    QString m_lastExportFolder;
    std::function<void(const QString &)> m_editorOpener;
    int m_needsReviewCount = 0;

    WorkflowListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QMenu *m_newMenu = nullptr;
    QToolButton *m_newButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_turnOnOffAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QActionGroup *m_pageActions = nullptr;

    QLineEdit *m_search = nullptr;
    QLabel *m_demoIndicator = nullptr;
    QAction *m_demoIndicatorAction = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_sections = nullptr;
    QFrame *m_demoBanner = nullptr;
    QWidget *m_demoBannerArea = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QStackedWidget *m_listStates = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noMatches = nullptr;
    QLabel *m_engineStatus = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace bookflow
