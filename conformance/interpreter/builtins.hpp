// The names a case may use without binding them: the module np, Python's print, id, abs and slice, as_strided
// (after its import line), and Python's types int, float, bool and complex.
#pragma once

#include <optional>
#include <string>

#include "interpreter/array_backend.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

// The builtin a name means when the case has not bound it, if any; `np` is the backend's numpy module.
std::optional<value> builtin_name(const std::string& name, const array_backend& backend);

// Whether `callee` is Python's print: a `print(...)` statement's value is the list of its arguments.
bool is_print(const value& callee);

}  // namespace conformance::interpreter
