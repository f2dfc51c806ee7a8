#include "core/net/networktransport.h"

#include "core/util/tr.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace bookflow {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpResponse refusal(const QString &why)
{
    HttpResponse response;
    response.refused = true;
    response.networkError = why;
    return response;
}

} // namespace

NetworkTransport::NetworkTransport(QNetworkAccessManager *manager)
{
    if (manager) {
        m_manager = manager;
    } else {
        m_ownManager = std::make_unique<QNetworkAccessManager>();
        m_manager = m_ownManager.get();
    }
}

NetworkTransport::~NetworkTransport() = default;

bool NetworkTransport::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

HttpResponse NetworkTransport::send(const HttpRequest &request)
{
    if (!isAllowedUrl(request.url)) {
        return refusal(Tr::tr("Bookflow only talks to %1 over https (plain http is allowed for "
                              "this computer's own address only).")
                           .arg(request.url.host().isEmpty() ? request.url.toDisplayString()
                                                             : request.url.host()));
    }
    // QNetworkAccessManager and its replies belong to one thread (anchors.md C4).
    if (m_manager->thread() != QThread::currentThread())
        return refusal(QStringLiteral("NetworkTransport used from a thread that does not own its "
                                      "QNetworkAccessManager"));

    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    if (request.url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    if (request.header("User-Agent").isEmpty())
        networkRequest.setRawHeader("User-Agent", QByteArrayLiteral("Bookflow/" BOOKFLOW_VERSION));

    QNetworkReply *reply =
        m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    bool timedOut = false;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer deadline;
        deadline.setSingleShot(true);
        // setTransferTimeout() only bounds inactivity (anchors.md C4); this is the wall clock.
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            reply->abort(); // emits finished(), which quits the loop
        });
        if (request.timeoutMs > 0)
            deadline.start(request.timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    HttpResponse response;
    response.timedOut = timedOut;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut) {
        response.status = 0;
        response.networkError =
            Tr::tr("no answer within %1 seconds").arg((request.timeoutMs + 999) / 1000);
    } else if (response.status == 0) {
        response.networkError = reply->errorString();
        if (response.networkError.isEmpty())
            response.networkError = Tr::tr("the connection ended without an answer");
    }
    if (response.status != 0) {
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
    }
    // Safe here: we are no longer inside any of the reply's signal handlers.
    delete reply;
    return response;
}

} // namespace bookflow
