#pragma once

#include "core/net/apierror.h"
#include "core/quickbooks/qboentity.h"
#include "core/quickbooks/qboobject.h"
#include "core/quickbooks/qboquery.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// One operation of a POST /batch (qbo-api.md §9): a create, a sparse update or a query, named by
// its bId. QBO: at most 30 operations per batch, bId at most 10 characters when a requestid is
// sent (qbo-verified.md §9; qbo-api.md §8 "≤ 30 payloads").
struct QboBatchItem
{
    enum class Operation { Create, Update, Query };

    static constexpr int MaxItems = 30;
    static constexpr int MaxBatchIdLength = 10;

    QString bId;
    Operation operation = Operation::Create;
    QboEntity entity = QboEntity::Invoice; // Create/Update
    QJsonObject body;                      // Create/Update: the entity (money via QboJson)
    QboQuery query = QboQuery::select(QStringLiteral("Invoice")); // Query

    static QboBatchItem create(const QString &bId, QboEntity entity, const QJsonObject &body);
    // A sparse update: `changes` must hold Id and SyncToken; "sparse": true is added.
    static QboBatchItem sparseUpdate(const QString &bId, QboEntity entity,
                                     const QJsonObject &changes);
    static QboBatchItem select(const QString &bId, const QboQuery &query);
};

// The answer to one QboBatchItem, matched by bId.
struct QboBatchItemResult
{
    QString bId;
    std::optional<ApiError> error; // the item's own Fault, or "no answer for this item"
    QboObject object;              // Create/Update answers
    QVector<QboObject> rows;       // Query answers
    std::optional<qint64> totalCount;

    bool ok() const { return !error.has_value(); }
};

} // namespace bookflow
