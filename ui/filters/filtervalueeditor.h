#pragma once

#include "core/workflow/filter.h"
#include "ui/filters/filteredit.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bookflow {

class ChipList;
class FlowLayout;

// The values of one filter, with the editor its operator and property type need
// (filterValueKind): chips for lists of texts, exact decimal fields, date pickers, a number of
// days, or check boxes for an enumeration's options. It shows what it is given and asks for
// changes through valuesEdited(); refreshing with the same filter leaves the fields (and the
// cursor in them) alone.
class FilterValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterValueEditor(QWidget *parent = nullptr);

    // `options` (value, label) are the property's, for enumerations and yes/no properties.
    void setFilter(const Filter &filter, const QVector<QPair<QString, QString>> &options);
    FilterValueKind kind() const { return m_kind; }
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // `mergeKey` is set while typing in one field ("number0#3"), so a typed value becomes one
    // undo step; empty for a chip added or removed or an option (un)checked.
    void valuesEdited(const QStringList &values, const QString &mergeKey);

private:
    void rebuild();
    void showValues();
    void buildChips();
    void buildOptions();
    void buildNumbers(int fields);
    void buildDates(int fields);
    void buildDays();
    QString typingKey(const QString &field) const;
    void editValue(int index, const QString &value, const QString &field);
    void filterOptions(const QString &text);

    Filter m_filter;
    QVector<QPair<QString, QString>> m_options;
    FilterValueKind m_kind = FilterValueKind::None;
    QString m_shape; // what the current fields were built for
    int m_typingSession = 0;

    QWidget *m_body = nullptr;
    ChipList *m_chips = nullptr;
    QVector<QLineEdit *> m_numbers;
    QVector<QDateEdit *> m_dates;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_optionSearch = nullptr;
    QVector<QCheckBox *> m_checks;
};

} // namespace bookflow
