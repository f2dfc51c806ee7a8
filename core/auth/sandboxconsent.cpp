#include "core/auth/sandboxconsent.h"

#include "core/auth/authorizationrequest.h"
#include "core/auth/connectionmanager.h"
#include "core/auth/oauthprovider.h"
#include "core/net/formencoding.h"
#include "core/util/tr.h"

#include <QRegularExpression>
#include <QSet>

namespace bookflow {

namespace {

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

Failure pageProblem(const QUrl &url, const HttpResponse &response)
{
    if (response.status == 0)
        return Failure{Tr::tr("The sandbox at %1 did not answer (%2).")
                           .arg(url.adjusted(QUrl::RemoveQuery).toString(), response.networkError)};
    return Failure{Tr::tr("The sandbox's sign-in page answered HTTP %1 instead of its consent "
                          "page.")
                       .arg(response.status)};
}

} // namespace

Result<QByteArray> SandboxConsent::consentPage(const QUrl &authorizeUrl)
{
    HttpRequest request;
    request.url = authorizeUrl;
    request.setHeader("Accept", "text/html");
    request.timeoutMs = 30000;
    const HttpResponse response = m_transport.send(request);
    if (response.status != 200)
        return pageProblem(authorizeUrl, response);
    return response.body;
}

Result<QVector<SandboxConsent::Company>> SandboxConsent::offeredCompanies(const QUrl &authorizeUrl)
{
    const Result<QByteArray> page = consentPage(authorizeUrl);
    if (!page)
        return page.failure();
    // One row per company: a Connect button carrying the realmId, the name, then
    // "(COUNTRY, realmId …)".
    static const QRegularExpression row(QStringLiteral(
        R"re(name="sandbox_realm" value="([^"]+)">Connect</button>\s*<strong>([^<]*)</strong>\s*)re"
        R"re(<span class="country">\(([^,]*),)re"));
    QVector<Company> companies;
    auto matches = row.globalMatch(QString::fromUtf8(*page));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        companies.append({unescapeHtml(match.captured(1)), unescapeHtml(match.captured(2)),
                          unescapeHtml(match.captured(3))});
    }
    if (companies.isEmpty())
        return Failure{Tr::tr("The sandbox offers no QuickBooks company to connect.")};
    return companies;
}

Status SandboxConsent::approve(const QUrl &authorizeUrl, const QString &realmId)
{
    const Result<QByteArray> page = consentPage(authorizeUrl);
    if (!page)
        return page.failure();
    const QString html = QString::fromUtf8(*page);

    // The form's action and its hidden fields: the original request, sent back on approval.
    static const QRegularExpression action(
        QStringLiteral(R"re(<form method="post" action="([^"]+)")re"));
    static const QRegularExpression hidden(
        QStringLiteral(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"));
    const QRegularExpressionMatch actionMatch = action.match(html);
    if (!actionMatch.hasMatch())
        return Failure{Tr::tr("The sandbox's consent page has no form to approve.")};
    QList<QPair<QString, QString>> fields;
    QSet<QString> seen;
    auto inputs = hidden.globalMatch(html);
    while (inputs.hasNext()) {
        const QRegularExpressionMatch input = inputs.next();
        const QString name = unescapeHtml(input.captured(1));
        if (seen.contains(name))
            continue; // QuickBooks' page repeats them in every company's row
        seen.insert(name);
        fields.append({name, unescapeHtml(input.captured(2))});
    }
    // QuickBooks: the Connect button of the chosen company (the first one when none is
    // named); HubSpot: "Connect app".
    static const QRegularExpression firstRealm(
        QStringLiteral(R"re(name="sandbox_realm" value="([^"]+)")re"));
    const QRegularExpressionMatch offered = firstRealm.match(html);
    if (!realmId.isEmpty())
        fields.append({QStringLiteral("sandbox_realm"), realmId});
    else if (offered.hasMatch())
        fields.append({QStringLiteral("sandbox_realm"), unescapeHtml(offered.captured(1))});
    else
        fields.append({QStringLiteral("sandbox_approve"), QStringLiteral("1")});

    HttpRequest post;
    post.method = "POST";
    post.url = authorizeUrl.resolved(QUrl(unescapeHtml(actionMatch.captured(1))));
    post.setHeader("Content-Type", "application/x-www-form-urlencoded");
    post.body = formEncode(fields);
    post.timeoutMs = 30000;
    const HttpResponse approved = m_transport.send(post);
    const QByteArray location = approved.header("Location");
    if (approved.status != 302 || location.isEmpty())
        return pageProblem(post.url, approved);

    // The browser follows the redirect to the app's loopback listener.
    HttpRequest back;
    back.url = QUrl::fromEncoded(location);
    back.timeoutMs = 30000;
    const HttpResponse landed = m_transport.send(back);
    if (landed.status != 200)
        return Failure{Tr::tr("Bookflow's sign-in listener answered HTTP %1 to the sandbox's "
                              "redirect.")
                           .arg(landed.status)};
    return Status::success();
}

ApiResult<QVector<Connection>> connectSandboxAccounts(ConnectionManager &connections,
                                                      Transport &transport, const Clock &clock,
                                                      const QUrl &baseUrl, const SandboxApps &apps)
{
    const auto asError = [](const QString &reason) {
        ApiError error;
        error.cls = ApiError::Class::Permanent;
        error.reason = reason;
        return error;
    };
    if (const Status saved = connections.saveSandboxApp(Provider::HubSpot, baseUrl,
                                                        apps.hubSpotClientId,
                                                        apps.hubSpotClientSecret);
        !saved)
        return asError(saved.reason());
    if (const Status saved = connections.saveSandboxApp(Provider::QuickBooks, baseUrl,
                                                        apps.quickBooksClientId,
                                                        apps.quickBooksClientSecret);
        !saved)
        return asError(saved.reason());

    SandboxConsent browser(transport);
    QVector<Connection> connected;
    const auto connectOne = [&](Provider provider, const QString &realmId) -> ApiResult<Connection> {
        return connections.connectOAuth(
            provider, Environment::Sandbox,
            [&](const QUrl &authorizeUrl) { return browser.approve(authorizeUrl, realmId); },
            60000);
    };
    const ApiResult<Connection> portal = connectOne(Provider::HubSpot, QString());
    if (!portal)
        return portal.error();
    connected.append(*portal);
    // The companies as the consent page lists them.
    const Result<OAuthApp> qbo = connections.app(Provider::QuickBooks, Environment::Sandbox);
    if (!qbo)
        return asError(qbo.reason());
    const QUrl listing = OAuthProvider(transport, *qbo, clock)
                             .authorizeUrl(AuthorizationRequest::create(
                                 QStringLiteral("http://localhost/callback"), false));
    const Result<QVector<SandboxConsent::Company>> companies = browser.offeredCompanies(listing);
    if (!companies)
        return asError(companies.reason());
    for (const SandboxConsent::Company &company : *companies) {
        const ApiResult<Connection> done = connectOne(Provider::QuickBooks, company.realmId);
        if (!done)
            return done.error();
        connected.append(*done);
    }
    return connected;
}

} // namespace bookflow
