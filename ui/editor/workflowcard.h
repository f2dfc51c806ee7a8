#pragma once

#include <QFrame>

class QVBoxLayout;

namespace bookflow {

// One card of the editor's canvas: the trigger or an action. The canvas fills it with labels;
// the card draws the rounded frame in palette colours (Base, Mid, and Highlight when selected),
// so it reads on light and dark palettes alike, and turns clicks and keys into requests:
// click, Enter or Space select it; on an action card Delete deletes, Alt+Up and Alt+Down move it,
// and the context menu offers the same.
class WorkflowCard : public QFrame
{
    Q_OBJECT

public:
    explicit WorkflowCard(QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }

    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);

    // An action card can be deleted and moved within the actions; the trigger card can't.
    void setActionCard(bool canMoveUp, bool canMoveDown);

Q_SIGNALS:
    void activated();
    void moveRequested(int delta);
    void deleteRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QVBoxLayout *m_body = nullptr;
    bool m_selected = false;
    bool m_action = false;
    bool m_canMoveUp = false;
    bool m_canMoveDown = false;
};

} // namespace bookflow
