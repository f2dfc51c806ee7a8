// The workflow editor window, driven as a person would: the (+) menus insert every action type a
// workflow's object allows (and nothing else), cards select and show their panels, the name is
// typed in place, cards move and are deleted from their menu and keys, and every one of those
// edits undoes and redoes to exactly the workflow it was. Then the window's promises to the store:
// the unsaved mark, Save writing the draft, the status line after a publish, and closing with
// unsaved changes (Cancel keeps the window, Discard leaves the store as it was).
#include "support/demoworkspace.h"
#include "support/workflows.h"

#include "core/workflow/review.h"
#include "ui/editor/workflowcard.h"
#include "ui/editor/workflowdocument.h"
#include "ui/editor/workfloweditor.h"
#include "ui/filters/propertycatalog.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace bookflow;

namespace {

// An action panel as the real one declares it: a Delete button that asks by signal.
class FakeActionPanel : public QWidget
{
    Q_OBJECT

public:
    FakeActionPanel(const QString &actionId, QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("fakeActionPanel_%1").arg(actionId));
        auto *layout = new QVBoxLayout(this);
        auto *remove = new QPushButton(QStringLiteral("Delete action"), this);
        remove->setObjectName(QStringLiteral("panelDeleteButton"));
        layout->addWidget(remove);
        connect(remove, &QPushButton::clicked, this,
                [this, actionId] { Q_EMIT deleteRequested(actionId); });
    }

Q_SIGNALS:
    void deleteRequested(const QString &actionId);
};

// How often the factories were asked for each panel.
struct PanelCounts
{
    int trigger = 0;
    QHash<QString, int> actions;
};

Workflow blank(ObjectType type, const QString &name)
{
    Workflow w;
    w.id = Workflow::newId();
    w.name = name;
    w.objectType = type;
    return w;
}

Action action(const QString &id, ActionType type, const QString &connection)
{
    Action a;
    a.id = id;
    a.type = type;
    a.connection = connection;
    return a;
}

QStringList actionIds(const Workflow &w)
{
    QStringList ids;
    for (const Action &a : w.actions)
        ids << a.id;
    return ids;
}

WorkflowCard *triggerCard(const WorkflowEditor &editor)
{
    return editor.findChild<WorkflowCard *>(QStringLiteral("triggerCard"));
}

WorkflowCard *actionCard(const WorkflowEditor &editor, const QString &id)
{
    return editor.findChild<WorkflowCard *>(QStringLiteral("actionCard_%1").arg(id));
}

QToolButton *button(const WorkflowEditor &editor, const QString &name)
{
    return editor.findChild<QToolButton *>(name);
}

QString labelText(const QWidget *card, const QString &name)
{
    const auto *label = card ? card->findChild<QLabel *>(name) : nullptr;
    return label ? label->text() : QString();
}

QStringList labelTexts(const QWidget *card, const QString &name)
{
    QStringList texts;
    if (!card)
        return texts;
    for (const QLabel *label : card->findChildren<QLabel *>(name))
        texts << label->text();
    return texts;
}

// Where Tab goes from `widget`.
QWidget *nextTabStop(QWidget *widget)
{
    for (QWidget *next = widget->nextInFocusChain(); next && next != widget;
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled())
            return next;
    }
    return nullptr;
}

QMenu *activeMenu()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// Clicks the (+) at `index`; the menu it opened.
QMenu *openAddMenu(const WorkflowEditor &editor, int index)
{
    QToolButton *plus = button(editor, QStringLiteral("addActionButton_%1").arg(index));
    if (!plus)
        return nullptr;
    QTest::mouseClick(plus, Qt::LeftButton);
    QMenu *menu = activeMenu();
    return menu && menu->objectName() == QLatin1String("addActionMenu") ? menu : nullptr;
}

// The action type keys a menu offers, in its order.
QStringList offered(const QMenu *menu)
{
    QStringList keys;
    for (const QAction *entry : menu->actions()) {
        if (!entry->isSeparator())
            keys << entry->data().toString();
    }
    return keys;
}

bool clickMenuEntry(QMenu *menu, const QString &objectName)
{
    auto *entry = menu ? menu->findChild<QAction *>(objectName) : nullptr;
    if (!entry || !entry->isEnabled())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(entry).center());
    return true;
}

// Right-clicks the card; its context menu.
QMenu *openCardMenu(WorkflowCard *card)
{
    const QPoint at(20, 12);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, card->mapToGlobal(at));
    QApplication::sendEvent(card, &event);
    QMenu *menu = activeMenu();
    return menu && menu->objectName() == QLatin1String("cardMenu") ? menu : nullptr;
}

} // namespace

class TestWorkflowEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void plusMenuInsertsEveryAllowedActionType_data();
    void plusMenuInsertsEveryAllowedActionType();
    void cardsSelectAndShowTheirPanels();
    void withoutFactoriesAPlaceholderShows();
    void renameByTypingIsOneUndoStep();
    void cardsMoveAndDeleteByMenuAndKeys();
    void triggerCardSpeaksInWords();
    void reviewBadgesSitOnTheirActions();
    void commandsAndShortcuts();
    void saveWritesTheDraft();
    void statusLineFollowsTheStore();
    void closingAsksAboutUnsavedChanges();
    void newActionsTakeTheCompanysDefaultAccounts();

private:
    QString create(const Workflow &workflow);
    std::unique_ptr<WorkflowEditor> open(const QString &id, PanelCounts *counts);

    std::unique_ptr<testsupport::DemoWorkspace> m_demo;
    Connection m_us;
    Connection m_uk;
};

void TestWorkflowEditor::initTestCase()
{
    m_demo = std::make_unique<testsupport::DemoWorkspace>();
    QString error;
    QVERIFY2(m_demo->startConnected(&error), qPrintable(error));
    for (const Connection &c : m_demo->connected()) {
        if (c.provider != Provider::QuickBooks)
            continue;
        (c.isUnitedStates() ? m_us : m_uk) = c;
    }
    QCOMPARE(m_us.id, m_demo->usCompany());
    QVERIFY(!m_uk.id.isEmpty());
}

QString TestWorkflowEditor::create(const Workflow &workflow)
{
    const Status created = m_demo->store().createWorkflow(workflow);
    if (!created)
        qFatal("createWorkflow: %s", qPrintable(created.reason()));
    return workflow.id;
}

std::unique_ptr<WorkflowEditor> TestWorkflowEditor::open(const QString &id, PanelCounts *counts)
{
    auto editor = std::make_unique<WorkflowEditor>(m_demo->store(), m_demo->workspace(), id);
    // Nothing in these tests may wait in a message box.
    editor->setCloseQuestion([] { return QMessageBox::Discard; });
    if (counts) {
        editor->setPanelFactories(
            [counts](WorkflowDocument *, QWidget *parent) -> QWidget * {
                ++counts->trigger;
                auto *panel = new QLabel(QStringLiteral("Enrollment triggers"), parent);
                panel->setObjectName(QStringLiteral("fakeTriggerPanel"));
                return panel;
            },
            [counts](WorkflowDocument *, const QString &actionId, QWidget *parent) -> QWidget * {
                ++counts->actions[actionId];
                return new FakeActionPanel(actionId, parent);
            });
    }
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qFatal("the editor window was not shown");
    return editor;
}

void TestWorkflowEditor::plusMenuInsertsEveryAllowedActionType_data()
{
    QTest::addColumn<int>("objectType");
    QTest::newRow("deal") << int(ObjectType::Deal);
    QTest::newRow("quote") << int(ObjectType::Quote);
    QTest::newRow("payment") << int(ObjectType::Payment);
}

void TestWorkflowEditor::plusMenuInsertsEveryAllowedActionType()
{
    QFETCH(int, objectType);
    const auto type = ObjectType(objectType);
    const Workflow start = blank(type, QStringLiteral("Every action"));
    PanelCounts counts;
    auto editor = open(create(start), &counts);
    WorkflowDocument *document = editor->document();

    QStringList allowed;
    QString refused;
    for (const ActionSpec &spec : actionSpecs()) {
        if (actionAllowedFor(spec.type, type))
            allowed << actionTypeKey(spec.type);
        else if (refused.isEmpty())
            refused = actionTypeKey(spec.type);
    }
    QVERIFY(!allowed.isEmpty());
    QVERIFY(!refused.isEmpty());

    // Each allowed type, appended through the last (+): connected to the US company, selected,
    // its panel on the right, its card showing the type and the company.
    QVector<Workflow> states{start};
    for (int i = 0; i < allowed.size(); ++i) {
        QMenu *menu = openAddMenu(*editor, i);
        QVERIFY(menu);
        QCOMPARE(offered(menu), allowed);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("add_%1").arg(refused)));
        QVERIFY(clickMenuEntry(menu, QStringLiteral("add_%1").arg(allowed.at(i))));

        const Workflow &now = document->workflow();
        QCOMPARE(now.actions.size(), i + 1);
        const Action &added = now.actions.last();
        QCOMPARE(actionTypeKey(added.type), allowed.at(i));
        QCOMPARE(added.connection, m_us.id);
        QCOMPARE(editor->selection(), EditorSelection::action(added.id));
        QCOMPARE(editor->currentPanel()->objectName(),
                 QStringLiteral("fakeActionPanel_%1").arg(added.id));
        QCOMPARE(counts.actions.value(added.id), 1);
        WorkflowCard *card = actionCard(*editor, added.id);
        QVERIFY(card);
        QVERIFY(card->isSelected());
        QCOMPARE(labelText(card, QStringLiteral("cardTitle")), actionTypeLabel(added.type));
        QVERIFY2(labelText(card, QStringLiteral("cardCompany")).contains(m_us.name),
                 qPrintable(labelText(card, QStringLiteral("cardCompany"))));
        states << now;
    }

    // The first (+) inserts before every other action.
    QMenu *menu = openAddMenu(*editor, 0);
    QVERIFY(menu);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("add_%1").arg(allowed.last())));
    const Workflow &front = document->workflow();
    QCOMPARE(front.actions.size(), allowed.size() + 1);
    QCOMPARE(actionTypeKey(front.actions.first().type), allowed.last());
    QCOMPARE(editor->selection(), EditorSelection::action(front.actions.first().id));
    QCOMPARE(actionIds(front).mid(1), actionIds(states.last()));
    states << front;

    // Each insertion is one undo step, and the undo button says which.
    QToolButton *undo = button(*editor, QStringLiteral("undoButton"));
    QToolButton *redo = button(*editor, QStringLiteral("redoButton"));
    QVERIFY(undo && redo);
    for (int i = int(states.size()) - 1; i > 0; --i) {
        QVERIFY2(undo->defaultAction()->text().contains(QStringLiteral("Add")),
                 qPrintable(undo->defaultAction()->text()));
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(document->workflow(), states.at(i - 1));
    }
    QVERIFY(!undo->isEnabled());
    QCOMPARE(editor->selection(), EditorSelection::none());
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("panelPlaceholder"));
    for (int i = 1; i < states.size(); ++i) {
        QTest::mouseClick(redo, Qt::LeftButton);
        QCOMPARE(document->workflow(), states.at(i));
    }
    QVERIFY(!redo->isEnabled());
}

void TestWorkflowEditor::cardsSelectAndShowTheirPanels()
{
    const Workflow start = m_demo->importTemplate(
        QStringLiteral("paid-invoice-from-payments.json"), [this](Workflow &w) {
            w.actions << action(QStringLiteral("a2"), ActionType::CreateExpense, m_us.id);
        });
    PanelCounts counts;
    auto editor = open(start.id, &counts);
    WorkflowDocument *document = editor->document();

    QCOMPARE(editor->selection(), EditorSelection::none());
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("panelPlaceholder"));
    QCOMPARE(counts.trigger, 0); // lazily: nothing made before it is needed

    QTest::mouseClick(triggerCard(*editor), Qt::LeftButton, Qt::NoModifier, QPoint(12, 12));
    QCOMPARE(editor->selection(), EditorSelection::trigger());
    QVERIFY(triggerCard(*editor)->isSelected());
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("fakeTriggerPanel"));
    QCOMPARE(counts.trigger, 1);

    QTest::mouseClick(actionCard(*editor, QStringLiteral("a1")), Qt::LeftButton, Qt::NoModifier,
                      QPoint(12, 12));
    QCOMPARE(editor->selection(), EditorSelection::action(QStringLiteral("a1")));
    QVERIFY(!triggerCard(*editor)->isSelected());
    QVERIFY(actionCard(*editor, QStringLiteral("a1"))->isSelected());
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("fakeActionPanel_a1"));

    // Panels are kept: coming back shows the same one, not a new one.
    QTest::mouseClick(triggerCard(*editor), Qt::LeftButton, Qt::NoModifier, QPoint(12, 12));
    QTest::mouseClick(actionCard(*editor, QStringLiteral("a1")), Qt::LeftButton, Qt::NoModifier,
                      QPoint(12, 12));
    QCOMPARE(counts.trigger, 1);
    QCOMPARE(counts.actions.value(QStringLiteral("a1")), 1);

    // The keyboard selects too.
    WorkflowCard *second = actionCard(*editor, QStringLiteral("a2"));
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Space);
    QCOMPARE(editor->selection(), EditorSelection::action(QStringLiteral("a2")));
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("fakeActionPanel_a2"));

    // The panel's Delete button deletes its action; undo brings it back.
    const Workflow beforeDelete = document->workflow();
    auto *remove =
        editor->currentPanel()->findChild<QPushButton *>(QStringLiteral("panelDeleteButton"));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(actionIds(document->workflow()), QStringList{QStringLiteral("a1")});
    QCOMPARE(editor->selection(), EditorSelection::none());
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("panelPlaceholder"));
    QVERIFY(!actionCard(*editor, QStringLiteral("a2")));
    QVERIFY(document->undoStack()->undoText().contains(QStringLiteral("Delete")));
    document->undoStack()->undo();
    QCOMPARE(document->workflow(), beforeDelete);
    QVERIFY(actionCard(*editor, QStringLiteral("a2")));

    // A panel edit that changes the action's type gets a panel made for the new type.
    QTest::mouseClick(actionCard(*editor, QStringLiteral("a1")), Qt::LeftButton, Qt::NoModifier,
                      QPoint(12, 12));
    QPointer<QWidget> oldPanel = editor->currentPanel();
    QCOMPARE(oldPanel->objectName(), QStringLiteral("fakeActionPanel_a1"));
    Workflow retyped = document->workflow();
    retyped.actions[0].type = ActionType::CreatePaymentSalesReceipt;
    document->apply(retyped, QStringLiteral("Change the action"));
    QCOMPARE(editor->selection(), EditorSelection::action(QStringLiteral("a1")));
    QCOMPARE(counts.actions.value(QStringLiteral("a1")), 2);
    QVERIFY(editor->currentPanel() != oldPanel);
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("fakeActionPanel_a1"));
    QTRY_VERIFY(oldPanel.isNull());
    QCOMPARE(labelText(actionCard(*editor, QStringLiteral("a1")), QStringLiteral("cardTitle")),
             actionTypeLabel(ActionType::CreatePaymentSalesReceipt));
}

void TestWorkflowEditor::withoutFactoriesAPlaceholderShows()
{
    Workflow start = blank(ObjectType::Quote, QStringLiteral("No panels"));
    start.actions << action(QStringLiteral("a1"), ActionType::CreateEstimate, m_us.id);
    auto editor = open(create(start), nullptr);
    QTest::mouseClick(actionCard(*editor, QStringLiteral("a1")), Qt::LeftButton, Qt::NoModifier,
                      QPoint(12, 12));
    QCOMPARE(editor->selection(), EditorSelection::action(QStringLiteral("a1")));
    auto *shown = qobject_cast<QLabel *>(editor->currentPanel());
    QVERIFY(shown);
    QCOMPARE(shown->objectName(), QStringLiteral("panelPlaceholder"));
    QVERIFY(shown->text().contains(actionTypeLabel(ActionType::CreateEstimate)));
}

void TestWorkflowEditor::renameByTypingIsOneUndoStep()
{
    const Workflow start = blank(ObjectType::Deal, QStringLiteral("Deals"));
    auto editor = open(create(start), nullptr);
    WorkflowDocument *document = editor->document();
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("workflowName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Deals"));
    QCOMPARE(editor->windowTitle(), QStringLiteral("Deals[*] — Bookflow"));
    QVERIFY(!editor->isWindowModified());

    QTest::mouseClick(name, Qt::LeftButton);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Big deals invoiced"));
    QCOMPARE(document->workflow().name, QStringLiteral("Big deals invoiced"));
    QCOMPARE(editor->windowTitle(), QStringLiteral("Big deals invoiced[*] — Bookflow"));
    QVERIFY(editor->isWindowModified());
    QToolButton *undo = button(*editor, QStringLiteral("undoButton"));
    QToolButton *redo = button(*editor, QStringLiteral("redoButton"));
    QVERIFY2(undo->defaultAction()->text().contains(QStringLiteral("Rename workflow")),
             qPrintable(undo->defaultAction()->text()));

    // Eighteen keys, one step.
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(document->workflow(), start);
    QCOMPARE(name->text(), QStringLiteral("Deals"));
    QVERIFY(!editor->isWindowModified()); // back to what the store holds
    QVERIFY(!undo->isEnabled());
    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(document->workflow().name, QStringLiteral("Big deals invoiced"));
    QCOMPARE(name->text(), QStringLiteral("Big deals invoiced"));

    // Leaving the field ends the step: the next rename is a step of its own.
    name->setFocus();
    name->end(false);
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(name, QStringLiteral(" 2024"));
    QCOMPARE(document->workflow().name, QStringLiteral("Big deals invoiced 2024"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(document->workflow().name, QStringLiteral("Big deals invoiced"));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(document->workflow().name, QStringLiteral("Deals"));
    QTest::mouseClick(redo, Qt::LeftButton);
    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(document->workflow().name, QStringLiteral("Big deals invoiced 2024"));
    QCOMPARE(name->text(), QStringLiteral("Big deals invoiced 2024"));
}

void TestWorkflowEditor::cardsMoveAndDeleteByMenuAndKeys()
{
    Workflow start = blank(ObjectType::Payment, QStringLiteral("Three steps"));
    start.actions << action(QStringLiteral("a1"), ActionType::CreatePaidInvoice, m_us.id)
                  << action(QStringLiteral("a2"), ActionType::CreateExpense, m_us.id)
                  << action(QStringLiteral("a3"), ActionType::CreateRefundReceipt, m_us.id);
    PanelCounts counts;
    auto editor = open(create(start), &counts);
    WorkflowDocument *document = editor->document();
    QVector<Workflow> states{start};
    const auto ids = [document] { return actionIds(document->workflow()); };
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };

    // Context menu: move a2 up.
    QMenu *menu = openCardMenu(actionCard(*editor, QStringLiteral("a2")));
    QVERIFY(menu);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("moveUpAction")));
    QCOMPARE(ids(), list({"a2", "a1", "a3"}));
    QVERIFY(document->undoStack()->undoText().contains(QStringLiteral("up")));
    states << document->workflow();

    // The first card can't go up, the last can't go down.
    menu = openCardMenu(actionCard(*editor, QStringLiteral("a2")));
    QVERIFY(menu);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("moveUpAction"))->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("moveDownAction"))->isEnabled());
    menu->close();
    menu = openCardMenu(actionCard(*editor, QStringLiteral("a3")));
    QVERIFY(menu);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("moveDownAction"))->isEnabled());
    menu->close();
    QTest::keyClick(actionCard(*editor, QStringLiteral("a3")), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(ids(), list({"a2", "a1", "a3"}));

    // Alt+Down on a1, then Alt+Up on it, keeps the keyboard on the card that moved.
    WorkflowCard *a1 = actionCard(*editor, QStringLiteral("a1"));
    a1->setFocus();
    QTest::keyClick(a1, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(ids(), list({"a2", "a3", "a1"}));
    QCOMPARE(QApplication::focusWidget(), actionCard(*editor, QStringLiteral("a1")));
    states << document->workflow();

    // Delete on the focused card.
    WorkflowCard *a3 = actionCard(*editor, QStringLiteral("a3"));
    a3->setFocus();
    QTest::keyClick(a3, Qt::Key_Delete);
    QCOMPARE(ids(), list({"a2", "a1"}));
    QVERIFY(!actionCard(*editor, QStringLiteral("a3")));
    QCOMPARE(QApplication::focusWidget(), actionCard(*editor, QStringLiteral("a1")));
    states << document->workflow();

    // Delete from the context menu, with the card selected (its panel goes too).
    QTest::mouseClick(actionCard(*editor, QStringLiteral("a2")), Qt::LeftButton, Qt::NoModifier,
                      QPoint(12, 12));
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("fakeActionPanel_a2"));
    menu = openCardMenu(actionCard(*editor, QStringLiteral("a2")));
    QVERIFY(menu);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("deleteCardAction")));
    QCOMPARE(ids(), list({"a1"}));
    QCOMPARE(editor->selection(), EditorSelection::none());
    QCOMPARE(editor->currentPanel()->objectName(), QStringLiteral("panelPlaceholder"));
    states << document->workflow();

    // Every step undoes to the state before it and redoes to the one after.
    QToolButton *undo = button(*editor, QStringLiteral("undoButton"));
    QToolButton *redo = button(*editor, QStringLiteral("redoButton"));
    for (int i = int(states.size()) - 1; i > 0; --i) {
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(document->workflow(), states.at(i - 1));
        // One card per action, plus the trigger's.
        QCOMPARE(editor->findChildren<WorkflowCard *>().size(),
                 states.at(i - 1).actions.size() + 1);
        for (const QString &id : actionIds(states.at(i - 1)))
            QVERIFY(actionCard(*editor, id));
    }
    QCOMPARE(document->workflow(), start);
    for (int i = 1; i < states.size(); ++i) {
        QTest::mouseClick(redo, Qt::LeftButton);
        QCOMPARE(document->workflow(), states.at(i));
    }
}

void TestWorkflowEditor::triggerCardSpeaksInWords()
{
    // Internal names turn into HubSpot's labels once the portal's properties have loaded.
    auto deals = open(
        create(testsupport::templateWorkflow(QStringLiteral("invoice-payment-link-deals.json"))),
        nullptr);
    QCOMPARE(labelText(triggerCard(*deals), QStringLiteral("cardTitle")),
             QStringLiteral("Trigger: deal is enrolled when"));
    QTRY_COMPARE(labelTexts(triggerCard(*deals), QStringLiteral("filterLine")),
                 QStringList{QStringLiteral("Deal Name contains any of “Payment link”")});
    // Labels arriving again redraw the trigger card only: a (+) menu open meanwhile stays open
    // and still works.
    QPointer<QMenu> menu = openAddMenu(*deals, 1);
    QVERIFY(menu);
    QSignalSpy reloaded(deals->propertyCatalog(), &PropertyCatalog::loaded);
    deals->propertyCatalog()->retry(FilterObject::Deal);
    QVERIFY(reloaded.wait());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(menu);
    QCOMPARE(activeMenu(), menu.data());
    QVERIFY(clickMenuEntry(menu, QStringLiteral("add_quickbooks.createInvoice")));
    QCOMPARE(deals->document()->workflow().actions.size(), 2);

    Workflow payments =
        testsupport::templateWorkflow(QStringLiteral("paid-invoice-from-payments.json"));
    FilterGroup second;
    second.filters << testsupport::makeFilter(FilterObject::Contact, QStringLiteral("email"),
                                              PropertyType::Text, Operator::IsKnown);
    payments.enrollment.filterGroups << second;
    auto editor = open(create(payments), nullptr);
    WorkflowCard *card = triggerCard(*editor);
    QCOMPARE(labelText(card, QStringLiteral("cardTitle")),
             QStringLiteral("Trigger: payment is enrolled when"));
    QTRY_COMPARE(labelTexts(triggerCard(*editor), QStringLiteral("filterLine")),
                 (QStringList{QStringLiteral("Status is any of Succeeded"),
                              QStringLiteral("AND Source is none of Invoice"),
                              QStringLiteral("Contact › Email is known")}));
    QCOMPARE(labelTexts(triggerCard(*editor), QStringLiteral("orSeparator")),
             QStringList{QStringLiteral("OR")});

    auto empty = open(create(blank(ObjectType::Quote, QStringLiteral("Empty"))), nullptr);
    QCOMPARE(labelText(triggerCard(*empty), QStringLiteral("cardTitle")),
             QStringLiteral("Trigger: quote is enrolled when"));
    QCOMPARE(labelText(triggerCard(*empty), QStringLiteral("noTriggers")),
             QStringLiteral("No triggers yet — add a filter"));
    // The flow ends with (+) after the trigger and "End".
    QVERIFY(button(*empty, QStringLiteral("addActionButton_0")));
    QVERIFY(!button(*empty, QStringLiteral("addActionButton_1")));
    QVERIFY(empty->findChild<QWidget *>(QStringLiteral("canvasEnd")));
}

void TestWorkflowEditor::reviewBadgesSitOnTheirActions()
{
    // a1 (the template's) is fine; a2 is on a company outside the US; a3 has no accounts.
    const Workflow start = m_demo->importTemplate(
        QStringLiteral("paid-invoice-from-payments.json"), [this](Workflow &w) {
            w.actions << action(QStringLiteral("a2"), ActionType::CreatePaidInvoice, m_uk.id)
                      << action(QStringLiteral("a3"), ActionType::CreateExpense, m_us.id);
        });
    auto editor = open(start.id, nullptr);
    const Result<QVector<Connection>> connections = m_demo->store().connections();
    QVERIFY(connections.ok());
    const QVector<ReviewItem> review = WorkflowReview::review(start, *connections);

    QVERIFY(!actionCard(*editor, QStringLiteral("a1"))
                 ->findChild<QWidget *>(QStringLiteral("cardBadge")));
    for (const QString &id : {QStringLiteral("a2"), QStringLiteral("a3")}) {
        auto *badge = actionCard(*editor, id)->findChild<QWidget *>(QStringLiteral("cardBadge"));
        QVERIFY2(badge, qPrintable(id));
        QCOMPARE(badge->property("severity").toString(), QStringLiteral("error"));
        int mine = 0;
        for (const ReviewItem &item : review) {
            if (item.actionId != id)
                continue;
            ++mine;
            QVERIFY2(badge->toolTip().contains(item.message), qPrintable(badge->toolTip()));
        }
        QVERIFY(mine > 0);
    }
    QVERIFY(actionCard(*editor, QStringLiteral("a2"))
                ->findChild<QWidget *>(QStringLiteral("cardBadge"))
                ->toolTip()
                .contains(m_uk.name));
    // The UK company's name is still shown on its card.
    QVERIFY(labelText(actionCard(*editor, QStringLiteral("a2")), QStringLiteral("cardCompany"))
                .contains(m_uk.name));

    // Fixing the problem in the document takes the badge away.
    Workflow fixed = editor->document()->workflow();
    fixed.actions[1].connection = m_us.id;
    editor->document()->apply(fixed, QStringLiteral("Change the company"));
    QVERIFY(!actionCard(*editor, QStringLiteral("a2"))
                 ->findChild<QWidget *>(QStringLiteral("cardBadge")));
}

void TestWorkflowEditor::commandsAndShortcuts()
{
    auto editor = open(create(blank(ObjectType::Deal, QStringLiteral("Commands"))), nullptr);
    QSignalSpy test(editor.get(), &WorkflowEditor::testRequested);
    QSignalSpy review(editor.get(), &WorkflowEditor::reviewRequested);
    QSignalSpy versions(editor.get(), &WorkflowEditor::versionsRequested);
    QTest::mouseClick(button(*editor, QStringLiteral("testButton")), Qt::LeftButton);
    QTest::mouseClick(button(*editor, QStringLiteral("reviewButton")), Qt::LeftButton);
    QTest::mouseClick(button(*editor, QStringLiteral("versionsButton")), Qt::LeftButton);
    QCOMPARE(test.count(), 1);
    QCOMPARE(review.count(), 1);
    QCOMPARE(versions.count(), 1);

    const auto shortcut = [&](const QString &name) {
        return button(*editor, name)->defaultAction()->shortcut();
    };
    QCOMPARE(shortcut(QStringLiteral("testButton")), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(shortcut(QStringLiteral("reviewButton")),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QCOMPARE(shortcut(QStringLiteral("saveButton")), QKeySequence(QKeySequence::Save));
    QCOMPARE(shortcut(QStringLiteral("undoButton")), QKeySequence(QKeySequence::Undo));
    QCOMPARE(shortcut(QStringLiteral("redoButton")), QKeySequence(QKeySequence::Redo));

    // Tab runs from Save into the flow in reading order.
    QCOMPARE(nextTabStop(button(*editor, QStringLiteral("saveButton"))), triggerCard(*editor));
    QCOMPARE(nextTabStop(triggerCard(*editor)),
             button(*editor, QStringLiteral("addActionButton_0")));

    // The keys themselves, wherever the focus is in the window.
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor.get()));
    triggerCard(*editor)->setFocus();
    QTest::keyClick(triggerCard(*editor), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(test.count(), 2);
    QTest::keyClick(triggerCard(*editor), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(review.count(), 2);
}

void TestWorkflowEditor::saveWritesTheDraft()
{
    const Workflow start =
        testsupport::templateWorkflow(QStringLiteral("invoice-esigned-quotes.json"));
    const QString id = create(start);
    auto editor = open(id, nullptr);
    QSignalSpy saved(editor.get(), &WorkflowEditor::saved);
    QToolButton *save = button(*editor, QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled()); // nothing to save yet

    QMenu *menu = openAddMenu(*editor, 1);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("add_quickbooks.createEstimate")));
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("workflowName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Signed quotes"));
    QVERIFY(editor->isWindowModified());
    QVERIFY(save->isEnabled());
    QCOMPARE(m_demo->store().draft(id).value(), start); // nothing written until Save

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const Result<Workflow> draft = m_demo->store().draft(id);
    QVERIFY(draft.ok());
    QCOMPARE(draft.value(), editor->document()->workflow());
    QCOMPARE(draft->name, QStringLiteral("Signed quotes"));
    QCOMPARE(draft->actions.size(), 2);
    QVERIFY(!editor->isWindowModified());
    QVERIFY(!save->isEnabled());
    QCOMPARE(editor->windowTitle(), QStringLiteral("Signed quotes[*] — Bookflow"));

    // Undo after saving is a change again.
    QTest::mouseClick(button(*editor, QStringLiteral("undoButton")), Qt::LeftButton);
    QVERIFY(editor->isWindowModified());
}

void TestWorkflowEditor::statusLineFollowsTheStore()
{
    const QString id = m_demo->importTemplate(QStringLiteral("refund-receipt-for-refunds.json")).id;
    auto editor = open(id, nullptr);
    auto *status = editor->findChild<QLabel *>(QStringLiteral("workflowStatus"));
    auto *onOff = editor->findChild<QLabel *>(QStringLiteral("workflowOnOff"));
    QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("workflowType"))->text(),
             QStringLiteral("Payment-based workflow"));
    QCOMPARE(status->text(), QStringLiteral("Draft · not published yet"));
    QCOMPARE(onOff->text(), QStringLiteral("○ Off"));

    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("workflowName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Refunds"));
    QCOMPARE(status->text(), QStringLiteral("Draft · unsaved changes"));
    QVERIFY(editor->save());
    QCOMPARE(status->text(), QStringLiteral("Draft · not published yet"));

    const Result<int> published = m_demo->store().publish(id);
    QVERIFY2(published.ok(), qPrintable(published.reason()));
    QVERIFY(m_demo->store().setEnabled(id, true).ok());
    editor->refreshStatus();
    QCOMPARE(status->text(), QStringLiteral("Published version 1"));
    QCOMPARE(onOff->text(), QStringLiteral("● On"));

    // An edit (saved or not) is a draft change the published version doesn't have; undoing it
    // brings the draft back to what was published.
    QMenu *menu = openAddMenu(*editor, 1);
    QVERIFY(clickMenuEntry(menu, QStringLiteral("add_quickbooks.createExpense")));
    QCOMPARE(status->text(), QStringLiteral("Published version 1 · draft has unpublished changes"));
    QVERIFY(editor->save());
    QCOMPARE(status->text(), QStringLiteral("Published version 1 · draft has unpublished changes"));
    QTest::mouseClick(button(*editor, QStringLiteral("undoButton")), Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Published version 1"));

    QVERIFY(m_demo->store().setEnabled(id, false).ok());
    editor->refreshStatus();
    QCOMPARE(onOff->text(), QStringLiteral("○ Off"));
}

void TestWorkflowEditor::closingAsksAboutUnsavedChanges()
{
    const Workflow start = blank(ObjectType::Deal, QStringLiteral("Closing"));
    const QString id = create(start);
    auto editor = open(id, nullptr);
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    editor->setCloseQuestion([&] {
        ++asked;
        return answer;
    });

    // Nothing changed: it closes without a question.
    QVERIFY(editor->close());
    QCOMPARE(asked, 0);
    editor->show();

    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("workflowName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));

    answer = QMessageBox::Cancel;
    QVERIFY(!editor->close());
    QCOMPARE(asked, 1);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->document()->workflow().name, QStringLiteral("Renamed"));

    answer = QMessageBox::Discard;
    QVERIFY(editor->close());
    QCOMPARE(asked, 2);
    QVERIFY(!editor->isVisible());
    QCOMPARE(m_demo->store().draft(id).value(), start);

    // Save writes, then closes.
    auto again = open(id, nullptr);
    again->setCloseQuestion([] { return QMessageBox::Save; });
    auto *field = again->findChild<QLineEdit *>(QStringLiteral("workflowName"));
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Kept"));
    QVERIFY(again->close());
    QCOMPARE(m_demo->store().draft(id)->name, QStringLiteral("Kept"));
}

void TestWorkflowEditor::newActionsTakeTheCompanysDefaultAccounts()
{
    Connection withDefaults = m_us;
    withDefaults.defaultAccounts = {{QStringLiteral("depositAccount"), QStringLiteral("35")},
                                    {QStringLiteral("paidFromAccount"), QStringLiteral("41")},
                                    {QStringLiteral("expenseAccount"), QStringLiteral("58")}};
    QVERIFY(m_demo->store().saveConnection(withDefaults).ok());
    auto editor = open(create(blank(ObjectType::Payment, QStringLiteral("Defaults"))), nullptr);
    QVERIFY(clickMenuEntry(openAddMenu(*editor, 0),
                           QStringLiteral("add_quickbooks.createPaidInvoice")));
    QVERIFY(
        clickMenuEntry(openAddMenu(*editor, 1), QStringLiteral("add_quickbooks.createExpense")));
    const Workflow &w = editor->document()->workflow();
    QCOMPARE(w.actions.size(), 2);
    QCOMPARE(w.actions.at(0).depositAccount, QStringLiteral("35"));
    QCOMPARE(w.actions.at(0).paidFromAccount, QString()); // not a field of a paid invoice
    QCOMPARE(w.actions.at(1).paidFromAccount, QStringLiteral("41"));
    QCOMPARE(w.actions.at(1).expenseAccount, QStringLiteral("58"));
    QCOMPARE(w.actions.at(1).depositAccount, QString());
    QVERIFY(m_demo->store().saveConnection(m_us).ok());
}

QTEST_MAIN(TestWorkflowEditor)
#include "tst_workfloweditor.moc"
