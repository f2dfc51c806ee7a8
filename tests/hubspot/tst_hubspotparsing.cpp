// The HubSpot client's wire format, limits and error mapping, with a scripted Transport below the
// seam (nothing above it is faked) and fixtures modelled on real captures (fixtures/README.md).
#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspoterror.h"
#include "core/hubspot/hubspotoauth.h"
#include "core/hubspot/hubspotobject.h"
#include "core/hubspot/hubspotprivateapptoken.h"
#include "core/hubspot/hubspotsearchrequest.h"
#include "core/net/tokensource.h"
#include "core/util/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <map>

using namespace bookflow;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BOOKFLOW_SOURCE_DIR "/tests/hubspot/fixtures/") +
               QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QJsonObject fixtureJson(const char *name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

HttpResponse answer(int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

HttpResponse json(int status, const QByteArray &body, HttpHeaders headers = {})
{
    headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=utf-8")));
    return answer(status, body, std::move(headers));
}

HttpResponse json(int status, const QJsonObject &body, HttpHeaders headers = {})
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(headers));
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
            return json(500, QByteArray("{\"status\":\"error\",\"message\":\"script exhausted\"}"));
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
    QString accessToken() override { return QStringLiteral("pat-na1-secret-%1").arg(refreshes); }
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

QJsonObject bodyOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString queryValue(const HttpRequest &request, const QString &name)
{
    return QUrlQuery(request.url).queryItemValue(name, QUrl::FullyDecoded);
}

const QUrl BaseUrl(QStringLiteral("https://api.hubapi.com"));

// A stand-in for HubSpot's search over `records` (id, modified ms), enough to prove the 10,000
// split: GTE/GT/LT filters on the modified property inside each group (groups OR'd), ascending
// sort on it, integer-offset paging, and HubSpot's refusal to page past 10,000.
struct SearchSimulator
{
    struct Row
    {
        QString id;
        qint64 modified;
    };
    QVector<Row> rows;
    QString property = QStringLiteral("hs_lastmodifieddate");
    bool sendIso = false; // the modified value as ISO text instead of epoch-ms text
    int refusedPastCap = 0;
    QVector<QJsonObject> bodies;
    bool sorted = false;

    // One filter on the modified property, read once per request: GTE, GT or LT.
    struct Bound
    {
        QString op;
        qint64 value = 0;
        bool admits(qint64 modified) const
        {
            if (op == QLatin1String("GTE"))
                return modified >= value;
            if (op == QLatin1String("GT"))
                return modified > value;
            if (op == QLatin1String("LT"))
                return modified < value;
            return true;
        }
    };

    HttpResponse operator()(const HttpRequest &request)
    {
        const QJsonObject body = bodyOf(request);
        bodies.append(body);
        const int limit = body.value(QStringLiteral("limit")).toInt(10);
        const int after = body.value(QStringLiteral("after")).toString(QStringLiteral("0")).toInt();
        if (after + limit > 10000) {
            ++refusedPastCap;
            return json(
                400, QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("paging past 10,000 results")}});
        }
        // Ascending by modified, ties in a fixed order (as stable as HubSpot's appears to be).
        if (!sorted) {
            std::stable_sort(rows.begin(), rows.end(),
                             [](const Row &a, const Row &b) { return a.modified < b.modified; });
            sorted = true;
        }
        QVector<QVector<Bound>> groups;
        for (const QJsonValue &group : body.value(QStringLiteral("filterGroups")).toArray()) {
            QVector<Bound> bounds;
            for (const QJsonValue &value :
                 group.toObject().value(QStringLiteral("filters")).toArray()) {
                const QJsonObject filter = value.toObject();
                if (filter.value(QStringLiteral("propertyName")).toString() == property)
                    bounds.append({filter.value(QStringLiteral("operator")).toString(),
                                   filter.value(QStringLiteral("value")).toString().toLongLong()});
            }
            groups.append(bounds);
        }
        QVector<Row> hits;
        for (const Row &row : rows) {
            bool any = groups.isEmpty();
            for (const QVector<Bound> &bounds : groups) {
                bool all = true;
                for (const Bound &bound : bounds)
                    all = all && bound.admits(row.modified);
                any = any || all;
            }
            if (any)
                hits.append(row);
        }
        QJsonArray results;
        for (int i = after; i < qMin(int(hits.size()), after + limit); ++i) {
            const Row &row = hits.at(i);
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(row.modified, QTimeZone::utc());
            const QString iso = at.toString(Qt::ISODateWithMs);
            results.append(
                QJsonObject{{QStringLiteral("id"), row.id},
                            {QStringLiteral("properties"),
                             QJsonObject{{property, sendIso ? iso : QString::number(row.modified)},
                                         {QStringLiteral("hs_object_id"), row.id}}},
                            {QStringLiteral("createdAt"), iso},
                            {QStringLiteral("updatedAt"), iso},
                            {QStringLiteral("archived"), false}});
        }
        QJsonObject out{{QStringLiteral("total"), hits.size()},
                        {QStringLiteral("results"), results}};
        if (after + limit < hits.size())
            out.insert(QStringLiteral("paging"),
                       QJsonObject{{QStringLiteral("next"),
                                    QJsonObject{{QStringLiteral("after"),
                                                 QString::number(after + limit)}}}});
        return json(200, out);
    }
};

QVector<QString> collectedMessages;

void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    collectedMessages.append(message);
}

} // namespace

class TestHubSpotParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    // objects and records
    void objectNamesAndTypeIds();
    void getReadsPropertiesExactlyAsSent();
    void associationKeyQuirks_data();
    void associationKeyQuirks();
    void associationPagesAt100AreFollowed();
    void idsAreRefusedWhenUnsafe();
    void listFollowsTheAfterCursor();
    void batchReadSplitsAt100AndReportsPerId();
    void batchUpdateSplitsAt100AndReportsPerId();
    void updatePatchesProperties();

    // search
    void searchRequestJsonIsAsDocumented();
    void searchLimitsAreRefusedBeforeSending_data();
    void searchLimitsAreRefusedBeforeSending();
    void searchPageUsesIntegerOffsets();
    void searchAllSplitsPastTenThousand_data();
    void searchAllSplitsPastTenThousand();
    void searchAllKeepsUserFiltersInEveryGroup();
    void searchAllStopsWhenOneInstantHoldsTenThousand();
    void searchAllRefusesWhenTheSplitFilterDoesNotFit();

    // errors
    void errorClasses_data();
    void errorClasses();
    void notFoundNamesTheRecord();
    void missingScopesAreNamed();
    void dailyLimitWaitsUntilPortalMidnight();
    void unauthorizedRefreshesOnceAndRetriesOnce();
    void refusedRefreshNeedsReconnect();
    void unreachableTokenEndpointStaysTransient();
    void privateAppTokenCannotBeRefreshed();
    void rateLimitHeadersAreExposed();
    void secretsAreNotLogged();

    // properties and associations v4
    void propertiesAreRead();
    void createPropertyTreatsConflictAsSuccess();
    void associationsV4FollowsPaging();
    void batchAssociationsSplitsAt1000();
    void batchAssociationsReadsMultiStatus();

    // OAuth
    void authorizeUrlEncodesScopes();
    void tokenResponseAndExpiry();
    void codeExchangeAndRefreshSendTheForm();
    void invalidGrantNeedsReconnect();
    void tokenEndpointTroubleIsTransient();

private:
    FakeTransport m_transport;
    CountingTokens m_tokens;
    FixedClock m_clock{QDateTime(QDate(2024, 3, 27), QTime(18, 0), QTimeZone::utc())};
};

void TestHubSpotParsing::init()
{
    m_transport.requests.clear();
    m_transport.script.clear();
    m_transport.handler = nullptr;
    m_tokens.refreshes = 0;
    m_tokens.failWith.reset();
}

// --- objects and records -----------------------------------------------------------------------

void TestHubSpotParsing::objectNamesAndTypeIds()
{
    const QList<QPair<HubSpotObject, QPair<const char *, const char *>>> expected = {
        {HubSpotObject::Deal, {"deals", "0-3"}},
        {HubSpotObject::Quote, {"quotes", "0-14"}},
        {HubSpotObject::LineItem, {"line_items", "0-8"}},
        {HubSpotObject::Contact, {"contacts", "0-1"}},
        {HubSpotObject::Product, {"products", "0-7"}},
        {HubSpotObject::CommercePayment, {"commerce_payments", "0-101"}},
    };
    QCOMPARE(allHubSpotObjects().size(), expected.size());
    for (const auto &[object, names] : expected) {
        QCOMPARE(hubSpotObjectPath(object), QString::fromLatin1(names.first));
        QCOMPARE(hubSpotObjectTypeId(object), QString::fromLatin1(names.second));
        QVERIFY(hubSpotObjectFromName(QString::fromLatin1(names.first)) == object);
        QVERIFY(hubSpotObjectFromName(QString::fromLatin1(names.second)) == object);
    }
    QVERIFY(hubSpotObjectFromName(QStringLiteral("line items")) == HubSpotObject::LineItem);
    QVERIFY(hubSpotObjectFromName(QStringLiteral("line_item")) == HubSpotObject::LineItem);
    QVERIFY(hubSpotObjectFromName(QStringLiteral("Line Items")) == HubSpotObject::LineItem);
    QVERIFY(hubSpotObjectFromName(QStringLiteral("deal")) == HubSpotObject::Deal);
    QVERIFY(!hubSpotObjectFromName(QStringLiteral("companies")));
    QVERIFY(!hubSpotObjectFromName(QStringLiteral("p20215080_partner")));
    QCOMPARE(hubSpotModifiedProperty(HubSpotObject::Contact), QStringLiteral("lastmodifieddate"));
    QCOMPARE(hubSpotModifiedProperty(HubSpotObject::Deal), QStringLiteral("hs_lastmodifieddate"));
}

void TestHubSpotParsing::getReadsPropertiesExactlyAsSent()
{
    m_transport.script = {json(200, fixture("deal-get-associations.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto deal = client.get(
        HubSpotObject::Deal, QStringLiteral("14795354663"),
        {QStringLiteral("dealname"), QStringLiteral("amount"), QStringLiteral("hubspot_owner_id")},
        {HubSpotObject::Contact, HubSpotObject::LineItem});
    QVERIFY2(deal.ok(), qPrintable(deal.reason()));

    QCOMPARE(m_transport.requests.size(), 1);
    const HttpRequest &request = m_transport.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url.path(), QStringLiteral("/crm/v3/objects/deals/14795354663"));
    QCOMPARE(queryValue(request, QStringLiteral("properties")),
             QStringLiteral("dealname,amount,hubspot_owner_id"));
    QCOMPARE(queryValue(request, QStringLiteral("associations")),
             QStringLiteral("contacts,line_items"));
    QCOMPARE(queryValue(request, QStringLiteral("archived")), QStringLiteral("false"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer pat-na1-secret-0"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.body.isEmpty());

    // Properties exactly as sent: strings stay strings, null stays null, "" stays "".
    QCOMPARE(deal->id, QStringLiteral("14795354663"));
    QCOMPARE(deal->properties.value(QStringLiteral("amount")),
             QJsonValue(QStringLiteral("1500.00")));
    QVERIFY(deal->properties.value(QStringLiteral("hubspot_owner_id")).isNull());
    QVERIFY(deal->properties.contains(QStringLiteral("hubspot_owner_id")));
    QCOMPARE(deal->properties.value(QStringLiteral("description")), QJsonValue(QString()));
    QVERIFY(!deal->properties.contains(QStringLiteral("unknown")));
    QCOMPARE(
        deal->properties,
        fixtureJson("deal-get-associations.json").value(QStringLiteral("properties")).toObject());
    QCOMPARE(deal->createdAt, QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(deal->updatedAt, QDateTime(QDate(2024, 3, 27), QTime(18, 4, 12, 2), QTimeZone::utc()));
    QVERIFY(!deal->archived);
    // Only the types asked for; companies are not read.
    QCOMPARE(deal->associations.size(), 2);
}

void TestHubSpotParsing::associationKeyQuirks_data()
{
    QTest::addColumn<QByteArray>("fixtureName");
    QTest::addColumn<QString>("recordId");
    QTest::addColumn<QStringList>("lineItems");
    QTest::addColumn<QStringList>("contacts");
    QTest::addColumn<QStringList>("deals");

    // "line items" with a space; number and string ids; the same contact twice (two labels);
    // ids out of order → de-duplicated, ascending numerically.
    QTest::newRow("line items (space)")
        << QByteArray("deal-get-associations.json") << QStringLiteral("14795354663")
        << QStringList{QStringLiteral("75895447"), QStringLiteral("256143985")}
        << QStringList{QStringLiteral("301"), QStringLiteral("5790939450"),
                       QStringLiteral("17705714757")}
        << QStringList{};
    QTest::newRow("line_items (underscore)")
        << QByteArray("quote-get-line-items-underscore.json") << QStringLiteral("115045534742")
        << QStringList{QStringLiteral("9"), QStringLiteral("75895447")} << QStringList{}
        << QStringList{QStringLiteral("14795354663")};
    QTest::newRow("line_item (singular), number record id")
        << QByteArray("quote-get-line-item-singular.json") << QStringLiteral("115045534743")
        << QStringList{QStringLiteral("9"), QStringLiteral("10")} << QStringList{} << QStringList{};
}

void TestHubSpotParsing::associationKeyQuirks()
{
    QFETCH(QByteArray, fixtureName);
    QFETCH(QString, recordId);
    QFETCH(QStringList, lineItems);
    QFETCH(QStringList, contacts);
    QFETCH(QStringList, deals);

    m_transport.script = {json(200, fixture(fixtureName.constData()))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto record =
        client.get(HubSpotObject::Quote, recordId, {},
                   {HubSpotObject::LineItem, HubSpotObject::Contact, HubSpotObject::Deal});
    QVERIFY2(record.ok(), qPrintable(record.reason()));
    QCOMPARE(record->id, recordId);
    // Every type asked for is present, empty when HubSpot sent no block for it.
    QCOMPARE(record->associations.size(), 3);
    QCOMPARE(record->associations.value(HubSpotObject::LineItem), lineItems);
    QCOMPARE(record->associations.value(HubSpotObject::Contact), contacts);
    QCOMPARE(record->associations.value(HubSpotObject::Deal), deals);
    QCOMPARE(m_transport.requests.size(), 1);
}

void TestHubSpotParsing::associationPagesAt100AreFollowed()
{
    m_transport.script = {json(200, fixture("deal-get-associations-paged.json")),
                          json(200, fixture("associations-v3-contacts-page2.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto deal = client.get(HubSpotObject::Deal, QStringLiteral("42"),
                                 {QStringLiteral("dealname")}, {HubSpotObject::Contact});
    QVERIFY2(deal.ok(), qPrintable(deal.reason()));
    QCOMPARE(m_transport.requests.size(), 2);
    const HttpRequest &next = m_transport.requests.at(1);
    QCOMPARE(next.method, QByteArray("GET"));
    QCOMPARE(next.url.path(), QStringLiteral("/crm/v3/objects/deals/42/associations/contacts"));
    QCOMPARE(queryValue(next, QStringLiteral("after")), QStringLiteral("100"));
    QCOMPARE(queryValue(next, QStringLiteral("limit")), QStringLiteral("100"));

    const QStringList contacts = deal->associations.value(HubSpotObject::Contact);
    QCOMPARE(contacts.size(), 130); // 100 + 30, the repeated 1000 once
    QCOMPARE(contacts.first(), QStringLiteral("1000"));
    QCOMPARE(contacts.last(), QStringLiteral("1129"));
}

void TestHubSpotParsing::idsAreRefusedWhenUnsafe()
{
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    for (const QString &id :
         {QString(), QStringLiteral("12/../34"), QStringLiteral("1?x=2"), QStringLiteral("1 2")}) {
        const auto record = client.get(HubSpotObject::Deal, id, {});
        QVERIFY(!record.ok());
        QVERIFY(record.error().isPermanent());
    }
    QVERIFY(m_transport.requests.isEmpty());
}

void TestHubSpotParsing::listFollowsTheAfterCursor()
{
    m_transport.script = {json(200, fixture("objects-list-page1.json")),
                          json(200, fixture("objects-list-page2.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto all =
        client.listAll(HubSpotObject::Product, {QStringLiteral("name"), QStringLiteral("price")});
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, QStringLiteral("513881705057"));
    QVERIFY(all->at(1).properties.value(QStringLiteral("price")).isNull());

    QCOMPARE(m_transport.requests.size(), 2);
    QCOMPARE(m_transport.requests.at(0).url.path(), QStringLiteral("/crm/v3/objects/products"));
    QCOMPARE(queryValue(m_transport.requests.at(0), QStringLiteral("limit")),
             QStringLiteral("100"));
    QVERIFY(!QUrlQuery(m_transport.requests.at(0).url).hasQueryItem(QStringLiteral("after")));
    QCOMPARE(queryValue(m_transport.requests.at(1), QStringLiteral("after")),
             QStringLiteral("513881705058"));
    QCOMPARE(queryValue(m_transport.requests.at(1), QStringLiteral("properties")),
             QStringLiteral("name,price"));

    // HubSpot: list limit ≤ 100.
    const auto tooMany = client.list(HubSpotObject::Product, {}, 101);
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.reason().contains(QLatin1String("100")));
    QCOMPARE(m_transport.requests.size(), 2);
}

void TestHubSpotParsing::batchReadSplitsAt100AndReportsPerId()
{
    // 250 distinct ids (+ duplicates) → 100 + 100 + 50. Id 987654 is reported missing.
    QStringList ids;
    for (int i = 0; i < 250; ++i)
        ids.append(QString::number(10000 + i));
    ids.append(QStringLiteral("10000"));
    ids.append(QStringLiteral("10001"));
    ids.replace(7, QStringLiteral("987654"));

    m_transport.handler = [](const HttpRequest &request) {
        const QJsonArray inputs = bodyOf(request).value(QStringLiteral("inputs")).toArray();
        QJsonArray results;
        QJsonArray errors;
        for (const QJsonValue &input : inputs) {
            const QString id = input.toObject().value(QStringLiteral("id")).toString();
            if (id == QLatin1String("987654")) {
                errors.append(fixtureJson("batch-read-multistatus.json")
                                  .value(QStringLiteral("errors"))
                                  .toArray()
                                  .first());
                continue;
            }
            results.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("dealname"), QStringLiteral("Deal %1").arg(id)},
                             {QStringLiteral("amount"), QJsonValue::Null}}},
                {QStringLiteral("createdAt"), QStringLiteral("2024-01-02T10:00:00.000Z")},
                {QStringLiteral("updatedAt"), QStringLiteral("2024-01-02T10:00:00.000Z")},
                {QStringLiteral("archived"), false}});
        }
        // HubSpot does not promise result order; answer backwards to prove it is not needed.
        QJsonArray reversed;
        for (qsizetype i = results.size() - 1; i >= 0; --i)
            reversed.append(results.at(i));
        QJsonObject out{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                        {QStringLiteral("results"), reversed}};
        if (!errors.isEmpty()) {
            out.insert(QStringLiteral("numErrors"), errors.size());
            out.insert(QStringLiteral("errors"), errors);
            return json(207, out);
        }
        return json(200, out);
    };
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto result = client.batchRead(HubSpotObject::Deal, ids,
                                         {QStringLiteral("dealname"), QStringLiteral("amount")});
    QVERIFY2(result.ok(), qPrintable(result.reason()));

    QCOMPARE(m_transport.requests.size(), 3);
    QList<qsizetype> sizes;
    for (const HttpRequest &request : m_transport.requests) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.path(), QStringLiteral("/crm/v3/objects/deals/batch/read"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = bodyOf(request);
        QCOMPARE(body.value(QStringLiteral("properties")).toArray(),
                 (QJsonArray{QStringLiteral("dealname"), QStringLiteral("amount")}));
        sizes.append(body.value(QStringLiteral("inputs")).toArray().size());
    }
    QCOMPARE(sizes, (QList<qsizetype>{100, 100, 50}));

    QCOMPARE(result->records.size(), 249);
    QCOMPARE(result->records.first().id, QStringLiteral("10000")); // the order asked for
    QVERIFY(result->records.first().properties.value(QStringLiteral("amount")).isNull());
    QCOMPARE(result->errors.size(), 1);
    const ApiError missing = result->errors.value(QStringLiteral("987654"));
    QVERIFY(missing.isPermanent());
    QCOMPARE(missing.code, QStringLiteral("OBJECT_NOT_FOUND"));
    QCOMPARE(missing.reason, QStringLiteral("The deal 987654 no longer exists in HubSpot."));

    // The recorded fixture as it is: one result, one error.
    m_transport.handler = nullptr;
    m_transport.requests.clear();
    m_transport.script = {json(207, fixture("batch-read-multistatus.json"))};
    const auto small =
        client.batchRead(HubSpotObject::Deal, {QStringLiteral("7891023"), QStringLiteral("987654")},
                         {QStringLiteral("dealname")});
    QVERIFY2(small.ok(), qPrintable(small.reason()));
    QCOMPARE(small->records.size(), 1);
    QCOMPARE(small->records.first().text(QStringLiteral("dealstage")), QStringLiteral("closedwon"));
    QVERIFY(small->errors.contains(QStringLiteral("987654")));
}

void TestHubSpotParsing::batchUpdateSplitsAt100AndReportsPerId()
{
    QVector<HubSpotRecordUpdate> updates;
    for (int i = 0; i < 201; ++i)
        updates.append(
            {QString::number(1001 + i), QJsonObject{{QStringLiteral("bookflow_invoice_number"),
                                                     QStringLiteral("INV-%1").arg(1001 + i)}}});
    m_transport.handler = [](const HttpRequest &request) {
        const QJsonArray inputs = bodyOf(request).value(QStringLiteral("inputs")).toArray();
        if (inputs.first().toObject().value(QStringLiteral("id")).toString() ==
            QLatin1String("1001"))
            return json(207, fixture("batch-update-multistatus.json")); // 1001 ok, 1002 refused
        QJsonArray results;
        for (const QJsonValue &input : inputs)
            results.append(QJsonObject{
                {QStringLiteral("id"), input.toObject().value(QStringLiteral("id"))},
                {QStringLiteral("properties"),
                 input.toObject().value(QStringLiteral("properties"))},
                {QStringLiteral("updatedAt"), QStringLiteral("2024-08-15T17:09:13.648Z")}});
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                                     {QStringLiteral("results"), results}});
    };
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto result = client.batchUpdate(HubSpotObject::Deal, updates);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(m_transport.requests.size(), 3);
    QCOMPARE(m_transport.requests.at(0).url.path(),
             QStringLiteral("/crm/v3/objects/deals/batch/update"));
    const QJsonArray first =
        bodyOf(m_transport.requests.at(0)).value(QStringLiteral("inputs")).toArray();
    QCOMPARE(first.size(), 100);
    QCOMPARE(first.first().toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("1001")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("bookflow_invoice_number"),
                                        QStringLiteral("INV-1001")}}}}));
    QCOMPARE(bodyOf(m_transport.requests.at(2)).value(QStringLiteral("inputs")).toArray().size(),
             1);

    // The first chunk's fixture answered 1001 and refused 1002; 1003–1100 got nothing back.
    const ApiError refused = result->errors.value(QStringLiteral("1002"));
    QVERIFY(refused.isPermanent());
    QCOMPARE(refused.code, QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(refused.reason.contains(QLatin1String("Property \"missing\" does not exist")),
             qPrintable(refused.reason));
    QVERIFY(!refused.reason.contains(QLatin1String("isValid"))); // the inner JSON is unpacked
    QVERIFY(result->errors.value(QStringLiteral("1003")).isTransient());
    QCOMPARE(result->errors.size(), 1 + 98);
    QCOMPARE(result->records.size(), 1 + 101);

    // The same id twice is refused before anything is sent.
    m_transport.requests.clear();
    const auto twice = client.batchUpdate(HubSpotObject::Deal, {updates.at(0), updates.at(0)});
    QVERIFY(!twice.ok());
    QVERIFY(twice.reason().contains(QLatin1String("1001")));
    QVERIFY(m_transport.requests.isEmpty());
}

void TestHubSpotParsing::updatePatchesProperties()
{
    m_transport.script = {json(200, fixture("contact-get.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto updated = client.update(HubSpotObject::Contact, QStringLiteral("301"),
                                       {{QStringLiteral("lastname"), QStringLiteral("Bombadil")}});
    QVERIFY2(updated.ok(), qPrintable(updated.reason()));
    QCOMPARE(updated->text(QStringLiteral("firstname")), QStringLiteral("Tom"));
    const HttpRequest &request = m_transport.requests.first();
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.url.toString(),
             QStringLiteral("https://api.hubapi.com/crm/v3/objects/contacts/301"));
    QCOMPARE(
        bodyOf(request),
        (QJsonObject{{QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("lastname"), QStringLiteral("Bombadil")}}}}));
    QVERIFY(!client.update(HubSpotObject::Contact, QStringLiteral("301"), {}).ok());
    QCOMPARE(m_transport.requests.size(), 1);
}

// --- search ----------------------------------------------------------------------------------

void TestHubSpotParsing::searchRequestJsonIsAsDocumented()
{
    // The search guide's AND/OR example: "Alice AND not Smith, OR no email".
    HubSpotSearchRequest andOr;
    andOr.where(HubSpotFilter::eq(QStringLiteral("firstname"), QStringLiteral("Alice")))
        .where(HubSpotFilter::neq(QStringLiteral("lastname"), QStringLiteral("Smith")))
        .orGroup()
        .where(HubSpotFilter::notHasProperty(QStringLiteral("email")));
    QVERIFY(!andOr.problem());
    QCOMPARE(andOr.toJson(), fixtureJson("search-request-filtergroups-and-or.json"));

    HubSpotSearchRequest between;
    between.where(HubSpotFilter::between(QStringLiteral("hs_lastmodifieddate"),
                                         QStringLiteral("1579514400000"),
                                         QStringLiteral("1642672800000")));
    QCOMPARE(between.toJson(), fixtureJson("search-request-between-operator.json"));

    HubSpotSearchRequest in;
    in.where(HubSpotFilter::in(QStringLiteral("enumeration_property"),
                               {QStringLiteral("value_1"), QStringLiteral("value_2")}))
        .setProperties({QStringLiteral("annualrevenue"), QStringLiteral("enumeration_property"),
                        QStringLiteral("name")});
    QCOMPARE(in.toJson(), fixtureJson("search-request-in-operator.json"));

    HubSpotSearchRequest refunded;
    refunded
        .where(HubSpotFilter::eq(QStringLiteral("hs_latest_status"), QStringLiteral("refunded")))
        .setProperties({QStringLiteral("hs_latest_status"), QStringLiteral("hs_customer_email")});
    QCOMPARE(refunded.toJson(), fixtureJson("commerce-payment-search-request-refunded.json"));

    // Sort, limit, after (a string), query.
    HubSpotSearchRequest paged;
    paged.where(HubSpotFilter::hasProperty(QStringLiteral("amount")))
        .sortBy(QStringLiteral("hs_lastmodifieddate"), HubSpotSearchRequest::Direction::Ascending)
        .setLimit(200)
        .setAfter(400)
        .setQuery(QStringLiteral("acme"));
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "filterGroups": [{"filters": [{"propertyName": "amount", "operator": "HAS_PROPERTY"}]}],
        "sorts": [{"propertyName": "hs_lastmodifieddate", "direction": "ASCENDING"}],
        "query": "acme", "limit": 200, "after": "400"})")
                                     .object();
    QCOMPARE(paged.toJson(), expected);

    // Every operator's name as HubSpot spells it, and its value shape.
    const QList<QPair<HubSpotFilter, QByteArray>> shapes = {
        {HubSpotFilter::lt(QStringLiteral("p"), QStringLiteral("1")),
         R"({"propertyName":"p","operator":"LT","value":"1"})"},
        {HubSpotFilter::lte(QStringLiteral("p"), QStringLiteral("1")),
         R"({"propertyName":"p","operator":"LTE","value":"1"})"},
        {HubSpotFilter::gt(QStringLiteral("p"), QStringLiteral("1")),
         R"({"propertyName":"p","operator":"GT","value":"1"})"},
        {HubSpotFilter::gte(QStringLiteral("p"), QStringLiteral("1")),
         R"({"propertyName":"p","operator":"GTE","value":"1"})"},
        {HubSpotFilter::notIn(QStringLiteral("p"), {QStringLiteral("a")}),
         R"({"propertyName":"p","operator":"NOT_IN","values":["a"]})"},
        {HubSpotFilter::hasProperty(QStringLiteral("p")),
         R"({"propertyName":"p","operator":"HAS_PROPERTY"})"},
        {HubSpotFilter::containsToken(QStringLiteral("email"), QStringLiteral("*@hubspot.com")),
         R"({"propertyName":"email","operator":"CONTAINS_TOKEN","value":"*@hubspot.com"})"},
        {HubSpotFilter::notContainsToken(QStringLiteral("p"), QStringLiteral("x")),
         R"({"propertyName":"p","operator":"NOT_CONTAINS_TOKEN","value":"x"})"},
    };
    for (const auto &[filter, text] : shapes) {
        QVERIFY2(!filter.problem(), text.constData());
        QCOMPARE(filter.toJson(), QJsonDocument::fromJson(text).object());
        QCOMPARE(HubSpotFilter::operatorFromName(HubSpotFilter::operatorName(filter.op)),
                 filter.op);
    }
}

void TestHubSpotParsing::searchLimitsAreRefusedBeforeSending_data()
{
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("filtersPerGroup");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("expected"); // words the reason must contain; empty = allowed

    QTest::newRow("5 × 3 = 15 filters, fine") << 5 << 3 << 200 << 0 << QString();
    QTest::newRow("3 × 6 = 18 filters, fine") << 3 << 6 << 200 << 9800 << QString();
    QTest::newRow("6 groups") << 6 << 1 << 10 << 0 << QStringLiteral("at most 5 filter groups");
    QTest::newRow("7 filters in a group")
        << 1 << 7 << 10 << 0 << QStringLiteral("at most 6 filters");
    QTest::newRow("19 filters in all") << 4 << 5 << 10 << 0 << QStringLiteral("at most 18 filters");
    QTest::newRow("limit 201") << 1 << 1 << 201 << 0 << QStringLiteral("1 to 200");
    QTest::newRow("past 10,000") << 1 << 1 << 200 << 9900 << QStringLiteral("10,000");
}

void TestHubSpotParsing::searchLimitsAreRefusedBeforeSending()
{
    QFETCH(int, groups);
    QFETCH(int, filtersPerGroup);
    QFETCH(int, limit);
    QFETCH(int, after);
    QFETCH(QString, expected);

    HubSpotSearchRequest request;
    for (int g = 0; g < groups; ++g) {
        request.orGroup();
        for (int f = 0; f < filtersPerGroup; ++f)
            request.where(HubSpotFilter::eq(QStringLiteral("p%1").arg(f), QStringLiteral("v")));
    }
    request.setLimit(limit).setAfter(after);
    QCOMPARE(request.groups().size(), groups);

    m_transport.script = {json(200, fixture("search-response-contacts-no-paging.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto page = client.search(HubSpotObject::Contact, request);
    if (expected.isEmpty()) {
        QVERIFY2(page.ok(), qPrintable(page.reason()));
        QCOMPARE(m_transport.requests.size(), 1);
        return;
    }
    QVERIFY(!page.ok());
    QVERIFY(page.error().isPermanent());
    QVERIFY2(page.reason().contains(expected), qPrintable(page.reason()));
    QVERIFY(m_transport.requests.isEmpty());
}

void TestHubSpotParsing::searchPageUsesIntegerOffsets()
{
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    // Filter shape problems are refused too.
    const QList<HubSpotFilter> bad = {
        HubSpotFilter::eq(QStringLiteral("p"), QString()),
        HubSpotFilter::in(QStringLiteral("p"), {}),
        HubSpotFilter::between(QStringLiteral("p"), QStringLiteral("1"), QString()),
        [] {
            HubSpotFilter f = HubSpotFilter::hasProperty(QStringLiteral("p"));
            f.value = QStringLiteral("x"); // HubSpot rejects a value here
            return f;
        }(),
        HubSpotFilter::eq(QString(), QStringLiteral("v")),
    };
    for (const HubSpotFilter &filter : bad) {
        HubSpotSearchRequest request;
        request.where(filter);
        QVERIFY(request.problem());
        QVERIFY(!client.search(HubSpotObject::Deal, request).ok());
    }
    // A body over 3,000 characters.
    QStringList many;
    for (int i = 0; i < 400; ++i)
        many.append(QStringLiteral("value%1").arg(i));
    HubSpotSearchRequest huge;
    huge.where(HubSpotFilter::in(QStringLiteral("dealstage"), many));
    QVERIFY(huge.problem());
    QVERIFY(huge.problem()->contains(QLatin1String("3,000")));
    QVERIFY(m_transport.requests.isEmpty());

    m_transport.script = {json(200, fixture("search-response-deals-page.json"))};
    HubSpotSearchRequest request;
    request.where(HubSpotFilter::gte(QStringLiteral("amount"), QStringLiteral("1000")))
        .setLimit(10);
    const auto page = client.search(HubSpotObject::Deal, request);
    QVERIFY2(page.ok(), qPrintable(page.reason()));
    QCOMPARE(m_transport.requests.first().url.path(),
             QStringLiteral("/crm/v3/objects/deals/search"));
    QCOMPARE(m_transport.requests.first().method, QByteArray("POST"));
    QCOMPARE(bodyOf(m_transport.requests.first()), request.toJson());
    QCOMPARE(page->total, qint64(38));
    QCOMPARE(page->records.size(), 1);
    QCOMPARE(page->nextAfter.value_or(-1), 10);

    m_transport.script = {json(200, fixture("search-response-contacts-no-paging.json"))};
    const auto last = client.search(HubSpotObject::Contact, HubSpotSearchRequest());
    QVERIFY(last.ok());
    QVERIFY(!last->nextAfter);
    QCOMPARE(last->records.size(), 2);
    QCOMPARE(bodyOf(m_transport.requests.last()),
             (QJsonObject{{QStringLiteral("filterGroups"), QJsonArray()}}));
}

void TestHubSpotParsing::searchAllSplitsPastTenThousand_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("sameInstantEvery"); // rows share a modified ms in runs of this size
    QTest::addColumn<bool>("iso");
    QTest::addColumn<bool>("contacts");
    QTest::addColumn<int>("expectedSplits");

    QTest::newRow("10,450 distinct instants") << 10450 << 1 << false << false << 1;
    QTest::newRow("21,003 with runs of 7 equal instants, ISO values")
        << 21003 << 7 << true << false << 2;
    QTest::newRow("10,001 contacts (lastmodifieddate)") << 10001 << 3 << false << true << 1;
    QTest::newRow("exactly 10,000") << 10000 << 1 << false << false << 0;
}

void TestHubSpotParsing::searchAllSplitsPastTenThousand()
{
    QFETCH(int, count);
    QFETCH(int, sameInstantEvery);
    QFETCH(bool, iso);
    QFETCH(bool, contacts);
    QFETCH(int, expectedSplits);

    SearchSimulator simulator;
    simulator.sendIso = iso;
    if (contacts)
        simulator.property = QStringLiteral("lastmodifieddate");
    const qint64 start =
        QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        simulator.rows.append(
            {QString::number(500000 + i), start + qint64(i / sameInstantEvery) * 1000});
    // HubSpot returns ids in no particular order inside an instant: shuffle deterministically.
    std::reverse(simulator.rows.begin(), simulator.rows.end());
    m_transport.handler = std::ref(simulator);

    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    HubSpotSearchRequest request;
    request.setProperties({QStringLiteral("dealname")});
    const auto all =
        client.searchAll(contacts ? HubSpotObject::Contact : HubSpotObject::Deal, request);
    QVERIFY2(all.ok(), qPrintable(all.reason()));

    // Every record exactly once.
    QCOMPARE(all->size(), count);
    QSet<QString> ids;
    for (const HubSpotRecord &record : all.value())
        ids.insert(record.id);
    QCOMPARE(ids.size(), count);

    // No request was refused, none asked past 10,000, every one sorted ascending on the
    // modified property, which was asked for.
    QCOMPARE(simulator.refusedPastCap, 0);
    int splits = 0;
    QString previousBound;
    for (const QJsonObject &body : simulator.bodies) {
        QVERIFY(body.value(QStringLiteral("after")).toString(QStringLiteral("0")).toInt() +
                    body.value(QStringLiteral("limit")).toInt() <=
                10000);
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 200);
        QCOMPARE(
            body.value(QStringLiteral("sorts")).toArray(),
            (QJsonArray{QJsonObject{{QStringLiteral("propertyName"), simulator.property},
                                    {QStringLiteral("direction"), QStringLiteral("ASCENDING")}}}));
        QVERIFY(body.value(QStringLiteral("properties")).toArray().contains(simulator.property));
        const QJsonArray groups = body.value(QStringLiteral("filterGroups")).toArray();
        if (!groups.isEmpty()) {
            const QJsonObject bound = groups.first()
                                          .toObject()
                                          .value(QStringLiteral("filters"))
                                          .toArray()
                                          .last()
                                          .toObject();
            QCOMPARE(bound.value(QStringLiteral("propertyName")).toString(), simulator.property);
            QCOMPARE(bound.value(QStringLiteral("operator")).toString(), QStringLiteral("GTE"));
            const QString value = bound.value(QStringLiteral("value")).toString();
            QVERIFY(value.toLongLong() >= start);
            if (value != previousBound) { // a new split starts at offset 0, above the last one
                ++splits;
                QVERIFY(body.value(QStringLiteral("after")).isUndefined());
                QVERIFY(value.toLongLong() > previousBound.toLongLong());
                previousBound = value;
            }
        }
    }
    const int pagesNeeded = (count + 199) / 200;
    QCOMPARE(splits, expectedSplits);
    QVERIFY(simulator.bodies.size() >= pagesNeeded);
    QVERIFY(simulator.bodies.size() <= pagesNeeded + 2 * splits);
}

void TestHubSpotParsing::searchAllKeepsUserFiltersInEveryGroup()
{
    SearchSimulator simulator;
    const qint64 start = 1700000000000;
    for (int i = 0; i < 10300; ++i)
        simulator.rows.append({QString::number(1 + i), start + i});
    m_transport.handler = std::ref(simulator);

    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    HubSpotSearchRequest request;
    request
        .where(HubSpotFilter::gt(QStringLiteral("hs_lastmodifieddate"), QString::number(start - 1)))
        .orGroup()
        .where(HubSpotFilter::lt(QStringLiteral("hs_lastmodifieddate"), QString::number(start)))
        .sortBy(QStringLiteral("amount"), HubSpotSearchRequest::Direction::Descending);
    const auto all = client.searchAll(HubSpotObject::Deal, request);
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QCOMPARE(all->size(), 10300);
    const QJsonObject split = simulator.bodies.last();
    const QJsonArray groups = split.value(QStringLiteral("filterGroups")).toArray();
    QCOMPARE(groups.size(), 2);
    for (const QJsonValue &group : groups) {
        const QJsonArray filters = group.toObject().value(QStringLiteral("filters")).toArray();
        QCOMPARE(filters.size(), 2);
        QCOMPARE(filters.last().toObject().value(QStringLiteral("operator")).toString(),
                 QStringLiteral("GTE"));
    }
    // The user's sort was replaced by the one the split needs.
    QCOMPARE(split.value(QStringLiteral("sorts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("propertyName")),
             QJsonValue(QStringLiteral("hs_lastmodifieddate")));
}

void TestHubSpotParsing::searchAllStopsWhenOneInstantHoldsTenThousand()
{
    SearchSimulator simulator;
    for (int i = 0; i < 10050; ++i)
        simulator.rows.append({QString::number(1 + i), 1700000000000});
    m_transport.handler = std::ref(simulator);
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto all = client.searchAll(HubSpotObject::Deal, HubSpotSearchRequest());
    QVERIFY(!all.ok());
    QVERIFY(all.error().isPermanent());
    QVERIFY2(all.reason().contains(QLatin1String("same moment")), qPrintable(all.reason()));
    QVERIFY(simulator.bodies.size() <= 2 * 50 + 2); // it stops, it does not loop
}

void TestHubSpotParsing::searchAllRefusesWhenTheSplitFilterDoesNotFit()
{
    SearchSimulator simulator;
    for (int i = 0; i < 10100; ++i)
        simulator.rows.append({QString::number(1 + i), 1700000000000 + i});
    m_transport.handler = std::ref(simulator);
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    HubSpotSearchRequest request;
    for (int f = 0; f < 6; ++f) // a full group: no room for the split filter
        request.where(HubSpotFilter::hasProperty(QStringLiteral("p%1").arg(f)));
    const auto all = client.searchAll(HubSpotObject::Deal, request);
    QVERIFY(!all.ok());
    QVERIFY2(all.reason().contains(QLatin1String("one more filter")), qPrintable(all.reason()));
    QCOMPARE(simulator.bodies.size(), 50); // the first 10,000, then the refusal before sending
}

// --- errors ----------------------------------------------------------------------------------

void TestHubSpotParsing::errorClasses_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("cls");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<QString>("detailPart");

    using C = ApiError::Class;
    QTest::newRow("400 VALIDATION_ERROR")
        << json(400, fixture("error-validation.json")) << int(C::Permanent)
        << QStringLiteral("VALIDATION_ERROR") << -1
        << QStringLiteral("This will be a human readable message with details about the error.")
        << QStringLiteral("a43683b0-5717-4ceb-80b4-104d02915d8c");
    QTest::newRow("400 spec example without status")
        << json(400, fixture("error-openapi-spec-example.json")) << int(C::Permanent)
        << QStringLiteral("VALIDATION_ERROR") << -1 << QStringLiteral("Invalid input")
        << QStringLiteral("aeb5f871");
    QTest::newRow("403 MISSING_SCOPES")
        << json(403, fixture("error-403-missing-scopes.json")) << int(C::NeedsReconnect)
        << QStringLiteral("MISSING_SCOPES") << -1
        << QStringLiteral("crm.objects.quotes.read, e-commerce")
        << QStringLiteral("MISSING_SCOPES");
    QTest::newRow("404") << json(404, fixture("error-404-object.json")) << int(C::Permanent)
                         << QStringLiteral("OBJECT_NOT_FOUND") << -1 << QStringLiteral("HTTP 404")
                         << QStringLiteral("resource not found");
    QTest::newRow("409") << json(409, fixture("error-409-property-exists.json"))
                         << int(C::Permanent) << QStringLiteral("OBJECT_ALREADY_EXISTS") << -1
                         << QStringLiteral("already exists") << QString();
    QTest::newRow("414") << answer(414, "URI Too Long") << int(C::Permanent) << QString() << -1
                         << QStringLiteral("too long") << QStringLiteral("URI Too Long");
    QTest::newRow("423 LOCKED") << json(423, fixture("error-423-locked.json")) << int(C::Transient)
                                << QStringLiteral("LOCKED") << 2 << QStringLiteral("locked")
                                << QString();
    QTest::newRow("429 TEN_SECONDLY_ROLLING, no Retry-After")
        << json(429, fixture("error-429-ten-secondly.json")) << int(C::RateLimited)
        << QStringLiteral("TEN_SECONDLY_ROLLING") << 10 << QStringLiteral("10 second")
        << QStringLiteral("TEN_SECONDLY_ROLLING");
    QTest::newRow("429 TEN_SECONDLY_ROLLING, Retry-After 3")
        << json(429, fixture("error-429-ten-secondly.json"), {{"Retry-After", "3"}})
        << int(C::RateLimited) << QStringLiteral("TEN_SECONDLY_ROLLING") << 3
        << QStringLiteral("3 second") << QString();
    QTest::newRow("429 Retry-After as an HTTP-date")
        << json(429, fixture("error-429-ten-secondly.json"),
                {{"Retry-After", "Wed, 27 Mar 2024 18:00:07 GMT"},
                 {"Date", "Wed, 27 Mar 2024 18:00:02 GMT"}})
        << int(C::RateLimited) << QStringLiteral("TEN_SECONDLY_ROLLING") << 5 << QString()
        << QString();
    QTest::newRow("429 search secondly limit")
        << json(429, fixture("error-429-search-secondly.json")) << int(C::RateLimited)
        << QStringLiteral("RATE_LIMIT") << 1 << QStringLiteral("1 second") << QString();
    QTest::newRow("429 DAILY, zone unknown: an hour")
        << json(429, fixture("error-rate-limit-429-daily.json")) << int(C::RateLimited)
        << QStringLiteral("DAILY") << 3600 << QStringLiteral("midnight")
        << QStringLiteral("daily limit");
    QTest::newRow("477 migration, Retry-After")
        << json(477, fixture("error-477-migration.json"), {{"Retry-After", "7200"}})
        << int(C::Transient) << QStringLiteral("MIGRATION_IN_PROGRESS") << 7200
        << QStringLiteral("moving") << QString();
    QTest::newRow("477 Retry-After capped at 24 h")
        << json(477, fixture("error-477-migration.json"), {{"Retry-After", "999999"}})
        << int(C::Transient) << QStringLiteral("MIGRATION_IN_PROGRESS") << 86400 << QString()
        << QString();
    QTest::newRow("500 JSON")
        << json(500,
                QByteArray(
                    R"({"status":"error","message":"internal error","category":"INTERNAL_ERROR"})"))
        << int(C::Transient) << QStringLiteral("INTERNAL_ERROR") << -1 << QStringLiteral("HTTP 500")
        << QStringLiteral("internal error");
    QTest::newRow("502 HTML page")
        << answer(502, fixture("html-502.html"), {{"Content-Type", "text/html"}})
        << int(C::Transient) << QString() << -1 << QStringLiteral("HTTP 502")
        << QStringLiteral("502 Bad Gateway");
    QTest::newRow("503 Retry-After")
        << answer(503, "", {{"Retry-After", "30"}}) << int(C::Transient) << QString() << 30
        << QStringLiteral("HTTP 503") << QString();
    QTest::newRow("504 empty") << answer(504, "") << int(C::Transient) << QString() << -1
                               << QStringLiteral("HTTP 504") << QString();
    QTest::newRow("524 origin timeout")
        << answer(524, "error code: 524") << int(C::Transient) << QString() << -1
        << QStringLiteral("HTTP 524") << QStringLiteral("error code: 524");
    QTest::newRow("418 unknown 4xx, garbage")
        << answer(418, "\x01\x02 not json") << int(C::Permanent) << QString() << -1
        << QStringLiteral("HTTP 418") << QString();
    {
        HttpResponse network;
        network.networkError = QStringLiteral("Connection refused");
        QTest::newRow("network error")
            << network << int(C::Transient) << QString() << -1
            << QStringLiteral("Could not reach HubSpot") << QStringLiteral("Connection refused");
        HttpResponse timeout;
        timeout.timedOut = true;
        timeout.networkError = QStringLiteral("timed out");
        QTest::newRow("timeout") << timeout << int(C::Transient) << QString() << -1
                                 << QStringLiteral("in time") << QString();
        HttpResponse refused;
        refused.refused = true;
        refused.networkError = QStringLiteral("Refusing to send over plain http");
        QTest::newRow("refused by the transport") << refused << int(C::Permanent) << QString() << -1
                                                  << QStringLiteral("plain http") << QString();
    }
    QTest::newRow("200 HTML (a proxy)")
        << answer(200, "<html><head><title>Sign in to the Wi-Fi</title></head></html>")
        << int(C::Transient) << QString() << -1 << QStringLiteral("could not read") << QString();
    QTest::newRow("200 JSON of the wrong shape")
        << json(200, QByteArray(R"({"unexpected": true})")) << int(C::Permanent) << QString() << -1
        << QStringLiteral("does not understand") << QStringLiteral("results");
    QTest::newRow("200 JSON array")
        << json(200, QByteArray("[1,2]")) << int(C::Permanent) << QString() << -1
        << QStringLiteral("does not understand") << QString();
    QTest::newRow("200 empty") << json(200, QByteArray()) << int(C::Transient) << QString() << -1
                               << QStringLiteral("could not read") << QString();
}

void TestHubSpotParsing::errorClasses()
{
    QFETCH(HttpResponse, response);
    QFETCH(int, cls);
    QFETCH(QString, code);
    QFETCH(int, retryAfter);
    QFETCH(QString, reasonPart);
    QFETCH(QString, detailPart);

    m_transport.script = {response};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto page = client.list(HubSpotObject::Deal, {QStringLiteral("dealname")});
    QVERIFY(!page.ok());
    const ApiError &error = page.error();
    QCOMPARE(int(error.cls), cls);
    QCOMPARE(error.code, code);
    QCOMPARE(error.retryAfterSeconds.value_or(-1), retryAfter);
    QVERIFY2(error.reason.contains(reasonPart), qPrintable(error.reason));
    QVERIFY2(error.detail.contains(detailPart), qPrintable(error.detail));
    QVERIFY(!error.reason.isEmpty());
    if (response.status != 0 && response.status != 200)
        QCOMPARE(error.httpStatus, response.status);
    QCOMPARE(m_tokens.refreshes, 0);
    QCOMPARE(m_transport.requests.size(), 1); // no retries inside the client
}

void TestHubSpotParsing::notFoundNamesTheRecord()
{
    m_transport.script = {json(404, fixture("error-404-object.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto deal = client.get(HubSpotObject::Deal, QStringLiteral("123"), {});
    QVERIFY(!deal.ok());
    QVERIFY(deal.error().isPermanent());
    QCOMPARE(deal.reason(), QStringLiteral("The deal 123 no longer exists in HubSpot."));

    m_transport.script = {json(404, fixture("error-404-object.json"))};
    const auto item = client.get(HubSpotObject::LineItem, QStringLiteral("77"), {});
    QCOMPARE(item.reason(), QStringLiteral("The line item 77 no longer exists in HubSpot."));
}

void TestHubSpotParsing::missingScopesAreNamed()
{
    const auto envelope = HubSpotError::parse(fixture("error-403-missing-scopes.json"));
    QVERIFY(envelope);
    QCOMPARE(
        HubSpotError::missingScopes(*envelope),
        (QStringList{QStringLiteral("crm.objects.quotes.read"), QStringLiteral("e-commerce")}));
    // Also at the top level, as context.missingScopes.
    const auto top = HubSpotError::parse(QByteArray(
        R"({"status":"error","category":"MISSING_SCOPES","message":"missing","context":{"missingScopes":["crm.objects.deals.read"]}})"));
    QVERIFY(top);
    QCOMPARE(HubSpotError::missingScopes(*top),
             QStringList{QStringLiteral("crm.objects.deals.read")});

    m_transport.script = {json(403, fixture("error-403-missing-scopes.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto quote = client.get(HubSpotObject::Quote, QStringLiteral("1"), {});
    QVERIFY(quote.error().needsReconnect());
    QVERIFY(quote.reason().contains(QLatin1String("crm.objects.quotes.read")));
    QCOMPARE(m_tokens.refreshes, 0); // a scope is not fixed by a new token
}

void TestHubSpotParsing::dailyLimitWaitsUntilPortalMidnight()
{
    // 18:00 UTC = 14:00 in New York (EDT, UTC-4): midnight is 10 h away, plus a minute.
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    client.setPortalTimeZone(QTimeZone("America/New_York"));
    m_transport.script = {json(429, fixture("error-rate-limit-429-daily.json"))};
    auto page = client.list(HubSpotObject::Deal, {});
    QVERIFY(page.error().isRateLimited());
    QCOMPARE(page.error().retryAfterSeconds.value_or(-1), 10 * 3600 + 60);

    // Across a DST change: 2024-03-31 00:30 in Oslo (CET); clocks jump at 02:00, so the next
    // midnight is 22.5 hours away, not 23.5.
    FixedClock oslo(QDateTime(QDate(2024, 3, 30), QTime(23, 30), QTimeZone::utc()));
    HubSpotClient norwegian(m_transport, BaseUrl, m_tokens, oslo);
    norwegian.setPortalTimeZone(QTimeZone("Europe/Oslo"));
    m_transport.script = {json(429, fixture("error-rate-limit-429-daily.json"))};
    page = norwegian.list(HubSpotObject::Deal, {});
    QCOMPARE(page.error().retryAfterSeconds.value_or(-1), 22 * 3600 + 30 * 60 + 60);

    // A Retry-After wins over the computed wait.
    m_transport.script = {
        json(429, fixture("error-rate-limit-429-daily.json"), {{"Retry-After", "120"}})};
    page = client.list(HubSpotObject::Deal, {});
    QCOMPARE(page.error().retryAfterSeconds.value_or(-1), 120);

    QCOMPARE(
        HubSpotError::secondsUntilNextMidnight(
            QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone::utc()), QTimeZone::utc()),
        1 + 60);
}

void TestHubSpotParsing::unauthorizedRefreshesOnceAndRetriesOnce()
{
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    m_transport.script = {json(401, fixture("error-401.json")),
                          json(200, fixture("contact-get.json"))};
    const auto contact = client.get(HubSpotObject::Contact, QStringLiteral("301"), {});
    QVERIFY2(contact.ok(), qPrintable(contact.reason()));
    QCOMPARE(m_tokens.refreshes, 1);
    QCOMPARE(m_transport.requests.size(), 2);
    QCOMPARE(m_transport.requests.at(0).header("Authorization"),
             QByteArray("Bearer pat-na1-secret-0"));
    QCOMPARE(m_transport.requests.at(1).header("Authorization"),
             QByteArray("Bearer pat-na1-secret-1"));
    QCOMPARE(m_transport.requests.at(1).url, m_transport.requests.at(0).url);

    // The same body is sent again on a write.
    m_transport.requests.clear();
    m_transport.script = {json(401, fixture("error-401.json")),
                          json(200, fixture("contact-get.json"))};
    QVERIFY(client
                .update(HubSpotObject::Contact, QStringLiteral("301"),
                        {{QStringLiteral("firstname"), QStringLiteral("Tom")}})
                .ok());
    QCOMPARE(m_transport.requests.at(1).body, m_transport.requests.at(0).body);

    // 401 twice: NeedsReconnect after one refresh, no third request.
    init();
    m_transport.script = {json(401, fixture("error-401.json")),
                          json(401, fixture("error-401.json")),
                          json(200, fixture("contact-get.json"))};
    const auto again = client.get(HubSpotObject::Contact, QStringLiteral("301"), {});
    QVERIFY(!again.ok());
    QVERIFY(again.error().needsReconnect());
    QCOMPARE(again.error().httpStatus, 401);
    QVERIFY(again.reason().contains(QLatin1String("Reconnect HubSpot")));
    QCOMPARE(m_tokens.refreshes, 1);
    QCOMPARE(m_transport.requests.size(), 2);
}

void TestHubSpotParsing::refusedRefreshNeedsReconnect()
{
    ApiError refused;
    refused.cls = ApiError::Class::Permanent;
    refused.reason = QStringLiteral("HubSpot refused the refresh");
    m_tokens.failWith = refused;
    m_transport.script = {json(401, fixture("error-401.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto result = client.get(HubSpotObject::Deal, QStringLiteral("1"), {});
    QVERIFY(result.error().needsReconnect());
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(m_transport.requests.size(), 1);
}

void TestHubSpotParsing::unreachableTokenEndpointStaysTransient()
{
    ApiError unreachable;
    unreachable.cls = ApiError::Class::Transient;
    unreachable.reason = QStringLiteral("Could not reach HubSpot");
    m_tokens.failWith = unreachable;
    m_transport.script = {json(401, fixture("error-401.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto result = client.get(HubSpotObject::Deal, QStringLiteral("1"), {});
    QVERIFY(result.error().isTransient());
    QCOMPARE(m_transport.requests.size(), 1);
}

void TestHubSpotParsing::privateAppTokenCannotBeRefreshed()
{
    HubSpotPrivateAppToken token(QStringLiteral("pat-na1-11111111-2222-3333-4444-555555555555"));
    QCOMPARE(token.accessToken(), QStringLiteral("pat-na1-11111111-2222-3333-4444-555555555555"));
    const ApiStatus refreshed = token.refresh();
    QVERIFY(!refreshed.ok());
    QVERIFY(refreshed.error().needsReconnect());
    QVERIFY(refreshed.error().detail.contains(QLatin1String("private app token was rejected")));

    m_transport.script = {json(401, fixture("error-401.json"))};
    HubSpotClient client(m_transport, BaseUrl, token, m_clock);
    const auto result = client.get(HubSpotObject::Deal, QStringLiteral("1"), {});
    QVERIFY(result.error().needsReconnect());
    QVERIFY(result.reason().contains(QLatin1String("private app token")));
    QCOMPARE(m_transport.requests.size(), 1);
    QCOMPARE(m_transport.requests.first().header("Authorization"),
             QByteArray("Bearer pat-na1-11111111-2222-3333-4444-555555555555"));
}

void TestHubSpotParsing::rateLimitHeadersAreExposed()
{
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    QVERIFY(!client.lastRateLimit());
    m_transport.script = {
        json(200, fixture("contact-get.json"),
             {{"X-HubSpot-RateLimit-Daily", "250000"},
              {"X-HubSpot-RateLimit-Daily-Remaining", "249990"},
              {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"},
              {"X-HubSpot-RateLimit-Max", "100"},
              {"x-hubspot-ratelimit-remaining", "97"}}),
        json(200, fixture("search-response-contacts-no-paging.json"))}; // search: no headers
    QVERIFY(client.get(HubSpotObject::Contact, QStringLiteral("301"), {}).ok());
    auto limit = client.lastRateLimit();
    QVERIFY(limit);
    QCOMPARE(limit->max.value_or(-1), qint64(100));
    QCOMPARE(limit->remaining.value_or(-1), qint64(97));
    QCOMPARE(limit->intervalMs.value_or(-1), qint64(10000));
    QCOMPARE(limit->daily.value_or(-1), qint64(250000));
    QCOMPARE(limit->dailyRemaining.value_or(-1), qint64(249990));
    QCOMPARE(limit->observedAt, m_clock.now());

    QVERIFY(client.search(HubSpotObject::Contact, HubSpotSearchRequest()).ok());
    QCOMPARE(client.lastRateLimit()->remaining.value_or(-1),
             qint64(97)); // kept from the last answer that had them

    // OAuth-app answers have no daily headers.
    m_transport.script = {
        json(200, fixture("contact-get.json"),
             {{"X-HubSpot-RateLimit-Max", "110"}, {"X-HubSpot-RateLimit-Remaining", "0"}})};
    QVERIFY(client.get(HubSpotObject::Contact, QStringLiteral("301"), {}).ok());
    limit = client.lastRateLimit();
    QCOMPARE(limit->remaining.value_or(-1), qint64(0));
    QVERIFY(!limit->daily);
}

void TestHubSpotParsing::secretsAreNotLogged()
{
    collectedMessages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("bookflow.hubspot*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);

    m_transport.script = {json(401, fixture("error-401.json")),
                          json(200, fixture("contact-get.json")),
                          json(200, fixture("oauth-v1-token-response.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto contact = client.get(HubSpotObject::Contact, QStringLiteral("301"), {});
    HubSpotOAuth oauth(m_transport, BaseUrl,
                       {QStringLiteral("client-id"), QStringLiteral("very-secret-client-secret"),
                        QStringLiteral("http://127.0.0.1:5555/callback")},
                       m_clock);
    const auto tokens = oauth.refresh(QStringLiteral("1e8fbfb1-refresh-secret"));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(contact.ok());
    QVERIFY(tokens.ok());
    QVERIFY(collectedMessages.size() >= 5);
    const QString all = collectedMessages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/crm/v3/objects/contacts/301")));
    for (const char *secret :
         {"pat-na1-secret", "very-secret-client-secret", "1e8fbfb1-refresh-secret",
          "CIrToaiiMhIHAAEAQAAAARiO1ooB", "1e8fbfb1-8e96-4826-8b8d-c8af73715"})
        QVERIFY2(!all.contains(QLatin1String(secret)), secret);
}

// --- properties and associations v4 --------------------------------------------------------------

void TestHubSpotParsing::propertiesAreRead()
{
    m_transport.script = {json(200, fixture("properties-deals.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto properties = client.properties(HubSpotObject::Deal);
    QVERIFY2(properties.ok(), qPrintable(properties.reason()));
    QCOMPARE(m_transport.requests.first().url.path(), QStringLiteral("/crm/v3/properties/deals"));
    QCOMPARE(properties->size(), 3);
    const HubSpotProperty &stage = properties->at(0);
    QCOMPARE(stage.name, QStringLiteral("dealstage"));
    QCOMPARE(stage.label, QStringLiteral("Deal Stage"));
    QCOMPARE(stage.type, QStringLiteral("enumeration"));
    QCOMPARE(stage.fieldType, QStringLiteral("radio"));
    QCOMPARE(stage.groupName, QStringLiteral("deal_information"));
    QCOMPARE(stage.options.size(), 2);
    QCOMPARE(stage.options.at(1).label, QStringLiteral("Closed Won"));
    QCOMPARE(stage.options.at(1).value, QStringLiteral("closedwon"));
    QVERIFY(!stage.readOnlyValue);
    QVERIFY(properties->at(2).readOnlyValue);
    QVERIFY(properties->at(2).calculated);
    QCOMPARE(properties->at(2).options.first().value, QStringLiteral("true"));
}

void TestHubSpotParsing::createPropertyTreatsConflictAsSuccess()
{
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    m_transport.script = {
        json(201, QByteArray(R"({"name":"bookflow","label":"Bookflow","displayOrder":-1})")),
        json(409, fixture("error-409-property-exists.json")),
        json(201, QByteArray(R"({"name":"bookflow_invoice_number"})")),
        json(409, fixture("error-409-property-exists.json")),
        json(400, fixture("error-validation.json"))};

    QVERIFY(client
                .createPropertyGroup(HubSpotObject::Deal, QStringLiteral("bookflow"),
                                     QStringLiteral("Bookflow"))
                .ok());
    QCOMPARE(m_transport.requests.at(0).url.path(),
             QStringLiteral("/crm/v3/properties/deals/groups"));
    QCOMPARE(bodyOf(m_transport.requests.at(0)),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("bookflow")},
                          {QStringLiteral("label"), QStringLiteral("Bookflow")}}));
    QVERIFY(client
                .createPropertyGroup(HubSpotObject::Deal, QStringLiteral("bookflow"),
                                     QStringLiteral("Bookflow"))
                .ok()); // 409: it exists

    HubSpotProperty property;
    property.name = QStringLiteral("bookflow_invoice_number");
    property.label = QStringLiteral("QuickBooks invoice number");
    property.type = QStringLiteral("string");
    property.fieldType = QStringLiteral("text");
    property.groupName = QStringLiteral("bookflow");
    QVERIFY(client.createProperty(HubSpotObject::Deal, property).ok());
    QCOMPARE(m_transport.requests.at(2).url.path(), QStringLiteral("/crm/v3/properties/deals"));
    QCOMPARE(bodyOf(m_transport.requests.at(2)),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("bookflow_invoice_number")},
                          {QStringLiteral("label"), QStringLiteral("QuickBooks invoice number")},
                          {QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("fieldType"), QStringLiteral("text")},
                          {QStringLiteral("groupName"), QStringLiteral("bookflow")}}));
    QVERIFY(client.createProperty(HubSpotObject::Deal, property).ok()); // 409
    const ApiStatus invalid = client.createProperty(HubSpotObject::Deal, property);
    QVERIFY(!invalid.ok());
    QVERIFY(invalid.error().isPermanent());

    HubSpotProperty incomplete = property;
    incomplete.groupName.clear();
    QVERIFY(!client.createProperty(HubSpotObject::Deal, incomplete).ok());
    QCOMPARE(m_transport.requests.size(), 5);
}

void TestHubSpotParsing::associationsV4FollowsPaging()
{
    m_transport.script = {json(200, fixture("associations-v4-get-page1.json")),
                          json(200, fixture("associations-v4-get-page2.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto associations =
        client.associations(HubSpotObject::Contact, QStringLiteral("29851"), HubSpotObject::Deal);
    QVERIFY2(associations.ok(), qPrintable(associations.reason()));
    QCOMPARE(m_transport.requests.size(), 2);
    QCOMPARE(m_transport.requests.at(0).url.path(),
             QStringLiteral("/crm/v4/objects/contacts/29851/associations/deals"));
    QCOMPARE(queryValue(m_transport.requests.at(0), QStringLiteral("limit")),
             QStringLiteral("500"));
    QVERIFY(m_transport.requests.at(1)
                .url.toString(QUrl::FullyEncoded)
                .contains(QLatin1String("after=MjAyNC0wMy0yNw%3D%3D")));

    QCOMPARE(associations->size(), 3);
    QCOMPARE(associations->at(0).toObjectId, QStringLiteral("5790939450"));
    QCOMPARE(associations->at(1).toObjectId, QStringLiteral("6675245424"));
    QCOMPARE(associations->at(2).toObjectId, QStringLiteral("17705714757"));
    // 5790939450 appeared on both pages with different labels: merged.
    QCOMPARE(associations->at(0).types.size(), 2);
    QVERIFY(associations->at(0).hasType(28));
    QCOMPARE(associations->at(2).types.at(1).label, QStringLiteral("Decision maker"));
    QVERIFY(associations->at(2).types.at(0).label.isEmpty());
}

void TestHubSpotParsing::batchAssociationsSplitsAt1000()
{
    QStringList ids;
    for (int i = 0; i < 2500; ++i)
        ids.append(QString::number(1 + i));
    m_transport.handler = [](const HttpRequest &request) {
        QJsonArray results;
        for (const QJsonValue &input : bodyOf(request).value(QStringLiteral("inputs")).toArray()) {
            const QJsonObject in = input.toObject();
            const QString id = in.value(QStringLiteral("id")).toString();
            QJsonObject result{
                {QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), id}}},
                {QStringLiteral("to"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("toObjectId"),
                      double(in.contains(QStringLiteral("after")) ? 900000 : 800000) + id.toInt()},
                     {QStringLiteral("associationTypes"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED")},
                          {QStringLiteral("typeId"), 3},
                          {QStringLiteral("label"), QJsonValue::Null}}}}}}}};
            // Id 7 has a second page of associations.
            if (id == QLatin1String("7") && !in.contains(QStringLiteral("after")))
                result.insert(QStringLiteral("paging"),
                              QJsonObject{{QStringLiteral("next"),
                                           QJsonObject{{QStringLiteral("after"),
                                                        QStringLiteral("cursor-7")}}}});
            results.append(result);
        }
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                                     {QStringLiteral("results"), results}});
    };
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto batch = client.batchAssociations(HubSpotObject::Deal, HubSpotObject::Contact, ids);
    QVERIFY2(batch.ok(), qPrintable(batch.reason()));

    QCOMPARE(m_transport.requests.size(), 4); // 1000 + 1000 + 500, then id 7's second page
    QList<qsizetype> sizes;
    for (const HttpRequest &request : m_transport.requests) {
        QCOMPARE(request.url.path(),
                 QStringLiteral("/crm/v4/associations/deals/contacts/batch/read"));
        sizes.append(bodyOf(request).value(QStringLiteral("inputs")).toArray().size());
    }
    QCOMPARE(sizes, (QList<qsizetype>{1000, 1000, 500, 1}));
    QCOMPARE(bodyOf(m_transport.requests.last()).value(QStringLiteral("inputs")).toArray().first(),
             QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                                    {QStringLiteral("after"), QStringLiteral("cursor-7")}}));
    QCOMPARE(batch->byId.size(), 2500);
    QVERIFY(batch->errors.isEmpty());
    QCOMPARE(batch->byId.value(QStringLiteral("1")).first().toObjectId, QStringLiteral("800001"));
    const auto seven = batch->byId.value(QStringLiteral("7"));
    QCOMPARE(seven.size(), 2);
    QCOMPARE(seven.at(0).toObjectId, QStringLiteral("800007"));
    QCOMPARE(seven.at(1).toObjectId, QStringLiteral("900007"));
}

void TestHubSpotParsing::batchAssociationsReadsMultiStatus()
{
    m_transport.script = {json(207, fixture("associations-v4-batch-read-multistatus.json")),
                          json(200, fixture("associations-v4-batch-read-response.json"))};
    HubSpotClient client(m_transport, BaseUrl, m_tokens, m_clock);
    const auto batch = client.batchAssociations(HubSpotObject::Contact, HubSpotObject::Deal,
                                                {QStringLiteral("33451"), QStringLiteral("29851"),
                                                 QStringLiteral("abc"), QStringLiteral("33451")});
    QVERIFY2(batch.ok(), qPrintable(batch.reason()));
    QCOMPARE(bodyOf(m_transport.requests.first()).value(QStringLiteral("inputs")).toArray().size(),
             3);
    QCOMPARE(batch->byId.value(QStringLiteral("33451")).size(), 1);
    QCOMPARE(batch->byId.value(QStringLiteral("33451")).first().toObjectId,
             QStringLiteral("5790939450"));
    QVERIFY(batch->byId.contains(QStringLiteral("29851"))); // no associations: an empty list
    QVERIFY(batch->byId.value(QStringLiteral("29851")).isEmpty());
    QVERIFY(!batch->errors.contains(QStringLiteral("29851")));
    QVERIFY(batch->errors.value(QStringLiteral("abc")).isPermanent());

    // The documented sample: three targets for 29851, in ascending order, labels kept.
    const auto documented =
        client.batchAssociations(HubSpotObject::Contact, HubSpotObject::Deal,
                                 {QStringLiteral("33451"), QStringLiteral("29851")});
    QVERIFY(documented.ok());
    const auto list = documented->byId.value(QStringLiteral("29851"));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObjectId, QStringLiteral("5790939450"));
    QCOMPARE(list.at(2).toObjectId, QStringLiteral("17705714757"));
    QCOMPARE(list.at(0).types.at(1).label, QStringLiteral("Chef"));
}

// --- OAuth -----------------------------------------------------------------------------------

void TestHubSpotParsing::authorizeUrlEncodesScopes()
{
    HubSpotOAuth oauth(m_transport, BaseUrl,
                       {QStringLiteral("abc-123"), QStringLiteral("secret"),
                        QStringLiteral("http://127.0.0.1:49152/callback?x=1")},
                       m_clock);
    const QUrl url =
        oauth.authorizeUrl({QStringLiteral("oauth"), QStringLiteral("crm.objects.deals.read")},
                           QStringLiteral("st/ate 1"), {QStringLiteral("crm.objects.quotes.read")});
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://app.hubspot.com/oauth/authorize?client_id=abc-123"
                            "&scope=oauth%20crm.objects.deals.read"
                            "&redirect_uri=http%3A%2F%2F127.0.0.1%3A49152%2Fcallback%3Fx%3D1"
                            "&optional_scope=crm.objects.quotes.read&state=st%2Fate%201"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("oauth crm.objects.deals.read"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://127.0.0.1:49152/callback?x=1"));

    const QUrl sandbox =
        oauth.authorizeUrl({QStringLiteral("oauth")}, QString(), {},
                           QUrl(QStringLiteral("http://127.0.0.1:8080/oauth/authorize")));
    QCOMPARE(sandbox.toString(QUrl::FullyEncoded),
             QStringLiteral("http://127.0.0.1:8080/oauth/authorize?client_id=abc-123&scope=oauth"
                            "&redirect_uri=http%3A%2F%2F127.0.0.1%3A49152%2Fcallback%3Fx%3D1"));
}

void TestHubSpotParsing::tokenResponseAndExpiry()
{
    FixedClock clock(QDateTime(QDate(2024, 9, 24), QTime(12, 0), QTimeZone::utc()));
    const auto v1 =
        HubSpotOAuth::parseTokenResponse(fixture("oauth-v1-token-response.json"), clock.now());
    QVERIFY2(v1.ok(), qPrintable(v1.reason()));
    QVERIFY(v1->accessToken.startsWith(QLatin1String("CIrToaiiMhIHAAEAQAAAARiO1ooB")));
    QCOMPARE(v1->refreshToken, QStringLiteral("1e8fbfb1-8e96-4826-8b8d-c8af73715"));
    QCOMPARE(v1->tokenType, QStringLiteral("bearer"));
    QCOMPARE(v1->expiresIn, qint64(1800));
    QCOMPARE(v1->expiresAt, clock.now().addSecs(1800));
    QCOMPARE(v1->refreshDueAt(), clock.now().addSecs(1800 - 300));
    QCOMPARE(v1->hubId, qint64(0));

    const auto v3 =
        HubSpotOAuth::parseTokenResponse(fixture("oauth-v3-token-response.json"), clock.now());
    QVERIFY(v3.ok());
    QCOMPARE(v3->hubId, qint64(1234567));
    QCOMPARE(v3->scopes,
             (QStringList{QStringLiteral("oauth"), QStringLiteral("crm.objects.contacts.write"),
                          QStringLiteral("crm.objects.contacts.read")}));
    QCOMPARE(v3->accessToken.size(), 168);

    // Refresh ahead of expiry, on the injected clock.
    QVERIFY(!v1->needsRefresh(clock));
    clock.advanceSecs(1499);
    QVERIFY(!v1->needsRefresh(clock));
    clock.advanceSecs(1);
    QVERIFY(v1->needsRefresh(clock));

    // A short lifetime refreshes at half of it, never after expiry.
    const auto shortLived = HubSpotOAuth::parseTokenResponse(
        R"({"access_token":"a","refresh_token":"r","expires_in":"60","token_type":"bearer"})",
        clock.now());
    QVERIFY(shortLived.ok());
    QCOMPARE(shortLived->refreshDueAt(), clock.now().addSecs(30));

    // Missing access_token or expires_in: refused, not guessed.
    for (const QByteArray &bad :
         {QByteArray(R"({"refresh_token":"r","expires_in":1800})"),
          QByteArray(R"({"access_token":"a","refresh_token":"r"})"),
          QByteArray(R"({"access_token":"a","expires_in":0})"), QByteArray("<html>oops</html>")}) {
        const auto parsed = HubSpotOAuth::parseTokenResponse(bad, clock.now());
        QVERIFY2(!parsed.ok(), bad.constData());
    }
}

void TestHubSpotParsing::codeExchangeAndRefreshSendTheForm()
{
    HubSpotOAuth oauth(m_transport, QUrl(QStringLiteral("http://127.0.0.1:8080/")),
                       {QStringLiteral("client id"), QStringLiteral("s&cret="),
                        QStringLiteral("http://127.0.0.1:5555/callback")},
                       m_clock);
    m_transport.script = {
        json(200, fixture("oauth-v3-token-response.json")),
        json(200, QByteArray(R"({"access_token":"new","expires_in":1800,"token_type":"bearer"})"))};
    const auto exchanged = oauth.exchangeCode(QStringLiteral("code/with+chars"));
    QVERIFY2(exchanged.ok(), qPrintable(exchanged.reason()));
    const HttpRequest &first = m_transport.requests.at(0);
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.url.toString(), QStringLiteral("http://127.0.0.1:8080/oauth/v1/token"));
    QVERIFY(first.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(first.header("Authorization").isEmpty());
    QCOMPARE(first.body, QByteArray("grant_type=authorization_code&client_id=client%20id"
                                    "&client_secret=s%26cret%3D"
                                    "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcallback"
                                    "&code=code%2Fwith%2Bchars"));
    QCOMPARE(exchanged->expiresAt, m_clock.now().addSecs(1800));

    // HubSpot may leave refresh_token out of a refresh answer: the one sent is kept.
    const auto refreshed = oauth.refresh(exchanged->refreshToken);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.reason()));
    QCOMPARE(refreshed->accessToken, QStringLiteral("new"));
    QCOMPARE(refreshed->refreshToken, QStringLiteral("na1-aaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
    QCOMPARE(m_transport.requests.at(1).body,
             QByteArray("grant_type=refresh_token&client_id=client%20id&client_secret=s%26cret%3D"
                        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5555%2Fcallback"
                        "&refresh_token=na1-aaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));

    QVERIFY(oauth.refresh(QString()).error().needsReconnect());
    QVERIFY(!oauth.exchangeCode(QString()).ok());
    QCOMPARE(m_transport.requests.size(), 2);
}

void TestHubSpotParsing::invalidGrantNeedsReconnect()
{
    HubSpotOAuth oauth(m_transport, BaseUrl, {QStringLiteral("id"), QStringLiteral("secret"), {}},
                       m_clock);
    m_transport.script = {
        json(400, fixture("oauth-error-invalid-grant.json")),
        json(
            400,
            QByteArray(
                R"({"status":"BAD_CLIENT_ID","message":"missing or unknown client id","correlationId":"x"})"))};
    const auto refused = oauth.refresh(QStringLiteral("stale"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().needsReconnect());
    QCOMPARE(refused.error().code, QStringLiteral("invalid_grant"));
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY(refused.error().detail.contains(QLatin1String("BAD_REFRESH_TOKEN")));
    QVERIFY(refused.reason().contains(QLatin1String("Reconnect HubSpot")));
    QVERIFY(!m_transport.requests.first().body.contains("redirect_uri")); // none configured

    const auto badClient = oauth.refresh(QStringLiteral("r"));
    QVERIFY(badClient.error().needsReconnect());
    QCOMPARE(badClient.error().code, QStringLiteral("BAD_CLIENT_ID"));
    QVERIFY(badClient.reason().contains(QLatin1String("app credentials")));
}

void TestHubSpotParsing::tokenEndpointTroubleIsTransient()
{
    HubSpotOAuth oauth(m_transport, BaseUrl, {QStringLiteral("id"), QStringLiteral("secret"), {}},
                       m_clock);
    HttpResponse down;
    down.networkError = QStringLiteral("Host unreachable");
    m_transport.script = {down, answer(502, fixture("html-502.html")),
                          json(429, fixture("error-429-ten-secondly.json"))};
    QVERIFY(oauth.refresh(QStringLiteral("r")).error().isTransient());
    QVERIFY(oauth.refresh(QStringLiteral("r")).error().isTransient());
    QVERIFY(oauth.refresh(QStringLiteral("r")).error().isRateLimited());
}

QTEST_GUILESS_MAIN(TestHubSpotParsing)
#include "tst_hubspotparsing.moc"
