// The ledger and history in the local database (migration 3): enrollment numbering that two
// processes can't duplicate, which action runs are due, plans, sent/done steps and attempts, how
// finishing, retrying, pausing and resuming move runs and enrollments, polling state, the history
// and its CSV export.

#include "core/store/ledger.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QTest>
#include <QThread>

#include <memory>

using namespace bookflow;

namespace {

// Direct SQL on the database file, as another program (or the sqlite3 shell) would see it.
class SqlFile
{
public:
    explicit SqlFile(const QString &path) : m_name(QStringLiteral("tst-ledger-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (m_open)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
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
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        const QVariantList values = column(sql, binds);
        return values.isEmpty() ? QVariant() : values.first();
    }
    // SQLite's error text, empty on success.
    QString run(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q = query(sql, binds);
        return q.isActive() ? QString() : q.lastError().text();
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
// hands back an empty value, so the checks that follow fail too instead of crashing.
template <typename T> T succeeded(const Result<T> &result, const char *file, int line)
{
    if (result)
        return result.value();
    QTest::qFail(qPrintable(result.reason()), file, line);
    return T();
}
#define OK(expression) succeeded((expression), __FILE__, __LINE__)
#define DONE(expression)                                                                           \
    do {                                                                                           \
        const Status s_ = (expression);                                                            \
        QVERIFY2(s_.ok(), qPrintable(s_.reason()));                                                \
    } while (false)

std::unique_ptr<Store> open(const QString &dataDir)
{
    Result<std::unique_ptr<Store>> s = Store::open(dataDir);
    if (!s) {
        qWarning("%s", qPrintable(s.reason()));
        return nullptr;
    }
    return std::move(s).value();
}

const QString Workflow1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString Workflow2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString CompanyA = QStringLiteral("company-a");
const QString CompanyB = QStringLiteral("company-b");

QVector<QPair<QString, QString>> twoActions()
{
    return {{QStringLiteral("a1"), CompanyA}, {QStringLiteral("a2"), CompanyA}};
}
QVector<QPair<QString, QString>> oneAction(const QString &connection = CompanyA)
{
    return {{QStringLiteral("a1"), connection}};
}

// A plan of `count` steps for `run`, with request ids unique to the run.
QVector<StepRow> planFor(qint64 run, int count)
{
    QVector<StepRow> steps;
    for (int i = 0; i < count; ++i) {
        StepRow s;
        s.stepNo = i;
        s.key = i + 1 == count ? QStringLiteral("document") : QStringLiteral("item:%1").arg(i);
        s.kind = i + 1 == count ? QStringLiteral("createDocument") : QStringLiteral("createItem");
        s.entity = i + 1 == count ? QStringLiteral("Invoice") : QStringLiteral("Item");
        s.requestId = QStringLiteral("00000000-0000-5000-8000-%1")
                          .arg(run * 100 + i, 12, 10, QLatin1Char('0'));
        s.body = QJsonObject{{QStringLiteral("Name"), QStringLiteral("Line %1").arg(i)},
                             {QStringLiteral("Ref"), QStringLiteral("${item:0}")}};
        steps << s;
    }
    return steps;
}

QVector<qint64> idsOf(const QVector<ActionRunRow> &runs)
{
    QVector<qint64> ids;
    for (const ActionRunRow &r : runs)
        ids << r.id;
    return ids;
}

Workflow sampleWorkflow(const QString &id)
{
    Workflow w;
    w.id = id;
    w.name = QStringLiteral("Invoice e-signed quotes");
    w.objectType = ObjectType::Quote;
    Filter f;
    f.object = FilterObject::Quote;
    f.property = QStringLiteral("hs_esign_num_signers_completed");
    f.propertyType = PropertyType::Number;
    f.op = Operator::IsKnown;
    FilterGroup group;
    group.filters << f;
    w.enrollment.filterGroups << group;
    Action a;
    a.id = QStringLiteral("a1");
    a.type = ActionType::CreateInvoice;
    a.connection = CompanyA;
    w.actions << a;
    return w;
}

AttemptRow attempt(qint64 run, const QString &outcome, const QDateTime &at, int stepNo = 0)
{
    AttemptRow a;
    a.actionRunId = run;
    a.stepNo = stepNo;
    a.at = at;
    a.outcome = outcome;
    a.httpStatus = outcome == QLatin1String("done") ? 200 : 503;
    a.code = outcome == QLatin1String("done") ? QString() : QStringLiteral("10000");
    a.reason = outcome == QLatin1String("done") ? QString() : QStringLiteral("Try again later.");
    a.requestId = QStringLiteral("req-%1-%2").arg(run).arg(stepNo);
    return a;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void migrationCreatesTheLedger();
    void databaseChecksWhatItStores();
    void migratesVersion2KeepingConnectionsAndWorkflows();
    void enrollNumbersPerWorkflowAndRecord();
    void twoStoresNeverTakeTheSameNumber();
    void enrollIfLatestEnrollsOnlyOnce();
    void dueRunsOldestFirstAndInActionOrder();
    void waitingAndPausedRunsAreNotDue();
    void planIsSavedOnce();
    void planRefusesBadOrReusedRequestIds();
    void sentDoneAndAttempts();
    void finishMovesTheEnrollment();
    void retryDropsAnUnsentPlan();
    void retryKeepsAPlanThatLeftBookflow();
    void pauseAndResumeByConnection();
    void cursorsAndRecordMemory();
    void removingAWorkflowKeepsItsHistory();
    void historyNewestFirst();
    void csvQuotesAndGuards();
    void reopeningKeepsTheLedger();
    void damagedRowsAreReported();
};

void TestLedger::keysRoundTrip()
{
    for (const EnrollmentStatus s :
         {EnrollmentStatus::Active, EnrollmentStatus::Done, EnrollmentStatus::NeedsReview}) {
        QCOMPARE(enrollmentStatusFromKey(enrollmentStatusKey(s)), s);
        QVERIFY(!enrollmentStatusLabel(s).isEmpty());
    }
    for (const ActionStatus s :
         {ActionStatus::Pending, ActionStatus::Running, ActionStatus::Waiting, ActionStatus::Paused,
          ActionStatus::Done, ActionStatus::Failed}) {
        QCOMPARE(actionStatusFromKey(actionStatusKey(s)), s);
        QVERIFY(!actionStatusLabel(s).isEmpty());
    }
    for (const StepState s :
         {StepState::Planned, StepState::Sent, StepState::Done, StepState::Failed})
        QCOMPARE(stepStateFromKey(stepStateKey(s)), s);
    QCOMPARE(enrollmentStatusKey(EnrollmentStatus::NeedsReview), QStringLiteral("needsReview"));
    QCOMPARE(actionStatusKey(ActionStatus::Waiting), QStringLiteral("waiting"));
    QVERIFY(!actionStatusFromKey(QStringLiteral("Waiting")));
    QVERIFY(isFinished(ActionStatus::Done) && isFinished(ActionStatus::Failed));
    QVERIFY(!isFinished(ActionStatus::Paused) && !isFinished(ActionStatus::Waiting));
}

void TestLedger::migrationCreatesTheLedger()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    QVERIFY(Store::latestSchemaVersion() >= 3);
    QCOMPARE(migrations().at(2).version, 3);
    SqlFile file(store->databasePath());
    QCOMPARE(file.column(QStringLiteral(
                 "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('enrollments',"
                 " 'action_runs', 'steps', 'attempts', 'cursors', 'record_memory') ORDER BY name")),
             QVariantList({QStringLiteral("action_runs"), QStringLiteral("attempts"),
                           QStringLiteral("cursors"), QStringLiteral("enrollments"),
                           QStringLiteral("record_memory"), QStringLiteral("steps")}));
    // What finds due work and the history uses an index, not a scan of the whole history.
    QSqlQuery plan(file.db());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM enrollments WHERE"
                                     " status = 'active' ORDER BY enrolled_at, id")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + QLatin1Char(';');
    QVERIFY2(detail.contains(QStringLiteral("enrollments_active")), qPrintable(detail));
    // No history table points at workflows: removing a workflow keeps what it created.
    QCOMPARE(
        file.column(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('enrollments')"))
            .value(0)
            .toInt(),
        0);
}

void TestLedger::databaseChecksWhatItStores()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), twoActions()));
    const QVector<ActionRunRow> runs = OK(store->actionRuns(e.id));
    QCOMPARE(runs.size(), 2);
    DONE(store->savePlan(runs.at(0).id, planFor(runs.at(0).id, 2), {}));
    DONE(store->recordAttempt(
        attempt(runs.at(0).id, QStringLiteral("transient"), QDateTime::currentDateTimeUtc())));

    SqlFile file(store->databasePath());
    // Enumerations are checked by the database itself.
    QVERIFY(!file.run(QStringLiteral("UPDATE enrollments SET status = 'finished'")).isEmpty());
    QVERIFY(!file.run(QStringLiteral("UPDATE action_runs SET status = 'cancelled'")).isEmpty());
    QVERIFY(!file.run(QStringLiteral("UPDATE steps SET state = 'lost'")).isEmpty());
    QVERIFY(!file.run(QStringLiteral("UPDATE attempts SET outcome = 'maybe'")).isEmpty());
    QVERIFY(!file.run(QStringLiteral("UPDATE enrollments SET object_type = 'contact'")).isEmpty());
    // Waiting always has a time, and only Waiting has one.
    QVERIFY(!file.run(QStringLiteral("UPDATE action_runs SET status = 'waiting'")).isEmpty());
    QVERIFY(!file.run(QStringLiteral("UPDATE action_runs SET next_attempt_at = "
                                     "'2024-01-01T00:00:00.000Z'"))
                 .isEmpty());
    // A step is never done or sent without the time it was sent.
    QVERIFY(!file.run(QStringLiteral("UPDATE steps SET state = 'sent'")).isEmpty());
    // The same enrollment number twice, and the same request id twice, are refused.
    const QString duplicate = file.run(
        QStringLiteral("INSERT INTO enrollments (workflow_id, version, object_type, object_id,"
                       " enrollment_no, enrolled_at, status, updated_at) VALUES (?, 1, 'deal',"
                       " 'deal-1', 1, '2024-01-01T00:00:00.000Z', 'active',"
                       " '2024-01-01T00:00:00.000Z')"),
        {Workflow1});
    QVERIFY2(duplicate.contains(QStringLiteral("UNIQUE")), qPrintable(duplicate));
    const QString sameRequest =
        file.run(QStringLiteral("INSERT INTO steps (action_run_id, step_no, key, kind, entity,"
                                " request_id, body, state) SELECT ?, 5, 'other', 'createItem',"
                                " 'Item', request_id, '{}', 'planned' FROM steps LIMIT 1"),
                 {runs.at(1).id});
    QVERIFY2(sameRequest.contains(QStringLiteral("UNIQUE")), qPrintable(sameRequest));

    // Removing an enrollment takes its runs, steps and attempts with it.
    QVERIFY(file.run(QStringLiteral("DELETE FROM enrollments WHERE id = ?"), {e.id}).isEmpty());
    for (const char *table : {"action_runs", "steps", "attempts"}) {
        QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                     .toInt(),
                 0);
    }
}

void TestLedger::migratesVersion2KeepingConnectionsAndWorkflows()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QString::fromLatin1(Store::FileName));
    const Workflow w = sampleWorkflow(Workflow1);
    QString installationId;
    {
        // A version-2 database as the previous Bookflow left it.
        SqlFile file(path);
        QVERIFY(file.isOpen());
        QCOMPARE(applyMigrations(file.db(), {migrations().at(0), migrations().at(1)}, path).value(),
                 2);
        const QString json = QString::fromUtf8(WorkflowCodec::encode(w));
        const QString at = QStringLiteral("2024-05-01T08:00:00.000Z");
        QCOMPARE(file.run(QStringLiteral("INSERT INTO workflows (id, name, object_type,"
                                         " draft_json, enabled, created_at, updated_at)"
                                         " VALUES (?, ?, 'quote', ?, 1, ?, ?)"),
                          {w.id, w.name, json, at, at}),
                 QString());
        QCOMPARE(file.run(QStringLiteral("INSERT INTO workflow_versions (workflow_id, number,"
                                         " json, published_at) VALUES (?, 1, ?, ?)"),
                          {w.id, json, at}),
                 QString());
        QCOMPARE(
            file.run(QStringLiteral(
                         "INSERT INTO connections (id, provider, name, account_id, environment,"
                         " api_base_url, auth_kind, scopes, state, state_reason,"
                         " state_changed_at, connected_at, updated_at, country,"
                         " integration_mode, data_sync_filters, product_sync, product_mapping,"
                         " income_account, default_accounts) VALUES (?, 'quickbooks',"
                         " 'Demo Co (US)', '9341453050981234', 'sandbox',"
                         " 'http://127.0.0.1:40123', 'oauth', '[]', 'connected', '', ?, ?, ?,"
                         " 'US', 'legacy', '[]', 0, '{}', '79', '{}')"),
                     {CompanyA, at, at, at}),
            QString());
        installationId =
            file.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'"))
                .toString();
        QVERIFY(!installationId.isEmpty());
    }

    auto store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(store->migrationsApplied(), Store::latestSchemaVersion() - 2);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(store->installationId(), installationId);
    QCOMPARE(OK(store->draft(w.id)), w);
    QCOMPARE(OK(store->version(w.id, 1)), w);
    QCOMPARE(OK(store->summary(w.id)).enabled, true);
    const Connection c = OK(store->connection(CompanyA));
    QCOMPARE(c.name, QStringLiteral("Demo Co (US)"));
    QCOMPARE(c.accountId, QStringLiteral("9341453050981234"));
    QCOMPARE(c.incomeAccount, QStringLiteral("79"));
    // And the ledger is there to use.
    const EnrollmentRow e =
        OK(store->enroll(w.id, 1, ObjectType::Quote, QStringLiteral("quote-1"), oneAction()));
    QCOMPARE(e.enrollmentNo, 1);
    QCOMPARE(OK(store->history()).size(), 1);
}

void TestLedger::enrollNumbersPerWorkflowAndRecord()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(!OK(store->latestEnrollment(Workflow1, QStringLiteral("deal-1"))).has_value());

    const EnrollmentRow first =
        OK(store->enroll(Workflow1, 3, ObjectType::Deal, QStringLiteral("deal-1"), twoActions()));
    QVERIFY(first.id > 0);
    QCOMPARE(first.workflowId, Workflow1);
    QCOMPARE(first.version, 3);
    QCOMPARE(first.objectType, ObjectType::Deal);
    QCOMPARE(first.objectId, QStringLiteral("deal-1"));
    QCOMPARE(first.enrollmentNo, 1);
    QCOMPARE(first.status, EnrollmentStatus::Active);
    QCOMPARE(first.live, true);
    QCOMPARE(first.enrolledAt.timeSpec(), Qt::UTC);
    QVERIFY(first.enrolledAt >= before && first.enrolledAt <= QDateTime::currentDateTimeUtc());

    // Re-enrolling gets the next number; another record or workflow starts at 1.
    const EnrollmentRow second =
        OK(store->enroll(Workflow1, 4, ObjectType::Deal, QStringLiteral("deal-1"), oneAction()));
    QCOMPARE(second.enrollmentNo, 2);
    QCOMPARE(
        OK(store->enroll(Workflow1, 4, ObjectType::Deal, QStringLiteral("deal-2"), oneAction()))
            .enrollmentNo,
        1);
    QCOMPARE(
        OK(store->enroll(Workflow2, 1, ObjectType::Deal, QStringLiteral("deal-1"), oneAction()))
            .enrollmentNo,
        1);
    const std::optional<EnrollmentRow> latest =
        OK(store->latestEnrollment(Workflow1, QStringLiteral("deal-1")));
    QVERIFY(latest.has_value());
    QCOMPARE(latest->id, second.id);
    QCOMPARE(latest->version, 4);
    QCOMPARE(OK(store->enrollment(first.id)).enrolledAt, first.enrolledAt);

    // One Pending run per action, in the workflow's order, with its connection.
    const QVector<ActionRunRow> runs = OK(store->actionRuns(first.id));
    QCOMPARE(runs.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(runs.at(i).enrollmentId, first.id);
        QCOMPARE(runs.at(i).actionId, QStringLiteral("a%1").arg(i + 1));
        QCOMPARE(runs.at(i).actionIndex, i);
        QCOMPARE(runs.at(i).connectionId, CompanyA);
        QCOMPARE(runs.at(i).status, ActionStatus::Pending);
        QCOMPARE(runs.at(i).attempts, 0);
        QVERIFY(!runs.at(i).firstAttemptAt.isValid());
        QVERIFY(!runs.at(i).nextAttemptAt.isValid());
        QVERIFY(runs.at(i).notes.isEmpty());
    }

    // A person's run on one record is kept apart from the workflow's own enrollments.
    const EnrollmentRow manual = OK(store->enroll(Workflow2, 0, ObjectType::Deal,
                                                  QStringLiteral("deal-9"), oneAction(), false));
    QCOMPARE(OK(store->enrollment(manual.id)).live, false);
    QCOMPARE(OK(store->enrollment(manual.id)).version, 0);

    // With nothing to do the enrollment is done at once; bad input is refused in words.
    const EnrollmentRow empty =
        OK(store->enroll(Workflow2, 1, ObjectType::Deal, QStringLiteral("deal-3"), {}));
    QCOMPARE(empty.status, EnrollmentStatus::Done);
    QCOMPARE(OK(store->enrollment(empty.id)).status, EnrollmentStatus::Done);
    const Result<EnrollmentRow> repeated =
        store->enroll(Workflow2, 1, ObjectType::Deal, QStringLiteral("deal-4"),
                      {{QStringLiteral("a1"), CompanyA}, {QStringLiteral("a1"), CompanyB}});
    QVERIFY(!repeated);
    QVERIFY2(repeated.reason().contains(QStringLiteral("Nothing was enrolled")),
             qPrintable(repeated.reason()));
    QVERIFY(!store->enroll(Workflow2, 1, ObjectType::Deal, QString(), oneAction()));
    QVERIFY(!store->enroll(QString(), 1, ObjectType::Deal, QStringLiteral("x"), oneAction()));
    QVERIFY(!OK(store->latestEnrollment(Workflow2, QStringLiteral("deal-4"))).has_value());
    const Result<EnrollmentRow> missing = store->enrollment(999999);
    QVERIFY(!missing);
    QVERIFY(missing.reason().contains(QStringLiteral("999999")));
}

namespace {

// Enrolls every record of `records` through a Store of its own, opened on the calling thread (a
// Store belongs to the thread that opened it), after all workers are ready.
struct EnrollWorker
{
    EnrollWorker(const QString &dataDir, int records, bool onlyIfNew = false)
        : dataDir(dataDir), records(records), onlyIfNew(onlyIfNew)
    {
    }

    QString dataDir;
    int records = 0;
    bool onlyIfNew = false;
    QSemaphore *ready = nullptr;
    QSemaphore *go = nullptr;
    QVector<int> numbers; // what each enroll returned (0: not enrolled, someone else did)
    QString error;

    void run()
    {
        Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
        ready->release();
        go->acquire();
        if (!opened) {
            error = opened.reason();
            return;
        }
        Store &store = *opened.value();
        for (int i = 0; i < records; ++i) {
            const QString record = QStringLiteral("deal-%1").arg(i);
            if (onlyIfNew) {
                const Result<std::optional<EnrollmentRow>> e =
                    store.enrollIfLatest(Workflow1, 1, ObjectType::Deal, record, twoActions(), 0);
                if (!e) {
                    error = e.reason();
                    return;
                }
                numbers << (e->has_value() ? (**e).enrollmentNo : 0);
            } else {
                const Result<EnrollmentRow> e =
                    store.enroll(Workflow1, 1, ObjectType::Deal, record, twoActions());
                if (!e) {
                    error = e.reason();
                    return;
                }
                numbers << e->enrollmentNo;
            }
        }
    }
};

// Runs two workers at once on one database file and waits for both.
bool runTogether(EnrollWorker &a, EnrollWorker &b)
{
    QSemaphore ready;
    QSemaphore go;
    a.ready = b.ready = &ready;
    a.go = b.go = &go;
    std::unique_ptr<QThread> first(QThread::create([&a] { a.run(); }));
    std::unique_ptr<QThread> second(QThread::create([&b] { b.run(); }));
    first->start();
    second->start();
    ready.acquire(2);
    go.release(2);
    return first->wait(QDeadlineTimer(120000)) && second->wait(QDeadlineTimer(120000));
}

} // namespace

void TestLedger::twoStoresNeverTakeTheSameNumber()
{
    // The GUI and the CLI (two processes, here two connections on two threads) enroll the same
    // records at the same moment: each record ends with enrollments 1 and 2, never two 1s.
    QTemporaryDir tmp;
    QVERIFY(open(tmp.path())); // created and migrated before the race
    constexpr int Records = 60;
    EnrollWorker gui(tmp.path(), Records);
    EnrollWorker cli(tmp.path(), Records);
    QVERIFY(runTogether(gui, cli));
    QVERIFY2(gui.error.isEmpty(), qPrintable(gui.error));
    QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
    QCOMPARE(gui.numbers.size(), Records);
    QCOMPARE(cli.numbers.size(), Records);
    for (int i = 0; i < Records; ++i) {
        QVERIFY2(gui.numbers.at(i) + cli.numbers.at(i) == 3 &&
                     gui.numbers.at(i) != cli.numbers.at(i),
                 qPrintable(QStringLiteral("record %1: %2 and %3")
                                .arg(i)
                                .arg(gui.numbers.at(i))
                                .arg(cli.numbers.at(i))));
    }
    auto store = open(tmp.path());
    QVERIFY(store);
    SqlFile file(store->databasePath());
    QCOMPARE(file.column(QStringLiteral("SELECT enrollment_no FROM enrollments WHERE"
                                        " object_id = 'deal-7' ORDER BY enrollment_no")),
             QVariantList({1, 2}));
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM action_runs")).toInt(),
             Records * 2 * 2);
}

void TestLedger::enrollIfLatestEnrollsOnlyOnce()
{
    QTemporaryDir tmp;
    {
        auto store = open(tmp.path());
        QVERIFY(store);
        // Both pollers saw "never enrolled"; the second to write finds it enrolled meanwhile.
        const std::optional<EnrollmentRow> first = OK(store->enrollIfLatest(
            Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-x"), oneAction(), 0));
        QVERIFY(first.has_value());
        QCOMPARE(first->enrollmentNo, 1);
        QVERIFY(!OK(store->enrollIfLatest(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-x"),
                                          oneAction(), 0))
                     .has_value());
        // Re-enrollment states what it saw last.
        const std::optional<EnrollmentRow> again = OK(store->enrollIfLatest(
            Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-x"), oneAction(), 1));
        QVERIFY(again.has_value());
        QCOMPARE(again->enrollmentNo, 2);
        QCOMPARE(OK(store->history()).size(), 2);
    }
    // The same race on threads: every record is enrolled exactly once.
    QTemporaryDir other;
    QVERIFY(open(other.path()));
    constexpr int Records = 60;
    EnrollWorker gui(other.path(), Records, true);
    EnrollWorker cli(other.path(), Records, true);
    QVERIFY(runTogether(gui, cli));
    QVERIFY2(gui.error.isEmpty(), qPrintable(gui.error));
    QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
    for (int i = 0; i < Records; ++i) {
        const int a = gui.numbers.value(i, -1);
        const int b = cli.numbers.value(i, -1);
        QVERIFY2((a == 1 && b == 0) || (a == 0 && b == 1),
                 qPrintable(QStringLiteral("record %1: %2 and %3").arg(i).arg(a).arg(b)));
    }
    auto store = open(other.path());
    QCOMPARE(OK(store->history(Workflow1, 0)).size(), Records);
}

void TestLedger::dueRunsOldestFirstAndInActionOrder()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(OK(store->dueActionRuns(now, 10)).isEmpty());
    const EnrollmentRow a =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-a"), twoActions()));
    const EnrollmentRow b =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-b"), oneAction()));
    const EnrollmentRow c =
        OK(store->enroll(Workflow2, 1, ObjectType::Deal, QStringLiteral("deal-c"), twoActions()));
    const QVector<ActionRunRow> runsA = OK(store->actionRuns(a.id));
    const QVector<ActionRunRow> runsB = OK(store->actionRuns(b.id));
    const QVector<ActionRunRow> runsC = OK(store->actionRuns(c.id));

    // One run per enrollment, the first action, oldest enrollment first; `limit` is honoured.
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))),
             QVector<qint64>({runsA.at(0).id, runsB.at(0).id, runsC.at(0).id}));
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 2))),
             QVector<qint64>({runsA.at(0).id, runsB.at(0).id}));
    QVERIFY(OK(store->dueActionRuns(now, 0)).isEmpty());

    // A planned (Running) run stays due, and action 2 waits for it.
    DONE(store->savePlan(runsA.at(0).id, planFor(runsA.at(0).id, 1), {}));
    QCOMPARE(OK(store->actionRun(runsA.at(0).id)).status, ActionStatus::Running);
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))).first(), runsA.at(0).id);

    // Action 1 done: action 2 of the same enrollment is due, still ahead of younger enrollments.
    DONE(store->finishActionRun(runsA.at(0).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("130"),
                                QStringLiteral("1006")));
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))),
             QVector<qint64>({runsA.at(1).id, runsB.at(0).id, runsC.at(0).id}));

    // A permanent failure finishes action 1 and the enrollment goes on to action 2.
    DONE(store->finishActionRun(runsC.at(0).id, ActionStatus::Failed, QStringLiteral("permanent"),
                                QStringLiteral("No associated contact."), QString(), QString(),
                                QString()));
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))),
             QVector<qint64>({runsA.at(1).id, runsB.at(0).id, runsC.at(1).id}));
    QCOMPARE(OK(store->enrollment(c.id)).status, EnrollmentStatus::Active);

    // Finished enrollments have nothing due.
    DONE(store->finishActionRun(runsB.at(0).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("131"),
                                QStringLiteral("1007")));
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))),
             QVector<qint64>({runsA.at(1).id, runsC.at(1).id}));
}

void TestLedger::waitingAndPausedRunsAreNotDue()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow a =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-a"), twoActions()));
    const EnrollmentRow b = OK(store->enroll(Workflow1, 1, ObjectType::Deal,
                                             QStringLiteral("deal-b"), oneAction(CompanyB)));
    const ActionRunRow a1 = OK(store->actionRuns(a.id)).at(0);
    const ActionRunRow b1 = OK(store->actionRuns(b.id)).at(0);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    const QDateTime later = now.addSecs(600);

    DONE(store->scheduleRetry(a1.id, later, QStringLiteral("rateLimited"),
                              QStringLiteral("QuickBooks asked Bookflow to slow down.")));
    const ActionRunRow waiting = OK(store->actionRun(a1.id));
    QCOMPARE(waiting.status, ActionStatus::Waiting);
    QCOMPARE(waiting.nextAttemptAt, later);
    QCOMPARE(waiting.errorClass, QStringLiteral("rateLimited"));
    QCOMPARE(waiting.errorReason, QStringLiteral("QuickBooks asked Bookflow to slow down."));
    // Not due before its time, and action 2 is not due in its place either.
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))), QVector<qint64>({b1.id}));
    QCOMPARE(idsOf(OK(store->dueActionRuns(later.addMSecs(-1), 10))), QVector<qint64>({b1.id}));
    QCOMPARE(idsOf(OK(store->dueActionRuns(later, 10))), QVector<qint64>({a1.id, b1.id}));

    // Paused is never due, whatever the time.
    DONE(store->pauseActionRuns(CompanyB, QStringLiteral("Reconnect Demo Co.")));
    QCOMPARE(idsOf(OK(store->dueActionRuns(later.addDays(30), 10))), QVector<qint64>({a1.id}));
    // Retrying finished runs is refused; a time is required.
    QVERIFY(!store->scheduleRetry(a1.id, QDateTime(), QString(), QString()));
    DONE(store->finishActionRun(a1.id, ActionStatus::Done, QString(), QString(), QString(),
                                QStringLiteral("1"), QString()));
    QVERIFY(!OK(store->actionRun(a1.id)).nextAttemptAt.isValid()); // cleared on finishing
    QVERIFY(!store->scheduleRetry(a1.id, later, QStringLiteral("transient"), QString()));
}

void TestLedger::planIsSavedOnce()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), twoActions()));
    const QVector<ActionRunRow> runs = OK(store->actionRuns(e.id));
    const qint64 run = runs.at(0).id;
    DONE(store->scheduleRetry(run, QDateTime::currentDateTimeUtc(), QStringLiteral("transient"),
                              QStringLiteral("HubSpot did not answer.")));

    const QVector<StepRow> plan = planFor(run, 3);
    const QStringList notes = {QStringLiteral("Customer: “Jane Doe” (id 58), matched by email"),
                               QStringLiteral("Line “Consulting”: item 4, matched by SKU")};
    DONE(store->savePlan(run, plan, notes));
    const ActionRunRow planned = OK(store->actionRun(run));
    QCOMPARE(planned.status, ActionStatus::Running);
    QCOMPARE(planned.notes, notes);
    QVERIFY(!planned.nextAttemptAt.isValid());
    QVERIFY(planned.errorClass.isEmpty() && planned.errorReason.isEmpty());

    const QVector<StepRow> stored = OK(store->steps(run));
    QCOMPARE(stored.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(stored.at(i).id > 0);
        QCOMPARE(stored.at(i).actionRunId, run);
        QCOMPARE(stored.at(i).stepNo, i);
        QCOMPARE(stored.at(i).key, plan.at(i).key);
        QCOMPARE(stored.at(i).kind, plan.at(i).kind);
        QCOMPARE(stored.at(i).entity, plan.at(i).entity);
        QCOMPARE(stored.at(i).requestId, plan.at(i).requestId);
        QCOMPARE(stored.at(i).body, plan.at(i).body);
        QCOMPARE(stored.at(i).state, StepState::Planned);
        QVERIFY(stored.at(i).batchId.isEmpty() && stored.at(i).resultId.isEmpty());
        QVERIFY(!stored.at(i).sentAt.isValid() && !stored.at(i).doneAt.isValid());
    }

    // Planning again is refused and changes nothing: the first plan may be in QuickBooks.
    QVector<StepRow> other = planFor(run + 1000, 1);
    const Status again = store->savePlan(run, other, {QStringLiteral("new")});
    QVERIFY(!again);
    QVERIFY2(again.reason().contains(QStringLiteral("planned already")),
             qPrintable(again.reason()));
    QCOMPARE(OK(store->steps(run)).size(), 3);
    QCOMPARE(OK(store->actionRun(run)).notes, notes);

    // A finished run is not planned; an unknown one neither.
    DONE(store->finishActionRun(runs.at(1).id, ActionStatus::Failed, QStringLiteral("permanent"),
                                QStringLiteral("No line items."), QString(), QString(), QString()));
    QVERIFY(!store->savePlan(runs.at(1).id, planFor(runs.at(1).id, 1), {}));
    QVERIFY(OK(store->steps(runs.at(1).id)).isEmpty());
    QVERIFY(!store->savePlan(424242, planFor(424242, 1), {}));
}

void TestLedger::planRefusesBadOrReusedRequestIds()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), twoActions()));
    const QVector<ActionRunRow> runs = OK(store->actionRuns(e.id));
    DONE(store->savePlan(runs.at(0).id, planFor(runs.at(0).id, 2), {}));

    // Another run reusing a request id would make QuickBooks skip one of the two writes.
    QVector<StepRow> reused = planFor(runs.at(1).id, 2);
    reused[1].requestId = planFor(runs.at(0).id, 2).at(0).requestId;
    const Status refused = store->savePlan(runs.at(1).id, reused, {});
    QVERIFY(!refused);
    QVERIFY2(refused.reason().contains(reused.at(1).requestId), qPrintable(refused.reason()));
    QVERIFY(OK(store->steps(runs.at(1).id)).isEmpty()); // all or nothing
    QCOMPARE(OK(store->actionRun(runs.at(1).id)).status, ActionStatus::Pending);

    QVector<StepRow> bad = planFor(runs.at(1).id, 2);
    bad[1].stepNo = 0;
    QVERIFY(!store->savePlan(runs.at(1).id, bad, {}));
    bad = planFor(runs.at(1).id, 2);
    bad[1].key = bad.at(0).key;
    QVERIFY(!store->savePlan(runs.at(1).id, bad, {}));
    bad = planFor(runs.at(1).id, 2);
    bad[0].requestId = QString(37, QLatin1Char('a')); // QBO: at most 36 in /batch
    QVERIFY(!store->savePlan(runs.at(1).id, bad, {}));
    bad[0].requestId.clear();
    QVERIFY(!store->savePlan(runs.at(1).id, bad, {}));
    QVERIFY(OK(store->steps(runs.at(1).id)).isEmpty());
    DONE(store->savePlan(runs.at(1).id, planFor(runs.at(1).id, 2), {}));
}

void TestLedger::sentDoneAndAttempts()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), oneAction()));
    const qint64 run = OK(store->actionRuns(e.id)).at(0).id;
    DONE(store->savePlan(run, planFor(run, 3), {}));
    const QVector<StepRow> steps = OK(store->steps(run));

    // Ledger first: a step never recorded as sent cannot be done.
    const Status early = store->markStepDone(steps.at(0).id, QStringLiteral("77"), QString());
    QVERIFY(!early);
    QVERIFY2(early.reason().contains(QStringLiteral("never recorded as sent")),
             qPrintable(early.reason()));

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    DONE(store->markSent({steps.at(0).id, steps.at(1).id}, QStringLiteral("batch-1")));
    QVector<StepRow> now = OK(store->steps(run));
    QCOMPARE(now.at(0).state, StepState::Sent);
    QCOMPARE(now.at(1).state, StepState::Sent);
    QCOMPARE(now.at(2).state, StepState::Planned);
    QCOMPARE(now.at(0).batchId, QStringLiteral("batch-1"));
    QVERIFY(now.at(0).sentAt >= before && now.at(0).sentAt.timeSpec() == Qt::UTC);
    const QDateTime firstSent = now.at(1).sentAt;

    // A resend after a crash: the same step sent again keeps its first send time.
    DONE(store->markSent({steps.at(1).id}, QStringLiteral("batch-1")));
    QCOMPARE(OK(store->steps(run)).at(1).sentAt, firstSent);

    DONE(store->markStepDone(steps.at(0).id, QStringLiteral("77"), QString()));
    DONE(store->markStepDone(steps.at(1).id, QStringLiteral("130"), QStringLiteral("1006")));
    now = OK(store->steps(run));
    QCOMPARE(now.at(1).state, StepState::Done);
    QCOMPARE(now.at(1).resultId, QStringLiteral("130"));
    QCOMPARE(now.at(1).resultNumber, QStringLiteral("1006"));
    QVERIFY(now.at(1).doneAt >= now.at(1).sentAt);
    // The same answer again is harmless; another record for the same step is a duplicate.
    DONE(store->markStepDone(steps.at(1).id, QStringLiteral("130"), QStringLiteral("1006")));
    const Status second = store->markStepDone(steps.at(1).id, QStringLiteral("131"), QString());
    QVERIFY(!second);
    QVERIFY2(second.reason().contains(QStringLiteral("duplicate")), qPrintable(second.reason()));
    QCOMPARE(OK(store->steps(run)).at(1).resultId, QStringLiteral("130"));
    QVERIFY(!store->markStepDone(steps.at(2).id, QString(), QString())); // an id is required

    // A done step is never sent again; the whole call changes nothing then.
    const Status resend = store->markSent({steps.at(2).id, steps.at(1).id}, QStringLiteral("b2"));
    QVERIFY(!resend);
    QVERIFY2(resend.reason().contains(QStringLiteral("already created")),
             qPrintable(resend.reason()));
    QCOMPARE(OK(store->steps(run)).at(2).state, StepState::Planned);
    QVERIFY(!store->markSent({999999}, QString()));
    DONE(store->markSent({}, QString()));

    // A refused step is recorded as such, and cannot be sent again until the action is retried.
    DONE(store->markSent({steps.at(2).id}, QString()));
    DONE(store->markStepFailed(steps.at(2).id));
    QCOMPARE(OK(store->steps(run)).at(2).state, StepState::Failed);
    QVERIFY(!store->markSent({steps.at(2).id}, QString()));
    QVERIFY(!store->markStepFailed(steps.at(0).id)); // done: not refused

    // Attempts: counted on the run, the first time kept, every one listed.
    const QDateTime t1 = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    DONE(store->recordAttempt(attempt(run, QStringLiteral("transient"), t1, 1)));
    DONE(store->recordAttempt(attempt(run, QStringLiteral("done"), t1.addSecs(60), 1)));
    AttemptRow planning = attempt(run, QStringLiteral("rateLimited"), t1.addSecs(120), -1);
    DONE(store->recordAttempt(planning));
    const ActionRunRow counted = OK(store->actionRun(run));
    QCOMPARE(counted.attempts, 3);
    QCOMPARE(counted.firstAttemptAt, t1);
    const QVector<AttemptRow> list = OK(store->attempts(run));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).outcome, QStringLiteral("transient"));
    QCOMPARE(list.at(0).httpStatus, 503);
    QCOMPARE(list.at(0).code, QStringLiteral("10000"));
    QCOMPARE(list.at(0).reason, QStringLiteral("Try again later."));
    QCOMPARE(list.at(0).requestId, QStringLiteral("req-%1-1").arg(run));
    QCOMPARE(list.at(0).at, t1);
    QCOMPARE(list.at(0).stepNo, 1);
    QCOMPARE(list.at(1).outcome, QStringLiteral("done"));
    QCOMPARE(list.at(2).stepNo, -1);
    QVERIFY(!store->recordAttempt(attempt(run, QStringLiteral("maybe"), t1)));
    QVERIFY(!store->recordAttempt(attempt(999999, QStringLiteral("done"), t1)));
    QCOMPARE(OK(store->actionRun(run)).attempts, 3);
}

void TestLedger::finishMovesTheEnrollment()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow done =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), twoActions()));
    const QVector<ActionRunRow> d = OK(store->actionRuns(done.id));
    DONE(store->finishActionRun(d.at(0).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("130"),
                                QStringLiteral("1006")));
    QCOMPARE(OK(store->enrollment(done.id)).status, EnrollmentStatus::Active);
    DONE(store->finishActionRun(d.at(1).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Payment"), QStringLiteral("131"), QString()));
    QCOMPARE(OK(store->enrollment(done.id)).status, EnrollmentStatus::Done);
    const ActionRunRow finished = OK(store->actionRun(d.at(0).id));
    QCOMPARE(finished.status, ActionStatus::Done);
    QCOMPARE(finished.documentType, QStringLiteral("Invoice"));
    QCOMPARE(finished.documentId, QStringLiteral("130"));
    QCOMPARE(finished.documentNumber, QStringLiteral("1006"));

    // Finishing again with the same outcome is harmless; with another it is refused.
    DONE(store->finishActionRun(d.at(0).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("130"),
                                QStringLiteral("1006")));
    const Status changed =
        store->finishActionRun(d.at(0).id, ActionStatus::Failed, QStringLiteral("permanent"),
                               QStringLiteral("x"), QString(), QString(), QString());
    QVERIFY(!changed);
    QVERIFY2(changed.reason().contains(QStringLiteral("already done")),
             qPrintable(changed.reason()));
    QVERIFY(!store->finishActionRun(d.at(0).id, ActionStatus::Done, QString(), QString(),
                                    QStringLiteral("Invoice"), QStringLiteral("999"), QString()));
    // Only Done and Failed finish a run.
    const EnrollmentRow review =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-2"), twoActions()));
    const QVector<ActionRunRow> r = OK(store->actionRuns(review.id));
    QVERIFY(!store->finishActionRun(r.at(0).id, ActionStatus::Waiting, QString(), QString(),
                                    QString(), QString(), QString()));
    QCOMPARE(OK(store->actionRun(r.at(0).id)).status, ActionStatus::Pending);

    // One failure: Needs review once every action finished, with the reason kept.
    DONE(store->finishActionRun(r.at(0).id, ActionStatus::Failed, QStringLiteral("permanent"),
                                QStringLiteral("No associated contact."), QString(), QString(),
                                QString()));
    QCOMPARE(OK(store->enrollment(review.id)).status, EnrollmentStatus::Active);
    DONE(store->finishActionRun(r.at(1).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("140"),
                                QStringLiteral("1010")));
    QCOMPARE(OK(store->enrollment(review.id)).status, EnrollmentStatus::NeedsReview);
    const ActionRunRow failed = OK(store->actionRun(r.at(0).id));
    QCOMPARE(failed.errorClass, QStringLiteral("permanent"));
    QCOMPARE(failed.errorReason, QStringLiteral("No associated contact."));
    QVERIFY(!store->finishActionRun(424242, ActionStatus::Done, QString(), QString(), QString(),
                                    QString(), QString()));
}

void TestLedger::retryDropsAnUnsentPlan()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), oneAction()));
    const qint64 run = OK(store->actionRuns(e.id)).at(0).id;
    DONE(store->savePlan(run, planFor(run, 2), {QStringLiteral("Customer: new")}));
    DONE(store->recordAttempt(
        attempt(run, QStringLiteral("transient"), QDateTime::currentDateTimeUtc(), -1)));
    // Only a failed run can be retried.
    const Status early = store->retryActionRun(run);
    QVERIFY(!early);
    QVERIFY2(early.reason().contains(QStringLiteral("Only a failed action")),
             qPrintable(early.reason()));
    DONE(store->finishActionRun(run, ActionStatus::Failed, QStringLiteral("transient"),
                                QStringLiteral("Bookflow kept trying for 3 days and gave up."),
                                QString(), QString(), QString()));
    QCOMPARE(OK(store->enrollment(e.id)).status, EnrollmentStatus::NeedsReview);
    QCOMPARE(OK(store->needsReview()).size(), 1);

    // Nothing of the plan left Bookflow: it is dropped and the action is planned afresh.
    DONE(store->retryActionRun(run));
    const ActionRunRow retried = OK(store->actionRun(run));
    QCOMPARE(retried.status, ActionStatus::Pending);
    QVERIFY(OK(store->steps(run)).isEmpty());
    QVERIFY(retried.notes.isEmpty());
    QVERIFY(retried.errorClass.isEmpty() && retried.errorReason.isEmpty());
    QCOMPARE(retried.attempts, 0);
    QVERIFY(!retried.firstAttemptAt.isValid());
    QCOMPARE(OK(store->attempts(run)).size(), 1); // the earlier try stays in the history
    QCOMPARE(OK(store->enrollment(e.id)).status, EnrollmentStatus::Active);
    QVERIFY(OK(store->needsReview()).isEmpty());
    QCOMPARE(idsOf(OK(store->dueActionRuns(QDateTime::currentDateTimeUtc(), 10))),
             QVector<qint64>({run}));
    // The same request ids can be planned again (they never reached QuickBooks).
    DONE(store->savePlan(run, planFor(run, 2), {}));
}

void TestLedger::retryKeepsAPlanThatLeftBookflow()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), oneAction()));
    const qint64 run = OK(store->actionRuns(e.id)).at(0).id;
    const QStringList notes = {QStringLiteral("Customer: “Jane Doe” (id 58)")};
    DONE(store->savePlan(run, planFor(run, 4), notes));
    const QVector<StepRow> steps = OK(store->steps(run));
    // Step 0 created, step 1 refused by QuickBooks, step 2 sent with no answer, step 3 unsent.
    DONE(store->markSent({steps.at(0).id}, QStringLiteral("batch-1")));
    DONE(store->markStepDone(steps.at(0).id, QStringLiteral("77"), QString()));
    DONE(store->markSent({steps.at(1).id, steps.at(2).id}, QStringLiteral("batch-2")));
    DONE(store->markStepFailed(steps.at(1).id));
    const QDateTime sent2 = OK(store->steps(run)).at(2).sentAt;
    DONE(store->finishActionRun(run, ActionStatus::Failed, QStringLiteral("permanent"),
                                QStringLiteral("The customer is inactive."), QString(), QString(),
                                QString()));

    DONE(store->retryActionRun(run));
    const ActionRunRow retried = OK(store->actionRun(run));
    QCOMPARE(retried.status, ActionStatus::Running); // goes on where it stopped
    QCOMPARE(retried.notes, notes);
    const QVector<StepRow> kept = OK(store->steps(run));
    QCOMPARE(kept.size(), 4);
    for (int i : {0, 2, 3})
        QCOMPARE(kept.at(i).requestId, steps.at(i).requestId); // resent identically
    // The refused step goes out under a new requestid (QuickBooks would replay the refusal for
    // the old one), derived from the old one and the run's new generation.
    QCOMPARE(retried.generation, 1);
    QCOMPARE(kept.at(1).requestId,
             QUuid::createUuidV5(QUuid::fromString(steps.at(1).requestId),
                                 QStringLiteral("retry 1"))
                 .toString(QUuid::WithoutBraces));
    QVERIFY(kept.at(1).requestId != steps.at(1).requestId);
    QCOMPARE(kept.at(0).state, StepState::Done);
    QCOMPARE(kept.at(0).resultId, QStringLiteral("77"));
    QCOMPARE(kept.at(1).state, StepState::Planned); // refused: nothing was created, send again
    QVERIFY(kept.at(1).batchId.isEmpty() && !kept.at(1).sentAt.isValid());
    QCOMPARE(kept.at(2).state, StepState::Sent); // may exist in QuickBooks: resend, same id
    QCOMPARE(kept.at(2).batchId, QStringLiteral("batch-2"));
    QCOMPARE(kept.at(2).sentAt, sent2);
    QCOMPARE(kept.at(3).state, StepState::Planned);
    QCOMPARE(OK(store->enrollment(e.id)).status, EnrollmentStatus::Active);
    QCOMPARE(idsOf(OK(store->dueActionRuns(QDateTime::currentDateTimeUtc(), 10))),
             QVector<qint64>({run}));
    // Still planned: a second plan is refused.
    QVERIFY(!store->savePlan(run, planFor(run + 50, 1), {}));
}

void TestLedger::pauseAndResumeByConnection()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const auto runOf = [&](const QString &record, const QString &connection) {
        const EnrollmentRow e =
            OK(store->enroll(Workflow1, 1, ObjectType::Deal, record, oneAction(connection)));
        const QVector<ActionRunRow> runs = OK(store->actionRuns(e.id));
        return runs.isEmpty() ? qint64(0) : runs.at(0).id;
    };
    const qint64 pending = runOf(QStringLiteral("deal-1"), CompanyA);
    const qint64 running = runOf(QStringLiteral("deal-2"), CompanyA);
    const qint64 waiting = runOf(QStringLiteral("deal-3"), CompanyA);
    const qint64 done = runOf(QStringLiteral("deal-4"), CompanyA);
    const qint64 elsewhere = runOf(QStringLiteral("deal-5"), CompanyB);
    DONE(store->savePlan(running, planFor(running, 1), {}));
    DONE(store->scheduleRetry(waiting, QDateTime::currentDateTimeUtc().addSecs(3600),
                              QStringLiteral("transient"), QStringLiteral("Timed out.")));
    DONE(store->finishActionRun(done, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("1"), QString()));

    const QString reason = QStringLiteral("QuickBooks no longer accepts the sign-in for Demo Co.");
    DONE(store->pauseActionRuns(CompanyA, reason));
    for (const qint64 id : {pending, running, waiting}) {
        const ActionRunRow r = OK(store->actionRun(id));
        QCOMPARE(r.status, ActionStatus::Paused);
        QCOMPARE(r.errorClass, QStringLiteral("needsReconnect"));
        QCOMPARE(r.errorReason, reason);
        QVERIFY(!r.nextAttemptAt.isValid());
    }
    QCOMPARE(OK(store->actionRun(done)).status, ActionStatus::Done);
    QCOMPARE(OK(store->actionRun(elsewhere)).status, ActionStatus::Pending);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))), QVector<qint64>({elsewhere}));
    // A retry scheduled while paused (a request that was already under way) keeps it paused.
    DONE(store->scheduleRetry(running, now, QStringLiteral("transient"), QStringLiteral("x")));
    QCOMPARE(OK(store->actionRun(running)).status, ActionStatus::Paused);
    QCOMPARE(OK(store->actionRun(running)).errorReason, reason);

    DONE(store->resumeActionRuns(CompanyA));
    QCOMPARE(OK(store->actionRun(pending)).status, ActionStatus::Pending);
    QCOMPARE(OK(store->actionRun(running)).status, ActionStatus::Running); // it has a plan
    QCOMPARE(OK(store->actionRun(waiting)).status, ActionStatus::Pending); // due at once
    for (const qint64 id : {pending, running, waiting}) {
        const ActionRunRow r = OK(store->actionRun(id));
        QVERIFY(!r.nextAttemptAt.isValid());
        QVERIFY(r.errorClass.isEmpty() && r.errorReason.isEmpty());
    }
    QCOMPARE(idsOf(OK(store->dueActionRuns(now, 10))),
             QVector<qint64>({pending, running, waiting, elsewhere}));
    QCOMPARE(OK(store->actionRun(done)).status, ActionStatus::Done);
    // An empty reason still says something.
    DONE(store->pauseActionRuns(CompanyB, QString()));
    QVERIFY(!OK(store->actionRun(elsewhere)).errorReason.isEmpty());
}

void TestLedger::cursorsAndRecordMemory()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    QVERIFY(store->createWorkflow(sampleWorkflow(Workflow1)));

    QVERIFY(!OK(store->cursor(Workflow1)).has_value());
    const QDateTime t1(QDate(2024, 5, 1), QTime(8, 0, 0, 123), Qt::UTC);
    DONE(store->setCursor(Workflow1, t1));
    QCOMPARE(OK(store->cursor(Workflow1)).value(), t1);
    // Kept in UTC whatever the zone it was given in.
    DONE(store->setCursor(Workflow1, t1.addSecs(90).toOffsetFromUtc(2 * 3600)));
    const QDateTime read = OK(store->cursor(Workflow1)).value();
    QCOMPARE(read, t1.addSecs(90));
    QCOMPARE(read.timeSpec(), Qt::UTC);
    const Status unknown = store->setCursor(Workflow2, t1);
    QVERIFY(!unknown);
    QVERIFY2(unknown.reason().contains(Workflow2), qPrintable(unknown.reason()));
    QVERIFY(!store->setCursor(Workflow1, QDateTime()));

    const QString record = QStringLiteral("deal-1");
    QVERIFY(!OK(store->recordMemory(Workflow1, record)).has_value());
    RecordMemory memory;
    memory.matching = true;
    memory.reenrollValues = {{QStringLiteral("amount"), QStringLiteral("1200.50")},
                             {QStringLiteral("dealstage"), QJsonValue::Null}};
    DONE(store->setRecordMemory(Workflow1, record, memory));
    QCOMPARE(OK(store->recordMemory(Workflow1, record)).value(), memory);
    memory.matching = false;
    DONE(store->setRecordMemory(Workflow1, record, memory));
    QCOMPARE(OK(store->recordMemory(Workflow1, record)).value(), memory);
    QVERIFY(!store->setRecordMemory(Workflow2, record, memory));
    QVERIFY(!store->setRecordMemory(Workflow1, QString(), memory));

    // The baseline at publishing: thousands of records in one go, replacing what was there.
    QVector<QPair<QString, RecordMemory>> many;
    for (int i = 0; i < 5000; ++i) {
        RecordMemory m;
        m.matching = i % 3 == 0;
        m.reenrollValues = {{QStringLiteral("amount"), QString::number(i)}};
        many.append({QStringLiteral("deal-%1").arg(i), m});
    }
    DONE(store->setRecordMemories(Workflow1, many));
    for (const int i : {0, 1, 2, 1234, 4999}) {
        QCOMPARE(OK(store->recordMemory(Workflow1, QStringLiteral("deal-%1").arg(i))).value(),
                 many.at(i).second);
    }
    SqlFile file(store->databasePath());
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM record_memory")).toInt(), 5000);
    QCOMPARE(file.scalar(QStringLiteral("SELECT count(*) FROM record_memory WHERE matching = 1"))
                 .toInt(),
             1667);
    // All or nothing: one bad row and none is written.
    QVector<QPair<QString, RecordMemory>> broken = {{QStringLiteral("deal-new"), memory},
                                                    {QString(), memory}};
    QVERIFY(!store->setRecordMemories(Workflow1, broken));
    QVERIFY(!OK(store->recordMemory(Workflow1, QStringLiteral("deal-new"))).has_value());
    DONE(store->setRecordMemories(Workflow1, {}));
}

void TestLedger::removingAWorkflowKeepsItsHistory()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    QVERIFY(store->createWorkflow(sampleWorkflow(Workflow1)));
    DONE(store->setCursor(Workflow1, QDateTime::currentDateTimeUtc()));
    DONE(store->setRecordMemory(Workflow1, QStringLiteral("quote-1"), RecordMemory{true, {}}));
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Quote, QStringLiteral("quote-1"), oneAction()));
    DONE(store->finishActionRun(OK(store->actionRuns(e.id)).at(0).id, ActionStatus::Done, QString(),
                                QString(), QStringLiteral("Invoice"), QStringLiteral("130"),
                                QStringLiteral("1006")));

    QVERIFY(store->removeWorkflow(Workflow1));
    // What was created in QuickBooks stays in the history; the polling state goes.
    const QVector<HistoryEntry> history = OK(store->history(Workflow1));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).actions.at(0).documentNumber, QStringLiteral("1006"));
    QVERIFY(!OK(store->cursor(Workflow1)).has_value());
    QVERIFY(!OK(store->recordMemory(Workflow1, QStringLiteral("quote-1"))).has_value());
    // A workflow imported again under that id goes on numbering: its requestids never repeat.
    QCOMPARE(
        OK(store->enroll(Workflow1, 1, ObjectType::Quote, QStringLiteral("quote-1"), oneAction()))
            .enrollmentNo,
        2);
}

void TestLedger::historyNewestFirst()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    QVERIFY(OK(store->history()).isEmpty());
    const EnrollmentRow first =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), twoActions()));
    const EnrollmentRow second =
        OK(store->enroll(Workflow2, 2, ObjectType::Payment, QStringLiteral("pay-1"), oneAction()));
    const EnrollmentRow third =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-2"), twoActions()));
    const EnrollmentRow empty =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-3"), {}));
    const QVector<ActionRunRow> runs = OK(store->actionRuns(first.id));
    DONE(store->finishActionRun(runs.at(1).id, ActionStatus::Failed, QStringLiteral("permanent"),
                                QStringLiteral("Line “Widget” matches no product."), QString(),
                                QString(), QString()));

    const QVector<HistoryEntry> all = OK(store->history());
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).enrollment.id, empty.id);
    QCOMPARE(all.at(1).enrollment.id, third.id);
    QCOMPARE(all.at(2).enrollment.id, second.id);
    QCOMPARE(all.at(3).enrollment.id, first.id);
    QVERIFY(all.at(0).actions.isEmpty());
    QCOMPARE(all.at(2).enrollment.objectType, ObjectType::Payment);
    QCOMPARE(all.at(2).enrollment.version, 2);
    QCOMPARE(all.at(3).actions.size(), 2);
    QCOMPARE(all.at(3).actions.at(0).actionId, QStringLiteral("a1")); // in action order
    QCOMPARE(all.at(3).actions.at(1).status, ActionStatus::Failed);
    QCOMPARE(all.at(3).actions.at(1).errorReason,
             QStringLiteral("Line “Widget” matches no product."));

    const QVector<HistoryEntry> one = OK(store->history(Workflow1));
    QCOMPARE(one.size(), 3);
    for (const HistoryEntry &entry : one)
        QCOMPARE(entry.enrollment.workflowId, Workflow1);
    const QVector<HistoryEntry> limited = OK(store->history(QString(), 2));
    QCOMPARE(limited.size(), 2);
    QCOMPARE(limited.at(1).enrollment.id, third.id);
    QCOMPARE(limited.at(1).actions.size(), 2); // the limit counts enrollments, not runs
    QVERIFY(OK(store->history(QStringLiteral("nobody"))).isEmpty());

    // Needs review: enrollments with a failed action, even while another action is still to run.
    const QVector<HistoryEntry> review = OK(store->needsReview());
    QCOMPARE(review.size(), 1);
    QCOMPARE(review.at(0).enrollment.id, first.id);
    QCOMPARE(review.at(0).enrollment.status, EnrollmentStatus::Active);
    QCOMPARE(review.at(0).actions.size(), 2);
}

void TestLedger::csvQuotesAndGuards()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 2, ObjectType::Quote, QStringLiteral("quote-7"), twoActions()));
    const QVector<ActionRunRow> runs = OK(store->actionRuns(e.id));
    DONE(store->recordAttempt(
        attempt(runs.at(0).id, QStringLiteral("done"), QDateTime::currentDateTimeUtc())));
    DONE(store->finishActionRun(runs.at(0).id, ActionStatus::Done, QString(), QString(),
                                QStringLiteral("Invoice"), QStringLiteral("130"),
                                QStringLiteral("1006")));
    DONE(store->finishActionRun(
        runs.at(1).id, ActionStatus::Failed, QStringLiteral("permanent"),
        QStringLiteral("Customer “O'Brien, Café” said \"no\"\nand then =SUM(A1)"), QString(),
        QString(), QStringLiteral("=HYPERLINK(\"x\")")));
    OK(store->enroll(Workflow2, 1, ObjectType::Deal, QStringLiteral("-5"), {}));

    QBuffer all;
    QVERIFY(all.open(QIODevice::WriteOnly));
    DONE(store->writeHistoryCsv(QString(), all));
    const QString text = QString::fromUtf8(all.data());
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header, 3 rows, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QStringLiteral("Enrolled at,Workflow id,Version,Object type,Object id,"
                                         "Enrollment no,Action id,Status,Document type,Document "
                                         "number,Document id,Attempts,Error class,Reason"));
    // Newest first: the empty enrollment of the other workflow, with a guarded record id.
    QVERIFY2(lines.at(1).contains(QStringLiteral(",1,deal,'-5,1,,Done,,,,,,")),
             qPrintable(lines.at(1)));
    const QString enrolledAt = e.enrolledAt.toString(Qt::ISODate);
    QCOMPARE(lines.at(2), enrolledAt + QStringLiteral(",%1,2,quote,quote-7,1,a1,Done,Invoice,1006,"
                                                      "130,1,,")
                                           .arg(Workflow1));
    // Comma, quote and line break: one quoted field, quotes doubled, the break kept inside.
    QCOMPARE(lines.at(3),
             enrolledAt + QStringLiteral(",%1,2,quote,quote-7,1,a2,Failed,,\"'=HYPERLINK"
                                         "(\"\"x\"\")\",,0,permanent,\"Customer "
                                         "“O'Brien, Café” said \"\"no\"\"\nand then "
                                         "=SUM(A1)\"")
                              .arg(Workflow1));
    // UTF-8 on the wire.
    QVERIFY(all.data().contains("Caf\xc3\xa9"));

    QBuffer one;
    QVERIFY(one.open(QIODevice::WriteOnly));
    DONE(store->writeHistoryCsv(Workflow2, one));
    QCOMPARE(QString::fromUtf8(one.data()).count(QStringLiteral("\r\n")), 2);

    QBuffer closed;
    QVERIFY(!store->writeHistoryCsv(QString(), closed));
}

void TestLedger::reopeningKeepsTheLedger()
{
    QTemporaryDir tmp;
    qint64 enrollmentId = 0;
    QVector<StepRow> steps;
    {
        auto store = open(tmp.path());
        QVERIFY(store);
        QVERIFY(store->createWorkflow(sampleWorkflow(Workflow1)));
        const EnrollmentRow e = OK(store->enroll(Workflow1, 1, ObjectType::Quote,
                                                 QStringLiteral("quote-1"), twoActions()));
        enrollmentId = e.id;
        const qint64 run = OK(store->actionRuns(e.id)).at(0).id;
        DONE(store->savePlan(run, planFor(run, 2), {QStringLiteral("note")}));
        steps = OK(store->steps(run));
        DONE(store->markSent({steps.at(0).id}, QStringLiteral("b")));
        DONE(store->setCursor(Workflow1, QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC)));
        DONE(store->setRecordMemory(Workflow1, QStringLiteral("quote-1"), RecordMemory{true, {}}));
    }
    // A crash right after "sent": the reopened ledger knows exactly what may be in QuickBooks.
    auto store = open(tmp.path());
    QVERIFY(store);
    QCOMPARE(store->migrationsApplied(), 0);
    const QVector<ActionRunRow> runs = OK(store->actionRuns(enrollmentId));
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).status, ActionStatus::Running);
    QCOMPARE(runs.at(0).notes, QStringList({QStringLiteral("note")}));
    const QVector<StepRow> read = OK(store->steps(runs.at(0).id));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).state, StepState::Sent);
    QCOMPARE(read.at(0).batchId, QStringLiteral("b"));
    QCOMPARE(read.at(0).requestId, steps.at(0).requestId);
    QCOMPARE(read.at(0).body, steps.at(0).body);
    QCOMPARE(read.at(1).state, StepState::Planned);
    QCOMPARE(idsOf(OK(store->dueActionRuns(QDateTime::currentDateTimeUtc(), 5))),
             QVector<qint64>({runs.at(0).id}));
    QCOMPARE(OK(store->cursor(Workflow1)).value(),
             QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC));
    QVERIFY(OK(store->recordMemory(Workflow1, QStringLiteral("quote-1"))).value().matching);
    QCOMPARE(OK(store->latestEnrollment(Workflow1, QStringLiteral("quote-1")))->id, enrollmentId);
}

void TestLedger::damagedRowsAreReported()
{
    QTemporaryDir tmp;
    auto store = open(tmp.path());
    QVERIFY(store);
    const EnrollmentRow e =
        OK(store->enroll(Workflow1, 1, ObjectType::Deal, QStringLiteral("deal-1"), oneAction()));
    const qint64 run = OK(store->actionRuns(e.id)).at(0).id;
    DONE(store->savePlan(run, planFor(run, 1), {}));
    {
        SqlFile file(store->databasePath());
        QCOMPARE(file.run(QStringLiteral("UPDATE action_runs SET notes = 'not json'")), QString());
        QCOMPARE(file.run(QStringLiteral("UPDATE steps SET body = '[1, 2]'")), QString());
    }
    const Result<ActionRunRow> r = store->actionRun(run);
    QVERIFY(!r);
    QVERIFY2(r.reason().contains(QStringLiteral("action run %1").arg(run)) &&
                 r.reason().contains(QStringLiteral("damaged")),
             qPrintable(r.reason()));
    QVERIFY(!store->history());
    const Result<QVector<StepRow>> s = store->steps(run);
    QVERIFY(!s);
    QVERIFY2(s.reason().contains(QStringLiteral("not a JSON object")), qPrintable(s.reason()));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
