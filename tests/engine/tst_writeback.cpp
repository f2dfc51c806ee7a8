// WriteBack against the sandbox's HubSpot portal over real HTTP on the loopback: the sandbox
// keeps HubSpot's properties API rules (group must exist, 409 for a name taken, hs_ reserved,
// type/fieldType pairs) and its scopes (403 MISSING_SCOPES), so what passes here is what HubSpot
// would accept. What was sent is read from the sandbox's request log (/_sandbox/requests), never
// guessed from timings.
#include "app/sandbox/sandboxserver.h"

#include "support/sandboxadmin.h"
#include "core/engine/writeback.h"
#include "core/hubspot/hubspotclient.h"
#include "core/net/networktransport.h"
#include "core/net/tokensource.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace bookflow;
using bookflow::sandbox::SandboxServer;

namespace {

const QString Invoice = QStringLiteral("Invoice");

// A private-app token that a test can replace: a sandbox reset forgets every token, and the
// stale-list test needs the same client (and WriteBack) to go on after one.
class SwappableToken final : public TokenSource
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

// One request of the sandbox's log.
struct Sent
{
    QString method;
    QString path;
    int status = 0;
};

} // namespace

class TestWriteBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Offline.
    void propertyNamesAndDefinitions();
    void refusesWhatItCannotStoreBeforeSending();

    // Over HTTP against the demo portal.
    void firstWriteCreatesTheGroupAndProperties();
    void laterWritesCreateNothing();
    void anotherDocumentTypeAddsOnlyItsProperties();
    void quotesAndPayments();
    void propertiesCreatedMeanwhileElsewhereAreFine();
    void noPermissionToAddPropertiesIsSkipped();
    void noPermissionToChangeTheRecordIsSkipped();
    void noPermissionToReadPropertiesIsSkipped();
    void otherErrorsKeepTheirClass();
    void propertiesDeletedMeanwhileAreCreatedAgain();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void resetSandbox();
    QString newToken(const QStringList &scopes = {});
    void addFault(const QJsonObject &rule);
    QVector<Sent> sent();
    int count(const QString &method, const QString &pathPrefix, int status = 0);
    QStringList ids(HubSpotObject object, int count);
    std::optional<HubSpotProperty> property(HubSpotObject object, const QString &name);
    QJsonObject values(HubSpotObject object, const QString &id, const QString &documentType);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    SystemClock m_clock;
    SwappableToken m_token;
    std::unique_ptr<HubSpotClient> m_client;
};

QJsonObject TestWriteBack::admin(const QByteArray &method, const QString &path,
                                 const QJsonObject &body)
{
    return testsupport::sandboxCall(*m_transport, m_server->baseUrl(), method, path, body);
}

void TestWriteBack::resetSandbox()
{
    const QJsonObject reset = admin("POST", QStringLiteral("/_sandbox/reset?seed=demo"));
    QVERIFY2(reset.value(QStringLiteral("hubId")).toInteger() > 0,
             QJsonDocument(reset).toJson().constData());
    // Scopes are what the 403 tests are about: enforced whatever the default.
    const QJsonObject settings =
        admin("POST", QStringLiteral("/_sandbox/settings"),
              QJsonObject{{QStringLiteral("hubspot"),
                           QJsonObject{{QStringLiteral("enforceScopes"), true}}}});
    QVERIFY(settings.value(QStringLiteral("hubspot"))
                .toObject()
                .value(QStringLiteral("enforceScopes"))
                .toBool());
    m_token.token = newToken();
    QVERIFY(!m_token.token.isEmpty());
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
}

QString TestWriteBack::newToken(const QStringList &scopes)
{
    QJsonObject body;
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    return admin("POST", QStringLiteral("/_sandbox/private-app-tokens"), body)
        .value(QStringLiteral("token"))
        .toString();
}

void TestWriteBack::addFault(const QJsonObject &rule)
{
    const QJsonObject answer = admin("POST", QStringLiteral("/_sandbox/faults"),
                                     QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}});
    QVERIFY2(!answer.value(QStringLiteral("rules")).toArray().isEmpty(),
             QJsonDocument(answer).toJson().constData());
}

QVector<Sent> TestWriteBack::sent()
{
    QVector<Sent> all;
    const QJsonArray recent = admin("GET", QStringLiteral("/_sandbox/requests"))
                                  .value(QStringLiteral("recent"))
                                  .toArray();
    for (const QJsonValue &value : recent) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("provider")).toString() != QLatin1String("hubspot"))
            continue;
        all.append({entry.value(QStringLiteral("method")).toString(),
                    entry.value(QStringLiteral("path")).toString(),
                    entry.value(QStringLiteral("status")).toInt()});
    }
    return all;
}

// Requests since the last reset of the log with this method whose path is `pathPrefix` or
// below it ("…/deals" counts "…/deals/groups" too; use the full path to tell them apart), and
// with `status` unless it is 0.
int TestWriteBack::count(const QString &method, const QString &pathPrefix, int status)
{
    int n = 0;
    for (const Sent &request : sent()) {
        if (request.method == method &&
            (request.path == pathPrefix ||
             request.path.startsWith(pathPrefix + QLatin1Char('/'))) &&
            (status == 0 || request.status == status))
            ++n;
    }
    return n;
}

QStringList TestWriteBack::ids(HubSpotObject object, int count)
{
    const auto page = m_client->list(object, {}, count);
    if (!page) {
        qWarning("list: %s", qPrintable(page.reason()));
        return {};
    }
    QStringList ids;
    for (const HubSpotRecord &record : page->records)
        ids.append(record.id);
    return ids;
}

std::optional<HubSpotProperty> TestWriteBack::property(HubSpotObject object, const QString &name)
{
    const auto properties = m_client->properties(object);
    if (!properties) {
        qWarning("properties: %s", qPrintable(properties.reason()));
        return std::nullopt;
    }
    for (const HubSpotProperty &property : properties.value()) {
        if (property.name == name)
            return property;
    }
    return std::nullopt;
}

// The record's two properties for `documentType`, read back from HubSpot.
QJsonObject TestWriteBack::values(HubSpotObject object, const QString &id,
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

void TestWriteBack::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();
    m_client = std::make_unique<HubSpotClient>(*m_transport, m_server->baseUrl(), m_token, m_clock);
    m_client->setTimeoutMs(60000);
}

void TestWriteBack::init()
{
    // A fresh portal per test: no Bookflow properties yet, empty request log.
    resetSandbox();
}

void TestWriteBack::cleanup()
{
    admin("DELETE", QStringLiteral("/_sandbox/faults"));
}

void TestWriteBack::propertyNamesAndDefinitions()
{
    struct Case
    {
        const char *type;
        const char *number;
        const char *id;
        const char *label;
    } cases[] = {
        {"Invoice", "bookflow_qbo_invoice_number", "bookflow_qbo_invoice_id",
         "QuickBooks invoice number"},
        {"Estimate", "bookflow_qbo_estimate_number", "bookflow_qbo_estimate_id",
         "QuickBooks estimate number"},
        {"SalesReceipt", "bookflow_qbo_salesreceipt_number", "bookflow_qbo_salesreceipt_id",
         "QuickBooks sales receipt number"},
        {"RefundReceipt", "bookflow_qbo_refundreceipt_number", "bookflow_qbo_refundreceipt_id",
         "QuickBooks refund receipt number"},
        {"Purchase", "bookflow_qbo_purchase_number", "bookflow_qbo_purchase_id",
         "QuickBooks expense number"},
    };
    // HubSpot: custom property names are lower case, digits and _, and hs_ is HubSpot's own.
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QSet<QString> names;
    for (const Case &c : cases) {
        const QString type = QLatin1String(c.type);
        QCOMPARE(WriteBack::numberProperty(type), QLatin1String(c.number));
        QCOMPARE(WriteBack::idProperty(type), QLatin1String(c.id));
        const QVector<HubSpotProperty> definitions = WriteBack::propertyDefinitions(type);
        QCOMPARE(definitions.size(), 2);
        QCOMPARE(definitions.at(0).name, QLatin1String(c.number));
        QCOMPARE(definitions.at(0).label, QLatin1String(c.label));
        QCOMPARE(definitions.at(1).name, QLatin1String(c.id));
        for (const HubSpotProperty &definition : definitions) {
            QVERIFY(valid.match(definition.name).hasMatch());
            QVERIFY(!definition.name.startsWith(QLatin1String("hs_")));
            QCOMPARE(definition.type, QStringLiteral("string"));
            QCOMPARE(definition.fieldType, QStringLiteral("text"));
            QCOMPARE(definition.groupName, WriteBack::groupName());
            QVERIFY(!definition.description.isEmpty());
            names.insert(definition.name);
        }
    }
    QCOMPARE(names.size(), 10);
    QCOMPARE(WriteBack::groupName(), QStringLiteral("bookflow"));
    QCOMPARE(WriteBack::idProperty(QStringLiteral("Invoice")).size(), 23);
    QCOMPARE(WriteBack::idProperty(QStringLiteral("Bill")), QString());
    QCOMPARE(WriteBack::numberProperty(QString()), QString());
    QVERIFY(WriteBack::propertyDefinitions(QStringLiteral("Payment")).isEmpty());
}

void TestWriteBack::refusesWhatItCannotStoreBeforeSending()
{
    WriteBack writeBack(*m_client);
    const auto bill = writeBack.write(HubSpotObject::Deal, QStringLiteral("1"),
                                      QStringLiteral("Bill"), QStringLiteral("5"), QString());
    QVERIFY(!bill.ok());
    QVERIFY(bill.error().isPermanent());
    QVERIFY(bill.reason().contains(QLatin1String("Bill")));
    const auto noId = writeBack.write(HubSpotObject::Deal, QStringLiteral("1"), Invoice, QString(),
                                      QStringLiteral("1001"));
    QVERIFY(!noId.ok());
    QVERIFY(noId.error().isPermanent());
    QVERIFY(sent().isEmpty());
}

void TestWriteBack::firstWriteCreatesTheGroupAndProperties()
{
    const QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    QVERIFY(!property(HubSpotObject::Deal, WriteBack::idProperty(Invoice)));
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));

    WriteBack writeBack(*m_client);
    const auto written = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                         QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(written.ok(), qPrintable(written.reason()));
    QVERIFY(written->written);
    QVERIFY2(written->note.contains(QLatin1String("1042")), qPrintable(written->note));

    // One look at the list, the group, the two properties, the one change.
    QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/crm/v3/properties/deals")), 1);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals/groups"), 201),
             1);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals"), 201), 3);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals"), 200), 1);
    QCOMPARE(sent().size(), 5);

    // As HubSpot now describes them.
    const auto number =
        property(HubSpotObject::Deal, QStringLiteral("bookflow_qbo_invoice_number"));
    QVERIFY(number);
    QCOMPARE(number->label, QStringLiteral("QuickBooks invoice number"));
    QCOMPARE(number->groupName, QStringLiteral("bookflow"));
    QCOMPARE(number->type, QStringLiteral("string"));
    QCOMPARE(number->fieldType, QStringLiteral("text"));
    const auto id = property(HubSpotObject::Deal, QStringLiteral("bookflow_qbo_invoice_id"));
    QVERIFY(id);
    QCOMPARE(id->label, QStringLiteral("QuickBooks invoice id"));
    QCOMPARE(id->groupName, QStringLiteral("bookflow"));

    // The group is there with its label.
    const QJsonObject groups = [&] {
        HttpRequest request;
        request.url = QUrl(m_server->baseUrl().toString() +
                           QStringLiteral("/crm/v3/properties/deals/groups/bookflow"));
        request.setHeader("Authorization", "Bearer " + m_token.token.toUtf8());
        request.timeoutMs = 60000;
        return QJsonDocument::fromJson(m_transport->send(request).body).object();
    }();
    QCOMPARE(groups.value(QStringLiteral("label")).toString(), QStringLiteral("Bookflow"));

    // And the record carries the values.
    const QJsonObject stored = values(HubSpotObject::Deal, deals.first(), Invoice);
    QCOMPARE(stored.value(QStringLiteral("bookflow_qbo_invoice_number")).toString(),
             QStringLiteral("1042"));
    QCOMPARE(stored.value(QStringLiteral("bookflow_qbo_invoice_id")).toString(),
             QStringLiteral("130"));
}

void TestWriteBack::laterWritesCreateNothing()
{
    const QStringList deals = ids(HubSpotObject::Deal, 3);
    QCOMPARE(deals.size(), 3);
    WriteBack writeBack(*m_client);
    const auto first = writeBack.write(HubSpotObject::Deal, deals.at(0), Invoice,
                                       QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(first.ok() && first->written, qPrintable(first.reason()));

    // The same WriteBack, another record: the change alone.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto second = writeBack.write(HubSpotObject::Deal, deals.at(1), Invoice,
                                        QStringLiteral("131"), QStringLiteral("1043"));
    QVERIFY2(second.ok() && second->written, qPrintable(second.reason()));
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties")), 0);
    QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/crm/v3/properties")), 0);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals")), 1);
    QCOMPARE(sent().size(), 1);

    // A new WriteBack (a new run) reads the list once and finds everything there.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    WriteBack later(*m_client);
    const auto third = later.write(HubSpotObject::Deal, deals.at(2), Invoice, QStringLiteral("132"),
                                   QStringLiteral("1044"));
    QVERIFY2(third.ok() && third->written, qPrintable(third.reason()));
    QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/crm/v3/properties/deals")), 1);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties")), 0);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals")), 1);

    // Each record has its own values; the first is untouched.
    QCOMPARE(values(HubSpotObject::Deal, deals.at(0), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_number"))
                 .toString(),
             QStringLiteral("1042"));
    QCOMPARE(values(HubSpotObject::Deal, deals.at(1), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_id"))
                 .toString(),
             QStringLiteral("131"));
    QCOMPARE(values(HubSpotObject::Deal, deals.at(2), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_number"))
                 .toString(),
             QStringLiteral("1044"));
}

void TestWriteBack::anotherDocumentTypeAddsOnlyItsProperties()
{
    const QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    WriteBack writeBack(*m_client);
    QVERIFY(writeBack
                .write(HubSpotObject::Deal, deals.first(), Invoice, QStringLiteral("130"),
                       QStringLiteral("1042"))
                .ok());

    // The group exists: only the estimate's two properties are added.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto estimate =
        writeBack.write(HubSpotObject::Deal, deals.first(), QStringLiteral("Estimate"),
                        QStringLiteral("77"), QStringLiteral("E-1001"));
    QVERIFY2(estimate.ok() && estimate->written, qPrintable(estimate.reason()));
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals/groups")), 0);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals"), 201), 2);
    QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/crm/v3/properties")), 0);

    // Another WriteBack sees the group through the properties in it and doesn't create it again.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    WriteBack later(*m_client);
    QVERIFY(later
                .write(HubSpotObject::Deal, deals.first(), QStringLiteral("SalesReceipt"),
                       QStringLiteral("88"), QStringLiteral("1050"))
                .ok());
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals/groups")), 0);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals"), 201), 2);

    // One record, three documents, each in its own properties.
    const auto record = m_client->get(HubSpotObject::Deal, deals.first(),
                                      {QStringLiteral("bookflow_qbo_invoice_number"),
                                       QStringLiteral("bookflow_qbo_estimate_number"),
                                       QStringLiteral("bookflow_qbo_estimate_id"),
                                       QStringLiteral("bookflow_qbo_salesreceipt_id")});
    QVERIFY2(record.ok(), qPrintable(record.reason()));
    QCOMPARE(record->text(QStringLiteral("bookflow_qbo_invoice_number")), QStringLiteral("1042"));
    QCOMPARE(record->text(QStringLiteral("bookflow_qbo_estimate_number")),
             QStringLiteral("E-1001"));
    QCOMPARE(record->text(QStringLiteral("bookflow_qbo_estimate_id")), QStringLiteral("77"));
    QCOMPARE(record->text(QStringLiteral("bookflow_qbo_salesreceipt_id")), QStringLiteral("88"));
}

void TestWriteBack::quotesAndPayments()
{
    const QStringList quotes = ids(HubSpotObject::Quote, 1);
    const QStringList payments = ids(HubSpotObject::CommercePayment, 2);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(payments.size(), 2);
    WriteBack writeBack(*m_client);

    const auto quote = writeBack.write(HubSpotObject::Quote, quotes.first(), Invoice,
                                       QStringLiteral("140"), QStringLiteral("1060"));
    QVERIFY2(quote.ok() && quote->written, qPrintable(quote.reason()));
    QCOMPARE(values(HubSpotObject::Quote, quotes.first(), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_number"))
                 .toString(),
             QStringLiteral("1060"));

    const auto refund = writeBack.write(HubSpotObject::CommercePayment, payments.at(0),
                                        QStringLiteral("RefundReceipt"), QStringLiteral("150"),
                                        QStringLiteral("R-7"));
    QVERIFY2(refund.ok() && refund->written, qPrintable(refund.reason()));
    QCOMPARE(values(HubSpotObject::CommercePayment, payments.at(0), QStringLiteral("RefundReceipt"))
                 .value(QStringLiteral("bookflow_qbo_refundreceipt_number"))
                 .toString(),
             QStringLiteral("R-7"));

    // An expense without a number: the id alone; the number property exists but stays empty.
    const auto expense =
        writeBack.write(HubSpotObject::CommercePayment, payments.at(1), QStringLiteral("Purchase"),
                        QStringLiteral("160"), QString());
    QVERIFY2(expense.ok() && expense->written, qPrintable(expense.reason()));
    QVERIFY2(expense->note.contains(QLatin1String("160")), qPrintable(expense->note));
    const QJsonObject stored =
        values(HubSpotObject::CommercePayment, payments.at(1), QStringLiteral("Purchase"));
    QCOMPARE(stored.value(QStringLiteral("bookflow_qbo_purchase_id")).toString(),
             QStringLiteral("160"));
    QCOMPARE(stored.value(QStringLiteral("bookflow_qbo_purchase_number")).toString(), QString());
    QVERIFY(
        property(HubSpotObject::CommercePayment, QStringLiteral("bookflow_qbo_purchase_number")));

    // Each object type has its own properties: the deal's were never created.
    QVERIFY(!property(HubSpotObject::Deal, QStringLiteral("bookflow_qbo_invoice_id")));
}

void TestWriteBack::propertiesCreatedMeanwhileElsewhereAreFine()
{
    const QStringList deals = ids(HubSpotObject::Deal, 2);
    QCOMPARE(deals.size(), 2);

    // This machine reads the list (nothing of Bookflow's yet) and then cannot create the group:
    // HubSpot is down for a moment. That is an error for the engine to retry, with its class.
    addFault(
        QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                    {QStringLiteral("method"), QStringLiteral("POST")},
                    {QStringLiteral("path"), QStringLiteral("/crm/v3/properties/deals/groups")},
                    {QStringLiteral("status"), 503}});
    WriteBack here(*m_client);
    const auto failed = here.write(HubSpotObject::Deal, deals.at(0), Invoice, QStringLiteral("130"),
                                   QStringLiteral("1042"));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().isTransient());
    QCOMPARE(failed.error().httpStatus, 503);
    admin("DELETE", QStringLiteral("/_sandbox/faults"));

    // Meanwhile another machine creates the group and the properties.
    WriteBack elsewhere(*m_client);
    const auto other = elsewhere.write(HubSpotObject::Deal, deals.at(1), Invoice,
                                       QStringLiteral("131"), QStringLiteral("1043"));
    QVERIFY2(other.ok() && other->written, qPrintable(other.reason()));

    // The retry here still believes they are missing: HubSpot's 409s mean "already there".
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto retried = here.write(HubSpotObject::Deal, deals.at(0), Invoice,
                                    QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(retried.ok(), qPrintable(retried.reason()));
    QVERIFY(retried->written);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals/groups"), 409),
             1);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals"), 409), 3);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals"), 200), 1);
    QCOMPARE(values(HubSpotObject::Deal, deals.at(0), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_number"))
                 .toString(),
             QStringLiteral("1042"));

    // And having learnt they exist, it doesn't ask again.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    QVERIFY(here.write(HubSpotObject::Deal, deals.at(1), Invoice, QStringLiteral("131"),
                       QStringLiteral("1043"))
                .ok());
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties")), 0);
}

void TestWriteBack::noPermissionToAddPropertiesIsSkipped()
{
    const QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    // A private app that may read and change deals but not their schema.
    SwappableToken limited;
    limited.token = newToken(
        {QStringLiteral("crm.objects.deals.read"), QStringLiteral("crm.objects.deals.write")});
    QVERIFY(!limited.token.isEmpty());
    HubSpotClient client(*m_transport, m_server->baseUrl(), limited, m_clock);
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));

    WriteBack writeBack(client);
    const auto skipped = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                         QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(skipped.ok(), qPrintable(skipped.reason()));
    QVERIFY(!skipped->written);
    // Why, in words: what was not stored, on which record, and the permission it lacks.
    QVERIFY2(skipped->note.contains(QLatin1String("invoice")), qPrintable(skipped->note));
    QVERIFY2(skipped->note.contains(deals.first()), qPrintable(skipped->note));
    QVERIFY2(skipped->note.contains(QLatin1String("crm.schemas.deals.write")),
             qPrintable(skipped->note));
    QVERIFY(!skipped->note.contains(limited.token));
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals/groups"), 403),
             1);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects")), 0);

    // Nothing was created, nothing was written.
    QVERIFY(!property(HubSpotObject::Deal, QStringLiteral("bookflow_qbo_invoice_id")));
    QVERIFY(!values(HubSpotObject::Deal, deals.first(), Invoice)
                 .contains(QStringLiteral("bookflow_qbo_invoice_id")));
}

void TestWriteBack::noPermissionToChangeTheRecordIsSkipped()
{
    const QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    // May manage deal properties but not change deals.
    SwappableToken limited;
    limited.token = newToken({QStringLiteral("crm.objects.deals.read"),
                              QStringLiteral("crm.schemas.deals.read"),
                              QStringLiteral("crm.schemas.deals.write")});
    HubSpotClient client(*m_transport, m_server->baseUrl(), limited, m_clock);

    WriteBack writeBack(client);
    const auto skipped = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                         QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(skipped.ok(), qPrintable(skipped.reason()));
    QVERIFY(!skipped->written);
    QVERIFY2(skipped->note.contains(QLatin1String("crm.objects.deals.write")),
             qPrintable(skipped->note));
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals"), 403), 1);
    // The properties were made (the connection may do that), but the deal has no values.
    QVERIFY(property(HubSpotObject::Deal, QStringLiteral("bookflow_qbo_invoice_id")));
    QCOMPARE(values(HubSpotObject::Deal, deals.first(), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_id"))
                 .toString(),
             QString());
}

void TestWriteBack::noPermissionToReadPropertiesIsSkipped()
{
    SwappableToken limited;
    limited.token = newToken({QStringLiteral("crm.objects.contacts.read")});
    HubSpotClient client(*m_transport, m_server->baseUrl(), limited, m_clock);
    WriteBack writeBack(client);
    const auto skipped = writeBack.write(HubSpotObject::Deal, QStringLiteral("1"), Invoice,
                                         QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(skipped.ok(), qPrintable(skipped.reason()));
    QVERIFY(!skipped->written);
    QVERIFY2(skipped->note.contains(QLatin1String("crm.schemas.deals.read")),
             qPrintable(skipped->note));
    QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/crm/v3/properties/deals"), 403), 1);
    QCOMPARE(sent().size(), 1);
}

void TestWriteBack::otherErrorsKeepTheirClass()
{
    const QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    WriteBack writeBack(*m_client);

    // The property list unreachable: Transient, and nothing cached, so the next call reads it.
    addFault(QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                         {QStringLiteral("method"), QStringLiteral("GET")},
                         {QStringLiteral("path"), QStringLiteral("/crm/v3/properties/deals")},
                         {QStringLiteral("status"), 500}});
    const auto down = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                      QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY(!down.ok());
    QVERIFY(down.error().isTransient());
    admin("DELETE", QStringLiteral("/_sandbox/faults"));

    // Throttled on the change: RateLimited, with HubSpot's wait.
    addFault(QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                         {QStringLiteral("method"), QStringLiteral("PATCH")},
                         {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/deals/")},
                         {QStringLiteral("status"), 429},
                         {QStringLiteral("retryAfter"), 7}});
    const auto throttled = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                           QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY(!throttled.ok());
    QVERIFY(throttled.error().isRateLimited());
    QCOMPARE(throttled.error().retryAfterSeconds.value_or(-1), 7);
    admin("DELETE", QStringLiteral("/_sandbox/faults"));

    // A token HubSpot refuses: NeedsReconnect, not a skipped write.
    SwappableToken refused;
    refused.token = QStringLiteral("pat-na1-00000000-0000-0000-0000-000000000000");
    HubSpotClient stranger(*m_transport, m_server->baseUrl(), refused, m_clock);
    const auto unknown = WriteBack(stranger).write(HubSpotObject::Deal, deals.first(), Invoice,
                                                   QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().needsReconnect());

    // A record HubSpot does not have: Permanent, after the properties are in place.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto gone = writeBack.write(HubSpotObject::Deal, QStringLiteral("999999999"), Invoice,
                                      QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().isPermanent());
    QCOMPARE(gone.error().httpStatus, 404);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals"), 404), 1);

    // After all that, the same WriteBack writes.
    const auto fine = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                      QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(fine.ok() && fine->written, qPrintable(fine.reason()));
}

void TestWriteBack::propertiesDeletedMeanwhileAreCreatedAgain()
{
    WriteBack writeBack(*m_client);
    QStringList deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    const auto first = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                       QStringLiteral("130"), QStringLiteral("1042"));
    QVERIFY2(first.ok() && first->written, qPrintable(first.reason()));

    // A fresh portal: Bookflow's properties are gone although this WriteBack saw them.
    resetSandbox();
    QVERIFY(!property(HubSpotObject::Deal, QStringLiteral("bookflow_qbo_invoice_id")));
    deals = ids(HubSpotObject::Deal, 1);
    QCOMPARE(deals.size(), 1);
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));

    const auto again = writeBack.write(HubSpotObject::Deal, deals.first(), Invoice,
                                       QStringLiteral("131"), QStringLiteral("1043"));
    QVERIFY2(again.ok(), qPrintable(again.reason()));
    QVERIFY(again->written);
    // Refused once (the property does not exist), the list read again, everything created.
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals"), 400), 1);
    QCOMPARE(count(QStringLiteral("GET"), QStringLiteral("/crm/v3/properties/deals")), 1);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/crm/v3/properties/deals"), 201), 3);
    QCOMPARE(count(QStringLiteral("PATCH"), QStringLiteral("/crm/v3/objects/deals"), 200), 1);
    QCOMPARE(values(HubSpotObject::Deal, deals.first(), Invoice)
                 .value(QStringLiteral("bookflow_qbo_invoice_id"))
                 .toString(),
             QStringLiteral("131"));
}

QTEST_GUILESS_MAIN(TestWriteBack)
#include "tst_writeback.moc"
