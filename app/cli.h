#pragma once

#include <QStringList>

namespace bookflow {

// bookflow-cli (ARCHITECTURE.md "Command-line contract"). Exit codes: 0 success, 1 the command
// ran and found problems (validation errors), 2 bad usage or input (one-line reason on stderr).
int runCli(const QStringList &arguments);

} // namespace bookflow
