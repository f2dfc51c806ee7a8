// bookflow-reliability: does Bookflow create every QuickBooks document exactly once when the
// program running it is killed at random moments, and while the providers misbehave?
//
// It drives the real processes, as a person and a hostile world would:
//   1. starts bookflow-sandbox (its own process, --seed large:N: the demo plus N generated deals);
//   2. connects bookflow-cli to it (`connect sandbox`: the real OAuth round trips), imports an
//      invoice workflow whose trigger is "Deal name contains Ready to bill", publishes it and
//      turns it on (nothing meets the trigger yet);
//   3. renames the N generated deals "… – Ready to bill" through HubSpot's API, so that the
//      CLI's polling finds and enrolls them;
//   4. with --faults: 10 % 5xx, 5 % 429 (half with Retry-After, XML and JSON bodies), 2 % dropped
//      connections and 1 % replies slower than the CLI's timeout on both providers, and every
//      OAuth access token expiring after 50 requests (so refresh tokens rotate mid-run);
//   5. runs `bookflow-cli run` and SIGKILLs it K times at random moments, restarting it each
//      time; then `run --once` until nothing is due. A moment is a fraction, drawn from a
//      generator seeded with --seed and printed, of how long the remaining work should take
//      (learnt as the run goes). While the CLI is down the driver moves each waiting retry's
//      time to now — the only thing it changes in Bookflow's data — so that a back-off of
//      minutes doesn't take minutes;
//   6. checks, from QuickBooks (its query API, through core's QboClient on a sign-in of its own),
//      HubSpot and the ledger (`bookflow-cli history --json`): each deal enrolled once, every
//      action finished (done, or failed for a reason of its own data), exactly one invoice per
//      enrollment bearing the marker "Bookflow ref <requestid>" of that enrollment's document
//      step, nothing created beyond them, no customer made twice, the write-back pointing at the
//      right invoice; and that the CLI's sign-in survives the rotations (after a day past the
//      old refresh tokens' grace it still connects).
//
// It prints a summary in words; --json prints every figure as one JSON document on stdout
// (the summary then goes to stderr), --output FILE writes that document to FILE.
// Exit code: 0 everything held, 1 a problem was found (listed), 2 the run could not be set up.

#include "core/auth/connectionauth.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/requestid.h"
#include "core/hubspot/hubspotclient.h"
#include "core/net/networktransport.h"
#include "core/quickbooks/qboclient.h"
#include "core/store/store.h"
#include "core/util/clock.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflowcodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace bookflow::reliability {

namespace {

// The trigger the generated deals are made to meet, and the rename that makes them meet it.
const QString ReadyToBill = QStringLiteral("Ready to bill");
const QString GeneratedDealPrefix = QStringLiteral("Generated deal ");
const QString TemplateFile = QStringLiteral("invoice-payment-link-deals.json");
const QString ActionId = QStringLiteral("a1"); // the template's one action
// The sandbox's published demo apps (README "The sandbox"): not secrets.
const SandboxApps DemoApps{QStringLiteral("bookflow-demo-hubspot"),
                           QStringLiteral("bookflow-demo-hubspot-secret"),
                           QStringLiteral("bookflow-demo"), QStringLiteral("bookflow-demo-secret")};
constexpr int FaultCliTimeoutMs = 2000; // the CLI's request timeout under --faults
constexpr int SlowReplyMs = 3500;       // "slower than the timeout"
constexpr int MaxOncePasses = 300;
constexpr int StalePassesAllowed = 12; // passes in a row with no change before "it is stuck"

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void progress(const QString &line)
{
    err() << "reliability: " << line << Qt::endl;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2) + QStringLiteral(" s");
}

struct Options
{
    int enrollments = 300;
    int kills = 5;
    bool faults = false;
    bool shortThrottles = false; // every injected 429 carries Retry-After: 1 (the quick test)
    quint32 seed = 1;
    int tokenUses = 50;           // under --faults an access token expires after this many requests
    int latencyMs = 20;           // every sandbox reply waits this long (real APIs take longer)
    int passTimeoutSeconds = 600; // one `run --once` longer than this is a hang
    bool json = false;
    QString output;
    QString cli = QStringLiteral(BOOKFLOW_RELIABILITY_CLI);
    QString sandbox = QStringLiteral(BOOKFLOW_RELIABILITY_SANDBOX);
    QString workDir; // empty: a temporary folder, removed afterwards unless --keep
    bool keep = false;
};

// Why the run could not be set up (exit 2), as opposed to a problem it found (exit 1).
struct SetupError
{
    QString reason;
};

struct CliResult
{
    int exitCode = -1; // -1: crashed, killed or timed out
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

struct KillRecord
{
    int number = 0;
    double fraction = 0;       // drawn from the seeded generator
    qint64 expectedMs = 0;     // how long the remaining work should take
    qint64 targetMs = 0;       // the moment: fraction × expected, after the start
    qint64 delayMs = 0;        // when SIGKILL was really sent, after the start
    qint64 requestsAtKill = 0; // what the sandbox counted by then
    QJsonObject routes;        // those requests by route ("POST /v3/company/{realmId}/batch": 3)
    bool midPass = false;      // the pass had not finished (no summary line printed yet)
    int passesFinished = 0;
    int finishedBefore = 0; // actions finished (done or failed) when this CLI started
    int enrolledBefore = 0;
    int broughtForward = 0;
    int finishedAtKill = 0;
    int enrolledAtKill = 0;
    int sentUnansweredAtKill = 0;
    bool exitedByItself = false; // `run` ended before it could be killed (a problem)
    int exitCode = 0;
};

struct LedgerState
{
    int enrollments = 0;
    int finished = 0;
    int unfinished = 0;
    int paused = 0;
    int waiting = 0;
    // Steps of unfinished runs marked sent with no answer recorded: after a kill, the requests
    // that were in flight (or whose answer was lost), which the next start must resend.
    int sentUnanswered = 0;
};

class Driver
{
public:
    explicit Driver(Options options) : m_options(std::move(options)) {}

    int run()
    {
        QElapsedTimer wall;
        wall.start();
        try {
            prepareWorkDir();
            startSandbox();
            setUpCli();
            setUpObserver();
            takeBaseline();
            markDealsReady();
            if (m_options.faults)
                turnOnFaults();
            admin("POST", QStringLiteral("/_sandbox/requests/reset"));
            m_runTimer.start();
            killPhase();
            finalPhase();
            m_runMs = m_runTimer.elapsed();
            verify();
        } catch (const SetupError &e) {
            err() << "bookflow-reliability: " << e.reason << Qt::endl;
            stopSandbox();
            return 2;
        }
        m_wallMs = wall.elapsed();
        stopSandbox();
        const QJsonObject document = report();
        const QString summary = summaryText();
        if (!m_options.output.isEmpty()) {
            QSaveFile file(m_options.output);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 ||
                !file.commit()) {
                err() << "bookflow-reliability: cannot write " << m_options.output << Qt::endl;
                return 2;
            }
        }
        if (m_options.json) {
            QTextStream(stdout) << QJsonDocument(document).toJson(QJsonDocument::Indented);
            err() << summary;
        } else {
            QTextStream(stdout) << summary;
        }
        // A run that found problems keeps its evidence: the CLI's data folder and every log.
        if (!m_options.keep && m_temporary && m_problems.isEmpty())
            m_temporary->remove();
        else
            progress(QStringLiteral("the CLI's data, logs and the sandbox's output are kept in %1")
                         .arg(m_work.absolutePath()));
        return m_problems.isEmpty() ? 0 : 1;
    }

private:
    // ---- set-up --------------------------------------------------------------------------------

    void prepareWorkDir()
    {
        if (m_options.workDir.isEmpty()) {
            m_temporary = std::make_unique<QTemporaryDir>(
                QDir::tempPath() + QStringLiteral("/bookflow-reliability-XXXXXX"));
            if (!m_temporary->isValid())
                throw SetupError{QStringLiteral("cannot make a temporary folder")};
            m_temporary->setAutoRemove(false);
            m_work = QDir(m_temporary->path());
        } else {
            m_work = QDir(m_options.workDir);
            if (m_work.exists() && !m_work.isEmpty())
                throw SetupError{
                    QStringLiteral("--work-dir %1 is not empty").arg(m_options.workDir)};
            if (!m_work.mkpath(QStringLiteral(".")))
                throw SetupError{QStringLiteral("cannot make %1").arg(m_options.workDir)};
        }
        m_cliDir = m_work.filePath(QStringLiteral("cli"));
        m_work.mkpath(QStringLiteral("cli"));
        m_work.mkpath(QStringLiteral("logs"));
        m_work.mkpath(QStringLiteral("observer"));
    }

    void startSandbox()
    {
        const QString outFile = m_work.filePath(QStringLiteral("logs/sandbox.out"));
        m_sandbox.setStandardOutputFile(outFile);
        m_sandbox.setStandardErrorFile(m_work.filePath(QStringLiteral("logs/sandbox.err")));
        m_sandbox.start(m_options.sandbox,
                        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--admin"),
                         QStringLiteral("--seed"),
                         QStringLiteral("large:%1").arg(m_options.enrollments),
                         QStringLiteral("--latency"), QString::number(m_options.latencyMs)});
        if (!m_sandbox.waitForStarted(20000))
            throw SetupError{
                QStringLiteral("bookflow-sandbox did not start: %1").arg(m_sandbox.errorString())};
        // Its first line names the address (ARCHITECTURE.md's contract).
        static const QRegularExpression listening(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:[0-9]{1,5})\\s*$"),
            QRegularExpression::MultilineOption);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 120000) {
            QFile out(outFile);
            if (out.open(QIODevice::ReadOnly)) {
                const QRegularExpressionMatch match =
                    listening.match(QString::fromUtf8(out.readAll()));
                if (match.hasMatch()) {
                    m_url = QUrl(match.captured(1));
                    progress(QStringLiteral("sandbox at %1 with %2 generated deals")
                                 .arg(m_url.toString())
                                 .arg(m_options.enrollments));
                    return;
                }
            }
            if (m_sandbox.waitForFinished(50))
                break;
        }
        throw SetupError{
            QStringLiteral("bookflow-sandbox printed no address (see %1)").arg(outFile)};
    }

    void stopSandbox()
    {
        if (m_sandbox.state() == QProcess::NotRunning)
            return;
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(10000)) {
            m_sandbox.kill();
            m_sandbox.waitForFinished(5000);
        }
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // English output (the pass summary line is read) and no data folder but the one given.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("BOOKFLOW_DATA_DIR"));
        if (m_options.faults)
            environment.insert(QStringLiteral("BOOKFLOW_REQUEST_TIMEOUT_MS"),
                               QString::number(FaultCliTimeoutMs));
        return environment;
    }

    QStringList cliArguments(const QStringList &command, bool json) const
    {
        // --secrets file: the sign-ins must outlive each killed process (memory would not), and
        // the driver needs no keychain.
        QStringList arguments{QStringLiteral("--data-dir"), m_cliDir, QStringLiteral("--secrets"),
                              QStringLiteral("file")};
        if (json)
            arguments << QStringLiteral("--json");
        return arguments + command;
    }

    // A CLI command that runs to its end. `errFile`: where its stderr goes (else it is kept).
    CliResult cli(const QStringList &command, bool json = true, qint64 timeoutMs = 180000,
                  const QString &errFile = {})
    {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        if (!errFile.isEmpty())
            process.setStandardErrorFile(errFile);
        process.start(m_options.cli, cliArguments(command, json));
        CliResult result;
        if (!process.waitForStarted(20000)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(int(timeoutMs))) {
            result.timedOut = true;
            process.kill();
            process.waitForFinished(10000);
        } else if (process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        }
        result.out = process.readAllStandardOutput();
        if (errFile.isEmpty())
            result.err = process.readAllStandardError();
        return result;
    }

    QJsonDocument cliJson(const QStringList &command)
    {
        const CliResult result = cli(command);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (result.exitCode != 0 || error.error != QJsonParseError::NoError)
            throw SetupError{QStringLiteral("bookflow-cli %1 failed (exit %2): %3")
                                 .arg(command.join(QLatin1Char(' ')))
                                 .arg(result.exitCode)
                                 .arg(QString::fromUtf8(result.err.trimmed().right(600)))};
        return document;
    }

    void setUpCli()
    {
        const QJsonArray connected = cliJson({QStringLiteral("connect"), QStringLiteral("sandbox"),
                                              QStringLiteral("--url"), m_url.toString()})
                                         .array();
        for (const QJsonValue &value : connected) {
            const QJsonObject c = value.toObject();
            if (c.value(QStringLiteral("provider")).toString() == QLatin1String("quickbooks") &&
                c.value(QStringLiteral("unitedStates")).toBool() && m_cliCompany.isEmpty())
                m_cliCompany = c.value(QStringLiteral("id")).toString();
        }
        if (m_cliCompany.isEmpty())
            throw SetupError{QStringLiteral("connect sandbox made no US QuickBooks connection")};

        // The shipped template, its trigger changed to the one the renamed deals will meet.
        Result<Workflow> decoded = WorkflowCodec::decode(templateJson(TemplateFile), TemplateFile);
        if (!decoded)
            throw SetupError{decoded.reason()};
        Workflow workflow = std::move(decoded).value();
        workflow.id = Workflow::newId();
        workflow.name = QStringLiteral("Reliability: invoice deals ready to bill");
        if (workflow.enrollment.filterGroups.isEmpty() ||
            workflow.enrollment.filterGroups.first().filters.isEmpty() ||
            workflow.actions.size() != 1 || workflow.actions.first().id != ActionId)
            throw SetupError{QStringLiteral("the template %1 changed shape").arg(TemplateFile)};
        Filter &filter = workflow.enrollment.filterGroups.first().filters.first();
        filter.op = Operator::ContainsAny;
        filter.values = {ReadyToBill};
        const QString file = m_work.filePath(QStringLiteral("workflow.json"));
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(WorkflowCodec::encode(workflow)) < 0 ||
            !out.commit())
            throw SetupError{QStringLiteral("cannot write %1").arg(file)};

        m_workflowId =
            cliJson({QStringLiteral("import"), file, QStringLiteral("--connection"), m_cliCompany})
                .object()
                .value(QStringLiteral("id"))
                .toString();
        m_version = cliJson({QStringLiteral("publish"), m_workflowId})
                        .object()
                        .value(QStringLiteral("version"))
                        .toInt();
        // Nothing meets the trigger yet; "no" keeps it that way explicitly.
        cliJson({QStringLiteral("on"), m_workflowId, QStringLiteral("--enroll-existing"),
                 QStringLiteral("no")});
        progress(QStringLiteral("bookflow-cli connected; workflow %1 version %2 is on")
                     .arg(m_workflowId)
                     .arg(m_version));
    }

    // The driver's own sign-ins (a store of its own, secrets in memory), for its look-ups.
    void setUpObserver()
    {
        auto opened = Store::open(m_work.filePath(QStringLiteral("observer")));
        if (!opened)
            throw SetupError{opened.reason()};
        m_observerStore = std::move(opened).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_transport = std::make_unique<NetworkTransport>();
        m_manager = std::make_unique<ConnectionManager>(*m_observerStore, *m_secrets, *m_transport,
                                                        m_clock);
        const ApiResult<QVector<Connection>> made =
            connectSandboxAccounts(*m_manager, *m_transport, m_clock, m_url, DemoApps);
        if (!made)
            throw SetupError{QStringLiteral("the driver could not sign in: %1").arg(made.reason())};
        std::optional<Connection> hubSpot;
        std::optional<Connection> company;
        for (const Connection &c : *made) {
            if (c.provider == Provider::HubSpot)
                hubSpot = c;
            else if (c.isUnitedStates() && !company)
                company = c;
        }
        if (!hubSpot || !company)
            throw SetupError{
                QStringLiteral("the driver's sign-in found no HubSpot portal or US company")};
        auto hubSpotAuth = m_manager->auth(hubSpot->id);
        auto companyAuth = m_manager->auth(company->id);
        if (!hubSpotAuth || !companyAuth)
            throw SetupError{QStringLiteral("the driver's sign-ins have no tokens")};
        m_hubSpotTokens = std::make_unique<ConnectionTokenSource>(**hubSpotAuth, *m_transport);
        m_hubSpot = std::make_unique<HubSpotClient>(*m_transport, hubSpot->apiBaseUrl,
                                                    *m_hubSpotTokens, m_clock);
        m_qboTokens = std::make_unique<ConnectionTokenSource>(**companyAuth, *m_transport);
        m_qbo = std::make_unique<QboClient>(*m_transport, company->apiBaseUrl, company->accountId,
                                            *m_qboTokens);
    }

    QVector<QboObject> qboAll(const QString &entity, bool includeInactive = false)
    {
        QboQuery query = QboQuery::select(entity);
        if (includeInactive)
            query.includeInactive();
        const ApiResult<QVector<QboObject>> rows = m_qbo->queryAll(query);
        if (!rows)
            throw SetupError{
                QStringLiteral("QuickBooks query of %1 failed: %2").arg(entity, rows.reason())};
        return *rows;
    }

    static QSet<QString> ids(const QVector<QboObject> &rows)
    {
        QSet<QString> set;
        for (const QboObject &row : rows)
            set.insert(row.id());
        return set;
    }

    void takeBaseline()
    {
        m_invoicesBefore = ids(qboAll(QStringLiteral("Invoice")));
        m_customersBefore = ids(qboAll(QStringLiteral("Customer"), true));
        m_itemsBefore = ids(qboAll(QStringLiteral("Item"), true));
    }

    void markDealsReady()
    {
        const ApiResult<QVector<HubSpotRecord>> deals =
            m_hubSpot->listAll(HubSpotObject::Deal, {QStringLiteral("dealname")});
        if (!deals)
            throw SetupError{QStringLiteral("listing the deals failed: %1").arg(deals.reason())};
        QVector<HubSpotRecordUpdate> updates;
        for (const HubSpotRecord &deal : *deals) {
            const QString name = deal.text(QStringLiteral("dealname"));
            if (!name.startsWith(GeneratedDealPrefix))
                continue;
            m_deals.insert(deal.id);
            updates.append({deal.id, QJsonObject{{QStringLiteral("dealname"),
                                                  name + QStringLiteral(" – ") + ReadyToBill}}});
        }
        if (m_deals.size() != m_options.enrollments)
            throw SetupError{QStringLiteral("the sandbox has %1 generated deals, not %2")
                                 .arg(m_deals.size())
                                 .arg(m_options.enrollments)};
        const ApiResult<HubSpotBatchResult> updated =
            m_hubSpot->batchUpdate(HubSpotObject::Deal, updates);
        if (!updated || !updated->errors.isEmpty())
            throw SetupError{
                QStringLiteral("renaming the deals failed: %1")
                    .arg(updated ? updated->errors.begin()->reason : updated.reason())};
        progress(QStringLiteral("%1 deals renamed “… – %2”: each should enroll once")
                     .arg(m_deals.size())
                     .arg(ReadyToBill));
    }

    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpRequest request;
        request.method = method;
        request.url = QUrl(m_url.toString() + path);
        request.timeoutMs = 30000;
        if (!body.isEmpty()) {
            request.setHeader("Content-Type", "application/json");
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        const HttpResponse response = m_transport->send(request);
        if (!response.isSuccess())
            throw SetupError{QStringLiteral("sandbox %1 %2: HTTP %3 %4")
                                 .arg(QString::fromLatin1(method), path)
                                 .arg(response.status)
                                 .arg(QString::fromUtf8(response.body.left(300)))};
        return QJsonDocument::fromJson(response.body).object();
    }

    // The fault mix. The sandbox tries its rules in order and the first that fires wins, so
    // each rule's probability is of the requests the earlier ones left: p = share / (1 − earlier).
    QJsonArray faultRules() const
    {
        struct Share
        {
            double share;
            QJsonObject rule;
        };
        const int retryAfterAll = m_options.shortThrottles ? 1 : -1;
        const auto withRetryAfter = [](QJsonObject rule, int seconds) {
            if (seconds >= 0)
                rule.insert(QStringLiteral("retryAfter"), seconds);
            return rule;
        };
        QJsonArray rules;
        for (const QString &provider : {QStringLiteral("quickbooks"), QStringLiteral("hubspot")}) {
            const bool qbo = provider == QLatin1String("quickbooks");
            // The APIs and the token endpoints (a refresh may fail, or its answer be lost, too).
            const QString everything =
                qbo ? QStringLiteral("^/(v3/company/|oauth2/v1/tokens/bearer)")
                    : QStringLiteral("^/(crm/|oauth/v1/token)");
            const QString api = qbo ? QStringLiteral("/v3/company/") : QStringLiteral("/crm/");
            const auto rule = [&](const QString &path, QJsonObject fields) {
                fields.insert(QStringLiteral("provider"), provider);
                fields.insert(QStringLiteral("path"), path);
                return fields;
            };
            QJsonObject throttle = rule(everything, {{QStringLiteral("status"), 429}});
            if (!qbo)
                throttle.insert(QStringLiteral("policyName"),
                                QStringLiteral("TEN_SECONDLY_ROLLING"));
            QJsonObject throttleOther = throttle;
            if (qbo) { // QuickBooks' own 429 is XML; some answer the JSON variant
                throttle.insert(QStringLiteral("body"), QStringLiteral("xml"));
                throttleOther.insert(QStringLiteral("body"), QStringLiteral("json"));
            } else {
                throttleOther.insert(QStringLiteral("policyName"), QStringLiteral("SECONDLY"));
            }
            const QVector<Share> shares{
                {0.02, rule(everything, {{QStringLiteral("drop"), true}})},
                // Answered after the client gave up: the work is done, the answer is lost.
                {0.01, rule(api, {{QStringLiteral("delayMs"), SlowReplyMs}})},
                {0.04, rule(everything, {{QStringLiteral("status"), 503}})},
                {0.02, rule(everything, {{QStringLiteral("status"), 502},
                                         {QStringLiteral("body"), QStringLiteral("html")}})},
                {0.02, rule(everything, {{QStringLiteral("status"), 500}})},
                {0.02, rule(everything, {{QStringLiteral("status"), 504}})},
                {0.025, withRetryAfter(throttle, m_options.shortThrottles ? 1 : 2)},
                {0.025, withRetryAfter(throttleOther, retryAfterAll)},
            };
            double earlier = 0;
            for (const Share &share : shares) {
                QJsonObject r = share.rule;
                r.insert(QStringLiteral("probability"), share.share / (1.0 - earlier));
                earlier += share.share;
                rules.append(r);
            }
        }
        return rules;
    }

    void turnOnFaults()
    {
        admin("POST", QStringLiteral("/_sandbox/settings"),
              {{QStringLiteral("accessTokenMaxUses"), m_options.tokenUses}});
        admin("POST", QStringLiteral("/_sandbox/faults"),
              {{QStringLiteral("seed"), qint64(m_options.seed)},
               {QStringLiteral("rules"), faultRules()}});
        progress(QStringLiteral("faults on: 10 % 5xx, 5 % 429, 2 % dropped, 1 % slower than the "
                                "CLI's %1 timeout; access tokens expire after %2 requests")
                     .arg(seconds(FaultCliTimeoutMs))
                     .arg(m_options.tokenUses));
    }

    // ---- the ledger, while the CLI is down -----------------------------------------------------

    // Reads the ledger of the CLI's data folder; with `bringForward`, every waiting retry is
    // made due now. Only ever called while no CLI process runs.
    LedgerState ledger(bool bringForward, int *broughtForward = nullptr)
    {
        auto opened = Store::open(m_cliDir);
        if (!opened)
            throw SetupError{QStringLiteral("cannot open the CLI's data: %1").arg(opened.reason())};
        Store &store = **opened;
        const Result<QVector<HistoryEntry>> history = store.history(m_workflowId, 1000000);
        if (!history)
            throw SetupError{history.reason()};
        LedgerState state;
        int moved = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (const HistoryEntry &entry : *history) {
            ++state.enrollments;
            for (const ActionRunRow &run : entry.actions) {
                if (isFinished(run.status)) {
                    ++state.finished;
                    continue;
                }
                ++state.unfinished;
                const Result<QVector<StepRow>> steps = store.steps(run.id);
                if (!steps)
                    throw SetupError{steps.reason()};
                for (const StepRow &step : *steps)
                    state.sentUnanswered += step.state == StepState::Sent ? 1 : 0;
                if (run.status == ActionStatus::Paused)
                    ++state.paused;
                if (run.status != ActionStatus::Waiting)
                    continue;
                ++state.waiting;
                if (bringForward && run.nextAttemptAt.isValid() && run.nextAttemptAt > now) {
                    const Status moved1 =
                        store.scheduleRetry(run.id, now, run.errorClass, run.errorReason);
                    if (!moved1)
                        throw SetupError{moved1.reason()};
                    ++moved;
                }
            }
        }
        if (broughtForward)
            *broughtForward = moved;
        m_broughtForward += moved;
        return state;
    }

    // ---- kills and restarts --------------------------------------------------------------------

    static int passLines(const QString &file)
    {
        QFile out(file);
        if (!out.open(QIODevice::ReadOnly))
            return 0;
        static const QRegularExpression pass(
            QStringLiteral("^[0-9]+ enrolled, [0-9]+ actions done"),
            QRegularExpression::MultilineOption);
        int count = 0;
        auto it = pass.globalMatch(QString::fromUtf8(out.readAll()));
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

    // The sandbox's count of provider requests so far (the cheap form of /_sandbox/requests).
    qint64 requestTotal()
    {
        return admin("GET", QStringLiteral("/_sandbox/requests?recent=0"))
            .value(QStringLiteral("total"))
            .toInteger();
    }

    // Each kill's moment is a random fraction (drawn from the seeded generator and printed) of
    // how long the rest of the work should take, so the kills follow the work as it shrinks.
    // That expectation is learnt as the run goes (the engine's speed is not fixed), starting
    // low: a kill early in a pass is worth more than one after it.
    void killPhase()
    {
        QRandomGenerator random(m_options.seed);
        double msPerAction = 20;
        for (int k = 1; k <= m_options.kills; ++k) {
            KillRecord record;
            record.number = k;
            const LedgerState before = ledger(true, &record.broughtForward);
            record.finishedBefore = before.finished;
            record.enrolledBefore = before.enrollments;
            const int remaining = qMax(0, m_options.enrollments - before.finished);
            record.expectedMs = 300 + qint64(msPerAction * remaining);
            record.fraction = 0.05 + 0.9 * random.generateDouble();
            record.targetMs = qint64(record.fraction * double(record.expectedMs));

            const QString outFile = m_work.filePath(QStringLiteral("logs/run-%1.out").arg(k));
            const QJsonObject routesBefore =
                admin("GET", QStringLiteral("/_sandbox/requests?recent=0"))
                    .value(QStringLiteral("routes"))
                    .toObject();
            const qint64 base = requestTotal();
            QProcess process;
            process.setProcessEnvironment(cliEnvironment());
            process.setStandardOutputFile(outFile);
            process.setStandardErrorFile(m_work.filePath(QStringLiteral("logs/run-%1.err").arg(k)));
            process.start(m_options.cli, cliArguments({QStringLiteral("run")}, false));
            if (!process.waitForStarted(20000))
                throw SetupError{QStringLiteral("bookflow-cli run did not start: %1")
                                     .arg(process.errorString())};
            ++m_starts;
            QElapsedTimer timer;
            timer.start();
            for (int tick = 0;; ++tick) {
                if (process.waitForFinished(5)) {
                    record.exitedByItself = true;
                    record.exitCode =
                        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
                    break;
                }
                if (timer.elapsed() >= record.targetMs)
                    break;
                // The pass ended before its moment came (the work was smaller than expected):
                // the kill is then of a process waiting for its next pass.
                if (tick % 10 == 9 && passLines(outFile) > 0)
                    break;
            }
            record.passesFinished = passLines(outFile);
            record.midPass = record.passesFinished == 0 && !record.exitedByItself;
            if (!record.exitedByItself) {
                process.kill(); // SIGKILL: no handler runs, nothing is flushed or closed
                process.waitForFinished(10000);
                ++m_killed;
            } else {
                m_problems << QStringLiteral("`bookflow-cli run` ended by itself (exit %1) after "
                                             "%2 instead of running until killed")
                                  .arg(record.exitCode)
                                  .arg(seconds(timer.elapsed()));
            }
            record.delayMs = timer.elapsed();
            // Give the sandbox a moment to count what was in flight, then read it.
            QThread::msleep(50);
            record.requestsAtKill = requestTotal() - base;
            const QJsonObject routesAfter =
                admin("GET", QStringLiteral("/_sandbox/requests?recent=0"))
                    .value(QStringLiteral("routes"))
                    .toObject();
            for (auto it = routesAfter.constBegin(); it != routesAfter.constEnd(); ++it) {
                const qint64 count =
                    it.value().toInteger() - routesBefore.value(it.key()).toInteger();
                if (count > 0)
                    record.routes.insert(it.key(), count);
            }
            const LedgerState after = ledger(false);
            record.finishedAtKill = after.finished;
            record.enrolledAtKill = after.enrollments;
            record.sentUnansweredAtKill = after.sentUnanswered;
            // Learnt when enough finished to say (a pass that ended: all that was left), bounded,
            // as a segment that finished little (faults, a kill during the poll) says little.
            // A kill in the middle of a pass that had finished little says the work is slower
            // than thought: the next moment is drawn from twice as long.
            const int finishedNow = qMax(0, after.finished - before.finished);
            if (finishedNow >= 10 && (record.midPass || finishedNow == remaining))
                msPerAction = qBound(5.0, double(record.delayMs) / double(finishedNow), 2000.0);
            else if (record.midPass)
                msPerAction = qMin(2000.0, msPerAction * 2);
            progress(QStringLiteral("kill %1 of %2: SIGKILL after %3 (%4 of the %5 expected; "
                                    "%6 requests), %7; actions finished %8 → %9 of %10, "
                                    "enrolled %11 → %12, %13 sent without an answer%14")
                         .arg(k)
                         .arg(m_options.kills)
                         .arg(seconds(record.delayMs))
                         .arg(record.fraction, 0, 'f', 3)
                         .arg(seconds(record.expectedMs))
                         .arg(record.requestsAtKill)
                         .arg(record.midPass ? QStringLiteral("in the middle of its pass")
                                             : QStringLiteral("after its pass had finished"))
                         .arg(record.finishedBefore)
                         .arg(record.finishedAtKill)
                         .arg(m_options.enrollments)
                         .arg(record.enrolledBefore)
                         .arg(record.enrolledAtKill)
                         .arg(record.sentUnansweredAtKill)
                         .arg(record.broughtForward
                                  ? QStringLiteral("; %1 waiting retries had been made due")
                                        .arg(record.broughtForward)
                                  : QString()));
            m_kills.append(record);
        }
    }

    void finalPhase()
    {
        int stale = 0;
        std::optional<LedgerState> previous;
        for (int pass = 1; pass <= MaxOncePasses; ++pass) {
            int moved = 0;
            const LedgerState state = ledger(true, &moved);
            const bool allFinished =
                state.enrollments == m_options.enrollments && state.unfinished == 0;
            QElapsedTimer passTimer;
            passTimer.start();
            const CliResult result =
                cli({QStringLiteral("run"), QStringLiteral("--once")}, true, passTimeoutMs(),
                    m_work.filePath(QStringLiteral("logs/once-%1.err").arg(pass)));
            m_passSeconds.append(double(passTimer.elapsed()) / 1000.0);
            ++m_starts;
            ++m_oncePasses;
            if (result.timedOut) {
                m_problems << QStringLiteral(
                                  "`run --once` pass %1 did not finish within %2: a hang")
                                  .arg(pass)
                                  .arg(seconds(passTimeoutMs()));
                return;
            }
            const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
            if (result.exitCode < 0 || summary.isEmpty()) {
                m_problems << QStringLiteral("`run --once` pass %1 crashed or printed no summary "
                                             "(exit %2)")
                                  .arg(pass)
                                  .arg(result.exitCode);
                return;
            }
            const int enrolled = summary.value(QStringLiteral("enrolled")).toInt();
            const int done = summary.value(QStringLiteral("done")).toInt();
            const int failed = summary.value(QStringLiteral("failed")).toInt();
            m_onceTotals[QStringLiteral("enrolled")] += enrolled;
            m_onceTotals[QStringLiteral("done")] += done;
            m_onceTotals[QStringLiteral("failed")] += failed;
            m_onceTotals[QStringLiteral("retriesScheduled")] +=
                summary.value(QStringLiteral("retriesScheduled")).toInt();
            m_onceTotals[QStringLiteral("paused")] +=
                summary.value(QStringLiteral("paused")).toInt();
            if (!summary.value(QStringLiteral("pollError")).toString().isEmpty())
                ++m_onceTotals[QStringLiteral("pollErrors")];
            if (allFinished) {
                // The ledger said all was finished before this pass: it must have found nothing.
                if (enrolled != 0 || done != 0 || failed != 0)
                    m_problems << QStringLiteral("a pass after everything had finished still "
                                                 "enrolled %1, finished %2 + %3")
                                      .arg(enrolled)
                                      .arg(done)
                                      .arg(failed);
                progress(QStringLiteral("run --once: %1 passes; the last found nothing to do")
                             .arg(m_oncePasses));
                return;
            }
            const bool changed = !previous || previous->enrollments != state.enrollments ||
                                 previous->finished != state.finished || enrolled || done ||
                                 failed || moved;
            stale = changed ? 0 : stale + 1;
            previous = state;
            if (stale >= StalePassesAllowed) {
                m_problems << QStringLiteral("no progress in %1 passes: %2 of %3 deals enrolled, "
                                             "%4 actions unfinished (%5 paused)")
                                  .arg(StalePassesAllowed)
                                  .arg(state.enrollments)
                                  .arg(m_options.enrollments)
                                  .arg(state.unfinished)
                                  .arg(state.paused);
                return;
            }
        }
        m_problems
            << QStringLiteral("still not finished after %1 `run --once` passes").arg(MaxOncePasses);
    }

    // ---- what happened -------------------------------------------------------------------------

    static QString markerOf(const QString &privateNote)
    {
        static const QRegularExpression marker(
            QStringLiteral("Bookflow ref ([0-9A-Za-z._:-]{1,50})"));
        const QRegularExpressionMatch match = marker.match(privateNote);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    void verify()
    {
        // The figures of the run, then the faults off so the look-ups below see the plain state.
        m_requests = admin("GET", QStringLiteral("/_sandbox/requests"));
        m_faultState = admin("GET", QStringLiteral("/_sandbox/faults"));
        admin("DELETE", QStringLiteral("/_sandbox/faults"));
        admin("POST", QStringLiteral("/_sandbox/settings"),
              {{QStringLiteral("accessTokenMaxUses"), 0}});

        // The ledger, as the person sees it.
        const QJsonDocument historyDocument =
            cliJson({QStringLiteral("history"), QStringLiteral("--workflow"), m_workflowId});
        const QJsonArray history = historyDocument.array();

        // QuickBooks: every invoice, by its marker.
        const QVector<QboObject> invoices = qboAll(QStringLiteral("Invoice"));
        QHash<QString, QStringList> invoicesByMarker;
        QHash<QString, QString> markerOfInvoice;
        for (const QboObject &invoice : invoices) {
            if (m_invoicesBefore.contains(invoice.id()))
                continue;
            ++m_invoicesCreated;
            const QString marker = markerOf(invoice.text(QStringLiteral("PrivateNote")));
            if (marker.isEmpty()) {
                ++m_unmarkedInvoices;
                continue;
            }
            invoicesByMarker[marker].append(invoice.id());
            markerOfInvoice.insert(invoice.id(), marker);
        }

        // The ledger against QuickBooks, enrollment by enrollment.
        QHash<QString, int> enrollmentsOfDeal;
        QSet<QString> expectedMarkers;
        QHash<QString, QString> documentOfDeal;
        for (const QJsonValue &value : history) {
            const QJsonObject entry = value.toObject();
            const QString deal = entry.value(QStringLiteral("objectId")).toString();
            ++m_enrollments;
            ++enrollmentsOfDeal[deal];
            if (!m_deals.contains(deal))
                m_problems << QStringLiteral("deal %1, never renamed, was enrolled").arg(deal);
            const QJsonArray actions = entry.value(QStringLiteral("actions")).toArray();
            for (const QJsonValue &actionValue : actions) {
                const QJsonObject action = actionValue.toObject();
                const QString status = action.value(QStringLiteral("status")).toString();
                const int attempts = action.value(QStringLiteral("attempts")).toInt();
                m_attempts += attempts;
                m_mostAttempts = qMax(m_mostAttempts, attempts);
                const QString marker =
                    requestIdFor({entry.value(QStringLiteral("workflowId")).toString(),
                                  entry.value(QStringLiteral("version")).toInt(), ObjectType::Deal,
                                  deal, entry.value(QStringLiteral("enrollment")).toInt(),
                                  action.value(QStringLiteral("actionId")).toString(),
                                  QStringLiteral("document")});
                expectedMarkers.insert(marker);
                const QStringList bearing = invoicesByMarker.value(marker);
                if (bearing.size() > 1) {
                    m_duplicates += int(bearing.size()) - 1;
                    m_problems << QStringLiteral("deal %1: %2 invoices carry its marker (%3)")
                                      .arg(deal)
                                      .arg(bearing.size())
                                      .arg(bearing.join(QStringLiteral(", ")));
                }
                if (status == QLatin1String("done")) {
                    ++m_done;
                    const QString documentId = action.value(QStringLiteral("document"))
                                                   .toObject()
                                                   .value(QStringLiteral("id"))
                                                   .toString();
                    documentOfDeal.insert(deal, documentId);
                    if (markerOfInvoice.value(documentId) == marker && bearing.size() == 1) {
                        ++m_documentsMatchingLedger;
                    } else {
                        ++m_wrongDocuments;
                        m_problems << QStringLiteral("deal %1: the ledger's invoice %2 is not the "
                                                     "one invoice bearing its marker (%3 do)")
                                          .arg(deal, documentId)
                                          .arg(bearing.size());
                    }
                } else if (status == QLatin1String("failed")) {
                    ++m_failed;
                    const QJsonObject error = action.value(QStringLiteral("error")).toObject();
                    const QString cls = error.value(QStringLiteral("class")).toString();
                    const QString reason = error.value(QStringLiteral("reason")).toString();
                    ++m_failureReasons[reason];
                    checkFailureIsData(deal, reason);
                    // A data reason is permanent and says what is wrong; giving up after the
                    // retry window or an internal error is not one.
                    if (cls != QLatin1String("permanent") || reason.isEmpty() ||
                        reason.contains(QLatin1String("3 days"))) {
                        ++m_failedNotForData;
                        m_problems << QStringLiteral("deal %1 failed for a reason that is not its "
                                                     "data (%2): %3")
                                          .arg(deal, cls, reason);
                    }
                    if (!bearing.isEmpty()) {
                        ++m_failedWithDocument;
                        m_problems << QStringLiteral("deal %1 is failed in the ledger but invoice "
                                                     "%2 exists for it")
                                          .arg(deal, bearing.join(QStringLiteral(", ")));
                    }
                } else {
                    ++m_unfinished;
                    ++m_unfinishedByStatus[status];
                    m_problems << QStringLiteral("deal %1: action %2 is still %3")
                                      .arg(deal,
                                           action.value(QStringLiteral("actionId")).toString(),
                                           status);
                }
            }
        }
        for (const QString &deal : std::as_const(m_deals)) {
            const int count = enrollmentsOfDeal.value(deal);
            if (count == 1)
                ++m_dealsEnrolledOnce;
            else if (count == 0)
                ++m_dealsNeverEnrolled;
            else
                m_duplicateEnrollments += count - 1;
        }
        if (m_dealsNeverEnrolled)
            m_problems << QStringLiteral("%1 deals were never enrolled").arg(m_dealsNeverEnrolled);
        if (m_duplicateEnrollments)
            m_problems << QStringLiteral("%1 extra enrollments").arg(m_duplicateEnrollments);
        for (auto it = invoicesByMarker.constBegin(); it != invoicesByMarker.constEnd(); ++it) {
            if (!expectedMarkers.contains(it.key())) {
                m_strayInvoices += int(it.value().size());
                m_problems << QStringLiteral("invoice %1 carries a marker no enrollment has")
                                  .arg(it.value().join(QStringLiteral(", ")));
            }
        }
        if (m_unmarkedInvoices)
            m_problems << QStringLiteral("%1 new invoices carry no Bookflow marker")
                              .arg(m_unmarkedInvoices);
        if (m_invoicesCreated != m_done)
            m_problems << QStringLiteral("%1 invoices were created for %2 actions done")
                              .arg(m_invoicesCreated)
                              .arg(m_done);

        // Customers and products Bookflow created: none twice (same email, or same name).
        QHash<QString, int> customersByKey;
        for (const QboObject &customer : qboAll(QStringLiteral("Customer"), true)) {
            if (m_customersBefore.contains(customer.id()))
                continue;
            ++m_customersCreated;
            const QString email = customer.text(QStringLiteral("PrimaryEmailAddr.Address"));
            const QString key =
                email.isEmpty()
                    ? QStringLiteral("name:") + customer.text(QStringLiteral("GivenName")) +
                          QLatin1Char(' ') + customer.text(QStringLiteral("FamilyName"))
                    : QStringLiteral("email:") + email.toLower();
            ++customersByKey[key];
        }
        for (auto it = customersByKey.constBegin(); it != customersByKey.constEnd(); ++it) {
            if (it.value() > 1) {
                m_duplicateCustomers += it.value() - 1;
                m_problems << QStringLiteral("%1 customers for one contact (%2)")
                                  .arg(it.value())
                                  .arg(it.key());
            }
        }
        QHash<QString, int> itemsByName;
        for (const QboObject &item : qboAll(QStringLiteral("Item"), true)) {
            if (m_itemsBefore.contains(item.id()))
                continue;
            ++m_itemsCreated;
            ++itemsByName[item.text(QStringLiteral("Name")).toLower()];
        }
        for (auto it = itemsByName.constBegin(); it != itemsByName.constEnd(); ++it) {
            if (it.value() > 1) {
                m_duplicateItems += it.value() - 1;
                m_problems
                    << QStringLiteral("%1 products named “%2”").arg(it.value()).arg(it.key());
            }
        }

        // The write-back: the number a person sees on the deal points at the ledger's invoice.
        const ApiResult<HubSpotBatchResult> deals =
            m_hubSpot->batchRead(HubSpotObject::Deal, QStringList(m_deals.cbegin(), m_deals.cend()),
                                 {QStringLiteral("bookflow_qbo_invoice_id")});
        if (!deals)
            throw SetupError{
                QStringLiteral("reading the deals back failed: %1").arg(deals.reason())};
        for (const HubSpotRecord &deal : deals->records) {
            const QString written = deal.text(QStringLiteral("bookflow_qbo_invoice_id"));
            const QString expected = documentOfDeal.value(deal.id);
            if (expected.isEmpty())
                continue;
            if (written.isEmpty()) {
                ++m_writeBackMissing; // a note in the history, by design, when HubSpot failed
            } else if (written == expected) {
                ++m_writeBackMatching;
            } else {
                ++m_writeBackWrong;
                m_problems << QStringLiteral("deal %1 shows invoice %2, the ledger says %3")
                                  .arg(deal.id, written, expected);
            }
        }

        checkSignIns();
    }

    // A failure is the record's own when a dry run of the same workflow on the same record, now,
    // with no fault and no kill, fails too (`bookflow-cli test`, which writes nothing). One that
    // would succeed was caused by the run — a crash or a fault — and is a problem.
    void checkFailureIsData(const QString &deal, const QString &reason)
    {
        const CliResult result =
            cli({QStringLiteral("test"), m_workflowId, QStringLiteral("--record"), deal});
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QString outcome;
        for (const QJsonValue &value : report.value(QStringLiteral("actions")).toArray()) {
            const QJsonObject action = value.toObject();
            if (action.value(QStringLiteral("actionId")).toString() == ActionId)
                outcome = action.value(QStringLiteral("outcome")).toString();
        }
        if (outcome == QLatin1String("wouldFail")) {
            ++m_failuresConfirmedByDryRun;
            return;
        }
        ++m_failedNotForData;
        m_problems << (outcome == QLatin1String("wouldCreate")
                           ? QStringLiteral("deal %1 failed in the run (%2), but a dry run of its "
                                            "data now would create the invoice")
                                 .arg(deal, reason)
                           : QStringLiteral("deal %1 failed (%2) and its dry run gave no answer "
                                            "(exit %3): %4")
                                 .arg(deal, reason)
                                 .arg(result.exitCode)
                                 .arg(QString::fromUtf8(result.err.trimmed().right(300))));
    }

    // The rotated refresh tokens: whatever a kill cost, the CLI must hold the newest one. Every
    // access token is expired so the CLI renews (and keeps the rotated refresh token), then the
    // sandbox's clock moves a day and an hour on — past the 24 hours an older refresh token
    // keeps working — and the CLI must still connect.
    void checkSignIns()
    {
        admin("POST", QStringLiteral("/_sandbox/tokens/expire"));
        const CliResult renewed =
            cli({QStringLiteral("connections"), QStringLiteral("--check")}, true, 120000);
        admin("POST", QStringLiteral("/_sandbox/time"),
              {{QStringLiteral("advanceSeconds"), 25 * 3600}});
        const CliResult later =
            cli({QStringLiteral("connections"), QStringLiteral("--check")}, true, 120000);
        m_signInsRenewed = renewed.exitCode == 0;
        m_signInsAfterGrace = later.exitCode == 0;
        const auto states = [](const CliResult &result) {
            QStringList list;
            for (const QJsonValue &value : QJsonDocument::fromJson(result.out).array()) {
                const QJsonObject c = value.toObject();
                list << QStringLiteral("%1 %2%3").arg(
                    c.value(QStringLiteral("name")).toString(),
                    c.value(QStringLiteral("state")).toString(),
                    c.contains(QStringLiteral("reason"))
                        ? QStringLiteral(" (") + c.value(QStringLiteral("reason")).toString() +
                              QLatin1Char(')')
                        : QString());
            }
            return list.join(QStringLiteral("; "));
        };
        if (!m_signInsRenewed)
            m_problems << QStringLiteral(
                              "after the run the CLI's sign-ins could not be renewed: %1")
                              .arg(states(renewed));
        if (!m_signInsAfterGrace)
            m_problems << QStringLiteral("a day after the run the CLI's sign-ins no longer work "
                                         "(an old refresh token was kept): %1")
                              .arg(states(later));
    }

    // ---- the report ----------------------------------------------------------------------------

    static QJsonObject countsWithNames(const QJsonObject &counts)
    {
        // The sandbox counts a dropped connection as status -1.
        QJsonObject named;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const QString key = it.key() == QLatin1String("-1")  ? QStringLiteral("dropped")
                                : it.key() == QLatin1String("0") ? QStringLiteral("unanswered")
                                                                 : it.key();
            named.insert(key, it.value());
        }
        return named;
    }

    qint64 route(const QString &name) const
    {
        return m_requests.value(QStringLiteral("routes")).toObject().value(name).toInteger();
    }

    QJsonObject faultsFired() const
    {
        QJsonObject fired;
        qint64 total = 0;
        for (const QJsonValue &value : m_faultState.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject rule = value.toObject();
            QString kind;
            if (rule.value(QStringLiteral("drop")).toBool())
                kind = QStringLiteral("dropped");
            else if (rule.value(QStringLiteral("status")).toInt() != 0)
                kind = QString::number(rule.value(QStringLiteral("status")).toInt()) +
                       (rule.value(QStringLiteral("retryAfter")).toInt(-1) >= 0
                            ? QStringLiteral(" with Retry-After")
                            : QString());
            else
                kind = QStringLiteral("slower than the timeout");
            const QString key =
                rule.value(QStringLiteral("provider")).toString() + QLatin1Char(' ') + kind;
            const qint64 count = rule.value(QStringLiteral("fired")).toInteger();
            fired.insert(key, fired.value(key).toInteger() + count);
            total += count;
        }
        fired.insert(QStringLiteral("total"), total);
        return fired;
    }

    QJsonObject report() const
    {
        QJsonArray kills;
        for (const KillRecord &k : m_kills)
            kills.append(
                QJsonObject{{QStringLiteral("kill"), k.number},
                            {QStringLiteral("fraction"), k.fraction},
                            {QStringLiteral("expectedMs"), k.expectedMs},
                            {QStringLiteral("targetMs"), k.targetMs},
                            {QStringLiteral("requestsBeforeKill"), k.requestsAtKill},
                            {QStringLiteral("requestsByRoute"), k.routes},
                            {QStringLiteral("delayMs"), k.delayMs},
                            {QStringLiteral("midPass"), k.midPass},
                            {QStringLiteral("passesFinishedBeforeKill"), k.passesFinished},
                            {QStringLiteral("actionsFinishedAtStart"), k.finishedBefore},
                            {QStringLiteral("enrolledAtStart"), k.enrolledBefore},
                            {QStringLiteral("retriesMadeDue"), k.broughtForward},
                            {QStringLiteral("actionsFinishedAtKill"), k.finishedAtKill},
                            {QStringLiteral("enrolledAtKill"), k.enrolledAtKill},
                            {QStringLiteral("sentWithoutAnswerAtKill"), k.sentUnansweredAtKill},
                            {QStringLiteral("exitedByItself"), k.exitedByItself}});
        QJsonObject reasons;
        for (auto it = m_failureReasons.constBegin(); it != m_failureReasons.constEnd(); ++it)
            reasons.insert(it.key(), it.value());
        QJsonObject unfinished;
        for (auto it = m_unfinishedByStatus.constBegin(); it != m_unfinishedByStatus.constEnd();
             ++it)
            unfinished.insert(it.key(), it.value());
        QJsonObject byProviderAndStatus;
        const QJsonObject providerStatuses =
            m_requests.value(QStringLiteral("providerStatuses")).toObject();
        for (auto it = providerStatuses.constBegin(); it != providerStatuses.constEnd(); ++it)
            byProviderAndStatus.insert(it.key(), countsWithNames(it.value().toObject()));
        QJsonObject once;
        for (auto it = m_onceTotals.constBegin(); it != m_onceTotals.constEnd(); ++it)
            once.insert(it.key(), it.value());
        QJsonArray passSeconds;
        for (double pass : m_passSeconds)
            passSeconds.append(qRound(pass * 100) / 100.0);

        return QJsonObject{
            {QStringLiteral("command"), commandLine()},
            {QStringLiteral("seed"), qint64(m_options.seed)},
            {QStringLiteral("enrollmentsAsked"), m_options.enrollments},
            {QStringLiteral("faults"), m_options.faults},
            {QStringLiteral("shortThrottles"), m_options.shortThrottles},
            {QStringLiteral("tokenUses"), m_options.faults ? m_options.tokenUses : 0},
            {QStringLiteral("latencyMs"), m_options.latencyMs},
            {QStringLiteral("exactlyOnce"), m_problems.isEmpty()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(m_problems)},
            {QStringLiteral("wallTimeSeconds"), double(m_wallMs) / 1000.0},
            {QStringLiteral("runTimeSeconds"), double(m_runMs) / 1000.0},
            {QStringLiteral("kills"), m_killed},
            {QStringLiteral("killsInTheMiddleOfAPass"),
             int(std::count_if(m_kills.cbegin(), m_kills.cend(),
                               [](const KillRecord &k) { return k.midPass; }))},
            {QStringLiteral("killDetails"), kills},
            {QStringLiteral("cliStarts"), m_starts},
            {QStringLiteral("restarts"), qMax(0, m_starts - 1)},
            {QStringLiteral("runOncePasses"), m_oncePasses},
            {QStringLiteral("runOnceTotals"), once},
            {QStringLiteral("runOnceSeconds"), passSeconds},
            {QStringLiteral("retriesMadeDue"), m_broughtForward},
            {QStringLiteral("requests"),
             QJsonObject{
                 {QStringLiteral("total"), m_requests.value(QStringLiteral("total"))},
                 {QStringLiteral("byProvider"), m_requests.value(QStringLiteral("providers"))},
                 {QStringLiteral("byProviderAndStatus"), byProviderAndStatus},
                 {QStringLiteral("quickbooksBatchCalls"),
                  route(QStringLiteral("POST /v3/company/{realmId}/batch"))},
                 {QStringLiteral("tokenRefreshes"),
                  QJsonObject{{QStringLiteral("quickbooks"),
                               route(QStringLiteral("POST /oauth2/v1/tokens/bearer"))},
                              {QStringLiteral("hubspot"),
                               route(QStringLiteral("POST /oauth/v1/token"))}}}}},
            {QStringLiteral("faultsFired"), m_options.faults ? faultsFired() : QJsonObject()},
            {QStringLiteral("ledger"),
             QJsonObject{{QStringLiteral("enrollments"), m_enrollments},
                         {QStringLiteral("dealsEnrolledOnce"), m_dealsEnrolledOnce},
                         {QStringLiteral("dealsNeverEnrolled"), m_dealsNeverEnrolled},
                         {QStringLiteral("extraEnrollments"), m_duplicateEnrollments},
                         {QStringLiteral("done"), m_done},
                         {QStringLiteral("failed"), m_failed},
                         {QStringLiteral("failedNotForData"), m_failedNotForData},
                         {QStringLiteral("failuresConfirmedByDryRun"), m_failuresConfirmedByDryRun},
                         {QStringLiteral("unfinished"), m_unfinished},
                         {QStringLiteral("attempts"), m_attempts},
                         {QStringLiteral("mostAttemptsOfOneAction"), m_mostAttempts},
                         {QStringLiteral("unfinishedByStatus"), unfinished},
                         {QStringLiteral("failureReasons"), reasons}}},
            {QStringLiteral("documents"),
             QJsonObject{{QStringLiteral("invoicesCreated"), m_invoicesCreated},
                         {QStringLiteral("matchingLedger"), m_documentsMatchingLedger},
                         {QStringLiteral("duplicates"), m_duplicates},
                         {QStringLiteral("unmarked"), m_unmarkedInvoices},
                         {QStringLiteral("stray"), m_strayInvoices},
                         {QStringLiteral("ledgerPointsElsewhere"), m_wrongDocuments},
                         {QStringLiteral("failedButCreated"), m_failedWithDocument},
                         {QStringLiteral("customersCreated"), m_customersCreated},
                         {QStringLiteral("duplicateCustomers"), m_duplicateCustomers},
                         {QStringLiteral("productsCreated"), m_itemsCreated},
                         {QStringLiteral("duplicateProducts"), m_duplicateItems}}},
            {QStringLiteral("writeBack"),
             QJsonObject{{QStringLiteral("matching"), m_writeBackMatching},
                         {QStringLiteral("missing"), m_writeBackMissing},
                         {QStringLiteral("wrong"), m_writeBackWrong}}},
            {QStringLiteral("signIns"),
             QJsonObject{{QStringLiteral("renewedAfterRun"), m_signInsRenewed},
                         {QStringLiteral("workADayLater"), m_signInsAfterGrace}}},
        };
    }

    QString commandLine() const
    {
        QString line = QStringLiteral("bookflow-reliability --enrollments %1 --kills %2 --seed %3")
                           .arg(m_options.enrollments)
                           .arg(m_options.kills)
                           .arg(m_options.seed);
        if (m_options.faults)
            line += QStringLiteral(" --faults");
        if (m_options.shortThrottles)
            line += QStringLiteral(" --short-throttles");
        if (m_options.faults && m_options.tokenUses != 50)
            line += QStringLiteral(" --token-uses %1").arg(m_options.tokenUses);
        if (m_options.latencyMs != 20)
            line += QStringLiteral(" --latency %1").arg(m_options.latencyMs);
        return line;
    }

    QString summaryText() const
    {
        const QJsonObject r = report();
        const QJsonObject requests = r.value(QStringLiteral("requests")).toObject();
        const QJsonObject refreshes = requests.value(QStringLiteral("tokenRefreshes")).toObject();
        QString text;
        QTextStream out(&text);
        out << "Bookflow reliability: " << commandLine() << "\n";
        out << "  " << m_options.enrollments << " deals made to meet the trigger; " << m_killed
            << " SIGKILLs (" << r.value(QStringLiteral("killsInTheMiddleOfAPass")).toInt()
            << " in the middle of a pass), " << qMax(0, m_starts - 1) << " restarts, "
            << m_oncePasses << " `run --once` passes, " << m_broughtForward
            << " waiting retries made due early; " << seconds(m_runMs) << " of running, "
            << seconds(m_wallMs) << " in all\n";
        for (const KillRecord &k : m_kills)
            out << "    kill " << k.number << ": after " << seconds(k.delayMs) << " ("
                << QString::number(k.fraction, 'f', 3) << " of " << seconds(k.expectedMs)
                << " expected; " << k.requestsAtKill << " requests), "
                << (k.midPass ? "mid-pass" : "after the pass") << "; actions finished "
                << k.finishedBefore << " → " << k.finishedAtKill << ", enrolled "
                << k.enrolledBefore << " → " << k.enrolledAtKill << ", " << k.sentUnansweredAtKill
                << " sent without an answer\n";
        out << "  requests: " << requests.value(QStringLiteral("total")).toInteger() << " — ";
        const QJsonObject byStatus =
            requests.value(QStringLiteral("byProviderAndStatus")).toObject();
        QStringList providers;
        for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it) {
            QStringList statuses;
            const QJsonObject counts = it.value().toObject();
            for (auto s = counts.constBegin(); s != counts.constEnd(); ++s)
                statuses << s.key() + QLatin1Char(' ') + QString::number(s.value().toInteger());
            providers << it.key() + QStringLiteral(" (") + statuses.join(QStringLiteral(", ")) +
                             QLatin1Char(')');
        }
        out << providers.join(QStringLiteral("; ")) << "\n";
        out << "  token refreshes: QuickBooks "
            << refreshes.value(QStringLiteral("quickbooks")).toInteger() << " (each rotates the "
            << "refresh token), HubSpot " << refreshes.value(QStringLiteral("hubspot")).toInteger()
            << "; QuickBooks /batch calls "
            << requests.value(QStringLiteral("quickbooksBatchCalls")).toInteger() << "\n";
        if (m_options.faults)
            out << "  faults fired: "
                << r.value(QStringLiteral("faultsFired"))
                       .toObject()
                       .value(QStringLiteral("total"))
                       .toInteger()
                << "\n";
        out << "  ledger: " << m_enrollments << " enrollments, " << m_dealsEnrolledOnce
            << " deals enrolled exactly once; " << m_done << " done, " << m_failed << " failed ("
            << m_failuresConfirmedByDryRun
            << " of them fail the same in a dry run now: their own data), " << m_unfinished
            << " unfinished; " << m_attempts << " attempts, at most " << m_mostAttempts
            << " for one action\n";
        for (auto it = m_failureReasons.constBegin(); it != m_failureReasons.constEnd(); ++it)
            out << "    " << it.value() << " × " << it.key() << "\n";
        out << "  QuickBooks: " << m_invoicesCreated << " invoices created, "
            << m_documentsMatchingLedger << " of them the ledger's, each bearing its marker once; "
            << m_duplicates << " duplicates, " << m_unmarkedInvoices << " unmarked, "
            << m_strayInvoices << " stray; " << m_customersCreated << " customers ("
            << m_duplicateCustomers << " twice), " << m_itemsCreated << " products ("
            << m_duplicateItems << " twice)\n";
        out << "  HubSpot write-back: " << m_writeBackMatching << " deals show their invoice, "
            << m_writeBackMissing << " without (noted in the history), " << m_writeBackWrong
            << " wrong\n";
        out << "  sign-ins: renewed after the run " << (m_signInsRenewed ? "yes" : "NO")
            << ", still working a day later " << (m_signInsAfterGrace ? "yes" : "NO") << "\n";
        if (m_problems.isEmpty()) {
            out << "  RESULT: exactly once held — every enrollment has its one document or its "
                   "stated reason\n";
        } else {
            out << "  RESULT: " << m_problems.size() << " PROBLEMS\n";
            for (const QString &problem : m_problems)
                out << "    - " << problem << "\n";
        }
        return text;
    }

    qint64 passTimeoutMs() const { return qint64(m_options.passTimeoutSeconds) * 1000; }

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QDir m_work;
    QString m_cliDir;
    QProcess m_sandbox;
    QUrl m_url;
    SystemClock m_clock;

    QString m_cliCompany;
    QString m_workflowId;
    int m_version = 0;

    std::unique_ptr<Store> m_observerStore;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ConnectionTokenSource> m_hubSpotTokens;
    std::unique_ptr<HubSpotClient> m_hubSpot;
    std::unique_ptr<ConnectionTokenSource> m_qboTokens;
    std::unique_ptr<QboClient> m_qbo;

    QSet<QString> m_deals;
    QSet<QString> m_invoicesBefore;
    QSet<QString> m_customersBefore;
    QSet<QString> m_itemsBefore;

    QElapsedTimer m_runTimer;
    qint64 m_runMs = 0;
    qint64 m_wallMs = 0;
    QVector<KillRecord> m_kills;
    int m_killed = 0;
    int m_starts = 0;
    int m_oncePasses = 0;
    int m_broughtForward = 0;
    QMap<QString, int> m_onceTotals;
    QVector<double> m_passSeconds; // each `run --once`, in order

    QJsonObject m_requests;
    QJsonObject m_faultState;
    int m_enrollments = 0;
    int m_dealsEnrolledOnce = 0;
    int m_dealsNeverEnrolled = 0;
    int m_duplicateEnrollments = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_failedNotForData = 0;
    int m_failuresConfirmedByDryRun = 0;
    int m_attempts = 0; // tries of all actions (each send or planning that failed, and the last)
    int m_mostAttempts = 0; // of one action
    int m_unfinished = 0;
    QMap<QString, int> m_unfinishedByStatus;
    QMap<QString, int> m_failureReasons;
    int m_invoicesCreated = 0;
    int m_unmarkedInvoices = 0;
    int m_strayInvoices = 0;
    int m_duplicates = 0;
    int m_documentsMatchingLedger = 0;
    int m_wrongDocuments = 0;
    int m_failedWithDocument = 0;
    int m_customersCreated = 0;
    int m_duplicateCustomers = 0;
    int m_itemsCreated = 0;
    int m_duplicateItems = 0;
    int m_writeBackMatching = 0;
    int m_writeBackMissing = 0;
    int m_writeBackWrong = 0;
    bool m_signInsRenewed = false;
    bool m_signInsAfterGrace = false;
    QStringList m_problems;
};

} // namespace

} // namespace bookflow::reliability

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bookflow-reliability"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bookflow"));
    // The driver's own sign-ins and look-ups would narrate themselves; its warnings still show.
    QLoggingCategory::setFilterRules(
        QStringLiteral("bookflow.*.debug=false\nbookflow.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kills bookflow-cli at random moments while it turns N HubSpot deals into QuickBooks "
        "invoices on a bookflow-sandbox (optionally through a mix of provider faults), then checks "
        "that every deal has exactly one invoice or a stated reason. See RELIABILITY.md."));
    parser.addHelpOption();
    const QCommandLineOption enrollments(QStringLiteral("enrollments"),
                                         QStringLiteral("Deals to enroll (1–1000, default 300)."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption kills(QStringLiteral("kills"),
                                   QStringLiteral("SIGKILLs of `bookflow-cli run` (default 5)."),
                                   QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Turn on the fault mix (RELIABILITY.md)."));
    const QCommandLineOption shortThrottles(
        QStringLiteral("short-throttles"),
        QStringLiteral("Every injected 429 carries Retry-After: 1, so no pass waits out "
                       "QuickBooks' 60-second default (the quick test)."));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the kill moments and the faults (default 1)."), QStringLiteral("S"),
        QStringLiteral("1"));
    const QCommandLineOption tokenUses(
        QStringLiteral("token-uses"),
        QStringLiteral("Under --faults, an access token expires after N requests (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption latency(
        QStringLiteral("latency"),
        QStringLiteral("Every sandbox reply waits MS milliseconds (default 20)."),
        QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption passTimeout(
        QStringLiteral("pass-timeout"),
        QStringLiteral("A `run --once` taking longer than SECONDS is reported as a hang (default "
                       "600)."),
        QStringLiteral("SECONDS"), QStringLiteral("600"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print every figure as one JSON document."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Also write the JSON document to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption cli(QStringLiteral("cli"),
                                 QStringLiteral("The bookflow-cli to drive."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("The bookflow-sandbox to start."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption workDir(QStringLiteral("work-dir"),
                                     QStringLiteral("Keep the CLI's data and the logs in DIR (new "
                                                    "or empty)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the temporary folder afterwards."));
    parser.addOptions({enrollments, kills, faults, shortThrottles, seed, tokenUses, latency,
                       passTimeout, json, output, cli, sandbox, workDir, keep});
    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "bookflow-reliability: "
                            << (parser.errorText().isEmpty() ? QStringLiteral("unexpected argument")
                                                             : parser.errorText())
                            << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    bookflow::reliability::Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int low, int high) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < low || value > high) {
            QTextStream(stderr) << "bookflow-reliability: --" << option.names().first()
                                << " must be a whole number from " << low << " to " << high << "\n";
            ok = false;
        }
        return value;
    };
    options.enrollments = number(enrollments, 1, 1000);
    options.kills = number(kills, 0, 1000);
    options.tokenUses = number(tokenUses, 1, 1000000);
    options.latencyMs = number(latency, 0, 10000);
    options.passTimeoutSeconds = number(passTimeout, 10, 86400);
    bool seedValid = false;
    options.seed = parser.value(seed).toUInt(&seedValid);
    if (!seedValid) {
        QTextStream(stderr) << "bookflow-reliability: --seed must be a whole number\n";
        ok = false;
    }
    if (!ok)
        return 2;
    options.faults = parser.isSet(faults);
    options.shortThrottles = parser.isSet(shortThrottles);
    options.json = parser.isSet(json);
    options.output = parser.value(output);
    if (parser.isSet(cli))
        options.cli = parser.value(cli);
    if (parser.isSet(sandbox))
        options.sandbox = parser.value(sandbox);
    options.workDir = parser.value(workDir);
    options.keep = parser.isSet(keep);
    return bookflow::reliability::Driver(options).run();
}
