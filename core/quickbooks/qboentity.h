#pragma once

#include <QString>

#include <optional>

namespace bookflow {

// The QuickBooks Online entities Bookflow reads and writes (qbo-api.md §2–3).
enum class QboEntity {
    // Name lists: created and sparsely updated, never deleted (deactivate with Active:false).
    Customer,
    Item,
    Term,
    Account,
    Vendor,
    PaymentMethod,
    // Company settings: read only here.
    CompanyInfo,
    Preferences,
    // Transactions the workflows create.
    Invoice,
    Estimate,
    SalesReceipt,
    Payment,
    Purchase,
    RefundReceipt,
};

// "Invoice": the JSON key of the entity in bodies and answers, and its name in queries.
QString qboEntityName(QboEntity entity);
// "invoice": the path segment after /v3/company/{realmId}/ (qbo-api.md §2).
QString qboEntityPath(QboEntity entity);
// The entity for a JSON key or query name, case-insensitively ("invoice" → Invoice).
std::optional<QboEntity> qboEntityFromName(const QString &name);
// CompanyInfo and Preferences are read-only through this client.
bool qboEntityIsWritable(QboEntity entity);

} // namespace bookflow
