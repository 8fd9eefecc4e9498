#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace Souk {

//! A value or an Error, in the spirit of std::expected (C++23) and libQuotient's Expected.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value, not T&&: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    //! The value, or `fallback` on an error (for reads whose failure shows as "nothing").
    T value_or(T fallback) const { return ok() ? std::get<T>(m_data) : std::move(fallback); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    T &operator*() { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

//! For operations that return nothing but may fail.
struct Ok
{
};

} // namespace Souk
