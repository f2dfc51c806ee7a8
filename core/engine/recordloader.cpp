#include "core/engine/recordloader.h"

#include "core/hubspot/hubspotfilterproperty.h"
#include "core/util/tr.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bookflow {

namespace {

const QString NotFoundCode = QStringLiteral("OBJECT_NOT_FOUND");

// HubSpot record ids are numbers ("hs_object_id"); anything else cannot name a record, and
// sending it would make HubSpotClient refuse the whole batch.
bool isRecordId(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,30}$"));
    return digits.match(id).hasMatch();
}

// A per-record batch error that means "HubSpot does not have this record".
bool isGone(const ApiError &error)
{
    return error.code == NotFoundCode;
}

void addUnique(QStringList &list, const QString &name)
{
    if (!name.isEmpty() && !list.contains(name))
        list.append(name);
}

QStringList propertiesOf(const QHash<HubSpotObject, QStringList> &properties, HubSpotObject object)
{
    const auto found = properties.constFind(object);
    return found != properties.constEnd() ? found.value() : RecordLoader::baseProperties(object);
}

QStringList sortedIds(const QVector<HubSpotAssociation> &associations)
{
    QStringList ids;
    for (const HubSpotAssociation &association : associations)
        ids.append(association.toObjectId);
    return HubSpotWire::sortedUniqueIds(ids);
}

bool isSigner(const HubSpotAssociation &association)
{
    // 702 is a HubSpot-defined type; a label a portal defines itself has its own id space
    // (USER_DEFINED), so only the HubSpot-defined one counts.
    for (const HubSpotAssociation::Type &type : association.types) {
        if (type.typeId == RecordLoader::QuoteSignerTypeId &&
            (type.category.isEmpty() || type.category == QLatin1String("HUBSPOT_DEFINED")))
            return true;
    }
    return false;
}

QString lineName(const LineItem &line)
{
    return line.name.isEmpty() ? Tr::tr("line item %1").arg(line.id) : line.name;
}

// A number property of a line item as HubSpot sent it.
struct LineNumber
{
    enum class State { Absent, Number, Unreadable };
    State state = State::Absent;
    Decimal value; // zero unless state is Number

    bool isNumber() const { return state == State::Number; }
    bool isAbsent() const { return state == State::Absent; }
    bool isUnreadable() const { return state == State::Unreadable; }
};

// Reads `property`; a value that is not a number adds a problem in words naming `what`.
LineNumber lineNumber(LineItem &line, const QString &property, const QString &what)
{
    LineNumber number;
    const QString text = line.properties.value(property).toString().trimmed();
    if (text.isEmpty())
        return number;
    if (const std::optional<Decimal> parsed = Decimal::parse(text)) {
        number.state = LineNumber::State::Number;
        number.value = *parsed;
        return number;
    }
    number.state = LineNumber::State::Unreadable;
    //: %1 is a line item's name, %2 what was read ("quantity", "unit price"), %3 the value.
    line.problems.append(
        Tr::tr("Line “%1”: the %2 “%3” is not a number.").arg(lineName(line), what, text));
    return number;
}

} // namespace

RecordLoader::RecordLoader(HubSpotClient &client) : m_client(client)
{
}

HubSpotObject RecordLoader::recordObject(ObjectType type)
{
    return hubSpotObjectOf(filterObjectOf(type));
}

QStringList RecordLoader::baseProperties(HubSpotObject object)
{
    // hubspot.md §2.6 and hubspot-verified.md §3–§5: what the planners, the notes and the
    // history read, beyond the filters.
    switch (object) {
    case HubSpotObject::Deal:
        return {QStringLiteral("dealname"), QStringLiteral("amount"), QStringLiteral("closedate"),
                QStringLiteral("deal_currency_code")};
    case HubSpotObject::Quote:
        return {QStringLiteral("hs_title"),
                QStringLiteral("hs_quote_amount"),
                QStringLiteral("hs_quote_number"),
                QStringLiteral("hs_currency"),
                QStringLiteral("hs_expiration_date"),
                QStringLiteral("hs_esign_num_signers_completed"),
                QStringLiteral("hs_esign_num_signers_required"),
                QStringLiteral("hs_esign_date")};
    case HubSpotObject::CommercePayment:
        return {
            QStringLiteral("hs_initial_amount"),           QStringLiteral("hs_fees_amount"),
            QStringLiteral("hs_refunds_amount"),           QStringLiteral("hs_net_amount"),
            QStringLiteral("hs_net_amount_after_refunds"), QStringLiteral("hs_latest_status"),
            QStringLiteral("hs_payment_source_app"),       QStringLiteral("hs_currency_code"),
            QStringLiteral("hs_initiated_date"),           QStringLiteral("hs_payment_method_type"),
            QStringLiteral("hs_reference_number"),         QStringLiteral("hs_customer_email")};
    case HubSpotObject::Contact:
        return {QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email")};
    case HubSpotObject::LineItem:
        return {QStringLiteral("name"),
                QStringLiteral("quantity"),
                QStringLiteral("price"),
                QStringLiteral("amount"),
                QStringLiteral("hs_product_id"),
                QStringLiteral("hs_sku"),
                QStringLiteral("hs_tax_rate"),
                QStringLiteral("hs_tax_amount"),
                QStringLiteral("hs_tax_rate_group_id"),
                QStringLiteral("hs_discount_percentage"),
                QStringLiteral("hs_line_item_currency_code"),
                QStringLiteral("description"),
                QStringLiteral("hs_position_on_quote")};
    case HubSpotObject::Product:
        return {QStringLiteral("name"), QStringLiteral("hs_sku"), QStringLiteral("price"),
                QStringLiteral("description")};
    }
    return {};
}

QHash<HubSpotObject, QStringList>
RecordLoader::propertiesFor(const Workflow &workflow, const QStringList &extraContactProperties)
{
    QHash<HubSpotObject, QStringList> result;
    const HubSpotObject own = recordObject(workflow.objectType);
    // Every object the workflow reads: the filters' objects (the record, one hop away) and the
    // line items the actions turn into document lines.
    for (FilterObject object : filterObjectsFor(workflow.objectType)) {
        const HubSpotObject hubspot = hubSpotObjectOf(object);
        result.insert(hubspot, baseProperties(hubspot));
    }
    result.insert(HubSpotObject::LineItem, baseProperties(HubSpotObject::LineItem));

    const QVector<FilterObject> readable = filterObjectsFor(workflow.objectType);
    for (const FilterGroup &group : workflow.enrollment.filterGroups) {
        for (const Filter &filter : group.filters) {
            // A filter on an object this workflow type cannot read is review's to refuse; it
            // is never loaded, so asking for its property would only cost bytes.
            if (!readable.contains(filter.object))
                continue;
            addUnique(result[hubSpotObjectOf(filter.object)], filter.property.trimmed());
        }
    }
    // Re-enrollment compares these properties of the record between polls.
    for (const QString &property : workflow.enrollment.reenroll.properties)
        addUnique(result[own], property.trimmed());
    for (const QString &property : extraContactProperties)
        addUnique(result[HubSpotObject::Contact], property.trimmed());
    return result;
}

LineItem RecordLoader::lineItemFrom(const HubSpotRecord &record)
{
    LineItem line;
    line.id = record.id;
    line.properties = record.properties;
    line.name = record.text(QStringLiteral("name")).trimmed();
    line.sku = record.text(QStringLiteral("hs_sku")).trimmed();
    line.productId = record.text(QStringLiteral("hs_product_id")).trimmed();
    line.description = record.text(QStringLiteral("description"));

    // HubSpot's own default: a line without a quantity is one unit.
    const LineNumber quantity = lineNumber(line, QStringLiteral("quantity"), Tr::tr("quantity"));
    line.quantity = quantity.isAbsent() ? Decimal::fromInteger(1) : quantity.value;
    const LineNumber price = lineNumber(line, QStringLiteral("price"), Tr::tr("unit price"));
    line.unitPrice = price.value;
    if (price.isAbsent())
        // No price at all is not "free": a document line at zero would be a silent mistake.
        line.problems.append(Tr::tr("Line “%1” has no unit price.").arg(lineName(line)));
    const LineNumber amount = lineNumber(line, QStringLiteral("amount"), Tr::tr("amount"));
    line.amount = amount.value;
    if (amount.isAbsent() && quantity.state != LineNumber::State::Unreadable && price.isNumber())
        // HubSpot computes "amount" itself; without it, what it would show before discounts.
        line.amount = (line.quantity * line.unitPrice).roundedToCents();

    // Taxable (hubspot-verified.md §5): a non-zero rate or tax amount; or a tax rate id with no
    // rate HubSpot computed — the id is what taxes a line, so without a rate saying "0" the line
    // is taken as taxed (a paid invoice then refuses it rather than booking it untaxed). A rate
    // or tax amount that can't be read counts as taxed too, with its problem.
    const LineNumber rate = lineNumber(line, QStringLiteral("hs_tax_rate"), Tr::tr("tax rate"));
    const LineNumber tax = lineNumber(line, QStringLiteral("hs_tax_amount"), Tr::tr("tax amount"));
    const bool hasRateId = !record.text(QStringLiteral("hs_tax_rate_group_id")).trimmed().isEmpty();
    line.taxable = (rate.isNumber() && !rate.value.isZero()) ||
                   (tax.isNumber() && !tax.value.isZero()) || rate.isUnreadable() ||
                   tax.isUnreadable() || (hasRateId && !rate.isNumber());
    return line;
}

void RecordLoader::sortLineItems(QVector<LineItem> &items)
{
    // The position is read once per line; an unreadable one counts as absent.
    struct Keyed
    {
        std::optional<Decimal> position;
        LineItem line;
    };
    QVector<Keyed> keyed;
    keyed.reserve(items.size());
    for (LineItem &line : items) {
        const QString text =
            line.properties.value(QStringLiteral("hs_position_on_quote")).toString().trimmed();
        keyed.append({text.isEmpty() ? std::nullopt : Decimal::parse(text), std::move(line)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.position.has_value() != b.position.has_value())
            return a.position.has_value();
        if (a.position && *a.position != *b.position)
            return *a.position < *b.position;
        return HubSpotWire::idLess(a.line.id, b.line.id);
    });
    items.clear();
    for (Keyed &entry : keyed)
        items.append(std::move(entry.line));
}

QStringList RecordLoader::contactPreference(ObjectType type,
                                            const QVector<HubSpotAssociation> &contacts)
{
    QStringList signers;
    if (type == ObjectType::Quote) {
        for (const HubSpotAssociation &association : contacts) {
            if (isSigner(association))
                signers.append(association.toObjectId);
        }
    }
    QStringList order = HubSpotWire::sortedUniqueIds(signers);
    for (const QString &id : sortedIds(contacts)) {
        if (!order.contains(id))
            order.append(id);
    }
    return order;
}

ContactInfo RecordLoader::contactFrom(const HubSpotRecord &record)
{
    ContactInfo contact;
    contact.id = record.id;
    contact.firstName = record.text(QStringLiteral("firstname")).trimmed();
    contact.lastName = record.text(QStringLiteral("lastname")).trimmed();
    contact.email = record.text(QStringLiteral("email")).trimmed();
    contact.properties = record.properties;
    return contact;
}

ApiResult<RecordLoader::AssociationsById> RecordLoader::associationsOf(HubSpotObject from,
                                                                       HubSpotObject to,
                                                                       const QStringList &ids,
                                                                       QStringList &gone)
{
    if (ids.isEmpty())
        return AssociationsById();
    ApiResult<HubSpotAssociationBatch> batch = m_client.batchAssociations(from, to, ids);
    if (!batch)
        return batch.error();
    for (const QString &id : ids) {
        const auto error = batch->errors.constFind(id);
        if (error == batch->errors.constEnd())
            continue;
        if (!isGone(error.value()))
            return error.value();
        // Deleted between the record's read and this one.
        if (!gone.contains(id))
            gone.append(id);
    }
    return std::move(batch.value().byId);
}

ApiResult<QHash<QString, HubSpotRecord>>
RecordLoader::readFirstOf(HubSpotObject object, const QStringList &owners,
                          const QHash<QString, QStringList> &candidates,
                          const QStringList &properties)
{
    QHash<QString, HubSpotRecord> read; // every record read so far, by its id
    QSet<QString> gone;
    QHash<QString, HubSpotRecord> chosen; // by owner
    QHash<QString, qsizetype> next;       // per owner, the candidate being tried
    QStringList open = owners;
    // Each round reads every open owner's current candidate; a candidate that is gone moves
    // its owner to the next. Every id is asked for at most once, so this ends.
    while (!open.isEmpty()) {
        QStringList toRead;
        QSet<QString> asked;
        QStringList stillOpen;
        for (const QString &owner : open) {
            const QStringList list = candidates.value(owner);
            qsizetype &at = next[owner];
            while (at < list.size() && gone.contains(list.at(at)))
                ++at;
            if (at >= list.size())
                continue; // none readable: the slot stays empty
            const QString &id = list.at(at);
            const auto known = read.constFind(id);
            if (known != read.constEnd()) {
                chosen.insert(owner, known.value());
                continue;
            }
            if (!asked.contains(id)) {
                asked.insert(id);
                toRead.append(id);
            }
            stillOpen.append(owner);
        }
        if (toRead.isEmpty())
            break;
        ApiResult<QHash<QString, HubSpotRecord>> batch = readAll(object, toRead, properties);
        if (!batch)
            return batch.error();
        for (const QString &id : toRead) {
            const auto found = batch->constFind(id);
            if (found != batch->constEnd())
                read.insert(id, found.value());
            else
                gone.insert(id);
        }
        open = stillOpen;
    }
    return chosen;
}

ApiResult<QHash<QString, HubSpotRecord>>
RecordLoader::readAll(HubSpotObject object, const QStringList &ids, const QStringList &properties)
{
    QHash<QString, HubSpotRecord> byId;
    if (ids.isEmpty())
        return byId;
    ApiResult<HubSpotBatchResult> batch = m_client.batchRead(object, ids, properties);
    if (!batch)
        return batch.error();
    for (HubSpotRecord &record : batch.value().records)
        byId.insert(record.id, std::move(record));
    for (const QString &id : ids) {
        if (byId.contains(id))
            continue;
        const auto error = batch->errors.constFind(id);
        if (error != batch->errors.constEnd() && !isGone(error.value()))
            return error.value();
    }
    return byId;
}

ApiResult<RecordLoader::Loaded>
RecordLoader::load(ObjectType type, const QStringList &ids,
                   const QHash<HubSpotObject, QStringList> &properties)
{
    Loaded loaded;
    const HubSpotObject object = recordObject(type);

    QStringList wanted;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (isRecordId(id))
            wanted.append(id);
        else
            loaded.missing.append(raw);
    }
    if (wanted.isEmpty())
        return loaded;

    // 1. The records themselves.
    ApiResult<HubSpotBatchResult> batch =
        m_client.batchRead(object, wanted, propertiesOf(properties, object));
    if (!batch)
        return batch.error();
    QHash<QString, HubSpotRecord> records;
    for (HubSpotRecord &record : batch.value().records)
        records.insert(record.id, std::move(record));
    QStringList found;
    for (const QString &id : wanted) {
        if (records.contains(id)) {
            found.append(id);
            continue;
        }
        const auto error = batch->errors.constFind(id);
        if (error != batch->errors.constEnd() && !isGone(error.value()))
            return error.value();
        loaded.missing.append(id);
    }
    return complete(type, std::move(records), std::move(found), std::move(loaded), properties);
}

ApiResult<RecordLoader::Loaded>
RecordLoader::loadFrom(ObjectType type, const QVector<HubSpotRecord> &given,
                       const QHash<HubSpotObject, QStringList> &properties)
{
    Loaded loaded;
    QHash<QString, HubSpotRecord> records;
    QStringList found;
    for (const HubSpotRecord &record : given) {
        const QString id = record.id.trimmed();
        if (records.contains(id))
            continue;
        if (!isRecordId(id)) {
            loaded.missing.append(record.id);
            continue;
        }
        records.insert(id, record);
        found.append(id);
    }
    if (found.isEmpty())
        return loaded;
    return complete(type, std::move(records), std::move(found), std::move(loaded), properties);
}

QString RecordLoader::scopeFor(const QString &workflowId, int version,
                               const QHash<HubSpotObject, QStringList> &properties)
{
    // The objects in a fixed order, each with its properties as listed (the order they are
    // asked in does not change what is read, but a stable text is all a key needs).
    QList<HubSpotObject> objects = properties.keys();
    std::sort(objects.begin(), objects.end(),
              [](HubSpotObject a, HubSpotObject b) { return int(a) < int(b); });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const HubSpotObject object : std::as_const(objects)) {
        QStringList names = properties.value(object);
        names.sort();
        hash.addData(QString::number(int(object)).toUtf8());
        hash.addData(QByteArrayView(":"));
        hash.addData(names.join(QLatin1Char(',')).toUtf8());
        hash.addData(QByteArrayView(";"));
    }
    return QStringLiteral("%1/%2/%3")
        .arg(workflowId)
        .arg(version)
        .arg(QString::fromLatin1(hash.result().toHex()));
}

ApiResult<RecordLoader::Loaded>
RecordLoader::complete(ObjectType type, QHash<QString, HubSpotRecord> records, QStringList found,
                       Loaded loaded, const QHash<HubSpotObject, QStringList> &properties)
{
    const HubSpotObject object = recordObject(type);

    // 2. Their associations, one batch per associated type.
    QStringList gone;
    ApiResult<AssociationsById> contacts =
        associationsOf(object, HubSpotObject::Contact, found, gone);
    if (!contacts)
        return contacts.error();
    ApiResult<AssociationsById> lines =
        associationsOf(object, HubSpotObject::LineItem, found, gone);
    if (!lines)
        return lines.error();
    AssociationsById deals;
    AssociationsById quotes;
    if (type == ObjectType::Quote || type == ObjectType::Payment) {
        ApiResult<AssociationsById> read = associationsOf(object, HubSpotObject::Deal, found, gone);
        if (!read)
            return read.error();
        deals = std::move(read).value();
    }
    if (type == ObjectType::Payment) {
        ApiResult<AssociationsById> read =
            associationsOf(object, HubSpotObject::Quote, found, gone);
        if (!read)
            return read.error();
        quotes = std::move(read).value();
    }
    if (!gone.isEmpty()) {
        for (const QString &id : std::as_const(found)) {
            if (gone.contains(id))
                loaded.missing.append(id);
        }
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&gone](const QString &id) { return gone.contains(id); }),
                    found.end());
    }

    // 3. The associated records: the chosen contact, deal and quote of each, every line item.
    QHash<QString, QStringList> contactCandidates;
    QHash<QString, QStringList> dealCandidates;
    QHash<QString, QStringList> quoteCandidates;
    QStringList lineIds;
    for (const QString &id : std::as_const(found)) {
        contactCandidates.insert(id, contactPreference(type, contacts->value(id)));
        dealCandidates.insert(id, sortedIds(deals.value(id)));
        quoteCandidates.insert(id, sortedIds(quotes.value(id)));
        lineIds += sortedIds(lines->value(id));
    }
    ApiResult<QHash<QString, HubSpotRecord>> chosenContacts =
        readFirstOf(HubSpotObject::Contact, found, contactCandidates,
                    propertiesOf(properties, HubSpotObject::Contact));
    if (!chosenContacts)
        return chosenContacts.error();
    ApiResult<QHash<QString, HubSpotRecord>> lineRecords = readAll(
        HubSpotObject::LineItem, lineIds, propertiesOf(properties, HubSpotObject::LineItem));
    if (!lineRecords)
        return lineRecords.error();
    QHash<QString, HubSpotRecord> chosenDeals;
    if (!deals.isEmpty()) {
        ApiResult<QHash<QString, HubSpotRecord>> read =
            readFirstOf(HubSpotObject::Deal, found, dealCandidates,
                        propertiesOf(properties, HubSpotObject::Deal));
        if (!read)
            return read.error();
        chosenDeals = std::move(read).value();
    }
    QHash<QString, HubSpotRecord> chosenQuotes;
    if (!quotes.isEmpty()) {
        ApiResult<QHash<QString, HubSpotRecord>> read =
            readFirstOf(HubSpotObject::Quote, found, quoteCandidates,
                        propertiesOf(properties, HubSpotObject::Quote));
        if (!read)
            return read.error();
        chosenQuotes = std::move(read).value();
    }

    for (const QString &id : std::as_const(found)) {
        RecordContext context;
        context.objectType = type;
        context.record = records.value(id);
        context.contactCount = int(sortedIds(contacts->value(id)).size());
        if (const auto contact = chosenContacts->constFind(id);
            contact != chosenContacts->constEnd())
            context.contact = contactFrom(contact.value());
        if (const auto deal = chosenDeals.constFind(id); deal != chosenDeals.constEnd())
            context.deal = deal.value();
        if (const auto quote = chosenQuotes.constFind(id); quote != chosenQuotes.constEnd())
            context.quote = quote.value();
        for (const QString &lineId : sortedIds(lines->value(id))) {
            const auto line = lineRecords->constFind(lineId);
            if (line != lineRecords->constEnd())
                context.lineItems.append(lineItemFrom(line.value()));
        }
        sortLineItems(context.lineItems);
        loaded.records.append(std::move(context));
    }
    return loaded;
}

ApiResult<RecordContext> RecordLoader::loadOne(ObjectType type, const QString &id,
                                               const QHash<HubSpotObject, QStringList> &properties)
{
    ApiResult<Loaded> loaded = load(type, {id}, properties);
    if (!loaded)
        return loaded.error();
    if (loaded->records.isEmpty()) {
        ApiError error;
        error.cls = ApiError::Class::Permanent;
        error.httpStatus = 404;
        error.code = NotFoundCode;
        //: %1 is "deal", "quote" or "payment", %2 its HubSpot id.
        error.reason = Tr::tr("HubSpot has no %1 %2; it may have been deleted.")
                           .arg(hubSpotObjectDisplayName(recordObject(type)), id.trimmed());
        error.detail =
            QStringLiteral("no such %1 %2").arg(hubSpotObjectPath(recordObject(type)), id);
        return error;
    }
    return std::move(loaded->records.first());
}

} // namespace bookflow
