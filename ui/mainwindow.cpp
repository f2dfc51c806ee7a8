#include "ui/mainwindow.h"

#include "core/store/store.h"
#include "core/workflow/recordnoun.h"
#include "core/workflow/review.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflowcodec.h"
#include "ui/icons.h"
#include "ui/main/navigationdelegate.h"
#include "ui/main/shortcutsdialog.h"
#include "ui/main/tablecelldelegate.h"
#include "ui/main/workflownamedialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/workflowlistmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bookflow {

namespace {

constexpr int MessageTimeout = 8000; // ms a status bar note stays
// The amber of warning.svg: a problem that needs the person, in every palette.
const QColor WarningAccent(0xd9, 0x77, 0x06);

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

// A banner's frame: a tint of `accent` over the palette's base colour, so it sits on light and dark
// themes alike; the text keeps the palette's own colour.
void tintBanner(QFrame *banner, const QColor &accent)
{
    const QPalette palette = banner->palette();
    banner->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                         "border-radius: 4px; }")
                              .arg(banner->objectName(),
                                   mix(palette.color(QPalette::Base), accent, 0.12).name(),
                                   mix(palette.color(QPalette::Base), accent, 0.55).name()));
}

QString quoted(const QString &name)
{
    return MainWindow::tr("“%1”", "a workflow's name in a sentence").arg(name);
}

// "Paid invoices (copy)" → a file name a person recognises: "paid-invoices-copy.json".
QString suggestedFileName(const QString &name, int version)
{
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+"),
                                    QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("workflow");
    if (version > 0)
        base += QStringLiteral("-v%1").arg(version);
    return base + QStringLiteral(".json");
}

QString blankName(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return MainWindow::tr("New deal-based workflow");
    case ObjectType::Quote:
        return MainWindow::tr("New quote-based workflow");
    case ObjectType::Payment:
        return MainWindow::tr("New payment-based workflow");
    }
    return {};
}

QString blankDescription(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return MainWindow::tr("A blank workflow that enrolls HubSpot deals. You add its triggers "
                              "and QuickBooks actions in the editor.");
    case ObjectType::Quote:
        return MainWindow::tr("A blank workflow that enrolls HubSpot quotes. You add its triggers "
                              "and QuickBooks actions in the editor.");
    case ObjectType::Payment:
        return MainWindow::tr("A blank workflow that enrolls HubSpot payments. You add its "
                              "triggers and QuickBooks actions in the editor.");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent), m_lastImportFolder(QDir::homePath()),
      m_lastExportFolder(QDir::homePath())
{
    setWindowTitle(tr("Bookflow"));
    setWindowIcon(icon(QStringLiteral("bookflow")));
    setAccessibleName(tr("Bookflow"));
    m_model = new WorkflowListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkflowListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(WorkflowListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    buildActions();
    buildToolBar();
    buildMenus();
    buildCentralWidget();
    buildStatusBar();

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
        m_search->setEnabled(false);
        m_table->setEnabled(false);
        updateListState();
    }
    updateActions();

    // "2 min ago" must not stay "2 min ago" for an hour.
    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, m_model, &WorkflowListModel::refreshTimes);
    clock->start();

    resize(1100, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_banner && m_demoBanner) {
        tintBanner(m_banner, WarningAccent);
        tintBanner(m_demoBanner, palette().color(QPalette::Highlight));
    }
}

// ---- Building ----------------------------------------------------------------------------------

void MainWindow::buildActions()
{
    const auto make = [this](const QString &objectName, const QString &text,
                             const QString &iconName = QString()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!iconName.isEmpty())
            action->setIcon(icon(iconName));
        // Also here so the shortcut works while the menu bar is hidden (a desktop's global menu).
        addAction(action);
        return action;
    };

    m_newMenu = new QMenu(tr("New workflow"), this);
    m_newMenu->setObjectName(QStringLiteral("newWorkflowMenu"));
    m_newMenu->setAccessibleName(tr("New workflow"));
    m_newMenu->setToolTipsVisible(true);
    const struct
    {
        ObjectType type;
        const char *objectName;
    } blanks[] = {
        {ObjectType::Deal, "newDealWorkflowAction"},
        {ObjectType::Quote, "newQuoteWorkflowAction"},
        {ObjectType::Payment, "newPaymentWorkflowAction"},
    };
    for (const auto &blank : blanks) {
        QAction *action = m_newMenu->addAction(icon(QStringLiteral("workflow")),
                                               WorkflowListModel::kindText(blank.type));
        action->setObjectName(QString::fromLatin1(blank.objectName));
        action->setToolTip(blankDescription(blank.type));
        const ObjectType type = blank.type;
        connect(action, &QAction::triggered, this, [this, type] { newWorkflow(type); });
    }
    m_newMenu->addSeparator();
    QMenu *templates = m_newMenu->addMenu(tr("From a template"));
    templates->setObjectName(QStringLiteral("newFromTemplateMenu"));
    templates->setToolTipsVisible(true);
    for (const WorkflowTemplate &t : workflowTemplates()) {
        QAction *action =
            templates->addAction(tr("%1 (%2)").arg(t.title, recordNoun(t.objectType)));
        action->setObjectName(QStringLiteral("newFromTemplateAction"));
        action->setData(t.fileName);
        action->setToolTip(t.description);
        const QString fileName = t.fileName;
        connect(action, &QAction::triggered, this,
                [this, fileName] { newWorkflowFromTemplate(fileName); });
    }

    m_newAction = make(QStringLiteral("newAction"), tr("&New workflow…"), QStringLiteral("add"));
    // Toolbar buttons show the icon text: the short name, without the menu's "…".
    m_newAction->setIconText(tr("New workflow"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start a workflow from scratch or from a template"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::showNewWorkflowMenu);

    m_importAction = make(QStringLiteral("importAction"), tr("&Import…"), QStringLiteral("import"));
    m_importAction->setToolTip(tr("Import workflow files (.json) as new drafts"));
    m_importAction->setIconText(tr("Import"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importWithDialog);

    m_exportAction = make(QStringLiteral("exportAction"), tr("&Export…"), QStringLiteral("export"));
    m_exportAction->setToolTip(tr("Save the selected workflow as a workflow file (.json)"));
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelected);

    // Open and Delete act on the list only (their keys mean other things in a text field or in
    // the other sections), so they are the table's own shortcuts; the menu still shows them.
    m_openAction = new QAction(tr("&Open"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setIcon(icon(QStringLiteral("workflow")));
    m_openAction->setToolTip(tr("Open the selected workflow in the editor"));
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelected);

    m_duplicateAction =
        make(QStringLiteral("duplicateAction"), tr("D&uplicate"), QStringLiteral("duplicate"));
    m_duplicateAction->setToolTip(tr("Copy the selected workflow as a new draft"));
    m_duplicateAction->setIconText(tr("Duplicate"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelected);

    m_deleteAction = new QAction(icon(QStringLiteral("delete")), tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setToolTip(tr("Delete the selected workflow"));
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_turnOnOffAction =
        make(QStringLiteral("turnOnOffAction"), tr("Turn &on…"), QStringLiteral("on"));
    m_turnOnOffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_turnOnOffAction->setProperty(ShortcutsDialog::LabelProperty, tr("Turn on or off"));
    connect(m_turnOnOffAction, &QAction::triggered, this, &MainWindow::turnSelectedOnOrOff);

    m_findAction = make(QStringLiteral("findAction"), tr("&Find…"), QStringLiteral("search"));
    m_findAction->setToolTip(tr("Search workflows by name"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(Page::Workflows);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_refreshAction =
        make(QStringLiteral("refreshAction"), tr("&Refresh"), QStringLiteral("refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);

    m_quitAction = make(QStringLiteral("quitAction"), tr("&Quit"));
    // Spelled out: QKeySequence::Quit is empty on some platforms.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_shortcutsAction = make(QStringLiteral("shortcutsAction"), tr("&Keyboard shortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_settingsAction = make(QStringLiteral("settingsAction"), tr("&Settings…"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = make(QStringLiteral("aboutAction"), tr("&About Bookflow"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    const struct
    {
        Page page;
        const char *objectName;
        QString text;
        const char *iconName;
    } pages[] = {
        {Page::Workflows, "workflowsPageAction", tr("&Workflows"), "workflow"},
        {Page::RunHistory, "runHistoryPageAction", tr("Run &history"), "history"},
        {Page::NeedsReview, "needsReviewPageAction", tr("Needs &review"), "review"},
        {Page::Connections, "connectionsPageAction", tr("&Connections"), "connections"},
    };
    for (const auto &entry : pages) {
        QAction *action = make(QString::fromLatin1(entry.objectName), entry.text,
                               QString::fromLatin1(entry.iconName));
        action->setCheckable(true);
        action->setData(int(entry.page));
        action->setShortcut(QKeySequence(
            QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + int(entry.page)))));
        m_pageActions->addAction(action);
        const Page page = entry.page;
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    m_pageActions->actions().constFirst()->setChecked(true);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_openAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_turnOnOffAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_pageActions->actions());
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->toggleViewAction()->setVisible(false); // nothing useful is left when it is hidden
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The icons are drawn on a 16 px grid: at that size their lines fall where they were drawn.
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    toolBar->setIconSize(QSize(small, small));

    // "+ New workflow ▾": the button is the menu (InstantPopup), as in UI.md.
    // The main part and the arrow both open the menu; the arrow shows that there is a choice.
    m_newButton = new QToolButton(toolBar);
    m_newButton->setObjectName(QStringLiteral("newWorkflowButton"));
    m_newButton->setDefaultAction(m_newAction);
    m_newButton->setAccessibleName(tr("New workflow"));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_newButton->setMenu(m_newMenu);
    toolBar->addWidget(m_newButton);
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addAction(m_turnOnOffAction);
    for (QAction *action :
         {m_importAction, m_exportAction, m_duplicateAction, m_deleteAction, m_turnOnOffAction}) {
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }

    auto *stretch = new QWidget(toolBar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(stretch);

    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search workflows"));
    m_search->setAccessibleName(tr("Search workflows"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    // Wide enough for the placeholder and a typical name in any font size, and no wider: the
    // toolbar would otherwise give it all the free space. In a narrow window it gives way before
    // any button has to move into the toolbar's overflow menu.
    const int x = m_search->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_search->setMinimumWidth(x * 16);
    m_search->setMaximumWidth(x * 30);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateListState();
        updateActions();
    });
    // Down from the search field goes to the list, as in a browser's address bar.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    toolBar->addWidget(m_search);

    // "Demo workspace" with the flask of test runs: nothing here reaches a real account.
    auto *demo = new QWidget(toolBar);
    demo->setObjectName(QStringLiteral("demoIndicator"));
    demo->setAccessibleName(tr("Demo workspace"));
    demo->setToolTip(tr("You are exploring demo data: nothing reaches a real HubSpot portal or "
                        "QuickBooks company."));
    auto *demoLayout = new QHBoxLayout(demo);
    demoLayout->setContentsMargins(spacing(this) * 2, 0, 0, 0);
    demoLayout->setSpacing(spacing(this) / 2 + 1);
    auto *demoIcon = new QLabel(demo);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    demoIcon->setPixmap(icon(QStringLiteral("test")).pixmap(iconSize, iconSize));
    demoLayout->addWidget(demoIcon);
    m_demoIndicator = new QLabel(tr("Demo workspace"), demo);
    m_demoIndicator->setObjectName(QStringLiteral("demoIndicatorText"));
    demoLayout->addWidget(m_demoIndicator);
    m_demoIndicatorAction = toolBar->addWidget(demo);
    m_demoIndicatorAction->setObjectName(QStringLiteral("demoIndicatorAction"));
    m_demoIndicatorAction->setVisible(false);

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

    // The navigation: entries inset from the edges and taller than the text, in the style's own
    // units so the proportions hold at any font size or scale.
    auto *navigationPanel = new QWidget(central);
    navigationPanel->setObjectName(QStringLiteral("navigationPanel"));
    auto *navigationLayout = new QVBoxLayout(navigationPanel);
    navigationLayout->setContentsMargins(spacing(this), spacing(this) * 2, spacing(this), 0);
    m_navigation = new QListWidget(navigationPanel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setIconSize(QSize(1, 1) *
                              style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this));
    // The panel is part of the window's chrome, not a white box.
    QPalette navigationPalette = m_navigation->palette();
    navigationPalette.setColor(QPalette::Base, navigationPalette.color(QPalette::Window));
    m_navigation->setPalette(navigationPalette);
    int widest = 0;
    for (QAction *action : m_pageActions->actions()) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        auto *item = new QListWidgetItem(action->icon(), text, m_navigation);
        item->setData(Qt::UserRole, action->data());
        item->setToolTip(
            tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + spacing(this) * 3 / 2));
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(text));
    }
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(m_navigation->item(row)->data(Qt::UserRole).toInt()));
    });
    navigationLayout->addWidget(m_navigation);
    // Label, icon, a badge of three digits and air.
    navigationPanel->setFixedWidth(
        qMax(widest + m_navigation->iconSize().width() +
                 m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("0000")) +
                 8 * spacing(this),
             m_navigation->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26));
    columns->addWidget(navigationPanel);

    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    columns->addWidget(divider);

    auto *content = new QWidget(central);
    auto *rows = new QVBoxLayout(content);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);

    // The demo banner sits above every section: the whole window shows demo data.
    m_demoBannerArea = new QWidget(content);
    auto *demoLayout = new QVBoxLayout(m_demoBannerArea);
    const int margin = spacing(this) * 2;
    demoLayout->setContentsMargins(margin, margin, margin, 0);
    m_demoBanner = buildDemoBanner(m_demoBannerArea);
    demoLayout->addWidget(m_demoBanner);
    m_demoBannerArea->hide();
    rows->addWidget(m_demoBannerArea);

    m_sections = new QStackedWidget(content);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->addWidget(buildWorkflowsPage(m_sections));
    for (const Page page : {Page::RunHistory, Page::NeedsReview, Page::Connections})
        m_sections->addWidget(buildPlaceholder(page, m_sections));
    rows->addWidget(m_sections, 1);

    columns->addWidget(content, 1);
    setCentralWidget(central);
    m_table->setFocus();
}

QWidget *MainWindow::buildWorkflowsPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("workflowsPage"));
    auto *rows = new QVBoxLayout(page);
    const int margin = spacing(this) * 2;
    rows->setContentsMargins(margin, margin, margin, margin);
    rows->setSpacing(margin);

    // The banner: shown only when the database cannot be used.
    m_banner = new QFrame(page);
    m_banner->setObjectName(QStringLiteral("storeErrorBanner"));
    m_banner->setAccessibleName(tr("Database problem"));
    tintBanner(m_banner, WarningAccent);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(margin, margin, margin, margin);
    bannerLayout->setSpacing(margin);
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    bannerIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(iconSize, iconSize));
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

    m_listStates = new QStackedWidget(page);

    m_table = new QTableView(m_listStates);
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_table->setAccessibleName(tr("Workflows"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TableCellDelegate(m_table));
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
    // Room for the longer texts ("never published") before any row exists, plus air between
    // the columns.
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_openAction);
    auto *separator1 = new QAction(m_table);
    separator1->setSeparator(true);
    m_table->addAction(separator1);
    m_table->addAction(m_exportAction);
    m_table->addAction(m_duplicateAction);
    m_table->addAction(m_turnOnOffAction);
    auto *separator2 = new QAction(m_table);
    separator2->setSeparator(true);
    m_table->addAction(separator2);
    m_table->addAction(m_deleteAction);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openWorkflow(index.data(WorkflowListModel::IdRole).toString());
    });
    // A click moves the current row before it selects it: follow the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    m_listStates->insertWidget(TableState, m_table);

    m_listStates->insertWidget(EmptyState, buildEmptyState(m_listStates));

    m_noMatches = new QLabel(m_listStates);
    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::PlainText);
    m_listStates->insertWidget(NoMatchesState, m_noMatches);

    rows->addWidget(m_listStates, 1);
    return page;
}

QWidget *MainWindow::buildEmptyState(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *picture = new QLabel(page);
    const int pictureSize = m_table->fontMetrics().height() * 3;
    picture->setPixmap(icon(QStringLiteral("workflow")).pixmap(pictureSize, pictureSize));
    picture->setAlignment(Qt::AlignCenter);
    layout->addWidget(picture);
    layout->addSpacing(spacing(this));
    auto *label = new QLabel(tr("No workflows yet. Start one from a template or from scratch, or "
                                "import a workflow file."),
                             page);
    label->setObjectName(QStringLiteral("emptyStateText"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    layout->addWidget(label);
    layout->addSpacing(spacing(this));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(spacing(this));
    buttons->addStretch(1);
    auto *create = new QPushButton(icon(QStringLiteral("add")), tr("New workflow"), page);
    create->setObjectName(QStringLiteral("emptyStateNew"));
    create->setAccessibleName(tr("New workflow"));
    create->setMenu(m_newMenu);
    buttons->addWidget(create);
    auto *import =
        new QPushButton(icon(QStringLiteral("import")), tr("Import a workflow file…"), page);
    import->setObjectName(QStringLiteral("emptyStateImport"));
    import->setAccessibleName(tr("Import a workflow file"));
    connect(import, &QPushButton::clicked, m_importAction, &QAction::trigger);
    buttons->addWidget(import);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

QFrame *MainWindow::buildDemoBanner(QWidget *parent)
{
    auto *banner = new QFrame(parent);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAccessibleName(tr("Demo data"));
    tintBanner(banner, palette().color(QPalette::Highlight));
    auto *layout = new QHBoxLayout(banner);
    const int margin = spacing(this) * 3 / 2;
    layout->setContentsMargins(margin * 3 / 2, margin, margin, margin);
    layout->setSpacing(margin);
    auto *text = new QLabel(tr("You are exploring demo data. Connect HubSpot and QuickBooks to use "
                               "your own."),
                            banner);
    text->setObjectName(QStringLiteral("demoBannerText"));
    text->setWordWrap(true);
    layout->addWidget(text, 1);
    auto *connectButton =
        new QPushButton(icon(QStringLiteral("connections")), tr("Connect accounts"), banner);
    connectButton->setObjectName(QStringLiteral("connectAccountsButton"));
    connectButton->setAccessibleName(tr("Connect accounts"));
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::connectAccountsRequested);
    layout->addWidget(connectButton);
    auto *resetButton =
        new QPushButton(icon(QStringLiteral("refresh")), tr("Reset demo data…"), banner);
    resetButton->setObjectName(QStringLiteral("resetDemoButton"));
    resetButton->setAccessibleName(tr("Reset demo data"));
    connect(resetButton, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(this);
        box->setObjectName(QStringLiteral("resetDemoBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Reset demo data"));
        box->setText(tr("Put the demo data back as it was?"));
        box->setInformativeText(tr("The sample records in the demo's HubSpot and QuickBooks "
                                   "return to how they started and the run history is cleared. "
                                   "Your workflows are kept, turned off, so nothing runs until "
                                   "you turn them on again."));
        QPushButton *reset = box->addButton(tr("Reset demo data"), QMessageBox::DestructiveRole);
        reset->setObjectName(QStringLiteral("confirmResetDemoButton"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton *clicked) {
            if (clicked == reset)
                Q_EMIT resetDemoRequested();
        });
        box->setWindowModality(Qt::WindowModal);
        box->open();
    });
    layout->addWidget(resetButton);
    return banner;
}

QWidget *MainWindow::buildPlaceholder(Page page, QWidget *parent)
{
    auto *placeholder = new QWidget(parent);
    placeholder->setObjectName(QStringLiteral("placeholder%1").arg(int(page)));
    auto *layout = new QVBoxLayout(placeholder);
    QString title;
    switch (page) {
    case Page::Workflows:
    case Page::RunHistory:
        title = tr("Run history");
        break;
    case Page::NeedsReview:
        title = tr("Needs review");
        break;
    case Page::Connections:
        title = tr("Connections");
        break;
    }
    auto *label = new QLabel(tr("%1 is not available yet.").arg(title), placeholder);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's quieter text colour
    layout->addWidget(label);
    placeholder->setAccessibleName(title);
    return placeholder;
}

void MainWindow::buildStatusBar()
{
    m_engineStatus = new QLabel(this);
    m_engineStatus->setObjectName(QStringLiteral("engineStatus"));
    m_engineStatus->setContentsMargins(spacing(this), 0, spacing(this), 0);
    m_engineStatus->setTextFormat(Qt::PlainText);
    m_engineStatus->hide();
    statusBar()->addWidget(m_engineStatus, 1);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("engineBusy"));
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setRange(0, 0); // moving, no percentage: how long a pass takes is not known
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("workflowCount"));
    m_count->setContentsMargins(spacing(this), 0, spacing(this), 0);
    statusBar()->addPermanentWidget(m_count);
}

// ---- Plug-in points ----------------------------------------------------------------------------

void MainWindow::setPage(Page page, QWidget *widget)
{
    if (page == Page::Workflows || !widget)
        return;
    const int index = int(page);
    QWidget *old = m_sections->widget(index);
    const bool current = m_sections->currentIndex() == index;
    m_sections->insertWidget(index, widget);
    if (old) {
        m_sections->removeWidget(old);
        old->deleteLater();
    }
    if (current)
        m_sections->setCurrentIndex(index);
}

QWidget *MainWindow::page(Page page) const
{
    return m_sections->widget(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_sections->currentIndex());
}

void MainWindow::showPage(Page page)
{
    const int index = int(page);
    if (index < 0 || index >= m_sections->count())
        return;
    const bool changed = m_sections->currentIndex() != index;
    m_sections->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_pageActions->actions().at(index)->setChecked(true);
    updateActions();
    if (changed) {
        // Keyboard users land in the section, not on the navigation they just left.
        if (page == Page::Workflows && m_table->isVisible())
            m_table->setFocus(Qt::OtherFocusReason);
        Q_EMIT pageChanged(page);
    }
}

void MainWindow::setEditorOpener(std::function<void(const QString &)> opener)
{
    m_editorOpener = std::move(opener);
}

void MainWindow::setNeedsReviewCount(int count)
{
    m_needsReviewCount = qMax(0, count);
    QListWidgetItem *item = m_navigation->item(int(Page::NeedsReview));
    item->setData(NavigationDelegate::CountRole, m_needsReviewCount);
    const QString base = tr("Needs review");
    if (m_needsReviewCount == 0) {
        item->setData(Qt::AccessibleTextRole, base);
    } else {
        const QString count =
            m_needsReviewCount == 1
                ? tr("1 enrollment with a failed action")
                : tr("%1 enrollments with a failed action").arg(m_needsReviewCount);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(base, count));
    }
}

void MainWindow::setEngineStatus(const QString &text, bool busy)
{
    m_engineStatus->setText(text);
    m_engineStatus->setAccessibleName(text);
    m_engineStatus->setVisible(!text.isEmpty());
    m_busy->setVisible(busy);
}

void MainWindow::setDemoBanner(bool shown)
{
    m_demoBannerArea->setVisible(shown);
    m_demoIndicatorAction->setVisible(shown);
}

bool MainWindow::isDemoBannerShown() const
{
    // Hidden or not by setDemoBanner, whether or not the window itself is on screen yet.
    return !m_demoBannerArea->isHidden();
}

// ---- The list ----------------------------------------------------------------------------------

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
    const QString selected = selectedWorkflowId();
    const Result<QVector<WorkflowSummary>> workflows = m_store->workflows();
    if (!workflows) {
        showProblem(tr("Bookflow could not read the workflow list"), workflows.reason());
        m_model->setWorkflows({});
        updateListState();
        updateActions();
        return;
    }
    m_banner->hide();

    // Review needs the connections (HubSpot connected, each company known and in the US); when
    // they cannot be read, review without them rather than show nothing.
    const Result<QVector<Connection>> connections = m_store->connections();
    QVector<WorkflowListEntry> entries;
    entries.reserve(workflows->size());
    for (const WorkflowSummary &summary : *workflows) {
        WorkflowListEntry entry;
        entry.summary = summary;
        const Result<Workflow> draft = m_store->draft(summary.id);
        if (draft) {
            const QVector<ReviewItem> items = connections
                                                  ? WorkflowReview::review(*draft, *connections)
                                                  : WorkflowReview::review(*draft);
            entry.reviewed = true;
            for (const ReviewItem &item : items) {
                if (item.isError()) {
                    ++entry.errors;
                    entry.issues.insert(entry.errors - 1, item.message);
                } else {
                    ++entry.warnings;
                    entry.issues.append(item.message);
                }
            }
        }
        // The newest enrollment is the last run; its actions may have run (retries) after it
        // enrolled.
        const Result<QVector<HistoryEntry>> latest = m_store->history(summary.id, 1);
        if (latest && !latest->isEmpty()) {
            const HistoryEntry &run = latest->constFirst();
            entry.lastRun = run.enrollment.enrolledAt;
            for (const ActionRunRow &action : run.actions) {
                if (action.updatedAt.isValid() && action.updatedAt > entry.lastRun)
                    entry.lastRun = action.updatedAt;
            }
        }
        entries.append(entry);
    }
    m_model->setEntries(entries);
    if (!selected.isEmpty())
        selectWorkflow(selected);
    updateListState();
    updateActions();
}

void MainWindow::updateListState()
{
    if (!m_store) {
        // The (empty, disabled) table under the banner: it says where the list would be.
        m_listStates->setCurrentIndex(TableState);
        m_count->setText(tr("The workflow list is unavailable"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_listStates->setCurrentIndex(EmptyState);
    } else if (shown == 0) {
        m_noMatches->setText(tr("No workflows match “%1”.").arg(m_search->text().trimmed()));
        m_listStates->setCurrentIndex(NoMatchesState);
    } else {
        m_listStates->setCurrentIndex(TableState);
    }

    int on = 0;
    for (const WorkflowListEntry &entry : m_model->entries())
        on += entry.summary.enabled ? 1 : 0;
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

const WorkflowSummary *MainWindow::selectedSummary() const
{
    const QString id = selectedWorkflowId();
    if (id.isEmpty())
        return nullptr;
    const int row = m_model->rowOf(id);
    return row < 0 ? nullptr : &m_model->entries().at(row).summary;
}

QString MainWindow::selectedWorkflowId() const
{
    if (!m_table || !m_table->selectionModel())
        return {};
    const QModelIndex current = m_table->currentIndex();
    // The current row only counts when it is also selected (and so highlighted): a list where
    // nothing is highlighted must not export or delete anything.
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(WorkflowListModel::IdRole).toString();
}

void MainWindow::updateActions()
{
    const bool onList = m_store && currentPage() == Page::Workflows;
    const WorkflowSummary *selected = onList ? selectedSummary() : nullptr;
    m_newAction->setEnabled(bool(m_store));
    m_newButton->setEnabled(bool(m_store));
    m_newMenu->setEnabled(bool(m_store));
    m_importAction->setEnabled(bool(m_store));
    m_refreshAction->setEnabled(bool(m_store));
    for (QAction *action :
         {m_openAction, m_exportAction, m_duplicateAction, m_deleteAction, m_turnOnOffAction}) {
        action->setEnabled(selected != nullptr);
    }
    const bool on = selected && selected->enabled;
    m_turnOnOffAction->setText(on ? tr("Turn &off") : tr("Turn &on…"));
    m_turnOnOffAction->setIcon(icon(on ? QStringLiteral("off") : QStringLiteral("on")));
    m_turnOnOffAction->setToolTip(on ? tr("Stop enrolling new records in the selected workflow")
                                     : tr("Review, publish and turn on the selected workflow"));
    m_turnOnOffAction->setIconText(on ? tr("Turn off") : tr("Turn on"));
}

void MainWindow::selectWorkflow(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // The search hides it; the person just made or imported it and wants to see it.
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateActions();
}

QString MainWindow::uniqueName(const QString &base) const
{
    QSet<QString> taken;
    for (const WorkflowListEntry &entry : m_model->entries())
        taken.insert(entry.summary.name.trimmed().toCaseFolded());
    if (!taken.contains(base.trimmed().toCaseFolded()))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 %2", "a workflow name and a number").arg(base).arg(n);
        if (!taken.contains(candidate.toCaseFolded()))
            return candidate;
    }
}

// ---- Commands ----------------------------------------------------------------------------------

void MainWindow::showError(const QString &text, const QString &detail)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Bookflow"));
    box->setText(text);
    box->setInformativeText(detail);
    box->setStandardButtons(QMessageBox::Ok);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::openWorkflow(const QString &id)
{
    if (id.isEmpty())
        return;
    if (m_editorOpener) {
        m_editorOpener(id);
        return;
    }
    statusBar()->showMessage(tr("The workflow editor is not available in this build."),
                             MessageTimeout);
}

void MainWindow::openSelected()
{
    openWorkflow(selectedWorkflowId());
}

void MainWindow::showNewWorkflowMenu()
{
    if (!m_store)
        return;
    showPage(Page::Workflows);
    // Non-blocking popup under the toolbar button, so the keyboard can pick an entry at once.
    const QPoint below = m_newButton->isVisible()
                             ? m_newButton->mapToGlobal(QPoint(0, m_newButton->height()))
                             : mapToGlobal(QPoint(width() / 3, height() / 4));
    m_newMenu->popup(below);
}

void MainWindow::askName(const QString &title, const QString &description, const QString &name,
                         const std::function<void(const QString &)> &create)
{
    auto *dialog = new WorkflowNameDialog(title, description, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [dialog, create] { create(dialog->name()); });
    dialog->open();
}

void MainWindow::newWorkflow(ObjectType type)
{
    if (!m_store)
        return;
    askName(blankName(type), blankDescription(type), uniqueName(blankName(type)),
            [this, type](const QString &name) {
                Workflow workflow;
                workflow.name = name;
                workflow.objectType = type;
                const Result<QString> added = addWorkflow(workflow);
                if (!added)
                    showError(tr("The workflow could not be created."), added.reason());
            });
}

void MainWindow::newWorkflowFromTemplate(const QString &templateFileName)
{
    if (!m_store)
        return;
    const QVector<WorkflowTemplate> templates = workflowTemplates();
    const auto found =
        std::find_if(templates.cbegin(), templates.cend(),
                     [&](const WorkflowTemplate &t) { return t.fileName == templateFileName; });
    if (found == templates.cend())
        return;
    const WorkflowTemplate chosen = *found;
    askName(tr("New workflow from a template"), chosen.description, uniqueName(chosen.title),
            [this, chosen](const QString &name) {
                Result<Workflow> workflow =
                    WorkflowCodec::decode(templateJson(chosen.fileName), chosen.fileName);
                if (!workflow) {
                    showError(tr("The template could not be read."), workflow.reason());
                    return;
                }
                Workflow made = std::move(workflow).value();
                made.name = name;
                const Result<QString> added = addWorkflow(made);
                if (!added)
                    showError(tr("The workflow could not be created."), added.reason());
            });
}

Result<QString> MainWindow::addWorkflow(const Workflow &workflow)
{
    if (!m_store)
        return Failure{m_storeError};
    Workflow added = workflow;
    added.id = Workflow::newId();
    const Status created = m_store->createWorkflow(added);
    if (!created)
        return Failure{created.reason()};
    reload();
    selectWorkflow(added.id);
    statusBar()->showMessage(tr("Created %1 as a draft.").arg(quoted(added.name)), MessageTimeout);
    Q_EMIT workflowsChanged();
    openWorkflow(added.id);
    return added.id;
}

Result<QString> MainWindow::duplicateWorkflow(const QString &id)
{
    if (!m_store)
        return Failure{m_storeError};
    Result<Workflow> draft = m_store->draft(id);
    if (!draft)
        return draft.failure();
    Workflow copy = std::move(draft).value();
    const QString original = copy.name.trimmed();
    QString name = tr("%1 (copy)").arg(original);
    // "(copy)", then "(copy 2)": each duplicate is told apart in the list.
    for (int n = 2; uniqueName(name) != name; ++n)
        name = tr("%1 (copy %2)").arg(original).arg(n);
    copy.name = name;
    return addWorkflow(copy);
}

void MainWindow::duplicateSelected()
{
    const QString id = selectedWorkflowId();
    if (id.isEmpty())
        return;
    const Result<QString> copied = duplicateWorkflow(id);
    if (!copied)
        showError(tr("The workflow could not be duplicated."), copied.reason());
}

void MainWindow::deleteSelected()
{
    const WorkflowSummary *selected = selectedSummary();
    if (!selected)
        return;
    const QString id = selected->id;
    const QString name = quoted(selected->name);
    if (!selected->enabled) {
        confirmDelete(id);
        return;
    }
    // A workflow that is on keeps enrolling; deleting it under the engine would cut records off
    // halfway. Off first (which lets enrolled work finish), then the usual question.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("deleteOnWorkflowBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Delete workflow"));
    box->setText(tr("%1 is on.").arg(name));
    box->setInformativeText(tr("Turn it off before deleting it: no new records enroll from then "
                               "on, and the records already enrolled finish their actions."));
    QPushButton *turnOff = box->addButton(tr("Turn off"), QMessageBox::AcceptRole);
    turnOff->setObjectName(QStringLiteral("turnOffFirstButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, turnOff](QAbstractButton *clicked) {
        if (clicked != turnOff || !m_store)
            return;
        const Status off = m_store->setEnabled(id, false);
        if (!off) {
            showError(tr("The workflow could not be turned off."), off.reason());
            return;
        }
        reload();
        Q_EMIT workflowsChanged();
        // Once the box is gone, so that only one window-modal question is up at a time.
        QTimer::singleShot(0, this, [this, id] { confirmDelete(id); });
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::confirmDelete(const QString &id)
{
    if (!m_store)
        return;
    const Result<WorkflowSummary> summary = m_store->summary(id);
    if (!summary) {
        showError(tr("The workflow could not be deleted."), summary.reason());
        return;
    }
    // Records still being worked on: the executor reads each enrollment's version, which goes
    // with the workflow.
    int unfinished = 0;
    const Result<QVector<HistoryEntry>> history = m_store->history(id, -1);
    if (history) {
        for (const HistoryEntry &entry : *history)
            unfinished += entry.enrollment.status == EnrollmentStatus::Active ? 1 : 0;
    }

    QStringList details;
    details << (summary->publishedVersion == 0 ? tr("Its draft is deleted. This cannot be undone.")
                : summary->publishedVersion == 1
                    ? tr("Its draft and its published version are deleted. This cannot be undone.")
                    : tr("Its draft and its %1 published versions are deleted. This cannot be "
                         "undone.")
                          .arg(summary->publishedVersion));
    details << tr("The run history stays, and documents already created stay in QuickBooks.");
    if (unfinished > 0) {
        details << (unfinished == 1
                        ? tr("1 record enrolled in it has not finished its actions. If you "
                             "delete the workflow now, its remaining actions will not run. To "
                             "let it finish, delete the workflow later.")
                        : tr("%1 records enrolled in it have not finished their actions. If you "
                             "delete the workflow now, their remaining actions will not run. To "
                             "let them finish, delete the workflow later.")
                              .arg(unfinished));
    }

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("deleteWorkflowBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(unfinished > 0 ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(tr("Delete workflow"));
    box->setText(tr("Delete %1?").arg(quoted(summary->name)));
    box->setInformativeText(details.join(QStringLiteral("\n\n")));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString name = summary->name;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, id, name, remove](QAbstractButton *clicked) {
                if (clicked != remove || !m_store)
                    return;
                const Status removed = m_store->removeWorkflow(id);
                if (!removed) {
                    showError(tr("The workflow could not be deleted."), removed.reason());
                    return;
                }
                reload();
                statusBar()->showMessage(tr("Deleted %1.").arg(quoted(name)), MessageTimeout);
                Q_EMIT workflowsChanged();
            });
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::turnSelectedOnOrOff()
{
    const WorkflowSummary *selected = selectedSummary();
    if (!selected || !m_store)
        return;
    const QString id = selected->id;
    if (!selected->enabled) {
        if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::turnOnRequested)))
            Q_EMIT turnOnRequested(id);
        else
            openWorkflow(id); // review and publish live in the editor
        return;
    }
    const QString name = selected->name;
    const Status off = m_store->setEnabled(id, false);
    if (!off) {
        showError(tr("The workflow could not be turned off."), off.reason());
        return;
    }
    reload();
    statusBar()->showMessage(tr("%1 is off: no new records enroll. Records already enrolled "
                                "finish their actions.")
                                 .arg(quoted(name)),
                             MessageTimeout);
    Q_EMIT workflowsChanged();
}

// ---- Import and export -------------------------------------------------------------------------

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
            MessageTimeout);
        Q_EMIT workflowsChanged();
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

Status MainWindow::exportWorkflow(const QString &id, const QString &path, int version)
{
    if (!m_store)
        return Failure{m_storeError};
    return m_store->exportFile(id, path, version);
}

void MainWindow::exportSelected()
{
    const WorkflowSummary *selected = selectedSummary();
    if (!selected || !m_store)
        return;
    const QString id = selected->id;
    const Result<QVector<VersionInfo>> versions = m_store->versions(id);
    if (!versions || versions->isEmpty()) {
        askExportFile(id, 0);
        return;
    }

    // Published versions exist: which one? The draft first, as it is what the person edits.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("exportVersionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export %1").arg(quoted(selected->name)));
    auto *layout = new QVBoxLayout(dialog);
    auto *question = new QLabel(tr("Which one do you want to save as a file?"), dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto *choice = new QComboBox(dialog);
    choice->setObjectName(QStringLiteral("exportVersionChoice"));
    choice->setAccessibleName(tr("What to export"));
    choice->addItem(selected->draftChanged ? tr("The draft (with unpublished changes)")
                                           : tr("The draft (same as the latest version)"),
                    0);
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        choice->addItem(
            tr("Version %1, published %2")
                .arg(it->number)
                .arg(QLocale().toString(it->publishedAt.toLocalTime(), QLocale::ShortFormat)),
            it->number);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), choice);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportChooseFileButton"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 55);
    connect(dialog, &QDialog::accepted, this, [this, id, choice] {
        const int version = choice->currentData().toInt();
        // After the dialog is gone: one window-modal dialog at a time.
        QTimer::singleShot(0, this, [this, id, version] { askExportFile(id, version); });
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MainWindow::askExportFile(const QString &id, int version)
{
    if (!m_store)
        return;
    const Result<WorkflowSummary> summary = m_store->summary(id);
    if (!summary) {
        showError(tr("The workflow could not be exported."), summary.reason());
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export workflow"), m_lastExportFolder,
                                   tr("Workflow files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(suggestedFileName(summary->name, version));
    const QString name = summary->name;
    connect(
        dialog, &QFileDialog::fileSelected, this, [this, id, version, name](const QString &path) {
            m_lastExportFolder = QFileInfo(path).absolutePath();
            const Status written = exportWorkflow(id, path, version);
            if (!written) {
                showError(tr("The workflow could not be exported."), written.reason());
                return;
            }
            statusBar()->showMessage(version == 0
                                         ? tr("Saved the draft of %1 to %2.")
                                               .arg(quoted(name), QDir::toNativeSeparators(path))
                                         : tr("Saved version %1 of %2 to %3.")
                                               .arg(version)
                                               .arg(quoted(name), QDir::toNativeSeparators(path)),
                                     MessageTimeout);
        });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

// ---- Help --------------------------------------------------------------------------------------

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    ShortcutsDialog::Groups groups;
    groups.append({tr("Workflows"),
                   {m_newAction, m_openAction, m_importAction, m_exportAction, m_duplicateAction,
                    m_deleteAction, m_turnOnOffAction, m_findAction}});
    groups.append({tr("Sections"), m_pageActions->actions()});
    groups.append(
        {tr("Window"), {m_refreshAction, m_settingsAction, m_shortcutsAction, m_quitAction}});
    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: it can stay open next to the window while learning the keys
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    // Started at login, Bookflow opens no window of its own accord (--background: workflows that
    // are on run, the tray reopens it), on the workspace this window shows.
    QStringList arguments{QStringLiteral("--background")};
    if (m_store && QDir(m_store->dataDir()) != QDir(Store::defaultDataDir()))
        arguments << QStringLiteral("--data-dir") << m_store->dataDir();
    dialog->setAutostartCommand(QCoreApplication::applicationFilePath(), arguments);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Bookflow"));
    box->setIconPixmap(icon(QStringLiteral("bookflow")).pixmap(64, 64));
    box->setText(tr("<b>Bookflow</b> %1").arg(QApplication::applicationVersion().toHtmlEscaped()));
    box->setInformativeText(
        tr("Workflows that create QuickBooks Online documents from HubSpot deals, quotes and "
           "payments. Your workflows and history stay on this computer; your sign-ins are kept "
           "in the system keychain."));
    box->setStandardButtons(QMessageBox::Close);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace bookflow
