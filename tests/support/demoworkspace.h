#pragma once

// For widget tests: a data folder, the sandbox on its own thread, a Workspace whose lanes work
// against it, a GUI-thread Store on the same folder, and (on connect()) HubSpot and every
// sandbox QuickBooks company connected through the real OAuth round trips.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxthread.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/workspace.h"
#include "core/store/store.h"

#include <QTemporaryDir>

#include <memory>

namespace bookflow::testsupport {

class DemoWorkspace
{
public:
    // False (with `error`) when the sandbox cannot listen or the data folder cannot be opened.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_sandbox.start()) {
            *error = m_sandbox.errorString();
            return false;
        }
        Result<std::unique_ptr<Store>> opened = Store::open(m_dir.path());
        if (!opened) {
            *error = opened.reason();
            return false;
        }
        m_store = std::move(opened).value();
        m_workspace =
            std::make_unique<Workspace>(m_dir.path(), std::make_shared<MemorySecretStore>());
        return true;
    }

    // Connects HubSpot and every QuickBooks company of the sandbox; the connections in order.
    ApiResult<QVector<Connection>> connect()
    {
        const QUrl url = m_sandbox.baseUrl();
        const std::optional<ApiResult<QVector<Connection>>> made =
            m_workspace->runAndWait<ApiResult<QVector<Connection>>>(
                Workspace::Lane::Interactive, [url](WorkspaceContext &ctx) {
                    return connectSandboxAccounts(
                        ctx.connections(), ctx.transport(), ctx.clock(), url,
                        {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                         QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
                         QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                         QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)});
                });
        if (!made) {
            ApiError closed;
            closed.reason = QStringLiteral("the workspace is closed");
            return closed;
        }
        return *made;
    }

    QString dataDir() const { return m_dir.path(); }
    Store &store() { return *m_store; }
    Workspace &workspace() { return *m_workspace; }
    sandbox::SandboxThread &sandbox() { return m_sandbox; }

private:
    QTemporaryDir m_dir;
    sandbox::SandboxThread m_sandbox;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace bookflow::testsupport
