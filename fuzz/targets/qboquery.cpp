// QuickBooks query statements built with QboQuery from arbitrary text: customer names, e-mail
// addresses, SKUs and document numbers come from HubSpot records, so they may hold quotes,
// backslashes, percent signs, control characters and unpaired surrogates.
//
// The input is binary (fuzz/README.md "qboquery"): a flags byte, then operations, each an
// opcode byte followed by its operands (a byte choosing a known or arbitrary name, strings as a
// length byte and that many bytes, integers as four bytes).
//
// Promises checked (qboquery.h):
// - quote(s) is one literal that reads back as exactly s: ' and \ escaped, nothing else can end it;
// - a query is invalid exactly when one of its names or operators breaks the rules (names
//   [A-Za-z][A-Za-z0-9]* with dotted parts; = < > <= >=), an IN list is empty, a date or time is
//   invalid, a count is ordered, or a page window is out of range — and then it says why;
// - a valid statement has exactly the conditions built, in order, each literal reading back as
//   the value given (checked with a strict reader here, and with the sandbox's QBO query parser,
//   an independent implementation, when every name is one Bookflow really uses);
// - encoded() is the statement's UTF-8 with every byte outside RFC 3986's unreserved set as %XX;
// - QboJson::serialize writes text values so that they read back unchanged, and money as the
//   bare number intended.
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include "app/sandbox/qbo/qboquery.h"
#include "core/quickbooks/qbojson.h"
#include "core/quickbooks/qboquery.h"
#include "core/util/decimal.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>
#include <optional>
#include <variant>

namespace bookflow::fuzz {

namespace {

constexpr const char *Target = "qboquery";
constexpr int MaxOperations = 24;

// Names Bookflow uses in its look-ups, and a few more of QBO's.
const char *const Entities[] = {"Customer",     "Invoice",       "Item",        "Account",
                                "Term",         "Vendor",        "Employee",    "Estimate",
                                "SalesReceipt", "Payment",       "Purchase",    "RefundReceipt",
                                "TaxCode",      "PaymentMethod", "CompanyInfo", "Preferences"};
const char *const Properties[] = {"Id",
                                  "DisplayName",
                                  "PrimaryEmailAddr",
                                  "Name",
                                  "Sku",
                                  "Active",
                                  "DocNumber",
                                  "PrivateNote",
                                  "CustomerRef",
                                  "MetaData.LastUpdatedTime",
                                  "MetaData.CreateTime",
                                  "TxnDate",
                                  "TotalAmt",
                                  "Balance",
                                  "AccountType",
                                  "FullyQualifiedName",
                                  "GivenName",
                                  "FamilyName",
                                  "CompanyName",
                                  "Type"};
const char *const Operators[] = {"=", "<", ">", "<=", ">="};

class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    qint32 integer()
    {
        quint32 value = 0;
        for (int i = 0; i < 4; ++i)
            value |= quint32(byte()) << (8 * i);
        return qint32(value);
    }
    qint64 integer64()
    {
        const quint64 high = quint32(integer());
        return qint64((high << 32) | quint32(integer()));
    }
    // A length byte, then that many bytes: UTF-8 (invalid sequences become U+FFFD, as
    // QString::fromUtf8 reads HubSpot's bytes) or raw UTF-16 code units (unpaired surrogates
    // included, as a QString from anywhere may hold them).
    QString string(bool utf16)
    {
        const size_t wanted = byte(); // before m_pos is read below
        const size_t length = qMin<size_t>(wanted, m_size - qMin(m_pos, m_size));
        const uint8_t *start = m_data + m_pos;
        m_pos += length;
        if (!utf16)
            return QString::fromUtf8(reinterpret_cast<const char *>(start), qsizetype(length));
        QString text;
        for (size_t i = 0; i + 1 < length; i += 2)
            text.append(QChar(char16_t(start[i] | (start[i + 1] << 8))));
        return text;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// The rules of qboquery.h, written down again independently of qboquery.cpp.
bool isName(const QString &text, bool dotted)
{
    const QStringList parts = dotted ? text.split(QLatin1Char('.')) : QStringList{text};
    for (const QString &part : parts) {
        if (part.isEmpty())
            return false;
        for (qsizetype i = 0; i < part.size(); ++i) {
            const char16_t c = part.at(i).unicode();
            const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
            const bool digit = c >= u'0' && c <= u'9';
            if (!(letter || (i > 0 && digit)))
                return false;
        }
    }
    return true;
}

struct Literal
{
    enum Kind { Text, Number, Boolean } kind = Text;
    QString text; // the value before quoting; the number's text; "true"/"false"
};

struct Condition
{
    QString property;
    QString op; // = < > <= >= IN LIKE
    QVector<Literal> values;
};

// What the statement must say, built alongside the QboQuery.
struct Model
{
    QString entity;
    bool count = false;
    QVector<Condition> conditions;
    QString orderBy; // "Prop ASC" / "Prop DESC"
    int startPosition = 0;
    int maxResults = 0;
    bool valid = true;
    bool onlyKnownNames = true; // every name from the lists above: the sandbox can parse it
};

// ---------------------------------------------------------------------------------------------
// A strict reader of the statements QboQuery writes: exactly its spacing and keywords, string
// literals in single quotes where a backslash escapes the next character. Anything else — a
// literal that ends early, text left after it — is a failure of the escaping.

class StatementReader
{
public:
    explicit StatementReader(const QString &text) : m_text(text) {}

    std::optional<Model> read()
    {
        Model model;
        if (take(QStringLiteral("SELECT COUNT(*) FROM ")))
            model.count = true;
        else if (!take(QStringLiteral("SELECT * FROM ")))
            return std::nullopt;
        model.entity = name(false);
        if (model.entity.isEmpty())
            return std::nullopt;
        if (take(QStringLiteral(" WHERE "))) {
            do {
                Condition condition;
                if (!readCondition(&condition))
                    return std::nullopt;
                model.conditions.append(condition);
            } while (take(QStringLiteral(" AND ")));
        }
        if (take(QStringLiteral(" ORDERBY "))) {
            const QString property = name(true);
            if (property.isEmpty())
                return std::nullopt;
            if (take(QStringLiteral(" ASC")))
                model.orderBy = property + QStringLiteral(" ASC");
            else if (take(QStringLiteral(" DESC")))
                model.orderBy = property + QStringLiteral(" DESC");
            else
                return std::nullopt;
        }
        if (take(QStringLiteral(" STARTPOSITION ")) && !number(&model.startPosition))
            return std::nullopt;
        if (take(QStringLiteral(" MAXRESULTS ")) && !number(&model.maxResults))
            return std::nullopt;
        if (m_pos != m_text.size())
            return std::nullopt;
        return model;
    }

private:
    bool take(const QString &word)
    {
        if (!QStringView(m_text).mid(m_pos).startsWith(word))
            return false;
        m_pos += word.size();
        return true;
    }

    QString name(bool dotted)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text.at(m_pos).unicode();
            const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                            (c >= u'0' && c <= u'9') || (dotted && c == u'.');
            if (!ok)
                break;
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }

    bool number(int *out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit() &&
               m_text.at(m_pos).unicode() < 0x80)
            ++m_pos;
        bool ok = false;
        *out = m_text.mid(start, m_pos - start).toInt(&ok);
        return ok;
    }

    bool stringLiteral(QString *out)
    {
        if (!take(QStringLiteral("'")))
            return false;
        out->clear();
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\')) {
                if (m_pos >= m_text.size())
                    return false;
                const QChar escaped = m_text.at(m_pos++);
                // QboQuery escapes only these two; any other escape is not what it writes.
                if (escaped != QLatin1Char('\\') && escaped != QLatin1Char('\''))
                    return false;
                out->append(escaped);
            } else if (c == QLatin1Char('\'')) {
                return true;
            } else {
                out->append(c);
            }
        }
        return false; // never closed
    }

    bool literal(Literal *out)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\'')) {
            out->kind = Literal::Text;
            return stringLiteral(&out->text);
        }
        for (const char *word : {"true", "false"}) {
            if (take(QString::fromLatin1(word))) {
                out->kind = Literal::Boolean;
                out->text = QString::fromLatin1(word);
                return true;
            }
        }
        const qsizetype start = m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('-'))
            ++m_pos;
        while (m_pos < m_text.size() &&
               ((m_text.at(m_pos) >= QLatin1Char('0') && m_text.at(m_pos) <= QLatin1Char('9')) ||
                m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        if (m_pos == start)
            return false;
        out->kind = Literal::Number;
        out->text = m_text.mid(start, m_pos - start);
        return true;
    }

    bool readCondition(Condition *out)
    {
        out->property = name(true);
        if (out->property.isEmpty())
            return false;
        if (take(QStringLiteral(" IN ("))) {
            out->op = QStringLiteral("IN");
            do {
                Literal value;
                if (!literal(&value))
                    return false;
                out->values.append(value);
            } while (take(QStringLiteral(", ")));
            return take(QStringLiteral(")"));
        }
        if (take(QStringLiteral(" LIKE "))) {
            out->op = QStringLiteral("LIKE");
            Literal value;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('\'') || !literal(&value))
                return false;
            out->values.append(value);
            return true;
        }
        if (!take(QStringLiteral(" ")))
            return false;
        for (const char *op : {"<=", ">=", "=", "<", ">"}) {
            if (take(QLatin1String(op) + QLatin1Char(' '))) {
                out->op = QLatin1String(op);
                Literal value;
                if (!literal(&value))
                    return false;
                out->values.append(value);
                return true;
            }
        }
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

QString describe(const Model &model)
{
    QStringList conditions;
    for (const Condition &c : model.conditions) {
        QStringList values;
        for (const Literal &l : c.values)
            values.append(QStringLiteral("%1:%2").arg(int(l.kind)).arg(shown(l.text)));
        conditions.append(c.property + QLatin1Char(' ') + c.op + QStringLiteral(" [") +
                          values.join(QStringLiteral(", ")) + QLatin1Char(']'));
    }
    return QStringLiteral("%1 %2 WHERE %3 ORDERBY %4 START %5 MAX %6")
        .arg(model.count ? QStringLiteral("COUNT") : QStringLiteral("*"), model.entity,
             conditions.join(QStringLiteral(" AND ")), model.orderBy)
        .arg(model.startPosition)
        .arg(model.maxResults);
}

bool sameLiterals(const QVector<Literal> &a, const QVector<Literal> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).text != b.at(i).text)
            return false;
    }
    return true;
}

bool sameModel(const Model &a, const Model &b)
{
    if (a.entity != b.entity || a.count != b.count || a.orderBy != b.orderBy ||
        a.startPosition != b.startPosition || a.maxResults != b.maxResults ||
        a.conditions.size() != b.conditions.size())
        return false;
    for (qsizetype i = 0; i < a.conditions.size(); ++i) {
        const Condition &x = a.conditions.at(i);
        const Condition &y = b.conditions.at(i);
        if (x.property != y.property || x.op != y.op || !sameLiterals(x.values, y.values))
            return false;
    }
    return true;
}

// The sandbox's parser (an independent peer, app/sandbox/qbo/qboquery.h) must read the same.
void checkWithSandbox(const QString &statement, const Model &model)
{
    const auto parsed = sandbox::qboParseQuery(statement);
    check(std::holds_alternative<sandbox::QboQuery>(parsed), Target, [&] {
        return QStringLiteral("the sandbox's QBO parser refuses \"%1\": %2")
            .arg(shown(statement), shown(std::get<sandbox::QboFault>(parsed).detail));
    });
    const sandbox::QboQuery &query = std::get<sandbox::QboQuery>(parsed);
    bool same = query.entity == model.entity && query.count == model.count &&
                query.where.size() == model.conditions.size();
    for (qsizetype i = 0; same && i < model.conditions.size(); ++i) {
        const Condition &expected = model.conditions.at(i);
        const sandbox::QboQueryCondition &actual = query.where.at(i);
        static const QHash<QString, sandbox::QboQueryCondition::Op> ops = {
            {QStringLiteral("="), sandbox::QboQueryCondition::Eq},
            {QStringLiteral("<"), sandbox::QboQueryCondition::Lt},
            {QStringLiteral(">"), sandbox::QboQueryCondition::Gt},
            {QStringLiteral("<="), sandbox::QboQueryCondition::Le},
            {QStringLiteral(">="), sandbox::QboQueryCondition::Ge},
            {QStringLiteral("IN"), sandbox::QboQueryCondition::In},
            {QStringLiteral("LIKE"), sandbox::QboQueryCondition::Like},
        };
        same = actual.property == expected.property && actual.op == ops.value(expected.op) &&
               actual.values.size() == expected.values.size();
        for (qsizetype v = 0; same && v < expected.values.size(); ++v) {
            const Literal &want = expected.values.at(v);
            const sandbox::QboQueryLiteral &got = actual.values.at(v);
            switch (want.kind) {
            case Literal::Text:
                same = got.kind == sandbox::QboQueryLiteral::String && got.text == want.text;
                break;
            case Literal::Number:
                same = got.kind == sandbox::QboQueryLiteral::Number && got.text == want.text;
                break;
            case Literal::Boolean:
                same = got.kind == sandbox::QboQueryLiteral::Boolean &&
                       got.boolean == (want.text == QLatin1String("true"));
                break;
            }
        }
    }
    check(same, Target, [&] {
        return QStringLiteral("the sandbox reads \"%1\" otherwise than built: %2")
            .arg(shown(statement), describe(model));
    });
}

void checkQuote(const QString &text)
{
    const QString quoted = QboQuery::quote(text);
    QString back;
    qsizetype pos = 1;
    bool closed = false;
    bool ok = quoted.startsWith(QLatin1Char('\''));
    while (ok && pos < quoted.size()) {
        const QChar c = quoted.at(pos++);
        if (c == QLatin1Char('\\')) {
            ok = pos < quoted.size();
            if (ok)
                back.append(quoted.at(pos++));
        } else if (c == QLatin1Char('\'')) {
            closed = true;
            break;
        } else {
            back.append(c);
        }
    }
    check(ok && closed && pos == quoted.size() && back == text, Target, [&] {
        return QStringLiteral("quote(\"%1\") = \"%2\" does not read back as one literal")
            .arg(shown(text), shown(quoted));
    });
}

void checkEncoded(const QboQuery &query)
{
    const QString statement = query.statement();
    const QByteArray utf8 = statement.toUtf8();
    if (QString::fromUtf8(utf8) != statement)
        return; // unpaired surrogates: UTF-8 cannot carry them, QString replaces them
    const QByteArray encoded = query.encoded();
    for (const char c : encoded) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~' || c == '%';
        check(unreserved, Target, [&] {
            return QStringLiteral("encoded() left '%1' unencoded in \"%2\"")
                .arg(QString(QLatin1Char(c)), shown(QString::fromLatin1(encoded)));
        });
    }
    check(QByteArray::fromPercentEncoding(encoded) == utf8, Target, [&] {
        return QStringLiteral("encoded() does not decode to the statement \"%1\"")
            .arg(shown(statement));
    });
}

// Text and money in a request body (QboJson::serialize) read back as written.
void checkSerialize(const QString &text, const std::optional<Decimal> &amount)
{
    QJsonObject body{{QStringLiteral("DisplayName"), text},
                     {QStringLiteral("Notes"), QJsonObject{{QStringLiteral("Text"), text}}}};
    if (amount)
        body.insert(QStringLiteral("Amount"), QboJson::money(*amount));
    const QByteArray bytes = QboJson::serialize(body);
    if (amount) {
        const QByteArray expected = "\"Amount\":" + amount->toFixed(2).toUtf8();
        check(bytes.contains(expected), Target, [&] {
            return QStringLiteral("QboJson::serialize wrote %1 without %2")
                .arg(shown(QString::fromUtf8(bytes)), QString::fromUtf8(expected));
        });
        // JSON numbers have no limit, but Qt's reader (like most) stops at a double's range;
        // amounts QuickBooks takes have at most 15 digits, so only those are read back here.
        if (amount->abs() >= *Decimal::parse(QStringLiteral("1e15")))
            return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    check(document.isObject(), Target, [&] {
        return QStringLiteral("QboJson::serialize wrote JSON that does not parse: %1")
            .arg(shown(QString::fromUtf8(bytes)));
    });
    const QJsonObject back = document.object();
    if (QString::fromUtf8(text.toUtf8()) == text) {
        check(back.value(QStringLiteral("DisplayName")).toString() == text &&
                  back.value(QStringLiteral("Notes")).toObject().value(QStringLiteral("Text")) ==
                      QJsonValue(text),
              Target, [&] {
                  return QStringLiteral("QboJson::serialize changed the text \"%1\"")
                      .arg(shown(text));
              });
    }
}

} // namespace

int fuzzQboQuery(const uint8_t *data, size_t size)
{
    Reader in(data, size);
    const uint8_t flags = in.byte();
    const bool utf16 = flags & 0x01;
    Model model;
    model.count = flags & 0x02;
    if (flags & 0x04) {
        model.entity = in.string(utf16);
        model.onlyKnownNames = false;
    } else {
        model.entity = QLatin1String(Entities[in.byte() % std::size(Entities)]);
    }
    if (!isName(model.entity, false))
        model.valid = false;
    QboQuery query = model.count ? QboQuery::count(model.entity) : QboQuery::select(model.entity);
    QStringList texts; // every text that went into a literal

    const auto property = [&]() {
        const uint8_t choice = in.byte();
        if (choice < 0xC0)
            return QString::fromLatin1(Properties[choice % std::size(Properties)]);
        model.onlyKnownNames = false;
        return in.string(utf16);
    };
    const auto comparison = [&]() {
        const uint8_t choice = in.byte();
        if (choice < 0xF0)
            return QString::fromLatin1(Operators[choice % std::size(Operators)]);
        return in.string(utf16);
    };
    // A condition the model expects when its names are right; otherwise the query is invalid.
    const auto expect = [&](const QString &name, const QString &op, QVector<Literal> values) {
        const bool comparisonOp =
            op == QLatin1String("IN") || op == QLatin1String("LIKE") ||
            std::find(std::begin(Operators), std::end(Operators), op) != std::end(Operators);
        if (!isName(name, true) || !comparisonOp) {
            model.valid = false;
            return;
        }
        model.conditions.append(Condition{name, op, std::move(values)});
    };

    for (int operation = 0; operation < MaxOperations && !in.atEnd(); ++operation) {
        switch (in.byte() % 11) {
        case 0: { // text
            const QString name = property();
            const QString op = comparison();
            const QString value = in.string(utf16);
            texts.append(value);
            query.where(name, op, value);
            expect(name, op, {Literal{Literal::Text, value}});
            break;
        }
        case 1: { // IN list
            const QString name = property();
            QStringList values;
            QVector<Literal> literals;
            for (int n = in.byte() % 5; n > 0; --n) {
                values.append(in.string(utf16));
                literals.append(Literal{Literal::Text, values.last()});
            }
            texts += values;
            query.whereIn(name, values);
            if (values.isEmpty() && isName(name, true))
                model.valid = false;
            else
                expect(name, QStringLiteral("IN"), literals);
            break;
        }
        case 2: { // LIKE
            const QString name = property();
            const QString pattern = in.string(utf16);
            texts.append(pattern);
            query.like(name, pattern);
            expect(name, QStringLiteral("LIKE"), {Literal{Literal::Text, pattern}});
            break;
        }
        case 3: { // number
            const QString name = property();
            const QString op = comparison();
            const auto number = Decimal::parse(in.string(false));
            if (!number)
                break;
            query.where(name, op, *number);
            expect(name, op, {Literal{Literal::Number, number->toString()}});
            break;
        }
        case 4: { // business date
            const QString name = property();
            const QString op = comparison();
            const QDate date = QDate::fromJulianDay(in.integer());
            query.where(name, op, date);
            if (!date.isValid() && isName(name, true))
                model.valid = false;
            else
                expect(name, op,
                       {Literal{Literal::Text, date.toString(QStringLiteral("yyyy-MM-dd"))}});
            break;
        }
        case 5: { // MetaData time
            const QString name = property();
            const QString op = comparison();
            // Years 1 to 9999 either side of the epoch: what QBO's MetaData times can be.
            constexpr qint64 Span = Q_INT64_C(253402300800000);
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(in.integer64() % Span, Qt::UTC);
            query.where(name, op, time);
            if (!time.isValid() && isName(name, true))
                model.valid = false;
            else
                expect(name, op, {Literal{Literal::Text, QboJson::dateTimeText(time)}});
            break;
        }
        case 6:
            query.includeInactive();
            model.conditions.append(
                Condition{QStringLiteral("Active"),
                          QStringLiteral("IN"),
                          {Literal{Literal::Boolean, QStringLiteral("true")},
                           Literal{Literal::Boolean, QStringLiteral("false")}}});
            break;
        case 7: { // ORDERBY
            const QString name = property();
            const bool descending = in.byte() & 1;
            query.orderBy(name,
                          descending ? QboQuery::Order::Descending : QboQuery::Order::Ascending);
            if (!isName(name, true) || model.count)
                model.valid = false;
            else
                model.orderBy =
                    name + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
            break;
        }
        case 8: { // STARTPOSITION
            const int position = in.integer() % 100000;
            query.startPosition(position);
            if (position < 1)
                model.valid = false;
            else
                model.startPosition = position;
            break;
        }
        case 9: { // MAXRESULTS
            const int count = in.integer() % 2000;
            query.maxResults(count);
            if (count < 1 || count > QboQuery::MaxPageSize)
                model.valid = false;
            else
                model.maxResults = count;
            break;
        }
        case 10: { // yes/no
            const QString name = property();
            const QString op = comparison();
            const bool value = in.byte() & 1;
            query.where(name, op, value);
            expect(name, op,
                   {Literal{Literal::Boolean,
                            value ? QStringLiteral("true") : QStringLiteral("false")}});
            break;
        }
        }
    }

    for (const QString &text : std::as_const(texts))
        checkQuote(text);
    for (const QString &text : std::as_const(texts).mid(0, 4))
        checkSerialize(text, Decimal::parse(text));

    check(query.isValid() == model.valid, Target, [&] {
        return QStringLiteral("the query is %1 but the rules say %2 (error: %3)")
            .arg(query.isValid() ? QStringLiteral("valid") : QStringLiteral("invalid"),
                 model.valid ? QStringLiteral("valid") : QStringLiteral("invalid"),
                 shown(query.error()));
    });
    if (!query.isValid()) {
        check(!query.error().trimmed().isEmpty(), Target,
              [&] { return QStringLiteral("an invalid query that does not say why"); });
        return 0;
    }

    const QString statement = query.statement();
    const std::optional<Model> read = StatementReader(statement).read();
    check(read.has_value(), Target, [&] {
        return QStringLiteral("the statement does not read back: \"%1\"").arg(shown(statement));
    });
    check(sameModel(*read, model), Target, [&] {
        return QStringLiteral("the statement \"%1\" says %2, but %3 was built")
            .arg(shown(statement), describe(*read), describe(model));
    });
    if (model.onlyKnownNames)
        checkWithSandbox(statement, model);
    checkEncoded(query);
    return 0;
}

} // namespace bookflow::fuzz
