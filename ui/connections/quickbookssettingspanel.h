#pragma once

#include "core/store/connection.h"
#include "core/workflow/accountfield.h"
#include "ui/actions/qbocatalog.h"

#include <QPointer>
#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QTimer;
class QVBoxLayout;

namespace bookflow {

class LookupComboBox;
class ProductMappingEditor;

// A QuickBooks connection's settings (PRODUCT.md §5): integration mode, the data-sync contact
// filters, product sync and its mapping, the income account for new products and the default
// accounts new actions start with. Every change is reported at once with settingsEdited(); the
// page saves it and answers with showSaved() or showSaveError().
//
// The account and product pickers read the company's lists from a QboCatalog (loaded on the
// Interactive lane the first time the panel is shown); HubSpot's products come from the page.
//
// Object names: "integrationLegacy", "integrationDataSync", "dataSyncFilters" (the factory's
// editor is placed inside it; without a factory "dataSyncFiltersText" says them in words),
// "productSync", "productMappingEditor", "incomeAccount", "defaultAccount_<field>" for
// depositAccount, refundFromAccount, paidFromAccount and expenseAccount, and "settingsStatus".
class QuickBooksSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    using FilterEditorFactory = std::function<QWidget *(
        const QVector<FilterGroup> &groups,
        std::function<void(const QVector<FilterGroup> &)> onEdited, QWidget *parent)>;

    QuickBooksSettingsPanel(const Connection &connection, QboCatalog &catalog,
                            QWidget *parent = nullptr);

    // Shows the stored settings without reporting them as edits.
    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }
    // Null: the filters are shown in words, read-only.
    void setFilterEditorFactory(const FilterEditorFactory &factory);

    void setHubSpotProductsLoading();
    void setHubSpotProductsError(const QString &reason);
    void setHubSpotProducts(const QVector<LookupRow> &products);

    // Asks QuickBooks again for the lists whose last load failed (after a reconnect or a
    // successful check).
    void retryFailedLists();

    // The outcome of saving the last edit: "Saved", briefly; or the reason it failed, until the
    // next save.
    void showSaved();
    void showSaveError(const QString &reason);

    // The settings a person chose on this panel, copied onto `target` (which keeps the rest:
    // name, state, tokens' details). The one place that knows which fields are "settings".
    static void copySettings(const Connection &from, Connection &target);

Q_SIGNALS:
    // `connection` is the panel's connection with the person's change applied.
    void settingsEdited(const bookflow::Connection &connection);
    void hubSpotProductsRetryRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // One account picker: a default account of an action field, or (no field) the income
    // account for new products.
    struct AccountPicker
    {
        std::optional<AccountField> field;
        LookupComboBox *picker = nullptr;
    };

    void buildFilterEditor();
    void updateFiltersRow();
    void updateLists();
    void applyAccountRows(const AccountPicker &account);
    void edit(const std::function<void(Connection &)> &change);
    LookupComboBox *addAccountPicker(std::optional<AccountField> field, const QString &objectName,
                                     const QString &accessibleName, const QString &emptyLabel);

    Connection m_connection;
    QboCatalog &m_catalog;
    FilterEditorFactory m_filterFactory;
    QVector<FilterGroup> m_editorGroups; // what the factory's editor shows (or last reported)
    bool m_listsRequested = false;

    QFormLayout *m_form = nullptr;
    QRadioButton *m_legacy = nullptr;
    QRadioButton *m_dataSync = nullptr;
    QWidget *m_filtersHost = nullptr;
    QVBoxLayout *m_filtersLayout = nullptr;
    QPointer<QWidget> m_filterEditor;
    QLabel *m_filtersText = nullptr;
    QCheckBox *m_productSync = nullptr;
    ProductMappingEditor *m_mapping = nullptr;
    QVector<AccountPicker> m_accounts;
    QLabel *m_status = nullptr;
    QTimer *m_statusTimer = nullptr;
};

} // namespace bookflow
