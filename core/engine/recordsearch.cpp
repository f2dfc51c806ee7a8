#include "core/engine/recordsearch.h"

#include "core/engine/recordloader.h"
#include "core/util/decimal.h"
#include "core/util/tr.h"

#include <QRegularExpression>
#include <QSet>

namespace bookflow {

namespace {

struct LabelProperties
{
    QString name;   // what the record is called; empty: nothing (payments)
    QString number; // a reference a person may know it by
    QString amount;
    QString currency;
    QString email; // the buyer's email on the record itself (payments)
};

LabelProperties labelPropertiesOf(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return {QStringLiteral("dealname"), QString(), QStringLiteral("amount"),
                QStringLiteral("deal_currency_code"), QString()};
    case ObjectType::Quote:
        return {QStringLiteral("hs_title"), QStringLiteral("hs_quote_number"),
                QStringLiteral("hs_quote_amount"), QStringLiteral("hs_currency"), QString()};
    case ObjectType::Payment:
        return {QString(), QStringLiteral("hs_reference_number"),
                QStringLiteral("hs_initial_amount"), QStringLiteral("hs_currency_code"),
                QStringLiteral("hs_customer_email")};
    }
    return {};
}

// "$1,240.50" for US dollars (and no currency given: a US business's HubSpot portal), else
// "1,240.50 EUR". Exact: the digits HubSpot sent, rounded to cents, never through a double.
QString money(const QString &amountText, const QString &currency)
{
    const std::optional<Decimal> amount = Decimal::parse(amountText.trimmed());
    if (!amount)
        return {};
    QString digits = amount->toFixed(2);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    const int point = int(digits.indexOf(u'.'));
    for (int at = point - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    const QString code = currency.trimmed().toUpper();
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (code.isEmpty() || code == QLatin1String("USD"))
        return sign + u'$' + digits;
    return QStringLiteral("%1%2 %3").arg(sign, digits, code);
}

QString personName(const ContactInfo &contact)
{
    const QString name = QStringLiteral("%1 %2").arg(contact.firstName, contact.lastName).trimmed();
    return name.isEmpty() ? contact.email : name;
}

bool isNotFound(const ApiError &error)
{
    return error.httpStatus == 404 || error.code == QLatin1String("OBJECT_NOT_FOUND");
}

} // namespace

RecordSearch::RecordSearch(HubSpotClient &client) : m_client(client)
{
}

QStringList RecordSearch::labelProperties(ObjectType type)
{
    const LabelProperties p = labelPropertiesOf(type);
    QStringList out;
    for (const QString &name : {p.name, p.number, p.amount, p.currency, p.email}) {
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

QString RecordSearch::label(ObjectType type, const HubSpotRecord &record,
                            const std::optional<ContactInfo> &contact)
{
    const LabelProperties p = labelPropertiesOf(type);
    const QString name = p.name.isEmpty() ? QString() : record.text(p.name).trimmed();
    const QString number = p.number.isEmpty() ? QString() : record.text(p.number).trimmed();
    QString title;
    switch (type) {
    case ObjectType::Deal:
        title = name.isEmpty() ? Tr::tr("Deal") : Tr::tr("Deal “%1”").arg(name);
        break;
    case ObjectType::Quote:
        title = name.isEmpty() ? Tr::tr("Quote") : Tr::tr("Quote “%1”").arg(name);
        if (!number.isEmpty())
            title += QStringLiteral(" (%1)").arg(number);
        break;
    case ObjectType::Payment:
        title = number.isEmpty() ? Tr::tr("Payment") : Tr::tr("Payment %1").arg(number);
        break;
    }
    QStringList parts{title};
    QString who = contact ? personName(*contact) : QString();
    if (who.isEmpty() && !p.email.isEmpty())
        who = record.text(p.email).trimmed();
    if (!who.isEmpty())
        parts.append(who);
    const QString amount = money(record.text(p.amount), record.text(p.currency));
    if (!amount.isEmpty())
        parts.append(amount);
    parts.append(record.id);
    return parts.join(QStringLiteral(" · "));
}

ApiResult<QVector<RecordChoice>> RecordSearch::find(ObjectType type, const QString &text, int limit)
{
    const HubSpotObject object = RecordLoader::recordObject(type);
    const QStringList properties = labelProperties(type);
    const QString typed = text.trimmed();
    QVector<HubSpotRecord> records;
    QSet<QString> seen;

    // A record id typed whole: read it directly (the search's text match doesn't cover ids).
    static const QRegularExpression digits(QStringLiteral("^\\d{1,20}$"));
    if (digits.match(typed).hasMatch()) {
        const ApiResult<HubSpotRecord> byId = m_client.get(object, typed, properties);
        if (byId) {
            records.append(*byId);
            seen.insert(byId->id);
        } else if (!isNotFound(byId.error())) {
            return byId.error();
        }
    }

    HubSpotSearchRequest request;
    request.setProperties(properties);
    request.setLimit(qBound(1, limit, HubSpotSearchRequest::MaxPageSize));
    request.sortBy(hubSpotModifiedProperty(object), HubSpotSearchRequest::Direction::Descending);
    if (!typed.isEmpty())
        request.setQuery(typed);
    const ApiResult<HubSpotSearchPage> page = m_client.search(object, request);
    if (!page)
        return page.error();
    for (const HubSpotRecord &record : page->records) {
        if (records.size() >= limit)
            break;
        if (!seen.contains(record.id)) {
            records.append(record);
            seen.insert(record.id);
        }
    }

    // Each record's first contact, by the rule the actions use. Only a nicer label: when
    // HubSpot won't say, the records are listed without names.
    QStringList ids;
    for (const HubSpotRecord &record : records)
        ids.append(record.id);
    QHash<QString, QString> contactOf; // record id → contact id
    QHash<QString, ContactInfo> contacts;
    if (!ids.isEmpty()) {
        const ApiResult<HubSpotAssociationBatch> associations =
            m_client.batchAssociations(object, HubSpotObject::Contact, ids);
        if (associations) {
            QStringList wanted;
            for (const QString &id : ids) {
                const QStringList order =
                    RecordLoader::contactPreference(type, associations->byId.value(id));
                if (order.isEmpty())
                    continue;
                contactOf.insert(id, order.first());
                if (!wanted.contains(order.first()))
                    wanted.append(order.first());
            }
            if (!wanted.isEmpty()) {
                const ApiResult<HubSpotBatchResult> read =
                    m_client.batchRead(HubSpotObject::Contact, wanted,
                                       {QStringLiteral("firstname"), QStringLiteral("lastname"),
                                        QStringLiteral("email")});
                if (read) {
                    for (const HubSpotRecord &contact : read->records)
                        contacts.insert(contact.id, RecordLoader::contactFrom(contact));
                }
            }
        }
    }

    QVector<RecordChoice> choices;
    for (const HubSpotRecord &record : records) {
        std::optional<ContactInfo> contact;
        const auto chosen = contacts.constFind(contactOf.value(record.id));
        if (chosen != contacts.constEnd())
            contact = chosen.value();
        choices.append({record.id, label(type, record, contact)});
    }
    return choices;
}

} // namespace bookflow
