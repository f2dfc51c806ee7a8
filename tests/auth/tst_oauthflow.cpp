// The OAuth 2.0 lifecycle of core/auth over real HTTP against an in-process sandbox: the
// authorization-code flow for both providers through the loopback listener, a forged state
// refused, ten concurrent callers sharing one refresh, rotation persisted before use,
// invalid_grant turning into needs-reconnect with its reason, and disconnect revoking.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/connectionauth.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/sandboxconsent.h"
#include "core/net/networktransport.h"
#include "core/quickbooks/qboclient.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include "support/sandboxadmin.h"

#include <QtTest>

#include <atomic>
#include <memory>

using namespace bookflow;

namespace {

// A clock the test moves; read from several threads.
class MovableClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().addSecs(offset.load());
    }
    std::atomic<qint64> offset{0};
};

// Counts what reaches the SecretStore, to prove the order of writes.
class RecordingSecrets final : public SecretStore
{
public:
    Backend backend() const override { return Backend::Memory; }
    QString describe() const override { return QStringLiteral("the test's memory"); }
    Result<std::optional<QString>> read(const QString &key) override { return inner.read(key); }
    Status write(const QString &key, const QString &value) override
    {
        writes.fetch_add(1);
        return failWrites.load() ? Status(Failure{QStringLiteral("the test refused the write")})
                                 : inner.write(key, value);
    }
    Status remove(const QString &key) override { return inner.remove(key); }

    MemorySecretStore inner;
    std::atomic<int> writes{0};
    std::atomic<bool> failWrites{false};
};

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectsHubSpotWithPkce();
    void connectsEveryQuickBooksCompany();
    void forgedStateIsRefusedAndTheRealAnswerStillWorks();
    void listenerStaysOnLoopback();
    void tenCallersShareOneRefresh();
    void tenRefusedCallersShareOneRefresh();
    void rotatedRefreshTokenIsSavedBeforeUse();
    void unsavableRotationIsNotUsed();
    void invalidGrantNeedsReconnectWithReason();
    void unreachableTokenEndpointIsTransient();
    void disconnectRevokes();
    void reconnectKeepsTheConnection();
    void pastedRedirectAddress();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    qint64 routeCount(const QString &route);
    void saveDemoApps();
    Connection connect(Provider provider, const QString &realmId = QString());
    QString tokenRoute() const { return QStringLiteral("POST /oauth2/v1/tokens/bearer"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<Store> m_store;
    RecordingSecrets m_secrets;
    MovableClock m_clock;
    std::unique_ptr<ConnectionManager> m_manager;
};

QJsonObject TestOAuthFlow::admin(const QByteArray &method, const QString &path,
                                 const QJsonObject &body)
{
    return testsupport::sandboxCall(*m_transport, m_server->baseUrl(), method, path, body);
}

qint64 TestOAuthFlow::routeCount(const QString &route)
{
    const QJsonObject requests = admin("GET", QStringLiteral("/_sandbox/requests"));
    return requests.value(QStringLiteral("routes")).toObject().value(route).toInteger();
}

void TestOAuthFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<sandbox::SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_transport = std::make_unique<NetworkTransport>();
    auto opened = Store::open(m_dir->path());
    QVERIFY2(opened, qPrintable(opened.reason()));
    m_store = std::move(opened).value();
    m_clock.offset = 0;
    m_secrets.failWrites = false;
    m_manager = std::make_unique<ConnectionManager>(*m_store, m_secrets, *m_transport, m_clock);
    saveDemoApps();
}

void TestOAuthFlow::cleanup()
{
    m_manager.reset();
    m_store.reset();
    m_server.reset();
    m_transport.reset();
    m_dir.reset();
}

void TestOAuthFlow::saveDemoApps()
{
    const auto save = [&](Provider provider, const char *id, const char *secret) {
        const Status saved = m_manager->saveSandboxApp(provider, m_server->baseUrl(),
                                                       QString::fromLatin1(id),
                                                       QString::fromLatin1(secret));
        QVERIFY2(saved, qPrintable(saved.reason()));
    };
    save(Provider::HubSpot, sandbox::HubSpotOAuthServer::DemoClientId,
         sandbox::HubSpotOAuthServer::DemoClientSecret);
    save(Provider::QuickBooks, sandbox::QboOAuthServer::DemoClientId,
         sandbox::QboOAuthServer::DemoClientSecret);
}

Connection TestOAuthFlow::connect(Provider provider, const QString &realmId)
{
    SandboxConsent person(*m_transport);
    const ApiResult<Connection> connected = m_manager->connectOAuth(
        provider, Environment::Sandbox,
        [&](const QUrl &url) { return person.approve(url, realmId); }, 20000);
    if (!connected)
        qWarning("connect failed: %s", qPrintable(connected.reason()));
    return connected ? *connected : Connection();
}

void TestOAuthFlow::connectsHubSpotWithPkce()
{
    QUrl seen;
    SandboxConsent person(*m_transport);
    const ApiResult<Connection> connected = m_manager->connectOAuth(
        Provider::HubSpot, Environment::Sandbox,
        [&](const QUrl &url) {
            seen = url;
            return person.approve(url);
        },
        20000);
    QVERIFY2(connected, qPrintable(connected.reason()));
    const QUrlQuery query(seen);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 43);
    QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host(),
             QStringLiteral("localhost"));

    QCOMPARE(connected->provider, Provider::HubSpot);
    QCOMPARE(connected->accountId, QStringLiteral("24681357")); // the demo portal's hub id
    QVERIFY(!connected->name.isEmpty());
    QCOMPARE(connected->state, ConnectionState::Connected);
    // The tokens are in the SecretStore, not in the database.
    const auto stored = m_secrets.read(m_manager->tokensKey(connected->id));
    QVERIFY(stored && stored->has_value());
    const auto tokens = OAuthTokens::fromText(**stored);
    QVERIFY(tokens && !tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty());
    QVERIFY(tokens->accessExpiresAt > QDateTime::currentDateTimeUtc());

    // And they work: the live check asks HubSpot about the token.
    const ApiResult<Connection> checked = m_manager->check(connected->id);
    QVERIFY2(checked, qPrintable(checked.reason()));
}

void TestOAuthFlow::connectsEveryQuickBooksCompany()
{
    const OAuthApp app = *m_manager->app(Provider::QuickBooks, Environment::Sandbox);
    SandboxConsent person(*m_transport);
    const auto companies =
        person.offeredCompanies(OAuthProvider(*m_transport, app, m_clock)
                                    .authorizeUrl(AuthorizationRequest::create(
                                        QStringLiteral("http://localhost/cb"), false)));
    QVERIFY2(companies, qPrintable(companies.reason()));
    QCOMPARE(companies->size(), 2);

    QStringList countries;
    for (const SandboxConsent::Company &company : *companies) {
        const Connection c = connect(Provider::QuickBooks, company.realmId);
        QCOMPARE(c.accountId, company.realmId);
        QCOMPARE(c.provider, Provider::QuickBooks);
        QCOMPARE(c.environment, Environment::Sandbox);
        QVERIFY(!c.name.isEmpty());
        countries << c.country;
    }
    // The US demo company and the UK one, countries from CompanyInfo.
    QVERIFY2(countries.contains(QStringLiteral("US")), qPrintable(countries.join(u',')));
    QVERIFY2(countries.contains(QStringLiteral("GB")), qPrintable(countries.join(u',')));
    const auto all = m_store->connections();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    // QuickBooks exchanged each code with HTTP Basic: exactly one token request per company.
    QCOMPARE(routeCount(tokenRoute()), 2);
}

void TestOAuthFlow::forgedStateIsRefusedAndTheRealAnswerStillWorks()
{
    SandboxConsent person(*m_transport);
    int forgedStatus = 0;
    const ApiResult<Connection> connected = m_manager->connectOAuth(
        Provider::QuickBooks, Environment::Sandbox,
        [&](const QUrl &url) {
            // Someone else's answer arrives first: right path, wrong state.
            const QUrl redirect(
                QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            HttpRequest forged;
            forged.url = QUrl(redirect.toString() +
                              QStringLiteral("?code=AB11forged&state=not-the-one&realmId=1"));
            forgedStatus = m_transport->send(forged).status;
            return person.approve(url);
        },
        20000);
    QCOMPARE(forgedStatus, 400);
    QVERIFY2(connected, qPrintable(connected.reason()));
    // The forged code never reached the token endpoint.
    QCOMPARE(routeCount(tokenRoute()), 1);
}

void TestOAuthFlow::listenerStaysOnLoopback()
{
    QHostAddress outside;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            outside = address;
    }
    SandboxConsent person(*m_transport);
    bool reachableOutside = false;
    QString host;
    const ApiResult<Connection> connected = m_manager->connectOAuth(
        Provider::QuickBooks, Environment::Sandbox,
        [&](const QUrl &url) {
            const QUrl redirect(
                QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            host = redirect.host();
            if (!outside.isNull()) {
                QTcpSocket probe;
                probe.connectToHost(outside, quint16(redirect.port()));
                reachableOutside = probe.waitForConnected(2000);
            }
            return person.approve(url);
        },
        20000);
    QVERIFY2(connected, qPrintable(connected.reason()));
    QCOMPARE(host, QStringLiteral("localhost"));
    if (outside.isNull())
        QSKIP("this machine has no address beyond loopback to try");
    QVERIFY2(!reachableOutside, qPrintable(outside.toString()));
}

void TestOAuthFlow::tenCallersShareOneRefresh()
{
    const Connection c = connect(Provider::QuickBooks);
    QVERIFY(!c.id.isEmpty());
    auto auth = m_manager->auth(c.id);
    QVERIFY2(auth, qPrintable(auth.reason()));
    const QString before =
        OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(c.id)))->accessToken;
    const qint64 tokenRequests = routeCount(tokenRoute());

    // Bookflow's clock says the access token has expired; ten workers want it at once.
    m_clock.offset = 3600 + 60;
    QSemaphore start;
    std::atomic<int> done{0};
    QVector<QString> got(10);
    QVector<QThread *> threads;
    for (int i = 0; i < 10; ++i) {
        threads.append(QThread::create([&, i] {
            NetworkTransport transport; // one per thread, as the engine's workers have
            start.acquire();
            const ApiResult<QString> token = (*auth)->accessToken(transport);
            got[i] = token ? *token : QStringLiteral("error: ") + token.reason();
            done.fetch_add(1);
        }));
        threads.last()->start();
    }
    start.release(10);
    // The sandbox answers on this thread: keep its event loop running until all are done.
    QTRY_COMPARE_WITH_TIMEOUT(done.load(), 10, 30000);
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    QCOMPARE((*auth)->refreshesSent(), 1);
    QCOMPARE(routeCount(tokenRoute()), tokenRequests + 1);
    for (const QString &token : got) {
        QVERIFY2(!token.startsWith(QLatin1String("error")), qPrintable(token));
        QCOMPARE(token, got.first());
    }
    QVERIFY(got.first() != before);
}

void TestOAuthFlow::tenRefusedCallersShareOneRefresh()
{
    const Connection c = connect(Provider::QuickBooks);
    auto auth = m_manager->auth(c.id);
    QVERIFY(auth);
    const qint64 tokenRequests = routeCount(tokenRoute());
    // QuickBooks expires the access token early; Bookflow's clock doesn't know.
    admin("POST", QStringLiteral("/_sandbox/tokens/expire"),
          QJsonObject{{QStringLiteral("provider"), QStringLiteral("quickbooks")}});

    QSemaphore start;
    std::atomic<int> done{0};
    QStringList failures;
    QMutex failuresMutex;
    QVector<QThread *> threads;
    const QUrl base = m_server->baseUrl();
    for (int i = 0; i < 10; ++i) {
        threads.append(QThread::create([&] {
            NetworkTransport transport;
            ConnectionTokenSource tokens(**auth, transport);
            QboClient client(transport, base, c.accountId, tokens);
            client.setTimeoutMs(20000);
            start.acquire();
            const auto info = client.companyInfo();
            if (!info) {
                QMutexLocker locker(&failuresMutex);
                failures << info.reason();
            }
            done.fetch_add(1);
        }));
        threads.last()->start();
    }
    start.release(10);
    QTRY_COMPARE_WITH_TIMEOUT(done.load(), 10, 30000);
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE((*auth)->refreshesSent(), 1);
    QCOMPARE(routeCount(tokenRoute()), tokenRequests + 1);
}

void TestOAuthFlow::rotatedRefreshTokenIsSavedBeforeUse()
{
    const Connection c = connect(Provider::QuickBooks);
    auto auth = m_manager->auth(c.id);
    QVERIFY(auth);
    const OAuthTokens before = *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(c.id)));
    const int writes = m_secrets.writes.load();
    m_clock.offset = 3600;
    const ApiResult<QString> token = (*auth)->accessToken(*m_transport);
    QVERIFY2(token, qPrintable(token.reason()));
    // By the time anyone holds the new access token, the store has the new pair.
    QCOMPARE(m_secrets.writes.load(), writes + 1);
    const OAuthTokens after = *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(c.id)));
    QCOMPARE(after.accessToken, *token);
    QVERIFY(after.refreshToken != before.refreshToken); // the sandbox rotates on every refresh
    QCOMPARE(after.account, c.accountId);

    // A new process (a new manager over the same store and secrets) starts from the new pair:
    // the rotated refresh token works.
    ConnectionManager restarted(*m_store, m_secrets, *m_transport, m_clock);
    auto again = restarted.auth(c.id);
    QVERIFY(again);
    m_clock.offset = 2 * 3600;
    const ApiResult<QString> renewed = (*again)->accessToken(*m_transport);
    QVERIFY2(renewed, qPrintable(renewed.reason()));
    QVERIFY(*renewed != *token);
}

void TestOAuthFlow::unsavableRotationIsNotUsed()
{
    const Connection c = connect(Provider::QuickBooks);
    auto auth = m_manager->auth(c.id);
    QVERIFY(auth);
    const OAuthTokens before = *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(c.id)));
    m_secrets.failWrites = true;
    m_clock.offset = 3600 + 60; // expired for Bookflow
    const ApiResult<QString> token = (*auth)->accessToken(*m_transport);
    QVERIFY(!token);
    QVERIFY(token.error().isTransient());
    QVERIFY2(token.reason().contains(QLatin1String("could not save")), qPrintable(token.reason()));
    // The store still has the old pair; the new access token was never handed out.
    const OAuthTokens stored = *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(c.id)));
    QCOMPARE(stored.refreshToken, before.refreshToken);
    QCOMPARE((*auth)->state(), ConnectionAuth::State::Connected);
    // The old refresh token is within QuickBooks' grace: once the keychain works, all is well.
    m_secrets.failWrites = false;
    const ApiResult<QString> later = (*auth)->accessToken(*m_transport);
    QVERIFY2(later, qPrintable(later.reason()));
}

void TestOAuthFlow::invalidGrantNeedsReconnectWithReason()
{
    const Connection c = connect(Provider::QuickBooks);
    auto auth = m_manager->auth(c.id);
    QVERIFY(auth);
    QStringList heard;
    (*auth)->setStateListener([&](ConnectionAuth::State state, const QString &reason) {
        heard << ConnectionAuth::stateKey(state) + QLatin1Char(':') + reason;
    });
    // The person removed the app in QuickBooks: the grant is revoked.
    const OAuthTokens tokens = *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(c.id)));
    const OAuthApp app = *m_manager->app(Provider::QuickBooks, Environment::Sandbox);
    QVERIFY(OAuthProvider(*m_transport, app, m_clock).revoke(tokens));

    m_clock.offset = 3600;
    const ApiResult<QString> token = (*auth)->accessToken(*m_transport);
    QVERIFY(!token);
    QVERIFY(token.error().needsReconnect());
    QVERIFY2(token.reason().contains(QLatin1String("Reconnect")), qPrintable(token.reason()));
    QCOMPARE((*auth)->state(), ConnectionAuth::State::NeedsReconnect);
    QCOMPARE(heard.size(), 1);
    QVERIFY(heard.first().startsWith(QLatin1String("needsReconnect:")));

    // No second refresh is tried while it needs reconnecting.
    const qint64 tokenRequests = routeCount(tokenRoute());
    QVERIFY(!(*auth)->accessToken(*m_transport));
    QCOMPARE(routeCount(tokenRoute()), tokenRequests);

    // check() stores the state and the reason for the list and the review.
    const ApiResult<Connection> checked = m_manager->check(c.id);
    QVERIFY(!checked);
    const auto saved = m_store->connection(c.id);
    QVERIFY(saved);
    QCOMPARE(saved->state, ConnectionState::NeedsReconnect);
    QVERIFY(!saved->stateReason.isEmpty());
}

void TestOAuthFlow::unreachableTokenEndpointIsTransient()
{
    const Connection c = connect(Provider::QuickBooks);
    auto auth = m_manager->auth(c.id);
    QVERIFY(auth);
    admin("POST", QStringLiteral("/_sandbox/faults"),
          QJsonObject{{QStringLiteral("rules"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("path"), QStringLiteral("/oauth2/v1/tokens/bearer")},
                           {QStringLiteral("status"), 503},
                           {QStringLiteral("times"), 1}}}}});
    m_clock.offset = 3600 + 60;
    const ApiResult<QString> token = (*auth)->accessToken(*m_transport);
    QVERIFY(!token);
    QVERIFY2(token.error().isTransient(), qPrintable(ApiError::className(token.error().cls)));
    QCOMPARE((*auth)->state(), ConnectionAuth::State::Connected);
    // The next attempt, with the fault gone, succeeds.
    const ApiResult<QString> retried = (*auth)->accessToken(*m_transport);
    QVERIFY2(retried, qPrintable(retried.reason()));
}

void TestOAuthFlow::disconnectRevokes()
{
    const Connection hub = connect(Provider::HubSpot);
    const Connection qbo = connect(Provider::QuickBooks);
    QVERIFY(!hub.id.isEmpty() && !qbo.id.isEmpty());
    const OAuthTokens hubTokens =
        *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(hub.id)));
    const OAuthTokens qboTokens =
        *OAuthTokens::fromText(**m_secrets.read(m_manager->tokensKey(qbo.id)));

    QVERIFY(m_manager->disconnect(qbo.id));
    QVERIFY(m_manager->disconnect(hub.id));

    // Gone here…
    QVERIFY(!m_store->connection(qbo.id));
    QVERIFY(!m_secrets.read(m_manager->tokensKey(qbo.id))->has_value());
    QVERIFY(!m_secrets.read(m_manager->tokensKey(hub.id))->has_value());
    // …and at the providers: their refresh tokens no longer work.
    const OAuthApp qboApp = *m_manager->app(Provider::QuickBooks, Environment::Sandbox);
    const auto qboRefresh = OAuthProvider(*m_transport, qboApp, m_clock).refresh(qboTokens);
    QVERIFY(!qboRefresh);
    QVERIFY(qboRefresh.error().needsReconnect());
    OAuthApp hubApp = *m_manager->app(Provider::HubSpot, Environment::Sandbox);
    const auto hubRefresh = OAuthProvider(*m_transport, hubApp, m_clock).refresh(hubTokens);
    QVERIFY(!hubRefresh);
    QVERIFY(hubRefresh.error().needsReconnect());
}

void TestOAuthFlow::reconnectKeepsTheConnection()
{
    const Connection first = connect(Provider::QuickBooks);
    QVERIFY(m_store->setConnectionState(first.id, ConnectionState::NeedsReconnect,
                                        QStringLiteral("test")));
    const Connection second = connect(Provider::QuickBooks);
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.state, ConnectionState::Connected);
    QVERIFY(second.stateReason.isEmpty());
    QCOMPARE(m_store->connections()->size(), 1);
}

void TestOAuthFlow::pastedRedirectAddress()
{
    const AuthorizationRequest request =
        AuthorizationRequest::create(QStringLiteral("https://example.invalid/relay"), true);
    QCOMPARE(request.codeChallenge, AuthorizationRequest::challengeFor(request.codeVerifier));
    const QString good = QStringLiteral("https://example.invalid/relay?code=AB11x%2By&state=") +
                         request.state + QStringLiteral("&realmId=42");
    const auto accepted =
        request.readPastedRedirect(QStringLiteral("  ") + good + QStringLiteral("\n"));
    QVERIFY2(accepted, qPrintable(accepted.reason()));
    QCOMPARE(accepted->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("AB11x+y"));
    QVERIFY(!request.readPastedRedirect(
        QStringLiteral("https://example.invalid/relay?code=a&state=other")));
    QVERIFY(!request.readPastedRedirect(QStringLiteral("not an address")));
    const auto denied = request.readPastedRedirect(
        QStringLiteral("https://example.invalid/relay?error=access_denied&state=") + request.state);
    QVERIFY(!denied);
    QVERIFY2(denied.reason().contains(QLatin1String("cancelled")), qPrintable(denied.reason()));
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
