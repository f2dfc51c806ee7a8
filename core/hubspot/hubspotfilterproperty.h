#pragma once

#include "core/hubspot/hubspotobject.h"
#include "core/hubspot/hubspotproperty.h"
#include "core/workflow/filter.h"

#include <QString>

namespace bookflow {

// What the trigger editor and the data-sync filters need from HubSpot's property definitions:
// the filter's property type, the HubSpot object a filter object reads, and a group's label.

// The type a filter on `property` compares with (PRODUCT.md §1 "Operators by property type"):
// number, date and datetime as they are; HubSpot's "bool" and any booleancheckbox field are
// yes/no; other enumerations (select, radio, checkbox) compare option values; everything else
// (string, phone_number, …) is text.
PropertyType filterPropertyType(const HubSpotProperty &property);

// The HubSpot object whose properties a filter on `object` reads.
HubSpotObject hubSpotObjectOf(FilterObject object);

// A property group's name as a person reads it. The properties API gives each property only its
// group's internal name ("dealinformation"); HubSpot's default groups get their HubSpot label,
// any other name is made readable ("billing_details" → "Billing details").
QString hubSpotGroupLabel(const QString &groupName);

} // namespace bookflow
