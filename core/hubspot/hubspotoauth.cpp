#include "core/hubspot/hubspotoauth.h"

#include "core/hubspot/hubspoterror.h"
#include "core/net/formencoding.h"
#include "core/net/redaction.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcHubSpotOAuth, "bookflow.hubspot.oauth", QtInfoMsg)

QString reconnectReason()
{
    return Tr::tr("HubSpot no longer accepts the saved sign-in. Reconnect HubSpot in "
                  "Connections.");
}

} // namespace

QDateTime HubSpotTokens::refreshDueAt() const
{
    // One rule for every provider's tokens: core/auth's.
    return toOAuthTokens().refreshDueAt();
}

OAuthTokens HubSpotTokens::toOAuthTokens() const
{
    OAuthTokens tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = refreshToken;
    tokens.accessExpiresAt = expiresAt;
    tokens.issuedAt = expiresAt.addSecs(-expiresIn);
    tokens.account = hubId > 0 ? QString::number(hubId) : QString();
    tokens.scopes = scopes;
    return tokens;
}

HubSpotOAuth::HubSpotOAuth(Transport &transport, QUrl apiBaseUrl, App app, const Clock &clock)
    : m_transport(transport), m_apiBaseUrl(std::move(apiBaseUrl)), m_app(std::move(app)),
      m_clock(clock)
{
}

QUrl HubSpotOAuth::authorizeUrl(const QStringList &scopes, const QString &state,
                                const QStringList &optionalScopes, const QUrl &authorizeUrl,
                                const QString &codeChallenge) const
{
    // HubSpot: scopes space-separated, URL-encoded as %20 (hubspot.md §2.1). Every value is
    // fully percent-encoded so a redirect URI with its own query survives.
    QList<QPair<QString, QString>> fields{{QStringLiteral("client_id"), m_app.clientId},
                                          {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                                          {QStringLiteral("redirect_uri"), m_app.redirectUri}};
    if (!optionalScopes.isEmpty())
        fields.append({QStringLiteral("optional_scope"), optionalScopes.join(QLatin1Char(' '))});
    if (!state.isEmpty())
        fields.append({QStringLiteral("state"), state});
    // PKCE (RFC 7636): the token endpoint takes code_verifier (auth-oauth-v1 spec).
    if (!codeChallenge.isEmpty()) {
        fields.append({QStringLiteral("code_challenge"), codeChallenge});
        fields.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    }
    return QUrl::fromEncoded(urlBase(authorizeUrl) + '?' + formEncode(fields), QUrl::StrictMode);
}

ApiResult<HubSpotTokens> HubSpotOAuth::exchangeCode(const QString &code,
                                                    const QString &codeVerifier)
{
    if (code.isEmpty())
        return HubSpotError::refusedBeforeSending(
            Tr::tr("HubSpot sent no authorization code back; try connecting again."));
    return grant({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("client_id"), m_app.clientId},
                  {QStringLiteral("client_secret"), m_app.clientSecret},
                  {QStringLiteral("redirect_uri"), m_app.redirectUri},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("code_verifier"), codeVerifier}},
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
    QList<QPair<QString, QString>> sent;
    for (const auto &field : fields) {
        // An empty redirect_uri (refresh) or code_verifier (no PKCE) is left out, not sent empty.
        if (field.second.isEmpty() && (field.first == QLatin1String("redirect_uri") ||
                                       field.first == QLatin1String("code_verifier")))
            continue;
        sent.append(field);
    }
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl::fromEncoded(urlBase(m_apiBaseUrl) + "/oauth/v1/token");
    request.setHeader("Content-Type", "application/x-www-form-urlencoded;charset=utf-8");
    request.setHeader("Accept", "application/json");
    request.body = formEncode(sent);
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

ApiStatus HubSpotOAuth::revokeRefreshToken(const QString &refreshToken)
{
    if (refreshToken.isEmpty())
        return ApiStatus::success();
    HttpRequest request;
    request.method = "DELETE";
    request.url = QUrl::fromEncoded(urlBase(m_apiBaseUrl) + "/oauth/v1/refresh-tokens/" +
                                    QUrl::toPercentEncoding(refreshToken));
    request.timeoutMs = m_timeoutMs;
    // The token is in the path, where redaction by name cannot see it: log without it.
    qCDebug(lcHubSpotOAuth) << "DELETE /oauth/v1/refresh-tokens/" << Redaction::Mask;
    const HttpResponse response = m_transport.send(request);
    qCDebug(lcHubSpotOAuth).noquote() << Redaction::describe(response);
    // 404: HubSpot no longer knows the token, which is what deleting it was for.
    if (response.isSuccess() || response.status == 404)
        return ApiStatus::success();
    return tokenError(response);
}

ApiResult<HubSpotTokenInfo> HubSpotOAuth::tokenInfo(const QString &accessToken)
{
    HttpRequest request;
    request.url = QUrl::fromEncoded(urlBase(m_apiBaseUrl) + "/oauth/v1/access-tokens/" +
                                    QUrl::toPercentEncoding(accessToken));
    request.setHeader("Accept", "application/json");
    request.timeoutMs = m_timeoutMs;
    qCDebug(lcHubSpotOAuth) << "GET /oauth/v1/access-tokens/" << Redaction::Mask;
    const HttpResponse response = m_transport.send(request);
    qCDebug(lcHubSpotOAuth).noquote() << Redaction::describe(response);
    if (!response.isSuccess())
        return tokenError(response);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    HubSpotTokenInfo info;
    const QJsonValue hubId = json.value(QStringLiteral("hub_id"));
    info.hubId = hubId.isString() ? hubId.toString().toLongLong() : hubId.toInteger();
    info.hubDomain = json.value(QStringLiteral("hub_domain")).toString();
    info.user = json.value(QStringLiteral("user")).toString();
    for (const QJsonValue &scope : json.value(QStringLiteral("scopes")).toArray())
        info.scopes.append(scope.toString());
    if (info.hubId <= 0)
        return HubSpotError::unreadable(response.status,
                                        QStringLiteral("token metadata without a hub_id"), true);
    return info;
}

ApiResult<HubSpotTokenInfo> HubSpotOAuth::privateAppTokenInfo(const QString &token)
{
    HttpRequest request;
    request.method = "POST";
    request.url =
        QUrl::fromEncoded(urlBase(m_apiBaseUrl) + "/oauth/v2/private-apps/get/access-token-info");
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("tokenKey"), token}})
                       .toJson(QJsonDocument::Compact);
    request.timeoutMs = m_timeoutMs;
    qCDebug(lcHubSpotOAuth).noquote() << Redaction::describe(request);
    const HttpResponse response = m_transport.send(request);
    qCDebug(lcHubSpotOAuth).noquote() << Redaction::describe(response);
    if (!response.isSuccess()) {
        ApiError error = HubSpotError::fromResponse(response);
        if (response.status >= 400 && response.status < 500 && response.status != 429) {
            error.cls = ApiError::Class::NeedsReconnect;
            error.reason = Tr::tr("HubSpot does not accept this private-app access token. Copy "
                                  "it again from the private app's Auth tab in HubSpot.");
        }
        return error;
    }
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    HubSpotTokenInfo info;
    const QJsonValue hubId = json.value(QStringLiteral("hubId"));
    info.hubId = hubId.isString() ? hubId.toString().toLongLong() : hubId.toInteger();
    for (const QJsonValue &scope : json.value(QStringLiteral("scopes")).toArray())
        info.scopes.append(scope.toString());
    if (info.hubId <= 0)
        return HubSpotError::unreadable(
            response.status, QStringLiteral("private-app token info without a hubId"), true);
    return info;
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
