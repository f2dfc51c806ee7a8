// bookflow-bench-engine: the engine's figures of issue 10.
//  1. API economy — 1,000 deal enrollments → invoices, counted at the sandbox, against a naive
//     client (one call per operation, no cache, no batch) on the same data;
//  2. throughput — the same job with the sandbox's real limits and 150 ms of latency, against
//     the floor QuickBooks' limits set for its requests;
//  3. engine CPU — trigger evaluations a second, and planning 1,000 enrollments.
// The sandbox runs in this process on a thread of its own (the engine's calls block their
// thread); the engine is core's, exactly as `bookflow-cli run --once` drives it.
#include "bench/benchsupport.h"

#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/qbo/qboservice.h"
#include "app/sandbox/sandboxserver.h"
#include "core/engine/actionplanner.h"
#include "core/engine/executor.h"
#include "core/engine/poller.h"
#include "core/engine/qbodirectory.h"
#include "core/engine/recordloader.h"
#include "core/engine/requestid.h"
#include "core/engine/runsession.h"
#include "core/engine/writeback.h"
#include "core/hubspot/hubspotclient.h"
#include "core/net/networktransport.h"
#include "core/net/ratelimitedtransport.h"
#include "core/net/ratelimiter.h"
#include "core/quickbooks/qboclient.h"
#include "core/quickbooks/qbojson.h"
#include "core/workflow/filterevaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace bookflow;
using namespace bookflow::bench;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void say(const QString &line)
{
    std::fprintf(stderr, "bench: %s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

// What the sandbox holds of one company, read below HTTP (never counted).
qint64 qboCount(sandbox::SandboxThread &sandbox, const QString &realm, const QString &entity)
{
    qint64 total = -1;
    sandbox.call([&](sandbox::SandboxServer &server) {
        const sandbox::SandboxReply reply = server.quickBooks().handle(
            realm, "GET", s("query"),
            QUrlQuery{{s("query"), QStringLiteral("select count(*) from %1").arg(entity)}}, {}, {});
        total = QJsonDocument::fromJson(reply.body)
                    .object()
                    .value(QStringLiteral("QueryResponse"))
                    .toObject()
                    .value(QStringLiteral("totalCount"))
                    .toInteger(-1);
    });
    return total;
}

// How many of the deals carry the QuickBooks invoice id written back, read below HTTP.
int dealsWrittenBack(sandbox::SandboxThread &sandbox, const QStringList &dealIds)
{
    int written = 0;
    sandbox.call([&](sandbox::SandboxServer &server) {
        for (int from = 0; from < dealIds.size(); from += 100) {
            QJsonArray inputs;
            for (const QString &id : dealIds.mid(from, 100))
                inputs.append(QJsonObject{{s("id"), id}});
            const QJsonObject body{{s("properties"), QJsonArray{s("bookflow_qbo_invoice_id")}},
                                   {s("inputs"), inputs}};
            const sandbox::SandboxReply reply = server.hubSpot().handle(
                "POST", s("/crm/v3/objects/deals/batch/read"), QUrlQuery(),
                QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
            for (const QJsonValue &row :
                 QJsonDocument::fromJson(reply.body).object().value(s("results")).toArray()) {
                if (!row.toObject()
                         .value(s("properties"))
                         .toObject()
                         .value(s("bookflow_qbo_invoice_id"))
                         .toString()
                         .isEmpty())
                    ++written;
            }
        }
    });
    return written;
}

struct JobRun
{
    QString error;
    int enrolled = 0;
    Executor::Summary sent;
    double wallMs = 0;
    double pollMs = 0;
    QJsonObject counts;
    qint64 quickBooks = 0;
    qint64 hubSpot = 0;
    qint64 quickBooksBatches = 0;
    qint64 invoices = 0;
    qint64 customers = 0;
    qint64 items = 0;
    int writtenBack = 0;
    qint64 throttled = 0;    // 429s the sandbox answered
    double engineCpuMs = 0;  // this process's CPU during the job, but the sandbox's thread
    double sandboxCpuMs = 0; // the sandbox's thread (QuickBooks' and HubSpot's work, here local)
};

double cpuMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double sandboxThreadCpuMs(sandbox::SandboxThread &sandbox)
{
    double ms = 0;
    sandbox.call([&](sandbox::SandboxServer &) { ms = cpuMs(CLOCK_THREAD_CPUTIME_ID); });
    return ms;
}

qint64 throttledCount(const QJsonObject &counts)
{
    return counts.value(s("statuses")).toObject().value(s("429")).toInteger();
}

// The job as `bookflow-cli on ID --enroll-existing yes` then `bookflow-cli run --once` do it:
// one session, the poller enrolls, the executor sends what is due.
JobRun runEngineJob(sandbox::SandboxThread &sandbox, const JobShape &shape, bool realLimits,
                    int latencyMs, const QString &dataParent = QString())
{
    JobRun run;
    const SeededJob job = seedJob(sandbox, shape);
    sandbox.call([&](sandbox::SandboxServer &server) {
        sandbox::SandboxSettings settings = server.settings();
        settings.limits.enabled = realLimits;
        settings.latencyMs = latencyMs;
        server.setSettings(settings);
    });

    SystemClock clock;
    NetworkTransport network;
    RateLimiter limiter(clock);
    RateLimitedTransport transport(network, limiter); // the product's limits, as the app uses
    Installation install(transport, clock, dataParent);
    if (!install.connect(sandbox.baseUrl(), &run.error))
        return run;
    Connection company = *install.store().connection(install.quickBooksConnection());
    company.productMapping = job.productMapping;
    install.store().saveConnection(company);
    const Workflow workflow = jobWorkflow(install.quickBooksConnection());
    if (const Status created = install.store().createWorkflow(workflow); !created) {
        run.error = created.reason();
        return run;
    }
    if (const Result<int> published = install.store().publish(workflow.id); !published) {
        run.error = published.reason();
        return run;
    }
    resetRequestCounts(sandbox);

    const double processCpuStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    const double sandboxCpuStart = sandboxThreadCpuMs(sandbox);
    QElapsedTimer wall;
    wall.start();
    {
        RunSession session(install.store(), install.manager(), transport, clock);
        const ApiResult<Poller::Summary> enrolled = Poller(session).turnOn(workflow.id, true);
        if (!enrolled) {
            run.error = enrolled.reason();
            return run;
        }
        run.enrolled = enrolled->enrolled;
        run.pollMs = elapsedMs(wall);
        const Result<Executor::Summary> sent = Executor(session).runDue();
        if (!sent) {
            run.error = sent.reason();
            return run;
        }
        run.sent = *sent;
    }
    run.wallMs = elapsedMs(wall);
    run.sandboxCpuMs = sandboxThreadCpuMs(sandbox) - sandboxCpuStart;
    run.engineCpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processCpuStart - run.sandboxCpuMs;

    run.counts = requestCounts(sandbox);
    run.quickBooks = providerCount(run.counts, s("quickbooks"));
    run.hubSpot = providerCount(run.counts, s("hubspot"));
    run.quickBooksBatches = routesOf(run.counts, s("/v3/company/"))
                                .value(s("POST /v3/company/{realmId}/batch"))
                                .toInteger();
    run.throttled = throttledCount(run.counts);
    sandbox.call([](sandbox::SandboxServer &server) {
        sandbox::SandboxSettings settings = server.settings();
        settings.limits.enabled = false;
        settings.latencyMs = 0;
        server.setSettings(settings);
    });
    run.invoices = qboCount(sandbox, job.realmId, s("Invoice"));
    run.customers = qboCount(sandbox, job.realmId, s("Customer"));
    run.items = qboCount(sandbox, job.realmId, s("Item"));
    run.writtenBack = dealsWrittenBack(sandbox, job.dealIds);
    return run;
}

// --- the naive client -------------------------------------------------------------------------

struct NaiveRun
{
    QString error;
    int invoices = 0;
    qint64 quickBooks = 0;
    qint64 hubSpot = 0;
    double wallMs = 0;
};

// How peers work (anchors.md A1): for each deal, read it, its associations, its contact and each
// line item one by one; look the customer up by email and each product up by mapping, SKU or
// name with a query each, creating what is missing; create the invoice alone; PATCH the deal.
// Nothing is cached and nothing is batched. Written with core's clients, so only the pattern of
// calls differs from the engine.
NaiveRun runNaiveJob(sandbox::SandboxThread &sandbox, const JobShape &shape)
{
    NaiveRun run;
    const SeededJob job = seedJob(sandbox, shape);
    SystemClock clock;
    NetworkTransport transport;
    Installation install(transport, clock);
    if (!install.connect(sandbox.baseUrl(), &run.error))
        return run;
    const Connection company = *install.store().connection(install.quickBooksConnection());
    const Connection portal = *install.store().connection(install.hubSpotConnection());
    ConnectionTokenSource qboTokens(**install.manager().auth(company.id), transport);
    ConnectionTokenSource hsTokens(**install.manager().auth(portal.id), transport);
    QboClient qbo(transport, company.apiBaseUrl, company.accountId, qboTokens);
    HubSpotClient hubSpot(transport, portal.apiBaseUrl, hsTokens, clock);
    resetRequestCounts(sandbox);

    QElapsedTimer wall;
    wall.start();
    // The write-back properties, made once as a person would before turning such a flow on.
    const QVector<HubSpotProperty> definitions = WriteBack::propertyDefinitions(s("Invoice"));
    hubSpot.createPropertyGroup(HubSpotObject::Deal, WriteBack::groupName(), s("Bookflow"));
    for (const HubSpotProperty &property : definitions)
        hubSpot.createProperty(HubSpotObject::Deal, property);
    const QString income = [&] {
        const auto rows =
            qbo.query(QboQuery::select(s("Account")).where(s("AccountType"), s("="), s("Income")));
        return rows && !rows->isEmpty() ? rows->first().id() : QString();
    }();

    const auto first = [](const ApiResult<QVector<QboObject>> &rows) -> std::optional<QboObject> {
        if (!rows || rows->isEmpty())
            return std::nullopt;
        return rows->first();
    };
    for (const QString &dealId : job.dealIds) {
        const ApiResult<HubSpotRecord> deal = hubSpot.get(
            HubSpotObject::Deal, dealId, RecordLoader::baseProperties(HubSpotObject::Deal));
        const auto contacts =
            hubSpot.associations(HubSpotObject::Deal, dealId, HubSpotObject::Contact);
        const auto lines =
            hubSpot.associations(HubSpotObject::Deal, dealId, HubSpotObject::LineItem);
        if (!deal || !contacts || !lines || contacts->isEmpty()) {
            run.error = s("HubSpot refused a read");
            return run;
        }
        const ApiResult<HubSpotRecord> contactRecord =
            hubSpot.get(HubSpotObject::Contact, contacts->first().toObjectId,
                        RecordLoader::baseProperties(HubSpotObject::Contact));
        if (!contactRecord) {
            run.error = contactRecord.reason();
            return run;
        }
        const ContactInfo contact = RecordLoader::contactFrom(*contactRecord);

        std::optional<QboObject> customer = first(qbo.query(
            QboQuery::select(s("Customer")).where(s("PrimaryEmailAddr"), s("="), contact.email)));
        if (!customer) {
            const ApiResult<QboObject> made =
                qbo.create(QboEntity::Customer,
                           {{s("DisplayName"), contact.firstName + u' ' + contact.lastName},
                            {s("GivenName"), contact.firstName},
                            {s("FamilyName"), contact.lastName},
                            {s("PrimaryEmailAddr"), QJsonObject{{s("Address"), contact.email}}}},
                           QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!made) {
                run.error = made.reason();
                return run;
            }
            customer = *made;
        }

        QJsonArray invoiceLines;
        for (const HubSpotAssociation &association : *lines) {
            const ApiResult<HubSpotRecord> lineRecord =
                hubSpot.get(HubSpotObject::LineItem, association.toObjectId,
                            RecordLoader::baseProperties(HubSpotObject::LineItem));
            if (!lineRecord) {
                run.error = lineRecord.reason();
                return run;
            }
            const LineItem line = RecordLoader::lineItemFrom(*lineRecord);
            std::optional<QboObject> item;
            const QString mapped = company.productMapping.value(line.productId);
            if (!mapped.isEmpty()) {
                const ApiResult<QboObject> read = qbo.read(QboEntity::Item, mapped);
                if (read)
                    item = *read;
            }
            if (!item && !line.sku.isEmpty())
                item =
                    first(qbo.query(QboQuery::select(s("Item")).where(s("Sku"), s("="), line.sku)));
            if (!item)
                item = first(
                    qbo.query(QboQuery::select(s("Item")).where(s("Name"), s("="), line.name)));
            if (!item) {
                const ApiResult<QboObject> made =
                    qbo.create(QboEntity::Item,
                               {{s("Name"), line.name},
                                {s("Sku"), line.sku},
                                {s("Type"), s("Service")},
                                {s("IncomeAccountRef"), QJsonObject{{s("value"), income}}}},
                               QUuid::createUuid().toString(QUuid::WithoutBraces));
                if (!made) {
                    run.error = made.reason();
                    return run;
                }
                item = *made;
            }
            invoiceLines.append(QJsonObject{
                {s("DetailType"), s("SalesItemLineDetail")},
                {s("Amount"), QboJson::money((line.quantity * line.unitPrice).roundedToCents())},
                {s("SalesItemLineDetail"),
                 QJsonObject{{s("ItemRef"), QJsonObject{{s("value"), item->id()}}},
                             {s("Qty"), QboJson::number(line.quantity)},
                             {s("UnitPrice"), QboJson::number(line.unitPrice)}}}});
        }
        const ApiResult<QboObject> invoice =
            qbo.create(QboEntity::Invoice,
                       {{s("CustomerRef"), QJsonObject{{s("value"), customer->id()}}},
                        {s("Line"), invoiceLines}},
                       QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!invoice) {
            run.error = invoice.reason();
            return run;
        }
        const ApiResult<HubSpotRecord> patched =
            hubSpot.update(HubSpotObject::Deal, dealId,
                           {{WriteBack::idProperty(s("Invoice")), invoice->id()},
                            {WriteBack::numberProperty(s("Invoice")), invoice->docNumber()}});
        if (!patched) {
            run.error = patched.reason();
            return run;
        }
        ++run.invoices;
    }
    run.wallMs = elapsedMs(wall);
    const QJsonObject counts = requestCounts(sandbox);
    run.quickBooks = providerCount(counts, s("quickbooks"));
    run.hubSpot = providerCount(counts, s("hubspot"));
    return run;
}

// --- the floor QuickBooks' limits set ----------------------------------------------------------

struct Floor
{
    double seconds = 0;
    QString binding; // which limit sets it
    QJsonObject parts;
};

// The least wall time in which `requests` QuickBooks calls, `batches` of them /batch, can all be
// answered under QuickBooks' per-company limits (qbo-api.md §8: 500 a minute, 10 a second, 10 at
// a time, 40 /batch a minute) when each answer takes `latencyMs`: the sliding windows start
// empty, so n requests under "at most L in any W" need (⌈n/L⌉ − 1)·W before the last one may
// leave, plus its own round trip; ten at a time means ⌈n/10⌉ round trips one after the other.
Floor quickBooksFloor(qint64 requests, qint64 batches, int latencyMs)
{
    const double latency = latencyMs / 1000.0;
    const auto windowed = [&](qint64 n, double limit, double windowSeconds) {
        return n <= 0 ? 0.0 : (std::ceil(n / limit) - 1) * windowSeconds + latency;
    };
    Floor floor;
    const double perMinute = windowed(requests, 500, 60);
    const double perSecond = windowed(requests, 10, 1);
    const double batchPerMinute = windowed(batches, 40, 60);
    const double concurrent = std::ceil(requests / 10.0) * latency;
    floor.parts = QJsonObject{{s("requestsPerMinute500"), perMinute},
                              {s("requestsPerSecond10"), perSecond},
                              {s("batchesPerMinute40"), batchPerMinute},
                              {s("tenAtATime"), concurrent}};
    floor.seconds = perMinute;
    floor.binding = s("500 requests a minute");
    if (perSecond > floor.seconds) {
        floor.seconds = perSecond;
        floor.binding = s("10 requests a second");
    }
    if (batchPerMinute > floor.seconds) {
        floor.seconds = batchPerMinute;
        floor.binding = s("40 batch calls a minute");
    }
    if (concurrent > floor.seconds) {
        floor.seconds = concurrent;
        floor.binding = s("10 requests at a time");
    }
    return floor;
}

// --- engine CPU ---------------------------------------------------------------------------------

// A deal with its contact, as the poller hands it to the evaluator.
RecordContext syntheticDeal(int i)
{
    RecordContext record;
    record.objectType = ObjectType::Deal;
    record.record.id = QString::number(100000 + i);
    record.record.properties = QJsonObject{
        {s("dealname"), QStringLiteral("Bench deal %1 payment link").arg(i)},
        {s("amount"), QString::number(1000 + i % 5000) + s(".50")},
        {s("dealstage"), i % 7 == 0 ? s("closedlost") : s("closedwon")},
        {s("closedate"), QStringLiteral("2026-0%1-1%2T10:00:00Z").arg(1 + i % 9).arg(i % 10)},
        {s("pipeline"), s("default")},
        {s("hs_is_closed_won"), s("true")}};
    ContactInfo contact;
    contact.id = QString::number(500 + i % 50);
    contact.firstName = s("Avery");
    contact.lastName = QStringLiteral("Baker %1").arg(i % 50);
    contact.email = QStringLiteral("contact%1@bench.example").arg(i % 50);
    contact.properties = QJsonObject{{s("firstname"), contact.firstName},
                                     {s("lastname"), contact.lastName},
                                     {s("email"), contact.email},
                                     {s("lifecyclestage"), s("customer")}};
    record.contact = contact;
    record.contactCount = 1;
    return record;
}

Filter filterOf(FilterObject object, const char *property, PropertyType type, Operator op,
                const QStringList &values)
{
    Filter filter;
    filter.object = object;
    filter.property = s(property);
    filter.propertyType = type;
    filter.op = op;
    filter.values = values;
    return filter;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Record × filter evaluations a second: a trigger of six filters of every kind (text, number,
// enumeration, date, bool, the contact's email) that all hold, so each record costs exactly six
// evaluations (AND stops at the first filter that fails), over 10,000 records, for ≥ 1 s.
Figure triggerEvaluationFigure()
{
    SystemClock clock;
    FilterEvaluator evaluator(clock, QTimeZone::utc());
    FilterGroup group;
    group.filters = {
        filterOf(FilterObject::Deal, "dealname", PropertyType::Text, Operator::ContainsAny,
                 {s("payment link"), s("invoice me")}),
        filterOf(FilterObject::Deal, "amount", PropertyType::Number, Operator::Gt, {s("999")}),
        filterOf(FilterObject::Deal, "pipeline", PropertyType::Enumeration, Operator::IsAnyOf,
                 {s("default"), s("renewals")}),
        filterOf(FilterObject::Deal, "closedate", PropertyType::DateTime, Operator::After,
                 {s("2025-12-31")}),
        filterOf(FilterObject::Deal, "hs_is_closed_won", PropertyType::Bool, Operator::IsAnyOf,
                 {s("true")}),
        filterOf(FilterObject::Contact, "email", PropertyType::Text, Operator::IsKnown, {}),
    };
    const int filtersPerRecord = int(group.filters.size());
    const CompiledTrigger trigger = evaluator.compile({group});
    QVector<RecordView> views;
    for (int i = 0; i < 10000; ++i)
        views.append(syntheticDeal(i).view());

    qint64 evaluations = 0;
    qint64 met = 0;
    // The thread's CPU time, not the wall clock: the figure is the evaluator's speed on one
    // core, whatever else the machine is doing.
    const double cpuStart = threadCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    while (threadCpuSeconds() - cpuStart < 1.5) {
        for (const RecordView &view : std::as_const(views)) {
            if (evaluator.matches(trigger, view))
                ++met;
        }
        evaluations += qint64(views.size()) * filtersPerRecord;
    }
    const double seconds = threadCpuSeconds() - cpuStart;
    const double wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    Figure figure;
    figure.id = s("cpu.triggerEvaluation");
    figure.name = s("Trigger evaluation (record × filter)");
    figure.value = std::round(evaluations / seconds);
    figure.unit = s("evaluations/s");
    figure.target = 1000000;
    figure.atMost = false;
    figure.how = s("FilterEvaluator::matches with a compiled trigger of 6 filters (text contains, "
                   "number >, enumeration any of, datetime after, bool, contact email is known) "
                   "that all hold, over 10,000 synthetic deals with a contact, repeated for 1.5 s "
                   "of the thread's CPU time (CLOCK_THREAD_CPUTIME_ID); evaluations = records × 6, "
                   "divided by those CPU seconds.");
    figure.details = QJsonObject{{s("records"), 10000},
                                 {s("filtersPerRecord"), filtersPerRecord},
                                 {s("evaluations"), evaluations},
                                 {s("cpuSeconds"), seconds},
                                 {s("wallSeconds"), wallSeconds},
                                 {s("perWallSecond"), std::round(evaluations / wallSeconds)},
                                 {s("recordsMet"), met}};
    return figure;
}

// The ledger's name of a step's kind (as the executor writes it).
QString stepKind(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::CreateCustomer:
        return s("createCustomer");
    case PlanStep::Kind::CreateItem:
        return s("createItem");
    case PlanStep::Kind::CreateDocument:
        return s("createDocument");
    case PlanStep::Kind::CreatePayment:
        return s("createPayment");
    }
    return {};
}

// A QuickBooks company in memory, for planning without the network.
class MemoryDirectory final : public QboDirectory
{
public:
    QVector<QboObject> customers;
    QVector<QboObject> items;
    QVector<QboObject> accounts;

    ApiResult<QboObject> companyInfo() override
    {
        return QboObject(s("CompanyInfo"), QJsonObject{{s("Id"), s("1")},
                                                       {s("CompanyName"), s("Bench Co (US)")},
                                                       {s("Country"), s("US")}});
    }
    ApiResult<QVector<QboObject>> customersByEmail(const QString &email) override
    {
        QVector<QboObject> out;
        for (const QboObject &c : std::as_const(customers)) {
            if (c.text(s("PrimaryEmailAddr.Address")).compare(email, Qt::CaseInsensitive) == 0)
                out.append(c);
        }
        return out;
    }
    ApiResult<std::optional<QboObject>> nameOwner(const QString &displayName) override
    {
        for (const QboObject &c : std::as_const(customers)) {
            if (c.displayName().compare(displayName, Qt::CaseInsensitive) == 0)
                return std::optional<QboObject>(c);
        }
        return std::optional<QboObject>();
    }
    ApiResult<std::optional<QboObject>> customer(const QString &id) override
    {
        for (const QboObject &c : std::as_const(customers)) {
            if (c.id() == id)
                return std::optional<QboObject>(c);
        }
        return std::optional<QboObject>();
    }
    ApiResult<std::optional<QboObject>> item(const QString &id) override
    {
        return find(items, s("Id"), id);
    }
    ApiResult<std::optional<QboObject>> itemBySku(const QString &sku) override
    {
        return find(items, s("Sku"), sku);
    }
    ApiResult<std::optional<QboObject>> itemByName(const QString &name) override
    {
        return find(items, s("Name"), name);
    }
    ApiResult<std::optional<QboObject>> term(const QString &) override
    {
        return std::optional<QboObject>();
    }
    ApiResult<std::optional<QboObject>> account(const QString &id) override
    {
        return find(accounts, s("Id"), id);
    }
    ApiResult<std::optional<QboObject>> firstAccountOfType(const QString &type) override
    {
        return find(accounts, s("AccountType"), type);
    }

private:
    static std::optional<QboObject> find(const QVector<QboObject> &rows, const QString &field,
                                         const QString &value)
    {
        for (const QboObject &row : rows) {
            if (row.text(field).compare(value, Qt::CaseInsensitive) == 0)
                return row;
        }
        return std::nullopt;
    }
};

// Planning as the executor does it for each enrollment, without the network: the planner's
// look-ups (answered from memory, as the pass's cache answers them), the steps' requestids and
// bodies with their markers, and the plan written to the ledger (SQLite, one transaction each).
Figure planningFigure()
{
    const JobShape shape;
    MemoryDirectory directory;
    directory.accounts.append(QboObject(s("Account"), QJsonObject{{s("Id"), s("4")},
                                                                  {s("Name"), s("Services")},
                                                                  {s("AccountType"), s("Income")},
                                                                  {s("Active"), true}}));
    for (int i = 0; i < shape.existingCustomers; ++i)
        directory.customers.append(QboObject(
            s("Customer"),
            QJsonObject{
                {s("Id"), QString::number(100 + i)},
                {s("DisplayName"), QStringLiteral("Avery Baker %1").arg(i)},
                {s("GivenName"), s("Avery")},
                {s("FamilyName"), QStringLiteral("Baker %1").arg(i)},
                {s("Active"), true},
                {s("PrimaryEmailAddr"),
                 QJsonObject{{s("Address"), QStringLiteral("contact%1@bench.example").arg(i)}}}}));
    for (int p = 0; p < shape.products() - shape.missingProducts; ++p)
        directory.items.append(
            QboObject(s("Item"), QJsonObject{{s("Id"), QString::number(200 + p)},
                                             {s("Name"), QStringLiteral("Product %1").arg(p)},
                                             {s("Sku"), QStringLiteral("SKU-%1").arg(p)},
                                             {s("Type"), s("Service")},
                                             {s("Active"), true}}));

    QTemporaryDir dir;
    std::unique_ptr<Store> store = std::move(Store::open(dir.path())).value();
    Connection company;
    company.provider = Provider::QuickBooks;
    company.name = s("Bench Co (US)");
    company.accountId = s("1");
    company.country = s("US");
    const QString connectionId = *store->saveConnection(company);
    company = *store->connection(connectionId);
    Workflow workflow = jobWorkflow(connectionId);
    store->createWorkflow(workflow);
    store->publish(workflow.id);
    QVector<RecordContext> records;
    for (int i = 0; i < 1000; ++i) {
        RecordContext record = syntheticDeal(i);
        record.contact->firstName = s("Avery");
        record.contact->lastName = QStringLiteral("Baker %1").arg(i % shape.contacts);
        for (int l = 0; l < 1 + i % 3; ++l) {
            const int p = (i * 3 + l * 7) % shape.products();
            HubSpotRecord line;
            line.id = QString::number(900000 + i * 3 + l);
            line.properties = QJsonObject{{s("name"), QStringLiteral("Product %1").arg(p)},
                                          {s("hs_sku"), QStringLiteral("SKU-%1").arg(p)},
                                          {s("price"), QStringLiteral("%1.50").arg(25 + p)},
                                          {s("quantity"), QString::number(1 + (i + l) % 4)}};
            record.lineItems.append(RecordLoader::lineItemFrom(line));
        }
        records.append(record);
        store->enrollIfLatest(workflow.id, 1, ObjectType::Deal, record.record.id,
                              workflow.actionTargets(), 0);
    }
    const QVector<ActionRunRow> runs = *store->dueActionRuns(QDateTime::currentDateTimeUtc(), 2000);

    QHash<QString, int> byId;
    for (int i = 0; i < records.size(); ++i)
        byId.insert(records.at(i).record.id, i);
    QVector<EnrollmentRow> enrollments;
    for (const ActionRunRow &run : runs)
        enrollments.append(*store->enrollment(run.enrollmentId));

    // The CPU of planning: the plans, their requestids and marked bodies.
    const double cpuStart = threadCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    int steps = 0;
    QVector<QPair<qint64, QVector<StepRow>>> plans;
    QVector<QStringList> notes;
    for (int i = 0; i < runs.size(); ++i) {
        const ActionRunRow &run = runs.at(i);
        const EnrollmentRow &enrollment = enrollments.at(i);
        const RecordContext &record = records.at(byId.value(enrollment.objectId));
        const Plan plan = ActionPlanner::plan(workflow.actions.first(), company, record, directory);
        if (!plan.ok())
            continue;
        QVector<StepRow> rows;
        for (int n = 0; n < plan.steps.size(); ++n) {
            const PlanStep &step = plan.steps.at(n);
            StepRow row;
            row.actionRunId = run.id;
            row.stepNo = n;
            row.key = step.key;
            row.kind = stepKind(step.kind);
            row.entity = qboEntityName(step.entity);
            row.requestId = requestIdFor({workflow.id, 1, ObjectType::Deal, enrollment.objectId,
                                          enrollment.enrollmentNo, run.actionId, step.key});
            row.body = Executor::bodyToSend(step, row.requestId);
            rows.append(row);
        }
        steps += int(rows.size());
        plans.append({run.id, rows});
        notes.append(plan.notes);
    }
    const double planningMs = (threadCpuSeconds() - cpuStart) * 1000;
    const double planningWallMs = elapsedMs(timer);

    // Apart: writing the plans to the ledger, one durable transaction each (PRAGMA synchronous
    // = FULL), as the executor does before anything is sent. Disk, not CPU.
    timer.restart();
    for (int i = 0; i < plans.size(); ++i)
        store->savePlan(plans.at(i).first, plans.at(i).second, notes.at(i));
    const double ledgerMs = elapsedMs(timer);

    Figure figure;
    figure.id = s("cpu.planning");
    figure.name = s("Planning 1,000 enrollments");
    figure.value = std::round(planningMs * 10) / 10;
    figure.unit = s("ms");
    figure.target = 1000;
    figure.how = s("For 1,000 enrolled deals (1–3 line items, 50 contacts, 20 products) on one "
                   "thread: ActionPlanner::plan with the company's look-ups answered from memory "
                   "(as the pass's cache answers them after its few queries), and each step's "
                   "requestid and body with its marker — the CPU of planning, in the thread's CPU "
                   "time (details.wallMs: the wall clock). Writing the plans "
                   "to the SQLite ledger is timed apart (details.ledgerWriteMs): one fsync'd "
                   "transaction per plan, disk time rather than CPU.");
    figure.details = QJsonObject{{s("enrollments"), int(runs.size())},
                                 {s("planned"), int(plans.size())},
                                 {s("steps"), steps},
                                 {s("wallMs"), planningWallMs},
                                 {s("ledgerWriteMs"), ledgerMs}};
    return figure;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // One line per enrolled record and per failed call would drown the bench's own lines.
    QLoggingCategory::setFilterRules(QStringLiteral("bookflow.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(s("out"), s("Write the figures to FILE."), s("FILE"));
    const QCommandLineOption dealsOption(s("deals"), s("Deals in the job (default 1000)."), s("N"),
                                         s("1000"));
    const QCommandLineOption onlyOption(
        s("only"), s("economy, naive, throughput or cpu (default: all)."), s("PART"));
    parser.addOptions({outOption, dealsOption, onlyOption});
    parser.process(app);
    const QString only = parser.value(onlyOption);
    const auto wanted = [&](const char *part) { return only.isEmpty() || only == s(part); };

    JobShape shape;
    shape.deals = parser.value(dealsOption).toInt();
    sandbox::SandboxThread sandbox;
    if (!sandbox.start(0, sandbox::SandboxServer::Seed::None)) {
        say(s("the sandbox cannot listen: ") + sandbox.errorString());
        return 1;
    }
    QVector<Figure> figures;
    const QString jobWords =
        QStringLiteral(
            "%1 deals → one invoice each; %2 contacts (%3 already QuickBooks customers); "
            "%4 products (%5 matched by the product mapping, %6 by SKU, %7 by name, %8 "
            "missing and created)")
            .arg(shape.deals)
            .arg(shape.contacts)
            .arg(shape.existingCustomers)
            .arg(shape.products())
            .arg(shape.mappedProducts)
            .arg(shape.skuProducts)
            .arg(shape.nameProducts)
            .arg(shape.missingProducts);

    JobRun economy;
    if (wanted("economy") || wanted("naive")) {
        say(s("API economy: the engine's job…"));
        economy = runEngineJob(sandbox, shape, false, 0);
        if (!economy.error.isEmpty()) {
            say(s("the engine's job failed: ") + economy.error);
            return 1;
        }
        say(QStringLiteral("enrolled %1, done %2, failed %3; QuickBooks %4 requests (%5 /batch), "
                           "HubSpot %6; %7 invoices, %8 written back; %9 ms (poll %10 ms)")
                .arg(economy.enrolled)
                .arg(economy.sent.done)
                .arg(economy.sent.failed)
                .arg(economy.quickBooks)
                .arg(economy.quickBooksBatches)
                .arg(economy.hubSpot)
                .arg(economy.invoices)
                .arg(economy.writtenBack)
                .arg(economy.wallMs, 0, 'f', 0)
                .arg(economy.pollMs, 0, 'f', 0));
        say(QString::fromUtf8(QJsonDocument(economy.counts.value(s("routes")).toObject())
                                  .toJson(QJsonDocument::Compact)));
    }

    NaiveRun naive;
    if (wanted("naive")) {
        say(s("API economy: the naive client on the same data…"));
        naive = runNaiveJob(sandbox, shape);
        if (!naive.error.isEmpty()) {
            say(s("the naive job failed: ") + naive.error);
            return 1;
        }
        say(QStringLiteral("naive: %1 invoices; QuickBooks %2 requests, HubSpot %3; %4 ms")
                .arg(naive.invoices)
                .arg(naive.quickBooks)
                .arg(naive.hubSpot)
                .arg(naive.wallMs, 0, 'f', 0));
    }

    if (wanted("economy") || wanted("naive")) {
        const QJsonObject jobDetails{
            {s("job"), jobWords},
            {s("enrolled"), economy.enrolled},
            {s("invoicesCreated"), economy.invoices},
            {s("actionsDone"), economy.sent.done},
            {s("actionsFailed"), economy.sent.failed},
            {s("customersInCompanyAfter"), economy.customers},
            {s("itemsInCompanyAfter"), economy.items},
            {s("dealsWrittenBack"), economy.writtenBack},
            {s("batchCalls"), economy.quickBooksBatches},
            {s("foundByMarker"), economy.sent.foundExisting},
            {s("wallMs"), economy.wallMs},
            {s("engineCpuMs"), economy.engineCpuMs},
            {s("sandboxCpuMs"), economy.sandboxCpuMs},
            {s("quickBooksRoutes"), routesOf(economy.counts, s("/v3/company/"))},
            {s("hubSpotRoutes"), routesOf(economy.counts, s("/crm/"))}};
        const bool complete = economy.invoices == shape.deals && economy.sent.failed == 0;
        Figure qbo;
        qbo.id = s("api.quickbooks");
        qbo.name = s("QuickBooks requests, 1,000 invoices");
        qbo.value = double(economy.quickBooks);
        qbo.unit = s("requests");
        qbo.target = 60;
        qbo.how = s("Requests counted at the sandbox (its request log) from turning the workflow "
                    "on with enroll-existing yes to the end of one executor pass (poll, enroll, "
                    "plan, send, write back), for: ") +
                  jobWords + s(". OAuth sign-ins before the job are not counted.");
        qbo.details = jobDetails;
        qbo.note =
            s("Measured as `bookflow-cli run` drives the engine (Executor::runDue(): "
              "rounds of up to 1,000 actions). The desktop app's engine loop calls "
              "runDue(30) group after group to show progress, and each group pays its own "
              "marker look-up and part-filled /batch call — by estimate nearly twice this for "
              "the same job; a larger ActionsPerGroup in core/engine/engineloop.cpp (a few "
              "hundred) would bring it to this figure.");
        if (!complete)
            qbo.note = QStringLiteral("Only %1 of %2 invoices were created. ")
                           .arg(economy.invoices)
                           .arg(shape.deals) +
                       qbo.note;
        figures.append(qbo);
        Figure hs = qbo;
        hs.id = s("api.hubspot");
        hs.name = s("HubSpot requests, 1,000 invoices");
        hs.value = double(economy.hubSpot);
        hs.target = 80;
        hs.note.clear();
        hs.details = QJsonObject{{s("hubSpotRoutes"), routesOf(economy.counts, s("/crm/"))}};
        figures.append(hs);
    }
    if (wanted("naive")) {
        const double engineTotal = double(economy.quickBooks + economy.hubSpot);
        const double naiveTotal = double(naive.quickBooks + naive.hubSpot);
        Figure ratio;
        ratio.id = s("api.naiveRatio");
        ratio.name = s("Naive client ÷ engine, requests");
        ratio.value = engineTotal > 0 ? std::round(naiveTotal / engineTotal * 10) / 10 : 0;
        ratio.unit = s("×");
        ratio.target = 1;
        ratio.atMost = false;
        ratio.how = s("The same seeded data run through a naive client written in the bench with "
                      "core's HubSpot and QuickBooks clients, one call per operation, no cache, no "
                      "batch, as peers work: per deal GET the deal, GET its contact and line-item "
                      "associations, GET the contact and each line item, query the customer by "
                      "email (create if missing), per line GET the mapped item or query by SKU, "
                      "then by name (create if missing), POST the invoice alone, PATCH the deal. "
                      "The issue asks only that the ratio be reported; the target here is that "
                      "the engine is not worse.");
        ratio.details = QJsonObject{
            {s("naiveQuickBooks"), naive.quickBooks},
            {s("naiveHubSpot"), naive.hubSpot},
            {s("naiveInvoices"), naive.invoices},
            {s("naiveWallMs"), naive.wallMs},
            {s("engineQuickBooks"), economy.quickBooks},
            {s("engineHubSpot"), economy.hubSpot},
            {s("quickBooksRatio"),
             economy.quickBooks ? double(naive.quickBooks) / economy.quickBooks : 0.0},
            {s("hubSpotRatio"), economy.hubSpot ? double(naive.hubSpot) / economy.hubSpot : 0.0}};
        figures.append(ratio);
    }

    if (wanted("throughput")) {
        constexpr int LatencyMs = 150;
        say(s("Throughput: the job under real limits and 150 ms latency…"));
        const JobRun limited = runEngineJob(sandbox, shape, true, LatencyMs);
        if (!limited.error.isEmpty()) {
            say(s("the limited job failed: ") + limited.error);
            return 1;
        }
        const Floor floor =
            quickBooksFloor(limited.quickBooks, limited.quickBooksBatches, LatencyMs);
        // The same once more with the data folder in memory (tmpfs), where the ledger's fsync'd
        // commits cost nothing: what the disk takes of the wall time.
        JobRun inMemory;
        if (QFileInfo(s("/dev/shm")).isWritable()) {
            say(s("Throughput: the same with the data folder on tmpfs…"));
            inMemory = runEngineJob(sandbox, shape, true, LatencyMs, s("/dev/shm"));
        }
        say(QStringLiteral("limited: %1 ms (poll %2 ms), QuickBooks %3 (%4 /batch), HubSpot %5, "
                           "429s %6, invoices %7; floor %8 s (%9)")
                .arg(limited.wallMs, 0, 'f', 0)
                .arg(limited.pollMs, 0, 'f', 0)
                .arg(limited.quickBooks)
                .arg(limited.quickBooksBatches)
                .arg(limited.hubSpot)
                .arg(limited.throttled)
                .arg(limited.invoices)
                .arg(floor.seconds, 0, 'f', 2)
                .arg(floor.binding));
        Figure figure;
        figure.id = s("throughput.realLimits");
        figure.name = s("Job under real limits ÷ QuickBooks floor");
        figure.value = std::round(limited.wallMs / 1000.0 / floor.seconds * 100) / 100;
        figure.unit = s("× floor");
        figure.target = 1.2;
        figure.how =
            s("The same job (freshly seeded) with the sandbox's real limits on (QuickBooks "
              "500/min, 10/s, 10 at a time, 40 /batch a minute; HubSpot 100 per 10 s, 4 "
              "searches/s) and every reply 150 ms late, through the product's "
              "RateLimitedTransport; wall time from turning the workflow on to the end of "
              "the pass, divided by the floor.");
        figure.details = QJsonObject{
            {s("wallSeconds"), limited.wallMs / 1000.0},
            {s("pollSeconds"), limited.pollMs / 1000.0},
            {s("floorSeconds"), floor.seconds},
            {s("floorBindingLimit"), floor.binding},
            {s("floorParts"), floor.parts},
            {s("steadyRateFloorSeconds"),
             qMax(limited.quickBooksBatches * 60.0 / 40.0, limited.quickBooks * 60.0 / 500.0)},
            {s("steadyRateFloorExplained"),
             s("For comparison only: the same limits read as steady rates, as a long run settles "
               "to them (40 /batch calls and 500 requests a minute, no first-minute burst). The "
               "figure uses the stricter floor above.")},
            {s("floorExplained"),
             s("The least time QuickBooks' per-company limits allow for this job's QuickBooks "
               "requests: n requests under 'at most L in any W' need (ceil(n/L) − 1)·W before the "
               "last may leave, plus its 150 ms round trip; '10 at a time' needs ceil(n/10) "
               "round trips in a row. The floor is the largest of these for the run's own request "
               "and /batch counts.")},
            {s("quickBooksRequests"), limited.quickBooks},
            {s("batchCalls"), limited.quickBooksBatches},
            {s("engineCpuSeconds"), limited.engineCpuMs / 1000.0},
            {s("sandboxCpuSeconds"), limited.sandboxCpuMs / 1000.0},
            {s("sameJobWithoutLatencyOrLimitsSeconds"), economy.wallMs / 1000.0},
            {s("sameJobDataFolderOnTmpfsSeconds"), inMemory.error.isEmpty() && inMemory.wallMs > 0
                                                       ? QJsonValue(inMemory.wallMs / 1000.0)
                                                       : QJsonValue()},
            {s("sameJobDataFolderOnTmpfsTimesFloor"),
             inMemory.error.isEmpty() && inMemory.wallMs > 0
                 ? QJsonValue(std::round(inMemory.wallMs / 1000.0 / floor.seconds * 100) / 100)
                 : QJsonValue()},
            {s("naiveQuickBooksFloorSeconds"),
             naive.quickBooks > 0
                 ? QJsonValue(quickBooksFloor(naive.quickBooks, 0, LatencyMs).seconds)
                 : QJsonValue()},
            {s("hubSpotRequests"), limited.hubSpot},
            {s("throttled429"), limited.throttled},
            {s("invoicesCreated"), limited.invoices},
            {s("actionsDone"), limited.sent.done},
            {s("retriesScheduled"), limited.sent.retriesScheduled}};
        if (!figure.met()) {
            const auto seconds = [](double ms) { return QString::number(ms / 1000.0, 'f', 1); };
            figure.note =
                QStringLiteral(
                    "Not met: %1 s against a floor of %2 s. QuickBooks' limits hardly bind this "
                    "job (%3 requests, %4 of them /batch calls), so the time goes elsewhere: %5"
                    "%6%7the rest is 150 ms × the requests the engine sends one after another "
                    "(%8 to both providers). What would close it: (1) the ledger writing a /batch "
                    "call's answers, a round's plans and a pass's notes in one transaction each "
                    "instead of one fsync'd commit per row (about six per action now) — safe, as "
                    "a step stays 'sent' until its answer is committed and a crash resends it with "
                    "its requestid, but it needs a Store API outside the engine; (2) sending a "
                    "wave's /batch calls, and HubSpot's line-item reads, several at a time "
                    "(QuickBooks allows 10 in flight). The HubSpot reads before the first invoice "
                    "and the write-back after the last stay on the critical path, so about 1.5× "
                    "this floor is the practical best at 150 ms.")
                    .arg(seconds(limited.wallMs))
                    .arg(floor.seconds, 0, 'f', 1)
                    .arg(limited.quickBooks)
                    .arg(limited.quickBooksBatches)
                    .arg(economy.wallMs > 0
                             ? QStringLiteral("the same job without latency or limits takes %1 s "
                                              "(the ledger's commits and the CPU); ")
                                   .arg(seconds(economy.wallMs))
                             : QString())
                    .arg(inMemory.wallMs > 0
                             ? QStringLiteral("with the data folder on tmpfs, where a commit "
                                              "costs no disk flush, this run takes %1 s; ")
                                   .arg(seconds(inMemory.wallMs))
                             : QString())
                    .arg(QStringLiteral("this run's CPU is %1 s for the engine and %2 s for the "
                                        "sandbox (the providers' side, on this machine only "
                                        "here); ")
                             .arg(seconds(limited.engineCpuMs), seconds(limited.sandboxCpuMs)))
                    .arg(limited.quickBooks + limited.hubSpot);
        }
        figures.append(figure);
    }

    if (wanted("cpu")) {
        say(s("Engine CPU…"));
        figures.append(triggerEvaluationFigure());
        figures.append(planningFigure());
    }

    if (parser.isSet(outOption)) {
        QString error;
        if (!writeFigures(parser.value(outOption), figures, &error)) {
            say(s("cannot write the figures: ") + error);
            return 1;
        }
    }
    for (const Figure &figure : std::as_const(figures))
        say(QStringLiteral("%1: %2 %3 (target %4 %5) %6")
                .arg(figure.name)
                .arg(figure.value)
                .arg(figure.unit, figure.atMost ? s("≤") : s("≥"))
                .arg(figure.target)
                .arg(figure.met() ? s("met") : s("NOT met")));
    return 0;
}
