#pragma once

#include "core/workflow/action.h"
#include "core/workflow/filter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bookflow {

// Re-enrollment (PRODUCT.md §1): off, a record enrolls only the first time it meets the triggers.
// On, it re-enrolls when it goes from not matching to matching, or when one of `properties`
// changes value while it matches — never while it is still enrolled.
struct Reenrollment
{
    bool enabled = false;
    QStringList properties;
    QJsonObject extra;

    bool operator==(const Reenrollment &o) const
    {
        return enabled == o.enabled && properties == o.properties && extra == o.extra;
    }
    bool operator!=(const Reenrollment &o) const { return !(*this == o); }
};

struct Enrollment
{
    QVector<FilterGroup> filterGroups; // OR between groups
    Reenrollment reenroll;
    QJsonObject extra;

    bool operator==(const Enrollment &o) const
    {
        return filterGroups == o.filterGroups && reenroll == o.reenroll && extra == o.extra;
    }
    bool operator!=(const Enrollment &o) const { return !(*this == o); }
};

struct Workflow
{
    static constexpr int Schema = 1;

    QString id; // a UUID without braces
    QString name;
    ObjectType objectType = ObjectType::Deal;
    Enrollment enrollment;
    QVector<Action> actions;
    QJsonObject extra; // unknown top-level fields, kept on round trip

    bool operator==(const Workflow &o) const
    {
        return id == o.id && name == o.name && objectType == o.objectType &&
               enrollment == o.enrollment && actions == o.actions && extra == o.extra;
    }
    bool operator!=(const Workflow &o) const { return !(*this == o); }

    // A new id: a random UUID in the form workflow files use.
    static QString newId();
    // An action id not yet used in this workflow ("a1", "a2", …).
    QString nextActionId() const;
    const Action *action(const QString &actionId) const;
    // (action id, connection id) of every action, in order: what an enrollment runs.
    QVector<QPair<QString, QString>> actionTargets() const;
};

} // namespace bookflow
