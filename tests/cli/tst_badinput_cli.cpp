// Bad input at the command line, as a person meets it: malformed workflow files, a database
// another program holds locked, a read-only data folder and a disk that fills up while Bookflow
// writes. Each time bookflow-cli exits 2 with one line naming the file and the problem, nothing
// is lost, nothing is half-written, and it crashes nowhere.
//
// The full disk is a real one where the test may mount (a 3 MB tmpfs, as root); elsewhere (or with
// BOOKFLOW_TEST_NO_MOUNT=1) the CLI runs under RLIMIT_FSIZE with SIGXFSZ ignored, which makes its
// writes fail the same way past the limit. The read-only folder is read-only for the CLI: as root
// (whom permissions don't stop) the CLI runs as nobody.
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"
#include "support/badworkflowfiles.h"
#include "support/smalldisk.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <unistd.h>

using namespace bookflow;

namespace {

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
};

// bookflow-cli with `args`; `modifier` runs in the child before exec (limits, another user).
// `program` empty: the built bookflow-cli.
Run runCli(const QStringList &args, const std::function<void()> &modifier = {},
           const QString &program = QString())
{
    QProcess process;
    if (modifier)
        process.setChildProcessModifier(modifier);
    process.start(program.isEmpty() ? QStringLiteral(BOOKFLOW_CLI) : program, args);
    if (!process.waitForStarted(20000))
        return {};
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1, stdout %2, stderr %3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out.left(300)), QString::fromUtf8(run.err.left(600)));
}

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

// Every file under `dir` with its bytes: "nothing changed" for a whole data folder.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readAll(path));
    }
    return files;
}

// The first column of the first row of `sql` on the database file, read with a connection of
// the test's own.
QString sqlValue(const QString &databasePath, const QString &sql)
{
    const QString name = QStringLiteral("badinput-check");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        value = q.exec(sql) && q.next() ? q.value(0).toString() : q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// A workflow file with `notesBytes` of notes in an unknown field (kept on export): a write big
// enough to need room on the disk.
QByteArray workflowWithNotes(const QString &id, const QString &name, int notesBytes)
{
    Workflow w = WorkflowCodec::decode(testsupport::goodWorkflowFile(), QString()).value();
    w.id = id;
    w.name = name;
    w.extra.insert(QStringLiteral("notes"), QString(notesBytes, QLatin1Char('n')));
    return WorkflowCodec::encode(w);
}

} // namespace

class TestBadInputCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    Run cli(const QStringList &args, const QString &dataDir = QString(),
            const std::function<void()> &modifier = {}, const QString &program = QString())
    {
        return runCli(QStringList{QStringLiteral("--data-dir"),
                                  dataDir.isEmpty() ? this->dataDir() : dataDir,
                                  QStringLiteral("--secrets"), QStringLiteral("memory")} +
                          args,
                      modifier, program);
    }
    QJsonArray list(const QString &dataDir = QString())
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("list")}, dataDir);
        return QJsonDocument::fromJson(r.out).array();
    }
    QString import(const QString &file, const QString &dataDir = QString())
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("import"), file}, dataDir);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(describe(r)));
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void init() { QDir(dataDir()).removeRecursively(); }

    void malformedFilesExitTwoAndImportNothing();
    void unusualFilesImportAndExportWithNothingLost();
    void damagedDatabaseIsNamedAndLeftAlone();
    void damagedPageIsSaidAndLeftAlone();
    void lockedDatabaseWaitsThenSaysSo();
    void readOnlyDataFolderIsNamed();
    void fullDiskLosesNothing();
};

void TestBadInputCli::malformedFilesExitTwoAndImportNothing()
{
    QVERIFY(!import(QStringLiteral(BOOKFLOW_SOURCE_DIR
                                   "/resources/templates/invoice-esigned-quotes.json"))
                 .isEmpty());
    const QMap<QString, QByteArray> before = snapshot(dataDir());
    int refused = 0;
    const QString path = m_dir.filePath(QStringLiteral("from-a-colleague.json"));
    for (const testsupport::WorkflowFileCase &file : testsupport::badWorkflowFiles()) {
        QVERIFY(writeAll(path, file.bytes));
        const Run r = cli({QStringLiteral("import"), path});
        const QString what = file.name + QStringLiteral(": ") + describe(r);
        QVERIFY2(r.exitCode == 2, qPrintable(what));
        QVERIFY2(r.out.isEmpty(), qPrintable(what));
        QVERIFY2(r.err.count('\n') == 1, qPrintable(what)); // one line
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("from-a-colleague.json: ")), qPrintable(what));
        QVERIFY2(err.contains(file.expected), qPrintable(what));
        QVERIFY2(readAll(path) == file.bytes, qPrintable(what));
        ++refused;
    }
    // The refusals wrote nothing anywhere in the data folder (the database, its WAL, locks).
    QCOMPARE(snapshot(dataDir()).keys(), before.keys());
    QCOMPARE(list().size(), 1);
    qInfo("%d malformed workflow files refused by bookflow-cli import", refused);
}

void TestBadInputCli::unusualFilesImportAndExportWithNothingLost()
{
    const QString path = m_dir.filePath(QStringLiteral("unusual.json"));
    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    for (const testsupport::WorkflowFileCase &file : testsupport::unusualGoodWorkflowFiles()) {
        init();
        QVERIFY(writeAll(path, file.bytes));
        const QString id = import(path);
        QVERIFY2(!id.isEmpty(), qPrintable(file.name));
        const Run r = cli({QStringLiteral("export"), id, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(file.name + QStringLiteral(": ") + describe(r)));
        const Result<Workflow> original = WorkflowCodec::decode(file.bytes, file.name);
        const Result<Workflow> back = WorkflowCodec::readFile(exported);
        QVERIFY2(original && back, qPrintable(file.name));
        QVERIFY2(*back == *original, qPrintable(file.name));
        // Shown in words, the name comes out as it went in.
        const Run shown = cli({QStringLiteral("--json"), QStringLiteral("show"), id});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("name")).toString(),
            original->name);
    }
}

void TestBadInputCli::damagedDatabaseIsNamedAndLeftAlone()
{
    QVERIFY(!import(QStringLiteral(BOOKFLOW_SOURCE_DIR
                                   "/resources/templates/invoice-esigned-quotes.json"))
                 .isEmpty());
    const QString database = QDir(dataDir()).filePath(QStringLiteral("bookflow.db"));
    const QByteArray good = readAll(database);
    QVERIFY(good.size() >= 3 * 4096);
    QByteArray garbageAfterHeader = good;
    for (int i = 100; i < garbageAfterHeader.size(); ++i)
        garbageAfterHeader[i] = char((i * 7919) & 0xFF);
    const QList<QPair<QString, QByteArray>> damages{
        {QStringLiteral("cut to half"), good.left(good.size() / 2)},
        {QStringLiteral("cut inside the header"), good.left(50)},
        {QStringLiteral("garbage after the header"), garbageAfterHeader},
        {QStringLiteral("all zeros"), QByteArray(good.size(), '\0')},
    };
    for (const auto &[what, bytes] : damages) {
        QVERIFY(writeAll(database, bytes));
        for (const QStringList &args :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("import"),
                          QStringLiteral(BOOKFLOW_SOURCE_DIR
                                         "/resources/templates/expense-for-payment-fees.json")}}) {
            const Run r = cli(args);
            const QString context =
                what + QStringLiteral(", ") + args.first() + QStringLiteral(": ") + describe(r);
            QVERIFY2(r.exitCode == 2, qPrintable(context));
            QVERIFY2(r.err.count('\n') == 1, qPrintable(context));
            QVERIFY2(r.err.contains(database.toUtf8()) &&
                         (r.err.contains("damaged") || r.err.contains("not a Bookflow database")) &&
                         r.err.contains("untouched"),
                     qPrintable(context));
        }
        QVERIFY2(readAll(database) == bytes, qPrintable(what));
        QCOMPARE(QDir(dataDir()).entryList(QDir::Files),
                 QStringList{QStringLiteral("bookflow.db")});
    }
}

void TestBadInputCli::damagedPageIsSaidAndLeftAlone()
{
    // Two workflows whose drafts fill whole pages of their own, one of which then goes bad.
    const QString spoilt = QStringLiteral("d0d0d0d0-0000-4000-8000-000000000001");
    const QString kept = QStringLiteral("d0d0d0d0-0000-4000-8000-000000000002");
    for (const QString &id : {spoilt, kept}) {
        Workflow w = WorkflowCodec::decode(testsupport::goodWorkflowFile(), QString()).value();
        w.id = id;
        w.name = id == spoilt ? QStringLiteral("Spoilt") : QStringLiteral("Kept");
        w.extra.insert(QStringLiteral("notes"),
                       QString(20000, id == spoilt ? QLatin1Char('q') : QLatin1Char('k')));
        const QString file = m_dir.filePath(QStringLiteral("page.json"));
        QVERIFY(writeAll(file, WorkflowCodec::encode(w)));
        QCOMPARE(import(file), id);
    }
    const QString database = QDir(dataDir()).filePath(QStringLiteral("bookflow.db"));
    QByteArray bytes = readAll(database);
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    QVERIFY(pageSize >= 512);
    int hit = -1;
    for (int page = 1; page < bytes.size() / pageSize && hit < 0; ++page) {
        if (bytes.mid(page * pageSize, pageSize).count('q') > pageSize / 2)
            hit = page;
    }
    QVERIFY2(hit > 0, "no page of the spoilt draft found");
    bytes.replace(hit * pageSize, pageSize, QByteArray(pageSize, char(0xAB)));
    QVERIFY(writeAll(database, bytes));

    // Whatever has to read the damaged draft says so, naming the database, in one line; nothing
    // crashes, nothing is written, and the file is left exactly as it is (the list reads every
    // draft, so today one damaged draft keeps the whole list from showing).
    const QByteArray damaged = readAll(database);
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("show"), spoilt},
          QStringList{QStringLiteral("export"), spoilt, m_dir.filePath(QStringLiteral("x.json"))},
          QStringList{QStringLiteral("validate"), spoilt}}) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.first() + QStringLiteral(": ") + describe(r)));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("damaged") && r.err.contains(database.toUtf8()),
                 qPrintable(describe(r)));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
    QVERIFY(readAll(database) == damaged);
    qInfo("one damaged page: %s", cli({QStringLiteral("list")}).err.trimmed().constData());
}

void TestBadInputCli::lockedDatabaseWaitsThenSaysSo()
{
    const QString workflow = import(
        QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/invoice-esigned-quotes.json"));
    QVERIFY(!workflow.isEmpty());
    const QString database = QDir(dataDir()).filePath(QStringLiteral("bookflow.db"));

    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(database);
        QVERIFY(other.open());
        QSqlQuery q(other);
        // Another program (here: the test) is in the middle of writing.
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE workflows SET name = 'held by another program'")));

        // Reading goes on while it writes.
        const Run listed = cli({QStringLiteral("--json"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);

        // Writing waits for the lock, then says what is wrong, naming the database.
        for (const QStringList &args :
             {QStringList{QStringLiteral("import"),
                          QStringLiteral(BOOKFLOW_SOURCE_DIR
                                         "/resources/templates/expense-for-payment-fees.json")},
              QStringList{QStringLiteral("off"), workflow}}) {
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains("another program") && r.err.contains(database.toUtf8()),
                     qPrintable(describe(r)));
        }
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);

    // Nothing of the refused writes happened; once the lock is gone they work.
    const QJsonArray after = list();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Invoice e-signed quotes"));
    QCOMPARE(sqlValue(database, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    const Run off = cli({QStringLiteral("off"), workflow});
    QVERIFY2(off.exitCode == 0, qPrintable(describe(off)));
    QVERIFY(!import(QStringLiteral(BOOKFLOW_SOURCE_DIR
                                   "/resources/templates/expense-for-payment-fees.json"))
                 .isEmpty());
}

void TestBadInputCli::readOnlyDataFolderIsNamed()
{
    const QString workflow = import(
        QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/invoice-esigned-quotes.json"));
    QVERIFY(!workflow.isEmpty());
    const QString database = QDir(dataDir()).filePath(QStringLiteral("bookflow.db"));

    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto folder =
        readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const auto writable = folder | QFileDevice::WriteOwner;
    // The temporary folder above is opened to the other user; the data folder and its files are
    // made read-only.
    QVERIFY(QFile::setPermissions(m_dir.path(), writable));
    QVERIFY(QFile::setPermissions(database, readOnly));
    QVERIFY(QFile::setPermissions(dataDir(), folder));
    const QMap<QString, QByteArray> before = snapshot(dataDir());
    const auto restorePermissions = [&] {
        QFile::setPermissions(dataDir(), writable);
        QFile::setPermissions(database, readOnly | QFileDevice::WriteOwner);
    };
    const auto restoreOnFailure = qScopeGuard(restorePermissions);

    // Permissions don't stop root: then the CLI runs as nobody. The build folder may be closed
    // to other users (a clone under `mktemp -d` is 0700), so nobody runs a copy of the program
    // placed in the temporary folder opened to others above.
    std::function<void()> asSomeoneElse;
    QString program;
    if (::geteuid() == 0) {
        program = m_dir.filePath(QStringLiteral("bookflow-cli"));
        QFile::remove(program);
        QVERIFY(QFile::copy(QStringLiteral(BOOKFLOW_CLI), program));
        QVERIFY(QFile::setPermissions(program, folder));
        asSomeoneElse = [] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        };
    }
    // A workflow file the other user can read, beside the program.
    const QString other = m_dir.filePath(QStringLiteral("expense-for-payment-fees.json"));
    QFile::remove(other);
    QVERIFY(QFile::copy(
        QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/expense-for-payment-fees.json"),
        other));
    QVERIFY(QFile::setPermissions(other, readOnly | QFileDevice::WriteOwner));
    const auto expectRefused = [&](const QStringList &args, const QString &dir,
                                   const QString &expected) {
        const Run r = cli(args, dir, asSomeoneElse, program);
        QVERIFY2(r.exitCode != 99, "could not become nobody");
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(expected.toUtf8()) &&
                     r.err.contains(QDir::toNativeSeparators(QDir(dir).absolutePath()).toUtf8()),
                 qPrintable(describe(r)));
        qInfo("%s: %s", qPrintable(args.first()), r.err.trimmed().constData());
    };

    // A read-only folder and database: every command says so (SQLite needs to write beside the
    // file even to read it in WAL mode).
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("import"), other},
          QStringList{QStringLiteral("off"), workflow}})
        expectRefused(args, dataDir(), QStringLiteral("read-only"));
    QCOMPARE(snapshot(dataDir()), before);

    // A read-only folder with no database yet: it cannot be created there.
    const QString empty = m_dir.filePath(QStringLiteral("empty-read-only"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(QFile::setPermissions(empty, folder));
    expectRefused({QStringLiteral("list")}, empty, QStringLiteral("cannot create its database in"));
    QVERIFY(QDir(empty).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A read-only database in a folder one may write to: reading works, writing says why.
    QVERIFY(QFile::setPermissions(dataDir(),
                                  writable | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    const Run listed =
        cli({QStringLiteral("--json"), QStringLiteral("list")}, dataDir(), asSomeoneElse, program);
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    expectRefused({QStringLiteral("import"), other}, dataDir(), QStringLiteral("read-only"));
    QCOMPARE(readAll(database), before.value(QStringLiteral("bookflow.db")));

    restorePermissions();
    QCOMPARE(list().size(), 1);
}

void TestBadInputCli::fullDiskLosesNothing()
{
    // A 3 MB disk of its own where the test may mount one, else a 512 KiB file-size limit.
    const QString disk = m_dir.filePath(QStringLiteral("small-disk"));
    testsupport::SmallDisk smallDisk(disk, 3 * 1024 * 1024);
    const bool mounted = smallDisk.isReal();
    std::function<void()> limited;
    if (!mounted) {
        qInfo(
            "no tmpfs could be mounted here: the CLI runs with a 512 KiB file-size limit instead");
        limited = [] { testsupport::SmallDisk::limitChild(512 * 1024); };
    }
    const auto fill = [&](qint64 room) { return smallDisk.fill(room); };

    // Before the disk fills: three workflows (one published) and an export, all on that disk.
    const QString data = QDir(disk).filePath(QStringLiteral("data"));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QString file = m_dir.filePath(QStringLiteral("w%1.json").arg(i));
        QVERIFY(writeAll(file, workflowWithNotes(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 QStringLiteral("Workflow %1").arg(i), 20000)));
        const QString id = import(file, data);
        QVERIFY(!id.isEmpty());
        ids << id;
    }
    // Bigger than the room that will be left, and than the file-size limit.
    const QString bigFile = m_dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeAll(bigFile, workflowWithNotes(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                QStringLiteral("Big draft"), 700 * 1024)));
    const QString big = import(bigFile, data);
    QVERIFY(!big.isEmpty());
    ids << big;
    const QString bigElsewhere = import(bigFile);
    QVERIFY(!bigElsewhere.isEmpty());
    {
        auto store = Store::open(data);
        QVERIFY2(store, qPrintable(store.reason()));
        QCOMPARE((*store)->publish(ids.at(0)).value(), 1);
    }
    const QString exported = QDir(disk).filePath(QStringLiteral("exported.json"));
    QCOMPARE(cli({QStringLiteral("export"), ids.at(0), exported}, data).exitCode, 0);
    const QByteArray exportedBytes = readAll(exported);
    QVERIFY(!exportedBytes.isEmpty());
    const QString database = QDir(data).filePath(QStringLiteral("bookflow.db"));
    const QString drafts =
        QStringLiteral("SELECT group_concat(id || ':' || length(draft_json), ',') "
                       "FROM (SELECT * FROM workflows ORDER BY id)");
    const QString draftsBefore = sqlValue(database, drafts);

    // Room for opening the database, not for the writes below.
    QVERIFY(fill(200 * 1024));
    int refused = 0;
    const auto expectFull = [&](const QString &what, const Run &r) {
        QVERIFY2(r.exitCode != 99, "could not set the file-size limit");
        QVERIFY2(r.exitCode == 2, qPrintable(what + QStringLiteral(": ") + describe(r)));
        QCOMPARE(r.err.count('\n'), 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("disk is full")) ||
                     err.contains(QStringLiteral("No space left")) ||
                     err.contains(QStringLiteral("File too large")) ||
                     err.contains(QStringLiteral("disk reported an error")),
                 qPrintable(what + QStringLiteral(": ") + err));
        qInfo("%s on a full disk: %s", qPrintable(what), qPrintable(err.trimmed()));
        ++refused;
    };
    // A database write that needs more room than is left.
    expectFull(QStringLiteral("import"), cli({QStringLiteral("import"), bigFile}, data, limited));
    // An export over an earlier one (from a data folder on another disk).
    expectFull(QStringLiteral("export"),
               cli({QStringLiteral("export"), bigElsewhere, exported}, QString(), limited));
    // A publish: the big draft copied into a version (in-process on the real full disk).
    if (mounted) {
        auto store = Store::open(data);
        QVERIFY2(store, qPrintable(store.reason()));
        const Result<int> published = (*store)->publish(big);
        QVERIFY(!published);
        QVERIFY2(published.reason().contains(QStringLiteral("disk is full")) &&
                     published.reason().contains(QDir::toNativeSeparators(database)),
                 qPrintable(published.reason()));
        qInfo("publish on a full disk: %s", qPrintable(published.reason()));
        ++refused;
    }

    // No room at all (8 KiB): SQLite cannot even open its index beside the database.
    if (mounted) {
        QVERIFY(fill(8 * 1024));
        for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                        QStringList{QStringLiteral("import"), bigFile}}) {
            const Run r = cli(args, data);
            expectFull(args.first() + QStringLiteral(" with no room at all"), r);
            QVERIFY2(r.err.contains("disk is full"), r.err.constData());
        }
    }

    // Room again: everything written before is there and whole, and the refused work can be redone.
    smallDisk.empty();
    QCOMPARE(readAll(exported), exportedBytes);
    QCOMPARE(sqlValue(database, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlValue(database, drafts), draftsBefore);
    const QJsonArray after = list(data);
    QCOMPARE(after.size(), 4);
    for (const QJsonValue &row : after) {
        const QString id = row.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(ids.contains(id));
        QCOMPARE(row.toObject().value(QStringLiteral("version")).toInt(), id == ids.at(0) ? 1 : 0);
        QCOMPARE(cli({QStringLiteral("validate"), id}, data).exitCode, 1); // readable, reviewable
    }
    QVERIFY(!import(bigFile, data).isEmpty());
    QCOMPARE(cli({QStringLiteral("export"), big, exported}, data).exitCode, 0);
    QVERIFY(WorkflowCodec::readFile(exported).ok());
    qInfo("%d writes refused on a full disk (%s), nothing lost", refused,
          qPrintable(smallDisk.describe()));
}

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "tst_badinput_cli.moc"
