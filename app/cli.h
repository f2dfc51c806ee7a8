#pragma once

#include <QStringList>

namespace bookflow {
int runCli(const QStringList &arguments);
}
