#include "ui/settings/settingsdialog.h"

#include "core/platform/autostart.h"
#include "core/platform/languagesetting.h"
#include "ui/hintlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bookflow {

namespace {

// A language's own name, in that language: the person looking for it may not read the current one.
QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    return code;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_storedLanguage(LanguageSetting::read()),
      m_storedAutostart(Autostart::isEnabled()), m_program(QCoreApplication::applicationFilePath())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : LanguageSetting::codes())
        m_language->addItem(nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_storedLanguage)));

    m_restartNote =
        hintLabel(tr("The new language takes effect the next time Bookflow starts."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));

    m_autostart = new QCheckBox(tr("&Start Bookflow at login"), this);
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));
    m_autostart->setChecked(m_storedAutostart);
    QLabel *autostartHint = hintLabel(
        tr("Bookflow starts in the background when you log in to this computer, so the "
           "workflows that are on keep running without you opening it."),
        this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_autostart);
    layout->addWidget(autostartHint);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void SettingsDialog::setAutostartCommand(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void SettingsDialog::updateRestartNote()
{
    // The running Bookflow read the stored language at start-up; only a different choice waits.
    m_restartNote->setVisible(m_language->currentData().toString() != m_storedLanguage);
}

void SettingsDialog::showError(const QString &reason)
{
    m_error->setText(reason);
    m_error->show();
}

void SettingsDialog::accept()
{
    m_error->hide();
    const QString language = m_language->currentData().toString();
    if (language != m_storedLanguage) {
        const Status saved = LanguageSetting::write(language);
        if (!saved) {
            showError(saved.reason());
            return;
        }
        m_storedLanguage = language;
    }
    const bool autostart = m_autostart->isChecked();
    if (autostart != m_storedAutostart) {
        const Status changed =
            autostart ? Autostart::enable(m_program, m_arguments) : Autostart::disable();
        if (!changed) {
            showError(changed.reason());
            return;
        }
        m_storedAutostart = autostart;
    }
    QDialog::accept();
}

} // namespace bookflow
