// QboClientDirectory against the sandbox's Demo Co (US) over real HTTP on the loopback: the
// look-ups answer what the demo seed holds (app/sandbox/qbo/qbodemoseed.cpp), each list is read
// once per run (the second look-up costs no request, counted by GET /_sandbox/requests),
// failures are not cached, and what the executor creates is found through remember().
#include "app/sandbox/qbo/qboseed.h"
#include "app/sandbox/sandboxserver.h"

#include "core/engine/qboclientdirectory.h"
#include "core/net/networktransport.h"
#include "core/net/tokensource.h"
#include "core/quickbooks/qboclient.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace bookflow;
using bookflow::sandbox::SandboxServer;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A token handed out by the sandbox's own token registry; refreshing is never needed here.
class FixedTokenSource final : public TokenSource
{
public:
    explicit FixedTokenSource(QString token) : m_token(std::move(token)) {}
    QString accessToken() override { return m_token; }
    ApiStatus refresh() override
    {
        ApiError error;
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = s("The test's token can't be renewed.");
        return error;
    }

private:
    QString m_token;
};

} // namespace

class TestQboClientDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void companyInfoIsReadOnce();
    void itemsComeFromOneLoad();
    void termsAndAccountsComeFromOneLoadEach();
    void customersByEmailOncePerEmail();
    void nameOwnerLooksAcrossCustomersVendorsAndEmployees();
    void customerByIdOnceAndFromOtherLookups();
    void rememberedObjectsAreFoundWithoutAsking();
    void rememberedBeforeTheListIsLoaded();
    void failuresAreNotCached();

private:
    qint64 requestCount();
    std::unique_ptr<QboClientDirectory> freshDirectory();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<FixedTokenSource> m_tokens;
    std::unique_ptr<QboClient> m_client;
    int m_counter = 0;
};

qint64 TestQboClientDirectory::requestCount()
{
    HttpRequest request;
    request.url = QUrl(m_server->baseUrl().toString() + s("/_sandbox/requests"));
    request.timeoutMs = 10000;
    const HttpResponse response = m_transport->send(request);
    if (response.status != 200)
        qFatal("GET /_sandbox/requests answered %d", response.status);
    return QJsonDocument::fromJson(response.body).object().value(s("total")).toInteger();
}

std::unique_ptr<QboClientDirectory> TestQboClientDirectory::freshDirectory()
{
    return std::make_unique<QboClientDirectory>(*m_client);
}

void TestQboClientDirectory::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_server->reset(SandboxServer::Seed::Demo);
    m_transport = std::make_unique<NetworkTransport>();

    // A real authorization code and token exchange, done on the sandbox's registry directly:
    // the OAuth round trip itself is tested elsewhere.
    const QString realm = s(sandbox::QboDemoUsRealm);
    const QString clientId = QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId);
    const QString redirect = s("http://127.0.0.1:1/callback");
    auto &registry = m_server->quickBooksTokens();
    const QString code =
        registry.issueCode(clientId, redirect, realm, s("com.intuit.quickbooks.accounting"));
    const sandbox::TokenGrantResult grant = registry.exchangeCode(clientId, code, redirect);
    QVERIFY2(grant.ok(), qPrintable(grant.error + s(": ") + grant.errorDescription));
    m_tokens = std::make_unique<FixedTokenSource>(grant.accessToken);
    m_client = std::make_unique<QboClient>(*m_transport, m_server->baseUrl(), realm, *m_tokens);
    m_client->setTimeoutMs(10000);

    // The token works before anything is counted.
    const auto info = m_client->companyInfo();
    QVERIFY2(info.ok(), qPrintable(info.reason()));
}

void TestQboClientDirectory::init()
{
    m_server->clearFaultRules();
}

void TestQboClientDirectory::companyInfoIsReadOnce()
{
    auto directory = freshDirectory();
    const qint64 before = requestCount();
    const auto first = directory->companyInfo();
    QVERIFY2(first.ok(), qPrintable(first.reason()));
    QCOMPARE(first->text(s("Country")), s("US"));
    QCOMPARE(first->text(s("CompanyName")), s("Demo Co (US)"));
    QCOMPARE(requestCount(), before + 1);
    QVERIFY(directory->companyInfo().ok());
    QCOMPARE(requestCount(), before + 1);
}

void TestQboClientDirectory::itemsComeFromOneLoad()
{
    auto directory = freshDirectory();
    const qint64 before = requestCount();

    const auto bySku = directory->itemBySku(s("cons-001"));
    QVERIFY2(bySku.ok(), qPrintable(bySku.reason()));
    QVERIFY(bySku.value());
    QCOMPARE(bySku.value()->displayName(), s("Consulting"));
    QCOMPARE(requestCount(), before + 1);

    const QString consultingId = bySku.value()->id();
    const auto byName = directory->itemByName(s("  maintenance & REPAIR "));
    QVERIFY(byName.ok() && byName.value());
    QCOMPARE(byName.value()->text(s("Sku")), s("MAINT-001"));
    const auto byId = directory->item(consultingId);
    QVERIFY(byId.ok() && byId.value());
    QCOMPARE(byId.value()->displayName(), s("Consulting"));

    // Inactive items are no match, but their names are still taken.
    const auto inactiveSku = directory->itemBySku(s("OLD-001"));
    QVERIFY(inactiveSku.ok());
    QVERIFY(!inactiveSku.value());
    const auto inactiveName = directory->itemByName(s("Legacy Widget"));
    QVERIFY(inactiveName.ok());
    QVERIFY(!inactiveName.value());
    const auto owner = directory->itemNameOwner(s("legacy widget"));
    QVERIFY(owner.ok() && owner.value());
    QVERIFY(!owner.value()->isActive());
    QCOMPARE(owner.value()->text(s("Sku")), s("OLD-001"));
    QVERIFY(!directory->item(owner.value()->id()).value());

    const auto unknown = directory->itemBySku(s("NOPE-404"));
    QVERIFY(unknown.ok());
    QVERIFY(!unknown.value());
    QVERIFY(!directory->itemByName(QString()).value());

    QCOMPARE(requestCount(), before + 1); // all of it from the one load
}

void TestQboClientDirectory::termsAndAccountsComeFromOneLoadEach()
{
    auto directory = freshDirectory();
    const qint64 before = requestCount();

    const auto net30 = directory->term(s("3"));
    QVERIFY2(net30.ok(), qPrintable(net30.reason()));
    QVERIFY(net30.value());
    QCOMPARE(net30.value()->displayName(), s("Net 30"));
    QVERIFY(!directory->term(s("99")).value());
    QCOMPARE(requestCount(), before + 1);

    const auto income = directory->firstAccountOfType(s("Income"));
    QVERIFY2(income.ok(), qPrintable(income.reason()));
    QVERIFY(income.value());
    QCOMPARE(income.value()->displayName(), s("Sales of Product Income")); // the lowest Id
    const auto card = directory->firstAccountOfType(s("credit card"));
    QVERIFY(card.ok() && card.value());
    QCOMPARE(card.value()->displayName(), s("Visa Credit Card"));
    const auto byId = directory->account(card.value()->id());
    QVERIFY(byId.ok() && byId.value());
    QCOMPARE(byId.value()->text(s("AccountType")), s("Credit Card"));
    QVERIFY(!directory->firstAccountOfType(s("Equity")).value());
    QCOMPARE(requestCount(), before + 2);
}

void TestQboClientDirectory::customersByEmailOncePerEmail()
{
    auto directory = freshDirectory();
    const qint64 before = requestCount();

    const auto amy = directory->customersByEmail(s("birds@example.com"));
    QVERIFY2(amy.ok(), qPrintable(amy.reason()));
    QCOMPARE(amy->size(), 1);
    QCOMPARE(amy->first().displayName(), s("Amy's Bird Sanctuary"));
    QCOMPARE(requestCount(), before + 1);

    // The same email in another case and with spaces is the same question.
    const auto again = directory->customersByEmail(s(" BIRDS@Example.com "));
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 1);
    QCOMPARE(requestCount(), before + 1);

    const auto nobody = directory->customersByEmail(s("nobody@example.com"));
    QVERIFY(nobody.ok());
    QVERIFY(nobody->isEmpty());
    QVERIFY(directory->customersByEmail(s("nobody@example.com"))->isEmpty());
    QCOMPARE(requestCount(), before + 2);

    // No email, no question.
    QVERIFY(directory->customersByEmail(QString())->isEmpty());
    QCOMPARE(requestCount(), before + 2);
}

void TestQboClientDirectory::nameOwnerLooksAcrossCustomersVendorsAndEmployees()
{
    auto directory = freshDirectory();
    qint64 before = requestCount();

    const auto customer = directory->nameOwner(s("amy's bird sanctuary"));
    QVERIFY2(customer.ok(), qPrintable(customer.reason()));
    QVERIFY(customer.value());
    QCOMPARE(customer.value()->entityName(), s("Customer"));
    QCOMPARE(requestCount(), before + 1); // found among the customers: no further look

    before = requestCount();
    const auto vendor = directory->nameOwner(s("Stripe"));
    QVERIFY(vendor.ok() && vendor.value());
    QCOMPARE(vendor.value()->entityName(), s("Vendor"));
    QCOMPARE(requestCount(), before + 2);

    before = requestCount();
    const auto employee = directory->nameOwner(s("Emily Platt"));
    QVERIFY(employee.ok() && employee.value());
    QCOMPARE(employee.value()->entityName(), s("Employee"));
    QCOMPARE(requestCount(), before + 3);

    // Inactive customers keep their names (6240).
    const auto inactive = directory->nameOwner(s("Old Harbor Supply"));
    QVERIFY(inactive.ok() && inactive.value());
    QVERIFY(!inactive.value()->isActive());

    before = requestCount();
    const auto free = directory->nameOwner(s("Nobody Of This Name"));
    QVERIFY(free.ok());
    QVERIFY(!free.value());
    QCOMPARE(requestCount(), before + 3);

    // Every answer, free names included, is kept.
    before = requestCount();
    QVERIFY(directory->nameOwner(s("STRIPE")).value());
    QVERIFY(directory->nameOwner(s("emily platt")).value());
    QVERIFY(!directory->nameOwner(s("nobody of this name")).value());
    QCOMPARE(requestCount(), before);
}

void TestQboClientDirectory::customerByIdOnceAndFromOtherLookups()
{
    auto directory = freshDirectory();
    qint64 before = requestCount();

    const auto first = directory->customer(s("1"));
    QVERIFY2(first.ok(), qPrintable(first.reason()));
    QVERIFY(first.value());
    QCOMPARE(first.value()->displayName(), s("Amy's Bird Sanctuary"));
    QVERIFY(directory->customer(s("1")).value());
    QCOMPARE(requestCount(), before + 1);

    // Inactive customers are returned (the planner says "inactive", not "missing").
    const auto inactive = directory->customer(s("29"));
    QVERIFY(inactive.ok() && inactive.value());
    QVERIFY(!inactive.value()->isActive());

    const auto missing = directory->customer(s("99999"));
    QVERIFY(missing.ok());
    QVERIFY(!missing.value());

    // A customer an email look-up brought back needs no look-up of its own.
    const auto byEmail = directory->customersByEmail(s("diner@example.com"));
    QVERIFY(byEmail.ok());
    QCOMPARE(byEmail->size(), 1);
    before = requestCount();
    const auto diner = directory->customer(byEmail->first().id());
    QVERIFY(diner.ok() && diner.value());
    QCOMPARE(diner.value()->displayName(), s("Red Rock Diner"));
    QCOMPARE(requestCount(), before);
}

void TestQboClientDirectory::rememberedObjectsAreFoundWithoutAsking()
{
    auto directory = freshDirectory();
    const QString name = s("Remembered Person %1").arg(++m_counter);
    const QString email = s("remembered-%1@example.com").arg(m_counter);
    const QString itemName = s("Remembered Service %1").arg(m_counter);

    // Asked before the creates: nothing, and the answers are cached.
    QVERIFY(directory->customersByEmail(email)->isEmpty());
    QVERIFY(!directory->nameOwner(name).value());
    QVERIFY(!directory->itemByName(itemName).value());

    const auto customer =
        m_client->create(QboEntity::Customer,
                         QJsonObject{{s("DisplayName"), name},
                                     {s("PrimaryEmailAddr"), QJsonObject{{s("Address"), email}}}},
                         s("dir-customer-%1").arg(m_counter));
    QVERIFY2(customer.ok(), qPrintable(customer.reason()));
    const auto item =
        m_client->create(QboEntity::Item,
                         QJsonObject{{s("Name"), itemName},
                                     {s("Type"), s("Service")},
                                     {s("Sku"), s("REM-%1").arg(m_counter)},
                                     {s("IncomeAccountRef"), QJsonObject{{s("value"), s("4")}}}},
                         s("dir-item-%1").arg(m_counter));
    QVERIFY2(item.ok(), qPrintable(item.reason()));

    directory->remember(customer.value());
    directory->remember(item.value());

    const qint64 before = requestCount();
    const auto byEmail = directory->customersByEmail(email.toUpper());
    QVERIFY(byEmail.ok());
    QCOMPARE(byEmail->size(), 1);
    QCOMPARE(byEmail->first().id(), customer->id());
    const auto owner = directory->nameOwner(name);
    QVERIFY(owner.ok() && owner.value());
    QCOMPARE(owner.value()->id(), customer->id());
    const auto byId = directory->customer(customer->id());
    QVERIFY(byId.ok() && byId.value());
    const auto byName = directory->itemByName(itemName);
    QVERIFY(byName.ok() && byName.value());
    QCOMPARE(byName.value()->id(), item->id());
    const auto bySku = directory->itemBySku(s("rem-%1").arg(m_counter));
    QVERIFY(bySku.ok() && bySku.value());
    QCOMPARE(bySku.value()->id(), item->id());
    QCOMPARE(requestCount(), before);
}

void TestQboClientDirectory::rememberedBeforeTheListIsLoaded()
{
    auto directory = freshDirectory();
    // Something created in this run, told before the items were ever read: the later load
    // brings the list, and the remembered item is in it exactly once.
    const QString itemName = s("Early Service %1").arg(++m_counter);
    const auto item =
        m_client->create(QboEntity::Item,
                         QJsonObject{{s("Name"), itemName},
                                     {s("Type"), s("Service")},
                                     {s("IncomeAccountRef"), QJsonObject{{s("value"), s("4")}}}},
                         s("dir-early-%1").arg(m_counter));
    QVERIFY2(item.ok(), qPrintable(item.reason()));
    directory->remember(item.value());

    const qint64 before = requestCount();
    const auto found = directory->itemByName(itemName);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->id(), item->id());
    QVERIFY(directory->itemByName(s("Consulting")).value());
    QCOMPARE(requestCount(), before + 1);
}

void TestQboClientDirectory::failuresAreNotCached()
{
    auto directory = freshDirectory();
    sandbox::FaultRule rule;
    rule.provider = s("quickbooks");
    rule.path = s("/v3/company/%1/query").arg(s(sandbox::QboDemoUsRealm)); // a prefix
    rule.status = 503;
    rule.times = 1;
    m_server->addFaultRule(rule);

    const auto failed = directory->itemBySku(s("CONS-001"));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().isTransient(), qPrintable(ApiError::className(failed.error().cls)));

    const qint64 before = requestCount();
    const auto retried = directory->itemBySku(s("CONS-001"));
    QVERIFY2(retried.ok(), qPrintable(retried.reason()));
    QVERIFY(retried.value());
    QCOMPARE(requestCount(), before + 1); // asked again, not answered from a cached failure
}

QTEST_GUILESS_MAIN(TestQboClientDirectory)
#include "tst_qboclientdirectory.moc"
