#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bookflow::sandbox {

// One HTTP answer of the sandbox, built by a service (QuickBooks, HubSpot, OAuth) without knowing
// about QHttpServer; the routes turn it into a response. Headers are extra ones (the routes add
// intuit_tid and the like).
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace bookflow::sandbox
