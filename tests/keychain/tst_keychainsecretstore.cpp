// KeychainSecretStore against a real Secret Service (make test runs the suite in its own D-Bus
// session with an unlocked, throw-away gnome-keyring: tests/with-keyring.sh). Besides the round
// trip it checks the two things a synchronous wrapper around QtKeychain gets wrong most easily:
// calls from threads that run no event loop (while the main thread is blocked), and a machine
// without a keychain, which must get a clear message and no plain-text fallback anywhere.
//
// The "no keychain" and "keychain does not answer" cases run this same binary again as a child
// process (BOOKFLOW_TST_KEYCHAIN_CHILD set) with its own session bus address and home folder, so
// the suite's keyring is never disturbed and the child's files can be inspected.
#include "core/auth/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace bookflow;

namespace {

const char ChildMode[] = "BOOKFLOW_TST_KEYCHAIN_CHILD";
const char ChildService[] = "BOOKFLOW_TST_KEYCHAIN_SERVICE";
const char ChildSecret[] = "BOOKFLOW_TST_KEYCHAIN_SECRET";
const char ChildTimeoutMs[] = "BOOKFLOW_TST_KEYCHAIN_TIMEOUT_MS";

// The child: one write and one read through whatever bus the environment names, reported as one
// JSON object on stdout (reasons only; the secret itself is never printed).
int runChild()
{
    KeychainSecretStore store(qEnvironmentVariable(ChildService));
    store.setTimeoutMs(qEnvironmentVariableIntValue(ChildTimeoutMs));
    const QString key = QStringLiteral("child/tokens");
    const Status written = store.write(key, qEnvironmentVariable(ChildSecret));
    const Result<std::optional<QString>> read = store.read(key);
    const QJsonObject report{{QStringLiteral("writeOk"), written.ok()},
                             {QStringLiteral("writeReason"), written.reason()},
                             {QStringLiteral("readOk"), read.ok()},
                             {QStringLiteral("readReason"), read.reason()}};
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 3;
    out.write(QJsonDocument(report).toJson(QJsonDocument::Compact));
    out.write("\n");
    return 0;
}

QString newSecret()
{
    return QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What one worker thread saw, step by step.
struct ThreadReport
{
    QStringList failures;
    void check(bool ok, const QString &what)
    {
        if (!ok)
            failures << what;
    }
};

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the suite with 'make test' (it starts one with an unlocked "
                 "gnome-keyring)");
        m_service = QStringLiteral("bookflow-test-secretstore-") +
                    QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanupTestCase()
    {
        KeychainSecretStore store(m_service);
        for (const QString &key : std::as_const(m_keys))
            QVERIFY2(store.remove(key).ok(), qPrintable(key));
        for (const QString &key : std::as_const(m_keys))
            QVERIFY(!store.read(key).value().has_value());
    }

    // First on purpose: the process's first keychain call comes from a thread that has no event
    // loop and ends afterwards, while the main thread is blocked in wait(). With QtKeychain jobs
    // run in the calling thread, its job executor would stay bound to that thread (and the second
    // call would already wait for a main thread that never listens); every later test would hang.
    void callsFromAThreadWithoutAnEventLoop()
    {
        const QString key = newKey();
        const QString first = newSecret();
        const QString second = newSecret();
        ThreadReport report;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            KeychainSecretStore store(m_service);
            report.check(store.write(key, first).ok(), QStringLiteral("write"));
            const auto read = store.read(key);
            report.check(read.ok() && read.value() == first, QStringLiteral("read"));
            report.check(store.write(key, second).ok(), QStringLiteral("overwrite"));
            const auto reread = store.read(key);
            report.check(reread.ok() && reread.value() == second, QStringLiteral("read again"));
            report.check(store.remove(key).ok(), QStringLiteral("remove"));
            const auto gone = store.read(key);
            report.check(gone.ok() && !gone.value().has_value(), QStringLiteral("read removed"));
        }));
        thread->start();
        QVERIFY2(thread->wait(120 * 1000), "the worker thread hangs");
        QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(QLatin1String(", "))));
    }

    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
        QCOMPARE(store.describe(), QStringLiteral("the system keychain"));
        const QString key = newKey();
        const QString secret = newSecret();

        const Status written = store.write(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.reason()));
        const auto read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QVERIFY(read.value() == secret);

        // Another store object (the next run of Bookflow) reads the same entry.
        QVERIFY(KeychainSecretStore(m_service).read(key).value() == secret);

        const QString rotated = newSecret();
        QVERIFY(store.write(key, rotated).ok());
        QVERIFY(store.read(key).value() == rotated);

        const Status removed = store.remove(key);
        QVERIFY2(removed.ok(), qPrintable(removed.reason()));
        const auto gone = store.read(key);
        QVERIFY2(gone.ok(), qPrintable(gone.reason()));
        QVERIFY(!gone.value().has_value());
    }

    void valuesComeBackExactly()
    {
        KeychainSecretStore store(m_service);
        const QString key = newKey();
        const QString json = QStringLiteral("{\"access\":\"a-æøå-€\",\"refresh\":\"r\\\"q\\\"\","
                                            "\"note\":\"line\\nbreak\"}") +
                             QString(4000, QLatin1Char('x'));
        QVERIFY(store.write(key, json).ok());
        QVERIFY(store.read(key).value() == json);
    }

    void missingKeyReadsNothingAndRemovesFine()
    {
        KeychainSecretStore store(m_service);
        const QString key = newKey();
        const auto read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QVERIFY(!read.value().has_value());
        const Status removed = store.remove(key);
        QVERIFY2(removed.ok(), qPrintable(removed.reason()));
    }

    void servicesAreSeparate()
    {
        const QString key = newKey();
        KeychainSecretStore store(m_service);
        QVERIFY(store.write(key, newSecret()).ok());
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        const auto read = other.read(key);
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QVERIFY(!read.value().has_value());
    }

    void callsFromSeveralThreadsAtOnce()
    {
        constexpr int Threads = 3;
        std::vector<std::unique_ptr<QThread>> threads;
        std::vector<ThreadReport> reports(Threads);
        for (int i = 0; i < Threads; ++i) {
            const QString key = newKey();
            threads.emplace_back(QThread::create([this, key, report = &reports[size_t(i)]] {
                KeychainSecretStore store(m_service);
                for (int round = 0; round < 3; ++round) {
                    const QString secret = newSecret();
                    report->check(store.write(key, secret).ok(), QStringLiteral("write"));
                    const auto read = store.read(key);
                    report->check(read.ok() && read.value() == secret, QStringLiteral("read"));
                }
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY2(thread->wait(120 * 1000), "a worker thread hangs");
        for (const ThreadReport &report : reports)
            QVERIFY2(report.failures.isEmpty(),
                     qPrintable(report.failures.join(QLatin1String(", "))));
    }

    void unusableKeychainIsReportedClearly_data()
    {
        QTest::addColumn<bool>("silentBus");
        QTest::addColumn<QStringList>("expected");
        // No session bus at all (a headless server, an ssh login): the clear way out.
        QTest::newRow("no keychain")
            << false
            << QStringList{QStringLiteral("No keychain is available"), QStringLiteral("keyring"),
                           QStringLiteral("--secrets file")};
        // A bus that accepts the connection and never answers: the timeout, not a hang.
        QTest::newRow("no answer")
            << true << QStringList{QStringLiteral("did not answer"), QStringLiteral("unlock")};
    }

    void unusableKeychainIsReportedClearly()
    {
        QFETCH(bool, silentBus);
        QFETCH(QStringList, expected);

        QTemporaryDir home;
        QTemporaryDir sockets;
        QVERIFY(home.isValid() && sockets.isValid());
        const QString busPath = sockets.filePath(QStringLiteral("bus"));
        QLocalServer silent; // accepts connections (the kernel does) and never says a word
        if (silentBus)
            QVERIFY2(silent.listen(busPath), qPrintable(silent.errorString()));

        const QString secret = newSecret();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildMode), QStringLiteral("1"));
        env.insert(QString::fromLatin1(ChildService), m_service);
        env.insert(QString::fromLatin1(ChildSecret), secret);
        env.insert(QString::fromLatin1(ChildTimeoutMs),
                   silentBus ? QStringLiteral("1500") : QStringLiteral("10000"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + busPath);
        // Wherever QSettings (QtKeychain's plain-text fallback) or anything else would write.
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *variable :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(variable),
                       home.filePath(QString::fromLatin1(variable).toLower()));
        // No X11 or Wayland, so nothing tries to start a bus of its own.
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                                     "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
            env.remove(QString::fromLatin1(variable));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(home.path());
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        if (!child.waitForFinished(60 * 1000)) {
            child.kill();
            child.waitForFinished(5000);
            QFAIL("the child did not finish within 60 s: a keychain call hangs");
        }
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 errors.constData());
        const QJsonObject report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(!report.isEmpty(), errors.constData());

        QVERIFY(!report.value(QStringLiteral("writeOk")).toBool());
        QVERIFY(!report.value(QStringLiteral("readOk")).toBool());
        for (const char *field : {"writeReason", "readReason"}) {
            const QString reason = report.value(QString::fromLatin1(field)).toString();
            for (const QString &words : expected)
                QVERIFY2(reason.contains(words), qPrintable(reason));
            QVERIFY(!reason.contains(secret));
        }
        QVERIFY(!errors.contains(secret.toUtf8()));

        // Nothing was written anywhere in the child's home: no QSettings file, no secret.
        QStringList files;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
    }

private:
    QString newKey()
    {
        m_keys << QStringLiteral("test-installation/connection/%1/tokens")
                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return m_keys.constLast();
    }

    QString m_service;
    QStringList m_keys;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildMode))
        return runChild();
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
