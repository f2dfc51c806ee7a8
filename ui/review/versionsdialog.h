#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace bookflow {

class PropertyCatalog;
class Store;
class WorkflowDocument;

// The published versions of the workflow being edited (PRODUCT.md §2 "Versions can be viewed
// and restored into the draft"): each with its number, when it was published, and which one is
// live (the latest, while the workflow is on). Selecting one shows it read-only — its triggers
// in words and its actions; "Restore into the draft" makes it the draft through the document, so
// it is one undo step like any edit.
//
// Object names: "versionsList" (one top-level item per version, newest first, with the number in
// Qt::UserRole), "versionSummary", "restoreButton", "versionsStatus", "closeButton".
class VersionsDialog : public QDialog
{
    Q_OBJECT

public:
    VersionsDialog(Store &store, WorkflowDocument *document, QWidget *parent = nullptr);
    ~VersionsDialog() override;

    // The version selected, 0 when none.
    int selectedVersion() const;
    // HubSpot's property labels for the triggers (the editor's catalog); without one, or until
    // it has loaded, the triggers show the properties' internal names.
    void setPropertyCatalog(const PropertyCatalog *catalog);

public Q_SLOTS:
    // Reads the versions from the store again.
    void reload();
    void selectVersion(int number);
    void restoreSelected();

Q_SIGNALS:
    // The draft became a copy of `version` (undoable in the document).
    void restored(int version);

private:
    void showSelected();

    Store &m_store;
    WorkflowDocument *m_document = nullptr;
    QPointer<const PropertyCatalog> m_catalog;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace bookflow
