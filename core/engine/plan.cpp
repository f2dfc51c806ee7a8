#include "core/engine/plan.h"

namespace bookflow {

int Plan::documentStep() const
{
    // A paid invoice is an invoice (the document) followed by the payment applied to it, so the
    // document is the last CreateDocument, not the last step.
    for (int i = int(steps.size()) - 1; i >= 0; --i) {
        if (steps.at(i).kind == PlanStep::Kind::CreateDocument)
            return i;
    }
    return -1;
}

} // namespace bookflow
