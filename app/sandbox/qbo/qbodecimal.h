#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace bookflow::sandbox {

// An exact decimal number for the QuickBooks peer's money and quantities: a 128-bit integer
// mantissa and a decimal scale (value = units / 10^scale). Money is never computed in double:
// QBO checks Amount = Qty × UnitPrice to the cent (6070, qbo-api.md §7 and §10 item 7), and
// 3 × 0.1 or 0.1 + 0.2 must come out exact.
//
// Arithmetic never wraps: an operation that would overflow yields an invalid value, which every
// further operation propagates and callers turn into a validation fault.
class QboDecimal
{
public:
    QboDecimal() = default; // zero

    static QboDecimal fromInt(qint64 value);
    // Decimal text: optional sign, digits with an optional fraction, optional exponent
    // ("12", "-0.30", "1.005", "1e3", "2.5E-1"). Leading/trailing spaces are not allowed.
    static std::optional<QboDecimal> fromText(QStringView text);
    static std::optional<QboDecimal> fromText(const QByteArray &text);
    // A JSON value: the literal text when the caller has it (see QboNumbers), otherwise a
    // JSON number (through its shortest round-trip text, exact for every value this peer
    // wrote itself and for any literal of up to 15 significant digits) or a numeric string
    // (QBO accepts "DueDays": "120", qbo-verified.md §2).
    static std::optional<QboDecimal> fromJson(const QJsonValue &value,
                                              const QByteArray *literal = nullptr);

    bool isValid() const { return m_valid; }
    bool isZero() const { return m_valid && m_units == 0; }
    bool isNegative() const { return m_valid && m_units < 0; }
    bool isInteger() const;
    int scale() const { return m_scale; }

    QboDecimal operator+(const QboDecimal &other) const;
    QboDecimal operator-(const QboDecimal &other) const;
    QboDecimal operator*(const QboDecimal &other) const;
    QboDecimal operator-() const;
    QboDecimal &operator+=(const QboDecimal &other) { return *this = *this + other; }
    QboDecimal &operator-=(const QboDecimal &other) { return *this = *this - other; }

    // Rounded to `places` decimals, halves away from zero (1.005 → 1.01, -1.005 → -1.01): the
    // rule for cents on sales forms. Never increases the scale.
    QboDecimal rounded(int places) const;

    // -1, 0 or 1; both operands must be valid (an invalid one compares as less).
    int compare(const QboDecimal &other) const;
    bool operator==(const QboDecimal &other) const { return compare(other) == 0; }
    bool operator!=(const QboDecimal &other) const { return compare(other) != 0; }
    bool operator<(const QboDecimal &other) const { return compare(other) < 0; }
    bool operator>(const QboDecimal &other) const { return compare(other) > 0; }
    bool operator<=(const QboDecimal &other) const { return compare(other) <= 0; }
    bool operator>=(const QboDecimal &other) const { return compare(other) >= 0; }

    // Plain text without exponent or trailing fraction zeros: "0.3", "100", "-1.05".
    QString toString() const;
    // Text with exactly `places` decimals ("0.30"); the value must have at most that scale.
    QString toFixed(int places) const;
    // A JSON number. The double is the nearest one to the decimal, and Qt writes doubles with
    // their shortest round-trip text, so any value of up to 15 significant digits (every amount
    // rounded to cents below 10^13) reaches the wire exactly as toString() spells it.
    QJsonValue toJson() const;
    qint64 toInt64() const; // truncates the fraction; for counts and day numbers

private:
    static QboDecimal invalid();
    // Both operands brought to the larger scale; false on overflow.
    static bool align(const QboDecimal &a, const QboDecimal &b, __int128 *ua, __int128 *ub,
                      int *scale);

    __int128 m_units = 0;
    int m_scale = 0;
    bool m_valid = true;
};

} // namespace bookflow::sandbox
