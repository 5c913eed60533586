#pragma once

#include <string>
#include <utility>
#include <variant>

namespace yaddas::core {

/// What went wrong, as a sentence a person can act on.
struct Error {
    std::string message;
};

/// A value or the reason there is none: errors travel as values, not exceptions.
template <class T> class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

} // namespace yaddas::core
