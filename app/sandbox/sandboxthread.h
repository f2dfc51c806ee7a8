#pragma once

#include "app/sandbox/sandboxserver.h"

#include <QString>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace bookflow::sandbox {

// A SandboxServer on a thread of its own, for a process that also makes blocking requests to it:
// the GUI's demo workspace (whose engine waits on a worker thread while the window keeps its
// event loop) and the widget tests (which may wait on the GUI thread). The server is made, used
// and destroyed on that thread.
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Starts the server on 127.0.0.1:`port` (0: a free port). False, with errorString(), when it
    // cannot listen.
    bool start(quint16 port = 0, SandboxServer::Seed seed = SandboxServer::Seed::Demo);
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

    // Runs `work` on the server's thread and waits for it (seeding, counters, faults).
    void call(const std::function<void(SandboxServer &)> &work);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; owns the server
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace bookflow::sandbox
