#pragma once

#include "core/workflow/filter.h"
#include "ui/filters/propertyinfo.h"

#include <QComboBox>
#include <QPointer>
#include <QVector>

#include <optional>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bookflow {

class PropertyCatalog;

// Chooses one property of a filter object. Looks like a drop-down showing the property's label
// (its internal name in the tool tip); opening it shows a popup with a search field and HubSpot's
// properties grouped by HubSpot group, label and internal name side by side. While HubSpot is
// loading it says so; when HubSpot can't be asked it says why, still lists the properties already
// used, and takes a typed internal name with a type the person chooses.
//
// The picker never changes its own choice: it emits picked() and its owner sets what is current.
class PropertyPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit PropertyPicker(PropertyCatalog *catalog, QWidget *parent = nullptr);
    ~PropertyPicker() override;

    void setObject(FilterObject object);
    FilterObject object() const { return m_object; }
    // Properties already in use (the workflow's or the connection's), listed even when HubSpot
    // can't be asked; the ones HubSpot doesn't know appear under "Used here".
    void setUsedProperties(const QVector<PropertyInfo> &used);
    // Shows `name` as the choice (no signal); an empty name shows the placeholder text.
    void setCurrentProperty(const QString &name);
    QString currentProperty() const { return m_current; }
    // What the picker knows about `name`: HubSpot's description, else the used list's.
    std::optional<PropertyInfo> describe(const QString &name) const;

    void showPopup() override;
    void hidePopup() override;
    bool isPopupVisible() const;
    // The popup (its search field, list and the typed-name row), for tests and tab order.
    QFrame *popup() const { return m_popup; }

Q_SIGNALS:
    void picked(const PropertyInfo &property);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildPopup();
    void populate();
    void applySearch();
    void updateStatus();
    void updateDisplay();
    void moveCurrent(int step);
    void pickItem(QTreeWidgetItem *item);
    void pickTyped();
    QString typedName() const;
    void onCatalogChanged(FilterObject object);

    QPointer<PropertyCatalog> m_catalog;
    FilterObject m_object = FilterObject::Deal;
    QVector<PropertyInfo> m_used;
    QString m_current;

    QFrame *m_popup = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QTreeWidget *m_list = nullptr;
    QWidget *m_typedRow = nullptr;
    QLabel *m_typedLabel = nullptr;
    QComboBox *m_typedType = nullptr;
    QPushButton *m_useTyped = nullptr;
    QVector<PropertyInfo> m_listed; // what the list rows point at (by index)
};

} // namespace bookflow
