#include "ui/editor/workfloweditor.h"

#include "core/workflow/accountfield.h"
#include "core/workflow/review.h"
#include "ui/editor/workflowcard.h"
#include "ui/editor/workflowdocument.h"
#include "ui/filters/propertycatalog.h"
#include "ui/icons.h"
#include "ui/workflowlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// The review the cards show. Without the connections, only what needs none is reviewed, rather
// than claim that nothing is connected.
QVector<ReviewItem> reviewOf(const Workflow &workflow, const Result<QVector<Connection>> &listed)
{
    return listed ? WorkflowReview::review(workflow, *listed) : WorkflowReview::review(workflow);
}

int indexOfAction(const Workflow &workflow, const QString &actionId)
{
    for (int i = 0; i < workflow.actions.size(); ++i) {
        if (workflow.actions.at(i).id == actionId)
            return i;
    }
    return -1;
}

// The separator between the header's facts: "Deal-based workflow · Draft · … · ● On".
QLabel *dot(QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("·"), parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// "Save the draft (Ctrl+S)", with the keys as this platform writes them.
QString withKeys(const QString &text, const QAction *action)
{
    return WorkflowEditor::tr("%1 (%2)").arg(text,
                                             action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

WorkflowEditor::WorkflowEditor(Store &store, Workspace &workspace, const QString &workflowId,
                               QWidget *parent)
    : QMainWindow(parent), m_store(store), m_workflowId(workflowId)
{
    setObjectName(QStringLiteral("workflowEditor"));
    Workflow draft;
    const Result<Workflow> loaded = store.draft(workflowId);
    if (loaded) {
        draft = *loaded;
    } else {
        m_loadError = loaded.reason();
        draft.id = workflowId;
    }
    m_document = new WorkflowDocument(draft, this);
    m_catalog = new PropertyCatalog(workspace, this);

    buildActions();

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(buildHeader());
    auto *rule = new QFrame(central);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    column->addWidget(rule);

    m_shelf = new QWidget(this);
    m_shelf->setObjectName(QStringLiteral("panelShelf"));
    m_shelf->hide();
    m_placeholder = new QLabel(m_shelf);
    m_placeholder->setObjectName(QStringLiteral("panelPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(32);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_canvas = new WorkflowCanvas;
    m_canvasScroll = new QScrollArea;
    m_canvasScroll->setObjectName(QStringLiteral("canvasScroll"));
    m_canvasScroll->setFrameShape(QFrame::NoFrame);
    m_canvasScroll->setWidgetResizable(true);
    m_canvasScroll->setBackgroundRole(QPalette::Window);
    m_canvasScroll->setWidget(m_canvas);

    m_panelScroll = new QScrollArea;
    m_panelScroll->setObjectName(QStringLiteral("panelScroll"));
    m_panelScroll->setFrameShape(QFrame::NoFrame);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setMinimumWidth(340);
    m_panelScroll->setAccessibleName(tr("Settings of the selected card"));

    // The panel side starts with a rule, so canvas and panel read as two areas in any palette.
    auto *panelSide = new QWidget;
    auto *panelRow = new QHBoxLayout(panelSide);
    panelRow->setContentsMargins(0, 0, 0, 0);
    panelRow->setSpacing(0);
    auto *divider = new QFrame(panelSide);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    panelRow->addWidget(divider);
    panelRow->addWidget(m_panelScroll, 1);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_canvasScroll);
    m_splitter->addWidget(panelSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 460});

    if (isLoaded()) {
        column->addWidget(m_splitter, 1);
    } else {
        m_splitter->hide();
        auto *problem =
            new QLabel(tr("This workflow could not be opened.\n%1").arg(m_loadError), central);
        problem->setObjectName(QStringLiteral("loadError"));
        problem->setAlignment(Qt::AlignCenter);
        problem->setWordWrap(true);
        problem->setMargin(32);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(problem, 1);
        m_name->setEnabled(false);
        for (QAction *action : {m_saveAction, m_testAction, m_reviewAction, m_versionsAction})
            action->setEnabled(false);
    }
    setCentralWidget(central);

    connect(m_document, &WorkflowDocument::changed, this, &WorkflowEditor::onDocumentChanged);
    connect(m_document, &WorkflowDocument::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        m_saveAction->setEnabled(modified && isLoaded());
        updateStatusLine();
    });

    // Labels arriving turn "dealname" into "Deal name" on the trigger card. Only that card is
    // redrawn: a (+) menu the person has open stays open.
    connect(m_catalog, &PropertyCatalog::loaded, this, &WorkflowEditor::refreshTriggerCard);
    // Tab goes from the header's last button into the flow, top to bottom.
    m_canvas->setTabAnchor(m_saveButton);
    connect(m_canvas, &WorkflowCanvas::triggerActivated, this, &WorkflowEditor::selectTrigger);
    connect(m_canvas, &WorkflowCanvas::actionActivated, this, &WorkflowEditor::selectAction);
    connect(m_canvas, &WorkflowCanvas::insertRequested, this, &WorkflowEditor::insertAction);
    connect(m_canvas, &WorkflowCanvas::moveRequested, this, &WorkflowEditor::moveAction);
    connect(m_canvas, &WorkflowCanvas::deleteRequested, this, &WorkflowEditor::deleteAction);

    // A rename is one undo step however many keys it takes; leaving the field ends the step, so
    // renaming again later is a step of its own.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Workflow renamed = m_document->workflow();
        renamed.name = text;
        m_document->apply(renamed, tr("Rename workflow"),
                          QStringLiteral("rename-%1").arg(m_renameSerial));
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] { ++m_renameSerial; });

    m_name->setText(draft.name);
    m_type->setText(WorkflowListModel::kindText(draft.objectType));
    m_saveAction->setEnabled(false);
    updateTitle();
    refreshStatus();
    refreshCanvas();
    showPanel();
    resize(1120, 760);
}

WorkflowEditor::~WorkflowEditor() = default;

void WorkflowEditor::buildActions()
{
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(icon(QStringLiteral("undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);

    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(icon(QStringLiteral("redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_saveAction = new QAction(icon(QStringLiteral("save")), tr("Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(
        tr("Save the draft (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });

    m_testAction = new QAction(icon(QStringLiteral("test")), tr("Test"), this);
    m_testAction->setObjectName(QStringLiteral("testAction"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAction->setToolTip(
        withKeys(tr("Try the draft on a record without creating anything"), m_testAction));
    connect(m_testAction, &QAction::triggered, this, &WorkflowEditor::testRequested);

    m_reviewAction = new QAction(icon(QStringLiteral("publish")), tr("Review and publish"), this);
    m_reviewAction->setObjectName(QStringLiteral("reviewAction"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_reviewAction->setToolTip(withKeys(
        tr("See what needs fixing, then publish the draft and turn it on"), m_reviewAction));
    connect(m_reviewAction, &QAction::triggered, this, &WorkflowEditor::reviewRequested);

    m_versionsAction = new QAction(icon(QStringLiteral("versions")), tr("Versions"), this);
    m_versionsAction->setObjectName(QStringLiteral("versionsAction"));
    m_versionsAction->setToolTip(tr("The published versions, to view or restore"));
    connect(m_versionsAction, &QAction::triggered, this, &WorkflowEditor::versionsRequested);

    // On the window, so their shortcuts work wherever the focus is in it.
    addActions(
        {m_undoAction, m_redoAction, m_saveAction, m_testAction, m_reviewAction, m_versionsAction});
}

QToolButton *WorkflowEditor::toolButton(QAction *action, const QString &objectName, bool textBeside)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(textBeside ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    button->setAutoRaise(!textBeside);
    button->setIconSize(QSize(18, 18));
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

QWidget *WorkflowEditor::buildHeader()
{
    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("editorHeader"));
    auto *outer = new QVBoxLayout(header);
    outer->setContentsMargins(16, 12, 16, 10);
    outer->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_name = new QLineEdit(header);
    m_name->setObjectName(QStringLiteral("workflowName"));
    m_name->setAccessibleName(tr("Workflow name"));
    m_name->setPlaceholderText(tr("Name the workflow"));
    m_name->setToolTip(tr("The workflow's name; type to change it"));
    QFont nameFont = m_name->font();
    if (nameFont.pointSizeF() > 0)
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    top->addWidget(m_name, 1);
    top->addSpacing(12);
    QToolButton *versions = toolButton(m_versionsAction, QStringLiteral("versionsButton"), true);
    QToolButton *test = toolButton(m_testAction, QStringLiteral("testButton"), true);
    QToolButton *review = toolButton(m_reviewAction, QStringLiteral("reviewButton"), true);
    top->addWidget(versions);
    top->addWidget(test);
    top->addWidget(review);
    outer->addLayout(top);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(6);
    QToolButton *undo = toolButton(m_undoAction, QStringLiteral("undoButton"), false);
    undo->setAccessibleName(tr("Undo"));
    QToolButton *redo = toolButton(m_redoAction, QStringLiteral("redoButton"), false);
    redo->setAccessibleName(tr("Redo"));
    facts->addWidget(undo);
    facts->addWidget(redo);
    facts->addSpacing(8);
    m_type = new QLabel(header);
    m_type->setObjectName(QStringLiteral("workflowType"));
    facts->addWidget(m_type);
    facts->addWidget(dot(header));
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("workflowStatus"));
    facts->addWidget(m_status);
    facts->addWidget(dot(header));
    m_onOff = new QLabel(header);
    m_onOff->setObjectName(QStringLiteral("workflowOnOff"));
    facts->addWidget(m_onOff);
    facts->addStretch(1);
    m_saveButton = toolButton(m_saveAction, QStringLiteral("saveButton"), true);
    facts->addWidget(m_saveButton);
    outer->addLayout(facts);
    return header;
}

void WorkflowEditor::setPanelFactories(TriggerPanelFactory trigger, ActionPanelFactory action)
{
    m_triggerFactory = std::move(trigger);
    m_actionFactory = std::move(action);
    // Panels made by the factories before (or placeholders) give way to the new ones.
    if (m_triggerPanel)
        discardPanel(m_triggerPanel);
    m_triggerPanel = nullptr;
    for (const KeptPanel &panel : std::as_const(m_actionPanels)) {
        if (panel.widget)
            discardPanel(panel.widget);
    }
    m_actionPanels.clear();
    showPanel();
}

void WorkflowEditor::setCloseQuestion(CloseQuestion question)
{
    m_closeQuestion = std::move(question);
}

QWidget *WorkflowEditor::currentPanel() const
{
    return m_panelScroll->widget();
}

bool WorkflowEditor::save()
{
    if (!isLoaded())
        return false;
    const Status written = m_store.saveDraft(m_document->workflow());
    if (!written) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The workflow was not saved"),
                                    written.reason(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("saveFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_document->markSaved();
    refreshStatus();
    Q_EMIT saved();
    return true;
}

void WorkflowEditor::selectTrigger()
{
    select(EditorSelection::trigger());
}

void WorkflowEditor::selectAction(const QString &actionId)
{
    select(m_document->workflow().action(actionId) ? EditorSelection::action(actionId)
                                                   : EditorSelection::none());
}

void WorkflowEditor::clearSelection()
{
    select(EditorSelection::none());
}

void WorkflowEditor::insertAction(int index, ActionType type)
{
    const Workflow &current = m_document->workflow();
    if (!isLoaded() || !actionAllowedFor(type, current.objectType))
        return;
    Action action;
    action.id = current.nextActionId();
    action.type = type;
    for (const Connection &c : connections()) {
        if (c.provider != Provider::QuickBooks || !c.isUnitedStates())
            continue;
        action.connection = c.id;
        // Connection::defaultAccounts: the company's usual accounts, offered when an action
        // of that kind is added.
        const ActionSpec &spec = actionSpec(type);
        const auto preset = [&c](AccountField field) {
            return c.defaultAccounts.value(accountFieldKey(field));
        };
        if (spec.usesDepositAccount)
            action.depositAccount = preset(AccountField::DepositTo);
        if (spec.usesExpenseAccounts) {
            action.paidFromAccount = preset(AccountField::PaidFrom);
            action.expenseAccount = preset(AccountField::ExpenseCategory);
        }
        if (spec.usesRefundFromAccount)
            action.refundFromAccount = preset(AccountField::RefundFrom);
        break;
    }
    Workflow next = current;
    next.actions.insert(qBound(0, index, int(next.actions.size())), action);
    m_document->apply(next, tr("Add “%1”").arg(actionTypeLabel(type)));
    selectAction(action.id);
    m_canvas->focusCard(m_selection);
}

void WorkflowEditor::moveAction(const QString &actionId, int delta)
{
    const Workflow &current = m_document->workflow();
    const int from = indexOfAction(current, actionId);
    const int to = from + delta;
    if (from < 0 || delta == 0 || to < 0 || to >= current.actions.size())
        return;
    Workflow next = current;
    next.actions.move(from, to);
    const QString label = actionTypeLabel(current.actions.at(from).type);
    m_document->apply(next,
                      delta < 0 ? tr("Move “%1” up").arg(label) : tr("Move “%1” down").arg(label));
}

void WorkflowEditor::deleteAction(const QString &actionId)
{
    const Workflow &current = m_document->workflow();
    const int index = indexOfAction(current, actionId);
    if (index < 0)
        return;
    Workflow next = current;
    next.actions.removeAt(index);
    // The keyboard goes on to the card that takes the deleted one's place (or the one above).
    const EditorSelection neighbour =
        next.actions.isEmpty()
            ? EditorSelection::trigger()
            : EditorSelection::action(
                  next.actions.at(std::min(index, int(next.actions.size()) - 1)).id);
    m_document->apply(next, tr("Delete “%1”").arg(actionTypeLabel(current.actions.at(index).type)));
    m_canvas->focusCard(neighbour);
}

void WorkflowEditor::refreshStatus()
{
    const Result<WorkflowSummary> summary = m_store.summary(m_workflowId);
    if (summary) {
        m_summary = *summary;
        if (m_summary.publishedVersion != m_publishedNumber || !m_published) {
            m_publishedNumber = m_summary.publishedVersion;
            m_published.reset();
            if (m_publishedNumber > 0) {
                const Result<Workflow> version = m_store.version(m_workflowId, m_publishedNumber);
                if (version)
                    m_published = *version;
            }
        }
    }
    updateStatusLine();
}

void WorkflowEditor::closeEvent(QCloseEvent *event)
{
    if (!isLoaded() || !m_document->isModified()) {
        event->accept();
        return;
    }
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_closeQuestion) {
        answer = m_closeQuestion();
    } else {
        QMessageBox box(
            QMessageBox::Warning, tr("Unsaved changes"),
            tr("Save the changes to “%1” before closing?").arg(m_document->workflow().name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("If you don't save, your changes to the draft are lost."));
        box.setDefaultButton(QMessageBox::Save);
        answer = QMessageBox::StandardButton(box.exec());
    }
    switch (answer) {
    case QMessageBox::Save:
        if (save())
            event->accept();
        else
            event->ignore();
        return;
    case QMessageBox::Discard:
        event->accept();
        return;
    default:
        event->ignore();
        return;
    }
}

void WorkflowEditor::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Publishing or turning on may have happened elsewhere (the main window, the CLI).
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshStatus();
}

void WorkflowEditor::onDocumentChanged()
{
    const Workflow &workflow = m_document->workflow();
    if (m_name->text() != workflow.name)
        m_name->setText(workflow.name);
    updateTitle();

    // A panel belongs to one action of one type: when the action is gone or became another
    // type, the panel goes (and is made afresh if that action is selected).
    for (auto it = m_actionPanels.begin(); it != m_actionPanels.end();) {
        const Action *action = workflow.action(it.key());
        if (!it->widget || !action || action->type != it->type) {
            if (it->widget)
                discardPanel(it->widget);
            it = m_actionPanels.erase(it);
        } else {
            ++it;
        }
    }
    if (m_selection.kind == EditorSelection::Kind::Action && !workflow.action(m_selection.actionId))
        m_selection = EditorSelection::none();

    refreshCanvas();
    showPanel();
    updateStatusLine();
}

void WorkflowEditor::refreshCanvas()
{
    const Workflow &workflow = m_document->workflow();
    const Result<QVector<Connection>> listed = m_store.connections();
    m_canvas->setContent(workflow, reviewOf(workflow, listed),
                         listed ? *listed : QVector<Connection>(), m_catalog);
    if (isLoaded())
        loadPropertyLabels(workflow);
    m_canvas->setSelection(m_selection);
}

void WorkflowEditor::refreshTriggerCard()
{
    const Workflow &workflow = m_document->workflow();
    m_canvas->setTrigger(workflow, reviewOf(workflow, m_store.connections()), m_catalog);
}

void WorkflowEditor::updateTitle()
{
    const QString name = m_document->workflow().name.trimmed();
    setWindowTitle(tr("%1[*] — Bookflow").arg(name.isEmpty() ? tr("Untitled workflow") : name));
}

void WorkflowEditor::updateStatusLine()
{
    if (!m_status)
        return;
    const int version = m_summary.publishedVersion;
    QString text;
    if (version == 0) {
        text = m_document->isModified() ? tr("Draft · unsaved changes")
                                        : tr("Draft · not published yet");
    } else if (!m_published || *m_published != m_document->workflow()) {
        text = tr("Published version %1 · draft has unpublished changes").arg(version);
    } else {
        text = tr("Published version %1").arg(version);
    }
    m_status->setText(text);
    m_onOff->setText(m_summary.enabled ? tr("● On") : tr("○ Off"));
    m_onOff->setToolTip(m_summary.enabled
                            ? tr("The workflow is on: records that meet the triggers enroll")
                            : tr("The workflow is off: no record enrolls"));
}

void WorkflowEditor::select(const EditorSelection &selection)
{
    m_selection = selection;
    m_canvas->setSelection(selection);
    showPanel();
    // After the layout has placed the card.
    QTimer::singleShot(0, this, [this] {
        if (WorkflowCard *card = m_canvas->card(m_selection))
            m_canvasScroll->ensureWidgetVisible(card, 24, 24);
    });
}

void WorkflowEditor::showPanel()
{
    QWidget *wanted = panelFor(m_selection);
    if (m_panelScroll->widget() == wanted)
        return;
    if (QWidget *shown = m_panelScroll->takeWidget()) {
        shown->hide();
        shown->setParent(m_shelf);
    }
    m_panelScroll->setWidget(wanted);
    wanted->show();
}

QWidget *WorkflowEditor::panelFor(const EditorSelection &selection)
{
    switch (selection.kind) {
    case EditorSelection::Kind::None:
        break;
    case EditorSelection::Kind::Trigger:
        if (!m_triggerFactory)
            return placeholder(tr("The trigger's filters appear here."));
        if (!m_triggerPanel)
            m_triggerPanel = m_triggerFactory(m_document, m_shelf);
        if (m_triggerPanel)
            return m_triggerPanel;
        break;
    case EditorSelection::Kind::Action: {
        const Action *action = m_document->workflow().action(selection.actionId);
        if (!action)
            break;
        if (!m_actionFactory)
            return placeholder(
                tr("The settings of “%1” appear here.").arg(actionTypeLabel(action->type)));
        const KeptPanel known = m_actionPanels.value(selection.actionId);
        if (known.widget && known.type == action->type)
            return known.widget;
        if (known.widget)
            discardPanel(known.widget);
        QWidget *panel = m_actionFactory(m_document, selection.actionId, m_shelf);
        if (!panel)
            break;
        // The panel's own Delete button, when it has one.
        if (panel->metaObject()->indexOfSignal("deleteRequested(QString)") >= 0)
            connect(panel, SIGNAL(deleteRequested(QString)), this, SLOT(deleteAction(QString)));
        m_actionPanels.insert(selection.actionId, {panel, action->type});
        return panel;
    }
    }
    return placeholder(tr("Select the trigger or an action to change it."));
}

QWidget *WorkflowEditor::placeholder(const QString &text)
{
    m_placeholder->setText(text);
    return m_placeholder;
}

void WorkflowEditor::discardPanel(QWidget *panel)
{
    if (m_panelScroll->widget() == panel)
        m_panelScroll->takeWidget();
    panel->hide();
    panel->setParent(m_shelf);
    // Later: the panel may be the one whose button asked for this.
    panel->deleteLater();
}

void WorkflowEditor::loadPropertyLabels(const Workflow &workflow)
{
    // Only the objects the filters read: the catalog asks HubSpot once per object (and not again
    // after a failure; the trigger panel offers to retry).
    for (const FilterGroup &group : workflow.enrollment.filterGroups) {
        for (const Filter &filter : group.filters)
            m_catalog->load(filter.object);
    }
}

QVector<Connection> WorkflowEditor::connections() const
{
    const Result<QVector<Connection>> listed = m_store.connections();
    return listed ? *listed : QVector<Connection>();
}

} // namespace bookflow
