// The main window and its workflow list: the model's contract (QAbstractItemModelTester), the
// empty state, a database that cannot be opened (shown, never touched), search, import, New
// (blank and from a template), duplicate, delete, export, on/off, the editor opener, the sections
// and their shortcuts, the status bar, the demo banner, the icon set, a dark palette and 200 %.
#include "core/store/store.h"
#include "core/workflow/review.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflowcodec.h"
#include "ui/icons.h"
#include "ui/main/navigationdelegate.h"
#include "ui/main/workflownamedialog.h"
#include "ui/mainwindow.h"
#include "ui/workflowlistmodel.h"

#include "support/workflows.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace bookflow;

namespace {

WorkflowSummary summary(const QString &name, ObjectType type, bool enabled, int version,
                        bool draftChanged)
{
    WorkflowSummary s;
    s.id = Workflow::newId();
    s.name = name;
    s.objectType = type;
    s.enabled = enabled;
    s.publishedVersion = version;
    s.draftChanged = draftChanged;
    s.updatedAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30), Qt::UTC);
    return s;
}

Workflow workflow(const QString &name, ObjectType type)
{
    Workflow w;
    w.id = Workflow::newId();
    w.name = name;
    w.objectType = type;
    return w;
}

// A template's workflow under a fresh id: it has triggers and actions, so copies and exports can
// be compared field by field.
Workflow fromTemplate(const QString &fileName, const QString &name)
{
    Workflow w = testsupport::templateWorkflow(fileName);
    w.name = name;
    return w;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The names the table shows, top to bottom.
QStringList shownNames(const QTableView *table)
{
    QStringList names;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, WorkflowListModel::NameColumn).data().toString();
    return names;
}

int rowNamed(const QTableView *table, const QString &name)
{
    return int(shownNames(table).indexOf(name));
}

// A visible top-level widget of type T with `objectName` (dialogs are window-modal children of
// the window, so findChild finds them too; this also checks that they are shown).
template <typename T> T *visibleChild(QWidget *window, const QString &objectName)
{
    const QList<T *> found = window->findChildren<T *>(objectName);
    for (T *widget : found) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

// How many pixels of `image` are not fully transparent.
int paintedPixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int painted = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            painted += qAlpha(line[x]) > 0 ? 1 : 0;
    }
    return painted;
}

// How many different colours `image` has (a blank or failed render has one or two).
int colourCount(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < argb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

// The icon names ui/icons.h promises, read from its comment so a name added there without a
// drawing fails this test.
QStringList promisedIconNames()
{
    const QString header = QString::fromUtf8(
        readAll(QStringLiteral(BOOKFLOW_SOURCE_DIR) + QStringLiteral("/ui/icons.h")));
    const qsizetype from = header.indexOf(QStringLiteral("Names in use:"));
    const qsizetype to = header.indexOf(QStringLiteral("QIcon icon("));
    if (from < 0 || to < from)
        return {};
    QString list = header.mid(from + 13, to - from - 13);
    list.remove(QStringLiteral("//"));
    list.remove(QLatin1Char('.'));
    QStringList names;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << name.trimmed();
    return names;
}

// A store on `dir` holding `workflows`; each may then be published / turned on by the caller.
bool seed(const QString &dir, const QVector<Workflow> &workflows)
{
    Result<std::unique_ptr<Store>> store = Store::open(dir);
    if (!store)
        return false;
    for (const Workflow &w : workflows) {
        if (!store.value()->createWorkflow(w))
            return false;
    }
    return true;
}

// The window, shown and active (keyboard shortcuts need the active window), with an editor
// opener that records what it was asked to open.
struct Fixture
{
    explicit Fixture(const QString &dataDir) : window(dataDir)
    {
        window.setEditorOpener([this](const QString &id) { opened << id; });
        window.show();
        window.activateWindow();
    }
    bool ready() { return QTest::qWaitForWindowActive(&window); }
    QTableView *table() { return window.findChild<QTableView *>(QStringLiteral("workflowTable")); }
    // Selects the row of `name` by clicking it.
    bool click(const QString &name)
    {
        const int row = rowNamed(table(), name);
        if (row < 0)
            return false;
        const QRect cell = table()->visualRect(table()->model()->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        return window.selectedWorkflowId() ==
               table()->model()->index(row, 0).data(WorkflowListModel::IdRole).toString();
    }

    MainWindow window;
    QStringList opened;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTester();
    void modelShowsStatusDraftRunAndIssues();
    void modelSortsByMeaningNotText();
    void relativeTimeReadsLikeSpeech();
    void everyIconRendersAtEverySize();
    void emptyDataDirShowsTheEmptyState();
    void unreadableDatabaseIsShownAndLeftAlone_data();
    void unreadableDatabaseIsShownAndLeftAlone();
    void searchFiltersByNameIgnoringCase();
    void importAddsAndSelectsTheWorkflow();
    void importFailureIsExplained();
    void newBlankWorkflowOfEachType_data();
    void newBlankWorkflowOfEachType();
    void newWorkflowFromEachTemplate_data();
    void newWorkflowFromEachTemplate();
    void ctrlNOpensTheNewMenuForTheKeyboard();
    void listShowsIssuesAndLastRunFromTheStore();
    void duplicateCopiesTheDraftAndOpensIt();
    void deleteAsksNamingTheWorkflow();
    void deleteOfAWorkflowThatIsOnTurnsItOffFirst();
    void deleteWarnsAboutUnfinishedRecords();
    void exportWritesAFileTheStoreImports();
    void turnOffHereAndTurnOnIsRequested();
    void editorOpensOnDoubleClickAndEnter();
    void sectionsFollowNavigationAndShortcuts();
    void needsReviewCountShowsInTheNavigation();
    void statusBarShowsTheEngine();
    void demoBannerAsksBeforeReset();
    void shortcutsDialogListsTheKeys();
    void controlsHaveAccessibleNames();
    void darkPaletteRendersWithoutWarnings();
    void rendersAt100And200Percent();
};

void TestMainWindow::modelPassesTheTester()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(WorkflowListModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(WorkflowListModel::LastRunColumn);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setWorkflows(
        {summary(QStringLiteral("Invoice e-signed quotes"), ObjectType::Quote, true, 2, false),
         summary(QStringLiteral("Paid invoices from payments"), ObjectType::Payment, true, 1, true),
         summary(QStringLiteral("Estimate big deals"), ObjectType::Deal, false, 0, true)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(WorkflowListModel::ColumnCount));
    proxy.setFilterFixedString(QStringLiteral("INVOICE"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterFixedString(QString());
    model.refreshTimes();
    model.setWorkflows({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    model.refreshTimes();
    model.setWorkflows({summary(QStringLiteral("Only one"), ObjectType::Deal, false, 0, true)});
    QCOMPARE(proxy.rowCount(), 1);
}

void TestMainWindow::modelShowsStatusDraftRunAndIssues()
{
    WorkflowListModel model;
    WorkflowListEntry published;
    published.summary = summary(QStringLiteral("Published"), ObjectType::Quote, true, 2, false);
    published.lastRun = QDateTime::currentDateTimeUtc().addSecs(-150);
    published.reviewed = true;
    WorkflowListEntry edited;
    edited.summary = summary(QStringLiteral("Edited"), ObjectType::Payment, false, 1, true);
    edited.reviewed = true;
    edited.errors = 1;
    edited.warnings = 1;
    edited.issues = {QStringLiteral("Choose the QuickBooks account."),
                     QStringLiteral("Add Source is none of Invoice.")};
    WorkflowListEntry fresh;
    fresh.summary = summary(QStringLiteral("Fresh"), ObjectType::Deal, false, 0, true);
    fresh.reviewed = true;
    fresh.warnings = 1;
    fresh.issues = {QStringLiteral("A warning.")};
    model.setEntries({published, edited, fresh});

    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    const auto decoration = [&model](int row, int column) {
        return model.index(row, column).data(Qt::DecorationRole).value<QIcon>();
    };
    QCOMPARE(text(0, WorkflowListModel::NameColumn), QStringLiteral("Published"));
    QCOMPARE(text(0, WorkflowListModel::TypeColumn), objectTypeLabel(ObjectType::Quote));
    QCOMPARE(text(0, WorkflowListModel::StatusColumn), QStringLiteral("On"));
    QCOMPARE(text(0, WorkflowListModel::DraftColumn), QStringLiteral("—"));
    QCOMPARE(text(0, WorkflowListModel::LastRunColumn), QStringLiteral("2 min ago"));
    QCOMPARE(text(0, WorkflowListModel::IssuesColumn), QStringLiteral("None"));
    QVERIFY(decoration(0, WorkflowListModel::IssuesColumn).isNull());
    QCOMPARE(text(1, WorkflowListModel::StatusColumn), QStringLiteral("Off"));
    QCOMPARE(text(1, WorkflowListModel::DraftColumn), QStringLiteral("edited"));
    QCOMPARE(text(1, WorkflowListModel::LastRunColumn), QStringLiteral("never"));
    QCOMPARE(text(1, WorkflowListModel::IssuesColumn), QStringLiteral("2"));
    // Errors win the icon; the tooltip lists errors first.
    QCOMPARE(decoration(1, WorkflowListModel::IssuesColumn).cacheKey(),
             icon(QStringLiteral("error")).cacheKey());
    const QString issues =
        model.index(1, WorkflowListModel::IssuesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(issues.startsWith(QStringLiteral("1 error and 1 warning in the draft:")),
             qPrintable(issues));
    QVERIFY(issues.indexOf(QStringLiteral("QuickBooks account")) <
            issues.indexOf(QStringLiteral("Source is none")));
    QCOMPARE(decoration(2, WorkflowListModel::IssuesColumn).cacheKey(),
             icon(QStringLiteral("warning")).cacheKey());
    QCOMPARE(text(2, WorkflowListModel::DraftColumn), QStringLiteral("never published"));

    QCOMPARE(model.index(1, 0).data(WorkflowListModel::IdRole).toString(), edited.summary.id);
    QCOMPARE(model.rowOf(fresh.summary.id), 2);
    QCOMPARE(model.rowOf(QStringLiteral("no such id")), -1);
    // The status dot is an icon next to the text, not a character in it.
    QCOMPARE(decoration(0, WorkflowListModel::StatusColumn).cacheKey(),
             icon(QStringLiteral("on")).cacheKey());
    QCOMPARE(decoration(1, WorkflowListModel::StatusColumn).cacheKey(),
             icon(QStringLiteral("off")).cacheKey());
    QVERIFY(model.index(1, WorkflowListModel::DraftColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not published yet")));
    QCOMPARE(model.headerData(WorkflowListModel::DraftColumn, Qt::Horizontal).toString(),
             QStringLiteral("Draft"));
    QCOMPARE(model.headerData(WorkflowListModel::LastRunColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last run"));
    QCOMPARE(model.headerData(WorkflowListModel::IssuesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Issues"));
}

void TestMainWindow::modelSortsByMeaningNotText()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto entry = [](const QString &name, const QDateTime &lastRun, int errors, int warnings) {
        WorkflowListEntry e;
        e.summary = summary(name, ObjectType::Deal, false, 0, true);
        e.lastRun = lastRun;
        e.reviewed = true;
        e.errors = errors;
        e.warnings = warnings;
        return e;
    };
    WorkflowListModel model;
    // "b": 10 min ago, 9 warnings; "C": never, 1 error; "a": 2 min ago, clean.
    model.setEntries({entry(QStringLiteral("b"), now.addSecs(-600), 0, 9),
                      entry(QStringLiteral("C"), QDateTime(), 1, 0),
                      entry(QStringLiteral("a"), now.addSecs(-120), 0, 0)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(WorkflowListModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    const auto names = [&proxy] {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values << proxy.index(row, WorkflowListModel::NameColumn).data().toString();
        return values;
    };
    // By time, not by the text ("10 min ago" < "2 min ago" < "never" as text).
    proxy.sort(WorkflowListModel::LastRunColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("C"), QStringLiteral("b"), QStringLiteral("a")}));
    // One error outweighs nine warnings.
    proxy.sort(WorkflowListModel::IssuesColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("C"), QStringLiteral("b"), QStringLiteral("a")}));
    proxy.sort(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C")}));
}

void TestMainWindow::relativeTimeReadsLikeSpeech()
{
    // Noon local time, so "yesterday" and "today" do not depend on when the test runs.
    const QDateTime now(QDate(2024, 5, 17), QTime(12, 0));
    const auto ago = [&now](qint64 seconds) {
        return WorkflowListModel::relativeTime(now.addSecs(-seconds), now);
    };
    QCOMPARE(WorkflowListModel::relativeTime(QDateTime(), now), QStringLiteral("never"));
    QCOMPARE(ago(10), QStringLiteral("just now"));
    QCOMPARE(ago(-30), QStringLiteral("just now")); // a clock slightly ahead
    QCOMPARE(ago(60), QStringLiteral("1 min ago"));
    QCOMPARE(ago(59 * 60), QStringLiteral("59 min ago"));
    QCOMPARE(ago(3 * 3600), QStringLiteral("3 h ago"));
    QCOMPARE(ago(13 * 3600), QStringLiteral("yesterday"));
    QCOMPARE(ago(3 * 86400), QStringLiteral("3 days ago"));
    QCOMPARE(ago(30 * 86400), QLocale().toString(now.addDays(-30).date(), QLocale::ShortFormat));
}

void TestMainWindow::everyIconRendersAtEverySize()
{
    QStringList names = promisedIconNames();
    QVERIFY2(names.size() >= 30, qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.contains(QStringLiteral("open-external")));
    names << QStringLiteral("bookflow"); // the application's own icon
    for (const QString &name : std::as_const(names)) {
        const QIcon loaded = icon(name);
        QVERIFY2(!loaded.isNull(), qPrintable(name));
        for (const int size : {16, 32, 64}) {
            const QPixmap pixmap = loaded.pixmap(QSize(size, size), 1.0);
            QVERIFY2(!pixmap.isNull(), qPrintable(name));
            QCOMPARE(pixmap.size(), QSize(size, size));
            const int painted = paintedPixels(pixmap.toImage());
            // Drawn, and not a filled square: a line icon covers some but not all of its box.
            QVERIFY2(painted > size * size / 20 && painted < size * size,
                     qPrintable(QStringLiteral("%1 at %2 px: %3 pixels painted")
                                    .arg(name)
                                    .arg(size)
                                    .arg(painted)));
        }
        // Sharp at 200 %: a 16 px icon asked for at ratio 2 has 32 device pixels.
        const QPixmap doubled = loaded.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(doubled.deviceIndependentSize().toSize(), QSize(16, 16));
        QCOMPARE(doubled.size(), QSize(32, 32));
    }
}

void TestMainWindow::emptyDataDirShowsTheEmptyState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY2(window.hasStore(), qPrintable(window.storeError()));
    QCOMPARE(window.windowTitle(), QStringLiteral("Bookflow"));
    QVERIFY(!window.windowIcon().isNull());
    auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    auto *emptyText = window.findChild<QLabel *>(QStringLiteral("emptyStateText"));
    QVERIFY(emptyText);
    QVERIFY(emptyText->text().startsWith(QStringLiteral("No workflows yet.")));
    // Both ways to begin are right there.
    auto *create = window.findChild<QPushButton *>(QStringLiteral("emptyStateNew"));
    QVERIFY(create && create->isVisible() && create->menu());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("emptyStateImport"))->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("storeErrorBanner"))->isVisible());
    QVERIFY(!window.findChild<QTableView *>(QStringLiteral("workflowTable"))->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("newAction"))->isEnabled());
    // Nothing selected, so nothing to export, duplicate or delete.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("workflowCount"))->text(),
             QStringLiteral("No workflows"));
    // The engine and demo parts stay out of the way until someone sets them.
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("engineStatus"))->isVisible());
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("demoBanner"))->isVisible());
}

void TestMainWindow::unreadableDatabaseIsShownAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("contents");
    QByteArray text = "These are my notes, not a database.\n";
    QByteArray damaged("SQLite format 3\0", 16);
    for (int i = 0; i < 4096; ++i) {
        text += char('a' + i % 26);
        damaged += char((i * 37 + 11) % 256);
    }
    QTest::newRow("a text file") << text;
    QTest::newRow("a damaged SQLite file") << damaged;
}

void TestMainWindow::unreadableDatabaseIsShownAndLeftAlone()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bookflow.db"));
    QVERIFY(writeAll(path, contents));

    {
        MainWindow window(dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(!window.hasStore());
        QVERIFY(!window.store());
        QVERIFY(!window.storeError().isEmpty());
        auto *banner = window.findChild<QWidget *>(QStringLiteral("storeErrorBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        const QString detail =
            window.findChild<QLabel *>(QStringLiteral("storeErrorDetail"))->text();
        QVERIFY2(detail.contains(QDir::toNativeSeparators(path)), qPrintable(detail));
        QVERIFY2(detail.contains(window.storeError()), qPrintable(detail));
        auto *table = window.findChild<QTableView *>(QStringLiteral("workflowTable"));
        QVERIFY(table->isVisible());
        QVERIFY(!table->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("newAction"))->isEnabled());
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("searchField"))->isEnabled());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        // Calling the slots anyway does nothing rather than crash.
        window.importFiles({QStringLiteral("/nonexistent.json")});
        window.newWorkflow(ObjectType::Deal);
        window.reload();
        QVERIFY(!window.findChild<WorkflowNameDialog *>());
        QVERIFY(!window.duplicateWorkflow(QStringLiteral("x")));
        QVERIFY(!window.exportWorkflow(QStringLiteral("x"), QDir(dir.path()).filePath("x.json")));
    }

    QCOMPARE(readAll(path), contents);
    // No journal, WAL or lock file next to it either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("bookflow.db")});
}

void TestMainWindow::searchFiltersByNameIgnoringCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(seed(dir.path(),
                 {workflow(QStringLiteral("Invoice e-signed quotes"), ObjectType::Quote),
                  workflow(QStringLiteral("Paid invoices from payments"), ObjectType::Payment),
                  workflow(QStringLiteral("Estimate big deals"), ObjectType::Deal)}));

    Fixture f(dir.path());
    QVERIFY(f.ready());
    auto *table = f.table();
    auto *search = f.window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *noMatches = f.window.findChild<QLabel *>(QStringLiteral("noMatches"));
    auto *count = f.window.findChild<QLabel *>(QStringLiteral("workflowCount"));
    QVERIFY(table && search && noMatches && count);
    QVERIFY(table->isVisible());
    QCOMPARE(shownNames(table), (QStringList{QStringLiteral("Estimate big deals"),
                                             QStringLiteral("Invoice e-signed quotes"),
                                             QStringLiteral("Paid invoices from payments")}));
    QCOMPARE(count->text(), QStringLiteral("3 workflows · 0 on"));

    // Ctrl+F goes to the field from anywhere in the window.
    table->setFocus();
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("INVOICE"));
    QCOMPARE(shownNames(table), (QStringList{QStringLiteral("Invoice e-signed quotes"),
                                             QStringLiteral("Paid invoices from payments")}));
    QCOMPARE(count->text(), QStringLiteral("2 shown of 3 workflows · 0 on"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("payroll"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!table->isVisible());
    QVERIFY(noMatches->isVisible());
    QVERIFY(noMatches->text().contains(QStringLiteral("payroll")));

    search->clear();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::importAddsAndSelectsTheWorkflow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = QDir(dir.path()).filePath(QStringLiteral("estimate.json"));
    QVERIFY(writeAll(file, WorkflowCodec::encode(
                               workflow(QStringLiteral("Estimate big deals"), ObjectType::Deal))));
    const QByteArray fileBefore = readAll(file);

    MainWindow window(QDir(dir.path()).filePath(QStringLiteral("data")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changed(&window, &MainWindow::workflowsChanged);
    auto *table = window.findChild<QTableView *>(QStringLiteral("workflowTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    // A search that would hide the new workflow is cleared, so the person sees what arrived.
    QTest::keyClicks(search, QStringLiteral("something else"));

    window.importFiles({file});
    QVERIFY(table->isVisible());
    QVERIFY(search->text().isEmpty());
    QCOMPARE(shownNames(table), QStringList{QStringLiteral("Estimate big deals")});
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(table->selectionModel()->isRowSelected(0, QModelIndex()));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Estimate big deals")));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("importErrorBox")));
    QCOMPARE(readAll(file), fileBefore); // import reads only
    QCOMPARE(changed.count(), 1);
}

void TestMainWindow::importFailureIsExplained()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = QDir(dir.path()).filePath(QStringLiteral("broken.json"));
    QVERIFY(writeAll(bad, "{ \"schema\": 1, \"name\": "));

    MainWindow window(QDir(dir.path()).filePath(QStringLiteral("data")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.importFiles({bad});

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("importErrorBox"))) &&
                box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("broken.json")),
             qPrintable(box->informativeText()));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    box->accept();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("importErrorBox")));
}

void TestMainWindow::newBlankWorkflowOfEachType_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<ObjectType>("type");
    QTest::addColumn<QString>("prefilled");
    QTest::newRow("deal") << QStringLiteral("newDealWorkflowAction") << ObjectType::Deal
                          << QStringLiteral("New deal-based workflow");
    QTest::newRow("quote") << QStringLiteral("newQuoteWorkflowAction") << ObjectType::Quote
                           << QStringLiteral("New quote-based workflow");
    QTest::newRow("payment") << QStringLiteral("newPaymentWorkflowAction") << ObjectType::Payment
                             << QStringLiteral("New payment-based workflow");
}

void TestMainWindow::newBlankWorkflowOfEachType()
{
    QFETCH(QString, actionName);
    QFETCH(ObjectType, type);
    QFETCH(QString, prefilled);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QSignalSpy changed(&f.window, &MainWindow::workflowsChanged);

    // The toolbar button is the menu.
    auto *button = f.window.findChild<QToolButton *>(QStringLiteral("newWorkflowButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QCOMPARE(button->popupMode(), QToolButton::MenuButtonPopup);
    QMenu *menu = button->menu();
    QVERIFY(menu);
    auto *action = menu->findChild<QAction *>(actionName);
    QVERIFY(action);
    QVERIFY(menu->actions().contains(action));
    action->trigger();

    // A name first, prefilled; Cancel makes nothing.
    WorkflowNameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<WorkflowNameDialog>(&f.window,
                                                           QStringLiteral("workflowNameDialog"))));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("workflowNameField"));
    QCOMPARE(field->text(), prefilled);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<WorkflowNameDialog>(&f.window, QStringLiteral("workflowNameDialog")));
    QCOMPARE(f.window.store()->workflows()->size(), 0);

    action->trigger();
    QTRY_VERIFY((dialog = visibleChild<WorkflowNameDialog>(&f.window,
                                                           QStringLiteral("workflowNameDialog"))));
    field = dialog->findChild<QLineEdit *>(QStringLiteral("workflowNameField"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createWorkflowButton"));
    // A blank name cannot be created.
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(field, QStringLiteral("  Big deals to invoice "));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    QTRY_COMPARE(f.window.store()->workflows()->size(), 1);
    const WorkflowSummary made = f.window.store()->workflows()->constFirst();
    QCOMPARE(made.name, QStringLiteral("Big deals to invoice"));
    QCOMPARE(made.objectType, type);
    QCOMPARE(made.publishedVersion, 0);
    QVERIFY(!made.enabled);
    const Result<Workflow> draft = f.window.store()->draft(made.id);
    QVERIFY(draft);
    QVERIFY(draft->actions.isEmpty());
    QVERIFY(draft->enrollment.filterGroups.isEmpty());
    // Listed, selected, and opened in the editor.
    QCOMPARE(shownNames(f.table()), QStringList{QStringLiteral("Big deals to invoice")});
    QCOMPARE(f.window.selectedWorkflowId(), made.id);
    QCOMPARE(f.opened, QStringList{made.id});
    QCOMPARE(changed.count(), 1);
}

void TestMainWindow::newWorkflowFromEachTemplate_data()
{
    QTest::addColumn<QString>("fileName");
    for (const WorkflowTemplate &t : workflowTemplates())
        QTest::newRow(qPrintable(t.fileName)) << t.fileName;
}

void TestMainWindow::newWorkflowFromEachTemplate()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());

    WorkflowTemplate chosen;
    for (const WorkflowTemplate &t : workflowTemplates()) {
        if (t.fileName == fileName)
            chosen = t;
    }
    auto *templates = f.window.findChild<QMenu *>(QStringLiteral("newFromTemplateMenu"));
    QVERIFY(templates);
    QAction *action = nullptr;
    for (QAction *candidate : templates->actions()) {
        if (candidate->data().toString() == fileName)
            action = candidate;
    }
    QVERIFY(action);
    QVERIFY(action->text().startsWith(chosen.title));
    action->trigger();

    WorkflowNameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<WorkflowNameDialog>(&f.window,
                                                           QStringLiteral("workflowNameDialog"))));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("workflowNameField"));
    QCOMPARE(field->text(), chosen.title);
    // The description says what the template does.
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("workflowNameDescription"))->text(),
             chosen.description);
    // Enter accepts the prefilled name.
    QTest::keyClick(field, Qt::Key_Return);

    QTRY_COMPARE(f.window.store()->workflows()->size(), 1);
    const WorkflowSummary made = f.window.store()->workflows()->constFirst();
    QCOMPARE(made.name, chosen.title);
    QCOMPARE(made.objectType, chosen.objectType);
    const Result<Workflow> draft = f.window.store()->draft(made.id);
    QVERIFY(draft);
    // The template's triggers and actions, under a new id and the chosen name.
    const Workflow expected = fromTemplate(fileName, chosen.title);
    QVERIFY(!expected.actions.isEmpty());
    QCOMPARE(draft->actions, expected.actions);
    QCOMPARE(draft->enrollment, expected.enrollment);
    QCOMPARE(f.opened, QStringList{made.id});

    // The same template again gets a name of its own.
    action->trigger();
    QTRY_VERIFY((dialog = visibleChild<WorkflowNameDialog>(&f.window,
                                                           QStringLiteral("workflowNameDialog"))));
    field = dialog->findChild<QLineEdit *>(QStringLiteral("workflowNameField"));
    QCOMPARE(field->text(), chosen.title + QStringLiteral(" 2"));
}

void TestMainWindow::ctrlNOpensTheNewMenuForTheKeyboard()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());
    auto *menu = f.window.findChild<QMenu *>(QStringLiteral("newWorkflowMenu"));
    QVERIFY(menu);
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(menu->isVisible());
    // Down, Down, Enter: the second entry, Quote-based.
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    WorkflowNameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<WorkflowNameDialog>(&f.window,
                                                           QStringLiteral("workflowNameDialog"))));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("workflowNameField"))->text(),
             QStringLiteral("New quote-based workflow"));
    dialog->reject();
    QTRY_VERIFY(!menu->isVisible());

    // The toolbar button's main part opens the same menu.
    QTest::mouseClick(f.window.findChild<QToolButton *>(QStringLiteral("newWorkflowButton")),
                      Qt::LeftButton, {}, QPoint(8, 8));
    QTRY_VERIFY(menu->isVisible());
    menu->close();
}

void TestMainWindow::listShowsIssuesAndLastRunFromTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow invoice =
        fromTemplate(QStringLiteral("invoice-esigned-quotes.json"), QStringLiteral("Invoices"));
    const Workflow blank = workflow(QStringLiteral("Blank"), ObjectType::Deal);
    QVERIFY(seed(dir.path(), {invoice, blank}));
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.path());
        QVERIFY(store);
        QVERIFY(store.value()->publish(invoice.id));
        QVERIFY(store.value()->enroll(invoice.id, 1, ObjectType::Quote, QStringLiteral("4012"),
                                      invoice.actionTargets()));
    }
    Fixture f(dir.path());
    QVERIFY(f.ready());
    const QAbstractItemModel *model = f.table()->model();
    const int invoices = rowNamed(f.table(), QStringLiteral("Invoices"));
    const int blankRow = rowNamed(f.table(), QStringLiteral("Blank"));
    QVERIFY(invoices >= 0 && blankRow >= 0);
    QCOMPARE(model->index(invoices, WorkflowListModel::LastRunColumn).data().toString(),
             QStringLiteral("just now"));
    QCOMPARE(model->index(blankRow, WorkflowListModel::LastRunColumn).data().toString(),
             QStringLiteral("never"));

    // What review says about each draft with the (here: no) connections.
    const Result<Workflow> draft = f.window.store()->draft(invoice.id);
    const QVector<ReviewItem> items = WorkflowReview::review(*draft, {});
    QVERIFY(WorkflowReview::hasErrors(items));
    QCOMPARE(model->index(invoices, WorkflowListModel::IssuesColumn).data().toString(),
             QString::number(items.size()));
    const QString tip =
        model->index(invoices, WorkflowListModel::IssuesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(items.constFirst().message), qPrintable(tip));
}

void TestMainWindow::duplicateCopiesTheDraftAndOpensIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow original = fromTemplate(QStringLiteral("paid-invoice-from-payments.json"),
                                           QStringLiteral("Paid invoices"));
    QVERIFY(seed(dir.path(), {original}));
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.path());
        QVERIFY(store && store.value()->publish(original.id));
    }
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QVERIFY(!f.window.findChild<QAction *>(QStringLiteral("duplicateAction"))->isEnabled());
    QVERIFY(f.click(QStringLiteral("Paid invoices")));
    QVERIFY(f.window.findChild<QAction *>(QStringLiteral("duplicateAction"))->isEnabled());

    QTest::keyClick(&f.window, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(f.window.store()->workflows()->size(), 2);
    const QString copyId = f.window.selectedWorkflowId();
    QVERIFY(copyId != original.id);
    QCOMPARE(f.opened, QStringList{copyId});
    const Result<WorkflowSummary> copy = f.window.store()->summary(copyId);
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Paid invoices (copy)"));
    QCOMPARE(copy->publishedVersion, 0); // a new draft, not a second published workflow
    QVERIFY(!copy->enabled);
    Result<Workflow> copied = f.window.store()->draft(copyId);
    QVERIFY(copied);
    Workflow expected = original;
    expected.id = copyId;
    expected.name = copy->name;
    QCOMPARE(*copied, expected);

    // Again, from the toolbar button: another name.
    QVERIFY(f.click(QStringLiteral("Paid invoices")));
    QTest::mouseClick(f.window.findChild<QToolButton *>(QStringLiteral("duplicateActionButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(f.window.store()->workflows()->size(), 3);
    QVERIFY(shownNames(f.table()).contains(QStringLiteral("Paid invoices (copy 2)")));
}

void TestMainWindow::deleteAsksNamingTheWorkflow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow keep = workflow(QStringLiteral("Keep me"), ObjectType::Deal);
    const Workflow remove = workflow(QStringLiteral("Old estimates"), ObjectType::Deal);
    QVERIFY(seed(dir.path(), {keep, remove}));
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QSignalSpy changed(&f.window, &MainWindow::workflowsChanged);
    QVERIFY(f.click(QStringLiteral("Old estimates")));

    // Del in the list asks; Cancel keeps it.
    QTest::keyClick(f.table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteWorkflowBox"))));
    QVERIFY2(box->text().contains(QStringLiteral("Old estimates")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteWorkflowBox")));
    QCOMPARE(f.window.store()->workflows()->size(), 2);
    QCOMPARE(changed.count(), 0);

    // The toolbar's Delete, then the box's Delete.
    QTest::mouseClick(f.window.findChild<QToolButton *>(QStringLiteral("deleteActionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteWorkflowBox"))));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(f.window.store()->workflows()->size(), 1);
    QCOMPARE(f.window.store()->workflows()->constFirst().id, keep.id);
    QCOMPARE(shownNames(f.table()), QStringList{QStringLiteral("Keep me")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(f.window.statusBar()->currentMessage().contains(QStringLiteral("Old estimates")));
}

void TestMainWindow::deleteOfAWorkflowThatIsOnTurnsItOffFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow on = workflow(QStringLiteral("Running"), ObjectType::Deal);
    QVERIFY(seed(dir.path(), {on}));
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.path());
        QVERIFY(store && store.value()->publish(on.id));
        QVERIFY(store.value()->setEnabled(on.id, true));
    }
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QVERIFY(f.click(QStringLiteral("Running")));
    QTest::keyClick(f.table(), Qt::Key_Delete);

    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteOnWorkflowBox"))));
    QVERIFY(box->text().contains(QStringLiteral("“Running” is on")));
    // Nothing deleted, nothing turned off yet.
    QVERIFY(f.window.store()->summary(on.id)->enabled);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("turnOffFirstButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!f.window.store()->summary(on.id)->enabled);
    // Then the usual question.
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteWorkflowBox"))));
    QVERIFY(box->informativeText().contains(QStringLiteral("its published version")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(f.window.store()->workflows()->isEmpty());
}

void TestMainWindow::deleteWarnsAboutUnfinishedRecords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow w = fromTemplate(QStringLiteral("invoice-payment-link-deals.json"),
                                    QStringLiteral("Payment links"));
    QVERIFY(seed(dir.path(), {w}));
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.path());
        QVERIFY(store && store.value()->publish(w.id));
        QVERIFY(store.value()->enroll(w.id, 1, ObjectType::Deal, QStringLiteral("1001"),
                                      w.actionTargets()));
        QVERIFY(store.value()->enroll(w.id, 1, ObjectType::Deal, QStringLiteral("1002"),
                                      w.actionTargets()));
    }
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QVERIFY(f.click(QStringLiteral("Payment links")));
    QTest::keyClick(f.table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteWorkflowBox"))));
    QVERIFY2(box->informativeText().contains(QStringLiteral("2 records enrolled in it have not "
                                                            "finished")),
             qPrintable(box->informativeText()));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    box->reject();
    QTRY_VERIFY(!visibleChild<QMessageBox>(&f.window, QStringLiteral("deleteWorkflowBox")));
    QCOMPARE(f.window.store()->workflows()->size(), 1);
}

void TestMainWindow::exportWritesAFileTheStoreImports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = QDir(dir.path()).filePath(QStringLiteral("data"));
    Workflow w =
        fromTemplate(QStringLiteral("refund-receipt-for-refunds.json"), QStringLiteral("Refunds"));
    Workflow never = workflow(QStringLiteral("Never published"), ObjectType::Deal);
    QVERIFY(seed(data, {w, never}));
    {
        // Version 1 is "Refunds"; the draft has been renamed since.
        Result<std::unique_ptr<Store>> store = Store::open(data);
        QVERIFY(store && store.value()->publish(w.id));
        Workflow renamed = w;
        renamed.name = QStringLiteral("Refunds (edited)");
        QVERIFY(store.value()->saveDraft(renamed));
    }
    Fixture f(data);
    QVERIFY(f.ready());
    QVERIFY(f.click(QStringLiteral("Refunds (edited)")));

    // Ctrl+E asks which: the draft or version 1.
    QTest::keyClick(&f.window, Qt::Key_E, Qt::ControlModifier);
    QDialog *which = nullptr;
    QTRY_VERIFY((which = visibleChild<QDialog>(&f.window, QStringLiteral("exportVersionDialog"))));
    auto *choice = which->findChild<QComboBox *>(QStringLiteral("exportVersionChoice"));
    QCOMPARE(choice->count(), 2);
    QCOMPARE(choice->currentData().toInt(), 0);
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(choice->currentData().toInt(), 1);
    QTest::mouseClick(which->findChild<QPushButton *>(QStringLiteral("exportChooseFileButton")),
                      Qt::LeftButton);

    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = visibleChild<QFileDialog>(&f.window, QStringLiteral("exportFileDialog"))));
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY2(files->selectedFiles().value(0).endsWith(QStringLiteral("refunds-edited-v1.json")),
             qPrintable(files->selectedFiles().value(0)));
    const QString path = QDir(dir.path()).filePath(QStringLiteral("refunds-v1.json"));
    // Into the test's folder, under a name typed over the suggestion.
    files->setDirectory(dir.path());
    auto *fileName = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(fileName);
    fileName->selectAll();
    QTest::keyClicks(fileName, QStringLiteral("refunds-v1.json"));
    QTest::keyClick(fileName, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QTRY_VERIFY(!visibleChild<QFileDialog>(&f.window, QStringLiteral("exportFileDialog")));
    QVERIFY(f.window.statusBar()->currentMessage().contains(QStringLiteral("version 1")));

    // Another store takes the file: version 1's content, under a new id.
    QTemporaryDir other;
    Result<std::unique_ptr<Store>> store = Store::open(other.path());
    QVERIFY(store);
    const Result<QString> imported = store.value()->importFile(path);
    QVERIFY2(imported, qPrintable(imported.reason()));
    const Result<Workflow> read = store.value()->draft(*imported);
    QCOMPARE(read->name, QStringLiteral("Refunds"));
    QCOMPARE(read->actions, w.actions);

    // A workflow never published goes straight to the file.
    QVERIFY(f.click(QStringLiteral("Never published")));
    QTest::mouseClick(f.window.findChild<QToolButton *>(QStringLiteral("exportActionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY((files = visibleChild<QFileDialog>(&f.window, QStringLiteral("exportFileDialog"))));
    QVERIFY(!visibleChild<QDialog>(&f.window, QStringLiteral("exportVersionDialog")));
    const QString draftPath = QDir(dir.path()).filePath(QStringLiteral("never-published.json"));
    files->setDirectory(dir.path());
    QVERIFY(files->selectedFiles().value(0).endsWith(QStringLiteral("/never-published.json")));
    static_cast<QDialog *>(files)->accept(); // as the Save button does
    QTRY_VERIFY(QFile::exists(draftPath));
    QCOMPARE(WorkflowCodec::readFile(draftPath)->id, never.id);
}

void TestMainWindow::turnOffHereAndTurnOnIsRequested()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow w = workflow(QStringLiteral("Switch"), ObjectType::Quote);
    QVERIFY(seed(dir.path(), {w}));
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.path());
        QVERIFY(store && store.value()->publish(w.id));
        QVERIFY(store.value()->setEnabled(w.id, true));
    }
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QSignalSpy turnOn(&f.window, &MainWindow::turnOnRequested);
    QSignalSpy changed(&f.window, &MainWindow::workflowsChanged);
    QVERIFY(f.click(QStringLiteral("Switch")));
    auto *button = f.window.findChild<QToolButton *>(QStringLiteral("turnOnOffActionButton"));
    QCOMPARE(button->text(), QStringLiteral("Turn off"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!f.window.store()->summary(w.id)->enabled);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.table()->model()->index(0, WorkflowListModel::StatusColumn).data().toString(),
             QStringLiteral("Off"));
    QCOMPARE(button->text(), QStringLiteral("Turn on"));

    // On goes through review and publishing elsewhere: the window only asks.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(turnOn.count(), 1);
    QCOMPARE(turnOn.at(0).at(0).toString(), w.id);
    QVERIFY(!f.window.store()->summary(w.id)->enabled);
}

void TestMainWindow::editorOpensOnDoubleClickAndEnter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Workflow a = workflow(QStringLiteral("Alpha"), ObjectType::Deal);
    const Workflow b = workflow(QStringLiteral("Beta"), ObjectType::Payment);
    QVERIFY(seed(dir.path(), {a, b}));
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QTableView *table = f.table();

    const QRect beta =
        table->visualRect(table->model()->index(rowNamed(table, QStringLiteral("Beta")), 1));
    // A double click is a click, then the second press that makes it double.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, beta.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, beta.center());
    QCOMPARE(f.opened, QStringList{b.id});

    QVERIFY(f.click(QStringLiteral("Alpha")));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(f.opened, (QStringList{b.id, a.id}));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(f.opened, (QStringList{b.id, a.id, b.id}));

    // Enter in the search field does not open anything: it moves to the list.
    auto *search = f.window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("alp"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(f.opened.size(), 3);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(f.opened.constLast(), a.id);
}

void TestMainWindow::sectionsFollowNavigationAndShortcuts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(seed(dir.path(), {workflow(QStringLiteral("Alpha"), ObjectType::Deal)}));
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QSignalSpy pageChanged(&f.window, &MainWindow::pageChanged);
    auto *navigation = f.window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 4);
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Run history"));

    // Placeholders until the screens arrive.
    QPointer<QWidget> placeholder = f.window.page(MainWindow::Page::RunHistory);
    QVERIFY(placeholder);
    auto *history = new QLabel(QStringLiteral("history screen"));
    auto *review = new QLabel(QStringLiteral("needs review screen"));
    auto *connections = new QLabel(QStringLiteral("connections screen"));
    f.window.setPage(MainWindow::Page::RunHistory, history);
    f.window.setPage(MainWindow::Page::NeedsReview, review);
    f.window.setPage(MainWindow::Page::Connections, connections);
    QTRY_VERIFY(!placeholder); // replaced and deleted
    QCOMPARE(f.window.page(MainWindow::Page::NeedsReview), review);
    QVERIFY(!history->isVisible());

    // Clicks in the navigation.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(1)).center());
    QVERIFY(history->isVisible());
    QVERIFY(!f.table()->isVisible());
    QCOMPARE(f.window.currentPage(), MainWindow::Page::RunHistory);
    QCOMPARE(pageChanged.count(), 1);
    // Workflow commands wait for the list.
    QVERIFY(!f.window.findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(3)).center());
    QVERIFY(connections->isVisible());

    // Ctrl+1 … Ctrl+4, wherever the focus is.
    QTest::keyClick(&f.window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(review->isVisible());
    QCOMPARE(navigation->currentRow(), 2);
    QVERIFY(f.window.findChild<QAction *>(QStringLiteral("needsReviewPageAction"))->isChecked());
    QTest::keyClick(&f.window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(history->isVisible());
    QTest::keyClick(&f.window, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(connections->isVisible());
    QTest::keyClick(&f.window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(f.table()->isVisible());
    QCOMPARE(f.window.currentPage(), MainWindow::Page::Workflows);
    QCOMPARE(navigation->currentRow(), 0);

    // Replacing the page on show keeps it shown.
    f.window.showPage(MainWindow::Page::Connections);
    auto *newer = new QLabel(QStringLiteral("connections, again"));
    f.window.setPage(MainWindow::Page::Connections, newer);
    QVERIFY(newer->isVisible());
    // The list is not replaceable.
    auto *stray = new QLabel(QStringLiteral("stray"));
    f.window.setPage(MainWindow::Page::Workflows, stray);
    QVERIFY(f.window.page(MainWindow::Page::Workflows) != stray);
    delete stray;
}

void TestMainWindow::needsReviewCountShowsInTheNavigation()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());
    auto *navigation = f.window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QListWidgetItem *item = navigation->item(2);
    const QRect rect = navigation->visualItemRect(item);
    const QImage before = navigation->viewport()->grab(rect).toImage();

    f.window.setNeedsReviewCount(3);
    QCOMPARE(f.window.needsReviewCount(), 3);
    QCOMPARE(item->data(NavigationDelegate::CountRole).toInt(), 3);
    QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("3")));
    navigation->viewport()->repaint();
    const QImage badge = navigation->viewport()->grab(rect).toImage();
    QVERIFY(badge != before); // the badge is drawn
    // Only its right part changes: the label stays where it was.
    const QImage labelBefore = before.copy(0, 0, before.width() / 2, before.height());
    const QImage labelAfter = badge.copy(0, 0, badge.width() / 2, badge.height());
    QCOMPARE(labelAfter, labelBefore);

    f.window.setNeedsReviewCount(0);
    navigation->viewport()->repaint();
    QCOMPARE(navigation->viewport()->grab(rect).toImage(), before);
    QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Needs review"));
}

void TestMainWindow::statusBarShowsTheEngine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());
    auto *status = f.window.findChild<QLabel *>(QStringLiteral("engineStatus"));
    auto *busy = f.window.findChild<QProgressBar *>(QStringLiteral("engineBusy"));
    QVERIFY(status && busy);
    const QString text = QStringLiteral("Checking HubSpot every 60 s · last check 07:42 · 12 "
                                        "enrolled today");
    f.window.setEngineStatus(text, true);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), text);
    QVERIFY(busy->isVisible());
    f.window.setEngineStatus(QStringLiteral("Off"), false);
    QVERIFY(!busy->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Off"));
    // The workflow count keeps its place on the right.
    QVERIFY(f.window.findChild<QLabel *>(QStringLiteral("workflowCount"))->isVisible());
}

void TestMainWindow::demoBannerAsksBeforeReset()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QSignalSpy connectAccounts(&f.window, &MainWindow::connectAccountsRequested);
    QSignalSpy reset(&f.window, &MainWindow::resetDemoRequested);
    auto *banner = f.window.findChild<QFrame *>(QStringLiteral("demoBanner"));
    auto *indicator = f.window.findChild<QWidget *>(QStringLiteral("demoIndicator"));
    QVERIFY(banner && indicator);
    QVERIFY(!banner->isVisible());
    QVERIFY(!indicator->isVisible());

    f.window.setDemoBanner(true);
    QVERIFY(f.window.isDemoBannerShown());
    QVERIFY(banner->isVisible());
    QTRY_VERIFY(indicator->isVisible()); // the toolbar lays itself out on its next turn
    QCOMPARE(f.window.findChild<QLabel *>(QStringLiteral("demoBannerText"))->text(),
             QStringLiteral("You are exploring demo data. Connect HubSpot and QuickBooks to use "
                            "your own."));
    // It stays above every section.
    f.window.showPage(MainWindow::Page::Connections);
    QVERIFY(banner->isVisible());

    QTest::mouseClick(f.window.findChild<QPushButton *>(QStringLiteral("connectAccountsButton")),
                      Qt::LeftButton);
    QCOMPARE(connectAccounts.count(), 1);

    auto *resetButton = f.window.findChild<QPushButton *>(QStringLiteral("resetDemoButton"));
    QTest::mouseClick(resetButton, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&f.window, QStringLiteral("resetDemoBox"))));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!visibleChild<QMessageBox>(&f.window, QStringLiteral("resetDemoBox")));
    QCOMPARE(reset.count(), 0);
    QTest::mouseClick(resetButton, Qt::LeftButton);
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&f.window, QStringLiteral("resetDemoBox"))));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmResetDemoButton")),
                      Qt::LeftButton);
    QCOMPARE(reset.count(), 1);

    f.window.setDemoBanner(false);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(!indicator->isVisible());
}

void TestMainWindow::shortcutsDialogListsTheKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Fixture f(dir.path());
    QVERIFY(f.ready());
    QTest::keyClick(&f.window, Qt::Key_Slash, Qt::ControlModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<QDialog>(&f.window, QStringLiteral("shortcutsDialog"))));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    QVERIFY(list);
    QMap<QString, QString> keys;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(group)->child(row);
            keys.insert(item->text(0), item->text(1));
        }
    }
    const auto native = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    QCOMPARE(keys.value(QStringLiteral("New workflow")), native(QKeySequence::New));
    QCOMPARE(keys.value(QStringLiteral("Open")), QStringLiteral("Return or Enter"));
    QCOMPARE(keys.value(QStringLiteral("Import")), native(QKeySequence::Open));
    QCOMPARE(keys.value(QStringLiteral("Export")), QStringLiteral("Ctrl+E"));
    QCOMPARE(keys.value(QStringLiteral("Duplicate")), QStringLiteral("Ctrl+D"));
    QCOMPARE(keys.value(QStringLiteral("Delete")), native(QKeySequence::Delete));
    QCOMPARE(keys.value(QStringLiteral("Find")), native(QKeySequence::Find));
    QCOMPARE(keys.value(QStringLiteral("Turn on or off")), QStringLiteral("Ctrl+T"));
    QCOMPARE(keys.value(QStringLiteral("Workflows")), QStringLiteral("Ctrl+1"));
    QCOMPARE(keys.value(QStringLiteral("Connections")), QStringLiteral("Ctrl+4"));
    QCOMPARE(keys.value(QStringLiteral("Quit")), QStringLiteral("Ctrl+Q"));
    QCOMPARE(keys.value(QStringLiteral("Keyboard shortcuts")), QStringLiteral("Ctrl+/"));
    // The Help menu has it, and About.
    auto *help = f.window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(
        help->actions().contains(f.window.findChild<QAction *>(QStringLiteral("shortcutsAction"))));
    QVERIFY(help->actions().contains(f.window.findChild<QAction *>(QStringLiteral("aboutAction"))));
    dialog->close();

    f.window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = visibleChild<QMessageBox>(&f.window, QStringLiteral("aboutBox"))));
    QVERIFY(about->text().contains(QStringLiteral("Bookflow")));
    about->close();
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(seed(dir.path(), {workflow(QStringLiteral("Alpha"), ObjectType::Deal)}));
    Fixture f(dir.path());
    QVERIFY(f.ready());
    f.window.setDemoBanner(true);
    QVERIFY(f.click(QStringLiteral("Alpha")));
    QStringList unnamed;
    const QList<QWidget *> widgets = f.window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        // A button's text is its accessible name; everything else needs one set.
        QString name = widget->accessibleName();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            name += button->text();
        if (qobject_cast<QScrollBar *>(widget) || widget->inherits("QTabBar") ||
            widget->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue;
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    // Menus: every entry says what it does.
    for (QMenu *menu : f.window.findChildren<QMenu *>()) {
        for (QAction *action : menu->actions())
            QVERIFY(action->isSeparator() || !action->text().isEmpty());
    }
}

void TestMainWindow::darkPaletteRendersWithoutWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(seed(dir.path(), {fromTemplate(QStringLiteral("expense-for-payment-fees.json"),
                                           QStringLiteral("Fees"))}));
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    QApplication::setPalette(dark);
    const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });

    // Any warning fails the test, except the offscreen platform's notes about what it cannot
    // do with windows.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support ).*")));
    MainWindow window(dir.path());
    window.setDemoBanner(true);
    window.setNeedsReviewCount(2);
    window.setEngineStatus(QStringLiteral("Checking HubSpot every 60 s"), false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(colourCount(shot) > 20);

    // Every part takes the dark palette: the list's empty area, the navigation, the banner.
    auto *table = window.findChild<QTableView *>(QStringLiteral("workflowTable"));
    const QPoint belowRows = table->viewport()->mapTo(
        &window, QPoint(table->viewport()->width() / 2, table->viewport()->height() - 4));
    QVERIFY(qGray(shot.pixel(belowRows)) < 80);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QPoint navigationBottom =
        navigation->mapTo(&window, QPoint(navigation->width() / 2, navigation->height() - 4));
    QVERIFY(qGray(shot.pixel(navigationBottom)) < 80);
    auto *banner = window.findChild<QFrame *>(QStringLiteral("demoBanner"));
    const QPoint bannerInside = banner->mapTo(&window, QPoint(4, banner->height() / 2));
    QVERIFY(qGray(shot.pixel(bannerInside)) < 100);
    // And the banner text is light on it.
    QCOMPARE(banner->findChild<QLabel *>(QStringLiteral("demoBannerText"))
                 ->palette()
                 .color(QPalette::WindowText),
             dark.color(QPalette::WindowText));
}

void TestMainWindow::rendersAt100And200Percent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(seed(dir.path(), {fromTemplate(QStringLiteral("invoice-esigned-quotes.json"),
                                           QStringLiteral("Invoice e-signed quotes")),
                              workflow(QStringLiteral("Estimate big deals"), ObjectType::Deal)}));
    MainWindow window(dir.path());
    window.setNeedsReviewCount(3);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QImage normal = window.grab().toImage();
    QCOMPARE(normal.size(), window.size() * normal.devicePixelRatio());
    QVERIFY(colourCount(normal) > 20);

    // The same window drawn at device pixel ratio 2: twice the pixels, icons and text drawn at
    // that density (not scaled up), so the image has more distinct colours than a 2x upscale.
    QPixmap doubled(window.size() * 2);
    doubled.setDevicePixelRatio(2);
    doubled.fill(Qt::transparent);
    window.render(&doubled);
    const QImage sharp = doubled.toImage();
    QCOMPARE(sharp.size(), window.size() * 2);
    QVERIFY(colourCount(sharp) > 20);
    const QImage upscaled = normal.scaled(window.size() * 2);
    QVERIFY(sharp != upscaled);
    // The bottom-right corner (status bar) and the top-left (toolbar) hold paint, not garbage.
    QVERIFY(paintedPixels(sharp) == sharp.width() * sharp.height());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
