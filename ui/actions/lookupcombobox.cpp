#include "ui/actions/lookupcombobox.h"

#include "ui/icons.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStylePainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace bookflow {

// ---- the list model --------------------------------------------------------------------------

// Fixed entries, then the rows that match the search. The rows are searched in one pass over
// strings folded once when the rows arrive, and a longer search narrows the previous matches
// instead of starting over: a keystroke over 10,000 rows takes a few milliseconds even in a
// debug build, within one frame. No per-row objects: the view (uniform row heights) asks only
// for the rows it paints.
class LookupListModel : public QAbstractListModel
{
public:
    enum Role { IdRole = Qt::UserRole + 1, DetailRole, FixedRole };

    explicit LookupListModel(QObject *parent) : QAbstractListModel(parent) {}

    void setFixed(const QVector<LookupRow> &fixed)
    {
        beginResetModel();
        m_fixed = fixed;
        endResetModel();
    }

    void setRows(const QVector<LookupRow> &rows)
    {
        beginResetModel();
        m_rows = rows;
        m_folded.clear();
        m_folded.reserve(rows.size());
        for (const LookupRow &row : rows)
            m_folded.append(row.name.toCaseFolded() + QLatin1Char('\n') +
                            row.detail.toCaseFolded());
        filterAll();
        endResetModel();
    }

    void setSearch(const QString &text)
    {
        const QString needle = text.trimmed().toCaseFolded();
        if (needle == m_needle)
            return;
        beginResetModel();
        if (!m_needle.isEmpty() && needle.contains(m_needle)) {
            // What matches the longer text is among what matched the shorter one.
            QVector<int> narrowed;
            narrowed.reserve(m_matches.size());
            for (int index : qAsConst(m_matches)) {
                if (m_folded.at(index).contains(needle))
                    narrowed.append(index);
            }
            m_needle = needle;
            m_matches = std::move(narrowed);
        } else {
            m_needle = needle;
            filterAll();
        }
        endResetModel();
    }

    QString search() const { return m_needle; }
    int fixedCount() const { return m_fixed.size(); }
    int matchCount() const { return m_matches.size(); }
    int totalCount() const { return m_rows.size(); }

    // The view row showing `id`, or -1.
    int rowOf(const QString &id) const
    {
        for (int i = 0; i < m_fixed.size(); ++i) {
            if (m_fixed.at(i).id == id)
                return i;
        }
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_rows.at(m_matches.at(i)).id == id)
                return m_fixed.size() + i;
        }
        return -1;
    }

    const LookupRow &rowAt(int row) const
    {
        return row < m_fixed.size() ? m_fixed.at(row)
                                    : m_rows.at(m_matches.at(row - m_fixed.size()));
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_fixed.size() + m_matches.size();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const LookupRow &row = rowAt(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return row.name;
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return row.detail.isEmpty() ? row.name
                                        : QStringLiteral("%1 (%2)").arg(row.name, row.detail);
        case IdRole:
            return row.id;
        case DetailRole:
            return row.detail;
        case FixedRole:
            return index.row() < m_fixed.size();
        default:
            return {};
        }
    }

private:
    void filterAll()
    {
        m_matches.clear();
        m_matches.reserve(m_rows.size());
        if (m_needle.isEmpty()) {
            for (int i = 0; i < m_rows.size(); ++i)
                m_matches.append(i);
            return;
        }
        for (int i = 0; i < m_folded.size(); ++i) {
            if (m_folded.at(i).contains(m_needle))
                m_matches.append(i);
        }
    }

    QVector<LookupRow> m_fixed;
    QVector<LookupRow> m_rows;
    QVector<QString> m_folded; // name + '\n' + detail, case-folded
    QVector<int> m_matches;    // indexes into m_rows, in order
    QString m_needle;
};

// ---- how a row is drawn -----------------------------------------------------------------------

// The name on the left, the detail (account type, email, SKU) on the right in the muted text
// colour; each elided so nothing is clipped mid-letter.
class LookupItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        const QString detail = index.data(LookupListModel::DetailRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(margin(opt), 0, -margin(opt), 0);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);

        painter->save();
        QFont font = opt.font;
        if (index.data(LookupListModel::FixedRole).toBool())
            font.setItalic(true);
        painter->setFont(font);
        const QFontMetrics fm(font);
        const int gap = fm.horizontalAdvance(QLatin1Char('M'));
        int detailWidth = 0;
        QString shownDetail;
        if (!detail.isEmpty()) {
            // The detail gets at most 45 % of the row; the name the rest.
            shownDetail = fm.elidedText(detail, Qt::ElideRight, area.width() * 45 / 100);
            detailWidth = fm.horizontalAdvance(shownDetail);
        }
        const int nameWidth = area.width() - (detailWidth > 0 ? detailWidth + gap : 0);
        const Qt::Alignment leading = Qt::AlignVCenter | Qt::AlignLeading;
        const Qt::Alignment trailing = Qt::AlignVCenter | Qt::AlignTrailing;
        const QRect nameRect = QStyle::visualRect(
            opt.direction, area, QRect(area.left(), area.top(), nameWidth, area.height()));
        painter->setPen(text);
        painter->drawText(nameRect, int(leading), fm.elidedText(name, Qt::ElideRight, nameWidth));
        if (detailWidth > 0) {
            painter->setPen(muted);
            painter->drawText(area, int(QStyle::visualAlignment(opt.direction, trailing)),
                              shownDetail);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics fm(option.font);
        size.setHeight(qMax(size.height(), fm.height() + fm.height() / 2));
        return size;
    }

private:
    static int margin(const QStyleOptionViewItem &opt)
    {
        return QFontMetrics(opt.font).horizontalAdvance(QLatin1Char(' ')) / 2;
    }
};

// ---- the popup ------------------------------------------------------------------------------

class LookupPopup : public QFrame
{
public:
    explicit LookupPopup(LookupComboBox *owner) : QFrame(owner, Qt::Popup), m_owner(owner)
    {
        setObjectName(QStringLiteral("lookupPopup"));
        setFrameShape(QFrame::StyledPanel);
        setAttribute(Qt::WA_WindowPropagation);

        auto *layout = new QVBoxLayout(this);
        const int spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
        layout->setContentsMargins(spacing, spacing, spacing, spacing);
        layout->setSpacing(spacing);

        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("lookupSearch"));
        m_search->setPlaceholderText(LookupComboBox::tr("Search"));
        m_search->setAccessibleName(LookupComboBox::tr("Search the list"));
        m_search->setClearButtonEnabled(true);
        m_search->addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
        m_search->installEventFilter(this);
        layout->addWidget(m_search);

        m_list = new QListView(this);
        m_list->setObjectName(QStringLiteral("lookupList"));
        m_list->setAccessibleName(LookupComboBox::tr("Matching entries"));
        // Uniform sizes: the view never measures 10,000 rows, it multiplies.
        m_list->setUniformItemSizes(true);
        m_list->setLayoutMode(QListView::SinglePass);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_list->setTextElideMode(Qt::ElideRight);
        m_list->setMouseTracking(true);
        m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the search field
        m_list->setItemDelegate(new LookupItemDelegate(m_list));
        m_list->setModel(owner->m_model);
        layout->addWidget(m_list, 1);

        auto *statusRow = new QHBoxLayout;
        statusRow->setSpacing(spacing);
        m_busy = new QProgressBar(this);
        m_busy->setObjectName(QStringLiteral("lookupBusy"));
        m_busy->setAccessibleName(LookupComboBox::tr("Loading"));
        m_busy->setRange(0, 0); // busy: no percentage is known
        m_busy->setTextVisible(false);
        m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 10);
        m_busy->setMaximumHeight(fontMetrics().height());
        statusRow->addWidget(m_busy);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("lookupStatus"));
        m_status->setWordWrap(true);
        m_status->setTextFormat(Qt::PlainText);
        statusRow->addWidget(m_status, 1);
        m_retry = new QPushButton(LookupComboBox::tr("Retry"), this);
        m_retry->setObjectName(QStringLiteral("lookupRetry"));
        m_retry->setAccessibleName(LookupComboBox::tr("Load the list again"));
        m_retry->setFlat(true);
        // A link, in the palette's link colour: it belongs to the sentence beside it.
        QPalette linkPalette = m_retry->palette();
        linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
        m_retry->setPalette(linkPalette);
        m_retry->setCursor(Qt::PointingHandCursor);
        m_retry->setFocusPolicy(Qt::TabFocus);
        statusRow->addWidget(m_retry);
        layout->addLayout(statusRow);

        QObject::connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_owner->m_model->setSearch(text);
            highlightAfterSearch();
            updateStatus();
        });
        QObject::connect(m_list, &QListView::clicked, this,
                         [this](const QModelIndex &index) { pickIndex(index); });
        QObject::connect(m_list, &QListView::entered, this, [this](const QModelIndex &index) {
            if (index.isValid())
                m_list->setCurrentIndex(index);
        });
        QObject::connect(m_retry, &QPushButton::clicked, m_owner, &LookupComboBox::retryRequested);
    }

    QLineEdit *search() const { return m_search; }

    // Shown fresh: empty search, the chosen row highlighted and in view.
    void open(const QString &initialText)
    {
        m_search->blockSignals(true);
        m_search->setText(initialText);
        m_search->blockSignals(false);
        m_owner->m_model->setSearch(initialText);
        updateStatus();
        placeBelowOwner();
        show();
        m_search->setFocus(Qt::PopupFocusReason);
        m_search->end(false);
        if (initialText.isEmpty())
            highlightCurrent();
        else
            highlightAfterSearch();
        updateStatus();
    }

    // The model was rebuilt (new rows or state): keep the highlight sensible.
    void refresh()
    {
        m_owner->m_model->setSearch(m_search->text());
        if (m_search->text().trimmed().isEmpty())
            highlightCurrent();
        else
            highlightAfterSearch();
        updateStatus();
    }

    void updateStatus()
    {
        const LookupListModel *model = m_owner->m_model;
        m_busy->setVisible(m_owner->m_loading);
        m_retry->setVisible(!m_owner->m_loading && !m_owner->m_error.isEmpty());
        QString text;
        if (m_owner->m_loading) {
            text = LookupComboBox::tr("Loading…");
        } else if (!m_owner->m_error.isEmpty()) {
            text = m_owner->m_error;
        } else if (!model->search().isEmpty()) {
            text = model->matchCount() == 0 ? LookupComboBox::tr("No matches")
                                            : LookupComboBox::tr("%1 of %2")
                                                  .arg(QLocale().toString(model->matchCount()),
                                                       QLocale().toString(model->totalCount()));
        } else if (model->totalCount() == 0 && model->fixedCount() == 0) {
            text = LookupComboBox::tr("No matches");
        }
        const bool changed = m_status->text() != text || m_status->isVisible() == text.isEmpty();
        m_status->setText(text);
        m_status->setVisible(!text.isEmpty());
        // A longer reason wraps onto more lines: the popup grows rather than clip it.
        if (changed && isVisible())
            placeBelowOwner();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_search && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Down:
            case Qt::Key_Up:
            case Qt::Key_PageDown:
            case Qt::Key_PageUp:
                moveHighlight(key->key());
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                pickIndex(m_list->currentIndex());
                return true;
            case Qt::Key_Escape:
                close();
                return true;
            case Qt::Key_F4:
                close();
                return true;
            default:
                break;
            }
        }
        return QFrame::eventFilter(watched, event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        // A click on the closed combo box closes the popup and must not open it again.
        const QPoint onOwner = m_owner->mapFromGlobal(event->globalPosition().toPoint());
        if (m_owner->rect().contains(onOwner))
            setAttribute(Qt::WA_NoMouseReplay);
        QFrame::mousePressEvent(event);
    }

    void hideEvent(QHideEvent *event) override
    {
        QFrame::hideEvent(event);
        m_owner->update();
        if (m_owner->isVisible())
            m_owner->setFocus(Qt::PopupFocusReason);
    }

private:
    void moveHighlight(int key)
    {
        const int count = m_owner->m_model->rowCount();
        if (count == 0)
            return;
        const int page =
            qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)) - 1);
        int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (key) {
        case Qt::Key_Down:
            row = row + 1;
            break;
        case Qt::Key_Up:
            row = row < 0 ? 0 : row - 1;
            break;
        case Qt::Key_PageDown:
            row = row + page;
            break;
        case Qt::Key_PageUp:
            row = row - page;
            break;
        default:
            break;
        }
        setHighlight(qBound(0, row, count - 1));
    }

    void setHighlight(int row)
    {
        if (row < 0 || row >= m_owner->m_model->rowCount()) {
            m_list->setCurrentIndex(QModelIndex());
            return;
        }
        const QModelIndex index = m_owner->m_model->index(row);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index, QAbstractItemView::EnsureVisible);
    }

    void highlightCurrent()
    {
        const int row = m_owner->m_model->rowOf(m_owner->m_currentId);
        setHighlight(row);
        if (row >= 0)
            m_list->scrollTo(m_owner->m_model->index(row), QAbstractItemView::PositionAtCenter);
    }

    // With a search, the first matching row (past the fixed entries) is what Enter picks.
    void highlightAfterSearch()
    {
        const LookupListModel *model = m_owner->m_model;
        if (model->search().isEmpty()) {
            highlightCurrent();
            return;
        }
        setHighlight(model->matchCount() > 0 ? model->fixedCount() : -1);
    }

    void pickIndex(const QModelIndex &index)
    {
        if (!index.isValid())
            return;
        m_owner->pick(index.data(LookupListModel::IdRole).toString());
    }

    void placeBelowOwner()
    {
        const QFontMetrics fm(font());
        const int rowHeight = qMax(1, m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0)
                                                                    : fm.height() * 3 / 2);
        const int visibleRows = 10;
        const int width = qMax(m_owner->width(), fm.horizontalAdvance(QLatin1Char('x')) * 48);
        m_list->setFixedHeight(rowHeight * visibleRows + 2 * m_list->frameWidth());
        layout()->activate();
        QSize size(width, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                        : sizeHint().height());

        const QScreen *screen = m_owner->screen();
        const QRect available = screen ? screen->availableGeometry() : QRect();
        QPoint below = m_owner->mapToGlobal(QPoint(0, m_owner->height()));
        QPoint at = below;
        if (available.isValid()) {
            if (at.y() + size.height() > available.bottom()) {
                const QPoint above = m_owner->mapToGlobal(QPoint(0, 0)) - QPoint(0, size.height());
                if (above.y() >= available.top())
                    at = above;
                else
                    size.setHeight(qMax(available.bottom() - at.y(), size.height() / 2));
            }
            if (at.x() + size.width() > available.right())
                at.setX(qMax(available.left(), available.right() - size.width()));
        }
        setGeometry(QRect(at, size));
    }

    LookupComboBox *m_owner;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
};

// ---- the combo box --------------------------------------------------------------------------

LookupComboBox::LookupComboBox(QWidget *parent) : QWidget(parent)
{
    m_model = new LookupListModel(this);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

LookupComboBox::~LookupComboBox() = default;

void LookupComboBox::setRows(const QVector<LookupRow> &rows)
{
    m_rows = rows;
    m_rowById.clear();
    m_rowById.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        m_rowById.insert(rows.at(i).id, i);
    m_loading = false;
    m_error.clear();
    m_model->setRows(rows);
    refreshPopup();
    update();
}

void LookupComboBox::setLoading()
{
    m_loading = true;
    m_error.clear();
    refreshPopup();
    update();
}

void LookupComboBox::setError(const QString &reason)
{
    m_loading = false;
    m_error = reason;
    refreshPopup();
    update();
}

void LookupComboBox::setFixedEntries(const QVector<LookupRow> &entries)
{
    if (entries == m_fixed)
        return;
    m_fixed = entries;
    m_model->setFixed(entries);
    refreshPopup();
    update();
}

void LookupComboBox::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void LookupComboBox::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    setAccessibleDescription(currentText());
    update();
}

const LookupRow *LookupComboBox::findRow(const QString &id) const
{
    for (const LookupRow &row : m_fixed) {
        if (row.id == id)
            return &row;
    }
    const auto found = m_rowById.constFind(id);
    return found == m_rowById.cend() ? nullptr : &m_rows.at(*found);
}

QString LookupComboBox::currentText() const
{
    if (const LookupRow *row = findRow(m_currentId))
        return row->name;
    if (m_currentId.isEmpty())
        return m_placeholder;
    // Chosen before (or without) the list: say which record it is until its name is known.
    return tr("id %1").arg(m_currentId);
}

bool LookupComboBox::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void LookupComboBox::showPopup()
{
    if (!m_popup)
        m_popup = new LookupPopup(this);
    m_popup->open(QString());
    update();
}

void LookupComboBox::hidePopup()
{
    if (m_popup)
        m_popup->hide();
    update();
}

void LookupComboBox::refreshPopup()
{
    setAccessibleDescription(currentText());
    if (m_popup && m_popup->isVisible())
        m_popup->refresh();
}

void LookupComboBox::pick(const QString &id)
{
    hidePopup();
    if (id == m_currentId)
        return;
    m_currentId = id;
    setAccessibleDescription(currentText());
    update();
    Q_EMIT currentIdChanged(id);
}

// The height QComboBox gives its contents (qcombobox.cpp), so a LookupComboBox lines up with the
// plain combo boxes beside it; `characters` wide.
static QSize comboSize(const QWidget *widget, int characters)
{
    const QFontMetrics fm(widget->font());
    QStyleOptionComboBox opt;
    opt.initFrom(widget);
    opt.editable = false;
    opt.frame = true;
    const QSize contents(fm.horizontalAdvance(QLatin1Char('x')) * characters,
                         qMax(fm.height(), 14) + 2);
    return widget->style()->sizeFromContents(QStyle::CT_ComboBox, &opt, contents, widget);
}

QSize LookupComboBox::sizeHint() const
{
    return comboSize(this, 24);
}

QSize LookupComboBox::minimumSizeHint() const
{
    return comboSize(this, 8);
}

void LookupComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox opt;
    opt.initFrom(this);
    opt.editable = false;
    opt.frame = true;
    opt.subControls = QStyle::SC_All;
    if (isPopupVisible())
        opt.state |= QStyle::State_On;
    if (underMouse())
        opt.activeSubControls = QStyle::SC_ComboBoxArrow;
    const bool placeholder = findRow(m_currentId) == nullptr && m_currentId.isEmpty();
    opt.currentText = currentText();
    if (placeholder) {
        opt.palette.setColor(QPalette::ButtonText, opt.palette.color(QPalette::PlaceholderText));
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    }
    const QRect textArea =
        style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
    opt.currentText = fontMetrics().elidedText(opt.currentText, Qt::ElideRight, textArea.width());
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

void LookupComboBox::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (isPopupVisible())
        hidePopup();
    else
        showPopup();
    event->accept();
}

void LookupComboBox::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F4:
    case Qt::Key_Down:
    case Qt::Key_Up:
        showPopup();
        return;
    default:
        break;
    }
    // Typing on the closed box starts a search with what was typed.
    const QString text = event->text();
    if (!alt && !(event->modifiers() & Qt::ControlModifier) && !text.isEmpty() &&
        text.at(0).isPrint() && !text.at(0).isSpace()) {
        if (!m_popup)
            m_popup = new LookupPopup(this);
        m_popup->open(text);
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LookupComboBox::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateGeometry();
        break;
    case QEvent::HoverEnter:
    case QEvent::HoverLeave:
        update();
        break;
    case QEvent::EnabledChange:
        if (!isEnabled())
            hidePopup();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

} // namespace bookflow
