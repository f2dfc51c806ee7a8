// A workflow's triggers evaluated on a HubSpot record, both from the input:
//
//   WORKFLOW FILE (JSON) \n~~~\n RECORD (JSON)
//
// RECORD is {"deal"|"quote"|"payment"|"contact": {properties as HubSpot sends them}, "now":
// ISO time or epoch ms (the clock), "zone": IANA id (the account's time zone)}; anything
// missing or unreadable is left out (no record objects, a fixed clock, UTC).
//
// Promises checked (filterevaluator.h, README "How filters decide"):
// - every way of asking agrees: evaluate() with details, matches(), the compiled trigger, and
//   each filter evaluated on its own;
// - groups are AND inside and OR between; an empty group or trigger is never met;
// - a property with no value fails every operator except "is unknown", and exactly one of
//   "is known" / "is unknown" holds;
// - the "none of" forms are the exact complement of the "any of" forms on a known value;
//   "is any of" implies "starts with" implies "contains";
// - a number is less than, equal to or greater than the operand, exactly one (or, when the value
//   is not a number, none), and <=, >=, !=, between agree with them;
// - a day is before, on or after a given day, exactly one (or none when it is not a date), and
//   "between D1 and D2" is "neither before the first nor after the last"; "more than N days ago"
//   and "less than N days ago" never both hold.
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include "core/hubspot/hubspotrecord.h"
#include "core/util/clock.h"
#include "core/util/decimal.h"
#include "core/workflow/filterevaluator.h"
#include "core/workflow/workflowcodec.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace bookflow::fuzz {

namespace {

constexpr const char *Target = "filterevaluator";
// Enough filters to cover any real trigger; bounds the time one input takes.
constexpr int MaxFiltersChecked = 40;

struct Setup
{
    RecordView record;
    QDateTime now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
    QTimeZone zone = QTimeZone::utc();
};

Setup readSetup(const QByteArray &text)
{
    Setup setup;
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isObject())
        return setup;
    const QJsonObject root = document.object();
    const std::pair<const char *, FilterObject> objects[] = {
        {"deal", FilterObject::Deal},
        {"quote", FilterObject::Quote},
        {"payment", FilterObject::Payment},
        {"contact", FilterObject::Contact},
    };
    for (const auto &[key, object] : objects) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isObject())
            setup.record.objects.insert(object, value.toObject());
    }
    // The clock is the system's in the product: keep it within years a computer can show, so
    // that what is found is about record values, not about a clock set to the year 300,000.
    const QJsonValue now = root.value(QStringLiteral("now"));
    QDateTime chosen;
    if (now.isString())
        chosen = HubSpotWire::parseInstant(now.toString());
    else if (now.isDouble() && std::abs(now.toDouble()) < 1e15) // ±31,000 years: fits qint64
        chosen = QDateTime::fromMSecsSinceEpoch(qint64(now.toDouble()), Qt::UTC);
    if (chosen.isValid() && chosen.date().year() >= 1900 && chosen.date().year() <= 2200)
        setup.now = chosen.toUTC();
    const QByteArray zone = root.value(QStringLiteral("zone")).toString().toUtf8();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        setup.zone = QTimeZone(zone);
    return setup;
}

class Checker
{
public:
    Checker(const FilterEvaluator &evaluator, const RecordView &record)
        : m_evaluator(evaluator), m_record(record)
    {
    }

    bool valid(const Filter &filter) const
    {
        return m_evaluator.compile(filter).problem().isEmpty();
    }
    bool met(const Filter &filter) const { return m_evaluator.evaluate(filter, m_record).met; }
    bool met(const Filter &filter, Operator op, const QStringList &values) const
    {
        return met(variant(filter, op, values));
    }
    static Filter variant(const Filter &filter, Operator op, const QStringList &values)
    {
        Filter copy = filter;
        copy.op = op;
        copy.values = values;
        return copy;
    }

    void checkFilter(const Filter &filter) const
    {
        const auto where = [&filter] {
            return QStringLiteral("%1 %2 %3 %4")
                .arg(filterObjectKey(filter.object), shown(filter.property),
                     propertyTypeKey(filter.propertyType), operatorKey(filter.op));
        };
        const bool known = met(filter, Operator::IsKnown, {});
        const bool unknown = met(filter, Operator::IsUnknown, {});
        check(known != unknown, Target, [&] {
            return QStringLiteral("%1: is known = %2 and is unknown = %3")
                .arg(where())
                .arg(known)
                .arg(unknown);
        });
        if (!known) {
            check(!met(filter) || filter.op == Operator::IsUnknown, Target, [&] {
                return QStringLiteral("%1: met on a property with no value").arg(where());
            });
            return;
        }
        const QStringList &values = filter.values;
        switch (filter.propertyType) {
        case PropertyType::Text:
            checkComplement(filter, Operator::IsAnyOf, Operator::IsNoneOf, where);
            checkComplement(filter, Operator::ContainsAny, Operator::ContainsNone, where);
            if (valid(variant(filter, Operator::IsAnyOf, values))) {
                const bool equal = met(filter, Operator::IsAnyOf, values);
                const bool starts = met(filter, Operator::StartsWithAny, values);
                const bool contains = met(filter, Operator::ContainsAny, values);
                check((!equal || starts) && (!starts || contains), Target, [&] {
                    return QStringLiteral("%1: is any of = %2, starts with = %3, contains = %4")
                        .arg(where())
                        .arg(equal)
                        .arg(starts)
                        .arg(contains);
                });
            }
            break;
        case PropertyType::Enumeration:
        case PropertyType::Bool:
            checkComplement(filter, Operator::IsAnyOf, Operator::IsNoneOf, where);
            break;
        case PropertyType::Number:
            checkNumber(filter, where);
            break;
        case PropertyType::Date:
        case PropertyType::DateTime:
            checkDays(filter, where);
            break;
        }
    }

private:
    template <typename Where>
    void checkComplement(const Filter &filter, Operator any, Operator none,
                         const Where &where) const
    {
        const Filter a = variant(filter, any, filter.values);
        const Filter b = variant(filter, none, filter.values);
        if (!valid(a) || !valid(b))
            return;
        const bool metAny = met(a);
        const bool metNone = met(b);
        check(metAny != metNone, Target, [&] {
            return QStringLiteral("%1: on a known value %2 = %3 and %4 = %5")
                .arg(where(), operatorKey(any))
                .arg(metAny)
                .arg(operatorKey(none))
                .arg(metNone);
        });
    }

    template <typename Where> void checkNumber(const Filter &filter, const Where &where) const
    {
        if (filter.values.isEmpty())
            return;
        const QStringList one{filter.values.first()};
        if (!valid(variant(filter, Operator::Eq, one)))
            return;
        const bool lt = met(filter, Operator::Lt, one);
        const bool eq = met(filter, Operator::Eq, one);
        const bool gt = met(filter, Operator::Gt, one);
        const bool lte = met(filter, Operator::Lte, one);
        const bool gte = met(filter, Operator::Gte, one);
        const bool neq = met(filter, Operator::Neq, one);
        const int held = int(lt) + int(eq) + int(gt);
        const bool number = held > 0;
        const bool consistent =
            number ? (held == 1 && lte == (lt || eq) && gte == (gt || eq) && neq == !eq)
                   : (!lte && !gte && !neq);
        check(consistent, Target, [&] {
            return QStringLiteral("%1 vs %2: lt %3 eq %4 gt %5 lte %6 gte %7 neq %8")
                .arg(where(), shown(one.first()))
                .arg(lt)
                .arg(eq)
                .arg(gt)
                .arg(lte)
                .arg(gte)
                .arg(neq);
        });
        if (filter.values.size() >= 2) {
            const QStringList two{filter.values.at(0), filter.values.at(1)};
            const auto low = Decimal::parse(two.at(0));
            const auto high = Decimal::parse(two.at(1));
            if (!low || !high || !valid(variant(filter, Operator::Between, two)))
                return;
            const QStringList lowest{*low <= *high ? two.at(0) : two.at(1)};
            const QStringList highest{*low <= *high ? two.at(1) : two.at(0)};
            const bool between = met(filter, Operator::Between, two);
            const bool expected =
                met(filter, Operator::Gte, lowest) && met(filter, Operator::Lte, highest);
            check(between == expected, Target, [&] {
                return QStringLiteral("%1: between %2 and %3 = %4, but >= and <= say %5")
                    .arg(where(), shown(two.at(0)), shown(two.at(1)))
                    .arg(between)
                    .arg(expected);
            });
        }
    }

    template <typename Where> void checkDays(const Filter &filter, const Where &where) const
    {
        if (filter.values.isEmpty())
            return;
        const QStringList one{filter.values.first()};
        if (valid(variant(filter, Operator::On, one))) {
            const bool before = met(filter, Operator::Before, one);
            const bool on = met(filter, Operator::On, one);
            const bool after = met(filter, Operator::After, one);
            const int held = int(before) + int(on) + int(after);
            check(held <= 1, Target, [&] {
                return QStringLiteral("%1 vs %2: before %3, on %4, after %5")
                    .arg(where(), shown(one.first()))
                    .arg(before)
                    .arg(on)
                    .arg(after);
            });
            const bool between = met(filter, Operator::Between, {one.first(), one.first()});
            check(between == on, Target, [&] {
                return QStringLiteral("%1: between %2 and itself = %3, on = %4")
                    .arg(where(), shown(one.first()))
                    .arg(between)
                    .arg(on);
            });
            if (filter.values.size() >= 2) {
                const QStringList two{filter.values.at(0), filter.values.at(1)};
                if (valid(variant(filter, Operator::Between, two))) {
                    const QString first = two.at(0).trimmed();
                    const QString second = two.at(1).trimmed();
                    // "YYYY-MM-DD" sorts as text in day order.
                    const QStringList lowest{first <= second ? two.at(0) : two.at(1)};
                    const QStringList highest{first <= second ? two.at(1) : two.at(0)};
                    const bool inside = met(filter, Operator::Between, two);
                    const bool parsed = held == 1;
                    const bool expected = parsed && !met(filter, Operator::Before, lowest) &&
                                          !met(filter, Operator::After, highest);
                    check(inside == expected, Target, [&] {
                        return QStringLiteral("%1: between %2 and %3 = %4, but before/after say %5")
                            .arg(where(), shown(two.at(0)), shown(two.at(1)))
                            .arg(inside)
                            .arg(expected);
                    });
                }
            }
        }
        if (valid(variant(filter, Operator::MoreThanDaysAgo, one))) {
            const bool more = met(filter, Operator::MoreThanDaysAgo, one);
            const bool less = met(filter, Operator::LessThanDaysAgo, one);
            check(!(more && less), Target, [&] {
                return QStringLiteral("%1: both more and less than %2 days ago")
                    .arg(where(), shown(one.first()));
            });
        }
    }

    const FilterEvaluator &m_evaluator;
    const RecordView &m_record;
};

} // namespace

int fuzzFilterEvaluator(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = splitParts(bytesOf(data, size), "\n~~~\n", 2);
    const Result<Workflow> workflow =
        WorkflowCodec::decode(parts.first(), QStringLiteral("fuzz-input.json"));
    if (!workflow)
        return 0;
    const Setup setup = readSetup(parts.size() > 1 ? parts.at(1) : QByteArray());
    FixedClock clock(setup.now);
    FilterEvaluator evaluator(clock, setup.zone);
    const QVector<FilterGroup> &groups = workflow->enrollment.filterGroups;

    const TriggerOutcome detailed = evaluator.evaluate(groups, setup.record);
    const CompiledTrigger compiled = evaluator.compile(groups);
    const TriggerOutcome detailedCompiled = evaluator.evaluate(compiled, setup.record);
    const bool matches = evaluator.matches(groups, setup.record);
    const bool matchesCompiled = evaluator.matches(compiled, setup.record);
    check(detailed.met == matches && matches == matchesCompiled &&
              matchesCompiled == detailedCompiled.met,
          Target, [&] {
              return QStringLiteral("evaluate %1, matches %2, compiled matches %3, compiled "
                                    "evaluate %4")
                  .arg(detailed.met)
                  .arg(matches)
                  .arg(matchesCompiled)
                  .arg(detailedCompiled.met);
          });

    check(detailed.groups.size() == groups.size(), Target,
          [&] { return QStringLiteral("one outcome per group was promised"); });
    bool anyGroup = false;
    int checked = 0;
    Checker checker(evaluator, setup.record);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const GroupOutcome &outcome = detailed.groups.at(g);
        const QVector<Filter> &filters = groups.at(g).filters;
        check(outcome.filters.size() == filters.size(), Target, [&] {
            return QStringLiteral("group %1: one outcome per filter was promised").arg(g);
        });
        bool all = !filters.isEmpty();
        for (qsizetype f = 0; f < filters.size(); ++f) {
            const FilterOutcome &filterOutcome = outcome.filters.at(f);
            all = all && filterOutcome.met;
            check(!filterOutcome.detail.isEmpty(), Target, [&] {
                return QStringLiteral("group %1 filter %2: no detail for the test screen")
                    .arg(g)
                    .arg(f);
            });
            const bool alone = evaluator.evaluate(filters.at(f), setup.record).met;
            check(alone == filterOutcome.met, Target, [&] {
                return QStringLiteral("group %1 filter %2: met %3 in its group, %4 alone")
                    .arg(g)
                    .arg(f)
                    .arg(filterOutcome.met)
                    .arg(alone);
            });
            if (checked++ < MaxFiltersChecked)
                checker.checkFilter(filters.at(f));
        }
        check(outcome.met == all, Target, [&] {
            return QStringLiteral("group %1: met %2, but its filters say %3 (AND)")
                .arg(g)
                .arg(outcome.met)
                .arg(all);
        });
        anyGroup = anyGroup || all;
    }
    check(detailed.met == anyGroup, Target, [&] {
        return QStringLiteral("trigger met %1, but its groups say %2 (OR)")
            .arg(detailed.met)
            .arg(anyGroup);
    });
    return 0;
}

} // namespace bookflow::fuzz
