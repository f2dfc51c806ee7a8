// Settings: the language (stored in QSettings "ui/language" as "", "en" or "nb", taking effect
// after a restart) and "Start Bookflow at login" (the XDG autostart entry), driven by clicks and
// keys, with XDG_CONFIG_HOME in a temporary folder so that QSettings and the autostart entry are
// written there — checked in the files themselves. Also: Edit ▸ Settings… (Ctrl+,) in the main
// window, and the data folder it hands to the login entry.
#include "core/platform/autostart.h"
#include "core/platform/languagesetting.h"
#include "core/store/store.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bookflow;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The dialog's parts, found as a test (or a screen reader) would: by object name.
struct Parts
{
    explicit Parts(SettingsDialog &dialog)
        : language(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))),
          restartNote(dialog.findChild<QLabel *>(QStringLiteral("restartNote"))),
          autostart(dialog.findChild<QCheckBox *>(QStringLiteral("autostartCheck"))),
          error(dialog.findChild<QLabel *>(QStringLiteral("settingsError"))),
          buttons(dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons")))
    {
    }
    bool complete() const { return language && restartNote && autostart && error && buttons; }
    void clickOk() const
    {
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    void clickCancel() const
    {
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    }
    // On the box itself: the widget is as wide as the dialog, its clickable part is not.
    void clickAutostart() const
    {
        QStyleOptionButton option;
        option.initFrom(autostart);
        const QRect box =
            autostart->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, autostart);
        QTest::mouseClick(autostart, Qt::LeftButton, {}, box.center());
    }

    QComboBox *language;
    QLabel *restartNote;
    QCheckBox *autostart;
    QLabel *error;
    QDialogButtonBox *buttons;
};

// A dialog of its own, shown as the main window shows it (open(), not exec()).
struct OpenSettings
{
    // False when a part is missing or the dialog never shows.
    bool open()
    {
        if (!parts.complete())
            return false;
        dialog.open();
        return QTest::qWaitForWindowExposed(&dialog);
    }

    SettingsDialog dialog;
    Parts parts{dialog};
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

public:
    explicit TestSettingsDialog(const QString &configHome) : m_configHome(configHome) {}

private Q_SLOTS:
    void init();
    void settingsGoToTheTemporaryConfigHome();
    void opensWithWhatIsStored();
    void choosingNorwegianAndStartAtLoginSavesBoth();
    void systemDefaultAndUntickingSaveEmptyAndRemoveTheEntry();
    void cancelChangesNothing();
    void aFailureIsShownAndTheDialogStaysOpen();
    void anUnknownStoredLanguageMeansTheSystemDefault();
    void mainWindowOpensSettingsWithCtrlComma();

private:
    QString settingsFile() const
    {
        return m_configHome + QStringLiteral("/Bookflow/Bookflow.conf");
    }
    QString autostartDir() const { return m_configHome + QStringLiteral("/autostart"); }
    QString entryFile() const { return autostartDir() + QStringLiteral("/bookflow.desktop"); }
    QString storedLanguage() const
    {
        return QSettings()
            .value(QLatin1String(LanguageSetting::Key), QStringLiteral("<none>"))
            .toString();
    }

    QString m_configHome;
};

void TestSettingsDialog::init()
{
    QSettings().clear();
    QSettings().sync();
    const QFileInfo folder(autostartDir());
    if (folder.isDir())
        QVERIFY(QDir(autostartDir()).removeRecursively());
    else if (folder.exists())
        QVERIFY(QFile::remove(autostartDir()));
}

void TestSettingsDialog::settingsGoToTheTemporaryConfigHome()
{
    QCOMPARE(QSettings().fileName(), settingsFile());
    QCOMPARE(Autostart::entryPath(), entryFile());
}

void TestSettingsDialog::opensWithWhatIsStored()
{
    QVERIFY(LanguageSetting::write(QStringLiteral("nb")).ok());
    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/bookflow")).ok());
    OpenSettings opened;
    QVERIFY(opened.open());
    const Parts &parts = opened.parts;
    QCOMPARE(parts.language->currentData().toString(), QStringLiteral("nb"));
    QCOMPARE(parts.language->currentText(), QStringLiteral("Norsk bokmål"));
    QVERIFY(parts.autostart->isChecked());
    QVERIFY(!parts.restartNote->isVisible()); // nothing waits for a restart
    QVERIFY(!parts.error->isVisible());
}

void TestSettingsDialog::choosingNorwegianAndStartAtLoginSavesBoth()
{
    OpenSettings opened;
    QVERIFY(opened.open());
    SettingsDialog &dialog = opened.dialog;
    const Parts &parts = opened.parts;
    QCOMPARE(dialog.autostartProgram(), QCoreApplication::applicationFilePath());
    QCOMPARE(parts.language->count(), 3);
    QCOMPARE(parts.language->currentIndex(), 0);
    QCOMPARE(parts.language->currentText(), QStringLiteral("System default"));
    QVERIFY(!parts.autostart->isChecked());
    QVERIFY(!parts.restartNote->isVisible());

    // System default → English → Norsk bokmål, with the keyboard.
    parts.language->setFocus();
    QTest::keyClick(parts.language, Qt::Key_Down);
    QCOMPARE(parts.language->currentData().toString(), QStringLiteral("en"));
    QTest::keyClick(parts.language, Qt::Key_Down);
    QCOMPARE(parts.language->currentData().toString(), QStringLiteral("nb"));
    QVERIFY(parts.restartNote->isVisible());
    QVERIFY(parts.restartNote->text().contains(QStringLiteral("next time Bookflow starts")));
    parts.clickAutostart();
    QVERIFY(parts.autostart->isChecked());
    // Nothing is saved before OK.
    QCOMPARE(storedLanguage(), QStringLiteral("<none>"));
    QVERIFY(!QFileInfo::exists(entryFile()));

    parts.clickOk();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(storedLanguage(), QStringLiteral("nb"));
    QCOMPARE(LanguageSetting::read(), QStringLiteral("nb"));
    const QByteArray conf = readAll(settingsFile());
    QVERIFY2(conf.contains("[ui]\nlanguage=nb\n"), conf.constData());

    const QByteArray entry = readAll(entryFile());
    QVERIFY2(entry.startsWith("[Desktop Entry]\n"), entry.constData());
    QVERIFY2(entry.contains(
                 ("\nExec=" + Autostart::execValue(QCoreApplication::applicationFilePath(), {}) +
                  QLatin1Char('\n'))
                     .toUtf8()),
             entry.constData());
    QVERIFY(Autostart::isEnabled());
}

void TestSettingsDialog::systemDefaultAndUntickingSaveEmptyAndRemoveTheEntry()
{
    QVERIFY(LanguageSetting::write(QStringLiteral("en")).ok());
    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/bookflow")).ok());
    OpenSettings opened;
    QVERIFY(opened.open());
    SettingsDialog &dialog = opened.dialog;
    const Parts &parts = opened.parts;
    QCOMPARE(parts.language->currentData().toString(), QStringLiteral("en"));
    parts.language->setFocus();
    QTest::keyClick(parts.language, Qt::Key_Up);
    QCOMPARE(parts.language->currentIndex(), 0);
    QVERIFY(parts.restartNote->isVisible());
    parts.clickAutostart();
    QVERIFY(!parts.autostart->isChecked());
    parts.clickOk();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // "" is stored, not left out: the choice of the system is a choice.
    QVERIFY(QSettings().contains(QLatin1String(LanguageSetting::Key)));
    QCOMPARE(storedLanguage(), QString());
    const QByteArray conf = readAll(settingsFile());
    QVERIFY2(conf.contains("[ui]\nlanguage=\n"), conf.constData());
    QVERIFY(!QFileInfo::exists(entryFile()));
    QVERIFY(!Autostart::isEnabled());
}

void TestSettingsDialog::cancelChangesNothing()
{
    OpenSettings opened;
    QVERIFY(opened.open());
    SettingsDialog &dialog = opened.dialog;
    const Parts &parts = opened.parts;
    parts.language->setCurrentIndex(parts.language->findData(QStringLiteral("nb")));
    parts.clickAutostart();
    QVERIFY(parts.autostart->isChecked());
    parts.clickCancel();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(storedLanguage(), QStringLiteral("<none>"));
    QVERIFY(!QFileInfo::exists(autostartDir()));
}

void TestSettingsDialog::aFailureIsShownAndTheDialogStaysOpen()
{
    // A file where the autostart folder belongs: the entry cannot be written (even by root).
    {
        QFile blocker(autostartDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("in the way");
    }
    OpenSettings opened;
    QVERIFY(opened.open());
    SettingsDialog &dialog = opened.dialog;
    const Parts &parts = opened.parts;
    parts.clickAutostart();
    parts.clickOk();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted (yet)
    QVERIFY(parts.error->isVisible());
    QVERIFY2(parts.error->text().contains(QDir::toNativeSeparators(autostartDir())),
             qPrintable(parts.error->text()));
    QVERIFY(parts.autostart->isChecked()); // the choice is kept for another try

    // The cause removed, OK again saves and closes.
    QVERIFY(QFile::remove(autostartDir()));
    parts.clickOk();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(QFileInfo::exists(entryFile()));
}

void TestSettingsDialog::anUnknownStoredLanguageMeansTheSystemDefault()
{
    QSettings().setValue(QLatin1String(LanguageSetting::Key), QStringLiteral("xx"));
    QCOMPARE(LanguageSetting::read(), QString());
    QVERIFY(!LanguageSetting::write(QStringLiteral("xx")).ok());
    SettingsDialog dialog;
    Parts parts(dialog);
    QVERIFY(parts.complete());
    QCOMPARE(parts.language->currentIndex(), 0);
}

void TestSettingsDialog::mainWindowOpensSettingsWithCtrlComma()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    MainWindow window(dataDir.path());
    QVERIFY(window.hasStore());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit && edit->actions().contains(action));

    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
    // Started in the background, and since this window's workspace is not the default one,
    // the login entry must open it again.
    QCOMPARE(dialog->autostartArguments(),
             (QStringList{QStringLiteral("--background"), QStringLiteral("--data-dir"),
                          window.store()->dataDir()}));
    Parts parts(*dialog);
    QVERIFY(parts.complete());
    parts.clickAutostart();
    parts.clickOk();
    QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // closed and deleted
    const QByteArray entry = readAll(entryFile());
    QVERIFY2(entry.contains(
                 ("--background --data-dir " + Autostart::execValue(window.store()->dataDir(), {}))
                     .toUtf8()),
             entry.constData());

    // Help ▸ Keyboard shortcuts lists it.
    window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QTreeWidget *list = nullptr;
    QTRY_VERIFY((list = window.findChild<QTreeWidget *>(QStringLiteral("shortcutsList"))));
    QStringList rows;
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(group)->child(row);
            rows << item->text(0) + QLatin1Char('=') + item->text(1);
        }
    }
    QVERIFY2(
        rows.contains(QStringLiteral("Settings=") +
                      QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)),
        qPrintable(rows.join(QLatin1Char('\n'))));
}

// XDG_CONFIG_HOME is set before the application exists, so QSettings (which caches the folder on
// first use) and the autostart entry only ever see the temporary one: the person's own
// ~/.config is never touched.
int main(int argc, char **argv)
{
    QTemporaryDir configHome;
    if (!configHome.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    QApplication app(argc, argv);
    // The names the GUI sets (app/gui_main.cpp): QSettings() is then Bookflow/Bookflow.conf.
    QApplication::setOrganizationName(QStringLiteral("Bookflow"));
    QApplication::setApplicationName(QStringLiteral("Bookflow"));
    TestSettingsDialog test(configHome.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
