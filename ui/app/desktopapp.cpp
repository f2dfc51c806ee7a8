#include "ui/app/desktopapp.h"

#include "core/auth/secretstore.h"
#include "core/engine/engineloop.h"
#include "core/engine/workspace.h"
#include "core/store/store.h"
#include "ui/actions/actionpanel.h"
#include "ui/actions/qbocatalog.h"
#include "ui/connections/connectionspage.h"
#include "ui/editor/workfloweditor.h"
#include "ui/filters/filtergroupseditor.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/triggerpanel.h"
#include "ui/history/runhistorypage.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/review/reviewdialog.h"
#include "ui/review/versionsdialog.h"
#include "ui/testrun/testpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace bookflow {

DesktopApp::DesktopApp(MainWindow &window, std::shared_ptr<SecretStore> secrets, bool runEngine,
                       QObject *parent)
    : QObject(parent), m_window(window)
{
    Store &store = *window.store();
    m_workspace = std::make_unique<Workspace>(store.dataDir(), std::move(secrets));
    m_engine = new EngineLoop(*m_workspace, this);
    m_catalog = new QboCatalog(*m_workspace, this);

    auto *history =
        new RunHistoryPage(store, *m_workspace, m_engine, RunHistoryPage::Mode::History);
    auto *needsReview =
        new RunHistoryPage(store, *m_workspace, m_engine, RunHistoryPage::Mode::NeedsReview);
    auto *connections = new ConnectionsPage(store, *m_workspace);
    connections->setCatalog(m_catalog);
    // The data-sync contact filters use the trigger panel's editor, labels from HubSpot.
    auto *contactProperties = new PropertyCatalog(*m_workspace, this);
    connections->setFilterEditorFactory(
        [contactProperties](const QVector<FilterGroup> &groups,
                            std::function<void(const QVector<FilterGroup> &)> onEdited,
                            QWidget *parent) -> QWidget * {
            auto *editor =
                new FilterGroupsEditor(contactProperties, {FilterObject::Contact}, parent);
            editor->setGroups(groups);
            QObject::connect(editor, &FilterGroupsEditor::edited, editor,
                             [onEdited](const QVector<FilterGroup> &edited, const QString &,
                                        const QString &) { onEdited(edited); });
            return editor;
        });
    window.setPage(MainWindow::Page::RunHistory, history);
    window.setPage(MainWindow::Page::NeedsReview, needsReview);
    window.setPage(MainWindow::Page::Connections, connections);
    connect(needsReview, &RunHistoryPage::countChanged, &window, &MainWindow::setNeedsReviewCount);
    window.setNeedsReviewCount(needsReview->count());
    m_needsReview = needsReview->count();
    connect(needsReview, &RunHistoryPage::countChanged, this, [this](int count) {
        m_needsReview = count;
        updateTray();
    });
    connect(connections, &ConnectionsPage::connectionsChanged, &window, &MainWindow::reload);
    // The demo banner's [Connect accounts] leads to the page where real accounts are connected.
    connect(&window, &MainWindow::connectAccountsRequested, &window,
            [&window] { window.showPage(MainWindow::Page::Connections); });

    window.setEditorOpener([this](const QString &id) { openEditor(id); });
    connect(&window, &MainWindow::turnOnRequested, this, [this](const QString &id) {
        if (WorkflowEditor *editor = openEditor(id))
            review(editor);
    });

    connect(m_engine, &EngineLoop::passStarted, this,
            [this] { m_window.setEngineStatus(tr("Checking HubSpot…"), true); });
    connect(m_engine, &EngineLoop::progress, this,
            [this](const QString &text) { m_window.setEngineStatus(text, true); });
    connect(
        m_engine, &EngineLoop::passFinished, this, [this](const EngineLoop::PassReport &report) {
            const QString at =
                QLocale().toString(report.finishedAt.toLocalTime().time(), QLocale::ShortFormat);
            m_window.setEngineStatus(report.ok()
                                         ? tr("Checking HubSpot every %1 s · last check %2 · %3")
                                               .arg(m_engine->intervalSeconds())
                                               .arg(at, report.summary())
                                         : tr("Last check %1 failed: %2").arg(at, report.error),
                                     false);
            m_window.reload();
        });
    if (runEngine) {
        m_window.setEngineStatus(tr("Starting…"), true);
        m_engine->start(60);
    }

    // Running in the background: the window's close is watched, Quit really quits.
    window.installEventFilter(this);
    if (QAction *quitAction = window.findChild<QAction *>(QStringLiteral("quitAction"))) {
        disconnect(quitAction, &QAction::triggered, &window, nullptr);
        connect(quitAction, &QAction::triggered, this, &DesktopApp::quit);
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(QStringLiteral("bookflow")), this);
        m_trayMenu = new QMenu;
        QAction *open = m_trayMenu->addAction(tr("Open Bookflow"));
        connect(open, &QAction::triggered, this, &DesktopApp::showMainWindow);
        QAction *check = m_trayMenu->addAction(icon(QStringLiteral("refresh")), tr("Check now"));
        connect(check, &QAction::triggered, m_engine, &EngineLoop::runNow);
        m_trayMenu->addSeparator();
        QAction *quitAction = m_trayMenu->addAction(tr("Quit Bookflow"));
        connect(quitAction, &QAction::triggered, this, &DesktopApp::quit);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        showMainWindow();
                });
    }
    connect(m_engine, &EngineLoop::passStarted, this, &DesktopApp::updateTray);
    connect(m_engine, &EngineLoop::passFinished, this, &DesktopApp::updateTray);
    connect(connections, &ConnectionsPage::connectionsChanged, this, &DesktopApp::updateTray);
    connect(&window, &MainWindow::workflowsChanged, this, &DesktopApp::updateTray);
    updateTray();
}

DesktopApp::~DesktopApp()
{
    m_window.removeEventFilter(this);
    delete m_trayMenu;
    for (const QPointer<WorkflowEditor> &editor : std::as_const(m_editors))
        delete editor.data();
    m_engine->stop();
    m_workspace->shutdown();
}

WorkflowEditor *DesktopApp::openEditor(const QString &workflowId)
{
    if (QPointer<WorkflowEditor> open = m_editors.value(workflowId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    Store &store = *m_window.store();
    auto *editor = new WorkflowEditor(store, *m_workspace, workflowId);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QboCatalog *catalog = m_catalog;
    editor->setPanelFactories(
        [editor](WorkflowDocument *document, QWidget *parent) -> QWidget * {
            return new TriggerPanel(document, editor->propertyCatalog(), parent);
        },
        [&store, catalog](WorkflowDocument *document, const QString &actionId, QWidget *parent)
            -> QWidget * { return new ActionPanel(document, actionId, store, catalog, parent); });
    connect(editor, &WorkflowEditor::testRequested, editor, [this, editor] {
        TestPanel::openDialog(*m_window.store(), *m_workspace, editor->document(), editor);
    });
    connect(editor, &WorkflowEditor::reviewRequested, editor, [this, editor] { review(editor); });
    connect(editor, &WorkflowEditor::versionsRequested, editor, [this, editor] {
        auto *dialog = new VersionsDialog(*m_window.store(), editor->document(), editor);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setPropertyCatalog(editor->propertyCatalog());
        dialog->open();
    });
    connect(editor, &WorkflowEditor::saved, &m_window, &MainWindow::reload);
    m_editors.insert(workflowId, editor);
    editor->show();
    return editor;
}

void DesktopApp::review(WorkflowEditor *editor)
{
    auto *dialog = new ReviewDialog(*m_window.store(), *m_workspace, editor->document(), editor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::showActionRequested, editor, &WorkflowEditor::selectAction);
    connect(dialog, &ReviewDialog::showTriggersRequested, editor,
            [editor](int) { editor->selectTrigger(); });
    connect(dialog, &ReviewDialog::published, editor, [this, editor](int, bool) {
        editor->refreshStatus();
        m_window.reload();
    });
    dialog->open();
}

} // namespace bookflow

namespace bookflow {

int DesktopApp::workflowsOn() const
{
    const Result<QVector<WorkflowSummary>> workflows = m_window.store()->workflows();
    if (!workflows)
        return 0;
    return int(std::count_if(workflows->cbegin(), workflows->cend(),
                             [](const WorkflowSummary &w) { return w.enabled; }));
}

bool DesktopApp::keepsRunningInBackground() const
{
    return !m_quitting && m_engine->isStarted() && workflowsOn() > 0;
}

QString DesktopApp::trayStatus() const
{
    QStringList lines;
    const int on = workflowsOn();
    if (on == 0)
        lines << tr("No workflow is on");
    else if (m_engine->isRunning())
        lines << tr("Running: %n workflow(s) on, checking HubSpot now", nullptr, on);
    else
        lines << tr("Running: %n workflow(s) on", nullptr, on);
    if (m_needsReview > 0)
        lines << tr("%n action(s) need review", nullptr, m_needsReview);
    for (const QString &name : needingReconnect())
        lines << tr("%1 needs to be reconnected").arg(name);
    return lines.join(QLatin1Char('\n'));
}

QStringList DesktopApp::needingReconnect() const
{
    QStringList names;
    const Result<QVector<Connection>> connections = m_window.store()->connections();
    if (connections) {
        for (const Connection &c : *connections) {
            if (c.state == ConnectionState::NeedsReconnect)
                names << c.name;
        }
    }
    return names;
}

void DesktopApp::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(tr("Bookflow") + QLatin1Char('\n') + trayStatus());
    const bool attention = m_needsReview > 0 || !needingReconnect().isEmpty();
    m_tray->setIcon(icon(attention ? QStringLiteral("warning") : QStringLiteral("bookflow")));
    // Shown while there is something to say: work in the background, or a window to reopen.
    m_tray->setVisible(workflowsOn() > 0 || !m_window.isVisible());
}

void DesktopApp::showMainWindow()
{
    m_window.show();
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.raise();
    m_window.activateWindow();
}

void DesktopApp::quit()
{
    m_quitting = true;
    QGuiApplication::setQuitOnLastWindowClosed(true);
    QApplication::closeAllWindows();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible()) {
            m_quitting = false; // an editor kept its unsaved changes: nothing quits
            return;
        }
    }
    QCoreApplication::quit();
}

bool DesktopApp::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close) {
        const bool background = keepsRunningInBackground();
        QGuiApplication::setQuitOnLastWindowClosed(!background);
        if (background) {
            updateTray();
            if (m_tray && !m_toldAboutBackground) {
                m_toldAboutBackground = true;
                m_tray->showMessage(tr("Bookflow keeps running"),
                                    tr("Workflows that are on go on running. Open Bookflow or "
                                       "quit it from this icon."),
                                    QSystemTrayIcon::Information, 8000);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bookflow
