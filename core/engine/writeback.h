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

    // Writes the document's number and id onto the record. `documentType` is the QuickBooks
    // entity name: "Invoice", "Estimate", "SalesReceipt", "RefundReceipt" or "Purchase" (any
    // other is refused before anything is sent). An empty `documentNumber` (an expense often has
    // none) writes the id alone.
    ApiResult<Outcome> write(HubSpotObject object, const QString &recordId,
                             const QString &documentType, const QString &documentId,
                             const QString &documentNumber);

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

    HubSpotClient &m_client;
    QHash<HubSpotObject, Schema> m_schemas;
};

} // namespace bookflow
