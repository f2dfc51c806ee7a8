#include "ui/connections/connectioncard.h"

#include "ui/connections/quickbookssettingspanel.h"
#include "ui/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bookflow {

namespace {

// "United Kingdom (GB)": the name a person reads, with the code QuickBooks sent.
QString countryText(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return ConnectionCard::tr("Country not known yet");
    const QLocale::Territory territory = QLocale::codeToTerritory(trimmed.toUpper());
    if (territory == QLocale::AnyTerritory)
        return trimmed;
    return ConnectionCard::tr("%1 (%2)").arg(QLocale::territoryToString(territory), trimmed);
}

QLabel *iconLabel(const QString &name, int size, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(icon(name).pixmap(size, size));
    label->setFixedSize(size, size);
    return label;
}

} // namespace

ConnectionCard::ConnectionCard(const Connection &connection, QboCatalog &catalog, QWidget *parent)
    : QFrame(parent), m_connection(connection)
{
    setObjectName(QStringLiteral("connectionCard"));
    setProperty("connectionId", connection.id);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_icon = iconLabel(providerKey(connection.provider), 32, this);
    m_icon->setAccessibleName(providerLabel(connection.provider));
    header->addWidget(m_icon, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_name->setFont(nameFont);
    text->addWidget(m_name);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_details);

    m_country = new QLabel(this);
    m_country->setObjectName(QStringLiteral("connectionCountry"));
    m_country->setTextFormat(Qt::PlainText);
    m_country->setWordWrap(true);
    text->addWidget(m_country);

    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    m_stateIcon = new QLabel(this);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setFixedSize(small, small);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    stateRow->addWidget(m_stateIcon, 0, Qt::AlignTop);
    stateRow->addWidget(m_state, 1);
    text->addLayout(stateRow);

    auto *usOnlyRow = new QHBoxLayout;
    usOnlyRow->setSpacing(6);
    m_usOnlyIcon = new QLabel(this);
    m_usOnlyIcon->setFixedSize(small, small);
    m_usOnly = new QLabel(this);
    m_usOnly->setObjectName(QStringLiteral("usOnlyNote"));
    m_usOnly->setTextFormat(Qt::PlainText);
    m_usOnly->setWordWrap(true);
    usOnlyRow->addWidget(m_usOnlyIcon, 0, Qt::AlignTop);
    usOnlyRow->addWidget(m_usOnly, 1);
    text->addLayout(usOnlyRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    text->addWidget(m_message);
    header->addLayout(text, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_check = new QPushButton(icon(QStringLiteral("refresh")), tr("Check"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(
        tr("Ask %1 whether Bookflow can still sign in").arg(providerLabel(connection.provider)));
    m_reconnect = new QPushButton(icon(QStringLiteral("reconnect")), tr("Reconnect…"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_disconnect = new QPushButton(icon(QStringLiteral("disconnect")), tr("Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_disconnect);
    header->addLayout(buttons);
    header->setAlignment(buttons, Qt::AlignTop);
    layout->addLayout(header);

    connect(m_check, &QPushButton::clicked, this,
            [this] { Q_EMIT checkRequested(m_connection.id); });
    connect(m_reconnect, &QPushButton::clicked, this,
            [this] { Q_EMIT reconnectRequested(m_connection.id); });
    connect(m_disconnect, &QPushButton::clicked, this,
            [this] { Q_EMIT disconnectRequested(m_connection.id); });

    if (connection.provider == Provider::QuickBooks) {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        layout->addWidget(line);
        m_settings = new QuickBooksSettingsPanel(connection, catalog, this);
        // Left-aligned at its maximum width; a row (not an alignment flag) so that the wrapped
        // texts inside are measured at the width they really get.
        auto *row = new QHBoxLayout;
        row->addWidget(m_settings, 1);
        row->addStretch(0);
        layout->addLayout(row);
    }
    updateView();
}

void ConnectionCard::setConnection(const Connection &connection)
{
    m_connection = connection;
    if (m_settings)
        m_settings->setConnection(connection);
    updateView();
}

void ConnectionCard::setBusy(const QString &what)
{
    m_busy = what;
    updateView();
}

void ConnectionCard::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButtons();
}

void ConnectionCard::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectionCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Icons are drawn for the palette and device pixel ratio in use.
    // (Not while the constructor is still making the labels.)
    if (m_message &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        updateView();
}

void ConnectionCard::updateView()
{
    const Connection &c = m_connection;
    const QString name = c.name.trimmed().isEmpty()
                             ? (c.provider == Provider::HubSpot ? tr("HubSpot account %1")
                                                                : tr("QuickBooks company %1"))
                                   .arg(c.accountId)
                             : c.name.trimmed();
    m_name->setText(name);
    setAccessibleName(tr("%1 connection: %2").arg(providerLabel(c.provider), name));

    QStringList details{providerLabel(c.provider), environmentLabel(c.environment)};
    if (c.provider == Provider::HubSpot) {
        details.append(tr("Hub ID %1").arg(c.accountId));
        if (c.authKind == AuthKind::PrivateAppToken)
            details.append(tr("private app token"));
    } else {
        details.append(tr("Company ID %1").arg(c.accountId));
    }
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_details->setAccessibleName(m_details->text());

    const bool quickBooks = c.provider == Provider::QuickBooks;
    m_country->setVisible(quickBooks);
    m_country->setText(tr("Country: %1").arg(countryText(c.country)));
    m_country->setAccessibleName(m_country->text());
    // PRODUCT.md §1 "US only": the company can be connected, its actions are refused.
    const bool outsideUs = quickBooks && !c.isUnitedStates();
    m_usOnly->setVisible(outsideUs);
    m_usOnlyIcon->setVisible(outsideUs);
    m_usOnly->setText(
        c.country.trimmed().isEmpty()
            ? tr("Bookflow only works with US companies. QuickBooks has not said where this "
                 "company is yet: use Check to ask again.")
            : tr("Bookflow only works with US companies: workflows can't create documents in "
                 "this company."));
    m_usOnly->setAccessibleName(m_usOnly->text());

    // The state: an icon for the kind, and for a connection that needs reconnecting bold text in
    // the palette's emphasis colour, so it reads without relying on colour alone.
    const int small = m_stateIcon->width();
    m_usOnlyIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(small, small));
    QPalette statePalette = palette();
    QFont stateFont = font();
    if (!m_busy.isEmpty()) {
        m_stateIcon->setPixmap(icon(QStringLiteral("refresh")).pixmap(small, small));
        m_state->setText(m_busy);
    } else if (c.state == ConnectionState::NeedsReconnect) {
        m_stateIcon->setPixmap(icon(QStringLiteral("warning")).pixmap(small, small));
        m_state->setText(c.stateReason.isEmpty() ? tr("Needs reconnect")
                                                 : tr("Needs reconnect — %1").arg(c.stateReason));
        stateFont.setBold(true);
        const QColor emphasis = palette().color(QPalette::Highlight);
        statePalette.setColor(QPalette::WindowText, emphasis);
        statePalette.setColor(QPalette::Text, emphasis);
    } else {
        m_stateIcon->setPixmap(icon(QStringLiteral("ok")).pixmap(small, small));
        m_state->setText(connectionStateLabel(c.state));
    }
    m_state->setFont(stateFont);
    m_state->setPalette(statePalette);
    m_state->setAccessibleName(m_state->text());

    const QString what = name;
    m_check->setAccessibleName(tr("Check %1").arg(what));
    m_reconnect->setAccessibleName(tr("Reconnect %1").arg(what));
    m_reconnect->setToolTip(c.authKind == AuthKind::PrivateAppToken
                                ? tr("Enter a new private app token")
                                : tr("Sign in to %1 again; the connection keeps its settings "
                                     "and workflows")
                                      .arg(providerLabel(c.provider)));
    m_disconnect->setAccessibleName(tr("Disconnect %1").arg(what));
    m_disconnect->setToolTip(tr("Revoke Bookflow's access and forget this connection"));
    // A connection that needs reconnecting: Reconnect is the thing to do.
    m_reconnect->setDefault(c.state == ConnectionState::NeedsReconnect);
    updateButtons();
}

void ConnectionCard::updateButtons()
{
    const bool enabled = m_actionsEnabled && m_busy.isEmpty();
    m_check->setEnabled(enabled);
    m_reconnect->setEnabled(enabled);
    m_disconnect->setEnabled(enabled);
}

} // namespace bookflow
