#pragma once

// Test helpers for the sandbox tests: real HTTP over the loopback with QNetworkAccessManager,
// waiting on signals (never sleeping), and the QuickBooks and HubSpot OAuth dances the way a
// client does them.
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace sandboxtest {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    Headers headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString describe() const
    {
        return QStringLiteral("HTTP %1 %2 %3")
            .arg(status)
            .arg(errorString, QString::fromUtf8(body.left(600)));
    }
};

inline QUrl withPath(QUrl base, const QString &path, const QUrlQuery &query = {})
{
    base.setPath(path);
    if (!query.isEmpty())
        base.setQuery(query);
    return base;
}

// One QNetworkAccessManager (so up to 6 connections of its own to the sandbox).
class Http
{
public:
    Http() : m_nam(std::make_unique<QNetworkAccessManager>()) {}

    // Starts a request; the caller collects it with wait().
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                         const Headers &headers = {})
    {
        QNetworkRequest request(url);
        // Plain-http peers should never be offered an h2c upgrade (anchors.md C4).
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // The tests look at the 302 of the authorization endpoint themselves.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(20000);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
        reply->setProperty("sandboxtest.started", QDateTime::currentMSecsSinceEpoch());
        return reply;
    }

    static HttpResult wait(QNetworkReply *reply)
    {
        HttpResult result;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(30000)) {
                result.timedOut = true;
                result.errorString = QStringLiteral("no answer within 30 s");
                reply->abort();
                reply->deleteLater();
                return result;
            }
        }
        result.elapsedMs = QDateTime::currentMSecsSinceEpoch() -
                           reply->property("sandboxtest.started").toLongLong();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        if (reply->error() != QNetworkReply::NoError)
            result.errorString = reply->errorString();
        reply->deleteLater();
        return result;
    }

    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const Headers &headers = {})
    {
        return wait(start(method, url, body, headers));
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

inline const char *DemoClientId = "bookflow-demo";
inline const char *DemoClientSecret = "bookflow-demo-secret";
inline const char *RedirectUri = "http://127.0.0.1:9/callback";
inline const char *AccountingScope = "com.intuit.quickbooks.accounting";

inline QByteArray basicAuth(const QByteArray &id, const QByteArray &secret)
{
    return "Basic " + (id + ':' + secret).toBase64();
}

inline QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &item : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return body;
}

inline const Headers FormHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                                    {"Accept", "application/json"}};

inline Headers withBasic(Headers headers, const QByteArray &id = DemoClientId,
                         const QByteArray &secret = DemoClientSecret)
{
    headers.append(qMakePair(QByteArray("Authorization"), basicAuth(id, secret)));
    return headers;
}

inline QUrl authorizeUrl(const QUrl &base, const QList<QPair<QString, QString>> &extra = {},
                         const QString &clientId = QString::fromLatin1(DemoClientId),
                         const QString &redirectUri = QString::fromLatin1(RedirectUri))
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("scope"), QString::fromLatin1(AccountingScope));
    add(QStringLiteral("redirect_uri"), redirectUri);
    add(QStringLiteral("state"), QStringLiteral("st-1"));
    for (const auto &item : extra) {
        query.removeAllQueryItems(item.first);
        add(item.first, item.second);
    }
    QUrl url = withPath(base, QStringLiteral("/connect/oauth2"));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// The query of a redirect's Location, fully decoded.
inline QUrlQuery locationQuery(const HttpResult &result)
{
    return QUrlQuery(QUrl::fromEncoded(result.header("Location")));
}

inline QString item(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    QString realmId;
    QJsonObject response;
    QString error; // what went wrong, if anything
};

// Authorization (auto-approved) + code exchange with Basic auth, as an app does it.
inline Tokens connectQuickBooks(Http &http, const QUrl &base, const QString &realmId = {})
{
    Tokens tokens;
    QList<QPair<QString, QString>> extra{
        {QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}};
    if (!realmId.isEmpty())
        extra.append({QStringLiteral("sandbox_realm"), realmId});
    const HttpResult authorize = http.send("GET", authorizeUrl(base, extra));
    if (authorize.status != 302) {
        tokens.error = QStringLiteral("authorize: ") + authorize.describe();
        return tokens;
    }
    const QUrlQuery redirect = locationQuery(authorize);
    tokens.realmId = item(redirect, QStringLiteral("realmId"));
    const HttpResult exchange =
        http.send("POST", withPath(base, QStringLiteral("/oauth2/v1/tokens/bearer")),
                  form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), item(redirect, QStringLiteral("code"))},
                        {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}}),
                  withBasic(FormHeaders));
    if (exchange.status != 200) {
        tokens.error = QStringLiteral("token: ") + exchange.describe();
        return tokens;
    }
    tokens.response = exchange.json();
    tokens.accessToken = tokens.response.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = tokens.response.value(QStringLiteral("refresh_token")).toString();
    return tokens;
}

inline Headers bearer(const QString &accessToken, Headers headers = {})
{
    headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + accessToken.toUtf8()));
    headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return headers;
}

inline QUrl apiUrl(const QUrl &base, const QString &realmId, const QString &rest,
                   QUrlQuery query = {})
{
    if (!query.hasQueryItem(QStringLiteral("minorversion")))
        query.addQueryItem(QStringLiteral("minorversion"), QStringLiteral("75"));
    return withPath(base, QStringLiteral("/v3/company/%1/%2").arg(realmId, rest), query);
}

// --- the executable ----------------------------------------------------------------------------

// Starts bookflow-sandbox with `arguments` (and --admin: the tests use /_sandbox/…) and reads
// its port from the first stdout line.
inline int startSandbox(QProcess &process, const QStringList &arguments, QString *error)
{
    process.start(QStringLiteral(BOOKFLOW_SANDBOX),
                  QStringList{QStringLiteral("--admin")} + arguments);
    if (!process.waitForStarted(10000)) {
        *error = process.errorString();
        return 0;
    }
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    while (!process.canReadLine() && finished.isEmpty()) {
        if (!output.wait(15000))
            break;
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression format(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:([0-9]{1,5})$"));
    const QRegularExpressionMatch match = format.match(line);
    if (!match.hasMatch()) {
        *error = QStringLiteral("first line \"%1\", stderr: %2")
                     .arg(line, QString::fromUtf8(process.readAllStandardError()));
        return 0;
    }
    return match.captured(1).toInt();
}

inline bool stopSandbox(QProcess &process)
{
    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate();
    if (process.state() != QProcess::NotRunning && !finished.wait(15000))
        return false;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

inline QUrl localUrl(int port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

// --- HubSpot ----------------------------------------------------------------------------------

inline const char *HubSpotClientId = "bookflow-demo-hubspot";
inline const char *HubSpotClientSecret = "bookflow-demo-hubspot-secret";
inline const char *HubSpotScopes =
    "oauth crm.objects.deals.read crm.objects.contacts.read crm.objects.line_items.read "
    "crm.objects.products.read crm.objects.quotes.read";

// HubSpot's install URL at the sandbox (/oauth/authorize), with the demo app by default.
inline QUrl hubSpotAuthorizeUrl(const QUrl &base, const QList<QPair<QString, QString>> &extra = {},
                                const QString &scopes = QString::fromLatin1(HubSpotScopes))
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId));
    add(QStringLiteral("scope"), scopes);
    add(QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri));
    add(QStringLiteral("state"), QStringLiteral("hs-1"));
    for (const auto &item : extra) {
        query.removeAllQueryItems(item.first);
        add(item.first, item.second);
    }
    QUrl url = withPath(base, QStringLiteral("/oauth/authorize"));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

// POST /oauth/v1/token with the demo app's credentials in the form, as HubSpot wants them.
inline HttpResult hubSpotToken(Http &http, const QUrl &base, QList<QPair<QString, QString>> fields)
{
    fields.append({QStringLiteral("client_id"), QString::fromLatin1(HubSpotClientId)});
    fields.append({QStringLiteral("client_secret"), QString::fromLatin1(HubSpotClientSecret)});
    return http.send("POST", withPath(base, QStringLiteral("/oauth/v1/token")), form(fields),
                     FormHeaders);
}

// Install (auto-approved) + code exchange, as a HubSpot app does it. realmId stays empty.
inline Tokens connectHubSpot(Http &http, const QUrl &base,
                             const QString &scopes = QString::fromLatin1(HubSpotScopes))
{
    Tokens tokens;
    const HttpResult authorize = http.send(
        "GET", hubSpotAuthorizeUrl(
                   base, {{QStringLiteral("sandbox_auto_approve"), QStringLiteral("1")}}, scopes));
    if (authorize.status != 302) {
        tokens.error = QStringLiteral("authorize: ") + authorize.describe();
        return tokens;
    }
    const QUrlQuery redirect = locationQuery(authorize);
    const HttpResult exchange =
        hubSpotToken(http, base,
                     {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), item(redirect, QStringLiteral("code"))},
                      {QStringLiteral("redirect_uri"), QString::fromLatin1(RedirectUri)}});
    if (exchange.status != 200) {
        tokens.error = QStringLiteral("token: ") + exchange.describe();
        return tokens;
    }
    tokens.response = exchange.json();
    tokens.accessToken = tokens.response.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = tokens.response.value(QStringLiteral("refresh_token")).toString();
    return tokens;
}

} // namespace sandboxtest
