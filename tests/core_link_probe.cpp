// Linked only to bookflow_core: its dynamic dependencies are what core drags into any program.
#include "core/workflow/workflow.h"

#include <cstdio>

int main()
{
    const QString id = bookflow::Workflow::newId();
    std::printf("%d\n", static_cast<int>(id.size()));
    return 0;
}
