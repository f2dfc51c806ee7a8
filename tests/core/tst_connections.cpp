// Connections in the local database: migration 2 from a version-1 file, the installation id,
// saving and reading every field, reconnects, states, app credentials, and that nothing in the
// file is named or shaped like a secret.

#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bookflow;

namespace {

// Direct SQL on a database file, as the sqlite3 shell (or an older Bookflow) would do it.
class SqlFile
{
public:
    explicit SqlFile(const QString &path) : m_name(QStringLiteral("tst-sql-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~SqlFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Every value of the first column; an error text as the only row when the statement fails.
    QVariantList column(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q = query(sql, binds);
        if (!q.isActive())
            return {QStringLiteral("error: ") + q.lastError().text()};
        QVariantList out;
        while (q.next())
            out << q.value(0);
        return out;
    }
    bool run(const QString &sql, const QVariantList &binds = {}) const
    {
        return query(sql, binds).isActive();
    }

private:
    QSqlQuery query(const QString &sql, const QVariantList &binds) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        q.exec();
        return q;
    }

    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

// The value of a result that must have succeeded; a failure fails the test with its reason and
// hands back an empty value, so the checks that follow fail as well instead of crashing.
template <typename T> T succeeded(const Result<T> &result, const char *file, int line)
{
    if (result)
        return result.value();
    QTest::qFail(qPrintable(result.reason()), file, line);
    return T();
}
#define OK(expression) succeeded((expression), __FILE__, __LINE__)

std::unique_ptr<Store> open(const QString &dataDir)
{
    Result<std::unique_ptr<Store>> s = Store::open(dataDir);
    if (!s) {
        qWarning("%s", qPrintable(s.reason()));
        return nullptr;
    }
    return std::move(s).value();
}

Filter contactFilter(const QString &property, PropertyType type, Operator op,
                     const QStringList &values)
{
    Filter f;
    f.object = FilterObject::Contact;
    f.property = property;
    f.propertyType = type;
    f.op = op;
    f.values = values;
    return f;
}

// Contacts in the US with an email, or anyone tagged for QuickBooks.
QVector<FilterGroup> dataSyncFilters()
{
    FilterGroup us;
    us.filters << contactFilter(QStringLiteral("country"), PropertyType::Text, Operator::IsAnyOf,
                                {QStringLiteral("United States"), QStringLiteral("USA")})
               << contactFilter(QStringLiteral("email"), PropertyType::Text, Operator::IsKnown, {});
    us.filters[1].extra.insert(QStringLiteral("note"), QStringLiteral("kept as it is"));
    FilterGroup tagged;
    tagged.filters << contactFilter(QStringLiteral("sync_to_quickbooks"), PropertyType::Bool,
                                    Operator::IsAnyOf, {QStringLiteral("true")});
    tagged.extra.insert(QStringLiteral("label"), QStringLiteral("Tagged “by hand”"));
    return {us, tagged};
}

// A production account as a connect flow would save it: HubSpot through a private app,
// QuickBooks through OAuth.
Connection account(Provider provider, const QString &name, const QString &accountId)
{
    Connection c;
    c.provider = provider;
    c.name = name;
    c.accountId = accountId;
    if (provider == Provider::HubSpot) {
        c.apiBaseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
        c.authKind = AuthKind::PrivateAppToken;
        c.scopes = {QStringLiteral("crm.objects.deals.read"),
                    QStringLiteral("crm.objects.contacts.read")};
    } else {
        c.apiBaseUrl = QUrl(QStringLiteral("https://quickbooks.api.intuit.com"));
        c.country = QStringLiteral("US");
    }
    return c;
}

Connection demoCompany()
{
    Connection c = account(Provider::QuickBooks, QStringLiteral("Demo Co (US)"),
                           QStringLiteral("9341453050981234"));
    c.environment = Environment::Sandbox;
    c.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:40123"));
    c.scopes = {QStringLiteral("com.intuit.quickbooks.accounting"), QStringLiteral("openid")};
    c.integrationMode = IntegrationMode::DataSync;
    c.dataSyncFilters = dataSyncFilters();
    c.productSync = true;
    c.productMapping = {{QStringLiteral("1001"), QStringLiteral("7")},
                        {QStringLiteral("1002"), QStringLiteral("12")}};
    c.incomeAccount = QStringLiteral("79");
    c.defaultAccounts = {{QStringLiteral("depositAccount"), QStringLiteral("35")},
                         {QStringLiteral("paidFromAccount"), QStringLiteral("41")},
                         {QStringLiteral("expenseAccount"), QStringLiteral("60")},
                         {QStringLiteral("refundFromAccount"), QStringLiteral("35")}};
    return c;
}

// A v1 database as an older Bookflow left it: migration 1 only, with one published workflow.
bool makeVersion1Database(const QString &path, const Workflow &w)
{
    SqlFile file(path);
    if (!file.isOpen())
        return false;
    const Result<int> ran = applyMigrations(file.db(), {migrations().first()}, path);
    if (!ran || *ran != 1)
        return false;
    const QString json = QString::fromUtf8(WorkflowCodec::encode(w));
    const QString at = QStringLiteral("2024-05-01T08:00:00.000Z");
    return file.run(
               QStringLiteral("INSERT INTO workflows (id, name, object_type, draft_json,"
                              " enabled, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"),
               {w.id, w.name, objectTypeKey(w.objectType), json, at, at}) &&
           file.run(QStringLiteral("INSERT INTO workflow_versions (workflow_id, number, json,"
                                   " published_at) VALUES (?, 1, ?, ?)"),
                    {w.id, json, at});
}

Workflow sampleWorkflow()
{
    Workflow w;
    w.id = Workflow::newId();
    w.name = QStringLiteral("Invoice e-signed quotes");
    w.objectType = ObjectType::Quote;
    FilterGroup group;
    Filter f;
    f.object = FilterObject::Quote;
    f.property = QStringLiteral("hs_esign_num_signers_completed");
    f.propertyType = PropertyType::Number;
    f.op = Operator::IsKnown;
    group.filters << f;
    w.enrollment.filterGroups << group;
    Action a;
    a.id = QStringLiteral("a1");
    a.type = ActionType::CreateInvoice;
    a.connection = QStringLiteral("c1");
    w.actions << a;
    return w;
}

bool isRandomUuid(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QUuid uuid = QUuid::fromString(text);
    return form.match(text).hasMatch() && uuid.version() == QUuid::Random &&
           uuid.variant() == QUuid::DCE;
}

QByteArray everyFileIn(const QString &dir)
{
    QByteArray all;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndLabels();
    void isUnitedStates_data();
    void isUnitedStates();
    void displayName();
    void filterGroupsEncodeLikeTheWorkflowFile();
    void migratesVersion1DatabaseKeepingWorkflows();
    void installationIdIsStableAndPerDatabase();
    void missingInstallationIdIsReported();
    void roundTripsEveryField();
    void reconnectKeepsIdAndSettings();
    void editWithIdWritesSettings();
    void eachCompanyAndEnvironmentIsItsOwnRow();
    void anIdNeverMovesToAnotherAccount();
    void orderedHubSpotFirstThenByName();
    void stateWithReasonAndBack();
    void removeConnection();
    void unknownIdsFailWithReasons();
    void refusesIncompleteConnections();
    void damagedRowsAreReportedClearly();
    void appCredentialsRoundTripAndReplace();
    void nothingSecretInTheDatabase();
};

void TestConnections::keysAndLabels()
{
    QCOMPARE(providerKey(Provider::HubSpot), QStringLiteral("hubspot"));
    QCOMPARE(providerKey(Provider::QuickBooks), QStringLiteral("quickbooks"));
    QCOMPARE(environmentKey(Environment::Sandbox), QStringLiteral("sandbox"));
    QCOMPARE(environmentKey(Environment::Production), QStringLiteral("production"));
    QCOMPARE(integrationModeKey(IntegrationMode::Legacy), QStringLiteral("legacy"));
    QCOMPARE(integrationModeKey(IntegrationMode::DataSync), QStringLiteral("dataSync"));
    QCOMPARE(authKindKey(AuthKind::OAuth), QStringLiteral("oauth"));
    QCOMPARE(authKindKey(AuthKind::PrivateAppToken), QStringLiteral("privateApp"));
    QCOMPARE(connectionStateKey(ConnectionState::Connected), QStringLiteral("connected"));
    QCOMPARE(connectionStateKey(ConnectionState::NeedsReconnect), QStringLiteral("needsReconnect"));

    for (const Provider p : {Provider::HubSpot, Provider::QuickBooks})
        QCOMPARE(providerFromKey(providerKey(p)), p);
    for (const Environment e : {Environment::Sandbox, Environment::Production})
        QCOMPARE(environmentFromKey(environmentKey(e)), e);
    for (const IntegrationMode m : {IntegrationMode::Legacy, IntegrationMode::DataSync})
        QCOMPARE(integrationModeFromKey(integrationModeKey(m)), m);
    for (const AuthKind k : {AuthKind::OAuth, AuthKind::PrivateAppToken})
        QCOMPARE(authKindFromKey(authKindKey(k)), k);
    for (const ConnectionState s : {ConnectionState::Connected, ConnectionState::NeedsReconnect})
        QCOMPARE(connectionStateFromKey(connectionStateKey(s)), s);

    // Keys are exact: no case folding, no guessing.
    QVERIFY(!providerFromKey(QStringLiteral("HubSpot")));
    QVERIFY(!environmentFromKey(QString()));
    QVERIFY(!integrationModeFromKey(QStringLiteral("datasync")));
    QVERIFY(!authKindFromKey(QStringLiteral("token")));
    QVERIFY(!connectionStateFromKey(QStringLiteral("refreshing"))); // a runtime state only

    QCOMPARE(providerLabel(Provider::HubSpot), QStringLiteral("HubSpot"));
    QCOMPARE(providerLabel(Provider::QuickBooks), QStringLiteral("QuickBooks"));
    QCOMPARE(connectionStateLabel(ConnectionState::NeedsReconnect),
             QStringLiteral("Needs reconnecting"));
}

void TestConnections::isUnitedStates_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("us");
    QTest::newRow("US") << QStringLiteral("US") << true;
    QTest::newRow("usa") << QStringLiteral("usa") << true;
    QTest::newRow("spaces") << QStringLiteral(" US ") << true;
    QTest::newRow("USA with tab") << QStringLiteral("\tUSA") << true;
    QTest::newRow("GB") << QStringLiteral("GB") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("U.S.") << QStringLiteral("U.S.") << false;
    QTest::newRow("USAF") << QStringLiteral("USAF") << false;
}

void TestConnections::isUnitedStates()
{
    QFETCH(QString, country);
    QFETCH(bool, us);
    Connection c;
    c.country = country;
    QCOMPARE(c.isUnitedStates(), us);
}

void TestConnections::displayName()
{
    Connection c = demoCompany();
    QCOMPARE(c.displayName(), QStringLiteral("Demo Co (US) — QuickBooks sandbox"));
    c.environment = Environment::Production;
    QCOMPARE(c.displayName(), QStringLiteral("Demo Co (US) — QuickBooks"));
    Connection h = account(Provider::HubSpot, QString(), QStringLiteral("24681357"));
    QCOMPARE(h.displayName(), QStringLiteral("Account 24681357 — HubSpot"));
}

void TestConnections::filterGroupsEncodeLikeTheWorkflowFile()
{
    Workflow w = sampleWorkflow();
    w.enrollment.filterGroups = dataSyncFilters();
    const QJsonArray inFile = QJsonDocument::fromJson(WorkflowCodec::encode(w))
                                  .object()
                                  .value(QStringLiteral("enrollment"))
                                  .toObject()
                                  .value(QStringLiteral("filterGroups"))
                                  .toArray();
    const QJsonArray alone = WorkflowCodec::encodeFilterGroups(dataSyncFilters());
    QCOMPARE(alone.size(), 2);
    QCOMPARE(alone, inFile);
    QCOMPARE(WorkflowCodec::decodeFilterGroups(alone, QStringLiteral("x")).value(),
             dataSyncFilters());

    // As strict as the file: the place of the problem is named.
    QJsonArray bad = alone;
    QJsonObject group = bad.at(1).toObject();
    QJsonArray filters = group.value(QStringLiteral("filters")).toArray();
    QJsonObject filter = filters.at(0).toObject();
    filter.insert(QStringLiteral("operator"), QStringLiteral("resembles"));
    filters.replace(0, filter);
    group.insert(QStringLiteral("filters"), filters);
    bad.replace(1, group);
    const Result<QVector<FilterGroup>> refused =
        WorkflowCodec::decodeFilterGroups(bad, QStringLiteral("The filters"));
    QVERIFY(!refused);
    QVERIFY2(refused.reason().startsWith(QStringLiteral("The filters: ")) &&
                 refused.reason().contains(QStringLiteral("filterGroups[1].filters[0].operator")) &&
                 refused.reason().contains(QStringLiteral("resembles")),
             qPrintable(refused.reason()));
}

void TestConnections::migratesVersion1DatabaseKeepingWorkflows()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QString::fromLatin1(Store::FileName));
    const Workflow w = sampleWorkflow();
    QVERIFY(makeVersion1Database(path, w));

    auto store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(store->migrationsApplied(), Store::latestSchemaVersion() - 1);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(store->draft(w.id).value(), w);
    QCOMPARE(store->version(w.id, 1).value(), w);
    const WorkflowSummary s = store->summary(w.id).value();
    QCOMPARE(s.enabled, true);
    QCOMPARE(s.publishedVersion, 1);
    QVERIFY(OK(store->connections()).isEmpty());
    QVERIFY(isRandomUuid(store->installationId()));

    SqlFile file(path);
    QCOMPARE(file.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                        " AND name IN ('meta', 'connections', 'app_credentials')"
                                        " ORDER BY name")),
             QVariantList({QStringLiteral("app_credentials"), QStringLiteral("connections"),
                           QStringLiteral("meta")}));
    QCOMPARE(file.column(QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'")),
             QVariantList({store->installationId()}));
}

void TestConnections::installationIdIsStableAndPerDatabase()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QString id;
    {
        auto store = open(first.path());
        QVERIFY(store);
        id = store->installationId();
        QVERIFY2(isRandomUuid(id), qPrintable(id));
    }
    auto again = open(first.path());
    QVERIFY(again);
    QCOMPARE(again->migrationsApplied(), 0);
    QCOMPARE(again->installationId(), id);
    auto alongside = open(first.path()); // the GUI and the CLI on one file
    QVERIFY(alongside);
    QCOMPARE(alongside->installationId(), id);

    auto other = open(second.path());
    QVERIFY(other);
    QVERIFY(isRandomUuid(other->installationId()));
    QVERIFY(other->installationId() != id);
}

void TestConnections::missingInstallationIdIsReported()
{
    QTemporaryDir tmp;
    QVERIFY(open(tmp.path()));
    const QString path = tmp.filePath(QString::fromLatin1(Store::FileName));
    {
        SqlFile file(path);
        QVERIFY(file.run(QStringLiteral("DELETE FROM meta")));
    }
    const Result<std::unique_ptr<Store>> store = Store::open(tmp.path());
    QVERIFY(!store);
    QVERIFY2(store.reason().contains(QStringLiteral("installation id is missing")) &&
                 store.reason().contains(QDir::toNativeSeparators(path)),
             qPrintable(store.reason()));
}

void TestConnections::roundTripsEveryField()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const Connection given = demoCompany();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QString id = OK(store->saveConnection(given));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    QVERIFY2(isRandomUuid(id), qPrintable(id));

    const Connection read = OK(store->connection(id));
    QCOMPARE(read.id, id);
    QCOMPARE(read.provider, given.provider);
    QCOMPARE(read.name, given.name);
    QCOMPARE(read.accountId, given.accountId);
    QCOMPARE(read.environment, given.environment);
    QCOMPARE(read.apiBaseUrl, given.apiBaseUrl);
    QCOMPARE(read.authKind, given.authKind);
    QCOMPARE(read.scopes, given.scopes);
    QCOMPARE(read.state, ConnectionState::Connected);
    QCOMPARE(read.stateReason, QString());
    QCOMPARE(read.country, given.country);
    QCOMPARE(read.integrationMode, IntegrationMode::DataSync);
    QCOMPARE(read.dataSyncFilters, dataSyncFilters());
    QCOMPARE(read.productSync, true);
    QCOMPARE(read.productMapping, given.productMapping);
    QCOMPARE(read.incomeAccount, given.incomeAccount);
    QCOMPARE(read.defaultAccounts, given.defaultAccounts);
    for (const QDateTime &t : {read.connectedAt, read.updatedAt, read.stateChangedAt}) {
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QVERIFY(t >= before && t <= after);
    }

    // Everything the caller gave, plus what the store keeps, and nothing else.
    Connection expected = given;
    expected.id = id;
    expected.connectedAt = read.connectedAt;
    expected.updatedAt = read.updatedAt;
    expected.stateChangedAt = read.stateChangedAt;
    QVERIFY(read == expected);
    QCOMPARE(OK(store->connections()).size(), 1);
    QVERIFY(OK(store->connections()).at(0) == expected);

    store.reset();
    auto reopened = open(tmp.path());
    QVERIFY(reopened);
    QVERIFY(OK(reopened->connection(id)) == expected);

    // A HubSpot account signed in with a private-app token, no QuickBooks settings.
    const Connection portal =
        account(Provider::HubSpot, QStringLiteral("Demo portal"), QStringLiteral("24681357"));
    const QString portalId = OK(reopened->saveConnection(portal));
    const Connection readPortal = OK(reopened->connection(portalId));
    QCOMPARE(readPortal.authKind, AuthKind::PrivateAppToken);
    QCOMPARE(readPortal.scopes, portal.scopes);
    QCOMPARE(readPortal.environment, Environment::Production);
    QVERIFY(readPortal.dataSyncFilters.isEmpty());
    QVERIFY(readPortal.productMapping.isEmpty());
}

void TestConnections::reconnectKeepsIdAndSettings()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString id = OK(store->saveConnection(demoCompany()));
    const Connection first = OK(store->connection(id));
    QVERIFY(store->setConnectionState(id, ConnectionState::NeedsReconnect,
                                      QStringLiteral("QuickBooks refused the sign-in.")));

    // What the OAuth flow knows after connecting the same company again: no settings.
    Connection again;
    again.provider = Provider::QuickBooks;
    again.name = QStringLiteral("Demo Co (US) Renamed");
    again.accountId = QStringLiteral(" 9341453050981234 "); // trimmed like any id
    again.environment = Environment::Sandbox;
    again.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:40999"));
    again.scopes = {QStringLiteral("com.intuit.quickbooks.accounting")};
    again.country = QStringLiteral("USA");
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QCOMPARE(OK(store->saveConnection(again)), id);

    const QVector<Connection> all = OK(store->connections());
    QCOMPARE(all.size(), 1);
    const Connection now = all.at(0);
    QCOMPARE(now.id, id);
    QCOMPARE(now.name, QStringLiteral("Demo Co (US) Renamed"));
    QCOMPARE(now.apiBaseUrl, again.apiBaseUrl);
    QCOMPARE(now.scopes, again.scopes);
    QCOMPARE(now.country, QStringLiteral("USA"));
    QCOMPARE(now.state, ConnectionState::Connected);
    QCOMPARE(now.stateReason, QString());
    QVERIFY(now.stateChangedAt >= before);
    QVERIFY(now.updatedAt >= before);
    QCOMPARE(now.connectedAt, first.connectedAt); // first connected, kept
    // The person's settings survived the reconnect.
    QCOMPARE(now.integrationMode, IntegrationMode::DataSync);
    QCOMPARE(now.dataSyncFilters, dataSyncFilters());
    QCOMPARE(now.productSync, true);
    QCOMPARE(now.productMapping, first.productMapping);
    QCOMPARE(now.incomeAccount, first.incomeAccount);
    QCOMPARE(now.defaultAccounts, first.defaultAccounts);

    // Saving what is already there changes nothing, not even updatedAt.
    QCOMPARE(OK(store->saveConnection(now)), id);
    QVERIFY(OK(store->connection(id)) == now);
}

void TestConnections::editWithIdWritesSettings()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString id = OK(store->saveConnection(demoCompany()));
    Connection edited = OK(store->connection(id));
    edited.integrationMode = IntegrationMode::Legacy;
    edited.dataSyncFilters.clear();
    edited.productSync = false;
    edited.productMapping.insert(QStringLiteral("1003"), QStringLiteral("19"));
    edited.productMapping.remove(QStringLiteral("1001"));
    edited.incomeAccount = QStringLiteral("80");
    edited.defaultAccounts.remove(QStringLiteral("expenseAccount"));
    QCOMPARE(OK(store->saveConnection(edited)), id);

    const Connection read = OK(store->connection(id));
    QCOMPARE(read.integrationMode, IntegrationMode::Legacy);
    QVERIFY(read.dataSyncFilters.isEmpty());
    QCOMPARE(read.productSync, false);
    QCOMPARE(read.productMapping,
             (QMap<QString, QString>{{QStringLiteral("1002"), QStringLiteral("12")},
                                     {QStringLiteral("1003"), QStringLiteral("19")}}));
    QCOMPARE(read.incomeAccount, QStringLiteral("80"));
    QCOMPARE(read.defaultAccounts.size(), 3);
    QCOMPARE(read.connectedAt, edited.connectedAt);
    QCOMPARE(read.stateChangedAt, edited.stateChangedAt); // the state did not change
}

void TestConnections::eachCompanyAndEnvironmentIsItsOwnRow()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString us = OK(store->saveConnection(demoCompany()));
    Connection uk = demoCompany();
    uk.name = QStringLiteral("Demo Ltd (UK)");
    uk.accountId = QStringLiteral("9341453050985678");
    uk.country = QStringLiteral("GB");
    const QString ukId = OK(store->saveConnection(uk));
    QVERIFY(ukId != us);
    // The same realmId in production is another company (another host, another app).
    Connection production = demoCompany();
    production.environment = Environment::Production;
    const QString productionId = OK(store->saveConnection(production));
    QVERIFY(productionId != us && productionId != ukId);

    const QVector<Connection> all = OK(store->connections());
    QCOMPARE(all.size(), 3);
    QCOMPARE(OK(store->connection(ukId)).isUnitedStates(), false);
    QCOMPARE(OK(store->connection(us)).isUnitedStates(), true);

    // The database itself refuses a second row for one account.
    SqlFile file(store->databasePath());
    QVERIFY(!file.run(QStringLiteral("INSERT INTO connections SELECT 'copy', provider, name,"
                                     " account_id, environment, api_base_url, auth_kind, scopes,"
                                     " state, state_reason, state_changed_at, connected_at,"
                                     " updated_at, country, integration_mode, data_sync_filters,"
                                     " product_sync, product_mapping, income_account,"
                                     " default_accounts FROM connections WHERE id = ?"),
                      {us}));
    QCOMPARE(OK(store->connections()).size(), 3);
}

void TestConnections::anIdNeverMovesToAnotherAccount()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString us = OK(store->saveConnection(demoCompany()));
    const Connection before = OK(store->connection(us));

    Connection other =
        account(Provider::QuickBooks, QStringLiteral("Other Books"), QStringLiteral("555"));
    other.id = us;
    const Result<QString> refused = store->saveConnection(other);
    QVERIFY(!refused);
    QVERIFY2(refused.reason().contains(us) &&
                 refused.reason().contains(QStringLiteral("Demo Co (US) — QuickBooks sandbox")) &&
                 refused.reason().contains(QStringLiteral("Other Books")),
             qPrintable(refused.reason()));
    QVERIFY(OK(store->connection(us)) == before);
    QCOMPARE(OK(store->connections()).size(), 1);

    // An id the store does not know yet is used for a new account…
    other.id = QStringLiteral("0b5e4d1c-2f3a-4b6c-9d8e-7f6a5b4c3d2e");
    QCOMPARE(OK(store->saveConnection(other)), other.id);
    // …and ignored for an account that is connected already: the stored id wins.
    Connection again = demoCompany();
    again.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    QCOMPARE(OK(store->saveConnection(again)), us);
    QVERIFY(!store->connection(again.id));
    QCOMPARE(OK(store->connections()).size(), 2);
}

void TestConnections::orderedHubSpotFirstThenByName()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    QVERIFY(store->saveConnection(
        account(Provider::QuickBooks, QStringLiteral("beta Ltd"), QStringLiteral("2"))));
    QVERIFY(store->saveConnection(
        account(Provider::HubSpot, QStringLiteral("Zeta portal"), QStringLiteral("9"))));
    QVERIFY(store->saveConnection(
        account(Provider::QuickBooks, QStringLiteral("Alpha Books"), QStringLiteral("3"))));
    QVERIFY(store->saveConnection(
        account(Provider::QuickBooks, QStringLiteral("Gamma Inc"), QStringLiteral("1"))));
    QStringList names;
    for (const Connection &c : OK(store->connections()))
        names << c.name;
    QCOMPARE(names, QStringList({QStringLiteral("Zeta portal"), QStringLiteral("Alpha Books"),
                                 QStringLiteral("beta Ltd"), QStringLiteral("Gamma Inc")}));
}

void TestConnections::stateWithReasonAndBack()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString id = OK(store->saveConnection(demoCompany()));
    const QString reason =
        QStringLiteral("QuickBooks no longer accepts the sign-in (invalid_grant).");

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(store->setConnectionState(id, ConnectionState::NeedsReconnect, reason));
    Connection c = OK(store->connection(id));
    QCOMPARE(c.state, ConnectionState::NeedsReconnect);
    QCOMPARE(c.stateReason, reason);
    QVERIFY(c.stateChangedAt >= before);
    QCOMPARE(c.updatedAt, c.stateChangedAt);

    // The same state again is not a change.
    QVERIFY(store->setConnectionState(id, ConnectionState::NeedsReconnect, reason));
    QVERIFY(OK(store->connection(id)) == c);

    // Back to connected: a reason makes no sense there and is dropped.
    QVERIFY(store->setConnectionState(id, ConnectionState::Connected, QStringLiteral("ignored")));
    c = OK(store->connection(id));
    QCOMPARE(c.state, ConnectionState::Connected);
    QCOMPARE(c.stateReason, QString());

    // Needing a reconnect always comes with a reason, even when none was given.
    QVERIFY(store->setConnectionState(id, ConnectionState::NeedsReconnect, QStringLiteral("  ")));
    c = OK(store->connection(id));
    QCOMPARE(c.state, ConnectionState::NeedsReconnect);
    QVERIFY2(c.stateReason.contains(QStringLiteral("QuickBooks")), qPrintable(c.stateReason));

    // Other connections are untouched.
    const QString other = OK(store->saveConnection(
        account(Provider::HubSpot, QStringLiteral("Portal"), QStringLiteral("24681357"))));
    QCOMPARE(OK(store->connection(other)).state, ConnectionState::Connected);
}

void TestConnections::removeConnection()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString keep = OK(store->saveConnection(
        account(Provider::HubSpot, QStringLiteral("Portal"), QStringLiteral("24681357"))));
    const QString id = OK(store->saveConnection(demoCompany()));
    QVERIFY(store->removeConnection(id));
    QVERIFY(!store->connection(id));
    QCOMPARE(OK(store->connections()).size(), 1);
    QCOMPARE(OK(store->connections()).at(0).id, keep);

    const Status again = store->removeConnection(id);
    QVERIFY(!again);
    QVERIFY2(again.reason().contains(id), qPrintable(again.reason()));

    // Connecting the company again after removing it is a new connection.
    const QString fresh = OK(store->saveConnection(demoCompany()));
    QVERIFY(fresh != id);
}

void TestConnections::unknownIdsFailWithReasons()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString nope = QStringLiteral("no-such-connection");
    const Result<Connection> read = store->connection(nope);
    QVERIFY(!read);
    QVERIFY2(read.reason().contains(QStringLiteral("No connection with id no-such-connection")),
             qPrintable(read.reason()));
    const Status state =
        store->setConnectionState(nope, ConnectionState::NeedsReconnect, QStringLiteral("why"));
    QVERIFY(!state);
    QVERIFY2(state.reason().contains(nope), qPrintable(state.reason()));
    const Status removed = store->removeConnection(nope);
    QVERIFY(!removed);
    QVERIFY2(removed.reason().contains(nope), qPrintable(removed.reason()));
    QVERIFY(OK(store->connections()).isEmpty());
}

void TestConnections::refusesIncompleteConnections()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);

    Connection noAccount = demoCompany();
    noAccount.accountId = QStringLiteral("  ");
    const Result<QString> a = store->saveConnection(noAccount);
    QVERIFY(!a);
    QVERIFY2(a.reason().contains(QStringLiteral("Demo Co (US)")), qPrintable(a.reason()));

    Connection privateQbo = demoCompany();
    privateQbo.authKind = AuthKind::PrivateAppToken;
    const Result<QString> b = store->saveConnection(privateQbo);
    QVERIFY(!b);
    QVERIFY2(b.reason().contains(QStringLiteral("only HubSpot")), qPrintable(b.reason()));

    Connection withPassword = demoCompany();
    withPassword.apiBaseUrl = QUrl(QStringLiteral("https://user:hunter2@127.0.0.1:9/"));
    const Result<QString> c = store->saveConnection(withPassword);
    QVERIFY(!c);
    QVERIFY2(c.reason().contains(QStringLiteral("password")) &&
                 !c.reason().contains(QStringLiteral("hunter2")),
             qPrintable(c.reason()));

    QVERIFY(OK(store->connections()).isEmpty());
}

void TestConnections::damagedRowsAreReportedClearly()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QString id = OK(store->saveConnection(demoCompany()));
    SqlFile file(store->databasePath());

    QVERIFY(file.run(QStringLiteral("UPDATE connections SET product_mapping = '{\"1001\": 7}'")));
    Result<Connection> read = store->connection(id);
    QVERIFY(!read);
    QVERIFY2(read.reason().contains(QStringLiteral("Demo Co (US)")) &&
                 read.reason().contains(QStringLiteral("product mapping")) &&
                 read.reason().contains(QStringLiteral("damaged")),
             qPrintable(read.reason()));
    QVERIFY(!store->connections());

    QVERIFY(file.run(QStringLiteral("UPDATE connections SET product_mapping = '{}',"
                                    " data_sync_filters = '[{\"filters\": [{\"object\": \"lead\","
                                    " \"property\": \"email\", \"propertyType\": \"text\","
                                    " \"operator\": \"is_known\"}]}]'")));
    read = store->connection(id);
    QVERIFY(!read);
    QVERIFY2(read.reason().contains(QStringLiteral("data-sync contact filters")) &&
                 read.reason().contains(QStringLiteral("filterGroups[0].filters[0].object")) &&
                 read.reason().contains(QStringLiteral("lead")),
             qPrintable(read.reason()));

    QVERIFY(file.run(QStringLiteral("UPDATE connections SET data_sync_filters = '[]'")));
    QVERIFY(store->connection(id)); // readable again once the row is sound
}

void TestConnections::appCredentialsRoundTripAndReplace()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    QVERIFY(!OK(store->appCredentials(Provider::QuickBooks, Environment::Sandbox)));

    AppCredentials app;
    app.provider = Provider::QuickBooks;
    app.environment = Environment::Sandbox;
    app.clientId = QStringLiteral("bookflow-demo");
    app.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/connect/oauth2"));
    app.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/oauth2/v1/tokens/bearer"));
    app.revokeUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/v2/oauth2/tokens/revoke"));
    app.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:40123"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(store->saveAppCredentials(app));

    std::optional<AppCredentials> read =
        OK(store->appCredentials(Provider::QuickBooks, Environment::Sandbox));
    QVERIFY(read);
    QCOMPARE(read->updatedAt.timeSpec(), Qt::UTC);
    QVERIFY(read->updatedAt >= before);
    app.updatedAt = read->updatedAt;
    QVERIFY(*read == app);
    QCOMPARE(read->redirectUri, QString()); // the loopback listener's own address
    QCOMPARE(read->tokenUrl, app.tokenUrl);

    // The other environment and the other provider are separate apps.
    QVERIFY(!OK(store->appCredentials(Provider::QuickBooks, Environment::Production)));
    QVERIFY(!OK(store->appCredentials(Provider::HubSpot, Environment::Sandbox)));

    // Saving again replaces, it does not add.
    AppCredentials replaced;
    replaced.provider = Provider::QuickBooks;
    replaced.environment = Environment::Sandbox;
    replaced.clientId = QStringLiteral("my-own-app");
    replaced.redirectUri = QStringLiteral("https://example.com/bookflow/callback");
    QVERIFY(store->saveAppCredentials(replaced));
    read = OK(store->appCredentials(Provider::QuickBooks, Environment::Sandbox));
    QVERIFY(read);
    QCOMPARE(read->clientId, QStringLiteral("my-own-app"));
    QCOMPARE(read->redirectUri, replaced.redirectUri);
    QVERIFY(read->authorizeUrl.isEmpty() && read->tokenUrl.isEmpty() && read->revokeUrl.isEmpty() &&
            read->apiBaseUrl.isEmpty());
    SqlFile file(store->databasePath());
    QCOMPARE(file.column(QStringLiteral("SELECT count(*) FROM app_credentials")),
             QVariantList({1}));

    // A client id is required; an address with a password is refused. Nothing changes.
    AppCredentials empty = replaced;
    empty.clientId = QStringLiteral(" ");
    const Status noId = store->saveAppCredentials(empty);
    QVERIFY(!noId);
    QVERIFY2(noId.reason().contains(QStringLiteral("client id")), qPrintable(noId.reason()));
    AppCredentials withPassword = replaced;
    withPassword.revokeUrl = QUrl(QStringLiteral("https://me:pw@example.com/revoke"));
    QVERIFY(!store->saveAppCredentials(withPassword));
    withPassword = replaced;
    withPassword.redirectUri = QStringLiteral("https://me:pw@example.com/callback");
    QVERIFY(!store->saveAppCredentials(withPassword));
    QCOMPARE(OK(store->appCredentials(Provider::QuickBooks, Environment::Sandbox))->clientId,
             QStringLiteral("my-own-app"));
}

void TestConnections::nothingSecretInTheDatabase()
{
    QTemporaryDir tmp;
    {
        auto store = open(tmp.path());
        QVERIFY(store);
        QVERIFY(store->saveConnection(demoCompany()));
        QVERIFY(store->saveConnection(
            account(Provider::HubSpot, QStringLiteral("Portal"), QStringLiteral("1"))));
        AppCredentials app;
        app.provider = Provider::HubSpot;
        app.environment = Environment::Sandbox;
        app.clientId = QStringLiteral("bookflow-demo-hubspot");
        app.authorizeUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/oauth/authorize"));
        app.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:40123/oauth/v1/token"));
        QVERIFY(store->saveAppCredentials(app));

        // No column of any table is named like a credential.
        SqlFile file(store->databasePath());
        const QVariantList columns =
            file.column(QStringLiteral("SELECT m.name || '.' || p.name FROM sqlite_master AS m,"
                                       " pragma_table_info(m.name) AS p WHERE m.type = 'table'"));
        QVERIFY(columns.size() > 20);
        QVERIFY(columns.contains(QStringLiteral("connections.account_id")));
        for (const QVariant &column : columns) {
            const QString name = column.toString().toLower();
            QVERIFY2(!name.contains(QStringLiteral("token")) &&
                         !name.contains(QStringLiteral("secret")) &&
                         !name.contains(QStringLiteral("password")),
                     qPrintable(name));
        }
    }
    // The bytes on disk (database, and any WAL left behind): no field or key named like a
    // credential. "token" may only appear inside a saved URL path ("/oauth/v1/token").
    const QByteArray bytes = everyFileIn(tmp.path()).toLower();
    QVERIFY(bytes.contains("9341453050981234")); // the scan reads the real data
    QVERIFY(!bytes.contains("secret"));
    QVERIFY(!bytes.contains("password"));
    int tokens = 0;
    for (qsizetype at = bytes.indexOf("token"); at >= 0; at = bytes.indexOf("token", at + 1)) {
        ++tokens;
        QVERIFY2(at > 0 && bytes.at(at - 1) == '/',
                 qPrintable(QString::fromLatin1(bytes.mid(qMax<qsizetype>(0, at - 20), 40))));
    }
    QVERIFY(tokens >= 1); // the URL was found, so a misnamed column would have been too
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
