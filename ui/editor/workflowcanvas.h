#pragma once

#include "core/store/connection.h"
#include "core/workflow/review.h"
#include "core/workflow/workflow.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace bookflow {

class PropertyCatalog;
class WorkflowCard;

// What is selected on the canvas: nothing, the trigger card, or one action card by its id.
struct EditorSelection
{
    enum class Kind { None, Trigger, Action };

    Kind kind = Kind::None;
    QString actionId;

    static EditorSelection none() { return {}; }
    static EditorSelection trigger() { return {Kind::Trigger, QString()}; }
    static EditorSelection action(const QString &id) { return {Kind::Action, id}; }

    bool operator==(const EditorSelection &o) const
    {
        return kind == o.kind && actionId == o.actionId;
    }
    bool operator!=(const EditorSelection &o) const { return !(*this == o); }
};

// The flow drawn top to bottom (UI.md "Workflow editor"): the trigger card, then the action cards
// in order with a (+) between every two cards and after the last, then "End".
//
// A view only: setContent() redraws it from a workflow (with the review's findings, the
// connections for company names and the property labels), and every edit a person asks for comes
// out as a signal for the editor to apply to its document. Object names are stable for tests:
// "triggerCard", "actionCard_<id>", "addActionButton_<index>" (index = the position a new action
// takes, 0 = right after the trigger), "addActionMenu", "canvasEnd", "cardBadge".
class WorkflowCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowCanvas(QWidget *parent = nullptr);

    void setContent(const Workflow &workflow, const QVector<ReviewItem> &review,
                    const QVector<Connection> &connections, const PropertyCatalog *catalog);

    // Redraws only the trigger card (new property labels), leaving the rest as it is.
    void setTrigger(const Workflow &workflow, const QVector<ReviewItem> &review,
                    const PropertyCatalog *catalog);

    EditorSelection selection() const { return m_selection; }
    // Marks the card as selected; the card for a selection that doesn't exist is just none.
    void setSelection(const EditorSelection &selection);

    WorkflowCard *card(const EditorSelection &which) const;
    // Tab goes from `anchor` (outside the canvas) into the flow and through it in reading order,
    // however often the cards are redrawn.
    void setTabAnchor(QWidget *anchor);
    void focusCard(const EditorSelection &which);

    // The widest a card grows: the flow stays a readable column centred in a wide window.
    static constexpr int MaxCardWidth = 460;

Q_SIGNALS:
    void triggerActivated();
    void actionActivated(const QString &actionId);
    // A (+) menu entry was chosen: a new action of `type` at position `index` of the actions.
    void insertRequested(int index, bookflow::ActionType type);
    void moveRequested(const QString &actionId, int delta);
    void deleteRequested(const QString &actionId);

private:
    void clear();
    void orderTabs();
    static void retire(QWidget *widget);
    WorkflowCard *buildTriggerCard(const Workflow &workflow, const QVector<ReviewItem> &review,
                                   const PropertyCatalog *catalog);
    WorkflowCard *buildActionCard(const Workflow &workflow, int index,
                                  const QVector<ReviewItem> &review,
                                  const QVector<Connection> &connections);
    QWidget *buildConnector(int index);
    QWidget *buildEnd();
    void openAddMenu(QToolButton *button, int index);

    QPointer<QWidget> m_tabAnchor;
    QWidget *m_column = nullptr;
    QVBoxLayout *m_flow = nullptr;
    ObjectType m_objectType = ObjectType::Deal;
    int m_actionCount = 0;
    EditorSelection m_selection;
    QPointer<WorkflowCard> m_triggerCard;
    QHash<QString, QPointer<WorkflowCard>> m_actionCards;
};

} // namespace bookflow
