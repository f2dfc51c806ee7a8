#pragma once

#include "core/workflow/workflow.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace bookflow {

// The workflow being edited in one editor window: its current draft and the undo history.
//
// Every edit, whatever panel makes it, goes through apply(): the whole workflow before and after
// is kept, so every kind of edit undoes and redoes the same way and nothing can be half undone.
// Edits with the same merge key in a row (typing into one field) become one undo step.
// "Modified" means the draft differs from what was last saved to the store (the undo stack's
// clean state), so undoing back to the saved state clears the mark.
class WorkflowDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowDocument(const Workflow &saved, QObject *parent = nullptr);
    ~WorkflowDocument() override;

    const Workflow &workflow() const { return m_workflow; }
    QUndoStack *undoStack() const { return m_undo; }

    // Makes `after` the draft as one undoable edit named `text` ("Change payment terms"). Does
    // nothing when `after` equals the current draft.
    void apply(const Workflow &after, const QString &text, const QString &mergeKey = QString());

    bool isModified() const;
    // The current draft is what the store now holds.
    void markSaved();

Q_SIGNALS:
    // After every apply, undo and redo; `workflow()` is the new draft.
    void changed();
    void modifiedChanged(bool modified);

private:
    friend class WorkflowEditCommand;
    void set(const Workflow &workflow);

    Workflow m_workflow;
    QUndoStack *m_undo = nullptr;
};

} // namespace bookflow
