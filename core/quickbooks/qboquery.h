#pragma once

#include "core/util/decimal.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bookflow {

// A QBO query statement, built rather than pasted together (qbo-api.md §5):
//
//   QboQuery::select("Customer").where("DisplayName", "=", name).orderBy("Id")
//     → SELECT * FROM Customer WHERE DisplayName = 'O\'Brien' ORDERBY Id ASC
//
// - One entity, AND-only conditions (QBO has no OR), operators = < > <= >= IN LIKE.
// - String literals are quoted with ' and escaped with a backslash: \' for a quote and \\ for a
//   backslash (QBO's query lexer treats the backslash as its escape character, B-SQL;
//   node-quickbooks #56). encoded() then percent-encodes the whole statement, the backslash too
//   (node-quickbooks #14), for the `query` parameter of GET /query.
// - Names of entities and properties are checked ([A-Za-z][A-Za-z0-9]* with dotted parts, e.g.
//   MetaData.LastUpdatedTime); a bad name or operator makes the query invalid (error()), and the
//   client refuses to send an invalid query.
// - Name lists return only active rows unless the WHERE names Active (qbo-verified.md §5):
//   includeInactive() adds `Active IN (true, false)`.
// - Paging: STARTPOSITION is 1-based, MAXRESULTS 1..1000 (QBO's default page is 100, so set it;
//   QboClient::queryAll pages with 1000).
class QboQuery
{
public:
    enum class Order { Ascending, Descending };
    static constexpr int MaxPageSize = 1000; // QBO: at most 1000 rows per answer (qbo-api.md §5)

    static QboQuery select(const QString &entity);
    static QboQuery count(const QString &entity); // SELECT COUNT(*) … → totalCount

    QboQuery &where(const QString &property, const QString &op, const QString &value);
    QboQuery &where(const QString &property, const QString &op, const char *value);
    QboQuery &where(const QString &property, const QString &op, bool value);
    QboQuery &where(const QString &property, const QString &op, const Decimal &value);
    QboQuery &where(const QString &property, const QString &op, const QDate &value);
    // A time as QBO writes it, with its Pacific offset (QboJson::dateTimeText).
    QboQuery &where(const QString &property, const QString &op, const QDateTime &value);
    QboQuery &whereIn(const QString &property, const QStringList &values);
    // `pattern` uses % as the only wildcard (QBO LIKE has no other); it is quoted like any
    // literal.
    QboQuery &like(const QString &property, const QString &pattern);
    QboQuery &includeInactive();
    QboQuery &orderBy(const QString &property, Order order = Order::Ascending);
    QboQuery &startPosition(int position); // 1-based
    QboQuery &maxResults(int count);       // 1..1000

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString entity() const { return m_entity; }
    bool isCount() const { return m_count; }
    int startPositionValue() const { return m_startPosition; } // 0 = not set
    int maxResultsValue() const { return m_maxResults; }       // 0 = not set

    // This query with another page window.
    QboQuery page(int startPosition, int maxResults) const;

    // The statement text.
    QString statement() const;
    // The statement percent-encoded as the value of ?query= (RFC 3986 unreserved characters
    // stay, everything else — space, quote, backslash, non-ASCII as UTF-8 — is %XX).
    QByteArray encoded() const;

    // 'text' with ' and \ escaped: quote("O'Brien") → 'O\'Brien'.
    static QString quote(const QString &text);

private:
    explicit QboQuery(const QString &entity, bool count);
    QboQuery &addCondition(const QString &property, const QString &op, const QString &literal);
    bool checkProperty(const QString &property);
    void fail(const QString &why);

    QString m_entity;
    bool m_count = false;
    QStringList m_conditions;
    QString m_orderBy;
    int m_startPosition = 0;
    int m_maxResults = 0;
    QString m_error;
};

} // namespace bookflow
