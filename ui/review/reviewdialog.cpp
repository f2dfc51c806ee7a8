#include "ui/review/reviewdialog.h"

#include "core/engine/poller.h"
#include "core/store/store.h"
#include "core/workflow/recordnoun.h"
#include "ui/editor/workflowdocument.h"
#include "ui/icons.h"
#include "ui/testrun/sessionjob.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace bookflow {

namespace {

QLabel *severityIcon(ReviewItem::Severity severity, QWidget *parent)
{
    auto *label = new QLabel(parent);
    const bool isError = severity == ReviewItem::Severity::Error;
    const QIcon icon =
        bookflow::icon(isError ? QStringLiteral("error") : QStringLiteral("warning"));
    const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
    if (icon.isNull()) {
        // The icon set is drawn elsewhere; until it is, the sign still says which is which.
        label->setText(isError ? QStringLiteral("✖") : QStringLiteral("⚠"));
    } else {
        label->setPixmap(icon.pixmap(size, size));
    }
    label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    label->setMinimumWidth(size + 4);
    label->setAccessibleName(isError ? ReviewDialog::tr("Error") : ReviewDialog::tr("Warning"));
    return label;
}

} // namespace

ReviewDialog::ReviewDialog(Store &store, Workspace &workspace, WorkflowDocument *document,
                           QWidget *parent)
    : QDialog(parent), m_store(store), m_workspace(workspace), m_document(document)
{
    setObjectName(QStringLiteral("reviewDialog"));
    buildUi();
    connect(m_document, &WorkflowDocument::changed, this, &ReviewDialog::refresh);
    // The editor closing its document closes its review too.
    connect(m_document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        m_busy = false;
        reject();
    });
    refresh();
    // As tall as what it finds (a short list leaves no empty box), at most the size it used to
    // open at; a long list scrolls.
    resize(640, std::min(sizeHint().height(), 480));
}

ReviewDialog::~ReviewDialog() = default;

bool ReviewDialog::hasErrors() const
{
    return WorkflowReview::hasErrors(m_items);
}

void ReviewDialog::buildUi()
{
    setWindowTitle(tr("Review and publish"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewItemsArea"));
    scroll->setAccessibleName(tr("Problems found"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_itemsBox = new QWidget(scroll);
    m_itemsBox->setObjectName(QStringLiteral("reviewItems"));
    m_itemsLayout = new QVBoxLayout(m_itemsBox);
    m_itemsLayout->setSpacing(10);
    m_itemsLayout->addStretch(1);
    scroll->setWidget(m_itemsBox);
    scroll->setMinimumHeight(120);
    layout->addWidget(scroll, 1);
    // Takes the room of the list while it is hidden (nothing found), keeping the question and
    // the buttons at the bottom.
    layout->addStretch(0);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_enrollSection = new QWidget(this);
    m_enrollSection->setObjectName(QStringLiteral("enrollSection"));
    auto *enrollLayout = new QVBoxLayout(m_enrollSection);
    enrollLayout->setContentsMargins(0, 0, 0, 0);
    enrollLayout->setSpacing(6);
    m_enrollQuestion = new QLabel(m_enrollSection);
    m_enrollQuestion->setObjectName(QStringLiteral("enrollQuestion"));
    m_enrollQuestion->setWordWrap(true);
    enrollLayout->addWidget(m_enrollQuestion);
    m_enrollNo = new QRadioButton(m_enrollSection);
    m_enrollNo->setObjectName(QStringLiteral("enrollNo"));
    m_enrollNo->setAccessibleName(tr("Don't enroll the records that already meet the triggers"));
    m_enrollNo->setChecked(true); // the safe choice: nothing old is sent to QuickBooks
    m_enrollYes = new QRadioButton(m_enrollSection);
    m_enrollYes->setObjectName(QStringLiteral("enrollYes"));
    m_enrollYes->setAccessibleName(tr("Enroll the records that already meet the triggers"));
    m_enrollGroup = new QButtonGroup(this);
    m_enrollGroup->addButton(m_enrollNo);
    m_enrollGroup->addButton(m_enrollYes);
    enrollLayout->addWidget(m_enrollNo);
    enrollLayout->addWidget(m_enrollYes);
    layout->addWidget(m_enrollSection);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0); // how long HubSpot takes is unknown: a busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    layout->addLayout(progressRow);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::ActionRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setAccessibleName(tr("Publish"));
    m_publish->setIcon(bookflow::icon(QStringLiteral("publish")));
    m_publishAndTurnOn =
        buttons->addButton(tr("Publish and &turn on"), QDialogButtonBox::AcceptRole);
    m_publishAndTurnOn->setObjectName(QStringLiteral("publishAndTurnOnButton"));
    m_publishAndTurnOn->setAccessibleName(tr("Publish and turn on"));
    m_publishAndTurnOn->setIcon(bookflow::icon(QStringLiteral("on")));
    layout->addWidget(buttons);
    // The button box's own accepted/rejected would close the dialog before the work is done.
    connect(m_cancel, &QPushButton::clicked, this, &ReviewDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &ReviewDialog::publish);
    connect(m_publishAndTurnOn, &QPushButton::clicked, this, &ReviewDialog::publishAndTurnOn);

    setTabOrder(m_enrollNo, m_enrollYes);
    setTabOrder(m_enrollYes, m_cancel);
    setTabOrder(m_cancel, m_publish);
    setTabOrder(m_publish, m_publishAndTurnOn);
}

QString ReviewDialog::noun(bool plural) const
{
    return m_document ? recordNoun(m_document->workflow().objectType, plural) : QString();
}

void ReviewDialog::readWorkflowState()
{
    const Workflow &draft = m_document->workflow();
    m_publishedVersion = 0;
    m_enabled = false;
    m_started = false;
    // A workflow the store doesn't hold yet has never been published or turned on.
    if (const Result<WorkflowSummary> summary = m_store.summary(draft.id)) {
        m_publishedVersion = summary->publishedVersion;
        m_enabled = summary->enabled;
    }
    if (const Result<std::optional<QDateTime>> cursor = m_store.cursor(draft.id))
        m_started = cursor->has_value();
    m_changedSincePublished = true;
    if (m_publishedVersion > 0) {
        const Result<Workflow> latest = m_store.version(draft.id, m_publishedVersion);
        m_changedSincePublished = !latest || *latest != draft;
    }
}

void ReviewDialog::refresh()
{
    if (!m_document)
        return;
    readWorkflowState();
    const Workflow &draft = m_document->workflow();
    m_title->setText(tr("Review “%1”").arg(draft.name));
    const Result<QVector<Connection>> connections = m_store.connections();
    if (connections) {
        m_items = WorkflowReview::review(draft, *connections);
    } else {
        m_items = WorkflowReview::review(draft);
        ReviewItem unreadable;
        unreadable.code = QStringLiteral("connections-unreadable");
        unreadable.message =
            tr("Bookflow couldn't read the connected accounts: %1").arg(connections.reason());
        m_items.prepend(unreadable);
    }
    rebuildItems();
    if (!m_started && (!m_countedOnce || draft.enrollment.filterGroups != m_countedTriggers))
        startCount();
    updateEnrollSection();
    updateButtons();
}

void ReviewDialog::rebuildItems()
{
    // Old rows leave the widget tree at once (nothing finds them any more) and are deleted
    // later: the button whose click led here may be one of them.
    const QList<QWidget *> old = m_itemsBox->findChildren<QWidget *>(QStringLiteral("reviewItem"),
                                                                     Qt::FindDirectChildrenOnly);
    for (QWidget *row : old) {
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
    }
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const ReviewItem &item = m_items.at(i);
        (item.isError() ? errors : warnings) += 1;
        m_itemsLayout->insertWidget(i, makeRow(item));
    }
    // An empty framed box would look like something failed to load; the summary says it all.
    if (auto *area = findChild<QScrollArea *>(QStringLiteral("reviewItemsArea")))
        area->setVisible(!m_items.isEmpty());

    QStringList summary;
    if (errors == 0 && warnings == 0)
        summary << tr("No problems found. The workflow is ready to publish.");
    if (errors == 1)
        summary << tr("1 problem must be fixed before the workflow can be published.");
    else if (errors > 1)
        summary
            << tr("%1 problems must be fixed before the workflow can be published.").arg(errors);
    if (warnings == 1)
        summary << tr("1 warning is worth a look; it doesn't stop publishing.");
    else if (warnings > 1)
        summary << tr("%1 warnings are worth a look; they don't stop publishing.").arg(warnings);
    if (!m_changedSincePublished)
        summary << (m_enabled ? tr("The draft is the same as version %1, which is live: there is "
                                   "nothing to publish.")
                                    .arg(m_publishedVersion)
                              : tr("The draft is the same as version %1: turning the workflow on "
                                   "needs no new version.")
                                    .arg(m_publishedVersion));
    m_summary->setText(summary.join(u' '));
}

QWidget *ReviewDialog::makeRow(const ReviewItem &item)
{
    auto *row = new QFrame(m_itemsBox);
    row->setObjectName(QStringLiteral("reviewItem"));
    row->setProperty("code", item.code);
    row->setProperty("severity",
                     item.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
    row->setProperty("actionId", item.actionId);
    row->setAccessibleName(item.isError() ? tr("Error: %1").arg(item.message)
                                          : tr("Warning: %1").arg(item.message));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(severityIcon(item.severity, row), 0, Qt::AlignTop);

    auto *message = new QLabel(item.message, row);
    message->setObjectName(QStringLiteral("reviewItemMessage"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message, 1);

    QPushButton *button = nullptr;
    if (!item.fixLabel.isEmpty()) {
        button = new QPushButton(item.fixLabel, row);
        button->setObjectName(QStringLiteral("reviewFixButton"));
        button->setAccessibleName(item.fixLabel);
        button->setAccessibleDescription(item.message);
        connect(button, &QPushButton::clicked, this, [this, item] { applyFix(item); });
    } else if (!item.actionId.isEmpty() || item.group >= 0) {
        button = new QPushButton(tr("Show"), row);
        button->setObjectName(QStringLiteral("reviewShowButton"));
        button->setAccessibleName(item.actionId.isEmpty() ? tr("Show the triggers")
                                                          : tr("Show the action"));
        button->setAccessibleDescription(item.message);
        connect(button, &QPushButton::clicked, this, [this, item] {
            if (!item.actionId.isEmpty())
                Q_EMIT showActionRequested(item.actionId);
            else
                Q_EMIT showTriggersRequested(item.group);
        });
    }
    if (button) {
        button->setAutoDefault(false); // Enter keeps meaning the dialog's main button
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    return row;
}

void ReviewDialog::applyFix(const ReviewItem &item)
{
    if (!m_document || m_busy)
        return;
    const std::optional<Workflow> fixed = WorkflowReview::applyFix(m_document->workflow(), item);
    // Through the document: one undo step, and the list follows through changed().
    if (fixed)
        m_document->apply(*fixed, item.fixLabel);
}

void ReviewDialog::startCount()
{
    const Workflow workflow = m_document->workflow();
    m_countedTriggers = workflow.enrollment.filterGroups;
    m_countedOnce = true;
    const int generation = ++m_countGeneration;
    m_existingCount = -1;
    m_countFailure.clear();
    if (workflow.enrollment.filterGroups.isEmpty()) {
        m_counting = false;
        return;
    }
    m_counting = true;
    using Counted = ApiResult<QStringList>;
    m_workspace.post<Counted>(Workspace::Lane::Interactive, this,
                              sessionJob<QStringList>([workflow](RunSession &session) {
                                  return Poller(session).meetingTriggers(workflow);
                              }),
                              [this, generation](Counted counted) {
                                  finishCount(generation, counted.ok(),
                                              counted ? int(counted->size()) : -1,
                                              counted.reason());
                              });
}

void ReviewDialog::finishCount(int generation, bool ok, int count, const QString &reason)
{
    if (generation != m_countGeneration)
        return; // the triggers changed meanwhile; a newer count is on its way
    m_counting = false;
    m_existingCount = ok ? count : -1;
    m_countFailure = ok ? QString() : reason;
    updateEnrollSection();
}

void ReviewDialog::updateEnrollSection()
{
    if (!m_document)
        return;
    const QString many = noun(true);
    m_enrollNo->setText(tr("No, only %1 that meet the triggers from now on").arg(many));
    bool choice = true;
    QString question;
    if (m_started) {
        // Turned on before: the records that met the triggers then were decided then.
        question = tr("This workflow has been on before: only %1 that meet the triggers from now "
                      "on enroll.")
                       .arg(many);
        choice = false;
    } else if (m_document->workflow().enrollment.filterGroups.isEmpty()) {
        question = tr("Add triggers to see how many %1 already meet them.").arg(many);
        choice = false;
    } else if (m_counting) {
        question = tr("Counting the %1 that already meet the triggers…").arg(many);
        m_enrollYes->setText(tr("Yes, enroll them"));
    } else if (!m_countFailure.isEmpty()) {
        question = tr("Bookflow couldn't count the %1 that already meet the triggers: %2\nEnroll "
                      "them when the workflow turns on?")
                       .arg(many, m_countFailure);
        m_enrollYes->setText(tr("Yes, enroll them"));
    } else if (m_existingCount == 0) {
        question = tr("No %1 meet the triggers now, so there is nothing from before to enroll: "
                      "%1 that meet them from now on enroll.")
                       .arg(many);
        choice = false;
    } else if (m_existingCount == 1) {
        question = tr("1 %1 already meets the triggers. Enroll it when the workflow turns on?")
                       .arg(noun(false));
        m_enrollYes->setText(tr("Yes, enroll that %1").arg(noun(false)));
    } else {
        question = tr("%1 %2 already meet the triggers. Enroll them when the workflow turns on?")
                       .arg(m_existingCount)
                       .arg(many);
        m_enrollYes->setText(tr("Yes, enroll those %1").arg(m_existingCount));
    }
    m_enrollQuestion->setText(question);
    m_enrollNo->setVisible(choice);
    m_enrollYes->setVisible(choice);
    if (!choice)
        m_enrollNo->setChecked(true);
    m_enrollNo->setEnabled(!m_busy);
    m_enrollYes->setEnabled(!m_busy);
}

void ReviewDialog::updateButtons()
{
    const bool blocked = m_busy || !m_document || hasErrors();
    // Nothing changed since the latest version: publishing again would freeze an identical copy.
    m_publish->setEnabled(!blocked && m_changedSincePublished);
    m_publish->setToolTip(m_changedSincePublished
                              ? QString()
                              : tr("The draft is the same as version %1.").arg(m_publishedVersion));
    m_publishAndTurnOn->setVisible(!m_enabled);
    m_publishAndTurnOn->setEnabled(!blocked);
    m_publishAndTurnOn->setText(m_changedSincePublished ? tr("Publish and &turn on")
                                                        : tr("&Turn on"));
    m_publishAndTurnOn->setAccessibleName(m_changedSincePublished ? tr("Publish and turn on")
                                                                  : tr("Turn on"));
    QPushButton *main = m_enabled ? m_publish : m_publishAndTurnOn;
    main->setDefault(true);
    m_cancel->setEnabled(!m_busy);
    m_cancel->setText(m_finished ? tr("Close") : tr("Cancel"));
    m_itemsBox->setEnabled(!m_busy);
}

void ReviewDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ReviewDialog::publish()
{
    run(false);
}

void ReviewDialog::publishAndTurnOn()
{
    run(true);
}

void ReviewDialog::run(bool turnOnAfter)
{
    if (!m_document || m_busy || hasErrors())
        return;
    const Workflow draft = m_document->workflow();
    const bool enrollExisting = !m_started && m_enrollYes->isVisible() && m_enrollYes->isChecked();
    int version = m_publishedVersion;
    if (m_changedSincePublished) {
        // What is published is what the store holds: the draft is saved first (created, for a
        // workflow the editor hasn't stored yet).
        const bool stored = m_store.summary(draft.id).ok();
        if (const Status saved = stored ? m_store.saveDraft(draft) : m_store.createWorkflow(draft);
            !saved) {
            showFailure(tr("Bookflow couldn't save the draft, so nothing was published: %1")
                            .arg(saved.reason()));
            return;
        }
        m_document->markSaved();
        const Result<int> published = m_store.publish(draft.id);
        if (!published) {
            showFailure(tr("Nothing was published: %1").arg(published.reason()));
            return;
        }
        version = *published;
    } else if (!turnOnAfter) {
        return;
    }
    if (!turnOnAfter || m_enabled) {
        m_finished = true;
        Q_EMIT published(version, m_enabled);
        accept();
        return;
    }
    turnOn(version, enrollExisting);
}

void ReviewDialog::turnOn(int version, bool enrollExisting)
{
    const QString id = m_document->workflow().id;
    QString status;
    if (m_started)
        status = tr("Version %1 is published. Turning the workflow on…").arg(version);
    else if (enrollExisting)
        status = tr("Version %1 is published. Turning it on and enrolling the %2 that already "
                    "meet the triggers…")
                     .arg(version)
                     .arg(noun(true));
    else
        status = tr("Version %1 is published. Turning it on and noting the %2 that already meet "
                    "the triggers, so that only new ones enroll…")
                     .arg(version)
                     .arg(noun(true));
    setBusy(true, status);
    using Started = ApiResult<Poller::Summary>;
    // The Engine lane: turning on enrolls, and enrolling is the engine's work (one lane writes
    // the ledger, so a poll pass and this never race).
    m_workspace.post<Started>(
        Workspace::Lane::Engine, this,
        sessionJob<Poller::Summary>([id, enrollExisting](RunSession &session) {
            return Poller(session).turnOn(id, enrollExisting);
        }),
        [this, version](Started started) {
            m_finished = true;
            if (!started) {
                setBusy(false, QString());
                showFailure(tr("Version %1 is published, but Bookflow couldn't turn the workflow "
                               "on: %2")
                                .arg(version)
                                .arg(started.reason()));
                Q_EMIT published(version, false);
                refresh(); // the button now offers "Turn on" again
                return;
            }
            setBusy(false, tr("Version %1 is published and on.").arg(version));
            Q_EMIT published(version, true);
            accept();
        });
}

void ReviewDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    updateEnrollSection();
    updateButtons();
}

void ReviewDialog::showFailure(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(true);
    updateButtons();
}

} // namespace bookflow
