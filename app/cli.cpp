#include "app/cli.h"

namespace bookflow {
int runCli(const QStringList &) { return 0; }
}
