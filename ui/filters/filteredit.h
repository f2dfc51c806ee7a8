#pragma once

#include "core/workflow/filter.h"
#include "ui/filters/propertyinfo.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bookflow {

// The editor's rules for changing one part of a filter, kept free of widgets so they are tested
// on their own: what a new property or operator does to the operator and the values.

// Which value editor an operator needs on a property type.
enum class FilterValueKind {
    None,     // is known / is unknown
    TextList, // any number of texts (chips)
    Options,  // checkable options (enumeration, yes/no)
    Number,   // one or two exact decimals
    Date,     // one or two calendar days (YYYY-MM-DD)
    Days,     // a whole number of days
};
FilterValueKind filterValueKind(Operator op, PropertyType type);

// A filter on `object` with no property chosen yet.
Filter blankFilter(FilterObject object);

// The values an operator starts with when nothing fits from before: `today` for the date
// operators (once, twice for "is between"), 30 for "more/less than N days ago", nothing else.
QStringList defaultValuesFor(Operator op, PropertyType type, const QDate &today);

// `filter` on `property`: the operator and the values are kept while they still make sense (same
// type, not options that belong to another property); otherwise the type's first operator with
// its default values.
Filter filterWithProperty(const Filter &filter, const PropertyInfo &property, const QDate &today);

// `filter` with `op`: values of the same kind are kept (at most as many as the operator takes;
// "is between" dates repeat the one there is), other kinds start from the defaults.
Filter filterWithOperator(const Filter &filter, Operator op, const QDate &today);

// Why each filter can't be evaluated, in the review's words without its "Trigger group 1,
// filter 2" prefix (the editor shows them under the filter itself): problems[group][filter].
QVector<QVector<QStringList>> filterProblems(const QVector<FilterGroup> &groups);

// A property type in a bookkeeper's words ("Number", "Date and time", "Dropdown", "Yes/No").
QString propertyTypeLabel(PropertyType type);

} // namespace bookflow
