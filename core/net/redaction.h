#pragma once

#include "core/net/httptransport.h"

#include <QString>

namespace bookflow {

// Removes secrets from anything that may be logged or shown in a diagnostic: Authorization and
// cookie header values, bearer/basic credentials in free text, and OAuth tokens, codes and
// client secrets in JSON bodies, form bodies and query strings. Every log line about a request
// goes through here; the rule is "redact by name", so a token is hidden even where we did not
// expect one.
class Redaction
{
public:
    static constexpr const char *Mask = "[redacted]";

    static QString text(const QString &text);
    static QByteArray bytes(const QByteArray &bytes);
    static HttpHeaders headers(const HttpHeaders &headers);

    // One line each, for logs: method, URL, headers and (shortened) body, all redacted.
    static QString describe(const HttpRequest &request);
    static QString describe(const HttpResponse &response);
};

} // namespace bookflow
