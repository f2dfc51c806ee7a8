#pragma once

#include "core/engine/qbodirectory.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

class QboClient;

// The QuickBooks look-ups of one run for one company, over a QboClient, each read at most once
// (PRODUCT.md §4: look-ups cached; a benchmark counts the requests):
// - Items (inactive ones too, for itemNameOwner), Terms and Accounts: one queryAll each, on
//   first use; every item/term/account question is then answered from memory;
// - customers by email: one query per distinct email (Customer.PrimaryEmailAddr is filterable,
//   qbo-verified.md §5), re-checked here case-insensitively;
// - nameOwner: Customer, then Vendor, then Employee by DisplayName, inactive ones included (they
//   keep their names, 6240), stopping at the first owner; one answer per distinct name;
// - customer(id): one query per id, unless an email or name look-up already brought it.
// Failed look-ups are not cached, so the engine's retry asks again.
//
// Not thread-safe: one instance per run per company, used by the thread that runs it.
class QboClientDirectory final : public QboDirectory
{
public:
    explicit QboClientDirectory(QboClient &client);
    ~QboClientDirectory() override;

    ApiResult<QboObject> companyInfo() override;
    ApiResult<QVector<QboObject>> customersByEmail(const QString &email) override;
    ApiResult<std::optional<QboObject>> nameOwner(const QString &displayName) override;
    ApiResult<std::optional<QboObject>> customer(const QString &id) override;
    ApiResult<std::optional<QboObject>> item(const QString &id) override;
    ApiResult<std::optional<QboObject>> itemBySku(const QString &sku) override;
    ApiResult<std::optional<QboObject>> itemByName(const QString &name) override;
    ApiResult<std::optional<QboObject>> itemNameOwner(const QString &name) override;
    ApiResult<std::optional<QboObject>> term(const QString &id) override;
    ApiResult<std::optional<QboObject>> account(const QString &id) override;
    ApiResult<std::optional<QboObject>> firstAccountOfType(const QString &accountType) override;

    // Asks QuickBooks about many records' customers at once, before they are planned one by
    // one: the active customers with each email, and the owner of each DisplayName, with IN
    // lists of at most 50 values (4 queries for 50 contacts instead of 4 per contact).
    // Best effort: a chunk whose query fails is left unknown, and planning asks for it.
    void prefetch(const QStringList &emails, const QStringList &displayNames);
    // What customersByEmail(email) would answer without asking QuickBooks: nothing when that
    // email has not been asked about (or prefetched) yet.
    std::optional<QVector<QboObject>> cachedCustomersByEmail(const QString &email) const;

    // Something the executor created in this run (a Customer, Item, Vendor, Term or Account):
    // later look-ups find it without asking QuickBooks, whose query answers may lag behind a
    // create. Other entities are ignored.
    void remember(const QboObject &created);

private:
    // Rows of one name list kept in Id order, replaced by Id when remembered again.
    struct List
    {
        bool loaded = false;
        QVector<QboObject> rows;
        QVector<QboObject> pending; // remembered before the list was loaded

        void upsert(const QboObject &object);
        std::optional<QboObject> byId(const QString &id) const;
    };

    ApiStatus load(List &list, const QString &entity, bool includeInactive);
    ApiResult<std::optional<QboObject>> findItem(const QString &field, const QString &value,
                                                 bool activeOnly);

    QboClient &m_client;
    std::optional<QboObject> m_companyInfo;
    List m_items;                                          // every item, inactive ones too
    List m_terms;                                          // active terms
    List m_accounts;                                       // active accounts
    QHash<QString, QVector<QboObject>> m_customersByEmail; // folded email → active customers
    QHash<QString, std::optional<QboObject>> m_nameOwners; // folded DisplayName → owner
    QHash<QString, std::optional<QboObject>> m_customers;  // Id → customer (inactive too)
};

} // namespace bookflow
