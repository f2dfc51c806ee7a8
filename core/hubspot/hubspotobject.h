#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bookflow {

// The HubSpot CRM object types Bookflow reads and writes (hubspot.md §2.3: paths by name or by
// object type id, e.g. /crm/v3/objects/deals or /crm/v3/objects/0-3).
enum class HubSpotObject {
    Deal,            // 0-3
    Quote,           // 0-14
    LineItem,        // 0-8
    Contact,         // 0-1
    Product,         // 0-7
    CommercePayment, // 0-101
};

// Every value of HubSpotObject, in declaration order.
QList<HubSpotObject> allHubSpotObjects();

// The plural name HubSpot uses in paths and association requests: "deals", "line_items",
// "commerce_payments".
QString hubSpotObjectPath(HubSpotObject object);
// The object type id: "0-3", "0-14", "0-8", "0-1", "0-7", "0-101".
QString hubSpotObjectTypeId(HubSpotObject object);
// The object in a bookkeeper's words, singular and lower case ("deal", "line item", "payment"),
// translated: for sentences like "the deal 123 no longer exists in HubSpot".
QString hubSpotObjectDisplayName(HubSpotObject object);
// The property that holds the last-modified instant: "hs_lastmodifieddate", except contacts,
// whose is "lastmodifieddate" (hubspot.md §2.3 defaults; the search guide sorts contacts on it).
QString hubSpotModifiedProperty(HubSpotObject object);

// Reads any name HubSpot or a person uses for the type: the path name, its singular, the type
// id, and the association block keys, including the "line items" quirk (hubspot-verified.md §7:
// "line items" with a space, "line_items", "line_item"). Case-insensitive; nullopt when unknown
// (companies, tickets, custom objects).
std::optional<HubSpotObject> hubSpotObjectFromName(const QString &name);

} // namespace bookflow
