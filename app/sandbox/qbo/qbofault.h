#pragma once

#include <QJsonObject>
#include <QString>

namespace bookflow::sandbox {

// One QuickBooks fault: the PascalCase envelope of qbo-api.md §7,
// {"Fault":{"Error":[{"Message","Detail","code","element"}],"type":"ValidationFault"},"time":…},
// sent with HTTP 400 unless stated otherwise. `code` is a string on the wire.
struct QboFault
{
    QString code;
    QString message;
    QString detail;
    QString element;
    QString type = QStringLiteral("ValidationFault");
    int httpStatus = 400;

    // {"Message","Detail","code","element"}
    QJsonObject error() const;
    // {"Error":[error()],"type":type}
    QJsonObject fault() const;
};

// The faults this peer raises, with QBO's codes and wording (fixtures in shared/fixtures/qbo and
// qbo-api.md §7). Where the wording was not captured it is marked [unverified] at the function.
namespace qbofault {

// 2020, e.g. element "Line.DetailType": Detail "Required parameter Line.DetailType is missing in
// the request" (fixture fault-required-param-missing-line-detailtype-2020.json).
QboFault requiredParam(const QString &element);
// 2020 with a Detail of its own (Item accounts, qbo-verified.md §1; element "").
QboFault requiredParamDetail(const QString &detail, const QString &element = QString());
// 610 Object Not Found (fixture fault-object-not-found-610.json) with the element naming the
// reference that points at a missing or inactive entity ("" for a read of a missing id).
QboFault objectNotFound(const QString &element = QString());
// 5010 Stale Object Error (fixture fault-stale-object-5010.json).
QboFault staleObject();
// 6240 Duplicate Name Exists Error; `who` is "customer, vendor or employee", "product or
// service", "term", "account", "payment method".
QboFault duplicateName(const QString &who);
// 2040 Invalid String: a colon in a DisplayName or Name (QBO keeps ':' for the Parent:Child
// hierarchy; FMSException text "ERROR CODE:2040 … Element contains invalid characters").
QboFault invalidString(const QString &element, const QString &value);
// 6100 Invalid Line TaxCode (US: TAX or NON only, qbo-api.md §4).
QboFault invalidLineTaxCode(const QString &element);
// 6070 Amount calculation incorrect (Amount ≠ Qty × UnitPrice). Detail wording [unverified].
QboFault amountCalculation(const QString &element, const QString &amount, const QString &expected);
// 6140 Duplicate Document Number Error.
QboFault duplicateDocNumber(const QString &docNumber, const QString &txnType, const QString &txnId);
// 6000 business validation catch-all: Message "A business validation error has occurred while
// processing your request", Detail "Business Validation Error: <reason>".
QboFault businessValidation(const QString &reason, const QString &element = QString());
// 2500 Invalid Reference Id (a reference whose value is not an id at all).
QboFault invalidReference(const QString &element);
// 2170 Invalid Enumeration. Wording [unverified].
QboFault invalidEnumeration(const QString &element, const QString &value);
// 2010 Request has invalid or unsupported property (malformed JSON, wrong JSON types).
QboFault invalidProperty(const QString &detail, const QString &element = QString());
// 500 Unsupported Operation (deleting a name-list entity, creating a TaxCode, unknown paths).
QboFault unsupportedOperation(const QString &detail);
// 4000 Error parsing query (fixture fault-query-parse-error-4000.json).
QboFault queryParse(const QString &detail);
// 4001 Invalid query ("QueryValidationError: …", qbo-verified.md §5).
QboFault queryInvalid(const QString &detail);
// 6010 Invalid account type (neither AccountType nor AccountSubType). Wording [unverified].
QboFault invalidAccountType(const QString &detail);
// 3100 with HTTP 403 AuthorizationFault: a realm this peer does not have.
QboFault unknownRealm(const QString &realmId);

} // namespace qbofault

} // namespace bookflow::sandbox
