#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string>

namespace bookflow {

// An exact decimal number: sign × digits × 10^exponent, never a double (KMyMoney's lesson:
// money and filter thresholds must compare exactly, "0.1" + "0.2" is "0.3"). Parsed from the
// strings HubSpot sends ("1000", "-12.50", ".5", "1.5E-2"); arbitrary precision, so a 30-digit
// amount compares exactly too.
//
// Exponents written in the input are bounded by MaxExponent so that "1e400000000" can neither
// hang nor allocate gigabytes when printed or added; arithmetic on parsed values stays within a
// few times that bound.
class Decimal
{
public:
    static constexpr int MaxExponent = 1000;

    Decimal() = default; // zero
    static Decimal fromInteger(qint64 value);
    // Leading/trailing whitespace is ignored; accepts an optional sign, digits with at most one
    // '.', and an optional exponent (e/E, optional sign, digits). Nothing else: no thousands
    // separators, no "inf"/"nan", no hexadecimal.
    static std::optional<Decimal> parse(QStringView text);

    bool isZero() const { return m_digits.empty(); }
    bool isNegative() const { return m_negative; }

    // -1, 0 or 1, exactly.
    int compare(const Decimal &other) const;

    Decimal negated() const;
    Decimal abs() const;
    Decimal added(const Decimal &other) const;
    Decimal subtracted(const Decimal &other) const;
    Decimal multiplied(const Decimal &other) const;

    // Rounded to `decimals` digits after the point, half away from zero (2.345 → 2.35,
    // -2.345 → -2.35): the rule QuickBooks and most invoicing tools apply to line amounts.
    Decimal rounded(int decimals) const;
    Decimal roundedToCents() const { return rounded(2); }

    // Canonical form: no exponent, no trailing fractional zeros, no "-0" ("12.5", "-0.01", "0").
    QString toString() const;
    // Rounded (as rounded()) and printed with exactly `decimals` digits after the point
    // ("12.50"); decimals ≤ 0 prints the rounded integer.
    QString toFixed(int decimals) const;

    friend Decimal operator+(const Decimal &a, const Decimal &b) { return a.added(b); }
    friend Decimal operator-(const Decimal &a, const Decimal &b) { return a.subtracted(b); }
    friend Decimal operator*(const Decimal &a, const Decimal &b) { return a.multiplied(b); }
    Decimal operator-() const { return negated(); }

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return a.compare(b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return a.compare(b) <= 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return a.compare(b) >= 0; }

private:
    Decimal(bool negative, std::string digits, int exponent);
    void normalize();
    // The magnitude's decimal digit at 10^position (0 outside the stored digits).
    int digitAt(int position) const;
    // One past the position of the most significant digit (0 for zero).
    int topPosition() const { return m_exponent + int(m_digits.size()); }
    static int compareMagnitude(const Decimal &a, const Decimal &b);
    static Decimal addMagnitudes(const Decimal &a, const Decimal &b);
    static Decimal subtractMagnitudes(const Decimal &larger, const Decimal &smaller);

    // Invariant: m_digits holds '0'..'9', most significant first, with no leading or trailing
    // '0'; zero is the empty string with exponent 0 and m_negative false.
    bool m_negative = false;
    std::string m_digits;
    int m_exponent = 0;
};

} // namespace bookflow
