#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bookflow::sandbox::hubspotwire {

// The answers HubSpot's API edge gives before a request reaches the CRM — authentication, scopes,
// rate limits, outages — in the shapes clients meet (hubspot.md §2.7, §2.8, §5). The CRM answers
// themselves are HubSpotService's. Every JSON error is the documented envelope
// {status:"error", message, correlationId (uuid), category, …}.

// A fresh correlationId (a UUID without braces, as HubSpot's).
QString newCorrelationId();

// {status:"error", message, correlationId, category} with `extra` merged in, as a reply.
SandboxReply errorReply(int status, const QString &category, const QString &message,
                        const QJsonObject &extra = {});

// 401 INVALID_AUTHENTICATION: no bearer token, or one the portal does not know. HubSpot's text
// ("Authentication credentials not found. This API supports OAuth 2.0 authentication …").
SandboxReply authenticationMissing();

// 401 EXPIRED_AUTHENTICATION: "The OAuth token used to make this call expired 75 second(s)
// ago." with context {"expire time": [ISO]} (captures quoted in public client code).
SandboxReply authenticationExpired(const QDateTime &expiredAt, const QDateTime &now);

// 403 MISSING_SCOPES. The captured shape (errors[].context.requiredGranularScopes, "One or more
// of the following scopes are required.", links.scopes) plus the OpenAPI spec's
// context.missingScopes, so a client reading either finds the list.
SandboxReply missingScopes(const QStringList &scopes);

// The 429 of a rate-limit policy (hubspot.md §2.8): "TEN_SECONDLY_ROLLING" ("You have reached
// your ten_secondly_rolling limit."), "DAILY" ("You have reached your daily limit.") or
// "SECONDLY", the search limit ("You have reached your secondly limit.", the text HubSpot's
// Node client matches). errorType RATE_LIMIT; groupName when given.
SandboxReply rateLimited(const QString &policyName, const QString &groupName = {});

// True for the policy names rateLimited() knows.
bool isPolicyName(const QString &name);

// An injected failure with `status` (fault rules of provider "hubspot"). `body` "html" gives a
// gateway page, "json" (or empty, except for the gateway statuses 502/503/504/52x whose default
// is the HTML page an edge proxy sends) the envelope. 401 uses `category` (INVALID_ or
// EXPIRED_AUTHENTICATION), 403 MISSING_SCOPES lists `scopes`, 429 uses `policyName` (default
// TEN_SECONDLY_ROLLING), 477 is MIGRATION_IN_PROGRESS; the caller adds Retry-After.
SandboxReply injectedFault(int status, const QString &body, const QString &category,
                           const QString &policyName, const QStringList &scopes,
                           const QDateTime &now);

// The scopes that let a token make this request (any one of them is enough), from the path:
// crm.objects.<type>.read/.write (plus e-commerce for quotes, line items and products,
// hubspot.md §2.2), crm.schemas.<type>.read or the object scope for the properties API,
// tax_rates.read; for associations the scopes of either end. Empty when the path names nothing
// the sandbox checks (an unknown type is HubSpotService's to refuse).
QStringList requiredScopes(const QByteArray &method, const QString &path);

} // namespace bookflow::sandbox::hubspotwire
