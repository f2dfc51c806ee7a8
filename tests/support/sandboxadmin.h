#pragma once
// One JSON exchange with a sandbox over core's Transport: the admin endpoints (/_sandbox/…) the
// integration tests use to reset, inject faults, move the clock and read request counts.

#include "core/net/httptransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace testsupport {

inline QJsonObject sandboxCall(bookflow::Transport &transport, const QUrl &baseUrl,
                               const QByteArray &method, const QString &path,
                               const QJsonObject &body = {})
{
    bookflow::HttpRequest request;
    request.method = method;
    request.url = QUrl(baseUrl.toString() + path);
    request.timeoutMs = 30000;
    if (!body.isEmpty()) {
        request.setHeader("Content-Type", "application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const bookflow::HttpResponse response = transport.send(request);
    if (!response.isSuccess())
        qWarning("sandbox %s %s: HTTP %d", method.constData(), qPrintable(path), response.status);
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace testsupport
