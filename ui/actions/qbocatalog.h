#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVector>

namespace bookflow {

class Workspace;

// One row of a QuickBooks name list as a picker shows it.
struct LookupRow
{
    QString id;     // the QuickBooks Id ("58")
    QString name;   // DisplayName for people, Name for the other lists
    QString detail; // what tells rows apart: the account type, an email, a SKU

    bool operator==(const LookupRow &o) const
    {
        return id == o.id && name == o.name && detail == o.detail;
    }
    bool operator!=(const LookupRow &o) const { return !(*this == o); }
};

// The QuickBooks name lists the pickers offer, per connected company, loaded on the Workspace's
// Interactive lane (never on the GUI thread) and kept for the life of the catalog. Several
// widgets may share one catalog: a list is asked from QuickBooks once, every page of it, and
// everyone waiting on it hears changed() when it arrives.
//
// Only active records are listed (QuickBooks' own default for name lists). Accounts carry their
// AccountType in `detail` ("Bank", "Other Current Asset", …) so a picker can keep only the kinds
// a field accepts (accountTypesFor()).
class QboCatalog : public QObject
{
    Q_OBJECT

public:
    enum class List { Accounts, Terms, Customers, Items, Vendors };
    enum class State { NotLoaded, Loading, Loaded, Failed };

    explicit QboCatalog(Workspace &workspace, QObject *parent = nullptr);
    ~QboCatalog() override;

    // Starts loading `list` of the company unless it is loaded or loading already; `force` asks
    // QuickBooks again even when loaded (Retry, Refresh). Returns at once; changed() follows.
    void load(const QString &connectionId, List list, bool force = false);
    // Forgets every list of the company (after a reconnect to another company, say).
    void forget(const QString &connectionId);

    State state(const QString &connectionId, List list) const;
    // Why the last load failed, in words a bookkeeper understands; empty unless Failed.
    QString error(const QString &connectionId, List list) const;
    // The rows, sorted by name (case-insensitively); empty until Loaded.
    QVector<LookupRow> rows(const QString &connectionId, List list) const;

    // The row with that id, when the list is loaded and has it.
    const LookupRow *row(const QString &connectionId, List list, const QString &id) const;

Q_SIGNALS:
    // The list's state, rows or error changed.
    void changed(const QString &connectionId, bookflow::QboCatalog::List list);

private:
    struct Entry
    {
        State state = State::NotLoaded;
        QString error;
        QVector<LookupRow> rows;
        QHash<QString, int> byId;
        quint64 generation = 0; // answers of a superseded load are dropped
    };
    static QString key(const QString &connectionId, List list);

    Workspace &m_workspace;
    QHash<QString, Entry> m_entries;
    quint64 m_nextGeneration = 1;
};

} // namespace bookflow

Q_DECLARE_METATYPE(bookflow::QboCatalog::List)
