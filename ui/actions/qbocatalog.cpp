#include "ui/actions/qbocatalog.h"

#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"

#include <QCollator>

#include <algorithm>

namespace bookflow {

namespace {

// What a load job hands back to the GUI thread.
struct LoadAnswer
{
    bool ok = false;
    QString error;
    QVector<LookupRow> rows;
};

QString entityOf(QboCatalog::List list)
{
    switch (list) {
    case QboCatalog::List::Accounts:
        return QStringLiteral("Account");
    case QboCatalog::List::Terms:
        return QStringLiteral("Term");
    case QboCatalog::List::Customers:
        return QStringLiteral("Customer");
    case QboCatalog::List::Items:
        return QStringLiteral("Item");
    case QboCatalog::List::Vendors:
        return QStringLiteral("Vendor");
    }
    return {};
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return QStringLiteral("%1 · %2").arg(a, b);
}

// The row a picker shows for one QuickBooks object of `list`.
std::optional<LookupRow> rowOf(QboCatalog::List list, const QboObject &object)
{
    LookupRow row;
    row.id = object.id();
    row.name = object.displayName().trimmed();
    switch (list) {
    case QboCatalog::List::Accounts: {
        // A sub-account's Name repeats under several parents; its full name tells them apart.
        const QString fullName = object.text(QStringLiteral("FullyQualifiedName")).trimmed();
        if (!fullName.isEmpty())
            row.name = fullName;
        // Exactly the AccountType, so pickers can keep the kinds a field takes
        // (accountTypeFits()).
        row.detail = object.text(QStringLiteral("AccountType")).trimmed();
        break;
    }
    case QboCatalog::List::Terms: {
        const QJsonValue days = object.at(QStringLiteral("DueDays"));
        if (days.isDouble())
            row.detail = days.toInt() == 0
                             ? QboCatalog::tr("Due on receipt")
                             : QboCatalog::tr("Due in %n day(s)", nullptr, days.toInt());
        break;
    }
    case QboCatalog::List::Customers:
    case QboCatalog::List::Vendors: {
        const QString company = object.text(QStringLiteral("CompanyName")).trimmed();
        row.detail =
            joined(company.compare(row.name, Qt::CaseInsensitive) == 0 ? QString() : company,
                   object.text(QStringLiteral("PrimaryEmailAddr.Address")).trimmed());
        break;
    }
    case QboCatalog::List::Items: {
        // Categories only group products; nothing can be sold as one.
        if (object.text(QStringLiteral("Type")) == QLatin1String("Category"))
            return std::nullopt;
        const QString sku = object.text(QStringLiteral("Sku")).trimmed();
        row.detail = sku.isEmpty() ? QString() : QboCatalog::tr("SKU %1").arg(sku);
        break;
    }
    }
    if (row.id.isEmpty())
        return std::nullopt;
    if (row.name.isEmpty())
        row.name = QboCatalog::tr("(no name, id %1)").arg(row.id);
    return row;
}

LoadAnswer loadList(WorkspaceContext &ctx, const QString &connectionId, QboCatalog::List list)
{
    LoadAnswer answer;
    const Status ready = ctx.ready();
    if (!ready.ok()) {
        answer.error = ready.reason();
        return answer;
    }
    if (ctx.stopRequested())
        return answer;
    std::unique_ptr<RunSession> session = ctx.newSession();
    const ApiResult<QboClient *> client = session->quickBooks(connectionId);
    if (!client.ok()) {
        answer.error = client.reason();
        return answer;
    }
    // Active rows only (QBO's default for name lists), in Id order so the pages don't shift
    // while they are read; every page, however many.
    const ApiResult<QVector<QboObject>> objects =
        client.value()->queryAll(QboQuery::select(entityOf(list)).orderBy(QStringLiteral("Id")));
    if (!objects.ok()) {
        answer.error = objects.reason();
        return answer;
    }
    answer.rows.reserve(objects->size());
    for (const QboObject &object : objects.value()) {
        if (!object.isActive())
            continue;
        if (std::optional<LookupRow> row = rowOf(list, object))
            answer.rows.append(std::move(*row));
    }
    // Sorted on the worker thread (the GUI thread only swaps the vector in), the way a person
    // reads a list: by the language's rules ("Åsa" among the A's), ignoring case, numbers by
    // value ("Customer 9" before "Customer 10").
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(answer.rows.begin(), answer.rows.end(),
                     [&collator](const LookupRow &a, const LookupRow &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    answer.ok = true;
    return answer;
}

} // namespace

QboCatalog::QboCatalog(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    qRegisterMetaType<bookflow::QboCatalog::List>();
}

QboCatalog::~QboCatalog() = default;

QString QboCatalog::key(const QString &connectionId, List list)
{
    return QStringLiteral("%1/%2").arg(connectionId).arg(static_cast<int>(list));
}

void QboCatalog::load(const QString &connectionId, List list, bool force)
{
    if (connectionId.isEmpty())
        return;
    Entry &entry = m_entries[key(connectionId, list)];
    if (entry.state == State::Loading)
        return;
    if (entry.state == State::Loaded && !force)
        return;
    entry.state = State::Loading;
    entry.error.clear();
    const quint64 generation = m_nextGeneration++;
    entry.generation = generation;
    Q_EMIT changed(connectionId, list);

    m_workspace.post<LoadAnswer>(
        Workspace::Lane::Interactive, this,
        [connectionId, list](WorkspaceContext &ctx) { return loadList(ctx, connectionId, list); },
        [this, connectionId, list, generation](LoadAnswer answer) {
            const auto it = m_entries.find(key(connectionId, list));
            if (it == m_entries.end() || it->generation != generation)
                return; // forgotten or superseded meanwhile
            Entry &e = *it;
            if (answer.ok) {
                e.state = State::Loaded;
                e.error.clear();
                e.rows = std::move(answer.rows);
                e.byId.clear();
                e.byId.reserve(e.rows.size());
                for (int i = 0; i < e.rows.size(); ++i)
                    e.byId.insert(e.rows.at(i).id, i);
            } else {
                e.state = State::Failed;
                e.error = answer.error.isEmpty()
                              ? tr("Bookflow is closing; the list was not loaded.")
                              : answer.error;
            }
            Q_EMIT changed(connectionId, list);
        });
}

void QboCatalog::forget(const QString &connectionId)
{
    for (List list : {List::Accounts, List::Terms, List::Customers, List::Items, List::Vendors}) {
        if (m_entries.remove(key(connectionId, list)) > 0)
            Q_EMIT changed(connectionId, list);
    }
}

QboCatalog::State QboCatalog::state(const QString &connectionId, List list) const
{
    const auto it = m_entries.constFind(key(connectionId, list));
    return it == m_entries.cend() ? State::NotLoaded : it->state;
}

QString QboCatalog::error(const QString &connectionId, List list) const
{
    const auto it = m_entries.constFind(key(connectionId, list));
    return it == m_entries.cend() ? QString() : it->error;
}

QVector<LookupRow> QboCatalog::rows(const QString &connectionId, List list) const
{
    const auto it = m_entries.constFind(key(connectionId, list));
    return it == m_entries.cend() ? QVector<LookupRow>() : it->rows;
}

const LookupRow *QboCatalog::row(const QString &connectionId, List list, const QString &id) const
{
    const auto it = m_entries.constFind(key(connectionId, list));
    if (it == m_entries.cend())
        return nullptr;
    const auto found = it->byId.constFind(id);
    return found == it->byId.cend() ? nullptr : &it->rows.at(*found);
}

} // namespace bookflow
