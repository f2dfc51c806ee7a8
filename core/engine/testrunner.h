#pragma once

#include "core/engine/runsession.h"
#include "core/net/apierror.h"
#include "core/workflow/filterevaluator.h"
#include "core/workflow/workflow.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bookflow {

// A test run on one record (PRODUCT.md §3). The dry run reads HubSpot and QuickBooks only:
// filter by filter whether the record meets the triggers, then for each action what would
// happen — the customer and products it would match or create, the exact request bodies — or why
// it would fail. It writes nothing anywhere (the sandbox's write counters prove it in the tests).
class TestRunner
{
public:
    struct ActionReport
    {
        QString actionId;
        bool wouldCreate = false;
        QString reason;     // why it would fail (empty when it would create)
        QString errorClass; // the failure's class ("permanent", "transient", …)
        QStringList notes;  // what the look-ups found
        struct Request
        {
            QString summary;
            QString entity;
            QJsonObject body;
        };
        QVector<Request> requests;
    };
    struct Report
    {
        QString recordDescription;
        TriggerOutcome triggers;
        QVector<ActionReport> actions;
    };

    explicit TestRunner(RunSession &session);

    ApiResult<Report> dryRun(const Workflow &workflow, const QString &objectId);
    static QJsonObject toJson(const Report &report, const Workflow &workflow);

private:
    RunSession &m_session;
};

} // namespace bookflow
