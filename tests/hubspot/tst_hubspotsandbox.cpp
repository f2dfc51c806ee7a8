// The HubSpot client against the sandbox's HubSpot half over real HTTP on the loopback: the peer
// enforces HubSpot's rules (paging, batch and search limits, the 10,000-result cap, scopes,
// token expiry, rate limits and injected faults), so passing here says something about passing
// against HubSpot.
//
// Only the sandbox's public surface is used: SandboxServer::listen()/baseUrl(), its admin
// endpoints (/_sandbox/reset, /clients, /private-app-tokens, /tokens/expire, /faults, /settings)
// and the provider paths (/oauth/…, /crm/…). If the HubSpot routes or the admin endpoints it
// needs are not wired, the test skips and says which.
#include "app/sandbox/sandboxserver.h"

#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotoauth.h"
#include "core/hubspot/hubspotprivateapptoken.h"
#include "core/net/networktransport.h"
#include "core/net/tokensource.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace bookflow;
using bookflow::sandbox::SandboxServer;

namespace {

const QString ClientId = QStringLiteral("bookflow-hubspot-client-test");
const QString ClientSecret = QStringLiteral("client-test-secret");
const QString RedirectUri = QStringLiteral("http://127.0.0.1:1/hubspot/callback");
const QStringList Scopes = {QStringLiteral("oauth"),
                            QStringLiteral("crm.objects.deals.read"),
                            QStringLiteral("crm.objects.deals.write"),
                            QStringLiteral("crm.objects.contacts.read"),
                            QStringLiteral("crm.objects.line_items.read"),
                            QStringLiteral("crm.objects.quotes.read"),
                            QStringLiteral("crm.objects.products.read"),
                            QStringLiteral("crm.schemas.deals.read"),
                            QStringLiteral("crm.schemas.deals.write")};

QUrl withPath(const QUrl &base, const QString &pathAndQuery)
{
    return QUrl(base.toString() + pathAndQuery);
}

// The token lifecycle core/auth will own, reduced to what the test needs: HubSpotOAuth for the
// grants, a refresh ahead of expiry on the client's Clock (HubSpot: track the TTL), and a
// refresh when the client reports a 401.
class TestTokenSource final : public TokenSource
{
public:
    TestTokenSource(HubSpotOAuth &oauth, const Clock &clock) : m_oauth(oauth), m_clock(clock) {}

    void set(const HubSpotTokens &tokens) { m_tokens = tokens; }
    const HubSpotTokens &tokens() const { return m_tokens; }

    QString accessToken() override
    {
        if (!m_tokens.accessToken.isEmpty() && m_tokens.needsRefresh(m_clock)) {
            ++aheadOfExpiry;
            renew();
        }
        return m_tokens.accessToken;
    }
    ApiStatus refresh() override
    {
        ++afterUnauthorized;
        return renew();
    }

    int aheadOfExpiry = 0;
    int afterUnauthorized = 0;

private:
    ApiStatus renew()
    {
        const ApiResult<HubSpotTokens> renewed = m_oauth.refresh(m_tokens.refreshToken);
        if (!renewed)
            return renewed.error();
        m_tokens = renewed.value();
        return ApiStatus::success();
    }

    HubSpotOAuth &m_oauth;
    const Clock &m_clock;
    HubSpotTokens m_tokens;
};

QSet<QString> idsOf(const QVector<HubSpotRecord> &records)
{
    QSet<QString> ids;
    for (const HubSpotRecord &record : records)
        ids.insert(record.id);
    return ids;
}

bool isAscending(const QStringList &ids)
{
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (!HubSpotWire::idLess(ids.at(i - 1), ids.at(i)))
            return false;
    }
    return true;
}

} // namespace

class TestHubSpotSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void oauthCodeFlowAndRefresh();
    void getDealWithAssociations();
    void lineItemsUnderEitherKey();
    void listPagesThroughEveryRecord();
    void searchFiltersAndPages();
    void propertiesAndWriteBack();
    void expiredTokenIsRefreshedOnce();
    void tokenIsRefreshedAheadOfExpiry();
    void errorsOverHttp();
    void missingScopesNeedReconnect();
    void rejectedPrivateAppTokenNeedsReconnect();
    void rateLimitHeadersAndThrottling();
    // Last: they reseed the portal with 10,000+ generated deals.
    void batchReadSplitsAndReportsMissingIds();
    void associationsV4AgreeWithTheRecord();
    void searchAllGoesPastTenThousand();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      int *status = nullptr);
    // /_sandbox/reset with `seed`, then the test's OAuth client and a private-app token again
    // (a reset forgets both), and a fresh client on that token.
    void resetSandbox(const QString &seed);
    void addFault(const QJsonObject &rule);
    QStringList dealIds(int count);
    HubSpotTokens connectWithOAuth();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    SystemClock m_clock;
    std::unique_ptr<HubSpotPrivateAppToken> m_token;
    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<HubSpotOAuth> m_oauth;
    qint64 m_hubId = 0;
};

QJsonObject TestHubSpotSandbox::admin(const QByteArray &method, const QString &path,
                                      const QJsonObject &body, int *status)
{
    HttpRequest request;
    request.method = method;
    request.url = withPath(m_server->baseUrl(), path);
    request.timeoutMs = 120000;
    if (method == "POST") {
        request.setHeader("Content-Type", "application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const HttpResponse response = m_transport->send(request);
    if (status)
        *status = response.status;
    else if (response.status < 200 || response.status >= 300)
        qWarning("admin %s %s: HTTP %d %s", method.constData(), qPrintable(path), response.status,
                 response.body.constData());
    return QJsonDocument::fromJson(response.body).object();
}

void TestHubSpotSandbox::resetSandbox(const QString &seed)
{
    const QJsonObject reset = admin("POST", QStringLiteral("/_sandbox/reset?seed=") + seed);
    m_hubId = reset.value(QStringLiteral("hubId")).toInteger();
    QVERIFY2(m_hubId > 0, QJsonDocument(reset).toJson().constData());

    admin("POST", QStringLiteral("/_sandbox/clients"),
          QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                      {QStringLiteral("client_id"), ClientId},
                      {QStringLiteral("client_secret"), ClientSecret},
                      {QStringLiteral("redirect_uris"), QJsonArray{RedirectUri}}});
    const QJsonObject token = admin("POST", QStringLiteral("/_sandbox/private-app-tokens"));
    const QString pat = token.value(QStringLiteral("token")).toString();
    QVERIFY2(!pat.isEmpty(), QJsonDocument(token).toJson().constData());
    m_client.reset();
    m_token = std::make_unique<HubSpotPrivateAppToken>(pat);
    m_client =
        std::make_unique<HubSpotClient>(*m_transport, m_server->baseUrl(), *m_token, m_clock);
    m_client->setTimeoutMs(60000);
}

void TestHubSpotSandbox::addFault(const QJsonObject &rule)
{
    QJsonObject rules{{QStringLiteral("rules"), QJsonArray{rule}}};
    const QJsonObject answer = admin("POST", QStringLiteral("/_sandbox/faults"), rules);
    QVERIFY2(answer.value(QStringLiteral("rules")).toArray().size() >= 1,
             QJsonDocument(answer).toJson().constData());
}

QStringList TestHubSpotSandbox::dealIds(int count)
{
    QStringList ids;
    QString after;
    while (ids.size() < count) {
        const auto page = m_client->list(HubSpotObject::Deal, {QStringLiteral("dealname")},
                                         HubSpotClient::MaxListPageSize, after);
        if (!page)
            return ids;
        for (const HubSpotRecord &record : page->records)
            ids.append(record.id);
        if (page->nextAfter.isEmpty())
            break;
        after = page->nextAfter;
    }
    return ids.mid(0, count);
}

HubSpotTokens TestHubSpotSandbox::connectWithOAuth()
{
    // The install URL at the sandbox's /oauth/authorize, auto-approved for the test.
    QUrl authorize =
        m_oauth->authorizeUrl(Scopes, QStringLiteral("state-42"), {},
                              withPath(m_server->baseUrl(), QStringLiteral("/oauth/authorize")));
    authorize.setQuery(authorize.query(QUrl::FullyEncoded) +
                           QStringLiteral("&sandbox_auto_approve=1"),
                       QUrl::StrictMode);
    HttpRequest request;
    request.url = authorize;
    request.timeoutMs = 10000;
    const HttpResponse redirect = m_transport->send(request);
    if (redirect.status != 302) {
        qWarning("authorize: HTTP %d %s", redirect.status, redirect.body.left(300).constData());
        return {};
    }
    const QUrl back = QUrl::fromEncoded(redirect.header("Location"));
    const QUrlQuery query(back);
    if (query.queryItemValue(QStringLiteral("state")) != QLatin1String("state-42") ||
        !back.toString().startsWith(RedirectUri))
        return {};
    const ApiResult<HubSpotTokens> tokens =
        m_oauth->exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    if (!tokens) {
        qWarning("exchange: %s", qPrintable(tokens.reason()));
        return {};
    }
    return tokens.value();
}

void TestHubSpotSandbox::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();

    // Are the HubSpot routes there? Until they are, the sandbox answers "No route".
    HttpRequest probe;
    probe.url = withPath(m_server->baseUrl(), QStringLiteral("/crm/v3/objects/deals?limit=1"));
    probe.timeoutMs = 10000;
    const HttpResponse probed = m_transport->send(probe);
    if (probed.status == 404 && probed.body.contains("No route"))
        QSKIP("the sandbox's HubSpot routes (/crm/v3/…, /crm/v4/…, /oauth/v1/token) are not "
              "wired into SandboxServer yet");
    int status = 0;
    admin("GET", QStringLiteral("/_sandbox/private-app-tokens"), {}, &status);
    if (status == 404)
        QSKIP("the sandbox has no /_sandbox/private-app-tokens admin endpoint yet");

    resetSandbox(QStringLiteral("demo"));
    m_oauth = std::make_unique<HubSpotOAuth>(*m_transport, m_server->baseUrl(),
                                             HubSpotOAuth::App{ClientId, ClientSecret, RedirectUri},
                                             m_clock);
    m_oauth->setTimeoutMs(10000);
}

void TestHubSpotSandbox::cleanup()
{
    if (!m_server)
        return;
    admin("DELETE", QStringLiteral("/_sandbox/faults"));
}

void TestHubSpotSandbox::oauthCodeFlowAndRefresh()
{
    const QDateTime before = m_clock.now();
    const HubSpotTokens tokens = connectWithOAuth();
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(tokens.tokenType.toLower(), QStringLiteral("bearer"));
    QCOMPARE(tokens.expiresIn, qint64(1800));
    QCOMPARE(tokens.hubId, m_hubId);
    QVERIFY(tokens.expiresAt >= before.addSecs(1800));
    QVERIFY(tokens.scopes.contains(QStringLiteral("crm.objects.deals.read")));
    QVERIFY(!tokens.needsRefresh(m_clock));

    TestTokenSource source(*m_oauth, m_clock);
    source.set(tokens);
    HubSpotClient client(*m_transport, m_server->baseUrl(), source, m_clock);
    const auto page = client.list(HubSpotObject::Deal, {QStringLiteral("dealname")}, 5);
    QVERIFY2(page.ok(), qPrintable(page.reason()));
    QVERIFY(!page->records.isEmpty());

    const auto refreshed = m_oauth->refresh(tokens.refreshToken);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.reason()));
    QVERIFY(refreshed->accessToken != tokens.accessToken);
    QVERIFY(!refreshed->refreshToken.isEmpty());

    // A refresh token HubSpot does not know: invalid_grant → NeedsReconnect.
    const auto refused = m_oauth->refresh(QStringLiteral("na1-not-a-refresh-token"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().needsReconnect());
    QCOMPARE(refused.error().code, QStringLiteral("invalid_grant"));
    // So is a code HubSpot never issued.
    QVERIFY(!m_oauth->exchangeCode(QStringLiteral("not-a-code")).ok());
}

void TestHubSpotSandbox::getDealWithAssociations()
{
    // Find a deal with contacts and line items through the list, then read it whole.
    const auto all = m_client->listAll(HubSpotObject::Deal,
                                       {QStringLiteral("dealname"), QStringLiteral("amount")});
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QVERIFY(!all->isEmpty());
    int withLineItems = 0;
    for (const HubSpotRecord &listed : all.value()) {
        const auto deal =
            m_client->get(HubSpotObject::Deal, listed.id,
                          {QStringLiteral("dealname"), QStringLiteral("amount"),
                           QStringLiteral("closedate"), QStringLiteral("hubspot_owner_id")},
                          {HubSpotObject::Contact, HubSpotObject::LineItem, HubSpotObject::Quote});
        QVERIFY2(deal.ok(), qPrintable(deal.reason()));
        QCOMPARE(deal->id, listed.id);
        QVERIFY(deal->createdAt.isValid());
        QVERIFY(deal->updatedAt.isValid());
        // Values are strings or null, exactly as sent.
        for (auto it = deal->properties.begin(); it != deal->properties.end(); ++it)
            QVERIFY2(it.value().isString() || it.value().isNull(), qPrintable(it.key()));
        QCOMPARE(deal->associations.size(), 3);
        for (const QStringList &ids : deal->associations) {
            QVERIFY(isAscending(ids));
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        }
        if (!deal->associations.value(HubSpotObject::LineItem).isEmpty())
            ++withLineItems;
    }
    QVERIFY2(withLineItems > 0, "the demo portal should have deals with line items");

    // A deal that does not exist.
    const auto missing = m_client->get(HubSpotObject::Deal, QStringLiteral("999999999"), {});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().isPermanent());
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.reason(), QStringLiteral("The deal 999999999 no longer exists in HubSpot."));
}

void TestHubSpotSandbox::lineItemsUnderEitherKey()
{
    // The same deal read with the sandbox's "line items" (HubSpot's quirk) and "line_items".
    QString dealId;
    QStringList expected;
    for (const QString &id : dealIds(100)) {
        const auto deal = m_client->get(HubSpotObject::Deal, id, {}, {HubSpotObject::LineItem});
        QVERIFY2(deal.ok(), qPrintable(deal.reason()));
        expected = deal->associations.value(HubSpotObject::LineItem);
        if (!expected.isEmpty()) {
            dealId = id;
            break;
        }
    }
    QVERIFY(!dealId.isEmpty());
    admin("POST", QStringLiteral("/_sandbox/settings"),
          QJsonObject{{QStringLiteral("hubspot"), QJsonObject{{QStringLiteral("lineItemsKey"),
                                                               QStringLiteral("line_items")}}}});
    const auto underscore =
        m_client->get(HubSpotObject::Deal, dealId, {}, {HubSpotObject::LineItem});
    admin("POST", QStringLiteral("/_sandbox/settings"),
          QJsonObject{{QStringLiteral("hubspot"), QJsonObject{{QStringLiteral("lineItemsKey"),
                                                               QStringLiteral("line items")}}}});
    QVERIFY2(underscore.ok(), qPrintable(underscore.reason()));
    QCOMPARE(underscore->associations.value(HubSpotObject::LineItem), expected);
}

void TestHubSpotSandbox::listPagesThroughEveryRecord()
{
    const auto contacts = m_client->listAll(HubSpotObject::Contact,
                                            {QStringLiteral("email"), QStringLiteral("firstname")});
    QVERIFY2(contacts.ok(), qPrintable(contacts.reason()));
    QVERIFY(!contacts->isEmpty());
    QCOMPARE(idsOf(contacts.value()).size(), contacts->size());

    // Small pages give the same records.
    QVector<HubSpotRecord> paged;
    QString after;
    for (int pages = 0; pages < 1000; ++pages) {
        const auto page =
            m_client->list(HubSpotObject::Contact, {QStringLiteral("email")}, 3, after);
        QVERIFY2(page.ok(), qPrintable(page.reason()));
        QVERIFY(page->records.size() <= 3);
        paged += page->records;
        if (page->nextAfter.isEmpty())
            break;
        after = page->nextAfter;
    }
    QCOMPARE(idsOf(paged), idsOf(contacts.value()));

    for (HubSpotObject object : {HubSpotObject::Product, HubSpotObject::LineItem,
                                 HubSpotObject::Quote, HubSpotObject::CommercePayment}) {
        const auto page = m_client->list(object, {});
        QVERIFY2(page.ok(),
                 qPrintable(hubSpotObjectPath(object) + QLatin1Char(' ') + page.reason()));
    }
}

void TestHubSpotSandbox::searchFiltersAndPages()
{
    HubSpotSearchRequest request;
    request.where(HubSpotFilter::hasProperty(QStringLiteral("amount")))
        .setProperties({QStringLiteral("dealname"), QStringLiteral("amount")})
        .sortBy(QStringLiteral("hs_lastmodifieddate"), HubSpotSearchRequest::Direction::Ascending)
        .setLimit(2);
    const auto first = m_client->search(HubSpotObject::Deal, request);
    QVERIFY2(first.ok(), qPrintable(first.reason()));
    QVERIFY(first->total > 2);
    QCOMPARE(first->records.size(), 2);
    QCOMPARE(first->nextAfter.value_or(-1), 2);
    for (const HubSpotRecord &record : first->records)
        QVERIFY(!record.text(QStringLiteral("amount")).isEmpty());

    const auto second =
        m_client->search(HubSpotObject::Deal, HubSpotSearchRequest(request).setAfter(2));
    QVERIFY2(second.ok(), qPrintable(second.reason()));
    QVERIFY(!(idsOf(first->records) & idsOf(second->records)).size());

    // searchAll below the cap returns what the total said.
    const auto all = m_client->searchAll(HubSpotObject::Deal, request);
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QCOMPARE(qint64(all->size()), first->total);

    // OR between groups, AND inside: amount known OR no amount = every deal.
    HubSpotSearchRequest either;
    either.where(HubSpotFilter::hasProperty(QStringLiteral("amount")))
        .orGroup()
        .where(HubSpotFilter::notHasProperty(QStringLiteral("amount")))
        .setLimit(1);
    const auto everything = m_client->search(HubSpotObject::Deal, either);
    QVERIFY2(everything.ok(), qPrintable(everything.reason()));
    const auto listed = m_client->listAll(HubSpotObject::Deal, {});
    QVERIFY(listed.ok());
    QCOMPARE(everything->total, qint64(listed->size()));

    // HubSpot's search limits (5 groups, 6 filters a group, 18 in all, 200 a page) are kept
    // before sending: the request is refused here and never reaches HubSpot.
    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    HubSpotSearchRequest sixGroups;
    sixGroups.where(HubSpotFilter::hasProperty(QStringLiteral("amount")));
    for (int g = 1; g < 6; ++g)
        sixGroups.orGroup().where(HubSpotFilter::hasProperty(QStringLiteral("amount")));
    HubSpotSearchRequest sevenFilters;
    for (int f = 0; f < 7; ++f)
        sevenFilters.where(HubSpotFilter::hasProperty(QStringLiteral("amount")));
    for (const HubSpotSearchRequest &tooBig :
         {sixGroups, sevenFilters, HubSpotSearchRequest(request).setLimit(201)}) {
        const auto refusedHere = m_client->search(HubSpotObject::Deal, tooBig);
        QVERIFY(!refusedHere.ok());
        QVERIFY(refusedHere.error().isPermanent());
        QVERIFY(!refusedHere.reason().isEmpty());
    }
    QCOMPARE(
        admin("GET", QStringLiteral("/_sandbox/requests")).value(QStringLiteral("total")).toInt(),
        0);

    // HubSpot's own validation error comes back with its words.
    HubSpotSearchRequest badSort;
    badSort.sortBy(QStringLiteral("no_such_property_xyz"),
                   HubSpotSearchRequest::Direction::Ascending);
    const auto refused = m_client->search(HubSpotObject::Deal, badSort);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().isPermanent());
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY2(refused.reason().contains(QLatin1String("no_such_property_xyz")),
             qPrintable(refused.reason()));
}

void TestHubSpotSandbox::propertiesAndWriteBack()
{
    const auto properties = m_client->properties(HubSpotObject::Deal);
    QVERIFY2(properties.ok(), qPrintable(properties.reason()));
    bool sawStage = false;
    for (const HubSpotProperty &property : properties.value()) {
        if (property.name != QLatin1String("dealstage"))
            continue;
        sawStage = true;
        QCOMPARE(property.type, QStringLiteral("enumeration"));
        QVERIFY(!property.options.isEmpty());
        QVERIFY(!property.options.first().value.isEmpty());
    }
    QVERIFY(sawStage);

    // The group and the property, twice: the second time is 409, which is success.
    for (int round = 0; round < 2; ++round) {
        const ApiStatus group = m_client->createPropertyGroup(
            HubSpotObject::Deal, QStringLiteral("bookflow"), QStringLiteral("Bookflow"));
        QVERIFY2(group.ok(), qPrintable(group.reason()));
        HubSpotProperty property;
        property.name = QStringLiteral("bookflow_invoice_number");
        property.label = QStringLiteral("QuickBooks invoice number");
        property.type = QStringLiteral("string");
        property.fieldType = QStringLiteral("text");
        property.groupName = QStringLiteral("bookflow");
        const ApiStatus created = m_client->createProperty(HubSpotObject::Deal, property);
        QVERIFY2(created.ok(), qPrintable(created.reason()));
    }

    const QStringList ids = dealIds(3);
    QCOMPARE(ids.size(), 3);
    const auto updated =
        m_client->update(HubSpotObject::Deal, ids.first(),
                         {{QStringLiteral("bookflow_invoice_number"), QStringLiteral("INV-1001")}});
    QVERIFY2(updated.ok(), qPrintable(updated.reason()));
    QCOMPARE(updated->text(QStringLiteral("bookflow_invoice_number")), QStringLiteral("INV-1001"));
    const auto reread = m_client->get(HubSpotObject::Deal, ids.first(),
                                      {QStringLiteral("bookflow_invoice_number")});
    QVERIFY(reread.ok());
    QCOMPARE(reread->text(QStringLiteral("bookflow_invoice_number")), QStringLiteral("INV-1001"));

    QVector<HubSpotRecordUpdate> updates;
    for (const QString &id : ids)
        updates.append(
            {id,
             {{QStringLiteral("bookflow_invoice_number"), QStringLiteral("INV-B-%1").arg(id)}}});
    const auto batch = m_client->batchUpdate(HubSpotObject::Deal, updates);
    QVERIFY2(batch.ok(), qPrintable(batch.reason()));
    QVERIFY(batch->errors.isEmpty());
    QCOMPARE(batch->records.size(), 3);
    const auto check =
        m_client->batchRead(HubSpotObject::Deal, ids, {QStringLiteral("bookflow_invoice_number")});
    QVERIFY(check.ok());
    for (const HubSpotRecord &record : check->records)
        QCOMPARE(record.text(QStringLiteral("bookflow_invoice_number")),
                 QStringLiteral("INV-B-%1").arg(record.id));

    // A property HubSpot does not have: refused with its words, nothing half-done.
    const auto invalid =
        m_client->update(HubSpotObject::Deal, ids.first(),
                         {{QStringLiteral("no_such_property_xyz"), QStringLiteral("1")}});
    QVERIFY(!invalid.ok());
    QVERIFY(invalid.error().isPermanent());
    QVERIFY2(invalid.reason().contains(QLatin1String("no_such_property_xyz")),
             qPrintable(invalid.reason()));
}

void TestHubSpotSandbox::expiredTokenIsRefreshedOnce()
{
    TestTokenSource source(*m_oauth, m_clock);
    source.set(connectWithOAuth());
    QVERIFY(!source.tokens().accessToken.isEmpty());
    HubSpotClient client(*m_transport, m_server->baseUrl(), source, m_clock);

    // The sandbox expires every HubSpot access token: the next call gets a 401, refreshes once
    // and succeeds on the retry.
    admin("POST", QStringLiteral("/_sandbox/tokens/expire"),
          QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")}});
    const auto page = client.list(HubSpotObject::Deal, {}, 1);
    QVERIFY2(page.ok(), qPrintable(page.reason()));
    QCOMPARE(source.afterUnauthorized, 1);
    QCOMPARE(source.aheadOfExpiry, 0);

    // A 401 that a refresh does not cure: NeedsReconnect after exactly one refresh.
    addFault(QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                         {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/deals")},
                         {QStringLiteral("status"), 401},
                         {QStringLiteral("times"), 2}});
    const auto refused = client.list(HubSpotObject::Deal, {}, 1);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().needsReconnect());
    QCOMPARE(source.afterUnauthorized, 2);
}

void TestHubSpotSandbox::tokenIsRefreshedAheadOfExpiry()
{
    // The sandbox's clock and the client's move together: 1,600 s later the token is within
    // five minutes of its 1,800 s lifetime, so the source renews it before the call, and no
    // 401 ever happens.
    FixedClock clock(m_server->now());
    HubSpotOAuth oauth(*m_transport, m_server->baseUrl(),
                       HubSpotOAuth::App{ClientId, ClientSecret, RedirectUri}, clock);
    TestTokenSource source(oauth, clock);
    source.set(connectWithOAuth());
    const QString first = source.tokens().accessToken;
    QVERIFY(!first.isEmpty());
    HubSpotClient client(*m_transport, m_server->baseUrl(), source, clock);

    admin("POST", QStringLiteral("/_sandbox/time"),
          QJsonObject{{QStringLiteral("advanceSeconds"), 1600}});
    clock.advanceSecs(1600);
    QVERIFY(source.tokens().needsRefresh(clock));
    const auto page = client.list(HubSpotObject::Deal, {}, 1);
    admin("POST", QStringLiteral("/_sandbox/time"), QJsonObject{{QStringLiteral("reset"), true}});
    QVERIFY2(page.ok(), qPrintable(page.reason()));
    QCOMPARE(source.aheadOfExpiry, 1);
    QCOMPARE(source.afterUnauthorized, 0);
    QVERIFY(source.tokens().accessToken != first);
    QCOMPARE(source.tokens().expiresAt, clock.now().addSecs(1800));
}

void TestHubSpotSandbox::errorsOverHttp()
{
    struct Case
    {
        const char *name;
        QJsonObject rule;
        ApiError::Class cls;
        int retryAfter; // -1: none expected
        QString reasonPart;
    };
    const auto rule = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject object{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                           {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/deals")},
                           {QStringLiteral("times"), 1}};
        for (const auto &field : fields)
            object.insert(field.first, field.second);
        return object;
    };
    using C = ApiError::Class;
    const QList<Case> cases = {
        {"429 ten-secondly with Retry-After",
         rule({{QStringLiteral("status"), 429},
               {QStringLiteral("policyName"), QStringLiteral("TEN_SECONDLY_ROLLING")},
               {QStringLiteral("retryAfter"), 3}}),
         C::RateLimited, 3, QStringLiteral("too many requests")},
        {"429 ten-secondly without Retry-After",
         rule({{QStringLiteral("status"), 429},
               {QStringLiteral("policyName"), QStringLiteral("TEN_SECONDLY_ROLLING")}}),
         C::RateLimited, 10, QStringLiteral("10 second")},
        {"429 daily",
         rule({{QStringLiteral("status"), 429},
               {QStringLiteral("policyName"), QStringLiteral("DAILY")}}),
         C::RateLimited, 3600, QStringLiteral("midnight")},
        {"423 locked", rule({{QStringLiteral("status"), 423}}), C::Transient, 2,
         QStringLiteral("locked")},
        {"477 migration",
         rule({{QStringLiteral("status"), 477}, {QStringLiteral("retryAfter"), 60}}), C::Transient,
         60, QStringLiteral("moving")},
        {"500", rule({{QStringLiteral("status"), 500}}), C::Transient, -1,
         QStringLiteral("HTTP 500")},
        {"502 HTML",
         rule({{QStringLiteral("status"), 502}, {QStringLiteral("body"), QStringLiteral("html")}}),
         C::Transient, -1, QStringLiteral("HTTP 502")},
        {"dropped connection", rule({{QStringLiteral("drop"), true}, {QStringLiteral("times"), 5}}),
         C::Transient, -1, QStringLiteral("HubSpot")},
        {"403 missing scopes",
         rule({{QStringLiteral("status"), 403},
               {QStringLiteral("missingScopes"),
                QJsonArray{QStringLiteral("crm.objects.deals.read")}}}),
         C::NeedsReconnect, -1, QStringLiteral("crm.objects.deals.read")},
    };
    for (const Case &c : cases) {
        addFault(c.rule);
        const auto page = m_client->list(HubSpotObject::Deal, {}, 1);
        QVERIFY2(!page.ok(), c.name);
        QVERIFY2(page.error().cls == c.cls,
                 qPrintable(QStringLiteral("%1: %2 %3")
                                .arg(QLatin1String(c.name), ApiError::className(page.error().cls),
                                     page.error().detail)));
        QVERIFY2(page.error().retryAfterSeconds.value_or(-1) == c.retryAfter,
                 qPrintable(QStringLiteral("%1: retry after %2")
                                .arg(QLatin1String(c.name))
                                .arg(page.error().retryAfterSeconds.value_or(-1))));
        QVERIFY2(page.reason().contains(c.reasonPart, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), page.reason())));
        // Without the rule the next call goes through. (Cleared rather than counted down: the
        // network stack may resend a request whose connection dropped before any answer.)
        admin("DELETE", QStringLiteral("/_sandbox/faults"));
        const auto next = m_client->list(HubSpotObject::Deal, {}, 1);
        QVERIFY2(
            next.ok(),
            qPrintable(QStringLiteral("%1, then: %2").arg(QLatin1String(c.name), next.reason())));
    }
}

void TestHubSpotSandbox::missingScopesNeedReconnect()
{
    const QJsonObject token =
        admin("POST", QStringLiteral("/_sandbox/private-app-tokens"),
              QJsonObject{{QStringLiteral("scopes"),
                           QJsonArray{QStringLiteral("crm.objects.contacts.read")}}});
    HubSpotPrivateAppToken contactsOnly(token.value(QStringLiteral("token")).toString());
    HubSpotClient client(*m_transport, m_server->baseUrl(), contactsOnly, m_clock);
    QVERIFY(client.list(HubSpotObject::Contact, {}, 1).ok());
    const auto deals = client.list(HubSpotObject::Deal, {}, 1);
    QVERIFY(!deals.ok());
    QVERIFY(deals.error().needsReconnect());
    QCOMPARE(deals.error().httpStatus, 403);
    QVERIFY2(deals.reason().contains(QLatin1String("crm.objects.deals.read")),
             qPrintable(deals.reason()));
}

void TestHubSpotSandbox::rejectedPrivateAppTokenNeedsReconnect()
{
    HubSpotPrivateAppToken wrong(QStringLiteral("pat-na1-00000000-0000-0000-0000-000000000000"));
    HubSpotClient client(*m_transport, m_server->baseUrl(), wrong, m_clock);
    const auto page = client.list(HubSpotObject::Deal, {}, 1);
    QVERIFY(!page.ok());
    QVERIFY(page.error().needsReconnect());
    QCOMPARE(page.error().httpStatus, 401);
    QVERIFY(page.reason().contains(QLatin1String("private app token")));
}

void TestHubSpotSandbox::rateLimitHeadersAndThrottling()
{
    admin("POST", QStringLiteral("/_sandbox/settings"),
          QJsonObject{{QStringLiteral("limits"), QJsonObject{{QStringLiteral("enabled"), true}}}});
    const auto page = m_client->list(HubSpotObject::Deal, {}, 1);
    const auto search = m_client->search(HubSpotObject::Deal, HubSpotSearchRequest().setLimit(1));
    admin("POST", QStringLiteral("/_sandbox/settings"),
          QJsonObject{{QStringLiteral("limits"), QJsonObject{{QStringLiteral("enabled"), false}}}});
    QVERIFY2(page.ok(), qPrintable(page.reason()));
    QVERIFY2(search.ok(), qPrintable(search.reason()));
    const auto limit = m_client->lastRateLimit();
    QVERIFY(limit);
    QVERIFY(limit->max.value_or(0) > 0);
    QVERIFY(limit->remaining.value_or(-1) >= 0);
    QVERIFY(limit->remaining.value_or(-1) < limit->max.value_or(0));
    QCOMPARE(limit->intervalMs.value_or(0), qint64(10000));
    // A private app's calls count against the daily limit and say so.
    QVERIFY(limit->daily.value_or(0) > 0);
    QVERIFY(limit->dailyRemaining.value_or(-1) >= 0);
}

void TestHubSpotSandbox::batchReadSplitsAndReportsMissingIds()
{
    resetSandbox(QStringLiteral("large:10050"));
    QStringList ids = dealIds(250);
    QCOMPARE(ids.size(), 250);
    ids.append(ids.first()); // asked twice, read once
    ids.append(QStringLiteral("999999999"));
    const auto result = m_client->batchRead(HubSpotObject::Deal, ids,
                                            {QStringLiteral("dealname"), QStringLiteral("amount")});
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->records.size(), 250);
    QCOMPARE(result->records.first().id, ids.first()); // in the order asked
    QCOMPARE(result->errors.size(), 1);
    const ApiError missing = result->errors.value(QStringLiteral("999999999"));
    QVERIFY(missing.isPermanent());
    QVERIFY2(missing.reason.contains(QLatin1String("999999999")), qPrintable(missing.reason));
}

void TestHubSpotSandbox::associationsV4AgreeWithTheRecord()
{
    const QStringList ids = dealIds(2500);
    QCOMPARE(ids.size(), 2500);
    const auto batch =
        m_client->batchAssociations(HubSpotObject::Deal, HubSpotObject::Contact, ids);
    QVERIFY2(batch.ok(), qPrintable(batch.reason()));
    QVERIFY2(
        batch->errors.isEmpty(),
        qPrintable(batch->errors.isEmpty() ? QString() : batch->errors.begin().value().detail));
    QCOMPARE(batch->byId.size(), 2500);

    // Every 250th deal: the v4 list, the v4 batch and the v3 record say the same.
    for (qsizetype i = 0; i < ids.size(); i += 250) {
        const QString &id = ids.at(i);
        const auto listed = m_client->associations(HubSpotObject::Deal, id, HubSpotObject::Contact);
        QVERIFY2(listed.ok(), qPrintable(listed.reason()));
        const auto record = m_client->get(HubSpotObject::Deal, id, {}, {HubSpotObject::Contact});
        QVERIFY(record.ok());
        QStringList fromList;
        for (const HubSpotAssociation &association : listed.value())
            fromList.append(association.toObjectId);
        QStringList fromBatch;
        for (const HubSpotAssociation &association : batch->byId.value(id))
            fromBatch.append(association.toObjectId);
        QCOMPARE(fromList, record->associations.value(HubSpotObject::Contact));
        QCOMPARE(fromBatch, fromList);
        for (const HubSpotAssociation &association : listed.value())
            QVERIFY(!association.types.isEmpty());
    }
}

void TestHubSpotSandbox::searchAllGoesPastTenThousand()
{
    // The portal now has the demo deals plus 10,050 generated ones: more than one search can
    // page through.
    const auto counted = m_client->search(HubSpotObject::Deal, HubSpotSearchRequest().setLimit(1));
    QVERIFY2(counted.ok(), qPrintable(counted.reason()));
    QVERIFY2(counted->total > HubSpotSearchRequest::MaxResults,
             qPrintable(QString::number(counted->total)));

    const auto all = m_client->searchAll(
        HubSpotObject::Deal, HubSpotSearchRequest().setProperties({QStringLiteral("dealname")}));
    QVERIFY2(all.ok(), qPrintable(all.reason()));
    QCOMPARE(qint64(all->size()), counted->total);
    const QSet<QString> found = idsOf(all.value());
    QCOMPARE(qint64(found.size()), counted->total);

    // The same set as paging the list endpoint.
    const auto listed = m_client->listAll(HubSpotObject::Deal, {QStringLiteral("dealname")});
    QVERIFY2(listed.ok(), qPrintable(listed.reason()));
    QCOMPARE(found, idsOf(listed.value()));

    // And with a filter that keeps most of them: the split filter joins the user's.
    HubSpotSearchRequest known;
    known.where(HubSpotFilter::hasProperty(QStringLiteral("dealname")));
    const auto filtered = m_client->searchAll(HubSpotObject::Deal, known);
    QVERIFY2(filtered.ok(), qPrintable(filtered.reason()));
    QCOMPARE(idsOf(filtered.value()), found);
}

QTEST_GUILESS_MAIN(TestHubSpotSandbox)
#include "tst_hubspotsandbox.moc"
