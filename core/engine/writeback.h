#pragma once

#include "core/hubspot/hubspotclient.h"
#include "core/hubspot/hubspotobject.h"
#include "core/hubspot/hubspotproperty.h"
#include "core/net/apierror.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace bookflow {

// Stores the number and id of the QuickBooks document Bookflow created on the HubSpot record it
// was created for (PRODUCT.md §1 "Association": "where the HubSpot connection may write").
//
// The properties live in Bookflow's own property group "bookflow" (label "Bookflow"), two per
// QuickBooks document type, all single-line text (type string, fieldType text):
//   Invoice        bookflow_qbo_invoice_number        bookflow_qbo_invoice_id
//   Estimate       bookflow_qbo_estimate_number       bookflow_qbo_estimate_id
//   SalesReceipt   bookflow_qbo_salesreceipt_number   bookflow_qbo_salesreceipt_id
//   RefundReceipt  bookflow_qbo_refundreceipt_number  bookflow_qbo_refundreceipt_id
//   Purchase       bookflow_qbo_purchase_number       bookflow_qbo_purchase_id   (an expense)
// Text rather than number because QuickBooks document numbers are text (DocNumber may hold
// letters and leading zeros) and ids are opaque.
//
// The group and the properties are created the first time they are missing; each object type's
// property list is read once per WriteBack. Another machine creating them at the same moment is
// fine: HubSpot answers 409 and HubSpotClient counts that as success.
//
// A connection without permission (HubSpot's 403 MISSING_SCOPES, e.g. a private app without
// crm.schemas.deals.write) is not a failure of the action: the document exists in QuickBooks
// either way, so write() succeeds with written = false and a note saying what was not stored
// and why. Every other failure keeps its ApiError class (network and 5xx Transient, 429
// RateLimited, 401 NeedsReconnect, a deleted record Permanent), so the engine retries it like
// any other step — setting properties is idempotent.
//
// writeMany() does the same for many documents with HubSpot's batch update (≤ 100 records a
// call): the engine stores a whole pass's documents in a few calls instead of one PATCH each
// (issue 10's HubSpot budget). Each document gets its own outcome, exactly as write() would
// have given it.
//
// Synchronous like HubSpotClient, and not thread-safe: one per worker thread, beside its client.
class WriteBack
{
public:
    explicit WriteBack(HubSpotClient &client);

    struct Outcome
    {
        bool written = false; // false: HubSpot did not allow it; `note` says why
        QString note;         // for the run history, in words
    };

    // One document to store on its record (the arguments of write()).
    struct Item
    {
        HubSpotObject object = HubSpotObject::Deal;
        QString recordId;
        QString documentType;
        QString documentId;
        QString documentNumber;
    };

    // Writes the document's number and id onto the record. `documentType` is the QuickBooks
    // entity name: "Invoice", "Estimate", "SalesReceipt", "RefundReceipt" or "Purchase" (any
    // other is refused before anything is sent). An empty `documentNumber` (an expense often has
    // none) writes the id alone.
    ApiResult<Outcome> write(HubSpotObject object, const QString &recordId,
                             const QString &documentType, const QString &documentId,
                             const QString &documentNumber);
    // write() for each of `documents`, in batch updates of ≤ 100 records per object type; the
    // outcomes in the order of `documents`. Documents for the same record (two actions of one
    // enrollment) go in one input with both sets of properties, as HubSpot refuses an id twice
    // in one batch. A call that fails as a whole gives its error (or, for a 403, its note) to
    // every document in it; a record HubSpot no longer has gets its own error (207).
    QVector<ApiResult<Outcome>> writeMany(const QVector<Item> &documents);

    // The internal names of the two properties for `documentType`; empty when Bookflow does not
    // store that type.
    static QString numberProperty(const QString &documentType);
    static QString idProperty(const QString &documentType);
    // The property group: "bookflow".
    static QString groupName();
    // The definitions write() creates for `documentType` (number first, then id); empty when
    // Bookflow does not store that type.
    static QVector<HubSpotProperty> propertyDefinitions(const QString &documentType);

private:
    // What this WriteBack knows of one object type's properties.
    struct Schema
    {
        bool listed = false;
        bool groupExists = false;
        QSet<QString> names; // Bookflow's properties known to exist
    };
    // The step of write() HubSpot refused with a 403, for the note.
    enum class Step { ReadProperties, CreateProperties, Update };

    // Makes sure the properties of `documentType` exist on `object`. `listedNow` tells whether
    // the property list was read during this call (so a stale list is not suspected). A 403 is
    // returned as is, with `step` saying which step it hit.
    ApiStatus ensureProperties(HubSpotObject object, const QString &documentType, bool *listedNow,
                               Step *step);
    // Why a write-back was skipped, by the step HubSpot refused with its 403.
    static QString whyRefused(Step step, HubSpotObject object);
    // One record's write-back: the document's checks done, what goes in the properties.
    struct Prepared;
    // Sends one batch (≤ 100 records of `object`) and sets the outcomes of its documents; the
    // list is read again and the batch resent once when HubSpot refuses one of Bookflow's
    // properties that the list said exists.
    void sendBatch(HubSpotObject object, const QVector<Item> &documents,
                   const QVector<int> &records, const QVector<Prepared> &prepared, bool listedNow,
                   QVector<ApiResult<Outcome>> &outcomes);

    HubSpotClient &m_client;
    QHash<HubSpotObject, Schema> m_schemas;
};

} // namespace bookflow
