#include "core/workflow/filter.h"

#include "core/util/tr.h"

#include <array>
#include <utility>

namespace bookflow {

namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

const std::array<std::pair<ObjectType, const char *>, 3> objectTypeKeys{{
    {ObjectType::Deal, "deal"},
    {ObjectType::Quote, "quote"},
    {ObjectType::Payment, "payment"},
}};

const std::array<std::pair<FilterObject, const char *>, 4> filterObjectKeys{{
    {FilterObject::Deal, "deal"},
    {FilterObject::Quote, "quote"},
    {FilterObject::Payment, "payment"},
    {FilterObject::Contact, "contact"},
}};

const std::array<std::pair<PropertyType, const char *>, 6> propertyTypeKeys{{
    {PropertyType::Text, "text"},
    {PropertyType::Number, "number"},
    {PropertyType::Date, "date"},
    {PropertyType::DateTime, "datetime"},
    {PropertyType::Enumeration, "enumeration"},
    {PropertyType::Bool, "bool"},
}};

const std::array<std::pair<Operator, const char *>, 19> operatorKeys{{
    {Operator::IsAnyOf, "is_any_of"},
    {Operator::IsNoneOf, "is_none_of"},
    {Operator::ContainsAny, "contains_any"},
    {Operator::ContainsNone, "contains_none"},
    {Operator::StartsWithAny, "starts_with_any"},
    {Operator::Eq, "eq"},
    {Operator::Neq, "neq"},
    {Operator::Gt, "gt"},
    {Operator::Gte, "gte"},
    {Operator::Lt, "lt"},
    {Operator::Lte, "lte"},
    {Operator::Between, "between"},
    {Operator::On, "on"},
    {Operator::Before, "before"},
    {Operator::After, "after"},
    {Operator::MoreThanDaysAgo, "more_than_days_ago"},
    {Operator::LessThanDaysAgo, "less_than_days_ago"},
    {Operator::IsKnown, "is_known"},
    {Operator::IsUnknown, "is_unknown"},
}};

} // namespace

QString objectTypeKey(ObjectType type) { return keyOf(objectTypeKeys, type); }
std::optional<ObjectType> objectTypeFromKey(const QString &key)
{
    return valueOf(objectTypeKeys, key);
}
QString filterObjectKey(FilterObject object) { return keyOf(filterObjectKeys, object); }
std::optional<FilterObject> filterObjectFromKey(const QString &key)
{
    return valueOf(filterObjectKeys, key);
}
QString propertyTypeKey(PropertyType type) { return keyOf(propertyTypeKeys, type); }
std::optional<PropertyType> propertyTypeFromKey(const QString &key)
{
    return valueOf(propertyTypeKeys, key);
}
QString operatorKey(Operator op) { return keyOf(operatorKeys, op); }
std::optional<Operator> operatorFromKey(const QString &key) { return valueOf(operatorKeys, key); }

FilterObject filterObjectOf(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return FilterObject::Deal;
    case ObjectType::Quote:
        return FilterObject::Quote;
    case ObjectType::Payment:
        return FilterObject::Payment;
    }
    return FilterObject::Deal;
}

QVector<FilterObject> filterObjectsFor(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return {FilterObject::Deal, FilterObject::Contact};
    case ObjectType::Quote:
        return {FilterObject::Quote, FilterObject::Deal, FilterObject::Contact};
    case ObjectType::Payment:
        return {FilterObject::Payment, FilterObject::Deal, FilterObject::Quote,
                FilterObject::Contact};
    }
    return {};
}

QVector<Operator> operatorsFor(PropertyType type)
{
    switch (type) {
    case PropertyType::Text:
        return {Operator::IsAnyOf,       Operator::IsNoneOf, Operator::ContainsAny,
                Operator::ContainsNone,  Operator::StartsWithAny, Operator::IsKnown,
                Operator::IsUnknown};
    case PropertyType::Number:
        return {Operator::Eq,  Operator::Neq,     Operator::Gt,      Operator::Gte,      Operator::Lt,
                Operator::Lte, Operator::Between, Operator::IsKnown, Operator::IsUnknown};
    case PropertyType::Date:
    case PropertyType::DateTime:
        return {Operator::On,
                Operator::Before,
                Operator::After,
                Operator::Between,
                Operator::MoreThanDaysAgo,
                Operator::LessThanDaysAgo,
                Operator::IsKnown,
                Operator::IsUnknown};
    case PropertyType::Enumeration:
    case PropertyType::Bool:
        return {Operator::IsAnyOf, Operator::IsNoneOf, Operator::IsKnown, Operator::IsUnknown};
    }
    return {};
}

ValueCount valueCountFor(Operator op)
{
    switch (op) {
    case Operator::IsKnown:
    case Operator::IsUnknown:
        return {0, 0};
    case Operator::Between:
        return {2, 2};
    case Operator::Eq:
    case Operator::Neq:
    case Operator::Gt:
    case Operator::Gte:
    case Operator::Lt:
    case Operator::Lte:
    case Operator::On:
    case Operator::Before:
    case Operator::After:
    case Operator::MoreThanDaysAgo:
    case Operator::LessThanDaysAgo:
        return {1, 1};
    case Operator::IsAnyOf:
    case Operator::IsNoneOf:
    case Operator::ContainsAny:
    case Operator::ContainsNone:
    case Operator::StartsWithAny:
        return {1, -1};
    }
    return {0, 0};
}

QString objectTypeLabel(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return Tr::tr("Deal");
    case ObjectType::Quote:
        return Tr::tr("Quote");
    case ObjectType::Payment:
        return Tr::tr("Payment");
    }
    return {};
}

QString filterObjectLabel(FilterObject object)
{
    switch (object) {
    case FilterObject::Deal:
        return Tr::tr("Deal");
    case FilterObject::Quote:
        return Tr::tr("Quote");
    case FilterObject::Payment:
        return Tr::tr("Payment");
    case FilterObject::Contact:
        return Tr::tr("Contact");
    }
    return {};
}

QString operatorLabel(Operator op, PropertyType type)
{
    const bool enumLike = type == PropertyType::Enumeration || type == PropertyType::Bool;
    switch (op) {
    case Operator::IsAnyOf:
        return enumLike ? Tr::tr("is any of") : Tr::tr("is equal to any of");
    case Operator::IsNoneOf:
        return Tr::tr("is none of");
    case Operator::ContainsAny:
        return Tr::tr("contains any of");
    case Operator::ContainsNone:
        return Tr::tr("doesn't contain any of");
    case Operator::StartsWithAny:
        return Tr::tr("starts with any of");
    case Operator::Eq:
        return Tr::tr("is equal to");
    case Operator::Neq:
        return Tr::tr("is not equal to");
    case Operator::Gt:
        return Tr::tr("is greater than");
    case Operator::Gte:
        return Tr::tr("is greater than or equal to");
    case Operator::Lt:
        return Tr::tr("is less than");
    case Operator::Lte:
        return Tr::tr("is less than or equal to");
    case Operator::Between:
        return Tr::tr("is between");
    case Operator::On:
        return Tr::tr("is on");
    case Operator::Before:
        return Tr::tr("is before");
    case Operator::After:
        return Tr::tr("is after");
    case Operator::MoreThanDaysAgo:
        return Tr::tr("is more than N days ago");
    case Operator::LessThanDaysAgo:
        return Tr::tr("is less than N days ago");
    case Operator::IsKnown:
        return Tr::tr("is known");
    case Operator::IsUnknown:
        return Tr::tr("is unknown");
    }
    return {};
}

} // namespace bookflow
