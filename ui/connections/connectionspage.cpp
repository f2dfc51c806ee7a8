#include "ui/connections/connectionspage.h"

#include "core/auth/connectionmanager.h"
#include "core/auth/oauthprovider.h"
#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/hubspot/hubspotclient.h"
#include "core/store/store.h"
#include "ui/connections/appcredentialsdialog.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/connectioncard.h"
#include "ui/connections/connectprogressdialog.h"
#include "ui/connections/quickbookssettingspanel.h"
#include "ui/icons.h"

#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace bookflow {

// One sign-in in progress, shared by the GUI thread (Cancel) and the lane (the browser opener).
struct ConnectAttempt
{
    // False when the person cancelled before the browser was opened: don't open it.
    bool begin(const QUrl &url)
    {
        const QMutexLocker lock(&mutex);
        if (cancelled)
            return false;
        authorizeUrl = url;
        return true;
    }
    // The consent page's address, if the browser was opened already.
    QUrl cancel()
    {
        const QMutexLocker lock(&mutex);
        cancelled = true;
        return authorizeUrl;
    }
    bool isCancelled()
    {
        const QMutexLocker lock(&mutex);
        return cancelled;
    }

    QMutex mutex;
    bool cancelled = false;
    QUrl authorizeUrl;
};

// What a connect job hands back to the GUI thread.
struct ConnectOutcome
{
    std::optional<Connection> connection;
    QString error;
    // No app credentials (or no client secret) for the provider and environment: ask for them.
    bool appMissing = false;
};

namespace {

struct ProductsAnswer
{
    bool ok = false;
    QString error;
    QVector<LookupRow> rows;
};

ConnectOutcome outcomeOf(const ApiResult<Connection> &result)
{
    ConnectOutcome outcome;
    if (result)
        outcome.connection = *result;
    else
        outcome.error = result.reason();
    return outcome;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == QLatin1String("http") &&
           (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
            host == QLatin1String("::1"));
}

QPushButton *connectButton(Provider provider, const QString &objectName, QWidget *parent)
{
    auto *button =
        new QPushButton(icon(providerKey(provider)),
                        provider == Provider::HubSpot ? ConnectionsPage::tr("Connect &HubSpot…")
                                                      : ConnectionsPage::tr("Connect &QuickBooks…"),
                        parent);
    button->setObjectName(objectName);
    button->setAccessibleName(provider == Provider::HubSpot
                                  ? ConnectionsPage::tr("Connect HubSpot")
                                  : ConnectionsPage::tr("Connect QuickBooks"));
    return button;
}

} // namespace

ConnectionsPage::ConnectionsPage(Store &store, Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_store(store), m_workspace(workspace)
{
    setObjectName(QStringLiteral("connectionsPage"));
    setAccessibleName(tr("Connections"));
    m_catalog = new QboCatalog(workspace, this);
    buildUi();
    reload();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->setSpacing(14);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Connections"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);
    title->setAccessibleName(tr("Connections"));
    auto *subtitle = new QLabel(tr("Your HubSpot account and the QuickBooks companies Bookflow "
                                   "works with. Sign-ins are kept in your system keychain only."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    m_checkAll = new QPushButton(icon(QStringLiteral("refresh")), tr("Check all"), this);
    m_checkAll->setObjectName(QStringLiteral("checkAllButton"));
    m_checkAll->setAccessibleName(tr("Check every connection"));
    m_checkAll->setToolTip(
        tr("Ask each provider whether Bookflow can still sign in (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_connectHubSpot =
        connectButton(Provider::HubSpot, QStringLiteral("connectHubSpotButton"), this);
    m_connectQuickBooks =
        connectButton(Provider::QuickBooks, QStringLiteral("connectQuickBooksButton"), this);
    header->addWidget(m_checkAll, 0, Qt::AlignTop);
    header->addWidget(m_connectHubSpot, 0, Qt::AlignTop);
    header->addWidget(m_connectQuickBooks, 0, Qt::AlignTop);
    outer->addLayout(header);
    connect(m_checkAll, &QPushButton::clicked, this, &ConnectionsPage::checkAll);
    connect(m_connectHubSpot, &QPushButton::clicked, this, &ConnectionsPage::connectHubSpot);
    connect(m_connectQuickBooks, &QPushButton::clicked, this, &ConnectionsPage::connectQuickBooks);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (m_checkAll->isEnabled())
            checkAll();
    });

    // The outcome of the last action, in words; closable.
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("pageMessage"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setBackgroundRole(QPalette::AlternateBase);
    bar->setAutoFillBackground(true);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(10, 8, 6, 8);
    m_messageIcon = new QLabel(bar);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setFixedSize(small, small);
    m_messageText = new QLabel(bar);
    m_messageText->setObjectName(QStringLiteral("pageMessageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(bar);
    close->setObjectName(QStringLiteral("closePageMessage"));
    close->setText(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the message"));
    close->setAutoRaise(true);
    barLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    barLayout->addWidget(m_messageText, 1);
    barLayout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, [this] { showMessage(QString(), false); });
    m_messageBar = bar;
    m_messageBar->setVisible(false);
    outer->addWidget(m_messageBar);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEmptyState());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *list = new QWidget(m_scroll);
    list->setObjectName(QStringLiteral("connectionsList"));
    list->setAccessibleName(tr("Connected accounts"));
    m_list = new QVBoxLayout(list);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(14);
    m_list->addStretch(1);
    m_scroll->setWidget(list);
    m_pages->addWidget(m_scroll);
    outer->addWidget(m_pages, 1);

    setTabOrder(m_checkAll, m_connectHubSpot);
    setTabOrder(m_connectHubSpot, m_connectQuickBooks);
}

QWidget *ConnectionsPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("connectionsEmpty"));
    auto *layout = new QVBoxLayout(empty);
    layout->setSpacing(8);
    layout->addStretch(1);
    auto *picture = new QLabel(empty);
    picture->setPixmap(icon(QStringLiteral("connections")).pixmap(48, 48));
    picture->setAlignment(Qt::AlignCenter);
    layout->addWidget(picture);
    auto *title = new QLabel(tr("Nothing connected yet"), empty);
    title->setObjectName(QStringLiteral("connectionsEmptyTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(tr("Connect your HubSpot account, then each QuickBooks company "
                               "Bookflow should create documents in."),
                            empty);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text);
    layout->addSpacing(8);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_emptyConnectHubSpot =
        connectButton(Provider::HubSpot, QStringLiteral("emptyConnectHubSpotButton"), empty);
    m_emptyConnectQuickBooks =
        connectButton(Provider::QuickBooks, QStringLiteral("emptyConnectQuickBooksButton"), empty);
    buttons->addWidget(m_emptyConnectHubSpot);
    buttons->addWidget(m_emptyConnectQuickBooks);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_emptyConnectHubSpot, &QPushButton::clicked, this, &ConnectionsPage::connectHubSpot);
    connect(m_emptyConnectQuickBooks, &QPushButton::clicked, this,
            &ConnectionsPage::connectQuickBooks);
    return empty;
}

void ConnectionsPage::setFilterEditorFactory(FilterEditorFactory factory)
{
    m_filterFactory = std::move(factory);
    for (ConnectionCard *card : std::as_const(m_cards)) {
        if (card->settings())
            card->settings()->setFilterEditorFactory(m_filterFactory);
    }
}

void ConnectionsPage::setBrowserOpener(BrowserOpener opener)
{
    m_browserOpener = std::move(opener);
}

void ConnectionsPage::setPastedAddressAsker(PastedAddressAsker asker)
{
    m_pastedAddressAsker = std::move(asker);
}

void ConnectionsPage::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

void ConnectionsPage::setCatalog(QboCatalog *catalog)
{
    if (!catalog || catalog == m_catalog)
        return;
    m_catalog = catalog;
    // A card reads its lists from the catalog it was made with: make them again.
    for (ConnectionCard *card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    m_order.clear();
    reload();
}

QString ConnectionsPage::message() const
{
    return m_messageBar->isVisible() ? m_messageText->text() : QString();
}

ConnectionCard *ConnectionsPage::card(const QString &connectionId) const
{
    return m_cards.value(connectionId);
}

QVector<ConnectionCard *> ConnectionsPage::cards() const
{
    QVector<ConnectionCard *> out;
    for (const QString &id : m_order)
        out.append(m_cards.value(id));
    return out;
}

void ConnectionsPage::showMessage(const QString &text, bool problem)
{
    const int small = m_messageIcon->width();
    m_messageIcon->setPixmap(
        icon(problem ? QStringLiteral("error") : QStringLiteral("ok")).pixmap(small, small));
    m_messageText->setText(text);
    m_messageBar->setAccessibleName(problem ? tr("Problem: %1").arg(text) : text);
    m_messageBar->setVisible(!text.isEmpty());
}

// ---- The cards ----------------------------------------------------------------------------------

void ConnectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void ConnectionsPage::reload()
{
    const Result<QVector<Connection>> all = m_store.connections();
    if (!all) {
        showMessage(tr("Bookflow could not read the connections: %1").arg(all.reason()), true);
        return;
    }
    QVector<QString> order;
    QVector<ConnectionCard *> made;
    for (const Connection &connection : *all) {
        order.append(connection.id);
        ConnectionCard *card = m_cards.value(connection.id);
        if (card) {
            if (card->connection() != connection)
                card->setConnection(connection);
            continue;
        }
        card = new ConnectionCard(connection, *m_catalog, m_scroll->widget());
        m_cards.insert(connection.id, card);
        made.append(card);
        connect(card, &ConnectionCard::checkRequested, this, &ConnectionsPage::checkAccount);
        connect(card, &ConnectionCard::reconnectRequested, this,
                &ConnectionsPage::reconnectAccount);
        connect(card, &ConnectionCard::disconnectRequested, this,
                &ConnectionsPage::disconnectAccount);
        if (QuickBooksSettingsPanel *settings = card->settings()) {
            settings->setFilterEditorFactory(m_filterFactory);
            connect(settings, &QuickBooksSettingsPanel::settingsEdited, this,
                    &ConnectionsPage::saveSettings);
            connect(settings, &QuickBooksSettingsPanel::hubSpotProductsRetryRequested, this,
                    [this] { loadHubSpotProducts(true); });
            applyHubSpotProducts(card);
        }
    }
    // Cards of connections that are gone.
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (order.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->hide();
        it.value()->deleteLater();
        it = m_cards.erase(it);
    }
    // The store's order: HubSpot first, then by name.
    if (order != m_order) {
        for (const QString &id : std::as_const(order))
            m_list->removeWidget(m_cards.value(id));
        for (int i = 0; i < order.size(); ++i)
            m_list->insertWidget(i, m_cards.value(order.at(i)));
        m_order = order;
    }
    // Shown now, not when the layout gets round to it: whoever reads the page next (a test, the
    // accessibility tree) sees the card.
    for (ConnectionCard *card : std::as_const(made))
        card->show();
    updateEmptyState();
    updateActions();
    loadHubSpotProducts(false);
}

void ConnectionsPage::updateEmptyState()
{
    m_pages->setCurrentIndex(m_cards.isEmpty() ? 0 : 1);
    // The empty state has its own connect buttons; the header's would repeat them.
    m_connectHubSpot->setVisible(!m_cards.isEmpty());
    m_connectQuickBooks->setVisible(!m_cards.isEmpty());
    m_checkAll->setVisible(!m_cards.isEmpty());
}

void ConnectionsPage::updateActions()
{
    const bool free = !m_exclusiveBusy;
    m_connectHubSpot->setEnabled(free);
    m_connectQuickBooks->setEnabled(free);
    m_emptyConnectHubSpot->setEnabled(free);
    m_emptyConnectQuickBooks->setEnabled(free);
    m_checkAll->setEnabled(free && m_checksRunning == 0);
    for (ConnectionCard *card : std::as_const(m_cards))
        card->setActionsEnabled(free);
}

void ConnectionsPage::setExclusiveBusy(bool busy)
{
    const bool wasBusy = isBusy();
    m_exclusiveBusy = busy;
    updateActions();
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

// ---- Connecting ---------------------------------------------------------------------------------

bool ConnectionsPage::hasAppCredentials(Provider provider, Environment environment) const
{
    const Result<std::optional<AppCredentials>> app = m_store.appCredentials(provider, environment);
    return app && app->has_value();
}

void ConnectionsPage::connectHubSpot()
{
    startConnect(Provider::HubSpot);
}

void ConnectionsPage::connectQuickBooks()
{
    startConnect(Provider::QuickBooks);
}

void ConnectionsPage::startConnect(Provider provider)
{
    if (m_exclusiveBusy)
        return;
    auto *dialog = new ConnectDialog(provider, hasAppCredentials(provider, Environment::Sandbox),
                                     hasAppCredentials(provider, Environment::Production), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Provider chosen = dialog->provider();
        const Environment environment = dialog->environment();
        if (dialog->usesPrivateAppToken()) {
            const QString token = dialog->privateAppToken();
            dialog->clearToken();
            runPrivateApp(token, environment, QString());
        } else if (dialog->wantsNewAppCredentials() || !hasAppCredentials(chosen, environment)) {
            askAppCredentials(chosen, environment, QString(), QString());
        } else {
            runOAuth(chosen, environment, QString());
        }
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void ConnectionsPage::askAppCredentials(Provider provider, Environment environment,
                                        const QString &why, const QString &reconnectId)
{
    AppCredentials app;
    app.provider = provider;
    app.environment = environment;
    // The endpoints of credentials saved before (a local sandbox's) are kept; only what the
    // person types changes.
    if (const Result<std::optional<AppCredentials>> saved =
            m_store.appCredentials(provider, environment);
        saved && saved->has_value())
        app = **saved;
    auto *dialog =
        new AppCredentialsDialog(provider, environment, app.clientId, app.redirectUri, why, this);
    connect(dialog, &AppCredentialsDialog::saveRequested, this,
            [this, dialog, app, reconnectId]() mutable {
                app.clientId = dialog->clientId();
                app.redirectUri = dialog->redirectUri();
                const QString secret = dialog->takeClientSecret();
                dialog->setSaving(true);
                m_workspace.post<Status>(
                    Workspace::Lane::Interactive, dialog,
                    [app, secret](WorkspaceContext &ctx) -> Status {
                        if (const Status ready = ctx.ready(); !ready)
                            return ready;
                        return ctx.connections().saveApp(app, secret);
                    },
                    [this, dialog, app, reconnectId](Status saved) {
                        if (!saved) {
                            dialog->setError(saved.reason());
                            return;
                        }
                        dialog->accept();
                        runOAuth(app.provider, app.environment, reconnectId);
                    });
            });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

ConnectProgressDialog *ConnectionsPage::openProgress(const QString &text,
                                                     const std::shared_ptr<ConnectAttempt> &attempt)
{
    auto *progress = new ConnectProgressDialog(text, this);
    connect(progress, &ConnectProgressDialog::cancelRequested, this,
            [this, attempt] { cancelAttempt(attempt); });
    connect(progress, &QDialog::finished, progress, &QObject::deleteLater);
    m_progress = progress;
    progress->open();
    return progress;
}

ConnectionsPage::BrowserOpener ConnectionsPage::browserOpener()
{
    if (m_browserOpener)
        return m_browserOpener;
    const QPointer<ConnectionsPage> self(this);
    return [self](const QUrl &url) -> Status {
        if (!self)
            return Failure{tr("The sign-in was cancelled.")};
        // QDesktopServices belongs to the GUI thread; the lane only asks for it.
        QMetaObject::invokeMethod(
            self.data(),
            [self, url] {
                if (self && !QDesktopServices::openUrl(url) && self->m_progress)
                    self->m_progress->setText(
                        tr("Bookflow could not open your browser. Copy the address, open it in "
                           "your browser and approve Bookflow there."));
            },
            Qt::QueuedConnection);
        return Status::success();
    };
}

ConnectionsPage::PastedAddressAsker ConnectionsPage::pastedAddressAsker()
{
    if (m_pastedAddressAsker)
        return m_pastedAddressAsker;
    const QPointer<ConnectionsPage> self(this);
    return [self]() -> QString {
        QString answer;
        if (!self)
            return answer;
        // A blocking queued call: the lane waits while the GUI thread asks. No deadlock — the
        // GUI thread never waits for the Interactive lane while this page lives (it only
        // posts) — and if the page goes away first, Qt discards the call and releases us.
        QMetaObject::invokeMethod(
            self.data(),
            [self, &answer] {
                if (self)
                    answer = self->askPastedAddressNow();
            },
            Qt::BlockingQueuedConnection);
        return answer;
    };
}

QString ConnectionsPage::askPastedAddressNow()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pastedAddressDialog"));
    dialog.setWindowTitle(tr("Paste the address"));
    dialog.setLabelText(tr("After you approve Bookflow, your browser opens the app's redirect "
                           "address. Copy that whole address from the browser's address bar and "
                           "paste it here:"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(tr("Continue"));
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return dialog.textValue().trimmed();
}

void ConnectionsPage::runOAuth(Provider provider, Environment environment,
                               const QString &reconnectId)
{
    if (m_exclusiveBusy)
        return;
    auto attempt = std::make_shared<ConnectAttempt>();
    setExclusiveBusy(true);
    QString text = tr("Waiting for you to approve Bookflow in your browser…");
    if (!reconnectId.isEmpty() && provider == Provider::QuickBooks) {
        if (ConnectionCard *card = m_cards.value(reconnectId))
            text +=
                QLatin1Char('\n') + tr("Choose %1 when QuickBooks asks which company to connect.")
                                        .arg(card->connection().name);
    }
    openProgress(text, attempt);

    const BrowserOpener opener = browserOpener();
    const PastedAddressAsker asker = pastedAddressAsker();
    const QPointer<ConnectionsPage> self(this);
    const int timeoutMs = m_connectTimeoutMs;
    m_workspace.post<ConnectOutcome>(
        Workspace::Lane::SignIn, this,
        [provider, environment, attempt, opener, asker, self,
         timeoutMs](WorkspaceContext &ctx) -> ConnectOutcome {
            ConnectOutcome outcome;
            if (const Status ready = ctx.ready(); !ready) {
                outcome.error = ready.reason();
                return outcome;
            }
            if (const Result<OAuthApp> app = ctx.connections().app(provider, environment); !app) {
                outcome.error = app.reason();
                outcome.appMissing = true;
                return outcome;
            }
            const auto open = [attempt, opener, self](const QUrl &url) -> Status {
                if (!attempt->begin(url))
                    return Failure{tr("The sign-in was cancelled.")};
                if (self) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, url] {
                            if (self && self->m_progress)
                                self->m_progress->setAuthorizeUrl(url);
                        },
                        Qt::QueuedConnection);
                }
                return opener(url);
            };
            const auto ask = [attempt, asker]() -> QString {
                if (attempt->isCancelled())
                    return QString();
                const QString pasted = asker();
                // No address: the person gave up; that is a cancel, not an error.
                if (pasted.trimmed().isEmpty())
                    attempt->cancel();
                return pasted;
            };
            return outcomeOf(
                ctx.connections().connectOAuth(provider, environment, open, timeoutMs, ask));
        },
        [this, attempt, provider, environment, reconnectId](ConnectOutcome outcome) {
            finishConnect(outcome, attempt, provider, environment, reconnectId);
        });
}

void ConnectionsPage::runPrivateApp(const QString &token, Environment environment,
                                    const QString &reconnectId)
{
    if (m_exclusiveBusy || token.isEmpty())
        return;
    // Where HubSpot's API is: the reconnected connection's, the saved app's (a local sandbox),
    // else HubSpot's own.
    QUrl apiBase;
    if (ConnectionCard *card = m_cards.value(reconnectId))
        apiBase = card->connection().apiBaseUrl;
    if (apiBase.isEmpty()) {
        if (const Result<std::optional<AppCredentials>> saved =
                m_store.appCredentials(Provider::HubSpot, environment);
            saved && saved->has_value())
            apiBase = (*saved)->apiBaseUrl;
    }
    if (apiBase.isEmpty())
        apiBase = OAuthApp::published(Provider::HubSpot, environment).apiBaseUrl;

    auto attempt = std::make_shared<ConnectAttempt>();
    setExclusiveBusy(true);
    openProgress(tr("Checking the private app token with HubSpot…"), attempt);
    m_workspace.post<ConnectOutcome>(
        Workspace::Lane::Interactive, this,
        [token, apiBase, environment](WorkspaceContext &ctx) -> ConnectOutcome {
            if (const Status ready = ctx.ready(); !ready) {
                ConnectOutcome outcome;
                outcome.error = ready.reason();
                return outcome;
            }
            return outcomeOf(
                ctx.connections().connectHubSpotPrivateApp(token, apiBase, environment));
        },
        [this, attempt, environment, reconnectId](ConnectOutcome outcome) {
            finishConnect(outcome, attempt, Provider::HubSpot, environment, reconnectId);
        });
}

void ConnectionsPage::askPrivateAppToken(const Connection &connection)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("privateAppTokenDialog"));
    dialog->setWindowTitle(tr("Reconnect %1").arg(connection.name));
    dialog->setLabelText(tr("Paste the private app's access token (HubSpot › Settings › "
                            "Integrations › Private Apps):"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Reconnect"));
    const QString id = connection.id;
    const Environment environment = connection.environment;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id, environment](const QString &token) {
                runPrivateApp(token.trimmed(), environment, id);
            });
    connect(dialog, &QDialog::finished, dialog, [dialog] {
        dialog->setTextValue(QString());
        dialog->deleteLater();
    });
    dialog->open();
}

void ConnectionsPage::cancelAttempt(const std::shared_ptr<ConnectAttempt> &attempt)
{
    const QUrl authorize = attempt->cancel();
    showMessage(tr("Connecting was cancelled."), false);
    if (!authorize.isValid())
        return; // the browser was not opened yet: the lane sees the cancel before it is
    // ConnectionManager waits on its loopback listener for the browser's answer. Answer it the
    // way a provider reports a refusal (RFC 6749 §4.1.2.1: error=access_denied with the
    // request's state), so the wait ends now instead of at its timeout and the Interactive
    // lane is free again. The listener takes only its own state, so nothing else can do this.
    const QUrlQuery request(authorize);
    const QUrl redirect(request.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const QString state = request.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!isLoopback(redirect) || state.isEmpty())
        return; // a pasted-address sign-in: its question is answered empty instead
    QUrl refusal = redirect;
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    answer.addQueryItem(QStringLiteral("error_description"),
                        QStringLiteral("Cancelled in Bookflow"));
    answer.addQueryItem(QStringLiteral("state"), state);
    refusal.setQuery(answer);
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy); // the listener is on this computer
    }
    QNetworkRequest get(refusal);
    get.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(get);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void ConnectionsPage::finishConnect(const ConnectOutcome &outcome,
                                    const std::shared_ptr<ConnectAttempt> &attempt,
                                    Provider provider, Environment environment,
                                    const QString &reconnectId)
{
    if (m_progress) {
        m_progress->finish();
        m_progress = nullptr;
    }
    setExclusiveBusy(false);
    const bool cancelled = attempt->isCancelled();
    if (outcome.appMissing && !cancelled) {
        askAppCredentials(provider, environment, outcome.error, reconnectId);
        return;
    }
    reload();
    if (outcome.connection) {
        const Connection &made = *outcome.connection;
        Q_EMIT connectionsChanged();
        if (!reconnectId.isEmpty() && made.id != reconnectId) {
            const ConnectionCard *before = m_cards.value(reconnectId);
            showMessage(tr("You approved %1, not %2: %1 is connected now, and %2 still needs "
                           "reconnecting.")
                            .arg(made.name, before ? before->connection().name : reconnectId),
                        true);
        } else {
            showMessage(reconnectId.isEmpty() ? tr("Connected %1.").arg(made.displayName())
                                              : tr("Reconnected %1.").arg(made.displayName()),
                        false);
        }
        if (ConnectionCard *card = m_cards.value(made.id)) {
            card->setMessage(QString());
            // Lists that failed while the sign-in was broken can load now.
            if (card->settings())
                card->settings()->retryFailedLists();
            m_scroll->ensureWidgetVisible(card);
        }
        if (provider == Provider::HubSpot)
            loadHubSpotProducts(true);
        return;
    }
    if (cancelled) {
        showMessage(tr("Connecting was cancelled."), false);
        return;
    }
    showMessage(tr("Couldn't connect %1: %2").arg(providerLabel(provider), outcome.error), true);
}

// ---- Reconnect, disconnect, check -------------------------------------------------------------

void ConnectionsPage::reconnectAccount(const QString &connectionId)
{
    const ConnectionCard *card = m_cards.value(connectionId);
    if (!card || m_exclusiveBusy)
        return;
    const Connection connection = card->connection();
    if (connection.authKind == AuthKind::PrivateAppToken) {
        askPrivateAppToken(connection);
        return;
    }
    if (!hasAppCredentials(connection.provider, connection.environment)) {
        askAppCredentials(connection.provider, connection.environment, QString(), connectionId);
        return;
    }
    runOAuth(connection.provider, connection.environment, connectionId);
}

bool ConnectionsPage::confirm(const QString &title, const QString &question,
                              const QString &confirmLabel)
{
    if (m_confirmer)
        return m_confirmer(title, question, confirmLabel);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *yes = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void ConnectionsPage::disconnectAccount(const QString &connectionId)
{
    const ConnectionCard *card = m_cards.value(connectionId);
    if (!card || m_exclusiveBusy)
        return;
    const Connection connection = card->connection();
    const QString question =
        connection.provider == Provider::HubSpot
            ? tr("Disconnect the HubSpot account %1 (hub ID %2)?\n\nBookflow revokes its access "
                 "at HubSpot and forgets this connection. Workflows stop finding new records "
                 "until you connect HubSpot again.")
                  .arg(connection.name, connection.accountId)
            : tr("Disconnect the QuickBooks company %1 (%2, company ID %3)?\n\nBookflow revokes "
                 "its access at QuickBooks and forgets this connection and its settings. "
                 "Workflows that create documents in it stop until you connect it again.")
                  .arg(connection.name, environmentLabel(connection.environment),
                       connection.accountId);
    if (!confirm(tr("Disconnect %1?").arg(connection.name), question, tr("Disconnect")))
        return;
    // The question may have taken a while: the card may have gone meanwhile.
    ConnectionCard *still = m_cards.value(connectionId);
    if (!still || m_exclusiveBusy)
        return;
    still->setBusy(tr("Disconnecting…"));
    still->setMessage(QString());
    setExclusiveBusy(true);
    m_workspace.post<ApiStatus>(
        Workspace::Lane::Interactive, this,
        [connectionId](WorkspaceContext &ctx) -> ApiStatus {
            if (const Status ready = ctx.ready(); !ready) {
                ApiError error;
                error.reason = ready.reason();
                return error;
            }
            return ctx.connections().disconnect(connectionId);
        },
        [this, connectionId, connection](ApiStatus done) {
            setExclusiveBusy(false);
            if (ConnectionCard *card = m_cards.value(connectionId))
                card->setBusy(QString());
            if (done) {
                m_catalog->forget(connectionId);
                showMessage(tr("Disconnected %1.").arg(connection.displayName()), false);
            } else {
                const QString reason = tr("Couldn't disconnect: %1").arg(done.error().reason);
                showMessage(reason, true);
                if (ConnectionCard *card = m_cards.value(connectionId))
                    card->setMessage(reason);
            }
            reload();
            Q_EMIT connectionsChanged();
        });
}

void ConnectionsPage::checkAccount(const QString &connectionId)
{
    ConnectionCard *card = m_cards.value(connectionId);
    if (!card || card->isBusy())
        return;
    const bool wasBusy = isBusy();
    ++m_checksRunning;
    card->setBusy(tr("Checking…"));
    card->setMessage(QString());
    updateActions();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    const Provider provider = card->connection().provider;
    m_workspace.post<ApiResult<Connection>>(
        Workspace::Lane::Interactive, this,
        [connectionId](WorkspaceContext &ctx) -> ApiResult<Connection> {
            if (const Status ready = ctx.ready(); !ready) {
                ApiError error;
                error.reason = ready.reason();
                return error;
            }
            return ctx.connections().check(connectionId);
        },
        [this, connectionId, provider](ApiResult<Connection> checked) {
            --m_checksRunning;
            ConnectionCard *card = m_cards.value(connectionId);
            if (card)
                card->setBusy(QString());
            reload();
            updateActions();
            if (card) {
                if (checked) {
                    card->setMessage(
                        tr("Checked: Bookflow can sign in to %1.").arg(providerLabel(provider)));
                    if (card->settings())
                        card->settings()->retryFailedLists();
                } else if (!checked.error().needsReconnect()) {
                    // A refused sign-in shows as the state; anything else (no network, the
                    // provider down) changes nothing and is said here.
                    card->setMessage(tr("Couldn't check: %1").arg(checked.reason()));
                }
            }
            if (!isBusy())
                Q_EMIT busyChanged(false);
            Q_EMIT connectionsChanged();
        });
}

void ConnectionsPage::checkAll()
{
    for (const QString &id : std::as_const(m_order))
        checkAccount(id);
}

// ---- Settings -----------------------------------------------------------------------------------

void ConnectionsPage::saveSettings(const Connection &edited)
{
    ConnectionCard *card = m_cards.value(edited.id);
    if (!card || !card->settings())
        return;
    // The stored row, not the card's copy: a check on the lane may have changed its state or
    // name meanwhile, and only the settings are this edit's to write.
    const Result<Connection> stored = m_store.connection(edited.id);
    if (!stored) {
        card->settings()->showSaveError(stored.reason());
        return;
    }
    Connection target = *stored;
    QuickBooksSettingsPanel::copySettings(edited, target);
    if (const Result<QString> saved = m_store.saveConnection(target); !saved) {
        // The screen shows what is stored, and why the change is not.
        card->setConnection(*stored);
        card->settings()->showSaveError(saved.reason());
        return;
    }
    const Result<Connection> reread = m_store.connection(edited.id);
    card->setConnection(reread ? *reread : target);
    card->settings()->showSaved();
    Q_EMIT connectionsChanged();
}

// ---- HubSpot's products -------------------------------------------------------------------------

void ConnectionsPage::loadHubSpotProducts(bool force)
{
    QString hubSpotId;
    bool anyQuickBooks = false;
    for (const ConnectionCard *card : std::as_const(m_cards)) {
        if (card->connection().provider == Provider::HubSpot)
            hubSpotId = card->connection().id;
        else
            anyQuickBooks = true;
    }
    if (!anyQuickBooks)
        return;
    if (hubSpotId.isEmpty()) {
        m_productsState = ProductsState::Failed;
        m_productsFor.clear();
        m_products.clear();
        m_productsError = tr("Connect HubSpot to choose from its products.");
    } else if (force || hubSpotId != m_productsFor || m_productsState == ProductsState::NotLoaded) {
        m_productsState = ProductsState::Loading;
        m_productsFor = hubSpotId;
        m_workspace.post<ProductsAnswer>(
            Workspace::Lane::Interactive, this,
            [](WorkspaceContext &ctx) -> ProductsAnswer {
                ProductsAnswer answer;
                if (const Status ready = ctx.ready(); !ready) {
                    answer.error = ready.reason();
                    return answer;
                }
                const std::unique_ptr<RunSession> session = ctx.newSession();
                const ApiResult<HubSpotClient *> client = session->hubSpot();
                if (!client) {
                    answer.error = client.reason();
                    return answer;
                }
                const ApiResult<QVector<HubSpotRecord>> products = (*client)->listAll(
                    HubSpotObject::Product, {QStringLiteral("name"), QStringLiteral("hs_sku")});
                if (!products) {
                    answer.error = products.reason();
                    return answer;
                }
                for (const HubSpotRecord &product : *products) {
                    const QString name = product.text(QStringLiteral("name")).trimmed();
                    const QString sku = product.text(QStringLiteral("hs_sku")).trimmed();
                    LookupRow row;
                    row.id = product.id;
                    row.name = name.isEmpty() ? tr("Product %1").arg(product.id) : name;
                    row.detail = sku.isEmpty() ? tr("id %1").arg(product.id)
                                               : tr("SKU %1 · id %2").arg(sku, product.id);
                    answer.rows.append(row);
                }
                std::sort(answer.rows.begin(), answer.rows.end(),
                          [](const LookupRow &a, const LookupRow &b) {
                              return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                          });
                answer.ok = true;
                return answer;
            },
            [this, hubSpotId](ProductsAnswer answer) {
                if (hubSpotId != m_productsFor)
                    return; // a newer load (another HubSpot connection) is on its way
                m_productsState = answer.ok ? ProductsState::Loaded : ProductsState::Failed;
                m_productsError = answer.error;
                m_products = answer.rows;
                for (ConnectionCard *card : std::as_const(m_cards))
                    applyHubSpotProducts(card);
            });
    } else {
        return; // loaded or loading already
    }
    for (ConnectionCard *card : std::as_const(m_cards))
        applyHubSpotProducts(card);
}

void ConnectionsPage::applyHubSpotProducts(ConnectionCard *card) const
{
    QuickBooksSettingsPanel *settings = card->settings();
    if (!settings)
        return;
    switch (m_productsState) {
    case ProductsState::NotLoaded:
    case ProductsState::Loading:
        settings->setHubSpotProductsLoading();
        break;
    case ProductsState::Failed:
        settings->setHubSpotProductsError(m_productsError);
        break;
    case ProductsState::Loaded:
        settings->setHubSpotProducts(m_products);
        break;
    }
}

} // namespace bookflow
