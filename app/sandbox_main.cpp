// bookflow-sandbox: the HubSpot and QuickBooks peers on one loopback port, for tests, scripts
// and the demo. Contract (ARCHITECTURE.md "Command-line contract"): the first stdout line is
// "listening on http://127.0.0.1:PORT"; bad usage exits 2 with a one-line reason on stderr.
#include "app/sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int ExitBadUsage = 2;
constexpr int ExitFailed = 1;

int badUsage(const QString &reason)
{
    std::fprintf(stderr, "bookflow-sandbox: %s\n", qUtf8Printable(reason));
    return ExitBadUsage;
}

// SIGTERM/SIGINT end the event loop through a self-pipe, so the server closes its sockets and
// the process exits 0 — a script or test can tell a clean stop from a crash.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; a full pipe just means a quit is already pending.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

bool installQuitOnSignals(QCoreApplication &app)
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        while (::read(signalPipe[0], &byte, 1) > 0) {
        }
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

// Reads a state file written by saveState(). A file that cannot be read or parsed is left as it
// is: the reason goes to the caller, who refuses to start (exit 2) rather than overwrite it.
bool loadState(bookflow::sandbox::SandboxServer &server, const QString &fileName, QString *reason)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = QStringLiteral("not JSON (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *reason = QStringLiteral("not a JSON object");
        return false;
    }
    return server.loadState(document.object(), reason);
}

// Written whole or not at all (QSaveFile renames over the old file only after a full write).
bool saveState(const bookflow::sandbox::SandboxServer &server, const QString &fileName,
               QString *reason)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = file.errorString();
        return false;
    }
    // A short write (a full disk) must stop the commit: QSaveFile would rename what it has.
    const QByteArray bytes = QJsonDocument(server.saveState()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size()) {
        *reason =
            file.error() == QFileDevice::NoError ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bookflow-sandbox"));
    QCoreApplication::setApplicationVersion(
        QString::fromLatin1(bookflow::sandbox::SandboxServer::Version));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local HubSpot and QuickBooks Online peer on 127.0.0.1, for tests and the demo."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("File that keeps the sandbox's records."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Records to start with: demo or large:N."),
                                        QStringLiteral("demo|large:N"));
    const QCommandLineOption limitsOption(
        QStringLiteral("limits"),
        QStringLiteral("Enforce both providers' real rate limits: off or real."),
        QStringLiteral("off|real"), QStringLiteral("off"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Delay every reply by MS milliseconds."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"),
        QStringLiteral(
            "Serve the admin endpoints under /_sandbox/ (reset, faults, clock, tokens)."));
    parser.addOptions(
        {portOption, dataOption, seedOption, limitsOption, latencyOption, adminOption});

    // parse() rather than process(): process() exits 1 on bad usage, the contract says 2.
    if (!parser.parse(app.arguments()))
        return badUsage(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return badUsage(QStringLiteral("unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return badUsage(QStringLiteral("--port must be a number from 0 to 65535, not \"%1\"")
                            .arg(parser.value(portOption)));

    if (parser.isSet(dataOption) && parser.value(dataOption).isEmpty())
        return badUsage(QStringLiteral("--data needs a file name"));

    // --seed demo: the demo companies and the demo portal (what the server starts with);
    // large:N: the demo plus N generated HubSpot deals with contacts and line items.
    int largeDeals = 0;
    if (parser.isSet(seedOption)) {
        static const QRegularExpression large(QStringLiteral("^large:([0-9]+)$"));
        const QString seed = parser.value(seedOption);
        const QRegularExpressionMatch match = large.match(seed);
        largeDeals = match.hasMatch() ? match.captured(1).toInt(&ok) : 0;
        if (seed != QLatin1String("demo") &&
            (!match.hasMatch() || !ok || largeDeals < 1 || largeDeals > 1000000))
            return badUsage(QStringLiteral("--seed must be demo or large:N with N from 1 to "
                                           "1000000, not \"%1\"")
                                .arg(seed));
    }

    const QString limits = parser.value(limitsOption);
    if (limits != QLatin1String("off") && limits != QLatin1String("real"))
        return badUsage(QStringLiteral("--limits must be off or real, not \"%1\"").arg(limits));

    const int latency = parser.value(latencyOption).toInt(&ok);
    if (!ok || latency < 0)
        return badUsage(QStringLiteral("--latency must be a whole number of milliseconds ≥ 0, "
                                       "not \"%1\"")
                            .arg(parser.value(latencyOption)));

    if (!installQuitOnSignals(app)) {
        std::fprintf(stderr, "bookflow-sandbox: cannot install signal handlers\n");
        return ExitFailed;
    }

    bookflow::sandbox::SandboxServer server; // starts with the demo companies and portal
    bookflow::sandbox::SandboxSettings settings = server.settings();
    settings.limits.enabled = limits == QLatin1String("real");
    settings.latencyMs = latency;
    server.setSettings(settings);
    server.setAdminEnabled(parser.isSet(adminOption));

    const QString dataFile = parser.value(dataOption);
    bool loaded = false;
    if (!dataFile.isEmpty() && QFileInfo::exists(dataFile)) {
        QString reason;
        if (!loadState(server, dataFile, &reason))
            return badUsage(QStringLiteral("cannot load %1: %2").arg(dataFile, reason));
        loaded = true;
    }
    if (parser.isSet(seedOption) && loaded)
        std::fprintf(stderr, "bookflow-sandbox: note: --seed is ignored, the state comes from %s\n",
                     qUtf8Printable(dataFile));
    else if (largeDeals > 0)
        server.seedHubSpotLarge(largeDeals); // QuickBooks has only the demo

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "bookflow-sandbox: %s\n", qUtf8Printable(server.errorString()));
        return ExitFailed;
    }
    // Flushed at once: callers block on this line to learn the port (stdout is a pipe for them,
    // hence fully buffered by default).
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);

    const int status = app.exec();
    if (!dataFile.isEmpty()) {
        QString reason;
        if (!saveState(server, dataFile, &reason)) {
            std::fprintf(stderr, "bookflow-sandbox: cannot save %s: %s\n", qUtf8Printable(dataFile),
                         qUtf8Printable(reason));
            return ExitFailed;
        }
    }
    return status;
}
