// Connections end to end, as a person (or a script) uses them: bookflow-cli against a separate
// bookflow-sandbox process, secrets in the real keychain of make test's D-Bus session.
// - `connect sandbox` performs the OAuth round trips for HubSpot and both QuickBooks companies;
// - the UK company's actions are review errors with the US-only reason;
// - a CLI killed with SIGKILL in the middle of a request, after a token rotation, restarts on
//   the rotated refresh token; the old one, after QuickBooks' grace, means needs-reconnect;
// - disconnect revokes at the provider;
// - after all of it, no token or client secret is in the database, settings, exports or logs.
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "core/auth/keychainsecretstore.h"
#include "core/auth/oauthtokens.h"
#include "core/store/store.h"
#include "support/processes.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace bookflow;
using testsupport::CliRun;

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectSandboxConnectsEverything();
    void nonUsCompanyIsAReviewError();
    void runCycleCreatesDocumentsAndHistory();
    void rotatedTokenSurvivesKillAndRestart();
    void oldRefreshTokenAfterGraceNeedsReconnect();
    void disconnectRevokes();
    void noSecretAnywhere();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {});
    QJsonArray connections(bool check, int *exitCode = nullptr);
    QJsonObject connectionOf(const QString &provider, const QString &country = QString());
    std::optional<OAuthTokens> tokensOf(const QString &connectionId);
    void rememberSecrets(const QString &connectionId);

    QTemporaryDir m_dir;
    testsupport::SandboxProcess m_sandbox;
    QProcessEnvironment m_env;
    QString m_dataDir;
    QString m_installationId;
    KeychainSecretStore m_keychain;
    QByteArray m_output;   // everything every CLI run printed
    QStringList m_secrets; // every token and client secret seen
    QString m_usWorkflow;
    QString m_exportFile;
    OAuthTokens m_staleTokens; // the US company's sign-in from before the rotation
};

CliRun TestConnections::cli(const QStringList &args, const QByteArray &input)
{
    const CliRun run = testsupport::runCli(
        QStringList{QStringLiteral("--data-dir"), m_dataDir} + args, m_env, input);
    m_output += run.out + run.err;
    return run;
}

QJsonArray TestConnections::connections(bool check, int *exitCode)
{
    QStringList args{QStringLiteral("--json"), QStringLiteral("connections")};
    if (check)
        args << QStringLiteral("--check");
    const CliRun run = cli(args);
    if (exitCode)
        *exitCode = run.exitCode;
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject TestConnections::connectionOf(const QString &provider, const QString &country)
{
    for (const QJsonValue &value : connections(false)) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("provider")).toString() == provider &&
            (country.isEmpty() || c.value(QStringLiteral("country")).toString() == country))
            return c;
    }
    return {};
}

std::optional<OAuthTokens> TestConnections::tokensOf(const QString &connectionId)
{
    const auto stored = m_keychain.read(
        QStringLiteral("%1/connection/%2/tokens").arg(m_installationId, connectionId));
    if (!stored || !stored->has_value())
        return std::nullopt;
    return OAuthTokens::fromText(**stored);
}

void TestConnections::rememberSecrets(const QString &connectionId)
{
    if (const auto tokens = tokensOf(connectionId)) {
        m_secrets << tokens->accessToken;
        if (!tokens->refreshToken.isEmpty())
            m_secrets << tokens->refreshToken;
    }
}

void TestConnections::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the suite with 'make test' (it starts one with an unlocked "
             "gnome-keyring)");
    QVERIFY(m_dir.isValid());
    const QString started = m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_env = QProcessEnvironment::systemEnvironment();
    // Settings go here so the scan can read them; every log category on, debug included.
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bookflow.*=true"));
    m_secrets << QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)
              << QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret);
}

void TestConnections::connectSandboxConnectsEverything()
{
    const CliRun run =
        cli({QStringLiteral("--json"), QStringLiteral("connect"), QStringLiteral("sandbox"),
             QStringLiteral("--url"), m_sandbox.url().toString()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray connected = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(connected.size(), 3); // HubSpot + the US and the UK QuickBooks companies

    auto store = Store::open(m_dataDir);
    QVERIFY(store);
    m_installationId = (*store)->installationId();
    QVERIFY(!m_installationId.isEmpty());

    const QJsonArray listed = connections(false);
    QCOMPARE(listed.size(), 3);
    QStringList countries;
    for (const QJsonValue &value : listed) {
        const QJsonObject c = value.toObject();
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(c.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
        QVERIFY(!c.value(QStringLiteral("name")).toString().isEmpty());
        if (c.value(QStringLiteral("provider")).toString() == QLatin1String("quickbooks"))
            countries << c.value(QStringLiteral("country")).toString();
        else
            QCOMPARE(c.value(QStringLiteral("hubId")).toString(), QStringLiteral("24681357"));
        // The tokens are in the keychain.
        const auto tokens = tokensOf(c.value(QStringLiteral("id")).toString());
        QVERIFY(tokens && !tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty());
        rememberSecrets(c.value(QStringLiteral("id")).toString());
    }
    countries.sort();
    QCOMPARE(countries, (QStringList{QStringLiteral("GB"), QStringLiteral("US")}));

    int exitCode = -1;
    const QJsonArray checked = connections(true, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(checked.size(), 3);
}

void TestConnections::nonUsCompanyIsAReviewError()
{
    const QString uk = connectionOf(QStringLiteral("quickbooks"), QStringLiteral("GB"))
                           .value(QStringLiteral("id"))
                           .toString();
    const QString us = connectionOf(QStringLiteral("quickbooks"), QStringLiteral("US"))
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!uk.isEmpty() && !us.isEmpty());
    const QString file =
        QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/invoice-esigned-quotes.json");

    const CliRun importedUk = cli({QStringLiteral("--json"), QStringLiteral("import"), file,
                                   QStringLiteral("--connection"), uk});
    QCOMPARE(importedUk.exitCode, 0);
    const QString ukWorkflow =
        QJsonDocument::fromJson(importedUk.out).object().value(QStringLiteral("id")).toString();
    const CliRun reviewUk = cli({QStringLiteral("--json"), QStringLiteral("validate"), ukWorkflow});
    QCOMPARE(reviewUk.exitCode, 1);
    const QJsonArray errors =
        QJsonDocument::fromJson(reviewUk.out).object().value(QStringLiteral("errors")).toArray();
    bool usOnly = false;
    for (const QJsonValue &e : errors) {
        const QJsonObject item = e.toObject();
        if (item.value(QStringLiteral("code")).toString() == QLatin1String("company-not-us")) {
            usOnly = item.value(QStringLiteral("message")).toString().contains(QLatin1String("US"));
            QCOMPARE(item.value(QStringLiteral("actionId")).toString(), QStringLiteral("a1"));
        }
    }
    QVERIFY2(usOnly, reviewUk.out.constData());
    QCOMPARE(cli({QStringLiteral("publish"), ukWorkflow}).exitCode, 1);

    // The same workflow on the US company passes the review and publishes.
    const CliRun importedUs = cli({QStringLiteral("--json"), QStringLiteral("import"), file,
                                   QStringLiteral("--connection"), us});
    m_usWorkflow =
        QJsonDocument::fromJson(importedUs.out).object().value(QStringLiteral("id")).toString();
    const CliRun reviewUs =
        cli({QStringLiteral("--json"), QStringLiteral("validate"), m_usWorkflow});
    QVERIFY2(reviewUs.exitCode == 0, reviewUs.out.constData());
    QCOMPARE(cli({QStringLiteral("publish"), m_usWorkflow}).exitCode, 0);
    m_exportFile = m_dir.filePath(QStringLiteral("exported.json"));
    QCOMPARE(cli({QStringLiteral("export"), m_usWorkflow, m_exportFile}).exitCode, 0);

    // An unknown connection is refused at import, before anything is added.
    const CliRun unknown = cli({QStringLiteral("import"), file, QStringLiteral("--connection"),
                                QStringLiteral("no-such-connection")});
    QCOMPARE(unknown.exitCode, 2);
}

void TestConnections::runCycleCreatesDocumentsAndHistory()
{
    // Turn the published US workflow on with the records that already qualify, then one pass.
    QVERIFY(!m_usWorkflow.isEmpty());
    const CliRun on = cli({QStringLiteral("on"), m_usWorkflow, QStringLiteral("--enroll-existing"),
                           QStringLiteral("yes")});
    QVERIFY2(on.exitCode == 0, on.err.constData());
    const CliRun run =
        cli({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QJsonObject pass = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(pass.value(QStringLiteral("done")).toInt() >= 1, run.out.constData());

    const CliRun history = cli({QStringLiteral("--json"), QStringLiteral("history"),
                                QStringLiteral("--workflow"), m_usWorkflow});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(history.out).array();
    QVERIFY(!entries.isEmpty());
    QString quote;
    for (const QJsonValue &entry : entries) {
        const QJsonObject action =
            entry.toObject().value(QStringLiteral("actions")).toArray().first().toObject();
        if (action.value(QStringLiteral("status")).toString() == QLatin1String("done")) {
            quote = entry.toObject().value(QStringLiteral("objectId")).toString();
            QCOMPARE(action.value(QStringLiteral("document"))
                         .toObject()
                         .value(QStringLiteral("type"))
                         .toString(),
                     QStringLiteral("Invoice"));
        }
    }
    QVERIFY(!quote.isEmpty());
    // A second pass creates nothing more.
    const CliRun again =
        cli({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("--once")});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("done")).toInt(), 0);

    // Needs review lists only failed work; a done action can't be "retried" into a second invoice.
    const CliRun review = cli(
        {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--needs-review")});
    QCOMPARE(review.exitCode, 0);
    for (const QJsonValue &entry : QJsonDocument::fromJson(review.out).array()) {
        bool anyFailed = false;
        for (const QJsonValue &a : entry.toObject().value(QStringLiteral("actions")).toArray())
            anyFailed = anyFailed || a.toObject().value(QStringLiteral("status")).toString() ==
                                         QLatin1String("failed");
        QVERIFY(anyFailed);
    }
    const QString doneRun = QString::number(entries.first()
                                                .toObject()
                                                .value(QStringLiteral("actions"))
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(QStringLiteral("id"))
                                                .toInteger());
    const CliRun refused = cli({QStringLiteral("retry"), doneRun});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("failed"), refused.err.constData());

    // `run` without --once keeps going until told to stop; SIGTERM ends it cleanly after the pass.
    {
        QProcess running;
        running.setProcessEnvironment(m_env);
        running.start(QStringLiteral(BOOKFLOW_CLI),
                      {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("run")});
        QVERIFY(running.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(running.canReadLine(), 60000); // the first pass's summary
        running.terminate();
        QVERIFY(running.waitForFinished(15000));
        QCOMPARE(running.exitStatus(), QProcess::NormalExit);
        QCOMPARE(running.exitCode(), 0);
        m_output += running.readAllStandardOutput() + running.readAllStandardError();
    }

    const CliRun csv = cli({QStringLiteral("history"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.contains(quote.toUtf8()), csv.out.constData());

    // The dry run on that quote says what it would send, and sends nothing.
    const CliRun dry = cli({QStringLiteral("--json"), QStringLiteral("test"), m_usWorkflow,
                            QStringLiteral("--record"), quote});
    const QJsonObject report = QJsonDocument::fromJson(dry.out).object();
    QVERIFY2(report.value(QStringLiteral("met")).toBool(), dry.out.constData());
    const QJsonObject action = report.value(QStringLiteral("actions")).toArray().first().toObject();
    QVERIFY2(!action.value(QStringLiteral("requests")).toArray().isEmpty(), dry.out.constData());
}

void TestConnections::rotatedTokenSurvivesKillAndRestart()
{
    const QJsonObject us = connectionOf(QStringLiteral("quickbooks"), QStringLiteral("US"));
    const QString id = us.value(QStringLiteral("id")).toString();
    const QString realmId = us.value(QStringLiteral("realmId")).toString();
    const auto before = tokensOf(id);
    QVERIFY(before);

    // QuickBooks expires every access token; the request after the refresh will hang for a while.
    m_sandbox.call("POST", QStringLiteral("/_sandbox/tokens/expire"),
                   QJsonObject{{QStringLiteral("provider"), QStringLiteral("quickbooks")}});
    const QString infoPath = QStringLiteral("/v3/company/%1/companyinfo/%1").arg(realmId);
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"),
                   QJsonObject{{QStringLiteral("rules"),
                                QJsonArray{QJsonObject{{QStringLiteral("path"), infoPath},
                                                       {QStringLiteral("delayMs"), 20000},
                                                       {QStringLiteral("times"), 1}}}}});
    m_sandbox.call("POST", QStringLiteral("/_sandbox/requests/reset"));

    QProcess check;
    check.setProcessEnvironment(m_env);
    check.start(QStringLiteral(BOOKFLOW_CLI),
                {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("connections"),
                 QStringLiteral("--check")});
    QVERIFY(check.waitForStarted(20000));
    // Wait until the CLI is inside the request that follows its refresh: answered 401 once,
    // then a second companyinfo request still unanswered.
    const auto inFlight = [&] {
        const QJsonArray recent = m_sandbox.call("GET", QStringLiteral("/_sandbox/requests"))
                                      .value(QStringLiteral("recent"))
                                      .toArray();
        int refused = 0;
        int open = 0;
        for (const QJsonValue &value : recent) {
            const QJsonObject r = value.toObject();
            if (r.value(QStringLiteral("path")).toString() != infoPath)
                continue;
            const int status = r.value(QStringLiteral("status")).toInt();
            refused += status == 401;
            open += status == 0;
        }
        return refused >= 1 && open == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inFlight(), 30000);
    ::kill(pid_t(check.processId()), SIGKILL);
    QVERIFY(check.waitForFinished(10000));
    QCOMPARE(check.exitStatus(), QProcess::CrashExit);
    m_output += check.readAllStandardOutput() + check.readAllStandardError();

    // The rotated pair was in the keychain before the new access token went out.
    const auto rotated = tokensOf(id);
    QVERIFY(rotated);
    QVERIFY(rotated->refreshToken != before->refreshToken);
    QVERIFY(rotated->accessToken != before->accessToken);
    rememberSecrets(id);

    // Restart: the saved pair works without another refresh of this company.
    m_sandbox.call("DELETE", QStringLiteral("/_sandbox/faults"));
    int exitCode = -1;
    connections(true, &exitCode);
    QCOMPARE(exitCode, 0);
    const auto afterRestart = tokensOf(id);
    QVERIFY(afterRestart);
    QCOMPARE(afterRestart->refreshToken, rotated->refreshToken);
    for (const QJsonValue &c : connections(false))
        rememberSecrets(c.toObject().value(QStringLiteral("id")).toString());

    // A day and an hour later (past QuickBooks' 24 h grace), the newest refresh token still works.
    m_sandbox.call("POST", QStringLiteral("/_sandbox/time"),
                   QJsonObject{{QStringLiteral("advanceSeconds"), 25 * 3600}});
    connections(true, &exitCode);
    QCOMPARE(exitCode, 0);
    const auto later = tokensOf(id);
    QVERIFY(later && later->refreshToken != rotated->refreshToken);
    rememberSecrets(id);

    // Keep the first pair for the next test.
    m_staleTokens = *before;
}

void TestConnections::oldRefreshTokenAfterGraceNeedsReconnect()
{
    const QString id = connectionOf(QStringLiteral("quickbooks"), QStringLiteral("US"))
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(m_staleTokens.canRefresh());
    // A stale copy of the sign-in (its refresh token superseded more than 24 h ago).
    QVERIFY(m_keychain.write(QStringLiteral("%1/connection/%2/tokens").arg(m_installationId, id),
                             m_staleTokens.toText()));
    m_sandbox.call("POST", QStringLiteral("/_sandbox/tokens/expire"),
                   QJsonObject{{QStringLiteral("provider"), QStringLiteral("quickbooks")}});
    int exitCode = -1;
    connections(true, &exitCode);
    QCOMPARE(exitCode, 1);
    const QJsonObject us = connectionOf(QStringLiteral("quickbooks"), QStringLiteral("US"));
    QCOMPARE(us.value(QStringLiteral("state")).toString(), QStringLiteral("needsReconnect"));
    const QString reason = us.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("Reconnect")), qPrintable(reason));

    // The review now says so too.
    const CliRun review = cli({QStringLiteral("--json"), QStringLiteral("validate"), m_usWorkflow});
    QCOMPARE(review.exitCode, 1);
    QVERIFY2(review.out.contains("connection-needs-reconnect"), review.out.constData());

    // Connecting again clears it and keeps the same connection.
    const CliRun again = cli({QStringLiteral("connect"), QStringLiteral("sandbox"),
                              QStringLiteral("--url"), m_sandbox.url().toString()});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject reconnected =
        connectionOf(QStringLiteral("quickbooks"), QStringLiteral("US"));
    QCOMPARE(reconnected.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(reconnected.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(connections(false).size(), 3);
    for (const QJsonValue &c : connections(false))
        rememberSecrets(c.toObject().value(QStringLiteral("id")).toString());
}

void TestConnections::disconnectRevokes()
{
    const QString uk = connectionOf(QStringLiteral("quickbooks"), QStringLiteral("GB"))
                           .value(QStringLiteral("id"))
                           .toString();
    const auto tokens = tokensOf(uk);
    QVERIFY(tokens);
    const CliRun run = cli({QStringLiteral("disconnect"), uk});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!tokensOf(uk));
    QVERIFY(connectionOf(QStringLiteral("quickbooks"), QStringLiteral("GB")).isEmpty());

    // The refresh token is dead at QuickBooks.
    QNetworkAccessManager manager;
    QNetworkRequest request(
        QUrl(m_sandbox.url().toString() + QStringLiteral("/oauth2/v1/tokens/bearer")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization",
                         "Basic " + QByteArray(sandbox::QboOAuthServer::DemoClientId)
                                        .append(':')
                                        .append(sandbox::QboOAuthServer::DemoClientSecret)
                                        .toBase64());
    QNetworkReply *reply = manager.post(request, "grant_type=refresh_token&refresh_token=" +
                                                     QUrl::toPercentEncoding(tokens->refreshToken));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("invalid_grant"));
    reply->deleteLater();
}

void TestConnections::noSecretAnywhere()
{
    QVERIFY(m_secrets.size() >= 8);
    QStringList files;
    for (const QString &root : {m_dataDir, m_dir.filePath(QStringLiteral("config"))}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files << m_exportFile;
    QVERIFY(files.size() >= 2);
    QStringList found;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        for (const QString &secret : std::as_const(m_secrets)) {
            if (!secret.isEmpty() && bytes.contains(secret.toUtf8()))
                found << QFileInfo(path).fileName();
        }
    }
    for (const QString &secret : std::as_const(m_secrets)) {
        if (!secret.isEmpty() && m_output.contains(secret.toUtf8()))
            found << QStringLiteral("the CLI's output");
    }
    // The logs were on (debug included) and said something: the scan is not of silence.
    QVERIFY(m_output.contains("bookflow."));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
