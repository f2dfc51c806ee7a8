#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace bookflow {

// application/x-www-form-urlencoded as OAuth token endpoints read it: every name and value
// fully percent-encoded (so '+', '/' and '=' in codes and tokens survive), joined by '&'.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

// The URL without query, fragment or trailing slashes, ready to have a path appended.
QByteArray urlBase(const QUrl &url);

} // namespace bookflow
