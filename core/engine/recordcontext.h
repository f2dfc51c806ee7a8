#pragma once

#include "core/hubspot/hubspotrecord.h"
#include "core/util/decimal.h"
#include "core/workflow/filter.h"
#include "core/workflow/filterevaluator.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bookflow {

// One HubSpot line item as the planners read it (hubspot.md: line_items properties).
struct LineItem
{
    QString id;
    QString name;        // "name"
    QString sku;         // "hs_sku"
    QString productId;   // "hs_product_id": the HubSpot product it came from; empty when none
    Decimal quantity;    // "quantity" (1 when absent)
    Decimal unitPrice;   // "price"
    Decimal amount;      // "amount" as HubSpot computed it (for display and checks)
    QString description; // "description"
    // "hs_tax_rate" or "hs_tax_amount" set and not zero: the line is taxable. So is a line
    // with a tax rate ("hs_tax_rate_group_id") for which HubSpot sent no rate that says zero
    // (hubspot-verified.md §5: the tax rate id is what makes a line taxed).
    bool taxable = false;
    // What could not be read exactly, in words ("Line “Pump”: the quantity “2x” is not a
    // number."). A number that could not be read is left at zero and named here, so the planner
    // fails with the reason instead of sending a wrong amount. Empty when the line is sound.
    QStringList problems;
    QJsonObject properties; // everything HubSpot sent
};

// The first associated contact (PRODUCT.md §1 "Customer matching").
struct ContactInfo
{
    QString id;
    QString firstName; // "firstname"
    QString lastName;  // "lastname"
    QString email;     // "email"
    QJsonObject properties;
};

// Everything an enrollment's actions and triggers read of HubSpot, loaded once per enrollment
// (core/engine/recordloader.h): the record, the objects one hop away the filters may name, the
// first associated contact and the line items.
struct RecordContext
{
    ObjectType objectType = ObjectType::Deal;
    HubSpotRecord record;
    std::optional<HubSpotRecord> deal;  // the associated deal (quote and payment workflows)
    std::optional<HubSpotRecord> quote; // the associated quote (payment workflows)
    std::optional<ContactInfo> contact; // the first associated contact, chosen by the rule
    int contactCount = 0;               // how many contacts are associated
    QVector<LineItem> lineItems;        // in HubSpot's line order (hs_position_on_quote, then id)

    // The record's amount: a deal's "amount", a quote's "hs_quote_amount", a payment's
    // "hs_initial_amount". Nothing when absent or not a number.
    std::optional<Decimal> amount() const;
    // What the filter evaluator reads.
    RecordView view() const;
    // "deal 123", "quote 456", "payment 789" (for reasons and notes).
    QString describe() const;
};

} // namespace bookflow
