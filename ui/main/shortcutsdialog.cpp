#include "ui/main/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// "&Import…" → "Import": the menu's mnemonic and ellipsis mean nothing in a list of keys.
QString plainText(const QAction *action)
{
    // An action whose text changes with the selection ("Turn on…" / "Turn off") names itself
    // for this list.
    const QString own = action->property(ShortcutsDialog::LabelProperty).toString();
    if (!own.isEmpty())
        return own;
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const Groups &groups, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    auto *layout = new QVBoxLayout(this);
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    list->setRootIsDecorated(false);
    list->setItemsExpandable(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::StrongFocus);
    list->setAlternatingRowColors(true);

    for (const auto &group : groups) {
        QList<QAction *> withKeys;
        for (QAction *action : group.second) {
            if (action && !action->shortcuts().isEmpty())
                withKeys << action;
        }
        if (withKeys.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(list, {group.first});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (QAction *action : std::as_const(withKeys)) {
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            auto *row = new QTreeWidgetItem(heading, {plainText(action), keys.join(tr(" or "))});
            row->setFlags(Qt::ItemIsEnabled);
        }
    }
    list->expandAll();
    list->header()->setStretchLastSection(true);
    list->resizeColumnToContents(0);
    list->setColumnWidth(0, list->columnWidth(0) +
                                fontMetrics().horizontalAdvance(QLatin1Char('x')) * 6);
    // Indentation only serves trees; headings already set the groups apart.
    list->setIndentation(0);
    layout->addWidget(list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Rows with air, and the whole list visible without scrolling.
    const int rowHeight =
        fontMetrics().height() + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) + 2;
    int rows = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = list->topLevelItem(i);
        heading->setSizeHint(0, QSize(0, rowHeight));
        ++rows;
        for (int j = 0; j < heading->childCount(); ++j) {
            heading->child(j)->setSizeHint(0, QSize(0, rowHeight));
            ++rows;
        }
    }
    list->setUniformRowHeights(true);
    list->setMinimumHeight(rows * rowHeight + list->header()->sizeHint().height() +
                           2 * list->frameWidth());
    list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    adjustSize();
}

} // namespace bookflow
