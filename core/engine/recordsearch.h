#pragma once

#include "core/engine/recordcontext.h"
#include "core/hubspot/hubspotclient.h"
#include "core/net/apierror.h"
#include "core/workflow/filter.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// One record a person can pick to test a workflow on.
struct RecordChoice
{
    QString id;
    // A line the person recognises: "Payment PAY-20417 · Ana O'Brien · $240.00 · 40744900003",
    // "Deal “Big deal” · Jo Park · $5,000.00 · 14795300001".
    QString label;
};

// The test screen's record picker (PRODUCT.md §3 "a chosen record (searchable picker)"): the
// records of a workflow's type whose id is the text typed, or whose searchable text contains it
// (HubSpot's default searchable properties: a deal's name, a quote's title or number, a payment's
// customer email or reference), the most recently changed first. Each comes with its first
// associated contact (the contact the actions would use, RecordLoader's rule) when HubSpot has one.
// Synchronous like HubSpotClient: run it on a worker thread.
class RecordSearch
{
public:
    static constexpr int DefaultLimit = 20;

    explicit RecordSearch(HubSpotClient &client);

    // Empty text: the most recently changed records.
    ApiResult<QVector<RecordChoice>> find(ObjectType type, const QString &text,
                                          int limit = DefaultLimit);

    // The HubSpot properties label() reads of a record of `type`.
    static QStringList labelProperties(ObjectType type);
    static QString label(ObjectType type, const HubSpotRecord &record,
                         const std::optional<ContactInfo> &contact);

private:
    HubSpotClient &m_client;
};

} // namespace bookflow
