#include "core/engine/qbodirectory.h"

namespace bookflow {

QboDirectory::~QboDirectory() = default;

ApiResult<std::optional<QboObject>> QboDirectory::itemNameOwner(const QString &name)
{
    return itemByName(name);
}

} // namespace bookflow
