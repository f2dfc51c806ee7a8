// The QuickBooks client's wire format and error mapping, with a scripted Transport below the seam
// (nothing above it is faked) and fixtures modelled on real captures (fixtures/README.md).
#include "core/net/redaction.h"
#include "core/net/tokensource.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qbofault.h"
#include "core/quickbooks/qbojson.h"
#include "core/quickbooks/qboquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace bookflow;

namespace {

const QString Realm = QStringLiteral("9130357766900001");

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BOOKFLOW_SOURCE_DIR "/tests/quickbooks/fixtures/") +
               QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

Decimal dec(const char *text)
{
    const auto value = Decimal::parse(QString::fromUtf8(text));
    if (!value)
        qFatal("test data \"%s\" is not a number", text);
    return *value;
}

HttpResponse answer(int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

HttpResponse json(int status, const QByteArray &body)
{
    return answer(status, body, {{"Content-Type", "application/json;charset=UTF-8"}});
}

// Below the seam: answers from a script (a queue) or a handler, and records every request.
class FakeTransport final : public Transport
{
public:
    HttpResponse send(const HttpRequest &request) override
    {
        requests.append(request);
        if (handler)
            return handler(request);
        if (script.isEmpty())
            return json(500, "{\"error\":\"script exhausted\"}");
        return script.takeFirst();
    }

    QVector<HttpRequest> requests;
    QVector<HttpResponse> script;
    std::function<HttpResponse(const HttpRequest &)> handler;
};

// A token that refreshes by counting; refresh() fails as told.
class CountingTokens final : public TokenSource
{
public:
    QString accessToken() override { return QStringLiteral("access-%1").arg(refreshes); }
    ApiStatus refresh() override
    {
        ++refreshes;
        if (failWith)
            return *failWith;
        return ApiStatus::success();
    }

    int refreshes = 0;
    std::optional<ApiError> failWith;
};

QUrlQuery queryOf(const HttpRequest &request)
{
    return QUrlQuery(request.url);
}

// The ?query= statement as QBO will decode it.
QString statementOf(const HttpRequest &request)
{
    const QByteArray encoded = request.url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.startsWith("query="))
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(6)));
    }
    return {};
}

// A page of `count` customers numbered from `first`.
QByteArray customerPage(int first, int count)
{
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        QJsonObject row;
        row.insert(QStringLiteral("Id"), QString::number(first + i));
        row.insert(QStringLiteral("DisplayName"), QStringLiteral("Customer %1").arg(first + i));
        row.insert(QStringLiteral("SyncToken"), QStringLiteral("0"));
        rows.append(row);
    }
    QJsonObject queryResponse;
    if (count > 0) {
        queryResponse.insert(QStringLiteral("Customer"), rows);
        queryResponse.insert(QStringLiteral("startPosition"), first);
        queryResponse.insert(QStringLiteral("maxResults"), count);
    }
    QJsonObject body;
    body.insert(QStringLiteral("QueryResponse"), queryResponse);
    body.insert(QStringLiteral("time"), QStringLiteral("2024-03-11T10:00:00.000-07:00"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray faultBody(const QString &code, const QString &element = {},
                     const QString &detail = QStringLiteral("Something : went wrong"))
{
    return QStringLiteral(
               "{\"Fault\":{\"Error\":[{\"Message\":\"Message for %1\",\"Detail\":\"%2\","
               "\"code\":\"%1\",\"element\":\"%3\"}],\"type\":\"ValidationFault\"},"
               "\"time\":\"2024-03-11T10:00:00.000-07:00\"}")
        .arg(code, detail, element)
        .toUtf8();
}

} // namespace

Q_DECLARE_METATYPE(ApiError::Class)

class TestQboParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultFixtures_data();
    void faultFixtures();
    void codesMapToClasses_data();
    void codesMapToClasses();
    void duplicateNameReasonNamesTheCustomer();
    void throttling_data();
    void throttling();
    void unreadableAnswersGiveClearErrors_data();
    void unreadableAnswersGiveClearErrors();
    void noAnswer();
    void faultInside200IsAnError();

    void moneyIsWrittenWithTheIntendedDigits();
    void moneyStaysExactEndToEnd();
    void metaDataTimesKeepTheirPacificOffsets();
    void businessDates();

    void queryEscapingAndEncoding_data();
    void queryEscapingAndEncoding();
    void queryTextReachesTheWireEncoded();
    void invalidQueriesAreNotSent_data();
    void invalidQueriesAreNotSent();
    void queryAllPagesUntilAShortPage_data();
    void queryAllPagesUntilAShortPage();
    void queryAllStopsWhenThePeerIgnoresPaging();
    void emptyQueryResponse();
    void countReadsTotalCount();

    void batchMatchesResultsByBatchId();
    void batchRefusesBadShapesBeforeSending_data();
    void batchRefusesBadShapesBeforeSending();

    void requestIdChecks_data();
    void requestIdChecks();
    void wireFormatOfCalls();
    void sparseUpdateNeedsIdAndSyncToken();

    void unauthorizedRefreshesOnceAndRetries();
    void refreshRefusedNeedsReconnect();
    void refreshUnreachableIsTransient();
    void stillUnauthorizedAfterRefreshNeedsReconnect();

    void redaction();
};

// ---- faults ----------------------------------------------------------------------------------

void TestQboParsing::faultFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Class>("cls");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("reasonContains");

    using C = ApiError::Class;
    QTest::newRow("6240 PascalCase")
        << "fault-6240-duplicate-name.json" << 400 << C::Permanent << "6240"
        << ""
        << "customer, vendor or employee";
    QTest::newRow("6240 lower-case envelope")
        << "fault-6240-lowercase.json" << 400 << C::Permanent << "6240"
        << ""
        << "customer, vendor or employee";
    QTest::newRow("401 lower-case 3200")
        << "fault-3200-unauthorized.json" << 401 << C::NeedsReconnect << "3200"
        << ""
        << "Reconnect QuickBooks";
    QTest::newRow("2020 with element") << "fault-2020-element.json" << 400 << C::Permanent << "2020"
                                       << "Line.DetailType"
                                       << "“Line.DetailType”";
    QTest::newRow("2020 field in detail")
        << "fault-2020-in-detail.json" << 400 << C::Permanent << "2020"
        << "ExpenseAccountRef or IncomeAccountRef"
        << "“ExpenseAccountRef or IncomeAccountRef”";
    QTest::newRow("610 inactive") << "fault-610-inactive.json" << 400 << C::Permanent << "610"
                                  << ""
                                  << "deleted or made inactive";
    QTest::newRow("4000 parse") << "fault-4000-query.json" << 400 << C::Permanent << "4000"
                                << ""
                                << "look-up";
    QTest::newRow("5010 stale") << "fault-5010-stale.json" << 400 << C::Permanent << "5010"
                                << ""
                                << "read again";
    QTest::newRow("6190 company status")
        << "fault-6190-company-status.json" << 400 << C::Permanent << "6190"
        << ""
        << "subscription";
    QTest::newRow("4001 nested in QueryResponse")
        << "fault-query-nested.json" << 400 << C::Permanent << "4001"
        << "AcctNum"
        << "(field: AcctNum)";
    QTest::newRow("3001 XML 429") << "throttle-3001.xml" << 429 << C::RateLimited << "3001"
                                  << ""
                                  << "in a minute";
    QTest::newRow("3001 XML legacy 403")
        << "throttle-3001-legacy-403.xml" << 403 << C::RateLimited << "3001"
        << ""
        << "in a minute";
    QTest::newRow("3001 JSON 429") << "throttle-3001.json" << 429 << C::RateLimited << "3001"
                                   << ""
                                   << "too many requests";
}

void TestQboParsing::faultFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(ApiError::Class, cls);
    QFETCH(QString, code);
    QFETCH(QString, element);
    QFETCH(QString, reasonContains);

    const ApiError error =
        QboFault::fromResponse(answer(status, fixture(file.toUtf8().constData())));
    QCOMPARE(ApiError::className(error.cls), ApiError::className(cls));
    QCOMPARE(error.code, code);
    QCOMPARE(error.element, element);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.reason.contains(reasonContains), qPrintable(error.reason));
    QVERIFY2(!error.reason.contains(QLatin1Char('%')), qPrintable(error.reason));
    QVERIFY2(error.detail.contains(code), qPrintable(error.detail));
    // Tokens never reach the log detail (the 401 detail quotes part of one).
    QVERIFY(!error.detail.contains(QLatin1String("Bearer ")));
    QVERIFY2(!error.detail.contains(QLatin1String("AB0171")), qPrintable(error.detail));
}

void TestQboParsing::codesMapToClasses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Class>("cls");

    using C = ApiError::Class;
    QTest::newRow("120 authorization failure") << "120" << 403 << C::NeedsReconnect;
    QTest::newRow("3100 application not authorised") << "3100" << 403 << C::NeedsReconnect;
    QTest::newRow("3200 token refused") << "3200" << 401 << C::NeedsReconnect;
    QTest::newRow("3001 on a 200") << "3001" << 200 << C::RateLimited;
    QTest::newRow("500 unsupported operation") << "500" << 400 << C::Permanent;
    QTest::newRow("610 not found") << "610" << 400 << C::Permanent;
    QTest::newRow("2020 missing") << "2020" << 400 << C::Permanent;
    QTest::newRow("2170 enumeration") << "2170" << 400 << C::Permanent;
    QTest::newRow("2500 reference") << "2500" << 400 << C::Permanent;
    QTest::newRow("4000 parse") << "4000" << 400 << C::Permanent;
    QTest::newRow("4001 invalid query") << "4001" << 400 << C::Permanent;
    QTest::newRow("5010 stale") << "5010" << 400 << C::Permanent;
    QTest::newRow("6000 business") << "6000" << 400 << C::Permanent;
    QTest::newRow("6070 amount") << "6070" << 400 << C::Permanent;
    QTest::newRow("6100 tax code") << "6100" << 400 << C::Permanent;
    QTest::newRow("6140 doc number") << "6140" << 400 << C::Permanent;
    QTest::newRow("6190 company status") << "6190" << 400 << C::Permanent;
    QTest::newRow("6210 period closed") << "6210" << 400 << C::Permanent;
    QTest::newRow("6240 duplicate") << "6240" << 400 << C::Permanent;
    QTest::newRow("6540 deposited") << "6540" << 400 << C::Permanent;
    QTest::newRow("10000 application error") << "10000" << 500 << C::Transient;
    QTest::newRow("10000 on a 400") << "10000" << 400 << C::Transient;
    QTest::newRow("unknown code on 400") << "9999" << 400 << C::Permanent;
    QTest::newRow("unknown code on 503") << "9999" << 503 << C::Transient;
    QTest::newRow("unknown code on 429") << "9999" << 429 << C::RateLimited;
    QTest::newRow("unknown code on 401") << "9999" << 401 << C::NeedsReconnect;
}

void TestQboParsing::codesMapToClasses()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(ApiError::Class, cls);

    const ApiError error =
        QboFault::fromResponse(json(status, faultBody(code, QStringLiteral("Line.Amount"))));
    QCOMPARE(ApiError::className(error.cls), ApiError::className(cls));
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.reason.isEmpty());
    QVERIFY2(!error.reason.contains(QLatin1Char('%')), qPrintable(error.reason));
    QVERIFY2(error.reason.startsWith(QLatin1String("QuickBooks")) ||
                 error.reason.startsWith(QLatin1String("The ")) ||
                 error.reason.startsWith(QLatin1String("This ")) ||
                 error.reason.startsWith(QLatin1String("A ")) ||
                 error.reason.startsWith(QLatin1String("Someone ")) ||
                 error.reason.startsWith(QLatin1String("Something ")),
             qPrintable(error.reason));
    QVERIFY(!error.retryAfterSeconds.has_value());
}

void TestQboParsing::duplicateNameReasonNamesTheCustomer()
{
    QJsonObject body;
    body.insert(QStringLiteral("DisplayName"), QStringLiteral("Amy's Bird Sanctuary"));
    const ApiError error =
        QboFault::fromResponse(json(400, fixture("fault-6240-duplicate-name.json")), body);
    QCOMPARE(error.reason, QStringLiteral("QuickBooks already has a customer, vendor or employee "
                                          "named “Amy's Bird Sanctuary”."));

    // 6140 names the document number, 2170 the field.
    QJsonObject invoice;
    invoice.insert(QStringLiteral("DocNumber"), QStringLiteral("1037"));
    QCOMPARE(QboFault::fromResponse(json(400, faultBody(QStringLiteral("6140"))), invoice).reason,
             QStringLiteral("QuickBooks already has a document numbered “1037”."));
    QVERIFY(QboFault::fromResponse(
                json(400, faultBody(QStringLiteral("2170"), QStringLiteral("PaymentType"))))
                .reason.contains(QStringLiteral("“PaymentType”")));
    // 6000's useful sentence comes from the Detail.
    QCOMPARE(QboFault::fromResponse(
                 json(400, faultBody(QStringLiteral("6000"), QString(),
                                     QStringLiteral("Business Validation Error: You must set a "
                                                    "transaction amount."))))
                 .reason,
             QStringLiteral("QuickBooks did not accept this: You must set a transaction amount."));
}

void TestQboParsing::throttling_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<int>("expectedSeconds"); // -1: none

    const QByteArray xml = fixture("throttle-3001.xml");
    const QByteArray jsonBody = fixture("throttle-3001.json");
    QTest::newRow("XML, no Retry-After") << 429 << xml << QByteArray() << QByteArray() << -1;
    QTest::newRow("XML, Retry-After 7") << 429 << xml << QByteArray("7") << QByteArray() << 7;
    QTest::newRow("JSON, no Retry-After") << 429 << jsonBody << QByteArray() << QByteArray() << -1;
    QTest::newRow("JSON, Retry-After 30")
        << 429 << jsonBody << QByteArray("30") << QByteArray() << 30;
    QTest::newRow("JSON, Retry-After HTTP-date")
        << 429 << jsonBody << QByteArray("Mon, 11 Mar 2024 17:00:45 GMT")
        << QByteArray("Mon, 11 Mar 2024 17:00:00 GMT") << 45;
    QTest::newRow("HTTP-date without Date header")
        << 429 << jsonBody << QByteArray("Mon, 11 Mar 2024 17:00:45 GMT") << QByteArray() << -1;
    QTest::newRow("garbage Retry-After")
        << 429 << jsonBody << QByteArray("soon") << QByteArray() << -1;
    QTest::newRow("legacy 403 XML")
        << 403 << fixture("throttle-3001-legacy-403.xml") << QByteArray() << QByteArray() << -1;
    QTest::newRow("bare 429, empty body")
        << 429 << QByteArray() << QByteArray("2") << QByteArray() << 2;
    QTest::newRow("429 HTML page") << 429 << QByteArray("<html><title>Too Many</title></html>")
                                   << QByteArray() << QByteArray() << -1;
}

void TestQboParsing::throttling()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, date);
    QFETCH(int, expectedSeconds);

    HttpHeaders headers;
    if (!retryAfter.isEmpty())
        headers.append({"retry-after", retryAfter}); // header names are case-insensitive
    if (!date.isEmpty())
        headers.append({"Date", date});
    const ApiError error = QboFault::fromResponse(answer(status, body, headers));
    QCOMPARE(ApiError::className(error.cls), QStringLiteral("rateLimited"));
    if (expectedSeconds < 0) {
        QVERIFY(!error.retryAfterSeconds.has_value());
        QVERIFY2(error.reason.contains(QLatin1String("in a minute")), qPrintable(error.reason));
    } else {
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(expectedSeconds));
        QVERIFY2(error.reason.contains(QString::number(expectedSeconds)), qPrintable(error.reason));
    }
}

void TestQboParsing::unreadableAnswersGiveClearErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Class>("cls");
    QTest::addColumn<QString>("detailContains");

    using C = ApiError::Class;
    QTest::newRow("HTML 502") << 502 << fixture("html-502.html") << C::Transient
                              << "502 Bad Gateway";
    QTest::newRow("HTML 200 (a portal page)")
        << 200 << fixture("html-502.html") << C::Transient << "HTML page";
    QTest::newRow("empty 503") << 503 << QByteArray() << C::Transient << "503";
    QTest::newRow("truncated JSON 500")
        << 500 << QByteArray("{\"Fault\":{\"Err") << C::Transient << "500";
    QTest::newRow("JSON array 400") << 400 << QByteArray("[1,2]") << C::Permanent << "400";
    QTest::newRow("plain text 400")
        << 400 << QByteArray("Bad request") << C::Permanent << "Bad request";
    QTest::newRow("Fault without errors")
        << 400 << QByteArray("{\"Fault\":{}}") << C::Permanent << "";
    QTest::newRow("Fault with odd types")
        << 400 << QByteArray("{\"Fault\":{\"Error\":[{\"code\":6240,\"Message\":[]}]}}")
        << C::Permanent << "6240";
    QTest::newRow("unknown 418") << 418 << QByteArray("{}") << C::Permanent << "418";
    QTest::newRow("404 no body") << 404 << QByteArray() << C::Permanent << "404";
    QTest::newRow("XML that is not a fault")
        << 500 << QByteArray("<?xml version=\"1.0\"?><a/>") << C::Transient << "500";
}

void TestQboParsing::unreadableAnswersGiveClearErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Class, cls);
    QFETCH(QString, detailContains);

    const ApiError error = QboFault::fromResponse(answer(status, body));
    QCOMPARE(ApiError::className(error.cls), ApiError::className(cls));
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.reason.isEmpty());
    QVERIFY2(error.detail.contains(detailContains), qPrintable(error.detail));

    // Through the client as well: a read that gets this answer fails cleanly.
    FakeTransport transport;
    transport.script.append(answer(status, body));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = client.read(QboEntity::Customer, QStringLiteral("1"));
    QVERIFY(!result.ok());
    QCOMPARE(ApiError::className(result.error().cls), ApiError::className(cls));
}

void TestQboParsing::noAnswer()
{
    HttpResponse dropped;
    dropped.networkError = QStringLiteral("Connection closed");
    ApiError error = QboFault::fromResponse(dropped);
    QVERIFY(error.isTransient());
    QVERIFY(error.reason.contains(QLatin1String("Connection closed")));

    HttpResponse late;
    late.timedOut = true;
    late.networkError = QStringLiteral("no answer within 120 seconds");
    QVERIFY(QboFault::fromResponse(late).isTransient());

    HttpResponse refused;
    refused.refused = true;
    refused.networkError = QStringLiteral("plain http");
    error = QboFault::fromResponse(refused);
    QVERIFY(error.isPermanent());
}

void TestQboParsing::faultInside200IsAnError()
{
    FakeTransport transport;
    transport.script.append(json(200, fixture("fault-5010-stale.json")));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("https://quickbooks.api.intuit.com")), Realm,
                     tokens);
    QJsonObject changes{{QStringLiteral("Id"), QStringLiteral("5")},
                        {QStringLiteral("SyncToken"), QStringLiteral("0")}};
    const auto result = client.sparseUpdate(QboEntity::Item, changes, QStringLiteral("r-1"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("5010"));
    QVERIFY(result.error().isPermanent());
}

// ---- money and dates -------------------------------------------------------------------------

void TestQboParsing::moneyIsWrittenWithTheIntendedDigits()
{
    // What a double does: the reason this class exists.
    const double floating = 0.1 + 0.2;
    QVERIFY(floating != 0.3);
    QJsonObject naive{{QStringLiteral("Amount"), floating}};
    QVERIFY(QJsonDocument(naive).toJson(QJsonDocument::Compact).contains("0.30000000000000004"));
    QVERIFY(qRound(1.005 * 100) != 101); // 1.005 is 1.00499999999999989… as a double
    QVERIFY(1.1 * 3 != 3.3);

    QJsonObject line;
    line.insert(QStringLiteral("Amount"), QboJson::money(dec("0.1") + dec("0.2")));
    line.insert(QStringLiteral("Rounded"), QboJson::money(dec("1.005")));
    line.insert(QStringLiteral("Product"), QboJson::money(dec("19.99") * Decimal::fromInteger(3)));
    line.insert(QStringLiteral("UnitPrice"), QboJson::number(dec("0.125")));
    line.insert(QStringLiteral("Negative"), QboJson::money(dec("-12.3")));
    line.insert(QStringLiteral("Big"), QboJson::money(dec("99999999999.99")));
    line.insert(QStringLiteral("Note"), QStringLiteral("12.30 is text, \"quoted\""));
    const QByteArray text = QboJson::serialize(line);
    QVERIFY2(text.contains("\"Amount\":0.30"), text.constData());
    QVERIFY2(text.contains("\"Rounded\":1.01"), text.constData());
    QVERIFY2(text.contains("\"Product\":59.97"), text.constData());
    QVERIFY2(text.contains("\"UnitPrice\":0.125"), text.constData());
    QVERIFY2(text.contains("\"Negative\":-12.30"), text.constData());
    QVERIFY2(text.contains("\"Big\":99999999999.99"), text.constData());
    QVERIFY2(text.contains("\"Note\":\"12.30 is text, \\\"quoted\\\"\""), text.constData());
    // Still valid JSON, and nothing of the placeholder is left.
    QVERIFY(!QJsonDocument::fromJson(text).isNull());
    QVERIFY(!text.contains("\\u0001"));

    // Reading gives back the literal digits, including ones a double cannot hold.
    const auto read = QboJson::parseObject(
        "{\"a\":0.30,\"b\":1.005,\"c\":59.97,\"d\":100055.55,\"e\":\"12.50\",\"f\":1e2,"
        "\"g\":true,\"h\":0.1}");
    QVERIFY(read);
    QCOMPARE(QboJson::decimal(read->value(QStringLiteral("a")))->toFixed(2),
             QStringLiteral("0.30"));
    QVERIFY(*QboJson::decimal(read->value(QStringLiteral("b"))) == dec("1.005"));
    QCOMPARE(QboJson::decimal(read->value(QStringLiteral("b")))->roundedToCents().toString(),
             QStringLiteral("1.01"));
    QVERIFY(*QboJson::decimal(read->value(QStringLiteral("c"))) == dec("59.97"));
    QVERIFY(*QboJson::decimal(read->value(QStringLiteral("d"))) == dec("100055.55"));
    QVERIFY(*QboJson::decimal(read->value(QStringLiteral("e"))) == dec("12.5"));
    QVERIFY(*QboJson::decimal(read->value(QStringLiteral("f"))) == dec("100"));
    QVERIFY(!QboJson::decimal(read->value(QStringLiteral("g"))));
    QVERIFY(!QboJson::decimal(read->value(QStringLiteral("missing"))));
    QVERIFY(*QboJson::decimal(read->value(QStringLiteral("a"))) +
                *QboJson::decimal(read->value(QStringLiteral("h"))) ==
            dec("0.4"));
}

void TestQboParsing::moneyStaysExactEndToEnd()
{
    FakeTransport transport;
    transport.script.append(json(200, fixture("invoice-read.json")));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("https://quickbooks.api.intuit.com")), Realm,
                     tokens);

    // A planner's invoice: 3 × 19.99 and a line of 0.1 + 0.2, computed exactly.
    const Decimal unitPrice = dec("19.99");
    const Decimal quantity = Decimal::fromInteger(3);
    QJsonObject detail;
    detail.insert(QStringLiteral("ItemRef"),
                  QJsonObject{{QStringLiteral("value"), QStringLiteral("5")}});
    detail.insert(QStringLiteral("UnitPrice"), QboJson::number(unitPrice));
    detail.insert(QStringLiteral("Qty"), QboJson::number(quantity));
    QJsonObject first;
    first.insert(QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail"));
    first.insert(QStringLiteral("Amount"), QboJson::money((unitPrice * quantity).roundedToCents()));
    first.insert(QStringLiteral("SalesItemLineDetail"), detail);
    QJsonObject second;
    second.insert(QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail"));
    second.insert(QStringLiteral("Amount"), QboJson::money(dec("0.1") + dec("0.2")));
    second.insert(QStringLiteral("SalesItemLineDetail"), detail);
    QJsonObject invoice;
    invoice.insert(QStringLiteral("CustomerRef"),
                   QJsonObject{{QStringLiteral("value"), QStringLiteral("1")}});
    invoice.insert(QStringLiteral("TxnDate"), QboJson::date(QDate(2024, 1, 15)));
    invoice.insert(QStringLiteral("Line"), QJsonArray{first, second});

    const auto created = client.create(QboEntity::Invoice, invoice, QStringLiteral("req-money-1"));
    QVERIFY2(created.ok(), qPrintable(created.reason()));
    QCOMPARE(transport.requests.size(), 1);
    const QByteArray sent = transport.requests.first().body;
    QVERIFY2(sent.contains("\"Amount\":59.97"), sent.constData());
    QVERIFY2(sent.contains("\"Amount\":0.30"), sent.constData());
    QVERIFY2(sent.contains("\"UnitPrice\":19.99"), sent.constData());
    QVERIFY2(sent.contains("\"Qty\":3"), sent.constData());
    QVERIFY2(sent.contains("\"TxnDate\":\"2024-01-15\""), sent.constData());

    // And back: the answer's amounts as exact Decimals.
    const QboObject &object = created.value();
    QCOMPARE(object.id(), QStringLiteral("130"));
    QVERIFY(*object.decimal(QStringLiteral("TotalAmt")) == dec("100055.55"));
    QVERIFY(*object.decimal(QStringLiteral("Balance")) == dec("0.1") + dec("0.2"));
    const QJsonArray lines = object.json().value(QStringLiteral("Line")).toArray();
    const QboObject line1(QStringLiteral("Line"), lines.at(0).toObject());
    const QboObject line2(QStringLiteral("Line"), lines.at(1).toObject());
    QVERIFY(*line1.decimal(QStringLiteral("Amount")) == dec("59.97"));
    QVERIFY(*line1.decimal(QStringLiteral("SalesItemLineDetail.UnitPrice")) *
                *line1.decimal(QStringLiteral("SalesItemLineDetail.Qty")) ==
            dec("59.97"));
    QVERIFY(*line2.decimal(QStringLiteral("Amount")) == dec("1.005"));
    QCOMPARE(line2.decimal(QStringLiteral("Amount"))->roundedToCents().toFixed(2),
             QStringLiteral("1.01"));
    QCOMPARE(object.decimal(QStringLiteral("TotalAmt"))->toFixed(2), QStringLiteral("100055.55"));
}

void TestQboParsing::metaDataTimesKeepTheirPacificOffsets()
{
    const auto body = QboJson::parseObject(fixture("invoice-read.json"));
    QVERIFY(body);
    const QboObject invoice(QStringLiteral("Invoice"),
                            body->value(QStringLiteral("Invoice")).toObject());

    const QDateTime created = invoice.createTime(); // 2024-01-15T11:33:46-08:00 (winter)
    QVERIFY(created.isValid());
    QCOMPARE(created.offsetFromUtc(), -8 * 3600);
    QCOMPARE(created.toUTC(), QDateTime(QDate(2024, 1, 15), QTime(19, 33, 46), Qt::UTC));
    const QDateTime updated = invoice.lastUpdatedTime(); // 2024-07-04T16:30:47-07:00 (summer)
    QCOMPARE(updated.offsetFromUtc(), -7 * 3600);
    QCOMPARE(updated.toUTC(), QDateTime(QDate(2024, 7, 4), QTime(23, 30, 47), Qt::UTC));

    // `time` with milliseconds; the lower-case envelope's epoch milliseconds; no offset at all.
    QCOMPARE(QboJson::dateTimeFrom(body->value(QStringLiteral("time"))).toUTC(),
             QDateTime(QDate(2024, 7, 4), QTime(23, 31, 2, 753), Qt::UTC));
    QCOMPARE(QboJson::dateTimeFrom(QStringLiteral("1710173560117")),
             QDateTime::fromMSecsSinceEpoch(1710173560117, Qt::UTC));
    const QDateTime bare = QboJson::dateTimeFrom(QStringLiteral("2024-01-15T11:33:46"));
    QCOMPARE(bare.toUTC(), QDateTime(QDate(2024, 1, 15), QTime(19, 33, 46), Qt::UTC));
    QVERIFY(!QboJson::dateTimeFrom(QStringLiteral("yesterday")).isValid());
    QVERIFY(!QboJson::dateTimeFrom(QJsonValue()).isValid());

    // Written back as QBO writes it, for query literals.
    QCOMPARE(QboJson::dateTimeText(QDateTime(QDate(2024, 1, 15), QTime(20, 0), Qt::UTC)),
             QStringLiteral("2024-01-15T12:00:00-08:00"));
    QCOMPARE(QboJson::dateTimeText(QDateTime(QDate(2024, 7, 4), QTime(20, 0), Qt::UTC)),
             QStringLiteral("2024-07-04T13:00:00-07:00"));
    QCOMPARE(QboJson::dateTimeFrom(QboJson::dateTimeText(updated)), updated);
}

void TestQboParsing::businessDates()
{
    const auto body = QboJson::parseObject(fixture("invoice-read.json"));
    const QboObject invoice(QStringLiteral("Invoice"),
                            body->value(QStringLiteral("Invoice")).toObject());
    // Plain dates: no zone, no shifting by a day whatever the machine's time zone.
    QCOMPARE(invoice.date(QStringLiteral("TxnDate")), QDate(2024, 1, 15));
    QCOMPARE(invoice.date(QStringLiteral("DueDate")), QDate(2024, 2, 14));
    QCOMPARE(QboJson::date(QDate(2024, 2, 29)).toString(), QStringLiteral("2024-02-29"));
    QVERIFY(QboJson::date(QDate()).isNull());
    QVERIFY(!QboJson::dateFrom(QStringLiteral("2024-02-30")).isValid());
    QVERIFY(!QboJson::dateFrom(QStringLiteral("15/01/2024")).isValid());

    QCOMPARE(invoice.ref(QStringLiteral("CustomerRef")), QStringLiteral("1"));
    QCOMPARE(invoice.text(QStringLiteral("BillEmail.Address")),
             QStringLiteral("birds@example.com"));
    QCOMPARE(invoice.docNumber(), QStringLiteral("1037"));
    QCOMPARE(invoice.syncToken(), QStringLiteral("2"));
}

// ---- queries ---------------------------------------------------------------------------------

void TestQboParsing::queryEscapingAndEncoding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("apostrophe") << QStringLiteral("O'Brien")
                                << QStringLiteral("SELECT * FROM Customer WHERE DisplayName = "
                                                  "'O\\'Brien'")
                                << QByteArray("SELECT%20%2A%20FROM%20Customer%20WHERE%20DisplayName"
                                              "%20%3D%20%27O%5C%27Brien%27");
    QTest::newRow("non-ASCII") << QStringLiteral("Åsa Öberg")
                               << QStringLiteral("SELECT * FROM Customer WHERE DisplayName = "
                                                 "'Åsa Öberg'")
                               << QByteArray("SELECT%20%2A%20FROM%20Customer%20WHERE%20DisplayName"
                                             "%20%3D%20%27%C3%85sa%20%C3%96berg%27");
    QTest::newRow("backslash") << QStringLiteral("C:\\Temp")
                               << QStringLiteral("SELECT * FROM Customer WHERE DisplayName = "
                                                 "'C:\\\\Temp'")
                               << QByteArray("SELECT%20%2A%20FROM%20Customer%20WHERE%20DisplayName"
                                             "%20%3D%20%27C%3A%5C%5CTemp%27");
    QTest::newRow("backslash before quote") << QStringLiteral("a\\'b")
                                            << QStringLiteral("SELECT * FROM Customer WHERE "
                                                              "DisplayName = 'a\\\\\\'b'")
                                            << QByteArray("SELECT%20%2A%20FROM%20Customer%20WHERE"
                                                          "%20DisplayName%20%3D%20%27a%5C%5C%5C%27"
                                                          "b%27");
    QTest::newRow("URL specials") << QStringLiteral("A&B + C=D #1 %")
                                  << QStringLiteral("SELECT * FROM Customer WHERE DisplayName = "
                                                    "'A&B + C=D #1 %'")
                                  << QByteArray(
                                         "SELECT%20%2A%20FROM%20Customer%20WHERE%20DisplayName"
                                         "%20%3D%20%27A%26B%20%2B%20C%3DD%20%231%20%25%27");
}

void TestQboParsing::queryEscapingAndEncoding()
{
    QFETCH(QString, name);
    QFETCH(QString, statement);
    QFETCH(QByteArray, encoded);

    const QboQuery query = QboQuery::select(QStringLiteral("Customer"))
                               .where(QStringLiteral("DisplayName"), QStringLiteral("="), name);
    QVERIFY(query.isValid());
    QCOMPARE(query.statement(), statement);
    QCOMPARE(query.encoded(), encoded);
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(query.encoded())), statement);
}

void TestQboParsing::queryTextReachesTheWireEncoded()
{
    QboQuery query = QboQuery::select(QStringLiteral("Customer"))
                         .where(QStringLiteral("DisplayName"), QStringLiteral("="),
                                QStringLiteral("O'Brien \\ Åsa"))
                         .whereIn(QStringLiteral("Id"), {QStringLiteral("1"), QStringLiteral("2")})
                         .like(QStringLiteral("CompanyName"), QStringLiteral("Bird%"))
                         .where(QStringLiteral("Active"), QStringLiteral("="), true)
                         .where(QStringLiteral("Balance"), QStringLiteral(">="), dec("10.50"))
                         .where(QStringLiteral("MetaData.LastUpdatedTime"), QStringLiteral(">"),
                                QDateTime(QDate(2024, 3, 11), QTime(17, 0), Qt::UTC))
                         .orderBy(QStringLiteral("DisplayName"), QboQuery::Order::Descending)
                         .startPosition(1)
                         .maxResults(10);
    const QString expected =
        QStringLiteral("SELECT * FROM Customer WHERE DisplayName = 'O\\'Brien \\\\ Åsa' AND Id IN "
                       "('1', '2') AND CompanyName LIKE 'Bird%' AND Active = true AND Balance >= "
                       "10.5 AND MetaData.LastUpdatedTime > '2024-03-11T10:00:00-07:00' ORDERBY "
                       "DisplayName DESC STARTPOSITION 1 MAXRESULTS 10");
    QCOMPARE(query.statement(), expected);

    FakeTransport transport;
    transport.script.append(json(200, customerPage(1, 2)));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:8080")), Realm, tokens);
    const auto rows = client.query(query);
    QVERIFY2(rows.ok(), qPrintable(rows.reason()));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1).displayName(), QStringLiteral("Customer 2"));

    const HttpRequest &request = transport.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    const QByteArray wire = request.url.toEncoded();
    QVERIFY2(wire.startsWith("http://127.0.0.1:8080/v3/company/" + Realm.toUtf8() +
                             "/query?minorversion=75&query=SELECT%20%2A%20FROM%20Customer"),
             wire.constData());
    QVERIFY2(wire.contains("%27O%5C%27Brien%20%5C%5C%20%C3%85sa%27"), wire.constData());
    QCOMPARE(statementOf(request), expected);
    QVERIFY(!queryOf(request).hasQueryItem(QStringLiteral("requestid"))); // reads carry none

    // COUNT(*) and includeInactive().
    QCOMPARE(QboQuery::count(QStringLiteral("Item")).includeInactive().statement(),
             QStringLiteral("SELECT COUNT(*) FROM Item WHERE Active IN (true, false)"));
}

void TestQboParsing::invalidQueriesAreNotSent_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("operator !=") << 0;
    QTest::newRow("property with spaces") << 1;
    QTest::newRow("entity injection") << 2;
    QTest::newRow("empty IN") << 3;
    QTest::newRow("STARTPOSITION 0") << 4;
    QTest::newRow("MAXRESULTS 1001") << 5;
    QTest::newRow("ordered count") << 6;
}

void TestQboParsing::invalidQueriesAreNotSent()
{
    QFETCH(int, which);
    const QString customer = QStringLiteral("Customer");
    QboQuery query = QboQuery::select(customer);
    switch (which) {
    case 0:
        query.where(QStringLiteral("Id"), QStringLiteral("!="), QStringLiteral("1"));
        break;
    case 1:
        query.where(QStringLiteral("Display Name"), QStringLiteral("="), QStringLiteral("x"));
        break;
    case 2:
        query = QboQuery::select(QStringLiteral("Customer WHERE 1=1"));
        break;
    case 3:
        query.whereIn(QStringLiteral("Id"), {});
        break;
    case 4:
        query.startPosition(0);
        break;
    case 5:
        query.maxResults(1001);
        break;
    case 6:
        query = QboQuery::count(customer);
        query.orderBy(QStringLiteral("Id"));
        break;
    }
    QVERIFY(!query.isValid());
    QVERIFY(!query.error().isEmpty());

    FakeTransport transport;
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = query.isCount() ? ApiResult<QVector<QboObject>>(client.count(query).error())
                                        : client.query(query);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isPermanent());
    QCOMPARE(transport.requests.size(), 0);
}

void TestQboParsing::queryAllPagesUntilAShortPage_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("2500 rows, pages of 1000") << 2500 << 1000 << 3;
    QTest::newRow("exactly 2000 rows") << 2000 << 1000 << 3; // the third page is empty
    QTest::newRow("no rows") << 0 << 1000 << 1;
    QTest::newRow("7 rows, pages of 3") << 7 << 3 << 3;
    QTest::newRow("page size clamped to 1000") << 1001 << 5000 << 2;
}

void TestQboParsing::queryAllPagesUntilAShortPage()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    QFETCH(int, expectedRequests);

    FakeTransport transport;
    transport.handler = [total](const HttpRequest &request) {
        static const QRegularExpression paging(
            QStringLiteral("STARTPOSITION (\\d+) MAXRESULTS (\\d+)$"));
        const auto match = paging.match(statementOf(request));
        if (!match.hasMatch())
            return json(400, fixture("fault-4000-query.json"));
        const int start = match.captured(1).toInt();
        const int max = match.captured(2).toInt();
        if (max > 1000)
            return json(400, faultBody(QStringLiteral("4001")));
        const int count = qBound(0, total - start + 1, max);
        return json(200, customerPage(start, count));
    };
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    // Any paging already in the query is replaced.
    const auto rows = client.queryAll(
        QboQuery::select(QStringLiteral("Customer")).orderBy(QStringLiteral("Id")).maxResults(5),
        pageSize);
    QVERIFY2(rows.ok(), qPrintable(rows.reason()));
    QCOMPARE(rows->size(), total);
    QCOMPARE(transport.requests.size(), expectedRequests);
    for (int i = 0; i < rows->size(); ++i)
        QCOMPARE(rows->at(i).id(), QString::number(i + 1));
    const int effective = qMin(pageSize, 1000);
    for (int i = 0; i < transport.requests.size(); ++i) {
        QVERIFY(statementOf(transport.requests.at(i))
                    .endsWith(QStringLiteral("ORDERBY Id ASC STARTPOSITION %1 MAXRESULTS %2")
                                  .arg(1 + i * effective)
                                  .arg(effective)));
    }
}

void TestQboParsing::queryAllStopsWhenThePeerIgnoresPaging()
{
    FakeTransport transport;
    transport.handler = [](const HttpRequest &) { return json(200, customerPage(1, 3)); };
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto rows = client.queryAll(QboQuery::select(QStringLiteral("Customer")), 3);
    QVERIFY(!rows.ok());
    QCOMPARE(transport.requests.size(), 2);
    QVERIFY(rows.error().detail.contains(QLatin1String("answered from 1")));
}

void TestQboParsing::emptyQueryResponse()
{
    FakeTransport transport;
    transport.script.append(
        json(200, "{\"QueryResponse\":{},\"time\":\"2024-03-11T10:00:00-07:00\"}"));
    transport.script.append(json(200, "{\"time\":\"2024-03-11T10:00:00-07:00\"}"));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto rows = client.query(QboQuery::select(QStringLiteral("Term")));
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());
    const auto odd = client.query(QboQuery::select(QStringLiteral("Term")));
    QVERIFY(!odd.ok()); // no QueryResponse at all: not "no rows"
    QVERIFY(odd.error().isTransient());
}

void TestQboParsing::countReadsTotalCount()
{
    FakeTransport transport;
    transport.script.append(json(200, "{\"QueryResponse\":{\"totalCount\":1234},\"time\":\"x\"}"));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto count = client.count(
        QboQuery::count(QStringLiteral("Invoice"))
            .where(QStringLiteral("TxnDate"), QStringLiteral(">="), QDate(2024, 1, 1)));
    QVERIFY2(count.ok(), qPrintable(count.reason()));
    QCOMPARE(*count, qint64(1234));
    QCOMPARE(statementOf(transport.requests.first()),
             QStringLiteral("SELECT COUNT(*) FROM Invoice WHERE TxnDate >= '2024-01-01'"));
    QVERIFY(!client.count(QboQuery::select(QStringLiteral("Invoice"))).ok());
}

// ---- batch -----------------------------------------------------------------------------------

void TestQboParsing::batchMatchesResultsByBatchId()
{
    FakeTransport transport;
    transport.script.append(json(200, fixture("batch-response.json")));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);

    QJsonObject invoice;
    invoice.insert(QStringLiteral("CustomerRef"),
                   QJsonObject{{QStringLiteral("value"), QStringLiteral("58")}});
    invoice.insert(QStringLiteral("TotalAmt"), QboJson::money(dec("0.1") + dec("0.2")));
    QJsonObject customer{{QStringLiteral("DisplayName"), QStringLiteral("Amy's Bird Sanctuary")}};
    const QVector<QboBatchItem> items = {
        QboBatchItem::create(QStringLiteral("i1"), QboEntity::Invoice, invoice),
        QboBatchItem::create(QStringLiteral("c2"), QboEntity::Customer, customer),
        QboBatchItem::select(QStringLiteral("q1"),
                             QboQuery::select(QStringLiteral("Customer"))
                                 .where(QStringLiteral("DisplayName"), QStringLiteral("="),
                                        QStringLiteral("Åsa Öberg"))),
        QboBatchItem::sparseUpdate(QStringLiteral("u4"), QboEntity::Customer,
                                   {{QStringLiteral("Id"), QStringLiteral("58")},
                                    {QStringLiteral("SyncToken"), QStringLiteral("0")},
                                    {QStringLiteral("Active"), false}}),
    };
    const QString requestId = QStringLiteral("6f1c2e1a-8d2b-5c3e-9f00-0123456789ab"); // 36
    const auto results = client.batch(items, requestId);
    QVERIFY2(results.ok(), qPrintable(results.reason()));
    QCOMPARE(results->size(), 4);

    // In the order asked, whatever order QBO answered in.
    const QboBatchItemResult &created = results->at(0);
    QCOMPARE(created.bId, QStringLiteral("i1"));
    QVERIFY(created.ok());
    QCOMPARE(created.object.id(), QStringLiteral("131"));
    QVERIFY(*created.object.decimal(QStringLiteral("TotalAmt")) == dec("0.3"));

    const QboBatchItemResult &duplicate = results->at(1);
    QCOMPARE(duplicate.bId, QStringLiteral("c2"));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error->code, QStringLiteral("6240"));
    QVERIFY(duplicate.error->isPermanent());
    QCOMPARE(duplicate.error->reason, QStringLiteral("QuickBooks already has a customer, vendor or "
                                                     "employee named “Amy's Bird Sanctuary”."));

    const QboBatchItemResult &found = results->at(2);
    QVERIFY(found.ok());
    QCOMPARE(found.rows.size(), 1);
    QCOMPARE(found.rows.first().displayName(), QStringLiteral("Åsa Öberg"));

    const QboBatchItemResult &missing = results->at(3);
    QCOMPARE(missing.bId, QStringLiteral("u4"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error->isTransient());

    // On the wire: one POST /batch with the batch's requestid and the items as QBO wants them.
    QCOMPARE(transport.requests.size(), 1);
    const HttpRequest &request = transport.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.path(), QStringLiteral("/v3/company/%1/batch").arg(Realm));
    QCOMPARE(queryOf(request).queryItemValue(QStringLiteral("requestid")), requestId);
    QCOMPARE(queryOf(request).queryItemValue(QStringLiteral("minorversion")), QStringLiteral("75"));
    QVERIFY2(request.body.contains("\"TotalAmt\":0.30"), request.body.constData());
    const QJsonArray sent = QJsonDocument::fromJson(request.body)
                                .object()
                                .value(QStringLiteral("BatchItemRequest"))
                                .toArray();
    QCOMPARE(sent.size(), 4);
    QCOMPARE(sent.at(0).toObject().value(QStringLiteral("operation")).toString(),
             QStringLiteral("create"));
    QVERIFY(sent.at(0).toObject().value(QStringLiteral("Invoice")).isObject());
    QCOMPARE(sent.at(2).toObject().value(QStringLiteral("Query")).toString(),
             QStringLiteral("SELECT * FROM Customer WHERE DisplayName = 'Åsa Öberg'"));
    QCOMPARE(sent.at(3).toObject().value(QStringLiteral("operation")).toString(),
             QStringLiteral("update"));
    QCOMPARE(sent.at(3)
                 .toObject()
                 .value(QStringLiteral("Customer"))
                 .toObject()
                 .value(QStringLiteral("sparse")),
             QJsonValue(true));
}

void TestQboParsing::batchRefusesBadShapesBeforeSending_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("badBatchId");
    QTest::addColumn<QString>("requestId");

    const QString good = QStringLiteral("batch-1");
    QTest::newRow("31 items") << 31 << QString() << good;
    QTest::newRow("no items") << 0 << QString() << good;
    QTest::newRow("bId of 11 characters") << 2 << QStringLiteral("abcdefghijk") << good;
    QTest::newRow("empty bId") << 2 << QStringLiteral("") << good;
    QTest::newRow("duplicate bId") << 2 << QStringLiteral("0") << good;
    QTest::newRow("bId with a space") << 2 << QStringLiteral("a b") << good;
    QTest::newRow("requestid of 37 characters") << 2 << QString() << QString(37, QLatin1Char('r'));
    QTest::newRow("no requestid for writes") << 2 << QString() << QString();
}

void TestQboParsing::batchRefusesBadShapesBeforeSending()
{
    QFETCH(int, items);
    QFETCH(QString, badBatchId);
    QFETCH(QString, requestId);

    QVector<QboBatchItem> batch;
    for (int i = 0; i < items; ++i)
        batch.append(
            QboBatchItem::create(QString::number(i), QboEntity::Term,
                                 {{QStringLiteral("Name"), QStringLiteral("Net %1").arg(i)},
                                  {QStringLiteral("DueDays"), i}}));
    if (!badBatchId.isNull() && !batch.isEmpty())
        batch.last().bId = badBatchId;

    FakeTransport transport;
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = client.batch(batch, requestId);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isPermanent());
    QCOMPARE(transport.requests.size(), 0);

    // The limits themselves are fine: 30 items, a 10-character bId, a 36-character requestid.
    QVector<QboBatchItem> full;
    for (int i = 0; i < 30; ++i)
        full.append(QboBatchItem::select(QStringLiteral("q%1").arg(i, 9, 10, QLatin1Char('0')),
                                         QboQuery::select(QStringLiteral("Term"))));
    transport.script.append(json(200, "{\"BatchItemResponse\":[]}"));
    const auto accepted = client.batch(full, QString(36, QLatin1Char('r')));
    QVERIFY2(accepted.ok(), qPrintable(accepted.reason()));
    QCOMPARE(transport.requests.size(), 1);
}

// ---- requestid and the shape of calls ---------------------------------------------------------

void TestQboParsing::requestIdChecks_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("forBatch");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("uuid") << QStringLiteral("6f1c2e1a-8d2b-5c3e-9f00-0123456789ab") << false
                          << true;
    QTest::newRow("50 characters") << QString(50, QLatin1Char('a')) << false << true;
    QTest::newRow("51 characters") << QString(51, QLatin1Char('a')) << false << false;
    QTest::newRow("36 in batch") << QString(36, QLatin1Char('a')) << true << true;
    QTest::newRow("37 in batch") << QString(37, QLatin1Char('a')) << true << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("space") << QStringLiteral("a b") << false << false;
    QTest::newRow("ampersand") << QStringLiteral("a&minorversion=3") << false << false;
    QTest::newRow("non-ASCII") << QStringLiteral("å") << false << false;
}

void TestQboParsing::requestIdChecks()
{
    QFETCH(QString, requestId);
    QFETCH(bool, forBatch);
    QFETCH(bool, accepted);

    QCOMPARE(!QboClient::checkRequestId(requestId, forBatch).has_value(), accepted);
    if (forBatch)
        return;

    FakeTransport transport;
    transport.script.append(
        json(200, "{\"Term\":{\"Id\":\"9\",\"SyncToken\":\"0\",\"Name\":\"Net 7\"}}"));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = client.create(
        QboEntity::Term,
        {{QStringLiteral("Name"), QStringLiteral("Net 7")}, {QStringLiteral("DueDays"), 7}},
        requestId);
    QCOMPARE(result.ok(), accepted);
    QCOMPARE(transport.requests.size(), accepted ? 1 : 0);
    if (accepted)
        QCOMPARE(queryOf(transport.requests.first()).queryItemValue(QStringLiteral("requestid")),
                 requestId);
    else
        QVERIFY(result.error().reason.contains(QLatin1String("not sent")));
}

void TestQboParsing::wireFormatOfCalls()
{
    FakeTransport transport;
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("https://quickbooks.api.intuit.com/")), Realm,
                     tokens);

    transport.script.append(json(200, "{\"Customer\":{\"Id\":\"58\",\"SyncToken\":\"0\","
                                      "\"DisplayName\":\"Åsa Öberg\"},\"time\":\"x\"}"));
    const auto created = client.create(
        QboEntity::Customer, {{QStringLiteral("DisplayName"), QStringLiteral("Åsa Öberg")}},
        QStringLiteral("req-1"));
    QVERIFY2(created.ok(), qPrintable(created.reason()));
    QCOMPARE(created->displayName(), QStringLiteral("Åsa Öberg"));
    QCOMPARE(created->entity(), std::optional<QboEntity>(QboEntity::Customer));
    const HttpRequest &post = transport.requests.last();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.url.toEncoded(), "https://quickbooks.api.intuit.com/v3/company/" +
                                       Realm.toUtf8() +
                                       "/customer?minorversion=75&requestid=req-1");
    QCOMPARE(post.header("Authorization"), QByteArray("Bearer access-0"));
    QCOMPARE(post.header("Accept"), QByteArray("application/json"));
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(post.body, QStringLiteral("{\"DisplayName\":\"Åsa Öberg\"}").toUtf8());

    const struct
    {
        QboEntity entity;
        const char *path;
    } reads[] = {
        {QboEntity::Customer, "customer/58"},
        {QboEntity::Item, "item/58"},
        {QboEntity::Term, "term/58"},
        {QboEntity::Account, "account/58"},
        {QboEntity::Vendor, "vendor/58"},
        {QboEntity::PaymentMethod, "paymentmethod/58"},
        {QboEntity::Invoice, "invoice/58"},
        {QboEntity::Estimate, "estimate/58"},
        {QboEntity::SalesReceipt, "salesreceipt/58"},
        {QboEntity::Payment, "payment/58"},
        {QboEntity::Purchase, "purchase/58"},
        {QboEntity::RefundReceipt, "refundreceipt/58"},
    };
    for (const auto &read : reads) {
        const QString name = qboEntityName(read.entity);
        transport.script.append(
            json(200, QStringLiteral("{\"%1\":{\"Id\":\"58\"}}").arg(name).toUtf8()));
        const auto result = client.read(read.entity, QStringLiteral("58"));
        QVERIFY2(result.ok(), qPrintable(name + result.reason()));
        QCOMPARE(result->entityName(), name);
        const HttpRequest &get = transport.requests.last();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.url.toEncoded(), "https://quickbooks.api.intuit.com/v3/company/" +
                                          Realm.toUtf8() + '/' + read.path + "?minorversion=75");
    }

    transport.script.append(json(200, "{\"CompanyInfo\":{\"Id\":\"1\",\"CompanyName\":\"Sandbox "
                                      "Company_US_1\",\"Country\":\"US\"}}"));
    const auto company = client.companyInfo();
    QVERIFY(company.ok());
    QCOMPARE(company->text(QStringLiteral("Country")), QStringLiteral("US"));
    QCOMPARE(transport.requests.last().url.path(),
             QStringLiteral("/v3/company/%1/companyinfo/%1").arg(Realm));

    transport.script.append(json(200, "{\"Preferences\":{\"SalesFormsPrefs\":{\"DefaultTerms\":"
                                      "{\"value\":\"3\"},\"CustomTxnNumbers\":false}}}"));
    const auto preferences = client.preferences();
    QVERIFY(preferences.ok());
    QCOMPARE(preferences->ref(QStringLiteral("SalesFormsPrefs.DefaultTerms")), QStringLiteral("3"));
    QCOMPARE(transport.requests.last().url.path(),
             QStringLiteral("/v3/company/%1/preferences").arg(Realm));

    // Read-only entities and odd ids are refused before anything is sent.
    const int sent = transport.requests.size();
    QVERIFY(!client.create(QboEntity::CompanyInfo, {}, QStringLiteral("r")).ok());
    QVERIFY(!client.read(QboEntity::Invoice, QStringLiteral("../preferences")).ok());
    QVERIFY(!client
                 .create(QboEntity::Invoice, {{QStringLiteral("Id"), QStringLiteral("1")}},
                         QStringLiteral("r"))
                 .ok());
    QboClient badRealm(transport, QUrl(QStringLiteral("https://quickbooks.api.intuit.com")),
                       QStringLiteral("1/../2"), tokens);
    QVERIFY(!badRealm.preferences().ok());
    QCOMPARE(transport.requests.size(), sent);

    // An answer without the entity asked for is an error, not an empty object.
    transport.script.append(json(200, "{\"Item\":{\"Id\":\"1\"}}"));
    QVERIFY(!client.read(QboEntity::Customer, QStringLiteral("1")).ok());
}

void TestQboParsing::sparseUpdateNeedsIdAndSyncToken()
{
    FakeTransport transport;
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    QVERIFY(!client
                 .sparseUpdate(QboEntity::Customer, {{QStringLiteral("Id"), QStringLiteral("5")}},
                               QStringLiteral("r-1"))
                 .ok());
    QCOMPARE(transport.requests.size(), 0);

    transport.script.append(json(200, "{\"Customer\":{\"Id\":\"5\",\"SyncToken\":\"1\","
                                      "\"Active\":false}}"));
    const auto updated = client.sparseUpdate(QboEntity::Customer,
                                             {{QStringLiteral("Id"), QStringLiteral("5")},
                                              {QStringLiteral("SyncToken"), QStringLiteral("0")},
                                              {QStringLiteral("Active"), false}},
                                             QStringLiteral("r-2"));
    QVERIFY2(updated.ok(), qPrintable(updated.reason()));
    QVERIFY(!updated->isActive());
    const QJsonObject sent = QJsonDocument::fromJson(transport.requests.first().body).object();
    QCOMPARE(sent.value(QStringLiteral("sparse")), QJsonValue(true));
    QCOMPARE(sent.value(QStringLiteral("SyncToken")).toString(), QStringLiteral("0"));
    QCOMPARE(transport.requests.first().url.path(),
             QStringLiteral("/v3/company/%1/customer").arg(Realm));
}

// ---- 401 → refresh → one retry -----------------------------------------------------------------

void TestQboParsing::unauthorizedRefreshesOnceAndRetries()
{
    FakeTransport transport;
    transport.script.append(answer(401, fixture("fault-3200-unauthorized.json"),
                                   {{"WWW-Authenticate", "Bearer realm=\"Intuit\", "
                                                         "error=\"invalid_token\""}}));
    transport.script.append(json(200, "{\"Invoice\":{\"Id\":\"130\",\"SyncToken\":\"0\"}}"));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto created =
        client.create(QboEntity::Invoice,
                      {{QStringLiteral("CustomerRef"),
                        QJsonObject{{QStringLiteral("value"), QStringLiteral("1")}}}},
                      QStringLiteral("req-401"));
    QVERIFY2(created.ok(), qPrintable(created.reason()));
    QCOMPARE(tokens.refreshes, 1);
    QCOMPARE(transport.requests.size(), 2);
    QCOMPARE(transport.requests.at(0).header("Authorization"), QByteArray("Bearer access-0"));
    QCOMPARE(transport.requests.at(1).header("Authorization"), QByteArray("Bearer access-1"));
    // The same request again: same URL (same requestid), same body.
    QCOMPARE(transport.requests.at(1).url, transport.requests.at(0).url);
    QCOMPARE(transport.requests.at(1).body, transport.requests.at(0).body);

    // A 3200 fault in a non-401 answer is treated the same way.
    transport.script.append(json(400, faultBody(QStringLiteral("3200"))));
    transport.script.append(json(200, "{\"Term\":{\"Id\":\"3\"}}"));
    QVERIFY(client.read(QboEntity::Term, QStringLiteral("3")).ok());
    QCOMPARE(tokens.refreshes, 2);
}

void TestQboParsing::refreshRefusedNeedsReconnect()
{
    FakeTransport transport;
    transport.script.append(json(401, fixture("fault-3200-unauthorized.json")));
    CountingTokens tokens;
    ApiError invalidGrant;
    invalidGrant.cls = ApiError::Class::NeedsReconnect;
    invalidGrant.httpStatus = 400;
    invalidGrant.code = QStringLiteral("invalid_grant");
    invalidGrant.reason = QStringLiteral("QuickBooks no longer accepts the saved sign-in.");
    tokens.failWith = invalidGrant;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = client.read(QboEntity::Customer, QStringLiteral("1"));
    QVERIFY(!result.ok());
    QVERIFY(result.error().needsReconnect());
    QCOMPARE(result.error().code, QStringLiteral("invalid_grant"));
    QCOMPARE(tokens.refreshes, 1);
    QCOMPARE(transport.requests.size(), 1); // no resend without a new token

    // A refresh refused in another way (Permanent) is a reconnect too.
    transport.script.append(json(401, QByteArray()));
    invalidGrant.cls = ApiError::Class::Permanent;
    tokens.failWith = invalidGrant;
    QVERIFY(client.read(QboEntity::Customer, QStringLiteral("1")).error().needsReconnect());
}

void TestQboParsing::refreshUnreachableIsTransient()
{
    FakeTransport transport;
    transport.script.append(json(401, fixture("fault-3200-unauthorized.json")));
    CountingTokens tokens;
    ApiError offline;
    offline.cls = ApiError::Class::Transient;
    offline.reason = QStringLiteral("Could not reach the QuickBooks sign-in service.");
    tokens.failWith = offline;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = client.read(QboEntity::Customer, QStringLiteral("1"));
    QVERIFY(!result.ok());
    QVERIFY(result.error().isTransient());
    QCOMPARE(transport.requests.size(), 1);
}

void TestQboParsing::stillUnauthorizedAfterRefreshNeedsReconnect()
{
    FakeTransport transport;
    transport.script.append(json(401, fixture("fault-3200-unauthorized.json")));
    transport.script.append(json(401, fixture("fault-3200-unauthorized.json")));
    transport.script.append(json(200, "{\"Customer\":{\"Id\":\"1\"}}"));
    CountingTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("http://127.0.0.1:1")), Realm, tokens);
    const auto result = client.read(QboEntity::Customer, QStringLiteral("1"));
    QVERIFY(!result.ok());
    QVERIFY(result.error().needsReconnect());
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(tokens.refreshes, 1);
    QCOMPARE(transport.requests.size(), 2); // one retry only
}

// ---- redaction -------------------------------------------------------------------------------

void TestQboParsing::redaction()
{
    HttpRequest request;
    request.method = "POST";
    request.url =
        QUrl(QStringLiteral("http://127.0.0.1:1/oauth2/v1/tokens/bearer?code=abc123&state=s"));
    request.setHeader("Authorization", "Basic Y2xpZW50OnNlY3JldA==");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.body = "grant_type=refresh_token&refresh_token=RT-very-secret&client_secret=shh";
    const QString line = Redaction::describe(request);
    QVERIFY2(!line.contains(QLatin1String("Y2xpZW50OnNlY3JldA")), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("RT-very-secret")), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("shh")), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("abc123")), qPrintable(line));
    QVERIFY(line.contains(QLatin1String("grant_type=refresh_token")));
    QVERIFY(line.contains(QLatin1String("state=s")));

    HttpResponse response;
    response.status = 200;
    response.body = "{\"access_token\":\"eyJ.secret\",\"refresh_token\":\"L311x\","
                    "\"id_token\":\"eyJ.id\",\"expires_in\":3600}";
    const QString answerLine = Redaction::describe(response);
    QVERIFY2(!answerLine.contains(QLatin1String("eyJ")), qPrintable(answerLine));
    QVERIFY(!answerLine.contains(QLatin1String("L311x")));
    QVERIFY(answerLine.contains(QLatin1String("\"expires_in\":3600")));

    QCOMPARE(Redaction::text(QStringLiteral("Authorization: Bearer eyJhbGciOi.abc-def_g")),
             QStringLiteral("Authorization: [redacted]"));
    QCOMPARE(Redaction::text(QStringLiteral("sent Bearer eyJhbGciOi.abc-def_g to QBO")),
             QStringLiteral("sent Bearer [redacted] to QBO"));
    // QBO's own error codes are kept: logs need them.
    QCOMPARE(Redaction::text(QStringLiteral("{\"code\":\"6240\",\"Message\":\"Duplicate\"}")),
             QStringLiteral("{\"code\":\"6240\",\"Message\":\"Duplicate\"}"));
    QCOMPARE(Redaction::text(QStringLiteral("message=AuthenticationFailed; errorCode=003200; "
                                            "statusCode=401")),
             QStringLiteral("message=AuthenticationFailed; errorCode=003200; statusCode=401"));
    const HttpHeaders headers = Redaction::headers(
        {{"authorization", "Bearer x"}, {"Cookie", "sid=1"}, {"intuit_tid", "1-2-3"}});
    QCOMPARE(headers.at(0).second, QByteArray("[redacted]"));
    QCOMPARE(headers.at(1).second, QByteArray("[redacted]"));
    QCOMPARE(headers.at(2).second, QByteArray("1-2-3"));
}

QTEST_GUILESS_MAIN(TestQboParsing)
#include "tst_qboparsing.moc"
