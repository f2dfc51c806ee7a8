#include "core/quickbooks/qboobject.h"

#include "core/quickbooks/qbojson.h"

#include <QStringList>

namespace bookflow {

QboObject::QboObject(QString entityName, QJsonObject json)
    : m_entityName(std::move(entityName)), m_json(std::move(json))
{
}

QJsonValue QboObject::at(const QString &path) const
{
    QJsonValue current = m_json;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

QString QboObject::id() const
{
    return text(QStringLiteral("Id"));
}

QString QboObject::syncToken() const
{
    return text(QStringLiteral("SyncToken"));
}

QString QboObject::displayName() const
{
    const QString name = text(QStringLiteral("DisplayName"));
    return name.isEmpty() ? text(QStringLiteral("Name")) : name;
}

QString QboObject::docNumber() const
{
    return text(QStringLiteral("DocNumber"));
}

bool QboObject::isActive() const
{
    const QJsonValue active = m_json.value(QStringLiteral("Active"));
    return active.isBool() ? active.toBool() : true;
}

QDateTime QboObject::createTime() const
{
    return QboJson::dateTimeFrom(at(QStringLiteral("MetaData.CreateTime")));
}

QDateTime QboObject::lastUpdatedTime() const
{
    return QboJson::dateTimeFrom(at(QStringLiteral("MetaData.LastUpdatedTime")));
}

QString QboObject::text(const QString &path) const
{
    const QJsonValue value = at(path);
    // Ids and SyncTokens are strings in QBO's JSON; a number is accepted all the same.
    if (value.isDouble())
        return QboJson::decimal(value).value_or(Decimal()).toString();
    return value.toString();
}

std::optional<Decimal> QboObject::decimal(const QString &path) const
{
    return QboJson::decimal(at(path));
}

QDate QboObject::date(const QString &path) const
{
    return QboJson::dateFrom(at(path));
}

QString QboObject::ref(const QString &path) const
{
    return text(path + QStringLiteral(".value"));
}

} // namespace bookflow
