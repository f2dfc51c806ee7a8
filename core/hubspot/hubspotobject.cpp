#include "core/hubspot/hubspotobject.h"

#include "core/util/tr.h"

namespace bookflow {

QList<HubSpotObject> allHubSpotObjects()
{
    return {HubSpotObject::Deal,    HubSpotObject::Quote,   HubSpotObject::LineItem,
            HubSpotObject::Contact, HubSpotObject::Product, HubSpotObject::CommercePayment};
}

QString hubSpotObjectPath(HubSpotObject object)
{
    switch (object) {
    case HubSpotObject::Deal:
        return QStringLiteral("deals");
    case HubSpotObject::Quote:
        return QStringLiteral("quotes");
    case HubSpotObject::LineItem:
        return QStringLiteral("line_items");
    case HubSpotObject::Contact:
        return QStringLiteral("contacts");
    case HubSpotObject::Product:
        return QStringLiteral("products");
    case HubSpotObject::CommercePayment:
        return QStringLiteral("commerce_payments");
    }
    return {};
}

QString hubSpotObjectTypeId(HubSpotObject object)
{
    // HubSpot: object type ids (hubspot.md §2.3, DEV using-object-apis).
    switch (object) {
    case HubSpotObject::Deal:
        return QStringLiteral("0-3");
    case HubSpotObject::Quote:
        return QStringLiteral("0-14");
    case HubSpotObject::LineItem:
        return QStringLiteral("0-8");
    case HubSpotObject::Contact:
        return QStringLiteral("0-1");
    case HubSpotObject::Product:
        return QStringLiteral("0-7");
    case HubSpotObject::CommercePayment:
        return QStringLiteral("0-101");
    }
    return {};
}

QString hubSpotObjectDisplayName(HubSpotObject object)
{
    switch (object) {
    case HubSpotObject::Deal:
        return Tr::tr("deal");
    case HubSpotObject::Quote:
        return Tr::tr("quote");
    case HubSpotObject::LineItem:
        return Tr::tr("line item");
    case HubSpotObject::Contact:
        return Tr::tr("contact");
    case HubSpotObject::Product:
        return Tr::tr("product");
    case HubSpotObject::CommercePayment:
        return Tr::tr("payment");
    }
    return {};
}

QString hubSpotModifiedProperty(HubSpotObject object)
{
    return object == HubSpotObject::Contact ? QStringLiteral("lastmodifieddate")
                                            : QStringLiteral("hs_lastmodifieddate");
}

std::optional<HubSpotObject> hubSpotObjectFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const HubSpotObject object : allHubSpotObjects()) {
        const QString path = hubSpotObjectPath(object);
        if (key == path || key == hubSpotObjectTypeId(object) || key == path.chopped(1))
            return object;
    }
    // Short forms seen in association type names ("commerce_payment_to_contact") and people's
    // words.
    if (key == QLatin1String("payments") || key == QLatin1String("payment"))
        return HubSpotObject::CommercePayment;
    return std::nullopt;
}

} // namespace bookflow
