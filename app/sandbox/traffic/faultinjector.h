#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace bookflow::sandbox {

// One scripted failure (POST /_sandbox/faults): which requests it applies to and what happens
// to them — an HTTP error, a dropped connection, a slow reply, or a mix (delay, then error).
struct FaultRule
{
    QString provider; // "quickbooks" or "hubspot"; empty: any
    QString path;     // a path prefix or a regular expression searched in the path; empty: any
    QString method;   // "GET", "POST", …; empty: any
    int status = 0;   // 400–599, or 0 for a drop or a delay alone
    int times = -1;   // how many more times it fires; -1: every time
    double probability = 1.0;
    int retryAfter = -1; // seconds for a Retry-After header; -1: none
    QString body;        // "xml", "json", "html"; empty: the status's usual body
    bool drop = false;   // close the connection without answering
    int delayMs = 0;     // wait this long before the error, the drop or the normal answer
    // HubSpot bodies (provider "hubspot"): the 429's policyName (TEN_SECONDLY_ROLLING, DAILY,
    // SECONDLY), the scopes a 403 MISSING_SCOPES names, and the category (e.g. a 401's
    // EXPIRED_AUTHENTICATION instead of INVALID_AUTHENTICATION).
    QString policyName;
    QStringList missingScopes;
    QString category;
    // An answer spoilt on its way back: the provider handles the request as usual (its writes
    // happen, and QuickBooks keeps the answer for a repeated requestid), then the client gets
    // "html" (a proxy's HTML page, same status), "empty" (no body), "truncated" (the first half)
    // or "shape" (JSON without what the API promises). Not with "status" or "drop".
    QString mangle;
    int fired = 0;

    // Reads a rule from the admin JSON; false with a reason when it is malformed.
    static bool fromJson(const QJsonObject &object, FaultRule *rule, QString *error);
    QJsonObject toJson() const;
    bool matches(const QString &provider, const QByteArray &method, const QString &path) const;

private:
    QRegularExpression m_regex; // `path` compiled, when it is a valid expression
};

// The fault rules in the order they were added; the first matching rule that fires wins.
// Probabilities draw from a seeded generator, so a run with the same seed and the same requests
// fails the same requests.
class FaultInjector
{
public:
    FaultInjector() { setSeed(1); }

    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule> &rules() const { return m_rules; }
    QJsonArray toJson() const;

    void setSeed(quint32 seed);
    quint32 seed() const { return m_seed; }

    // The rule that fires for this request, if one does (its `times` counts down).
    std::optional<FaultRule> fire(const QString &provider, const QByteArray &method,
                                  const QString &path);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_random;
    quint32 m_seed = 1;
};

} // namespace bookflow::sandbox
