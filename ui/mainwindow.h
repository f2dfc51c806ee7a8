#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <memory>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace bookflow {

class Store;
class WorkflowListModel;

// The main window (UI.md "Main window"): a toolbar with Import… and the search field, the
// navigation on the left, the workflow list, and a status bar.
//
// The window opens whatever state the database is in: when the store cannot be opened (a damaged
// file, one from a newer Bookflow, …) it shows the store's reason in a banner and disables the
// list instead of failing, and it never touches the file (the store guarantees that).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool hasStore() const { return m_store != nullptr; }
    // Why the store is not available, or empty.
    QString storeError() const { return m_storeError; }

public Q_SLOTS:
    // Asks for workflow files and imports them.
    void importWithDialog();
    // Imports each file as a new draft and selects the last one imported. Failures are listed in
    // one window-modal message box (opened, not exec'd, so nothing blocks).
    void importFiles(const QStringList &paths);
    // Reads the workflow list from the store again.
    void reload();

private:
    enum Page { TablePage, EmptyPage, NoMatchesPage };

    void buildToolBar();
    void buildCentralWidget();
    QWidget *buildEmptyPage();
    void showProblem(const QString &title, const QString &detail);
    void updatePages();
    void selectWorkflow(const QString &id);

    QString m_dataDir;
    std::unique_ptr<Store> m_store;
    QString m_storeError;
    QString m_lastImportFolder;

    WorkflowListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QAction *m_importAction = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_navigation = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noMatches = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace bookflow
