// The widget tests' ground: the sandbox on its own thread, a Workspace whose interactive lane
// connects every sandbox account through the real OAuth round trips while the GUI thread waits.
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
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        const ApiResult<QVector<Connection>> made = demo.connect();
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.reason()));
        QCOMPARE(made->size(), 3);
        QCOMPARE(made->at(0).provider, Provider::HubSpot);
        // The GUI thread's store sees what the lane saved.
        const Result<QVector<Connection>> listed = demo.store().connections();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 3);
        int outsideUs = 0;
        for (const Connection &c : *listed)
            if (c.provider == Provider::QuickBooks && !c.isUnitedStates())
                ++outsideUs;
        QCOMPARE(outsideUs, 1);
    }
};

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
