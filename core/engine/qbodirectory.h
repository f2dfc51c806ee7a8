#pragma once

#include "core/net/apierror.h"
#include "core/quickbooks/qboobject.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// The QuickBooks look-ups planning needs, for one company. Implementations cache what they
// read for the length of a run (QboClientDirectory, core/engine/qboclientdirectory.h); tests may
// give a fixed list. Every answer is an ApiResult: a look-up that fails (network, throttling,
// needs reconnect) fails the planning with that class, so the action is retried, not failed.
class QboDirectory
{
public:
    virtual ~QboDirectory();

    // CompanyInfo (Country for the US gate, CompanyName).
    virtual ApiResult<QboObject> companyInfo() = 0;
    // Active customers whose PrimaryEmailAddr.Address equals `email` (case-insensitive).
    virtual ApiResult<QVector<QboObject>> customersByEmail(const QString &email) = 0;
    // The customer, vendor or employee (QuickBooks names are unique across the three, 6240)
    // whose DisplayName equals `name` case-insensitively; nothing when the name is free.
    virtual ApiResult<std::optional<QboObject>> nameOwner(const QString &displayName) = 0;
    virtual ApiResult<std::optional<QboObject>> customer(const QString &id) = 0;
    // Active items.
    virtual ApiResult<std::optional<QboObject>> item(const QString &id) = 0;
    virtual ApiResult<std::optional<QboObject>> itemBySku(const QString &sku) = 0;
    virtual ApiResult<std::optional<QboObject>> itemByName(const QString &name) = 0;
    // The item, active or not, whose Name equals `name` case-insensitively: QuickBooks keeps
    // the names of inactive items, so creating a product with such a name fails with 6240.
    // The default asks itemByName (active items only); QboClientDirectory knows inactive ones.
    virtual ApiResult<std::optional<QboObject>> itemNameOwner(const QString &name);
    virtual ApiResult<std::optional<QboObject>> term(const QString &id) = 0;
    virtual ApiResult<std::optional<QboObject>> account(const QString &id) = 0;
    // The first active account of that AccountType ("Income", "Bank", …), for defaults.
    virtual ApiResult<std::optional<QboObject>> firstAccountOfType(const QString &accountType) = 0;
};

} // namespace bookflow
