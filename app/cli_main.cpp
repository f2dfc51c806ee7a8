#include "app/cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bookflow-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOOKFLOW_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bookflow"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    return bookflow::runCli(app.arguments());
}
