#include "core/engine/testrunner.h"

#include "core/engine/actionplanner.h"
#include "core/engine/executor.h"
#include "core/engine/recordloader.h"
#include "core/engine/requestid.h"
#include "core/hubspot/hubspotfilterproperty.h"
#include "core/quickbooks/qboentity.h"
#include "core/store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace bookflow {

TestRunner::TestRunner(RunSession &session) : m_session(session)
{
}

ApiResult<TestRunner::Report> TestRunner::dryRun(const Workflow &workflow, const QString &objectId)
{
    const ApiResult<HubSpotClient *> hubSpot = m_session.hubSpot();
    if (!hubSpot)
        return hubSpot.error();
    QStringList contactProperties;
    for (const Action &action : workflow.actions) {
        const ApiResult<Connection> company = m_session.quickBooksConnection(action.connection);
        if (!company)
            continue;
        contactProperties += company->dataSyncProperties();
    }
    RecordLoader loader(**hubSpot);
    const ApiResult<RecordContext> record = loader.loadOne(
        workflow.objectType, objectId, RecordLoader::propertiesFor(workflow, contactProperties));
    if (!record)
        return record.error();

    Report report;
    report.recordDescription = record->describe();
    FilterEvaluator evaluator(m_session.clock(), QTimeZone::utc());
    // Each filter is told with HubSpot's label ("Esign completed signatures"), as the editor shows
    // it, not the internal name. Without the labels (HubSpot refused the list) the internal names
    // still say something true, so a failure here does not stop the test.
    QSet<FilterObject> objects;
    for (const FilterGroup &group : workflow.enrollment.filterGroups) {
        for (const Filter &filter : group.filters)
            objects.insert(filter.object);
    }
    for (const FilterObject object : std::as_const(objects)) {
        const ApiResult<QVector<HubSpotProperty>> properties =
            (*hubSpot)->properties(hubSpotObjectOf(object));
        if (!properties)
            continue;
        QHash<QString, QString> labels;
        for (const HubSpotProperty &property : *properties) {
            if (!property.label.isEmpty())
                labels.insert(property.name, property.label);
        }
        evaluator.setPropertyLabels(object, labels);
    }
    report.triggers = evaluator.evaluate(workflow.enrollment.filterGroups, record->view());

    // The requestids a run on this record would use now (the next enrollment of the published
    // version), so the bodies shown are the ones that would be sent, marker included.
    Store &store = m_session.store();
    int version = 0;
    if (const Result<WorkflowSummary> summary = store.summary(workflow.id); summary)
        version = summary->publishedVersion;
    int enrollmentNo = 1;
    if (const Result<std::optional<EnrollmentRow>> latest =
            store.latestEnrollment(workflow.id, objectId);
        latest && latest->has_value())
        enrollmentNo = (*latest)->enrollmentNo + 1;

    for (const Action &action : workflow.actions) {
        ActionReport out;
        out.actionId = action.id;
        const ApiResult<Connection> company = m_session.quickBooksConnection(action.connection);
        const ApiResult<QboClientDirectory *> directory = m_session.directory(action.connection);
        if (!company || !directory) {
            const ApiError error = !company ? company.error() : directory.error();
            out.reason = error.reason;
            out.errorClass = ApiError::className(error.cls);
            report.actions.append(out);
            continue;
        }
        const Plan plan = ActionPlanner::plan(action, *company, *record, **directory);
        out.notes = plan.notes;
        if (!plan.ok()) {
            out.reason = plan.failure->reason;
            out.errorClass = ApiError::className(plan.failure->cls);
        } else {
            out.wouldCreate = true;
            for (const PlanStep &step : plan.steps) {
                const QString requestId =
                    requestIdFor({workflow.id, version, workflow.objectType, objectId, enrollmentNo,
                                  action.id, step.key});
                out.requests.append({step.summary, qboEntityName(step.entity),
                                     Executor::bodyToSend(step, requestId)});
            }
        }
        report.actions.append(out);
    }
    return report;
}

QJsonObject TestRunner::toJson(const Report &report, const Workflow &workflow)
{
    // ARCHITECTURE.md: {triggers: [{filter, met}], met, actions: [{actionId, outcome, reason?,
    // requests[]}]}
    QJsonArray triggers;
    for (int g = 0; g < report.triggers.groups.size(); ++g) {
        const GroupOutcome &group = report.triggers.groups.at(g);
        for (int f = 0; f < group.filters.size(); ++f) {
            const FilterOutcome &outcome = group.filters.at(f);
            QJsonObject item{{QStringLiteral("group"), g},
                             {QStringLiteral("filter"), outcome.detail},
                             {QStringLiteral("met"), outcome.met}};
            if (g < workflow.enrollment.filterGroups.size() &&
                f < workflow.enrollment.filterGroups.at(g).filters.size())
                item.insert(QStringLiteral("property"),
                            workflow.enrollment.filterGroups.at(g).filters.at(f).property);
            triggers.append(item);
        }
    }
    QJsonArray actions;
    for (const ActionReport &action : report.actions) {
        QJsonObject item{{QStringLiteral("actionId"), action.actionId},
                         {QStringLiteral("outcome"), action.wouldCreate
                                                         ? QStringLiteral("wouldCreate")
                                                         : QStringLiteral("wouldFail")},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(action.notes)}};
        if (!action.wouldCreate) {
            item.insert(QStringLiteral("reason"), action.reason);
            item.insert(QStringLiteral("class"), action.errorClass);
        }
        QJsonArray requests;
        for (const ActionReport::Request &request : action.requests)
            requests.append(QJsonObject{{QStringLiteral("summary"), request.summary},
                                        {QStringLiteral("entity"), request.entity},
                                        {QStringLiteral("body"), request.body}});
        item.insert(QStringLiteral("requests"), requests);
        actions.append(item);
    }
    return QJsonObject{{QStringLiteral("record"), report.recordDescription},
                       {QStringLiteral("triggers"), triggers},
                       {QStringLiteral("met"), report.triggers.met},
                       {QStringLiteral("actions"), actions}};
}

} // namespace bookflow
