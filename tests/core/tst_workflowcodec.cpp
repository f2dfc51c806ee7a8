// The workflow file codec, schema 1: exact round trips, unknown fields kept, bad input refused
// with one clear message naming the file, and files never touched by reading.
#include "core/workflow/workflowcodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace bookflow;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A workflow using every field of every kind, so a field the codec drops shows up as a difference.
Workflow everyField()
{
    Workflow w;
    w.id = QStringLiteral("5f0c1a9e-2d4b-4e8f-9a31-7c6d2e1b0a99");
    w.name = QStringLiteral("Every field: “quotes” & ÆØÅ \\ \"escaped\"\n\ttab");
    w.objectType = ObjectType::Payment;
    Filter f1{FilterObject::Payment, QStringLiteral("hs_payment_source_app"),
              PropertyType::Enumeration, Operator::IsNoneOf, {QStringLiteral("INVOICE")}, {}};
    Filter f2{FilterObject::Contact, QStringLiteral("email"), PropertyType::Text,
              Operator::IsKnown, {}, {}};
    Filter f3{FilterObject::Deal, QStringLiteral("closedate"), PropertyType::Date,
              Operator::Between, {QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")}, {}};
    f3.extra.insert(QStringLiteral("futureFlag"), true);
    FilterGroup g1{{f1, f2}, {}};
    FilterGroup g2{{f3}, QJsonObject{{QStringLiteral("label"), QStringLiteral("second")}}};
    w.enrollment.filterGroups = {g1, g2};
    w.enrollment.reenroll.enabled = true;
    w.enrollment.reenroll.properties = {QStringLiteral("amount"), QStringLiteral("dealstage")};
    w.enrollment.extra.insert(QStringLiteral("schedule"), QJsonObject{{QStringLiteral("every"), 60}});

    Action paid;
    paid.id = QStringLiteral("a1");
    paid.type = ActionType::CreatePaidInvoice;
    paid.connection = QStringLiteral("qbo-123");
    paid.customer.source = CustomerChoice::Source::QuickBooksCustomer;
    paid.customer.id = QStringLiteral("58");
    paid.products.source = ProductChoice::Source::QuickBooksItem;
    paid.products.id = QStringLiteral("7");
    paid.createProductIfMissing = true;
    paid.depositAccount = QStringLiteral("35");
    paid.extra.insert(QStringLiteral("memo"), QStringLiteral("From HubSpot"));

    Action expense;
    expense.id = QStringLiteral("a2");
    expense.type = ActionType::CreateExpense;
    expense.connection = QStringLiteral("qbo-123");
    expense.paidFromAccount = QStringLiteral("41");
    expense.expenseAccount = QStringLiteral("13");
    expense.vendor = QStringLiteral("56");
    expense.paymentTerms = QStringLiteral("3"); // wrong for an expense, but must survive

    Action refund;
    refund.id = QStringLiteral("a3");
    refund.type = ActionType::CreateRefundReceipt;
    refund.refundFromAccount = QStringLiteral("35");
    refund.customer.extra.insert(QStringLiteral("note"), QJsonArray{1, 2.5, QStringLiteral("x")});

    w.actions = {paid, expense, refund};
    w.extra.insert(QStringLiteral("description"), QStringLiteral("kept"));
    w.extra.insert(QStringLiteral("zz_nested"),
                   QJsonObject{{QStringLiteral("list"), QJsonArray{true, QJsonValue::Null}}});
    return w;
}

QStringList templateFiles()
{
    const QDir dir(QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates"));
    QStringList out;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &n : names)
        out << dir.filePath(n);
    return out;
}

} // namespace

class TestWorkflowCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelRoundTripsExactly()
    {
        const Workflow w = everyField();
        const QByteArray bytes = WorkflowCodec::encode(w);
        const Result<Workflow> back = WorkflowCodec::decode(bytes, QStringLiteral("test.json"));
        QVERIFY2(back.ok(), qPrintable(back.reason()));
        QVERIFY(back.value() == w);
        QCOMPARE(WorkflowCodec::encode(back.value()), bytes);
    }

    void encodingPutsSchemaFirstAndIsValidJson()
    {
        const QByteArray bytes = WorkflowCodec::encode(everyField());
        QVERIFY(bytes.startsWith("{\n  \"schema\": 1,\n  \"id\": "));
        QVERIFY(bytes.endsWith("}\n"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("name")).toString(), everyField().name);
    }

    void templatesRoundTripByteStable_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = templateFiles();
        QVERIFY2(files.size() >= 5, "the five seed templates must exist in resources/templates");
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void templatesRoundTripByteStable()
    {
        QFETCH(QString, path);
        const Result<Workflow> first = WorkflowCodec::readFile(path);
        QVERIFY2(first.ok(), qPrintable(first.reason()));
        const QByteArray normalised = WorkflowCodec::encode(first.value());
        const Result<Workflow> second = WorkflowCodec::decode(normalised, QStringLiteral("n"));
        QVERIFY2(second.ok(), qPrintable(second.reason()));
        QVERIFY(second.value() == first.value());
        QCOMPARE(WorkflowCodec::encode(second.value()), normalised);
        // The shipped files are already in normal form, so a person's diff stays clean.
        QCOMPARE(readAll(path), normalised);
    }

    void unknownFieldsSurviveAtEveryLevel()
    {
        QJsonObject filter{{QStringLiteral("object"), QStringLiteral("deal")},
                           {QStringLiteral("property"), QStringLiteral("amount")},
                           {QStringLiteral("propertyType"), QStringLiteral("number")},
                           {QStringLiteral("operator"), QStringLiteral("gt")},
                           {QStringLiteral("values"), QJsonArray{QStringLiteral("100")}},
                           {QStringLiteral("x_filter"), 1}};
        QJsonObject group{{QStringLiteral("filters"), QJsonArray{filter}},
                          {QStringLiteral("x_group"), QStringLiteral("g")}};
        QJsonObject action{{QStringLiteral("id"), QStringLiteral("a1")},
                           {QStringLiteral("type"), QStringLiteral("quickbooks.createInvoice")},
                           {QStringLiteral("customer"),
                            QJsonObject{{QStringLiteral("source"),
                                         QStringLiteral("firstAssociatedContact")},
                                        {QStringLiteral("x_customer"), true}}},
                           {QStringLiteral("products"),
                            QJsonObject{{QStringLiteral("source"), QStringLiteral("lineItems")},
                                        {QStringLiteral("x_products"), QJsonArray{}}}},
                           {QStringLiteral("x_action"), QJsonObject{{QStringLiteral("k"), 2}}}};
        QJsonObject root{
            {QStringLiteral("schema"), 1},
            {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000001")},
            {QStringLiteral("name"), QStringLiteral("Unknowns")},
            {QStringLiteral("objectType"), QStringLiteral("deal")},
            {QStringLiteral("enrollment"),
             QJsonObject{{QStringLiteral("filterGroups"), QJsonArray{group}},
                         {QStringLiteral("reenroll"),
                          QJsonObject{{QStringLiteral("enabled"), false},
                                      {QStringLiteral("x_reenroll"), 3}}},
                         {QStringLiteral("x_enrollment"), QStringLiteral("e")}}},
            {QStringLiteral("actions"), QJsonArray{action}},
            {QStringLiteral("x_root"), QJsonObject{{QStringLiteral("deep"), QJsonArray{1, 2}}}}};

        const Result<Workflow> w =
            WorkflowCodec::decode(QJsonDocument(root).toJson(), QStringLiteral("u.json"));
        QVERIFY2(w.ok(), qPrintable(w.reason()));
        const QJsonObject out = QJsonDocument::fromJson(WorkflowCodec::encode(w.value())).object();
        QCOMPARE(out.value(QStringLiteral("x_root")), root.value(QStringLiteral("x_root")));
        const QJsonObject e = out.value(QStringLiteral("enrollment")).toObject();
        QCOMPARE(e.value(QStringLiteral("x_enrollment")).toString(), QStringLiteral("e"));
        QCOMPARE(e.value(QStringLiteral("reenroll")).toObject().value(QStringLiteral("x_reenroll")).toInt(), 3);
        const QJsonObject g = e.value(QStringLiteral("filterGroups")).toArray().at(0).toObject();
        QCOMPARE(g.value(QStringLiteral("x_group")).toString(), QStringLiteral("g"));
        QCOMPARE(g.value(QStringLiteral("filters")).toArray().at(0).toObject().value(QStringLiteral("x_filter")).toInt(), 1);
        const QJsonObject a = out.value(QStringLiteral("actions")).toArray().at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("x_action")), action.value(QStringLiteral("x_action")));
        QVERIFY(a.value(QStringLiteral("customer")).toObject().value(QStringLiteral("x_customer")).toBool());
        QVERIFY(a.value(QStringLiteral("products")).toObject().value(QStringLiteral("x_products")).isArray());
    }

    void badInputGivesOneClearErrorAndLeavesTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // a fragment the message must contain

        const QByteArray good = WorkflowCodec::encode(everyField());
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("no schema") << QByteArray("{\"id\":\"x\"}") << QStringLiteral("no “schema”");
        QTest::newRow("unknown schema")
            << QByteArray(good).replace("\"schema\": 1", "\"schema\": 2")
            << QStringLiteral("schema 2");
        QTest::newRow("schema as text")
            << QByteArray(good).replace("\"schema\": 1", "\"schema\": \"1\"")
            << QStringLiteral("whole number");
        QTest::newRow("name a number")
            << QByteArray(good).replace("\"name\": \"Every", "\"name\": 5, \"x\": \"Every")
            << QStringLiteral("“name” must be text");
        QTest::newRow("objectType unknown")
            << QByteArray(good).replace("\"objectType\": \"payment\"", "\"objectType\": \"ticket\"")
            << QStringLiteral("“objectType” “ticket” is not one of");
        QTest::newRow("values not strings")
            << QByteArray(good).replace("\"INVOICE\"", "42")
            << QStringLiteral("“enrollment.filterGroups[0].filters[0].values[0]” must be text");
        QTest::newRow("operator unknown")
            << QByteArray(good).replace("\"is_none_of\"", "\"is_roughly\"")
            << QStringLiteral("filters[0].operator");
        QTest::newRow("action type unknown")
            << QByteArray(good).replace("quickbooks.createExpense", "quickbooks.createBill")
            << QStringLiteral("“actions[1].type” “quickbooks.createBill”");
        QTest::newRow("bool as string")
            << QByteArray(good).replace("\"createProductIfMissing\": true",
                                        "\"createProductIfMissing\": \"yes\"")
            << QStringLiteral("must be true or false");
        QTest::newRow("filters not a list")
            << QByteArray("{\"schema\":1,\"id\":\"a\",\"name\":\"n\",\"objectType\":\"deal\","
                          "\"enrollment\":{\"filterGroups\":[{\"filters\":{}}]}}")
            << QStringLiteral("“enrollment.filterGroups[0].filters” must be a list");

        QByteArray garbage(5 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(20261127);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QTest::newRow("5 MB garbage") << garbage << QStringLiteral("not valid JSON");
    }
    void badInputGivesOneClearErrorAndLeavesTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken-workflow.json"));
        writeAll(path, content);
        const QDateTime mtime = QFileInfo(path).lastModified();

        const Result<Workflow> result = WorkflowCodec::readFile(path);
        QVERIFY(!result.ok());
        const QString reason = result.reason();
        QVERIFY2(reason.startsWith(QStringLiteral("broken-workflow.json: ")), qPrintable(reason));
        QVERIFY2(reason.contains(expected), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1Char('\n')), "one line");
        QVERIFY2(reason.size() < 400, qPrintable(reason));
        QCOMPARE(readAll(path), content);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
    }

    void tooLargeFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(WorkflowCodec::MaxFileSize + 1));
        }
        const Result<Workflow> result = WorkflowCodec::readFile(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.reason().contains(QStringLiteral("too large")), qPrintable(result.reason()));
        QCOMPARE(QFileInfo(path).size(), WorkflowCodec::MaxFileSize + 1);
    }

    void missingFileIsNamed()
    {
        const Result<Workflow> result = WorkflowCodec::readFile(QStringLiteral("/nonexistent/x.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.reason().startsWith(QStringLiteral("x.json: ")), qPrintable(result.reason()));
        QVERIFY(result.reason().contains(QStringLiteral("does not exist")));
    }

    void writeFileIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(WorkflowCodec::writeFile(everyField(), path).ok());
        const Result<Workflow> back = WorkflowCodec::readFile(path);
        QVERIFY2(back.ok(), qPrintable(back.reason()));
        QVERIFY(back.value() == everyField());
        // Writing into a folder that doesn't exist fails with a message and creates nothing.
        const Status bad = WorkflowCodec::writeFile(everyField(), dir.filePath(QStringLiteral("no/such/out.json")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.reason().startsWith(QStringLiteral("out.json: ")), qPrintable(bad.reason()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCodec)
#include "tst_workflowcodec.moc"
