#pragma once

// For widget tests: a data folder, the sandbox on its own thread, a Workspace whose lanes work
// against it, a GUI-thread Store on the same folder, and (on connect()) HubSpot and every
// sandbox QuickBooks company connected through the real OAuth round trips. Also the set-up the
// tests against it share: a template imported onto the US company, published and turned on the
// way the product does it, and engine sessions on the interactive lane.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxthread.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/hubspot/hubspotclient.h"
#include "core/store/store.h"
#include "support/workflows.h"

#include <QTemporaryDir>

#include <functional>
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
        m_workspace = std::make_unique<Workspace>(m_dir.path(), m_secrets);
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
        if (made->ok())
            m_connected = made->value();
        return *made;
    }

    // start() then connect(), and a connected US QuickBooks company among what was connected:
    // what a test of a workflow's QuickBooks actions needs before anything else.
    bool startConnected(QString *error)
    {
        if (!start(error))
            return false;
        const ApiResult<QVector<Connection>> made = connect();
        if (!made) {
            *error = made.reason();
            return false;
        }
        if (usCompany().isEmpty()) {
            *error = QStringLiteral("no US QuickBooks company was connected");
            return false;
        }
        return true;
    }

    // What the last successful connect() connected, in its order.
    const QVector<Connection> &connected() const { return m_connected; }

    // The id of the first connected US QuickBooks company (the demo's "Demo Co (US)"); empty
    // before connect().
    QString usCompany() const
    {
        for (const Connection &c : m_connected) {
            if (c.provider == Provider::QuickBooks && c.isUnitedStates() &&
                c.state == ConnectionState::Connected)
                return c.id;
        }
        return {};
    }

    // Imports resources/templates/<file> into store() as a new workflow's draft: a fresh id,
    // every action on the US company, then `edit`. The workflow as saved.
    Workflow importTemplate(const QString &file, const std::function<void(Workflow &)> &edit = {})
    {
        Workflow w = templateWorkflow(file);
        const QString company = usCompany();
        for (Action &action : w.actions)
            action.connection = company;
        if (edit)
            edit(w);
        if (const Status created = m_store->createWorkflow(w); !created)
            qFatal("create %s: %s", qPrintable(file), qPrintable(created.reason()));
        return w;
    }

    // Publishes the draft of `id` and turns the workflow on as "Publish and turn on" and
    // `bookflow-cli on` do: Poller::turnOn on the Engine lane, which the first time enrolls the
    // records already meeting the triggers (`enrollExisting`) or notes them as a baseline.
    Status publishAndTurnOn(const QString &id, bool enrollExisting)
    {
        const Result<int> published = m_store->publish(id);
        if (!published)
            return published.failure();
        const std::optional<ApiResult<Poller::Summary>> on =
            m_workspace->runAndWait<ApiResult<Poller::Summary>>(
                Workspace::Lane::Engine, [id, enrollExisting](WorkspaceContext &ctx) {
                    const std::unique_ptr<RunSession> session = ctx.newSession();
                    return Poller(*session).turnOn(id, enrollExisting);
                });
        if (!on)
            return Failure{QStringLiteral("the workspace is closed")};
        if (!*on)
            return on->error().toFailure();
        return Status::success();
    }

    // Runs `job` with a fresh engine session on the Interactive lane and waits for its answer.
    template <typename R> R withSession(std::function<R(RunSession &)> job)
    {
        std::optional<R> out =
            m_workspace->runAndWait<R>(Workspace::Lane::Interactive, [&job](WorkspaceContext &ctx) {
                const std::unique_ptr<RunSession> session = ctx.newSession();
                return job(*session);
            });
        if (!out)
            qFatal("the workspace is closed");
        return std::move(*out);
    }

    // Renames, in HubSpot, the first deal whose name starts with `prefix` by appending `suffix`
    // (" – Payment link" makes a deal meet the payment-link template's trigger); its id, or empty
    // when no deal matched or the update failed.
    QString renameDeal(const QString &prefix, const QString &suffix)
    {
        return withSession<QString>([&](RunSession &session) {
            const ApiResult<HubSpotClient *> hubSpot = session.hubSpot();
            if (!hubSpot)
                return QString();
            const ApiResult<QVector<HubSpotRecord>> all =
                (*hubSpot)->listAll(HubSpotObject::Deal, {QStringLiteral("dealname")});
            if (!all)
                return QString();
            for (const HubSpotRecord &deal : *all) {
                const QString name = deal.text(QStringLiteral("dealname"));
                if (!name.startsWith(prefix))
                    continue;
                const ApiResult<HubSpotRecord> updated =
                    (*hubSpot)->update(HubSpotObject::Deal, deal.id,
                                       QJsonObject{{QStringLiteral("dealname"), name + suffix}});
                return updated ? deal.id : QString();
            }
            return QString();
        });
    }

    QString dataDir() const { return m_dir.path(); }
    Store &store() { return *m_store; }
    Workspace &workspace() { return *m_workspace; }
    sandbox::SandboxThread &sandbox() { return m_sandbox; }
    // Where connect() keeps the sign-ins: a DesktopApp on dataDir() given this store works
    // with the same connections.
    std::shared_ptr<SecretStore> secrets() const { return m_secrets; }

private:
    QTemporaryDir m_dir;
    sandbox::SandboxThread m_sandbox;
    std::unique_ptr<Store> m_store;
    std::shared_ptr<SecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Workspace> m_workspace;
    QVector<Connection> m_connected;
};

} // namespace bookflow::testsupport
