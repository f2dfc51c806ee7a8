#pragma once

// Driving the filter widgets as a person does, shared by tst_filtereditor and tst_triggerpanel:
// find what is shown by its object name, pick a property by typing in the picker's search,
// choose in a combo box by clicking its list, find an option's check box by its label.
#include "ui/filters/filterrow.h"
#include "ui/filters/propertypicker.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace bookflow::testsupport {

// The widget named `name` under `parent` that is shown (widgets being replaced lose their name,
// this also skips anything hidden).
template <typename T> T *shown(QWidget *parent, const QString &name)
{
    for (T *child : parent->findChildren<T *>(name)) {
        if (child->isVisibleTo(parent))
            return child;
    }
    return nullptr;
}

// Filter `filter` of group `group`, both counted from 1 as the editor shows them.
inline FilterRow *rowAt(QWidget *editor, int group, int filter)
{
    QWidget *frame = shown<QWidget>(editor, QStringLiteral("filterGroup%1").arg(group));
    return frame ? shown<FilterRow>(frame, QStringLiteral("filter%1").arg(filter)) : nullptr;
}

// Opens the picker with a click, types `search` into its search field and presses Enter.
inline bool pickProperty(PropertyPicker *picker, const QString &search)
{
    QTest::mouseClick(picker, Qt::LeftButton);
    if (!picker->isPopupVisible())
        return false;
    auto *field = picker->popup()->findChild<QLineEdit *>(QStringLiteral("propertySearch"));
    QTest::keyClicks(field, search);
    QTest::keyClick(field, Qt::Key_Return);
    return !picker->isPopupVisible();
}

// Chooses the item with `text` in a combo box by clicking it in the combo's own list.
inline bool chooseInCombo(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        return false;
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    const QRect rect = view->visualRect(view->model()->index(index, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return combo->currentIndex() == index && !view->isVisible();
}

// The check box of the option labelled `label`.
inline QCheckBox *option(QWidget *row, const QString &label)
{
    for (QCheckBox *check : row->findChildren<QCheckBox *>(QStringLiteral("option"))) {
        if (check->text() == label && check->isVisibleTo(row))
            return check;
    }
    return nullptr;
}

// The shown controls under `parent` (what takes focus) that have no accessible name, by
// object name; Qt's own parts of a spin box or combo box ("qt_spinbox_lineedit") are left out.
inline QStringList unnamedControls(QWidget *parent)
{
    QStringList unnamed;
    for (QWidget *widget : parent->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(parent) ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->accessibleName().isEmpty())
            unnamed.append(widget->objectName().isEmpty()
                               ? QString::fromLatin1(widget->metaObject()->className())
                               : widget->objectName());
    }
    return unnamed;
}

} // namespace bookflow::testsupport
