#pragma once

#include "core/store/connection.h"
#include "core/util/result.h"
#include "core/workflow/workflow.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace bookflow {

// One row of the workflow list.
struct WorkflowSummary
{
    QString id;
    QString name;              // the draft's name
    ObjectType objectType = ObjectType::Deal;
    bool enabled = false;      // turned on
    int publishedVersion = 0;  // latest published version number; 0 = never published
    bool draftChanged = false; // the draft differs from the latest published version (or none yet)
    QDateTime updatedAt;       // last draft change (UTC)
};

struct VersionInfo
{
    int number = 0;
    QDateTime publishedAt; // UTC
    QString name;
};

// The local database: one SQLite file (WAL) in the data dir holding everything that isn't secret.
// Schema changes are numbered migrations (PRAGMA user_version). A file that is not a Bookflow
// database, is damaged, or was written by a newer Bookflow is reported and never written to.
//
// Workflows: each has one editable draft and immutable numbered published versions. Publishing
// freezes the draft as version N+1; editing the draft never touches a version (the database
// refuses UPDATE of a version row); restoring copies a version into the draft.
//
// Several Stores (in one or several processes) may share a file. A Store is used from the thread
// that opened it: Qt SQL connections belong to one thread.
class Store
{
public:
    static constexpr const char *FileName = "bookflow.db";

    // --data-dir wins, then BOOKFLOW_DATA_DIR, then QStandardPaths::GenericDataLocation + "/Bookflow" (shared by the GUI and the CLI).
    static QString defaultDataDir();
    static int latestSchemaVersion();

    // Creates the folder and database if missing and runs pending migrations.
    static Result<std::unique_ptr<Store>> open(const QString &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString dataDir() const;
    QString databasePath() const;
    int schemaVersion() const;
    // How many migrations this open() ran: 0 when the file was already up to date.
    int migrationsApplied() const;

    Result<QVector<WorkflowSummary>> workflows() const;
    Result<WorkflowSummary> summary(const QString &id) const;

    // Adds a new workflow as a draft; fails if the id is taken.
    Status createWorkflow(const Workflow &workflow);
    Result<Workflow> draft(const QString &id) const;
    // Replaces the draft. The object type is fixed at creation: a draft of another type is refused.
    Status saveDraft(const Workflow &workflow);
    Status removeWorkflow(const QString &id);

    // Freezes the current draft as the next version and returns its number.
    Result<int> publish(const QString &id);
    Result<QVector<VersionInfo>> versions(const QString &id) const;
    Result<Workflow> version(const QString &id, int number) const;
    // The draft becomes a copy of version `number`.
    Status restoreVersion(const QString &id, int number);

    // Turning on needs a published version; off stops new enrollments.
    Status setEnabled(const QString &id, bool enabled);

    // Reads a workflow file (never modifying it) and adds it as a new draft. A file whose id is
    // already in the store is added under a fresh id, so an import never overwrites anything.
    Result<QString> importFile(const QString &path);
    // Writes the draft (version 0) or a published version to `path` atomically.
    Status exportFile(const QString &id, const QString &path, int version = 0) const;

    // ---- Connections ---------------------------------------------------------------------------
    // Connected accounts and the OAuth apps' public details. Nothing secret is stored: tokens and
    // client secrets live in the keychain (PRODUCT.md §5).

    // A random UUID made once with the database; it namespaces this database's keychain entries
    // so that two data folders never share secrets. The same for every Store on the file.
    QString installationId() const;

    // HubSpot first, then by name.
    Result<QVector<Connection>> connections() const;
    // Fails with "No connection with id …" for an unknown id.
    Result<Connection> connection(const QString &id) const;
    // Inserts or updates, and returns the connection's id. One (provider, accountId, environment)
    // is one connection: saving it again updates that row and keeps its id, whatever id is given.
    // - With an empty id this is a (re)connect: what the provider says (name, country, API
    //   address, sign-in kind, scopes, state) replaces the stored values, while the person's
    //   settings (integration mode, data-sync filters, product sync and mapping, income and
    //   default accounts) stay as they were. A new account gets a fresh id.
    // - With the id of the stored connection every field is written (an edit of its settings).
    // - An id that belongs to another account is refused: a connection never changes company.
    // The store keeps connectedAt (first connected), updatedAt and stateChangedAt; saving an
    // unchanged connection changes nothing. The state reason is dropped when connected and never
    // left empty when not. Refused: an empty accountId, a private-app token for QuickBooks, an
    // address that carries a password.
    Result<QString> saveConnection(const Connection &connection);
    // `reason` says in plain words why the connection needs reconnecting; it is dropped when
    // `state` is Connected.
    Status setConnectionState(const QString &id, ConnectionState state, const QString &reason);
    Status removeConnection(const QString &id);

    // The app a person registered for `provider` in `environment`, or nothing when none was
    // entered yet.
    Result<std::optional<AppCredentials>> appCredentials(Provider provider,
                                                         Environment environment) const;
    // Replaces the app details of its provider and environment. The client id is required.
    Status saveAppCredentials(const AppCredentials &credentials);

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace bookflow
