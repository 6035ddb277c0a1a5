#pragma once
// Error values for bad input: a message meant for the user, naming the file and the problem.
#include <string>
#include <utility>
#include <variant>

namespace bashu {

struct Error {
    std::string message;
};

/// Either a value or an Error; bad input is reported through this, never through exceptions.
template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

/// Result for operations that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

}  // namespace bashu
