#include "core/net/httptransport.h"

#include "core/net/redaction.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace bookflow {

namespace {

QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        // HTTP header names are case-insensitive (RFC 9110 §5.1).
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto it = headers.begin(); it != headers.end();) {
        if (it->first.compare(name, Qt::CaseInsensitive) == 0)
            it = headers.erase(it);
        else
            ++it;
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

std::optional<int> HttpResponse::retryAfterSeconds() const
{
    constexpr qint64 MaxSeconds = 24 * 60 * 60; // HubSpot: 477 Retry-After up to 24 h (§2.7)
    const QString value = QString::fromLatin1(header("Retry-After")).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        return int(qMin(seconds, qlonglong(MaxSeconds)));
    }
    const auto httpDate = [](const QString &text) {
        QDateTime time = QLocale::c().toDateTime(text.trimmed(),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        time.setTimeZone(QTimeZone::utc());
        return time;
    };
    const QDateTime until = httpDate(value);
    const QDateTime date = httpDate(QString::fromLatin1(header("Date")));
    if (!until.isValid() || !date.isValid())
        return std::nullopt;
    return int(qBound(qint64(0), date.secsTo(until), MaxSeconds));
}

bool HttpResponse::isHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           start.contains("<html");
}

QString HttpResponse::htmlTitle() const
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

QString HttpResponse::unexpectedBodyDetail() const
{
    if (looksLikeHtml()) {
        const QString title = htmlTitle();
        return QStringLiteral("HTML page (HTTP %1)%2")
            .arg(status)
            .arg(title.isEmpty() ? QString() : QStringLiteral(": ") + title);
    }
    return QStringLiteral("HTTP %1: %2")
        .arg(status)
        .arg(Redaction::text(QString::fromUtf8(body.left(500))));
}

Transport::~Transport() = default;

} // namespace bookflow
