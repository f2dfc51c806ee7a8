// The Connections page against the sandbox: connecting HubSpot and both QuickBooks companies
// through the page's own buttons and dialogs (the sandbox's consent pages approved by
// SandboxConsent in the browser's place), reconnecting, disconnecting (revoked at the sandbox),
// cancelling a sign-in, entering app credentials, and a QuickBooks company's settings edited
// through the widgets and read back from the Store.
#include "support/demoworkspace.h"
#include "support/workflows.h"

#include "core/auth/connectionmanager.h"
#include "core/auth/oauthprovider.h"
#include "core/auth/oauthtokens.h"
#include "core/net/networktransport.h"
#include "ui/actions/lookupcombobox.h"
#include "ui/connections/appcredentialsdialog.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/connectioncard.h"
#include "ui/connections/connectionspage.h"
#include "ui/connections/connectprogressdialog.h"
#include "ui/connections/quickbookssettingspanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace bookflow;

namespace {

const QString UsRealm = QStringLiteral("9341453050981234");
const QString UkRealm = QStringLiteral("9341453050985678");
constexpr int NetworkWaitMs = 20000;

// The browser, played by SandboxConsent on the lane's thread: it approves the consent page for
// the company named in `realm` (empty: HubSpot, or the first company).
struct SandboxBrowser
{
    QMutex mutex;
    QString realm;
    int opened = 0;

    void choose(const QString &realmId)
    {
        const QMutexLocker lock(&mutex);
        realm = realmId;
    }
    ConnectionsPage::BrowserOpener opener()
    {
        return [this](const QUrl &url) -> Status {
            QString chosen;
            {
                const QMutexLocker lock(&mutex);
                chosen = realm;
                ++opened;
            }
            NetworkTransport transport; // made on the lane's thread, like its own
            return SandboxConsent(transport).approve(url, chosen);
        };
    }
};

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    // A radio button or check box reacts on its indicator and label, not on the empty space a
    // layout may give it to the right.
    const bool indicator =
        qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(6, button->height() / 2) : button->rect().center());
}

QVector<Connection> stored(testsupport::DemoWorkspace &demo)
{
    const Result<QVector<Connection>> all = demo.store().connections();
    return all ? *all : QVector<Connection>();
}

std::optional<Connection> storedByAccount(testsupport::DemoWorkspace &demo, const QString &account)
{
    for (const Connection &c : stored(demo))
        if (c.accountId == account)
            return c;
    return std::nullopt;
}

// Picks the row whose name contains `text` in a LookupComboBox, as a person does: open it, type,
// Enter.
void pick(LookupComboBox *picker, const QString &text)
{
    QVERIFY(picker);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->errorText().isEmpty() &&
                                 picker->rowCount() > 0,
                             NetworkWaitMs);
    QTest::mouseClick(picker, Qt::LeftButton, {}, picker->rect().center());
    QTRY_VERIFY(picker->isPopupVisible());
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("lookupSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!picker->isPopupVisible());
}

// With BOOKFLOW_SHOTS=DIR, saves what `widget` looks like as DIR/connections-NAME.png (for
// looking at the screens and for the README's pictures).
void shoot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("BOOKFLOW_SHOTS"))
        return;
    QCoreApplication::processEvents(); // the layouts settle before the picture
    widget->grab().save(
        QStringLiteral("%1/connections-%2.png").arg(qEnvironmentVariable("BOOKFLOW_SHOTS"), name));
}

} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT

private:
    testsupport::DemoWorkspace m_demo;
    SandboxBrowser m_browser;

    std::unique_ptr<ConnectionsPage> m_page;

    // A fresh page (the previous one settled and gone), shown at a common desktop size.
    ConnectionsPage *newPage()
    {
        settle();
        m_page = std::make_unique<ConnectionsPage>(m_demo.store(), m_demo.workspace());
        m_page->setBrowserOpener(m_browser.opener());
        m_page->setConfirmer([](const QString &, const QString &, const QString &) {
            qWarning("unexpected confirmation");
            return false;
        });
        m_page->resize(900, 800);
        m_page->show();
        return m_page.get();
    }

    // Lets the page's look-ups finish before it goes: a job the Workspace is still running when
    // the test ends would outlive what it works with.
    void settle()
    {
        if (!m_page)
            return;
        const auto idle = [this] {
            if (m_page->isBusy())
                return false;
            for (const LookupComboBox *picker : m_page->findChildren<LookupComboBox *>())
                if (picker->isLoading())
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(idle(), NetworkWaitMs);
        m_page.reset();
    }

    // Clicks a Connect button, accepts the dialog with `environment`, waits for the sign-in.
    void connectThroughPage(ConnectionsPage &page, QPushButton *button, Environment environment)
    {
        click(button);
        auto *dialog = page.findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        click(child<QRadioButton>(dialog, environment == Environment::Sandbox
                                              ? QStringLiteral("environmentSandbox")
                                              : QStringLiteral("environmentProduction")));
        click(child<QPushButton>(dialog, QStringLiteral("connectOk")));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), NetworkWaitMs);
    }

    ConnectionCard *cardFor(ConnectionsPage &page, const QString &account)
    {
        const std::optional<Connection> c = storedByAccount(m_demo, account);
        return c ? page.card(c->id) : nullptr;
    }

private Q_SLOTS:
    void cleanup() { settle(); }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        // The demo apps, saved as a person would in the app-credentials dialog (that dialog has
        // its own test below); the connecting itself goes through the page.
        const QUrl url = m_demo.sandbox().baseUrl();
        const std::optional<Status> saved = m_demo.workspace().runAndWait<Status>(
            Workspace::Lane::Interactive, [url](WorkspaceContext &ctx) -> Status {
                if (const Status ready = ctx.ready(); !ready)
                    return ready;
                if (const Status s = ctx.connections().saveSandboxApp(
                        Provider::HubSpot, url,
                        QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientId),
                        QString::fromLatin1(sandbox::HubSpotOAuthServer::DemoClientSecret));
                    !s)
                    return s;
                return ctx.connections().saveSandboxApp(
                    Provider::QuickBooks, url,
                    QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId),
                    QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret));
            });
        QVERIFY(saved && saved->ok());
    }

    void emptyStateOffersBothConnectButtons()
    {
        auto page = newPage();
        auto *empty = child<QWidget>(page, QStringLiteral("connectionsEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(child<QPushButton>(page, QStringLiteral("emptyConnectHubSpotButton"))->isVisible());
        QVERIFY(
            child<QPushButton>(page, QStringLiteral("emptyConnectQuickBooksButton"))->isVisible());
        QVERIFY(page->cards().isEmpty());
        shoot(page, QStringLiteral("empty"));
    }

    void connectsHubSpotAndBothCompaniesThroughThePage()
    {
        auto page = newPage();

        // HubSpot, from the empty state. Only the sandbox app is saved, so the dialog
        // preselects the sandbox.
        click(child<QPushButton>(page, QStringLiteral("emptyConnectHubSpotButton")));
        auto *dialog = page->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, QStringLiteral("environmentSandbox"))->isChecked());
        shoot(dialog, QStringLiteral("connect-dialog"));
        click(child<QPushButton>(dialog, QStringLiteral("connectOk")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkWaitMs);
        QVERIFY2(page->message().startsWith(QStringLiteral("Connected")),
                 qPrintable(page->message()));
        QCOMPARE(page->cards().size(), 1);
        const Connection hubSpot = stored(m_demo).value(0);
        QCOMPARE(hubSpot.provider, Provider::HubSpot);
        ConnectionCard *hubSpotCard = page->card(hubSpot.id);
        QVERIFY(hubSpotCard && hubSpotCard->isVisible());
        QCOMPARE(child<QLabel>(hubSpotCard, QStringLiteral("connectionName"))->text(),
                 hubSpot.name);
        const QString hubDetails =
            child<QLabel>(hubSpotCard, QStringLiteral("connectionDetails"))->text();
        QVERIFY2(hubDetails.contains(QStringLiteral("Sandbox")), qPrintable(hubDetails));
        QVERIFY2(hubDetails.contains(QStringLiteral("24681357")), qPrintable(hubDetails));
        QCOMPARE(child<QLabel>(hubSpotCard, QStringLiteral("connectionState"))->text(),
                 QStringLiteral("Connected"));
        QVERIFY(!hubSpotCard->settings());
        QVERIFY(child<QWidget>(page, QStringLiteral("connectionsEmpty"))->isHidden());

        // The US company, then the UK one, from the header's button.
        m_browser.choose(UsRealm);
        connectThroughPage(*page,
                           child<QPushButton>(page, QStringLiteral("connectQuickBooksButton")),
                           Environment::Sandbox);
        m_browser.choose(UkRealm);
        connectThroughPage(*page,
                           child<QPushButton>(page, QStringLiteral("connectQuickBooksButton")),
                           Environment::Sandbox);
        QCOMPARE(page->cards().size(), 3);
        QCOMPARE(stored(m_demo).size(), 3);

        ConnectionCard *us = cardFor(*page, UsRealm);
        QVERIFY(us);
        QCOMPARE(child<QLabel>(us, QStringLiteral("connectionName"))->text(),
                 QStringLiteral("Demo Co (US)"));
        const QString usDetails = child<QLabel>(us, QStringLiteral("connectionDetails"))->text();
        QVERIFY2(usDetails.contains(QStringLiteral("Sandbox")) && usDetails.contains(UsRealm),
                 qPrintable(usDetails));
        QVERIFY(child<QLabel>(us, QStringLiteral("connectionCountry"))
                    ->text()
                    .contains(QStringLiteral("(US)")));
        QVERIFY(child<QLabel>(us, QStringLiteral("usOnlyNote"))->isHidden());
        QVERIFY(us->settings() && us->settings()->isVisible());

        ConnectionCard *uk = cardFor(*page, UkRealm);
        QVERIFY(uk);
        QCOMPARE(child<QLabel>(uk, QStringLiteral("connectionName"))->text(),
                 QStringLiteral("Demo Ltd (UK)"));
        QVERIFY(child<QLabel>(uk, QStringLiteral("connectionCountry"))
                    ->text()
                    .contains(QStringLiteral("(GB)")));
        auto *note = child<QLabel>(uk, QStringLiteral("usOnlyNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("only works with US companies")),
                 qPrintable(note->text()));
        shoot(uk, QStringLiteral("outside-us"));
        // HubSpot first, then the companies by name.
        QCOMPARE(page->cards().first(), hubSpotCard);
    }

    void reconnectKeepsTheConnectionId()
    {
        const std::optional<Connection> before = storedByAccount(m_demo, UsRealm);
        QVERIFY(before);
        QVERIFY(m_demo.store().setConnectionState(
            before->id, ConnectionState::NeedsReconnect,
            QStringLiteral("QuickBooks refused the saved sign-in.")));
        auto page = newPage();
        ConnectionCard *card = page->card(before->id);
        QVERIFY(card);
        QCOMPARE(child<QLabel>(card, QStringLiteral("connectionState"))->text(),
                 QStringLiteral("Needs reconnect — QuickBooks refused the saved sign-in."));
        shoot(card, QStringLiteral("needs-reconnect"));

        m_browser.choose(UsRealm);
        click(child<QPushButton>(card, QStringLiteral("reconnectButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkWaitMs);
        QVERIFY2(page->message().startsWith(QStringLiteral("Reconnected")),
                 qPrintable(page->message()));

        const std::optional<Connection> after = storedByAccount(m_demo, UsRealm);
        QVERIFY(after);
        QCOMPARE(after->id, before->id);
        QCOMPARE(after->state, ConnectionState::Connected);
        QCOMPARE(stored(m_demo).size(), 3);
        QCOMPARE(page->card(before->id), card); // the same card, updated in place
        QCOMPARE(child<QLabel>(card, QStringLiteral("connectionState"))->text(),
                 QStringLiteral("Connected"));
    }

    void checkAsksTheProvider()
    {
        auto page = newPage();
        ConnectionCard *card = cardFor(*page, UsRealm);
        QVERIFY(card);
        click(child<QPushButton>(card, QStringLiteral("checkButton")));
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkWaitMs);
        const QString message = child<QLabel>(card, QStringLiteral("connectionMessage"))->text();
        QVERIFY2(message.startsWith(QStringLiteral("Checked")), qPrintable(message));
    }

    void settingsAreSavedThroughTheWidgets()
    {
        auto page = newPage();
        // The editor's catalog, shared: what the page loads, the editor has too.
        QboCatalog shared(m_demo.workspace());
        page->setCatalog(&shared);
        const QString id = storedByAccount(m_demo, UsRealm)->id;
        ConnectionCard *card = page->card(id);
        QVERIFY(card && card->settings());
        QuickBooksSettingsPanel *settings = card->settings();
        auto *status = child<QLabel>(settings, QStringLiteral("settingsStatus"));

        // Integration mode.
        auto *filters = child<QWidget>(settings, QStringLiteral("dataSyncFilters"));
        QVERIFY(filters->isHidden()); // legacy: no filters to show
        click(child<QRadioButton>(settings, QStringLiteral("integrationDataSync")));
        QCOMPARE(m_demo.store().connection(id)->integrationMode, IntegrationMode::DataSync);
        QCOMPARE(status->text(), QStringLiteral("Saved"));
        QVERIFY(filters->isVisible());
        // No factory: the filters in words.
        QCOMPARE(child<QLabel>(settings, QStringLiteral("dataSyncFiltersText"))->text(),
                 QStringLiteral("No filters: every contact is eligible."));

        // Product sync.
        click(child<QCheckBox>(settings, QStringLiteral("productSync")));
        QVERIFY(m_demo.store().connection(id)->productSync);

        // The income account for new products, from the company's income accounts.
        auto *income = child<LookupComboBox>(settings, QStringLiteral("incomeAccount"));
        pick(income, QStringLiteral("Services"));
        QCOMPARE(income->currentText(), QStringLiteral("Services"));
        QVERIFY(!income->currentId().isEmpty());
        QCOMPARE(m_demo.store().connection(id)->incomeAccount, income->currentId());
        QCOMPARE(shared.state(id, QboCatalog::List::Accounts), QboCatalog::State::Loaded);

        // A default deposit account (bank and current-asset accounts only).
        auto *deposit =
            child<LookupComboBox>(settings, QStringLiteral("defaultAccount_depositAccount"));
        pick(deposit, QStringLiteral("Checking"));
        QCOMPARE(deposit->currentText(), QStringLiteral("Checking"));
        QCOMPARE(
            m_demo.store().connection(id)->defaultAccounts.value(QStringLiteral("depositAccount")),
            deposit->currentId());

        // A product mapping: a HubSpot-only product to an existing QuickBooks item.
        auto *product = child<LookupComboBox>(settings, QStringLiteral("newMappingProduct"));
        auto *item = child<LookupComboBox>(settings, QStringLiteral("newMappingItem"));
        pick(product, QStringLiteral("Koi Pond"));
        pick(item, QStringLiteral("Design"));
        const QString koiId = product->currentId();
        const QString designId = item->currentId();
        QVERIFY(!koiId.isEmpty() && !designId.isEmpty());
        click(child<QPushButton>(settings, QStringLiteral("addMapping")));
        const QMap<QString, QString> mapping = m_demo.store().connection(id)->productMapping;
        QCOMPARE(mapping, (QMap<QString, QString>{{koiId, designId}}));
        QVERIFY(product->currentId().isEmpty()); // the add row is ready for the next one
        auto *rowPicker = child<LookupComboBox>(settings, QStringLiteral("mappingItem"));
        QVERIFY(rowPicker);
        QCOMPARE(rowPicker->property("hubSpotProductId").toString(), koiId);
        QCOMPARE(rowPicker->currentText(), QStringLiteral("Design"));
        // Removing it.
        click(child<QAbstractButton>(settings, QStringLiteral("removeMapping")));
        QTRY_VERIFY(m_demo.store().connection(id)->productMapping.isEmpty());

        // Back to legacy.
        click(child<QRadioButton>(settings, QStringLiteral("integrationLegacy")));
        QCOMPARE(m_demo.store().connection(id)->integrationMode, IntegrationMode::Legacy);
        // Nothing else moved: the sign-in's state and name are the lane's, not the panel's.
        const Connection after = *m_demo.store().connection(id);
        QCOMPARE(after.state, ConnectionState::Connected);
        QCOMPARE(after.name, QStringLiteral("Demo Co (US)"));
        QVERIFY(after.productSync);
        settle(); // before the shared catalog goes
    }

    void filterEditorFactoryGetsTheGroupsAndItsEditsAreSaved()
    {
        const QString id = storedByAccount(m_demo, UkRealm)->id;
        Connection uk = *m_demo.store().connection(id);
        FilterGroup group;
        group.filters = {testsupport::makeFilter(FilterObject::Contact, QStringLiteral("email"),
                                                 PropertyType::Text, Operator::IsKnown)};
        uk.dataSyncFilters = {group};
        uk.integrationMode = IntegrationMode::DataSync;
        QVERIFY(m_demo.store().saveConnection(uk));

        // Without a factory: the filters in words, read-only.
        {
            auto page = newPage();
            auto *text = child<QLabel>(page->card(id), QStringLiteral("dataSyncFiltersText"));
            QVERIFY(text->isVisible());
            QCOMPARE(text->text(), QStringLiteral("Contact › email is known"));
        }

        struct Made
        {
            QVector<FilterGroup> groups;
            std::function<void(const QVector<FilterGroup> &)> onEdited;
            QPointer<QWidget> editor;
        };
        auto made = std::make_shared<QVector<Made>>();
        auto page = newPage();
        page->setFilterEditorFactory(
            [made](const QVector<FilterGroup> &groups,
                   std::function<void(const QVector<FilterGroup> &)> onEdited, QWidget *parent) {
                auto *editor = new QLabel(QStringLiteral("filter editor"), parent);
                editor->setObjectName(QStringLiteral("fakeFilterEditor"));
                made->append({groups, std::move(onEdited), editor});
                return editor;
            });
        ConnectionCard *card = page->card(id);
        QVERIFY(card);
        // The UK company's editor got its groups (the US company's got none).
        const Made *ukEditor = nullptr;
        for (const Made &m : *made)
            if (m.editor && card->isAncestorOf(m.editor))
                ukEditor = &m;
        QVERIFY(ukEditor);
        QVERIFY(ukEditor->groups == uk.dataSyncFilters);
        QVERIFY(ukEditor->editor->isVisible());
        QVERIFY(child<QLabel>(card, QStringLiteral("dataSyncFiltersText"))->isHidden());

        // The editor reports an edit: a second group, OR.
        FilterGroup second;
        second.filters = {testsupport::makeFilter(
            FilterObject::Contact, QStringLiteral("lifecyclestage"), PropertyType::Enumeration,
            Operator::IsAnyOf, {QStringLiteral("customer")})};
        const QVector<FilterGroup> edited{group, second};
        const int editorsBefore = made->size();
        ukEditor->onEdited(edited);
        QVERIFY(m_demo.store().connection(id)->dataSyncFilters == edited);
        QCOMPARE(child<QLabel>(card->settings(), QStringLiteral("settingsStatus"))->text(),
                 QStringLiteral("Saved"));
        // Its own edit does not rebuild the editor (it keeps its focus and state).
        QCOMPARE(made->size(), editorsBefore);
    }

    void disconnectAsksThenRevokes()
    {
        const std::optional<Connection> uk = storedByAccount(m_demo, UkRealm);
        QVERIFY(uk);
        // The tokens Bookflow holds, to see them refused by the sandbox afterwards.
        const std::optional<QString> text = m_demo.workspace().runAndWait<QString>(
            Workspace::Lane::Interactive, [id = uk->id](WorkspaceContext &ctx) -> QString {
                const Result<std::optional<QString>> read =
                    ctx.secrets().read(ctx.connections().tokensKey(id));
                return read && read->has_value() ? **read : QString();
            });
        QVERIFY(text && !text->isEmpty());
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromText(*text);
        QVERIFY(tokens);

        auto page = newPage();
        QString asked;
        bool answer = false;
        page->setConfirmer([&](const QString &title, const QString &question, const QString &) {
            asked = title + QLatin1Char('\n') + question;
            return answer;
        });
        ConnectionCard *card = page->card(uk->id);
        QVERIFY(card);

        // "Cancel": nothing happens.
        click(child<QPushButton>(card, QStringLiteral("disconnectButton")));
        QVERIFY2(asked.contains(QStringLiteral("Demo Ltd (UK)")), qPrintable(asked));
        QVERIFY(!page->isBusy());
        QVERIFY(m_demo.store().connection(uk->id));

        answer = true;
        click(child<QPushButton>(card, QStringLiteral("disconnectButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkWaitMs);
        QVERIFY2(page->message().startsWith(QStringLiteral("Disconnected")),
                 qPrintable(page->message()));
        QVERIFY(!page->card(uk->id));
        QCOMPARE(page->cards().size(), 2);
        QVERIFY(!m_demo.store().connection(uk->id));
        // Revoked at QuickBooks: the sandbox refuses the access token now.
        sandbox::AccessTokenCheck::State state = sandbox::AccessTokenCheck::State::Valid;
        m_demo.sandbox().call([&](sandbox::SandboxServer &s) {
            state = s.quickBooksTokens().checkAccessToken(tokens->accessToken).state;
        });
        QVERIFY(state == sandbox::AccessTokenCheck::State::Revoked);
    }

    void cancellingASignInFreesThePage()
    {
        auto page = newPage();
        // A browser that opens and then nobody approves: only Cancel ends the wait (the
        // timeout is far longer than this test may take).
        QAtomicInt opened = 0;
        page->setBrowserOpener([&opened](const QUrl &) {
            opened.storeRelease(1);
            return Status::success();
        });
        page->setConnectTimeoutMs(10 * 60 * 1000);
        click(child<QPushButton>(page, QStringLiteral("connectQuickBooksButton")));
        auto *dialog = page->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        click(child<QRadioButton>(dialog, QStringLiteral("environmentSandbox")));
        click(child<QPushButton>(dialog, QStringLiteral("connectOk")));
        auto *progress =
            page->findChild<ConnectProgressDialog *>(QStringLiteral("connectProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->text(),
                 QStringLiteral("Waiting for you to approve Bookflow in your browser…"));
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(opened.loadAcquire() == 1, NetworkWaitMs);
        // The window is not frozen: the connect buttons wait, Cancel works.
        QVERIFY(!child<QPushButton>(page, QStringLiteral("connectHubSpotButton"))->isEnabled());
        QTRY_VERIFY(
            child<QPushButton>(progress, QStringLiteral("copyAuthorizeAddress"))->isEnabled());
        shoot(progress, QStringLiteral("progress"));
        click(child<QPushButton>(progress, QStringLiteral("cancelConnect")));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkWaitMs);
        QCOMPARE(page->message(), QStringLiteral("Connecting was cancelled."));
        QCOMPARE(stored(m_demo).size(), 2);
        // The lane is free for the next job at once.
        const std::optional<int> next = m_demo.workspace().runAndWait<int>(
            Workspace::Lane::Interactive, [](WorkspaceContext &) { return 42; });
        QCOMPARE(next.value_or(0), 42);
    }

    void missingAppCredentialsAreAskedFor()
    {
        auto page = newPage();
        // Production QuickBooks has no app yet: the dialog asks for it. The browser refuses to
        // open Intuit's page (nothing leaves this machine); the address it was given is kept.
        auto opened = std::make_shared<QUrl>();
        page->setBrowserOpener([opened](const QUrl &url) -> Status {
            *opened = url;
            return Failure{QStringLiteral("The test browser does not go to Intuit.")};
        });
        click(child<QPushButton>(page, QStringLiteral("connectQuickBooksButton")));
        auto *dialog = page->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        click(child<QRadioButton>(dialog, QStringLiteral("environmentProduction")));
        auto *change = child<QCheckBox>(dialog, QStringLiteral("changeAppCredentials"));
        QVERIFY(change->isChecked() && !change->isEnabled());
        click(child<QPushButton>(dialog, QStringLiteral("connectOk")));

        auto *app = page->findChild<AppCredentialsDialog *>(QStringLiteral("appCredentialsDialog"));
        QVERIFY(app);
        QVERIFY(app->isVisible());
        auto *save = child<QPushButton>(app, QStringLiteral("saveAppCredentials"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(app, QStringLiteral("clientId")),
                         QStringLiteral("ABcd1234"));
        auto *secret = child<QLineEdit>(app, QStringLiteral("clientSecret"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("not-shown-anywhere"));
        shoot(app, QStringLiteral("app-credentials"));
        click(save);
        QVERIFY(secret->text().isEmpty()); // read once, then gone from the screen
        // Saving runs on the lane, then the sign-in; its end is the page's message.
        QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("does not go to Intuit")),
                                 NetworkWaitMs);
        QVERIFY(!page->isBusy());
        QVERIFY(opened->isValid());

        // Saved: the id in the store, the secret in the secret store only.
        const Result<std::optional<AppCredentials>> credentials =
            m_demo.store().appCredentials(Provider::QuickBooks, Environment::Production);
        QVERIFY(credentials && credentials->has_value());
        QCOMPARE((*credentials)->clientId, QStringLiteral("ABcd1234"));
        const std::optional<bool> secretKept = m_demo.workspace().runAndWait<bool>(
            Workspace::Lane::Interactive, [](WorkspaceContext &ctx) {
                const Result<OAuthApp> saved =
                    ctx.connections().app(Provider::QuickBooks, Environment::Production);
                return saved && saved->clientSecret == QLatin1String("not-shown-anywhere");
            });
        QVERIFY(secretKept.value_or(false));
        // The browser was sent to Intuit's consent page for that app.
        QCOMPARE(
            opened->host(),
            OAuthApp::published(Provider::QuickBooks, Environment::Production).authorizeUrl.host());
        QCOMPARE(QUrlQuery(*opened).queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("ABcd1234"));
        QCOMPARE(stored(m_demo).size(), 2);
    }

    void privateAppTokenConnectsHubSpot()
    {
        QString token;
        m_demo.sandbox().call(
            [&](sandbox::SandboxServer &s) { token = s.createHubSpotPrivateAppToken(); });
        QVERIFY(!token.isEmpty());
        auto page = newPage();
        click(child<QPushButton>(page, QStringLiteral("connectHubSpotButton")));
        auto *dialog = page->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        click(child<QRadioButton>(dialog, QStringLiteral("environmentSandbox")));
        click(child<QRadioButton>(dialog, QStringLiteral("methodPrivateApp")));
        auto *ok = child<QPushButton>(dialog, QStringLiteral("connectOk"));
        QVERIFY(!ok->isEnabled()); // no token yet
        auto *field = child<QLineEdit>(dialog, QStringLiteral("privateAppToken"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, token);
        click(ok);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkWaitMs);
        QVERIFY2(page->message().startsWith(QStringLiteral("Connected")),
                 qPrintable(page->message()));
        // The same portal: the same connection, now signed in with the token.
        const std::optional<Connection> hubSpot =
            storedByAccount(m_demo, QStringLiteral("24681357"));
        QVERIFY(hubSpot);
        QCOMPARE(hubSpot->authKind, AuthKind::PrivateAppToken);
        QCOMPARE(stored(m_demo).size(), 2);
        QVERIFY(child<QLabel>(page->card(hubSpot->id), QStringLiteral("connectionDetails"))
                    ->text()
                    .contains(QStringLiteral("private app token")));
    }

    void redirectElsewhereIsPasted()
    {
        // New credentials for the saved sandbox app, entered through the dialog: a redirect
        // address that is not on this computer (like Intuit's production keys need), so the
        // person pastes where the browser ended.
        const std::optional<Connection> us = storedByAccount(m_demo, UsRealm);
        QVERIFY(us);
        const QString elsewhere = QStringLiteral("https://bookflow.example/callback");
        auto page = newPage();
        // The browser: the sandbox approves at once and answers with the redirect, which is
        // read, not followed (it leaves this machine).
        struct Landing
        {
            QMutex mutex;
            QString address;
        };
        auto landing = std::make_shared<Landing>();
        page->setBrowserOpener([landing](const QUrl &url) -> Status {
            QUrl approve = url;
            QUrlQuery query(approve);
            query.addQueryItem(QStringLiteral("sandbox_auto_approve"), QStringLiteral("1"));
            query.addQueryItem(QStringLiteral("sandbox_realm"), UsRealm);
            approve.setQuery(query);
            NetworkTransport transport;
            HttpRequest request;
            request.url = approve;
            const HttpResponse answer = transport.send(request);
            const QMutexLocker lock(&landing->mutex);
            landing->address = QString::fromUtf8(answer.header("Location"));
            return landing->address.isEmpty() ? Status(Failure{QStringLiteral("no redirect")})
                                              : Status::success();
        });
        auto asked = std::make_shared<QAtomicInt>(0);
        page->setPastedAddressAsker([landing, asked]() {
            asked->ref();
            const QMutexLocker lock(&landing->mutex);
            return landing->address;
        });

        click(child<QPushButton>(page, QStringLiteral("connectQuickBooksButton")));
        auto *dialog = page->findChild<ConnectDialog *>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        click(child<QRadioButton>(dialog, QStringLiteral("environmentSandbox")));
        auto *change = child<QCheckBox>(dialog, QStringLiteral("changeAppCredentials"));
        QVERIFY(change->isEnabled() && !change->isChecked());
        click(change);
        click(child<QPushButton>(dialog, QStringLiteral("connectOk")));
        auto *app = page->findChild<AppCredentialsDialog *>(QStringLiteral("appCredentialsDialog"));
        QVERIFY(app);
        // What was saved is offered again, except the secret.
        QCOMPARE(child<QLineEdit>(app, QStringLiteral("clientId"))->text(),
                 QString::fromLatin1(sandbox::QboOAuthServer::DemoClientId));
        QVERIFY(child<QLineEdit>(app, QStringLiteral("clientSecret"))->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(app, QStringLiteral("redirectUri")), elsewhere);
        QTest::keyClicks(child<QLineEdit>(app, QStringLiteral("clientSecret")),
                         QString::fromLatin1(sandbox::QboOAuthServer::DemoClientSecret));
        click(child<QPushButton>(app, QStringLiteral("saveAppCredentials")));
        QTRY_VERIFY_WITH_TIMEOUT(page->message().startsWith(QStringLiteral("Connected")),
                                 NetworkWaitMs);
        QCOMPARE(asked->loadAcquire(), 1);
        // The same company: the same connection. The sandbox endpoints were kept.
        QCOMPARE(storedByAccount(m_demo, UsRealm)->id, us->id);
        const Result<std::optional<AppCredentials>> saved =
            m_demo.store().appCredentials(Provider::QuickBooks, Environment::Sandbox);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->redirectUri, elsewhere);
        QCOMPARE((*saved)->apiBaseUrl.port(), m_demo.sandbox().baseUrl().port());
    }

    void fitsFromNarrowToWide()
    {
        auto page = newPage();
        auto *scroll = page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY(!page->cards().isEmpty()); // something to fit
        for (const int width : {700, 1200}) {
            page->resize(width, 800);
            QCoreApplication::processEvents();
            const int available = scroll->viewport()->width();
            QVERIFY(available > 0 && available < width);
            QVERIFY(page->minimumSizeHint().width() <= width);
            for (ConnectionCard *card : page->cards()) {
                // Nothing wider than the page: no horizontal scrolling, nothing clipped.
                QVERIFY2(card->minimumSizeHint().width() <= available,
                         qPrintable(QStringLiteral("%1 > %2")
                                        .arg(card->minimumSizeHint().width())
                                        .arg(available)));
                QCOMPARE(card->width(), available);
            }
            if (qEnvironmentVariableIsSet("BOOKFLOW_SHOTS")) {
                for (auto *picker : page->findChildren<LookupComboBox *>())
                    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), NetworkWaitMs);
                shoot(page, QString::number(width));
            }
        }
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
