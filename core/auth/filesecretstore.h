#pragma once

#include "core/auth/secretstore.h"

#include <QMutex>

#include <atomic>

namespace bookflow {

// Secrets in one plain-text JSON file, for machines without a keychain (a headless server). Only
// ever chosen explicitly (--secrets file), and the CLI and the GUI show warning() when it is.
//
// The file: {"format": "bookflow-secrets", "version": 1, "secrets": {key: value, ...}}.
// - It is private to its owner (mode 0600): the temporary file QSaveFile writes gets that mode
//   before the first secret byte, and the mode is checked again after the rename.
// - A file that other users may open is refused, not repaired: whoever loosened it should know
//   its secrets may have been read (and a file others can write may have been planted).
// - A file that is not a Bookflow secrets file is reported with its name and left byte for byte
//   as it was; write() refuses too rather than replace it.
// - Writes are read-modify-write under a QLockFile next to the file (path + ".lock"), so two
//   Bookflow programs sharing a data folder (the GUI and a CLI) never lose each other's keys.
//   Nothing is cached: every call reads the file afresh. Thread-safe.
class FileSecretStore final : public SecretStore
{
public:
    static constexpr int DefaultLockTimeoutMs = 10 * 1000;

    explicit FileSecretStore(QString path);

    Backend backend() const override { return Backend::File; }
    QString describe() const override;
    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

    QString path() const { return m_path; }
    // How long write() and remove() wait for another program's lock before giving up.
    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }
    int lockTimeoutMs() const { return m_lockTimeoutMs; }

    // What the CLI and the GUI show when this store is chosen.
    static QString warning(const QString &path);

private:
    // Changes the file under the lock: `change` edits the secrets and says whether anything
    // changed (nothing is written when it did not).
    template <typename Change> Status update(const QString &key, Change change);

    const QString m_path;
    std::atomic<int> m_lockTimeoutMs{DefaultLockTimeoutMs};
    QMutex m_mutex;
};

} // namespace bookflow
