#pragma once

// Workflows and filters for tests, each in one call. Only core types, so tests of every area
// (core, engine, ui) can include it.
#include "core/workflow/filter.h"
#include "core/workflow/templates.h"
#include "core/workflow/workflow.h"
#include "core/workflow/workflowcodec.h"

#include <QString>
#include <QStringList>

namespace bookflow::testsupport {

// resources/templates/<file> as the product ships it, under a fresh id (so one template can be
// imported many times into one store). A template that does not decode is a broken build, not
// a test failure: it stops the test program.
inline Workflow templateWorkflow(const QString &file)
{
    Result<Workflow> decoded = WorkflowCodec::decode(templateJson(file), file);
    if (!decoded)
        qFatal("template %s: %s", qPrintable(file), qPrintable(decoded.reason()));
    Workflow w = std::move(decoded).value();
    w.id = Workflow::newId();
    return w;
}

inline Filter makeFilter(FilterObject object, const QString &property, PropertyType type,
                         Operator op, const QStringList &values = {})
{
    Filter filter;
    filter.object = object;
    filter.property = property;
    filter.propertyType = type;
    filter.op = op;
    filter.values = values;
    return filter;
}

} // namespace bookflow::testsupport
