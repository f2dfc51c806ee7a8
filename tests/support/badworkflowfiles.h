#pragma once
// Workflow files as people really end up with them — cut short by a full disk or a download,
// saved by the wrong editor or in the wrong encoding, edited by hand, written by another program
// or a newer Bookflow — for the bad-input tests of the store (tests/core) and the command line
// (tests/cli). Header-only.

#include <QByteArray>
#include <QString>
#include <QVector>

namespace testsupport {

struct WorkflowFileCase
{
    QString name;     // the data row's name
    QByteArray bytes; // the file's content
    QString expected; // a fragment the refusal must contain; empty when the file must import
};

// A small but complete workflow file (schema 1) that imports as it is; every case below is a
// change of it.
inline QByteArray goodWorkflowFile()
{
    return QByteArrayLiteral(
        "{\n"
        "  \"schema\": 1,\n"
        "  \"id\": \"7d1c2f4e-9b8a-4c3d-8e2f-1a0b9c8d7e6f\",\n"
        "  \"name\": \"Invoice signed quotes\",\n"
        "  \"objectType\": \"quote\",\n"
        "  \"enrollment\": {\n"
        "    \"filterGroups\": [\n"
        "      { \"filters\": [ { \"object\": \"quote\", \"property\": "
        "\"hs_esign_num_signers_completed\", \"propertyType\": \"number\", \"operator\": "
        "\"is_known\" } ] }\n"
        "    ],\n"
        "    \"reenroll\": { \"enabled\": false, \"properties\": [] }\n"
        "  },\n"
        "  \"actions\": [\n"
        "    { \"id\": \"a1\", \"type\": \"quickbooks.createInvoice\", \"connection\": \"\",\n"
        "      \"customer\": { \"source\": \"firstAssociatedContact\" },\n"
        "      \"products\": { \"source\": \"lineItems\" }, \"createProductIfMissing\": true }\n"
        "  ]\n"
        "}\n");
}

// `good` with `from` replaced by `to` (exactly once: a case that silently changed nothing would
// test the good file twice).
inline QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    const QByteArray good = goodWorkflowFile();
    Q_ASSERT(good.count(from) == 1);
    return QByteArray(good).replace(from, to);
}

// Files that must be refused, each with what the reason must say.
inline QVector<WorkflowFileCase> badWorkflowFiles()
{
    const QByteArray good = goodWorkflowFile();
    QVector<WorkflowFileCase> cases;
    const auto add = [&](const char *name, const QByteArray &bytes, const char *expected) {
        cases.append({QString::fromUtf8(name), bytes, QString::fromUtf8(expected)});
    };

    // Cut short.
    add("truncated in a string", good.left(good.indexOf("signed quotes")), "not valid JSON");
    add("truncated before the last brace", good.left(good.lastIndexOf('}')), "not valid JSON");
    add("only the first byte", good.left(1), "not valid JSON");
    add("empty", QByteArray(), "empty");
    add("only blank lines", QByteArray("\n  \r\n\t\n"), "empty");
    add("zeros where the end was (a crash while saving)",
        good.left(good.size() / 2) + QByteArray(good.size() / 2, '\0'), "not valid JSON");

    // Not one JSON object.
    add("two files pasted together", good + good, "not valid JSON");
    add("text after the end", good + "\nthanks!\n", "not valid JSON");
    add("null", QByteArray("null"), "not valid JSON");
    add("a list of workflows", "[" + good + "]", "expected a JSON object");
    add("a number", QByteArray("1"), "not valid JSON");
    add("an HTML page saved as .json",
        QByteArray("<!DOCTYPE html><html><head><title>Download</title></head></html>"),
        "not valid JSON");
    add("a PNG image", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "not valid JSON");
    add("another program's JSON", QByteArray("{\"type\": \"FeatureCollection\", \"features\": []}"),
        "no “schema”");
    add("the sandbox's state file",
        QByteArray("{\"format\": \"bookflow-sandbox-state\", \"version\": 1}"), "no “schema”");

    // Encodings.
    add("invalid UTF-8 in the name", edited("Invoice signed", "Invoice \xC3\x28signed"),
        "not UTF-8");
    add("Latin-1 (Windows-1252) text", edited("Invoice signed", "Fakturer \xE6\xF8\xE5 signed"),
        "not UTF-8");
    {
        // What Notepad's "Unicode" writes: UTF-16 little-endian with its byte-order mark.
        const QString text = QString::fromUtf8(good);
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        add("UTF-16 with a byte-order mark", utf16, "UTF-16");
    }

    // Nesting.
    add("nested 5000 deep in an extra field",
        edited("\"objectType\"",
               "\"deep\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + ", \"objectType\""),
        "nested too deeply");
    add("actions nested in lists", edited("\"actions\": [", "\"actions\": [[[[1]]], "),
        "“actions[0]” must be an object, not a list");

    // Wrong types, at every level.
    add("schema as text", edited("\"schema\": 1", "\"schema\": \"1\""), "whole number");
    add("schema 1.5", edited("\"schema\": 1", "\"schema\": 1.5"), "whole number");
    add("schema null", edited("\"schema\": 1", "\"schema\": null"), "whole number");
    add("schema from a newer Bookflow", edited("\"schema\": 1", "\"schema\": 2"),
        "schema 2, which this version of Bookflow cannot read");
    add("schema -1", edited("\"schema\": 1", "\"schema\": -1"), "schema -1");
    add("schema far too large", edited("\"schema\": 1", "\"schema\": 1e300"), "cannot read");
    add("id a number", edited("\"id\": \"7d1c", "\"id\": 7, \"x\": \"7d1c"), "“id” must be text");
    add("name a list", edited("\"name\": \"Invoice signed quotes\"", "\"name\": [\"Invoice\"]"),
        "“name” must be text, not a list");
    add("objectType unknown", edited("\"objectType\": \"quote\"", "\"objectType\": \"ticket\""),
        "“objectType” “ticket” is not one of");
    add("objectType missing", edited("\"objectType\": \"quote\",", ""), "“objectType” is missing");
    add("enrollment text", edited("\"enrollment\": {", "\"enrollment\": \"all\", \"x\": {"),
        "“enrollment” must be an object, not text");
    add("filterGroups an object",
        edited("\"filterGroups\": [", "\"filterGroups\": {\"a\": 1}, \"x\": ["),
        "“enrollment.filterGroups” must be a list, not an object");
    add("a filter group null", edited("\"filterGroups\": [", "\"filterGroups\": [null, "),
        "“enrollment.filterGroups[0]” must be an object, not null");
    add("a filter a number", edited("\"filters\": [", "\"filters\": [42, "),
        "“enrollment.filterGroups[0].filters[0]” must be an object, not a number");
    add("operator unknown", edited("\"is_known\"", "\"is_roughly\""),
        "“enrollment.filterGroups[0].filters[0].operator” “is_roughly”");
    add("reenroll enabled as text", edited("\"enabled\": false", "\"enabled\": \"no\""),
        "“enrollment.reenroll.enabled” must be true or false, not text");
    add("reenroll properties numbers", edited("\"properties\": []", "\"properties\": [1, 2]"),
        "“enrollment.reenroll.properties[0]” must be text, not a number");
    add("actions an object", edited("\"actions\": [", "\"actions\": {\"a\": 1}, \"x\": ["),
        "“actions” must be a list, not an object");
    add("an action true", edited("\"actions\": [", "\"actions\": [true, "),
        "“actions[0]” must be an object, not true/false");
    add("action type unknown", edited("quickbooks.createInvoice", "quickbooks.createBill"),
        "“actions[0].type” “quickbooks.createBill”");
    add("customer text", edited("\"customer\": {", "\"customer\": \"me\", \"x\": {"),
        "“actions[0].customer” must be an object, not text");
    add("products source unknown", edited("\"lineItems\"", "\"everything\""),
        "“actions[0].products.source” “everything”");
    add("createProductIfMissing text",
        edited("\"createProductIfMissing\": true", "\"createProductIfMissing\": \"yes\""),
        "“actions[0].createProductIfMissing” must be true or false");
    return cases;
}

// Unusual but valid files: each must import, and export again with nothing lost.
inline QVector<WorkflowFileCase> unusualGoodWorkflowFiles()
{
    const QByteArray good = goodWorkflowFile();
    QVector<WorkflowFileCase> cases;
    const auto add = [&](const char *name, const QByteArray &bytes) {
        cases.append({QString::fromUtf8(name), bytes, QString()});
    };
    add("a UTF-8 byte-order mark", "\xEF\xBB\xBF" + good);
    add("Windows line endings", QByteArray(good).replace("\n", "\r\n"));
    add("schema written 1.0", edited("\"schema\": 1", "\"schema\": 1.0"));
    // Not JSON by the letter (control characters must be escaped), but whole: the NUL is kept.
    add("a raw NUL byte inside the name",
        edited("Invoice signed", QByteArray("Invoice\0signed", 14)));
    add("right-to-left, emoji, combining marks, escaped NUL and control characters",
        edited(
            "Invoice signed quotes",
            "\xD7\xA4\xD7\x95\xD7\xA8\xD7\x99 \xD9\x81\xD8\xA7\xD8\xAA\xD9\x88\xD8\xB1\xD8\xA9 "
            "\xF0\x9F\xA7\xBE\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBC "
            "e\xCC\x81\xCC\x81 Z\xCD\x91\xCD\x97 \\u0000 \\u0007 \xE2\x80\xA8 \xE2\x80\xAE end"));
    add("nested 1000 deep in an extra field",
        edited("\"objectType\"",
               "\"deep\": " + QByteArray(1000, '[') + QByteArray(1000, ']') + ", \"objectType\""));
    add("8 MB of notes in an extra field",
        edited("\"objectType\"", "\"notes\": \"" +
                                     QByteArray("Notes from the bookkeeper. ").repeated(300000) +
                                     "\", \"objectType\""));
    return cases;
}

} // namespace testsupport
