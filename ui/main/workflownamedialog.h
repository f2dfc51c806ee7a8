#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bookflow {

// Asks for the name of a new workflow (New workflow ▸ blank or a template). Prefilled so that
// Enter alone accepts; "Create" stays disabled while the name is blank.
//
// Object names for tests and integration: "workflowNameDialog", "workflowNameField",
// "createWorkflowButton".
class WorkflowNameDialog : public QDialog
{
    Q_OBJECT

public:
    // `description` says what the workflow will start with (a template's description, or what a
    // blank workflow of the type is); empty for none.
    WorkflowNameDialog(const QString &title, const QString &description, const QString &name,
                       QWidget *parent = nullptr);

    // The name typed, trimmed.
    QString name() const;

private:
    QLineEdit *m_name = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bookflow
