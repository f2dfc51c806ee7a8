#include "ui/main/tablecelldelegate.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace bookflow {

QSize TableCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // Three times the layout spacing: a clear gutter between columns in the style's units.
    size.rwidth() +=
        3 * style->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, option.widget);
    return size;
}

} // namespace bookflow
