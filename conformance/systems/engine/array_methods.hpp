// The attributes of the engine's objects (engine_backend::get_attribute: ndarray and NumPy scalar attributes and
// methods, the fields of `x.flags`, dtype fields, ufunc.at) and their method calls.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "interpreter/arguments.hpp"
#include "interpreter/callables.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// The ndarray method `name` (for np.* functions that defer to the method, as NumPy's _wrapfunc does).
const method_entry& array_method(std::string_view name);

// self.method(*args): on an array directly; on a NumPy scalar through its 0-d array, with a 0-d result
// turned back into a scalar.
value call_method(const value& self, const method_entry& method, const call_arguments& args);

// A flag of `x.flags` by attribute name (`writeable`, `aligned`, `fnc`, ...) or, with `by_key`, by the keys
// NumPy's flagsobj takes (`'W'`, `'WRITEABLE'`, `'CA'`, ...); nothing for a name NumPy does not know.
std::optional<bool> flag_named(const flags_object& f, std::string_view name, bool by_key);

}  // namespace conformance::engine_system
