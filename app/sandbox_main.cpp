// bookflow-sandbox: the HubSpot and QuickBooks peers on one loopback port, for tests, scripts
// and the demo. Contract (ARCHITECTURE.md "Command-line contract"): the first stdout line is
// "listening on http://127.0.0.1:PORT"; bad usage exits 2 with a one-line reason on stderr.
#include "app/sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>

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
        QStringLiteral("limits"), QStringLiteral("Enforce the real rate limits: off or real."),
        QStringLiteral("off|real"), QStringLiteral("off"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Delay every reply by MS milliseconds."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({portOption, dataOption, seedOption, limitsOption, latencyOption});

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

    if (parser.isSet(seedOption)) {
        static const QRegularExpression large(QStringLiteral("^large:([0-9]+)$"));
        const QString seed = parser.value(seedOption);
        const QRegularExpressionMatch match = large.match(seed);
        const int count = match.hasMatch() ? match.captured(1).toInt(&ok) : 0;
        if (seed != QLatin1String("demo") && (!match.hasMatch() || !ok || count < 1))
            return badUsage(
                QStringLiteral(
                    "--seed must be demo or large:N with N a positive number, not \"%1\"")
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

    // The options below are part of the contract already; the behaviour behind them comes with
    // the HubSpot and QuickBooks halves. Say so, so nobody trusts a setting that does nothing.
    for (const QCommandLineOption &option : {dataOption, seedOption, limitsOption, latencyOption}) {
        if (parser.isSet(option))
            std::fprintf(stderr, "bookflow-sandbox: note: --%s is accepted but not used yet\n",
                         qUtf8Printable(option.names().constFirst()));
    }

    if (!installQuitOnSignals(app)) {
        std::fprintf(stderr, "bookflow-sandbox: cannot install signal handlers\n");
        return ExitFailed;
    }

    bookflow::sandbox::SandboxServer server;
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "bookflow-sandbox: %s\n", qUtf8Printable(server.errorString()));
        return ExitFailed;
    }
    // Flushed at once: callers block on this line to learn the port (stdout is a pipe for them,
    // hence fully buffered by default).
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);

    return app.exec();
}
