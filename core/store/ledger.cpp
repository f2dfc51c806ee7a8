#include "core/store/ledger.h"

#include "core/util/tr.h"

#include <array>
#include <utility>

namespace bookflow {

namespace {

// One table per enum: the key of each value, in the order the values are declared. The database's
// CHECK constraints (migration 3) list the same keys.
template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char *>, N>;

const KeyTable<EnrollmentStatus, 3> enrollmentStatusKeys{{
    {EnrollmentStatus::Active, "active"},
    {EnrollmentStatus::Done, "done"},
    {EnrollmentStatus::NeedsReview, "needsReview"},
}};

const KeyTable<ActionStatus, 6> actionStatusKeys{{
    {ActionStatus::Pending, "pending"},
    {ActionStatus::Running, "running"},
    {ActionStatus::Waiting, "waiting"},
    {ActionStatus::Paused, "paused"},
    {ActionStatus::Done, "done"},
    {ActionStatus::Failed, "failed"},
}};

const KeyTable<StepState, 4> stepStateKeys{{
    {StepState::Planned, "planned"},
    {StepState::Sent, "sent"},
    {StepState::Done, "done"},
    {StepState::Failed, "failed"},
}};

template <typename Enum, std::size_t N> QString keyIn(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const KeyTable<Enum, N> &table, const QString &key)
{
    for (const auto &[value, candidate] : table) {
        if (key == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString enrollmentStatusKey(EnrollmentStatus status)
{
    return keyIn(enrollmentStatusKeys, status);
}
std::optional<EnrollmentStatus> enrollmentStatusFromKey(const QString &key)
{
    return valueIn(enrollmentStatusKeys, key);
}
QString actionStatusKey(ActionStatus status)
{
    return keyIn(actionStatusKeys, status);
}
std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    return valueIn(actionStatusKeys, key);
}
QString stepStateKey(StepState state)
{
    return keyIn(stepStateKeys, state);
}
std::optional<StepState> stepStateFromKey(const QString &key)
{
    return valueIn(stepStateKeys, key);
}

QString enrollmentStatusLabel(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Active:
        return Tr::tr("In progress");
    case EnrollmentStatus::Done:
        return Tr::tr("Done");
    case EnrollmentStatus::NeedsReview:
        return Tr::tr("Needs review");
    }
    return Tr::tr("In progress");
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Pending:
        return Tr::tr("Not started");
    case ActionStatus::Running:
        return Tr::tr("In progress");
    case ActionStatus::Waiting:
        return Tr::tr("Waiting to retry");
    case ActionStatus::Paused:
        return Tr::tr("Paused until reconnected");
    case ActionStatus::Done:
        return Tr::tr("Done");
    case ActionStatus::Failed:
        return Tr::tr("Failed");
    }
    return Tr::tr("Not started");
}

bool isFinished(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::Failed;
}

} // namespace bookflow
