#include "core/quickbooks/qbooauth.h"

#include "core/net/formencoding.h"
#include "core/net/redaction.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace bookflow {

namespace {

Q_LOGGING_CATEGORY(lcQboOAuth, "bookflow.quickbooks.oauth", QtInfoMsg)

qint64 seconds(const QJsonValue &value)
{
    // Numbers in every sample; a string is tolerated.
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

} // namespace

QboOAuth::QboOAuth(Transport &transport, App app, const Clock &clock)
    : m_transport(transport), m_app(std::move(app)), m_clock(clock)
{
}

QByteArray QboOAuth::basicAuthorization() const
{
    // RFC 6749 §2.3.1: client id and secret form-encoded before the Basic encoding.
    const QByteArray pair =
        QUrl::toPercentEncoding(m_app.clientId) + ':' + QUrl::toPercentEncoding(m_app.clientSecret);
    return "Basic " + pair.toBase64();
}

ApiResult<OAuthTokens> QboOAuth::exchangeCode(const QString &code, const QString &redirectUri,
                                              const QString &realmId)
{
    if (code.isEmpty()) {
        ApiError error;
        error.reason = Tr::tr("QuickBooks sent no authorization code back; try connecting again.");
        return error;
    }
    ApiResult<OAuthTokens> tokens =
        grant({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), code},
               {QStringLiteral("redirect_uri"), redirectUri}});
    if (tokens)
        tokens.value().account = realmId;
    return tokens;
}

ApiResult<OAuthTokens> QboOAuth::refresh(const OAuthTokens &current)
{
    if (current.refreshToken.isEmpty()) {
        ApiError error;
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = Tr::tr("There is no saved QuickBooks sign-in to renew. Reconnect the "
                              "company in Connections.");
        return error;
    }
    ApiResult<OAuthTokens> tokens =
        grant({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), current.refreshToken}});
    if (tokens) {
        tokens.value().account = current.account;
        if (tokens->scopes.isEmpty())
            tokens.value().scopes = current.scopes;
    }
    return tokens;
}

ApiStatus QboOAuth::revoke(const QString &token)
{
    if (token.isEmpty())
        return ApiStatus::success();
    HttpRequest request;
    request.method = "POST";
    request.url = m_app.revokeUrl;
    request.setHeader("Authorization", basicAuthorization());
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact);
    request.timeoutMs = m_timeoutMs;
    qCDebug(lcQboOAuth).noquote() << Redaction::describe(request);
    const HttpResponse response = m_transport.send(request);
    qCDebug(lcQboOAuth).noquote() << Redaction::describe(response);
    if (response.isSuccess())
        return ApiStatus::success();
    return tokenError(response);
}

ApiResult<OAuthTokens> QboOAuth::grant(const QList<QPair<QString, QString>> &fields)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_app.tokenUrl;
    request.setHeader("Authorization", basicAuthorization());
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.body = formEncode(fields);
    request.timeoutMs = m_timeoutMs;
    qCDebug(lcQboOAuth).noquote() << Redaction::describe(request);
    const HttpResponse response = m_transport.send(request);
    qCDebug(lcQboOAuth).noquote() << Redaction::describe(response);
    if (!response.isSuccess())
        return tokenError(response);
    return parseTokenResponse(response.body, m_clock.now());
}

ApiResult<OAuthTokens> QboOAuth::parseTokenResponse(const QByteArray &body, const QDateTime &now)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject json = document.object();
    OAuthTokens tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    const qint64 expiresIn = seconds(json.value(QStringLiteral("expires_in")));
    const qint64 refreshExpiresIn =
        seconds(json.value(QStringLiteral("x_refresh_token_expires_in")));
    if (!document.isObject() || tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty() ||
        expiresIn <= 0) {
        ApiError error;
        error.httpStatus = 200;
        error.reason = Tr::tr("QuickBooks answered the sign-in with something Bookflow cannot "
                              "read; try connecting again.");
        error.detail = QStringLiteral("token answer without access_token, refresh_token or a "
                                      "positive expires_in");
        return error;
    }
    tokens.issuedAt = now.toUTC();
    tokens.accessExpiresAt = tokens.issuedAt.addSecs(expiresIn);
    if (refreshExpiresIn > 0)
        tokens.refreshExpiresAt = tokens.issuedAt.addSecs(refreshExpiresIn);
    return tokens;
}

ApiError QboOAuth::tokenError(const HttpResponse &response)
{
    if (response.status == 0)
        return ApiError::noAnswer(response, QStringLiteral("QuickBooks"));
    ApiError error;
    error.httpStatus = response.status;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString code = json.value(QStringLiteral("error")).toString();
    error.code = code;
    error.detail =
        code.isEmpty()
            ? response.unexpectedBodyDetail()
            : Redaction::text(QStringLiteral("HTTP %1 %2: %3 (intuit_tid %4)")
                                  .arg(response.status)
                                  .arg(code,
                                       json.value(QStringLiteral("error_description")).toString(),
                                       QString::fromLatin1(response.header("intuit_tid"))));
    if (response.status == 429) {
        error.cls = ApiError::Class::RateLimited;
        error.retryAfterSeconds = response.retryAfterSeconds();
        error.reason = Tr::tr("QuickBooks is busy and asked Bookflow to slow down; the sign-in "
                              "will be renewed shortly.");
        return error;
    }
    if (response.status >= 500 || (code.isEmpty() && response.looksLikeHtml())) {
        error.cls = ApiError::Class::Transient;
        error.reason = Tr::tr("QuickBooks' sign-in service did not answer properly (HTTP %1); "
                              "Bookflow will try again.")
                           .arg(response.status);
        return error;
    }
    if (code == QLatin1String("invalid_client") || response.status == 401) {
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = Tr::tr("QuickBooks refused Bookflow's app credentials (client id or "
                              "secret). Check them, then reconnect the company in Connections.");
        return error;
    }
    if (code == QLatin1String("invalid_grant")) {
        error.cls = ApiError::Class::NeedsReconnect;
        error.reason = Tr::tr("QuickBooks no longer accepts the saved sign-in (it was revoked, "
                              "expired or replaced). Reconnect the company in Connections.");
        return error;
    }
    error.cls = ApiError::Class::Permanent;
    error.reason = Tr::tr("QuickBooks refused the sign-in request (%1). Try connecting again.")
                       .arg(code.isEmpty() ? QStringLiteral("HTTP %1").arg(response.status) : code);
    return error;
}

} // namespace bookflow
