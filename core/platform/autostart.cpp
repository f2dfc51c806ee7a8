#include "core/platform/autostart.h"

#include "core/util/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace bookflow {

namespace {

// Desktop Entry Specification, "The Exec key": an argument holding any of these must be quoted.
bool needsQuotes(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (argument.isEmpty())
        return true;
    for (const QChar c : argument) {
        if (reserved.contains(c))
            return true;
    }
    return false;
}

// One argument of Exec=: inside double quotes, `"`, `` ` ``, `$` and `\` take a backslash.
// "%" starts a field code (%U, %f, …) anywhere in Exec, so a literal one is "%%".
QString quoteArgument(const QString &argument)
{
    QString quoted;
    if (needsQuotes(argument)) {
        quoted += QLatin1Char('"');
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        quoted += QLatin1Char('"');
    } else {
        quoted = argument;
    }
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return quoted;
}

// Escapes of a string value (Desktop Entry Specification, "Possible value types"), applied after
// the Exec quoting: that is why a backslash inside a quoted argument ends up as four.
QString escapeValue(const QString &value)
{
    QString escaped;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            escaped += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\r");
        else
            escaped += c;
    }
    return escaped;
}

// The value of `key` in the [Desktop Entry] group of `text`, or empty.
QString entryValue(const QString &text, const QString &key)
{
    bool inEntry = false;
    QString value;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inEntry && equals > 0 && line.left(equals).trimmed() == key)
            value = line.mid(equals + 1).trimmed();
    }
    return value;
}

} // namespace

QString Autostart::entryPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME, or ~/.config when it is not set.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/bookflow.desktop"));
}

bool Autostart::isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(file.readAll());
    return entryValue(text, QStringLiteral("Hidden")) != QLatin1String("true") &&
           entryValue(text, QStringLiteral("X-GNOME-Autostart-enabled")) != QLatin1String("false");
}

QString Autostart::execValue(const QString &program, const QStringList &arguments)
{
    QStringList words{quoteArgument(program)};
    for (const QString &argument : arguments)
        words << quoteArgument(argument);
    return escapeValue(words.join(QLatin1Char(' ')));
}

QByteArray Autostart::entryText(const QString &program, const QStringList &arguments)
{
    const QStringList lines{
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=Bookflow"),
        QStringLiteral("Comment=") +
            escapeValue(
                Tr::tr("Keeps the workflows that are on running from the moment you log in")),
        QStringLiteral("Exec=") + execValue(program, arguments),
        // A moved or removed program makes the desktop skip the entry instead of failing.
        QStringLiteral("TryExec=") + escapeValue(program),
        QStringLiteral("Icon=bookflow"),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Status Autostart::enable(const QString &program, const QStringList &arguments)
{
    const QString path = entryPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Failure{Tr::tr("Bookflow could not create the folder %1, so it cannot start at "
                              "login.")
                           .arg(QDir::toNativeSeparators(folder))};
    }
    // All or nothing: a half-written entry would start nothing, or something else.
    QSaveFile file(path);
    const QByteArray text = entryText(program, arguments);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return Failure{Tr::tr("Bookflow could not write %1, so it cannot start at login: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return Status::success();
}

Status Autostart::disable()
{
    QFile file(entryPath());
    if (!file.exists() || file.remove())
        return Status::success();
    return Failure{Tr::tr("Bookflow could not remove %1, so it will still start at login: %2")
                       .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
}

} // namespace bookflow
