#include "core/net/apierror.h"

#include "core/net/httptransport.h"
#include "core/net/redaction.h"
#include "core/util/tr.h"

namespace bookflow {

QString ApiError::className(Class cls)
{
    switch (cls) {
    case Class::Transient:
        return QStringLiteral("transient");
    case Class::RateLimited:
        return QStringLiteral("rateLimited");
    case Class::NeedsReconnect:
        return QStringLiteral("needsReconnect");
    case Class::Permanent:
        return QStringLiteral("permanent");
    }
    return QStringLiteral("permanent");
}

ApiError ApiError::noAnswer(const HttpResponse &response, const QString &provider)
{
    ApiError error;
    if (response.refused) {
        error.cls = Class::Permanent;
        error.reason = response.networkError;
    } else if (response.timedOut) {
        error.cls = Class::Transient;
        error.reason = Tr::tr("%1 did not answer in time; Bookflow will try again.").arg(provider);
    } else {
        error.cls = Class::Transient;
        error.reason = Tr::tr("Could not reach %1 (%2); Bookflow will try again.")
                           .arg(provider, response.networkError);
    }
    error.detail = Redaction::text(response.networkError);
    return error;
}

} // namespace bookflow
