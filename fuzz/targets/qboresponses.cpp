// QuickBooks Online answers of any shape, read by the real QboClient through a Transport that
// plays them back (the input is a script, fuzzsupport.h). The first line names the operation:
//
//   create | update | read [ID] | companyInfo | preferences | query | queryAll [PAGE] | count |
//   batch | fault | exchange | refresh | json
//
// Promises checked (qboclient.h, qbofault.h, qbooauth.h, README "Bad input is refused, never
// damaged"):
// - nothing crashes, and every failure is an ApiError with a reason a bookkeeper can read, a
//   class, and a Retry-After between zero and a day;
// - a success comes from a 2xx answer (a 4xx or 5xx is never taken for a document);
// - a write or read answers with the entity asked for; a query's rows are of the entity queried;
// - a batch answers every item, in order, matched by bId;
// - token answers give an access token and a refresh token with an expiry after now.
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include "core/net/redaction.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qbofault.h"
#include "core/quickbooks/qbojson.h"
#include "core/quickbooks/qbooauth.h"
#include "core/util/clock.h"

#include <QJsonArray>

namespace bookflow::fuzz {

namespace {

constexpr const char *Target = "qboresponses";
const QString Realm = QStringLiteral("9341453050981234");

// Every typed reader of QboObject, on whatever came back.
void readEverything(const QboObject &object)
{
    (void)object.id();
    (void)object.syncToken();
    (void)object.displayName();
    (void)object.docNumber();
    (void)object.isActive();
    (void)object.entity();
    (void)object.createTime();
    (void)object.lastUpdatedTime();
    (void)object.text(QStringLiteral("BillEmail.Address"));
    (void)object.text(QStringLiteral("PrivateNote"));
    (void)object.decimal(QStringLiteral("TotalAmt"));
    (void)object.decimal(QStringLiteral("Balance"));
    (void)object.date(QStringLiteral("TxnDate"));
    (void)object.date(QStringLiteral("DueDate"));
    (void)object.ref(QStringLiteral("CustomerRef"));
    (void)object.ref(QStringLiteral("SalesTermRef"));
    for (const QJsonValue &line : object.at(QStringLiteral("Line")).toArray()) {
        const QJsonObject json = line.toObject();
        (void)QboJson::decimal(json.value(QStringLiteral("Amount")));
        const QJsonObject detail = json.value(QStringLiteral("SalesItemLineDetail")).toObject();
        (void)QboJson::decimal(detail.value(QStringLiteral("Qty")));
        (void)QboJson::decimal(detail.value(QStringLiteral("UnitPrice")));
    }
}

template <typename T>
bool checkResult(const ApiResult<T> &result, const ScriptedTransport &transport, const char *what)
{
    if (!result) {
        checkApiError(result.error(), Target, what);
        return false;
    }
    check(transport.requestCount() == 0 || transport.sawSuccess(), Target, [&] {
        return QStringLiteral("%1 succeeded although QuickBooks never answered with a 2xx")
            .arg(QLatin1String(what));
    });
    return true;
}

// A request the client must refuse before sending: an error, and nothing on the wire.
template <typename T>
void checkRefusedUnsent(const ApiResult<T> &result, const ScriptedTransport &transport,
                        const char *what)
{
    check(!result.ok() && transport.requestCount() == 0, Target, [&] {
        return QStringLiteral("%1 was %2 after %3 request(s); it must be refused unsent")
            .arg(QLatin1String(what),
                 result.ok() ? QStringLiteral("accepted") : QStringLiteral("refused"))
            .arg(transport.requestCount());
    });
}

void checkEntity(const QboObject &object, const QString &expected, const char *what)
{
    check(object.entityName().compare(expected, Qt::CaseInsensitive) == 0, Target, [&] {
        return QStringLiteral("%1 answered a %2 for a %3")
            .arg(QLatin1String(what), shown(object.entityName()), expected);
    });
    readEverything(object);
}

QJsonObject invoiceBody()
{
    QJsonObject line{{QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail")},
                     {QStringLiteral("Amount"), QboJson::money(Decimal::fromInteger(120))}};
    return QJsonObject{{QStringLiteral("CustomerRef"),
                        QJsonObject{{QStringLiteral("value"), QStringLiteral("58")}}},
                       {QStringLiteral("Line"), QJsonArray{line}},
                       {QStringLiteral("PrivateNote"), QStringLiteral("Bookflow ref fuzz")}};
}

// The error mapping on its own, for every answer of the script.
void readFaults(const QVector<HttpResponse> &answers)
{
    for (const HttpResponse &answer : answers) {
        (void)answer.retryAfterSeconds();
        (void)answer.htmlTitle();
        (void)answer.unexpectedBodyDetail();
        (void)Redaction::describe(answer);
        (void)QboFault::isAuthenticationFailure(answer);
        if (const auto parsed = QboFault::parse(answer.body)) {
            for (const QboFault::Error &error : parsed->errors)
                (void)error.code.toInt();
        }
        if (const auto json = QboJson::parseObject(answer.body)) {
            const QJsonValue fault = json->value(QStringLiteral("Fault"));
            if (fault.isObject())
                checkApiError(QboFault::fromFault(fault.toObject(), answer.status, invoiceBody()),
                              Target, "fromFault");
        }
        if (!answer.isSuccess() || QboFault::parse(answer.body))
            checkApiError(QboFault::fromResponse(answer, invoiceBody()), Target, "fromResponse");
        if (!answer.isSuccess())
            checkApiError(QboOAuth::tokenError(answer), Target, "tokenError");
    }
}

// Every member of every object, through QboJson's readers.
void readJson(const QJsonValue &value, int depth)
{
    if (depth > 32)
        return;
    (void)QboJson::decimal(value);
    (void)QboJson::dateFrom(value);
    (void)QboJson::dateTimeFrom(value);
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readJson(item, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject())
                readEverything(QboObject(it.key(), it.value().toObject()));
            readJson(it.value(), depth + 1);
        }
    }
}

void checkTokens(const ApiResult<OAuthTokens> &tokens, const ScriptedTransport &transport,
                 const QDateTime &now, const char *what)
{
    if (!checkResult(tokens, transport, what))
        return;
    check(!tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty(), Target, [&] {
        return QStringLiteral("%1: tokens without an access or refresh token")
            .arg(QLatin1String(what));
    });
    check(tokens->accessExpiresAt.isValid() && tokens->accessExpiresAt > now, Target, [&] {
        return QStringLiteral("%1: an access token that expires at %2, not after now")
            .arg(QLatin1String(what), tokens->accessExpiresAt.toString(Qt::ISODate));
    });
}

} // namespace

int fuzzQboResponses(const uint8_t *data, size_t size)
{
    const Script script = parseScript(bytesOf(data, size));
    ScriptedTransport transport(script.answers);
    FuzzTokens tokens;
    QboClient client(transport, QUrl(QStringLiteral("https://quickbooks.api.intuit.com")), Realm,
                     tokens);

    static const QStringList operations = {
        QStringLiteral("create"),      QStringLiteral("update"),      QStringLiteral("read"),
        QStringLiteral("companyInfo"), QStringLiteral("preferences"), QStringLiteral("query"),
        QStringLiteral("queryAll"),    QStringLiteral("count"),       QStringLiteral("batch"),
        QStringLiteral("fault"),       QStringLiteral("exchange"),    QStringLiteral("refresh"),
        QStringLiteral("json")};
    qsizetype operation = operations.indexOf(script.operation);
    if (operation < 0)
        operation = script.operationIndex % operations.size();
    const QString arg = script.args.value(0);

    switch (operation) {
    case 0: {
        const QString requestId = arg.isEmpty() ? QStringLiteral("fuzz-create-1") : arg;
        const auto result = client.create(QboEntity::Invoice, invoiceBody(), requestId);
        // QBO: requestid 1–50 of letters, digits, - _ . : (qboclient.h), refused unsent otherwise.
        if (!isPlainId(requestId, QLatin1String("-_.:"), QboClient::MaxRequestIdLength))
            checkRefusedUnsent(result, transport, "create with a bad requestid");
        if (checkResult(result, transport, "create"))
            checkEntity(*result, QStringLiteral("Invoice"), "create");
        break;
    }
    case 1: {
        const QJsonObject changes{{QStringLiteral("Id"), QStringLiteral("58")},
                                  {QStringLiteral("SyncToken"), QStringLiteral("3")},
                                  {QStringLiteral("DisplayName"), QStringLiteral("O'Brien")}};
        const auto result =
            client.sparseUpdate(QboEntity::Customer, changes, QStringLiteral("fuzz-update-1"));
        if (checkResult(result, transport, "update"))
            checkEntity(*result, QStringLiteral("Customer"), "update");
        break;
    }
    case 2: {
        const QString id = arg.isEmpty() ? QStringLiteral("130") : arg;
        const auto result = client.read(QboEntity::Invoice, id);
        // An id goes into the URL path: 1–64 letters, digits and '-', or nothing is sent.
        if (!isPlainId(id, QLatin1String("-"), 64))
            checkRefusedUnsent(result, transport, "read of a bad id");
        if (checkResult(result, transport, "read"))
            checkEntity(*result, QStringLiteral("Invoice"), "read");
        break;
    }
    case 3: {
        const auto result = client.companyInfo();
        if (checkResult(result, transport, "companyInfo"))
            checkEntity(*result, QStringLiteral("CompanyInfo"), "companyInfo");
        break;
    }
    case 4: {
        const auto result = client.preferences();
        if (checkResult(result, transport, "preferences"))
            checkEntity(*result, QStringLiteral("Preferences"), "preferences");
        break;
    }
    case 5: {
        const auto result = client.query(QboQuery::select(QStringLiteral("Customer"))
                                             .where(QStringLiteral("DisplayName"),
                                                    QStringLiteral("="), QStringLiteral("O'Brien"))
                                             .maxResults(10));
        if (checkResult(result, transport, "query")) {
            for (const QboObject &row : *result)
                checkEntity(row, QStringLiteral("Customer"), "query");
        }
        break;
    }
    case 6: {
        // A small page makes a short script page through several answers.
        const int page = qBound(1, arg.toInt(), 1000);
        const auto result =
            client.queryAll(QboQuery::select(QStringLiteral("Item")), arg.isEmpty() ? 2 : page);
        if (checkResult(result, transport, "queryAll")) {
            for (const QboObject &row : *result)
                checkEntity(row, QStringLiteral("Item"), "queryAll");
        }
        break;
    }
    case 7: {
        const auto result = client.count(QboQuery::count(QStringLiteral("Invoice")));
        checkResult(result, transport, "count");
        break;
    }
    case 8: {
        const QVector<QboBatchItem> items = {
            QboBatchItem::create(arg.isEmpty() ? QStringLiteral("b1") : arg, QboEntity::Invoice,
                                 invoiceBody()),
            QboBatchItem::sparseUpdate(
                QStringLiteral("b2"), QboEntity::Customer,
                QJsonObject{{QStringLiteral("Id"), QStringLiteral("58")},
                            {QStringLiteral("SyncToken"), QStringLiteral("0")}}),
            QboBatchItem::select(
                QStringLiteral("b3"),
                QboQuery::select(QStringLiteral("Customer"))
                    .whereIn(QStringLiteral("Id"), {QStringLiteral("58"), QStringLiteral("59")})),
            QboBatchItem::create(QStringLiteral("b4"), QboEntity::SalesReceipt, invoiceBody()),
        };
        const auto result = client.batch(items, QStringLiteral("fuzz-batch-1"));
        // bIds: 1–10 letters, digits, - and _, unique, or the batch is not sent.
        if (!isPlainId(items.first().bId, QLatin1String("-_"), QboBatchItem::MaxBatchIdLength) ||
            items.first().bId == QLatin1String("b2") || items.first().bId == QLatin1String("b3") ||
            items.first().bId == QLatin1String("b4"))
            checkRefusedUnsent(result, transport, "batch with a bad bId");
        if (!checkResult(result, transport, "batch"))
            break;
        check(result->size() == items.size(), Target, [&] {
            return QStringLiteral("batch: %1 results for %2 items")
                .arg(result->size())
                .arg(items.size());
        });
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QboBatchItemResult &item = result->at(i);
            check(item.bId == items.at(i).bId, Target, [&] {
                return QStringLiteral("batch: result %1 is for bId %2, not %3")
                    .arg(i)
                    .arg(shown(item.bId), items.at(i).bId);
            });
            if (item.error) {
                checkApiError(*item.error, Target, "batch item");
                continue;
            }
            if (items.at(i).operation == QboBatchItem::Operation::Query) {
                for (const QboObject &row : item.rows)
                    checkEntity(row, QStringLiteral("Customer"), "batch query");
            } else {
                checkEntity(item.object, qboEntityName(items.at(i).entity), "batch write");
            }
        }
        break;
    }
    case 9:
        readFaults(script.answers);
        break;
    case 10:
    case 11: {
        FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
        QboOAuth::App app{QStringLiteral("fuzz-client"), QStringLiteral("fuzz-secret"),
                          QUrl(QStringLiteral("https://oauth.platform.intuit.com/oauth2/v1/"
                                              "tokens/bearer")),
                          QUrl(QStringLiteral("https://developer.api.intuit.com/v2/oauth2/tokens/"
                                              "revoke"))};
        QboOAuth oauth(transport, app, clock);
        if (operation == 10) {
            checkTokens(oauth.exchangeCode(QStringLiteral("fuzz-code"),
                                           QStringLiteral("http://localhost:8765/callback"), Realm),
                        transport, clock.now(), "exchange");
        } else {
            OAuthTokens current;
            current.accessToken = QStringLiteral("fuzz-old-access");
            current.refreshToken = QStringLiteral("fuzz-old-refresh");
            current.account = Realm;
            checkTokens(oauth.refresh(current), transport, clock.now(), "refresh");
        }
        break;
    }
    case 12:
        for (const HttpResponse &answer : script.answers) {
            if (const auto json = QboJson::parseObject(answer.body))
                readJson(*json, 0);
        }
        break;
    }
    return 0;
}

} // namespace bookflow::fuzz
