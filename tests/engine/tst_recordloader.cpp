// RecordLoader against the sandbox's demo portal over real HTTP on the loopback: the records a
// workflow enrolls, with their contact, line items and one-hop deal and quote, read in batches.
// Expectations come from the demo seed (app/sandbox/hubspot/hubspotseed.cpp); records are found
// by their names and emails, never by hard-coded ids.
#include "app/sandbox/sandboxserver.h"

#include "support/sandboxadmin.h"
#include "support/workflows.h"
#include "core/engine/recordloader.h"
#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotprivateapptoken.h"
#include "core/net/networktransport.h"
#include "core/util/clock.h"
#include "core/workflow/filterevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace bookflow;
using bookflow::testsupport::makeFilter;
using bookflow::sandbox::SandboxServer;

namespace {

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromLatin1(text)).value();
}

HubSpotRecord lineRecord(const QString &id, const QJsonObject &properties)
{
    HubSpotRecord record;
    record.id = id;
    record.properties = properties;
    return record;
}

QStringList lineNames(const QVector<LineItem> &lines)
{
    QStringList names;
    for (const LineItem &line : lines)
        names.append(line.name);
    return names;
}

QStringList lineIds(const QVector<LineItem> &lines)
{
    QStringList ids;
    for (const LineItem &line : lines)
        ids.append(line.id);
    return ids;
}

} // namespace

class TestRecordLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Offline: the pieces.
    void propertiesForNamesEveryFilteredProperty();
    void lineItemNumbersAndTax();
    void lineItemsInQuotePositionOrder();
    void contactPreferencePutsSignersFirst();

    // Over HTTP against the demo portal.
    void loadsADealWithItsContactAndLines();
    void dealWithTwoContactsTakesTheLowestId();
    void quoteTakesItsSignerAndItsDeal();
    void paymentCarriesItsDealAndQuote();
    void paymentWithoutDealOrQuote();
    void recordWithoutContactOrLines();
    void loadsEveryDemoDealInAFewRequests();
    void loadsEveryDemoPaymentInAFewRequests();
    void deletedAndUnknownIdsAreMissing();
    void aDeletedContactGivesWayToTheNext();
    void aFailedBatchFailsTheWholeLoad();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // Archives a record the way HubSpot's API does: DELETE /crm/v3/objects/{type}/{id}.
    int archive(HubSpotObject object, const QString &id);
    HubSpotRecord findOne(HubSpotObject object, const QString &property, const QString &value,
                          const QStringList &extra = {});
    QStringList associatedIds(HubSpotObject from, const QString &id, HubSpotObject to);
    int requestTotal();
    QHash<HubSpotObject, QStringList> propertiesFor(ObjectType type);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    SystemClock m_clock;
    std::unique_ptr<HubSpotPrivateAppToken> m_token;
    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<RecordLoader> m_loader;
};

QJsonObject TestRecordLoader::admin(const QByteArray &method, const QString &path,
                                    const QJsonObject &body)
{
    return ::testsupport::sandboxCall(*m_transport, m_server->baseUrl(), method, path, body);
}

int TestRecordLoader::archive(HubSpotObject object, const QString &id)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = QUrl(m_server->baseUrl().toString() + QStringLiteral("/crm/v3/objects/") +
                       hubSpotObjectPath(object) + QLatin1Char('/') + id);
    request.setHeader("Authorization", "Bearer " + m_token->accessToken().toUtf8());
    request.timeoutMs = 60000;
    return m_transport->send(request).status;
}

HubSpotRecord TestRecordLoader::findOne(HubSpotObject object, const QString &property,
                                        const QString &value, const QStringList &extra)
{
    const auto all = m_client->listAll(object, QStringList{property} + extra);
    if (!all) {
        qWarning("list: %s", qPrintable(all.reason()));
        return {};
    }
    for (const HubSpotRecord &record : all.value()) {
        if (record.text(property) == value)
            return record;
    }
    qWarning("no %s with %s = %s", qPrintable(hubSpotObjectPath(object)), qPrintable(property),
             qPrintable(value));
    return {};
}

QStringList TestRecordLoader::associatedIds(HubSpotObject from, const QString &id, HubSpotObject to)
{
    const auto associations = m_client->associations(from, id, to);
    QStringList ids;
    if (associations) {
        for (const HubSpotAssociation &association : associations.value())
            ids.append(association.toObjectId);
    }
    return HubSpotWire::sortedUniqueIds(ids);
}

int TestRecordLoader::requestTotal()
{
    return admin("GET", QStringLiteral("/_sandbox/requests"))
        .value(QStringLiteral("total"))
        .toInt(-1);
}

QHash<HubSpotObject, QStringList> TestRecordLoader::propertiesFor(ObjectType type)
{
    Workflow workflow;
    workflow.objectType = type;
    return RecordLoader::propertiesFor(workflow, {QStringLiteral("lifecyclestage")});
}

void TestRecordLoader::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();
}

void TestRecordLoader::init()
{
    // A fresh demo portal per test: one test deletes a deal, another injects faults.
    const QJsonObject reset = admin("POST", QStringLiteral("/_sandbox/reset?seed=demo"));
    QVERIFY2(reset.value(QStringLiteral("hubId")).toInteger() > 0,
             QJsonDocument(reset).toJson().constData());
    const QJsonObject token = admin("POST", QStringLiteral("/_sandbox/private-app-tokens"));
    const QString pat = token.value(QStringLiteral("token")).toString();
    QVERIFY(!pat.isEmpty());
    m_loader.reset();
    m_client.reset();
    m_token = std::make_unique<HubSpotPrivateAppToken>(pat);
    m_client =
        std::make_unique<HubSpotClient>(*m_transport, m_server->baseUrl(), *m_token, m_clock);
    m_client->setTimeoutMs(60000);
    m_loader = std::make_unique<RecordLoader>(*m_client);
}

void TestRecordLoader::cleanup()
{
    admin("DELETE", QStringLiteral("/_sandbox/faults"));
}

// --- offline ---------------------------------------------------------------------------------

void TestRecordLoader::propertiesForNamesEveryFilteredProperty()
{
    Workflow workflow;
    workflow.objectType = ObjectType::Quote;
    FilterGroup first;
    first.filters = {
        makeFilter(FilterObject::Quote, QStringLiteral("hs_esign_num_signers_completed"),
                   PropertyType::Number, Operator::IsKnown),
        makeFilter(FilterObject::Quote, QStringLiteral("hs_status"), PropertyType::Enumeration,
                   Operator::IsAnyOf, {QStringLiteral("APPROVAL_NOT_NEEDED")}),
        makeFilter(FilterObject::Deal, QStringLiteral("dealstage"), PropertyType::Enumeration,
                   Operator::IsAnyOf, {QStringLiteral("closedwon")})};
    FilterGroup second;
    second.filters = {makeFilter(FilterObject::Contact, QStringLiteral("country"),
                                 PropertyType::Text, Operator::IsAnyOf,
                                 {QStringLiteral("United States")}),
                      // A quote workflow can't read a payment: not asked for.
                      makeFilter(FilterObject::Payment, QStringLiteral("hs_latest_status"),
                                 PropertyType::Enumeration, Operator::IsKnown),
                      // Asked for once, though named twice.
                      makeFilter(FilterObject::Quote, QStringLiteral("hs_status"),
                                 PropertyType::Enumeration, Operator::IsKnown)};
    workflow.enrollment.filterGroups = {first, second};
    workflow.enrollment.reenroll.enabled = true;
    workflow.enrollment.reenroll.properties = {QStringLiteral("hs_expiration_date"),
                                               QStringLiteral("hs_quote_link")};

    const auto properties = RecordLoader::propertiesFor(
        workflow, {QStringLiteral("lifecyclestage"), QStringLiteral("email")});
    QCOMPARE(properties.size(), 4); // quote, deal, contact, line item
    QVERIFY(!properties.contains(HubSpotObject::CommercePayment));

    const QStringList quote = properties.value(HubSpotObject::Quote);
    for (const char *name : {"hs_title", "hs_quote_amount", "hs_esign_num_signers_completed",
                             "hs_status", "hs_expiration_date", "hs_quote_link"})
        QVERIFY2(quote.contains(QLatin1String(name)), name);
    QCOMPARE(quote.count(QStringLiteral("hs_status")), 1);
    QCOMPARE(quote.count(QStringLiteral("hs_esign_num_signers_completed")), 1);

    const QStringList deal = properties.value(HubSpotObject::Deal);
    for (const char *name : {"dealname", "amount", "dealstage"})
        QVERIFY2(deal.contains(QLatin1String(name)), name);

    const QStringList contact = properties.value(HubSpotObject::Contact);
    for (const char *name : {"firstname", "lastname", "email", "country", "lifecyclestage"})
        QVERIFY2(contact.contains(QLatin1String(name)), name);
    QCOMPARE(contact.count(QStringLiteral("email")), 1);

    const QStringList lines = properties.value(HubSpotObject::LineItem);
    for (const char *name : {"name", "quantity", "price", "amount", "hs_product_id", "hs_sku",
                             "hs_tax_rate", "hs_tax_amount", "description", "hs_position_on_quote"})
        QVERIFY2(lines.contains(QLatin1String(name)), name);

    // Payment workflows read the payment, its deal, its quote, its contact and its lines.
    Workflow payments;
    payments.objectType = ObjectType::Payment;
    payments.enrollment.filterGroups = {FilterGroup{
        {makeFilter(FilterObject::Payment, QStringLiteral("hs_payment_source_app"),
                    PropertyType::Enumeration, Operator::IsNoneOf, {QStringLiteral("INVOICE")})},
        {}}};
    const auto paymentProperties = RecordLoader::propertiesFor(payments);
    QCOMPARE(paymentProperties.size(), 5);
    const QStringList payment = paymentProperties.value(HubSpotObject::CommercePayment);
    for (const char *name : {"hs_initial_amount", "hs_fees_amount", "hs_refunds_amount",
                             "hs_net_amount", "hs_net_amount_after_refunds", "hs_latest_status",
                             "hs_payment_source_app", "hs_currency_code"})
        QVERIFY2(payment.contains(QLatin1String(name)), name);
    QCOMPARE(payment.count(QStringLiteral("hs_payment_source_app")), 1);

    Workflow deals;
    deals.objectType = ObjectType::Deal;
    const auto dealProperties = RecordLoader::propertiesFor(deals);
    QCOMPARE(dealProperties.size(), 3); // deal, contact, line item
}

void TestRecordLoader::lineItemNumbersAndTax()
{
    // A plain line: HubSpot's numbers read exactly.
    LineItem plain = RecordLoader::lineItemFrom(
        lineRecord(QStringLiteral("11"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Pump")},
                               {QStringLiteral("hs_sku"), QStringLiteral("PUMP-001")},
                               {QStringLiteral("hs_product_id"), QStringLiteral("77")},
                               {QStringLiteral("description"), QStringLiteral("Fountain pump")},
                               {QStringLiteral("quantity"), QStringLiteral("3")},
                               {QStringLiteral("price"), QStringLiteral("15.10")},
                               {QStringLiteral("amount"), QStringLiteral("45.30")},
                               {QStringLiteral("hs_tax_rate"), QJsonValue()},
                               {QStringLiteral("hs_tax_amount"), QStringLiteral("")}}));
    QCOMPARE(plain.id, QStringLiteral("11"));
    QCOMPARE(plain.name, QStringLiteral("Pump"));
    QCOMPARE(plain.sku, QStringLiteral("PUMP-001"));
    QCOMPARE(plain.productId, QStringLiteral("77"));
    QCOMPARE(plain.description, QStringLiteral("Fountain pump"));
    QCOMPARE(plain.quantity, dec("3"));
    QCOMPARE(plain.unitPrice, dec("15.1"));
    QCOMPARE(plain.amount, dec("45.30"));
    QVERIFY(!plain.taxable);
    QVERIFY2(plain.problems.isEmpty(), qPrintable(plain.problems.join(QLatin1Char('\n'))));

    // No quantity: one unit (HubSpot's default); no amount: quantity × price to the cent.
    LineItem defaults = RecordLoader::lineItemFrom(lineRecord(
        QStringLiteral("12"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Soil")},
                                          {QStringLiteral("price"), QStringLiteral("10.005")}}));
    QCOMPARE(defaults.quantity, dec("1"));
    QCOMPARE(defaults.amount, dec("10.01"));
    QVERIFY(defaults.problems.isEmpty());

    // Numbers that are not numbers: left at zero and named, never a crash.
    LineItem broken = RecordLoader::lineItemFrom(lineRecord(
        QStringLiteral("13"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Design")},
                                          {QStringLiteral("quantity"), QStringLiteral("2x")},
                                          {QStringLiteral("price"), QStringLiteral("1,000.00")},
                                          {QStringLiteral("amount"), QStringLiteral("NaN")}}));
    QCOMPARE(broken.quantity, Decimal());
    QCOMPARE(broken.unitPrice, Decimal());
    QCOMPARE(broken.amount, Decimal());
    QCOMPARE(broken.problems.size(), 3);
    QVERIFY(broken.problems.at(0).contains(QStringLiteral("2x")));
    QVERIFY(broken.problems.at(0).contains(QStringLiteral("Design")));
    QVERIFY(broken.problems.at(1).contains(QStringLiteral("1,000.00")));
    QVERIFY(broken.problems.at(2).contains(QStringLiteral("NaN")));

    // No price at all is a problem, not a free line.
    LineItem unpriced = RecordLoader::lineItemFrom(lineRecord(
        QStringLiteral("14"), QJsonObject{{QStringLiteral("quantity"), QStringLiteral("2")}}));
    QCOMPARE(unpriced.problems.size(), 1);
    QVERIFY(unpriced.problems.first().contains(QStringLiteral("14")));

    // Taxable: a non-zero rate or tax amount, or a tax rate id HubSpot gave no zero rate for.
    struct TaxCase
    {
        const char *name;
        QJsonObject properties;
        bool taxable;
        int problems;
    };
    const QJsonObject priced{{QStringLiteral("price"), QStringLiteral("10")}};
    auto with = [&priced](std::initializer_list<QPair<QString, QJsonValue>> values) {
        QJsonObject object = priced;
        for (const auto &value : values)
            object.insert(value.first, value.second);
        return object;
    };
    const QVector<TaxCase> cases = {
        {"rate", with({{QStringLiteral("hs_tax_rate"), QStringLiteral("6.25")}}), true, 0},
        {"tax amount", with({{QStringLiteral("hs_tax_amount"), QStringLiteral("0.63")}}), true, 0},
        {"zero rate and amount",
         with({{QStringLiteral("hs_tax_rate"), QStringLiteral("0")},
               {QStringLiteral("hs_tax_amount"), QStringLiteral("0.00")}}),
         false, 0},
        {"rate id with a zero rate",
         with({{QStringLiteral("hs_tax_rate_group_id"), QStringLiteral("2148420997")},
               {QStringLiteral("hs_tax_rate"), QStringLiteral("0.000")}}),
         false, 0},
        {"rate id without a rate",
         with({{QStringLiteral("hs_tax_rate_group_id"), QStringLiteral("2148420997")}}), true, 0},
        {"unreadable rate", with({{QStringLiteral("hs_tax_rate"), QStringLiteral("six")}}), true,
         1},
        {"none", priced, false, 0},
    };
    for (const TaxCase &c : cases) {
        const LineItem line =
            RecordLoader::lineItemFrom(lineRecord(QStringLiteral("20"), c.properties));
        QVERIFY2(line.taxable == c.taxable, c.name);
        QVERIFY2(line.problems.size() == c.problems, c.name);
    }
}

void TestRecordLoader::lineItemsInQuotePositionOrder()
{
    auto line = [](const char *id, const char *position) {
        QJsonObject properties{{QStringLiteral("name"), QString::fromLatin1(id)},
                               {QStringLiteral("price"), QStringLiteral("1")}};
        if (position)
            properties.insert(QStringLiteral("hs_position_on_quote"),
                              QString::fromLatin1(position));
        return RecordLoader::lineItemFrom(lineRecord(QString::fromLatin1(id), properties));
    };
    // Positions first (numerically: 10 after 2), then the lines without one by numeric id
    // (9 before 100); equal positions by id.
    QVector<LineItem> lines = {line("100", nullptr), line("5", "10"), line("7", "2"),
                               line("9", nullptr),   line("3", "2"),  line("8", "0"),
                               line("4", "bogus")};
    RecordLoader::sortLineItems(lines);
    QCOMPARE(lineIds(lines),
             (QStringList{QStringLiteral("8"), QStringLiteral("3"), QStringLiteral("7"),
                          QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("9"),
                          QStringLiteral("100")}));
}

void TestRecordLoader::contactPreferencePutsSignersFirst()
{
    auto association = [](const char *id, QVector<int> typeIds) {
        HubSpotAssociation a;
        a.toObjectId = QString::fromLatin1(id);
        for (int typeId : typeIds)
            a.types.append({QStringLiteral("HUBSPOT_DEFINED"), typeId, QString()});
        return a;
    };
    const QVector<HubSpotAssociation> contacts = {
        association("300", {69, 702}), association("20", {69}), association("1000", {702}),
        association("3", {69})};
    QCOMPARE(RecordLoader::contactPreference(ObjectType::Quote, contacts),
             (QStringList{QStringLiteral("300"), QStringLiteral("1000"), QStringLiteral("3"),
                          QStringLiteral("20")}));
    // Only quotes have signers; deals and payments take the lowest id.
    QCOMPARE(RecordLoader::contactPreference(ObjectType::Deal, contacts).first(),
             QStringLiteral("3"));
    // A portal's own label with the number 702 is not HubSpot's signer type.
    HubSpotAssociation custom = association("50", {});
    custom.types.append({QStringLiteral("USER_DEFINED"), 702, QStringLiteral("Signer-ish")});
    QCOMPARE(RecordLoader::contactPreference(ObjectType::Quote, {custom, association("60", {69})}),
             (QStringList{QStringLiteral("50"), QStringLiteral("60")}));
    QCOMPARE(RecordLoader::contactPreference(ObjectType::Quote, {association("60", {69}), custom})
                 .first(),
             QStringLiteral("50"));
    QVERIFY(RecordLoader::contactPreference(ObjectType::Quote, {}).isEmpty());
}

// --- over HTTP -------------------------------------------------------------------------------

void TestRecordLoader::loadsADealWithItsContactAndLines()
{
    const HubSpotRecord listed =
        findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                QString::fromUtf8("Amy's Bird Sanctuary – spring garden redesign"));
    QVERIFY(!listed.id.isEmpty());

    Workflow workflow;
    workflow.objectType = ObjectType::Deal;
    workflow.enrollment.filterGroups = {FilterGroup{
        {makeFilter(FilterObject::Deal, QStringLiteral("dealstage"), PropertyType::Enumeration,
                    Operator::IsAnyOf, {QStringLiteral("closedwon")}),
         makeFilter(FilterObject::Contact, QStringLiteral("city"), PropertyType::Text,
                    Operator::IsAnyOf, {QStringLiteral("bayshore")})},
        {}}};
    const auto loaded =
        m_loader->loadOne(ObjectType::Deal, listed.id, RecordLoader::propertiesFor(workflow));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    const RecordContext &deal = loaded.value();

    QCOMPARE(deal.objectType, ObjectType::Deal);
    QCOMPARE(deal.record.id, listed.id);
    QCOMPARE(deal.describe(), QStringLiteral("deal ") + listed.id);
    QCOMPARE(deal.record.text(QStringLiteral("dealstage")), QStringLiteral("closedwon"));
    QVERIFY(!deal.deal && !deal.quote);

    // The one contact, with the properties the filters name.
    QCOMPARE(deal.contactCount, 1);
    QVERIFY(deal.contact.has_value());
    QCOMPARE(deal.contact->firstName, QStringLiteral("Amy"));
    QCOMPARE(deal.contact->lastName, QStringLiteral("Lauterbach"));
    QCOMPARE(deal.contact->email, QStringLiteral("birds@example.com"));
    QCOMPARE(deal.contact->properties.value(QStringLiteral("city")).toString(),
             QStringLiteral("Bayshore"));
    QCOMPARE(deal.contact->id,
             associatedIds(HubSpotObject::Deal, listed.id, HubSpotObject::Contact).value(0));

    // Design × 8, Installation × 6, Soil × 12 (taxed at 6.25 %), in line order.
    QCOMPARE(lineNames(deal.lineItems),
             (QStringList{QStringLiteral("Design"), QStringLiteral("Installation"),
                          QStringLiteral("Soil")}));
    QStringList sorted = lineIds(deal.lineItems);
    std::sort(sorted.begin(), sorted.end(), HubSpotWire::idLess);
    QCOMPARE(lineIds(deal.lineItems), sorted);
    const LineItem &design = deal.lineItems.at(0);
    QCOMPARE(design.sku, QStringLiteral("DES-001"));
    QVERIFY(!design.productId.isEmpty());
    QCOMPARE(design.quantity, dec("8"));
    QCOMPARE(design.unitPrice, dec("75"));
    QCOMPARE(design.amount, dec("600"));
    QCOMPARE(design.description, QStringLiteral("Custom design"));
    QVERIFY(!design.taxable);
    const LineItem &soil = deal.lineItems.at(2);
    QCOMPARE(soil.quantity, dec("12"));
    QCOMPARE(soil.amount, dec("120"));
    QVERIFY(soil.taxable);
    QCOMPARE(soil.properties.value(QStringLiteral("hs_tax_rate")).toString(),
             QStringLiteral("6.25"));
    for (const LineItem &line : deal.lineItems)
        QVERIFY2(line.problems.isEmpty(), qPrintable(line.problems.join(QLatin1Char(' '))));

    // The deal's amount is the sum of the net lines.
    QCOMPARE(deal.amount(), std::optional<Decimal>(dec("1290")));

    // What the triggers read: the deal and its contact.
    const RecordView view = deal.view();
    QCOMPARE(view.objects.size(), 2);
    FilterEvaluator evaluator(m_clock, QTimeZone::utc());
    QVERIFY(evaluator.matches(workflow.enrollment.filterGroups, view));
    const Filter otherCity =
        makeFilter(FilterObject::Contact, QStringLiteral("city"), PropertyType::Text,
                   Operator::IsAnyOf, {QStringLiteral("Boston")});
    QVERIFY(!evaluator.evaluate(otherCity, view).met);
}

void TestRecordLoader::dealWithTwoContactsTakesTheLowestId()
{
    const HubSpotRecord listed = findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                                         QString::fromUtf8("Mendoza Landscapes – subcontract"));
    QVERIFY(!listed.id.isEmpty());
    const QStringList contactIds =
        associatedIds(HubSpotObject::Deal, listed.id, HubSpotObject::Contact);
    QCOMPARE(contactIds.size(), 2);

    const auto loaded =
        m_loader->loadOne(ObjectType::Deal, listed.id, propertiesFor(ObjectType::Deal));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    QCOMPARE(loaded->contactCount, 2);
    QVERIFY(loaded->contact.has_value());
    QCOMPARE(loaded->contact->id, contactIds.first()); // the lowest numeric id
    // The seed lists Carlos Mendoza first, but Mei Chen was created earlier (lower id): HubSpot
    // documents no order, so the deal takes the lowest id, not the seed's order.
    QCOMPARE(loaded->contact->email, QStringLiteral("mei.chen@example.com"));

    // A discounted line keeps HubSpot's amount (5 × 150 − 5 %), not quantity × price.
    QCOMPARE(loaded->lineItems.size(), 2);
    const LineItem &consulting = loaded->lineItems.at(1);
    QCOMPARE(consulting.name, QStringLiteral("Consulting"));
    QCOMPARE(consulting.quantity * consulting.unitPrice, dec("750"));
    QCOMPARE(consulting.amount, dec("712.50"));
}

void TestRecordLoader::quoteTakesItsSignerAndItsDeal()
{
    const HubSpotRecord listed =
        findOne(HubSpotObject::Quote, QStringLiteral("hs_title"),
                QString::fromUtf8("Mendoza Landscapes – subcontract – quote"));
    QVERIFY(!listed.id.isEmpty());
    const HubSpotRecord carlos = findOne(HubSpotObject::Contact, QStringLiteral("email"),
                                         QStringLiteral("carlos@mendoza-landscapes.example.com"));
    const HubSpotRecord mei = findOne(HubSpotObject::Contact, QStringLiteral("email"),
                                      QStringLiteral("mei.chen@example.com"));
    QVERIFY(!carlos.id.isEmpty() && !mei.id.isEmpty());
    // What makes this case worth testing: the signer is not the lowest contact id.
    QVERIFY(HubSpotWire::idLess(mei.id, carlos.id));
    const auto signers =
        m_client->associations(HubSpotObject::Quote, listed.id, HubSpotObject::Contact);
    QVERIFY2(signers.ok(), qPrintable(signers.reason()));
    int signerCount = 0;
    for (const HubSpotAssociation &association : signers.value()) {
        if (association.hasType(RecordLoader::QuoteSignerTypeId)) {
            ++signerCount;
            QCOMPARE(association.toObjectId, carlos.id);
        }
    }
    QCOMPARE(signerCount, 1);

    Workflow workflow;
    workflow.objectType = ObjectType::Quote;
    workflow.enrollment.filterGroups = {FilterGroup{
        {makeFilter(FilterObject::Quote, QStringLiteral("hs_esign_num_signers_completed"),
                    PropertyType::Number, Operator::IsKnown),
         makeFilter(FilterObject::Deal, QStringLiteral("dealstage"), PropertyType::Enumeration,
                    Operator::IsAnyOf, {QStringLiteral("closedwon")})},
        {}}};
    const auto loaded =
        m_loader->loadOne(ObjectType::Quote, listed.id, RecordLoader::propertiesFor(workflow));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    const RecordContext &quote = loaded.value();
    QCOMPARE(quote.objectType, ObjectType::Quote);
    QCOMPARE(quote.describe(), QStringLiteral("quote ") + listed.id);
    QCOMPARE(quote.contactCount, 2);
    QVERIFY(quote.contact.has_value());
    QCOMPARE(quote.contact->id, carlos.id);
    QCOMPARE(quote.contact->firstName, QStringLiteral("Carlos"));

    // The quote's own copies of the deal's lines.
    QCOMPARE(lineNames(quote.lineItems),
             (QStringList{QStringLiteral("Hours"), QStringLiteral("Consulting")}));
    QCOMPARE(quote.lineItems.at(0).quantity, dec("40"));
    QCOMPARE(quote.lineItems.at(0).amount, dec("1600"));
    QCOMPARE(quote.lineItems.at(1).amount, dec("712.50"));
    QCOMPARE(quote.amount(), std::optional<Decimal>(dec("2312.50")));

    // Its deal, one hop away; no quote slot on a quote.
    QVERIFY(quote.deal.has_value());
    QCOMPARE(quote.deal->text(QStringLiteral("dealname")),
             QString::fromUtf8("Mendoza Landscapes – subcontract"));
    QCOMPARE(quote.deal->text(QStringLiteral("dealstage")), QStringLiteral("closedwon"));
    QVERIFY(!quote.quote.has_value());

    const RecordView view = quote.view();
    QVERIFY(view.objects.contains(FilterObject::Quote));
    QVERIFY(view.objects.contains(FilterObject::Deal));
    QVERIFY(view.objects.contains(FilterObject::Contact));
    QCOMPARE(view.objects.value(FilterObject::Quote)
                 .value(QStringLiteral("hs_esign_num_signers_completed"))
                 .toString(),
             QStringLiteral("1"));
    FilterEvaluator evaluator(m_clock, QTimeZone::utc());
    QVERIFY(evaluator.matches(workflow.enrollment.filterGroups, view));
}

void TestRecordLoader::paymentCarriesItsDealAndQuote()
{
    const HubSpotRecord listed =
        findOne(HubSpotObject::CommercePayment, QStringLiteral("hs_customer_email"),
                QStringLiteral("carlos@mendoza-landscapes.example.com"));
    QVERIFY(!listed.id.isEmpty());

    Workflow workflow;
    workflow.objectType = ObjectType::Payment;
    workflow.enrollment.filterGroups = {FilterGroup{
        {makeFilter(FilterObject::Payment, QStringLiteral("hs_payment_source_app"),
                    PropertyType::Enumeration, Operator::IsNoneOf, {QStringLiteral("INVOICE")}),
         makeFilter(FilterObject::Quote, QStringLiteral("hs_esign_num_signers_completed"),
                    PropertyType::Number, Operator::Gte, {QStringLiteral("1")}),
         makeFilter(FilterObject::Deal, QStringLiteral("dealname"), PropertyType::Text,
                    Operator::ContainsAny, {QStringLiteral("mendoza")}),
         makeFilter(FilterObject::Contact, QStringLiteral("lastname"), PropertyType::Text,
                    Operator::IsAnyOf, {QStringLiteral("MENDOZA")})},
        {}}};
    const auto loaded =
        m_loader->loadOne(ObjectType::Payment, listed.id, RecordLoader::propertiesFor(workflow));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    const RecordContext &payment = loaded.value();
    QCOMPARE(payment.objectType, ObjectType::Payment);
    QCOMPARE(payment.describe(), QStringLiteral("payment ") + listed.id);
    QCOMPARE(payment.record.text(QStringLiteral("hs_payment_source_app")), QStringLiteral("QUOTE"));
    QCOMPARE(payment.record.text(QStringLiteral("hs_latest_status")), QStringLiteral("succeeded"));
    QVERIFY(!payment.record.text(QStringLiteral("hs_fees_amount")).isEmpty());
    QCOMPARE(payment.amount(), std::optional<Decimal>(dec("2312.50")));

    QCOMPARE(payment.contactCount, 1);
    QVERIFY(payment.contact.has_value());
    QCOMPARE(payment.contact->lastName, QStringLiteral("Mendoza"));

    QVERIFY(payment.deal.has_value());
    QCOMPARE(payment.deal->text(QStringLiteral("dealname")),
             QString::fromUtf8("Mendoza Landscapes – subcontract"));
    QVERIFY(payment.quote.has_value());
    QCOMPARE(payment.quote->text(QStringLiteral("hs_title")),
             QString::fromUtf8("Mendoza Landscapes – subcontract – quote"));
    QCOMPARE(payment.quote->text(QStringLiteral("hs_esign_num_signers_completed")),
             QStringLiteral("1"));

    // The payment's own line items.
    QCOMPARE(lineNames(payment.lineItems),
             (QStringList{QStringLiteral("Hours"), QStringLiteral("Consulting")}));
    const QStringList ownLines =
        associatedIds(HubSpotObject::CommercePayment, listed.id, HubSpotObject::LineItem);
    QCOMPARE(lineIds(payment.lineItems), ownLines);

    const RecordView view = payment.view();
    QCOMPARE(view.objects.size(), 4);
    FilterEvaluator evaluator(m_clock, QTimeZone::utc());
    const TriggerOutcome outcome = evaluator.evaluate(workflow.enrollment.filterGroups, view);
    QVERIFY(outcome.met);
    for (const FilterOutcome &filter : outcome.groups.first().filters)
        QVERIFY2(filter.met, qPrintable(filter.detail));
}

void TestRecordLoader::paymentWithoutDealOrQuote()
{
    // The migrated payment (Emma Johnson's) has neither deal nor quote: the slots stay empty and
    // a filter on the deal reads "unknown".
    const HubSpotRecord listed =
        findOne(HubSpotObject::CommercePayment, QStringLiteral("hs_payment_source_app"),
                QStringLiteral("MIGRATION"));
    QVERIFY(!listed.id.isEmpty());
    const auto loaded =
        m_loader->loadOne(ObjectType::Payment, listed.id, propertiesFor(ObjectType::Payment));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    QVERIFY(!loaded->deal.has_value());
    QVERIFY(!loaded->quote.has_value());
    QVERIFY(loaded->contact.has_value());
    QCOMPARE(loaded->contact->email, QStringLiteral("emma.johnson@example.com"));
    QCOMPARE(loaded->lineItems.size(), 1);
    QCOMPARE(loaded->lineItems.first().sku, QStringLiteral("PEST-001"));
    QVERIFY(loaded->lineItems.first().taxable);

    const RecordView view = loaded->view();
    QVERIFY(!view.objects.contains(FilterObject::Deal));
    FilterEvaluator evaluator(m_clock, QTimeZone::utc());
    QVERIFY(evaluator
                .evaluate(makeFilter(FilterObject::Deal, QStringLiteral("dealname"),
                                     PropertyType::Text, Operator::IsUnknown),
                          view)
                .met);
    QVERIFY(!evaluator
                 .evaluate(makeFilter(FilterObject::Deal, QStringLiteral("dealname"),
                                      PropertyType::Text, Operator::IsKnown),
                           view)
                 .met);
}

void TestRecordLoader::recordWithoutContactOrLines()
{
    const HubSpotRecord unassigned =
        findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                QString::fromUtf8("Unassigned inquiry – website form"));
    const HubSpotRecord noProducts =
        findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                QString::fromUtf8("Ortiz – estimate only, no products"));
    QVERIFY(!unassigned.id.isEmpty() && !noProducts.id.isEmpty());

    const auto loaded = m_loader->load(ObjectType::Deal, {unassigned.id, noProducts.id},
                                       propertiesFor(ObjectType::Deal));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    QVERIFY(loaded->missing.isEmpty());
    QCOMPARE(loaded->records.size(), 2);

    const RecordContext &first = loaded->records.at(0);
    QCOMPARE(first.record.id, unassigned.id);
    QVERIFY(!first.contact.has_value());
    QCOMPARE(first.contactCount, 0);
    QCOMPARE(first.lineItems.size(), 1);
    QVERIFY(!first.view().objects.contains(FilterObject::Contact));

    const RecordContext &second = loaded->records.at(1);
    QCOMPARE(second.record.id, noProducts.id);
    QVERIFY(second.lineItems.isEmpty());
    QVERIFY(second.contact.has_value());
    QCOMPARE(second.contact->lastName, QStringLiteral("Ortiz"));
    QCOMPARE(second.amount(), std::optional<Decimal>(dec("2500")));
}

void TestRecordLoader::loadsEveryDemoDealInAFewRequests()
{
    const auto all = m_client->listAll(HubSpotObject::Deal, {QStringLiteral("dealname")});
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QStringList ids;
    for (const HubSpotRecord &record : all.value())
        ids.append(record.id);
    QCOMPARE(ids.size(), 33);
    std::reverse(ids.begin(), ids.end()); // the answer follows the order asked for

    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    QCOMPARE(requestTotal(), 0);
    const auto loaded = m_loader->load(ObjectType::Deal, ids, propertiesFor(ObjectType::Deal));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    const QJsonObject requests = admin("GET", QStringLiteral("/_sandbox/requests"));
    const int total = requests.value(QStringLiteral("total")).toInt(-1);
    // Deals, their contact and line-item associations, the contacts, the line items: 5.
    QVERIFY2(total >= 1 && total <= 5,
             qPrintable(QStringLiteral("%1 requests: %2")
                            .arg(total)
                            .arg(QString::fromUtf8(
                                QJsonDocument(requests.value(QStringLiteral("routes")).toObject())
                                    .toJson(QJsonDocument::Compact)))));

    QCOMPARE(loaded->records.size(), 33);
    QVERIFY(loaded->missing.isEmpty());
    int withContact = 0;
    int lines = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const RecordContext &record = loaded->records.at(i);
        QCOMPARE(record.record.id, ids.at(i));
        QVERIFY(!record.record.text(QStringLiteral("dealname")).isEmpty());
        if (record.contact) {
            ++withContact;
            QVERIFY(record.contactCount >= 1);
            QVERIFY(!record.contact->firstName.isEmpty());
        }
        lines += int(record.lineItems.size());
    }
    QCOMPARE(withContact, 32); // all but the unassigned inquiry
    QCOMPARE(lines, 49);       // the seed's deal lines

    // The same answer as one at a time (spot check: Mendoza's, with two contacts).
    const auto mendoza =
        std::find_if(loaded->records.cbegin(), loaded->records.cend(), [](const RecordContext &r) {
            return r.contactCount == 2 &&
                   r.record.text(QStringLiteral("dealname")).startsWith(QStringLiteral("Mendoza"));
        });
    QVERIFY(mendoza != loaded->records.cend());
    const auto one =
        m_loader->loadOne(ObjectType::Deal, mendoza->record.id, propertiesFor(ObjectType::Deal));
    QVERIFY(one.ok());
    QCOMPARE(one->contact->id, mendoza->contact->id);
    QCOMPARE(lineIds(one->lineItems), lineIds(mendoza->lineItems));
}

void TestRecordLoader::loadsEveryDemoPaymentInAFewRequests()
{
    const auto all =
        m_client->listAll(HubSpotObject::CommercePayment, {QStringLiteral("hs_latest_status")});
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QStringList ids;
    for (const HubSpotRecord &record : all.value())
        ids.append(record.id);
    QCOMPARE(ids.size(), 24);

    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto loaded =
        m_loader->load(ObjectType::Payment, ids, propertiesFor(ObjectType::Payment));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    // Payments; contact, line item, deal and quote associations; contacts, line items, deals,
    // quotes: 9.
    const int total = requestTotal();
    QVERIFY2(total >= 1 && total <= 9, qPrintable(QString::number(total)));
    QCOMPARE(loaded->records.size(), 24);
    int withDeal = 0;
    int withQuote = 0;
    for (const RecordContext &payment : loaded->records) {
        QVERIFY(payment.contact.has_value()); // every demo payment has its customer
        QVERIFY(!payment.lineItems.isEmpty());
        withDeal += payment.deal ? 1 : 0;
        withQuote += payment.quote ? 1 : 0;
    }
    QCOMPARE(withQuote, 8); // the QUOTE-sourced ones
    QVERIFY(withDeal > withQuote);
}

void TestRecordLoader::deletedAndUnknownIdsAreMissing()
{
    const HubSpotRecord kept = findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                                       QString::fromUtf8("Cool Cars – lot landscaping"));
    const HubSpotRecord deleted = findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                                          QString::fromUtf8("Kate Whelan – hedge trimming"));
    QVERIFY(!kept.id.isEmpty() && !deleted.id.isEmpty());

    QCOMPARE(archive(HubSpotObject::Deal, deleted.id), 204);

    const QString unknown = QStringLiteral("987654321012");
    const QString notAnId = QStringLiteral("12/../34");
    const auto loaded =
        m_loader->load(ObjectType::Deal, {deleted.id, kept.id, unknown, notAnId, kept.id},
                       propertiesFor(ObjectType::Deal));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    QCOMPARE(loaded->records.size(), 1);
    QCOMPARE(loaded->records.first().record.id, kept.id);
    QStringList missing = loaded->missing;
    missing.sort();
    QStringList expected{deleted.id, unknown, notAnId};
    expected.sort();
    QCOMPARE(missing, expected);

    // One record: a permanent failure naming it.
    const auto one =
        m_loader->loadOne(ObjectType::Deal, deleted.id, propertiesFor(ObjectType::Deal));
    QVERIFY(!one.ok());
    QVERIFY(one.error().isPermanent());
    QCOMPARE(one.error().code, QStringLiteral("OBJECT_NOT_FOUND"));
    QVERIFY2(one.error().reason.contains(QStringLiteral("deal ") + deleted.id),
             qPrintable(one.error().reason));
    const auto quote =
        m_loader->loadOne(ObjectType::Quote, unknown, propertiesFor(ObjectType::Quote));
    QVERIFY(!quote.ok());
    QVERIFY(quote.error().reason.contains(QStringLiteral("quote ") + unknown));

    // Nothing asked, nothing sent.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto none = m_loader->load(ObjectType::Deal, {}, propertiesFor(ObjectType::Deal));
    QVERIFY(none.ok());
    QVERIFY(none->records.isEmpty() && none->missing.isEmpty());
    QCOMPARE(requestTotal(), 0);
}

void TestRecordLoader::aDeletedContactGivesWayToTheNext()
{
    // Mendoza's deal takes Mei Chen (the lower id); once she is deleted, Carlos Mendoza — whether
    // or not HubSpot still lists the association to the deleted contact.
    const HubSpotRecord listed = findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                                         QString::fromUtf8("Mendoza Landscapes – subcontract"));
    const HubSpotRecord mei = findOne(HubSpotObject::Contact, QStringLiteral("email"),
                                      QStringLiteral("mei.chen@example.com"));
    QVERIFY(!listed.id.isEmpty() && !mei.id.isEmpty());
    QCOMPARE(archive(HubSpotObject::Contact, mei.id), 204);

    const auto loaded =
        m_loader->loadOne(ObjectType::Deal, listed.id, propertiesFor(ObjectType::Deal));
    QVERIFY2(loaded.ok(), qPrintable(loaded.reason()));
    QVERIFY(loaded->contact.has_value());
    QCOMPARE(loaded->contact->email, QStringLiteral("carlos@mendoza-landscapes.example.com"));
}

void TestRecordLoader::aFailedBatchFailsTheWholeLoad()
{
    const HubSpotRecord listed = findOne(HubSpotObject::Deal, QStringLiteral("dealname"),
                                         QString::fromUtf8("Cool Cars – lot landscaping"));
    QVERIFY(!listed.id.isEmpty());
    // HubSpot fails the contacts' batch read once: the load fails as a whole with the class
    // the engine retries on, never a record without its contact.
    const QJsonObject rules{
        {QStringLiteral("rules"),
         QJsonArray{QJsonObject{
             {QStringLiteral("provider"), QStringLiteral("hubspot")},
             {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/contacts/batch/read")},
             {QStringLiteral("status"), 503},
             {QStringLiteral("times"), 1}}}}};
    const QJsonObject answer = admin("POST", QStringLiteral("/_sandbox/faults"), rules);
    QCOMPARE(answer.value(QStringLiteral("rules")).toArray().size(), 1);

    const auto failed =
        m_loader->load(ObjectType::Deal, {listed.id}, propertiesFor(ObjectType::Deal));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().isTransient(), qPrintable(failed.error().detail));

    // The fault is spent: the same load now succeeds whole.
    const auto again =
        m_loader->load(ObjectType::Deal, {listed.id}, propertiesFor(ObjectType::Deal));
    QVERIFY2(again.ok(), qPrintable(again.reason()));
    QVERIFY(again->records.first().contact.has_value());
}

QTEST_GUILESS_MAIN(TestRecordLoader)
#include "tst_recordloader.moc"
