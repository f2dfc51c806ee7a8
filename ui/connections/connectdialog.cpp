#include "ui/connections/connectdialog.h"

#include "ui/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bookflow {

ConnectDialog::ConnectDialog(Provider provider, bool sandboxAppSaved, bool productionAppSaved,
                             QWidget *parent)
    : QDialog(parent), m_provider(provider), m_sandboxAppSaved(sandboxAppSaved),
      m_productionAppSaved(productionAppSaved)
{
    setObjectName(QStringLiteral("connectDialog"));
    const bool hubSpot = provider == Provider::HubSpot;
    setWindowTitle(hubSpot ? tr("Connect HubSpot") : tr("Connect QuickBooks"));
    setAccessibleName(windowTitle());
    setWindowIcon(icon(providerKey(provider)));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *intro = new QLabel(
        hubSpot ? tr("Bookflow reads your HubSpot deals, quotes and payments and writes the "
                     "QuickBooks document numbers back onto them.")
                : tr("Bookflow creates invoices, estimates, sales receipts, expenses and refund "
                     "receipts in the QuickBooks company you approve. You can connect several "
                     "companies."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *environmentBox = new QGroupBox(tr("Which accounts?"), this);
    auto *environmentLayout = new QVBoxLayout(environmentBox);
    m_production = new QRadioButton(hubSpot ? tr("Your HubSpot account")
                                            : tr("Production — your real QuickBooks company"),
                                    environmentBox);
    m_production->setObjectName(QStringLiteral("environmentProduction"));
    m_production->setAccessibleName(tr("Production"));
    m_sandbox = new QRadioButton(hubSpot ? tr("A HubSpot developer test account (sandbox)")
                                         : tr("Sandbox — a QuickBooks developer test company"),
                                 environmentBox);
    m_sandbox->setObjectName(QStringLiteral("environmentSandbox"));
    m_sandbox->setAccessibleName(tr("Sandbox"));
    auto *environmentGroup = new QButtonGroup(this);
    environmentGroup->addButton(m_production);
    environmentGroup->addButton(m_sandbox);
    environmentLayout->addWidget(m_production);
    environmentLayout->addWidget(m_sandbox);
    layout->addWidget(environmentBox);
    // Where only the sandbox app is saved (the demo workspace), that is what the person means.
    (sandboxAppSaved && !productionAppSaved ? m_sandbox : m_production)->setChecked(true);

    if (hubSpot) {
        auto *methodBox = new QGroupBox(tr("How should Bookflow sign in?"), this);
        auto *methodLayout = new QVBoxLayout(methodBox);
        m_oauth = new QRadioButton(tr("Approve Bookflow in your browser (OAuth app)"), methodBox);
        m_oauth->setObjectName(QStringLiteral("methodOAuth"));
        m_oauth->setAccessibleName(tr("Approve in the browser"));
        m_privateApp = new QRadioButton(tr("Use a private app token"), methodBox);
        m_privateApp->setObjectName(QStringLiteral("methodPrivateApp"));
        m_privateApp->setAccessibleName(tr("Use a private app token"));
        auto *methodGroup = new QButtonGroup(this);
        methodGroup->addButton(m_oauth);
        methodGroup->addButton(m_privateApp);
        m_oauth->setChecked(true);
        methodLayout->addWidget(m_oauth);
        methodLayout->addWidget(m_privateApp);

        m_tokenRow = new QWidget(methodBox);
        auto *tokenLayout = new QVBoxLayout(m_tokenRow);
        tokenLayout->setContentsMargins(24, 0, 0, 0);
        auto *tokenLabel = new QLabel(tr("Access token (Settings › Integrations › Private "
                                         "Apps in HubSpot):"),
                                      m_tokenRow);
        tokenLabel->setWordWrap(true);
        m_token = new QLineEdit(m_tokenRow);
        m_token->setObjectName(QStringLiteral("privateAppToken"));
        m_token->setAccessibleName(tr("Private app access token"));
        // A secret: never shown on screen.
        m_token->setEchoMode(QLineEdit::Password);
        m_token->setPlaceholderText(tr("pat-…"));
        tokenLabel->setBuddy(m_token);
        tokenLayout->addWidget(tokenLabel);
        tokenLayout->addWidget(m_token);
        methodLayout->addWidget(m_tokenRow);
        layout->addWidget(methodBox);
        connect(m_privateApp, &QRadioButton::toggled, this, &ConnectDialog::updateState);
        connect(m_token, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    }

    m_changeApp = new QCheckBox(this);
    m_changeApp->setObjectName(QStringLiteral("changeAppCredentials"));
    m_changeApp->setAccessibleName(tr("Enter new app credentials first"));
    m_appNote = new QLabel(this);
    m_appNote->setWordWrap(true);
    m_appNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_changeApp);
    layout->addWidget(m_appNote);
    connect(m_production, &QRadioButton::toggled, this, &ConnectDialog::updateState);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("connectButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("connectCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setMinimumWidth(460);
    updateState();
}

Environment ConnectDialog::environment() const
{
    return m_sandbox->isChecked() ? Environment::Sandbox : Environment::Production;
}

bool ConnectDialog::usesPrivateAppToken() const
{
    return m_privateApp && m_privateApp->isChecked();
}

QString ConnectDialog::privateAppToken() const
{
    return m_token ? m_token->text().trimmed() : QString();
}

void ConnectDialog::clearToken()
{
    if (m_token)
        m_token->clear();
}

bool ConnectDialog::wantsNewAppCredentials() const
{
    return !usesPrivateAppToken() && m_changeApp->isChecked();
}

void ConnectDialog::updateState()
{
    const bool privateApp = usesPrivateAppToken();
    if (m_tokenRow)
        m_tokenRow->setEnabled(privateApp);
    const bool saved =
        environment() == Environment::Sandbox ? m_sandboxAppSaved : m_productionAppSaved;
    m_changeApp->setVisible(!privateApp);
    m_appNote->setVisible(!privateApp);
    if (saved) {
        if (!m_changeApp->isEnabled()) // it was forced on for the other environment
            m_changeApp->setChecked(false);
        m_changeApp->setEnabled(true);
        m_changeApp->setText(tr("Enter new app credentials first"));
        m_appNote->setText(tr("Bookflow uses the app credentials you saved for these accounts."));
    } else {
        // Without saved credentials the next step asks for them anyway.
        m_changeApp->setChecked(true);
        m_changeApp->setEnabled(false);
        m_changeApp->setText(tr("Enter the app's credentials next"));
        m_appNote->setText(tr("You'll need the client ID and client secret of the app you "
                              "registered with %1.")
                               .arg(providerLabel(m_provider)));
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!privateApp || !privateAppToken().isEmpty());
}

} // namespace bookflow
