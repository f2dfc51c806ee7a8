#include "core/hubspot/hubspotrecord.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace bookflow {

namespace HubSpotWire {

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Ids are whole numbers below 2^53 in practice; anything else is not an id.
        if (number < 0 || number > 9007199254740992.0 || std::floor(number) != number)
            return {};
        return QString::number(qint64(number));
    }
    return {};
}

namespace {

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

bool idLess(const QString &a, const QString &b)
{
    // Digit ids come before any other: comparing a digit id by number with one and by text with
    // another would not be an order at all ("0694" < "301x" < "450" < "0694"), and std::sort
    // needs one.
    const bool aDigits = allDigits(a);
    const bool bDigits = allDigits(b);
    if (aDigits != bDigits)
        return aDigits;
    if (aDigits) {
        // Compare as numbers without overflow: fewer digits (after leading zeros) is smaller.
        const auto strip = [](const QString &text) {
            qsizetype start = 0;
            while (start < text.size() - 1 && text.at(start) == QLatin1Char('0'))
                ++start;
            return QStringView(text).mid(start);
        };
        const QStringView x = strip(a);
        const QStringView y = strip(b);
        if (x.size() != y.size())
            return x.size() < y.size();
        if (x != y)
            return x < y;
        // "007" and "7": the same number, ordered by their text so that only equal ids tie.
    }
    return a < b;
}

QStringList sortedUniqueIds(QStringList ids)
{
    std::sort(ids.begin(), ids.end(), idLess);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QDateTime parseInstant(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression epochMs(QStringLiteral("^-?\\d{1,16}$"));
    if (epochMs.match(trimmed).hasMatch())
        return QDateTime::fromMSecsSinceEpoch(trimmed.toLongLong(), QTimeZone::utc());
    QDateTime instant = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!instant.isValid())
        return {};
    // A date-only value ("2020-02-29") is midnight UTC (hubspot-verified.md §6).
    if (trimmed.size() == 10)
        instant = QDateTime(instant.date(), QTime(0, 0), QTimeZone::utc());
    return instant.toUTC();
}

} // namespace HubSpotWire

std::optional<HubSpotRecord> HubSpotRecord::fromJson(const QJsonObject &json, QString *why)
{
    HubSpotRecord record;
    record.id = HubSpotWire::idText(json.value(QStringLiteral("id")));
    if (record.id.isEmpty()) {
        if (why)
            *why = QStringLiteral("a record without an id");
        return std::nullopt;
    }
    record.properties = json.value(QStringLiteral("properties")).toObject();
    record.createdAt =
        HubSpotWire::parseInstant(json.value(QStringLiteral("createdAt")).toString());
    record.updatedAt =
        HubSpotWire::parseInstant(json.value(QStringLiteral("updatedAt")).toString());
    record.archived = json.value(QStringLiteral("archived")).toBool();
    return record;
}

} // namespace bookflow
