#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bookflow {

// PRAGMA application_id of every Bookflow database ("Bkfl" in ASCII). A SQLite file carrying
// another id belongs to another application and is never touched.
constexpr qint32 BookflowApplicationId = 0x426B666C;

// One numbered schema change. The statements run in order inside one transaction that also sets
// PRAGMA user_version = version, so a migration is applied completely or not at all. They are
// separate strings because Qt's SQLite driver runs one statement per exec().
struct Migration
{
    int version;
    const char *summary; // for people reading the code and the test output
    QStringList statements;
};

// Every migration, oldest first, numbered 1, 2, 3… without gaps. A released migration is never
// edited: later schema changes are appended as the next number (2 connections, 3 the ledger).
const QVector<Migration> &migrations();

// Brings `db` from its user_version up to the last migration of `list`, each in its own
// BEGIN IMMEDIATE transaction (a second process opening the same file at the same moment waits,
// then finds the work done). Returns how many migrations ran. `displayPath` names the file in
// error messages. The list is a parameter so tests can prove that a failing migration leaves
// nothing behind.
Result<int> applyMigrations(const QSqlDatabase &db, const QVector<Migration> &list,
                            const QString &displayPath);

// ---- Helpers shared by the store's implementation (not part of the store's API) -------------

// SQLite's primary result code of a Qt SQL error (extended codes folded), or -1.
int sqliteErrorCode(const QSqlError &error);
// The problem in plain words ("the disk is full", "another program is using it"), translated.
// With the database's path, an I/O error on a disk that has run out of room says so.
QString sqlProblem(const QSqlError &error, const QString &databasePath = QString());

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock at
// the start, so two processes never both read and then fail to upgrade to a write (SQLITE_BUSY
// without waiting for the busy timeout).
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin();
    bool commit();
    void rollback();
    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_open = false;
};

} // namespace bookflow
