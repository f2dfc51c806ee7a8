#pragma once

#include "ui/actions/qbocatalog.h"

#include <QMap>
#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bookflow {

class LookupComboBox;

// A QuickBooks connection's product mapping (PRODUCT.md §1 "Line items": HubSpot product id →
// QuickBooks Item id, tried before SKU and name). One row per mapped HubSpot product with its
// QuickBooks product (a searchable picker) and a remove button; below, a row to add a mapping:
// pick the HubSpot product (searchable by name and SKU) and the QuickBooks product.
//
// Both lists come from outside (the page loads HubSpot's products once, the QboCatalog the
// items); until they arrive the pickers say "Loading…" and the rows show ids.
//
// Object names: "productMappingTable" (rows: "mappingItem" pickers, "removeMapping" buttons),
// "productMappingEmpty", "newMappingProduct", "newMappingItem", "addMapping".
class ProductMappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProductMappingEditor(QWidget *parent = nullptr);

    // Shows `mapping` without emitting mappingEdited.
    void setMapping(const QMap<QString, QString> &mapping);
    QMap<QString, QString> mapping() const { return m_mapping; }

    void setItemsLoading();
    void setItemsError(const QString &reason);
    void setItems(const QVector<LookupRow> &items);
    void setProductsLoading();
    void setProductsError(const QString &reason);
    void setProducts(const QVector<LookupRow> &products);

Q_SIGNALS:
    // The person added, changed or removed a mapping; the whole new mapping.
    void mappingEdited(const QMap<QString, QString> &mapping);
    void itemsRetryRequested();
    void productsRetryRequested();

private:
    enum class ListState { Loading, Failed, Loaded };
    void rebuildRows();
    void updateAddRow();
    void updateHeight();
    QString productLabel(const QString &productId) const;
    void applyItems(LookupComboBox *picker) const;
    void applyProducts(LookupComboBox *picker) const;

    QMap<QString, QString> m_mapping;
    QVector<LookupRow> m_items;
    QVector<LookupRow> m_products;
    ListState m_itemsState = ListState::Loading;
    ListState m_productsState = ListState::Loading;
    QString m_itemsError;
    QString m_productsError;

    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    LookupComboBox *m_newProduct = nullptr;
    LookupComboBox *m_newItem = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace bookflow
