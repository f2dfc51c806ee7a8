#include "ui/main/workflownamedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bookflow {

WorkflowNameDialog::WorkflowNameDialog(const QString &title, const QString &description,
                                       const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workflowNameDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, this) * 2);
    if (!description.isEmpty()) {
        auto *about = new QLabel(description, this);
        about->setObjectName(QStringLiteral("workflowNameDescription"));
        about->setWordWrap(true);
        about->setTextFormat(Qt::PlainText);
        layout->addWidget(about);
    }

    auto *form = new QFormLayout;
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("workflowNameField"));
    m_name->setAccessibleName(tr("Workflow name"));
    m_name->selectAll();
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create"));
    create->setObjectName(QStringLiteral("createWorkflowButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [create](const QString &text) { create->setEnabled(!text.trimmed().isEmpty()); });
    create->setEnabled(!name.trimmed().isEmpty());
    layout->addWidget(m_buttons);

    // Wide enough for a long name and the template descriptions on two or three lines.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
}

QString WorkflowNameDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace bookflow
