#include "core/hubspot/hubspoterror.h"

#include "core/hubspot/hubspotrecord.h"
#include "core/net/redaction.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace bookflow {

namespace {

using Class = ApiError::Class;

constexpr int MaxRetryAfterSeconds = 24 * 60 * 60; // HubSpot: 477 Retry-After up to 24 h (§2.7)
constexpr int LockedWaitSeconds = 2;               // HubSpot: 423 Locked, wait ≥ 2 s (§2.7)
constexpr int TenSecondlyWaitSeconds = 10;         // Node client: TEN_SECONDLY_ROLLING → 10 s
constexpr int SecondlyWaitSeconds = 1;             // Node client: secondly/search → 1 s
constexpr int DailyUnknownZoneWaitSeconds = 60 * 60;
constexpr int MaxReasonMessage = 400;

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= MaxReasonMessage)
        return simple;
    return simple.left(MaxReasonMessage) + QStringLiteral("…");
}

// HubSpot's validation messages often end in a JSON array of per-property problems: "Property
// values were not valid: [{\"isValid\":false,\"message\":\"Property \\\"missing\\\" does not
// exist\",…}]". The useful words are the inner messages.
QString readableMessage(const QString &message)
{
    const qsizetype bracket = message.indexOf(QStringLiteral(": ["));
    if (bracket < 0)
        return shortened(message);
    const QJsonDocument inner = QJsonDocument::fromJson(message.mid(bracket + 2).toUtf8());
    if (!inner.isArray())
        return shortened(message);
    QStringList parts;
    for (const QJsonValue &value : inner.array()) {
        const QJsonObject item = value.toObject();
        QString words = item.value(QStringLiteral("localizedErrorMessage")).toString();
        if (words.isEmpty())
            words = item.value(QStringLiteral("message")).toString();
        if (!words.isEmpty() && !parts.contains(words))
            parts.append(words);
    }
    if (parts.isEmpty())
        return shortened(message);
    return shortened(message.left(bracket) + QStringLiteral(": ") +
                     parts.join(QStringLiteral("; ")));
}

// The words for a validation answer: the message, else the first errors[].message.
QString providerWords(const HubSpotError::Envelope &envelope)
{
    QString words = readableMessage(envelope.message);
    if (words.isEmpty()) {
        for (const QJsonValue &value : envelope.errors) {
            words = value.toObject().value(QStringLiteral("message")).toString();
            if (!words.isEmpty())
                break;
        }
        words = shortened(words);
    }
    return words;
}

// The property a validation error names: context.propertyName, or errors[].context.propertyName.
QString blamedProperty(const HubSpotError::Envelope &envelope)
{
    const auto first = [](const QJsonObject &context) {
        return context.value(QStringLiteral("propertyName")).toArray().first().toString();
    };
    QString name = first(envelope.context);
    for (qsizetype i = 0; name.isEmpty() && i < envelope.errors.size(); ++i)
        name = first(envelope.errors.at(i).toObject().value(QStringLiteral("context")).toObject());
    return name;
}

QString logDetail(int status, const HubSpotError::Envelope &envelope)
{
    // Batch items have no status of their own: 0 leaves it out.
    QStringList head;
    if (status != 0)
        head.append(QStringLiteral("HTTP %1").arg(status));
    if (!envelope.category.isEmpty())
        head.append(envelope.category);
    QString text = head.join(QLatin1Char(' '));
    if (!envelope.subCategory.isEmpty())
        text += QLatin1Char('/') + envelope.subCategory;
    if (!envelope.policyName.isEmpty())
        text += QStringLiteral(" policy ") + envelope.policyName;
    if (!envelope.message.isEmpty())
        text += QStringLiteral(": ") + envelope.message;
    if (!envelope.errors.isEmpty())
        text += QStringLiteral(" errors: ") +
                QString::fromUtf8(QJsonDocument(envelope.errors).toJson(QJsonDocument::Compact));
    if (!envelope.correlationId.isEmpty())
        text += QStringLiteral(" [correlationId %1]").arg(envelope.correlationId);
    return Redaction::text(text);
}

QString subjectName(const HubSpotError::Subject &subject)
{
    if (!subject.object)
        return {};
    return hubSpotObjectDisplayName(*subject.object);
}

QString reconnectReason()
{
    return Tr::tr("HubSpot no longer accepts Bookflow's sign-in. Reconnect HubSpot in "
                  "Connections.");
}

QString tooManyRequests(int seconds)
{
    return Tr::tr("HubSpot is receiving too many requests from Bookflow; it will try again in "
                  "%n second(s).",
                  nullptr, seconds);
}

ApiError rateLimited(const HubSpotError::Envelope &envelope, const std::optional<int> &retryAfter,
                     const HubSpotError::Subject &subject)
{
    ApiError error;
    error.cls = Class::RateLimited;
    error.code = envelope.policyName.isEmpty() ? envelope.errorType : envelope.policyName;
    const QString policy = envelope.policyName.toUpper();
    if (policy == QLatin1String("DAILY")) {
        if (retryAfter) {
            error.retryAfterSeconds = retryAfter;
        } else if (subject.portalTimeZone.isValid() && subject.now.isValid()) {
            error.retryAfterSeconds =
                HubSpotError::secondsUntilNextMidnight(subject.now, subject.portalTimeZone);
        } else {
            error.retryAfterSeconds = DailyUnknownZoneWaitSeconds;
        }
        error.reason = Tr::tr("Bookflow has used up today's HubSpot API allowance for this "
                              "account. It will continue after midnight in the account's time "
                              "zone.");
        return error;
    }
    // "You have reached your secondly limit." — search's per-second limit (hubspot.md §2.8);
    // not to be confused with "ten_secondly_rolling".
    static const QRegularExpression secondlyWords(QStringLiteral("\\bsecondly\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const bool secondly = policy == QLatin1String("SECONDLY") ||
                          (policy.isEmpty() && secondlyWords.match(envelope.message).hasMatch());
    error.retryAfterSeconds =
        retryAfter ? *retryAfter : (secondly ? SecondlyWaitSeconds : TenSecondlyWaitSeconds);
    error.reason = tooManyRequests(*error.retryAfterSeconds);
    return error;
}

ApiError forStatus(int status, const std::optional<HubSpotError::Envelope> &parsed,
                   const std::optional<int> &retryAfter, const HubSpotError::Subject &subject)
{
    const HubSpotError::Envelope envelope = parsed.value_or(HubSpotError::Envelope{});
    const QString words = providerWords(envelope);
    ApiError error;
    error.httpStatus = status;
    error.code = envelope.category;

    if (status == 429) {
        ApiError limited = rateLimited(envelope, retryAfter, subject);
        limited.httpStatus = status;
        return limited;
    }
    if (status == 401) {
        error.cls = Class::NeedsReconnect;
        error.reason = reconnectReason();
        return error;
    }
    if (status == 403) {
        // HubSpot: 403 = the token lacks a scope (hubspot.md §2.7); only a person reconnecting
        // (and approving the scopes) or changing the private app fixes it.
        error.cls = Class::NeedsReconnect;
        const QStringList scopes = HubSpotError::missingScopes(envelope);
        if (!scopes.isEmpty())
            error.reason = Tr::tr("HubSpot did not give Bookflow permission for this (missing: "
                                  "%1). Reconnect HubSpot in Connections and approve what "
                                  "Bookflow asks for.")
                               .arg(scopes.join(QStringLiteral(", ")));
        else if (!words.isEmpty())
            error.reason = Tr::tr("HubSpot did not give Bookflow permission for this: %1 "
                                  "Reconnect HubSpot in Connections and approve what Bookflow "
                                  "asks for.")
                               .arg(words);
        else
            error.reason = Tr::tr("HubSpot did not give Bookflow permission for this. Reconnect "
                                  "HubSpot in Connections and approve what Bookflow asks for.");
        return error;
    }
    if (status == 423) {
        error.cls = Class::Transient;
        error.retryAfterSeconds = qMax(retryAfter.value_or(LockedWaitSeconds), LockedWaitSeconds);
        error.reason = Tr::tr("HubSpot has locked this record for a moment; Bookflow will try "
                              "again.");
        return error;
    }
    if (status == 477) {
        error.cls = Class::Transient;
        error.retryAfterSeconds = retryAfter;
        error.reason = Tr::tr("HubSpot is moving this account's data to another data centre; "
                              "Bookflow will try again when it is done.");
        return error;
    }
    if (status >= 500) {
        // HubSpot: 502/504 and 503/521/523/524 → pause a few seconds and retry (§2.7).
        error.cls = Class::Transient;
        error.retryAfterSeconds = retryAfter;
        error.reason = Tr::tr("HubSpot is temporarily unavailable (HTTP %1); Bookflow will try "
                              "again.")
                           .arg(status);
        return error;
    }

    error.cls = Class::Permanent;
    error.element = blamedProperty(envelope);
    if (status == 404) {
        const QString name = subjectName(subject);
        if (!name.isEmpty() && !subject.id.isEmpty())
            error.reason = Tr::tr("The %1 %2 no longer exists in HubSpot.").arg(name, subject.id);
        else if (!name.isEmpty())
            error.reason = Tr::tr("HubSpot does not know this %1 (HTTP 404).").arg(name);
        else
            error.reason = Tr::tr("HubSpot does not know this record or address (HTTP 404).");
        return error;
    }
    if (status == 409) {
        error.reason = words.isEmpty()
                           ? Tr::tr("HubSpot refused the change because it conflicts with what "
                                    "is already there.")
                           : Tr::tr("HubSpot refused the change because it conflicts with what "
                                    "is already there: %1")
                                 .arg(words);
        return error;
    }
    if (status == 414) {
        error.reason = Tr::tr("The request to HubSpot was too long. Ask for fewer properties or "
                              "records at once.");
        return error;
    }
    if (status >= 200 && status < 300) {
        error.cls = Class::Transient;
        error.reason = Tr::tr("HubSpot sent an answer Bookflow could not read; Bookflow will try "
                              "again.");
        return error;
    }
    error.reason = words.isEmpty() ? Tr::tr("HubSpot refused the request (HTTP %1).").arg(status)
                                   : Tr::tr("HubSpot refused the request: %1").arg(words);
    return error;
}

QString textMember(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

std::optional<HubSpotError::Envelope> HubSpotError::parse(const QJsonObject &body)
{
    Envelope envelope;
    envelope.status = textMember(body, "status");
    envelope.message = textMember(body, "message");
    envelope.correlationId = textMember(body, "correlationId");
    envelope.category = textMember(body, "category");
    envelope.subCategory = textMember(body, "subCategory");
    envelope.policyName = textMember(body, "policyName");
    envelope.errorType = textMember(body, "errorType");
    envelope.errors = body.value(QStringLiteral("errors")).toArray();
    envelope.context = body.value(QStringLiteral("context")).toObject();
    if (envelope.message.isEmpty() && envelope.category.isEmpty() &&
        envelope.status != QLatin1String("error") && envelope.policyName.isEmpty())
        return std::nullopt;
    return envelope;
}

std::optional<HubSpotError::Envelope> HubSpotError::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return parse(document.object());
}

ApiError HubSpotError::fromResponse(const HttpResponse &response, const Subject &subject)
{
    if (response.status == 0)
        return ApiError::noAnswer(response, QStringLiteral("HubSpot"));

    const std::optional<int> retryAfter = response.retryAfterSeconds();
    const std::optional<Envelope> envelope = parse(response.body);
    ApiError error = forStatus(response.status, envelope, retryAfter, subject);
    if (envelope) {
        error.detail = logDetail(response.status, *envelope);
    } else {
        error.detail = response.unexpectedBodyDetail();
    }
    return error;
}

ApiError HubSpotError::fromBatchError(const QJsonObject &item, const Subject &subject)
{
    const std::optional<Envelope> parsed = parse(item);
    const Envelope envelope = parsed.value_or(Envelope{});
    ApiError error;
    error.cls = Class::Permanent;
    error.code = envelope.category;
    error.element = blamedProperty(envelope);
    error.detail = logDetail(0, envelope);
    const QString words = providerWords(envelope);
    const QString name = subjectName(subject);
    if (envelope.category == QLatin1String("OBJECT_NOT_FOUND")) {
        if (!name.isEmpty() && !subject.id.isEmpty())
            error.reason = Tr::tr("The %1 %2 no longer exists in HubSpot.").arg(name, subject.id);
        else
            error.reason = Tr::tr("This record no longer exists in HubSpot.");
    } else if (envelope.category == QLatin1String("RATE_LIMITS") ||
               envelope.category == QLatin1String("RATE_LIMIT")) {
        error = rateLimited(envelope, std::nullopt, subject);
        error.detail = logDetail(0, envelope);
    } else if (envelope.category == QLatin1String("LOCKED")) {
        error.cls = Class::Transient;
        error.retryAfterSeconds = LockedWaitSeconds;
        error.reason = Tr::tr("HubSpot has locked this record for a moment; Bookflow will try "
                              "again.");
    } else {
        error.reason = words.isEmpty() ? Tr::tr("HubSpot refused this record.")
                                       : Tr::tr("HubSpot refused the request: %1").arg(words);
    }
    return error;
}

QStringList HubSpotError::batchErrorIds(const QJsonObject &error)
{
    QStringList ids;
    const QJsonObject context = error.value(QStringLiteral("context")).toObject();
    for (const char *key : {"ids", "id", "fromObjectId", "objectWriteTraceId"}) {
        for (const QJsonValue &value : context.value(QLatin1String(key)).toArray()) {
            const QString id = HubSpotWire::idText(value);
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
    }
    const QString own = HubSpotWire::idText(error.value(QStringLiteral("id")));
    if (!own.isEmpty() && !ids.contains(own))
        ids.append(own);
    return ids;
}

ApiError HubSpotError::unreadable(int httpStatus, const QString &why, bool json)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.detail = why;
    if (json) {
        error.cls = Class::Permanent;
        error.reason = Tr::tr("HubSpot answered in a form Bookflow does not understand. Please "
                              "report this to Bookflow's makers.");
    } else {
        error.cls = Class::Transient;
        error.reason = Tr::tr("HubSpot sent an answer Bookflow could not read; Bookflow will try "
                              "again.");
    }
    return error;
}

ApiError HubSpotError::refusedBeforeSending(const QString &reason)
{
    ApiError error;
    error.cls = Class::Permanent;
    error.reason = reason;
    error.detail = QStringLiteral("refused before sending: ") + reason;
    return error;
}

int HubSpotError::secondsUntilNextMidnight(const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime local = now.toTimeZone(zone);
    const QDateTime midnight(local.date().addDays(1), QTime(0, 0), zone);
    return int(qBound(qint64(1), now.secsTo(midnight), qint64(MaxRetryAfterSeconds))) + 60;
}

QStringList HubSpotError::missingScopes(const Envelope &envelope)
{
    QStringList scopes;
    const auto collect = [&scopes](const QJsonObject &context) {
        for (const char *key : {"requiredGranularScopes", "missingScopes", "requiredScopes"}) {
            for (const QJsonValue &value : context.value(QLatin1String(key)).toArray()) {
                const QString scope = value.toString().trimmed();
                if (!scope.isEmpty() && !scopes.contains(scope))
                    scopes.append(scope);
            }
        }
    };
    collect(envelope.context);
    for (const QJsonValue &value : envelope.errors)
        collect(value.toObject().value(QStringLiteral("context")).toObject());
    return scopes;
}

} // namespace bookflow
