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
    // Behaviour switches for what HubSpot does not document, or does in more than one way. The
    // defaults are the best-supported reading of the references.
    struct Options
    {
        // Whether NEQ / NOT_IN / NOT_CONTAINS_TOKEN match records that have no value. Not
        // documented for search; false = the filter engine's documented default
        // includeObjectsWithNoValueSet=false (hubspot-verified.md §1, §2).
        bool negativeMatchesEmpty = false;
        // The v3 GET `associations` block keys line items as "line items" (with a space) —
        // hubspot-verified.md §7; false = "line_items".
        bool lineItemsKeyWithSpace = true;
        // Quote hs_esign_date / hs_expiration_date as epoch-ms strings, as seen in the wild,
        // instead of ISO (hubspot-verified.md §3, §6).
        bool quoteDatesAsEpochMillis = false;
        // Prefix of paging.next.link (e.g. "http://127.0.0.1:8080"); empty = a path-only link.
        QString apiBaseUrl;
    };

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

    Options options() const;
    void setOptions(const Options &options);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bookflow::sandbox
