#include "ui/editor/filtertext.h"

#include "ui/filters/propertycatalog.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace bookflow {

namespace {

struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterText)
};

bool isTextOperator(Operator op)
{
    switch (op) {
    case Operator::IsAnyOf:
    case Operator::IsNoneOf:
    case Operator::ContainsAny:
    case Operator::ContainsNone:
    case Operator::StartsWithAny:
        return true;
    default:
        return false;
    }
}

} // namespace

QString filterInWords(const Filter &filter, ObjectType workflowType, const PropertyCatalog *catalog)
{
    const std::optional<PropertyInfo> property =
        catalog ? catalog->find(filter.object, filter.property) : std::nullopt;
    QString subject = filter.property;
    if (filter.property.trimmed().isEmpty())
        subject = FilterText::tr("(no property chosen)");
    else if (property && !property->label.trimmed().isEmpty())
        subject = property->label;
    if (filter.object != filterObjectOf(workflowType))
        subject = FilterText::tr("%1 › %2").arg(filterObjectLabel(filter.object), subject);

    const QStringList &values = filter.values;
    const QString first = values.value(0);
    switch (filter.op) {
    case Operator::IsKnown:
    case Operator::IsUnknown:
        return FilterText::tr("%1 %2").arg(subject, operatorLabel(filter.op, filter.propertyType));
    case Operator::MoreThanDaysAgo:
        return FilterText::tr("%1 is more than %2 days ago").arg(subject, first);
    case Operator::LessThanDaysAgo:
        return FilterText::tr("%1 is less than %2 days ago").arg(subject, first);
    case Operator::Between:
        return FilterText::tr("%1 is between %2 and %3").arg(subject, first, values.value(1));
    default:
        break;
    }

    QStringList shown;
    const bool options = filter.propertyType == PropertyType::Enumeration ||
                         filter.propertyType == PropertyType::Bool;
    for (const QString &value : values) {
        if (property && options)
            shown << property->optionLabel(value);
        else if (filter.propertyType == PropertyType::Bool)
            shown << (value == QLatin1String("true")    ? FilterText::tr("Yes")
                      : value == QLatin1String("false") ? FilterText::tr("No")
                                                        : value);
        else if (filter.propertyType == PropertyType::Text && isTextOperator(filter.op))
            shown << FilterText::tr("“%1”").arg(value);
        else
            shown << value;
    }
    const QString operatorText = operatorLabel(filter.op, filter.propertyType);
    if (shown.isEmpty())
        return FilterText::tr("%1 %2 …").arg(subject, operatorText);
    return FilterText::tr("%1 %2 %3").arg(subject, operatorText, shown.join(FilterText::tr(", ")));
}

} // namespace bookflow
