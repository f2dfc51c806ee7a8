#include "core/hubspot/hubspotfilterproperty.h"

#include "core/util/tr.h"

namespace bookflow {

PropertyType filterPropertyType(const HubSpotProperty &property)
{
    const QString type = property.type.toLower();
    const QString field = property.fieldType.toLower();
    if (type == QLatin1String("number"))
        return PropertyType::Number;
    if (type == QLatin1String("date"))
        return PropertyType::Date;
    if (type == QLatin1String("datetime"))
        return PropertyType::DateTime;
    // Older HubSpot portals keep some yes/no properties as enumerations with a booleancheckbox
    // field; their values are still "true"/"false".
    if (type == QLatin1String("bool") || field == QLatin1String("booleancheckbox"))
        return PropertyType::Bool;
    if (type == QLatin1String("enumeration"))
        return PropertyType::Enumeration;
    return PropertyType::Text;
}

HubSpotObject hubSpotObjectOf(FilterObject object)
{
    switch (object) {
    case FilterObject::Deal:
        return HubSpotObject::Deal;
    case FilterObject::Quote:
        return HubSpotObject::Quote;
    case FilterObject::Payment:
        return HubSpotObject::CommercePayment;
    case FilterObject::Contact:
        return HubSpotObject::Contact;
    }
    return HubSpotObject::Deal;
}

QString hubSpotGroupLabel(const QString &groupName)
{
    // HubSpot's default groups of the objects Bookflow reads (their labels in HubSpot).
    static const struct
    {
        const char *name;
        const char *label;
    } known[] = {
        {"contactinformation", QT_TRANSLATE_NOOP("Bookflow", "Contact information")},
        {"dealinformation", QT_TRANSLATE_NOOP("Bookflow", "Deal information")},
        {"quoteinformation", QT_TRANSLATE_NOOP("Bookflow", "Quote information")},
        {"paymentinformation", QT_TRANSLATE_NOOP("Bookflow", "Payment information")},
        {"lineiteminformation", QT_TRANSLATE_NOOP("Bookflow", "Line item information")},
        {"productinformation", QT_TRANSLATE_NOOP("Bookflow", "Product information")},
        {"invoiceinformation", QT_TRANSLATE_NOOP("Bookflow", "Invoice information")},
        {"emailinformation", QT_TRANSLATE_NOOP("Bookflow", "Email information")},
        {"analyticsinformation", QT_TRANSLATE_NOOP("Bookflow", "Web analytics history")},
        {"deal_activity", QT_TRANSLATE_NOOP("Bookflow", "Deal activity")},
        {"sales_properties", QT_TRANSLATE_NOOP("Bookflow", "Sales properties")},
        {"conversioninformation", QT_TRANSLATE_NOOP("Bookflow", "Conversion information")},
    };
    const QString lower = groupName.trimmed().toLower();
    if (lower.isEmpty())
        return Tr::tr("Other properties");
    for (const auto &entry : known) {
        if (lower == QLatin1String(entry.name))
            return Tr::tr(entry.label);
    }
    // "billing_details", "billing-details" → "Billing details"; a name run together
    // ("customgroup") stays one word: splitting it would be a guess.
    QString readable = groupName.trimmed();
    readable.replace(QLatin1Char('_'), QLatin1Char(' '))
        .replace(QLatin1Char('-'), QLatin1Char(' '));
    readable = readable.simplified();
    if (readable.isEmpty())
        return Tr::tr("Other properties");
    readable[0] = readable.at(0).toUpper();
    return readable;
}

} // namespace bookflow
