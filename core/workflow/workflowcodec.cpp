#include "core/workflow/workflowcodec.h"
