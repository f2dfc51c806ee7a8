#pragma once

#include "core/workflow/filter.h"
#include "ui/filters/propertyinfo.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

class Workspace;

// The HubSpot properties of each filter object (labels, groups, types, options), read once from
// the connected portal's properties API on the Workspace's Interactive lane and shared by every
// picker of a window. When HubSpot is not connected or the call fails, the reason is kept and
// the pickers fall back to the properties already used and to typed internal names.
class PropertyCatalog : public QObject
{
    Q_OBJECT

public:
    explicit PropertyCatalog(Workspace &workspace, QObject *parent = nullptr);
    ~PropertyCatalog() override;

    // Asks HubSpot once: nothing while a load is running, after it succeeded, or after it failed
    // (retry() asks again).
    void load(FilterObject object);
    // Asks again after a failure (the picker's "Try again"), or refreshes loaded properties.
    void retry(FilterObject object);

    bool isLoaded(FilterObject object) const;
    bool isLoading(FilterObject object) const;
    // Why the last load failed, in words a bookkeeper can act on; empty when it didn't.
    QString error(FilterObject object) const;
    // Sorted by group, then label; hidden properties included (PropertyInfo::hidden).
    QVector<PropertyInfo> properties(FilterObject object) const;
    std::optional<PropertyInfo> find(FilterObject object, const QString &name) const;

    // The options of a yes/no property HubSpot lists none for: "true" Yes, "false" No.
    static QVector<QPair<QString, QString>> yesNoOptions();

Q_SIGNALS:
    void loaded(FilterObject object);
    void failed(FilterObject object, const QString &reason);

private:
    enum class State { NotLoaded, Loading, Loaded, Failed };
    struct Entry
    {
        State state = State::NotLoaded;
        QVector<PropertyInfo> properties;
        QHash<QString, int> byName;
        QString error;
    };
    void start(FilterObject object);
    const Entry *entry(FilterObject object) const;

    Workspace &m_workspace;
    QHash<int, Entry> m_entries;
};

} // namespace bookflow
