#pragma once

#include <QByteArray>
#include <QString>

namespace bookflow {

// Indents compact JSON text for reading, character by character: numbers keep exactly the digits
// they were written with (QboJson::serialize writes money as 12.30; a QJsonDocument round trip
// would print 12.3). Text that is not JSON comes back indented as far as it could be followed.
QString prettyJsonText(const QByteArray &compact, int indent = 2);

} // namespace bookflow
