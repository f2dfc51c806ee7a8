#pragma once

#include "core/store/connection.h"
#include "core/util/result.h"
#include "ui/actions/qbocatalog.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace bookflow {

class ConnectionCard;
class ConnectProgressDialog;
class Store;
class Workspace;
struct ConnectAttempt;
struct ConnectOutcome;

// The Connections page (UI.md "Connections", PRODUCT.md §5): a card per connected HubSpot
// portal and QuickBooks company (store.connections()), Connect HubSpot… / Connect QuickBooks…,
// and for each QuickBooks company its settings.
//
// Everything that talks to a provider or the keychain — connecting, reconnecting, checking,
// disconnecting, saving app credentials, loading HubSpot's products — runs on the Workspace's
// Interactive lane through ConnectionManager; the window never waits. Settings are quick local
// writes to the GUI thread's Store.
//
// Object names: "connectHubSpotButton", "connectQuickBooksButton", "checkAllButton",
// "pageMessage" (the outcome of the last action, "pageMessageText" its text), "connectionsEmpty"
// (with "emptyConnectHubSpotButton" and "emptyConnectQuickBooksButton"), "connectionsList"; the
// cards (ConnectionCard, objectName "connectionCard") and the dialogs ("connectDialog",
// "appCredentialsDialog", "connectProgress", "privateAppTokenDialog") are its children.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    // The data-sync filter editor (another widget's), made for one company's filters: `onEdited`
    // is called with the whole new list after each edit.
    using FilterEditorFactory = std::function<QWidget *(
        const QVector<FilterGroup> &groups,
        std::function<void(const QVector<FilterGroup> &)> onEdited, QWidget *parent)>;
    // Shows the provider's consent page. Called on the Interactive lane's thread (inside
    // ConnectionManager::connectOAuth), never on the GUI thread.
    using BrowserOpener = std::function<Status(const QUrl &authorizeUrl)>;
    // Asks for the address the browser ended on (a redirect that is not on this computer).
    // Called on the Interactive lane's thread; an empty answer ends the sign-in.
    using PastedAddressAsker = std::function<QString()>;
    // Asks a yes/no question on the GUI thread: true to go ahead.
    using Confirmer = std::function<bool(const QString &title, const QString &question,
                                         const QString &confirmLabel)>;

    ConnectionsPage(Store &store, Workspace &workspace, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    // Without a factory the data-sync filters are shown read-only, in words.
    void setFilterEditorFactory(FilterEditorFactory factory);
    // Default: QDesktopServices::openUrl on the GUI thread (queued to this page), then success.
    void setBrowserOpener(BrowserOpener opener);
    // Default: a QInputDialog on the GUI thread, reached with a blocking queued call from the
    // lane. That is safe because the GUI thread never waits for the Interactive lane while this
    // page lives (it only posts), so the two cannot wait on each other; and when the page is
    // destroyed first, Qt drops the pending call and releases the lane with an empty answer —
    // so destroy the page before the Workspace shuts down.
    void setPastedAddressAsker(PastedAddressAsker asker);
    // Default: a QMessageBox. Tests answer it here.
    void setConfirmer(Confirmer confirmer);
    // Shares the editor's catalog (must outlive the page) instead of the page's own, so a list
    // is asked from QuickBooks once for both; the cards are made again with it.
    void setCatalog(QboCatalog *catalog);
    // How long a sign-in waits for the browser's answer (default 10 minutes).
    void setConnectTimeoutMs(int timeoutMs) { m_connectTimeoutMs = timeoutMs; }

    // A connect, reconnect, disconnect or check is running.
    bool isBusy() const { return m_exclusiveBusy || m_checksRunning > 0; }
    // The page's last message ("Connected Demo Co (US) — QuickBooks sandbox.", a failure's
    // reason); empty when none is shown.
    QString message() const;
    ConnectionCard *card(const QString &connectionId) const;
    QVector<ConnectionCard *> cards() const;

public Q_SLOTS:
    // Reads the connections from the store again; cards keep their place and their editing state.
    void reload();
    void connectHubSpot();
    void connectQuickBooks();
    // Asks each provider whether Bookflow can still sign in (F5).
    void checkAll();

Q_SIGNALS:
    // A connection was made, reconnected, removed, checked or its settings saved: whatever
    // shows connections elsewhere (the editor's pickers, review) should read them again.
    void connectionsChanged();
    void busyChanged(bool busy);

protected:
    // The engine may have changed a connection's state meanwhile: read them again when shown.
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildEmptyState();
    void updateEmptyState();
    void updateActions();
    void setExclusiveBusy(bool busy);
    void showMessage(const QString &text, bool problem);

    void startConnect(Provider provider);
    void askAppCredentials(Provider provider, Environment environment, const QString &why,
                           const QString &reconnectId);
    void runOAuth(Provider provider, Environment environment, const QString &reconnectId);
    void runPrivateApp(const QString &token, Environment environment, const QString &reconnectId);
    void askPrivateAppToken(const Connection &connection);
    void finishConnect(const ConnectOutcome &outcome,
                       const std::shared_ptr<ConnectAttempt> &attempt, Provider provider,
                       Environment environment, const QString &reconnectId);
    void cancelAttempt(const std::shared_ptr<ConnectAttempt> &attempt);
    ConnectProgressDialog *openProgress(const QString &text,
                                        const std::shared_ptr<ConnectAttempt> &attempt);

    void reconnectAccount(const QString &connectionId);
    void disconnectAccount(const QString &connectionId);
    void checkAccount(const QString &connectionId);
    void saveSettings(const Connection &edited);

    void loadHubSpotProducts(bool force);
    void applyHubSpotProducts(ConnectionCard *card) const;

    BrowserOpener browserOpener();
    PastedAddressAsker pastedAddressAsker();
    QString askPastedAddressNow();
    bool confirm(const QString &title, const QString &question, const QString &confirmLabel);
    bool hasAppCredentials(Provider provider, Environment environment) const;

    Store &m_store;
    Workspace &m_workspace;
    QboCatalog *m_catalog = nullptr;
    FilterEditorFactory m_filterFactory;
    BrowserOpener m_browserOpener;
    PastedAddressAsker m_pastedAddressAsker;
    Confirmer m_confirmer;
    int m_connectTimeoutMs = 10 * 60 * 1000;

    bool m_exclusiveBusy = false;
    int m_checksRunning = 0;
    QPointer<ConnectProgressDialog> m_progress;
    QNetworkAccessManager *m_network = nullptr;

    // HubSpot's products for the mapping pickers, loaded once per HubSpot connection.
    enum class ProductsState { NotLoaded, Loading, Loaded, Failed };
    ProductsState m_productsState = ProductsState::NotLoaded;
    QString m_productsFor; // the HubSpot connection they were loaded from
    QString m_productsError;
    QVector<LookupRow> m_products;

    QHash<QString, ConnectionCard *> m_cards;
    QVector<QString> m_order;

    QPushButton *m_connectHubSpot = nullptr;
    QPushButton *m_connectQuickBooks = nullptr;
    QPushButton *m_checkAll = nullptr;
    QPushButton *m_emptyConnectHubSpot = nullptr;
    QPushButton *m_emptyConnectQuickBooks = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_messageText = nullptr;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_list = nullptr;
};

} // namespace bookflow
