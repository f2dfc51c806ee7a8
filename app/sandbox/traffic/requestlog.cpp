#include "app/sandbox/traffic/requestlog.h"

#include <QJsonArray>

namespace bookflow::sandbox {

namespace {

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

qint64 RequestLog::record(const QString &provider, const QString &realm, const QByteArray &method,
                          const QString &route, const QString &path, const QString &query)
{
    const qint64 id = ++m_lastId;
    ++m_total;
    ++m_providers[provider];
    if (!realm.isEmpty())
        ++m_realms[realm];
    ++m_routes[route];
    m_unanswered.insert(id, provider);
    Entry entry;
    entry.id = id;
    entry.provider = provider;
    entry.realm = realm;
    entry.method = method;
    entry.path = path;
    entry.query = query;
    m_recent.push_back(entry);
    while (m_recent.size() > size_t(RecentLimit))
        m_recent.pop_front();
    return id;
}

void RequestLog::setStatus(qint64 id, int status)
{
    if (id <= m_idsBefore)
        return; // recorded before the last reset
    const QString key = status == Dropped ? QStringLiteral("dropped") : QString::number(status);
    ++m_statuses[key];
    if (const auto pending = m_unanswered.constFind(id); pending != m_unanswered.constEnd()) {
        ++m_providerStatuses[pending.value()][key];
        m_unanswered.erase(pending);
    }
    // Ids are consecutive, so the entry (if still kept) is at a known offset from the front.
    if (m_recent.empty() || id < m_recent.front().id)
        return;
    const size_t index = size_t(id - m_recent.front().id);
    if (index < m_recent.size())
        m_recent[index].status = status;
}

QJsonObject RequestLog::toJson(int recentLimit) const
{
    QJsonArray recent;
    const qsizetype skip = qMax<qsizetype>(0, qsizetype(m_recent.size()) - qMax(0, recentLimit));
    for (auto it = m_recent.cbegin() + skip; it != m_recent.cend(); ++it) {
        const Entry &entry = *it;
        QJsonObject object;
        object.insert(QStringLiteral("id"), entry.id);
        object.insert(QStringLiteral("provider"), entry.provider);
        if (!entry.realm.isEmpty())
            object.insert(QStringLiteral("realmId"), entry.realm);
        object.insert(QStringLiteral("method"), QString::fromLatin1(entry.method));
        object.insert(QStringLiteral("path"), entry.path);
        object.insert(QStringLiteral("query"), entry.query);
        if (entry.status == Dropped)
            object.insert(QStringLiteral("status"), QStringLiteral("dropped"));
        else if (entry.status != 0)
            object.insert(QStringLiteral("status"), entry.status);
        recent.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("total"), m_total);
    object.insert(QStringLiteral("providers"), counts(m_providers));
    object.insert(QStringLiteral("realms"), counts(m_realms));
    object.insert(QStringLiteral("routes"), counts(m_routes));
    object.insert(QStringLiteral("statuses"), counts(m_statuses));
    QJsonObject providerStatuses;
    for (auto it = m_providerStatuses.constBegin(); it != m_providerStatuses.constEnd(); ++it)
        providerStatuses.insert(it.key(), counts(it.value()));
    object.insert(QStringLiteral("providerStatuses"), providerStatuses);
    object.insert(QStringLiteral("recent"), recent);
    return object;
}

void RequestLog::reset()
{
    // Ids keep growing across resets, so a late setStatus() of an older request is ignored.
    const qint64 lastId = m_lastId;
    *this = RequestLog();
    m_lastId = lastId;
    m_idsBefore = lastId;
}

} // namespace bookflow::sandbox
