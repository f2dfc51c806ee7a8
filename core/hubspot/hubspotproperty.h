#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// One property definition of an object type, from the properties API
// (GET /crm/v3/properties/{objectType}, hubspot-verified.md D-PROPS). It is also what
// HubSpotClient::createProperty sends (name, label, type, fieldType, groupName, description,
// options).
struct HubSpotProperty
{
    struct Option
    {
        QString label;
        QString value;
        int displayOrder = -1; // -1: not sent
        bool hidden = false;
    };

    QString name;      // internal name, e.g. "dealstage"
    QString label;     // e.g. "Deal stage"
    QString type;      // string, number, date, datetime, enumeration, bool
    QString fieldType; // text, textarea, number, date, select, radio, checkbox, booleancheckbox, …
    QString groupName;
    QString description;
    QVector<Option> options;
    bool hidden = false;
    bool calculated = false;
    bool readOnlyValue = false; // modificationMetadata.readOnlyValue
    bool hasUniqueValue = false;

    // nullopt (with `why`) when the object has no name.
    static std::optional<HubSpotProperty> fromJson(const QJsonObject &json, QString *why = nullptr);
    // The create body: {name, label, type, fieldType, groupName, description?, options?,
    // hasUniqueValue?}.
    QJsonObject toCreateJson() const;
};

} // namespace bookflow
