#include "ui/history/runhistorypage.h"

#include "core/engine/executor.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/store/store.h"
#include "ui/history/rundetailpane.h"
#include "ui/history/runhistoryfilter.h"
#include "ui/history/runhistorymodel.h"
#include "ui/icons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bookflow {

namespace {

// The statuses the Status filter offers, the ones that need attention first.
constexpr ActionStatus ListedStatuses[] = {ActionStatus::Failed,  ActionStatus::Waiting,
                                           ActionStatus::Paused,  ActionStatus::Running,
                                           ActionStatus::Pending, ActionStatus::Done};

} // namespace

RunHistoryPage::RunHistoryPage(Store &store, Workspace &workspace, EngineLoop *loop, Mode mode,
                               QWidget *parent)
    : QWidget(parent), m_store(store), m_workspace(workspace), m_loop(loop), m_mode(mode)
{
    setObjectName(mode == Mode::History ? QStringLiteral("runHistoryPage")
                                        : QStringLiteral("needsReviewPage"));
    setAccessibleName(mode == Mode::History ? tr("Run history") : tr("Needs review"));
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_chooseSaveFile = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export the run history"), suggested,
                                            tr("CSV files (*.csv);;All files (*)"));
    };
    m_lastExportFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    m_model = new RunHistoryModel(this);
    m_filter = new RunHistoryFilter(this);
    m_filter->setSourceModel(m_model);

    buildActions();
    buildLayout();
    connectLoop();
    reload();
}

RunHistoryPage::~RunHistoryPage() = default;

void RunHistoryPage::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void RunHistoryPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseSaveFile = std::move(chooser);
}

void RunHistoryPage::buildActions()
{
    const auto make = [this](const QString &text, const QString &iconName,
                             const QString &objectName) {
        auto *action = new QAction(icon(iconName), text, this);
        action->setObjectName(objectName);
        // Active while the focus is anywhere in this page, so two pages never compete.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_refreshAction =
        make(tr("Refresh"), QStringLiteral("refresh"), QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &RunHistoryPage::reload);

    m_retryAction = make(tr("&Retry"), QStringLiteral("retry"), QStringLiteral("retryAction"));
    m_retryAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_R));
    connect(m_retryAction, &QAction::triggered, this, &RunHistoryPage::retrySelected);

    m_openAction = make(tr("&Open in QuickBooks"), QStringLiteral("open-external"),
                        QStringLiteral("openInQuickBooksAction"));
    m_openAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &RunHistoryPage::openSelectedInQuickBooks);

    m_exportAction =
        make(tr("&Export CSV…"), QStringLiteral("export"), QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence::SaveAs);
    m_exportAction->setToolTip(tr("Save the run history of the chosen workflow (every status) as "
                                  "a CSV file for a spreadsheet."));
    connect(m_exportAction, &QAction::triggered, this, &RunHistoryPage::exportCsv);

    m_runNowAction = make(tr("Check &now"), QStringLiteral("run"), QStringLiteral("runNowAction"));
    m_runNowAction->setToolTip(tr("Check HubSpot for records that meet the triggers and send "
                                  "what is due to QuickBooks now, without waiting for the next "
                                  "check."));
    connect(m_runNowAction, &QAction::triggered, this, [this] {
        if (m_loop)
            m_loop->runNow();
    });
}

void RunHistoryPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    // The title and the page's buttons.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new QLabel(m_mode == Mode::History ? tr("Run history") : tr("Needs review"), this);
    m_title->setObjectName(QStringLiteral("historyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    auto *subtitle = new QLabel(
        m_mode == Mode::History
            ? tr("Every record your workflows enrolled, and what Bookflow did for it in "
                 "QuickBooks.")
            : tr("Actions that failed. Fix the cause in HubSpot or QuickBooks, then retry them."),
        this);
    subtitle->setObjectName(QStringLiteral("historySubtitle"));
    subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    const auto toolButton = [this](QAction *action, const QString &objectName) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(action->text().remove(u'&'));
        return button;
    };
    if (m_loop)
        header->addWidget(toolButton(m_runNowAction, QStringLiteral("runNowButton")), 0,
                          Qt::AlignVCenter);
    header->addWidget(toolButton(m_exportAction, QStringLiteral("exportButton")), 0,
                      Qt::AlignVCenter);
    layout->addLayout(header);

    // Filters.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_workflowFilter = new QComboBox(this);
    m_workflowFilter->setObjectName(QStringLiteral("workflowFilter"));
    m_workflowFilter->setAccessibleName(tr("Workflow"));
    m_workflowFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workflowFilter->setMinimumContentsLength(18);
    filters->addWidget(label(tr("&Workflow:"), m_workflowFilter));
    filters->addWidget(m_workflowFilter);
    connect(m_workflowFilter, &QComboBox::currentIndexChanged, this, &RunHistoryPage::applyFilters);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const ActionStatus status : ListedStatuses)
        m_statusFilter->addItem(icon(RunHistoryModel::statusIconName(status)),
                                actionStatusLabel(status), int(status));
    if (m_mode == Mode::History) {
        filters->addSpacing(8);
        filters->addWidget(label(tr("&Status:"), m_statusFilter));
        filters->addWidget(m_statusFilter);
    } else {
        m_statusFilter->hide(); // Needs review lists failed actions only
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RunHistoryPage::applyFilters);

    const QDate today = QDate::currentDate();
    const auto dateFilter = [&](const QString &text, const QString &name, const QDate &initial,
                                QCheckBox **check, QDateEdit **edit) {
        *check = new QCheckBox(text, this);
        (*check)->setObjectName(name + QStringLiteral("Filter"));
        *edit = new QDateEdit(initial, this);
        (*edit)->setObjectName(name + QStringLiteral("Date"));
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        (*edit)->setEnabled(false);
        connect(*check, &QCheckBox::toggled, this, &RunHistoryPage::applyFilters);
        connect(*edit, &QDateEdit::dateChanged, this, &RunHistoryPage::applyFilters);
        filters->addWidget(*check);
        filters->addWidget(*edit);
    };
    filters->addSpacing(8);
    dateFilter(tr("&From"), QStringLiteral("from"), today.addDays(-7), &m_fromCheck, &m_fromDate);
    m_fromCheck->setAccessibleName(tr("Only runs enrolled on or after a date"));
    m_fromDate->setAccessibleName(tr("Enrolled on or after"));
    dateFilter(tr("&To"), QStringLiteral("to"), today, &m_toCheck, &m_toDate);
    m_toCheck->setAccessibleName(tr("Only runs enrolled on or before a date"));
    m_toDate->setAccessibleName(tr("Enrolled on or before"));

    m_clearFilters = new QPushButton(tr("C&lear filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &RunHistoryPage::clearFilters);
    filters->addSpacing(8);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);
    layout->addLayout(filters);

    // The outcome of the last export, retry or open.
    m_messageBar = new QWidget(this);
    m_messageBar->setObjectName(QStringLiteral("historyMessageBar"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_messageIcon = new QLabel(m_messageBar);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setObjectName(QStringLiteral("dismissMessageButton"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the message"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, [this] { showMessage(QString(), Tone::Info); });
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);

    // The list (or why it is empty) above the detail pane, both full width: the table has seven
    // columns and the detail its own tables of steps and attempts.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("historySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_listPages = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_listPages);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(m_mode == Mode::History ? tr("Run history")
                                                       : tr("Actions that need review"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->setTabKeyNavigation(false);

    sizeColumns();
    m_listPages->addWidget(m_table);

    auto *empty = new QWidget(m_listPages);
    empty->setObjectName(QStringLiteral("historyEmpty"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("historyEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyClearFilters = new QPushButton(tr("Clear filters"), empty);
    m_emptyClearFilters->setObjectName(QStringLiteral("emptyClearFiltersButton"));
    m_emptyClearFilters->setAccessibleName(tr("Clear filters"));
    connect(m_emptyClearFilters, &QPushButton::clicked, this, &RunHistoryPage::clearFilters);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyClearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listPages->addWidget(empty);

    m_detail = new RunDetailPane(m_store, m_openAction, m_retryAction, m_splitter);
    m_detail->setMinimumHeight(fontMetrics().height() * 8);
    m_listPages->setMinimumHeight(fontMetrics().height() * 8);
    m_splitter->addWidget(m_listPages);
    m_splitter->addWidget(m_detail);
    // About as much room for the details as for the list; the person moves the handle.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().height() * 20, fontMetrics().height() * 24});
    layout->addWidget(m_splitter, 1);

    // Running work and the last check, as a status line under the list.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("historyBusy"));
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setRange(0, 0); // busy: how much is left is not known in advance
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_lastCheck = new QLabel(this);
    m_lastCheck->setObjectName(QStringLiteral("lastCheck"));
    m_lastCheck->setAccessibleName(tr("Last check"));
    m_lastCheck->setTextFormat(Qt::PlainText);
    m_lastCheck->setWordWrap(true);
    auto *status = new QHBoxLayout;
    status->addWidget(m_busy, 0, Qt::AlignVCenter);
    status->addWidget(m_progress, 1, Qt::AlignVCenter);
    status->addWidget(m_lastCheck, 1, Qt::AlignVCenter);
    layout->addLayout(status);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryPage::updateSelection);
}

void RunHistoryPage::sizeColumns()
{
    // Widths from the texts the columns hold, so nothing typical is cut off; Workflow takes
    // what is left, and every column can be resized.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(RunHistoryModel::WorkflowColumn, QHeaderView::Stretch);
    columns->setHighlightSections(false);
    // Over their cells, as in the workflow list.
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_table->fontMetrics();
    const int padding = fm.averageCharWidth() * 3;
    const auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, fm.horizontalAdvance(text));
        return width + padding;
    };
    const auto header = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    columns->resizeSection(RunHistoryModel::TimeColumn,
                           widest({RunHistoryModel::timeText(QDateTime(
                                       QDate(2028, 12, 28), QTime(23, 58), Qt::LocalTime)),
                                   header(RunHistoryModel::TimeColumn)}));
    columns->resizeSection(RunHistoryModel::VersionColumn,
                           widest({header(RunHistoryModel::VersionColumn), QStringLiteral("000")}));
    // Long samples of what the record and document columns show.
    EnrollmentRow longRecord;
    longRecord.objectType = ObjectType::Payment;
    longRecord.objectId = QStringLiteral("12345678901");
    ActionRunRow longDocument;
    longDocument.documentType = QStringLiteral("RefundReceipt");
    longDocument.documentId = QStringLiteral("1");
    longDocument.documentNumber = QStringLiteral("100045");
    columns->resizeSection(RunHistoryModel::RecordColumn,
                           widest({RunHistoryModel::recordText(longRecord)}));
    QStringList actionLabels;
    for (const ActionSpec &spec : actionSpecs())
        actionLabels << actionTypeLabel(spec.type);
    columns->resizeSection(RunHistoryModel::ActionColumn,
                           std::min(widest(actionLabels), fm.averageCharWidth() * 34));
    QStringList statusLabels;
    for (const ActionStatus status : ListedStatuses)
        statusLabels << actionStatusLabel(status);
    columns->resizeSection(RunHistoryModel::StatusColumn,
                           widest(statusLabels) + m_table->iconSize().width() + fm.height());
    columns->resizeSection(RunHistoryModel::DocumentColumn,
                           widest({RunHistoryModel::documentText(longDocument),
                                   header(RunHistoryModel::DocumentColumn)}));
    columns->setMinimumSectionSize(fm.averageCharWidth() * 6);
    // Needs review lists failures only: the reason says more than "Failed" and an empty document.
    if (m_mode == Mode::NeedsReview) {
        m_table->setColumnHidden(RunHistoryModel::StatusColumn, true);
        m_table->setColumnHidden(RunHistoryModel::DocumentColumn, true);
        columns->setSectionResizeMode(RunHistoryModel::WorkflowColumn, QHeaderView::Interactive);
        columns->resizeSection(RunHistoryModel::WorkflowColumn, fm.averageCharWidth() * 24);
        columns->setSectionResizeMode(RunHistoryModel::ReasonColumn, QHeaderView::Stretch);
    } else {
        m_table->setColumnHidden(RunHistoryModel::ReasonColumn, true);
    }
}

void RunHistoryPage::connectLoop()
{
    if (!m_loop) {
        updateBusy();
        return;
    }
    connect(m_loop, &EngineLoop::passStarted, this, [this] {
        updateBusy();
        updateActions();
    });
    connect(m_loop, &EngineLoop::progress, this, &RunHistoryPage::updateBusy);
    connect(m_loop, &EngineLoop::passFinished, this, [this](const EngineLoop::PassReport &report) {
        showLastCheck(report);
        reload();
        updateBusy();
        updateActions();
    });
    if (const std::optional<EngineLoop::PassReport> last = m_loop->lastReport())
        showLastCheck(*last);
    updateBusy();
}

void RunHistoryPage::reload()
{
    const qint64 selected = selectedActionRunId();
    const Status loaded = m_model->reload(m_store, m_mode == Mode::NeedsReview);
    m_loadError = loaded ? QString() : loaded.reason();
    fillWorkflowFilter();
    applyFilters();

    // The model was reset: select the same run again when it is still listed.
    const int sourceRow = selected ? m_model->rowOf(selected) : -1;
    const QModelIndex index =
        sourceRow >= 0 ? m_filter->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    else
        m_table->selectionModel()->clearSelection();
    updateSelection();
    // The Action, Status and Document columns are sized for their longest possible texts
    // ("Paused until reconnected"); once rows are listed they fit what is there instead, so the
    // Workflow column keeps room for the names. Once only: the person's own widths then stay.
    if (!m_columnsFitted && m_filter->rowCount() > 0) {
        m_columnsFitted = true;
        for (const int column :
             {int(RunHistoryModel::ActionColumn), int(RunHistoryModel::StatusColumn),
              int(RunHistoryModel::DocumentColumn)})
            m_table->resizeColumnToContents(column);
    }

    const int count = m_model->rowCount();
    if (count != m_count) {
        m_count = count;
        Q_EMIT countChanged(count);
    }
}

void RunHistoryPage::fillWorkflowFilter()
{
    const QString current = m_workflowFilter->currentData().toString();
    QVector<QPair<QString, QString>> entries; // (label, id)
    QSet<QString> known;
    if (const Result<QVector<WorkflowSummary>> workflows = m_store.workflows(); workflows) {
        for (const WorkflowSummary &summary : *workflows) {
            entries.append({summary.name, summary.id});
            known.insert(summary.id);
        }
    }
    // Removed workflows keep their history: they stay choosable while they have rows.
    for (const RunHistoryRow &row : m_model->rows()) {
        if (!known.contains(row.enrollment.workflowId)) {
            known.insert(row.enrollment.workflowId);
            entries.append({RunHistoryModel::workflowText(row), row.enrollment.workflowId});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });

    const QSignalBlocker blocker(m_workflowFilter);
    m_workflowFilter->clear();
    m_workflowFilter->addItem(tr("All workflows"), QString());
    for (const auto &[label, id] : entries)
        m_workflowFilter->addItem(icon(QStringLiteral("workflow")), label, id);
    const int index = m_workflowFilter->findData(current);
    m_workflowFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void RunHistoryPage::applyFilters()
{
    m_filter->setWorkflowId(m_workflowFilter->currentData().toString());
    const int status = m_mode == Mode::History ? m_statusFilter->currentData().toInt() : -1;
    m_filter->setStatus(status >= 0 ? std::optional<ActionStatus>(ActionStatus(status))
                                    : std::nullopt);
    m_fromDate->setEnabled(m_fromCheck->isChecked());
    m_toDate->setEnabled(m_toCheck->isChecked());
    m_filter->setDateRange(m_fromCheck->isChecked() ? m_fromDate->date() : QDate(),
                           m_toCheck->isChecked() ? m_toDate->date() : QDate());
    m_clearFilters->setEnabled(m_filter->isFiltering());
    updateEmptyState();
    updateSelection();
}

void RunHistoryPage::clearFilters()
{
    {
        const QSignalBlocker a(m_workflowFilter), b(m_statusFilter), c(m_fromCheck), d(m_toCheck);
        m_workflowFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
    }
    applyFilters();
}

void RunHistoryPage::updateEmptyState()
{
    QString text;
    bool offerClear = false;
    if (!m_loadError.isEmpty()) {
        text = tr("The run history could not be read: %1").arg(m_loadError);
    } else if (m_model->rowCount() == 0) {
        text = m_mode == Mode::History
                   ? tr("No runs yet. Turn a workflow on and Bookflow will check HubSpot every "
                        "minute.")
                   : tr("Nothing needs review. When an action fails, it is listed here with the "
                        "reason, so you can fix the cause and try it again.");
    } else if (m_filter->rowCount() == 0) {
        text = tr("No runs match these filters.");
        offerClear = true;
    }
    m_emptyText->setText(text);
    m_emptyClearFilters->setVisible(offerClear);
    m_listPages->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

qint64 RunHistoryPage::selectedActionRunId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(RunHistoryModel::ActionRunIdRole).toLongLong();
}

void RunHistoryPage::updateSelection()
{
    const qint64 id = selectedActionRunId();
    const int sourceRow = id ? m_model->rowOf(id) : -1;
    if (sourceRow >= 0)
        m_detail->showRow(m_model->row(sourceRow));
    else
        m_detail->showRow(std::nullopt);
    updateActions();
}

void RunHistoryPage::updateActions()
{
    const std::optional<RunHistoryRow> &row = m_detail->row();

    const QUrl link = m_detail->documentLink();
    m_openAction->setEnabled(!link.isEmpty());
    m_openAction->setToolTip(
        !link.isEmpty() ? tr("Open %1 in QuickBooks (%2)")
                              .arg(RunHistoryModel::documentText(row->run), link.toString())
        : row ? m_detail->noLinkReason()
              : tr("Select a run with a QuickBooks document."));

    QString retryTip;
    if (m_retryingRunId != 0)
        retryTip = tr("A retry is running.");
    else if (!row)
        retryTip = tr("Select a failed action to try it again.");
    else if (row->run.status == ActionStatus::Done)
        retryTip = tr("This action created its document; it is never run twice.");
    else if (row->run.status != ActionStatus::Failed)
        retryTip = tr("Only a failed action can be retried; this one is %1.")
                       .arg(actionStatusLabel(row->run.status).toLower());
    else
        retryTip = tr("Try this action again now, after fixing its cause. It never creates a "
                      "second document.");
    m_retryAction->setEnabled(m_retryingRunId == 0 && row &&
                              row->run.status == ActionStatus::Failed);
    m_retryAction->setToolTip(retryTip);

    m_runNowAction->setEnabled(m_loop && !m_loop->isRunning());
    m_exportAction->setEnabled(m_loadError.isEmpty());
}

void RunHistoryPage::updateBusy()
{
    const bool passRunning = m_loop && m_loop->isRunning();
    const bool busy = passRunning || m_retryingRunId != 0;
    QString text;
    if (m_retryingRunId != 0)
        text = tr("Trying the action again…");
    else if (passRunning)
        text = m_loop->progressText().isEmpty() ? tr("Checking for work…") : m_loop->progressText();
    m_busy->setVisible(busy);
    m_progress->setVisible(busy);
    m_progress->setText(text);
    m_lastCheck->setVisible(!busy && !m_lastCheck->text().isEmpty());
}

void RunHistoryPage::showLastCheck(const EngineLoop::PassReport &report)
{
    const QString time =
        QLocale().toString(report.finishedAt.toLocalTime().time(), QLocale::ShortFormat);
    m_lastCheck->setText(
        report.ok() ? tr("Last check %1: %2").arg(time, report.summary())
                    : tr("Last check %1: %2 %3").arg(time, report.error, report.summary()));
    m_lastCheck->setToolTip(m_lastCheck->text());
}

void RunHistoryPage::showMessage(const QString &text, Tone tone)
{
    m_message->setText(text);
    m_messageBar->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    const QString iconName = tone == Tone::Success   ? QStringLiteral("ok")
                             : tone == Tone::Problem ? QStringLiteral("fail")
                                                     : QStringLiteral("warning");
    const int size = m_message->fontMetrics().height();
    m_messageIcon->setPixmap(icon(iconName).pixmap(size, size));
}

QString RunHistoryPage::message() const
{
    return m_messageBar->isHidden() ? QString() : m_message->text();
}

void RunHistoryPage::exportCsv()
{
    const QString workflowId = m_filter->workflowId();
    const QString suggested =
        QDir(m_lastExportFolder)
            .filePath(
                tr("bookflow-run-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_chooseSaveFile(this, suggested);
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(
            tr("The run history could not be saved to %1: %2").arg(shown, file.errorString()),
            Tone::Problem);
        return;
    }
    if (const Status written = m_store.writeHistoryCsv(workflowId, file); !written) {
        file.cancelWriting();
        showMessage(written.reason(), Tone::Problem);
        return;
    }
    if (!file.commit()) {
        showMessage(
            tr("The run history could not be saved to %1: %2").arg(shown, file.errorString()),
            Tone::Problem);
        return;
    }
    m_lastExportFolder = QFileInfo(path).absolutePath();
    showMessage(tr("Saved the run history to %1.").arg(shown), Tone::Success);
}

void RunHistoryPage::openSelectedInQuickBooks()
{
    const QUrl link = m_detail->documentLink();
    if (link.isEmpty()) {
        if (m_detail->row())
            showMessage(m_detail->noLinkReason(), Tone::Info);
        return;
    }
    if (!m_openUrl(link))
        showMessage(tr("Bookflow could not open %1 in your web browser.").arg(link.toString()),
                    Tone::Problem);
}

void RunHistoryPage::retrySelected()
{
    if (const qint64 id = selectedActionRunId(); id != 0)
        retryActionRun(id);
}

void RunHistoryPage::retryActionRun(qint64 actionRunId)
{
    if (m_retryingRunId != 0)
        return;
    m_retryingRunId = actionRunId;
    showMessage(QString(), Tone::Info);
    updateBusy();
    updateActions();
    // On the Engine lane, after any pass in progress: the ledger is never worked by two at once.
    m_workspace.post<Result<ActionRunRow>>(
        Workspace::Lane::Engine, this,
        [actionRunId](WorkspaceContext &ctx) -> Result<ActionRunRow> {
            if (const Status ready = ctx.ready(); !ready)
                return Failure{ready.reason()};
            if (const Status retried = ctx.store().retryActionRun(actionRunId); !retried)
                return Failure{retried.reason()};
            const std::unique_ptr<RunSession> session = ctx.newSession();
            Executor executor(*session);
            if (const Result<Executor::Summary> ran = executor.runOne(actionRunId); !ran)
                return ran.failure();
            return ctx.store().actionRun(actionRunId);
        },
        [this, actionRunId](Result<ActionRunRow> outcome) {
            m_retryingRunId = 0;
            bool done = false;
            if (!outcome) {
                showMessage(outcome.reason(), Tone::Problem);
            } else if (outcome->status == ActionStatus::Done) {
                done = true;
                showMessage(tr("Done: %1 was created in QuickBooks.")
                                .arg(RunHistoryModel::documentText(*outcome)),
                            Tone::Success);
            } else if (outcome->status == ActionStatus::Failed) {
                showMessage(tr("The action failed again: %1").arg(outcome->errorReason),
                            Tone::Problem);
            } else {
                showMessage(
                    tr("%1: %2").arg(actionStatusLabel(outcome->status), outcome->errorReason),
                    Tone::Info);
            }
            reload();
            updateBusy();
            Q_EMIT retryFinished(actionRunId, done);
        });
}

void RunHistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The CLI (or another window) may have run meanwhile: the store is cheap to read.
    reload();
}

} // namespace bookflow
