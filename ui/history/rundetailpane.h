#pragma once

#include "ui/history/runhistorymodel.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QAction;
class QFormLayout;
class QFrame;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace bookflow {

class Store;

// The run history's detail pane (UI.md "Run history / Needs review"): for the selected action of
// an enrollment, the enrollment, the action's status and document, each step of its plan (state,
// requestid, entity, what QuickBooks gave back), each attempt (time, outcome, HTTP status, code,
// reason), the wait before the next try, the planning notes, the other actions of the
// enrollment, and for a failure its reason and what to do. The page's "Open in QuickBooks" and
// "Retry" actions sit in its button row. Everything is read from the GUI thread's Store (local,
// cheap).
//
// Object names: "runDetail"; "detailPlaceholder", "detailTitle", "detailStatus", "detailProblem"
// (with "detailReason" and "detailAdvice"), "detailOpenButton", "detailRetryButton",
// "detailFacts", "detailOtherActions", "detailSteps", "detailAttempts", "detailNoAttempts",
// "detailNotes".
class RunDetailPane : public QWidget
{
    Q_OBJECT

public:
    // `openAction` and `retryAction` belong to the page; the pane shows them as buttons.
    RunDetailPane(Store &store, QAction *openAction, QAction *retryAction,
                  QWidget *parent = nullptr);

    // Shows `row` (read again from the store for its steps and attempts); nothing: the
    // placeholder.
    void showRow(const std::optional<RunHistoryRow> &row);
    const std::optional<RunHistoryRow> &row() const { return m_row; }
    // Where "Open in QuickBooks" goes for the row shown; empty when there is nowhere to go.
    QUrl documentLink() const { return m_link; }
    // Why there is no link, in words (for the button's tooltip); empty when there is one.
    QString noLinkReason() const { return m_noLinkReason; }

    // Words for the ledger's keys, shared with the tests.
    static QString stepKindText(const StepRow &step);
    static QString stepStateText(StepState state);
    static QString attemptOutcomeText(const QString &outcome);
    static QString shortRequestId(const QString &requestId);

private:
    void fillFacts(const RunHistoryRow &row);
    void fillSteps(const QVector<StepRow> &steps);
    void fillAttempts(const QVector<AttemptRow> &attempts, const QVector<StepRow> &steps);
    void fillProblem(const RunHistoryRow &row);
    void fillOtherActions(const RunHistoryRow &row);
    void fillLink(const RunHistoryRow &row);

    Store &m_store;
    std::optional<RunHistoryRow> m_row;
    QUrl m_link;
    QString m_noLinkReason;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_problem = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_advice = nullptr;
    QFormLayout *m_facts = nullptr;
    QWidget *m_factsBox = nullptr;
    QLabel *m_otherActionsTitle = nullptr;
    QLabel *m_otherActions = nullptr;
    QTableWidget *m_steps = nullptr;
    QLabel *m_noSteps = nullptr;
    QTableWidget *m_attempts = nullptr;
    QLabel *m_noAttempts = nullptr;
    QLabel *m_notesTitle = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace bookflow
