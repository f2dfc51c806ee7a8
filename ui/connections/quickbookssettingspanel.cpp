#include "ui/connections/quickbookssettingspanel.h"

#include "ui/actions/lookupcombobox.h"
#include "ui/connections/productmappingeditor.h"
#include "ui/editor/filtertext.h"
#include "ui/hintlabel.h"
#include "ui/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// The data-sync filters in words, one line per filter, groups joined by OR. Each filter reads
// as on the trigger card ("Contact › email is known"); the filters are the contact's, so no
// workflow's record is "the" object and the object is always named.
QString filtersInWords(const QVector<FilterGroup> &groups)
{
    if (groups.isEmpty())
        return QuickBooksSettingsPanel::tr("No filters: every contact is eligible.");
    QStringList lines;
    for (int g = 0; g < groups.size(); ++g) {
        if (g > 0)
            lines.append(QuickBooksSettingsPanel::tr("OR"));
        const QVector<Filter> &filters = groups.at(g).filters;
        for (int f = 0; f < filters.size(); ++f) {
            const QString line = filterInWords(filters.at(f), ObjectType::Deal, nullptr);
            lines.append(f > 0 ? QuickBooksSettingsPanel::tr("AND %1").arg(line) : line);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// Whether an account can take the income of the products Bookflow creates (an Item's
// IncomeAccountRef: Income or Other Income). Not an action's field, so not in AccountField.
bool isIncomeAccount(const QString &accountType)
{
    const QString type = accountType.trimmed();
    return type.compare(QLatin1String("Income"), Qt::CaseInsensitive) == 0 ||
           type.compare(QLatin1String("Other Income"), Qt::CaseInsensitive) == 0;
}

} // namespace

QuickBooksSettingsPanel::QuickBooksSettingsPanel(const Connection &connection, QboCatalog &catalog,
                                                 QWidget *parent)
    : QWidget(parent), m_connection(connection), m_catalog(catalog)
{
    setObjectName(QStringLiteral("quickBooksSettings"));
    setAccessibleName(tr("Settings of %1").arg(connection.name));
    // Fields wider than this only make the eye travel (the card itself takes any width).
    setMaximumWidth(900);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(tr("Settings for this company"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setAccessibleName(tr("Settings saved state"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_status, 2);
    outer->addLayout(titleRow);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(2500);
    connect(m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(10);
    outer->addLayout(m_form);

    // Customer matching (PRODUCT.md §1).
    auto *modeBox = new QWidget(this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->setSpacing(2);
    // Short choices with their explanation below, wrapped: the card stays readable at 700 px.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    const auto explained = [this, modeBox, modeLayout, indent](QAbstractButton *button,
                                                               const QString &text) {
        modeLayout->addWidget(button);
        QLabel *hint = hintLabel(text, modeBox);
        hint->setContentsMargins(indent, 0, 0, 4);
        hint->setBuddy(button);
        modeLayout->addWidget(hint);
    };
    m_legacy = new QRadioButton(integrationModeLabel(IntegrationMode::Legacy), modeBox);
    m_legacy->setObjectName(QStringLiteral("integrationLegacy"));
    m_legacy->setAccessibleName(tr("Legacy customer matching"));
    m_dataSync = new QRadioButton(integrationModeLabel(IntegrationMode::DataSync), modeBox);
    m_dataSync->setObjectName(QStringLiteral("integrationDataSync"));
    m_dataSync->setAccessibleName(tr("Data sync customer matching"));
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_legacy);
    modeGroup->addButton(m_dataSync);
    explained(m_legacy, tr("The contact is matched to a QuickBooks customer by name and email; "
                           "a missing customer is created."));
    explained(m_dataSync, tr("Only contacts that meet the filters below are synced, matched by "
                             "email; for any other contact the action fails and creates "
                             "nothing."));
    m_form->addRow(tr("Customers:"), modeBox);
    connect(m_dataSync, &QRadioButton::toggled, this, [this](bool dataSync) {
        updateFiltersRow();
        const IntegrationMode mode = dataSync ? IntegrationMode::DataSync : IntegrationMode::Legacy;
        if (mode != m_connection.integrationMode)
            edit([mode](Connection &c) { c.integrationMode = mode; });
    });

    m_filtersHost = new QWidget(this);
    m_filtersHost->setObjectName(QStringLiteral("dataSyncFilters"));
    m_filtersHost->setAccessibleName(tr("Data-sync contact filters"));
    m_filtersLayout = new QVBoxLayout(m_filtersHost);
    m_filtersLayout->setContentsMargins(0, 0, 0, 0);
    m_filtersText = new QLabel(m_filtersHost);
    m_filtersText->setObjectName(QStringLiteral("dataSyncFiltersText"));
    m_filtersText->setTextFormat(Qt::PlainText);
    m_filtersText->setWordWrap(true);
    m_filtersText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filtersLayout->addWidget(m_filtersText);
    m_form->addRow(tr("Contact filters:"), m_filtersHost);

    // Products (PRODUCT.md §1 "Line items").
    auto *productsBox = new QWidget(this);
    auto *productsLayout = new QVBoxLayout(productsBox);
    productsLayout->setContentsMargins(0, 0, 0, 0);
    productsLayout->setSpacing(6);
    m_productSync = new QCheckBox(tr("Product sync"), productsBox);
    m_productSync->setObjectName(QStringLiteral("productSync"));
    m_productSync->setAccessibleName(tr("Product sync"));
    productsLayout->addWidget(m_productSync);
    productsLayout->addWidget(
        hintLabel(tr("Keep HubSpot products linked to QuickBooks products. A line item of a "
                     "mapped HubSpot product uses the QuickBooks product chosen here; other line "
                     "items are matched by SKU, then by name."),
                  productsBox));
    m_mapping = new ProductMappingEditor(productsBox);
    productsLayout->addWidget(m_mapping);
    m_form->addRow(tr("Products:"), productsBox);
    connect(m_productSync, &QCheckBox::toggled, this, [this](bool on) {
        if (on != m_connection.productSync)
            edit([on](Connection &c) { c.productSync = on; });
    });
    connect(m_mapping, &ProductMappingEditor::mappingEdited, this,
            [this](const QMap<QString, QString> &mapping) {
                edit([mapping](Connection &c) { c.productMapping = mapping; });
            });
    connect(m_mapping, &ProductMappingEditor::itemsRetryRequested, this,
            [this] { m_catalog.load(m_connection.id, QboCatalog::List::Items, true); });
    connect(m_mapping, &ProductMappingEditor::productsRetryRequested, this,
            &QuickBooksSettingsPanel::hubSpotProductsRetryRequested);

    // Accounts.
    m_form->addRow(tr("Income account for new products:"),
                   addAccountPicker(std::nullopt, QStringLiteral("incomeAccount"),
                                    tr("Income account for new products"),
                                    tr("The company's first income account")));
    auto *defaultsTitle = new QLabel(tr("Accounts new actions start with"), this);
    defaultsTitle->setFont(titleFont);
    m_form->addRow(defaultsTitle);
    struct Default
    {
        AccountField field;
        QString label;
        QString accessible;
        QString empty;
    };
    const Default defaults[] = {
        {AccountField::DepositTo, tr("Deposit to:"),
         tr("Default deposit account for paid invoices and sales receipts"),
         tr("Undeposited Funds (QuickBooks' default)")},
        {AccountField::RefundFrom, tr("Refund from:"), tr("Default account refunds are paid from"),
         tr("Not chosen")},
        {AccountField::PaidFrom, tr("Fees paid from:"),
         tr("Default account payment fees are paid from"), tr("Not chosen")},
        {AccountField::ExpenseCategory, tr("Fees recorded in:"),
         tr("Default expense category for payment fees"), tr("Not chosen")},
    };
    for (const Default &d : defaults) {
        m_form->addRow(
            d.label, addAccountPicker(
                         d.field, QStringLiteral("defaultAccount_%1").arg(accountFieldKey(d.field)),
                         d.accessible, d.empty));
    }

    connect(&m_catalog, &QboCatalog::changed, this,
            [this](const QString &connectionId, QboCatalog::List) {
                if (connectionId == m_connection.id)
                    updateLists();
            });

    setConnection(connection);
    buildFilterEditor();
    updateLists();
}

LookupComboBox *QuickBooksSettingsPanel::addAccountPicker(std::optional<AccountField> field,
                                                          const QString &objectName,
                                                          const QString &accessibleName,
                                                          const QString &emptyLabel)
{
    auto *picker = new LookupComboBox(this);
    picker->setObjectName(objectName);
    picker->setAccessibleName(accessibleName);
    picker->setFixedEntries({LookupRow{QString(), emptyLabel, QString()}});
    m_accounts.append(AccountPicker{field, picker});
    // The income account has no key: it is Connection::incomeAccount.
    const QString key = field ? accountFieldKey(*field) : QString();
    connect(picker, &LookupComboBox::currentIdChanged, this, [this, key](const QString &id) {
        edit([key, id](Connection &c) {
            if (key.isEmpty())
                c.incomeAccount = id;
            else if (id.isEmpty())
                c.defaultAccounts.remove(key);
            else
                c.defaultAccounts.insert(key, id);
        });
    });
    connect(picker, &LookupComboBox::retryRequested, this,
            [this] { m_catalog.load(m_connection.id, QboCatalog::List::Accounts, true); });
    return picker;
}

void QuickBooksSettingsPanel::copySettings(const Connection &from, Connection &target)
{
    target.integrationMode = from.integrationMode;
    target.dataSyncFilters = from.dataSyncFilters;
    target.productSync = from.productSync;
    target.productMapping = from.productMapping;
    target.incomeAccount = from.incomeAccount;
    target.defaultAccounts = from.defaultAccounts;
}

void QuickBooksSettingsPanel::setConnection(const Connection &connection)
{
    const bool filtersChanged = connection.dataSyncFilters != m_connection.dataSyncFilters;
    m_connection = connection;
    {
        const QSignalBlocker a(m_legacy);
        const QSignalBlocker b(m_dataSync);
        (connection.integrationMode == IntegrationMode::DataSync ? m_dataSync : m_legacy)
            ->setChecked(true);
    }
    {
        const QSignalBlocker blocker(m_productSync);
        m_productSync->setChecked(connection.productSync);
    }
    {
        const QSignalBlocker blocker(m_mapping);
        m_mapping->setMapping(connection.productMapping);
    }
    for (const AccountPicker &account : std::as_const(m_accounts)) {
        const QSignalBlocker blocker(account.picker);
        account.picker->setCurrentId(
            account.field ? connection.defaultAccounts.value(accountFieldKey(*account.field))
                          : connection.incomeAccount);
    }
    m_filtersText->setText(filtersInWords(connection.dataSyncFilters));
    // The factory's editor is rebuilt only for filters it did not report itself (a reload after
    // someone else's change), so an edit in progress keeps its focus and state.
    if (filtersChanged && m_filterFactory && connection.dataSyncFilters != m_editorGroups)
        buildFilterEditor();
    updateFiltersRow();
}

void QuickBooksSettingsPanel::setFilterEditorFactory(const FilterEditorFactory &factory)
{
    m_filterFactory = factory;
    buildFilterEditor();
}

void QuickBooksSettingsPanel::buildFilterEditor()
{
    if (m_filterEditor) {
        m_filterEditor->hide();
        m_filterEditor->deleteLater();
        m_filterEditor = nullptr;
    }
    m_editorGroups = m_connection.dataSyncFilters;
    if (m_filterFactory) {
        const QPointer<QuickBooksSettingsPanel> self(this);
        m_filterEditor = m_filterFactory(
            m_editorGroups,
            [self](const QVector<FilterGroup> &groups) {
                if (!self)
                    return;
                self->m_editorGroups = groups;
                if (groups == self->m_connection.dataSyncFilters)
                    return;
                self->edit([groups](Connection &c) { c.dataSyncFilters = groups; });
            },
            m_filtersHost);
    }
    if (m_filterEditor) {
        m_filtersLayout->addWidget(m_filterEditor);
        m_filterEditor->show(); // now, not when the layout next runs
    }
    m_filtersText->setVisible(!m_filterEditor);
}

void QuickBooksSettingsPanel::updateFiltersRow()
{
    // The filters mean something only in data-sync mode.
    m_form->setRowVisible(m_filtersHost, m_dataSync->isChecked());
}

void QuickBooksSettingsPanel::setHubSpotProductsLoading()
{
    m_mapping->setProductsLoading();
}

void QuickBooksSettingsPanel::setHubSpotProductsError(const QString &reason)
{
    m_mapping->setProductsError(reason);
}

void QuickBooksSettingsPanel::setHubSpotProducts(const QVector<LookupRow> &products)
{
    m_mapping->setProducts(products);
}

void QuickBooksSettingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The lists are asked for when the settings are first seen, not for every card made.
    if (!m_listsRequested) {
        m_listsRequested = true;
        m_catalog.load(m_connection.id, QboCatalog::List::Accounts);
        m_catalog.load(m_connection.id, QboCatalog::List::Items);
        updateLists();
    }
}

void QuickBooksSettingsPanel::retryFailedLists()
{
    if (!m_listsRequested)
        return; // not shown yet: the first showing loads them
    for (const QboCatalog::List list : {QboCatalog::List::Accounts, QboCatalog::List::Items}) {
        if (m_catalog.state(m_connection.id, list) == QboCatalog::State::Failed)
            m_catalog.load(m_connection.id, list, true);
    }
}

void QuickBooksSettingsPanel::applyAccountRows(const AccountPicker &account)
{
    const QString &id = m_connection.id;
    switch (m_catalog.state(id, QboCatalog::List::Accounts)) {
    case QboCatalog::State::NotLoaded:
    case QboCatalog::State::Loading:
        account.picker->setLoading();
        return;
    case QboCatalog::State::Failed:
        account.picker->setError(m_catalog.error(id, QboCatalog::List::Accounts));
        return;
    case QboCatalog::State::Loaded:
        break;
    }
    // Only the kinds of account QuickBooks takes there (the same rule as the action panel's).
    QVector<LookupRow> rows;
    for (const LookupRow &row : m_catalog.rows(id, QboCatalog::List::Accounts)) {
        if (account.field ? accountTypeFits(*account.field, row.detail)
                          : isIncomeAccount(row.detail))
            rows.append(row);
    }
    account.picker->setRows(rows);
}

void QuickBooksSettingsPanel::updateLists()
{
    for (const AccountPicker &account : std::as_const(m_accounts))
        applyAccountRows(account);
    const QString &id = m_connection.id;
    switch (m_catalog.state(id, QboCatalog::List::Items)) {
    case QboCatalog::State::NotLoaded:
    case QboCatalog::State::Loading:
        m_mapping->setItemsLoading();
        break;
    case QboCatalog::State::Failed:
        m_mapping->setItemsError(m_catalog.error(id, QboCatalog::List::Items));
        break;
    case QboCatalog::State::Loaded:
        m_mapping->setItems(m_catalog.rows(id, QboCatalog::List::Items));
        break;
    }
}

void QuickBooksSettingsPanel::edit(const std::function<void(Connection &)> &change)
{
    Connection edited = m_connection;
    change(edited);
    if (edited == m_connection)
        return;
    m_connection = edited;
    m_filtersText->setText(filtersInWords(edited.dataSyncFilters));
    Q_EMIT settingsEdited(edited);
}

void QuickBooksSettingsPanel::showSaved()
{
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Saved"));
    m_statusTimer->start();
}

void QuickBooksSettingsPanel::showSaveError(const QString &reason)
{
    m_statusTimer->stop();
    m_status->setForegroundRole(QPalette::WindowText);
    m_status->setText(tr("Not saved: %1").arg(reason));
}

} // namespace bookflow
