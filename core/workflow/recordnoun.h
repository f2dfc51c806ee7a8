#pragma once

#include "core/workflow/filter.h"

#include <QString>

namespace bookflow {

// What a person calls the records a workflow of `type` enrolls, in running text: "deal",
// "quotes", "payments" ("14 payments already meet the triggers").
QString recordNoun(ObjectType type, bool plural = false);

} // namespace bookflow
