#include "ui/filters/filtergroupseditor.h"

#include "ui/filters/filteredit.h"
#include "ui/filters/filterrow.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/propertypicker.h"
#include "ui/icons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// Takes a widget out of sight now and deletes it later (the button being clicked may be in it);
// its name goes at once, so nothing finds it by name while it waits.
void retire(QWidget *widget)
{
    widget->setObjectName(QString());
    widget->hide();
    widget->deleteLater();
}

QLabel *joinLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

// One framed group: "Group N" with its remove button, the filters joined by AND, "+ AND filter".
class FilterGroupFrame : public QFrame
{
public:
    FilterGroupFrame(FilterGroupsEditor *editor) : QFrame(editor), m_editor(editor)
    {
        setFrameShape(QFrame::StyledPanel);
        setFrameShadow(QFrame::Plain);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(10, 8, 10, 10);
        layout->setSpacing(8);

        auto *header = new QHBoxLayout;
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("groupTitle"));
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        header->addWidget(m_title, 1);
        m_remove = new QToolButton(this);
        m_remove->setObjectName(QStringLiteral("removeGroup"));
        m_remove->setIcon(icon(QStringLiteral("delete")));
        m_remove->setText(FilterGroupsEditor::tr("Remove group"));
        m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_remove->setAutoRaise(true);
        header->addWidget(m_remove);
        layout->addLayout(header);

        m_rowsLayout = new QVBoxLayout;
        m_rowsLayout->setSpacing(6);
        layout->addLayout(m_rowsLayout);

        m_add = new QPushButton(icon(QStringLiteral("add")), FilterGroupsEditor::tr("AND filter"),
                                this);
        m_add->setObjectName(QStringLiteral("addFilter"));
        auto *addRow = new QHBoxLayout;
        addRow->addWidget(m_add);
        addRow->addStretch(1);
        layout->addLayout(addRow);

        QObject::connect(m_remove, &QToolButton::clicked, editor,
                         [this] { m_editor->removeGroup(index()); });
        QObject::connect(m_add, &QPushButton::clicked, editor,
                         [this] { m_editor->addFilter(index()); });
    }

    int index() const
    {
        return int(m_editor->m_frames.indexOf(const_cast<FilterGroupFrame *>(this)));
    }

    void setGroup(int at, const FilterGroup &group, const QVector<QStringList> &problems,
                  const QHash<int, QVector<PropertyInfo>> &used)
    {
        setObjectName(QStringLiteral("filterGroup%1").arg(at + 1));
        setAccessibleName(FilterGroupsEditor::tr("Filter group %1").arg(at + 1));
        m_title->setText(FilterGroupsEditor::tr("Group %1").arg(at + 1));
        m_remove->setAccessibleName(FilterGroupsEditor::tr("Remove group %1").arg(at + 1));
        m_remove->setToolTip(m_remove->accessibleName());
        m_add->setAccessibleName(
            FilterGroupsEditor::tr("Add an AND filter to group %1").arg(at + 1));

        while (m_rows.size() < group.filters.size()) {
            if (!m_rows.isEmpty()) {
                QLabel *andLabel = joinLabel(FilterGroupsEditor::tr("AND"), this);
                andLabel->setObjectName(QStringLiteral("andLabel"));
                m_rowsLayout->addWidget(andLabel);
                andLabel->show(); // now, not when the layout gets round to it
                m_andLabels.append(andLabel);
            }
            auto *row = new FilterRow(m_editor->m_catalog, m_editor->m_objects, this);
            row->setToday(m_editor->m_today);
            m_rowsLayout->addWidget(row);
            row->show();
            m_rows.append(row);
            QObject::connect(row, &FilterRow::filterEdited, m_editor,
                             [this, row](const Filter &changed, const QString &description,
                                         const QString &mergeKey) {
                                 m_editor->editFilter(this->index(), int(m_rows.indexOf(row)),
                                                      changed, description, mergeKey);
                             });
            QObject::connect(row, &FilterRow::removeRequested, m_editor, [this, row] {
                m_editor->removeFilter(this->index(), int(m_rows.indexOf(row)));
            });
        }
        while (m_rows.size() > group.filters.size()) {
            retire(m_rows.takeLast());
            if (!m_andLabels.isEmpty())
                retire(m_andLabels.takeLast());
        }
        for (int i = 0; i < m_rows.size(); ++i) {
            FilterRow *row = m_rows.at(i);
            row->setObjectName(QStringLiteral("filter%1").arg(i + 1));
            row->setAccessibleName(
                FilterGroupsEditor::tr("Group %1, filter %2").arg(at + 1).arg(i + 1));
            row->setFilter(group.filters.at(i), problems.value(i),
                           used.value(int(group.filters.at(i).object)));
        }
    }

    FilterRow *row(int i) const { return m_rows.value(i); }
    QList<QWidget *> focusChain() const
    {
        QList<QWidget *> chain{m_remove};
        for (FilterRow *row : m_rows)
            chain.append(row->focusChain());
        chain.append(m_add);
        return chain;
    }
    QPushButton *addButton() const { return m_add; }
    void setToday(const QDate &today)
    {
        for (FilterRow *row : qAsConst(m_rows))
            row->setToday(today);
    }

private:
    FilterGroupsEditor *m_editor;
    QLabel *m_title = nullptr;
    QToolButton *m_remove = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QVector<FilterRow *> m_rows;
    QVector<QLabel *> m_andLabels;
    QPushButton *m_add = nullptr;
};

FilterGroupsEditor::FilterGroupsEditor(PropertyCatalog *catalog, QVector<FilterObject> objects,
                                       QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_objects(std::move(objects))
{
    setObjectName(QStringLiteral("filterGroupsEditor"));
    setAccessibleName(tr("Filter groups"));
    if (m_objects.isEmpty())
        m_objects = {FilterObject::Deal};

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_empty = new QLabel(tr("No filters yet."), this);
    m_empty->setObjectName(QStringLiteral("noFilterGroups"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_groupsLayout = new QVBoxLayout;
    m_groupsLayout->setSpacing(8);
    layout->addLayout(m_groupsLayout);

    m_addGroup = new QPushButton(icon(QStringLiteral("add")), tr("Add filter group"), this);
    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    m_addGroup->setAccessibleName(tr("Add a filter group"));
    m_addGroup->setToolTip(tr("Records that meet every filter of any one group qualify"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addGroup);
    addRow->addStretch(1);
    layout->addLayout(addRow);
    layout->addStretch(1); // spare height goes below the groups, not between them
    connect(m_addGroup, &QPushButton::clicked, this, &FilterGroupsEditor::addGroup);

    if (m_catalog) {
        // Labels, options and "HubSpot has no such property" follow what HubSpot said.
        connect(m_catalog, &PropertyCatalog::loaded, this, &FilterGroupsEditor::refresh);
        connect(m_catalog, &PropertyCatalog::failed, this, &FilterGroupsEditor::refresh);
    }
    refresh();
}

FilterGroupsEditor::~FilterGroupsEditor() = default;

void FilterGroupsEditor::setToday(const QDate &today)
{
    m_today = today;
    for (FilterGroupFrame *frame : qAsConst(m_frames))
        frame->setToday(today);
}

void FilterGroupsEditor::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void FilterGroupsEditor::setGroups(const QVector<FilterGroup> &groups)
{
    if (groups == m_groups)
        return;
    m_groups = groups;
    refresh();
}

void FilterGroupsEditor::commit(const QVector<FilterGroup> &groups, const QString &description,
                                const QString &mergeKey)
{
    if (groups == m_groups)
        return;
    m_groups = groups;
    refresh();
    Q_EMIT edited(m_groups, description, mergeKey);
}

void FilterGroupsEditor::refresh()
{
    const QVector<QVector<QStringList>> problems = filterProblems(m_groups);
    // The properties in use, per object: the pickers list them whatever HubSpot says.
    QHash<int, QVector<PropertyInfo>> used;
    for (const FilterGroup &group : qAsConst(m_groups)) {
        for (const Filter &filter : group.filters) {
            QVector<PropertyInfo> &list = used[int(filter.object)];
            bool listed = filter.property.isEmpty();
            for (const PropertyInfo &info : qAsConst(list))
                listed = listed || info.name == filter.property;
            if (!listed)
                list.append(PropertyInfo{
                    filter.property, filter.property, QString(), filter.propertyType, {}, false});
        }
    }

    while (m_frames.size() < m_groups.size()) {
        if (!m_frames.isEmpty()) {
            QLabel *orLabel = joinLabel(tr("OR"), this);
            orLabel->setObjectName(QStringLiteral("orLabel"));
            orLabel->setAlignment(Qt::AlignHCenter);
            m_groupsLayout->addWidget(orLabel);
            orLabel->show(); // now, not when the layout gets round to it
            m_orLabels.append(orLabel);
        }
        auto *frame = new FilterGroupFrame(this);
        m_groupsLayout->addWidget(frame);
        frame->show();
        m_frames.append(frame);
    }
    while (m_frames.size() > m_groups.size()) {
        retire(m_frames.takeLast());
        if (!m_orLabels.isEmpty())
            retire(m_orLabels.takeLast());
    }
    for (int g = 0; g < m_frames.size(); ++g)
        m_frames.at(g)->setGroup(g, m_groups.at(g), problems.value(g), used);
    m_empty->setVisible(m_groups.isEmpty());

    // Tab walks the groups top to bottom whatever order the widgets were made in.
    QList<QWidget *> chain;
    for (FilterGroupFrame *frame : qAsConst(m_frames))
        chain.append(frame->focusChain());
    chain.append(m_addGroup);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void FilterGroupsEditor::focusPicker(int group, int filter)
{
    FilterGroupFrame *frame = m_frames.value(group);
    FilterRow *row = frame ? frame->row(filter) : nullptr;
    if (row)
        row->picker()->setFocus(Qt::OtherFocusReason);
}

void FilterGroupsEditor::addGroup()
{
    QVector<FilterGroup> groups = m_groups;
    FilterGroup group;
    group.filters.append(blankFilter(m_objects.first()));
    groups.append(group);
    commit(groups, tr("Add filter group"));
    focusPicker(int(groups.size()) - 1, 0);
}

void FilterGroupsEditor::addFilter(int group)
{
    if (group < 0 || group >= m_groups.size())
        return;
    QVector<FilterGroup> groups = m_groups;
    groups[group].filters.append(blankFilter(m_objects.first()));
    commit(groups, tr("Add filter"));
    focusPicker(group, int(groups.at(group).filters.size()) - 1);
}

void FilterGroupsEditor::removeGroup(int group)
{
    if (group < 0 || group >= m_groups.size())
        return;
    QVector<FilterGroup> groups = m_groups;
    groups.removeAt(group);
    commit(groups, tr("Remove group"));
    if (m_frames.isEmpty())
        m_addGroup->setFocus(Qt::OtherFocusReason);
    else
        m_frames.at(std::min(group, int(m_frames.size()) - 1))->addButton()->setFocus();
}

void FilterGroupsEditor::removeFilter(int group, int filter)
{
    if (group < 0 || group >= m_groups.size() || filter < 0 ||
        filter >= m_groups.at(group).filters.size())
        return;
    QVector<FilterGroup> groups = m_groups;
    groups[group].filters.removeAt(filter);
    // HubSpot's rule: a group without filters is no group.
    if (groups.at(group).filters.isEmpty()) {
        groups.removeAt(group);
        commit(groups, tr("Remove filter"));
        if (m_frames.isEmpty())
            m_addGroup->setFocus(Qt::OtherFocusReason);
        return;
    }
    commit(groups, tr("Remove filter"));
    if (FilterGroupFrame *frame = m_frames.value(group))
        frame->addButton()->setFocus(Qt::OtherFocusReason);
}

void FilterGroupsEditor::editFilter(int group, int filter, const Filter &changed,
                                    const QString &description, const QString &mergeKey)
{
    if (group < 0 || group >= m_groups.size() || filter < 0 ||
        filter >= m_groups.at(group).filters.size())
        return;
    QVector<FilterGroup> groups = m_groups;
    groups[group].filters[filter] = changed;
    const QString key =
        mergeKey.isEmpty()
            ? QString()
            : QStringLiteral("filters/%1/%2/%3").arg(group).arg(filter).arg(mergeKey);
    commit(groups, description, key);
}

} // namespace bookflow
