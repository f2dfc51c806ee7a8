// The HubSpot half of the sandbox below HTTP: routing, CRM objects (read, list, batch read,
// create, update, archive), associations v3 and v4, the properties API and tax rates, save/load.
// Search is in hubspotsearch.cpp, the seeds in hubspotseed.cpp, the schema in hubspotschema.cpp.
#include "app/sandbox/hubspot/hubspotstate.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace bookflow::sandbox {

using namespace hubspot;

namespace {

const QString kStatus = QStringLiteral("status");
const QString kResults = QStringLiteral("results");
const QString kInputs = QStringLiteral("inputs");
const QString kProperties = QStringLiteral("properties");
const QString kValidation = QStringLiteral("VALIDATION_ERROR");
const QString kNotFound = QStringLiteral("OBJECT_NOT_FOUND");

bool parseId(const QString &text, qint64 *id)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    if (!digits.match(text).hasMatch())
        return false;
    *id = text.toLongLong();
    return true;
}

// A JSON object body, or the reply that refuses it (HubSpot answers malformed JSON with 400).
bool parseObjectBody(const QByteArray &body, QJsonObject *object, SandboxReply *refusal)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = errorReply(400, kValidation,
                              error.error != QJsonParseError::NoError
                                  ? QStringLiteral("Invalid input JSON on offset %1: %2")
                                        .arg(error.offset)
                                        .arg(error.errorString())
                                  : QStringLiteral("Invalid input JSON: expected an object"));
        return false;
    }
    *object = doc.object();
    return true;
}

QString typeNamesHint()
{
    return QStringLiteral("contacts (0-1), deals (0-3), quotes (0-14), line_items (0-8), "
                          "products (0-7), commerce_payments (0-101), invoices (0-53)");
}

SandboxReply unknownType(const QString &name)
{
    // HubSpot: "Unable to infer object type from: …" for a type it does not know.
    return errorReply(400, kValidation,
                      QStringLiteral("Unable to infer object type from: %1 (this sandbox knows %2)")
                          .arg(name, typeNamesHint()));
}

SandboxReply notFound(const ObjectType &type, const QString &id)
{
    return errorReply(404, kNotFound,
                      QStringLiteral("No %1 with id %2 exists.").arg(type.singular, id),
                      QJsonObject{{QStringLiteral("id"), QJsonArray{id}}});
}

SandboxReply methodNotAllowed(const QByteArray &method, const QString &path)
{
    return errorReply(
        405, QStringLiteral("METHOD_NOT_ALLOWED"),
        QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(method), path));
}

QJsonObject propertyJson(const PropertyDef &def)
{
    QJsonArray options;
    for (const PropertyOption &option : def.options) {
        options.append(QJsonObject{{QStringLiteral("label"), option.label},
                                   {QStringLiteral("value"), option.value},
                                   {QStringLiteral("displayOrder"), option.displayOrder},
                                   {QStringLiteral("hidden"), option.hidden}});
    }
    QJsonObject json{
        {QStringLiteral("name"), def.name},
        {QStringLiteral("label"), def.label},
        {QStringLiteral("type"), propTypeName(def.type)},
        {QStringLiteral("fieldType"), def.fieldType},
        {QStringLiteral("description"), def.description},
        {QStringLiteral("groupName"), def.groupName},
        {QStringLiteral("options"), options},
        {QStringLiteral("displayOrder"), def.displayOrder},
        {QStringLiteral("calculated"), def.calculated},
        {QStringLiteral("externalOptions"), false},
        {QStringLiteral("hasUniqueValue"), def.hasUniqueValue},
        {QStringLiteral("hidden"), def.hidden},
        {QStringLiteral("formField"), def.formField},
        {QStringLiteral("archived"), false},
        {QStringLiteral("dataSensitivity"), QStringLiteral("non_sensitive")},
        {QStringLiteral("modificationMetadata"),
         QJsonObject{{QStringLiteral("archivable"), !def.hubspotDefined},
                     {QStringLiteral("readOnlyDefinition"), def.hubspotDefined},
                     {QStringLiteral("readOnlyValue"), def.readOnlyValue}}},
        {QStringLiteral("createdAt"), isoMillis(def.createdAtMs)},
        {QStringLiteral("updatedAt"), isoMillis(def.updatedAtMs)},
    };
    if (def.hubspotDefined)
        json.insert(QStringLiteral("hubspotDefined"), true);
    return json;
}

// The type/fieldType table of D-PROPS ("Property type and fieldType values").
QStringList validFieldTypes(PropType type)
{
    switch (type) {
    case PropType::Bool:
        return {QStringLiteral("booleancheckbox"), QStringLiteral("calculation_equation")};
    case PropType::Enumeration:
        return {QStringLiteral("booleancheckbox"), QStringLiteral("checkbox"),
                QStringLiteral("radio"), QStringLiteral("select"),
                QStringLiteral("calculation_equation")};
    case PropType::Date:
    case PropType::DateTime:
        return {QStringLiteral("date")};
    case PropType::String:
        return {QStringLiteral("file"),     QStringLiteral("text"),
                QStringLiteral("textarea"), QStringLiteral("calculation_equation"),
                QStringLiteral("html"),     QStringLiteral("phonenumber")};
    case PropType::Number:
        return {QStringLiteral("number"), QStringLiteral("calculation_equation")};
    }
    return {};
}

QJsonObject groupJson(const PropertyGroup &group)
{
    return QJsonObject{{QStringLiteral("name"), group.name},
                       {QStringLiteral("label"), group.label},
                       {QStringLiteral("displayOrder"), group.displayOrder},
                       {QStringLiteral("archived"), false}};
}

// One entry of HubSpot's "Property values were not valid" list (batch-create-multistatus
// fixture), keyed by the error code.
QJsonObject invalidProperty(const QString &name, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("isValid"), false},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("error"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("localizedErrorMessage"), message}};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Private: construction, records, associations

HubSpotService::Private::Private()
{
    initSchema();
}

void HubSpotService::Private::clearData()
{
    initSchema();
    for (auto &row : assoc) {
        for (AssocMap &map : row)
            map.clear();
    }
    taxRates.clear();
}

qint64 HubSpotService::Private::nowMs() const
{
    const QDateTime now = nowSource ? nowSource() : QDateTime::currentDateTimeUtc();
    return now.toMSecsSinceEpoch();
}

ObjectType *HubSpotService::Private::resolveType(const QString &name)
{
    const QString wanted = name.toLower();
    for (ObjectType &type : types) {
        for (const QString &alias : type.aliases) {
            if (alias == wanted)
                return &type;
        }
    }
    return nullptr;
}

Record &HubSpotService::Private::createRecord(TypeIndex index, qint64 createdMs,
                                              const QList<QPair<QString, QString>> &values)
{
    ObjectType &t = types[index];
    const qint64 id = t.nextId++;
    Record &record = t.records[id];
    record.id = id;
    record.values.resize(t.props.size());
    record.createdMs = createdMs;
    record.updatedMs = createdMs;
    record.set(t.prop(QStringLiteral("hs_object_id")), QString::number(id));
    record.set(t.prop(t.createdProp), QString::number(createdMs));
    record.set(t.prop(t.modifiedProp), QString::number(createdMs));
    for (const auto &[name, value] : values) {
        const int i = t.prop(name);
        Q_ASSERT_X(i >= 0, "HubSpotService::createRecord", qPrintable(name));
        record.set(i, value);
        if (name == t.modifiedProp)
            record.updatedMs = value.toLongLong();
    }
    if (index == LineItems)
        recomputeLineItem(record);
    return record;
}

Record *HubSpotService::Private::findRecord(ObjectType &type, qint64 id, bool archived)
{
    const auto it = type.records.find(id);
    if (it == type.records.end() || it->second.archived != archived)
        return nullptr;
    return &it->second;
}

void HubSpotService::Private::setValue(ObjectType &type, Record &record, const QString &prop,
                                       const QString &value)
{
    record.set(type.prop(prop), value);
}

void HubSpotService::Private::touch(ObjectType &type, Record &record, qint64 ms)
{
    // Never move backwards, and never collide with the previous value: a client that pages past
    // 10,000 results with "hs_lastmodifieddate GT last seen" relies on it increasing.
    if (ms <= record.updatedMs)
        ms = record.updatedMs + 1;
    record.updatedMs = ms;
    record.set(type.prop(type.modifiedProp), QString::number(ms));
}

void HubSpotService::Private::recomputeLineItem(Record &record)
{
    // HubSpot computes a line item's net price and tax (hubspot-verified.md §5): amount =
    // quantity × price × (1 − discount%), tax = amount × rate, all rounded to cents, exactly.
    ObjectType &t = types[LineItems];
    qint64 quantity = 0;
    qint64 price = 0;
    if (!parseMicros(record.value(t.prop(QStringLiteral("quantity"))), &quantity) ||
        !parseMicros(record.value(t.prop(QStringLiteral("price"))), &price)) {
        return;
    }
    qint64 discount = 0;
    parseMicros(record.value(t.prop(QStringLiteral("hs_discount_percentage"))), &discount);
    // quantity, price and discount are in 1e-6 units: one rounding, at the end.
    const __int128 scaled = __int128(quantity) * price * (100000000 - discount);
    const qint64 amountCents = roundDiv(scaled, __int128(1000000000000000000LL)); // → cents
    record.set(t.prop(QStringLiteral("amount")), formatCents(amountCents));

    const QString rateId = record.value(t.prop(QStringLiteral("hs_tax_rate_group_id")));
    const TaxRate *rate = nullptr;
    for (const TaxRate &candidate : taxRates) {
        if (candidate.id == rateId)
            rate = &candidate;
    }
    qint64 rateMicros = 0;
    if (rate && parseMicros(rate->percentageRate, &rateMicros)) {
        const qint64 taxCents = roundDiv(__int128(amountCents) * rateMicros, 100000000);
        record.set(t.prop(QStringLiteral("hs_tax_rate")), rate->percentageRate);
        record.set(t.prop(QStringLiteral("hs_tax_label")), rate->label);
        record.set(t.prop(QStringLiteral("hs_tax_amount")), formatCents(taxCents));
        record.set(t.prop(QStringLiteral("hs_post_tax_amount")),
                   formatCents(amountCents + taxCents));
    } else {
        // Untaxed: no tax amount, post-tax amount equals the amount (a captured untaxed line).
        record.set(t.prop(QStringLiteral("hs_tax_rate")), QString());
        record.set(t.prop(QStringLiteral("hs_tax_label")), QString());
        record.set(t.prop(QStringLiteral("hs_tax_amount")), QString());
        record.set(t.prop(QStringLiteral("hs_post_tax_amount")), formatCents(amountCents));
    }
}

void HubSpotService::Private::associate(TypeIndex from, qint64 fromId, TypeIndex to, qint64 toId,
                                        int typeId)
{
    const AssocDef *def = assocDef(typeId);
    const auto add = [this](TypeIndex a, qint64 aId, TypeIndex b, qint64 bId, int id) {
        QVector<int> &ids = assoc[a][b][aId][bId];
        if (!ids.contains(id)) {
            ids.append(id);
            std::sort(ids.begin(), ids.end());
        }
    };
    add(from, fromId, to, toId, typeId);
    if (def)
        add(to, toId, from, fromId, def->reverseTypeId);
    // A labelled association always comes with the unlabeled one (v4 guide: deleting the
    // unlabeled type removes every other).
    if (def && !def->isDefault) {
        if (const AssocDef *plain = defaultAssoc(from, to))
            associate(from, fromId, to, toId, plain->typeId);
    }
}

void HubSpotService::Private::associateDefault(TypeIndex from, qint64 fromId, TypeIndex to,
                                               qint64 toId)
{
    if (const AssocDef *def = defaultAssoc(from, to))
        associate(from, fromId, to, toId, def->typeId);
}

void HubSpotService::Private::dissociateAll(TypeIndex from, qint64 fromId, TypeIndex to,
                                            qint64 toId)
{
    const auto drop = [this](TypeIndex a, qint64 aId, TypeIndex b, qint64 bId) {
        AssocMap &map = assoc[a][b];
        const auto it = map.find(aId);
        if (it == map.end())
            return;
        it->second.erase(bId);
        if (it->second.empty())
            map.erase(it);
    };
    drop(from, fromId, to, toId);
    drop(to, toId, from, fromId);
}

const std::map<qint64, QVector<int>> *
HubSpotService::Private::associationsOf(TypeIndex from, qint64 fromId, TypeIndex to) const
{
    const AssocMap &map = assoc[from][to];
    const auto it = map.find(fromId);
    if (it == map.end() || it->second.empty())
        return nullptr;
    return &it->second;
}

// ---------------------------------------------------------------------------------------------
// Private: output

QJsonValue HubSpotService::Private::outputValue(const ObjectType &type, const PropertyDef &def,
                                                const QString &raw) const
{
    if (raw.isEmpty())
        return QJsonValue::Null; // defined but empty → null (hubspot.md §2.3)
    const bool quoteEpoch = options.quoteDatesAsEpochMillis && type.index == Quotes &&
                            (def.name == QLatin1String("hs_esign_date") ||
                             def.name == QLatin1String("hs_expiration_date"));
    if (def.type == PropType::DateTime)
        return quoteEpoch ? raw : isoMillis(raw.toLongLong());
    if (def.type == PropType::Date)
        return quoteEpoch ? QString::number(dayToMs(raw)) : raw;
    return raw;
}

QStringList HubSpotService::Private::requestedProperties(const QUrlQuery &query,
                                                         const QString &key) const
{
    // Both spellings clients use: properties=a,b (Node client) and properties=a&properties=b
    // (Python client's "multi" collection format).
    QStringList names;
    for (const QString &item : query.allQueryItemValues(key, QUrl::FullyDecoded)) {
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QJsonObject HubSpotService::Private::objectJson(const ObjectType &type, const Record &record,
                                                const QStringList &requested) const
{
    QStringList names = requested.isEmpty() ? type.defaultProps : requested;
    // HubSpot adds the id and the two timestamps to every answer (commerce-payment-get-with-
    // properties fixture: two properties asked, five returned).
    for (const QString &always :
         {QStringLiteral("hs_object_id"), type.createdProp, type.modifiedProp}) {
        if (!names.contains(always))
            names.append(always);
    }
    QJsonObject properties;
    for (const QString &name : names) {
        const int i = type.prop(name);
        if (i < 0)
            continue; // unknown requested properties are left out (hubspot.md §2.3)
        properties.insert(name, outputValue(type, type.props.at(i), record.value(i)));
    }
    QJsonObject json{{QStringLiteral("id"), QString::number(record.id)},
                     {kProperties, properties},
                     {QStringLiteral("createdAt"), isoMillis(record.createdMs)},
                     {QStringLiteral("updatedAt"), isoMillis(record.updatedMs)},
                     {QStringLiteral("archived"), record.archived}};
    if (record.archived)
        json.insert(QStringLiteral("archivedAt"), isoMillis(record.archivedMs));
    return json;
}

QJsonObject HubSpotService::Private::v3AssociationsBlock(const ObjectType &type,
                                                         const Record &record,
                                                         const QStringList &toTypes)
{
    QJsonObject block;
    for (const QString &name : toTypes) {
        const ObjectType *to = resolveType(name);
        if (!to)
            continue; // a type this portal doesn't hold has no associations to show
        const auto *map = associationsOf(type.index, record.id, to->index);
        if (!map)
            continue; // HubSpot leaves out types with no associations
        // One entry per association type, ids ascending (hubspot-verified.md §7).
        QJsonArray entries;
        int total = 0;
        for (const auto &[toId, typeIds] : *map) {
            for (int typeId : typeIds) {
                const AssocDef *def = assocDef(typeId);
                if (total++ < 100) {
                    entries.append(QJsonObject{
                        {QStringLiteral("id"), QString::number(toId)},
                        {QStringLiteral("type"), def ? def->v3Name : QString::number(typeId)}});
                }
            }
        }
        QJsonObject collection{{kResults, entries}};
        if (total > 100) {
            // Association lists on v3 GET are paged at 100 (changelog, 18 Jan 2021).
            QUrlQuery next;
            next.addQueryItem(QStringLiteral("after"), QStringLiteral("100"));
            collection.insert(
                QStringLiteral("paging"),
                QJsonObject{{QStringLiteral("next"),
                             QJsonObject{{QStringLiteral("after"), QStringLiteral("100")},
                                         {QStringLiteral("link"),
                                          pathLink(QStringLiteral("/crm/v3/objects/%1/%2/"
                                                                  "associations/%3")
                                                       .arg(type.name)
                                                       .arg(record.id)
                                                       .arg(to->name),
                                                   next)}}}});
        }
        QString key = to->assocKey;
        if (to->index == LineItems && !options.lineItemsKeyWithSpace)
            key = QStringLiteral("line_items");
        block.insert(key, collection);
    }
    return block;
}

QString HubSpotService::Private::pathLink(const QString &path, const QUrlQuery &query) const
{
    QString link = options.apiBaseUrl;
    while (link.endsWith(QLatin1Char('/')))
        link.chop(1);
    link += path;
    if (!query.isEmpty())
        link += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return link;
}

// ---------------------------------------------------------------------------------------------
// Request handling

namespace {

struct Request
{
    QByteArray method;
    QString path;
    QStringList seg;
    QUrlQuery query;
    QByteArray body;
};

// Normalised value of one property write, or an error entry.
struct WriteCheck
{
    QList<QPair<int, QString>> values;
    QJsonArray invalid;
};

WriteCheck checkWrites(const ObjectType &type, const QJsonObject &properties)
{
    WriteCheck check;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString name = it.key();
        const int index = type.prop(name);
        if (index < 0) {
            check.invalid.append(
                invalidProperty(name, QStringLiteral("PROPERTY_DOESNT_EXIST"),
                                QStringLiteral("Property \"%1\" does not exist").arg(name)));
            continue;
        }
        const PropertyDef &def = type.props.at(index);
        if (def.readOnlyValue) {
            check.invalid.append(invalidProperty(
                name, QStringLiteral("READ_ONLY_VALUE"),
                QStringLiteral("\"%1\" is a read only property; its value cannot be set.")
                    .arg(name)));
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined() ||
            (value.isString() && value.toString().isEmpty())) {
            check.values.append({index, QString()}); // "" clears a value (D-PROPS)
            continue;
        }
        if (value.isArray() || value.isObject()) {
            check.invalid.append(invalidProperty(name, QStringLiteral("INVALID_STRING"),
                                                 QStringLiteral("%1 must be a string").arg(name)));
            continue;
        }
        QString text = jsonScalarText(value);
        switch (def.type) {
        case PropType::Number: {
            bool ok = false;
            text.trimmed().toDouble(&ok);
            if (!ok) {
                // error-validation fixture: "discount was not a valid number", INVALID_INTEGER.
                check.invalid.append(
                    invalidProperty(name, QStringLiteral("INVALID_INTEGER"),
                                    QStringLiteral("%1 was not a valid number").arg(text)));
                continue;
            }
            text = text.trimmed();
            break;
        }
        case PropType::Bool:
            text = text.trimmed().toLower();
            if (text != QLatin1String("true") && text != QLatin1String("false")) {
                check.invalid.append(invalidProperty(
                    name, QStringLiteral("INVALID_OPTION"),
                    QStringLiteral("%1 was not one of the allowed options: [true, false]")
                        .arg(text)));
                continue;
            }
            break;
        case PropType::Enumeration: {
            if (def.options.isEmpty())
                break;
            // Enumeration values are case-sensitive (hubspot-verified.md §2); a multi-select
            // value separates options with ';'.
            QStringList allowed;
            for (const PropertyOption &option : def.options)
                allowed.append(option.value);
            const QStringList parts = text.split(QLatin1Char(';'));
            bool ok = true;
            for (const QString &part : parts)
                ok = ok && allowed.contains(part);
            if (!ok) {
                check.invalid.append(
                    invalidProperty(name, QStringLiteral("INVALID_OPTION"),
                                    QStringLiteral("%1 was not one of the allowed options: [%2]")
                                        .arg(text, allowed.join(QStringLiteral(", ")))));
                continue;
            }
            break;
        }
        case PropType::Date: {
            QString day;
            QString error;
            if (!parseDateDay(text, &day, &error)) {
                check.invalid.append(invalidProperty(name, QStringLiteral("INVALID_DATE"), error));
                continue;
            }
            text = day;
            break;
        }
        case PropType::DateTime: {
            qint64 ms = 0;
            if (!parseDateTimeMs(text, &ms)) {
                check.invalid.append(invalidProperty(
                    name, QStringLiteral("INVALID_DATE"),
                    QStringLiteral("%1 is not a valid ISO 8601 date-time or epoch milliseconds")
                        .arg(text)));
                continue;
            }
            text = QString::number(ms);
            break;
        }
        case PropType::String:
            break;
        }
        check.values.append({index, text});
    }
    return check;
}

SandboxReply invalidPropertiesReply(const QJsonArray &invalid)
{
    QJsonArray errors;
    for (const QJsonValue &entry : invalid) {
        const QJsonObject object = entry.toObject();
        errors.append(
            QJsonObject{{QStringLiteral("message"), object.value(QStringLiteral("message"))},
                        {QStringLiteral("code"), object.value(QStringLiteral("error"))},
                        {QStringLiteral("context"),
                         QJsonObject{{QStringLiteral("propertyName"),
                                      QJsonArray{object.value(QStringLiteral("name"))}}}}});
    }
    QJsonObject body = errorBody(
        kValidation,
        QStringLiteral("Property values were not valid: %1")
            .arg(QString::fromUtf8(QJsonDocument(invalid).toJson(QJsonDocument::Compact))));
    body.insert(QStringLiteral("errors"), errors);
    return jsonReply(400, body);
}

} // namespace

HubSpotService::HubSpotService() : d(std::make_unique<Private>())
{
}

HubSpotService::~HubSpotService() = default;

void HubSpotService::reset()
{
    d->clearData();
}

qint64 HubSpotService::hubId() const
{
    return d->hubId;
}

QString HubSpotService::portalName() const
{
    return d->portalName;
}

void HubSpotService::setNow(std::function<QDateTime()> now)
{
    d->nowSource = std::move(now);
}

HubSpotService::Options HubSpotService::options() const
{
    return d->options;
}

void HubSpotService::setOptions(const Options &options)
{
    d->options = options;
}

SandboxReply HubSpotService::handle(const QByteArray &method, const QString &path,
                                    const QUrlQuery &query, const QByteArray &body,
                                    const QByteArray &contentType)
{
    Request r{method.toUpper(), path, path.split(QLatin1Char('/'), Qt::SkipEmptyParts), query,
              body};
    QStringList &seg = r.seg;

    // Date-versioned paths (hubspot.md §2.3): /crm/objects/2026-03/… is v3 objects, except its
    // association reads, which answer in the v4 shape; /crm/associations/2026-03/… is v4;
    // /crm/properties/2026-03/… is v3.
    static const QRegularExpression dated(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (seg.size() >= 3 && seg.at(0) == QLatin1String("crm") && dated.match(seg.at(2)).hasMatch()) {
        const QString kind = seg.at(1);
        seg.removeAt(2);
        const bool v4 = kind == QLatin1String("associations") ||
                        (kind == QLatin1String("objects") && seg.size() >= 5 &&
                         seg.at(4) == QLatin1String("associations"));
        seg.insert(1, v4 ? QStringLiteral("v4") : QStringLiteral("v3"));
    }

    // A JSON API: a body in anything else is refused like HubSpot's gateway does.
    if (!body.isEmpty() && !contentType.isEmpty()) {
        QByteArray media = contentType;
        const qsizetype semicolon = media.indexOf(';');
        if (semicolon >= 0)
            media.truncate(semicolon);
        media = media.trimmed().toLower();
        if (media != "application/json") {
            return errorReply(415, kValidation,
                              QStringLiteral("Unsupported media type %1; send application/json")
                                  .arg(QString::fromLatin1(media)));
        }
    }

    const auto is = [&seg](int i, const char *text) {
        return seg.size() > i && seg.at(i) == QLatin1String(text);
    };

    if (seg.size() >= 3 && is(0, "tax-rates") && is(1, "v1") && is(2, "tax-rates")) {
        if (r.method != "GET")
            return methodNotAllowed(r.method, path);
        QJsonArray results;
        for (const TaxRate &rate : d->taxRates) {
            const QJsonObject json{
                {QStringLiteral("id"), rate.id},
                {QStringLiteral("name"), rate.name},
                {QStringLiteral("label"), rate.label},
                {QStringLiteral("percentageRate"), rate.percentageRate.toDouble()},
                {QStringLiteral("active"), rate.active},
                {QStringLiteral("createdAt"), isoMillis(rate.createdMs)},
                {QStringLiteral("updatedAt"), isoMillis(rate.createdMs)}};
            if (seg.size() == 4 && seg.at(3) == rate.id)
                return jsonReply(200, json);
            results.append(json);
        }
        if (seg.size() == 4)
            return errorReply(404, kNotFound, QStringLiteral("No tax rate %1").arg(seg.at(3)));
        return jsonReply(200, QJsonObject{{kResults, results}});
    }

    if (seg.size() < 4 || !is(0, "crm"))
        return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));

    // /crm/v3/properties/{type}[/groups[/{name}] | /{name}]
    if (is(1, "v3") && is(2, "properties")) {
        ObjectType *type = d->resolveType(seg.at(3));
        if (!type)
            return unknownType(seg.at(3));
        const qint64 now = d->nowMs();
        if (seg.size() >= 5 && is(4, "groups")) {
            if (seg.size() == 5 && r.method == "GET") {
                QJsonArray results;
                for (const PropertyGroup &group : type->groups)
                    results.append(groupJson(group));
                return jsonReply(200, QJsonObject{{kResults, results}});
            }
            if (seg.size() == 6 && r.method == "GET") {
                for (const PropertyGroup &group : type->groups) {
                    if (group.name == seg.at(5))
                        return jsonReply(200, groupJson(group));
                }
                return errorReply(
                    404, kNotFound,
                    QStringLiteral("Unable to find property group %1 for object type %2")
                        .arg(seg.at(5), type->typeId));
            }
            if (seg.size() == 5 && r.method == "POST") {
                QJsonObject in;
                SandboxReply refusal;
                if (!parseObjectBody(body, &in, &refusal))
                    return refusal;
                PropertyGroup group;
                group.name = in.value(QStringLiteral("name")).toString();
                group.label = in.value(QStringLiteral("label")).toString();
                group.displayOrder = in.value(QStringLiteral("displayOrder")).toInt(-1);
                group.hubspotDefined = false;
                static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]*$"));
                if (!valid.match(group.name).hasMatch() || group.label.isEmpty()) {
                    return errorReply(400, kValidation,
                                      QStringLiteral("A property group needs a name (lower case "
                                                     "letters, digits, _) and a label"));
                }
                for (const PropertyGroup &existing : type->groups) {
                    if (existing.name == group.name) {
                        return errorReply(409, QStringLiteral("OBJECT_ALREADY_EXISTS"),
                                          QStringLiteral("A property group named '%1' already "
                                                         "exists.")
                                              .arg(group.name));
                    }
                }
                type->groups.append(group);
                return jsonReply(201, groupJson(group));
            }
            return methodNotAllowed(r.method, path);
        }
        if (seg.size() == 4 && r.method == "GET") {
            QJsonArray results;
            for (const PropertyDef &def : type->props)
                results.append(propertyJson(def));
            return jsonReply(200, QJsonObject{{kResults, results}});
        }
        if (seg.size() == 5 && r.method == "GET") {
            if (const PropertyDef *def = type->def(seg.at(4)))
                return jsonReply(200, propertyJson(*def));
            return errorReply(404, kNotFound,
                              QStringLiteral("Unable to find property %1 for object type %2")
                                  .arg(seg.at(4), type->typeId));
        }
        if (seg.size() == 4 && r.method == "POST") {
            QJsonObject in;
            SandboxReply refusal;
            if (!parseObjectBody(body, &in, &refusal))
                return refusal;
            // Required: name, label, type, fieldType, groupName (D-PROPS "Create a property").
            PropertyDef def;
            def.name = in.value(QStringLiteral("name")).toString();
            def.label = in.value(QStringLiteral("label")).toString();
            def.fieldType = in.value(QStringLiteral("fieldType")).toString();
            def.groupName = in.value(QStringLiteral("groupName")).toString();
            def.description = in.value(QStringLiteral("description")).toString();
            def.hasUniqueValue = in.value(QStringLiteral("hasUniqueValue")).toBool();
            def.hidden = in.value(QStringLiteral("hidden")).toBool();
            def.formField = in.value(QStringLiteral("formField")).toBool();
            def.displayOrder = in.value(QStringLiteral("displayOrder")).toInt(-1);
            def.hubspotDefined = false;
            def.createdAtMs = now;
            def.updatedAtMs = now;
            QStringList missing;
            for (const char *field : {"name", "label", "type", "fieldType", "groupName"}) {
                if (in.value(QLatin1String(field)).toString().isEmpty())
                    missing.append(QLatin1String(field));
            }
            if (!missing.isEmpty()) {
                return errorReply(400, kValidation,
                                  QStringLiteral("Missing required field(s): %1")
                                      .arg(missing.join(QStringLiteral(", "))));
            }
            if (!propTypeFromName(in.value(QStringLiteral("type")).toString(), &def.type)) {
                return errorReply(400, kValidation,
                                  QStringLiteral("Invalid type %1: use string, number, date, "
                                                 "datetime, enumeration or bool")
                                      .arg(in.value(QStringLiteral("type")).toString()));
            }
            // The type/fieldType table of D-PROPS.
            const QStringList fieldTypes = validFieldTypes(def.type);
            if (!fieldTypes.contains(def.fieldType)) {
                return errorReply(
                    400, kValidation,
                    QStringLiteral("fieldType %1 is not valid for type %2 (valid: %3)")
                        .arg(def.fieldType, propTypeName(def.type),
                             fieldTypes.join(QStringLiteral(", "))));
            }
            static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_]*$"));
            if (!validName.match(def.name).hasMatch() ||
                def.name.startsWith(QLatin1String("hs_"))) {
                return errorReply(400, kValidation,
                                  QStringLiteral("Invalid property name %1: lower case letters, "
                                                 "digits and _, starting with a letter; hs_ is "
                                                 "reserved")
                                      .arg(def.name));
            }
            if (type->prop(def.name) >= 0) {
                // 409 Conflict for a name already taken.
                return errorReply(
                    409, QStringLiteral("OBJECT_ALREADY_EXISTS"),
                    QStringLiteral("A property named '%1' already exists.").arg(def.name));
            }
            bool groupKnown = false;
            for (const PropertyGroup &group : type->groups)
                groupKnown = groupKnown || group.name == def.groupName;
            if (!groupKnown) {
                return errorReply(400, kValidation,
                                  QStringLiteral("Property group %1 does not exist for object "
                                                 "type %2")
                                      .arg(def.groupName, type->typeId));
            }
            int order = 0;
            for (const QJsonValue &value : in.value(QStringLiteral("options")).toArray()) {
                const QJsonObject option = value.toObject();
                def.options.append({option.value(QStringLiteral("label")).toString(),
                                    option.value(QStringLiteral("value")).toString(),
                                    option.value(QStringLiteral("displayOrder")).toInt(order),
                                    option.value(QStringLiteral("hidden")).toBool()});
                ++order;
            }
            if (def.type == PropType::Bool && def.options.isEmpty())
                def.options = {{QStringLiteral("Yes"), QStringLiteral("true"), 0, false},
                               {QStringLiteral("No"), QStringLiteral("false"), 1, false}};
            type->addProperty(def);
            return jsonReply(201, propertyJson(def));
        }
        return methodNotAllowed(r.method, path);
    }

    // /crm/v4/associations/{from}/{to}/batch/read
    if (is(1, "v4") && is(2, "associations")) {
        if (seg.size() != 7 || !is(5, "batch") || !is(6, "read"))
            return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));
        if (r.method != "POST")
            return methodNotAllowed(r.method, path);
        ObjectType *from = d->resolveType(seg.at(3));
        ObjectType *to = d->resolveType(seg.at(4));
        if (!from || !to)
            return unknownType(!from ? seg.at(3) : seg.at(4));
        QJsonObject in;
        SandboxReply refusal;
        if (!parseObjectBody(body, &in, &refusal))
            return refusal;
        const QJsonArray inputs = in.value(kInputs).toArray();
        // Batch read associations: ≤ 1,000 inputs (v4 guide, "Limits").
        if (inputs.size() > 1000) {
            return errorReply(400, kValidation,
                              QStringLiteral("Batch read associations is limited to 1,000 inputs; "
                                             "%1 were sent")
                                  .arg(inputs.size()));
        }
        const QString startedAt = isoMillis(d->nowMs());
        QJsonArray results;
        QJsonArray errors;
        for (const QJsonValue &input : inputs) {
            const QString idText = jsonScalarText(input.toObject().value(QStringLiteral("id")));
            qint64 id = 0;
            const std::map<qint64, QVector<int>> *map = nullptr;
            if (parseId(idText, &id) && d->findRecord(*from, id))
                map = d->associationsOf(from->index, id, to->index);
            if (!map) {
                // HubSpot answers an input with no associations as an error of the 207.
                QJsonObject error =
                    errorBody(kNotFound,
                              QStringLiteral("No %1 is associated with %2 %3.")
                                  .arg(to->singular, from->singular, idText),
                              QJsonObject{{QStringLiteral("fromObjectId"), QJsonArray{idText}}});
                error.insert(QStringLiteral("subCategory"),
                             QStringLiteral("crm.associations.NO_ASSOCIATIONS_FOUND"));
                error.insert(QStringLiteral("errors"), QJsonArray());
                error.insert(QStringLiteral("links"), QJsonObject());
                error.remove(QStringLiteral("correlationId"));
                errors.append(error);
                continue;
            }
            QJsonArray targets;
            for (const auto &[toId, typeIds] : *map) {
                QJsonArray kinds;
                for (int typeId : typeIds) {
                    const AssocDef *def = assocDef(typeId);
                    kinds.append(QJsonObject{
                        {QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED")},
                        {QStringLiteral("typeId"), typeId},
                        {QStringLiteral("label"),
                         def && !def->label.isEmpty() ? QJsonValue(def->label) : QJsonValue()}});
                }
                targets.append(QJsonObject{{QStringLiteral("toObjectId"), QJsonValue(qint64(toId))},
                                           {QStringLiteral("associationTypes"), kinds}});
            }
            results.append(
                QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), idText}}},
                            {QStringLiteral("to"), targets}});
        }
        QJsonObject out{{kStatus, QStringLiteral("COMPLETE")},
                        {kResults, results},
                        {QStringLiteral("startedAt"), startedAt},
                        {QStringLiteral("completedAt"), isoMillis(d->nowMs())}};
        if (!errors.isEmpty()) {
            out.insert(QStringLiteral("numErrors"), errors.size());
            out.insert(QStringLiteral("errors"), errors);
            return jsonReply(207, out);
        }
        return jsonReply(200, out);
    }

    if (!is(2, "objects") || !(is(1, "v3") || is(1, "v4")))
        return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));
    const bool v4 = is(1, "v4");
    ObjectType *type = d->resolveType(seg.at(3));
    if (!type)
        return unknownType(seg.at(3));
    const QString typePath = QStringLiteral("/crm/v3/objects/%1").arg(type->name);

    // ---- collection-level endpoints (v3 only)
    if (!v4 && seg.size() == 4) {
        if (r.method == "GET") {
            // List: limit default 10, max 100; `after` is the id to start at (hubspot.md §2.3;
            // objects-list-response-with-paging fixture: next.after = last id + 1).
            bool ok = true;
            int limit = 10;
            const QString limitText = query.queryItemValue(QStringLiteral("limit"));
            if (!limitText.isEmpty())
                limit = limitText.toInt(&ok);
            if (!ok || limit < 1 || limit > 100) {
                return errorReply(
                    400, kValidation,
                    QStringLiteral("limit must be between 1 and 100, got %1").arg(limitText));
            }
            qint64 after = 0;
            const QString afterText = query.queryItemValue(QStringLiteral("after"));
            if (!afterText.isEmpty() && !parseId(afterText, &after)) {
                return errorReply(400, kValidation,
                                  QStringLiteral("after must be a paging cursor from "
                                                 "paging.next.after, got %1")
                                      .arg(afterText));
            }
            const bool archived =
                query.queryItemValue(QStringLiteral("archived")) == QLatin1String("true");
            const QStringList props = d->requestedProperties(query, kProperties);
            const QStringList assocTypes =
                d->requestedProperties(query, QStringLiteral("associations"));
            QJsonArray results;
            qint64 lastId = -1;
            bool more = false;
            for (auto it = type->records.lower_bound(after); it != type->records.end(); ++it) {
                const Record &record = it->second;
                if (record.archived != archived)
                    continue;
                if (results.size() == limit) {
                    more = true;
                    break;
                }
                QJsonObject json = d->objectJson(*type, record, props);
                if (!assocTypes.isEmpty()) {
                    const QJsonObject block = d->v3AssociationsBlock(*type, record, assocTypes);
                    if (!block.isEmpty())
                        json.insert(QStringLiteral("associations"), block);
                }
                results.append(json);
                lastId = record.id;
            }
            QJsonObject out{{kResults, results}};
            if (more) {
                const QString next = QString::number(lastId + 1);
                QUrlQuery linkQuery;
                linkQuery.addQueryItem(QStringLiteral("limit"), QString::number(limit));
                linkQuery.addQueryItem(QStringLiteral("after"), next);
                out.insert(QStringLiteral("paging"),
                           QJsonObject{{QStringLiteral("next"),
                                        QJsonObject{{QStringLiteral("after"), next},
                                                    {QStringLiteral("link"),
                                                     d->pathLink(typePath, linkQuery)}}}});
            }
            return jsonReply(200, out);
        }
        if (r.method == "POST") {
            QJsonObject in;
            SandboxReply refusal;
            if (!parseObjectBody(body, &in, &refusal))
                return refusal;
            const WriteCheck check = checkWrites(*type, in.value(kProperties).toObject());
            if (!check.invalid.isEmpty())
                return invalidPropertiesReply(check.invalid);
            // Associations given on create: [{to:{id}, types:[{associationCategory,
            // associationTypeId}]}] (deal-create-with-associations-request fixture).
            QList<std::tuple<TypeIndex, qint64, int>> links;
            for (const QJsonValue &value : in.value(QStringLiteral("associations")).toArray()) {
                const QJsonObject link = value.toObject();
                const QString toText = jsonScalarText(
                    link.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")));
                for (const QJsonValue &kind : link.value(QStringLiteral("types")).toArray()) {
                    const int typeId =
                        kind.toObject().value(QStringLiteral("associationTypeId")).toInt();
                    const AssocDef *def = assocDef(typeId);
                    qint64 toId = 0;
                    if (!def || def->from != type->index) {
                        return errorReply(400, kValidation,
                                          QStringLiteral("association type id %1 is not valid "
                                                         "from %2")
                                              .arg(typeId)
                                              .arg(type->singular));
                    }
                    if (!parseId(toText, &toId) || !d->findRecord(d->type(def->to), toId)) {
                        return errorReply(400, kValidation,
                                          QStringLiteral("%1 %2 does not exist")
                                              .arg(d->type(def->to).singular, toText));
                    }
                    links.append({def->to, toId, typeId});
                }
            }
            Record &record = d->createRecord(type->index, d->nowMs(), {});
            for (const auto &[index, text] : check.values)
                record.set(index, text);
            if (type->index == LineItems)
                d->recomputeLineItem(record);
            for (const auto &[to, toId, typeId] : links)
                d->associate(type->index, record.id, to, toId, typeId);
            QStringList written;
            for (const auto &[index, text] : check.values)
                written.append(type->props.at(index).name);
            return jsonReply(201, d->objectJson(*type, record, written));
        }
        return methodNotAllowed(r.method, path);
    }

    if (!v4 && seg.size() == 5 && is(4, "search")) {
        if (r.method != "POST")
            return methodNotAllowed(r.method, path);
        return d->search(*type, body);
    }

    if (!v4 && seg.size() == 6 && is(4, "batch")) {
        if (r.method != "POST")
            return methodNotAllowed(r.method, path);
        QJsonObject in;
        SandboxReply refusal;
        if (!parseObjectBody(body, &in, &refusal))
            return refusal;
        const QJsonArray inputs = in.value(kInputs).toArray();
        // Batch endpoints: ≤ 100 records per request (hubspot.md §2.3, §2.8).
        if (inputs.size() > 100) {
            return errorReply(400, kValidation,
                              QStringLiteral("Batch requests are limited to 100 inputs; %1 were "
                                             "sent")
                                  .arg(inputs.size()));
        }
        const QString startedAt = isoMillis(d->nowMs());
        QJsonArray results;
        QStringList missing;
        if (is(5, "read")) {
            QStringList props;
            for (const QJsonValue &value : in.value(kProperties).toArray())
                props.append(value.toString());
            const QString idProperty = in.value(QStringLiteral("idProperty")).toString();
            const bool archived = in.value(QStringLiteral("archived")).toBool();
            QSet<qint64> seen;
            for (const QJsonValue &input : inputs) {
                const QString idText = jsonScalarText(input.toObject().value(QStringLiteral("id")));
                const Record *found = nullptr;
                if (!idProperty.isEmpty() && idProperty != QLatin1String("hs_object_id")) {
                    // idProperty: a unique property such as a contact's email.
                    const int index = type->prop(idProperty);
                    for (auto &[id, record] : type->records) {
                        Q_UNUSED(id)
                        if (index >= 0 && record.archived == archived &&
                            record.value(index).compare(idText, Qt::CaseInsensitive) == 0 &&
                            !idText.isEmpty()) {
                            found = &record;
                            break;
                        }
                    }
                } else {
                    qint64 id = 0;
                    if (parseId(idText, &id))
                        found = d->findRecord(*type, id, archived);
                }
                if (!found) {
                    missing.append(idText);
                    continue;
                }
                if (seen.contains(found->id))
                    continue;
                seen.insert(found->id);
                results.append(d->objectJson(*type, *found, props));
            }
        } else if (is(5, "update")) {
            // Validate everything first: one bad property refuses the batch.
            QList<QPair<Record *, WriteCheck>> updates;
            for (const QJsonValue &input : inputs) {
                const QJsonObject item = input.toObject();
                const QString idText = jsonScalarText(item.value(QStringLiteral("id")));
                const WriteCheck check = checkWrites(*type, item.value(kProperties).toObject());
                if (!check.invalid.isEmpty())
                    return invalidPropertiesReply(check.invalid);
                qint64 id = 0;
                Record *record = parseId(idText, &id) ? d->findRecord(*type, id) : nullptr;
                if (!record) {
                    missing.append(idText);
                    continue;
                }
                updates.append({record, check});
            }
            const qint64 now = d->nowMs();
            for (auto &[record, check] : updates) {
                QStringList written;
                for (const auto &[index, text] : check.values) {
                    record->set(index, text);
                    written.append(type->props.at(index).name);
                }
                if (type->index == LineItems)
                    d->recomputeLineItem(*record);
                d->touch(*type, *record, now);
                results.append(d->objectJson(*type, *record, written));
            }
        } else {
            return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));
        }
        QJsonObject out{{kStatus, QStringLiteral("COMPLETE")},
                        {kResults, results},
                        {QStringLiteral("startedAt"), startedAt},
                        {QStringLiteral("completedAt"), isoMillis(d->nowMs())}};
        if (!missing.isEmpty()) {
            // Missing ids: 207 Multi-Status with a StandardError (hubspot.md §2.3, §2.7).
            QJsonArray ids;
            for (const QString &id : missing)
                ids.append(id);
            QJsonObject error{
                {kStatus, QStringLiteral("error")},
                {QStringLiteral("category"), kNotFound},
                {QStringLiteral("message"),
                 QStringLiteral("Could not get some %1 objects, they may be deleted or not "
                                "exist. Check that ids are valid.")
                     .arg(type->upperName)},
                {QStringLiteral("context"), QJsonObject{{QStringLiteral("ids"), ids}}},
                {QStringLiteral("errors"), QJsonArray()},
                {QStringLiteral("links"), QJsonObject()}};
            out.insert(QStringLiteral("numErrors"), 1);
            out.insert(QStringLiteral("errors"), QJsonArray{error});
            return jsonReply(207, out);
        }
        return jsonReply(200, out);
    }

    // ---- record-level endpoints: /crm/v{3,4}/objects/{type}/{id}[/associations/…]
    qint64 id = 0;
    const QString idText = seg.at(4);
    const QString idProperty = query.queryItemValue(QStringLiteral("idProperty"));
    Record *record = nullptr;
    const bool archivedWanted =
        query.queryItemValue(QStringLiteral("archived")) == QLatin1String("true");
    if (!idProperty.isEmpty() && idProperty != QLatin1String("hs_object_id") && seg.size() == 5) {
        const int index = type->prop(idProperty);
        for (auto &[key, candidate] : type->records) {
            Q_UNUSED(key)
            if (index >= 0 && candidate.archived == archivedWanted &&
                candidate.value(index).compare(idText, Qt::CaseInsensitive) == 0) {
                record = &candidate;
                break;
            }
        }
    } else if (parseId(idText, &id)) {
        record = d->findRecord(*type, id, archivedWanted && seg.size() == 5);
    }
    if (!record)
        return notFound(*type, idText);

    if (seg.size() == 5) {
        if (v4)
            return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));
        if (r.method == "GET") {
            QJsonObject json =
                d->objectJson(*type, *record, d->requestedProperties(query, kProperties));
            const QStringList assocTypes =
                d->requestedProperties(query, QStringLiteral("associations"));
            if (!assocTypes.isEmpty()) {
                const QJsonObject block = d->v3AssociationsBlock(*type, *record, assocTypes);
                if (!block.isEmpty())
                    json.insert(QStringLiteral("associations"), block);
            }
            return jsonReply(200, json);
        }
        if (r.method == "PATCH") {
            QJsonObject in;
            SandboxReply refusal;
            if (!parseObjectBody(body, &in, &refusal))
                return refusal;
            const WriteCheck check = checkWrites(*type, in.value(kProperties).toObject());
            if (!check.invalid.isEmpty())
                return invalidPropertiesReply(check.invalid);
            QStringList written;
            for (const auto &[index, text] : check.values) {
                record->set(index, text);
                written.append(type->props.at(index).name);
            }
            if (type->index == LineItems)
                d->recomputeLineItem(*record);
            // A write moves hs_lastmodifieddate (and updatedAt): pollers see the change.
            d->touch(*type, *record, d->nowMs());
            return jsonReply(200, d->objectJson(*type, *record, written));
        }
        if (r.method == "DELETE") {
            record->archived = true;
            record->archivedMs = d->nowMs();
            SandboxReply reply;
            reply.status = 204;
            reply.contentType.clear();
            return reply;
        }
        return methodNotAllowed(r.method, path);
    }

    if (seg.size() < 7 || !is(5, "associations"))
        return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));

    const bool defaultPut = v4 && seg.size() == 9 && is(6, "default");
    ObjectType *to = d->resolveType(seg.at(defaultPut ? 7 : 6));
    if (!to)
        return unknownType(seg.at(defaultPut ? 7 : 6));
    const QString startedAt = isoMillis(d->nowMs());

    if (seg.size() == 7) {
        if (r.method != "GET")
            return methodNotAllowed(r.method, path);
        // v3: {results:[{id, type}]}; v4: {results:[{toObjectId, associationTypes}]}, limit
        // default 500 (hubspot.md §2.5). `after` is an offset cursor.
        bool ok = true;
        int limit = 500;
        const QString limitText = query.queryItemValue(QStringLiteral("limit"));
        if (!limitText.isEmpty())
            limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            return errorReply(
                400, kValidation,
                QStringLiteral("limit must be between 1 and 500, got %1").arg(limitText));
        int after = 0;
        const QString afterText = query.queryItemValue(QStringLiteral("after"));
        if (!afterText.isEmpty()) {
            after = afterText.toInt(&ok);
            if (!ok || after < 0)
                return errorReply(400, kValidation,
                                  QStringLiteral("after must come from paging.next.after, got %1")
                                      .arg(afterText));
        }
        QJsonArray entries;
        const auto *map = d->associationsOf(type->index, record->id, to->index);
        if (map) {
            for (const auto &[toId, typeIds] : *map) {
                if (v4) {
                    QJsonArray kinds;
                    for (int typeId : typeIds) {
                        const AssocDef *def = assocDef(typeId);
                        kinds.append(QJsonObject{
                            {QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED")},
                            {QStringLiteral("typeId"), typeId},
                            {QStringLiteral("label"), def && !def->label.isEmpty()
                                                          ? QJsonValue(def->label)
                                                          : QJsonValue()}});
                    }
                    entries.append(
                        QJsonObject{{QStringLiteral("toObjectId"), QJsonValue(qint64(toId))},
                                    {QStringLiteral("associationTypes"), kinds}});
                } else {
                    for (int typeId : typeIds) {
                        const AssocDef *def = assocDef(typeId);
                        entries.append(QJsonObject{
                            {QStringLiteral("id"), QString::number(toId)},
                            {QStringLiteral("type"), def ? def->v3Name : QString::number(typeId)}});
                    }
                }
            }
        }
        QJsonArray page;
        for (int i = after; i < entries.size() && page.size() < limit; ++i)
            page.append(entries.at(i));
        QJsonObject out{{kResults, page}};
        if (after + limit < entries.size()) {
            const QString next = QString::number(after + limit);
            QUrlQuery linkQuery;
            linkQuery.addQueryItem(QStringLiteral("after"), next);
            out.insert(QStringLiteral("paging"),
                       QJsonObject{{QStringLiteral("next"),
                                    QJsonObject{{QStringLiteral("after"), next},
                                                {QStringLiteral("link"),
                                                 d->pathLink(QString(QLatin1Char('/') +
                                                                     seg.join(QLatin1Char('/'))),
                                                             linkQuery)}}}});
        }
        return jsonReply(200, out);
    }

    // Writes name the other record.
    qint64 toId = 0;
    const QString toText = seg.at(defaultPut ? 8 : 7);
    if (!parseId(toText, &toId) || !d->findRecord(*to, toId))
        return notFound(*to, toText);

    if (defaultPut) {
        if (r.method != "PUT")
            return methodNotAllowed(r.method, path);
        // PUT …/associations/default/{to}/{toId}: the unlabeled type, both directions
        // (associations-v4-put-default fixture).
        const AssocDef *def = defaultAssoc(type->index, to->index);
        if (!def) {
            return errorReply(400, kValidation,
                              QStringLiteral("There is no default association between %1 and %2")
                                  .arg(type->name, to->name));
        }
        d->associate(type->index, record->id, to->index, toId, def->typeId);
        const auto spec = [](int typeId) {
            return QJsonObject{
                {QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
                {QStringLiteral("associationTypeId"), typeId}};
        };
        const QJsonArray results{
            QJsonObject{{QStringLiteral("from"),
                         QJsonObject{{QStringLiteral("id"), QString::number(record->id)}}},
                        {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), toText}}},
                        {QStringLiteral("associationSpec"), spec(def->typeId)}},
            QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), toText}}},
                        {QStringLiteral("to"),
                         QJsonObject{{QStringLiteral("id"), QString::number(record->id)}}},
                        {QStringLiteral("associationSpec"), spec(def->reverseTypeId)}}};
        return jsonReply(200, QJsonObject{{kStatus, QStringLiteral("COMPLETE")},
                                          {kResults, results},
                                          {QStringLiteral("startedAt"), startedAt},
                                          {QStringLiteral("completedAt"), isoMillis(d->nowMs())}});
    }

    if (v4 && seg.size() == 8) {
        if (r.method == "DELETE") {
            d->dissociateAll(type->index, record->id, to->index, toId);
            SandboxReply reply;
            reply.status = 204;
            reply.contentType.clear();
            return reply;
        }
        if (r.method != "PUT")
            return methodNotAllowed(r.method, path);
        // Labelled PUT: the body lists the types the pair should have (v4 guide, "Update record
        // association labels": what is not listed is replaced).
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty()) {
            return errorReply(400, kValidation,
                              QStringLiteral("Expected a JSON array of {associationCategory, "
                                             "associationTypeId}"));
        }
        QVector<int> typeIds;
        for (const QJsonValue &value : doc.array()) {
            const int typeId = value.toObject().value(QStringLiteral("associationTypeId")).toInt();
            const AssocDef *def = assocDef(typeId);
            if (!def || def->from != type->index || def->to != to->index) {
                return errorReply(400, kValidation,
                                  QStringLiteral("association type id %1 is not valid from %2 to "
                                                 "%3")
                                      .arg(typeId)
                                      .arg(type->singular, to->singular));
            }
            typeIds.append(typeId);
        }
        d->dissociateAll(type->index, record->id, to->index, toId);
        QJsonArray labels;
        for (int typeId : typeIds) {
            d->associate(type->index, record->id, to->index, toId, typeId);
            const AssocDef *def = assocDef(typeId);
            if (!def->label.isEmpty())
                labels.append(def->label);
        }
        // associations-v4-put-labeled-response fixture.
        return jsonReply(
            201, QJsonObject{{QStringLiteral("fromObjectTypeId"), type->typeId},
                             {QStringLiteral("fromObjectId"), QJsonValue(qint64(record->id))},
                             {QStringLiteral("toObjectTypeId"), to->typeId},
                             {QStringLiteral("toObjectId"), QJsonValue(qint64(toId))},
                             {QStringLiteral("labels"), labels}});
    }

    if (!v4 && seg.size() == 9) {
        // v3 PUT …/associations/{toType}/{toId}/{associationType} (hubspot.md §2.5); the type
        // is an id or a v3 name such as deal_to_contact.
        if (r.method != "PUT" && r.method != "DELETE")
            return methodNotAllowed(r.method, path);
        const AssocDef *def = nullptr;
        bool numeric = false;
        const int typeId = seg.at(8).toInt(&numeric);
        for (const AssocDef &candidate : assocDefs()) {
            if ((numeric && candidate.typeId == typeId) || candidate.v3Name == seg.at(8))
                def = &candidate;
        }
        if (!def || def->from != type->index || def->to != to->index) {
            return errorReply(400, kValidation,
                              QStringLiteral("%1 is not an association type from %2 to %3")
                                  .arg(seg.at(8), type->singular, to->singular));
        }
        if (r.method == "DELETE") {
            d->dissociateAll(type->index, record->id, to->index, toId);
            SandboxReply reply;
            reply.status = 204;
            reply.contentType.clear();
            return reply;
        }
        d->associate(type->index, record->id, to->index, toId, def->typeId);
        QJsonObject json = d->objectJson(*type, *record, {});
        json.insert(QStringLiteral("associations"),
                    d->v3AssociationsBlock(*type, *record, {to->name}));
        return jsonReply(200, json);
    }

    return errorReply(404, kNotFound, QStringLiteral("No HubSpot API at %1").arg(path));
}

// ---------------------------------------------------------------------------------------------
// Save and load: the whole portal as JSON (for bookflow-sandbox --data FILE).

QJsonObject HubSpotService::save() const
{
    QJsonObject types;
    for (const ObjectType &type : d->types) {
        QJsonArray customProps;
        for (const PropertyDef &def : type.props) {
            if (def.hubspotDefined)
                continue;
            QJsonObject json = propertyJson(def);
            json.insert(QStringLiteral("createdAtMs"), double(def.createdAtMs));
            customProps.append(json);
        }
        QJsonArray customGroups;
        for (const PropertyGroup &group : type.groups) {
            if (!group.hubspotDefined)
                customGroups.append(groupJson(group));
        }
        QJsonArray records;
        for (const auto &[id, record] : type.records) {
            QJsonObject values;
            for (int i = 0; i < record.values.size() && i < type.props.size(); ++i) {
                if (!record.values.at(i).isEmpty())
                    values.insert(type.props.at(i).name, record.values.at(i));
            }
            QJsonObject json{{QStringLiteral("id"), QString::number(id)},
                             {QStringLiteral("createdMs"), QString::number(record.createdMs)},
                             {QStringLiteral("updatedMs"), QString::number(record.updatedMs)},
                             {QStringLiteral("values"), values}};
            if (record.archived) {
                json.insert(QStringLiteral("archivedMs"), QString::number(record.archivedMs));
            }
            records.append(json);
        }
        types.insert(type.name,
                     QJsonObject{{QStringLiteral("nextId"), QString::number(type.nextId)},
                                 {QStringLiteral("customProperties"), customProps},
                                 {QStringLiteral("customGroups"), customGroups},
                                 {QStringLiteral("records"), records}});
    }
    // Associations: one row per stored direction ([fromType, fromId, toType, toId, typeId…]);
    // reverse rows are stored too, so load replays them as they are.
    QJsonArray associations;
    for (int from = 0; from < TypeCount; ++from) {
        for (int to = 0; to < TypeCount; ++to) {
            // Sorted by id: the map is unordered, the file should not depend on hashing.
            const AssocMap &map = d->assoc[from][to];
            std::vector<qint64> fromIds;
            fromIds.reserve(map.size());
            for (const auto &entry : map)
                fromIds.push_back(entry.first);
            std::sort(fromIds.begin(), fromIds.end());
            for (qint64 fromId : fromIds) {
                for (const auto &[toId, typeIds] : map.at(fromId)) {
                    QJsonArray row{d->types[from].name, QString::number(fromId), d->types[to].name,
                                   QString::number(toId)};
                    for (int typeId : typeIds)
                        row.append(typeId);
                    associations.append(row);
                }
            }
        }
    }
    QJsonArray taxRates;
    for (const TaxRate &rate : d->taxRates) {
        taxRates.append(
            QJsonObject{{QStringLiteral("id"), rate.id},
                        {QStringLiteral("name"), rate.name},
                        {QStringLiteral("label"), rate.label},
                        {QStringLiteral("percentageRate"), rate.percentageRate},
                        {QStringLiteral("active"), rate.active},
                        {QStringLiteral("createdMs"), QString::number(rate.createdMs)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("bookflow-sandbox-hubspot/1")},
                       {QStringLiteral("hubId"), double(d->hubId)},
                       {QStringLiteral("portalName"), d->portalName},
                       {QStringLiteral("types"), types},
                       {QStringLiteral("associations"), associations},
                       {QStringLiteral("taxRates"), taxRates}};
}

bool HubSpotService::load(const QJsonObject &state, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (state.value(QStringLiteral("format")).toString() !=
        QLatin1String("bookflow-sandbox-hubspot/1"))
        return fail(QStringLiteral("not a saved HubSpot sandbox (format "
                                   "bookflow-sandbox-hubspot/1 expected)"));
    // Build into a fresh state and swap only when everything read, so a damaged file leaves the
    // running portal untouched.
    auto fresh = std::make_unique<Private>();
    fresh->options = d->options;
    fresh->nowSource = d->nowSource;
    fresh->hubId = qint64(state.value(QStringLiteral("hubId")).toDouble(double(d->hubId)));
    fresh->portalName = state.value(QStringLiteral("portalName")).toString(d->portalName);
    for (const QJsonValue &value : state.value(QStringLiteral("taxRates")).toArray()) {
        const QJsonObject json = value.toObject();
        fresh->taxRates.append({json.value(QStringLiteral("id")).toString(),
                                json.value(QStringLiteral("name")).toString(),
                                json.value(QStringLiteral("label")).toString(),
                                json.value(QStringLiteral("percentageRate")).toString(),
                                json.value(QStringLiteral("active")).toBool(true),
                                json.value(QStringLiteral("createdMs")).toString().toLongLong()});
    }
    const QJsonObject types = state.value(QStringLiteral("types")).toObject();
    for (ObjectType &type : fresh->types) {
        const QJsonObject json = types.value(type.name).toObject();
        if (json.isEmpty())
            continue;
        for (const QJsonValue &value : json.value(QStringLiteral("customGroups")).toArray()) {
            const QJsonObject group = value.toObject();
            type.groups.append({group.value(QStringLiteral("name")).toString(),
                                group.value(QStringLiteral("label")).toString(),
                                group.value(QStringLiteral("displayOrder")).toInt(-1), false});
        }
        for (const QJsonValue &value : json.value(QStringLiteral("customProperties")).toArray()) {
            const QJsonObject prop = value.toObject();
            PropertyDef def;
            def.name = prop.value(QStringLiteral("name")).toString();
            def.label = prop.value(QStringLiteral("label")).toString();
            if (!propTypeFromName(prop.value(QStringLiteral("type")).toString(), &def.type) ||
                def.name.isEmpty() || type.prop(def.name) >= 0)
                return fail(
                    QStringLiteral("bad custom property %1 on %2").arg(def.name, type.name));
            def.fieldType = prop.value(QStringLiteral("fieldType")).toString();
            def.groupName = prop.value(QStringLiteral("groupName")).toString();
            def.description = prop.value(QStringLiteral("description")).toString();
            def.displayOrder = prop.value(QStringLiteral("displayOrder")).toInt(-1);
            def.hasUniqueValue = prop.value(QStringLiteral("hasUniqueValue")).toBool();
            def.hidden = prop.value(QStringLiteral("hidden")).toBool();
            def.formField = prop.value(QStringLiteral("formField")).toBool();
            def.hubspotDefined = false;
            def.createdAtMs = qint64(prop.value(QStringLiteral("createdAtMs")).toDouble());
            def.updatedAtMs = def.createdAtMs;
            for (const QJsonValue &option : prop.value(QStringLiteral("options")).toArray()) {
                const QJsonObject o = option.toObject();
                def.options.append({o.value(QStringLiteral("label")).toString(),
                                    o.value(QStringLiteral("value")).toString(),
                                    o.value(QStringLiteral("displayOrder")).toInt(),
                                    o.value(QStringLiteral("hidden")).toBool()});
            }
            type.addProperty(def);
        }
        bool ok = true;
        type.nextId = json.value(QStringLiteral("nextId")).toString().toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("bad nextId for %1").arg(type.name));
        for (const QJsonValue &value : json.value(QStringLiteral("records")).toArray()) {
            const QJsonObject rec = value.toObject();
            Record record;
            if (!parseId(rec.value(QStringLiteral("id")).toString(), &record.id))
                return fail(QStringLiteral("bad record id in %1").arg(type.name));
            record.createdMs = rec.value(QStringLiteral("createdMs")).toString().toLongLong();
            record.updatedMs = rec.value(QStringLiteral("updatedMs")).toString().toLongLong();
            record.archived = rec.contains(QStringLiteral("archivedMs"));
            record.archivedMs = rec.value(QStringLiteral("archivedMs")).toString().toLongLong();
            record.values.resize(type.props.size());
            const QJsonObject values = rec.value(QStringLiteral("values")).toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                const int index = type.prop(it.key());
                if (index < 0) {
                    return fail(QStringLiteral("record %1 of %2 has unknown property %3")
                                    .arg(record.id)
                                    .arg(type.name, it.key()));
                }
                record.values[index] = it.value().toString();
            }
            type.records[record.id] = record;
        }
    }
    for (const QJsonValue &value : state.value(QStringLiteral("associations")).toArray()) {
        const QJsonArray row = value.toArray();
        ObjectType *from = row.size() >= 5 ? fresh->resolveType(row.at(0).toString()) : nullptr;
        ObjectType *to = row.size() >= 5 ? fresh->resolveType(row.at(2).toString()) : nullptr;
        qint64 fromId = 0;
        qint64 toId = 0;
        if (!from || !to || !parseId(row.at(1).toString(), &fromId) ||
            !parseId(row.at(3).toString(), &toId)) {
            return fail(QStringLiteral("bad association row"));
        }
        QVector<int> &ids = fresh->assoc[from->index][to->index][fromId][toId];
        for (int i = 4; i < row.size(); ++i)
            ids.append(row.at(i).toInt());
        std::sort(ids.begin(), ids.end());
    }
    d = std::move(fresh);
    return true;
}

} // namespace bookflow::sandbox
