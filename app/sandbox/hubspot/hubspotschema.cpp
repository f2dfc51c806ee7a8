// The HubSpot portal's schema: object types, their HubSpot-defined properties and groups, the
// association types with their real ids, and the small helpers (dates, money, error envelope)
// the rest of the HubSpot half shares.
#include "app/sandbox/hubspot/hubspotstate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace bookflow::sandbox::hubspot {

// ---------------------------------------------------------------------------------------------
// Helpers

QString propTypeName(PropType type)
{
    switch (type) {
    case PropType::String:
        return QStringLiteral("string");
    case PropType::Number:
        return QStringLiteral("number");
    case PropType::Date:
        return QStringLiteral("date");
    case PropType::DateTime:
        return QStringLiteral("datetime");
    case PropType::Enumeration:
        return QStringLiteral("enumeration");
    case PropType::Bool:
        return QStringLiteral("bool");
    }
    return QStringLiteral("string");
}

bool propTypeFromName(const QString &name, PropType *type)
{
    static const QHash<QString, PropType> names = {
        {QStringLiteral("string"), PropType::String},
        {QStringLiteral("number"), PropType::Number},
        {QStringLiteral("date"), PropType::Date},
        {QStringLiteral("datetime"), PropType::DateTime},
        {QStringLiteral("enumeration"), PropType::Enumeration},
        {QStringLiteral("bool"), PropType::Bool},
    };
    const auto it = names.constFind(name);
    if (it == names.constEnd())
        return false;
    *type = it.value();
    return true;
}

QString isoMillis(qint64 ms)
{
    // D-PROPS: datetime values read back as ISO 8601 with milliseconds and Z.
    // Qt::UTC (not QTimeZone::utc(), which 6.4 prints as +00:00).
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool parseDateTimeMs(const QString &input, qint64 *ms)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return false;
    static const QRegularExpression epoch(QStringLiteral("^-?\\d{1,16}$"));
    if (epoch.match(text).hasMatch()) {
        bool ok = false;
        *ms = text.toLongLong(&ok);
        return ok;
    }
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return false;
        *ms = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return true;
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return false;
    // No zone in the text: HubSpot values are UTC (D-PROPS "must be represented in UTC").
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!zone.match(text).hasMatch())
        when = QDateTime(when.date(), when.time(), QTimeZone::utc());
    *ms = when.toMSecsSinceEpoch();
    return true;
}

bool parseDateDay(const QString &input, QString *day, QString *error)
{
    const QString text = input.trimmed();
    qint64 ms = 0;
    if (!parseDateTimeMs(text, &ms)) {
        *error = QStringLiteral("%1 is not a valid date").arg(text);
        return false;
    }
    // A date is midnight UTC; anything else is refused (hubspot-verified.md §6, INVALID_DATE).
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    if (when.time() != QTime(0, 0)) {
        *error = QStringLiteral("%1 is at %2 UTC, not midnight!")
                     .arg(text, when.time().toString(QStringLiteral("H:m:s.zzz")));
        return false;
    }
    *day = when.date().toString(Qt::ISODate);
    return true;
}

qint64 dayToMs(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid())
        return 0;
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject errorBody(const QString &category, const QString &message, const QJsonObject &context)
{
    // HubSpot's error envelope (hubspot.md §2.7).
    QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("error")},
        {QStringLiteral("message"), message},
        {QStringLiteral("correlationId"), newCorrelationId()},
        {QStringLiteral("category"), category},
    };
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    return body;
}

SandboxReply jsonReply(int status, const QJsonObject &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.contentType = "application/json;charset=utf-8";
    return reply;
}

SandboxReply errorReply(int status, const QString &category, const QString &message,
                        const QJsonObject &context)
{
    return jsonReply(status, errorBody(category, message, context));
}

bool parseMicros(const QString &input, qint64 *micros)
{
    static const QRegularExpression decimal(QStringLiteral("^([+-]?)(\\d{0,12})(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch match = decimal.match(input.trimmed());
    if (!match.hasMatch())
        return false;
    const QString whole = match.captured(2);
    QString fraction = match.captured(3);
    if (whole.isEmpty() && fraction.isEmpty())
        return false;
    // Six decimals are plenty for money, quantities and percentages; more are rounded.
    bool roundUp = fraction.size() > 6 && fraction.at(6) >= QLatin1Char('5');
    fraction = fraction.left(6).leftJustified(6, QLatin1Char('0'));
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    value = value * 1000000 + fraction.toLongLong() + (roundUp ? 1 : 0);
    *micros = match.captured(1) == QLatin1String("-") ? -value : value;
    return true;
}

QString formatCents(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 roundDiv(__int128 numerator, __int128 denominator)
{
    // Half away from zero, like a bookkeeper.
    const __int128 half = denominator / 2;
    const __int128 q =
        numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
    return qint64(q);
}

qint64 roundMicrosToCents(__int128 micros)
{
    return roundDiv(micros, 10000);
}

QString jsonScalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && qAbs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    default:
        return QString();
    }
}

// ---------------------------------------------------------------------------------------------
// Association types: the v4 guide's tables (hubspot.md §2.5). The v3 names follow HubSpot's
// "<from>_to_<to>" pattern; the signer label is what /labels answers for 702
// (hubspot-verified.md §3 and captures of quote_to_contact_signer).

const QVector<AssocDef> &assocDefs()
{
    static const QVector<AssocDef> defs = [] {
        QVector<AssocDef> list;
        const auto pair = [&list](TypeIndex a, TypeIndex b, int ab, int ba, const char *abName,
                                  const char *baName, const char *label = nullptr,
                                  bool isDefault = true) {
            const QString text = label ? QString::fromLatin1(label) : QString();
            list.append({a, b, ab, ba, QString::fromLatin1(abName), text, isDefault});
            list.append({b, a, ba, ab, QString::fromLatin1(baName), text, isDefault});
        };
        pair(Deals, Contacts, 3, 4, "deal_to_contact", "contact_to_deal");
        pair(Deals, LineItems, 19, 20, "deal_to_line_item", "line_item_to_deal");
        pair(Deals, Quotes, 63, 64, "deal_to_quote", "quote_to_deal");
        pair(Quotes, LineItems, 67, 68, "quote_to_line_item", "line_item_to_quote");
        pair(Quotes, Contacts, 69, 70, "quote_to_contact", "contact_to_quote");
        pair(Quotes, Contacts, 702, 703, "quote_to_contact_signer", "contact_to_quote_signer",
             "Contact Signer", false);
        pair(Payments, Contacts, 387, 388, "commerce_payment_to_contact",
             "contact_to_commerce_payment");
        pair(Payments, Deals, 391, 392, "commerce_payment_to_deal", "deal_to_commerce_payment");
        pair(Payments, LineItems, 395, 396, "commerce_payment_to_line_item",
             "line_item_to_commerce_payment");
        pair(Payments, Quotes, 397, 398, "commerce_payment_to_quote", "quote_to_commerce_payment");
        pair(Payments, Invoices, 542, 541, "commerce_payment_to_invoice",
             "invoice_to_commerce_payment");
        pair(Invoices, Deals, 175, 176, "invoice_to_deal", "deal_to_invoice");
        pair(Invoices, Contacts, 177, 178, "invoice_to_contact", "contact_to_invoice");
        pair(Invoices, Quotes, 407, 408, "invoice_to_quote", "quote_to_invoice");
        pair(Invoices, LineItems, 409, 410, "invoice_to_line_item", "line_item_to_invoice");
        return list;
    }();
    return defs;
}

const AssocDef *assocDef(int typeId)
{
    for (const AssocDef &def : assocDefs()) {
        if (def.typeId == typeId)
            return &def;
    }
    return nullptr;
}

const AssocDef *defaultAssoc(TypeIndex from, TypeIndex to)
{
    for (const AssocDef &def : assocDefs()) {
        if (def.from == from && def.to == to && def.isDefault)
            return &def;
    }
    return nullptr;
}

} // namespace bookflow::sandbox::hubspot

namespace bookflow::sandbox {

using namespace hubspot;

namespace {

QVector<PropertyOption>
optionList(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QVector<PropertyOption> result;
    int order = 0;
    for (const auto &[label, value] : list)
        result.append({QString::fromUtf8(label), QString::fromUtf8(value), order++, false});
    return result;
}

QVector<PropertyOption> boolOptions()
{
    // Bool properties carry true/false options in the properties API.
    return optionList({{"Yes", "true"}, {"No", "false"}});
}

struct PropSpec
{
    const char *name;
    const char *label;
    PropType type;
    const char *description;
    bool readOnly = false;
    QVector<PropertyOption> opts = {};
    bool calculated = false;
};

QString defaultFieldType(PropType type, const QString &name)
{
    switch (type) {
    case PropType::Number:
        return QStringLiteral("number");
    case PropType::Date:
    case PropType::DateTime:
        return QStringLiteral("date");
    case PropType::Enumeration:
        return QStringLiteral("select");
    case PropType::Bool:
        return QStringLiteral("booleancheckbox");
    case PropType::String:
        if (name == QLatin1String("description"))
            return QStringLiteral("textarea");
        if (name == QLatin1String("phone"))
            return QStringLiteral("phonenumber");
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

void addProps(ObjectType &type, const QString &group, const QVector<PropSpec> &specs)
{
    int order = 0;
    for (const PropSpec &spec : specs) {
        PropertyDef def;
        def.name = QString::fromLatin1(spec.name);
        def.label = QString::fromUtf8(spec.label);
        def.type = spec.type;
        def.fieldType = defaultFieldType(spec.type, def.name);
        def.groupName = group;
        def.description = QString::fromUtf8(spec.description);
        def.options = spec.type == PropType::Bool ? boolOptions() : spec.opts;
        def.readOnlyValue = spec.readOnly;
        def.calculated = spec.calculated;
        def.displayOrder = order++;
        def.formField = !spec.readOnly;
        type.addProperty(def);
    }
}

} // namespace

void HubSpotService::Private::initSchema()
{
    const auto setup = [this](TypeIndex index, const char *name, const char *typeId,
                              const char *singular, const char *upper, const char *key,
                              QStringList aliases, const char *created, const char *modified) {
        ObjectType &t = types[index];
        t = ObjectType();
        t.index = index;
        t.name = QString::fromLatin1(name);
        t.typeId = QString::fromLatin1(typeId);
        t.singular = QString::fromLatin1(singular);
        t.upperName = QString::fromLatin1(upper);
        t.assocKey = QString::fromLatin1(key);
        t.aliases = aliases << t.name << t.typeId << t.singular;
        t.createdProp = QString::fromLatin1(created);
        t.modifiedProp = QString::fromLatin1(modified);
        return &t;
    };
    using P = PropType;

    // Contacts (0-1). Contacts keep `lastmodifieddate`, not hs_lastmodifieddate (contact-get
    // fixture; D-SEARCH sorts contacts on lastmodifieddate).
    ObjectType *t = setup(Contacts, "contacts", "0-1", "contact", "CONTACT", "contacts", {},
                          "createdate", "lastmodifieddate");
    t->groups = {
        {QStringLiteral("contactinformation"), QStringLiteral("Contact information"), 0, true}};
    addProps(*t, QStringLiteral("contactinformation"),
             {{"firstname", "First Name", P::String, "A contact's first name"},
              {"lastname", "Last Name", P::String, "A contact's last name"},
              {"email", "Email", P::String, "A contact's email address"},
              {"phone", "Phone Number", P::String, "A contact's primary phone number"},
              {"company", "Company Name", P::String, "Name of the contact's company"},
              {"address", "Street Address", P::String, "Contact's street address"},
              {"city", "City", P::String, "A contact's city of residence"},
              {"state", "State/Region", P::String, "The contact's state of residence"},
              {"zip", "Postal Code", P::String, "Contact's zip code"},
              {"country", "Country/Region", P::String, "The contact's country/region of residence"},
              {"lifecyclestage", "Lifecycle Stage", P::Enumeration,
               "The qualification of contacts to sales readiness", false,
               optionList({{"Subscriber", "subscriber"},
                           {"Lead", "lead"},
                           {"Marketing Qualified Lead", "marketingqualifiedlead"},
                           {"Sales Qualified Lead", "salesqualifiedlead"},
                           {"Opportunity", "opportunity"},
                           {"Customer", "customer"},
                           {"Evangelist", "evangelist"},
                           {"Other", "other"}})},
              {"hubspot_owner_id", "Contact owner", P::Enumeration, "The owner of a contact", false,
               optionList({{"Alex Rivera", "910901"}, {"Jordan Lee", "910902"}})},
              {"createdate", "Create Date", P::DateTime,
               "The date that a contact entered the system", true},
              {"lastmodifieddate", "Last Modified Date", P::DateTime,
               "Most recent timestamp of any property update for a contact", true},
              {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("firstname"), QStringLiteral("lastname"),
                       QStringLiteral("email")};
    t->searchableProps = {QStringLiteral("firstname"), QStringLiteral("lastname"),
                          QStringLiteral("email"), QStringLiteral("phone"),
                          QStringLiteral("company")};

    // Deals (0-3).
    t = setup(Deals, "deals", "0-3", "deal", "DEAL", "deals", {}, "createdate",
              "hs_lastmodifieddate");
    t->groups = {{QStringLiteral("dealinformation"), QStringLiteral("Deal information"), 0, true}};
    addProps(*t, QStringLiteral("dealinformation"),
             {{"dealname", "Deal Name", P::String, "The name given to this deal."},
              {"amount", "Amount", P::Number, "The total amount of the deal"},
              {"dealstage", "Deal Stage", P::Enumeration,
               "The stage of the deal. Deal stages allow you to categorize and track the progress "
               "of the deals that you are working on.",
               false,
               optionList({{"Appointment Scheduled", "appointmentscheduled"},
                           {"Qualified To Buy", "qualifiedtobuy"},
                           {"Presentation Scheduled", "presentationscheduled"},
                           {"Decision Maker Bought-In", "decisionmakerboughtin"},
                           {"Contract Sent", "contractsent"},
                           {"Closed Won", "closedwon"},
                           {"Closed Lost", "closedlost"}})},
              {"pipeline", "Pipeline", P::Enumeration,
               "The pipeline the deal is in. This determines which stages are options for the "
               "deal.",
               false, optionList({{"Sales Pipeline", "default"}})},
              {"closedate", "Close Date", P::DateTime,
               "Date the deal was closed. Set automatically by HubSpot."},
              {"description", "Deal Description", P::String, "Description of the deal"},
              {"hubspot_owner_id", "Deal owner", P::Enumeration, "User the deal is assigned to.",
               false, optionList({{"Alex Rivera", "910901"}, {"Jordan Lee", "910902"}})},
              {"deal_currency_code", "Currency", P::String, "Currency code for the deal."},
              {"createdate", "Create Date", P::DateTime,
               "Date the deal was created. This property is set automatically by HubSpot.", true},
              {"hs_lastmodifieddate", "Last Modified Date", P::DateTime,
               "Most recent timestamp of any property update for this deal.", true},
              {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("dealname"),
                       QStringLiteral("amount"),
                       QStringLiteral("closedate"),
                       QStringLiteral("pipeline"),
                       QStringLiteral("dealstage"),
                       QStringLiteral("createdate"),
                       QStringLiteral("hs_lastmodifieddate"),
                       QStringLiteral("hs_object_id")};
    // D-SEARCH "default searchable properties" (those this portal has).
    t->searchableProps = {QStringLiteral("dealname"), QStringLiteral("pipeline"),
                          QStringLiteral("dealstage"), QStringLiteral("description")};

    // Quotes (0-14). Property names: hubspot.md §2.6; e-sign: hubspot-verified.md §3.
    t = setup(Quotes, "quotes", "0-14", "quote", "QUOTE", "quotes", {}, "hs_createdate",
              "hs_lastmodifieddate");
    t->groups = {
        {QStringLiteral("quoteinformation"), QStringLiteral("Quote information"), 0, true}};
    addProps(
        *t, QStringLiteral("quoteinformation"),
        {{"hs_title", "Quote Name", P::String, "The title of this quote"},
         {"hs_status", "Quote approval status", P::Enumeration, "The approval status of the quote",
          false,
          optionList({{"Draft", "DRAFT"},
                      {"Approval not needed", "APPROVAL_NOT_NEEDED"},
                      {"Pending approval", "PENDING_APPROVAL"},
                      {"Approved", "APPROVED"},
                      {"Rejected", "REJECTED"}})},
         {"hs_expiration_date", "Expiration date", P::Date, "The date this quote expires"},
         {"hs_quote_amount", "Quote amount", P::Number,
          "The total due for this quote, including discounts, fees and taxes", true},
         {"hs_quote_number", "Quote number", P::String, "The unique number of the quote", true},
         {"hs_currency", "Currency", P::String, "The currency of the quote"},
         {"hs_esign_enabled", "Enable e-signatures", P::Bool,
          "Whether the buyer signs the quote electronically"},
         {"hs_esign_num_signers_required", "Esign required signatures", P::Number,
          "Total number of signers required for this quote to be fully signed", true},
         {"hs_esign_num_signers_completed", "Esign completed signatures", P::Number,
          "Number of completed signatures collected so far", true},
         {"hs_esign_date", "Esign date", P::DateTime,
          "The date and time the document was signed by all signers", true},
         {"hs_sign_status", "Sign status", P::String, "E-signature status of the quote", true},
         {"hs_quote_esign_status", "Quote e-sign status", P::Enumeration,
          "Where the quote's e-signature process stands", true,
          optionList({{"Pending signature", "PENDING_SIGNATURE"}, {"Signed", "SIGNED"}})},
         {"hs_payment_enabled", "Payment enabled", P::Bool,
          "Whether the buyer can pay the quote online"},
         {"hs_payment_status", "Payment status", P::Enumeration,
          "The status of the quote's payment", true,
          optionList({{"Pending", "PENDING"}, {"Processing", "PROCESSING"}, {"Paid", "PAID"}})},
         {"hs_payment_date", "Payment date", P::DateTime, "The date the quote was paid", true},
         {"hs_quote_link", "Quote link", P::String, "The public link to the quote", true},
         {"hs_public_url_key", "Public URL key", P::String, "The key of the quote's public URL",
          true},
         {"hs_locked", "Locked", P::Bool, "Whether the quote can still be edited", true},
         {"hs_createdate", "Create date", P::DateTime, "The date the quote was created", true},
         {"hs_lastmodifieddate", "Last modified date", P::DateTime,
          "Most recent timestamp of any property update for this quote", true},
         {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("hs_expiration_date"), QStringLiteral("hs_public_url_key"),
                       QStringLiteral("hs_status"),          QStringLiteral("hs_title"),
                       QStringLiteral("hs_createdate"),      QStringLiteral("hs_lastmodifieddate"),
                       QStringLiteral("hs_object_id")};
    t->searchableProps = {QStringLiteral("hs_title"), QStringLiteral("hs_quote_number"),
                          QStringLiteral("hs_public_url_key")};

    // Line items (0-8). Tax: hubspot-verified.md §5.
    t = setup(
        LineItems, "line_items", "0-8", "line_item", "LINE_ITEM", "line items",
        {QStringLiteral("line_item"), QStringLiteral("lineitems"), QStringLiteral("line items")},
        "createdate", "hs_lastmodifieddate");
    t->groups = {
        {QStringLiteral("lineiteminformation"), QStringLiteral("Line item information"), 0, true}};
    addProps(
        *t, QStringLiteral("lineiteminformation"),
        {{"name", "Name", P::String, "Product name"},
         {"description", "Description", P::String, "Full description of product"},
         {"hs_sku", "SKU", P::String, "Unique product identifier"},
         {"quantity", "Quantity", P::Number, "How many units of a product are in this line item"},
         {"price", "Unit price", P::Number, "Cost of product"},
         {"amount",
          "Net price",
          P::Number,
          "The amount of a line item after discounts (quantity × unit price − discount)",
          true,
          {},
          true},
         {"hs_discount_percentage", "Discount Percentage", P::Number,
          "The discount percentage applied to this line item"},
         {"hs_product_id", "Product ID", P::Number,
          "ID of the product this line item was copied from"},
         {"hs_line_item_currency_code", "Currency", P::String, "Currency code for the line item"},
         {"hs_tax_rate_group_id", "Tax rate", P::String,
          "The ID of the tax rate (from the tax rate library) applied to this line item"},
         {"hs_tax_rate",
          "Tax rate (%)",
          P::Number,
          "The tax percentage of the tax rate",
          true,
          {},
          true},
         {"hs_tax_label", "Tax label", P::String, "The label of the tax rate", true, {}, true},
         {"hs_tax_amount",
          "Tax amount",
          P::Number,
          "The tax owed on this line item",
          true,
          {},
          true},
         {"hs_post_tax_amount",
          "Net price after tax",
          P::Number,
          "The amount of the line item including tax",
          true,
          {},
          true},
         {"createdate", "Create Date", P::DateTime, "The date the line item was created", true},
         {"hs_lastmodifieddate", "Last Modified Date", P::DateTime,
          "Most recent timestamp of any property update for this line item", true},
         {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("quantity"),
                       QStringLiteral("amount"),
                       QStringLiteral("price"),
                       QStringLiteral("createdate"),
                       QStringLiteral("hs_lastmodifieddate"),
                       QStringLiteral("hs_object_id")};
    t->searchableProps = {QStringLiteral("name"), QStringLiteral("hs_sku")};

    // Products (0-7).
    t = setup(Products, "products", "0-7", "product", "PRODUCT", "products", {}, "createdate",
              "hs_lastmodifieddate");
    t->groups = {
        {QStringLiteral("productinformation"), QStringLiteral("Product information"), 0, true}};
    addProps(*t, QStringLiteral("productinformation"),
             {{"name", "Name", P::String, "Product name"},
              {"description", "Description", P::String, "Full description of product"},
              {"price", "Unit price", P::Number, "Cost of product"},
              {"hs_sku", "SKU", P::String, "Unique product identifier"},
              {"hs_cost_of_goods_sold", "Unit cost", P::Number, "The cost of the product"},
              {"hs_product_type", "Product type", P::Enumeration, "The type of the product", false,
               optionList({{"Inventory", "inventory"},
                           {"Non-inventory", "non_inventory"},
                           {"Service", "service"}})},
              {"createdate", "Create Date", P::DateTime, "The date the product was created", true},
              {"hs_lastmodifieddate", "Last Modified Date", P::DateTime,
               "Most recent timestamp of any property update for this product", true},
              {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("name"),
                       QStringLiteral("description"),
                       QStringLiteral("price"),
                       QStringLiteral("createdate"),
                       QStringLiteral("hs_lastmodifieddate"),
                       QStringLiteral("hs_object_id")};
    t->searchableProps = {QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("price"), QStringLiteral("hs_sku")};

    // Commerce payments (0-101): D-PAY, hubspot-verified.md §4.
    t = setup(
        Payments, "commerce_payments", "0-101", "commerce_payment", "COMMERCE_PAYMENT",
        "commerce_payments",
        {QStringLiteral("commerce_payment"), QStringLiteral("payments"), QStringLiteral("payment")},
        "hs_createdate", "hs_lastmodifieddate");
    t->groups = {
        {QStringLiteral("paymentinformation"), QStringLiteral("Payment information"), 0, true}};
    addProps(
        *t, QStringLiteral("paymentinformation"),
        {{"hs_initial_amount", "Gross amount", P::Number, "The total amount charged to the buyer"},
         {"hs_initiated_date", "Payment date", P::DateTime, "The date the payment was initiated"},
         {"hs_currency_code", "Currency", P::String, "The currency of the payment"},
         {"hs_customer_email", "Customer email", P::String,
          "The email of the buyer who made the payment"},
         {"hs_fees_amount", "Fees amount", P::Number,
          "The total amount HubSpot charged to process this payment"},
         {"hs_platform_fee", "Platform fee", P::Number,
          "The total amount charged to facilitate this payment", true},
         {"hs_refunds_amount", "Refunds amount", P::Number,
          "The total amount refunded to the customer"},
         {"hs_net_amount",
          "Net amount",
          P::Number,
          "The amount collected after fees and any refunds",
          true,
          {},
          true},
         {"hs_net_amount_after_refunds",
          "Amount paid",
          P::Number,
          "The total amount collected from the customer after refunds",
          true,
          {},
          true},
         {"hs_latest_status", "Status", P::Enumeration, "The latest status of the payment", false,
          optionList({{"Processing", "processing"},
                      {"Succeeded", "succeeded"},
                      {"Failed", "failed"},
                      {"Partially refunded", "partially_refunded"},
                      {"Refunded", "refunded"},
                      {"Processing refund", "processing_refund"},
                      {"Dispute won", "disputed_won"},
                      {"Dispute lost", "disputed_lost"},
                      {"Dispute action required", "disputed_action_required"},
                      {"Dispute awaiting decision", "disputed_awaiting_decision"}})},
         // "Source" — the filter label of the seed's payment workflow (hubspot-verified.md
         // §4); read-only per D-PAY. SALES_CHECKOUT's label is a guess (payment links).
         {"hs_payment_source_app", "Source", P::Enumeration, "What created the payment", true,
          optionList({{"Payment link", "SALES_CHECKOUT"},
                      {"Quote", "QUOTE"},
                      {"Invoice", "INVOICE"},
                      {"Migration", "MIGRATION"},
                      {"Subscription", "SUBSCRIPTION"}})},
         {"hs_payment_method_type", "Payment method", P::String,
          "How the buyer paid (card, ach, …)"},
         {"hs_processor_type", "Processor", P::Enumeration,
          "The processor that handled the payment", false,
          optionList({{"HubSpot payments", "hs_payments"},
                      {"Stripe", "byo_stripe"},
                      {"None", "none"},
                      {"QuickBooks", "quickbooks"},
                      {"Xero", "xero"}})},
         {"hs_reference_number", "Reference number", P::String, "The payment's reference number"},
         {"hs_payment_id", "Payment ID", P::String, "The processor's id of the payment", true},
         {"hs_payment_type", "Payment type", P::Enumeration, "One-time or recurring", true,
          optionList({{"One time or initial", "one_time_or_initial"}, {"Recurring", "recurring"}})},
         {"hs_createdate", "Create date", P::DateTime, "The date the payment was created", true},
         {"hs_lastmodifieddate", "Last modified date", P::DateTime,
          "Most recent timestamp of any property update for this payment", true},
         {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("hs_createdate"), QStringLiteral("hs_lastmodifieddate"),
                       QStringLiteral("hs_object_id")};
    t->searchableProps = {QStringLiteral("hs_customer_email"),
                          QStringLiteral("hs_reference_number")};

    // Invoices (0-53): only what payments made from invoices point at.
    t = setup(Invoices, "invoices", "0-53", "invoice", "INVOICE", "invoices", {}, "hs_createdate",
              "hs_lastmodifieddate");
    t->groups = {
        {QStringLiteral("invoiceinformation"), QStringLiteral("Invoice information"), 0, true}};
    addProps(
        *t, QStringLiteral("invoiceinformation"),
        {{"hs_number", "Number", P::String, "The invoice number", true},
         {"hs_invoice_status", "Invoice status", P::Enumeration, "The invoice's status", false,
          optionList(
              {{"Draft", "draft"}, {"Open", "open"}, {"Paid", "paid"}, {"Voided", "voided"}})},
         {"hs_amount_billed", "Amount billed", P::Number, "The invoice total", true},
         {"hs_balance_due", "Balance due", P::Number, "What is left to pay", true},
         {"hs_due_date", "Due date", P::Date, "When the invoice is due"},
         {"hs_currency", "Currency", P::String, "The currency of the invoice"},
         {"hs_createdate", "Create date", P::DateTime, "The date the invoice was created", true},
         {"hs_lastmodifieddate", "Last modified date", P::DateTime,
          "Most recent timestamp of any property update for this invoice", true},
         {"hs_object_id", "Record ID", P::Number, "The unique ID for this record", true}});
    t->defaultProps = {QStringLiteral("hs_createdate"), QStringLiteral("hs_lastmodifieddate"),
                       QStringLiteral("hs_object_id")};
    t->searchableProps = {QStringLiteral("hs_number")};

    // Realistic id ranges, different per type and above 2^31 so that a client keeping ids in
    // 32-bit ints, or mixing one type's ids with another's, fails here rather than in production.
    types[Contacts].nextId = 75100000001;
    types[Deals].nextId = 14795300001;
    types[Quotes].nextId = 47200000001;
    types[LineItems].nextId = 53810700001;
    types[Products].nextId = 2300000001;
    types[Payments].nextId = 40744900001;
    types[Invoices].nextId = 44446200001;
}

} // namespace bookflow::sandbox
