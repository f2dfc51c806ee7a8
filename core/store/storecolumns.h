#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace bookflow {

// Reading what the store wrote into its columns (JSON text, enum keys), shared by store.cpp and
// storeledger.cpp; not part of the store's API. A column that is not what Bookflow wrote throws
// ColumnError with the problem in words ("its notes are not a list"), which the reading function
// turns into a Failure naming the row.
struct ColumnError
{
    QString problem;
};

// `what` names the column's content in the plural, as a person reads it: "permissions".
QJsonDocument parsedColumn(const QVariant &value, const QString &what);
QJsonObject objectColumn(const QVariant &value, const QString &what);
QStringList stringListColumn(const QVariant &value, const QString &what);
QMap<QString, QString> stringMapColumn(const QVariant &value, const QString &what);
// An enum kept as its key; `what` names it in the singular: "status".
QString unknownKeyProblem(const QString &what, const QString &key);

template <typename Enum>
Enum keyColumn(const QVariant &value, std::optional<Enum> (*fromKey)(const QString &),
               const QString &what)
{
    const std::optional<Enum> parsed = fromKey(value.toString());
    if (!parsed)
        throw ColumnError{unknownKeyProblem(what, value.toString())};
    return *parsed;
}

} // namespace bookflow
