#pragma once

#include "core/workflow/filter.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bookflow {

class FilterGroupFrame;
class PropertyCatalog;

// Filter groups as HubSpot draws them: framed boxes "Group 1", "Group 2" … with AND between the
// filters of a group and OR between the groups; "+ AND filter" in each group, "+ Add filter
// group" below, a remove button per filter and per group. Used by the trigger panel and by the
// data-sync contact filters of a QuickBooks connection.
//
// The editor holds the groups it shows. An edit updates them and emits edited() with the undo
// text; setGroups() shows groups from outside (after undo, a reload) without emitting anything,
// and keeps the field being typed in untouched when its value didn't change.
class FilterGroupsEditor : public QWidget
{
    Q_OBJECT

public:
    // `objects`: what a filter may read, the first being the default for a new filter; the
    // object drop-down is hidden when there is just one.
    FilterGroupsEditor(PropertyCatalog *catalog, QVector<FilterObject> objects,
                       QWidget *parent = nullptr);
    ~FilterGroupsEditor() override;

    void setGroups(const QVector<FilterGroup> &groups);
    QVector<FilterGroup> groups() const { return m_groups; }
    QVector<FilterObject> objects() const { return m_objects; }
    // The date the date operators start from (tests fix it; default today).
    void setToday(const QDate &today);
    // What an editor without groups says ("No filters yet.").
    void setEmptyText(const QString &text);

Q_SIGNALS:
    // `description`: the undo text ("Add filter", "Change operator", "Remove group", "Edit
    // values"); `mergeKey`: non-empty only while typing in one value field, so that a typed value
    // is one undo step.
    void edited(const QVector<FilterGroup> &groups, const QString &description,
                const QString &mergeKey);

private:
    friend class FilterGroupFrame;
    void commit(const QVector<FilterGroup> &groups, const QString &description,
                const QString &mergeKey = QString());
    void refresh();
    void focusPicker(int group, int filter);
    void addGroup();
    void addFilter(int group);
    void removeGroup(int group);
    void removeFilter(int group, int filter);
    void editFilter(int group, int filter, const Filter &changed, const QString &description,
                    const QString &mergeKey);

    PropertyCatalog *m_catalog;
    QVector<FilterObject> m_objects;
    QVector<FilterGroup> m_groups;
    QDate m_today;

    QVBoxLayout *m_groupsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QVector<FilterGroupFrame *> m_frames;
    QVector<QLabel *> m_orLabels;
    QPushButton *m_addGroup = nullptr;
};

} // namespace bookflow
