#include "core/workflow/review.h"

#include "core/util/decimal.h"
#include "core/util/tr.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace bookflow {

namespace {

// The payment property and value of the seed's "Source is none of Invoice" filter: without it,
// a payment made from a QuickBooks invoice would create a second (duplicate) invoice.
const QString SourceProperty = QStringLiteral("hs_payment_source_app");
const QString InvoiceSource = QStringLiteral("INVOICE");

ReviewItem error(const QString &code, const QString &message)
{
    ReviewItem item;
    item.severity = ReviewItem::Severity::Error;
    item.code = code;
    item.message = message;
    return item;
}

ReviewItem warning(const QString &code, const QString &message, const QString &fixLabel)
{
    ReviewItem item;
    item.severity = ReviewItem::Severity::Warning;
    item.code = code;
    item.message = message;
    item.fixLabel = fixLabel;
    return item;
}

// Every one of the seven actions creates a QuickBooks document; kept as a function so that a
// future non-creating action (a look-up, a note) does not silently trigger the warning.
bool createsDocuments(ActionType)
{
    return true;
}

// Actions that create invoices or sales receipts from a payment: the ones the seed warns about.
bool createsSalesFromPayment(ActionType type)
{
    return type == ActionType::CreatePaidInvoice || type == ActionType::CreatePaymentSalesReceipt;
}

bool isSourceFilter(const Filter &f)
{
    return f.object == FilterObject::Payment && f.property == SourceProperty &&
           f.op == Operator::IsNoneOf;
}

// True when the group excludes payments made from invoices. Enumeration values compare exactly
// (HubSpot's rule), so only "INVOICE" itself counts.
bool groupExcludesInvoicePayments(const FilterGroup &group)
{
    for (const Filter &f : group.filters) {
        if (isSourceFilter(f) && f.values.contains(InvoiceSource))
            return true;
    }
    return false;
}

bool needsSourceFilter(const Workflow &workflow)
{
    if (workflow.objectType != ObjectType::Payment)
        return false;
    for (const Action &a : workflow.actions) {
        if (createsSalesFromPayment(a.type))
            return true;
    }
    return false;
}

// A calendar day written YYYY-MM-DD, the form workflow files use for date filters.
QDate parseDay(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(value).hasMatch())
        return {};
    return QDate::fromString(value, Qt::ISODate);
}

bool isDayCount(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,6}$")); // up to ~2700 years
    return re.match(value).hasMatch();
}

bool isNumberOperator(Operator op)
{
    switch (op) {
    case Operator::Eq:
    case Operator::Neq:
    case Operator::Gt:
    case Operator::Gte:
    case Operator::Lt:
    case Operator::Lte:
    case Operator::Between:
        return true;
    default:
        return false;
    }
}

bool isDayOperator(Operator op)
{
    return op == Operator::On || op == Operator::Before || op == Operator::After ||
           op == Operator::Between;
}

// "Trigger group 1, filter 2 (Payment › Fees amount)": where the person finds the filter.
QString filterPlace(int group, int filter, const Filter &f)
{
    if (f.property.trimmed().isEmpty())
        return Tr::tr("Trigger group %1, filter %2").arg(group + 1).arg(filter + 1);
    return Tr::tr("Trigger group %1, filter %2 (%3 › %4)")
        .arg(QString::number(group + 1), QString::number(filter + 1), filterObjectLabel(f.object),
             f.property);
}

// Why the filter's values can't be evaluated, or an empty string when they can.
QString valueProblem(const Filter &f)
{
    for (const QString &value : f.values) {
        if (value.trimmed().isEmpty())
            return Tr::tr("one of the values is empty; enter a value or remove it.");
    }
    switch (f.propertyType) {
    case PropertyType::Number:
        if (isNumberOperator(f.op)) {
            // The evaluator's own parser, so review accepts exactly what can be evaluated.
            for (const QString &value : f.values) {
                if (!Decimal::parse(value))
                    return Tr::tr("\"%1\" is not a number. Write numbers with digits and a "
                                  "decimal point, without thousands separators (for example "
                                  "1250.50).")
                        .arg(value);
            }
            if (f.op == Operator::Between && f.values.size() == 2 &&
                *Decimal::parse(f.values.at(0)) > *Decimal::parse(f.values.at(1)))
                return Tr::tr("the first number (%1) is greater than the second (%2); put the "
                              "smaller number first.")
                    .arg(f.values.at(0), f.values.at(1));
        }
        break;
    case PropertyType::Date:
    case PropertyType::DateTime:
        if (isDayOperator(f.op)) {
            for (const QString &value : f.values) {
                if (!parseDay(value).isValid())
                    return Tr::tr("\"%1\" is not a date. Write dates as year-month-day, for "
                                  "example 2024-03-31.")
                        .arg(value);
            }
            if (f.op == Operator::Between && f.values.size() == 2 &&
                parseDay(f.values.at(0)) > parseDay(f.values.at(1)))
                return Tr::tr("the first date (%1) is after the second (%2); put the earlier "
                              "date first.")
                    .arg(f.values.at(0), f.values.at(1));
        } else if (f.op == Operator::MoreThanDaysAgo || f.op == Operator::LessThanDaysAgo) {
            for (const QString &value : f.values) {
                if (!isDayCount(value))
                    return Tr::tr("\"%1\" is not a number of days. Enter a whole number such "
                                  "as 30.")
                        .arg(value);
            }
        }
        break;
    case PropertyType::Bool:
        // HubSpot stores checkbox (bool) properties as the strings "true" and "false"; the
        // evaluator compares them case-insensitively.
        for (const QString &value : f.values) {
            if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0 &&
                value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
                return Tr::tr("\"%1\" is not a yes/no value; choose Yes (true) or No (false).")
                    .arg(value);
        }
        break;
    case PropertyType::Text:
    case PropertyType::Enumeration:
        break;
    }
    return {};
}

QString valueCountProblem(const Filter &f)
{
    const ValueCount count = valueCountFor(f.op);
    const int n = int(f.values.size());
    if (n >= count.min && (count.max < 0 || n <= count.max))
        return {};
    const QString op = operatorLabel(f.op, f.propertyType);
    if (count.max == 0)
        return Tr::tr("\"%1\" takes no value; remove the values.").arg(op);
    if (count.min == count.max && count.min == 1)
        return Tr::tr("\"%1\" needs exactly one value.").arg(op);
    if (count.min == count.max)
        return Tr::tr("\"%1\" needs exactly %2 values.").arg(op).arg(count.min);
    return Tr::tr("\"%1\" needs at least one value.").arg(op);
}

void reviewFilter(const Workflow &workflow, int g, int i, QVector<ReviewItem> &items)
{
    const Filter &f = workflow.enrollment.filterGroups.at(g).filters.at(i);
    const QString place = filterPlace(g, i, f);
    auto add = [&](const QString &code, const QString &message) {
        ReviewItem item = error(code, message);
        item.group = g;
        item.filter = i;
        items.append(item);
    };

    if (f.property.trimmed().isEmpty())
        add(QStringLiteral("filter-property-missing"),
            Tr::tr("%1: choose the property to check.").arg(place));

    if (!filterObjectsFor(workflow.objectType).contains(f.object))
        add(QStringLiteral("filter-object-not-allowed"),
            Tr::tr("%1: a %2-based workflow can't read %3 properties. Choose a property of the "
                   "%2 or of a record associated with it.")
                .arg(place, objectTypeLabel(workflow.objectType).toLower(),
                     filterObjectLabel(f.object).toLower()));

    // The value checks only make sense for an operator the property type offers.
    if (!operatorsFor(f.propertyType).contains(f.op)) {
        add(QStringLiteral("filter-operator-not-for-type"),
            Tr::tr("%1: \"%2\" can't be used with this kind of property; choose another "
                   "condition.")
                .arg(place, operatorLabel(f.op, f.propertyType)));
        return;
    }

    const QString countProblem = valueCountProblem(f);
    if (!countProblem.isEmpty())
        add(QStringLiteral("filter-value-count"), Tr::tr("%1: %2").arg(place, countProblem));

    const QString problem = valueProblem(f);
    if (!problem.isEmpty())
        add(QStringLiteral("filter-value-invalid"), Tr::tr("%1: %2").arg(place, problem));
}

void reviewTriggers(const Workflow &workflow, QVector<ReviewItem> &items)
{
    const QVector<FilterGroup> &groups = workflow.enrollment.filterGroups;
    if (groups.isEmpty()) {
        items.append(error(QStringLiteral("no-triggers"),
                           Tr::tr("Add at least one trigger: a group of filters that says which "
                                  "records enroll in the workflow.")));
    }
    const bool sourceFilterNeeded = needsSourceFilter(workflow);
    for (int g = 0; g < groups.size(); ++g) {
        const FilterGroup &group = groups.at(g);
        if (group.filters.isEmpty()) {
            ReviewItem item = error(QStringLiteral("empty-filter-group"),
                                    Tr::tr("Trigger group %1 has no filters. Add a filter or "
                                           "remove the group — an empty group would enroll "
                                           "every record.")
                                        .arg(g + 1));
            item.group = g;
            items.append(item);
        }
        for (int i = 0; i < group.filters.size(); ++i)
            reviewFilter(workflow, g, i, items);

        if (sourceFilterNeeded && !groupExcludesInvoicePayments(group)) {
            ReviewItem item = warning(
                QStringLiteral("source-filter-missing"),
                Tr::tr("Trigger group %1 doesn't have the filter \"Payment › Source is none of "
                       "Invoice\". Payments already made on an invoice would then enroll too, "
                       "and this workflow would create duplicate invoices or sales receipts for "
                       "them in QuickBooks.")
                    .arg(g + 1),
                Tr::tr("Add the filter"));
            item.group = g;
            items.append(item);
        }
    }

    if (workflow.enrollment.reenroll.enabled) {
        bool creates = false;
        for (const Action &a : workflow.actions)
            creates = creates || createsDocuments(a.type);
        if (creates) {
            items.append(warning(QStringLiteral("reenroll-creates-documents"),
                                 Tr::tr("Re-enrollment is on, and this workflow creates "
                                        "documents in QuickBooks: each time a record enrolls "
                                        "again, new documents are created for it. Turn it off "
                                        "unless you mean to create them again."),
                                 Tr::tr("Turn off re-enrollment")));
        }
    }
}

void reviewAction(const Workflow &workflow, int index, QSet<QString> &seenIds,
                  QVector<ReviewItem> &items)
{
    const Action &a = workflow.actions.at(index);
    const ActionSpec &spec = actionSpec(a.type);
    const QString number = QString::number(index + 1);
    const QString label = actionTypeLabel(a.type);
    auto add = [&](const QString &code, const QString &message) {
        ReviewItem item = error(code, message);
        item.actionId = a.id;
        items.append(item);
    };

    // Ids tie the run history and the never-twice ledger to an action (ARCHITECTURE.md).
    if (a.id.trimmed().isEmpty()) {
        add(QStringLiteral("action-id-missing"),
            Tr::tr("Action %1 (%2) has no id. Remove it and add it again.").arg(number, label));
    } else if (seenIds.contains(a.id)) {
        add(QStringLiteral("action-id-duplicate"),
            Tr::tr("Action %1 (%2) has the same id (%3) as an earlier action. Remove it and add "
                   "it again.")
                .arg(number, label, a.id));
    }
    seenIds.insert(a.id);

    if (!actionAllowedFor(a.type, workflow.objectType)) {
        add(QStringLiteral("action-not-allowed"),
            Tr::tr("Action %1 (%2) can't be used in a %3-based workflow. Remove it or choose "
                   "another action.")
                .arg(number, label, objectTypeLabel(workflow.objectType).toLower()));
    }

    // The rest follows the order of the action form (PRODUCT.md §1).
    if (a.connection.trimmed().isEmpty()) {
        add(QStringLiteral("connection-missing"),
            Tr::tr("Action %1 (%2): choose which QuickBooks account to create it in.")
                .arg(number, label));
    }
    if (!spec.usesPaymentTerms && !a.paymentTerms.isEmpty()) {
        add(QStringLiteral("payment-terms-not-invoice"),
            Tr::tr("Action %1 (%2): payment terms apply only to invoices and would be ignored "
                   "here. Clear the payment terms.")
                .arg(number, label));
    }
    if (spec.usesCustomerAndProducts) {
        if (a.customer.source == CustomerChoice::Source::QuickBooksCustomer &&
            a.customer.id.trimmed().isEmpty()) {
            add(QStringLiteral("customer-id-missing"),
                Tr::tr("Action %1 (%2): choose the QuickBooks customer, or use the record's "
                       "first associated contact.")
                    .arg(number, label));
        }
        if (a.products.source == ProductChoice::Source::QuickBooksItem &&
            a.products.id.trimmed().isEmpty()) {
            add(QStringLiteral("product-id-missing"),
                Tr::tr("Action %1 (%2): choose the QuickBooks product, or use the record's "
                       "line items.")
                    .arg(number, label));
        }
    }
    // An empty deposit account is fine: QuickBooks then uses Undeposited Funds.
    if (spec.usesExpenseAccounts) {
        if (a.paidFromAccount.trimmed().isEmpty()) {
            add(QStringLiteral("paid-from-account-missing"),
                Tr::tr("Action %1 (%2): choose the account the fee is paid from.")
                    .arg(number, label));
        }
        if (a.expenseAccount.trimmed().isEmpty()) {
            add(QStringLiteral("expense-account-missing"),
                Tr::tr("Action %1 (%2): choose the expense category the fee is recorded in.")
                    .arg(number, label));
        }
    }
    if (spec.usesRefundFromAccount && a.refundFromAccount.trimmed().isEmpty()) {
        add(QStringLiteral("refund-from-account-missing"),
            Tr::tr("Action %1 (%2): choose the account the refund is paid from.")
                .arg(number, label));
    }
}

} // namespace

QVector<ReviewItem> WorkflowReview::review(const Workflow &workflow)
{
    QVector<ReviewItem> items;
    if (workflow.name.trimmed().isEmpty())
        items.append(error(QStringLiteral("name-missing"), Tr::tr("Give the workflow a name.")));

    reviewTriggers(workflow, items);

    if (workflow.actions.isEmpty()) {
        items.append(error(QStringLiteral("no-actions"),
                           Tr::tr("Add at least one action: what the workflow creates in "
                                  "QuickBooks.")));
    }
    QSet<QString> seenIds;
    for (int i = 0; i < workflow.actions.size(); ++i)
        reviewAction(workflow, i, seenIds, items);
    return items;
}

QVector<ReviewItem> WorkflowReview::review(const Workflow &workflow,
                                           const QVector<Connection> &connections)
{
    QVector<ReviewItem> items = review(workflow);

    const Connection *hubSpot = nullptr;
    for (const Connection &c : connections) {
        if (c.provider == Provider::HubSpot && !hubSpot)
            hubSpot = &c;
    }
    if (!hubSpot) {
        items.append(error(QStringLiteral("hubspot-not-connected"),
                           Tr::tr("Connect HubSpot: the workflow's triggers read HubSpot "
                                  "records.")));
    } else if (hubSpot->state == ConnectionState::NeedsReconnect) {
        items.append(error(QStringLiteral("hubspot-needs-reconnect"),
                           Tr::tr("Reconnect HubSpot (%1) in Connections: %2")
                               .arg(hubSpot->name, hubSpot->stateReason)));
    }

    for (int i = 0; i < workflow.actions.size(); ++i) {
        const Action &a = workflow.actions.at(i);
        if (a.connection.trimmed().isEmpty())
            continue; // "connection-missing" already says so
        const QString number = QString::number(i + 1);
        const QString label = actionTypeLabel(a.type);
        auto add = [&](const QString &code, const QString &message) {
            ReviewItem item = error(code, message);
            item.actionId = a.id;
            items.append(item);
        };
        const Connection *company = nullptr;
        for (const Connection &c : connections) {
            if (c.id == a.connection && c.provider == Provider::QuickBooks)
                company = &c;
        }
        if (!company) {
            add(QStringLiteral("connection-unknown"),
                Tr::tr("Action %1 (%2): the QuickBooks account it uses is not connected to "
                       "Bookflow. Choose one of the connected QuickBooks accounts.")
                    .arg(number, label));
            continue;
        }
        if (company->state == ConnectionState::NeedsReconnect) {
            add(QStringLiteral("connection-needs-reconnect"),
                Tr::tr("Action %1 (%2): reconnect the QuickBooks company “%3” in Connections: %4")
                    .arg(number, label, company->name, company->stateReason));
        }
        if (!company->isUnitedStates()) {
            add(QStringLiteral("company-not-us"),
                Tr::tr("Action %1 (%2): “%3” is a QuickBooks company outside the US (country: "
                       "%4). Bookflow creates QuickBooks documents only in US companies; "
                       "choose a US company.")
                    .arg(number, label, company->name,
                         company->country.isEmpty() ? Tr::tr("unknown") : company->country));
        }
    }
    return items;
}

bool WorkflowReview::hasErrors(const QVector<ReviewItem> &items)
{
    for (const ReviewItem &item : items) {
        if (item.isError())
            return true;
    }
    return false;
}

std::optional<Workflow> WorkflowReview::applyFix(const Workflow &workflow, const ReviewItem &item)
{
    if (item.code == QLatin1String("source-filter-missing")) {
        if (item.group < 0 || item.group >= workflow.enrollment.filterGroups.size())
            return std::nullopt;
        Workflow fixed = workflow;
        FilterGroup &group = fixed.enrollment.filterGroups[item.group];
        if (groupExcludesInvoicePayments(group))
            return fixed; // already fixed (a stale item): nothing to change
        // Widen an existing "Source is none of …" rather than adding a second one beside it.
        for (Filter &f : group.filters) {
            if (isSourceFilter(f)) {
                f.values.append(InvoiceSource);
                return fixed;
            }
        }
        Filter filter;
        filter.object = FilterObject::Payment;
        filter.property = SourceProperty;
        filter.propertyType = PropertyType::Enumeration;
        filter.op = Operator::IsNoneOf;
        filter.values = {InvoiceSource};
        group.filters.append(filter);
        return fixed;
    }
    if (item.code == QLatin1String("reenroll-creates-documents")) {
        Workflow fixed = workflow;
        // Only the switch: the chosen re-enrollment properties stay for when it is turned on again.
        fixed.enrollment.reenroll.enabled = false;
        return fixed;
    }
    return std::nullopt;
}

} // namespace bookflow
