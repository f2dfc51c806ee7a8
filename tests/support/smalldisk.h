#pragma once
// A disk that fills up, for the full-disk tests. Where the test may mount (as root, `mount`
// present, BOOKFLOW_TEST_NO_MOUNT unset) it is a real tmpfs of its own, filled with a file up to
// the room asked for. Elsewhere it is an ordinary folder, and the writer is held to a file-size
// limit instead (RLIMIT_FSIZE with SIGXFSZ ignored: a write past it fails with EFBIG, short, as
// on a full disk). Header-only; POSIX.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace testsupport {

class SmallDisk
{
public:
    // Makes `folder` a disk of `bytes` where possible.
    SmallDisk(const QString &folder, qint64 bytes) : m_folder(folder)
    {
        QDir().mkpath(folder);
        if (::geteuid() != 0 || !qEnvironmentVariableIsEmpty("BOOKFLOW_TEST_NO_MOUNT") ||
            QStandardPaths::findExecutable(QStringLiteral("mount")).isEmpty())
            return;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), folder});
        m_mounted = mount.waitForFinished(20000) && mount.exitStatus() == QProcess::NormalExit &&
                    mount.exitCode() == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_folder});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isReal() const { return m_mounted; }
    QString describe() const
    {
        return m_mounted ? QStringLiteral("a tmpfs") : QStringLiteral("a file-size limit");
    }

    // Fills the disk until only `room` bytes are left (nothing to do with the file-size limit).
    bool fill(qint64 room)
    {
        if (!m_mounted)
            return true;
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        return QFile::resize(fillerPath(), QFileInfo(fillerPath()).size() - room);
    }
    // Room again.
    void empty() { QFile::remove(fillerPath()); }

    // For a child process (QProcess::setChildProcessModifier): the file-size limit, when the disk
    // is not a real one. Exits 99 if the limit can't be set.
    static void limitChild(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            ::_exit(99);
    }

    // For this process, while the object lives: only the soft limit is lowered, so it can be
    // raised again. Nothing happens on a real disk.
    class Limit
    {
    public:
        Limit(const SmallDisk &disk, rlim_t bytes) : m_active(!disk.isReal())
        {
            if (!m_active)
                return;
            m_previousHandler = ::signal(SIGXFSZ, SIG_IGN);
            ::getrlimit(RLIMIT_FSIZE, &m_previous);
            rlimit lowered = m_previous;
            lowered.rlim_cur = bytes;
            ::setrlimit(RLIMIT_FSIZE, &lowered);
        }
        ~Limit()
        {
            if (!m_active)
                return;
            ::setrlimit(RLIMIT_FSIZE, &m_previous);
            ::signal(SIGXFSZ, m_previousHandler);
        }
        Limit(const Limit &) = delete;
        Limit &operator=(const Limit &) = delete;

    private:
        bool m_active;
        rlimit m_previous{};
        void (*m_previousHandler)(int) = nullptr;
    };

private:
    QString fillerPath() const { return QDir(m_folder).filePath(QStringLiteral("filler")); }

    QString m_folder;
    bool m_mounted = false;
};

} // namespace testsupport
