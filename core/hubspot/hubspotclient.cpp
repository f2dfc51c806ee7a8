#include "core/hubspot/hubspotclient.h"

#include "core/net/redaction.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bookflow {

namespace {

// Traffic logging is off unless QT_LOGGING_RULES="bookflow.hubspot.debug=true"; every line
// goes through Redaction.
Q_LOGGING_CATEGORY(lcHubSpot, "bookflow.hubspot", QtInfoMsg)

// Guards against a peer whose cursor never ends: 100,000 pages.
constexpr int MaxPages = 100000;
constexpr int DefaultSearchPageSize = HubSpotSearchRequest::MaxPageSize;

QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray objectPath(HubSpotObject object)
{
    return encoded(hubSpotObjectPath(object));
}

// HubSpot record ids are digits; idProperty values (not used here) could be more. Anything with
// a '/', '?' or control character is refused rather than encoded into another path.
bool isSafeId(const QString &id)
{
    // \A…\z, not ^…$: "$" also matches before a final newline, which would reach the URL.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.:@+-]{1,100}")));
    return pattern.match(id).hasMatch();
}

ApiError notAnId(HubSpotObject object, const QString &id)
{
    return HubSpotError::refusedBeforeSending(
        Tr::tr("“%1” is not a HubSpot %2 id.").arg(id, hubSpotObjectDisplayName(object)));
}

QByteArray joinedNames(const QStringList &names)
{
    QByteArray joined;
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += ',';
        joined += encoded(name);
    }
    return joined;
}

QStringList uniqueInOrder(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        unique.append(id);
    }
    return unique;
}

// paging.next.after of a list or association page, as text (a string or a number).
QString nextAfterOf(const QJsonObject &json)
{
    return HubSpotWire::idText(json.value(QStringLiteral("paging"))
                                   .toObject()
                                   .value(QStringLiteral("next"))
                                   .toObject()
                                   .value(QStringLiteral("after")));
}

ApiError unanswered(const QString &id)
{
    ApiError error;
    error.cls = ApiError::Class::Transient;
    error.reason = Tr::tr("HubSpot did not answer for this record; Bookflow will try again.");
    error.detail = QStringLiteral("no result and no error for id %1").arg(id);
    return error;
}

// Adds one chunk's answer to the whole batch's.
void absorb(HubSpotBatchResult &all, const HubSpotBatchResult &part)
{
    all.records += part.records;
    for (auto it = part.errors.cbegin(); it != part.errors.cend(); ++it)
        all.errors.insert(it.key(), it.value());
}

ApiError endlessPaging(const QString &what)
{
    return HubSpotError::unreadable(
        200, QStringLiteral("%1: the paging cursor did not move on").arg(what), true);
}

// The instant a search result was last modified, for the 10,000 split: the modified property as
// sent (ISO or epoch-ms), else updatedAt. Epoch ms; nullopt when neither can be read.
std::optional<qint64> modifiedMs(const HubSpotRecord &record, const QString &property)
{
    QDateTime instant = HubSpotWire::parseInstant(record.text(property));
    if (!instant.isValid())
        instant = record.updatedAt;
    if (!instant.isValid())
        return std::nullopt;
    return instant.toMSecsSinceEpoch();
}

} // namespace

HubSpotClient::HubSpotClient(Transport &transport, QUrl baseUrl, TokenSource &tokens,
                             const Clock &clock)
    : m_transport(transport), m_baseUrl(std::move(baseUrl)), m_tokens(tokens), m_clock(clock)
{
}

HubSpotError::Subject HubSpotClient::subject(std::optional<HubSpotObject> object,
                                             const QString &id) const
{
    HubSpotError::Subject result;
    result.object = object;
    result.id = id;
    result.now = m_clock.now();
    result.portalTimeZone = m_portalTimeZone;
    return result;
}

HttpRequest HubSpotClient::buildRequest(const Call &call, const QString &accessToken) const
{
    QByteArray url = m_baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (url.endsWith('/'))
        url.chop(1);
    url += call.path;
    if (!call.query.isEmpty())
        url += '?' + call.query;

    HttpRequest request;
    request.method = call.method;
    request.url = QUrl::fromEncoded(url, QUrl::StrictMode);
    request.timeoutMs = m_timeoutMs;
    request.setHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setHeader("Accept", "application/json");
    if (call.hasBody) {
        request.setHeader("Content-Type", "application/json");
        request.body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    }
    return request;
}

ApiResult<HubSpotClient::Answer> HubSpotClient::execute(const Call &call)
{
    // HubSpot warns that a 401 does not prove the token expired (hubspot.md §2.1: track the TTL
    // instead, HubSpotTokens), so one refresh and one resend, and a second 401 means the grant
    // itself is gone.
    const AuthorizedExchange exchange = sendAuthorized(
        m_transport, m_tokens, [&](const QString &token) { return buildRequest(call, token); },
        [](const HttpResponse &r) { return r.status == 401; }, lcHubSpot());
    if (exchange.refreshFailure)
        return *exchange.refreshFailure;
    const HttpResponse &response = exchange.response;
    if (exchange.refusedAfterRefresh) {
        ApiError error = HubSpotError::fromResponse(response, call.subject);
        error.cls = ApiError::Class::NeedsReconnect;
        return error;
    }

    if (response.status != 0) {
        if (auto limit = HubSpotRateLimit::fromResponse(response, m_clock.now()))
            m_lastRateLimit = limit;
    }
    if (!response.isSuccess())
        return HubSpotError::fromResponse(response, call.subject);

    Answer answer;
    answer.status = response.status;
    if (response.body.trimmed().isEmpty()) {
        if (response.status == 204)
            return answer;
        return HubSpotError::unreadable(response.status, QStringLiteral("an empty answer"), false);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HubSpotError::unreadable(
            response.status,
            QStringLiteral("not JSON (%1): %2")
                .arg(parseError.errorString(),
                     Redaction::text(QString::fromUtf8(response.body.left(200)))),
            false);
    if (!document.isObject())
        return HubSpotError::unreadable(response.status,
                                        QStringLiteral("the answer is not a JSON object"), true);
    answer.json = document.object();
    return answer;
}

ApiResult<HubSpotClient::Answer> HubSpotClient::sendJson(const QByteArray &method,
                                                         const QByteArray &path,
                                                         const QJsonObject &body,
                                                         const HubSpotError::Subject &subject)
{
    Call call;
    call.method = method;
    call.path = path;
    call.body = body;
    call.hasBody = true;
    call.subject = subject;
    return execute(call);
}

ApiResult<QVector<HubSpotRecord>> HubSpotClient::readRecords(const QJsonObject &json,
                                                             const char *what) const
{
    const QJsonValue results = json.value(QStringLiteral("results"));
    if (!results.isArray())
        return HubSpotError::unreadable(
            200, QStringLiteral("%1: the answer has no results array").arg(QLatin1String(what)),
            true);
    QVector<HubSpotRecord> records;
    records.reserve(results.toArray().size());
    for (const QJsonValue &value : results.toArray()) {
        QString why;
        auto record = HubSpotRecord::fromJson(value.toObject(), &why);
        if (!record)
            return HubSpotError::unreadable(
                200, QStringLiteral("%1: %2").arg(QLatin1String(what), why), true);
        records.append(std::move(*record));
    }
    return records;
}

// --- records -------------------------------------------------------------------------------

ApiResult<QStringList> HubSpotClient::embeddedAssociations(HubSpotObject from, const QString &id,
                                                           HubSpotObject to,
                                                           const QJsonObject &collection)
{
    QStringList ids;
    QJsonObject page = collection;
    QSet<QString> cursors;
    for (int pages = 0; pages < MaxPages; ++pages) {
        // {"results":[{"id":"301"|301,"type":"deal_to_contact"}],"paging":{"next":{"after"}}}
        for (const QJsonValue &value : page.value(QStringLiteral("results")).toArray()) {
            const QJsonObject entry = value.toObject();
            QString toId = HubSpotWire::idText(entry.value(QStringLiteral("id")));
            if (toId.isEmpty()) // v4-shaped entries in the date-versioned API
                toId = HubSpotWire::idText(entry.value(QStringLiteral("toObjectId")));
            if (!toId.isEmpty())
                ids.append(toId);
        }
        const QString after = nextAfterOf(page);
        if (after.isEmpty())
            return HubSpotWire::sortedUniqueIds(ids);
        if (cursors.contains(after))
            return endlessPaging(QStringLiteral("associations"));
        cursors.insert(after);

        // HubSpot: association lists on v3 GET are paged at 100 (changelog, 18 Jan 2021); the
        // rest comes from the association list endpoint the paging link names.
        Call call;
        call.path = "/crm/v3/objects/" + objectPath(from) + '/' + encoded(id) + "/associations/" +
                    objectPath(to);
        call.query =
            "limit=" + QByteArray::number(EmbeddedAssociationPageSize) + "&after=" + encoded(after);
        call.subject = subject(from, id);
        const ApiResult<Answer> answer = execute(call);
        if (!answer)
            return answer.error();
        page = answer->json;
    }
    return endlessPaging(QStringLiteral("associations"));
}

ApiResult<HubSpotRecord> HubSpotClient::get(HubSpotObject object, const QString &id,
                                            const QStringList &properties,
                                            const QList<HubSpotObject> &associations)
{
    if (!isSafeId(id))
        return notAnId(object, id);
    Call call;
    call.path = "/crm/v3/objects/" + objectPath(object) + '/' + encoded(id);
    QByteArrayList query;
    if (!properties.isEmpty())
        query.append("properties=" + joinedNames(properties));
    if (!associations.isEmpty()) {
        QStringList names;
        for (HubSpotObject to : associations)
            names.append(hubSpotObjectPath(to));
        query.append("associations=" + joinedNames(names));
    }
    query.append("archived=false");
    call.query = query.join('&');
    call.subject = subject(object, id);
    const ApiResult<Answer> answer = execute(call);
    if (!answer)
        return answer.error();

    QString why;
    std::optional<HubSpotRecord> record = HubSpotRecord::fromJson(answer->json, &why);
    if (!record)
        return HubSpotError::unreadable(answer->status, why, true);

    // The associations block is keyed by plural names, line items as "line items" (with a
    // space), "line_items" or "line_item" (hubspot-verified.md §7); unknown keys (companies,
    // custom objects) are skipped.
    const QJsonObject block = answer->json.value(QStringLiteral("associations")).toObject();
    for (HubSpotObject to : associations)
        record->associations.insert(to, QStringList());
    for (auto it = block.begin(); it != block.end(); ++it) {
        const std::optional<HubSpotObject> to = hubSpotObjectFromName(it.key());
        if (!to || !associations.contains(*to))
            continue;
        ApiResult<QStringList> ids = embeddedAssociations(object, id, *to, it.value().toObject());
        if (!ids)
            return ids.error();
        QStringList merged = record->associations.value(*to) + ids.value();
        record->associations.insert(*to, HubSpotWire::sortedUniqueIds(merged));
    }
    return std::move(*record);
}

ApiResult<HubSpotPage> HubSpotClient::list(HubSpotObject object, const QStringList &properties,
                                           int limit, const QString &after)
{
    // HubSpot: list limit ≤ 100 (hubspot.md §2.3).
    if (limit < 1 || limit > MaxListPageSize)
        return HubSpotError::refusedBeforeSending(
            Tr::tr("A HubSpot list page holds 1 to %1 records, not %2.")
                .arg(MaxListPageSize)
                .arg(limit));
    Call call;
    call.path = "/crm/v3/objects/" + objectPath(object);
    QByteArrayList query{"limit=" + QByteArray::number(limit)};
    if (!after.isEmpty())
        query.append("after=" + encoded(after));
    if (!properties.isEmpty())
        query.append("properties=" + joinedNames(properties));
    query.append("archived=false");
    call.query = query.join('&');
    call.subject = subject(object);
    const ApiResult<Answer> answer = execute(call);
    if (!answer)
        return answer.error();
    ApiResult<QVector<HubSpotRecord>> records = readRecords(answer->json, "list");
    if (!records)
        return records.error();
    HubSpotPage page;
    page.records = std::move(records).value();
    page.nextAfter = nextAfterOf(answer->json);
    return page;
}

ApiResult<QVector<HubSpotRecord>> HubSpotClient::listAll(HubSpotObject object,
                                                         const QStringList &properties)
{
    QVector<HubSpotRecord> all;
    QString after;
    QSet<QString> cursors;
    for (int pages = 0; pages < MaxPages; ++pages) {
        ApiResult<HubSpotPage> page = list(object, properties, MaxListPageSize, after);
        if (!page)
            return page.error();
        all += page->records;
        if (page->nextAfter.isEmpty())
            return all;
        if (cursors.contains(page->nextAfter))
            return endlessPaging(QStringLiteral("list"));
        cursors.insert(page->nextAfter);
        after = page->nextAfter;
    }
    return endlessPaging(QStringLiteral("list"));
}

ApiResult<HubSpotBatchResult> HubSpotClient::batchChunk(HubSpotObject object,
                                                        const QByteArray &action,
                                                        const QJsonObject &body,
                                                        const QStringList &ids)
{
    const ApiResult<Answer> answer =
        sendJson("POST", "/crm/v3/objects/" + objectPath(object) + "/batch/" + action, body,
                 subject(object));
    if (!answer)
        return answer.error();

    // {status, results:[…], numErrors?, errors?:[StandardError]} — 200, or 207 with errors.
    ApiResult<QVector<HubSpotRecord>> records = readRecords(answer->json, "batch");
    if (!records)
        return records.error();
    QHash<QString, HubSpotRecord> byId;
    for (HubSpotRecord &record : records.value())
        byId.insert(record.id, std::move(record));

    HubSpotBatchResult result;
    for (const QJsonValue &value : answer->json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject item = value.toObject();
        const QStringList named = HubSpotError::batchErrorIds(item);
        for (const QString &id : named)
            result.errors.insert(id, HubSpotError::fromBatchError(item, subject(object, id)));
        if (named.isEmpty()) {
            // An error that names no id: it applies to every id without a result.
            for (const QString &id : ids) {
                if (!byId.contains(id) && !result.errors.contains(id))
                    result.errors.insert(id, HubSpotError::fromBatchError(item, subject(object)));
            }
        }
    }
    for (const QString &id : ids) {
        const auto found = byId.constFind(id);
        if (found != byId.constEnd())
            result.records.append(*found);
        else if (!result.errors.contains(id))
            result.errors.insert(id, unanswered(id));
    }
    return result;
}

ApiResult<HubSpotBatchResult> HubSpotClient::batchRead(HubSpotObject object, const QStringList &ids,
                                                       const QStringList &properties)
{
    const QStringList unique = uniqueInOrder(ids);
    for (const QString &id : unique) {
        if (!isSafeId(id))
            return notAnId(object, id);
    }
    HubSpotBatchResult all;
    // HubSpot: batch endpoints take ≤ 100 records a request (hubspot.md §2.3, §2.8).
    for (qsizetype start = 0; start < unique.size(); start += MaxBatchInputs) {
        const QStringList chunk = unique.mid(start, MaxBatchInputs);
        QJsonArray inputs;
        for (const QString &id : chunk)
            inputs.append(QJsonObject{{QStringLiteral("id"), id}});
        QJsonObject body{{QStringLiteral("inputs"), inputs},
                         {QStringLiteral("properties"), QJsonArray::fromStringList(properties)},
                         {QStringLiteral("propertiesWithHistory"), QJsonArray()}};
        ApiResult<HubSpotBatchResult> part = batchChunk(object, "read", body, chunk);
        if (!part)
            return part.error();
        absorb(all, part.value());
    }
    return all;
}

// --- search --------------------------------------------------------------------------------

ApiResult<HubSpotSearchPage> HubSpotClient::search(HubSpotObject object,
                                                   const HubSpotSearchRequest &request)
{
    if (const auto why = request.problem())
        return HubSpotError::refusedBeforeSending(*why);
    const ApiResult<Answer> answer =
        sendJson("POST", "/crm/v3/objects/" + objectPath(object) + "/search", request.toJson(),
                 subject(object));
    if (!answer)
        return answer.error();
    ApiResult<QVector<HubSpotRecord>> records = readRecords(answer->json, "search");
    if (!records)
        return records.error();

    HubSpotSearchPage page;
    page.records = std::move(records).value();
    page.total = answer->json.value(QStringLiteral("total")).toInteger(page.records.size());
    const QString after = nextAfterOf(answer->json);
    if (!after.isEmpty()) {
        // HubSpot: search's after is an integer offset ("10", "20"), hubspot.md §2.4.
        bool ok = false;
        const int offset = after.toInt(&ok);
        if (!ok || offset < 0)
            return HubSpotError::unreadable(
                answer->status,
                QStringLiteral("search paging.next.after is not an offset: %1").arg(after), true);
        page.nextAfter = offset;
    }
    return page;
}

ApiResult<QVector<HubSpotRecord>> HubSpotClient::searchAll(HubSpotObject object,
                                                           const HubSpotSearchRequest &request)
{
    const QString modified = hubSpotModifiedProperty(object);
    const int pageSize = request.limit() > 0 ? request.limit() : DefaultSearchPageSize;
    HubSpotSearchRequest base = request;
    base.sortBy(modified, HubSpotSearchRequest::Direction::Ascending).setLimit(pageSize);
    if (!base.properties().isEmpty() && !base.properties().contains(modified))
        base.setProperties(base.properties() + QStringList{modified});

    QVector<HubSpotRecord> all;
    QHash<QString, qsizetype> position; // id → index in `all`
    std::optional<qint64> lowerBound;   // the split filter's value, epoch ms
    int after = 0;
    for (int pages = 0; pages < MaxPages; ++pages) {
        HubSpotSearchRequest page = base;
        if (lowerBound) {
            // Groups are OR'd, so the bound goes into every group (AND inside each).
            const HubSpotFilter bound = HubSpotFilter::gte(modified, QString::number(*lowerBound));
            QVector<HubSpotSearchRequest::FilterGroup> groups = base.groups();
            if (groups.isEmpty())
                groups.append(HubSpotSearchRequest::FilterGroup());
            for (auto &group : groups)
                group.append(bound);
            page.setGroups(groups);
            if (const auto why = page.problem())
                return HubSpotError::refusedBeforeSending(
                    Tr::tr("This HubSpot search has more than %L1 results, and going past them "
                           "needs one more filter per group than it has room for: %2")
                        .arg(HubSpotSearchRequest::MaxResults)
                        .arg(*why));
        }
        page.setAfter(after);

        ApiResult<HubSpotSearchPage> answer = search(object, page);
        if (!answer)
            return answer.error();
        std::optional<qint64> lastSeen;
        for (HubSpotRecord &record : answer.value().records) {
            if (const auto ms = modifiedMs(record, modified))
                lastSeen = lastSeen ? qMax(*lastSeen, *ms) : *ms;
            const auto found = position.constFind(record.id);
            if (found != position.constEnd()) {
                all[*found] = std::move(record); // seen at the boundary: keep the newer copy
            } else {
                position.insert(record.id, all.size());
                all.append(std::move(record));
            }
        }
        if (!answer->nextAfter || answer->records.isEmpty())
            return all;

        const int next = *answer->nextAfter;
        // Not next + pageSize: HubSpot's offset may be anything up to INT_MAX.
        if (next <= HubSpotSearchRequest::MaxResults - pageSize) {
            if (next <= after)
                return endlessPaging(QStringLiteral("search"));
            after = next;
            continue;
        }
        // HubSpot: no paging past 10,000 results (hubspot.md §2.4): start again from the last
        // modified instant seen. Records at that instant come again and are dropped above.
        if (!lastSeen)
            return HubSpotError::unreadable(
                200, QStringLiteral("search results without %1 or updatedAt").arg(modified), true);
        if (lowerBound && *lastSeen <= *lowerBound) {
            ApiError error = HubSpotError::refusedBeforeSending(
                Tr::tr("More than %L1 HubSpot records were changed at the same moment, so "
                       "Bookflow cannot page through them. Narrow the search.")
                    .arg(HubSpotSearchRequest::MaxResults));
            error.detail =
                QStringLiteral("search split stuck at %1 = %2").arg(modified).arg(*lastSeen);
            return error;
        }
        lowerBound = lastSeen;
        after = 0;
    }
    return endlessPaging(QStringLiteral("search"));
}

// --- write-back ----------------------------------------------------------------------------

ApiResult<HubSpotRecord> HubSpotClient::update(HubSpotObject object, const QString &id,
                                               const QJsonObject &properties)
{
    if (!isSafeId(id))
        return notAnId(object, id);
    if (properties.isEmpty())
        return HubSpotError::refusedBeforeSending(
            Tr::tr("There is nothing to change on the HubSpot %1 %2.")
                .arg(hubSpotObjectDisplayName(object), id));
    const ApiResult<Answer> answer =
        sendJson("PATCH", "/crm/v3/objects/" + objectPath(object) + '/' + encoded(id),
                 QJsonObject{{QStringLiteral("properties"), properties}}, subject(object, id));
    if (!answer)
        return answer.error();
    QString why;
    std::optional<HubSpotRecord> record = HubSpotRecord::fromJson(answer->json, &why);
    if (!record)
        return HubSpotError::unreadable(answer->status, why, true);
    return std::move(*record);
}

ApiResult<HubSpotBatchResult>
HubSpotClient::batchUpdate(HubSpotObject object, const QVector<HubSpotRecordUpdate> &updates)
{
    QSet<QString> seen;
    for (const HubSpotRecordUpdate &update : updates) {
        if (!isSafeId(update.id))
            return notAnId(object, update.id);
        if (seen.contains(update.id))
            return HubSpotError::refusedBeforeSending(
                Tr::tr("The HubSpot %1 %2 appears twice in one change; it was not sent.")
                    .arg(hubSpotObjectDisplayName(object), update.id));
        seen.insert(update.id);
    }
    HubSpotBatchResult all;
    // HubSpot: batch endpoints take ≤ 100 records a request (hubspot.md §2.8).
    for (qsizetype start = 0; start < updates.size(); start += MaxBatchInputs) {
        QJsonArray inputs;
        QStringList ids;
        for (const HubSpotRecordUpdate &update : updates.mid(start, MaxBatchInputs)) {
            inputs.append(QJsonObject{{QStringLiteral("id"), update.id},
                                      {QStringLiteral("properties"), update.properties}});
            ids.append(update.id);
        }
        ApiResult<HubSpotBatchResult> part =
            batchChunk(object, "update", QJsonObject{{QStringLiteral("inputs"), inputs}}, ids);
        if (!part)
            return part.error();
        absorb(all, part.value());
    }
    return all;
}

// --- properties API ------------------------------------------------------------------------

ApiResult<QVector<HubSpotProperty>> HubSpotClient::properties(HubSpotObject object)
{
    Call call;
    call.path = "/crm/v3/properties/" + objectPath(object);
    call.query = "archived=false";
    call.subject = subject(object);
    const ApiResult<Answer> answer = execute(call);
    if (!answer)
        return answer.error();
    const QJsonValue results = answer->json.value(QStringLiteral("results"));
    if (!results.isArray())
        return HubSpotError::unreadable(answer->status,
                                        QStringLiteral("properties: no results array"), true);
    QVector<HubSpotProperty> properties;
    for (const QJsonValue &value : results.toArray()) {
        QString why;
        auto property = HubSpotProperty::fromJson(value.toObject(), &why);
        if (!property)
            return HubSpotError::unreadable(answer->status, QStringLiteral("properties: ") + why,
                                            true);
        properties.append(std::move(*property));
    }
    return properties;
}

ApiStatus HubSpotClient::createPropertyGroup(HubSpotObject object, const QString &name,
                                             const QString &label, int displayOrder)
{
    if (name.isEmpty() || label.isEmpty())
        return HubSpotError::refusedBeforeSending(
            Tr::tr("A HubSpot property group needs a name and a label."));
    QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("label"), label}};
    if (displayOrder >= 0)
        body.insert(QStringLiteral("displayOrder"), displayOrder);
    const ApiResult<Answer> answer = sendJson(
        "POST", "/crm/v3/properties/" + objectPath(object) + "/groups", body, subject(object));
    // HubSpot: 409 CONFLICT = the group already exists, which is what was wanted.
    if (!answer && answer.error().httpStatus != 409)
        return answer.error();
    return ApiStatus::success();
}

ApiStatus HubSpotClient::createProperty(HubSpotObject object, const HubSpotProperty &property)
{
    if (property.name.isEmpty() || property.label.isEmpty() || property.type.isEmpty() ||
        property.fieldType.isEmpty() || property.groupName.isEmpty())
        return HubSpotError::refusedBeforeSending(
            Tr::tr("A HubSpot property needs a name, a label, a type, a field type and a "
                   "group."));
    const ApiResult<Answer> answer = sendJson("POST", "/crm/v3/properties/" + objectPath(object),
                                              property.toCreateJson(), subject(object));
    // HubSpot: 409 CONFLICT = a property of that name exists already.
    if (!answer && answer.error().httpStatus != 409)
        return answer.error();
    return ApiStatus::success();
}

// --- associations v4 -----------------------------------------------------------------------

namespace {

// Adds `association` to `list`, merging the types when the id is already there (HubSpot may list
// an id once per page or label).
void mergeAssociation(QVector<HubSpotAssociation> &list, const HubSpotAssociation &association)
{
    for (HubSpotAssociation &existing : list) {
        if (existing.toObjectId != association.toObjectId)
            continue;
        for (const HubSpotAssociation::Type &type : association.types) {
            const bool known =
                std::any_of(existing.types.cbegin(), existing.types.cend(),
                            [&type](const HubSpotAssociation::Type &t) {
                                return t.typeId == type.typeId && t.category == type.category;
                            });
            if (!known)
                existing.types.append(type);
        }
        return;
    }
    list.append(association);
}

void sortAssociations(QVector<HubSpotAssociation> &list)
{
    std::sort(list.begin(), list.end(),
              [](const HubSpotAssociation &a, const HubSpotAssociation &b) {
                  return HubSpotWire::idLess(a.toObjectId, b.toObjectId);
              });
}

} // namespace

ApiResult<QVector<HubSpotAssociation>>
HubSpotClient::associations(HubSpotObject from, const QString &id, HubSpotObject to)
{
    if (!isSafeId(id))
        return notAnId(from, id);
    QVector<HubSpotAssociation> all;
    QString after;
    QSet<QString> cursors;
    for (int pages = 0; pages < MaxPages; ++pages) {
        Call call;
        call.path = "/crm/v4/objects/" + objectPath(from) + '/' + encoded(id) + "/associations/" +
                    objectPath(to);
        call.query = "limit=" + QByteArray::number(AssociationPageSize);
        if (!after.isEmpty())
            call.query += "&after=" + encoded(after);
        call.subject = subject(from, id);
        const ApiResult<Answer> answer = execute(call);
        if (!answer)
            return answer.error();
        const QJsonValue results = answer->json.value(QStringLiteral("results"));
        if (!results.isArray())
            return HubSpotError::unreadable(answer->status,
                                            QStringLiteral("associations: no results array"), true);
        for (const QJsonValue &value : results.toArray()) {
            QString why;
            const auto association = HubSpotAssociation::fromJson(value.toObject(), &why);
            if (!association)
                return HubSpotError::unreadable(answer->status,
                                                QStringLiteral("associations: ") + why, true);
            mergeAssociation(all, *association);
        }
        after = nextAfterOf(answer->json);
        if (after.isEmpty()) {
            sortAssociations(all);
            return all;
        }
        if (cursors.contains(after))
            return endlessPaging(QStringLiteral("associations"));
        cursors.insert(after);
    }
    return endlessPaging(QStringLiteral("associations"));
}

ApiResult<HubSpotAssociationBatch>
HubSpotClient::batchAssociations(HubSpotObject from, HubSpotObject to, const QStringList &ids)
{
    const QStringList unique = uniqueInOrder(ids);
    for (const QString &id : unique) {
        if (!isSafeId(id))
            return notAnId(from, id);
    }
    HubSpotAssociationBatch all;
    QSet<QString> answered;
    // Pending inputs: {id, after}; an empty after is the first page.
    QVector<QPair<QString, QString>> pending;
    for (const QString &id : unique)
        pending.append({id, QString()});
    QHash<QString, QSet<QString>> cursors;

    for (int round = 0; !pending.isEmpty(); ++round) {
        if (round >= MaxPages)
            return endlessPaging(QStringLiteral("associations batch"));
        QVector<QPair<QString, QString>> next;
        // HubSpot: associations v4 batch read takes ≤ 1,000 inputs (hubspot.md §2.5).
        for (qsizetype start = 0; start < pending.size(); start += MaxAssociationBatchInputs) {
            QJsonArray inputs;
            for (const auto &input : pending.mid(start, MaxAssociationBatchInputs)) {
                QJsonObject object{{QStringLiteral("id"), input.first}};
                if (!input.second.isEmpty())
                    object.insert(QStringLiteral("after"), input.second);
                inputs.append(object);
            }
            const ApiResult<Answer> answer = sendJson(
                "POST",
                "/crm/v4/associations/" + objectPath(from) + '/' + objectPath(to) + "/batch/read",
                QJsonObject{{QStringLiteral("inputs"), inputs}}, subject(from));
            if (!answer)
                return answer.error();
            const QJsonValue results = answer->json.value(QStringLiteral("results"));
            if (!results.isArray())
                return HubSpotError::unreadable(
                    answer->status, QStringLiteral("associations batch: no results array"), true);
            for (const QJsonValue &value : results.toArray()) {
                const QJsonObject result = value.toObject();
                const QString fromId = HubSpotWire::idText(
                    result.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")));
                if (fromId.isEmpty())
                    continue;
                answered.insert(fromId);
                QVector<HubSpotAssociation> &list = all.byId[fromId];
                for (const QJsonValue &target : result.value(QStringLiteral("to")).toArray()) {
                    QString why;
                    const auto association = HubSpotAssociation::fromJson(target.toObject(), &why);
                    if (!association)
                        return HubSpotError::unreadable(
                            answer->status, QStringLiteral("associations batch: ") + why, true);
                    mergeAssociation(list, *association);
                }
                const QString after = nextAfterOf(result);
                if (!after.isEmpty()) {
                    if (cursors[fromId].contains(after))
                        return endlessPaging(QStringLiteral("associations batch"));
                    cursors[fromId].insert(after);
                    next.append({fromId, after});
                }
            }
            for (const QJsonValue &value : answer->json.value(QStringLiteral("errors")).toArray()) {
                const QJsonObject item = value.toObject();
                const bool none = item.value(QStringLiteral("subCategory"))
                                      .toString()
                                      .endsWith(QLatin1String("NO_ASSOCIATIONS_FOUND"));
                for (const QString &id : HubSpotError::batchErrorIds(item)) {
                    answered.insert(id);
                    if (none)
                        all.byId.insert(id, all.byId.value(id));
                    else
                        all.errors.insert(id,
                                          HubSpotError::fromBatchError(item, subject(from, id)));
                }
            }
        }
        pending = next;
    }
    for (const QString &id : unique) {
        if (!answered.contains(id))
            all.errors.insert(id, unanswered(id));
    }
    for (auto it = all.byId.begin(); it != all.byId.end(); ++it)
        sortAssociations(it.value());
    return all;
}

} // namespace bookflow
