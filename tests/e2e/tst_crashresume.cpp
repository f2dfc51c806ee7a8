// Crash and resume through faults, quickly (issue 9; RELIABILITY.md has the long runs): the
// reliability driver starts a bookflow-sandbox with 40 generated deals, connects bookflow-cli,
// turns an invoice workflow on, makes the deals meet its trigger, and SIGKILLs `bookflow-cli run`
// twice at random moments (seeded) while the sandbox answers with 5xx, 429, dropped connections,
// replies after the CLI's timeout and access tokens that expire every 10 requests (so QuickBooks
// rotates the refresh token mid-run). Then `run --once` until nothing is due, and the checks:
// each deal enrolled once, every action finished, one invoice per enrollment bearing its own
// requestid marker and nothing else created, failures only for the record's own data (a dry run
// fails the same way), and the CLI's sign-ins still working a day past the old tokens' grace.
//
// The test reads the driver's JSON document and asserts the figures themselves, so a duplicate
// (counted from QuickBooks by marker), a lost or unfinished action, or a stray invoice fails it
// even if the driver's own verdict were wrong.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCrashResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAndFaultedRunCreatesEachInvoiceOnce();
};

void TestCrashResume::killedAndFaultedRunCreatesEachInvoiceOnce()
{
    constexpr int Enrollments = 40;
    constexpr int Kills = 2;
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QProcess driver;
    driver.setProcessChannelMode(QProcess::SeparateChannels);
    driver.start(QStringLiteral(BOOKFLOW_RELIABILITY),
                 {QStringLiteral("--enrollments"), QString::number(Enrollments),
                  QStringLiteral("--kills"), QString::number(Kills), QStringLiteral("--faults"),
                  QStringLiteral("--short-throttles"), QStringLiteral("--token-uses"),
                  QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("7"),
                  QStringLiteral("--json"), QStringLiteral("--cli"), QStringLiteral(BOOKFLOW_CLI),
                  QStringLiteral("--sandbox"), QStringLiteral(BOOKFLOW_SANDBOX),
                  QStringLiteral("--work-dir"), work.filePath(QStringLiteral("run"))});
    QVERIFY2(driver.waitForStarted(20000), qPrintable(driver.errorString()));
    const bool finished = driver.waitForFinished(280000); // ctest gives 300 s
    const QByteArray out = driver.readAllStandardOutput();
    const QByteArray err = driver.readAllStandardError();
    // The driver's summary (and its progress lines) in the test log, whatever happens next.
    qInfo().noquote() << QString::fromUtf8(err);
    if (!finished) {
        driver.kill();
        driver.waitForFinished(10000);
        QFAIL("the reliability driver did not finish within 280 s");
    }
    QCOMPARE(driver.exitStatus(), QProcess::NormalExit);
    QJsonParseError parseError;
    const QJsonObject r = QJsonDocument::fromJson(out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonArray problems = r.value(QStringLiteral("problems")).toArray();
    QVERIFY2(problems.isEmpty(), QJsonDocument(problems).toJson().constData());
    QCOMPARE(driver.exitCode(), 0);
    QVERIFY(r.value(QStringLiteral("exactlyOnce")).toBool());

    // It was really killed, restarted and faulted.
    QCOMPARE(r.value(QStringLiteral("kills")).toInt(), Kills);
    QVERIFY(r.value(QStringLiteral("restarts")).toInt() >= Kills);
    QVERIFY(r.value(QStringLiteral("killsInTheMiddleOfAPass")).toInt() >= 1);
    QVERIFY(
        r.value(QStringLiteral("faultsFired")).toObject().value(QStringLiteral("total")).toInt() >
        0);
    const QJsonObject refreshes = r.value(QStringLiteral("requests"))
                                      .toObject()
                                      .value(QStringLiteral("tokenRefreshes"))
                                      .toObject();
    QVERIFY2(refreshes.value(QStringLiteral("quickbooks")).toInt() > 0,
             "no QuickBooks refresh (and so no refresh-token rotation) happened mid-run");

    // The ledger: every deal enrolled once, every action finished.
    const QJsonObject ledger = r.value(QStringLiteral("ledger")).toObject();
    QCOMPARE(ledger.value(QStringLiteral("enrollments")).toInt(), Enrollments);
    QCOMPARE(ledger.value(QStringLiteral("dealsEnrolledOnce")).toInt(), Enrollments);
    QCOMPARE(ledger.value(QStringLiteral("unfinished")).toInt(), 0);
    const int done = ledger.value(QStringLiteral("done")).toInt();
    const int failed = ledger.value(QStringLiteral("failed")).toInt();
    QCOMPARE(done + failed, Enrollments);
    QVERIFY(done > 0);
    // Failures are the record's own: a dry run on the same record fails the same way.
    QCOMPARE(ledger.value(QStringLiteral("failuresConfirmedByDryRun")).toInt(), failed);

    // QuickBooks: exactly one invoice per done action, each the ledger's, nothing else.
    const QJsonObject documents = r.value(QStringLiteral("documents")).toObject();
    QCOMPARE(documents.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(documents.value(QStringLiteral("invoicesCreated")).toInt(), done);
    QCOMPARE(documents.value(QStringLiteral("matchingLedger")).toInt(), done);
    QCOMPARE(documents.value(QStringLiteral("unmarked")).toInt(), 0);
    QCOMPARE(documents.value(QStringLiteral("stray")).toInt(), 0);
    QCOMPARE(documents.value(QStringLiteral("failedButCreated")).toInt(), 0);
    QCOMPARE(documents.value(QStringLiteral("duplicateCustomers")).toInt(), 0);
    QCOMPARE(documents.value(QStringLiteral("duplicateProducts")).toInt(), 0);
    QCOMPARE(r.value(QStringLiteral("writeBack")).toObject().value(QStringLiteral("wrong")).toInt(),
             0);

    // The sign-ins survived the rotations.
    const QJsonObject signIns = r.value(QStringLiteral("signIns")).toObject();
    QVERIFY(signIns.value(QStringLiteral("renewedAfterRun")).toBool());
    QVERIFY(signIns.value(QStringLiteral("workADayLater")).toBool());
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
