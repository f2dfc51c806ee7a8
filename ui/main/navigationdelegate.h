#pragma once

#include <QStyledItemDelegate>

namespace bookflow {

// Draws the main window's navigation entries with a count badge on the right ("Needs review  3")
// when the item's CountRole is above zero. The badge takes the palette's highlight colours, so it
// reads in light and dark themes and inverts on the selected entry.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    static constexpr int CountRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    // The selected entry's icon takes the highlighted text colour: the grey line icons would
    // almost vanish on the selection colour otherwise.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    static QSize badgeSize(const QFontMetrics &metrics, int count);
};

} // namespace bookflow
