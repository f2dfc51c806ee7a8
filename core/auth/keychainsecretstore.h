#pragma once

#include "core/auth/secretstore.h"

#include <atomic>

namespace bookflow {

// Secrets in the operating system's keychain (the Secret Service of GNOME Keyring or KWallet on
// Linux) through QtKeychain 0.13 (anchors.md C2). `service` names Bookflow's entries there.
//
// Calls are synchronous: the caller waits on a local QEventLoop (user input excluded, as
// NetworkTransport does) until the keychain answers or the timeout passes. The QtKeychain jobs
// themselves all run on one long-lived thread of the process, whatever thread calls: QtKeychain
// 0.13 runs jobs one at a time through a process-wide executor that lives in the thread of the
// first job and learns about finished jobs by signal, so jobs started from a thread that later
// ends, or whose first thread is blocked, would wait forever (keychain.cpp, JobExecutor). The
// thread stops when the QCoreApplication is destroyed.
//
// insecureFallback is never set: nothing is ever written to QSettings in plain text. A missing
// keychain is reported in words with the way out (--secrets file), never worked around.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr int DefaultTimeoutMs = 20 * 1000;

    explicit KeychainSecretStore(QString service = QStringLiteral("Bookflow"));

    Backend backend() const override { return Backend::Keychain; }
    QString describe() const override;
    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

    QString service() const { return m_service; }
    // How long one call waits for the keychain (which may be showing an unlock prompt).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    const QString m_service;
    std::atomic<int> m_timeoutMs{DefaultTimeoutMs};
};

} // namespace bookflow
