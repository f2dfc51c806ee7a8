#include "ui/filters/triggerpanel.h"

#include "core/workflow/recordnoun.h"
#include "ui/editor/workflowdocument.h"
#include "ui/filters/chiplist.h"
#include "ui/filters/filtergroupseditor.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/propertypicker.h"
#include "ui/hintlabel.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bookflow {

TriggerPanel::TriggerPanel(WorkflowDocument *document, PropertyCatalog *catalog, QWidget *parent)
    : QWidget(parent), m_document(document), m_catalog(catalog)
{
    setObjectName(QStringLiteral("triggerPanel"));
    setAccessibleName(tr("Enrollment triggers"));
    const Workflow &workflow = m_document->workflow();
    const QVector<FilterObject> objects = filterObjectsFor(workflow.objectType);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("triggerScroll"));
    scroll->setAccessibleName(tr("Enrollment triggers"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("triggerContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    scroll->setWidget(content);

    auto *title = new QLabel(tr("Enrollment triggers"), content);
    title->setObjectName(QStringLiteral("triggerTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    title->setAccessibleName(title->text());
    layout->addWidget(title);
    layout->addWidget(hintLabel(tr("A %1 enrolls when it meets every filter of at least one group.")
                                    .arg(recordNoun(workflow.objectType)),
                                content));

    m_groups = new FilterGroupsEditor(catalog, objects, content);
    m_groups->setEmptyText(tr("No triggers yet: add a filter group to choose which %1 enroll.")
                               .arg(recordNoun(workflow.objectType, true)));
    layout->addWidget(m_groups);

    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(4);
    layout->addWidget(line);

    m_reenroll = new QCheckBox(tr("Re-enroll records when they meet the triggers again"), content);
    m_reenroll->setObjectName(QStringLiteral("reenrollEnabled"));
    m_reenroll->setAccessibleName(m_reenroll->text());
    layout->addWidget(m_reenroll);

    // Re-enrollment properties are read from the enrolled record (the poller compares them).
    const FilterObject enrolled = filterObjectOf(workflow.objectType);
    m_reenrollDetails = new QWidget(content);
    m_reenrollDetails->setObjectName(QStringLiteral("reenrollDetails"));
    auto *details = new QVBoxLayout(m_reenrollDetails);
    details->setContentsMargins(24, 0, 0, 0);
    details->setSpacing(6);
    auto *propertiesLabel = new QLabel(tr("Also re-enroll when one of these %1 properties changes:")
                                           .arg(filterObjectLabel(enrolled).toLower()),
                                       m_reenrollDetails);
    propertiesLabel->setWordWrap(true);
    details->addWidget(propertiesLabel);
    m_reenrollEmpty = hintLabel(tr("No properties chosen."), m_reenrollDetails);
    m_reenrollEmpty->setObjectName(QStringLiteral("reenrollNoProperties"));
    details->addWidget(m_reenrollEmpty);
    m_reenrollProperties = new ChipList(m_reenrollDetails);
    m_reenrollProperties->setObjectName(QStringLiteral("reenrollProperties"));
    m_reenrollProperties->setAccessibleName(tr("Re-enrollment properties"));
    details->addWidget(m_reenrollProperties);
    m_reenrollPicker = new PropertyPicker(catalog, m_reenrollDetails);
    m_reenrollPicker->setObjectName(QStringLiteral("reenrollPicker"));
    m_reenrollPicker->setAccessibleName(tr("Add a re-enrollment property"));
    m_reenrollPicker->setPlaceholderText(tr("Add a property…"));
    m_reenrollPicker->setObject(enrolled);
    details->addWidget(m_reenrollPicker);
    layout->addWidget(m_reenrollDetails);

    layout->addWidget(hintLabel(
        tr("Without re-enrollment a record enrolls only the first time it meets the triggers. "
           "With it, a record enrolls again when it starts meeting them again, or when one of "
           "the chosen properties changes while it meets them — and every new enrollment "
           "creates its QuickBooks documents again."),
        content));
    layout->addStretch(1);

    connect(m_groups, &FilterGroupsEditor::edited, this,
            [this](const QVector<FilterGroup> &groups, const QString &description,
                   const QString &mergeKey) {
                if (m_refreshing)
                    return;
                Workflow after = m_document->workflow();
                after.enrollment.filterGroups = groups;
                m_document->apply(after, description,
                                  mergeKey.isEmpty() ? QString()
                                                     : QStringLiteral("trigger/") + mergeKey);
            });
    connect(m_reenroll, &QCheckBox::toggled, this, [this](bool on) {
        applyReenrollment(on, m_document->workflow().enrollment.reenroll.properties,
                          on ? tr("Turn on re-enrollment") : tr("Turn off re-enrollment"));
    });
    connect(m_reenrollPicker, &PropertyPicker::picked, this, [this](const PropertyInfo &property) {
        QStringList properties = m_document->workflow().enrollment.reenroll.properties;
        if (properties.contains(property.name))
            return;
        properties.append(property.name);
        applyReenrollment(true, properties, tr("Add re-enrollment property"));
    });
    connect(m_reenrollProperties, &ChipList::removeRequested, this, [this](int index) {
        QStringList properties = m_document->workflow().enrollment.reenroll.properties;
        if (index < 0 || index >= properties.size())
            return;
        properties.removeAt(index);
        applyReenrollment(m_document->workflow().enrollment.reenroll.enabled, properties,
                          tr("Remove re-enrollment property"));
    });
    connect(m_document, &WorkflowDocument::changed, this, &TriggerPanel::refresh);
    if (m_catalog) {
        connect(m_catalog, &PropertyCatalog::loaded, this, &TriggerPanel::refresh);
        m_catalog->load(enrolled);
    }
    refresh();
}

TriggerPanel::~TriggerPanel() = default;

void TriggerPanel::applyReenrollment(bool enabled, const QStringList &properties,
                                     const QString &text)
{
    if (m_refreshing)
        return;
    Workflow after = m_document->workflow();
    after.enrollment.reenroll.enabled = enabled;
    after.enrollment.reenroll.properties = properties;
    m_document->apply(after, text);
}

void TriggerPanel::refresh()
{
    m_refreshing = true;
    const Workflow &workflow = m_document->workflow();
    m_groups->setGroups(workflow.enrollment.filterGroups);

    const Reenrollment &reenroll = workflow.enrollment.reenroll;
    {
        const QSignalBlocker blocker(m_reenroll);
        m_reenroll->setChecked(reenroll.enabled);
    }
    m_reenrollDetails->setVisible(reenroll.enabled);
    QStringList labels;
    QStringList tips;
    QVector<PropertyInfo> used;
    for (const QString &name : reenroll.properties) {
        const std::optional<PropertyInfo> info = m_reenrollPicker->describe(name);
        labels.append(info ? info->label : name);
        tips.append(tr("Internal name: %1").arg(name));
        used.append(PropertyInfo{name, name, QString(), PropertyType::Text, {}, false});
    }
    m_reenrollProperties->setChips(labels, tips);
    m_reenrollProperties->setVisible(!labels.isEmpty());
    m_reenrollEmpty->setVisible(labels.isEmpty());
    m_reenrollPicker->setUsedProperties(used);
    m_reenrollPicker->setCurrentProperty(QString());
    m_refreshing = false;
}

} // namespace bookflow
