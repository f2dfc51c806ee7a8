#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bookflow {

// A CRM search body, POST /crm/v3/objects/{type}/search (hubspot.md §2.4, the search guide):
//   {"filterGroups":[{"filters":[{"propertyName","operator","value"|"values"|"highValue"}]}],
//    "sorts":[{"propertyName","direction"}], "properties":[…], "query", "limit", "after"}
// Filters inside a group are AND, groups are OR. HubSpot's limits are checked here, before
// anything is sent, with a reason a person understands (problem()).
//
//   HubSpotSearchRequest request;
//   request.where(HubSpotFilter::gte("hs_lastmodifieddate", "1700000000000"))
//          .where(HubSpotFilter::hasProperty("amount"))
//          .orGroup()
//          .where(HubSpotFilter::in("dealstage", {"closedwon"}))
//          .setProperties({"dealname", "amount"})
//          .sortBy("hs_lastmodifieddate", HubSpotSearchRequest::Direction::Ascending)
//          .setLimit(200);
struct HubSpotFilter
{
    // HubSpot: the search operators (spec enum, hubspot.md §2.4).
    enum class Operator {
        Eq,
        Neq,
        Lt,
        Lte,
        Gt,
        Gte,
        Between,        // value + highValue
        In,             // values[]; lower-case values for string properties
        NotIn,          // values[]
        HasProperty,    // no value (HubSpot rejects one, hubspot-verified.md §2)
        NotHasProperty, // no value
        ContainsToken,  // whole-word token match, '*' wildcard
        NotContainsToken,
    };

    QString propertyName;
    Operator op = Operator::Eq;
    QString value;
    QString highValue;
    QStringList values;

    static HubSpotFilter eq(const QString &property, const QString &value);
    static HubSpotFilter neq(const QString &property, const QString &value);
    static HubSpotFilter lt(const QString &property, const QString &value);
    static HubSpotFilter lte(const QString &property, const QString &value);
    static HubSpotFilter gt(const QString &property, const QString &value);
    static HubSpotFilter gte(const QString &property, const QString &value);
    static HubSpotFilter between(const QString &property, const QString &low, const QString &high);
    static HubSpotFilter in(const QString &property, const QStringList &values);
    static HubSpotFilter notIn(const QString &property, const QStringList &values);
    static HubSpotFilter hasProperty(const QString &property);
    static HubSpotFilter notHasProperty(const QString &property);
    static HubSpotFilter containsToken(const QString &property, const QString &token);
    static HubSpotFilter notContainsToken(const QString &property, const QString &token);

    // "EQ", "NOT_HAS_PROPERTY", …
    static QString operatorName(Operator op);
    static std::optional<Operator> operatorFromName(const QString &name);

    // Why this filter cannot be sent (missing value, value where none is allowed, …).
    std::optional<QString> problem() const;
    QJsonObject toJson() const;
};

class HubSpotSearchRequest
{
public:
    // HubSpot's search limits (hubspot.md §2.4, D-SEARCH 2026): 5 groups × 6 filters, 18 in all;
    // ≤ 200 results a page; paging stops at 10,000 results; a body of ≤ 3,000 characters.
    static constexpr int MaxFilterGroups = 5;
    static constexpr int MaxFiltersPerGroup = 6;
    static constexpr int MaxFilters = 18;
    static constexpr int MaxPageSize = 200;
    static constexpr int MaxResults = 10000;
    static constexpr int MaxBodyCharacters = 3000;

    enum class Direction { Ascending, Descending };
    using FilterGroup = QVector<HubSpotFilter>;

    // Adds `filter` to the current group (the first one is created on demand): AND.
    HubSpotSearchRequest &where(const HubSpotFilter &filter);
    // Starts a new group: the filters after it are an alternative to the ones before (OR).
    HubSpotSearchRequest &orGroup();
    HubSpotSearchRequest &addGroup(const FilterGroup &group);
    HubSpotSearchRequest &setGroups(const QVector<FilterGroup> &groups);
    HubSpotSearchRequest &setProperties(const QStringList &properties);
    // HubSpot applies one sort only; a second call replaces the first.
    HubSpotSearchRequest &sortBy(const QString &property, Direction direction);
    HubSpotSearchRequest &clearSort();
    HubSpotSearchRequest &setQuery(const QString &query);
    HubSpotSearchRequest &setLimit(int limit);
    // The integer offset of paging.next.after ("200", "400"), sent as a string.
    HubSpotSearchRequest &setAfter(int offset);

    const QVector<FilterGroup> &groups() const { return m_groups; }
    const QStringList &properties() const { return m_properties; }
    const QString &sortProperty() const { return m_sortProperty; }
    Direction sortDirection() const { return m_sortDirection; }
    const QString &query() const { return m_query; }
    int limit() const { return m_limit; } // 0: HubSpot's default (10)
    int after() const { return m_after; } // 0: the first page
    int filterCount() const;

    // Why HubSpot would refuse this request (nullopt when it may be sent), in words.
    std::optional<QString> problem() const;
    // The body exactly as HubSpot documents it. Empty groups are left out; "after" is a string;
    // "limit", "sorts", "properties" and "query" only when set.
    QJsonObject toJson() const;
    QByteArray body() const;

private:
    QVector<FilterGroup> m_groups;
    bool m_startNewGroup = false;
    QStringList m_properties;
    QString m_sortProperty;
    Direction m_sortDirection = Direction::Ascending;
    QString m_query;
    int m_limit = 0;
    int m_after = 0;
};

} // namespace bookflow
