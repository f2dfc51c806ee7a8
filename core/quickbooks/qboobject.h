#pragma once

#include "core/quickbooks/qboentity.h"
#include "core/util/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bookflow {

// One QBO entity as it came back: the JSON object, kept whole (unknown fields survive a
// read-modify-write), with typed readers for what Bookflow relies on. Money is read as an exact
// Decimal (QboJson::decimal), dates as QDate, MetaData times with their Pacific offsets.
class QboObject
{
public:
    QboObject() = default;
    // `entityName` is the JSON key it came under: "Invoice", "Customer", … (also entities this
    // client has no enum value for, such as "Deposit" in a batch answer).
    QboObject(QString entityName, QJsonObject json);

    QString entityName() const { return m_entityName; }
    std::optional<QboEntity> entity() const { return qboEntityFromName(m_entityName); }
    const QJsonObject &json() const { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }

    QString id() const;
    QString syncToken() const;
    // DisplayName for people (Customer, Vendor), Name for the other name lists.
    QString displayName() const;
    QString docNumber() const;
    bool isActive() const; // name lists; true when the field is absent

    QDateTime createTime() const;
    QDateTime lastUpdatedTime() const;

    // A string member ("PrivateNote") or, with a dotted path, a nested one ("BillEmail.Address").
    QString text(const QString &path) const;
    // A money/number member as an exact Decimal: "TotalAmt", "Balance", "Line" members via
    // QboJson::decimal on a line object.
    std::optional<Decimal> decimal(const QString &path) const;
    // A business date: "TxnDate", "DueDate".
    QDate date(const QString &path) const;
    // The `value` of a reference: ref("CustomerRef") → "58".
    QString ref(const QString &path) const;

    // The value at a dotted path, or undefined.
    QJsonValue at(const QString &path) const;

private:
    QString m_entityName;
    QJsonObject m_json;
};

} // namespace bookflow
