// bookflow: the desktop application. `--screenshot FILE` renders the main window once it has been
// shown and painted, saves it as PNG, prints the window title and exits — for tests and for the
// README's pictures.
#include "app/demo/demomode.h"
#include "core/auth/secretstore.h"
#include "core/store/store.h"
#include "core/util/tr.h"
#include "ui/app/desktopapp.h"
#include "ui/app/singleinstance.h"
#include "ui/icons.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int ExitFailed = 1;
constexpr int ExitBadUsage = 2;

// One line on stderr, prefixed with the program's name, for scripts and terminals.
void complain(const QString &message)
{
    std::fprintf(stderr, "bookflow: %s\n", qUtf8Printable(message));
}

// Waits for the first paint of the window, then grabs it on the next turn of the event loop
// (when the children have painted too) and quits.
// With the demo workspace, it waits as well until the demo accounts are connected (or failed to),
// so the picture shows the workspace a person gets.
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(QWidget *window, const QString &path, bookflow::DemoMode *demo)
        : QObject(window), m_path(path), m_window(window), m_ready(demo == nullptr)
    {
        window->installEventFilter(this);
        if (demo) {
            const auto ready = [this] {
                m_ready = true;
                if (m_painted)
                    QTimer::singleShot(0, this, [this] { take(m_window); });
            };
            QObject::connect(demo, &bookflow::DemoMode::connected, this, ready);
            QObject::connect(demo, &bookflow::DemoMode::failed, this, ready);
        }
        // A window that never paints (no display, a broken platform plugin) must not hang a test.
        QTimer::singleShot(30000, this, [] {
            complain(bookflow::Tr::tr("the window was not painted within 30 s; no screenshot "
                                      "was taken"));
            QCoreApplication::exit(ExitFailed);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && watched == m_window) {
            m_painted = true;
            if (m_ready)
                QTimer::singleShot(0, this, [this] { take(m_window); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void take(QWidget *window)
    {
        if (m_taken)
            return;
        m_taken = true;
        if (!window->grab().save(m_path, "PNG")) {
            complain(bookflow::Tr::tr("cannot write the screenshot to %1").arg(m_path));
            QCoreApplication::exit(ExitFailed);
            return;
        }
        std::printf("%s\n", qUtf8Printable(window->windowTitle()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    QString m_path;
    QWidget *m_window;
    bool m_ready;
    bool m_painted = false;
    bool m_taken = false;
};

// For `make bench` (issue 10's cold start): with BOOKFLOW_REPORT_FIRST_PAINT set, the first paint
// of the main window prints "first paint N ms" (N from the start of main()) and quits.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QWidget *window, const QElapsedTimer &started)
        : QObject(window), m_window(window), m_started(started)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_window && !m_done) {
            m_done = true;
            std::printf("first paint %lld ms\n", static_cast<long long>(m_started.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QElapsedTimer m_started;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bookflow"));
    QApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QApplication::setApplicationVersion(QStringLiteral(BOOKFLOW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("bookflow"));
    QApplication::setWindowIcon(bookflow::icon(QStringLiteral("bookflow")));

    // Translations before anything shows text, the command-line help included: the language
    // chosen in Settings, or the system's.
    bookflow::installUiLanguage();

    using bookflow::Tr;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("HubSpot to QuickBooks Online workflows."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           Tr::tr("Folder of the Bookflow database (default: %1).")
                                               .arg(bookflow::Store::defaultDataDir()),
                                           Tr::tr("DIR"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Tr::tr("Start the demo workspace even when real accounts are connected (it starts by "
               "itself when none are)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Save a PNG of the main window to FILE, print its title and quit."), Tr::tr("FILE"));
    const QCommandLineOption secretsOption(
        QStringLiteral("secrets"),
        Tr::tr("Where sign-ins are kept: keychain (the default), file or memory."),
        Tr::tr("BACKEND"), QStringLiteral("keychain"));
    const QCommandLineOption backgroundOption(
        QStringLiteral("background"),
        Tr::tr("Start without opening the window (at login): workflows that are on run, and the "
               "tray icon or starting Bookflow again opens it."));
    parser.addOptions(
        {dataDirOption, demoOption, screenshotOption, secretsOption, backgroundOption});
    // parse(), not process(): bad usage exits 2 with one line on stderr (the project's contract).
    if (!parser.parse(app.arguments())) {
        complain(parser.errorText());
        return ExitBadUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        complain(Tr::tr("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));
        return ExitBadUsage;
    }
    if (parser.isSet(screenshotOption) && parser.value(screenshotOption).isEmpty()) {
        complain(Tr::tr("--screenshot needs a file name"));
        return ExitBadUsage;
    }

    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : bookflow::Store::defaultDataDir();
    // One Bookflow per data folder: a second launch shows the running one's window and ends.
    // Screenshots are taken by a process of their own and never meet the running one.
    bookflow::SingleInstance instance(dataDir);
    if (!parser.isSet(screenshotOption)) {
        if (instance.askRunningToShow()) {
            std::printf("%s\n", qUtf8Printable(Tr::tr("Bookflow is already running on %1; its "
                                                      "window was brought to the front.")
                                                   .arg(QDir::toNativeSeparators(dataDir))));
            return 0;
        }
        QString error;
        if (!instance.listen(&error))
            complain(Tr::tr("a second Bookflow could start on the same data folder: %1").arg(error));
    }
    bookflow::MainWindow window(dataDir);
    // The window shows the store's problem by itself; everything else needs the store.
    std::unique_ptr<bookflow::DesktopApp> desktop;
    std::unique_ptr<bookflow::DemoMode> demo;
    if (window.store()) {
        bookflow::Result<std::unique_ptr<bookflow::SecretStore>> secrets =
            bookflow::SecretStore::create(parser.value(secretsOption), dataDir);
        if (!secrets) {
            complain(secrets.reason());
            return ExitBadUsage;
        }
        // With nothing but demo accounts the demo workspace starts, and the engine with it once
        // its accounts are connected; otherwise the engine starts at once (not for screenshots).
        const bool withDemo =
            parser.isSet(demoOption) || bookflow::DemoMode::wanted(*window.store());
        std::shared_ptr<bookflow::SecretStore> secretStore(std::move(secrets).value());
        // The demo signs in again at every start, so it needs no keychain: where none answers
        // (a bare machine, `xvfb-run make run` as root) and none was asked for, its sign-ins stay
        // in memory for this session instead of the demo failing. Real accounts still need one.
        if (withDemo && !parser.isSet(secretsOption) &&
            secretStore->backend() == bookflow::SecretStore::Backend::Keychain) {
            const bookflow::Result<std::optional<QString>> probe =
                secretStore->read(QStringLiteral("keychain-check"));
            if (!probe) {
                complain(Tr::tr("no keychain answers (%1); the demo keeps its sign-ins in memory "
                                "for this session. To connect real accounts, start Bookflow in "
                                "a desktop session with a keyring, or with --secrets file.")
                             .arg(probe.reason()));
                secretStore = std::shared_ptr<bookflow::SecretStore>(
                    bookflow::SecretStore::create(QStringLiteral("memory"), dataDir).value());
            }
        }
        desktop = std::make_unique<bookflow::DesktopApp>(
            window, secretStore, !withDemo && !parser.isSet(screenshotOption));
        if (withDemo) {
            demo = std::make_unique<bookflow::DemoMode>(window, *desktop);
            if (const bookflow::Status started = demo->start(); !started) {
                complain(started.reason());
                window.setEngineStatus(started.reason(), false);
                demo.reset();
            } else if (!demo->loadProblem().isEmpty()) {
                complain(demo->loadProblem());
                QMessageBox *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Demo data"),
                                                   demo->loadProblem(), QMessageBox::Ok, &window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::WindowModal);
                QTimer::singleShot(0, box, [box] { box->open(); });
            }
        }
    }
    QObject::connect(&instance, &bookflow::SingleInstance::showRequested, &window, [&] {
        if (desktop)
            desktop->showMainWindow();
        else
            window.show();
    });
    if (parser.isSet(screenshotOption))
        new ScreenshotTaker(&window, parser.value(screenshotOption), demo.get());
    if (qEnvironmentVariableIsSet("BOOKFLOW_REPORT_FIRST_PAINT"))
        new FirstPaintReporter(&window, started);
    // --background leaves the window closed only when something runs without it and there is a
    // way back to it (the tray, or starting Bookflow again).
    const bool hidden = parser.isSet(backgroundOption) && !parser.isSet(screenshotOption) &&
                        desktop && desktop->keepsRunningInBackground();
    if (hidden)
        QGuiApplication::setQuitOnLastWindowClosed(false);
    else
        window.show();
    const int code = app.exec();
    // The demo first (it stops the engine and the lanes, then writes the sandbox's records),
    // then the editors and lanes, before the window.
    demo.reset();
    desktop.reset();
    return code;
}
