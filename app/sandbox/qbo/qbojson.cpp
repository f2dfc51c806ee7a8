#include "app/sandbox/qbo/qbojson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace bookflow::sandbox {

namespace {

// JSON Pointer escaping (RFC 6901): "~" → "~0", "/" → "~1".
QString pointerToken(QString key)
{
    key.replace(u'~', QStringLiteral("~0"));
    key.replace(u'/', QStringLiteral("~1"));
    return key;
}

class Parser
{
public:
    Parser(const QByteArray &text, QHash<QString, QByteArray> *numbers)
        : m_text(text), m_numbers(numbers)
    {
    }

    bool parseDocument(QJsonValue *out)
    {
        skipSpace();
        if (!parseValue(out, QString(), 0))
            return false;
        skipSpace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the JSON value");
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const char *reason)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at offset %2").arg(QLatin1String(reason)).arg(m_pos);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_text.mid(m_pos, n) != QByteArray(word))
            return fail("invalid literal");
        m_pos += n;
        return true;
    }

    bool parseValue(QJsonValue *out, const QString &pointer, int depth)
    {
        if (depth > 200)
            return fail("nesting too deep");
        if (m_pos >= m_text.size())
            return fail("unexpected end of input");
        const char c = m_text[m_pos];
        switch (c) {
        case '{':
            return parseObject(out, pointer, depth);
        case '[':
            return parseArray(out, pointer, depth);
        case '"': {
            QString s;
            if (!parseString(&s))
                return false;
            *out = s;
            return true;
        }
        case 't':
            *out = true;
            return literal("true");
        case 'f':
            *out = false;
            return literal("false");
        case 'n':
            *out = QJsonValue::Null;
            return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out, pointer);
            return fail("unexpected character");
        }
    }

    bool parseObject(QJsonValue *out, const QString &pointer, int depth)
    {
        ++m_pos; // '{'
        QJsonObject object;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            *out = object;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name");
            QString key;
            if (!parseString(&key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            QJsonValue value;
            if (!parseValue(&value, pointer + u'/' + pointerToken(key), depth + 1))
                return false;
            object.insert(key, value);
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unexpected end of input in an object");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == '}') {
                ++m_pos;
                *out = object;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool parseArray(QJsonValue *out, const QString &pointer, int depth)
    {
        ++m_pos; // '['
        QJsonArray array;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            *out = array;
            return true;
        }
        for (;;) {
            skipSpace();
            QJsonValue value;
            if (!parseValue(&value, pointer + u'/' + QString::number(array.size()), depth + 1))
                return false;
            array.append(value);
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unexpected end of input in an array");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == ']') {
                ++m_pos;
                *out = array;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool hex4(uint *out)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        bool ok = false;
        *out = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail("invalid \\u escape");
        m_pos += 4;
        return true;
    }

    bool parseString(QString *out)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        for (;;) {
            if (m_pos >= m_text.size())
                return fail("unterminated string");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                *out = QString::fromUtf8(utf8);
                return true;
            }
            if (uchar(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                utf8 += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                return fail("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                utf8 += '"';
                break;
            case '\\':
                utf8 += '\\';
                break;
            case '/':
                utf8 += '/';
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                uint code = 0;
                if (!hex4(&code))
                    return false;
                char32_t full = code;
                if (code >= 0xD800 && code <= 0xDBFF) {
                    uint low = 0;
                    if (m_pos + 1 < m_text.size() && m_text[m_pos] == '\\' &&
                        m_text[m_pos + 1] == 'u') {
                        m_pos += 2;
                        if (!hex4(&low))
                            return false;
                    }
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail("unpaired surrogate in a \\u escape");
                    full = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    return fail("unpaired surrogate in a \\u escape");
                }
                utf8 += QString::fromUcs4(&full, 1).toUtf8();
                break;
            }
            default:
                return fail("invalid escape");
            }
        }
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool parseNumber(QJsonValue *out, const QString &pointer)
    {
        const qsizetype start = m_pos;
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0') {
            ++m_pos;
        } else if (!digits()) {
            return fail("invalid number");
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail("invalid number");
        }
        const QByteArray literalText = m_text.mid(start, m_pos - start);
        bool ok = false;
        const double d = literalText.toDouble(&ok);
        if (!ok)
            return fail("number out of range");
        *out = d;
        m_numbers->insert(pointer, literalText);
        return true;
    }

    const QByteArray &m_text;
    QHash<QString, QByteArray> *m_numbers;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

std::optional<QboJsonText> qboParseJson(const QByteArray &text, QString *error)
{
    // The payload must be UTF-8 (QBO answers other encodings with a fault, qbo-api.md §7 "500").
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    Q_UNUSED(decoded);
    if (decoder.hasError()) {
        if (error)
            *error = QStringLiteral("the body is not valid UTF-8");
        return std::nullopt;
    }
    auto numbers = std::make_shared<QHash<QString, QByteArray>>();
    Parser parser(text, numbers.get());
    QJsonValue value;
    if (!parser.parseDocument(&value)) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    QboJsonText result;
    result.value = value;
    result.numbers = std::move(numbers);
    return result;
}

QboNumbers QboNumbers::operator[](const QString &key) const
{
    if (!m_numbers)
        return {};
    return QboNumbers(m_numbers, m_pointer + u'/' + pointerToken(key));
}

QboNumbers QboNumbers::operator[](qsizetype index) const
{
    if (!m_numbers)
        return {};
    return QboNumbers(m_numbers, m_pointer + u'/' + QString::number(index));
}

const QByteArray *QboNumbers::literal() const
{
    if (!m_numbers)
        return nullptr;
    const auto it = m_numbers->constFind(m_pointer);
    return it == m_numbers->constEnd() ? nullptr : &it.value();
}

std::optional<QboDecimal> QboNumbers::decimal(const QJsonValue &value) const
{
    // The literal only describes a number; a string or an object at the same place was replaced.
    return QboDecimal::fromJson(value, value.isDouble() ? literal() : nullptr);
}

} // namespace bookflow::sandbox
