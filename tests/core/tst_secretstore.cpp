// The SecretStore backends that need no keychain: the in-memory store of the unit tests and the
// opt-in plain-text file (private to its owner, refused when damaged or open to others, shared
// safely by two programs), plus the factory the CLI and the GUI use.
#include "core/auth/filesecretstore.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace bookflow;

namespace {

// The file's mode bits as the kernel keeps them (not Qt's view of them).
int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeRaw(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && QFile::setPermissions(path, permissions);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("secrets-%1.json").arg(++m_counter));
    }

    void memoryRoundTrip()
    {
        MemorySecretStore store;
        QCOMPARE(store.backend(), SecretStore::Backend::Memory);
        QVERIFY(store.read(QStringLiteral("a")).ok());
        QVERIFY(!store.read(QStringLiteral("a")).value().has_value());
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("{\"t\":1}")).ok());
        QCOMPARE(store.read(QStringLiteral("a")).value(),
                 std::optional(QStringLiteral("{\"t\":1}")));
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("second")).ok());
        QCOMPARE(store.read(QStringLiteral("a")).value(), std::optional(QStringLiteral("second")));
        QVERIFY(store.remove(QStringLiteral("a")).ok());
        QVERIFY(!store.read(QStringLiteral("a")).value().has_value());
        QVERIFY(store.remove(QStringLiteral("never-there")).ok());
    }

    void fileRoundTripAndReopen()
    {
        const QString key = QStringLiteral("inst-1/connection/7/tokens");
        const QString value = QStringLiteral("{\"refresh\":\"r-æøå-\\\"quoted\\\"\"}");
        {
            FileSecretStore store(m_path);
            QCOMPARE(store.backend(), SecretStore::Backend::File);
            QVERIFY2(store.describe().contains(m_path), qPrintable(store.describe()));
            QVERIFY(store.describe().contains(QStringLiteral("plain text")));
            const Status written = store.write(key, value);
            QVERIFY2(written.ok(), qPrintable(written.reason()));
            QCOMPARE(store.read(key).value(), std::optional(value));
        }
        // A new instance (another program, or the next run) sees the same secret.
        FileSecretStore reopened(m_path);
        const auto read = reopened.read(key);
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QCOMPARE(read.value(), std::optional(value));

        // The documented format, nothing else.
        const QJsonObject root = QJsonDocument::fromJson(contentsOf(m_path)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("bookflow-secrets"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("secrets")).toObject().value(key).toString(), value);

        QVERIFY(reopened.remove(key).ok());
        QVERIFY(!reopened.read(key).value().has_value());
        QVERIFY(!FileSecretStore(m_path).read(key).value().has_value());
    }

    void fileIsPrivateFromTheFirstWrite()
    {
        // With the usual umask a new file would be 0644; the store must not leave it so.
        const mode_t previous = ::umask(022);
        FileSecretStore store(m_path);
        const Status written = store.write(QStringLiteral("k"), QStringLiteral("v"));
        ::umask(previous);
        QVERIFY2(written.ok(), qPrintable(written.reason()));
        QCOMPARE(modeOf(m_path), 0600);
        QVERIFY(store.write(QStringLiteral("k2"), QStringLiteral("v2")).ok());
        QCOMPARE(modeOf(m_path), 0600);
        // Neither QSaveFile's temporary file nor the lock file is left behind.
        const QString name = QFileInfo(m_path).fileName();
        QCOMPARE(
            QDir(m_dir.path()).entryList({name + QLatin1Char('*')}, QDir::Files | QDir::Hidden),
            QStringList{name});
    }

    void missingFileReadsNothing()
    {
        FileSecretStore store(m_path);
        const auto read = store.read(QStringLiteral("k"));
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QVERIFY(!read.value().has_value());
        QVERIFY(store.remove(QStringLiteral("k")).ok());
        QVERIFY(!QFile::exists(m_path)); // reading and removing create nothing
    }

    void createsItsFolder()
    {
        const QString nested = m_dir.filePath(QStringLiteral("new/folder/secrets.json"));
        FileSecretStore store(nested);
        QVERIFY(store.write(QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(store.read(QStringLiteral("k")).value(), std::optional(QStringLiteral("v")));
        QCOMPARE(modeOf(nested), 0600);
    }

    void damagedFileIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("\x01\x02not json at all\xff", 19);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated")
            << QByteArray("{\"format\":\"bookflow-secrets\",\"version\":1,\"sec");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("foreign") << QByteArray(
            "{\"format\":\"something-else\",\"version\":1,\"secrets\":{}}");
        QTest::newRow("no version")
            << QByteArray("{\"format\":\"bookflow-secrets\",\"secrets\":{}}");
        QTest::newRow("newer") << QByteArray(
            "{\"format\":\"bookflow-secrets\",\"version\":2,\"secrets\":{}}");
        QTest::newRow("no secrets")
            << QByteArray("{\"format\":\"bookflow-secrets\",\"version\":1}");
        QTest::newRow("number secret")
            << QByteArray("{\"format\":\"bookflow-secrets\",\"version\":1,\"secrets\":{\"k\":5}}");
    }

    void damagedFileIsRefusedAndLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeRaw(m_path, bytes, OwnerOnly));

        FileSecretStore store(m_path);
        const auto read = store.read(QStringLiteral("k"));
        QVERIFY(!read.ok());
        QVERIFY2(read.reason().contains(m_path), qPrintable(read.reason()));

        const Status written = store.write(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!written.ok());
        QVERIFY2(written.reason().contains(m_path), qPrintable(written.reason()));

        const Status removed = store.remove(QStringLiteral("k"));
        QVERIFY(!removed.ok());

        QCOMPARE(contentsOf(m_path), bytes);
        QCOMPARE(modeOf(m_path), 0600);
    }

    void fileOpenToOthersIsRefused_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::newRow("group-readable") << int(OwnerOnly | QFileDevice::ReadGroup);
        QTest::newRow("world-readable")
            << int(OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QTest::newRow("group-writable") << int(OwnerOnly | QFileDevice::WriteGroup);
    }

    void fileOpenToOthersIsRefused()
    {
        QFETCH(int, permissions);
        {
            FileSecretStore store(m_path);
            QVERIFY(store.write(QStringLiteral("k"), QStringLiteral("v")).ok());
        }
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::Permissions(permissions)));
        const int mode = modeOf(m_path);
        QVERIFY(mode != 0600);
        const QByteArray before = contentsOf(m_path);

        FileSecretStore store(m_path);
        const auto read = store.read(QStringLiteral("k"));
        QVERIFY(!read.ok());
        QVERIFY2(read.reason().contains(QStringLiteral("chmod 600")), qPrintable(read.reason()));
        QVERIFY2(read.reason().contains(m_path), qPrintable(read.reason()));
        const Status written = store.write(QStringLiteral("k2"), QStringLiteral("v2"));
        QVERIFY(!written.ok());
        QVERIFY2(written.reason().contains(QStringLiteral("chmod 600")),
                 qPrintable(written.reason()));

        // Not silently repaired: the person decides.
        QCOMPARE(modeOf(m_path), mode);
        QCOMPARE(contentsOf(m_path), before);
    }

    void removeOfUnknownKeySucceedsAndKeepsTheRest()
    {
        FileSecretStore store(m_path);
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("1")).ok());
        const QByteArray before = contentsOf(m_path);
        QVERIFY(store.remove(QStringLiteral("unknown")).ok());
        QCOMPARE(contentsOf(m_path), before);
        QCOMPARE(store.read(QStringLiteral("a")).value(), std::optional(QStringLiteral("1")));
    }

    void twoInstancesKeepEachOthersKeys()
    {
        FileSecretStore first(m_path);
        FileSecretStore second(m_path);
        QVERIFY(first.write(QStringLiteral("a"), QStringLiteral("from first")).ok());
        QVERIFY(second.write(QStringLiteral("b"), QStringLiteral("from second")).ok());
        QVERIFY(first.write(QStringLiteral("c"), QStringLiteral("first again")).ok());
        for (FileSecretStore *store : {&first, &second}) {
            QCOMPARE(store->read(QStringLiteral("a")).value(),
                     std::optional(QStringLiteral("from first")));
            QCOMPARE(store->read(QStringLiteral("b")).value(),
                     std::optional(QStringLiteral("from second")));
            QCOMPARE(store->read(QStringLiteral("c")).value(),
                     std::optional(QStringLiteral("first again")));
        }
        QVERIFY(second.remove(QStringLiteral("a")).ok());
        QVERIFY(!first.read(QStringLiteral("a")).value().has_value());
        QCOMPARE(first.read(QStringLiteral("b")).value(),
                 std::optional(QStringLiteral("from second")));
    }

    void concurrentWritersLoseNothing()
    {
        // Two stores on one file written from two threads at once: every read-modify-write must
        // see the other's keys, or some of them vanish.
        constexpr int PerThread = 8;
        FileSecretStore first(m_path);
        FileSecretStore second(m_path);
        QStringList failures;
        QMutex failuresMutex;
        auto writer = [&](FileSecretStore *store, const QString &prefix) {
            return QThread::create([&failures, &failuresMutex, store, prefix] {
                for (int i = 0; i < PerThread; ++i) {
                    const Status written = store->write(prefix + QString::number(i),
                                                        QStringLiteral("value %1").arg(i));
                    if (!written) {
                        const QMutexLocker lock(&failuresMutex);
                        failures << written.reason();
                    }
                }
            });
        };
        std::unique_ptr<QThread> one(writer(&first, QStringLiteral("one-")));
        std::unique_ptr<QThread> two(writer(&second, QStringLiteral("two-")));
        one->start();
        two->start();
        QVERIFY(one->wait(60000));
        QVERIFY(two->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        FileSecretStore reader(m_path);
        for (const QString &prefix : {QStringLiteral("one-"), QStringLiteral("two-")}) {
            for (int i = 0; i < PerThread; ++i) {
                const auto read = reader.read(prefix + QString::number(i));
                QVERIFY2(read.ok(), qPrintable(read.reason()));
                QCOMPARE(read.value(), std::optional(QStringLiteral("value %1").arg(i)));
            }
        }
    }

    void heldLockRefusesWithAClearMessage()
    {
        FileSecretStore store(m_path);
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("1")).ok());
        const QByteArray before = contentsOf(m_path);

        // Another program holds the lock (QLockFile knows this process is alive, so the lock is
        // not taken over as stale).
        QLockFile other(m_path + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        store.setLockTimeoutMs(200);
        const Status written = store.write(QStringLiteral("b"), QStringLiteral("2"));
        QVERIFY(!written.ok());
        QVERIFY2(written.reason().contains(QStringLiteral("Another Bookflow program")),
                 qPrintable(written.reason()));
        QVERIFY2(written.reason().contains(m_path + QStringLiteral(".lock")),
                 qPrintable(written.reason()));
        QCOMPARE(contentsOf(m_path), before);
        // Reads don't need the lock.
        QCOMPARE(store.read(QStringLiteral("a")).value(), std::optional(QStringLiteral("1")));

        other.unlock();
        QVERIFY(store.write(QStringLiteral("b"), QStringLiteral("2")).ok());
    }

    void warningNamesTheFile()
    {
        const QString warning = FileSecretStore::warning(m_path);
        QVERIFY(warning.contains(m_path));
        QVERIFY(warning.contains(QStringLiteral("plain text")));
        QVERIFY(warning.contains(QStringLiteral("keychain")));
    }

    void factory()
    {
        const auto bogus = SecretStore::create(QStringLiteral("bogus"), m_dir.path());
        QVERIFY(!bogus.ok());
        QVERIFY2(bogus.reason().contains(QStringLiteral("bogus")), qPrintable(bogus.reason()));

        auto file = SecretStore::create(QStringLiteral("file"), m_dir.path());
        QVERIFY2(file.ok(), qPrintable(file.reason()));
        QCOMPARE(file.value()->backend(), SecretStore::Backend::File);
        const auto *fileStore = dynamic_cast<FileSecretStore *>(file.value().get());
        QVERIFY(fileStore);
        QCOMPARE(fileStore->path(), QDir(m_dir.path()).filePath(QStringLiteral("secrets.json")));

        QVERIFY(!SecretStore::create(QStringLiteral("file"), QString()).ok());

        auto memory = SecretStore::create(QStringLiteral("memory"), m_dir.path());
        QVERIFY(memory.ok());
        QCOMPARE(memory.value()->backend(), SecretStore::Backend::Memory);

        // The default; constructing it touches no keychain.
        for (const QString &name : {QStringLiteral("keychain"), QString()}) {
            auto keychain = SecretStore::create(name, m_dir.path());
            QVERIFY(keychain.ok());
            QCOMPARE(keychain.value()->backend(), SecretStore::Backend::Keychain);
            QCOMPARE(keychain.value()->describe(), QStringLiteral("the system keychain"));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
