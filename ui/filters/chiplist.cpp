#include "ui/filters/chiplist.h"

#include "ui/filters/flowlayout.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace bookflow {

ChipList::ChipList(QWidget *parent) : QWidget(parent)
{
    m_layout = new FlowLayout(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("chipInput"));
    m_input->setAccessibleName(tr("New value"));
    m_input->setClearButtonEnabled(false);
    m_input->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_input->hide();
    m_layout->addWidget(m_input);
    // Enter adds; so does leaving the field with something typed (nothing typed is lost).
    connect(m_input, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_input->text().trimmed();
        if (text.isEmpty())
            return;
        m_input->clear();
        Q_EMIT addRequested(text);
    });
}

void ChipList::setInputPlaceholder(const QString &placeholder)
{
    m_input->setPlaceholderText(placeholder);
    m_input->setVisible(!placeholder.isEmpty());
}

void ChipList::setChips(const QStringList &labels, const QStringList &toolTips)
{
    // Same chips: nothing to rebuild (keeps hover and focus where they are).
    bool same = labels.size() == m_chips.size();
    for (int i = 0; same && i < labels.size(); ++i) {
        same = m_chips.at(i)->property("chipLabel").toString() == labels.at(i) &&
               m_chips.at(i)->toolTip() == toolTips.value(i);
    }
    if (same)
        return;
    for (QWidget *chip : qAsConst(m_chips)) {
        m_layout->removeWidget(chip);
        chip->setObjectName(QString()); // not found by name while it waits to be deleted
        for (QWidget *child : chip->findChildren<QWidget *>())
            child->setObjectName(QString());
        chip->hide();
        chip->deleteLater(); // a chip's × may be the sender of the signal that got us here
    }
    m_chips.clear();
    for (int i = 0; i < labels.size(); ++i) {
        QWidget *chip = makeChip(i, labels.at(i), toolTips.value(i));
        m_layout->insertWidget(i, chip);
        chip->show(); // now, not when the layout gets round to it
        m_chips.append(chip);
    }
    updateGeometry();
}

QWidget *ChipList::makeChip(int index, const QString &label, const QString &toolTip)
{
    auto *chip = new QFrame(this);
    chip->setObjectName(QStringLiteral("chip"));
    chip->setProperty("chipLabel", label);
    chip->setToolTip(toolTip);
    chip->setFrameShape(QFrame::StyledPanel);
    chip->setBackgroundRole(QPalette::AlternateBase);
    chip->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 1, 1, 1);
    layout->setSpacing(2);
    auto *text = new QLabel(label, chip);
    text->setObjectName(QStringLiteral("chipText"));
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);
    auto *remove = new QToolButton(chip);
    remove->setObjectName(QStringLiteral("chipRemove"));
    remove->setAutoRaise(true);
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove “%1”").arg(label));
    remove->setAccessibleName(tr("Remove %1").arg(label));
    remove->setCursor(Qt::ArrowCursor);
    layout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, index] { Q_EMIT removeRequested(index); });
    return chip;
}

QList<QWidget *> ChipList::focusChain() const
{
    QList<QWidget *> chain;
    for (QWidget *chip : m_chips)
        chain.append(chip->findChild<QToolButton *>(QStringLiteral("chipRemove")));
    if (m_input->isVisibleTo(this))
        chain.append(m_input);
    return chain;
}

} // namespace bookflow
