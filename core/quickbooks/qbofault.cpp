#include "core/quickbooks/qbofault.h"

#include "core/net/redaction.h"
#include "core/quickbooks/qbojson.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace bookflow {

namespace {

using Class = ApiError::Class;


// A member in either casing: "Fault"/"fault", "Message"/"message" (qbo-api.md §1).
QJsonValue member(const QJsonObject &object, const QString &pascalName)
{
    const QJsonValue value = object.value(pascalName);
    if (!value.isUndefined())
        return value;
    QString lower = pascalName;
    lower[0] = lower[0].toLower();
    return object.value(lower);
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

std::optional<QboFault::Parsed> parseXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QboFault::Parsed parsed;
    bool sawFault = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Fault")) {
            sawFault = true;
            parsed.type = xml.attributes().value(QLatin1String("type")).toString();
        } else if (name == QLatin1String("Error") && sawFault) {
            QboFault::Error error;
            error.code = xml.attributes().value(QLatin1String("code")).toString();
            error.element = xml.attributes().value(QLatin1String("element")).toString();
            parsed.errors.append(error);
        } else if (name == QLatin1String("Message") && !parsed.errors.isEmpty()) {
            parsed.errors.last().message = xml.readElementText().trimmed();
        } else if (name == QLatin1String("Detail") && !parsed.errors.isEmpty()) {
            parsed.errors.last().detail = xml.readElementText().trimmed();
        }
    }
    if (!sawFault)
        return std::nullopt;
    return parsed;
}

// QBO details read "Object Not Found : Something you're trying to use…" or "Business Validation
// Error: You must set a transaction amount": the part after the label is the useful sentence.
QString usefulDetail(const QboFault::Error &error)
{
    QString detail = error.detail.simplified();
    static const QRegularExpression label(QStringLiteral("^[^:]{1,60}? ?: (.+)$"));
    const auto match = label.match(detail);
    if (match.hasMatch())
        detail = match.captured(1);
    if (detail.isEmpty() || detail.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        detail = error.message.simplified();
    return detail;
}

// The field a 2020 names: `element`, or "Required parameter X is missing in the request".
QString missingField(const QboFault::Error &error)
{
    if (!error.element.isEmpty())
        return error.element;
    static const QRegularExpression required(QStringLiteral("Required parameter (.+?) is missing"));
    const auto match = required.match(error.detail);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString requestName(const QJsonObject &body)
{
    const QString display = body.value(QStringLiteral("DisplayName")).toString();
    return display.isEmpty() ? body.value(QStringLiteral("Name")).toString() : display;
}

QString logDetail(const QboFault::Parsed &parsed)
{
    QStringList parts;
    for (const auto &error : parsed.errors) {
        QString part = QStringLiteral("%1 %2").arg(error.code, error.message);
        if (!error.detail.isEmpty())
            part += QStringLiteral(": ") + error.detail;
        if (!error.element.isEmpty())
            part += QStringLiteral(" [element %1]").arg(error.element);
        parts.append(part.trimmed());
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!parsed.type.isEmpty())
        text = parsed.type + QStringLiteral(": ") + text;
    return Redaction::text(text);
}

QString withElement(const QString &reason, const QString &element)
{
    if (element.isEmpty())
        return reason;
    return Tr::tr("%1 (field: %2)").arg(reason, element);
}

QString retryLater(const std::optional<int> &seconds)
{
    if (seconds)
        return Tr::tr("QuickBooks is receiving too many requests from Bookflow; it will try again "
                      "in %n second(s).",
                      nullptr, *seconds);
    return Tr::tr("QuickBooks is receiving too many requests from Bookflow; it will try again in "
                  "a minute.");
}

QString reconnectReason()
{
    return Tr::tr("QuickBooks no longer accepts Bookflow's sign-in for this company. Reconnect "
                  "QuickBooks in Connections.");
}

// The class and reason for one QBO error code; nullopt for codes we do not know.
std::optional<ApiError> forCode(const QboFault::Error &error, const QJsonObject &requestBody,
                                const std::optional<int> &retryAfter)
{
    ApiError result;
    result.code = error.code;
    result.element = error.element;
    const int code = error.code.toInt();
    const QString name = requestName(requestBody);
    switch (code) {
    case 3001: // ThrottleExceeded (429, or 403 in older answers — qbo-verified.md §8)
        result.cls = Class::RateLimited;
        result.retryAfterSeconds = retryAfter;
        result.reason = retryLater(retryAfter);
        return result;
    case 3200: // AuthenticationFailed: expired or revoked token (qbo-api.md §1)
    case 3100: // ApplicationAuthorizationFailed
        result.cls = Class::NeedsReconnect;
        result.reason = reconnectReason();
        return result;
    case 120: // Authorization Failure: the connecting admin lost rights (qbo-api.md §7)
        result.cls = Class::NeedsReconnect;
        result.reason = Tr::tr("The QuickBooks user who connected Bookflow is no longer allowed to "
                               "do this. Reconnect QuickBooks as a company administrator.");
        return result;
    case 10000: // An application error has occurred (SystemFault)
        result.cls = Class::Transient;
        result.reason = Tr::tr("QuickBooks had an internal problem; Bookflow will try again.");
        return result;
    default:
        break;
    }

    result.cls = Class::Permanent;
    switch (code) {
    case 500:
        result.reason = Tr::tr("QuickBooks does not support this operation.");
        break;
    case 610:
        result.reason = Tr::tr("Something this uses has been deleted or made inactive in "
                               "QuickBooks (an account, customer, product or service, vendor "
                               "or employee).");
        break;
    case 2020: {
        const QString field = missingField(error);
        result.element = field;
        result.reason =
            field.isEmpty()
                ? Tr::tr("QuickBooks needs a value that was not filled in.")
                : Tr::tr("QuickBooks needs a value for “%1”, which was not filled in.").arg(field);
        break;
    }
    case 2170:
        result.reason = error.element.isEmpty()
                            ? Tr::tr("QuickBooks does not accept one of the values chosen.")
                            : Tr::tr("QuickBooks does not accept the value chosen for “%1”.")
                                  .arg(error.element);
        break;
    case 2500:
        result.reason = withElement(Tr::tr("Something this refers to does not exist in QuickBooks "
                                           "(it may have been deleted, or belong to another "
                                           "company)."),
                                    error.element);
        break;
    case 4000:
        result.reason = Tr::tr("QuickBooks could not understand a look-up Bookflow sent. Please "
                               "report this to Bookflow's makers.");
        break;
    case 4001:
        result.reason = withElement(Tr::tr("QuickBooks refused a look-up Bookflow sent: it cannot "
                                           "search on that field."),
                                    error.element);
        break;
    case 5010:
        result.reason = Tr::tr("Someone changed this record in QuickBooks at the same time. It "
                               "has to be read again before it can be changed.");
        break;
    case 6000:
        result.reason = withElement(
            Tr::tr("QuickBooks did not accept this: %1").arg(usefulDetail(error)), error.element);
        break;
    case 6070:
        result.reason = withElement(Tr::tr("A line's amount is not its quantity times its unit "
                                           "price, so QuickBooks refused it."),
                                    error.element);
        break;
    case 6100:
        result.reason = withElement(Tr::tr("A line uses a sales tax code QuickBooks does not "
                                           "accept here (US companies use TAX or NON)."),
                                    error.element);
        break;
    case 6140: {
        const QString number = requestBody.value(QStringLiteral("DocNumber")).toString();
        result.reason =
            number.isEmpty()
                ? Tr::tr("QuickBooks already has a document with this number.")
                : Tr::tr("QuickBooks already has a document numbered “%1”.").arg(number);
        break;
    }
    case 6190:
        result.reason = Tr::tr("This QuickBooks company's subscription has ended or has a billing "
                               "problem. Renew it in QuickBooks, then try again.");
        break;
    case 6210:
        result.reason = Tr::tr("The books are closed for this date in QuickBooks. Use a later "
                               "date, or ask your accountant to move the closing date.");
        break;
    case 6240:
        result.reason =
            name.isEmpty()
                ? Tr::tr("QuickBooks already has a customer, vendor or employee with this name.")
                : Tr::tr("QuickBooks already has a customer, vendor or employee named “%1”.")
                      .arg(name);
        break;
    case 6540:
        result.reason = Tr::tr("This transaction has been deposited in QuickBooks and can no "
                               "longer be changed.");
        break;
    default:
        return std::nullopt;
    }
    return result;
}

// The error for an HTTP status alone (no fault, or a fault with a code we do not know).
ApiError forStatus(int status, const QString &providerWords, const std::optional<int> &retryAfter)
{
    ApiError result;
    result.httpStatus = status;
    if (status == 429) {
        result.cls = Class::RateLimited;
        result.retryAfterSeconds = retryAfter;
        result.reason = retryLater(retryAfter);
    } else if (status == 401) {
        result.cls = Class::NeedsReconnect;
        result.reason = reconnectReason();
    } else if (status >= 500 || (status >= 200 && status < 300)) {
        // A 2xx that is not what we asked for is a proxy or a half-delivered answer: resending
        // with the same requestid is safe.
        result.cls = Class::Transient;
        result.retryAfterSeconds = retryAfter;
        result.reason =
            status >= 500
                ? Tr::tr("QuickBooks is temporarily unavailable (HTTP %1); Bookflow will try "
                         "again.")
                      .arg(status)
                : Tr::tr("QuickBooks sent an answer Bookflow could not read; Bookflow will try "
                         "again.");
    } else if (status == 404) {
        result.cls = Class::Permanent;
        result.reason = Tr::tr("QuickBooks does not know this record or address (HTTP 404).");
    } else {
        result.cls = Class::Permanent;
        result.reason = providerWords.isEmpty()
                            ? Tr::tr("QuickBooks refused the request (HTTP %1).").arg(status)
                            : Tr::tr("QuickBooks refused the request: %1").arg(providerWords);
    }
    return result;
}

ApiError fromParsed(const QboFault::Parsed &parsed, int status, const QJsonObject &requestBody,
                    const std::optional<int> &retryAfter)
{
    const QboFault::Error first = parsed.errors.value(0);
    std::optional<ApiError> known = forCode(first, requestBody, retryAfter);
    ApiError result;
    if (known) {
        result = *known;
    } else if (status == 429 || status == 401 || status >= 500) {
        // An unknown code on a throttle, sign-in or server answer: the status says enough.
        result = forStatus(status, usefulDetail(first), retryAfter);
        result.code = first.code;
        result.element = first.element;
    } else {
        // An unknown code on a 4xx or a 200 (a /batch item): QuickBooks judged the request.
        result.cls = Class::Permanent;
        result.code = first.code;
        result.element = first.element;
        const QString words = usefulDetail(first);
        if (first.code.isEmpty())
            result.reason = words.isEmpty()
                                ? Tr::tr("QuickBooks refused the request (HTTP %1).").arg(status)
                                : Tr::tr("QuickBooks refused the request: %1").arg(words);
        else
            result.reason = withElement(
                Tr::tr("QuickBooks refused the request: %1 (code %2)")
                    .arg(words.isEmpty() ? Tr::tr("no explanation given") : words, first.code),
                first.element);
    }
    result.httpStatus = status;
    result.detail = logDetail(parsed);
    return result;
}

} // namespace

QboFault::Parsed QboFault::parseFault(const QJsonObject &fault)
{
    Parsed parsed;
    parsed.type = member(fault, QStringLiteral("Type")).toString();
    const QJsonArray errors = member(fault, QStringLiteral("Error")).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject object = value.toObject();
        Error error;
        error.code = textOf(member(object, QStringLiteral("Code")));
        error.message = member(object, QStringLiteral("Message")).toString();
        error.detail = member(object, QStringLiteral("Detail")).toString();
        error.element = member(object, QStringLiteral("Element")).toString();
        parsed.errors.append(error);
    }
    return parsed;
}

std::optional<QboFault::Parsed> QboFault::parse(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('<')) {
        if (HttpResponse::isHtml(trimmed))
            return std::nullopt;
        return parseXml(trimmed);
    }
    const auto object = QboJson::parseObject(trimmed);
    if (!object)
        return std::nullopt;
    return parse(*object);
}

std::optional<QboFault::Parsed> QboFault::parse(const QJsonObject &body)
{
    QJsonValue fault = member(body, QStringLiteral("Fault"));
    if (!fault.isObject()) // query faults may arrive inside QueryResponse (qbo-api.md §7)
        fault = member(member(body, QStringLiteral("QueryResponse")).toObject(),
                       QStringLiteral("Fault"));
    if (!fault.isObject())
        return std::nullopt;
    Parsed parsed = parseFault(fault.toObject());
    if (parsed.errors.isEmpty())
        parsed.errors.append(Error{});
    return parsed;
}

ApiError QboFault::fromResponse(const HttpResponse &response, const QJsonObject &requestBody)
{
    if (response.status == 0)
        return ApiError::noAnswer(response, QStringLiteral("QuickBooks"));

    const std::optional<int> retryAfter = response.retryAfterSeconds();
    if (const auto parsed = parse(response.body))
        return fromParsed(*parsed, response.status, requestBody, retryAfter);

    ApiError error = forStatus(response.status, QString(), retryAfter);
    error.detail = response.unexpectedBodyDetail();
    return error;
}

ApiError QboFault::fromFault(const QJsonObject &fault, int httpStatus,
                             const QJsonObject &requestBody)
{
    Parsed parsed = parseFault(fault);
    if (parsed.errors.isEmpty())
        parsed.errors.append(Error{});
    return fromParsed(parsed, httpStatus, requestBody, std::nullopt);
}

ApiError QboFault::unreadable(int httpStatus, const QString &why)
{
    ApiError error = forStatus(httpStatus >= 200 && httpStatus < 300 ? httpStatus : 200, QString(),
                               std::nullopt);
    error.httpStatus = httpStatus;
    error.detail = why;
    return error;
}

bool QboFault::isAuthenticationFailure(const HttpResponse &response)
{
    if (response.status == 401)
        return true;
    // A success is never a refused token; only error answers are worth reading for 3200.
    if (response.status == 0 || response.isSuccess())
        return false;
    const auto parsed = parse(response.body);
    return parsed && !parsed->errors.isEmpty() &&
           parsed->errors.first().code == QLatin1String("3200");
}

} // namespace bookflow
