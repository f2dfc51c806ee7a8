#include "core/quickbooks/qboentity.h"

namespace bookflow {

namespace {

constexpr QboEntity AllEntities[] = {
    QboEntity::Customer, QboEntity::Item,          QboEntity::Term,         QboEntity::Account,
    QboEntity::Vendor,   QboEntity::PaymentMethod, QboEntity::CompanyInfo,  QboEntity::Preferences,
    QboEntity::Invoice,  QboEntity::Estimate,      QboEntity::SalesReceipt, QboEntity::Payment,
    QboEntity::Purchase, QboEntity::RefundReceipt,
};

} // namespace

QString qboEntityName(QboEntity entity)
{
    switch (entity) {
    case QboEntity::Customer:
        return QStringLiteral("Customer");
    case QboEntity::Item:
        return QStringLiteral("Item");
    case QboEntity::Term:
        return QStringLiteral("Term");
    case QboEntity::Account:
        return QStringLiteral("Account");
    case QboEntity::Vendor:
        return QStringLiteral("Vendor");
    case QboEntity::PaymentMethod:
        return QStringLiteral("PaymentMethod");
    case QboEntity::CompanyInfo:
        return QStringLiteral("CompanyInfo");
    case QboEntity::Preferences:
        return QStringLiteral("Preferences");
    case QboEntity::Invoice:
        return QStringLiteral("Invoice");
    case QboEntity::Estimate:
        return QStringLiteral("Estimate");
    case QboEntity::SalesReceipt:
        return QStringLiteral("SalesReceipt");
    case QboEntity::Payment:
        return QStringLiteral("Payment");
    case QboEntity::Purchase:
        return QStringLiteral("Purchase");
    case QboEntity::RefundReceipt:
        return QStringLiteral("RefundReceipt");
    }
    return {};
}

QString qboEntityPath(QboEntity entity)
{
    // QBO: the path segment is the entity name in lower case (qbo-api.md §2).
    return qboEntityName(entity).toLower();
}

std::optional<QboEntity> qboEntityFromName(const QString &name)
{
    for (QboEntity entity : AllEntities) {
        if (qboEntityName(entity).compare(name, Qt::CaseInsensitive) == 0)
            return entity;
    }
    return std::nullopt;
}

bool qboEntityIsWritable(QboEntity entity)
{
    return entity != QboEntity::CompanyInfo && entity != QboEntity::Preferences;
}

} // namespace bookflow
