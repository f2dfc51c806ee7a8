#pragma once

#include "core/util/result.h"
#include "core/workflow/workflow.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

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

private:
    struct Private;
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace bookflow
