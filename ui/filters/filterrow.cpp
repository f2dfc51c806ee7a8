#include "ui/filters/filterrow.h"

#include "ui/filters/filteredit.h"
#include "ui/filters/filtervalueeditor.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/propertypicker.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace bookflow {

FilterRow::FilterRow(PropertyCatalog *catalog, const QVector<FilterObject> &objects,
                     QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_objects(objects)
{
    // Object, property and the remove button on the first line; the condition, the values and
    // any problem below the property, as HubSpot indents them.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    layout->setColumnStretch(1, 1);

    m_object = new QComboBox(this);
    m_object->setObjectName(QStringLiteral("filterObject"));
    m_object->setAccessibleName(tr("Record the filter reads"));
    m_object->setToolTip(tr("Which record the filter reads: the enrolled one or one associated "
                            "with it"));
    m_object->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (FilterObject object : qAsConst(m_objects))
        m_object->addItem(filterObjectLabel(object), int(object));
    m_object->setVisible(m_objects.size() > 1);
    layout->addWidget(m_object, 0, 0);

    m_picker = new PropertyPicker(catalog, this);
    m_picker->setAccessibleName(tr("Property to check"));
    layout->addWidget(m_picker, 0, 1);

    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeFilter"));
    m_remove->setAccessibleName(tr("Remove this filter"));
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setIcon(icon(QStringLiteral("delete")));
    if (m_remove->icon().isNull())
        m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    layout->addWidget(m_remove, 0, 2);

    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("filterOperator"));
    m_operator->setAccessibleName(tr("Condition"));
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *operatorRow = new QHBoxLayout;
    operatorRow->addWidget(m_operator);
    operatorRow->addStretch(1);
    layout->addLayout(operatorRow, 1, 1);

    m_values = new FilterValueEditor(this);
    layout->addWidget(m_values, 2, 1);

    m_problemRow = new QWidget(this);
    m_problemRow->setObjectName(QStringLiteral("filterProblemRow"));
    auto *problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    m_problemIcon = new QLabel(m_problemRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(iconSize, iconSize));
    problemLayout->addWidget(m_problemIcon, 0, Qt::AlignTop);
    m_problemText = new QLabel(m_problemRow);
    m_problemText->setObjectName(QStringLiteral("filterProblem"));
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    problemLayout->addWidget(m_problemText, 1);
    m_problemRow->hide();
    layout->addWidget(m_problemRow, 3, 1, 1, 2);

    connect(m_object, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const auto object = FilterObject(m_object->itemData(index).toInt());
        if (object == m_filter.object)
            return;
        // Another record's properties are different ones: start the filter over on it.
        Q_EMIT filterEdited(blankFilter(object), tr("Change record"), QString());
    });
    connect(m_picker, &PropertyPicker::picked, this, [this](const PropertyInfo &property) {
        if (property.name == m_filter.property && property.type == m_filter.propertyType)
            return;
        Q_EMIT filterEdited(filterWithProperty(m_filter, property, today()), tr("Change property"),
                            QString());
    });
    connect(m_operator, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const auto op = Operator(m_operator->itemData(index).toInt());
        if (op == m_filter.op)
            return;
        Q_EMIT filterEdited(filterWithOperator(m_filter, op, today()), tr("Change operator"),
                            QString());
    });
    connect(m_values, &FilterValueEditor::valuesEdited, this,
            [this](const QStringList &values, const QString &mergeKey) {
                Filter changed = m_filter;
                changed.values = values;
                m_filter.values = values;
                Q_EMIT filterEdited(changed, tr("Edit values"), mergeKey);
            });
    connect(m_remove, &QToolButton::clicked, this, &FilterRow::removeRequested);
}

std::optional<PropertyInfo> FilterRow::describe() const
{
    if (m_filter.property.isEmpty())
        return std::nullopt;
    return m_picker->describe(m_filter.property);
}

void FilterRow::setFilter(const Filter &filter, const QStringList &problems,
                          const QVector<PropertyInfo> &used)
{
    m_filter = filter;
    m_problems = problems;
    if (m_catalog)
        m_catalog->load(filter.object); // labels for what is shown; once per object
    m_picker->setObject(filter.object);
    m_picker->setUsedProperties(used);
    showFilter();
}

void FilterRow::showFilter()
{
    const bool hasProperty = !m_filter.property.isEmpty();
    {
        const QSignalBlocker blocker(m_object);
        int index = m_object->findData(int(m_filter.object));
        if (index < 0) {
            // A file may read an object this list doesn't offer: show it, review explains.
            m_object->addItem(filterObjectLabel(m_filter.object), int(m_filter.object));
            index = m_object->count() - 1;
            m_object->setVisible(true);
        }
        m_object->setCurrentIndex(index);
    }
    m_picker->setCurrentProperty(m_filter.property);

    {
        const QSignalBlocker blocker(m_operator);
        QVector<Operator> ops = operatorsFor(m_filter.propertyType);
        QString shape;
        for (Operator op : qAsConst(ops))
            shape += operatorKey(op) + QLatin1Char(',');
        const bool foreign = !ops.contains(m_filter.op);
        if (foreign)
            shape += QLatin1Char('!') + operatorKey(m_filter.op);
        if (m_operator->property("shape").toString() != shape) {
            m_operator->clear();
            for (Operator op : qAsConst(ops))
                m_operator->addItem(operatorLabel(op, m_filter.propertyType), int(op));
            if (foreign)
                m_operator->addItem(tr("%1 (not for this kind of property)")
                                        .arg(operatorLabel(m_filter.op, m_filter.propertyType)),
                                    int(m_filter.op));
            m_operator->setProperty("shape", shape);
        }
        m_operator->setCurrentIndex(m_operator->findData(int(m_filter.op)));
        m_operator->setEnabled(hasProperty);
    }

    const std::optional<PropertyInfo> info = describe();
    m_values->setFilter(m_filter, info ? info->options : QVector<QPair<QString, QString>>());
    m_values->setEnabled(hasProperty);
    if (!hasProperty)
        m_values->hide();

    // What is wrong, in words. A filter without a property needs only that said.
    QStringList problems =
        hasProperty ? m_problems : QStringList{tr("Choose the property to check.")};
    if (hasProperty && m_catalog && m_catalog->isLoaded(m_filter.object)) {
        if (!info) {
            problems.append(
                tr("HubSpot has no %1 property named “%2”; choose another one.")
                    .arg(filterObjectLabel(m_filter.object).toLower(), m_filter.property));
        } else if (info->type != m_filter.propertyType) {
            problems.append(
                tr("HubSpot says this property is of the kind “%1”, not “%2”; choose "
                   "it again to use HubSpot's kind.")
                    .arg(propertyTypeLabel(info->type), propertyTypeLabel(m_filter.propertyType)));
        }
    }
    m_problemText->setText(problems.join(QLatin1Char('\n')));
    m_problemRow->setVisible(!problems.isEmpty());
    m_picker->setToolTip(hasProperty
                             ? tr("%1 — internal name %2")
                                   .arg(info ? info->label : m_filter.property, m_filter.property)
                             : tr("Choose the property to check"));
}

QList<QWidget *> FilterRow::focusChain() const
{
    QList<QWidget *> chain;
    if (m_object->isVisibleTo(this))
        chain.append(m_object);
    chain.append(m_picker);
    chain.append(m_operator);
    chain.append(m_values->focusChain());
    chain.append(m_remove);
    return chain;
}

} // namespace bookflow
