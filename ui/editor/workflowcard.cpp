#include "ui/editor/workflowcard.h"

#include "ui/icons.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace bookflow {

namespace {
constexpr qreal Radius = 8.0;
}

WorkflowCard::WorkflowCard(QWidget *parent) : QFrame(parent), m_body(new QVBoxLayout(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setForegroundRole(QPalette::Text);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Room inside the rounded border and the 2 px selection line.
    m_body->setContentsMargins(16, 12, 16, 12);
    m_body->setSpacing(6);
}

void WorkflowCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void WorkflowCard::setActionCard(bool canMoveUp, bool canMoveDown)
{
    m_action = true;
    m_canMoveUp = canMoveUp;
    m_canMoveDown = canMoveDown;
}

void WorkflowCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();

    QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    qreal width = 1.0;
    if (m_selected) {
        // A light wash of the highlight over the card, and the highlight as its border.
        QColor wash = pal.color(QPalette::Highlight);
        wash.setAlphaF(0.12);
        fill = QColor::fromRgbF(fill.redF() * (1 - wash.alphaF()) + wash.redF() * wash.alphaF(),
                                fill.greenF() * (1 - wash.alphaF()) + wash.greenF() * wash.alphaF(),
                                fill.blueF() * (1 - wash.alphaF()) + wash.blueF() * wash.alphaF());
        border = pal.color(QPalette::Highlight);
        width = 2.0;
    }
    const QRectF frame = QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    painter.setPen(QPen(border, width));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, Radius, Radius);

    if (hasFocus() && !m_selected) {
        // Keyboard focus without selection: a dashed highlight ring inside the border.
        QPen ring(pal.color(QPalette::Highlight), 1.0, Qt::DashLine);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(3, 3, -3, -3), Radius - 2, Radius - 2);
    }
}

void WorkflowCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void WorkflowCard::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) &&
        mods == Qt::NoModifier) {
        Q_EMIT activated();
        return;
    }
    if (m_action && key == Qt::Key_Delete && mods == Qt::NoModifier) {
        Q_EMIT deleteRequested();
        return;
    }
    if (m_action && mods == Qt::AltModifier && (key == Qt::Key_Up || key == Qt::Key_Down)) {
        const int delta = key == Qt::Key_Up ? -1 : 1;
        if ((delta < 0 && m_canMoveUp) || (delta > 0 && m_canMoveDown))
            Q_EMIT moveRequested(delta);
        return;
    }
    QFrame::keyPressEvent(event);
}

void WorkflowCard::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_action) {
        QFrame::contextMenuEvent(event);
        return;
    }
    Q_EMIT activated();
    // popup(), not exec(): nothing waits in a nested event loop, and tests can reach the menu.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("cardMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);

    QAction *up = menu->addAction(tr("Move up"));
    up->setObjectName(QStringLiteral("moveUpAction"));
    up->setShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the card handles the key
    up->setEnabled(m_canMoveUp);
    connect(up, &QAction::triggered, this, [this] { Q_EMIT moveRequested(-1); });

    QAction *down = menu->addAction(tr("Move down"));
    down->setObjectName(QStringLiteral("moveDownAction"));
    down->setShortcut(QKeySequence(Qt::AltModifier | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    down->setEnabled(m_canMoveDown);
    connect(down, &QAction::triggered, this, [this] { Q_EMIT moveRequested(1); });

    menu->addSeparator();
    QAction *remove = menu->addAction(icon(QStringLiteral("delete")), tr("Delete action"));
    remove->setObjectName(QStringLiteral("deleteCardAction"));
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] { Q_EMIT deleteRequested(); });

    menu->popup(event->globalPos());
    event->accept();
}

void WorkflowCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void WorkflowCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

} // namespace bookflow
