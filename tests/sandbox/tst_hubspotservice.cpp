// The HubSpot half of the sandbox, called below HTTP (HubSpotService::handle): the wire format of
// objects, associations, search, batch and properties (../shared/reference/hubspot.md §2 and
// hubspot-verified.md), the limits HubSpot enforces, the demo seed's content and its consistency
// with the QuickBooks demo company, seedLarge, and save/load.
#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/qbo/qboservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using bookflow::sandbox::HubSpotService;
using bookflow::sandbox::QboService;
using bookflow::sandbox::SandboxReply;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

Reply call(HubSpotService &hs, const char *method, const QString &path,
           const QUrlQuery &query = QUrlQuery(), const QByteArray &body = QByteArray())
{
    const SandboxReply raw =
        hs.handle(QByteArray(method), path, query, body,
                  body.isEmpty() ? QByteArray() : QByteArray("application/json"));
    Reply reply;
    reply.status = raw.status;
    reply.body = raw.body;
    reply.json = QJsonDocument::fromJson(raw.body).object();
    return reply;
}

Reply post(HubSpotService &hs, const QString &path, const QJsonObject &body)
{
    return call(hs, "POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply patch(HubSpotService &hs, const QString &path, const QJsonObject &body)
{
    return call(hs, "PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QUrlQuery params(std::initializer_list<std::pair<const char *, QString>> items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(QString::fromLatin1(key), value);
    return query;
}

QJsonObject filter(const QString &property, const QString &op, const QJsonValue &value = {})
{
    QJsonObject f{{QStringLiteral("propertyName"), property}, {QStringLiteral("operator"), op}};
    if (value.isArray())
        f.insert(QStringLiteral("values"), value);
    else if (!value.isUndefined() && !value.isNull())
        f.insert(QStringLiteral("value"), value);
    return f;
}

QJsonObject between(const QString &property, const QString &low, const QString &high)
{
    return QJsonObject{{QStringLiteral("propertyName"), property},
                       {QStringLiteral("operator"), QStringLiteral("BETWEEN")},
                       {QStringLiteral("value"), low},
                       {QStringLiteral("highValue"), high}};
}

QJsonObject groups(std::initializer_list<QJsonArray> filterGroups, int limit = 200)
{
    QJsonArray array;
    for (const QJsonArray &filters : filterGroups)
        array.append(QJsonObject{{QStringLiteral("filters"), filters}});
    return QJsonObject{{QStringLiteral("filterGroups"), array}, {QStringLiteral("limit"), limit}};
}

Reply search(HubSpotService &hs, const QString &type, const QJsonObject &body)
{
    return post(hs, QStringLiteral("/crm/v3/objects/%1/search").arg(type), body);
}

// Total of a search with one group of filters.
int total(HubSpotService &hs, const QString &type, const QJsonArray &filters)
{
    const Reply r = search(hs, type, groups({filters}, 1));
    if (r.status != 200)
        qWarning("search failed: %s", r.body.constData());
    return r.status == 200 ? r.json.value(QStringLiteral("total")).toInt() : -1;
}

// Every search result of a one-group query, all pages (≤ 10,000).
QList<QJsonObject> searchAll(HubSpotService &hs, const QString &type, const QJsonArray &filters,
                             const QStringList &properties = {})
{
    QList<QJsonObject> all;
    QString after;
    for (int guard = 0; guard < 100; ++guard) {
        QJsonObject body = groups({filters}, 200);
        if (filters.isEmpty())
            body.remove(QStringLiteral("filterGroups"));
        if (!properties.isEmpty())
            body.insert(QStringLiteral("properties"), QJsonArray::fromStringList(properties));
        if (!after.isEmpty())
            body.insert(QStringLiteral("after"), after);
        const Reply r = search(hs, type, body);
        if (r.status != 200) {
            qWarning("search failed: %s", r.body.constData());
            return all;
        }
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray())
            all.append(v.toObject());
        after = r.json.value(QStringLiteral("paging"))
                    .toObject()
                    .value(QStringLiteral("next"))
                    .toObject()
                    .value(QStringLiteral("after"))
                    .toString();
        if (after.isEmpty())
            break;
    }
    return all;
}

QString prop(const QJsonObject &object, const QString &name)
{
    return object.value(QStringLiteral("properties")).toObject().value(name).toString();
}

// The id of the one record whose `property` equals `value`.
QString idWhere(HubSpotService &hs, const QString &type, const QString &property,
                const QString &value)
{
    const Reply r =
        search(hs, type, groups({QJsonArray{filter(property, QStringLiteral("EQ"), value)}}));
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    return results.size() == 1 ? results.first().toObject().value(QStringLiteral("id")).toString()
                               : QString();
}

// Amount text → cents, exact.
qint64 cents(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    qint64 value = parts.at(0).toLongLong() * 100;
    if (parts.size() > 1)
        value += (text.startsWith(QLatin1Char('-')) ? -1 : 1) *
                 parts.at(1).leftJustified(2, QLatin1Char('0')).left(2).toLongLong();
    return value;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

bool isIsoMillis(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    return iso.match(text).hasMatch();
}

void verifyError(const Reply &r, int status, const QString &category)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(r.json.value(QStringLiteral("category")).toString(), category);
    QVERIFY(isUuid(r.json.value(QStringLiteral("correlationId")).toString()));
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
}

QStringList ids(const QJsonArray &results, const QString &key = QStringLiteral("id"))
{
    QStringList list;
    for (const QJsonValue &v : results) {
        const QJsonValue id = v.toObject().value(key);
        list.append(id.isString() ? id.toString() : QString::number(qint64(id.toDouble())));
    }
    return list;
}

bool ascending(const QStringList &list)
{
    for (int i = 1; i < list.size(); ++i) {
        if (list.at(i - 1).toLongLong() > list.at(i).toLongLong())
            return false;
    }
    return true;
}

} // namespace

class TestHubSpotService : public QObject
{
    Q_OBJECT

private:
    qint64 m_offsetMs = 0;
    QDateTime now() const
    {
        return QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc()).addMSecs(m_offsetMs);
    }
    void setUp(HubSpotService &hs)
    {
        m_offsetMs = 0;
        hs.setNow([this] { return now(); });
        hs.seedDemo();
    }

private Q_SLOTS:
    void getWithPropertiesNullAndUnknown();
    void defaultPropertiesAndFormats();
    void bothPathForms();
    void associationsBlock();
    void associationsBlockPagedAt100();
    void listPaging();
    void batchRead();
    void notFoundEnvelope();
    void searchStringAndEnumerationCase();
    void searchNumbersAndDates();
    void searchInAndNotIn();
    void searchPresenceOperators();
    void searchContainsToken();
    void searchNegativeOperatorsOnEmpty();
    void searchGroupsAssociationsQueryAndArchived();
    void searchSortsAndPaging();
    void searchLimits();
    void searchBeyondTenThousand();
    void associationsV3();
    void associationsV4();
    void associationsV4BatchRead();
    void associationWrites();
    void propertiesMetadata();
    void propertyCreation();
    void patchWriteBack();
    void batchUpdate();
    void lineItemRecomputed();
    void quoteDateSwitch();
    void seedDemoContent();
    void seedDemoPayments();
    void seedDemoLineItems();
    void seedDemoConsistentWithQuickBooks();
    void seedDemoDeterministic();
    void seedLargeShape();
    void saveLoadRoundTrip();
};

void TestHubSpotService::getWithPropertiesNullAndUnknown()
{
    HubSpotService hs;
    setUp(hs);
    const QString id = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                               QStringLiteral("Cool Cars – lot landscaping"));
    QVERIFY(!id.isEmpty());
    const Reply r =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(id),
             params({{"properties", QStringLiteral("dealname,description,no_such_prop")},
                     {"archived", QStringLiteral("false")}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("id")).toString(), id); // id is a string
    const QJsonObject props = r.json.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("dealname")).toString(),
             QStringLiteral("Cool Cars – lot landscaping"));
    // Requested but empty → null (present); unknown requested → omitted.
    QVERIFY(props.contains(QStringLiteral("description")));
    QVERIFY(props.value(QStringLiteral("description")).isNull());
    QVERIFY(!props.contains(QStringLiteral("no_such_prop")));
    // Not requested, not always-present → absent.
    QVERIFY(!props.contains(QStringLiteral("amount")));
    // Always present: the id and the two timestamps, as strings.
    QCOMPARE(props.value(QStringLiteral("hs_object_id")).toString(), id);
    QVERIFY(isIsoMillis(props.value(QStringLiteral("createdate")).toString()));
    QVERIFY(isIsoMillis(props.value(QStringLiteral("hs_lastmodifieddate")).toString()));
    for (const QJsonValue &value : props)
        QVERIFY(value.isString() || value.isNull());
    QCOMPARE(r.json.value(QStringLiteral("archived")).toBool(true), false);
    QVERIFY(isIsoMillis(r.json.value(QStringLiteral("createdAt")).toString()));
    QVERIFY(isIsoMillis(r.json.value(QStringLiteral("updatedAt")).toString()));
    QCOMPARE(r.json.value(QStringLiteral("updatedAt")).toString(),
             props.value(QStringLiteral("hs_lastmodifieddate")).toString());
    QVERIFY(!r.json.contains(QStringLiteral("associations")));

    // The Python client's spelling: the key repeated.
    QUrlQuery multi;
    multi.addQueryItem(QStringLiteral("properties"), QStringLiteral("dealname"));
    multi.addQueryItem(QStringLiteral("properties"), QStringLiteral("amount"));
    const Reply r2 = call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(id), multi);
    const QJsonObject props2 = r2.json.value(QStringLiteral("properties")).toObject();
    QVERIFY(props2.contains(QStringLiteral("dealname")));
    QCOMPARE(props2.value(QStringLiteral("amount")).toString(), QStringLiteral("410.00"));
}

void TestHubSpotService::defaultPropertiesAndFormats()
{
    HubSpotService hs;
    setUp(hs);
    const QString id = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                               QStringLiteral("Pye's Cakes – annual support plan"));
    const Reply r = call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(id));
    QCOMPARE(r.status, 200);
    const QJsonObject props = r.json.value(QStringLiteral("properties")).toObject();
    // Deal defaults (hubspot.md §2.3).
    for (const char *name : {"dealname", "amount", "closedate", "pipeline", "dealstage",
                             "createdate", "hs_lastmodifieddate", "hs_object_id"})
        QVERIFY2(props.contains(QLatin1String(name)), name);
    QVERIFY(!props.contains(QStringLiteral("hubspot_owner_id")));
    QCOMPARE(props.value(QStringLiteral("amount")).toString(),
             QStringLiteral("599.88")); // 12 × 49.99
    QVERIFY(isIsoMillis(props.value(QStringLiteral("closedate")).toString()));
    QCOMPARE(props.value(QStringLiteral("dealstage")).toString(), QStringLiteral("closedwon"));

    // Contacts default to firstname, lastname, email and use lastmodifieddate.
    const QString contact = idWhere(hs, QStringLiteral("contacts"), QStringLiteral("lastname"),
                                    QStringLiteral("Lauterbach"));
    const QJsonObject c =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts/%1").arg(contact))
            .json.value(QStringLiteral("properties"))
            .toObject();
    QCOMPARE(c.value(QStringLiteral("email")).toString(), QStringLiteral("birds@example.com"));
    QVERIFY(c.contains(QStringLiteral("lastmodifieddate")));
    QVERIFY(!c.contains(QStringLiteral("hs_lastmodifieddate")));
    QVERIFY(!c.contains(QStringLiteral("phone")));

    // Quote: a date property reads YYYY-MM-DD, a datetime ISO.
    const QList<QJsonObject> signedQuotes = searchAll(
        hs, QStringLiteral("quotes"),
        QJsonArray{filter(QStringLiteral("hs_esign_date"), QStringLiteral("HAS_PROPERTY"))},
        {QStringLiteral("hs_expiration_date"), QStringLiteral("hs_esign_date")});
    QVERIFY(!signedQuotes.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                .match(prop(signedQuotes.first(), QStringLiteral("hs_expiration_date")))
                .hasMatch());
    QVERIFY(isIsoMillis(prop(signedQuotes.first(), QStringLiteral("hs_esign_date"))));
}

void TestHubSpotService::bothPathForms()
{
    HubSpotService hs;
    setUp(hs);
    const QString id = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                               QStringLiteral("Cool Cars – lot landscaping"));
    const QUrlQuery q = params({{"properties", QStringLiteral("dealname,amount")},
                                {"associations", QStringLiteral("contacts,line_items")}});
    const Reply byName = call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(id), q);
    const Reply byTypeId = call(hs, "GET", QStringLiteral("/crm/v3/objects/0-3/%1").arg(id), q);
    QCOMPARE(byName.status, 200);
    QCOMPARE(byTypeId.status, 200);
    QCOMPARE(byTypeId.json, byName.json);
    // The date-versioned path too (hubspot.md §2.3).
    QCOMPARE(call(hs, "GET", QStringLiteral("/crm/objects/2026-03/deals/%1").arg(id), q).json,
             byName.json);

    // Every type by name and by type id lists the same records.
    const QList<QPair<QString, QString>> types = {
        {QStringLiteral("contacts"), QStringLiteral("0-1")},
        {QStringLiteral("deals"), QStringLiteral("0-3")},
        {QStringLiteral("quotes"), QStringLiteral("0-14")},
        {QStringLiteral("line_items"), QStringLiteral("0-8")},
        {QStringLiteral("products"), QStringLiteral("0-7")},
        {QStringLiteral("commerce_payments"), QStringLiteral("0-101")}};
    for (const auto &[name, typeId] : types) {
        const Reply a = call(hs, "GET", QStringLiteral("/crm/v3/objects/%1").arg(name),
                             params({{"limit", QStringLiteral("5")}}));
        const Reply b = call(hs, "GET", QStringLiteral("/crm/v3/objects/%1").arg(typeId),
                             params({{"limit", QStringLiteral("5")}}));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("results")).toArray().size(), 5);
        QCOMPARE(ids(a.json.value(QStringLiteral("results")).toArray()),
                 ids(b.json.value(QStringLiteral("results")).toArray()));
    }
    verifyError(call(hs, "GET", QStringLiteral("/crm/v3/objects/widgets/1")), 400,
                QStringLiteral("VALIDATION_ERROR"));
}

void TestHubSpotService::associationsBlock()
{
    HubSpotService hs;
    setUp(hs);
    const QString id = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                               QStringLiteral("O'Brien Landscaping – sprinkler overhaul"));
    const Reply r =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(id),
             params({{"associations", QStringLiteral("contacts,line_items,companies")}}));
    QCOMPARE(r.status, 200);
    const QJsonObject assoc = r.json.value(QStringLiteral("associations")).toObject();
    // Line items under "line items" WITH a space (hubspot-verified.md §7).
    QVERIFY(assoc.contains(QStringLiteral("line items")));
    QVERIFY(!assoc.contains(QStringLiteral("line_items")));
    QVERIFY(!assoc.contains(QStringLiteral("companies"))); // none: key left out
    const QJsonArray lines = assoc.value(QStringLiteral("line items"))
                                 .toObject()
                                 .value(QStringLiteral("results"))
                                 .toArray();
    QCOMPARE(lines.size(), 3);
    QVERIFY(ascending(ids(lines)));
    for (const QJsonValue &v : lines)
        QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("deal_to_line_item"));
    const QJsonArray contacts = assoc.value(QStringLiteral("contacts"))
                                    .toObject()
                                    .value(QStringLiteral("results"))
                                    .toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("deal_to_contact"));

    // The switch for clients that expect line_items.
    HubSpotService::Options options = hs.options();
    options.lineItemsKeyWithSpace = false;
    hs.setOptions(options);
    const QJsonObject assoc2 = call(hs, "GET", QStringLiteral("/crm/v3/objects/0-3/%1").arg(id),
                                    params({{"associations", QStringLiteral("line_items")}}))
                                   .json.value(QStringLiteral("associations"))
                                   .toObject();
    QVERIFY(assoc2.contains(QStringLiteral("line_items")));
    QVERIFY(!assoc2.contains(QStringLiteral("line items")));

    // A two-signer quote: each signer appears twice, once per association type, ids ascending.
    const QString quote = idWhere(hs, QStringLiteral("quotes"), QStringLiteral("hs_title"),
                                  QStringLiteral("Okafor residence – lawn installation – quote"));
    const QJsonArray quoteContacts =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/quotes/%1").arg(quote),
             params({{"associations", QStringLiteral("contacts,deals")}}))
            .json.value(QStringLiteral("associations"))
            .toObject()
            .value(QStringLiteral("contacts"))
            .toObject()
            .value(QStringLiteral("results"))
            .toArray();
    QCOMPARE(quoteContacts.size(), 4);
    QVERIFY(ascending(ids(quoteContacts)));
    QStringList kinds;
    for (const QJsonValue &v : quoteContacts)
        kinds.append(v.toObject().value(QStringLiteral("type")).toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("quote_to_contact"),
                                 QStringLiteral("quote_to_contact_signer"),
                                 QStringLiteral("quote_to_contact"),
                                 QStringLiteral("quote_to_contact_signer")}));
}

void TestHubSpotService::associationsBlockPagedAt100()
{
    HubSpotService hs;
    setUp(hs);
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Unassigned inquiry – website form"));
    hs.seedLarge(200); // adds 150 contacts
    const QList<QJsonObject> contacts = searchAll(hs, QStringLiteral("contacts"), {});
    QVERIFY(contacts.size() >= 150);
    for (int i = 0; i < 130; ++i) {
        const QString contact = contacts.at(i).value(QStringLiteral("id")).toString();
        QCOMPARE(call(hs, "PUT",
                      QStringLiteral("/crm/v4/objects/deals/%1/associations/default/contacts/%2")
                          .arg(deal, contact))
                     .status,
                 200);
    }
    const QJsonObject block = call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(deal),
                                   params({{"associations", QStringLiteral("contacts")}}))
                                  .json.value(QStringLiteral("associations"))
                                  .toObject()
                                  .value(QStringLiteral("contacts"))
                                  .toObject();
    QCOMPARE(block.value(QStringLiteral("results")).toArray().size(), 100);
    QVERIFY(ascending(ids(block.value(QStringLiteral("results")).toArray())));
    const QString after = block.value(QStringLiteral("paging"))
                              .toObject()
                              .value(QStringLiteral("next"))
                              .toObject()
                              .value(QStringLiteral("after"))
                              .toString();
    QVERIFY(!after.isEmpty());
    // The rest through the v3 associations endpoint.
    const Reply rest =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1/associations/contacts").arg(deal),
             params({{"after", after}}));
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.json.value(QStringLiteral("results")).toArray().size(), 30);
}

void TestHubSpotService::listPaging()
{
    HubSpotService hs;
    setUp(hs);
    HubSpotService::Options options = hs.options();
    options.apiBaseUrl = QStringLiteral("http://127.0.0.1:8080");
    hs.setOptions(options);

    // Default page: 10.
    const Reply first = call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("results")).toArray().size(), 10);

    QStringList seen;
    QString after;
    int pages = 0;
    for (;;) {
        QUrlQuery q =
            params({{"limit", QStringLiteral("20")}, {"properties", QStringLiteral("email")}});
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("after"), after);
        const Reply page = call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts"), q);
        QCOMPARE(page.status, 200);
        ++pages;
        seen += ids(page.json.value(QStringLiteral("results")).toArray());
        const QJsonObject next = page.json.value(QStringLiteral("paging"))
                                     .toObject()
                                     .value(QStringLiteral("next"))
                                     .toObject();
        if (next.isEmpty())
            break;
        after = next.value(QStringLiteral("after")).toString();
        QVERIFY(next.value(QStringLiteral("link"))
                    .toString()
                    .startsWith(QStringLiteral("http://127.0.0.1:8080/crm/v3/objects/contacts?")));
        QVERIFY(next.value(QStringLiteral("link"))
                    .toString()
                    .contains(QStringLiteral("after=") + after));
        QVERIFY(pages < 10);
    }
    const int contacts = total(hs, QStringLiteral("contacts"), {});
    QCOMPARE(seen.size(), contacts);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), contacts);
    QVERIFY(ascending(seen));
    QCOMPARE(pages, (contacts + 19) / 20);

    verifyError(call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts"),
                     params({{"limit", QStringLiteral("101")}})),
                400, QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts"),
                  params({{"limit", QStringLiteral("100")}}))
                 .status,
             200);
}

void TestHubSpotService::batchRead()
{
    HubSpotService hs;
    setUp(hs);
    const QList<QJsonObject> deals = searchAll(hs, QStringLiteral("deals"), {});
    QVERIFY(deals.size() >= 3);
    QJsonArray inputs;
    for (int i = 0; i < 3; ++i)
        inputs.append(QJsonObject{{QStringLiteral("id"), deals.at(i).value(QStringLiteral("id"))}});
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonArray{QStringLiteral("dealname"), QStringLiteral("dealstage")}},
                           {QStringLiteral("inputs"), inputs}};
    const Reply ok = post(hs, QStringLiteral("/crm/v3/objects/deals/batch/read"), body);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETE"));
    QVERIFY(isIsoMillis(ok.json.value(QStringLiteral("startedAt")).toString()));
    QVERIFY(isIsoMillis(ok.json.value(QStringLiteral("completedAt")).toString()));
    const QJsonArray results = ok.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject props =
        results.first().toObject().value(QStringLiteral("properties")).toObject();
    QVERIFY(props.contains(QStringLiteral("dealstage")));
    QVERIFY(!props.contains(QStringLiteral("amount")));
    QVERIFY(!ok.json.contains(QStringLiteral("errors")));

    // Missing ids: 207 with one OBJECT_NOT_FOUND error naming them.
    QJsonObject withMissing = body;
    inputs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("999")}});
    inputs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("not-a-number")}});
    withMissing.insert(QStringLiteral("inputs"), inputs);
    const Reply partial = post(hs, QStringLiteral("/crm/v3/objects/0-3/batch/read"), withMissing);
    QCOMPARE(partial.status, 207);
    QCOMPARE(partial.json.value(QStringLiteral("results")).toArray().size(), 3);
    QCOMPARE(partial.json.value(QStringLiteral("numErrors")).toInt(), 1);
    const QJsonObject error =
        partial.json.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("category")).toString(),
             QStringLiteral("OBJECT_NOT_FOUND"));
    QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    const QJsonArray missingIds =
        error.value(QStringLiteral("context")).toObject().value(QStringLiteral("ids")).toArray();
    QCOMPARE(missingIds.size(), 2);
    QCOMPARE(missingIds.first().toString(), QStringLiteral("999"));

    // ≤ 100 inputs: 100 is fine, 101 refused.
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QJsonObject{
            {QStringLiteral("id"), deals.at(i % deals.size()).value(QStringLiteral("id"))}});
    QCOMPARE(post(hs, QStringLiteral("/crm/v3/objects/deals/batch/read"),
                  QJsonObject{{QStringLiteral("inputs"), hundred}})
                 .status,
             200);
    hundred.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}});
    verifyError(post(hs, QStringLiteral("/crm/v3/objects/deals/batch/read"),
                     QJsonObject{{QStringLiteral("inputs"), hundred}}),
                400, QStringLiteral("VALIDATION_ERROR"));

    // idProperty: contacts by email.
    const Reply byEmail =
        post(hs, QStringLiteral("/crm/v3/objects/contacts/batch/read"),
             QJsonObject{{QStringLiteral("idProperty"), QStringLiteral("email")},
                         {QStringLiteral("inputs"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("id"), QStringLiteral("birds@example.com")}}}}});
    QCOMPARE(byEmail.status, 200);
    QCOMPARE(prop(byEmail.json.value(QStringLiteral("results")).toArray().first().toObject(),
                  QStringLiteral("lastname")),
             QStringLiteral("Lauterbach"));
}

void TestHubSpotService::notFoundEnvelope()
{
    HubSpotService hs;
    setUp(hs);
    const Reply r = call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/12345"));
    verifyError(r, 404, QStringLiteral("OBJECT_NOT_FOUND"));
    QVERIFY(call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/abc")).status == 404);
    // A malformed body is a 400.
    verifyError(call(hs, "POST", QStringLiteral("/crm/v3/objects/deals/search"), {}, "{nope"), 400,
                QStringLiteral("VALIDATION_ERROR"));
    // Not JSON at all: 415.
    const SandboxReply form = hs.handle("POST", QStringLiteral("/crm/v3/objects/deals/search"), {},
                                        "a=b", "application/x-www-form-urlencoded");
    QCOMPARE(form.status, 415);
}

void TestHubSpotService::searchStringAndEnumerationCase()
{
    HubSpotService hs;
    setUp(hs);
    // Strings: case-insensitive (D-SEARCH).
    QCOMPARE(
        total(hs, QStringLiteral("contacts"),
              {filter(QStringLiteral("firstname"), QStringLiteral("EQ"), QStringLiteral("amy"))}),
        1);
    QCOMPARE(total(hs, QStringLiteral("contacts"),
                   {filter(QStringLiteral("email"), QStringLiteral("EQ"),
                           QStringLiteral("kate@example.com"))}),
             1); // stored as KATE@Example.com
    // Enumerations: case-sensitive.
    const int won = total(
        hs, QStringLiteral("deals"),
        {filter(QStringLiteral("dealstage"), QStringLiteral("EQ"), QStringLiteral("closedwon"))});
    QVERIFY(won > 5);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("dealstage"), QStringLiteral("EQ"),
                           QStringLiteral("CLOSEDWON"))}),
             0);
    QCOMPARE(total(hs, QStringLiteral("commerce_payments"),
                   {filter(QStringLiteral("hs_latest_status"), QStringLiteral("EQ"),
                           QStringLiteral("Refunded"))}),
             0);
    const int all = total(hs, QStringLiteral("deals"), {});
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("dealstage"), QStringLiteral("NEQ"),
                           QStringLiteral("closedwon"))}),
             all - won);
    // String LT/GT compare case-insensitively: "Ab…" < "b" < "Ch…".
    const int beforeB =
        total(hs, QStringLiteral("contacts"),
              {filter(QStringLiteral("lastname"), QStringLiteral("LT"), QStringLiteral("b"))});
    const int upperB =
        total(hs, QStringLiteral("contacts"),
              {filter(QStringLiteral("lastname"), QStringLiteral("LT"), QStringLiteral("B"))});
    QVERIFY(beforeB >= 1);
    QCOMPARE(upperB, beforeB);
}

void TestHubSpotService::searchNumbersAndDates()
{
    HubSpotService hs;
    setUp(hs);
    const QList<QJsonObject> deals = searchAll(
        hs, QStringLiteral("deals"), {}, {QStringLiteral("amount"), QStringLiteral("closedate")});
    QVERIFY(deals.size() >= 30);
    // Expected counts computed here, numerically (a string comparison would put "599.88" above
    // "1000").
    int gt1000 = 0, gte410 = 0, lt100 = 0, lte410 = 0, eq410 = 0, in100to500 = 0;
    for (const QJsonObject &deal : deals) {
        const double amount = prop(deal, QStringLiteral("amount")).toDouble();
        gt1000 += amount > 1000;
        gte410 += amount >= 410;
        lt100 += amount < 100;
        lte410 += amount <= 410;
        eq410 += amount == 410;
        in100to500 += amount >= 100 && amount <= 500;
    }
    QVERIFY(gt1000 > 0 && lt100 > 0 && eq410 == 1);
    const QString a = QStringLiteral("amount");
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(a, QStringLiteral("GT"), QStringLiteral("1000"))}),
             gt1000);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(a, QStringLiteral("GTE"), QStringLiteral("410"))}),
             gte410);
    QCOMPARE(total(hs, QStringLiteral("deals"), {filter(a, QStringLiteral("LT"), 100)}),
             lt100); // a JSON number
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(a, QStringLiteral("LTE"), QStringLiteral("410.00"))}),
             lte410);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(a, QStringLiteral("EQ"), QStringLiteral("410"))}),
             1);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {between(a, QStringLiteral("100"), QStringLiteral("500"))}),
             in100to500);
    // BETWEEN is inclusive at both ends.
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {between(a, QStringLiteral("410"), QStringLiteral("410"))}),
             1);
    verifyError(search(hs, QStringLiteral("deals"),
                       groups({{filter(a, QStringLiteral("GT"), QStringLiteral("lots"))}})),
                400, QStringLiteral("VALIDATION_ERROR"));
    verifyError(search(hs, QStringLiteral("deals"),
                       groups({{filter(a, QStringLiteral("BETWEEN"), QStringLiteral("1"))}})),
                400, QStringLiteral("VALIDATION_ERROR"));

    // Datetimes: epoch-ms and ISO filter values mean the same; comparisons are by time.
    const QDateTime cut(QDate(2026, 3, 14), QTime(0, 0), QTimeZone::utc());
    int closedAfter = 0;
    for (const QJsonObject &deal : deals) {
        const QDateTime close =
            QDateTime::fromString(prop(deal, QStringLiteral("closedate")), Qt::ISODateWithMs);
        closedAfter += close > cut;
    }
    QVERIFY(closedAfter > 0 && closedAfter < deals.size());
    const QString c = QStringLiteral("closedate");
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(c, QStringLiteral("GT"), QString::number(cut.toMSecsSinceEpoch()))}),
             closedAfter);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(c, QStringLiteral("GT"), QStringLiteral("2026-03-14T00:00:00.000Z"))}),
             closedAfter);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(c, QStringLiteral("GT"), QStringLiteral("2026-03-14"))}),
             closedAfter);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(c, QStringLiteral("LTE"), QStringLiteral("2026-03-14"))}),
             deals.size() - closedAfter);

    // A date property (hs_expiration_date, YYYY-MM-DD) compares as midnight UTC.
    QCOMPARE(total(hs, QStringLiteral("quotes"),
                   {between(QStringLiteral("hs_expiration_date"), QStringLiteral("2026-03-14"),
                            QStringLiteral("2026-03-14"))}),
             0);
    const int future =
        total(hs, QStringLiteral("quotes"),
              {filter(QStringLiteral("hs_expiration_date"), QStringLiteral("GTE"),
                      QString::number(QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::utc())
                                          .toMSecsSinceEpoch()))});
    const int quotes = total(hs, QStringLiteral("quotes"), {});
    QVERIFY(future > 0 && future < quotes);
}

void TestHubSpotService::searchInAndNotIn()
{
    HubSpotService hs;
    setUp(hs);
    const QString l = QStringLiteral("lastname");
    QCOMPARE(total(hs, QStringLiteral("contacts"),
                   {filter(l, QStringLiteral("IN"),
                           QJsonArray{QStringLiteral("lauterbach"), QStringLiteral("chin")})}),
             2);
    // IN on strings needs lower-case values (D-SEARCH; hubspot-verified.md §2): the sandbox
    // compares the lower-cased record value with the values as sent, so this finds nothing.
    QCOMPARE(total(hs, QStringLiteral("contacts"),
                   {filter(l, QStringLiteral("IN"), QJsonArray{QStringLiteral("Lauterbach")})}),
             0);
    const int contacts = total(hs, QStringLiteral("contacts"), {});
    QCOMPARE(total(hs, QStringLiteral("contacts"),
                   {filter(l, QStringLiteral("NOT_IN"),
                           QJsonArray{QStringLiteral("lauterbach"), QStringLiteral("chin")})}),
             contacts - 2);
    // Enumerations: exact.
    const QString s = QStringLiteral("dealstage");
    const int won = total(hs, QStringLiteral("deals"),
                          {filter(s, QStringLiteral("EQ"), QStringLiteral("closedwon"))});
    const int lost = total(hs, QStringLiteral("deals"),
                           {filter(s, QStringLiteral("EQ"), QStringLiteral("closedlost"))});
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(s, QStringLiteral("IN"),
                           QJsonArray{QStringLiteral("closedwon"), QStringLiteral("closedlost")})}),
             won + lost);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(s, QStringLiteral("IN"), QJsonArray{QStringLiteral("ClosedWon")})}),
             0);
    // Payment source "is none of Invoice" — the seed's payment workflow trigger.
    const int payments = total(hs, QStringLiteral("commerce_payments"), {});
    const int invoice = total(hs, QStringLiteral("commerce_payments"),
                              {filter(QStringLiteral("hs_payment_source_app"), QStringLiteral("EQ"),
                                      QStringLiteral("INVOICE"))});
    QVERIFY(invoice > 0);
    QCOMPARE(total(hs, QStringLiteral("commerce_payments"),
                   {filter(QStringLiteral("hs_payment_source_app"), QStringLiteral("NOT_IN"),
                           QJsonArray{QStringLiteral("INVOICE")})}),
             payments - invoice);
    // Numbers in IN compare numerically.
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("amount"), QStringLiteral("IN"),
                           QJsonArray{QStringLiteral("410"), QStringLiteral("599.880")})}),
             2);
    verifyError(search(hs, QStringLiteral("deals"),
                       groups({{filter(s, QStringLiteral("IN"), QJsonArray{})}})),
                400, QStringLiteral("VALIDATION_ERROR"));
}

void TestHubSpotService::searchPresenceOperators()
{
    HubSpotService hs;
    setUp(hs);
    const int contacts = total(hs, QStringLiteral("contacts"), {});
    const int withEmail = total(hs, QStringLiteral("contacts"),
                                {filter(QStringLiteral("email"), QStringLiteral("HAS_PROPERTY"))});
    const int withoutEmail =
        total(hs, QStringLiteral("contacts"),
              {filter(QStringLiteral("email"), QStringLiteral("NOT_HAS_PROPERTY"))});
    QVERIFY(withoutEmail >= 3);
    QCOMPARE(withEmail + withoutEmail, contacts);
    // A value key on HAS_PROPERTY / NOT_HAS_PROPERTY is refused.
    verifyError(search(hs, QStringLiteral("contacts"),
                       groups({{filter(QStringLiteral("email"), QStringLiteral("HAS_PROPERTY"),
                                       QStringLiteral("x"))}})),
                400, QStringLiteral("VALIDATION_ERROR"));
    verifyError(search(hs, QStringLiteral("contacts"),
                       groups({{filter(QStringLiteral("email"), QStringLiteral("NOT_HAS_PROPERTY"),
                                       QStringLiteral(""))}})),
                400, QStringLiteral("VALIDATION_ERROR"));
    // A null value is no value (clients that serialise unset fields).
    QJsonObject nullValue = filter(QStringLiteral("email"), QStringLiteral("HAS_PROPERTY"));
    nullValue.insert(QStringLiteral("value"), QJsonValue::Null);
    nullValue.insert(QStringLiteral("highValue"), QJsonValue::Null);
    QCOMPARE(total(hs, QStringLiteral("contacts"), {nullValue}), withEmail);
    // The seed's quote trigger: "Esign completed signatures is known".
    const int known = total(
        hs, QStringLiteral("quotes"),
        {filter(QStringLiteral("hs_esign_num_signers_completed"), QStringLiteral("HAS_PROPERTY"))});
    const int quotes = total(hs, QStringLiteral("quotes"), {});
    QVERIFY(known > 0 && known < quotes);
    // An unknown operator is refused.
    verifyError(search(hs, QStringLiteral("contacts"),
                       groups({{filter(QStringLiteral("email"), QStringLiteral("CONTAINS"),
                                       QStringLiteral("x"))}})),
                400, QStringLiteral("VALIDATION_ERROR"));
}

void TestHubSpotService::searchContainsToken()
{
    HubSpotService hs;
    setUp(hs);
    const QString n = QStringLiteral("dealname");
    const QString deals = QStringLiteral("deals");
    // Whole words, case-folded: four deals say "Payment link".
    QCOMPARE(
        total(hs, deals, {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("link"))}), 4);
    QCOMPARE(
        total(hs, deals, {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("LINK"))}), 4);
    QCOMPARE(total(hs, deals,
                   {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("payment link"))}),
             4);
    // Not a substring: "lin" is no token of "link".
    QCOMPARE(total(hs, deals, {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("lin"))}),
             0);
    // * completes a token.
    QCOMPARE(
        total(hs, deals, {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("lin*"))}), 4);
    QCOMPARE(
        total(hs, deals, {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("*ink"))}), 4);
    // A phrase must be consecutive tokens: "link payment" is not.
    QCOMPARE(total(hs, deals,
                   {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("link payment"))}),
             0);
    // Punctuation separates tokens: "Payment link: Diego" has the token "diego".
    QCOMPARE(
        total(hs, deals, {filter(n, QStringLiteral("CONTAINS_TOKEN"), QStringLiteral("diego"))}),
        1);
    const int all = total(hs, deals, {});
    QCOMPARE(
        total(hs, deals, {filter(n, QStringLiteral("NOT_CONTAINS_TOKEN"), QStringLiteral("link"))}),
        all - 4);

    // The doc's example: "*@example.com" finds emails at that domain, and at its sub-domains.
    const QList<QJsonObject> contacts =
        searchAll(hs, QStringLiteral("contacts"), {}, {QStringLiteral("email")});
    int atExample = 0;
    for (const QJsonObject &c : contacts) {
        const QString email = prop(c, QStringLiteral("email")).toLower();
        atExample += email.contains(QStringLiteral("@example.com")) ||
                     email.contains(QStringLiteral(".example.com"));
    }
    QVERIFY(atExample > 10);
    QCOMPARE(total(hs, QStringLiteral("contacts"),
                   {filter(QStringLiteral("email"), QStringLiteral("CONTAINS_TOKEN"),
                           QStringLiteral("*@example.com"))}),
             atExample);
    // Apostrophes stay inside a word.
    QCOMPARE(total(hs, QStringLiteral("contacts"),
                   {filter(QStringLiteral("lastname"), QStringLiteral("CONTAINS_TOKEN"),
                           QStringLiteral("o'brien"))}),
             1);
}

void TestHubSpotService::searchNegativeOperatorsOnEmpty()
{
    HubSpotService hs;
    setUp(hs);
    const QString c = QStringLiteral("contacts");
    const int contacts = total(hs, c, {});
    const int withoutEmail =
        total(hs, c, {filter(QStringLiteral("email"), QStringLiteral("NOT_HAS_PROPERTY"))});
    const QJsonArray neq{filter(QStringLiteral("email"), QStringLiteral("NEQ"),
                                QStringLiteral("birds@example.com"))};
    const QJsonArray notIn{filter(QStringLiteral("email"), QStringLiteral("NOT_IN"),
                                  QJsonArray{QStringLiteral("birds@example.com")})};
    const QJsonArray notToken{filter(QStringLiteral("email"), QStringLiteral("NOT_CONTAINS_TOKEN"),
                                     QStringLiteral("birds"))};
    // Default (hubspot-verified.md §1, §2): records with no value don't match negative operators.
    QCOMPARE(total(hs, c, neq), contacts - withoutEmail - 1);
    QCOMPARE(total(hs, c, notIn), contacts - withoutEmail - 1);
    QCOMPARE(total(hs, c, notToken), contacts - withoutEmail - 1);
    HubSpotService::Options options = hs.options();
    options.negativeMatchesEmpty = true;
    hs.setOptions(options);
    QCOMPARE(total(hs, c, neq), contacts - 1);
    QCOMPARE(total(hs, c, notIn), contacts - 1);
    QCOMPARE(total(hs, c, notToken), contacts - 1);
    // Positive operators never match an empty value, whatever the switch.
    QCOMPARE(total(hs, c,
                   {filter(QStringLiteral("email"), QStringLiteral("LT"), QStringLiteral("zzz"))}),
             contacts - withoutEmail);
}

void TestHubSpotService::searchGroupsAssociationsQueryAndArchived()
{
    HubSpotService hs;
    setUp(hs);
    const QString c = QStringLiteral("contacts");
    const QJsonObject kathy =
        filter(QStringLiteral("firstname"), QStringLiteral("EQ"), QStringLiteral("Kathy"));
    const QJsonObject pye =
        filter(QStringLiteral("lastname"), QStringLiteral("EQ"), QStringLiteral("Pye"));
    // AND inside a group, OR between groups.
    QCOMPARE(total(hs, c, {kathy, pye}), 0);
    const Reply orReply = search(hs, c, groups({QJsonArray{kathy}, QJsonArray{pye}}));
    QCOMPARE(orReply.json.value(QStringLiteral("total")).toInt(), 3);

    // associations.{type}: deals associated with a contact.
    const QString amy =
        idWhere(hs, c, QStringLiteral("email"), QStringLiteral("birds@example.com"));
    const Reply amyDeals = search(
        hs, QStringLiteral("deals"),
        groups({{filter(QStringLiteral("associations.contact"), QStringLiteral("EQ"), amy)}}));
    QCOMPARE(amyDeals.json.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(prop(amyDeals.json.value(QStringLiteral("results")).toArray().first().toObject(),
                  QStringLiteral("dealname")),
             QStringLiteral("Amy's Bird Sanctuary – spring garden redesign"));
    QCOMPARE(total(hs, QStringLiteral("quotes"),
                   {filter(QStringLiteral("associations.contacts"), QStringLiteral("EQ"), amy)}),
             1);
    // The doc's own example sends a top-level "filters" array.
    const Reply loose =
        search(hs, QStringLiteral("deals"),
               QJsonObject{{QStringLiteral("filters"),
                            QJsonArray{filter(QStringLiteral("associations.contact"),
                                              QStringLiteral("EQ"), amy)}}});
    QCOMPARE(loose.json.value(QStringLiteral("total")).toInt(), 1);
    const int noContacts =
        total(hs, QStringLiteral("deals"),
              {filter(QStringLiteral("associations.contact"), QStringLiteral("NOT_HAS_PROPERTY"))});
    QCOMPARE(noContacts, 1);

    // query: the default searchable properties.
    QJsonObject q{{QStringLiteral("query"), QStringLiteral("koi")}};
    QCOMPARE(search(hs, QStringLiteral("deals"), q).json.value(QStringLiteral("total")).toInt(), 1);

    // Archived records never appear in search; GET says 404 unless archived=true.
    const int before = total(hs, c, {});
    QCOMPARE(call(hs, "DELETE", QStringLiteral("/crm/v3/objects/contacts/%1").arg(amy)).status,
             204);
    QCOMPARE(total(hs, c, {}), before - 1);
    QCOMPARE(total(hs, c,
                   {filter(QStringLiteral("email"), QStringLiteral("EQ"),
                           QStringLiteral("birds@example.com"))}),
             0);
    QCOMPARE(call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts/%1").arg(amy)).status, 404);
    const Reply archived = call(hs, "GET", QStringLiteral("/crm/v3/objects/contacts/%1").arg(amy),
                                params({{"archived", QStringLiteral("true")}}));
    QCOMPARE(archived.status, 200);
    QCOMPARE(archived.json.value(QStringLiteral("archived")).toBool(), true);
    QVERIFY(isIsoMillis(archived.json.value(QStringLiteral("archivedAt")).toString()));
}

void TestHubSpotService::searchSortsAndPaging()
{
    HubSpotService hs;
    setUp(hs);
    // Sorts as objects and as strings ("-prop" = descending).
    QJsonObject body{
        {QStringLiteral("sorts"),
         QJsonArray{QJsonObject{{QStringLiteral("propertyName"), QStringLiteral("amount")},
                                {QStringLiteral("direction"), QStringLiteral("DESCENDING")}}}},
        {QStringLiteral("properties"), QJsonArray{QStringLiteral("amount")}},
        {QStringLiteral("limit"), 200}};
    QJsonArray results =
        search(hs, QStringLiteral("deals"), body).json.value(QStringLiteral("results")).toArray();
    QVERIFY(results.size() >= 30);
    for (int i = 1; i < results.size(); ++i)
        QVERIFY(prop(results.at(i - 1).toObject(), QStringLiteral("amount")).toDouble() >=
                prop(results.at(i).toObject(), QStringLiteral("amount")).toDouble());
    body.insert(QStringLiteral("sorts"), QJsonArray{QStringLiteral("amount")});
    results =
        search(hs, QStringLiteral("deals"), body).json.value(QStringLiteral("results")).toArray();
    for (int i = 1; i < results.size(); ++i)
        QVERIFY(prop(results.at(i - 1).toObject(), QStringLiteral("amount")).toDouble() <=
                prop(results.at(i).toObject(), QStringLiteral("amount")).toDouble());
    verifyError(
        search(hs, QStringLiteral("deals"),
               QJsonObject{{QStringLiteral("sorts"), QJsonArray{QStringLiteral("no_such_prop")}}}),
        400, QStringLiteral("VALIDATION_ERROR"));

    // Paging: default 10, after is an integer offset string, no paging on the last page.
    const Reply first = search(hs, QStringLiteral("contacts"), QJsonObject{});
    QCOMPARE(first.json.value(QStringLiteral("results")).toArray().size(), 10);
    const int contacts = first.json.value(QStringLiteral("total")).toInt();
    QCOMPARE(first.json.value(QStringLiteral("paging"))
                 .toObject()
                 .value(QStringLiteral("next"))
                 .toObject()
                 .value(QStringLiteral("after"))
                 .toString(),
             QStringLiteral("10"));
    const Reply last =
        search(hs, QStringLiteral("contacts"),
               QJsonObject{{QStringLiteral("after"), QString::number(contacts - 3)}});
    QCOMPARE(last.json.value(QStringLiteral("results")).toArray().size(), 3);
    QVERIFY(!last.json.contains(QStringLiteral("paging")));
    QCOMPARE(ids(first.json.value(QStringLiteral("results")).toArray()),
             ids(search(hs, QStringLiteral("contacts"), QJsonObject{{QStringLiteral("after"), 0}})
                     .json.value(QStringLiteral("results"))
                     .toArray()));
}

void TestHubSpotService::searchLimits()
{
    HubSpotService hs;
    setUp(hs);
    const QJsonObject f = filter(QStringLiteral("firstname"), QStringLiteral("HAS_PROPERTY"));
    const auto filters = [&f](int n) {
        QJsonArray a;
        for (int i = 0; i < n; ++i)
            a.append(f);
        return a;
    };
    const QString c = QStringLiteral("contacts");
    const QString v = QStringLiteral("VALIDATION_ERROR");
    // 5 groups fine, 6 refused.
    QCOMPARE(
        search(hs, c, groups({filters(1), filters(1), filters(1), filters(1), filters(1)})).status,
        200);
    verifyError(
        search(hs, c,
               groups({filters(1), filters(1), filters(1), filters(1), filters(1), filters(1)})),
        400, v);
    // 6 filters in a group fine, 7 refused.
    QCOMPARE(search(hs, c, groups({filters(6)})).status, 200);
    verifyError(search(hs, c, groups({filters(7)})), 400, v);
    // 18 in all fine, 19 refused.
    QCOMPARE(search(hs, c, groups({filters(6), filters(6), filters(6)})).status, 200);
    verifyError(search(hs, c, groups({filters(6), filters(6), filters(6), filters(1)})), 400, v);
    // limit ≤ 200.
    QCOMPARE(search(hs, c, QJsonObject{{QStringLiteral("limit"), 200}}).status, 200);
    verifyError(search(hs, c, QJsonObject{{QStringLiteral("limit"), 201}}), 400, v);
    // Body ≤ 3,000 characters.
    QJsonObject big = groups({{filter(QStringLiteral("firstname"), QStringLiteral("EQ"),
                                      QString(2850, QLatin1Char('x')))}});
    QVERIFY(QJsonDocument(big).toJson(QJsonDocument::Compact).size() < 3000);
    QCOMPARE(search(hs, c, big).status, 200);
    big = groups({{filter(QStringLiteral("firstname"), QStringLiteral("EQ"),
                          QString(3000, QLatin1Char('x')))}});
    verifyError(search(hs, c, big), 400, v);
    // No paging past 10,000: after + limit > 10000 refused.
    QCOMPARE(search(hs, c,
                    QJsonObject{{QStringLiteral("after"), QStringLiteral("9900")},
                                {QStringLiteral("limit"), 100}})
                 .status,
             200);
    verifyError(search(hs, c,
                       QJsonObject{{QStringLiteral("after"), QStringLiteral("9901")},
                                   {QStringLiteral("limit"), 100}}),
                400, v);
    verifyError(search(hs, c, QJsonObject{{QStringLiteral("after"), QStringLiteral("10000")}}), 400,
                v);
    verifyError(search(hs, c, QJsonObject{{QStringLiteral("after"), QStringLiteral("ten")}}), 400,
                v);
}

void TestHubSpotService::searchBeyondTenThousand()
{
    HubSpotService hs;
    setUp(hs);
    hs.seedLarge(10500);

    const QString deals = QStringLiteral("deals");
    const QString modified = QStringLiteral("hs_lastmodifieddate");
    const QJsonArray sortByModified{
        QJsonObject{{QStringLiteral("propertyName"), modified},
                    {QStringLiteral("direction"), QStringLiteral("ASCENDING")}}};
    const int all = search(hs, deals, QJsonObject{{QStringLiteral("limit"), 1}})
                        .json.value(QStringLiteral("total"))
                        .toInt();
    QVERIFY(all > 10500);

    // Page the sorted query up to the cap.
    QSet<QString> seen;
    qint64 lastModified = -1;
    int after = 0;
    for (;;) {
        const Reply page = search(hs, deals,
                                  QJsonObject{{QStringLiteral("sorts"), sortByModified},
                                              {QStringLiteral("limit"), 200},
                                              {QStringLiteral("after"), QString::number(after)}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), all); // total is not capped
        for (const QJsonValue &v : page.json.value(QStringLiteral("results")).toArray()) {
            const QJsonObject o = v.toObject();
            const qint64 ms =
                QDateTime::fromString(prop(o, modified), Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY(ms > lastModified); // ascending and distinct
            lastModified = ms;
            seen.insert(o.value(QStringLiteral("id")).toString());
        }
        after = page.json.value(QStringLiteral("paging"))
                    .toObject()
                    .value(QStringLiteral("next"))
                    .toObject()
                    .value(QStringLiteral("after"))
                    .toString()
                    .toInt();
        if (after + 200 > 10000)
            break;
    }
    QCOMPARE(after, 10000);
    QCOMPARE(seen.size(), 10000);
    // The next page would go past 10,000: refused.
    verifyError(search(hs, deals,
                       QJsonObject{{QStringLiteral("sorts"), sortByModified},
                                   {QStringLiteral("limit"), 200},
                                   {QStringLiteral("after"), QString::number(after)}}),
                400, QStringLiteral("VALIDATION_ERROR"));

    // Split the query: GT the last value seen, from offset 0 again, gets the rest.
    QString next;
    int rest = 0;
    do {
        QJsonObject body =
            groups({{filter(modified, QStringLiteral("GT"), QString::number(lastModified))}}, 200);
        body.insert(QStringLiteral("sorts"), sortByModified);
        if (!next.isEmpty())
            body.insert(QStringLiteral("after"), next);
        const Reply page = search(hs, deals, body);
        QCOMPARE(page.status, 200);
        if (next.isEmpty())
            QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), all - 10000);
        for (const QJsonValue &v : page.json.value(QStringLiteral("results")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            ++rest;
        }
        next = page.json.value(QStringLiteral("paging"))
                   .toObject()
                   .value(QStringLiteral("next"))
                   .toObject()
                   .value(QStringLiteral("after"))
                   .toString();
    } while (!next.isEmpty());
    QCOMPARE(rest, all - 10000);
    QCOMPARE(seen.size(), all);
}

void TestHubSpotService::associationsV3()
{
    HubSpotService hs;
    setUp(hs);
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Lee & Park Architects – irrigation plan"));
    const Reply r =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1/associations/contacts").arg(deal));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QVERIFY(ascending(ids(results)));
    QCOMPARE(results.first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("deal_to_contact"));
    // From the payment side, the fixture's type name.
    const QList<QJsonObject> payments = searchAll(hs, QStringLiteral("commerce_payments"), {});
    const QString payment = payments.first().value(QStringLiteral("id")).toString();
    const QJsonArray paymentContacts =
        call(hs, "GET",
             QStringLiteral("/crm/v3/objects/commerce_payments/%1/associations/contacts")
                 .arg(payment))
            .json.value(QStringLiteral("results"))
            .toArray();
    QCOMPARE(paymentContacts.size(), 1);
    QCOMPARE(paymentContacts.first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("commerce_payment_to_contact"));
    // Reverse direction stored too.
    const QString contact = results.first().toObject().value(QStringLiteral("id")).toString();
    const QJsonArray back =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/0-1/%1/associations/0-3").arg(contact))
            .json.value(QStringLiteral("results"))
            .toArray();
    QVERIFY(ids(back).contains(deal));
    QCOMPARE(back.first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("contact_to_deal"));
    QCOMPARE(
        call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/1/associations/contacts")).status,
        404);
}

void TestHubSpotService::associationsV4()
{
    HubSpotService hs;
    setUp(hs);
    const QString quote =
        idWhere(hs, QStringLiteral("quotes"), QStringLiteral("hs_title"),
                QStringLiteral("Amy's Bird Sanctuary – spring garden redesign – quote"));
    QVERIFY(!quote.isEmpty());
    const Reply r = call(
        hs, "GET", QStringLiteral("/crm/v4/objects/quotes/%1/associations/contacts").arg(quote));
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject entry = results.first().toObject();
    QVERIFY(entry.value(QStringLiteral("toObjectId")).isDouble()); // a number
    // …written as an integer (ids pass 2^31; no exponent, no fraction).
    QVERIFY(QRegularExpression(QStringLiteral("\"toObjectId\":\\d{10,}[,}]"))
                .match(QString::fromUtf8(r.body))
                .hasMatch());
    const QJsonArray types = entry.value(QStringLiteral("associationTypes")).toArray();
    QCOMPARE(types.size(), 2);
    QCOMPARE(types.at(0).toObject().value(QStringLiteral("typeId")).toInt(), 69);
    QCOMPARE(types.at(0).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("HUBSPOT_DEFINED"));
    QVERIFY(types.at(0).toObject().value(QStringLiteral("label")).isNull());
    QCOMPARE(types.at(1).toObject().value(QStringLiteral("typeId")).toInt(), 702); // the signer
    QVERIFY(!types.at(1).toObject().value(QStringLiteral("label")).toString().isEmpty());

    // The real type ids, both directions.
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Amy's Bird Sanctuary – spring garden redesign"));
    const auto typeIdOf = [&hs](const QString &path) {
        const QJsonArray rs = call(hs, "GET", path).json.value(QStringLiteral("results")).toArray();
        return rs.isEmpty() ? -1
                            : rs.first()
                                  .toObject()
                                  .value(QStringLiteral("associationTypes"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("typeId"))
                                  .toInt();
    };
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/deals/%1/associations/contacts").arg(deal)),
             3);
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/deals/%1/associations/line_items").arg(deal)),
             19);
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/deals/%1/associations/quotes").arg(deal)),
             63);
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/quotes/%1/associations/deals").arg(quote)),
             64);
    QCOMPARE(
        typeIdOf(QStringLiteral("/crm/v4/objects/quotes/%1/associations/line_items").arg(quote)),
        67);
    const QString contact =
        QString::number(qint64(entry.value(QStringLiteral("toObjectId")).toDouble()));
    QCOMPARE(
        typeIdOf(QStringLiteral("/crm/v4/objects/contacts/%1/associations/deals").arg(contact)), 4);
    const QString line =
        ids(call(hs, "GET",
                 QStringLiteral("/crm/v4/objects/deals/%1/associations/line_items").arg(deal))
                .json.value(QStringLiteral("results"))
                .toArray(),
            QStringLiteral("toObjectId"))
            .first();
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/line_items/%1/associations/deals").arg(line)),
             20);
    // Payments: contact 387, quote 397, deal 391, line item 395, invoice 542.
    const QList<QJsonObject> quotePayments =
        searchAll(hs, QStringLiteral("commerce_payments"),
                  {filter(QStringLiteral("hs_payment_source_app"), QStringLiteral("EQ"),
                          QStringLiteral("QUOTE"))});
    const QString qp = quotePayments.first().value(QStringLiteral("id")).toString();
    QCOMPARE(
        typeIdOf(
            QStringLiteral("/crm/v4/objects/commerce_payments/%1/associations/contacts").arg(qp)),
        387);
    QCOMPARE(
        typeIdOf(
            QStringLiteral("/crm/v4/objects/commerce_payments/%1/associations/quotes").arg(qp)),
        397);
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/0-101/%1/associations/0-3").arg(qp)), 391);
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/0-101/%1/associations/0-8").arg(qp)), 395);
    const QList<QJsonObject> invoicePayments =
        searchAll(hs, QStringLiteral("commerce_payments"),
                  {filter(QStringLiteral("hs_payment_source_app"), QStringLiteral("EQ"),
                          QStringLiteral("INVOICE"))});
    QCOMPARE(typeIdOf(QStringLiteral("/crm/v4/objects/commerce_payments/%1/associations/invoices")
                          .arg(invoicePayments.first().value(QStringLiteral("id")).toString())),
             542);

    // Paging with limit and after.
    const QString big = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                QStringLiteral("Rossi villa – grand design"));
    const Reply p1 =
        call(hs, "GET", QStringLiteral("/crm/v4/objects/deals/%1/associations/line_items").arg(big),
             params({{"limit", QStringLiteral("2")}}));
    QCOMPARE(p1.json.value(QStringLiteral("results")).toArray().size(), 2);
    const QString after = p1.json.value(QStringLiteral("paging"))
                              .toObject()
                              .value(QStringLiteral("next"))
                              .toObject()
                              .value(QStringLiteral("after"))
                              .toString();
    QVERIFY(!after.isEmpty());
    const Reply p2 =
        call(hs, "GET", QStringLiteral("/crm/v4/objects/deals/%1/associations/line_items").arg(big),
             params({{"limit", QStringLiteral("2")}, {"after", after}}));
    QCOMPARE(p2.json.value(QStringLiteral("results")).toArray().size(), 1);
    QVERIFY(!p2.json.contains(QStringLiteral("paging")));
}

void TestHubSpotService::associationsV4BatchRead()
{
    HubSpotService hs;
    setUp(hs);
    const QList<QJsonObject> deals = searchAll(hs, QStringLiteral("deals"), {});
    const QString lonely = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                   QStringLiteral("Unassigned inquiry – website form"));
    QJsonArray inputs;
    for (int i = 0; i < 3; ++i) {
        if (deals.at(i).value(QStringLiteral("id")).toString() != lonely)
            inputs.append(
                QJsonObject{{QStringLiteral("id"), deals.at(i).value(QStringLiteral("id"))}});
    }
    const Reply ok = post(hs, QStringLiteral("/crm/v4/associations/deals/contacts/batch/read"),
                          QJsonObject{{QStringLiteral("inputs"), inputs}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETE"));
    const QJsonArray results = ok.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), inputs.size());
    const QJsonObject first = results.first().toObject();
    QCOMPARE(first.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toString(),
             inputs.first().toObject().value(QStringLiteral("id")).toString());
    const QJsonObject to = first.value(QStringLiteral("to")).toArray().first().toObject();
    QVERIFY(to.value(QStringLiteral("toObjectId")).isDouble());
    QCOMPARE(to.value(QStringLiteral("associationTypes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("typeId"))
                 .toInt(),
             3);
    QVERIFY(isIsoMillis(ok.json.value(QStringLiteral("startedAt")).toString()));

    // A deal with no contacts: 207 with an error for it.
    inputs.append(QJsonObject{{QStringLiteral("id"), lonely}});
    const Reply partial = post(hs, QStringLiteral("/crm/v4/associations/0-3/0-1/batch/read"),
                               QJsonObject{{QStringLiteral("inputs"), inputs}});
    QCOMPARE(partial.status, 207);
    QCOMPARE(partial.json.value(QStringLiteral("numErrors")).toInt(), 1);
    QCOMPARE(partial.json.value(QStringLiteral("results")).toArray().size(), inputs.size() - 1);

    // ≤ 1,000 inputs.
    QJsonArray thousand;
    for (int i = 0; i < 1000; ++i)
        thousand.append(QJsonObject{
            {QStringLiteral("id"), deals.at(i % deals.size()).value(QStringLiteral("id"))}});
    const Reply full = post(hs, QStringLiteral("/crm/v4/associations/deals/line_items/batch/read"),
                            QJsonObject{{QStringLiteral("inputs"), thousand}});
    QVERIFY(full.status == 200 || full.status == 207);
    thousand.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}});
    verifyError(post(hs, QStringLiteral("/crm/v4/associations/deals/line_items/batch/read"),
                     QJsonObject{{QStringLiteral("inputs"), thousand}}),
                400, QStringLiteral("VALIDATION_ERROR"));
}

void TestHubSpotService::associationWrites()
{
    HubSpotService hs;
    setUp(hs);
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Unassigned inquiry – website form"));
    const QString contact = idWhere(hs, QStringLiteral("contacts"), QStringLiteral("email"),
                                    QStringLiteral("nora.kelly@example.com"));
    const Reply put =
        call(hs, "PUT",
             QStringLiteral("/crm/v4/objects/deals/%1/associations/default/contacts/%2")
                 .arg(deal, contact));
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETE"));
    const QJsonArray results = put.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)
                 .toObject()
                 .value(QStringLiteral("associationSpec"))
                 .toObject()
                 .value(QStringLiteral("associationTypeId"))
                 .toInt(),
             3);
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(QStringLiteral("associationSpec"))
                 .toObject()
                 .value(QStringLiteral("associationTypeId"))
                 .toInt(),
             4);
    // Visible from both sides, and to search.
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("associations.contact"), QStringLiteral("EQ"), contact)}),
             1);
    QCOMPARE(ids(call(hs, "GET",
                      QStringLiteral("/crm/v4/objects/contacts/%1/associations/deals").arg(contact))
                     .json.value(QStringLiteral("results"))
                     .toArray(),
                 QStringLiteral("toObjectId")),
             QStringList{deal});
    QCOMPARE(
        call(hs, "PUT",
             QStringLiteral("/crm/v4/objects/deals/%1/associations/default/contacts/99").arg(deal))
            .status,
        404);

    // Labelled PUT (signer) and DELETE.
    const QString quote = idWhere(hs, QStringLiteral("quotes"), QStringLiteral("hs_title"),
                                  QStringLiteral("Cool Cars – lot landscaping – quote"));
    const Reply labelled = call(
        hs, "PUT",
        QStringLiteral("/crm/v4/objects/quotes/%1/associations/contacts/%2").arg(quote, contact),
        {}, R"([{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":702}])");
    QCOMPARE(labelled.status, 201);
    QCOMPARE(labelled.json.value(QStringLiteral("fromObjectTypeId")).toString(),
             QStringLiteral("0-14"));
    QCOMPARE(labelled.json.value(QStringLiteral("labels")).toArray().size(), 1);
    QCOMPARE(total(hs, QStringLiteral("quotes"),
                   {filter(QStringLiteral("associations.contact"), QStringLiteral("EQ"), contact)}),
             1);
    QCOMPARE(call(hs, "DELETE",
                  QStringLiteral("/crm/v4/objects/quotes/%1/associations/contacts/%2")
                      .arg(quote, contact))
                 .status,
             204);
    QCOMPARE(total(hs, QStringLiteral("quotes"),
                   {filter(QStringLiteral("associations.contact"), QStringLiteral("EQ"), contact)}),
             0);

    // v3 PUT with a type name.
    const Reply v3 =
        call(hs, "PUT",
             QStringLiteral("/crm/v3/objects/quotes/%1/associations/contacts/%2/quote_to_contact")
                 .arg(quote, contact));
    QCOMPARE(v3.status, 200);
    QCOMPARE(v3.json.value(QStringLiteral("associations"))
                 .toObject()
                 .value(QStringLiteral("contacts"))
                 .toObject()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             3); // the deal's contact (+ its signer entry) and this one
    QCOMPARE(call(hs, "PUT",
                  QStringLiteral("/crm/v3/objects/quotes/%1/associations/contacts/%2/3")
                      .arg(quote, contact))
                 .status,
             400); // 3 is deal → contact
}

void TestHubSpotService::propertiesMetadata()
{
    HubSpotService hs;
    setUp(hs);
    const QHash<QString, QStringList> used = {
        {QStringLiteral("deals"),
         {QStringLiteral("dealname"), QStringLiteral("amount"), QStringLiteral("dealstage"),
          QStringLiteral("pipeline"), QStringLiteral("closedate"), QStringLiteral("createdate"),
          QStringLiteral("hs_lastmodifieddate"), QStringLiteral("hs_object_id"),
          QStringLiteral("hubspot_owner_id"), QStringLiteral("description")}},
        {QStringLiteral("quotes"),
         {QStringLiteral("hs_title"), QStringLiteral("hs_status"),
          QStringLiteral("hs_expiration_date"), QStringLiteral("hs_quote_amount"),
          QStringLiteral("hs_quote_number"), QStringLiteral("hs_esign_num_signers_completed"),
          QStringLiteral("hs_esign_num_signers_required"), QStringLiteral("hs_esign_date"),
          QStringLiteral("hs_esign_enabled"), QStringLiteral("hs_payment_enabled"),
          QStringLiteral("hs_payment_status"), QStringLiteral("hs_quote_link"),
          QStringLiteral("hs_lastmodifieddate")}},
        {QStringLiteral("line_items"),
         {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("hs_sku"),
          QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("amount"),
          QStringLiteral("hs_product_id"), QStringLiteral("hs_tax_rate_group_id"),
          QStringLiteral("hs_tax_amount"), QStringLiteral("hs_post_tax_amount"),
          QStringLiteral("hs_discount_percentage")}},
        {QStringLiteral("contacts"),
         {QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email"),
          QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("country"),
          QStringLiteral("city"), QStringLiteral("lifecyclestage")}},
        {QStringLiteral("products"),
         {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("price"),
          QStringLiteral("hs_sku")}},
        {QStringLiteral("commerce_payments"),
         {QStringLiteral("hs_initial_amount"), QStringLiteral("hs_initiated_date"),
          QStringLiteral("hs_currency_code"), QStringLiteral("hs_customer_email"),
          QStringLiteral("hs_fees_amount"), QStringLiteral("hs_latest_status"),
          QStringLiteral("hs_payment_source_app"), QStringLiteral("hs_payment_method_type"),
          QStringLiteral("hs_processor_type"), QStringLiteral("hs_refunds_amount"),
          QStringLiteral("hs_net_amount"), QStringLiteral("hs_platform_fee"),
          QStringLiteral("hs_reference_number"), QStringLiteral("hs_lastmodifieddate")}},
    };
    QHash<QString, QJsonObject> byName;
    for (auto it = used.begin(); it != used.end(); ++it) {
        const Reply r = call(hs, "GET", QStringLiteral("/crm/v3/properties/%1").arg(it.key()));
        QCOMPARE(r.status, 200);
        QSet<QString> names;
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
            const QJsonObject p = v.toObject();
            names.insert(p.value(QStringLiteral("name")).toString());
            byName.insert(it.key() + QLatin1Char('.') + p.value(QStringLiteral("name")).toString(),
                          p);
            for (const char *field :
                 {"name", "label", "type", "fieldType", "groupName", "description", "options",
                  "hasUniqueValue", "hidden", "modificationMetadata", "calculated",
                  "externalOptions", "formField"})
                QVERIFY2(p.contains(QLatin1String(field)), field);
        }
        for (const QString &name : it.value())
            QVERIFY2(names.contains(name), qPrintable(it.key() + QLatin1Char('.') + name));
    }
    const auto typeOf = [&byName](const char *key) {
        return byName.value(QLatin1String(key)).value(QStringLiteral("type")).toString();
    };
    QCOMPARE(typeOf("deals.dealstage"), QStringLiteral("enumeration"));
    QCOMPARE(typeOf("deals.closedate"), QStringLiteral("datetime"));
    QCOMPARE(typeOf("deals.amount"), QStringLiteral("number"));
    QCOMPARE(typeOf("quotes.hs_esign_num_signers_completed"), QStringLiteral("number"));
    QCOMPARE(typeOf("quotes.hs_esign_enabled"), QStringLiteral("bool"));
    QCOMPARE(typeOf("quotes.hs_expiration_date"), QStringLiteral("date"));
    QCOMPARE(typeOf("contacts.lifecyclestage"), QStringLiteral("enumeration"));
    QCOMPARE(typeOf("commerce_payments.hs_latest_status"), QStringLiteral("enumeration"));
    QCOMPARE(typeOf("line_items.hs_tax_rate_group_id"), QStringLiteral("string"));

    // Options with labels: deal stages, payment status and source.
    const auto optionLabel = [&byName](const char *key, const QString &value) {
        for (const QJsonValue &o :
             byName.value(QLatin1String(key)).value(QStringLiteral("options")).toArray()) {
            if (o.toObject().value(QStringLiteral("value")).toString() == value)
                return o.toObject().value(QStringLiteral("label")).toString();
        }
        return QString();
    };
    QCOMPARE(optionLabel("deals.dealstage", QStringLiteral("closedwon")),
             QStringLiteral("Closed Won"));
    QCOMPARE(optionLabel("commerce_payments.hs_latest_status", QStringLiteral("refunded")),
             QStringLiteral("Refunded"));
    QCOMPARE(
        optionLabel("commerce_payments.hs_latest_status", QStringLiteral("partially_refunded")),
        QStringLiteral("Partially refunded"));
    QCOMPARE(optionLabel("commerce_payments.hs_payment_source_app", QStringLiteral("INVOICE")),
             QStringLiteral("Invoice"));
    for (const char *source : {"SALES_CHECKOUT", "QUOTE", "INVOICE", "MIGRATION", "SUBSCRIPTION"})
        QVERIFY(!optionLabel("commerce_payments.hs_payment_source_app", QLatin1String(source))
                     .isEmpty());
    QCOMPARE(optionLabel("quotes.hs_esign_enabled", QStringLiteral("true")), QStringLiteral("Yes"));

    // One property, by name and by type id.
    const Reply source =
        call(hs, "GET", QStringLiteral("/crm/v3/properties/0-101/hs_payment_source_app"));
    QCOMPARE(source.status, 200);
    QCOMPARE(source.json.value(QStringLiteral("label")).toString(), QStringLiteral("Source"));
    QCOMPARE(source.json.value(QStringLiteral("modificationMetadata"))
                 .toObject()
                 .value(QStringLiteral("readOnlyValue"))
                 .toBool(),
             true);
    verifyError(call(hs, "GET", QStringLiteral("/crm/v3/properties/deals/no_such_property")), 404,
                QStringLiteral("OBJECT_NOT_FOUND"));
}

void TestHubSpotService::propertyCreation()
{
    HubSpotService hs;
    setUp(hs);
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Cool Cars – lot landscaping"));
    const QJsonObject write{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("quickbooks_invoice_number"), QStringLiteral("1037")}}}};
    // Before the property exists, a write is refused (PROPERTY_DOESNT_EXIST).
    const Reply early = patch(hs, QStringLiteral("/crm/v3/objects/deals/%1").arg(deal), write);
    verifyError(early, 400, QStringLiteral("VALIDATION_ERROR"));
    QVERIFY(early.json.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("PROPERTY_DOESNT_EXIST")));

    const QJsonObject group{{QStringLiteral("name"), QStringLiteral("bookflow")},
                            {QStringLiteral("label"), QStringLiteral("Bookflow")}};
    const Reply g = post(hs, QStringLiteral("/crm/v3/properties/deals/groups"), group);
    QCOMPARE(g.status, 201);
    QCOMPARE(g.json.value(QStringLiteral("name")).toString(), QStringLiteral("bookflow"));
    QCOMPARE(post(hs, QStringLiteral("/crm/v3/properties/deals/groups"), group).status, 409);

    QJsonObject property{{QStringLiteral("name"), QStringLiteral("quickbooks_invoice_number")},
                         {QStringLiteral("label"), QStringLiteral("QuickBooks invoice number")},
                         {QStringLiteral("type"), QStringLiteral("string")},
                         {QStringLiteral("fieldType"), QStringLiteral("text")},
                         {QStringLiteral("groupName"), QStringLiteral("bookflow")}};
    const Reply created = post(hs, QStringLiteral("/crm/v3/properties/deals"), property);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(QStringLiteral("name")).toString(),
             QStringLiteral("quickbooks_invoice_number"));
    QCOMPARE(created.json.value(QStringLiteral("type")).toString(), QStringLiteral("string"));
    QVERIFY(!created.json.contains(QStringLiteral("hubspotDefined")));
    QCOMPARE(created.json.value(QStringLiteral("modificationMetadata"))
                 .toObject()
                 .value(QStringLiteral("archivable"))
                 .toBool(),
             true);
    // 409 on a duplicate.
    const Reply duplicate = post(hs, QStringLiteral("/crm/v3/properties/deals"), property);
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(post(hs, QStringLiteral("/crm/v3/properties/deals"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("dealname")},
                              {QStringLiteral("label"), QStringLiteral("x")},
                              {QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("fieldType"), QStringLiteral("text")},
                              {QStringLiteral("groupName"), QStringLiteral("dealinformation")}})
                 .status,
             409);
    // Validation: the type/fieldType table, a known group, required fields.
    QJsonObject bad = property;
    bad.insert(QStringLiteral("name"), QStringLiteral("quickbooks_invoice_id"));
    bad.insert(QStringLiteral("fieldType"), QStringLiteral("select"));
    verifyError(post(hs, QStringLiteral("/crm/v3/properties/deals"), bad), 400,
                QStringLiteral("VALIDATION_ERROR"));
    bad.insert(QStringLiteral("fieldType"), QStringLiteral("text"));
    bad.insert(QStringLiteral("groupName"), QStringLiteral("nope"));
    verifyError(post(hs, QStringLiteral("/crm/v3/properties/deals"), bad), 400,
                QStringLiteral("VALIDATION_ERROR"));
    bad.remove(QStringLiteral("label"));
    bad.insert(QStringLiteral("groupName"), QStringLiteral("bookflow"));
    verifyError(post(hs, QStringLiteral("/crm/v3/properties/deals"), bad), 400,
                QStringLiteral("VALIDATION_ERROR"));

    // Listed, readable, writable, searchable.
    QCOMPARE(
        call(hs, "GET", QStringLiteral("/crm/v3/properties/0-3/quickbooks_invoice_number")).status,
        200);
    QCOMPARE(patch(hs, QStringLiteral("/crm/v3/objects/deals/%1").arg(deal), write).status, 200);
    const Reply read = call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(deal),
                            params({{"properties", QStringLiteral("quickbooks_invoice_number")}}));
    QCOMPARE(prop(read.json, QStringLiteral("quickbooks_invoice_number")), QStringLiteral("1037"));
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("quickbooks_invoice_number"),
                           QStringLiteral("HAS_PROPERTY"))}),
             1);
    // Other deals read it as null.
    const QString other = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                  QStringLiteral("Kate Whelan – hedge trimming"));
    const Reply otherRead =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(other),
             params({{"properties", QStringLiteral("quickbooks_invoice_number")}}));
    QVERIFY(otherRead.json.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("quickbooks_invoice_number"))
                .isNull());
}

void TestHubSpotService::patchWriteBack()
{
    HubSpotService hs;
    setUp(hs);
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Cool Cars – lot landscaping"));
    const QString path = QStringLiteral("/crm/v3/objects/deals/%1").arg(deal);
    const QJsonObject before = call(hs, "GET", path).json;
    m_offsetMs = 5 * 60 * 1000; // five minutes later
    const Reply r = patch(
        hs, path,
        QJsonObject{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("description"), QStringLiteral("QuickBooks invoice 1037")},
                         {QStringLiteral("dealstage"), QStringLiteral("closedwon")},
                         {QStringLiteral("amount"), 512.5}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(prop(r.json, QStringLiteral("description")),
             QStringLiteral("QuickBooks invoice 1037"));
    QCOMPARE(prop(r.json, QStringLiteral("amount")), QStringLiteral("512.5"));
    const QJsonObject after =
        call(hs, "GET", path, params({{"properties", QStringLiteral("description,dealstage")}}))
            .json;
    QCOMPARE(prop(after, QStringLiteral("dealstage")), QStringLiteral("closedwon"));
    QCOMPARE(prop(after, QStringLiteral("hs_lastmodifieddate")),
             QStringLiteral("2026-03-15T12:05:00.000Z"));
    QCOMPARE(after.value(QStringLiteral("updatedAt")).toString(),
             QStringLiteral("2026-03-15T12:05:00.000Z"));
    QVERIFY(prop(after, QStringLiteral("hs_lastmodifieddate")) !=
            prop(before, QStringLiteral("hs_lastmodifieddate")));
    QCOMPARE(after.value(QStringLiteral("createdAt")), before.value(QStringLiteral("createdAt")));
    // A poller looking for changes since before the write finds it.
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("hs_lastmodifieddate"), QStringLiteral("GTE"),
                           QStringLiteral("2026-03-15T12:00:00Z"))}),
             1);
    // Clearing with "".
    QCOMPARE(patch(hs, path,
                   QJsonObject{{QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("description"), QString()}}}})
                 .status,
             200);
    QVERIFY(call(hs, "GET", path, params({{"properties", QStringLiteral("description")}}))
                .json.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("description"))
                .isNull());

    // Refusals: an enumeration value not among the options (case-sensitive), a read-only
    // property, a bad number, a datetime that isn't one.
    const auto refused = [&](const QJsonObject &properties, const char *code) {
        const Reply bad = patch(hs, path, QJsonObject{{QStringLiteral("properties"), properties}});
        verifyError(bad, 400, QStringLiteral("VALIDATION_ERROR"));
        QVERIFY2(bad.json.value(QStringLiteral("message")).toString().contains(QLatin1String(code)),
                 code);
        QCOMPARE(bad.json.value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QLatin1String(code));
    };
    refused({{QStringLiteral("dealstage"), QStringLiteral("ClosedWon")}}, "INVALID_OPTION");
    refused({{QStringLiteral("hs_object_id"), QStringLiteral("1")}}, "READ_ONLY_VALUE");
    refused({{QStringLiteral("amount"), QStringLiteral("twelve")}}, "INVALID_INTEGER");
    refused({{QStringLiteral("closedate"), QStringLiteral("next tuesday")}}, "INVALID_DATE");
    // A date property must be midnight UTC.
    const QString quote = idWhere(hs, QStringLiteral("quotes"), QStringLiteral("hs_title"),
                                  QStringLiteral("Cool Cars – lot landscaping – quote"));
    const QString quotePath = QStringLiteral("/crm/v3/objects/quotes/%1").arg(quote);
    verifyError(patch(hs, quotePath,
                      QJsonObject{{QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("hs_expiration_date"),
                                                QStringLiteral("1606768561954")}}}}),
                400, QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(patch(hs, quotePath,
                   QJsonObject{{QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("hs_expiration_date"),
                                             QStringLiteral("1430438400000")}}}})
                 .status,
             200);
    QCOMPARE(prop(call(hs, "GET", quotePath).json, QStringLiteral("hs_expiration_date")),
             QStringLiteral("2015-05-01"));
    QCOMPARE(patch(hs, QStringLiteral("/crm/v3/objects/deals/42"),
                   QJsonObject{{QStringLiteral("properties"), QJsonObject{}}})
                 .status,
             404);
}

void TestHubSpotService::batchUpdate()
{
    HubSpotService hs;
    setUp(hs);
    const QList<QJsonObject> deals = searchAll(hs, QStringLiteral("deals"), {});
    const QJsonObject props{{QStringLiteral("description"), QStringLiteral("synced")}};
    QJsonArray inputs{QJsonObject{{QStringLiteral("id"), deals.at(0).value(QStringLiteral("id"))},
                                  {QStringLiteral("properties"), props}},
                      QJsonObject{{QStringLiteral("id"), deals.at(1).value(QStringLiteral("id"))},
                                  {QStringLiteral("properties"), props}}};
    const Reply ok = post(hs, QStringLiteral("/crm/v3/objects/deals/batch/update"),
                          QJsonObject{{QStringLiteral("inputs"), inputs}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value(QStringLiteral("results")).toArray().size(), 2);
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("description"), QStringLiteral("EQ"),
                           QStringLiteral("synced"))}),
             2);
    // A bad property refuses the whole batch: nothing written.
    QJsonArray bad = inputs;
    bad.append(QJsonObject{{QStringLiteral("id"), deals.at(2).value(QStringLiteral("id"))},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("dealstage"), QStringLiteral("nope")}}}});
    bad.replace(
        0, QJsonObject{{QStringLiteral("id"), deals.at(0).value(QStringLiteral("id"))},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("description"), QStringLiteral("again")}}}});
    verifyError(post(hs, QStringLiteral("/crm/v3/objects/deals/batch/update"),
                     QJsonObject{{QStringLiteral("inputs"), bad}}),
                400, QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("description"), QStringLiteral("EQ"),
                           QStringLiteral("again"))}),
             0);
    // Missing ids → 207.
    inputs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("77")},
                              {QStringLiteral("properties"), props}});
    const Reply partial = post(hs, QStringLiteral("/crm/v3/objects/deals/batch/update"),
                               QJsonObject{{QStringLiteral("inputs"), inputs}});
    QCOMPARE(partial.status, 207);
    QCOMPARE(partial.json.value(QStringLiteral("numErrors")).toInt(), 1);
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(inputs.first());
    verifyError(post(hs, QStringLiteral("/crm/v3/objects/deals/batch/update"),
                     QJsonObject{{QStringLiteral("inputs"), many}}),
                400, QStringLiteral("VALIDATION_ERROR"));
}

void TestHubSpotService::lineItemRecomputed()
{
    HubSpotService hs;
    setUp(hs);
    // A taxable line: 12 × Soil at 10.00, MA 6.25% → 120.00 + 7.50.
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Amy's Bird Sanctuary – spring garden redesign"));
    const QStringList lineIds =
        ids(call(hs, "GET",
                 QStringLiteral("/crm/v3/objects/deals/%1/associations/line_items").arg(deal))
                .json.value(QStringLiteral("results"))
                .toArray());
    QString soil;
    for (const QString &id : lineIds) {
        const QJsonObject line =
            call(
                hs, "GET", QStringLiteral("/crm/v3/objects/line_items/%1").arg(id),
                params(
                    {{"properties",
                      QStringLiteral(
                          "hs_sku,amount,hs_tax_amount,hs_post_tax_amount,hs_tax_rate_group_id")}}))
                .json;
        if (prop(line, QStringLiteral("hs_sku")) == QLatin1String("SOIL-001")) {
            soil = id;
            QCOMPARE(prop(line, QStringLiteral("amount")), QStringLiteral("120.00"));
            QCOMPARE(prop(line, QStringLiteral("hs_tax_amount")), QStringLiteral("7.50"));
            QCOMPARE(prop(line, QStringLiteral("hs_post_tax_amount")), QStringLiteral("127.50"));
        }
    }
    QVERIFY(!soil.isEmpty());
    // Quantity and discount change: amount and tax follow, exactly (7 × 10.00 − 15% = 59.50;
    // tax 3.71875 → 3.72).
    const Reply r =
        patch(hs, QStringLiteral("/crm/v3/objects/line_items/%1").arg(soil),
              QJsonObject{
                  {QStringLiteral("properties"),
                   QJsonObject{{QStringLiteral("quantity"), QStringLiteral("7")},
                               {QStringLiteral("hs_discount_percentage"), QStringLiteral("15")}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject line =
        call(hs, "GET", QStringLiteral("/crm/v3/objects/line_items/%1").arg(soil),
             params({{"properties", QStringLiteral("amount,hs_tax_amount,hs_post_tax_amount")}}))
            .json;
    QCOMPARE(prop(line, QStringLiteral("amount")), QStringLiteral("59.50"));
    QCOMPARE(prop(line, QStringLiteral("hs_tax_amount")), QStringLiteral("3.72"));
    QCOMPARE(prop(line, QStringLiteral("hs_post_tax_amount")), QStringLiteral("63.22"));
    // The tax rate it points at is served.
    const Reply rates = call(hs, "GET", QStringLiteral("/tax-rates/v1/tax-rates"));
    QCOMPARE(rates.status, 200);
    QCOMPARE(rates.json.value(QStringLiteral("results")).toArray().size(), 3);
    QCOMPARE(call(hs, "GET", QStringLiteral("/tax-rates/v1/tax-rates/2148420997"))
                 .json.value(QStringLiteral("percentageRate"))
                 .toDouble(),
             6.25);
}

void TestHubSpotService::quoteDateSwitch()
{
    HubSpotService hs;
    setUp(hs);
    const QString quote =
        idWhere(hs, QStringLiteral("quotes"), QStringLiteral("hs_title"),
                QStringLiteral("Amy's Bird Sanctuary – spring garden redesign – quote"));
    const QString path = QStringLiteral("/crm/v3/objects/quotes/%1").arg(quote);
    const QUrlQuery q = params(
        {{"properties", QStringLiteral("hs_esign_date,hs_expiration_date,hs_payment_date")}});
    const QJsonObject iso = call(hs, "GET", path, q).json;
    QVERIFY(isIsoMillis(prop(iso, QStringLiteral("hs_esign_date"))));
    const QString day = prop(iso, QStringLiteral("hs_expiration_date"));
    QCOMPARE(day.size(), 10);
    HubSpotService::Options options = hs.options();
    options.quoteDatesAsEpochMillis = true;
    hs.setOptions(options);
    const QJsonObject epoch = call(hs, "GET", path, q).json;
    const QString esign = prop(epoch, QStringLiteral("hs_esign_date"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{13}$")).match(esign).hasMatch());
    QCOMPARE(
        QDateTime::fromMSecsSinceEpoch(esign.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs),
        prop(iso, QStringLiteral("hs_esign_date")));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                 prop(epoch, QStringLiteral("hs_expiration_date")).toLongLong(), Qt::UTC)
                 .toString(Qt::ISODateWithMs),
             day + QStringLiteral("T00:00:00.000Z"));
    // Only those two: other datetimes stay ISO.
    QVERIFY(isIsoMillis(prop(epoch, QStringLiteral("hs_payment_date"))));
}

void TestHubSpotService::seedDemoContent()
{
    HubSpotService hs;
    setUp(hs);
    QCOMPARE(hs.hubId(), qint64(24681357));
    QCOMPARE(hs.portalName(), QStringLiteral("Demo Portal"));
    QVERIFY(total(hs, QStringLiteral("contacts"), {}) >= 50);
    QVERIFY(total(hs, QStringLiteral("deals"), {}) >= 30);
    QVERIFY(total(hs, QStringLiteral("quotes"), {}) >= 15);
    QVERIFY(total(hs, QStringLiteral("commerce_payments"), {}) >= 20);
    QVERIFY(total(hs, QStringLiteral("products"), {}) >= 12);

    // Contacts: no email, non-US countries, apostrophes and accents.
    QVERIFY(total(hs, QStringLiteral("contacts"),
                  {filter(QStringLiteral("email"), QStringLiteral("NOT_HAS_PROPERTY"))}) >= 3);
    QVERIFY(total(hs, QStringLiteral("contacts"),
                  {filter(QStringLiteral("country"), QStringLiteral("NEQ"),
                          QStringLiteral("United States"))}) >= 8);
    static const std::pair<const char *, const char *> names[] = {{"Siobhán", "O'Brien"},
                                                                  {"Marco", "D'Angelo"},
                                                                  {"José", "Núñez"},
                                                                  {"Åsa", "Öberg"},
                                                                  {"Zoë", "Müller"}};
    for (const auto &[first, last] : names)
        QVERIFY2(total(hs, QStringLiteral("contacts"),
                       {filter(QStringLiteral("firstname"), QStringLiteral("EQ"),
                               QString::fromUtf8(first)),
                        filter(QStringLiteral("lastname"), QStringLiteral("EQ"),
                               QString::fromUtf8(last))}) == 1,
                 last);

    // Deals: "Payment link" names, cents, varied stages, past and future close dates.
    const QList<QJsonObject> deals = searchAll(
        hs, QStringLiteral("deals"), {},
        {QStringLiteral("amount"), QStringLiteral("dealstage"), QStringLiteral("closedate")});
    QSet<QString> stages;
    int withCents = 0, past = 0, future = 0;
    const QDateTime now(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::utc());
    for (const QJsonObject &deal : deals) {
        stages.insert(prop(deal, QStringLiteral("dealstage")));
        withCents += cents(prop(deal, QStringLiteral("amount"))) % 100 != 0;
        const QDateTime close =
            QDateTime::fromString(prop(deal, QStringLiteral("closedate")), Qt::ISODateWithMs);
        (close < now ? past : future) += 1;
    }
    QVERIFY(stages.size() >= 6);
    QVERIFY(withCents >= 3);
    QVERIFY(past >= 10 && future >= 5);
    QVERIFY(total(hs, QStringLiteral("deals"),
                  {filter(QStringLiteral("dealname"), QStringLiteral("CONTAINS_TOKEN"),
                          QStringLiteral("payment link"))}) >= 3);

    // Quotes: e-signed (completed ≥ 1 and a date) with a signer association; some not signed.
    const QList<QJsonObject> signedQuotes =
        searchAll(hs, QStringLiteral("quotes"),
                  {filter(QStringLiteral("hs_esign_num_signers_completed"), QStringLiteral("GTE"),
                          QStringLiteral("1")),
                   filter(QStringLiteral("hs_esign_date"), QStringLiteral("HAS_PROPERTY"))});
    QVERIFY(signedQuotes.size() >= 5);
    for (const QJsonObject &quote : signedQuotes) {
        const QString id = quote.value(QStringLiteral("id")).toString();
        bool signer = false;
        for (const QJsonValue &v :
             call(hs, "GET",
                  QStringLiteral("/crm/v4/objects/quotes/%1/associations/contacts").arg(id))
                 .json.value(QStringLiteral("results"))
                 .toArray()) {
            for (const QJsonValue &t :
                 v.toObject().value(QStringLiteral("associationTypes")).toArray())
                signer = signer || t.toObject().value(QStringLiteral("typeId")).toInt() == 702;
        }
        QVERIFY2(signer, qPrintable(id));
        // Each is on a deal and has line items.
        QCOMPARE(
            call(hs, "GET", QStringLiteral("/crm/v4/objects/quotes/%1/associations/deals").arg(id))
                .json.value(QStringLiteral("results"))
                .toArray()
                .size(),
            1);
        QVERIFY(!call(hs, "GET",
                      QStringLiteral("/crm/v4/objects/quotes/%1/associations/line_items").arg(id))
                     .json.value(QStringLiteral("results"))
                     .toArray()
                     .isEmpty());
    }
    QVERIFY(total(hs, QStringLiteral("quotes"),
                  {filter(QStringLiteral("hs_esign_date"), QStringLiteral("NOT_HAS_PROPERTY"))}) >=
            5);
    QVERIFY(total(hs, QStringLiteral("quotes"),
                  {filter(QStringLiteral("hs_esign_num_signers_completed"), QStringLiteral("EQ"),
                          QStringLiteral("0"))}) >= 1);
    // Quote line items are copies: ids differ from the deal's.
    const QString quote = signedQuotes.first().value(QStringLiteral("id")).toString();
    const QString dealOfQuote =
        ids(call(hs, "GET",
                 QStringLiteral("/crm/v4/objects/quotes/%1/associations/deals").arg(quote))
                .json.value(QStringLiteral("results"))
                .toArray(),
            QStringLiteral("toObjectId"))
            .first();
    const QStringList quoteLines =
        ids(call(hs, "GET",
                 QStringLiteral("/crm/v3/objects/quotes/%1/associations/line_items").arg(quote))
                .json.value(QStringLiteral("results"))
                .toArray());
    const QStringList dealLines = ids(
        call(hs, "GET",
             QStringLiteral("/crm/v3/objects/deals/%1/associations/line_items").arg(dealOfQuote))
            .json.value(QStringLiteral("results"))
            .toArray());
    QCOMPARE(quoteLines.size(), dealLines.size());
    for (const QString &line : quoteLines)
        QVERIFY(!dealLines.contains(line));
}

void TestHubSpotService::seedDemoPayments()
{
    HubSpotService hs;
    setUp(hs);
    const QString payments = QStringLiteral("commerce_payments");
    const QString source = QStringLiteral("hs_payment_source_app");
    const QString status = QStringLiteral("hs_latest_status");
    for (const char *value : {"INVOICE", "QUOTE", "SALES_CHECKOUT"})
        QVERIFY2(
            total(hs, payments, {filter(source, QStringLiteral("EQ"), QLatin1String(value))}) >= 3,
            value);
    for (const char *value :
         {"succeeded", "refunded", "partially_refunded", "processing", "failed"})
        QVERIFY2(
            total(hs, payments, {filter(status, QStringLiteral("EQ"), QLatin1String(value))}) >= 1,
            value);

    const QList<QJsonObject> all =
        searchAll(hs, payments, {},
                  {QStringLiteral("hs_initial_amount"), QStringLiteral("hs_fees_amount"),
                   QStringLiteral("hs_refunds_amount"), QStringLiteral("hs_latest_status"),
                   QStringLiteral("hs_payment_method_type"), QStringLiteral("hs_net_amount"),
                   QStringLiteral("hs_processor_type")});
    int withFees = 0, cardChecked = 0, achChecked = 0, refundedChecked = 0, partialChecked = 0;
    for (const QJsonObject &p : all) {
        const qint64 initial = cents(prop(p, QStringLiteral("hs_initial_amount")));
        const QString feeText = prop(p, QStringLiteral("hs_fees_amount"));
        const QString st = prop(p, status);
        const qint64 refunds = cents(prop(p, QStringLiteral("hs_refunds_amount")));
        QVERIFY(initial > 0);
        if (!feeText.isEmpty()) {
            ++withFees;
            const qint64 fee = cents(feeText);
            // 2.9% + $0.30 on cards, 0.8% capped at $5 on ACH, rounded half up to the cent.
            if (prop(p, QStringLiteral("hs_payment_method_type")) == QLatin1String("card")) {
                QCOMPARE(fee, (initial * 29 + 500) / 1000 + 30);
                ++cardChecked;
            } else {
                QCOMPARE(fee, std::min<qint64>((initial * 8 + 500) / 1000, 500));
                ++achChecked;
            }
            QCOMPARE(cents(prop(p, QStringLiteral("hs_net_amount"))), initial - fee - refunds);
        }
        if (st == QLatin1String("refunded")) {
            QCOMPARE(refunds, initial); // a full refund
            ++refundedChecked;
        }
        if (st == QLatin1String("partially_refunded")) {
            QVERIFY(refunds > 0 && refunds < initial);
            ++partialChecked;
        }
        if (st == QLatin1String("failed"))
            QVERIFY(feeText.isEmpty());
        // Every payment has a contact and line items.
        const QString id = p.value(QStringLiteral("id")).toString();
        QCOMPARE(call(hs, "GET",
                      QStringLiteral("/crm/v4/objects/commerce_payments/%1/associations/contacts")
                          .arg(id))
                     .json.value(QStringLiteral("results"))
                     .toArray()
                     .size(),
                 1);
        QVERIFY(!call(hs, "GET",
                      QStringLiteral("/crm/v4/objects/commerce_payments/%1/associations/line_items")
                          .arg(id))
                     .json.value(QStringLiteral("results"))
                     .toArray()
                     .isEmpty());
    }
    QVERIFY(withFees * 2 > all.size()); // "on most"
    QVERIFY(cardChecked >= 5 && achChecked >= 1 && refundedChecked >= 2 && partialChecked >= 1);
    // Some payments are on a deal, some on a quote, some on neither.
    QVERIFY(total(hs, payments,
                  {filter(QStringLiteral("associations.deal"), QStringLiteral("HAS_PROPERTY"))}) >=
            5);
    QVERIFY(total(hs, payments,
                  {filter(QStringLiteral("associations.quote"), QStringLiteral("HAS_PROPERTY"))}) >=
            3);
    QVERIFY(total(hs, payments,
                  {filter(QStringLiteral("associations.deal"),
                          QStringLiteral("NOT_HAS_PROPERTY"))}) >= 2);
}

void TestHubSpotService::seedDemoLineItems()
{
    HubSpotService hs;
    setUp(hs);
    const QString li = QStringLiteral("line_items");
    const QList<QJsonObject> taxable = searchAll(
        hs, li, {filter(QStringLiteral("hs_tax_rate_group_id"), QStringLiteral("HAS_PROPERTY"))},
        {QStringLiteral("amount"), QStringLiteral("hs_tax_amount"), QStringLiteral("hs_tax_rate"),
         QStringLiteral("hs_post_tax_amount")});
    QVERIFY(taxable.size() >= 5);
    for (const QJsonObject &line : taxable) {
        const qint64 amount = cents(prop(line, QStringLiteral("amount")));
        const qint64 tax = cents(prop(line, QStringLiteral("hs_tax_amount")));
        QVERIFY(tax > 0);
        QCOMPARE(cents(prop(line, QStringLiteral("hs_post_tax_amount"))), amount + tax);
    }
    const int all = total(hs, li, {});
    QVERIFY(total(hs, li,
                  {filter(QStringLiteral("hs_tax_rate_group_id"),
                          QStringLiteral("NOT_HAS_PROPERTY"))}) > all / 2);
    // Product-linked, SKU-only, and unmatched lines.
    QVERIFY(total(hs, li,
                  {filter(QStringLiteral("hs_product_id"), QStringLiteral("HAS_PROPERTY"))}) >= 20);
    QVERIFY(total(hs, li,
                  {filter(QStringLiteral("hs_product_id"), QStringLiteral("NOT_HAS_PROPERTY")),
                   filter(QStringLiteral("hs_sku"), QStringLiteral("EQ"),
                          QStringLiteral("SPRK-001"))}) >= 1);
    QVERIFY(total(hs, li,
                  {filter(QStringLiteral("hs_product_id"), QStringLiteral("NOT_HAS_PROPERTY")),
                   filter(QStringLiteral("hs_sku"), QStringLiteral("NOT_HAS_PROPERTY"))}) >= 1);
    QVERIFY(total(hs, li,
                  {filter(QStringLiteral("hs_sku"), QStringLiteral("EQ"),
                          QStringLiteral("PLNTR-CEDAR-48"))}) >= 1);
    // Discounted lines.
    QVERIFY(total(hs, li,
                  {filter(QStringLiteral("hs_discount_percentage"), QStringLiteral("GT"),
                          QStringLiteral("0"))}) >= 2);
    // A deal without line items and one without contacts (the actions' failure cases).
    QCOMPARE(total(hs, QStringLiteral("deals"),
                   {filter(QStringLiteral("associations.line_item"),
                           QStringLiteral("NOT_HAS_PROPERTY"))}),
             1);
    // Deal amount = the sum of its line items' amounts.
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("O'Brien Landscaping – sprinkler overhaul"));
    qint64 sum = 0;
    for (const QString &id :
         ids(call(hs, "GET",
                  QStringLiteral("/crm/v3/objects/deals/%1/associations/line_items").arg(deal))
                 .json.value(QStringLiteral("results"))
                 .toArray()))
        sum += cents(
            prop(call(hs, "GET", QStringLiteral("/crm/v3/objects/line_items/%1").arg(id)).json,
                 QStringLiteral("amount")));
    QCOMPARE(sum,
             cents(prop(call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(deal)).json,
                        QStringLiteral("amount"))));
    QCOMPARE(sum, qint64(110'00 + 106'25 + 380'00));
}

void TestHubSpotService::seedDemoConsistentWithQuickBooks()
{
    HubSpotService hs;
    setUp(hs);
    QboService qbo;
    qbo.seedDemo();
    const auto query = [&qbo](const QString &text) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), text);
        q.addQueryItem(QStringLiteral("minorversion"), QStringLiteral("75"));
        const SandboxReply r = qbo.handle(QStringLiteral("9341453050981234"), "GET",
                                          QStringLiteral("query"), q, {}, {});
        return QJsonDocument::fromJson(r.body)
            .object()
            .value(QStringLiteral("QueryResponse"))
            .toObject();
    };
    const QJsonArray items = query(QStringLiteral("select * from Item maxresults 1000"))
                                 .value(QStringLiteral("Item"))
                                 .toArray();
    const QJsonArray customers = query(QStringLiteral("select * from Customer maxresults 1000"))
                                     .value(QStringLiteral("Customer"))
                                     .toArray();
    QVERIFY2(items.size() >= 10, "the QuickBooks demo company has items");
    QVERIFY2(customers.size() >= 10, "the QuickBooks demo company has customers");
    QSet<QString> qboSkus, qboNames, qboPairs, qboPeople;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        qboSkus.insert(item.value(QStringLiteral("Sku")).toString());
        qboNames.insert(item.value(QStringLiteral("Name")).toString().toLower());
        qboPairs.insert(item.value(QStringLiteral("Name")).toString() + QLatin1Char('|') +
                        item.value(QStringLiteral("Sku")).toString());
    }
    for (const QJsonValue &v : customers) {
        const QJsonObject c = v.toObject();
        qboPeople.insert(c.value(QStringLiteral("GivenName")).toString() + QLatin1Char('|') +
                         c.value(QStringLiteral("FamilyName")).toString() + QLatin1Char('|') +
                         c.value(QStringLiteral("PrimaryEmailAddr"))
                             .toObject()
                             .value(QStringLiteral("Address"))
                             .toString());
    }

    int sameNameAndSku = 0, skuOnly = 0, nameOnly = 0, hubspotOnly = 0;
    for (const QJsonObject &p : searchAll(hs, QStringLiteral("products"), {},
                                          {QStringLiteral("name"), QStringLiteral("hs_sku")})) {
        const QString name = prop(p, QStringLiteral("name"));
        const QString sku = prop(p, QStringLiteral("hs_sku"));
        if (qboPairs.contains(name + QLatin1Char('|') + sku))
            ++sameNameAndSku;
        else if (!sku.isEmpty() && qboSkus.contains(sku))
            ++skuOnly;
        else if (qboNames.contains(name.toLower()))
            ++nameOnly;
        else
            ++hubspotOnly;
    }
    QVERIFY2(sameNameAndSku >= 10, qPrintable(QString::number(sameNameAndSku)));
    QVERIFY(skuOnly >= 1);
    QVERIFY(nameOnly >= 1);
    QVERIFY(hubspotOnly >= 2);

    int samePerson = 0, hubspotOnlyPeople = 0;
    for (const QJsonObject &c : searchAll(
             hs, QStringLiteral("contacts"), {},
             {QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email")})) {
        const QString key = prop(c, QStringLiteral("firstname")) + QLatin1Char('|') +
                            prop(c, QStringLiteral("lastname")) + QLatin1Char('|') +
                            prop(c, QStringLiteral("email"));
        if (qboPeople.contains(key))
            ++samePerson;
        else
            ++hubspotOnlyPeople;
    }
    QVERIFY2(samePerson >= 12, qPrintable(QString::number(samePerson)));
    QVERIFY(hubspotOnlyPeople >= 20);
    // Line items on deals use QuickBooks SKUs, and some don't.
    QVERIFY(total(hs, QStringLiteral("line_items"),
                  {filter(QStringLiteral("hs_sku"), QStringLiteral("EQ"),
                          QStringLiteral("DES-001"))}) >= 3);
    QVERIFY(!qboSkus.contains(QStringLiteral("KOI-100")));
    QVERIFY(total(hs, QStringLiteral("line_items"),
                  {filter(QStringLiteral("hs_sku"), QStringLiteral("EQ"),
                          QStringLiteral("KOI-100"))}) >= 1);
}

void TestHubSpotService::seedDemoDeterministic()
{
    HubSpotService a;
    HubSpotService b;
    setUp(a);
    setUp(b);
    QCOMPARE(QJsonDocument(a.save()).toJson(QJsonDocument::Compact),
             QJsonDocument(b.save()).toJson(QJsonDocument::Compact));
    a.seedLarge(300);
    b.seedLarge(300);
    QCOMPARE(QJsonDocument(a.save()).toJson(QJsonDocument::Compact),
             QJsonDocument(b.save()).toJson(QJsonDocument::Compact));
    // Re-seeding resets.
    const int deals = total(a, QStringLiteral("deals"), {});
    a.seedDemo();
    QCOMPARE(total(a, QStringLiteral("deals"), {}), deals - 300);
}

void TestHubSpotService::seedLargeShape()
{
    HubSpotService hs;
    m_offsetMs = 0;
    hs.setNow([this] { return now(); });
    // How fast seeding is belongs in the benchmarks (make bench), not in a timed test.
    hs.seedLarge(10000);
    QCOMPARE(total(hs, QStringLiteral("deals"), {}), 10000);
    const QList<QJsonObject> sample =
        searchAll(hs, QStringLiteral("deals"), {}, {QStringLiteral("amount")}).mid(0, 600);
    QJsonArray inputs;
    for (int i = 0; i < 600; i += 6)
        inputs.append(
            QJsonObject{{QStringLiteral("id"), sample.at(i).value(QStringLiteral("id"))}});
    for (const char *to : {"contacts", "line_items"}) {
        const Reply r = post(
            hs, QStringLiteral("/crm/v4/associations/deals/%1/batch/read").arg(QLatin1String(to)),
            QJsonObject{{QStringLiteral("inputs"), inputs}});
        QCOMPARE(r.status, 200); // every deal has some
        for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
            const int n = int(v.toObject().value(QStringLiteral("to")).toArray().size());
            QVERIFY(n >= 1 && n <= (qstrcmp(to, "contacts") == 0 ? 2 : 3));
        }
    }
    QVERIFY(total(hs, QStringLiteral("contacts"), {}) >= 5000);
}

void TestHubSpotService::saveLoadRoundTrip()
{
    HubSpotService hs;
    setUp(hs);
    QCOMPARE(post(hs, QStringLiteral("/crm/v3/properties/deals/groups"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("bookflow")},
                              {QStringLiteral("label"), QStringLiteral("Bookflow")}})
                 .status,
             201);
    QCOMPARE(post(hs, QStringLiteral("/crm/v3/properties/deals"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("quickbooks_invoice_id")},
                              {QStringLiteral("label"), QStringLiteral("QuickBooks invoice id")},
                              {QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("fieldType"), QStringLiteral("text")},
                              {QStringLiteral("groupName"), QStringLiteral("bookflow")}})
                 .status,
             201);
    const QString deal = idWhere(hs, QStringLiteral("deals"), QStringLiteral("dealname"),
                                 QStringLiteral("Cool Cars – lot landscaping"));
    QCOMPARE(patch(hs, QStringLiteral("/crm/v3/objects/deals/%1").arg(deal),
                   QJsonObject{{QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("quickbooks_invoice_id"),
                                             QStringLiteral("130")}}}})
                 .status,
             200);
    const QString contact = idWhere(hs, QStringLiteral("contacts"), QStringLiteral("email"),
                                    QStringLiteral("mia.wilson@example.com"));
    QCOMPARE(call(hs, "DELETE", QStringLiteral("/crm/v3/objects/contacts/%1").arg(contact)).status,
             204);

    const QJsonObject state = hs.save();
    HubSpotService copy;
    copy.setNow([this] { return now(); });
    QString error;
    QVERIFY2(copy.load(state, &error), qPrintable(error));
    QCOMPARE(QJsonDocument(copy.save()).toJson(), QJsonDocument(state).toJson());
    const QUrlQuery q =
        params({{"properties", QStringLiteral("dealname,quickbooks_invoice_id,amount")},
                {"associations", QStringLiteral("contacts,line_items,quotes")}});
    QCOMPARE(call(copy, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(deal), q).json,
             call(hs, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(deal), q).json);
    QCOMPARE(prop(call(copy, "GET", QStringLiteral("/crm/v3/objects/deals/%1").arg(deal), q).json,
                  QStringLiteral("quickbooks_invoice_id")),
             QStringLiteral("130"));
    QCOMPARE(call(copy, "GET", QStringLiteral("/crm/v3/objects/contacts/%1").arg(contact)).status,
             404);
    QCOMPARE(
        call(copy, "GET", QStringLiteral("/crm/v3/properties/deals/quickbooks_invoice_id")).status,
        200);
    QCOMPARE(total(copy, QStringLiteral("commerce_payments"), {}),
             total(hs, QStringLiteral("commerce_payments"), {}));
    // New records continue the id sequence rather than reusing ids.
    const Reply created =
        post(copy, QStringLiteral("/crm/v3/objects/deals"),
             QJsonObject{{QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("dealname"), QStringLiteral("New")}}}});
    QCOMPARE(created.status, 201);
    const qint64 newId = created.json.value(QStringLiteral("id")).toString().toLongLong();
    for (const QJsonObject &d : searchAll(hs, QStringLiteral("deals"), {}))
        QVERIFY(d.value(QStringLiteral("id")).toString().toLongLong() < newId);

    // A damaged state is refused and leaves the portal as it was.
    QJsonObject damaged = state;
    damaged.insert(QStringLiteral("format"), QStringLiteral("something else"));
    QVERIFY(!copy.load(damaged, &error));
    QVERIFY(!error.isEmpty());
    QJsonObject types = state.value(QStringLiteral("types")).toObject();
    QJsonObject dealsState = types.value(QStringLiteral("deals")).toObject();
    QJsonArray records = dealsState.value(QStringLiteral("records")).toArray();
    QJsonObject first = records.first().toObject();
    first.insert(QStringLiteral("values"),
                 QJsonObject{{QStringLiteral("no_such_property"), QStringLiteral("x")}});
    records.replace(0, first);
    dealsState.insert(QStringLiteral("records"), records);
    types.insert(QStringLiteral("deals"), dealsState);
    damaged = state;
    damaged.insert(QStringLiteral("types"), types);
    QVERIFY(!copy.load(damaged, &error));
    QCOMPARE(call(copy, "GET",
                  QStringLiteral("/crm/v3/objects/deals/%1")
                      .arg(created.json.value(QStringLiteral("id")).toString()))
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestHubSpotService)
#include "tst_hubspotservice.moc"
