// The widget tests' ground: the sandbox on its own thread, a Workspace whose interactive lane
// connects every sandbox account through the real OAuth round trips while the GUI thread waits;
// and the set-up the tests share on it — a template imported onto the US company, published and
// turned on as the product does it, engine sessions on the interactive lane.
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qboquery.h"
#include "support/demoworkspace.h"

#include <QTest>

using namespace bookflow;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsEverySandboxAccount()
    {
        testsupport::DemoWorkspace demo;
        QCOMPARE(demo.usCompany(), QString()); // nothing connected yet
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        const ApiResult<QVector<Connection>> made = demo.connect();
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.reason()));
        QCOMPARE(made->size(), 3);
        QCOMPARE(made->at(0).provider, Provider::HubSpot);
        QCOMPARE(demo.connected(), *made);
        // The GUI thread's store sees what the lane saved.
        const Result<QVector<Connection>> listed = demo.store().connections();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 3);
        int outsideUs = 0;
        QStringList us;
        for (const Connection &c : *listed) {
            if (c.provider != Provider::QuickBooks)
                continue;
            if (c.isUnitedStates())
                us << c.id;
            else
                ++outsideUs;
        }
        QCOMPARE(outsideUs, 1);
        QCOMPARE(us, QStringList{demo.usCompany()});
    }

    void importsPublishesAndTurnsOnATemplate()
    {
        testsupport::DemoWorkspace demo;
        QString error;
        QVERIFY2(demo.startConnected(&error), qPrintable(error));
        const QString us = demo.usCompany();
        QVERIFY(!us.isEmpty());

        // Two imports of one template: two workflows, each saved as its draft, on the US company.
        const Workflow first =
            demo.importTemplate(QStringLiteral("refund-receipt-for-refunds.json"),
                                [](Workflow &w) { w.name = QStringLiteral("Mine"); });
        const Workflow second =
            demo.importTemplate(QStringLiteral("refund-receipt-for-refunds.json"));
        QVERIFY(first.id != second.id);
        QCOMPARE(first.name, QStringLiteral("Mine"));
        QVERIFY(!first.actions.isEmpty());
        for (const Action &action : first.actions)
            QCOMPARE(action.connection, us);
        QCOMPARE(*demo.store().draft(first.id), first);
        QCOMPARE(demo.store().summary(first.id)->publishedVersion, 0);

        // Published and on, with a baseline: nothing enrolled, the cursor set.
        const Status on = demo.publishAndTurnOn(first.id, false);
        QVERIFY2(on, qPrintable(on.reason()));
        const Result<WorkflowSummary> summary = demo.store().summary(first.id);
        QVERIFY(summary);
        QCOMPARE(summary->publishedVersion, 1);
        QVERIFY(summary->enabled);
        QVERIFY(demo.store().cursor(first.id)->has_value());
        QVERIFY(demo.store().history(first.id)->isEmpty());
        QVERIFY(!demo.store().summary(second.id)->enabled);

        // A workflow the store doesn't have: refused, with a reason.
        const Status missing = demo.publishAndTurnOn(Workflow::newId(), true);
        QVERIFY(!missing);
        QVERIFY(!missing.reason().isEmpty());

        // A session on the interactive lane reaches the US company over HTTP.
        const qint64 accounts = demo.withSession<qint64>([us](RunSession &session) -> qint64 {
            const ApiResult<QboClient *> client = session.quickBooks(us);
            if (!client)
                return -1;
            const ApiResult<qint64> n =
                (*client)->count(QboQuery::count(QStringLiteral("Account")));
            return n ? *n : -1;
        });
        QVERIFY(accounts > 0);
    }
};

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
