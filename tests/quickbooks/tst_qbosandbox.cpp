// The QuickBooks client against the sandbox's QuickBooks half over real HTTP on the loopback:
// the peer enforces QBO's rules (6240, SyncToken, requestid replay, query grammar, paging, auth,
// throttling), so passing here says something about passing against Intuit.
//
// Only the sandbox's public surface is used: SandboxServer::listen()/baseUrl(), its demo OAuth
// client, the admin endpoints (/_sandbox/…) and the provider paths. If the QuickBooks routes are
// not wired yet (the sandbox answers "No route"), the test skips with a message instead of
// failing.
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxserver.h"

#include "core/net/networktransport.h"
#include "core/net/tokensource.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qbojson.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace bookflow;
using bookflow::sandbox::SandboxServer;

namespace {

const QString Scope = QStringLiteral("com.intuit.quickbooks.accounting");
const QString RedirectUri = QStringLiteral("http://127.0.0.1:1/callback");

Decimal dec(const char *text)
{
    const auto value = Decimal::parse(QString::fromUtf8(text));
    if (!value)
        qFatal("test data \"%s\" is not a number", text);
    return *value;
}

QJsonObject ref(const QString &value)
{
    return QJsonObject{{QStringLiteral("value"), value}};
}

QUrl withPath(QUrl base, const QString &pathAndQuery)
{
    return QUrl(base.toString() + pathAndQuery);
}

// The real refresh-token grant (qbo-api.md §1): POST /oauth2/v1/tokens/bearer with HTTP Basic
// client authentication and a form body; keeps the newest (rotated) refresh token.
class SandboxTokenSource final : public TokenSource
{
public:
    SandboxTokenSource(Transport &transport, QUrl baseUrl)
        : m_transport(transport), m_baseUrl(std::move(baseUrl))
    {
    }

    // The authorization-code flow, auto-approved by the sandbox: returns the realmId.
    QString connect()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), clientId());
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("scope"), Scope);
        query.addQueryItem(QStringLiteral("redirect_uri"), RedirectUri);
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("s-1"));
        query.addQueryItem(QStringLiteral("sandbox_auto_approve"), QStringLiteral("1"));
        HttpRequest authorize;
        authorize.url = withPath(m_baseUrl, QStringLiteral("/connect/oauth2?") +
                                                query.toString(QUrl::FullyEncoded));
        const HttpResponse redirect = m_transport.send(authorize);
        if (redirect.status != 302)
            return {};
        const QUrlQuery back(QUrl::fromEncoded(redirect.header("Location")));
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const QString realmId = back.queryItemValue(QStringLiteral("realmId"));
        if (code.isEmpty() || back.queryItemValue(QStringLiteral("state")) != QLatin1String("s-1"))
            return {};
        const ApiStatus exchanged =
            grant(QStringLiteral("authorization_code"),
                  {{QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), RedirectUri}});
        return exchanged ? realmId : QString();
    }

    QString accessToken() override { return m_accessToken; }
    ApiStatus refresh() override
    {
        ++refreshes;
        return grant(QStringLiteral("refresh_token"),
                     {{QStringLiteral("refresh_token"), m_refreshToken}});
    }

    QString refreshToken() const { return m_refreshToken; }
    static QString clientId() { return QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId); }
    static QString clientSecret()
    {
        return QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret);
    }
    static QByteArray basicAuth()
    {
        return "Basic " + (clientId() + QLatin1Char(':') + clientSecret()).toUtf8().toBase64();
    }

    int refreshes = 0;

private:
    ApiStatus grant(const QString &type, const QList<QPair<QString, QString>> &fields)
    {
        QByteArray form = "grant_type=" + QUrl::toPercentEncoding(type);
        for (const auto &field : fields)
            form += '&' + QUrl::toPercentEncoding(field.first) + '=' +
                    QUrl::toPercentEncoding(field.second);
        HttpRequest request;
        request.method = "POST";
        request.url = withPath(m_baseUrl, QStringLiteral("/oauth2/v1/tokens/bearer"));
        request.setHeader("Authorization", basicAuth());
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setHeader("Accept", "application/json");
        request.body = form;
        request.timeoutMs = 10000;
        const HttpResponse response = m_transport.send(request);

        ApiError error;
        error.httpStatus = response.status;
        if (response.status == 0) {
            error.cls = ApiError::Class::Transient;
            error.reason = Tr::tr("Could not reach the QuickBooks sign-in service.");
            return error;
        }
        const auto body = QboJson::parseObject(response.body);
        if (response.status == 200 && body && body->contains(QStringLiteral("access_token"))) {
            m_accessToken = body->value(QStringLiteral("access_token")).toString();
            // QBO: always keep the refresh token of the latest answer (qbo-api.md §1).
            m_refreshToken = body->value(QStringLiteral("refresh_token")).toString();
            return ApiStatus::success();
        }
        error.code = body ? body->value(QStringLiteral("error")).toString() : QString();
        error.detail = QString::fromUtf8(response.body.left(300));
        error.cls = error.code == QLatin1String("invalid_grant") ? ApiError::Class::NeedsReconnect
                    : response.status >= 500                     ? ApiError::Class::Transient
                                                                 : ApiError::Class::Permanent;
        error.reason = Tr::tr("QuickBooks no longer accepts the saved sign-in. Reconnect "
                              "QuickBooks.");
        return error;
    }

    Transport &m_transport;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_refreshToken;
};

} // namespace

class TestQboSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void companyInfoAndPreferences();
    void namesWithQuotesBackslashesAndAccentsAreFound();
    void duplicateNameIs6240();
    void sameRequestIdIsAnsweredWithTheOriginal();
    void moneyStaysExactThroughQuickBooks();
    void amountNotQuantityTimesPriceIs6070();
    void sparseUpdateAndStaleSyncToken();
    void queryAllPagesThroughEveryRow();
    void batchItemsAreMatchedByBatchId();
    void expiredTokenIsRefreshedOnce();
    void throttlingAndServerTrouble();
    void everyDocumentTheActionsCreate();
    void pagingPastAThousandRows();
    void revokedConnectionNeedsReconnect(); // last: it disconnects

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void addFault(const QJsonObject &rule);
    QString uniqueName(const QString &base);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<SandboxTokenSource> m_tokens;
    std::unique_ptr<QboClient> m_client;
    QString m_realmId;
    int m_counter = 0;
};

QJsonObject TestQboSandbox::admin(const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.url = withPath(m_server->baseUrl(), path);
    request.timeoutMs = 10000;
    if (!body.isEmpty()) {
        request.setHeader("Content-Type", "application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const HttpResponse response = m_transport->send(request);
    if (response.status < 200 || response.status >= 300)
        qWarning("admin %s %s: HTTP %d %s", method.constData(), qPrintable(path), response.status,
                 response.body.constData());
    return QJsonDocument::fromJson(response.body).object();
}

void TestQboSandbox::addFault(const QJsonObject &rule)
{
    QJsonObject body;
    body.insert(QStringLiteral("rules"), QJsonArray{rule});
    const QJsonObject answer = admin("POST", QStringLiteral("/_sandbox/faults"), body);
    QVERIFY2(answer.value(QStringLiteral("rules")).toArray().size() >= 1,
             QJsonDocument(answer).toJson().constData());
}

QString TestQboSandbox::uniqueName(const QString &base)
{
    return QStringLiteral("%1 %2-%3")
        .arg(base)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(++m_counter);
}

void TestQboSandbox::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();

    // Is the QuickBooks half there yet? The token endpoint answers "No route" until it is.
    HttpRequest probe;
    probe.method = "POST";
    probe.url = withPath(m_server->baseUrl(), QStringLiteral("/oauth2/v1/tokens/bearer"));
    const HttpResponse probed = m_transport->send(probe);
    if (probed.status == 404 && probed.body.contains("No route"))
        QSKIP("the sandbox's QuickBooks routes are not wired yet");

    const QJsonObject reset = admin("POST", QStringLiteral("/_sandbox/reset?seed=demo"));
    QVERIFY2(!reset.value(QStringLiteral("realmIds")).toArray().isEmpty(),
             QJsonDocument(reset).toJson().constData());

    m_tokens = std::make_unique<SandboxTokenSource>(*m_transport, m_server->baseUrl());
    m_realmId = m_tokens->connect();
    QVERIFY2(!m_realmId.isEmpty(), "the authorization-code flow against the sandbox failed");
    QVERIFY(!m_tokens->refreshToken().isEmpty());
    // A real refresh-token grant before anything else: the client starts on a refreshed token.
    const ApiStatus refreshed = m_tokens->refresh();
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.reason()));
    m_client = std::make_unique<QboClient>(*m_transport, m_server->baseUrl(), m_realmId, *m_tokens);
    m_client->setTimeoutMs(10000);
}

void TestQboSandbox::cleanup()
{
    if (m_server)
        admin("DELETE", QStringLiteral("/_sandbox/faults"));
    if (m_client)
        m_client->setTimeoutMs(10000);
}

void TestQboSandbox::companyInfoAndPreferences()
{
    const auto company = m_client->companyInfo();
    QVERIFY2(company.ok(), qPrintable(company.reason()));
    QCOMPARE(company->text(QStringLiteral("Country")), QStringLiteral("US"));
    QVERIFY(!company->text(QStringLiteral("CompanyName")).isEmpty());
    QVERIFY(company->lastUpdatedTime().isValid());

    const auto preferences = m_client->preferences();
    QVERIFY2(preferences.ok(), qPrintable(preferences.reason()));
    QVERIFY(preferences->json().value(QStringLiteral("SalesFormsPrefs")).isObject());
}

void TestQboSandbox::namesWithQuotesBackslashesAndAccentsAreFound()
{
    const QStringList names = {uniqueName(QStringLiteral("Åsa Öberg's Café")),
                               uniqueName(QStringLiteral("O'Brien & Sons \\ Back\\slash")),
                               uniqueName(QStringLiteral("100% \"Quoted\" 'Twice''"))};
    for (const QString &name : names) {
        const auto created =
            m_client->create(QboEntity::Customer, {{QStringLiteral("DisplayName"), name}},
                             QStringLiteral("esc-%1").arg(++m_counter));
        QVERIFY2(created.ok(), qPrintable(name + QStringLiteral(": ") + created.reason()));
        QCOMPARE(created->displayName(), name);

        const auto found =
            m_client->query(QboQuery::select(QStringLiteral("Customer"))
                                .where(QStringLiteral("DisplayName"), QStringLiteral("="), name));
        QVERIFY2(found.ok(), qPrintable(name + QStringLiteral(": ") + found.reason()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().displayName(), name);
        QCOMPARE(found->first().id(), created->id());
    }

    // LIKE with the only wildcard QBO has.
    const auto like =
        m_client->query(QboQuery::select(QStringLiteral("Customer"))
                            .like(QStringLiteral("DisplayName"), QStringLiteral("Åsa Öberg's%")));
    QVERIFY2(like.ok(), qPrintable(like.reason()));
    QVERIFY(like->size() >= 1);
}

void TestQboSandbox::duplicateNameIs6240()
{
    const QString name = uniqueName(QStringLiteral("Amy's Bird Sanctuary"));
    QVERIFY(m_client
                ->create(QboEntity::Customer, {{QStringLiteral("DisplayName"), name}},
                         QStringLiteral("dup-a-%1").arg(++m_counter))
                .ok());
    const auto again =
        m_client->create(QboEntity::Customer, {{QStringLiteral("DisplayName"), name}},
                         QStringLiteral("dup-b-%1").arg(++m_counter));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("6240"));
    QVERIFY(again.error().isPermanent());
    QCOMPARE(again.error().httpStatus, 400);
    QCOMPARE(again.error().reason,
             QStringLiteral("QuickBooks already has a customer, vendor or employee named “%1”.")
                 .arg(name));
}

void TestQboSandbox::sameRequestIdIsAnsweredWithTheOriginal()
{
    const QString requestId =
        QStringLiteral("6f1c2e1a-8d2b-5c3e-9f00-%1")
            .arg(QDateTime::currentMSecsSinceEpoch() % 1000000000000LL, 12, 10, QLatin1Char('0'));
    const QString name = uniqueName(QStringLiteral("Replay Ltd"));
    const auto first =
        m_client->create(QboEntity::Customer, {{QStringLiteral("DisplayName"), name}}, requestId);
    QVERIFY2(first.ok(), qPrintable(first.reason()));
    // A retry after a lost answer: same requestid, same body → the original result, no 6240.
    const auto second =
        m_client->create(QboEntity::Customer, {{QStringLiteral("DisplayName"), name}}, requestId);
    QVERIFY2(second.ok(), qPrintable(second.reason()));
    QCOMPARE(second->id(), first->id());
    const auto count =
        m_client->count(QboQuery::count(QStringLiteral("Customer"))
                            .where(QStringLiteral("DisplayName"), QStringLiteral("="), name));
    QVERIFY2(count.ok(), qPrintable(count.reason()));
    QCOMPARE(*count, qint64(1));
}

void TestQboSandbox::moneyStaysExactThroughQuickBooks()
{
    const auto items = m_client->query(
        QboQuery::select(QStringLiteral("Item"))
            .where(QStringLiteral("Type"), QStringLiteral("="), QStringLiteral("Service"))
            .maxResults(1));
    QVERIFY2(items.ok(), qPrintable(items.reason()));
    QVERIFY(!items->isEmpty());
    const QString itemId = items->first().id();
    const auto customer = m_client->create(
        QboEntity::Customer, {{QStringLiteral("DisplayName"), uniqueName(QStringLiteral("Money"))}},
        QStringLiteral("money-c-%1").arg(++m_counter));
    QVERIFY2(customer.ok(), qPrintable(customer.reason()));

    // 3 × 19.99 and 0.1 + 0.2: both wrong in floating point, exact here.
    const auto line = [&](const Decimal &qty, const Decimal &price) {
        QJsonObject detail;
        detail.insert(QStringLiteral("ItemRef"), ref(itemId));
        detail.insert(QStringLiteral("Qty"), QboJson::number(qty));
        detail.insert(QStringLiteral("UnitPrice"), QboJson::number(price));
        detail.insert(QStringLiteral("TaxCodeRef"), ref(QStringLiteral("NON")));
        QJsonObject object;
        object.insert(QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail"));
        object.insert(QStringLiteral("Amount"), QboJson::money((qty * price).roundedToCents()));
        object.insert(QStringLiteral("SalesItemLineDetail"), detail);
        return object;
    };
    QJsonObject invoice;
    invoice.insert(QStringLiteral("CustomerRef"), ref(customer->id()));
    invoice.insert(QStringLiteral("TxnDate"), QboJson::date(QDate(2024, 2, 29)));
    invoice.insert(QStringLiteral("Line"),
                   QJsonArray{line(Decimal::fromInteger(3), dec("19.99")),
                              line(Decimal::fromInteger(1), dec("0.1") + dec("0.2")),
                              line(dec("0.5"), dec("0.07"))}); // 0.035 → 0.04

    const auto created = m_client->create(QboEntity::Invoice, invoice,
                                          QStringLiteral("money-i-%1").arg(++m_counter));
    QVERIFY2(created.ok(), qPrintable(created.reason()));
    QVERIFY2(*created->decimal(QStringLiteral("TotalAmt")) == dec("60.31"),
             qPrintable(created->decimal(QStringLiteral("TotalAmt"))->toString()));
    QCOMPARE(created->date(QStringLiteral("TxnDate")), QDate(2024, 2, 29));

    const auto read = m_client->read(QboEntity::Invoice, created->id());
    QVERIFY2(read.ok(), qPrintable(read.reason()));
    QVERIFY(*read->decimal(QStringLiteral("TotalAmt")) == dec("60.31"));
    QVERIFY(*read->decimal(QStringLiteral("Balance")) == dec("60.31"));
    const QJsonArray lines = read->json().value(QStringLiteral("Line")).toArray();
    QVERIFY(lines.size() >= 3);
    QVERIFY(*QboJson::decimal(lines.at(0).toObject().value(QStringLiteral("Amount"))) ==
            dec("59.97"));
    QVERIFY(*QboJson::decimal(lines.at(1).toObject().value(QStringLiteral("Amount"))) ==
            dec("0.3"));
    QVERIFY(*QboJson::decimal(lines.at(2).toObject().value(QStringLiteral("Amount"))) ==
            dec("0.04"));

    // MetaData times carry QuickBooks' Pacific offset and agree with each other.
    const QDateTime createdAt = read->createTime();
    QVERIFY(createdAt.isValid());
    QVERIFY2(createdAt.offsetFromUtc() == -7 * 3600 || createdAt.offsetFromUtc() == -8 * 3600,
             qPrintable(createdAt.toString(Qt::ISODate)));
    QVERIFY(read->lastUpdatedTime() >= createdAt);
}

void TestQboSandbox::amountNotQuantityTimesPriceIs6070()
{
    const auto items = m_client->query(
        QboQuery::select(QStringLiteral("Item"))
            .where(QStringLiteral("Type"), QStringLiteral("="), QStringLiteral("Service"))
            .maxResults(1));
    QVERIFY2(items.ok() && !items->isEmpty(), qPrintable(items.reason()));
    const auto customers =
        m_client->query(QboQuery::select(QStringLiteral("Customer")).maxResults(1));
    QVERIFY2(customers.ok() && !customers->isEmpty(), qPrintable(customers.reason()));

    QJsonObject detail;
    detail.insert(QStringLiteral("ItemRef"), ref(items->first().id()));
    detail.insert(QStringLiteral("Qty"), QboJson::number(Decimal::fromInteger(3)));
    detail.insert(QStringLiteral("UnitPrice"), QboJson::number(dec("19.99")));
    QJsonObject line;
    line.insert(QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail"));
    line.insert(QStringLiteral("Amount"), QboJson::money(dec("59.98"))); // off by a cent
    line.insert(QStringLiteral("SalesItemLineDetail"), detail);
    QJsonObject invoice;
    invoice.insert(QStringLiteral("CustomerRef"), ref(customers->first().id()));
    invoice.insert(QStringLiteral("Line"), QJsonArray{line});
    const auto created =
        m_client->create(QboEntity::Invoice, invoice, QStringLiteral("amount-%1").arg(++m_counter));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("6070"));
    QVERIFY(created.error().isPermanent());
}

void TestQboSandbox::sparseUpdateAndStaleSyncToken()
{
    const auto created =
        m_client->create(QboEntity::Customer,
                         {{QStringLiteral("DisplayName"), uniqueName(QStringLiteral("Sparse"))}},
                         QStringLiteral("sparse-c-%1").arg(++m_counter));
    QVERIFY2(created.ok(), qPrintable(created.reason()));

    QJsonObject changes;
    changes.insert(QStringLiteral("Id"), created->id());
    changes.insert(QStringLiteral("SyncToken"), created->syncToken());
    changes.insert(QStringLiteral("PrimaryEmailAddr"),
                   QJsonObject{{QStringLiteral("Address"), QStringLiteral("sparse@example.com")}});
    const auto updated = m_client->sparseUpdate(QboEntity::Customer, changes,
                                                QStringLiteral("sparse-u-%1").arg(++m_counter));
    QVERIFY2(updated.ok(), qPrintable(updated.reason()));
    QVERIFY(updated->syncToken() != created->syncToken());
    QCOMPARE(updated->text(QStringLiteral("PrimaryEmailAddr.Address")),
             QStringLiteral("sparse@example.com"));
    QCOMPARE(updated->displayName(), created->displayName()); // untouched by a sparse update

    // The old SyncToken again (new requestid): QuickBooks' 5010.
    changes.insert(QStringLiteral("PrimaryEmailAddr"),
                   QJsonObject{{QStringLiteral("Address"), QStringLiteral("late@example.com")}});
    const auto stale = m_client->sparseUpdate(QboEntity::Customer, changes,
                                              QStringLiteral("sparse-s-%1").arg(++m_counter));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, QStringLiteral("5010"));
    QVERIFY(stale.error().isPermanent());
}

void TestQboSandbox::queryAllPagesThroughEveryRow()
{
    const auto total = m_client->count(QboQuery::count(QStringLiteral("Customer")));
    QVERIFY2(total.ok(), qPrintable(total.reason()));
    QVERIFY(*total > 20);

    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto rows = m_client->queryAll(
        QboQuery::select(QStringLiteral("Customer")).orderBy(QStringLiteral("Id")), 7);
    QVERIFY2(rows.ok(), qPrintable(rows.reason()));
    QCOMPARE(qint64(rows->size()), *total);
    QSet<QString> ids;
    for (const QboObject &row : *rows)
        ids.insert(row.id());
    QCOMPARE(qint64(ids.size()), *total); // no row twice, none skipped

    // Inactive customers only when asked for.
    const auto everyone =
        m_client->count(QboQuery::count(QStringLiteral("Customer")).includeInactive());
    QVERIFY2(everyone.ok(), qPrintable(everyone.reason()));
    QVERIFY(*everyone > *total);
}

void TestQboSandbox::batchItemsAreMatchedByBatchId()
{
    const QString existing = uniqueName(QStringLiteral("Batch Existing"));
    QVERIFY(m_client
                ->create(QboEntity::Customer, {{QStringLiteral("DisplayName"), existing}},
                         QStringLiteral("batch-pre-%1").arg(++m_counter))
                .ok());
    const QString fresh = uniqueName(QStringLiteral("Batch Fresh"));
    const QVector<QboBatchItem> items = {
        QboBatchItem::create(QStringLiteral("new"), QboEntity::Customer,
                             {{QStringLiteral("DisplayName"), fresh}}),
        QboBatchItem::create(QStringLiteral("dup"), QboEntity::Customer,
                             {{QStringLiteral("DisplayName"), existing}}),
        QboBatchItem::select(QStringLiteral("terms"), QboQuery::select(QStringLiteral("Term"))),
    };
    const QString requestId = QStringLiteral("batch-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const auto results = m_client->batch(items, requestId);
    QVERIFY2(results.ok(), qPrintable(results.reason()));
    QCOMPARE(results->size(), 3);
    QVERIFY2(results->at(0).ok(),
             qPrintable(results->at(0).error ? results->at(0).error->reason : QString()));
    QCOMPARE(results->at(0).object.displayName(), fresh);
    QVERIFY(!results->at(1).ok());
    QCOMPARE(results->at(1).error->code, QStringLiteral("6240"));
    QVERIFY(results->at(1).error->reason.contains(existing));
    QVERIFY(results->at(2).ok());
    QVERIFY(results->at(2).rows.size() >= 5); // the sandbox's seeded terms

    // The same batch again (same requestid): QuickBooks replays its answer, no second customer.
    const auto replay = m_client->batch(items, requestId);
    QVERIFY2(replay.ok(), qPrintable(replay.reason()));
    QCOMPARE(replay->at(0).object.id(), results->at(0).object.id());
    const auto count =
        m_client->count(QboQuery::count(QStringLiteral("Customer"))
                            .where(QStringLiteral("DisplayName"), QStringLiteral("="), fresh));
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(1));
}

void TestQboSandbox::expiredTokenIsRefreshedOnce()
{
    const int before = m_tokens->refreshes;
    const QString oldRefreshToken = m_tokens->refreshToken();
    const QJsonObject expired = admin("POST", QStringLiteral("/_sandbox/tokens/expire"));
    QVERIFY(expired.value(QStringLiteral("expired")).toInt() >= 1);

    const auto company = m_client->companyInfo();
    QVERIFY2(company.ok(), qPrintable(company.reason()));
    QCOMPARE(m_tokens->refreshes, before + 1);
    QVERIFY(m_tokens->refreshToken() != oldRefreshToken); // rotated, and the newest is kept
    // The new token keeps working without another refresh.
    QVERIFY(m_client->preferences().ok());
    QCOMPARE(m_tokens->refreshes, before + 1);
}

void TestQboSandbox::throttlingAndServerTrouble()
{
    const QboQuery terms = QboQuery::select(QStringLiteral("Term"));

    // QuickBooks' own throttle answer: XML, no Retry-After → wait the advised 60 s.
    addFault({{QStringLiteral("provider"), QStringLiteral("quickbooks")},
              {QStringLiteral("path"), QStringLiteral("/query")},
              {QStringLiteral("status"), 429},
              {QStringLiteral("body"), QStringLiteral("xml")},
              {QStringLiteral("times"), 1}});
    auto result = m_client->query(terms);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().isRateLimited(), qPrintable(result.error().detail));
    QCOMPARE(result.error().httpStatus, 429);
    QVERIFY(!result.error().retryAfterSeconds.has_value());
    QVERIFY(m_client->query(terms).ok()); // fired once only

    // The JSON variant with a Retry-After header.
    addFault({{QStringLiteral("provider"), QStringLiteral("quickbooks")},
              {QStringLiteral("path"), QStringLiteral("/query")},
              {QStringLiteral("status"), 429},
              {QStringLiteral("body"), QStringLiteral("json")},
              {QStringLiteral("retryAfter"), 5},
              {QStringLiteral("times"), 1}});
    result = m_client->query(terms);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isRateLimited());
    QCOMPARE(result.error().retryAfterSeconds, std::optional<int>(5));

    // A load balancer's HTML 502, a 503, a dropped connection and a slow reply: all transient.
    addFault({{QStringLiteral("provider"), QStringLiteral("quickbooks")},
              {QStringLiteral("path"), QStringLiteral("/query")},
              {QStringLiteral("status"), 502},
              {QStringLiteral("body"), QStringLiteral("html")},
              {QStringLiteral("times"), 1}});
    result = m_client->query(terms);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isTransient());
    QCOMPARE(result.error().httpStatus, 502);

    addFault({{QStringLiteral("provider"), QStringLiteral("quickbooks")},
              {QStringLiteral("path"), QStringLiteral("/query")},
              {QStringLiteral("status"), 503},
              {QStringLiteral("times"), 1}});
    result = m_client->query(terms);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isTransient());

    // Qt itself resends a request once or twice when a connection closes before any answer
    // (harmless: reads are safe and writes carry a requestid), so drop more often than that.
    addFault({{QStringLiteral("provider"), QStringLiteral("quickbooks")},
              {QStringLiteral("path"), QStringLiteral("/query")},
              {QStringLiteral("drop"), true},
              {QStringLiteral("times"), 10}});
    result = m_client->query(terms);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isTransient());
    QCOMPARE(result.error().httpStatus, 0);
    admin("DELETE", QStringLiteral("/_sandbox/faults"));

    addFault({{QStringLiteral("provider"), QStringLiteral("quickbooks")},
              {QStringLiteral("path"), QStringLiteral("/query")},
              {QStringLiteral("delayMs"), 3000},
              {QStringLiteral("times"), 1}});
    m_client->setTimeoutMs(500);
    result = m_client->query(terms);
    QVERIFY(!result.ok());
    QVERIFY(result.error().isTransient());
    QVERIFY2(result.error().reason.contains(QLatin1String("in time")),
             qPrintable(result.error().reason));
    m_client->setTimeoutMs(10000);
    QVERIFY(m_client->query(terms).ok());
}

// The look-ups the action forms offer and every document the seven actions create, through the
// client over HTTP: terms, accounts, vendors, payment methods, items; invoice (with terms),
// estimate, sales receipt, payment linked to the invoice, purchase (the fee expense) and refund
// receipt — each created, then read back.
void TestQboSandbox::everyDocumentTheActionsCreate()
{
    const auto firstId = [&](const QString &entity, const QString &property,
                             const QString &value) -> QString {
        const auto rows = m_client->query(
            QboQuery::select(entity).where(property, QStringLiteral("="), value).maxResults(1));
        if (!rows.ok() || rows->isEmpty())
            return {};
        return rows->first().id();
    };
    const auto terms = m_client->queryAll(QboQuery::select(QStringLiteral("Term")));
    QVERIFY2(terms.ok(), qPrintable(terms.reason()));
    QVERIFY(terms->size() >= 4);
    const QString net30 =
        firstId(QStringLiteral("Term"), QStringLiteral("Name"), QStringLiteral("Net 30"));
    const QString bank =
        firstId(QStringLiteral("Account"), QStringLiteral("AccountType"), QStringLiteral("Bank"));
    const QString card = firstId(QStringLiteral("Account"), QStringLiteral("AccountType"),
                                 QStringLiteral("Credit Card"));
    const QString expense = firstId(QStringLiteral("Account"), QStringLiteral("AccountType"),
                                    QStringLiteral("Expense"));
    const QString income =
        firstId(QStringLiteral("Account"), QStringLiteral("AccountType"), QStringLiteral("Income"));
    const QString undeposited = firstId(QStringLiteral("Account"), QStringLiteral("Name"),
                                        QStringLiteral("Undeposited Funds"));
    for (const QString &id : {net30, bank, card, expense, income, undeposited})
        QVERIFY2(!id.isEmpty(), "a look-up of the demo company found nothing");
    const auto vendors = m_client->queryAll(QboQuery::select(QStringLiteral("Vendor")));
    QVERIFY2(vendors.ok() && !vendors->isEmpty(), qPrintable(vendors.reason()));
    const auto methods = m_client->queryAll(QboQuery::select(QStringLiteral("PaymentMethod")));
    QVERIFY2(methods.ok() && methods->size() >= 3, qPrintable(methods.reason()));

    // A product created the way "create the product if it doesn't exist" will.
    QJsonObject item;
    item.insert(QStringLiteral("Name"), uniqueName(QStringLiteral("Bookflow Service")));
    item.insert(QStringLiteral("Type"), QStringLiteral("Service"));
    item.insert(QStringLiteral("Sku"), QStringLiteral("BF-%1").arg(++m_counter));
    item.insert(QStringLiteral("IncomeAccountRef"), ref(income));
    const auto createdItem =
        m_client->create(QboEntity::Item, item, QStringLiteral("doc-item-%1").arg(m_counter));
    QVERIFY2(createdItem.ok(), qPrintable(createdItem.reason()));
    QCOMPARE(
        m_client->read(QboEntity::Item, createdItem->id())->json().value(QStringLiteral("Sku")),
        item.value(QStringLiteral("Sku")));

    QJsonObject person;
    person.insert(QStringLiteral("GivenName"), QStringLiteral("Siobhán"));
    person.insert(QStringLiteral("FamilyName"), QStringLiteral("O'Connor"));
    person.insert(QStringLiteral("DisplayName"), uniqueName(QStringLiteral("Siobhán O'Connor")));
    person.insert(QStringLiteral("PrimaryEmailAddr"),
                  QJsonObject{{QStringLiteral("Address"), QStringLiteral("siobhan@example.com")}});
    const auto customer =
        m_client->create(QboEntity::Customer, person, QStringLiteral("doc-c-%1").arg(++m_counter));
    QVERIFY2(customer.ok(), qPrintable(customer.reason()));

    const auto salesLine = [&](const Decimal &qty, const Decimal &price) {
        QJsonObject detail;
        detail.insert(QStringLiteral("ItemRef"), ref(createdItem->id()));
        detail.insert(QStringLiteral("Qty"), QboJson::number(qty));
        detail.insert(QStringLiteral("UnitPrice"), QboJson::number(price));
        detail.insert(QStringLiteral("TaxCodeRef"), ref(QStringLiteral("NON")));
        QJsonObject line;
        line.insert(QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail"));
        line.insert(QStringLiteral("Amount"), QboJson::money((qty * price).roundedToCents()));
        line.insert(QStringLiteral("SalesItemLineDetail"), detail);
        return line;
    };
    const QJsonArray lines{salesLine(Decimal::fromInteger(2), dec("49.95")),
                           salesLine(Decimal::fromInteger(1), dec("10.10"))}; // 110.00
    const auto createAndRead = [&](QboEntity entity, QJsonObject body) -> QboObject {
        const auto created = m_client->create(
            entity, body, QStringLiteral("doc-%1-%2").arg(qboEntityPath(entity)).arg(++m_counter));
        if (!created.ok()) {
            qWarning("%s: %s", qPrintable(qboEntityName(entity)), qPrintable(created.reason()));
            return {};
        }
        const auto read = m_client->read(entity, created->id());
        return read.ok() ? read.value() : QboObject();
    };

    QJsonObject invoiceBody{{QStringLiteral("CustomerRef"), ref(customer->id())},
                            {QStringLiteral("SalesTermRef"), ref(net30)},
                            {QStringLiteral("TxnDate"), QboJson::date(QDate(2026, 11, 2))},
                            {QStringLiteral("Line"), lines}};
    const QboObject invoice = createAndRead(QboEntity::Invoice, invoiceBody);
    QVERIFY(!invoice.id().isEmpty());
    QVERIFY(*invoice.decimal(QStringLiteral("TotalAmt")) == dec("110.00"));
    QCOMPARE(invoice.date(QStringLiteral("DueDate")), QDate(2026, 12, 2)); // Net 30
    QVERIFY(!invoice.json().value(QStringLiteral("DocNumber")).toString().isEmpty());

    QJsonObject estimateBody{{QStringLiteral("CustomerRef"), ref(customer->id())},
                             {QStringLiteral("Line"), lines}};
    const QboObject estimate = createAndRead(QboEntity::Estimate, estimateBody);
    QVERIFY(!estimate.id().isEmpty());
    QVERIFY(*estimate.decimal(QStringLiteral("TotalAmt")) == dec("110.00"));

    QJsonObject receiptBody{{QStringLiteral("CustomerRef"), ref(customer->id())},
                            {QStringLiteral("DepositToAccountRef"), ref(undeposited)},
                            {QStringLiteral("Line"), lines}};
    const QboObject receipt = createAndRead(QboEntity::SalesReceipt, receiptBody);
    QVERIFY(!receipt.id().isEmpty());
    QVERIFY(*receipt.decimal(QStringLiteral("TotalAmt")) == dec("110.00"));

    // The paid invoice: a Payment linked to the invoice for the whole amount.
    QJsonObject paymentLine;
    paymentLine.insert(QStringLiteral("Amount"), QboJson::money(dec("110.00")));
    paymentLine.insert(
        QStringLiteral("LinkedTxn"),
        QJsonArray{QJsonObject{{QStringLiteral("TxnId"), invoice.id()},
                               {QStringLiteral("TxnType"), QStringLiteral("Invoice")}}});
    QJsonObject paymentBody{{QStringLiteral("CustomerRef"), ref(customer->id())},
                            {QStringLiteral("TotalAmt"), QboJson::money(dec("110.00"))},
                            {QStringLiteral("DepositToAccountRef"), ref(undeposited)},
                            {QStringLiteral("Line"), QJsonArray{paymentLine}}};
    const QboObject payment = createAndRead(QboEntity::Payment, paymentBody);
    QVERIFY(!payment.id().isEmpty());
    const auto paid = m_client->read(QboEntity::Invoice, invoice.id());
    QVERIFY2(paid.ok(), qPrintable(paid.reason()));
    QVERIFY(*paid->decimal(QStringLiteral("Balance")) == dec("0"));
    QVERIFY(paid->syncToken() != invoice.syncToken());
    bool linked = false;
    for (const QJsonValue &txn : paid->json().value(QStringLiteral("LinkedTxn")).toArray())
        linked =
            linked || (txn.toObject().value(QStringLiteral("TxnId")).toString() == payment.id() &&
                       txn.toObject().value(QStringLiteral("TxnType")).toString() ==
                           QStringLiteral("Payment"));
    QVERIFY(linked);

    // The fee expense: a Purchase paid from the bank to the vendor, on the expense account.
    QJsonObject feeDetail{{QStringLiteral("AccountRef"), ref(expense)}};
    QJsonObject feeLine;
    feeLine.insert(QStringLiteral("Amount"), QboJson::money(dec("3.49")));
    feeLine.insert(QStringLiteral("DetailType"), QStringLiteral("AccountBasedExpenseLineDetail"));
    feeLine.insert(QStringLiteral("AccountBasedExpenseLineDetail"), feeDetail);
    QJsonObject purchaseBody{{QStringLiteral("AccountRef"), ref(bank)},
                             {QStringLiteral("PaymentType"), QStringLiteral("Cash")},
                             {QStringLiteral("EntityRef"),
                              QJsonObject{{QStringLiteral("value"), vendors->first().id()},
                                          {QStringLiteral("type"), QStringLiteral("Vendor")}}},
                             {QStringLiteral("Line"), QJsonArray{feeLine}}};
    const QboObject purchase = createAndRead(QboEntity::Purchase, purchaseBody);
    QVERIFY(!purchase.id().isEmpty());
    QVERIFY(*purchase.decimal(QStringLiteral("TotalAmt")) == dec("3.49"));
    // A credit-card purchase must be paid from a credit-card account: the bank one is refused.
    purchaseBody.insert(QStringLiteral("PaymentType"), QStringLiteral("CreditCard"));
    QVERIFY(!m_client
                 ->create(QboEntity::Purchase, purchaseBody,
                          QStringLiteral("doc-bad-%1").arg(++m_counter))
                 .ok());
    purchaseBody.insert(QStringLiteral("AccountRef"), ref(card));
    QVERIFY(!createAndRead(QboEntity::Purchase, purchaseBody).id().isEmpty());

    QJsonObject refundBody{{QStringLiteral("CustomerRef"), ref(customer->id())},
                           {QStringLiteral("DepositToAccountRef"), ref(bank)},
                           {QStringLiteral("Line"), lines}};
    const QboObject refund = createAndRead(QboEntity::RefundReceipt, refundBody);
    QVERIFY(!refund.id().isEmpty());
    QVERIFY(*refund.decimal(QStringLiteral("TotalAmt")) == dec("110.00"));
}

// More than a thousand customers: queryAll asks for 1,000 a page (QBO's maximum) and stops on the
// short second page, every row exactly once.
void TestQboSandbox::pagingPastAThousandRows()
{
    const QString prefix = uniqueName(QStringLiteral("Paging"));
    for (int batch = 0; batch < 35; ++batch) { // 35 × 30 = 1,050 customers
        QVector<QboBatchItem> items;
        for (int i = 0; i < 30; ++i) {
            items.append(
                QboBatchItem::create(QString::number(i), QboEntity::Customer,
                                     {{QStringLiteral("DisplayName"),
                                       QStringLiteral("%1 #%2").arg(prefix).arg(batch * 30 + i)}}));
        }
        const auto results =
            m_client->batch(items, QStringLiteral("paging-%1-%2").arg(m_counter).arg(batch));
        QVERIFY2(results.ok(), qPrintable(results.reason()));
        for (const QboBatchItemResult &result : *results)
            QVERIFY2(result.ok(), qPrintable(result.error ? result.error->reason : QString()));
    }
    const auto total = m_client->count(QboQuery::count(QStringLiteral("Customer")));
    QVERIFY2(total.ok(), qPrintable(total.reason()));
    QVERIFY(*total > 1050);

    admin("POST", QStringLiteral("/_sandbox/requests/reset"));
    const auto rows = m_client->queryAll(QboQuery::select(QStringLiteral("Customer")));
    QVERIFY2(rows.ok(), qPrintable(rows.reason()));
    QCOMPARE(qint64(rows->size()), *total);
    QSet<QString> ids;
    int ours = 0;
    for (const QboObject &row : *rows) {
        ids.insert(row.id());
        ours += row.displayName().startsWith(prefix) ? 1 : 0;
    }
    QCOMPARE(qint64(ids.size()), *total);
    QCOMPARE(ours, 1050);
    // Two pages of at most 1,000: exactly two query requests reached the sandbox.
    const QJsonObject counts = admin("GET", QStringLiteral("/_sandbox/requests"));
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 2);
}

void TestQboSandbox::revokedConnectionNeedsReconnect()
{
    // Disconnect the app the way Intuit's revoke endpoint does (qbo-api.md §1).
    HttpRequest revoke;
    revoke.method = "POST";
    revoke.url = withPath(m_server->baseUrl(), QStringLiteral("/v2/oauth2/tokens/revoke"));
    revoke.setHeader("Authorization", SandboxTokenSource::basicAuth());
    revoke.setHeader("Content-Type", "application/json");
    revoke.setHeader("Accept", "application/json");
    revoke.body = QJsonDocument(QJsonObject{{QStringLiteral("token"), m_tokens->refreshToken()}})
                      .toJson(QJsonDocument::Compact);
    QCOMPARE(m_transport->send(revoke).status, 200);

    const int before = m_tokens->refreshes;
    const auto result = m_client->companyInfo();
    QVERIFY(!result.ok());
    QVERIFY2(result.error().needsReconnect(), qPrintable(ApiError::className(result.error().cls)));
    QCOMPARE(result.error().code, QStringLiteral("invalid_grant"));
    QCOMPARE(m_tokens->refreshes, before + 1); // refreshed once, then gave up
}

QTEST_GUILESS_MAIN(TestQboSandbox)
#include "tst_qbosandbox.moc"
