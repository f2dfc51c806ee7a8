#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace bookflow {

// Edit ▸ Settings… (Ctrl+,): the language of Bookflow (core/platform/languagesetting.h; it
// changes the next time Bookflow starts) and "Start Bookflow at login"
// (core/platform/autostart.h).
//
// OK saves what changed; Cancel leaves everything as it was. When saving fails (the autostart
// folder cannot be written, …) the dialog says why and stays open.
//
// Object names: "settingsDialog", "languageCombo" (item data: "", "en", "nb"), "restartNote",
// "autostartCheck", "settingsError", "settingsButtons".
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // What the login entry starts. By default this program, without arguments.
    void setAutostartCommand(const QString &program, const QStringList &arguments);
    QString autostartProgram() const { return m_program; }
    QStringList autostartArguments() const { return m_arguments; }

public Q_SLOTS:
    void accept() override;

private:
    void updateRestartNote();
    void showError(const QString &reason);

    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QString m_storedLanguage;
    bool m_storedAutostart = false;
    QString m_program;
    QStringList m_arguments;
};

} // namespace bookflow
