#include "app/sandbox/qbo/qbofault.h"

#include <QJsonArray>

namespace bookflow::sandbox {

QJsonObject QboFault::error() const
{
    return QJsonObject{{QStringLiteral("Message"), message},
                       {QStringLiteral("Detail"), detail},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("element"), element}};
}

QJsonObject QboFault::fault() const
{
    return QJsonObject{{QStringLiteral("Error"), QJsonArray{error()}},
                       {QStringLiteral("type"), type}};
}

namespace qbofault {

namespace {

QboFault make(const char *code, const QString &message, const QString &detail,
              const QString &element)
{
    QboFault f;
    f.code = QLatin1String(code);
    f.message = message;
    f.detail = detail;
    f.element = element;
    return f;
}

} // namespace

QboFault requiredParam(const QString &element)
{
    return requiredParamDetail(
        QStringLiteral("Required parameter %1 is missing in the request").arg(element), element);
}

QboFault requiredParamDetail(const QString &detail, const QString &element)
{
    return make(
        "2020",
        QStringLiteral("Required param missing, need to supply the required value for the API"),
        detail, element);
}

QboFault objectNotFound(const QString &element)
{
    return make("610", QStringLiteral("Object Not Found"),
                QStringLiteral("Object Not Found : Something you're trying to use has been made "
                               "inactive. Check the fields with accounts, customers, items, "
                               "vendors or employees."),
                element);
}

QboFault staleObject()
{
    return make("5010", QStringLiteral("Stale Object Error"),
                QStringLiteral("Stale Object Error : You and Bookflow Sandbox were working on "
                               "this at the same time. Bookflow Sandbox finished before you did, "
                               "so your work was not saved."),
                QString());
}

QboFault duplicateName(const QString &who)
{
    // The line break sits where QBO's own text has it (fixture fault-duplicate-name-6240.json).
    return make("6240", QStringLiteral("Duplicate Name Exists Error"),
                QStringLiteral("The name supplied already exists. : Another %1 is already using "
                               "this \nname. Please use a different name.")
                    .arg(who),
                QString());
}

QboFault invalidString(const QString &element, const QString &value)
{
    return make("2040",
                QStringLiteral("Invalid String. The String may contain unsupported or illegal "
                               "chars"),
                QStringLiteral("Element contains invalid characters. %1").arg(value), element);
}

QboFault invalidLineTaxCode(const QString &element)
{
    return make("6100", QStringLiteral("Invalid Line TaxCode"),
                QStringLiteral("Invalid Line TaxCode : Valid Line TaxCodes for US should be TAX "
                               "or NON"),
                element);
}

QboFault amountCalculation(const QString &element, const QString &amount, const QString &expected)
{
    return make("6070", QStringLiteral("Amount calculation incorrect"),
                QStringLiteral("Amount calculation incorrect : Amount is not equal to Qty * "
                               "UnitPrice. Supplied value:%1, expected value:%2")
                    .arg(amount, expected),
                element);
}

QboFault duplicateDocNumber(const QString &docNumber, const QString &txnType, const QString &txnId)
{
    return make("6140", QStringLiteral("Duplicate Document Number Error"),
                QStringLiteral("Duplicate Document Number Error : You must specify a different "
                               "number. This number has already been used. DocNumber=%1 is "
                               "assigned to TxnType=%2 with TxnId=%3")
                    .arg(docNumber, txnType, txnId),
                QStringLiteral("DocNumber"));
}

QboFault businessValidation(const QString &reason, const QString &element)
{
    return make(
        "6000",
        QStringLiteral("A business validation error has occurred while processing your request"),
        QStringLiteral("Business Validation Error: %1").arg(reason), element);
}

QboFault invalidReference(const QString &element)
{
    return make("2500", QStringLiteral("Invalid Reference Id"),
                QStringLiteral("Invalid Reference Id : %1").arg(element), element);
}

QboFault invalidEnumeration(const QString &element, const QString &value)
{
    return make(
        "2170", QStringLiteral("Invalid Enumeration"),
        QStringLiteral("Invalid Enumeration : %1 is not a valid value for %2").arg(value, element),
        element);
}

QboFault invalidProperty(const QString &detail, const QString &element)
{
    return make("2010", QStringLiteral("Request has invalid or unsupported property"),
                QStringLiteral("Property Name:%1 specified is unsupported or invalid").arg(detail),
                element);
}

QboFault unsupportedOperation(const QString &detail)
{
    return make("500", QStringLiteral("Unsupported Operation"), detail, QString());
}

QboFault queryParse(const QString &detail)
{
    return make("4000", QStringLiteral("Error parsing query"), detail, QString());
}

QboFault queryInvalid(const QString &detail)
{
    return make("4001", QStringLiteral("Invalid query"), detail, QString());
}

QboFault invalidAccountType(const QString &detail)
{
    return make("6010", QStringLiteral("Invalid account type"),
                QStringLiteral("Invalid account type : %1").arg(detail),
                QStringLiteral("AccountType"));
}

QboFault unknownRealm(const QString &realmId)
{
    QboFault f =
        make("3100",
             QStringLiteral("message=ApplicationAuthorizationFailed; "
                            "errorCode=003100; statusCode=403"),
             QStringLiteral("No company with realmId %1 in this sandbox").arg(realmId), QString());
    f.type = QStringLiteral("AuthorizationFault");
    f.httpStatus = 403;
    return f;
}

} // namespace qbofault

} // namespace bookflow::sandbox
