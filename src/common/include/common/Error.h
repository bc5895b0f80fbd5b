// Error codes shared by every layer; the text shown to a person is made from them in services (ErrorText).
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mt {

enum class ErrorCode {
    Ok,
    Validation,        // bad input; `field` names the field, `detail` the rule
    NotFound,
    PermissionDenied,
    InvalidTransition, // e.g. acknowledging a resolved alert
    Conflict,          // e.g. user name already taken
    AuthFailed,        // wrong user name or password
    AccountLocked,     // too many failures; `detail` holds the unlock time (ISO UTC)
    TooLarge,          // attachment past the size limit
    DatabaseLocked,
    DiskFull,
    DatabaseCorrupt,
    DatabaseTooNew,    // written by a newer MedTrack
    DatabaseReadOnly,  // writes refused: start-up integrity check still running, or a read-only file
    Io,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Ok;
    QString field;  // machine name of the offending field, if any
    QString detail; // extra context (English, for logs); never a secret

    static Error make(ErrorCode c, QString fieldName = {}, QString info = {})
    {
        return Error{c, std::move(fieldName), std::move(info)};
    }
    bool ok() const { return code == ErrorCode::Ok; }
};

const char *errorCodeName(ErrorCode code);

// A value or an error. Small on purpose: C++23 std::expected is not in GCC 12's C++20 mode.
template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}       // NOLINT(google-explicit-constructor)
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<Error>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

// For operations with no value.
using Status = Error;

} // namespace mt
