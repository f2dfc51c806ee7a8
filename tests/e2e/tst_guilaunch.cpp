// The real bookflow executable on a real (virtual) X display: it starts with an empty data
// folder, opens the demo workspace (the sandbox in-process, its accounts connected with no
// input), paints its main window, saves a screenshot and exits 0. Linked to core only, so the PNG
// is checked by its header bytes rather than decoded. And a second launch on the same data folder
// hands over to the running one instead of starting a second engine.
#include "core/store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

class TestGuiLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsPaintsAndSavesAScreenshot();
    void aSecondLaunchShowsTheRunningOne();
};

void TestGuiLaunch::startsPaintsAndSavesAScreenshot()
{
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfbRun.isEmpty())
        QSKIP("xvfb-run is not installed (Debian package xvfb), so there is no X display to "
              "start the GUI on");
    if (QStandardPaths::findExecutable(QStringLiteral("xauth")).isEmpty())
        QSKIP("xauth is not installed (Debian package xauth); xvfb-run needs it");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = QDir(dir.path()).filePath(QStringLiteral("data"));
    const QString shot = QDir(dir.path()).filePath(QStringLiteral("shot.png"));

    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The suite runs with QT_QPA_PLATFORM=offscreen; this test is about the real xcb path.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    gui.setProcessEnvironment(env);
    QSignalSpy finished(&gui, &QProcess::finished);
    QElapsedTimer launch;
    launch.start();
    gui.start(xvfbRun,
              {QStringLiteral("-a"), QStringLiteral(BOOKFLOW_GUI), QStringLiteral("--data-dir"),
               dataDir, QStringLiteral("--screenshot"), shot});
    QVERIFY2(gui.waitForStarted(10000), qPrintable(gui.errorString()));
    QVERIFY2(finished.wait(120000), "the GUI did not exit within 2 minutes");
    const QByteArray out = gui.readAllStandardOutput();
    const QByteArray err = gui.readAllStandardError();
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QVERIFY2(gui.exitCode() == 0, err.constData());
    QVERIFY2(out.contains("Bookflow"), out.constData());
    QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("bookflow.db"))));
    // The screenshot waits for the demo accounts: by now HubSpot and both sandbox companies are
    // connected, to a sandbox on this computer, and the sandbox's records are saved.
    qInfo("launch to the demo workspace connected and painted: %lld ms (xvfb-run included)",
          launch.elapsed());
    {
        bookflow::Result<std::unique_ptr<bookflow::Store>> store = bookflow::Store::open(dataDir);
        QVERIFY2(store, qPrintable(store.reason()));
        const bookflow::Result<QVector<bookflow::Connection>> connections = (*store)->connections();
        QVERIFY(connections);
        QCOMPARE(connections->size(), 3);
        for (const bookflow::Connection &c : *connections) {
            QCOMPARE(c.state, bookflow::ConnectionState::Connected);
            QCOMPARE(c.apiBaseUrl.host(), QStringLiteral("127.0.0.1"));
        }
    }
    QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("demo-sandbox.json"))));

    QFile png(shot);
    QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.errorString()));
    const QByteArray header = png.read(24);
    QCOMPARE(header.size(), 24);
    QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    // The first chunk is IHDR: length (4 bytes), type, then width and height, big-endian.
    QCOMPARE(header.mid(12, 4), QByteArray("IHDR"));
    const quint32 width = qFromBigEndian<quint32>(header.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(header.constData() + 20);
    QVERIFY2(width >= 600 && height >= 400,
             qPrintable(QStringLiteral("screenshot is %1×%2").arg(width).arg(height)));
}

void TestGuiLaunch::aSecondLaunchShowsTheRunningOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = QDir(dir.path()).filePath(QStringLiteral("data"));
    // The suite's offscreen platform: no display is needed to be the running one.
    QProcess first;
    first.start(QStringLiteral(BOOKFLOW_GUI),
                {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--secrets"),
                 QStringLiteral("memory")});
    QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));
    // Running once its demo has written its records.
    const QString state = QDir(dataDir).filePath(QStringLiteral("demo-sandbox.json"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(state), 60000);

    QProcess second;
    second.start(QStringLiteral(BOOKFLOW_GUI),
                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--secrets"),
                  QStringLiteral("memory")});
    QVERIFY2(second.waitForFinished(30000), "the second launch did not end");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    const QByteArray out = second.readAllStandardOutput();
    QVERIFY2(out.contains("already running"), out.constData());
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    QVERIFY(first.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"
