#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace bookflow {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the provider clients build it. Plain bytes: the clients decide every
// header and every byte of the body, so what is tested is what goes on the wire.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 120000; // wall-clock cap for the whole exchange; ≤ 0 means none

    // The first header with that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// What came back. `status` is 0 when no HTTP answer arrived (network error, timeout, refusal);
// then `networkError` says why.
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QString networkError; // empty when the exchange completed
    bool timedOut = false;
    // The transport refused to send it at all (for example plain http to a non-loopback host):
    // a configuration error, not something a retry can fix.
    bool refused = false;

    QByteArray header(const QByteArray &name) const;
    // Retry-After in seconds — a number or an HTTP-date measured against the answer's own Date
    // header (RFC 9110 §10.2.3) — capped at a day; nothing when absent or unreadable.
    std::optional<int> retryAfterSeconds() const;
    // Proxies and gateways answer with HTML pages whatever was asked for (a 502 from nginx).
    bool looksLikeHtml() const { return isHtml(body); }
    static bool isHtml(const QByteArray &body);
    // The <title> of such a page, for the log detail; empty when there is none.
    QString htmlTitle() const;
    // A log line for a body that is not the provider's error envelope: the HTML page's title, or
    // the first 500 bytes with secrets redacted.
    QString unexpectedBodyDetail() const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// The seam below the provider clients. Production uses NetworkTransport; unit tests may use a
// scripted fake of this interface, and nothing above it is ever mocked.
//
// send() is synchronous: it returns when the exchange is over. Implementations are used from
// one thread at a time (the thread that owns their network objects).
class Transport
{
public:
    virtual ~Transport();
    virtual HttpResponse send(const HttpRequest &request) = 0;
};

} // namespace bookflow
