// The sign-in's defences, checked on the wire against an in-process sandbox (every request the
// client makes passes through a recording transport):
// - HubSpot's PKCE is S256, and the verifier sent with the code is the one whose SHA-256 the
//   authorize address carried — and never travelled with it;
// - an answer with the wrong state, even carrying a real code, ends nothing and exchanges
//   nothing; a second answer after the first finds the door closed;
// - the loopback listener is bound, as the kernel sees it (/proc/net/tcp*), to 127.0.0.1 and ::1
//   only;
// - plain http to another computer is refused before any request — in app credentials, in a
//   saved connection and for a private app's address — proven by a proxy that would see any
//   request that left.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/oauthtokens.h"
#include "core/auth/sandboxconsent.h"
#include "core/net/networktransport.h"
#include "core/store/store.h"
#include "support/recordingtransport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <functional>
#include <memory>

using namespace bookflow;
using testsupport::RecordingTransport;

namespace {

// A forward proxy that answers nothing but notes who knocked: any request a transport sends to
// another computer through it shows up here.
class WatchingProxy
{
public:
    WatchingProxy()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    heard += socket->readAll();
                    socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QNetworkProxy proxy() const
    {
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                             m_server.serverPort());
    }
    QByteArray heard;

private:
    QTcpServer m_server;
};

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The local addresses of the sockets listening on `port`, as the kernel lists them.
QStringList listeningAddresses(quint16 port)
{
    QStringList found;
    for (const QString &table :
         {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QStringList fields =
                QString::fromLatin1(file.readLine()).simplified().split(QLatin1Char(' '));
            // sl local_address rem_address st …; st 0A = LISTEN.
            if (fields.size() < 4 || fields.at(3) != QLatin1String("0A"))
                continue;
            const QString local = fields.at(1);
            if (local.section(QLatin1Char(':'), 1).toUInt(nullptr, 16) != port)
                continue;
            found << local.section(QLatin1Char(':'), 0, 0);
        }
    }
    return found;
}

} // namespace

class TestSecurityOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hubSpotPkceIsS256AndTheVerifierMatches();
    void wrongStateWithARealCodeExchangesNothing();
    void listenerIsBoundToLoopbackOnly();
    void aSecondAnswerFindsTheDoorClosed();
    void plainHttpToAnotherComputerIsRefusedBeforeAnyRequest();

private:
    ApiResult<Connection> connect(Provider provider,
                                  const std::function<Status(const QUrl &)> &browser,
                                  int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_network;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<Store> m_store;
    MemorySecretStore m_secrets;
    SystemClock m_clock;
    std::unique_ptr<ConnectionManager> m_manager;
};

void TestSecurityOAuth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_network = std::make_unique<NetworkTransport>();
    m_transport = std::make_unique<RecordingTransport>(*m_network);
    auto opened = Store::open(m_dir->path());
    QVERIFY2(opened, qPrintable(opened.reason()));
    m_store = std::move(opened).value();
    m_manager = std::make_unique<ConnectionManager>(*m_store, m_secrets, *m_transport, m_clock);
    QVERIFY(m_manager->saveSandboxApp(
        Provider::HubSpot, m_server->baseUrl(),
        QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
        QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret)));
    QVERIFY(
        m_manager->saveSandboxApp(Provider::QuickBooks, m_server->baseUrl(),
                                  QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                                  QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)));
}

void TestSecurityOAuth::cleanup()
{
    m_manager.reset();
    m_store.reset();
    m_transport.reset();
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

ApiResult<Connection> TestSecurityOAuth::connect(Provider provider,
                                                 const std::function<Status(const QUrl &)> &browser,
                                                 int timeoutMs)
{
    return m_manager->connectOAuth(provider, Environment::Sandbox, browser, timeoutMs);
}

void TestSecurityOAuth::hubSpotPkceIsS256AndTheVerifierMatches()
{
    SandboxConsent person(*m_transport);
    QUrl authorize;
    const ApiResult<Connection> connected = connect(Provider::HubSpot, [&](const QUrl &url) {
        authorize = url;
        return person.approve(url);
    });
    QVERIFY2(connected, qPrintable(connected.reason()));

    const QUrlQuery asked(authorize);
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    const QString challenge = asked.queryItemValue(QStringLiteral("code_challenge"));
    QVERIFY(!asked.hasQueryItem(QStringLiteral("code_verifier")));

    const QVector<HttpRequest> exchanges = m_transport->to(QStringLiteral("/oauth/v1/token"));
    QCOMPARE(exchanges.size(), 1);
    const QUrlQuery form(QString::fromUtf8(exchanges.first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("authorization_code"));
    const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"));
    // RFC 7636 §4.1: 43–128 unreserved characters, here 256 bits of randomness.
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    QVERIFY2(unreserved.match(verifier).hasMatch(), qPrintable(verifier));
    QCOMPARE(QString::fromLatin1(base64Url(
                 QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256))),
             challenge);
    QVERIFY(!authorize.toString(QUrl::FullyEncoded).contains(verifier));

    // A second sign-in has a state and a verifier of its own.
    QUrl again;
    QVERIFY(connect(Provider::HubSpot, [&](const QUrl &url) {
        again = url;
        return person.approve(url);
    }));
    QVERIFY(QUrlQuery(again).queryItemValue(QStringLiteral("state")) !=
            asked.queryItemValue(QStringLiteral("state")));
    QVERIFY(QUrlQuery(again).queryItemValue(QStringLiteral("code_challenge")) != challenge);
}

void TestSecurityOAuth::wrongStateWithARealCodeExchangesNothing()
{
    SandboxConsent person(*m_transport);
    int answeredWith = -1;
    const ApiResult<Connection> connected = connect(
        Provider::QuickBooks,
        [&](const QUrl &url) {
            // The person approves, but the answer reaching the listener carries another state
            // (a forged page racing the real one, or a stale tab).
            m_transport->rewrite = [](HttpRequest &request) {
                if (request.url.host() != QLatin1String("localhost") &&
                    request.url.host() != QLatin1String("127.0.0.1"))
                    return;
                QUrlQuery query(request.url);
                if (!query.hasQueryItem(QStringLiteral("code")))
                    return;
                query.removeAllQueryItems(QStringLiteral("state"));
                query.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses"));
                request.url.setQuery(query);
            };
            const Status approved = person.approve(url);
            m_transport->rewrite = nullptr;
            answeredWith = approved ? 200 : 400;
            return Status::success(); // the person leaves the browser; Bookflow keeps waiting
        },
        3000);
    QCOMPARE(answeredWith, 400);
    QVERIFY(!connected);
    qInfo("%s", qPrintable(connected.reason()));
    // The real code never reached the token endpoint, and nothing was saved.
    QCOMPARE(m_transport->to(QStringLiteral("/oauth2/v1/tokens/bearer")).size(), 0);
    QVERIFY(m_store->connections()->isEmpty());
}

void TestSecurityOAuth::listenerIsBoundToLoopbackOnly()
{
    SandboxConsent person(*m_transport);
    QStringList bound;
    quint16 port = 0;
    const ApiResult<Connection> connected = connect(Provider::QuickBooks, [&](const QUrl &url) {
        const QUrl redirect(
            QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        port = quint16(redirect.port());
        bound = listeningAddresses(port);
        return person.approve(url);
    });
    QVERIFY2(connected, qPrintable(connected.reason()));
    if (!QFile::exists(QStringLiteral("/proc/net/tcp")))
        QSKIP("no /proc/net/tcp to read the bound addresses from");
    QVERIFY2(!bound.isEmpty(), "the listener's socket is not in /proc/net/tcp*");
    // 127.0.0.1 and ::1 in the kernel's hexadecimal, byte order of the host.
    static const QStringList loopback{QStringLiteral("0100007F"),
                                      QStringLiteral("00000000000000000000000001000000")};
    for (const QString &address : std::as_const(bound))
        QVERIFY2(loopback.contains(address), qPrintable(bound.join(u' ')));
    qInfo("listener on port %u bound to %s", unsigned(port), qPrintable(bound.join(u' ')));
    QVERIFY(listeningAddresses(port).isEmpty()); // and gone once answered
}

void TestSecurityOAuth::aSecondAnswerFindsTheDoorClosed()
{
    SandboxConsent person(*m_transport);
    HttpResponse replayed;
    const ApiResult<Connection> connected = connect(Provider::HubSpot, [&](const QUrl &url) {
        const Status approved = person.approve(url);
        // The same answer again (a reload of the tab, or someone who saw it).
        for (const HttpRequest &request : std::as_const(m_transport->requests)) {
            if (QUrlQuery(request.url).hasQueryItem(QStringLiteral("code")) &&
                request.url.path() == QLatin1String("/callback"))
                replayed = m_network->send(request);
        }
        return approved;
    });
    QVERIFY2(connected, qPrintable(connected.reason()));
    QVERIFY2(replayed.status != 200, qPrintable(replayed.networkError));
    QCOMPARE(replayed.status, 0); // nobody listens any more
    QCOMPARE(m_transport->to(QStringLiteral("/oauth/v1/token")).size(), 1);
}

void TestSecurityOAuth::plainHttpToAnotherComputerIsRefusedBeforeAnyRequest()
{
    // A transport whose every request to another computer goes through a proxy that notes it.
    WatchingProxy proxy;
    QNetworkAccessManager manager;
    manager.setProxy(proxy.proxy());
    NetworkTransport network(&manager);
    RecordingTransport transport(network);
    ConnectionManager connections(*m_store, m_secrets, transport, m_clock);
    const QString outside = QStringLiteral("http://example.com");

    // The proxy does see what leaves (https is allowed, so this one goes out to it).
    {
        HttpRequest control;
        control.url = QUrl(QStringLiteral("https://example.com/control"));
        control.timeoutMs = 10000;
        transport.send(control);
        QVERIFY2(proxy.heard.contains("example.com"), proxy.heard.constData());
        proxy.heard.clear();
    }

    const auto refusedInWords = [](const QString &reason) {
        return reason.contains(QStringLiteral("https")) &&
               reason.contains(QStringLiteral("example.com"));
    };

    // App credentials with plain-http addresses: not saved.
    AppCredentials app;
    app.provider = Provider::HubSpot;
    app.environment = Environment::Production;
    app.clientId = QStringLiteral("outside-app");
    app.authorizeUrl = QUrl(outside + QStringLiteral("/oauth/authorize"));
    app.tokenUrl = QUrl(outside + QStringLiteral("/oauth/v1/token"));
    const Status saved = connections.saveApp(app, QStringLiteral("client-secret-xyz"));
    QVERIFY(!saved);
    QVERIFY2(refusedInWords(saved.reason()), qPrintable(saved.reason()));
    QVERIFY(!(*m_store->appCredentials(Provider::HubSpot, Environment::Production)));

    // Saved anyway (by an older Bookflow, or by hand): the browser never opens.
    QVERIFY(m_store->saveAppCredentials(app));
    QVERIFY(m_secrets.write(connections.clientSecretKey(Provider::HubSpot, Environment::Production),
                            QStringLiteral("client-secret-xyz")));
    bool browserOpened = false;
    const ApiResult<Connection> signIn = connections.connectOAuth(
        Provider::HubSpot, Environment::Production,
        [&](const QUrl &) {
            browserOpened = true;
            return Status::success();
        },
        3000);
    QVERIFY(!signIn);
    QVERIFY(!browserOpened);
    QVERIFY2(refusedInWords(signIn.reason()), qPrintable(signIn.reason()));

    // A private app's token with a plain-http address: refused, nothing saved.
    const ApiResult<Connection> privateApp = connections.connectHubSpotPrivateApp(
        QStringLiteral("pat-na1-outside"), QUrl(outside), Environment::Production);
    QVERIFY(!privateApp);
    QVERIFY2(refusedInWords(privateApp.reason()), qPrintable(privateApp.reason()));

    // A saved connection whose API address is plain http: the check is refused, its tokens
    // never sent.
    Connection company;
    company.provider = Provider::QuickBooks;
    company.environment = Environment::Sandbox; // the sandbox app's credentials are saved
    company.accountId = QStringLiteral("4620816365000000000");
    company.name = QStringLiteral("Outside Co");
    company.country = QStringLiteral("US");
    company.apiBaseUrl = QUrl(outside);
    company.authKind = AuthKind::OAuth;
    company.state = ConnectionState::Connected;
    const Result<QString> id = m_store->saveConnection(company);
    QVERIFY2(id, qPrintable(id.reason()));
    OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("access-token-outside");
    tokens.refreshToken = QStringLiteral("refresh-token-outside");
    tokens.issuedAt = m_clock.now();
    tokens.accessExpiresAt = m_clock.now().addSecs(3600);
    tokens.refreshExpiresAt = m_clock.now().addDays(100);
    tokens.account = company.accountId;
    QVERIFY(m_secrets.write(connections.tokensKey(*id), tokens.toText()));
    const ApiResult<Connection> checked = connections.check(*id);
    QVERIFY(!checked);
    QVERIFY2(refusedInWords(checked.reason()), qPrintable(checked.reason()));
    QCOMPARE(checked.error().cls, ApiError::Class::Permanent);

    // Nothing reached the proxy: no request left for example.com, in any form.
    QVERIFY2(proxy.heard.isEmpty(), proxy.heard.constData());
}

QTEST_GUILESS_MAIN(TestSecurityOAuth)
#include "tst_security_oauth.moc"
