#include "core/quickbooks/qboquery.h"

#include "core/quickbooks/qbojson.h"
#include "core/util/tr.h"

#include <QRegularExpression>
#include <QUrl>

namespace bookflow {

namespace {

bool isName(const QString &text, bool dotted)
{
    // Anchored with \A…\z: "$" would also match before a final newline, letting "Name\n" in.
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9]*")));
    static const QRegularExpression withDots(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*")));
    return (dotted ? withDots : plain).match(text).hasMatch();
}

bool isComparison(const QString &op)
{
    static const QStringList allowed = {QStringLiteral("="), QStringLiteral("<"),
                                        QStringLiteral(">"), QStringLiteral("<="),
                                        QStringLiteral(">=")};
    return allowed.contains(op);
}

} // namespace

QboQuery::QboQuery(const QString &entity, bool count) : m_entity(entity), m_count(count)
{
    if (!isName(entity, false))
        fail(Tr::tr("“%1” is not a QuickBooks entity name.").arg(entity));
}

QboQuery QboQuery::select(const QString &entity)
{
    return QboQuery(entity, false);
}

QboQuery QboQuery::count(const QString &entity)
{
    return QboQuery(entity, true);
}

void QboQuery::fail(const QString &why)
{
    if (m_error.isEmpty()) // the first problem is the one to fix
        m_error = why;
}

bool QboQuery::checkProperty(const QString &property)
{
    if (isName(property, true))
        return true;
    fail(Tr::tr("“%1” is not a QuickBooks property name.").arg(property));
    return false;
}

QString QboQuery::quote(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('\'');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('\'');
    return escaped;
}

QboQuery &QboQuery::addCondition(const QString &property, const QString &op, const QString &literal)
{
    if (!checkProperty(property))
        return *this;
    if (!isComparison(op)) {
        fail(Tr::tr("“%1” is not an operator QuickBooks queries accept.").arg(op));
        return *this;
    }
    m_conditions.append(property + QLatin1Char(' ') + op + QLatin1Char(' ') + literal);
    return *this;
}

QboQuery &QboQuery::where(const QString &property, const QString &op, const QString &value)
{
    return addCondition(property, op, quote(value));
}

QboQuery &QboQuery::where(const QString &property, const QString &op, const char *value)
{
    return where(property, op, QString::fromUtf8(value));
}

QboQuery &QboQuery::where(const QString &property, const QString &op, bool value)
{
    return addCondition(property, op, value ? QStringLiteral("true") : QStringLiteral("false"));
}

QboQuery &QboQuery::where(const QString &property, const QString &op, const Decimal &value)
{
    return addCondition(property, op, value.toString());
}

QboQuery &QboQuery::where(const QString &property, const QString &op, const QDate &value)
{
    if (!value.isValid()) {
        fail(Tr::tr("A date in a look-up is not valid."));
        return *this;
    }
    return addCondition(property, op, quote(value.toString(QStringLiteral("yyyy-MM-dd"))));
}

QboQuery &QboQuery::where(const QString &property, const QString &op, const QDateTime &value)
{
    if (!value.isValid()) {
        fail(Tr::tr("A time in a look-up is not valid."));
        return *this;
    }
    return addCondition(property, op, quote(QboJson::dateTimeText(value)));
}

QboQuery &QboQuery::whereIn(const QString &property, const QStringList &values)
{
    if (!checkProperty(property))
        return *this;
    if (values.isEmpty()) {
        fail(Tr::tr("A look-up for “any of” needs at least one value."));
        return *this;
    }
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted.append(quote(value));
    m_conditions.append(property + QStringLiteral(" IN (") + quoted.join(QStringLiteral(", ")) +
                        QLatin1Char(')'));
    return *this;
}

QboQuery &QboQuery::like(const QString &property, const QString &pattern)
{
    if (!checkProperty(property))
        return *this;
    m_conditions.append(property + QStringLiteral(" LIKE ") + quote(pattern));
    return *this;
}

QboQuery &QboQuery::includeInactive()
{
    m_conditions.append(QStringLiteral("Active IN (true, false)"));
    return *this;
}

QboQuery &QboQuery::orderBy(const QString &property, Order order)
{
    if (!checkProperty(property))
        return *this;
    if (m_count) {
        fail(Tr::tr("A count cannot be ordered."));
        return *this;
    }
    m_orderBy =
        property + (order == Order::Ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    return *this;
}

QboQuery &QboQuery::startPosition(int position)
{
    // QBO: STARTPOSITION 0 → 4001 "value 0 is too small" (qbo-api.md §5).
    if (position < 1)
        fail(Tr::tr("A look-up's first row is numbered from 1."));
    else
        m_startPosition = position;
    return *this;
}

QboQuery &QboQuery::maxResults(int count)
{
    if (count < 1 || count > MaxPageSize)
        fail(Tr::tr("A look-up returns between 1 and %1 rows at a time.").arg(MaxPageSize));
    else
        m_maxResults = count;
    return *this;
}

QboQuery QboQuery::page(int position, int count) const
{
    QboQuery copy = *this;
    copy.startPosition(position).maxResults(count);
    return copy;
}

QString QboQuery::statement() const
{
    QString text =
        m_count ? QStringLiteral("SELECT COUNT(*) FROM ") : QStringLiteral("SELECT * FROM ");
    text += m_entity;
    if (!m_conditions.isEmpty())
        text += QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
    if (!m_orderBy.isEmpty())
        text += QStringLiteral(" ORDERBY ") + m_orderBy;
    if (m_startPosition > 0)
        text += QStringLiteral(" STARTPOSITION %1").arg(m_startPosition);
    if (m_maxResults > 0)
        text += QStringLiteral(" MAXRESULTS %1").arg(m_maxResults);
    return text;
}

QByteArray QboQuery::encoded() const
{
    return QUrl::toPercentEncoding(statement());
}

} // namespace bookflow
