#include "core/hubspot/hubspotproperty.h"

#include <QJsonArray>

namespace bookflow {

std::optional<HubSpotProperty> HubSpotProperty::fromJson(const QJsonObject &json, QString *why)
{
    HubSpotProperty property;
    property.name = json.value(QStringLiteral("name")).toString();
    if (property.name.isEmpty()) {
        if (why)
            *why = QStringLiteral("a property without a name");
        return std::nullopt;
    }
    property.label = json.value(QStringLiteral("label")).toString();
    property.type = json.value(QStringLiteral("type")).toString();
    property.fieldType = json.value(QStringLiteral("fieldType")).toString();
    property.groupName = json.value(QStringLiteral("groupName")).toString();
    property.description = json.value(QStringLiteral("description")).toString();
    property.hidden = json.value(QStringLiteral("hidden")).toBool();
    property.calculated = json.value(QStringLiteral("calculated")).toBool();
    property.hasUniqueValue = json.value(QStringLiteral("hasUniqueValue")).toBool();
    property.readOnlyValue = json.value(QStringLiteral("modificationMetadata"))
                                 .toObject()
                                 .value(QStringLiteral("readOnlyValue"))
                                 .toBool();
    for (const QJsonValue &value : json.value(QStringLiteral("options")).toArray()) {
        const QJsonObject object = value.toObject();
        Option option;
        option.label = object.value(QStringLiteral("label")).toString();
        // Option values are strings on the wire; booleans' "true"/"false" too.
        const QJsonValue raw = object.value(QStringLiteral("value"));
        option.value = raw.isString() ? raw.toString() : raw.toVariant().toString();
        option.displayOrder = object.value(QStringLiteral("displayOrder")).toInt(-1);
        option.hidden = object.value(QStringLiteral("hidden")).toBool();
        property.options.append(option);
    }
    return property;
}

QJsonObject HubSpotProperty::toCreateJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("fieldType"), fieldType},
                     {QStringLiteral("groupName"), groupName}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (hasUniqueValue)
        json.insert(QStringLiteral("hasUniqueValue"), true);
    if (!options.isEmpty()) {
        QJsonArray array;
        for (const Option &option : options) {
            QJsonObject object{{QStringLiteral("label"), option.label},
                               {QStringLiteral("value"), option.value},
                               {QStringLiteral("hidden"), option.hidden}};
            if (option.displayOrder >= 0)
                object.insert(QStringLiteral("displayOrder"), option.displayOrder);
            array.append(object);
        }
        json.insert(QStringLiteral("options"), array);
    }
    return json;
}

} // namespace bookflow
