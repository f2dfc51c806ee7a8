#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bookflow {

// A failure a person can act on: `reason` is written for a bookkeeper, not a developer.
struct Failure
{
    QString reason;
};

// Either a value or a Failure. Errors are values (ARCHITECTURE.md "Decisions worth keeping").
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Failure failure) : m_state(std::move(failure)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_state); }

    const Failure &failure() const { return std::get<Failure>(m_state); }
    QString reason() const { return ok() ? QString() : failure().reason; }

private:
    std::variant<T, Failure> m_state;
};

// A result that carries no value: success, or a Failure.
class Status
{
public:
    Status() = default;
    Status(Failure failure) : m_failure(std::move(failure)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }
    QString reason() const { return m_failure ? m_failure->reason : QString(); }

private:
    std::optional<Failure> m_failure;
};

} // namespace bookflow
