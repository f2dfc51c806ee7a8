// HubSpot answers of any shape, read by the real HubSpotClient (and RecordLoader, which builds an
// enrollment's record from them) through a Transport that plays them back (the input is a
// script, fuzzsupport.h). The first line names the operation:
//
//   get [ID] | list | listAll | batchRead [ID…] | search | searchAll | update | batchUpdate |
//   properties | createPropertyGroup | createProperty | associations | batchAssociations [ID…] |
//   load deal|quote|payment [ID…] | errors | exchange | refresh | tokenInfo | privateAppTokenInfo |
//   revoke
//
// Promises checked (hubspotclient.h, hubspoterror.h, recordloader.h):
// - nothing crashes, and every failure is an ApiError with a reason a bookkeeper can read, a
//   class, and a Retry-After between zero and a day;
// - a success comes from a 2xx answer (for the property calls, a 409 "exists already" too);
// - records have ids; associated ids are sorted and unique; a batch accounts for every id asked
//   for and returns no record that was not asked for; paging never returns a record twice;
// - RecordLoader returns each record asked for at most once, in the order asked, or names it
//   missing;
// - token answers give an access token with an expiry after now.
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include "core/engine/recordloader.h"
#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotoauth.h"
#include "core/net/redaction.h"
#include "core/util/clock.h"

#include <QJsonDocument>
#include <QSet>

namespace bookflow::fuzz {

namespace {

constexpr const char *Target = "hubspotresponses";

template <typename T>
bool checkResult(const ApiResult<T> &result, const ScriptedTransport &transport, const char *what,
                 bool conflictIsSuccess = false)
{
    if (!result) {
        checkApiError(result.error(), Target, what);
        return false;
    }
    // Nothing asked, nothing to answer (ids that cannot be HubSpot's are refused unasked).
    check(transport.requestCount() == 0 || transport.sawSuccess() ||
              (conflictIsSuccess && transport.sawStatus(409)),
          Target, [&] {
              return QStringLiteral("%1 succeeded although HubSpot never answered with a 2xx")
                  .arg(QLatin1String(what));
          });
    return true;
}

bool checkStatus(const ApiStatus &status, const ScriptedTransport &transport, const char *what)
{
    if (!status) {
        checkApiError(status.error(), Target, what);
        return false;
    }
    check(transport.sawSuccess() || transport.sawStatus(409), Target, [&] {
        return QStringLiteral("%1 succeeded without a 2xx or a 409").arg(QLatin1String(what));
    });
    return true;
}

void checkRecord(const HubSpotRecord &record, const char *what)
{
    check(!record.id.isEmpty(), Target,
          [&] { return QStringLiteral("%1: a record without an id").arg(QLatin1String(what)); });
    for (auto it = record.associations.cbegin(); it != record.associations.cend(); ++it) {
        check(HubSpotWire::sortedUniqueIds(it.value()) == it.value(), Target, [&] {
            return QStringLiteral("%1: associated %2 ids not sorted and unique: %3")
                .arg(QLatin1String(what), hubSpotObjectPath(it.key()),
                     shown(it.value().join(QLatin1Char(','))));
        });
    }
    (void)record.text(QStringLiteral("dealname"));
}

void checkUniqueIds(const QVector<HubSpotRecord> &records, const char *what)
{
    QSet<QString> seen;
    for (const HubSpotRecord &record : records) {
        checkRecord(record, what);
        check(!seen.contains(record.id), Target, [&] {
            return QStringLiteral("%1: record %2 returned twice")
                .arg(QLatin1String(what), shown(record.id));
        });
        seen.insert(record.id);
    }
}

void checkBatch(const HubSpotBatchResult &result, const QStringList &ids, const char *what)
{
    QSet<QString> asked(ids.begin(), ids.end());
    QSet<QString> accounted;
    for (const HubSpotRecord &record : result.records) {
        checkRecord(record, what);
        check(asked.contains(record.id), Target, [&] {
            return QStringLiteral("%1: record %2 was not asked for")
                .arg(QLatin1String(what), shown(record.id));
        });
        accounted.insert(record.id);
    }
    for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it) {
        checkApiError(it.value(), Target, what);
        accounted.insert(it.key());
    }
    for (const QString &id : ids) {
        check(accounted.contains(id), Target, [&] {
            return QStringLiteral("%1: id %2 has neither a record nor an error")
                .arg(QLatin1String(what), id);
        });
    }
}

void checkAssociations(const QVector<HubSpotAssociation> &list, const char *what)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        check(!list.at(i).toObjectId.isEmpty(), Target, [&] {
            return QStringLiteral("%1: an association without an id").arg(QLatin1String(what));
        });
        if (i > 0) {
            check(HubSpotWire::idLess(list.at(i - 1).toObjectId, list.at(i).toObjectId), Target,
                  [&] {
                      return QStringLiteral("%1: associations not ascending and unique (%2, %3)")
                          .arg(QLatin1String(what), shown(list.at(i - 1).toObjectId),
                               shown(list.at(i).toObjectId));
                  });
        }
    }
}

void checkTokens(const ApiResult<HubSpotTokens> &tokens, const ScriptedTransport &transport,
                 const QDateTime &now, const char *what)
{
    if (!checkResult(tokens, transport, what))
        return;
    check(!tokens->accessToken.isEmpty(), Target, [&] {
        return QStringLiteral("%1: tokens without an access token").arg(QLatin1String(what));
    });
    check(tokens->expiresAt.isValid() && tokens->expiresAt > now, Target, [&] {
        return QStringLiteral("%1: an access token that expires at %2, not after now")
            .arg(QLatin1String(what), tokens->expiresAt.toString(Qt::ISODate));
    });
    (void)tokens->refreshDueAt();
    (void)tokens->toOAuthTokens();
}

// The error mapping on its own, for every answer of the script.
void readErrors(const QVector<HttpResponse> &answers, const QDateTime &now)
{
    HubSpotError::Subject subject;
    subject.object = HubSpotObject::Deal;
    subject.id = QStringLiteral("123");
    subject.now = now;
    subject.portalTimeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
    for (const HttpResponse &answer : answers) {
        (void)HubSpotRateLimit::fromResponse(answer, now);
        (void)Redaction::describe(answer);
        if (const auto envelope = HubSpotError::parse(answer.body))
            (void)HubSpotError::missingScopes(*envelope);
        if (!answer.isSuccess()) {
            checkApiError(HubSpotError::fromResponse(answer, subject), Target, "fromResponse");
            checkApiError(HubSpotOAuth::tokenError(answer), Target, "tokenError");
        }
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &item : json.value(QStringLiteral("errors")).toArray()) {
            (void)HubSpotError::batchErrorIds(item.toObject());
            checkApiError(HubSpotError::fromBatchError(item.toObject(), subject), Target,
                          "fromBatchError");
        }
        for (auto it = json.begin(); it != json.end(); ++it)
            (void)HubSpotWire::parseInstant(it.value().toString());
    }
}

QStringList idsOr(const QStringList &args, const QStringList &fallback)
{
    return args.isEmpty() ? fallback : args;
}

} // namespace

int fuzzHubSpotResponses(const uint8_t *data, size_t size)
{
    const Script script = parseScript(bytesOf(data, size));
    ScriptedTransport transport(script.answers);
    FuzzTokens tokens;
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
    HubSpotClient client(transport, QUrl(QStringLiteral("https://api.hubapi.com")), tokens, clock);
    client.setPortalTimeZone(QTimeZone(QByteArrayLiteral("America/New_York")));

    static const QStringList operations = {QStringLiteral("get"),
                                           QStringLiteral("list"),
                                           QStringLiteral("listAll"),
                                           QStringLiteral("batchRead"),
                                           QStringLiteral("search"),
                                           QStringLiteral("searchAll"),
                                           QStringLiteral("update"),
                                           QStringLiteral("batchUpdate"),
                                           QStringLiteral("properties"),
                                           QStringLiteral("createPropertyGroup"),
                                           QStringLiteral("createProperty"),
                                           QStringLiteral("associations"),
                                           QStringLiteral("batchAssociations"),
                                           QStringLiteral("load"),
                                           QStringLiteral("errors"),
                                           QStringLiteral("exchange"),
                                           QStringLiteral("refresh"),
                                           QStringLiteral("tokenInfo"),
                                           QStringLiteral("privateAppTokenInfo"),
                                           QStringLiteral("revoke")};
    qsizetype operation = operations.indexOf(script.operation);
    if (operation < 0)
        operation = script.operationIndex % operations.size();
    const QStringList properties = {QStringLiteral("dealname"), QStringLiteral("amount"),
                                    QStringLiteral("hs_lastmodifieddate")};
    const QStringList someIds = {QStringLiteral("101"), QStringLiteral("102"),
                                 QStringLiteral("103")};

    switch (operation) {
    case 0: {
        const QString id = script.args.value(0, QStringLiteral("101"));
        const auto result =
            client.get(HubSpotObject::Deal, id, properties,
                       {HubSpotObject::Contact, HubSpotObject::LineItem, HubSpotObject::Quote});
        // A record id goes into the URL path: 1–100 letters, digits and _ . : @ + -, or
        // nothing is sent.
        if (!isPlainId(id, QLatin1String("_.:@+-"), 100)) {
            check(!result.ok() && transport.requestCount() == 0, Target,
                  [&] { return QStringLiteral("get of the id \"%1\" was sent").arg(shown(id)); });
        }
        if (checkResult(result, transport, "get"))
            checkRecord(*result, "get");
        break;
    }
    case 1: {
        const auto result = client.list(HubSpotObject::Contact, properties, 100);
        if (checkResult(result, transport, "list")) {
            for (const HubSpotRecord &record : result->records)
                checkRecord(record, "list");
        }
        break;
    }
    case 2: {
        const auto result = client.listAll(HubSpotObject::Product, properties);
        if (checkResult(result, transport, "listAll")) {
            for (const HubSpotRecord &record : *result)
                checkRecord(record, "listAll");
        }
        break;
    }
    case 3: {
        const QStringList ids = idsOr(script.args, someIds);
        const auto result = client.batchRead(HubSpotObject::LineItem, ids, properties);
        if (checkResult(result, transport, "batchRead"))
            checkBatch(*result, ids, "batchRead");
        break;
    }
    case 4:
    case 5: {
        HubSpotSearchRequest request;
        request
            .where(HubSpotFilter::gte(QStringLiteral("hs_lastmodifieddate"),
                                      QStringLiteral("1767225600000")))
            .where(HubSpotFilter::hasProperty(QStringLiteral("dealname")))
            .setProperties(properties)
            .setLimit(script.args.isEmpty() ? 2 : qBound(1, script.args.first().toInt(), 200));
        if (operation == 4) {
            const auto result = client.search(HubSpotObject::Deal, request);
            if (checkResult(result, transport, "search")) {
                for (const HubSpotRecord &record : result->records)
                    checkRecord(record, "search");
            }
        } else {
            const auto result = client.searchAll(HubSpotObject::Deal, request);
            if (checkResult(result, transport, "searchAll"))
                checkUniqueIds(*result, "searchAll");
        }
        break;
    }
    case 6: {
        const auto result = client.update(
            HubSpotObject::Deal, QStringLiteral("101"),
            QJsonObject{{QStringLiteral("bookflow_qbo_invoice_number"), QStringLiteral("1006")}});
        if (checkResult(result, transport, "update"))
            checkRecord(*result, "update");
        break;
    }
    case 7: {
        QVector<HubSpotRecordUpdate> updates;
        QStringList ids;
        for (const QString &id : idsOr(script.args, someIds)) {
            if (ids.contains(id))
                continue;
            ids.append(id);
            updates.append(HubSpotRecordUpdate{
                id, QJsonObject{{QStringLiteral("bookflow_qbo_invoice_id"), QStringLiteral("9")}}});
        }
        const auto result = client.batchUpdate(HubSpotObject::Quote, updates);
        if (checkResult(result, transport, "batchUpdate"))
            checkBatch(*result, ids, "batchUpdate");
        break;
    }
    case 8: {
        const auto result = client.properties(HubSpotObject::Deal);
        if (checkResult(result, transport, "properties")) {
            for (const HubSpotProperty &property : *result) {
                check(!property.name.isEmpty(), Target,
                      [] { return QStringLiteral("properties: a property without a name"); });
                (void)property.toCreateJson();
            }
        }
        break;
    }
    case 9:
        checkStatus(client.createPropertyGroup(HubSpotObject::Deal, QStringLiteral("bookflow"),
                                               QStringLiteral("Bookflow")),
                    transport, "createPropertyGroup");
        break;
    case 10: {
        HubSpotProperty property;
        property.name = QStringLiteral("bookflow_qbo_invoice_number");
        property.label = QStringLiteral("QuickBooks invoice number");
        property.type = QStringLiteral("string");
        property.fieldType = QStringLiteral("text");
        property.groupName = QStringLiteral("bookflow");
        checkStatus(client.createProperty(HubSpotObject::Deal, property), transport,
                    "createProperty");
        break;
    }
    case 11: {
        const auto result = client.associations(HubSpotObject::Quote, QStringLiteral("201"),
                                                HubSpotObject::Contact);
        if (checkResult(result, transport, "associations"))
            checkAssociations(*result, "associations");
        break;
    }
    case 12: {
        const QStringList ids = idsOr(script.args, someIds);
        const auto result =
            client.batchAssociations(HubSpotObject::Deal, HubSpotObject::LineItem, ids);
        if (!checkResult(result, transport, "batchAssociations"))
            break;
        for (auto it = result->byId.cbegin(); it != result->byId.cend(); ++it)
            checkAssociations(it.value(), "batchAssociations");
        for (auto it = result->errors.cbegin(); it != result->errors.cend(); ++it)
            checkApiError(it.value(), Target, "batchAssociations");
        for (const QString &id : ids) {
            check(result->byId.contains(id) || result->errors.contains(id), Target, [&] {
                return QStringLiteral("batchAssociations: id %1 has neither associations nor an "
                                      "error")
                    .arg(id);
            });
        }
        break;
    }
    case 13: {
        const QString kind = script.args.value(0);
        const ObjectType type = kind == QLatin1String("quote")     ? ObjectType::Quote
                                : kind == QLatin1String("payment") ? ObjectType::Payment
                                                                   : ObjectType::Deal;
        const QStringList ids = idsOr(script.args.mid(1), someIds);
        RecordLoader loader(client);
        const auto result = loader.load(type, ids, {});
        if (!checkResult(result, transport, "load"))
            break;
        qsizetype next = 0; // records come in the order of the ids asked for
        QSet<QString> seen;
        for (const RecordContext &context : result->records) {
            checkRecord(context.record, "load");
            const qsizetype at = ids.indexOf(context.record.id, next);
            check(at >= 0 && !seen.contains(context.record.id), Target, [&] {
                return QStringLiteral("load: record %1 not asked for, twice or out of order")
                    .arg(shown(context.record.id));
            });
            seen.insert(context.record.id);
            next = at + 1;
            for (const LineItem &line : context.lineItems)
                (void)line.amount.toString();
            (void)context.record.text(QStringLiteral("dealname"));
        }
        for (const QString &missing : result->missing) {
            check(ids.contains(missing) && !seen.contains(missing), Target, [&] {
                return QStringLiteral("load: %1 both loaded and missing, or never asked for")
                    .arg(shown(missing));
            });
        }
        break;
    }
    case 14:
        readErrors(script.answers, clock.now());
        break;
    default: {
        HubSpotOAuth oauth(transport, QUrl(QStringLiteral("https://api.hubapi.com")),
                           HubSpotOAuth::App{QStringLiteral("fuzz-client"),
                                             QStringLiteral("fuzz-secret"),
                                             QStringLiteral("http://localhost:8765/callback")},
                           clock);
        switch (operation) {
        case 15:
            checkTokens(
                oauth.exchangeCode(QStringLiteral("fuzz-code"), QStringLiteral("fuzz-verifier")),
                transport, clock.now(), "exchange");
            break;
        case 16:
            checkTokens(oauth.refresh(QStringLiteral("fuzz-refresh")), transport, clock.now(),
                        "refresh");
            break;
        case 17:
            checkResult(oauth.tokenInfo(QStringLiteral("fuzz-access")), transport, "tokenInfo");
            break;
        case 18:
            checkResult(oauth.privateAppTokenInfo(QStringLiteral("pat-na1-fuzz")), transport,
                        "privateAppTokenInfo");
            break;
        default: {
            const ApiStatus status = oauth.revokeRefreshToken(QStringLiteral("fuzz-refresh"));
            if (!status)
                checkApiError(status.error(), Target, "revoke");
            break;
        }
        }
        break;
    }
    }
    return 0;
}

} // namespace bookflow::fuzz
