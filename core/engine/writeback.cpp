#include "core/engine/writeback.h"

#include "core/hubspot/hubspoterror.h"
#include "core/util/tr.h"

#include <QJsonObject>

#include <optional>

namespace bookflow {

namespace {

// The QuickBooks document types Bookflow creates (the workflow actions of PRODUCT.md §1).
enum class Document { Invoice, Estimate, SalesReceipt, RefundReceipt, Purchase };

std::optional<Document> documentOf(const QString &entity)
{
    static const struct
    {
        const char *entity;
        Document document;
    } known[] = {{"Invoice", Document::Invoice},
                 {"Estimate", Document::Estimate},
                 {"SalesReceipt", Document::SalesReceipt},
                 {"RefundReceipt", Document::RefundReceipt},
                 {"Purchase", Document::Purchase}};
    for (const auto &entry : known) {
        if (entity.compare(QLatin1String(entry.entity), Qt::CaseInsensitive) == 0)
            return entry.document;
    }
    return std::nullopt;
}

// The part of the property names after "bookflow_qbo_": the entity in lower case. HubSpot:
// custom property names are lower-case letters, digits and "_", and "hs_" is HubSpot's own.
QString stemOf(Document document)
{
    switch (document) {
    case Document::Invoice:
        return QStringLiteral("invoice");
    case Document::Estimate:
        return QStringLiteral("estimate");
    case Document::SalesReceipt:
        return QStringLiteral("salesreceipt");
    case Document::RefundReceipt:
        return QStringLiteral("refundreceipt");
    case Document::Purchase:
        return QStringLiteral("purchase");
    }
    return {};
}

// The document in a bookkeeper's words, for notes ("the QuickBooks invoice number …").
QString wordsFor(Document document)
{
    switch (document) {
    case Document::Invoice:
        return Tr::tr("invoice");
    case Document::Estimate:
        return Tr::tr("estimate");
    case Document::SalesReceipt:
        return Tr::tr("sales receipt");
    case Document::RefundReceipt:
        return Tr::tr("refund receipt");
    case Document::Purchase:
        return Tr::tr("expense");
    }
    return {};
}

// Whole labels rather than "QuickBooks %1 number", so that a translation can order its words.
// They are shown in HubSpot to everyone in the portal.
QString numberLabel(Document document)
{
    switch (document) {
    case Document::Invoice:
        return Tr::tr("QuickBooks invoice number");
    case Document::Estimate:
        return Tr::tr("QuickBooks estimate number");
    case Document::SalesReceipt:
        return Tr::tr("QuickBooks sales receipt number");
    case Document::RefundReceipt:
        return Tr::tr("QuickBooks refund receipt number");
    case Document::Purchase:
        return Tr::tr("QuickBooks expense number");
    }
    return {};
}

QString idLabel(Document document)
{
    switch (document) {
    case Document::Invoice:
        return Tr::tr("QuickBooks invoice id");
    case Document::Estimate:
        return Tr::tr("QuickBooks estimate id");
    case Document::SalesReceipt:
        return Tr::tr("QuickBooks sales receipt id");
    case Document::RefundReceipt:
        return Tr::tr("QuickBooks refund receipt id");
    case Document::Purchase:
        return Tr::tr("QuickBooks expense id");
    }
    return {};
}

HubSpotProperty textProperty(const QString &name, const QString &label, const QString &description)
{
    HubSpotProperty property;
    property.name = name;
    property.label = label;
    // HubSpot's type/fieldType pairs (D-PROPS): a single-line text is string/text.
    property.type = QStringLiteral("string");
    property.fieldType = QStringLiteral("text");
    property.groupName = WriteBack::groupName();
    property.description = description;
    return property;
}

bool isForbidden(const ApiError &error)
{
    // HubSpot: 403 = the token lacks a scope (hubspot.md §2.7).
    return error.httpStatus == 403;
}

QString skippedNote(Document document, HubSpotObject object, const QString &recordId,
                    const QString &why, const ApiError &error)
{
    return Tr::tr("The QuickBooks %1 number and id were not stored on the HubSpot %2 %3: %4 "
                  "The %1 in QuickBooks is not affected. %5")
        .arg(wordsFor(document), hubSpotObjectDisplayName(object), recordId, why, error.reason);
}

} // namespace

WriteBack::WriteBack(HubSpotClient &client) : m_client(client)
{
}

QString WriteBack::groupName()
{
    return QStringLiteral("bookflow");
}

QString WriteBack::numberProperty(const QString &documentType)
{
    const std::optional<Document> document = documentOf(documentType);
    if (!document)
        return {};
    return QStringLiteral("bookflow_qbo_%1_number").arg(stemOf(*document));
}

QString WriteBack::idProperty(const QString &documentType)
{
    const std::optional<Document> document = documentOf(documentType);
    if (!document)
        return {};
    return QStringLiteral("bookflow_qbo_%1_id").arg(stemOf(*document));
}

QVector<HubSpotProperty> WriteBack::propertyDefinitions(const QString &documentType)
{
    const std::optional<Document> document = documentOf(documentType);
    if (!document)
        return {};
    const QString words = wordsFor(*document);
    return {textProperty(numberProperty(documentType), numberLabel(*document),
                         Tr::tr("The number of the QuickBooks %1 that Bookflow created for this "
                                "record.")
                             .arg(words)),
            textProperty(idProperty(documentType), idLabel(*document),
                         Tr::tr("The id of the QuickBooks %1 that Bookflow created for this "
                                "record; it identifies the %1 in QuickBooks.")
                             .arg(words))};
}

ApiStatus WriteBack::ensureProperties(HubSpotObject object, const QString &documentType,
                                      bool *listedNow, Step *step)
{
    Schema &schema = m_schemas[object];
    *listedNow = false;
    if (!schema.listed) {
        *step = Step::ReadProperties;
        const ApiResult<QVector<HubSpotProperty>> properties = m_client.properties(object);
        if (!properties)
            return properties.error();
        for (const HubSpotProperty &property : properties.value()) {
            if (property.groupName == groupName())
                schema.groupExists = true;
            if (property.name.startsWith(QLatin1String("bookflow_")))
                schema.names.insert(property.name);
        }
        schema.listed = true;
        *listedNow = true;
    }

    const QVector<HubSpotProperty> wanted = propertyDefinitions(documentType);
    *step = Step::CreateProperties;
    for (const HubSpotProperty &property : wanted) {
        if (schema.names.contains(property.name))
            continue;
        // The list shows groups only through their properties: an empty "bookflow" group (made
        // by a machine that then stopped) is not seen, and creating it again answers 409, which
        // the client counts as success.
        if (!schema.groupExists) {
            // The label is the product's name, the same in every language.
            const ApiStatus group =
                m_client.createPropertyGroup(object, groupName(), QStringLiteral("Bookflow"));
            if (!group)
                return group;
            schema.groupExists = true;
        }
        const ApiStatus created = m_client.createProperty(object, property);
        if (!created)
            return created;
        schema.names.insert(property.name);
    }
    return ApiStatus::success();
}

namespace {

QString writtenNote(Document document, HubSpotObject object, const QString &recordId,
                    const QString &documentId, const QString &documentNumber)
{
    return documentNumber.isEmpty()
               ? Tr::tr("The QuickBooks %1 id %2 is stored on the HubSpot %3 %4.")
                     .arg(wordsFor(document), documentId, hubSpotObjectDisplayName(object),
                          recordId)
               : Tr::tr("The QuickBooks %1 number %2 (id %3) is stored on the HubSpot %4 %5.")
                     .arg(wordsFor(document), documentNumber, documentId,
                          hubSpotObjectDisplayName(object), recordId);
}

QJsonObject valuesFor(const QString &documentType, const QString &documentId,
                      const QString &documentNumber)
{
    QJsonObject values{{WriteBack::idProperty(documentType), documentId}};
    if (!documentNumber.isEmpty())
        values.insert(WriteBack::numberProperty(documentType), documentNumber);
    return values;
}

// Whether HubSpot refused one of `values`' properties as not existing: a 400
// VALIDATION_ERROR naming it (PROPERTY_DOESNT_EXIST).
bool refusesOurProperty(const ApiError &error, const QJsonObject &values)
{
    if (error.httpStatus != 400)
        return false;
    if (values.contains(error.element))
        return true;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (error.detail.contains(it.key()))
            return true;
    }
    return false;
}

} // namespace

QString WriteBack::whyRefused(Step step, HubSpotObject object)
{
    switch (step) {
    case Step::ReadProperties:
        return Tr::tr("this HubSpot connection may not read the %1 properties.")
            .arg(hubSpotObjectDisplayName(object));
    case Step::CreateProperties:
        return Tr::tr("this HubSpot connection may not add the properties that hold them.");
    case Step::Update:
        break;
    }
    return Tr::tr("this HubSpot connection may not change that %1.")
        .arg(hubSpotObjectDisplayName(object));
}

ApiResult<WriteBack::Outcome> WriteBack::write(HubSpotObject object, const QString &recordId,
                                               const QString &documentType,
                                               const QString &documentId,
                                               const QString &documentNumber)
{
    const std::optional<Document> document = documentOf(documentType);
    if (!document)
        return HubSpotError::refusedBeforeSending(
            Tr::tr("Bookflow does not store QuickBooks documents of type \"%1\" on HubSpot "
                   "records.")
                .arg(documentType));
    if (documentId.isEmpty())
        return HubSpotError::refusedBeforeSending(
            Tr::tr("There is no QuickBooks %1 id to store on the HubSpot %2 %3.")
                .arg(wordsFor(*document), hubSpotObjectDisplayName(object), recordId));

    const QJsonObject values = valuesFor(documentType, documentId, documentNumber);
    const auto skipped = [&](Step step, const ApiError &error) {
        return Outcome{false,
                       skippedNote(*document, object, recordId, whyRefused(step, object), error)};
    };

    // `stale`: HubSpot refused one of Bookflow's properties although the list said it exists,
    // i.e. it was deleted in HubSpot since this WriteBack read the list.
    const auto once = [&](bool *stale) -> ApiResult<Outcome> {
        *stale = false;
        bool listedNow = false;
        Step step = Step::ReadProperties;
        const ApiStatus ready = ensureProperties(object, documentType, &listedNow, &step);
        if (!ready) {
            if (isForbidden(ready.error()))
                return skipped(step, ready.error());
            return ready.error();
        }

        const ApiResult<HubSpotRecord> updated = m_client.update(object, recordId, values);
        if (updated)
            return Outcome{true,
                           writtenNote(*document, object, recordId, documentId, documentNumber)};
        const ApiError &error = updated.error();
        if (isForbidden(error))
            return skipped(Step::Update, error);
        // Only suspect the list when it was not read just now.
        *stale = refusesOurProperty(error, values) && !listedNow;
        return error;
    };

    bool stale = false;
    ApiResult<Outcome> result = once(&stale);
    if (!stale)
        return result;
    // Once more with a fresh list, which creates what is missing; a second refusal stands.
    m_schemas.remove(object);
    return once(&stale);
}

// One record of a batch: the merged properties of its documents and which documents they are.
struct WriteBack::Prepared
{
    QString recordId;
    QJsonObject values;
    QVector<int> documents; // indexes into writeMany()'s `documents`
};

QVector<ApiResult<WriteBack::Outcome>> WriteBack::writeMany(const QVector<Item> &documents)
{
    // Every slot is filled below; the placeholder is never returned.
    QVector<ApiResult<Outcome>> outcomes(documents.size(), ApiResult<Outcome>(Outcome{}));

    // Per object type, in the order first seen: its records, each once.
    QVector<HubSpotObject> objects;
    QHash<HubSpotObject, QVector<Prepared>> byObject;
    QHash<HubSpotObject, QHash<QString, int>> recordIndex;
    for (int i = 0; i < documents.size(); ++i) {
        const Item &doc = documents.at(i);
        const std::optional<Document> kind = documentOf(doc.documentType);
        if (!kind) {
            outcomes[i] = HubSpotError::refusedBeforeSending(
                Tr::tr("Bookflow does not store QuickBooks documents of type \"%1\" on HubSpot "
                       "records.")
                    .arg(doc.documentType));
            continue;
        }
        if (doc.documentId.isEmpty()) {
            outcomes[i] = HubSpotError::refusedBeforeSending(
                Tr::tr("There is no QuickBooks %1 id to store on the HubSpot %2 %3.")
                    .arg(wordsFor(*kind), hubSpotObjectDisplayName(doc.object), doc.recordId));
            continue;
        }
        if (!byObject.contains(doc.object))
            objects.append(doc.object);
        QVector<Prepared> &records = byObject[doc.object];
        QHash<QString, int> &index = recordIndex[doc.object];
        const QString key = doc.recordId.trimmed();
        int at = index.value(key, -1);
        if (at < 0) {
            at = int(records.size());
            index.insert(key, at);
            records.append(Prepared{doc.recordId, {}, {}});
        }
        const QJsonObject values = valuesFor(doc.documentType, doc.documentId, doc.documentNumber);
        for (auto it = values.begin(); it != values.end(); ++it)
            records[at].values.insert(it.key(), it.value());
        records[at].documents.append(i);
    }

    for (const HubSpotObject object : std::as_const(objects)) {
        QVector<Prepared> records = byObject.value(object);
        // The properties of every document type going to this object, before any update.
        bool listedNow = false;
        QSet<QString> types;
        for (const Prepared &record : std::as_const(records)) {
            for (const int i : record.documents)
                types.insert(documents.at(i).documentType.toLower());
        }
        QSet<QString> refusedTypes;
        for (const QString &type : std::as_const(types)) {
            bool listed = false;
            Step step = Step::ReadProperties;
            const ApiStatus ready = ensureProperties(object, type, &listed, &step);
            listedNow = listedNow || listed;
            if (ready)
                continue;
            refusedTypes.insert(type);
            for (const Prepared &record : std::as_const(records)) {
                for (const int i : record.documents) {
                    const Item &doc = documents.at(i);
                    if (doc.documentType.toLower() != type)
                        continue;
                    outcomes[i] =
                        isForbidden(ready.error())
                            ? ApiResult<Outcome>(
                                  Outcome{false, skippedNote(*documentOf(doc.documentType), object,
                                                             doc.recordId, whyRefused(step, object),
                                                             ready.error())})
                            : ApiResult<Outcome>(ready.error());
                }
            }
        }
        // A record whose every document was refused above is not sent; one with another
        // document type still goes with that type's properties only.
        QVector<Prepared> sendable;
        for (Prepared record : std::as_const(records)) {
            QVector<int> kept;
            QJsonObject values;
            for (const int i : std::as_const(record.documents)) {
                const Item &doc = documents.at(i);
                if (refusedTypes.contains(doc.documentType.toLower()))
                    continue;
                kept.append(i);
                const QJsonObject own =
                    valuesFor(doc.documentType, doc.documentId, doc.documentNumber);
                for (auto it = own.begin(); it != own.end(); ++it)
                    values.insert(it.key(), it.value());
            }
            if (kept.isEmpty())
                continue;
            record.documents = kept;
            record.values = values;
            sendable.append(record);
        }
        for (qsizetype from = 0; from < sendable.size(); from += HubSpotClient::MaxBatchInputs) {
            QVector<int> chunk;
            for (qsizetype k = from;
                 k < qMin(sendable.size(), from + qsizetype(HubSpotClient::MaxBatchInputs)); ++k)
                chunk.append(int(k));
            sendBatch(object, documents, chunk, sendable, listedNow, outcomes);
        }
    }
    return outcomes;
}

void WriteBack::sendBatch(HubSpotObject object, const QVector<Item> &documents,
                          const QVector<int> &records, const QVector<Prepared> &prepared,
                          bool listedNow, QVector<ApiResult<Outcome>> &outcomes)
{
    QVector<HubSpotRecordUpdate> updates;
    QJsonObject allValues;
    for (const int r : records) {
        updates.append({prepared.at(r).recordId, prepared.at(r).values});
        for (auto it = prepared.at(r).values.begin(); it != prepared.at(r).values.end(); ++it)
            allValues.insert(it.key(), it.value());
    }
    ApiResult<HubSpotBatchResult> answer = m_client.batchUpdate(object, updates);
    if (!answer && refusesOurProperty(answer.error(), allValues) && !listedNow) {
        // A property deleted in HubSpot since the list was read: read it again (which creates
        // what is missing) and send once more; a second refusal stands.
        m_schemas.remove(object);
        QSet<QString> types;
        for (const int r : records) {
            for (const int i : prepared.at(r).documents)
                types.insert(documents.at(i).documentType.toLower());
        }
        std::optional<ApiError> failed;
        Step step = Step::ReadProperties;
        for (const QString &type : std::as_const(types)) {
            bool listed = false;
            const ApiStatus ready = ensureProperties(object, type, &listed, &step);
            if (!ready) {
                failed = ready.error();
                break;
            }
        }
        if (failed) {
            for (const int r : records) {
                for (const int i : prepared.at(r).documents) {
                    const Item &doc = documents.at(i);
                    outcomes[i] = isForbidden(*failed)
                                      ? ApiResult<Outcome>(Outcome{
                                            false, skippedNote(*documentOf(doc.documentType),
                                                               object, doc.recordId,
                                                               whyRefused(step, object), *failed)})
                                      : ApiResult<Outcome>(*failed);
                }
            }
            return;
        }
        answer = m_client.batchUpdate(object, updates);
    }
    for (const int r : records) {
        const Prepared &record = prepared.at(r);
        std::optional<ApiError> error;
        if (!answer)
            error = answer.error();
        else if (const auto found = answer->errors.constFind(record.recordId.trimmed());
                 found != answer->errors.constEnd())
            error = found.value();
        for (const int i : record.documents) {
            const Item &doc = documents.at(i);
            const Document kind = *documentOf(doc.documentType);
            if (!error)
                outcomes[i] = Outcome{true, writtenNote(kind, object, doc.recordId, doc.documentId,
                                                        doc.documentNumber)};
            else if (isForbidden(*error))
                outcomes[i] = Outcome{false, skippedNote(kind, object, doc.recordId,
                                                         whyRefused(Step::Update, object), *error)};
            else
                outcomes[i] = *error;
        }
    }
}

} // namespace bookflow
