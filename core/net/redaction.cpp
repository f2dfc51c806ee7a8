#include "core/net/redaction.h"

#include <QRegularExpression>

namespace bookflow {

namespace {

constexpr int MaxLoggedBody = 2000;

// Names whose values are secrets wherever they appear (OAuth 2.0, RFC 6749 §4–6, PKCE's verifier,
// RFC 7636 §4.5, and the QBO token endpoint's fields, qbo-api.md §1).
const QString SecretNames = QStringLiteral("access_token|refresh_token|id_token|client_secret|"
                                           "client_assertion|code_verifier|password|token");
// In form bodies and query strings `code` is the OAuth authorization code (RFC 6749 §4.1.2); in
// JSON it is QBO's error code ("code":"6240"), which logs need.
const QString SecretFormNames = SecretNames + QStringLiteral("|code");

bool isSecretHeader(const QByteArray &name)
{
    static const QByteArray names[] = {"authorization", "proxy-authorization", "cookie",
                                       "set-cookie"};
    for (const auto &secret : names) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString shortened(const QString &text)
{
    if (text.size() <= MaxLoggedBody)
        return text;
    return text.left(MaxLoggedBody) + QStringLiteral("… (%1 characters)").arg(text.size());
}

QString describeHeadersAndBody(const HttpHeaders &headers, const QByteArray &body)
{
    QString line;
    for (const auto &header : Redaction::headers(headers))
        line += QStringLiteral(" | %1: %2")
                    .arg(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    if (!body.isEmpty())
        line += QStringLiteral(" | body: ") + shortened(Redaction::text(QString::fromUtf8(body)));
    return line;
}

} // namespace

QString Redaction::text(const QString &input)
{
    static const QRegularExpression credentials(
        QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonMember(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(SecretNames),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formField(
        QStringLiteral("(^|[?&\\s;,])((?:%1)=)[^&\\s;,]*").arg(SecretFormNames),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerLine(
        QStringLiteral("^(\\s*(?:proxy-)?authorization\\s*:\\s*).*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);

    // QBO's 401 detail quotes the start of the refused token: "Token expired: AB01…"
    // (qbo-api.md §1).
    static const QRegularExpression tokenDetail(
        QStringLiteral("\\b(Token (?:expired|invalid|revoked))\\s*:\\s*[^\\s\",]+"),
        QRegularExpression::CaseInsensitiveOption);

    const QString mask = QString::fromLatin1(Mask);
    QString result = input;
    result.replace(tokenDetail, QStringLiteral("\\1: ") + mask);
    result.replace(headerLine, QStringLiteral("\\1") + mask);
    result.replace(credentials, QStringLiteral("\\1 ") + mask);
    result.replace(jsonMember, QStringLiteral("\\1\"") + mask + QLatin1Char('"'));
    result.replace(formField, QStringLiteral("\\1\\2") + mask);
    return result;
}

QByteArray Redaction::bytes(const QByteArray &input)
{
    return text(QString::fromUtf8(input)).toUtf8();
}

HttpHeaders Redaction::headers(const HttpHeaders &input)
{
    HttpHeaders result;
    result.reserve(input.size());
    for (const auto &header : input) {
        if (isSecretHeader(header.first))
            result.append({header.first, QByteArray(Mask)});
        else
            result.append({header.first, bytes(header.second)});
    }
    return result;
}

QString Redaction::describe(const HttpRequest &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') +
           text(request.url.toString(QUrl::FullyEncoded)) +
           describeHeadersAndBody(request.headers, request.body);
}

QString Redaction::describe(const HttpResponse &response)
{
    return (response.status ? QStringLiteral("HTTP %1").arg(response.status)
                            : QStringLiteral("no answer: %1").arg(response.networkError)) +
           describeHeadersAndBody(response.headers, response.body);
}

} // namespace bookflow
