#include "core/engine/documentlink.h"

#include "core/util/tr.h"

namespace bookflow {

QString documentTypeLabel(const QString &entityName)
{
    if (entityName == QLatin1String("Invoice"))
        return Tr::tr("Invoice");
    if (entityName == QLatin1String("Estimate"))
        return Tr::tr("Estimate");
    if (entityName == QLatin1String("SalesReceipt"))
        return Tr::tr("Sales receipt");
    if (entityName == QLatin1String("Purchase"))
        return Tr::tr("Expense");
    if (entityName == QLatin1String("RefundReceipt"))
        return Tr::tr("Refund receipt");
    if (entityName == QLatin1String("Payment"))
        return Tr::tr("Payment");
    return entityName;
}

bool isLocalSandbox(const Connection &company)
{
    const QString host = company.apiBaseUrl.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

QUrl quickBooksDocumentLink(const Connection &company, const QString &documentType,
                            const QString &documentId)
{
    if (documentId.isEmpty() || documentType.isEmpty() || isLocalSandbox(company))
        return {};
    const QString host = company.environment == Environment::Sandbox
                             ? QStringLiteral("https://app.sandbox.qbo.intuit.com")
                             : QStringLiteral("https://app.qbo.intuit.com");
    // The web app names its pages after the transaction, in lower case; a Purchase is an expense.
    const QString page = documentType == QLatin1String("Purchase") ? QStringLiteral("expense")
                                                                   : documentType.toLower();
    QUrl url(QStringLiteral("%1/app/%2").arg(host, page));
    url.setQuery(QStringLiteral("txnId=%1").arg(documentId));
    return url;
}

} // namespace bookflow
