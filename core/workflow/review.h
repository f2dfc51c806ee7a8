#pragma once

#include "core/store/connection.h"
#include "core/workflow/workflow.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bookflow {

// One finding of "Review and publish" (PRODUCT.md §2). Errors block publishing; warnings don't.
struct ReviewItem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString code;     // stable, for --json and tests: "connection-missing", "source-filter-missing", …
    QString message;  // in words a bookkeeper understands, translated
    QString actionId; // the action concerned, if any
    int group = -1;   // the filter group concerned, if any (0-based)
    int filter = -1;  // the filter inside that group, if any (0-based)
    QString fixLabel; // the one-click fix ("Add the filter"), empty when there is none

    bool isError() const { return severity == Severity::Error; }
};

// The checks that need no live connection: required fields, actions that don't fit the workflow
// type, payment terms on a non-invoice action, filters that can't be evaluated, the missing
// "Source is none of Invoice" filter (with its fix), re-enrollment on a document-creating workflow.
class WorkflowReview
{
public:
    static QVector<ReviewItem> review(const Workflow &workflow);
    // The same, plus the checks that need the connections (PRODUCT.md §2): HubSpot connected
    // and not waiting for a reconnect; each action's QuickBooks company known, connected, and
    // in the US (PRODUCT.md §1 "US only").
    static QVector<ReviewItem> review(const Workflow &workflow,
                                      const QVector<Connection> &connections);
    static bool hasErrors(const QVector<ReviewItem> &items);

    // Applies the item's one-click fix; nothing when the item has none.
    static std::optional<Workflow> applyFix(const Workflow &workflow, const ReviewItem &item);
};

} // namespace bookflow
