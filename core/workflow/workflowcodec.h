#pragma once

#include "core/util/result.h"
#include "core/workflow/workflow.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace bookflow {

// Workflow files, schema 1 (ARCHITECTURE.md "Workflow file"). Decoding is strict about the fields
// it knows (wrong types are errors naming the field) and keeps every field it does not know, so
// a file written by a newer Bookflow survives a round trip. Encoding writes known fields in a fixed
// order, then unknown ones sorted by name, two-space indented: encode(decode(encode(x))) is
// byte-identical to encode(x).
class WorkflowCodec
{
public:
    // Files larger than this are refused before parsing.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    // `sourceName` (a file name, or "the draft") begins every error message.
    static Result<Workflow> decode(const QByteArray &json, const QString &sourceName);
    static QByteArray encode(const Workflow &workflow);

    // Filter groups on their own, in the same JSON shape and with the same strictness as a
    // workflow file's "enrollment.filterGroups" (used for a connection's data-sync filters).
    // `where` begins every error message, as `sourceName` does for decode().
    static QJsonArray encodeFilterGroups(const QVector<FilterGroup> &groups);
    static Result<QVector<FilterGroup>> decodeFilterGroups(const QJsonArray &groups,
                                                           const QString &where);

    // Reads a file; never writes to it. Errors name the file and the problem.
    static Result<Workflow> readFile(const QString &path);
    // Writes atomically with QSaveFile: the old file stays whole if anything fails.
    static Status writeFile(const Workflow &workflow, const QString &path);
};

} // namespace bookflow
