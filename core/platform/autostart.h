#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bookflow {

// "Start Bookflow at login": a desktop entry in the user's autostart folder, which every
// freedesktop.org desktop (GNOME, KDE, Xfce, …) starts when the person logs in (XDG Autostart
// Specification: $XDG_CONFIG_HOME/autostart/<name>.desktop, $XDG_CONFIG_HOME defaulting to
// ~/.config).
//
// Bookflow installs no system-wide autostart entry, so turning it off is removing the user's
// file; an entry someone else marked Hidden=true (or GNOME's X-GNOME-Autostart-enabled=false)
// counts as off, and turning it on writes it anew.
class Autostart
{
public:
    // $XDG_CONFIG_HOME/autostart/bookflow.desktop, read from the environment on each call.
    static QString entryPath();

    // Whether the desktop will start Bookflow at login.
    static bool isEnabled();

    // Writes the entry that starts `program` (an absolute path) with `arguments`, replacing any
    // entry there (the program may have moved since it was written). Creates the folder.
    static Status enable(const QString &program, const QStringList &arguments = {});
    // Removes the entry; nothing to do when there is none.
    static Status disable();

    // The entry enable() writes.
    static QByteArray entryText(const QString &program, const QStringList &arguments);
    // The Exec= value for `program` and `arguments`: quoted where the Desktop Entry
    // Specification requires it, "%" doubled, then escaped as a string value ("\\" for "\").
    static QString execValue(const QString &program, const QStringList &arguments);
};

} // namespace bookflow
