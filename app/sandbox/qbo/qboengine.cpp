#include "app/sandbox/qbo/qboengine.h"

#include "app/sandbox/qbo/qboquery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bookflow::sandbox {

namespace {

const QStringList PartyTables = {QStringLiteral("Customer"), QStringLiteral("Vendor"),
                                 QStringLiteral("Employee")};

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

bool isNumericId(const QString &id)
{
    if (id.isEmpty() || id.size() > 18)
        return false;
    for (QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Ids travel as strings but some clients send numbers ("value": 3).
std::optional<QString> idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 1e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
    }
    return std::nullopt;
}

std::optional<bool> boolOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

// A JSON null means "no value" (DocNumber: null is treated as omitted, qbo-verified.md §10).
QJsonValue stripNulls(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!it.value().isNull())
                out.insert(it.key(), stripNulls(it.value()));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(stripNulls(e));
        return out;
    }
    return v;
}

// "Only properties with values are returned" (D-QUERY, qbo-api.md §2): empty strings go.
QJsonValue stripEmptyStrings(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (it.value().isString() && it.value().toString().isEmpty())
                continue;
            out.insert(it.key(), stripEmptyStrings(it.value()));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(stripEmptyStrings(e));
        return out;
    }
    return v;
}

// Clients send "" for "not set" (python-quickbooks' Invoice sends "TxnDate": "", "DueDate": "",
// "TotalAmt": ""), so an empty string counts as absent, except a DocNumber: "" there means
// "no number" (qbo-verified.md §10).
QJsonObject withoutEmptyStrings(const QJsonObject &o)
{
    QJsonObject out = stripEmptyStrings(o).toObject();
    if (o.value(QLatin1String("DocNumber")) == QJsonValue(QString()))
        out.insert(QStringLiteral("DocNumber"), QString());
    return out;
}

QJsonObject withoutSystemFields(QJsonObject o)
{
    for (const char *key : {"Id", "SyncToken", "MetaData", "domain", "sparse", "status"})
        o.remove(QLatin1String(key));
    return o;
}

QJsonObject deepMerge(QJsonObject base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(),
                        deepMerge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QString nameOf(const QJsonObject &entity)
{
    for (const char *key : {"DisplayName", "FullyQualifiedName", "Name"}) {
        const QString name = entity.value(QLatin1String(key)).toString();
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

bool isActive(const QJsonObject &entity)
{
    return entity.value(QLatin1String("Active")).toBool(true);
}

struct DecimalField
{
    bool present = false;
    QboDecimal value;
    std::optional<QboFault> fault;
};

// An optional number in `object[key]`, exactly (QboNumbers). A value that is no number gives
// 2010, as QBO's deserializer does for "Qty": "three".
DecimalField readDecimal(const QJsonObject &object, const QString &key, const QboNumbers &numbers,
                         const QString &element)
{
    DecimalField field;
    if (!object.contains(key))
        return field;
    field.present = true;
    const auto d = numbers[key].decimal(object.value(key));
    if (!d || !d->isValid())
        field.fault = qbofault::invalidProperty(element, element);
    else
        field.value = *d;
    return field;
}

// A business date: "yyyy-MM-dd", also in the xsd:date/dateTime forms SDKs produce
// ("2024-07-15-07:00", "2024-07-15Z", "2024-07-15T00:00:00-07:00"); only the date counts.
std::optional<QDate> parseDate(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch m = form.match(v.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Line ids: the client's own numeric ids are kept (an update that sends lines back keeps them),
// new lines get the next free number.
void numberLines(QJsonArray &lines, bool withLineNum)
{
    QSet<QString> used;
    qint64 maxId = 0;
    QList<bool> keep;
    for (const QJsonValue &v : lines) {
        const QString id = v.toObject().value(QLatin1String("Id")).toString();
        const bool ok = isNumericId(id) && !used.contains(id);
        keep.append(ok);
        if (ok) {
            used.insert(id);
            maxId = std::max(maxId, id.toLongLong());
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines[i].toObject();
        if (!keep[i])
            line.insert(s("Id"), QString::number(++maxId));
        if (withLineNum)
            line.insert(s("LineNum"), int(i + 1));
        lines[i] = line;
    }
}

// Account types and the classification QBO derives from them (Finance.xsd, account fixtures).
struct AccountKind
{
    const char *type;
    const char *classification;
    const char *defaultSubType;
};

const AccountKind AccountKinds[] = {
    {"Bank", "Asset", "Checking"},
    {"Accounts Receivable", "Asset", "AccountsReceivable"},
    {"Other Current Asset", "Asset", "OtherCurrentAssets"},
    {"Fixed Asset", "Asset", "OtherFixedAssets"},
    {"Other Asset", "Asset", "OtherLongTermAssets"},
    {"Accounts Payable", "Liability", "AccountsPayable"},
    {"Credit Card", "Liability", "CreditCard"},
    {"Other Current Liability", "Liability", "OtherCurrentLiabilities"},
    {"Long Term Liability", "Liability", "OtherLongTermLiabilities"},
    {"Equity", "Equity", "OpeningBalanceEquity"},
    {"Income", "Revenue", "ServiceFeeIncome"},
    {"Other Income", "Revenue", "OtherMiscellaneousIncome"},
    {"Cost of Goods Sold", "Expense", "SuppliesMaterialsCogs"},
    {"Expense", "Expense", "OtherMiscellaneousServiceCost"},
    {"Other Expense", "Expense", "OtherMiscellaneousExpense"},
};

const AccountKind *accountKind(const QString &type)
{
    for (const AccountKind &k : AccountKinds) {
        if (type.compare(QLatin1String(k.type), Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

// The common subtypes and their types, for an Account created with AccountSubType only.
const char *typeForSubType(const QString &subType)
{
    static const QHash<QString, const char *> map = {
        {s("Checking"), "Bank"},
        {s("Savings"), "Bank"},
        {s("MoneyMarket"), "Bank"},
        {s("CashOnHand"), "Bank"},
        {s("TrustAccounts"), "Bank"},
        {s("CreditCard"), "Credit Card"},
        {s("AccountsReceivable"), "Accounts Receivable"},
        {s("AccountsPayable"), "Accounts Payable"},
        {s("UndepositedFunds"), "Other Current Asset"},
        {s("Inventory"), "Other Current Asset"},
        {s("OtherCurrentAssets"), "Other Current Asset"},
        {s("PrepaidExpenses"), "Other Current Asset"},
        {s("SalesOfProductIncome"), "Income"},
        {s("ServiceFeeIncome"), "Income"},
        {s("DiscountsRefundsGiven"), "Income"},
        {s("OtherPrimaryIncome"), "Income"},
        {s("BankCharges"), "Expense"},
        {s("EntertainmentMeals"), "Expense"},
        {s("OfficeGeneralAdministrativeExpenses"), "Expense"},
        {s("AdvertisingPromotional"), "Expense"},
        {s("Travel"), "Expense"},
        {s("OtherMiscellaneousServiceCost"), "Expense"},
        {s("SuppliesMaterialsCogs"), "Cost of Goods Sold"},
        {s("CostOfLaborCos"), "Cost of Goods Sold"},
        {s("OpeningBalanceEquity"), "Equity"},
        {s("RetainedEarnings"), "Equity"},
        {s("OtherCurrentLiabilities"), "Other Current Liability"},
        {s("OtherMiscellaneousIncome"), "Other Income"},
        {s("OtherMiscellaneousExpense"), "Other Expense"},
    };
    return map.value(subType, nullptr);
}

} // namespace

QboEngine::QboEngine(QboRealm &company, QDateTime now, bool caseInsensitiveEquals)
    : m_company(company), m_now(std::move(now)), m_caseInsensitiveEquals(caseInsensitiveEquals)
{
}

// ---------------------------------------------------------------------------------------------
// Dispatch

QboOutcome QboEngine::write(const QboEntityType &type, const QString &operation,
                            const QJsonObject &body, const QboNumbers &numbers,
                            const QboWriteOptions &options)
{
    const QString op = operation.toLower();
    const QJsonObject input = stripNulls(body).toObject();
    if (type.kind == QboEntityType::Singleton) {
        if (op.isEmpty() || op == QLatin1String("update"))
            return updateSingleton(type, input, numbers);
        return QboOutcome::failed(qbofault::unsupportedOperation(
            QStringLiteral("Operation %1 is not supported for %2.").arg(operation, type.name)));
    }
    if (op == QLatin1String("delete"))
        return remove(type, input);
    if (op == QLatin1String("void"))
        return voidTransaction(type, input);
    if (op == QLatin1String("create"))
        return create(type, input, numbers, options);
    if (op == QLatin1String("update"))
        return update(type, input, numbers, options);
    if (op.isEmpty()) {
        // qbo-api.md §2: one endpoint for both; an Id makes it an update.
        if (input.contains(QLatin1String("Id")))
            return update(type, input, numbers, options);
        return create(type, input, numbers, options);
    }
    return QboOutcome::failed(qbofault::unsupportedOperation(
        QStringLiteral("Operation %1 is not supported.").arg(operation)));
}

QboOutcome QboEngine::create(const QboEntityType &type, const QJsonObject &body,
                             const QboNumbers &numbers, const QboWriteOptions &options)
{
    if (type.kind == QboEntityType::ReadOnlyList)
        return QboOutcome::failed(qbofault::unsupportedOperation(
            QStringLiteral("Operation Create is not supported for %1.").arg(type.name)));
    Prepared p =
        prepare(type, withoutEmptyStrings(withoutSystemFields(body)), numbers, nullptr, options);
    if (p.fault)
        return QboOutcome::failed(*p.fault);
    // The id is taken only now, so that a fault consumes none.
    const QString id = m_company.takeNextId(type.name, type.isTransaction());
    const QJsonObject stored = withSystemFields(p.object, id, 0, qboTimestamp(m_now, false));
    m_company.table(type.name)[id] = stored;
    if (type.name == QLatin1String("Payment")) {
        QSet<QString> touched;
        for (auto it = p.applications.constBegin(); it != p.applications.constEnd(); ++it)
            touched.insert(it.key());
        refreshInvoices(touched);
    }
    return QboOutcome::succeeded(render(type, stored));
}

std::variant<QJsonObject *, QboFault> QboEngine::existingFor(const QboEntityType &type,
                                                             const QJsonObject &body)
{
    const auto id = idText(body.value(QLatin1String("Id")));
    if (!id || id->isEmpty())
        return qbofault::requiredParam(s("Id"));
    QJsonObject *existing = m_company.find(type.name, *id);
    if (!existing)
        return qbofault::objectNotFound(s("Id"));
    const auto token = idText(body.value(QLatin1String("SyncToken")));
    if (!token || token->isEmpty())
        return qbofault::requiredParam(s("SyncToken"));
    // qbo-api.md §6: only the current SyncToken may change an object.
    if (*token != existing->value(QLatin1String("SyncToken")).toString())
        return qbofault::staleObject();
    return existing;
}

QboOutcome QboEngine::update(const QboEntityType &type, const QJsonObject &body,
                             const QboNumbers &numbers, const QboWriteOptions &options)
{
    if (type.kind == QboEntityType::ReadOnlyList)
        return QboOutcome::failed(qbofault::unsupportedOperation(
            QStringLiteral("Operation Update is not supported for %1.").arg(type.name)));
    auto found = existingFor(type, body);
    if (auto *f = std::get_if<QboFault>(&found))
        return QboOutcome::failed(*f);
    QJsonObject *slot = std::get<QJsonObject *>(found);
    const QJsonObject existing = *slot;
    const QString id = existing.value(QLatin1String("Id")).toString();

    // qbo-api.md §6: a full update replaces every writable field (omitted ones become absent);
    // "sparse": true changes only the fields sent, a Line array replacing all lines.
    const bool sparse = boolOf(body.value(QLatin1String("sparse"))).value_or(false);
    const QJsonObject input = withoutSystemFields(body);
    QJsonObject merged = sparse ? withoutSystemFields(existing) : input;
    if (sparse) {
        for (auto it = input.begin(); it != input.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    Prepared p = prepare(type, withoutEmptyStrings(merged), numbers, &existing, options);
    if (p.fault)
        return QboOutcome::failed(*p.fault);
    const qint64 token = existing.value(QLatin1String("SyncToken")).toString().toLongLong();
    const QJsonObject stored = withSystemFields(p.object, id, token + 1,
                                                existing.value(QLatin1String("MetaData"))
                                                    .toObject()
                                                    .value(QLatin1String("CreateTime"))
                                                    .toString());
    *slot = stored;
    if (type.name == QLatin1String("Payment")) {
        QSet<QString> touched;
        for (const QJsonValue &line : existing.value(QLatin1String("Line")).toArray()) {
            for (const QJsonValue &t : line.toObject().value(QLatin1String("LinkedTxn")).toArray())
                touched.insert(t.toObject().value(QLatin1String("TxnId")).toString());
        }
        for (auto it = p.applications.constBegin(); it != p.applications.constEnd(); ++it)
            touched.insert(it.key());
        refreshInvoices(touched);
    }
    return QboOutcome::succeeded(render(type, stored));
}

QboOutcome QboEngine::remove(const QboEntityType &type, const QJsonObject &body)
{
    // qbo-api.md §2: name-list entities are deactivated, never deleted.
    if (!type.isTransaction())
        return QboOutcome::failed(qbofault::unsupportedOperation(
            QStringLiteral("Operation Delete is not supported for %1; make it inactive "
                           "(Active: false) instead.")
                .arg(type.name)));
    auto found = existingFor(type, body);
    if (auto *f = std::get_if<QboFault>(&found))
        return QboOutcome::failed(*f);
    const QJsonObject existing = *std::get<QJsonObject *>(found);
    const QString id = existing.value(QLatin1String("Id")).toString();
    if (type.name == QLatin1String("Invoice") && !paymentLinks(id).isEmpty())
        return QboOutcome::failed(qbofault::businessValidation(
            QStringLiteral("Invoice %1 has payments applied. Delete the payments or remove "
                           "the invoice from them first.")
                .arg(id)));
    m_company.table(type.name).erase(id);
    if (type.name == QLatin1String("Payment")) {
        QSet<QString> touched;
        for (const QJsonValue &line : existing.value(QLatin1String("Line")).toArray()) {
            for (const QJsonValue &t : line.toObject().value(QLatin1String("LinkedTxn")).toArray())
                touched.insert(t.toObject().value(QLatin1String("TxnId")).toString());
        }
        refreshInvoices(touched);
    }
    // qbo-api.md §2: {"<Entity>":{"status":"Deleted","domain":"QBO","Id":"…"}}.
    return QboOutcome::succeeded(
        QJsonObject{{s("status"), s("Deleted")}, {s("domain"), s("QBO")}, {s("Id"), id}});
}

QboOutcome QboEngine::voidTransaction(const QboEntityType &type, const QJsonObject &body)
{
    // qbo-api.md §2: Invoice ?operation=void; SalesReceipt/Payment ?operation=update&include=void
    // (and ?operation=void for SalesReceipt, fixture salesreceipt-void-response.json).
    const bool invoice = type.name == QLatin1String("Invoice");
    const bool payment = type.name == QLatin1String("Payment");
    if (!invoice && !payment && type.name != QLatin1String("SalesReceipt"))
        return QboOutcome::failed(qbofault::unsupportedOperation(
            QStringLiteral("Operation Void is not supported for %1.").arg(type.name)));
    auto found = existingFor(type, body);
    if (auto *f = std::get_if<QboFault>(&found))
        return QboOutcome::failed(*f);
    QJsonObject *slot = std::get<QJsonObject *>(found);
    QJsonObject v = *slot;
    const QString id = v.value(QLatin1String("Id")).toString();
    if (invoice && !paymentLinks(id).isEmpty())
        return QboOutcome::failed(qbofault::businessValidation(
            QStringLiteral("Invoice %1 has payments applied and cannot be voided.").arg(id)));

    // Fixture salesreceipt-void-response.json: amounts and quantities zeroed, the note
    // "Voided", SyncToken + 1.
    const QJsonValue zero(0);
    QJsonArray lines = v.value(QLatin1String("Line")).toArray();
    QSet<QString> touched;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines[i].toObject();
        line.insert(s("Amount"), zero);
        QJsonObject detail = line.value(QLatin1String("SalesItemLineDetail")).toObject();
        if (!detail.isEmpty()) {
            detail.insert(s("Qty"), zero);
            line.insert(s("SalesItemLineDetail"), detail);
        }
        for (const QJsonValue &t : line.value(QLatin1String("LinkedTxn")).toArray())
            touched.insert(t.toObject().value(QLatin1String("TxnId")).toString());
        lines[i] = line;
    }
    v.insert(s("Line"), lines);
    v.insert(s("TotalAmt"), zero);
    if (payment)
        v.insert(s("UnappliedAmt"), zero);
    else
        v.insert(s("Balance"), zero);
    if (v.contains(QLatin1String("TxnTaxDetail"))) {
        QJsonObject tax = v.value(QLatin1String("TxnTaxDetail")).toObject();
        tax.insert(s("TotalTax"), zero);
        v.insert(s("TxnTaxDetail"), tax);
    }
    v.insert(s("PrivateNote"), s("Voided"));
    const qint64 token = v.value(QLatin1String("SyncToken")).toString().toLongLong();
    v = withSystemFields(withoutSystemFields(v), id, token + 1,
                         v.value(QLatin1String("MetaData"))
                             .toObject()
                             .value(QLatin1String("CreateTime"))
                             .toString());
    *slot = v;
    if (payment)
        refreshInvoices(touched);
    return QboOutcome::succeeded(render(type, v));
}

QboOutcome QboEngine::updateSingleton(const QboEntityType &type, const QJsonObject &body,
                                      const QboNumbers &numbers)
{
    Q_UNUSED(numbers);
    const bool info = type.name == QLatin1String("CompanyInfo");
    QJsonObject &stored = info ? m_company.companyInfo : m_company.preferences;
    const auto token = idText(body.value(QLatin1String("SyncToken")));
    if (!token || token->isEmpty())
        return QboOutcome::failed(qbofault::requiredParam(s("SyncToken")));
    if (*token != stored.value(QLatin1String("SyncToken")).toString())
        return QboOutcome::failed(qbofault::staleObject());
    // Preferences and CompanyInfo are changed section by section (the sections sent replace
    // only the values they carry); system fields stay.
    QJsonObject merged = deepMerge(withoutSystemFields(stored), withoutSystemFields(body));
    if (!info) {
        QJsonObject sales = merged.value(QLatin1String("SalesFormsPrefs")).toObject();
        if (sales.contains(QLatin1String("CustomTxnNumbers"))) {
            const auto b = boolOf(sales.value(QLatin1String("CustomTxnNumbers")));
            if (!b)
                return QboOutcome::failed(
                    qbofault::invalidProperty(s("SalesFormsPrefs.CustomTxnNumbers")));
            sales.insert(s("CustomTxnNumbers"), *b);
        }
        if (sales.contains(QLatin1String("DefaultTerms"))) {
            if (auto f = resolveRef(sales, s("DefaultTerms"), {s("Term")},
                                    s("SalesFormsPrefs.DefaultTerms"), false))
                return QboOutcome::failed(*f);
            // The fixture carries only the value.
            sales.insert(s("DefaultTerms"),
                         QJsonObject{{s("value"), sales.value(QLatin1String("DefaultTerms"))
                                                      .toObject()
                                                      .value(QLatin1String("value"))}});
        }
        merged.insert(s("SalesFormsPrefs"), sales);
    }
    stored = withSystemFields(merged, stored.value(QLatin1String("Id")).toString(),
                              token->toLongLong() + 1,
                              stored.value(QLatin1String("MetaData"))
                                  .toObject()
                                  .value(QLatin1String("CreateTime"))
                                  .toString());
    return QboOutcome::succeeded(stored);
}

QboOutcome QboEngine::read(const QboEntityType &type, const QString &id)
{
    if (type.name == QLatin1String("CompanyInfo")) {
        // GET companyinfo/{realmId} (qbo-verified.md §6); the entity's own Id is "1".
        if (id != m_company.realmId &&
            id != m_company.companyInfo.value(QLatin1String("Id")).toString())
            return QboOutcome::failed(qbofault::objectNotFound());
        return QboOutcome::succeeded(m_company.companyInfo);
    }
    if (type.name == QLatin1String("Preferences"))
        return QboOutcome::succeeded(m_company.preferences);
    const QJsonObject *stored = m_company.find(type.name, id);
    if (!stored) // fixture fault-object-not-found-610.json is the answer to such a read.
        return QboOutcome::failed(qbofault::objectNotFound());
    return QboOutcome::succeeded(render(type, *stored));
}

QJsonObject QboEngine::insert(const QboEntityType &type, QJsonObject entity)
{
    QString id = entity.value(QLatin1String("Id")).toString();
    if (id.isEmpty())
        id = m_company.takeNextId(type.name, type.isTransaction());
    const QJsonObject stored =
        withSystemFields(withoutSystemFields(entity), id, 0, qboTimestamp(m_now, false));
    m_company.table(type.name)[id] = stored;
    return stored;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

QJsonObject QboEngine::withSystemFields(QJsonObject object, const QString &id, qint64 syncToken,
                                        const QString &createTime) const
{
    object.insert(s("Id"), id);
    object.insert(s("SyncToken"), QString::number(syncToken));
    object.insert(s("domain"), s("QBO"));
    object.insert(s("sparse"), false);
    object.insert(s("MetaData"), QJsonObject{{s("CreateTime"), createTime},
                                             {s("LastUpdatedTime"), qboTimestamp(m_now, false)}});
    return stripEmptyStrings(object).toObject();
}

QJsonObject QboEngine::currencyRef() const
{
    return QJsonObject{{s("value"), m_company.currencyCode()},
                       {s("name"), m_company.currencyName()}};
}

bool QboEngine::customTxnNumbers() const
{
    return m_company.preferences.value(QLatin1String("SalesFormsPrefs"))
        .toObject()
        .value(QLatin1String("CustomTxnNumbers"))
        .toBool(false);
}

QString QboEngine::nextDocNumber(const QString &entity) const
{
    // qbo-verified.md §10: "system generated by incrementing the last number by 1"; the
    // sequence is per entity type and non-numeric numbers are skipped [unverified].
    qint64 highest = 1000;
    const auto t = m_company.tables.constFind(entity);
    if (t != m_company.tables.constEnd()) {
        for (const auto &[id, row] : *t) {
            const QString doc = row.value(QLatin1String("DocNumber")).toString();
            if (isNumericId(doc))
                highest = std::max(highest, doc.toLongLong());
        }
    }
    return QString::number(highest + 1);
}

std::optional<QboFault> QboEngine::resolveRef(QJsonObject &object, const QString &key,
                                              const QStringList &entities, const QString &element,
                                              bool required, const QJsonObject **target)
{
    if (target)
        *target = nullptr;
    if (!object.contains(key)) {
        if (required)
            return qbofault::requiredParam(element);
        return std::nullopt;
    }
    if (!object.value(key).isObject())
        return qbofault::invalidProperty(element, element);
    QJsonObject ref = object.value(key).toObject();
    if (!ref.contains(QLatin1String("value"))) {
        if (required)
            return qbofault::requiredParam(element);
        return qbofault::invalidReference(element);
    }
    const auto id = idText(ref.value(QLatin1String("value")));
    const bool taxCode = entities == QStringList{s("TaxCode")};
    if (!id || id->isEmpty() || (!taxCode && !isNumericId(*id)))
        return qbofault::invalidReference(element);
    const QJsonObject *found = nullptr;
    for (const QString &entity : entities) {
        found = m_company.find(entity, *id);
        if (found)
            break;
    }
    // 610: the reference points at nothing, or at something made inactive (fixture
    // fault-object-not-found-610.json: "…has been made inactive").
    if (!found || !isActive(*found))
        return qbofault::objectNotFound(element);
    QJsonObject resolved{{s("value"), *id}};
    const QString name = nameOf(*found);
    if (!name.isEmpty() && !taxCode)
        resolved.insert(s("name"), name);
    if (ref.contains(QLatin1String("type")))
        resolved.insert(s("type"), ref.value(QLatin1String("type")));
    object.insert(key, resolved);
    if (target)
        *target = found;
    return std::nullopt;
}

std::optional<QboFault> QboEngine::resolveDepositAccount(QJsonObject &object, bool required)
{
    if (!object.contains(QLatin1String("DepositToAccountRef")) && !required) {
        // qbo-api.md §3: SalesReceipt/Payment deposit to Undeposited Funds by default
        // (fixture salesreceipt-create-response.json).
        for (const auto &[id, account] : m_company.table(s("Account"))) {
            if (account.value(QLatin1String("AccountSubType")).toString() ==
                    QLatin1String("UndepositedFunds") &&
                isActive(account)) {
                object.insert(s("DepositToAccountRef"),
                              QJsonObject{{s("value"), id}, {s("name"), nameOf(account)}});
                break;
            }
        }
        return std::nullopt;
    }
    return resolveRef(object, s("DepositToAccountRef"), {s("Account")}, s("DepositToAccountRef"),
                      required);
}

std::optional<QboFault> QboEngine::resolveTxnDate(QJsonObject &object, const QJsonObject *existing)
{
    if (object.contains(QLatin1String("TxnDate"))) {
        const auto date = parseDate(object.value(QLatin1String("TxnDate")));
        if (!date)
            return qbofault::invalidProperty(s("TxnDate"), s("TxnDate"));
        object.insert(s("TxnDate"), dateText(*date));
        return std::nullopt;
    }
    if (existing && existing->contains(QLatin1String("TxnDate"))) {
        object.insert(s("TxnDate"), existing->value(QLatin1String("TxnDate")));
        return std::nullopt;
    }
    // qbo-api.md §10 item 8: TxnDate is a business date, "today" where the company is.
    object.insert(s("TxnDate"), dateText(qboLocalDate(m_now, m_company.timeZone)));
    return std::nullopt;
}

std::optional<QboFault> QboEngine::checkLineTaxCode(QJsonObject &detail, const QString &element,
                                                    const QJsonObject *item)
{
    if (m_company.isUs()) {
        // qbo-api.md §4: a US line's TaxCodeRef is TAX or NON, anything else is 6100.
        if (!detail.contains(QLatin1String("TaxCodeRef"))) {
            const bool taxable = item && item->value(QLatin1String("Taxable")).toBool(false);
            detail.insert(s("TaxCodeRef"),
                          QJsonObject{{s("value"), taxable ? s("TAX") : s("NON")}});
            return std::nullopt;
        }
        const auto code = idText(
            detail.value(QLatin1String("TaxCodeRef")).toObject().value(QLatin1String("value")));
        if (!code || (code->compare(QLatin1String("TAX"), Qt::CaseInsensitive) != 0 &&
                      code->compare(QLatin1String("NON"), Qt::CaseInsensitive) != 0))
            return qbofault::invalidLineTaxCode(element);
        detail.insert(s("TaxCodeRef"), QJsonObject{{s("value"), code->toUpper()}});
        return std::nullopt;
    }
    // Outside the US every line needs a tax code (anchors.md A7: "creation fails with 6000");
    // the wording is [unverified].
    if (!detail.contains(QLatin1String("TaxCodeRef")))
        return qbofault::businessValidation(
            s("Make sure all your transactions have a VAT rate before you save."), element);
    if (auto f = resolveRef(detail, s("TaxCodeRef"), {s("TaxCode")}, element, true))
        return f;
    return std::nullopt;
}

std::optional<QboFault> QboEngine::takeName(const QboEntityType &type, QJsonObject &object,
                                            const QJsonObject *existing, NameKind kind)
{
    const QString name = object.value(QLatin1String("Name")).toString().trimmed();
    if (name.isEmpty()) // fixture fault-required-param-missing-2020.json
        return qbofault::requiredParam(s("Name"));
    if (kind == NameKind::Hierarchical && name.contains(u':'))
        return qbofault::invalidString(s("Name"), name);
    if (auto f = checkUniqueName(type, name, existing))
        return f;
    object.insert(s("Name"), name);
    if (kind == NameKind::Hierarchical)
        object.insert(s("FullyQualifiedName"), name);
    return std::nullopt;
}

std::optional<QboFault> QboEngine::checkUniqueName(const QboEntityType &type, const QString &name,
                                                   const QJsonObject *existing)
{
    const QString self = existing ? existing->value(QLatin1String("Id")).toString() : QString();
    const QStringList tables = type.hasDisplayName() ? PartyTables : QStringList{type.name};
    const char *key = type.hasDisplayName() ? "DisplayName" : "Name";
    for (const QString &table : tables) {
        for (const auto &[id, row] : m_company.table(table)) {
            if (table == type.name && id == self)
                continue;
            // Inactive entities keep their names (the usual surprise, qbo-api.md §10 item 8).
            if (row.value(QLatin1String(key))
                    .toString()
                    .trimmed()
                    .compare(name, Qt::CaseInsensitive) == 0) {
                QString who;
                if (type.hasDisplayName())
                    who = s("customer, vendor or employee");
                else if (type.name == QLatin1String("Item"))
                    who = s("product or service");
                else if (type.name == QLatin1String("PaymentMethod"))
                    who = s("payment method");
                else
                    who = type.name.toLower();
                return qbofault::duplicateName(who);
            }
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Preparation per entity

QboEngine::Prepared QboEngine::prepare(const QboEntityType &type, QJsonObject object,
                                       const QboNumbers &numbers, const QJsonObject *existing,
                                       const QboWriteOptions &options)
{
    const QString &n = type.name;
    if (type.hasDisplayName())
        return prepareParty(type, object, existing);
    if (n == QLatin1String("Item"))
        return prepareItem(object, numbers, existing);
    if (n == QLatin1String("Term"))
        return prepareTerm(object, numbers, existing);
    if (n == QLatin1String("Account"))
        return prepareAccount(object, existing);
    if (n == QLatin1String("PaymentMethod"))
        return preparePaymentMethod(object, existing);
    if (type.isSalesForm())
        return prepareSalesForm(type, object, numbers, existing, options);
    if (n == QLatin1String("Payment"))
        return preparePayment(object, numbers, existing);
    if (n == QLatin1String("Purchase"))
        return preparePurchase(object, numbers, existing);
    Prepared p;
    p.fault = qbofault::unsupportedOperation(
        QStringLiteral("Operation Create is not supported for %1.").arg(n));
    return p;
}

namespace {

std::optional<QboFault> normalizeActive(QJsonObject &o)
{
    if (!o.contains(QLatin1String("Active"))) {
        o.insert(s("Active"), true);
        return std::nullopt;
    }
    const auto b = boolOf(o.value(QLatin1String("Active")));
    if (!b)
        return qbofault::invalidProperty(s("Active"), s("Active"));
    o.insert(s("Active"), *b);
    return std::nullopt;
}

} // namespace

QboEngine::Prepared QboEngine::prepareParty(const QboEntityType &type, QJsonObject o,
                                            const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    // qbo-api.md §3: DisplayName, or one of Title/GivenName/MiddleName/FamilyName/Suffix from
    // which QBO composes it.
    QString display = o.value(QLatin1String("DisplayName")).toString().trimmed();
    if (display.isEmpty()) {
        QStringList parts;
        for (const char *key : {"Title", "GivenName", "MiddleName", "FamilyName", "Suffix"}) {
            const QString part = o.value(QLatin1String(key)).toString().trimmed();
            if (!part.isEmpty())
                parts.append(part);
        }
        display = parts.join(u' ');
    }
    if (display.isEmpty())
        return fail(qbofault::requiredParam(s("DisplayName")));
    if (display.contains(u':'))
        return fail(qbofault::invalidString(s("DisplayName"), display));
    if (auto f = checkUniqueName(type, display, existing))
        return fail(*f);
    o.insert(s("DisplayName"), display);
    if (auto f = normalizeActive(o))
        return fail(*f);
    if (!o.contains(QLatin1String("PrintOnCheckName")))
        o.insert(s("PrintOnCheckName"), display);
    if (type.name == QLatin1String("Customer")) {
        const QJsonObject *parent = nullptr;
        if (auto f = resolveRef(o, s("ParentRef"), {s("Customer")}, s("ParentRef"), false, &parent))
            return fail(*f);
        if (parent && existing &&
            parent->value(QLatin1String("Id")) == existing->value(QLatin1String("Id")))
            return fail(qbofault::businessValidation(s("A customer can't be its own parent."),
                                                     s("ParentRef")));
        o.insert(s("FullyQualifiedName"),
                 parent ? parent->value(QLatin1String("FullyQualifiedName")).toString() + u':' +
                              display
                        : display);
        if (!o.contains(QLatin1String("Job")))
            o.insert(s("Job"), parent != nullptr);
        if (auto f = resolveRef(o, s("SalesTermRef"), {s("Term")}, s("SalesTermRef"), false))
            return fail(*f);
        if (auto f = resolveRef(o, s("PaymentMethodRef"), {s("PaymentMethod")},
                                s("PaymentMethodRef"), false))
            return fail(*f);
        o.insert(s("Balance"), 0); // computed when read (render)
        o.insert(s("BalanceWithJobs"), 0);
        o.insert(s("CurrencyRef"), currencyRef());
    } else if (type.name == QLatin1String("Vendor")) {
        if (auto f = resolveRef(o, s("TermRef"), {s("Term")}, s("TermRef"), false))
            return fail(*f);
        if (!o.contains(QLatin1String("Vendor1099")))
            o.insert(s("Vendor1099"), false);
        o.insert(s("Balance"), 0);
        o.insert(s("CurrencyRef"), currencyRef());
    }
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::prepareItem(QJsonObject o, const QboNumbers &numbers,
                                           const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    if (auto f = takeName(*qboEntityType(u"Item"), o, existing, NameKind::Hierarchical))
        return fail(*f);
    // Type defaults to NonInventory here [unverified: QBO's default when Type is omitted].
    const QString type = o.value(QLatin1String("Type")).toString(s("NonInventory"));
    static const QStringList types = {s("Service"), s("NonInventory"), s("Inventory")};
    if (!types.contains(type))
        return fail(qbofault::invalidEnumeration(s("Type"), type));
    o.insert(s("Type"), type);
    for (const char *key : {"IncomeAccountRef", "ExpenseAccountRef", "AssetAccountRef"}) {
        if (auto f = resolveRef(o, s(key), {s("Account")}, s(key), false))
            return fail(*f);
    }
    const bool income = o.contains(QLatin1String("IncomeAccountRef"));
    const bool expense = o.contains(QLatin1String("ExpenseAccountRef"));
    if (type != QLatin1String("Inventory") && !income && !expense) {
        // qbo-verified.md §1: either account satisfies the check; element "".
        return fail(qbofault::requiredParamDetail(
            s("Required parameter ExpenseAccountRef or IncomeAccountRef is missing in the "
              "request")));
    }
    if (type == QLatin1String("Inventory")) {
        // qbo-api.md §3 Item row (fixture item-create-response.json).
        for (const char *key : {"IncomeAccountRef", "ExpenseAccountRef", "AssetAccountRef",
                                "QtyOnHand", "InvStartDate"}) {
            if (!o.contains(QLatin1String(key)))
                return fail(qbofault::requiredParam(s(key)));
        }
        o.insert(s("TrackQtyOnHand"), true);
    } else {
        o.insert(s("TrackQtyOnHand"), false);
        o.remove(s("QtyOnHand"));
    }
    for (const char *key : {"UnitPrice", "PurchaseCost", "QtyOnHand"}) {
        const DecimalField field = readDecimal(o, s(key), numbers, s(key));
        if (field.fault)
            return fail(*field.fault);
        if (field.present)
            o.insert(s(key), field.value.toJson());
        else if (qstrcmp(key, "QtyOnHand") != 0)
            o.insert(s(key), 0);
    }
    if (o.contains(QLatin1String("Taxable"))) {
        const auto b = boolOf(o.value(QLatin1String("Taxable")));
        if (!b)
            return fail(qbofault::invalidProperty(s("Taxable"), s("Taxable")));
        o.insert(s("Taxable"), *b);
    } else {
        o.insert(s("Taxable"), false);
    }
    if (auto f = normalizeActive(o))
        return fail(*f);
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::prepareTerm(QJsonObject o, const QboNumbers &numbers,
                                           const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    if (auto f = takeName(*qboEntityType(u"Term"), o, existing, NameKind::Plain))
        return fail(*f);
    // qbo-verified.md §2: numbers may arrive as strings ("DueDays": "120") and come back as
    // numbers; Type is derived (STANDARD with DueDays, DATE_DRIVEN without).
    for (const char *key : {"DueDays", "DiscountDays", "DayOfMonthDue", "DueNextMonthDays",
                            "DiscountDayOfMonth", "DiscountPercent"}) {
        const DecimalField field = readDecimal(o, s(key), numbers, s(key));
        if (field.fault)
            return fail(*field.fault);
        if (field.present)
            o.insert(s(key), field.value.toJson());
    }
    const bool standard = o.contains(QLatin1String("DueDays"));
    if (!standard && !o.contains(QLatin1String("DayOfMonthDue")))
        return fail(qbofault::requiredParam(s("DueDays"))); // code and Detail [unverified]
    o.insert(s("Type"), standard ? s("STANDARD") : s("DATE_DRIVEN"));
    if (!o.contains(QLatin1String("DiscountPercent")))
        o.insert(s("DiscountPercent"), 0);
    if (auto f = normalizeActive(o))
        return fail(*f);
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::prepareAccount(QJsonObject o, const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    if (auto f = takeName(*qboEntityType(u"Account"), o, existing, NameKind::Hierarchical))
        return fail(*f);
    QString type = o.value(QLatin1String("AccountType")).toString();
    const QString subType = o.value(QLatin1String("AccountSubType")).toString();
    // qbo-api.md §3 Account row: AccountType or AccountSubType, else 6010.
    if (type.isEmpty() && subType.isEmpty())
        return fail(qbofault::invalidAccountType(
            s("An account needs an AccountType or an AccountSubType.")));
    if (type.isEmpty()) {
        const char *derived = typeForSubType(subType);
        if (!derived)
            return fail(qbofault::invalidEnumeration(s("AccountSubType"), subType));
        type = s(derived);
    }
    const AccountKind *kind = accountKind(type);
    if (!kind)
        return fail(qbofault::invalidEnumeration(s("AccountType"), type));
    o.insert(s("AccountType"), s(kind->type));
    o.insert(s("AccountSubType"), subType.isEmpty() ? s(kind->defaultSubType) : subType);
    o.insert(s("Classification"), s(kind->classification));
    o.insert(s("SubAccount"), false);
    o.insert(s("CurrentBalance"), 0);
    o.insert(s("CurrentBalanceWithSubAccounts"), 0);
    o.insert(s("CurrencyRef"), currencyRef());
    if (auto f = normalizeActive(o))
        return fail(*f);
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::preparePaymentMethod(QJsonObject o, const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    if (auto f = takeName(*qboEntityType(u"PaymentMethod"), o, existing, NameKind::Plain))
        return fail(*f);
    // qbo-verified.md §7: CREDIT_CARD or NON_CREDIT_CARD, default NON_CREDIT_CARD.
    const QString type = o.value(QLatin1String("Type")).toString(s("NON_CREDIT_CARD"));
    if (type != QLatin1String("CREDIT_CARD") && type != QLatin1String("NON_CREDIT_CARD"))
        return fail(qbofault::invalidEnumeration(s("Type"), type));
    o.insert(s("Type"), type);
    if (auto f = normalizeActive(o))
        return fail(*f);
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::prepareSalesForm(const QboEntityType &type, QJsonObject o,
                                                const QboNumbers &numbers,
                                                const QJsonObject *existing,
                                                const QboWriteOptions &options)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    const bool invoice = type.name == QLatin1String("Invoice");
    const bool estimate = type.name == QLatin1String("Estimate");
    const bool receipt = type.name == QLatin1String("SalesReceipt");
    const bool refund = type.name == QLatin1String("RefundReceipt");

    // qbo-api.md §3: Invoice and Estimate must name a customer; receipts may.
    const QJsonObject *customer = nullptr;
    if (auto f = resolveRef(o, s("CustomerRef"), {s("Customer")}, s("CustomerRef"),
                            invoice || estimate, &customer))
        return fail(*f);

    // Lines: SalesItemLineDetail or DescriptionOnly; the server owns the SubTotalLineDetail
    // (qbo-api.md §3), so one sent back by a client is dropped and recomputed.
    if (!o.contains(QLatin1String("Line")))
        return fail(qbofault::requiredParam(s("Line")));
    if (!o.value(QLatin1String("Line")).isArray())
        return fail(qbofault::invalidProperty(s("Line"), s("Line")));
    const QJsonArray in = o.value(QLatin1String("Line")).toArray();
    QJsonArray out;
    QboDecimal subtotal;
    int itemLines = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (!in[i].isObject())
            return fail(qbofault::invalidProperty(s("Line"), s("Line")));
        QJsonObject line = in[i].toObject();
        const QboNumbers lineNumbers = numbers[s("Line")][i];
        const QString detailType = line.value(QLatin1String("DetailType")).toString();
        if (detailType.isEmpty()) // fixture fault-required-param-missing-line-detailtype-2020
            return fail(qbofault::requiredParam(s("Line.DetailType")));
        if (detailType == QLatin1String("SubTotalLineDetail"))
            continue;
        if (detailType == QLatin1String("DescriptionOnly")) {
            line.remove(s("Amount")); // a description line carries no amount [unverified]
            out.append(line);
            continue;
        }
        if (detailType != QLatin1String("SalesItemLineDetail"))
            return fail(qbofault::businessValidation(
                QStringLiteral("Line.DetailType %1 is not supported by this sandbox; use "
                               "SalesItemLineDetail or DescriptionOnly.")
                    .arg(detailType),
                s("Line.DetailType")));
        if (!line.value(QLatin1String("SalesItemLineDetail")).isObject() &&
            line.contains(QLatin1String("SalesItemLineDetail")))
            return fail(qbofault::invalidProperty(s("Line.SalesItemLineDetail"),
                                                  s("Line.SalesItemLineDetail")));
        QJsonObject detail = line.value(QLatin1String("SalesItemLineDetail")).toObject();
        const QboNumbers detailNumbers = lineNumbers[s("SalesItemLineDetail")];
        const QJsonObject *item = nullptr;
        if (auto f = resolveRef(detail, s("ItemRef"), {s("Item")},
                                s("Line.SalesItemLineDetail.ItemRef"), true, &item))
            return fail(*f);
        const DecimalField amount = readDecimal(line, s("Amount"), lineNumbers, s("Line.Amount"));
        if (amount.fault)
            return fail(*amount.fault);
        if (!amount.present)
            return fail(qbofault::requiredParam(s("Line.Amount")));
        const DecimalField qty =
            readDecimal(detail, s("Qty"), detailNumbers, s("Line.SalesItemLineDetail.Qty"));
        if (qty.fault)
            return fail(*qty.fault);
        const DecimalField price = readDecimal(detail, s("UnitPrice"), detailNumbers,
                                               s("Line.SalesItemLineDetail.UnitPrice"));
        if (price.fault)
            return fail(*price.fault);
        const QboDecimal cents = amount.value.rounded(2);
        if (qty.present && price.present && !qty.value.isZero() && !price.value.isZero()) {
            // 6070: Amount must be Qty × UnitPrice to the cent, computed exactly; the exact
            // product is accepted as well as the product rounded half away from zero. A zero
            // Qty or UnitPrice means "not set": python-quickbooks sends both as 0 by default and
            // its README invoice (Amount only) works against QBO [inferred].
            const QboDecimal product = qty.value * price.value;
            if (!product.isValid())
                return fail(qbofault::businessValidation(s("An amount is out of range."),
                                                         s("Line.Amount")));
            const QboDecimal expected = product.rounded(2);
            if (amount.value != expected && amount.value != product)
                return fail(qbofault::amountCalculation(s("Line.Amount"), amount.value.toString(),
                                                        expected.toString()));
            detail.insert(s("Qty"), qty.value.toJson());
            detail.insert(s("UnitPrice"), price.value.toJson());
        } else {
            if (qty.present)
                detail.insert(s("Qty"), qty.value.toJson());
            if (price.present)
                detail.insert(s("UnitPrice"), price.value.toJson());
        }
        if (auto f = checkLineTaxCode(detail, s("Line.SalesItemLineDetail.TaxCodeRef"), item))
            return fail(*f);
        line.insert(s("Amount"), cents.toJson());
        line.insert(s("SalesItemLineDetail"), detail);
        subtotal += cents;
        ++itemLines;
        out.append(line);
    }
    // Invoice (Finance.xsd): "must have at least one line … and an amount"; RefundReceipt:
    // "at least one line that describes an item" (qbo-api.md §3).
    if (itemLines == 0)
        return fail(qbofault::requiredParam(s("Line")));
    numberLines(out, true);
    out.append(QJsonObject{{s("Amount"), subtotal.toJson()},
                           {s("DetailType"), s("SubTotalLineDetail")},
                           {s("SubTotalLineDetail"), QJsonObject()}});
    o.insert(s("Line"), out);

    // Tax: 0 unless the client states it (TxnTaxDetail.TotalTax), qbo-api.md §4.
    QboDecimal tax;
    if (o.contains(QLatin1String("TxnTaxDetail"))) {
        if (!o.value(QLatin1String("TxnTaxDetail")).isObject())
            return fail(qbofault::invalidProperty(s("TxnTaxDetail"), s("TxnTaxDetail")));
        QJsonObject taxDetail = o.value(QLatin1String("TxnTaxDetail")).toObject();
        const DecimalField total = readDecimal(taxDetail, s("TotalTax"), numbers[s("TxnTaxDetail")],
                                               s("TxnTaxDetail.TotalTax"));
        if (total.fault)
            return fail(*total.fault);
        tax = total.value.rounded(2);
        taxDetail.insert(s("TotalTax"), tax.toJson());
        o.insert(s("TxnTaxDetail"), taxDetail);
    } else {
        o.insert(s("TxnTaxDetail"), QJsonObject{{s("TotalTax"), 0}});
    }
    const QboDecimal total = subtotal + tax;
    if (!total.isValid())
        return fail(qbofault::businessValidation(s("An amount is out of range."), s("TotalAmt")));

    if (auto f = resolveTxnDate(o, existing))
        return fail(*f);

    if (invoice || estimate) {
        // qbo-verified.md §3: DueDate = TxnDate + the term's days; the term is SalesTermRef,
        // else the customer's, else Preferences.SalesFormsPrefs.DefaultTerms (and then the
        // response carries no SalesTermRef). An explicit DueDate wins.
        const QJsonObject *term = nullptr;
        if (auto f = resolveRef(o, s("SalesTermRef"), {s("Term")}, s("SalesTermRef"), false, &term))
            return fail(*f);
        if (!term && customer && customer->contains(QLatin1String("SalesTermRef"))) {
            const QJsonObject *customerTerm =
                m_company.find(s("Term"), customer->value(QLatin1String("SalesTermRef"))
                                              .toObject()
                                              .value(QLatin1String("value"))
                                              .toString());
            if (customerTerm && isActive(*customerTerm)) {
                term = customerTerm;
                // The customer's default term shows on the form [medium confidence: QBO UI].
                o.insert(s("SalesTermRef"),
                         QJsonObject{{s("value"), customerTerm->value(QLatin1String("Id"))},
                                     {s("name"), nameOf(*customerTerm)}});
            }
        }
        if (!term) {
            const QString defaultTerm =
                m_company.preferences.value(QLatin1String("SalesFormsPrefs"))
                    .toObject()
                    .value(QLatin1String("DefaultTerms"))
                    .toObject()
                    .value(QLatin1String("value"))
                    .toString();
            const QJsonObject *t = m_company.find(s("Term"), defaultTerm);
            if (t && isActive(*t))
                term = t;
        }
        if (o.contains(QLatin1String("DueDate"))) {
            const auto due = parseDate(o.value(QLatin1String("DueDate")));
            if (!due)
                return fail(qbofault::invalidProperty(s("DueDate"), s("DueDate")));
            o.insert(s("DueDate"), dateText(*due));
        } else {
            const QDate txnDate = *parseDate(o.value(QLatin1String("TxnDate")));
            QDate due = txnDate;
            if (term && term->contains(QLatin1String("DueDays"))) {
                due = txnDate.addDays(term->value(QLatin1String("DueDays")).toInt());
            } else if (term && term->contains(QLatin1String("DayOfMonthDue"))) {
                // DATE_DRIVEN per the QuickBooks Desktop definition [unverified for QBO]: the
                // day of this month, or of next month when issued within DueNextMonthDays of
                // it (or after it); clamped to the month's length.
                const int day = term->value(QLatin1String("DayOfMonthDue")).toInt();
                const int grace = term->value(QLatin1String("DueNextMonthDays")).toInt();
                QDate month(txnDate.year(), txnDate.month(), 1);
                if (txnDate.day() >= day - grace)
                    month = month.addMonths(1);
                due = QDate(month.year(), month.month(), std::min(day, month.daysInMonth()));
            }
            o.insert(s("DueDate"), dateText(due));
        }
    }

    // DocNumber (qbo-verified.md §10): an omitted (or null) key is numbered when
    // CustomTxnNumbers is false; "" stays empty; an update keeps the number it had.
    if (!o.contains(QLatin1String("DocNumber"))) {
        if (existing && existing->contains(QLatin1String("DocNumber")))
            o.insert(s("DocNumber"), existing->value(QLatin1String("DocNumber")));
        else if (!existing && !customTxnNumbers())
            o.insert(s("DocNumber"), nextDocNumber(type.name));
    }
    if (!o.value(QLatin1String("DocNumber")).isString() && o.contains(QLatin1String("DocNumber")))
        return fail(qbofault::invalidProperty(s("DocNumber"), s("DocNumber")));
    const QString docNumber = o.value(QLatin1String("DocNumber")).toString();
    const bool docChanged =
        !existing || existing->value(QLatin1String("DocNumber")).toString() != docNumber;
    if (!docNumber.isEmpty() && docChanged && !options.allowDuplicateDocNumber) {
        const QString self = existing ? existing->value(QLatin1String("Id")).toString() : QString();
        for (const auto &[id, row] : m_company.table(type.name)) {
            if (id != self && row.value(QLatin1String("DocNumber")).toString() == docNumber)
                return fail(qbofault::duplicateDocNumber(docNumber, type.name, id));
        }
    }

    if (receipt || refund) {
        // RefundReceipt "must have a DepositToAccountRef" (qbo-api.md §3).
        if (auto f = resolveDepositAccount(o, refund))
            return fail(*f);
        if (auto f = resolveRef(o, s("PaymentMethodRef"), {s("PaymentMethod")},
                                s("PaymentMethodRef"), false))
            return fail(*f);
    }

    o.insert(s("TotalAmt"), total.toJson());
    if (invoice) {
        const QString self = existing ? existing->value(QLatin1String("Id")).toString() : QString();
        const QboDecimal applied = self.isEmpty() ? QboDecimal() : appliedToInvoice(self);
        const QboDecimal balance = total - applied;
        if (balance.isNegative())
            return fail(qbofault::businessValidation(
                QStringLiteral("The invoice total (%1) can't be less than the payments applied "
                               "to it (%2).")
                    .arg(total.toString(), applied.toString()),
                s("TotalAmt")));
        o.insert(s("Balance"), balance.toJson());
        // LinkedTxn: what the client links (an Estimate) plus the payments, which the server
        // owns (qbo-api.md §3 Payment).
        QJsonArray links;
        for (const QJsonValue &l : o.value(QLatin1String("LinkedTxn")).toArray()) {
            if (l.toObject().value(QLatin1String("TxnType")).toString() != QLatin1String("Payment"))
                links.append(l);
        }
        if (!self.isEmpty()) {
            for (const QJsonValue &l : paymentLinks(self))
                links.append(l);
        }
        o.insert(s("LinkedTxn"), links);
    } else if (receipt || refund) {
        o.insert(s("Balance"), 0);
    }
    if (estimate && !o.contains(QLatin1String("TxnStatus")))
        o.insert(s("TxnStatus"), s("Pending"));
    o.insert(s("CurrencyRef"), currencyRef());
    if (!o.contains(QLatin1String("PrintStatus")))
        o.insert(s("PrintStatus"), s("NotSet"));
    if (!o.contains(QLatin1String("EmailStatus")))
        o.insert(s("EmailStatus"), s("NotSet"));
    if (!o.contains(QLatin1String("ApplyTaxAfterDiscount")))
        o.insert(s("ApplyTaxAfterDiscount"), false);
    o.remove(s("HomeBalance"));
    o.remove(s("HomeTotalAmt"));
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::preparePayment(QJsonObject o, const QboNumbers &numbers,
                                              const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    const QJsonObject *customer = nullptr;
    if (auto f =
            resolveRef(o, s("CustomerRef"), {s("Customer")}, s("CustomerRef"), true, &customer))
        return fail(*f);
    const DecimalField total = readDecimal(o, s("TotalAmt"), numbers, s("TotalAmt"));
    if (total.fault)
        return fail(*total.fault);
    if (!total.present)
        return fail(qbofault::requiredParam(s("TotalAmt")));
    if (total.value.isNegative())
        return fail(qbofault::businessValidation(s("The payment amount can't be negative."),
                                                 s("TotalAmt")));
    const QboDecimal totalAmt = total.value.rounded(2);

    // What this payment applied before (an update re-applies from scratch).
    QHash<QString, QboDecimal> before;
    if (existing) {
        for (const QJsonValue &line : existing->value(QLatin1String("Line")).toArray()) {
            const QJsonObject l = line.toObject();
            const QboDecimal amount =
                QboDecimal::fromJson(l.value(QLatin1String("Amount"))).value_or(QboDecimal());
            for (const QJsonValue &t : l.value(QLatin1String("LinkedTxn")).toArray())
                before[t.toObject().value(QLatin1String("TxnId")).toString()] += amount;
        }
    }

    QJsonArray lines;
    QboDecimal applied;
    if (o.contains(QLatin1String("Line"))) {
        if (!o.value(QLatin1String("Line")).isArray())
            return fail(qbofault::invalidProperty(s("Line"), s("Line")));
        const QJsonArray in = o.value(QLatin1String("Line")).toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            QJsonObject line = in[i].toObject();
            const DecimalField amount =
                readDecimal(line, s("Amount"), numbers[s("Line")][i], s("Line.Amount"));
            if (amount.fault)
                return fail(*amount.fault);
            if (!amount.present)
                return fail(qbofault::requiredParam(s("Line.Amount")));
            if (amount.value.isNegative())
                return fail(qbofault::businessValidation(
                    s("A payment line amount can't be negative."), s("Line.Amount")));
            const QJsonArray linked = line.value(QLatin1String("LinkedTxn")).toArray();
            if (linked.isEmpty())
                return fail(qbofault::requiredParam(s("Line.LinkedTxn")));
            if (linked.size() > 1)
                return fail(qbofault::businessValidation(
                    s("This sandbox applies each payment line to one transaction."),
                    s("Line.LinkedTxn")));
            const QJsonObject link = linked.first().toObject();
            const auto txnId = idText(link.value(QLatin1String("TxnId")));
            if (!txnId || txnId->isEmpty())
                return fail(qbofault::requiredParam(s("Line.LinkedTxn.TxnId")));
            const QString txnType = link.value(QLatin1String("TxnType")).toString();
            if (txnType.isEmpty())
                return fail(qbofault::requiredParam(s("Line.LinkedTxn.TxnType")));
            if (txnType != QLatin1String("Invoice"))
                return fail(qbofault::businessValidation(
                    QStringLiteral("This sandbox applies payments to invoices only, not to %1.")
                        .arg(txnType),
                    s("Line.LinkedTxn.TxnType")));
            if (!isNumericId(*txnId))
                return fail(qbofault::invalidReference(s("Line.LinkedTxn.TxnId")));
            const QJsonObject *invoice = m_company.find(s("Invoice"), *txnId);
            if (!invoice)
                return fail(qbofault::objectNotFound(s("Line.LinkedTxn.TxnId")));
            if (invoice->value(QLatin1String("CustomerRef"))
                    .toObject()
                    .value(QLatin1String("value")) !=
                o.value(QLatin1String("CustomerRef")).toObject().value(QLatin1String("value")))
                return fail(qbofault::businessValidation(
                    QStringLiteral("Invoice %1 belongs to another customer.").arg(*txnId),
                    s("Line.LinkedTxn.TxnId")));
            const QboDecimal cents = amount.value.rounded(2);
            p.applications[*txnId] += cents;
            applied += cents;
            lines.append(QJsonObject{
                {s("Amount"), cents.toJson()},
                {s("LinkedTxn"),
                 QJsonArray{QJsonObject{{s("TxnId"), *txnId}, {s("TxnType"), s("Invoice")}}}}});
        }
    }
    // Applying more than an invoice's open balance is refused with a 6000 business validation
    // fault (QBO's exact code and wording here are [unverified]).
    for (auto it = p.applications.constBegin(); it != p.applications.constEnd(); ++it) {
        const QJsonObject *invoice = m_company.find(s("Invoice"), it.key());
        const QboDecimal balance =
            QboDecimal::fromJson(invoice->value(QLatin1String("Balance"))).value_or(QboDecimal());
        const QboDecimal open = balance + before.value(it.key());
        if (it.value() > open)
            return fail(qbofault::businessValidation(
                QStringLiteral("The amount applied to invoice %1 (%2) is more than its open "
                               "balance (%3).")
                    .arg(it.key(), it.value().toString(), open.toString()),
                s("Line.Amount")));
    }
    if (applied > totalAmt)
        return fail(qbofault::businessValidation(
            QStringLiteral("The amounts applied (%1) are more than the payment amount (%2).")
                .arg(applied.toString(), totalAmt.toString()),
            s("TotalAmt")));
    o.insert(s("Line"), lines);
    o.insert(s("TotalAmt"), totalAmt.toJson());
    // qbo-api.md §3 Payment: UnappliedAmt = TotalAmt − applied.
    o.insert(s("UnappliedAmt"), (totalAmt - applied).toJson());
    if (auto f = resolveTxnDate(o, existing))
        return fail(*f);
    if (auto f = resolveDepositAccount(o, false))
        return fail(*f);
    if (auto f = resolveRef(o, s("PaymentMethodRef"), {s("PaymentMethod")}, s("PaymentMethodRef"),
                            false))
        return fail(*f);
    o.insert(s("CurrencyRef"), currencyRef());
    if (!o.contains(QLatin1String("ProcessPayment")))
        o.insert(s("ProcessPayment"), false);
    p.object = o;
    return p;
}

QboEngine::Prepared QboEngine::preparePurchase(QJsonObject o, const QboNumbers &numbers,
                                               const QJsonObject *existing)
{
    Prepared p;
    auto fail = [&p](QboFault f) {
        p.fault = std::move(f);
        return p;
    };
    const QJsonObject *account = nullptr;
    if (auto f = resolveRef(o, s("AccountRef"), {s("Account")}, s("AccountRef"), true, &account))
        return fail(*f);
    const QString paymentType = o.value(QLatin1String("PaymentType")).toString();
    if (paymentType.isEmpty())
        return fail(qbofault::requiredParam(s("PaymentType")));
    // qbo-api.md §3 Purchase: Cash/Check pay from a Bank account, CreditCard from a Credit
    // Card account. The fault for a mismatch is a 6000 here [unverified].
    QString wanted;
    if (paymentType == QLatin1String("Cash") || paymentType == QLatin1String("Check"))
        wanted = s("Bank");
    else if (paymentType == QLatin1String("CreditCard"))
        wanted = s("Credit Card");
    else
        return fail(qbofault::invalidEnumeration(s("PaymentType"), paymentType));
    if (account->value(QLatin1String("AccountType")).toString() != wanted)
        return fail(qbofault::businessValidation(
            QStringLiteral("A %1 purchase must be paid from a %2 account; %3 is a %4 account.")
                .arg(paymentType, wanted, nameOf(*account),
                     account->value(QLatin1String("AccountType")).toString()),
            s("AccountRef")));
    if (o.contains(QLatin1String("EntityRef"))) {
        const QString refType =
            o.value(QLatin1String("EntityRef")).toObject().value(QLatin1String("type")).toString();
        const QStringList tables = PartyTables.contains(refType)
                                       ? QStringList{refType}
                                       : QStringList{s("Vendor"), s("Customer"), s("Employee")};
        const QJsonObject *party = nullptr;
        if (auto f = resolveRef(o, s("EntityRef"), tables, s("EntityRef"), false, &party))
            return fail(*f);
        if (party && refType.isEmpty()) {
            QJsonObject ref = o.value(QLatin1String("EntityRef")).toObject();
            for (const QString &t : tables) {
                if (m_company.find(t, ref.value(QLatin1String("value")).toString()) == party)
                    ref.insert(s("type"), t);
            }
            o.insert(s("EntityRef"), ref);
        }
    }
    if (auto f = resolveRef(o, s("PaymentMethodRef"), {s("PaymentMethod")}, s("PaymentMethodRef"),
                            false))
        return fail(*f);

    if (!o.contains(QLatin1String("Line")))
        return fail(qbofault::requiredParam(s("Line")));
    if (!o.value(QLatin1String("Line")).isArray())
        return fail(qbofault::invalidProperty(s("Line"), s("Line")));
    const QJsonArray in = o.value(QLatin1String("Line")).toArray();
    QJsonArray out;
    QboDecimal total;
    for (qsizetype i = 0; i < in.size(); ++i) {
        QJsonObject line = in[i].toObject();
        const QboNumbers lineNumbers = numbers[s("Line")][i];
        const QString detailType = line.value(QLatin1String("DetailType")).toString();
        if (detailType.isEmpty())
            return fail(qbofault::requiredParam(s("Line.DetailType")));
        const bool accountBased = detailType == QLatin1String("AccountBasedExpenseLineDetail");
        const bool itemBased = detailType == QLatin1String("ItemBasedExpenseLineDetail");
        if (!accountBased && !itemBased)
            return fail(qbofault::businessValidation(
                QStringLiteral("Line.DetailType %1 is not supported for a Purchase.")
                    .arg(detailType),
                s("Line.DetailType")));
        QJsonObject detail = line.value(detailType).toObject();
        const QString prefix = QStringLiteral("Line.%1.").arg(detailType);
        const QJsonObject *item = nullptr;
        if (accountBased) {
            if (auto f = resolveRef(detail, s("AccountRef"), {s("Account")},
                                    prefix + s("AccountRef"), true))
                return fail(*f);
        } else {
            if (auto f = resolveRef(detail, s("ItemRef"), {s("Item")}, prefix + s("ItemRef"), true,
                                    &item))
                return fail(*f);
        }
        const DecimalField amount = readDecimal(line, s("Amount"), lineNumbers, s("Line.Amount"));
        if (amount.fault)
            return fail(*amount.fault);
        if (!amount.present)
            return fail(qbofault::requiredParam(s("Line.Amount")));
        const QboDecimal cents = amount.value.rounded(2);
        if (itemBased) {
            const QboNumbers detailNumbers = lineNumbers[detailType];
            const DecimalField qty =
                readDecimal(detail, s("Qty"), detailNumbers, prefix + s("Qty"));
            const DecimalField price =
                readDecimal(detail, s("UnitPrice"), detailNumbers, prefix + s("UnitPrice"));
            if (qty.fault)
                return fail(*qty.fault);
            if (price.fault)
                return fail(*price.fault);
            if (qty.present && price.present && !qty.value.isZero() && !price.value.isZero()) {
                const QboDecimal product = qty.value * price.value;
                if (amount.value != product.rounded(2) && amount.value != product)
                    return fail(qbofault::amountCalculation(
                        s("Line.Amount"), amount.value.toString(), product.rounded(2).toString()));
            }
        }
        if (auto f = resolveRef(detail, s("CustomerRef"), {s("Customer")},
                                prefix + s("CustomerRef"), false))
            return fail(*f);
        if (m_company.isUs() || detail.contains(QLatin1String("TaxCodeRef"))) {
            if (auto f = checkLineTaxCode(detail, prefix + s("TaxCodeRef"), item))
                return fail(*f);
        }
        if (!detail.contains(QLatin1String("BillableStatus")))
            detail.insert(s("BillableStatus"), s("NotBillable"));
        line.insert(detailType, detail);
        line.insert(s("Amount"), cents.toJson());
        total += cents;
        out.append(line);
    }
    if (out.isEmpty())
        return fail(qbofault::requiredParam(s("Line")));
    numberLines(out, false);
    o.insert(s("Line"), out);
    // "TotalAmt must add up to sum of Line.Amount" (PQB purchase.py): the server computes it.
    o.insert(s("TotalAmt"), total.toJson());
    if (auto f = resolveTxnDate(o, existing))
        return fail(*f);
    o.insert(s("CurrencyRef"), currencyRef());
    p.object = o;
    return p;
}

// ---------------------------------------------------------------------------------------------
// Payment ↔ Invoice

QboDecimal QboEngine::appliedToInvoice(const QString &invoiceId) const
{
    QboDecimal applied;
    const auto t = m_company.tables.constFind(s("Payment"));
    if (t == m_company.tables.constEnd())
        return applied;
    for (const auto &[id, payment] : *t) {
        for (const QJsonValue &line : payment.value(QLatin1String("Line")).toArray()) {
            const QJsonObject l = line.toObject();
            for (const QJsonValue &link : l.value(QLatin1String("LinkedTxn")).toArray()) {
                const QJsonObject k = link.toObject();
                if (k.value(QLatin1String("TxnId")).toString() == invoiceId &&
                    k.value(QLatin1String("TxnType")).toString() == QLatin1String("Invoice"))
                    applied += QboDecimal::fromJson(l.value(QLatin1String("Amount")))
                                   .value_or(QboDecimal());
            }
        }
    }
    return applied;
}

QJsonArray QboEngine::paymentLinks(const QString &invoiceId) const
{
    QJsonArray links;
    const auto t = m_company.tables.constFind(s("Payment"));
    if (t == m_company.tables.constEnd())
        return links;
    for (const auto &[id, payment] : *t) {
        bool linked = false;
        for (const QJsonValue &line : payment.value(QLatin1String("Line")).toArray()) {
            for (const QJsonValue &link :
                 line.toObject().value(QLatin1String("LinkedTxn")).toArray()) {
                const QJsonObject k = link.toObject();
                if (k.value(QLatin1String("TxnId")).toString() == invoiceId &&
                    k.value(QLatin1String("TxnType")).toString() == QLatin1String("Invoice"))
                    linked = true;
            }
        }
        if (linked)
            links.append(QJsonObject{{s("TxnId"), id}, {s("TxnType"), s("Payment")}});
    }
    return links;
}

void QboEngine::refreshInvoices(const QSet<QString> &invoiceIds)
{
    QStringList ids(invoiceIds.begin(), invoiceIds.end());
    std::sort(ids.begin(), ids.end(), QboIdLess());
    for (const QString &id : ids) {
        QJsonObject *invoice = m_company.find(s("Invoice"), id);
        if (!invoice)
            continue;
        const QboDecimal total =
            QboDecimal::fromJson(invoice->value(QLatin1String("TotalAmt"))).value_or(QboDecimal());
        const QJsonValue balance = (total - appliedToInvoice(id)).toJson();
        QJsonArray links;
        for (const QJsonValue &l : invoice->value(QLatin1String("LinkedTxn")).toArray()) {
            if (l.toObject().value(QLatin1String("TxnType")).toString() != QLatin1String("Payment"))
                links.append(l);
        }
        for (const QJsonValue &l : paymentLinks(id))
            links.append(l);
        if (invoice->value(QLatin1String("Balance")) == balance &&
            invoice->value(QLatin1String("LinkedTxn")).toArray() == links)
            continue;
        // The invoice changed, so its SyncToken moves (LanternOps/breeze#4624, qbo-api.md §6).
        QJsonObject updated = *invoice;
        updated.insert(s("Balance"), balance);
        updated.insert(s("LinkedTxn"), links);
        const qint64 token = updated.value(QLatin1String("SyncToken")).toString().toLongLong();
        *invoice = withSystemFields(withoutSystemFields(updated), id, token + 1,
                                    updated.value(QLatin1String("MetaData"))
                                        .toObject()
                                        .value(QLatin1String("CreateTime"))
                                        .toString());
    }
}

// ---------------------------------------------------------------------------------------------
// Reading and querying

QHash<QString, QboDecimal> QboEngine::customerBalances() const
{
    // Customer.Balance = the open balance of the customer's invoices [simplification: QBO also
    // nets unapplied credits].
    QHash<QString, QboDecimal> balances;
    const auto t = m_company.tables.constFind(s("Invoice"));
    if (t == m_company.tables.constEnd())
        return balances;
    for (const auto &[id, invoice] : *t) {
        const QString customer = invoice.value(QLatin1String("CustomerRef"))
                                     .toObject()
                                     .value(QLatin1String("value"))
                                     .toString();
        balances[customer] +=
            QboDecimal::fromJson(invoice.value(QLatin1String("Balance"))).value_or(QboDecimal());
    }
    return balances;
}

QJsonObject QboEngine::render(const QboEntityType &type, const QJsonObject &stored) const
{
    if (type.name != QLatin1String("Customer"))
        return stored;
    QJsonObject out = stored;
    const QJsonValue balance =
        customerBalances().value(stored.value(QLatin1String("Id")).toString()).toJson();
    out.insert(s("Balance"), balance);
    out.insert(s("BalanceWithJobs"), balance);
    return out;
}

namespace {

// R-CUST's filterable Customer properties (qbo-verified.md §5); anything else in WHERE is
// "QueryValidationError: property '<Name>' is not queryable". Other entities are not
// restricted here (no verified lists), except Vendor.PrimaryEmailAddr (quickbooks-ruby #403).
const QStringList CustomerFilterable = {s("Id"),
                                        s("DisplayName"),
                                        s("GivenName"),
                                        s("MiddleName"),
                                        s("FamilyName"),
                                        s("PrimaryEmailAddr"),
                                        s("Active"),
                                        s("CompanyName"),
                                        s("Balance"),
                                        s("PrintOnCheckName"),
                                        s("FullyQualifiedName"),
                                        s("MetaData.CreateTime"),
                                        s("MetaData.LastUpdatedTime")};

bool containsInsensitive(const QStringList &list, const QString &value)
{
    for (const QString &item : list) {
        if (item.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::variant<QJsonObject, QboFault> QboEngine::query(const QString &statement)
{
    auto parsed = qboParseQuery(statement);
    if (auto *f = std::get_if<QboFault>(&parsed))
        return *f;
    const QboQuery q = std::get<QboQuery>(parsed);
    const QboEntityType *type = qboEntityType(q.entity);
    if (!type) // wording [unverified]
        return qbofault::queryInvalid(
            QStringLiteral("QueryValidationError: Invalid entity name %1").arg(q.entity));
    bool mentionsActive = false;
    for (const QboQueryCondition &c : q.where) {
        if (c.property.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0)
            mentionsActive = true;
        const bool notQueryable =
            (type->name == QLatin1String("Customer") &&
             !containsInsensitive(CustomerFilterable, c.property)) ||
            (type->name == QLatin1String("Vendor") &&
             c.property.startsWith(QLatin1String("PrimaryEmailAddr"), Qt::CaseInsensitive));
        if (notQueryable)
            return qbofault::queryInvalid(
                QStringLiteral("QueryValidationError: property '%1' is not queryable")
                    .arg(c.property));
    }

    QList<QJsonObject> rows;
    if (type->name == QLatin1String("CompanyInfo")) {
        rows.append(m_company.companyInfo);
    } else if (type->name == QLatin1String("Preferences")) {
        rows.append(m_company.preferences);
    } else {
        const QHash<QString, QboDecimal> balances = type->name == QLatin1String("Customer")
                                                        ? customerBalances()
                                                        : QHash<QString, QboDecimal>();
        for (const auto &[id, row] : m_company.table(type->name)) {
            // Name lists answer with active rows only unless the WHERE names Active
            // (qbo-verified.md §5, VCR alt_select.yml).
            if (type->isNameList() && !mentionsActive && !isActive(row))
                continue;
            if (type->name == QLatin1String("Customer")) {
                QJsonObject r = row;
                const QJsonValue balance = balances.value(id).toJson();
                r.insert(s("Balance"), balance);
                r.insert(s("BalanceWithJobs"), balance);
                rows.append(r);
            } else {
                rows.append(row);
            }
        }
    }

    QboQueryContext context;
    context.caseInsensitiveEquals = m_caseInsensitiveEquals;
    context.zone = qboPacificZone();
    QList<QJsonObject> matched;
    for (const QJsonObject &row : rows) {
        bool ok = true;
        for (const QboQueryCondition &c : q.where) {
            if (!qboQueryMatches(row, c, context)) {
                ok = false;
                break;
            }
        }
        if (ok)
            matched.append(row);
    }
    if (q.count) // qbo-api.md §5: COUNT(*) → {"QueryResponse":{"totalCount":N}}
        return QJsonObject{{s("totalCount"), int(matched.size())}};

    if (!q.orderBy.isEmpty()) {
        std::stable_sort(
            matched.begin(), matched.end(), [&](const QJsonObject &a, const QJsonObject &b) {
                for (const QboQueryOrder &o : q.orderBy) {
                    int c = qboQueryCompare(qboQueryValue(a, o.property),
                                            qboQueryValue(b, o.property), o.property, context);
                    if (o.descending)
                        c = -c;
                    if (c != 0)
                        return c < 0;
                }
                return false;
            });
    }
    // STARTPOSITION is 1-based, MAXRESULTS defaults to 100 (qbo-api.md §5).
    const qint64 start = q.startPosition.value_or(1);
    const qint64 max = q.maxResults.value_or(100);
    QJsonArray page;
    for (qint64 i = start - 1; i < matched.size() && i < start - 1 + max; ++i) {
        const QJsonObject &row = matched[qsizetype(i)];
        if (q.fields.isEmpty()) {
            page.append(row);
            continue;
        }
        // A projection answers sparse objects with the fields asked for (fixture
        // batch-response-create-and-query.json: "sparse": true).
        QJsonObject sparse{{s("Id"), row.value(QLatin1String("Id"))}, {s("sparse"), true}};
        for (const QString &field : q.fields) {
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key().compare(field, Qt::CaseInsensitive) == 0)
                    sparse.insert(it.key(), it.value());
            }
        }
        page.append(sparse);
    }
    if (page.isEmpty()) // qbo-api.md §5: no match → {"QueryResponse":{}}
        return QJsonObject();
    return QJsonObject{
        {type->name, page}, {s("startPosition"), int(start)}, {s("maxResults"), int(page.size())}};
}

} // namespace bookflow::sandbox
