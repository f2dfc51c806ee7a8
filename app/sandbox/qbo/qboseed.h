#pragma once

#include "app/sandbox/qbo/qbocompany.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bookflow::sandbox {

// A company as QuickBooks sets one up: CompanyInfo and Preferences shaped like the real ones
// (qbo-verified.md §6, fixture preferences-read-response.json), the default accounts, the
// sandbox's terms 1–5 (qbo-verified.md §2), payment methods 1–7 (§7) and the tax codes (US: TAX
// and NON). `created` stamps MetaData.
QboRealm qboNewCompany(const QString &realmId, const QString &name, const QString &country,
                       const QDateTime &created);

// The demo companies, identical on every run (fixed timestamps, no randomness):
// US "Demo Co (US)", realm 9341453050981234 — 31 customers (apostrophes, non-ASCII, three
// inactive), 20 items with Sku (Service and NonInventory, two inactive), terms, accounts,
// 9 vendors (incl. Stripe and HubSpot Payments), one employee, payment methods, TaxCodes
// TAX/NON, invoices with DocNumbers 1001–1005 and a payment that settles 1002;
// UK "Demo Ltd (UK)", realm 9341453050985678, Country GB — a few customers, items and accounts.
QList<QboRealm> qboDemoCompanies();

inline constexpr const char *QboDemoUsRealm = "9341453050981234";
inline constexpr const char *QboDemoUkRealm = "9341453050985678";

} // namespace bookflow::sandbox
