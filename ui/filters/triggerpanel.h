#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace bookflow {

class ChipList;
class FilterGroupsEditor;
class PropertyCatalog;
class PropertyPicker;
class WorkflowDocument;

// The panel of the trigger card (UI.md "Trigger panel"): "Enrollment triggers" — the filter
// groups over the objects the workflow may read — and re-enrollment with its properties.
// Every edit goes through document->apply() (so it undoes and redoes); the panel follows
// document->changed() without echoing edits back. It scrolls by itself: put it in the editor's
// side area as it is, not inside another scroll area.
class TriggerPanel : public QWidget
{
    Q_OBJECT

public:
    TriggerPanel(WorkflowDocument *document, PropertyCatalog *catalog, QWidget *parent = nullptr);
    ~TriggerPanel() override;

    FilterGroupsEditor *groupsEditor() const { return m_groups; }

private:
    void refresh();
    void applyReenrollment(bool enabled, const QStringList &properties, const QString &text);

    WorkflowDocument *m_document;
    PropertyCatalog *m_catalog;
    bool m_refreshing = false;

    FilterGroupsEditor *m_groups = nullptr;
    QCheckBox *m_reenroll = nullptr;
    QWidget *m_reenrollDetails = nullptr;
    ChipList *m_reenrollProperties = nullptr;
    PropertyPicker *m_reenrollPicker = nullptr;
    QLabel *m_reenrollEmpty = nullptr;
};

} // namespace bookflow
