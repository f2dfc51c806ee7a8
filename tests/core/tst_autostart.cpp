// "Start Bookflow at login" as files: the XDG autostart entry under a temporary XDG_CONFIG_HOME
// (set before anything reads it), its exact text, Exec= quoting by the Desktop Entry
// Specification, on and off, entries others turned off, and a folder that cannot be written.
#include "core/platform/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bookflow;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

public:
    explicit TestAutostart(const QString &configHome) : m_configHome(configHome) {}

private Q_SLOTS:
    void init();
    void entryLivesInXdgConfigHome();
    void entryDefaultsToDotConfig();
    void enableWritesTheEntry();
    void enableReplacesAnOlderEntry();
    void execValueQuotesAsTheSpecificationSays_data();
    void execValueQuotesAsTheSpecificationSays();
    void disableRemovesTheEntry();
    void entriesTurnedOffElsewhereCountAsOff_data();
    void entriesTurnedOffElsewhereCountAsOff();
    void aFolderThatCannotBeWrittenIsReported();
    void writtenEntryPassesDesktopFileValidate();

private:
    QString autostartDir() const { return m_configHome + QStringLiteral("/autostart"); }
    QString entryFile() const { return autostartDir() + QStringLiteral("/bookflow.desktop"); }

    QString m_configHome;
};

void TestAutostart::init()
{
    // Each test starts with no autostart folder at all.
    const QFileInfo folder(autostartDir());
    if (folder.isDir())
        QVERIFY(QDir(autostartDir()).removeRecursively());
    else if (folder.exists())
        QVERIFY(QFile::remove(autostartDir()));
}

void TestAutostart::entryLivesInXdgConfigHome()
{
    QCOMPARE(Autostart::entryPath(), entryFile());
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::entryDefaultsToDotConfig()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray savedHome = qgetenv("HOME");
    const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    const QString path = Autostart::entryPath();
    qputenv("HOME", savedHome);
    qputenv("XDG_CONFIG_HOME", savedConfig);
    QCOMPARE(path, home.path() + QStringLiteral("/.config/autostart/bookflow.desktop"));
    QCOMPARE(Autostart::entryPath(), entryFile()); // and back
}

void TestAutostart::enableWritesTheEntry()
{
    QVERIFY(!QFileInfo::exists(autostartDir()));
    const Status enabled = Autostart::enable(QStringLiteral("/usr/bin/bookflow"));
    QVERIFY2(enabled.ok(), qPrintable(enabled.reason()));
    QVERIFY(Autostart::isEnabled());

    const QStringList lines = QString::fromUtf8(readAll(entryFile())).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY(lines.contains(QStringLiteral("Name=Bookflow")));
    QVERIFY(lines.contains(QStringLiteral("Exec=/usr/bin/bookflow")));
    QVERIFY(lines.contains(QStringLiteral("TryExec=/usr/bin/bookflow")));
    QVERIFY(lines.contains(QStringLiteral("Icon=bookflow")));
    QVERIFY(lines.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));
    QVERIFY(lines.filter(QStringLiteral("Hidden")).isEmpty());
    QCOMPARE(readAll(entryFile()), Autostart::entryText(QStringLiteral("/usr/bin/bookflow"), {}));
}

void TestAutostart::enableReplacesAnOlderEntry()
{
    QVERIFY(QDir().mkpath(autostartDir()));
    QVERIFY(writeAll(entryFile(), "[Desktop Entry]\nType=Application\nExec=/old/place/bookflow\n"
                                  "Hidden=true\n"));
    QVERIFY(!Autostart::isEnabled());
    const Status enabled =
        Autostart::enable(QStringLiteral("/opt/Bookflow apps/bookflow"),
                          {QStringLiteral("--data-dir"), QStringLiteral("/home/kari/Books 2024")});
    QVERIFY2(enabled.ok(), qPrintable(enabled.reason()));
    QVERIFY(Autostart::isEnabled());
    const QByteArray text = readAll(entryFile());
    QVERIFY2(text.contains("\nExec=\"/opt/Bookflow apps/bookflow\" --data-dir "
                           "\"/home/kari/Books 2024\"\n"),
             text.constData());
    QVERIFY(!text.contains("/old/place"));
    QVERIFY(!text.contains("Hidden"));
    // Written whole, with nothing left beside it (QSaveFile's temporary file is gone).
    QCOMPARE(QDir(autostartDir()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("bookflow.desktop")});
}

void TestAutostart::execValueQuotesAsTheSpecificationSays_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/bookflow") << QStringList()
                           << QStringLiteral("/usr/bin/bookflow");
    QTest::newRow("plain arguments")
        << QStringLiteral("/usr/bin/bookflow")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/srv/books")}
        << QStringLiteral("/usr/bin/bookflow --data-dir /srv/books");
    QTest::newRow("space") << QStringLiteral("/home/kari/My Apps/bookflow") << QStringList()
                           << QStringLiteral("\"/home/kari/My Apps/bookflow\"");
    // Inside quotes `$` takes a backslash; that backslash is then escaped as a string value.
    QTest::newRow("dollar") << QStringLiteral("/opt/a$b/bookflow") << QStringList()
                            << QStringLiteral("\"/opt/a\\\\$b/bookflow\"");
    // A literal backslash: one for the quoting, doubled by the string escape → four.
    QTest::newRow("backslash") << QStringLiteral("/opt/a\\b/bookflow") << QStringList()
                               << QStringLiteral("\"/opt/a\\\\\\\\b/bookflow\"");
    QTest::newRow("double quote") << QStringLiteral("/opt/say \"hi\"/bookflow") << QStringList()
                                  << QStringLiteral("\"/opt/say \\\\\"hi\\\\\"/bookflow\"");
    // "%" would start a field code such as %U.
    QTest::newRow("percent") << QStringLiteral("/opt/100%/bookflow") << QStringList()
                             << QStringLiteral("/opt/100%%/bookflow");
    QTest::newRow("empty argument") << QStringLiteral("/usr/bin/bookflow") << QStringList{QString()}
                                    << QStringLiteral("/usr/bin/bookflow \"\"");
}

void TestAutostart::execValueQuotesAsTheSpecificationSays()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::execValue(program, arguments), exec);
}

void TestAutostart::disableRemovesTheEntry()
{
    // Nothing to remove is not a failure.
    Status disabled = Autostart::disable();
    QVERIFY2(disabled.ok(), qPrintable(disabled.reason()));

    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/bookflow")).ok());
    QVERIFY(QFileInfo::exists(entryFile()));
    disabled = Autostart::disable();
    QVERIFY2(disabled.ok(), qPrintable(disabled.reason()));
    QVERIFY(!QFileInfo::exists(entryFile()));
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::entriesTurnedOffElsewhereCountAsOff_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("ours") << QByteArray("[Desktop Entry]\nType=Application\nExec=bookflow\n")
                          << true;
    QTest::newRow("hidden") << QByteArray("[Desktop Entry]\nExec=bookflow\nHidden=true\n") << false;
    QTest::newRow("gnome off")
        << QByteArray("[Desktop Entry]\nExec=bookflow\nX-GNOME-Autostart-enabled=false\n") << false;
    // Keys of another group are not the entry's.
    QTest::newRow("hidden elsewhere")
        << QByteArray("[Desktop Entry]\nExec=bookflow\n[Desktop Action x]\nHidden=true\n") << true;
}

void TestAutostart::entriesTurnedOffElsewhereCountAsOff()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, enabled);
    QVERIFY(QDir().mkpath(autostartDir()));
    QVERIFY(writeAll(entryFile(), text));
    QCOMPARE(Autostart::isEnabled(), enabled);
}

void TestAutostart::aFolderThatCannotBeWrittenIsReported()
{
    // A file where the autostart folder should be: mkpath fails whoever runs the test (root
    // included, whom permissions would not stop).
    QVERIFY(writeAll(autostartDir(), "not a folder"));
    const Status enabled = Autostart::enable(QStringLiteral("/usr/bin/bookflow"));
    QVERIFY(!enabled.ok());
    QVERIFY2(enabled.reason().contains(autostartDir()), qPrintable(enabled.reason()));
    QVERIFY2(enabled.reason().contains(QStringLiteral("login")), qPrintable(enabled.reason()));
    QVERIFY(!Autostart::isEnabled());
    QCOMPARE(readAll(autostartDir()), QByteArray("not a folder"));
}

void TestAutostart::writtenEntryPassesDesktopFileValidate()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils; "
              "make test installs it)");
    QVERIFY(Autostart::enable(QStringLiteral("/opt/My $Apps/100%/bookflow"),
                              {QStringLiteral("--data-dir"), QStringLiteral("/srv/a \"b\"\\c")})
                .ok());
    QProcess process;
    process.start(validator, {entryFile()});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             out.constData());
    QVERIFY2(!out.contains("error:") && !out.contains("warning:"), out.constData());
}

// XDG_CONFIG_HOME is set before the application object exists, so nothing can have read (or
// cached) the real one first, and no test touches the person's own ~/.config.
int main(int argc, char **argv)
{
    QTemporaryDir configHome;
    if (!configHome.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    QCoreApplication app(argc, argv);
    TestAutostart test(configHome.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autostart.moc"
