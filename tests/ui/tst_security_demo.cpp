// No secret in the desktop app's files or logs. The GUI's demo workspace goes through a whole
// cycle — its accounts connected through the real OAuth sign-ins, a workflow published and run
// (invoices created), the workflow and the run history exported, the language and "start at
// login" settings saved, a company disconnected, the demo's records saved — with every log
// category on. Then every secret the app handed to its secret store (tokens, client secrets)
// is searched for in the data folder (the database, demo-sandbox.json, anything else), the
// settings folder (QSettings, the autostart entry), the exports and the captured log.
#include "app/demo/demomode.h"
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/oauthtokens.h"
#include "core/engine/engineloop.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/platform/autostart.h"
#include "core/platform/languagesetting.h"
#include "core/store/store.h"
#include "ui/app/desktopapp.h"
#include "ui/mainwindow.h"

#include "support/logcapture.h"
#include "support/workflows.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bookflow;

namespace {

QTemporaryDir *configHome = nullptr; // XDG_CONFIG_HOME, set before the application exists
// A secret store that remembers every value it was given.
class RememberingSecrets final : public SecretStore
{
public:
    Backend backend() const override { return Backend::Memory; }
    QString describe() const override { return m_inner.describe(); }
    Result<std::optional<QString>> read(const QString &key) override { return m_inner.read(key); }
    Status write(const QString &key, const QString &value) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_values << value;
        }
        return m_inner.write(key, value);
    }
    Status remove(const QString &key) override { return m_inner.remove(key); }
    QStringList values() const
    {
        QMutexLocker lock(&m_mutex);
        return m_values;
    }

private:
    MemorySecretStore m_inner;
    mutable QMutex m_mutex;
    QStringList m_values;
};

// The secrets inside what the store was given: tokens (stored as OAuthTokens' text) and client
// secrets (stored as they are).
QStringList secretsIn(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        if (const std::optional<OAuthTokens> tokens = OAuthTokens::fromText(value)) {
            out << tokens->accessToken << tokens->refreshToken;
        } else {
            out << value;
        }
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

} // namespace

class TestSecurityDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWholeDemoCycleLeavesNoSecretBehind();
};

void TestSecurityDemo::aWholeDemoCycleLeavesNoSecretBehind()
{
    // Here, not in main(): QtTest installs its own message handler when it starts.
    ::testsupport::LogCapture::install();
    const auto uninstall = qScopeGuard([] { ::testsupport::LogCapture::uninstall(); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString exports = dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    auto secrets = std::make_shared<RememberingSecrets>();
    {
        MainWindow window(dataDir);
        QVERIFY(window.store());
        DesktopApp app(window, secrets, false);
        auto demo = std::make_unique<DemoMode>(window, app);
        QSignalSpy connected(demo.get(), &DemoMode::connected);
        QSignalSpy failed(demo.get(), &DemoMode::failed);
        QSignalSpy firstPass(&app.engine(), &EngineLoop::passFinished);
        const Status started = demo->start();
        QVERIFY2(started, qPrintable(started.reason()));
        QVERIFY(QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(!firstPass.isEmpty() || firstPass.wait(60000));

        // A workflow on the US company, published, turned on with the records that qualify.
        Store &store = *window.store();
        QString us;
        QString uk;
        const QVector<Connection> connections = store.connections().value();
        for (const Connection &c : connections) {
            if (c.provider == Provider::QuickBooks)
                (c.isUnitedStates() ? us : uk) = c.id;
        }
        QVERIFY(!us.isEmpty() && !uk.isEmpty());
        Workflow w =
            bookflow::testsupport::templateWorkflow(QStringLiteral("invoice-esigned-quotes.json"));
        for (Action &action : w.actions)
            action.connection = us;
        QVERIFY(store.createWorkflow(w));
        QVERIFY(store.publish(w.id));
        const QString id = w.id;
        const auto on = app.workspace().runAndWait<ApiResult<Poller::Summary>>(
            Workspace::Lane::Engine, [id](WorkspaceContext &ctx) {
                const std::unique_ptr<RunSession> session = ctx.newSession();
                return Poller(*session).turnOn(id, true);
            });
        QVERIFY(on && on->ok());
        QSignalSpy pass(&app.engine(), &EngineLoop::passFinished);
        app.engine().runNow();
        QVERIFY(pass.wait(60000));
        const auto report = pass.first().first().value<EngineLoop::PassReport>();
        QVERIFY2(report.ok() && report.done >= 1, qPrintable(report.summary()));

        // Exports: the workflow file and the run history.
        QVERIFY(store.exportFile(id, QDir(exports).filePath(QStringLiteral("workflow.json"))));
        QFile csv(QDir(exports).filePath(QStringLiteral("history.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(store.writeHistoryCsv(QString(), csv));
        csv.close();

        // Settings: the language, and starting at login.
        QVERIFY(LanguageSetting::write(QStringLiteral("nb")));
        QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/bookflow"),
                                  {QStringLiteral("--background")}));

        // The UK company is disconnected (its sign-in revoked at the sandbox).
        const auto disconnected = app.workspace().runAndWait<ApiStatus>(
            Workspace::Lane::SignIn,
            [uk](WorkspaceContext &ctx) { return ctx.connections().disconnect(uk); });
        QVERIFY(disconnected && disconnected->ok());

        QVERIFY(demo->save());
        demo.reset(); // saves once more on the way out
    }

    // What the app held secret: every token it stored, and the demo apps' client secrets.
    QStringList secretValues = secretsIn(secrets->values());
    secretValues << QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret)
                 << QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret);
    secretValues.removeDuplicates();
    QVERIFY2(secretValues.size() >= 8, qPrintable(QString::number(secretValues.size())));

    QStringList files;
    for (const QString &root : {dataDir, configHome->path(), exports}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    // The scan reads what it should: the database, the demo's records, the settings, the
    // autostart entry and both exports.
    const QString all = files.join(QLatin1Char(' '));
    for (const char *name : {"bookflow.db", "demo-sandbox.json", "Bookflow.conf", ".desktop",
                             "workflow.json", "history.csv"})
        QVERIFY2(all.contains(QLatin1String(name)), qPrintable(all));

    QStringList found;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        for (const QString &secret : std::as_const(secretValues)) {
            if (bytes.contains(secret.toUtf8()))
                found << QStringLiteral("%1 in %2")
                             .arg(secret.left(6) + QStringLiteral("…"), QFileInfo(path).fileName());
        }
    }
    const QString log = ::testsupport::LogCapture::text();
    QVERIFY2(log.contains(QStringLiteral("bookflow.quickbooks")), "the traces were not on");
    for (const QString &secret : std::as_const(secretValues)) {
        if (log.contains(secret))
            found << secret.left(6) + QStringLiteral("… in the log");
    }
    qInfo("%d files and %lld characters of log searched for %d secrets", int(files.size()),
          qint64(log.size()), int(secretValues.size()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

int main(int argc, char **argv)
{
    // Settings and the autostart entry go to a folder of the test's own, and every trace is on,
    // before anything of Qt looks at either.
    QTemporaryDir config;
    configHome = &config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QLoggingCategory::setFilterRules(QStringLiteral("bookflow.*=true"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QCoreApplication::setApplicationName(QStringLiteral("Bookflow"));
    TestSecurityDemo test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_security_demo.moc"
