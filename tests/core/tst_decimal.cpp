#include "core/util/decimal.h"

#include <QTest>

#include <limits>

using namespace bookflow;

namespace {

Decimal dec(const char *text)
{
    const auto value = Decimal::parse(QString::fromUtf8(text));
    if (!value)
        qFatal("test data \"%s\" is not a number", text);
    return *value;
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void hugeExponentsAreRefusedQuickly();
    void boundedExponentsStayCheap();
    void compare_data();
    void compare();
    void arithmetic_data();
    void arithmetic();
    void rounding_data();
    void rounding();
    void roundingToOtherPlaces_data();
    void roundingToOtherPlaces();
    void amountIsQuantityTimesUnitPrice();
    void fromInteger_data();
    void fromInteger();
};

void TestDecimal::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("integer") << "1000"
                             << "1000";
    QTest::newRow("negative with trailing zero") << "-12.50"
                                                 << "-12.5";
    QTest::newRow("fraction") << "0.5"
                              << "0.5";
    QTest::newRow("no leading digit") << ".5"
                                      << "0.5";
    QTest::newRow("explicit plus") << "+3"
                                   << "3";
    QTest::newRow("exponent") << "1e3"
                              << "1000";
    QTest::newRow("negative exponent, capital E") << "1.5E-2"
                                                  << "0.015";
    QTest::newRow("exponent with plus") << "1E+2"
                                        << "100";
    QTest::newRow("exponent zero") << "7e-0"
                                   << "7";
    QTest::newRow("exponent with leading zeros") << "2e0003"
                                                 << "2000";
    QTest::newRow("exponent moves point into digits") << "12345e-2"
                                                      << "123.45";
    QTest::newRow("signed fraction with exponent") << "-.5e1"
                                                   << "-5";
    QTest::newRow("whitespace trimmed") << "  42 \t\n"
                                        << "42";
    QTest::newRow("minus zero") << "-0"
                                << "0";
    QTest::newRow("zeros with fraction") << "0.000"
                                         << "0";
    QTest::newRow("zero with exponent") << "0e1000"
                                        << "0";
    QTest::newRow("trailing point") << "5."
                                    << "5";
    QTest::newRow("leading and trailing zeros") << "00012.3400"
                                                << "12.34";
    QTest::newRow("small negative") << "-0.01"
                                    << "-0.01";
    QTest::newRow("zeros after the point") << "0.0005"
                                           << "0.0005";
    QTest::newRow("30 digits") << "123456789012345678901234567890"
                               << "123456789012345678901234567890";
    QTest::newRow("30 fraction digits") << "0.000000000000000000000000000001"
                                        << "0.000000000000000000000000000001";
    QTest::newRow("beyond double precision") << "9007199254740993.000000000000000001"
                                             << "9007199254740993.000000000000000001";
}

void TestDecimal::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto value = Decimal::parse(input);
    QVERIFY2(value.has_value(), qPrintable(input));
    QCOMPARE(value->toString(), canonical);
    // The canonical form parses back to the same number.
    const auto again = Decimal::parse(canonical);
    QVERIFY(again.has_value());
    QVERIFY(*again == *value);
    QCOMPARE(again->toString(), canonical);
}

void TestDecimal::parseInvalid_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << "";
    QTest::newRow("whitespace") << "   ";
    QTest::newRow("minus only") << "-";
    QTest::newRow("plus only") << "+";
    QTest::newRow("point only") << ".";
    QTest::newRow("sign and point") << "-.";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("letters") << "abc";
    QTest::newRow("trailing letters") << "12abc";
    QTest::newRow("exponent without digits") << "1e";
    QTest::newRow("exponent sign without digits") << "1e+";
    QTest::newRow("exponent minus without digits") << "1e-";
    QTest::newRow("exponent only") << "e5";
    QTest::newRow("fractional exponent") << "1e2.5";
    QTest::newRow("inner space") << "1 000";
    QTest::newRow("comma decimal") << "1,5";
    QTest::newRow("underscore") << "1_000";
    QTest::newRow("currency sign") << "$5";
    QTest::newRow("hexadecimal") << "0x10";
    QTest::newRow("infinity") << "inf";
    QTest::newRow("nan") << "NaN";
    QTest::newRow("double sign") << "--1";
    QTest::newRow("mixed signs") << "+-1";
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662");
    QTest::newRow("exponent just past the bound") << "1e1001";
    QTest::newRow("negative exponent past the bound") << "1e-1001";
    QTest::newRow("huge exponent") << "1e400000000";
    QTest::newRow("exponent overflowing 64 bits") << "1e99999999999999999999999";
}

void TestDecimal::parseInvalid()
{
    QFETCH(QString, input);
    QVERIFY2(!Decimal::parse(input).has_value(), qPrintable(input));
}

void TestDecimal::hugeExponentsAreRefusedQuickly()
{
    // A hostile value: a 1,000,000-digit exponent. Must neither hang nor allocate its value
    // (a hang would hit the test's ctest timeout; a 10^999999-digit value would exhaust memory).
    const QString hostile = QStringLiteral("1e") + QString(1000000, u'9');
    QVERIFY(!Decimal::parse(hostile).has_value());
    QVERIFY(!Decimal::parse(QStringLiteral("1e-") + QString(1000000, u'9')).has_value());
}

void TestDecimal::boundedExponentsStayCheap()
{
    const Decimal big = dec("1e1000");
    const Decimal tiny = dec("1e-1000");
    QCOMPARE(big.toString().size(), 1001);
    QVERIFY(big.toString().startsWith(QLatin1String("10000")));
    QCOMPARE(tiny.toString().size(), 1002); // "0." + 999 zeros + "1"
    const QString sum = (big + tiny).toString();
    QCOMPARE(sum.size(), 2002);
    QVERIFY(sum.endsWith(QLatin1String("0001")));
    QVERIFY(big > dec("9.999e999"));
    QVERIFY(tiny > Decimal());
    QVERIFY(-tiny < Decimal());
}

void TestDecimal::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");

    QTest::newRow("exponent form equals plain") << "1e3"
                                                << "1000" << 0;
    QTest::newRow("minus zero equals zero") << "-0"
                                            << "0" << 0;
    QTest::newRow("trailing zeros") << "0.30"
                                    << "0.3" << 0;
    QTest::newRow("scientific fraction") << "1.5E-2"
                                         << "0.015" << 0;
    QTest::newRow("negative less than positive") << "-1"
                                                 << "1" << -1;
    QTest::newRow("negatives by magnitude") << "-2"
                                            << "-1" << -1;
    QTest::newRow("not by string order") << "12"
                                         << "9" << 1;
    QTest::newRow("negatives not by string order") << "-12"
                                                   << "-9" << -1;
    QTest::newRow("fraction lengths") << "0.0001"
                                      << "0.001" << -1;
    QTest::newRow("shared prefix, longer is larger") << "1.25"
                                                     << "1.2" << 1;
    QTest::newRow("equal as doubles, not as decimals") << "0.1"
                                                       << "0.10000000000000001" << -1;
    QTest::newRow("past 2^53") << "9007199254740993"
                               << "9007199254740992" << 1;
    QTest::newRow("30 digits, last differs") << "123456789012345678901234567890"
                                             << "123456789012345678901234567891" << -1;
    QTest::newRow("30 digits and a fraction") << "100000000000000000000000000000.1"
                                              << "100000000000000000000000000000" << 1;
    QTest::newRow("tiny positive above zero") << "1e-1000"
                                              << "0" << 1;
    QTest::newRow("tiny negative below zero") << "-1e-1000"
                                              << "0" << -1;
    QTest::newRow("largest exponents") << "1e1000"
                                       << "9e999" << 1;
    QTest::newRow("zero vs negative") << "0"
                                      << "-0.0000001" << 1;
}

void TestDecimal::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const Decimal x = *Decimal::parse(a);
    const Decimal y = *Decimal::parse(b);
    QCOMPARE(x.compare(y), order);
    QCOMPARE(y.compare(x), -order);
    QCOMPARE(x == y, order == 0);
    QCOMPARE(x != y, order != 0);
    QCOMPARE(x < y, order < 0);
    QCOMPARE(x <= y, order <= 0);
    QCOMPARE(x > y, order > 0);
    QCOMPARE(x >= y, order >= 0);
}

void TestDecimal::arithmetic_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QChar>("op");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("result");

    QTest::newRow("0.1 + 0.2") << "0.1" << QChar(u'+') << "0.2"
                               << "0.3";
    QTest::newRow("carry into new digit") << "999" << QChar(u'+') << "1"
                                          << "1000";
    QTest::newRow("cancel to zero") << "-1.5" << QChar(u'+') << "1.5"
                                    << "0";
    QTest::newRow("mixed signs, negative wins") << "12.5" << QChar(u'+') << "-20"
                                                << "-7.5";
    QTest::newRow("both negative") << "-0.25" << QChar(u'+') << "-0.75"
                                   << "-1";
    QTest::newRow("30 digits carry") << "999999999999999999999999999999" << QChar(u'+') << "1"
                                     << "1000000000000000000000000000000";
    QTest::newRow("subtract cents") << "1" << QChar(u'-') << "0.01"
                                    << "0.99";
    QTest::newRow("subtract exponent form") << "1e3" << QChar(u'-') << "1"
                                            << "999";
    QTest::newRow("subtract borrow chain") << "100" << QChar(u'-') << "0.001"
                                           << "99.999";
    QTest::newRow("subtract below zero") << "0.1" << QChar(u'-') << "0.3"
                                         << "-0.2";
    QTest::newRow("subtract negative") << "5" << QChar(u'-') << "-5"
                                       << "10";
    QTest::newRow("multiply fractions") << "0.1" << QChar(u'*') << "0.2"
                                        << "0.02";
    QTest::newRow("multiply signs") << "-3" << QChar(u'*') << "4"
                                    << "-12";
    QTest::newRow("negative times negative") << "-0.5" << QChar(u'*') << "-0.5"
                                             << "0.25";
    QTest::newRow("times zero") << "-1.23" << QChar(u'*') << "0"
                                << "0";
    QTest::newRow("multiply with carries") << "99.99" << QChar(u'*') << "99.99"
                                           << "9998.0001";
    QTest::newRow("multiply 20 digits")
        << "12345678901234567890" << QChar(u'*') << "98765432109876543210"
        << "1219326311370217952237463801111263526900";
}

void TestDecimal::arithmetic()
{
    QFETCH(QString, a);
    QFETCH(QChar, op);
    QFETCH(QString, b);
    QFETCH(QString, result);
    const Decimal x = *Decimal::parse(a);
    const Decimal y = *Decimal::parse(b);
    const Decimal r = op == u'+' ? x + y : op == u'-' ? x - y : x * y;
    QCOMPARE(r.toString(), result);
    QVERIFY(r == *Decimal::parse(result));
    // The inverse operation brings back the left operand (for + and -).
    if (op == u'+')
        QCOMPARE((r - y).toString(), x.toString());
    if (op == u'-')
        QCOMPARE((r + y).toString(), x.toString());
}

void TestDecimal::rounding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cents");
    QTest::addColumn<QString>("fixed");

    QTest::newRow("half rounds up") << "2.345"
                                    << "2.35"
                                    << "2.35";
    QTest::newRow("half away from zero, negative") << "-2.345"
                                                   << "-2.35"
                                                   << "-2.35";
    QTest::newRow("below half rounds down") << "2.344"
                                            << "2.34"
                                            << "2.34";
    QTest::newRow("just below half") << "2.3449999999999999999"
                                     << "2.34"
                                     << "2.34";
    QTest::newRow("half a cent") << "0.005"
                                 << "0.01"
                                 << "0.01";
    QTest::newRow("minus half a cent") << "-0.005"
                                       << "-0.01"
                                       << "-0.01";
    QTest::newRow("under half a cent is zero") << "0.004"
                                               << "0"
                                               << "0.00";
    QTest::newRow("no negative zero") << "-0.004"
                                      << "0"
                                      << "0.00";
    QTest::newRow("1.005 (1.00 as a double)") << "1.005"
                                              << "1.01"
                                              << "1.01";
    QTest::newRow("carry through nines") << "9.995"
                                         << "10"
                                         << "10.00";
    QTest::newRow("negative carry through nines") << "-9.995"
                                                  << "-10"
                                                  << "-10.00";
    QTest::newRow("integer unchanged") << "12"
                                       << "12"
                                       << "12.00";
    QTest::newRow("one decimal unchanged") << "12.5"
                                           << "12.5"
                                           << "12.50";
    QTest::newRow("far below a cent") << "0.0001"
                                      << "0"
                                      << "0.00";
    QTest::newRow("tiny exponent") << "1e-1000"
                                   << "0"
                                   << "0.00";
    QTest::newRow("exponent form integer") << "1e3"
                                           << "1000"
                                           << "1000.00";
    QTest::newRow("30 digits") << "123456789012345678901234567.895"
                               << "123456789012345678901234567.9"
                               << "123456789012345678901234567.90";
}

void TestDecimal::rounding()
{
    QFETCH(QString, input);
    QFETCH(QString, cents);
    QFETCH(QString, fixed);
    const Decimal value = *Decimal::parse(input);
    const Decimal rounded = value.roundedToCents();
    QCOMPARE(rounded.toString(), cents);
    QVERIFY(rounded == *Decimal::parse(cents)); // no "negative zero" that compares below 0
    QCOMPARE(rounded.isNegative(), cents.startsWith(u'-'));
    QCOMPARE(value.toFixed(2), fixed);
    // Rounding twice changes nothing.
    QCOMPARE(value.roundedToCents().roundedToCents().toString(), cents);
}

void TestDecimal::roundingToOtherPlaces_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("fixed");

    QTest::newRow("half to integer") << "2.5" << 0 << "3"
                                     << "3";
    QTest::newRow("minus half to integer") << "-2.5" << 0 << "-3"
                                           << "-3";
    QTest::newRow("one place") << "0.05" << 1 << "0.1"
                               << "0.1";
    QTest::newRow("four places") << "1.23456" << 4 << "1.2346"
                                 << "1.2346";
    QTest::newRow("pad four places") << "1.5" << 4 << "1.5"
                                     << "1.5000";
    QTest::newRow("to tens") << "1234.5" << -1 << "1230"
                             << "1230";
    QTest::newRow("to tens, half") << "1235" << -1 << "1240"
                                   << "1240";
}

void TestDecimal::roundingToOtherPlaces()
{
    QFETCH(QString, input);
    QFETCH(int, places);
    QFETCH(QString, result);
    QFETCH(QString, fixed);
    const Decimal value = *Decimal::parse(input);
    QCOMPARE(value.rounded(places).toString(), result);
    QCOMPARE(value.toFixed(places), fixed);
}

void TestDecimal::amountIsQuantityTimesUnitPrice()
{
    // QBO rejects a line whose Amount is not Qty × UnitPrice (error 6070): the product must be
    // exact, and rounding to cents must be the one documented rule.
    QCOMPARE((dec("3") * dec("19.99")).toString(), QStringLiteral("59.97"));
    QCOMPARE((dec("2.5") * dec("0.333")).toString(), QStringLiteral("0.8325"));
    QCOMPARE((dec("2.5") * dec("0.333")).roundedToCents().toString(), QStringLiteral("0.83"));
    QCOMPARE((dec("3") * dec("0.335")).roundedToCents().toString(), QStringLiteral("1.01"));
    Decimal total;
    for (int i = 0; i < 10; ++i)
        total = total + dec("0.1");
    QVERIFY(total == dec("1"));
}

void TestDecimal::fromInteger_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << "0";
    QTest::newRow("positive") << qint64(1500) << "1500";
    QTest::newRow("negative") << qint64(-42) << "-42";
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << "9223372036854775807";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-9223372036854775808";
}

void TestDecimal::fromInteger()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    const Decimal decimal = Decimal::fromInteger(value);
    QCOMPARE(decimal.toString(), text);
    QVERIFY(decimal == *Decimal::parse(text));
    QCOMPARE(decimal.isNegative(), value < 0);
    QCOMPARE(decimal.isZero(), value == 0);
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
