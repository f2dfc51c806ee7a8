#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;

namespace bookflow {

// Help ▸ Keyboard shortcuts: the window's actions that have a shortcut, grouped by menu, read from
// the actions themselves so the list can never drift from what the keys do.
//
// Object names: "shortcutsDialog", "shortcutsList".
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // (group title, its actions) in display order; actions without a shortcut are left out.
    using Groups = QList<QPair<QString, QList<QAction *>>>;
    // An action property: the label to list instead of the action's current text.
    static constexpr const char *LabelProperty = "shortcutsLabel";
    explicit ShortcutsDialog(const Groups &groups, QWidget *parent = nullptr);
};

} // namespace bookflow
