#pragma once

#include "core/net/httptransport.h"
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

} // namespace bookflow
