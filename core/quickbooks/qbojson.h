#pragma once

#include "core/util/decimal.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace bookflow {

// The QBO JSON conventions in one place: money, business dates, MetaData times and the exact
// bytes of request bodies.
//
// Money (KMyMoney's lesson, STYLE.md; qbo-api.md §10 pitfall 7): never a double in our hands.
// - Writing: money(amount) / number(value) put a placeholder string into the QJsonObject;
//   serialize() turns each placeholder into a bare JSON number with exactly the digits intended
//   ("Amount":12.30). QJsonDocument alone would print a double ("Amount":12.3, or worse,
//   0.30000000000000004 for 0.1 + 0.2 computed in floating point).
// - Reading: QJsonDocument has already turned numbers into doubles. decimal() prints the double
//   in its shortest round-trip form (QLocale::FloatingPointShortest) and parses that into a
//   Decimal. That recovers the literal QBO sent whenever it had at most 15 significant digits,
//   which every QBO amount, price and quantity has (amounts are at most 11 integer digits plus
//   cents); "1.005" comes back as 1.005, not 1.00499999999999989…
//
// Dates: TxnDate/DueDate are business dates without a zone ("yyyy-MM-dd"); MetaData times and
// `time` are ISO-8601 with QBO's Pacific offset (qbo-api.md §2).
class QboJson
{
public:
    // An amount in currency units, written with exactly two decimals ("12.30"), rounded half
    // away from zero as Decimal::roundedToCents().
    static QJsonValue money(const Decimal &amount);
    // A quantity, unit price or rate written with exactly its own digits ("0.125", "3").
    static QJsonValue number(const Decimal &value);

    // A JSON number (or numeric string) as an exact Decimal; nullopt for anything else.
    static std::optional<Decimal> decimal(const QJsonValue &value);

    // "2015-07-27" ↔ QDate. An invalid date writes null and reading a malformed one gives an
    // invalid QDate.
    static QJsonValue date(const QDate &date);
    static QDate dateFrom(const QJsonValue &value);

    // MetaData.CreateTime and friends: "2015-08-10T11:33:46-07:00" (offset kept in the
    // QDateTime), "…T11:33:46.753-07:00", or the lower-case envelope's epoch milliseconds
    // ("1719142418269", UTC). A time without an offset is read as Pacific time, QBO's own zone.
    static QDateTime dateTimeFrom(const QJsonValue &value);
    // A time as QBO writes it (Pacific time with its offset), for query literals on
    // MetaData.LastUpdatedTime.
    static QString dateTimeText(const QDateTime &time);

    // The compact JSON text of `object` with money/number placeholders replaced by bare numbers.
    static QByteArray serialize(const QJsonObject &object);

    // Parses a response body that must be a JSON object (a UTF-8 BOM is ignored).
    static std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error = nullptr);
};

} // namespace bookflow
