#include "core/engine/workspace.h"

#include "core/auth/connectionmanager.h"
#include "core/auth/secretstore.h"
#include "core/engine/runsession.h"
#include "core/net/networktransport.h"
#include "core/net/ratelimitedtransport.h"
#include "core/net/ratelimiter.h"
#include "core/store/store.h"

#include <QThread>

namespace bookflow {

WorkspaceContext::~WorkspaceContext() = default;

namespace {

// Lives on its lane's thread, made there by the first job and destroyed there at shutdown: the
// SQLite connection and the QNetworkAccessManager belong to that thread.
class LaneContext final : public WorkspaceContext
{
public:
    LaneContext(const QString &dataDir, SecretStore &secrets, const Clock &clock,
                const std::atomic_bool &stopping)
        : m_secrets(secrets), m_clock(clock), m_stopping(stopping)
    {
        Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
        if (!opened) {
            m_ready = Failure{opened.reason()};
            return;
        }
        m_store = std::move(opened).value();
        m_network = std::make_unique<NetworkTransport>();
        m_limiter = std::make_unique<RateLimiter>(m_clock);
        m_transport = std::make_unique<RateLimitedTransport>(*m_network, *m_limiter);
        m_connections =
            std::make_unique<ConnectionManager>(*m_store, m_secrets, *m_transport, m_clock);
    }
    ~LaneContext() override
    {
        // In reverse order of use: nothing may outlive what it points at.
        m_connections.reset();
        m_transport.reset();
        m_limiter.reset();
        m_network.reset();
        m_store.reset();
    }

    Status ready() const override { return m_ready; }
    Store &store() override { return *m_store; }
    SecretStore &secrets() override { return m_secrets; }
    ConnectionManager &connections() override { return *m_connections; }
    Transport &transport() override { return *m_transport; }
    const Clock &clock() override { return m_clock; }
    std::unique_ptr<RunSession> newSession() override
    {
        return std::make_unique<RunSession>(*m_store, *m_connections, *m_transport, m_clock);
    }
    bool stopRequested() const override { return m_stopping.load(); }

private:
    SecretStore &m_secrets;
    const Clock &m_clock;
    const std::atomic_bool &m_stopping;
    Status m_ready = Status::success();
    std::unique_ptr<Store> m_store;
    std::unique_ptr<NetworkTransport> m_network;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<RateLimitedTransport> m_transport;
    std::unique_ptr<ConnectionManager> m_connections;
};

} // namespace

class Workspace::Lane_
{
public:
    Lane_(Workspace &workspace, const QString &name) : m_workspace(workspace)
    {
        m_thread.setObjectName(name);
        m_receiver.moveToThread(&m_thread);
        m_thread.start();
    }

    void post(std::function<void(WorkspaceContext &)> job, Qt::ConnectionType type)
    {
        if (m_workspace.m_stopping.load())
            return; // closing (or closed: a blocking call to a stopped thread would never return)
        QMetaObject::invokeMethod(
            &m_receiver,
            [this, job = std::move(job)] {
                if (m_workspace.m_stopping.load())
                    return; // dropped: the workspace is closing
                job(context());
            },
            type);
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(&m_receiver, [this] { m_context.reset(); },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    WorkspaceContext &context()
    {
        if (!m_context)
            m_context = std::make_unique<LaneContext>(m_workspace.m_dataDir,
                                                      *m_workspace.m_secrets,
                                                      *m_workspace.m_clock, m_workspace.m_stopping);
        return *m_context;
    }

    Workspace &m_workspace;
    QThread m_thread;
    QObject m_receiver; // lives on m_thread: the jobs are its queued calls
    std::unique_ptr<LaneContext> m_context;
};

Workspace::Workspace(const QString &dataDir, std::shared_ptr<SecretStore> secrets,
                     const Clock *clock, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_secrets(std::move(secrets)), m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    m_interactive = std::make_unique<Lane_>(*this, QStringLiteral("bookflow-interactive"));
    m_engine = std::make_unique<Lane_>(*this, QStringLiteral("bookflow-engine"));
}

Workspace::~Workspace()
{
    shutdown();
}

void Workspace::shutdown()
{
    m_stopping = true;
    if (m_interactive)
        m_interactive->stop();
    if (m_engine)
        m_engine->stop();
}

Workspace::Lane_ &Workspace::lane(Lane lane)
{
    return lane == Lane::Engine ? *m_engine : *m_interactive;
}

void Workspace::postRaw(Lane which, std::function<void(WorkspaceContext &)> job)
{
    lane(which).post(std::move(job), Qt::QueuedConnection);
}

void Workspace::runAndWaitRaw(Lane which, const std::function<void(WorkspaceContext &)> &job)
{
    lane(which).post(job, Qt::BlockingQueuedConnection);
}

} // namespace bookflow
