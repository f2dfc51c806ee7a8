#pragma once

#include "core/engine/recordcontext.h"
#include "core/hubspot/hubspotassociation.h"
#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotobject.h"
#include "core/net/apierror.h"
#include "core/workflow/workflow.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bookflow {

// Reads from HubSpot everything an enrollment's triggers and actions need (RecordContext), for
// many records at once, in as few requests as HubSpot allows:
//   1. batch read the records (≤ 100 a call);
//   2. their associations, one v4 batch read per associated type (≤ 1,000 a call): contacts and
//      line items always, the deal for quotes and payments, the quote for payments;
//   3. batch read the chosen contacts, all the line items, the chosen deals and quotes.
// So 30 deals take 5 requests, 30 payments 9, whatever their contacts and lines.
//
// Choices (PRODUCT.md §1 "Customer matching"; hubspot-verified.md §7):
// - the contact: on a quote, the signer — HubSpot associates signers to their quote with
//   association type 702 (quote→signer contact, D-QUOTES) — the lowest id among several;
//   otherwise, and on a quote nobody signed, the lowest numeric contact id, because HubSpot
//   documents no order of associations. contactCount counts every associated contact.
// - the one-hop deal (quotes, payments) and quote (payments): the lowest associated id.
// - a chosen contact, deal or quote that HubSpot no longer has (deleted between the two reads)
//   gives way to the next one in that order.
// - line items: by "hs_position_on_quote" when HubSpot sends it (lines without one after the
//   lines with one), then by id.
//
// Synchronous like HubSpotClient: run it on the engine's worker thread.
class RecordLoader
{
public:
    // HubSpot's association type id for quote → signer contact (hubspot.md §2.5).
    static constexpr int QuoteSignerTypeId = 702;

    explicit RecordLoader(HubSpotClient &client);

    // The HubSpot properties to read per object for `workflow`: every property its filters name
    // on an object the workflow reads (the record, its deal, quote and contact — PRODUCT.md §1),
    // its re-enrollment properties, and what the actions need (baseProperties). Contacts also get
    // `extraContactProperties` (the data-sync contact filters' properties). Each list keeps the
    // first-seen order and has no duplicates.
    static QHash<HubSpotObject, QStringList>
    propertiesFor(const Workflow &workflow, const QStringList &extraContactProperties = {});
    // What the actions read of `object`, whatever the filters (line items: name, quantity, price,
    // amount, product id, SKU, tax, description, position; contacts: name and email; …).
    static QStringList baseProperties(HubSpotObject object);

    struct Loaded
    {
        QVector<RecordContext> records; // in the order of the ids asked for, each once
        QStringList missing;            // ids HubSpot does not have (deleted, archived, unknown)
    };
    // Loads the records of `type` with `ids`. `properties` says what to read per object; an object
    // it does not name is read with baseProperties(). A record HubSpot no longer has lands in
    // `missing` (so does an id that is not a HubSpot record id, which no record can have). Any
    // other failure — the network, throttling, a token that needs reconnecting, a record HubSpot
    // would not answer for — fails the whole load with its class, so the caller retries it.
    ApiResult<Loaded> load(ObjectType type, const QStringList &ids,
                           const QHash<HubSpotObject, QStringList> &properties);
    // The same for records already read with `properties` (a search's results: the poller's
    // search asks for the record's own properties, so they are not read a second time): their
    // associations and associated records are read; a record without a HubSpot id lands in
    // `missing`.
    ApiResult<Loaded> loadFrom(ObjectType type, const QVector<HubSpotRecord> &records,
                               const QHash<HubSpotObject, QStringList> &properties);
    // The name under which a RunSession keeps records read for a version of a workflow with
    // `properties`: the poller keeps the records it enrolled under it, and the executor, which
    // plans with what planning reads, takes them only when that is what was read.
    static QString scopeFor(const QString &workflowId, int version,
                            const QHash<HubSpotObject, QStringList> &properties);
    // One record; a Permanent error ("HubSpot has no deal 123 …", code OBJECT_NOT_FOUND) when
    // HubSpot does not have it.
    ApiResult<RecordContext> loadOne(ObjectType type, const QString &id,
                                     const QHash<HubSpotObject, QStringList> &properties);

    // --- the pieces, public for the planners' tests and the test-run screen ---------------------
    // The HubSpot object a workflow of `type` enrolls (payments are commerce payments).
    static HubSpotObject recordObject(ObjectType type);
    // A line item as the planners read it; never fails: what can't be read is in `problems`.
    static LineItem lineItemFrom(const HubSpotRecord &record);
    // In HubSpot's line order: "hs_position_on_quote" ascending when present, lines without it
    // last, then by ascending numeric id. Stable for equal keys.
    static void sortLineItems(QVector<LineItem> &items);
    // The contact ids in the order they are preferred as "the first associated contact" for a
    // record of `type` (the rule above), without duplicates.
    static QStringList contactPreference(ObjectType type,
                                         const QVector<HubSpotAssociation> &contacts);
    static ContactInfo contactFrom(const HubSpotRecord &record);

private:
    using AssociationsById = QHash<QString, QVector<HubSpotAssociation>>;

    // Steps 2 and 3 of load() for the records `found` (ids, in order) of `records`.
    ApiResult<Loaded> complete(ObjectType type, QHash<QString, HubSpotRecord> records,
                               QStringList found, Loaded loaded,
                               const QHash<HubSpotObject, QStringList> &properties);

    ApiResult<AssociationsById> associationsOf(HubSpotObject from, HubSpotObject to,
                                               const QStringList &ids, QStringList &gone);
    // For each owner, the first of its candidate ids that HubSpot can read, in rounds of batch
    // reads (one round unless a candidate has gone).
    ApiResult<QHash<QString, HubSpotRecord>>
    readFirstOf(HubSpotObject object, const QStringList &owners,
                const QHash<QString, QStringList> &candidates, const QStringList &properties);
    // Every readable record of `ids`; the ones HubSpot no longer has are left out.
    ApiResult<QHash<QString, HubSpotRecord>> readAll(HubSpotObject object, const QStringList &ids,
                                                     const QStringList &properties);

    HubSpotClient &m_client;
};

} // namespace bookflow
