#pragma once

#include "core/store/connection.h"
#include "core/workflow/accountfield.h"
#include "core/workflow/action.h"
#include "ui/actions/qbocatalog.h"

#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace bookflow {

class LookupComboBox;
class Store;
class WorkflowDocument;

// The panel of one QuickBooks action in the workflow editor (UI.md, PRODUCT.md §1): the seed's
// dropdowns in the seed's order — which QuickBooks account, payment terms (invoices), customer,
// products, create the product if it doesn't exist — then the fields the action type adds
// (deposit to, paid from, expense category, vendor, refund from), the type's rule, and Delete.
//
// Every change is one undoable edit of the document (document->apply); the panel shows whatever
// the document holds after any change, undo or redo. The QuickBooks lists come from the catalog
// (loaded on the Interactive lane when a company is chosen; the window never waits on them).
//
// Object names (for tests): "actionTitle", "connectionCombo", "connectionNote",
// "paymentTermsLookup", "customerLookup", "productsLookup", "createProductNo",
// "createProductYes", "depositAccountLookup", "paidFromAccountLookup", "expenseAccountLookup",
// "vendorLookup", "refundFromAccountLookup", "ruleNote", "deleteActionButton".
class ActionPanel : public QWidget
{
    Q_OBJECT

public:
    // `document`, `store` and `catalog` must outlive the panel; `catalog` may be shared by
    // every panel of every editor.
    ActionPanel(WorkflowDocument *document, const QString &actionId, Store &store,
                QboCatalog *catalog, QWidget *parent = nullptr);
    ~ActionPanel() override;

    QString actionId() const { return m_actionId; }
    // Reads the QuickBooks connections from the store again (after connecting, reconnecting or
    // disconnecting a company). Also done each time the panel is shown.
    void reloadConnections();

Q_SIGNALS:
    // The person asked to delete this action; the editor removes it (one undoable edit).
    void deleteRequested(const QString &actionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // One dropdown over a QuickBooks list.
    struct Lookup
    {
        LookupComboBox *box = nullptr;
        QboCatalog::List list = QboCatalog::List::Accounts;
        std::optional<AccountField> accountField; // only accounts of the kinds it takes
        std::function<bool(const ActionSpec &)> shownFor;
        std::function<QString(const Action &)> get;
        std::function<void(Action &, const QString &)> set;
        QString undoText;
        // The entry before the rows that stands for the empty id ("The deal's first contact");
        // without one the empty id shows the placeholder.
        std::function<QString()> fixedEntry;
        QString shownConnection; // the company whose rows the box holds
        bool rowsShown = false;
    };

    void addRow(QLabel *label, QWidget *field);
    Lookup &addLookup(const QString &objectName, const QString &label, const QString &accessible);
    void refresh();
    void refreshConnectionCombo(const Action &action);
    void showCatalogState(Lookup &lookup, const QString &connectionId);
    void onCatalogChanged(const QString &connectionId, QboCatalog::List list);
    void edit(const std::function<void(Action &)> &change, const QString &undoText);
    const Action *action() const;
    const Connection *connection(const QString &id) const;
    // What the fixed entries and notes call the enrolled record's parts.
    struct RecordWords
    {
        QString firstContact; // "The deal's first contact"
        QString lineItems;    // "The deal's line items"
        QString oneLine;      // the note when one QuickBooks product is chosen
    };
    RecordWords recordWords() const;

    QPointer<WorkflowDocument> m_document;
    QString m_actionId;
    Store &m_store;
    QPointer<QboCatalog> m_catalog;
    QVector<Connection> m_connections; // QuickBooks companies only
    QString m_connectionsError;

    QVBoxLayout *m_fields = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_connectionCombo = nullptr;
    QLabel *m_connectionNote = nullptr;
    std::vector<std::unique_ptr<Lookup>> m_lookups; // in the form's order
    QWidget *m_createProductRow = nullptr;
    QButtonGroup *m_createProduct = nullptr;
    QRadioButton *m_createProductNo = nullptr;
    QRadioButton *m_createProductYes = nullptr;
    QLabel *m_ruleNote = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_refreshing = false;
};

} // namespace bookflow
