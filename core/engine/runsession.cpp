#include "core/engine/runsession.h"

#include "core/store/store.h"
#include "core/util/tr.h"

namespace bookflow {

namespace {

ApiError permanent(const QString &reason)
{
    ApiError error;
    error.cls = ApiError::Class::Permanent;
    error.reason = reason;
    return error;
}

ApiError needsReconnect(const Connection &connection)
{
    ApiError error;
    error.cls = ApiError::Class::NeedsReconnect;
    error.reason = connection.stateReason.isEmpty()
                       ? Tr::tr("Reconnect “%1” in Connections.").arg(connection.name)
                       : connection.stateReason;
    return error;
}

} // namespace

RunSession::RunSession(Store &store, ConnectionManager &connections, Transport &transport,
                       const Clock &clock)
    : m_store(store), m_connections(connections), m_transport(transport), m_clock(clock)
{
}

RunSession::~RunSession() = default;

ApiResult<Connection> RunSession::hubSpotConnection()
{
    if (m_hubSpotConnection)
        return *m_hubSpotConnection;
    const Result<QVector<Connection>> all = m_store.connections();
    if (!all)
        return permanent(all.reason());
    for (const Connection &c : *all) {
        if (c.provider == Provider::HubSpot) {
            if (c.state == ConnectionState::NeedsReconnect)
                return needsReconnect(c);
            m_hubSpotConnection = c;
            return c;
        }
    }
    return permanent(Tr::tr("HubSpot is not connected. Connect it in Connections."));
}

ApiResult<HubSpotClient *> RunSession::hubSpot()
{
    if (m_hubSpot)
        return m_hubSpot.get();
    const ApiResult<Connection> connection = hubSpotConnection();
    if (!connection)
        return connection.error();
    const Result<std::shared_ptr<ConnectionAuth>> auth = m_connections.auth(connection->id);
    if (!auth)
        return permanent(auth.reason());
    m_hubSpotAuth = *auth;
    m_hubSpotTokens = std::make_unique<ConnectionTokenSource>(*m_hubSpotAuth, m_transport);
    m_hubSpot = std::make_unique<HubSpotClient>(m_transport, connection->apiBaseUrl,
                                                *m_hubSpotTokens, m_clock);
    if (m_timeoutMs > 0)
        m_hubSpot->setTimeoutMs(m_timeoutMs);
    return m_hubSpot.get();
}

ApiResult<RunSession::Company *> RunSession::company(const QString &connectionId)
{
    if (const auto found = m_companies.constFind(connectionId); found != m_companies.constEnd())
        return found->get();
    const Result<Connection> connection = m_store.connection(connectionId);
    if (!connection || connection->provider != Provider::QuickBooks)
        return permanent(Tr::tr("The QuickBooks company this action uses is no longer connected. "
                                "Choose a connected company in the workflow."));
    if (connection->state == ConnectionState::NeedsReconnect)
        return needsReconnect(*connection);
    const Result<std::shared_ptr<ConnectionAuth>> auth = m_connections.auth(connectionId);
    if (!auth)
        return permanent(auth.reason());
    auto company = std::make_shared<Company>();
    company->connection = *connection;
    company->auth = *auth;
    company->tokens = std::make_unique<ConnectionTokenSource>(*company->auth, m_transport);
    company->client = std::make_unique<QboClient>(m_transport, connection->apiBaseUrl,
                                                  connection->accountId, *company->tokens);
    if (m_timeoutMs > 0)
        company->client->setTimeoutMs(m_timeoutMs);
    company->directory = std::make_unique<QboClientDirectory>(*company->client);
    m_companies.insert(connectionId, company);
    return company.get();
}

ApiResult<Connection> RunSession::quickBooksConnection(const QString &connectionId)
{
    const ApiResult<Company *> found = company(connectionId);
    if (!found)
        return found.error();
    return (*found)->connection;
}

ApiResult<QboClient *> RunSession::quickBooks(const QString &connectionId)
{
    const ApiResult<Company *> found = company(connectionId);
    if (!found)
        return found.error();
    return (*found)->client.get();
}

void RunSession::rememberRecord(const QString &scope, const RecordContext &record)
{
    m_records.insert(scope + QLatin1Char('|') + record.record.id, record);
}

std::optional<RecordContext> RunSession::rememberedRecord(const QString &scope,
                                                          const QString &id) const
{
    const auto found = m_records.constFind(scope + QLatin1Char('|') + id);
    if (found == m_records.constEnd())
        return std::nullopt;
    return *found;
}

void RunSession::forgetLookups(const QString &connectionId)
{
    if (const auto found = m_companies.find(connectionId); found != m_companies.end())
        (*found)->directory = std::make_unique<QboClientDirectory>(*(*found)->client);
}

ApiResult<QboClientDirectory *> RunSession::directory(const QString &connectionId)
{
    const ApiResult<Company *> found = company(connectionId);
    if (!found)
        return found.error();
    return (*found)->directory.get();
}

} // namespace bookflow
