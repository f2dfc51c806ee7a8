#include "core/store/connection.h"

#include "core/util/tr.h"

#include <initializer_list>

namespace bookflow {

namespace {

// Every enum here has a handful of values, so one loop over them finds a key.
template <typename Enum>
std::optional<Enum> fromKey(const QString &key, std::initializer_list<Enum> values,
                            QString (*keyOf)(Enum))
{
    for (const Enum value : values) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString providerKey(Provider provider)
{
    switch (provider) {
    case Provider::HubSpot:
        return QStringLiteral("hubspot");
    case Provider::QuickBooks:
        break;
    }
    return QStringLiteral("quickbooks");
}

std::optional<Provider> providerFromKey(const QString &key)
{
    return fromKey(key, {Provider::HubSpot, Provider::QuickBooks}, providerKey);
}

QString environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Production:
        break;
    }
    return QStringLiteral("production");
}

std::optional<Environment> environmentFromKey(const QString &key)
{
    return fromKey(key, {Environment::Sandbox, Environment::Production}, environmentKey);
}

QString integrationModeKey(IntegrationMode mode)
{
    switch (mode) {
    case IntegrationMode::DataSync:
        return QStringLiteral("dataSync");
    case IntegrationMode::Legacy:
        break;
    }
    return QStringLiteral("legacy");
}

std::optional<IntegrationMode> integrationModeFromKey(const QString &key)
{
    return fromKey(key, {IntegrationMode::Legacy, IntegrationMode::DataSync}, integrationModeKey);
}

QString authKindKey(AuthKind kind)
{
    switch (kind) {
    case AuthKind::PrivateAppToken:
        return QStringLiteral("privateApp");
    case AuthKind::OAuth:
        break;
    }
    return QStringLiteral("oauth");
}

std::optional<AuthKind> authKindFromKey(const QString &key)
{
    return fromKey(key, {AuthKind::OAuth, AuthKind::PrivateAppToken}, authKindKey);
}

QString connectionStateKey(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NeedsReconnect:
        return QStringLiteral("needsReconnect");
    case ConnectionState::Connected:
        break;
    }
    return QStringLiteral("connected");
}

std::optional<ConnectionState> connectionStateFromKey(const QString &key)
{
    return fromKey(key, {ConnectionState::Connected, ConnectionState::NeedsReconnect},
                   connectionStateKey);
}

QString providerLabel(Provider provider)
{
    // Brand names: the same in every language.
    return provider == Provider::HubSpot ? QStringLiteral("HubSpot") : QStringLiteral("QuickBooks");
}

QString environmentLabel(Environment environment)
{
    return environment == Environment::Sandbox ? Tr::tr("Sandbox") : Tr::tr("Production");
}

QString integrationModeLabel(IntegrationMode mode)
{
    return mode == IntegrationMode::DataSync ? Tr::tr("Data sync") : Tr::tr("Legacy");
}

QString connectionStateLabel(ConnectionState state)
{
    return state == ConnectionState::NeedsReconnect ? Tr::tr("Needs reconnecting")
                                                    : Tr::tr("Connected");
}

bool Connection::isUnitedStates() const
{
    // QBO CompanyInfo.Country: companies created in the US carry "US"; older ones "USA".
    const QString c = country.trimmed();
    return c.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0 ||
           c.compare(QLatin1String("USA"), Qt::CaseInsensitive) == 0;
}

QString Connection::displayName() const
{
    const QString provider = providerLabel(this->provider);
    QString title = name.trimmed();
    if (title.isEmpty()) {
        // The provider follows in any case: "Account 24681357 — HubSpot".
        title = this->provider == Provider::HubSpot ? Tr::tr("Account %1").arg(accountId)
                                                    : Tr::tr("Company %1").arg(accountId);
    }
    return environment == Environment::Sandbox ? Tr::tr("%1 — %2 sandbox").arg(title, provider)
                                               : Tr::tr("%1 — %2").arg(title, provider);
}

bool Connection::operator==(const Connection &o) const
{
    return id == o.id && provider == o.provider && name == o.name && accountId == o.accountId &&
           environment == o.environment && apiBaseUrl == o.apiBaseUrl && authKind == o.authKind &&
           scopes == o.scopes && state == o.state && stateReason == o.stateReason &&
           stateChangedAt == o.stateChangedAt && connectedAt == o.connectedAt &&
           updatedAt == o.updatedAt && country == o.country &&
           integrationMode == o.integrationMode && dataSyncFilters == o.dataSyncFilters &&
           productSync == o.productSync && productMapping == o.productMapping &&
           incomeAccount == o.incomeAccount && defaultAccounts == o.defaultAccounts;
}

QStringList Connection::dataSyncProperties() const
{
    QStringList properties;
    for (const FilterGroup &group : dataSyncFilters) {
        for (const Filter &filter : group.filters) {
            if (!properties.contains(filter.property))
                properties.append(filter.property);
        }
    }
    return properties;
}

bool AppCredentials::operator==(const AppCredentials &o) const
{
    return provider == o.provider && environment == o.environment && clientId == o.clientId &&
           redirectUri == o.redirectUri && authorizeUrl == o.authorizeUrl &&
           tokenUrl == o.tokenUrl && revokeUrl == o.revokeUrl && apiBaseUrl == o.apiBaseUrl &&
           updatedAt == o.updatedAt;
}

} // namespace bookflow
