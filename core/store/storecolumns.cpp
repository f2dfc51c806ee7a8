#include "core/store/storecolumns.h"

#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace bookflow {

QJsonDocument parsedColumn(const QVariant &value, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        throw ColumnError{Tr::tr("its %1 are not valid JSON (%2)").arg(what, error.errorString())};
    return doc;
}

QJsonObject objectColumn(const QVariant &value, const QString &what)
{
    const QJsonDocument doc = parsedColumn(value, what);
    if (!doc.isObject())
        throw ColumnError{Tr::tr("its %1 are not a JSON object").arg(what)};
    return doc.object();
}

QStringList stringListColumn(const QVariant &value, const QString &what)
{
    const QJsonDocument doc = parsedColumn(value, what);
    if (!doc.isArray())
        throw ColumnError{Tr::tr("its %1 are not a list").arg(what)};
    QStringList out;
    for (const QJsonValue &item : doc.array()) {
        if (!item.isString())
            throw ColumnError{Tr::tr("its %1 hold something other than text").arg(what)};
        out << item.toString();
    }
    return out;
}

QMap<QString, QString> stringMapColumn(const QVariant &value, const QString &what)
{
    const QJsonDocument doc = parsedColumn(value, what);
    if (!doc.isObject())
        throw ColumnError{Tr::tr("its %1 are not a table of ids").arg(what)};
    QMap<QString, QString> out;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            throw ColumnError{Tr::tr("its %1 hold something other than text").arg(what)};
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QString unknownKeyProblem(const QString &what, const QString &key)
{
    return Tr::tr("its %1 “%2” is unknown to this version of Bookflow").arg(what, key);
}

} // namespace bookflow
