#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bookflow {

struct HttpResponse;

// A provider call that did not succeed, as a value with a class (ARCHITECTURE.md "Errors are
// values"). The engine decides by `cls`; the UI shows `reason`; logs get `code`, `detail` and
// `httpStatus`.
struct ApiError
{
    enum class Class {
        Transient,      // try again later with the same requestid: network, timeout, 5xx, 10000
        RateLimited,    // the provider throttled us: wait retryAfterSeconds (or 60 s), then retry
        NeedsReconnect, // the connection's authorisation is gone: a person must reconnect
        Permanent,      // the request itself is wrong for the provider: retrying changes nothing
    };

    Class cls = Class::Permanent;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // the provider's code, e.g. "6240"; empty when there is none
    QString reason;     // translated words a bookkeeper can act on
    QString detail;     // the provider's own message and detail, for logs (never secrets)
    // A Retry-After the provider sent (429, or a 503), in seconds. RateLimited without one: wait
    // 60 s, QuickBooks' advice (qbo-api.md §8).
    std::optional<int> retryAfterSeconds;
    QString element; // the field the provider blamed, e.g. "Line.DetailType"

    bool isTransient() const { return cls == Class::Transient; }
    bool isRateLimited() const { return cls == Class::RateLimited; }
    bool needsReconnect() const { return cls == Class::NeedsReconnect; }
    bool isPermanent() const { return cls == Class::Permanent; }

    // Stable names for logs, history rows and the CLI's JSON: "transient", "rateLimited",
    // "needsReconnect", "permanent".
    static QString className(Class cls);
    // The error for an exchange that got no HTTP answer (response.status == 0): refused by the
    // transport (Permanent), timed out or unreachable (Transient). `provider` is "QuickBooks" or
    // "HubSpot", named in the reason.
    static ApiError noAnswer(const HttpResponse &response, const QString &provider);

    // The plain Failure that Result/Status carry, for callers that only show the reason.
    Failure toFailure() const { return Failure{reason}; }
};

// Either a value or an ApiError: Result's shape (ok(), value(), reason()) with the class kept.
template <typename T> class ApiResult
{
public:
    ApiResult(T value) : m_state(std::move(value)) {}
    ApiResult(ApiError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_state); }

    const ApiError &error() const { return std::get<ApiError>(m_state); }
    QString reason() const { return ok() ? QString() : error().reason; }

    // Drops the class for callers that speak Result.
    Result<T> toResult() const
    {
        if (ok())
            return value();
        return error().toFailure();
    }

private:
    std::variant<T, ApiError> m_state;
};

// An ApiResult without a value: success, or an ApiError.
class ApiStatus
{
public:
    ApiStatus() = default;
    ApiStatus(ApiError error) : m_error(std::move(error)) {}
    static ApiStatus success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return *m_error; }
    QString reason() const { return m_error ? m_error->reason : QString(); }
    Status toStatus() const { return ok() ? Status() : Status(m_error->toFailure()); }

private:
    std::optional<ApiError> m_error;
};

} // namespace bookflow
