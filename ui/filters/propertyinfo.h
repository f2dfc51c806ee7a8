#pragma once

#include "core/workflow/filter.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace bookflow {

// One property a filter can read, as the picker shows it: HubSpot's label and group, the internal
// name a workflow stores, the filter type, and the options of an enumeration (value, label).
struct PropertyInfo
{
    QString name;  // "dealname"
    QString label; // "Deal name"; the name itself for a property HubSpot didn't describe
    QString group; // the group's label ("Deal information")
    PropertyType type = PropertyType::Text;
    QVector<QPair<QString, QString>> options; // value, label
    bool hidden = false; // HubSpot hides it from its own pickers; found, but not listed

    QString optionLabel(const QString &value) const
    {
        for (const auto &option : options) {
            if (option.first == value)
                return option.second;
        }
        return value;
    }
};

} // namespace bookflow
