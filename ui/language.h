#pragma once

#include <QLocale>
#include <QString>

namespace bookflow {

// The language of the desktop application, chosen once at start-up from Settings › Language
// (LanguageSetting: "" follows the locale, "en" or "nb"). The command line follows the locale.

// The code of the language Bookflow speaks for the stored `setting` on a computer whose locale
// is `locale`: "nb" or "en". A locale in neither language gets English, the source language.
QString uiLanguageFor(const QString &setting, const QLocale &locale);

// Reads the setting (QSettings of the running application), installs Qt's own translations and
// Bookflow's for that language — replacing the ones an earlier call installed — and returns the
// code of the language installed. Call it once the QApplication exists and before anything
// shows text: widgets keep the texts they were given.
QString installUiLanguage();

} // namespace bookflow
