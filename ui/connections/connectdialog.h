#pragma once

#include "core/store/connection.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace bookflow {

// "Connect HubSpot…" / "Connect QuickBooks…": which environment (sandbox or production), for
// HubSpot whether to sign in through an OAuth app or with a private app's access token, and
// whether to enter new app credentials first. It only gathers the choice; ConnectionsPage does
// the connecting.
//
// Object names: "connectDialog", "environmentSandbox", "environmentProduction", "methodOAuth",
// "methodPrivateApp", "privateAppToken", "changeAppCredentials", "connectButtonBox".
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `savedApps` says for which environments app credentials are saved already (it picks the
    // preselected environment and words the "new app credentials" choice).
    ConnectDialog(Provider provider, bool sandboxAppSaved, bool productionAppSaved,
                  QWidget *parent = nullptr);

    Provider provider() const { return m_provider; }
    Environment environment() const;
    // HubSpot only: the person chose a private app's access token instead of OAuth.
    bool usesPrivateAppToken() const;
    // The token typed (trimmed). Read it once and clear it with clearToken().
    QString privateAppToken() const;
    void clearToken();
    // The person asked to enter (new) app credentials before connecting.
    bool wantsNewAppCredentials() const;

private:
    void updateState();

    Provider m_provider;
    bool m_sandboxAppSaved;
    bool m_productionAppSaved;
    QRadioButton *m_sandbox = nullptr;
    QRadioButton *m_production = nullptr;
    QRadioButton *m_oauth = nullptr;
    QRadioButton *m_privateApp = nullptr;
    QWidget *m_tokenRow = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_changeApp = nullptr;
    QLabel *m_appNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bookflow
