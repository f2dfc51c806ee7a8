#pragma once

// Internal to the HubSpot half of the sandbox: the portal's data model shared by
// hubspotservice.cpp (routing, objects, associations, properties), hubspotsearch.cpp (the search
// endpoint) and hubspotseed.cpp (demo and large seeds). Not part of the library's interface.

#include "app/sandbox/hubspot/hubspotservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <map>
#include <unordered_map>

namespace bookflow::sandbox::hubspot {

// The object types the portal holds, in a fixed order (array indices). Names and type ids:
// hubspot.md §2.3.
enum TypeIndex : int {
    Contacts = 0, // 0-1
    Deals,        // 0-3
    Quotes,       // 0-14
    LineItems,    // 0-8
    Products,     // 0-7
    Payments,     // 0-101 commerce_payments
    Invoices,     // 0-53 (only so that payments made from invoices have something to point at)
    TypeCount
};

// The property value types of the properties API (hubspot.md §2.6; D-PROPS "type").
enum class PropType { String, Number, Date, DateTime, Enumeration, Bool };

QString propTypeName(PropType type);
bool propTypeFromName(const QString &name, PropType *type);

struct PropertyOption
{
    QString label;
    QString value;
    int displayOrder = 0;
    bool hidden = false;
};

struct PropertyDef
{
    QString name;
    QString label;
    PropType type = PropType::String;
    QString fieldType;
    QString groupName;
    QString description;
    QVector<PropertyOption> options;
    int displayOrder = -1;
    bool hasUniqueValue = false;
    bool hidden = false;
    bool readOnlyValue = false; // set by HubSpot (ids, timestamps, computed amounts)
    bool calculated = false;
    bool hubspotDefined = true;
    bool formField = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct PropertyGroup
{
    QString name;
    QString label;
    int displayOrder = -1;
    bool hubspotDefined = true;
};

// One CRM record. Values are stored as HubSpot stores them, as strings, indexed like the type's
// property list; an empty string is "no value". Internal canonical forms: datetime = epoch
// milliseconds, date = "YYYY-MM-DD", the rest as written.
struct Record
{
    qint64 id = 0;
    QVector<QString> values;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    bool archived = false;
    qint64 archivedMs = 0;

    QString value(int index) const
    {
        return index >= 0 && index < values.size() ? values.at(index) : QString();
    }
    void set(int index, const QString &text)
    {
        if (index < 0)
            return;
        if (index >= values.size())
            values.resize(index + 1);
        values[index] = text;
    }
};

struct ObjectType
{
    TypeIndex index = Contacts;
    QString name;                // "deals" — the path name
    QString typeId;              // "0-3"
    QString singular;            // "deal" — v3 association type names ("deal_to_contact")
    QString upperName;           // "DEAL" — batch error messages
    QString assocKey;            // key of the v3 GET associations block ("deals", "line items")
    QStringList aliases;         // other accepted path spellings ("deal", "0-3", …)
    QString createdProp;         // "createdate" or "hs_createdate"
    QString modifiedProp;        // "hs_lastmodifieddate" (contacts: "lastmodifieddate")
    QStringList defaultProps;    // returned when a request names none (hubspot.md §2.3)
    QStringList searchableProps; // what search's `query` looks at
    QVector<PropertyDef> props;
    QHash<QString, int> propIndex;
    QVector<PropertyGroup> groups;
    std::map<qint64, Record> records; // ordered by id: list paging is id-based
    qint64 nextId = 1;

    int prop(const QString &propName) const { return propIndex.value(propName, -1); }
    const PropertyDef *def(const QString &propName) const
    {
        const int i = prop(propName);
        return i < 0 ? nullptr : &props.at(i);
    }
    int addProperty(const PropertyDef &def)
    {
        props.append(def);
        propIndex.insert(def.name, int(props.size()) - 1);
        return int(props.size()) - 1;
    }
};

// One HubSpot-defined association type: hubspot.md §2.5 and the v4 guide's tables.
struct AssocDef
{
    TypeIndex from;
    TypeIndex to;
    int typeId;
    int reverseTypeId;
    QString v3Name; // "deal_to_contact", "quote_to_contact_signer"
    QString label;  // v4 label; empty = null (unlabeled)
    bool isDefault; // the unlabeled type PUT …/associations/default/… writes
};

const QVector<AssocDef> &assocDefs();
const AssocDef *assocDef(int typeId);
const AssocDef *defaultAssoc(TypeIndex from, TypeIndex to);

// fromId → toId (ascending) → type ids (ascending).
using AssocMap = std::unordered_map<qint64, std::map<qint64, QVector<int>>>;

struct TaxRate
{
    QString id;
    QString name;
    QString label;
    QString percentageRate; // decimal text, "6.25"
    bool active = true;
    qint64 createdMs = 0;
};

// Helpers shared by the three source files.
QString isoMillis(qint64 ms);                                         // "2026-11-20T15:04:05.123Z"
bool parseDateTimeMs(const QString &text, qint64 *ms);                // epoch-ms or ISO 8601
bool parseDateDay(const QString &text, QString *day, QString *error); // → "YYYY-MM-DD"
qint64 dayToMs(const QString &day); // "YYYY-MM-DD" → midnight UTC ms
QString newCorrelationId();
QJsonObject errorBody(const QString &category, const QString &message,
                      const QJsonObject &context = {});
SandboxReply jsonReply(int status, const QJsonObject &body);
SandboxReply errorReply(int status, const QString &category, const QString &message,
                        const QJsonObject &context = {});
// Money and quantities: decimal text ↔ integer micro-units, exact (no floating point).
bool parseMicros(const QString &text, qint64 *micros);
QString formatCents(qint64 cents);                         // 123456 → "1234.56"
qint64 roundMicrosToCents(__int128 micros);                // half away from zero
qint64 roundDiv(__int128 numerator, __int128 denominator); // half away from zero
QString jsonScalarText(const QJsonValue &value); // a filter or property value as HubSpot reads it

} // namespace bookflow::sandbox::hubspot

namespace bookflow::sandbox {

struct HubSpotService::Private
{
    using ObjectType = hubspot::ObjectType;
    using Record = hubspot::Record;

    std::array<ObjectType, hubspot::TypeCount> types;
    std::array<std::array<hubspot::AssocMap, hubspot::TypeCount>, hubspot::TypeCount> assoc;
    QVector<hubspot::TaxRate> taxRates;
    HubSpotService::Options options;
    std::function<QDateTime()> nowSource;
    qint64 hubId = 24681357;
    QString portalName = QStringLiteral("Demo Portal");

    Private();
    void initSchema(); // the types, their HubSpot-defined properties and groups
    void clearData();

    qint64 nowMs() const;
    ObjectType *resolveType(const QString &name);
    ObjectType &type(hubspot::TypeIndex index) { return types[index]; }

    // Records
    Record &createRecord(hubspot::TypeIndex type, qint64 createdMs,
                         const QList<QPair<QString, QString>> &values);
    Record *findRecord(ObjectType &type, qint64 id, bool archived = false);
    void setValue(ObjectType &type, Record &record, const QString &prop, const QString &value);
    void touch(ObjectType &type, Record &record, qint64 ms);
    void recomputeLineItem(Record &record);

    // Associations (both directions are stored, hubspot.md §2.5)
    void associate(hubspot::TypeIndex from, qint64 fromId, hubspot::TypeIndex to, qint64 toId,
                   int typeId);
    void associateDefault(hubspot::TypeIndex from, qint64 fromId, hubspot::TypeIndex to,
                          qint64 toId);
    void dissociateAll(hubspot::TypeIndex from, qint64 fromId, hubspot::TypeIndex to, qint64 toId);
    const std::map<qint64, QVector<int>> *associationsOf(hubspot::TypeIndex from, qint64 fromId,
                                                         hubspot::TypeIndex to) const;

    // Output
    QJsonValue outputValue(const ObjectType &type, const hubspot::PropertyDef &def,
                           const QString &raw) const;
    QStringList requestedProperties(const QUrlQuery &query, const QString &key) const;
    QJsonObject objectJson(const ObjectType &type, const Record &record,
                           const QStringList &requested) const;
    QJsonObject v3AssociationsBlock(const ObjectType &type, const Record &record,
                                    const QStringList &toTypes);
    QString pathLink(const QString &path, const QUrlQuery &query) const;

    // Endpoints
    SandboxReply search(ObjectType &type, const QByteArray &body);
};

} // namespace bookflow::sandbox
