#include "bench/benchsupport.h"

#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/qbo/qboservice.h"
#include "core/auth/sandboxconsent.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>

namespace bookflow::bench {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const sandbox::SandboxReply &reply, const char *what)
{
    if (reply.status >= 300)
        qFatal("seeding %s: HTTP %d %s", what, reply.status, reply.body.constData());
    return QJsonDocument::fromJson(reply.body).object();
}

// QuickBooks below HTTP: POST /v3/company/{realm}/{entity}.
QString qboCreate(sandbox::QboService &qbo, const QString &realm, const QString &entity,
                  const QJsonObject &body)
{
    const QJsonObject answer = parse(
        qbo.handle(realm, "POST", entity.toLower(), QUrlQuery(), json(body), "application/json"),
        qPrintable(entity));
    return answer.value(entity).toObject().value(QStringLiteral("Id")).toString();
}

// HubSpot below HTTP: POST /crm/v3/objects/{type}.
QString hubSpotCreate(sandbox::HubSpotService &hubSpot, const QString &type,
                      const QJsonObject &properties, const QJsonArray &associations = {})
{
    QJsonObject body{{QStringLiteral("properties"), properties}};
    if (!associations.isEmpty())
        body.insert(QStringLiteral("associations"), associations);
    const QJsonObject answer =
        parse(hubSpot.handle("POST", QStringLiteral("/crm/v3/objects/") + type, QUrlQuery(),
                             json(body), "application/json"),
              qPrintable(type));
    return answer.value(QStringLiteral("id")).toString();
}

QJsonArray associationTo(const QString &id, int typeId)
{
    return QJsonArray{QJsonObject{
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), id}}},
        {QStringLiteral("types"),
         QJsonArray{QJsonObject{{QStringLiteral("associationCategory"), s("HUBSPOT_DEFINED")},
                                {QStringLiteral("associationTypeId"), typeId}}}}}};
}

const char *const FirstNames[] = {"Avery",  "Blake", "Casey",  "Dana", "Elliot",
                                  "Finley", "Gray",  "Harley", "Indy", "Jules"};
const char *const LastNames[] = {"Abbott", "Baker", "Carver", "Dalton", "Ellis"};

} // namespace

QJsonObject Figure::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("value"), value},
                    {QStringLiteral("unit"), unit},
                    {QStringLiteral("target"), target},
                    {QStringLiteral("comparison"), atMost ? s("<=") : s(">=")},
                    {QStringLiteral("met"), met()},
                    {QStringLiteral("how"), how}};
    if (!note.isEmpty())
        out.insert(QStringLiteral("note"), note);
    if (!details.isEmpty())
        out.insert(QStringLiteral("details"), details);
    return out;
}

bool writeFigures(const QString &path, const QVector<Figure> &figures, QString *error)
{
    QJsonArray list;
    for (const Figure &figure : figures)
        list.append(figure.toJson());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("figures"), list}}).toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

SeededJob seedJob(sandbox::SandboxThread &sandbox, const JobShape &shape)
{
    SeededJob job;
    sandbox.call([&](sandbox::SandboxServer &server) {
        server.reset(sandbox::SandboxServer::Seed::None);
        sandbox::QboService &qbo = server.quickBooks();
        sandbox::HubSpotService &hubSpot = server.hubSpot();
        job.companyName = s("Bench Co (US)");
        job.realmId = qbo.addCompany(QString(), job.companyName, s("US"));

        // The income account new products are booked to, as a person would pick it.
        const QJsonObject accounts =
            parse(qbo.handle(job.realmId, "GET", s("query"),
                             QUrlQuery{{s("query"), s("select * from Account where AccountType = "
                                                      "'Income'")}},
                             {}, {}),
                  "accounts");
        const QString income = accounts.value(QStringLiteral("QueryResponse"))
                                   .toObject()
                                   .value(QStringLiteral("Account"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("Id"))
                                   .toString();

        // Contacts; the first `existingCustomers` are QuickBooks customers already.
        QStringList contactIds;
        for (int i = 0; i < shape.contacts; ++i) {
            const QString first = s(FirstNames[i % 10]);
            const QString last = QStringLiteral("%1 %2").arg(s(LastNames[(i / 10) % 5])).arg(i);
            const QString email = QStringLiteral("contact%1@bench.example").arg(i);
            contactIds.append(hubSpotCreate(
                hubSpot, s("contacts"),
                {{s("firstname"), first}, {s("lastname"), last}, {s("email"), email}}));
            if (i < shape.existingCustomers)
                qboCreate(qbo, job.realmId, s("Customer"),
                          {{s("DisplayName"), first + u' ' + last},
                           {s("GivenName"), first},
                           {s("FamilyName"), last},
                           {s("PrimaryEmailAddr"), QJsonObject{{s("Address"), email}}}});
        }
        job.contacts = shape.contacts;

        // Products: mapped (different name and SKU in QuickBooks), same SKU (different name),
        // same name (no SKU in QuickBooks), and missing.
        struct Product
        {
            QString id;
            QString name;
            QString sku;
            int cents;
        };
        QVector<Product> products;
        for (int p = 0; p < shape.products(); ++p) {
            const int cents = 2500 + p * 1250;
            const QString price = QString::number(cents / 100) + u'.' +
                                  QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
            Product product;
            product.cents = cents;
            QJsonObject item{{s("Type"), s("Service")},
                             {s("IncomeAccountRef"), QJsonObject{{s("value"), income}}},
                             {s("UnitPrice"), cents / 100.0}};
            enum { Mapped, BySku, ByName, Missing } kind;
            if (p < shape.mappedProducts)
                kind = Mapped;
            else if (p < shape.mappedProducts + shape.skuProducts)
                kind = BySku;
            else if (p < shape.mappedProducts + shape.skuProducts + shape.nameProducts)
                kind = ByName;
            else
                kind = Missing;
            switch (kind) {
            case Mapped:
                product.name = QStringLiteral("Support plan %1").arg(p + 1);
                product.sku = QStringLiteral("HS-PLAN-%1").arg(p + 1);
                item.insert(s("Name"), QStringLiteral("QB support plan %1").arg(p + 1));
                item.insert(s("Sku"), QStringLiteral("QB-PLAN-%1").arg(p + 1));
                break;
            case BySku:
                product.name = QStringLiteral("Onboarding pack %1").arg(p + 1);
                product.sku = QStringLiteral("ONB-%1").arg(p + 1);
                item.insert(s("Name"), QStringLiteral("Onboarding (QB) %1").arg(p + 1));
                item.insert(s("Sku"), product.sku);
                break;
            case ByName:
                product.name = QStringLiteral("Training day %1").arg(p + 1);
                product.sku = QStringLiteral("HS-TRN-%1").arg(p + 1);
                item.insert(s("Name"), product.name);
                break;
            case Missing:
                product.name = QStringLiteral("New service %1").arg(p + 1);
                product.sku = QStringLiteral("NEW-%1").arg(p + 1);
                break;
            }
            product.id = hubSpotCreate(
                hubSpot, s("products"),
                {{s("name"), product.name}, {s("hs_sku"), product.sku}, {s("price"), price}});
            if (kind != Missing) {
                const QString itemId = qboCreate(qbo, job.realmId, s("Item"), item);
                if (kind == Mapped)
                    job.productMapping.insert(product.id, itemId);
            }
            products.append(product);
        }
        job.products = int(products.size());

        // Deals, each with one contact and one to three line items copied from the products.
        for (int d = 0; d < shape.deals; ++d) {
            const QString name =
                QStringLiteral("Bench deal %1").arg(d + 1, 4, 10, QLatin1Char('0'));
            const QString dealId =
                hubSpotCreate(hubSpot, s("deals"),
                              {{s("dealname"), name},
                               {s("dealstage"), s("closedwon")},
                               {s("pipeline"), s("default")}},
                              associationTo(contactIds.at(d % shape.contacts), 3));
            job.dealIds.append(dealId);
            const int lines = 1 + d % 3;
            for (int l = 0; l < lines; ++l) {
                const Product &product = products.at((d * 3 + l * 7) % products.size());
                const QString price =
                    QString::number(product.cents / 100) + u'.' +
                    QStringLiteral("%1").arg(product.cents % 100, 2, 10, QLatin1Char('0'));
                hubSpotCreate(hubSpot, s("line_items"),
                              {{s("name"), product.name},
                               {s("hs_sku"), product.sku},
                               {s("hs_product_id"), product.id},
                               {s("price"), price},
                               {s("quantity"), QString::number(1 + (d + l) % 4)}},
                              associationTo(dealId, 20));
                ++job.lineItems;
            }
        }
        server.resetRequestLog();
    });
    return job;
}

QJsonObject requestCounts(sandbox::SandboxThread &sandbox)
{
    QJsonObject counts;
    sandbox.call([&](sandbox::SandboxServer &server) { counts = server.requestLog().toJson(); });
    return counts;
}

void resetRequestCounts(sandbox::SandboxThread &sandbox)
{
    sandbox.call([](sandbox::SandboxServer &server) { server.resetRequestLog(); });
}

qint64 providerCount(const QJsonObject &counts, const QString &provider)
{
    return counts.value(QStringLiteral("providers")).toObject().value(provider).toInteger();
}

QJsonObject routesOf(const QJsonObject &counts, const QString &prefix)
{
    QJsonObject out;
    const QJsonObject routes = counts.value(QStringLiteral("routes")).toObject();
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        const QString route = it.key().section(u' ', 1);
        if (route.startsWith(prefix))
            out.insert(it.key(), it.value());
    }
    return out;
}

Installation::Installation(Transport &transport, const Clock &clock, const QString &parent)
    : m_dir(parent.isEmpty() ? QDir::tempPath() + QStringLiteral("/bookflow-bench-XXXXXX")
                             : parent + QStringLiteral("/bookflow-bench-XXXXXX")),
      m_transport(transport), m_clock(clock)
{
}

Installation::~Installation() = default;

bool Installation::connect(const QUrl &sandbox, QString *error)
{
    if (!m_dir.isValid()) {
        *error = s("no temporary folder");
        return false;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(m_dir.path());
    if (!opened) {
        *error = opened.reason();
        return false;
    }
    m_store = std::move(opened).value();
    m_manager = std::make_unique<ConnectionManager>(*m_store, m_secrets, m_transport, m_clock);
    const ApiResult<QVector<Connection>> made =
        connectSandboxAccounts(*m_manager, m_transport, m_clock, sandbox,
                               {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                                QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)});
    if (!made) {
        *error = made.reason();
        return false;
    }
    for (const Connection &c : *made) {
        if (c.provider == Provider::HubSpot)
            m_hubSpot = c.id;
        else if (c.isUnitedStates())
            m_quickBooks = c.id;
    }
    if (m_hubSpot.isEmpty() || m_quickBooks.isEmpty()) {
        *error = s("the sandbox offered no HubSpot portal or no US company");
        return false;
    }
    return true;
}

Workflow jobWorkflow(const QString &connectionId)
{
    Workflow w;
    w.id = Workflow::newId();
    w.name = s("Invoice bench deals");
    w.objectType = ObjectType::Deal;
    Filter filter;
    filter.object = FilterObject::Deal;
    filter.property = s("dealname");
    filter.propertyType = PropertyType::Text;
    filter.op = Operator::StartsWithAny;
    filter.values = {s("Bench deal")};
    FilterGroup group;
    group.filters = {filter};
    w.enrollment.filterGroups = {group};
    Action action;
    action.id = s("a1");
    action.type = ActionType::CreateInvoice;
    action.connection = connectionId;
    action.createProductIfMissing = true;
    w.actions = {action};
    return w;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

} // namespace bookflow::bench
