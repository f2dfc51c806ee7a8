#include "core/quickbooks/qboclient.h"

#include "core/net/redaction.h"
#include "core/quickbooks/qbofault.h"
#include "core/quickbooks/qbojson.h"
#include "core/util/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace bookflow {

namespace {

// Traffic logging is off unless QT_LOGGING_RULES="bookflow.quickbooks.debug=true"; every line
// goes through Redaction.
Q_LOGGING_CATEGORY(lcQbo, "bookflow.quickbooks", QtInfoMsg)

// Guards against a peer that keeps sending full pages: 10,000 pages of 1000 rows.
constexpr int MaxPages = 10000;

ApiError refusedBeforeSending(const QString &reason)
{
    ApiError error;
    error.cls = ApiError::Class::Permanent;
    error.reason = reason;
    error.detail = QStringLiteral("refused before sending: ") + reason;
    return error;
}

bool isSafeIdentifier(const QString &text)
{
    // Realm ids and entity ids are digits in QBO; letters and '-' are allowed for other peers.
    // \A…\z, not ^…$: "$" also matches before a final newline, which would reach the URL.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9-]{1,64}")));
    return pattern.match(text).hasMatch();
}

} // namespace

QboClient::QboClient(Transport &transport, QUrl baseUrl, QString realmId, TokenSource &tokens)
    : m_transport(transport), m_baseUrl(std::move(baseUrl)), m_realmId(std::move(realmId)),
      m_tokens(tokens)
{
}

std::optional<ApiError> QboClient::checkRequestId(const QString &requestId, bool forBatch)
{
    const int limit = forBatch ? MaxBatchRequestIdLength : MaxRequestIdLength;
    if (requestId.isEmpty())
        return refusedBeforeSending(
            Tr::tr("Bookflow did not give this QuickBooks change a request id, so a retry could "
                   "create a duplicate; it was not sent."));
    // QBO: requestid ≤ 50 chars, ≤ 36 in /batch (qbo-verified.md §9).
    if (requestId.size() > limit)
        return refusedBeforeSending(Tr::tr("The request id “%1” is longer than the %2 characters "
                                           "QuickBooks accepts; it was not sent.")
                                        .arg(requestId)
                                        .arg(limit));
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._:-]+")));
    if (!allowed.match(requestId).hasMatch())
        return refusedBeforeSending(
            Tr::tr("The request id “%1” has characters QuickBooks may not keep; it was not sent.")
                .arg(requestId));
    return std::nullopt;
}

HttpRequest QboClient::buildRequest(const Call &call, const QString &accessToken) const
{
    QByteArray url = m_baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (url.endsWith('/'))
        url.chop(1);
    url += "/v3/company/" + QUrl::toPercentEncoding(m_realmId) + '/' + call.path.toUtf8();
    // QBO: minorversion on every call (B-MV75); requestid on every write (B-REQID).
    url += "?minorversion=" + QByteArray::number(MinorVersion);
    if (!call.requestId.isEmpty())
        url += "&requestid=" + QUrl::toPercentEncoding(call.requestId);
    if (!call.extraQuery.isEmpty())
        url += '&' + call.extraQuery;

    HttpRequest request;
    request.method = call.method;
    // StrictMode keeps every %XX exactly as built (the query's %5C%27 must reach QBO as is).
    request.url = QUrl::fromEncoded(url, QUrl::StrictMode);
    request.timeoutMs = m_timeoutMs;
    request.setHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setHeader("Accept", "application/json");
    request.setHeader("Content-Type", "application/json");
    if (call.hasBody)
        request.body = QboJson::serialize(call.requestJson);
    return request;
}

ApiResult<QJsonObject> QboClient::execute(const Call &call)
{
    if (!isSafeIdentifier(m_realmId))
        return refusedBeforeSending(Tr::tr("“%1” is not a QuickBooks company id.").arg(m_realmId));

    // QBO: 401 / 3200 means the access token expired or was revoked (qbo-api.md §1).
    const AuthorizedExchange exchange = sendAuthorized(
        m_transport, m_tokens, [&](const QString &token) { return buildRequest(call, token); },
        &QboFault::isAuthenticationFailure, lcQbo());
    if (exchange.refreshFailure)
        return *exchange.refreshFailure;
    const HttpResponse &response = exchange.response;
    if (exchange.refusedAfterRefresh) {
        ApiError error = QboFault::fromResponse(response, call.requestJson);
        error.cls = ApiError::Class::NeedsReconnect;
        return error;
    }

    if (!response.isSuccess())
        return QboFault::fromResponse(response, call.requestJson);
    QString parseError;
    const auto object = QboJson::parseObject(response.body, &parseError);
    if (!object) {
        // An HTML page, XML or garbage with a 2xx: QboFault names it (a fault if it is one,
        // else Transient with the page title).
        ApiError error = QboFault::fromResponse(response, call.requestJson);
        if (error.detail.isEmpty())
            error.detail = parseError;
        return error;
    }
    // QBO: a 200 may still carry a Fault (qbo-api.md §7).
    if (QboFault::parse(*object))
        return QboFault::fromResponse(response, call.requestJson);
    return *object;
}

ApiResult<QboObject> QboClient::readEntity(const ApiResult<QJsonObject> &answer,
                                           QboEntity entity) const
{
    if (!answer)
        return answer.error();
    const QString name = qboEntityName(entity);
    const QJsonValue value = answer->value(name);
    if (!value.isObject())
        return QboFault::unreadable(200,
                                    QStringLiteral("the answer has no \"%1\" object").arg(name));
    return QboObject(name, value.toObject());
}

ApiResult<QboObject> QboClient::write(QboEntity entity, const QJsonObject &body,
                                      const QString &requestId)
{
    if (!qboEntityIsWritable(entity))
        return refusedBeforeSending(
            Tr::tr("Bookflow does not change QuickBooks %1 records.").arg(qboEntityName(entity)));
    if (const auto refusal = checkRequestId(requestId, false))
        return *refusal;
    Call call;
    call.method = "POST";
    call.path = qboEntityPath(entity);
    call.requestId = requestId;
    call.requestJson = body;
    call.hasBody = true;
    return readEntity(execute(call), entity);
}

ApiResult<QboObject> QboClient::create(QboEntity entity, const QJsonObject &body,
                                       const QString &requestId)
{
    if (body.contains(QStringLiteral("Id")))
        return refusedBeforeSending(Tr::tr("A new QuickBooks record cannot carry an Id."));
    return write(entity, body, requestId);
}

ApiResult<QboObject> QboClient::sparseUpdate(QboEntity entity, const QJsonObject &changes,
                                             const QString &requestId)
{
    // QBO: an update names the record and the SyncToken it was read at (qbo-api.md §6).
    if (changes.value(QStringLiteral("Id")).toString().isEmpty() ||
        changes.value(QStringLiteral("SyncToken")).toString().isEmpty())
        return refusedBeforeSending(Tr::tr("A QuickBooks change needs the record's Id and "
                                           "SyncToken; it was not sent."));
    QJsonObject body = changes;
    body.insert(QStringLiteral("sparse"), true);
    return write(entity, body, requestId);
}

ApiResult<QboObject> QboClient::read(QboEntity entity, const QString &id)
{
    if (!isSafeIdentifier(id))
        return refusedBeforeSending(Tr::tr("“%1” is not a QuickBooks record id.").arg(id));
    Call call;
    call.path = qboEntityPath(entity) + QLatin1Char('/') + id;
    return readEntity(execute(call), entity);
}

ApiResult<QboObject> QboClient::companyInfo()
{
    // QBO: CompanyInfo's id is the realm id (qbo-verified.md §6).
    return read(QboEntity::CompanyInfo, m_realmId);
}

ApiResult<QboObject> QboClient::preferences()
{
    Call call;
    call.path = qboEntityPath(QboEntity::Preferences);
    return readEntity(execute(call), QboEntity::Preferences);
}

// {"QueryResponse":{"Customer":[…],"startPosition":1,"maxResults":3}} — the entity key is absent
// when nothing matched, and matched case-insensitively (the key is always the canonical name,
// qbo-verified.md §4).
QboClient::QueryAnswer QboClient::readQueryResponse(const QJsonObject &queryResponse,
                                                    const QString &entity)
{
    QueryAnswer answer;
    for (auto it = queryResponse.begin(); it != queryResponse.end(); ++it) {
        if (it.key().compare(entity, Qt::CaseInsensitive) != 0 || !it.value().isArray())
            continue;
        const QJsonArray rows = it.value().toArray();
        answer.rows.reserve(rows.size());
        for (const QJsonValue &row : rows)
            answer.rows.append(QboObject(it.key(), row.toObject()));
    }
    answer.startPosition = queryResponse.value(QStringLiteral("startPosition")).toInt();
    const QJsonValue total = queryResponse.value(QStringLiteral("totalCount"));
    if (total.isDouble())
        answer.totalCount = total.toInteger();
    return answer;
}

ApiResult<QboClient::QueryAnswer> QboClient::runQuery(const QboQuery &query)
{
    if (!query.isValid())
        return refusedBeforeSending(query.error());
    Call call;
    call.path = QStringLiteral("query");
    call.extraQuery = "query=" + query.encoded();
    const ApiResult<QJsonObject> answer = execute(call);
    if (!answer)
        return answer.error();
    const QJsonValue queryResponse = answer->value(QStringLiteral("QueryResponse"));
    if (!queryResponse.isObject())
        return QboFault::unreadable(200, QStringLiteral("the answer has no QueryResponse"));
    return readQueryResponse(queryResponse.toObject(), query.entity());
}

ApiResult<QVector<QboObject>> QboClient::query(const QboQuery &query)
{
    if (query.isCount())
        return refusedBeforeSending(Tr::tr("A count look-up returns a number, not rows."));
    ApiResult<QueryAnswer> answer = runQuery(query);
    if (!answer)
        return answer.error();
    return std::move(answer).value().rows;
}

ApiResult<QVector<QboObject>> QboClient::queryAll(const QboQuery &query, int pageSize)
{
    if (query.isCount())
        return refusedBeforeSending(Tr::tr("A count look-up returns a number, not rows."));
    pageSize = qBound(1, pageSize, int(QboQuery::MaxPageSize));
    QVector<QboObject> all;
    int start = 1; // QBO: STARTPOSITION is 1-based (qbo-api.md §5)
    for (int pages = 0; pages < MaxPages; ++pages) {
        ApiResult<QueryAnswer> page = runQuery(query.page(start, pageSize));
        if (!page)
            return page.error();
        // A peer that ignores STARTPOSITION would hand back page one forever.
        if (page->startPosition != 0 && page->startPosition != start && !page->rows.isEmpty())
            return QboFault::unreadable(
                200, QStringLiteral("asked for rows from %1, QuickBooks answered from %2")
                         .arg(start)
                         .arg(page->startPosition));
        const int received = page->rows.size();
        all += std::move(page).value().rows;
        // QBO: a page shorter than MAXRESULTS is the last one (NQB fetchAll).
        if (received < pageSize)
            return all;
        start += pageSize;
    }
    return QboFault::unreadable(200, QStringLiteral("more than %1 pages").arg(MaxPages));
}

ApiResult<qint64> QboClient::count(const QboQuery &query)
{
    if (!query.isCount())
        return refusedBeforeSending(Tr::tr("Use QboQuery::count() to count QuickBooks records."));
    const ApiResult<QueryAnswer> parsed = runQuery(query);
    if (!parsed)
        return parsed.error();
    if (!parsed->totalCount)
        return QboFault::unreadable(200, QStringLiteral("the count answer has no totalCount"));
    return *parsed->totalCount;
}

ApiResult<QVector<QboBatchItemResult>> QboClient::batch(const QVector<QboBatchItem> &items,
                                                        const QString &requestId)
{
    // QBO: ≤ 30 operations per batch (qbo-api.md §8), bId ≤ 10 chars (qbo-verified.md §9).
    if (items.isEmpty())
        return refusedBeforeSending(Tr::tr("A QuickBooks batch needs at least one step."));
    if (items.size() > QboBatchItem::MaxItems)
        return refusedBeforeSending(Tr::tr("A QuickBooks batch holds at most %1 steps; this one "
                                           "has %2. It was not sent.")
                                        .arg(QboBatchItem::MaxItems)
                                        .arg(items.size()));
    static const QRegularExpression batchIdPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,10}")));
    QSet<QString> seen;
    bool writes = false;
    QJsonArray requests;
    for (const QboBatchItem &item : items) {
        if (!batchIdPattern.match(item.bId).hasMatch())
            return refusedBeforeSending(
                Tr::tr("“%1” is not a valid batch step id (1–%2 letters, digits, - or _).")
                    .arg(item.bId)
                    .arg(QboBatchItem::MaxBatchIdLength));
        if (seen.contains(item.bId))
            return refusedBeforeSending(
                Tr::tr("The batch step id “%1” is used twice.").arg(item.bId));
        seen.insert(item.bId);

        QJsonObject request;
        request.insert(QStringLiteral("bId"), item.bId);
        switch (item.operation) {
        case QboBatchItem::Operation::Query:
            if (!item.query.isValid())
                return refusedBeforeSending(item.query.error());
            request.insert(QStringLiteral("Query"), item.query.statement());
            break;
        case QboBatchItem::Operation::Create:
        case QboBatchItem::Operation::Update:
            writes = true;
            if (!qboEntityIsWritable(item.entity))
                return refusedBeforeSending(Tr::tr("Bookflow does not change QuickBooks %1 "
                                                   "records.")
                                                .arg(qboEntityName(item.entity)));
            if (item.operation == QboBatchItem::Operation::Update &&
                (item.body.value(QStringLiteral("Id")).toString().isEmpty() ||
                 item.body.value(QStringLiteral("SyncToken")).toString().isEmpty()))
                return refusedBeforeSending(Tr::tr("A QuickBooks change needs the record's Id "
                                                   "and SyncToken; it was not sent."));
            request.insert(QStringLiteral("operation"),
                           item.operation == QboBatchItem::Operation::Create
                               ? QStringLiteral("create")
                               : QStringLiteral("update"));
            request.insert(qboEntityName(item.entity), item.body);
            break;
        }
        requests.append(request);
    }
    if (writes || !requestId.isEmpty()) {
        if (const auto refusal = checkRequestId(requestId, true))
            return *refusal;
    }

    Call call;
    call.method = "POST";
    call.path = QStringLiteral("batch");
    call.requestId = requestId;
    call.requestJson.insert(QStringLiteral("BatchItemRequest"), requests);
    call.hasBody = true;
    const ApiResult<QJsonObject> answer = execute(call);
    if (!answer)
        return answer.error();

    const QJsonValue responses = answer->value(QStringLiteral("BatchItemResponse"));
    if (!responses.isArray())
        return QboFault::unreadable(200, QStringLiteral("the answer has no BatchItemResponse"));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : responses.toArray()) {
        const QJsonObject response = value.toObject();
        byId.insert(response.value(QStringLiteral("bId")).toString(), response);
    }

    QVector<QboBatchItemResult> results;
    results.reserve(items.size());
    for (const QboBatchItem &item : items) {
        QboBatchItemResult result;
        result.bId = item.bId;
        const auto found = byId.constFind(item.bId);
        if (found == byId.constEnd()) {
            // Unknown whether it ran: resending the same batch (same requestid) replays QBO's
            // stored answer, so this is worth a retry rather than a verdict.
            ApiError error =
                QboFault::unreadable(200, QStringLiteral("no answer for bId %1").arg(item.bId));
            error.reason = Tr::tr("QuickBooks did not answer for this step; Bookflow will try "
                                  "again.");
            result.error = error;
            results.append(result);
            continue;
        }
        const QJsonObject &response = *found;
        const QJsonValue fault = response.value(QStringLiteral("Fault"));
        if (fault.isObject()) {
            result.error = QboFault::fromFault(fault.toObject(), 200, item.body);
        } else if (item.operation == QboBatchItem::Operation::Query) {
            const QJsonValue queryResponse = response.value(QStringLiteral("QueryResponse"));
            if (!queryResponse.isObject()) {
                result.error = QboFault::unreadable(
                    200, QStringLiteral("bId %1 has no QueryResponse").arg(item.bId));
            } else {
                const QueryAnswer parsed =
                    readQueryResponse(queryResponse.toObject(), item.query.entity());
                result.rows = parsed.rows;
                result.totalCount = parsed.totalCount;
            }
        } else {
            const QString name = qboEntityName(item.entity);
            const QJsonValue entity = response.value(name);
            if (entity.isObject())
                result.object = QboObject(name, entity.toObject());
            else
                result.error = QboFault::unreadable(
                    200, QStringLiteral("bId %1 has no \"%2\" object").arg(item.bId, name));
        }
        results.append(result);
    }
    return results;
}

} // namespace bookflow
