#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// One associated record from the associations v4 API (hubspot.md §2.5):
// {"toObjectId": 5790939450 | "5790939450", "associationTypes":[{category, typeId, label}]}.
// The id is kept as text whichever way it came.
struct HubSpotAssociation
{
    struct Type
    {
        QString category; // HUBSPOT_DEFINED, USER_DEFINED, INTEGRATOR_DEFINED, WORK
        int typeId = 0;   // e.g. 3 deal→contact, 67 quote→line item, 702 quote→signer
        QString label;    // empty for unlabeled (null on the wire)
    };

    QString toObjectId;
    QVector<Type> types;

    bool hasType(int typeId) const
    {
        for (const Type &type : types) {
            if (type.typeId == typeId)
                return true;
        }
        return false;
    }

    // nullopt (with `why`) when toObjectId is missing or not an id.
    static std::optional<HubSpotAssociation> fromJson(const QJsonObject &json,
                                                      QString *why = nullptr);
};

} // namespace bookflow
