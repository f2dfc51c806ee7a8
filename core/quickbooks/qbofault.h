#pragma once

#include "core/net/apierror.h"
#include "core/net/httptransport.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// QuickBooks Online errors, read from every shape QBO is known to send and mapped to an
// ApiError with a class and a reason a bookkeeper can act on (qbo-api.md §7, qbo-verified.md §8).
//
// Shapes read:
// - {"Fault":{"Error":[{"Message","Detail","code","element"}],"type"},"time"}      (the usual one)
// - {"fault":{"error":[{"message","detail","code","element"}],"type":"AUTHENTICATION"},…}
//   (the 401 and TaxService envelope, qbo-api.md §1)
// - {"QueryResponse":{"Fault":{…}}}                                                 (query faults)
// - <IntuitResponse><Fault type="SERVICE"><Error code="3001"><Message/><Detail/></Error>…
//   (throttling is XML even when JSON was asked for, qbo-verified.md §8)
// - HTML error pages and anything else: a clear error by HTTP status, never a crash.
//
// Classes (the first error decides; its code wins over the HTTP status):
// - Transient: no answer, timeouts, HTTP 5xx without a known code, 10000 (application error).
// - RateLimited: HTTP 429, and code 3001 whatever the status (legacy throttles came as 403).
//   retryAfterSeconds from a Retry-After header when present; otherwise none, and the caller
//   waits 60 s as QBO advises (qbo-api.md §8).
// - NeedsReconnect: HTTP 401, 3200 (token refused), 3100 (app not authorised), and 120
//   (the connecting admin lost rights: only a person reconnecting as an admin fixes it). The
//   client refreshes the token and retries once before it reports a 401 (QboClient).
// - Permanent: everything about the request itself, with the code kept so the engine can
//   decide — 610, 2020, 2170, 2500, 4000, 4001, 500, 5010 (stale SyncToken: the engine may
//   re-read and retry), 6000, 6070, 6100, 6140, 6190 (subscription ended: reconnecting does not
//   help; someone must renew), 6210, 6240, 6540; and unknown codes on 4xx answers.
class QboFault
{
public:
    struct Error
    {
        QString code;
        QString message;
        QString detail;
        QString element;
    };
    struct Parsed
    {
        QString type; // "ValidationFault", "SERVICE", "AUTHENTICATION", …
        QVector<Error> errors;
    };

    // The errors in a body of any of the shapes above; nullopt when it holds no fault.
    static std::optional<Parsed> parse(const QByteArray &body);
    // The same for a body already parsed as JSON.
    static std::optional<Parsed> parse(const QJsonObject &body);
    // The errors of one Fault object (either casing), e.g. a /batch item's "Fault".
    static Parsed parseFault(const QJsonObject &fault);

    // The error for an answer that is not a success (or a 2xx that carries a Fault).
    // `requestBody` is what was sent, so a reason can name the customer or document concerned.
    static ApiError fromResponse(const HttpResponse &response, const QJsonObject &requestBody = {});
    // The error for a Fault object inside a 200 answer (a /batch item).
    static ApiError fromFault(const QJsonObject &fault, int httpStatus,
                              const QJsonObject &requestBody = {});
    // An answer that should have held data but could not be read.
    static ApiError unreadable(int httpStatus, const QString &why);

    // HTTP 401 or code 3200: the access token was refused, so a refresh may help.
    static bool isAuthenticationFailure(const HttpResponse &response);
};

} // namespace bookflow
