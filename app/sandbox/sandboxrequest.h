#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace bookflow::sandbox {

// One HTTP request as the sandbox's services see it: a copy of what QHttpServerRequest held, so
// that a service can be called (and a reply sent) after the server has moved on to the next
// request on the same connection (6.4 reuses one QHttpServerRequest per socket).
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", … as on the wire
    QString path;      // decoded path, e.g. "/v3/company/9341453050981234/invoice"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name, compared case-insensitively (HTTP header names are).
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }

    // The media type of the body without parameters, lower case ("application/json").
    QByteArray mediaType() const
    {
        QByteArray type = header("Content-Type");
        const qsizetype semicolon = type.indexOf(';');
        if (semicolon >= 0)
            type.truncate(semicolon);
        return type.trimmed().toLower();
    }

    // The body read as application/x-www-form-urlencoded ('+' is a space there, unlike in
    // QUrlQuery's own parsing). Read values with QUrl::FullyDecoded.
    QUrlQuery form() const
    {
        QByteArray text = body;
        text.replace('+', "%20");
        return QUrlQuery(QString::fromUtf8(text));
    }

    // A query or form value, fully decoded.
    static QString value(const QUrlQuery &items, const QString &key)
    {
        return items.queryItemValue(key, QUrl::FullyDecoded);
    }
};

} // namespace bookflow::sandbox
