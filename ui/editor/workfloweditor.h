#pragma once

#include "core/store/store.h"
#include "core/workflow/workflow.h"
#include "ui/editor/workflowcanvas.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QToolButton;

namespace bookflow {

class PropertyCatalog;
class Workspace;
class WorkflowDocument;

// The window in which one workflow is edited (UI.md "Workflow editor"): a header with the name
// (edited in place), the type, where the draft stands and on/off, and the commands (Test, Review
// and publish, Versions, Save, Undo, Redo); the canvas of cards on the left; the selected card's
// panel on the right.
//
// The editor owns the WorkflowDocument: the draft as loaded from the store plus its undo history.
// Every edit — the canvas's (add, move, delete, rename) and the panels' — goes through
// document()->apply(), and the whole window redraws from document()->workflow() on
// document()->changed(). The panels themselves come from factories (setPanelFactories), so the
// editor does not depend on them.
//
// Stable object names for tests: "workflowName", "workflowType", "workflowStatus",
// "workflowOnOff", "undoButton", "redoButton", "saveButton", "testButton", "reviewButton",
// "versionsButton", "canvasScroll", "panelScroll", "panelPlaceholder", and the canvas's names
// (WorkflowCanvas).
class WorkflowEditor : public QMainWindow
{
    Q_OBJECT

public:
    // The trigger's panel and an action's panel, parented to `parent` (the editor keeps them and
    // shows them in its right-hand scroll area). An action panel may declare the signal
    // `deleteRequested(QString actionId)`; its Delete button then deletes the action.
    using TriggerPanelFactory = std::function<QWidget *(WorkflowDocument *, QWidget *parent)>;
    using ActionPanelFactory =
        std::function<QWidget *(WorkflowDocument *, const QString &actionId, QWidget *parent)>;
    // Asked when the window closes with unsaved changes: Save, Discard or Cancel.
    using CloseQuestion = std::function<QMessageBox::StandardButton()>;

    // Loads the draft of `workflowId` from `store` (the GUI thread's store). `workspace` loads
    // the HubSpot property labels the trigger card shows, off the GUI thread.
    WorkflowEditor(Store &store, Workspace &workspace, const QString &workflowId,
                   QWidget *parent = nullptr);
    ~WorkflowEditor() override;

    WorkflowDocument *document() const { return m_document; }
    QString workflowId() const { return m_workflowId; }
    // False when the draft could not be read (the window then shows loadError() and edits
    // nothing).
    bool isLoaded() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }

    // Panels are made lazily on selection and kept while their action keeps its type. Without
    // factories the right-hand side shows a plain placeholder.
    void setPanelFactories(TriggerPanelFactory trigger, ActionPanelFactory action);
    // Replaces the Save / Discard / Cancel message box (tests answer without a modal loop).
    void setCloseQuestion(CloseQuestion question);

    EditorSelection selection() const { return m_selection; }
    // The widget the right-hand side shows now: a panel or the placeholder.
    QWidget *currentPanel() const;
    WorkflowCanvas *canvas() const { return m_canvas; }
    // The HubSpot property labels of this window, loaded on the Workspace for the objects the
    // triggers read: the trigger card shows them, and the trigger panel can share them
    // (TriggerPanel(document, editor->propertyCatalog(), parent)) instead of loading them again.
    PropertyCatalog *propertyCatalog() const { return m_catalog; }

public Q_SLOTS:
    // Writes the draft to the store and marks the document saved. False (and a message saying
    // why) when the store refuses.
    bool save();

    void selectTrigger();
    void selectAction(const QString &actionId);
    void clearSelection();

    // A new action of `type` at position `index` of the actions (0 = first), connected to the
    // first US QuickBooks company, selected. Nothing for a type the workflow's object refuses.
    void insertAction(int index, bookflow::ActionType type);
    // Moves the action `delta` places (−1 up, +1 down) when it can go there.
    void moveAction(const QString &actionId, int delta);
    void deleteAction(const QString &actionId);

    // Reads where the workflow stands (published version, on/off) from the store again: after a
    // publish, turning it on or off, or when the window becomes active.
    void refreshStatus();

Q_SIGNALS:
    void testRequested();
    void reviewRequested();
    void versionsRequested();
    void saved();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct KeptPanel
    {
        QPointer<QWidget> widget;
        ActionType type = ActionType::CreateInvoice;
    };

    void buildActions();
    QWidget *buildHeader();
    QToolButton *toolButton(QAction *action, const QString &objectName, bool textBeside);
    void onDocumentChanged();
    void refreshCanvas();
    void refreshTriggerCard();
    void updateTitle();
    void updateStatusLine();
    void select(const EditorSelection &selection);
    void showPanel();
    QWidget *panelFor(const EditorSelection &selection);
    QWidget *placeholder(const QString &text);
    void discardPanel(QWidget *panel);
    void loadPropertyLabels(const Workflow &workflow);
    QVector<Connection> connections() const;
    bool canvasHasFocus() const;

    Store &m_store;
    QString m_workflowId;
    QString m_loadError;
    WorkflowDocument *m_document = nullptr;

    TriggerPanelFactory m_triggerFactory;
    ActionPanelFactory m_actionFactory;
    CloseQuestion m_closeQuestion;

    EditorSelection m_selection;
    PropertyCatalog *m_catalog = nullptr;
    WorkflowSummary m_summary;
    int m_publishedNumber = 0;
    std::optional<Workflow> m_published;
    int m_renameSerial = 0;

    QLineEdit *m_name = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_onOff = nullptr;
    QToolButton *m_saveButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_canvasScroll = nullptr;
    WorkflowCanvas *m_canvas = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    QWidget *m_shelf = nullptr; // keeps the panels not shown
    QLabel *m_placeholder = nullptr;
    QPointer<QWidget> m_triggerPanel;
    QHash<QString, KeptPanel> m_actionPanels;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_versionsAction = nullptr;
};

} // namespace bookflow
