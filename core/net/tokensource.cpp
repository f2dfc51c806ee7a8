#include "core/net/tokensource.h"

#include "core/net/redaction.h"

namespace bookflow {

TokenSource::~TokenSource() = default;

AuthorizedExchange sendAuthorized(Transport &transport, TokenSource &tokens,
                                  const std::function<HttpRequest(const QString &token)> &build,
                                  const std::function<bool(const HttpResponse &)> &tokenRefused,
                                  const QLoggingCategory &log)
{
    AuthorizedExchange exchange;
    HttpRequest request = build(tokens.accessToken());
    qCDebug(log).noquote() << Redaction::describe(request);
    exchange.response = transport.send(request);
    qCDebug(log).noquote() << Redaction::describe(exchange.response);
    if (!tokenRefused(exchange.response))
        return exchange;

    const ApiStatus refreshed = tokens.refresh();
    if (!refreshed) {
        ApiError error = refreshed.error();
        if (error.cls == ApiError::Class::Permanent)
            error.cls = ApiError::Class::NeedsReconnect;
        if (error.httpStatus == 0)
            error.httpStatus = exchange.response.status;
        exchange.refreshFailure = error;
        return exchange;
    }
    request = build(tokens.accessToken());
    exchange.response = transport.send(request);
    qCDebug(log).noquote() << "after token refresh:" << Redaction::describe(exchange.response);
    exchange.refusedAfterRefresh = tokenRefused(exchange.response);
    return exchange;
}

} // namespace bookflow
