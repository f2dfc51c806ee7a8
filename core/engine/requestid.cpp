#include "core/engine/requestid.h"

#include <QUuid>

namespace bookflow {

namespace {

// Never change: every requestid ever sent derives from it.
const QUuid &requestIdNamespace()
{
    static const QUuid ns(QStringLiteral("6b1f3c9e-2d4a-5f0b-9c7e-4a8d2e1b0c35"));
    return ns;
}

} // namespace

QString requestIdFor(const RequestIdParts &parts)
{
    const QString name =
        QStringList{
            parts.workflowId, QString::number(parts.version),      objectTypeKey(parts.objectType),
            parts.objectId,   QString::number(parts.enrollmentNo), parts.actionId,
            parts.step}
            .join(QLatin1Char('|'));
    return QUuid::createUuidV5(requestIdNamespace(), name).toString(QUuid::WithoutBraces);
}

QString batchRequestIdFor(const QStringList &itemRequestIds)
{
    return QUuid::createUuidV5(requestIdNamespace(),
                               QStringLiteral("batch|") + itemRequestIds.join(QLatin1Char('|')))
        .toString(QUuid::WithoutBraces);
}

} // namespace bookflow
