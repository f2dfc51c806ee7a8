#include "app/sandbox/hubspotwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace bookflow::sandbox::hubspotwire {

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json;charset=utf-8");
const QString ScopesUrl = QStringLiteral("https://developers.hubspot.com/scopes");

// The gateway page an edge proxy answers with when HubSpot's backend is away: HTML, not JSON,
// which is the point — a client must not assume every error body parses.
SandboxReply gatewayPage(int status, const QString &reason)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=UTF-8");
    reply.body = QStringLiteral("<!DOCTYPE html>\n<html><head><title>%1 %2</title></head>"
                                "<body><center><h1>%1 %2</h1></center><hr>"
                                "<center>cloudflare</center></body></html>\n")
                     .arg(status)
                     .arg(reason)
                     .toUtf8();
    return reply;
}

QString statusReason(int status)
{
    switch (status) {
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    case 521:
        return QStringLiteral("Web Server Is Down");
    case 523:
        return QStringLiteral("Origin Is Unreachable");
    case 524:
        return QStringLiteral("A Timeout Occurred");
    default:
        return QStringLiteral("Error");
    }
}

bool isGatewayStatus(int status)
{
    return status == 502 || status == 503 || status == 504 || status == 521 || status == 523 ||
           status == 524;
}

// "75 second(s)", "5 minute(s)", "6 hour(s)", "2 day(s)" as in the captured messages. A capture
// says "75 second(s)", so a unit is used until two of the next one fit (inferred).
QString ago(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 120)
        return QStringLiteral("%1 second(s)").arg(seconds);
    if (seconds < 2 * 3600)
        return QStringLiteral("%1 minute(s)").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return QStringLiteral("%1 hour(s)").arg(seconds / 3600);
    return QStringLiteral("%1 day(s)").arg(seconds / 86400);
}

// The scope stem of an object type by name or type id (hubspot.md §2.3 type ids).
QString scopeStem(const QString &type)
{
    static const QList<QPair<QStringList, QString>> table = {
        {{QStringLiteral("contacts"), QStringLiteral("contact"), QStringLiteral("0-1")},
         QStringLiteral("contacts")},
        {{QStringLiteral("companies"), QStringLiteral("company"), QStringLiteral("0-2")},
         QStringLiteral("companies")},
        {{QStringLiteral("deals"), QStringLiteral("deal"), QStringLiteral("0-3")},
         QStringLiteral("deals")},
        {{QStringLiteral("tickets"), QStringLiteral("ticket"), QStringLiteral("0-5")},
         QStringLiteral("tickets")},
        {{QStringLiteral("products"), QStringLiteral("product"), QStringLiteral("0-7")},
         QStringLiteral("products")},
        {{QStringLiteral("line_items"), QStringLiteral("line_item"), QStringLiteral("0-8")},
         QStringLiteral("line_items")},
        {{QStringLiteral("quotes"), QStringLiteral("quote"), QStringLiteral("0-14")},
         QStringLiteral("quotes")},
        {{QStringLiteral("invoices"), QStringLiteral("invoice"), QStringLiteral("0-53")},
         QStringLiteral("invoices")},
        {{QStringLiteral("commerce_payments"), QStringLiteral("commerce_payment"),
          QStringLiteral("payments"), QStringLiteral("0-101")},
         QStringLiteral("commercepayments")},
    };
    const QString wanted = type.toLower();
    for (const auto &entry : table) {
        if (entry.first.contains(wanted))
            return entry.second;
    }
    return {};
}

// The scopes that grant object access of one kind (hubspot.md §2.2: quotes, line items and
// products also accept the legacy e-commerce scope).
QStringList objectScopes(const QString &stem, bool write)
{
    if (stem.isEmpty())
        return {};
    QStringList scopes{QStringLiteral("crm.objects.%1.%2")
                           .arg(stem, write ? QStringLiteral("write") : QStringLiteral("read"))};
    if (stem == QLatin1String("quotes") || stem == QLatin1String("line_items") ||
        stem == QLatin1String("products"))
        scopes.append(QStringLiteral("e-commerce"));
    return scopes;
}

} // namespace

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SandboxReply errorReply(int status, const QString &category, const QString &message,
                        const QJsonObject &extra)
{
    QJsonObject body;
    body.insert(QStringLiteral("status"), QStringLiteral("error"));
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("correlationId"), newCorrelationId());
    if (!category.isEmpty())
        body.insert(QStringLiteral("category"), category);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    SandboxReply reply;
    reply.status = status;
    reply.contentType = JsonType;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply authenticationMissing()
{
    return errorReply(401, QStringLiteral("INVALID_AUTHENTICATION"),
                      QStringLiteral("Authentication credentials not found. This API supports "
                                     "OAuth 2.0 authentication and you can find more details at "
                                     "https://developers.hubspot.com/docs/methods/auth/"
                                     "oauth-overview"));
}

SandboxReply authenticationExpired(const QDateTime &expiredAt, const QDateTime &now)
{
    QJsonObject context;
    context.insert(QStringLiteral("expire time"),
                   QJsonArray{expiredAt.toUTC().toString(Qt::ISODateWithMs)});
    return errorReply(401, QStringLiteral("EXPIRED_AUTHENTICATION"),
                      QStringLiteral("The OAuth token used to make this call expired %1 ago.")
                          .arg(ago(expiredAt.secsTo(now))),
                      QJsonObject{{QStringLiteral("context"), context}});
}

SandboxReply missingScopes(const QStringList &scopes)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("message"),
                  QStringLiteral("One or more of the following scopes are required."));
    detail.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("requiredGranularScopes"),
                                                          QJsonArray::fromStringList(scopes)}});
    QJsonObject extra;
    extra.insert(QStringLiteral("errors"), QJsonArray{detail});
    extra.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("missingScopes"),
                                                         QJsonArray::fromStringList(scopes)}});
    extra.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("scopes"), ScopesUrl}});
    return errorReply(403, QStringLiteral("MISSING_SCOPES"),
                      QStringLiteral("This app hasn't been granted all required scopes to make "
                                     "this call. Read more about required scopes here: %1.")
                          .arg(ScopesUrl),
                      extra);
}

bool isPolicyName(const QString &name)
{
    return name == QLatin1String("TEN_SECONDLY_ROLLING") || name == QLatin1String("DAILY") ||
           name == QLatin1String("SECONDLY");
}

SandboxReply rateLimited(const QString &policyName, const QString &groupName)
{
    QString message;
    if (policyName == QLatin1String("DAILY"))
        message = QStringLiteral("You have reached your daily limit.");
    else if (policyName == QLatin1String("SECONDLY"))
        message = QStringLiteral("You have reached your secondly limit.");
    else
        message = QStringLiteral("You have reached your ten_secondly_rolling limit.");
    // No category: the captured 429 bodies carry errorType instead (error-rate-limit-429-daily).
    QJsonObject extra;
    extra.insert(QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT"));
    extra.insert(QStringLiteral("policyName"), policyName);
    if (!groupName.isEmpty())
        extra.insert(QStringLiteral("groupName"), groupName);
    extra.insert(QStringLiteral("requestId"), newCorrelationId());
    return errorReply(429, QString(), message, extra);
}

SandboxReply injectedFault(int status, const QString &body, const QString &category,
                           const QString &policyName, const QStringList &scopes,
                           const QDateTime &now)
{
    if (body == QLatin1String("html") || (body.isEmpty() && isGatewayStatus(status)))
        return gatewayPage(status, statusReason(status));
    switch (status) {
    case 401:
        if (category == QLatin1String("EXPIRED_AUTHENTICATION"))
            return authenticationExpired(now.addSecs(-60), now);
        return authenticationMissing();
    case 403:
        if (category.isEmpty() || category == QLatin1String("MISSING_SCOPES"))
            return missingScopes(
                scopes.isEmpty() ? QStringList{QStringLiteral("crm.objects.deals.read")} : scopes);
        return errorReply(403, category, QStringLiteral("Forbidden"));
    case 404:
        return errorReply(404, category.isEmpty() ? QStringLiteral("OBJECT_NOT_FOUND") : category,
                          QStringLiteral("resource not found"));
    case 423:
        // "Locked": HubSpot asks for a pause of at least 2 s (hubspot.md §2.7).
        return errorReply(423, category.isEmpty() ? QStringLiteral("LOCKED") : category,
                          QStringLiteral("The resource is locked by another request; wait at "
                                         "least 2 seconds and try again."));
    case 429:
        return rateLimited(policyName.isEmpty() ? QStringLiteral("TEN_SECONDLY_ROLLING")
                                                : policyName);
    case 477:
        return errorReply(477,
                          category.isEmpty() ? QStringLiteral("MIGRATION_IN_PROGRESS") : category,
                          QStringLiteral("This account is being migrated between data centers; "
                                         "try again after the time in Retry-After."));
    default:
        break;
    }
    if (status >= 500)
        return errorReply(status, category.isEmpty() ? QStringLiteral("INTERNAL_ERROR") : category,
                          status == 500 ? QStringLiteral("internal error") : statusReason(status));
    return errorReply(status, category.isEmpty() ? QStringLiteral("VALIDATION_ERROR") : category,
                      QStringLiteral("Invalid input (injected fault)"));
}

QStringList requiredScopes(const QByteArray &method, const QString &path)
{
    QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() >= 3 && seg.at(0) == QLatin1String("tax-rates"))
        return {QStringLiteral("tax_rates.read")};
    if (seg.size() < 4 || seg.at(0) != QLatin1String("crm"))
        return {};
    // Date-versioned paths (/crm/objects/2026-03/deals/…) name the kind first already.
    static const QRegularExpression dated(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (dated.match(seg.at(2)).hasMatch())
        seg[2] = QStringLiteral("v3");
    else
        seg.swapItemsAt(1, 2); // "v3/objects" → "objects/v3": the kind first either way
    const QString kind = seg.at(1);
    const QString from = scopeStem(seg.at(3));
    // Reads: GET, and the POSTs that only read (search, batch/read).
    const bool read = method == "GET" || method == "HEAD" ||
                      (method == "POST" && (path.endsWith(QLatin1String("/search")) ||
                                            path.endsWith(QLatin1String("/batch/read"))));
    if (kind == QLatin1String("properties")) {
        if (from.isEmpty())
            return {};
        if (!read)
            return {QStringLiteral("crm.schemas.%1.write").arg(from)};
        // Reading a schema is allowed with the schema scope or the object scope.
        return QStringList{QStringLiteral("crm.schemas.%1.read").arg(from)} +
               objectScopes(from, false);
    }
    // Associations take "any read scope of the object types involved" (hubspot.md §2.2), so
    // the scopes of both ends are alternatives: /crm/v4/associations/{from}/{to}/… and
    // /crm/v{3,4}/objects/{from}/{id}/associations/{to}/….
    QString to;
    if (kind == QLatin1String("associations") && seg.size() >= 5)
        to = scopeStem(seg.at(4));
    else if (kind == QLatin1String("objects") && seg.size() >= 7 &&
             seg.at(5) == QLatin1String("associations"))
        to = scopeStem(seg.at(6) == QLatin1String("default") && seg.size() >= 8 ? seg.at(7)
                                                                                : seg.at(6));
    if (kind != QLatin1String("associations") && kind != QLatin1String("objects"))
        return {};
    QStringList scopes = objectScopes(from, !read);
    for (const QString &scope : objectScopes(to, !read)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

} // namespace bookflow::sandbox::hubspotwire
