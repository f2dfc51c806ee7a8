#pragma once

#include "core/util/clock.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <memory>

class QThread;

namespace bookflow {

class ConnectionManager;
class RunSession;
class SecretStore;
class Store;
class Transport;

// What a job posted to a Workspace works with. Everything here belongs to the job's worker
// thread: its own Store connection to the data folder, its own network transport (rate-limited,
// so the providers' limits are kept across all jobs of the lane), its ConnectionManager.
class WorkspaceContext
{
public:
    virtual ~WorkspaceContext();

    // Whether the lane could open the data folder; every other call needs it to be a success.
    virtual Status ready() const = 0;
    virtual Store &store() = 0;
    virtual SecretStore &secrets() = 0;
    virtual ConnectionManager &connections() = 0;
    virtual Transport &transport() = 0;
    virtual const Clock &clock() = 0;
    // A fresh engine session (its look-ups cached for this job only).
    virtual std::unique_ptr<RunSession> newSession() = 0;
    // True once the Workspace is being closed: a long job should stop at its next step.
    virtual bool stopRequested() const = 0;
};

// The GUI's way into core's synchronous, blocking engine without freezing the window: jobs run on
// worker threads and their results come back on the caller's thread.
//
// Three lanes, each one thread working its own queue of jobs in order, one job at a time:
// Interactive (drop-down look-ups, test runs), Engine (polling and executing) and SignIn (an
// OAuth sign-in waits minutes for the person), so none of them holds up the others. The lanes
// open the same data folder (SQLite in WAL mode allows it) and share one SecretStore
// (thread-safe by contract).
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Lane { Interactive, Engine, SignIn };

    // `secrets` is shared by both lanes; `clock` (optional, must outlive the Workspace) replaces
    // the system clock — tests pass a fixed one.
    Workspace(const QString &dataDir, std::shared_ptr<SecretStore> secrets,
              const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Workspace() override;

    QString dataDir() const { return m_dataDir; }
    SecretStore &secrets() const { return *m_secrets; }

    // Runs `job` on the lane's thread, then `done` with its result on `receiver`'s thread. When
    // `receiver` is destroyed first, `done` is not called (the job still runs to its end).
    template <typename R>
    void post(Lane lane, QObject *receiver, std::function<R(WorkspaceContext &)> job,
              std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        postRaw(lane, [job = std::move(job), done = std::move(done), guard](WorkspaceContext &ctx) {
            R result = job(ctx);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [done, result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::QueuedConnection);
        });
    }

    // Runs `job` on the lane's thread and waits for it (for tests and for shutdown paths only:
    // never from a slot the window depends on). Nothing once the workspace is closing.
    template <typename R>
    std::optional<R> runAndWait(Lane lane, std::function<R(WorkspaceContext &)> job)
    {
        std::optional<R> out;
        runAndWaitRaw(lane, [&](WorkspaceContext &ctx) { out.emplace(job(ctx)); });
        return out;
    }

    // Ends the lanes after the jobs in progress (later jobs are dropped). Called by the
    // destructor; safe to call twice.
    void shutdown();

private:
    class Lane_;
    void postRaw(Lane lane, std::function<void(WorkspaceContext &)> job);
    void runAndWaitRaw(Lane lane, const std::function<void(WorkspaceContext &)> &job);
    Lane_ &lane(Lane lane);

    QString m_dataDir;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::atomic_bool m_stopping{false};
    std::unique_ptr<Lane_> m_interactive;
    std::unique_ptr<Lane_> m_engine;
    std::unique_ptr<Lane_> m_signIn;
};

} // namespace bookflow
