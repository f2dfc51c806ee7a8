#include "core/store/store.h"

#include "core/store/migrations.h"
#include "core/store/storecolumns.h"
#include "core/util/tr.h"
#include "core/workflow/workflowcodec.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <optional>
#include <utility>

namespace bookflow {

namespace {

// Long enough for the GUI and the CLI to take turns on the same file, short enough that a
// person waiting on a truly stuck lock gets an answer.
constexpr int BusyTimeoutMs = 5000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString newConnectionName(const char *purpose)
{
    // QSqlDatabase connections are process-wide by name: every Store (and every check) needs
    // its own, or two Stores in one process (tests, GUI + embedded CLI) would share one.
    static QAtomicInt counter;
    return QStringLiteral("bookflow-store-%1-%2")
        .arg(QLatin1String(purpose))
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

void dropConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    } // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(name);
}

// Removes a connection on every return path.
struct ConnectionGuard
{
    QString name;
    ~ConnectionGuard() { dropConnection(name); }
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// How a workflow is named in messages.
QString title(const QString &name)
{
    return name.trimmed().isEmpty() ? Tr::tr("“Untitled workflow”") : Tr::tr("“%1”").arg(name);
}

QString typeLabel(const QString &key)
{
    const std::optional<ObjectType> type = objectTypeFromKey(key);
    return type ? objectTypeLabel(*type) : key;
}

Failure unknownWorkflow(const QString &id)
{
    return Failure{Tr::tr("There is no workflow with the id %1.").arg(id)};
}

// ---- Refusing files that are not ours ---------------------------------------------------------
// Every refusal names the file, says what is wrong and that the file was not changed.

Failure notADatabase(const QString &path)
{
    return Failure{Tr::tr("%1 is not a Bookflow database: it is not a database file at all. "
                          "Bookflow left the file untouched. Move it away or choose another data "
                          "folder.")
                       .arg(native(path))};
}

Failure damaged(const QString &path, const QString &problem)
{
    return Failure{Tr::tr("The Bookflow database %1 is damaged (%2). Bookflow left the file "
                          "untouched. Restore it from a backup, or move it away to start with an "
                          "empty database.")
                       .arg(native(path), problem)};
}

Failure foreignDatabase(const QString &path)
{
    return Failure{Tr::tr("%1 is a database of another application, not of Bookflow. Bookflow "
                          "left the file untouched. Choose another data folder for Bookflow.")
                       .arg(native(path))};
}

Failure newerDatabase(const QString &path, int version)
{
    return Failure{Tr::tr("The Bookflow database %1 was written by a newer version of Bookflow "
                          "(database version %2; this version understands up to %3). Bookflow "
                          "left the file untouched. Install the newer Bookflow to use it.")
                       .arg(native(path), QString::number(version),
                            QString::number(Store::latestSchemaVersion()))};
}

Failure lockedDatabase(const QString &path)
{
    return Failure{Tr::tr("The Bookflow database %1 is locked by another program (perhaps Bookflow "
                          "running elsewhere). Bookflow left the file untouched. Close the other "
                          "program and try again.")
                       .arg(native(path))};
}

Failure unreadable(const QString &path, const QString &problem)
{
    return Failure{Tr::tr("Bookflow cannot read its database %1 (%2). Bookflow left the file "
                          "untouched.")
                       .arg(native(path), problem)};
}

// An SQL error while the file is still being checked or opened: nothing has been written yet.
Failure refusal(const QString &path, const QSqlError &error)
{
    switch (sqliteErrorCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return lockedDatabase(path);
    case 11: // SQLITE_CORRUPT: "database disk image is malformed"
    case 26: // SQLITE_NOTADB: "file is not a database" (despite a valid-looking first line)
        return damaged(path, Tr::tr("SQLite reports: %1").arg(error.databaseText()));
    default:
        return unreadable(path, sqlProblem(error, path));
    }
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// Checks an existing file without writing to it and returns its user_version.
//
// SQLite itself cannot be trusted with this: it happily turns any file into a database the moment
// WAL mode or a migration is applied, and a read-write connection would checkpoint a leftover WAL
// into the file when it closes. So: first our own look at the 100-byte header, then a read-only
// SQLite connection (immutable when no WAL is pending, so not even a -shm file is created).
Result<int> checkExistingFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    file.close();

    bool walMode = false;
    if (size > 0) { // an empty file holds nothing to lose: SQLite treats it as a new database
        // SQLite's file format: "SQLite format 3" and a NUL, the first 16 bytes of every database.
        static const QByteArray magic("SQLite format 3\0", 16);
        if (!header.startsWith(magic)) {
            if (header.size() < magic.size() && magic.startsWith(header))
                return damaged(path, Tr::tr("the file ends inside its first line"));
            return notADatabase(path);
        }
        if (header.size() < 100)
            return damaged(path, Tr::tr("the file ends inside its header"));
        quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        if (pageSize == 1)
            pageSize = 65536;
        if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
            return damaged(path, Tr::tr("its header is invalid"));

        // While a WAL or rollback journal is pending the main file may legitimately be out of
        // step with its header; SQLite sorts that out when it reads, so only check a quiet file.
        const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        const bool journalPending = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
        if (!walPending && !journalPending) {
            if (size % pageSize != 0)
                return damaged(path, Tr::tr("the file was cut short: it ends inside a page"));
            // The page count at offset 28 is valid when the change counter (24) equals the
            // "version-valid-for" number (92); every SQLite since 3.7.0 keeps them in step.
            const quint32 pages = bigEndian32(header, 28);
            if (pages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92) &&
                size < qint64(pages) * pageSize) {
                return damaged(path, Tr::tr("the file was cut short: it has %1 of its %2 pages")
                                         .arg(size / pageSize)
                                         .arg(pages));
            }
        }
        walMode = header.at(18) == 2 && header.at(19) == 2;
    }

    ConnectionGuard guard{newConnectionName("check")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name);
    if (!db.isValid()) {
        return Failure{Tr::tr("Bookflow cannot open its database %1: the SQLite driver of Qt "
                              "(QSQLITE) is missing. Reinstall Bookflow.")
                           .arg(native(path))};
    }
    QString uri =
        QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    if (walMode && !QFileInfo::exists(path + QStringLiteral("-wal")))
        uri += QStringLiteral("&immutable=1"); // nothing pending: the file alone is the database
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;"
                                        "QSQLITE_BUSY_TIMEOUT=%1")
                             .arg(BusyTimeoutMs));
    if (!db.open())
        return refusal(path, db.lastError());

    QSqlQuery q(db);
    const auto scalar = [&](const QString &sql) -> std::optional<qint64> {
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    // Reading the schema makes SQLite parse page 1 and every CREATE statement: the cheap read
    // that finds "file is not a database" and "database disk image is malformed".
    const std::optional<qint64> objects =
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return refusal(path, q.lastError());
    const std::optional<qint64> userObjects = scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE substr(name, 1, 7) <> 'sqlite_'"));
    const std::optional<qint64> applicationId = scalar(QStringLiteral("PRAGMA application_id"));
    const std::optional<qint64> userVersion = scalar(QStringLiteral("PRAGMA user_version"));
    if (!userObjects || !applicationId || !userVersion)
        return refusal(path, q.lastError());

    if (*applicationId != 0 && *applicationId != BookflowApplicationId)
        return foreignDatabase(path);
    if (*applicationId == 0 && (*userObjects > 0 || *userVersion != 0))
        return foreignDatabase(path); // someone's data, and not marked as Bookflow's
    if (*userVersion > Store::latestSchemaVersion())
        return newerDatabase(path, int(*userVersion));
    if (*userVersion < 0)
        return damaged(path, Tr::tr("its version number %1 is invalid").arg(*userVersion));
    if (*userVersion >= 1) {
        const std::optional<qint64> tables =
            scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                  "AND name IN ('workflows', 'workflow_versions')"));
        if (!tables)
            return refusal(path, q.lastError());
        if (*tables != 2)
            return damaged(path, Tr::tr("the workflow tables are missing"));
    }
    return int(*userVersion);
}

// Compares drafts and versions as the codec would write them today, so a stored text written by
// an older encoder does not count as a change.
bool canonicalDiffers(const QByteArray &draftJson, const QByteArray &publishedJson)
{
    if (draftJson == publishedJson)
        return false;
    const Result<Workflow> draft = WorkflowCodec::decode(draftJson, QString());
    const Result<Workflow> published = WorkflowCodec::decode(publishedJson, QString());
    if (!draft || !published)
        return true; // an unreadable draft counts as changed; publishing it says what is wrong
    return WorkflowCodec::encode(*draft) != WorkflowCodec::encode(*published);
}

// Stored as TEXT (not BLOB) so the file stays readable with the sqlite3 shell.
QString jsonText(const QByteArray &json)
{
    return QString::fromUtf8(json);
}
QByteArray jsonBytes(const QVariant &value)
{
    return value.toString().toUtf8();
}

} // namespace

// ------------------------------------------------------------------------------------------------

struct Store::Private
{
    // One workflow row with its latest version.
    struct Row
    {
        QString id;
        QString name;
        QString objectType; // objectTypeKey()
        QByteArray draftJson;
        bool enabled = false;
        QDateTime updatedAt;
        int latestVersion = 0; // 0 = never published
        QByteArray latestJson;
    };

    QString dataDir;
    QString path;
    QString connection;
    QSqlDatabase db;
    int schemaVersion = 0;
    int migrationsApplied = 0;
    QString installationId; // read once at open(): it never changes

    ~Private()
    {
        db.close();
        db = QSqlDatabase();
        if (!connection.isEmpty())
            QSqlDatabase::removeDatabase(connection);
    }

    Failure readFailure(const QSqlError &error) const
    {
        return Failure{Tr::tr("Bookflow could not read its database %1 (%2).")
                           .arg(native(path), sqlProblem(error, path))};
    }
    Failure writeFailure(const QSqlError &error) const
    {
        return Failure{Tr::tr("Bookflow could not save to its database %1 (%2). Nothing was "
                              "changed.")
                           .arg(native(path), sqlProblem(error, path))};
    }

    static QString rowQuery(const QString &tail)
    {
        return QStringLiteral(
                   "SELECT w.id, w.name, w.object_type, w.draft_json, w.enabled, w.updated_at,"
                   " v.number, v.json"
                   " FROM workflows AS w"
                   " LEFT JOIN workflow_versions AS v ON v.workflow_id = w.id"
                   "  AND v.number = (SELECT max(number) FROM workflow_versions"
                   "                  WHERE workflow_id = w.id) ") +
               tail;
    }

    static Row rowFrom(const QSqlQuery &q)
    {
        Row r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.objectType = q.value(2).toString();
        r.draftJson = jsonBytes(q.value(3));
        r.enabled = q.value(4).toInt() != 0;
        r.updatedAt = parseUtc(q.value(5).toString());
        r.latestVersion = q.value(6).isNull() ? 0 : q.value(6).toInt();
        r.latestJson = jsonBytes(q.value(7));
        return r;
    }

    // The row of `id`, nothing when there is none, or a Failure when the database can't be read.
    Result<std::optional<Row>> row(const QString &id) const
    {
        QSqlQuery q(db);
        q.prepare(rowQuery(QStringLiteral("WHERE w.id = ?")));
        q.addBindValue(id);
        if (!q.exec())
            return readFailure(q.lastError());
        if (!q.next())
            return std::optional<Row>();
        return std::optional<Row>(rowFrom(q));
    }

    // Like row(), but a missing workflow is a Failure too.
    Result<Row> existingRow(const QString &id) const
    {
        Result<std::optional<Row>> r = row(id);
        if (!r)
            return r.failure();
        if (!r.value())
            return unknownWorkflow(id);
        return std::move(*r.value());
    }

    static Result<WorkflowSummary> summaryOf(const Row &r)
    {
        const std::optional<ObjectType> type = objectTypeFromKey(r.objectType);
        if (!type) {
            return Failure{Tr::tr("The workflow %1 has a type this version of Bookflow does not "
                                  "know (“%2”).")
                               .arg(title(r.name), r.objectType)};
        }
        WorkflowSummary s;
        s.id = r.id;
        s.name = r.name;
        s.objectType = *type;
        s.enabled = r.enabled;
        s.publishedVersion = r.latestVersion;
        s.draftChanged = r.latestVersion == 0 || canonicalDiffers(r.draftJson, r.latestJson);
        s.updatedAt = r.updatedAt;
        return s;
    }

    static Result<Workflow> decodeDraft(const Row &r)
    {
        Result<Workflow> w =
            WorkflowCodec::decode(r.draftJson, Tr::tr("The saved draft of %1").arg(title(r.name)));
        if (!w) {
            return Failure{w.reason() + QLatin1Char(' ') +
                           Tr::tr("The database may be damaged. Restoring a published version "
                                  "or importing the workflow again replaces the draft.")};
        }
        w.value().id = r.id; // the row is the authority on which workflow this is
        return w;
    }

    Result<QByteArray> versionJson(const Row &r, int number) const
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT json FROM workflow_versions WHERE workflow_id = ? AND number = ?"));
        q.addBindValue(r.id);
        q.addBindValue(number);
        if (!q.exec())
            return readFailure(q.lastError());
        if (!q.next()) {
            if (r.latestVersion == 0) {
                return Failure{Tr::tr("The workflow %1 has not been published yet, so it has no "
                                      "version %2.")
                                   .arg(title(r.name), QString::number(number))};
            }
            return Failure{
                Tr::tr("The workflow %1 has no version %2 (its versions are 1 to %3).")
                    .arg(title(r.name), QString::number(number), QString::number(r.latestVersion))};
        }
        return jsonBytes(q.value(0));
    }

    Result<Workflow> decodeVersion(const Row &r, int number) const
    {
        const Result<QByteArray> json = versionJson(r, number);
        if (!json)
            return json.failure();
        Result<Workflow> w = WorkflowCodec::decode(
            *json, Tr::tr("Version %1 of %2").arg(QString::number(number), title(r.name)));
        if (w)
            w.value().id = r.id;
        return w;
    }

    // Adds `w` as a new draft. With `freshIdIfTaken` a taken id is replaced by a new one (import);
    // otherwise it is refused (create). Returns the id used.
    Result<QString> insert(Workflow w, bool freshIdIfTaken)
    {
        if (w.id.trimmed().isEmpty()) {
            if (!freshIdIfTaken)
                return Failure{
                    Tr::tr("The workflow %1 has no id, so it was not added.").arg(title(w.name))};
            w.id = Workflow::newId();
        }
        WriteTransaction transaction(db);
        if (!transaction.begin())
            return writeFailure(transaction.lastError());
        for (;;) {
            const Result<std::optional<Row>> existing = row(w.id);
            if (!existing)
                return existing.failure();
            if (!existing.value())
                break;
            if (!freshIdIfTaken) {
                return Failure{Tr::tr("A workflow with the id %1 already exists (%2), so %3 was "
                                      "not added.")
                                   .arg(w.id, title(existing.value()->name), title(w.name))};
            }
            w.id = Workflow::newId();
        }
        const QString now = nowUtc();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO workflows (id, name, object_type, draft_json, enabled, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)"));
        q.addBindValue(w.id);
        q.addBindValue(w.name);
        q.addBindValue(objectTypeKey(w.objectType));
        q.addBindValue(jsonText(WorkflowCodec::encode(w)));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return writeFailure(q.lastError());
        q.finish();
        if (!transaction.commit())
            return writeFailure(transaction.lastError());
        return w.id;
    }

    // Replaces the draft of `id` (inside the caller's transaction).
    Status writeDraft(const QString &id, const Workflow &w)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE workflows SET name = ?, draft_json = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(w.name);
        q.addBindValue(jsonText(WorkflowCodec::encode(w)));
        q.addBindValue(nowUtc());
        q.addBindValue(id);
        if (!q.exec())
            return writeFailure(q.lastError());
        return Status::success();
    }

    Failure typeIsFixed(const Row &r, ObjectType wanted) const
    {
        return Failure{Tr::tr("The workflow %1 enrolls %2 records and cannot be changed to %3: the "
                              "type of a workflow is fixed when it is created. Create a new "
                              "workflow instead.")
                           .arg(title(r.name), typeLabel(r.objectType), objectTypeLabel(wanted))};
    }
};

// ------------------------------------------------------------------------------------------------

Store::Store(std::unique_ptr<Private> d) : d(std::move(d))
{
}

Store::~Store() = default;

QString Store::defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("BOOKFLOW_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Not AppDataLocation: that folder follows the executable's application name, and the GUI
    // and bookflow-cli must share one database. On Linux: ~/.local/share/Bookflow.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Bookflow");
}

int Store::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir)
{
    if (dataDir.trimmed().isEmpty())
        return Failure{Tr::tr("No data folder was given for the Bookflow database.")};
    const QString folder = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Failure{Tr::tr("Bookflow could not create its data folder %1. Check that the "
                              "location exists and that you may write there.")
                           .arg(native(folder))};
    }
    const QString path = QDir(folder).filePath(QString::fromLatin1(FileName));

    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink() && !QFileInfo(folder).isWritable()) {
        // SQLite would say "unable to open database file" about a file that isn't there.
        return Failure{Tr::tr("Bookflow cannot create its database in %1: the folder is "
                              "read-only, or you may not write there. Choose another data folder.")
                           .arg(native(folder))};
    }
    if (info.exists() || info.isSymLink()) {
        if (!info.isFile()) {
            return Failure{Tr::tr("%1 is not a file (a folder of that name is in the way). "
                                  "Bookflow left it untouched.")
                               .arg(native(path))};
        }
        const Result<int> checked = checkExistingFile(path);
        if (!checked)
            return checked.failure();
    }

    auto d = std::make_unique<Private>();
    d->dataDir = folder;
    d->path = path;
    d->connection = newConnectionName("db");
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    if (!d->db.isValid()) {
        return Failure{Tr::tr("Bookflow cannot open its database %1: the SQLite driver of Qt "
                              "(QSQLITE) is missing. Reinstall Bookflow.")
                           .arg(native(path))};
    }
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!d->db.open())
        return refusal(path, d->db.lastError());

    {
        QSqlQuery q(d->db);
        // Per connection, not stored in the file: without it ON DELETE CASCADE does nothing.
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return refusal(path, q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() ||
            q.value(0).toInt() != 1) {
            return Failure{Tr::tr("Bookflow cannot use its database %1: this SQLite does not "
                                  "enforce foreign keys.")
                               .arg(native(path))};
        }
        // WAL lets the GUI read while the CLI (or the engine) writes. Durability stays at the
        // default synchronous=FULL: the ledger must not lose a "sent" mark on power loss.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return refusal(path, q.lastError());
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            // Some network file systems can't do WAL; SQLite then keeps its rollback journal,
            // which is still safe for one user, so carry on rather than lock the person out.
            qWarning("Bookflow: the database %s stays in journal mode %s (WAL is not available)",
                     qPrintable(native(path)), qPrintable(q.value(0).toString()));
        }

        // A first real read here, so that a file another program holds locked is reported as
        // such rather than as a failed upgrade.
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return refusal(path, q.lastError());
    }

    const Result<int> ran = applyMigrations(d->db, migrations(), path);
    if (!ran)
        return ran.failure();
    d->migrationsApplied = *ran;

    {
        QSqlQuery q(d->db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return refusal(path, q.lastError());
        d->schemaVersion = q.value(0).toInt();
        // Made by migration 2 together with its table; without it the keychain entries of
        // this database could not be found, so a file lacking it is not used.
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'")))
            return refusal(path, q.lastError());
        if (!q.next() || q.value(0).toString().trimmed().isEmpty())
            return damaged(path, Tr::tr("its installation id is missing"));
        d->installationId = q.value(0).toString();
    }
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

QString Store::dataDir() const
{
    return d->dataDir;
}
QString Store::databasePath() const
{
    return d->path;
}
int Store::schemaVersion() const
{
    return d->schemaVersion;
}
int Store::migrationsApplied() const
{
    return d->migrationsApplied;
}

QSqlDatabase Store::database() const
{
    return d->db;
}
Failure Store::readFailure(const QSqlError &error) const
{
    return d->readFailure(error);
}
Failure Store::writeFailure(const QSqlError &error) const
{
    return d->writeFailure(error);
}

Result<QVector<WorkflowSummary>> Store::workflows() const
{
    QSqlQuery q(d->db);
    if (!q.exec(Private::rowQuery(QStringLiteral("ORDER BY w.name COLLATE NOCASE, w.id"))))
        return d->readFailure(q.lastError());
    QVector<WorkflowSummary> list;
    while (q.next()) {
        const Result<WorkflowSummary> s = Private::summaryOf(Private::rowFrom(q));
        if (!s)
            return s.failure();
        list << *s;
    }
    if (q.lastError().isValid())
        return d->readFailure(q.lastError());
    return list;
}

Result<WorkflowSummary> Store::summary(const QString &id) const
{
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    return Private::summaryOf(*r);
}

Status Store::createWorkflow(const Workflow &workflow)
{
    const Result<QString> id = d->insert(workflow, false);
    return id ? Status::success() : Status(id.failure());
}

Result<Workflow> Store::draft(const QString &id) const
{
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    return Private::decodeDraft(*r);
}

Status Store::saveDraft(const Workflow &workflow)
{
    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());
    const Result<Private::Row> r = d->existingRow(workflow.id);
    if (!r)
        return r.failure();
    if (r->objectType != objectTypeKey(workflow.objectType))
        return d->typeIsFixed(*r, workflow.objectType);
    // Saving an unchanged draft is not a change: updatedAt keeps meaning "last edited".
    if (WorkflowCodec::encode(workflow) == r->draftJson && workflow.name == r->name)
        return Status::success();
    const Status written = d->writeDraft(workflow.id, workflow);
    if (!written)
        return written;
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::removeWorkflow(const QString &id)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM workflows WHERE id = ?")); // versions go by cascade
    q.addBindValue(id);
    if (!q.exec())
        return d->writeFailure(q.lastError());
    if (q.numRowsAffected() < 1)
        return unknownWorkflow(id);
    return Status::success();
}

Result<int> Store::publish(const QString &id)
{
    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    const Result<Workflow> w = Private::decodeDraft(*r);
    if (!w)
        return Failure{w.reason() + QLatin1Char(' ') + Tr::tr("Nothing was published.")};

    const int number = r->latestVersion + 1;
    QSqlQuery q(d->db);
    q.prepare(
        QStringLiteral("INSERT INTO workflow_versions (workflow_id, number, json, published_at)"
                       " VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(jsonText(WorkflowCodec::encode(*w))); // canonical, whatever the draft's text
    q.addBindValue(nowUtc());
    if (!q.exec())
        return d->writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return number;
}

Result<QVector<VersionInfo>> Store::versions(const QString &id) const
{
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT number, published_at, json FROM workflow_versions"
                             " WHERE workflow_id = ? ORDER BY number"));
    q.addBindValue(id);
    if (!q.exec())
        return d->readFailure(q.lastError());
    QVector<VersionInfo> list;
    while (q.next()) {
        VersionInfo v;
        v.number = q.value(0).toInt();
        v.publishedAt = parseUtc(q.value(1).toString());
        // Only the name is wanted: a plain JSON read, no full decode of every version.
        v.name = QJsonDocument::fromJson(jsonBytes(q.value(2)))
                     .object()
                     .value(QLatin1String("name"))
                     .toString();
        list << v;
    }
    if (q.lastError().isValid())
        return d->readFailure(q.lastError());
    return list;
}

Result<Workflow> Store::version(const QString &id, int number) const
{
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    return d->decodeVersion(*r, number);
}

Status Store::restoreVersion(const QString &id, int number)
{
    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    const Result<Workflow> w = d->decodeVersion(*r, number);
    if (!w)
        return w.failure();
    if (r->objectType != objectTypeKey(w->objectType)) // cannot happen through the Store
        return d->typeIsFixed(*r, w->objectType);
    const Status written = d->writeDraft(id, *w);
    if (!written)
        return written;
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::clearDemoRuns()
{
    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());
    // Action runs, steps and attempts go with their enrollments (ON DELETE CASCADE).
    for (const QString &statement :
         {QStringLiteral("DELETE FROM enrollments"), QStringLiteral("DELETE FROM cursors"),
          QStringLiteral("DELETE FROM record_memory"),
          QStringLiteral("UPDATE workflows SET enabled = 0")}) {
        QSqlQuery q(d->db);
        if (!q.exec(statement))
            return d->writeFailure(q.lastError());
    }
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::setEnabled(const QString &id, bool enabled)
{
    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());
    const Result<Private::Row> r = d->existingRow(id);
    if (!r)
        return r.failure();
    if (enabled && r->latestVersion == 0) {
        return Failure{Tr::tr("The workflow %1 cannot be turned on: it has not been published "
                              "yet. Review and publish it first.")
                           .arg(title(r->name))};
    }
    if (r->enabled == enabled)
        return Status::success();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE workflows SET enabled = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return d->writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return Status::success();
}

Result<QString> Store::importFile(const QString &path)
{
    const Result<Workflow> w = WorkflowCodec::readFile(path); // reads only
    if (!w)
        return w.failure();
    return d->insert(*w, true);
}

Status Store::exportFile(const QString &id, const QString &path, int version) const
{
    if (version < 0)
        return Failure{Tr::tr("There is no version %1 to export.").arg(version)};
    const Result<Workflow> w = version == 0 ? draft(id) : this->version(id, version);
    if (!w)
        return w.failure();
    return WorkflowCodec::writeFile(*w, path);
}

// ================================================================================================
// Connections
// ================================================================================================

namespace {

// Qt SQL binds a null QString as SQL NULL; the text columns here are NOT NULL, and an empty value
// ("no country", "no income account chosen") is plain empty text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Failure unknownConnection(const QString &id)
{
    return Failure{Tr::tr("No connection with id %1 exists; it may have been removed.").arg(id)};
}

// How a connection is named in messages before it has a name of its own.
QString connectionTitle(const Connection &c)
{
    return c.name.trimmed().isEmpty() ? providerLabel(c.provider) : Tr::tr("“%1”").arg(c.name);
}

// The reason kept with a state: none while connected, and never an empty one when not.
QString storedReason(Provider provider, ConnectionState state, const QString &reason)
{
    if (state == ConnectionState::Connected)
        return QString();
    const QString trimmed = reason.trimmed();
    if (!trimmed.isEmpty())
        return trimmed;
    return Tr::tr("%1 no longer accepts Bookflow's sign-in for this account. Connect it again.")
        .arg(providerLabel(provider));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonOf(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

// The text kept for an address. Nothing when it carries a password (never stored) or is invalid.
std::optional<QString> urlText(const QUrl &url)
{
    if (url.isEmpty())
        return QString();
    if (!url.isValid() || !url.password().isEmpty())
        return std::nullopt;
    return url.toString(QUrl::FullyEncoded);
}

// `what` names the address: "The API address of “Demo Co”".
Failure badAddress(const QString &what, const QUrl &url)
{
    if (url.isValid()) {
        return Failure{Tr::tr("%1 contains a password. Bookflow never keeps passwords in its "
                              "database; enter the address without it. Nothing was saved.")
                           .arg(what)};
    }
    return Failure{Tr::tr("%1 is not a valid web address (%2). Nothing was saved.")
                       .arg(what, url.errorString())};
}

// Every column of a connection row, in the order bindConnection() and connectionFrom() use:
// one list, so the INSERT, the upsert and the SELECT can never disagree.
const QStringList &connectionColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("provider"),
        QStringLiteral("name"),
        QStringLiteral("account_id"),
        QStringLiteral("environment"),
        QStringLiteral("api_base_url"),
        QStringLiteral("auth_kind"),
        QStringLiteral("scopes"),
        QStringLiteral("state"),
        QStringLiteral("state_reason"),
        QStringLiteral("state_changed_at"),
        QStringLiteral("connected_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("country"),
        QStringLiteral("integration_mode"),
        QStringLiteral("data_sync_filters"),
        QStringLiteral("product_sync"),
        QStringLiteral("product_mapping"),
        QStringLiteral("income_account"),
        QStringLiteral("default_accounts"),
    };
    return columns;
}

QString connectionSelect(const QString &tail)
{
    return QStringLiteral("SELECT %1 FROM connections ")
               .arg(connectionColumns().join(QStringLiteral(", "))) +
           tail;
}

// `apiBaseUrl` was checked with urlText() before.
void bindConnection(QSqlQuery &q, const Connection &c)
{
    q.addBindValue(text(c.id));
    q.addBindValue(providerKey(c.provider));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.accountId));
    q.addBindValue(environmentKey(c.environment));
    q.addBindValue(text(urlText(c.apiBaseUrl).value_or(QString())));
    q.addBindValue(authKindKey(c.authKind));
    q.addBindValue(compact(QJsonArray::fromStringList(c.scopes)));
    q.addBindValue(connectionStateKey(c.state));
    q.addBindValue(text(c.stateReason));
    q.addBindValue(c.stateChangedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(c.connectedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(c.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(text(c.country));
    q.addBindValue(integrationModeKey(c.integrationMode));
    q.addBindValue(compact(WorkflowCodec::encodeFilterGroups(c.dataSyncFilters)));
    q.addBindValue(c.productSync ? 1 : 0);
    q.addBindValue(compact(jsonOf(c.productMapping)));
    q.addBindValue(text(c.incomeAccount));
    q.addBindValue(compact(jsonOf(c.defaultAccounts)));
}

Result<Connection> connectionFrom(const QSqlQuery &q)
{
    Connection c;
    c.id = q.value(0).toString();
    c.name = q.value(2).toString();
    try {
        c.provider = keyColumn(q.value(1), providerFromKey, Tr::tr("provider"));
        c.accountId = q.value(3).toString();
        c.environment = keyColumn(q.value(4), environmentFromKey, Tr::tr("environment"));
        c.apiBaseUrl = QUrl(q.value(5).toString());
        c.authKind = keyColumn(q.value(6), authKindFromKey, Tr::tr("sign-in kind"));
        c.scopes = stringListColumn(q.value(7), Tr::tr("permissions"));
        c.state = keyColumn(q.value(8), connectionStateFromKey, Tr::tr("state"));
        c.stateReason = q.value(9).toString();
        c.stateChangedAt = parseUtc(q.value(10).toString());
        c.connectedAt = parseUtc(q.value(11).toString());
        c.updatedAt = parseUtc(q.value(12).toString());
        c.country = q.value(13).toString();
        c.integrationMode =
            keyColumn(q.value(14), integrationModeFromKey, Tr::tr("integration mode"));
        const QString filtersWhat = Tr::tr("data-sync contact filters");
        const QJsonDocument filters = parsedColumn(q.value(15), filtersWhat);
        if (!filters.isArray())
            throw ColumnError{Tr::tr("its %1 are not a list").arg(filtersWhat)};
        Result<QVector<FilterGroup>> groups =
            WorkflowCodec::decodeFilterGroups(filters.array(), Tr::tr("its %1").arg(filtersWhat));
        if (!groups)
            throw ColumnError{groups.reason()};
        c.dataSyncFilters = std::move(groups).value();
        c.productSync = q.value(16).toInt() != 0;
        c.productMapping = stringMapColumn(q.value(17), Tr::tr("product mapping entries"));
        c.incomeAccount = q.value(18).toString();
        c.defaultAccounts = stringMapColumn(q.value(19), Tr::tr("default accounts"));
    } catch (const ColumnError &e) {
        return Failure{Tr::tr("The saved connection %1 (id %2) cannot be read: %3. The database "
                              "may be damaged; removing the connection and connecting again "
                              "replaces it.")
                           .arg(connectionTitle(c), c.id, e.problem)};
    }
    return c;
}

// The connection a prepared, executed query found; nothing when it found none.
Result<std::optional<Connection>> firstConnection(QSqlQuery &q)
{
    if (!q.next())
        return std::optional<Connection>();
    Result<Connection> c = connectionFrom(q);
    if (!c)
        return c.failure();
    return std::optional<Connection>(std::move(c).value());
}

} // namespace

QString Store::installationId() const
{
    return d->installationId;
}

Result<QVector<Connection>> Store::connections() const
{
    QSqlQuery q(d->db);
    if (!q.exec(connectionSelect(QStringLiteral(
            "ORDER BY CASE provider WHEN 'hubspot' THEN 0 ELSE 1 END, name COLLATE NOCASE,"
            " environment, account_id"))))
        return d->readFailure(q.lastError());
    QVector<Connection> list;
    while (q.next()) {
        Result<Connection> c = connectionFrom(q);
        if (!c)
            return c.failure();
        list << std::move(c).value();
    }
    if (q.lastError().isValid())
        return d->readFailure(q.lastError());
    return list;
}

Result<Connection> Store::connection(const QString &id) const
{
    QSqlQuery q(d->db);
    q.prepare(connectionSelect(QStringLiteral("WHERE id = ?")));
    q.addBindValue(id);
    if (!q.exec())
        return d->readFailure(q.lastError());
    Result<std::optional<Connection>> found = firstConnection(q);
    if (!found)
        return found.failure();
    if (!found.value())
        return unknownConnection(id);
    return std::move(*found.value());
}

Result<QString> Store::saveConnection(const Connection &connection)
{
    Connection c = connection;
    c.id = c.id.trimmed();
    c.accountId = c.accountId.trimmed();
    if (c.accountId.isEmpty()) {
        return Failure{Tr::tr("The connection to %1 was not saved: %2 did not say which account "
                              "it is.")
                           .arg(connectionTitle(c), providerLabel(c.provider))};
    }
    if (c.authKind == AuthKind::PrivateAppToken && c.provider != Provider::HubSpot) {
        return Failure{Tr::tr("The connection to %1 was not saved: only HubSpot accounts can be "
                              "connected with a private app access token; %2 always signs in "
                              "through its own consent page.")
                           .arg(connectionTitle(c), providerLabel(c.provider))};
    }
    if (!urlText(c.apiBaseUrl))
        return badAddress(Tr::tr("The API address of %1").arg(connectionTitle(c)), c.apiBaseUrl);

    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());

    QSqlQuery q(d->db);
    q.prepare(connectionSelect(
        QStringLiteral("WHERE provider = ? AND account_id = ? AND environment = ?")));
    q.addBindValue(providerKey(c.provider));
    q.addBindValue(text(c.accountId));
    q.addBindValue(environmentKey(c.environment));
    if (!q.exec())
        return d->readFailure(q.lastError());
    const Result<std::optional<Connection>> sameAccount = firstConnection(q);
    if (!sameAccount)
        return sameAccount.failure();
    const std::optional<Connection> &existing = sameAccount.value();

    if (!c.id.isEmpty() && (!existing || existing->id != c.id)) {
        q.prepare(connectionSelect(QStringLiteral("WHERE id = ?")));
        q.addBindValue(text(c.id));
        if (!q.exec())
            return d->readFailure(q.lastError());
        const Result<std::optional<Connection>> sameId = firstConnection(q);
        if (!sameId)
            return sameId.failure();
        // Workflows name their connection by id: moving an id to another company would send
        // their documents to the wrong books.
        if (sameId.value()) {
            return Failure{Tr::tr("The connection %1 is %2 and cannot be changed to %3: a "
                                  "connection always stays with the account it was made for. "
                                  "Connect %3 as a connection of its own.")
                               .arg(c.id, sameId.value()->displayName(), c.displayName())};
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.stateReason = storedReason(c.provider, c.state, c.stateReason);

    if (existing) {
        const bool isEdit = c.id == existing->id;
        c.id = existing->id;
        if (!isEdit) { // a reconnect: what the provider said changes, the person's settings stay
            c.integrationMode = existing->integrationMode;
            c.dataSyncFilters = existing->dataSyncFilters;
            c.productSync = existing->productSync;
            c.productMapping = existing->productMapping;
            c.incomeAccount = existing->incomeAccount;
            c.defaultAccounts = existing->defaultAccounts;
        }
        c.connectedAt = existing->connectedAt;
        const bool stateChanged =
            c.state != existing->state || c.stateReason != existing->stateReason;
        c.stateChangedAt = stateChanged ? now : existing->stateChangedAt;
        // Saving what is already there is not a change: updatedAt keeps meaning "last changed".
        c.updatedAt = existing->updatedAt;
        if (c == *existing)
            return c.id;
    } else {
        if (c.id.isEmpty())
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.connectedAt = now;
        c.stateChangedAt = now;
    }
    c.updatedAt = now;

    const QStringList &columns = connectionColumns();
    QStringList updates;
    for (const QString &column : columns.mid(1))
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    q.prepare(QStringLiteral("INSERT INTO connections (%1) VALUES (%2) "
                             "ON CONFLICT (id) DO UPDATE SET %3")
                  .arg(columns.join(QStringLiteral(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                       updates.join(QStringLiteral(", "))));
    bindConnection(q, c);
    if (!q.exec())
        return d->writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return c.id;
}

Status Store::setConnectionState(const QString &id, ConnectionState state, const QString &reason)
{
    WriteTransaction transaction(d->db);
    if (!transaction.begin())
        return d->writeFailure(transaction.lastError());
    const Result<Connection> c = connection(id);
    if (!c)
        return c.failure();
    const QString stored = storedReason(c->provider, state, reason);
    if (c->state == state && c->stateReason == stored)
        return Status::success();

    const QString now = nowUtc();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE connections SET state = ?, state_reason = ?,"
                             " state_changed_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(connectionStateKey(state));
    q.addBindValue(text(stored));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return d->writeFailure(q.lastError());
    q.finish();
    if (!transaction.commit())
        return d->writeFailure(transaction.lastError());
    return Status::success();
}

Status Store::removeConnection(const QString &id)
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM connections WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return d->writeFailure(q.lastError());
    if (q.numRowsAffected() < 1)
        return unknownConnection(id);
    return Status::success();
}

Result<std::optional<AppCredentials>> Store::appCredentials(Provider provider,
                                                            Environment environment) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT client_id, redirect_uri, authorize_url, exchange_url,"
                             " revoke_url, updated_at, api_base_url FROM app_credentials"
                             " WHERE provider = ? AND environment = ?"));
    q.addBindValue(providerKey(provider));
    q.addBindValue(environmentKey(environment));
    if (!q.exec())
        return d->readFailure(q.lastError());
    if (!q.next()) {
        if (q.lastError().isValid())
            return d->readFailure(q.lastError());
        return std::optional<AppCredentials>();
    }
    AppCredentials a;
    a.provider = provider;
    a.environment = environment;
    a.clientId = q.value(0).toString();
    a.redirectUri = q.value(1).toString();
    a.authorizeUrl = QUrl(q.value(2).toString());
    a.tokenUrl = QUrl(q.value(3).toString());
    a.revokeUrl = QUrl(q.value(4).toString());
    a.updatedAt = parseUtc(q.value(5).toString());
    a.apiBaseUrl = QUrl(q.value(6).toString());
    return std::optional<AppCredentials>(std::move(a));
}

Status Store::saveAppCredentials(const AppCredentials &credentials)
{
    const QString provider = providerLabel(credentials.provider);
    const QString app = credentials.environment == Environment::Sandbox
                            ? Tr::tr("the %1 sandbox app").arg(provider)
                            : Tr::tr("the %1 app").arg(provider);
    const QString clientId = credentials.clientId.trimmed();
    if (clientId.isEmpty())
        return Failure{Tr::tr("Enter the client id of %1. Nothing was saved.").arg(app)};
    const std::pair<const QUrl *, QString> urls[] = {
        {&credentials.authorizeUrl, Tr::tr("The authorization address of %1").arg(app)},
        {&credentials.tokenUrl, Tr::tr("The token address of %1").arg(app)},
        {&credentials.revokeUrl, Tr::tr("The revocation address of %1").arg(app)},
        {&credentials.apiBaseUrl, Tr::tr("The API address of %1").arg(app)},
    };
    for (const auto &[url, what] : urls) {
        if (!urlText(*url))
            return badAddress(what, *url);
    }
    // The redirect address stays a plain string (providers compare it character by character),
    // but it must not smuggle a password into the database either.
    const QUrl redirect(credentials.redirectUri.trimmed());
    if (!redirect.isEmpty() && !urlText(redirect))
        return badAddress(Tr::tr("The redirect address of %1").arg(app), redirect);

    QSqlQuery q(d->db);
    q.prepare(QStringLiteral(
        "INSERT INTO app_credentials (provider, environment, client_id, redirect_uri,"
        " authorize_url, exchange_url, revoke_url, api_base_url, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (provider, environment) DO UPDATE SET client_id = excluded.client_id,"
        " redirect_uri = excluded.redirect_uri, authorize_url = excluded.authorize_url,"
        " exchange_url = excluded.exchange_url, revoke_url = excluded.revoke_url,"
        " api_base_url = excluded.api_base_url,"
        " updated_at = excluded.updated_at"));
    q.addBindValue(providerKey(credentials.provider));
    q.addBindValue(environmentKey(credentials.environment));
    q.addBindValue(text(clientId));
    q.addBindValue(text(credentials.redirectUri.trimmed()));
    q.addBindValue(text(urlText(credentials.authorizeUrl).value_or(QString())));
    q.addBindValue(text(urlText(credentials.tokenUrl).value_or(QString())));
    q.addBindValue(text(urlText(credentials.revokeUrl).value_or(QString())));
    q.addBindValue(text(urlText(credentials.apiBaseUrl).value_or(QString())));
    q.addBindValue(nowUtc());
    if (!q.exec())
        return d->writeFailure(q.lastError());
    return Status::success();
}

} // namespace bookflow
