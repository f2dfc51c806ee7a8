#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bookflow {

// What a connection's sign-in consists of: the tokens a provider's token endpoint handed out, or
// a HubSpot private-app token (an access token that never expires and has no refresh token).
// Only ever kept in the SecretStore, as one JSON value per connection, so the access token, the
// rotated refresh token and their expiry change together in one write.
struct OAuthTokens
{
    // Refresh this long before the access token expires (or at half its life when that is
    // shorter). HubSpot: "401 is not a valid indicator that a new access token must be
    // retrieved" (hubspot.md §2.1), so the lifetime is tracked, not discovered.
    static constexpr qint64 RefreshMarginSeconds = 300;

    QString accessToken;
    QString refreshToken;       // empty for a private-app token
    QDateTime issuedAt;         // UTC, when the answer arrived
    QDateTime accessExpiresAt;  // UTC; null: does not expire (private-app token)
    QDateTime refreshExpiresAt; // UTC; null: not told (HubSpot's last until uninstall)
    QString account;            // the realmId or hub id the provider bound the grant to
    QStringList scopes;

    bool canRefresh() const { return !refreshToken.isEmpty(); }
    // When the access token should be replaced; null when it never expires.
    QDateTime refreshDueAt() const;
    bool refreshDue(const QDateTime &now) const;

    QJsonObject toJson() const;
    // Nothing when the value is not a token set Bookflow wrote.
    static std::optional<OAuthTokens> fromJson(const QJsonObject &json);
    static std::optional<OAuthTokens> fromText(const QString &text);
    QString toText() const;
};

} // namespace bookflow
