#pragma once

#include "core/workflow/review.h"
#include "core/workflow/workflow.h"

#include <QDialog>
#include <QString>
#include <QVector>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QVBoxLayout;
class QWidget;

namespace bookflow {

class Store;
class Workspace;
class WorkflowDocument;

// "Review and publish" (UI.md; PRODUCT.md §2) for the draft being edited.
//
// Lists what review(workflow, connections) finds — ✖ errors block publishing, ⚠ warnings don't —
// each with its one-click fix (applied through the document, so Undo takes it back) or, for an
// action's problem without one, "Show" (showActionRequested). The list follows every change of
// the document.
//
// Below, the enroll-existing question for a workflow that was never turned on: how many records
// already meet the triggers (counted on the Interactive lane exactly as the poller would decide:
// HubSpot search, then the evaluator) and whether they enroll when it turns on.
//
// "Publish" saves the draft and freezes it as the next version; "Publish and turn on" then does
// what `bookflow-cli on --enroll-existing yes|no` does — the start (backfill or baseline) and
// enabling — on the Engine lane, with progress shown. When the draft equals the latest version
// there is nothing to publish and the second button is "Turn on"; when the workflow is on already
// it is hidden (a new version takes over at once).
//
// Object names: "reviewItem" rows (properties "code", "severity" = "error"|"warning",
// "actionId") with "reviewItemMessage", "reviewFixButton" and "reviewShowButton";
// "reviewSummary", "enrollQuestion", "enrollNo", "enrollYes", "publishProgress",
// "publishStatus", "cancelButton", "publishButton", "publishAndTurnOnButton".
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(Store &store, Workspace &workspace, WorkflowDocument *document,
                 QWidget *parent = nullptr);
    ~ReviewDialog() override;

    // What the list shows now.
    QVector<ReviewItem> items() const { return m_items; }
    bool hasErrors() const;
    // The records that already meet the triggers: -1 while counting, when the count failed, or
    // when the question doesn't apply (the workflow was turned on before).
    int existingCount() const { return m_existingCount; }
    bool isCounting() const { return m_counting; }
    // Publishing or turning on is in progress.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Reads the review again (the connections may have changed); the count follows the triggers.
    void refresh();
    void publish();
    void publishAndTurnOn();
    // Refused while turning on: the work can't be stopped halfway, and its outcome must be seen.
    void reject() override;

Q_SIGNALS:
    // "Show" on a problem of this action: the editor selects its card.
    void showActionRequested(const QString &actionId);
    // "Show" on a problem of trigger group `group` (0-based; -1: the triggers as a whole).
    void showTriggersRequested(int group);
    // A version was published (`version`); `turnedOn`: the workflow is on now (turned on here,
    // or already on, in which case the new version took over). Also sent by "Turn on" without
    // publishing, with the latest version, and with `turnedOn` false when publishing worked but
    // turning on failed (the dialog then stays open with the reason).
    void published(int version, bool turnedOn);

private:
    void buildUi();
    void rebuildItems();
    QWidget *makeRow(const ReviewItem &item);
    void applyFix(const ReviewItem &item);
    void readWorkflowState();
    void updateEnrollSection();
    void updateButtons();
    void startCount();
    void finishCount(int generation, bool ok, int count, const QString &reason);
    void run(bool turnOn);
    void turnOn(int version, bool enrollExisting);
    void setBusy(bool busy, const QString &status);
    void showFailure(const QString &message);
    QString noun(bool plural) const;

    Store &m_store;
    Workspace &m_workspace;
    WorkflowDocument *m_document = nullptr;

    QVector<ReviewItem> m_items;
    // The workflow as the store has it: published version, on/off, started before.
    int m_publishedVersion = 0;
    bool m_enabled = false;
    bool m_started = false;
    bool m_changedSincePublished = true;

    // The enroll-existing count, for the triggers it was made for.
    QVector<FilterGroup> m_countedTriggers;
    bool m_countedOnce = false;
    int m_countGeneration = 0;
    bool m_counting = false;
    int m_existingCount = -1;
    QString m_countFailure;

    bool m_busy = false;
    bool m_finished = false; // published (and turned on, or failed to): only Close is left

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_itemsBox = nullptr;
    QVBoxLayout *m_itemsLayout = nullptr;
    QWidget *m_enrollSection = nullptr;
    QLabel *m_enrollQuestion = nullptr;
    QButtonGroup *m_enrollGroup = nullptr;
    QRadioButton *m_enrollNo = nullptr;
    QRadioButton *m_enrollYes = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_publishAndTurnOn = nullptr;
};

} // namespace bookflow
