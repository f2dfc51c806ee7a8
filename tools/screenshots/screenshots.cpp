// bookflow-screenshots OUTPUT_DIR: the README's pictures, taken from the real app.
//
// Puts the desktop app together exactly as app/gui_main.cpp does for the demo workspace (main
// window, DesktopApp, DemoMode on a throw-away data folder, sign-ins kept in memory), waits for
// the demo accounts, makes a few workflows from the shipped templates the way a person would end
// up with them (published, turned on, one with unpublished changes, one never published), lets
// the engine create documents, and then drives the windows to each screen and saves it as PNG:
//   main-window.png     the workflow list with the demo banner
//   editor-trigger.png  the editor with the trigger card selected and the trigger panel
//   editor-action.png   the editor with the action card selected and its QuickBooks drop-downs
//   review.png          Review and publish for a workflow never published
//   test-result.png     a dry run on a record that meets the triggers, request body open
//   run-history.png     the Run history after the engine created invoices
//
// Everything is waited for by its state (connected, loaded, counted, finished), never by time,
// so no picture shows a spinner. Run it under a virtual display: `make screenshots`.
#include "app/demo/demomode.h"
#include "core/auth/memorysecretstore.h"
#include "core/engine/engineloop.h"
#include "core/engine/poller.h"
#include "core/engine/runsession.h"
#include "core/engine/testrunner.h"
#include "core/engine/workspace.h"
#include "core/hubspot/hubspotclient.h"
#include "core/store/store.h"
#include "core/util/tr.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflowcodec.h"
#include "ui/actions/actionpanel.h"
#include "ui/actions/lookupcombobox.h"
#include "ui/app/desktopapp.h"
#include "ui/editor/workflowdocument.h"
#include "ui/editor/workfloweditor.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/triggerpanel.h"
#include "ui/history/runhistorymodel.h"
#include "ui/icons.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/review/reviewdialog.h"
#include "ui/testrun/testpanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <cstdio>
#include <functional>
#include <memory>

namespace bookflow {

namespace {

constexpr int ExitFailed = 1;
constexpr int ExitBadUsage = 2;
// Generous: the demo signs in through three OAuth round trips and the engine's first pass
// creates a dozen documents; on a busy machine that takes a while.
constexpr int WaitMs = 90000;

const QSize MainWindowSize(1200, 760);
const QSize EditorSize(1280, 800);

void complain(const QString &message)
{
    std::fprintf(stderr, "bookflow-screenshots: %s\n", qUtf8Printable(message));
}

// Runs the event loop until `done` holds or `timeoutMs` passes; whether it holds.
bool waitFor(const std::function<bool()> &done, int timeoutMs = WaitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.hasExpired(timeoutMs))
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Lets posted layout requests and repaints through before a grab.
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

// A template as shipped, under a fresh id, every action on `company`.
Workflow fromTemplate(const QString &file, const QString &company)
{
    Result<Workflow> decoded = WorkflowCodec::decode(templateJson(file), file);
    if (!decoded)
        qFatal("template %s: %s", qPrintable(file), qPrintable(decoded.reason()));
    Workflow w = std::move(decoded).value();
    w.id = Workflow::newId();
    for (Action &action : w.actions)
        action.connection = company;
    return w;
}

class Screens
{
public:
    Screens(const QString &outputDir, const QString &dataDir)
        : m_outputDir(outputDir), m_dataDir(dataDir)
    {
    }

    ~Screens()
    {
        // gui_main's order: the demo (it stops the engine and the lanes), then the app, then
        // the window.
        m_demo.reset();
        m_desktop.reset();
        m_window.reset();
    }

    // 0 when every picture was saved; otherwise the first problem is on stderr.
    int run()
    {
        if (!QDir().mkpath(m_outputDir)) {
            complain(QStringLiteral("cannot make the folder %1").arg(m_outputDir));
            return ExitFailed;
        }
        const bool ok = launch() && makeWorkflows() && runEngine() && mainWindow() && editor() &&
                        review() && testResult() && runHistory();
        return ok ? 0 : ExitFailed;
    }

private:
    // Says what went wrong; false, for `return problem(…)`.
    bool problem(const QString &message)
    {
        complain(message);
        return false;
    }

    bool save(QWidget *widget, const QString &fileName)
    {
        settle();
        return save(widget->grab(), fileName);
    }

    bool save(const QPixmap &picture, const QString &fileName)
    {
        const QString path = QDir(m_outputDir).filePath(fileName);
        if (!picture.save(path, "PNG"))
            return problem(QStringLiteral("cannot write %1").arg(path));
        std::printf("%s\n", qUtf8Printable(QDir::toNativeSeparators(path)));
        std::fflush(stdout);
        return true;
    }

    // What gui_main does with an empty data folder: window, app without its own engine start,
    // the demo (which starts the engine once its accounts are connected).
    bool launch()
    {
        m_window = std::make_unique<MainWindow>(m_dataDir);
        if (!m_window->store())
            return problem(m_window->storeError());
        m_desktop =
            std::make_unique<DesktopApp>(*m_window, std::make_shared<MemorySecretStore>(), false);
        m_demo = std::make_unique<DemoMode>(*m_window, *m_desktop);
        bool connected = false;
        QString failure;
        QObject::connect(m_demo.get(), &DemoMode::connected, [&connected] { connected = true; });
        QObject::connect(m_demo.get(), &DemoMode::failed,
                         [&failure](const QString &reason) { failure = reason; });
        int passes = 0;
        QObject::connect(&m_desktop->engine(), &EngineLoop::passFinished, [&passes] { ++passes; });
        if (const Status started = m_demo->start(); !started)
            return problem(started.reason());
        m_window->resize(MainWindowSize);
        m_window->show();
        if (!waitFor([&] { return connected || !failure.isEmpty(); }))
            return problem(QStringLiteral("the demo accounts were not connected in time"));
        if (!failure.isEmpty())
            return problem(failure);
        // The demo's first pass (nothing is on yet) out of the way.
        if (!waitFor([&] { return passes > 0 && !m_desktop->engine().isRunning(); }))
            return problem(QStringLiteral("the engine made no pass after the demo connected"));
        const Result<QVector<Connection>> connections = m_window->store()->connections();
        if (!connections)
            return problem(connections.reason());
        for (const Connection &c : *connections) {
            if (c.provider == Provider::QuickBooks && c.isUnitedStates() && m_company.isEmpty())
                m_company = c.id;
        }
        if (m_company.isEmpty())
            return problem(QStringLiteral("the demo connected no US QuickBooks company"));
        return true;
    }

    Status turnOn(const QString &id, bool enrollExisting)
    {
        const std::optional<ApiResult<Poller::Summary>> on =
            m_desktop->workspace().runAndWait<ApiResult<Poller::Summary>>(
                Workspace::Lane::Engine, [id, enrollExisting](WorkspaceContext &ctx) {
                    const std::unique_ptr<RunSession> session = ctx.newSession();
                    return Poller(*session).turnOn(id, enrollExisting);
                });
        if (!on)
            return Failure{QStringLiteral("the workspace is closed")};
        if (!*on)
            return on->error().toFailure();
        return Status::success();
    }

    Status publishAndTurnOn(const QString &id, bool enrollExisting)
    {
        const Result<int> published = m_window->store()->publish(id);
        if (!published)
            return published.failure();
        return turnOn(id, enrollExisting);
    }

    // A workspace a person has used for a while: two workflows on (one of them with edits not
    // yet published), one ready to publish, one still missing its accounts.
    bool makeWorkflows()
    {
        Store &store = *m_window->store();
        const auto create = [&](Workflow w) -> bool {
            if (const Status created = store.createWorkflow(w); !created)
                return problem(created.reason());
            return true;
        };

        Workflow quotes = fromTemplate(QStringLiteral("invoice-esigned-quotes.json"), m_company);
        m_quotes = quotes.id;
        Workflow payments =
            fromTemplate(QStringLiteral("paid-invoice-from-payments.json"), m_company);
        // Re-enrollment on: the review warns that each new enrollment invoices the deal again.
        Workflow deals = fromTemplate(QStringLiteral("invoice-payment-link-deals.json"), m_company);
        deals.enrollment.reenroll.enabled = true;
        deals.enrollment.reenroll.properties = QStringList{QStringLiteral("amount")};
        m_deals = deals.id;
        Workflow fees = fromTemplate(QStringLiteral("expense-for-payment-fees.json"), m_company);
        if (!create(quotes) || !create(payments) || !create(deals) || !create(fees))
            return false;

        // On, with the quotes already signed enrolled: the engine pass invoices them.
        if (const Status on = publishAndTurnOn(quotes.id, true); !on)
            return problem(on.reason());
        // On, with the payments already made, then edited: the draft has changes not yet
        // published.
        if (const Status on = publishAndTurnOn(payments.id, true); !on)
            return problem(on.reason());
        payments.actions.first().createProductIfMissing = false;
        if (const Status saved = store.saveDraft(payments); !saved)
            return problem(saved.reason());
        m_window->reload();
        return true;
    }

    bool runEngine()
    {
        EngineLoop &engine = m_desktop->engine();
        bool finished = false;
        EngineLoop::PassReport report;
        const QMetaObject::Connection connection = QObject::connect(
            &engine, &EngineLoop::passFinished, [&](const EngineLoop::PassReport &r) {
                report = r;
                finished = true;
            });
        if (!waitFor([&] { return !engine.isRunning(); }))
            return problem(QStringLiteral("an engine pass did not end"));
        engine.runNow();
        const bool ended = waitFor([&] { return finished; });
        QObject::disconnect(connection);
        if (!ended)
            return problem(QStringLiteral("the engine pass did not finish"));
        if (!report.ok())
            return problem(report.error);
        if (report.done == 0)
            return problem(
                QStringLiteral("the engine created no document: %1").arg(report.summary()));
        return true;
    }

    // Before a grab: no engine pass under way (its progress would show in the status bar).
    bool engineIdle()
    {
        if (!waitFor([this] { return !m_desktop->engine().isRunning(); }))
            return problem(QStringLiteral("an engine pass did not end"));
        return true;
    }

    bool mainWindow()
    {
        m_window->showPage(MainWindow::Page::Workflows);
        m_window->reload();
        m_window->selectWorkflow(m_quotes);
        return engineIdle() && save(m_window.get(), QStringLiteral("main-window.png"));
    }

    bool editor()
    {
        WorkflowEditor *editor = m_desktop->openEditor(m_quotes);
        if (!editor || !editor->isLoaded())
            return problem(QStringLiteral("the editor did not open"));
        m_editor = editor;
        editor->resize(EditorSize);
        editor->show();

        editor->selectTrigger();
        PropertyCatalog *catalog = editor->propertyCatalog();
        if (!waitFor([&] {
                return catalog->isLoaded(FilterObject::Quote) &&
                       qobject_cast<TriggerPanel *>(editor->currentPanel()) != nullptr;
            }))
            return problem(QStringLiteral("the quote properties did not load"));
        if (!engineIdle() || !save(editor, QStringLiteral("editor-trigger.png")))
            return false;

        const QString actionId = editor->document()->workflow().actions.first().id;
        editor->selectAction(actionId);
        if (!waitFor([&] {
                auto *panel = qobject_cast<ActionPanel *>(editor->currentPanel());
                if (!panel)
                    return false;
                const QList<LookupComboBox *> lookups = panel->findChildren<LookupComboBox *>();
                for (const LookupComboBox *lookup : lookups) {
                    if (lookup->isVisibleTo(panel) &&
                        (lookup->isLoading() || !lookup->errorText().isEmpty() ||
                         lookup->rowCount() == 0))
                        return false;
                }
                return !lookups.isEmpty();
            }))
            return problem(QStringLiteral("the QuickBooks lists did not load"));
        if (!engineIdle())
            return false;
        // The products drop-down open, as a person sees it: its popup is a window of its own,
        // drawn onto the editor's picture where it shows on the screen.
        auto *products =
            editor->currentPanel()->findChild<LookupComboBox *>(QStringLiteral("productsLookup"));
        if (!products)
            return problem(QStringLiteral("the action panel has no products drop-down"));
        products->showPopup();
        auto *popup = products->findChild<QWidget *>(QStringLiteral("lookupPopup"));
        if (!popup || !waitFor([popup] { return popup->isVisible(); }))
            return problem(QStringLiteral("the products drop-down did not open"));
        settle();
        QPixmap picture = editor->grab();
        {
            QPainter painter(&picture);
            painter.drawPixmap(popup->mapToGlobal(QPoint()) - editor->mapToGlobal(QPoint()),
                               popup->grab());
        }
        products->hidePopup();
        return save(picture, QStringLiteral("editor-action.png"));
    }

    bool review()
    {
        WorkflowEditor *editor = m_desktop->openEditor(m_deals);
        if (!editor || !editor->isLoaded())
            return problem(QStringLiteral("the editor did not open"));
        editor->resize(EditorSize);
        Q_EMIT editor->reviewRequested();
        ReviewDialog *dialog = nullptr;
        if (!waitFor([&] {
                dialog = editor->findChild<ReviewDialog *>();
                return dialog && dialog->isVisible() && !dialog->isCounting() &&
                       dialog->existingCount() >= 0;
            }))
            return problem(QStringLiteral("the review did not count the deals meeting the "
                                          "triggers"));
        const bool saved = engineIdle() && save(dialog, QStringLiteral("review.png"));
        dialog->reject();
        editor->close();
        return saved;
    }

    // A quote that meets the triggers and whose action would create its invoice, found by
    // dry-running the quotes as the test panel would.
    QString matchingQuote(const Workflow &workflow)
    {
        const std::optional<QString> found = m_desktop->workspace().runAndWait<QString>(
            Workspace::Lane::Interactive, [workflow](WorkspaceContext &ctx) -> QString {
                const std::unique_ptr<RunSession> session = ctx.newSession();
                const ApiResult<HubSpotClient *> hubSpot = session->hubSpot();
                if (!hubSpot)
                    return {};
                const auto quotes =
                    (*hubSpot)->listAll(HubSpotObject::Quote, {QStringLiteral("hs_title")});
                if (!quotes)
                    return {};
                TestRunner runner(*session);
                for (const HubSpotRecord &quote : *quotes) {
                    const auto report = runner.dryRun(workflow, quote.id);
                    if (report && report->triggers.met && !report->actions.isEmpty() &&
                        report->actions.first().wouldCreate &&
                        !report->actions.first().requests.isEmpty())
                        return quote.id;
                }
                return {};
            });
        return found.value_or(QString());
    }

    bool testResult()
    {
        WorkflowEditor *editor = m_editor;
        if (!editor)
            return problem(QStringLiteral("the editor closed"));
        const QString quote = matchingQuote(editor->document()->workflow());
        if (quote.isEmpty())
            return problem(QStringLiteral("no quote meets the triggers"));
        Q_EMIT editor->testRequested();
        TestPanel *panel = nullptr;
        QListWidget *results = nullptr;
        QLabel *status = nullptr;
        if (!waitFor([&] {
                panel = editor->findChild<TestPanel *>();
                return panel != nullptr;
            }))
            return problem(QStringLiteral("the test window did not open"));
        results = panel->findChild<QListWidget *>(QStringLiteral("recordResults"));
        status = panel->findChild<QLabel *>(QStringLiteral("recordSearchStatus"));
        const auto row = [&]() -> int {
            for (int i = 0; i < results->count(); ++i) {
                if (results->item(i)->data(Qt::UserRole).toString() == quote)
                    return i;
            }
            return -1;
        };
        // Opened, the panel lists the recently changed quotes; the one wanted is among them,
        // or searched for by its id.
        if (!waitFor([&] {
                return status->text() != QStringLiteral("Searching…") && results->count() > 0;
            }))
            return problem(QStringLiteral("the test window found no quotes"));
        if (row() < 0) {
            panel->findChild<QLineEdit *>(QStringLiteral("recordSearch"))->setText(quote);
            panel->search();
            if (!waitFor([&] { return row() >= 0; }))
                return problem(QStringLiteral("the test window did not find quote %1").arg(quote));
        }
        results->setCurrentRow(row());
        results->scrollToItem(results->currentItem());
        bool finished = false;
        bool passed = false;
        QObject::connect(panel, &TestPanel::testFinished, panel, [&](bool ok) {
            finished = true;
            passed = ok;
        });
        panel->runTest();
        if (!waitFor([&] { return finished; }))
            return problem(QStringLiteral("the dry run did not finish"));
        if (!passed)
            return problem(QStringLiteral("the dry run did not pass"));
        if (auto *toggle = panel->findChild<QToolButton *>(QStringLiteral("requestToggle")))
            toggle->setChecked(true);
        QWidget *dialog = panel->window();
        const bool saved = engineIdle() && save(dialog, QStringLiteral("test-result.png"));
        dialog->close();
        return saved;
    }

    bool runHistory()
    {
        if (m_editor)
            m_editor->close();
        m_window->showPage(MainWindow::Page::RunHistory);
        QWidget *page = m_window->page(MainWindow::Page::RunHistory);
        auto *table = page->findChild<QTableView *>(QStringLiteral("historyTable"));
        if (!table || !waitFor([&] { return table->model() && table->model()->rowCount() > 0; }))
            return problem(QStringLiteral("the run history is empty"));
        // The first failure, when there is one: its reason, what to do and Retry say more than
        // a done action's steps.
        int row = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, RunHistoryModel::StatusColumn);
            if (index.data(RunHistoryModel::StatusRole).toInt() == int(ActionStatus::Failed)) {
                row = r;
                break;
            }
        }
        table->selectRow(row);
        table->setFocus();
        settle();

        // The selected run's details whole, below a few rows of the list: the window grows
        // as much as that needs.
        auto *splitter = page->findChild<QSplitter *>(QStringLiteral("historySplitter"));
        auto *detail = page->findChild<QWidget *>(QStringLiteral("runDetail"));
        auto *scroll = detail ? detail->findChild<QScrollArea *>() : nullptr;
        if (!splitter || !scroll || !scroll->widget())
            return problem(QStringLiteral("the run history has no detail pane"));
        QWidget *content = scroll->widget();
        const int contentWidth = scroll->viewport()->width();
        const int detailHeight =
            (content->hasHeightForWidth() ? content->heightForWidth(contentWidth)
                                          : content->sizeHint().height()) +
            detail->height() - scroll->viewport()->height();
        constexpr int ListedRows = 6;
        const int listHeight = table->horizontalHeader()->height() +
                               ListedRows * table->rowHeight(0) + 2 * table->frameWidth();
        const int missing =
            listHeight + detailHeight + splitter->handleWidth() - splitter->height();
        if (missing > 0) {
            m_window->resize(m_window->width(), m_window->height() + missing);
            settle();
        }
        splitter->setSizes({listHeight, splitter->height() - splitter->handleWidth() - listHeight});
        table->scrollTo(table->model()->index(row, 0));
        return engineIdle() && save(m_window.get(), QStringLiteral("run-history.png"));
    }

    QString m_outputDir;
    QString m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopApp> m_desktop;
    std::unique_ptr<DemoMode> m_demo;
    QString m_company;
    QString m_quotes;
    QString m_deals;
    QPointer<WorkflowEditor> m_editor;
};

} // namespace

} // namespace bookflow

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bookflow"));
    QApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QApplication::setApplicationVersion(QStringLiteral(BOOKFLOW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("bookflow"));
    QApplication::setWindowIcon(bookflow::icon(QStringLiteral("bookflow")));
    // The same pictures on every machine: the font a bare Debian with Qt gets, where it exists.
    if (QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans")))
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));

    const QStringList args = QApplication::arguments();
    if (args.size() != 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        bookflow::complain(QStringLiteral("usage: bookflow-screenshots OUTPUT_DIR"));
        return bookflow::ExitBadUsage;
    }
    // Nothing of this computer's Bookflow is read or changed: the settings (language, window
    // sizes, start at login) and the data live in a throw-away folder.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        bookflow::complain(QStringLiteral("no temporary folder: %1").arg(scratch.errorString()));
        return bookflow::ExitFailed;
    }
    const QString settingsDir = QDir(scratch.path()).filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    // The README's language and its readers' formats (US businesses), whatever the machine's
    // locale; English still installs its plural forms ("1 record", "12 documents").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    bookflow::installUiLanguage();

    bookflow::Screens screens(args.at(1), QDir(scratch.path()).filePath(QStringLiteral("data")));
    return screens.run();
}
