#include "app/cli.h"

#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "core/auth/sandboxconsent.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/filesecretstore.h"
#include "core/auth/oauthprovider.h"
#include "core/auth/secretstore.h"
#include "core/engine/documentlink.h"
#include "core/engine/executor.h"
#include "core/engine/liverun.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/testrunner.h"
#include "core/net/networktransport.h"
#include "core/net/ratelimitedtransport.h"
#include "core/net/ratelimiter.h"
#include "core/store/store.h"
#include "core/workflow/review.h"
#include "core/workflow/workflowcodec.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>

namespace bookflow {

namespace {

std::atomic<bool> g_stop{false};
extern "C" void requestStop(int)
{
    g_stop.store(true);
}
bool stopRequested()
{
    return g_stop.load();
}

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum Exit { Success = 0, Problems = 1, BadInput = 2 };

// Thrown for exit code 2: one line on stderr.
struct UsageError
{
    QString reason;
};

class Cli
{
public:
    Cli(QCommandLineParser &parser, QStringList args) : m_parser(parser), m_args(std::move(args)) {}

    int run()
    {
        const QString command = m_args.takeFirst();
        const std::map<QString, std::function<int()>> commands{
            {QStringLiteral("import"), [this] { return importFile(); }},
            {QStringLiteral("export"), [this] { return exportFile(); }},
            {QStringLiteral("list"), [this] { return list(); }},
            {QStringLiteral("show"), [this] { return show(); }},
            {QStringLiteral("validate"), [this] { return validate(); }},
            {QStringLiteral("publish"), [this] { return publish(); }},
            {QStringLiteral("on"), [this] { return setEnabled(true); }},
            {QStringLiteral("off"), [this] { return setEnabled(false); }},
            {QStringLiteral("connect"), [this] { return connect(); }},
            {QStringLiteral("connections"), [this] { return connections(); }},
            {QStringLiteral("disconnect"), [this] { return disconnect(); }},
            {QStringLiteral("app"), [this] { return appCredentials(); }},
            {QStringLiteral("run"), [this] { return runEngine(); }},
            {QStringLiteral("test"), [this] { return test(); }},
            {QStringLiteral("history"), [this] { return history(); }},
            {QStringLiteral("retry"), [this] { return retry(); }},
        };
        const auto it = commands.find(command);
        if (it == commands.end()) {
            throw UsageError{CliTr::tr("unknown command “%1” (try --help)").arg(command)};
        }
        return it->second();
    }

private:
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    void expectArgs(int min, int max, const QString &usage)
    {
        if (m_args.size() < min || m_args.size() > max)
            throw UsageError{CliTr::tr("usage: bookflow-cli %1").arg(usage)};
    }

    QString dataDir() const
    {
        return m_parser.isSet(QStringLiteral("data-dir")) ? m_parser.value(QStringLiteral("data-dir"))
                                                          : Store::defaultDataDir();
    }

    Store &store()
    {
        if (!m_store) {
            Result<std::unique_ptr<Store>> opened = Store::open(dataDir());
            if (!opened)
                throw UsageError{opened.reason()};
            m_store = std::move(opened).value();
        }
        return *m_store;
    }

    template <typename T>
    T need(Result<T> result)
    {
        if (!result)
            throw UsageError{result.reason()};
        return std::move(result).value();
    }
    void need(const Status &status)
    {
        if (!status)
            throw UsageError{status.reason()};
    }

    // A workflow id, or an unambiguous beginning of one (ids are long UUIDs).
    QString resolveId(const QString &given)
    {
        const QVector<WorkflowSummary> all = need(store().workflows());
        QStringList matches;
        for (const WorkflowSummary &s : all) {
            if (s.id == given)
                return s.id;
            if (s.id.startsWith(given, Qt::CaseInsensitive))
                matches << s.id;
        }
        if (matches.size() == 1 && given.size() >= 4)
            return matches.first();
        if (matches.size() > 1)
            throw UsageError{CliTr::tr("“%1” matches %2 workflows; give more of the id")
                                 .arg(given)
                                 .arg(matches.size())};
        throw UsageError{CliTr::tr("there is no workflow with the id “%1” (see bookflow-cli list)")
                             .arg(given)};
    }

    void print(const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    void printLine(const QString &line) { print(line.toUtf8() + '\n'); }
    void printJson(const QJsonValue &value)
    {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                                  : QJsonDocument(value.toObject());
        print(doc.toJson(QJsonDocument::Indented));
    }

    int importFile()
    {
        expectArgs(1, 1, QStringLiteral("import FILE [--connection ID]"));
        const QString path = m_args.first();
        if (m_parser.isSet(QStringLiteral("connection"))) {
            // Checked before anything is imported: a typo must not leave a half-done draft.
            const Connection chosen = need(store().connection(m_parser.value(QStringLiteral("connection"))));
            if (chosen.provider != Provider::QuickBooks)
                throw UsageError{CliTr::tr("--connection must name a QuickBooks connection (see bookflow-cli connections)")};
        }
        QString id = need(store().importFile(path));
        if (m_parser.isSet(QStringLiteral("connection"))) {
            Workflow w = need(store().draft(id));
            for (Action &a : w.actions)
                a.connection = m_parser.value(QStringLiteral("connection"));
            need(store().saveDraft(w));
        }
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("id"), id}});
        } else {
            const WorkflowSummary s = need(store().summary(id));
            printLine(CliTr::tr("Imported “%1” as %2 (a draft).").arg(s.name, id));
        }
        return Success;
    }

    int exportFile()
    {
        expectArgs(1, 2, QStringLiteral("export ID [FILE] [--published N]"));
        const QString id = resolveId(m_args.at(0));
        int version = 0;
        if (m_parser.isSet(QStringLiteral("published"))) {
            bool ok = false;
            version = m_parser.value(QStringLiteral("published")).toInt(&ok);
            if (!ok || version < 1)
                throw UsageError{CliTr::tr("--published must be a published version number (1, 2, …)")};
        }
        if (m_args.size() == 2) {
            need(store().exportFile(id, m_args.at(1), version));
            if (json())
                printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("file"), m_args.at(1)}});
            else
                printLine(CliTr::tr("Exported %1 to %2.").arg(id, m_args.at(1)));
        } else {
            const Workflow w = version ? need(store().version(id, version)) : need(store().draft(id));
            print(WorkflowCodec::encode(w));
        }
        return Success;
    }

    int list()
    {
        expectArgs(0, 0, QStringLiteral("list"));
        const QVector<WorkflowSummary> all = need(store().workflows());
        if (json()) {
            QJsonArray out;
            for (const WorkflowSummary &s : all) {
                out.append(QJsonObject{{QStringLiteral("id"), s.id},
                                       {QStringLiteral("name"), s.name},
                                       {QStringLiteral("objectType"), objectTypeKey(s.objectType)},
                                       {QStringLiteral("enabled"), s.enabled},
                                       {QStringLiteral("version"), s.publishedVersion},
                                       {QStringLiteral("draftChanged"), s.draftChanged}});
            }
            printJson(out);
            return Success;
        }
        if (all.isEmpty()) {
            printLine(CliTr::tr("No workflows yet. Import one with: bookflow-cli import FILE"));
            return Success;
        }
        for (const WorkflowSummary &s : all) {
            const QString status = s.enabled ? CliTr::tr("on") : CliTr::tr("off");
            const QString version = s.publishedVersion
                                        ? CliTr::tr("v%1").arg(s.publishedVersion)
                                        : CliTr::tr("unpublished");
            const QString draft = s.draftChanged && s.publishedVersion ? CliTr::tr(", draft edited")
                                                                       : QString();
            printLine(QStringLiteral("%1  %2  %3  %4%5  %6")
                          .arg(s.id, objectTypeLabel(s.objectType).leftJustified(7), status.leftJustified(3),
                               version, draft, s.name));
        }
        return Success;
    }

    int show()
    {
        expectArgs(1, 1, QStringLiteral("show ID [--published N]"));
        const QString id = resolveId(m_args.first());
        int version = 0;
        if (m_parser.isSet(QStringLiteral("published")))
            version = m_parser.value(QStringLiteral("published")).toInt();
        const Workflow w = version ? need(store().version(id, version)) : need(store().draft(id));
        if (json()) {
            print(WorkflowCodec::encode(w));
            return Success;
        }
        const WorkflowSummary s = need(store().summary(id));
        printLine(CliTr::tr("%1 (%2-based workflow)").arg(w.name, objectTypeKey(w.objectType)));
        printLine(CliTr::tr("id %1 · %2 · %3")
                      .arg(w.id, s.enabled ? CliTr::tr("on") : CliTr::tr("off"),
                           s.publishedVersion ? CliTr::tr("published version %1").arg(s.publishedVersion)
                                              : CliTr::tr("never published")));
        printLine(CliTr::tr("Enrolls when:"));
        for (int g = 0; g < w.enrollment.filterGroups.size(); ++g) {
            if (g > 0)
                printLine(CliTr::tr("  OR"));
            const FilterGroup &group = w.enrollment.filterGroups.at(g);
            for (int f = 0; f < group.filters.size(); ++f) {
                const Filter &filter = group.filters.at(f);
                QString values;
                if (!filter.values.isEmpty())
                    values = QLatin1Char(' ') + filter.values.join(QStringLiteral(", "));
                printLine(QStringLiteral("  %1%2 › %3 %4%5")
                              .arg(f ? CliTr::tr("AND ") : QStringLiteral("    "),
                                   filterObjectLabel(filter.object), filter.property,
                                   operatorLabel(filter.op, filter.propertyType), values));
            }
        }
        if (w.enrollment.reenroll.enabled)
            printLine(CliTr::tr("Re-enrolls when it meets the triggers again."));
        printLine(CliTr::tr("Then:"));
        for (int i = 0; i < w.actions.size(); ++i)
            printLine(QStringLiteral("  %1. %2").arg(i + 1).arg(actionTypeLabel(w.actions.at(i).type)));
        return Success;
    }

    static QJsonObject itemJson(const ReviewItem &item)
    {
        QJsonObject o{{QStringLiteral("code"), item.code}, {QStringLiteral("message"), item.message}};
        if (!item.actionId.isEmpty())
            o.insert(QStringLiteral("actionId"), item.actionId);
        if (item.group >= 0)
            o.insert(QStringLiteral("group"), item.group);
        if (item.filter >= 0)
            o.insert(QStringLiteral("filter"), item.filter);
        return o;
    }

    void printReview(const QVector<ReviewItem> &items)
    {
        if (json()) {
            QJsonArray errors;
            QJsonArray warnings;
            for (const ReviewItem &item : items)
                (item.isError() ? errors : warnings).append(itemJson(item));
            printJson(QJsonObject{{QStringLiteral("errors"), errors},
                                  {QStringLiteral("warnings"), warnings}});
            return;
        }
        if (items.isEmpty())
            printLine(CliTr::tr("No problems found."));
        for (const ReviewItem &item : items) {
            printLine(QStringLiteral("%1 %2").arg(item.isError() ? CliTr::tr("error:")
                                                                 : CliTr::tr("warning:"),
                                                  item.message));
        }
    }

    int validate()
    {
        expectArgs(1, 1, QStringLiteral("validate ID"));
        const QString id = resolveId(m_args.first());
        const QVector<ReviewItem> items =
            WorkflowReview::review(need(store().draft(id)), need(store().connections()));
        printReview(items);
        return WorkflowReview::hasErrors(items) ? Problems : Success;
    }

    int publish()
    {
        expectArgs(1, 1, QStringLiteral("publish ID"));
        const QString id = resolveId(m_args.first());
        const QVector<ReviewItem> items =
            WorkflowReview::review(need(store().draft(id)), need(store().connections()));
        if (WorkflowReview::hasErrors(items)) {
            printReview(items);
            return Problems;
        }
        const std::optional<bool> enrollExisting = enrollExistingOption();
        const int version = need(store().publish(id));
        QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("version"), version}};
        if (enrollExisting) {
            const Poller::Summary started = startWorkflow(id, *enrollExisting);
            out.insert(QStringLiteral("enrolled"), started.enrolled);
        }
        if (json())
            printJson(out);
        else
            printLine(CliTr::tr("Published version %1.").arg(version));
        return Success;
    }

    int setEnabled(bool on)
    {
        expectArgs(1, 1, on ? QStringLiteral("on ID") : QStringLiteral("off ID"));
        const QString id = resolveId(m_args.first());
        if (on) {
            // Turned on for the first time: the records already meeting the triggers are
            // decided (the baseline unless --enroll-existing yes) before anything can enroll.
            const ApiResult<Poller::Summary> turned =
                Poller(session()).turnOn(id, enrollExistingOption().value_or(false));
            if (!turned)
                throw UsageError{turned.reason()};
        } else {
            need(store().setEnabled(id, false));
        }
        if (json())
            printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("enabled"), on}});
        else
            printLine(on ? CliTr::tr("Turned on.") : CliTr::tr("Turned off."));
        return Success;
    }

    // ---- connections ------------------------------------------------------------------------

    SecretStore &secrets()
    {
        if (!m_secrets) {
            const QString backend = m_parser.value(QStringLiteral("secrets"));
            m_secrets = need(SecretStore::create(backend, dataDir()));
            if (backend == QLatin1String("file")) {
                QTextStream err(stderr);
                err << "bookflow-cli: "
                    << FileSecretStore::warning(static_cast<FileSecretStore &>(*m_secrets).path())
                    << '\n';
            }
        }
        return *m_secrets;
    }

    ConnectionManager &manager()
    {
        if (!m_manager) {
            // Every request goes through the rate limiter: the providers' limits are kept, not hit.
            m_network = std::make_unique<NetworkTransport>();
            m_limiter = std::make_unique<RateLimiter>(m_clock);
            m_transport = std::make_unique<RateLimitedTransport>(*m_network, *m_limiter);
            m_manager = std::make_unique<ConnectionManager>(store(), secrets(), *m_transport, m_clock);
        }
        return *m_manager;
    }

    Environment environmentOption()
    {
        const QString value = m_parser.value(QStringLiteral("environment"));
        if (value.isEmpty() || value == QLatin1String("production"))
            return Environment::Production;
        if (value == QLatin1String("sandbox"))
            return Environment::Sandbox;
        throw UsageError{CliTr::tr("--environment must be sandbox or production")};
    }

    static QJsonObject connectionJson(const Connection &c)
    {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("provider"), providerKey(c.provider)},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("environment"), environmentKey(c.environment)},
                      {QStringLiteral("state"), connectionStateKey(c.state)},
                      {QStringLiteral("auth"), authKindKey(c.authKind)},
                      {QStringLiteral("apiBaseUrl"), c.apiBaseUrl.toString()}};
        if (c.provider == Provider::QuickBooks) {
            o.insert(QStringLiteral("realmId"), c.accountId);
            o.insert(QStringLiteral("country"), c.country);
            o.insert(QStringLiteral("unitedStates"), c.isUnitedStates());
        } else {
            o.insert(QStringLiteral("hubId"), c.accountId);
        }
        if (!c.stateReason.isEmpty())
            o.insert(QStringLiteral("reason"), c.stateReason);
        return o;
    }

    QString connectionLine(const Connection &c)
    {
        const QString state = c.state == ConnectionState::Connected ? CliTr::tr("connected")
                                                                    : CliTr::tr("needs reconnect");
        QString line = QStringLiteral("%1  %2  %3  %4 %5  %6")
                           .arg(c.id, providerKey(c.provider).leftJustified(10),
                                environmentKey(c.environment).leftJustified(10),
                                c.provider == Provider::QuickBooks ? CliTr::tr("realmId")
                                                                   : CliTr::tr("hubId"),
                                c.accountId, c.name);
        if (c.provider == Provider::QuickBooks)
            line += QStringLiteral(" (%1)").arg(c.country.isEmpty() ? QStringLiteral("?") : c.country);
        line += QStringLiteral("  ") + state;
        if (!c.stateReason.isEmpty())
            line += QStringLiteral(": ") + c.stateReason;
        return line;
    }

    // connect sandbox --url URL: the demo apps, then the real OAuth round trips for HubSpot and
    // every QuickBooks company the sandbox offers, with this program playing the person.
    int connectSandbox()
    {
        if (!m_parser.isSet(QStringLiteral("url")))
            throw UsageError{CliTr::tr("usage: bookflow-cli connect sandbox --url URL")};
        const QUrl url = QUrl::fromUserInput(m_parser.value(QStringLiteral("url")));
        if (!url.isValid() || !NetworkTransport::isAllowedUrl(url))
            throw UsageError{CliTr::tr("--url must be the sandbox's http://127.0.0.1:PORT address")};
        ConnectionManager &connections = manager();
        const ApiResult<QVector<Connection>> made = connectSandboxAccounts(
            connections, *m_transport, m_clock, url,
            {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
             QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
             QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
             QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)});
        if (!made)
            throw UsageError{made.reason()};
        const QVector<Connection> &connected = *made;
        if (json()) {
            QJsonArray out;
            for (const Connection &c : connected)
                out.append(connectionJson(c));
            printJson(out);
        } else {
            for (const Connection &c : connected)
                printLine(CliTr::tr("Connected %1").arg(connectionLine(c)));
        }
        return Success;
    }

    // connect hubspot|quickbooks [--environment E]: the person approves in their browser.
    // connect hubspot --private-app: the private app's token on standard input.
    int connect()
    {
        expectArgs(1, 1, QStringLiteral("connect sandbox --url URL | connect hubspot|quickbooks [--environment sandbox|production] [--private-app]"));
        const QString target = m_args.first();
        if (target == QLatin1String("sandbox"))
            return connectSandbox();
        Provider provider;
        if (target == QLatin1String("hubspot"))
            provider = Provider::HubSpot;
        else if (target == QLatin1String("quickbooks"))
            provider = Provider::QuickBooks;
        else
            throw UsageError{CliTr::tr("connect what? sandbox, hubspot or quickbooks")};
        const Environment environment = environmentOption();
        ApiResult<Connection> done = ApiError{};
        if (m_parser.isSet(QStringLiteral("private-app"))) {
            if (provider != Provider::HubSpot)
                throw UsageError{CliTr::tr("--private-app is for HubSpot only")};
            const QUrl base = m_parser.isSet(QStringLiteral("url"))
                                  ? QUrl::fromUserInput(m_parser.value(QStringLiteral("url")))
                                  : OAuthApp::published(provider, environment).apiBaseUrl;
            done = manager().connectHubSpotPrivateApp(readSecretLine(), base, environment);
        } else {
            QTextStream out(stdout);
            done = manager().connectOAuth(
                provider, environment,
                [&out](const QUrl &authorizeUrl) {
                    out << CliTr::tr("Open this address in your browser and approve Bookflow:")
                        << "\n  " << authorizeUrl.toString(QUrl::FullyEncoded) << "\n";
                    out.flush();
                    return Status::success();
                },
                10 * 60 * 1000,
                [this, &out] {
                    out << CliTr::tr("Paste the address your browser ended on:") << ' ';
                    out.flush();
                    return readSecretLine();
                });
        }
        if (!done)
            throw UsageError{done.reason()};
        if (json())
            printJson(connectionJson(*done));
        else
            printLine(CliTr::tr("Connected %1").arg(connectionLine(*done)));
        return Success;
    }

    // One line from standard input: secrets never go on the command line (ps shows it).
    QString readSecretLine()
    {
        QTextStream in(stdin);
        const QString line = in.readLine().trimmed();
        if (line.isEmpty())
            throw UsageError{CliTr::tr("nothing on standard input")};
        return line;
    }

    // app hubspot|quickbooks --client-id ID [--redirect-uri URI] [--environment E]; the client
    // secret is read from standard input.
    int appCredentials()
    {
        expectArgs(1, 1, QStringLiteral("app hubspot|quickbooks --client-id ID [--redirect-uri URI] [--environment sandbox|production] < secret"));
        Provider provider;
        if (m_args.first() == QLatin1String("hubspot"))
            provider = Provider::HubSpot;
        else if (m_args.first() == QLatin1String("quickbooks"))
            provider = Provider::QuickBooks;
        else
            throw UsageError{CliTr::tr("app: hubspot or quickbooks")};
        if (!m_parser.isSet(QStringLiteral("client-id")))
            throw UsageError{CliTr::tr("app: --client-id is required")};
        AppCredentials app;
        app.provider = provider;
        app.environment = environmentOption();
        app.clientId = m_parser.value(QStringLiteral("client-id"));
        app.redirectUri = m_parser.value(QStringLiteral("redirect-uri"));
        need(manager().saveApp(app, readSecretLine()));
        if (json())
            printJson(QJsonObject{{QStringLiteral("provider"), providerKey(provider)},
                                  {QStringLiteral("environment"), environmentKey(app.environment)},
                                  {QStringLiteral("clientId"), app.clientId}});
        else
            printLine(CliTr::tr("Saved the %1 app (the client secret is in %2).")
                          .arg(providerLabel(provider), secrets().describe()));
        return Success;
    }

    int connections()
    {
        expectArgs(0, 0, QStringLiteral("connections [--check]"));
        QVector<Connection> all = need(store().connections());
        bool problems = false;
        if (m_parser.isSet(QStringLiteral("check"))) {
            for (Connection &c : all) {
                const ApiResult<Connection> checked = manager().check(c.id);
                if (checked) {
                    c = *checked;
                } else {
                    problems = true;
                    c = need(store().connection(c.id));
                    if (c.state == ConnectionState::Connected && !json())
                        printLine(CliTr::tr("%1: %2").arg(c.id, checked.reason()));
                }
            }
        }
        for (const Connection &c : all)
            problems = problems || c.state != ConnectionState::Connected;
        if (json()) {
            QJsonArray out;
            for (const Connection &c : all)
                out.append(connectionJson(c));
            printJson(out);
        } else if (all.isEmpty()) {
            printLine(CliTr::tr("Nothing is connected. Try: bookflow-cli connect sandbox --url http://127.0.0.1:PORT"));
        } else {
            for (const Connection &c : all)
                printLine(connectionLine(c));
        }
        return problems ? Problems : Success;
    }

    int disconnect()
    {
        expectArgs(1, 1, QStringLiteral("disconnect ID"));
        const Connection c = need(store().connection(m_args.first()));
        const ApiStatus done = manager().disconnect(c.id);
        if (!done)
            throw UsageError{done.reason()};
        if (json())
            printJson(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("disconnected"), true}});
        else
            printLine(CliTr::tr("Disconnected %1 (%2); its sign-in was revoked.").arg(c.name, c.id));
        return Success;
    }

    // ---- the engine --------------------------------------------------------------------------

    std::optional<bool> enrollExistingOption()
    {
        if (!m_parser.isSet(QStringLiteral("enroll-existing")))
            return std::nullopt;
        const QString value = m_parser.value(QStringLiteral("enroll-existing"));
        if (value == QLatin1String("yes"))
            return true;
        if (value == QLatin1String("no"))
            return false;
        throw UsageError{CliTr::tr("--enroll-existing must be yes or no")};
    }

    RunSession &session()
    {
        if (!m_session) {
            ConnectionManager &connections = manager(); // creates the transport too
            m_session = std::make_unique<RunSession>(store(), connections, *m_transport, m_clock);
            // For the reliability driver (tools/reliability): a provider request timeout short
            // enough that "answered after the client gave up" can be played in seconds, not the
            // two minutes QuickBooks allows. Unset, the clients keep their own defaults.
            if (const int timeoutMs = qEnvironmentVariableIntValue("BOOKFLOW_REQUEST_TIMEOUT_MS");
                timeoutMs > 0)
                m_session->setTimeoutMs(timeoutMs);
        }
        return *m_session;
    }

    Poller::Summary startWorkflow(const QString &id, bool enrollExisting)
    {
        Poller poller(session());
        const ApiResult<Poller::Summary> started = poller.start(id, enrollExisting);
        if (!started)
            throw UsageError{started.reason()};
        return *started;
    }

    // run [--once]: poll HubSpot for every workflow that is on, enroll, and send what is due.
    int runEngine()
    {
        expectArgs(0, 0, QStringLiteral("run [--once]"));
        const bool once = m_parser.isSet(QStringLiteral("once"));
        if (!once) {
            std::signal(SIGTERM, requestStop);
            std::signal(SIGINT, requestStop);
        }
        int failed = 0;
        for (;;) {
            // A fresh session per pass: look-ups are cached for one pass only.
            m_session.reset();
            Poller poller(session());
            const ApiResult<Poller::Summary> polled = poller.pollOnce();
            if (!polled && !json())
                printLine(CliTr::tr("Polling HubSpot failed: %1").arg(polled.reason()));
            Executor executor(session());
            const Executor::Summary sent = need(executor.runDue());
            failed += sent.failed;
            if (json() && once) {
                printJson(QJsonObject{
                    {QStringLiteral("enrolled"), polled ? polled->enrolled : 0},
                    {QStringLiteral("pollError"), polled ? QString() : polled.reason()},
                    {QStringLiteral("done"), sent.done},
                    {QStringLiteral("failed"), sent.failed},
                    {QStringLiteral("retriesScheduled"), sent.retriesScheduled},
                    {QStringLiteral("paused"), sent.paused}});
            } else if (!json()) {
                printLine(CliTr::tr("%1 enrolled, %2 actions done, %3 failed, %4 to retry, %5 paused.")
                              .arg(polled ? polled->enrolled : 0)
                              .arg(sent.done)
                              .arg(sent.failed)
                              .arg(sent.retriesScheduled)
                              .arg(sent.paused));
            }
            if (once || stopRequested())
                break;
            // A minute between passes, ended early by SIGTERM/SIGINT (systemd, Ctrl+C): the
            // pass in progress always finishes, so the ledger is never left mid-step by a stop.
            for (int second = 0; second < 60 && !stopRequested(); ++second)
                QThread::sleep(1);
            if (stopRequested())
                break;
        }
        return failed > 0 ? Problems : Success;
    }

    // test ID --record OBJECT_ID [--live]
    int test()
    {
        expectArgs(1, 1, QStringLiteral("test ID --record OBJECT_ID [--live]"));
        if (!m_parser.isSet(QStringLiteral("record")))
            throw UsageError{CliTr::tr("test: --record OBJECT_ID is required")};
        const QString id = resolveId(m_args.first());
        const QString objectId = m_parser.value(QStringLiteral("record"));
        if (m_parser.isSet(QStringLiteral("live")))
            return testLive(id, objectId);
        const Workflow draft = need(store().draft(id));
        TestRunner runner(session());
        const ApiResult<TestRunner::Report> report = runner.dryRun(draft, objectId);
        if (!report)
            throw UsageError{report.reason()};
        bool problems = !report->triggers.met;
        for (const TestRunner::ActionReport &action : report->actions)
            problems = problems || !action.wouldCreate;
        if (json()) {
            printJson(TestRunner::toJson(*report, draft));
        } else {
            printLine(CliTr::tr("Dry run on %1 (nothing is written):").arg(report->recordDescription));
            for (const GroupOutcome &group : report->triggers.groups) {
                for (const FilterOutcome &filter : group.filters)
                    printLine(QStringLiteral("  %1 %2").arg(filter.met ? QStringLiteral("✓") : QStringLiteral("✗"), filter.detail));
            }
            printLine(report->triggers.met ? CliTr::tr("The record meets the triggers.")
                                           : CliTr::tr("The record does not meet the triggers."));
            for (const TestRunner::ActionReport &action : report->actions) {
                printLine(CliTr::tr("Action %1: %2").arg(action.actionId,
                              action.wouldCreate ? CliTr::tr("would create") : CliTr::tr("would fail: %1").arg(action.reason)));
                for (const QString &note : action.notes)
                    printLine(QStringLiteral("    ") + note);
                for (const TestRunner::ActionReport::Request &request : action.requests) {
                    printLine(QStringLiteral("    ") + request.summary);
                    print(QJsonDocument(request.body).toJson(QJsonDocument::Indented));
                }
            }
        }
        return problems ? Problems : Success;
    }

    // The live run on one record: the published version, worked at once (core/engine/liverun.h).
    int testLive(const QString &id, const QString &objectId)
    {
        const ApiResult<LiveRun::Outcome> outcome = LiveRun(session()).run(id, objectId);
        if (!outcome)
            throw UsageError{outcome.reason()};
        QJsonArray out;
        for (const ActionRunRow &run : outcome->actions) {
            out.append(actionRunJson(run));
            if (!json())
                printLine(run.status == ActionStatus::Done
                              ? CliTr::tr("Action %1: created %2 %3 (id %4)").arg(run.actionId, run.documentType, run.documentNumber, run.documentId)
                              : CliTr::tr("Action %1: %2 — %3").arg(run.actionId, actionStatusKey(run.status), run.errorReason));
        }
        if (json())
            printJson(QJsonObject{{QStringLiteral("enrollment"), outcome->enrollment.enrollmentNo},
                                  {QStringLiteral("actions"), out}});
        return outcome->incomplete() ? Problems : Success;
    }

    // Where the person opens a document in QuickBooks (core/engine/documentlink.h).
    QString documentLink(const ActionRunRow &run)
    {
        const Result<Connection> company = store().connection(run.connectionId);
        if (!company)
            return {};
        return quickBooksDocumentLink(*company, run.documentType, run.documentId).toString();
    }

    QJsonObject actionRunJson(const ActionRunRow &run)
    {
        QJsonObject o{{QStringLiteral("id"), run.id},
                      {QStringLiteral("actionId"), run.actionId},
                      {QStringLiteral("status"), actionStatusKey(run.status)},
                      {QStringLiteral("attempts"), run.attempts}};
        if (!run.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(run.notes));
        if (!run.documentId.isEmpty()) {
            QJsonObject document{{QStringLiteral("type"), run.documentType},
                                 {QStringLiteral("id"), run.documentId},
                                 {QStringLiteral("number"), run.documentNumber}};
            if (const QString link = documentLink(run); !link.isEmpty())
                document.insert(QStringLiteral("link"), link);
            o.insert(QStringLiteral("document"), document);
        }
        if (!run.errorReason.isEmpty())
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("class"), run.errorClass},
                                                          {QStringLiteral("reason"), run.errorReason}});
        if (run.nextAttemptAt.isValid())
            o.insert(QStringLiteral("nextAttemptAt"), run.nextAttemptAt.toString(Qt::ISODate));
        return o;
    }

    // history [--workflow ID] [--csv]
    int history()
    {
        expectArgs(0, 0, QStringLiteral("history [--workflow ID] [--csv]"));
        const QString workflow = m_parser.isSet(QStringLiteral("workflow"))
                                     ? resolveId(m_parser.value(QStringLiteral("workflow")))
                                     : QString();
        if (m_parser.isSet(QStringLiteral("csv"))) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                throw UsageError{CliTr::tr("cannot write to standard output")};
            need(store().writeHistoryCsv(workflow, out));
            return Success;
        }
        const QVector<HistoryEntry> entries = m_parser.isSet(QStringLiteral("needs-review"))
                                                  ? need(store().needsReview())
                                                  : need(store().history(workflow));
        if (json()) {
            QJsonArray out;
            for (const HistoryEntry &entry : entries) {
                QJsonArray actions;
                for (const ActionRunRow &run : entry.actions)
                    actions.append(actionRunJson(run));
                out.append(QJsonObject{{QStringLiteral("workflowId"), entry.enrollment.workflowId},
                                       {QStringLiteral("version"), entry.enrollment.version},
                                       {QStringLiteral("objectType"), objectTypeKey(entry.enrollment.objectType)},
                                       {QStringLiteral("objectId"), entry.enrollment.objectId},
                                       {QStringLiteral("enrollment"), entry.enrollment.enrollmentNo},
                                       {QStringLiteral("enrolledAt"), entry.enrollment.enrolledAt.toString(Qt::ISODate)},
                                       {QStringLiteral("actions"), actions}});
            }
            printJson(out);
            return Success;
        }
        if (entries.isEmpty())
            printLine(CliTr::tr("Nothing has run yet."));
        for (const HistoryEntry &entry : entries) {
            printLine(QStringLiteral("%1  %2 %3 #%4  v%5")
                          .arg(entry.enrollment.enrolledAt.toLocalTime().toString(Qt::ISODate),
                               objectTypeKey(entry.enrollment.objectType), entry.enrollment.objectId)
                          .arg(entry.enrollment.enrollmentNo)
                          .arg(entry.enrollment.version));
            for (const ActionRunRow &run : entry.actions) {
                QString line = QStringLiteral("    %1  %2").arg(run.actionId, actionStatusKey(run.status));
                if (!run.documentId.isEmpty())
                    line += QStringLiteral("  %1 %2 (id %3)").arg(run.documentType, run.documentNumber, run.documentId);
                if (!run.errorReason.isEmpty())
                    line += QStringLiteral("  ") + run.errorReason;
                printLine(line);
            }
        }
        return Success;
    }

    // retry RUN_ID: a failed action (Needs review) is tried again now, after its cause was fixed.
    int retry()
    {
        expectArgs(1, 1, QStringLiteral("retry ACTION_RUN_ID (see history --needs-review --json)"));
        bool ok = false;
        const qint64 id = m_args.first().toLongLong(&ok);
        if (!ok)
            throw UsageError{CliTr::tr("retry: give the action run's id (a number)")};
        need(store().retryActionRun(id));
        Executor executor(session());
        need(executor.runOne(id));
        const ActionRunRow run = need(store().actionRun(id));
        if (json())
            printJson(actionRunJson(run));
        else
            printLine(run.status == ActionStatus::Done
                          ? CliTr::tr("Done: %1 %2 (id %3).").arg(run.documentType, run.documentNumber, run.documentId)
                          : CliTr::tr("%1: %2").arg(actionStatusKey(run.status), run.errorReason));
        return run.status == ActionStatus::Done ? Success : Problems;
    }

    QCommandLineParser &m_parser;
    QStringList m_args;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<NetworkTransport> m_network;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<RateLimitedTransport> m_transport;
    SystemClock m_clock;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<RunSession> m_session;
};

} // namespace

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliTr::tr(
        "Bookflow on the command line: manage workflows that turn HubSpot records into "
        "QuickBooks documents.\n\n"
        "Commands:\n"
        "  import FILE [--connection ID]   add a workflow file as a new draft\n"
        "  export ID [FILE] [--published N]  write the draft (or published version N) as a workflow file\n"
        "  list                            list the workflows\n"
        "  show ID [--published N]           describe a workflow (--json: the workflow file)\n"
        "  validate ID                     review the draft; exit 1 on errors\n"
        "  publish ID                      review, then freeze the draft as the next version\n"
        "  on ID | off ID                  turn a published workflow on or off\n"
        "  connect sandbox --url URL       connect HubSpot and every QuickBooks company of a Bookflow sandbox\n"
        "  connect hubspot|quickbooks [--environment E] [--private-app]\n"
        "                                  connect a real account (approve in the browser)\n"
        "  app hubspot|quickbooks --client-id ID [--redirect-uri URI] [--environment E]\n"
        "                                  save an app's credentials (client secret on standard input)\n"
        "  connections [--check]           list the connections and their state (--check asks the providers)\n"
        "  disconnect ID                   revoke a connection's sign-in and forget it\n"
        "  publish ID [--enroll-existing yes|no]  also decide what records already meeting the triggers do\n"
        "  test ID --record OBJECT_ID [--live]  dry run on a record (nothing written); --live runs it for real\n"
        "  run [--once]                    poll, enroll and send what is due (once, or every minute)\n"
        "  history [--workflow ID] [--csv] [--needs-review]  the run history\n"
        "  retry ACTION_RUN_ID             try a failed action again (after fixing its cause)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"), CliTr::tr("Keep the database in DIR."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("secrets"),
                      CliTr::tr("Where secrets are kept: keychain (default), file or memory."),
                      QStringLiteral("keychain|file|memory"), QStringLiteral("keychain")});
    parser.addOption({QStringLiteral("json"), CliTr::tr("Print one JSON document on stdout.")});
    parser.addOption({QStringLiteral("connection"),
                      CliTr::tr("import: the QuickBooks connection for every action."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("url"), CliTr::tr("connect: the sandbox's (or HubSpot API's) address."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("environment"),
                      CliTr::tr("connect, app: sandbox or production (default)."), QStringLiteral("E")});
    parser.addOption({QStringLiteral("private-app"),
                      CliTr::tr("connect hubspot: use a private app's access token (read from standard input).")});
    parser.addOption({QStringLiteral("client-id"), CliTr::tr("app: the OAuth client ID."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("redirect-uri"),
                      CliTr::tr("app: the redirect URI registered with the provider."), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("enroll-existing"),
                      CliTr::tr("publish, on: whether records already meeting the triggers enroll (yes|no)."),
                      QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("record"), CliTr::tr("test: the HubSpot record id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("live"), CliTr::tr("test: run the actions for real on that record.")});
    parser.addOption({QStringLiteral("once"), CliTr::tr("run: one pass, then exit.")});
    parser.addOption({QStringLiteral("workflow"), CliTr::tr("history: only this workflow."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("csv"), CliTr::tr("history: CSV instead of text or JSON.")});
    parser.addOption({QStringLiteral("needs-review"), CliTr::tr("history: only enrollments with a failed action.")});
    parser.addOption({QStringLiteral("check"), CliTr::tr("connections: ask each provider whether the sign-in still works.")});
    parser.addOption({QStringLiteral("published"), CliTr::tr("export, show: a published version number."),
                      QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("command"), CliTr::tr("What to do (see above)."));

    QTextStream err(stderr);
    const auto fail = [&err](const QString &reason) {
        err << "bookflow-cli: " << reason << '\n';
        err.flush();
        return int(BadInput);
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const QString secrets = parser.value(QStringLiteral("secrets"));
    if (secrets != QLatin1String("keychain") && secrets != QLatin1String("file") &&
        secrets != QLatin1String("memory"))
        return fail(CliTr::tr("--secrets must be keychain, file or memory"));
    if (parser.positionalArguments().isEmpty())
        return fail(CliTr::tr("no command given (try --help)"));

    try {
        Cli cli(parser, parser.positionalArguments());
        return cli.run();
    } catch (const UsageError &e) {
        return fail(e.reason);
    }
}

} // namespace bookflow
