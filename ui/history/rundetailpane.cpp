#include "ui/history/rundetailpane.h"

#include "core/engine/actionrunadvice.h"
#include "core/engine/documentlink.h"
#include "core/net/apierror.h"
#include "core/store/store.h"
#include "ui/icons.h"

#include <QAction>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace bookflow {

namespace {

QLabel *sectionTitle(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The pane scrolls as a whole: each table is as tall as its rows.
void fitHeight(QTableWidget *table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->verticalHeader()->sectionSize(row);
    // Room for the horizontal scroll bar a narrow pane needs, so it never covers the last row.
    if (table->horizontalScrollBar()->maximum() > 0)
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

QTableWidget *detailTable(const QStringList &headers, const QString &objectName,
                          const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    // The table is as tall as its rows: when the columns stop fitting and the scroll bar comes
    // or goes, the height follows.
    QObject::connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, table,
                     [table] { fitHeight(table); });
    return table;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RunDetailPane::RunDetailPane(Store &store, QAction *openAction, QAction *retryAction,
                             QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("runDetail"));
    setAccessibleName(tr("Run details"));

    m_pages = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_placeholder = new QLabel(tr("Select a run to see its steps, attempts and errors."), this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // the palette's placeholder grey
    m_pages->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    scroll->setWidget(content);
    m_pages->addWidget(scroll);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(content);
    m_statusIcon->setObjectName(QStringLiteral("detailStatusIcon"));
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    // The failure (or the wait) and what to do about it.
    m_problem = new QFrame(content);
    m_problem->setObjectName(QStringLiteral("detailProblem"));
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setBackgroundRole(QPalette::AlternateBase);
    m_problem->setAutoFillBackground(true);
    auto *problemLayout = new QHBoxLayout(m_problem);
    m_problemIcon = new QLabel(m_problem);
    m_problemIcon->setAlignment(Qt::AlignTop);
    auto *problemText = new QVBoxLayout;
    m_reason = wrappingLabel(QStringLiteral("detailReason"), m_problem);
    m_reason->setAccessibleName(tr("What went wrong"));
    QFont reasonFont = m_reason->font();
    reasonFont.setBold(true);
    m_reason->setFont(reasonFont);
    m_advice = wrappingLabel(QStringLiteral("detailAdvice"), m_problem);
    m_advice->setAccessibleName(tr("What to do"));
    problemText->addWidget(m_reason);
    problemText->addWidget(m_advice);
    problemLayout->addWidget(m_problemIcon);
    problemLayout->addLayout(problemText, 1);
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    const auto button = [content](QAction *action, const QString &objectName) {
        auto *b = new QToolButton(content);
        b->setObjectName(objectName);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAccessibleName(action->text().remove(u'&'));
        return b;
    };
    buttons->addWidget(button(openAction, QStringLiteral("detailOpenButton")));
    buttons->addWidget(button(retryAction, QStringLiteral("detailRetryButton")));
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Below: what the run is (left) and what was sent (right), side by side on a wide pane.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    layout->addLayout(columns);

    m_factsBox = new QWidget(content);
    m_factsBox->setObjectName(QStringLiteral("detailFacts"));
    m_facts = new QFormLayout(m_factsBox);
    m_facts->setContentsMargins(0, 0, 0, 0);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addWidget(m_factsBox);

    m_otherActionsTitle = sectionTitle(tr("Other actions of this enrollment"),
                                       QStringLiteral("detailOtherActionsTitle"), content);
    m_otherActions = wrappingLabel(QStringLiteral("detailOtherActions"), content);
    left->addWidget(m_otherActionsTitle);
    left->addWidget(m_otherActions);

    m_notesTitle =
        sectionTitle(tr("What planning found"), QStringLiteral("detailNotesTitle"), content);
    m_notes = wrappingLabel(QStringLiteral("detailNotes"), content);
    m_notes->setAccessibleName(tr("Notes"));
    left->addWidget(m_notesTitle);
    left->addWidget(m_notes);
    left->addStretch(1);

    right->addWidget(sectionTitle(tr("Steps"), QStringLiteral("detailStepsTitle"), content));
    m_steps = detailTable(
        {tr("#"), tr("What"), tr("State"), tr("Request id"), tr("QuickBooks record"), tr("Sent")},
        QStringLiteral("detailSteps"), tr("Steps of the action"), content);
    m_noSteps = wrappingLabel(QStringLiteral("detailNoSteps"), content);
    m_noSteps->setEnabled(false);
    right->addWidget(m_steps);
    right->addWidget(m_noSteps);

    right->addWidget(sectionTitle(tr("Attempts"), QStringLiteral("detailAttemptsTitle"), content));
    m_attempts =
        detailTable({tr("Time"), tr("Step"), tr("Outcome"), tr("HTTP"), tr("Code"), tr("Reason")},
                    QStringLiteral("detailAttempts"), tr("Attempts of the action"), content);
    m_noAttempts = wrappingLabel(QStringLiteral("detailNoAttempts"), content);
    m_noAttempts->setText(tr("Nothing was sent to QuickBooks for this action yet."));
    m_noAttempts->setEnabled(false);
    right->addWidget(m_attempts);
    right->addWidget(m_noAttempts);
    right->addStretch(1);
    layout->addStretch(1);

    showRow(std::nullopt);
}

void RunDetailPane::showRow(const std::optional<RunHistoryRow> &row)
{
    m_row = row;
    m_link = QUrl();
    m_noLinkReason.clear();
    if (!row) {
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    // The list may be older than the ledger: read the run again.
    if (const Result<ActionRunRow> fresh = m_store.actionRun(row->run.id); fresh)
        m_row->run = *fresh;
    const RunHistoryRow &shown = *m_row;

    m_title->setText(tr("%1 · %2").arg(RunHistoryModel::recordText(shown.enrollment),
                                       RunHistoryModel::workflowText(shown)));
    m_statusIcon->setPixmap(
        icon(RunHistoryModel::statusIconName(shown.run.status))
            .pixmap(m_status->fontMetrics().height(), m_status->fontMetrics().height()));
    QString status = actionStatusLabel(shown.run.status);
    if (const QString document = RunHistoryModel::documentText(shown.run); !document.isEmpty())
        status = tr("%1: %2").arg(status, document);
    m_status->setText(status);
    m_status->setAccessibleName(tr("Status: %1").arg(status));

    fillProblem(shown);
    fillLink(shown);
    fillFacts(shown);
    fillOtherActions(shown);
    const Result<QVector<StepRow>> steps = m_store.steps(shown.run.id);
    const QVector<StepRow> stepRows = steps ? *steps : QVector<StepRow>();
    fillSteps(stepRows);
    if (!steps)
        m_noSteps->setText(steps.reason());
    const Result<QVector<AttemptRow>> attempts = m_store.attempts(shown.run.id);
    fillAttempts(attempts ? *attempts : QVector<AttemptRow>(), stepRows);
    if (!attempts)
        m_noAttempts->setText(attempts.reason());

    QStringList notes;
    for (const QString &note : shown.run.notes)
        notes << QStringLiteral("• ") + note;
    m_notes->setText(notes.join(u'\n'));
    m_notesTitle->setVisible(!notes.isEmpty());
    m_notes->setVisible(!notes.isEmpty());
    m_pages->setCurrentIndex(1);
}

void RunDetailPane::fillProblem(const RunHistoryRow &row)
{
    const QString advice = actionRunAdvice(row.run);
    const bool show = !advice.isEmpty() ||
                      (!row.run.errorReason.isEmpty() && row.run.status != ActionStatus::Done);
    m_problem->setVisible(show);
    if (!show)
        return;
    QString reason = row.run.errorReason;
    if (row.run.status == ActionStatus::Waiting && row.run.nextAttemptAt.isValid())
        reason =
            reason.isEmpty()
                ? tr("The next try is at %1.").arg(RunHistoryModel::timeText(row.run.nextAttemptAt))
                : tr("%1 The next try is at %2.")
                      .arg(reason, RunHistoryModel::timeText(row.run.nextAttemptAt));
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
    const int size = m_reason->fontMetrics().height() * 3 / 2;
    m_problemIcon->setPixmap(icon(row.run.status == ActionStatus::Failed
                                      ? QStringLiteral("fail")
                                      : QStringLiteral("warning"))
                                 .pixmap(size, size));
}

void RunDetailPane::fillLink(const RunHistoryRow &row)
{
    if (row.run.documentId.isEmpty()) {
        m_noLinkReason = tr("No QuickBooks document was created by this action yet.");
        return;
    }
    const Result<Connection> company = m_store.connection(row.run.connectionId);
    if (!company) {
        m_noLinkReason = company.reason();
        return;
    }
    m_link = quickBooksDocumentLink(*company, row.run.documentType, row.run.documentId);
    if (m_link.isEmpty())
        m_noLinkReason = isLocalSandbox(*company)
                             ? tr("%1 is on the Bookflow sandbox, which has no QuickBooks web "
                                  "pages to open. The document's QuickBooks id is %2.")
                                   .arg(company->name, row.run.documentId)
                             : tr("QuickBooks has no page for this document.");
}

void RunDetailPane::fillFacts(const RunHistoryRow &row)
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const auto add = [this](const QString &label, const QString &value) {
        // At the top of its row: a value that wraps keeps its label on its first line.
        auto *name = new QLabel(label, m_factsBox);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_facts->addRow(name, valueLabel(value, m_factsBox));
    };
    const EnrollmentRow &enrollment = row.enrollment;
    const ActionRunRow &run = row.run;
    add(tr("Workflow:"),
        tr("%1, version %2").arg(RunHistoryModel::workflowText(row)).arg(enrollment.version));
    QString record = tr("%1, enrollment %2 (%3)")
                         .arg(RunHistoryModel::recordText(enrollment))
                         .arg(enrollment.enrollmentNo)
                         .arg(enrollmentStatusLabel(enrollment.status).toLower());
    if (!enrollment.live)
        record += u' ' + tr("— run for real from the test screen");
    add(tr("Record:"), record);
    add(tr("Enrolled:"), RunHistoryModel::timeText(enrollment.enrolledAt));
    add(tr("Action:"),
        row.actionCount > 1
            ? tr("%1 of %2: %3").arg(run.actionIndex + 1).arg(row.actionCount).arg(row.actionLabel)
            : row.actionLabel);
    if (!run.connectionId.isEmpty()) {
        const Result<Connection> company = m_store.connection(run.connectionId);
        add(tr("QuickBooks company:"), company
                                           ? company->displayName()
                                           : tr("A removed connection (%1)").arg(run.connectionId));
    }
    if (!run.documentId.isEmpty())
        add(tr("Document:"),
            tr("%1, QuickBooks id %2").arg(RunHistoryModel::documentText(run), run.documentId));
    QString attempts = QString::number(run.attempts);
    if (run.firstAttemptAt.isValid())
        attempts =
            tr("%1 since %2").arg(run.attempts).arg(RunHistoryModel::timeText(run.firstAttemptAt));
    add(tr("Tries:"), attempts);
    if (run.status == ActionStatus::Waiting && run.nextAttemptAt.isValid())
        add(tr("Next try:"), RunHistoryModel::timeText(run.nextAttemptAt));
    if (run.updatedAt.isValid())
        add(tr("Last change:"), RunHistoryModel::timeText(run.updatedAt));
}

void RunDetailPane::fillOtherActions(const RunHistoryRow &row)
{
    QStringList lines;
    if (row.actionCount > 1) {
        const Result<QVector<ActionRunRow>> runs = m_store.actionRuns(row.enrollment.id);
        const Result<Workflow> version =
            m_store.version(row.enrollment.workflowId, row.enrollment.version);
        if (runs) {
            for (const ActionRunRow &other : *runs) {
                if (other.id == row.run.id)
                    continue;
                const Action *action = version ? version->action(other.actionId) : nullptr;
                QString line = tr("%1. %2 — %3")
                                   .arg(other.actionIndex + 1)
                                   .arg(action ? actionTypeLabel(action->type) : other.actionId,
                                        actionStatusLabel(other.status));
                if (const QString document = RunHistoryModel::documentText(other);
                    !document.isEmpty())
                    line += tr(": %1").arg(document);
                else if (!other.errorReason.isEmpty())
                    line += tr(": %1").arg(other.errorReason);
                lines << line;
            }
        } else {
            lines << runs.reason();
        }
    }
    m_otherActions->setText(lines.join(u'\n'));
    m_otherActionsTitle->setVisible(!lines.isEmpty());
    m_otherActions->setVisible(!lines.isEmpty());
}

void RunDetailPane::fillSteps(const QVector<StepRow> &steps)
{
    m_steps->setRowCount(0);
    m_steps->setRowCount(int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const StepRow &step = steps.at(i);
        m_steps->setItem(i, 0, cell(QString::number(step.stepNo + 1)));
        // The exact body sent (no secrets are ever in a body) as the tooltip.
        QString body = QString::fromUtf8(QJsonDocument(step.body).toJson(QJsonDocument::Indented));
        if (body.size() > 3000)
            body = body.left(3000) + QStringLiteral("\n…");
        m_steps->setItem(i, 1, cell(stepKindText(step), body));
        m_steps->setItem(i, 2, cell(stepStateText(step.state)));
        m_steps->setItem(i, 3, cell(shortRequestId(step.requestId), step.requestId));
        QString result;
        if (!step.resultId.isEmpty()) {
            // "Expense id 12", not QuickBooks' entity name "Purchase".
            const QString entity = documentTypeLabel(step.entity);
            result = step.resultNumber.isEmpty()
                         ? tr("%1 id %2").arg(entity, step.resultId)
                         : tr("%1 %2 (id %3)").arg(entity, step.resultNumber, step.resultId);
        }
        m_steps->setItem(i, 4, cell(result));
        m_steps->setItem(i, 5, cell(RunHistoryModel::timeText(step.sentAt)));
    }
    m_steps->setVisible(!steps.isEmpty());
    m_noSteps->setVisible(steps.isEmpty());
    m_noSteps->setText(tr("No steps: nothing was planned for QuickBooks yet, or planning "
                          "stopped before any step."));
    fitHeight(m_steps);
}

void RunDetailPane::fillAttempts(const QVector<AttemptRow> &attempts, const QVector<StepRow> &steps)
{
    m_attempts->setRowCount(0);
    m_attempts->setRowCount(int(attempts.size()));
    for (int i = 0; i < attempts.size(); ++i) {
        const AttemptRow &attempt = attempts.at(i);
        m_attempts->setItem(i, 0, cell(RunHistoryModel::timeText(attempt.at)));
        QString step = tr("Planning");
        if (attempt.stepNo >= 0) {
            step = tr("Step %1").arg(attempt.stepNo + 1);
            for (const StepRow &s : steps) {
                if (s.stepNo == attempt.stepNo)
                    step = tr("%1. %2").arg(s.stepNo + 1).arg(stepKindText(s));
            }
        }
        m_attempts->setItem(
            i, 1,
            cell(step, attempt.requestId.isEmpty()
                           ? step
                           : tr("%1 — request id %2").arg(step, attempt.requestId)));
        m_attempts->setItem(i, 2, cell(attemptOutcomeText(attempt.outcome)));
        m_attempts->setItem(
            i, 3, cell(attempt.httpStatus > 0 ? QString::number(attempt.httpStatus) : QString()));
        m_attempts->setItem(i, 4, cell(attempt.code));
        m_attempts->setItem(i, 5, cell(attempt.reason));
    }
    m_attempts->setVisible(!attempts.isEmpty());
    m_noAttempts->setVisible(attempts.isEmpty());
    fitHeight(m_attempts);
}

QString RunDetailPane::stepKindText(const StepRow &step)
{
    if (step.kind == QLatin1String("createCustomer"))
        return tr("Create the customer");
    if (step.kind == QLatin1String("createItem"))
        return tr("Create the product");
    if (step.kind == QLatin1String("createPayment"))
        return tr("Record the payment");
    if (step.kind == QLatin1String("createDocument"))
        return tr("Create the %1").arg(documentTypeLabel(step.entity).toLower());
    return step.kind;
}

QString RunDetailPane::stepStateText(StepState state)
{
    switch (state) {
    case StepState::Planned:
        return tr("Not sent yet");
    case StepState::Sent:
        return tr("Sent, no answer yet");
    case StepState::Done:
        return tr("Done");
    case StepState::Failed:
        return tr("Refused by QuickBooks");
    }
    return tr("Not sent yet");
}

QString RunDetailPane::attemptOutcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("done"))
        return tr("Done");
    if (outcome == ApiError::className(ApiError::Class::Transient))
        return tr("Could not get through");
    if (outcome == ApiError::className(ApiError::Class::RateLimited))
        return tr("Too many requests");
    if (outcome == ApiError::className(ApiError::Class::NeedsReconnect))
        return tr("Needs a reconnect");
    if (outcome == ApiError::className(ApiError::Class::Permanent))
        return tr("Refused");
    return outcome;
}

QString RunDetailPane::shortRequestId(const QString &requestId)
{
    // Request ids are long hashes: the start tells them apart, the tooltip has all of it.
    return requestId.size() > 12 ? requestId.left(8) + QStringLiteral("…") : requestId;
}

} // namespace bookflow
