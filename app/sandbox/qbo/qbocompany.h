#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <map>

namespace bookflow::sandbox {

// The entities this peer serves (qbo-api.md §2–§3), with their canonical names as they appear
// as JSON keys ("SalesReceipt") and the URL segment ("salesreceipt", matched case-insensitively).
struct QboEntityType
{
    enum Kind {
        NameList,     // created and updated, never deleted (set Active:false), qbo-api.md §2
        ReadOnlyList, // TaxCode: read and query only
        Transaction,  // created, updated, deleted; some voided
        Singleton,    // CompanyInfo, Preferences: one per company, read and updated
    };
    QString name;
    Kind kind;

    bool isNameList() const { return kind == NameList || kind == ReadOnlyList; }
    bool isTransaction() const { return kind == Transaction; }
    // Sales forms: lines of SalesItemLineDetail / DescriptionOnly plus the server's subtotal.
    bool isSalesForm() const;
    // Customer, Vendor, Employee: DisplayName unique across all three (6240, qbo-api.md §3).
    bool hasDisplayName() const;
};

// nullptr when the name (URL segment or JSON key, any case) is not an entity this peer serves.
const QboEntityType *qboEntityType(QStringView name);
const QList<QboEntityType> &qboEntityTypes();

// Ids are strings; numeric ones order by value ("9" < "10"), others ("TAX", "NON") after them.
struct QboIdLess
{
    bool operator()(const QString &a, const QString &b) const;
};

using QboTable = std::map<QString, QJsonObject, QboIdLess>;

// A stored reply for requestid replay (qbo-verified.md §9): status and body byte-for-byte.
struct QboStoredReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType;
};

// One QuickBooks company (realm) and everything in it.
struct QboRealm
{
    QString realmId;
    QString name;
    QString country;  // "US", "GB" (CompanyInfo.Country, qbo-verified.md §6)
    QString timeZone; // IANA id for "today" (TxnDate defaults)
    QJsonObject companyInfo;
    QJsonObject preferences;
    QHash<QString, QboTable> tables; // by canonical entity name
    // Next id per sequence: one per name list, one shared by all transactions (QBO's TxnId).
    QHash<QString, qint64> nextIds;
    QHash<QString, QboStoredReply> replies; // by requestid

    bool isUs() const { return country == QLatin1String("US"); }
    QboTable &table(const QString &entity) { return tables[entity]; }
    const QJsonObject *find(const QString &entity, const QString &id) const;
    QJsonObject *find(const QString &entity, const QString &id);
    QString takeNextId(const QString &entity, bool transaction);
    QString currencyCode() const;
    QString currencyName() const;

    QJsonObject save() const;
    static bool load(const QJsonObject &state, QboRealm *company, QString *error);
};

// QBO's clock: "time" and MetaData are ISO-8601 in Pacific time with the offset of the day
// (-08:00 / -07:00), qbo-api.md §2 and §10 item 8.
QTimeZone qboPacificZone();
QTimeZone qboZone(const QString &ianaId); // falls back to Pacific when unknown
// "2015-08-12T11:08:01.753-07:00" (with milliseconds, for "time") or without them (MetaData).
QString qboTimestamp(const QDateTime &instant, bool milliseconds);
// The business date in a zone: TxnDate defaults are "today" in the company's zone.
QDate qboLocalDate(const QDateTime &instant, const QString &ianaId);

} // namespace bookflow::sandbox
