#include "core/hubspot/hubspotprivateapptoken.h"

#include "core/util/tr.h"

namespace bookflow {

HubSpotPrivateAppToken::HubSpotPrivateAppToken(QString token) : m_token(std::move(token))
{
}

ApiStatus HubSpotPrivateAppToken::refresh()
{
    ApiError error;
    error.cls = ApiError::Class::NeedsReconnect;
    error.code = QStringLiteral("PRIVATE_APP_TOKEN_REJECTED");
    error.reason = Tr::tr("HubSpot rejected the private app token. Create a new token for the "
                          "private app in HubSpot and enter it in Connections.");
    error.detail = QStringLiteral("the private app token was rejected; it cannot be refreshed");
    return error;
}

} // namespace bookflow
