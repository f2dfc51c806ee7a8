#pragma once

#include <QLayout>
#include <QVector>

namespace bookflow {

// Lays its items out left to right and wraps them onto the next line when the width runs out:
// chips and option check boxes stay readable from 380 px panels to wide windows.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void insertWidget(int index, QWidget *widget);
    // Every item in a cell as wide as the widest one, so the items line up in columns (check
    // boxes); off by default (chips take their own width).
    void setUniformColumns(bool uniform);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QVector<QLayoutItem *> m_items;
    int m_spacing;
    bool m_uniform = false;
};

} // namespace bookflow
