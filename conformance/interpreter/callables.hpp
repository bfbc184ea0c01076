// What can be called in a case: functions given by a table entry each (np.zeros, id, print), and whatever a
// system's backend makes callable (bound methods, scalar types, ufuncs).
#pragma once

#include <string>

#include "interpreter/arguments.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

struct function_entry {
    std::string module;  // "numpy", "numpy.lib.stride_tricks", "builtins"
    signature parameters;
    value (*run)(const bound_arguments& args);
    std::string python_class = "function";  // type(f).__name__, as Python shows it
    const std::string& name() const { return parameters.function_name(); }
};

// callee(*args.positional, **args.keywords); TypeError when the value is not callable.
value call(const value& callee, const call_arguments& args);

}  // namespace conformance::interpreter
