#include "core/hubspot/hubspotsearchrequest.h"

#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bookflow {

namespace {

using Op = HubSpotFilter::Operator;

struct OperatorName
{
    Op op;
    const char *name;
};

constexpr OperatorName OperatorNames[] = {
    {Op::Eq, "EQ"},
    {Op::Neq, "NEQ"},
    {Op::Lt, "LT"},
    {Op::Lte, "LTE"},
    {Op::Gt, "GT"},
    {Op::Gte, "GTE"},
    {Op::Between, "BETWEEN"},
    {Op::In, "IN"},
    {Op::NotIn, "NOT_IN"},
    {Op::HasProperty, "HAS_PROPERTY"},
    {Op::NotHasProperty, "NOT_HAS_PROPERTY"},
    {Op::ContainsToken, "CONTAINS_TOKEN"},
    {Op::NotContainsToken, "NOT_CONTAINS_TOKEN"},
};

HubSpotFilter make(const QString &property, Op op, const QString &value = {})
{
    HubSpotFilter filter;
    filter.propertyName = property;
    filter.op = op;
    filter.value = value;
    return filter;
}

} // namespace

HubSpotFilter HubSpotFilter::eq(const QString &p, const QString &v)
{
    return make(p, Op::Eq, v);
}
HubSpotFilter HubSpotFilter::neq(const QString &p, const QString &v)
{
    return make(p, Op::Neq, v);
}
HubSpotFilter HubSpotFilter::lt(const QString &p, const QString &v)
{
    return make(p, Op::Lt, v);
}
HubSpotFilter HubSpotFilter::lte(const QString &p, const QString &v)
{
    return make(p, Op::Lte, v);
}
HubSpotFilter HubSpotFilter::gt(const QString &p, const QString &v)
{
    return make(p, Op::Gt, v);
}
HubSpotFilter HubSpotFilter::gte(const QString &p, const QString &v)
{
    return make(p, Op::Gte, v);
}

HubSpotFilter HubSpotFilter::between(const QString &property, const QString &low,
                                     const QString &high)
{
    HubSpotFilter filter = make(property, Op::Between, low);
    filter.highValue = high;
    return filter;
}

HubSpotFilter HubSpotFilter::in(const QString &property, const QStringList &values)
{
    HubSpotFilter filter = make(property, Op::In);
    filter.values = values;
    return filter;
}

HubSpotFilter HubSpotFilter::notIn(const QString &property, const QStringList &values)
{
    HubSpotFilter filter = make(property, Op::NotIn);
    filter.values = values;
    return filter;
}

HubSpotFilter HubSpotFilter::hasProperty(const QString &property)
{
    return make(property, Op::HasProperty);
}

HubSpotFilter HubSpotFilter::notHasProperty(const QString &property)
{
    return make(property, Op::NotHasProperty);
}

HubSpotFilter HubSpotFilter::containsToken(const QString &property, const QString &token)
{
    return make(property, Op::ContainsToken, token);
}

HubSpotFilter HubSpotFilter::notContainsToken(const QString &property, const QString &token)
{
    return make(property, Op::NotContainsToken, token);
}

QString HubSpotFilter::operatorName(Operator op)
{
    for (const OperatorName &entry : OperatorNames) {
        if (entry.op == op)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<HubSpotFilter::Operator> HubSpotFilter::operatorFromName(const QString &name)
{
    for (const OperatorName &entry : OperatorNames) {
        if (name == QLatin1String(entry.name))
            return entry.op;
    }
    return std::nullopt;
}

std::optional<QString> HubSpotFilter::problem() const
{
    if (propertyName.trimmed().isEmpty())
        return Tr::tr("A HubSpot search filter has no property.");
    const QString op = operatorName(this->op);
    switch (this->op) {
    case Op::HasProperty:
    case Op::NotHasProperty:
        // HubSpot rejects a value on these (hubspot-verified.md §2, appsmith #39865).
        if (!value.isEmpty() || !highValue.isEmpty() || !values.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (%2) cannot carry a value.")
                .arg(propertyName, op);
        return std::nullopt;
    case Op::In:
    case Op::NotIn:
        if (values.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (%2) needs at least one value.")
                .arg(propertyName, op);
        if (!value.isEmpty() || !highValue.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (%2) takes a list of values only.")
                .arg(propertyName, op);
        return std::nullopt;
    case Op::Between:
        if (value.isEmpty() || highValue.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (BETWEEN) needs a low and a high "
                          "value.")
                .arg(propertyName);
        if (!values.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (BETWEEN) takes two values, not a "
                          "list.")
                .arg(propertyName);
        return std::nullopt;
    default:
        if (value.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (%2) needs a value.")
                .arg(propertyName, op);
        if (!highValue.isEmpty() || !values.isEmpty())
            return Tr::tr("The HubSpot search filter on “%1” (%2) takes one value.")
                .arg(propertyName, op);
        return std::nullopt;
    }
}

QJsonObject HubSpotFilter::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("propertyName"), propertyName);
    json.insert(QStringLiteral("operator"), operatorName(op));
    switch (op) {
    case Op::HasProperty:
    case Op::NotHasProperty:
        break;
    case Op::In:
    case Op::NotIn:
        json.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
        break;
    case Op::Between:
        json.insert(QStringLiteral("value"), value);
        json.insert(QStringLiteral("highValue"), highValue);
        break;
    default:
        json.insert(QStringLiteral("value"), value);
        break;
    }
    return json;
}

HubSpotSearchRequest &HubSpotSearchRequest::where(const HubSpotFilter &filter)
{
    if (m_groups.isEmpty() || m_startNewGroup)
        m_groups.append(FilterGroup());
    m_startNewGroup = false;
    m_groups.last().append(filter);
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::orGroup()
{
    m_startNewGroup = true;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::addGroup(const FilterGroup &group)
{
    m_groups.append(group);
    m_startNewGroup = false;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::setGroups(const QVector<FilterGroup> &groups)
{
    m_groups = groups;
    m_startNewGroup = false;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::setProperties(const QStringList &properties)
{
    m_properties = properties;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::sortBy(const QString &property, Direction direction)
{
    m_sortProperty = property;
    m_sortDirection = direction;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::clearSort()
{
    m_sortProperty.clear();
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::setQuery(const QString &query)
{
    m_query = query;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::setLimit(int limit)
{
    m_limit = limit;
    return *this;
}

HubSpotSearchRequest &HubSpotSearchRequest::setAfter(int offset)
{
    m_after = offset;
    return *this;
}

int HubSpotSearchRequest::filterCount() const
{
    int count = 0;
    for (const FilterGroup &group : m_groups)
        count += int(group.size());
    return count;
}

std::optional<QString> HubSpotSearchRequest::problem() const
{
    // HubSpot: ≤ 5 filterGroups, ≤ 6 filters each, ≤ 18 in all → VALIDATION_ERROR (D-SEARCH).
    if (m_groups.size() > MaxFilterGroups)
        return Tr::tr("A HubSpot search can combine at most %1 filter groups; this one has %2.")
            .arg(MaxFilterGroups)
            .arg(m_groups.size());
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).size() > MaxFiltersPerGroup)
            return Tr::tr("A HubSpot search filter group can hold at most %1 filters; group %2 "
                          "has %3.")
                .arg(MaxFiltersPerGroup)
                .arg(i + 1)
                .arg(m_groups.at(i).size());
    }
    if (filterCount() > MaxFilters)
        return Tr::tr("A HubSpot search can hold at most %1 filters in all; this one has %2.")
            .arg(MaxFilters)
            .arg(filterCount());
    for (const FilterGroup &group : m_groups) {
        for (const HubSpotFilter &filter : group) {
            if (auto why = filter.problem())
                return why;
        }
    }
    // HubSpot: ≤ 200 a page (D-SEARCH 2026).
    if (m_limit < 0 || m_limit > MaxPageSize)
        return Tr::tr("A HubSpot search page holds 1 to %1 results, not %2.")
            .arg(MaxPageSize)
            .arg(m_limit);
    if (m_after < 0)
        return Tr::tr("A HubSpot search cannot start before its first result.");
    // HubSpot: paging beyond 10,000 results → 400 (D-SEARCH).
    const int pageSize = m_limit == 0 ? 10 : m_limit;
    if (m_after + pageSize > MaxResults)
        return Tr::tr("A HubSpot search can page through at most %L1 results; this page would "
                      "end at %L2.")
            .arg(MaxResults)
            .arg(m_after + pageSize);
    // HubSpot: a query body over 3,000 characters → 400 (hubspot.md §2.4).
    const qsizetype size = QString::fromUtf8(body()).size();
    if (size > MaxBodyCharacters)
        return Tr::tr("This HubSpot search is %L1 characters long; HubSpot accepts at most %L2. "
                      "Use fewer filters or shorter value lists.")
            .arg(size)
            .arg(MaxBodyCharacters);
    return std::nullopt;
}

QJsonObject HubSpotSearchRequest::toJson() const
{
    QJsonArray groups;
    for (const FilterGroup &group : m_groups) {
        if (group.isEmpty())
            continue;
        QJsonArray filters;
        for (const HubSpotFilter &filter : group)
            filters.append(filter.toJson());
        groups.append(QJsonObject{{QStringLiteral("filters"), filters}});
    }
    QJsonObject json;
    json.insert(QStringLiteral("filterGroups"), groups);
    if (!m_sortProperty.isEmpty()) {
        // Objects {propertyName, direction}, as the guide sends them (hubspot.md §2.4).
        json.insert(QStringLiteral("sorts"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("propertyName"), m_sortProperty},
                        {QStringLiteral("direction"), m_sortDirection == Direction::Ascending
                                                          ? QStringLiteral("ASCENDING")
                                                          : QStringLiteral("DESCENDING")}}});
    }
    if (!m_properties.isEmpty())
        json.insert(QStringLiteral("properties"), QJsonArray::fromStringList(m_properties));
    if (!m_query.isEmpty())
        json.insert(QStringLiteral("query"), m_query);
    if (m_limit > 0)
        json.insert(QStringLiteral("limit"), m_limit);
    if (m_after > 0)
        json.insert(QStringLiteral("after"), QString::number(m_after));
    return json;
}

QByteArray HubSpotSearchRequest::body() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace bookflow
