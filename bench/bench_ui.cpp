// bookflow-bench-ui: the desktop app's figures of issue 10, each measured in a process of its own
// (this program starts itself once per part, so one part's memory and caches never colour
// another's):
//   dropdown   a keystroke in the searchable dropdown over 10,000 customers → the list updated and
//              painted (median over 80 keystrokes);
//   editor     a 50-action workflow opened in the editor → its window painted (median of 7);
//   memory     the GUI's resident memory (VmRSS) with 10,000 customers and 5,000 items loaded into
//              an invoice action's drop-downs;
//   coldstart  the real `bookflow` program, empty data folder, offscreen → its first painted
//              window (median of 5 starts).
// The GUI parts run the app's own pieces — MainWindow, DesktopApp, the editor and action panels —
// against a sandbox in another process, seeded with the demo company plus 10,000 customers and
// 5,000 items.
#include "bench/benchsupport.h"

#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/qbo/qboseed.h"
#include "app/sandbox/qbo/qboservice.h"
#include "app/sandbox/sandboxserver.h"
#include "core/auth/sandboxconsent.h"
#include "core/engine/workspace.h"
#include "ui/actions/lookupcombobox.h"
#include "ui/app/desktopapp.h"
#include "ui/editor/workfloweditor.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace bookflow;
using namespace bookflow::bench;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void say(const QString &line)
{
    std::fprintf(stderr, "bench-ui: %s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

constexpr int Customers = 10000;
constexpr int Items = 5000;

// The resident memory of this process (VmRSS) and its peak (VmHWM), in MB.
QPair<double, double> residentMemory()
{
    QFile status(s("/proc/self/status"));
    double rss = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
                rss = parts.at(1).toDouble() / 1024.0;
            if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
                peak = parts.at(1).toDouble() / 1024.0;
        }
    }
    return {rss, peak};
}

// This thread's CPU time in ms: what a step cost the GUI thread, whatever else the machine runs.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// Waits (handling events) until `done` or `ms` pass; false on timeout.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

// Prints one part's answer on stdout: the driver reads it.
int answer(const QJsonObject &result)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

// --- the sandbox for the GUI parts ------------------------------------------------------------

// Appends `count` copies of the company's first row of `entity`, each with its own Id and the
// fields `shape` gives, straight into the sandbox's state (creating 15,000 records through its
// rules would check each name against all the others).
void addRows(QJsonObject &company, const QString &entity, int count,
             const std::function<void(QJsonObject &, int)> &shape)
{
    QJsonObject entities = company.value(s("entities")).toObject();
    QJsonArray rows = entities.value(entity).toArray();
    QJsonObject model;
    for (const QJsonValue &row : std::as_const(rows)) {
        if (row.toObject().value(s("Active")).toBool(true)) {
            model = row.toObject();
            break;
        }
    }
    QJsonObject nextIds = company.value(s("nextIds")).toObject();
    qint64 next = nextIds.value(entity).toString().toLongLong();
    if (next <= 0)
        next = 100000;
    for (int i = 0; i < count; ++i) {
        QJsonObject row = model;
        row.insert(s("Id"), QString::number(next++));
        row.insert(s("Active"), true);
        shape(row, i);
        rows.append(row);
    }
    entities.insert(entity, rows);
    nextIds.insert(entity, QString::number(next));
    company.insert(s("entities"), entities);
    company.insert(s("nextIds"), nextIds);
}

int serveSandbox()
{
    sandbox::SandboxServer server;
    if (!server.listen(0)) {
        say(s("the sandbox cannot listen: ") + server.errorString());
        return 1;
    }
    QJsonObject state = server.quickBooks().save();
    QJsonArray companies = state.value(s("companies")).toArray();
    for (int c = 0; c < companies.size(); ++c) {
        QJsonObject company = companies.at(c).toObject();
        if (company.value(s("realmId")).toString() != QLatin1String(sandbox::QboDemoUsRealm))
            continue;
        addRows(company, s("Customer"), Customers, [](QJsonObject &row, int i) {
            const QString number = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("Customer %1 Larsen-Okafor").arg(number);
            row.insert(s("DisplayName"), name);
            row.insert(s("FullyQualifiedName"), name);
            row.insert(s("PrintOnCheckName"), name);
            row.insert(s("CompanyName"), name);
            row.insert(s("GivenName"), s("Customer"));
            row.insert(s("FamilyName"), number);
            row.insert(
                s("PrimaryEmailAddr"),
                QJsonObject{{s("Address"), QStringLiteral("billing%1@example.com").arg(number)}});
            row.remove(s("SalesTermRef"));
        });
        addRows(company, s("Item"), Items, [](QJsonObject &row, int i) {
            const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("Service package %1").arg(number);
            row.insert(s("Name"), name);
            row.insert(s("FullyQualifiedName"), name);
            row.insert(s("Sku"), QStringLiteral("PKG-%1").arg(number));
        });
        companies.replace(c, company);
    }
    state.insert(s("companies"), companies);
    QString error;
    if (!server.quickBooks().load(state, &error)) {
        say(s("seeding failed: ") + error);
        return 1;
    }
    std::printf("listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// A data folder with the app's main window and desktop app, connected to the sandbox.
struct App
{
    QTemporaryDir dir;
    std::shared_ptr<MemorySecretStore> secrets = std::make_shared<MemorySecretStore>();
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DesktopApp> desktop;
    QString usCompany;

    bool start(const QUrl &sandbox, QString *error)
    {
        window = std::make_unique<MainWindow>(dir.path());
        if (!window->store()) {
            *error = s("the data folder cannot be opened");
            return false;
        }
        desktop = std::make_unique<DesktopApp>(*window, secrets, false);
        const std::optional<ApiResult<QVector<Connection>>> made =
            desktop->workspace().runAndWait<ApiResult<QVector<Connection>>>(
                Workspace::Lane::Interactive, [sandbox](WorkspaceContext &ctx) {
                    return connectSandboxAccounts(
                        ctx.connections(), ctx.transport(), ctx.clock(), sandbox,
                        {QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                         QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret),
                         QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                         QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret)});
                });
        if (!made || !*made) {
            *error = made ? made->reason() : s("the workspace is closed");
            return false;
        }
        for (const Connection &c : made->value()) {
            if (c.provider == Provider::QuickBooks &&
                c.accountId == QLatin1String(sandbox::QboDemoUsRealm))
                usCompany = c.id;
        }
        window->reload();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ~App()
    {
        desktop.reset();
        window.reset();
    }
};

// Counts paint events of one widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            ++paints;
        return false;
    }

private:
    QWidget *m_widget;
};

// --- the parts ----------------------------------------------------------------------------------

int dropdownPart()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *box = new LookupComboBox(&window);
    layout->addWidget(box);
    layout->addStretch(1);
    window.resize(460, 320);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QVector<LookupRow> rows;
    rows.reserve(Customers);
    static const char *const firsts[] = {"Avery", "Blake",  "Casey", "Dana",  "Elliot", "Finley",
                                         "Gray",  "Harley", "Indy",  "Jules", "Kai",    "Logan"};
    static const char *const lasts[] = {"Abbott", "Baker",  "Carver", "Dalton", "Ellis",
                                        "Foster", "Garner", "Hughes", "Ingram", "Jensen"};
    for (int i = 0; i < Customers; ++i) {
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(s(firsts[i % 12]), s(lasts[(i / 12) % 10]))
                                 .arg(i, 5, 10, QLatin1Char('0'));
        rows.append({QString::number(i + 1), name,
                     QStringLiteral("%1.%2@example.com").arg(s(firsts[i % 12]).toLower()).arg(i)});
    }
    box->setFixedEntries({{QString(), s("The deal's first contact"), {}}});
    box->setRows(rows);
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    QWidget *popup = box->findChild<QWidget *>(s("lookupPopup"));
    QLineEdit *search = box->findChild<QLineEdit *>(s("lookupSearch"));
    QListView *list = box->findChild<QListView *>(s("lookupList"));
    if (!waitFor([&] { return popup && popup->isVisible() && search && list; }, 5000))
        return 1;

    // What a person types: names, an email fragment, a number; each word typed, then erased.
    const QStringList words{s("baker"),    s("avery"), s("0042"),   s("@example"),
                            s("jensen 1"), s("z"),     s("harley"), s("gar")};
    QVector<double> times;
    QVector<double> cpu;
    for (const QString &word : words) {
        const auto keystroke = [&](const std::function<void()> &press) {
            const double cpuStart = threadCpuMs();
            QElapsedTimer timer;
            timer.start();
            press();                           // the field, the filter, the model
            QCoreApplication::processEvents(); // the view's layout
            popup->repaint();                  // the list and status line painted
            times.append(elapsedMs(timer));
            cpu.append(threadCpuMs() - cpuStart);
        };
        for (const QChar c : word)
            keystroke([&] { QTest::keyClick(search, c.toLatin1()); });
        for (int i = 0; i < word.size(); ++i)
            keystroke([&] { QTest::keyClick(search, Qt::Key_Backspace); });
    }
    QVector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    return answer(QJsonObject{{s("medianMs"), median(times)},
                              {s("cpuMedianMs"), median(cpu)},
                              {s("p90Ms"), sorted.at(int(sorted.size() * 0.9))},
                              {s("maxMs"), sorted.constLast()},
                              {s("keystrokes"), int(times.size())},
                              {s("rows"), Customers}});
}

Workflow fiftyActions(const QString &connection)
{
    Workflow w = jobWorkflow(connection);
    w.name = s("Fifty actions");
    w.actions.clear();
    for (int i = 0; i < 50; ++i) {
        Action action;
        action.id = QStringLiteral("a%1").arg(i + 1);
        action.type = i % 3 == 0   ? ActionType::CreateInvoice
                      : i % 3 == 1 ? ActionType::CreateEstimate
                                   : ActionType::CreateSalesReceipt;
        action.connection = connection;
        action.createProductIfMissing = i % 2 == 0;
        w.actions.append(action);
    }
    return w;
}

int editorPart(const QUrl &sandbox)
{
    App app;
    QString error;
    if (!app.start(sandbox, &error)) {
        say(error);
        return 1;
    }
    const Workflow workflow = fiftyActions(app.usCompany);
    if (const Status created = app.window->store()->createWorkflow(workflow); !created) {
        say(created.reason());
        return 1;
    }
    QVector<double> times;
    QVector<double> cpu;
    for (int run = 0; run < 7; ++run) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        WorkflowEditor *editor = app.desktop->openEditor(workflow.id);
        PaintCounter painted(editor);
        // Events are handled as they come (no sleeping between turns, which would count).
        while (painted.paints == 0 && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (painted.paints == 0) {
            say(s("the editor never painted"));
            return 1;
        }
        times.append(elapsedMs(timer));
        cpu.append(threadCpuMs() - cpuStart);
        if (editor->canvas() == nullptr)
            return 1;
        editor->setCloseQuestion([] { return QMessageBox::Discard; });
        editor->close();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return answer(QJsonObject{{s("medianMs"), median(times)},
                              {s("guiThreadCpuMedianMs"), median(cpu)},
                              {s("firstMs"), times.constFirst()},
                              {s("opens"), int(times.size())},
                              {s("actions"), int(workflow.actions.size())}});
}

int memoryPart(const QUrl &sandbox)
{
    App app;
    QString error;
    if (!app.start(sandbox, &error)) {
        say(error);
        return 1;
    }
    const auto before = residentMemory();
    Workflow workflow = jobWorkflow(app.usCompany);
    workflow.actions.first().products.source = ProductChoice::Source::QuickBooksItem;
    if (const Status created = app.window->store()->createWorkflow(workflow); !created) {
        say(created.reason());
        return 1;
    }
    WorkflowEditor *editor = app.desktop->openEditor(workflow.id);
    editor->selectAction(s("a1"));
    LookupComboBox *customers = nullptr;
    LookupComboBox *items = nullptr;
    const bool loaded = waitFor(
        [&] {
            customers = editor->findChild<LookupComboBox *>(s("customerLookup"));
            items = editor->findChild<LookupComboBox *>(s("productsLookup"));
            return customers && items && !customers->isLoading() && !items->isLoading() &&
                   customers->rowCount() >= Customers && items->rowCount() >= Items;
        },
        120000);
    if (!loaded) {
        say(QStringLiteral("the lists did not load: customers %1, items %2")
                .arg(customers ? customers->rowCount() : -1)
                .arg(items ? items->rowCount() : -1));
        return 1;
    }
    // Both drop-downs opened once, as a person choosing a customer and a product would.
    for (LookupComboBox *box : {customers, items}) {
        box->showPopup();
        QCoreApplication::processEvents();
        box->hidePopup();
        QCoreApplication::processEvents();
    }
    const auto after = residentMemory();
    return answer(QJsonObject{{s("rssMb"), after.first},
                              {s("peakMb"), after.second},
                              {s("rssBeforeListsMb"), before.first},
                              {s("customers"), customers->rowCount()},
                              {s("items"), items->rowCount()}});
}

int coldStartPart(const QString &gui)
{
    QVector<double> outer;
    QVector<double> inner;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
        env.insert(s("BOOKFLOW_REPORT_FIRST_PAINT"), s("1"));
        env.insert(s("XDG_CONFIG_HOME"), dir.filePath(s("config")));
        env.insert(s("XDG_DATA_HOME"), dir.filePath(s("share")));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(gui, {s("--data-dir"), dir.filePath(s("data")), s("--secrets"), s("memory")});
        QByteArray out;
        double firstPaint = -1;
        while (timer.elapsed() < 30000) {
            process.waitForReadyRead(50);
            out += process.readAllStandardOutput();
            const qsizetype at = out.indexOf("first paint ");
            if (at >= 0 && out.indexOf('\n', at) > at) {
                firstPaint = elapsedMs(timer);
                inner.append(out.mid(at + 12).split(' ').first().toDouble());
                break;
            }
            if (process.state() == QProcess::NotRunning)
                break;
        }
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        if (firstPaint < 0) {
            say(s("bookflow never reported its first paint: ") +
                QString::fromUtf8(process.readAllStandardError()));
            return 1;
        }
        outer.append(firstPaint);
    }
    QJsonArray runs;
    for (const double ms : std::as_const(outer))
        runs.append(ms);
    return answer(QJsonObject{{s("medianMs"), median(outer)},
                              {s("firstRunMs"), outer.constFirst()},
                              {s("insideMedianMs"), median(inner)},
                              {s("runsMs"), runs}});
}

// --- the driver ---------------------------------------------------------------------------------

std::optional<QJsonObject> runPart(const QString &part, const QStringList &extra)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList{s("--part"), part} + extra);
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        say(QStringLiteral("part %1 failed").arg(part));
        child.kill();
        child.waitForFinished(5000);
        return std::nullopt;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

int drive(const QString &outPath, const QString &gui)
{
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QCoreApplication::applicationFilePath(), {s("--part"), s("sandbox")});
    QByteArray line;
    QElapsedTimer started;
    started.start();
    while (!line.contains('\n') && started.elapsed() < 60000) {
        sandbox.waitForReadyRead(100);
        line += sandbox.readAllStandardOutput();
    }
    if (!line.startsWith("listening on ")) {
        say(s("the sandbox did not start"));
        sandbox.kill();
        return 1;
    }
    const QString url = QString::fromUtf8(line.mid(13).trimmed());
    say(s("sandbox with 10,000 customers and 5,000 items at ") + url);

    QVector<Figure> figures;
    say(s("dropdown…"));
    if (const auto dropdown = runPart(s("dropdown"), {})) {
        Figure f;
        f.id = s("ui.dropdownKeystroke");
        f.name = s("Dropdown keystroke, 10,000 customers");
        f.value = std::round(dropdown->value(s("medianMs")).toDouble() * 100) / 100;
        f.unit = s("ms");
        f.target = 16;
        f.how =
            s("LookupComboBox (ui/actions) with 10,000 customers and a fixed entry, popup open, "
              "offscreen platform: for each of 80 keystrokes (8 words typed letter by letter, "
              "then erased) the time from the key press to the list and status line repainted "
              "(QTest::keyClick, processEvents, a synchronous repaint of the popup); median.");
        f.details = *dropdown;
        figures.append(f);
    }
    say(s("editor…"));
    if (const auto editor = runPart(s("editor"), {s("--sandbox"), url})) {
        Figure f;
        f.id = s("ui.editorOpen");
        f.name = s("Open a 50-action workflow in the editor");
        f.value = std::round(editor->value(s("medianMs")).toDouble() * 10) / 10;
        f.unit = s("ms");
        f.target = 100;
        f.how = s("DesktopApp::openEditor on a workflow of 50 QuickBooks actions (invoices, "
                  "estimates, sales receipts on the sandbox's US company), in the assembled app "
                  "(MainWindow + DesktopApp, offscreen): from the call to the end of the editor "
                  "window's first paint; median of 7 opens, each editor closed before the next.");
        f.details = *editor;
        figures.append(f);
    }
    say(s("memory…"));
    if (const auto memory = runPart(s("memory"), {s("--sandbox"), url})) {
        Figure f;
        f.id = s("ui.memory");
        f.name = s("GUI memory, 10,000 customers + 5,000 items");
        f.value = std::round(memory->value(s("rssMb")).toDouble() * 10) / 10;
        f.unit = s("MB");
        f.target = 120;
        f.how = s("VmRSS from /proc/self/status of a process running the assembled app (MainWindow "
                  "+ DesktopApp with its worker lanes, offscreen) connected to the sandbox, after "
                  "an invoice action's panel loaded every customer (the demo company's and 10,000 "
                  "more) and every item (the demo's and 5,000 more) into its drop-downs through "
                  "the shared catalog, and both drop-downs were opened once. The `bookflow` "
                  "program runs the same code, plus its main().");
        f.details = *memory;
        figures.append(f);
    }
    sandbox.kill();
    sandbox.waitForFinished(5000);

    say(s("cold start…"));
    if (const auto cold = runPart(s("coldstart"), {s("--gui"), gui})) {
        Figure f;
        f.id = s("ui.coldStart");
        f.name = s("GUI cold start to first paint");
        f.value = std::round(cold->value(s("medianMs")).toDouble() * 10) / 10;
        f.unit = s("ms");
        f.target = 500;
        f.how = s("The real `bookflow` program started with an empty data folder (so the demo "
                  "workspace starts, as on a first launch), --secrets memory, "
                  "QT_QPA_PLATFORM=offscreen and BOOKFLOW_REPORT_FIRST_PAINT=1, which prints the "
                  "main window's first paint and quits: time from starting the process to that "
                  "line; median of 5 starts. The files are in the page cache (the build just "
                  "wrote them), so this is a warm-cache start of a fresh process.");
        f.details = *cold;
        figures.append(f);
    }
    QString error;
    if (!writeFigures(outPath, figures, &error)) {
        say(s("cannot write the figures: ") + error);
        return 1;
    }
    return figures.size() == 4 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(s("Bookflow"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(s("out"), s("Write the figures to FILE."), s("FILE"));
    const QCommandLineOption partOption(s("part"), s("One part, for the driver."), s("PART"));
    const QCommandLineOption sandboxOption(s("sandbox"), s("The sandbox's address."), s("URL"));
    const QCommandLineOption guiOption(s("gui"), s("The bookflow program."), s("PATH"),
                                       s(BOOKFLOW_GUI));
    parser.addOptions({outOption, partOption, sandboxOption, guiOption});
    parser.process(app);
    const QString part = parser.value(partOption);
    if (part == QLatin1String("sandbox"))
        return serveSandbox();
    if (part == QLatin1String("dropdown"))
        return dropdownPart();
    if (part == QLatin1String("editor"))
        return editorPart(QUrl(parser.value(sandboxOption)));
    if (part == QLatin1String("memory"))
        return memoryPart(QUrl(parser.value(sandboxOption)));
    if (part == QLatin1String("coldstart"))
        return coldStartPart(parser.value(guiOption));
    if (!parser.isSet(outOption)) {
        say(s("--out FILE is needed"));
        return 2;
    }
    return drive(parser.value(outOption), parser.value(guiOption));
}
