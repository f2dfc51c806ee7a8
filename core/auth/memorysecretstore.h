#pragma once

#include "core/auth/secretstore.h"

#include <QHash>
#include <QMutex>

namespace bookflow {

// Secrets in a QHash, for unit tests only: nothing survives the object, and nothing protects the
// values beyond the process's own memory. Thread-safe.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    Backend backend() const override { return Backend::Memory; }
    QString describe() const override;
    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace bookflow
