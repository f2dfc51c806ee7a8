#include "app/sandbox/qbo/qboservice.h"

#include "app/sandbox/qbo/qbocompany.h"
#include "app/sandbox/qbo/qboengine.h"
#include "app/sandbox/qbo/qbofault.h"
#include "app/sandbox/qbo/qbojson.h"
#include "app/sandbox/qbo/qboseed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QUrl>

namespace bookflow::sandbox {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// QBO answers JSON as "application/json;charset=UTF-8".
const QByteArray JsonContentType = "application/json;charset=UTF-8";

// qbo-verified.md §9: ≤ 50 characters, ≤ 36 on /batch where each bId is then ≤ 10.
constexpr int MaxRequestId = 50;
constexpr int MaxBatchRequestId = 36;
constexpr int MaxBatchItemId = 10;
// qbo-api.md §8: at most 30 payloads per batch.
constexpr int MaxBatchItems = 30;

// A query parameter as the client meant it: '+' is a space in form encoding (Java's URLEncoder,
// Python's urlencode), "%2B" a plus.
QString formValue(const QUrlQuery &query, const QString &key)
{
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

QStringList includes(const QUrlQuery &query)
{
    QStringList out;
    const auto items = query.allQueryItemValues(s("include"), QUrl::FullyDecoded);
    for (const QString &item : items) {
        for (const QString &part : item.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed().toLower());
    }
    return out;
}

} // namespace

struct QboService::Private
{
    QMap<QString, QboRealm> companies;
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    bool caseInsensitiveEquals = true;

    QByteArray envelope(QJsonObject content, const QDateTime &at) const
    {
        content.insert(s("time"), qboTimestamp(at, true));
        return QJsonDocument(content).toJson(QJsonDocument::Compact);
    }

    SandboxReply ok(const QJsonObject &content, const QDateTime &at) const
    {
        SandboxReply reply;
        reply.status = 200;
        reply.contentType = JsonContentType;
        reply.body = envelope(content, at);
        return reply;
    }

    SandboxReply fault(const QboFault &f, const QDateTime &at) const
    {
        SandboxReply reply;
        reply.status = f.httpStatus;
        reply.contentType = JsonContentType;
        reply.body = envelope(QJsonObject{{s("Fault"), f.fault()}}, at);
        return reply;
    }

    SandboxReply query(QboRealm &company, const QString &statement, const QDateTime &at);
    SandboxReply write(QboRealm &company, const QboEntityType &type, const QUrlQuery &query,
                       const QByteArray &body, const QDateTime &at);
    SandboxReply batch(QboRealm &company, const QUrlQuery &query, const QByteArray &body,
                       bool withRequestId, const QDateTime &at);
};

SandboxReply QboService::Private::query(QboRealm &company, const QString &statement,
                                        const QDateTime &at)
{
    QboEngine engine(company, at, caseInsensitiveEquals);
    auto result = engine.query(statement);
    if (auto *f = std::get_if<QboFault>(&result))
        return fault(*f, at);
    return ok(QJsonObject{{s("QueryResponse"), std::get<QJsonObject>(result)}}, at);
}

SandboxReply QboService::Private::write(QboRealm &company, const QboEntityType &type,
                                        const QUrlQuery &query, const QByteArray &body,
                                        const QDateTime &at)
{
    QString error;
    const auto parsed = qboParseJson(body, &error);
    if (!parsed)
        return fault(qbofault::invalidProperty(error), at);
    if (!parsed->value.isObject())
        return fault(qbofault::invalidProperty(s("the body must be a JSON object")), at);
    QString operation = query.queryItemValue(s("operation")).toLower();
    const QStringList include = includes(query);
    // qbo-api.md §2: Payment/SalesReceipt void is ?operation=update&include=void.
    if (operation == QLatin1String("update") && include.contains(s("void")))
        operation = s("void");
    QboWriteOptions options;
    options.allowDuplicateDocNumber = include.contains(s("allowduplicatedocnum"));
    QboEngine engine(company, at, caseInsensitiveEquals);
    const QboOutcome outcome = engine.write(type, operation, parsed->value.toObject(),
                                            QboNumbers(parsed->numbers), options);
    if (outcome.fault)
        return fault(*outcome.fault, at);
    return ok(QJsonObject{{type.name, outcome.entity}}, at);
}

SandboxReply QboService::Private::batch(QboRealm &company, const QUrlQuery &query,
                                        const QByteArray &body, bool withRequestId,
                                        const QDateTime &at)
{
    QString error;
    const auto parsed = qboParseJson(body, &error);
    if (!parsed)
        return fault(qbofault::invalidProperty(error), at);
    const QJsonValue itemsValue = parsed->value.toObject().value(QLatin1String("BatchItemRequest"));
    if (!itemsValue.isArray())
        return fault(qbofault::requiredParam(s("BatchItemRequest")), at);
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > MaxBatchItems) // wording and code [unverified]
        return fault(qbofault::businessValidation(
                         QStringLiteral("A batch request can carry at most %1 BatchItemRequest "
                                        "items; this one has %2.")
                             .arg(MaxBatchItems)
                             .arg(items.size()),
                         s("BatchItemRequest")),
                     at);
    QSet<QString> ids;
    for (const QJsonValue &item : items) {
        const QString bId = item.toObject().value(QLatin1String("bId")).toString();
        if (bId.isEmpty())
            return fault(qbofault::requiredParam(s("bId")), at);
        if (withRequestId && bId.size() > MaxBatchItemId)
            return fault(qbofault::businessValidation(
                             QStringLiteral("With a requestid each bId can have at most %1 "
                                            "characters; \"%2\" has %3.")
                                 .arg(MaxBatchItemId)
                                 .arg(bId)
                                 .arg(bId.size()),
                             s("bId")),
                         at);
        if (ids.contains(bId))
            return fault(qbofault::businessValidation(
                             QStringLiteral("The bId \"%1\" is used twice in this batch.").arg(bId),
                             s("bId")),
                         at);
        ids.insert(bId);
    }

    QboWriteOptions options;
    options.allowDuplicateDocNumber = includes(query).contains(s("allowduplicatedocnum"));
    const QboNumbers root = QboNumbers(parsed->numbers)[s("BatchItemRequest")];
    QJsonArray responses;
    // qbo-api.md §9: items run one after the other, each answered (or faulted) on its own.
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const QString bId = item.value(QLatin1String("bId")).toString();
        QJsonObject response{{s("bId"), bId}};
        QboEngine engine(company, at, caseInsensitiveEquals);
        if (item.contains(QLatin1String("Query"))) {
            auto result = engine.query(item.value(QLatin1String("Query")).toString());
            if (auto *f = std::get_if<QboFault>(&result))
                response.insert(s("Fault"), f->fault());
            else
                response.insert(s("QueryResponse"), std::get<QJsonObject>(result));
            responses.append(response);
            continue;
        }
        const QboEntityType *type = nullptr;
        QString key;
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() == QLatin1String("bId") || it.key() == QLatin1String("operation") ||
                it.key() == QLatin1String("optionsData"))
                continue;
            key = it.key();
            type = qboEntityType(key);
            break;
        }
        if (!type || !item.value(key).isObject()) {
            const QboFault f =
                key.isEmpty()
                    ? qbofault::requiredParam(s("BatchItemRequest.Entity"))
                    : qbofault::unsupportedOperation(
                          QStringLiteral("Entity %1 is not supported in a batch.").arg(key));
            response.insert(s("Fault"), f.fault());
            responses.append(response);
            continue;
        }
        const QboOutcome outcome =
            engine.write(*type, item.value(QLatin1String("operation")).toString(),
                         item.value(key).toObject(), root[i][key], options);
        if (outcome.fault)
            response.insert(s("Fault"), outcome.fault->fault());
        else
            response.insert(type->name, outcome.entity);
        responses.append(response);
    }
    return ok(QJsonObject{{s("BatchItemResponse"), responses}}, at);
}

QboService::QboService() : d(std::make_unique<Private>())
{
}

QboService::~QboService() = default;

void QboService::reset()
{
    d->companies.clear();
}

void QboService::seedDemo()
{
    for (QboRealm &company : qboDemoCompanies())
        d->companies.insert(company.realmId, std::move(company));
}

QString QboService::addCompany(const QString &realmId, const QString &name, const QString &country)
{
    QString realm = realmId;
    if (realm.isEmpty()) {
        qint64 candidate = 9341453050990001LL;
        while (d->companies.contains(QString::number(candidate)))
            ++candidate;
        realm = QString::number(candidate);
    }
    if (d->companies.contains(realm))
        return realm;
    const QString code = country.trimmed().isEmpty() ? s("US") : country.trimmed().toUpper();
    d->companies.insert(realm, qboNewCompany(realm, name, code, d->now()));
    return realm;
}

bool QboService::hasCompany(const QString &realmId) const
{
    return d->companies.contains(realmId);
}

QStringList QboService::realmIds() const
{
    return d->companies.keys();
}

QString QboService::companyName(const QString &realmId) const
{
    const auto it = d->companies.constFind(realmId);
    return it == d->companies.constEnd() ? QString() : it->name;
}

SandboxReply QboService::handle(const QString &realmId, const QByteArray &method,
                                const QString &path, const QUrlQuery &query, const QByteArray &body,
                                const QByteArray &contentType)
{
    const QDateTime at = d->now();
    const auto found = d->companies.find(realmId);
    if (found == d->companies.end())
        return d->fault(qbofault::unknownRealm(realmId), at);
    QboRealm &company = *found;

    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const QString head = segments.isEmpty() ? QString() : segments.first().toLower();
    const bool get = method == "GET";
    const bool post = method == "POST";
    const auto unsupported = [&]() {
        QboFault f =
            qbofault::unsupportedOperation(QStringLiteral("Operation %1 /%2 is not supported.")
                                               .arg(QString::fromLatin1(method), path));
        if (!get && !post)
            f.httpStatus = 405;
        return d->fault(f, at);
    };

    if (head == QLatin1String("query") && segments.size() == 1) {
        // qbo-api.md §2: GET /query?query=… or POST /query with Content-Type application/text.
        // A form-encoded body (query=…) is read like the URL's parameter.
        QString statement;
        const bool form = contentType.toLower().startsWith("application/x-www-form-urlencoded");
        if (post && form)
            statement = formValue(QUrlQuery(QString::fromUtf8(body)), s("query"));
        else if (post && !body.trimmed().isEmpty())
            statement = QString::fromUtf8(body);
        else if (get || post)
            statement = formValue(query, s("query"));
        else
            return unsupported();
        return d->query(company, statement.trimmed(), at);
    }

    const bool isBatch = head == QLatin1String("batch") && segments.size() == 1;
    const QboEntityType *type = isBatch ? nullptr : qboEntityType(head);
    if (!isBatch && !type)
        return unsupported();

    if (get) {
        if (isBatch)
            return unsupported();
        if (type->name == QLatin1String("Preferences") && segments.size() == 1)
            return d->ok(QJsonObject{{type->name, QboEngine(company, at).read(*type, {}).entity}},
                         at);
        if (segments.size() != 2)
            return unsupported();
        QboEngine engine(company, at, d->caseInsensitiveEquals);
        const QboOutcome outcome = engine.read(*type, segments.at(1));
        if (outcome.fault)
            return d->fault(*outcome.fault, at);
        return d->ok(QJsonObject{{type->name, outcome.entity}}, at);
    }
    if (!post || segments.size() != 1)
        return unsupported();

    // Writes: requestid replay per (realm, requestid), qbo-verified.md §9. A repeat returns the
    // stored status and body byte-for-byte, whatever the new body says and whatever happened
    // since. Faults are stored too [unverified: QBO's handling of a failed first attempt].
    const QString requestId = query.queryItemValue(s("requestid"), QUrl::FullyDecoded);
    if (!requestId.isEmpty()) {
        const int limit = isBatch ? MaxBatchRequestId : MaxRequestId;
        if (requestId.size() > limit) // code and wording [unverified]
            return d->fault(qbofault::businessValidation(
                                QStringLiteral("The requestid can have at most %1 characters "
                                               "here; this one has %2.")
                                    .arg(limit)
                                    .arg(requestId.size()),
                                s("requestid")),
                            at);
        const auto stored = company.replies.constFind(requestId);
        if (stored != company.replies.constEnd()) {
            SandboxReply reply;
            reply.status = stored->status;
            reply.body = stored->body;
            reply.contentType = stored->contentType;
            return reply;
        }
    }
    const SandboxReply reply = isBatch ? d->batch(company, query, body, !requestId.isEmpty(), at)
                                       : d->write(company, *type, query, body, at);
    if (!requestId.isEmpty())
        company.replies.insert(requestId,
                               QboStoredReply{reply.status, reply.body, reply.contentType});
    return reply;
}

QJsonObject QboService::save() const
{
    QJsonArray companies;
    for (const QboRealm &company : d->companies)
        companies.append(company.save());
    return QJsonObject{
        {s("format"), s("bookflow-sandbox-qbo")}, {s("version"), 1}, {s("companies"), companies}};
}

bool QboService::load(const QJsonObject &state, QString *error)
{
    if (state.value(QLatin1String("version")).toInt() != 1) {
        if (error)
            *error = QStringLiteral("unsupported QuickBooks sandbox state version %1")
                         .arg(state.value(QLatin1String("version")).toVariant().toString());
        return false;
    }
    QMap<QString, QboRealm> companies;
    for (const QJsonValue &value : state.value(QLatin1String("companies")).toArray()) {
        QboRealm company;
        if (!QboRealm::load(value.toObject(), &company, error))
            return false;
        companies.insert(company.realmId, std::move(company));
    }
    // Only a state that loaded completely replaces the current one.
    d->companies = std::move(companies);
    return true;
}

void QboService::setNow(std::function<QDateTime()> now)
{
    d->now = now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); };
}

void QboService::setQueryEqualsCaseInsensitive(bool on)
{
    d->caseInsensitiveEquals = on;
}

bool QboService::queryEqualsCaseInsensitive() const
{
    return d->caseInsensitiveEquals;
}

} // namespace bookflow::sandbox
