// The demo portal and the large generated portal. Deterministic: no randomness; timestamps are
// relative to the service's clock (setNow), at fixed offsets from the start of yesterday (UTC),
// so "closes next week" and "modified 3 days ago" stay true whenever the demo is seeded.
//
// Consistency with the QuickBooks demo company (app/sandbox/qbo/qbodemoseed.cpp, "Demo Co (US)"):
// - products and line items named and SKU'd like its items (Design/DES-001, Pump/PUMP-001, …);
// - contacts equal to its customers (GivenName + FamilyName + PrimaryEmailAddr);
// - deliberate differences: HubSpot-only products (Koi Pond Cleaning, Holiday Light Show Setup),
//   unmatched custom line items, a SKU-only line item, a product matched by SKU but named
//   differently (Garden Hose (25 ft) / HOSE-025), one matched by name only (Maintenance &
//   Repair, no SKU), one matching an inactive item (Legacy Widget / OLD-001), a contact whose
//   email differs from the same-named customer (Mark Cho), one differing only in case (Kate
//   Whelan), one without an email (Kathy Paulsen), and many HubSpot-only contacts.
#include "app/sandbox/hubspot/hubspotstate.h"

#include <QDate>
#include <QTimeZone>

namespace bookflow::sandbox {

using namespace hubspot;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

struct ContactSeed
{
    const char *first;
    const char *last;
    const char *email; // "" = none
    const char *phone;
    const char *company;
    const char *city;
    const char *state;
    const char *country;
    const char *lifecycle;
};

// Contacts 1–56 (1-based in the tables below). 1–17 equal QuickBooks customers; 18–20 are
// near misses; the rest exist only in HubSpot.
const ContactSeed kContacts[] = {
    {"Amy", "Lauterbach", "birds@example.com", "(650) 555-3311", "Amy's Bird Sanctuary", "Bayshore",
     "CA", "United States", "customer"},
    {"Siobhán", "O'Brien", "obrien@example.com", "(617) 555-0142", "O'Brien Landscaping", "Boston",
     "MA", "United States", "customer"},
    {"Åsa", "Öberg", "asa.oberg@example.se", "+46 31 555 0199", "", "Göteborg", "", "Sweden",
     "customer"},
    {"José", "Núñez", "jose.nunez@example.mx", "+52 33 5555 0101", "", "Guadalajara", "Jalisco",
     "Mexico", "opportunity"},
    {"Zoë", "Müller", "zoe@example.de", "+49 89 555 0123", "Müller Gartenbau", "München", "Bayern",
     "Germany", "customer"},
    {"Bill", "Lucchini", "surf@example.com", "(415) 555-4477", "Bill's Windsurf Shop",
     "Half Moon Bay", "CA", "United States", "customer"},
    {"Grace", "Pariente", "cool_cars@example.com", "(650) 555-9911", "Cool Cars", "Half Moon Bay",
     "CA", "United States", "opportunity"},
    {"Diego", "Rodriguez", "diego@example.com", "(650) 555-4477", "", "Middlefield", "CA",
     "United States", "customer"},
    {"Peter", "Dukes", "dukes@example.com", "(520) 555-7894", "Dukes Basketball Camp", "Tucson",
     "AZ", "United States", "opportunity"},
    {"Dylan", "Sollfrank", "", "(650) 555-2222", "", "Middlefield", "CA", "United States",
     "customer"},
    {"Geeta", "Kalapatapu", "geeta@example.com", "(650) 555-0022", "", "Middlefield", "CA",
     "United States", "customer"},
    {"Jeff", "Chin", "jalopies@example.com", "(650) 555-8989", "Jeff's Jalopies", "Bayshore", "CA",
     "United States", "customer"},
    {"John", "Melton", "john@example.com", "(650) 555-5879", "", "Palo Alto", "CA", "United States",
     "customer"},
    {"Kathy", "Kuplis", "qbwebsamplecompany@example.com", "(650) 555-1200", "Kookies by Kathy",
     "Middlefield", "CA", "United States", "salesqualifiedlead"},
    {"Karen", "Pye", "pyescakes@example.com", "(973) 555-4652", "Pye's Cakes", "South Orange", "NJ",
     "United States", "customer"},
    {"Travis", "Waldron", "travis@example.com", "(650) 555-9999", "", "Monlo Park", "CA",
     "United States", "customer"},
    {"太郎", "山田", "yamada@example.jp", "+81 3 5555 0100", "山田商店", "Tokyo", "", "Japan",
     "opportunity"},
    // Near misses: same name as a QuickBooks customer, different (or no) email.
    {"Mark", "Cho", "mark.cho@example.net", "(650) 555-1820", "", "Middlefield", "CA",
     "United States", "customer"},
    {"Kate", "Whelan", "KATE@Example.com", "(650) 555-0080", "", "Palo Alto", "CA", "United States",
     "customer"},
    {"Kathy", "Paulsen", "", "(650) 555-0343", "Paulsen Medical Supplies", "Middlefield", "CA",
     "United States", "lead"},
    // HubSpot only.
    {"Marco", "D'Angelo", "marco.dangelo@example.com", "(401) 555-0131", "D'Angelo Stoneworks",
     "Providence", "RI", "United States", "customer"},
    {"François", "Lefèvre", "francois.lefevre@example.fr", "+33 4 55 55 01 23", "", "Lyon", "",
     "France", "customer"},
    {"Ngozi", "Okafor", "ngozi.okafor@example.com", "(713) 555-0110", "", "Houston", "TX",
     "United States", "opportunity"},
    {"Priya", "Raman", "priya.raman@example.com", "(512) 555-0199", "", "Austin", "TX",
     "United States", "customer"},
    {"Liam", "O'Connor", "", "(312) 555-0148", "", "Chicago", "IL", "United States", "lead"},
    {"Mei", "Chen", "mei.chen@example.com", "(206) 555-0163", "", "Seattle", "WA", "United States",
     "customer"},
    {"Carlos", "Mendoza", "carlos@mendoza-landscapes.example.com", "(619) 555-0175",
     "Mendoza Landscapes", "San Diego", "CA", "United States", "customer"},
    {"Hannah", "Schmidt", "hannah.schmidt@example.com", "(303) 555-0104", "", "Denver", "CO",
     "United States", "lead"},
    {"Olivia", "Bennett", "olivia.bennett@example.com", "(503) 555-0187", "", "Portland", "OR",
     "United States", "customer"},
    {"Noah", "Williams", "noah.w@example.com", "(615) 555-0122", "", "Nashville", "TN",
     "United States", "customer"},
    {"Emma", "Johnson", "emma.johnson@example.com", "(614) 555-0156", "", "Columbus", "OH",
     "United States", "customer"},
    {"Lucas", "García", "lucas.garcia@example.es", "+34 91 555 0142", "", "Madrid", "", "Spain",
     "lead"},
    {"Sofia", "Rossi", "sofia.rossi@example.it", "+39 02 5555 0177", "Villa Rossi", "Milano", "",
     "Italy", "customer"},
    {"Ava", "Thompson", "ava@thompson-events.example.com", "(404) 555-0191", "Thompson Events",
     "Atlanta", "GA", "United States", "customer"},
    {"Ethan", "Brown", "", "(602) 555-0137", "", "Phoenix", "AZ", "United States", "customer"},
    {"Isabella", "Martinez", "isabella.martinez@example.com", "(305) 555-0118", "", "Miami", "FL",
     "United States", "subscriber"},
    {"James", "Anderson", "j.anderson@example.com", "(612) 555-0143", "", "Minneapolis", "MN",
     "United States", "marketingqualifiedlead"},
    {"Chloé", "Dubois", "chloe.dubois@example.co.uk", "+44 20 7946 0958", "Chloé Dubois Ltd",
     "London", "", "United Kingdom", "lead"},
    {"Mia", "Wilson", "mia.wilson@example.com", "(919) 555-0166", "", "Raleigh", "NC",
     "United States", "lead"},
    {"Benjamin", "Lee", "ben.lee@example.com", "(408) 555-0129", "Lee & Park Architects",
     "San Jose", "CA", "United States", "opportunity"},
    {"Charlotte", "Davis", "charlotte.davis@example.com", "(208) 555-0181", "Lee & Park Architects",
     "Boise", "ID", "United States", "opportunity"},
    {"Henry", "Clark", "henry.clark@example.com", "(801) 555-0152", "", "Salt Lake City", "UT",
     "United States", "subscriber"},
    {"Amelia", "Lewis", "amelia.lewis@example.com", "(816) 555-0114", "", "Kansas City", "MO",
     "United States", "lead"},
    {"Alexander", "Walker", "alex.walker@example.com", "(412) 555-0170", "", "Pittsburgh", "PA",
     "United States", "lead"},
    {"Harper", "Young", "harper.young@example.com", "(804) 555-0135", "", "Richmond", "VA",
     "United States", "other"},
    {"Daniel", "Hall", "", "", "", "Omaha", "NE", "United States", "subscriber"},
    {"Evelyn", "King", "evelyn.king@example.com", "(916) 555-0193", "King Floral Design",
     "Sacramento", "CA", "United States", "customer"},
    {"Matthew", "Wright", "matt.wright@example.com", "(813) 555-0106", "", "Tampa", "FL",
     "United States", "customer"},
    {"Abigail", "Scott", "abigail.scott@example.com", "(608) 555-0149", "", "Madison", "WI",
     "United States", "customer"},
    {"Sebastián", "Ortiz", "sebastian.ortiz@example.com", "(505) 555-0127", "", "Santa Fe", "NM",
     "United States", "opportunity"},
    {"Grace", "O'Neil", "grace.oneil@example.com", "(518) 555-0160", "", "Albany", "NY",
     "United States", "lead"},
    {"Aiko", "Tanaka", "aiko.tanaka@example.jp", "+81 6 5555 0144", "", "Osaka", "", "Japan",
     "lead"},
    {"Rahul", "Mehta", "rahul.mehta@example.in", "+91 80 5555 0172", "", "Bengaluru", "Karnataka",
     "India", "lead"},
    {"Lena", "Fischer", "lena.fischer@example.at", "+43 1 555 0108", "", "Wien", "", "Austria",
     "subscriber"},
    {"Oliver", "Smith", "oliver.smith@example.com.au", "+61 2 5555 0139", "", "Sydney", "NSW",
     "Australia", "lead"},
    {"Nora", "Kelly", "nora.kelly@example.com", "(207) 555-0112", "", "Portland", "ME",
     "United States", "lead"},
};

struct ProductSeed
{
    const char *name;
    const char *sku; // "" = none
    const char *price;
    const char *description;
    const char *type;
};

// Products: mostly QuickBooks items with the same Name and Sku; then the deliberate differences.
const ProductSeed kProducts[] = {
    {"Consulting", "CONS-001", "150.00", "Consulting per hour", "service"},
    {"Design", "DES-001", "75.00", "Custom design", "service"},
    {"Gardening", "GARD-001", "50.00", "Weekly gardening service", "service"},
    {"Installation", "INST-001", "95.00", "Installation of landscape design", "service"},
    {"Hours", "HRS-001", "40.00", "Hourly labour", "service"},
    {"Training", "TRN-001", "120.00", "On-site training, per session", "service"},
    {"Support Plan", "SUP-001", "49.99", "Monthly support plan", "service"},
    {"Pest Control", "PEST-001", "35.00", "Pest control services", "service"},
    {"Trimming", "TRIM-001", "35.00", "Tree and shrub trimming", "service"},
    {"Rock Fountain", "ROCK-001", "275.00", "Rock fountain", "non_inventory"},
    {"Sprinkler Heads", "SPRK-001", "2.75", "Sprinkler heads", "non_inventory"},
    {"Sprinkler Pipes", "PIPE-001", "4.25", "Sprinkler pipes", "non_inventory"},
    {"Pump", "PUMP-001", "15.00", "Fountain pump", "non_inventory"},
    {"Soil", "SOIL-001", "10.00", "2 cubic ft. bag", "non_inventory"},
    {"Lighting Kit", "LITE-001", "45.50", "Garden lighting kit", "non_inventory"},
    // Same SKU as the QuickBooks item "Garden Hose 25 ft", another name: matches by SKU only.
    {"Garden Hose (25 ft)", "HOSE-025", "19.99", "Garden hose, 25 ft", "non_inventory"},
    // No SKU: matches the QuickBooks item by name only.
    {"Maintenance & Repair", "", "60.00", "Maintenance and repair", "service"},
    // Matches an inactive QuickBooks item.
    {"Legacy Widget", "OLD-001", "9.99", "Discontinued widget", "non_inventory"},
    // HubSpot only: QuickBooks has neither the name nor the SKU.
    {"Koi Pond Cleaning", "KOI-100", "180.00", "Drain, clean and restock a koi pond", "service"},
    {"Holiday Light Show Setup", "XMAS-200", "650.00", "Seasonal light installation", "service"},
};

// A line item: a copy of a product (by SKU or, for the SKU-less one, by name), or a custom line
// with its own name/SKU/price. tax: 0 = none, 1–3 = the demo tax rates.
struct LineSeed
{
    const char *product; // SKU or name of a kProducts entry; nullptr = custom
    const char *qty;
    int tax = 0;
    const char *discount = nullptr;
    const char *name = nullptr;  // custom
    const char *sku = nullptr;   // custom
    const char *price = nullptr; // custom
};

struct DealSeed
{
    const char *name;
    const char *stage;
    int closeInDays; // relative to the seed day; negative = closed in the past
    int createdDaysAgo;
    QVector<int> contacts; // 1-based kContacts indices
    QVector<LineSeed> lines;
    const char *amountWithoutLines = nullptr;
};

const QVector<DealSeed> &dealSeeds()
{
    static const QVector<DealSeed> deals = {
        {"Amy's Bird Sanctuary – spring garden redesign",
         "closedwon",
         -40,
         75,
         {1},
         {{"DES-001", "8"}, {"INST-001", "6"}, {"SOIL-001", "12", 1}}},
        {"Payment link – Bill's Windsurf Shop pump replacement",
         "closedwon",
         -35,
         40,
         {6},
         {{"PUMP-001", "2"}, {"HRS-001", "3"}}},
        {"Cool Cars – lot landscaping",
         "contractsent",
         10,
         20,
         {7},
         {{"GARD-001", "4"}, {"TRIM-001", "6"}}},
        {"O'Brien Landscaping – sprinkler overhaul",
         "closedwon",
         -20,
         45,
         {2},
         {{"SPRK-001", "40", 2}, {"PIPE-001", "25", 2}, {"INST-001", "4"}}},
        {"Åsa Öberg – garden consultation", "closedwon", -12, 30, {3}, {{"CONS-001", "2"}}},
        {"José Núñez – patio fountain",
         "decisionmakerboughtin",
         5,
         25,
         {4},
         {{"ROCK-001", "1"}, {"PUMP-001", "1"}, {"INST-001", "3"}}},
        {"Müller Gartenbau – design retainer",
         "closedwon",
         -60,
         90,
         {5},
         {{"DES-001", "20", 0, "10"}}},
        {"Payment link: Diego Rodriguez maintenance",
         "closedwon",
         -8,
         14,
         {8},
         {{"Maintenance & Repair", "2"}}},
        {"Dukes Basketball Camp – court-side planting",
         "presentationscheduled",
         21,
         10,
         {9},
         {{"GARD-001", "10"}, {"SOIL-001", "30", 3}}},
        {"Dylan Sollfrank – yard cleanup", "closedwon", -3, 9, {10}, {{"HRS-001", "5"}}},
        {"Geeta Kalapatapu – koi pond cleaning", "closedwon", -15, 33, {11}, {{"KOI-100", "1"}}},
        {"Jeff's Jalopies – holiday lights",
         "closedwon",
         -25,
         50,
         {12},
         {{"XMAS-200", "1"}, {"LITE-001", "4", 1}}},
        {"John Melton – sprinkler tune-up",
         "closedwon",
         -2,
         6,
         {13},
         {{nullptr, "16", 0, nullptr, "Replacement sprinkler heads", "SPRK-001", "2.75"},
          {"HRS-001", "2"}}},
        {"Kookies by Kathy – storefront planters",
         "qualifiedtobuy",
         30,
         5,
         {14},
         {{nullptr, "3", 0, nullptr, "Custom cedar planter box", "PLNTR-CEDAR-48", "189.00"}}},
        {"Pye's Cakes – annual support plan", "closedwon", -90, 120, {15}, {{"SUP-001", "12"}}},
        {"Travis Waldron – training day", "closedwon", -1, 4, {16}, {{"TRN-001", "2"}}},
        {"山田商店 – Zen garden design", "appointmentscheduled", 45, 3, {17}, {{"DES-001", "12"}}},
        {"Mark Cho – backyard refresh",
         "closedwon",
         -6,
         18,
         {18},
         {{"GARD-001", "3"}, {"TRIM-001", "2"}}},
        {"Kate Whelan – hedge trimming", "closedwon", -9, 16, {19}, {{"TRIM-001", "4"}}},
        {"Paulsen Medical Supplies – courtyard", "closedlost", -30, 60, {20}, {{"INST-001", "10"}}},
        {"Payment link deposit – D'Angelo Stoneworks",
         "closedwon",
         -4,
         12,
         {21},
         {{"ROCK-001", "2", 2}}},
        {"François Lefèvre – design consultation", "closedwon", -18, 28, {22}, {{"CONS-001", "3"}}},
        {"Okafor residence – lawn installation",
         "contractsent",
         3,
         15,
         {23, 24},
         {{"INST-001", "8"}, {"SOIL-001", "20"}}},
        {"Raman – garden hose bundle", "closedwon", -11, 13, {24}, {{"HOSE-025", "3", 1}}},
        {"Mendoza Landscapes – subcontract",
         "closedwon",
         -50,
         80,
         {27, 26},
         {{"HRS-001", "40"}, {"CONS-001", "5", 0, "5"}}},
        {"Thompson Events – wedding venue florals",
         "closedwon",
         -7,
         21,
         {34},
         {{nullptr, "2", 0, nullptr, "Event floral arrangement", nullptr, "425.50"}}},
        {"Lee & Park Architects – irrigation plan",
         "presentationscheduled",
         14,
         8,
         {40, 41},
         {{"DES-001", "6"}, {"SPRK-001", "60"}}},
        {"King Floral Design – pest control contract",
         "closedwon",
         -22,
         35,
         {47},
         {{"PEST-001", "6"}}},
        {"Payment link – Matthew Wright lighting kit",
         "closedwon",
         -5,
         7,
         {48},
         {{"LITE-001", "2"}}},
        {"Legacy widget reorder – Abigail Scott", "closedwon", -13, 19, {49}, {{"OLD-001", "5"}}},
        {"Ortiz – estimate only, no products", "qualifiedtobuy", 20, 2, {50}, {}, "2500.00"},
        {"Unassigned inquiry – website form",
         "appointmentscheduled",
         7,
         1,
         {},
         {{"GARD-001", "1"}}},
        {"Rossi villa – grand design",
         "closedwon",
         -70,
         100,
         {33},
         {{"DES-001", "40"}, {"INST-001", "16"}, {"ROCK-001", "1", 1}}},
    };
    return deals;
}

struct QuoteSeed
{
    int deal;           // 1-based dealSeeds() index
    const char *status; // hs_status
    bool esign;
    int required;  // signers required (esign only)
    int completed; // -1 = null (not yet written)
    int expiresInDays;
    bool paymentEnabled = false;
    const char *paymentStatus = nullptr;
};

const QVector<QuoteSeed> &quoteSeeds()
{
    static const QVector<QuoteSeed> quotes = {
        {1, "APPROVAL_NOT_NEEDED", true, 1, 1, 30, true, "PAID"},   // e-signed
        {3, "APPROVAL_NOT_NEEDED", true, 1, 0, 25},                 // published, unsigned
        {4, "APPROVAL_NOT_NEEDED", true, 1, 1, 15},                 // e-signed, taxable lines
        {23, "APPROVAL_NOT_NEEDED", true, 2, 2, 20},                // two signers, both done
        {27, "APPROVAL_NOT_NEEDED", true, 2, 1, 28},                // one of two signed
        {7, "APPROVAL_NOT_NEEDED", false, 0, -1, -10},              // no e-sign, expired
        {9, "DRAFT", false, 0, -1, 40},                             // draft
        {11, "APPROVAL_NOT_NEEDED", true, 1, 1, 12, true, "PAID"},  // e-signed, unmatched item
        {12, "APPROVAL_NOT_NEEDED", true, 1, 1, 5, true, "PAID"},   // e-signed
        {13, "APPROVAL_NOT_NEEDED", false, 0, -1, 27},              // SKU-only line
        {14, "PENDING_APPROVAL", false, 0, -1, 35},                 // awaiting approval
        {15, "APPROVAL_NOT_NEEDED", true, 1, 1, -60, true, "PAID"}, // e-signed long ago
        {17, "DRAFT", true, 1, -1, 60},                             // draft with e-sign on
        {18, "APPROVAL_NOT_NEEDED", true, 1, 1, 24, true, "PAID"},  // e-signed (Mark Cho)
        {21, "APPROVAL_NOT_NEEDED", true, 1, 1, 26, true, "PAID"},  // e-signed, taxable
        {22, "APPROVAL_NOT_NEEDED", true, 1, -1, 12},               // e-sign on, count null
        {25, "APPROVAL_NOT_NEEDED", true, 1, 1, -20, true, "PAID"}, // e-signed, discount
        {28, "APPROVAL_NOT_NEEDED", false, 0, -1, 8, true, "PAID"}, // paid, no e-sign
        {33, "APPROVAL_NOT_NEEDED", true, 1, 1, -40, true, "PAID"}, // e-signed, big
    };
    return quotes;
}

struct PaymentSeed
{
    int contact;        // 1-based kContacts index
    const char *source; // hs_payment_source_app
    const char *status; // hs_latest_status
    const char *method; // card / ach
    const char *processor;
    int deal;  // 1-based, 0 = none
    int quote; // 1-based quoteSeeds() index, 0 = none
    int daysAgo;
    QVector<LineSeed> lines = {}; // when not copied from the deal
    int refundThirds = 0;         // partially_refunded: refund = initial × n / 3
};

const QVector<PaymentSeed> &paymentSeeds()
{
    static const QVector<PaymentSeed> payments = {
        {6, "SALES_CHECKOUT", "succeeded", "card", "hs_payments", 2, 0, 34},
        {8, "SALES_CHECKOUT", "succeeded", "card", "hs_payments", 8, 0, 8},
        {21, "SALES_CHECKOUT", "succeeded", "card", "hs_payments", 21, 0, 4},
        {48, "SALES_CHECKOUT", "refunded", "card", "hs_payments", 29, 0, 5},
        {1, "QUOTE", "succeeded", "card", "hs_payments", 1, 1, 38},
        {11, "QUOTE", "succeeded", "ach", "hs_payments", 11, 8, 14},
        {12, "QUOTE", "partially_refunded", "card", "hs_payments", 12, 9, 24, {}, 1},
        {15, "QUOTE", "succeeded", "card", "hs_payments", 15, 12, 88},
        {18, "QUOTE", "refunded", "card", "hs_payments", 18, 14, 6},
        {47, "QUOTE", "succeeded", "card", "hs_payments", 28, 18, 21},
        {14,
         "INVOICE",
         "succeeded",
         "card",
         "hs_payments",
         0,
         0,
         10,
         {{"SUP-001", "3"}, {"HRS-001", "2"}}},
        {13, "INVOICE", "succeeded", "ach", "hs_payments", 13, 0, 2},
        {16, "INVOICE", "processing", "ach", "hs_payments", 16, 0, 1},
        {19, "INVOICE", "succeeded", "card", "hs_payments", 19, 0, 9},
        {10, "SALES_CHECKOUT", "succeeded", "card", "hs_payments", 10, 0, 3},
        {24, "SALES_CHECKOUT", "failed", "card", "hs_payments", 24, 0, 11},
        {26,
         "SALES_CHECKOUT",
         "processing_refund",
         "card",
         "hs_payments",
         0,
         0,
         4,
         {{"GARD-001", "1"}}},
        {33, "QUOTE", "partially_refunded", "card", "hs_payments", 33, 19, 69, {}, 2},
        {29,
         "SALES_CHECKOUT",
         "succeeded",
         "card",
         "byo_stripe",
         0,
         0,
         16,
         {{nullptr, "1", 0, nullptr, "Backyard design workshop ticket", "WKSHP-2026", "89.00"}}},
        {30, "INVOICE", "failed", "ach", "hs_payments", 0, 0, 20, {{"TRN-001", "1"}}},
        {22, "SALES_CHECKOUT", "succeeded", "card", "hs_payments", 22, 0, 17},
        {35, "SALES_CHECKOUT", "refunded", "card", "hs_payments", 0, 0, 27, {{"PUMP-001", "1"}}},
        {27, "QUOTE", "succeeded", "ach", "hs_payments", 25, 17, 49},
        {31, "MIGRATION", "succeeded", "card", "quickbooks", 0, 0, 45, {{"PEST-001", "4", 2}}},
    };
    return payments;
}

// Deterministic permutation step for generated data (a prime not dividing n).
qint64 coprimeStep(qint64 n)
{
    for (qint64 p : {7919, 7907, 7901, 7883})
        if (n % p != 0)
            return p;
    return 1;
}

template <typename Portal> struct Seeder
{
    Portal &d;
    qint64 anchor; // start of yesterday, UTC (every seeded timestamp is before now)
    int sequence = 0;
    QHash<QString, qint64> productBySkuOrName;

    // created = daysAgo days before the anchor plus a per-record minute; modified a few hours
    // later. The +seq seconds keep every timestamp distinct within a type.
    QPair<qint64, qint64> stamps(int daysAgo, int hoursLater)
    {
        const int seq = ++sequence;
        const qint64 created =
            anchor - qint64(daysAgo) * kDay + (seq % 10) * kHour + qint64(seq) * 1000 + 1;
        return {created, created + qint64(hoursLater) * kHour};
    }

    Record &create(TypeIndex type, int daysAgo, int hoursLater,
                   QList<QPair<QString, QString>> values)
    {
        const auto [created, modified] = stamps(daysAgo, hoursLater);
        values.append({d.type(type).modifiedProp, QString::number(modified)});
        return d.createRecord(type, created, values);
    }

    QString dayString(int daysFromAnchor) const
    {
        return QDateTime::fromMSecsSinceEpoch(anchor + qint64(daysFromAnchor) * kDay,
                                              QTimeZone::utc())
            .date()
            .toString(Qt::ISODate);
    }

    // Line item copies: every parent gets its own records (hubspot.md §2.5, line items belong
    // to one parent). Returns the new ids and the net and post-tax totals in cents.
    struct Lines
    {
        QVector<qint64> ids;
        qint64 netCents = 0;
        qint64 grossCents = 0;
    };

    Lines makeLines(const QVector<LineSeed> &seeds, int daysAgo)
    {
        Lines lines;
        for (const LineSeed &seed : seeds) {
            QList<QPair<QString, QString>> values;
            if (seed.product) {
                const qint64 productId = productBySkuOrName.value(u(seed.product));
                Q_ASSERT_X(productId, "HubSpot seed", seed.product);
                const Record *product = d.findRecord(d.type(Products), productId);
                const ObjectType &products = d.type(Products);
                values = {
                    {QStringLiteral("name"), product->value(products.prop(QStringLiteral("name")))},
                    {QStringLiteral("description"),
                     product->value(products.prop(QStringLiteral("description")))},
                    {QStringLiteral("price"),
                     product->value(products.prop(QStringLiteral("price")))},
                    {QStringLiteral("hs_product_id"), QString::number(productId)}};
                const QString sku = product->value(products.prop(QStringLiteral("hs_sku")));
                if (!sku.isEmpty())
                    values.append({QStringLiteral("hs_sku"), sku});
            } else {
                values = {{QStringLiteral("name"), u(seed.name)},
                          {QStringLiteral("price"), u(seed.price)}};
                if (seed.sku)
                    values.append({QStringLiteral("hs_sku"), u(seed.sku)});
            }
            values.append({QStringLiteral("quantity"), u(seed.qty)});
            values.append({QStringLiteral("hs_line_item_currency_code"), QStringLiteral("USD")});
            if (seed.discount)
                values.append({QStringLiteral("hs_discount_percentage"), u(seed.discount)});
            if (seed.tax > 0)
                values.append(
                    {QStringLiteral("hs_tax_rate_group_id"), d.taxRates.at(seed.tax - 1).id});
            Record &line = create(LineItems, daysAgo, 0, values);
            const ObjectType &t = d.type(LineItems);
            qint64 net = 0;
            qint64 gross = 0;
            parseMicros(line.value(t.prop(QStringLiteral("amount"))), &net);
            parseMicros(line.value(t.prop(QStringLiteral("hs_post_tax_amount"))), &gross);
            lines.netCents += net / 10000;
            lines.grossCents += gross / 10000;
            lines.ids.append(line.id);
        }
        return lines;
    }
};

} // namespace

void HubSpotService::seedDemo()
{
    d->clearData();
    d->hubId = 24681357;
    d->portalName = QStringLiteral("Demo Portal");

    const qint64 now = d->nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    Seeder<Private> s{
        *d, QDateTime(today.addDays(-1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 0, {}};

    // Tax rates (tax-rate-get fixture shape): what taxable line items point at.
    d->taxRates = {
        {QStringLiteral("2148420997"), QStringLiteral("MA Sales tax 2025"),
         QStringLiteral("Sales Tax"), QStringLiteral("6.25"), true, s.anchor - 400 * kDay},
        {QStringLiteral("2148421011"), QStringLiteral("CA Sales tax 2025"),
         QStringLiteral("Sales Tax"), QStringLiteral("7.25"), true, s.anchor - 400 * kDay},
        {QStringLiteral("2148421023"), QStringLiteral("NYC Sales tax 2025"),
         QStringLiteral("Sales Tax"), QStringLiteral("8.875"), true, s.anchor - 400 * kDay}};

    QVector<qint64> contactIds;
    int index = 0;
    for (const ContactSeed &c : kContacts) {
        QList<QPair<QString, QString>> values = {{QStringLiteral("firstname"), u(c.first)},
                                                 {QStringLiteral("lastname"), u(c.last)},
                                                 {QStringLiteral("lifecyclestage"), u(c.lifecycle)},
                                                 {QStringLiteral("city"), u(c.city)},
                                                 {QStringLiteral("country"), u(c.country)}};
        const auto optional = [&values](const char *name, const char *value) {
            if (*value)
                values.append({QString::fromLatin1(name), u(value)});
        };
        optional("email", c.email);
        optional("phone", c.phone);
        optional("company", c.company);
        optional("state", c.state);
        values.append({QStringLiteral("hubspot_owner_id"),
                       index % 3 == 0 ? QStringLiteral("910902") : QStringLiteral("910901")});
        contactIds.append(s.create(Contacts, 200 - index * 3, 2 + index % 7, values).id);
        ++index;
    }

    for (const ProductSeed &p : kProducts) {
        QList<QPair<QString, QString>> values = {{QStringLiteral("name"), u(p.name)},
                                                 {QStringLiteral("price"), u(p.price)},
                                                 {QStringLiteral("description"), u(p.description)},
                                                 {QStringLiteral("hs_product_type"), u(p.type)}};
        if (*p.sku)
            values.append({QStringLiteral("hs_sku"), u(p.sku)});
        const qint64 id = s.create(Products, 365, 1, values).id;
        s.productBySkuOrName.insert(*p.sku ? u(p.sku) : u(p.name), id);
    }

    // Deals, each with its contacts and its own line items.
    const QStringList owners = {QStringLiteral("910901"), QStringLiteral("910902")};
    QVector<qint64> dealIds;
    int dealIndex = 0;
    for (const DealSeed &seed : dealSeeds()) {
        const auto lines = s.makeLines(seed.lines, seed.createdDaysAgo);
        const QString amount =
            seed.amountWithoutLines ? u(seed.amountWithoutLines) : formatCents(lines.netCents);
        // Close date: a datetime in the afternoon of its day.
        const qint64 close =
            s.anchor + qint64(seed.closeInDays) * kDay + 15 * kHour + qint64(dealIndex) * kMinute;
        Record &deal = s.create(Deals, seed.createdDaysAgo, 3 + dealIndex % 5,
                                {{QStringLiteral("dealname"), u(seed.name)},
                                 {QStringLiteral("dealstage"), u(seed.stage)},
                                 {QStringLiteral("pipeline"), QStringLiteral("default")},
                                 {QStringLiteral("amount"), amount},
                                 {QStringLiteral("closedate"), QString::number(close)},
                                 {QStringLiteral("deal_currency_code"), QStringLiteral("USD")},
                                 {QStringLiteral("hubspot_owner_id"), owners.at(dealIndex % 2)}});
        for (int contact : seed.contacts)
            d->associate(Deals, deal.id, Contacts, contactIds.at(contact - 1), 3);
        for (qint64 line : lines.ids)
            d->associate(Deals, deal.id, LineItems, line, 19);
        dealIds.append(deal.id);
        ++dealIndex;
    }

    // Quotes: each on a deal, with copies of the deal's line items, its contacts (69) and, when
    // e-signed, the signer association 702 (D-QUOTES; hubspot-verified.md §3).
    QVector<qint64> quoteIds;
    int quoteIndex = 0;
    for (const QuoteSeed &seed : quoteSeeds()) {
        const DealSeed &dealSeed = dealSeeds().at(seed.deal - 1);
        const int daysAgo = qMax(1, dealSeed.createdDaysAgo - 2);
        const auto lines = s.makeLines(dealSeed.lines, daysAgo);
        const bool published = QLatin1String(seed.status) != QLatin1String("DRAFT") &&
                               QLatin1String(seed.status) != QLatin1String("PENDING_APPROVAL");
        const QString key = QStringLiteral("%1a%2f%3")
                                .arg(quoteIndex * 7919 + 104729, 0, 16)
                                .arg(seed.deal * 31, 0, 16)
                                .arg(quoteIndex * 613 + 4099, 0, 16);
        QList<QPair<QString, QString>> values = {
            {QStringLiteral("hs_title"), u(dealSeed.name) + QStringLiteral(" – quote")},
            {QStringLiteral("hs_status"), u(seed.status)},
            {QStringLiteral("hs_expiration_date"), s.dayString(seed.expiresInDays)},
            {QStringLiteral("hs_quote_amount"), formatCents(lines.grossCents)},
            {QStringLiteral("hs_quote_number"),
             QStringLiteral("%1-%2")
                 .arg(s.dayString(-daysAgo).remove(QLatin1Char('-')))
                 .arg(quoteIndex * 37 + 210453, 9, 10, QLatin1Char('0'))},
            {QStringLiteral("hs_currency"), QStringLiteral("USD")},
            {QStringLiteral("hs_public_url_key"), key},
            {QStringLiteral("hs_locked"),
             published ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("hs_esign_enabled"),
             seed.esign ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("hs_payment_enabled"),
             seed.paymentEnabled ? QStringLiteral("true") : QStringLiteral("false")}};
        if (published)
            values.append(
                {QStringLiteral("hs_quote_link"),
                 QStringLiteral("https://demo-portal-24681357.hs-sites.com/%1").arg(key)});
        const bool fullySigned =
            seed.esign && seed.completed >= 0 && seed.completed == seed.required;
        qint64 signedAt = 0;
        if (seed.esign && published) {
            values.append(
                {QStringLiteral("hs_esign_num_signers_required"), QString::number(seed.required)});
            if (seed.completed >= 0)
                values.append({QStringLiteral("hs_esign_num_signers_completed"),
                               QString::number(seed.completed)});
            values.append(
                {QStringLiteral("hs_quote_esign_status"),
                 fullySigned ? QStringLiteral("SIGNED") : QStringLiteral("PENDING_SIGNATURE")});
            if (fullySigned) {
                // Signed by everyone: hs_esign_date set, hs_sign_status ESIGN_COMPLETED
                // (hubspot-verified.md §3 fixture guidance).
                signedAt = s.anchor - qint64(qMax(0, daysAgo - 1)) * kDay + 11 * kHour +
                           qint64(quoteIndex) * 7 * kMinute;
                values.append({QStringLiteral("hs_esign_date"), QString::number(signedAt)});
                values.append(
                    {QStringLiteral("hs_sign_status"), QStringLiteral("ESIGN_COMPLETED")});
            }
        }
        if (seed.paymentStatus) {
            values.append({QStringLiteral("hs_payment_status"), u(seed.paymentStatus)});
            values.append(
                {QStringLiteral("hs_payment_date"),
                 QString::number(s.anchor - qint64(qMax(0, daysAgo - 2)) * kDay + 13 * kHour)});
        }
        Record &quote = s.create(Quotes, daysAgo, 1 + quoteIndex % 4, values);
        if (signedAt > quote.updatedMs)
            d->touch(d->type(Quotes), quote, signedAt + 1000);
        const qint64 dealId = dealIds.at(seed.deal - 1);
        d->associate(Quotes, quote.id, Deals, dealId, 64);
        for (qint64 line : lines.ids)
            d->associate(Quotes, quote.id, LineItems, line, 67);
        int contactNo = 0;
        for (int contact : dealSeed.contacts) {
            const qint64 contactId = contactIds.at(contact - 1);
            d->associate(Quotes, quote.id, Contacts, contactId, 69);
            // Signers: as many of the deal's contacts as signatures were collected.
            if (seed.esign && contactNo < qMax(seed.completed, seed.required > 0 ? 1 : 0))
                d->associate(Quotes, quote.id, Contacts, contactId, 702);
            ++contactNo;
        }
        quoteIds.append(quote.id);
        ++quoteIndex;
    }

    // Commerce payments (D-PAY; hubspot-verified.md §4): fees 2.9% + $0.30 on cards and 0.8%
    // (capped at $5) on ACH, exact to the cent; refunds; net amounts; invoices behind the
    // INVOICE-sourced ones.
    int paymentIndex = 0;
    int invoiceNumber = 1001;
    for (const PaymentSeed &seed : paymentSeeds()) {
        const QVector<LineSeed> &lineSeeds =
            seed.lines.isEmpty() ? dealSeeds().at(seed.deal - 1).lines : seed.lines;
        const auto lines = s.makeLines(lineSeeds, seed.daysAgo);
        const qint64 initial = lines.grossCents;
        const QString status = u(seed.status);
        const bool settled =
            status != QLatin1String("failed") && status != QLatin1String("processing");
        qint64 fees = -1;
        if (settled && QLatin1String(seed.processor) != QLatin1String("quickbooks")) {
            if (QLatin1String(seed.method) == QLatin1String("ach"))
                fees = qMin<qint64>((initial * 8 + 500) / 1000, 500);
            else
                fees = (initial * 29 + 500) / 1000 + 30;
        }
        qint64 refunds = 0;
        if (status == QLatin1String("refunded"))
            refunds = initial; // a full refund: refunds == initial amount
        else if (status == QLatin1String("partially_refunded"))
            refunds = (initial * seed.refundThirds) / 3;
        const qint64 paid = status == QLatin1String("failed") ? 0 : initial;
        const ContactSeed &contact = kContacts[seed.contact - 1];
        const qint64 initiated = s.anchor - qint64(seed.daysAgo) * kDay + 16 * kHour +
                                 qint64(paymentIndex) * 11 * kMinute;
        QList<QPair<QString, QString>> values = {
            {QStringLiteral("hs_initial_amount"), formatCents(initial)},
            {QStringLiteral("hs_initiated_date"), QString::number(initiated)},
            {QStringLiteral("hs_currency_code"), QStringLiteral("USD")},
            {QStringLiteral("hs_latest_status"), status},
            {QStringLiteral("hs_payment_source_app"), u(seed.source)},
            {QStringLiteral("hs_payment_method_type"), u(seed.method)},
            {QStringLiteral("hs_processor_type"), u(seed.processor)},
            {QStringLiteral("hs_payment_type"), QStringLiteral("one_time_or_initial")},
            {QStringLiteral("hs_payment_id"), QString::number(9743960263LL + paymentIndex * 1013)},
            {QStringLiteral("hs_reference_number"),
             QStringLiteral("PAY-%1").arg(20400 + paymentIndex * 17)}};
        if (*contact.email)
            values.append({QStringLiteral("hs_customer_email"), u(contact.email)});
        if (fees >= 0)
            values.append({QStringLiteral("hs_fees_amount"), formatCents(fees)});
        if (QLatin1String(seed.processor) == QLatin1String("hs_payments"))
            values.append({QStringLiteral("hs_platform_fee"), QStringLiteral("0.00")});
        if (refunds > 0 || status == QLatin1String("succeeded"))
            values.append({QStringLiteral("hs_refunds_amount"), formatCents(refunds)});
        values.append(
            {QStringLiteral("hs_net_amount"), formatCents(paid - qMax<qint64>(fees, 0) - refunds)});
        values.append({QStringLiteral("hs_net_amount_after_refunds"), formatCents(paid - refunds)});
        Record &payment = s.create(Payments, seed.daysAgo, 2 + paymentIndex % 6, values);
        d->associate(Payments, payment.id, Contacts, contactIds.at(seed.contact - 1), 387);
        for (qint64 line : lines.ids)
            d->associate(Payments, payment.id, LineItems, line, 395);
        if (seed.deal > 0 && QLatin1String(seed.source) != QLatin1String("INVOICE"))
            d->associate(Payments, payment.id, Deals, dealIds.at(seed.deal - 1), 391);
        if (seed.quote > 0)
            d->associate(Payments, payment.id, Quotes, quoteIds.at(seed.quote - 1), 397);
        if (QLatin1String(seed.source) == QLatin1String("INVOICE")) {
            // Paid from a HubSpot invoice: the invoice, its own line item copies, its contact
            // and deal, and payment → invoice 542.
            const auto invoiceLines = s.makeLines(lineSeeds, seed.daysAgo + 7);
            const bool isPaid = status == QLatin1String("succeeded");
            Record &invoice = s.create(
                Invoices, seed.daysAgo + 7, 1,
                {{QStringLiteral("hs_number"), QStringLiteral("INV-%1").arg(invoiceNumber++)},
                 {QStringLiteral("hs_invoice_status"),
                  isPaid ? QStringLiteral("paid") : QStringLiteral("open")},
                 {QStringLiteral("hs_amount_billed"), formatCents(invoiceLines.grossCents)},
                 {QStringLiteral("hs_balance_due"),
                  formatCents(isPaid ? 0 : invoiceLines.grossCents)},
                 {QStringLiteral("hs_due_date"), s.dayString(-seed.daysAgo + 23)},
                 {QStringLiteral("hs_currency"), QStringLiteral("USD")}});
            d->associate(Payments, payment.id, Invoices, invoice.id, 542);
            d->associate(Invoices, invoice.id, Contacts, contactIds.at(seed.contact - 1), 177);
            if (seed.deal > 0) {
                d->associate(Invoices, invoice.id, Deals, dealIds.at(seed.deal - 1), 175);
                d->associate(Payments, payment.id, Deals, dealIds.at(seed.deal - 1), 391);
            }
            for (qint64 line : invoiceLines.ids)
                d->associate(Invoices, invoice.id, LineItems, line, 409);
        }
        ++paymentIndex;
    }
}

void HubSpotService::seedLarge(int deals)
{
    if (deals <= 0)
        return;
    // Generated on top of whatever is there: N deals, each with 1–2 contacts (from a pool of
    // 3N/4) and 1–3 line items copied from the products, deterministic. Every generated record
    // gets a distinct hs_lastmodifieddate (a permutation of seconds, ms 777), so a client can
    // split a 10,000+ result search on it.
    const qint64 now = d->nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    const qint64 anchor =
        QDateTime(today.addDays(-1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 base = anchor - qint64(deals) * 1000 * 4 - 30 * kDay;

    ObjectType &products = d->type(Products);
    if (products.records.empty()) {
        for (int i = 0; i < 12; ++i) {
            const ProductSeed &p = kProducts[i];
            d->createRecord(Products, base - kDay,
                            {{QStringLiteral("name"), u(p.name)},
                             {QStringLiteral("price"), u(p.price)},
                             {QStringLiteral("hs_sku"), u(p.sku)}});
        }
    }
    struct ProductInfo
    {
        qint64 id;
        QString name;
        QString sku;
        QString price;
        qint64 priceMicros;
    };
    QVector<ProductInfo> catalog;
    for (const auto &[id, record] : products.records) {
        ProductInfo info{id, record.value(products.prop(QStringLiteral("name"))),
                         record.value(products.prop(QStringLiteral("hs_sku"))),
                         record.value(products.prop(QStringLiteral("price"))), 0};
        if (parseMicros(info.price, &info.priceMicros))
            catalog.append(info);
    }

    static const char *const firsts[] = {
        "Avery", "Blake", "Casey",  "Dana", "Elliot", "Finley", "Gray",  "Harley", "Indy", "Jules",
        "Kai",   "Logan", "Morgan", "Noel", "Oakley", "Parker", "Quinn", "Reese",  "Sage", "Taylor",
        "Umar",  "Val",   "Wren",   "Xavi", "Yael",   "Zion",   "Ana",   "Bo",     "Cyd",  "Dev"};
    static const char *const lasts[] = {
        "Abbott", "Baker",  "Carver", "Dalton", "Ellis",     "Foster", "Garner",  "Hughes",
        "Ingram", "Jensen", "Keller", "Lowry",  "Mercer",    "Nolan",  "Osborne", "Pruitt",
        "Quade",  "Rowe",   "Sutton", "Tate",   "Underwood", "Vance",  "Whitman", "Yates",
        "Zeller", "Núñez",  "O'Hara", "Åberg",  "Dürr",      "Łukasz"};
    static const char *const stages[] = {"appointmentscheduled",
                                         "qualifiedtobuy",
                                         "presentationscheduled",
                                         "decisionmakerboughtin",
                                         "contractsent",
                                         "closedwon",
                                         "closedlost"};

    const int poolSize = qMax(1, deals * 3 / 4);
    const qint64 step = coprimeStep(poolSize);
    const qint64 dealStep = coprimeStep(deals);
    QVector<qint64> pool;
    pool.reserve(poolSize);
    const ObjectType &contacts = d->type(Contacts);
    const int firstnameIdx = contacts.prop(QStringLiteral("firstname"));
    const int lastnameIdx = contacts.prop(QStringLiteral("lastname"));
    const int emailIdx = contacts.prop(QStringLiteral("email"));
    const int lifecycleIdx = contacts.prop(QStringLiteral("lifecyclestage"));
    const int contactModifiedIdx = contacts.prop(contacts.modifiedProp);
    for (int i = 0; i < poolSize; ++i) {
        const qint64 created = base + qint64(i) * 1000 + 333;
        Record &c = d->createRecord(Contacts, created, {});
        const QString first = u(firsts[i % 30]);
        const QString last = u(lasts[(i / 30) % 30]);
        c.set(firstnameIdx, first);
        c.set(lastnameIdx, last);
        // Every 11th generated contact has no email (legacy matching falls back on names).
        if (i % 11 != 5)
            c.set(emailIdx, QStringLiteral("%1.%2.%3@example.org")
                                .arg(first.toLower(), QStringLiteral("c"), QString::number(i + 1)));
        c.set(lifecycleIdx, QStringLiteral("customer"));
        const qint64 modified = base + ((i * step) % poolSize) * 1000 + 444 + kDay;
        c.updatedMs = modified;
        c.set(contactModifiedIdx, QString::number(modified));
        pool.append(c.id);
    }

    const ObjectType &lineType = d->type(LineItems);
    const int nameIdx = lineType.prop(QStringLiteral("name"));
    const int skuIdx = lineType.prop(QStringLiteral("hs_sku"));
    const int priceIdx = lineType.prop(QStringLiteral("price"));
    const int qtyIdx = lineType.prop(QStringLiteral("quantity"));
    const int productIdx = lineType.prop(QStringLiteral("hs_product_id"));
    const int amountIdx = lineType.prop(QStringLiteral("amount"));
    const int postTaxIdx = lineType.prop(QStringLiteral("hs_post_tax_amount"));
    const ObjectType &dealType = d->type(Deals);
    const int dealnameIdx = dealType.prop(QStringLiteral("dealname"));
    const int stageIdx = dealType.prop(QStringLiteral("dealstage"));
    const int pipelineIdx = dealType.prop(QStringLiteral("pipeline"));
    const int dealAmountIdx = dealType.prop(QStringLiteral("amount"));
    const int closeIdx = dealType.prop(QStringLiteral("closedate"));
    const int dealModifiedIdx = dealType.prop(dealType.modifiedProp);
    const QString pipeline = QStringLiteral("default");

    for (int i = 0; i < deals; ++i) {
        const qint64 created = base + qint64(i) * 1000 + 555;
        const int lineCount = 1 + i % 3;
        qint64 totalCents = 0;
        QVector<qint64> lineIds;
        QString firstName;
        for (int l = 0; l < lineCount && !catalog.isEmpty(); ++l) {
            const ProductInfo &p = catalog.at((i * 7 + l * 3) % catalog.size());
            const int qty = 1 + (i + l) % 5;
            Record &line = d->createRecord(LineItems, created, {});
            line.set(nameIdx, p.name);
            if (!p.sku.isEmpty())
                line.set(skuIdx, p.sku);
            line.set(priceIdx, p.price);
            line.set(qtyIdx, QString::number(qty));
            line.set(productIdx, QString::number(p.id));
            const qint64 cents = roundMicrosToCents(__int128(p.priceMicros) * qty);
            const QString amount = formatCents(cents);
            line.set(amountIdx, amount);
            line.set(postTaxIdx, amount);
            totalCents += cents;
            lineIds.append(line.id);
            if (firstName.isEmpty())
                firstName = p.name;
        }
        Record &deal = d->createRecord(Deals, created, {});
        deal.set(dealnameIdx, QStringLiteral("Generated deal %1 – %2")
                                  .arg(i + 1, 5, 10, QLatin1Char('0'))
                                  .arg(firstName));
        deal.set(stageIdx, u(stages[i % 7]));
        deal.set(pipelineIdx, pipeline);
        deal.set(dealAmountIdx, formatCents(totalCents));
        deal.set(closeIdx, QString::number(anchor + qint64(i % 120 - 60) * kDay + 15 * kHour));
        const qint64 modified = base + ((qint64(i) * dealStep) % deals) * 1000 + 777 + kDay;
        deal.updatedMs = modified;
        deal.set(dealModifiedIdx, QString::number(modified));
        d->associate(Deals, deal.id, Contacts, pool.at(i % poolSize), 3);
        if (i % 2 == 1 && poolSize > 1) {
            const qint64 second = pool.at(int((qint64(i) * 7 + 3) % poolSize));
            if (second != pool.at(i % poolSize))
                d->associate(Deals, deal.id, Contacts, second, 3);
        }
        for (qint64 line : lineIds)
            d->associate(Deals, deal.id, LineItems, line, 19);
    }
}

} // namespace bookflow::sandbox
