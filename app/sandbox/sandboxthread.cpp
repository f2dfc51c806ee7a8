#include "app/sandbox/sandboxthread.h"

namespace bookflow::sandbox {

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("bookflow-sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_context; // and the server with it, on its own thread
            m_context = nullptr;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SandboxThread::start(quint16 port, SandboxServer::Seed seed)
{
    if (m_thread.isRunning()) {
        m_error = QStringLiteral("the sandbox is already running");
        return false;
    }
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new SandboxServer(m_context);
            if (seed != SandboxServer::Seed::Demo)
                m_server->reset(seed);
            listening = m_server->listen(port);
            if (listening)
                m_baseUrl = m_server->baseUrl();
            else
                m_error = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

void SandboxThread::call(const std::function<void(SandboxServer &)> &work)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_context, [&] { work(*m_server); }, Qt::BlockingQueuedConnection);
}

} // namespace bookflow::sandbox
