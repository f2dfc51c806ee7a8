#include "core/engine/engineloop.h"

#include "core/engine/executor.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/store/store.h"

#include <QLoggingCategory>
#include <QPointer>

#include <atomic>

Q_LOGGING_CATEGORY(lcEngineLoop, "bookflow.engineloop")

namespace bookflow {

namespace {

// The executor works the due actions in groups of this many, so the pass can say how far it got
// and stop between two groups. 30 keeps QuickBooks' /batch calls full (30 items, qbo-api.md §8);
// each group reads its records from HubSpot in one batch.
constexpr int ActionsPerGroup = 30;
// At most this many actions per pass, as `bookflow-cli run` (Executor::runDue's default).
constexpr int MaxActionsPerPass = 100000;

void addError(EngineLoop::PassReport &report, const QString &error)
{
    report.error = report.error.isEmpty() ? error : report.error + u'\n' + error;
}

// One pass, on the Engine lane's thread: `bookflow-cli run --once`, with progress.
EngineLoop::PassReport runPass(WorkspaceContext &ctx, const std::atomic_bool &stop,
                               const std::function<void(const QString &)> &progress)
{
    EngineLoop::PassReport report;
    report.startedAt = ctx.clock().now();
    const auto finished = [&]() {
        report.finishedAt = ctx.clock().now();
        return report;
    };
    if (const Status ready = ctx.ready(); !ready) {
        addError(report, ready.reason());
        return finished();
    }
    // A fresh session per pass: look-ups are cached for one pass only.
    const std::unique_ptr<RunSession> session = ctx.newSession();

    progress(EngineLoop::tr("Checking HubSpot for records that meet the triggers…"));
    Poller poller(*session);
    const ApiResult<Poller::Summary> polled = poller.pollOnce();
    if (polled)
        report.enrolled = polled->enrolled;
    else
        addError(report, EngineLoop::tr("Checking HubSpot failed: %1").arg(polled.reason()));

    // Whatever the poll found, the work already due is sent (as the CLI does).
    Store &store = ctx.store();
    const Result<QVector<ActionRunRow>> due =
        store.dueActionRuns(ctx.clock().now(), MaxActionsPerPass);
    if (!due) {
        addError(report, due.reason());
        return finished();
    }
    const int total = int(due->size());
    Executor executor(*session);
    int budget = MaxActionsPerPass;
    while (budget > 0) {
        const Result<QVector<ActionRunRow>> next = store.dueActionRuns(ctx.clock().now(), 1);
        if (!next) {
            addError(report, next.reason());
            break;
        }
        if (next->isEmpty())
            break;
        if (stop.load() || ctx.stopRequested()) {
            report.stoppedEarly = true;
            break;
        }
        const int handled = report.done + report.failed + report.retries + report.paused;
        progress(handled == 0
                     ? EngineLoop::tr("Sending %n action(s) to QuickBooks…", nullptr, total)
                     : EngineLoop::tr("Sending to QuickBooks: %1 of %2 actions finished…")
                           .arg(handled)
                           .arg(qMax(total, handled + 1)));
        const int group = qMin(ActionsPerGroup, budget);
        const Result<Executor::Summary> sent = executor.runDue(group);
        if (!sent) {
            addError(report,
                     EngineLoop::tr("Sending to QuickBooks stopped: %1").arg(sent.reason()));
            break;
        }
        report.done += sent->done;
        report.failed += sent->failed;
        report.retries += sent->retriesScheduled;
        report.paused += sent->paused;
        budget -= group;
    }
    return finished();
}

} // namespace

struct EngineLoop::PassControl
{
    std::atomic_bool stop{false};
};

QString EngineLoop::PassReport::summary() const
{
    QStringList parts;
    parts << EngineLoop::tr("%n record(s) enrolled", nullptr, enrolled)
          << EngineLoop::tr("%n document(s) created", nullptr, done);
    if (failed > 0)
        parts << EngineLoop::tr("%n failed", nullptr, failed);
    if (retries > 0)
        parts << EngineLoop::tr("%n to try again later", nullptr, retries);
    if (paused > 0)
        parts << EngineLoop::tr("%n waiting for a reconnect", nullptr, paused);
    QString text = parts.join(QStringLiteral(", ")) + u'.';
    if (stoppedEarly)
        text += u' ' + EngineLoop::tr("Stopped before everything due was sent; the next check "
                                      "sends the rest.");
    return text;
}

EngineLoop::EngineLoop(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    qRegisterMetaType<bookflow::EngineLoop::PassReport>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EngineLoop::runNow);
}

EngineLoop::~EngineLoop()
{
    // The pass in progress (if any) ends at its next safe point; its report goes nowhere.
    if (m_control)
        m_control->stop = true;
}

void EngineLoop::start(int intervalSeconds)
{
    m_intervalSeconds = qMax(1, intervalSeconds);
    m_started = true;
    if (m_running)
        return; // the next pass is scheduled when this one finishes
    runNow();
}

void EngineLoop::stop()
{
    m_started = false;
    m_timer.stop();
    m_nextPassAt = QDateTime();
    if (m_control)
        m_control->stop = true;
}

void EngineLoop::runNow()
{
    if (m_running)
        return;
    m_running = true;
    m_timer.stop();
    m_nextPassAt = QDateTime();
    m_progressText.clear();
    auto control = std::make_shared<PassControl>();
    m_control = control;
    Q_EMIT passStarted();

    // Progress is posted to the Workspace (which outlives every job of its lanes) and handed to
    // this loop there only if it still exists: the lane never touches a deleted loop.
    QPointer<EngineLoop> guard(this);
    Workspace *workspace = &m_workspace;
    auto progress = [workspace, guard](const QString &text) {
        QMetaObject::invokeMethod(
            workspace,
            [guard, text] {
                if (guard)
                    guard->setProgress(text);
            },
            Qt::QueuedConnection);
    };
    m_workspace.post<PassReport>(
        Workspace::Lane::Engine, this,
        [control, progress](WorkspaceContext &ctx) {
            return runPass(ctx, control->stop, progress);
        },
        [this](PassReport report) { finishPass(report); });
}

void EngineLoop::setProgress(const QString &text)
{
    if (!m_running)
        return;
    m_progressText = text;
    Q_EMIT progress(text);
}

void EngineLoop::finishPass(const PassReport &report)
{
    m_running = false;
    m_control.reset();
    m_progressText.clear();
    m_lastReport = report;
    qCInfo(lcEngineLoop).noquote()
        << "pass:" << report.enrolled << "enrolled," << report.done << "done," << report.failed
        << "failed," << report.retries << "to retry," << report.paused << "paused"
        << (report.ok() ? QString() : report.error);
    if (m_started)
        scheduleNext();
    Q_EMIT passFinished(report);
}

void EngineLoop::scheduleNext()
{
    m_nextPassAt = QDateTime::currentDateTimeUtc().addSecs(m_intervalSeconds);
    m_timer.start(m_intervalSeconds * 1000);
}

} // namespace bookflow
