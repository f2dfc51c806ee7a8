#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace bookflow::sandbox {

// The HubSpot half of the sandbox, below HTTP: one portal with CRM objects (deals, quotes, line
// items, contacts, products, commerce payments), associations with the real type ids, the
// properties API, search with HubSpot's operators and limits, batch read. Authentication, rate
// limits and fault injection are the routes' job; this class sees only requests that got through.
class HubSpotService
{
public:
    HubSpotService();
    ~HubSpotService();

    void reset();
    // The demo portal, consistent with the QuickBooks demo company (products by SKU and name).
    void seedDemo();
    // N generated deals with contacts and line items (for benchmarks), on top of the demo data.
    void seedLarge(int deals);
    qint64 hubId() const;
    QString portalName() const;

    // One request under the API root: `path` is e.g. "/crm/v3/objects/deals/123",
    // "/crm/v3/objects/0-3/search", "/crm/v4/associations/deals/contacts/batch/read",
    // "/crm/v3/properties/deals".
    SandboxReply handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, const QByteArray &contentType);

    QJsonObject save() const;
    bool load(const QJsonObject &state, QString *error);

    void setNow(std::function<QDateTime()> now);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bookflow::sandbox
