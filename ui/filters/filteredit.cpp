#include "ui/filters/filteredit.h"

#include "core/workflow/review.h"
#include "core/workflow/workflow.h"

#include <QCoreApplication>

namespace bookflow {

namespace {

struct FilterEditTr
{
    Q_DECLARE_TR_FUNCTIONS(FilterEdit)
};

bool isOptionType(PropertyType type)
{
    return type == PropertyType::Enumeration || type == PropertyType::Bool;
}

} // namespace

FilterValueKind filterValueKind(Operator op, PropertyType type)
{
    if (valueCountFor(op).max == 0)
        return FilterValueKind::None;
    switch (op) {
    case Operator::MoreThanDaysAgo:
    case Operator::LessThanDaysAgo:
        return FilterValueKind::Days;
    case Operator::On:
    case Operator::Before:
    case Operator::After:
        return FilterValueKind::Date;
    case Operator::Between:
        return type == PropertyType::Number ? FilterValueKind::Number : FilterValueKind::Date;
    case Operator::Eq:
    case Operator::Neq:
    case Operator::Gt:
    case Operator::Gte:
    case Operator::Lt:
    case Operator::Lte:
        return FilterValueKind::Number;
    case Operator::IsAnyOf:
    case Operator::IsNoneOf:
        return isOptionType(type) ? FilterValueKind::Options : FilterValueKind::TextList;
    case Operator::ContainsAny:
    case Operator::ContainsNone:
    case Operator::StartsWithAny:
        return FilterValueKind::TextList;
    case Operator::IsKnown:
    case Operator::IsUnknown:
        return FilterValueKind::None;
    }
    return FilterValueKind::None;
}

Filter blankFilter(FilterObject object)
{
    Filter filter;
    filter.object = object;
    filter.propertyType = PropertyType::Text;
    filter.op = Operator::IsAnyOf;
    return filter;
}

QStringList defaultValuesFor(Operator op, PropertyType type, const QDate &today)
{
    switch (filterValueKind(op, type)) {
    case FilterValueKind::Date: {
        QStringList values;
        for (int i = 0; i < valueCountFor(op).min; ++i)
            values.append(today.toString(Qt::ISODate));
        return values;
    }
    case FilterValueKind::Days:
        return {QStringLiteral("30")};
    default:
        return {};
    }
}

Filter filterWithProperty(const Filter &filter, const PropertyInfo &property, const QDate &today)
{
    Filter changed = filter;
    const bool keep = !filter.property.isEmpty() && filter.propertyType == property.type &&
                      operatorsFor(property.type).contains(filter.op);
    changed.property = property.name;
    changed.propertyType = property.type;
    if (keep && !isOptionType(property.type))
        return changed;
    // Another property's options mean nothing here; a new type has its own operators.
    changed.op = keep ? filter.op : operatorsFor(property.type).value(0, Operator::IsKnown);
    changed.values = defaultValuesFor(changed.op, property.type, today);
    return changed;
}

Filter filterWithOperator(const Filter &filter, Operator op, const QDate &today)
{
    Filter changed = filter;
    changed.op = op;
    const FilterValueKind before = filterValueKind(filter.op, filter.propertyType);
    const FilterValueKind after = filterValueKind(op, filter.propertyType);
    if (before != after || filter.values.isEmpty()) {
        changed.values = defaultValuesFor(op, filter.propertyType, today);
        return changed;
    }
    const ValueCount count = valueCountFor(op);
    if (count.max >= 0 && changed.values.size() > count.max)
        changed.values = changed.values.mid(0, count.max);
    // "is on 2024-03-01" → "is between 2024-03-01 and 2024-03-01": a valid range to adjust.
    while (after == FilterValueKind::Date && changed.values.size() < count.min)
        changed.values.append(changed.values.constLast());
    return changed;
}

QVector<QVector<QStringList>> filterProblems(const QVector<FilterGroup> &groups)
{
    QVector<QVector<QStringList>> problems;
    for (const FilterGroup &group : groups)
        problems.append(QVector<QStringList>(group.filters.size()));

    // The review's own checks, so the editor and "Review and publish" never disagree. A payment
    // workflow may read every filter object, so only the filters themselves are judged here.
    Workflow probe;
    probe.objectType = ObjectType::Payment;
    probe.enrollment.filterGroups = groups;
    for (const ReviewItem &item : WorkflowReview::review(probe)) {
        if (!item.isError() || item.group < 0 || item.filter < 0 || item.group >= problems.size() ||
            item.filter >= problems.at(item.group).size())
            continue;
        // "Trigger group 1, filter 2 (Payment › x): choose …" → "Choose …".
        QString message = item.message;
        const int colon = message.indexOf(QLatin1String(": "));
        if (colon >= 0)
            message = message.mid(colon + 2);
        if (!message.isEmpty())
            message[0] = message.at(0).toUpper();
        problems[item.group][item.filter].append(message);
    }
    return problems;
}

QString propertyTypeLabel(PropertyType type)
{
    switch (type) {
    case PropertyType::Text:
        return FilterEditTr::tr("Text");
    case PropertyType::Number:
        return FilterEditTr::tr("Number");
    case PropertyType::Date:
        return FilterEditTr::tr("Date");
    case PropertyType::DateTime:
        return FilterEditTr::tr("Date and time");
    case PropertyType::Enumeration:
        return FilterEditTr::tr("Dropdown (options)");
    case PropertyType::Bool:
        return FilterEditTr::tr("Yes/No");
    }
    return {};
}

} // namespace bookflow
