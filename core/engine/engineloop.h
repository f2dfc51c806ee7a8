#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace bookflow {

class Workspace;

// The desktop app's background engine (PRODUCT.md §2 "While on, Bookflow polls HubSpot", §4):
// a pass does what `bookflow-cli run --once` does — poll HubSpot for every workflow that is on,
// then send the Executor's due work — on the Workspace's Engine lane, so the window never
// waits. Started, it runs a pass at once and then one every interval, counted from the end of
// the previous pass. Never two passes at once: runNow() during a pass does nothing (the pass in
// progress picks up whatever is due).
//
// Lives on the GUI thread; every signal arrives there.
class EngineLoop : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalSeconds = 60;

    struct PassReport
    {
        QDateTime startedAt;  // UTC, the workspace clock
        QDateTime finishedAt; // UTC
        int enrolled = 0;     // records that enrolled in this pass
        int done = 0;         // actions that created their document
        int failed = 0;       // actions that failed (now under Needs review)
        int retries = 0;      // actions that will be tried again later
        int paused = 0;       // actions waiting for a connection to be reconnected
        // Why the pass, or its look at HubSpot, did not go through, in words; empty when it did.
        // A failed look at HubSpot still sends the work that was due.
        QString error;
        // The pass ended before all due work was sent (stop(), or the workspace closing); the
        // rest is sent by the next pass.
        bool stoppedEarly = false;

        bool ok() const { return error.isEmpty(); }
        // One line a person reads: "2 records enrolled, 3 documents created, 1 failed."
        QString summary() const;
    };

    explicit EngineLoop(Workspace &workspace, QObject *parent = nullptr);
    ~EngineLoop() override;

    // Runs a pass now (unless one is running) and then one every `intervalSeconds` (at least 1)
    // until stop(). Calling it again changes the interval.
    void start(int intervalSeconds = DefaultIntervalSeconds);
    // No more passes on the timer. A pass in progress ends at its next safe point (between two
    // groups of actions; the ledger is never left mid-step) and reports stoppedEarly.
    void stop();
    // A pass now, unless one is in progress.
    void runNow();

    // A pass is in progress.
    bool isRunning() const { return m_running; }
    // start() was called and stop() was not.
    bool isStarted() const { return m_started; }
    int intervalSeconds() const { return m_intervalSeconds; }
    // When the timer starts the next pass (UTC); invalid while a pass runs or when stopped.
    QDateTime nextPassAt() const { return m_nextPassAt; }
    // The last progress text of the pass in progress; empty between passes.
    QString progressText() const { return m_progressText; }
    // The report of the last finished pass, if any.
    std::optional<PassReport> lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void passStarted();
    // What the pass in progress is doing, in words ("Sending to QuickBooks: 12 of 40 actions…").
    void progress(const QString &text);
    void passFinished(const bookflow::EngineLoop::PassReport &report);

private:
    struct PassControl;

    void setProgress(const QString &text);
    void finishPass(const PassReport &report);
    void scheduleNext();

    Workspace &m_workspace;
    QTimer m_timer;
    bool m_started = false;
    bool m_running = false;
    int m_intervalSeconds = DefaultIntervalSeconds;
    QDateTime m_nextPassAt;
    QString m_progressText;
    std::optional<PassReport> m_lastReport;
    std::shared_ptr<PassControl> m_control; // the pass in progress
};

} // namespace bookflow

Q_DECLARE_METATYPE(bookflow::EngineLoop::PassReport)
