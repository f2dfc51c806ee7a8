#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

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

private:
    void updateNeedsReview();
    void review(WorkflowEditor *editor);

    MainWindow &m_window;
    std::unique_ptr<Workspace> m_workspace;
    EngineLoop *m_engine = nullptr;
    QboCatalog *m_catalog = nullptr;
    QHash<QString, QPointer<WorkflowEditor>> m_editors;
};

} // namespace bookflow
