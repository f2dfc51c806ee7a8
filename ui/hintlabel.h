#pragma once

#include <QLabel>
#include <QPalette>
#include <QString>

namespace bookflow {

// A quiet line of explanation under a control: wrapped, plain text (never read as rich text),
// in the palette's placeholder colour so it follows the light or dark theme.
inline QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace bookflow
