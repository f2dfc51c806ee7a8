// Authorization headers and tokens never reach the logs. Every message of a real run is captured
// with a message handler, every bookflow.* category on down to debug (the request and answer
// traces included): OAuth sign-ins to HubSpot and both QuickBooks companies, expired tokens
// renewed, a workflow's invoices created, a refused request, a failed one, a disconnect. Then
// every token, authorization code and client secret the run handled is searched for in what was
// logged — and "Bearer …" or "Basic …" with anything but the mask after it.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/memorysecretstore.h"
#include "core/auth/oauthtokens.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/executor.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/net/networktransport.h"
#include "core/net/redaction.h"
#include "core/store/store.h"
#include "support/logcapture.h"
#include "support/recordingtransport.h"
#include "support/sandboxadmin.h"
#include "support/workflows.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace bookflow;

class TestSecurityLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aFullRunLogsNoSecret();

private:
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void rememberTokens();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<NetworkTransport> m_network;
    std::unique_ptr<::testsupport::RecordingTransport> m_transport;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConnectionManager> m_manager;
    QStringList m_connections;
    QStringList m_secretValues;
};

QJsonObject TestSecurityLogs::admin(const QByteArray &method, const QString &path,
                                    const QJsonObject &body)
{
    return ::testsupport::sandboxCall(*m_network, m_server->baseUrl(), method, path, body);
}

// Every token the secret store holds now.
void TestSecurityLogs::rememberTokens()
{
    for (const QString &id : std::as_const(m_connections)) {
        const auto stored = m_secrets.read(m_manager->tokensKey(id));
        if (!stored || !stored->has_value())
            continue;
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromText(**stored);
        if (!tokens)
            continue;
        m_secretValues << tokens->accessToken;
        if (!tokens->refreshToken.isEmpty())
            m_secretValues << tokens->refreshToken;
    }
}

void TestSecurityLogs::initTestCase()
{
    ::testsupport::LogCapture::install();
    QLoggingCategory::setFilterRules(QStringLiteral("bookflow.*=true"));

    m_server = std::make_unique<sandbox::SandboxServer>();
    m_server->setAdminEnabled(true); // this test drives /_sandbox/…
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    m_network = std::make_unique<NetworkTransport>();
    m_transport = std::make_unique<::testsupport::RecordingTransport>(*m_network);
    auto opened = Store::open(m_dir.path());
    QVERIFY2(opened, qPrintable(opened.reason()));
    m_store = std::move(opened).value();
    m_manager = std::make_unique<ConnectionManager>(*m_store, m_secrets, *m_transport, m_clock);
    m_secretValues << QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret)
                   << QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret);
}

void TestSecurityLogs::cleanupTestCase()
{
    m_manager.reset();
    m_store.reset();
    m_server.reset();
    ::testsupport::LogCapture::uninstall();
}

void TestSecurityLogs::aFullRunLogsNoSecret()
{
    // Sign-ins: HubSpot, then every QuickBooks company on the consent page.
    const ApiResult<QVector<Connection>> connected =
        connectSandboxAccounts(*m_manager, *m_transport, m_clock, m_server->baseUrl(),
                               {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)});
    QVERIFY2(connected, qPrintable(connected.reason()));
    QString us;
    QString uk;
    for (const Connection &c : *connected) {
        m_connections << c.id;
        if (c.provider == Provider::QuickBooks)
            (c.isUnitedStates() ? us : uk) = c.id;
    }
    QVERIFY(!us.isEmpty() && !uk.isEmpty());
    rememberTokens();
    // The authorization codes, from the answers the browser brought to the listener.
    for (const HttpRequest &request : std::as_const(m_transport->requests)) {
        const QString code = QUrlQuery(request.url).queryItemValue(QStringLiteral("code"));
        if (!code.isEmpty())
            m_secretValues << code;
    }

    // Every access token expires: the next calls renew them (QuickBooks rotates the refresh token).
    admin("POST", QStringLiteral("/_sandbox/tokens/expire"));
    for (const QString &id : std::as_const(m_connections))
        QVERIFY(m_manager->check(id));
    rememberTokens();

    // A workflow's run: invoices created, some of them through a refusal and a server error.
    Workflow w =
        bookflow::testsupport::templateWorkflow(QStringLiteral("invoice-esigned-quotes.json"));
    for (Action &a : w.actions)
        a.connection = us;
    QVERIFY(m_store->createWorkflow(w));
    QVERIFY(m_store->publish(w.id));
    QVERIFY(m_store->setEnabled(w.id, true));
    admin("POST", QStringLiteral("/_sandbox/faults"),
          QJsonObject{
              {QStringLiteral("rules"),
               QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("quickbooks")},
                                      {QStringLiteral("path"), QStringLiteral("/query")},
                                      {QStringLiteral("status"), 500},
                                      {QStringLiteral("body"), QStringLiteral("json")},
                                      {QStringLiteral("times"), 1}},
                          QJsonObject{{QStringLiteral("provider"), QStringLiteral("hubspot")},
                                      {QStringLiteral("status"), 401},
                                      {QStringLiteral("times"), 1}}}}});
    int done = 0;
    for (int pass = 0; pass < 3; ++pass) {
        RunSession session(*m_store, *m_manager, *m_transport, m_clock);
        Poller poller(session);
        if (pass == 0)
            QVERIFY(poller.start(w.id, true));
        else
            poller.pollOnce();
        const auto ran = Executor(session).runDue();
        QVERIFY2(ran, qPrintable(ran.reason()));
        done += ran->done;
        const auto history = m_store->history(w.id);
        for (const HistoryEntry &entry : *history) {
            for (const ActionRunRow &run : entry.actions) {
                if (run.status == ActionStatus::Waiting)
                    Executor(session).runOne(run.id);
            }
        }
    }
    admin("DELETE", QStringLiteral("/_sandbox/faults"));
    rememberTokens();
    QVERIFY2(done >= 1, "no invoice was created");

    // A disconnect revokes the UK company's sign-in.
    rememberTokens();
    QVERIFY(m_manager->disconnect(uk));

    // What the requests carried: the Authorization headers and the form fields with secrets.
    for (const HttpRequest &request : std::as_const(m_transport->requests)) {
        const QByteArray authorization = request.header("Authorization");
        if (authorization.startsWith("Bearer "))
            m_secretValues << QString::fromLatin1(authorization.mid(7));
        else if (authorization.startsWith("Basic "))
            m_secretValues << QString::fromLatin1(authorization.mid(6));
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const char *field :
             {"code", "refresh_token", "client_secret", "code_verifier", "token"}) {
            const QString value = form.queryItemValue(QString::fromLatin1(field));
            if (!value.isEmpty())
                m_secretValues << value;
        }
    }
    m_secretValues.removeDuplicates();
    m_secretValues.removeAll(QString());

    const QString log = ::testsupport::LogCapture::text();
    // The traces were on and said a lot: the scan is not of silence.
    QVERIFY2(log.contains(QStringLiteral("bookflow.quickbooks")) &&
                 log.contains(QStringLiteral("bookflow.hubspot")),
             qPrintable(log.left(2000)));
    QVERIFY2(log.contains(QLatin1String(Redaction::Mask)), "no redacted header was logged");
    QVERIFY(m_secretValues.size() >= 10);
    QStringList leaked;
    for (const QString &secret : std::as_const(m_secretValues)) {
        if (secret.size() >= 8 && log.contains(secret)) {
            leaked << secret.left(6) + QStringLiteral("…");
            // Where, with the secret itself masked, so the failure says which trace leaks.
            const qsizetype at = log.indexOf(secret);
            const qsizetype lineStart = log.lastIndexOf(QLatin1Char('\n'), at) + 1;
            qWarning(
                "leaked in: %s",
                qPrintable(log.mid(lineStart, 600).replace(secret, QStringLiteral("<secret>"))));
        }
    }
    static const QRegularExpression credential(
        QStringLiteral("(Bearer|Basic)\\s+(?!\\[redacted\\])[A-Za-z0-9._~+/=-]{8,}"));
    const QRegularExpressionMatch shown = credential.match(log);
    qInfo("%lld characters of log, %d secrets searched for", qint64(log.size()),
          int(m_secretValues.size()));
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
    QVERIFY2(!shown.hasMatch(), qPrintable(shown.captured(0)));
}

QTEST_GUILESS_MAIN(TestSecurityLogs)
#include "tst_security_logs.moc"
