#include "core/workflow/review.h"
