#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

namespace bookflow {

// The language chosen in Settings, kept in QSettings under "ui/language" (the application's
// default QSettings: organization and application "Bookflow", so
// $XDG_CONFIG_HOME/Bookflow/Bookflow.conf on Linux):
//   ""   follow the system's locale (also what a missing or unknown value means)
//   "en" English, the source language
//   "nb" Norwegian Bokmål
// The value is read once, at start-up, before any text is shown: a change takes effect after a
// restart.
struct LanguageSetting
{
    static constexpr const char *Key = "ui/language";

    // The codes Settings offers besides "" (the system's), in the order it lists them.
    static QStringList codes();
    // The stored code, or "" when none or one Bookflow does not offer is stored.
    static QString read();
    // Stores `code` ("" or one of codes()) and writes it to disk now.
    static Status write(const QString &code);
};

} // namespace bookflow
