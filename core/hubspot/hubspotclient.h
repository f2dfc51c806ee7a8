#pragma once

#include "core/hubspot/hubspotassociation.h"
#include "core/hubspot/hubspoterror.h"
#include "core/hubspot/hubspotobject.h"
#include "core/hubspot/hubspotproperty.h"
#include "core/hubspot/hubspotratelimit.h"
#include "core/hubspot/hubspotrecord.h"
#include "core/hubspot/hubspotsearchrequest.h"
#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/net/tokensource.h"
#include "core/util/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <QVector>

#include <optional>

namespace bookflow {

// One page of a list: the records and the cursor for the next page (empty on the last).
struct HubSpotPage
{
    QVector<HubSpotRecord> records;
    QString nextAfter;
};

// One page of a search: `total` as HubSpot counted it, and the integer offset of the next page
// (nullopt on the last).
struct HubSpotSearchPage
{
    QVector<HubSpotRecord> records;
    qint64 total = 0;
    std::optional<int> nextAfter;
};

// A batch answer, per record: what came back, and why the others did not (HTTP 207
// multi-status, hubspot.md §2.3). Records are in the order of the ids asked for.
struct HubSpotBatchResult
{
    QVector<HubSpotRecord> records;
    QHash<QString, ApiError> errors; // by record id
};

// One record's property changes for HubSpotClient::batchUpdate.
struct HubSpotRecordUpdate
{
    QString id;
    QJsonObject properties;
};

// Associations v4 batch read, per "from" id. An id HubSpot reports as having no associations
// (subCategory crm.associations.NO_ASSOCIATIONS_FOUND) has an empty list, not an error.
struct HubSpotAssociationBatch
{
    QHash<QString, QVector<HubSpotAssociation>> byId;
    QHash<QString, ApiError> errors;
};

// A HubSpot CRM client (hubspot.md §2.3–§2.8) that reads records exactly as HubSpot sends them
// and keeps within HubSpot's published limits.
//
// Synchronous by design (the lead's decision): every call blocks in Transport::send until the
// answer or the timeout and returns an ApiResult. The engine runs clients on a worker thread.
//
// On the wire:
// - {baseUrl}/crm/v3/objects/{deals|quotes|line_items|contacts|products|commerce_payments}…,
//   /crm/v3/properties/{type}…, /crm/v4/objects/{type}/{id}/associations/{toType},
//   /crm/v4/associations/{from}/{to}/batch/read;
// - Authorization: Bearer from the TokenSource; Accept and Content-Type application/json;
// - a 401 refreshes the token once through the TokenSource and resends once; a second 401 is
//   NeedsReconnect (so is a refused refresh; an unreachable token endpoint stays Transient).
//   Refreshing ahead of expiry is the TokenSource's job (HubSpotTokens::needsRefresh), because
//   HubSpot says a 401 is "not a valid indicator" that a new token is needed.
// - Limits enforced before sending, split where HubSpot's limit is per call: list pages ≤ 100,
//   batch read/update ≤ 100 inputs, associations batch read ≤ 1,000 inputs, search pages ≤ 200
//   with the filter limits (HubSpotSearchRequest), and the 10,000-result search cap handled by
//   searchAll().
// Errors are classified by HubSpotError. The rate-limit headers of the latest answer that had
// them are kept for the engine's pacing (lastRateLimit()). Nothing secret is logged: traffic goes
// through Redaction to the "bookflow.hubspot" category (debug, off by default).
class HubSpotClient
{
public:
    static constexpr int MaxListPageSize = 100;            // HubSpot: list limit ≤ 100 (§2.3)
    static constexpr int MaxBatchInputs = 100;             // HubSpot: batch ≤ 100 records (§2.8)
    static constexpr int MaxAssociationBatchInputs = 1000; // v4 batch read ≤ 1,000 (§2.5)
    static constexpr int AssociationPageSize = 500;        // v4 GET default/maximum page (§2.5)
    static constexpr int EmbeddedAssociationPageSize = 100; // v3 GET pages associations at 100
    static constexpr int DefaultTimeoutMs = 100000;         // HubSpot: 524 after 100 s (§2.7)

    HubSpotClient(Transport &transport, QUrl baseUrl, TokenSource &tokens, const Clock &clock);

    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // The portal's time zone (account settings), for the DAILY limit's reset at its midnight.
    void setPortalTimeZone(const QTimeZone &zone) { m_portalTimeZone = zone; }
    // The rate-limit headers of the latest answer that carried them (none on search answers).
    std::optional<HubSpotRateLimit> lastRateLimit() const { return m_lastRateLimit; }

    // --- records ---------------------------------------------------------------------------
    // GET /crm/v3/objects/{type}/{id}?properties=…&associations=…: the record with the
    // associated ids of each type in `associations` (every page of them; the "line items" key
    // quirk, number ids and duplicates handled; ascending ids).
    ApiResult<HubSpotRecord> get(HubSpotObject object, const QString &id,
                                 const QStringList &properties,
                                 const QList<HubSpotObject> &associations = {});
    // One page of GET /crm/v3/objects/{type}: `limit` 1–100, `after` from the previous page.
    ApiResult<HubSpotPage> list(HubSpotObject object, const QStringList &properties,
                                int limit = MaxListPageSize, const QString &after = {});
    // Every page of list().
    ApiResult<QVector<HubSpotRecord>> listAll(HubSpotObject object, const QStringList &properties);
    // POST /crm/v3/objects/{type}/batch/read, in calls of ≤ 100 ids (duplicates asked once).
    // A call that fails as a whole fails the lot; a 207's errors are reported per id.
    ApiResult<HubSpotBatchResult> batchRead(HubSpotObject object, const QStringList &ids,
                                            const QStringList &properties);

    // --- search ----------------------------------------------------------------------------
    // One page of POST /crm/v3/objects/{type}/search, exactly as `request` says; refused before
    // sending when HubSpot would refuse it.
    ApiResult<HubSpotSearchPage> search(HubSpotObject object, const HubSpotSearchRequest &request);
    // Every result, beyond HubSpot's 10,000-per-query cap: sorts ascending on the object's
    // last-modified property (replacing any sort in `request`), pages by `request.limit()` (200
    // if unset), and when the next page would pass 10,000 starts a new search with an extra
    // filter "modified GTE the last value seen" in every group, dropping the ids already seen at
    // the boundary (a record seen again keeps its newer version). Fails if more than 10,000
    // records share one modified instant, or if the extra filter does not fit HubSpot's limits.
    ApiResult<QVector<HubSpotRecord>> searchAll(HubSpotObject object,
                                                const HubSpotSearchRequest &request);

    // --- write-back ------------------------------------------------------------------------
    // PATCH /crm/v3/objects/{type}/{id} {"properties":{…}}: the updated record.
    ApiResult<HubSpotRecord> update(HubSpotObject object, const QString &id,
                                    const QJsonObject &properties);
    // POST /crm/v3/objects/{type}/batch/update in calls of ≤ 100. Setting properties is
    // idempotent, so after a whole-call failure the caller may send everything again. The same
    // id twice is refused (HubSpot refuses duplicate ids in one batch).
    ApiResult<HubSpotBatchResult> batchUpdate(HubSpotObject object,
                                              const QVector<HubSpotRecordUpdate> &updates);

    // --- properties API --------------------------------------------------------------------
    // GET /crm/v3/properties/{type}.
    ApiResult<QVector<HubSpotProperty>> properties(HubSpotObject object);
    // POST /crm/v3/properties/{type}/groups; 409 (the group exists) is success.
    ApiStatus createPropertyGroup(HubSpotObject object, const QString &name, const QString &label,
                                  int displayOrder = -1);
    // POST /crm/v3/properties/{type}; 409 (the property exists) is success.
    ApiStatus createProperty(HubSpotObject object, const HubSpotProperty &property);

    // --- associations v4 -------------------------------------------------------------------
    // GET /crm/v4/objects/{from}/{id}/associations/{to}, every page; ascending toObjectId.
    ApiResult<QVector<HubSpotAssociation>> associations(HubSpotObject from, const QString &id,
                                                        HubSpotObject to);
    // POST /crm/v4/associations/{from}/{to}/batch/read in calls of ≤ 1,000 ids, following each
    // id's paging.
    ApiResult<HubSpotAssociationBatch> batchAssociations(HubSpotObject from, HubSpotObject to,
                                                         const QStringList &ids);

private:
    struct Call
    {
        QByteArray method = "GET";
        QByteArray path;  // already encoded, from the root: "/crm/v3/objects/deals/1"
        QByteArray query; // already encoded, without '?'
        QJsonObject body;
        bool hasBody = false;
        HubSpotError::Subject subject;
    };
    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };

    ApiResult<Answer> execute(const Call &call);
    // A call with a JSON body (POST, PATCH).
    ApiResult<Answer> sendJson(const QByteArray &method, const QByteArray &path,
                               const QJsonObject &body, const HubSpotError::Subject &subject);
    HttpRequest buildRequest(const Call &call, const QString &accessToken) const;
    HubSpotError::Subject subject(std::optional<HubSpotObject> object = std::nullopt,
                                  const QString &id = {}) const;
    ApiResult<QStringList> embeddedAssociations(HubSpotObject from, const QString &id,
                                                HubSpotObject to, const QJsonObject &collection);
    ApiResult<HubSpotBatchResult> batchChunk(HubSpotObject object, const QByteArray &action,
                                             const QJsonObject &body, const QStringList &ids);
    ApiResult<QVector<HubSpotRecord>> readRecords(const QJsonObject &json, const char *what) const;

    Transport &m_transport;
    QUrl m_baseUrl;
    TokenSource &m_tokens;
    const Clock &m_clock;
    int m_timeoutMs = DefaultTimeoutMs;
    QTimeZone m_portalTimeZone;
    std::optional<HubSpotRateLimit> m_lastRateLimit;
};

} // namespace bookflow
