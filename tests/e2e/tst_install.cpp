// What a person gets from `make install` and from the .deb (issue 8): `cmake --install` of this
// build tree into a throw-away DESTDIR with the prefix /usr, and the package CPack builds from it,
// unpacked with dpkg-deb. Both trees must hold the three programs (executable, and the installed
// bookflow-cli runs), the desktop entry whose Exec= and Icon= name what was installed, the app
// icon, a .qm for every translation, and the systemd user unit whose ExecStart is the installed
// bookflow-cli running without end (`run`, not `run --once`) and that systemd-analyze accepts.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

const QString Prefix = QStringLiteral("/usr");

struct Run
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n%2\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
        const QString &workingDirectory = QString())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    if (!process.waitForStarted(20000))
        return {-1, QByteArray(), process.errorString().toUtf8()};
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The keys of one group of a desktop entry or a systemd unit (the two share the ini-like shape;
// localized keys such as Name[nb] are kept under their full name). A key given twice keeps the
// last value, which is what both specifications mean by it.
QHash<QString, QString> group(const QString &path, const QString &name)
{
    QHash<QString, QString> keys;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    bool inGroup = false;
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1Char('[') + name + QLatin1Char(']');
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inGroup && equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

// "bookflow %U" → ["bookflow", "%U"]; enough for the commands written here (no quoting in them).
QStringList words(const QString &command)
{
    return command.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// The file a command's program names inside the tree `root`: an absolute path under root, or a
// bare name looked up in <prefix>/bin, the folder on PATH the desktop launches it from.
QString programInTree(const QString &root, const QString &program)
{
    if (QDir::isAbsolutePath(program))
        return root + program;
    return root + Prefix + QStringLiteral("/bin/") + program;
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// Every check of an installed tree rooted at `root` (DESTDIR, or where the .deb was unpacked).
void checkTree(const QString &root)
{
    const QString bin = root + Prefix + QStringLiteral("/bin/");
    for (const char *program : {"bookflow", "bookflow-cli", "bookflow-sandbox"}) {
        const QString path = bin + QString::fromLatin1(program);
        QVERIFY2(isExecutableFile(path),
                 qPrintable(path + QStringLiteral(" is not an executable file")));
    }
    // The installed program is a working one, not just a file with the right name.
    const Run version = run(bin + QStringLiteral("bookflow-cli"), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QVERIFY2(version.out.contains(BOOKFLOW_VERSION), qPrintable(version.describe()));

    // The desktop entry launches the installed GUI and shows the installed icon.
    const QString desktopFile =
        root + Prefix + QStringLiteral("/share/applications/bookflow.desktop");
    QVERIFY2(QFileInfo::exists(desktopFile), qPrintable(desktopFile));
    const QHash<QString, QString> entry = group(desktopFile, QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Bookflow"));
    const QStringList exec = words(entry.value(QStringLiteral("Exec")));
    QVERIFY2(!exec.isEmpty(), "the desktop entry has no Exec=");
    QCOMPARE(QFileInfo(exec.first()).fileName(), QStringLiteral("bookflow"));
    QVERIFY2(isExecutableFile(programInTree(root, exec.first())),
             qPrintable(QStringLiteral("Exec=%1 is not an installed program").arg(exec.first())));
    if (entry.contains(QStringLiteral("TryExec"))) {
        const QString tryExec = entry.value(QStringLiteral("TryExec"));
        QVERIFY2(isExecutableFile(programInTree(root, tryExec)), qPrintable(tryExec));
    }
    const QString iconName = entry.value(QStringLiteral("Icon"));
    QCOMPARE(iconName, QStringLiteral("bookflow"));
    const QString iconFile =
        root + Prefix + QStringLiteral("/share/icons/hicolor/scalable/apps/%1.svg").arg(iconName);
    QVERIFY2(QFileInfo::exists(iconFile), qPrintable(iconFile));
    // The app's own icon (the one the window shows), not a stand-in.
    QCOMPARE(readAll(iconFile),
             readAll(QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/icons/bookflow.svg")));

    // A .qm for each translation the project has (English and Norwegian at least), loadable.
    const QDir translations(root + Prefix + QStringLiteral("/share/bookflow/translations"));
    QStringList expected = QDir(QStringLiteral(BOOKFLOW_SOURCE_DIR "/translations"))
                               .entryList({QStringLiteral("*.ts")}, QDir::Files);
    expected.replaceInStrings(QRegularExpression(QStringLiteral("\\.ts$")), QStringLiteral(".qm"));
    QVERIFY(expected.contains(QStringLiteral("bookflow_en.qm")));
    QVERIFY(expected.contains(QStringLiteral("bookflow_nb.qm")));
    for (const QString &qm : std::as_const(expected)) {
        QTranslator translator;
        QVERIFY2(translator.load(translations.filePath(qm)),
                 qPrintable(translations.filePath(qm) +
                            QStringLiteral(" is missing or not a .qm file")));
    }

    // The systemd user unit runs the installed bookflow-cli, every minute until stopped.
    const QString unit = root + Prefix + QStringLiteral("/lib/systemd/user/bookflow.service");
    QVERIFY2(QFileInfo::exists(unit), qPrintable(unit));
    const QHash<QString, QString> service = group(unit, QStringLiteral("Service"));
    const QStringList execStart = words(service.value(QStringLiteral("ExecStart")));
    QCOMPARE(execStart.value(0), Prefix + QStringLiteral("/bin/bookflow-cli"));
    QVERIFY2(isExecutableFile(root + execStart.value(0)), qPrintable(execStart.value(0)));
    QCOMPARE(execStart.mid(1), QStringList{QStringLiteral("run")});
    QCOMPARE(group(unit, QStringLiteral("Install")).value(QStringLiteral("WantedBy")),
             QStringLiteral("default.target"));
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installTreeHoldsEverything();
    void desktopEntryIsValid();
    void systemdAcceptsTheUnit();
    void debHoldsEverything();

private:
    QTemporaryDir m_destDir;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_destDir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), m_destDir.path());
    const Run install = run(QStringLiteral(BOOKFLOW_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(BOOKFLOW_BINARY_DIR),
                             QStringLiteral("--prefix"), Prefix},
                            environment);
    QVERIFY2(install.exitCode == 0, qPrintable(install.describe()));
}

void TestInstall::installTreeHoldsEverything()
{
    checkTree(m_destDir.path());
    if (QTest::currentTestFailed())
        return;
    // DESTDIR is a staging root: nothing may land outside <DESTDIR>/usr.
    QCOMPARE(QDir(m_destDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("usr")});
}

void TestInstall::desktopEntryIsValid()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils; "
              "make test installs it)");
    const Run validated = run(validator, {m_destDir.path() + Prefix +
                                          QStringLiteral("/share/applications/bookflow.desktop")});
    // It exits 0 with hints on stdout for style matters; errors and warnings fail the entry.
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.describe()));
    QVERIFY2(!validated.out.contains("error:") && !validated.out.contains("warning:"),
             qPrintable(validated.describe()));
}

void TestInstall::systemdAcceptsTheUnit()
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (Debian package systemd)");
    // The user manager it starts for the check wants a runtime folder of its own.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QVERIFY(QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const QString unit =
        m_destDir.path() + Prefix + QStringLiteral("/lib/systemd/user/bookflow.service");
    const Run verified = run(analyze, {QStringLiteral("--user"), QStringLiteral("verify"), unit},
                             environment, runtime.path());
    const QString output = QString::fromUtf8(verified.out + verified.err);
    if (output.contains(QStringLiteral("Failed to initialize manager")))
        QSKIP(qPrintable(QStringLiteral("systemd-analyze cannot run here: ") + output.trimmed()));
    // Every complaint fails the unit (an unknown key, a bad value), except the one about
    // /usr/bin/bookflow-cli itself, which is only in DESTDIR until the package is installed.
    QStringList complaints = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    complaints.removeAll(QStringLiteral("bookflow.service: Command %1/bin/bookflow-cli is not "
                                        "executable: No such file or directory")
                             .arg(Prefix));
    QVERIFY2(complaints.isEmpty(), qPrintable(output));
}

void TestInstall::debHoldsEverything()
{
    const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (dpkgDeb.isEmpty())
        QSKIP("dpkg-deb is not installed (Debian package dpkg)");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    // -B: the package and CPack's staging folder go to the temporary folder, not the build tree.
    const Run cpack = run(QStringLiteral(BOOKFLOW_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(BOOKFLOW_BINARY_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-B"), work.path()},
                          QProcessEnvironment::systemEnvironment(), work.path());
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.describe()));
    const QStringList debs =
        QDir(work.path()).entryList({QStringLiteral("bookflow_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = QDir(work.path()).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("bookflow_" BOOKFLOW_VERSION "_")),
             qPrintable(debs.first()));

    // The listing names every installed path, the programs executable.
    const Run listing = run(dpkgDeb, {QStringLiteral("-c"), deb});
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.describe()));
    QHash<QString, QString> modes; // path → "-rwxr-xr-x"
    for (const QString &line : QString::fromUtf8(listing.out).split(QLatin1Char('\n'))) {
        const QStringList fields = words(line);
        if (fields.size() >= 6)
            modes.insert(fields.last(), fields.first());
    }
    for (const char *program : {"bookflow", "bookflow-cli", "bookflow-sandbox"}) {
        const QString path = QStringLiteral("./usr/bin/") + QString::fromLatin1(program);
        QVERIFY2(modes.value(path).startsWith(QStringLiteral("-rwxr-xr-x")),
                 qPrintable(path + QStringLiteral(": ") + modes.value(path)));
    }
    for (const char *path : {"./usr/share/applications/bookflow.desktop",
                             "./usr/share/icons/hicolor/scalable/apps/bookflow.svg",
                             "./usr/share/bookflow/translations/bookflow_en.qm",
                             "./usr/share/bookflow/translations/bookflow_nb.qm",
                             "./usr/lib/systemd/user/bookflow.service"}) {
        QVERIFY2(modes.value(QString::fromLatin1(path)).startsWith(QStringLiteral("-rw-r--r--")),
                 path);
    }

    // The control fields: the name, and dependencies that include what dpkg-shlibdeps found in
    // the programs (Qt Core) and the plug-ins named by hand (the SQLite driver).
    const Run fields = run(dpkgDeb, {QStringLiteral("-f"), deb, QStringLiteral("Package"),
                                     QStringLiteral("Depends"), QStringLiteral("Section"),
                                     QStringLiteral("Maintainer")});
    QVERIFY2(fields.exitCode == 0, qPrintable(fields.describe()));
    QVERIFY2(fields.out.contains("Package: bookflow\n"), fields.out.constData());
    QVERIFY2(fields.out.contains("libqt6core6"), fields.out.constData());
    QVERIFY2(fields.out.contains("libqt6sql6-sqlite"), fields.out.constData());
    QVERIFY2(fields.out.contains("Section: "), fields.out.constData());
    QVERIFY2(fields.out.contains("Maintainer: "), fields.out.constData());

    // Unpacked, the package is the same tree `make install` makes, under /usr.
    const QString unpacked = QDir(work.path()).filePath(QStringLiteral("root"));
    const Run extracted = run(dpkgDeb, {QStringLiteral("-x"), deb, unpacked});
    QVERIFY2(extracted.exitCode == 0, qPrintable(extracted.describe()));
    checkTree(unpacked);
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
