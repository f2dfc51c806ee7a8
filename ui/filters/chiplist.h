#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QLineEdit;

namespace bookflow {

class FlowLayout;

// A wrapping row of removable chips ("Invoice ×"), optionally followed by a field where typing a
// value and pressing Enter asks for a new chip. The owner decides what the chips are: the list
// only asks (addRequested, removeRequested) and shows what it is given.
class ChipList : public QWidget
{
    Q_OBJECT

public:
    explicit ChipList(QWidget *parent = nullptr);

    // Shows these chips (labels as shown, tool tips e.g. the stored value); keeps the input
    // field and its focus.
    void setChips(const QStringList &labels, const QStringList &toolTips = {});
    int chipCount() const { return int(m_chips.size()); }
    // The field after the chips, hidden unless an input placeholder is set.
    void setInputPlaceholder(const QString &placeholder);
    QLineEdit *input() const { return m_input; }
    // The widgets a Tab walks through, in order.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void addRequested(const QString &text);
    void removeRequested(int index);

private:
    QWidget *makeChip(int index, const QString &label, const QString &toolTip);

    FlowLayout *m_layout = nullptr;
    QVector<QWidget *> m_chips;
    QLineEdit *m_input = nullptr;
};

} // namespace bookflow
