#include "app/sandbox/qbo/qboseed.h"

#include "app/sandbox/qbo/qboengine.h"

#include <QJsonArray>
#include <QtDebug>

namespace bookflow::sandbox {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject ref(const QString &id)
{
    return QJsonObject{{s("value"), id}};
}

// Seeding goes through the same rules as the API, so seeded entities look exactly like created
// ones. A fault here is a bug in the seed itself.
QJsonObject create(QboEngine &engine, const char *entity, const QJsonObject &body)
{
    const QboEntityType *type = qboEntityType(QString::fromLatin1(entity));
    const QboOutcome outcome = engine.write(*type, s("create"), body, QboNumbers());
    if (outcome.fault)
        qWarning("qbo seed: %s rejected: %s %s", entity, qPrintable(outcome.fault->code),
                 qPrintable(outcome.fault->detail));
    return outcome.entity;
}

QJsonObject address(const char *line1, const char *city, const char *subdivision,
                    const char *postalCode, const char *country)
{
    QJsonObject a{{s("Id"), s("1")},
                  {s("Line1"), s(line1)},
                  {s("City"), s(city)},
                  {s("PostalCode"), s(postalCode)},
                  {s("Country"), s(country)}};
    if (*subdivision)
        a.insert(s("CountrySubDivisionCode"), s(subdivision));
    return a;
}

QJsonObject systemFields(QJsonObject o, const QDateTime &created)
{
    const QString stamp = qboTimestamp(created, false);
    o.insert(s("Id"), s("1"));
    o.insert(s("SyncToken"), s("0"));
    o.insert(s("domain"), s("QBO"));
    o.insert(s("sparse"), false);
    o.insert(s("MetaData"), QJsonObject{{s("CreateTime"), stamp}, {s("LastUpdatedTime"), stamp}});
    return o;
}

QJsonObject nameValue(const char *name, const char *value)
{
    return QJsonObject{{s("Name"), s(name)}, {s("Value"), s(value)}};
}

// qbo-verified.md §6: top-level Country "US" (ISO-2), the three company addresses "USA"
// (ISO-3 since 2025), no Lat/Long there, Id "1", the NameValue list.
QJsonObject companyInfo(const QboRealm &c, const QDateTime &created)
{
    const bool us = c.isUs();
    const QJsonObject addr =
        us ? address("100 Market Street", "San Francisco", "CA", "94105", "USA")
           : address("1 Demo Street", "London", "", "EC1A 1AA", "GBR");
    return systemFields(
        QJsonObject{
            {s("CompanyName"), c.name},
            {s("LegalName"), c.name},
            {s("CompanyAddr"), addr},
            {s("CustomerCommunicationAddr"), addr},
            {s("LegalAddr"), addr},
            {s("PrimaryPhone"),
             QJsonObject{{s("FreeFormNumber"), us ? s("(415) 555-0100") : s("020 7946 0100")}}},
            {s("CompanyStartDate"), qboLocalDate(created, c.timeZone).toString(Qt::ISODate)},
            {s("FiscalYearStartMonth"), us ? s("January") : s("April")},
            {s("Country"), c.country},
            {s("Email"), QJsonObject{{s("Address"), s("noreply@example.com")}}},
            {s("WebAddr"), QJsonObject()},
            {s("SupportedLanguages"), s("en")},
            {s("NameValue"),
             QJsonArray{
                 nameValue("NeoEnabled", "true"), nameValue("IndustryType", "Landscaping Services"),
                 nameValue("CompanyType", "Other"), nameValue("SubscriptionStatus", "PAID"),
                 nameValue("OfferingSku", "QuickBooks Online Plus"),
                 nameValue("PayrollFeature", "false"), nameValue("AccountantFeature", "false"),
                 nameValue("IsQbdtMigrated", "false")}},
        },
        created);
}

// Shaped like fixture preferences-read-response.json; CustomTxnNumbers false, DefaultTerms 3
// (Net 30), TaxPrefs.PartnerTaxEnabled (Automated Sales Tax, qbo-api.md §4) for the US.
QJsonObject preferences(const QboRealm &c, const QDateTime &created)
{
    const bool us = c.isUs();
    const auto message = [&c](const char *what, const char *body) {
        return QJsonObject{{s("Subject"), QStringLiteral("%1 from %2").arg(s(what), c.name)},
                           {s("Message"), s(body)}};
    };
    return systemFields(
        QJsonObject{
            {s("AccountingInfoPrefs"), QJsonObject{{s("TrackDepartments"), false},
                                                   {s("ClassTrackingPerTxn"), false},
                                                   {s("ClassTrackingPerTxnLine"), false},
                                                   {s("CustomerTerminology"), s("Customers")}}},
            {s("ProductAndServicesPrefs"), QJsonObject{{s("ForSales"), true},
                                                       {s("ForPurchase"), true},
                                                       {s("QuantityWithPriceAndRate"), true},
                                                       {s("QuantityOnHand"), true}}},
            {s("SalesFormsPrefs"),
             QJsonObject{{s("CustomTxnNumbers"), false},
                         {s("AllowDeposit"), false},
                         {s("AllowDiscount"), true},
                         {s("AllowEstimates"), true},
                         {s("ETransactionEnabledStatus"), s("NotApplicable")},
                         {s("ETransactionAttachPDF"), false},
                         {s("ETransactionPaymentEnabled"), false},
                         {s("IPNSupportEnabled"), false},
                         {s("AllowServiceDate"), false},
                         {s("AllowShipping"), false},
                         {s("DefaultTerms"), ref(s("3"))},
                         {s("UsingPriceLevels"), false},
                         {s("DefaultCustomerMessage"),
                          s("Thank you for your business and have a great day!")}}},
            {s("EmailMessagesPrefs"),
             QJsonObject{
                 {s("InvoiceMessage"),
                  message("Invoice", "Your invoice is attached.  Please remit payment "
                                     "at your earliest convenience.")},
                 {s("EstimateMessage"), message("Estimate", "Please review the estimate below.")},
                 {s("SalesReceiptMessage"),
                  message("Sales Receipt", "Your sales receipt is attached.")}}},
            {s("VendorAndPurchasesPrefs"),
             QJsonObject{{s("TrackingByCustomer"), true}, {s("BillableExpenseTracking"), true}}},
            {s("TimeTrackingPrefs"), QJsonObject{{s("UseServices"), true},
                                                 {s("BillCustomers"), true},
                                                 {s("ShowBillRateToAll"), false},
                                                 {s("WorkWeekStartDate"), s("Monday")},
                                                 {s("MarkTimeEntriesBillable"), true}}},
            {s("TaxPrefs"), QJsonObject{{s("UsingSalesTax"), true}, {s("PartnerTaxEnabled"), us}}},
            {s("CurrencyPrefs"), QJsonObject{{s("MultiCurrencyEnabled"), false},
                                             {s("HomeCurrency"), ref(c.currencyCode())}}},
            {s("ReportPrefs"), QJsonObject{{s("ReportBasis"), s("Accrual")},
                                           {s("CalcAgingReportFromTxnDate"), false}}},
            {s("OtherPrefs"),
             QJsonObject{
                 {s("NameValue"), QJsonArray{nameValue("SalesFormsPrefs.DefaultItem", "1"),
                                             nameValue("UncategorizedIncomeAccountId", "7"),
                                             nameValue("UncategorizedExpenseAccountId", "8"),
                                             nameValue("UncategorizedAssetAccountId", "9")}}}},
        },
        created);
}

QJsonObject account(const char *name, const char *type, const char *subType, bool active = true)
{
    return QJsonObject{{s("Name"), s(name)},
                       {s("AccountType"), s(type)},
                       {s("AccountSubType"), s(subType)},
                       {s("Active"), active}};
}

QJsonObject term(const char *name, int dueDays)
{
    return QJsonObject{{s("Name"), s(name)}, {s("DueDays"), dueDays}};
}

QJsonObject paymentMethod(const char *name, bool card)
{
    return QJsonObject{{s("Name"), s(name)},
                       {s("Type"), card ? s("CREDIT_CARD") : s("NON_CREDIT_CARD")}};
}

struct CustomerSeed
{
    const char *displayName;
    const char *givenName;
    const char *familyName;
    const char *companyName;
    const char *email;
    const char *termId; // "" for none
    bool active;
};

QJsonObject customer(const CustomerSeed &c)
{
    QJsonObject o{{s("DisplayName"), s(c.displayName)}, {s("Active"), c.active}};
    if (*c.givenName)
        o.insert(s("GivenName"), s(c.givenName));
    if (*c.familyName)
        o.insert(s("FamilyName"), s(c.familyName));
    if (*c.companyName)
        o.insert(s("CompanyName"), s(c.companyName));
    if (*c.email)
        o.insert(s("PrimaryEmailAddr"), QJsonObject{{s("Address"), s(c.email)}});
    if (*c.termId)
        o.insert(s("SalesTermRef"), ref(s(c.termId)));
    return o;
}

struct ItemSeed
{
    const char *name;
    const char *sku;
    const char *type;
    const char *description;
    double unitPrice;
    bool taxable;
    bool active;
};

QJsonObject line(const QString &itemId, double qty, double unitPrice, double amount)
{
    return QJsonObject{
        {s("DetailType"), s("SalesItemLineDetail")},
        {s("Amount"), amount},
        {s("SalesItemLineDetail"),
         QJsonObject{{s("ItemRef"), ref(itemId)}, {s("Qty"), qty}, {s("UnitPrice"), unitPrice}}}};
}

QDateTime seedTime(int day, int hour)
{
    // 2024-01-02 09:00 Pacific (17:00 UTC) onwards: fixed, so a seeded state is byte-stable.
    return QDateTime(QDate(2024, 1, day), QTime(hour + 8, 0), QTimeZone::utc());
}

} // namespace

QboRealm qboNewCompany(const QString &realmId, const QString &name, const QString &country,
                       const QDateTime &created)
{
    QboRealm c;
    c.realmId = realmId;
    c.name = name;
    c.country = country;
    c.timeZone = country == QLatin1String("GB") ? s("Europe/London") : s("America/Los_Angeles");
    c.companyInfo = companyInfo(c, created);
    c.preferences = preferences(c, created);

    QboEngine engine(c, created);
    // Accounts 1–10; Preferences.OtherPrefs names 7, 8 and 9 as the uncategorized ones.
    for (const QJsonObject &a :
         {account("Accounts Receivable (A/R)", "Accounts Receivable", "AccountsReceivable"),
          account("Undeposited Funds", "Other Current Asset", "UndepositedFunds"),
          account("Sales of Product Income", "Income", "SalesOfProductIncome"),
          account("Services", "Income", "ServiceFeeIncome"),
          account("Cost of Goods Sold", "Cost of Goods Sold", "SuppliesMaterialsCogs"),
          account("Accounts Payable (A/P)", "Accounts Payable", "AccountsPayable"),
          account("Uncategorized Income", "Income", "ServiceFeeIncome"),
          account("Uncategorized Expense", "Expense", "OtherMiscellaneousServiceCost"),
          account("Uncategorized Asset", "Other Current Asset", "OtherCurrentAssets"),
          account("Inventory Asset", "Other Current Asset", "Inventory")})
        create(engine, "Account", a);
    // qbo-verified.md §2: the sandbox's terms, Ids 1–5.
    for (const QJsonObject &t : {term("Due on receipt", 0), term("Net 15", 15), term("Net 30", 30),
                                 term("Net 60", 60), term("Net 10", 10)})
        create(engine, "Term", t);
    // qbo-verified.md §7: payment methods, Ids 1–7.
    for (const QJsonObject &m :
         {paymentMethod("Cash", false), paymentMethod("Check", false), paymentMethod("Visa", true),
          paymentMethod("MasterCard", true), paymentMethod("Discover", true),
          paymentMethod("American Express", true), paymentMethod("Diners Club", true)})
        create(engine, "PaymentMethod", m);

    const QboEntityType &taxCode = *qboEntityType(u"TaxCode");
    if (c.isUs()) {
        // qbo-api.md §4: US lines use TAX or NON.
        engine.insert(taxCode, QJsonObject{{s("Id"), s("TAX")},
                                           {s("Name"), s("TAX")},
                                           {s("Description"), s("TAX")},
                                           {s("Taxable"), true},
                                           {s("TaxGroup"), false},
                                           {s("Active"), true}});
        engine.insert(taxCode, QJsonObject{{s("Id"), s("NON")},
                                           {s("Name"), s("NON")},
                                           {s("Description"), s("NON")},
                                           {s("Taxable"), false},
                                           {s("TaxGroup"), false},
                                           {s("Active"), true}});
    } else {
        // A UK company's codes are ids of VAT rates.
        const struct
        {
            const char *id;
            const char *name;
            const char *description;
            bool taxable;
        } codes[] = {{"2", "20.0% S", "Standard rated 20%", true},
                     {"4", "0.0% Z", "Zero-rated", true},
                     {"6", "Exempt", "Exempt", false}};
        for (const auto &code : codes)
            engine.insert(taxCode, QJsonObject{{s("Id"), s(code.id)},
                                               {s("Name"), s(code.name)},
                                               {s("Description"), s(code.description)},
                                               {s("Taxable"), code.taxable},
                                               {s("TaxGroup"), false},
                                               {s("Active"), true}});
    }
    return c;
}

QList<QboRealm> qboDemoCompanies()
{
    QboRealm us = qboNewCompany(s(QboDemoUsRealm), s("Demo Co (US)"), s("US"), seedTime(2, 9));
    {
        QboEngine engine(us, seedTime(2, 10));
        // Accounts 11–18.
        for (const QJsonObject &a :
             {account("Checking", "Bank", "Checking"), account("Savings", "Bank", "Savings"),
              account("Visa Credit Card", "Credit Card", "CreditCard"),
              account("Merchant Fees", "Expense", "BankCharges"),
              account("Bank Charges", "Expense", "BankCharges"),
              account("Meals and Entertainment", "Expense", "EntertainmentMeals"),
              account("Office Expenses", "Expense", "OfficeGeneralAdministrativeExpenses"),
              account("Old Petty Cash", "Bank", "CashOnHand", false)})
            create(engine, "Account", a);

        // Customers 1–31: apostrophes, non-ASCII, three inactive, some with default terms.
        const CustomerSeed customers[] = {
            {"Amy's Bird Sanctuary", "Amy", "Lauterbach", "Amy's Bird Sanctuary",
             "birds@example.com", "", true},
            {"O'Brien Landscaping", "Siobhán", "O'Brien", "O'Brien Landscaping",
             "obrien@example.com", "3", true},
            {"Åsa Öberg", "Åsa", "Öberg", "", "asa.oberg@example.se", "", true},
            {"José Núñez", "José", "Núñez", "", "jose.nunez@example.mx", "2", true},
            {"Zoë Müller", "Zoë", "Müller", "Müller Gartenbau", "zoe@example.de", "", true},
            {"Bill's Windsurf Shop", "Bill", "Lucchini", "Bill's Windsurf Shop", "surf@example.com",
             "", true},
            {"Cool Cars", "Grace", "Pariente", "Cool Cars", "cool_cars@example.com", "2", true},
            {"Diego Rodriguez", "Diego", "Rodriguez", "", "diego@example.com", "", true},
            {"Dukes Basketball Camp", "Peter", "Dukes", "Dukes Basketball Camp",
             "dukes@example.com", "", true},
            {"Dylan Sollfrank", "Dylan", "Sollfrank", "", "", "", true},
            {"Freeman Sporting Goods", "Kirby", "Freeman", "Freeman Sporting Goods",
             "sportsgoods@example.com", "3", true},
            {"Geeta Kalapatapu", "Geeta", "Kalapatapu", "", "geeta@example.com", "", true},
            {"Gevelber Photography", "Lisa", "Gevelber", "Gevelber Photography", "foto@example.com",
             "", true},
            {"Jeff's Jalopies", "Jeff", "Chin", "Jeff's Jalopies", "jalopies@example.com", "",
             true},
            {"John Melton", "John", "Melton", "", "john@example.com", "", true},
            {"Kate Whelan", "Kate", "Whelan", "", "kate@example.com", "", true},
            {"Kookies by Kathy", "Kathy", "Kuplis", "Kookies by Kathy",
             "qbwebsamplecompany@"
             "example.com",
             "", true},
            {"Mark Cho", "Mark", "Cho", "", "mark@example.com", "", true},
            {"Paulsen Medical Supplies", "Kathy", "Paulsen", "Paulsen Medical Supplies",
             "medical@example.com", "4", true},
            {"Pye's Cakes", "Karen", "Pye", "Pye's Cakes", "pyescakes@example.com", "", true},
            {"Rago Travel Agency", "Nicola", "Rago", "Rago Travel Agency", "rago@example.com", "",
             true},
            {"Red Rock Diner", "Stephanie", "Martini", "Red Rock Diner", "diner@example.com", "1",
             true},
            {"Rondonuwu Fruit and Vegi", "Shara", "Rondonuwu", "Rondonuwu Fruit and Vegi",
             "fruit@example.com", "", true},
            {"Sushi by Katsuyuki", "Katsuyuki", "Yanagawa", "Sushi by Katsuyuki",
             "sushi@example.com", "", true},
            {"Travis Waldron", "Travis", "Waldron", "", "travis@example.com", "", true},
            {"Video Games by Dan", "Dan", "Miller", "Video Games by Dan", "games@example.com", "",
             true},
            {"Wedding Planning by Whitney", "Whitney", "Smith", "Wedding Planning by Whitney",
             "wedding@example.com", "", true},
            {"山田商店", "太郎", "山田", "山田商店", "yamada@example.jp", "", true},
            {"Old Harbor Supply", "Ned", "Harbor", "Old Harbor Supply", "", "", false},
            {"Closed Books Ltd", "", "", "Closed Books Ltd", "", "", false},
            {"Nørre Defunct ApS", "", "", "Nørre Defunct ApS", "", "", false},
        };
        for (const CustomerSeed &c : customers)
            create(engine, "Customer", customer(c));

        // Items 1–20 (income account 4 "Services" or 3 "Sales of Product Income").
        const ItemSeed items[] = {
            {"Services", "SERV-001", "Service", "General services", 0, false, true},
            {"Consulting", "CONS-001", "Service", "Consulting per hour", 150, false, true},
            {"Design", "DES-001", "Service", "Custom design", 75, false, true},
            {"Gardening", "GARD-001", "Service", "Weekly gardening service", 50, false, true},
            {"Installation", "INST-001", "Service", "Installation of landscape design", 95, false,
             true},
            {"Hours", "HRS-001", "Service", "Hourly labour", 40, false, true},
            {"Training", "TRN-001", "Service", "On-site training, per session", 120, false, true},
            {"Support Plan", "SUP-001", "Service", "Monthly support plan", 49.99, false, true},
            {"Pest Control", "PEST-001", "Service", "Pest control services", 35, false, true},
            {"Trimming", "TRIM-001", "Service", "Tree and shrub trimming", 35, false, true},
            {"Maintenance & Repair", "MAINT-001", "Service", "Maintenance and repair", 60, false,
             true},
            {"Rock Fountain", "ROCK-001", "NonInventory", "Rock fountain", 275, true, true},
            {"Sprinkler Heads", "SPRK-001", "NonInventory", "Sprinkler heads", 2.75, true, true},
            {"Sprinkler Pipes", "PIPE-001", "NonInventory", "Sprinkler pipes", 4.25, true, true},
            {"Pump", "PUMP-001", "NonInventory", "Fountain pump", 15, true, true},
            {"Garden Hose 25 ft", "HOSE-025", "NonInventory", "Garden hose, 25 ft", 19.99, true,
             true},
            {"Soil", "SOIL-001", "NonInventory", "2 cubic ft. bag", 10, true, true},
            {"Lighting Kit", "LITE-001", "NonInventory", "Garden lighting kit", 45.5, true, true},
            {"Legacy Widget", "OLD-001", "NonInventory", "Discontinued", 9.99, false, false},
            {"Retired Service", "OLD-002", "Service", "No longer offered", 80, false, false},
        };
        for (const ItemSeed &i : items) {
            const bool service = qstrcmp(i.type, "Service") == 0;
            QJsonObject o{{s("Name"), s(i.name)},
                          {s("Sku"), s(i.sku)},
                          {s("Type"), s(i.type)},
                          {s("Description"), s(i.description)},
                          {s("UnitPrice"), i.unitPrice},
                          {s("Taxable"), i.taxable},
                          {s("Active"), i.active},
                          {s("IncomeAccountRef"), ref(service ? s("4") : s("3"))}};
            if (!service)
                o.insert(s("ExpenseAccountRef"), ref(s("5")));
            create(engine, "Item", o);
        }

        // Vendors 1–9 and the employee.
        for (const char *name : {"Stripe", "HubSpot Payments", "Books by Bessie",
                                 "Brosnahan Insurance Agency", "Cal Telephone", "Hicks Hardware",
                                 "Norton Lumber and Building Materials", "PG&E", "Tania's Nursery"})
            create(engine, "Vendor",
                   QJsonObject{{s("DisplayName"), s(name)}, {s("CompanyName"), s(name)}});
        create(engine, "Employee",
               QJsonObject{
                   {s("GivenName"), s("Emily")},
                   {s("FamilyName"), s("Platt")},
                   {s("PrimaryEmailAddr"), QJsonObject{{s("Address"), s("emily@example.com")}}}});
    }
    {
        // Invoices 1001–1005 (DocNumbers assigned by the same rule as the API's).
        const struct
        {
            int day;
            const char *customerId;
            QList<QJsonObject> lines;
        } invoices[] = {
            {8, "1", {line(s("4"), 4, 50, 200), line(s("17"), 2, 10, 20)}},
            {10, "7", {line(s("2"), 3, 150, 450)}},
            {15, "4", {line(s("3"), 2, 75, 150), line(s("13"), 10, 2.75, 27.5)}},
            {20, "2", {line(s("5"), 1.5, 95, 142.5), line(s("15"), 1, 15, 15)}},
            {29, "3", {line(s("8"), 3, 49.99, 149.97)}},
        };
        for (const auto &inv : invoices) {
            QboEngine engine(us, seedTime(inv.day, 11));
            QJsonArray lines;
            for (const QJsonObject &l : inv.lines)
                lines.append(l);
            create(engine, "Invoice",
                   QJsonObject{{s("CustomerRef"), ref(s(inv.customerId))},
                               {s("TxnDate"), QDate(2024, 1, inv.day).toString(Qt::ISODate)},
                               {s("Line"), lines}});
        }
        // Invoice 1002 (Cool Cars, Id 2) paid in full by Visa.
        QboEngine engine(us, seedTime(25, 14));
        create(engine, "Payment",
               QJsonObject{
                   {s("CustomerRef"), ref(s("7"))},
                   {s("TotalAmt"), 450},
                   {s("TxnDate"), s("2024-01-25")},
                   {s("PaymentMethodRef"), ref(s("3"))},
                   {s("Line"), QJsonArray{QJsonObject{
                                   {s("Amount"), 450},
                                   {s("LinkedTxn"),
                                    QJsonArray{QJsonObject{{s("TxnId"), s("2")},
                                                           {s("TxnType"), s("Invoice")}}}}}}}});
    }

    QboRealm uk = qboNewCompany(s(QboDemoUkRealm), s("Demo Ltd (UK)"), s("GB"), seedTime(2, 9));
    {
        QboEngine engine(uk, seedTime(2, 10));
        create(engine, "Account", account("Current Account", "Bank", "Checking"));
        create(engine, "Account", account("Business Credit Card", "Credit Card", "CreditCard"));
        create(engine, "Account", account("Bank Charges", "Expense", "BankCharges"));
        const CustomerSeed customers[] = {
            {"Brown & Sons Ltd", "Arthur", "Brown", "Brown & Sons Ltd", "accounts@example.co.uk",
             "3", true},
            {"Fiona O'Neill", "Fiona", "O'Neill", "", "fiona@example.co.uk", "", true},
            {"Siân Llewellyn", "Siân", "Llewellyn", "", "sian@example.co.uk", "", true},
            {"Chloé Dubois Ltd", "Chloé", "Dubois", "Chloé Dubois Ltd", "", "2", true},
            {"Dormant Trading Co", "", "", "Dormant Trading Co", "", "", false},
        };
        for (const CustomerSeed &c : customers)
            create(engine, "Customer", customer(c));
        for (const ItemSeed &i :
             {ItemSeed{"Consultancy", "UK-CONS", "Service", "Consultancy per day", 650, true, true},
              ItemSeed{"Support Hours", "UK-SUP", "Service", "Support per hour", 85, true, true},
              ItemSeed{"Cable Kit", "UK-CABLE", "NonInventory", "Cable kit", 24.5, true, true}}) {
            create(engine, "Item",
                   QJsonObject{{s("Name"), s(i.name)},
                               {s("Sku"), s(i.sku)},
                               {s("Type"), s(i.type)},
                               {s("Description"), s(i.description)},
                               {s("UnitPrice"), i.unitPrice},
                               {s("Taxable"), i.taxable},
                               {s("IncomeAccountRef"), ref(s("4"))}});
        }
        create(engine, "Vendor", QJsonObject{{s("DisplayName"), s("Stripe")}});
    }
    return {us, uk};
}

} // namespace bookflow::sandbox
