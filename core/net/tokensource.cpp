#include "core/net/tokensource.h"

namespace bookflow {

TokenSource::~TokenSource() = default;

} // namespace bookflow
