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
#include "ui/mainwindow.h"
#include "ui/review/reviewdialog.h"
#include "ui/review/versionsdialog.h"
#include "ui/testrun/testpanel.h"

#include <QLocale>

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
    connect(connections, &ConnectionsPage::connectionsChanged, &window, &MainWindow::reload);

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
}

DesktopApp::~DesktopApp()
{
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
