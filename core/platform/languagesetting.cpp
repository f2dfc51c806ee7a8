#include "core/platform/languagesetting.h"

#include "core/util/tr.h"

#include <QSettings>

namespace bookflow {

QStringList LanguageSetting::codes()
{
    return {QStringLiteral("en"), QStringLiteral("nb")};
}

QString LanguageSetting::read()
{
    const QString code = QSettings().value(QLatin1String(Key)).toString();
    // A hand-edited or future value must not leave Bookflow without a language.
    return codes().contains(code) ? code : QString();
}

Status LanguageSetting::write(const QString &code)
{
    if (!code.isEmpty() && !codes().contains(code))
        return Failure{Tr::tr("Bookflow has no translation for “%1”.").arg(code)};
    QSettings settings;
    // "" is stored too (not removed): the file then says that the choice was the system's.
    settings.setValue(QLatin1String(Key), code.isEmpty() ? QStringLiteral("") : code);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return Failure{
            Tr::tr("Bookflow could not save its settings to %1.").arg(settings.fileName())};
    }
    return Status::success();
}

} // namespace bookflow
