#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <deque>

namespace bookflow::sandbox {

// Counts of the provider requests the sandbox received (GET /_sandbox/requests): in total, per
// provider, per company, per method + route pattern, per answer status (overall and per
// provider, "providerStatuses": {"hubspot": {"200": 3, "429": 1}}), plus the last
// requests in detail so a test can assert what a client actually sent (requestid, query).
class RequestLog
{
public:
    static constexpr int RecentLimit = 200;
    static constexpr int Dropped = -1; // status of a request whose connection was dropped

    // Returns an id for setStatus(). `route` is the pattern, e.g.
    // "POST /v3/company/{realmId}/invoice".
    qint64 record(const QString &provider, const QString &realm, const QByteArray &method,
                  const QString &route, const QString &path, const QString &query);
    void setStatus(qint64 id, int status);

    qint64 total() const { return m_total; }
    // `recentLimit`: how many of the last requests to list (at most RecentLimit); 0 makes the
    // answer small enough to ask for many times a second (the reliability driver's progress).
    QJsonObject toJson(int recentLimit = RecentLimit) const;
    void reset();

private:
    struct Entry
    {
        qint64 id = 0;
        QString provider;
        QString realm;
        QByteArray method;
        QString path;
        QString query;
        int status = 0; // 0: not answered yet
    };

    qint64 m_total = 0;
    qint64 m_lastId = 0;
    qint64 m_idsBefore = 0; // ids up to this one were recorded before the last reset
    QMap<QString, qint64> m_providers;
    QMap<QString, qint64> m_realms;
    QMap<QString, qint64> m_routes;
    QMap<QString, qint64> m_statuses;
    QMap<QString, QMap<QString, qint64>> m_providerStatuses;
    QHash<qint64, QString> m_unanswered; // id → provider, until setStatus()
    std::deque<Entry> m_recent;
};

} // namespace bookflow::sandbox
