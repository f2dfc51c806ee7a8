// The admin endpoints under /_sandbox/ (ARCHITECTURE.md: reset and seed data, inject faults,
// move the clock, expire tokens, report request counts). They are never counted, delayed or
// faulted, and they answer JSON: {"status":"error","message":…} with 400/404/405/409 on misuse.
#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/hubspot/hubspotservice.h"
#include "app/sandbox/qbo/qboservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace bookflow::sandbox {

namespace {

SandboxReply json(const QJsonObject &body, int status = 200)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply adminError(int status, const QString &message)
{
    QJsonObject body;
    body.insert(QStringLiteral("status"), QStringLiteral("error"));
    body.insert(QStringLiteral("message"), message);
    return json(body, status);
}

SandboxReply ok(QJsonObject body = {})
{
    body.insert(QStringLiteral("status"), QStringLiteral("ok"));
    return json(body);
}

// The request body as a JSON object; an empty body is an empty object.
bool readObject(const SandboxRequest &request, QJsonObject *object, QString *error)
{
    if (request.body.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("the body is not JSON: %1").arg(parseError.errorString())
                     : QStringLiteral("the body must be a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

QJsonObject clientJson(const OAuthClient &client, const QString &provider)
{
    QJsonObject object;
    object.insert(QStringLiteral("client_id"), client.id);
    object.insert(QStringLiteral("redirect_uris"), QJsonArray::fromStringList(client.redirectUris));
    object.insert(QStringLiteral("providers"), QJsonArray{provider});
    return object;
}

// "", "quickbooks" or "hubspot"; anything else is refused with a reason.
bool readProvider(const QJsonObject &body, QString *provider, QString *error)
{
    const QJsonValue value = body.value(QStringLiteral("provider"));
    *provider = value.toString();
    if ((!value.isUndefined() && !value.isString()) ||
        (!provider->isEmpty() && *provider != QLatin1String("quickbooks") &&
         *provider != QLatin1String("hubspot"))) {
        *error = QStringLiteral("provider must be quickbooks or hubspot");
        return false;
    }
    return true;
}

} // namespace

SandboxReply SandboxServer::adminReply(const SandboxRequest &request, const QString &action)
{
    const QByteArray &method = request.method;
    const auto wrongMethod = [&](const char *allowed) {
        SandboxReply reply = adminError(
            405,
            QStringLiteral("use %1 for /_sandbox/%2").arg(QString::fromLatin1(allowed), action));
        reply.headers.append(
            {QByteArrayLiteral("Allow"), QByteArray(allowed).replace(" or ", ", ")});
        return reply;
    };
    QJsonObject body;
    QString error;
    if (method == "POST" && !readObject(request, &body, &error))
        return adminError(400, error);

    if (action == QLatin1String("health")) {
        if (method != "GET")
            return wrongMethod("GET");
        QJsonObject health;
        health.insert(QStringLiteral("status"), QStringLiteral("ok"));
        health.insert(QStringLiteral("service"), QString::fromLatin1(ServiceName));
        health.insert(QStringLiteral("version"), QString::fromLatin1(Version));
        return json(health);
    }

    if (action == QLatin1String("reset")) {
        if (method != "POST")
            return wrongMethod("POST");
        QString seed = SandboxRequest::value(request.query, QStringLiteral("seed"));
        if (seed.isEmpty())
            seed = body.value(QStringLiteral("seed")).toString(QStringLiteral("demo"));
        // demo (both providers), none, or large:N = the demo plus N generated HubSpot deals.
        static const QRegularExpression large(QStringLiteral("^large:([0-9]{1,6})$"));
        const QRegularExpressionMatch largeMatch = large.match(seed);
        const int largeDeals = largeMatch.hasMatch() ? largeMatch.captured(1).toInt() : 0;
        if (seed != QLatin1String("demo") && seed != QLatin1String("none") &&
            (largeDeals < 1 || largeDeals > 100000))
            return adminError(400, QStringLiteral("seed must be demo, none or large:N (N from 1 "
                                                  "to 100000), not \"%1\"")
                                       .arg(seed));
        reset(seed == QLatin1String("none") ? Seed::None : Seed::Demo);
        if (largeDeals > 0)
            seedHubSpotLarge(largeDeals);
        QJsonObject result;
        result.insert(QStringLiteral("seed"), seed);
        result.insert(QStringLiteral("realmIds"), QJsonArray::fromStringList(m_qbo->realmIds()));
        result.insert(QStringLiteral("hubId"), m_hubspot->hubId());
        return ok(result);
    }

    if (action == QLatin1String("faults")) {
        if (method == "POST") {
            if (body.contains(QStringLiteral("seed"))) {
                const double seed = body.value(QStringLiteral("seed")).toDouble(-1);
                if (seed < 0 || seed > 4294967295.0 || seed != double(qint64(seed)))
                    return adminError(
                        400, QStringLiteral("seed must be a whole number from 0 to 4294967295"));
                m_faults.setSeed(quint32(seed));
            }
            const QJsonValue rules = body.value(QStringLiteral("rules"));
            if (!rules.isUndefined() && !rules.isArray())
                return adminError(400, QStringLiteral("rules must be an array"));
            // Check them all before adding any, so a bad rule leaves the list as it was.
            QList<FaultRule> parsed;
            const QJsonArray array = rules.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                FaultRule rule;
                if (!array.at(i).isObject() ||
                    !FaultRule::fromJson(array.at(i).toObject(), &rule, &error))
                    return adminError(
                        400,
                        QStringLiteral("rules[%1]: %2")
                            .arg(i)
                            .arg(array.at(i).isObject() ? error : QStringLiteral("not an object")));
                parsed.append(rule);
            }
            for (const FaultRule &rule : std::as_const(parsed))
                m_faults.add(rule);
        } else if (method == "DELETE") {
            m_faults.clear();
        } else if (method != "GET") {
            return wrongMethod("GET, POST or DELETE");
        }
        QJsonObject result;
        result.insert(QStringLiteral("seed"), qint64(m_faults.seed()));
        result.insert(QStringLiteral("rules"), m_faults.toJson());
        return json(result);
    }

    if (action == QLatin1String("requests")) {
        if (method != "GET")
            return wrongMethod("GET");
        // ?recent=N lists only the last N requests (0: counts alone).
        const QString recent = SandboxRequest::value(request.query, QStringLiteral("recent"));
        bool valid = true;
        const int limit = recent.isEmpty() ? RequestLog::RecentLimit : recent.toInt(&valid);
        if (!valid || limit < 0)
            return adminError(400, QStringLiteral("recent must be a whole number ≥ 0"));
        return json(m_requestLog.toJson(limit));
    }

    if (action == QLatin1String("requests/reset")) {
        if (method != "POST")
            return wrongMethod("POST");
        m_requestLog.reset();
        return ok();
    }

    if (action == QLatin1String("time")) {
        if (method == "POST") {
            if (body.contains(QStringLiteral("advanceSeconds"))) {
                const QJsonValue seconds = body.value(QStringLiteral("advanceSeconds"));
                if (!seconds.isDouble())
                    return adminError(400, QStringLiteral("advanceSeconds must be a number"));
                m_clock.advance(qint64(seconds.toDouble() * 1000));
            } else if (body.contains(QStringLiteral("now"))) {
                const QDateTime when = QDateTime::fromString(
                    body.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
                if (!when.isValid())
                    return adminError(400, QStringLiteral("now must be an ISO 8601 date-time, e.g. "
                                                          "2025-01-31T12:00:00Z"));
                m_clock.setNow(when);
            } else if (body.value(QStringLiteral("reset")).toBool()) {
                m_clock.resetOffset();
            } else {
                return adminError(400, QStringLiteral("give advanceSeconds, now or reset"));
            }
        } else if (method != "GET") {
            return wrongMethod("GET or POST");
        }
        QJsonObject result;
        result.insert(QStringLiteral("now"), now().toString(Qt::ISODateWithMs));
        result.insert(QStringLiteral("offsetSeconds"), double(m_clock.offsetMSecs()) / 1000.0);
        return json(result);
    }

    if (action == QLatin1String("tokens/expire")) {
        if (method != "POST")
            return wrongMethod("POST");
        // Without a provider: both. Private-app tokens never expire, so they stay valid.
        QString provider;
        if (!readProvider(body, &provider, &error))
            return adminError(400, error);
        QJsonObject perProvider;
        if (provider != QLatin1String("hubspot"))
            perProvider.insert(QStringLiteral("quickbooks"), m_qboTokens.expireAccessTokens());
        if (provider != QLatin1String("quickbooks"))
            perProvider.insert(QStringLiteral("hubspot"), m_hsTokens.expireAccessTokens());
        QJsonObject result;
        result.insert(QStringLiteral("expired"),
                      perProvider.value(QStringLiteral("quickbooks")).toInt() +
                          perProvider.value(QStringLiteral("hubspot")).toInt());
        result.insert(QStringLiteral("providers"), perProvider);
        return ok(result);
    }

    if (action == QLatin1String("clients")) {
        if (method == "GET") {
            // Both providers' clients, or one provider's with ?provider=.
            const QString provider =
                SandboxRequest::value(request.query, QStringLiteral("provider"));
            if (!provider.isEmpty() && provider != QLatin1String("quickbooks") &&
                provider != QLatin1String("hubspot"))
                return adminError(400, QStringLiteral("provider must be quickbooks or hubspot"));
            QJsonArray clients;
            if (provider != QLatin1String("hubspot")) {
                for (const OAuthClient &client : m_qboTokens.clients())
                    clients.append(clientJson(client, QStringLiteral("quickbooks")));
            }
            if (provider != QLatin1String("quickbooks")) {
                for (const OAuthClient &client : m_hsTokens.clients())
                    clients.append(clientJson(client, QStringLiteral("hubspot")));
            }
            QJsonObject result;
            result.insert(QStringLiteral("clients"), clients);
            return json(result);
        }
        if (method != "POST")
            return wrongMethod("GET or POST");
        OAuthClient client;
        client.id = body.value(QStringLiteral("client_id")).toString();
        client.secret = body.value(QStringLiteral("client_secret")).toString();
        if (client.id.isEmpty() || client.secret.isEmpty())
            return adminError(400,
                              QStringLiteral("client_id and client_secret are required strings"));
        const QJsonValue uris = body.value(QStringLiteral("redirect_uris"));
        if (!uris.isUndefined() && !uris.isArray())
            return adminError(400, QStringLiteral("redirect_uris must be an array of URLs"));
        for (const QJsonValue &uri : uris.toArray()) {
            const QUrl url(uri.toString(), QUrl::StrictMode);
            if (!uri.isString() || !url.isValid() || url.isRelative() || url.host().isEmpty())
                return adminError(400,
                                  QStringLiteral("redirect_uris: \"%1\" is not an absolute URL")
                                      .arg(uri.toVariant().toString()));
            client.redirectUris.append(uri.toString());
        }
        // Without a provider: QuickBooks, as before the HubSpot half existed.
        QString provider;
        if (!readProvider(body, &provider, &error))
            return adminError(400, error);
        if (provider == QLatin1String("hubspot")) {
            m_hsTokens.registerClient(client);
            return json(clientJson(client, provider), 201);
        }
        m_qboTokens.registerClient(client);
        return json(clientJson(client, QStringLiteral("quickbooks")), 201);
    }

    if (action == QLatin1String("private-app-tokens")) {
        // A private app's access token for the portal (pat-na1-…): never expires, counts
        // against the daily limit, gets the daily rate-limit headers (hubspot.md §2.8).
        if (method == "GET") {
            QJsonObject result;
            result.insert(QStringLiteral("tokens"), m_hsOAuth.privateAppTokens());
            return json(result);
        }
        if (method != "POST")
            return wrongMethod("GET or POST");
        const QJsonValue scopes = body.value(QStringLiteral("scopes"));
        QStringList list;
        bool valid = scopes.isUndefined() || scopes.isArray();
        for (const QJsonValue &scope : scopes.toArray()) {
            valid = valid && scope.isString() && !scope.toString().trimmed().isEmpty();
            list.append(scope.toString().trimmed());
        }
        if (!valid)
            return adminError(400, QStringLiteral("scopes must be an array of scope names"));
        const QString token = m_hsOAuth.createPrivateAppToken(list);
        const QJsonArray all = m_hsOAuth.privateAppTokens();
        QJsonObject result;
        for (const QJsonValue &entry : all) {
            if (entry.toObject().value(QStringLiteral("token")).toString() == token)
                result = entry.toObject();
        }
        result.remove(QStringLiteral("created"));
        result.insert(QStringLiteral("hubId"), m_hubspot->hubId());
        return json(result, 201);
    }

    if (action == QLatin1String("settings")) {
        if (method == "POST") {
            SandboxSettings next = m_settings;
            if (!next.readJson(body, &error))
                return adminError(400, error);
            setSettings(next);
        } else if (method != "GET") {
            return wrongMethod("GET or POST");
        }
        return json(m_settings.toJson());
    }

    if (action == QLatin1String("companies")) {
        if (method == "POST") {
            const QString name = body.value(QStringLiteral("name")).toString();
            if (name.trimmed().isEmpty())
                return adminError(400, QStringLiteral("name is required"));
            const QString country =
                body.value(QStringLiteral("country")).toString(QStringLiteral("US"));
            // Without a realmId the service makes one up, like Intuit's 16-digit sandbox ids.
            const QString realmId = body.value(QStringLiteral("realmId")).toString();
            if (!realmId.isEmpty() && m_qbo->hasCompany(realmId))
                return adminError(409,
                                  QStringLiteral("a company with realmId %1 exists").arg(realmId));
            const QString created = m_qbo->addCompany(realmId, name, country);
            QJsonObject result;
            result.insert(QStringLiteral("realmId"), created);
            result.insert(QStringLiteral("name"), m_qbo->companyName(created));
            return json(result, 201);
        }
        if (method != "GET")
            return wrongMethod("GET or POST");
        QJsonArray companies;
        for (const QboCompany &company : qboCompanies()) {
            QJsonObject object;
            object.insert(QStringLiteral("realmId"), company.realmId);
            object.insert(QStringLiteral("name"), company.name);
            object.insert(QStringLiteral("country"), company.country);
            companies.append(object);
        }
        QJsonObject result;
        result.insert(QStringLiteral("companies"), companies);
        return json(result);
    }

    return adminError(
        404,
        QStringLiteral("No route for %1 /_sandbox/%2").arg(QString::fromLatin1(method), action));
}

} // namespace bookflow::sandbox
