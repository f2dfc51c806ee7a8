// Regression (found by tools/reliability, RELIABILITY.md): a plan's create bodies are kept in the
// ledger with QboJson's money and number placeholders in them, and are sent by whichever process
// works the run next — after a crash, a restart, the next `run --once`, or the GUI after the CLI.
// The placeholders carried a per-process nonce that only the process that wrote them could turn
// back into numbers, so a body planned by one process went out from another as
// "Amount":"\u0001bfn…:150.00\u0001" and QuickBooks refused the action for good (2010).
//
// Here one process (this test program started again as a child) plans an invoice into a ledger,
// and this process reads the steps back and serializes them, as the executor does on a resume.
#include "core/quickbooks/qbojson.h"
#include "core/store/store.h"
#include "core/util/decimal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bookflow;

namespace {

const char *const ChildVariable = "BOOKFLOW_TEST_PLAN_INTO";
const QString WorkflowId = QStringLiteral("11111111-1111-4111-8111-111111111111");

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

// An invoice body as the planner builds it: money and quantities as placeholders.
QJsonObject invoiceBody()
{
    QJsonObject detail{
        {QStringLiteral("ItemRef"), QJsonObject{{QStringLiteral("value"), QStringLiteral("2")}}},
        {QStringLiteral("Qty"), QboJson::number(dec("3"))},
        {QStringLiteral("UnitPrice"), QboJson::number(dec("19.99"))}};
    QJsonObject line{{QStringLiteral("Amount"), QboJson::money(dec("59.97"))},
                     {QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail")},
                     {QStringLiteral("SalesItemLineDetail"), detail}};
    return QJsonObject{{QStringLiteral("CustomerRef"),
                        QJsonObject{{QStringLiteral("value"), QStringLiteral("${customer}")}}},
                       {QStringLiteral("Line"), QJsonArray{line}},
                       {QStringLiteral("PrivateNote"), QStringLiteral("59.97 stays text")}};
}

// The child's part: enroll one deal and save its plan, then exit.
int planInto(const QString &dataDir)
{
    Result<std::unique_ptr<Store>> store = Store::open(dataDir);
    if (!store)
        return 3;
    const auto enrolled =
        (*store)->enroll(WorkflowId, 1, ObjectType::Deal, QStringLiteral("deal-1"),
                         {{QStringLiteral("a1"), QStringLiteral("company")}});
    if (!enrolled)
        return 4;
    const auto runs = (*store)->actionRuns(enrolled->id);
    if (!runs || runs->size() != 1)
        return 5;
    StepRow step;
    step.stepNo = 0;
    step.key = QStringLiteral("document");
    step.kind = QStringLiteral("createDocument");
    step.entity = QStringLiteral("Invoice");
    step.requestId = QStringLiteral("00000000-0000-5000-8000-000000000001");
    step.body = invoiceBody();
    return (*store)->savePlan(runs->first().id, {step}, {}) ? 0 : 6;
}

} // namespace

class TestQboLedgerBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyPlannedByAnotherProcessIsSentWithNumbers();
    void ownPlaceholdersAndPlainTextAreUnchanged();
};

void TestQboLedgerBody::bodyPlannedByAnotherProcessIsSentWithNumbers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), dir.path());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);

    Result<std::unique_ptr<Store>> store = Store::open(dir.path());
    QVERIFY2(store, qPrintable(store.reason()));
    const auto history = (*store)->history(WorkflowId);
    QVERIFY(history && history->size() == 1);
    const auto steps = (*store)->steps(history->first().actions.first().id);
    QVERIFY(steps && steps->size() == 1);
    // Another process wrote it: its placeholders are not this process's.
    const QByteArray stored = QJsonDocument(steps->first().body).toJson(QJsonDocument::Compact);
    QVERIFY2(stored.contains("\\u0001bfn"), stored.constData());
    QVERIFY2(!QboJson::serialize(invoiceBody()).contains(stored.mid(stored.indexOf("bfn"), 20)),
             "the child used this process's nonce; the test proves nothing");

    const QByteArray sent = QboJson::serialize(steps->first().body);
    QVERIFY2(!sent.contains("\\u0001") && !sent.contains("bfn"), sent.constData());
    QVERIFY2(sent.contains("\"Amount\":59.97"), sent.constData());
    QVERIFY2(sent.contains("\"Qty\":3"), sent.constData());
    QVERIFY2(sent.contains("\"UnitPrice\":19.99"), sent.constData());
    QVERIFY2(sent.contains("\"PrivateNote\":\"59.97 stays text\""), sent.constData());
    // Exactly what this process would have sent had it planned the invoice itself.
    QCOMPARE(sent, QboJson::serialize(invoiceBody()));
}

void TestQboLedgerBody::ownPlaceholdersAndPlainTextAreUnchanged()
{
    const QJsonObject body{
        {QStringLiteral("Amount"), QboJson::money(dec("-12.3"))},
        {QStringLiteral("Note"), QStringLiteral("bfn0123456789abcdef:12 is only text")},
        // Not a placeholder: the nonce is too short, so it stays a string.
        {QStringLiteral("Odd"), QStringLiteral("\x01") + QStringLiteral("bfn01:5\x01")}};
    const QByteArray sent = QboJson::serialize(body);
    QVERIFY2(sent.contains("\"Amount\":-12.30"), sent.constData());
    QVERIFY2(sent.contains("\"Note\":\"bfn0123456789abcdef:12 is only text\""), sent.constData());
    QVERIFY2(sent.contains("\"Odd\":\"\\u0001bfn01:5\\u0001\""), sent.constData());
    QVERIFY(!QJsonDocument::fromJson(sent).isNull());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable))
        return planInto(qEnvironmentVariable(ChildVariable));
    TestQboLedgerBody test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qboledgerbody.moc"
