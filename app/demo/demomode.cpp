#include "app/demo/demomode.h"

#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxthread.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/engineloop.h"
#include "core/engine/workspace.h"
#include "core/store/store.h"
#include "core/util/tr.h"
#include "ui/app/desktopapp.h"
#include "ui/connections/connectionspage.h"
#include "ui/mainwindow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <cerrno>

namespace bookflow {

namespace {

// How often the sandbox's records are written while requests come in. The engine's passes and
// the end of the program write them as well; this covers test runs and a crash in between.
constexpr int SaveIntervalMs = 5000;

bool isOnThisComputer(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SandboxApps demoApps()
{
    return {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
            QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
            QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
            QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)};
}

// The saved records; a failure names what is wrong with the file.
Result<QJsonObject> readState(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{file.errorString()};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Failure{Tr::tr("it is not valid JSON (%1 at byte %2)")
                           .arg(error.errorString())
                           .arg(error.offset)};
    if (!document.isObject())
        return Failure{Tr::tr("it does not hold the demo's records")};
    return document.object();
}

} // namespace

DemoMode::DemoMode(MainWindow &window, DesktopApp &app, QObject *parent)
    : QObject(parent), m_window(window), m_app(app),
      m_sandbox(std::make_unique<sandbox::SandboxThread>())
{
    m_saveTimer = new QTimer(this);
    m_saveTimer->setInterval(SaveIntervalMs);
    connect(m_saveTimer, &QTimer::timeout, this, &DemoMode::saveIfChanged);
    connect(&m_app.engine(), &EngineLoop::passFinished, this, [this] { saveIfChanged(); });
    connect(&m_window, &MainWindow::resetDemoRequested, this, &DemoMode::reset);
}

DemoMode::~DemoMode()
{
    // The engine and the lanes stop before the records are written and the sandbox goes: a
    // document created by a job still running would otherwise be missing from the saved
    // records while the ledger has it. (Stopping them again in ~DesktopApp is harmless.)
    m_app.engine().stop();
    m_app.workspace().shutdown();
    save();
}

bool DemoMode::wanted(const Store &store)
{
    const Result<QVector<Connection>> connections = store.connections();
    if (!connections)
        return false; // an unreadable store is the window's problem to show, not the demo's
    for (const Connection &c : *connections) {
        if (!isOnThisComputer(c.apiBaseUrl))
            return false;
    }
    return true;
}

QString DemoMode::stateFile() const
{
    return QDir(m_window.store()->dataDir()).filePath(QString::fromLatin1(StateFileName));
}

Status DemoMode::start()
{
    if (!m_sandbox->start())
        return Failure{Tr::tr("The demo could not start its local HubSpot and QuickBooks: %1")
                           .arg(m_sandbox->errorString())};
    m_baseUrl = m_sandbox->baseUrl();
    const QString file = stateFile();
    if (QFileInfo::exists(file)) {
        Result<QJsonObject> state = readState(file);
        QString reason;
        if (state) {
            const QJsonObject object = *state;
            bool loaded = false;
            m_sandbox->call([&](sandbox::SandboxServer &server) {
                loaded = server.loadState(object, &reason);
            });
            if (!loaded)
                state = Failure{reason};
        }
        if (!state) {
            // Left as it is: the person may want it back. The demo starts from the seed and
            // nothing is written until "Reset demo data" moves the file aside.
            m_loadProblem = Tr::tr("The demo data in %1 could not be read: %2. The file was left "
                                   "as it is and the demo started from its sample records; "
                                   "Reset demo data starts afresh.")
                                .arg(QDir::toNativeSeparators(file), state.reason());
        }
    }
    m_savedAtRequests = m_loadProblem.isEmpty() ? requestCount() : -1;
    m_window.setDemoBanner(true);
    connectAccounts();
    m_saveTimer->start();
    return Status::success();
}

void DemoMode::connectAccounts()
{
    m_connected = false;
    m_window.setEngineStatus(tr("Connecting the demo accounts…"), true);
    const QUrl url = m_baseUrl;
    m_app.workspace().post<ApiResult<QVector<Connection>>>(
        Workspace::Lane::SignIn, this,
        [url](WorkspaceContext &ctx) {
            return connectSandboxAccounts(ctx.connections(), ctx.transport(), ctx.clock(), url,
                                          demoApps());
        },
        [this](const ApiResult<QVector<Connection>> &made) {
            const bool resetting = m_resetting;
            m_resetting = false;
            if (!made.ok()) {
                const QString reason =
                    tr("The demo accounts could not be connected: %1").arg(made.reason());
                m_window.setEngineStatus(reason, false);
                Q_EMIT failed(reason);
                if (resetting)
                    Q_EMIT resetFinished(false, reason);
                return;
            }
            m_connected = true;
            m_window.reload();
            if (auto *connections = qobject_cast<ConnectionsPage *>(
                    m_window.page(MainWindow::Page::Connections)))
                connections->reload();
            save();
            m_app.engine().start(m_app.engine().intervalSeconds());
            Q_EMIT connected();
            if (resetting)
                Q_EMIT resetFinished(true, QString());
        });
}

qint64 DemoMode::requestCount() const
{
    qint64 total = 0;
    m_sandbox->call(
        [&](sandbox::SandboxServer &server) { total = server.requestLog().total(); });
    return total;
}

void DemoMode::saveIfChanged()
{
    if (!m_loadProblem.isEmpty())
        return;
    if (requestCount() == m_savedAtRequests)
        return;
    save();
}

Status DemoMode::save()
{
    if (!m_loadProblem.isEmpty())
        return Failure{m_loadProblem};
    QJsonObject state;
    qint64 total = 0;
    m_sandbox->call([&](sandbox::SandboxServer &server) {
        // The records only: the demo signs in afresh at every start, so the sandbox's tokens
        // (the same ones its connections use) never need to reach the data folder.
        state = server.saveState(sandbox::SandboxServer::SignIns::LeftOut);
        total = server.requestLog().total();
    });
    if (state.isEmpty())
        return Failure{tr("The demo is not running.")};
    // Whole or not at all: the old file is replaced only after the new one is written. A short
    // write (a full disk) must stop the commit: QSaveFile would otherwise rename what it has.
    QSaveFile file(stateFile());
    const QByteArray bytes = QJsonDocument(state).toJson(QJsonDocument::Compact);
    bool written = file.open(QIODevice::WriteOnly);
    QString why = file.errorString();
    if (written && file.write(bytes) != bytes.size()) {
        // The system's reason for a short write is in errno; QSaveFile keeps none.
        why = file.error() == QFileDevice::NoError ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        written = false;
    } else if (written && !file.commit()) {
        why = file.errorString();
        written = false;
    }
    if (!written) {
        const QString reason = tr("The demo data could not be saved to %1: %2")
                                   .arg(QDir::toNativeSeparators(stateFile()), why);
        m_window.setEngineStatus(reason, false);
        return Failure{reason};
    }
    m_savedAtRequests = total;
    return Status::success();
}

void DemoMode::reset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    m_saveTimer->stop();
    m_app.engine().stop();
    m_window.setEngineStatus(tr("Resetting the demo data…"), true);
    // On the engine's lane, so a pass still running finishes before its history is cleared.
    m_app.workspace().post<Status>(
        Workspace::Lane::Engine, this,
        [](WorkspaceContext &ctx) {
            if (!ctx.ready())
                return Status(ctx.ready());
            return ctx.store().clearDemoRuns();
        },
        [this](const Status &cleared) {
            if (!cleared) {
                m_resetting = false;
                const QString reason =
                    tr("The demo data could not be reset: %1").arg(cleared.reason());
                m_window.setEngineStatus(reason, false);
                m_saveTimer->start();
                if (m_connected)
                    m_app.engine().start(m_app.engine().intervalSeconds());
                Q_EMIT resetFinished(false, reason);
                return;
            }
            if (!m_loadProblem.isEmpty()) {
                // The unreadable file is kept beside the new one, under a name that says so.
                const QString file = stateFile();
                const QString aside =
                    file + QStringLiteral(".unreadable-") +
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
                if (!QFile::rename(file, aside)) {
                    m_resetting = false;
                    const QString reason =
                        tr("The demo data could not be reset: %1 could not be moved aside.")
                            .arg(QDir::toNativeSeparators(file));
                    m_window.setEngineStatus(reason, false);
                    Q_EMIT resetFinished(false, reason);
                    return;
                }
                m_loadProblem.clear();
            }
            m_sandbox->call([](sandbox::SandboxServer &server) {
                server.reset(sandbox::SandboxServer::Seed::Demo);
            });
            m_window.reload();
            m_saveTimer->start();
            connectAccounts(); // the reset forgot every token
        });
}

} // namespace bookflow
