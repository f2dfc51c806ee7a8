#pragma once

#include "core/util/result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTimer;

namespace bookflow {

namespace sandbox {
class SandboxThread;
}

class DesktopApp;
class MainWindow;
class Store;

// The demo workspace (PRODUCT.md §6): with no real account connected, the GUI runs the sandbox
// on a thread of its own on a free loopback port, connects HubSpot and the sandbox's QuickBooks
// companies through the real OAuth round trips without asking (the consent pages are answered as
// a person would), and shows the demo banner. The engine starts once the demo accounts are
// connected.
//
// The sandbox's records live in <data dir>/demo-sandbox.json: loaded at start, written after
// every engine pass, every few seconds while requests come in, and at the end. A file that cannot
// be read is reported with its name and reason and never overwritten; "Reset demo data" moves it
// aside and starts from the seed.
//
// Connections are re-made at every start: the port may differ from last time, and connecting
// the same accounts again keeps their ids and settings, so workflows stay on their companies.
class DemoMode : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *StateFileName = "demo-sandbox.json";

    DemoMode(MainWindow &window, DesktopApp &app, QObject *parent = nullptr);
    ~DemoMode() override; // writes the state and stops the sandbox

    // Whether the data folder has nothing but demo accounts (none at all, or only connections to
    // a sandbox on this computer): then the GUI opens the demo workspace.
    static bool wanted(const Store &store);

    // Starts the sandbox (false, with the reason, when it cannot listen) and begins connecting
    // the demo accounts in the background: connected() or failed() follows.
    Status start();
    QUrl baseUrl() const { return m_baseUrl; }
    bool isConnected() const { return m_connected; }
    QString stateFile() const;
    // Why the saved demo data could not be read at start (empty when it could).
    QString loadProblem() const { return m_loadProblem; }

    // Writes the sandbox's records to the state file now (not while the file is unreadable).
    Status save();

public Q_SLOTS:
    // The sample records back to the seed, the run history cleared and every workflow off; then
    // the demo accounts are connected again. resetFinished() follows.
    void reset();

Q_SIGNALS:
    void connected();
    void failed(const QString &reason);
    void resetFinished(bool ok, const QString &reason);

private:
    void connectAccounts();
    void saveIfChanged();
    qint64 requestCount() const;

    MainWindow &m_window;
    DesktopApp &m_app;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    QUrl m_baseUrl;
    QTimer *m_saveTimer = nullptr;
    qint64 m_savedAtRequests = -1;
    QString m_loadProblem;
    bool m_connected = false;
    bool m_resetting = false;
};

} // namespace bookflow
