// bookflow: the desktop application. `--screenshot FILE` renders the main window once it has been
// shown and painted, saves it as PNG, prints the window title and exits — for tests and for the
// README's pictures.
#include "core/auth/secretstore.h"
#include "core/store/store.h"
#include "core/util/tr.h"
#include "ui/app/desktopapp.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

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
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(QWidget *window, const QString &path) : QObject(window), m_path(path)
    {
        window->installEventFilter(this);
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
        if (event->type() == QEvent::Paint && !m_scheduled) {
            m_scheduled = true;
            QTimer::singleShot(0, this, [this, watched] { take(static_cast<QWidget *>(watched)); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void take(QWidget *window)
    {
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
    bool m_scheduled = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bookflow"));
    QApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QApplication::setApplicationVersion(QStringLiteral(BOOKFLOW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("bookflow"));
    QApplication::setWindowIcon(bookflow::icon(QStringLiteral("bookflow")));

    // Translations before anything shows text, the command-line help included. A missing
    // translation (English, the C locale) leaves the source strings, which are English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator bookflowTranslator;
    if (bookflowTranslator.load(QLocale(), QStringLiteral("bookflow"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&bookflowTranslator);

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
        QStringLiteral("demo"), Tr::tr("Use the demo workspace when nothing is connected."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Save a PNG of the main window to FILE, print its title and quit."), Tr::tr("FILE"));
    const QCommandLineOption secretsOption(
        QStringLiteral("secrets"),
        Tr::tr("Where sign-ins are kept: keychain (the default), file or memory."),
        Tr::tr("BACKEND"), QStringLiteral("keychain"));
    parser.addOptions({dataDirOption, demoOption, screenshotOption, secretsOption});
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
    // --demo is part of the command line already; the demo workspace arrives with the sandbox's
    // HubSpot and QuickBooks halves, and until then the option changes nothing.

    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : bookflow::Store::defaultDataDir();
    bookflow::MainWindow window(dataDir);
    // The window shows the store's problem by itself; everything else needs the store.
    std::unique_ptr<bookflow::DesktopApp> desktop;
    if (window.store()) {
        bookflow::Result<std::unique_ptr<bookflow::SecretStore>> secrets =
            bookflow::SecretStore::create(parser.value(secretsOption), dataDir);
        if (!secrets) {
            complain(secrets.reason());
            return ExitBadUsage;
        }
        desktop = std::make_unique<bookflow::DesktopApp>(
            window, std::shared_ptr<bookflow::SecretStore>(std::move(secrets).value()),
            !parser.isSet(screenshotOption));
    }
    if (parser.isSet(screenshotOption))
        new ScreenshotTaker(&window, parser.value(screenshotOption));
    window.show();
    const int code = app.exec();
    desktop.reset(); // editors and lanes close before the window
    return code;
}
