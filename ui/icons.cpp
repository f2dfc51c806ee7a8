#include "ui/icons.h"

#include <QHash>

namespace bookflow {

QIcon icon(const QString &name)
{
    // QIcon's SVG engine renders per requested size; caching the QIcon keeps that work shared.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace bookflow
