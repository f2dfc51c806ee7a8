#include "core/engine/actionplanner.h"

#include "core/quickbooks/qbojson.h"
#include "core/util/clock.h"
#include "core/util/tr.h"
#include "core/workflow/filterevaluator.h"

#include <QJsonArray>
#include <QTimeZone>

namespace bookflow {

namespace {

// How many numbered alternatives ("Jane Doe 2" … "Jane Doe 99") are tried for a new customer's
// name before giving up: a company with that many namesakes needs a person to look.
constexpr int MaxNameSuffix = 99;

QString fold(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QJsonObject ref(const QString &value)
{
    return QJsonObject{{QStringLiteral("value"), value}};
}

QString reference(const QString &stepKey)
{
    return QStringLiteral("${%1}").arg(stepKey);
}

QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

QString money(const Decimal &amount)
{
    return amount.toFixed(2);
}

ApiError permanent(const QString &reason)
{
    ApiError error;
    error.cls = ApiError::Class::Permanent;
    error.reason = reason;
    return error;
}

std::optional<Decimal> decimalProperty(const HubSpotRecord &record, const QString &property)
{
    const QString text = record.text(property).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return Decimal::parse(text);
}

// "“Consulting” (SKU CONS-001)", or "line item 123" for a line without a name.
QString lineLabel(const LineItem &line)
{
    const QString name = line.name.trimmed();
    const QString sku = line.sku.trimmed();
    QString label = name.isEmpty() ? Tr::tr("line item %1").arg(line.id) : quoted(name);
    if (!sku.isEmpty())
        label = Tr::tr("%1 (SKU %2)").arg(label, sku);
    return label;
}

// The line at the start of a sentence: "Line “Consulting” (SKU CONS-001)", "Line item 123".
QString lineSubject(const LineItem &line)
{
    const QString sku = line.sku.trimmed();
    QString subject = line.name.trimmed().isEmpty()
                          ? Tr::tr("Line item %1").arg(line.id)
                          : Tr::tr("Line %1").arg(quoted(line.name.trimmed()));
    if (!sku.isEmpty())
        subject = Tr::tr("%1 (SKU %2)").arg(subject, sku);
    return subject;
}

// "product “Consulting” (id 2)".
QString itemLabel(const QboObject &item)
{
    return Tr::tr("product %1 (id %2)").arg(quoted(item.displayName()), item.id());
}

QString accountLabel(const QboObject &account)
{
    return Tr::tr("%1 (id %2)").arg(quoted(account.displayName()), account.id());
}

// "customer", "vendor" or "employee", for the owner of a taken name.
QString partyWord(const QboObject &party)
{
    const QString entity = party.entityName();
    if (entity == QLatin1String("Vendor"))
        return Tr::tr("vendor");
    if (entity == QLatin1String("Employee"))
        return Tr::tr("employee");
    return Tr::tr("customer");
}

QString ownerLabel(const QboObject &owner)
{
    if (!owner.isActive())
        //: "an inactive vendor “Jane Doe” (id 3)"
        return Tr::tr("an inactive %1 %2 (id %3)")
            .arg(partyWord(owner), quoted(owner.displayName()), owner.id());
    //: "the vendor “Jane Doe” (id 3)"
    return Tr::tr("the %1 %2 (id %3)")
        .arg(partyWord(owner), quoted(owner.displayName()), owner.id());
}

// The document's name in sentences: "invoice", "sales receipt", …
QString documentWord(QboEntity entity)
{
    switch (entity) {
    case QboEntity::Invoice:
        return Tr::tr("invoice");
    case QboEntity::Estimate:
        return Tr::tr("estimate");
    case QboEntity::SalesReceipt:
        return Tr::tr("sales receipt");
    case QboEntity::Purchase:
        return Tr::tr("expense");
    case QboEntity::RefundReceipt:
        return Tr::tr("refund receipt");
    case QboEntity::Payment:
        return Tr::tr("payment");
    default:
        return qboEntityName(entity);
    }
}

QboEntity documentEntity(ActionType type)
{
    switch (type) {
    case ActionType::CreateInvoice:
    case ActionType::CreatePaidInvoice:
        return QboEntity::Invoice;
    case ActionType::CreateEstimate:
        return QboEntity::Estimate;
    case ActionType::CreateSalesReceipt:
    case ActionType::CreatePaymentSalesReceipt:
        return QboEntity::SalesReceipt;
    case ActionType::CreateExpense:
        return QboEntity::Purchase;
    case ActionType::CreateRefundReceipt:
        return QboEntity::RefundReceipt;
    }
    return QboEntity::Invoice;
}

// A sales line (Invoice, Estimate, SalesReceipt, RefundReceipt): Amount = Qty × UnitPrice
// rounded to cents, half away from zero, in exact decimals (QBO refuses anything else, 6070).
// `taxCode` is TAX or NON (the only US line codes, 6100), or empty to let QuickBooks take the
// product's own setting.
QJsonObject salesLine(const QString &itemRef, const Decimal &quantity, const Decimal &unitPrice,
                      const QString &description, const QString &taxCode, Decimal *amountOut)
{
    const Decimal amount = (quantity * unitPrice).roundedToCents();
    if (amountOut)
        *amountOut = amount;
    QJsonObject detail{{QStringLiteral("ItemRef"), ref(itemRef)},
                       {QStringLiteral("Qty"), QboJson::number(quantity)},
                       {QStringLiteral("UnitPrice"), QboJson::number(unitPrice)}};
    if (!taxCode.isEmpty())
        detail.insert(QStringLiteral("TaxCodeRef"), ref(taxCode));
    QJsonObject line{{QStringLiteral("DetailType"), QStringLiteral("SalesItemLineDetail")},
                     {QStringLiteral("Amount"), QboJson::money(amount)},
                     {QStringLiteral("SalesItemLineDetail"), detail}};
    if (!description.isEmpty())
        line.insert(QStringLiteral("Description"), description);
    return line;
}

// QuickBooks uses ':' to join a sub-customer or sub-item to its parent, so a name may not hold
// one (Workato's troubleshooting list; the sandbox refuses it too).
QString withoutColons(QString name)
{
    return name.replace(QLatin1Char(':'), QLatin1Char('-'));
}

// The first DisplayName a new customer is offered: the contact's name, else the email.
QString baseDisplayName(const ContactInfo &contact)
{
    const QString full = QStringList{contact.firstName.trimmed(), contact.lastName.trimmed()}
                             .join(u' ')
                             .trimmed();
    return withoutColons(full.isEmpty() ? contact.email.trimmed() : full);
}

class Planner
{
public:
    Planner(const Action &action, const Connection &company, const RecordContext &record,
            QboDirectory &directory, const FilterEvaluator &evaluator)
        : m_action(action), m_company(company), m_record(record), m_directory(directory),
          m_evaluator(evaluator)
    {
    }

    Plan run()
    {
        if (!actionAllowedFor(m_action.type, m_record.objectType)) {
            fail(permanent(Tr::tr("“%1” can't run in a %2-based workflow. Remove the action or "
                                  "use it in a workflow of the right kind.")
                               .arg(actionTypeLabel(m_action.type),
                                    objectTypeLabel(m_record.objectType).toLower())));
            return m_plan;
        }
        if (!checkUnitedStates())
            return m_plan;
        if (m_action.type == ActionType::CreateExpense)
            planExpense();
        else
            planSalesDocument();
        if (!m_plan.ok())
            m_plan.steps.clear();
        return m_plan;
    }

private:
    struct NewItem
    {
        QString key; // the step key, "item:<line item id>"
        QString name;
        QString sku;
        QString productId;
    };

    bool fail(const ApiError &error)
    {
        m_plan.failure = error;
        return false;
    }

    template <typename T> bool check(const ApiResult<T> &result)
    {
        if (result)
            return true;
        return fail(result.error());
    }

    void note(const QString &text) { m_plan.notes.append(text); }

    QString recordName() const { return m_record.describe(); }

    QString privateNote() const
    {
        //: PrivateNote of every document Bookflow creates; %1 is "deal 123", "payment 789", …
        return Tr::tr("Created by Bookflow from HubSpot %1").arg(recordName());
    }

    // ---- the US gate -----------------------------------------------------------------------

    bool checkUnitedStates()
    {
        Connection probe = m_company;
        if (probe.country.trimmed().isEmpty()) {
            // Not recorded yet (an older connection): CompanyInfo says, once per run.
            const ApiResult<QboObject> info = m_directory.companyInfo();
            if (!check(info))
                return false;
            probe.country = info->text(QStringLiteral("Country"));
        }
        if (probe.isUnitedStates())
            return true;
        const QString country =
            probe.country.trimmed().isEmpty() ? Tr::tr("not known") : probe.country.trimmed();
        return fail(permanent(
            Tr::tr("“%1” is a QuickBooks company outside the US (country: %2). Bookflow creates "
                   "QuickBooks documents only in US companies; choose a US company.")
                .arg(m_company.name.isEmpty() ? m_company.accountId : m_company.name, country)));
    }

    // ---- accounts and terms ----------------------------------------------------------------

    // The account `id` chosen in the action for `role` ("deposit-to account", …); fails when it
    // is gone or inactive.
    bool chosenAccount(const QString &id, const QString &role, QboObject *out)
    {
        const ApiResult<std::optional<QboObject>> account = m_directory.account(id);
        if (!check(account))
            return false;
        if (!account.value())
            return fail(permanent(Tr::tr("The %1 chosen in this action (QuickBooks account id %2) "
                                         "no longer exists or is inactive in QuickBooks. Choose "
                                         "another account.")
                                      .arg(role, id)));
        *out = *account.value();
        return true;
    }

    // ---- customer --------------------------------------------------------------------------

    QString contactLabel(const ContactInfo &contact) const
    {
        const QString name = QStringList{contact.firstName.trimmed(), contact.lastName.trimmed()}
                                 .join(u' ')
                                 .trimmed();
        if (!name.isEmpty() && !contact.email.trimmed().isEmpty())
            return Tr::tr("contact %1 (%2)").arg(quoted(name), contact.email.trimmed());
        if (!name.isEmpty())
            return Tr::tr("contact %1").arg(quoted(name));
        if (!contact.email.trimmed().isEmpty())
            return Tr::tr("contact %1").arg(contact.email.trimmed());
        return Tr::tr("contact %1").arg(contact.id);
    }

    // Sets m_customerRef to the customer's id, or to ${customer} with a CreateCustomer step.
    bool resolveCustomer()
    {
        if (m_action.customer.source == CustomerChoice::Source::QuickBooksCustomer)
            return chosenCustomer();

        if (!m_record.contact)
            return fail(permanent(
                Tr::tr("%1 has no associated contact, so there is no customer for the %2. "
                       "Associate a contact with it in HubSpot, or choose one QuickBooks "
                       "customer in the action.")
                    .arg(capitalized(recordName()), documentWord(documentEntity(m_action.type)))));
        const ContactInfo &contact = *m_record.contact;
        if (m_record.contactCount > 1)
            note(Tr::tr("%1 has %2 associated contacts; the first, %3, is the customer.")
                     .arg(capitalized(recordName()))
                     .arg(m_record.contactCount)
                     .arg(contactLabel(contact)));
        if (m_company.integrationMode == IntegrationMode::DataSync)
            return dataSyncCustomer(contact);
        return legacyCustomer(contact);
    }

    static QString capitalized(QString text)
    {
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }

    bool chosenCustomer()
    {
        const QString id = m_action.customer.id.trimmed();
        if (id.isEmpty())
            return fail(permanent(Tr::tr("Choose the QuickBooks customer this action uses.")));
        const ApiResult<std::optional<QboObject>> found = m_directory.customer(id);
        if (!check(found))
            return false;
        if (!found.value())
            return fail(permanent(Tr::tr("The QuickBooks customer chosen in this action (id %1) "
                                         "no longer exists. Choose another customer.")
                                      .arg(id)));
        const QboObject &customer = *found.value();
        if (!customer.isActive())
            return fail(permanent(
                Tr::tr("The QuickBooks customer %1 (id %2) chosen in this action is inactive. "
                       "Make it active again in QuickBooks, or choose another customer.")
                    .arg(quoted(customer.displayName()), id)));
        m_customerRef = customer.id();
        note(Tr::tr("Customer: %1 (id %2), chosen in the action.")
                 .arg(quoted(customer.displayName()), customer.id()));
        return true;
    }

    static bool namesMatch(const QboObject &customer, const ContactInfo &contact)
    {
        const QString given = customer.text(QStringLiteral("GivenName"));
        const QString family = customer.text(QStringLiteral("FamilyName"));
        if (given.trimmed().isEmpty() && family.trimmed().isEmpty()) {
            // A customer entered with a display name only: compare that with "First Last".
            const QString full =
                QStringList{contact.firstName.trimmed(), contact.lastName.trimmed()}
                    .join(u' ')
                    .trimmed();
            return !full.isEmpty() && fold(customer.displayName()) == fold(full);
        }
        return fold(given) == fold(contact.firstName) && fold(family) == fold(contact.lastName);
    }

    void useCustomer(const QboObject &customer, const QString &how)
    {
        m_customerRef = customer.id();
        //: "Customer: “Jane Doe” (id 58), matched by email and name."
        note(Tr::tr("Customer: %1 (id %2), %3.")
                 .arg(quoted(customer.displayName()), customer.id(), how));
    }

    bool legacyCustomer(const ContactInfo &contact)
    {
        const QString email = contact.email.trimmed();
        const bool hasNames =
            !contact.firstName.trimmed().isEmpty() || !contact.lastName.trimmed().isEmpty();
        if (!email.isEmpty()) {
            const ApiResult<QVector<QboObject>> byEmail = m_directory.customersByEmail(email);
            if (!check(byEmail))
                return false;
            for (const QboObject &customer : byEmail.value()) {
                if (!hasNames) {
                    useCustomer(customer, Tr::tr("matched by email (the contact has no name)"));
                    return true;
                }
                if (namesMatch(customer, contact)) {
                    useCustomer(customer, Tr::tr("matched by email and name"));
                    return true;
                }
            }
            if (!byEmail->isEmpty())
                note(Tr::tr("%n QuickBooks customer(s) have the email %1, but none has the "
                            "contact's first and last name, so a new customer is made.",
                            nullptr, int(byEmail->size()))
                         .arg(email));
            return newCustomer(contact);
        }
        // Without an email the name is all there is. A customer of exactly that name and
        // without an email is taken to be this person; otherwise each run would add another
        // "Jane Doe 2".
        const QString base = baseDisplayName(contact);
        if (!base.isEmpty()) {
            const ApiResult<std::optional<QboObject>> owner = m_directory.nameOwner(base);
            if (!check(owner))
                return false;
            const std::optional<QboObject> &found = owner.value();
            if (found && found->entityName() == QLatin1String("Customer") && found->isActive() &&
                found->text(QStringLiteral("PrimaryEmailAddr.Address")).trimmed().isEmpty() &&
                namesMatch(*found, contact)) {
                useCustomer(*found, Tr::tr("matched by name (neither has an email address)"));
                return true;
            }
        }
        return newCustomer(contact);
    }

    bool dataSyncCustomer(const ContactInfo &contact)
    {
        if (!m_company.dataSyncFilters.isEmpty()) {
            RecordView view = m_record.view();
            QJsonObject properties = contact.properties;
            // The typed fields fill in what a hand-made or partial record lacks.
            const auto fill = [&properties](const char *name, const QString &value) {
                const QString key = QString::fromLatin1(name);
                if (!value.isEmpty() && properties.value(key).toString().isEmpty())
                    properties.insert(key, value);
            };
            fill("firstname", contact.firstName);
            fill("lastname", contact.lastName);
            fill("email", contact.email);
            view.objects.insert(FilterObject::Contact, properties);
            const TriggerOutcome outcome = m_evaluator.evaluate(m_company.dataSyncFilters, view);
            if (!outcome.met) {
                QStringList groups;
                for (const GroupOutcome &group : outcome.groups) {
                    QStringList failed;
                    for (const FilterOutcome &filter : group.filters) {
                        if (!filter.met)
                            failed.append(filter.detail);
                    }
                    if (!failed.isEmpty())
                        groups.append(failed.join(QStringLiteral("; ")));
                }
                const QString why = groups.isEmpty() ? Tr::tr("no filter group is met")
                                                     : groups.join(Tr::tr("; or "));
                return fail(permanent(
                    Tr::tr("The %1 is not eligible for the QuickBooks data sync, so it is not "
                           "synced and no customer was used or created: it doesn't meet the "
                           "connection's data-sync contact filters (%2).")
                        .arg(contactLabel(contact), why)));
            }
            note(Tr::tr("The %1 meets the connection's data-sync contact filters.")
                     .arg(contactLabel(contact)));
        } else {
            note(Tr::tr("The connection has no data-sync contact filters, so every contact is "
                        "eligible."));
        }

        const QString email = contact.email.trimmed();
        if (email.isEmpty())
            return fail(permanent(
                Tr::tr("The %1 has no email address. With the data sync, customers are matched "
                       "by email, so Bookflow can't tell which QuickBooks customer this is. Add "
                       "an email address to the contact in HubSpot.")
                    .arg(contactLabel(contact))));
        const ApiResult<QVector<QboObject>> byEmail = m_directory.customersByEmail(email);
        if (!check(byEmail))
            return false;
        if (!byEmail->isEmpty()) {
            const QboObject &first = byEmail->first();
            if (byEmail->size() > 1)
                useCustomer(first, Tr::tr("matched by email; %n other customer(s) have the same "
                                          "email, the oldest is used",
                                          nullptr, int(byEmail->size()) - 1));
            else
                useCustomer(first, Tr::tr("matched by email"));
            return true;
        }
        return newCustomer(contact);
    }

    // A CreateCustomer step, under a DisplayName no customer, vendor or employee has (6240).
    bool newCustomer(const ContactInfo &contact)
    {
        const QString base = baseDisplayName(contact);
        const QString email = contact.email.trimmed();
        if (base.isEmpty())
            return fail(permanent(Tr::tr("The %1 has no name and no email address, so there is "
                                         "nothing to name a new QuickBooks customer by. Add a "
                                         "name or an email address to the contact in HubSpot.")
                                      .arg(contactLabel(contact))));

        QStringList candidates{base};
        if (!email.isEmpty() && fold(base) != fold(email))
            candidates.append(Tr::tr("%1 (%2)").arg(base, withoutColons(email)));
        for (int n = 2; n <= MaxNameSuffix; ++n)
            candidates.append(QStringLiteral("%1 %2").arg(base).arg(n));

        std::optional<QboObject> firstOwner;
        QString chosen;
        for (const QString &candidate : std::as_const(candidates)) {
            const ApiResult<std::optional<QboObject>> owner = m_directory.nameOwner(candidate);
            if (!check(owner))
                return false;
            if (!owner.value()) {
                chosen = candidate;
                break;
            }
            if (!firstOwner)
                firstOwner = owner.value();
        }
        if (chosen.isEmpty())
            return fail(permanent(
                Tr::tr("QuickBooks already has customers, vendors or employees named %1 and "
                       "every variant Bookflow tried (up to %2), so it can't name the new "
                       "customer for the %3. Rename some of them in QuickBooks, or choose one "
                       "QuickBooks customer in the action.")
                    .arg(quoted(base), quoted(candidates.constLast()), contactLabel(contact))));

        QJsonObject body{{QStringLiteral("DisplayName"), chosen}};
        if (!contact.firstName.trimmed().isEmpty())
            body.insert(QStringLiteral("GivenName"), contact.firstName.trimmed());
        if (!contact.lastName.trimmed().isEmpty())
            body.insert(QStringLiteral("FamilyName"), contact.lastName.trimmed());
        if (!email.isEmpty())
            body.insert(QStringLiteral("PrimaryEmailAddr"),
                        QJsonObject{{QStringLiteral("Address"), email}});

        PlanStep step;
        step.kind = PlanStep::Kind::CreateCustomer;
        step.key = QStringLiteral("customer");
        step.entity = QboEntity::Customer;
        step.body = body;
        step.summary = Tr::tr("Create customer %1").arg(quoted(chosen));
        m_plan.steps.append(step);
        m_customerRef = reference(step.key);

        const QString how =
            m_company.integrationMode == IntegrationMode::DataSync
                ? Tr::tr("no QuickBooks customer has the email %1").arg(email)
            : email.isEmpty()
                ? Tr::tr("the contact has no email address and no customer "
                         "without one has this name")
                : Tr::tr("no QuickBooks customer has the email %1 and this name").arg(email);
        if (firstOwner)
            note(Tr::tr("Customer: a new customer %1 will be created for the %2 (%3). %4 is "
                        "already the name of %5, and names must be unique across customers, "
                        "vendors and employees in QuickBooks.")
                     .arg(quoted(chosen), contactLabel(contact), how, quoted(base),
                          ownerLabel(*firstOwner)));
        else
            note(Tr::tr("Customer: a new customer %1 will be created for the %2 (%3).")
                     .arg(quoted(chosen), contactLabel(contact), how));
        return true;
    }

    // ---- lines -----------------------------------------------------------------------------

    // TAX or NON for a HubSpot line, so QuickBooks taxes exactly the lines HubSpot taxed.
    static QString taxCodeFor(const LineItem &line)
    {
        return line.taxable ? QStringLiteral("TAX") : QStringLiteral("NON");
    }

    // One line for the product chosen in the action, at `amount`.
    bool chosenItemLine(const Decimal &amount, const QString &amountWhat)
    {
        const QString id = m_action.products.id.trimmed();
        if (id.isEmpty())
            return fail(permanent(Tr::tr("Choose the QuickBooks product this action uses.")));
        const ApiResult<std::optional<QboObject>> found = m_directory.item(id);
        if (!check(found))
            return false;
        if (!found.value())
            return fail(permanent(Tr::tr("The QuickBooks product chosen in this action (id %1) no "
                                         "longer exists or is inactive. Choose another product.")
                                      .arg(id)));
        const QboObject &item = *found.value();
        // A paid invoice must not pick up tax the payment doesn't cover; otherwise QuickBooks
        // applies the product's own tax setting to the record's amount.
        const QString taxCode =
            m_action.type == ActionType::CreatePaidInvoice ? QStringLiteral("NON") : QString();
        Decimal lineAmount;
        m_lines.append(salesLine(item.id(), Decimal::fromInteger(1), amount, item.displayName(),
                                 taxCode, &lineAmount));
        m_linesTotal = m_linesTotal + lineAmount;
        //: "Line: product “Consulting” (id 2), chosen in the action: quantity 1 at 1234.50, the
        //: amount of deal 104."
        note(Tr::tr("Line: %1, chosen in the action: quantity 1 at %2, the %3 of %4.")
                 .arg(itemLabel(item), money(lineAmount), amountWhat, recordName()));
        return true;
    }

    // The income account new products are booked to: the connection's, or the company's first
    // Income account.
    bool incomeAccount(QboObject *out)
    {
        if (m_incomeAccount) {
            *out = *m_incomeAccount;
            return true;
        }
        const QString chosen = m_company.incomeAccount.trimmed();
        if (!chosen.isEmpty()) {
            const ApiResult<std::optional<QboObject>> account = m_directory.account(chosen);
            if (!check(account))
                return false;
            if (!account.value())
                return fail(permanent(
                    Tr::tr("The income account chosen for new products in this QuickBooks "
                           "connection (account id %1) no longer exists or is inactive. Choose "
                           "another income account in the connection's settings.")
                        .arg(chosen)));
            m_incomeAccount = account.value();
        } else {
            const ApiResult<std::optional<QboObject>> first =
                m_directory.firstAccountOfType(QStringLiteral("Income"));
            if (!check(first))
                return false;
            if (!first.value())
                return fail(permanent(
                    Tr::tr("Some products must be created in QuickBooks, but the company has no "
                           "income account to book them to. Create an income account in "
                           "QuickBooks and choose it in the connection's settings.")));
            m_incomeAccount = first.value();
        }
        *out = *m_incomeAccount;
        return true;
    }

    // The CreateItem step for `line`'s missing product (shared by lines of the same product),
    // or nullptr after a failure.
    const NewItem *newItemFor(const LineItem &line)
    {
        const QString name = withoutColons(line.name.trimmed());
        const QString sku = line.sku.trimmed();
        const QString productId = line.productId.trimmed();
        const QString itemName = name.isEmpty() ? withoutColons(sku) : name;
        // QuickBooks product names are unique, so two lines that would create the same name are
        // one product; so are lines of one HubSpot product or one SKU.
        for (const NewItem &item : std::as_const(m_newItems)) {
            if (fold(item.name) == fold(itemName) ||
                (!sku.isEmpty() && fold(item.sku) == fold(sku)) ||
                (!productId.isEmpty() && item.productId == productId))
                return &item;
        }
        if (itemName.isEmpty()) {
            fail(permanent(Tr::tr("%1 has neither a name nor a SKU, so Bookflow can't name the "
                                  "QuickBooks product to create for it. Give the line item a "
                                  "name in HubSpot.")
                               .arg(lineSubject(line))));
            return nullptr;
        }
        QboObject account;
        if (!incomeAccount(&account))
            return nullptr;

        NewItem item;
        item.key = QStringLiteral("item:%1").arg(
            line.id.isEmpty() ? QStringLiteral("line%1").arg(m_newItems.size() + 1) : line.id);
        item.name = itemName;
        item.sku = sku;
        item.productId = productId;

        QJsonObject body{{QStringLiteral("Name"), itemName},
                         {QStringLiteral("Type"), QStringLiteral("Service")},
                         {QStringLiteral("IncomeAccountRef"), ref(account.id())}};
        if (!sku.isEmpty())
            body.insert(QStringLiteral("Sku"), sku);
        PlanStep step;
        step.kind = PlanStep::Kind::CreateItem;
        step.key = item.key;
        step.entity = QboEntity::Item;
        step.body = body;
        step.summary = Tr::tr("Create product %1 (service, income account %2)")
                           .arg(quoted(itemName), quoted(account.displayName()));
        m_plan.steps.append(step);
        m_newItems.append(item);
        return &m_newItems.constLast();
    }

    // The item for `line` by mapping, SKU, then name; nullopt (and ok) when none matches.
    bool matchLine(const LineItem &line, std::optional<QboObject> *item, QString *how)
    {
        const QString productId = line.productId.trimmed();
        if (!productId.isEmpty()) {
            const QString mapped = m_company.productMapping.value(productId).trimmed();
            if (!mapped.isEmpty()) {
                const ApiResult<std::optional<QboObject>> found = m_directory.item(mapped);
                if (!check(found))
                    return false;
                if (found.value()) {
                    *item = found.value();
                    *how = Tr::tr("matched by the product mapping (HubSpot product %1)")
                               .arg(productId);
                    return true;
                }
                note(Tr::tr("The product mapping links HubSpot product %1 to QuickBooks product "
                            "id %2, which no longer exists or is inactive; %3 is matched by SKU "
                            "and name instead.")
                         .arg(productId, mapped, lineLabel(line)));
            }
        }
        const QString sku = line.sku.trimmed();
        if (!sku.isEmpty()) {
            const ApiResult<std::optional<QboObject>> found = m_directory.itemBySku(sku);
            if (!check(found))
                return false;
            if (found.value()) {
                *item = found.value();
                *how = Tr::tr("matched by SKU %1").arg(sku);
                return true;
            }
        }
        const QString name = line.name.trimmed();
        if (!name.isEmpty()) {
            const ApiResult<std::optional<QboObject>> found = m_directory.itemByName(name);
            if (!check(found))
                return false;
            if (found.value()) {
                *item = found.value();
                *how = Tr::tr("matched by name");
                return true;
            }
        }
        return true;
    }

    bool lineItemLines()
    {
        if (m_record.lineItems.isEmpty())
            return fail(permanent(
                Tr::tr("%1 has no line items, so there is nothing to put on the %2. Add line "
                       "items to it in HubSpot, or choose one QuickBooks product in the action.")
                    .arg(capitalized(recordName()), documentWord(documentEntity(m_action.type)))));

        // A line whose quantity or price HubSpot sent unreadable is never guessed at.
        for (const LineItem &line : m_record.lineItems) {
            // Each problem is a sentence that names its line ("Line “X” has no unit price.").
            if (!line.problems.isEmpty())
                return fail(
                    permanent(Tr::tr("A line item of %1 can't be used: %2 Correct it in "
                                     "HubSpot.")
                                  .arg(recordName(), line.problems.join(QLatin1Char(' ')))));
        }

        struct Resolved
        {
            const LineItem *line;
            QString itemRef;
        };
        QVector<Resolved> resolved;
        QStringList unmatched;
        for (const LineItem &line : m_record.lineItems) {
            std::optional<QboObject> item;
            QString how;
            if (!matchLine(line, &item, &how))
                return false;
            if (item) {
                resolved.append({&line, item->id()});
                note(Tr::tr("%1: %2, %3.").arg(lineSubject(line), itemLabel(*item), how));
                continue;
            }
            if (!m_action.createProductIfMissing) {
                unmatched.append(lineLabel(line));
                continue;
            }
            // QuickBooks keeps the names of inactive products: a new one can't take the name.
            const QString wanted = withoutColons(
                line.name.trimmed().isEmpty() ? line.sku.trimmed() : line.name.trimmed());
            if (!wanted.isEmpty()) {
                const ApiResult<std::optional<QboObject>> owner = m_directory.itemNameOwner(wanted);
                if (!check(owner))
                    return false;
                if (owner.value() && owner.value()->isActive()) {
                    resolved.append({&line, owner.value()->id()});
                    note(Tr::tr("%1: %2, matched by name.")
                             .arg(lineSubject(line), itemLabel(*owner.value())));
                    continue;
                }
                if (owner.value())
                    return fail(permanent(
                        Tr::tr("%1 matches no active QuickBooks product, and a new one can't be "
                               "named %2: QuickBooks has an inactive product of that name (id "
                               "%3). Make it active again in QuickBooks, or rename it.")
                            .arg(lineSubject(line), quoted(wanted), owner.value()->id())));
            }
            const NewItem *created = newItemFor(line);
            if (!created)
                return false;
            resolved.append({&line, reference(created->key)});
            note(Tr::tr("%1: no QuickBooks product matches it by product mapping, SKU or "
                        "name; product %2 will be created.")
                     .arg(lineSubject(line), quoted(created->name)));
        }
        if (!unmatched.isEmpty())
            return fail(permanent(
                Tr::tr("No %1 was created: %n line item(s) match no QuickBooks product, and the "
                       "action doesn't create missing products: %2. Add the products to "
                       "QuickBooks, or set “Create the product in QuickBooks if it doesn't "
                       "exist” to Yes.",
                       nullptr, int(unmatched.size()))
                    .arg(documentWord(documentEntity(m_action.type)),
                         unmatched.join(QStringLiteral(", ")))));

        for (const Resolved &r : std::as_const(resolved)) {
            const LineItem &line = *r.line;
            Decimal amount;
            m_lines.append(salesLine(r.itemRef, line.quantity, line.unitPrice, line.name.trimmed(),
                                     taxCodeFor(line), &amount));
            m_linesTotal = m_linesTotal + amount;
            if (!line.amount.isZero() && line.amount.roundedToCents() != amount)
                note(Tr::tr("%1: HubSpot's amount is %2, but quantity × unit price is %3 "
                            "(a discount?); QuickBooks gets quantity × unit price.")
                         .arg(lineSubject(line), money(line.amount), money(amount)));
        }
        return true;
    }

    bool resolveLines(const std::optional<Decimal> &chosenAmount, const QString &amountWhat)
    {
        if (m_action.products.source == ProductChoice::Source::QuickBooksItem) {
            if (!chosenAmount)
                return fail(permanent(
                    Tr::tr("%1 has no %2, so the line for the product chosen in the action has "
                           "no price.")
                        .arg(capitalized(recordName()), amountWhat)));
            return chosenItemLine(*chosenAmount, amountWhat);
        }
        return lineItemLines();
    }

    // ---- documents -------------------------------------------------------------------------

    // The record's own amount as a positive number, or a failure naming what is missing.
    bool positiveAmount(const QString &what, Decimal *out)
    {
        const std::optional<Decimal> amount = m_record.amount();
        if (!amount || *amount <= Decimal())
            return fail(permanent(Tr::tr("%1 has no %2 (it is empty or 0), so there is nothing to "
                                         "record in QuickBooks.")
                                      .arg(capitalized(recordName()), what)));
        *out = *amount;
        return true;
    }

    // PRODUCT.md §1: a refund receipt only for a payment refunded in full.
    bool checkFullRefund(Decimal *refundedOut)
    {
        Decimal initial;
        if (!positiveAmount(Tr::tr("amount"), &initial))
            return false;
        const std::optional<Decimal> refunded =
            decimalProperty(m_record.record, QStringLiteral("hs_refunds_amount"));
        const std::optional<Decimal> netAfter =
            decimalProperty(m_record.record, QStringLiteral("hs_net_amount_after_refunds"));
        const bool anyRefund = refunded && *refunded > Decimal();
        bool full = anyRefund && *refunded == initial;
        // hubspot-verified.md §4: nothing left after refunds is a full refund too, when HubSpot
        // didn't send the refunded amount itself.
        if (!full && !refunded && netAfter && netAfter->isZero())
            full = true;
        if (full) {
            *refundedOut = anyRefund ? *refunded : initial;
            note(Tr::tr("%1 is refunded in full (%2).")
                     .arg(capitalized(recordName()), money(*refundedOut)));
            return true;
        }
        if (anyRefund && *refunded < initial)
            return fail(
                permanent(Tr::tr("%1 is only partly refunded: %2 of %3. A refund receipt "
                                 "is created only when the whole payment is refunded.")
                              .arg(capitalized(recordName()), money(*refunded), money(initial))));
        if (anyRefund)
            return fail(
                permanent(Tr::tr("%1 shows more refunded (%2) than was paid (%3). Check "
                                 "the payment in HubSpot; no refund receipt was created.")
                              .arg(capitalized(recordName()), money(*refunded), money(initial))));
        return fail(permanent(Tr::tr("%1 has not been refunded (its refunded amount is empty or "
                                     "0), so there is no refund to record.")
                                  .arg(capitalized(recordName()))));
    }

    bool checkNoTaxableLines()
    {
        QStringList taxable;
        for (const LineItem &line : m_record.lineItems) {
            if (line.taxable)
                taxable.append(lineLabel(line));
        }
        if (taxable.isEmpty())
            return true;
        return fail(permanent(
            Tr::tr("A paid invoice can't be created for %1: %n line item(s) are taxed (%2), and "
                   "Bookflow creates paid invoices only for untaxed line items, so the payment "
                   "covers the invoice exactly. Use “Create a sales receipt in QuickBooks” for "
                   "taxed payments.",
                   nullptr, int(taxable.size()))
                .arg(recordName(), taxable.join(QStringLiteral(", ")))));
    }

    void planSalesDocument()
    {
        const ActionType type = m_action.type;
        const QboEntity entity = documentEntity(type);
        const ActionSpec &spec = actionSpec(type);
        const bool fromLineItems = m_action.products.source == ProductChoice::Source::LineItems;

        // What the record itself must say first: it costs no request.
        Decimal paymentAmount;
        Decimal refunded;
        std::optional<Decimal> chosenAmount = m_record.amount();
        QString amountWhat = Tr::tr("amount");
        if (type == ActionType::CreatePaidInvoice) {
            if (!positiveAmount(Tr::tr("amount"), &paymentAmount))
                return;
            if (fromLineItems && !checkNoTaxableLines())
                return;
        } else if (type == ActionType::CreateRefundReceipt) {
            if (!checkFullRefund(&refunded))
                return;
            chosenAmount = refunded;
            amountWhat = Tr::tr("refunded amount");
        }

        // The action's settings.
        QString termId;
        if (spec.usesPaymentTerms) {
            termId = m_action.paymentTerms.trimmed();
            if (termId.isEmpty()) {
                note(Tr::tr("Payment terms: the customer's default."));
            } else {
                const ApiResult<std::optional<QboObject>> term = m_directory.term(termId);
                if (!check(term))
                    return;
                if (!term.value()) {
                    fail(permanent(Tr::tr("The payment terms chosen in this action (QuickBooks "
                                          "term id %1) no longer exist or are inactive. Choose "
                                          "other terms, or the customer's default.")
                                       .arg(termId)));
                    return;
                }
                note(Tr::tr("Payment terms: %1.").arg(quoted(term.value()->displayName())));
            }
        }
        QString depositId;
        if (spec.usesDepositAccount) {
            depositId = m_action.depositAccount.trimmed();
            if (depositId.isEmpty()) {
                note(Tr::tr("Deposit to: Undeposited Funds (QuickBooks' default)."));
            } else {
                QboObject account;
                if (!chosenAccount(depositId, Tr::tr("deposit-to account"), &account))
                    return;
                note(Tr::tr("Deposit to: %1.").arg(accountLabel(account)));
            }
        }
        if (spec.usesRefundFromAccount) {
            depositId = m_action.refundFromAccount.trimmed();
            if (depositId.isEmpty()) {
                fail(permanent(Tr::tr("Choose the QuickBooks account the refund is paid from.")));
                return;
            }
            QboObject account;
            if (!chosenAccount(depositId, Tr::tr("refund-from account"), &account))
                return;
            note(Tr::tr("Refund from: %1.").arg(accountLabel(account)));
        }

        if (!resolveCustomer())
            return;
        if (!resolveLines(chosenAmount, amountWhat))
            return;

        QJsonObject body{{QStringLiteral("CustomerRef"), ref(m_customerRef)},
                         {QStringLiteral("Line"), m_lines},
                         {QStringLiteral("PrivateNote"), privateNote()}};
        if (!termId.isEmpty())
            body.insert(QStringLiteral("SalesTermRef"), ref(termId));
        if (!depositId.isEmpty() && type != ActionType::CreatePaidInvoice)
            body.insert(QStringLiteral("DepositToAccountRef"), ref(depositId));

        PlanStep document;
        document.kind = PlanStep::Kind::CreateDocument;
        document.key = QStringLiteral("document");
        document.entity = entity;
        document.body = body;
        //: "Create invoice for deal 123 (total 150.00)"
        document.summary = Tr::tr("Create %1 for %2 (lines total %3)")
                               .arg(documentWord(entity), recordName(), money(m_linesTotal));
        m_plan.steps.append(document);

        if (type == ActionType::CreateRefundReceipt && m_linesTotal != refunded)
            note(Tr::tr("The refund receipt's lines total %1, while %2 refunded %3.")
                     .arg(money(m_linesTotal), recordName(), money(refunded)));
        if (type == ActionType::CreatePaymentSalesReceipt && chosenAmount &&
            m_linesTotal != chosenAmount->roundedToCents())
            note(Tr::tr("The sales receipt's lines total %1, while %2 is for %3.")
                     .arg(money(m_linesTotal), recordName(), money(*chosenAmount)));
        if (type == ActionType::CreatePaidInvoice)
            planPayment(paymentAmount, depositId);
    }

    // The Payment applied to the invoice of this plan, for the payment's amount.
    void planPayment(const Decimal &paymentAmount, const QString &depositId)
    {
        const Decimal total = paymentAmount.roundedToCents();
        // QuickBooks refuses to apply more than the invoice's balance; what is left over stays
        // on the payment as an unapplied credit for the customer.
        const Decimal applied = total < m_linesTotal ? total : m_linesTotal;
        QJsonObject body{{QStringLiteral("CustomerRef"), ref(m_customerRef)},
                         {QStringLiteral("TotalAmt"), QboJson::money(total)},
                         {QStringLiteral("PrivateNote"), privateNote()}};
        if (applied > Decimal()) {
            const QJsonObject link{{QStringLiteral("TxnId"), reference(QStringLiteral("document"))},
                                   {QStringLiteral("TxnType"), QStringLiteral("Invoice")}};
            body.insert(QStringLiteral("Line"),
                        QJsonArray{QJsonObject{{QStringLiteral("Amount"), QboJson::money(applied)},
                                               {QStringLiteral("LinkedTxn"), QJsonArray{link}}}});
        }
        if (!depositId.isEmpty())
            body.insert(QStringLiteral("DepositToAccountRef"), ref(depositId));

        PlanStep step;
        step.kind = PlanStep::Kind::CreatePayment;
        step.key = QStringLiteral("payment");
        step.entity = QboEntity::Payment;
        step.body = body;
        step.summary = Tr::tr("Create payment of %1 applied to the invoice").arg(money(total));
        m_plan.steps.append(step);

        if (total > m_linesTotal)
            note(Tr::tr("The payment (%1) is more than the invoice (%2); %3 stays on the "
                        "payment as a credit for the customer.")
                     .arg(money(total), money(m_linesTotal), money(total - m_linesTotal)));
        else if (total < m_linesTotal)
            note(Tr::tr("The payment (%1) is less than the invoice (%2); the invoice stays open "
                        "for %3.")
                     .arg(money(total), money(m_linesTotal), money(m_linesTotal - total)));
    }

    void planExpense()
    {
        const std::optional<Decimal> fee =
            decimalProperty(m_record.record, QStringLiteral("hs_fees_amount"));
        if (!fee || *fee <= Decimal()) {
            fail(permanent(Tr::tr("%1 has no processing fee (its fees amount is empty or 0), so "
                                  "there is no expense to record.")
                               .arg(capitalized(recordName()))));
            return;
        }
        const QString paidFromId = m_action.paidFromAccount.trimmed();
        if (paidFromId.isEmpty()) {
            fail(permanent(Tr::tr("Choose the bank or credit card account the fee is paid "
                                  "from.")));
            return;
        }
        const QString expenseId = m_action.expenseAccount.trimmed();
        if (expenseId.isEmpty()) {
            fail(permanent(Tr::tr("Choose the expense category account for the fee.")));
            return;
        }
        QboObject paidFrom;
        if (!chosenAccount(paidFromId, Tr::tr("paid-from account"), &paidFrom))
            return;
        // qbo-api.md §3 Purchase: Cash/Check pay from a bank account, CreditCard from a credit
        // card account; anything else is refused by QuickBooks.
        const QString accountType = paidFrom.text(QStringLiteral("AccountType")).trimmed();
        QString paymentType;
        if (accountType.compare(QLatin1String("Credit Card"), Qt::CaseInsensitive) == 0)
            paymentType = QStringLiteral("CreditCard");
        else if (accountType.compare(QLatin1String("Bank"), Qt::CaseInsensitive) == 0)
            paymentType = QStringLiteral("Cash");
        if (paymentType.isEmpty()) {
            fail(permanent(Tr::tr("The paid-from account %1 is of type “%2”; a fee can only be "
                                  "paid from a bank or credit card account. Choose another "
                                  "account.")
                               .arg(accountLabel(paidFrom), accountType)));
            return;
        }
        QboObject expense;
        if (!chosenAccount(expenseId, Tr::tr("expense category account"), &expense))
            return;

        const Decimal amount = fee->roundedToCents();
        const QJsonObject line{
            {QStringLiteral("DetailType"), QStringLiteral("AccountBasedExpenseLineDetail")},
            {QStringLiteral("Amount"), QboJson::money(amount)},
            {QStringLiteral("Description"),
             Tr::tr("Processing fee of HubSpot %1").arg(recordName())},
            {QStringLiteral("AccountBasedExpenseLineDetail"),
             QJsonObject{{QStringLiteral("AccountRef"), ref(expense.id())}}}};
        QJsonObject body{{QStringLiteral("AccountRef"), ref(paidFrom.id())},
                         {QStringLiteral("PaymentType"), paymentType},
                         {QStringLiteral("Line"), QJsonArray{line}},
                         {QStringLiteral("PrivateNote"), privateNote()}};
        const QString vendor = m_action.vendor.trimmed();
        if (!vendor.isEmpty())
            body.insert(QStringLiteral("EntityRef"),
                        QJsonObject{{QStringLiteral("value"), vendor},
                                    {QStringLiteral("type"), QStringLiteral("Vendor")}});

        PlanStep step;
        step.kind = PlanStep::Kind::CreateDocument;
        step.key = QStringLiteral("document");
        step.entity = QboEntity::Purchase;
        step.body = body;
        step.summary = Tr::tr("Create expense of %1 for the processing fee of %2")
                           .arg(money(amount), recordName());
        m_plan.steps.append(step);
        note(Tr::tr("Expense: %1 paid from %2 (%3), category %4.")
                 .arg(money(amount), accountLabel(paidFrom),
                      paymentType == QLatin1String("CreditCard") ? Tr::tr("credit card")
                                                                 : Tr::tr("bank"),
                      accountLabel(expense)));
        if (vendor.isEmpty())
            note(Tr::tr("Payee: none."));
        else
            note(Tr::tr("Payee: vendor id %1.").arg(vendor));
    }

    const Action &m_action;
    const Connection &m_company;
    const RecordContext &m_record;
    QboDirectory &m_directory;
    const FilterEvaluator &m_evaluator;

    Plan m_plan;
    QString m_customerRef;
    QJsonArray m_lines;
    Decimal m_linesTotal;
    QVector<NewItem> m_newItems;
    std::optional<QboObject> m_incomeAccount;
};

} // namespace

QString ActionPlanner::customerName(const ContactInfo &contact)
{
    return baseDisplayName(contact);
}

Plan ActionPlanner::plan(const Action &action, const Connection &company,
                         const RecordContext &record, QboDirectory &directory)
{
    static const SystemClock clock{};
    const FilterEvaluator evaluator(clock, QTimeZone::utc());
    return plan(action, company, record, directory, evaluator);
}

Plan ActionPlanner::plan(const Action &action, const Connection &company,
                         const RecordContext &record, QboDirectory &directory,
                         const FilterEvaluator &dataSyncEvaluator)
{
    return Planner(action, company, record, directory, dataSyncEvaluator).run();
}

} // namespace bookflow
