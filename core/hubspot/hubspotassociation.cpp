#include "core/hubspot/hubspotassociation.h"

#include "core/hubspot/hubspotrecord.h"

#include <QJsonArray>

namespace bookflow {

std::optional<HubSpotAssociation> HubSpotAssociation::fromJson(const QJsonObject &json,
                                                               QString *why)
{
    HubSpotAssociation association;
    association.toObjectId = HubSpotWire::idText(json.value(QStringLiteral("toObjectId")));
    if (association.toObjectId.isEmpty()) {
        if (why)
            *why = QStringLiteral("an association without toObjectId");
        return std::nullopt;
    }
    for (const QJsonValue &value : json.value(QStringLiteral("associationTypes")).toArray()) {
        const QJsonObject object = value.toObject();
        Type type;
        type.category = object.value(QStringLiteral("category")).toString();
        const QJsonValue typeId = object.value(QStringLiteral("typeId"));
        type.typeId = typeId.isString() ? typeId.toString().toInt() : typeId.toInt();
        type.label = object.value(QStringLiteral("label")).toString();
        association.types.append(type);
    }
    return association;
}

} // namespace bookflow
