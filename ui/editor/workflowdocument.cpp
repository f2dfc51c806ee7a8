#include "ui/editor/workflowdocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace bookflow {

class WorkflowEditCommand : public QUndoCommand
{
public:
    WorkflowEditCommand(WorkflowDocument &document, Workflow before, Workflow after,
                        const QString &text, const QString &mergeKey)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document.set(m_before); }
    void redo() override { m_document.set(m_after); }

    // QUndoStack merges only commands with the same id ≥ 0; the key decides for real.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const WorkflowEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        // Typing back to where the field started leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    WorkflowDocument &m_document;
    Workflow m_before;
    Workflow m_after;
    QString m_mergeKey;
};

WorkflowDocument::WorkflowDocument(const Workflow &saved, QObject *parent)
    : QObject(parent), m_workflow(saved), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

WorkflowDocument::~WorkflowDocument() = default;

void WorkflowDocument::apply(const Workflow &after, const QString &text, const QString &mergeKey)
{
    if (after == m_workflow)
        return;
    m_undo->push(new WorkflowEditCommand(*this, m_workflow, after, text, mergeKey));
}

bool WorkflowDocument::isModified() const
{
    return !m_undo->isClean();
}

void WorkflowDocument::markSaved()
{
    m_undo->setClean();
}

void WorkflowDocument::set(const Workflow &workflow)
{
    m_workflow = workflow;
    Q_EMIT changed();
}

} // namespace bookflow
