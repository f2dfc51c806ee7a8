#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace bookflow {

class EngineLoop;
class MainWindow;
class QboCatalog;
class SecretStore;
class Workspace;
class WorkflowEditor;

// Puts the desktop app together around the main window: the Workspace (the worker lanes), the
// engine loop polling HubSpot every minute, the shared QuickBooks look-up lists, the Run
// history, Needs review and Connections pages, and one editor window per workflow with its
// trigger and action panels, test panel, review and versions dialogs.
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    // `window` must have an open store; `runEngine` false (screenshots) leaves polling off.
    DesktopApp(MainWindow &window, std::shared_ptr<SecretStore> secrets, bool runEngine,
               QObject *parent = nullptr);
    ~DesktopApp() override;

    Workspace &workspace() const { return *m_workspace; }
    EngineLoop &engine() const { return *m_engine; }
    // The editor of a workflow, opened (or raised) on demand.
    WorkflowEditor *openEditor(const QString &workflowId);

    // Workflows that are on keep running when the main window closes: the window hides, the
    // application stays (QGuiApplication::quitOnLastWindowClosed is false while any workflow
    // is on) and the tray icon, where there is a system tray, shows the state and reopens the
    // window. Quit (Ctrl+Q, the tray's menu) closes every window and ends the program.
    bool keepsRunningInBackground() const;
    // The line the tray icon shows: running, needs review, needs reconnect.
    QString trayStatus() const;
    // Shows, raises and activates the main window (the tray, a second launch).
    void showMainWindow();
    // Closes every window (editors ask about unsaved changes) and quits when all closed.
    void quit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateNeedsReview();
    void review(WorkflowEditor *editor);
    int workflowsOn() const;
    QStringList needingReconnect() const; // the names of connections to reconnect
    void updateTray();

    MainWindow &m_window;
    std::unique_ptr<Workspace> m_workspace;
    EngineLoop *m_engine = nullptr;
    QboCatalog *m_catalog = nullptr;
    QHash<QString, QPointer<WorkflowEditor>> m_editors;
    QSystemTrayIcon *m_tray = nullptr; // only where the desktop has a system tray
    QMenu *m_trayMenu = nullptr;
    int m_needsReview = 0;
    bool m_quitting = false;
    bool m_toldAboutBackground = false;
};

} // namespace bookflow
