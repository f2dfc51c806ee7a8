#include "core/engine/actionrunadvice.h"

#include "core/net/apierror.h"
#include "core/util/tr.h"

namespace bookflow {

QString actionRunAdvice(const ActionRunRow &run)
{
    const QString cls = run.errorClass;
    switch (run.status) {
    case ActionStatus::Pending:
    case ActionStatus::Running:
    case ActionStatus::Done:
        return {};
    case ActionStatus::Waiting:
        if (cls == ApiError::className(ApiError::Class::NeedsReconnect))
            return Tr::tr("HubSpot needs to be reconnected. Reconnect it under Connections; "
                          "Bookflow tries again by itself.");
        return Tr::tr("Nothing to do: Bookflow tries again by itself. It keeps trying for up to "
                      "3 days before it gives up and lists the action under Needs review.");
    case ActionStatus::Paused:
        return Tr::tr("Reconnect the QuickBooks company under Connections. The work waiting for "
                      "it goes on by itself once it is reconnected.");
    case ActionStatus::Failed:
        break;
    }
    if (cls == ApiError::className(ApiError::Class::Transient) ||
        cls == ApiError::className(ApiError::Class::RateLimited))
        return Tr::tr("QuickBooks or HubSpot could not be reached for 3 days. Check that the "
                      "connections work, then choose Retry. A retry never creates a second "
                      "document.");
    if (cls == ApiError::className(ApiError::Class::NeedsReconnect))
        return Tr::tr("Reconnect the account under Connections, then choose Retry. A retry never "
                      "creates a second document.");
    return Tr::tr("Fix the cause in HubSpot or QuickBooks, then choose Retry. A retry never "
                  "creates a second document. Changing the workflow does not change this run: "
                  "it keeps the version it enrolled with.");
}

} // namespace bookflow
