#include "core/auth/oauthtokens.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bookflow {

namespace {

QString isoText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

QDateTime OAuthTokens::refreshDueAt() const
{
    if (!accessExpiresAt.isValid())
        return {};
    qint64 margin = RefreshMarginSeconds;
    if (issuedAt.isValid())
        margin = qMin(margin, issuedAt.secsTo(accessExpiresAt) / 2);
    return accessExpiresAt.addSecs(-qMax<qint64>(margin, 0));
}

bool OAuthTokens::refreshDue(const QDateTime &now) const
{
    const QDateTime due = refreshDueAt();
    return due.isValid() && now >= due;
}

QJsonObject OAuthTokens::toJson() const
{
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("bookflow-tokens")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("accessToken"), accessToken},
                     {QStringLiteral("refreshToken"), refreshToken},
                     {QStringLiteral("issuedAt"), isoText(issuedAt)},
                     {QStringLiteral("accessExpiresAt"), isoText(accessExpiresAt)},
                     {QStringLiteral("refreshExpiresAt"), isoText(refreshExpiresAt)},
                     {QStringLiteral("account"), account},
                     {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    return json;
}

std::optional<OAuthTokens> OAuthTokens::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("bookflow-tokens") ||
        json.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = json.value(QStringLiteral("accessToken")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    tokens.issuedAt = fromIso(json.value(QStringLiteral("issuedAt")));
    tokens.accessExpiresAt = fromIso(json.value(QStringLiteral("accessExpiresAt")));
    tokens.refreshExpiresAt = fromIso(json.value(QStringLiteral("refreshExpiresAt")));
    tokens.account = json.value(QStringLiteral("account")).toString();
    for (const QJsonValue &scope : json.value(QStringLiteral("scopes")).toArray())
        tokens.scopes.append(scope.toString());
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}

std::optional<OAuthTokens> OAuthTokens::fromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

QString OAuthTokens::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace bookflow
