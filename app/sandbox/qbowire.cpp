#include "app/sandbox/qbowire.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace bookflow::sandbox::qbowire {

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json;charset=UTF-8");
const QByteArray XmlType = QByteArrayLiteral("application/xml");
const QByteArray HtmlType = QByteArrayLiteral("text/html");

// The n-th Sunday (1-based) of a month.
QDate nthSunday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((7 - first.dayOfWeek()) % 7 + 7 * (n - 1));
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Temporarily Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Time-out");
    default:
        return QByteArrayLiteral("Error");
    }
}

// The lower-case envelope of §1 (also used by the 403 of ApplicationAuthorizationFailed).
QJsonObject lowerCaseEnvelope(const QJsonObject &error, const QString &type, const QDateTime &now)
{
    QJsonObject fault;
    fault.insert(QStringLiteral("error"), QJsonArray{error});
    fault.insert(QStringLiteral("type"), type);
    QJsonObject body;
    body.insert(QStringLiteral("warnings"), QJsonValue::Null);
    body.insert(QStringLiteral("intuitObject"), QJsonValue::Null);
    body.insert(QStringLiteral("fault"), fault);
    body.insert(QStringLiteral("report"), QJsonValue::Null);
    body.insert(QStringLiteral("queryResponse"), QJsonValue::Null);
    body.insert(QStringLiteral("batchItemResponse"), QJsonArray());
    body.insert(QStringLiteral("attachableResponse"), QJsonArray());
    body.insert(QStringLiteral("syncErrorResponse"), QJsonValue::Null);
    body.insert(QStringLiteral("requestId"), QJsonValue::Null);
    body.insert(QStringLiteral("time"), now.toMSecsSinceEpoch());
    body.insert(QStringLiteral("status"), QJsonValue::Null);
    body.insert(QStringLiteral("cdcresponse"), QJsonArray());
    return body;
}

struct FaultText
{
    QString code;
    QString message;
    QString detail;
    QString type;
};

// The usual PascalCase envelope of §7.
QByteArray jsonFault(const FaultText &text, const QDateTime &now)
{
    QJsonObject error;
    error.insert(QStringLiteral("Message"), text.message);
    if (!text.detail.isEmpty())
        error.insert(QStringLiteral("Detail"), text.detail);
    error.insert(QStringLiteral("code"), text.code);
    QJsonObject fault;
    fault.insert(QStringLiteral("Error"), QJsonArray{error});
    fault.insert(QStringLiteral("type"), text.type);
    QJsonObject body;
    body.insert(QStringLiteral("Fault"), fault);
    body.insert(QStringLiteral("time"), pacificTimestamp(now));
    return compact(body);
}

// The XML IntuitResponse of qbo-verified.md §8 (and of the ruby fixtures).
QByteArray xmlFault(const FaultText &text, const QDateTime &now)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<IntuitResponse time=\"%1\" "
                                 "xmlns=\"http://schema.intuit.com/finance/v3\">\n"
                                 "  <Fault type=\"%2\">\n"
                                 "    <Error code=\"%3\">\n"
                                 "      <Message>%4</Message>\n")
                      .arg(pacificTimestamp(now), xmlEscaped(text.type), xmlEscaped(text.code),
                           xmlEscaped(text.message));
    if (!text.detail.isEmpty())
        xml += QStringLiteral("      <Detail>%1</Detail>\n").arg(xmlEscaped(text.detail));
    xml += QStringLiteral("    </Error>\n  </Fault>\n</IntuitResponse>\n");
    return xml.toUtf8();
}

// An nginx error page, as Intuit's edge serves for 502/503.
QByteArray htmlPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title +
           "</title></head>\r\n<body bgcolor=\"white\">\r\n"
           "<center><h1>" +
           title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n"
           "</body>\r\n</html>\r\n";
}

SandboxReply render(int status, BodyFormat format, const FaultText &text, const QDateTime &now)
{
    SandboxReply reply;
    reply.status = status;
    switch (format) {
    case BodyFormat::Xml:
        reply.contentType = XmlType;
        reply.body = xmlFault(text, now);
        break;
    case BodyFormat::Html:
        reply.contentType = HtmlType;
        reply.body = htmlPage(status);
        break;
    case BodyFormat::Json:
    case BodyFormat::Default:
        reply.contentType = JsonType;
        reply.body = jsonFault(text, now);
        break;
    }
    return reply;
}

} // namespace

QString pacificTimestamp(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    const int year = utc.date().year();
    // Daylight time: from the second Sunday of March, 02:00 PST (10:00 UTC), to the first
    // Sunday of November, 02:00 PDT (09:00 UTC).
    const QDateTime dstStart(nthSunday(year, 3, 2), QTime(10, 0), Qt::UTC);
    const QDateTime dstEnd(nthSunday(year, 11, 1), QTime(9, 0), Qt::UTC);
    const bool daylight = utc >= dstStart && utc < dstEnd;
    return utc.toOffsetFromUtc((daylight ? -7 : -8) * 3600).toString(Qt::ISODateWithMs);
}

QByteArray newIntuitTid()
{
    // Real ones look like "1-65f1e8c0-4c3d7a2b1e8f0a9c6d5b4e3f": a version, the epoch seconds in
    // hex, and 96 random bits.
    QRandomGenerator *random = QRandomGenerator::global();
    QByteArray tid = "1-" + QByteArray::number(QDateTime::currentSecsSinceEpoch(), 16) + '-';
    for (int i = 0; i < 3; ++i)
        tid += QByteArray::number(random->generate(), 16).rightJustified(8, '0');
    return tid;
}

SandboxReply authenticationFault(const QString &detail, const QDateTime &now)
{
    QJsonObject error;
    error.insert(QStringLiteral("message"),
                 QStringLiteral("message=AuthenticationFailed; errorCode=003200; statusCode=401"));
    error.insert(QStringLiteral("detail"), detail);
    error.insert(QStringLiteral("code"), QStringLiteral("3200"));
    error.insert(QStringLiteral("element"), QJsonValue::Null);
    SandboxReply reply;
    reply.status = 401;
    reply.contentType = JsonType;
    reply.body = compact(lowerCaseEnvelope(error, QStringLiteral("AUTHENTICATION"), now));
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                          QByteArrayLiteral("Bearer realm=\"Intuit\", error=\"invalid_token\"")});
    return reply;
}

SandboxReply authorizationFault(const QDateTime &now)
{
    QJsonObject error;
    error.insert(
        QStringLiteral("message"),
        QStringLiteral("message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403"));
    error.insert(QStringLiteral("detail"), QJsonValue::Null);
    error.insert(QStringLiteral("code"), QStringLiteral("3100"));
    error.insert(QStringLiteral("element"), QJsonValue::Null);
    SandboxReply reply;
    reply.status = 403;
    reply.contentType = JsonType;
    reply.body = compact(lowerCaseEnvelope(error, QStringLiteral("SERVICE"), now));
    return reply;
}

SandboxReply throttleFault(BodyFormat format, bool legacy403, const QDateTime &now)
{
    const int status = legacy403 ? 403 : 429;
    FaultText text;
    text.code = QStringLiteral("3001");
    text.message =
        QStringLiteral("message=ThrottleExceeded; errorCode=003001; statusCode=%1").arg(status);
    text.detail = QStringLiteral("The request limit was reached.  Try again later"); // two spaces
    text.type = QStringLiteral("SERVICE");
    return render(status, format == BodyFormat::Default ? BodyFormat::Xml : format, text, now);
}

SandboxReply injectedFault(int status, BodyFormat format, BodyFormat throttleDefault,
                           const QDateTime &now)
{
    if (status == 429 && format != BodyFormat::Html)
        return throttleFault(format == BodyFormat::Default ? throttleDefault : format, false, now);
    if (format == BodyFormat::Default) {
        if (status == 401)
            return authenticationFault(QStringLiteral("Token invalid: injected by the sandbox"),
                                       now);
        if (status == 403)
            return authorizationFault(now);
    }

    FaultText text;
    text.type = QStringLiteral("SystemFault");
    text.code = QStringLiteral("10000");
    text.message =
        QStringLiteral("An application error has occurred while processing your request");
    text.detail =
        QStringLiteral("System Failure Error: injected by the sandbox (HTTP %1)").arg(status);
    BodyFormat chosen = format;
    if (status == 504) {
        text.type = QStringLiteral("SERVICE");
        text.code = QStringLiteral("6002");
        text.message = QStringLiteral(
            "message=Timeout occurred while proxying request; errorCode=006002; statusCode=504");
        text.detail.clear();
        if (chosen == BodyFormat::Default)
            chosen = BodyFormat::Xml;
    } else if (status == 502 || status == 503) {
        if (chosen == BodyFormat::Default)
            chosen = BodyFormat::Html;
    } else if (status >= 400 && status < 500) {
        text.type = QStringLiteral("ValidationFault");
        text.code = QStringLiteral("2010");
        text.message = QStringLiteral("Request has invalid or unsupported property");
        text.detail = QStringLiteral("Injected by the sandbox (HTTP %1)").arg(status);
    }
    return render(status, chosen, text, now);
}

BodyFormat bodyFormatFromString(const QString &text)
{
    if (text.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return BodyFormat::Json;
    if (text.compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0)
        return BodyFormat::Xml;
    if (text.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return BodyFormat::Html;
    return BodyFormat::Default;
}

QString bodyFormatName(BodyFormat format)
{
    switch (format) {
    case BodyFormat::Json:
        return QStringLiteral("json");
    case BodyFormat::Xml:
        return QStringLiteral("xml");
    case BodyFormat::Html:
        return QStringLiteral("html");
    case BodyFormat::Default:
        break;
    }
    return QStringLiteral("default");
}

} // namespace bookflow::sandbox::qbowire
