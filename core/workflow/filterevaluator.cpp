#include "core/workflow/filterevaluator.h"

#include "core/util/clock.h"
#include "core/util/tr.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <limits>
#include <optional>

// Day rules (hubspot-verified.md §6; PRODUCT.md §1 is the authority for the operators):
// - Record values may be ISO 8601 ("2020-02-29", "2020-02-29T03:30:17.000Z", with or without
//   milliseconds, with an offset or none — none means UTC, HubSpot's storage zone) or epoch
//   milliseconds ("1582946417000"): §6 saw both on reads, so both are accepted for both types.
// - A `datetime` is an instant; its day is its local date in the account time zone, because
//   HubSpot's filter engine anchors day boundaries to the portal's zone (§6, "Workflow / list
//   date filters"). An instant at 2026-11-27T03:00Z is on 2026-11-26 in New York.
// - A `date` is a calendar day stored as midnight UTC (§6 "Types"), so its day is its UTC date,
//   the same for every viewer.
// - Filter values for on/before/after/between are days "YYYY-MM-DD"; on D: day == D; before D:
//   day < D; after D: day > D; between D1, D2: D1 ≤ day ≤ D2 whichever order they are given.
// - Relative filters count calendar days from today (the clock's now in the account zone), as
//   HubSpot's TODAY-anchored engine does (§6; the legacy 24-hour counting is not reproduced):
//   more than N days ago: day < today − N; less than N days ago: today − N ≤ day ≤ today, so a
//   future day never matches. §6's API example ends the window at NOW rather than at the end of
//   today; we keep whole days so that a filter's answer for a record changes only at midnight.
// For `datetime` these days become UTC instants once, at compile time (or once per day for the
// relative ones), so evaluating a record needs no time-zone arithmetic.

namespace bookflow {

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;
constexpr qint64 JulianDayOfEpoch = 2440588; // QDate::toJulianDay() of 1970-01-01
constexpr qint64 MaxDaysAgo = 1000000;       // ~2,700 years: anything larger is a typo
constexpr qint64 Unbounded = std::numeric_limits<qint64>::max();
constexpr qint64 UnboundedBelow = std::numeric_limits<qint64>::min();

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// A small cursor over ASCII text; every reader fails (returns false / -1) rather than throwing.
struct Scanner
{
    QStringView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : text[pos].unicode(); }
    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    // Exactly `count` ASCII digits, or -1.
    qint64 digits(int count)
    {
        if (pos + count > text.size())
            return -1;
        qint64 value = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = text[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        pos += count;
        return value;
    }
};

// "YYYY-MM-DD" at the scanner, as days since the epoch.
std::optional<qint64> scanDay(Scanner &in)
{
    const qint64 year = in.digits(4);
    if (year < 0 || !in.take(u'-'))
        return std::nullopt;
    const qint64 month = in.digits(2);
    if (month < 1 || month > 12 || !in.take(u'-'))
        return std::nullopt;
    const qint64 day = in.digits(2);
    if (day < 1 || day > daysInMonth(year, int(month)))
        return std::nullopt;
    return daysFromCivil(year, int(month), int(day));
}

// A filter value naming a day: exactly "YYYY-MM-DD" (surrounding whitespace allowed).
std::optional<qint64> parseDay(QStringView text)
{
    Scanner in{text.trimmed()};
    const auto day = scanDay(in);
    if (!day || !in.atEnd())
        return std::nullopt;
    return day;
}

// A record's date or datetime value as UTC milliseconds since the epoch; `dateOnly` is set for
// "YYYY-MM-DD" (taken as midnight UTC, HubSpot's storage rule for dates).
std::optional<qint64> parseInstant(QStringView text, bool *dateOnly = nullptr)
{
    text = text.trimmed();
    if (dateOnly)
        *dateOnly = false;
    if (text.isEmpty())
        return std::nullopt;

    // Epoch milliseconds, possibly negative; 16 digits reach past the year 300,000.
    const bool negative = text.startsWith(u'-');
    const QStringView digits = negative ? text.mid(1) : text;
    const bool epochForm =
        !digits.isEmpty() &&
        std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (epochForm) {
        if (digits.size() > 16)
            return std::nullopt;
        qint64 value = 0;
        for (QChar c : digits)
            value = value * 10 + (c.unicode() - u'0');
        return negative ? -value : value;
    }

    Scanner in{text};
    const auto day = scanDay(in);
    if (!day)
        return std::nullopt;
    if (in.atEnd()) {
        if (dateOnly)
            *dateOnly = true;
        return *day * MsPerDay;
    }
    if (!in.take(u'T') && !in.take(u't') && !in.take(u' '))
        return std::nullopt;
    const qint64 hour = in.digits(2);
    if (hour < 0 || hour > 23 || !in.take(u':'))
        return std::nullopt;
    const qint64 minute = in.digits(2);
    if (minute < 0 || minute > 59)
        return std::nullopt;
    qint64 second = 0;
    qint64 millis = 0;
    if (in.take(u':')) {
        second = in.digits(2);
        if (second < 0 || second > 59)
            return std::nullopt;
        if (in.take(u'.') || in.take(u',')) {
            // Any number of fraction digits; milliseconds keep the first three.
            int count = 0;
            for (; !in.atEnd() && in.peek() >= u'0' && in.peek() <= u'9'; ++in.pos, ++count) {
                if (count < 3)
                    millis = millis * 10 + (in.peek() - u'0');
            }
            if (count == 0)
                return std::nullopt;
            for (; count < 3; ++count)
                millis *= 10;
        }
    }
    qint64 offsetMs = 0;
    if (in.take(u'Z') || in.take(u'z')) {
        // UTC
    } else if (in.peek() == u'+' || in.peek() == u'-') {
        const bool west = in.peek() == u'-';
        ++in.pos;
        const qint64 offsetHours = in.digits(2);
        if (offsetHours < 0 || offsetHours > 23)
            return std::nullopt;
        qint64 offsetMinutes = 0;
        if (!in.atEnd()) {
            in.take(u':');
            offsetMinutes = in.digits(2);
            if (offsetMinutes < 0 || offsetMinutes > 59)
                return std::nullopt;
        }
        offsetMs = (offsetHours * 60 + offsetMinutes) * 60 * 1000 * (west ? -1 : 1);
    }
    if (!in.atEnd())
        return std::nullopt;
    return *day * MsPerDay + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// The form text is compared in: Unicode case folding of the canonical decomposition, then
// recomposed (so "Å" typed as A + ring equals the precomposed "å", and "contains a" does not
// find the "a" inside "å"). Pure ASCII, the common case, takes a short path.
QString foldText(QStringView text)
{
    if (isAscii(text)) {
        QString folded(text.size(), Qt::Uninitialized);
        QChar *out = folded.data();
        for (QChar c : text)
            *out++ = (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
        return folded;
    }
    QString folded = text.toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    // Qt folds one character to one ("simple" folding). Add the full foldings that matter for
    // names and addresses so that "STRASSE" finds "Straße" (Unicode CaseFolding.txt, status F).
    static const struct
    {
        char16_t from;
        const char16_t *to;
    } fullFoldings[] = {
        {0x00DF, u"ss"},  {0x1E9E, u"ss"},  {0xFB00, u"ff"}, {0xFB01, u"fi"}, {0xFB02, u"fl"},
        {0xFB03, u"ffi"}, {0xFB04, u"ffl"}, {0xFB05, u"st"}, {0xFB06, u"st"},
    };
    for (const auto &folding : fullFoldings) {
        if (folded.contains(QChar(folding.from)))
            folded.replace(QChar(folding.from), QString::fromUtf16(folding.to));
    }
    return folded.normalized(QString::NormalizationForm_C);
}

// The property's value as text; a null or empty QString means "unknown". Values are strings
// from HubSpot; a number or bool from an odd client is read by its text form.
QString propertyText(const RecordView &record, const Filter &filter)
{
    const auto object = record.objects.constFind(filter.object);
    if (object == record.objects.constEnd())
        return {};
    const QJsonValue value = object->value(filter.property);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers print as integers ("1582946417000", not "1.582946417e+12").
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        if (whole != notWhole)
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    default: // null, missing, arrays and objects: nothing a filter can compare
        return {};
    }
}

// A multi-checkbox value with no option in it (";") has no value either.
bool hasEnumerationValue(QStringView text)
{
    for (const QStringView part : text.tokenize(u';')) {
        if (!part.isEmpty())
            return true;
    }
    return false;
}

QString shown(const QString &value)
{
    constexpr qsizetype limit = 80;
    if (value.size() <= limit)
        return value;
    return value.left(limit - 1) + QChar(0x2026);
}

QString propertyTypeName(PropertyType type)
{
    switch (type) {
    case PropertyType::Text:
        return Tr::tr("text");
    case PropertyType::Number:
        return Tr::tr("number");
    case PropertyType::Date:
        return Tr::tr("date");
    case PropertyType::DateTime:
        return Tr::tr("date and time");
    case PropertyType::Enumeration:
        return Tr::tr("dropdown");
    case PropertyType::Bool:
        return Tr::tr("yes/no");
    }
    return {};
}

} // namespace

struct FilterEvaluator::Today
{
    bool known = false;
    qint64 days = 0;
};

struct FilterEvaluator::DayCache
{
    QMutex mutex;
    // Today's day, valid while now is in [validFromMs, validUntilMs) (empty until first use).
    qint64 validFromMs = 0;
    qint64 validUntilMs = 0;
    qint64 todayDays = 0;
    QHash<qint64, qint64> startOfDayMs; // days since epoch → UTC ms of local midnight
};

FilterEvaluator::FilterEvaluator(const Clock &clock, QTimeZone accountZone)
    : m_clock(clock), m_zone(accountZone.isValid() ? std::move(accountZone) : QTimeZone::utc()),
      m_cache(std::make_unique<DayCache>())
{
}

FilterEvaluator::~FilterEvaluator() = default;

void FilterEvaluator::setPropertyLabels(FilterObject object, const QHash<QString, QString> &labels)
{
    m_labels.insert(object, labels);
}

qint64 FilterEvaluator::startOfDayMs(qint64 daysSinceEpoch) const
{
    QMutexLocker lock(&m_cache->mutex);
    const auto cached = m_cache->startOfDayMs.constFind(daysSinceEpoch);
    if (cached != m_cache->startOfDayMs.constEnd())
        return *cached;
    // startOfDay, not 00:00: in a zone whose clocks skip midnight the day starts at 01:00.
    const qint64 ms = QDate::fromJulianDay(daysSinceEpoch + JulianDayOfEpoch)
                          .startOfDay(m_zone)
                          .toMSecsSinceEpoch();
    if (m_cache->startOfDayMs.size() > 4096) // compiled filters and a few "todays" fit easily
        m_cache->startOfDayMs.clear();
    m_cache->startOfDayMs.insert(daysSinceEpoch, ms);
    return ms;
}

qint64 FilterEvaluator::todayDays(Today &today) const
{
    if (today.known)
        return today.days;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_cache->mutex);
        if (nowMs >= m_cache->validFromMs && nowMs < m_cache->validUntilMs) {
            today = {true, m_cache->todayDays};
            return today.days;
        }
    }
    const QDate localDate = QDateTime::fromMSecsSinceEpoch(nowMs, m_zone).date();
    const qint64 days = localDate.toJulianDay() - JulianDayOfEpoch;
    const qint64 from = startOfDayMs(days);
    const qint64 until = startOfDayMs(days + 1);
    {
        QMutexLocker lock(&m_cache->mutex);
        m_cache->validFromMs = from;
        m_cache->validUntilMs = until;
        m_cache->todayDays = days;
    }
    today = {true, days};
    return days;
}

QString FilterEvaluator::subject(const Filter &filter) const
{
    const QString label = m_labels.value(filter.object).value(filter.property, filter.property);
    return Tr::tr("%1 › %2").arg(filterObjectLabel(filter.object), label);
}

QString FilterEvaluator::describeDay(const Filter &filter, const QString &raw, qint64 instantMs,
                                     bool dateOnly) const
{
    // Name the day the value counts as, where it is not plain to see: a datetime's local day
    // (it differs from the UTC date in the evening), a date given as epoch milliseconds.
    if (filter.propertyType == PropertyType::DateTime) {
        const QDate local = QDateTime::fromMSecsSinceEpoch(instantMs, m_zone).date();
        return Tr::tr("%1 is “%2” (%3 in %4)")
            .arg(subject(filter), shown(raw), local.toString(Qt::ISODate),
                 QString::fromUtf8(m_zone.id()));
    }
    if (!dateOnly) {
        const QDate day = QDate::fromJulianDay(floorDiv(instantMs, MsPerDay) + JulianDayOfEpoch);
        return Tr::tr("%1 is “%2” (%3)")
            .arg(subject(filter), shown(raw), day.toString(Qt::ISODate));
    }
    return Tr::tr("%1 is “%2”").arg(subject(filter), shown(raw));
}

CompiledFilter FilterEvaluator::compile(const Filter &filter) const
{
    using Kind = CompiledFilter::Kind;
    using Comparison = CompiledFilter::Comparison;

    CompiledFilter compiled;
    compiled.m_filter = filter;
    const auto invalid = [&compiled](const QString &problem) {
        compiled.m_kind = Kind::Invalid;
        compiled.m_problem = problem;
        return compiled;
    };

    const Operator op = filter.op;
    const PropertyType type = filter.propertyType;
    // is_known / is_unknown take no values; stray ones change nothing, so they are ignored.
    if (op == Operator::IsKnown || op == Operator::IsUnknown) {
        compiled.m_kind = op == Operator::IsKnown ? Kind::Known : Kind::Unknown;
        return compiled;
    }
    if (!operatorsFor(type).contains(op)) {
        return invalid(Tr::tr("“%1” does not apply to a %2 property")
                           .arg(operatorLabel(op, type), propertyTypeName(type)));
    }
    const ValueCount count = valueCountFor(op);
    const auto valueCount = filter.values.size();
    if (valueCount < count.min || (count.max >= 0 && valueCount > count.max)) {
        return invalid(count.min == count.max
                           ? Tr::tr("The filter needs exactly %n value(s)", nullptr, count.min)
                           : Tr::tr("The filter needs at least %n value(s)", nullptr, count.min));
    }
    compiled.m_negate = op == Operator::IsNoneOf || op == Operator::ContainsNone;

    switch (type) {
    case PropertyType::Text:
        // An empty value would be contained in (and start) every text: a stray blank entry
        // must not turn "doesn't contain any of" into "matches nothing".
        for (const QString &value : filter.values) {
            if (!value.isEmpty())
                compiled.m_values.append(foldText(value));
        }
        if (compiled.m_values.isEmpty())
            return invalid(Tr::tr("The filter has no text to compare with"));
        compiled.m_kind = op == Operator::ContainsAny || op == Operator::ContainsNone
                              ? Kind::TextContains
                          : op == Operator::StartsWithAny ? Kind::TextStarts
                                                          : Kind::TextEquals;
        return compiled;

    case PropertyType::Enumeration:
        compiled.m_values = filter.values; // exact: HubSpot compares option values as they are
        compiled.m_kind = Kind::EnumAny;
        return compiled;

    case PropertyType::Bool:
        for (const QString &value : filter.values)
            compiled.m_values.append(foldText(value.trimmed()));
        compiled.m_kind = Kind::BoolAny;
        return compiled;

    case PropertyType::Number: {
        QVector<Decimal> numbers;
        for (const QString &value : filter.values) {
            const auto number = Decimal::parse(value);
            if (!number)
                return invalid(Tr::tr("The filter value “%1” is not a number").arg(shown(value)));
            numbers.append(*number);
        }
        compiled.m_kind = Kind::Number;
        compiled.m_number = numbers.at(0);
        switch (op) {
        case Operator::Eq:
            compiled.m_comparison = Comparison::Eq;
            break;
        case Operator::Neq:
            compiled.m_comparison = Comparison::Neq;
            break;
        case Operator::Gt:
            compiled.m_comparison = Comparison::Gt;
            break;
        case Operator::Gte:
            compiled.m_comparison = Comparison::Gte;
            break;
        case Operator::Lt:
            compiled.m_comparison = Comparison::Lt;
            break;
        case Operator::Lte:
            compiled.m_comparison = Comparison::Lte;
            break;
        default: // Between, the only other number operator (operatorsFor checked it)
            compiled.m_comparison = Comparison::Between;
            compiled.m_number = std::min(numbers.at(0), numbers.at(1));
            compiled.m_numberHigh = std::max(numbers.at(0), numbers.at(1));
            break;
        }
        return compiled;
    }

    case PropertyType::Date:
    case PropertyType::DateTime: {
        compiled.m_dateTime = type == PropertyType::DateTime;
        if (op == Operator::MoreThanDaysAgo || op == Operator::LessThanDaysAgo) {
            const QString text = filter.values.at(0).trimmed();
            bool ok = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
                return c >= u'0' && c <= u'9';
            });
            const qint64 days = ok ? text.toLongLong(&ok) : -1;
            if (!ok || days < 0 || days > MaxDaysAgo) {
                return invalid(Tr::tr("The filter value “%1” is not a whole number of days")
                                   .arg(shown(filter.values.at(0))));
            }
            compiled.m_days = days;
            compiled.m_kind =
                op == Operator::MoreThanDaysAgo ? Kind::MoreThanDaysAgo : Kind::LessThanDaysAgo;
            return compiled;
        }
        QVector<qint64> days;
        for (const QString &value : filter.values) {
            const auto day = parseDay(value);
            if (!day) {
                return invalid(
                    Tr::tr("The filter value “%1” is not a date (YYYY-MM-DD)").arg(shown(value)));
            }
            days.append(*day);
        }
        // The first key of a day: its start in the account zone (datetime) or the day itself.
        const auto key = [&](qint64 day) { return compiled.m_dateTime ? startOfDayMs(day) : day; };
        compiled.m_kind = Kind::DayRange;
        compiled.m_low = UnboundedBelow;
        compiled.m_high = Unbounded;
        switch (op) {
        case Operator::On:
            compiled.m_low = key(days.at(0));
            compiled.m_high = key(days.at(0) + 1);
            break;
        case Operator::Before:
            compiled.m_high = key(days.at(0));
            break;
        case Operator::After:
            compiled.m_low = key(days.at(0) + 1);
            break;
        default: // Between
            compiled.m_low = key(std::min(days.at(0), days.at(1)));
            compiled.m_high = key(std::max(days.at(0), days.at(1)) + 1);
            break;
        }
        return compiled;
    }
    }
    return invalid(Tr::tr("Unknown property type"));
}

CompiledTrigger FilterEvaluator::compile(const QVector<FilterGroup> &groups) const
{
    CompiledTrigger trigger;
    trigger.m_groups.reserve(groups.size());
    for (const FilterGroup &group : groups) {
        QVector<CompiledFilter> filters;
        filters.reserve(group.filters.size());
        for (const Filter &filter : group.filters)
            filters.append(compile(filter));
        trigger.m_groups.append(std::move(filters));
    }
    return trigger;
}

bool FilterEvaluator::test(const CompiledFilter &filter, const RecordView &record, Today &today,
                           QString *detail) const
{
    using Kind = CompiledFilter::Kind;
    using Comparison = CompiledFilter::Comparison;

    if (filter.m_kind == Kind::Invalid) {
        if (detail)
            *detail = filter.m_problem;
        return false;
    }

    const Filter &source = filter.m_filter;
    const QString raw = propertyText(record, source);
    const bool unknown = raw.isEmpty() || (source.propertyType == PropertyType::Enumeration &&
                                           !hasEnumerationValue(raw));
    if (unknown) {
        if (detail && !record.objects.contains(source.object)) {
            *detail = Tr::tr("%1 is unknown: no %2 is associated")
                          .arg(subject(source), filterObjectLabel(source.object));
        } else if (detail) {
            *detail = Tr::tr("%1 is unknown").arg(subject(source));
        }
        return filter.m_kind == Kind::Unknown;
    }
    const auto describe = [&]() {
        if (detail)
            *detail = Tr::tr("%1 is “%2”").arg(subject(source), shown(raw));
    };

    switch (filter.m_kind) {
    case Kind::Invalid: // handled above
    case Kind::Unknown:
    case Kind::Known:
        if (detail && (source.propertyType == PropertyType::Date ||
                       source.propertyType == PropertyType::DateTime)) {
            bool dateOnly = false;
            const auto instant = parseInstant(raw, &dateOnly);
            if (instant)
                *detail = describeDay(source, raw, *instant, dateOnly);
            else
                describe();
        } else {
            describe();
        }
        return filter.m_kind == Kind::Known;

    case Kind::TextEquals:
    case Kind::TextContains:
    case Kind::TextStarts:
    case Kind::BoolAny: {
        const QString folded = foldText(filter.m_kind == Kind::BoolAny ? QStringView(raw).trimmed()
                                                                       : QStringView(raw));
        bool any = false;
        for (const QString &value : filter.m_values) {
            any = filter.m_kind == Kind::TextContains ? folded.contains(value)
                  : filter.m_kind == Kind::TextStarts ? folded.startsWith(value)
                                                      : folded == value;
            if (any)
                break;
        }
        describe();
        return any != filter.m_negate;
    }

    case Kind::EnumAny: {
        bool any = false;
        for (const QStringView part : QStringView(raw).tokenize(u';')) {
            if (!part.isEmpty() && filter.m_values.contains(part)) {
                any = true;
                break;
            }
        }
        describe();
        return any != filter.m_negate;
    }

    case Kind::Number: {
        const auto number = Decimal::parse(raw);
        if (!number) {
            if (detail) {
                *detail =
                    Tr::tr("%1 is “%2”, which is not a number").arg(subject(source), shown(raw));
            }
            return false;
        }
        describe();
        const int order = number->compare(filter.m_number);
        switch (filter.m_comparison) {
        case Comparison::Eq:
            return order == 0;
        case Comparison::Neq:
            return order != 0;
        case Comparison::Gt:
            return order > 0;
        case Comparison::Gte:
            return order >= 0;
        case Comparison::Lt:
            return order < 0;
        case Comparison::Lte:
            return order <= 0;
        case Comparison::Between:
            return order >= 0 && number->compare(filter.m_numberHigh) <= 0;
        }
        return false;
    }

    case Kind::DayRange:
    case Kind::MoreThanDaysAgo:
    case Kind::LessThanDaysAgo: {
        bool dateOnly = false;
        const auto instant = parseInstant(raw, &dateOnly);
        if (!instant) {
            if (detail) {
                *detail =
                    Tr::tr("%1 is “%2”, which is not a date").arg(subject(source), shown(raw));
            }
            return false;
        }
        const qint64 key = filter.m_dateTime ? *instant : floorDiv(*instant, MsPerDay);
        if (detail)
            *detail = describeDay(source, raw, *instant, dateOnly);
        qint64 low = filter.m_low;
        qint64 high = filter.m_high;
        if (filter.m_kind != Kind::DayRange) {
            const qint64 todayDay = todayDays(today);
            const auto dayKey = [&](qint64 day) {
                return filter.m_dateTime ? startOfDayMs(day) : day;
            };
            low = filter.m_kind == Kind::MoreThanDaysAgo ? UnboundedBelow
                                                         : dayKey(todayDay - filter.m_days);
            high = filter.m_kind == Kind::MoreThanDaysAgo ? dayKey(todayDay - filter.m_days)
                                                          : dayKey(todayDay + 1);
        }
        return key >= low && key < high;
    }
    }
    return false;
}

FilterOutcome FilterEvaluator::evaluate(const Filter &filter, const RecordView &record) const
{
    return evaluate(compile(filter), record);
}

FilterOutcome FilterEvaluator::evaluate(const CompiledFilter &filter,
                                        const RecordView &record) const
{
    Today today;
    FilterOutcome outcome;
    outcome.met = test(filter, record, today, &outcome.detail);
    return outcome;
}

TriggerOutcome FilterEvaluator::evaluate(const QVector<FilterGroup> &groups,
                                         const RecordView &record) const
{
    return evaluate(compile(groups), record);
}

TriggerOutcome FilterEvaluator::evaluate(const CompiledTrigger &trigger,
                                         const RecordView &record) const
{
    Today today; // one "today" for the whole trigger, even across midnight
    TriggerOutcome outcome;
    for (const QVector<CompiledFilter> &group : trigger.m_groups) {
        GroupOutcome groupOutcome;
        groupOutcome.met = !group.isEmpty();
        for (const CompiledFilter &filter : group) {
            FilterOutcome filterOutcome;
            filterOutcome.met = test(filter, record, today, &filterOutcome.detail);
            groupOutcome.met = groupOutcome.met && filterOutcome.met;
            groupOutcome.filters.append(std::move(filterOutcome));
        }
        outcome.met = outcome.met || groupOutcome.met;
        outcome.groups.append(std::move(groupOutcome));
    }
    return outcome;
}

bool FilterEvaluator::matches(const QVector<FilterGroup> &groups, const RecordView &record) const
{
    return matches(compile(groups), record);
}

bool FilterEvaluator::matches(const CompiledTrigger &trigger, const RecordView &record) const
{
    Today today;
    for (const QVector<CompiledFilter> &group : trigger.m_groups) {
        if (group.isEmpty())
            continue;
        const bool all = std::all_of(group.begin(), group.end(), [&](const CompiledFilter &f) {
            return test(f, record, today, nullptr);
        });
        if (all)
            return true;
    }
    return false;
}

} // namespace bookflow
