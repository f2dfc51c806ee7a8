// Workflow files (schema 1) as a person may hand them to Bookflow: anything at all.
//
// Promises checked (workflowcodec.h, README "The workflow file"):
// - a file that is refused is refused with a reason that begins with the file's name;
// - a file that is read writes back to bytes that read back to the same workflow, unknown fields
//   included, and writing that again gives the same bytes (export of an unchanged workflow is
//   byte-identical);
// - filter groups written on their own read back the same (a connection's data-sync filters);
// - the review and each of its one-click fixes work on whatever was read, and a fixed workflow
//   still writes and reads back.
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include "core/engine/recordloader.h"
#include "core/workflow/review.h"
#include "core/workflow/workflowcodec.h"

namespace bookflow::fuzz {

namespace {

constexpr const char *Target = "workflowcodec";

// Reads back what encode() wrote and checks both promises of the round trip.
void checkRoundTrip(const Workflow &workflow, const char *stage)
{
    const QString source = QStringLiteral("written.json");
    const QByteArray written = WorkflowCodec::encode(workflow);
    const Result<Workflow> reread = WorkflowCodec::decode(written, source);
    check(reread.ok(), Target, [&] {
        return QStringLiteral("%1: what encode() wrote does not read back: %2")
            .arg(QLatin1String(stage), shown(reread.reason()));
    });
    check(*reread == workflow, Target, [&] {
        return QStringLiteral("%1: the workflow read back differs from the one written")
            .arg(QLatin1String(stage));
    });
    const QByteArray rewritten = WorkflowCodec::encode(*reread);
    check(rewritten == written, Target, [&] {
        return QStringLiteral("%1: writing the workflow again gives other bytes (%2 vs %3 bytes)")
            .arg(QLatin1String(stage))
            .arg(rewritten.size())
            .arg(written.size());
    });
}

} // namespace

int fuzzWorkflowCodec(const uint8_t *data, size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString source = QStringLiteral("fuzz-input.json");
    const Result<Workflow> decoded = WorkflowCodec::decode(input, source);
    if (!decoded) {
        check(decoded.reason().startsWith(source + QLatin1Char(':')), Target, [&] {
            return QStringLiteral("a refusal that does not name the file: %1")
                .arg(shown(decoded.reason()));
        });
        check(decoded.reason().size() > source.size() + 2, Target,
              [&] { return QStringLiteral("a refusal without a reason"); });
        return 0;
    }
    const Workflow &workflow = *decoded;
    checkRoundTrip(workflow, "decoded");

    const QJsonArray groups = WorkflowCodec::encodeFilterGroups(workflow.enrollment.filterGroups);
    const Result<QVector<FilterGroup>> regrouped =
        WorkflowCodec::decodeFilterGroups(groups, QStringLiteral("data-sync filters"));
    check(regrouped.ok(), Target, [&] {
        return QStringLiteral("filter groups written on their own do not read back: %1")
            .arg(shown(regrouped.reason()));
    });
    check(*regrouped == workflow.enrollment.filterGroups, Target,
          [&] { return QStringLiteral("filter groups written on their own read back changed"); });

    // What the engine would ask HubSpot for: must not trip over any property name.
    (void)RecordLoader::propertiesFor(workflow);

    const QVector<ReviewItem> items = WorkflowReview::review(workflow);
    for (const ReviewItem &item : items) {
        check(!item.message.trimmed().isEmpty() && !item.code.isEmpty(), Target, [&] {
            return QStringLiteral("a review item without a message or code (%1)").arg(item.code);
        });
        if (item.fixLabel.isEmpty())
            continue;
        const std::optional<Workflow> fixed = WorkflowReview::applyFix(workflow, item);
        if (fixed)
            checkRoundTrip(*fixed, "after a one-click fix");
    }
    return 0;
}

} // namespace bookflow::fuzz
