#pragma once

#include "app/sandbox/qbo/qbofault.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <variant>

namespace bookflow::sandbox {

// The QBO query language (qbo-api.md §5, qbo-verified.md §4):
//   SELECT * | COUNT(*) | prop[, prop…] FROM Entity
//     [WHERE cond AND cond …] [ORDERBY prop [ASC|DESC][, …]]
//     [STARTPOSITION n] [MAXRESULTS n]            (the last two in either order)
// cond: prop (= | < | > | <= | >=) literal | prop IN (literal, …) | prop LIKE 'text%'.
// Keywords, entity and property names are case-insensitive; string literals use single quotes
// with \' for a quote; OR, NOT, GROUP BY and JOIN do not exist (→ 4000).
struct QboQueryLiteral
{
    enum Kind { String, Number, Boolean };
    Kind kind = String;
    QString text; // the string, or the number's text
    bool boolean = false;
};

struct QboQueryCondition
{
    enum Op { Eq, Lt, Gt, Le, Ge, In, Like };
    QString property; // as written, dotted for nested ("MetaData.LastUpdatedTime")
    Op op = Eq;
    QList<QboQueryLiteral> values; // one, or several for IN
};

struct QboQueryOrder
{
    QString property;
    bool descending = false;
};

struct QboQuery
{
    QString entity; // as written
    bool count = false;
    QStringList fields; // empty for *
    QList<QboQueryCondition> where;
    QList<QboQueryOrder> orderBy;
    std::optional<qint64> startPosition;
    std::optional<qint64> maxResults;
};

// Parses one statement. Syntax errors give 4000 "Error parsing query"; paging values out of
// range give 4001 "Invalid query" (STARTPOSITION/MAXRESULTS < 1: "value 0 is too small. Min
// allowed value is 1"; MAXRESULTS > 1000: "value 1001 is too large. Max allowed value is 1000").
std::variant<QboQuery, QboFault> qboParseQuery(const QString &text);

// How WHERE and ORDERBY see an entity's property: names matched case-insensitively segment by
// segment; a reference object compares by its "value" and an e-mail object by its "Address"
// (Customer "PrimaryEmailAddr = 'x@y.com'", qbo-verified.md §5). Undefined when absent.
QJsonValue qboQueryValue(const QJsonObject &entity, const QString &property);

struct QboQueryContext
{
    // '=' and IN on strings ignore case (qbo-verified.md §4: unverified, kept behind this one
    // switch). LIKE always ignores case.
    bool caseInsensitiveEquals = true;
    // Zone of date-only literals compared with MetaData times (QBO answers in Pacific time).
    QTimeZone zone;
};

bool qboQueryMatches(const QJsonObject &entity, const QboQueryCondition &condition,
                     const QboQueryContext &context);
// Ordering of two property values (absent first), for ORDERBY.
int qboQueryCompare(const QJsonValue &a, const QJsonValue &b, const QString &property,
                    const QboQueryContext &context);

} // namespace bookflow::sandbox
