// Exceptions Python raises (NameError, TypeError from argument binding, AttributeError, ...): the interpreter's, and
// a backend's where the library leaves the error to Python; a system's own errors (engine::error) stay its own, and
// its implementation turns both into outcomes.
#pragma once

#include <stdexcept>
#include <string>

namespace conformance::interpreter {

class python_error : public std::runtime_error {
public:
    python_error(std::string class_name, const std::string& message)
        : std::runtime_error(message), class_name_(std::move(class_name)) {}
    // The Python exception class ("TypeError", "NameError", ...).
    const std::string& class_name() const noexcept { return class_name_; }

private:
    std::string class_name_;
};

[[noreturn]] inline void raise_type_error(const std::string& message) { throw python_error("TypeError", message); }
[[noreturn]] inline void raise_value_error(const std::string& message) { throw python_error("ValueError", message); }
[[noreturn]] inline void raise_index_error(const std::string& message) { throw python_error("IndexError", message); }
[[noreturn]] inline void raise_key_error(const std::string& message) { throw python_error("KeyError", message); }
[[noreturn]] inline void raise_attribute_error(const std::string& message) {
    throw python_error("AttributeError", message);
}
[[noreturn]] inline void raise_overflow_error(const std::string& message) {
    throw python_error("OverflowError", message);
}
[[noreturn]] inline void raise_zero_division_error(const std::string& message) {
    throw python_error("ZeroDivisionError", message);
}
[[noreturn]] inline void raise_name_error(const std::string& message) { throw python_error("NameError", message); }

}  // namespace conformance::interpreter
