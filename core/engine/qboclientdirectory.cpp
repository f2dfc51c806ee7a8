#include "core/engine/qboclientdirectory.h"

#include <QSet>

#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"

#include <algorithm>

namespace bookflow {

namespace {

// QuickBooks compares names case-insensitively (6240 fires for "jane doe" against "Jane Doe"),
// and people type emails in any case: every comparison here folds both sides.
QString fold(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// QuickBooks Ids are decimal numbers in strings: "9" comes before "10".
bool idLess(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

void sortById(QVector<QboObject> &rows)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QboObject &a, const QboObject &b) { return idLess(a.id(), b.id()); });
}

bool isPartyEntity(const QString &entityName)
{
    return entityName == QLatin1String("Customer") || entityName == QLatin1String("Vendor") ||
           entityName == QLatin1String("Employee");
}

} // namespace

void QboClientDirectory::List::upsert(const QboObject &object)
{
    for (QboObject &row : rows) {
        if (row.id() == object.id()) {
            row = object;
            return;
        }
    }
    rows.append(object);
    sortById(rows);
}

std::optional<QboObject> QboClientDirectory::List::byId(const QString &id) const
{
    const QString wanted = id.trimmed();
    for (const QboObject &row : rows) {
        if (row.id() == wanted)
            return row;
    }
    return std::nullopt;
}

QboClientDirectory::QboClientDirectory(QboClient &client) : m_client(client)
{
}

QboClientDirectory::~QboClientDirectory() = default;

ApiStatus QboClientDirectory::load(List &list, const QString &entity, bool includeInactive)
{
    if (list.loaded)
        return ApiStatus::success();
    QboQuery query = QboQuery::select(entity);
    if (includeInactive)
        query.includeInactive();
    // A stable order makes the pages of queryAll line up and "the first" mean the lowest Id.
    query.orderBy(QStringLiteral("Id"));
    ApiResult<QVector<QboObject>> rows = m_client.queryAll(query);
    if (!rows)
        return rows.error();
    list.rows = std::move(rows).value();
    sortById(list.rows);
    list.loaded = true;
    for (const QboObject &object : std::as_const(list.pending))
        list.upsert(object);
    list.pending.clear();
    return ApiStatus::success();
}

ApiResult<QboObject> QboClientDirectory::companyInfo()
{
    if (!m_companyInfo) {
        ApiResult<QboObject> info = m_client.companyInfo();
        if (!info)
            return info.error();
        m_companyInfo = std::move(info).value();
    }
    return *m_companyInfo;
}

ApiResult<QVector<QboObject>> QboClientDirectory::customersByEmail(const QString &email)
{
    const QString key = fold(email);
    if (key.isEmpty())
        return QVector<QboObject>();
    const auto cached = m_customersByEmail.constFind(key);
    if (cached != m_customersByEmail.constEnd())
        return *cached;

    // qbo-verified.md §5: `PrimaryEmailAddr = '…'` is filterable on Customer (the dotted
    // PrimaryEmailAddr.Address is not). Whether QBO's = ignores case is unverified, so the
    // answer is checked again here.
    ApiResult<QVector<QboObject>> rows = m_client.queryAll(
        QboQuery::select(QStringLiteral("Customer"))
            .where(QStringLiteral("PrimaryEmailAddr"), QStringLiteral("="), email.trimmed()));
    if (!rows)
        return rows.error();
    QVector<QboObject> matches;
    for (const QboObject &row : rows.value()) {
        m_customers.insert(row.id(), row);
        if (row.isActive() && fold(row.text(QStringLiteral("PrimaryEmailAddr.Address"))) == key)
            matches.append(row);
    }
    sortById(matches);
    m_customersByEmail.insert(key, matches);
    return matches;
}

std::optional<QVector<QboObject>>
QboClientDirectory::cachedCustomersByEmail(const QString &email) const
{
    const auto cached = m_customersByEmail.constFind(fold(email));
    if (cached == m_customersByEmail.constEnd())
        return std::nullopt;
    return *cached;
}

void QboClientDirectory::prefetch(const QStringList &emails, const QStringList &displayNames)
{
    // Emails and names are a few dozen characters: an IN list of 50 keeps the statement within
    // a couple of kilobytes, and a pass over 50 contacts takes one query per list.
    constexpr int Chunk = 50;
    // Unknown ones only, each once, as typed (the answers are matched case-insensitively).
    QStringList wantedEmails;
    QSet<QString> seen;
    for (const QString &email : emails) {
        const QString key = fold(email);
        if (!key.isEmpty() && !m_customersByEmail.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            wantedEmails.append(email.trimmed());
        }
    }
    for (int from = 0; from < wantedEmails.size(); from += Chunk) {
        const QStringList chunk = wantedEmails.mid(from, Chunk);
        ApiResult<QVector<QboObject>> rows = m_client.queryAll(
            QboQuery::select(QStringLiteral("Customer"))
                .whereIn(QStringLiteral("PrimaryEmailAddr"), chunk));
        if (!rows)
            continue; // planning asks these one by one
        QHash<QString, QVector<QboObject>> found;
        for (const QboObject &row : rows.value()) {
            m_customers.insert(row.id(), row);
            if (row.isActive())
                found[fold(row.text(QStringLiteral("PrimaryEmailAddr.Address")))].append(row);
        }
        for (const QString &email : chunk) {
            QVector<QboObject> matches = found.value(fold(email));
            sortById(matches);
            m_customersByEmail.insert(fold(email), matches);
        }
    }

    QStringList wantedNames;
    seen.clear();
    for (const QString &name : displayNames) {
        const QString key = fold(name);
        if (!key.isEmpty() && !m_nameOwners.contains(key) && !seen.contains(key)) {
            seen.insert(key);
            wantedNames.append(name.trimmed());
        }
    }
    for (int from = 0; from < wantedNames.size(); from += Chunk) {
        const QStringList chunk = wantedNames.mid(from, Chunk);
        QHash<QString, QboObject> owners;
        bool answered = true;
        // The same order as nameOwner(): a customer first, then a vendor, then an employee.
        for (const QString &entity :
             {QStringLiteral("Customer"), QStringLiteral("Vendor"), QStringLiteral("Employee")}) {
            ApiResult<QVector<QboObject>> rows = m_client.queryAll(
                QboQuery::select(entity)
                    .whereIn(QStringLiteral("DisplayName"), chunk)
                    .includeInactive());
            if (!rows) {
                answered = false; // planning asks these one by one
                break;
            }
            for (const QboObject &row : rows.value()) {
                const QString key = fold(row.displayName());
                if (entity == QLatin1String("Customer"))
                    m_customers.insert(row.id(), row);
                if (!owners.contains(key))
                    owners.insert(key, row);
            }
        }
        for (const QString &name : chunk) {
            if (!answered)
                break;
            const auto owner = owners.constFind(fold(name));
            m_nameOwners.insert(fold(name), owner == owners.constEnd()
                                                ? std::optional<QboObject>()
                                                : std::optional<QboObject>(*owner));
        }
    }
}

ApiResult<std::optional<QboObject>> QboClientDirectory::nameOwner(const QString &displayName)
{
    const QString key = fold(displayName);
    if (key.isEmpty())
        return std::optional<QboObject>();
    const auto cached = m_nameOwners.constFind(key);
    if (cached != m_nameOwners.constEnd())
        return *cached;

    // DisplayNames are unique across the three lists, inactive rows included (6240), so the
    // first owner found is the only one.
    for (const QString &entity :
         {QStringLiteral("Customer"), QStringLiteral("Vendor"), QStringLiteral("Employee")}) {
        ApiResult<QVector<QboObject>> rows = m_client.query(
            QboQuery::select(entity)
                .where(QStringLiteral("DisplayName"), QStringLiteral("="), displayName.trimmed())
                .includeInactive()
                .maxResults(QboQuery::MaxPageSize));
        if (!rows)
            return rows.error();
        for (const QboObject &row : rows.value()) {
            if (fold(row.displayName()) != key)
                continue;
            if (entity == QLatin1String("Customer"))
                m_customers.insert(row.id(), row);
            m_nameOwners.insert(key, row);
            return std::optional<QboObject>(row);
        }
    }
    m_nameOwners.insert(key, std::nullopt);
    return std::optional<QboObject>();
}

ApiResult<std::optional<QboObject>> QboClientDirectory::customer(const QString &id)
{
    const QString wanted = id.trimmed();
    if (wanted.isEmpty())
        return std::optional<QboObject>();
    const auto cached = m_customers.constFind(wanted);
    if (cached != m_customers.constEnd())
        return *cached;
    // A query rather than GET /customer/{id}: an unknown id is then simply no row, not a fault
    // to tell apart from real errors. Inactive customers are returned so that the planner can
    // say "inactive" rather than "missing".
    ApiResult<QVector<QboObject>> rows =
        m_client.query(QboQuery::select(QStringLiteral("Customer"))
                           .where(QStringLiteral("Id"), QStringLiteral("="), wanted)
                           .includeInactive());
    if (!rows)
        return rows.error();
    std::optional<QboObject> found;
    for (const QboObject &row : rows.value()) {
        if (row.id() == wanted)
            found = row;
    }
    m_customers.insert(wanted, found);
    return found;
}

ApiResult<std::optional<QboObject>>
QboClientDirectory::findItem(const QString &field, const QString &value, bool activeOnly)
{
    const QString key = fold(value);
    if (key.isEmpty())
        return std::optional<QboObject>();
    if (ApiStatus loaded = load(m_items, QStringLiteral("Item"), true); !loaded)
        return loaded.error();
    // Rows are in Id order: with two items of one SKU (QuickBooks doesn't forbid it), the
    // older one wins, every time.
    for (const QboObject &row : std::as_const(m_items.rows)) {
        if (activeOnly && !row.isActive())
            continue;
        if (fold(row.text(field)) == key)
            return std::optional<QboObject>(row);
    }
    return std::optional<QboObject>();
}

ApiResult<std::optional<QboObject>> QboClientDirectory::item(const QString &id)
{
    if (ApiStatus loaded = load(m_items, QStringLiteral("Item"), true); !loaded)
        return loaded.error();
    std::optional<QboObject> found = m_items.byId(id);
    if (found && !found->isActive())
        found.reset();
    return found;
}

ApiResult<std::optional<QboObject>> QboClientDirectory::itemBySku(const QString &sku)
{
    return findItem(QStringLiteral("Sku"), sku, true);
}

ApiResult<std::optional<QboObject>> QboClientDirectory::itemByName(const QString &name)
{
    return findItem(QStringLiteral("Name"), name, true);
}

ApiResult<std::optional<QboObject>> QboClientDirectory::itemNameOwner(const QString &name)
{
    return findItem(QStringLiteral("Name"), name, false);
}

ApiResult<std::optional<QboObject>> QboClientDirectory::term(const QString &id)
{
    if (ApiStatus loaded = load(m_terms, QStringLiteral("Term"), false); !loaded)
        return loaded.error();
    return m_terms.byId(id);
}

ApiResult<std::optional<QboObject>> QboClientDirectory::account(const QString &id)
{
    if (ApiStatus loaded = load(m_accounts, QStringLiteral("Account"), false); !loaded)
        return loaded.error();
    return m_accounts.byId(id);
}

ApiResult<std::optional<QboObject>>
QboClientDirectory::firstAccountOfType(const QString &accountType)
{
    if (ApiStatus loaded = load(m_accounts, QStringLiteral("Account"), false); !loaded)
        return loaded.error();
    const QString wanted = fold(accountType);
    for (const QboObject &row : std::as_const(m_accounts.rows)) {
        if (row.isActive() && fold(row.text(QStringLiteral("AccountType"))) == wanted)
            return std::optional<QboObject>(row);
    }
    return std::optional<QboObject>();
}

void QboClientDirectory::remember(const QboObject &created)
{
    if (created.id().isEmpty())
        return;
    const QString entity = created.entityName();
    if (isPartyEntity(entity)) {
        const QString name = fold(created.displayName());
        if (!name.isEmpty())
            m_nameOwners.insert(name, created);
    }
    if (entity == QLatin1String("Customer")) {
        m_customers.insert(created.id(), created);
        // Only a list already read is extended: a list not read yet is read whole from
        // QuickBooks later, which then finds the new customer with any others of that email.
        const QString email = fold(created.text(QStringLiteral("PrimaryEmailAddr.Address")));
        auto cached = m_customersByEmail.find(email);
        if (!email.isEmpty() && cached != m_customersByEmail.end()) {
            QVector<QboObject> &rows = *cached;
            rows.erase(std::remove_if(
                           rows.begin(), rows.end(),
                           [&created](const QboObject &row) { return row.id() == created.id(); }),
                       rows.end());
            if (created.isActive())
                rows.append(created);
            sortById(rows);
        }
        return;
    }
    List *list = nullptr;
    if (entity == QLatin1String("Item"))
        list = &m_items;
    else if (entity == QLatin1String("Term"))
        list = &m_terms;
    else if (entity == QLatin1String("Account"))
        list = &m_accounts;
    if (!list)
        return;
    if (list->loaded)
        list->upsert(created);
    else
        list->pending.append(created);
}

} // namespace bookflow
