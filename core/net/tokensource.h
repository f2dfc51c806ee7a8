#pragma once

#include "core/net/apierror.h"
#include "core/net/httptransport.h"

#include <QLoggingCategory>

#include <functional>
#include <optional>

#include <QString>

namespace bookflow {

// Where a provider client gets its OAuth 2.0 access token. The real implementation (stored
// refresh token, token endpoint, SecretStore) lives in core/auth; tests use a fixed token or a
// refresh-token grant against the sandbox.
//
// refresh() reports its failure with a class rather than a plain Status, because the two ways it
// fails need different handling: the provider refusing the refresh token ({"error":
// "invalid_grant"}, qbo-api.md §1) is NeedsReconnect, while an unreachable token endpoint is
// Transient and must not make a person reconnect.
class TokenSource
{
public:
    virtual ~TokenSource();
    // The current access token (may be stale; the client calls refresh() after a 401).
    virtual QString accessToken() = 0;
    // Gets a new access token. Implementations serialize refreshes per connection and persist a
    // rotated refresh token before returning (qbo-api.md §10 pitfall 1).
    virtual ApiStatus refresh() = 0;
};

// One authorized exchange as both providers want it: send with the current access token; when the
// answer says the token was refused, refresh once and send the same request (same requestid)
// once more. A refused refresh (invalid_grant and the like) becomes NeedsReconnect, while an
// unreachable or throttled token endpoint keeps its class, so nobody is asked to reconnect for a
// network blip. A second refusal after a successful refresh also needs a person to reconnect.
struct AuthorizedExchange
{
    HttpResponse response;
    std::optional<ApiError> refreshFailure; // set when the refresh itself failed
    bool refusedAfterRefresh = false;       // the fresh token was refused too
};
AuthorizedExchange sendAuthorized(Transport &transport, TokenSource &tokens,
                                  const std::function<HttpRequest(const QString &token)> &build,
                                  const std::function<bool(const HttpResponse &)> &tokenRefused,
                                  const QLoggingCategory &log);

} // namespace bookflow
