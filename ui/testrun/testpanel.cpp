#include "ui/testrun/testpanel.h"

#include "core/engine/documentlink.h"
#include "core/quickbooks/qbojson.h"
#include "core/store/store.h"
#include "core/workflow/recordnoun.h"
#include "ui/editor/workflowdocument.h"
#include "ui/history/runhistorymodel.h"
#include "ui/icons.h"
#include "ui/testrun/jsontext.h"
#include "ui/testrun/sessionjob.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bookflow {

namespace {

constexpr int SearchPauseMs = 250; // typing pauses this long before HubSpot is asked

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A ✓/✗ line: the icon when the icon set has it, else the sign in the text.
QWidget *markedLine(bool good, const QString &text, const QString &objectName, QWidget *parent,
                    QLabel **textLabel = nullptr)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const QIcon icon = bookflow::icon(good ? QStringLiteral("ok") : QStringLiteral("fail"));
    const QString sign = good ? QStringLiteral("✓") : QStringLiteral("✗");
    QLabel *label = nullptr;
    if (icon.isNull()) {
        label = wrapped(QStringLiteral("%1 %2").arg(sign, text), row);
    } else {
        auto *mark = new QLabel(row);
        const int size = mark->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, mark);
        mark->setPixmap(icon.pixmap(size, size));
        mark->setAccessibleName(good ? TestPanel::tr("Met") : TestPanel::tr("Not met"));
        layout->addWidget(mark, 0, Qt::AlignTop);
        label = wrapped(text, row);
    }
    label->setObjectName(objectName);
    label->setProperty("met", good);
    label->setAccessibleName(QStringLiteral("%1 %2").arg(sign, text));
    layout->addWidget(label, 1);
    if (textLabel)
        *textLabel = label;
    return row;
}

QString companyWords(const Connection &company)
{
    return company.environment == Environment::Sandbox
               ? TestPanel::tr("%1, a sandbox company").arg(company.name)
               : TestPanel::tr("%1, a production company (your real books)").arg(company.name);
}

} // namespace

TestPanel::TestPanel(Store &store, Workspace &workspace, WorkflowDocument *document,
                     QWidget *parent)
    : QWidget(parent), m_store(store), m_workspace(workspace), m_document(document)
{
    setObjectName(QStringLiteral("testPanel"));
    buildUi();
    connect(m_document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        updateButtons();
    });
    // A workflow published from elsewhere meanwhile enables the run for real.
    connect(m_document, &WorkflowDocument::changed, this, &TestPanel::updateButtons);
    search();
}

TestPanel::~TestPanel() = default;

QDialog *TestPanel::openDialog(Store &store, Workspace &workspace, WorkflowDocument *document,
                               QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("testDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Test “%1”").arg(document->workflow().name));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new TestPanel(store, workspace, document, dialog), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    connect(document, &QObject::destroyed, dialog, &QDialog::close);
    dialog->resize(820, 680);
    dialog->show();
    return dialog;
}

void TestPanel::setConfirmationHandler(ConfirmationHandler handler)
{
    m_confirm = std::move(handler);
}

QString TestPanel::noun(bool plural) const
{
    return m_document ? recordNoun(m_document->workflow().objectType, plural) : QString();
}

void TestPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *pickRow = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("Test on a &record:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setAccessibleName(tr("Search records"));
    m_search->setPlaceholderText(tr("Search %1 by name or id").arg(noun(true)));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(bookflow::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    pickLabel->setBuddy(m_search);
    m_runTest = new QPushButton(bookflow::icon(QStringLiteral("test")), tr("Run &test"), this);
    m_runTest->setObjectName(QStringLiteral("runTestButton"));
    m_runTest->setAccessibleName(tr("Run test"));
    m_runTest->setToolTip(
        tr("Dry run of the draft on the chosen record; nothing is written (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    pickRow->addWidget(pickLabel);
    pickRow->addWidget(m_search, 1);
    pickRow->addWidget(m_runTest);
    layout->addLayout(pickRow);

    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("recordSearchStatus"));
    m_searchStatus->setWordWrap(true);
    layout->addWidget(m_searchStatus);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("recordResults"));
    m_results->setAccessibleName(tr("Matching records"));
    m_results->setUniformItemSizes(true);
    m_results->setMaximumHeight(m_results->fontMetrics().height() * 9);
    m_results->installEventFilter(this);
    layout->addWidget(m_results);

    auto *statusRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_resultArea = new QScrollArea(this);
    m_resultArea->setObjectName(QStringLiteral("testResult"));
    m_resultArea->setAccessibleName(tr("Test result"));
    m_resultArea->setWidgetResizable(true);
    m_resultArea->setFrameShape(QFrame::StyledPanel);
    m_resultArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultBox = new QWidget(m_resultArea);
    m_resultLayout = new QVBoxLayout(m_resultBox);
    m_resultLayout->setSpacing(8);
    m_resultLayout->addStretch(1);
    QLabel *placeholder = wrapped(tr("Choose a record above and run the test: you see, filter by "
                                     "filter, whether it meets the triggers, and what each action "
                                     "would send to QuickBooks. Nothing is written."),
                                  m_resultBox);
    placeholder->setObjectName(QStringLiteral("testPlaceholder"));
    placeholder->setEnabled(false); // drawn in the palette's quieter text colour
    m_resultLayout->insertWidget(0, placeholder);
    m_resultArea->setWidget(m_resultBox);
    layout->addWidget(m_resultArea, 1);

    auto *liveRow = new QHBoxLayout;
    m_runForRealNote = new QLabel(this);
    m_runForRealNote->setObjectName(QStringLiteral("runForRealNote"));
    m_runForRealNote->setWordWrap(true);
    m_runForReal = new QPushButton(bookflow::icon(QStringLiteral("run")),
                                   tr("Run for &real on this record…"), this);
    m_runForReal->setObjectName(QStringLiteral("runForRealButton"));
    m_runForReal->setAccessibleName(tr("Run for real on this record"));
    m_runForReal->setAutoDefault(false);
    liveRow->addWidget(m_runForRealNote, 1);
    liveRow->addWidget(m_runForReal);
    layout->addLayout(liveRow);

    m_liveResult = new QLabel(this);
    m_liveResult->setObjectName(QStringLiteral("liveResult"));
    m_liveResult->setWordWrap(true);
    m_liveResult->setTextFormat(Qt::RichText);
    m_liveResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_liveResult->setOpenExternalLinks(true);
    m_liveResult->hide();
    layout->addWidget(m_liveResult);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &TestPanel::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_searchStatus->setText(tr("Searching…"));
        m_debounce->start();
    });
    connect(m_results, &QListWidget::currentItemChanged, this, &TestPanel::updateButtons);
    connect(m_results, &QListWidget::itemActivated, this, &TestPanel::runTest);
    connect(m_runTest, &QPushButton::clicked, this, &TestPanel::runTest);
    connect(m_runForReal, &QPushButton::clicked, this, &TestPanel::runForReal);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &TestPanel::runTest);

    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_runTest);
    setTabOrder(m_runTest, m_resultArea);
    setTabOrder(m_resultArea, m_runForReal);
    updateButtons();
}

bool TestPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_search && key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            if (!m_results->currentItem())
                m_results->setCurrentRow(0);
            return true;
        }
        if (watched == m_search && enter && key->modifiers() == Qt::NoModifier) {
            // Enter in the search field: the highlighted (or only, or first) record, tested.
            if (!m_results->currentItem() && m_results->count() > 0)
                m_results->setCurrentRow(0);
            runTest();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString TestPanel::chosenRecordId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TestPanel::search()
{
    if (!m_document)
        return;
    m_debounce->stop();
    const int generation = ++m_searchGeneration;
    const QString text = m_search->text().trimmed();
    const ObjectType type = m_document->workflow().objectType;
    m_searchStatus->setText(tr("Searching…"));
    using Found = ApiResult<QVector<RecordChoice>>;
    m_workspace.post<Found>(
        Workspace::Lane::Interactive, this,
        sessionJob<QVector<RecordChoice>>([type, text](RunSession &session) -> Found {
            const ApiResult<HubSpotClient *> hubSpot = session.hubSpot();
            if (!hubSpot)
                return hubSpot.error();
            return RecordSearch(**hubSpot).find(type, text);
        }),
        [this, generation, text](Found found) { showSearchResult(generation, text, found); });
}

void TestPanel::showSearchResult(int generation, const QString &text,
                                 const ApiResult<QVector<RecordChoice>> &result)
{
    if (generation != m_searchGeneration)
        return; // typed on meanwhile; a newer search answers
    if (!result) {
        m_searchStatus->setText(tr("HubSpot couldn't be searched: %1").arg(result.reason()));
        return;
    }
    const QString chosen = chosenRecordId();
    {
        const QSignalBlocker blocker(m_results);
        m_results->clear();
        for (const RecordChoice &choice : *result) {
            auto *item = new QListWidgetItem(choice.label, m_results);
            item->setData(Qt::UserRole, choice.id);
            item->setToolTip(choice.label);
            if (choice.id == chosen)
                m_results->setCurrentItem(item);
        }
    }
    if (result->isEmpty())
        m_searchStatus->setText(text.isEmpty() ? tr("HubSpot has no %1 yet.").arg(noun(true))
                                               : tr("No %1 match “%2”.").arg(noun(true), text));
    else if (text.isEmpty())
        m_searchStatus->setText(
            tr("The %1 changed most recently; type to search by name or id.").arg(noun(true)));
    else
        m_searchStatus->setText(tr("Choose a %1 to test on.").arg(noun(false)));
    updateButtons();
}

void TestPanel::runTest()
{
    const QString id = chosenRecordId();
    if (!m_document || m_busy || id.isEmpty())
        return;
    const Workflow workflow = m_document->workflow();
    m_testedRecordLabel = m_results->currentItem()->text();
    m_report.reset();
    clearResult();
    m_liveResult->hide();
    setBusy(true, tr("Testing the draft on %1…").arg(m_testedRecordLabel));
    using Tested = ApiResult<TestRunner::Report>;
    m_workspace.post<Tested>(
        Workspace::Lane::Interactive, this,
        // The draft as it is in the editor, saved or not: a test never needs publishing.
        sessionJob<TestRunner::Report>([workflow, id](RunSession &session) {
            return TestRunner(session).dryRun(workflow, id);
        }),
        [this, workflow](Tested tested) {
            if (!tested) {
                setBusy(false, tr("The test couldn't run: %1").arg(tested.reason()));
                Q_EMIT testFinished(false);
                return;
            }
            setBusy(false, QString());
            m_report = *tested;
            showReport(workflow, *tested);
            Q_EMIT testFinished(true);
        });
}

void TestPanel::clearResult()
{
    while (m_resultLayout->count() > 1) {
        QLayoutItem *item = m_resultLayout->takeAt(0);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

void TestPanel::showReport(const Workflow &workflow, const TestRunner::Report &report)
{
    clearResult();
    int at = 0;
    const auto add = [&](QWidget *widget) { m_resultLayout->insertWidget(at++, widget); };

    QLabel *title = heading(tr("Dry run of the draft on %1").arg(m_testedRecordLabel), m_resultBox);
    title->setObjectName(QStringLiteral("testHeading"));
    title->setWordWrap(true);
    add(title);

    add(heading(tr("Triggers"), m_resultBox));
    for (int g = 0; g < report.triggers.groups.size(); ++g) {
        if (g > 0) {
            QLabel *orLabel = wrapped(tr("or"), m_resultBox);
            QFont italic = orLabel->font();
            italic.setItalic(true);
            orLabel->setFont(italic);
            add(orLabel);
        }
        for (const FilterOutcome &filter : report.triggers.groups.at(g).filters)
            add(markedLine(filter.met, filter.detail, QStringLiteral("triggerRow"), m_resultBox));
    }
    if (report.triggers.groups.isEmpty())
        add(wrapped(tr("The workflow has no triggers yet."), m_resultBox));
    QLabel *verdict = wrapped(
        report.triggers.met
            ? tr("→ The %1 meets the triggers.").arg(noun(false))
            : tr("→ The %1 doesn't meet the triggers, so it would not enroll. The actions below "
                 "show what would happen if it did.")
                  .arg(noun(false)),
        m_resultBox);
    verdict->setObjectName(QStringLiteral("triggerVerdict"));
    verdict->setProperty("met", report.triggers.met);
    QFont bold = verdict->font();
    bold.setBold(true);
    verdict->setFont(bold);
    add(verdict);

    add(heading(tr("Actions"), m_resultBox));
    for (int i = 0; i < report.actions.size(); ++i)
        add(actionBlock(i, workflow, report.actions.at(i)));
    if (report.actions.isEmpty())
        add(wrapped(tr("The workflow has no actions yet."), m_resultBox));

    QLabel *nothing =
        wrapped(tr("Nothing was written: the test only read HubSpot and QuickBooks."), m_resultBox);
    nothing->setObjectName(QStringLiteral("nothingWritten"));
    add(nothing);
    updateButtons();
}

QWidget *TestPanel::actionBlock(int index, const Workflow &workflow,
                                const TestRunner::ActionReport &action)
{
    auto *block = new QFrame(m_resultBox);
    block->setObjectName(QStringLiteral("actionResult"));
    block->setProperty("actionId", action.actionId);
    block->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(block);
    layout->setSpacing(6);

    QString title = tr("Action %1").arg(index + 1);
    if (const Action *spec = workflow.action(action.actionId)) {
        title = tr("%1. %2").arg(index + 1).arg(actionTypeLabel(spec->type));
        if (const Result<Connection> company = m_store.connection(spec->connection))
            title = tr("%1 · %2").arg(title, company->name);
    }
    layout->addWidget(heading(title, block));

    QLabel *outcome = nullptr;
    layout->addWidget(markedLine(action.wouldCreate,
                                 action.wouldCreate ? tr("Would create it with the requests below.")
                                                    : tr("Would fail: %1").arg(action.reason),
                                 QStringLiteral("actionOutcome"), block, &outcome));
    outcome->setProperty("actionId", action.actionId);

    if (!action.notes.isEmpty()) {
        QStringList lines;
        for (const QString &note : action.notes)
            lines << QStringLiteral("• %1").arg(note);
        QLabel *notes = wrapped(lines.join(u'\n'), block);
        notes->setObjectName(QStringLiteral("actionNotes"));
        layout->addWidget(notes);
    }

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const TestRunner::ActionReport::Request &request : action.requests) {
        auto *toggle = new QToolButton(block);
        toggle->setObjectName(QStringLiteral("requestToggle"));
        toggle->setCheckable(true);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setAutoRaise(true);
        toggle->setText(request.summary);
        toggle->setAccessibleName(tr("Show the request: %1").arg(request.summary));
        auto *body = new QPlainTextEdit(block);
        body->setObjectName(QStringLiteral("requestBody"));
        body->setAccessibleName(tr("Request body: %1").arg(request.summary));
        body->setProperty("entity", request.entity);
        body->setReadOnly(true);
        body->setFont(mono);
        body->setLineWrapMode(QPlainTextEdit::NoWrap);
        // Exactly what would be sent: QboJson writes the money digits, then indented for reading.
        body->setPlainText(prettyJsonText(QboJson::serialize(request.body)));
        const int lines = qMin(int(body->document()->blockCount()), 24);
        body->setFixedHeight(body->fontMetrics().lineSpacing() * (lines + 1) +
                             2 * body->frameWidth() + 8);
        body->hide();
        connect(toggle, &QToolButton::toggled, body, [toggle, body](bool open) {
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            body->setVisible(open);
        });
        layout->addWidget(toggle, 0, Qt::AlignLeft);
        layout->addWidget(body);
    }
    return block;
}

void TestPanel::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    updateButtons();
}

QString TestPanel::liveQuestion(QString *why) const
{
    if (!m_document) {
        *why = QString();
        return {};
    }
    const Workflow &draft = m_document->workflow();
    const Result<WorkflowSummary> summary = m_store.summary(draft.id);
    if (!summary || summary->publishedVersion < 1) {
        *why = tr("Publish the workflow to run it for real: a run for real uses the published "
                  "version.");
        return {};
    }
    const Result<Workflow> published = m_store.version(draft.id, summary->publishedVersion);
    if (!published) {
        *why = published.reason();
        return {};
    }
    if (chosenRecordId().isEmpty()) {
        *why = tr("Choose a %1 to run the workflow on.").arg(noun(false));
        return {};
    }
    QStringList companies;
    for (const Action &action : published->actions) {
        const Result<Connection> company = m_store.connection(action.connection);
        const QString words = company ? companyWords(*company)
                                      : tr("a QuickBooks company that is no longer connected");
        if (!companies.contains(words))
            companies << words;
    }
    QString question =
        tr("Run “%1” for real on %2?").arg(published->name, m_results->currentItem()->text());
    if (companies.isEmpty())
        question +=
            u'\n' + tr("The published version has no actions, so nothing would be created.");
    else
        question +=
            QStringLiteral("\n\n") +
            tr("This creates documents in QuickBooks, in %1.").arg(companies.join(tr(" and ")));
    question +=
        QStringLiteral("\n\n") + tr("It runs published version %1.").arg(summary->publishedVersion);
    if (*published != draft)
        question += u' ' + tr("The draft has changes that are not published; they are not used.");
    return question;
}

void TestPanel::runForReal()
{
    if (m_busy)
        return;
    QString why;
    const QString question = liveQuestion(&why);
    if (question.isEmpty()) {
        m_runForRealNote->setText(why);
        return;
    }
    if (m_confirm) {
        if (m_confirm(question))
            startLiveRun();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Run for real"), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("runForRealConfirmation"));
    QPushButton *go = box->addButton(tr("Run for real"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, go] {
        if (box->clickedButton() == go)
            startLiveRun();
    });
    box->open(); // not exec(): nothing waits in a nested event loop
}

void TestPanel::startLiveRun()
{
    const QString recordId = chosenRecordId();
    if (!m_document || m_busy || recordId.isEmpty())
        return;
    const QString workflowId = m_document->workflow().id;
    const QString label = m_results->currentItem()->text();
    m_liveOutcome.reset();
    m_liveResult->hide();
    setBusy(true, tr("Running for real on %1…").arg(label));
    using Ran = ApiResult<LiveRun::Outcome>;
    // The Engine lane: a run for real writes the ledger and QuickBooks like the engine does, and
    // one lane doing that means it never overlaps a polling pass.
    m_workspace.post<Ran>(
        Workspace::Lane::Engine, this,
        sessionJob<LiveRun::Outcome>([workflowId, recordId](RunSession &session) {
            return LiveRun(session).run(workflowId, recordId);
        }),
        [this](Ran ran) {
            setBusy(false, QString());
            if (!ran) {
                m_liveResult->setText(
                    tr("The run for real didn't happen: %1").arg(ran.reason()).toHtmlEscaped());
                m_liveResult->show();
                Q_EMIT liveRunFinished(false);
                return;
            }
            m_liveOutcome = *ran;
            showLiveOutcome(*ran);
            Q_EMIT liveRunFinished(!ran->incomplete());
        });
}

void TestPanel::showLiveOutcome(const LiveRun::Outcome &outcome)
{
    const EnrollmentRow &enrollment = outcome.enrollment;
    const Result<Workflow> version = m_store.version(enrollment.workflowId, enrollment.version);
    // Lines of rich text (each escaped), so a created document can carry its link.
    QStringList lines;
    if (outcome.enrolledNow)
        lines << tr("Ran published version %1 on the %2 (enrollment %3):")
                     .arg(enrollment.version)
                     .arg(noun(false))
                     .arg(enrollment.enrollmentNo)
                     .toHtmlEscaped();
    else
        lines << tr("This %1 had already run in this workflow (enrollment %2), and nothing is "
                    "created twice. Its actions now:")
                     .arg(noun(false))
                     .arg(enrollment.enrollmentNo)
                     .toHtmlEscaped();
    for (int i = 0; i < outcome.actions.size(); ++i) {
        const ActionRunRow &run = outcome.actions.at(i);
        QString action = tr("Action %1").arg(i + 1);
        if (version) {
            if (const Action *a = version->action(run.actionId))
                action = tr("%1. %2").arg(i + 1).arg(actionTypeLabel(a->type));
        }
        const Result<Connection> company = m_store.connection(run.connectionId);
        const QString where = company ? company->name : tr("QuickBooks");
        QString line;
        QUrl link;
        switch (run.status) {
        case ActionStatus::Done: {
            // Named as the run history names it ("Invoice 1006"; an expense by its id).
            line = tr("✓ %1: created %2 in %3.")
                       .arg(action, RunHistoryModel::documentText(run), where);
            if (company)
                link = quickBooksDocumentLink(*company, run.documentType, run.documentId);
            break;
        }
        case ActionStatus::Failed:
            line = tr("✗ %1 failed: %2").arg(action, run.errorReason);
            break;
        case ActionStatus::Waiting:
            line =
                tr("%1 will be tried again at %2: %3")
                    .arg(action,
                         QLocale().toString(run.nextAttemptAt.toLocalTime(), QLocale::ShortFormat),
                         run.errorReason);
            break;
        case ActionStatus::Paused:
            line = tr("%1 is paused until the company is reconnected: %2")
                       .arg(action, run.errorReason);
            break;
        case ActionStatus::Pending:
        case ActionStatus::Running:
            line = tr("%1: %2").arg(action, actionStatusLabel(run.status));
            break;
        }
        line = line.toHtmlEscaped();
        if (link.isValid())
            line += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("Open in QuickBooks").toHtmlEscaped());
        lines << line;
    }
    lines << tr("The run history has the details.").toHtmlEscaped();
    m_liveResult->setText(lines.join(QStringLiteral("<br>")));
    m_liveResult->show();
}

void TestPanel::updateButtons()
{
    const bool chosen = !chosenRecordId().isEmpty();
    m_runTest->setEnabled(!m_busy && chosen && m_document);
    m_search->setEnabled(m_document != nullptr);
    QString why;
    const bool canRunForReal = !liveQuestion(&why).isEmpty();
    m_runForReal->setEnabled(!m_busy && canRunForReal);
    m_runForRealNote->setText(canRunForReal ? QString() : why);
}

} // namespace bookflow
