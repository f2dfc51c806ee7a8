#pragma once

#include "core/hubspot/hubspotobject.h"
#include "core/net/apierror.h"
#include "core/net/httptransport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace bookflow {

// HubSpot's errors read and mapped to an ApiError with a class and a reason a bookkeeper can act
// on (hubspot.md §2.7, §2.8).
//
// Shapes read ("treat every field as optional", DEV error-handling):
// - the envelope {status:"error", message, correlationId, category, subCategory?, errors?:[…],
//   context?:{…:[…]}, links?};
// - the 429 body {status, message, errorType:"RATE_LIMIT", correlationId, policyName, requestId};
// - batch StandardError items inside a 207 {status, category, message, context:{ids:[…]}, …};
// - the OAuth token endpoint's {error, error_description, status, message} (HubSpotOAuth);
// - HTML pages and anything else: a clear error by HTTP status, never a crash.
//
// Classes:
// - Transient: no answer, timeouts, 5xx, 423 LOCKED (≥ 2 s), 477 migration in progress
//   (Retry-After, up to 24 h), HTML or non-JSON on a 2xx (a proxy or a cut answer).
// - RateLimited: 429. TEN_SECONDLY_ROLLING: Retry-After if given, else 10 s (HubSpot's own
//   Node client waits 10 s); a "secondly" (search) limit: Retry-After, else 1 s; DAILY: until
//   the next midnight in the portal's time zone (+ 1 minute of slack) when the zone is known,
//   else one hour — the daily window resets at the portal's midnight (hubspot.md §2.8), and an
//   hourly retry costs one request while never waiting a whole day too long.
// - NeedsReconnect: 401 (after the client's one refresh and retry), 403 (missing scopes, named
//   from context.requiredGranularScopes / missingScopes / requiredScopes).
// - Permanent: 400 (VALIDATION_ERROR with HubSpot's message), 404 ("the deal 123 no longer
//   exists in HubSpot"), 409, 414 and other 4xx; a well-formed JSON answer of the wrong shape.
class HubSpotError
{
public:
    // The error envelope as HubSpot sent it.
    struct Envelope
    {
        QString status;
        QString message;
        QString correlationId;
        QString category; // VALIDATION_ERROR, OBJECT_NOT_FOUND, MISSING_SCOPES, …
        QString subCategory;
        QString policyName;  // 429: DAILY, TEN_SECONDLY_ROLLING, SECONDLY
        QString errorType;   // 429: RATE_LIMIT
        QJsonArray errors;   // [{message, code?, in?, context?, subCategory?}]
        QJsonObject context; // {"propertyName":["discount"], "missingScopes":[…], "ids":[…]}
    };

    // What a call was about, so a reason can name it, and what "now" is for the daily limit.
    struct Subject
    {
        std::optional<HubSpotObject> object;
        QString id;               // the record id, when the call was about one record
        QDateTime now;            // the client's Clock
        QTimeZone portalTimeZone; // invalid when unknown
    };

    // The envelope in `body`; nullopt when the body is not a JSON object that looks like one
    // (it needs at least a message, a category or status "error").
    static std::optional<Envelope> parse(const QByteArray &body);
    static std::optional<Envelope> parse(const QJsonObject &body);

    // The error for an answer that is not a success.
    static ApiError fromResponse(const HttpResponse &response, const Subject &subject = {});
    // The error for one StandardError of a batch answer (207 multi-status).
    static ApiError fromBatchError(const QJsonObject &error, const Subject &subject = {});
    // The record ids a batch StandardError names: context.ids / id / fromObjectId /
    // objectWriteTraceId, or its "id".
    static QStringList batchErrorIds(const QJsonObject &error);

    // A 2xx whose body could not be used. `json` tells whether it was JSON at all: non-JSON is a
    // proxy page or a cut answer (Transient); JSON of the wrong shape is a change on HubSpot's
    // side that a retry will not fix (Permanent).
    static ApiError unreadable(int httpStatus, const QString &why, bool json);
    // A request the client refuses to send (limits, bad ids): Permanent, nothing went out.
    static ApiError refusedBeforeSending(const QString &reason);

    // Seconds from `now` until the next midnight in `zone`, plus a minute of slack.
    static int secondsUntilNextMidnight(const QDateTime &now, const QTimeZone &zone);

    // The scopes a 403 names (context.requiredGranularScopes, missingScopes, requiredScopes,
    // also inside errors[].context), without duplicates.
    static QStringList missingScopes(const Envelope &envelope);
};

} // namespace bookflow
