#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/hubspotwire.h"
#include "app/sandbox/qbo/qboservice.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bookflow::sandbox {

namespace {

const QString QuickBooks = QStringLiteral("quickbooks");
const QString HubSpot = QStringLiteral("hubspot");

// "GET", "POST", … as they appear on the wire (the enum's keys are "Get", "Post", …).
QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

// The route pattern of a QuickBooks API path after the realm, for the counts: the entity stays,
// the id becomes {id}, an action after it (pdf, send) stays. "invoice/130/pdf" →
// "invoice/{id}/pdf"; "query" → "query"; "reports/ProfitAndLoss" stays as it is.
QString qboRouteName(const QString &rest)
{
    QStringList segments = rest.split(QLatin1Char('/'));
    if (segments.size() >= 2 &&
        segments.constFirst().compare(QLatin1String("reports"), Qt::CaseInsensitive) != 0)
        segments[1] = QStringLiteral("{id}");
    return segments.join(QLatin1Char('/'));
}

// The route pattern of a HubSpot API path, for the counts: object types and keywords stay (as
// the client wrote them: "deals" and "0-3" count apart), record ids become {id}.
// "/crm/v3/objects/deals/123" → "/crm/v3/objects/deals/{id}";
// "/crm/v4/objects/deals/5/associations/contacts" → "…/deals/{id}/associations/contacts".
QString hubspotRouteName(const QString &path)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression dated(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The record id of /crm/{v3,v4,YYYY-MM}/objects/{type}/{id}: anything but the collection's
    // own keywords (an idProperty read uses an e-mail address as the id).
    int idIndex = -1;
    if (segments.size() >= 5 && segments.at(0) == QLatin1String("crm")) {
        if (segments.at(2) == QLatin1String("objects"))
            idIndex = 4; // /crm/v3/objects/{type}/{id}
        else if (segments.at(1) == QLatin1String("objects") &&
                 dated.match(segments.at(2)).hasMatch())
            idIndex = 4; // /crm/objects/2026-03/{type}/{id}
    }
    static const QStringList keywords = {QStringLiteral("search"), QStringLiteral("batch"),
                                         QStringLiteral("merge"), QStringLiteral("gdpr-delete")};
    for (int i = 0; i < segments.size(); ++i) {
        if (i == idIndex ? !keywords.contains(segments.at(i))
                         : digits.match(segments.at(i)).hasMatch())
            segments[i] = QStringLiteral("{id}");
    }
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

QJsonValue secondsOrNull(int seconds)
{
    return seconds < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(seconds);
}

bool readSecondsOrNull(const QJsonValue &value, int *seconds)
{
    if (value.isNull()) {
        *seconds = -1;
        return true;
    }
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt())
        return false;
    *seconds = value.toInt();
    return true;
}

// The beginning of a token, enough to tell tokens apart in a 401 ("Token expired: AB0…", §1).
QString tokenPrefix(const QString &token)
{
    return token.left(12) + QStringLiteral("...");
}

} // namespace

// One request on its way to an answer. Holds the responder (so the answer can be sent later
// from a timer) and a guarded pointer to its socket (so a client that gave up is noticed).
struct SandboxServer::Exchange
{
    explicit Exchange(QHttpServerResponder &&responder)
        : responder(std::move(responder)), socket(this->responder.socket())
    {
    }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    SandboxRequest request;
    QString provider; // empty for admin requests
    qint64 logId = 0;
    std::function<void()> release; // frees a rate-limit in-flight slot when answered
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // added to whatever the answer is
    QString mangle; // a fault rule's "mangle": how the answer is spoilt on its way back
    bool answered = false;
};

// --- settings ----------------------------------------------------------------------------------

QJsonObject HubSpotSettings::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("limits"), limits.toJson());
    object.insert(QStringLiteral("throttleRetryAfter"), secondsOrNull(throttleRetryAfter));
    object.insert(QStringLiteral("expiresIn"), expiresIn);
    object.insert(QStringLiteral("enforceScopes"), enforceScopes);
    object.insert(QStringLiteral("lineItemsKey"), lineItemsKeyWithSpace
                                                      ? QStringLiteral("line items")
                                                      : QStringLiteral("line_items"));
    object.insert(QStringLiteral("negativeMatchesEmpty"), negativeMatchesEmpty);
    object.insert(QStringLiteral("quoteDatesAsEpochMillis"), quoteDatesAsEpochMillis);
    return object;
}

bool HubSpotSettings::readJson(const QJsonObject &object, QString *error)
{
    HubSpotSettings next = *this;
    const struct
    {
        const char *key;
        bool *field;
    } switches[] = {{"enforceScopes", &next.enforceScopes},
                    {"negativeMatchesEmpty", &next.negativeMatchesEmpty},
                    {"quoteDatesAsEpochMillis", &next.quoteDatesAsEpochMillis}};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        bool handled = false;
        for (const auto &item : switches) {
            if (key != QLatin1String(item.key))
                continue;
            handled = true;
            if (!value.isBool()) {
                *error = QStringLiteral("hubspot.%1 must be true or false").arg(key);
                return false;
            }
            *item.field = value.toBool();
        }
        if (handled)
            continue;
        if (key == QLatin1String("limits")) {
            if (!value.isObject()) {
                *error = QStringLiteral("hubspot.limits must be an object");
                return false;
            }
            if (!next.limits.readJson(value.toObject(), error))
                return false;
        } else if (key == QLatin1String("throttleRetryAfter")) {
            if (!readSecondsOrNull(value, &next.throttleRetryAfter)) {
                *error = QStringLiteral("hubspot.throttleRetryAfter must be seconds ≥ 0 or null");
                return false;
            }
        } else if (key == QLatin1String("expiresIn")) {
            // At least a minute, at most a day: clients must read expires_in, not assume 1800.
            if (!value.isDouble() || value.toDouble() != value.toInt() || value.toInt() < 60 ||
                value.toInt() > 86400) {
                *error = QStringLiteral("hubspot.expiresIn must be whole seconds from 60 to 86400");
                return false;
            }
            next.expiresIn = value.toInt();
        } else if (key == QLatin1String("lineItemsKey")) {
            const QString text = value.toString();
            if (text != QLatin1String("line items") && text != QLatin1String("line_items")) {
                *error = QStringLiteral("hubspot.lineItemsKey must be \"line items\" or "
                                        "\"line_items\"");
                return false;
            }
            next.lineItemsKeyWithSpace = text == QLatin1String("line items");
        } else {
            *error = QStringLiteral("unknown setting \"hubspot.%1\"").arg(key);
            return false;
        }
    }
    *this = next;
    return true;
}

QJsonObject SandboxSettings::toJson() const
{
    QJsonObject throttle;
    throttle.insert(QStringLiteral("body"), qbowire::bodyFormatName(throttleBody));
    throttle.insert(QStringLiteral("retryAfter"), throttleRetryAfter < 0
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(throttleRetryAfter));
    throttle.insert(QStringLiteral("legacy403"), throttleLegacy403);
    QJsonObject object;
    object.insert(QStringLiteral("autoApprove"), autoApprove);
    object.insert(QStringLiteral("latencyMs"), latencyMs);
    object.insert(QStringLiteral("limits"), limits.toJson());
    object.insert(QStringLiteral("throttle"), throttle);
    object.insert(QStringLiteral("accessTokenMaxUses"), accessTokenMaxUses);
    object.insert(QStringLiteral("hubspot"), hubspot.toJson());
    return object;
}

bool SandboxSettings::readJson(const QJsonObject &object, QString *error)
{
    SandboxSettings next = *this;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("autoApprove")) {
            if (!value.isBool()) {
                *error = QStringLiteral("autoApprove must be true or false");
                return false;
            }
            next.autoApprove = value.toBool();
        } else if (key == QLatin1String("latencyMs")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt()) {
                *error = QStringLiteral("latencyMs must be a whole number ≥ 0");
                return false;
            }
            next.latencyMs = value.toInt();
        } else if (key == QLatin1String("limits")) {
            if (!value.isObject() || !next.limits.readJson(value.toObject(), error)) {
                if (!value.isObject())
                    *error = QStringLiteral("limits must be an object");
                return false;
            }
        } else if (key == QLatin1String("throttle")) {
            const QJsonObject throttle = value.toObject();
            if (!value.isObject()) {
                *error = QStringLiteral("throttle must be an object");
                return false;
            }
            if (throttle.contains(QStringLiteral("body"))) {
                const QString body = throttle.value(QStringLiteral("body")).toString();
                if (body != QLatin1String("xml") && body != QLatin1String("json")) {
                    *error = QStringLiteral("throttle.body must be xml or json");
                    return false;
                }
                next.throttleBody = qbowire::bodyFormatFromString(body);
            }
            if (throttle.contains(QStringLiteral("retryAfter"))) {
                const QJsonValue retryAfter = throttle.value(QStringLiteral("retryAfter"));
                if (retryAfter.isNull()) {
                    next.throttleRetryAfter = -1;
                } else if (retryAfter.isDouble() && retryAfter.toDouble() >= 0 &&
                           retryAfter.toDouble() == retryAfter.toInt()) {
                    next.throttleRetryAfter = retryAfter.toInt();
                } else {
                    *error = QStringLiteral("throttle.retryAfter must be seconds ≥ 0 or null");
                    return false;
                }
            }
            if (throttle.contains(QStringLiteral("legacy403"))) {
                if (!throttle.value(QStringLiteral("legacy403")).isBool()) {
                    *error = QStringLiteral("throttle.legacy403 must be true or false");
                    return false;
                }
                next.throttleLegacy403 = throttle.value(QStringLiteral("legacy403")).toBool();
            }
        } else if (key == QLatin1String("accessTokenMaxUses")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != value.toInt()) {
                *error = QStringLiteral("accessTokenMaxUses must be a whole number ≥ 0");
                return false;
            }
            next.accessTokenMaxUses = value.toInt();
        } else if (key == QLatin1String("hubspot")) {
            if (!value.isObject()) {
                *error = QStringLiteral("hubspot must be an object");
                return false;
            }
            if (!next.hubspot.readJson(value.toObject(), error))
                return false;
        } else {
            *error = QStringLiteral("unknown setting \"%1\"").arg(key);
            return false;
        }
    }
    *this = next;
    return true;
}

// --- server ------------------------------------------------------------------------------------

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent), m_qbo(std::make_unique<QboService>()),
      m_qboTokens(QboOAuthServer::policy(), [this] { return m_clock.now(); }),
      m_qboOAuth(
          m_qboTokens, [this] { return qboCompanies(); }, [this] { return m_clock.now(); }),
      m_hubspot(std::make_unique<HubSpotService>()),
      m_hsTokens(HubSpotOAuthServer::policy(), [this] { return m_clock.now(); }),
      m_hsOAuth(
          m_hsTokens,
          [this] {
              return HubSpotPortal{m_hubspot->hubId(), m_hubspot->portalName()};
          },
          [this] { return m_clock.now(); })
{
    m_qboTokens.setDefaultClients({QboOAuthServer::demoClient()});
    m_qbo->setNow([this] { return m_clock.now(); });
    m_qbo->seedDemo();
    m_hsTokens.setDefaultClients({HubSpotOAuthServer::demoClient()});
    m_hubspot->setNow([this] { return m_clock.now(); });
    m_hubspot->seedDemo();
    setSettings(m_settings); // the HubSpot service's options and the token policy
    registerRoutes();
}

SandboxServer::~SandboxServer()
{
    // Pending delayed replies hold exchanges that refer to the members below; end them first.
    const QList<QTimer *> timers = findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(timers);
}

bool SandboxServer::listen(quint16 port)
{
    if (isListening()) {
        m_errorString = tr("The sandbox is already listening on port %1.").arg(m_port);
        return false;
    }
    // Our own QTcpServer rather than QHttpServer::listen(): 6.4's listen() reports a taken port
    // only as a log line, and the command line needs the reason.
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString =
            tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_server.bind(tcpServer); // takes ownership
    m_port = tcpServer->serverPort();
    m_errorString.clear();
    m_qboOAuth.setBaseUrl(baseUrl());
    m_hsOAuth.setBaseUrl(baseUrl());
    applyHubSpotOptions(); // paging.next.link now points at the sandbox
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void SandboxServer::reset(Seed seed)
{
    // The clock first, so that the seeds date their records from the fresh "now".
    m_clock.resetOffset();
    m_qbo->reset();
    m_hubspot->reset();
    if (seed == Seed::Demo) {
        m_qbo->seedDemo();
        m_hubspot->seedDemo();
    }
    m_qboTokens.reset();
    m_hsTokens.reset();
    m_hsOAuth.clearPrivateAppTokens();
    m_requestLog.reset();
    m_accessTokenUses.clear();
    m_faults.clear();
    m_faults.setSeed(m_faults.seed()); // the same draws again after a reset
    m_limiter.reset();
    m_hsLimiter.reset();
}

void SandboxServer::seedHubSpotLarge(int deals)
{
    m_hubspot->seedLarge(deals);
}

void SandboxServer::applyHubSpotOptions()
{
    HubSpotService::Options options = m_hubspot->options();
    options.lineItemsKeyWithSpace = m_settings.hubspot.lineItemsKeyWithSpace;
    options.negativeMatchesEmpty = m_settings.hubspot.negativeMatchesEmpty;
    options.quoteDatesAsEpochMillis = m_settings.hubspot.quoteDatesAsEpochMillis;
    options.apiBaseUrl = baseUrl().toString();
    m_hubspot->setOptions(options);
}

QJsonObject SandboxServer::saveState(SignIns signIns) const
{
    const bool kept = signIns == SignIns::Kept;
    QJsonObject quickBooks;
    quickBooks.insert(QStringLiteral("companies"), m_qbo->save());
    if (kept)
        quickBooks.insert(QStringLiteral("oauth"), m_qboTokens.save());
    QJsonObject state;
    state.insert(QStringLiteral("format"), QStringLiteral("bookflow-sandbox-state"));
    state.insert(QStringLiteral("version"), 1);
    state.insert(QStringLiteral("quickbooks"), quickBooks);
    QJsonObject hubSpot;
    hubSpot.insert(QStringLiteral("portal"), m_hubspot->save());
    if (kept) {
        hubSpot.insert(QStringLiteral("oauth"), m_hsTokens.save());
        hubSpot.insert(QStringLiteral("privateAppTokens"), m_hsOAuth.savePrivateAppTokens());
    }
    state.insert(QStringLiteral("hubspot"), hubSpot);
    return state;
}

bool SandboxServer::loadState(const QJsonObject &state, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (state.value(QStringLiteral("format")).toString() !=
        QLatin1String("bookflow-sandbox-state")) {
        why = QStringLiteral("not a bookflow-sandbox state file (no \"format\": "
                             "\"bookflow-sandbox-state\")");
        return false;
    }
    if (state.value(QStringLiteral("version")).toInt() != 1) {
        why = QStringLiteral("state version %1 is not supported (this sandbox reads version 1)")
                  .arg(state.value(QStringLiteral("version")).toVariant().toString());
        return false;
    }
    const QJsonObject quickBooks = state.value(QStringLiteral("quickbooks")).toObject();
    // Load into fresh objects first so that a bad file changes nothing.
    auto qbo = std::make_unique<QboService>();
    qbo->setNow([this] { return m_clock.now(); });
    QString reason;
    if (!qbo->load(quickBooks.value(QStringLiteral("companies")).toObject(), &reason)) {
        why = QStringLiteral("quickbooks.companies: %1").arg(reason);
        return false;
    }
    // Without "oauth" (saved with SignIns::LeftOut) the clients and tokens stay as they are.
    const bool hasQuickBooksSignIns = quickBooks.contains(QStringLiteral("oauth"));
    TokenRegistry tokens(QboOAuthServer::policy(), [this] { return m_clock.now(); });
    if (hasQuickBooksSignIns &&
        !tokens.load(quickBooks.value(QStringLiteral("oauth")).toObject(), &reason)) {
        why = QStringLiteral("quickbooks.oauth: %1").arg(reason);
        return false;
    }
    // The HubSpot half, added later: a file without it keeps the HubSpot half as it is.
    const bool hasHubSpot = state.contains(QStringLiteral("hubspot"));
    const QJsonObject hubSpot = state.value(QStringLiteral("hubspot")).toObject();
    auto hubspot = std::make_unique<HubSpotService>();
    const bool hasHubSpotSignIns = hubSpot.contains(QStringLiteral("oauth"));
    if (hasHubSpot) {
        hubspot->setNow([this] { return m_clock.now(); });
        if (!hubspot->load(hubSpot.value(QStringLiteral("portal")).toObject(), &reason)) {
            why = QStringLiteral("hubspot.portal: %1").arg(reason);
            return false;
        }
        TokenRegistry hubSpotTokens(HubSpotOAuthServer::policy(), [this] { return m_clock.now(); });
        if (hasHubSpotSignIns &&
            !hubSpotTokens.load(hubSpot.value(QStringLiteral("oauth")).toObject(), &reason)) {
            why = QStringLiteral("hubspot.oauth: %1").arg(reason);
            return false;
        }
        HubSpotOAuthServer check(hubSpotTokens, {}, {});
        if (!check.loadPrivateAppTokens(hubSpot.value(QStringLiteral("privateAppTokens")).toArray(),
                                        &reason)) {
            why = QStringLiteral("hubspot.privateAppTokens: %1").arg(reason);
            return false;
        }
    }
    m_qbo = std::move(qbo);
    if (hasQuickBooksSignIns)
        m_qboTokens.load(quickBooks.value(QStringLiteral("oauth")).toObject(), nullptr);
    if (hasHubSpot) {
        m_hubspot = std::move(hubspot);
        if (hasHubSpotSignIns) {
            m_hsTokens.load(hubSpot.value(QStringLiteral("oauth")).toObject(), nullptr);
            m_hsOAuth.loadPrivateAppTokens(
                hubSpot.value(QStringLiteral("privateAppTokens")).toArray(), nullptr);
        }
        applyHubSpotOptions();
    }
    return true;
}

void SandboxServer::setNow(std::function<QDateTime()> now)
{
    m_clock.setSource(std::move(now));
}

void SandboxServer::setSettings(const SandboxSettings &settings)
{
    m_settings = settings;
    m_limiter.setLimits(settings.limits);
    m_hsLimiter.setLimits(settings.hubspot.limits);
    m_qboOAuth.setAutoApprove(settings.autoApprove);
    m_hsOAuth.setAutoApprove(settings.autoApprove);
    // Tokens already issued keep their expiry; new ones get the new expires_in.
    OAuthPolicy policy = m_hsTokens.policy();
    policy.accessTokenLifetime = settings.hubspot.expiresIn;
    m_hsTokens.setPolicy(policy);
    applyHubSpotOptions();
}

void SandboxServer::setLatency(int milliseconds)
{
    SandboxSettings next = m_settings;
    next.latencyMs = qMax(0, milliseconds);
    setSettings(next);
}

void SandboxServer::setRateLimits(const RateLimits &limits)
{
    SandboxSettings next = m_settings;
    next.limits = limits;
    setSettings(next);
}

void SandboxServer::setAutoApprove(bool on)
{
    SandboxSettings next = m_settings;
    next.autoApprove = on;
    setSettings(next);
}

QList<QboCompany> SandboxServer::qboCompanies() const
{
    QList<QboCompany> companies;
    for (const QString &realmId : m_qbo->realmIds()) {
        QboCompany company;
        company.realmId = realmId;
        company.name = m_qbo->companyName(realmId);
        // The country as a client learns it: CompanyInfo.Country (qbo-verified.md §6).
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("minorversion"), QStringLiteral("75"));
        const SandboxReply info = m_qbo->handle(
            realmId, "GET", QStringLiteral("companyinfo/%1").arg(realmId), query, {}, {});
        company.country = QJsonDocument::fromJson(info.body)
                              .object()
                              .value(QStringLiteral("CompanyInfo"))
                              .toObject()
                              .value(QStringLiteral("Country"))
                              .toString();
        companies.append(company);
    }
    return companies;
}

// --- routing -----------------------------------------------------------------------------------

void SandboxServer::registerRoutes()
{
    // One dispatcher behind QHttpServer's missing handler rather than QHttpServer::route(): in
    // 6.4 a route's <arg> matches one path segment and a trailing '/' means an extra argument,
    // while QuickBooks paths have one to three segments after the realm and Intuit's SDKs ask
    // for discovery documents with and without a trailing '/'. Regular expressions over the
    // whole path handle both, and every handler gets the responder, so any answer can be late.
    registerAdminRoutes();
    registerQuickBooksRoutes();
    registerHubSpotRoutes();

    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });
}

void SandboxServer::addRoute(const QString &provider, const QString &regex,
                             const QString &patternName, Handler handler)
{
    Route route;
    route.provider = provider;
    route.pattern = QRegularExpression(regex);
    Q_ASSERT(route.pattern.isValid());
    route.patternName = patternName;
    route.handler = std::move(handler);
    m_routes.append(route);
}

void SandboxServer::dispatch(const QHttpServerRequest &httpRequest,
                             QHttpServerResponder &&responder)
{
    auto exchange = std::make_shared<Exchange>(std::move(responder));
    SandboxRequest &request = exchange->request;
    request.method = methodName(httpRequest.method()).toLatin1();
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();

    for (const Route &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        exchange->provider = route.provider;
        if (!route.provider.isEmpty() && !route.patternName.isEmpty())
            exchange->logId = m_requestLog.record(
                route.provider, {}, request.method,
                QString::fromLatin1(request.method) + QLatin1Char(' ') + route.patternName,
                request.path, request.query.toString(QUrl::FullyEncoded));
        route.handler(exchange, match);
        return;
    }
    notFound(*exchange);
}

void SandboxServer::notFound(Exchange &exchange)
{
    // A JSON 404 naming the request, so a client bug shows up as a readable message in its
    // logs rather than as an empty body.
    const SandboxRequest &request = exchange.request;
    QJsonObject body;
    body.insert(QStringLiteral("status"), QStringLiteral("error"));
    body.insert(QStringLiteral("message"),
                QStringLiteral("No route for %1 %2")
                    .arg(QString::fromLatin1(request.method), request.path));
    SandboxReply reply;
    reply.status = 404;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    write(exchange, reply);
}

void SandboxServer::registerAdminRoutes()
{
    // Answered by adminReply() (sandboxadmin.cpp), at once: never counted, delayed or faulted.
    addRoute(QString(),
             QStringLiteral("^/_sandbox/(health|reset|faults|requests|requests/reset|time|"
                            "tokens/expire|clients|settings|companies|private-app-tokens)/?$"),
             QString(), [this](const ExchangePtr &exchange, const QRegularExpressionMatch &match) {
                 if (!m_adminEnabled)
                     return notFound(*exchange); // indistinguishable from a path that isn't there
                 respond(exchange, adminReply(exchange->request, match.captured(1)));
             });
}

void SandboxServer::registerQuickBooksRoutes()
{
    // The OAuth and OpenID endpoints (qbo-api.md §1), at Intuit's paths on the sandbox's host.
    // Faults apply to them too, so a client's handling of a failing token refresh is testable.
    const auto oauthRoute = [this](const QString &regex, const QString &name,
                                   std::function<SandboxReply(const SandboxRequest &)> service) {
        addRoute(QuickBooks, regex, name,
                 [this, service](const ExchangePtr &exchange, const QRegularExpressionMatch &) {
                     int extraDelayMs = 0;
                     if (applyFault(exchange, &extraDelayMs))
                         return;
                     respond(exchange, service(exchange->request), extraDelayMs);
                 });
    };
    oauthRoute(QStringLiteral("^/connect/oauth2/?$"), QStringLiteral("/connect/oauth2"),
               [this](const SandboxRequest &request) { return m_qboOAuth.authorize(request); });
    oauthRoute(QStringLiteral("^/oauth2/v1/tokens/bearer/?$"),
               QStringLiteral("/oauth2/v1/tokens/bearer"),
               [this](const SandboxRequest &request) { return m_qboOAuth.token(request); });
    oauthRoute(QStringLiteral("^/v2/oauth2/tokens/revoke/?$"),
               QStringLiteral("/v2/oauth2/tokens/revoke"),
               [this](const SandboxRequest &request) { return m_qboOAuth.revoke(request); });
    oauthRoute(QStringLiteral("^/\\.well-known/openid_(sandbox_)?configuration/?$"),
               QStringLiteral("/.well-known/openid_configuration"),
               [this](const SandboxRequest &) { return m_qboOAuth.discovery(); });
    oauthRoute(QStringLiteral("^/v1/openid_connect/userinfo/?$"),
               QStringLiteral("/v1/openid_connect/userinfo"),
               [this](const SandboxRequest &request) { return m_qboOAuth.userInfo(request); });
    oauthRoute(QStringLiteral("^/op/v1/jwks/?$"), QStringLiteral("/op/v1/jwks"),
               [this](const SandboxRequest &) { return m_qboOAuth.jwks(); });

    // The accounting API: /v3/company/{realmId}/… with any number of segments after the realm.
    // Counted here (the pattern depends on the path), hence no patternName.
    addRoute(QuickBooks, QStringLiteral("^/v3/company/([^/]+)(?:/(.*))?$"), QString(),
             [this](const ExchangePtr &exchange, const QRegularExpressionMatch &match) {
                 handleQuickBooksApi(exchange, match.captured(1), match.captured(2));
             });
}

void SandboxServer::registerHubSpotRoutes()
{
    // HubSpot's OAuth endpoints (hubspot.md §2.1) at its paths on the sandbox's host: the
    // install page (app.hubspot.com/oauth/authorize) and the token API (api.hubapi.com/oauth/…).
    // Faults of provider "hubspot" apply to them, like to QuickBooks' token endpoint.
    const auto oauthRoute =
        [this](const QString &regex, const QString &name,
               std::function<SandboxReply(const SandboxRequest &, const QRegularExpressionMatch &)>
                   service) {
            addRoute(
                HubSpot, regex, name,
                [this, service](const ExchangePtr &exchange, const QRegularExpressionMatch &match) {
                    int extraDelayMs = 0;
                    if (applyFault(exchange, &extraDelayMs))
                        return;
                    respond(exchange, service(exchange->request, match), extraDelayMs);
                });
        };
    oauthRoute(QStringLiteral("^/oauth/authorize/?$"), QStringLiteral("/oauth/authorize"),
               [this](const SandboxRequest &request, const QRegularExpressionMatch &) {
                   return m_hsOAuth.authorize(request);
               });
    // v1, and v3 with the same form (its secrets are in the body too, §2.1).
    oauthRoute(QStringLiteral("^/oauth/v1/token/?$"), QStringLiteral("/oauth/v1/token"),
               [this](const SandboxRequest &request, const QRegularExpressionMatch &) {
                   return m_hsOAuth.token(request);
               });
    oauthRoute(QStringLiteral("^/oauth/v3/token/?$"), QStringLiteral("/oauth/v3/token"),
               [this](const SandboxRequest &request, const QRegularExpressionMatch &) {
                   return m_hsOAuth.token(request);
               });
    oauthRoute(QStringLiteral("^/oauth/v1/access-tokens/([^/]+)$"),
               QStringLiteral("/oauth/v1/access-tokens/{token}"),
               [this](const SandboxRequest &request, const QRegularExpressionMatch &match) {
                   return m_hsOAuth.accessTokenInfo(request, match.captured(1));
               });
    oauthRoute(QStringLiteral("^/oauth/v1/refresh-tokens/([^/]+)$"),
               QStringLiteral("/oauth/v1/refresh-tokens/{token}"),
               [this](const SandboxRequest &request, const QRegularExpressionMatch &match) {
                   return m_hsOAuth.refreshTokenInfo(request, match.captured(1));
               });
    oauthRoute(QStringLiteral("^/oauth/v2/private-apps/get/access-token-info/?$"),
               QStringLiteral("/oauth/v2/private-apps/get/access-token-info"),
               [this](const SandboxRequest &request, const QRegularExpressionMatch &) {
                   return m_hsOAuth.privateAppTokenInfo(request);
               });

    // The API: CRM objects (by name or type id: /crm/v3/objects/0-3/…), search, batch,
    // associations v3/v4, properties, the date-versioned forms (/crm/objects/2026-03/…) and
    // tax rates. HubSpotService reads the paths; the route only authenticates, limits and
    // counts (in the handler: the pattern depends on the path). Other /crm paths stay unrouted,
    // a plain 404 that names them rather than a 401 that would hide the typo.
    addRoute(HubSpot,
             QStringLiteral("^/crm/(?:v3/(?:objects|properties)|v4/(?:objects|associations)|"
                            "(?:objects|associations|properties)/[0-9]{4}-[0-9]{2})/.+$|"
                            "^/tax-rates/v1/tax-rates(?:/.*)?$"),
             QString(), [this](const ExchangePtr &exchange, const QRegularExpressionMatch &) {
                 handleHubSpotApi(exchange);
             });
}

void SandboxServer::handleHubSpotApi(const ExchangePtr &exchange)
{
    const SandboxRequest &request = exchange->request;
    exchange->logId = m_requestLog.record(HubSpot, {}, request.method,
                                          QString::fromLatin1(request.method) + QLatin1Char(' ') +
                                              hubspotRouteName(request.path),
                                          request.path, request.query.toString(QUrl::FullyEncoded));

    // 1. Authentication: an OAuth access token of this portal that has not expired, or a
    // private-app token (hubspot.md §2.7: 401 INVALID_AUTHENTICATION / EXPIRED_AUTHENTICATION).
    const QByteArray authorization = request.header("Authorization").trimmed();
    const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    const QString token = bearer ? QString::fromUtf8(authorization.mid(7).trimmed()) : QString();
    countAccessTokenUse(m_hsTokens, token);
    const HubSpotOAuthServer::Authentication auth = m_hsOAuth.authenticate(token);
    switch (auth.state) {
    case HubSpotOAuthServer::Authentication::State::Valid:
        break;
    case HubSpotOAuthServer::Authentication::State::Expired:
        respond(exchange, hubspotwire::authenticationExpired(auth.expires, now()));
        return;
    case HubSpotOAuthServer::Authentication::State::Unknown:
        respond(exchange, hubspotwire::authenticationMissing());
        return;
    }

    // 2. Scopes: 403 MISSING_SCOPES naming what would do (§2.2).
    if (m_settings.hubspot.enforceScopes) {
        const QStringList required = hubspotwire::requiredScopes(request.method, request.path);
        bool granted = required.isEmpty();
        for (const QString &scope : required)
            granted = granted || auth.scopes.contains(scope);
        if (!granted) {
            respond(exchange, hubspotwire::missingScopes(required));
            return;
        }
    }

    // 3. Rate limits (--limits real), per portal (§2.8). Search counts against its own
    // per-second limit and carries no X-HubSpot-RateLimit headers; everything else counts
    // against the 10-second burst and carries them on whatever the answer is.
    if (m_settings.limits.enabled) {
        const bool isSearch =
            request.method == "POST" && request.path.endsWith(QLatin1String("/search"));
        const bool privateApp = auth.kind == HubSpotOAuthServer::Authentication::Kind::PrivateApp;
        const HubSpotRateLimiter::Verdict verdict =
            m_hsLimiter.admit(isSearch, privateApp, m_clock.nowMSecs());
        if (!isSearch) {
            auto &headers = exchange->extraHeaders;
            if (verdict.hasDaily) {
                headers.append({QByteArrayLiteral("X-HubSpot-RateLimit-Daily"),
                                QByteArray::number(verdict.daily)});
                headers.append({QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining"),
                                QByteArray::number(verdict.dailyRemaining)});
            }
            if (verdict.max > 0) {
                headers.append({QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds"),
                                QByteArray::number(HubSpotRateLimiter::TenSecondsMs)});
                headers.append({QByteArrayLiteral("X-HubSpot-RateLimit-Max"),
                                QByteArray::number(verdict.max)});
                headers.append({QByteArrayLiteral("X-HubSpot-RateLimit-Remaining"),
                                QByteArray::number(verdict.remaining)});
            }
        }
        if (!verdict.admitted) {
            // groupName as captured: publicapi:<kind>-api-calls-<policy>:<appId>:<hubId>.
            const QString group = verdict.policyName == QLatin1String("SECONDLY")
                                      ? QString()
                                      : QStringLiteral("publicapi:%1-api-calls-%2:%3:%4")
                                            .arg(privateApp ? QStringLiteral("private_app")
                                                            : QStringLiteral("oauth_app"),
                                                 verdict.policyName == QLatin1String("DAILY")
                                                     ? QStringLiteral("daily")
                                                     : QStringLiteral("ten-secondly"),
                                                 auth.appId)
                                            .arg(m_hubspot->hubId());
            SandboxReply reply = hubspotwire::rateLimited(verdict.policyName, group);
            if (m_settings.hubspot.throttleRetryAfter >= 0)
                reply.headers.append({QByteArrayLiteral("Retry-After"),
                                      QByteArray::number(m_settings.hubspot.throttleRetryAfter)});
            respond(exchange, reply);
            return;
        }
    }

    // 4. Fault rules.
    int extraDelayMs = 0;
    if (applyFault(exchange, &extraDelayMs))
        return;

    // 5. The CRM, with the reply waiting for the latency like QuickBooks' (see below).
    respond(exchange,
            m_hubspot->handle(request.method, request.path, request.query, request.body,
                              request.header("Content-Type")),
            extraDelayMs);
}

void SandboxServer::handleQuickBooksApi(const ExchangePtr &exchange, const QString &realmId,
                                        const QString &rest)
{
    const SandboxRequest &request = exchange->request;
    exchange->logId =
        m_requestLog.record(QuickBooks, realmId, request.method,
                            QString::fromLatin1(request.method) +
                                QStringLiteral(" /v3/company/{realmId}/") + qboRouteName(rest),
                            request.path, request.query.toString(QUrl::FullyEncoded));

    // 1. Authentication: a bearer token that is valid now and was issued for this company.
    const QByteArray authorization = request.header("Authorization").trimmed();
    const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    const QString token = bearer ? QString::fromUtf8(authorization.mid(7).trimmed()) : QString();
    countAccessTokenUse(m_qboTokens, token);
    const AccessTokenCheck check = m_qboTokens.checkAccessToken(token);
    switch (check.state) {
    case AccessTokenCheck::State::Valid:
        break;
    case AccessTokenCheck::State::Expired:
        respond(exchange, qbowire::authenticationFault(
                              QStringLiteral("Token expired: %1").arg(tokenPrefix(token)), now()));
        return;
    case AccessTokenCheck::State::Revoked:
        respond(exchange, qbowire::authenticationFault(
                              QStringLiteral("Token revoked: %1").arg(tokenPrefix(token)), now()));
        return;
    case AccessTokenCheck::State::Unknown:
        respond(
            exchange,
            qbowire::authenticationFault(
                token.isEmpty()
                    ? QStringLiteral("Token invalid: no Bearer token in the Authorization header")
                    : QStringLiteral("Token invalid: %1").arg(tokenPrefix(token)),
                now()));
        return;
    }
    if (check.account != realmId || !QboOAuthServer::scopeNeedsCompany(check.scope) ||
        !m_qbo->hasCompany(realmId)) {
        respond(exchange, qbowire::authorizationFault(now()));
        return;
    }

    // 2. Rate limits (--limits real), per company.
    if (m_settings.limits.enabled) {
        const bool isBatch = request.method == "POST" &&
                             rest.compare(QLatin1String("batch"), Qt::CaseInsensitive) == 0;
        const RateLimiter::Verdict verdict = m_limiter.admit(realmId, isBatch, m_clock.nowMSecs());
        if (!verdict.admitted) {
            SandboxReply reply = qbowire::throttleFault(m_settings.throttleBody,
                                                        m_settings.throttleLegacy403, now());
            if (m_settings.throttleRetryAfter >= 0)
                reply.headers.append({QByteArrayLiteral("Retry-After"),
                                      QByteArray::number(m_settings.throttleRetryAfter)});
            respond(exchange, reply);
            return;
        }
        if (verdict.counted)
            exchange->release = [this, realmId] { m_limiter.release(realmId); };
    }

    // 3. Fault rules.
    int extraDelayMs = 0;
    if (applyFault(exchange, &extraDelayMs))
        return;

    // 4. The accounting service. It runs now and only the reply waits for the latency, like a
    // server that committed before the network failed: a client that times out and retries
    // without a requestid makes a duplicate, as it would against QuickBooks (§10 pitfall 3).
    respond(exchange,
            m_qbo->handle(realmId, request.method, rest, request.query, request.body,
                          request.header("Content-Type")),
            extraDelayMs);
}

void SandboxServer::countAccessTokenUse(TokenRegistry &registry, const QString &token)
{
    const int limit = m_settings.accessTokenMaxUses;
    if (limit <= 0 || token.isEmpty())
        return;
    // Only the provider's own OAuth tokens are counted (a HubSpot private-app token, unknown to
    // the registry, never expires); a token past its uses is expired before it is checked.
    if (registry.checkAccessToken(token).state != AccessTokenCheck::State::Valid)
        return;
    if (++m_accessTokenUses[token] > limit)
        registry.expireAccessToken(token);
}

bool SandboxServer::applyFault(const ExchangePtr &exchange, int *extraDelayMs)
{
    const std::optional<FaultRule> rule =
        m_faults.fire(exchange->provider, exchange->request.method, exchange->request.path);
    if (!rule)
        return false;
    if (rule->drop) {
        const int delay = m_settings.latencyMs + rule->delayMs;
        if (delay <= 0)
            drop(*exchange);
        else
            later(delay, [this, exchange] { drop(*exchange); });
        return true;
    }
    if (rule->status != 0) {
        // Each provider's own bodies: QuickBooks' XML/JSON faults, HubSpot's error envelope.
        SandboxReply reply =
            exchange->provider == HubSpot
                ? hubspotwire::injectedFault(rule->status, rule->body, rule->category,
                                             rule->policyName, rule->missingScopes, now())
                : qbowire::injectedFault(rule->status, qbowire::bodyFormatFromString(rule->body),
                                         m_settings.throttleBody, now());
        int retryAfter = rule->retryAfter;
        // HubSpot documents Retry-After on 477 (seconds, up to 24 h, §2.7): always send one.
        if (exchange->provider == HubSpot && rule->status == 477 && retryAfter < 0)
            retryAfter = 60;
        if (retryAfter >= 0)
            reply.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        respond(exchange, reply, rule->delayMs);
        return true;
    }
    exchange->mangle = rule->mangle; // the provider answers; respond() spoils what it says
    *extraDelayMs = rule->delayMs;
    return false;
}

void SandboxServer::respond(const ExchangePtr &exchange, SandboxReply reply, int extraDelayMs)
{
    if (exchange->mangle == QLatin1String("html")) {
        // What a proxy or gateway in the way sends, whatever the API answered behind it.
        reply.body = QByteArrayLiteral(
            "<!DOCTYPE html>\n<html><head><title>Service Temporarily Unavailable</title></head>"
            "<body><h1>Service Temporarily Unavailable</h1><p>Please try again later.</p>"
            "</body></html>\n");
        reply.contentType = "text/html; charset=utf-8";
    } else if (exchange->mangle == QLatin1String("empty")) {
        reply.body.clear();
    } else if (exchange->mangle == QLatin1String("truncated")) {
        reply.body.truncate(reply.body.size() / 2);
    } else if (exchange->mangle == QLatin1String("shape")) {
        reply.body = QByteArrayLiteral("{\"status\":\"ok\",\"result\":[]}");
        reply.contentType = "application/json";
    }
    if (exchange->provider == QuickBooks) {
        bool hasTid = false;
        for (const auto &header : std::as_const(reply.headers))
            hasTid = hasTid || header.first.compare("intuit_tid", Qt::CaseInsensitive) == 0;
        if (!hasTid)
            reply.headers.append({QByteArrayLiteral("intuit_tid"), qbowire::newIntuitTid()});
    } else if (exchange->provider == HubSpot) {
        // Every HubSpot answer names its request; an error body's correlationId is the same id.
        QString correlationId;
        if (reply.status >= 400)
            correlationId = QJsonDocument::fromJson(reply.body)
                                .object()
                                .value(QStringLiteral("correlationId"))
                                .toString();
        if (correlationId.isEmpty())
            correlationId = hubspotwire::newCorrelationId();
        reply.headers.append(
            {QByteArrayLiteral("X-HubSpot-Correlation-Id"), correlationId.toLatin1()});
    }
    reply.headers.append(exchange->extraHeaders);
    const int delay = (exchange->provider.isEmpty() ? 0 : m_settings.latencyMs) + extraDelayMs;
    if (delay <= 0) {
        write(*exchange, reply);
        return;
    }
    later(delay, [this, exchange, reply] { write(*exchange, reply); });
}

void SandboxServer::write(Exchange &exchange, const SandboxReply &reply)
{
    if (exchange.answered)
        return;
    exchange.answered = true;
    if (exchange.release) {
        const auto release = std::move(exchange.release);
        exchange.release = nullptr;
        release();
    }
    m_requestLog.setStatus(exchange.logId, reply.status);
    // The client may have given up while the reply waited; its socket is then gone or closed.
    if (!exchange.socket || exchange.socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Header by header: the responder's write() overloads take a fixed initializer list.
    QHttpServerResponder &responder = exchange.responder;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(reply.body);
}

void SandboxServer::drop(Exchange &exchange)
{
    if (exchange.answered)
        return;
    exchange.answered = true;
    if (exchange.release) {
        const auto release = std::move(exchange.release);
        exchange.release = nullptr;
        release();
    }
    m_requestLog.setStatus(exchange.logId, RequestLog::Dropped);
    // abort(), not disconnectFromHost(): no bytes at all, the way a reset connection looks.
    if (exchange.socket)
        exchange.socket->abort();
}

void SandboxServer::later(int milliseconds, std::function<void()> function)
{
    // A timer per delayed reply, owned by the server so that destroying the server ends them.
    // Precise: a coarse timer may fire up to 5 % early, and tests check the delay's lower bound.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [timer, function = std::move(function)] {
        timer->deleteLater();
        function();
    });
    timer->start(milliseconds);
}

} // namespace bookflow::sandbox
