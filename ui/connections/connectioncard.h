#pragma once

#include "core/store/connection.h"

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace bookflow {

class QboCatalog;
class QuickBooksSettingsPanel;

// One connected HubSpot portal or QuickBooks company (UI.md "Connections"): the provider's icon,
// the company or portal name, its id, environment and country (with the US-only note for a
// QuickBooks company elsewhere), the state with its reason, Check, Reconnect and Disconnect,
// and for QuickBooks the company's settings. It shows; the page acts on its signals.
//
// The card's objectName is "connectionCard" and its "connectionId" property the connection's id.
// Children: "connectionName", "connectionDetails" (provider, environment, id), "connectionCountry",
// "usOnlyNote", "connectionState", "connectionMessage", "checkButton", "reconnectButton",
// "disconnectButton", and the QuickBooksSettingsPanel "quickBooksSettings".
class ConnectionCard : public QFrame
{
    Q_OBJECT

public:
    ConnectionCard(const Connection &connection, QboCatalog &catalog, QWidget *parent = nullptr);

    QString connectionId() const { return m_connection.id; }
    const Connection &connection() const { return m_connection; }
    void setConnection(const Connection &connection);

    // Work on this connection is running ("Checking…", "Disconnecting…"): its buttons wait.
    // Empty: idle.
    void setBusy(const QString &what);
    bool isBusy() const { return !m_busy.isEmpty(); }
    // Connect, reconnect or disconnect of any connection is running: the buttons wait too.
    void setActionsEnabled(bool enabled);
    // A line under the state: the outcome of Check, a failed disconnect. Empty hides it.
    void setMessage(const QString &text);

    // Null for HubSpot.
    QuickBooksSettingsPanel *settings() const { return m_settings; }

Q_SIGNALS:
    void checkRequested(const QString &connectionId);
    void reconnectRequested(const QString &connectionId);
    void disconnectRequested(const QString &connectionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateView();
    void updateButtons();

    Connection m_connection;
    QString m_busy;
    bool m_actionsEnabled = true;

    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_country = nullptr;
    QLabel *m_usOnly = nullptr;
    QLabel *m_usOnlyIcon = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_disconnect = nullptr;
    QuickBooksSettingsPanel *m_settings = nullptr;
};

} // namespace bookflow
