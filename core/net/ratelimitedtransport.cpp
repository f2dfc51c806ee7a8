#include "core/net/ratelimitedtransport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bookflow {

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;

// Waits when a throttle answer names none (Retry-After is not promised on either API):
// QuickBooks: "wait 60 seconds before retrying" (qbo-api.md §8); HubSpot: what its own client
// waits per policy (hubspot.md §2.8). The daily allowance resets at midnight in the portal's
// time zone, which the transport does not know: an hour, after which one request finds out.
constexpr qint64 QuickBooksThrottleMs = MinuteMs;
constexpr qint64 HubSpotSecondlyMs = SecondMs;
constexpr qint64 HubSpotTenSecondlyMs = 10 * SecondMs;
constexpr qint64 HubSpotDailyMs = 60 * MinuteMs;

bool isPost(const HttpRequest &request)
{
    return request.method.compare("POST", Qt::CaseInsensitive) == 0;
}

// QuickBooks' throttle fault, also when it came as a 403 (older answers, qbo-verified.md §8):
// "message=ThrottleExceeded; errorCode=003001; statusCode=429", in XML or JSON.
bool isQuickBooksThrottleBody(const QByteArray &body)
{
    const QByteArray head = body.left(4096);
    return head.contains("ThrottleExceeded") || head.contains("errorCode=003001");
}

QString hubSpotPolicyName(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject()
               ? document.object().value(QLatin1String("policyName")).toString().toUpper()
               : QString();
}

} // namespace

RateLimitedTransport::RateLimitedTransport(Transport &inner, RateLimiter &limiter)
    : RateLimitedTransport(inner, limiter, Policy())
{
}

RateLimitedTransport::RateLimitedTransport(Transport &inner, RateLimiter &limiter,
                                           const Policy &policy)
    : m_inner(inner), m_limiter(limiter), m_policy(policy)
{
}

HttpResponse RateLimitedTransport::send(const HttpRequest &request)
{
    const std::optional<Route> route = classify(request);
    if (!route)
        return m_inner.send(request);

    RateLimiter::Permit permit = m_limiter.acquire(route->key, limitsFor(*route, m_policy));
    if (!permit.granted())
        return heldBack(*route, permit);
    const HttpResponse response = m_inner.send(request);
    // The pause before the release, so no other thread slips a request in between.
    if (const std::optional<Pause> pause = pauseFor(*route, response))
        m_limiter.blockFor(route->key, pause->ms, pause->reason);
    permit.release();
    return response;
}

std::optional<RateLimitedTransport::Route>
RateLimitedTransport::classify(const HttpRequest &request)
{
    const QString path = request.url.path();

    static const QString company = QStringLiteral("/v3/company/");
    if (path.startsWith(company, Qt::CaseInsensitive)) {
        const qsizetype slash = path.indexOf(QLatin1Char('/'), company.size());
        const QString realmId = path.mid(company.size(), slash < 0 ? -1 : slash - company.size());
        if (realmId.isEmpty())
            return std::nullopt;
        Route route;
        route.provider = Provider::QuickBooks;
        route.key = quickBooksKey(realmId);
        const QString rest = slash < 0 ? QString() : path.mid(slash + 1);
        route.isBatch =
            isPost(request) && (rest.compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0 ||
                                rest.compare(QLatin1String("batch/"), Qt::CaseInsensitive) == 0);
        return route;
    }

    if (path.startsWith(QLatin1String("/crm/")) || path.startsWith(QLatin1String("/tax-rates/"))) {
        Route route;
        route.provider = Provider::HubSpot;
        route.key = hubSpotKey(request.url);
        route.isSearch = isPost(request) && (path.endsWith(QLatin1String("/search")) ||
                                             path.endsWith(QLatin1String("/search/")));
        return route;
    }
    return std::nullopt;
}

QString RateLimitedTransport::quickBooksKey(const QString &realmId)
{
    return QStringLiteral("quickbooks/") + realmId;
}

QString RateLimitedTransport::hubSpotKey(const QUrl &apiUrl)
{
    // The portal is the token's, not the URL's; but Bookflow talks to one portal per API host
    // (production, or one sandbox), so the host stands for it.
    QString key = QStringLiteral("hubspot/") + apiUrl.host().toLower();
    if (apiUrl.port() >= 0)
        key += QLatin1Char(':') + QString::number(apiUrl.port());
    return key;
}

RateLimiter::Limits RateLimitedTransport::limitsFor(const Route &route, const Policy &policy)
{
    RateLimiter::Limits limits;
    limits.maxBlockWaitMs = policy.maxBlockWaitMs;
    if (route.provider == Provider::QuickBooks) {
        limits.maxConcurrent = policy.quickBooksConcurrent;
        limits.rules = {{QStringLiteral("minute"), policy.quickBooksPerMinute, MinuteMs},
                        {QStringLiteral("second"), policy.quickBooksPerSecond, SecondMs}};
        // Batch calls count under the company's minute and second too (anchors.md: "500
        // req/min per realm (including batch)").
        if (route.isBatch)
            limits.rules.append(
                {QStringLiteral("batch"), policy.quickBooksBatchPerMinute, MinuteMs});
    } else if (route.isSearch) {
        // Searches are exempt from the burst and limited on their own (hubspot.md §2.4).
        limits.rules = {{QStringLiteral("search"), policy.hubSpotSearchPerSecond, SecondMs}};
    } else {
        limits.rules = {{QStringLiteral("burst"), policy.hubSpotPerTenSeconds, 10 * SecondMs}};
    }
    return limits;
}

std::optional<RateLimitedTransport::Pause>
RateLimitedTransport::pauseFor(const Route &route, const HttpResponse &response)
{
    const std::optional<int> retryAfter = response.retryAfterSeconds();
    Pause pause;
    if (route.provider == Provider::QuickBooks) {
        const bool throttled = response.status == 429 ||
                               (response.status == 403 && isQuickBooksThrottleBody(response.body));
        if (throttled) {
            pause.ms = retryAfter ? *retryAfter * SecondMs : QuickBooksThrottleMs;
            pause.reason = QStringLiteral("ThrottleExceeded");
            return pause;
        }
    } else if (response.status == 429) {
        pause.reason = hubSpotPolicyName(response.body);
        if (retryAfter)
            pause.ms = *retryAfter * SecondMs;
        else if (pause.reason == QLatin1String("DAILY"))
            pause.ms = HubSpotDailyMs;
        else if (pause.reason == QLatin1String("SECONDLY") || route.isSearch)
            pause.ms = HubSpotSecondlyMs;
        else
            pause.ms = HubSpotTenSecondlyMs;
        return pause;
    }
    // "Come back later" from either: 503 Service Unavailable, HubSpot's 477 Migration in
    // Progress (hubspot.md §2.7) — only with a Retry-After; without one it is a plain error.
    if ((response.status == 503 || response.status == 477) && retryAfter) {
        pause.ms = *retryAfter * SecondMs;
        return pause;
    }
    return std::nullopt;
}

HttpResponse RateLimitedTransport::heldBack(const Route &route,
                                            const RateLimiter::Permit &permit) const
{
    // Not sent: the key is paused for longer than a worker should wait. A 429 with the
    // remaining Retry-After reads to the provider clients like the provider's own, so the
    // engine treats it as throttling and retries after the pause.
    const qint64 seconds = qMax<qint64>(1, (permit.blockLeftMs() + SecondMs - 1) / SecondMs);
    const QString until = permit.blockedUntil().toString(Qt::ISODate);
    HttpResponse response;
    response.status = 429;
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(seconds)));
    response.headers.append(
        qMakePair(QByteArray("X-Bookflow-Held-Back"), QByteArray("rate-limit")));
    if (route.provider == Provider::HubSpot) {
        // HubSpot's 429 envelope, with the policy that caused the pause, so the client gives
        // the same reason (a daily allowance reads differently from a burst).
        QJsonObject body{{QStringLiteral("status"), QStringLiteral("error")},
                         {QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT")},
                         {QStringLiteral("message"),
                          QStringLiteral("Held back by Bookflow: HubSpot asked to pause requests "
                                         "until %1.")
                              .arg(until)}};
        if (!permit.blockReason().isEmpty())
            body.insert(QStringLiteral("policyName"), permit.blockReason());
        response.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    } else {
        response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
        response.body = QStringLiteral("Held back by Bookflow: QuickBooks asked to pause requests "
                                       "to this company until %1.")
                            .arg(until)
                            .toUtf8();
    }
    return response;
}

} // namespace bookflow
