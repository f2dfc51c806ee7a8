#include "fuzzsupport.h"

#include <QCryptographicHash>
#include <QUrl>

namespace bookflow::fuzz {

namespace {

// Answers are separated by a line of three tildes: rare in JSON, HTML and XML bodies, easy to
// type in a seed, and short enough for the fuzzer to find.
constexpr QByteArrayView AnswerSeparator = "\n~~~\n";
// More answers than any operation of the targets asks for; the rest of the input is one body.
constexpr int MaxAnswers = 64;

bool allDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

HttpResponse parseAnswer(const QByteArray &text)
{
    HttpResponse response;
    const qsizetype firstEnd = text.indexOf('\n');
    const QByteArrayView firstLine =
        firstEnd < 0 ? QByteArrayView(text) : QByteArrayView(text).first(firstEnd);
    if (!allDigits(firstLine) || firstLine.size() > 3) {
        // A bare body: what a provider answers to most calls.
        response.status = 200;
        response.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=UTF-8")));
        response.body = text;
        return response;
    }
    response.status = firstLine.toInt();
    qsizetype pos = firstEnd < 0 ? text.size() : firstEnd + 1;
    // Header lines up to the first empty line (or the end).
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        response.headers.append(
            qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
    }
    if (pos < text.size())
        response.body = text.mid(pos);
    if (response.status == 0) {
        response.networkError = QStringLiteral("the connection was closed (fuzz script)");
        response.timedOut = response.body.startsWith("timeout");
    }
    return response;
}

} // namespace

QList<QByteArray> splitParts(const QByteArray &input, QByteArrayView separator, int maxParts)
{
    QList<QByteArray> parts;
    qsizetype start = 0;
    while (parts.size() + 1 < maxParts) {
        const qsizetype at = input.indexOf(separator, start);
        if (at < 0)
            break;
        parts.append(input.mid(start, at - start));
        start = at + separator.size();
    }
    parts.append(input.mid(start));
    return parts;
}

bool isPlainId(const QString &text, QLatin1String punctuation, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                        (u >= u'0' && u <= u'9') || (u < 0x80 && punctuation.contains(char(u)));
        if (!ok)
            return false;
    }
    return true;
}

QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text.left(200)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > 200)
        out += QStringLiteral("…");
    return out;
}

void checkApiError(const ApiError &error, const char *target, const char *where)
{
    check(!error.reason.trimmed().isEmpty(), target, [&] {
        return QStringLiteral("%1: an error without a reason (class %2, HTTP %3, detail \"%4\")")
            .arg(QLatin1String(where), ApiError::className(error.cls))
            .arg(error.httpStatus)
            .arg(shown(error.detail));
    });
    const int cls = int(error.cls);
    check(
        cls >= int(ApiError::Class::Transient) && cls <= int(ApiError::Class::Permanent), target,
        [&] { return QStringLiteral("%1: an error class out of range (%2)").arg(where).arg(cls); });
    if (error.retryAfterSeconds) {
        check(*error.retryAfterSeconds >= 0 && *error.retryAfterSeconds <= 24 * 60 * 60, target,
              [&] {
                  return QStringLiteral("%1: Retry-After of %2 s (promised: 0 to a day)")
                      .arg(QLatin1String(where))
                      .arg(*error.retryAfterSeconds);
              });
    }
}

Script parseScript(const QByteArray &input)
{
    Script script;
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray firstLine = lineEnd < 0 ? input : input.left(lineEnd);
    const QStringList words =
        QString::fromUtf8(firstLine).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        script.operation = words.first();
        // Percent-decoded, so an argument can hold a space, a newline or any byte.
        for (const QString &word : words.mid(1))
            script.args.append(QUrl::fromPercentEncoding(word.toUtf8()));
    }
    // Unknown first lines still choose an operation, and always the same one for the same line.
    const QByteArray hash = QCryptographicHash::hash(firstLine, QCryptographicHash::Sha1);
    script.operationIndex = int(quint8(hash.at(0)));
    if (lineEnd < 0)
        return script;
    for (const QByteArray &answer : splitParts(input.mid(lineEnd + 1), AnswerSeparator, MaxAnswers))
        script.answers.append(parseAnswer(answer));
    return script;
}

HttpResponse ScriptedTransport::send(const HttpRequest &request)
{
    Q_UNUSED(request);
    ++m_requests;
    if (m_next >= m_answers.size()) {
        HttpResponse none;
        none.networkError = QStringLiteral("the fuzz script has no more answers");
        return none;
    }
    const HttpResponse &answer = m_answers.at(m_next++);
    if (answer.isSuccess())
        m_sawSuccess = true;
    if (!m_statuses.contains(answer.status))
        m_statuses.append(answer.status);
    return answer;
}

QString FuzzTokens::accessToken()
{
    return QStringLiteral("fuzz-access-token-%1").arg(m_refreshes);
}

ApiStatus FuzzTokens::refresh()
{
    ++m_refreshes;
    return ApiStatus::success();
}

} // namespace bookflow::fuzz
