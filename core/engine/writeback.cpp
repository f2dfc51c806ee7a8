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

    QJsonObject values{{idProperty(documentType), documentId}};
    if (!documentNumber.isEmpty())
        values.insert(numberProperty(documentType), documentNumber);

    const auto skipped = [&](Step step, const ApiError &error) {
        QString why;
        switch (step) {
        case Step::ReadProperties:
            why = Tr::tr("this HubSpot connection may not read the %1 properties.")
                      .arg(hubSpotObjectDisplayName(object));
            break;
        case Step::CreateProperties:
            why = Tr::tr("this HubSpot connection may not add the properties that hold them.");
            break;
        case Step::Update:
            why = Tr::tr("this HubSpot connection may not change that %1.")
                      .arg(hubSpotObjectDisplayName(object));
            break;
        }
        return Outcome{false, skippedNote(*document, object, recordId, why, error)};
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
        if (updated) {
            Outcome outcome;
            outcome.written = true;
            outcome.note =
                documentNumber.isEmpty()
                    ? Tr::tr("The QuickBooks %1 id %2 is stored on the HubSpot %3 %4.")
                          .arg(wordsFor(*document), documentId, hubSpotObjectDisplayName(object),
                               recordId)
                    : Tr::tr("The QuickBooks %1 number %2 (id %3) is stored on the HubSpot %4 %5.")
                          .arg(wordsFor(*document), documentNumber, documentId,
                               hubSpotObjectDisplayName(object), recordId);
            return outcome;
        }
        const ApiError &error = updated.error();
        if (isForbidden(error))
            return skipped(Step::Update, error);
        // HubSpot: a property that does not exist is a 400 VALIDATION_ERROR naming it
        // (PROPERTY_DOESNT_EXIST). Only suspect the list when it was not read just now.
        const bool ours = values.contains(error.element) ||
                          error.detail.contains(idProperty(documentType)) ||
                          error.detail.contains(numberProperty(documentType));
        *stale = error.httpStatus == 400 && ours && !listedNow;
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

} // namespace bookflow
