#pragma once

#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/store/connection.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QString>
#include <QUrl>
#include <QVector>

namespace bookflow {

// Plays the person in front of the Bookflow sandbox's consent pages, so that `bookflow-cli
// connect sandbox` (and the GUI's demo mode) perform the real authorization round trips — the
// authorize request, the consent form, the redirect to Bookflow's loopback listener — without a
// browser. It understands only the sandbox's own pages, whose form fields the README documents.
class SandboxConsent
{
public:
    struct Company
    {
        QString realmId;
        QString name;
        QString country;
    };

    explicit SandboxConsent(Transport &transport) : m_transport(transport) {}

    // The QuickBooks companies the consent page at `authorizeUrl` offers, in its order.
    Result<QVector<Company>> offeredCompanies(const QUrl &authorizeUrl);
    // Opens the consent page, presses Connect (for QuickBooks on `realmId`'s row, or the first
    // company's when empty) and follows the
    // redirect back to the app, as a browser would.
    Status approve(const QUrl &authorizeUrl, const QString &realmId = QString());

private:
    Result<QByteArray> consentPage(const QUrl &authorizeUrl);

    Transport &m_transport;
};

class ConnectionManager;

// The demo apps' public client ids and secrets as the sandbox publishes them (the caller passes
// them in: core does not depend on the sandbox).
struct SandboxApps
{
    QString hubSpotClientId;
    QString hubSpotClientSecret;
    QString quickBooksClientId;
    QString quickBooksClientSecret;
};

// Connects HubSpot and every QuickBooks company the sandbox at `baseUrl` offers through the real
// OAuth round trips, playing the person on the consent pages (`bookflow-cli connect sandbox`,
// the GUI's demo workspace, the UI tests). Returns the connections in the order made.
ApiResult<QVector<Connection>> connectSandboxAccounts(ConnectionManager &connections,
                                                      Transport &transport, const Clock &clock,
                                                      const QUrl &baseUrl, const SandboxApps &apps);

} // namespace bookflow
