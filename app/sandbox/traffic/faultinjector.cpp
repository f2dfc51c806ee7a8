#include "app/sandbox/traffic/faultinjector.h"

#include <QSet>

namespace bookflow::sandbox {

namespace {

bool readWholeNumber(const QJsonObject &object, const QString &key, int minimum, int *value,
                     QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue json = object.value(key);
    const double number = json.toDouble(-1);
    if (!json.isDouble() || number != double(qint64(number)) || number < minimum || number > 1e9) {
        *error = QStringLiteral("\"%1\" must be a whole number ≥ %2").arg(key).arg(minimum);
        return false;
    }
    *value = int(number);
    return true;
}

bool readString(const QJsonObject &object, const QString &key, QString *value, QString *error)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isString()) {
        *error = QStringLiteral("\"%1\" must be a string").arg(key);
        return false;
    }
    *value = object.value(key).toString();
    return true;
}

} // namespace

bool FaultRule::fromJson(const QJsonObject &object, FaultRule *rule, QString *error)
{
    static const QSet<QString> known = {
        QStringLiteral("provider"),   QStringLiteral("path"),       QStringLiteral("method"),
        QStringLiteral("status"),     QStringLiteral("times"),      QStringLiteral("probability"),
        QStringLiteral("retryAfter"), QStringLiteral("body"),       QStringLiteral("drop"),
        QStringLiteral("delayMs"),    QStringLiteral("policyName"), QStringLiteral("missingScopes"),
        QStringLiteral("category"),   QStringLiteral("mangle")};
    // A misspelt key would silently make a rule do less than the test meant: refuse it.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown fault rule key \"%1\"").arg(it.key());
            return false;
        }
    }
    FaultRule next;
    if (!readString(object, QStringLiteral("provider"), &next.provider, error) ||
        !readString(object, QStringLiteral("path"), &next.path, error) ||
        !readString(object, QStringLiteral("method"), &next.method, error) ||
        !readString(object, QStringLiteral("body"), &next.body, error) ||
        !readString(object, QStringLiteral("mangle"), &next.mangle, error) ||
        !readString(object, QStringLiteral("policyName"), &next.policyName, error) ||
        !readString(object, QStringLiteral("category"), &next.category, error) ||
        !readWholeNumber(object, QStringLiteral("status"), 0, &next.status, error) ||
        !readWholeNumber(object, QStringLiteral("times"), 1, &next.times, error) ||
        !readWholeNumber(object, QStringLiteral("retryAfter"), 0, &next.retryAfter, error) ||
        !readWholeNumber(object, QStringLiteral("delayMs"), 0, &next.delayMs, error))
        return false;
    next.method = next.method.toUpper();
    if (!next.provider.isEmpty() && next.provider != QLatin1String("quickbooks") &&
        next.provider != QLatin1String("hubspot")) {
        *error = QStringLiteral("\"provider\" must be quickbooks or hubspot, not \"%1\"")
                     .arg(next.provider);
        return false;
    }
    if (next.status != 0 && (next.status < 400 || next.status > 599)) {
        *error = QStringLiteral("\"status\" must be from 400 to 599");
        return false;
    }
    if (!next.body.isEmpty() && next.body != QLatin1String("xml") &&
        next.body != QLatin1String("json") && next.body != QLatin1String("html")) {
        *error = QStringLiteral("\"body\" must be xml, json or html");
        return false;
    }
    if (!next.policyName.isEmpty() && next.policyName != QLatin1String("TEN_SECONDLY_ROLLING") &&
        next.policyName != QLatin1String("DAILY") && next.policyName != QLatin1String("SECONDLY")) {
        *error = QStringLiteral("\"policyName\" must be TEN_SECONDLY_ROLLING, DAILY or SECONDLY");
        return false;
    }
    if (object.contains(QStringLiteral("missingScopes"))) {
        const QJsonValue scopes = object.value(QStringLiteral("missingScopes"));
        bool strings = scopes.isArray();
        for (const QJsonValue &scope : scopes.toArray()) {
            strings = strings && scope.isString() && !scope.toString().isEmpty();
            next.missingScopes.append(scope.toString());
        }
        if (!strings) {
            *error = QStringLiteral("\"missingScopes\" must be an array of scope names");
            return false;
        }
    }
    if (object.contains(QStringLiteral("drop"))) {
        if (!object.value(QStringLiteral("drop")).isBool()) {
            *error = QStringLiteral("\"drop\" must be true or false");
            return false;
        }
        next.drop = object.value(QStringLiteral("drop")).toBool();
    }
    if (object.contains(QStringLiteral("probability"))) {
        const QJsonValue value = object.value(QStringLiteral("probability"));
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1) {
            *error = QStringLiteral("\"probability\" must be a number from 0 to 1");
            return false;
        }
        next.probability = value.toDouble();
    }
    if (!next.mangle.isEmpty() && next.mangle != QLatin1String("html") &&
        next.mangle != QLatin1String("empty") && next.mangle != QLatin1String("truncated") &&
        next.mangle != QLatin1String("shape")) {
        *error = QStringLiteral("\"mangle\" must be html, empty, truncated or shape");
        return false;
    }
    if (!next.mangle.isEmpty() && (next.status != 0 || next.drop)) {
        *error = QStringLiteral("\"mangle\" spoils the provider's own answer: it takes no "
                                "\"status\" or \"drop\"");
        return false;
    }
    if (next.status == 0 && !next.drop && next.delayMs == 0 && next.mangle.isEmpty()) {
        *error = QStringLiteral("a fault rule needs a \"status\", \"drop\": true, a \"delayMs\" "
                                "or a \"mangle\"");
        return false;
    }
    if (next.drop && next.status != 0) {
        *error = QStringLiteral("a dropped connection has no \"status\"; give one or the other");
        return false;
    }
    next.m_regex = QRegularExpression(next.path);
    *rule = next;
    return true;
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject object;
    if (!provider.isEmpty())
        object.insert(QStringLiteral("provider"), provider);
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    if (!method.isEmpty())
        object.insert(QStringLiteral("method"), method);
    if (status != 0)
        object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("times"),
                  times < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(times));
    object.insert(QStringLiteral("probability"), probability);
    if (retryAfter >= 0)
        object.insert(QStringLiteral("retryAfter"), retryAfter);
    if (!body.isEmpty())
        object.insert(QStringLiteral("body"), body);
    if (drop)
        object.insert(QStringLiteral("drop"), true);
    if (delayMs > 0)
        object.insert(QStringLiteral("delayMs"), delayMs);
    if (!policyName.isEmpty())
        object.insert(QStringLiteral("policyName"), policyName);
    if (!missingScopes.isEmpty())
        object.insert(QStringLiteral("missingScopes"), QJsonArray::fromStringList(missingScopes));
    if (!category.isEmpty())
        object.insert(QStringLiteral("category"), category);
    if (!mangle.isEmpty())
        object.insert(QStringLiteral("mangle"), mangle);
    object.insert(QStringLiteral("fired"), fired);
    return object;
}

bool FaultRule::matches(const QString &requestProvider, const QByteArray &requestMethod,
                        const QString &requestPath) const
{
    if (!provider.isEmpty() && provider != requestProvider)
        return false;
    if (!method.isEmpty() && method.toLatin1() != requestMethod)
        return false;
    if (path.isEmpty() || requestPath.startsWith(path))
        return true;
    return m_regex.isValid() && m_regex.match(requestPath).hasMatch();
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const FaultRule &rule : m_rules)
        array.append(rule.toJson());
    return array;
}

void FaultInjector::setSeed(quint32 seed)
{
    m_seed = seed;
    m_random.seed(seed);
}

std::optional<FaultRule> FaultInjector::fire(const QString &provider, const QByteArray &method,
                                             const QString &path)
{
    for (FaultRule &rule : m_rules) {
        if (rule.times == 0 || !rule.matches(provider, method, path))
            continue;
        // Draw only for rules that can fire, so adding a rule for another path does not change
        // which requests this one hits.
        if (rule.probability < 1.0 && m_random.generateDouble() >= rule.probability)
            continue;
        if (rule.times > 0)
            --rule.times;
        ++rule.fired;
        return rule;
    }
    return std::nullopt;
}

} // namespace bookflow::sandbox
