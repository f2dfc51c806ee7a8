#include "core/auth/filesecretstore.h"

#include "core/util/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSaveFile>

namespace bookflow {

Q_LOGGING_CATEGORY(lcSecretFile, "bookflow.secrets.file", QtInfoMsg)

namespace {

constexpr int FormatVersion = 1;
constexpr int StaleLockMs = 30 * 1000;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString formatName()
{
    return QStringLiteral("bookflow-secrets");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Failure damaged(const QString &path, const QString &why)
{
    return Failure{Tr::tr("The secrets file %1 is damaged: %2. Bookflow left it exactly as it "
                          "was; restore it from a backup, or move it aside and sign in to your "
                          "accounts again.")
                       .arg(shown(path), why)};
}

Failure openToOthers(const QString &path)
{
    return Failure{Tr::tr("Other users of this computer can open the secrets file %1, so Bookflow "
                          "will not use it: its sign-ins may have been seen. Make it private "
                          "with the command chmod 600 %1 and try again (and consider signing in "
                          "to your accounts again).")
                       .arg(shown(path))};
}

Failure notSaved(const QString &path, const QString &why)
{
    return Failure{Tr::tr("Bookflow could not save the secrets file %1: %2. The file was left as "
                          "it was.")
                       .arg(shown(path), why)};
}

// The secrets file as read: the whole object (fields a later Bookflow may add are kept) and its
// secrets. Both empty when there is no file yet.
struct SecretsFile
{
    QJsonObject root;
    QJsonObject secrets;
};

// Reads and checks the file without ever changing it. The permission check comes before the
// first byte is read: a file others may open is not one to trust or to extend.
Result<SecretsFile> load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SecretsFile{};
    if (info.isDir())
        return damaged(path, Tr::tr("it is a folder, not a file"));
    if (QFile::permissions(path) & GroupOrOthers)
        return openToOthers(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Tr::tr("Bookflow could not read the secrets file %1: %2.")
                           .arg(shown(path), file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Failure{Tr::tr("Bookflow could not read the secrets file %1: %2.")
                           .arg(shown(path), file.errorString())};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return damaged(path, Tr::tr("it is not JSON (%1 at character %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!document.isObject())
        return damaged(path, Tr::tr("it is not a Bookflow secrets file"));

    SecretsFile loaded;
    loaded.root = document.object();
    if (loaded.root.value(QLatin1String("format")).toString() != formatName())
        return damaged(path, Tr::tr("it is not a Bookflow secrets file"));
    const QJsonValue version = loaded.root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt())
        return damaged(path, Tr::tr("its format version is missing"));
    if (version.toInt() > FormatVersion)
        return Failure{Tr::tr("The secrets file %1 was written by a newer Bookflow (format version "
                              "%2). This Bookflow left it as it was; update Bookflow to use it.")
                           .arg(shown(path))
                           .arg(version.toInt())};
    if (version.toInt() != FormatVersion)
        return damaged(path, Tr::tr("its format version %1 is unknown").arg(version.toInt()));
    const QJsonValue secrets = loaded.root.value(QLatin1String("secrets"));
    if (!secrets.isObject())
        return damaged(path, Tr::tr("it holds no list of secrets"));
    loaded.secrets = secrets.toObject();
    for (auto it = loaded.secrets.constBegin(); it != loaded.secrets.constEnd(); ++it) {
        if (!it.value().isString())
            return damaged(path, Tr::tr("the secret “%1” is not text").arg(it.key()));
    }
    return loaded;
}

// Writes the whole file at once (QSaveFile, anchors.md C8): a crash leaves the old file intact.
Status save(const QString &path, SecretsFile file)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return notSaved(path, out.errorString());
    // QSaveFile gives a new file 0666 minus the umask (0644 as a rule). The temporary file becomes
    // the secrets file on commit, so it is made private before it receives a single secret byte.
    if (!out.setPermissions(OwnerOnly)) {
        const QString why = out.errorString();
        out.cancelWriting();
        return notSaved(path, why);
    }

    file.root.insert(QLatin1String("format"), formatName());
    file.root.insert(QLatin1String("version"), FormatVersion);
    file.root.insert(QLatin1String("secrets"), file.secrets);
    const QByteArray bytes = QJsonDocument(file.root).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size()) {
        const QString why = out.errorString();
        out.cancelWriting();
        return notSaved(path, why);
    }
    if (!out.commit())
        return notSaved(path, out.errorString());

    // The rename keeps the temporary file's mode on ordinary file systems; some (a FAT stick, a
    // network share) invent their own. Check rather than trust: tighten what can be tightened,
    // but still report it, because the secret was on disk unprotected for a moment.
    if (QFile::permissions(path) & GroupOrOthers) {
        QFile::setPermissions(path, OwnerOnly);
        return Failure{
            Tr::tr("Bookflow saved the secrets file %1, but other users of this computer "
                   "could open it; its folder may be on a disk that ignores file "
                   "permissions. Keep the data folder on your own disk, run chmod 600 "
                   "%1, and consider signing in to your accounts again.")
                .arg(shown(path))};
    }
    return Status::success();
}

} // namespace

FileSecretStore::FileSecretStore(QString path) : m_path(std::move(path))
{
}

QString FileSecretStore::describe() const
{
    return Tr::tr("the file %1 (plain text)").arg(shown(m_path));
}

QString FileSecretStore::warning(const QString &path)
{
    return Tr::tr("Your sign-ins are kept in plain text in %1, readable only by your user. Anyone "
                  "who can use your account or read your backups can use them too. Use the "
                  "system keychain where you can.")
        .arg(shown(path));
}

Result<std::optional<QString>> FileSecretStore::read(const QString &key)
{
    // No file lock: QSaveFile replaces the file by a rename, so a reader sees the old file or the
    // new one, never half of one.
    const QMutexLocker guard(&m_mutex);
    const Result<SecretsFile> loaded = load(m_path);
    if (!loaded) {
        qCWarning(lcSecretFile) << "cannot read" << m_path << "for key" << key;
        return loaded.failure();
    }
    const QJsonValue value = loaded->secrets.value(key);
    if (value.isUndefined())
        return std::optional<QString>();
    return std::optional<QString>(value.toString());
}

Status FileSecretStore::write(const QString &key, const QString &value)
{
    return update(key, [&key, &value](QJsonObject &secrets) {
        secrets.insert(key, value);
        return true;
    });
}

Status FileSecretStore::remove(const QString &key)
{
    if (!QFileInfo::exists(m_path))
        return Status::success();
    return update(key, [&key](QJsonObject &secrets) {
        if (!secrets.contains(key))
            return false;
        secrets.remove(key);
        return true;
    });
}

template <typename Change> Status FileSecretStore::update(const QString &key, Change change)
{
    const QMutexLocker guard(&m_mutex);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return notSaved(m_path, Tr::tr("its folder %1 could not be created").arg(shown(folder)));

    // Read, change and write back under one lock, so that another Bookflow program writing its
    // own key at the same time does not have it overwritten by this one's older copy.
    const QString lockPath = m_path + QLatin1String(".lock");
    QLockFile lock(lockPath);
    lock.setStaleLockTime(StaleLockMs);
    if (!lock.tryLock(m_lockTimeoutMs)) {
        qCWarning(lcSecretFile) << "lock" << lockPath << "not taken for key" << key << "error"
                                << lock.error();
        if (lock.error() == QLockFile::LockFailedError)
            return Failure{Tr::tr("Another Bookflow program is saving to the secrets file %1 and "
                                  "has not finished; try again in a moment. If no other Bookflow "
                                  "program is running, delete %2.")
                               .arg(shown(m_path), shown(lockPath))};
        return notSaved(m_path,
                        Tr::tr("the lock file %1 could not be created").arg(shown(lockPath)));
    }

    Result<SecretsFile> loaded = load(m_path);
    if (!loaded) {
        qCWarning(lcSecretFile) << "refusing to change" << m_path << "for key" << key;
        return loaded.failure();
    }
    if (!change(loaded.value().secrets))
        return Status::success();
    const Status saved = save(m_path, std::move(loaded.value()));
    if (!saved)
        qCWarning(lcSecretFile) << "could not save" << m_path << "for key" << key;
    return saved;
}

} // namespace bookflow
