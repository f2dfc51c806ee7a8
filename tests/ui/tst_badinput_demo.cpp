// Bad ground under the desktop app:
// - the demo workspace's records (demo-sandbox.json) on a disk that fills up: saving them fails
//   with the file's name and the system's reason, and the file from before stays whole — never
//   cut short by a write that only half happened. With room again the next save works;
// - a database another program holds a write lock on: the window keeps showing the workflows,
//   and an import waits for the lock, then says what is wrong, with nothing half-written.
//
// The disk is a real 8 MB tmpfs where the test may mount one (as root); elsewhere (or with
// BOOKFLOW_TEST_NO_MOUNT=1) the save runs under a file-size limit smaller than the file.
#include "app/demo/demomode.h"
#include "core/auth/memorysecretstore.h"
#include "core/engine/engineloop.h"
#include "core/store/store.h"
#include "ui/app/desktopapp.h"
#include "ui/mainwindow.h"

#include "support/smalldisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bookflow;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestBadInputDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskKeepsTheDemoRecordsWhole();
    void lockedDatabaseIsSaidInTheWindow();
};

void TestBadInputDemo::fullDiskKeepsTheDemoRecordsWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("small-disk"));
    ::testsupport::SmallDisk disk(dataDir, 8 * 1024 * 1024);

    auto secrets = std::make_shared<MemorySecretStore>();
    MainWindow window(dataDir);
    QVERIFY(window.store());
    DesktopApp app(window, secrets, false);
    auto demo = std::make_unique<DemoMode>(window, app);
    QSignalSpy connected(demo.get(), &DemoMode::connected);
    QSignalSpy failed(demo.get(), &DemoMode::failed);
    const Status started = demo->start();
    QVERIFY2(started, qPrintable(started.reason()));
    QVERIFY(QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 30000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    app.engine().stop(); // no pass writing to the database while the disk is full

    const QString file = demo->stateFile();
    QVERIFY(demo->save());
    const QByteArray before = contents(file);
    QVERIFY(QJsonDocument::fromJson(before).isObject());
    qInfo("demo-sandbox.json: %lld bytes, on %s", qint64(before.size()),
          qPrintable(disk.describe()));

    // Less room than the file needs (or a file-size limit below its size).
    QVERIFY(disk.fill(before.size() / 2));
    Status saved;
    {
        const ::testsupport::SmallDisk::Limit limit(disk, rlim_t(before.size() / 2));
        saved = demo->save();
    }
    QVERIFY(!saved);
    QVERIFY2(saved.reason().contains(QDir::toNativeSeparators(file)), qPrintable(saved.reason()));
    QVERIFY2(saved.reason().contains(QStringLiteral("No space left on device")) ||
                 saved.reason().contains(QStringLiteral("File too large")),
             qPrintable(saved.reason()));
    qInfo("%s", qPrintable(saved.reason()));
    QVERIFY(contents(file) == before); // whole, not cut short (QCOMPARE would print it all)
    const QStringList leftovers =
        QDir(dataDir).entryList({QStringLiteral("demo-sandbox.json*")}, QDir::Files);
    QCOMPARE(leftovers, QStringList{QStringLiteral("demo-sandbox.json")});

    // Room again.
    disk.empty();
    QVERIFY(demo->save());
    QVERIFY(QJsonDocument::fromJson(contents(file)).isObject());
    demo.reset();
}

void TestBadInputDemo::lockedDatabaseIsSaidInTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString templates = QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/");
    MainWindow window(dataDir);
    QVERIFY(window.store());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.importFiles({templates + QStringLiteral("invoice-esigned-quotes.json")});
    QCOMPARE(window.store()->workflows()->size(), 1);

    const QString name = QStringLiteral("another-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(window.store()->databasePath());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE workflows SET name = 'held'")));

        window.reload(); // reading goes on
        QCOMPARE(window.store()->workflows()->size(), 1);
        window.importFiles({templates + QStringLiteral("expense-for-payment-fees.json")});
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("importErrorBox"))) &&
                    box->isVisible());
        QVERIFY2(box->informativeText().contains(QStringLiteral("another program")) &&
                     box->informativeText().contains(
                         QDir::toNativeSeparators(window.store()->databasePath())),
                 qPrintable(box->informativeText()));
        qInfo("%s", qPrintable(box->informativeText()));
        box->accept();
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(window.store()->workflows()->size(), 1); // nothing half-imported
    window.importFiles({templates + QStringLiteral("expense-for-payment-fees.json")});
    QCOMPARE(window.store()->workflows()->size(), 2);
}

QTEST_MAIN(TestBadInputDemo)
#include "tst_badinput_demo.moc"
