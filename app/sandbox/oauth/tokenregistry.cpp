#include "app/sandbox/oauth/tokenregistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace bookflow::sandbox {

namespace {

const QString InvalidRefreshToken = QStringLiteral("Incorrect or invalid refresh token");
const QString InvalidCode = QStringLiteral("Token invalid");

TokenGrantResult failure(TokenGrantResult::Failure cause, const QString &error,
                         const QString &description)
{
    TokenGrantResult result;
    result.failure = cause;
    result.error = error;
    result.errorDescription = description;
    return result;
}

// A refused PKCE check: invalid_grant (RFC 7636 §4.6) for a code the client does hold.
TokenGrantResult verifierRefused(const QString &description)
{
    TokenGrantResult result =
        failure(TokenGrantResult::Failure::BadCode, QStringLiteral("invalid_grant"), description);
    result.codeVerifierRefused = true;
    return result;
}

// The unreserved characters of RFC 3986 §2.3, the alphabet of a code_verifier.
bool isUnreserved(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('~');
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Reads an ISO time written by isoTime(); an empty string is a null time, anything else that
// does not parse is an error.
bool readTime(const QJsonObject &object, const QString &key, QDateTime *time, QString *error)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty()) {
        *time = QDateTime();
        return true;
    }
    *time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time->isValid()) {
        *error = QStringLiteral("\"%1\" is not an ISO date-time: \"%2\"").arg(key, text);
        return false;
    }
    return true;
}

} // namespace

TokenRegistry::TokenRegistry(OAuthPolicy policy, Clock clock)
    : m_policy(std::move(policy)), m_clock(std::move(clock))
{
}

void TokenRegistry::reset()
{
    m_clients.clear();
    for (const OAuthClient &client : std::as_const(m_defaultClients))
        m_clients.insert(client.id, client);
    m_codes.clear();
    m_grants.clear();
    m_refreshTokens.clear();
    m_accessTokens.clear();
    m_nextGrant = 1;
}

void TokenRegistry::setDefaultClients(const QList<OAuthClient> &clients)
{
    m_defaultClients = clients;
    for (const OAuthClient &client : clients)
        m_clients.insert(client.id, client);
}

void TokenRegistry::registerClient(const OAuthClient &client)
{
    m_clients.insert(client.id, client);
}

const OAuthClient *TokenRegistry::client(const QString &clientId) const
{
    const auto it = m_clients.constFind(clientId);
    return it == m_clients.constEnd() ? nullptr : &it.value();
}

QList<OAuthClient> TokenRegistry::clients() const
{
    QList<OAuthClient> list = m_clients.values();
    std::sort(list.begin(), list.end(),
              [](const OAuthClient &a, const OAuthClient &b) { return a.id < b.id; });
    return list;
}

bool TokenRegistry::authenticateClient(const QString &clientId, const QString &secret) const
{
    const OAuthClient *known = client(clientId);
    return known && !clientId.isEmpty() && known->secret == secret;
}

bool TokenRegistry::isValidCodeVerifier(const QString &verifier)
{
    return verifier.size() >= 43 && verifier.size() <= 128 &&
           std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}

bool TokenRegistry::isValidS256Challenge(const QString &challenge)
{
    return challenge.size() == 43 && std::all_of(challenge.cbegin(), challenge.cend(), [](QChar c) {
               return isUnreserved(c) && c != QLatin1Char('.') && c != QLatin1Char('~');
           });
}

QString TokenRegistry::s256Challenge(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenRegistry::issueCode(const QString &clientId, const QString &redirectUri,
                                 const QString &account, const QString &scope,
                                 const QString &codeChallenge, const QString &codeChallengeMethod)
{
    const QDateTime now = m_clock();
    // "AB11" + epoch seconds + random, the shape of QuickBooks' codes (max 512 chars, §1).
    const QString code =
        m_policy.codePrefix + QString::number(now.toSecsSinceEpoch()) + randomToken(34);
    Code entry;
    entry.clientId = clientId;
    entry.redirectUri = redirectUri;
    entry.account = account;
    entry.scope = scope;
    entry.expires = now.addSecs(m_policy.codeLifetime);
    entry.codeChallenge = codeChallenge;
    if (!codeChallenge.isEmpty())
        entry.codeChallengeMethod =
            codeChallengeMethod.isEmpty() ? QStringLiteral("plain") : codeChallengeMethod;
    m_codes.insert(code, entry);
    return code;
}

TokenGrantResult TokenRegistry::exchangeCode(const QString &clientId, const QString &code,
                                             const QString &redirectUri,
                                             const QString &codeVerifier)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end() || it->used || it->clientId != clientId)
        return failure(TokenGrantResult::Failure::BadCode, QStringLiteral("invalid_grant"),
                       InvalidCode);
    if (m_clock() >= it->expires)
        return failure(TokenGrantResult::Failure::BadCode, QStringLiteral("invalid_grant"),
                       InvalidCode);
    // RFC 6749 §4.1.3: the redirect_uri must be identical to the authorization request's. A
    // mismatch does not use the code up, so a corrected retry still works.
    if (it->redirectUri != redirectUri)
        return failure(TokenGrantResult::Failure::BadRedirectUri, QStringLiteral("invalid_grant"),
                       QStringLiteral("redirect_uri does not match the authorization request"));
    // RFC 7636 §4.6. A failed check leaves the code usable, as a wrong redirect_uri does: the
    // code is worthless without the right verifier anyway, and burning it would let whoever
    // intercepted it spoil the real client's exchange.
    if (!it->codeChallenge.isEmpty()) {
        if (codeVerifier.isEmpty())
            return verifierRefused(QStringLiteral("code_verifier is missing"));
        if (!isValidCodeVerifier(codeVerifier))
            return verifierRefused(
                QStringLiteral("code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, "
                               "\"-\", \".\", \"_\" and \"~\" (RFC 7636 §4.1)"));
        // Any other method (the caller's business to refuse at authorization) never matches.
        QString transformed;
        if (it->codeChallengeMethod == QLatin1String("S256"))
            transformed = s256Challenge(codeVerifier);
        else if (it->codeChallengeMethod == QLatin1String("plain"))
            transformed = codeVerifier;
        if (transformed.isEmpty() || transformed != it->codeChallenge)
            return verifierRefused(
                QStringLiteral("code_verifier does not match the code_challenge"));
    }
    it->used = true;

    Grant grant;
    grant.clientId = it->clientId;
    grant.account = it->account;
    grant.scope = it->scope;
    grant.created = m_clock();
    const QString grantId = QString::number(m_nextGrant++);
    m_grants.insert(grantId, grant);
    return issueTokens(grantId);
}

TokenGrantResult TokenRegistry::refresh(const QString &clientId, const QString &refreshToken)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return failure(TokenGrantResult::Failure::BadRefreshToken, QStringLiteral("invalid_grant"),
                       InvalidRefreshToken);
    const auto grant = m_grants.constFind(it->grantId);
    if (grant == m_grants.constEnd() || grant->revoked || grant->clientId != clientId)
        return failure(TokenGrantResult::Failure::BadRefreshToken, QStringLiteral("invalid_grant"),
                       InvalidRefreshToken);
    const QDateTime now = m_clock();
    if (it->expires.isValid() && now >= it->expires)
        return failure(TokenGrantResult::Failure::BadRefreshToken, QStringLiteral("invalid_grant"),
                       InvalidRefreshToken);
    if (it->supersededAt.isValid() &&
        now >= it->supersededAt.addSecs(m_policy.previousRefreshTokenGrace))
        return failure(TokenGrantResult::Failure::BadRefreshToken, QStringLiteral("invalid_grant"),
                       InvalidRefreshToken);
    if (!m_policy.rotateRefreshTokens) {
        TokenGrantResult result = issueTokens(it->grantId);
        return result;
    }
    // The grant's newest refresh token (whichever was presented) now becomes a previous one.
    const QString grantId = it->grantId;
    for (auto token = m_refreshTokens.begin(); token != m_refreshTokens.end(); ++token) {
        if (token->grantId == grantId && !token->supersededAt.isValid())
            token->supersededAt = now;
    }
    return issueTokens(grantId);
}

TokenRegistry::RevokeResult TokenRegistry::revoke(const QString &clientId, const QString &token)
{
    QString grantId;
    if (const auto refresh = m_refreshTokens.constFind(token);
        refresh != m_refreshTokens.constEnd())
        grantId = refresh->grantId;
    else if (const auto access = m_accessTokens.constFind(token);
             access != m_accessTokens.constEnd())
        grantId = access->grantId;
    const auto grant = m_grants.find(grantId);
    if (grantId.isEmpty() || grant == m_grants.end())
        return RevokeResult::UnknownToken;
    if (grant->clientId != clientId)
        return RevokeResult::OtherClient;
    grant->revoked = true;
    return RevokeResult::Revoked;
}

bool TokenRegistry::deleteRefreshToken(const QString &token)
{
    return !token.isEmpty() && m_refreshTokens.remove(token) > 0;
}

RefreshTokenInfo TokenRegistry::refreshTokenInfo(const QString &token) const
{
    RefreshTokenInfo info;
    const auto it = m_refreshTokens.constFind(token);
    if (token.isEmpty() || it == m_refreshTokens.constEnd())
        return info;
    const auto grant = m_grants.constFind(it->grantId);
    if (grant == m_grants.constEnd())
        return info;
    info.clientId = grant->clientId;
    info.account = grant->account;
    info.scope = grant->scope;
    const QDateTime now = m_clock();
    info.valid = !grant->revoked && (!it->expires.isValid() || now < it->expires) &&
                 (!it->supersededAt.isValid() ||
                  now < it->supersededAt.addSecs(m_policy.previousRefreshTokenGrace));
    return info;
}

AccessTokenCheck TokenRegistry::checkAccessToken(const QString &token) const
{
    AccessTokenCheck check;
    const auto it = m_accessTokens.constFind(token);
    if (token.isEmpty() || it == m_accessTokens.constEnd())
        return check;
    const auto grant = m_grants.constFind(it->grantId);
    if (grant == m_grants.constEnd())
        return check;
    check.clientId = grant->clientId;
    check.account = grant->account;
    check.scope = grant->scope;
    check.authTime = grant->created;
    check.expires = it->expires;
    if (grant->revoked)
        check.state = AccessTokenCheck::State::Revoked;
    else if (m_clock() >= it->expires)
        check.state = AccessTokenCheck::State::Expired;
    else
        check.state = AccessTokenCheck::State::Valid;
    return check;
}

int TokenRegistry::expireAccessTokens()
{
    const QDateTime now = m_clock();
    int count = 0;
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it) {
        if (it->expires > now) {
            it->expires = now;
            ++count;
        }
    }
    return count;
}

bool TokenRegistry::expireAccessToken(const QString &token)
{
    const auto it = m_accessTokens.find(token);
    const QDateTime now = m_clock();
    if (it == m_accessTokens.end() || it->expires <= now)
        return false;
    it->expires = now;
    return true;
}

TokenGrantResult TokenRegistry::issueTokens(const QString &grantId)
{
    const Grant &grant = m_grants[grantId];
    const QDateTime now = m_clock();

    TokenGrantResult result;
    result.clientId = grant.clientId;
    result.account = grant.account;
    result.scope = grant.scope;
    result.authTime = grant.created;

    result.accessToken = m_policy.accessTokenPrefix + randomToken(160);
    result.expiresIn = m_policy.accessTokenLifetime;
    m_accessTokens.insert(result.accessToken,
                          AccessToken{grantId, now.addSecs(m_policy.accessTokenLifetime)});

    const QDateTime hard = hardExpiry(grant);
    QDateTime refreshExpires;
    if (m_policy.refreshTokenLifetime > 0)
        refreshExpires = now.addSecs(m_policy.refreshTokenLifetime);
    if (hard.isValid() && (!refreshExpires.isValid() || hard < refreshExpires))
        refreshExpires = hard;

    if (!m_policy.rotateRefreshTokens) {
        // One refresh token for the grant's life (HubSpot's rule); reuse it once issued.
        for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end(); ++it) {
            if (it->grantId == grantId) {
                result.refreshToken = it.key();
                it->expires = refreshExpires;
                break;
            }
        }
    }
    if (result.refreshToken.isEmpty()) {
        result.refreshToken =
            m_policy.refreshTokenPrefix + QString::number(now.toSecsSinceEpoch()) + randomToken(36);
        m_refreshTokens.insert(result.refreshToken, RefreshToken{grantId, refreshExpires, {}});
    }
    result.refreshTokenExpiresIn = refreshExpires.isValid() ? now.secsTo(refreshExpires) : 0;
    result.refreshTokenHardExpiresIn = hard.isValid() ? now.secsTo(hard) : 0;
    return result;
}

QDateTime TokenRegistry::hardExpiry(const Grant &grant) const
{
    if (m_policy.refreshTokenHardLifetime <= 0)
        return {};
    return grant.created.addSecs(m_policy.refreshTokenHardLifetime);
}

QString TokenRegistry::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]));
    return token;
}

QJsonObject TokenRegistry::save() const
{
    QJsonArray clients;
    for (const OAuthClient &client : this->clients()) {
        QJsonObject object;
        object.insert(QStringLiteral("client_id"), client.id);
        object.insert(QStringLiteral("client_secret"), client.secret);
        object.insert(QStringLiteral("redirect_uris"),
                      QJsonArray::fromStringList(client.redirectUris));
        clients.append(object);
    }
    QJsonObject grants;
    for (auto it = m_grants.constBegin(); it != m_grants.constEnd(); ++it) {
        QJsonObject object;
        object.insert(QStringLiteral("clientId"), it->clientId);
        object.insert(QStringLiteral("account"), it->account);
        object.insert(QStringLiteral("scope"), it->scope);
        object.insert(QStringLiteral("created"), isoTime(it->created));
        object.insert(QStringLiteral("revoked"), it->revoked);
        grants.insert(it.key(), object);
    }
    QJsonObject codes;
    for (auto it = m_codes.constBegin(); it != m_codes.constEnd(); ++it) {
        QJsonObject object;
        object.insert(QStringLiteral("clientId"), it->clientId);
        object.insert(QStringLiteral("redirectUri"), it->redirectUri);
        object.insert(QStringLiteral("account"), it->account);
        object.insert(QStringLiteral("scope"), it->scope);
        object.insert(QStringLiteral("expires"), isoTime(it->expires));
        object.insert(QStringLiteral("used"), it->used);
        // Only for PKCE codes, so files of codes without it read as before.
        if (!it->codeChallenge.isEmpty()) {
            object.insert(QStringLiteral("codeChallenge"), it->codeChallenge);
            object.insert(QStringLiteral("codeChallengeMethod"), it->codeChallengeMethod);
        }
        codes.insert(it.key(), object);
    }
    QJsonObject refreshTokens;
    for (auto it = m_refreshTokens.constBegin(); it != m_refreshTokens.constEnd(); ++it) {
        QJsonObject object;
        object.insert(QStringLiteral("grant"), it->grantId);
        object.insert(QStringLiteral("expires"), isoTime(it->expires));
        object.insert(QStringLiteral("supersededAt"), isoTime(it->supersededAt));
        refreshTokens.insert(it.key(), object);
    }
    QJsonObject accessTokens;
    for (auto it = m_accessTokens.constBegin(); it != m_accessTokens.constEnd(); ++it) {
        QJsonObject object;
        object.insert(QStringLiteral("grant"), it->grantId);
        object.insert(QStringLiteral("expires"), isoTime(it->expires));
        accessTokens.insert(it.key(), object);
    }
    QJsonObject state;
    state.insert(QStringLiteral("clients"), clients);
    state.insert(QStringLiteral("grants"), grants);
    state.insert(QStringLiteral("codes"), codes);
    state.insert(QStringLiteral("refreshTokens"), refreshTokens);
    state.insert(QStringLiteral("accessTokens"), accessTokens);
    state.insert(QStringLiteral("nextGrant"), QString::number(m_nextGrant));
    return state;
}

bool TokenRegistry::load(const QJsonObject &state, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    QHash<QString, OAuthClient> clients;
    QHash<QString, Code> codes;
    QHash<QString, Grant> grants;
    QHash<QString, RefreshToken> refreshTokens;
    QHash<QString, AccessToken> accessTokens;

    for (const QJsonValue &value : state.value(QStringLiteral("clients")).toArray()) {
        const QJsonObject object = value.toObject();
        OAuthClient client;
        client.id = object.value(QStringLiteral("client_id")).toString();
        client.secret = object.value(QStringLiteral("client_secret")).toString();
        for (const QJsonValue &uri : object.value(QStringLiteral("redirect_uris")).toArray())
            client.redirectUris.append(uri.toString());
        if (client.id.isEmpty()) {
            why = QStringLiteral("a client has no client_id");
            return false;
        }
        clients.insert(client.id, client);
    }
    const QJsonObject grantObjects = state.value(QStringLiteral("grants")).toObject();
    for (auto it = grantObjects.constBegin(); it != grantObjects.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        Grant grant;
        grant.clientId = object.value(QStringLiteral("clientId")).toString();
        grant.account = object.value(QStringLiteral("account")).toString();
        grant.scope = object.value(QStringLiteral("scope")).toString();
        grant.revoked = object.value(QStringLiteral("revoked")).toBool();
        if (!readTime(object, QStringLiteral("created"), &grant.created, &why))
            return false;
        grants.insert(it.key(), grant);
    }
    const QJsonObject codeObjects = state.value(QStringLiteral("codes")).toObject();
    for (auto it = codeObjects.constBegin(); it != codeObjects.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        Code code;
        code.clientId = object.value(QStringLiteral("clientId")).toString();
        code.redirectUri = object.value(QStringLiteral("redirectUri")).toString();
        code.account = object.value(QStringLiteral("account")).toString();
        code.scope = object.value(QStringLiteral("scope")).toString();
        code.used = object.value(QStringLiteral("used")).toBool();
        code.codeChallenge = object.value(QStringLiteral("codeChallenge")).toString();
        code.codeChallengeMethod = object.value(QStringLiteral("codeChallengeMethod")).toString();
        if (!readTime(object, QStringLiteral("expires"), &code.expires, &why))
            return false;
        codes.insert(it.key(), code);
    }
    const QJsonObject refreshObjects = state.value(QStringLiteral("refreshTokens")).toObject();
    for (auto it = refreshObjects.constBegin(); it != refreshObjects.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        RefreshToken token;
        token.grantId = object.value(QStringLiteral("grant")).toString();
        if (!grants.contains(token.grantId)) {
            why =
                QStringLiteral("a refresh token names an unknown grant \"%1\"").arg(token.grantId);
            return false;
        }
        if (!readTime(object, QStringLiteral("expires"), &token.expires, &why) ||
            !readTime(object, QStringLiteral("supersededAt"), &token.supersededAt, &why))
            return false;
        refreshTokens.insert(it.key(), token);
    }
    const QJsonObject accessObjects = state.value(QStringLiteral("accessTokens")).toObject();
    for (auto it = accessObjects.constBegin(); it != accessObjects.constEnd(); ++it) {
        const QJsonObject object = it.value().toObject();
        AccessToken token;
        token.grantId = object.value(QStringLiteral("grant")).toString();
        if (!grants.contains(token.grantId)) {
            why =
                QStringLiteral("an access token names an unknown grant \"%1\"").arg(token.grantId);
            return false;
        }
        if (!readTime(object, QStringLiteral("expires"), &token.expires, &why))
            return false;
        accessTokens.insert(it.key(), token);
    }
    bool ok = true;
    const quint64 nextGrant =
        state.value(QStringLiteral("nextGrant")).toString(QStringLiteral("1")).toULongLong(&ok);
    if (!ok || nextGrant == 0) {
        why = QStringLiteral("\"nextGrant\" is not a positive number");
        return false;
    }

    m_clients = clients;
    m_codes = codes;
    m_grants = grants;
    m_refreshTokens = refreshTokens;
    m_accessTokens = accessTokens;
    m_nextGrant = nextGrant;
    return true;
}

} // namespace bookflow::sandbox
