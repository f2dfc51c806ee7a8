#include "core/util/decimal.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <vector>

namespace bookflow {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

Decimal::Decimal(bool negative, std::string digits, int exponent)
    : m_negative(negative), m_digits(std::move(digits)), m_exponent(exponent)
{
    normalize();
}

void Decimal::normalize()
{
    const auto first = m_digits.find_first_not_of('0');
    if (first == std::string::npos) {
        m_digits.clear();
        m_exponent = 0;
        m_negative = false;
        return;
    }
    m_digits.erase(0, first);
    const auto last = m_digits.find_last_not_of('0');
    const auto trailingZeros = m_digits.size() - 1 - last;
    m_digits.erase(last + 1);
    m_exponent += int(trailingZeros);
}

Decimal Decimal::fromInteger(qint64 value)
{
    // Through the unsigned magnitude so that the most negative value has one too.
    const quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    return Decimal(value < 0, std::to_string(magnitude), 0);
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype n = text.size();
    qsizetype i = 0;

    bool negative = false;
    if (i < n && (text[i] == u'+' || text[i] == u'-')) {
        negative = text[i] == u'-';
        ++i;
    }

    std::string digits;
    qint64 fractionDigits = 0;
    bool seenDigit = false;
    bool seenPoint = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            seenDigit = true;
            if (seenPoint)
                ++fractionDigits;
            if (!digits.empty() || c != u'0') // leading zeros carry no value
                digits.push_back(char(c.unicode()));
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    if (!seenDigit)
        return std::nullopt;

    qint64 exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool exponentNegative = false;
        if (i < n && (text[i] == u'+' || text[i] == u'-')) {
            exponentNegative = text[i] == u'-';
            ++i;
        }
        bool seenExponentDigit = false;
        for (; i < n && isAsciiDigit(text[i]); ++i) {
            seenExponentDigit = true;
            // Stop accumulating once past the bound: no overflow however many digits follow.
            if (exponent <= MaxExponent)
                exponent = exponent * 10 + (text[i].unicode() - u'0');
        }
        if (!seenExponentDigit || exponent > MaxExponent)
            return std::nullopt;
        if (exponentNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    // Only a string of hundreds of millions of fraction digits gets here; refuse it rather than
    // let later arithmetic on the exponent overflow.
    const qint64 finalExponent = exponent - fractionDigits;
    if (finalExponent < INT_MIN / 4)
        return std::nullopt;
    return Decimal(negative, std::move(digits), int(finalExponent));
}

int Decimal::digitAt(int position) const
{
    const qint64 offset = qint64(position) - m_exponent;
    const auto size = qint64(m_digits.size());
    if (offset < 0 || offset >= size)
        return 0;
    return m_digits[std::size_t(size - 1 - offset)] - '0';
}

int Decimal::compareMagnitude(const Decimal &a, const Decimal &b)
{
    if (a.isZero() || b.isZero())
        return int(!a.isZero()) - int(!b.isZero());
    // Normalized digits have a non-zero leading digit, so the top position decides first.
    const int topA = a.topPosition();
    const int topB = b.topPosition();
    if (topA != topB)
        return topA < topB ? -1 : 1;
    const std::size_t common = std::min(a.m_digits.size(), b.m_digits.size());
    const int byDigits = std::memcmp(a.m_digits.data(), b.m_digits.data(), common);
    if (byDigits != 0)
        return byDigits < 0 ? -1 : 1;
    // Same prefix: the longer one has more (non-zero, by the invariant) digits below it.
    if (a.m_digits.size() == b.m_digits.size())
        return 0;
    return a.m_digits.size() < b.m_digits.size() ? -1 : 1;
}

int Decimal::compare(const Decimal &other) const
{
    if (m_negative != other.m_negative)
        return m_negative ? -1 : 1;
    const int magnitude = compareMagnitude(*this, other);
    return m_negative ? -magnitude : magnitude;
}

Decimal Decimal::addMagnitudes(const Decimal &a, const Decimal &b)
{
    if (a.isZero())
        return b.abs();
    if (b.isZero())
        return a.abs();
    const int low = std::min(a.m_exponent, b.m_exponent);
    const int top = std::max(a.topPosition(), b.topPosition());
    std::string reversed;
    reversed.reserve(std::size_t(top - low) + 1);
    int carry = 0;
    for (int position = low; position < top; ++position) {
        const int sum = a.digitAt(position) + b.digitAt(position) + carry;
        reversed.push_back(char('0' + sum % 10));
        carry = sum / 10;
    }
    if (carry)
        reversed.push_back('1');
    std::reverse(reversed.begin(), reversed.end());
    return Decimal(false, std::move(reversed), low);
}

Decimal Decimal::subtractMagnitudes(const Decimal &larger, const Decimal &smaller)
{
    if (smaller.isZero())
        return larger.abs();
    const int low = std::min(larger.m_exponent, smaller.m_exponent);
    const int top = larger.topPosition();
    std::string reversed;
    reversed.reserve(std::size_t(top - low));
    int borrow = 0;
    for (int position = low; position < top; ++position) {
        int difference = larger.digitAt(position) - smaller.digitAt(position) - borrow;
        borrow = difference < 0 ? 1 : 0;
        if (difference < 0)
            difference += 10;
        reversed.push_back(char('0' + difference));
    }
    std::reverse(reversed.begin(), reversed.end());
    return Decimal(false, std::move(reversed), low);
}

Decimal Decimal::negated() const
{
    Decimal result = *this;
    result.m_negative = !isZero() && !m_negative;
    return result;
}

Decimal Decimal::abs() const
{
    Decimal result = *this;
    result.m_negative = false;
    return result;
}

Decimal Decimal::added(const Decimal &other) const
{
    if (m_negative == other.m_negative) {
        Decimal sum = addMagnitudes(*this, other);
        sum.m_negative = m_negative && !sum.isZero();
        return sum;
    }
    const int order = compareMagnitude(*this, other);
    if (order == 0)
        return {};
    Decimal difference =
        order > 0 ? subtractMagnitudes(*this, other) : subtractMagnitudes(other, *this);
    difference.m_negative = (order > 0 ? m_negative : other.m_negative) && !difference.isZero();
    return difference;
}

Decimal Decimal::subtracted(const Decimal &other) const
{
    return added(other.negated());
}

Decimal Decimal::multiplied(const Decimal &other) const
{
    if (isZero() || other.isZero())
        return {};
    const std::size_t sizeA = m_digits.size();
    const std::size_t sizeB = other.m_digits.size();
    // Column sums, least significant first; 64 bits hold 81 × any realistic digit count.
    std::vector<quint64> columns(sizeA + sizeB, 0);
    for (std::size_t i = 0; i < sizeA; ++i) {
        const quint64 digitA = quint64(m_digits[sizeA - 1 - i] - '0');
        if (digitA == 0)
            continue;
        for (std::size_t j = 0; j < sizeB; ++j)
            columns[i + j] += digitA * quint64(other.m_digits[sizeB - 1 - j] - '0');
    }
    std::string digits(columns.size(), '0');
    quint64 carry = 0;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const quint64 value = columns[k] + carry;
        digits[columns.size() - 1 - k] = char('0' + value % 10);
        carry = value / 10;
    }
    return Decimal(m_negative != other.m_negative, std::move(digits),
                   m_exponent + other.m_exponent);
}

Decimal Decimal::rounded(int decimals) const
{
    const int cut = -decimals; // keep the digits at positions >= cut
    if (isZero() || m_exponent >= cut)
        return *this;
    // Half away from zero: round the magnitude up when the first dropped digit is 5 or more,
    // whatever follows it, and keep the sign.
    const bool up = digitAt(cut - 1) >= 5;
    const int keep = topPosition() - cut;
    Decimal result;
    if (keep > 0)
        result = Decimal(false, m_digits.substr(0, std::size_t(keep)), cut);
    if (up)
        result = addMagnitudes(result, Decimal(false, "1", cut));
    result.m_negative = m_negative && !result.isZero();
    return result;
}

QString Decimal::toString() const
{
    if (isZero())
        return QStringLiteral("0");
    std::string text;
    if (m_negative)
        text.push_back('-');
    if (m_exponent >= 0) {
        text += m_digits;
        text.append(std::size_t(m_exponent), '0');
    } else {
        const int integerDigits = topPosition();
        if (integerDigits > 0) {
            text.append(m_digits, 0, std::size_t(integerDigits));
            text.push_back('.');
            text.append(m_digits, std::size_t(integerDigits), std::string::npos);
        } else {
            text += "0.";
            text.append(std::size_t(-integerDigits), '0');
            text += m_digits;
        }
    }
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString Decimal::toFixed(int decimals) const
{
    QString text = rounded(decimals).toString();
    if (decimals <= 0)
        return text;
    const int places = decimals;
    qsizetype point = text.indexOf(u'.');
    if (point < 0) {
        text.append(u'.');
        point = text.size() - 1;
    }
    const qsizetype have = text.size() - point - 1;
    text.append(QString(places - have, u'0'));
    return text;
}

} // namespace bookflow
