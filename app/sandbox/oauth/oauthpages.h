#pragma once

#include "app/sandbox/oauth/tokenregistry.h"
#include "app/sandbox/sandboxreply.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace bookflow::sandbox::oauthpages {

// The HTML and redirect answers both authorization endpoints (QuickBooks' /connect/oauth2 and
// HubSpot's /oauth/authorize) give: the same small page style, the same RFC 6749 rules.

extern const QByteArray HtmlType; // "text/html;charset=UTF-8"

// A complete page with the sandbox's style around `content` (already HTML).
QString htmlDocument(const QString &title, const QString &content);

// The authorization server's own error page (400): shown instead of redirecting when the client
// or its redirect URI cannot be trusted (RFC 6749 §4.1.2.1).
SandboxReply errorPage(const QString &message);

// redirect_uri with the given parameters appended to its query, each percent-encoded in full so
// that a state holding '+', '&' or '=' comes back byte for byte.
QByteArray redirectLocation(const QString &redirectUri,
                            const QList<QPair<QString, QString>> &parameters);

// 302 to `location`, with a small page linking there.
SandboxReply redirect(const QByteArray &location);

// Why an authorization request can't be trusted, or nothing: the client must be registered and
// redirect_uri absolute and registered for it (RFC 6749 §4.1.2.1; then the error is shown, not
// redirected). `unknownClientHelp` ends the message about an unregistered client.
std::optional<QString> untrustedAuthorizeRequest(const OAuthClient *client, const QString &clientId,
                                                 const QString &redirectUri,
                                                 const QString &unknownClientHelp);

// "1" or "true" (any case): how the sandbox_* switches of the authorization endpoints are on.
bool isTrue(const QString &value);

} // namespace bookflow::sandbox::oauthpages
