#include "ui/filters/propertypicker.h"

#include "ui/filters/filteredit.h"
#include "ui/filters/propertycatalog.h"
#include "ui/icons.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bookflow {

namespace {

constexpr int IndexRole = Qt::UserRole + 1; // index into m_listed; -1 for a group heading

// HubSpot internal names: letters, digits and underscores (custom ones are lower case, some
// default ones are not), starting with a letter.
bool looksLikeInternalName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return re.match(text).hasMatch();
}

} // namespace

PropertyPicker::PropertyPicker(PropertyCatalog *catalog, QWidget *parent)
    : QComboBox(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("propertyPicker"));
    setAccessibleName(tr("Property"));
    setPlaceholderText(tr("Choose a property…"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (m_catalog) {
        connect(m_catalog, &PropertyCatalog::loaded, this, &PropertyPicker::onCatalogChanged);
        connect(m_catalog, &PropertyCatalog::failed, this,
                [this](FilterObject object, const QString &) { onCatalogChanged(object); });
    }
    buildPopup();
}

PropertyPicker::~PropertyPicker() = default;

void PropertyPicker::buildPopup()
{
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("propertyPickerPopup"));
    m_popup->setAccessibleName(tr("Choose a property"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_search = new QLineEdit(m_popup);
    m_search->setObjectName(QStringLiteral("propertySearch"));
    m_search->setAccessibleName(tr("Search properties"));
    m_search->setPlaceholderText(tr("Search properties by label or internal name"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(m_popup);
    m_status->setObjectName(QStringLiteral("propertyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("Try again"), m_popup);
    m_retry->setObjectName(QStringLiteral("propertyRetry"));
    m_retry->setAccessibleName(tr("Load the properties from HubSpot again"));
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_catalog)
            m_catalog->retry(m_object);
        updateStatus();
    });

    m_list = new QTreeWidget(m_popup);
    m_list->setObjectName(QStringLiteral("propertyList"));
    m_list->setAccessibleName(tr("Properties"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFocusPolicy(Qt::NoFocus); // the search field keeps the keyboard
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { pickItem(item); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { pickItem(item); });

    m_typedRow = new QWidget(m_popup);
    m_typedRow->setObjectName(QStringLiteral("typedPropertyRow"));
    auto *typedLayout = new QVBoxLayout(m_typedRow);
    typedLayout->setContentsMargins(0, 0, 0, 0);
    m_typedLabel = new QLabel(m_typedRow);
    m_typedLabel->setObjectName(QStringLiteral("typedPropertyLabel"));
    m_typedLabel->setWordWrap(true);
    m_typedLabel->setTextFormat(Qt::PlainText);
    typedLayout->addWidget(m_typedLabel);
    auto *typedControls = new QHBoxLayout;
    auto *asLabel = new QLabel(tr("Kind of property:"), m_typedRow);
    typedControls->addWidget(asLabel);
    m_typedType = new QComboBox(m_typedRow);
    m_typedType->setObjectName(QStringLiteral("typedPropertyType"));
    m_typedType->setAccessibleName(tr("Kind of property"));
    for (PropertyType type :
         {PropertyType::Text, PropertyType::Number, PropertyType::Date, PropertyType::DateTime,
          PropertyType::Enumeration, PropertyType::Bool})
        m_typedType->addItem(propertyTypeLabel(type), int(type));
    asLabel->setBuddy(m_typedType);
    typedControls->addWidget(m_typedType, 1);
    m_useTyped = new QPushButton(tr("Use"), m_typedRow);
    m_useTyped->setObjectName(QStringLiteral("useTypedProperty"));
    m_useTyped->setAccessibleName(tr("Use the typed internal name"));
    typedControls->addWidget(m_useTyped);
    typedLayout->addLayout(typedControls);
    layout->addWidget(m_typedRow);
    connect(m_useTyped, &QPushButton::clicked, this, &PropertyPicker::pickTyped);

    connect(m_search, &QLineEdit::textChanged, this, &PropertyPicker::applySearch);
    m_popup->hide();
}

void PropertyPicker::setObject(FilterObject object)
{
    if (m_object == object)
        return;
    m_object = object;
    updateDisplay();
    if (isPopupVisible())
        populate();
}

void PropertyPicker::setUsedProperties(const QVector<PropertyInfo> &used)
{
    m_used = used;
    updateDisplay();
}

void PropertyPicker::setCurrentProperty(const QString &name)
{
    m_current = name;
    updateDisplay();
}

std::optional<PropertyInfo> PropertyPicker::describe(const QString &name) const
{
    if (m_catalog) {
        if (std::optional<PropertyInfo> known = m_catalog->find(m_object, name))
            return known;
    }
    for (const PropertyInfo &info : m_used) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

void PropertyPicker::updateDisplay()
{
    const QSignalBlocker blocker(this);
    if (m_current.isEmpty()) {
        clear();
        setToolTip(tr("Choose the property to check"));
        return;
    }
    const std::optional<PropertyInfo> info = describe(m_current);
    const QString label = info ? info->label : m_current;
    const QString tip = tr("Internal name: %1").arg(m_current);
    if (count() != 1 || itemText(0) != label) {
        clear();
        addItem(label);
    }
    setItemData(0, tip, Qt::ToolTipRole);
    setCurrentIndex(0);
    setToolTip(tip);
}

void PropertyPicker::onCatalogChanged(FilterObject object)
{
    if (object != m_object)
        return;
    updateDisplay();
    if (isPopupVisible()) {
        populate();
        updateStatus();
    }
}

bool PropertyPicker::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void PropertyPicker::showPopup()
{
    if (m_catalog)
        m_catalog->load(m_object);
    m_search->clear();
    populate();
    updateStatus();

    // Below the picker, at least wide enough for a label and its internal name side by side,
    // moved up or left when the screen ends.
    const int width = std::max(this->width(), fontMetrics().averageCharWidth() * 52);
    const int height = std::max(fontMetrics().height() * 22, 260);
    QPoint at = mapToGlobal(QPoint(0, this->height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.x() + width > area.right())
            at.setX(std::max(area.left(), area.right() - width));
        if (at.y() + height > area.bottom())
            at.setY(std::max(area.top(), mapToGlobal(QPoint(0, 0)).y() - height));
    }
    m_popup->setGeometry(QRect(at, QSize(width, height)));
    m_popup->show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void PropertyPicker::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void PropertyPicker::populate()
{
    m_list->clear();
    m_listed.clear();
    const QColor secondary = m_list->palette().color(QPalette::Disabled, QPalette::Text);
    QFont heading = m_list->font();
    heading.setBold(true);

    QHash<QString, QTreeWidgetItem *> groups;
    auto groupItem = [&](const QString &label) {
        QTreeWidgetItem *&item = groups[label];
        if (!item) {
            item = new QTreeWidgetItem(m_list, QStringList{label});
            item->setFlags(Qt::ItemIsEnabled);
            item->setFont(0, heading);
            item->setData(0, IndexRole, -1);
            item->setFirstColumnSpanned(true);
        }
        return item;
    };
    auto add = [&](const PropertyInfo &info, const QString &group) {
        auto *item = new QTreeWidgetItem(groupItem(group), QStringList{info.label, info.name});
        item->setData(0, IndexRole, int(m_listed.size()));
        item->setForeground(1, secondary);
        const QString tip = tr("%1 — internal name %2, %3")
                                .arg(info.label, info.name, propertyTypeLabel(info.type).toLower());
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        m_listed.append(info);
        if (info.name == m_current)
            m_list->setCurrentItem(item);
    };

    QSet<QString> listedNames;
    if (m_catalog && m_catalog->isLoaded(m_object)) {
        for (const PropertyInfo &info : m_catalog->properties(m_object)) {
            // Hidden properties stay out of the list, like in HubSpot, unless already used.
            if (info.hidden && info.name != m_current)
                continue;
            add(info, info.group);
            listedNames.insert(info.name);
        }
    }
    const QString usedGroup = tr("Used here");
    QVector<PropertyInfo> used = m_used;
    if (!m_current.isEmpty() && !describe(m_current))
        used.append(PropertyInfo{m_current, m_current, QString(), PropertyType::Text, {}, false});
    for (const PropertyInfo &info : qAsConst(used)) {
        if (listedNames.contains(info.name))
            continue;
        add(info, usedGroup);
        listedNames.insert(info.name);
    }
    m_list->expandAll();
    applySearch();
}

QString PropertyPicker::typedName() const
{
    return m_search->text().trimmed();
}

void PropertyPicker::applySearch()
{
    const QString text = typedName();
    QTreeWidgetItem *firstVisible = nullptr;
    bool exactName = false;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const PropertyInfo &info = m_listed.at(item->data(0, IndexRole).toInt());
            const bool match = text.isEmpty() || info.label.contains(text, Qt::CaseInsensitive) ||
                               info.name.contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            if (match) {
                ++visible;
                if (!firstVisible)
                    firstVisible = item;
            }
            if (info.name == text)
                exactName = true;
        }
        group->setHidden(visible == 0);
    }
    QTreeWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden() || current->data(0, IndexRole).toInt() < 0)
        m_list->setCurrentItem(firstVisible);
    if (m_list->currentItem())
        m_list->scrollToItem(m_list->currentItem());

    // A typed name is offered when nothing listed matches, or when HubSpot can't be asked.
    const bool listed = m_catalog && m_catalog->isLoaded(m_object);
    const bool typed =
        !text.isEmpty() && looksLikeInternalName(text) && !exactName && (!firstVisible || !listed);
    m_typedRow->setVisible(typed);
    if (typed) {
        m_typedLabel->setText(
            listed ? tr("HubSpot lists no property named “%1”. Use it anyway as an internal name?")
                         .arg(text)
                   : tr("Use “%1” as the property's internal name.").arg(text));
    }
    updateStatus();
}

void PropertyPicker::updateStatus()
{
    QString status;
    bool retry = false;
    if (!m_catalog) {
        status = tr("HubSpot's properties aren't available here. Type a property's internal "
                    "name to use it.");
    } else if (m_catalog->isLoading(m_object)) {
        status = tr("Loading the properties from HubSpot…");
    } else if (!m_catalog->error(m_object).isEmpty()) {
        status = tr("The properties couldn't be loaded from HubSpot: %1\nThe properties already "
                    "used are listed; you can also type a property's internal name.")
                     .arg(m_catalog->error(m_object));
        retry = true;
    } else if (m_catalog->isLoaded(m_object) && !typedName().isEmpty()) {
        bool any = false;
        for (int g = 0; g < m_list->topLevelItemCount() && !any; ++g)
            any = !m_list->topLevelItem(g)->isHidden();
        if (!any)
            status = tr("No property matches “%1”.").arg(typedName());
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_retry->setVisible(retry);
}

void PropertyPicker::moveCurrent(int step)
{
    QList<QTreeWidgetItem *> items;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                items.append(group->child(i));
        }
    }
    if (items.isEmpty())
        return;
    const int at = int(items.indexOf(m_list->currentItem()));
    const int next = at < 0 ? 0 : std::clamp(at + step, 0, int(items.size()) - 1);
    m_list->setCurrentItem(items.at(next));
    m_list->scrollToItem(items.at(next));
}

void PropertyPicker::pickItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, IndexRole).toInt();
    if (index < 0 || index >= m_listed.size())
        return;
    const PropertyInfo info = m_listed.at(index);
    hidePopup();
    Q_EMIT picked(info);
}

void PropertyPicker::pickTyped()
{
    const QString name = typedName();
    if (!looksLikeInternalName(name))
        return;
    PropertyInfo info;
    info.name = name;
    info.label = name;
    info.type = PropertyType(m_typedType->currentData().toInt());
    if (info.type == PropertyType::Bool)
        info.options = PropertyCatalog::yesNoOptions();
    hidePopup();
    Q_EMIT picked(info);
}

bool PropertyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(10);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-10);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_list->currentItem() && !m_list->currentItem()->isHidden())
                pickItem(m_list->currentItem());
            else if (m_typedRow->isVisible())
                pickTyped();
            return true;
        case Qt::Key_Escape:
            hidePopup();
            setFocus(Qt::PopupFocusReason);
            return true;
        default:
            break;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void PropertyPicker::wheelEvent(QWheelEvent *event)
{
    // One shown item: scrolling must not "change" the property under the pointer.
    QWidget::wheelEvent(event);
}

void PropertyPicker::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (event->modifiers() & Qt::AltModifier || event->key() == Qt::Key_Down) {
            showPopup();
            return;
        }
        event->ignore();
        return;
    default:
        QComboBox::keyPressEvent(event);
    }
}

} // namespace bookflow
