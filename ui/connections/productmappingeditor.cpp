#include "ui/connections/productmappingeditor.h"

#include "ui/actions/lookupcombobox.h"
#include "ui/icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bookflow {

namespace {

enum Column { ProductColumn, ItemColumn, RemoveColumn };
constexpr int MaxVisibleRows = 8; // beyond that the table scrolls instead of growing the card

} // namespace

ProductMappingEditor::ProductMappingEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("productMappingEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("productMappingTable"));
    m_table->setAccessibleName(tr("Product mapping"));
    m_table->setHorizontalHeaderLabels(
        {tr("HubSpot product"), tr("QuickBooks product"), QString()});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus); // the pickers and buttons in it take the focus
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table);

    m_empty = new QLabel(tr("No products mapped yet."), this);
    m_empty->setObjectName(QStringLiteral("productMappingEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(6);
    m_newProduct = new LookupComboBox(this);
    m_newProduct->setObjectName(QStringLiteral("newMappingProduct"));
    m_newProduct->setAccessibleName(tr("HubSpot product to map"));
    m_newProduct->setPlaceholderText(tr("HubSpot product…"));
    m_newItem = new LookupComboBox(this);
    m_newItem->setObjectName(QStringLiteral("newMappingItem"));
    m_newItem->setAccessibleName(tr("QuickBooks product to map it to"));
    m_newItem->setPlaceholderText(tr("QuickBooks product…"));
    auto *arrow = new QLabel(QStringLiteral("→"), this);
    arrow->setAccessibleName(tr("maps to"));
    m_add = new QPushButton(icon(QStringLiteral("add")), tr("Add mapping"), this);
    m_add->setObjectName(QStringLiteral("addMapping"));
    m_add->setAccessibleName(tr("Add the product mapping"));
    addRow->addWidget(m_newProduct, 1);
    addRow->addWidget(arrow);
    addRow->addWidget(m_newItem, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);

    connect(m_newProduct, &LookupComboBox::currentIdChanged, this,
            &ProductMappingEditor::updateAddRow);
    connect(m_newItem, &LookupComboBox::currentIdChanged, this,
            &ProductMappingEditor::updateAddRow);
    connect(m_newItem, &LookupComboBox::retryRequested, this,
            &ProductMappingEditor::itemsRetryRequested);
    connect(m_newProduct, &LookupComboBox::retryRequested, this,
            &ProductMappingEditor::productsRetryRequested);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString product = m_newProduct->currentId();
        const QString item = m_newItem->currentId();
        if (product.isEmpty() || item.isEmpty())
            return;
        m_mapping.insert(product, item);
        m_newProduct->setCurrentId(QString());
        m_newItem->setCurrentId(QString());
        rebuildRows();
        Q_EMIT mappingEdited(m_mapping);
    });

    setItemsLoading();
    setProductsLoading();
    rebuildRows();
}

void ProductMappingEditor::setMapping(const QMap<QString, QString> &mapping)
{
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    rebuildRows();
}

void ProductMappingEditor::setItemsLoading()
{
    m_itemsState = ListState::Loading;
    applyItems(m_newItem);
    for (auto *picker : m_table->findChildren<LookupComboBox *>(QStringLiteral("mappingItem")))
        applyItems(picker);
}

void ProductMappingEditor::setItemsError(const QString &reason)
{
    m_itemsState = ListState::Failed;
    m_itemsError = reason;
    applyItems(m_newItem);
    for (auto *picker : m_table->findChildren<LookupComboBox *>(QStringLiteral("mappingItem")))
        applyItems(picker);
}

void ProductMappingEditor::setItems(const QVector<LookupRow> &items)
{
    m_itemsState = ListState::Loaded;
    m_items = items;
    applyItems(m_newItem);
    for (auto *picker : m_table->findChildren<LookupComboBox *>(QStringLiteral("mappingItem")))
        applyItems(picker);
}

void ProductMappingEditor::setProductsLoading()
{
    m_productsState = ListState::Loading;
    applyProducts(m_newProduct);
}

void ProductMappingEditor::setProductsError(const QString &reason)
{
    m_productsState = ListState::Failed;
    m_productsError = reason;
    applyProducts(m_newProduct);
}

void ProductMappingEditor::setProducts(const QVector<LookupRow> &products)
{
    m_productsState = ListState::Loaded;
    m_products = products;
    applyProducts(m_newProduct);
    // The rows show the products' names now instead of their ids.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *cell = m_table->item(row, ProductColumn);
        if (cell) {
            cell->setText(productLabel(cell->data(Qt::UserRole).toString()));
            cell->setToolTip(cell->text());
        }
    }
}

void ProductMappingEditor::applyItems(LookupComboBox *picker) const
{
    switch (m_itemsState) {
    case ListState::Loading:
        picker->setLoading();
        break;
    case ListState::Failed:
        picker->setError(m_itemsError);
        break;
    case ListState::Loaded:
        picker->setRows(m_items);
        break;
    }
}

void ProductMappingEditor::applyProducts(LookupComboBox *picker) const
{
    switch (m_productsState) {
    case ListState::Loading:
        picker->setLoading();
        break;
    case ListState::Failed:
        picker->setError(m_productsError);
        break;
    case ListState::Loaded:
        picker->setRows(m_products);
        break;
    }
}

QString ProductMappingEditor::productLabel(const QString &productId) const
{
    for (const LookupRow &row : m_products) {
        if (row.id == productId) {
            if (row.detail.isEmpty())
                return row.name;
            return tr("%1 (%2)").arg(row.name, row.detail);
        }
    }
    return tr("HubSpot product %1").arg(productId);
}

void ProductMappingEditor::rebuildRows()
{
    m_table->setRowCount(0);
    // By what a person reads, not by id.
    QStringList products = m_mapping.keys();
    std::sort(products.begin(), products.end(), [this](const QString &a, const QString &b) {
        return productLabel(a).localeAwareCompare(productLabel(b)) < 0;
    });
    m_table->setRowCount(int(products.size()));
    for (int row = 0; row < products.size(); ++row) {
        const QString product = products.at(row);
        auto *cell = new QTableWidgetItem(productLabel(product));
        cell->setData(Qt::UserRole, product);
        cell->setToolTip(cell->text());
        m_table->setItem(row, ProductColumn, cell);

        auto *picker = new LookupComboBox(m_table);
        picker->setObjectName(QStringLiteral("mappingItem"));
        picker->setProperty("hubSpotProductId", product);
        picker->setAccessibleName(tr("QuickBooks product for %1").arg(cell->text()));
        applyItems(picker);
        picker->setCurrentId(m_mapping.value(product));
        connect(picker, &LookupComboBox::currentIdChanged, this,
                [this, product](const QString &id) {
                    if (id.isEmpty() || m_mapping.value(product) == id)
                        return;
                    m_mapping.insert(product, id);
                    Q_EMIT mappingEdited(m_mapping);
                });
        connect(picker, &LookupComboBox::retryRequested, this,
                &ProductMappingEditor::itemsRetryRequested);
        m_table->setCellWidget(row, ItemColumn, picker);

        auto *remove = new QToolButton(m_table);
        remove->setObjectName(QStringLiteral("removeMapping"));
        remove->setProperty("hubSpotProductId", product);
        remove->setIcon(icon(QStringLiteral("delete")));
        remove->setText(tr("Remove"));
        remove->setToolButtonStyle(Qt::ToolButtonIconOnly);
        remove->setToolTip(tr("Remove this mapping"));
        remove->setAccessibleName(tr("Remove the mapping of %1").arg(cell->text()));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, product] {
            // Removed after this click is handled: the button lives in the row being removed.
            QMetaObject::invokeMethod(
                this,
                [this, product] {
                    if (m_mapping.remove(product) == 0)
                        return;
                    rebuildRows();
                    Q_EMIT mappingEdited(m_mapping);
                },
                Qt::QueuedConnection);
        });
        m_table->setCellWidget(row, RemoveColumn, remove);
        m_table->setRowHeight(row,
                              qMax(picker->sizeHint().height(), remove->sizeHint().height()) + 4);
    }
    m_table->setVisible(!products.isEmpty());
    m_empty->setVisible(products.isEmpty());
    updateHeight();
    updateAddRow();
}

void ProductMappingEditor::updateHeight()
{
    // The table sits inside a scrolling page: as tall as its rows (up to a limit), so the page
    // scrolls as one instead of a small window scrolling inside it.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    const int rows = std::min(m_table->rowCount(), MaxVisibleRows);
    for (int row = 0; row < rows; ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void ProductMappingEditor::updateAddRow()
{
    const QString product = m_newProduct->currentId();
    const bool ready = !product.isEmpty() && !m_newItem->currentId().isEmpty();
    m_add->setEnabled(ready);
    m_add->setToolTip(m_mapping.contains(product)
                          ? tr("This HubSpot product is mapped already; adding replaces its "
                               "QuickBooks product.")
                          : QString());
}

} // namespace bookflow
