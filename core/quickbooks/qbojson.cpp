#include "core/quickbooks/qbojson.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace bookflow {

namespace {

// Placeholders look like "\u0001bfn<nonce>:12.30\u0001". The control character cannot come from
// a person's text in practice. The nonce is drawn per process, but serialize() takes any nonce:
// a plan's bodies are kept in the ledger with their placeholders, and after a crash, a restart
// or on the next `run --once` another process sends them (a body it couldn't read went out with
// "Amount":"\u0001bfn…" and QuickBooks refused it for good, 2010).
const QString &placeholderPrefix()
{
    static const QString prefix =
        QStringLiteral("\x01") +
        QStringLiteral("bfn%1:").arg(QRandomGenerator::global()->generate64(), 16, 16,
                                     QLatin1Char('0'));
    return prefix;
}

QJsonValue placeholder(const QString &numberText)
{
    return QJsonValue(placeholderPrefix() + numberText + QStringLiteral("\x01"));
}

const QTimeZone &pacific()
{
    static const QTimeZone zone(QByteArrayLiteral("America/Los_Angeles"));
    return zone;
}

} // namespace

QJsonValue QboJson::money(const Decimal &amount)
{
    return placeholder(amount.toFixed(2));
}

QJsonValue QboJson::number(const Decimal &value)
{
    return placeholder(value.toString());
}

std::optional<Decimal> QboJson::decimal(const QJsonValue &value)
{
    if (value.isString())
        return Decimal::parse(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return std::nullopt;
    // The shortest text that reads back as the same double: the literal QBO sent, for up to
    // 15 significant digits (see the class comment).
    return Decimal::parse(QString::number(number, 'g', QLocale::FloatingPointShortest));
}

QJsonValue QboJson::date(const QDate &date)
{
    if (!date.isValid())
        return QJsonValue(QJsonValue::Null);
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate QboJson::dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd"));
}

QDateTime QboJson::dateTimeFrom(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression epochMillis(QStringLiteral("^\\d{10,16}$"));
    if (epochMillis.match(text).hasMatch())
        return QDateTime::fromMSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // No offset and no "Z": QBO's zone ("The API returns date in PST", qbo-api.md §2).
    static const QRegularExpression hasZone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!hasZone.match(text).hasMatch() && pacific().isValid())
        time = QDateTime(time.date(), time.time(), pacific());
    return time;
}

QString QboJson::dateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = pacific().isValid() ? time.toTimeZone(pacific()) : time.toUTC();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray QboJson::serialize(const QJsonObject &object)
{
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    // QJsonDocument writes U+0001 as the escape \u0001; the quoted placeholder, whichever
    // process made it, becomes the bare number it carries.
    static const QRegularExpression pattern(
        QStringLiteral("\"\\\\u0001bfn[0-9a-f]{16}:(-?[0-9]+(?:\\.[0-9]+)?)\\\\u0001\""),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(pattern, QStringLiteral("\\1"));
    return text.toUtf8();
}

std::optional<QJsonObject> QboJson::parseObject(const QByteArray &body, QString *error)
{
    QByteArray bytes = body;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

} // namespace bookflow
