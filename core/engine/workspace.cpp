#include "core/engine/workspace.h"

#include "core/auth/connectionmanager.h"
#include "core/auth/secretstore.h"
#include "core/engine/runsession.h"
#include "core/net/networktransport.h"
#include "core/net/ratelimitedtransport.h"
#include "core/net/ratelimiter.h"
#include "core/store/store.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

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

// One worker thread taking jobs from its own queue, one at a time. Jobs are not events: the
// local event loops a job runs while it waits for the network (NetworkTransport::send) see only
// network events, so a later job can never start inside an earlier one.
class Workspace::Lane_ : public QThread
{
public:
    Lane_(Workspace &workspace, const QString &name) : m_workspace(workspace)
    {
        setObjectName(name);
        start();
    }

    void post(std::function<void(WorkspaceContext &)> job)
    {
        enqueue({std::move(job), {}});
    }

    // False when the lane is closing (the job did not run).
    bool runAndWait(const std::function<void(WorkspaceContext &)> &job)
    {
        std::mutex doneMutex;
        std::condition_variable doneWake;
        std::optional<bool> ran; // set once the job ran or was dropped
        const auto finish = [&](bool value) {
            std::lock_guard<std::mutex> doneLock(doneMutex);
            ran = value;
            doneWake.notify_all();
        };
        if (!enqueue({[&](WorkspaceContext &ctx) {
                          job(ctx);
                          finish(true);
                      },
                      [&] { finish(false); }}))
            return false;
        std::unique_lock<std::mutex> doneLock(doneMutex);
        doneWake.wait(doneLock, [&] { return ran.has_value(); });
        return *ran;
    }

    void stop()
    {
        std::deque<Job> dropped;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
            dropped.swap(m_queue); // jobs not started are dropped
        }
        m_wake.notify_all();
        for (const Job &job : dropped)
            if (job.dropped)
                job.dropped();
        wait(); // the job in progress ends first
    }

protected:
    void run() override
    {
        for (;;) {
            Job job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    break;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            job.run(context());
        }
        // On this thread: the SQLite connection and the network objects belong to it.
        m_context.reset();
    }

private:
    struct Job
    {
        std::function<void(WorkspaceContext &)> run;
        std::function<void()> dropped; // called instead when the lane closes first
    };

    bool enqueue(Job job)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopping)
                return false; // closing: a job posted now would never run
            m_queue.push_back(std::move(job));
        }
        m_wake.notify_one();
        return true;
    }

    WorkspaceContext &context()
    {
        if (!m_context)
            m_context = std::make_unique<LaneContext>(m_workspace.m_dataDir,
                                                      *m_workspace.m_secrets,
                                                      *m_workspace.m_clock, m_workspace.m_stopping);
        return *m_context;
    }

    Workspace &m_workspace;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
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
    m_signIn = std::make_unique<Lane_>(*this, QStringLiteral("bookflow-sign-in"));
}

Workspace::~Workspace()
{
    shutdown();
}

void Workspace::shutdown()
{
    m_stopping = true;
    for (Lane_ *lane : {m_interactive.get(), m_engine.get(), m_signIn.get()})
        if (lane)
            lane->stop();
}

Workspace::Lane_ &Workspace::lane(Lane lane)
{
    switch (lane) {
    case Lane::Engine:
        return *m_engine;
    case Lane::SignIn:
        return *m_signIn;
    case Lane::Interactive:
        break;
    }
    return *m_interactive;
}

void Workspace::postRaw(Lane which, std::function<void(WorkspaceContext &)> job)
{
    lane(which).post(std::move(job));
}

void Workspace::runAndWaitRaw(Lane which, const std::function<void(WorkspaceContext &)> &job)
{
    lane(which).runAndWait(job);
}

} // namespace bookflow
