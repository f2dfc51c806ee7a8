#pragma once

#include "core/net/tokensource.h"

#include <QString>

namespace bookflow {

// A HubSpot private app's access token (hubspot.md §2.8: private apps have their own limits).
// It never expires on its own and cannot be refreshed: when HubSpot refuses it (401) the client's
// one refresh fails with NeedsReconnect, and a person must paste a new token.
class HubSpotPrivateAppToken final : public TokenSource
{
public:
    explicit HubSpotPrivateAppToken(QString token);

    QString accessToken() override { return m_token; }
    ApiStatus refresh() override;

private:
    QString m_token;
};

} // namespace bookflow
