#pragma once

#include "core/store/ledger.h"

#include <QString>

namespace bookflow {

// What a person can do about an action run that has not created its document (Needs review and
// the run history's detail, PRODUCT.md §4), in words, from its status and error class. Empty
// when there is nothing to do (done, not started, in progress).
//
// A retry runs the enrollment's own published version again — publishing a changed workflow
// affects records that enroll later — so the advice for a failure points at HubSpot and
// QuickBooks, where the cause can be fixed for this record.
QString actionRunAdvice(const ActionRunRow &run);

} // namespace bookflow
