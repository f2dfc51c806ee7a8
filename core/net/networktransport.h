#pragma once

#include "core/net/httptransport.h"

#include <memory>

class QNetworkAccessManager;

namespace bookflow {

// The real Transport over QNetworkAccessManager, synchronous by design (the lead's decision):
// send() starts the request and blocks on a local QEventLoop until the reply finishes or the
// request's timeout passes (then the reply is aborted and `timedOut` is set). The engine runs
// clients on a worker thread; the CLI and tests call them directly, and an in-process sandbox on
// the same thread keeps answering because the local loop processes its sockets too.
//
// The QNetworkAccessManager must live in the calling thread (anchors.md C4: one per thread).
// A local event loop also delivers other queued events of that thread, so do not call send()
// from code that cannot tolerate re-entrancy (a GUI thread, for one).
//
// Safety rules applied to every request:
// - only https://, or http:// to a loopback host (127.0.0.1, ::1, localhost): a bearer token
//   must never cross a network in clear text;
// - redirects are not followed, so an Authorization header never travels to another host;
// - HTTP/2 is off for plain http (anchors.md C4: the h2c upgrade offer upsets some peers).
//
// Note: QNetworkAccessManager itself resends a request when a connection closes before any
// byte of the answer arrived. That is harmless here: reads are safe to repeat and every QBO
// write carries a requestid, so QuickBooks answers a resend with the original result.
class NetworkTransport final : public Transport
{
public:
    // Uses `manager` (not owned) or, if null, a manager of its own created in this thread.
    explicit NetworkTransport(QNetworkAccessManager *manager = nullptr);
    ~NetworkTransport() override;
    NetworkTransport(const NetworkTransport &) = delete;
    NetworkTransport &operator=(const NetworkTransport &) = delete;

    HttpResponse send(const HttpRequest &request) override;

    // Whether a URL may be sent to at all (the scheme/host rule above).
    static bool isAllowedUrl(const QUrl &url);

private:
    std::unique_ptr<QNetworkAccessManager> m_ownManager;
    QNetworkAccessManager *m_manager = nullptr;
};

} // namespace bookflow
