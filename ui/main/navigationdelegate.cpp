#include "ui/main/navigationdelegate.h"

#include <QApplication>
#include <QPainter>

namespace bookflow {

namespace {

// "999+" rather than a badge that pushes the label out of the panel.
QString badgeText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

} // namespace

QSize NavigationDelegate::badgeSize(const QFontMetrics &metrics, int count)
{
    const int height = metrics.height();
    const int width = metrics.horizontalAdvance(badgeText(count)) + height * 2 / 3;
    return QSize(qMax(width, height), height);
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int count = index.data(CountRole).toInt();
    if (count <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    const QFontMetrics metrics(badgeFont);
    const QSize size = badgeSize(metrics, count);
    const int gap = metrics.height() / 2;

    // The label gets the width the badge leaves, so a long translation elides instead of running
    // under the badge.
    QStyleOptionViewItem textOption(option);
    textOption.rect.setRight(option.rect.right() - size.width() - 2 * gap);
    // The row's selection background over the whole width, then the label on its part of it.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    QStyledItemDelegate::paint(painter, textOption, index);

    const QRect badge(option.rect.right() - gap - size.width(),
                      option.rect.center().y() - size.height() / 2 + 1, size.width(),
                      size.height());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor fill =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor text =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge), size.height() / 2.0, size.height() / 2.0);
    painter->setPen(text);
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, badgeText(count));
    painter->restore();
}

void NavigationDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!(option->state & QStyle::State_Selected) || option->icon.isNull())
        return;
    const qreal ratio =
        option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
    QPixmap pixmap = option->icon.pixmap(option->decorationSize, ratio);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(0, 0), pixmap.size()),
                     option->palette.color(QPalette::HighlightedText));
    painter.end();
    QIcon tinted;
    tinted.addPixmap(pixmap, QIcon::Normal);
    tinted.addPixmap(pixmap, QIcon::Selected);
    option->icon = tinted;
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int count = index.data(CountRole).toInt();
    if (count > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QFontMetrics metrics(badgeFont);
        size.rwidth() += badgeSize(metrics, count).width() + metrics.height();
    }
    return size;
}

} // namespace bookflow
