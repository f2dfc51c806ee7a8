// The languages of the desktop application: which one installUiLanguage() picks from the setting
// and the locale, a real main window in Norwegian and in English, Qt's own buttons and the plural
// forms in both; and the Norwegian translation file itself — complete, and faithful to the source
// (placeholders, HTML tags, accelerators, surrounding spaces, both plural forms).
//
// If translationsCoverEverySource or theNorwegianFileIsCompleteAndFaithful fails after you added
// or changed a user-visible string: run
//     cmake --build build --target update_translations
// and translate the new messages in translations/bookflow_nb.ts (and fill the English plural forms
// in translations/bookflow_en.ts when the string has a %n count).
#include "core/platform/languagesetting.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/workflowlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace bookflow;

namespace {

// XDG_CONFIG_HOME points here before the application exists, so that QSettings — and the
// language setting in it — never touch the real configuration of the person running the tests.
QTemporaryDir *configHome = nullptr;

QString translationsDir()
{
    return QStringLiteral(BOOKFLOW_SOURCE_DIR "/translations");
}

// One message of a .ts file, as Linguist sees it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "" when finished; "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its plural forms
    qint64 line = 0;

    QString where() const
    {
        return QStringLiteral("line %1, %2: \"%3\"").arg(line).arg(context, source);
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList allMatches(const QRegularExpression &pattern, const QString &text)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

// %1 … %99, %L1, %n, %Ln: what QString::arg() and tr(…, n) fill in. A translation may name an
// argument once where the English repeats it, so the set is compared, not the count.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found = allMatches(pattern, text);
    found.removeDuplicates();
    found.sort();
    return found;
}

// Tags in order: a translation keeps the markup of its source.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    return allMatches(pattern, text);
}

// The keyboard accelerators: "&" before a character other than "&" and space ("&&" is a
// literal ampersand).
int accelerators(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression pattern(QStringLiteral("&[^\\s&]"));
    return int(text.count(pattern));
}

QString edgeSpaces(const QString &text)
{
    int start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    int end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.left(start) + QLatin1Char('|') + text.mid(end);
}

// Everything wrong with one message of a finished translation, as lines for a failure report.
QStringList problemsOf(const Message &m, int pluralForms)
{
    QStringList problems;
    if (m.type == QLatin1String("unfinished"))
        problems << QStringLiteral("unfinished");
    else if (!m.type.isEmpty())
        problems << QStringLiteral("marked %1").arg(m.type);
    if (m.numerus && m.forms.size() != pluralForms)
        problems
            << QStringLiteral("%1 plural forms instead of %2").arg(m.forms.size()).arg(pluralForms);
    for (const QString &form : m.forms) {
        if (form.isEmpty()) {
            problems << QStringLiteral("empty translation");
            continue;
        }
        if (placeholders(form) != placeholders(m.source)) {
            problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\"")
                            .arg(placeholders(form).join(QLatin1Char(' ')),
                                 placeholders(m.source).join(QLatin1Char(' ')), form);
        }
        if (htmlTags(form) != htmlTags(m.source))
            problems << QStringLiteral("HTML tags differ in \"%1\"").arg(form);
        if ((accelerators(form) > 0) != (accelerators(m.source) > 0) || accelerators(form) > 1)
            problems << QStringLiteral("keyboard accelerator (&) differs in \"%1\"").arg(form);
        if (edgeSpaces(form) != edgeSpaces(m.source))
            problems << QStringLiteral("leading or trailing spaces differ in \"%1\"").arg(form);
    }
    return problems;
}

QString lupdateProgram()
{
    const QString beside =
        QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

// Text of the navigation's entries, top to bottom.
QStringList navigationTexts(const MainWindow &window)
{
    QStringList texts;
    const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; navigation && i < navigation->count(); ++i)
        texts << navigation->item(i)->text();
    return texts;
}

QString actionText(const MainWindow &window, const char *objectName)
{
    const auto *action = window.findChild<QAction *>(QLatin1String(objectName));
    return action ? action->text()
                  : QStringLiteral("(no action %1)").arg(QLatin1String(objectName));
}

QString menuTitle(const MainWindow &window, const char *objectName)
{
    const auto *menu = window.findChild<QMenu *>(QLatin1String(objectName));
    return menu ? menu->title() : QStringLiteral("(no menu %1)").arg(QLatin1String(objectName));
}

QString cancelButtonText()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

QString recordsEnrolled(int n)
{
    return QCoreApplication::translate("bookflow::EngineLoop", "%n record(s) enrolled", nullptr, n);
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void languageFollowsTheSettingThenTheLocale_data();
    void languageFollowsTheSettingThenTheLocale();
    void norwegianLocaleShowsANorwegianMainWindow();
    void englishSettingWinsOverANorwegianLocale();
    void englishPluralsReadAsEnglish();
    void theNorwegianFileIsCompleteAndFaithful();
    void theEnglishFileHoldsOnlyFilledPluralForms();
    void translationsCoverEverySource();
};

void TestTranslation::init()
{
    // Each test starts from "no setting" and a Norwegian default locale unless it says otherwise.
    QSettings().clear();
    QSettings().sync();
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
}

void TestTranslation::cleanup()
{
    QSettings().clear();
    QSettings().sync();
    QLocale::setDefault(QLocale::c());
    installUiLanguage();
}

void TestTranslation::languageFollowsTheSettingThenTheLocale_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    const QLocale nynorsk(QLocale::NorwegianNynorsk, QLocale::Norway);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("system, nb_NO") << QString() << bokmal << QStringLiteral("nb");
    QTest::newRow("system, nn_NO") << QString() << nynorsk << QStringLiteral("nb");
    QTest::newRow("system, en_US") << QString() << american << QStringLiteral("en");
    QTest::newRow("system, de_DE: no German, so English")
        << QString() << german << QStringLiteral("en");
    QTest::newRow("system, C") << QString() << QLocale::c() << QStringLiteral("en");
    QTest::newRow("en under nb_NO") << QStringLiteral("en") << bokmal << QStringLiteral("en");
    QTest::newRow("nb under en_US") << QStringLiteral("nb") << american << QStringLiteral("nb");
    QTest::newRow("unknown value follows the locale")
        << QStringLiteral("xx") << bokmal << QStringLiteral("nb");
}

void TestTranslation::languageFollowsTheSettingThenTheLocale()
{
    QFETCH(QString, setting);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(uiLanguageFor(setting, locale), expected);
}

void TestTranslation::norwegianLocaleShowsANorwegianMainWindow()
{
    // Nothing stored: the (Norwegian) locale decides.
    QVERIFY(LanguageSetting::read().isEmpty());
    QCOMPARE(installUiLanguage(), QStringLiteral("nb"));

    QTemporaryDir data;
    QVERIFY(data.isValid());
    MainWindow window(data.path());
    QVERIFY2(window.hasStore(), qPrintable(window.storeError()));

    // The New menu: blank workflows of each kind and the templates.
    QCOMPARE(menuTitle(window, "newWorkflowMenu"), QStringLiteral("Ny arbeidsflyt"));
    QCOMPARE(actionText(window, "newDealWorkflowAction"),
             QStringLiteral("Avtalebasert arbeidsflyt"));
    QCOMPARE(actionText(window, "newQuoteWorkflowAction"),
             QStringLiteral("Tilbudsbasert arbeidsflyt"));
    QCOMPARE(actionText(window, "newPaymentWorkflowAction"),
             QStringLiteral("Betalingsbasert arbeidsflyt"));
    QCOMPARE(menuTitle(window, "newFromTemplateMenu"), QStringLiteral("Fra en mal"));
    QStringList templates;
    for (const QAction *action :
         window.findChildren<QAction *>(QStringLiteral("newFromTemplateAction")))
        templates << action->text();
    QVERIFY2(templates.contains(QStringLiteral("Fakturer e-signerte tilbud (tilbud)")),
             qPrintable(templates.join(QStringLiteral(" | "))));
    QVERIFY2(templates.contains(QStringLiteral("Utgift for betalingsgebyrer (betaling)")),
             qPrintable(templates.join(QStringLiteral(" | "))));
    QCOMPARE(actionText(window, "newAction"), QStringLiteral("&Ny arbeidsflyt…"));

    // The navigation and the menu bar.
    QCOMPARE(navigationTexts(window),
             QStringList({QStringLiteral("Arbeidsflyter"), QStringLiteral("Kjørehistorikk"),
                          QStringLiteral("Må gjennomgås"), QStringLiteral("Tilkoblinger")}));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&Fil"));
    QCOMPARE(menuTitle(window, "editMenu"), QStringLiteral("&Rediger"));
    QCOMPARE(menuTitle(window, "helpMenu"), QStringLiteral("&Hjelp"));

    // Qt's own standard buttons come in Bokmål too (translations/qtbase_nb.ts), and the counts
    // use Norwegian plural forms.
    QCOMPARE(cancelButtonText(), QStringLiteral("Avbryt"));
    QCOMPARE(recordsEnrolled(1), QStringLiteral("1 post registrert"));
    QCOMPARE(recordsEnrolled(3), QStringLiteral("3 poster registrert"));
}

void TestTranslation::englishSettingWinsOverANorwegianLocale()
{
    // Norwegian first, so the test shows that the second call replaces it rather than adding.
    QCOMPARE(installUiLanguage(), QStringLiteral("nb"));
    QVERIFY2(LanguageSetting::write(QStringLiteral("en")), "the setting could not be written");
    // The setting lives in the temporary configuration, never in the real one.
    QVERIFY2(QSettings().fileName().startsWith(configHome->path()),
             qPrintable(QSettings().fileName()));
    QCOMPARE(installUiLanguage(), QStringLiteral("en"));

    QTemporaryDir data;
    QVERIFY(data.isValid());
    MainWindow window(data.path());
    QCOMPARE(menuTitle(window, "newWorkflowMenu"), QStringLiteral("New workflow"));
    QCOMPARE(actionText(window, "newDealWorkflowAction"), QStringLiteral("Deal-based workflow"));
    QCOMPARE(menuTitle(window, "newFromTemplateMenu"), QStringLiteral("From a template"));
    QCOMPARE(navigationTexts(window),
             QStringList({QStringLiteral("Workflows"), QStringLiteral("Run history"),
                          QStringLiteral("Needs review"), QStringLiteral("Connections")}));
    QCOMPARE(menuTitle(window, "fileMenu"), QStringLiteral("&File"));
    QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
}

void TestTranslation::englishPluralsReadAsEnglish()
{
    // The source says "%n record(s)"; bookflow_en.qm turns it into proper English.
    QVERIFY(LanguageSetting::write(QStringLiteral("en")));
    QCOMPARE(installUiLanguage(), QStringLiteral("en"));
    QCOMPARE(recordsEnrolled(1), QStringLiteral("1 record enrolled"));
    QCOMPARE(recordsEnrolled(2), QStringLiteral("2 records enrolled"));
    QCOMPARE(QCoreApplication::translate("bookflow::QboCatalog", "Due in %n day(s)", nullptr, 1),
             QStringLiteral("Due in 1 day"));
    QCOMPARE(QCoreApplication::translate("bookflow::QboCatalog", "Due in %n day(s)", nullptr, 30),
             QStringLiteral("Due in 30 days"));
    // An English locale with nothing stored gets the same.
    QVERIFY(LanguageSetting::write(QString()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(installUiLanguage(), QStringLiteral("en"));
    QCOMPARE(recordsEnrolled(2), QStringLiteral("2 records enrolled"));
}

void TestTranslation::theNorwegianFileIsCompleteAndFaithful()
{
    QString error;
    const QList<Message> messages =
        readTs(QDir(translationsDir()).filePath(QStringLiteral("bookflow_nb.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));

    QStringList report;
    int numerus = 0;
    for (const Message &m : messages) {
        numerus += m.numerus ? 1 : 0;
        // Bokmål has two plural forms: one, and everything else.
        for (const QString &problem : problemsOf(m, 2))
            report << m.where() + QStringLiteral(" — ") + problem;
    }
    QVERIFY(numerus > 0);
    QVERIFY2(
        report.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in bookflow_nb.ts (see the comment at the top "
                                  "of this test for the fix):\n")
                       .arg(report.size()) +
                   report.join(QLatin1Char('\n'))));
}

void TestTranslation::theEnglishFileHoldsOnlyFilledPluralForms()
{
    QString error;
    const QList<Message> messages =
        readTs(QDir(translationsDir()).filePath(QStringLiteral("bookflow_en.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList report;
    for (const Message &m : messages) {
        if (!m.numerus)
            report << m.where() + QStringLiteral(" — not a plural message (lupdate -pluralonly)");
        for (const QString &problem : problemsOf(m, 2))
            report << m.where() + QStringLiteral(" — ") + problem;
    }
    QVERIFY2(report.isEmpty(), qPrintable(report.join(QLatin1Char('\n'))));
}

void TestTranslation::translationsCoverEverySource()
{
    // lupdate reads the sources into a copy of the Norwegian file, exactly as
    // `update_translations` would: a string added to the code but not yet to the file shows up
    // as a new unfinished message, even if nobody ran update_translations.
    const QString lupdate = lupdateProgram();
    QVERIFY2(!lupdate.isEmpty(), "lupdate (qt6-l10n-tools) is needed to build Bookflow and to run "
                                 "this test");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(QStringLiteral("bookflow_nb.ts"));
    QVERIFY(QFile::copy(QDir(translationsDir()).filePath(QStringLiteral("bookflow_nb.ts")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QString source = QStringLiteral(BOOKFLOW_SOURCE_DIR);
    QProcess process;
    process.setWorkingDirectory(source);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                            QStringLiteral("-I"), source, QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const Message &m : messages) {
        if (!m.type.isEmpty() || m.forms.isEmpty() || m.forms.contains(QString()))
            untranslated << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) of the code are not translated in "
                                       "bookflow_nb.ts; run `cmake --build build --target "
                                       "update_translations` and translate them:\n")
                            .arg(untranslated.size()) +
                        untranslated.join(QLatin1Char('\n'))));
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    if (!config.isValid())
        return 1;
    configHome = &config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QApplication::setApplicationName(QStringLiteral("Bookflow"));
    TestTranslation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translation.moc"
