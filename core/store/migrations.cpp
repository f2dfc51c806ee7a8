#include "core/store/migrations.h"

#include "core/util/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>

#include <optional>
#include <utility>

namespace bookflow {

const QVector<Migration> &migrations()
{
    // Types are spelled out and checked where a wrong value would mislead later code; STRICT
    // tables are avoided on purpose: a SQLite older than 3.37 (some Linux distributions) could
    // not even read the schema of a file that uses them.
    static const QVector<Migration> list = {
        {1,
         "workflows: one editable draft each, and immutable numbered published versions",
         {
             QStringLiteral("CREATE TABLE workflows ("
                            " id          TEXT PRIMARY KEY NOT NULL,"
                            " name        TEXT NOT NULL,"
                            " object_type TEXT NOT NULL," // objectTypeKey(): fixed at creation
                            " draft_json  TEXT NOT NULL," // WorkflowCodec::encode() of the draft
                            " enabled     INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),"
                            " created_at  TEXT NOT NULL," // ISO 8601 UTC with milliseconds
                            " updated_at  TEXT NOT NULL"  // last change of the draft
                            ")"),
             QStringLiteral(
                 "CREATE TABLE workflow_versions ("
                 " workflow_id  TEXT NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,"
                 " number       INTEGER NOT NULL CHECK (number >= 1),"
                 " json         TEXT NOT NULL," // the canonical JSON frozen at publishing
                 " published_at TEXT NOT NULL,"
                 " PRIMARY KEY (workflow_id, number)"
                 ")"),
             // Immutability lives in the database itself, not only in the Store's code: the ledger
             // and history will refer to (workflow, version) and must be able to trust it.
             QStringLiteral(
                 "CREATE TRIGGER workflow_versions_no_update BEFORE UPDATE ON workflow_versions "
                 "BEGIN SELECT RAISE(ABORT, 'published workflow versions cannot be changed'); END"),
             // Deleting a single version is refused too; removing the whole workflow (the
             // ON DELETE CASCADE above, parent row already gone) still works.
             QStringLiteral(
                 "CREATE TRIGGER workflow_versions_no_delete BEFORE DELETE ON workflow_versions "
                 "WHEN EXISTS (SELECT 1 FROM workflows WHERE id = OLD.workflow_id) "
                 "BEGIN SELECT RAISE(ABORT, 'published workflow versions cannot be deleted'); END"),
         }},
        {2,
         "connections: the installation id, connected accounts and the OAuth apps' public details",
         {
             // Nothing secret has a column here (PRODUCT.md §5): tokens and client secrets live
             // in the keychain. The SQL text itself is kept free of such words too, because
             // SQLite stores it in the file and a test scans the file's bytes for them.
             QStringLiteral("CREATE TABLE meta ("
                            " key   TEXT PRIMARY KEY NOT NULL,"
                            " value TEXT NOT NULL"
                            ")"),
             // The installation id namespaces this database's keychain entries, so two data
             // folders on one machine never read each other's secrets. A random UUID (version
             // 4 layout) made by SQLite, so it exists from the moment the table does; the
             // variant digit comes from the random bytes too (random() could overflow abs()).
             QStringLiteral(
                 "INSERT INTO meta (key, value) SELECT 'installation_id',"
                 " substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||"
                 " substr('89ab89ab89ab89ab', instr('0123456789abcdef', substr(h, 17, 1)), 1) ||"
                 " substr(h, 18, 3) || '-' || substr(h, 21, 12)"
                 " FROM (SELECT lower(hex(randomblob(16))) AS h)"),
             QStringLiteral(
                 "CREATE TABLE connections ("
                 " id               TEXT PRIMARY KEY NOT NULL,"
                 " provider         TEXT NOT NULL CHECK (provider IN ('hubspot', 'quickbooks')),"
                 " name             TEXT NOT NULL,"
                 " account_id       TEXT NOT NULL CHECK (account_id <> ''),"
                 " environment      TEXT NOT NULL"
                 "                  CHECK (environment IN ('sandbox', 'production')),"
                 " api_base_url     TEXT NOT NULL,"
                 " auth_kind        TEXT NOT NULL CHECK (auth_kind IN ('oauth', 'privateApp')),"
                 " scopes           TEXT NOT NULL," // JSON list of text
                 " state            TEXT NOT NULL"
                 "                  CHECK (state IN ('connected', 'needsReconnect')),"
                 " state_reason     TEXT NOT NULL,"
                 " state_changed_at TEXT NOT NULL," // ISO 8601 UTC with milliseconds
                 " connected_at     TEXT NOT NULL,"
                 " updated_at       TEXT NOT NULL,"
                 " country          TEXT NOT NULL," // QuickBooks CompanyInfo.Country as sent
                 " integration_mode TEXT NOT NULL"
                 "                  CHECK (integration_mode IN ('legacy', 'dataSync')),"
                 " data_sync_filters TEXT NOT NULL," // JSON: workflow-file filter groups
                 " product_sync     INTEGER NOT NULL CHECK (product_sync IN (0, 1)),"
                 " product_mapping  TEXT NOT NULL," // JSON object: HubSpot product → QBO Item
                 " income_account   TEXT NOT NULL,"
                 " default_accounts TEXT NOT NULL," // JSON object: action field → QBO Account
                 " UNIQUE (provider, account_id, environment)," // connecting again: a reconnect
                 " CHECK (auth_kind = 'oauth' OR provider = 'hubspot')"
                 ")"),
             // exchange_url is OAuth's token endpoint (code exchange and refresh), named so that
             // no column even sounds like it holds a credential.
             QStringLiteral(
                 "CREATE TABLE app_credentials ("
                 " provider      TEXT NOT NULL CHECK (provider IN ('hubspot', 'quickbooks')),"
                 " environment   TEXT NOT NULL CHECK (environment IN ('sandbox', 'production')),"
                 " client_id     TEXT NOT NULL CHECK (client_id <> ''),"
                 " redirect_uri  TEXT NOT NULL," // empty: the loopback listener
                 " authorize_url TEXT NOT NULL," // empty: the provider's production endpoints
                 " exchange_url  TEXT NOT NULL,"
                 " revoke_url    TEXT NOT NULL,"
                 " api_base_url  TEXT NOT NULL," // empty: the provider's production API host
                 " updated_at    TEXT NOT NULL,"
                 " PRIMARY KEY (provider, environment)"
                 ")"),
         }},
        {3,
         "ledger and history: enrollments, action runs, their steps and attempts; polling state",
         {
             // No foreign key to workflows: the history of what was created in QuickBooks
             // outlives the workflow that created it (removing a workflow keeps its history,
             // and its enrollment numbers, so a workflow imported again under the same id
             // continues the numbering instead of repeating requestids).
             // (workflow_id, object_id, enrollment_no) is the enrollment's identity: two
             // processes sharing the file can never both create enrollment N of one record.
             QStringLiteral(
                 "CREATE TABLE enrollments ("
                 " id            INTEGER PRIMARY KEY AUTOINCREMENT," // never reused
                 " workflow_id   TEXT NOT NULL CHECK (workflow_id <> ''),"
                 " version       INTEGER NOT NULL CHECK (version >= 0)," // 0: run on the draft
                 " object_type   TEXT NOT NULL CHECK (object_type IN ('deal', 'quote', 'payment')),"
                 " object_id     TEXT NOT NULL CHECK (object_id <> ''),"
                 " enrollment_no INTEGER NOT NULL CHECK (enrollment_no >= 1),"
                 " enrolled_at   TEXT NOT NULL," // ISO 8601 UTC with milliseconds
                 " status        TEXT NOT NULL"
                 "               CHECK (status IN ('active', 'done', 'needsReview')),"
                 " live          INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1)),"
                 " updated_at    TEXT NOT NULL,"
                 " UNIQUE (workflow_id, object_id, enrollment_no)"
                 ")"),
             // The work still to do, oldest first, without reading the whole history.
             QStringLiteral("CREATE INDEX enrollments_active ON enrollments (enrolled_at, id)"
                            " WHERE status = 'active'"),
             QStringLiteral("CREATE INDEX enrollments_history ON enrollments"
                            " (workflow_id, enrolled_at, id)"),
             QStringLiteral("CREATE INDEX enrollments_newest ON enrollments (enrolled_at, id)"),
             QStringLiteral(
                 "CREATE TABLE action_runs ("
                 " id               INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " enrollment_id    INTEGER NOT NULL"
                 "                  REFERENCES enrollments (id) ON DELETE CASCADE,"
                 " action_id        TEXT NOT NULL CHECK (action_id <> ''),"
                 " action_index     INTEGER NOT NULL CHECK (action_index >= 0),"
                 " connection_id    TEXT NOT NULL,"
                 " status           TEXT NOT NULL CHECK (status IN ('pending', 'running',"
                 "                  'waiting', 'paused', 'done', 'failed')),"
                 " attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
                 " first_attempt_at TEXT," // NULL before the first try
                 " next_attempt_at  TEXT," // set while waiting
                 " updated_at       TEXT NOT NULL,"
                 " error_class      TEXT NOT NULL DEFAULT '',"
                 " error_reason     TEXT NOT NULL DEFAULT '',"
                 " document_type    TEXT NOT NULL DEFAULT '',"
                 " document_id      TEXT NOT NULL DEFAULT '',"
                 " document_number  TEXT NOT NULL DEFAULT '',"
                 " notes            TEXT NOT NULL DEFAULT '[]'," // JSON list of text
                 " UNIQUE (enrollment_id, action_index),"
                 " UNIQUE (enrollment_id, action_id),"
                 " CHECK ((status = 'waiting') = (next_attempt_at IS NOT NULL))"
                 ")"),
             QStringLiteral("CREATE INDEX action_runs_connection ON action_runs"
                            " (connection_id, status)"),
             QStringLiteral("CREATE INDEX action_runs_failed ON action_runs (enrollment_id)"
                            " WHERE status = 'failed'"),
             // request_id is unique across the whole ledger: it is derived from (workflow,
             // version, record, enrollment number, action, step), so a second row with the same
             // id could only be the same write planned twice. The batch a step went out in is
             // kept apart (batch_id): one /batch call carries several steps.
             QStringLiteral(
                 "CREATE TABLE steps ("
                 " id            INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " action_run_id INTEGER NOT NULL"
                 "               REFERENCES action_runs (id) ON DELETE CASCADE,"
                 " step_no       INTEGER NOT NULL CHECK (step_no >= 0),"
                 " key           TEXT NOT NULL,"
                 " kind          TEXT NOT NULL,"
                 " entity        TEXT NOT NULL,"
                 " request_id    TEXT NOT NULL UNIQUE"
                 "               CHECK (request_id <> '' AND length(request_id) <= 36),"
                 " body          TEXT NOT NULL," // JSON object: the exact create body
                 " state         TEXT NOT NULL"
                 "               CHECK (state IN ('planned', 'sent', 'done', 'failed')),"
                 " batch_id      TEXT NOT NULL DEFAULT '',"
                 " result_id     TEXT NOT NULL DEFAULT '',"
                 " result_number TEXT NOT NULL DEFAULT '',"
                 " sent_at       TEXT,"
                 " done_at       TEXT,"
                 " UNIQUE (action_run_id, step_no),"
                 " UNIQUE (action_run_id, key)," // a later step refers to an earlier one by key
                 " CHECK (state = 'planned' OR sent_at IS NOT NULL),"
                 " CHECK (state <> 'done' OR done_at IS NOT NULL)"
                 ")"),
             QStringLiteral("CREATE TABLE attempts ("
                            " id            INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " action_run_id INTEGER NOT NULL"
                            "               REFERENCES action_runs (id) ON DELETE CASCADE,"
                            " step_no       INTEGER NOT NULL DEFAULT -1 CHECK (step_no >= -1),"
                            " at            TEXT NOT NULL,"
                            " outcome       TEXT NOT NULL CHECK (outcome IN ('done', 'transient',"
                            "               'rateLimited', 'needsReconnect', 'permanent')),"
                            " http_status   INTEGER NOT NULL DEFAULT 0,"
                            " code          TEXT NOT NULL DEFAULT '',"
                            " reason        TEXT NOT NULL DEFAULT '',"
                            " request_id    TEXT NOT NULL DEFAULT ''"
                            ")"),
             QStringLiteral("CREATE INDEX attempts_run ON attempts (action_run_id, id)"),
             // Polling state belongs to a workflow: it goes with the workflow when it is removed.
             QStringLiteral(
                 "CREATE TABLE cursors ("
                 " workflow_id   TEXT PRIMARY KEY NOT NULL"
                 "               REFERENCES workflows (id) ON DELETE CASCADE,"
                 " last_modified TEXT NOT NULL," // the newest change seen (HubSpot's clock)
                 " updated_at    TEXT NOT NULL"
                 ")"),
             QStringLiteral(
                 "CREATE TABLE record_memory ("
                 " workflow_id     TEXT NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,"
                 " object_id       TEXT NOT NULL,"
                 " matching        INTEGER NOT NULL CHECK (matching IN (0, 1)),"
                 " reenroll_values TEXT NOT NULL," // JSON object: property → value
                 " updated_at      TEXT NOT NULL,"
                 " PRIMARY KEY (workflow_id, object_id)"
                 ") WITHOUT ROWID"),
         }},
        {4,
         "steps found by their /batch call; a retry generation per action run",
         {
             // A /batch answer that never arrived is resent with the same steps and requestid:
             // the executor reads the whole batch back by its id.
             QStringLiteral("CREATE INDEX steps_batch ON steps (batch_id) WHERE batch_id <> ''"),
             // How many times a person retried the action after QuickBooks refused a step: part
             // of the requestids planned after that, so the refusal is not replayed.
             QStringLiteral("ALTER TABLE action_runs ADD COLUMN generation INTEGER NOT NULL"
                            " DEFAULT 0 CHECK (generation >= 0)"),
         }},
        // 5, … are appended here by later issues.
    };
    return list;
}

namespace {

std::optional<int> userVersion(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return q.value(0).toInt();
}

} // namespace

Result<int> applyMigrations(const QSqlDatabase &db, const QVector<Migration> &list,
                            const QString &displayPath)
{
    const QString path = QDir::toNativeSeparators(displayPath);
    const auto failed = [&](int version, const QSqlError &error) {
        return Failure{Tr::tr("Bookflow could not update its database %1 to the current version "
                              "(step %2: %3). The database was left as it was.")
                           .arg(path)
                           .arg(version)
                           .arg(sqlProblem(error, displayPath))};
    };
    if (list.isEmpty())
        return 0;

    // The common case, an up-to-date file, takes no write lock at all.
    QSqlError error;
    const std::optional<int> before = userVersion(db, &error);
    if (!before)
        return failed(list.first().version, error);
    if (*before >= list.last().version)
        return 0;

    int ran = 0;
    for (const Migration &m : list) {
        WriteTransaction transaction(db);
        if (!transaction.begin())
            return failed(m.version, transaction.lastError());
        // Read again under the write lock: another process may have migrated meanwhile.
        const std::optional<int> current = userVersion(db, &error);
        if (!current)
            return failed(m.version, error);
        if (*current >= m.version)
            continue; // the transaction rolls back; nothing was written
        if (*current != m.version - 1) {
            return Failure{Tr::tr("Bookflow could not update its database %1: it is at version "
                                  "%2 and the next step it knows is %3. The database was left as "
                                  "it was.")
                               .arg(path)
                               .arg(*current)
                               .arg(m.version)};
        }
        QSqlQuery q(db);
        for (const QString &statement : m.statements) {
            if (!q.exec(statement))
                return failed(m.version, q.lastError());
        }
        // PRAGMA values cannot be bound; both are integers we control. Setting application_id in
        // every migration keeps it right even for a file that started as an empty SQLite file.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) ||
            !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(BookflowApplicationId)))
            return failed(m.version, q.lastError());
        q.finish();
        if (!transaction.commit())
            return failed(m.version, transaction.lastError());
        ++ran;
    }
    return ran;
}

int sqliteErrorCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : -1;
}

QString sqlProblem(const QSqlError &error, const QString &databasePath)
{
    const int code = sqliteErrorCode(error);
    // SQLite says SQLITE_FULL when a page write finds the disk full, but a plain I/O error when
    // it cannot grow its shared-memory index (the -shm file) for the same reason.
    if (code == 10 && !databasePath.isEmpty()) {
        const QStorageInfo disk(QFileInfo(databasePath).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 1024 * 1024)
            return Tr::tr("the disk is full");
    }
    // SQLite's primary result codes (sqlite3.h), in words a bookkeeper can act on.
    switch (code) {
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Tr::tr("permission was denied");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Tr::tr("another program is using the database");
    case 8: // SQLITE_READONLY
        return Tr::tr("the file or its folder is read-only");
    case 10: // SQLITE_IOERR
        return Tr::tr("the disk reported an error (%1)").arg(error.databaseText());
    case 11: // SQLITE_CORRUPT
        return Tr::tr("the file is damaged");
    case 13: // SQLITE_FULL
        return Tr::tr("the disk is full");
    case 14: // SQLITE_CANTOPEN
        return Tr::tr("the file could not be opened");
    case 26: // SQLITE_NOTADB
        return Tr::tr("the file is not a database");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

bool WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = q.lastError();
        return false;
    }
    m_open = true;
    return true;
}

bool WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        return false; // still open (e.g. busy): the destructor rolls back
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly if SQLite already rolled back
    m_open = false;
}

} // namespace bookflow
