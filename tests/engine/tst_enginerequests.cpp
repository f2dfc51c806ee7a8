// The engine's request economy (issue 10), counted at an in-process sandbox over real HTTP: 90
// deals enrolled and invoiced in one pass, with 12 contacts (half already QuickBooks customers)
// and 8 products (matched by the mapping, by SKU, by name; two missing and created). The pass
// reads the records once (the poll's), looks the customers up together, creates customers and
// products in one wave and then every invoice in full /batch calls after one marker look-up,
// never meets QuickBooks' duplicate-name refusal, and writes back in one batch update. A second
// installation running the same workflow finds every invoice by its marker and creates nothing.
#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/qbo/qboservice.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/executor.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/net/networktransport.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace bookflow;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr int Deals = 90;
constexpr int Contacts = 12;
constexpr int ExistingCustomers = 6;
constexpr int Products = 8; // 2 mapped, 2 by SKU, 2 by name, 2 missing
constexpr int MissingProducts = 2;

struct Installation
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    MemorySecretStore secrets;
    std::unique_ptr<ConnectionManager> manager;
    QString company;
};

} // namespace

class TestEngineRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onePassSpendsFewRequests();
    void aSecondInstallationFindsEveryInvoiceByItsMarker();

private:
    QJsonObject post(const QString &path, const QJsonObject &body);
    QString createQbo(const QString &entity, const QJsonObject &body);
    qint64 qboCount(const QString &entity);
    std::unique_ptr<Installation> install();
    QJsonObject counts() const { return m_server->requestLog().toJson(); }
    int route(const QString &name) const
    {
        return counts().value(s("routes")).toObject().value(name).toInt();
    }
    qint64 provider(const QString &name) const
    {
        return counts().value(s("providers")).toObject().value(name).toInteger();
    }
    // QuickBooks queries among the logged requests whose statement reads `entity`.
    int queriesOf(const QString &entity) const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    SystemClock m_clock;
    QString m_realm;
    QMap<QString, QString> m_mapping;
    QStringList m_deals;
    Workflow m_workflow;
};

QJsonObject TestEngineRequests::post(const QString &path, const QJsonObject &body)
{
    const sandbox::SandboxReply reply = m_server->hubSpot().handle(
        "POST", path, QUrlQuery(), QJsonDocument(body).toJson(QJsonDocument::Compact),
        "application/json");
    if (reply.status >= 300)
        qFatal("%s: %s", qPrintable(path), reply.body.constData());
    return QJsonDocument::fromJson(reply.body).object();
}

QString TestEngineRequests::createQbo(const QString &entity, const QJsonObject &body)
{
    const sandbox::SandboxReply reply =
        m_server->quickBooks().handle(m_realm, "POST", entity.toLower(), QUrlQuery(),
                                      QJsonDocument(body).toJson(), "application/json");
    if (reply.status >= 300)
        qFatal("%s: %s", qPrintable(entity), reply.body.constData());
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(entity)
        .toObject()
        .value(s("Id"))
        .toString();
}

qint64 TestEngineRequests::qboCount(const QString &entity)
{
    const sandbox::SandboxReply reply = m_server->quickBooks().handle(
        m_realm, "GET", s("query"),
        QUrlQuery{{s("query"), QStringLiteral("select count(*) from %1").arg(entity)}}, {}, {});
    return QJsonDocument::fromJson(reply.body)
        .object()
        .value(s("QueryResponse"))
        .toObject()
        .value(s("totalCount"))
        .toInteger(-1);
}

int TestEngineRequests::queriesOf(const QString &entity) const
{
    int n = 0;
    for (const QJsonValue &value : counts().value(s("recent")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(s("provider")).toString() != QLatin1String("quickbooks") ||
            !entry.value(s("path")).toString().endsWith(QLatin1String("/query")))
            continue;
        const QString statement = QUrlQuery(entry.value(s("query")).toString())
                                      .queryItemValue(s("query"), QUrl::FullyDecoded);
        const QRegularExpression from(QStringLiteral("\\bFROM\\s+%1\\b").arg(entity),
                                      QRegularExpression::CaseInsensitiveOption);
        if (from.match(statement).hasMatch())
            ++n;
    }
    return n;
}

void TestEngineRequests::initTestCase()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();
    m_server->reset(sandbox::SandboxServer::Seed::None);
    m_realm = m_server->quickBooks().addCompany({}, s("Requests Co (US)"), s("US"));

    const sandbox::SandboxReply accounts = m_server->quickBooks().handle(
        m_realm, "GET", s("query"),
        QUrlQuery{{s("query"), s("select * from Account where AccountType = 'Income'")}}, {}, {});
    const QString income = QJsonDocument::fromJson(accounts.body)
                               .object()
                               .value(s("QueryResponse"))
                               .toObject()
                               .value(s("Account"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(s("Id"))
                               .toString();
    QVERIFY(!income.isEmpty());

    const auto associate = [](const QString &id, int typeId) {
        return QJsonArray{QJsonObject{
            {s("to"), QJsonObject{{s("id"), id}}},
            {s("types"), QJsonArray{QJsonObject{{s("associationCategory"), s("HUBSPOT_DEFINED")},
                                                {s("associationTypeId"), typeId}}}}}};
    };
    QStringList contacts;
    for (int i = 0; i < Contacts; ++i) {
        const QString first = QStringLiteral("Quinn");
        const QString last = QStringLiteral("Tester %1").arg(i);
        const QString email = QStringLiteral("quinn%1@requests.example").arg(i);
        contacts.append(post(s("/crm/v3/objects/contacts"),
                             {{s("properties"), QJsonObject{{s("firstname"), first},
                                                            {s("lastname"), last},
                                                            {s("email"), email}}}})
                            .value(s("id"))
                            .toString());
        if (i < ExistingCustomers)
            createQbo(s("Customer"), {{s("DisplayName"), first + u' ' + last},
                                      {s("GivenName"), first},
                                      {s("FamilyName"), last},
                                      {s("PrimaryEmailAddr"), QJsonObject{{s("Address"), email}}}});
    }
    struct Product
    {
        QString id, name, sku;
    };
    QVector<Product> products;
    for (int p = 0; p < Products; ++p) {
        Product product{
            {}, QStringLiteral("Line product %1").arg(p), QStringLiteral("LP-%1").arg(p)};
        QJsonObject item{{s("Type"), s("Service")},
                         {s("IncomeAccountRef"), QJsonObject{{s("value"), income}}}};
        if (p < 2) { // mapped: QuickBooks knows it by other names
            item.insert(s("Name"), QStringLiteral("Mapped item %1").arg(p));
            item.insert(s("Sku"), QStringLiteral("MAP-%1").arg(p));
        } else if (p < 4) { // the same SKU
            item.insert(s("Name"), QStringLiteral("SKU item %1").arg(p));
            item.insert(s("Sku"), product.sku);
        } else if (p < 6) { // the same name
            item.insert(s("Name"), product.name);
        }
        product.id = post(s("/crm/v3/objects/products"),
                          {{s("properties"), QJsonObject{{s("name"), product.name},
                                                         {s("hs_sku"), product.sku},
                                                         {s("price"), s("40.00")}}}})
                         .value(s("id"))
                         .toString();
        if (p < Products - MissingProducts) {
            const QString itemId = createQbo(s("Item"), item);
            if (p < 2)
                m_mapping.insert(product.id, itemId);
        }
        products.append(product);
    }
    for (int d = 0; d < Deals; ++d) {
        const QString deal =
            post(s("/crm/v3/objects/deals"),
                 {{s("properties"),
                   QJsonObject{{s("dealname"), QStringLiteral("Economy deal %1").arg(d)}}},
                  {s("associations"), associate(contacts.at(d % Contacts), 3)}})
                .value(s("id"))
                .toString();
        m_deals.append(deal);
        for (int l = 0; l < 1 + d % 2; ++l) {
            const Product &product = products.at((d + l * 3) % Products);
            post(s("/crm/v3/objects/line_items"),
                 {{s("properties"), QJsonObject{{s("name"), product.name},
                                                {s("hs_sku"), product.sku},
                                                {s("hs_product_id"), product.id},
                                                {s("price"), s("40.00")},
                                                {s("quantity"), QString::number(1 + l)}}},
                  {s("associations"), associate(deal, 20)}});
        }
    }

    Filter filter;
    filter.object = FilterObject::Deal;
    filter.property = s("dealname");
    filter.propertyType = PropertyType::Text;
    filter.op = Operator::StartsWithAny;
    filter.values = {s("Economy deal")};
    m_workflow.id = Workflow::newId();
    m_workflow.name = s("Economy");
    m_workflow.objectType = ObjectType::Deal;
    m_workflow.enrollment.filterGroups = {FilterGroup{{filter}, {}}};
    Action action;
    action.id = s("a1");
    action.type = ActionType::CreateInvoice;
    action.createProductIfMissing = true;
    m_workflow.actions = {action};
}

std::unique_ptr<Installation> TestEngineRequests::install()
{
    auto at = std::make_unique<Installation>();
    auto opened = Store::open(at->dir.path());
    if (!opened)
        qFatal("store: %s", qPrintable(opened.reason()));
    at->store = std::move(opened).value();
    at->manager =
        std::make_unique<ConnectionManager>(*at->store, at->secrets, *m_transport, m_clock);
    const auto made =
        connectSandboxAccounts(*at->manager, *m_transport, m_clock, m_server->baseUrl(),
                               {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)});
    if (!made)
        qFatal("connect: %s", qPrintable(made.reason()));
    for (const Connection &c : *made) {
        if (c.provider == Provider::QuickBooks)
            at->company = c.id;
    }
    Connection company = *at->store->connection(at->company);
    company.productMapping = m_mapping;
    at->store->saveConnection(company);
    Workflow workflow = m_workflow; // the same id everywhere: the same requestids
    workflow.actions.first().connection = at->company;
    if (!at->store->createWorkflow(workflow) || !at->store->publish(workflow.id))
        qFatal("publish failed");
    return at;
}

void TestEngineRequests::onePassSpendsFewRequests()
{
    const std::unique_ptr<Installation> at = install();
    const qint64 customersBefore = qboCount(s("Customer"));
    const qint64 itemsBefore = qboCount(s("Item"));
    m_server->resetRequestLog();

    RunSession session(*at->store, *at->manager, *m_transport, m_clock);
    const auto enrolled = Poller(session).turnOn(m_workflow.id, true);
    QVERIFY2(enrolled, qPrintable(enrolled.reason()));
    QCOMPARE(enrolled->enrolled, Deals);
    const auto sent = Executor(session).runDue();
    QVERIFY2(sent, qPrintable(sent.reason()));
    const QString routes = QString::fromUtf8(
        QJsonDocument(counts().value(s("routes")).toObject()).toJson(QJsonDocument::Compact));
    qInfo("QuickBooks %lld, HubSpot %lld requests: %s", provider(s("quickbooks")),
          provider(s("hubspot")), qPrintable(routes));

    // Everything done, each thing once.
    QCOMPARE(sent->done, Deals);
    QCOMPARE(sent->failed, 0);
    QCOMPARE(qboCount(s("Invoice")), qint64(Deals));
    QCOMPARE(qboCount(s("Customer")), customersBefore + (Contacts - ExistingCustomers));
    QCOMPARE(qboCount(s("Item")), itemsBefore + MissingProducts);
    // No create was refused for a name taken (6240): runs wanting a customer or product made
    // earlier in the pass planned again from the cache instead of sending it.
    const auto history = at->store->history(m_workflow.id);
    QVERIFY(history);
    QCOMPARE(history->size(), Deals);
    for (const HistoryEntry &entry : *history) {
        const auto attempts = at->store->attempts(entry.actions.first().id);
        QVERIFY(attempts);
        for (const AttemptRow &attempt : *attempts)
            QVERIFY2(attempt.outcome == QLatin1String("done"), qPrintable(attempt.reason));
    }

    // HubSpot: the deals came with the poll's search and were not read again; the associations
    // and associated records once; the invoices written back in one batch update.
    QCOMPARE(route(s("POST /crm/v3/objects/deals/batch/read")), 0);
    QCOMPARE(route(s("POST /crm/v4/associations/deals/contacts/batch/read")), 1);
    QCOMPARE(route(s("POST /crm/v4/associations/deals/line_items/batch/read")), 1);
    QCOMPARE(route(s("PATCH /crm/v3/objects/deals/{id}")), 0);
    QCOMPARE(route(s("POST /crm/v3/objects/deals/batch/update")), 1);
    QVERIFY2(provider(s("hubspot")) <= 12, qPrintable(routes));

    // QuickBooks: one /batch for the 6 customers and 2 products, then the 90 invoices in 3 full
    // ones after a single marker look-up; the customers asked for by email in one IN list.
    QCOMPARE(route(s("POST /v3/company/{realmId}/batch")), 1 + Deals / 30);
    QCOMPARE(route(s("POST /v3/company/{realmId}/invoice")), 0);
    QCOMPARE(queriesOf(s("Invoice")), 1);
    QVERIFY2(provider(s("quickbooks")) <= 13, qPrintable(routes));

    // Every deal carries its invoice.
    const sandbox::SandboxReply read = m_server->hubSpot().handle(
        "POST", s("/crm/v3/objects/deals/batch/read"), QUrlQuery(),
        QJsonDocument(QJsonObject{{s("properties"), QJsonArray{s("bookflow_qbo_invoice_id")}},
                                  {s("inputs"),
                                   [this] {
                                       QJsonArray inputs;
                                       for (const QString &id : std::as_const(m_deals))
                                           inputs.append(QJsonObject{{s("id"), id}});
                                       return inputs;
                                   }()}})
            .toJson(),
        "application/json");
    int written = 0;
    for (const QJsonValue &row :
         QJsonDocument::fromJson(read.body).object().value(s("results")).toArray())
        written += row.toObject()
                           .value(s("properties"))
                           .toObject()
                           .value(s("bookflow_qbo_invoice_id"))
                           .toString()
                           .isEmpty()
                       ? 0
                       : 1;
    QCOMPARE(written, Deals);
}

void TestEngineRequests::aSecondInstallationFindsEveryInvoiceByItsMarker()
{
    // Another computer with the same workflow (same id and version: the same requestids) and a
    // ledger of its own: the invoices of the first pass exist, bearing their markers.
    const qint64 invoices = qboCount(s("Invoice"));
    QCOMPARE(invoices, qint64(Deals));
    const std::unique_ptr<Installation> other = install();
    m_server->resetRequestLog();

    RunSession session(*other->store, *other->manager, *m_transport, m_clock);
    const auto enrolled = Poller(session).turnOn(m_workflow.id, true);
    QVERIFY2(enrolled, qPrintable(enrolled.reason()));
    QCOMPARE(enrolled->enrolled, Deals);
    const auto sent = Executor(session).runDue();
    QVERIFY2(sent, qPrintable(sent.reason()));
    QCOMPARE(sent->done, Deals);
    QCOMPARE(sent->foundExisting, Deals);
    QCOMPARE(qboCount(s("Invoice")), invoices);
    // One look-up found them all; nothing was created.
    QCOMPARE(queriesOf(s("Invoice")), 1);
    QCOMPARE(route(s("POST /v3/company/{realmId}/batch")), 0);
}

QTEST_GUILESS_MAIN(TestEngineRequests)
#include "tst_enginerequests.moc"
