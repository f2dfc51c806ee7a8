#pragma once

// What the bench programs share: a figure and how it is written, the sandbox on its own thread
// seeded with the benchmark's job, and a Bookflow installation connected to it through the real
// OAuth round trips. Nothing here is shipped; `make bench` builds it (BOOKFLOW_BUILD_BENCH).
#include "app/sandbox/sandboxthread.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/net/httptransport.h"
#include "core/store/store.h"
#include "core/util/clock.h"
#include "core/workflow/workflow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#include <memory>

namespace bookflow::bench {

// One measured figure of results.json.
struct Figure
{
    QString id;          // stable key, e.g. "api.quickbooks"
    QString name;        // in words, for the table
    double value = 0;    // what was measured
    QString unit;        // "requests", "ms", "MB", "evaluations/s", …
    double target = 0;   // the target
    bool atMost = true;  // true: value ≤ target meets it; false: value ≥ target
    QString how;         // how it was measured
    QString note;        // the gap and what would close it, or what to know about the number
    QJsonObject details; // the numbers behind it

    bool met() const { return atMost ? value <= target : value >= target; }
    QJsonObject toJson() const;
};

// Writes {"figures": [...]} to `path` (the report merges the programs' files).
bool writeFigures(const QString &path, const QVector<Figure> &figures, QString *error);

// The benchmark job of issue 10: deals whose enrollments each create one invoice, with a few
// distinct contacts (some already QuickBooks customers) and products (matched by the product
// mapping, by SKU and by name; a few missing, created because the action says so).
struct JobShape
{
    int deals = 1000;
    int contacts = 50;
    int existingCustomers = 25; // the first ones are QuickBooks customers (name and email)
    int mappedProducts = 7;     // matched by the connection's product mapping only
    int skuProducts = 5;        // matched by SKU only
    int nameProducts = 5;       // matched by name only
    int missingProducts = 3;    // in HubSpot only: created by the action
    int products() const { return mappedProducts + skuProducts + nameProducts + missingProducts; }
};

struct SeededJob
{
    QString realmId;
    QString companyName;
    QMap<QString, QString> productMapping; // HubSpot product id → QuickBooks Item id
    int contacts = 0;
    int products = 0;
    int lineItems = 0;
    QStringList dealIds;
};

// Replaces everything the sandbox holds (no demo data) with one US company and the job's
// HubSpot records, written through the providers' own services below HTTP: nothing is counted
// and the request log starts empty. Runs on the sandbox's thread.
SeededJob seedJob(sandbox::SandboxThread &sandbox, const JobShape &shape);

// The sandbox's request counts now (GET /_sandbox/requests without HTTP).
QJsonObject requestCounts(sandbox::SandboxThread &sandbox);
void resetRequestCounts(sandbox::SandboxThread &sandbox);
// Per provider ("quickbooks", "hubspot") from requestCounts().
qint64 providerCount(const QJsonObject &counts, const QString &provider);
// "METHOD route" → count for one provider's routes.
QJsonObject routesOf(const QJsonObject &counts, const QString &prefix);

// A data folder connected to the sandbox (HubSpot and its one QuickBooks company) through the
// real OAuth round trips, as `bookflow-cli connect sandbox` does.
class Installation
{
public:
    // The data folder goes under `parent` (the system's temporary folder when empty).
    Installation(Transport &transport, const Clock &clock, const QString &parent = QString());
    ~Installation();

    // False with `error` when the folder or the connections fail.
    bool connect(const QUrl &sandbox, QString *error);

    Store &store() { return *m_store; }
    ConnectionManager &manager() { return *m_manager; }
    QString dataDir() const { return m_dir.path(); }
    QString quickBooksConnection() const { return m_quickBooks; }
    QString hubSpotConnection() const { return m_hubSpot; }

private:
    QTemporaryDir m_dir;
    Transport &m_transport;
    const Clock &m_clock;
    std::unique_ptr<Store> m_store;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConnectionManager> m_manager;
    QString m_quickBooks;
    QString m_hubSpot;
};

// The job's workflow: Deal › Deal name starts with "Bench deal" → Create a QuickBooks invoice
// (the deal's first contact, its line items, create the product if it doesn't exist).
Workflow jobWorkflow(const QString &connectionId);

// Milliseconds with a fraction, from a running timer.
inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QVector<double> values);

} // namespace bookflow::bench
