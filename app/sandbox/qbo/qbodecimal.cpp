#include "app/sandbox/qbo/qbodecimal.h"

#include <QLocale>

#include <cmath>

#include <limits>

namespace bookflow::sandbox {

namespace {

constexpr int MaxScale = 36;

__int128 pow10(int n)
{
    __int128 result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

// |units| ≤ 10^36 keeps every sum of two aligned operands inside 128 bits.
bool inRange(__int128 units)
{
    static const __int128 limit = pow10(36);
    return units <= limit && units >= -limit;
}

bool mulChecked(__int128 a, __int128 b, __int128 *out)
{
    return !__builtin_mul_overflow(a, b, out) && inRange(*out);
}

// Drops trailing zeros of the fraction so that equal values have one representation.
void normalize(__int128 *units, int *scale)
{
    while (*scale > 0 && *units % 10 == 0) {
        *units /= 10;
        --*scale;
    }
}

} // namespace

QboDecimal QboDecimal::invalid()
{
    QboDecimal d;
    d.m_valid = false;
    return d;
}

QboDecimal QboDecimal::fromInt(qint64 value)
{
    QboDecimal d;
    d.m_units = value;
    return d;
}

std::optional<QboDecimal> QboDecimal::fromText(QStringView text)
{
    int i = 0;
    const int n = int(text.size());
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    __int128 units = 0;
    int digits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (inFraction)
                return std::nullopt;
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            break;
        if (!mulChecked(units, 10, &units))
            return std::nullopt;
        units += c.unicode() - u'0';
        ++digits;
        if (inFraction)
            ++fractionDigits;
    }
    if (digits == 0)
        return std::nullopt;
    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        int expDigits = 0;
        for (; i < n && text[i] >= u'0' && text[i] <= u'9'; ++i) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > 1000)
                return std::nullopt;
            ++expDigits;
        }
        if (expDigits == 0)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    int scale = fractionDigits - exponent;
    normalize(&units, &scale);
    if (scale < 0) {
        if (units != 0 && !mulChecked(units, pow10(-scale), &units))
            return std::nullopt;
        scale = 0;
    }
    if (scale > MaxScale)
        return std::nullopt;
    QboDecimal d;
    d.m_units = negative ? -units : units;
    d.m_scale = units == 0 ? 0 : scale;
    return d;
}

std::optional<QboDecimal> QboDecimal::fromText(const QByteArray &text)
{
    return fromText(QStringView(QString::fromLatin1(text)));
}

std::optional<QboDecimal> QboDecimal::fromJson(const QJsonValue &value, const QByteArray *literal)
{
    if (literal && !literal->isEmpty())
        return fromText(*literal);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        return fromText(QString::number(d, 'g', QLocale::FloatingPointShortest));
    }
    if (value.isString())
        return fromText(QStringView(value.toString()));
    return std::nullopt;
}

bool QboDecimal::isInteger() const
{
    return m_valid && m_scale == 0;
}

bool QboDecimal::align(const QboDecimal &a, const QboDecimal &b, __int128 *ua, __int128 *ub,
                       int *scale)
{
    *scale = std::max(a.m_scale, b.m_scale);
    *ua = a.m_units;
    *ub = b.m_units;
    if (a.m_scale < *scale && !mulChecked(*ua, pow10(*scale - a.m_scale), ua))
        return false;
    if (b.m_scale < *scale && !mulChecked(*ub, pow10(*scale - b.m_scale), ub))
        return false;
    return true;
}

QboDecimal QboDecimal::operator+(const QboDecimal &other) const
{
    if (!m_valid || !other.m_valid)
        return invalid();
    __int128 a, b;
    int scale;
    if (!align(*this, other, &a, &b, &scale))
        return invalid();
    QboDecimal d;
    d.m_units = a + b; // both within 10^36: cannot overflow 128 bits
    if (!inRange(d.m_units))
        return invalid();
    d.m_scale = scale;
    normalize(&d.m_units, &d.m_scale);
    return d;
}

QboDecimal QboDecimal::operator-() const
{
    if (!m_valid)
        return invalid();
    QboDecimal d = *this;
    d.m_units = -d.m_units;
    return d;
}

QboDecimal QboDecimal::operator-(const QboDecimal &other) const
{
    return *this + (-other);
}

QboDecimal QboDecimal::operator*(const QboDecimal &other) const
{
    if (!m_valid || !other.m_valid)
        return invalid();
    QboDecimal d;
    if (!mulChecked(m_units, other.m_units, &d.m_units))
        return invalid();
    d.m_scale = m_scale + other.m_scale;
    normalize(&d.m_units, &d.m_scale);
    if (d.m_scale > MaxScale)
        return invalid();
    return d;
}

QboDecimal QboDecimal::rounded(int places) const
{
    if (!m_valid || m_scale <= places)
        return *this;
    const __int128 divisor = pow10(m_scale - places);
    __int128 quotient = m_units / divisor;
    const __int128 remainder = m_units % divisor;
    const __int128 absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder * 2 >= divisor)
        quotient += m_units < 0 ? -1 : 1;
    QboDecimal d;
    d.m_units = quotient;
    d.m_scale = places;
    normalize(&d.m_units, &d.m_scale);
    return d;
}

int QboDecimal::compare(const QboDecimal &other) const
{
    if (!m_valid || !other.m_valid)
        return m_valid == other.m_valid ? 0 : (m_valid ? 1 : -1);
    __int128 a, b;
    int scale;
    if (!align(*this, other, &a, &b, &scale)) {
        // Only values near the range limit get here; their integer parts decide.
        const __int128 ia = m_units / pow10(m_scale);
        const __int128 ib = other.m_units / pow10(other.m_scale);
        return ia < ib ? -1 : (ia > ib ? 1 : 0);
    }
    return a < b ? -1 : (a > b ? 1 : 0);
}

QString QboDecimal::toString() const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    __int128 units = m_units < 0 ? -m_units : m_units;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(units % 10)));
        units /= 10;
    } while (units != 0);
    if (m_scale > 0) {
        while (digits.size() <= m_scale)
            digits.prepend(u'0');
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_units < 0)
        digits.prepend(u'-');
    return digits;
}

QString QboDecimal::toFixed(int places) const
{
    const QboDecimal r = rounded(places);
    QString text = r.toString();
    if (places <= 0)
        return text;
    int dot = int(text.indexOf(u'.'));
    if (dot < 0) {
        text += u'.';
        dot = int(text.size()) - 1;
    }
    while (text.size() - dot - 1 < places)
        text += u'0';
    return text;
}

QJsonValue QboDecimal::toJson() const
{
    return QJsonValue(toString().toDouble());
}

qint64 QboDecimal::toInt64() const
{
    if (!m_valid)
        return 0;
    const __int128 whole = m_units / pow10(m_scale);
    if (whole > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (whole < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return qint64(whole);
}

} // namespace bookflow::sandbox
