#pragma once

#include "core/workflow/filter.h"

#include <QString>

namespace bookflow {

class PropertyCatalog;

// One filter in words for the trigger card: "Source is none of Invoice",
// "Deal name contains any of “Payment link”", "Contact › Email is known". The object is named only
// when it is not the enrolled object. Labels come from `catalog` (HubSpot's property and option
// labels) once loaded; until then, or without a catalog, the internal names are shown, so the card
// always says something true.
QString filterInWords(const Filter &filter, ObjectType workflowType,
                      const PropertyCatalog *catalog);

} // namespace bookflow
