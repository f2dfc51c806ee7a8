#pragma once

#include <QStyledItemDelegate>

namespace bookflow {

// The workflow table's cells: as the default delegate, with room after each cell's content so
// that columns sized to their contents ("never published", "just now") do not touch. The text
// keeps its place, so it stays aligned with the header's.
class TableCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bookflow
