#pragma once

#include "core/workflow/filter.h"
#include "ui/filters/propertyinfo.h"

#include <QDate>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace bookflow {

class FilterValueEditor;
class PropertyCatalog;
class PropertyPicker;

// One filter of a group: object, property, operator and values, the remove button, and what is
// wrong with it in words (shown, never hidden: review would report it anyway). Part of
// FilterGroupsEditor; it asks for changes and shows what it is given.
class FilterRow : public QWidget
{
    Q_OBJECT

public:
    FilterRow(PropertyCatalog *catalog, const QVector<FilterObject> &objects,
              QWidget *parent = nullptr);

    // `used`: the properties the other filters use, listed by the picker whatever HubSpot says.
    void setFilter(const Filter &filter, const QStringList &problems,
                   const QVector<PropertyInfo> &used);
    const Filter &filter() const { return m_filter; }
    PropertyPicker *picker() const { return m_picker; }
    QList<QWidget *> focusChain() const;
    // The date the date operators start from (tests fix it).
    void setToday(const QDate &today) { m_today = today; }

Q_SIGNALS:
    // `mergeKey` is the value editor's typing key (empty otherwise).
    void filterEdited(const Filter &filter, const QString &description, const QString &mergeKey);
    void removeRequested();

private:
    void showFilter();
    std::optional<PropertyInfo> describe() const;
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    PropertyCatalog *m_catalog;
    QVector<FilterObject> m_objects;
    Filter m_filter;
    QStringList m_problems;
    QDate m_today;

    QComboBox *m_object = nullptr;
    PropertyPicker *m_picker = nullptr;
    QToolButton *m_remove = nullptr;
    QComboBox *m_operator = nullptr;
    FilterValueEditor *m_values = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problemText = nullptr;
    QWidget *m_problemRow = nullptr;
};

} // namespace bookflow
