// Bad input at the store: workflow files that are cut short, in the wrong encoding, nested too
// deeply, of the wrong types or from a newer Bookflow are refused with one line naming the file
// and the problem, and neither the file nor the database changes; unusual but valid files import
// and export with nothing lost. A database another connection holds a write lock on makes a
// writer wait, then either succeed (the lock went away) or say so with nothing half-written,
// while readers carry on.
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"
#include "support/badworkflowfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <atomic>

using namespace bookflow;
using testsupport::WorkflowFileCase;

Q_DECLARE_METATYPE(WorkflowFileCase)

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

std::unique_ptr<Store> openOk(const QString &dir)
{
    Result<std::unique_ptr<Store>> opened = Store::open(dir);
    if (!opened) {
        qWarning("%s", qPrintable(opened.reason()));
        return nullptr;
    }
    return std::move(opened).value();
}

// Every workflow's draft as the codec writes it: what "nothing changed" compares.
QByteArray everything(Store &store)
{
    QByteArray out;
    const Result<QVector<WorkflowSummary>> all = store.workflows();
    if (!all)
        return "unreadable: " + all.reason().toUtf8();
    for (const WorkflowSummary &s : *all) {
        const Result<Workflow> draft = store.draft(s.id);
        out += draft ? WorkflowCodec::encode(*draft) : ("unreadable: " + draft.reason().toUtf8());
        out += QByteArray::number(s.publishedVersion) + (s.enabled ? " on\n" : " off\n");
    }
    return out;
}

// A second connection to the file, as another program (or another Bookflow) would hold it.
class OtherProgram
{
public:
    explicit OtherProgram(const QString &path)
        : m_name(QStringLiteral("other-program-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~OtherProgram()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    // The first column of the first row, or the error.
    QString value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return q.lastError().text();
        return q.value(0).toString();
    }

private:
    QString m_name;
    bool m_open = false;
};

Workflow sample(const QString &name)
{
    Workflow w = WorkflowCodec::decode(testsupport::goodWorkflowFile(), QString()).value();
    w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.name = name;
    return w;
}

} // namespace

class TestBadInputStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedFilesAreRefusedAndChangeNothing_data();
    void malformedFilesAreRefusedAndChangeNothing();
    void unusualFilesImportAndExportWithNothingLost_data();
    void unusualFilesImportAndExportWithNothingLost();
    void aFileThatIsAFolderOrUnreadableIsNamed();
    void writerWaitsForAnotherProgramsLock();
    void writerGivesUpClearlyAndReadersCarryOn();
};

void TestBadInputStore::malformedFilesAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<WorkflowFileCase>("file");
    for (const WorkflowFileCase &c : testsupport::badWorkflowFiles())
        QTest::newRow(qPrintable(c.name)) << c;
}

void TestBadInputStore::malformedFilesAreRefusedAndChangeNothing()
{
    QFETCH(WorkflowFileCase, file);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    auto store = openOk(tmp.filePath(QStringLiteral("data")));
    QVERIFY(store);
    QVERIFY(store->createWorkflow(sample(QStringLiteral("Already here"))));
    const QByteArray before = everything(*store);

    const QString path = tmp.filePath(QStringLiteral("from-a-colleague.json"));
    QVERIFY(writeAll(path, file.bytes));
    const QDateTime modified = QFileInfo(path).lastModified();

    const Result<QString> imported = store->importFile(path);
    QVERIFY2(!imported, qPrintable(imported ? *imported : QString()));
    const QString reason = imported.reason();
    QVERIFY2(reason.startsWith(QStringLiteral("from-a-colleague.json: ")), qPrintable(reason));
    QVERIFY2(reason.contains(file.expected), qPrintable(reason));
    QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(reason));
    QVERIFY2(reason.size() < 400, qPrintable(reason));

    QVERIFY(readAll(path) == file.bytes); // QCOMPARE would print megabytes
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(everything(*store), before);
}

void TestBadInputStore::unusualFilesImportAndExportWithNothingLost_data()
{
    QTest::addColumn<WorkflowFileCase>("file");
    for (const WorkflowFileCase &c : testsupport::unusualGoodWorkflowFiles())
        QTest::newRow(qPrintable(c.name)) << c;
}

void TestBadInputStore::unusualFilesImportAndExportWithNothingLost()
{
    QFETCH(WorkflowFileCase, file);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dataDir = tmp.filePath(QStringLiteral("data"));
    const QString path = tmp.filePath(QStringLiteral("unusual.json"));
    QVERIFY(writeAll(path, file.bytes));
    const Result<Workflow> original = WorkflowCodec::readFile(path);
    QVERIFY2(original, qPrintable(original.reason()));

    QString id;
    {
        auto store = openOk(dataDir);
        QVERIFY(store);
        const Result<QString> imported = store->importFile(path);
        QVERIFY2(imported, qPrintable(imported.reason()));
        id = *imported;
        QCOMPARE(id, original->id);
        QVERIFY(store->publish(id));
    }
    // Reopened (so nothing is served from memory): the draft and version 1 export as the file
    // said, to the character.
    auto store = openOk(dataDir);
    QVERIFY(store);
    for (int version : {0, 1}) {
        const QString exported = tmp.filePath(QStringLiteral("exported-%1.json").arg(version));
        const Status written = store->exportFile(id, exported, version);
        QVERIFY2(written, qPrintable(written.reason()));
        const Result<Workflow> back = WorkflowCodec::readFile(exported);
        QVERIFY2(back, qPrintable(back.reason()));
        QVERIFY(*back == *original); // QCOMPARE would print megabytes
        QCOMPARE(back->name, original->name);
        QCOMPARE(readAll(exported), WorkflowCodec::encode(*original));
    }
    QVERIFY(readAll(path) == file.bytes);
}

void TestBadInputStore::aFileThatIsAFolderOrUnreadableIsNamed()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.filePath(QStringLiteral("data")));
    QVERIFY(store);
    const QString folder = tmp.filePath(QStringLiteral("workflow.json"));
    QVERIFY(QDir().mkpath(folder));
    const Result<QString> imported = store->importFile(folder);
    QVERIFY(!imported);
    QVERIFY2(imported.reason().startsWith(QStringLiteral("workflow.json: ")),
             qPrintable(imported.reason()));
    QVERIFY(store->workflows()->isEmpty());

    // A file too large is refused before it is read, whatever it holds.
    const QString huge = tmp.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(64 * 1024 * 1024)); // sparse: no disk used
    }
    const Result<QString> tooLarge = store->importFile(huge);
    QVERIFY(!tooLarge);
    QVERIFY2(tooLarge.reason().startsWith(QStringLiteral("huge.json: ")) &&
                 tooLarge.reason().contains(QStringLiteral("too large")),
             qPrintable(tooLarge.reason()));
    QVERIFY(store->workflows()->isEmpty());
}

void TestBadInputStore::writerWaitsForAnotherProgramsLock()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("data"));
    auto store = openOk(dataDir);
    QVERIFY(store);
    const Workflow first = sample(QStringLiteral("First"));
    QVERIFY(store->createWorkflow(first));

    // Another program takes the write lock and lets it go after a second, from its own thread
    // (SQLite connections belong to the thread that made them).
    std::atomic<bool> locked{false};
    std::atomic<bool> ok{true};
    QThread *other = QThread::create([&] {
        OtherProgram program(store->databasePath());
        ok = program.isOpen() && program.exec(QStringLiteral("BEGIN IMMEDIATE")).isEmpty() &&
             program.exec(QStringLiteral("UPDATE workflows SET name = name")).isEmpty();
        locked = true;
        QThread::msleep(1000); // holding the lock is the point of this thread
        ok = ok && program.exec(QStringLiteral("COMMIT")).isEmpty();
    });
    other->start();
    QTRY_VERIFY(locked.load());
    QVERIFY(ok.load());

    QElapsedTimer waited;
    waited.start();
    const Workflow second = sample(QStringLiteral("Second"));
    const Status created = store->createWorkflow(second); // waits for the lock, then writes
    QVERIFY2(created, qPrintable(created.reason()));
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY(ok.load());
    QVERIFY2(waited.elapsed() >= 500, "the write did not wait for the lock");
    QCOMPARE(store->workflows()->size(), 2);
    QCOMPARE(store->draft(second.id)->name, QStringLiteral("Second"));
}

void TestBadInputStore::writerGivesUpClearlyAndReadersCarryOn()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("data"));
    auto store = openOk(dataDir);
    QVERIFY(store);
    const Workflow first = sample(QStringLiteral("First"));
    QVERIFY(store->createWorkflow(first));
    QCOMPARE(store->publish(first.id).value(), 1);
    const QByteArray before = everything(*store);

    OtherProgram program(store->databasePath());
    QVERIFY(program.isOpen());
    QVERIFY(program.exec(QStringLiteral("BEGIN IMMEDIATE")).isEmpty());
    QVERIFY(program.exec(QStringLiteral("UPDATE workflows SET name = 'held'")).isEmpty());

    // Readers are not blocked (WAL): the list and the drafts read as before the other write.
    QCOMPARE(everything(*store), before);
    // A second Store (a second Bookflow) opens on the held file too.
    auto second = openOk(dataDir);
    QVERIFY(second);

    // Writers wait for the lock, then say so; nothing of what they did is left behind.
    QElapsedTimer waited;
    waited.start();
    Workflow changed = *store->draft(first.id);
    changed.name = QStringLiteral("Renamed while locked");
    const Status saved = store->saveDraft(changed);
    QVERIFY(!saved);
    QVERIFY2(saved.reason().contains(QDir::toNativeSeparators(store->databasePath())) &&
                 saved.reason().contains(QStringLiteral("another program is using the database")),
             qPrintable(saved.reason()));
    QVERIFY(waited.elapsed() >= 1000);
    const Result<int> published = second->publish(first.id);
    QVERIFY(!published);
    QVERIFY2(published.reason().contains(QStringLiteral("another program")),
             qPrintable(published.reason()));
    qInfo("%s", qPrintable(saved.reason()));

    QVERIFY(program.exec(QStringLiteral("ROLLBACK")).isEmpty());
    QCOMPARE(everything(*store), before);
    QCOMPARE(store->versions(first.id)->size(), 1);
    // Released: the same writes now succeed.
    QVERIFY(store->saveDraft(changed));
    QCOMPARE(second->publish(first.id).value(), 2);
    OtherProgram checker(store->databasePath());
    QVERIFY(checker.isOpen());
    QCOMPARE(checker.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestBadInputStore)
#include "tst_badinput_store.moc"
