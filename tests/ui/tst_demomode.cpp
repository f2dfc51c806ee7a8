// The demo workspace as the GUI runs it: from launch with an empty data folder, the sandbox starts
// on a thread of the process, the demo accounts are connected through the real OAuth round trips
// with no input, and a published workflow creates its invoices in the sandbox. Its records
// survive a restart (same connections, same documents, nothing created twice), "Reset demo data"
// puts the sample records back and clears the runs, and a damaged state file is reported by name
// and never overwritten.
#include "app/demo/demomode.h"
#include "core/auth/memorysecretstore.h"
#include "core/engine/engineloop.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"
#include "core/store/store.h"
#include "ui/app/desktopapp.h"
#include "ui/mainwindow.h"

#include "support/workflows.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bookflow;

namespace {

constexpr int ConnectTimeoutMs = 30000;
constexpr int PassTimeoutMs = 60000;

// The GUI as app/gui_main.cpp puts it together for the demo: window, app (engine not started),
// demo. Destroyed in gui_main's order.
struct Launch
{
    explicit Launch(const QString &dataDir, std::shared_ptr<SecretStore> secrets)
        : window(dataDir), app(window, std::move(secrets), false)
    {
        demo = std::make_unique<DemoMode>(window, app);
    }
    ~Launch() { demo.reset(); }

    // Starts the demo and waits for its accounts, then for the engine's first pass, which the
    // demo starts once they are connected.
    bool startAndConnect(QString *error)
    {
        QSignalSpy connected(demo.get(), &DemoMode::connected);
        QSignalSpy failed(demo.get(), &DemoMode::failed);
        QSignalSpy firstPass(&app.engine(), &EngineLoop::passFinished);
        if (const Status started = demo->start(); !started) {
            *error = started.reason();
            return false;
        }
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); },
                             ConnectTimeoutMs)) {
            *error = QStringLiteral("the demo accounts were neither connected nor refused");
            return false;
        }
        if (!failed.isEmpty()) {
            *error = failed.first().first().toString();
            return false;
        }
        if (firstPass.isEmpty() && !firstPass.wait(PassTimeoutMs)) {
            *error = QStringLiteral("the engine made no pass after the demo connected");
            return false;
        }
        return true;
    }

    QString usCompany() const
    {
        const Result<QVector<Connection>> connections = window.store()->connections();
        for (const Connection &c : *connections) {
            if (c.provider == Provider::QuickBooks && c.isUnitedStates())
                return c.id;
        }
        return {};
    }

    // The number of invoices the company holds, asked over HTTP like any QuickBooks client.
    qint64 invoices(const QString &company)
    {
        const std::optional<qint64> n = app.workspace().runAndWait<qint64>(
            Workspace::Lane::Interactive, [company](WorkspaceContext &ctx) {
                const std::unique_ptr<RunSession> session = ctx.newSession();
                ApiResult<QboClient *> client = session->quickBooks(company);
                if (!client)
                    return qint64(-1);
                const ApiResult<qint64> count =
                    (*client)->count(QboQuery::count(QStringLiteral("Invoice")));
                return count ? *count : qint64(-1);
            });
        return n.value_or(-2);
    }

    bool invoiceExists(const QString &company, const QString &id)
    {
        return app.workspace()
            .runAndWait<bool>(Workspace::Lane::Interactive,
                              [company, id](WorkspaceContext &ctx) {
                                  const std::unique_ptr<RunSession> session = ctx.newSession();
                                  ApiResult<QboClient *> client = session->quickBooks(company);
                                  return client && (*client)->read(QboEntity::Invoice, id).ok();
                              })
            .value_or(false);
    }

    // One engine pass, waited for.
    EngineLoop::PassReport pass()
    {
        QSignalSpy finished(&app.engine(), &EngineLoop::passFinished);
        app.engine().runNow();
        if (!finished.wait(PassTimeoutMs))
            qFatal("the engine pass did not finish");
        return finished.first().first().value<EngineLoop::PassReport>();
    }

    MainWindow window;
    DesktopApp app;
    std::unique_ptr<DemoMode> demo;
};

} // namespace

class TestDemoMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void launchConnectsAndAWorkflowCreatesInvoices();
    void demoDataSurvivesARestart();
    void resetPutsTheSampleRecordsBack();
    void aDamagedStateFileIsReportedAndKept();
    void realAccountsTurnTheDemoOff();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<SecretStore> m_secrets = std::make_shared<MemorySecretStore>();
    QString m_workflow;
    QString m_company;
    QStringList m_documents;
    qint64 m_invoicesAfterFirstRun = -1;
    qint64 m_seedInvoices = -1;
};

void TestDemoMode::launchConnectsAndAWorkflowCreatesInvoices()
{
    Launch launch(m_dir.path(), m_secrets);
    QVERIFY(launch.window.store());
    QVERIFY(DemoMode::wanted(*launch.window.store())); // nothing connected yet
    QString error;
    QVERIFY2(launch.startAndConnect(&error), qPrintable(error));
    QVERIFY(launch.window.isDemoBannerShown());
    QVERIFY(launch.demo->isConnected());
    // HubSpot and both sandbox companies, every one on this computer's sandbox.
    const QVector<Connection> connections = *launch.window.store()->connections();
    QCOMPARE(connections.size(), 3);
    for (const Connection &c : connections) {
        QCOMPARE(c.state, ConnectionState::Connected);
        QCOMPARE(c.apiBaseUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(c.apiBaseUrl.port(), launch.demo->baseUrl().port());
    }
    QVERIFY(DemoMode::wanted(*launch.window.store())); // demo accounts only
    m_company = launch.usCompany();
    QVERIFY(!m_company.isEmpty());
    // The engine was started by the demo once connected.
    QVERIFY(launch.app.engine().isStarted());
    QVERIFY(QFile::exists(launch.demo->stateFile()));

    m_seedInvoices = launch.invoices(m_company);
    QVERIFY(m_seedInvoices >= 0);
    Workflow w = testsupport::templateWorkflow(QStringLiteral("invoice-esigned-quotes.json"));
    for (Action &action : w.actions)
        action.connection = m_company;
    Store &store = *launch.window.store();
    QVERIFY(store.createWorkflow(w));
    QVERIFY(store.publish(w.id));
    m_workflow = w.id;
    const QString id = w.id;
    const std::optional<ApiResult<Poller::Summary>> on =
        launch.app.workspace().runAndWait<ApiResult<Poller::Summary>>(
            Workspace::Lane::Engine, [id](WorkspaceContext &ctx) {
                const std::unique_ptr<RunSession> session = ctx.newSession();
                return Poller(*session).turnOn(id, true);
            });
    QVERIFY(on && on->ok());

    const EngineLoop::PassReport report = launch.pass();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.done >= 1, qPrintable(report.summary()));
    const QVector<HistoryEntry> history = *store.history(m_workflow);
    for (const HistoryEntry &entry : history) {
        for (const ActionRunRow &run : entry.actions) {
            if (run.status == ActionStatus::Done)
                m_documents << run.documentId;
        }
    }
    QCOMPARE(m_documents.size(), report.done);
    for (const QString &document : std::as_const(m_documents))
        QVERIFY2(launch.invoiceExists(m_company, document), qPrintable(document));
    m_invoicesAfterFirstRun = launch.invoices(m_company);
    QCOMPARE(m_invoicesAfterFirstRun, m_seedInvoices + m_documents.size());
}

void TestDemoMode::demoDataSurvivesARestart()
{
    QVERIFY(!m_documents.isEmpty());
    const QVector<Connection> before = *Store::open(m_dir.path()).value()->connections();
    Launch launch(m_dir.path(), m_secrets);
    QVERIFY(DemoMode::wanted(*launch.window.store()));
    QString error;
    QVERIFY2(launch.startAndConnect(&error), qPrintable(error));
    QVERIFY(launch.demo->loadProblem().isEmpty());
    // Connected again to the new sandbox, under the same ids (workflows keep their companies).
    const QVector<Connection> after = *launch.window.store()->connections();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).apiBaseUrl.port(), launch.demo->baseUrl().port());
    }
    // The sandbox came back with the documents the first launch created.
    for (const QString &document : std::as_const(m_documents))
        QVERIFY2(launch.invoiceExists(m_company, document), qPrintable(document));
    QCOMPARE(launch.invoices(m_company), m_invoicesAfterFirstRun);
    // And the workflow, still on, creates nothing twice.
    const EngineLoop::PassReport report = launch.pass();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(launch.invoices(m_company), m_invoicesAfterFirstRun);
}

void TestDemoMode::resetPutsTheSampleRecordsBack()
{
    QVERIFY(!m_workflow.isEmpty());
    Launch launch(m_dir.path(), m_secrets);
    QString error;
    QVERIFY2(launch.startAndConnect(&error), qPrintable(error));
    QVERIFY(!launch.window.store()->history(m_workflow)->isEmpty());
    QVERIFY(launch.window.store()->summary(m_workflow)->enabled);

    QSignalSpy finished(launch.demo.get(), &DemoMode::resetFinished);
    Q_EMIT launch.window.resetDemoRequested(); // what the banner sends after the confirmation
    QVERIFY(finished.wait(ConnectTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(launch.demo->isConnected());
    // The sample records as they started, the runs forgotten, the workflow kept but off.
    QCOMPARE(launch.invoices(m_company), m_seedInvoices);
    for (const QString &document : std::as_const(m_documents))
        QVERIFY(!launch.invoiceExists(m_company, document));
    QVERIFY(launch.window.store()->history(m_workflow)->isEmpty());
    const Result<WorkflowSummary> summary = launch.window.store()->summary(m_workflow);
    QVERIFY(summary);
    QVERIFY(!summary->enabled);
    QVERIFY(summary->publishedVersion >= 1);
    // Written at once: a launch after this one starts from the seed too.
    launch.demo.reset();
    Launch again(m_dir.path(), m_secrets);
    QVERIFY2(again.startAndConnect(&error), qPrintable(error));
    QCOMPARE(again.invoices(m_company), m_seedInvoices);
}

void TestDemoMode::aDamagedStateFileIsReportedAndKept()
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QString::fromLatin1(DemoMode::StateFileName));
    const QByteArray damaged = QByteArrayLiteral("{\"quickbooks\": [trunc");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
    }
    const auto contents = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    };
    auto secrets = std::make_shared<MemorySecretStore>();
    {
        Launch launch(dir.path(), secrets);
        QString error;
        QVERIFY2(launch.startAndConnect(&error), qPrintable(error)); // from the seed
        QVERIFY(launch.demo->loadProblem().contains(QDir::toNativeSeparators(file)));
        QVERIFY(launch.demo->loadProblem().contains(QStringLiteral("JSON")));
        QVERIFY(!launch.demo->save()); // refuses to write over it
        launch.pass();
    }
    QCOMPARE(contents(file), damaged); // untouched, even at the end

    Launch launch(dir.path(), secrets);
    QString error;
    QVERIFY2(launch.startAndConnect(&error), qPrintable(error));
    QSignalSpy finished(launch.demo.get(), &DemoMode::resetFinished);
    Q_EMIT launch.window.resetDemoRequested();
    QVERIFY(finished.wait(ConnectTimeoutMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    // Moved aside byte for byte, and a readable state written in its place.
    const QStringList aside = QDir(dir.path()).entryList(
        {QString::fromLatin1(DemoMode::StateFileName) + QStringLiteral(".unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(contents(QDir(dir.path()).filePath(aside.first())), damaged);
    QVERIFY(launch.demo->loadProblem().isEmpty());
    QVERIFY(QJsonDocument::fromJson(contents(file)).isObject());
}

void TestDemoMode::realAccountsTurnTheDemoOff()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> store = Store::open(dir.path());
    QVERIFY(store);
    QVERIFY(DemoMode::wanted(**store));
    Connection real;
    real.provider = Provider::QuickBooks;
    real.accountId = QStringLiteral("9130350000000001");
    real.name = QStringLiteral("Acme Supplies LLC");
    real.environment = Environment::Production;
    real.apiBaseUrl = QUrl(QStringLiteral("https://quickbooks.api.intuit.com"));
    const Result<QString> saved = (*store)->saveConnection(real);
    QVERIFY2(saved, qPrintable(saved.reason()));
    QVERIFY(!DemoMode::wanted(**store));
}

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
