// The engine over real HTTP against an in-process sandbox: enrollment (backfill and polling),
// planning, ledger-first execution with deterministic requestids, test runs, and the never-twice
// guarantees — checked by reading what the sandbox holds, not by trusting the engine's word.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/executor.h"
#include "core/engine/liverun.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/testrunner.h"
#include "core/net/networktransport.h"
#include "core/quickbooks/qboclient.h"
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"

#include "support/sandboxadmin.h"
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QtTest>

#include <memory>

using namespace bookflow;

namespace {

// One data folder connected to the sandbox: what a Bookflow installation is.
struct Installation
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    MemorySecretStore secrets;
    std::unique_ptr<ConnectionManager> manager;
    QString hubSpot;
    QString usCompany;
    QString ukCompany;
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void templatesRunEndToEnd_data();
    void templatesRunEndToEnd();
    void documentsMatchTheRecords();
    void neverTwiceAcrossRerunRepublishAndRestart();
    void crashAfterSendResendsTheSameRequest();
    void secondDataDirCreatesNothingNew();
    void lostBatchAnswerIsResentAsRecorded();
    void dryRunWritesNothing();
    void failureRulesCreateNothingAndSayWhy();
    void nonUsCompanyFailsAtRunTime();
    void firstPollWithoutAStartEnrollsNothing();

private:
    std::unique_ptr<Installation> install();
    QString importTemplate(Installation &at, const QString &file, const QString &company,
                           const std::function<void(Workflow &)> &edit = {});
    Executor::Summary runAll(Installation &at, const QString &workflowId, bool enrollExisting);
    QJsonObject admin(const QByteArray &method, const QString &path);
    qint64 writes();
    qint64 count(const QString &entity);
    QString accountId(const QString &name);
    QboObject read(QboEntity entity, const QString &id);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    SystemClock m_clock;
    std::unique_ptr<Installation> m_main;
    QHash<QString, QString> m_workflows; // template file → workflow id in m_main
};

QJsonObject TestEngine::admin(const QByteArray &method, const QString &path)
{
    return testsupport::sandboxCall(*m_transport, m_server->baseUrl(), method, path);
}

qint64 TestEngine::writes()
{
    // Every QuickBooks request that could write: POSTs to the company API.
    const QJsonObject routes = admin("GET", QStringLiteral("/_sandbox/requests"))
                                   .value(QStringLiteral("routes"))
                                   .toObject();
    qint64 total = 0;
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        if (it.key().startsWith(QLatin1String("POST /v3/company/")))
            total += it.value().toInteger();
    }
    return total;
}

std::unique_ptr<Installation> TestEngine::install()
{
    auto at = std::make_unique<Installation>();
    auto opened = Store::open(at->dir.path());
    if (!opened)
        qFatal("store: %s", qPrintable(opened.reason()));
    at->store = std::move(opened).value();
    at->manager =
        std::make_unique<ConnectionManager>(*at->store, at->secrets, *m_transport, m_clock);
    at->manager->saveSandboxApp(Provider::HubSpot, m_server->baseUrl(),
                                QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret));
    at->manager->saveSandboxApp(Provider::QuickBooks, m_server->baseUrl(),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret));
    SandboxConsent person(*m_transport);
    const auto connect = [&](Provider provider, const QString &realm) {
        const ApiResult<Connection> c = at->manager->connectOAuth(
            provider, Environment::Sandbox,
            [&](const QUrl &url) { return person.approve(url, realm); }, 20000);
        if (!c)
            qFatal("connect: %s", qPrintable(c.reason()));
        return *c;
    };
    at->hubSpot = connect(Provider::HubSpot, QString()).id;
    const OAuthApp app = *at->manager->app(Provider::QuickBooks, Environment::Sandbox);
    const auto companies =
        person.offeredCompanies(OAuthProvider(*m_transport, app, m_clock)
                                    .authorizeUrl(AuthorizationRequest::create(
                                        QStringLiteral("http://localhost/cb"), false)));
    for (const SandboxConsent::Company &company : *companies) {
        const Connection c = connect(Provider::QuickBooks, company.realmId);
        (c.isUnitedStates() ? at->usCompany : at->ukCompany) = c.id;
    }
    return at;
}

QString TestEngine::importTemplate(Installation &at, const QString &file, const QString &company,
                                   const std::function<void(Workflow &)> &edit)
{
    const Result<QString> id =
        at.store->importFile(QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/") + file);
    if (!id)
        qFatal("import: %s", qPrintable(id.reason()));
    Workflow draft = *at.store->draft(*id);
    for (Action &action : draft.actions)
        action.connection = company;
    if (edit)
        edit(draft);
    at.store->saveDraft(draft);
    return *id;
}

Executor::Summary TestEngine::runAll(Installation &at, const QString &workflowId,
                                     bool enrollExisting)
{
    RunSession session(*at.store, *at.manager, *m_transport, m_clock);
    if (!at.store->publish(workflowId))
        qFatal("publish failed");
    at.store->setEnabled(workflowId, true);
    Poller poller(session);
    const auto started = poller.start(workflowId, enrollExisting);
    if (!started)
        qFatal("start: %s", qPrintable(started.reason()));
    Executor executor(session);
    const auto done = executor.runDue();
    if (!done)
        qFatal("runDue: %s", qPrintable(done.reason()));
    return *done;
}

qint64 TestEngine::count(const QString &entity)
{
    ConnectionAuth &auth = **m_main->manager->auth(m_main->usCompany);
    ConnectionTokenSource tokens(auth, *m_transport);
    const Connection company = *m_main->store->connection(m_main->usCompany);
    QboClient client(*m_transport, company.apiBaseUrl, company.accountId, tokens);
    const auto counted = client.count(QboQuery::count(entity));
    return counted ? *counted : -1;
}

QString TestEngine::accountId(const QString &name)
{
    ConnectionAuth &auth = **m_main->manager->auth(m_main->usCompany);
    ConnectionTokenSource tokens(auth, *m_transport);
    const Connection company = *m_main->store->connection(m_main->usCompany);
    QboClient client(*m_transport, company.apiBaseUrl, company.accountId, tokens);
    const auto rows = client.queryAll(QboQuery::select(QStringLiteral("Account")));
    if (rows) {
        for (const QboObject &row : *rows) {
            if (row.json().value(QStringLiteral("Name")).toString() == name)
                return row.id();
        }
    }
    return {};
}

QboObject TestEngine::read(QboEntity entity, const QString &id)
{
    ConnectionAuth &auth = **m_main->manager->auth(m_main->usCompany);
    ConnectionTokenSource tokens(auth, *m_transport);
    const Connection company = *m_main->store->connection(m_main->usCompany);
    QboClient client(*m_transport, company.apiBaseUrl, company.accountId, tokens);
    const auto object = client.read(entity, id);
    return object ? *object : QboObject();
}

void TestEngine::initTestCase()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();
    m_main = install();
    QVERIFY(!m_main->usCompany.isEmpty() && !m_main->ukCompany.isEmpty());
}

void TestEngine::cleanupTestCase()
{
    m_main.reset();
    m_server.reset();
}

void TestEngine::templatesRunEndToEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("actionType"); // empty: the template's own action
    QTest::newRow("invoice for e-signed quotes")
        << QStringLiteral("invoice-esigned-quotes.json") << QString();
    QTest::newRow("invoice for payment-link deals")
        << QStringLiteral("invoice-payment-link-deals.json") << QString();
    QTest::newRow("paid invoice for payments")
        << QStringLiteral("paid-invoice-from-payments.json") << QString();
    QTest::newRow("refund receipt for refunds")
        << QStringLiteral("refund-receipt-for-refunds.json") << QString();
    QTest::newRow("expense for payment fees")
        << QStringLiteral("expense-for-payment-fees.json") << QString();
    // The other three actions on the same triggers.
    QTest::newRow("estimate for e-signed quotes") << QStringLiteral("invoice-esigned-quotes.json")
                                                  << QStringLiteral("quickbooks.createEstimate");
    QTest::newRow("sales receipt for payment-link deals")
        << QStringLiteral("invoice-payment-link-deals.json")
        << QStringLiteral("quickbooks.createSalesReceipt");
    QTest::newRow("sales receipt for payments")
        << QStringLiteral("paid-invoice-from-payments.json")
        << QStringLiteral("quickbooks.createPaymentSalesReceipt");
}

void TestEngine::templatesRunEndToEnd()
{
    QFETCH(QString, file);
    QFETCH(QString, actionType);
    const QString checking = accountId(QStringLiteral("Checking"));
    const QString bankCharges = accountId(QStringLiteral("Bank Charges"));
    QVERIFY(!checking.isEmpty() && !bankCharges.isEmpty());
    const QString id = importTemplate(*m_main, file, m_main->usCompany, [&](Workflow &w) {
        // The expense and refund templates need accounts: the demo company's.
        for (Action &a : w.actions) {
            if (!actionType.isEmpty())
                a.type = *actionTypeFromKey(actionType);
            if (a.type == ActionType::CreateExpense) {
                a.paidFromAccount = checking;
                a.expenseAccount = bankCharges;
            }
            if (a.type == ActionType::CreateRefundReceipt)
                a.refundFromAccount = checking;
        }
    });
    if (actionType.isEmpty())
        m_workflows.insert(file, id);
    const Executor::Summary summary = runAll(*m_main, id, true);
    const auto history = m_main->store->history(id);
    QVERIFY2(history, qPrintable(history.reason()));
    QVERIFY2(!history->isEmpty(), "nothing enrolled");
    int done = 0;
    QStringList reasons;
    for (const HistoryEntry &entry : *history) {
        for (const ActionRunRow &run : entry.actions) {
            QVERIFY2(run.status == ActionStatus::Done || run.status == ActionStatus::Failed,
                     qPrintable(actionStatusKey(run.status)));
            if (run.status == ActionStatus::Done) {
                ++done;
                QVERIFY(!run.documentId.isEmpty());
                QVERIFY(!read(*qboEntityFromName(run.documentType), run.documentId).isEmpty());
            } else {
                QVERIFY2(!run.errorReason.isEmpty(), "a failed action without a reason");
                reasons << entry.enrollment.objectId + QStringLiteral(": ") + run.errorReason;
            }
        }
    }
    qInfo("%s: %d enrolled, %d done; failures: %s", qPrintable(file), int(history->size()), done,
          qPrintable(reasons.join(QStringLiteral(" | "))));
    QVERIFY2(done >= 1, qPrintable(reasons.join(u'\n')));
    QCOMPARE(summary.done, done);
}

void TestEngine::documentsMatchTheRecords()
{
    const QString id = m_workflows.value(QStringLiteral("invoice-esigned-quotes.json"));
    QVERIFY(!id.isEmpty());
    RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
    HubSpotClient &hubSpot = **session.hubSpot();
    int checked = 0;
    const QVector<HistoryEntry> entries = *m_main->store->history(id);
    for (const HistoryEntry &entry : entries) {
        const ActionRunRow &run = entry.actions.first();
        if (run.status != ActionStatus::Done)
            continue;
        const QboObject invoice = read(QboEntity::Invoice, run.documentId);
        const QJsonObject json = invoice.json();
        QVERIFY(json.value(QStringLiteral("PrivateNote"))
                    .toString()
                    .contains(entry.enrollment.objectId));
        // Lines: one per quote line item, each Amount = Qty × UnitPrice to the cent.
        const auto quote = hubSpot.get(HubSpotObject::Quote, entry.enrollment.objectId, {},
                                       {HubSpotObject::LineItem, HubSpotObject::Contact});
        QVERIFY2(quote, qPrintable(quote.reason()));
        int itemLines = 0;
        for (const QJsonValue &line : json.value(QStringLiteral("Line")).toArray()) {
            const QJsonObject l = line.toObject();
            if (l.value(QStringLiteral("DetailType")).toString() !=
                QLatin1String("SalesItemLineDetail"))
                continue;
            ++itemLines;
            const QJsonObject detail = l.value(QStringLiteral("SalesItemLineDetail")).toObject();
            const Decimal qty = *Decimal::parse(
                QString::number(detail.value(QStringLiteral("Qty")).toDouble(), 'f', 6));
            const Decimal price = *Decimal::parse(
                QString::number(detail.value(QStringLiteral("UnitPrice")).toDouble(), 'f', 6));
            const Decimal amount = *Decimal::parse(
                QString::number(l.value(QStringLiteral("Amount")).toDouble(), 'f', 2));
            QCOMPARE((qty * price).roundedToCents().toString(), amount.toString());
        }
        QCOMPARE(itemLines, quote->associations.value(HubSpotObject::LineItem).size());
        // The customer is the quote's contact (legacy matching: by email).
        const QString customerId = json.value(QStringLiteral("CustomerRef"))
                                       .toObject()
                                       .value(QStringLiteral("value"))
                                       .toString();
        const QboObject customer = read(QboEntity::Customer, customerId);
        QVERIFY(!customer.isEmpty());
        // The invoice's number and id were written back onto the quote.
        const auto written = hubSpot.get(HubSpotObject::Quote, entry.enrollment.objectId,
                                         {QStringLiteral("bookflow_qbo_invoice_id"),
                                          QStringLiteral("bookflow_qbo_invoice_number")});
        QVERIFY2(written, qPrintable(written.reason()));
        QCOMPARE(written->text(QStringLiteral("bookflow_qbo_invoice_id")), run.documentId);
        QCOMPARE(written->text(QStringLiteral("bookflow_qbo_invoice_number")), run.documentNumber);
        ++checked;
    }
    QVERIFY(checked >= 1);
}

void TestEngine::neverTwiceAcrossRerunRepublishAndRestart()
{
    const qint64 invoices = count(QStringLiteral("Invoice"));
    QVERIFY(invoices > 0);
    const QString id = m_workflows.value(QStringLiteral("invoice-esigned-quotes.json"));
    // A rerun: nothing is due, nothing new.
    {
        RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
        QCOMPARE(Executor(session).runDue()->done, 0);
        QCOMPARE(Poller(session).pollOnce()->enrolled, 0);
    }
    // A re-publish (version 2) and a restart (new sessions): still nothing new.
    QVERIFY(m_main->store->publish(id));
    {
        RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
        QCOMPARE(Poller(session).pollOnce()->enrolled, 0);
        QCOMPARE(Executor(session).runDue()->done, 0);
    }
    QCOMPARE(count(QStringLiteral("Invoice")), invoices);
}

void TestEngine::crashAfterSendResendsTheSameRequest()
{
    // Take a finished invoice and put its ledger back to "sent, no answer recorded" — what a
    // crash between the request and the ledger update leaves behind.
    const QString id = m_workflows.value(QStringLiteral("invoice-payment-link-deals.json"));
    QVERIFY(!id.isEmpty());
    ActionRunRow done;
    const QVector<HistoryEntry> entries = *m_main->store->history(id);
    for (const HistoryEntry &entry : entries) {
        if (entry.actions.first().status == ActionStatus::Done)
            done = entry.actions.first();
    }
    QVERIFY(done.id > 0);
    const qint64 invoices = count(QStringLiteral("Invoice"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
        db.setDatabaseName(m_main->store->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE steps SET state = 'sent', result_id = '', result_number = ''"
                           " WHERE action_run_id = %1 AND kind = 'createDocument'")
                .arg(done.id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE action_runs SET status = 'running', document_id = '',"
                                      " document_number = '', document_type = '' WHERE id = %1")
                           .arg(done.id)));
        QVERIFY(q.exec(QStringLiteral("UPDATE enrollments SET status = 'active' WHERE id = %1")
                           .arg(done.enrollmentId)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crash"));
    RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
    const auto resumed = Executor(session).runDue();
    QVERIFY2(resumed, qPrintable(resumed.reason()));
    QCOMPARE(resumed->done, 1);
    const ActionRunRow after = *m_main->store->actionRun(done.id);
    QCOMPARE(after.status, ActionStatus::Done);
    QCOMPARE(after.documentId, done.documentId); // QuickBooks replayed the first answer
    QCOMPARE(count(QStringLiteral("Invoice")), invoices);
}

void TestEngine::secondDataDirCreatesNothingNew()
{
    // Another machine with the same workflow file and the same accounts. It sends one action
    // run per pass, so its /batch calls are formed differently from the first machine's (their
    // requestids differ and QuickBooks cannot recognise them): the documents' markers must.
    const qint64 invoices = count(QStringLiteral("Invoice"));
    const qint64 customers = count(QStringLiteral("Customer"));
    const QString id = m_workflows.value(QStringLiteral("invoice-esigned-quotes.json"));
    QTemporaryDir exportDir;
    const QString file = exportDir.filePath(QStringLiteral("w.json"));
    QVERIFY(m_main->store->exportFile(id, file, 1));
    auto other = install();
    const Result<QString> imported = other->store->importFile(file);
    QVERIFY(imported);
    QCOMPARE(*imported, id); // the same workflow id, so the same requestids
    Workflow draft = *other->store->draft(id);
    for (Action &a : draft.actions)
        a.connection = other->usCompany;
    QVERIFY(other->store->saveDraft(draft));
    RunSession session(*other->store, *other->manager, *m_transport, m_clock);
    QVERIFY(other->store->publish(id));
    QVERIFY(other->store->setEnabled(id, true));
    const auto started = Poller(session).start(id, true);
    QVERIFY2(started, qPrintable(started.reason()));
    QVERIFY(started->enrolled >= 2);
    Executor::Summary total;
    for (int pass = 0; pass < 50; ++pass) {
        const auto one = Executor(session).runDue(1);
        QVERIFY2(one, qPrintable(one.reason()));
        if (one->done + one->failed == 0)
            break;
        total.done += one->done;
        total.foundExisting += one->foundExisting;
    }
    QCOMPARE(total.done, started->enrolled);
    QCOMPARE(total.foundExisting, total.done); // every invoice found by its marker
    QCOMPARE(count(QStringLiteral("Invoice")), invoices);
    QCOMPARE(count(QStringLiteral("Customer")), customers);
    // And the history links the same documents as the first machine's.
    QSet<QString> first;
    const Result<QVector<HistoryEntry>> mainHistory = m_main->store->history(id);
    const Result<QVector<HistoryEntry>> otherHistory = other->store->history(id);
    QVERIFY(mainHistory && otherHistory);
    for (const HistoryEntry &entry : *mainHistory)
        first.insert(entry.actions.first().documentId);
    for (const HistoryEntry &entry : *otherHistory)
        QVERIFY2(first.contains(entry.actions.first().documentId),
                 qPrintable(entry.actions.first().documentId));
}

void TestEngine::lostBatchAnswerIsResentAsRecorded()
{
    // A /batch call whose answer never came back (the ledger says "sent" for all its steps):
    // it goes again with the same items and requestid, and QuickBooks replays its answer.
    // (Not the workflow whose ledger crashAfterSendResendsTheSameRequest rewrote.)
    const QString id = m_workflows.value(QStringLiteral("invoice-esigned-quotes.json"));
    QVERIFY(!id.isEmpty());
    QString batchId;
    int laterSteps = 0; // runs whose step in the batch was a customer, not their invoice
    QHash<qint64, QString> documents; // run → invoice id
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lostbatch"));
        db.setDatabaseName(m_main->store->databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT s.batch_id FROM steps AS s JOIN action_runs AS r ON r.id = s.action_run_id"
            " JOIN enrollments AS e ON e.id = r.enrollment_id"
            " WHERE e.workflow_id = '%1' AND s.batch_id <> ''"
            " GROUP BY s.batch_id HAVING count(*) >= 2 LIMIT 1")
                           .arg(id)));
        QVERIFY2(q.next(), "no /batch call carried two steps");
        batchId = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.document_id FROM steps AS s JOIN action_runs"
                                      " AS r ON r.id = s.action_run_id WHERE s.batch_id = '%1'")
                           .arg(batchId)));
        while (q.next())
            documents.insert(q.value(0).toLongLong(), q.value(1).toString());
        QVERIFY(documents.size() >= 2);
        // What a crash right after the call leaves: its steps sent, the later steps of those
        // runs (a customer's invoice) not sent yet.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM steps WHERE batch_id = '%1'"
                                      " AND kind <> 'createDocument'")
                           .arg(batchId)));
        QVERIFY(q.next());
        laterSteps = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE steps SET state = 'planned', result_id = '', result_number = '', batch_id = '',"
            " sent_at = NULL, done_at = NULL WHERE id IN (SELECT l.id FROM steps AS l JOIN steps"
            " AS b ON b.action_run_id = l.action_run_id AND l.step_no > b.step_no"
            " WHERE b.batch_id = '%1')")
                           .arg(batchId)));
        QVERIFY(q.exec(QStringLiteral("UPDATE steps SET state = 'sent', result_id = '',"
                                      " result_number = '' WHERE batch_id = '%1'")
                           .arg(batchId)));
        for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
            QVERIFY(q.exec(QStringLiteral("UPDATE action_runs SET status = 'running',"
                                          " document_id = '', document_number = '',"
                                          " document_type = '' WHERE id = %1")
                               .arg(it.key())));
            QVERIFY(q.exec(QStringLiteral("UPDATE enrollments SET status = 'active' WHERE id ="
                                          " (SELECT enrollment_id FROM action_runs WHERE id = %1)")
                               .arg(it.key())));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lostbatch"));
    const qint64 invoices = count(QStringLiteral("Invoice"));
    const qint64 customers = count(QStringLiteral("Customer"));
    RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
    const auto resumed = Executor(session).runDue();
    QVERIFY2(resumed, qPrintable(resumed.reason()));
    QCOMPARE(resumed->done, int(documents.size()));
    // The recorded batch went once more (QuickBooks replayed it: no new customer); the
    // invoices planned after it were found by their markers, not created again.
    QVERIFY(resumed->batchesSent >= 1);
    QCOMPARE(resumed->foundExisting, laterSteps);
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        QCOMPARE(m_main->store->actionRun(it.key())->documentId, it.value());
        // Replayed, not re-formed: a customer sent again in another batch would have met its
        // own name (6240).
        const Result<QVector<AttemptRow>> attempts = m_main->store->attempts(it.key());
        QVERIFY(attempts);
        for (const AttemptRow &attempt : *attempts)
            QVERIFY2(attempt.code != QLatin1String("6240"), qPrintable(attempt.reason));
    }
    const Result<QVector<StepRow>> batch = m_main->store->stepsInBatch(batchId);
    QVERIFY(batch);
    QCOMPARE(batch->size(), int(documents.size()));
    for (const StepRow &step : *batch)
        QCOMPARE(step.state, StepState::Done);
    QCOMPARE(count(QStringLiteral("Invoice")), invoices);
    QCOMPARE(count(QStringLiteral("Customer")), customers);
}

void TestEngine::dryRunWritesNothing()
{
    const QString id =
        importTemplate(*m_main, QStringLiteral("invoice-esigned-quotes.json"), m_main->usCompany);
    const Workflow draft = *m_main->store->draft(id);
    RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
    const auto quotes = (*session.hubSpot())->listAll(HubSpotObject::Quote, {});
    QVERIFY(quotes && !quotes->isEmpty());
    const qint64 before = writes();
    TestRunner runner(session);
    int wouldCreate = 0;
    for (const HubSpotRecord &quote : *quotes) {
        const auto report = runner.dryRun(draft, quote.id);
        QVERIFY2(report, qPrintable(report.reason()));
        for (const TestRunner::ActionReport &action : report->actions) {
            if (action.wouldCreate) {
                ++wouldCreate;
                QVERIFY(!action.requests.isEmpty());
                QVERIFY(!action.requests.last().body.isEmpty());
            } else {
                QVERIFY(!action.reason.isEmpty());
            }
        }
    }
    QVERIFY(wouldCreate >= 1);
    QCOMPARE(writes(), before);

    // What the dry run shows is what is sent: run one record for real and compare the ledger's
    // bodies (the document's marker included) with the dry run's, request by request.
    QVERIFY(m_main->store->publish(id));
    const Workflow published = *m_main->store->version(id, 1);
    bool compared = false;
    for (const HubSpotRecord &quote : *quotes) {
        const auto report = runner.dryRun(published, quote.id);
        QVERIFY(report);
        if (!report->actions.first().wouldCreate)
            continue;
        const auto live = LiveRun(session).run(id, quote.id);
        QVERIFY2(live, qPrintable(live.reason()));
        QCOMPARE(live->actions.first().status, ActionStatus::Done);
        const Result<QVector<StepRow>> steps = m_main->store->steps(live->actions.first().id);
        QVERIFY(steps);
        const auto &requests = report->actions.first().requests;
        QCOMPARE(steps->size(), requests.size());
        for (int i = 0; i < requests.size(); ++i)
            QCOMPARE(steps->at(i).body, requests.at(i).body);
        QVERIFY(requests.last().body.value(QStringLiteral("PrivateNote"))
                    .toString()
                    .endsWith(steps->last().requestId));
        compared = true;
        break;
    }
    QVERIFY(compared);
}

void TestEngine::failureRulesCreateNothingAndSayWhy()
{
    RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
    TestRunner runner(session);
    HubSpotClient &hubSpot = **session.hubSpot();
    const QString checking = accountId(QStringLiteral("Checking"));
    const auto reasonsFor = [&](const QString &file, HubSpotObject object,
                                const std::function<void(Workflow &)> &edit) {
        const QString id = importTemplate(*m_main, file, m_main->usCompany, edit);
        const Workflow draft = *m_main->store->draft(id);
        QStringList reasons;
        const QVector<HubSpotRecord> records = *hubSpot.listAll(object, {});
        for (const HubSpotRecord &record : records) {
            const auto report = runner.dryRun(draft, record.id);
            if (report && !report->actions.first().wouldCreate)
                reasons << report->actions.first().reason;
        }
        return reasons.join(u'\n');
    };
    const qint64 before = writes();
    // Unmatched products with "create if missing" off: every unmatched line is named.
    const QString unmatched =
        reasonsFor(QStringLiteral("invoice-esigned-quotes.json"), HubSpotObject::Quote,
                   [](Workflow &w) { w.actions[0].createProductIfMissing = false; });
    QVERIFY2(unmatched.contains(QStringLiteral("match no QuickBooks product")),
             qPrintable(unmatched));
    // A partial refund for the refund action.
    const QString refunds = reasonsFor(
        QStringLiteral("refund-receipt-for-refunds.json"), HubSpotObject::CommercePayment,
        [&](Workflow &w) { w.actions[0].refundFromAccount = checking; });
    QVERIFY2(refunds.contains(QStringLiteral("only partly refunded")), qPrintable(refunds));
    // A taxed line on a paid invoice.
    const QString paid = reasonsFor(QStringLiteral("paid-invoice-from-payments.json"),
                                    HubSpotObject::CommercePayment, {});
    QVERIFY2(paid.contains(QStringLiteral("are taxed")), qPrintable(paid));
    // No associated contact; no line items.
    const QString deals =
        reasonsFor(QStringLiteral("invoice-payment-link-deals.json"), HubSpotObject::Deal, {});
    QVERIFY2(deals.contains(QStringLiteral("has no associated contact")), qPrintable(deals));
    QVERIFY2(deals.contains(QStringLiteral("has no line items")), qPrintable(deals));

    // Data sync: a contact outside the connection's data-sync filters is not synced.
    Connection company = *m_main->store->connection(m_main->usCompany);
    const Connection legacy = company;
    company.integrationMode = IntegrationMode::DataSync;
    Filter customersOnly;
    customersOnly.object = FilterObject::Contact;
    customersOnly.property = QStringLiteral("lifecyclestage");
    customersOnly.propertyType = PropertyType::Enumeration;
    customersOnly.op = Operator::IsAnyOf;
    customersOnly.values = {QStringLiteral("customer")};
    FilterGroup group;
    group.filters = {customersOnly};
    company.dataSyncFilters = {group};
    QVERIFY(m_main->store->saveConnection(company));
    QString dataSync;
    {
        RunSession fresh(*m_main->store, *m_main->manager, *m_transport, m_clock);
        TestRunner freshRunner(fresh);
        const QString id = importTemplate(*m_main, QStringLiteral("invoice-esigned-quotes.json"),
                                          m_main->usCompany);
        const Workflow draft = *m_main->store->draft(id);
        const QVector<HubSpotRecord> quotes = *hubSpot.listAll(HubSpotObject::Quote, {});
        for (const HubSpotRecord &quote : quotes) {
            const auto report = freshRunner.dryRun(draft, quote.id);
            if (report && !report->actions.first().wouldCreate)
                dataSync += report->actions.first().reason + u'\n';
        }
    }
    QVERIFY(m_main->store->saveConnection(legacy));
    QVERIFY2(dataSync.contains(QStringLiteral("is not eligible for the QuickBooks data sync")),
             qPrintable(dataSync));
    QCOMPARE(writes(), before);
}

void TestEngine::nonUsCompanyFailsAtRunTime()
{
    const qint64 invoices = count(QStringLiteral("Invoice"));
    const QString id = importTemplate(*m_main, QStringLiteral("invoice-payment-link-deals.json"),
                                      m_main->ukCompany);
    const Executor::Summary summary = runAll(*m_main, id, true);
    QCOMPARE(summary.done, 0);
    QVERIFY(summary.failed >= 1);
    const QVector<HistoryEntry> entries = *m_main->store->history(id);
    for (const HistoryEntry &entry : entries) {
        QCOMPARE(entry.actions.first().status, ActionStatus::Failed);
        QVERIFY2(entry.actions.first().errorReason.contains(QLatin1String("US")),
                 qPrintable(entry.actions.first().errorReason));
    }
    QCOMPARE(count(QStringLiteral("Invoice")), invoices);
}

void TestEngine::firstPollWithoutAStartEnrollsNothing()
{
    // Turned on while HubSpot could not be asked which records already qualify: the first poll
    // must be a baseline, not a backfill nobody asked for.
    const QString id =
        importTemplate(*m_main, QStringLiteral("expense-for-payment-fees.json"), m_main->usCompany,
                       [&](Workflow &w) {
                           w.actions[0].paidFromAccount = accountId(QStringLiteral("Checking"));
                           w.actions[0].expenseAccount = accountId(QStringLiteral("Bank Charges"));
                       });
    QVERIFY(m_main->store->publish(id));
    QVERIFY(m_main->store->setEnabled(id, true));
    RunSession session(*m_main->store, *m_main->manager, *m_transport, m_clock);
    const auto first = Poller(session).pollOnce();
    QVERIFY2(first, qPrintable(first.reason()));
    QVERIFY(first->recordsSeen > 0);
    QCOMPARE(first->enrolled, 0);
    QVERIFY(m_main->store->cursor(id)->has_value());
    QVERIFY(m_main->store->history(id)->isEmpty());
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
