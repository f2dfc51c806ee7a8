#include "core/engine/recordcontext.h"

#include "core/util/tr.h"

namespace bookflow {

namespace {

// The property that holds the enrolled record's own amount (hubspot.md §2.6).
QString amountProperty(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return QStringLiteral("amount");
    case ObjectType::Quote:
        return QStringLiteral("hs_quote_amount");
    case ObjectType::Payment:
        return QStringLiteral("hs_initial_amount");
    }
    return {};
}

QString ownDisplayName(ObjectType type)
{
    switch (type) {
    case ObjectType::Deal:
        return hubSpotObjectDisplayName(HubSpotObject::Deal);
    case ObjectType::Quote:
        return hubSpotObjectDisplayName(HubSpotObject::Quote);
    case ObjectType::Payment:
        return hubSpotObjectDisplayName(HubSpotObject::CommercePayment);
    }
    return {};
}

} // namespace

std::optional<Decimal> RecordContext::amount() const
{
    const QString text = record.text(amountProperty(objectType)).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return Decimal::parse(text);
}

RecordView RecordContext::view() const
{
    // Only what was loaded goes in: an object that is absent reads as "every property unknown",
    // which is how a filter on a payment's deal must behave when the payment has no deal.
    RecordView view;
    view.objects.insert(filterObjectOf(objectType), record.properties);
    // The enrolled object always wins over a one-hop slot of the same kind (a deal workflow
    // never fills `deal`, but a stray one must not hide the record's own properties).
    if (deal && objectType != ObjectType::Deal)
        view.objects.insert(FilterObject::Deal, deal->properties);
    if (quote && objectType != ObjectType::Quote)
        view.objects.insert(FilterObject::Quote, quote->properties);
    if (contact)
        view.objects.insert(FilterObject::Contact, contact->properties);
    return view;
}

QString RecordContext::describe() const
{
    //: A HubSpot record in reasons and notes: "deal 123", "payment 789".
    return Tr::tr("%1 %2").arg(ownDisplayName(objectType), record.id);
}

} // namespace bookflow
