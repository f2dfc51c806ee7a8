#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace bookflow::sandbox {

// The QuickBooks Online half of the sandbox, below HTTP: companies (realms) with their entities,
// the business rules of ../shared/reference/qbo-api.md §11, the query language, /batch and
// requestid replay. Authentication, rate limits and fault injection are the routes' job; this
// class sees only requests that got through.
class QboService
{
public:
    QboService();
    ~QboService();

    // Removes every company and replay entry.
    void reset();
    // The demo data: a US company (realm "9341453050981234") and a UK company
    // (realm "9341453050985678"); the contents are listed at qboDemoCompanies() in
    // qbo/qboseed.h. Replaces those two realms and leaves any other company alone.
    void seedDemo();
    // An empty company (US unless `country` says otherwise, e.g. "GB") with only the accounts,
    // terms, payment methods and tax codes QuickBooks creates for a new company; returns its
    // realmId (a generated one when `realmId` is empty). An existing realm is left as it is.
    QString addCompany(const QString &realmId, const QString &name, const QString &country);
    bool hasCompany(const QString &realmId) const;
    QStringList realmIds() const;
    QString companyName(const QString &realmId) const;

    // One request under /v3/company/{realmId}/. `path` is what follows the realm, e.g.
    // "invoice", "invoice/130", "query", "batch", "companyinfo/9341453050981234",
    // "preferences". `query` holds minorversion, requestid, operation, include, query.
    // Pass the URL's query as received (QUrlQuery(url)): a '+' in `query` is read as a space,
    // as form-encoding clients mean it, and "%2B" as a plus. minorversion is accepted and
    // ignored (every value behaves as 75, qbo-api.md §2). A realm this service does not have
    // gets a 403 AuthorizationFault.
    SandboxReply handle(const QString &realmId, const QByteArray &method, const QString &path,
                        const QUrlQuery &query, const QByteArray &body,
                        const QByteArray &contentType);

    // The whole state as JSON (for --data FILE) and back.
    QJsonObject save() const;
    bool load(const QJsonObject &state, QString *error);

    // Time is injectable so MetaData and `time` are testable; default: the system clock.
    void setNow(std::function<QDateTime()> now);

    // Whether '=' and IN compare strings case-insensitively in queries (default true). QBO's
    // behaviour is unverified (qbo-verified.md §4), so it is one switch; LIKE always ignores case.
    void setQueryEqualsCaseInsensitive(bool on);
    bool queryEqualsCaseInsensitive() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bookflow::sandbox
