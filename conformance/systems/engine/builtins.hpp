// The names a case may use without binding them: the module np, Python's print, id and abs, as_strided (after
// its import line), and Python's types int, float, bool and complex.
#pragma once

#include <optional>
#include <string>

#include "systems/engine/value.hpp"

namespace conformance::engine_side {

// The builtin a name means when the case has not bound it, if any.
std::optional<value> builtin_name(const std::string& name);

// Whether `callee` is Python's print: a `print(...)` statement's value is the list of its arguments.
bool is_print(const value& callee);

}  // namespace conformance::engine_side
