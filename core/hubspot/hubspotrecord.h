#pragma once

#include "core/hubspot/hubspotobject.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace bookflow {

// One CRM record exactly as HubSpot sent it (hubspot.md §2.3 SimplePublicObject[WithAssociations]).
// `properties` is untouched: values are strings or null, and a requested property HubSpot does
// not send is simply absent — the filter evaluator (core/workflow/filterevaluator.h) reads it as
// is and treats null, absent and "" alike as "no value".
struct HubSpotRecord
{
    QString id;
    QJsonObject properties;
    QDateTime createdAt; // UTC; invalid when HubSpot sent none
    QDateTime updatedAt;
    bool archived = false;
    // Associated record ids by object type, de-duplicated and in ascending id order (HubSpot
    // lists a record once per association label; order is undocumented, hubspot-verified.md §7).
    // Only the types that were asked for are present.
    QHash<HubSpotObject, QStringList> associations;

    // A property's text, or an empty string when it is null or absent.
    QString text(const QString &property) const { return properties.value(property).toString(); }

    // Reads {id, properties, createdAt, updatedAt, archived, associations?}. The associations
    // block is read by HubSpotClient (its paging needs more calls). nullopt, with `why` set, when
    // the object has no id.
    static std::optional<HubSpotRecord> fromJson(const QJsonObject &json, QString *why = nullptr);
};

// Small helpers for HubSpot's wire values, shared by the client's parts.
namespace HubSpotWire {

// An id that may arrive as a string ("301") or a JSON number (301, 17705714757): HubSpot's spec
// types association ids as strings while its samples print numbers (hubspot.md §2.5). Empty for
// anything else (null, fractions, objects).
QString idText(const QJsonValue &value);
// Ascending numeric order for digit ids ("9" < "10"), then the other ids in text order.
bool idLess(const QString &a, const QString &b);
// Sorts ascending and removes duplicates.
QStringList sortedUniqueIds(QStringList ids);
// HubSpot instants: ISO 8601 ("2024-01-17T19:55:04.281Z", date-only "2020-02-29") or epoch-ms
// strings ("1653696000000"), both seen in the wild (hubspot-verified.md §6). Invalid if neither.
QDateTime parseInstant(const QString &text);

} // namespace HubSpotWire

} // namespace bookflow
