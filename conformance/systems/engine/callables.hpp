// What can be called in a case: functions (np.zeros, id, print), methods bound to an array or NumPy
// scalar (a.reshape), and NumPy scalar types (np.int8(3)); one table entry per function or method.
#pragma once

#include <string>

#include "systems/engine/arguments.hpp"
#include "systems/engine/value.hpp"

namespace conformance::engine_side {

struct function_entry {
    std::string module;  // "numpy", "numpy.lib.stride_tricks", "builtins"
    signature parameters;
    value (*run)(const bound_arguments& args);
    std::string python_class = "function";  // type(f).__name__, as NumPy shows it
    const std::string& name() const { return parameters.function_name(); }
};

// A method of ndarray. NumPy scalars have the same methods: they run on the scalar as a 0-d array and
// give back a scalar where the result is 0-d (NumPy's gentype methods do exactly that).
struct method_entry {
    signature parameters;
    value (*run)(const engine::array& self, const bound_arguments& args);
    const std::string& name() const { return parameters.function_name(); }
};

// callee(*args.positional, **args.keywords); TypeError when the value is not callable.
value call(const value& callee, const call_arguments& args);

}  // namespace conformance::engine_side
