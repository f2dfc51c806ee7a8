#include "ui/editor/workflowcanvas.h"

#include "ui/editor/filtertext.h"
#include "ui/editor/workflowcard.h"
#include "ui/icons.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace bookflow {

namespace {

constexpr int CardIconSize = 20;
constexpr int BadgeIconSize = 16;
constexpr int StemHeight = 14;

// The line that joins two cards.
class Stem : public QWidget
{
public:
    explicit Stem(QWidget *parent) : QWidget(parent)
    {
        setFixedHeight(StemHeight);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::Mid), 2.0));
        const int x = width() / 2;
        painter.drawLine(x, 0, x, height());
    }
};

QLabel *iconLabel(const QString &name, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(icon(name).pixmap(QSize(size, size)));
    label->setFixedSize(size, size);
    return label;
}

QLabel *textLabel(const QString &text, QWidget *parent, bool muted = false, bool bold = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Cards are filled with Base, so their text takes Text (not WindowText); muted text follows
    // the palette's placeholder colour, so both stay readable when the palette changes.
    label->setForegroundRole(muted ? QPalette::PlaceholderText : QPalette::Text);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

// A header row: the icon, the title (taking the room) and, when there is one, the badge.
QHBoxLayout *headerRow(QLabel *iconLabel, QLabel *title, QWidget *badge)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    row->addWidget(title, 1);
    if (badge)
        row->addWidget(badge, 0, Qt::AlignTop);
    return row;
}

// The ⚠/✖ badge of a card: the worst severity's icon and how many findings, every message in the
// tooltip (and the accessible name, for screen readers).
QWidget *badgeFor(const QVector<ReviewItem> &items, QWidget *parent)
{
    if (items.isEmpty())
        return nullptr;
    int errors = 0;
    QStringList lines;
    for (const ReviewItem &item : items) {
        if (item.isError())
            ++errors;
        lines << (item.isError() ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + item.message;
    }
    const int warnings = int(items.size()) - errors;

    auto *badge = new QWidget(parent);
    badge->setObjectName(QStringLiteral("cardBadge"));
    badge->setProperty("severity", errors ? QStringLiteral("error") : QStringLiteral("warning"));
    auto *row = new QHBoxLayout(badge);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(iconLabel(errors ? QStringLiteral("error") : QStringLiteral("warning"),
                             BadgeIconSize, badge));
    auto *count = textLabel(errors ? WorkflowCanvas::tr("%1 to fix").arg(errors)
                                   : WorkflowCanvas::tr("%1 to check").arg(warnings),
                            badge, true);
    count->setWordWrap(false);
    row->addWidget(count);
    const QString tip = lines.join(QLatin1Char('\n'));
    badge->setToolTip(tip);
    badge->setAccessibleName(tip);
    return badge;
}

// Findings about the triggers (no action concerned): a filter group, or the enrollment as a whole.
bool concernsTrigger(const ReviewItem &item)
{
    return item.actionId.isEmpty() &&
           (item.group >= 0 || item.code == QLatin1String("no-triggers") ||
            item.code == QLatin1String("reenroll-creates-documents"));
}

QString triggerTitle(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return WorkflowCanvas::tr("Trigger: deal is enrolled when");
    case ObjectType::Quote:
        return WorkflowCanvas::tr("Trigger: quote is enrolled when");
    case ObjectType::Payment:
        return WorkflowCanvas::tr("Trigger: payment is enrolled when");
    }
    return {};
}

const Connection *quickBooksCompany(const QVector<Connection> &connections, const QString &id)
{
    for (const Connection &c : connections) {
        if (c.provider == Provider::QuickBooks && c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

WorkflowCanvas::WorkflowCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workflowCanvas"));
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 32);
    outer->setSpacing(0);
    // The column grows up to MaxCardWidth; the stretches on both sides keep it centred.
    outer->addStretch(1);
    m_column = new QWidget(this);
    m_column->setMaximumWidth(MaxCardWidth);
    m_column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    outer->addWidget(m_column, 20, Qt::AlignTop);
    outer->addStretch(1);

    m_flow = new QVBoxLayout(m_column);
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_flow->setSpacing(0);
}

void WorkflowCanvas::retire(QWidget *widget)
{
    // Out of the canvas now (so nothing finds it), deleted later: the request that leads here may
    // come from inside its own event handlers (a card's key press, a (+) menu).
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

void WorkflowCanvas::clear()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        if (QWidget *widget = item->widget())
            retire(widget);
        delete item;
    }
    m_triggerCard = nullptr;
    m_actionCards.clear();
}

void WorkflowCanvas::setContent(const Workflow &workflow, const QVector<ReviewItem> &review,
                                const QVector<Connection> &connections,
                                const PropertyCatalog *catalog)
{
    // Keep the keyboard where it was: on the same card (found again by its action id) or the
    // same (+).
    QWidget *focused = QApplication::focusWidget();
    const bool hadFocus = focused && isAncestorOf(focused);
    std::optional<EditorSelection> focusedCard;
    int focusedButton = -1;
    if (hadFocus) {
        if (focused == m_triggerCard)
            focusedCard = EditorSelection::trigger();
        else if (qobject_cast<WorkflowCard *>(focused))
            focusedCard = EditorSelection::action(focused->property("actionId").toString());
        else if (focused->property("insertIndex").isValid())
            focusedButton = focused->property("insertIndex").toInt();
    }

    clear();
    m_objectType = workflow.objectType;
    m_actionCount = int(workflow.actions.size());

    m_triggerCard = buildTriggerCard(workflow, review, catalog);
    m_flow->addWidget(m_triggerCard);
    m_flow->addWidget(buildConnector(0));
    for (int i = 0; i < workflow.actions.size(); ++i) {
        WorkflowCard *card = buildActionCard(workflow, i, review, connections);
        m_actionCards.insert(workflow.actions.at(i).id, card);
        m_flow->addWidget(card);
        m_flow->addWidget(buildConnector(i + 1));
    }
    m_flow->addWidget(buildEnd());

    setSelection(m_selection);

    // Shown now rather than when the layout's queued show comes: a hidden card can't take the
    // keyboard back.
    for (int i = 0; i < m_flow->count(); ++i) {
        if (QWidget *widget = m_flow->itemAt(i)->widget())
            widget->show();
    }
    orderTabs();
    if (focusedCard && card(*focusedCard)) {
        card(*focusedCard)->setFocus(Qt::OtherFocusReason);
    } else if (focusedButton >= 0) {
        const int index = std::min(focusedButton, m_actionCount);
        if (auto *button =
                m_column->findChild<QToolButton *>(QStringLiteral("addActionButton_%1").arg(index)))
            button->setFocus(Qt::OtherFocusReason);
    } else if (hadFocus && m_triggerCard) {
        m_triggerCard->setFocus(Qt::OtherFocusReason);
    }
}

void WorkflowCanvas::setTrigger(const Workflow &workflow, const QVector<ReviewItem> &review,
                                const PropertyCatalog *catalog)
{
    if (!m_triggerCard)
        return;
    WorkflowCard *old = m_triggerCard;
    const bool hadFocus = old->hasFocus();
    m_triggerCard = buildTriggerCard(workflow, review, catalog);
    m_triggerCard->setSelected(m_selection.kind == EditorSelection::Kind::Trigger);
    delete m_flow->replaceWidget(old, m_triggerCard);
    retire(old);
    m_triggerCard->show();
    orderTabs();
    if (hadFocus)
        m_triggerCard->setFocus(Qt::OtherFocusReason);
}

void WorkflowCanvas::setSelection(const EditorSelection &selection)
{
    m_selection = selection;
    if (m_triggerCard)
        m_triggerCard->setSelected(selection.kind == EditorSelection::Kind::Trigger);
    for (auto it = m_actionCards.cbegin(); it != m_actionCards.cend(); ++it) {
        if (it.value())
            it.value()->setSelected(selection.kind == EditorSelection::Kind::Action &&
                                    selection.actionId == it.key());
    }
}

WorkflowCard *WorkflowCanvas::card(const EditorSelection &which) const
{
    switch (which.kind) {
    case EditorSelection::Kind::None:
        return nullptr;
    case EditorSelection::Kind::Trigger:
        return m_triggerCard;
    case EditorSelection::Kind::Action:
        return m_actionCards.value(which.actionId);
    }
    return nullptr;
}

void WorkflowCanvas::setTabAnchor(QWidget *anchor)
{
    m_tabAnchor = anchor;
    orderTabs();
}

void WorkflowCanvas::orderTabs()
{
    // New widgets join the end of the window's tab chain: put the flow back in reading order,
    // right after the anchor.
    QWidget *previous = m_tabAnchor;
    for (int i = 0; i < m_flow->count(); ++i) {
        QWidget *widget = m_flow->itemAt(i)->widget();
        if (!widget)
            continue;
        QWidget *stop =
            widget->focusPolicy() & Qt::TabFocus ? widget : widget->findChild<QToolButton *>();
        if (!stop)
            continue;
        if (previous)
            setTabOrder(previous, stop);
        previous = stop;
    }
}

void WorkflowCanvas::focusCard(const EditorSelection &which)
{
    if (WorkflowCard *target = card(which))
        target->setFocus(Qt::OtherFocusReason);
}

WorkflowCard *WorkflowCanvas::buildTriggerCard(const Workflow &workflow,
                                               const QVector<ReviewItem> &review,
                                               const PropertyCatalog *catalog)
{
    auto *card = new WorkflowCard(m_column);
    card->setObjectName(QStringLiteral("triggerCard"));
    card->setMinimumWidth(260);

    QVector<ReviewItem> findings;
    for (const ReviewItem &item : review) {
        if (concernsTrigger(item))
            findings << item;
    }
    const QString title = triggerTitle(workflow.objectType);
    auto *titleLabel = textLabel(title, card, false, true);
    titleLabel->setObjectName(QStringLiteral("cardTitle"));
    card->body()->addLayout(headerRow(iconLabel(QStringLiteral("trigger"), CardIconSize, card),
                                      titleLabel, badgeFor(findings, card)));

    // The filters sit under the title, indented past the icon.
    auto *details = new QVBoxLayout;
    details->setContentsMargins(CardIconSize + 10, 0, 0, 0);
    details->setSpacing(4);
    QStringList spoken{title};
    const QVector<FilterGroup> &groups = workflow.enrollment.filterGroups;
    if (groups.isEmpty()) {
        auto *empty = textLabel(tr("No triggers yet — add a filter"), card, true);
        empty->setObjectName(QStringLiteral("noTriggers"));
        details->addWidget(empty);
        spoken << empty->text();
    }
    for (int g = 0; g < groups.size(); ++g) {
        if (g > 0) {
            auto *orLabel = textLabel(tr("OR"), card, true, true);
            orLabel->setObjectName(QStringLiteral("orSeparator"));
            details->addSpacing(2);
            details->addWidget(orLabel);
            details->addSpacing(2);
            spoken << orLabel->text();
        }
        const QVector<Filter> &filters = groups.at(g).filters;
        if (filters.isEmpty()) {
            auto *empty = textLabel(tr("An empty group — add a filter to it"), card, true);
            details->addWidget(empty);
            spoken << empty->text();
        }
        for (int f = 0; f < filters.size(); ++f) {
            const QString words = filterInWords(filters.at(f), workflow.objectType, catalog);
            auto *line = textLabel(f == 0 ? words : tr("AND %1").arg(words), card);
            line->setObjectName(QStringLiteral("filterLine"));
            details->addWidget(line);
            spoken << line->text();
        }
    }
    if (workflow.enrollment.reenroll.enabled) {
        auto *again =
            textLabel(tr("Records enroll again when they meet the triggers again"), card, true);
        details->addWidget(again);
        spoken << again->text();
    }
    card->body()->addLayout(details);

    card->setAccessibleName(tr("Trigger"));
    card->setAccessibleDescription(spoken.join(QLatin1Char('\n')));
    card->setToolTip(tr("Click to change the triggers"));
    connect(card, &WorkflowCard::activated, this, &WorkflowCanvas::triggerActivated);
    return card;
}

WorkflowCard *WorkflowCanvas::buildActionCard(const Workflow &workflow, int index,
                                              const QVector<ReviewItem> &review,
                                              const QVector<Connection> &connections)
{
    const Action &action = workflow.actions.at(index);
    auto *card = new WorkflowCard(m_column);
    card->setObjectName(QStringLiteral("actionCard_%1").arg(action.id));
    card->setProperty("actionId", action.id);
    card->setMinimumWidth(260);
    card->setActionCard(index > 0, index + 1 < workflow.actions.size());

    QVector<ReviewItem> findings;
    for (const ReviewItem &item : review) {
        if (item.actionId == action.id)
            findings << item;
    }
    const QString label = actionTypeLabel(action.type);
    auto *title = textLabel(label, card, false, true);
    title->setObjectName(QStringLiteral("cardTitle"));
    card->body()->addLayout(headerRow(iconLabel(QStringLiteral("action"), CardIconSize, card),
                                      title, badgeFor(findings, card)));

    QString companyText;
    bool chosen = false;
    if (action.connection.trimmed().isEmpty()) {
        companyText = tr("Choose a QuickBooks company");
    } else if (const Connection *company = quickBooksCompany(connections, action.connection)) {
        chosen = true;
        const QString name =
            company->name.trimmed().isEmpty() ? company->displayName() : company->name;
        companyText =
            company->environment == Environment::Sandbox ? tr("%1 · sandbox").arg(name) : name;
    } else {
        companyText = tr("A QuickBooks company that is no longer connected");
    }
    auto *company = textLabel(companyText, card, !chosen);
    company->setObjectName(QStringLiteral("cardCompany"));
    company->setContentsMargins(CardIconSize + 10, 0, 0, 0);
    card->body()->addWidget(company);

    card->setAccessibleName(tr("Action %1: %2").arg(index + 1).arg(label));
    card->setAccessibleDescription(companyText);
    card->setToolTip(tr("Click to change this action. Alt+Up and Alt+Down move it; Delete "
                        "deletes it."));
    const QString id = action.id;
    connect(card, &WorkflowCard::activated, this, [this, id] { Q_EMIT actionActivated(id); });
    connect(card, &WorkflowCard::moveRequested, this,
            [this, id](int delta) { Q_EMIT moveRequested(id, delta); });
    connect(card, &WorkflowCard::deleteRequested, this, [this, id] { Q_EMIT deleteRequested(id); });
    return card;
}

QWidget *WorkflowCanvas::buildConnector(int index)
{
    auto *connector = new QWidget(m_column);
    connector->setObjectName(QStringLiteral("connector_%1").arg(index));
    auto *column = new QVBoxLayout(connector);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(new Stem(connector));
    auto *button = new QToolButton(connector);
    button->setObjectName(QStringLiteral("addActionButton_%1").arg(index));
    button->setProperty("insertIndex", index);
    button->setIcon(icon(QStringLiteral("add")));
    button->setIconSize(QSize(16, 16));
    button->setText(tr("+"));
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    const QString where = index == 0 ? tr("Add an action after the trigger")
                                     : tr("Add an action after action %1").arg(index);
    button->setToolTip(where);
    button->setAccessibleName(where);
    connect(button, &QToolButton::clicked, this,
            [this, button, index] { openAddMenu(button, index); });
    column->addWidget(button, 0, Qt::AlignHCenter);
    column->addWidget(new Stem(connector));
    return connector;
}

QWidget *WorkflowCanvas::buildEnd()
{
    auto *end = new QWidget(m_column);
    end->setObjectName(QStringLiteral("canvasEnd"));
    auto *row = new QHBoxLayout(end);
    row->setContentsMargins(0, 2, 0, 0);
    row->setSpacing(6);
    row->addStretch(1);
    row->addWidget(iconLabel(QStringLiteral("end"), 16, end));
    auto *label = new QLabel(tr("End"), end);
    label->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(label);
    row->addStretch(1);
    end->setAccessibleName(tr("End of the workflow"));
    return end;
}

void WorkflowCanvas::openAddMenu(QToolButton *button, int index)
{
    // popup(), not exec(): the window stays live, and tests choose an entry by clicking it.
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("addActionMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Actions you can add"));
    for (const ActionSpec &spec : actionSpecs()) {
        if (!actionAllowedFor(spec.type, m_objectType))
            continue;
        QAction *entry =
            menu->addAction(icon(QStringLiteral("action")), actionTypeLabel(spec.type));
        entry->setObjectName(QStringLiteral("add_%1").arg(actionTypeKey(spec.type)));
        entry->setData(actionTypeKey(spec.type));
        const ActionType type = spec.type;
        connect(entry, &QAction::triggered, this,
                [this, index, type] { Q_EMIT insertRequested(index, type); });
    }
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

} // namespace bookflow
