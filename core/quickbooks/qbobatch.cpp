#include "core/quickbooks/qbobatch.h"

namespace bookflow {

QboBatchItem QboBatchItem::create(const QString &bId, QboEntity entity, const QJsonObject &body)
{
    QboBatchItem item;
    item.bId = bId;
    item.operation = Operation::Create;
    item.entity = entity;
    item.body = body;
    return item;
}

QboBatchItem QboBatchItem::sparseUpdate(const QString &bId, QboEntity entity,
                                        const QJsonObject &changes)
{
    QboBatchItem item;
    item.bId = bId;
    item.operation = Operation::Update;
    item.entity = entity;
    item.body = changes;
    item.body.insert(QStringLiteral("sparse"), true);
    return item;
}

QboBatchItem QboBatchItem::select(const QString &bId, const QboQuery &query)
{
    QboBatchItem item;
    item.bId = bId;
    item.operation = Operation::Query;
    item.query = query;
    return item;
}

} // namespace bookflow
