#include "core/workflow/workflow.h"

#include <QUuid>

namespace bookflow {

QString Workflow::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Workflow::nextActionId() const
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("a%1").arg(n);
        if (!action(candidate))
            return candidate;
    }
}

const Action *Workflow::action(const QString &actionId) const
{
    for (const Action &a : actions) {
        if (a.id == actionId)
            return &a;
    }
    return nullptr;
}

QVector<QPair<QString, QString>> Workflow::actionTargets() const
{
    QVector<QPair<QString, QString>> targets;
    for (const Action &a : actions)
        targets.append({a.id, a.connection});
    return targets;
}

} // namespace bookflow
