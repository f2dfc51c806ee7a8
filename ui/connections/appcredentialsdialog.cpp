#include "ui/connections/appcredentialsdialog.h"

#include "ui/icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bookflow {

AppCredentialsDialog::AppCredentialsDialog(Provider provider, Environment environment,
                                           const QString &savedClientId,
                                           const QString &savedRedirectUri, const QString &why,
                                           QWidget *parent)
    : QDialog(parent), m_provider(provider), m_environment(environment)
{
    setObjectName(QStringLiteral("appCredentialsDialog"));
    setWindowTitle(
        tr("%1 app credentials (%2)").arg(providerLabel(provider), environmentLabel(environment)));
    setAccessibleName(windowTitle());
    setWindowIcon(icon(providerKey(provider)));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString text =
        provider == Provider::HubSpot
            ? tr("Enter the credentials of the app you created in your HubSpot "
                 "developer account (Apps › your app › Auth).")
            : tr("Enter the keys of the app you created on developer.intuit.com "
                 "(your app › Keys and credentials, %1 keys).")
                  .arg(environment == Environment::Sandbox ? tr("development") : tr("production"));
    if (!why.isEmpty())
        text = why + QLatin1Char('\n') + text;
    intro->setText(text);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_clientId = new QLineEdit(savedClientId, this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client &ID:"), m_clientId);

    m_redirectUri = new QLineEdit(savedRedirectUri, this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setAccessibleName(tr("Redirect address"));
    m_redirectUri->setPlaceholderText(tr("http://localhost:8765/callback"));
    form->addRow(tr("&Redirect address:"), m_redirectUri);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("clientSecret"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Kept in your system keychain only"));
    form->addRow(tr("Client &secret:"), m_secret);
    layout->addLayout(form);

    auto *hint = new QLabel(
        tr("The redirect address must be exactly the one registered with the app. A "
           "http://localhost address is answered by Bookflow itself; leave it empty to use a "
           "free port. For any other address (Intuit's production keys need HTTPS), Bookflow "
           "asks you to paste the address your browser ends on."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("appCredentialsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("appCredentialsButtonBox"));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveAppCredentials"));
    save->setText(tr("Save and connect"));
    save->setAccessibleName(tr("Save the app credentials and connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_saving && !clientId().isEmpty() && !m_secret->text().isEmpty())
            Q_EMIT saveRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_clientId, &QLineEdit::textChanged, this, &AppCredentialsDialog::updateState);
    connect(m_secret, &QLineEdit::textChanged, this, &AppCredentialsDialog::updateState);
    setMinimumWidth(520);
    (savedClientId.isEmpty() ? m_clientId : m_secret)->setFocus();
    updateState();
}

QString AppCredentialsDialog::clientId() const
{
    return m_clientId->text().trimmed();
}

QString AppCredentialsDialog::redirectUri() const
{
    return m_redirectUri->text().trimmed();
}

QString AppCredentialsDialog::takeClientSecret()
{
    const QString secret = m_secret->text();
    m_secret->clear();
    return secret;
}

void AppCredentialsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_clientId->setReadOnly(saving);
    m_redirectUri->setReadOnly(saving);
    m_secret->setReadOnly(saving);
    if (saving)
        m_error->setVisible(false);
    updateState();
}

void AppCredentialsDialog::setError(const QString &reason)
{
    setSaving(false);
    m_error->setText(reason);
    m_error->setVisible(!reason.isEmpty());
    m_secret->setFocus();
}

void AppCredentialsDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_saving && !clientId().isEmpty() && !m_secret->text().isEmpty());
}

} // namespace bookflow
