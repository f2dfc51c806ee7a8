#include "ui/language.h"

#include "core/platform/languagesetting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <memory>
#include <utility>

namespace bookflow {

namespace {

const QString English = QStringLiteral("en");
const QString NorwegianBokmal = QStringLiteral("nb");

// The translators installed by the last call, owned by the application (so they go with it).
struct Installed
{
    QPointer<QTranslator> qt;
    QPointer<QTranslator> bookflow;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// Loads the first of `candidates` (a file name without .qm, and the folder it is in) that exists.
QTranslator *loadFirst(const QList<std::pair<QString, QString>> &candidates)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    for (const auto &[name, folder] : candidates) {
        if (translator->load(name, folder))
            return translator.release();
    }
    return nullptr;
}

} // namespace

QString uiLanguageFor(const QString &setting, const QLocale &locale)
{
    if (setting == English || setting == NorwegianBokmal)
        return setting;
    // Nynorsk readers get Bokmål rather than English: every Norwegian reads both written forms.
    if (locale.language() == QLocale::NorwegianBokmal ||
        locale.language() == QLocale::NorwegianNynorsk)
        return NorwegianBokmal;
    return English;
}

QString installUiLanguage()
{
    // QLocale() rather than QLocale::system(): it is the system's unless the application (or a
    // test) has set a default.
    QString code = uiLanguageFor(LanguageSetting::read(), QLocale());

    Installed &current = installed();
    uninstall(current.bookflow);
    uninstall(current.qt);

    const QString bookflowFolder = QStringLiteral(":/i18n");
    // bookflow_en holds only the English plural forms ("1 record", "2 records"); the rest of the
    // source text is English already.
    current.bookflow = loadFirst({{QStringLiteral("bookflow_") + code, bookflowFolder}});
    if (!current.bookflow && code != English) {
        // Embedded in the binary, so this means a broken build; English is still readable.
        qWarning("Bookflow has no embedded translation for \"%s\"; it speaks English",
                 qPrintable(code));
        code = English;
        current.bookflow = loadFirst({{QStringLiteral("bookflow_en"), bookflowFolder}});
    }

    // Qt's own strings (standard buttons, text fields' menus, the file dialog): Qt's translation
    // when it ships one, else Bookflow's copy (Qt 6.4 has no Bokmål; translations/qtbase_nb.ts).
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    current.qt = loadFirst({{QStringLiteral("qtbase_") + code, qtFolder},
                            {QStringLiteral("qtbase_") + code, bookflowFolder}});

    if (current.qt)
        QCoreApplication::installTranslator(current.qt);
    if (current.bookflow)
        QCoreApplication::installTranslator(current.bookflow);
    return code;
}

} // namespace bookflow
