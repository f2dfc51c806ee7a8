#include "app/sandbox/qbo/qboquery.h"

#include "app/sandbox/qbo/qbodecimal.h"

#include <QDateTime>

namespace bookflow::sandbox {

namespace {

struct Token
{
    enum Type { Identifier, Star, LParen, RParen, Comma, Operator, String, Number, End };
    Type type = End;
    QString text;
    int column = 1; // 1-based, as QBO's parser reports it
};

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9') || c == u'.';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

const QStringList &reservedWords()
{
    static const QStringList words = {
        QStringLiteral("select"),     QStringLiteral("from"),  QStringLiteral("where"),
        QStringLiteral("and"),        QStringLiteral("or"),    QStringLiteral("not"),
        QStringLiteral("in"),         QStringLiteral("like"),  QStringLiteral("orderby"),
        QStringLiteral("asc"),        QStringLiteral("desc"),  QStringLiteral("startposition"),
        QStringLiteral("maxresults"), QStringLiteral("count"), QStringLiteral("true"),
        QStringLiteral("false"),      QStringLiteral("group"), QStringLiteral("join"),
        QStringLiteral("null")};
    return words;
}

bool isReserved(const QString &word)
{
    return reservedWords().contains(word.toLower());
}

QString parseError(const Token &token, const QString &expected)
{
    // Shaped like QBO's JavaCC message (fixture fault-query-parse-error-4000.json).
    QString kind;
    QString image = token.text;
    switch (token.type) {
    case Token::Identifier:
        kind = isReserved(token.text) ? QStringLiteral("\"%1\"").arg(token.text.toLower())
                                      : QStringLiteral("<IDENTIFIER>");
        break;
    case Token::String:
        kind = QStringLiteral("<STRING_LITERAL>");
        image = QStringLiteral("'%1'").arg(token.text);
        break;
    case Token::Number:
        kind = QStringLiteral("<NUMBER>");
        break;
    case Token::End:
        kind = QStringLiteral("<EOF>");
        break;
    default:
        kind = QStringLiteral("\"%1\"").arg(token.text);
        break;
    }
    return QStringLiteral("QueryParserError: Encountered \" %1 \"%2 \"\" at line 1, column %3.\n"
                          "Was expecting:\n    %4 ...\n    ")
        .arg(kind, image)
        .arg(token.column)
        .arg(expected);
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    // False with *error set on a character the language does not have (curly quotes, dashes…).
    bool run(QList<Token> *tokens, QString *error)
    {
        const int n = int(m_text.size());
        int i = 0;
        while (i < n) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.column = i + 1;
            if (isIdentStart(c)) {
                int j = i;
                while (j < n && isIdentPart(m_text[j]))
                    ++j;
                t.type = Token::Identifier;
                t.text = m_text.mid(i, j - i);
                i = j;
            } else if (isDigit(c) || (c == u'-' && i + 1 < n && isDigit(m_text[i + 1]))) {
                int j = i + 1;
                while (j < n && (isDigit(m_text[j]) || m_text[j] == u'.'))
                    ++j;
                t.type = Token::Number;
                t.text = m_text.mid(i, j - i);
                i = j;
            } else if (c == u'\'') {
                QString value;
                int j = i + 1;
                bool closed = false;
                while (j < n) {
                    const QChar d = m_text[j];
                    if (d == u'\\' && j + 1 < n) {
                        // \' is the documented escape (B-SQL); \\ keeps a backslash.
                        value += m_text[j + 1];
                        j += 2;
                        continue;
                    }
                    if (d == u'\'') {
                        closed = true;
                        ++j;
                        break;
                    }
                    value += d;
                    ++j;
                }
                if (!closed) {
                    *error = QStringLiteral("QueryParserError: Lexical error at line 1, column "
                                            "%1.  Encountered: <EOF> after : \"%2\"")
                                 .arg(n + 1)
                                 .arg(m_text.mid(i));
                    return false;
                }
                t.type = Token::String;
                t.text = value;
                i = j;
            } else if (c == u'*' || c == u'(' || c == u')' || c == u',') {
                t.type = c == u'*'   ? Token::Star
                         : c == u'(' ? Token::LParen
                         : c == u')' ? Token::RParen
                                     : Token::Comma;
                t.text = c;
                ++i;
            } else if (c == u'=' || c == u'<' || c == u'>' || c == u'!') {
                int j = i + 1;
                if (j < n && (m_text[j] == u'=' || (c == u'<' && m_text[j] == u'>')))
                    ++j;
                t.type = Token::Operator;
                t.text = m_text.mid(i, j - i);
                i = j;
            } else {
                *error = QStringLiteral("QueryParserError: Lexical error at line 1, column %1.  "
                                        "Encountered: \"%2\" (%3), after : \"\"")
                             .arg(i + 1)
                             .arg(c)
                             .arg(c.unicode());
                return false;
            }
            tokens->append(t);
        }
        Token end;
        end.type = Token::End;
        end.column = n + 1;
        tokens->append(end);
        return true;
    }

private:
    const QString &m_text;
};

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    std::variant<QboQuery, QboFault> run()
    {
        QboQuery q;
        if (!keyword("select"))
            return fail(QStringLiteral("\"select\""));
        if (peek().type == Token::Star) {
            next();
        } else if (isKeyword(peek(), "count")) {
            next();
            if (peek().type != Token::LParen)
                return fail(QStringLiteral("\"(\""));
            next();
            if (peek().type != Token::Star)
                return fail(QStringLiteral("\"*\""));
            next();
            if (peek().type != Token::RParen)
                return fail(QStringLiteral("\")\""));
            next();
            q.count = true;
        } else {
            for (;;) {
                if (!identifier())
                    return fail(QStringLiteral("\"*\""));
                q.fields.append(next().text);
                if (peek().type != Token::Comma)
                    break;
                next();
            }
        }
        if (!keyword("from"))
            return fail(QStringLiteral("\"from\""));
        if (!identifier())
            return fail(QStringLiteral("<IDENTIFIER>"));
        q.entity = next().text;

        if (keyword("where")) {
            for (;;) {
                QboQueryCondition c;
                if (auto f = condition(&c))
                    return *f;
                q.where.append(c);
                if (!keyword("and"))
                    break;
            }
        }
        for (;;) {
            if (keyword("orderby")) {
                if (!q.orderBy.isEmpty())
                    return fail(QStringLiteral("<EOF>"), -1);
                for (;;) {
                    if (!identifier())
                        return fail(QStringLiteral("<IDENTIFIER>"));
                    QboQueryOrder o;
                    o.property = next().text;
                    if (keyword("desc"))
                        o.descending = true;
                    else
                        keyword("asc");
                    q.orderBy.append(o);
                    if (peek().type != Token::Comma)
                        break;
                    next();
                }
                continue;
            }
            if (isKeyword(peek(), "startposition") || isKeyword(peek(), "maxresults")) {
                const bool start = isKeyword(peek(), "startposition");
                std::optional<qint64> &slot = start ? q.startPosition : q.maxResults;
                if (slot)
                    return fail(QStringLiteral("<EOF>"));
                next();
                if (peek().type != Token::Number || peek().text.contains(u'.'))
                    return fail(QStringLiteral("<INTEGER>"));
                bool ok = false;
                const qint64 value = next().text.toLongLong(&ok);
                if (!ok)
                    return fail(QStringLiteral("<INTEGER>"), -1);
                // QBO: "QueryValidationError: value 0 is too small. Min allowed value is 1"
                // (qbo-api.md §5, RUBY query_validation_error.xml). The upper bound's wording
                // mirrors it [unverified]; the cap itself is D-QUERY's 1000.
                if (value < 1)
                    return qbofault::queryInvalid(
                        QStringLiteral("QueryValidationError: value %1 is too small. Min "
                                       "allowed value is 1")
                            .arg(value));
                if (!start && value > 1000)
                    return qbofault::queryInvalid(
                        QStringLiteral("QueryValidationError: value %1 is too large. Max "
                                       "allowed value is 1000")
                            .arg(value));
                slot = value;
                continue;
            }
            break;
        }
        if (peek().type != Token::End)
            return fail(QStringLiteral("<EOF>"));
        return q;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos++]; }

    static bool isKeyword(const Token &t, const char *word)
    {
        return t.type == Token::Identifier &&
               t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    bool keyword(const char *word)
    {
        if (!isKeyword(peek(), word))
            return false;
        next();
        return true;
    }

    bool identifier() const { return peek().type == Token::Identifier && !isReserved(peek().text); }

    QboFault fail(const QString &expected, int back = 0)
    {
        return qbofault::queryParse(parseError(m_tokens[std::max(0, m_pos + back)], expected));
    }

    bool literal(QboQueryLiteral *out)
    {
        const Token &t = peek();
        if (t.type == Token::String) {
            out->kind = QboQueryLiteral::String;
            out->text = t.text;
        } else if (t.type == Token::Number) {
            out->kind = QboQueryLiteral::Number;
            out->text = t.text;
        } else if (isKeyword(t, "true") || isKeyword(t, "false")) {
            out->kind = QboQueryLiteral::Boolean;
            out->boolean = isKeyword(t, "true");
            out->text = t.text.toLower();
        } else {
            return false;
        }
        next();
        return true;
    }

    std::optional<QboFault> condition(QboQueryCondition *c)
    {
        if (!identifier())
            return fail(QStringLiteral("<IDENTIFIER>"));
        c->property = next().text;
        if (keyword("in")) {
            c->op = QboQueryCondition::In;
            if (peek().type != Token::LParen)
                return fail(QStringLiteral("\"(\""));
            next();
            for (;;) {
                QboQueryLiteral l;
                if (!literal(&l))
                    return fail(QStringLiteral("<STRING_LITERAL>"));
                c->values.append(l);
                if (peek().type == Token::Comma) {
                    next();
                    continue;
                }
                if (peek().type == Token::RParen) {
                    next();
                    return std::nullopt;
                }
                return fail(QStringLiteral("\")\""));
            }
        }
        if (keyword("like")) {
            c->op = QboQueryCondition::Like;
            if (peek().type != Token::String)
                return fail(QStringLiteral("<STRING_LITERAL>"));
            QboQueryLiteral l;
            literal(&l);
            c->values.append(l);
            return std::nullopt;
        }
        if (peek().type != Token::Operator)
            return fail(QStringLiteral("\"=\""));
        const QString op = peek().text;
        if (op == QLatin1String("="))
            c->op = QboQueryCondition::Eq;
        else if (op == QLatin1String("<"))
            c->op = QboQueryCondition::Lt;
        else if (op == QLatin1String(">"))
            c->op = QboQueryCondition::Gt;
        else if (op == QLatin1String("<="))
            c->op = QboQueryCondition::Le;
        else if (op == QLatin1String(">="))
            c->op = QboQueryCondition::Ge;
        else
            return fail(QStringLiteral("\"=\""));
        next();
        QboQueryLiteral l;
        if (!literal(&l))
            return fail(QStringLiteral("<STRING_LITERAL>"));
        c->values.append(l);
        return std::nullopt;
    }

    QList<Token> m_tokens;
    int m_pos = 0;
};

QString lastSegment(const QString &property)
{
    const qsizetype dot = property.lastIndexOf(u'.');
    return dot < 0 ? property : property.mid(dot + 1);
}

bool isTimeProperty(const QString &property)
{
    return lastSegment(property).endsWith(QLatin1String("Time"), Qt::CaseInsensitive);
}

bool isIdProperty(const QString &property)
{
    return lastSegment(property).compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0 ||
           lastSegment(property).endsWith(QLatin1String("Ref"), Qt::CaseInsensitive);
}

std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc());
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime && zone.isValid())
        dt.setTimeZone(zone);
    return dt;
}

bool isInteger(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

int sign(qint64 v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

// Compares a string property value with a string (literal or other entity's value). Returns
// nullopt when the two cannot be compared (a time that does not parse).
std::optional<int> compareStrings(const QString &a, const QString &b, const QString &property,
                                  const QboQueryContext &context, bool forEquality)
{
    if (isTimeProperty(property)) {
        const auto ta = parseTime(a, context.zone);
        const auto tb = parseTime(b, context.zone);
        if (!ta || !tb)
            return std::nullopt;
        return sign(ta->toMSecsSinceEpoch() - tb->toMSecsSinceEpoch());
    }
    if (isIdProperty(property) && isInteger(a) && isInteger(b)) {
        const auto da = QboDecimal::fromText(QStringView(a));
        const auto db = QboDecimal::fromText(QStringView(b));
        if (da && db)
            return da->compare(*db);
    }
    if (forEquality && !context.caseInsensitiveEquals)
        return a == b ? 0 : (a < b ? -1 : 1);
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Compares an entity value with a literal; nullopt when the types do not meet.
std::optional<int> compareWithLiteral(const QJsonValue &value, const QboQueryLiteral &literal,
                                      const QString &property, const QboQueryContext &context,
                                      bool forEquality)
{
    if (value.isBool()) {
        bool b = false;
        if (literal.kind == QboQueryLiteral::Boolean)
            b = literal.boolean;
        else if (literal.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            b = true;
        else if (literal.text.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            return std::nullopt;
        return int(value.toBool()) - int(b);
    }
    if (value.isDouble()) {
        const auto a = QboDecimal::fromJson(value);
        const auto b = QboDecimal::fromText(QStringView(literal.text));
        if (!a || !b || literal.kind == QboQueryLiteral::Boolean)
            return std::nullopt;
        return a->compare(*b);
    }
    if (value.isString())
        return compareStrings(value.toString(), literal.text, property, context, forEquality);
    return std::nullopt;
}

// LIKE with % as the only wildcard (D-QUERY), case-insensitive (qbo-verified.md §4).
bool likeMatches(const QString &text, const QString &pattern)
{
    const QString t = text.toCaseFolded();
    const QStringList parts = pattern.toCaseFolded().split(u'%');
    if (parts.size() == 1)
        return t == parts.first();
    qsizetype pos = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (i == 0) {
            if (!t.startsWith(part))
                return false;
            pos = part.size();
            continue;
        }
        if (i == parts.size() - 1) {
            return part.isEmpty() || (t.size() - part.size() >= pos && t.endsWith(part));
        }
        if (part.isEmpty())
            continue;
        const qsizetype found = t.indexOf(part, pos);
        if (found < 0)
            return false;
        pos = found + part.size();
    }
    return true;
}

} // namespace

std::variant<QboQuery, QboFault> qboParseQuery(const QString &text)
{
    QList<Token> tokens;
    QString lexError;
    if (!Lexer(text).run(&tokens, &lexError))
        return qbofault::queryParse(lexError);
    return Parser(std::move(tokens)).run();
}

QJsonValue qboQueryValue(const QJsonObject &entity, const QString &property)
{
    QJsonValue current = entity;
    const QStringList segments = property.split(u'.');
    for (const QString &segment : segments) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject object = current.toObject();
        QJsonValue found(QJsonValue::Undefined);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(segment, Qt::CaseInsensitive) == 0) {
                found = it.value();
                break;
            }
        }
        current = found;
    }
    if (current.isObject()) {
        const QJsonObject object = current.toObject();
        if (object.contains(QLatin1String("value")))
            return object.value(QLatin1String("value"));
        if (object.contains(QLatin1String("Address")))
            return object.value(QLatin1String("Address"));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (current.isNull() || current.isArray())
        return QJsonValue(QJsonValue::Undefined);
    return current;
}

bool qboQueryMatches(const QJsonObject &entity, const QboQueryCondition &condition,
                     const QboQueryContext &context)
{
    const QJsonValue value = qboQueryValue(entity, condition.property);
    if (value.isUndefined())
        return false;
    switch (condition.op) {
    case QboQueryCondition::Like:
        return value.isString() && likeMatches(value.toString(), condition.values.first().text);
    case QboQueryCondition::In:
        for (const QboQueryLiteral &l : condition.values) {
            const auto c = compareWithLiteral(value, l, condition.property, context, true);
            if (c && *c == 0)
                return true;
        }
        return false;
    default:
        break;
    }
    const auto c = compareWithLiteral(value, condition.values.first(), condition.property, context,
                                      condition.op == QboQueryCondition::Eq);
    if (!c)
        return false;
    switch (condition.op) {
    case QboQueryCondition::Eq:
        return *c == 0;
    case QboQueryCondition::Lt:
        return *c < 0;
    case QboQueryCondition::Gt:
        return *c > 0;
    case QboQueryCondition::Le:
        return *c <= 0;
    case QboQueryCondition::Ge:
        return *c >= 0;
    default:
        return false;
    }
}

int qboQueryCompare(const QJsonValue &a, const QJsonValue &b, const QString &property,
                    const QboQueryContext &context)
{
    const bool aMissing = a.isUndefined() || a.isNull();
    const bool bMissing = b.isUndefined() || b.isNull();
    if (aMissing || bMissing)
        return aMissing == bMissing ? 0 : (aMissing ? -1 : 1);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isDouble() && b.isDouble()) {
        const auto da = QboDecimal::fromJson(a);
        const auto db = QboDecimal::fromJson(b);
        if (da && db)
            return da->compare(*db);
        return 0;
    }
    if (a.isString() && b.isString()) {
        if (const auto c = compareStrings(a.toString(), b.toString(), property, context, false))
            return *c;
        return a.toString().compare(b.toString());
    }
    return int(a.type()) - int(b.type());
}

} // namespace bookflow::sandbox
