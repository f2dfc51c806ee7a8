#pragma once

#include "core/auth/connectionauth.h"
#include "core/auth/connectionmanager.h"
#include "core/engine/qboclientdirectory.h"
#include "core/engine/recordcontext.h"
#include "core/hubspot/hubspotclient.h"
#include "core/net/apierror.h"
#include "core/quickbooks/qboclient.h"
#include "core/store/connection.h"

#include <QHash>
#include <QString>

#include <memory>

namespace bookflow {

class Store;

// The provider clients of one engine pass, on one thread: the HubSpot portal's client and, per
// QuickBooks company, a client and a directory whose look-ups are cached for the pass. Built
// lazily; every client shares its connection's ConnectionAuth, so tokens are renewed once.
class RunSession
{
public:
    RunSession(Store &store, ConnectionManager &connections, Transport &transport,
               const Clock &clock);
    ~RunSession();

    Store &store() const { return m_store; }
    ConnectionManager &connections() const { return m_connections; }
    const Clock &clock() const { return m_clock; }
    // The per-request timeout of the clients created from now on (tests shorten it).
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // The HubSpot connection (there is one portal per data folder).
    ApiResult<Connection> hubSpotConnection();
    ApiResult<HubSpotClient *> hubSpot();
    // A QuickBooks connection by id, refused when missing or waiting for a reconnect.
    ApiResult<Connection> quickBooksConnection(const QString &connectionId);
    ApiResult<QboClient *> quickBooks(const QString &connectionId);
    ApiResult<QboClientDirectory *> directory(const QString &connectionId);
    // Records read ahead for this pass (the executor loads the due enrollments' records in
    // batches, not one by one).
    // `scope` names what the record was read for (workflow and version: the properties read
    // depend on them).
    void rememberRecord(const QString &scope, const RecordContext &record);
    std::optional<RecordContext> rememberedRecord(const QString &scope, const QString &id) const;

    // Starts that company's look-up cache afresh (after QuickBooks said the cache was stale).
    void forgetLookups(const QString &connectionId);

private:
    struct Company
    {
        Connection connection;
        std::shared_ptr<ConnectionAuth> auth;
        std::unique_ptr<ConnectionTokenSource> tokens;
        std::unique_ptr<QboClient> client;
        std::unique_ptr<QboClientDirectory> directory;
    };
    ApiResult<Company *> company(const QString &connectionId);

    Store &m_store;
    ConnectionManager &m_connections;
    Transport &m_transport;
    const Clock &m_clock;
    std::optional<Connection> m_hubSpotConnection;
    std::shared_ptr<ConnectionAuth> m_hubSpotAuth;
    std::unique_ptr<ConnectionTokenSource> m_hubSpotTokens;
    std::unique_ptr<HubSpotClient> m_hubSpot;
    QHash<QString, std::shared_ptr<Company>> m_companies;
    int m_timeoutMs = 0; // 0: the clients' defaults
    QHash<QString, RecordContext> m_records;
};

} // namespace bookflow
