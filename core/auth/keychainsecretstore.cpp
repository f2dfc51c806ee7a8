#include "core/auth/keychainsecretstore.h"

#include "core/util/tr.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace bookflow {

Q_LOGGING_CATEGORY(lcKeychain, "bookflow.secrets.keychain", QtInfoMsg)

namespace {

enum class Operation { Read, Write, Remove };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

// One call, shared by the caller (who may stop waiting) and the keychain thread (which finishes
// it whenever the keychain answers). Everything below `mutex` is guarded by it.
struct KeychainCall
{
    Operation operation = Operation::Read;
    QString service;
    QString key;
    QString value; // Write only; never logged

    QMutex mutex;
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; // what Read found
    bool noSecretService = false;
    QEventLoop *waiter = nullptr; // the caller's loop while it waits, in the caller's thread
};

// libsecret reports a missing session bus or a missing Secret Service as a plain OtherError
// (anchors.md C2: gerrorToCode maps only the Secret Service's own errors), so ask D-Bus whether
// anyone could have answered. Runs on the keychain thread: if the bus itself hangs, the caller's
// timeout still holds.
bool secretServiceMissing()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return true;
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name).value())
        return false;
    const QDBusReply<QStringList> activatable =
        bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return !(activatable.isValid() && activatable.value().contains(name));
}

// The one thread all of the process's QtKeychain jobs run on (see the header for why). Created
// on first use, stopped when the QCoreApplication goes; never deleted, so that a thread still
// stuck in a keychain call at exit is not destroyed while running.
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        static KeychainThread *thread = new KeychainThread;
        return *thread;
    }

    // False once the application is shutting down.
    bool submit(const std::shared_ptr<KeychainCall> &call)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return false;
        return QMetaObject::invokeMethod(
            m_context, [call] { start(call); }, Qt::QueuedConnection);
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("bookflow-keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        qAddPostRoutine(&KeychainThread::stopInstance);
    }

    static void stopInstance() { instance().stop(); }

    void stop()
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_stopped = true;
        }
        m_thread.quit();
        if (m_thread.wait(5000)) {
            delete m_context;
            m_context = nullptr;
        } else {
            qCWarning(lcKeychain) << "the keychain thread did not stop; leaving it";
        }
    }

    // On the keychain thread.
    static void start(const std::shared_ptr<KeychainCall> &call)
    {
        QKeychain::Job *job = nullptr;
        switch (call->operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(call->service);
            break;
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(call->service);
            write->setTextData(call->value);
            job = write;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(call->service);
            break;
        }
        job->setAutoDelete(false);
        // Never: it would keep the secret in plain text in QSettings (anchors.md C2).
        job->setInsecureFallback(false);
        job->setKey(call->key);
        QObject::connect(job, &QKeychain::Job::finished, job, [call](QKeychain::Job *done) {
            finish(call, done);
            done->deleteLater();
        });
        job->start();
    }

    // On the keychain thread, when the job has finished.
    static void finish(const std::shared_ptr<KeychainCall> &call, QKeychain::Job *job)
    {
        const QKeychain::Error error = job->error();
        QString text;
        if (error == QKeychain::NoError && call->operation == Operation::Read)
            text = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        const bool missing = error == QKeychain::OtherError && secretServiceMissing();

        const QMutexLocker lock(&call->mutex);
        call->finished = true;
        call->error = error;
        call->errorString = job->errorString();
        call->text = text;
        call->noSecretService = missing;
        // A queued call: if the caller stops waiting first, it clears `waiter` under the mutex
        // before its loop is destroyed, and a destroyed loop's pending events are dropped.
        if (call->waiter)
            QMetaObject::invokeMethod(call->waiter, &QEventLoop::quit, Qt::QueuedConnection);
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    QMutex m_mutex;
    bool m_stopped = false;
};

QString withDetail(const QString &sentence, const QString &detail)
{
    const QString said = detail.trimmed();
    if (said.isEmpty())
        return sentence;
    return Tr::tr("%1 (The keychain said: %2)").arg(sentence, said);
}

QString noKeychainMessage(const QString &detail)
{
    return withDetail(Tr::tr("No keychain is available to keep Bookflow's sign-ins safe. Start the "
                             "desktop's keyring (GNOME Keyring or KWallet), or run with --secrets "
                             "file to keep them in a file only you can read."),
                      detail);
}

QString accessDeniedMessage(const QString &detail)
{
    return withDetail(Tr::tr("The system keychain refused Bookflow access to its sign-ins; it may "
                             "be locked. Unlock it (your desktop's Passwords and Keys, or "
                             "KWallet) and try again."),
                      detail);
}

QString timeoutMessage(int timeoutMs)
{
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    return Tr::tr("The system keychain did not answer within %n second(s). It may be waiting for "
                  "you to unlock it; unlock it and try again.",
                  nullptr, seconds);
}

QString failedMessage(Operation operation, const QString &detail)
{
    // Seen on a machine without a desktop: the keyring starts but cannot show its unlock prompt.
    const QString wayOut = Tr::tr("If the keychain cannot be used on this computer, run Bookflow "
                                  "with --secrets file to keep sign-ins in a file only you can "
                                  "read.");
    switch (operation) {
    case Operation::Read:
        return withDetail(Tr::tr("Bookflow could not read a saved sign-in from the system "
                                 "keychain.") +
                              QLatin1Char(' ') + wayOut,
                          detail);
    case Operation::Write:
        return withDetail(Tr::tr("Bookflow could not save a sign-in in the system keychain.") +
                              QLatin1Char(' ') + wayOut,
                          detail);
    case Operation::Remove:
        return withDetail(Tr::tr("Bookflow could not remove a sign-in from the system keychain."),
                          detail);
    }
    return detail;
}

struct Outcome
{
    bool ok = false;
    bool notFound = false;
    QString text;
    QString reason;
};

// Runs one call on the keychain thread and waits for it in a local event loop of this thread
// (which works in a thread that has no loop running) until it finishes or `timeoutMs` passes.
Outcome run(Operation operation, const QString &service, const QString &key, const QString &value,
            int timeoutMs)
{
    if (!QCoreApplication::instance())
        return {false, false, {}, failedMessage(operation, QStringLiteral("no QCoreApplication"))};

    auto call = std::make_shared<KeychainCall>();
    call->operation = operation;
    call->service = service;
    call->key = key;
    call->value = value;
    if (!KeychainThread::instance().submit(call))
        return {false, false, {}, failedMessage(operation, Tr::tr("Bookflow is closing"))};

    {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        bool wait = false;
        {
            const QMutexLocker lock(&call->mutex);
            if (!call->finished) {
                call->waiter = &loop;
                wait = true;
            }
        }
        if (wait) {
            deadline.start(timeoutMs);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        const QMutexLocker lock(&call->mutex);
        call->waiter = nullptr;
    }

    const QMutexLocker lock(&call->mutex);
    if (!call->finished) {
        // The job keeps running on the keychain thread and is deleted when it ends; later calls
        // queue behind it (QtKeychain runs one job at a time) and time out too until it does.
        qCWarning(lcKeychain) << operationName(operation) << "of key" << key << "timed out after"
                              << timeoutMs << "ms";
        return {false, false, {}, timeoutMessage(timeoutMs)};
    }

    switch (call->error) {
    case QKeychain::NoError:
        return {true, false, call->text, {}};
    case QKeychain::EntryNotFound:
        if (operation == Operation::Read || operation == Operation::Remove)
            return {true, true, {}, {}};
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        qCWarning(lcKeychain) << operationName(operation) << "of key" << key
                              << "failed: no keychain:" << call->errorString;
        return {false, false, {}, noKeychainMessage(call->errorString)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        qCWarning(lcKeychain) << operationName(operation) << "of key" << key
                              << "failed: access denied:" << call->errorString;
        return {false, false, {}, accessDeniedMessage(call->errorString)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (call->noSecretService) {
            qCWarning(lcKeychain) << operationName(operation) << "of key" << key
                                  << "failed: no Secret Service on the session bus:"
                                  << call->errorString;
            return {false, false, {}, noKeychainMessage(call->errorString)};
        }
        break;
    }
    qCWarning(lcKeychain) << operationName(operation) << "of key" << key << "failed: error"
                          << int(call->error) << call->errorString;
    return {false, false, {}, failedMessage(operation, call->errorString)};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service))
{
}

QString KeychainSecretStore::describe() const
{
    return Tr::tr("the system keychain");
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    Outcome outcome = run(Operation::Read, m_service, key, QString(), m_timeoutMs);
    if (!outcome.ok)
        return Failure{outcome.reason};
    if (outcome.notFound)
        return std::optional<QString>();
    return std::optional<QString>(std::move(outcome.text));
}

Status KeychainSecretStore::write(const QString &key, const QString &value)
{
    const Outcome outcome = run(Operation::Write, m_service, key, value, m_timeoutMs);
    if (!outcome.ok)
        return Failure{outcome.reason};
    return Status::success();
}

Status KeychainSecretStore::remove(const QString &key)
{
    const Outcome outcome = run(Operation::Remove, m_service, key, QString(), m_timeoutMs);
    if (!outcome.ok)
        return Failure{outcome.reason};
    return Status::success();
}

} // namespace bookflow
