// The main window and its workflow list: the model's contract (QAbstractItemModelTester), the
// empty state, a database that cannot be opened (shown, never touched), search and import.
#include "core/store/store.h"
#include "core/workflow/workflowcodec.h"
#include "ui/mainwindow.h"
#include "ui/workflowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTester();
    void modelShowsStatusDraftAndVersion();
    void modelSortsByMeaningNotText();
    void emptyDataDirShowsTheEmptyState();
    void unreadableDatabaseIsShownAndLeftAlone_data();
    void unreadableDatabaseIsShownAndLeftAlone();
    void searchFiltersByNameIgnoringCase();
    void importAddsAndSelectsTheWorkflow();
    void importFailureIsExplained();
};

void TestMainWindow::modelPassesTheTester()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(WorkflowListModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(WorkflowListModel::VersionColumn);
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
    model.setWorkflows({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    model.setWorkflows({summary(QStringLiteral("Only one"), ObjectType::Deal, false, 0, true)});
    QCOMPARE(proxy.rowCount(), 1);
}

void TestMainWindow::modelShowsStatusDraftAndVersion()
{
    WorkflowListModel model;
    const WorkflowSummary published =
        summary(QStringLiteral("Published"), ObjectType::Quote, true, 2, false);
    const WorkflowSummary edited =
        summary(QStringLiteral("Edited"), ObjectType::Payment, false, 1, true);
    const WorkflowSummary fresh =
        summary(QStringLiteral("Fresh"), ObjectType::Deal, false, 0, true);
    model.setWorkflows({published, edited, fresh});

    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, WorkflowListModel::NameColumn), QStringLiteral("Published"));
    QCOMPARE(text(0, WorkflowListModel::TypeColumn), objectTypeLabel(ObjectType::Quote));
    QCOMPARE(text(0, WorkflowListModel::StatusColumn), QStringLiteral("On"));
    QCOMPARE(text(0, WorkflowListModel::DraftColumn), QStringLiteral("—"));
    QCOMPARE(text(0, WorkflowListModel::VersionColumn), QStringLiteral("2"));
    QCOMPARE(text(1, WorkflowListModel::StatusColumn), QStringLiteral("Off"));
    QCOMPARE(text(1, WorkflowListModel::DraftColumn), QStringLiteral("edited"));
    QCOMPARE(text(1, WorkflowListModel::VersionColumn), QStringLiteral("1"));
    QCOMPARE(text(2, WorkflowListModel::DraftColumn), QStringLiteral("never published"));
    QCOMPARE(text(2, WorkflowListModel::VersionColumn), QStringLiteral("—"));

    QCOMPARE(model.index(1, 0).data(WorkflowListModel::IdRole).toString(), edited.id);
    QCOMPARE(model.rowOf(fresh.id), 2);
    QCOMPARE(model.rowOf(QStringLiteral("no such id")), -1);
    // The status dot is an icon next to the text, not a character in it.
    QVERIFY(!model.index(0, WorkflowListModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(
        !model.index(1, WorkflowListModel::DraftColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(WorkflowListModel::DraftColumn, Qt::Horizontal).toString(),
             QStringLiteral("Draft"));
}

void TestMainWindow::modelSortsByMeaningNotText()
{
    WorkflowListModel model;
    model.setWorkflows({summary(QStringLiteral("b"), ObjectType::Deal, false, 10, false),
                        summary(QStringLiteral("C"), ObjectType::Deal, false, 0, true),
                        summary(QStringLiteral("a"), ObjectType::Deal, false, 2, false)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(WorkflowListModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    const auto column = [&proxy](int c) {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values << proxy.index(row, c).data().toString();
        return values;
    };
    // Version 10 after 2 (as text "10" < "2"), never published ("—") first.
    proxy.sort(WorkflowListModel::VersionColumn, Qt::AscendingOrder);
    QCOMPARE(column(WorkflowListModel::VersionColumn),
             (QStringList{QStringLiteral("—"), QStringLiteral("2"), QStringLiteral("10")}));
    proxy.sort(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(column(WorkflowListModel::NameColumn),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C")}));
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
    auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    auto *emptyText = window.findChild<QLabel *>(QStringLiteral("emptyStateText"));
    QVERIFY(emptyText);
    QCOMPARE(emptyText->text(),
             QStringLiteral("No workflows yet. Import a workflow file to begin."));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("storeErrorBanner"))->isVisible());
    QVERIFY(!window.findChild<QTableView *>(QStringLiteral("workflowTable"))->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importAction"))->isEnabled());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("workflowCount"))->text(),
             QStringLiteral("No workflows"));
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
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("searchField"))->isEnabled());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
        // Calling the import slot anyway does nothing rather than crash.
        window.importFiles({QStringLiteral("/nonexistent.json")});
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
    {
        Result<std::unique_ptr<Store>> store = Store::open(dir.path());
        QVERIFY2(store, qPrintable(store.reason()));
        for (const Workflow &w :
             {workflow(QStringLiteral("Invoice e-signed quotes"), ObjectType::Quote),
              workflow(QStringLiteral("Paid invoices from payments"), ObjectType::Payment),
              workflow(QStringLiteral("Estimate big deals"), ObjectType::Deal)}) {
            const Status created = store.value()->createWorkflow(w);
            QVERIFY2(created, qPrintable(created.reason()));
        }
    }

    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("workflowTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *noMatches = window.findChild<QLabel *>(QStringLiteral("noMatches"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("workflowCount"));
    QVERIFY(table && search && noMatches && count);
    QVERIFY(table->isVisible());
    QCOMPARE(shownNames(table), (QStringList{QStringLiteral("Estimate big deals"),
                                             QStringLiteral("Invoice e-signed quotes"),
                                             QStringLiteral("Paid invoices from payments")}));
    QCOMPARE(count->text(), QStringLiteral("3 workflows · 0 on"));

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
