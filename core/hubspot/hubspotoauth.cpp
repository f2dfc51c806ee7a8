#include "core/hubspot/hubspotoauth.h"

#include "core/hubspot/hubspoterror.h"
#include "core/net/redaction.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcHubSpotOAuth, "bookflow.hubspot.oauth", QtInfoMsg)

QByteArray formPair(const QString &name, const QString &value)
{
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

QByteArray trimmedBase(const QUrl &url)
{
    QByteArray base = url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith('/'))
        base.chop(1);
    return base;
}

QString reconnectReason()
{
    return Tr::tr("HubSpot no longer accepts the saved sign-in. Reconnect HubSpot in "
                  "Connections.");
}

} // namespace

QDateTime HubSpotTokens::refreshDueAt() const
{
    const qint64 margin = qMin(qint64(RefreshMarginSeconds), expiresIn / 2);
    return expiresAt.addSecs(-margin);
}

HubSpotOAuth::HubSpotOAuth(Transport &transport, QUrl apiBaseUrl, App app, const Clock &clock)
    : m_transport(transport), m_apiBaseUrl(std::move(apiBaseUrl)), m_app(std::move(app)),
      m_clock(clock)
{
}

QUrl HubSpotOAuth::authorizeUrl(const QStringList &scopes, const QString &state,
                                const QStringList &optionalScopes, const QUrl &authorizeUrl) const
{
    // HubSpot: scopes space-separated, URL-encoded as %20 (hubspot.md §2.1). Every value is
    // fully percent-encoded so a redirect URI with its own query survives.
    QByteArray query = formPair(QStringLiteral("client_id"), m_app.clientId);
    query += '&' + formPair(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    query += '&' + formPair(QStringLiteral("redirect_uri"), m_app.redirectUri);
    if (!optionalScopes.isEmpty())
        query +=
            '&' + formPair(QStringLiteral("optional_scope"), optionalScopes.join(QLatin1Char(' ')));
    if (!state.isEmpty())
        query += '&' + formPair(QStringLiteral("state"), state);
    return QUrl::fromEncoded(trimmedBase(authorizeUrl) + '?' + query, QUrl::StrictMode);
}

ApiResult<HubSpotTokens> HubSpotOAuth::exchangeCode(const QString &code)
{
    if (code.isEmpty())
        return HubSpotError::refusedBeforeSending(
            Tr::tr("HubSpot sent no authorization code back; try connecting again."));
    return grant({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("client_id"), m_app.clientId},
                  {QStringLiteral("client_secret"), m_app.clientSecret},
                  {QStringLiteral("redirect_uri"), m_app.redirectUri},
                  {QStringLiteral("code"), code}},
                 QString());
}

ApiResult<HubSpotTokens> HubSpotOAuth::refresh(const QString &refreshToken)
{
    if (refreshToken.isEmpty()) {
        ApiError error =
            HubSpotError::refusedBeforeSending(Tr::tr("There is no saved HubSpot sign-in to "
                                                      "renew. Reconnect HubSpot in Connections."));
        error.cls = ApiError::Class::NeedsReconnect;
        return error;
    }
    return grant({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("client_id"), m_app.clientId},
                  {QStringLiteral("client_secret"), m_app.clientSecret},
                  {QStringLiteral("redirect_uri"), m_app.redirectUri},
                  {QStringLiteral("refresh_token"), refreshToken}},
                 refreshToken);
}

ApiResult<HubSpotTokens> HubSpotOAuth::grant(const QList<QPair<QString, QString>> &fields,
                                             const QString &fallbackRefreshToken)
{
    QByteArray form;
    for (const auto &field : fields) {
        if (field.second.isEmpty() && field.first == QLatin1String("redirect_uri"))
            continue;
        if (!form.isEmpty())
            form += '&';
        form += formPair(field.first, field.second);
    }
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl::fromEncoded(trimmedBase(m_apiBaseUrl) + "/oauth/v1/token");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded;charset=utf-8");
    request.setHeader("Accept", "application/json");
    request.body = form;
    request.timeoutMs = m_timeoutMs;
    qCDebug(lcHubSpotOAuth).noquote() << Redaction::describe(request);
    const HttpResponse response = m_transport.send(request);
    qCDebug(lcHubSpotOAuth).noquote() << Redaction::describe(response);

    if (!response.isSuccess())
        return tokenError(response);
    ApiResult<HubSpotTokens> tokens = parseTokenResponse(response.body, m_clock.now());
    if (tokens && tokens->refreshToken.isEmpty())
        tokens.value().refreshToken = fallbackRefreshToken;
    return tokens;
}

ApiResult<HubSpotTokens> HubSpotOAuth::parseTokenResponse(const QByteArray &body,
                                                          const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HubSpotError::unreadable(200, QStringLiteral("token answer is not a JSON object"),
                                        false);
    const QJsonObject json = document.object();
    HubSpotTokens tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    tokens.tokenType = json.value(QStringLiteral("token_type")).toString();
    // expires_in is a number in every sample; a string is tolerated.
    const QJsonValue expiresIn = json.value(QStringLiteral("expires_in"));
    tokens.expiresIn =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    const QJsonValue hubId = json.value(QStringLiteral("hub_id"));
    tokens.hubId = hubId.isString() ? hubId.toString().toLongLong() : hubId.toInteger();
    const QJsonValue scopes = json.value(QStringLiteral("scopes"));
    if (scopes.isArray()) {
        for (const QJsonValue &scope : scopes.toArray())
            tokens.scopes.append(scope.toString());
    } else if (scopes.isString()) {
        tokens.scopes = scopes.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (tokens.accessToken.isEmpty() || tokens.expiresIn <= 0)
        return HubSpotError::unreadable(200,
                                        QStringLiteral("token answer without access_token or a "
                                                       "positive expires_in"),
                                        true);
    tokens.expiresAt = now.toUTC().addSecs(tokens.expiresIn);
    return tokens;
}

ApiError HubSpotOAuth::tokenError(const HttpResponse &response)
{
    ApiError error = HubSpotError::fromResponse(response);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString code = json.value(QStringLiteral("error")).toString();
    const QString status = json.value(QStringLiteral("status")).toString();
    // Network trouble, 5xx, 429 and HTML pages keep HubSpotError's classes; so does an API-style
    // envelope ({"status":"error",…}) without an OAuth error.
    const bool oauthError =
        !code.isEmpty() || (!status.isEmpty() && status != QLatin1String("error"));
    if (!oauthError || response.status >= 500 || response.status == 429)
        return error;
    error.code = code.isEmpty() ? status : code;
    error.detail =
        Redaction::text(QStringLiteral("HTTP %1 %2 %3: %4")
                            .arg(response.status)
                            .arg(code, status,
                                 json.value(QStringLiteral("error_description"))
                                     .toString(json.value(QStringLiteral("message")).toString())));
    // invalid_grant / BAD_REFRESH_TOKEN / BAD_AUTH_CODE: the grant is gone (hubspot.md §2.1);
    // a refused client id or secret cannot work either. Only a person can fix both.
    error.cls = ApiError::Class::NeedsReconnect;
    error.reason = reconnectReason();
    if (code == QLatin1String("invalid_client") || status == QLatin1String("BAD_CLIENT_ID") ||
        status == QLatin1String("BAD_CLIENT_SECRET"))
        error.reason = Tr::tr("HubSpot refused Bookflow's app credentials. Check the HubSpot app "
                              "settings, then reconnect HubSpot in Connections.");
    return error;
}

} // namespace bookflow
