#pragma once

#include "core/workflow/filter.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <optional>

namespace bookflow {

enum class Provider { HubSpot, QuickBooks };
// A provider's sandbox (developer) accounts or the real ones. QuickBooks keeps them on different
// API hosts with different OAuth apps, so the same realmId in both would be two companies.
enum class Environment { Sandbox, Production };
// How a QuickBooks connection finds customers (PRODUCT.md §1 "Customer matching"): legacy matches
// name and email, data sync only takes contacts that meet the connection's data-sync filters.
enum class IntegrationMode { Legacy, DataSync };
// A private-app access token exists for HubSpot only; QuickBooks is always OAuth.
enum class AuthKind { OAuth, PrivateAppToken };
// What the database keeps. "Refreshing" is a runtime state of the token source, never stored.
enum class ConnectionState { Connected, NeedsReconnect };

// Names kept in the database and shown by `bookflow-cli --json`; `fromKey` returns nothing for an
// unknown name.
QString providerKey(Provider provider); // "hubspot" / "quickbooks"
std::optional<Provider> providerFromKey(const QString &key);
QString environmentKey(Environment environment); // "sandbox" / "production"
std::optional<Environment> environmentFromKey(const QString &key);
QString integrationModeKey(IntegrationMode mode); // "legacy" / "dataSync"
std::optional<IntegrationMode> integrationModeFromKey(const QString &key);
QString authKindKey(AuthKind kind); // "oauth" / "privateApp"
std::optional<AuthKind> authKindFromKey(const QString &key);
QString connectionStateKey(ConnectionState state); // "connected" / "needsReconnect"
std::optional<ConnectionState> connectionStateFromKey(const QString &key);

// Labels a person reads. Provider names are brands and stay as they are; the others translate.
QString providerLabel(Provider provider);
QString environmentLabel(Environment environment);
QString integrationModeLabel(IntegrationMode mode);
QString connectionStateLabel(ConnectionState state);

// One connected HubSpot account or QuickBooks company. Nothing secret is in here: tokens live in
// the keychain under the store's installation id and this connection's id (PRODUCT.md §5).
struct Connection
{
    QString id; // a UUID without braces; the store assigns one when empty
    Provider provider = Provider::QuickBooks;
    QString name;      // HubSpot portal name / QuickBooks company name
    QString accountId; // HubSpot hub id / QuickBooks realmId
    Environment environment = Environment::Production;
    QUrl apiBaseUrl; // where the API is: the provider's hosts, or the local sandbox
    AuthKind authKind = AuthKind::OAuth;
    QStringList scopes;
    ConnectionState state = ConnectionState::Connected;
    QString stateReason;      // why it needs reconnecting, in plain words; empty when connected
    QDateTime stateChangedAt; // UTC; kept by the store
    QDateTime connectedAt;    // UTC; first connected (kept across reconnects)
    QDateTime updatedAt;      // UTC; last change of the row

    // QuickBooks companies only (PRODUCT.md §5).
    QString country; // CompanyInfo.Country as QuickBooks sent it ("US", "USA", "GB", …)
    IntegrationMode integrationMode = IntegrationMode::Legacy;
    QVector<FilterGroup> dataSyncFilters; // contacts eligible in data-sync mode
    bool productSync = false;
    QMap<QString, QString> productMapping; // HubSpot product id → QuickBooks Item id
    QString incomeAccount;                 // QuickBooks Account id for products Bookflow creates
    // Action field ("depositAccount", "paidFromAccount", "expenseAccount", "refundFromAccount")
    // → QuickBooks Account id, offered when an action of that kind is added.
    QMap<QString, QString> defaultAccounts;

    // QuickBooks actions work only with a US company (PRODUCT.md §1 "US only"): CompanyInfo's
    // country is "US" or "USA", whatever its case and surrounding spaces.
    bool isUnitedStates() const;
    // The contact properties the data-sync filters read (what loading a contact must include).
    QStringList dataSyncProperties() const;
    // How the connection is named in lists and messages, e.g. "Demo Co (US) — QuickBooks sandbox".
    QString displayName() const;

    bool operator==(const Connection &o) const;
    bool operator!=(const Connection &o) const { return !(*this == o); }
};

// The OAuth app a person registered with a provider, for one environment. The client secret is
// not here: it lives in the keychain like the tokens.
struct AppCredentials
{
    Provider provider = Provider::QuickBooks;
    Environment environment = Environment::Production;
    QString clientId;
    // Empty = the loopback listener's http://localhost:PORT/callback on a free port.
    QString redirectUri;
    // Empty = the provider's production endpoints; set for the local sandbox.
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QUrl apiBaseUrl;     // where the API answers (the sandbox's address; empty: the provider's own)
    QDateTime updatedAt; // UTC; kept by the store

    bool operator==(const AppCredentials &o) const;
    bool operator!=(const AppCredentials &o) const { return !(*this == o); }
};

} // namespace bookflow
