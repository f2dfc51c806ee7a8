#pragma once

#include "core/engine/plan.h"
#include "core/engine/qbodirectory.h"
#include "core/engine/recordcontext.h"
#include "core/store/connection.h"
#include "core/workflow/action.h"

namespace bookflow {

class FilterEvaluator;

// Decides what one QuickBooks action does for one enrolled record (PRODUCT.md §1, the actions
// table and "Rules every action obeys"), without writing anything: the customer to use or
// create, the product of every line (matched by the connection's product mapping, then SKU,
// then exact name, or created), and the exact create bodies, in order. The result is a Plan:
// either a failure with its reason in words (and its class: a look-up that failed for a
// transient reason keeps that class, so the engine retries) or the steps to send, with notes
// saying what each look-up found.
//
// The same plan serves the dry run (shown, not sent) and the real run (sent by the executor).
// Every document carries PrivateNote "Created by Bookflow from HubSpot <record>".
class ActionPlanner
{
public:
    // Data-sync contact filters are evaluated in UTC on the system clock.
    static Plan plan(const Action &action, const Connection &company, const RecordContext &record,
                     QboDirectory &directory);
    // The same with the evaluator (the HubSpot account's time zone, property labels, the
    // session's clock) that decides the data-sync contact filters and words their details.
    static Plan plan(const Action &action, const Connection &company, const RecordContext &record,
                     QboDirectory &directory, const FilterEvaluator &dataSyncEvaluator);
    // The DisplayName a new customer for `contact` is given first ("Jane Doe", or the email
    // without a name), and which name look-ups planning will ask (the executor prefetches
    // them for many records at once).
    static QString customerName(const ContactInfo &contact);
};

} // namespace bookflow
