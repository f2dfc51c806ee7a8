#pragma once

#include "app/sandbox/oauth/hubspotoauthserver.h"
#include "app/sandbox/oauth/qbooauthserver.h"
#include "app/sandbox/oauth/tokenregistry.h"
#include "app/sandbox/qbowire.h"
#include "app/sandbox/sandboxclock.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxrequest.h"
#include "app/sandbox/traffic/faultinjector.h"
#include "app/sandbox/traffic/hubspotratelimiter.h"
#include "app/sandbox/traffic/ratelimiter.h"
#include "app/sandbox/traffic/requestlog.h"

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace bookflow::sandbox {

class HubSpotService;
class QboService;

// The HubSpot switches of the sandbox ("hubspot" in /_sandbox/settings).
struct HubSpotSettings
{
    HubSpotRateLimits limits;    // applied when SandboxSettings::limits.enabled (--limits real)
    int throttleRetryAfter = -1; // seconds on the limiter's 429s; -1: none (not promised, §2.8)
    qint64 expiresIn = 1800;     // access token lifetime of new tokens, "expires_in" (§2.1)
    // Whether paths with scopes the token lacks get 403 MISSING_SCOPES (§2.2); off: any valid
    // token reads and writes everything.
    bool enforceScopes = true;
    // HubSpotService's switches for what HubSpot does in more than one way
    // (hubspot-verified.md §2 and §7): "line items" vs "line_items" in v3 association blocks,
    // negative search operators on empty values, quote dates as epoch-ms strings.
    bool lineItemsKeyWithSpace = true;
    bool negativeMatchesEmpty = false;
    bool quoteDatesAsEpochMillis = false;

    QJsonObject toJson() const;
    bool readJson(const QJsonObject &object, QString *error);
};

// The switches of a running sandbox (GET/POST /_sandbox/settings). They are configuration, not
// state: /_sandbox/reset keeps them.
struct SandboxSettings
{
    bool autoApprove = false; // approve every OAuth authorization request at once
    int latencyMs = 0;        // delay every provider reply (--latency MS)
    RateLimits limits;        // --limits real sets limits.enabled
    // The 429 body: XML as QuickBooks really sends (qbo-verified.md §8), or the JSON variant.
    qbowire::BodyFormat throttleBody = qbowire::BodyFormat::Xml;
    int throttleRetryAfter = -1;    // seconds; -1: no Retry-After header, as QuickBooks
    bool throttleLegacy403 = false; // the 2016 variant: HTTP 403, statusCode=403
    // An OAuth access token (either provider's) answers this many API requests, then expires:
    // the next request with it gets the provider's 401 for an expired token, as when a token
    // runs out in the middle of a long run. 0: tokens live their whole lifetime.
    int accessTokenMaxUses = 0;
    HubSpotSettings hubspot;

    QJsonObject toJson() const;
    // Applies the keys present in `object`; false with a reason (and no change) if one is wrong.
    bool readJson(const QJsonObject &object, QString *error);
};

// The sandbox: a local peer that answers at the real HubSpot and QuickBooks Online paths on one
// loopback port (ARCHITECTURE.md "The sandbox is a peer, not a mock"). It depends on Qt only,
// never on core, so that a client passing against it proves something.
//
// Every request goes through one pipeline: admin paths (/_sandbox/…) are answered directly;
// provider paths are counted, then (the QuickBooks and HubSpot APIs) authenticated, rate
// limited, put through the fault rules, answered by the provider's service, and sent after the
// configured latency. The OAuth endpoints skip authentication and limits but not faults. A
// delayed reply never blocks the server: the responder waits in a shared object for a timer.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "bookflow-sandbox";
    static constexpr const char *Version = "0.1.0";

    enum class Seed { Demo, None };

    // Starts with the demo companies and the demo portal (Seed::Demo) and the two demo OAuth
    // clients (QuickBooks "bookflow-demo", HubSpot "bookflow-demo-hubspot").
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1 only (never the LAN: the sandbox hands out tokens without checking anyone).
    // Port 0 picks a free port. Returns false, with errorString() set, if the port is taken or
    // the server is already listening.
    bool listen(quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT without a trailing slash; empty until listen() succeeds.
    QUrl baseUrl() const;
    QString errorString() const { return m_errorString; }

    // --- state -------------------------------------------------------------------------------
    // Everything back to a fresh start: the clock offset, QuickBooks and HubSpot data (then the
    // seed, both providers), OAuth clients, codes and tokens, private-app tokens, request
    // counts, fault rules and rate-limit windows. Settings stay.
    void reset(Seed seed = Seed::Demo);
    // Adds N generated deals (with contacts and line items) to the HubSpot portal: --seed
    // large:N is the demo plus this.
    void seedHubSpotLarge(int deals);
    QboService &quickBooks() { return *m_qbo; }
    TokenRegistry &quickBooksTokens() { return m_qboTokens; }
    HubSpotService &hubSpot() { return *m_hubspot; }
    TokenRegistry &hubSpotTokens() { return m_hsTokens; }
    HubSpotOAuthServer &hubSpotOAuth() { return m_hsOAuth; }
    // A non-expiring private-app token (pat-na1-…) for the portal, with these scopes (all the
    // sandbox checks when empty): what POST /_sandbox/private-app-tokens hands out.
    QString createHubSpotPrivateAppToken(const QStringList &scopes = {})
    {
        return m_hsOAuth.createPrivateAppToken(scopes);
    }
    // Whether saveState() writes the OAuth clients (with their secrets) and every code and token
    // handed out: --data FILE keeps them, so a client stays signed in across a restart; the
    // demo, which signs in afresh at every start, leaves them out so that no token of its
    // sign-ins is ever written to its data folder (PRODUCT.md §5).
    enum class SignIns { Kept, LeftOut };
    // The whole state for --data FILE: QuickBooks data and OAuth clients/tokens, and the HubSpot
    // portal, its OAuth clients/tokens and private-app tokens.
    QJsonObject saveState(SignIns signIns = SignIns::Kept) const;
    // Replaces the state; on failure (with a reason) nothing changes. A file without "hubspot"
    // (written before the HubSpot half existed) leaves the HubSpot half as it is; one without
    // sign-ins (SignIns::LeftOut) leaves the OAuth clients, codes and tokens as they are.
    bool loadState(const QJsonObject &state, QString *error);

    // --- time --------------------------------------------------------------------------------
    // The injectable clock every expiry and window reads. A null source is the system clock.
    void setNow(std::function<QDateTime()> now);
    QDateTime now() const { return m_clock.now(); }
    void advanceClock(qint64 seconds) { m_clock.advance(seconds * 1000); }

    // --- admin endpoints -----------------------------------------------------------------------
    // /_sandbox/… resets data, injects faults and hands out tokens without asking anyone, so it
    // is served only when asked for (bookflow-sandbox --admin, the tests); off, those paths get
    // the same 404 as any unknown path. The demo drives its server in-process and leaves it off.
    void setAdminEnabled(bool on) { m_adminEnabled = on; }
    bool adminEnabled() const { return m_adminEnabled; }

    // --- settings ----------------------------------------------------------------------------
    const SandboxSettings &settings() const { return m_settings; }
    void setSettings(const SandboxSettings &settings);
    void setLatency(int milliseconds);
    void setRateLimits(const RateLimits &limits);
    void setAutoApprove(bool on);

    // --- faults and counts -------------------------------------------------------------------
    void addFaultRule(const FaultRule &rule) { m_faults.add(rule); }
    void clearFaultRules() { m_faults.clear(); }
    void setRandomSeed(quint32 seed) { m_faults.setSeed(seed); }
    const RequestLog &requestLog() const { return m_requestLog; }
    void resetRequestLog() { m_requestLog.reset(); }

private:
    struct Exchange;
    using ExchangePtr = std::shared_ptr<Exchange>;
    using Handler = std::function<void(const ExchangePtr &, const QRegularExpressionMatch &)>;
    struct Route
    {
        QString provider; // "quickbooks", "hubspot"; empty for admin routes
        QRegularExpression pattern;
        QString patternName; // for the counts, e.g. "/v3/company/{realmId}"
        Handler handler;
    };

    void registerRoutes();
    void registerAdminRoutes();
    void registerQuickBooksRoutes();
    void registerHubSpotRoutes();
    void addRoute(const QString &provider, const QString &regex, const QString &patternName,
                  Handler handler);

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void notFound(Exchange &exchange);
    void handleQuickBooksApi(const ExchangePtr &exchange, const QString &realmId,
                             const QString &rest);
    void handleHubSpotApi(const ExchangePtr &exchange);
    // Counts one API request made with `token` and expires it in `registry` once it has been
    // used more than SandboxSettings::accessTokenMaxUses times.
    void countAccessTokenUse(TokenRegistry &registry, const QString &token);
    void applyHubSpotOptions();
    // Applies the fault rules; true if a fault took the exchange over. `extraDelayMs` receives
    // the delay of a delay-only rule.
    bool applyFault(const ExchangePtr &exchange, int *extraDelayMs);
    // Sends the reply after the latency (+ extraDelayMs); adds intuit_tid for QuickBooks and
    // the exchange's extra headers (HubSpot's rate-limit headers).
    void respond(const ExchangePtr &exchange, SandboxReply reply, int extraDelayMs = 0);
    void write(Exchange &exchange, const SandboxReply &reply);
    void drop(Exchange &exchange);
    void later(int milliseconds, std::function<void()> function);

    SandboxReply adminReply(const SandboxRequest &request, const QString &action);
    QList<QboCompany> qboCompanies() const;

    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_errorString;
    QList<Route> m_routes;
    bool m_adminEnabled = false;

    SandboxClock m_clock;
    SandboxSettings m_settings;
    std::unique_ptr<QboService> m_qbo;
    TokenRegistry m_qboTokens;
    QboOAuthServer m_qboOAuth;
    std::unique_ptr<HubSpotService> m_hubspot;
    TokenRegistry m_hsTokens;
    HubSpotOAuthServer m_hsOAuth;
    RateLimiter m_limiter;
    HubSpotRateLimiter m_hsLimiter;
    FaultInjector m_faults;
    RequestLog m_requestLog;
    QHash<QString, int> m_accessTokenUses; // API requests per access token (accessTokenMaxUses)
};

} // namespace bookflow::sandbox
