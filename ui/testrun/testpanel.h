#pragma once

#include "core/engine/liverun.h"
#include "core/engine/recordsearch.h"
#include "core/engine/testrunner.h"
#include "core/workflow/workflow.h"

#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace bookflow {

class Store;
class Workspace;
class WorkflowDocument;

// "Test a record" (UI.md; PRODUCT.md §3) for the workflow being edited.
//
// The record picker searches HubSpot for records of the workflow's type by name or id as the
// person types (after a short pause; "Searching…" meanwhile; on the Interactive lane). "Run test"
// dry-runs the draft — not the published version — on the chosen record (TestRunner on the
// Interactive lane) and shows each filter ✓/✗ with the record's value, whether the record meets
// the triggers, each action's outcome, its look-up notes and each request body (pretty JSON,
// collapsed until asked for), and that nothing was written.
//
// "Run for real on this record…" asks first, naming the QuickBooks company and whether it is a
// sandbox or a production company (and saying so when the draft has unpublished changes: the
// live run uses the published version), then does what `bookflow-cli test ID --record X --live`
// does (LiveRun on the Engine lane) and shows the documents created or why not.
//
// A widget, to sit in the editor; openDialog() shows it in a window of its own.
//
// Object names: "recordSearch", "recordResults" (items carry the record id in Qt::UserRole),
// "recordSearchStatus", "runTestButton", "testProgress", "testStatus", "testResult" (the
// scroll area) with "triggerRow" labels (property "met"), "triggerVerdict", "actionOutcome"
// labels (property "actionId"), "actionNotes", "requestToggle" buttons and "requestBody" text
// views, "nothingWritten"; "runForRealButton", "runForRealNote", "liveResult".
class TestPanel : public QWidget
{
    Q_OBJECT

public:
    // Answers the "run for real" question: true to go ahead. Gets the question's text.
    using ConfirmationHandler = std::function<bool(const QString &question)>;

    TestPanel(Store &store, Workspace &workspace, WorkflowDocument *document,
              QWidget *parent = nullptr);
    ~TestPanel() override;

    // The panel in a window of its own (not modal; deleted when closed), shown.
    static QDialog *openDialog(Store &store, Workspace &workspace, WorkflowDocument *document,
                               QWidget *parent = nullptr);

    // Replaces the confirmation message box (tests answer without a modal loop).
    void setConfirmationHandler(ConfirmationHandler handler);

    // The record chosen in the picker; empty when none.
    QString chosenRecordId() const;
    // The latest dry run's report, if one finished.
    const std::optional<TestRunner::Report> &lastReport() const { return m_report; }
    // The latest run for real, if one finished.
    const std::optional<LiveRun::Outcome> &lastLiveRun() const { return m_liveOutcome; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Searches now (without waiting for the typing pause).
    void search();
    void runTest();
    void runForReal();

Q_SIGNALS:
    void testFinished(bool ok);
    void liveRunFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void showSearchResult(int generation, const QString &text,
                          const ApiResult<QVector<RecordChoice>> &result);
    void showReport(const Workflow &workflow, const TestRunner::Report &report);
    void showLiveOutcome(const LiveRun::Outcome &outcome);
    QWidget *actionBlock(int index, const Workflow &workflow,
                         const TestRunner::ActionReport &action);
    void clearResult();
    void setBusy(bool busy, const QString &status);
    void updateButtons();
    // The question asked before a run for real, or why there can't be one (`why` set).
    QString liveQuestion(QString *why) const;
    void startLiveRun();
    QString noun(bool plural) const;

    Store &m_store;
    Workspace &m_workspace;
    WorkflowDocument *m_document = nullptr;
    ConfirmationHandler m_confirm;

    int m_searchGeneration = 0;
    bool m_busy = false;
    QString m_testedRecordLabel;
    std::optional<TestRunner::Report> m_report;
    std::optional<LiveRun::Outcome> m_liveOutcome;

    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_searchStatus = nullptr;
    QListWidget *m_results = nullptr;
    QPushButton *m_runTest = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_resultArea = nullptr;
    QWidget *m_resultBox = nullptr;
    QVBoxLayout *m_resultLayout = nullptr;
    QPushButton *m_runForReal = nullptr;
    QLabel *m_runForRealNote = nullptr;
    QLabel *m_liveResult = nullptr;
};

} // namespace bookflow
