#pragma once

#include <QIcon>
#include <QString>

namespace bookflow {

// An icon of resources/icons/<name>.svg (":/icons/<name>.svg"): SVG, so it is sharp at any
// device pixel ratio. Drawn in one neutral grey that reads on light and dark palettes.
// Names in use: add, delete, undo, redo, save, test, publish, trigger, action, search, warning,
// error, ok, fail, history, review, connections, import, export, duplicate, reconnect,
// disconnect, open-external, retry, refresh, workflow, hubspot, quickbooks, on, off, versions,
// run, end.
QIcon icon(const QString &name);

} // namespace bookflow
