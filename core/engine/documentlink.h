#pragma once

#include "core/store/connection.h"

#include <QString>
#include <QUrl>

namespace bookflow {

// Words for the type of a document Bookflow created, as the ledger keeps it (the QuickBooks
// entity name): "Invoice", "Sales receipt", "Expense" (a Purchase), "Refund receipt", … An
// unknown name is shown as it is.
QString documentTypeLabel(const QString &entityName);

// Where a person opens a document Bookflow created, in QuickBooks' web app (the run history's
// "Open in QuickBooks" and `bookflow-cli history --json`): the company's environment decides the
// host, so a QuickBooks sandbox company's documents open in the sandbox app. A company on a
// local Bookflow sandbox (127.0.0.1, localhost) has no web app, and a run without a document
// has nothing to open: both give an empty URL.
QUrl quickBooksDocumentLink(const Connection &company, const QString &documentType,
                            const QString &documentId);

// Whether the company lives on a local Bookflow sandbox (no QuickBooks web app to open).
bool isLocalSandbox(const Connection &company);

} // namespace bookflow
