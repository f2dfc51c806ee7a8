#include "core/auth/secretstore.h"

#include "core/auth/filesecretstore.h"
#include "core/auth/keychainsecretstore.h"
#include "core/auth/memorysecretstore.h"
#include "core/util/tr.h"

#include <QDir>

namespace bookflow {

SecretStore::~SecretStore() = default;

Result<std::unique_ptr<SecretStore>> SecretStore::create(const QString &backendName,
                                                         const QString &dataDir)
{
    const QString name = backendName.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1String("keychain"))
        return std::unique_ptr<SecretStore>(std::make_unique<KeychainSecretStore>());
    if (name == QLatin1String("file")) {
        if (dataDir.trimmed().isEmpty())
            return Failure{Tr::tr("The secrets file belongs in Bookflow's data folder, and no "
                                  "data folder was given.")};
        return std::unique_ptr<SecretStore>(std::make_unique<FileSecretStore>(
            QDir(dataDir).filePath(QStringLiteral("secrets.json"))));
    }
    if (name == QLatin1String("memory"))
        return std::unique_ptr<SecretStore>(std::make_unique<MemorySecretStore>());
    return Failure{Tr::tr("“%1” is not a place Bookflow can keep sign-ins; choose keychain, file "
                          "or memory.")
                       .arg(backendName)};
}

} // namespace bookflow
