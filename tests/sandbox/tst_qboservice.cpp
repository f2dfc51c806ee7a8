// The QuickBooks Online half of the sandbox below HTTP: QboService::handle() called directly with
// what the routes would pass. Each test asserts the wire format and the business rules of
// ../shared/reference/qbo-api.md and qbo-verified.md that a real client depends on; the JSON
// bodies here are written for these tests, modelled on the captured ones (never read from
// ../shared at test time).
#include "app/sandbox/qbo/qbodecimal.h"
#include "app/sandbox/qbo/qbojson.h"
#include "app/sandbox/qbo/qboservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using bookflow::sandbox::QboDecimal;
using bookflow::sandbox::QboNumbers;
using bookflow::sandbox::QboService;
using bookflow::sandbox::SandboxReply;

namespace {

const QString Us = QStringLiteral("9341453050981234");
const QString Uk = QStringLiteral("9341453050985678");

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;
};

QByteArray j(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject ref(const QString &id)
{
    return QJsonObject{{QStringLiteral("value"), id}};
}

QJsonObject itemLine(const QString &item, const QJsonValue &qty, const QJsonValue &price,
                     const QJsonValue &amount)
{
    QJsonObject detail{{QStringLiteral("ItemRef"), ref(item)}};
    if (!qty.isUndefined())
        detail.insert(QStringLiteral("Qty"), qty);
    if (!price.isUndefined())
        detail.insert(QStringLiteral("UnitPrice"), price);
    QJsonObject line{{QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail")},
                     {QStringLiteral("SalesItemLineDetail"), detail}};
    if (!amount.isUndefined())
        line.insert(QStringLiteral("Amount"), amount);
    return line;
}

QJsonObject invoiceBody(const QString &customer, const QJsonArray &lines)
{
    return QJsonObject{{QStringLiteral("CustomerRef"), ref(customer)},
                       {QStringLiteral("Line"), lines}};
}

// A Pacific-offset timestamp, with or without milliseconds (qbo-api.md §2).
bool isPacificTime(const QString &text, bool millis)
{
    static const QRegularExpression withMs(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}-0[78]:00$"));
    static const QRegularExpression withoutMs(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0[78]:00$"));
    return (millis ? withMs : withoutMs).match(text).hasMatch();
}

// The PascalCase fault envelope of qbo-api.md §7, exactly one error.
bool isFault(const Reply &r, const QString &code, const QString &element, int status, QString *why)
{
    auto fail = [&](const QString &reason) {
        *why = reason + QStringLiteral(" — body: ") + QString::fromUtf8(r.body);
        return false;
    };
    if (r.status != status)
        return fail(QStringLiteral("status %1, expected %2").arg(r.status).arg(status));
    const QJsonObject fault = r.json.value(QLatin1String("Fault")).toObject();
    const QJsonArray errors = fault.value(QLatin1String("Error")).toArray();
    if (errors.size() != 1)
        return fail(QStringLiteral("expected one Fault.Error"));
    const QJsonObject e = errors.first().toObject();
    if (!e.value(QLatin1String("code")).isString())
        return fail(QStringLiteral("code is not a string"));
    if (e.value(QLatin1String("code")).toString() != code)
        return fail(QStringLiteral("code %1, expected %2")
                        .arg(e.value(QLatin1String("code")).toString(), code));
    if (e.value(QLatin1String("Message")).toString().isEmpty() ||
        !e.value(QLatin1String("Detail")).isString())
        return fail(QStringLiteral("Message/Detail missing"));
    if (!element.isNull() && e.value(QLatin1String("element")).toString() != element)
        return fail(QStringLiteral("element \"%1\", expected \"%2\"")
                        .arg(e.value(QLatin1String("element")).toString(), element));
    const QString type = fault.value(QLatin1String("type")).toString();
    if (status == 400 && type != QLatin1String("ValidationFault"))
        return fail(QStringLiteral("type %1").arg(type));
    if (!isPacificTime(r.json.value(QLatin1String("time")).toString(), true))
        return fail(QStringLiteral("time missing or not Pacific"));
    return true;
}

QString faultDetail(const Reply &r)
{
    return r.json.value(QLatin1String("Fault"))
        .toObject()
        .value(QLatin1String("Error"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("Detail"))
        .toString();
}

QString faultMessage(const Reply &r)
{
    return r.json.value(QLatin1String("Fault"))
        .toObject()
        .value(QLatin1String("Error"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("Message"))
        .toString();
}

} // namespace

#define QVERIFY_FAULT(reply, code, element)                                                        \
    do {                                                                                           \
        QString why_;                                                                              \
        QVERIFY2(isFault((reply), QStringLiteral(code), (element), 400, &why_), qPrintable(why_)); \
    } while (false)

#define ENTITY(reply, key) entityOf((reply), QStringLiteral(key), __FILE__, __LINE__)

class TestQboService : public QObject
{
    Q_OBJECT

private:
    QboService m_service;
    QDateTime m_now;

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &query = {}, const QString &realm = Us,
               const QByteArray &contentType = "application/json")
    {
        const SandboxReply raw =
            m_service.handle(realm, method, path, QUrlQuery(query), body, contentType);
        Reply r;
        r.status = raw.status;
        r.body = raw.body;
        r.contentType = raw.contentType;
        r.json = QJsonDocument::fromJson(raw.body).object();
        return r;
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &query = {},
               const QString &realm = Us)
    {
        return call("POST", path, j(body), query, realm);
    }
    Reply postText(const QString &path, const QByteArray &body, const QString &query = {})
    {
        return call("POST", path, body, query);
    }
    Reply get(const QString &path, const QString &query = {}, const QString &realm = Us)
    {
        return call("GET", path, {}, query, realm);
    }
    Reply query(const QString &statement, const QString &realm = Us)
    {
        return call("GET", QStringLiteral("query"), {},
                    QStringLiteral("query=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(statement)) +
                        QStringLiteral("&minorversion=75"),
                    realm);
    }
    QJsonArray rows(const Reply &r, const QString &entity)
    {
        return r.json.value(QLatin1String("QueryResponse")).toObject().value(entity).toArray();
    }
    QJsonObject entityOf(const Reply &r, const QString &key, const char *file, int line)
    {
        if (r.status != 200 || !r.json.value(key).isObject()) {
            QTest::qFail(qPrintable(QStringLiteral("expected 200 with %1, got %2: %3")
                                        .arg(key)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body))),
                         file, line);
            return {};
        }
        return r.json.value(key).toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2024, 7, 15), QTime(17, 30), QTimeZone::utc());
        m_service.setNow([this] { return m_now; });
        m_service.setQueryEqualsCaseInsensitive(true);
        m_service.reset();
        m_service.seedDemo();
    }

    // --- money ---------------------------------------------------------------------------

    void decimalIsExact()
    {
        const QboDecimal tenth = *QboDecimal::fromText(QByteArray("0.1"));
        QCOMPARE((QboDecimal::fromInt(3) * tenth).toString(), QStringLiteral("0.3"));
        QVERIFY(QboDecimal::fromInt(3) * tenth == *QboDecimal::fromText(QByteArray("0.30")));
        QCOMPARE((tenth + *QboDecimal::fromText(QByteArray("0.2"))).toString(),
                 QStringLiteral("0.3"));
        // 1.005 as a double is 1.00499999999999989…; the exact value rounds half up.
        QCOMPARE(QboDecimal::fromText(QByteArray("1.005"))->rounded(2).toString(),
                 QStringLiteral("1.01"));
        QCOMPARE(QboDecimal::fromText(QByteArray("-1.005"))->rounded(2).toString(),
                 QStringLiteral("-1.01"));
        QCOMPARE(QboDecimal::fromText(QByteArray("1.0049999999999999"))->rounded(2).toString(),
                 QStringLiteral("1"));
        QCOMPARE(QboDecimal::fromText(QByteArray("2.5E-1"))->toString(), QStringLiteral("0.25"));
        QCOMPARE(QboDecimal::fromText(QByteArray("1e3"))->toString(), QStringLiteral("1000"));
        QCOMPARE(QboDecimal::fromText(QByteArray("0.3"))->toFixed(2), QStringLiteral("0.30"));
        QVERIFY(!QboDecimal::fromText(QByteArray("1.2.3")));
        QVERIFY(!QboDecimal::fromText(QByteArray("abc")));
        // Overflow never wraps: it makes the value invalid.
        const QboDecimal big = *QboDecimal::fromText(QByteArray("99999999999999999999"));
        QVERIFY(!(big * big).isValid());
        // The JSON number reaches the wire with the decimal's own digits.
        const QByteArray wire = j(QJsonObject{
            {QStringLiteral("a"), tenth.toJson()},
            {QStringLiteral("b"), QboDecimal::fromText(QByteArray("100055.55"))->toJson()}});
        const QByteArray expectedWire = "{\"a\":0.1,\"b\":100055.55}";
        QCOMPARE(wire, expectedWire);
    }

    void jsonReaderKeepsNumberLiterals()
    {
        QString error;
        const auto parsed = bookflow::sandbox::qboParseJson(
            "{\"Line\":[{\"Amount\":1.0049999999999999},{\"a/b\":{\"x~y\":2.50}}],"
            "\"s\":\"\\u00c5\\ud83d\\ude00\"}",
            &error);
        QVERIFY2(parsed, qPrintable(error));
        const QboNumbers numbers(parsed->numbers);
        QCOMPARE(*numbers[QStringLiteral("Line")][0][QStringLiteral("Amount")].literal(),
                 QByteArray("1.0049999999999999"));
        QCOMPARE(*numbers[QStringLiteral("Line")][1][QStringLiteral("a/b")][QStringLiteral("x~y")]
                      .literal(),
                 QByteArray("2.50"));
        QCOMPARE(parsed->value.toObject().value(QLatin1String("s")).toString(),
                 QStringLiteral("Å\U0001F600"));
        QVERIFY(!bookflow::sandbox::qboParseJson("{\"a\":01}", &error));
        QVERIFY(!bookflow::sandbox::qboParseJson("{\"a\":1,}", &error));
        QVERIFY(!bookflow::sandbox::qboParseJson("{\"a\":\"\xff\"}", &error));
    }

    void amountMustEqualQtyTimesUnitPrice_data()
    {
        QTest::addColumn<QByteArray>("qty");
        QTest::addColumn<QByteArray>("price");
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("stored"); // the Amount as written back
        QTest::newRow("3 x 0.1 = 0.3") << QByteArray("3") << QByteArray("0.1") << QByteArray("0.3")
                                       << true << QByteArray("0.3");
        QTest::newRow("3 x 0.1 = 0.30") << QByteArray("3") << QByteArray("0.1")
                                        << QByteArray("0.30") << true << QByteArray("0.3");
        QTest::newRow("3 x 0.1 != 0.31")
            << QByteArray("3") << QByteArray("0.1") << QByteArray("0.31") << false << QByteArray();
        QTest::newRow("1 x 1.005 = 1.01") << QByteArray("1") << QByteArray("1.005")
                                          << QByteArray("1.01") << true << QByteArray("1.01");
        QTest::newRow("1 x 1.005 != 1.00") << QByteArray("1") << QByteArray("1.005")
                                           << QByteArray("1.00") << false << QByteArray();
        // Same double as 1.005, but the literal says 1.0049999…: only exact text gets this right.
        QTest::newRow("literal 1.0049999999999999 -> 1.00")
            << QByteArray("1") << QByteArray("1.0049999999999999") << QByteArray("1.00") << true
            << QByteArray("1");
        QTest::newRow("literal 1.0049999999999999 != 1.01")
            << QByteArray("1") << QByteArray("1.0049999999999999") << QByteArray("1.01") << false
            << QByteArray();
        QTest::newRow("1.5 x 0.333 = 0.50") << QByteArray("1.5") << QByteArray("0.333")
                                            << QByteArray("0.50") << true << QByteArray("0.5");
        QTest::newRow("exact product 0.4995 accepted")
            << QByteArray("1.5") << QByteArray("0.333") << QByteArray("0.4995") << true
            << QByteArray("0.5");
        QTest::newRow("3 x 12345.67 = 37037.01")
            << QByteArray("3") << QByteArray("12345.67") << QByteArray("37037.01") << true
            << QByteArray("37037.01");
        QTest::newRow("strings are numbers too") << QByteArray("\"3\"") << QByteArray("\"0.1\"")
                                                 << QByteArray("0.3") << true << QByteArray("0.3");
    }

    void amountMustEqualQtyTimesUnitPrice()
    {
        QFETCH(QByteArray, qty);
        QFETCH(QByteArray, price);
        QFETCH(QByteArray, amount);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, stored);
        // Written by hand so the literals reach the service exactly as a client sends them.
        const QByteArray body =
            "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":\"SalesItemLineDetail\","
            "\"Amount\":" +
            amount + ",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":" + qty +
            ",\"UnitPrice\":" + price + "}}]}";
        const Reply r = call("POST", QStringLiteral("invoice"), body);
        if (!accepted) {
            QVERIFY_FAULT(r, "6070", QStringLiteral("Line.Amount"));
            QCOMPARE(faultMessage(r), QStringLiteral("Amount calculation incorrect"));
            return;
        }
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY2(r.body.contains("\"Amount\":" + stored + ","), r.body.constData());
        QVERIFY2(r.body.contains("\"TotalAmt\":" + stored + ","), r.body.constData());
    }

    void sumsAreExact()
    {
        // 0.1 + 0.2 in double is 0.30000000000000004; the invoice must say 0.3.
        const QByteArray body =
            "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[\n"
            "            "
            "{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":0.1,\"SalesItemLineDetail\":{"
            "\"ItemRef\":{\"value\":\"2\"}}},\n"
            "            "
            "{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":0.2,\"SalesItemLineDetail\":{"
            "\"ItemRef\":{\"value\":\"3\"}}},\n"
            "            {\"DetailType\":\"DescriptionOnly\",\"Description\":\"Thanks!\"}]}";
        const Reply r = call("POST", QStringLiteral("invoice"), body);
        const QJsonObject invoice = ENTITY(r, "Invoice");
        QVERIFY2(r.body.contains("\"TotalAmt\":0.3,"), r.body.constData());
        QVERIFY2(r.body.contains("\"Balance\":0.3,"), r.body.constData());
        const QJsonArray lines = invoice.value(QLatin1String("Line")).toArray();
        QCOMPARE(lines.size(), 4);
        const QJsonObject subtotal = lines.last().toObject();
        QCOMPARE(subtotal.value(QLatin1String("DetailType")).toString(),
                 QStringLiteral("SubTotalLineDetail"));
        QCOMPARE(subtotal.value(QLatin1String("Amount")).toDouble(), 0.3);
        QCOMPARE(lines[0].toObject().value(QLatin1String("LineNum")).toInt(), 1);
        QCOMPARE(lines[2].toObject().value(QLatin1String("Id")).toString(), QStringLiteral("3"));
        QVERIFY(!lines[2].toObject().contains(QLatin1String("Amount")));
        // Tax given by the client is added to the total.
        const QJsonObject taxed =
            ENTITY(post(QStringLiteral("invoice"),
                        QJsonObject{{QStringLiteral("CustomerRef"), ref(QStringLiteral("1"))},
                                    {QStringLiteral("Line"),
                                     QJsonArray{itemLine(QStringLiteral("2"), 1, 100, 100)}},
                                    {QStringLiteral("TxnTaxDetail"),
                                     QJsonObject{{QStringLiteral("TotalTax"), 8.25}}}}),
                   "Invoice");
        QCOMPARE(taxed.value(QLatin1String("TotalAmt")).toDouble(), 108.25);
    }

    // --- envelope, create, read, update, delete -------------------------------------------

    void createReadAndEnvelope()
    {
        const Reply r =
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Nova Labs")},
                             {QStringLiteral("CompanyName"), QStringLiteral("Nova Labs Inc")},
                             {QStringLiteral("Notes"), QString()},
                             {QStringLiteral("Mobile"), QJsonValue::Null}},
                 QStringLiteral("minorversion=75"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        QCOMPARE(r.json.value(QLatin1String("time")).toString(),
                 QStringLiteral("2024-07-15T10:30:00.000-07:00"));
        const QJsonObject c = ENTITY(r, "Customer");
        QCOMPARE(c.value(QLatin1String("Id")).toString(), QStringLiteral("32"));
        QCOMPARE(c.value(QLatin1String("SyncToken")).toString(), QStringLiteral("0"));
        QCOMPARE(c.value(QLatin1String("domain")).toString(), QStringLiteral("QBO"));
        QCOMPARE(c.value(QLatin1String("sparse")), QJsonValue(false));
        QCOMPARE(c.value(QLatin1String("Active")), QJsonValue(true));
        const QJsonObject meta = c.value(QLatin1String("MetaData")).toObject();
        QCOMPARE(meta.value(QLatin1String("CreateTime")).toString(),
                 QStringLiteral("2024-07-15T10:30:00-07:00"));
        QCOMPARE(meta.value(QLatin1String("LastUpdatedTime")).toString(),
                 meta.value(QLatin1String("CreateTime")).toString());
        // Only properties with values come back.
        QVERIFY(!c.contains(QLatin1String("Notes")));
        QVERIFY(!c.contains(QLatin1String("Mobile")));

        m_now = QDateTime(QDate(2024, 1, 15), QTime(17, 30), QTimeZone::utc());
        const Reply read = get(QStringLiteral("customer/32"));
        QCOMPARE(read.json.value(QLatin1String("time")).toString(),
                 QStringLiteral("2024-01-15T09:30:00.000-08:00"));
        QCOMPARE(ENTITY(read, "Customer"), c);
        // Entity segments are case-insensitive; the key stays canonical.
        QCOMPARE(ENTITY(get(QStringLiteral("CUSTOMER/32")), "Customer"), c);
    }

    void readMissingIdIs610()
    {
        const Reply r = get(QStringLiteral("invoice/999"));
        QVERIFY_FAULT(r, "610", QString());
        QCOMPARE(faultMessage(r), QStringLiteral("Object Not Found"));
        QVERIFY_FAULT(get(QStringLiteral("salesreceipt/999")), "610", QString());
    }

    void updateFullSparseAndStale()
    {
        const QJsonObject c = ENTITY(
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Full Update Co")},
                             {QStringLiteral("CompanyName"), QStringLiteral("FU Inc")},
                             {QStringLiteral("GivenName"), QStringLiteral("Fu")}}),
            "Customer");
        const QString id = c.value(QLatin1String("Id")).toString();
        m_now = m_now.addSecs(60);
        // Full update: omitted writable fields become absent.
        const QJsonObject full = ENTITY(
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("Id"), id},
                             {QStringLiteral("SyncToken"), QStringLiteral("0")},
                             {QStringLiteral("DisplayName"), QStringLiteral("Full Update Co")},
                             {QStringLiteral("GivenName"), QStringLiteral("Fiona")}}),
            "Customer");
        QCOMPARE(full.value(QLatin1String("SyncToken")).toString(), QStringLiteral("1"));
        QVERIFY(!full.contains(QLatin1String("CompanyName")));
        QCOMPARE(full.value(QLatin1String("GivenName")).toString(), QStringLiteral("Fiona"));
        const QJsonObject meta = full.value(QLatin1String("MetaData")).toObject();
        QCOMPARE(meta.value(QLatin1String("CreateTime")).toString(),
                 QStringLiteral("2024-07-15T10:30:00-07:00"));
        QCOMPARE(meta.value(QLatin1String("LastUpdatedTime")).toString(),
                 QStringLiteral("2024-07-15T10:31:00-07:00"));
        // Sparse: only the fields sent change.
        const QJsonObject sparse =
            ENTITY(post(QStringLiteral("customer"),
                        QJsonObject{{QStringLiteral("Id"), id},
                                    {QStringLiteral("SyncToken"), QStringLiteral("1")},
                                    {QStringLiteral("sparse"), true},
                                    {QStringLiteral("CompanyName"), QStringLiteral("Back Again")}},
                        QStringLiteral("operation=update")),
                   "Customer");
        QCOMPARE(sparse.value(QLatin1String("SyncToken")).toString(), QStringLiteral("2"));
        QCOMPARE(sparse.value(QLatin1String("GivenName")).toString(), QStringLiteral("Fiona"));
        QCOMPARE(sparse.value(QLatin1String("CompanyName")).toString(),
                 QStringLiteral("Back Again"));
        QCOMPARE(sparse.value(QLatin1String("sparse")), QJsonValue(false));
        // An old SyncToken is 5010 and changes nothing.
        const Reply stale =
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("Id"), id},
                             {QStringLiteral("SyncToken"), QStringLiteral("1")},
                             {QStringLiteral("sparse"), true},
                             {QStringLiteral("CompanyName"), QStringLiteral("Lost")}});
        QVERIFY_FAULT(stale, "5010", QString());
        QCOMPARE(faultMessage(stale), QStringLiteral("Stale Object Error"));
        QVERIFY(faultDetail(stale).startsWith(QLatin1String("Stale Object Error : ")));
        QCOMPARE(ENTITY(get(QStringLiteral("customer/") + id), "Customer")
                     .value(QLatin1String("CompanyName"))
                     .toString(),
                 QStringLiteral("Back Again"));
        QVERIFY_FAULT(
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("Id"), id}, {QStringLiteral("sparse"), true}}),
            "2020", QStringLiteral("SyncToken"));
        QVERIFY_FAULT(post(QStringLiteral("customer"),
                           QJsonObject{{QStringLiteral("Id"), QStringLiteral("4242")},
                                       {QStringLiteral("SyncToken"), QStringLiteral("0")}}),
                      "610", QStringLiteral("Id"));
    }

    void sparseLineArrayReplacesAllLines()
    {
        const QJsonObject inv =
            ENTITY(post(QStringLiteral("invoice"),
                        invoiceBody(QStringLiteral("5"),
                                    QJsonArray{itemLine(QStringLiteral("2"), 1, 150, 150),
                                               itemLine(QStringLiteral("3"), 2, 75, 150)})),
                   "Invoice");
        QCOMPARE(inv.value(QLatin1String("TotalAmt")).toDouble(), 300.0);
        const QJsonObject updated =
            ENTITY(post(QStringLiteral("invoice"),
                        QJsonObject{{QStringLiteral("Id"), inv.value(QLatin1String("Id"))},
                                    {QStringLiteral("SyncToken"), QStringLiteral("0")},
                                    {QStringLiteral("sparse"), true},
                                    {QStringLiteral("Line"),
                                     QJsonArray{itemLine(QStringLiteral("6"), 2, 40, 80)}}}),
                   "Invoice");
        const QJsonArray lines = updated.value(QLatin1String("Line")).toArray();
        QCOMPARE(lines.size(), 2); // one item line and the subtotal
        QCOMPARE(updated.value(QLatin1String("TotalAmt")).toDouble(), 80.0);
        QCOMPARE(updated.value(QLatin1String("Balance")).toDouble(), 80.0);
        QCOMPARE(updated.value(QLatin1String("DocNumber")), inv.value(QLatin1String("DocNumber")));
        QCOMPARE(updated.value(QLatin1String("CustomerRef")),
                 inv.value(QLatin1String("CustomerRef")));
        QCOMPARE(updated.value(QLatin1String("DueDate")), inv.value(QLatin1String("DueDate")));
    }

    void deleteTransactionsNotNameLists()
    {
        const QJsonObject inv =
            ENTITY(post(QStringLiteral("invoice"),
                        invoiceBody(QStringLiteral("6"),
                                    QJsonArray{itemLine(QStringLiteral("2"), 1, 150, 150)})),
                   "Invoice");
        const QString id = inv.value(QLatin1String("Id")).toString();
        QVERIFY_FAULT(post(QStringLiteral("invoice"),
                           QJsonObject{{QStringLiteral("Id"), id},
                                       {QStringLiteral("SyncToken"), QStringLiteral("7")}},
                           QStringLiteral("operation=delete")),
                      "5010", QString());
        const Reply deleted = post(QStringLiteral("invoice"),
                                   QJsonObject{{QStringLiteral("Id"), id},
                                               {QStringLiteral("SyncToken"), QStringLiteral("0")}},
                                   QStringLiteral("operation=delete"));
        QCOMPARE(ENTITY(deleted, "Invoice"),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("Deleted")},
                              {QStringLiteral("domain"), QStringLiteral("QBO")},
                              {QStringLiteral("Id"), id}}));
        QVERIFY(isPacificTime(deleted.json.value(QLatin1String("time")).toString(), true));
        QVERIFY_FAULT(get(QStringLiteral("invoice/") + id), "610", QString());
        // Name lists are deactivated, not deleted.
        const Reply refused = post(QStringLiteral("customer"),
                                   QJsonObject{{QStringLiteral("Id"), QStringLiteral("1")},
                                               {QStringLiteral("SyncToken"), QStringLiteral("0")}},
                                   QStringLiteral("operation=delete"));
        QVERIFY_FAULT(refused, "500", QString());
        QCOMPARE(
            ENTITY(get(QStringLiteral("customer/1")), "Customer").value(QLatin1String("Active")),
            QJsonValue(true));
    }

    void voidInvoice()
    {
        const QJsonObject inv =
            ENTITY(post(QStringLiteral("invoice"),
                        invoiceBody(QStringLiteral("6"),
                                    QJsonArray{itemLine(QStringLiteral("2"), 2, 150, 300)})),
                   "Invoice");
        const QJsonObject voided =
            ENTITY(post(QStringLiteral("invoice"),
                        QJsonObject{{QStringLiteral("Id"), inv.value(QLatin1String("Id"))},
                                    {QStringLiteral("SyncToken"), QStringLiteral("0")}},
                        QStringLiteral("operation=void")),
                   "Invoice");
        QCOMPARE(voided.value(QLatin1String("SyncToken")).toString(), QStringLiteral("1"));
        QCOMPARE(voided.value(QLatin1String("TotalAmt")).toDouble(), 0.0);
        QCOMPARE(voided.value(QLatin1String("Balance")).toDouble(), 0.0);
        QCOMPARE(voided.value(QLatin1String("PrivateNote")).toString(), QStringLiteral("Voided"));
        QCOMPARE(voided.value(QLatin1String("Line"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("Amount"))
                     .toDouble(),
                 0.0);
        QCOMPARE(voided.value(QLatin1String("DocNumber")), inv.value(QLatin1String("DocNumber")));
    }

    // --- faults -----------------------------------------------------------------------------

    void requiredParamMissing_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("detail");
        QTest::newRow("invoice without CustomerRef")
            << "invoice"
            << QByteArray("{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":1,"
                          "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"}}}]}")
            << "CustomerRef"
            << "Required parameter CustomerRef is missing in the request";
        QTest::newRow("invoice without Line")
            << "invoice" << QByteArray("{\"CustomerRef\":{\"value\":\"1\"}}") << "Line"
            << QString();
        QTest::newRow("line without DetailType")
            << "salesreceipt"
            << QByteArray("{\"Line\":[{\"Amount\":1,\"SalesItemLineDetail\":{\"ItemRef\":{"
                          "\"value\":\"2\"}}}]}")
            << "Line.DetailType"
            << "Required parameter Line.DetailType is missing in the request";
        QTest::newRow("line without Amount")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":"
                          "\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":"
                          "\"2\"}}}]}")
            << "Line.Amount" << QString();
        QTest::newRow("line without ItemRef")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":"
                          "\"SalesItemLineDetail\",\"Amount\":5,\"SalesItemLineDetail\":{}}]}")
            << "Line.SalesItemLineDetail.ItemRef" << QString();
        QTest::newRow("refund without DepositToAccountRef")
            << "refundreceipt"
            << QByteArray("{\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":1,"
                          "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"}}}]}")
            << "DepositToAccountRef" << QString();
        QTest::newRow("refund without an item line")
            << "refundreceipt"
            << QByteArray("{\"DepositToAccountRef\":{\"value\":\"11\"},\"Line\":[{\"DetailType\":"
                          "\"DescriptionOnly\",\"Description\":\"x\"}]}")
            << "Line" << QString();
        QTest::newRow("item without Name")
            << "item" << QByteArray("{\"Type\":\"Service\",\"IncomeAccountRef\":{\"value\":\"4\"}}")
            << "Name"
            << "Required parameter Name is missing in the request";
        QTest::newRow("service item without accounts")
            << "item" << QByteArray("{\"Name\":\"Bare Service\",\"Type\":\"Service\"}") << ""
            << "Required parameter ExpenseAccountRef or IncomeAccountRef is missing in the request";
        QTest::newRow("noninventory item without accounts")
            << "item" << QByteArray("{\"Name\":\"Bare Goods\",\"Type\":\"NonInventory\"}") << ""
            << "Required parameter ExpenseAccountRef or IncomeAccountRef is missing in the request";
        QTest::newRow("payment without CustomerRef")
            << "payment" << QByteArray("{\"TotalAmt\":5}") << "CustomerRef" << QString();
        QTest::newRow("payment without TotalAmt")
            << "payment" << QByteArray("{\"CustomerRef\":{\"value\":\"1\"}}") << "TotalAmt"
            << QString();
        QTest::newRow("purchase without AccountRef")
            << "purchase" << QByteArray("{\"PaymentType\":\"Cash\",\"Line\":[]}") << "AccountRef"
            << QString();
        QTest::newRow("purchase without PaymentType")
            << "purchase" << QByteArray("{\"AccountRef\":{\"value\":\"11\"},\"Line\":[]}")
            << "PaymentType" << QString();
        QTest::newRow("purchase without lines")
            << "purchase"
            << QByteArray(
                   "{\"AccountRef\":{\"value\":\"11\"},\"PaymentType\":\"Cash\",\"Line\":[]}")
            << "Line" << QString();
        QTest::newRow("customer without any name")
            << "customer" << QByteArray("{\"CompanyName\":\"Only Company\"}") << "DisplayName"
            << QString();
        QTest::newRow("term without days")
            << "term" << QByteArray("{\"Name\":\"Someday\"}") << "DueDays" << QString();
    }

    void requiredParamMissing()
    {
        QFETCH(QString, entity);
        QFETCH(QByteArray, body);
        QFETCH(QString, element);
        QFETCH(QString, detail);
        const Reply r = call("POST", entity, body);
        QVERIFY_FAULT(r, "2020", element);
        QCOMPARE(faultMessage(r),
                 QStringLiteral(
                     "Required param missing, need to supply the required value for the API"));
        if (!detail.isEmpty())
            QCOMPARE(faultDetail(r), detail);
    }

    void duplicateNames()
    {
        // DisplayName is unique across Customer, Vendor and Employee, ignoring case.
        const Reply vendor = post(
            QStringLiteral("vendor"),
            QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("AMY'S BIRD SANCTUARY")}});
        QVERIFY_FAULT(vendor, "6240", QString());
        QCOMPARE(faultMessage(vendor), QStringLiteral("Duplicate Name Exists Error"));
        QVERIFY(
            faultDetail(vendor).startsWith(QLatin1String("The name supplied already exists. : ")));
        QVERIFY_FAULT(post(QStringLiteral("customer"),
                           QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("stripe")}}),
                      "6240", QString());
        // The employee's name is composed from GivenName + FamilyName.
        QVERIFY_FAULT(post(QStringLiteral("customer"),
                           QJsonObject{{QStringLiteral("GivenName"), QStringLiteral("Emily")},
                                       {QStringLiteral("FamilyName"), QStringLiteral("PLATT")}}),
                      "6240", QString());
        QVERIFY_FAULT(post(QStringLiteral("employee"), QJsonObject{{QStringLiteral("DisplayName"),
                                                                    QStringLiteral("åsa öberg")}}),
                      "6240", QString());
        // Inactive customers keep their names.
        QVERIFY_FAULT(
            post(QStringLiteral("customer"), QJsonObject{{QStringLiteral("DisplayName"),
                                                          QStringLiteral("Old Harbor Supply ")}}),
            "6240", QString());
        // Item and Term names are unique too; a colon is not allowed.
        QVERIFY_FAULT(
            post(QStringLiteral("item"),
                 QJsonObject{{QStringLiteral("Name"), QStringLiteral("consulting")},
                             {QStringLiteral("Type"), QStringLiteral("Service")},
                             {QStringLiteral("IncomeAccountRef"), ref(QStringLiteral("4"))}}),
            "6240", QString());
        QVERIFY_FAULT(post(QStringLiteral("term"),
                           QJsonObject{{QStringLiteral("Name"), QStringLiteral("NET 30")},
                                       {QStringLiteral("DueDays"), 30}}),
                      "6240", QString());
        QVERIFY_FAULT(
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Parent:Child")}}),
            "2040", QStringLiteral("DisplayName"));
        // A customer may keep its own name on update; a unique one is fine.
        QCOMPARE(ENTITY(post(QStringLiteral("customer"),
                             QJsonObject{{QStringLiteral("Id"), QStringLiteral("1")},
                                         {QStringLiteral("SyncToken"), QStringLiteral("0")},
                                         {QStringLiteral("sparse"), true},
                                         {QStringLiteral("DisplayName"),
                                          QStringLiteral("Amy's Bird Sanctuary")}}),
                        "Customer")
                     .value(QLatin1String("SyncToken"))
                     .toString(),
                 QStringLiteral("1"));
        QCOMPARE(
            post(QStringLiteral("vendor"), QJsonObject{{QStringLiteral("DisplayName"),
                                                        QStringLiteral("Amy's Bird Supplies")}})
                .status,
            200);
    }

    void lineTaxCodes()
    {
        QJsonObject line = itemLine(QStringLiteral("2"), 1, 150, 150);
        QJsonObject detail = line.value(QLatin1String("SalesItemLineDetail")).toObject();
        detail.insert(QStringLiteral("TaxCodeRef"), ref(QStringLiteral("GST")));
        line.insert(QStringLiteral("SalesItemLineDetail"), detail);
        const Reply bad =
            post(QStringLiteral("invoice"), invoiceBody(QStringLiteral("1"), QJsonArray{line}));
        QVERIFY_FAULT(bad, "6100", QStringLiteral("Line.SalesItemLineDetail.TaxCodeRef"));
        QCOMPARE(faultMessage(bad), QStringLiteral("Invalid Line TaxCode"));
        detail.insert(QStringLiteral("TaxCodeRef"), ref(QStringLiteral("TAX")));
        line.insert(QStringLiteral("SalesItemLineDetail"), detail);
        const QJsonObject ok = ENTITY(
            post(QStringLiteral("invoice"), invoiceBody(QStringLiteral("1"), QJsonArray{line})),
            "Invoice");
        QCOMPARE(ok.value(QLatin1String("Line"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("SalesItemLineDetail"))
                     .toObject()
                     .value(QLatin1String("TaxCodeRef"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("TAX"));
        // Without one, a US line gets NON (TAX for a taxable item).
        const QJsonObject defaulted =
            ENTITY(post(QStringLiteral("invoice"),
                        invoiceBody(QStringLiteral("1"),
                                    QJsonArray{itemLine(QStringLiteral("2"), 1, 150, 150),
                                               itemLine(QStringLiteral("12"), 1, 275, 275)})),
                   "Invoice");
        const QJsonArray lines = defaulted.value(QLatin1String("Line")).toArray();
        QCOMPARE(lines[0]
                     .toObject()
                     .value(QLatin1String("SalesItemLineDetail"))
                     .toObject()
                     .value(QLatin1String("TaxCodeRef"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("NON"));
        QCOMPARE(lines[1]
                     .toObject()
                     .value(QLatin1String("SalesItemLineDetail"))
                     .toObject()
                     .value(QLatin1String("TaxCodeRef"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("TAX"));
        // A UK line needs one of the company's tax codes.
        QVERIFY_FAULT(post(QStringLiteral("invoice"),
                           invoiceBody(QStringLiteral("1"),
                                       QJsonArray{itemLine(QStringLiteral("1"), 1, 650, 650)}),
                           {}, Uk),
                      "6000", QStringLiteral("Line.SalesItemLineDetail.TaxCodeRef"));
        QJsonObject ukLine = itemLine(QStringLiteral("1"), 1, 650, 650);
        QJsonObject ukDetail = ukLine.value(QLatin1String("SalesItemLineDetail")).toObject();
        ukDetail.insert(QStringLiteral("TaxCodeRef"), ref(QStringLiteral("2")));
        ukLine.insert(QStringLiteral("SalesItemLineDetail"), ukDetail);
        const QJsonObject ukInvoice =
            ENTITY(post(QStringLiteral("invoice"),
                        invoiceBody(QStringLiteral("1"), QJsonArray{ukLine}), {}, Uk),
                   "Invoice");
        QCOMPARE(ukInvoice.value(QLatin1String("CurrencyRef"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("GBP"));
    }

    void referencesToMissingOrInactiveEntities_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("element");
        const QByteArray line = "{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":1,"
                                "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"}}}";
        QTest::newRow("missing customer")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"9999\"},\"Line\":[" + line + "]}") << "610"
            << "CustomerRef";
        QTest::newRow("inactive customer")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"29\"},\"Line\":[" + line + "]}") << "610"
            << "CustomerRef";
        QTest::newRow("inactive item")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":"
                          "\"SalesItemLineDetail\",\"Amount\":1,\"SalesItemLineDetail\":{"
                          "\"ItemRef\":{\"value\":\"19\"}}}]}")
            << "610"
            << "Line.SalesItemLineDetail.ItemRef";
        QTest::newRow("missing term")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"1\"},\"SalesTermRef\":{\"value\":\"77\"},"
                          "\"Line\":[" +
                          line + "]}")
            << "610"
            << "SalesTermRef";
        QTest::newRow("missing payment method")
            << "salesreceipt"
            << QByteArray("{\"PaymentMethodRef\":{\"value\":\"77\"},\"Line\":[" + line + "]}")
            << "610"
            << "PaymentMethodRef";
        QTest::newRow("inactive deposit account")
            << "salesreceipt"
            << QByteArray("{\"DepositToAccountRef\":{\"value\":\"18\"},\"Line\":[" + line + "]}")
            << "610"
            << "DepositToAccountRef";
        QTest::newRow("missing vendor")
            << "purchase"
            << QByteArray(
                   "{\"AccountRef\":{\"value\":\"11\"},\"PaymentType\":\"Cash\",\"EntityRef\":{"
                   "\"value\":\"99\",\"type\":\"Vendor\"},\"Line\":[{\"DetailType\":"
                   "\"AccountBasedExpenseLineDetail\",\"Amount\":5,"
                   "\"AccountBasedExpenseLineDetail\":{\"AccountRef\":{\"value\":\"14\"}}}]}")
            << "610"
            << "EntityRef";
        QTest::newRow("missing expense account")
            << "purchase"
            << QByteArray(
                   "{\"AccountRef\":{\"value\":\"11\"},\"PaymentType\":\"Cash\",\"Line\":[{"
                   "\"DetailType\":\"AccountBasedExpenseLineDetail\",\"Amount\":5,"
                   "\"AccountBasedExpenseLineDetail\":{\"AccountRef\":{\"value\":\"999\"}}}]}")
            << "610"
            << "Line.AccountBasedExpenseLineDetail.AccountRef";
        QTest::newRow("item with missing account")
            << "item"
            << QByteArray("{\"Name\":\"Orphan\",\"Type\":\"Service\",\"IncomeAccountRef\":{"
                          "\"value\":\"999\"}}")
            << "610"
            << "IncomeAccountRef";
        QTest::newRow("customer with missing term")
            << "customer"
            << QByteArray("{\"DisplayName\":\"Termless\",\"SalesTermRef\":{\"value\":\"99\"}}")
            << "610"
            << "SalesTermRef";
        QTest::newRow("reference that is no id")
            << "invoice"
            << QByteArray("{\"CustomerRef\":{\"value\":\"Amy\"},\"Line\":[" + line + "]}") << "2500"
            << "CustomerRef";
    }

    void referencesToMissingOrInactiveEntities()
    {
        QFETCH(QString, entity);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, element);
        const Reply r = call("POST", entity, body);
        QString why;
        QVERIFY2(isFault(r, code, element, 400, &why), qPrintable(why));
        if (code == QLatin1String("610"))
            QCOMPARE(faultMessage(r), QStringLiteral("Object Not Found"));
        else
            QCOMPARE(faultMessage(r), QStringLiteral("Invalid Reference Id"));
    }

    void malformedRequestsAndPaths()
    {
        QVERIFY_FAULT(call("POST", QStringLiteral("invoice"), "{\"CustomerRef\":"), "2010",
                      QString());
        QVERIFY_FAULT(call("POST", QStringLiteral("invoice"), "[1,2]"), "2010", QString());
        QVERIFY_FAULT(call("POST", QStringLiteral("invoice"),
                           "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":"
                           "\"SalesItemLineDetail\",\"Amount\":\"ten\",\"SalesItemLineDetail\":{"
                           "\"ItemRef\":{\"value\":\"2\"}}}]}"),
                      "2010", QStringLiteral("Line.Amount"));
        QVERIFY_FAULT(post(QStringLiteral("widget"), QJsonObject()), "500", QString());
        QVERIFY_FAULT(get(QStringLiteral("widget/1")), "500", QString());
        QVERIFY_FAULT(post(QStringLiteral("taxcode"),
                           QJsonObject{{QStringLiteral("Name"), QStringLiteral("X")}}),
                      "500", QString());
        QVERIFY_FAULT(post(QStringLiteral("purchase"),
                           QJsonObject{{QStringLiteral("AccountRef"), ref(QStringLiteral("11"))},
                                       {QStringLiteral("PaymentType"), QStringLiteral("Barter")}}),
                      "2170", QStringLiteral("PaymentType"));
        QVERIFY_FAULT(post(QStringLiteral("account"),
                           QJsonObject{{QStringLiteral("Name"), QStringLiteral("Typeless")}}),
                      "6010", QStringLiteral("AccountType"));
        const Reply unknownRealm = get(QStringLiteral("customer/1"), {}, QStringLiteral("123"));
        QString why;
        QVERIFY2(isFault(unknownRealm, QStringLiteral("3100"), QString(), 403, &why),
                 qPrintable(why));
        QCOMPARE(unknownRealm.json.value(QLatin1String("Fault"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("AuthorizationFault"));
        const Reply wrongMethod = call("DELETE", QStringLiteral("invoice/1"));
        QCOMPARE(wrongMethod.status, 405);
    }

    void minorVersionIsAccepted()
    {
        for (const QString &q :
             {QString(), QStringLiteral("minorversion=4"), QStringLiteral("minorversion=75"),
              QStringLiteral("minorversion=999")}) {
            const Reply r = get(QStringLiteral("customer/1"), q);
            QCOMPARE(ENTITY(r, "Customer").value(QLatin1String("DisplayName")).toString(),
                     QStringLiteral("Amy's Bird Sanctuary"));
        }
    }

    // What widely used client libraries actually send must work as it does against QBO.
    void thirdPartyClientShapes()
    {
        // python-quickbooks' Invoice: "" for unset strings, Qty/UnitPrice 0, LineNum 0, empty
        // lists, SyncToken 0 and a null Id on create (its README example sets only Amount).
        const QByteArray pqbInvoice =
            "{\"AllowIPNPayment\": true, \"ApplyTaxAfterDiscount\": false, \"Balance\": 0, "
            "\"CustomField\": [], \"CustomerRef\": {\"name\": \"\", \"type\": \"\", \"value\": "
            "\"1\"}, "
            "\"Deposit\": 0, \"DocNumber\": \"\", \"DueDate\": \"\", \"EmailStatus\": \"NotSet\", "
            "\"ExchangeRate\": 1, \"GlobalTaxCalculation\": \"TaxExcluded\", \"Id\": null, "
            "\"Line\": [{\"Amount\": 100, \"CustomField\": [], \"Description\": \"description\", "
            "\"DetailType\": \"SalesItemLineDetail\", \"LineNum\": 1, \"LinkedTxn\": [], "
            "\"SalesItemLineDetail\": {\"ItemRef\": {\"name\": \"Consulting\", \"type\": \"\", "
            "\"value\": \"2\"}, "
            "\"Qty\": 0, \"ServiceDate\": \"\", \"UnitPrice\": 0}}], "
            "\"LinkedTxn\": [], \"PrintStatus\": \"NotSet\", \"PrivateNote\": \"\", \"ShipDate\": "
            "\"\", "
            "\"SyncToken\": 0, \"TotalAmt\": \"\", \"TrackingNum\": \"\", \"TxnDate\": \"\", "
            "\"domain\": \"QBO\", \"sparse\": false}";
        const Reply pqb =
            call("POST", QStringLiteral("invoice"), pqbInvoice,
                 QStringLiteral("minorversion=75&requestid=0b9a6c1e4d2f4e8a9c7b5a3d1f0e2c4b"));
        const QJsonObject invoice = ENTITY(pqb, "Invoice");
        QCOMPARE(invoice.value(QLatin1String("TotalAmt")).toDouble(), 100.0);
        QCOMPARE(invoice.value(QLatin1String("TxnDate")).toString(), QStringLiteral("2024-07-15"));
        QCOMPARE(invoice.value(QLatin1String("DueDate")).toString(), QStringLiteral("2024-08-14"));
        QVERIFY(!invoice.contains(QLatin1String("DocNumber"))); // python-quickbooks#141
        QVERIFY(!invoice.contains(QLatin1String("PrivateNote")));
        QCOMPARE(invoice.value(QLatin1String("CustomerRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Amy's Bird Sanctuary"));
        // Its query: POST with Content-Type application/text, \' escaping, upper-case keywords.
        const Reply pqbQuery = call(
            "POST", QStringLiteral("query"),
            "SELECT * FROM Customer WHERE DisplayName = 'Amy\\'s Bird Sanctuary' MAXRESULTS 100",
            QStringLiteral("minorversion=75"), Us, "application/text");
        QCOMPARE(rows(pqbQuery, QStringLiteral("Customer")).size(), 1);
        // Its batch: uuid4 bIds (36 characters) without a requestid.
        const Reply pqbBatch =
            call("POST", QStringLiteral("batch"),
                 "{\"BatchItemRequest\": [{\"bId\": \"6c1f0b8e-3a51-4c8e-9d0e-2f7b5a9c1d23\", "
                 "\"operation\": \"create\", \"Customer\": {\"DisplayName\": \"PQB Batch Co\", "
                 "\"Active\": true, \"Balance\": 0, \"Title\": \"\", \"Id\": null}}]}",
                 QStringLiteral("minorversion=75"));
        QCOMPARE(pqbBatch.json.value(QLatin1String("BatchItemResponse"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("Customer"))
                     .toObject()
                     .value(QLatin1String("DisplayName"))
                     .toString(),
                 QStringLiteral("PQB Batch Co"));
        // node-quickbooks: lower-case entity and keywords, paging appended, GET.
        QCOMPARE(
            rows(query(QStringLiteral(
                     "select * from customer where Active = true startposition 1 maxresults 1000")),
                 QStringLiteral("Customer"))
                .size(),
            29); // 28 seeded active + the batch's
        // An xsd:date with a zone, as typed SDKs may write it, is a date.
        QJsonObject dated = invoiceBody(QStringLiteral("1"),
                                        QJsonArray{itemLine(QStringLiteral("2"), 1, 150, 150)});
        dated.insert(QStringLiteral("TxnDate"), QStringLiteral("2024-03-01-08:00"));
        QCOMPARE(ENTITY(post(QStringLiteral("invoice"), dated), "Invoice")
                     .value(QLatin1String("TxnDate"))
                     .toString(),
                 QStringLiteral("2024-03-01"));
        // A sparse "" clears a field.
        const QJsonObject noted =
            ENTITY(post(QStringLiteral("invoice"),
                        QJsonObject{{QStringLiteral("Id"), invoice.value(QLatin1String("Id"))},
                                    {QStringLiteral("SyncToken"), QStringLiteral("0")},
                                    {QStringLiteral("sparse"), true},
                                    {QStringLiteral("PrivateNote"), QStringLiteral("call first")}}),
                   "Invoice");
        QCOMPARE(noted.value(QLatin1String("PrivateNote")).toString(),
                 QStringLiteral("call first"));
        const QJsonObject cleared =
            ENTITY(post(QStringLiteral("invoice"),
                        QJsonObject{{QStringLiteral("Id"), invoice.value(QLatin1String("Id"))},
                                    {QStringLiteral("SyncToken"), QStringLiteral("1")},
                                    {QStringLiteral("sparse"), true},
                                    {QStringLiteral("PrivateNote"), QString()}}),
                   "Invoice");
        QVERIFY(!cleared.contains(QLatin1String("PrivateNote")));
        QCOMPARE(cleared.value(QLatin1String("TotalAmt")).toDouble(), 100.0);
    }

    // --- sales forms ------------------------------------------------------------------------

    void docNumbers()
    {
        const auto create = [this](const QJsonObject &extra, const QString &query = {}) {
            QJsonObject body = invoiceBody(QStringLiteral("8"),
                                           QJsonArray{itemLine(QStringLiteral("6"), 1, 40, 40)});
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return post(QStringLiteral("invoice"), body, query);
        };
        // Seeded invoices are 1001–1005; an omitted DocNumber continues the sequence.
        QCOMPARE(ENTITY(create({}), "Invoice").value(QLatin1String("DocNumber")).toString(),
                 QStringLiteral("1006"));
        QCOMPARE(
            ENTITY(create(QJsonObject{{QStringLiteral("DocNumber"), QJsonValue::Null}}), "Invoice")
                .value(QLatin1String("DocNumber"))
                .toString(),
            QStringLiteral("1007"));
        // "" is not "omitted": the number stays empty.
        QVERIFY(!ENTITY(create(QJsonObject{{QStringLiteral("DocNumber"), QString()}}), "Invoice")
                     .contains(QLatin1String("DocNumber")));
        // A repeated number is 6140 unless include=allowduplicatedocnum.
        const Reply dup =
            create(QJsonObject{{QStringLiteral("DocNumber"), QStringLiteral("1003")}});
        QVERIFY_FAULT(dup, "6140", QStringLiteral("DocNumber"));
        QCOMPARE(faultMessage(dup), QStringLiteral("Duplicate Document Number Error"));
        QVERIFY(faultDetail(dup).contains(QLatin1String("DocNumber=1003")));
        QCOMPARE(ENTITY(create(QJsonObject{{QStringLiteral("DocNumber"), QStringLiteral("1003")}},
                               QStringLiteral("include=allowduplicatedocnum&minorversion=75")),
                        "Invoice")
                     .value(QLatin1String("DocNumber"))
                     .toString(),
                 QStringLiteral("1003"));
        QCOMPARE(ENTITY(create(QJsonObject{{QStringLiteral("DocNumber"), QStringLiteral("INV-A")}}),
                        "Invoice")
                     .value(QLatin1String("DocNumber"))
                     .toString(),
                 QStringLiteral("INV-A"));
        QCOMPARE(ENTITY(create({}), "Invoice").value(QLatin1String("DocNumber")).toString(),
                 QStringLiteral("1008"));
        // Each entity has its own sequence (the first SalesReceipt is 1001).
        QCOMPARE(ENTITY(post(QStringLiteral("salesreceipt"),
                             QJsonObject{{QStringLiteral("Line"),
                                          QJsonArray{itemLine(QStringLiteral("6"), 1, 40, 40)}}}),
                        "SalesReceipt")
                     .value(QLatin1String("DocNumber"))
                     .toString(),
                 QStringLiteral("1001"));
        // With custom transaction numbers on, nothing is assigned.
        const QJsonObject prefs = ENTITY(get(QStringLiteral("preferences")), "Preferences");
        const QJsonObject updated = ENTITY(
            post(QStringLiteral("preferences"),
                 QJsonObject{{QStringLiteral("SyncToken"), prefs.value(QLatin1String("SyncToken"))},
                             {QStringLiteral("sparse"), true},
                             {QStringLiteral("SalesFormsPrefs"),
                              QJsonObject{{QStringLiteral("CustomTxnNumbers"), true}}}}),
            "Preferences");
        QCOMPARE(updated.value(QLatin1String("SalesFormsPrefs"))
                     .toObject()
                     .value(QLatin1String("CustomTxnNumbers")),
                 QJsonValue(true));
        QCOMPARE(updated.value(QLatin1String("SalesFormsPrefs"))
                     .toObject()
                     .value(QLatin1String("DefaultTerms"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("3"));
        QVERIFY(!ENTITY(create({}), "Invoice").contains(QLatin1String("DocNumber")));
    }

    void datesAndTerms()
    {
        // 03:00 UTC on the 16th is still the 15th in California, already the 16th in London.
        m_now = QDateTime(QDate(2024, 7, 16), QTime(3, 0), QTimeZone::utc());
        const QJsonArray lines{itemLine(QStringLiteral("2"), 1, 150, 150)};
        // No term anywhere: the company default (Net 30) and no SalesTermRef in the answer.
        const QJsonObject plain = ENTITY(
            post(QStringLiteral("invoice"), invoiceBody(QStringLiteral("1"), lines)), "Invoice");
        QCOMPARE(plain.value(QLatin1String("TxnDate")).toString(), QStringLiteral("2024-07-15"));
        QCOMPARE(plain.value(QLatin1String("DueDate")).toString(), QStringLiteral("2024-08-14"));
        QVERIFY(!plain.contains(QLatin1String("SalesTermRef")));
        // An explicit term.
        QJsonObject withTerm = invoiceBody(QStringLiteral("1"), lines);
        withTerm.insert(QStringLiteral("SalesTermRef"), ref(QStringLiteral("2")));
        withTerm.insert(QStringLiteral("TxnDate"), QStringLiteral("2024-02-20"));
        const QJsonObject net15 = ENTITY(post(QStringLiteral("invoice"), withTerm), "Invoice");
        QCOMPARE(net15.value(QLatin1String("DueDate")).toString(), QStringLiteral("2024-03-06"));
        QCOMPARE(net15.value(QLatin1String("SalesTermRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Net 15"));
        // The customer's term (Red Rock Diner: Due on receipt).
        const QJsonObject diner = ENTITY(
            post(QStringLiteral("invoice"), invoiceBody(QStringLiteral("22"), lines)), "Invoice");
        QCOMPARE(diner.value(QLatin1String("DueDate")).toString(), QStringLiteral("2024-07-15"));
        QCOMPARE(diner.value(QLatin1String("SalesTermRef"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("1"));
        // An explicit DueDate wins.
        QJsonObject explicitDue = invoiceBody(QStringLiteral("22"), lines);
        explicitDue.insert(QStringLiteral("DueDate"), QStringLiteral("2024-12-24"));
        QCOMPARE(ENTITY(post(QStringLiteral("invoice"), explicitDue), "Invoice")
                     .value(QLatin1String("DueDate"))
                     .toString(),
                 QStringLiteral("2024-12-24"));
        // A date-driven term: due on the 10th, next month when issued within 5 days of it.
        const QJsonObject term =
            ENTITY(post(QStringLiteral("term"),
                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("10th of month")},
                                    {QStringLiteral("DayOfMonthDue"), QStringLiteral("10")},
                                    {QStringLiteral("DueNextMonthDays"), 5}}),
                   "Term");
        QCOMPARE(term.value(QLatin1String("Type")).toString(), QStringLiteral("DATE_DRIVEN"));
        QCOMPARE(term.value(QLatin1String("DayOfMonthDue")), QJsonValue(10));
        QJsonObject early = withTerm;
        early.insert(QStringLiteral("SalesTermRef"),
                     ref(term.value(QLatin1String("Id")).toString()));
        early.insert(QStringLiteral("TxnDate"), QStringLiteral("2024-03-02"));
        QCOMPARE(ENTITY(post(QStringLiteral("invoice"), early), "Invoice")
                     .value(QLatin1String("DueDate"))
                     .toString(),
                 QStringLiteral("2024-03-10"));
        early.insert(QStringLiteral("TxnDate"), QStringLiteral("2024-03-06"));
        QCOMPARE(ENTITY(post(QStringLiteral("invoice"), early), "Invoice")
                     .value(QLatin1String("DueDate"))
                     .toString(),
                 QStringLiteral("2024-04-10"));
        // The UK company's "today" is London's.
        QJsonObject ukLine = itemLine(QStringLiteral("1"), 1, 650, 650);
        QJsonObject ukDetail = ukLine.value(QLatin1String("SalesItemLineDetail")).toObject();
        ukDetail.insert(QStringLiteral("TaxCodeRef"), ref(QStringLiteral("2")));
        ukLine.insert(QStringLiteral("SalesItemLineDetail"), ukDetail);
        QCOMPARE(ENTITY(post(QStringLiteral("salesreceipt"),
                             QJsonObject{{QStringLiteral("Line"), QJsonArray{ukLine}}}, {}, Uk),
                        "SalesReceipt")
                     .value(QLatin1String("TxnDate"))
                     .toString(),
                 QStringLiteral("2024-07-16"));
        QVERIFY_FAULT(post(QStringLiteral("invoice"),
                           QJsonObject{{QStringLiteral("CustomerRef"), ref(QStringLiteral("1"))},
                                       {QStringLiteral("TxnDate"), QStringLiteral("15/07/2024")},
                                       {QStringLiteral("Line"), lines}}),
                      "2010", QStringLiteral("TxnDate"));
    }

    void termFieldsFromStrings()
    {
        const QJsonObject term =
            ENTITY(post(QStringLiteral("term"),
                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("Term120")},
                                    {QStringLiteral("DueDays"), QStringLiteral("120")}}),
                   "Term");
        QCOMPARE(term.value(QLatin1String("DueDays")), QJsonValue(120));
        QCOMPARE(term.value(QLatin1String("Type")).toString(), QStringLiteral("STANDARD"));
        QCOMPARE(term.value(QLatin1String("DiscountPercent")), QJsonValue(0));
        QCOMPARE(term.value(QLatin1String("Id")).toString(), QStringLiteral("6"));
    }

    void salesReceiptEstimateAndRefund()
    {
        const QJsonObject receipt =
            ENTITY(post(QStringLiteral("salesreceipt"),
                        QJsonObject{{QStringLiteral("CustomerRef"), ref(QStringLiteral("3"))},
                                    {QStringLiteral("Line"),
                                     QJsonArray{itemLine(QStringLiteral("16"), 2, 19.99, 39.98)}}}),
                   "SalesReceipt");
        QCOMPARE(receipt.value(QLatin1String("TotalAmt")).toDouble(), 39.98);
        QCOMPARE(receipt.value(QLatin1String("Balance")).toDouble(), 0.0);
        QCOMPARE(receipt.value(QLatin1String("DepositToAccountRef")).toObject(),
                 (QJsonObject{{QStringLiteral("value"), QStringLiteral("2")},
                              {QStringLiteral("name"), QStringLiteral("Undeposited Funds")}}));
        QCOMPARE(receipt.value(QLatin1String("CustomerRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Åsa Öberg"));
        QCOMPARE(receipt.value(QLatin1String("Line"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("DetailType"))
                     .toString(),
                 QStringLiteral("SubTotalLineDetail"));
        const QJsonObject estimate =
            ENTITY(post(QStringLiteral("estimate"),
                        invoiceBody(QStringLiteral("3"),
                                    QJsonArray{itemLine(QStringLiteral("7"), 1, 120, 120)})),
                   "Estimate");
        QCOMPARE(estimate.value(QLatin1String("TxnStatus")).toString(), QStringLiteral("Pending"));
        QCOMPARE(estimate.value(QLatin1String("DocNumber")).toString(), QStringLiteral("1001"));
        QVERIFY(!estimate.contains(QLatin1String("Balance")));
        const QJsonObject refund = ENTITY(
            post(QStringLiteral("refundreceipt"),
                 QJsonObject{{QStringLiteral("CustomerRef"), ref(QStringLiteral("3"))},
                             {QStringLiteral("DepositToAccountRef"), ref(QStringLiteral("11"))},
                             {QStringLiteral("Line"),
                              QJsonArray{itemLine(QStringLiteral("16"), 1, 19.99, 19.99)}}}),
            "RefundReceipt");
        QCOMPARE(refund.value(QLatin1String("DepositToAccountRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Checking"));
        QCOMPARE(refund.value(QLatin1String("TotalAmt")).toDouble(), 19.99);
    }

    void purchases()
    {
        const QJsonObject cash = ENTITY(
            post(QStringLiteral("purchase"),
                 QJsonObject{
                     {QStringLiteral("AccountRef"), ref(QStringLiteral("11"))},
                     {QStringLiteral("PaymentType"), QStringLiteral("Cash")},
                     {QStringLiteral("EntityRef"), ref(QStringLiteral("1"))},
                     {QStringLiteral("Line"),
                      QJsonArray{QJsonObject{{QStringLiteral("DetailType"),
                                              QStringLiteral("AccountBasedExpenseLineDetail")},
                                             {QStringLiteral("Amount"), 2.9},
                                             {QStringLiteral("AccountBasedExpenseLineDetail"),
                                              QJsonObject{{QStringLiteral("AccountRef"),
                                                           ref(QStringLiteral("14"))}}}},
                                 QJsonObject{{QStringLiteral("DetailType"),
                                              QStringLiteral("AccountBasedExpenseLineDetail")},
                                             {QStringLiteral("Amount"), 0.35},
                                             {QStringLiteral("AccountBasedExpenseLineDetail"),
                                              QJsonObject{{QStringLiteral("AccountRef"),
                                                           ref(QStringLiteral("15"))}}}}}}}),
            "Purchase");
        QCOMPARE(cash.value(QLatin1String("TotalAmt")).toDouble(), 3.25);
        QCOMPARE(cash.value(QLatin1String("EntityRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Stripe"));
        QCOMPARE(cash.value(QLatin1String("EntityRef"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("Vendor"));
        const QJsonObject line = cash.value(QLatin1String("Line"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("AccountBasedExpenseLineDetail"))
                                     .toObject();
        QCOMPARE(line.value(QLatin1String("AccountRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Merchant Fees"));
        QCOMPARE(line.value(QLatin1String("BillableStatus")).toString(),
                 QStringLiteral("NotBillable"));
        // A credit-card purchase must be paid from a Credit Card account.
        QJsonObject card{{QStringLiteral("AccountRef"), ref(QStringLiteral("11"))},
                         {QStringLiteral("PaymentType"), QStringLiteral("CreditCard")},
                         {QStringLiteral("Line"), cash.value(QLatin1String("Line"))}};
        QVERIFY_FAULT(post(QStringLiteral("purchase"), card), "6000", QStringLiteral("AccountRef"));
        card.insert(QStringLiteral("AccountRef"), ref(QStringLiteral("13")));
        QCOMPARE(ENTITY(post(QStringLiteral("purchase"), card), "Purchase")
                     .value(QLatin1String("TotalAmt"))
                     .toDouble(),
                 3.25);
        QJsonObject check = card;
        check.insert(QStringLiteral("PaymentType"), QStringLiteral("Check"));
        QVERIFY_FAULT(post(QStringLiteral("purchase"), check), "6000",
                      QStringLiteral("AccountRef"));
    }

    void paymentAppliesToInvoice()
    {
        const QJsonObject inv =
            ENTITY(post(QStringLiteral("invoice"),
                        invoiceBody(QStringLiteral("9"),
                                    QJsonArray{itemLine(QStringLiteral("2"), 1, 100, 100)})),
                   "Invoice");
        const QString invoiceId = inv.value(QLatin1String("Id")).toString();
        const auto payment = [&](const QString &customer, const QJsonValue &total,
                                 const QJsonValue &applied) {
            return post(
                QStringLiteral("payment"),
                QJsonObject{{QStringLiteral("CustomerRef"), ref(customer)},
                            {QStringLiteral("TotalAmt"), total},
                            {QStringLiteral("Line"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("Amount"), applied},
                                 {QStringLiteral("LinkedTxn"),
                                  QJsonArray{QJsonObject{{QStringLiteral("TxnId"), invoiceId},
                                                         {QStringLiteral("TxnType"),
                                                          QStringLiteral("Invoice")}}}}}}}});
        };
        const QJsonObject pay = ENTITY(payment(QStringLiteral("9"), 70, 60), "Payment");
        QCOMPARE(pay.value(QLatin1String("UnappliedAmt")).toDouble(), 10.0);
        QCOMPARE(pay.value(QLatin1String("DepositToAccountRef"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Undeposited Funds"));
        const QJsonObject after = ENTITY(get(QStringLiteral("invoice/") + invoiceId), "Invoice");
        QCOMPARE(after.value(QLatin1String("Balance")).toDouble(), 40.0);
        QCOMPARE(after.value(QLatin1String("TotalAmt")).toDouble(), 100.0);
        QCOMPARE(after.value(QLatin1String("SyncToken")).toString(), QStringLiteral("1"));
        QCOMPARE(after.value(QLatin1String("LinkedTxn")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("TxnId"), pay.value(QLatin1String("Id"))},
                                         {QStringLiteral("TxnType"), QStringLiteral("Payment")}}}));
        // The customer's balance follows.
        QCOMPARE(ENTITY(get(QStringLiteral("customer/9")), "Customer")
                     .value(QLatin1String("Balance"))
                     .toDouble(),
                 40.0);
        // The old SyncToken no longer updates the invoice.
        QVERIFY_FAULT(post(QStringLiteral("invoice"),
                           QJsonObject{{QStringLiteral("Id"), invoiceId},
                                       {QStringLiteral("SyncToken"), QStringLiteral("0")},
                                       {QStringLiteral("sparse"), true},
                                       {QStringLiteral("PrivateNote"), QStringLiteral("x")}}),
                      "5010", QString());
        // More than the open balance is refused, and nothing moves.
        const Reply over = payment(QStringLiteral("9"), 50, 50);
        QVERIFY_FAULT(over, "6000", QStringLiteral("Line.Amount"));
        QVERIFY(faultDetail(over).startsWith(QLatin1String("Business Validation Error: ")));
        QCOMPARE(ENTITY(get(QStringLiteral("invoice/") + invoiceId), "Invoice")
                     .value(QLatin1String("Balance"))
                     .toDouble(),
                 40.0);
        // Applying more than the payment's own total is refused too; so is another customer's.
        QVERIFY_FAULT(payment(QStringLiteral("9"), 10, 20), "6000", QStringLiteral("TotalAmt"));
        QVERIFY_FAULT(payment(QStringLiteral("10"), 10, 10), "6000",
                      QStringLiteral("Line.LinkedTxn.TxnId"));
        // Paying the rest to the cent clears it.
        ENTITY(payment(QStringLiteral("9"), 40, 40), "Payment");
        QCOMPARE(ENTITY(get(QStringLiteral("invoice/") + invoiceId), "Invoice")
                     .value(QLatin1String("Balance"))
                     .toDouble(),
                 0.0);
        // Deleting the first payment reopens 60 and unlinks it.
        const Reply removed =
            post(QStringLiteral("payment"),
                 QJsonObject{{QStringLiteral("Id"), pay.value(QLatin1String("Id"))},
                             {QStringLiteral("SyncToken"), QStringLiteral("0")}},
                 QStringLiteral("operation=delete"));
        QCOMPARE(ENTITY(removed, "Payment").value(QLatin1String("status")).toString(),
                 QStringLiteral("Deleted"));
        const QJsonObject reopened = ENTITY(get(QStringLiteral("invoice/") + invoiceId), "Invoice");
        QCOMPARE(reopened.value(QLatin1String("Balance")).toDouble(), 60.0);
        QCOMPARE(reopened.value(QLatin1String("LinkedTxn")).toArray().size(), 1);
        QCOMPARE(reopened.value(QLatin1String("SyncToken")).toString(), QStringLiteral("3"));
        // An invoice with payments cannot be deleted.
        QVERIFY_FAULT(post(QStringLiteral("invoice"),
                           QJsonObject{{QStringLiteral("Id"), invoiceId},
                                       {QStringLiteral("SyncToken"), QStringLiteral("3")}},
                           QStringLiteral("operation=delete")),
                      "6000", QString());
    }

    // --- requestid ----------------------------------------------------------------------------

    void requestIdReplaysByteForByte()
    {
        const QString rid =
            QStringLiteral("requestid=6f1c2c1e-8a9b-5d1e-9f00-000000000001&minorversion=75");
        const QJsonObject body{{QStringLiteral("DisplayName"), QStringLiteral("Replay Ltd")}};
        const Reply first = post(QStringLiteral("customer"), body, rid);
        QCOMPARE(first.status, 200);
        m_now = m_now.addSecs(3600);
        const int before = query(QStringLiteral("select count(*) from Customer"))
                               .json.value(QLatin1String("QueryResponse"))
                               .toObject()
                               .value(QLatin1String("totalCount"))
                               .toInt();
        // Same requestid, different body: the stored answer, nothing created.
        const Reply again = post(
            QStringLiteral("customer"),
            QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Something Else")}}, rid);
        QCOMPARE(again.status, first.status);
        QCOMPARE(again.body, first.body);
        QCOMPARE(query(QStringLiteral("select count(*) from Customer"))
                     .json.value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("totalCount"))
                     .toInt(),
                 before);
        QCOMPARE(
            query(QStringLiteral("select * from Customer where DisplayName = 'Something Else'"))
                .json.value(QLatin1String("QueryResponse"))
                .toObject(),
            QJsonObject());
        // Even after the created entity is gone, the replay shows the old answer.
        const QString invRid = QStringLiteral("requestid=inv-1");
        const Reply created =
            post(QStringLiteral("invoice"),
                 invoiceBody(QStringLiteral("1"),
                             QJsonArray{itemLine(QStringLiteral("2"), 1, 150, 150)}),
                 invRid);
        const QString id = ENTITY(created, "Invoice").value(QLatin1String("Id")).toString();
        QCOMPARE(post(QStringLiteral("invoice"),
                      QJsonObject{{QStringLiteral("Id"), id},
                                  {QStringLiteral("SyncToken"), QStringLiteral("0")}},
                      QStringLiteral("operation=delete"))
                     .status,
                 200);
        QCOMPARE(post(QStringLiteral("invoice"),
                      invoiceBody(QStringLiteral("1"),
                                  QJsonArray{itemLine(QStringLiteral("2"), 1, 150, 150)}),
                      invRid)
                     .body,
                 created.body);
        QVERIFY_FAULT(get(QStringLiteral("invoice/") + id), "610", QString());
        // Faults are replayed as well.
        const Reply failed =
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Stripe")}},
                 QStringLiteral("requestid=dup-1"));
        QVERIFY_FAULT(failed, "6240", QString());
        const Reply failedAgain =
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Stripe 2")}},
                 QStringLiteral("requestid=dup-1"));
        QCOMPARE(failedAgain.status, 400);
        QCOMPARE(failedAgain.body, failed.body);
        // The key is per company: the UK realm runs the same requestid afresh.
        const Reply uk = post(QStringLiteral("customer"), body, rid, Uk);
        QCOMPARE(ENTITY(uk, "Customer").value(QLatin1String("Id")).toString(), QStringLiteral("6"));
        // Reads do not use the cache.
        QCOMPARE(get(QStringLiteral("customer/2"), rid)
                     .json.value(QLatin1String("Customer"))
                     .toObject()
                     .value(QLatin1String("Id"))
                     .toString(),
                 QStringLiteral("2"));
    }

    void requestIdLimits()
    {
        const QJsonObject body{{QStringLiteral("DisplayName"), QStringLiteral("Limit Co")}};
        QCOMPARE(
            post(QStringLiteral("customer"), body, QStringLiteral("requestid=") + QString(50, u'a'))
                .status,
            200);
        QVERIFY_FAULT(
            post(QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("Limit Co 2")}},
                 QStringLiteral("requestid=") + QString(51, u'b')),
            "6000", QStringLiteral("requestid"));
        const auto batch = [this](const QString &bId, const QString &rid) {
            return post(
                QStringLiteral("batch"),
                QJsonObject{{QStringLiteral("BatchItemRequest"),
                             QJsonArray{QJsonObject{{QStringLiteral("bId"), bId},
                                                    {QStringLiteral("Query"),
                                                     QStringLiteral("select * from Term")}}}}},
                rid.isEmpty() ? QString() : QStringLiteral("requestid=") + rid);
        };
        QCOMPARE(batch(QString(10, u'x'), QString(36, u'c')).status, 200);
        QVERIFY_FAULT(batch(QStringLiteral("1"), QString(37, u'd')), "6000",
                      QStringLiteral("requestid"));
        QVERIFY_FAULT(batch(QString(11, u'x'), QString(36, u'e')), "6000", QStringLiteral("bId"));
        QCOMPARE(batch(QString(11, u'x'), QString()).status,
                 200); // the bId limit needs a requestid
    }

    // --- query language -----------------------------------------------------------------------

    void queryOperators_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("escaped quote")
            << "select * from Customer where DisplayName = 'O\\'Brien Landscaping'"
            << "Customer" << QStringList{"2"};
        QTest::newRow("non-ASCII") << "select * from Customer where DisplayName = 'Åsa Öberg'"
                                   << "Customer" << QStringList{"3"};
        QTest::newRow("CJK") << "select * from Customer where DisplayName = '山田商店'"
                             << "Customer" << QStringList{"28"};
        QTest::newRow("= ignores case") << "select * from Customer where DisplayName = 'zoë müller'"
                                        << "Customer" << QStringList{"5"};
        QTest::newRow("LIKE ignores case")
            << "select * from Customer where DisplayName like '%SUSHI%'"
            << "Customer" << QStringList{"24"};
        QTest::newRow("LIKE prefix") << "select * from Customer where DisplayName LIKE 'd%'"
                                     << "Customer" << QStringList{"8", "9", "10"};
        QTest::newRow("LIKE suffix with quote")
            << "SELECT * FROM Customer WHERE DisplayName LIKE '%\\'s Cakes'"
            << "Customer" << QStringList{"20"};
        QTest::newRow("IN") << "select * from Customer where Id in ('1', '3', '29')"
                            << "Customer" << QStringList{"1", "3"};
        QTest::newRow("IN with Active")
            << "select * from Customer where Id in ('1', '29') and Active in (true, false)"
            << "Customer" << QStringList{"1", "29"};
        QTest::newRow("Active = false") << "select * from Customer where Active = false"
                                        << "Customer" << QStringList{"29", "30", "31"};
        QTest::newRow("Id <") << "select * from Customer where Id < '3'"
                              << "Customer" << QStringList{"1", "2"};
        QTest::newRow("Id >= numeric")
            << "select * from Customer where Id >= '27' and Active = true"
            << "Customer" << QStringList{"27", "28"};
        QTest::newRow("PrimaryEmailAddr")
            << "select * from Customer where PrimaryEmailAddr = 'birds@example.com'"
            << "Customer" << QStringList{"1"};
        QTest::newRow("Balance >") << "select * from Customer where Balance > '0' orderby Id"
                                   << "Customer" << QStringList{"1", "2", "3", "4"};
        QTest::newRow("TotalAmt >") << "select * from Invoice where TotalAmt > 200"
                                    << "Invoice" << QStringList{"1", "2"};
        QTest::newRow("TotalAmt <=") << "select * from Invoice where TotalAmt <= '157.5'"
                                     << "Invoice" << QStringList{"4", "5"};
        QTest::newRow("TxnDate range")
            << "select * from Invoice where TxnDate >= '2024-01-10' and TxnDate <= '2024-01-20'"
            << "Invoice" << QStringList{"2", "3", "4"};
        QTest::newRow("CustomerRef") << "select * from Invoice where CustomerRef = '7'"
                                     << "Invoice" << QStringList{"2"};
        QTest::newRow("DocNumber") << "select * from Invoice where DocNumber = '1004'"
                                   << "Invoice" << QStringList{"4"};
        QTest::newRow("Balance = 0") << "select * from Invoice where Balance = '0'"
                                     << "Invoice" << QStringList{"2"};
        QTest::newRow("MetaData time")
            << "select * from Invoice where MetaData.CreateTime > '2024-01-20T00:00:00-08:00'"
            << "Invoice" << QStringList{"4", "5"};
        QTest::newRow("MetaData time, lower case, Z")
            << "select * from invoice where metadata.lastupdatedtime >= '2024-01-25T22:00:00Z'"
            << "Invoice" << QStringList{"2", "5"};
        QTest::newRow("lower-case everything")
            << "select * from item where name = 'pump' and active = true"
            << "Item" << QStringList{"15"};
        QTest::newRow("Sku") << "select * from Item where Sku = 'HOSE-025'"
                             << "Item" << QStringList{"16"};
        QTest::newRow("inactive items hidden") << "select * from Item where Name like 'Legacy%'"
                                               << "Item" << QStringList{};
        QTest::newRow("Account type") << "select * from Account where AccountType = 'Bank'"
                                      << "Account" << QStringList{"11", "12"};
        QTest::newRow("Account subtype")
            << "select * from Account where AccountSubType = 'UndepositedFunds'"
            << "Account" << QStringList{"2"};
        QTest::newRow("Vendor by name")
            << "select * from vendor where DisplayName = 'HubSpot Payments'"
            << "Vendor" << QStringList{"2"};
        QTest::newRow("Term") << "select * from Term where DueDays >= 30"
                              << "Term" << QStringList{"3", "4"};
        QTest::newRow("TaxCode") << "select * from TaxCode"
                                 << "TaxCode" << QStringList{"NON", "TAX"};
        QTest::newRow("PaymentMethod")
            << "select * from PaymentMethod where Type = 'CREDIT_CARD' maxresults 2"
            << "PaymentMethod" << QStringList{"3", "4"};
        QTest::newRow("ORDERBY DESC") << "select * from Term orderby DueDays desc"
                                      << "Term" << QStringList{"4", "3", "2", "5", "1"};
        QTest::newRow("ORDERBY two keys") << "select * from Item where Type = 'Service' and "
                                             "UnitPrice <= 40 orderby UnitPrice, Name desc"
                                          << "Item" << QStringList{"1", "10", "9", "6"};
        QTest::newRow("ORDERBY name")
            << "select * from Customer where Id in ('1','2','3','4') orderby DisplayName"
            << "Customer" << QStringList{"1", "4", "2", "3"};
        QTest::newRow("paging reversed") << "select * from Customer maxresults 2 startposition 3"
                                         << "Customer" << QStringList{"3", "4"};
    }

    void queryOperators()
    {
        QFETCH(QString, statement);
        QFETCH(QString, entity);
        QFETCH(QStringList, ids);
        const Reply r = query(statement);
        QVERIFY2(r.status == 200, r.body.constData());
        QStringList got;
        for (const QJsonValue &row : rows(r, entity))
            got.append(row.toObject().value(QLatin1String("Id")).toString());
        QCOMPARE(got, ids);
        const QJsonObject response = r.json.value(QLatin1String("QueryResponse")).toObject();
        if (ids.isEmpty()) {
            QCOMPARE(response, QJsonObject());
        } else {
            QCOMPARE(response.value(QLatin1String("maxResults")).toInt(), int(ids.size()));
            QVERIFY(!response.contains(QLatin1String("totalCount")));
        }
    }

    void queryEqualsSwitch()
    {
        m_service.setQueryEqualsCaseInsensitive(false);
        QCOMPARE(query(QStringLiteral("select * from Customer where DisplayName = 'cool cars'"))
                     .json.value(QLatin1String("QueryResponse"))
                     .toObject(),
                 QJsonObject());
        QCOMPARE(
            rows(query(QStringLiteral("select * from Customer where DisplayName = 'Cool Cars'")),
                 QStringLiteral("Customer"))
                .size(),
            1);
        // LIKE stays case-insensitive.
        QCOMPARE(
            rows(query(QStringLiteral("select * from Customer where DisplayName like 'cool%'")),
                 QStringLiteral("Customer"))
                .size(),
            1);
    }

    void queryTransports()
    {
        // POST with Content-Type application/text, keywords in any case, canonical key.
        const Reply posted = call("POST", QStringLiteral("query"),
                                  "SELECT * FROM customer WHERE displayname = 'Red Rock Diner'",
                                  QStringLiteral("minorversion=75"), Us, "application/text");
        QCOMPARE(rows(posted, QStringLiteral("Customer")).size(), 1);
        QCOMPARE(posted.json.value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("startPosition"))
                     .toInt(),
                 1);
        // Form-encoded GET: '+' is a space, %2B a plus, %5C%27 the escaped quote, UTF-8 encoded.
        const Reply form =
            get(QStringLiteral("query"),
                QStringLiteral(
                    "query=select+*+from+Customer+where+DisplayName+%3D+%27Pye%5C%27s+Cakes%27"));
        QCOMPARE(rows(form, QStringLiteral("Customer")).size(), 1);
        const Reply utf8 =
            get(QStringLiteral("query"),
                QStringLiteral("query=select%20*%20from%20Customer%20where%20DisplayName%20%3D%20%"
                               "27Jos%C3%A9%20N%C3%BA%C3%B1ez%27"));
        QCOMPARE(rows(utf8, QStringLiteral("Customer"))
                     .first()
                     .toObject()
                     .value(QLatin1String("Id"))
                     .toString(),
                 QStringLiteral("4"));
        ENTITY(post(QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("DisplayName"), QStringLiteral("A+B Co")}}),
               "Customer");
        const Reply plus = get(
            QStringLiteral("query"),
            QStringLiteral("query=select+*+from+Customer+where+DisplayName+%3D+%27A%2BB+Co%27"));
        QCOMPARE(rows(plus, QStringLiteral("Customer")).size(), 1);
        // A form-encoded POST body.
        const Reply formPost = call("POST", QStringLiteral("query"),
                                    "query=select+*+from+Term+where+Name+%3D+%27Net+60%27", {}, Us,
                                    "application/x-www-form-urlencoded; charset=utf-8");
        QCOMPARE(rows(formPost, QStringLiteral("Term"))
                     .first()
                     .toObject()
                     .value(QLatin1String("DueDays"))
                     .toInt(),
                 60);
    }

    void queryCountEmptyAndProjection()
    {
        const Reply count = query(QStringLiteral("SELECT COUNT(*) FROM Customer"));
        QCOMPARE(count.json.value(QLatin1String("QueryResponse")).toObject(),
                 (QJsonObject{{QStringLiteral("totalCount"), 28}}));
        QCOMPARE(
            query(QStringLiteral("select count(*) from Customer where Active in (true, false)"))
                .json.value(QLatin1String("QueryResponse"))
                .toObject()
                .value(QLatin1String("totalCount"))
                .toInt(),
            31);
        const Reply empty =
            query(QStringLiteral("select * from Customer where DisplayName = 'Nobody'"));
        QCOMPARE(empty.status, 200);
        const QByteArray emptyPrefix = "{\"QueryResponse\":{},\"time\":\"";
        QVERIFY2(empty.body.startsWith(emptyPrefix), empty.body.constData());
        const Reply projected =
            query(QStringLiteral("select Id, DisplayName from Customer where Id = '2'"));
        const QJsonObject row = rows(projected, QStringLiteral("Customer")).first().toObject();
        QCOMPARE(row, (QJsonObject{
                          {QStringLiteral("Id"), QStringLiteral("2")},
                          {QStringLiteral("DisplayName"), QStringLiteral("O'Brien Landscaping")},
                          {QStringLiteral("sparse"), true}}));
        const Reply info = query(QStringLiteral("select * from CompanyInfo"));
        QCOMPARE(rows(info, QStringLiteral("CompanyInfo"))
                     .first()
                     .toObject()
                     .value(QLatin1String("Country"))
                     .toString(),
                 QStringLiteral("US"));
    }

    void queryFaults_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("OR") << "select * from Customer where DisplayName = 'a' or DisplayName = 'b'"
                            << "4000" << QString();
        QTest::newRow("no FROM") << "select * Customer"
                                 << "4000" << QString();
        QTest::newRow("unterminated string") << "select * from Customer where DisplayName = 'a"
                                             << "4000" << QString();
        QTest::newRow("curly apostrophe") << "select * from Customer where DisplayName = ’x’"
                                          << "4000" << QString();
        QTest::newRow("!=") << "select * from Customer where Id != '1'"
                            << "4000" << QString();
        QTest::newRow("GROUP BY") << "select * from Customer group by DisplayName"
                                  << "4000" << QString();
        QTest::newRow("STARTPOSITION 0")
            << "select * from Customer startposition 0"
            << "4001"
            << "QueryValidationError: value 0 is too small. Min allowed value is 1";
        QTest::newRow("MAXRESULTS 0")
            << "select * from Customer maxresults 0"
            << "4001"
            << "QueryValidationError: value 0 is too small. Min allowed value is 1";
        QTest::newRow("MAXRESULTS 1001")
            << "select * from Customer maxresults 1001"
            << "4001"
            << "QueryValidationError: value 1001 is too large. Max allowed value is 1000";
        QTest::newRow("not queryable")
            << "select * from Customer where AcctNum = '1'"
            << "4001"
            << "QueryValidationError: property 'AcctNum' is not queryable";
        QTest::newRow("dotted email not queryable")
            << "select * from Customer where PrimaryEmailAddr.Address = 'x'"
            << "4001" << QString();
        QTest::newRow("vendor email not queryable")
            << "select * from Vendor where PrimaryEmailAddr = 'x'"
            << "4001" << QString();
        QTest::newRow("unknown entity") << "select * from Spaceship"
                                        << "4001" << QString();
    }

    void queryFaults()
    {
        QFETCH(QString, statement);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        const Reply r = query(statement);
        QString why;
        QVERIFY2(isFault(r, code, QString(), 400, &why), qPrintable(why));
        QCOMPARE(faultMessage(r), code == QLatin1String("4000")
                                      ? QStringLiteral("Error parsing query")
                                      : QStringLiteral("Invalid query"));
        if (code == QLatin1String("4000"))
            QVERIFY(faultDetail(r).startsWith(QLatin1String("QueryParserError: ")));
        if (!detail.isEmpty())
            QCOMPARE(faultDetail(r), detail);
    }

    void queryPagingOverThousandRows()
    {
        for (int i = 1; i <= 1050; ++i) {
            const Reply r =
                post(QStringLiteral("customer"),
                     QJsonObject{{QStringLiteral("DisplayName"),
                                  QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0'))}});
            QVERIFY2(r.status == 200, r.body.constData());
        }
        const QString base = QStringLiteral(
            "select * from Customer where DisplayName like 'bulk %' orderby DisplayName");
        const Reply first = query(base + QStringLiteral(" startposition 1 maxresults 1000"));
        const QJsonArray page1 = rows(first, QStringLiteral("Customer"));
        QCOMPARE(page1.size(), 1000);
        QCOMPARE(first.json.value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("maxResults"))
                     .toInt(),
                 1000);
        QCOMPARE(page1.first().toObject().value(QLatin1String("DisplayName")).toString(),
                 QStringLiteral("Bulk 0001"));
        QCOMPARE(page1.last().toObject().value(QLatin1String("DisplayName")).toString(),
                 QStringLiteral("Bulk 1000"));
        const Reply second = query(base + QStringLiteral(" STARTPOSITION 1001 MAXRESULTS 1000"));
        const QJsonArray page2 = rows(second, QStringLiteral("Customer"));
        QCOMPARE(page2.size(), 50);
        const QJsonObject response = second.json.value(QLatin1String("QueryResponse")).toObject();
        QCOMPARE(response.value(QLatin1String("startPosition")).toInt(), 1001);
        QCOMPARE(response.value(QLatin1String("maxResults")).toInt(), 50);
        QCOMPARE(page2.first().toObject().value(QLatin1String("DisplayName")).toString(),
                 QStringLiteral("Bulk 1001"));
        QCOMPARE(page2.last().toObject().value(QLatin1String("DisplayName")).toString(),
                 QStringLiteral("Bulk 1050"));
        // Default page size 100; past the end is empty; COUNT(*) counts everything.
        QCOMPARE(rows(query(QStringLiteral("select * from Customer")), QStringLiteral("Customer"))
                     .size(),
                 100);
        QCOMPARE(query(base + QStringLiteral(" startposition 1051"))
                     .json.value(QLatin1String("QueryResponse"))
                     .toObject(),
                 QJsonObject());
        QCOMPARE(
            query(QStringLiteral("select count(*) from Customer where DisplayName like 'Bulk%'"))
                .json.value(QLatin1String("QueryResponse"))
                .toObject()
                .value(QLatin1String("totalCount"))
                .toInt(),
            1050);
    }

    // --- batch ----------------------------------------------------------------------------------

    void batchMixesCreatesQueriesAndFaults()
    {
        const QByteArray body =
            "{\"BatchItemRequest\":[\n"
            "            "
            "{\"bId\":\"1\",\"operation\":\"create\",\"Customer\":{\"DisplayName\":\"Batch "
            "Buyer\"}},\n"
            "            {\"bId\":\"2\",\"Query\":\"select * from Term where Name = 'Net 15'\"},\n"
            "            "
            "{\"bId\":\"3\",\"operation\":\"create\",\"Invoice\":{\"CustomerRef\":{\"value\":\"1\"}"
            ",\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":0.3,"
            "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":3,\"UnitPrice\":0.1,"
            "\"TaxCodeRef\":{\"value\":\"VAT\"}}}]}},\n"
            "            "
            "{\"bId\":\"4\",\"operation\":\"update\",\"Customer\":{\"Id\":\"5\",\"SyncToken\":"
            "\"0\",\"sparse\":true,\"CompanyName\":\"Müller GmbH\"}},\n"
            "            "
            "{\"bId\":\"5\",\"operation\":\"create\",\"Invoice\":{\"CustomerRef\":{\"value\":\"1\"}"
            ",\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":0.3,"
            "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":3,\"UnitPrice\":0.1}}]}"
            "},\n"
            "            {\"bId\":\"6\",\"Query\":\"select * from Customer where DisplayName = "
            "'Batch Buyer'\"},\n"
            "            {\"bId\":\"7\",\"Query\":\"select * from Customer or\"},\n"
            "            "
            "{\"bId\":\"8\",\"operation\":\"delete\",\"Invoice\":{\"Id\":\"1\",\"SyncToken\":\"0\"}"
            "}\n"
            "        ]}";
        const Reply r =
            call("POST", QStringLiteral("batch"), body, QStringLiteral("minorversion=75"));
        QCOMPARE(r.status, 200);
        QVERIFY(isPacificTime(r.json.value(QLatin1String("time")).toString(), true));
        const QJsonArray items = r.json.value(QLatin1String("BatchItemResponse")).toArray();
        QCOMPARE(items.size(), 8);
        QStringList bIds;
        for (const QJsonValue &v : items)
            bIds.append(v.toObject().value(QLatin1String("bId")).toString());
        QCOMPARE(bIds, (QStringList{"1", "2", "3", "4", "5", "6", "7", "8"}));
        QCOMPARE(items[0]
                     .toObject()
                     .value(QLatin1String("Customer"))
                     .toObject()
                     .value(QLatin1String("SyncToken"))
                     .toString(),
                 QStringLiteral("0"));
        QCOMPARE(items[1]
                     .toObject()
                     .value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("Term"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("DueDays"))
                     .toInt(),
                 15);
        const QJsonObject fault3 = items[2].toObject().value(QLatin1String("Fault")).toObject();
        QCOMPARE(fault3.value(QLatin1String("type")).toString(), QStringLiteral("ValidationFault"));
        QCOMPARE(fault3.value(QLatin1String("Error"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("6100"));
        QCOMPARE(items[3]
                     .toObject()
                     .value(QLatin1String("Customer"))
                     .toObject()
                     .value(QLatin1String("CompanyName"))
                     .toString(),
                 QStringLiteral("Müller GmbH"));
        const QJsonObject invoice = items[4].toObject().value(QLatin1String("Invoice")).toObject();
        QCOMPARE(invoice.value(QLatin1String("TotalAmt")).toDouble(), 0.3);
        QCOMPARE(invoice.value(QLatin1String("DocNumber")).toString(), QStringLiteral("1006"));
        // Items run in order: the query sees the customer created by bId 1.
        QCOMPARE(items[5]
                     .toObject()
                     .value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("Customer"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(items[6]
                     .toObject()
                     .value(QLatin1String("Fault"))
                     .toObject()
                     .value(QLatin1String("Error"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("4000"));
        QCOMPARE(items[7]
                     .toObject()
                     .value(QLatin1String("Invoice"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("Deleted"));
        QVERIFY_FAULT(get(QStringLiteral("invoice/1")), "610", QString());

        // Whole-batch replay under one requestid.
        const Reply replayFirst =
            call("POST", QStringLiteral("batch"),
                 "{\"BatchItemRequest\":[{\"bId\":\"a\",\"operation\":\"create\",\"Vendor\":{"
                 "\"DisplayName\":\"Batch Vendor\"}}]}",
                 QStringLiteral("requestid=batch-0001"));
        const Reply replayAgain =
            call("POST", QStringLiteral("batch"),
                 "{\"BatchItemRequest\":[{\"bId\":\"a\",\"operation\":\"create\",\"Vendor\":{"
                 "\"DisplayName\":\"Other Vendor\"}}]}",
                 QStringLiteral("requestid=batch-0001"));
        QCOMPARE(replayAgain.body, replayFirst.body);
        QCOMPARE(query(QStringLiteral("select count(*) from Vendor"))
                     .json.value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("totalCount"))
                     .toInt(),
                 10);
    }

    void batchLimits()
    {
        QJsonArray items;
        for (int i = 1; i <= 31; ++i)
            items.append(
                QJsonObject{{QStringLiteral("bId"), QString::number(i)},
                            {QStringLiteral("Query"), QStringLiteral("select * from Term")}});
        QVERIFY_FAULT(
            post(QStringLiteral("batch"), QJsonObject{{QStringLiteral("BatchItemRequest"), items}}),
            "6000", QStringLiteral("BatchItemRequest"));
        items.removeLast();
        const Reply thirty =
            post(QStringLiteral("batch"), QJsonObject{{QStringLiteral("BatchItemRequest"), items}});
        QCOMPARE(thirty.json.value(QLatin1String("BatchItemResponse")).toArray().size(), 30);
        QVERIFY_FAULT(post(QStringLiteral("batch"), QJsonObject()), "2020",
                      QStringLiteral("BatchItemRequest"));
        QVERIFY_FAULT(
            post(QStringLiteral("batch"),
                 QJsonObject{{QStringLiteral("BatchItemRequest"),
                              QJsonArray{QJsonObject{{QStringLiteral("Query"),
                                                      QStringLiteral("select * from Term")}}}}}),
            "2020", QStringLiteral("bId"));
    }

    // --- company
    // ----------------------------------------------------------------------------------

    void companyInfoAndPreferences()
    {
        const QJsonObject us = ENTITY(get(QStringLiteral("companyinfo/") + Us), "CompanyInfo");
        QCOMPARE(us.value(QLatin1String("CompanyName")).toString(), QStringLiteral("Demo Co (US)"));
        QCOMPARE(us.value(QLatin1String("Country")).toString(), QStringLiteral("US"));
        QCOMPARE(us.value(QLatin1String("CompanyAddr"))
                     .toObject()
                     .value(QLatin1String("Country"))
                     .toString(),
                 QStringLiteral("USA"));
        QVERIFY(!us.value(QLatin1String("CompanyAddr")).toObject().contains(QLatin1String("Lat")));
        QCOMPARE(us.value(QLatin1String("Id")).toString(), QStringLiteral("1"));
        QVERIFY(!us.value(QLatin1String("NameValue")).toArray().isEmpty());
        QVERIFY(isPacificTime(us.value(QLatin1String("MetaData"))
                                  .toObject()
                                  .value(QLatin1String("CreateTime"))
                                  .toString(),
                              false));
        const QJsonObject uk =
            ENTITY(get(QStringLiteral("CompanyInfo/") + Uk, {}, Uk), "CompanyInfo");
        QCOMPARE(uk.value(QLatin1String("CompanyName")).toString(),
                 QStringLiteral("Demo Ltd (UK)"));
        QCOMPARE(uk.value(QLatin1String("Country")).toString(), QStringLiteral("GB"));
        QCOMPARE(uk.value(QLatin1String("CompanyAddr"))
                     .toObject()
                     .value(QLatin1String("Country"))
                     .toString(),
                 QStringLiteral("GBR"));
        QVERIFY_FAULT(get(QStringLiteral("companyinfo/") + Uk), "610", QString());

        const QJsonObject prefs = ENTITY(get(QStringLiteral("preferences")), "Preferences");
        const QJsonObject sales = prefs.value(QLatin1String("SalesFormsPrefs")).toObject();
        QCOMPARE(sales.value(QLatin1String("CustomTxnNumbers")), QJsonValue(false));
        QCOMPARE(sales.value(QLatin1String("DefaultTerms")).toObject(), ref(QStringLiteral("3")));
        QCOMPARE(prefs.value(QLatin1String("TaxPrefs"))
                     .toObject()
                     .value(QLatin1String("PartnerTaxEnabled")),
                 QJsonValue(true));
        QCOMPARE(prefs.value(QLatin1String("CurrencyPrefs"))
                     .toObject()
                     .value(QLatin1String("HomeCurrency"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("USD"));
        QVERIFY_FAULT(post(QStringLiteral("preferences"),
                           QJsonObject{{QStringLiteral("SyncToken"), QStringLiteral("9")},
                                       {QStringLiteral("SalesFormsPrefs"), QJsonObject()}}),
                      "5010", QString());
    }

    void addCompanyIsBare()
    {
        const QString realm = m_service.addCompany(
            QStringLiteral("123456"), QStringLiteral("Fresh Co"), QStringLiteral("US"));
        QCOMPARE(realm, QStringLiteral("123456"));
        QVERIFY(m_service.hasCompany(realm));
        QCOMPARE(m_service.companyName(realm), QStringLiteral("Fresh Co"));
        QCOMPARE(m_service.realmIds(), (QStringList{"123456", Us, Uk}));
        QCOMPARE(query(QStringLiteral("select count(*) from Customer"), realm)
                     .json.value(QLatin1String("QueryResponse"))
                     .toObject()
                     .value(QLatin1String("totalCount"))
                     .toInt(),
                 0);
        QCOMPARE(
            rows(query(QStringLiteral("select * from TaxCode"), realm), QStringLiteral("TaxCode"))
                .size(),
            2);
        QCOMPARE(rows(query(QStringLiteral(
                                "select * from Account where AccountSubType = 'UndepositedFunds'"),
                            realm),
                      QStringLiteral("Account"))
                     .size(),
                 1);
        const QString generated =
            m_service.addCompany({}, QStringLiteral("Auto"), QStringLiteral("gb"));
        QVERIFY(!generated.isEmpty());
        QCOMPARE(
            ENTITY(get(QStringLiteral("companyinfo/") + generated, {}, generated), "CompanyInfo")
                .value(QLatin1String("Country"))
                .toString(),
            QStringLiteral("GB"));
    }

    // --- state
    // ------------------------------------------------------------------------------------

    void saveLoadRoundTrip()
    {
        const Reply created =
            post(QStringLiteral("invoice"),
                 invoiceBody(QStringLiteral("2"),
                             QJsonArray{itemLine(QStringLiteral("3"), 3, 0.1, 0.3)}),
                 QStringLiteral("requestid=persist-1"));
        const QString id = ENTITY(created, "Invoice").value(QLatin1String("Id")).toString();
        const QJsonObject state = m_service.save();
        const QByteArray text = QJsonDocument(state).toJson();

        QboService other;
        other.setNow([this] { return m_now; });
        QString error;
        QVERIFY2(other.load(QJsonDocument::fromJson(text).object(), &error), qPrintable(error));
        QCOMPARE(QJsonDocument(other.save()).toJson(), text);
        QCOMPARE(other.realmIds(), m_service.realmIds());
        const SandboxReply read =
            other.handle(Us, "GET", QStringLiteral("invoice/") + id, {}, {}, {});
        QCOMPARE(QJsonDocument::fromJson(read.body).object().value(QLatin1String("Invoice")),
                 created.json.value(QLatin1String("Invoice")));
        // The replay cache survives too, and ids continue where they were.
        const SandboxReply replay =
            other.handle(Us, "POST", QStringLiteral("invoice"),
                         QUrlQuery(QStringLiteral("requestid=persist-1")), "{}", {});
        QCOMPARE(replay.body, created.body);
        const SandboxReply next = other.handle(Us, "POST", QStringLiteral("customer"), {},
                                               "{\"DisplayName\":\"After Load\"}", {});
        QCOMPARE(QJsonDocument::fromJson(next.body)
                     .object()
                     .value(QLatin1String("Customer"))
                     .toObject()
                     .value(QLatin1String("Id"))
                     .toString(),
                 QStringLiteral("32"));
        // A bad state is refused and changes nothing.
        QVERIFY(!other.load(QJsonObject{{QStringLiteral("version"), 99}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!other.load(
            QJsonObject{
                {QStringLiteral("version"), 1},
                {QStringLiteral("companies"),
                 QJsonArray{QJsonObject{{QStringLiteral("realmId"), QStringLiteral("1")},
                                        {QStringLiteral("country"), QStringLiteral("US")},
                                        {QStringLiteral("entities"),
                                         QJsonObject{{QStringLiteral("Gadget"), QJsonArray()}}}}}}},
            &error));
        QVERIFY(other.hasCompany(Us));
    }

    void seedDemoIsDeterministicAndComplete()
    {
        // The seed does not depend on the clock.
        const QByteArray once = QJsonDocument(m_service.save()).toJson();
        m_now = m_now.addDays(100);
        m_service.reset();
        QVERIFY(m_service.realmIds().isEmpty());
        m_service.seedDemo();
        QCOMPARE(QJsonDocument(m_service.save()).toJson(), once);
        QCOMPARE(m_service.companyName(Us), QStringLiteral("Demo Co (US)"));
        QCOMPARE(m_service.companyName(Uk), QStringLiteral("Demo Ltd (UK)"));

        const auto all = [this](const QString &entity, const QString &realm = Us) {
            return rows(query(QStringLiteral(
                                  "select * from %1 where Active in (true, false) maxresults 1000")
                                  .arg(entity),
                              realm),
                        entity);
        };
        const auto names = [](const QJsonArray &list, const char *key) {
            QStringList out;
            for (const QJsonValue &v : list)
                out.append(v.toObject().value(QLatin1String(key)).toString());
            return out;
        };
        const QJsonArray customers = all(QStringLiteral("Customer"));
        QVERIFY(customers.size() >= 25);
        const QStringList customerNames = names(customers, "DisplayName");
        for (const char *name : {"Amy's Bird Sanctuary", "O'Brien Landscaping", "Åsa Öberg",
                                 "José Núñez", "Zoë Müller"})
            QVERIFY2(customerNames.contains(QString::fromUtf8(name)), name);
        int inactive = 0;
        for (const QJsonValue &c : customers)
            inactive += c.toObject().value(QLatin1String("Active")).toBool() ? 0 : 1;
        QVERIFY(inactive >= 2);

        const QJsonArray items = all(QStringLiteral("Item"));
        QVERIFY(items.size() >= 15);
        QSet<QString> types;
        int inactiveItems = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            QVERIFY2(!item.value(QLatin1String("Sku")).toString().isEmpty(),
                     qPrintable(item.value(QLatin1String("Name")).toString()));
            types.insert(item.value(QLatin1String("Type")).toString());
            inactiveItems += item.value(QLatin1String("Active")).toBool() ? 0 : 1;
        }
        QCOMPARE(types, (QSet<QString>{"Service", "NonInventory"}));
        QVERIFY(inactiveItems >= 2);

        QHash<QString, int> termDays;
        for (const QJsonValue &v : all(QStringLiteral("Term")))
            termDays.insert(v.toObject().value(QLatin1String("Name")).toString(),
                            v.toObject().value(QLatin1String("DueDays")).toInt());
        QCOMPARE(termDays.value(QStringLiteral("Due on receipt"), -1), 0);
        QCOMPARE(termDays.value(QStringLiteral("Net 15")), 15);
        QCOMPARE(termDays.value(QStringLiteral("Net 30")), 30);
        QCOMPARE(termDays.value(QStringLiteral("Net 60")), 60);

        QHash<QString, QJsonObject> accounts;
        for (const QJsonValue &v : all(QStringLiteral("Account")))
            accounts.insert(v.toObject().value(QLatin1String("Name")).toString(), v.toObject());
        const auto accountType = [&](const char *name) {
            return accounts.value(QString::fromLatin1(name))
                .value(QLatin1String("AccountType"))
                .toString();
        };
        QCOMPARE(accountType("Checking"), QStringLiteral("Bank"));
        QCOMPARE(accountType("Savings"), QStringLiteral("Bank"));
        QCOMPARE(accountType("Visa Credit Card"), QStringLiteral("Credit Card"));
        QCOMPARE(accountType("Undeposited Funds"), QStringLiteral("Other Current Asset"));
        QCOMPARE(accounts.value(QStringLiteral("Undeposited Funds"))
                     .value(QLatin1String("AccountSubType"))
                     .toString(),
                 QStringLiteral("UndepositedFunds"));
        QCOMPARE(accountType("Sales of Product Income"), QStringLiteral("Income"));
        QCOMPARE(accountType("Services"), QStringLiteral("Income"));
        QCOMPARE(accountType("Merchant Fees"), QStringLiteral("Expense"));
        QCOMPARE(accountType("Bank Charges"), QStringLiteral("Expense"));
        QCOMPARE(accountType("Accounts Receivable (A/R)"), QStringLiteral("Accounts Receivable"));

        const QStringList vendors = names(all(QStringLiteral("Vendor")), "DisplayName");
        QVERIFY(vendors.contains(QStringLiteral("Stripe")));
        QVERIFY(vendors.contains(QStringLiteral("HubSpot Payments")));
        QCOMPARE(names(all(QStringLiteral("Employee")), "DisplayName"),
                 QStringList{QStringLiteral("Emily Platt")});
        const QStringList methods = names(all(QStringLiteral("PaymentMethod")), "Name");
        for (const char *m : {"Cash", "Check", "Visa", "MasterCard", "American Express"})
            QVERIFY2(methods.contains(QString::fromLatin1(m)), m);
        QCOMPARE(names(all(QStringLiteral("TaxCode")), "Id"), (QStringList{"NON", "TAX"}));

        const QJsonArray invoices =
            rows(query(QStringLiteral("select * from Invoice orderby DocNumber")),
                 QStringLiteral("Invoice"));
        QCOMPARE(names(invoices, "DocNumber"),
                 (QStringList{"1001", "1002", "1003", "1004", "1005"}));
        QCOMPARE(invoices[0].toObject().value(QLatin1String("TotalAmt")).toDouble(), 220.0);
        QCOMPARE(invoices[0].toObject().value(QLatin1String("DueDate")).toString(),
                 QStringLiteral("2024-02-07"));
        QCOMPARE(invoices[1].toObject().value(QLatin1String("Balance")).toDouble(), 0.0); // paid
        QCOMPARE(invoices[4].toObject().value(QLatin1String("TotalAmt")).toDouble(), 149.97);

        // UK: GB, its own customers, items and accounts.
        QCOMPARE(ENTITY(get(QStringLiteral("companyinfo/") + Uk, {}, Uk), "CompanyInfo")
                     .value(QLatin1String("Country"))
                     .toString(),
                 QStringLiteral("GB"));
        QVERIFY(all(QStringLiteral("Customer"), Uk).size() >= 3);
        QVERIFY(all(QStringLiteral("Item"), Uk).size() >= 2);
        QVERIFY(names(all(QStringLiteral("Account"), Uk), "Name")
                    .contains(QStringLiteral("Current Account")));
        QCOMPARE(names(all(QStringLiteral("Customer"), Uk), "DisplayName")
                     .contains(QStringLiteral("Amy's Bird Sanctuary")),
                 false);
    }
};

QTEST_GUILESS_MAIN(TestQboService)
#include "tst_qboservice.moc"
