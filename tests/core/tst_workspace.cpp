// The Workspace: jobs run on the lanes' threads, results come back on the caller's thread, a
// destroyed receiver gets nothing, and a closing workspace drops the jobs not yet started.
#include "core/auth/memorysecretstore.h"
#include "core/engine/workspace.h"
#include "core/store/store.h"

#include <QEventLoop>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <mutex>

using namespace bookflow;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunOnTheLaneThreadsAndAnswerOnTheCallers()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), std::make_shared<MemorySecretStore>());
        QThread *const mine = QThread::currentThread();
        QThread *interactiveThread = nullptr;
        QThread *answeredOn = nullptr;
        int schema = 0;
        bool answered = false;
        workspace.post<int>(
            Workspace::Lane::Interactive, this,
            [&](WorkspaceContext &ctx) {
                interactiveThread = QThread::currentThread();
                return ctx.ready() ? ctx.store().schemaVersion() : -1;
            },
            [&](int value) {
                answeredOn = QThread::currentThread();
                schema = value;
                answered = true;
            });
        QTRY_VERIFY(answered);
        QVERIFY(interactiveThread != nullptr);
        QVERIFY(interactiveThread != mine);
        QCOMPARE(answeredOn, mine);
        QCOMPARE(schema, Store::latestSchemaVersion());

        const std::optional<QThread *> engineThread = workspace.runAndWait<QThread *>(
            Workspace::Lane::Engine, [](WorkspaceContext &) { return QThread::currentThread(); });
        QVERIFY(engineThread.has_value());
        QVERIFY(*engineThread != mine);
        QVERIFY(*engineThread != interactiveThread);
    }

    void aJobWaitingInAnEventLoopIsNotEnteredByTheNext()
    {
        // NetworkTransport::send waits in a local event loop; a later job must not start there.
        QTemporaryDir dir;
        Workspace workspace(dir.path(), std::make_shared<MemorySecretStore>());
        std::mutex mutex;
        QStringList order;
        const auto note = [&](const QString &what) {
            std::lock_guard<std::mutex> lock(mutex);
            order.append(what);
        };
        // The first job's event loop keeps turning until the second job has been posted, then
        // delivers whatever was posted to its thread once more before it ends: a lane that ran
        // jobs as events would start the second inside it.
        std::atomic_bool secondPosted{false};
        std::atomic_bool sawSecondPosted{false};
        bool done = false;
        workspace.post<int>(
            Workspace::Lane::Interactive, this,
            [&](WorkspaceContext &) {
                note(QStringLiteral("first begins"));
                QEventLoop loop;
                QTimer poll;
                QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                    if (!secondPosted.load())
                        return;
                    sawSecondPosted = true;
                    QCoreApplication::sendPostedEvents();
                    loop.quit();
                });
                poll.start(1);
                QTimer::singleShot(10000, &loop, &QEventLoop::quit); // never hang the suite
                loop.exec();
                note(QStringLiteral("first ends"));
                return 1;
            },
            [](int) {});
        workspace.post<int>(
            Workspace::Lane::Interactive, this,
            [&](WorkspaceContext &) {
                note(QStringLiteral("second"));
                return 2;
            },
            [&](int) { done = true; });
        secondPosted = true;
        QTRY_VERIFY(done);
        QVERIFY(sawSecondPosted.load()); // the second really was waiting during the first
        QCOMPARE(order, QStringList({QStringLiteral("first begins"), QStringLiteral("first ends"),
                                     QStringLiteral("second")}));
    }

    void bothLanesSeeTheSameDataFolder()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), std::make_shared<MemorySecretStore>());
        const std::optional<QString> id =
            workspace.runAndWait<QString>(Workspace::Lane::Interactive, [](WorkspaceContext &ctx) {
                return ctx.store().installationId();
            });
        const std::optional<QString> seen =
            workspace.runAndWait<QString>(Workspace::Lane::Engine, [](WorkspaceContext &ctx) {
                return ctx.store().installationId();
            });
        QVERIFY(id && !id->isEmpty());
        QCOMPARE(*seen, *id);
    }

    void aBrokenDataFolderIsReportedToTheJob()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(QString::fromLatin1(Store::FileName)));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        Workspace workspace(dir.path(), std::make_shared<MemorySecretStore>());
        const std::optional<QString> reason =
            workspace.runAndWait<QString>(Workspace::Lane::Interactive, [](WorkspaceContext &ctx) {
                return ctx.ready() ? QString() : ctx.ready().reason();
            });
        QVERIFY(reason.has_value());
        QVERIFY2(reason->contains(QString::fromLatin1(Store::FileName)), qPrintable(*reason));
    }

    void aDestroyedReceiverGetsNoAnswer()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), std::make_shared<MemorySecretStore>());
        auto *receiver = new QObject;
        bool called = false;
        // The job holds until the receiver is gone: it is still working when the receiver goes.
        QSemaphore receiverGone;
        std::atomic_bool jobEnded{false};
        workspace.post<int>(
            Workspace::Lane::Interactive, receiver,
            [&](WorkspaceContext &) {
                receiverGone.acquire();
                jobEnded = true;
                return 1;
            },
            [&](int) { called = true; });
        delete receiver;
        receiverGone.release();
        // A job posted after it: once it has answered, the first one's answer had its turn.
        bool second = false;
        workspace.post<int>(
            Workspace::Lane::Interactive, this, [](WorkspaceContext &) { return 2; },
            [&](int) { second = true; });
        QTRY_VERIFY(second);
        QVERIFY(jobEnded.load()); // the job still ran to its end
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void shutdownDropsJobsNotStarted()
    {
        QTemporaryDir dir;
        Workspace workspace(dir.path(), std::make_shared<MemorySecretStore>());
        std::atomic_int ran{0};
        workspace.shutdown();
        workspace.post<int>(
            Workspace::Lane::Interactive, this, [&](WorkspaceContext &) { return ++ran; },
            [](int) {});
        const std::optional<int> waited = workspace.runAndWait<int>(
            Workspace::Lane::Engine, [&](WorkspaceContext &) { return ++ran; });
        QVERIFY(!waited.has_value());
        QCOMPARE(ran.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
