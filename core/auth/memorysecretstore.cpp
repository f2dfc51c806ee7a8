#include "core/auth/memorysecretstore.h"

#include "core/util/tr.h"

#include <QMutexLocker>

namespace bookflow {

QString MemorySecretStore::describe() const
{
    return Tr::tr("memory only (forgotten when Bookflow closes)");
}

Result<std::optional<QString>> MemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return std::optional<QString>();
    return std::optional<QString>(*found);
}

Status MemorySecretStore::write(const QString &key, const QString &value)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, value);
    return Status::success();
}

Status MemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.remove(key);
    return Status::success();
}

} // namespace bookflow
