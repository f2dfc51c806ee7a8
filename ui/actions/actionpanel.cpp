#include "ui/actions/actionpanel.h"

#include "core/store/store.h"
#include "core/workflow/actioncompany.h"
#include "core/workflow/workflow.h"
#include "ui/actions/lookupcombobox.h"
#include "ui/editor/workflowdocument.h"
#include "ui/icons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace bookflow {

namespace {

QLabel *noteLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ActionPanel::ActionPanel(WorkflowDocument *document, const QString &actionId, Store &store,
                         QboCatalog *catalog, QWidget *parent)
    : QWidget(parent), m_document(document), m_actionId(actionId), m_store(store),
      m_catalog(catalog)
{
    setObjectName(QStringLiteral("actionPanel"));
    auto *outer = new QVBoxLayout(this);
    // The trigger panel's margins: switching cards must not shift the panel's title and fields.
    outer->setContentsMargins(16, 16, 16, 16);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Action"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);
    outer->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));

    // Labels above their fields, as in HubSpot's panel: the panel is narrow and the labels are
    // questions that wrap over the whole width.
    m_fields = new QVBoxLayout;
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
    outer->addLayout(m_fields);

    // 1. Which QuickBooks account.
    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setAccessibleName(tr("Which QuickBooks account?"));
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connectionCombo->setMinimumContentsLength(16);
    m_connectionCombo->setModel(new QStandardItemModel(m_connectionCombo));
    auto *connectionLabel = new QLabel(tr("&Which QuickBooks account?"), this);
    connectionLabel->setWordWrap(true);
    connectionLabel->setBuddy(m_connectionCombo);
    addRow(connectionLabel, m_connectionCombo);
    m_connectionNote = noteLabel(this, QStringLiteral("connectionNote"));
    m_fields->addWidget(m_connectionNote);
    connect(m_connectionCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString id = m_connectionCombo->itemData(index).toString();
        const Action *current = action();
        if (!current || id.isEmpty() || id == current->connection)
            return;
        const Connection *old = connection(current->connection);
        const Connection *chosen = connection(id);
        QStringList cleared;
        const Action moved = actionWithCompany(*current, id, &cleared);
        QString text = tr("Change the QuickBooks account to %1").arg(chosen ? chosen->name : id);
        if (!cleared.isEmpty()) {
            text = tr("Change the QuickBooks account to %1 (clears the %2 chosen in %3)")
                       .arg(chosen ? chosen->name : id, QLocale().createSeparatedList(cleared),
                            old ? old->name : current->connection);
        }
        edit([&moved](Action &a) { a = moved; }, text);
    });

    // 2. Payment terms (invoices).
    {
        Lookup &terms = addLookup(QStringLiteral("paymentTermsLookup"), tr("&Payment terms"),
                                  tr("Payment terms"));
        terms.list = QboCatalog::List::Terms;
        terms.shownFor = [](const ActionSpec &spec) { return spec.usesPaymentTerms; };
        terms.get = [](const Action &a) { return a.paymentTerms; };
        terms.set = [](Action &a, const QString &id) { a.paymentTerms = id; };
        terms.undoText = tr("Change payment terms");
        terms.fixedEntry = [] { return tr("The customer's default terms"); };
    }
    // 3. Customer.
    {
        Lookup &customer =
            addLookup(QStringLiteral("customerLookup"), tr("&Customer"), tr("Customer"));
        customer.list = QboCatalog::List::Customers;
        customer.shownFor = [](const ActionSpec &spec) { return spec.usesCustomerAndProducts; };
        customer.get = [](const Action &a) {
            return a.customer.source == CustomerChoice::Source::QuickBooksCustomer ? a.customer.id
                                                                                   : QString();
        };
        customer.set = [](Action &a, const QString &id) {
            a.customer.source = id.isEmpty() ? CustomerChoice::Source::FirstAssociatedContact
                                             : CustomerChoice::Source::QuickBooksCustomer;
            a.customer.id = id;
        };
        customer.undoText = tr("Change the customer");
        customer.fixedEntry = [this] { return recordWords().firstContact; };
    }
    // 4. Products.
    {
        Lookup &products =
            addLookup(QStringLiteral("productsLookup"), tr("P&roducts"), tr("Products"));
        products.list = QboCatalog::List::Items;
        products.shownFor = [](const ActionSpec &spec) { return spec.usesCustomerAndProducts; };
        products.get = [](const Action &a) {
            return a.products.source == ProductChoice::Source::QuickBooksItem ? a.products.id
                                                                              : QString();
        };
        products.set = [](Action &a, const QString &id) {
            a.products.source = id.isEmpty() ? ProductChoice::Source::LineItems
                                             : ProductChoice::Source::QuickBooksItem;
            a.products.id = id;
        };
        products.undoText = tr("Change the products");
        products.fixedEntry = [this] { return recordWords().lineItems; };
    }
    // 5. Create the product if it doesn't exist.
    {
        m_createProductRow = new QWidget(this);
        auto *row = new QHBoxLayout(m_createProductRow);
        row->setContentsMargins(0, 0, 0, 0);
        m_createProductNo = new QRadioButton(tr("&No"), m_createProductRow);
        m_createProductNo->setObjectName(QStringLiteral("createProductNo"));
        m_createProductNo->setAccessibleName(tr("No, don't create missing products"));
        m_createProductYes = new QRadioButton(tr("&Yes"), m_createProductRow);
        m_createProductYes->setObjectName(QStringLiteral("createProductYes"));
        m_createProductYes->setAccessibleName(tr("Yes, create missing products"));
        row->addWidget(m_createProductNo);
        row->addWidget(m_createProductYes);
        row->addStretch(1);
        m_createProduct = new QButtonGroup(this);
        m_createProduct->addButton(m_createProductNo, 0);
        m_createProduct->addButton(m_createProductYes, 1);
        auto *label = new QLabel(tr("Create the product in QuickBooks if it doesn't exist"), this);
        label->setWordWrap(true);
        addRow(label, m_createProductRow);
        connect(m_createProduct, &QButtonGroup::idClicked, this, [this](int id) {
            const bool create = id == 1;
            edit([create](Action &a) { a.createProductIfMissing = create; },
                 create ? tr("Create missing products in QuickBooks")
                        : tr("Don't create missing products in QuickBooks"));
        });
    }
    // The fields the type adds (ActionSpec).
    {
        Lookup &deposit =
            addLookup(QStringLiteral("depositAccountLookup"), tr("&Deposit to"), tr("Deposit to"));
        deposit.accountField = AccountField::DepositTo;
        deposit.shownFor = [](const ActionSpec &spec) { return spec.usesDepositAccount; };
        deposit.get = [](const Action &a) { return a.depositAccount; };
        deposit.set = [](Action &a, const QString &id) { a.depositAccount = id; };
        deposit.undoText = tr("Change the deposit account");
        deposit.fixedEntry = [] { return tr("Undeposited Funds (QuickBooks' default)"); };

        Lookup &paidFrom = addLookup(QStringLiteral("paidFromAccountLookup"),
                                     tr("P&aid from (bank or credit card)"), tr("Paid from"));
        paidFrom.accountField = AccountField::PaidFrom;
        paidFrom.shownFor = [](const ActionSpec &spec) { return spec.usesExpenseAccounts; };
        paidFrom.get = [](const Action &a) { return a.paidFromAccount; };
        paidFrom.set = [](Action &a, const QString &id) { a.paidFromAccount = id; };
        paidFrom.undoText = tr("Change the account the fee is paid from");
        paidFrom.box->setPlaceholderText(tr("Choose an account"));

        Lookup &expense = addLookup(QStringLiteral("expenseAccountLookup"), tr("&Expense category"),
                                    tr("Expense category"));
        expense.accountField = AccountField::ExpenseCategory;
        expense.shownFor = [](const ActionSpec &spec) { return spec.usesExpenseAccounts; };
        expense.get = [](const Action &a) { return a.expenseAccount; };
        expense.set = [](Action &a, const QString &id) { a.expenseAccount = id; };
        expense.undoText = tr("Change the expense category");
        expense.box->setPlaceholderText(tr("Choose an account"));

        Lookup &vendor = addLookup(QStringLiteral("vendorLookup"), tr("Payee &vendor (optional)"),
                                   tr("Payee vendor"));
        vendor.list = QboCatalog::List::Vendors;
        vendor.shownFor = [](const ActionSpec &spec) { return spec.usesExpenseAccounts; };
        vendor.get = [](const Action &a) { return a.vendor; };
        vendor.set = [](Action &a, const QString &id) { a.vendor = id; };
        vendor.undoText = tr("Change the payee vendor");
        vendor.fixedEntry = [] { return tr("No payee"); };

        Lookup &refund = addLookup(QStringLiteral("refundFromAccountLookup"), tr("Re&fund from"),
                                   tr("Refund from"));
        refund.accountField = AccountField::RefundFrom;
        refund.shownFor = [](const ActionSpec &spec) { return spec.usesRefundFromAccount; };
        refund.get = [](const Action &a) { return a.refundFromAccount; };
        refund.set = [](Action &a, const QString &id) { a.refundFromAccount = id; };
        refund.undoText = tr("Change the account the refund is paid from");
        refund.box->setPlaceholderText(tr("Choose an account"));
    }

    m_ruleNote = noteLabel(this, QStringLiteral("ruleNote"));
    m_ruleNote->setAccessibleName(tr("Rule of this action"));
    outer->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    outer->addWidget(m_ruleNote);

    m_delete = new QPushButton(icon(QStringLiteral("delete")), tr("Delete action"), this);
    m_delete->setObjectName(QStringLiteral("deleteActionButton"));
    m_delete->setAccessibleName(tr("Delete action"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    outer->addLayout(buttons);
    outer->addStretch(1);
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_actionId); });

    if (m_document)
        connect(m_document, &WorkflowDocument::changed, this, &ActionPanel::refresh);
    if (m_catalog)
        connect(m_catalog, &QboCatalog::changed, this, &ActionPanel::onCatalogChanged);

    reloadConnections();
}

ActionPanel::~ActionPanel() = default;

void ActionPanel::addRow(QLabel *label, QWidget *field)
{
    // One widget per row, so a row (label and field) shows and hides as one.
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) / 2);
    label->setParent(row);
    label->setWordWrap(true);
    field->setParent(row);
    layout->addWidget(label);
    layout->addWidget(field);
    m_fields->addWidget(row);
}

ActionPanel::Lookup &ActionPanel::addLookup(const QString &objectName, const QString &label,
                                            const QString &accessible)
{
    auto lookup = std::make_unique<Lookup>();
    lookup->box = new LookupComboBox(this);
    lookup->box->setObjectName(objectName);
    lookup->box->setAccessibleName(accessible);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setWordWrap(true);
    labelWidget->setBuddy(lookup->box);
    addRow(labelWidget, lookup->box);

    Lookup *raw = lookup.get();
    connect(raw->box, &LookupComboBox::currentIdChanged, this, [this, raw](const QString &id) {
        edit([raw, &id](Action &a) { raw->set(a, id); }, raw->undoText);
    });
    connect(raw->box, &LookupComboBox::retryRequested, this, [this, raw] {
        const Action *current = action();
        if (m_catalog && current && !current->connection.isEmpty())
            m_catalog->load(current->connection, raw->list, true);
    });
    m_lookups.push_back(std::move(lookup));
    return *raw;
}

const Action *ActionPanel::action() const
{
    return m_document ? m_document->workflow().action(m_actionId) : nullptr;
}

const Connection *ActionPanel::connection(const QString &id) const
{
    for (const Connection &c : m_connections) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

ActionPanel::RecordWords ActionPanel::recordWords() const
{
    // Whole sentences per record type, so each language can say them its own way.
    switch (m_document ? m_document->workflow().objectType : ObjectType::Deal) {
    case ObjectType::Deal:
        return {tr("The deal's first contact"), tr("The deal's line items"),
                tr("With one QuickBooks product chosen, the document has one line for the "
                   "deal's amount.")};
    case ObjectType::Quote:
        return {tr("The quote's first contact"), tr("The quote's line items"),
                tr("With one QuickBooks product chosen, the document has one line for the "
                   "quote's amount.")};
    case ObjectType::Payment:
        return {tr("The payment's first contact"), tr("The payment's line items"),
                tr("With one QuickBooks product chosen, the document has one line for the "
                   "payment's amount.")};
    }
    return {};
}

void ActionPanel::reloadConnections()
{
    m_connections.clear();
    m_connectionsError.clear();
    const Result<QVector<Connection>> listed = m_store.connections();
    if (listed.ok()) {
        for (const Connection &c : listed.value()) {
            if (c.provider == Provider::QuickBooks)
                m_connections.append(c);
        }
    } else {
        m_connectionsError = listed.reason();
    }
    refresh();
}

void ActionPanel::showEvent(QShowEvent *event)
{
    // The editor keeps panels while other cards are selected; a company may have been
    // connected or disconnected meanwhile. One local read.
    if (!event->spontaneous())
        reloadConnections();
    QWidget::showEvent(event);
}

void ActionPanel::edit(const std::function<void(Action &)> &change, const QString &undoText)
{
    if (m_refreshing || !m_document)
        return;
    Workflow after = m_document->workflow();
    for (Action &a : after.actions) {
        if (a.id == m_actionId) {
            change(a);
            m_document->apply(after, undoText);
            return;
        }
    }
}

void ActionPanel::refreshConnectionCombo(const Action &current)
{
    auto *model = static_cast<QStandardItemModel *>(m_connectionCombo->model());
    model->clear();
    int selected = -1;
    for (const Connection &c : m_connections) {
        QStringList parts{c.name.isEmpty() ? tr("Company %1").arg(c.accountId) : c.name,
                          environmentLabel(c.environment)};
        if (!c.country.trimmed().isEmpty())
            parts.append(c.country.trimmed());
        QString text = parts.join(QStringLiteral(" · "));
        auto *item = new QStandardItem(icon(QStringLiteral("quickbooks")), text);
        item->setData(c.id, Qt::UserRole);
        if (!c.isUnitedStates()) {
            // Shown, so the person sees why their company is missing, but not choosable.
            item->setText(tr("%1 — outside the US, can't be used").arg(text));
            item->setToolTip(tr("Bookflow creates QuickBooks documents only in US companies."));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        } else if (c.state == ConnectionState::NeedsReconnect) {
            item->setText(tr("%1 — needs reconnecting").arg(text));
            item->setToolTip(c.stateReason);
        }
        model->appendRow(item);
        if (c.id == current.connection)
            selected = model->rowCount() - 1;
    }
    if (selected < 0 && !current.connection.isEmpty()) {
        // A company that is no longer connected (an imported file, a disconnect): keep it
        // visible as what the action says.
        auto *item = new QStandardItem(
            tr("A company that is not connected (id %1)").arg(current.connection));
        item->setData(current.connection, Qt::UserRole);
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        model->appendRow(item);
        selected = model->rowCount() - 1;
    }
    m_connectionCombo->setPlaceholderText(m_connections.isEmpty()
                                              ? tr("No QuickBooks company is connected")
                                              : tr("Choose a QuickBooks company"));
    m_connectionCombo->setCurrentIndex(selected);

    QString note;
    if (!m_connectionsError.isEmpty()) {
        note = m_connectionsError;
    } else if (m_connections.isEmpty()) {
        note = tr("Connect a QuickBooks company in Connections to choose it here.");
    } else if (const Connection *c = connection(current.connection)) {
        if (!c->isUnitedStates()) {
            note = tr("⚠ %1 is outside the US (country: %2). Bookflow creates QuickBooks "
                      "documents only in US companies; choose a US company.")
                       .arg(c->name, c->country.isEmpty() ? tr("unknown") : c->country);
        } else if (c->state == ConnectionState::NeedsReconnect) {
            note = tr("⚠ %1 needs reconnecting in Connections: %2").arg(c->name, c->stateReason);
        }
    } else if (!current.connection.isEmpty()) {
        note = tr("⚠ The QuickBooks company this action was made for is not connected. Choose "
                  "a connected company.");
    }
    m_connectionNote->setText(note);
    m_connectionNote->setVisible(!note.isEmpty());
}

void ActionPanel::refresh()
{
    const Action *current = action();
    if (!current) {
        // The action was deleted (the editor usually closes the panel first).
        setEnabled(false);
        m_title->setText(tr("This action no longer exists."));
        return;
    }
    setEnabled(true);
    m_refreshing = true;
    const ActionSpec &spec = actionSpec(current->type);
    m_title->setText(actionTypeLabel(current->type));
    refreshConnectionCombo(*current);

    const QString connectionId = current->connection;
    for (const std::unique_ptr<Lookup> &lookup : m_lookups) {
        const bool shown = lookup->shownFor(spec);
        lookup->box->parentWidget()->setVisible(shown);
        if (!shown)
            continue;
        if (lookup->fixedEntry)
            lookup->box->setFixedEntries({{QString(), lookup->fixedEntry(), QString()}});
        lookup->box->setCurrentId(lookup->get(*current));
        lookup->box->setEnabled(!connectionId.isEmpty());
        if (lookup->shownConnection != connectionId || !lookup->rowsShown) {
            lookup->shownConnection = connectionId;
            showCatalogState(*lookup, connectionId);
        }
    }

    m_createProductRow->parentWidget()->setVisible(spec.usesCustomerAndProducts);
    m_createProductYes->setChecked(current->createProductIfMissing);
    m_createProductNo->setChecked(!current->createProductIfMissing);

    QString rule;
    switch (current->type) {
    case ActionType::CreatePaidInvoice:
        rule = tr("⚠ Paid invoices are created only when no line item is taxable. The payment "
                  "is recorded against the invoice for the payment's amount.");
        break;
    case ActionType::CreateRefundReceipt:
        rule = tr("⚠ Refund receipts are created only for payments that are fully refunded.");
        break;
    case ActionType::CreateExpense:
        rule = tr("The expense records the payment's processing fee (its fees amount); "
                  "payments without a fee are skipped with that reason.");
        break;
    case ActionType::CreatePaymentSalesReceipt:
        rule = tr("Sales receipts take any products, taxable or not.");
        break;
    default:
        break;
    }
    if (spec.usesCustomerAndProducts &&
        current->products.source == ProductChoice::Source::QuickBooksItem) {
        const QString line = recordWords().oneLine;
        rule = rule.isEmpty() ? line : rule + QLatin1Char('\n') + line;
    }
    m_ruleNote->setText(rule);
    m_ruleNote->setVisible(!rule.isEmpty());
    m_refreshing = false;
}

void ActionPanel::showCatalogState(Lookup &lookup, const QString &connectionId)
{
    LookupComboBox *box = lookup.box;
    if (connectionId.isEmpty() || !m_catalog) {
        box->setRows({});
        lookup.rowsShown = true;
        return;
    }
    switch (m_catalog->state(connectionId, lookup.list)) {
    case QboCatalog::State::NotLoaded:
        box->setRows({});
        box->setLoading();
        lookup.rowsShown = false;
        // changed() comes back (Loading, then Loaded or Failed) and lands in onCatalogChanged.
        m_catalog->load(connectionId, lookup.list);
        return;
    case QboCatalog::State::Loading:
        if (!box->isLoading()) {
            box->setRows({});
            box->setLoading();
        }
        lookup.rowsShown = false;
        return;
    case QboCatalog::State::Failed:
        box->setRows({});
        box->setError(m_catalog->error(connectionId, lookup.list));
        lookup.rowsShown = true;
        return;
    case QboCatalog::State::Loaded:
        break;
    }
    QVector<LookupRow> rows = m_catalog->rows(connectionId, lookup.list);
    if (lookup.accountField) {
        QVector<LookupRow> fitting;
        for (const LookupRow &row : qAsConst(rows)) {
            if (accountTypeFits(*lookup.accountField, row.detail))
                fitting.append(row);
        }
        rows = std::move(fitting);
    }
    box->setRows(rows);
    lookup.rowsShown = true;
}

void ActionPanel::onCatalogChanged(const QString &connectionId, QboCatalog::List list)
{
    const Action *current = action();
    if (!current || current->connection != connectionId)
        return;
    const ActionSpec &spec = actionSpec(current->type);
    for (const std::unique_ptr<Lookup> &lookup : m_lookups) {
        if (lookup->list == list && lookup->shownFor(spec)) {
            lookup->shownConnection = connectionId;
            showCatalogState(*lookup, connectionId);
        }
    }
}

} // namespace bookflow
