#pragma once

#include "app/sandbox/qbo/qbocompany.h"
#include "app/sandbox/qbo/qbodecimal.h"
#include "app/sandbox/qbo/qbofault.h"
#include "app/sandbox/qbo/qbojson.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace bookflow::sandbox {

// What one entity operation produced: the entity as QBO returns it under its key, or a fault.
struct QboOutcome
{
    std::optional<QboFault> fault;
    QJsonObject entity;

    static QboOutcome failed(QboFault f)
    {
        QboOutcome o;
        o.fault = std::move(f);
        return o;
    }
    static QboOutcome succeeded(QJsonObject e)
    {
        QboOutcome o;
        o.entity = std::move(e);
        return o;
    }
};

struct QboWriteOptions
{
    // include=allowduplicatedocnum (qbo-api.md §7): skip the 6140 check.
    bool allowDuplicateDocNumber = false;
};

// The business rules of one company at one instant: create, read, update (full and sparse),
// delete, void and query, as qbo-api.md §2–§7 and qbo-verified.md §1–§10 describe them. Every
// check runs before the first change, so a fault leaves the company untouched.
class QboEngine
{
public:
    QboEngine(QboRealm &company, QDateTime now, bool caseInsensitiveEquals = true);

    // operation: "create", "update", "delete", "void" or "" (create without Id, update with).
    QboOutcome write(const QboEntityType &type, const QString &operation, const QJsonObject &body,
                     const QboNumbers &numbers, const QboWriteOptions &options = {});
    QboOutcome read(const QboEntityType &type, const QString &id);
    // The QueryResponse object of one statement (qbo-api.md §5).
    std::variant<QJsonObject, QboFault> query(const QString &statement);

    // Seeding: stores an entity as given (TaxCode has no create), adding the system fields.
    QJsonObject insert(const QboEntityType &type, QJsonObject entity);

private:
    struct Prepared
    {
        std::optional<QboFault> fault;
        QJsonObject object;
        // Payment: invoice id → amount applied by this payment.
        QHash<QString, QboDecimal> applications;
    };

    QboOutcome create(const QboEntityType &type, const QJsonObject &body, const QboNumbers &numbers,
                      const QboWriteOptions &options);
    QboOutcome update(const QboEntityType &type, const QJsonObject &body, const QboNumbers &numbers,
                      const QboWriteOptions &options);
    QboOutcome remove(const QboEntityType &type, const QJsonObject &body);
    QboOutcome voidTransaction(const QboEntityType &type, const QJsonObject &body);
    QboOutcome updateSingleton(const QboEntityType &type, const QJsonObject &body,
                               const QboNumbers &numbers);

    // Finds the entity named by body.Id and checks body.SyncToken (2020 / 610 / 5010).
    std::variant<QJsonObject *, QboFault> existingFor(const QboEntityType &type,
                                                      const QJsonObject &body);

    Prepared prepare(const QboEntityType &type, QJsonObject object, const QboNumbers &numbers,
                     const QJsonObject *existing, const QboWriteOptions &options);
    Prepared prepareParty(const QboEntityType &type, QJsonObject object,
                          const QJsonObject *existing);
    Prepared prepareItem(QJsonObject object, const QboNumbers &numbers,
                         const QJsonObject *existing);
    Prepared prepareTerm(QJsonObject object, const QboNumbers &numbers,
                         const QJsonObject *existing);
    Prepared prepareAccount(QJsonObject object, const QJsonObject *existing);
    Prepared preparePaymentMethod(QJsonObject object, const QJsonObject *existing);
    Prepared prepareSalesForm(const QboEntityType &type, QJsonObject object,
                              const QboNumbers &numbers, const QJsonObject *existing,
                              const QboWriteOptions &options);
    Prepared preparePayment(QJsonObject object, const QboNumbers &numbers,
                            const QJsonObject *existing);
    Prepared preparePurchase(QJsonObject object, const QboNumbers &numbers,
                             const QJsonObject *existing);

    // Resolves object[key] = {"value": id} against the given entity tables, replacing it with
    // {"value", "name"}. Missing: 2020 when required. Not an id: 2500. Absent or inactive: 610.
    std::optional<QboFault> resolveRef(QJsonObject &object, const QString &key,
                                       const QStringList &entities, const QString &element,
                                       bool required, const QJsonObject **target = nullptr);
    std::optional<QboFault> resolveDepositAccount(QJsonObject &object, bool required);
    std::optional<QboFault> resolveTxnDate(QJsonObject &object, const QJsonObject *existing);
    std::optional<QboFault> checkLineTaxCode(QJsonObject &detail, const QString &element,
                                             const QJsonObject *item);
    std::optional<QboFault> checkUniqueName(const QboEntityType &type, const QString &name,
                                            const QJsonObject *existing);
    // The Name of a name-list entity (Item, Term, Account, PaymentMethod): required (2020),
    // trimmed, unique (6240); where `hierarchical`, no colon (it separates parent and child in
    // FullyQualifiedName, which is then set too).
    enum class NameKind { Plain, Hierarchical };
    std::optional<QboFault> takeName(const QboEntityType &type, QJsonObject &object,
                                     const QJsonObject *existing, NameKind kind);

    // Payment → Invoice links: sets each touched invoice's Balance and LinkedTxn from the
    // payments now stored and bumps its SyncToken (qbo-api.md §3 Payment, §6).
    void refreshInvoices(const QSet<QString> &invoiceIds);
    QboDecimal appliedToInvoice(const QString &invoiceId) const;
    QJsonArray paymentLinks(const QString &invoiceId) const;

    QJsonObject render(const QboEntityType &type, const QJsonObject &stored) const;
    QHash<QString, QboDecimal> customerBalances() const;
    QJsonObject withSystemFields(QJsonObject object, const QString &id, qint64 syncToken,
                                 const QString &createTime) const;
    QString nextDocNumber(const QString &entity) const;
    bool customTxnNumbers() const;
    QJsonObject currencyRef() const;

    QboRealm &m_company;
    QDateTime m_now;
    bool m_caseInsensitiveEquals;
};

} // namespace bookflow::sandbox
