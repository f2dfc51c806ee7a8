// POST /crm/v3/objects/{type}/search — HubSpot's CRM search with its operators, case rules and
// limits (hubspot.md §2.4, hubspot-verified.md §2).
#include "app/sandbox/hubspot/hubspotstate.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bookflow::sandbox {

using namespace hubspot;

namespace {

const QString kValidation = QStringLiteral("VALIDATION_ERROR");

enum class Op {
    Eq,
    Neq,
    Lt,
    Lte,
    Gt,
    Gte,
    Between,
    In,
    NotIn,
    HasProperty,
    NotHasProperty,
    ContainsToken,
    NotContainsToken
};

bool opFromName(const QString &name, Op *op)
{
    static const QHash<QString, Op> ops = {
        {QStringLiteral("EQ"), Op::Eq},
        {QStringLiteral("NEQ"), Op::Neq},
        {QStringLiteral("LT"), Op::Lt},
        {QStringLiteral("LTE"), Op::Lte},
        {QStringLiteral("GT"), Op::Gt},
        {QStringLiteral("GTE"), Op::Gte},
        {QStringLiteral("BETWEEN"), Op::Between},
        {QStringLiteral("IN"), Op::In},
        {QStringLiteral("NOT_IN"), Op::NotIn},
        {QStringLiteral("HAS_PROPERTY"), Op::HasProperty},
        {QStringLiteral("NOT_HAS_PROPERTY"), Op::NotHasProperty},
        {QStringLiteral("CONTAINS_TOKEN"), Op::ContainsToken},
        {QStringLiteral("NOT_CONTAINS_TOKEN"), Op::NotContainsToken},
    };
    const auto it = ops.constFind(name);
    if (it == ops.constEnd())
        return false;
    *op = it.value();
    return true;
}

bool isNegative(Op op)
{
    return op == Op::Neq || op == Op::NotIn || op == Op::NotContainsToken;
}

// How a property's values compare.
enum class Kind { Text, Exact, Bool, Number, Time };

Kind kindOf(const PropertyDef &def)
{
    switch (def.type) {
    case PropType::Number:
        return Kind::Number;
    case PropType::Date:
    case PropType::DateTime:
        return Kind::Time;
    case PropType::Enumeration:
        return Kind::Exact; // enumeration: case-sensitive for every operator (D-SEARCH)
    case PropType::Bool:
        return Kind::Bool;
    case PropType::String:
        return Kind::Text; // strings: case-insensitive (D-SEARCH)
    }
    return Kind::Text;
}

// Token boundaries for CONTAINS_TOKEN: whitespace and punctuation, so "x@hubspot.com" is
// x / hubspot / com (hubspot-verified.md §2). '*' is not a boundary: it is the wildcard. An
// apostrophe stays inside a word ("O'Brien" is one token).
bool isBoundary(QChar c)
{
    if (c.isSpace())
        return true;
    static const QString punctuation = QStringLiteral("@.-_,;:/\\()[]{}!?\"+&#|<>=~`^%$");
    return punctuation.contains(c);
}

QStringList tokenize(const QString &text, bool fold)
{
    QStringList tokens;
    QString current;
    for (const QChar c : text) {
        if (isBoundary(c)) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    if (fold) {
        for (QString &token : tokens)
            token = token.toCaseFolded();
    }
    return tokens;
}

struct TokenPattern
{
    QString literal;          // no wildcard: whole-token equality
    QRegularExpression regex; // with '*': any run of characters inside the token
    bool wildcard = false;

    bool matches(const QString &token) const
    {
        return wildcard ? regex.match(token).hasMatch() : token == literal;
    }
};

struct Filter
{
    Op op = Op::Eq;
    QString propertyName;
    int index = -1; // property index; -1 = unknown property (never has a value)
    Kind kind = Kind::Text;
    bool association = false; // associations.{type} pseudo-property
    TypeIndex assocTo = Contacts;
    QString value;
    QString high;
    QStringList values;
    double number = 0;
    double highNumber = 0;
    QVector<double> numbers;
    QVector<qint64> ids;
    QVector<TokenPattern> pattern; // CONTAINS_TOKEN: consecutive tokens
};

struct Refusal
{
    QString message;
};

bool toNumber(const Filter &filter, const QString &text, double *out)
{
    if (filter.kind == Kind::Time) {
        qint64 ms = 0;
        if (!parseDateTimeMs(text, &ms))
            return false;
        *out = double(ms);
        return true;
    }
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*out);
}

// Compiles one filter of the request; false (with `refusal`) when HubSpot would answer 400.
// (A template only because HubSpotService::Private is a private name.)
template <typename Portal>
bool compileFilter(Portal &d, const ObjectType &type, const QJsonObject &json, Filter *filter,
                   Refusal *refusal)
{
    filter->propertyName = json.value(QStringLiteral("propertyName")).toString();
    const QString operatorName = json.value(QStringLiteral("operator")).toString();
    if (filter->propertyName.isEmpty()) {
        refusal->message = QStringLiteral("Every filter needs a propertyName");
        return false;
    }
    if (!opFromName(operatorName, &filter->op)) {
        refusal->message =
            QStringLiteral("Unknown operator \"%1\" on %2; use EQ, NEQ, LT, LTE, GT, GTE, "
                           "BETWEEN, IN, NOT_IN, HAS_PROPERTY, NOT_HAS_PROPERTY, "
                           "CONTAINS_TOKEN or NOT_CONTAINS_TOKEN")
                .arg(operatorName, filter->propertyName);
        return false;
    }
    const Op op = filter->op;
    // A JSON null is no value (generated clients may serialise unset fields as null).
    const bool hasValue = !json.value(QStringLiteral("value")).isNull() &&
                          !json.value(QStringLiteral("value")).isUndefined();
    const bool hasValues = json.value(QStringLiteral("values")).isArray();
    filter->value = jsonScalarText(json.value(QStringLiteral("value")));
    filter->high = jsonScalarText(json.value(QStringLiteral("highValue")));
    for (const QJsonValue &v : json.value(QStringLiteral("values")).toArray())
        filter->values.append(jsonScalarText(v));

    // The shape each operator takes (hubspot.md §2.4).
    if (op == Op::HasProperty || op == Op::NotHasProperty) {
        // HAS_PROPERTY / NOT_HAS_PROPERTY are sent without a value; HubSpot refuses one
        // (hubspot-verified.md §2, appsmith issue #39865).
        if (hasValue || hasValues) {
            refusal->message =
                QStringLiteral("%1 on %2 takes no value").arg(operatorName, filter->propertyName);
            return false;
        }
    } else if (op == Op::In || op == Op::NotIn) {
        if (filter->values.isEmpty()) {
            refusal->message = QStringLiteral("%1 on %2 needs a non-empty values array")
                                   .arg(operatorName, filter->propertyName);
            return false;
        }
    } else if (op == Op::Between) {
        if (!hasValue || json.value(QStringLiteral("highValue")).isNull() ||
            json.value(QStringLiteral("highValue")).isUndefined()) {
            refusal->message =
                QStringLiteral("BETWEEN on %1 needs value and highValue").arg(filter->propertyName);
            return false;
        }
    } else if (!hasValue) {
        refusal->message =
            QStringLiteral("%1 on %2 needs a value").arg(operatorName, filter->propertyName);
        return false;
    }

    // associations.{objectType}: search by associated record id (hubspot.md §2.4).
    if (filter->propertyName.startsWith(QLatin1String("associations."))) {
        const QString target = filter->propertyName.mid(int(qstrlen("associations.")));
        const ObjectType *to = d.resolveType(target);
        if (!to) {
            refusal->message =
                QStringLiteral("Unknown object type in %1").arg(filter->propertyName);
            return false;
        }
        if (op != Op::Eq && op != Op::Neq && op != Op::In && op != Op::NotIn &&
            op != Op::HasProperty && op != Op::NotHasProperty) {
            refusal->message =
                QStringLiteral("%1 is not supported on %2").arg(operatorName, filter->propertyName);
            return false;
        }
        filter->association = true;
        filter->assocTo = to->index;
        const QStringList texts =
            (op == Op::In || op == Op::NotIn) ? filter->values : QStringList{filter->value};
        if (op != Op::HasProperty && op != Op::NotHasProperty) {
            for (const QString &text : texts) {
                bool ok = false;
                const qint64 id = text.toLongLong(&ok);
                if (!ok) {
                    refusal->message = QStringLiteral("%1 is not a record id (%2)")
                                           .arg(text, filter->propertyName);
                    return false;
                }
                filter->ids.append(id);
            }
        }
        return true;
    }

    filter->index = type.prop(filter->propertyName);
    // An unknown property is treated as one no record has a value for (HubSpot answers such a
    // search without an error; only NOT_HAS_PROPERTY and the negative switch match).
    const PropertyDef *def = filter->index >= 0 ? &type.props.at(filter->index) : nullptr;
    filter->kind = def ? kindOf(*def) : Kind::Text;

    if (op == Op::ContainsToken || op == Op::NotContainsToken) {
        const bool fold = filter->kind != Kind::Exact;
        for (const QString &token : tokenize(filter->value, fold)) {
            TokenPattern pattern;
            pattern.literal = token;
            pattern.wildcard = token.contains(QLatin1Char('*'));
            if (pattern.wildcard) {
                QString regex = QRegularExpression::escape(token);
                regex.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
                pattern.regex = QRegularExpression(QRegularExpression::anchoredPattern(regex));
            }
            filter->pattern.append(pattern);
        }
        if (filter->pattern.isEmpty()) {
            refusal->message = QStringLiteral("%1 on %2 needs a value with at least one token")
                                   .arg(operatorName, filter->propertyName);
            return false;
        }
        return true;
    }

    if (filter->kind == Kind::Number || filter->kind == Kind::Time) {
        // Numbers and dates compare numerically; date values may be epoch-ms or ISO
        // (hubspot-verified.md §2 "accept both").
        const auto bad = [&](const QString &text) {
            refusal->message = QStringLiteral("%1 is not a valid %2 value for %3")
                                   .arg(text,
                                        filter->kind == Kind::Time
                                            ? QStringLiteral("date (epoch milliseconds or ISO "
                                                             "8601)")
                                            : QStringLiteral("number"),
                                        filter->propertyName);
            return false;
        };
        if (op == Op::In || op == Op::NotIn) {
            for (const QString &text : filter->values) {
                double number = 0;
                if (!toNumber(*filter, text, &number))
                    return bad(text);
                filter->numbers.append(number);
            }
        } else if (op != Op::HasProperty && op != Op::NotHasProperty) {
            if (!toNumber(*filter, filter->value, &filter->number))
                return bad(filter->value);
            if (op == Op::Between && !toNumber(*filter, filter->high, &filter->highNumber))
                return bad(filter->high);
        }
    }
    return true;
}

double recordNumber(Kind kind, const PropertyDef &def, const QString &raw, bool *ok)
{
    if (kind == Kind::Time) {
        *ok = true;
        if (def.type == PropType::Date)
            return double(dayToMs(raw));
        return double(raw.toLongLong(ok));
    }
    return raw.toDouble(ok);
}

bool containsTokens(const Filter &filter, const QString &raw)
{
    const QStringList tokens = tokenize(raw, filter.kind != Kind::Exact);
    const qsizetype n = filter.pattern.size();
    for (qsizetype start = 0; start + n <= tokens.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < n && all; ++i)
            all = filter.pattern.at(i).matches(tokens.at(start + i));
        if (all)
            return true;
    }
    return false;
}

template <typename Portal> struct Matcher
{
    Portal &d;
    const ObjectType &type;
    bool negativeMatchesEmpty;

    bool matches(const Filter &f, const Record &record) const
    {
        if (f.association) {
            const auto *map = d.associationsOf(type.index, record.id, f.assocTo);
            const bool has = map != nullptr;
            switch (f.op) {
            case Op::HasProperty:
                return has;
            case Op::NotHasProperty:
                return !has;
            case Op::Eq:
            case Op::In:
                if (!has)
                    return false;
                for (qint64 id : f.ids) {
                    if (map->count(id))
                        return true;
                }
                return false;
            default: // NEQ, NOT_IN
                if (!has)
                    return negativeMatchesEmpty;
                for (qint64 id : f.ids) {
                    if (map->count(id))
                        return false;
                }
                return true;
            }
        }

        const QString raw = f.index >= 0 ? record.value(f.index) : QString();
        const bool has = !raw.isEmpty();
        if (f.op == Op::HasProperty)
            return has;
        if (f.op == Op::NotHasProperty)
            return !has;
        if (!has) {
            // Negative operators on a record with no value: undocumented, a switch
            // (hubspot-verified.md §2); positive operators never match an empty value.
            return isNegative(f.op) && negativeMatchesEmpty;
        }
        if (f.op == Op::ContainsToken)
            return containsTokens(f, raw);
        if (f.op == Op::NotContainsToken)
            return !containsTokens(f, raw);

        const PropertyDef &def = type.props.at(f.index);
        if (f.kind == Kind::Number || f.kind == Kind::Time) {
            bool ok = false;
            const double x = recordNumber(f.kind, def, raw, &ok);
            if (!ok)
                return isNegative(f.op) && negativeMatchesEmpty;
            switch (f.op) {
            case Op::Eq:
                return x == f.number;
            case Op::Neq:
                return x != f.number;
            case Op::Lt:
                return x < f.number;
            case Op::Lte:
                return x <= f.number;
            case Op::Gt:
                return x > f.number;
            case Op::Gte:
                return x >= f.number;
            case Op::Between:
                return x >= f.number && x <= f.highNumber;
            case Op::In:
                return f.numbers.contains(x);
            case Op::NotIn:
                return !f.numbers.contains(x);
            default:
                return false;
            }
        }

        // Text, enumeration and bool values.
        const Qt::CaseSensitivity cs =
            f.kind == Kind::Exact ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const int cmp = raw.compare(f.value, cs);
        switch (f.op) {
        case Op::Eq:
            return cmp == 0;
        case Op::Neq:
            return cmp != 0;
        case Op::Lt:
            return cmp < 0;
        case Op::Lte:
            return cmp <= 0;
        case Op::Gt:
            return cmp > 0;
        case Op::Gte:
            return cmp >= 0;
        case Op::Between:
            return cmp >= 0 && raw.compare(f.high, cs) <= 0;
        case Op::In:
        case Op::NotIn: {
            // IN/NOT_IN on string properties need lower-case values (D-SEARCH, hubspot-verified
            // §2): the record's value is lower-cased and compared with the values as sent, so
            // an upper-case value finds nothing — as documented. Enumerations compare exactly.
            const QString probe = f.kind == Kind::Exact ? raw : raw.toLower();
            const bool found = f.values.contains(probe);
            return f.op == Op::In ? found : !found;
        }
        default:
            return false;
        }
    }
};

SandboxReply refuse(const QString &message)
{
    return errorReply(400, kValidation, message);
}

} // namespace

SandboxReply HubSpotService::Private::search(ObjectType &type, const QByteArray &body)
{
    // Limits (hubspot.md §2.4, D-SEARCH): body ≤ 3,000 characters; ≤ 5 filterGroups of ≤ 6
    // filters, ≤ 18 in all; limit ≤ 200; no paging past 10,000 results. Each → 400
    // VALIDATION_ERROR.
    const QString text = QString::fromUtf8(body);
    if (text.size() > 3000) {
        return refuse(QStringLiteral("The search request body is %1 characters; the maximum is "
                                     "3000")
                          .arg(text.size()));
    }
    QJsonObject in;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return refuse(QStringLiteral("Invalid input JSON: %1")
                              .arg(error.error != QJsonParseError::NoError
                                       ? error.errorString()
                                       : QStringLiteral("expected an object")));
        }
        in = doc.object();
    }

    QJsonArray groupsJson = in.value(QStringLiteral("filterGroups")).toArray();
    // The older top-level "filters" array (D-SEARCH's associations example) is one more group.
    const QJsonArray looseFilters = in.value(QStringLiteral("filters")).toArray();
    if (!looseFilters.isEmpty())
        groupsJson.append(QJsonObject{{QStringLiteral("filters"), looseFilters}});
    if (groupsJson.size() > 5) {
        return refuse(
            QStringLiteral("Too many filter groups: %1; the maximum is 5").arg(groupsJson.size()));
    }
    int totalFilters = 0;
    QVector<QVector<Filter>> groups;
    for (const QJsonValue &groupValue : groupsJson) {
        const QJsonArray filtersJson =
            groupValue.toObject().value(QStringLiteral("filters")).toArray();
        if (filtersJson.size() > 6) {
            return refuse(QStringLiteral("Too many filters in a filter group: %1; the maximum is "
                                         "6 per group")
                              .arg(filtersJson.size()));
        }
        totalFilters += int(filtersJson.size());
        if (totalFilters > 18) {
            return refuse(QStringLiteral("Too many filters: the maximum is 18 across all filter "
                                         "groups"));
        }
        QVector<Filter> group;
        for (const QJsonValue &filterValue : filtersJson) {
            Filter filter;
            Refusal refusal;
            if (!compileFilter(*this, type, filterValue.toObject(), &filter, &refusal))
                return refuse(refusal.message);
            group.append(filter);
        }
        groups.append(group);
    }

    // limit: default 10, max 200 (D-SEARCH); after: an integer offset sent as a string.
    int limit = 10;
    if (in.contains(QStringLiteral("limit"))) {
        bool ok = false;
        const QString limitText = jsonScalarText(in.value(QStringLiteral("limit")));
        limit = limitText.toInt(&ok);
        if (!ok || limit < 0)
            return refuse(QStringLiteral("limit must be a number between 0 and 200"));
        if (limit > 200) {
            return refuse(QStringLiteral("limit is %1; the search API returns at most 200 "
                                         "results per page")
                              .arg(limit));
        }
    }
    qint64 after = 0;
    if (in.contains(QStringLiteral("after"))) {
        const QString afterText = jsonScalarText(in.value(QStringLiteral("after")));
        bool ok = afterText.isEmpty();
        if (!ok)
            after = afterText.toLongLong(&ok);
        if (!ok || after < 0) {
            return refuse(QStringLiteral("after must be the offset from paging.next.after, got %1")
                              .arg(afterText));
        }
    }
    if (after + limit > 10000) {
        // 10,000 results per query at most; clients split the query (sort on
        // hs_lastmodifieddate and filter GT the last value seen) to go further.
        return refuse(QStringLiteral("The search API can page through at most 10,000 results "
                                     "(after %1 + limit %2). Narrow the query, e.g. sort by %3 "
                                     "and filter GT the last value seen.")
                          .arg(after)
                          .arg(limit)
                          .arg(type.modifiedProp));
    }

    // Sorts: objects {propertyName, direction} (doc) or strings "prop" / "-prop" (spec and the
    // Node client); only one sort applies.
    int sortIndex = -1;
    bool descending = false;
    const QJsonArray sorts = in.value(QStringLiteral("sorts")).toArray();
    if (!sorts.isEmpty()) {
        QString name;
        const QJsonValue first = sorts.first();
        if (first.isString()) {
            name = first.toString();
            if (name.startsWith(QLatin1Char('-'))) {
                descending = true;
                name.remove(0, 1);
            }
        } else {
            const QJsonObject sort = first.toObject();
            name = sort.value(QStringLiteral("propertyName")).toString();
            const QString direction = sort.value(QStringLiteral("direction")).toString();
            if (!direction.isEmpty() && direction != QLatin1String("ASCENDING") &&
                direction != QLatin1String("DESCENDING")) {
                return refuse(
                    QStringLiteral("Sort direction must be ASCENDING or DESCENDING, got %1")
                        .arg(direction));
            }
            descending = direction == QLatin1String("DESCENDING");
        }
        sortIndex = type.prop(name);
        if (sortIndex < 0)
            return refuse(QStringLiteral("Cannot sort on unknown property %1").arg(name));
    }

    QStringList properties;
    for (const QJsonValue &value : in.value(QStringLiteral("properties")).toArray())
        properties.append(value.toString());
    const QString queryText = in.value(QStringLiteral("query")).toString().trimmed();
    QVector<int> searchable;
    for (const QString &name : type.searchableProps)
        searchable.append(type.prop(name));

    // Match: filters AND inside a group, groups OR'd (hubspot.md §2.4). Archived records never
    // appear.
    const Matcher<Private> matcher{*this, type, options.negativeMatchesEmpty};
    QVector<const Record *> matches;
    for (const auto &[id, record] : type.records) {
        Q_UNUSED(id)
        if (record.archived)
            continue;
        if (!groups.isEmpty()) {
            bool any = false;
            for (const QVector<Filter> &group : groups) {
                bool all = true;
                for (const Filter &filter : group) {
                    if (!matcher.matches(filter, record)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    any = true;
                    break;
                }
            }
            if (!any)
                continue;
        }
        if (!queryText.isEmpty()) {
            // `query` searches the type's default text properties (a substring, case-folded).
            bool found = false;
            for (int index : searchable) {
                if (record.value(index).contains(queryText, Qt::CaseInsensitive)) {
                    found = true;
                    break;
                }
            }
            if (!found)
                continue;
        }
        matches.append(&record);
    }

    if (sortIndex >= 0) {
        const PropertyDef &def = type.props.at(sortIndex);
        const Kind kind = kindOf(def);
        struct Keyed
        {
            bool empty;
            double number;
            QString text;
            const Record *record;
        };
        QVector<Keyed> keyed;
        keyed.reserve(matches.size());
        for (const Record *record : matches) {
            const QString raw = record->value(sortIndex);
            Keyed key{raw.isEmpty(), 0, QString(), record};
            if (!key.empty) {
                if (kind == Kind::Number || kind == Kind::Time) {
                    bool ok = false;
                    key.number = recordNumber(kind, def, raw, &ok);
                    key.empty = !ok;
                } else {
                    key.text = kind == Kind::Exact ? raw : raw.toCaseFolded();
                }
            }
            keyed.append(key);
        }
        const bool numeric = kind == Kind::Number || kind == Kind::Time;
        // Records without a value sort last either way; ties go by id, so paging is stable.
        std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
            if (a.empty != b.empty)
                return b.empty;
            if (!a.empty) {
                if (numeric && a.number != b.number)
                    return descending ? a.number > b.number : a.number < b.number;
                if (!numeric) {
                    const int cmp = a.text.compare(b.text);
                    if (cmp != 0)
                        return descending ? cmp > 0 : cmp < 0;
                }
            }
            return a.record->id < b.record->id;
        });
        for (int i = 0; i < keyed.size(); ++i)
            matches[i] = keyed.at(i).record;
    }

    const qint64 total = matches.size();
    QJsonArray results;
    for (qint64 i = after; i < total && i < after + limit; ++i)
        results.append(objectJson(type, *matches.at(i), properties));
    QJsonObject out{{QStringLiteral("total"), double(total)}, {QStringLiteral("results"), results}};
    if (after + limit < total && limit > 0) {
        // The last page has no paging (hubspot.md §2.4); `after` is an integer offset string.
        out.insert(
            QStringLiteral("paging"),
            QJsonObject{{QStringLiteral("next"),
                         QJsonObject{{QStringLiteral("after"), QString::number(after + limit)}}}});
    }
    return jsonReply(200, out);
}

} // namespace bookflow::sandbox
