// WriteBack::writeMany against the sandbox's HubSpot portal over real HTTP: a pass's documents are
// stored with HubSpot's batch update (≤ 100 records a call) instead of one PATCH each, two
// documents of one record travel as one input, and each document still gets the outcome write()
// would have given it — written, refused for a missing permission (a note), or an error of its
// own for a record HubSpot no longer has. What was sent is read from the sandbox's request log.
#include "app/sandbox/sandboxserver.h"
#include "core/engine/writeback.h"
#include "core/hubspot/hubspotclient.h"
#include "core/net/networktransport.h"
#include "core/net/tokensource.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace bookflow;
using bookflow::sandbox::SandboxServer;

namespace {

const QString Invoice = QStringLiteral("Invoice");
const QString Estimate = QStringLiteral("Estimate");

class FixedToken final : public TokenSource
{
public:
    QString token;
    QString accessToken() override { return token; }
    ApiStatus refresh() override
    {
        ApiError error;
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = QStringLiteral("test token refused");
        return error;
    }
};

} // namespace

class TestWriteBackBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void aPassOfDocumentsGoesInBatchUpdatesOfAHundred();
    void twoDocumentsOfOneRecordGoAsOneInput();
    void aRecordHubSpotNoLongerHasFailsAlone();
    void dealsAndQuotesGoInTheirOwnCalls();
    void whatCannotBeStoredIsRefusedBeforeSending();
    void noPermissionToChangeRecordsIsANoteForEach();

private:
    int count(const QString &route) const;
    qint64 hubSpotRequests() const;
    QStringList ids(HubSpotObject object, int count);
    QJsonObject values(HubSpotObject object, const QString &id, const QString &documentType);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    SystemClock m_clock;
    FixedToken m_token;
    std::unique_ptr<HubSpotClient> m_client;
};

void TestWriteBackBatch::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();
    m_client = std::make_unique<HubSpotClient>(*m_transport, m_server->baseUrl(), m_token, m_clock);
    m_client->setTimeoutMs(60000);
}

void TestWriteBackBatch::init()
{
    // A fresh portal per test: the demo's 33 deals and 120 generated ones, no Bookflow
    // properties yet, scopes enforced, an empty request log.
    m_server->reset(SandboxServer::Seed::Demo);
    m_server->seedHubSpotLarge(120);
    sandbox::SandboxSettings settings = m_server->settings();
    settings.hubspot.enforceScopes = true;
    m_server->setSettings(settings);
    m_token.token = m_server->createHubSpotPrivateAppToken();
    QVERIFY(!m_token.token.isEmpty());
    m_server->resetRequestLog();
}

// Requests since the log was reset, by "METHOD /route" as the sandbox counts them.
int TestWriteBackBatch::count(const QString &route) const
{
    return m_server->requestLog()
        .toJson()
        .value(QStringLiteral("routes"))
        .toObject()
        .value(route)
        .toInt();
}

qint64 TestWriteBackBatch::hubSpotRequests() const
{
    return m_server->requestLog()
        .toJson()
        .value(QStringLiteral("providers"))
        .toObject()
        .value(QStringLiteral("hubspot"))
        .toInteger();
}

QStringList TestWriteBackBatch::ids(HubSpotObject object, int count)
{
    const auto all = m_client->listAll(object, {});
    if (!all) {
        qWarning("list: %s", qPrintable(all.reason()));
        return {};
    }
    QStringList ids;
    for (const HubSpotRecord &record : *all) {
        if (ids.size() < count)
            ids.append(record.id);
    }
    m_server->resetRequestLog();
    return ids;
}

QJsonObject TestWriteBackBatch::values(HubSpotObject object, const QString &id,
                                       const QString &documentType)
{
    const auto record = m_client->get(
        object, id, {WriteBack::numberProperty(documentType), WriteBack::idProperty(documentType)});
    if (!record) {
        qWarning("get: %s", qPrintable(record.reason()));
        return {};
    }
    return record->properties;
}

void TestWriteBackBatch::aPassOfDocumentsGoesInBatchUpdatesOfAHundred()
{
    const QStringList deals = ids(HubSpotObject::Deal, 150);
    QCOMPARE(deals.size(), 150);
    QVector<WriteBack::Item> documents;
    for (int i = 0; i < deals.size(); ++i)
        documents.append({HubSpotObject::Deal, deals.at(i), Invoice, QString::number(5000 + i),
                          QString::number(1100 + i)});

    WriteBack writeBack(*m_client);
    const QVector<ApiResult<WriteBack::Outcome>> outcomes = writeBack.writeMany(documents);
    QCOMPARE(outcomes.size(), documents.size());
    for (int i = 0; i < outcomes.size(); ++i) {
        QVERIFY2(outcomes.at(i).ok(), qPrintable(outcomes.at(i).reason()));
        QVERIFY(outcomes.at(i)->written);
        // The note of write(): the number and id, on which record.
        QVERIFY2(outcomes.at(i)->note.contains(QString::number(1100 + i)) &&
                     outcomes.at(i)->note.contains(deals.at(i)),
                 qPrintable(outcomes.at(i)->note));
    }
    // The property list once, the group and the two properties made, then 150 records in two
    // batch updates — and not one PATCH.
    QCOMPARE(count(QStringLiteral("GET /crm/v3/properties/deals")), 1);
    QCOMPARE(count(QStringLiteral("POST /crm/v3/properties/deals/groups")), 1);
    QCOMPARE(count(QStringLiteral("POST /crm/v3/properties/deals")), 2);
    QCOMPARE(count(QStringLiteral("POST /crm/v3/objects/deals/batch/update")), 2);
    QCOMPARE(count(QStringLiteral("PATCH /crm/v3/objects/deals/{id}")), 0);
    QCOMPARE(hubSpotRequests(), 6);

    // HubSpot holds each record's own number and id.
    for (const int i : {0, 99, 100, 149}) {
        const QJsonObject stored = values(HubSpotObject::Deal, deals.at(i), Invoice);
        QCOMPARE(stored.value(WriteBack::idProperty(Invoice)).toString(),
                 QString::number(5000 + i));
        QCOMPARE(stored.value(WriteBack::numberProperty(Invoice)).toString(),
                 QString::number(1100 + i));
    }

    // A second pass knows the properties: only the batch update.
    m_server->resetRequestLog();
    const auto again = writeBack.writeMany({documents.first()});
    QVERIFY(again.first().ok() && again.first()->written);
    QCOMPARE(hubSpotRequests(), 1);
}

void TestWriteBackBatch::twoDocumentsOfOneRecordGoAsOneInput()
{
    const QStringList deals = ids(HubSpotObject::Deal, 2);
    QCOMPARE(deals.size(), 2);
    WriteBack writeBack(*m_client);
    // HubSpot refuses an id twice in one batch (HubSpotClient refuses it before sending), so
    // both documents of the first deal can only be written as one input.
    const auto outcomes = writeBack.writeMany(
        {{HubSpotObject::Deal, deals.at(0), Invoice, QStringLiteral("71"), QStringLiteral("1071")},
         {HubSpotObject::Deal, deals.at(1), Invoice, QStringLiteral("72"), QStringLiteral("1072")},
         {HubSpotObject::Deal, deals.at(0), Estimate, QStringLiteral("81"),
          QStringLiteral("E-81")}});
    QCOMPARE(outcomes.size(), 3);
    for (const auto &outcome : outcomes) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QVERIFY(outcome->written);
    }
    QVERIFY(outcomes.at(2)->note.contains(QLatin1String("estimate")));
    QCOMPARE(count(QStringLiteral("POST /crm/v3/objects/deals/batch/update")), 1);
    QCOMPARE(values(HubSpotObject::Deal, deals.at(0), Invoice)
                 .value(WriteBack::idProperty(Invoice))
                 .toString(),
             QStringLiteral("71"));
    QCOMPARE(values(HubSpotObject::Deal, deals.at(0), Estimate)
                 .value(WriteBack::numberProperty(Estimate))
                 .toString(),
             QStringLiteral("E-81"));
    QCOMPARE(values(HubSpotObject::Deal, deals.at(1), Invoice)
                 .value(WriteBack::idProperty(Invoice))
                 .toString(),
             QStringLiteral("72"));
}

void TestWriteBackBatch::aRecordHubSpotNoLongerHasFailsAlone()
{
    const QStringList deals = ids(HubSpotObject::Deal, 2);
    QCOMPARE(deals.size(), 2);
    WriteBack writeBack(*m_client);
    const QString gone = QStringLiteral("987654321987");
    const auto outcomes = writeBack.writeMany(
        {{HubSpotObject::Deal, deals.at(0), Invoice, QStringLiteral("71"), QStringLiteral("1071")},
         {HubSpotObject::Deal, gone, Invoice, QStringLiteral("73"), QStringLiteral("1073")},
         {HubSpotObject::Deal, deals.at(1), Invoice, QStringLiteral("72"),
          QStringLiteral("1072")}});
    QCOMPARE(outcomes.size(), 3);
    QVERIFY2(outcomes.at(0).ok() && outcomes.at(0)->written, qPrintable(outcomes.at(0).reason()));
    QVERIFY2(outcomes.at(2).ok() && outcomes.at(2)->written, qPrintable(outcomes.at(2).reason()));
    // HubSpot's 207 names the missing record: its error is its own, with its class.
    QVERIFY(!outcomes.at(1).ok());
    QCOMPARE(outcomes.at(1).error().cls, ApiError::Class::Permanent);
    QCOMPARE(count(QStringLiteral("POST /crm/v3/objects/deals/batch/update")), 1);
    QCOMPARE(values(HubSpotObject::Deal, deals.at(1), Invoice)
                 .value(WriteBack::idProperty(Invoice))
                 .toString(),
             QStringLiteral("72"));
}

void TestWriteBackBatch::dealsAndQuotesGoInTheirOwnCalls()
{
    const QStringList deals = ids(HubSpotObject::Deal, 3);
    const QStringList quotes = ids(HubSpotObject::Quote, 2);
    QCOMPARE(deals.size(), 3);
    QCOMPARE(quotes.size(), 2);
    QVector<WriteBack::Item> documents;
    for (int i = 0; i < 3; ++i)
        documents.append({HubSpotObject::Deal, deals.at(i), Invoice, QString::number(10 + i),
                          QString::number(2010 + i)});
    for (int i = 0; i < 2; ++i)
        documents.append({HubSpotObject::Quote, quotes.at(i), Invoice, QString::number(20 + i),
                          QString::number(2020 + i)});
    WriteBack writeBack(*m_client);
    const auto outcomes = writeBack.writeMany(documents);
    for (const auto &outcome : outcomes)
        QVERIFY2(outcome.ok() && outcome->written, qPrintable(outcome.reason()));
    QCOMPARE(count(QStringLiteral("POST /crm/v3/objects/deals/batch/update")), 1);
    QCOMPARE(count(QStringLiteral("POST /crm/v3/objects/quotes/batch/update")), 1);
    QCOMPARE(values(HubSpotObject::Quote, quotes.at(1), Invoice)
                 .value(WriteBack::numberProperty(Invoice))
                 .toString(),
             QStringLiteral("2021"));
}

void TestWriteBackBatch::whatCannotBeStoredIsRefusedBeforeSending()
{
    const QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    WriteBack writeBack(*m_client);
    const auto outcomes = writeBack.writeMany(
        {{HubSpotObject::Deal, deals.at(0), QStringLiteral("Bill"), QStringLiteral("5"), {}},
         {HubSpotObject::Deal, deals.at(0), Invoice, QString(), QStringLiteral("1001")}});
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(!outcomes.at(0).ok());
    QVERIFY(!outcomes.at(1).ok());
    QCOMPARE(hubSpotRequests(), 0);
}

void TestWriteBackBatch::noPermissionToChangeRecordsIsANoteForEach()
{
    const QStringList deals = ids(HubSpotObject::Deal, 3);
    QCOMPARE(deals.size(), 3);
    // May manage deal properties but not change deals.
    FixedToken limited;
    limited.token = m_server->createHubSpotPrivateAppToken(
        {QStringLiteral("crm.objects.deals.read"), QStringLiteral("crm.schemas.deals.read"),
         QStringLiteral("crm.schemas.deals.write")});
    HubSpotClient client(*m_transport, m_server->baseUrl(), limited, m_clock);
    WriteBack writeBack(client);
    QVector<WriteBack::Item> documents;
    for (int i = 0; i < 3; ++i)
        documents.append({HubSpotObject::Deal, deals.at(i), Invoice, QString::number(30 + i),
                          QString::number(3030 + i)});
    const auto outcomes = writeBack.writeMany(documents);
    QCOMPARE(outcomes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        // Not a failure of the action: the invoice exists; the note says what was not stored.
        QVERIFY2(outcomes.at(i).ok(), qPrintable(outcomes.at(i).reason()));
        QVERIFY(!outcomes.at(i)->written);
        QVERIFY2(outcomes.at(i)->note.contains(QLatin1String("crm.objects.deals.write")) &&
                     outcomes.at(i)->note.contains(deals.at(i)),
                 qPrintable(outcomes.at(i)->note));
        QVERIFY(!outcomes.at(i)->note.contains(limited.token));
    }
    QCOMPARE(count(QStringLiteral("POST /crm/v3/objects/deals/batch/update")), 1);
    QCOMPARE(values(HubSpotObject::Deal, deals.at(0), Invoice)
                 .value(WriteBack::idProperty(Invoice))
                 .toString(),
             QString());
}

QTEST_GUILESS_MAIN(TestWriteBackBatch)
#include "tst_writebackbatch.moc"
