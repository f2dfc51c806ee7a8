// The local database: migrations, the workflow draft/version rules, import/export, and the
// refusal of files that are not (or not yet, or no longer) a Bookflow database.

#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace bookflow;

namespace {

// A second, independent connection to a database file: what another program (or a curious
// person with the sqlite3 shell) would see and do.
class RawDb
{
public:
    explicit RawDb(const QString &path, const QString &options = QString())
        : m_name(QStringLiteral("tst-raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns SQLite's error text, empty on success.
    QString exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QVariant();
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

Workflow sampleWorkflow(const QString &name, ObjectType type = ObjectType::Quote)
{
    Workflow w;
    w.id = Workflow::newId();
    w.name = name;
    w.objectType = type;
    Filter f;
    f.object = FilterObject::Quote;
    f.property = QStringLiteral("hs_esign_num_signers_completed");
    f.propertyType = PropertyType::Number;
    f.op = Operator::IsKnown;
    FilterGroup group;
    group.filters << f;
    w.enrollment.filterGroups << group;
    Action a;
    a.id = QStringLiteral("a1");
    a.type = ActionType::CreateInvoice;
    a.connection = QStringLiteral("c1");
    a.paymentTerms = QStringLiteral("3");
    a.createProductIfMissing = true;
    w.actions << a;
    return w;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QDateTime modified(const QString &path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
}

// An old, round modification time: any write during the test would certainly move it.
bool backdate(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) &&
           f.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC),
                         QFileDevice::FileModificationTime);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QString dbPath(const QTemporaryDir &dir)
{
    return dir.filePath(QString::fromLatin1(Store::FileName));
}

std::unique_ptr<Store> openOk(const QString &dataDir)
{
    Result<std::unique_ptr<Store>> s = Store::open(dataDir);
    if (!s) {
        qWarning("%s", qPrintable(s.reason()));
        return nullptr;
    }
    return std::move(s).value();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultDataDirHonoursEnvironment();
    void migrationsAreNumberedWithoutGaps();
    void migratesAnEmptyDatabase();
    void reopeningRunsNoMigrationAndKeepsData();
    void failedMigrationLeavesNothingBehind();
    void emptyFileBecomesADatabase();
    void createAndReadDraft();
    void createRefusesTakenId();
    void saveDraftRefusesUnknownWorkflow();
    void objectTypeIsFixed();
    void publishingAddsVersionsAndNeverChangesEarlierOnes();
    void draftEditsNeverChangeAPublishedVersion();
    void databaseRefusesChangingAVersion();
    void draftChangedComparesCanonically();
    void restoreVersionCopiesIntoDraft();
    void turningOnNeedsAPublishedVersion();
    void damagedDraftGivesClearError();
    void removeWorkflow();
    void importExportRoundTrip();
    void importTwiceGivesTwoIds();
    void importRefusesBadFile();
    void exportRefusesMissingVersion();
    void twoStoresShareOneFile();
    void refusesForeignOrDamagedFiles_data();
    void refusesForeignOrDamagedFiles();
    void lockedDatabaseIsReported();
};

void TestStore::defaultDataDirHonoursEnvironment()
{
    const QByteArray saved = qgetenv("BOOKFLOW_DATA_DIR");
    const bool wasSet = qEnvironmentVariableIsSet("BOOKFLOW_DATA_DIR");
    QTemporaryDir dir;
    qputenv("BOOKFLOW_DATA_DIR", dir.path().toUtf8());
    QCOMPARE(Store::defaultDataDir(), dir.path());
    qunsetenv("BOOKFLOW_DATA_DIR");
    // The same folder whatever the executable is called: the GUI and the CLI share it.
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/Bookflow";
    QCOMPARE(Store::defaultDataDir(), expected);
    QCoreApplication::setApplicationName(QStringLiteral("some-other-name"));
    QCOMPARE(Store::defaultDataDir(), expected);
    if (wasSet)
        qputenv("BOOKFLOW_DATA_DIR", saved);
}

void TestStore::migrationsAreNumberedWithoutGaps()
{
    const QVector<Migration> &list = migrations();
    QVERIFY(!list.isEmpty());
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, i + 1);
        QVERIFY(!list.at(i).statements.isEmpty());
    }
    QCOMPARE(Store::latestSchemaVersion(), list.last().version);
}

void TestStore::migratesAnEmptyDatabase()
{
    QTemporaryDir tmp;
    const QString dataDir = tmp.filePath(QStringLiteral("nested/data")); // created by open()
    auto store = openOk(dataDir);
    QVERIFY(store);
    QCOMPARE(store->dataDir(), dataDir);
    QCOMPARE(store->databasePath(), dataDir + QStringLiteral("/bookflow.db"));
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(store->migrationsApplied(), Store::latestSchemaVersion());

    {
        RawDb raw(store->databasePath());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Store::latestSchemaVersion());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(),
                 BookflowApplicationId);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        for (const char *table : {"workflows", "workflow_versions"}) {
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master "
                                               "WHERE type = 'table' AND name = ?"),
                                {QString::fromLatin1(table)})
                         .toInt(),
                     1);
        }
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'trigger' AND tbl_name = 'workflow_versions'"))
                     .toInt(),
                 2);
        // The columns the rest of Bookflow relies on.
        QVERIFY(raw.exec(QStringLiteral("SELECT id, name, object_type, draft_json, enabled, "
                                        "created_at, updated_at FROM workflows"))
                    .isEmpty());
        QVERIFY(raw.exec(QStringLiteral("SELECT workflow_id, number, json, published_at "
                                        "FROM workflow_versions"))
                    .isEmpty());
    }
    const QString path = store->databasePath();
    store.reset();
    // WAL is recorded in the file header itself (bytes 18 and 19 are 2).
    const QByteArray header = readAll(path).left(100);
    QCOMPARE(int(header.at(18)), 2);
    QCOMPARE(int(header.at(19)), 2);
    QVERIFY(!QSqlDatabase::connectionNames()
                 .join(QLatin1Char(' '))
                 .contains(QStringLiteral("bookflow-store"))); // removed on destruction
}

void TestStore::reopeningRunsNoMigrationAndKeepsData()
{
    QTemporaryDir tmp;
    const Workflow w = sampleWorkflow(QStringLiteral("Invoice e-signed quotes"));
    {
        auto store = openOk(tmp.path());
        QVERIFY(store);
        QVERIFY(store->createWorkflow(w));
        QCOMPARE(store->publish(w.id).value(), 1);
    }
    auto store = openOk(tmp.path());
    QVERIFY(store);
    QCOMPARE(store->migrationsApplied(), 0);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(store->draft(w.id).value(), w);
    QCOMPARE(store->version(w.id, 1).value(), w);
    QCOMPARE(store->workflows().value().size(), 1);
}

void TestStore::failedMigrationLeavesNothingBehind()
{
    QTemporaryDir tmp;
    const QString path = dbPath(tmp);
    RawDb raw(path);
    QVERIFY(raw.isOpen());
    const QVector<Migration> list = {
        {1, "fine", {QStringLiteral("CREATE TABLE one (a INTEGER)")}},
        {2,
         "fails half-way",
         {QStringLiteral("CREATE TABLE two (a INTEGER)"),
          QStringLiteral("INSERT INTO no_such_table VALUES (1)")}},
    };
    const Result<int> ran = applyMigrations(raw.db(), list, path);
    QVERIFY(!ran);
    QVERIFY2(ran.reason().contains(QDir::toNativeSeparators(path)), qPrintable(ran.reason()));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'one'")).toInt(),
        1);
    // The first statement of the failed migration was rolled back with it.
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'two'")).toInt(),
        0);
    // Running again (with a fixed list) continues from version 1 and runs only version 2.
    const QVector<Migration> fixed = {list.at(0),
                                      {2, "fixed", {QStringLiteral("CREATE TABLE two (a)")}}};
    QCOMPARE(applyMigrations(raw.db(), fixed, path).value(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(applyMigrations(raw.db(), fixed, path).value(), 0);
}

void TestStore::emptyFileBecomesADatabase()
{
    // A zero-byte file holds nothing to lose (e.g. a crash right after the file was created).
    QTemporaryDir tmp;
    QVERIFY(writeAll(dbPath(tmp), QByteArray()));
    auto store = openOk(tmp.path());
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
}

void TestStore::createAndReadDraft()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Workflow w = sampleWorkflow(QStringLiteral("Invoice e-signed quotes"));
    QVERIFY(store->createWorkflow(w));
    QCOMPARE(store->draft(w.id).value(), w);

    const WorkflowSummary s = store->summary(w.id).value();
    QCOMPARE(s.id, w.id);
    QCOMPARE(s.name, w.name);
    QCOMPARE(s.objectType, ObjectType::Quote);
    QCOMPARE(s.enabled, false);
    QCOMPARE(s.publishedVersion, 0);
    QCOMPARE(s.draftChanged, true); // never published
    QCOMPARE(s.updatedAt.timeSpec(), Qt::UTC);
    QVERIFY(s.updatedAt >= before && s.updatedAt <= QDateTime::currentDateTimeUtc());

    const Result<WorkflowSummary> missing = store->summary(QStringLiteral("nope"));
    QVERIFY(!missing);
    QVERIFY(missing.reason().contains(QStringLiteral("nope")));
    QVERIFY(!store->draft(QStringLiteral("nope")));
}

void TestStore::createRefusesTakenId()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("First"));
    QVERIFY(store->createWorkflow(w));
    Workflow other = sampleWorkflow(QStringLiteral("Second"));
    other.id = w.id;
    const Status s = store->createWorkflow(other);
    QVERIFY(!s);
    QVERIFY2(s.reason().contains(QStringLiteral("First")), qPrintable(s.reason()));
    QCOMPARE(store->draft(w.id).value(), w); // untouched
    QCOMPARE(store->workflows().value().size(), 1);

    Workflow noId = sampleWorkflow(QStringLiteral("No id"));
    noId.id.clear();
    QVERIFY(!store->createWorkflow(noId));
}

void TestStore::saveDraftRefusesUnknownWorkflow()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Nowhere"));
    const Status s = store->saveDraft(w);
    QVERIFY(!s);
    QVERIFY2(s.reason().contains(w.id), qPrintable(s.reason()));
    QVERIFY(store->workflows().value().isEmpty()); // not created by the back door
}

void TestStore::objectTypeIsFixed()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Quotes"), ObjectType::Quote);
    QVERIFY(store->createWorkflow(w));
    Workflow changed = w;
    changed.objectType = ObjectType::Deal;
    changed.name = QStringLiteral("Now deals");
    const Status s = store->saveDraft(changed);
    QVERIFY(!s);
    QVERIFY2(s.reason().contains(QStringLiteral("fixed when it is created")),
             qPrintable(s.reason()));
    QVERIFY(s.reason().contains(QStringLiteral("Quotes")));
    QCOMPARE(store->draft(w.id).value(), w);

    // The same type saves fine.
    changed.objectType = ObjectType::Quote;
    QVERIFY(store->saveDraft(changed));
    QCOMPARE(store->draft(w.id).value(), changed);
    QCOMPARE(store->summary(w.id).value().name, QStringLiteral("Now deals"));
}

void TestStore::publishingAddsVersionsAndNeverChangesEarlierOnes()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    Workflow w = sampleWorkflow(QStringLiteral("v1"));
    QVERIFY(store->createWorkflow(w));

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QCOMPARE(store->publish(w.id).value(), 1);
    RawDb raw(store->databasePath());
    const auto stored = [&](int n) {
        return raw
            .scalar(QStringLiteral("SELECT json FROM workflow_versions "
                                   "WHERE workflow_id = ? AND number = ?"),
                    {w.id, n})
            .toString()
            .toUtf8();
    };
    const QByteArray v1 = stored(1);
    QCOMPARE(v1, WorkflowCodec::encode(w)); // the canonical JSON of the draft
    QCOMPARE(store->summary(w.id).value().publishedVersion, 1);
    QCOMPARE(store->summary(w.id).value().draftChanged, false);

    w.name = QStringLiteral("v2");
    w.actions[0].paymentTerms = QStringLiteral("5");
    QVERIFY(store->saveDraft(w));
    QCOMPARE(store->summary(w.id).value().draftChanged, true);
    QCOMPARE(store->publish(w.id).value(), 2);
    const QByteArray v2 = stored(2);
    w.name = QStringLiteral("v3");
    w.enrollment.reenroll.enabled = true;
    QVERIFY(store->saveDraft(w));
    QCOMPARE(store->publish(w.id).value(), 3);

    QCOMPARE(stored(1), v1);
    QCOMPARE(stored(2), v2);
    QVERIFY(v1 != v2);
    QCOMPARE(store->version(w.id, 1).value().name, QStringLiteral("v1"));
    QCOMPARE(store->version(w.id, 2).value().actions.at(0).paymentTerms, QStringLiteral("5"));
    QCOMPARE(store->version(w.id, 3).value(), w);

    const QVector<VersionInfo> versions = store->versions(w.id).value();
    QCOMPARE(versions.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(versions.at(i).number, i + 1);
        QCOMPARE(versions.at(i).name, QStringLiteral("v%1").arg(i + 1));
        QCOMPARE(versions.at(i).publishedAt.timeSpec(), Qt::UTC);
        QVERIFY(versions.at(i).publishedAt >= before);
    }
    QCOMPARE(store->summary(w.id).value().publishedVersion, 3);
    QVERIFY(!store->versions(QStringLiteral("nope")));
    QVERIFY(!store->publish(QStringLiteral("nope")));
}

void TestStore::draftEditsNeverChangeAPublishedVersion()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow original = sampleWorkflow(QStringLiteral("Published"));
    QVERIFY(store->createWorkflow(original));
    QCOMPARE(store->publish(original.id).value(), 1);
    QByteArray exported1;
    {
        const QString file = tmp.filePath(QStringLiteral("v1.json"));
        QVERIFY(store->exportFile(original.id, file, 1));
        exported1 = readAll(file);
    }

    Workflow edited = original;
    edited.name = QStringLiteral("Edited");
    edited.actions.clear();
    edited.enrollment.filterGroups.clear();
    QVERIFY(store->saveDraft(edited));
    QVERIFY(store->restoreVersion(original.id, 1));
    QVERIFY(store->saveDraft(edited));

    QCOMPARE(store->version(original.id, 1).value(), original);
    const QString file = tmp.filePath(QStringLiteral("v1-again.json"));
    QVERIFY(store->exportFile(original.id, file, 1));
    QCOMPARE(readAll(file), exported1);
    QCOMPARE(store->draft(original.id).value(), edited);
}

void TestStore::databaseRefusesChangingAVersion()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Frozen"));
    QVERIFY(store->createWorkflow(w));
    QCOMPARE(store->publish(w.id).value(), 1);

    RawDb raw(store->databasePath());
    const QByteArray before =
        raw.scalar(QStringLiteral("SELECT json FROM workflow_versions")).toString().toUtf8();
    const QString update = raw.exec(
        QStringLiteral("UPDATE workflow_versions SET json = '{}' WHERE workflow_id = ?"), {w.id});
    QVERIFY2(update.contains(QStringLiteral("cannot be changed")), qPrintable(update));
    const QString renumber = raw.exec(QStringLiteral("UPDATE workflow_versions SET number = 7"));
    QVERIFY2(!renumber.isEmpty(), "renumbering a version must fail");
    const QString remove = raw.exec(QStringLiteral("DELETE FROM workflow_versions"));
    QVERIFY2(remove.contains(QStringLiteral("cannot be deleted")), qPrintable(remove));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT json FROM workflow_versions")).toString().toUtf8(),
             before);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT number FROM workflow_versions")).toInt(), 1);
}

void TestStore::draftChangedComparesCanonically()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Canonical"));
    QVERIFY(store->createWorkflow(w));
    QCOMPARE(store->publish(w.id).value(), 1);

    // The same workflow, written compactly (as an older Bookflow or a person might have): no
    // change.
    const QByteArray compact =
        QJsonDocument::fromJson(WorkflowCodec::encode(w)).toJson(QJsonDocument::Compact);
    QVERIFY(compact != WorkflowCodec::encode(w));
    {
        RawDb raw(store->databasePath());
        QVERIFY(raw.exec(QStringLiteral("UPDATE workflows SET draft_json = ? WHERE id = ?"),
                         {QString::fromUtf8(compact), w.id})
                    .isEmpty());
    }
    QCOMPARE(store->summary(w.id).value().draftChanged, false);
    QCOMPARE(store->workflows().value().at(0).draftChanged, false);

    Workflow changed = w;
    changed.actions[0].connection = QStringLiteral("c2");
    QVERIFY(store->saveDraft(changed));
    QCOMPARE(store->summary(w.id).value().draftChanged, true);
}

void TestStore::restoreVersionCopiesIntoDraft()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow v1 = sampleWorkflow(QStringLiteral("Version one"));
    QVERIFY(store->createWorkflow(v1));
    QCOMPARE(store->publish(v1.id).value(), 1);
    Workflow v2 = v1;
    v2.name = QStringLiteral("Version two");
    v2.actions[0].connection = QStringLiteral("c2");
    QVERIFY(store->saveDraft(v2));
    QCOMPARE(store->publish(v1.id).value(), 2);
    Workflow editing = v2;
    editing.name = QStringLiteral("Work in progress");
    QVERIFY(store->saveDraft(editing));

    QVERIFY(store->restoreVersion(v1.id, 1));
    QCOMPARE(store->draft(v1.id).value(), v1); // same id, version 1's content
    WorkflowSummary s = store->summary(v1.id).value();
    QCOMPARE(s.name, QStringLiteral("Version one"));
    QCOMPARE(s.publishedVersion, 2); // restoring publishes nothing
    QCOMPARE(s.draftChanged, true);  // differs from version 2

    QVERIFY(store->restoreVersion(v1.id, 2));
    QCOMPARE(store->draft(v1.id).value(), v2);
    QCOMPARE(store->summary(v1.id).value().draftChanged, false);

    const Status missing = store->restoreVersion(v1.id, 9);
    QVERIFY(!missing);
    QVERIFY2(missing.reason().contains(QStringLiteral("9")) &&
                 missing.reason().contains(QStringLiteral("Version two")),
             qPrintable(missing.reason()));
    QCOMPARE(store->draft(v1.id).value(), v2);
}

void TestStore::turningOnNeedsAPublishedVersion()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Not yet"));
    QVERIFY(store->createWorkflow(w));
    const Status refused = store->setEnabled(w.id, true);
    QVERIFY(!refused);
    QVERIFY2(refused.reason().contains(QStringLiteral("published")) &&
                 refused.reason().contains(QStringLiteral("Not yet")),
             qPrintable(refused.reason()));
    QCOMPARE(store->summary(w.id).value().enabled, false);
    QVERIFY(store->setEnabled(w.id, false)); // off is always possible

    QCOMPARE(store->publish(w.id).value(), 1);
    QVERIFY(store->setEnabled(w.id, true));
    QCOMPARE(store->summary(w.id).value().enabled, true);
    QVERIFY(store->setEnabled(w.id, false));
    QCOMPARE(store->summary(w.id).value().enabled, false);
    QVERIFY(!store->setEnabled(QStringLiteral("nope"), false));
}

void TestStore::damagedDraftGivesClearError()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Broken draft"));
    QVERIFY(store->createWorkflow(w));
    {
        RawDb raw(store->databasePath());
        QVERIFY(raw.exec(QStringLiteral("UPDATE workflows SET draft_json = '{\"schema\": 1, ' "
                                        "WHERE id = ?"),
                         {w.id})
                    .isEmpty());
    }
    const Result<Workflow> d = store->draft(w.id);
    QVERIFY(!d);
    QVERIFY2(d.reason().contains(QStringLiteral("Broken draft")), qPrintable(d.reason()));
    const Result<int> published = store->publish(w.id);
    QVERIFY(!published);
    QVERIFY(published.reason().contains(QStringLiteral("Broken draft")));
    QVERIFY(store->versions(w.id).value().isEmpty());
    // The list still shows it, so the person can see and fix it.
    QCOMPARE(store->workflows().value().size(), 1);
    QCOMPARE(store->workflows().value().at(0).draftChanged, true);
    // Saving a good draft repairs it.
    QVERIFY(store->saveDraft(w));
    QCOMPARE(store->draft(w.id).value(), w);
}

void TestStore::removeWorkflow()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow keep = sampleWorkflow(QStringLiteral("Keep"));
    const Workflow drop = sampleWorkflow(QStringLiteral("Drop"));
    QVERIFY(store->createWorkflow(keep));
    QVERIFY(store->createWorkflow(drop));
    QCOMPARE(store->publish(drop.id).value(), 1);
    QCOMPARE(store->publish(keep.id).value(), 1);
    QVERIFY(store->removeWorkflow(drop.id));
    QVERIFY(!store->draft(drop.id));
    const QVector<WorkflowSummary> list = store->workflows().value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).id, keep.id);
    RawDb raw(store->databasePath());
    // Its versions went with it (foreign keys are on); the other workflow's stayed.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM workflow_versions")).toInt(), 1);
    QVERIFY(!store->removeWorkflow(drop.id));
}

void TestStore::importExportRoundTrip()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);

    // A canonical file comes back byte for byte.
    const Workflow w = sampleWorkflow(QStringLiteral("Imported"));
    const QString source = tmp.filePath(QStringLiteral("workflow.json"));
    QVERIFY(writeAll(source, WorkflowCodec::encode(w)));
    QVERIFY(backdate(source));
    const QByteArray sourceBytes = readAll(source);
    const QDateTime sourceTime = modified(source);

    const Result<QString> id = store->importFile(source);
    QVERIFY2(id, qPrintable(id.reason()));
    QCOMPARE(id.value(), w.id); // a new id keeps the file's id
    QCOMPARE(readAll(source), sourceBytes);
    QCOMPARE(modified(source), sourceTime);

    const QString exported = tmp.filePath(QStringLiteral("exported.json"));
    QVERIFY(store->exportFile(w.id, exported));
    QCOMPARE(readAll(exported), sourceBytes);
    QCOMPARE(store->publish(w.id).value(), 1);
    const QString exportedV1 = tmp.filePath(QStringLiteral("exported-v1.json"));
    QVERIFY(store->exportFile(w.id, exportedV1, 1));
    QCOMPARE(readAll(exportedV1), sourceBytes);

    // A file written by hand (compact, other key order, unknown fields) comes back canonical,
    // unknown fields included.
    QJsonObject handWritten = QJsonDocument::fromJson(WorkflowCodec::encode(w)).object();
    handWritten.insert(QStringLiteral("id"), Workflow::newId());
    handWritten.insert(QStringLiteral("zNote"), QStringLiteral("kept"));
    const QByteArray compact = QJsonDocument(handWritten).toJson(QJsonDocument::Compact);
    const QString source2 = tmp.filePath(QStringLiteral("hand.json"));
    QVERIFY(writeAll(source2, compact));
    const Result<QString> id2 = store->importFile(source2);
    QVERIFY2(id2, qPrintable(id2.reason()));
    const QString exported2 = tmp.filePath(QStringLiteral("hand-exported.json"));
    QVERIFY(store->exportFile(id2.value(), exported2));
    const QByteArray canonical =
        WorkflowCodec::encode(WorkflowCodec::decode(compact, QStringLiteral("hand")).value());
    QCOMPARE(readAll(exported2), canonical);
    QVERIFY(readAll(exported2).contains("zNote"));
    QCOMPARE(readAll(source2), compact);
}

void TestStore::importTwiceGivesTwoIds()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Twice"));
    const QString source = tmp.filePath(QStringLiteral("twice.json"));
    QVERIFY(writeAll(source, WorkflowCodec::encode(w)));
    QVERIFY(backdate(source));
    const QByteArray sourceBytes = readAll(source);
    const QDateTime sourceTime = modified(source);

    const QString first = store->importFile(source).value();
    const QString second = store->importFile(source).value();
    QCOMPARE(first, w.id);
    QVERIFY(second != first);
    QVERIFY(!second.isEmpty());
    QCOMPARE(store->workflows().value().size(), 2);
    Workflow copy = store->draft(second).value();
    QCOMPARE(copy.id, second);
    copy.id = w.id;
    QCOMPARE(copy, w); // the same content under a new id
    QCOMPARE(store->draft(first).value(), w);
    QCOMPARE(readAll(source), sourceBytes);
    QCOMPARE(modified(source), sourceTime);
}

void TestStore::importRefusesBadFile()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const QString source = tmp.filePath(QStringLiteral("not-a-workflow.json"));
    QVERIFY(writeAll(source, "{\"hello\": "));
    const Result<QString> id = store->importFile(source);
    QVERIFY(!id);
    QVERIFY2(id.reason().contains(QStringLiteral("not-a-workflow.json")), qPrintable(id.reason()));
    QVERIFY(store->workflows().value().isEmpty());
    QCOMPARE(readAll(source), QByteArray("{\"hello\": "));
    QVERIFY(!store->importFile(tmp.filePath(QStringLiteral("missing.json"))));
}

void TestStore::exportRefusesMissingVersion()
{
    QTemporaryDir tmp;
    auto store = openOk(tmp.path());
    QVERIFY(store);
    const Workflow w = sampleWorkflow(QStringLiteral("Draft only"));
    QVERIFY(store->createWorkflow(w));
    const QString target = tmp.filePath(QStringLiteral("out.json"));
    const Status s = store->exportFile(w.id, target, 1);
    QVERIFY(!s);
    QVERIFY2(s.reason().contains(QStringLiteral("Draft only")), qPrintable(s.reason()));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!store->exportFile(w.id, target, -1));
    QVERIFY(!store->exportFile(QStringLiteral("nope"), target));
    QVERIFY(!QFile::exists(target));
}

void TestStore::twoStoresShareOneFile()
{
    // The GUI and the CLI open the same file at the same time.
    QTemporaryDir tmp;
    auto gui = openOk(tmp.path());
    QVERIFY(gui);
    auto cli = openOk(tmp.path());
    QVERIFY(cli);
    QCOMPARE(cli->migrationsApplied(), 0);
    const Workflow w = sampleWorkflow(QStringLiteral("Shared"));
    QVERIFY(cli->createWorkflow(w));
    QCOMPARE(cli->publish(w.id).value(), 1);
    QCOMPARE(gui->summary(w.id).value().publishedVersion, 1);
    QVERIFY(gui->setEnabled(w.id, true));
    QCOMPARE(cli->summary(w.id).value().enabled, true);
}

Q_DECLARE_METATYPE(std::function<bool(const QString &)>)

void TestStore::refusesForeignOrDamagedFiles_data()
{
    using Maker = std::function<bool(const QString &)>;
    QTest::addColumn<Maker>("make");
    QTest::addColumn<QString>("problem");

    // A real Bookflow database with enough rows to span several pages.
    const auto bookflowDb = [](const QString &path) {
        auto store = openOk(QFileInfo(path).path());
        if (!store)
            return false;
        for (int i = 0; i < 40; ++i) {
            Workflow w = sampleWorkflow(QStringLiteral("Workflow %1 ").arg(i).repeated(20));
            if (!store->createWorkflow(w) || !store->publish(w.id))
                return false;
        }
        return true;
    };

    QTest::newRow("truncated to whole pages") << Maker([=](const QString &path) {
        if (!bookflowDb(path))
            return false;
        const QByteArray bytes = readAll(path);
        return bytes.size() >= 4 * 4096 && writeAll(path, bytes.left(2 * 4096));
    }) << QStringLiteral("damaged");
    QTest::newRow("truncated inside a page") << Maker([=](const QString &path) {
        if (!bookflowDb(path))
            return false;
        const QByteArray bytes = readAll(path);
        return writeAll(path, bytes.left(bytes.size() - 1000));
    }) << QStringLiteral("damaged");
    QTest::newRow("truncated inside the header") << Maker([=](const QString &path) {
        return bookflowDb(path) && writeAll(path, readAll(path).left(60));
    }) << QStringLiteral("damaged");
    QTest::newRow("valid first line, garbage after") << Maker([=](const QString &path) {
        if (!bookflowDb(path))
            return false;
        QByteArray bytes = readAll(path);
        for (int i = 100; i < bytes.size(); ++i)
            bytes[i] = char(QRandomGenerator::global()->generate());
        return writeAll(path, bytes);
    }) << QStringLiteral("damaged");
    QTest::newRow("64 KiB of random bytes") << Maker([](const QString &path) {
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->generate());
        return writeAll(path, bytes);
    }) << QStringLiteral("not a Bookflow database");
    QTest::newRow("text file") << Maker([](const QString &path) {
        return writeAll(path, QByteArray("Shopping list\n- milk\n- bread\n").repeated(50));
    }) << QStringLiteral("not a Bookflow database");
    QTest::newRow("another application's database (application_id)")
        << Maker([](const QString &path) {
               RawDb raw(path);
               return raw.isOpen() &&
                      raw.exec(QStringLiteral("PRAGMA application_id = 1234567")).isEmpty() &&
                      raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")).isEmpty() &&
                      raw.exec(QStringLiteral("INSERT INTO notes VALUES ('mine')")).isEmpty();
           })
        << QStringLiteral("another application");
    QTest::newRow("another application's database (no application_id)")
        << Maker([](const QString &path) {
               RawDb raw(path);
               return raw.isOpen() &&
                      raw.exec(QStringLiteral("CREATE TABLE workflows (x)")).isEmpty() &&
                      raw.exec(QStringLiteral("INSERT INTO workflows VALUES (1)")).isEmpty();
           })
        << QStringLiteral("another application");
    QTest::newRow("future user_version") << Maker([=](const QString &path) {
        if (!bookflowDb(path))
            return false;
        RawDb raw(path);
        return raw
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion() + 1))
            .isEmpty();
    }) << QStringLiteral("written by a newer version of Bookflow");
}

void TestStore::refusesForeignOrDamagedFiles()
{
    QFETCH(std::function<bool(const QString &)>, make);
    QFETCH(QString, problem);

    QTemporaryDir tmp;
    const QString path = dbPath(tmp);
    QVERIFY(make(path));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // a quiet file, as left on disk
    QVERIFY(backdate(path));
    const QByteArray bytes = readAll(path);
    const QDateTime time = modified(path);
    const QStringList files = filesIn(tmp.path());

    for (int attempt = 0; attempt < 2; ++attempt) { // refusing twice changes nothing either
        const Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
        QVERIFY(!store);
        const QString reason = store.reason();
        if (attempt == 0)
            qInfo("%s", qPrintable(reason)); // the wording, for people reading the test log
        QVERIFY2(reason.contains(QDir::toNativeSeparators(path)), qPrintable(reason));
        QVERIFY2(reason.contains(problem), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("untouched")), qPrintable(reason));
    }
    QVERIFY(readAll(path) == bytes); // QCOMPARE would print 64 KiB
    QCOMPARE(modified(path), time);
    QCOMPARE(filesIn(tmp.path()), files); // not even a -wal or -shm appeared
    QVERIFY(!QSqlDatabase::connectionNames()
                 .join(QLatin1Char(' '))
                 .contains(QStringLiteral("bookflow-store")));
}

void TestStore::lockedDatabaseIsReported()
{
    QTemporaryDir tmp;
    const QString path = dbPath(tmp);
    {
        auto store = openOk(tmp.path());
        QVERIFY(store);
        QVERIFY(store->createWorkflow(sampleWorkflow(QStringLiteral("Locked"))));
    }
    {
        // Another program holds the file exclusively (SQLite locks are per file, so a second
        // connection behaves exactly like another process here).
        RawDb holder(path);
        QVERIFY(holder.isOpen());
        QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")).isEmpty());
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")).isEmpty());
        QVERIFY(holder.exec(QStringLiteral("UPDATE workflows SET name = 'held'")).isEmpty());

        QElapsedTimer timer;
        timer.start();
        const Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
        QVERIFY(!store);
        QVERIFY2(store.reason().contains(QStringLiteral("locked by another program")) &&
                     store.reason().contains(QDir::toNativeSeparators(path)),
                 qPrintable(store.reason()));
        QVERIFY(timer.elapsed() >= 1000); // it waited for the lock before giving up
        qInfo("%s", qPrintable(store.reason()));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")).isEmpty());
    }
    auto store = openOk(tmp.path()); // released: opens fine, the held change never happened
    QVERIFY(store);
    QCOMPARE(store->workflows().value().at(0).name, QStringLiteral("Locked"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
