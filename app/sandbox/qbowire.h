#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bookflow::sandbox::qbowire {

// The answers QuickBooks Online's edge gives before a request reaches the accounting service —
// authentication, throttling, outages — in the shapes clients actually meet. The accounting
// answers themselves are QboService's.

// "2017-07-30T22:45:22.933-07:00": QuickBooks writes its times in Pacific time with the offset
// (qbo-api.md §2, "The API returns date in PST"). US rules since 2007, no tz database needed.
QString pacificTimestamp(const QDateTime &when);

// A fresh value for the intuit_tid header every QuickBooks response carries (§1, §2).
QByteArray newIntuitTid();

// 401 with the lower-case envelope and WWW-Authenticate: Bearer realm="Intuit",
// error="invalid_token" (qbo-api.md §1 "API 401 when the access token is expired/invalid").
SandboxReply authenticationFault(const QString &detail, const QDateTime &now);

// 403 "ApplicationAuthorizationFailed; errorCode=003100": a valid token used on a company it was
// not issued for (or a realm the sandbox does not have). Lower-case envelope, type SERVICE, as in
// the captures quoted in public client code.
SandboxReply authorizationFault(const QDateTime &now);

enum class BodyFormat { Default, Json, Xml, Html };

// 429 ThrottleExceeded, code 3001 (qbo-verified.md §8): XML by default since that is what
// clients meet even when they asked for JSON; `legacy403` gives the 2016 HTTP 403 variant.
SandboxReply throttleFault(BodyFormat format, bool legacy403, const QDateTime &now);

// An injected failure with `status`. Default bodies follow captures: 503/502 an nginx HTML page
// (minimul/qbo_api#81, node-quickbooks#127), 504 XML code 6002 "Timeout occurred while proxying
// request" (quickbooks-ruby#175), 429 the throttle body, 401 the authentication envelope, 403
// ApplicationAuthorizationFailed, anything else a JSON SystemFault 10000 (qbo-api.md §7).
SandboxReply injectedFault(int status, BodyFormat format, BodyFormat throttleDefault,
                           const QDateTime &now);

// Parses "json", "xml", "html" (anything else: Default).
BodyFormat bodyFormatFromString(const QString &text);
QString bodyFormatName(BodyFormat format);

} // namespace bookflow::sandbox::qbowire
