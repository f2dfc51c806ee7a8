#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bookflow {

// The object a workflow enrolls; fixed when the workflow is created.
enum class ObjectType { Deal, Quote, Payment };

// The object a filter reads: the enrolled object or, one hop away, an associated one
// (PRODUCT.md §1: associated deal, first associated contact, associated quote).
enum class FilterObject { Deal, Quote, Payment, Contact };

// HubSpot property types as the evaluator needs them. `Date` is a calendar day, `DateTime` an
// instant (HubSpot: "date" and "datetime" property types).
enum class PropertyType { Text, Number, Date, DateTime, Enumeration, Bool };

enum class Operator {
    // text
    IsAnyOf, IsNoneOf, ContainsAny, ContainsNone, StartsWithAny,
    // number
    Eq, Neq, Gt, Gte, Lt, Lte,
    // number and date
    Between,
    // date and datetime
    On, Before, After, MoreThanDaysAgo, LessThanDaysAgo,
    // every type
    IsKnown, IsUnknown,
};

// One condition: `object › property  operator  values`. `values` is always a list of strings,
// empty for is_known / is_unknown (ARCHITECTURE.md, workflow file schema 1).
struct Filter
{
    FilterObject object = FilterObject::Deal;
    QString property;
    PropertyType propertyType = PropertyType::Text;
    Operator op = Operator::IsKnown;
    QStringList values;
    QJsonObject extra; // unknown fields, kept on round trip

    bool operator==(const Filter &o) const
    {
        return object == o.object && property == o.property && propertyType == o.propertyType &&
               op == o.op && values == o.values && extra == o.extra;
    }
    bool operator!=(const Filter &o) const { return !(*this == o); }
};

// Filters inside a group are joined by AND; groups are joined by OR (HubSpot's rule).
struct FilterGroup
{
    QVector<Filter> filters;
    QJsonObject extra;

    bool operator==(const FilterGroup &o) const { return filters == o.filters && extra == o.extra; }
    bool operator!=(const FilterGroup &o) const { return !(*this == o); }
};

// Names used in workflow files; `fromKey` returns nothing for an unknown name.
QString objectTypeKey(ObjectType type);
std::optional<ObjectType> objectTypeFromKey(const QString &key);
QString filterObjectKey(FilterObject object);
std::optional<FilterObject> filterObjectFromKey(const QString &key);
QString propertyTypeKey(PropertyType type);
std::optional<PropertyType> propertyTypeFromKey(const QString &key);
QString operatorKey(Operator op);
std::optional<Operator> operatorFromKey(const QString &key);

// The filter object that names the enrolled record itself ("Deal" for a deal-based workflow).
FilterObject filterObjectOf(ObjectType type);
// The objects a filter of a workflow of `type` may read (PRODUCT.md §1).
QVector<FilterObject> filterObjectsFor(ObjectType type);
// The operators HubSpot offers for a property type, in the order the editor lists them.
QVector<Operator> operatorsFor(PropertyType type);
// How many values an operator takes: {min, max}; max < 0 means "no upper limit".
struct ValueCount
{
    int min;
    int max;
};
ValueCount valueCountFor(Operator op);

// Labels a person reads (HubSpot's wording), translated.
QString objectTypeLabel(ObjectType type);
QString filterObjectLabel(FilterObject object);
QString operatorLabel(Operator op, PropertyType type);

} // namespace bookflow
