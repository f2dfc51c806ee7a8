// Workflows that are on keep running when the main window closes (issue 8): the window goes, the
// application does not quit, and the engine goes on polling HubSpot and creating documents — shown
// by a deal that starts to meet the triggers only after the window closed and gets its invoice.
// With no workflow on, closing the window ends the program as usual.
#include "core/engine/engineloop.h"
#include "core/hubspot/hubspotclient.h"
#include "core/quickbooks/qboclient.h"
#include "ui/app/desktopapp.h"
#include "ui/mainwindow.h"

#include "support/demoworkspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace bookflow;

class TestBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingTheWindowWithNothingOnQuits();
    void closingTheWindowKeepsWorkflowsRunning();
};

void TestBackground::closingTheWindowWithNothingOnQuits()
{
    testsupport::DemoWorkspace demo;
    QString error;
    QVERIFY2(demo.startConnected(&error), qPrintable(error));
    demo.importTemplate(QStringLiteral("invoice-payment-link-deals.json")); // a draft, off
    MainWindow window(demo.dataDir());
    DesktopApp app(window, demo.secrets(), false);
    app.engine().start(3600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!app.keepsRunningInBackground());
    // As a close while a workflow was on leaves it: this close must turn quitting back on.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(window.close());
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());
    app.engine().stop();
}

void TestBackground::closingTheWindowKeepsWorkflowsRunning()
{
    testsupport::DemoWorkspace demo;
    QString error;
    QVERIFY2(demo.startConnected(&error), qPrintable(error));
    // On without the deals that already meet the triggers: only a deal that starts to meet them
    // later enrolls.
    const QString deals = demo.importTemplate(QStringLiteral("invoice-payment-link-deals.json")).id;
    const Status on = demo.publishAndTurnOn(deals, false);
    QVERIFY2(on, qPrintable(on.reason()));

    MainWindow window(demo.dataDir());
    DesktopApp app(window, demo.secrets(), false);
    QSignalSpy passes(&app.engine(), &EngineLoop::passFinished);
    app.engine().start(1); // a pass at once, then one a second after each pass ends
    QVERIFY(passes.wait(60000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(app.keepsRunningInBackground());
    QVERIFY(!app.trayStatus().isEmpty());

    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed()); // the program stays
    QVERIFY(app.engine().isStarted());
    QVERIFY(demo.store().history(deals)->isEmpty());

    // After the window closed, a deal is renamed in HubSpot into a payment-link deal.
    const QString renamed =
        demo.renameDeal(QStringLiteral("Amy's Bird Sanctuary"), QStringLiteral(" – Payment link"));
    QVERIFY(!renamed.isEmpty());

    // The engine's own timer finds it and creates its invoice; nothing is asked of the window.
    ActionRunRow run;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Result<QVector<HistoryEntry>> history = demo.store().history(deals);
            if (!history || history->isEmpty() || history->first().actions.isEmpty())
                return false;
            run = history->first().actions.first();
            return run.status == ActionStatus::Done;
        }(),
        60000);
    QVERIFY(!window.isVisible());
    const Result<QVector<HistoryEntry>> history = demo.store().history(deals);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().enrollment.objectId, renamed);
    const QString company = demo.usCompany();
    const QString note = demo.withSession<QString>([company, run](RunSession &session) {
        const ApiResult<QboObject> invoice =
            (*session.quickBooks(company))->read(QboEntity::Invoice, run.documentId);
        return invoice ? invoice->json().value(QStringLiteral("PrivateNote")).toString()
                       : QString();
    });
    QVERIFY2(note.contains(renamed), qPrintable(note));

    // Reopened (the tray's "Open Bookflow", a second launch) it shows again.
    app.showMainWindow();
    QVERIFY(window.isVisible());
    app.engine().stop();
}

QTEST_MAIN(TestBackground)
#include "tst_background.moc"
