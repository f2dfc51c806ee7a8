#include "ui/mainwindow.h"

#include "core/store/store.h"
#include "ui/workflowlistmodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// Spacing follows the style's own metrics so the window keeps its proportions at 200 %.
int spacing(const QWidget *widget)
{
    return widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, widget);
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

} // namespace

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent), m_dataDir(dataDir), m_lastImportFolder(QDir::homePath())
{
    setWindowTitle(tr("Bookflow"));
    m_model = new WorkflowListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkflowListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(WorkflowListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    buildToolBar();
    buildCentralWidget();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("workflowCount"));
    m_count->setContentsMargins(spacing(this), 0, spacing(this), 0);
    statusBar()->addWidget(m_count);

    Result<std::unique_ptr<Store>> opened = Store::open(dataDir);
    if (opened) {
        m_store = std::move(opened).value();
        m_count->setToolTip(
            tr("Database: %1").arg(QDir::toNativeSeparators(m_store->databasePath())));
        reload();
    } else {
        m_storeError = opened.reason();
        // The store's reasons name the file; say which one if a reason ever does not.
        const QString path =
            QDir::toNativeSeparators(QDir(dataDir).filePath(QString::fromLatin1(Store::FileName)));
        QString detail = m_storeError;
        if (!detail.contains(path))
            detail += QLatin1Char('\n') + tr("Database file: %1").arg(path);
        showProblem(tr("Bookflow cannot open its workflow database"), detail);
        m_importAction->setEnabled(false);
        m_search->setEnabled(false);
        m_table->setEnabled(false);
        updatePages();
    }
    resize(1000, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setVisible(false); // nothing useful is left when it is hidden
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_importAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-import"),
                                     style()->standardIcon(QStyle::SP_DialogOpenButton)),
                    tr("Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setToolTip(tr("Import workflow files (.json) as new drafts"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importWithDialog);
    toolBar->addAction(m_importAction);

    auto *stretch = new QWidget(toolBar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(stretch);

    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search workflows"));
    m_search->setAccessibleName(tr("Search workflows"));
    m_search->setClearButtonEnabled(true);
    // Wide enough for the placeholder and a typical name in any font size, and no wider: the
    // toolbar would otherwise give it all the free space.
    m_search->setFixedWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updatePages();
    });
    toolBar->addWidget(m_search);
    // Keep the field off the window edge, as the table below is.
    auto *edge = new QWidget(toolBar);
    edge->setFixedWidth(spacing(this));
    toolBar->addWidget(edge);
}

void MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);

    // Only Workflows for now; the other sections arrive with the features behind them.
    // Entries inset from the edges (the panel's margins) and taller than the text, in the
    // style's own units so the proportions hold at any font size or scale.
    auto *navigationPanel = new QWidget(central);
    auto *navigationLayout = new QVBoxLayout(navigationPanel);
    navigationLayout->setContentsMargins(spacing(this), spacing(this) * 2, spacing(this), 0);
    m_navigation = new QListWidget(navigationPanel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPalette navigationPalette = m_navigation->palette();
    navigationPalette.setColor(QPalette::Base, navigationPalette.color(QPalette::Window));
    m_navigation->setPalette(navigationPalette);
    auto *workflowsItem = new QListWidgetItem(tr("Workflows"), m_navigation);
    workflowsItem->setSizeHint(
        QSize(0, m_navigation->fontMetrics().height() + spacing(this) * 3 / 2));
    m_navigation->setCurrentItem(workflowsItem);
    navigationLayout->addWidget(m_navigation);
    navigationPanel->setFixedWidth(qMax(
        m_navigation->fontMetrics().horizontalAdvance(workflowsItem->text()) + 8 * spacing(this),
        m_navigation->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24));
    columns->addWidget(navigationPanel);

    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    columns->addWidget(divider);

    auto *content = new QWidget(central);
    auto *rows = new QVBoxLayout(content);
    const int margin = spacing(this) * 2;
    rows->setContentsMargins(margin, margin, margin, margin);
    rows->setSpacing(margin);

    // The banner: shown only when the database cannot be used.
    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("storeErrorBanner"));
    const QPalette palette = m_banner->palette();
    const QColor warning(0xd9, 0x8e, 0x04);
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#storeErrorBanner { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; }")
            .arg(mix(palette.color(QPalette::Base), warning, 0.12).name(),
                 mix(palette.color(QPalette::Base), warning, 0.55).name()));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(margin, margin, margin, margin);
    bannerLayout->setSpacing(margin);
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    bannerIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    bannerIcon->setAlignment(Qt::AlignTop);
    bannerLayout->addWidget(bannerIcon);
    auto *bannerText = new QVBoxLayout;
    m_bannerTitle = new QLabel(m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("storeErrorTitle"));
    QFont titleFont = m_bannerTitle->font();
    titleFont.setBold(true);
    m_bannerTitle->setFont(titleFont);
    m_bannerTitle->setWordWrap(true);
    m_bannerDetail = new QLabel(m_banner);
    m_bannerDetail->setObjectName(QStringLiteral("storeErrorDetail"));
    m_bannerDetail->setWordWrap(true);
    m_bannerDetail->setTextFormat(Qt::PlainText);
    // Selectable so the path and reason can be copied into a support request.
    m_bannerDetail->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    bannerText->addWidget(m_bannerTitle);
    bannerText->addWidget(m_bannerDetail);
    bannerLayout->addLayout(bannerText, 1);
    m_banner->hide();
    rows->addWidget(m_banner);

    m_pages = new QStackedWidget(content);

    m_table = new QTableView(m_pages);
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_table->setAccessibleName(tr("Workflows"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    // Rows as tall as the text needs plus air, whatever the font size.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     2 * spacing(this));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(WorkflowListModel::NameColumn, QHeaderView::Stretch);
    for (int column = WorkflowListModel::TypeColumn; column < WorkflowListModel::ColumnCount;
         ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Room for the longer texts ("never published") before any row exists.
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 10);
    m_pages->insertWidget(TablePage, m_table);

    m_pages->insertWidget(EmptyPage, buildEmptyPage());

    m_noMatches = new QLabel(m_pages);
    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::PlainText);
    m_pages->insertWidget(NoMatchesPage, m_noMatches);

    rows->addWidget(m_pages, 1);
    columns->addWidget(content, 1);
    setCentralWidget(central);
    m_table->setFocus();
}

QWidget *MainWindow::buildEmptyPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *label = new QLabel(tr("No workflows yet. Import a workflow file to begin."), page);
    label->setObjectName(QStringLiteral("emptyStateText"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    layout->addWidget(label);
    layout->addSpacing(spacing(this));
    auto *button = new QPushButton(tr("Import a workflow file…"), page);
    button->setObjectName(QStringLiteral("emptyStateImport"));
    connect(button, &QPushButton::clicked, m_importAction, &QAction::trigger);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void MainWindow::showProblem(const QString &title, const QString &detail)
{
    m_bannerTitle->setText(title);
    m_bannerDetail->setText(detail);
    m_banner->show();
}

void MainWindow::reload()
{
    if (!m_store)
        return;
    const Result<QVector<WorkflowSummary>> workflows = m_store->workflows();
    if (!workflows) {
        showProblem(tr("Bookflow could not read the workflow list"), workflows.reason());
        m_model->setWorkflows({});
    } else {
        m_banner->hide();
        m_model->setWorkflows(*workflows);
    }
    updatePages();
}

void MainWindow::updatePages()
{
    if (!m_store) {
        // The (empty, disabled) table under the banner: it says where the list would be.
        m_pages->setCurrentIndex(TablePage);
        m_count->setText(tr("The workflow list is unavailable"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_pages->setCurrentIndex(EmptyPage);
    } else if (shown == 0) {
        m_noMatches->setText(tr("No workflows match “%1”.").arg(m_search->text().trimmed()));
        m_pages->setCurrentIndex(NoMatchesPage);
    } else {
        m_pages->setCurrentIndex(TablePage);
    }

    int on = 0;
    for (const WorkflowSummary &summary : m_model->workflows())
        on += summary.enabled ? 1 : 0;
    // Two explicit forms rather than "%n workflow(s)", which would read badly in English
    // until a numerus translation exists.
    QString text = total == 0   ? tr("No workflows")
                   : total == 1 ? tr("1 workflow")
                                : tr("%1 workflows").arg(total);
    if (total > 0)
        text = tr("%1 · %2 on").arg(text).arg(on);
    if (shown != total)
        text = tr("%1 shown of %2").arg(shown).arg(text);
    m_count->setText(text);
}

void MainWindow::importWithDialog()
{
    if (!m_store)
        return;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import workflow files"), m_lastImportFolder,
                                      tr("Workflow files (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastImportFolder = QFileInfo(paths.constFirst()).absolutePath();
    importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_store || paths.isEmpty())
        return;
    QStringList importedIds;
    QStringList failures;
    for (const QString &path : paths) {
        const Result<QString> imported = m_store->importFile(path);
        if (imported)
            importedIds << *imported;
        else
            failures << imported.reason();
    }
    reload();

    if (!importedIds.isEmpty()) {
        selectWorkflow(importedIds.constLast());
        const int row = m_model->rowOf(importedIds.constLast());
        const QString name =
            row < 0 ? QString()
                    : m_model->index(row, WorkflowListModel::NameColumn).data().toString();
        statusBar()->showMessage(
            importedIds.size() == 1
                ? tr("Imported “%1” as a draft.").arg(name)
                : tr("Imported %1 workflows as drafts.").arg(importedIds.size()),
            8000);
    }
    if (failures.isEmpty())
        return;

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("importErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Import"));
    if (paths.size() == 1)
        box->setText(tr("The workflow file could not be imported."));
    else
        box->setText(
            tr("%1 of the %2 files could not be imported.").arg(failures.size()).arg(paths.size()));
    box->setInformativeText(failures.join(QStringLiteral("\n\n")));
    box->setStandardButtons(QMessageBox::Ok);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::selectWorkflow(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // The search hides it; the person just imported it and wants to see it.
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

} // namespace bookflow
