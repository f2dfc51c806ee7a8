#pragma once

#include "core/util/result.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace bookflow {

// One attempt at the OAuth 2.0 authorization-code flow (RFC 6749 §4.1): the unguessable `state`
// that ties the redirect to this attempt, and for providers that take it the PKCE verifier and
// its S256 challenge (RFC 7636). Random values come from the operating system's generator.
struct AuthorizationRequest
{
    QString state;         // 43 base64url characters (256 bits)
    QString codeVerifier;  // 43 base64url characters; empty without PKCE
    QString codeChallenge; // BASE64URL(SHA-256(codeVerifier)); empty without PKCE
    QString redirectUri;

    static AuthorizationRequest create(const QString &redirectUri, bool pkce);
    static QString challengeFor(const QString &verifier);

    // The fallback when the browser cannot reach the loopback listener (a provider whose
    // registered redirect is not loopback): the person pastes the address the browser was sent
    // to. Its query must carry this attempt's state; the provider's error=… is reported in
    // words. Success: the redirect's query (code, state, realmId, …).
    Result<QUrlQuery> readPastedRedirect(const QString &pasted) const;
    // The same checks on a redirect's query, wherever it came from.
    Result<QUrlQuery> checkRedirect(const QUrlQuery &query) const;
};

} // namespace bookflow
