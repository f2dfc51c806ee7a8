#include "app/sandbox/qbo/qbocompany.h"

#include <QJsonArray>

namespace bookflow::sandbox {

namespace {

const QString PacificId = QStringLiteral("America/Los_Angeles");

// The n-th (1-based) Sunday of a month, or the last one for n = 0.
QDate sunday(int year, int month, int n)
{
    if (n == 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != Qt::Sunday)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Sunday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

// Offsets without a time-zone database (minimal containers): the US rule since 2007 and the
// EU rule, enough for the two demo companies.
int fallbackOffset(const QString &ianaId, const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const int year = utc.date().year();
    if (ianaId == QLatin1String("Europe/London")) {
        const QDateTime start(sunday(year, 3, 0), QTime(1, 0), QTimeZone::utc());
        const QDateTime end(sunday(year, 10, 0), QTime(1, 0), QTimeZone::utc());
        return utc >= start && utc < end ? 3600 : 0;
    }
    // Pacific: 2 a.m. local on the second Sunday of March (10:00 UTC) until 2 a.m. local on the
    // first Sunday of November (09:00 UTC).
    const QDateTime start(sunday(year, 3, 2), QTime(10, 0), QTimeZone::utc());
    const QDateTime end(sunday(year, 11, 1), QTime(9, 0), QTimeZone::utc());
    return utc >= start && utc < end ? -7 * 3600 : -8 * 3600;
}

int offsetAt(const QString &ianaId, const QDateTime &instant)
{
    const QTimeZone zone(ianaId.toLatin1());
    if (zone.isValid())
        return zone.offsetFromUtc(instant);
    return fallbackOffset(ianaId, instant);
}

bool isNumericId(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString sequenceKey(const QString &entity, bool transaction)
{
    return transaction ? QStringLiteral("Transaction") : entity;
}

} // namespace

bool QboEntityType::isSalesForm() const
{
    return name == QLatin1String("Invoice") || name == QLatin1String("Estimate") ||
           name == QLatin1String("SalesReceipt") || name == QLatin1String("RefundReceipt");
}

bool QboEntityType::hasDisplayName() const
{
    return name == QLatin1String("Customer") || name == QLatin1String("Vendor") ||
           name == QLatin1String("Employee");
}

const QList<QboEntityType> &qboEntityTypes()
{
    static const QList<QboEntityType> types = {
        {QStringLiteral("Customer"), QboEntityType::NameList},
        {QStringLiteral("Vendor"), QboEntityType::NameList},
        {QStringLiteral("Employee"), QboEntityType::NameList},
        {QStringLiteral("Item"), QboEntityType::NameList},
        {QStringLiteral("Term"), QboEntityType::NameList},
        {QStringLiteral("Account"), QboEntityType::NameList},
        {QStringLiteral("PaymentMethod"), QboEntityType::NameList},
        {QStringLiteral("TaxCode"), QboEntityType::ReadOnlyList},
        {QStringLiteral("CompanyInfo"), QboEntityType::Singleton},
        {QStringLiteral("Preferences"), QboEntityType::Singleton},
        {QStringLiteral("Invoice"), QboEntityType::Transaction},
        {QStringLiteral("Estimate"), QboEntityType::Transaction},
        {QStringLiteral("SalesReceipt"), QboEntityType::Transaction},
        {QStringLiteral("Payment"), QboEntityType::Transaction},
        {QStringLiteral("Purchase"), QboEntityType::Transaction},
        {QStringLiteral("RefundReceipt"), QboEntityType::Transaction},
    };
    return types;
}

const QboEntityType *qboEntityType(QStringView name)
{
    for (const QboEntityType &t : qboEntityTypes()) {
        if (name.compare(t.name, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

bool QboIdLess::operator()(const QString &a, const QString &b) const
{
    const bool na = isNumericId(a);
    const bool nb = isNumericId(b);
    if (na != nb)
        return na; // numeric ids first
    if (na && a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

const QJsonObject *QboRealm::find(const QString &entity, const QString &id) const
{
    const auto t = tables.constFind(entity);
    if (t == tables.constEnd())
        return nullptr;
    const auto it = t->find(id);
    return it == t->end() ? nullptr : &it->second;
}

QJsonObject *QboRealm::find(const QString &entity, const QString &id)
{
    const auto t = tables.find(entity);
    if (t == tables.end())
        return nullptr;
    const auto it = t->find(id);
    return it == t->end() ? nullptr : &it->second;
}

QString QboRealm::takeNextId(const QString &entity, bool transaction)
{
    const QString key = sequenceKey(entity, transaction);
    qint64 &next = nextIds[key];
    if (next < 1)
        next = 1;
    return QString::number(next++);
}

namespace {

struct Currency
{
    const char *country;
    const char *code;
    const char *name;
};

// Home currencies of the QBO editions this peer knows; others fall back to USD.
const Currency Currencies[] = {
    {"US", "USD", "United States Dollar"},
    {"GB", "GBP", "British Pound Sterling"},
    {"CA", "CAD", "Canadian Dollar"},
    {"AU", "AUD", "Australian Dollar"},
};

const Currency &currencyOf(const QString &country)
{
    for (const Currency &c : Currencies) {
        if (country == QLatin1String(c.country))
            return c;
    }
    return Currencies[0];
}

} // namespace

QString QboRealm::currencyCode() const
{
    return QString::fromLatin1(currencyOf(country).code);
}

QString QboRealm::currencyName() const
{
    return QString::fromLatin1(currencyOf(country).name);
}

QJsonObject QboRealm::save() const
{
    QJsonObject entities;
    for (auto t = tables.constBegin(); t != tables.constEnd(); ++t) {
        QJsonArray rows;
        for (const auto &[id, row] : *t)
            rows.append(row);
        entities.insert(t.key(), rows);
    }
    QJsonObject sequences;
    for (auto it = nextIds.constBegin(); it != nextIds.constEnd(); ++it)
        sequences.insert(it.key(), QString::number(it.value()));
    QJsonObject replayed;
    for (auto it = replies.constBegin(); it != replies.constEnd(); ++it) {
        replayed.insert(
            it.key(),
            QJsonObject{{QStringLiteral("status"), it->status},
                        {QStringLiteral("contentType"), QString::fromLatin1(it->contentType)},
                        {QStringLiteral("body"), QString::fromUtf8(it->body)}});
    }
    return QJsonObject{
        {QStringLiteral("realmId"), realmId},         {QStringLiteral("name"), name},
        {QStringLiteral("country"), country},         {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("CompanyInfo"), companyInfo}, {QStringLiteral("Preferences"), preferences},
        {QStringLiteral("entities"), entities},       {QStringLiteral("nextIds"), sequences},
        {QStringLiteral("requestIds"), replayed}};
}

bool QboRealm::load(const QJsonObject &state, QboRealm *company, QString *error)
{
    auto failed = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    QboRealm c;
    c.realmId = state.value(QLatin1String("realmId")).toString();
    c.name = state.value(QLatin1String("name")).toString();
    c.country = state.value(QLatin1String("country")).toString();
    c.timeZone = state.value(QLatin1String("timeZone")).toString(PacificId);
    if (c.realmId.isEmpty() || c.country.isEmpty())
        return failed(QStringLiteral("a company without realmId or country"));
    c.companyInfo = state.value(QLatin1String("CompanyInfo")).toObject();
    c.preferences = state.value(QLatin1String("Preferences")).toObject();
    const QJsonObject entities = state.value(QLatin1String("entities")).toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const QboEntityType *type = qboEntityType(it.key());
        if (!type || type->kind == QboEntityType::Singleton)
            return failed(
                QStringLiteral("unknown entity \"%1\" in company %2").arg(it.key(), c.realmId));
        QboTable &table = c.tables[type->name];
        for (const QJsonValue &row : it.value().toArray()) {
            const QString id = row.toObject().value(QLatin1String("Id")).toString();
            if (id.isEmpty())
                return failed(
                    QStringLiteral("a %1 without Id in company %2").arg(type->name, c.realmId));
            table[id] = row.toObject();
        }
    }
    const QJsonObject sequences = state.value(QLatin1String("nextIds")).toObject();
    for (auto it = sequences.begin(); it != sequences.end(); ++it)
        c.nextIds.insert(it.key(), it.value().toString().toLongLong());
    const QJsonObject replayed = state.value(QLatin1String("requestIds")).toObject();
    for (auto it = replayed.begin(); it != replayed.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        QboStoredReply reply;
        reply.status = r.value(QLatin1String("status")).toInt(200);
        reply.contentType = r.value(QLatin1String("contentType")).toString().toLatin1();
        reply.body = r.value(QLatin1String("body")).toString().toUtf8();
        c.replies.insert(it.key(), reply);
    }
    *company = std::move(c);
    return true;
}

QTimeZone qboPacificZone()
{
    return qboZone(PacificId);
}

QTimeZone qboZone(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toLatin1());
    if (zone.isValid())
        return zone;
    const QTimeZone pacific(PacificId.toLatin1());
    return pacific.isValid() ? pacific : QTimeZone(-8 * 3600);
}

QString qboTimestamp(const QDateTime &instant, bool milliseconds)
{
    const int offset = offsetAt(PacificId, instant);
    const QDateTime local = instant.toUTC().addSecs(offset);
    const QString clock = local.toString(milliseconds ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                                      : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    const int absOffset = offset < 0 ? -offset : offset;
    return clock + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
               .arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QDate qboLocalDate(const QDateTime &instant, const QString &ianaId)
{
    return instant.toUTC().addSecs(offsetAt(ianaId, instant)).date();
}

} // namespace bookflow::sandbox
