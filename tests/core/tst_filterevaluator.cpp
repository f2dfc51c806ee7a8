#include "core/util/clock.h"
#include "core/workflow/filterevaluator.h"

#include "support/workflows.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>
#include <QTimeZone>

using namespace bookflow;
using testsupport::makeFilter;

namespace {

// The tests' "now": 2026-11-27 03:00 UTC, which is still 2026-11-26 (22:00) in New York.
// Relative filters therefore count from 2026-11-26, not from the UTC date.
QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
}
QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

const QString Property = QStringLiteral("prop");

// A missing key in the record, as opposed to a JSON null.
QJsonValue missing()
{
    return QJsonValue(QJsonValue::Undefined);
}

FilterGroup group(const QVector<Filter> &filters)
{
    FilterGroup g;
    g.filters = filters;
    return g;
}

RecordView recordWith(FilterObject object, const QString &property, const QJsonValue &value)
{
    QJsonObject properties{{QStringLiteral("hs_object_id"), QStringLiteral("101")}};
    if (!value.isUndefined())
        properties.insert(property, value);
    RecordView record;
    record.objects.insert(object, properties);
    return record;
}

// Filter values that are valid for the operator, so that a row fails only for the reason it
// is about.
QStringList validValues(PropertyType type, Operator op)
{
    switch (op) {
    case Operator::IsKnown:
    case Operator::IsUnknown:
        return {};
    case Operator::Between:
        return type == PropertyType::Number ? QStringList{"1", "2"}
                                            : QStringList{"2020-01-01", "2020-12-31"};
    case Operator::MoreThanDaysAgo:
    case Operator::LessThanDaysAgo:
        return {"3"};
    default:
        break;
    }
    switch (type) {
    case PropertyType::Number:
        return {"1"};
    case PropertyType::Date:
    case PropertyType::DateTime:
        return {"2020-01-01"};
    case PropertyType::Bool:
        return {"false"};
    default:
        return {"x"};
    }
}

// A value of the type that none of validValues() matches positively, except is_known.
QString knownValue(PropertyType type)
{
    switch (type) {
    case PropertyType::Number:
        return QStringLiteral("100");
    case PropertyType::Date:
        return QStringLiteral("2019-06-01");
    case PropertyType::DateTime:
        return QStringLiteral("2019-06-01T12:00:00.000Z");
    case PropertyType::Bool:
        return QStringLiteral("true");
    default:
        return QStringLiteral("y");
    }
}

const QVector<PropertyType> allTypes{PropertyType::Text,        PropertyType::Number,
                                     PropertyType::Date,        PropertyType::DateTime,
                                     PropertyType::Enumeration, PropertyType::Bool};

} // namespace

class TestFilterEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownValues_data();
    void unknownValues();
    void operators_data();
    void operators();
    void invalidFilters_data();
    void invalidFilters();
    void groups_data();
    void groups();
    void associatedObjects_data();
    void associatedObjects();
    void seedTemplates_data();
    void seedTemplates();
    void details_data();
    void details();
    void relativeDaysFollowTheClock_data();
    void relativeDaysFollowTheClock();
    void invalidZoneMeansUtc();
    void compiledFilterIsReusable();
    void benchmarkCompiledTrigger();

private:
    void addRow(const char *name, PropertyType type, Operator op, const QStringList &values,
                const QJsonValue &value, bool met, const QString &detail = {});
};

void TestFilterEvaluator::initTestCase()
{
    QVERIFY2(newYork().isValid(), "the America/New_York time zone is needed (tzdata)");
}

// --- unknown values: every operator of every type ------------------------------------------

void TestFilterEvaluator::unknownValues_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("op");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("detail");

    // PRODUCT.md §1 / hubspot-verified.md §1: no value fails every operator except is_unknown,
    // is_none_of, neq and contains_none included; a known value is the reverse for is_known
    // and is_unknown.
    for (const PropertyType type : allTypes) {
        for (const Operator op : operatorsFor(type)) {
            const QString name = propertyTypeKey(type) + u'/' + operatorKey(op);
            const bool unknownMeets = op == Operator::IsUnknown;
            const struct
            {
                const char *label;
                QJsonValue value;
            } unknowns[] = {
                {"missing", missing()},
                {"null", QJsonValue(QJsonValue::Null)},
                {"empty", QJsonValue(QString())},
                {"empty array", QJsonValue(QJsonArray())},
            };
            for (const auto &unknown : unknowns) {
                QTest::addRow("%s/%s", qPrintable(name), unknown.label)
                    << int(type) << int(op) << unknown.value << unknownMeets << "is unknown";
            }
            if (op == Operator::IsKnown || op == Operator::IsUnknown) {
                QTest::addRow("%s/known", qPrintable(name))
                    << int(type) << int(op) << QJsonValue(knownValue(type))
                    << (op == Operator::IsKnown) << knownValue(type);
            }
        }
    }
    // A multi-checkbox value with no option in it is no value.
    QTest::newRow("enumeration/is_known/only separators")
        << int(PropertyType::Enumeration) << int(Operator::IsKnown) << QJsonValue(";") << false
        << "is unknown";
    QTest::newRow("enumeration/is_unknown/only separators")
        << int(PropertyType::Enumeration) << int(Operator::IsUnknown) << QJsonValue(";;") << true
        << "is unknown";
    // Whitespace is a value (HubSpot only treats null/"" as empty).
    QTest::newRow("text/is_known/whitespace")
        << int(PropertyType::Text) << int(Operator::IsKnown) << QJsonValue(" ") << true << "“ ”";
}

void TestFilterEvaluator::unknownValues()
{
    QFETCH(int, type);
    QFETCH(int, op);
    QFETCH(QJsonValue, value);
    QFETCH(bool, met);
    QFETCH(QString, detail);

    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    const auto propertyType = PropertyType(type);
    const auto filterOp = Operator(op);
    const Filter filter = makeFilter(FilterObject::Deal, Property, propertyType, filterOp,
                                     validValues(propertyType, filterOp));
    const RecordView record = recordWith(FilterObject::Deal, Property, value);

    const FilterOutcome outcome = evaluator.evaluate(filter, record);
    QCOMPARE(outcome.met, met);
    // The detail proves the filter failed for the value, not for a broken filter.
    QVERIFY2(outcome.detail.contains(detail), qPrintable(outcome.detail));
    QCOMPARE(evaluator.matches({group({filter})}, record), met);
}

// --- every operator, by type ----------------------------------------------------------------

void TestFilterEvaluator::addRow(const char *name, PropertyType type, Operator op,
                                 const QStringList &values, const QJsonValue &value, bool met,
                                 const QString &detail)
{
    QTest::addRow("%s/%s/%s", qPrintable(propertyTypeKey(type)), qPrintable(operatorKey(op)), name)
        << int(type) << int(op) << values << value << met << detail;
}

void TestFilterEvaluator::operators_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("detail"); // a part the detail must contain; empty: not checked

    const auto Text = PropertyType::Text;
    const auto Enum = PropertyType::Enumeration;
    const auto Bool = PropertyType::Bool;
    const auto Number = PropertyType::Number;
    const auto Date = PropertyType::Date;
    const auto DateTime = PropertyType::DateTime;
    const auto v = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };

    // text: is equal to any of (case-insensitive, Unicode case folding)
    addRow("same", Text, Operator::IsAnyOf, {"Acme"}, v("Acme"), true, "“Acme”");
    addRow("lower case", Text, Operator::IsAnyOf, {"Acme"}, v("acme"), true);
    addRow("upper case value", Text, Operator::IsAnyOf, {"ACME"}, v("acme"), true);
    addRow("second value", Text, Operator::IsAnyOf, {"Globex", "Acme"}, v("ACME"), true);
    addRow("longer", Text, Operator::IsAnyOf, {"Acme"}, v("Acme Inc"), false);
    addRow("shorter", Text, Operator::IsAnyOf, {"Acme Inc"}, v("Acme"), false);
    addRow("nordic", Text, Operator::IsAnyOf, {"ÆØÅ"}, v("æøå"), true);
    addRow("nordic reversed", Text, Operator::IsAnyOf, {"æøå"}, v("ÆØÅ"), true);
    addRow("nordic differs", Text, Operator::IsAnyOf, {"æøå"}, v("aoa"), false);
    addRow("decomposed å", Text, Operator::IsAnyOf, {"Å"}, QJsonValue(QStringLiteral("a\u030A")),
           true);
    addRow("sharp s upper", Text, Operator::IsAnyOf, {"Straße"}, v("STRASSE"), true);
    addRow("capital sharp s", Text, Operator::IsAnyOf, {"Straße"}, v("STRAẞE"), true);
    addRow("ss finds ß", Text, Operator::IsAnyOf, {"strasse"}, v("Straße"), true);
    addRow("ß is not s", Text, Operator::IsAnyOf, {"strase"}, v("Straße"), false);
    addRow("greek final sigma", Text, Operator::IsAnyOf, {"ΟΔΟΣ"}, v("οδος"), true);
    addRow("number by its text", Text, Operator::IsAnyOf, {"42"}, QJsonValue(42), true);
    addRow("bool by its text", Text, Operator::IsAnyOf, {"TRUE"}, QJsonValue(true), true);
    // text: is none of
    addRow("listed", Text, Operator::IsNoneOf, {"Acme"}, v("ACME"), false);
    addRow("listed second", Text, Operator::IsNoneOf, {"x", "acme"}, v("Acme"), false);
    addRow("not listed", Text, Operator::IsNoneOf, {"Acme"}, v("Globex"), true);
    addRow("nordic listed", Text, Operator::IsNoneOf, {"Ærø"}, v("ærø"), false);
    // text: contains any of (substring, not whole word)
    addRow("substring", Text, Operator::ContainsAny, {"Payment link"}, v("Acme PAYMENT LINK deal"),
           true);
    addRow("part of a word", Text, Operator::ContainsAny, {"pay"}, v("Prepayment"), true);
    addRow("second value", Text, Operator::ContainsAny, {"zzz", "link"}, v("Payment link"), true);
    addRow("hyphen differs", Text, Operator::ContainsAny, {"Payment link"}, v("Acme payment-link"),
           false);
    addRow("nordic", Text, Operator::ContainsAny, {"ØST"}, v("Sørøst AS"), true);
    addRow("ß contains ss", Text, Operator::ContainsAny, {"SS"}, v("Straße"), true);
    addRow("å does not contain a", Text, Operator::ContainsAny, {"a"}, v("Å"), false);
    addRow("blank value ignored", Text, Operator::ContainsAny, {"", "zzz"}, v("Acme"), false);
    // text: doesn't contain any of
    addRow("absent", Text, Operator::ContainsNone, {"test"}, v("Real deal"), true);
    addRow("present other case", Text, Operator::ContainsNone, {"test"}, v("TEST deal"), false);
    addRow("second present", Text, Operator::ContainsNone, {"x", "deal"}, v("TEST DEAL"), false);
    addRow("blank value ignored", Text, Operator::ContainsNone, {"", "zzz"}, v("Acme"), true);
    // text: starts with any of
    addRow("prefix", Text, Operator::StartsWithAny, {"acme"}, v("ACME Corp"), true);
    addRow("second prefix", Text, Operator::StartsWithAny, {"x", "Ac"}, v("acme"), true);
    addRow("inside", Text, Operator::StartsWithAny, {"Acme"}, v("The Acme"), false);
    addRow("nordic prefix", Text, Operator::StartsWithAny, {"ÅS"}, v("åsgård"), true);
    // text: is known / is unknown with a value
    addRow("value", Text, Operator::IsKnown, {}, v("Acme"), true, "“Acme”");
    addRow("value", Text, Operator::IsUnknown, {}, v("Acme"), false);

    // enumeration: exact
    addRow("exact", Enum, Operator::IsAnyOf, {"INVOICE"}, v("INVOICE"), true);
    addRow("case differs", Enum, Operator::IsAnyOf, {"INVOICE"}, v("invoice"), false);
    addRow("second value", Enum, Operator::IsAnyOf, {"PAYMENT_LINK", "INVOICE"}, v("INVOICE"),
           true);
    addRow("no trimming", Enum, Operator::IsAnyOf, {"INVOICE"}, v(" INVOICE"), false);
    addRow("multi, one listed", Enum, Operator::IsAnyOf, {"b"}, v("a;b;c"), true);
    addRow("multi, none listed", Enum, Operator::IsAnyOf, {"d"}, v("a;b;c"), false);
    addRow("multi, case differs", Enum, Operator::IsAnyOf, {"B"}, v("a;b;c"), false);
    addRow("multi, whole value", Enum, Operator::IsAnyOf, {"a;b"}, v("a;b"), false);
    addRow("multi, empty parts", Enum, Operator::IsAnyOf, {"b"}, v(";b;"), true);
    addRow("listed", Enum, Operator::IsNoneOf, {"INVOICE"}, v("INVOICE"), false);
    addRow("case differs", Enum, Operator::IsNoneOf, {"INVOICE"}, v("invoice"), true);
    addRow("not listed", Enum, Operator::IsNoneOf, {"INVOICE"}, v("PAYMENT_LINK"), true);
    addRow("multi, one listed", Enum, Operator::IsNoneOf, {"b"}, v("a;b;c"), false);
    addRow("multi, last listed", Enum, Operator::IsNoneOf, {"x", "c"}, v("a;b;c"), false);
    addRow("multi, none listed", Enum, Operator::IsNoneOf, {"d"}, v("a;b;c"), true);
    addRow("value", Enum, Operator::IsKnown, {}, v("a;b"), true);
    addRow("value", Enum, Operator::IsUnknown, {}, v("a"), false);

    // bool: "true"/"false", case-insensitive
    addRow("true", Bool, Operator::IsAnyOf, {"true"}, v("true"), true);
    addRow("TRUE", Bool, Operator::IsAnyOf, {"true"}, v("TRUE"), true);
    addRow("filter True", Bool, Operator::IsAnyOf, {"True"}, v("true"), true);
    addRow("false is not true", Bool, Operator::IsAnyOf, {"true"}, v("false"), false);
    addRow("False", Bool, Operator::IsAnyOf, {"false"}, v("False"), true);
    addRow("json true", Bool, Operator::IsAnyOf, {"true"}, QJsonValue(true), true);
    addRow("json false", Bool, Operator::IsAnyOf, {"true"}, QJsonValue(false), false);
    addRow("false", Bool, Operator::IsNoneOf, {"true"}, v("false"), true);
    addRow("True", Bool, Operator::IsNoneOf, {"true"}, v("True"), false);
    addRow("json false", Bool, Operator::IsNoneOf, {"true"}, QJsonValue(false), true);
    addRow("value", Bool, Operator::IsKnown, {}, v("false"), true);
    addRow("value", Bool, Operator::IsUnknown, {}, v("false"), false);

    // number: exact decimal comparison
    addRow("same", Number, Operator::Eq, {"100"}, v("100"), true, "“100”");
    addRow("trailing zeros", Number, Operator::Eq, {"100"}, v("100.00"), true);
    addRow("exponent form", Number, Operator::Eq, {"100"}, v("1e2"), true);
    addRow("filter exponent form", Number, Operator::Eq, {"1E3"}, v("1000"), true);
    addRow("a cent more", Number, Operator::Eq, {"100"}, v("100.01"), false);
    addRow("30 digits", Number, Operator::Eq, {"123456789012345678901234567890"},
           v("123456789012345678901234567890.000"), true);
    addRow("30 digits, last differs", Number, Operator::Eq, {"123456789012345678901234567890"},
           v("123456789012345678901234567891"), false);
    addRow("0.1 vs double", Number, Operator::Eq, {"0.1"}, v("0.10000000000000001"), false);
    addRow("json integer", Number, Operator::Eq, {"100"}, QJsonValue(100), true);
    addRow("json fraction", Number, Operator::Eq, {"12.5"}, QJsonValue(12.5), true);
    addRow("whitespace", Number, Operator::Eq, {"5"}, v(" 5 "), true);
    addRow("minus zero", Number, Operator::Eq, {"0"}, v("-0"), true);
    addRow("not a number", Number, Operator::Eq, {"1"}, v("abc"), false, "not a number");
    addRow("equal", Number, Operator::Neq, {"100"}, v("100.0"), false);
    addRow("differs", Number, Operator::Neq, {"100"}, v("99"), true);
    addRow("not a number", Number, Operator::Neq, {"1"}, v("abc"), false, "not a number");
    addRow("a cent above", Number, Operator::Gt, {"0"}, v("0.01"), true);
    addRow("equal", Number, Operator::Gt, {"0"}, v("0"), false);
    addRow("below", Number, Operator::Gt, {"0"}, v("-0.01"), false);
    addRow("exact past double", Number, Operator::Gt, {"0.3"}, v("0.30000000000000001"), true);
    addRow("big", Number, Operator::Gt, {"123456789012345678901234567890"},
           v("123456789012345678901234567891"), true);
    addRow("not string order", Number, Operator::Gt, {"9"}, v("12"), true);
    addRow("equal", Number, Operator::Gte, {"10"}, v("10.000"), true);
    addRow("above", Number, Operator::Gte, {"10"}, v("10.001"), true);
    addRow("below", Number, Operator::Gte, {"10"}, v("9.999"), false);
    addRow("below", Number, Operator::Lt, {"10"}, v("9.99"), true);
    addRow("equal", Number, Operator::Lt, {"10"}, v("10"), false);
    addRow("negative", Number, Operator::Lt, {"-9"}, v("-12"), true);
    addRow("equal", Number, Operator::Lte, {"10"}, v("10.0"), true);
    addRow("above", Number, Operator::Lte, {"10"}, v("10.000001"), false);
    addRow("below", Number, Operator::Lte, {"10"}, v("-10"), true);
    addRow("low bound", Number, Operator::Between, {"10", "20"}, v("10"), true);
    addRow("high bound", Number, Operator::Between, {"10", "20"}, v("20.00"), true);
    addRow("inside", Number, Operator::Between, {"10", "20"}, v("15"), true);
    addRow("just below", Number, Operator::Between, {"10", "20"}, v("9.99"), false);
    addRow("just above", Number, Operator::Between, {"10", "20"}, v("20.01"), false);
    addRow("bounds reversed", Number, Operator::Between, {"20", "10"}, v("15"), true);
    addRow("bounds reversed, outside", Number, Operator::Between, {"20", "10"}, v("21"), false);
    addRow("not a number", Number, Operator::Between, {"1", "2"}, v("1.5x"), false, "not a number");
    addRow("value", Number, Operator::IsKnown, {}, v("0"), true);
    addRow("not a number is known", Number, Operator::IsKnown, {}, v("abc"), true);
    addRow("value", Number, Operator::IsUnknown, {}, v("0"), false);

    // date (a calendar day, its UTC date)
    addRow("same day", Date, Operator::On, {"2020-02-29"}, v("2020-02-29"), true);
    addRow("day before", Date, Operator::On, {"2020-02-29"}, v("2020-02-28"), false);
    addRow("epoch ms midnight", Date, Operator::On, {"2020-02-29"}, v("1582934400000"), true,
           "(2020-02-29)");
    addRow("epoch ms as json number", Date, Operator::On, {"2020-02-29"},
           QJsonValue(qint64(1582934400000)), true);
    addRow("iso midnight utc", Date, Operator::On, {"2020-02-29"}, v("2020-02-29T00:00:00.000Z"),
           true);
    addRow("utc date, not local", Date, Operator::On, {"2020-02-29"}, v("2020-02-29T03:30:17.000Z"),
           true); // 2020-02-28 in New York, but a date is UTC
    addRow("epoch ms late utc", Date, Operator::On, {"2020-02-29"}, v("1583020799999"), true);
    addRow("epoch ms next day", Date, Operator::On, {"2020-02-29"}, v("1583020800000"), false);
    addRow("not a date", Date, Operator::On, {"2020-02-29"}, v("garbage"), false, "not a date");
    addRow("no such day", Date, Operator::On, {"2021-02-28"}, v("2021-02-29"), false, "not a date");
    addRow("day before", Date, Operator::Before, {"2020-02-29"}, v("2020-02-28"), true);
    addRow("same day", Date, Operator::Before, {"2020-02-29"}, v("2020-02-29"), false);
    addRow("years before", Date, Operator::Before, {"2020-02-29"}, v("1969-12-31"), true);
    addRow("negative epoch ms", Date, Operator::Before, {"1970-01-01"}, v("-1"), true);
    addRow("day after", Date, Operator::After, {"2020-02-29"}, v("2020-03-01"), true);
    addRow("same day", Date, Operator::After, {"2020-02-29"}, v("2020-02-29"), false);
    addRow("low day", Date, Operator::Between, {"2020-02-01", "2020-03-01"}, v("2020-02-01"), true);
    addRow("high day", Date, Operator::Between, {"2020-02-01", "2020-03-01"}, v("2020-03-01"),
           true);
    addRow("bounds reversed", Date, Operator::Between, {"2020-03-01", "2020-02-01"},
           v("2020-02-15"), true);
    addRow("day after", Date, Operator::Between, {"2020-02-01", "2020-03-01"}, v("2020-03-02"),
           false);
    addRow("day before", Date, Operator::Between, {"2020-02-01", "2020-03-01"}, v("2020-01-31"),
           false);
    // Today is 2026-11-26 in New York (it is already the 27th in UTC).
    addRow("4 days ago", Date, Operator::MoreThanDaysAgo, {"3"}, v("2026-11-22"), true);
    addRow("3 days ago", Date, Operator::MoreThanDaysAgo, {"3"}, v("2026-11-23"), false);
    addRow("0: yesterday", Date, Operator::MoreThanDaysAgo, {"0"}, v("2026-11-25"), true);
    addRow("0: today", Date, Operator::MoreThanDaysAgo, {"0"}, v("2026-11-26"), false);
    addRow("3 days ago", Date, Operator::LessThanDaysAgo, {"3"}, v("2026-11-23"), true);
    addRow("today", Date, Operator::LessThanDaysAgo, {"3"}, v("2026-11-26"), true);
    addRow("4 days ago", Date, Operator::LessThanDaysAgo, {"3"}, v("2026-11-22"), false);
    addRow("UTC today is the future", Date, Operator::LessThanDaysAgo, {"3"}, v("2026-11-27"),
           false);
    addRow("epoch ms today", Date, Operator::LessThanDaysAgo, {"0"}, v("1795651200000"), true);
    addRow("value", Date, Operator::IsKnown, {}, v("2020-02-29"), true);
    addRow("value", Date, Operator::IsUnknown, {}, v("2020-02-29"), false);

    // datetime (an instant; its day is its date in the account zone, America/New_York)
    addRow("03:00Z is the day before in NY", DateTime, Operator::On, {"2026-11-26"},
           v("2026-11-27T03:00:00.000Z"), true, "(2026-11-26 in America/New_York)");
    addRow("not the UTC day", DateTime, Operator::On, {"2026-11-27"}, v("2026-11-27T03:00:00.000Z"),
           false);
    addRow("epoch ms", DateTime, Operator::On, {"2026-11-26"}, v("1795748400000"), true);
    addRow("epoch ms as json number", DateTime, Operator::On, {"2026-11-26"},
           QJsonValue(qint64(1795748400000)), true);
    addRow("no millis", DateTime, Operator::On, {"2026-11-26"}, v("2026-11-27T03:00:00Z"), true);
    addRow("no seconds", DateTime, Operator::On, {"2026-11-26"}, v("2026-11-27T03:00Z"), true);
    addRow("microseconds", DateTime, Operator::On, {"2026-11-26"}, v("2026-11-27T03:00:00.123456Z"),
           true);
    addRow("west offset", DateTime, Operator::On, {"2026-11-26"}, v("2026-11-26T22:00:00-05:00"),
           true);
    addRow("east offset", DateTime, Operator::On, {"2026-11-26"}, v("2026-11-27T04:00:00+01:00"),
           true);
    addRow("offset without colon", DateTime, Operator::On, {"2026-11-26"},
           v("2026-11-27T04:00:00.000+0100"), true);
    addRow("local midnight", DateTime, Operator::On, {"2026-11-27"}, v("2026-11-27T05:00:00Z"),
           true);
    addRow("last ms of the day before", DateTime, Operator::On, {"2026-11-27"},
           v("2026-11-27T04:59:59.999Z"), false);
    addRow("last ms of the day", DateTime, Operator::On, {"2026-11-26"},
           v("2026-11-27T04:59:59.999Z"), true);
    // DST ends in New York on 2026-11-01: that day is 25 hours long (04:00Z to 05:00Z next day).
    addRow("25-hour day, last hour", DateTime, Operator::On, {"2026-11-01"},
           v("2026-11-02T04:30:00Z"), true);
    addRow("25-hour day, first minute", DateTime, Operator::On, {"2026-11-01"},
           v("2026-11-01T04:00:00Z"), true);
    addRow("25-hour day, before it", DateTime, Operator::On, {"2026-11-01"},
           v("2026-11-01T03:59:59Z"), false);
    addRow("not a date", DateTime, Operator::On, {"2026-11-26"}, v("yesterday"), false,
           "not a date");
    addRow("hour 25", DateTime, Operator::On, {"2026-11-26"}, v("2026-11-26T25:00:00Z"), false,
           "not a date");
    addRow("day before in NY", DateTime, Operator::Before, {"2026-11-27"},
           v("2026-11-27T04:59:59Z"), true);
    addRow("local midnight", DateTime, Operator::Before, {"2026-11-27"}, v("2026-11-27T05:00:00Z"),
           false);
    addRow("next day in NY", DateTime, Operator::After, {"2026-11-26"}, v("2026-11-27T05:00:00Z"),
           true);
    addRow("same day in NY", DateTime, Operator::After, {"2026-11-26"}, v("2026-11-27T04:59:59Z"),
           false);
    addRow("inside", DateTime, Operator::Between, {"2026-11-27", "2026-11-26"},
           v("2026-11-27T03:00:00Z"), true);
    addRow("end of high day", DateTime, Operator::Between, {"2026-11-26", "2026-11-27"},
           v("2026-11-28T04:59:59.999Z"), true);
    addRow("after high day", DateTime, Operator::Between, {"2026-11-26", "2026-11-27"},
           v("2026-11-28T05:00:00Z"), false);
    addRow("before low day", DateTime, Operator::Between, {"2026-11-26", "2026-11-27"},
           v("2026-11-26T04:59:59Z"), false);
    // Today in New York starts at 2026-11-26T05:00Z.
    addRow("0: just before today", DateTime, Operator::MoreThanDaysAgo, {"0"},
           v("2026-11-26T04:59:59Z"), true);
    addRow("0: start of today", DateTime, Operator::MoreThanDaysAgo, {"0"},
           v("2026-11-26T05:00:00Z"), false);
    addRow("1: start of yesterday", DateTime, Operator::MoreThanDaysAgo, {"1"},
           v("2026-11-25T05:00:00Z"), false);
    addRow("1: before yesterday", DateTime, Operator::MoreThanDaysAgo, {"1"},
           v("2026-11-25T04:59:59.999Z"), true);
    addRow("1: start of yesterday", DateTime, Operator::LessThanDaysAgo, {"1"},
           v("2026-11-25T05:00:00Z"), true);
    addRow("1: before yesterday", DateTime, Operator::LessThanDaysAgo, {"1"},
           v("2026-11-25T04:59:59.999Z"), false);
    addRow("1: later today", DateTime, Operator::LessThanDaysAgo, {"1"}, v("2026-11-27T04:59:59Z"),
           true);
    addRow("1: tomorrow", DateTime, Operator::LessThanDaysAgo, {"1"}, v("2026-11-27T05:00:00Z"),
           false);
    addRow("epoch ms now", DateTime, Operator::LessThanDaysAgo, {"0"}, v("1795748400000"), true);
    addRow("value", DateTime, Operator::IsKnown, {}, v("2026-11-27T03:00:00Z"), true);
    addRow("value", DateTime, Operator::IsUnknown, {}, v("2026-11-27T03:00:00Z"), false);
}

void TestFilterEvaluator::operators()
{
    QFETCH(int, type);
    QFETCH(int, op);
    QFETCH(QStringList, values);
    QFETCH(QJsonValue, value);
    QFETCH(bool, met);
    QFETCH(QString, detail);

    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    const Filter filter =
        makeFilter(FilterObject::Deal, Property, PropertyType(type), Operator(op), values);
    const RecordView record = recordWith(FilterObject::Deal, Property, value);

    const CompiledFilter compiled = evaluator.compile(filter);
    QVERIFY2(compiled.problem().isEmpty(), qPrintable(compiled.problem()));

    const FilterOutcome outcome = evaluator.evaluate(filter, record);
    QCOMPARE(outcome.met, met);
    QVERIFY(!outcome.detail.isEmpty());
    if (!detail.isEmpty())
        QVERIFY2(outcome.detail.contains(detail), qPrintable(outcome.detail));
    QVERIFY2(!outcome.detail.contains(QLatin1String("is unknown")), qPrintable(outcome.detail));

    // Every entry point agrees.
    QCOMPARE(evaluator.evaluate(compiled, record).met, met);
    const QVector<FilterGroup> groups{group({filter})};
    QCOMPARE(evaluator.matches(groups, record), met);
    QCOMPARE(evaluator.matches(evaluator.compile(groups), record), met);
    QCOMPARE(evaluator.evaluate(groups, record).met, met);
}

// --- filters that cannot be evaluated never match --------------------------------------------

void TestFilterEvaluator::invalidFilters_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("problem");

    const auto add = [](const char *name, PropertyType type, Operator op, const QStringList &values,
                        const char *problem) {
        QTest::newRow(name) << int(type) << int(op) << values << QString::fromUtf8(problem);
    };
    add("number value not a number", PropertyType::Number, Operator::Gt, {"abc"},
        "“abc” is not a number");
    add("neq value not a number", PropertyType::Number, Operator::Neq, {"1,5"},
        "“1,5” is not a number");
    add("between one bound", PropertyType::Number, Operator::Between, {"1"}, "exactly");
    add("between three bounds", PropertyType::Number, Operator::Between, {"1", "2", "3"},
        "exactly");
    add("eq without value", PropertyType::Number, Operator::Eq, {}, "exactly");
    add("huge exponent", PropertyType::Number, Operator::Gt, {"1e400000"}, "not a number");
    add("date not ISO", PropertyType::Date, Operator::On, {"29/02/2020"}, "not a date");
    add("date no such day", PropertyType::DateTime, Operator::Before, {"2021-02-29"}, "not a date");
    add("date with time", PropertyType::Date, Operator::After, {"2020-02-29T00:00:00Z"},
        "not a date");
    add("negative days", PropertyType::Date, Operator::MoreThanDaysAgo, {"-1"},
        "whole number of days");
    add("fractional days", PropertyType::DateTime, Operator::LessThanDaysAgo, {"1.5"},
        "whole number of days");
    add("text days", PropertyType::DateTime, Operator::LessThanDaysAgo, {"three"},
        "whole number of days");
    add("text none of without value", PropertyType::Text, Operator::IsNoneOf, {}, "at least");
    add("text only blank values", PropertyType::Text, Operator::ContainsNone, {""},
        "no text to compare");
    add("gt on text", PropertyType::Text, Operator::Gt, {"1"}, "does not apply");
    add("contains on enumeration", PropertyType::Enumeration, Operator::ContainsAny, {"a"},
        "does not apply");
    add("on for number", PropertyType::Number, Operator::On, {"2020-01-01"}, "does not apply");
    add("is_any_of on number", PropertyType::Number, Operator::IsAnyOf, {"1"}, "does not apply");
}

void TestFilterEvaluator::invalidFilters()
{
    QFETCH(int, type);
    QFETCH(int, op);
    QFETCH(QStringList, values);
    QFETCH(QString, problem);

    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    const Filter filter =
        makeFilter(FilterObject::Deal, Property, PropertyType(type), Operator(op), values);
    const CompiledFilter compiled = evaluator.compile(filter);
    QVERIFY2(compiled.problem().contains(problem), qPrintable(compiled.problem()));

    // Whatever the record holds — a value, or none — the filter is not met.
    for (const QJsonValue &value :
         {QJsonValue(QStringLiteral("1")), QJsonValue(QStringLiteral("2020-01-01")),
          QJsonValue(QStringLiteral("abc")), missing()}) {
        const RecordView record = recordWith(FilterObject::Deal, Property, value);
        const FilterOutcome outcome = evaluator.evaluate(filter, record);
        QVERIFY(!outcome.met);
        QCOMPARE(outcome.detail, compiled.problem());
        QVERIFY(!evaluator.matches({group({filter})}, record));
    }
}

// --- groups: AND inside, OR between -------------------------------------------------------

void TestFilterEvaluator::groups_data()
{
    // A spec lists groups separated by '|', filters by '&'; T is a filter the record meets,
    // F one it does not, '-' an empty group. "" is no group at all.
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("groupsMet"); // one 0/1 per group

    QTest::newRow("zero groups") << "" << false << "";
    QTest::newRow("one empty group") << "-" << false << "0";
    QTest::newRow("empty group or met") << "-|T" << true << "01";
    QTest::newRow("single met") << "T" << true << "1";
    QTest::newRow("single unmet") << "F" << false << "0";
    QTest::newRow("and, both met") << "T&T" << true << "1";
    QTest::newRow("and, first unmet") << "F&T" << false << "0";
    QTest::newRow("and, last unmet") << "T&T&F" << false << "0";
    QTest::newRow("or, second met") << "F|T" << true << "01";
    QTest::newRow("or, first met") << "T|F" << true << "10";
    QTest::newRow("or, none met") << "F|F" << false << "00";
    QTest::newRow("each group half met") << "T&F|F&T" << false << "00";
    QTest::newRow("last group fully met") << "T&F|F&T|T&T" << true << "001";
    QTest::newRow("all groups met") << "T&T|T" << true << "11";
}

void TestFilterEvaluator::groups()
{
    QFETCH(QString, spec);
    QFETCH(bool, met);
    QFETCH(QString, groupsMet);

    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    // The deal's amount is 500: "amount > 100" is met, "amount > 1000" is not.
    const Filter metFilter = makeFilter(FilterObject::Deal, QStringLiteral("amount"),
                                        PropertyType::Number, Operator::Gt, {"100"});
    const Filter unmetFilter = makeFilter(FilterObject::Deal, QStringLiteral("amount"),
                                          PropertyType::Number, Operator::Gt, {"1000"});
    const RecordView record = recordWith(FilterObject::Deal, QStringLiteral("amount"), "500");

    QVector<FilterGroup> groups;
    if (!spec.isEmpty()) {
        for (const QString &groupSpec : spec.split(u'|')) {
            FilterGroup g;
            if (groupSpec != QLatin1String("-")) {
                for (const QString &f : groupSpec.split(u'&'))
                    g.filters.append(f == QLatin1String("T") ? metFilter : unmetFilter);
            }
            groups.append(g);
        }
    }

    QCOMPARE(evaluator.matches(groups, record), met);
    QCOMPARE(evaluator.matches(evaluator.compile(groups), record), met);
    const TriggerOutcome outcome = evaluator.evaluate(groups, record);
    QCOMPARE(outcome.met, met);
    QCOMPARE(outcome.groups.size(), groups.size());
    QString actualGroupsMet;
    for (int g = 0; g < outcome.groups.size(); ++g) {
        actualGroupsMet += outcome.groups.at(g).met ? u'1' : u'0';
        // Every filter is reported, even after one failed (the test-run screen shows them all).
        QCOMPARE(outcome.groups.at(g).filters.size(), groups.at(g).filters.size());
        for (int f = 0; f < groups.at(g).filters.size(); ++f) {
            QCOMPARE(outcome.groups.at(g).filters.at(f).met,
                     groups.at(g).filters.at(f) == metFilter);
        }
    }
    QCOMPARE(actualGroupsMet, groupsMet);
}

// --- filters reading associated objects -----------------------------------------------------

void TestFilterEvaluator::associatedObjects_data()
{
    QTest::addColumn<QJsonValue>("contactEmail"); // undefined: no associated contact
    QTest::addColumn<QJsonValue>("dealAmount");   // undefined: no associated deal
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("detail"); // of the contact filter

    QTest::newRow("both match") << QJsonValue("Kari@ACME.com") << QJsonValue("250") << true
                                << "Contact › email is “Kari@ACME.com”";
    QTest::newRow("contact differs")
        << QJsonValue("kari@globex.com") << QJsonValue("250") << false << "kari@globex.com";
    QTest::newRow("deal too small")
        << QJsonValue("kari@acme.com") << QJsonValue("99.99") << false << "kari@acme.com";
    QTest::newRow("contact email unknown") << QJsonValue(QJsonValue::Null) << QJsonValue("250")
                                           << false << "Contact › email is unknown";
    QTest::newRow("no associated contact")
        << missing() << QJsonValue("250") << false << "no Contact is associated";
    QTest::newRow("no associated deal")
        << QJsonValue("kari@acme.com") << missing() << false << "kari@acme.com";
}

void TestFilterEvaluator::associatedObjects()
{
    QFETCH(QJsonValue, contactEmail);
    QFETCH(QJsonValue, dealAmount);
    QFETCH(bool, met);
    QFETCH(QString, detail);

    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    // A payment workflow: the payment succeeded, its first contact is at Acme, and its deal is
    // above 100.
    const QVector<FilterGroup> groups{group({
        makeFilter(FilterObject::Payment, QStringLiteral("hs_latest_status"),
                   PropertyType::Enumeration, Operator::IsAnyOf, {"succeeded"}),
        makeFilter(FilterObject::Contact, QStringLiteral("email"), PropertyType::Text,
                   Operator::ContainsAny, {"@acme.com"}),
        makeFilter(FilterObject::Deal, QStringLiteral("amount"), PropertyType::Number,
                   Operator::Gte, {"100"}),
    })};
    RecordView record;
    // The payment itself also has an "email" and "amount" that would match: a filter must read
    // the object it names, not the enrolled one.
    record.objects.insert(FilterObject::Payment, QJsonObject{{"hs_latest_status", "succeeded"},
                                                             {"email", "someone@acme.com"},
                                                             {"amount", "1000"}});
    if (!contactEmail.isUndefined())
        record.objects.insert(FilterObject::Contact, QJsonObject{{"email", contactEmail}});
    if (!dealAmount.isUndefined())
        record.objects.insert(FilterObject::Deal, QJsonObject{{"amount", dealAmount}});

    QCOMPARE(evaluator.matches(groups, record), met);
    const TriggerOutcome outcome = evaluator.evaluate(groups, record);
    QCOMPARE(outcome.met, met);
    QVERIFY(outcome.groups.at(0).filters.at(0).met);
    QVERIFY2(outcome.groups.at(0).filters.at(1).detail.contains(detail),
             qPrintable(outcome.groups.at(0).filters.at(1).detail));
}

// --- the five seed templates' triggers (PRODUCT.md §1) ---------------------------------------

void TestFilterEvaluator::seedTemplates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("properties");
    QTest::addColumn<bool>("met");

    const auto row = [](const char *rowName, const char *name, const QJsonObject &properties,
                        bool met) {
        QTest::newRow(rowName) << QString::fromLatin1(name) << properties << met;
    };
    // Quote › Esign completed signatures is known
    row("esign: two signers", "esign", {{"hs_esign_num_signers_completed", "2"}}, true);
    row("esign: zero is a value", "esign", {{"hs_esign_num_signers_completed", "0"}}, true);
    row("esign: empty", "esign", {{"hs_esign_num_signers_completed", ""}}, false);
    row("esign: null", "esign", {{"hs_esign_num_signers_completed", QJsonValue()}}, false);
    row("esign: missing", "esign", {{"hs_title", "Q-1"}}, false);
    // Deal › Deal name contains any of "Payment link"
    row("deal: contains", "paymentLink", {{"dealname", "Acme – Payment link"}}, true);
    row("deal: other case", "paymentLink", {{"dealname", "acme payment LINK 2026"}}, true);
    row("deal: hyphenated", "paymentLink", {{"dealname", "Acme payment-link"}}, false);
    row("deal: other name", "paymentLink", {{"dealname", "Acme renewal"}}, false);
    row("deal: missing", "paymentLink", {{"amount", "10"}}, false);
    // Payment › Latest status is any of succeeded AND Source is none of INVOICE
    row("paid: payment link", "paidInvoice",
        {{"hs_latest_status", "succeeded"}, {"hs_payment_source_app", "PAYMENT_LINK"}}, true);
    row("paid: from an invoice", "paidInvoice",
        {{"hs_latest_status", "succeeded"}, {"hs_payment_source_app", "INVOICE"}}, false);
    row("paid: no source", "paidInvoice", {{"hs_latest_status", "succeeded"}}, false);
    row("paid: empty source", "paidInvoice",
        {{"hs_latest_status", "succeeded"}, {"hs_payment_source_app", ""}}, false);
    row("paid: source in other case is not INVOICE", "paidInvoice",
        {{"hs_latest_status", "succeeded"}, {"hs_payment_source_app", "invoice"}}, true);
    row("paid: not succeeded", "paidInvoice",
        {{"hs_latest_status", "processing"}, {"hs_payment_source_app", "QUOTE"}}, false);
    // Payment › Latest status is any of refunded
    row("refund: refunded", "refund", {{"hs_latest_status", "refunded"}}, true);
    row("refund: other case", "refund", {{"hs_latest_status", "Refunded"}}, false);
    row("refund: succeeded", "refund", {{"hs_latest_status", "succeeded"}}, false);
    row("refund: missing", "refund", {{"hs_fees_amount", "1"}}, false);
    // Payment › Fees amount is greater than 0
    row("fees: zero", "fees", {{"hs_fees_amount", "0"}}, false);
    row("fees: zero with decimals", "fees", {{"hs_fees_amount", "0.00"}}, false);
    row("fees: a cent", "fees", {{"hs_fees_amount", "0.01"}}, true);
    row("fees: typical", "fees", {{"hs_fees_amount", "2.90"}}, true);
    row("fees: negative", "fees", {{"hs_fees_amount", "-1"}}, false);
    row("fees: not a number", "fees", {{"hs_fees_amount", "n/a"}}, false);
    row("fees: missing", "fees", {{"amount", "100"}}, false);
}

void TestFilterEvaluator::seedTemplates()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, properties);
    QFETCH(bool, met);

    // The triggers as resources/templates/*.json state them.
    FilterObject object = FilterObject::Payment;
    QVector<Filter> filters;
    if (name == QLatin1String("esign")) {
        object = FilterObject::Quote;
        filters = {makeFilter(object, "hs_esign_num_signers_completed", PropertyType::Number,
                              Operator::IsKnown)};
    } else if (name == QLatin1String("paymentLink")) {
        object = FilterObject::Deal;
        filters = {makeFilter(object, "dealname", PropertyType::Text, Operator::ContainsAny,
                              {"Payment link"})};
    } else if (name == QLatin1String("paidInvoice")) {
        filters = {makeFilter(object, "hs_latest_status", PropertyType::Enumeration,
                              Operator::IsAnyOf, {"succeeded"}),
                   makeFilter(object, "hs_payment_source_app", PropertyType::Enumeration,
                              Operator::IsNoneOf, {"INVOICE"})};
    } else if (name == QLatin1String("refund")) {
        filters = {makeFilter(object, "hs_latest_status", PropertyType::Enumeration,
                              Operator::IsAnyOf, {"refunded"})};
    } else {
        filters = {makeFilter(object, "hs_fees_amount", PropertyType::Number, Operator::Gt, {"0"})};
    }

    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    RecordView record;
    record.objects.insert(object, properties);
    const QVector<FilterGroup> groups{group(filters)};
    QCOMPARE(evaluator.matches(groups, record), met);
    QCOMPARE(evaluator.evaluate(groups, record).met, met);
}

// --- details -----------------------------------------------------------------------------------

void TestFilterEvaluator::details_data()
{
    QTest::addColumn<bool>("labelled");
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("detail");

    QTest::newRow("value, property name")
        << false << int(PropertyType::Text) << QJsonValue("Acme payment link")
        << QStringLiteral("Deal › dealname is “Acme payment link”");
    QTest::newRow("value, label") << true << int(PropertyType::Text)
                                  << QJsonValue("Acme payment link")
                                  << QStringLiteral("Deal › Deal name is “Acme payment link”");
    QTest::newRow("unknown, label") << true << int(PropertyType::Text) << QJsonValue("")
                                    << QStringLiteral("Deal › Deal name is unknown");
    QTest::newRow("not a number") << true << int(PropertyType::Number) << QJsonValue("abc")
                                  << QStringLiteral("Deal › Deal name is “abc”, which is not "
                                                    "a number");
    QTest::newRow("datetime names its local day")
        << true << int(PropertyType::DateTime) << QJsonValue("2026-11-27T03:00:00.000Z")
        << QStringLiteral("Deal › Deal name is “2026-11-27T03:00:00.000Z” (2026-11-26 in "
                          "America/New_York)");
    QTest::newRow("date from epoch ms names its day")
        << true << int(PropertyType::Date) << QJsonValue("1582934400000")
        << QStringLiteral("Deal › Deal name is “1582934400000” (2020-02-29)");
    QTest::newRow("long value elided")
        << false << int(PropertyType::Text) << QJsonValue(QString(200, u'x'))
        << QStringLiteral("Deal › dealname is “") + QString(79, u'x') + QChar(0x2026) +
               QStringLiteral("”");
}

void TestFilterEvaluator::details()
{
    QFETCH(bool, labelled);
    QFETCH(int, type);
    QFETCH(QJsonValue, value);
    QFETCH(QString, detail);

    const FixedClock clock(testNow());
    FilterEvaluator evaluator(clock, newYork());
    if (labelled)
        evaluator.setPropertyLabels(FilterObject::Deal, {{"dealname", "Deal name"}});
    const Filter filter =
        makeFilter(FilterObject::Deal, "dealname", PropertyType(type), Operator::IsKnown);
    const RecordView record = recordWith(FilterObject::Deal, "dealname", value);
    // is_known passes any value through, so the detail is the value's description; for the
    // "not a number" row, use a number operator.
    const Filter shown =
        type == int(PropertyType::Number)
            ? makeFilter(FilterObject::Deal, "dealname", PropertyType::Number, Operator::Gt, {"0"})
            : filter;
    QCOMPARE(evaluator.evaluate(shown, record).detail, detail);
}

// --- relative days follow the clock across midnight in the account zone ---------------------

void TestFilterEvaluator::relativeDaysFollowTheClock_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");

    QTest::newRow("datetime") << int(PropertyType::DateTime) << "2026-11-26T15:00:00Z";
    QTest::newRow("date") << int(PropertyType::Date) << "2026-11-26";
}

void TestFilterEvaluator::relativeDaysFollowTheClock()
{
    QFETCH(int, type);
    QFETCH(QString, value);

    FixedClock clock(testNow()); // 2026-11-26 22:00 in New York
    const FilterEvaluator evaluator(clock, newYork());
    const QVector<FilterGroup> today{group({makeFilter(
        FilterObject::Deal, Property, PropertyType(type), Operator::LessThanDaysAgo, {"0"})})};
    const QVector<FilterGroup> past{group({makeFilter(
        FilterObject::Deal, Property, PropertyType(type), Operator::MoreThanDaysAgo, {"0"})})};
    const CompiledTrigger todayTrigger = evaluator.compile(today);
    const CompiledTrigger pastTrigger = evaluator.compile(past);
    const RecordView record = recordWith(FilterObject::Deal, Property, value);

    QVERIFY(evaluator.matches(todayTrigger, record));
    QVERIFY(!evaluator.matches(pastTrigger, record));
    clock.advanceSecs(2 * 60 * 60 - 1); // 23:59:59 in New York: still the same day
    QVERIFY(evaluator.matches(todayTrigger, record));
    QVERIFY(!evaluator.matches(pastTrigger, record));
    clock.advanceSecs(1); // midnight in New York: the value is now yesterday's
    QVERIFY(!evaluator.matches(todayTrigger, record));
    QVERIFY(evaluator.matches(pastTrigger, record));
    clock.set(testNow()); // and back (the cached day follows the clock both ways)
    QVERIFY(evaluator.matches(todayTrigger, record));
    QVERIFY(!evaluator.matches(pastTrigger, record));
}

void TestFilterEvaluator::invalidZoneMeansUtc()
{
    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, QTimeZone());
    const Filter filter = makeFilter(FilterObject::Deal, Property, PropertyType::DateTime,
                                     Operator::On, {"2026-11-27"});
    const RecordView record = recordWith(FilterObject::Deal, Property, "2026-11-27T03:00:00Z");
    QVERIFY(evaluator.evaluate(filter, record).met); // in UTC it is the 27th
    const FilterEvaluator inNewYork(clock, newYork());
    QVERIFY(!inNewYork.evaluate(filter, record).met);
}

void TestFilterEvaluator::compiledFilterIsReusable()
{
    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    const CompiledFilter compiled = evaluator.compile(makeFilter(
        FilterObject::Deal, Property, PropertyType::Number, Operator::Between, {"20", "10"}));
    QCOMPARE(compiled.filter().values, QStringList({"20", "10"}));
    int met = 0;
    for (int i = 0; i < 30; ++i) {
        const RecordView record = recordWith(FilterObject::Deal, Property, QString::number(i));
        met += evaluator.evaluate(compiled, record).met ? 1 : 0;
    }
    QCOMPARE(met, 11); // 10..20 inclusive
}

void TestFilterEvaluator::benchmarkCompiledTrigger()
{
    // Not a pass/fail limit (the machine is shared); prints the time per record so a slowdown
    // shows. Five filters per record, the seed templates' kinds plus a relative date.
    const FixedClock clock(testNow());
    const FilterEvaluator evaluator(clock, newYork());
    const QVector<FilterGroup> groups{group({
        makeFilter(FilterObject::Payment, "hs_latest_status", PropertyType::Enumeration,
                   Operator::IsAnyOf, {"succeeded"}),
        makeFilter(FilterObject::Payment, "hs_payment_source_app", PropertyType::Enumeration,
                   Operator::IsNoneOf, {"INVOICE"}),
        makeFilter(FilterObject::Payment, "hs_fees_amount", PropertyType::Number, Operator::Gt,
                   {"0"}),
        makeFilter(FilterObject::Deal, "dealname", PropertyType::Text, Operator::ContainsAny,
                   {"Payment link"}),
        makeFilter(FilterObject::Payment, "hs_initial_date", PropertyType::DateTime,
                   Operator::LessThanDaysAgo, {"30"}),
    })};
    const CompiledTrigger trigger = evaluator.compile(groups);
    RecordView record;
    record.objects.insert(FilterObject::Payment,
                          QJsonObject{{"hs_latest_status", "succeeded"},
                                      {"hs_payment_source_app", "PAYMENT_LINK"},
                                      {"hs_fees_amount", "2.90"},
                                      {"hs_initial_date", "2026-11-20T10:00:00.000Z"}});
    record.objects.insert(FilterObject::Deal, QJsonObject{{"dealname", "Acme – Payment link"}});
    QVERIFY(evaluator.matches(trigger, record));
    bool all = true;
    QBENCHMARK
    {
        for (int i = 0; i < 1000; ++i)
            all = evaluator.matches(trigger, record) && all;
    }
    QVERIFY(all);
}

QTEST_GUILESS_MAIN(TestFilterEvaluator)
#include "tst_filterevaluator.moc"
