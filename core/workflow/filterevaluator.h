#pragma once

#include "core/util/decimal.h"
#include "core/workflow/filter.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <memory>

namespace bookflow {

class Clock;

// What a trigger reads of one enrolled record: for each object the filters may name (the record
// itself and its associated deal, first contact, quote), the `properties` map exactly as HubSpot
// sends it. A missing object reads as "every property unknown".
struct RecordView
{
    QHash<FilterObject, QJsonObject> objects;
};

struct FilterOutcome
{
    bool met = false;
    QString detail; // e.g. "Deal › Deal name is “Acme payment link”", translated
};

struct GroupOutcome
{
    bool met = false;
    QVector<FilterOutcome> filters; // one per filter of the group, in order
};

struct TriggerOutcome
{
    bool met = false;
    QVector<GroupOutcome> groups; // one per group, in order
};

// A filter with its values parsed once (numbers, days, case-folded text), so that evaluating it
// on many records re-parses nothing. Made by FilterEvaluator::compile and tied to that
// evaluator's account time zone.
class CompiledFilter
{
public:
    const Filter &filter() const { return m_filter; }
    // Empty when the filter can be evaluated; otherwise why not (it then never matches).
    const QString &problem() const { return m_problem; }

private:
    friend class FilterEvaluator;

    enum class Kind : quint8 {
        Invalid,
        Known,
        Unknown,
        TextEquals,   // folded record == any folded value
        TextContains, // folded value is a substring of the folded record
        TextStarts,
        EnumAny, // any ';'-separated record value equals a value exactly
        BoolAny, // folded record == any folded value
        Number,
        DayRange,        // key in [m_low, m_high)
        MoreThanDaysAgo, // key < day(today − m_days)
        LessThanDaysAgo, // day(today − m_days) ≤ key < day(today + 1)
    };
    enum class Comparison : quint8 { Eq, Neq, Gt, Gte, Lt, Lte, Between };

    Filter m_filter;
    QString m_problem;
    Kind m_kind = Kind::Invalid;
    bool m_negate = false;   // the "none of" forms: known values that do not match the "any of"
    bool m_dateTime = false; // date keys are UTC ms (datetime) or UTC days since 1970 (date)
    Comparison m_comparison = Comparison::Eq;
    QStringList m_values; // folded text / exact enumeration values
    Decimal m_number;     // the operand; the lower bound for Between
    Decimal m_numberHigh; // the upper bound for Between
    qint64 m_low = 0;
    qint64 m_high = 0;
    qint64 m_days = 0;
};

// Groups of compiled filters: AND inside a group, OR between groups.
class CompiledTrigger
{
public:
    const QVector<QVector<CompiledFilter>> &groups() const { return m_groups; }

private:
    friend class FilterEvaluator;
    QVector<QVector<CompiledFilter>> m_groups;
};

// Decides whether a record meets a workflow's enrollment triggers (PRODUCT.md §1):
// - a property with no value (missing, JSON null or "") fails every operator but is_unknown —
//   is_none_of, neq and contains_none included (hubspot-verified.md §1: HubSpot's default
//   includeObjectsWithNoValueSet=false);
// - text compares case-insensitively after Unicode case folding and normalization; contains is a
//   substring test (HubSpot search's CONTAINS_TOKEN is whole-word; we decide, not search);
// - enumeration values compare exactly; multi-checkbox values ("a;b;c") match is_any_of when any
//   of them is listed and is_none_of when none is; bool compares "true"/"false" case-insensitively;
// - numbers compare exactly as Decimals;
// - dates compare by calendar day; see filterevaluator.cpp for the day rules and time zones.
// Zero groups, and a group with zero filters, are not met: an empty trigger must never enroll
// every record.
//
// Evaluation is thread-safe (the small cache of day boundaries is locked); set the property
// labels before sharing the evaluator. Build a CompiledTrigger once and call matches() per
// record: the hot path then parses only the record's values.
class FilterEvaluator
{
public:
    // An invalid `accountZone` means UTC.
    FilterEvaluator(const Clock &clock, QTimeZone accountZone);
    ~FilterEvaluator();
    FilterEvaluator(const FilterEvaluator &) = delete;
    FilterEvaluator &operator=(const FilterEvaluator &) = delete;

    // Labels the details use instead of property names ("dealname" → "Deal name"), per object.
    void setPropertyLabels(FilterObject object, const QHash<QString, QString> &labels);

    CompiledFilter compile(const Filter &filter) const;
    CompiledTrigger compile(const QVector<FilterGroup> &groups) const;

    // With a detail per filter, for the test-run screen.
    FilterOutcome evaluate(const Filter &filter, const RecordView &record) const;
    FilterOutcome evaluate(const CompiledFilter &filter, const RecordView &record) const;
    TriggerOutcome evaluate(const QVector<FilterGroup> &groups, const RecordView &record) const;
    TriggerOutcome evaluate(const CompiledTrigger &trigger, const RecordView &record) const;

    // Met or not, without details; the compiled form is the one to use for many records.
    bool matches(const QVector<FilterGroup> &groups, const RecordView &record) const;
    bool matches(const CompiledTrigger &trigger, const RecordView &record) const;

    const QTimeZone &accountZone() const { return m_zone; }

private:
    struct Today;
    struct DayCache;

    bool test(const CompiledFilter &filter, const RecordView &record, Today &today,
              QString *detail) const;
    qint64 todayDays(Today &today) const;
    qint64 startOfDayMs(qint64 daysSinceEpoch) const;
    QString subject(const Filter &filter) const;
    QString describeDay(const Filter &filter, const QString &raw, qint64 instantMs,
                        bool dateOnly) const;

    const Clock &m_clock;
    QTimeZone m_zone;
    QHash<FilterObject, QHash<QString, QString>> m_labels;
    std::unique_ptr<DayCache> m_cache;
};

} // namespace bookflow
