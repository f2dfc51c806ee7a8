#pragma once

#include "core/store/connection.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bookflow {

// Asks for the OAuth app a person registered with HubSpot or Intuit: client ID, redirect
// address and client secret. It only gathers them; ConnectionsPage saves them through
// ConnectionManager::saveApp on the Interactive lane (the secret goes to the keychain) and calls
// setError() or accepts. The secret is never shown (password echo), never pre-filled, and
// cleared from the field as soon as it has been read.
//
// Object names: "appCredentialsDialog", "clientId", "redirectUri", "clientSecret",
// "appCredentialsError", "appCredentialsButtonBox" (its Save button "saveAppCredentials").
class AppCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    AppCredentialsDialog(Provider provider, Environment environment, const QString &clientId,
                         const QString &redirectUri, const QString &why, QWidget *parent = nullptr);

    Provider provider() const { return m_provider; }
    Environment environment() const { return m_environment; }
    QString clientId() const;
    QString redirectUri() const;
    // Reads the secret and clears the field.
    QString takeClientSecret();

    // While the page saves: the fields are locked and Save is disabled.
    void setSaving(bool saving);
    // Saving failed: the reason in words; the fields unlock for another try.
    void setError(const QString &reason);

Q_SIGNALS:
    // Save was pressed with every field filled; the page saves, then accept()s or setError()s.
    void saveRequested();

private:
    void updateState();

    Provider m_provider;
    Environment m_environment;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
};

} // namespace bookflow
