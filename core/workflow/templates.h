#pragma once

#include "core/workflow/filter.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace bookflow {

// A ready-made workflow a person can start from: the seed's five examples (PRODUCT.md §1),
// shipped as schema-1 workflow files in the Qt resource ":/templates/".
struct WorkflowTemplate
{
    QString fileName; // "paid-invoice-from-payments.json"
    QString title;    // translated, e.g. "Paid invoice for payments"
    QString description;
    ObjectType objectType = ObjectType::Deal;
};

// The templates in the order the "New workflow" picker lists them.
QVector<WorkflowTemplate> workflowTemplates();

// The template's workflow file, or an empty array when there is no such template. Templates
// carry no QuickBooks connection: the person chooses one, so review reports it until then.
QByteArray templateJson(const QString &fileName);

} // namespace bookflow
