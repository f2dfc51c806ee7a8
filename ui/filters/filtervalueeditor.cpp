#include "ui/filters/filtervalueeditor.h"

#include "ui/filters/chiplist.h"
#include "ui/filters/flowlayout.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// Enough check boxes to need a search field and a scrolled list.
constexpr int ManyOptions = 12;

QString dateFormat(const QLocale &locale)
{
    // The person's short date with a four-digit year: "3/31/24" is ambiguous in a trigger.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

FilterValueEditor::FilterValueEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterValues"));
    setAccessibleName(tr("Values"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void FilterValueEditor::setFilter(const Filter &filter,
                                  const QVector<QPair<QString, QString>> &options)
{
    m_filter = filter;
    m_options = options;
    m_kind = filterValueKind(filter.op, filter.propertyType);
    // An enumeration HubSpot gave no options for (not loaded, or a typed name): values typed.
    if (m_kind == FilterValueKind::Options && m_options.isEmpty())
        m_kind = FilterValueKind::TextList;

    QString shape = QString::number(int(m_kind)) + QLatin1Char('/') +
                    QString::number(valueCountFor(filter.op).max);
    if (m_kind == FilterValueKind::Options) {
        for (const auto &option : qAsConst(m_options))
            shape += QLatin1Char('/') + option.first + QLatin1Char('=') + option.second;
        // Values HubSpot doesn't offer get a check box of their own, so they are part of it.
        for (const QString &value : filter.values) {
            bool known = false;
            for (const auto &option : qAsConst(m_options))
                known = known || option.first == value;
            if (!known)
                shape += QLatin1String("/?") + value;
        }
    }
    if (shape != m_shape) {
        m_shape = shape;
        rebuild();
    }
    showValues();
    setVisible(m_kind != FilterValueKind::None);
}

void FilterValueEditor::rebuild()
{
    if (m_body) {
        m_body->setObjectName(QString());
        for (QWidget *child : m_body->findChildren<QWidget *>())
            child->setObjectName(QString()); // not found by name while they wait to be deleted
        m_body->hide();
        m_body->deleteLater(); // one of its fields may be the sender that got us here
    }
    m_body = new QWidget(this);
    layout()->addWidget(m_body);
    m_chips = nullptr;
    m_numbers.clear();
    m_dates.clear();
    m_days = nullptr;
    m_optionSearch = nullptr;
    m_checks.clear();

    switch (m_kind) {
    case FilterValueKind::None:
        break;
    case FilterValueKind::TextList:
        buildChips();
        break;
    case FilterValueKind::Options:
        buildOptions();
        break;
    case FilterValueKind::Number:
        buildNumbers(valueCountFor(m_filter.op).max == 2 ? 2 : 1);
        break;
    case FilterValueKind::Date:
        buildDates(valueCountFor(m_filter.op).max == 2 ? 2 : 1);
        break;
    case FilterValueKind::Days:
        buildDays();
        break;
    }
    m_body->show(); // with its fields, now rather than when the layout gets round to it
}

void FilterValueEditor::buildChips()
{
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new ChipList(m_body);
    m_chips->setObjectName(QStringLiteral("valueChips"));
    m_chips->setAccessibleName(tr("Values"));
    m_chips->setInputPlaceholder(tr("+ value, then Enter"));
    m_chips->input()->setObjectName(QStringLiteral("valueInput"));
    m_chips->input()->setAccessibleName(tr("Add a value"));
    m_chips->input()->setToolTip(tr("Type a value and press Enter to add it"));
    layout->addWidget(m_chips);
    connect(m_chips, &ChipList::addRequested, this, [this](const QString &text) {
        if (m_filter.values.contains(text))
            return;
        Q_EMIT valuesEdited(m_filter.values + QStringList{text}, QString());
    });
    connect(m_chips, &ChipList::removeRequested, this, [this](int index) {
        if (index < 0 || index >= m_filter.values.size())
            return;
        QStringList values = m_filter.values;
        values.removeAt(index);
        Q_EMIT valuesEdited(values, QString());
    });
}

void FilterValueEditor::buildOptions()
{
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    QVector<QPair<QString, QString>> shown = m_options;
    for (const QString &value : qAsConst(m_filter.values)) {
        bool known = false;
        for (const auto &option : qAsConst(m_options))
            known = known || option.first == value;
        if (!known)
            shown.append({value, tr("%1 (not offered by HubSpot)").arg(value)});
    }

    auto *checks = new QWidget;
    checks->setObjectName(QStringLiteral("valueOptions"));
    auto *flow = new FlowLayout(checks);
    flow->setUniformColumns(true);
    for (const auto &option : qAsConst(shown)) {
        auto *check = new QCheckBox(option.second, checks);
        check->setObjectName(QStringLiteral("option"));
        check->setProperty("optionValue", option.first);
        check->setAccessibleName(option.second);
        if (option.first != option.second)
            check->setToolTip(tr("Stored as %1").arg(option.first));
        flow->addWidget(check);
        m_checks.append(check);
        const QString value = option.first;
        connect(check, &QCheckBox::clicked, this, [this, value](bool checked) {
            QStringList values = m_filter.values;
            if (checked && !values.contains(value))
                values.append(value);
            if (!checked)
                values.removeAll(value);
            Q_EMIT valuesEdited(values, QString());
        });
    }

    if (shown.size() > ManyOptions) {
        m_optionSearch = new QLineEdit(m_body);
        m_optionSearch->setObjectName(QStringLiteral("optionSearch"));
        m_optionSearch->setAccessibleName(tr("Search the options"));
        m_optionSearch->setPlaceholderText(tr("Search %n options", nullptr, int(shown.size())));
        m_optionSearch->setClearButtonEnabled(true);
        layout->addWidget(m_optionSearch);
        connect(m_optionSearch, &QLineEdit::textChanged, this, &FilterValueEditor::filterOptions);
        auto *scroll = new QScrollArea(m_body);
        scroll->setObjectName(QStringLiteral("optionScroll"));
        scroll->setAccessibleName(tr("Options"));
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(checks);
        scroll->setMaximumHeight(fontMetrics().height() * 12);
        layout->addWidget(scroll);
    } else {
        checks->setParent(m_body);
        layout->addWidget(checks);
    }
}

void FilterValueEditor::filterOptions(const QString &text)
{
    for (QCheckBox *check : qAsConst(m_checks)) {
        const bool match =
            text.isEmpty() || check->text().contains(text, Qt::CaseInsensitive) ||
            check->property("optionValue").toString().contains(text, Qt::CaseInsensitive);
        check->setVisible(match || check->isChecked());
    }
}

void FilterValueEditor::buildNumbers(int fields)
{
    auto *layout = new QHBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    // Exact decimal text as typed (money is never a double); letters can't be typed, and what
    // isn't a number yet (a lone "-") is shown as a problem by the row, not silently dropped.
    static const QRegularExpression numberText(QStringLiteral("^-?[0-9]*\\.?[0-9]*$"));
    for (int i = 0; i < fields; ++i) {
        if (i > 0)
            layout->addWidget(new QLabel(tr("and"), m_body));
        auto *edit = new QLineEdit(m_body);
        edit->setObjectName(QStringLiteral("numberValue%1").arg(i + 1));
        edit->setAccessibleName(
            fields == 1 ? tr("Number") : (i == 0 ? tr("Lowest number") : tr("Highest number")));
        edit->setPlaceholderText(tr("e.g. 1250.50"));
        edit->setValidator(new QRegularExpressionValidator(numberText, edit));
        edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        layout->addWidget(edit, 1);
        m_numbers.append(edit);
        connect(edit, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            editValue(i, text, QStringLiteral("number%1").arg(i));
        });
        connect(edit, &QLineEdit::editingFinished, this, [this] { ++m_typingSession; });
    }
    if (fields == 1)
        layout->addStretch(1);
}

void FilterValueEditor::buildDates(int fields)
{
    auto *layout = new QHBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < fields; ++i) {
        if (i > 0)
            layout->addWidget(new QLabel(tr("and"), m_body));
        auto *edit = new QDateEdit(m_body);
        edit->setObjectName(QStringLiteral("dateValue%1").arg(i + 1));
        edit->setAccessibleName(fields == 1 ? tr("Date")
                                            : (i == 0 ? tr("First date") : tr("Last date")));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat(locale()));
        edit->setDate(QDate::currentDate());
        layout->addWidget(edit, fields == 1 ? 0 : 1);
        m_dates.append(edit);
        connect(edit, &QDateEdit::dateChanged, this, [this, i](const QDate &date) {
            editValue(i, date.toString(Qt::ISODate), QStringLiteral("date%1").arg(i));
        });
        connect(edit, &QDateEdit::editingFinished, this, [this] { ++m_typingSession; });
    }
    if (fields == 1)
        layout->addStretch(1);
}

void FilterValueEditor::buildDays()
{
    auto *layout = new QHBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_days = new QSpinBox(m_body);
    m_days->setObjectName(QStringLiteral("daysValue"));
    m_days->setAccessibleName(tr("Number of days"));
    m_days->setRange(0, 999999); // the review's limit: up to six digits
    m_days->setAccelerated(true);
    layout->addWidget(m_days);
    auto *unit = new QLabel(tr("days ago"), m_body);
    unit->setBuddy(m_days);
    layout->addWidget(unit);
    layout->addStretch(1);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this,
            [this](int days) { editValue(0, QString::number(days), QStringLiteral("days")); });
    connect(m_days, &QSpinBox::editingFinished, this, [this] { ++m_typingSession; });
}

QString FilterValueEditor::typingKey(const QString &field) const
{
    // One key per field and per stretch of typing: leaving the field ends the undo step.
    return field + QLatin1Char('#') + QString::number(m_typingSession);
}

void FilterValueEditor::editValue(int index, const QString &value, const QString &field)
{
    int fields = 1;
    if (m_kind == FilterValueKind::Number)
        fields = int(m_numbers.size());
    else if (m_kind == FilterValueKind::Date)
        fields = int(m_dates.size());
    QStringList values = m_filter.values;
    while (values.size() < fields)
        values.append(QString());
    values = values.mid(0, fields);
    values[index] = value;
    // No value typed at all is no value, not one empty value.
    bool allEmpty = true;
    for (const QString &v : qAsConst(values))
        allEmpty = allEmpty && v.isEmpty();
    if (allEmpty)
        values.clear();
    m_filter.values = values; // the next keystroke builds on this one even before a refresh
    Q_EMIT valuesEdited(values, typingKey(field));
}

void FilterValueEditor::showValues()
{
    switch (m_kind) {
    case FilterValueKind::None:
        break;
    case FilterValueKind::TextList: {
        QStringList labels;
        QStringList tips;
        for (const QString &value : qAsConst(m_filter.values)) {
            QString label = value;
            for (const auto &option : qAsConst(m_options)) {
                if (option.first == value)
                    label = option.second;
            }
            labels.append(label);
            tips.append(label == value ? QString() : tr("Stored as %1").arg(value));
        }
        m_chips->setChips(labels, tips);
        break;
    }
    case FilterValueKind::Options:
        for (QCheckBox *check : qAsConst(m_checks)) {
            const QSignalBlocker blocker(check);
            check->setChecked(m_filter.values.contains(check->property("optionValue").toString()));
        }
        break;
    case FilterValueKind::Number:
        for (int i = 0; i < m_numbers.size(); ++i) {
            const QString value = m_filter.values.value(i);
            if (m_numbers.at(i)->text() != value) {
                const QSignalBlocker blocker(m_numbers.at(i));
                m_numbers.at(i)->setText(value);
            }
        }
        break;
    case FilterValueKind::Date:
        for (int i = 0; i < m_dates.size(); ++i) {
            const QDate date = QDate::fromString(m_filter.values.value(i), Qt::ISODate);
            if (date.isValid() && m_dates.at(i)->date() != date) {
                const QSignalBlocker blocker(m_dates.at(i));
                m_dates.at(i)->setDate(date);
            }
        }
        break;
    case FilterValueKind::Days: {
        bool ok = false;
        const int days = m_filter.values.value(0).toInt(&ok);
        if (ok && m_days->value() != days) {
            const QSignalBlocker blocker(m_days);
            m_days->setValue(days);
        }
        break;
    }
    }
}

QList<QWidget *> FilterValueEditor::focusChain() const
{
    QList<QWidget *> chain;
    switch (m_kind) {
    case FilterValueKind::None:
        break;
    case FilterValueKind::TextList:
        chain = m_chips->focusChain();
        break;
    case FilterValueKind::Options:
        if (m_optionSearch)
            chain.append(m_optionSearch);
        for (QCheckBox *check : m_checks)
            chain.append(check);
        break;
    case FilterValueKind::Number:
        for (QLineEdit *edit : m_numbers)
            chain.append(edit);
        break;
    case FilterValueKind::Date:
        for (QDateEdit *edit : m_dates)
            chain.append(edit);
        break;
    case FilterValueKind::Days:
        chain.append(m_days);
        break;
    }
    return chain;
}

} // namespace bookflow
