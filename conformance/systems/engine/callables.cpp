// Calling a value: functions bind their arguments against their table signature, methods run on their
// array or scalar, NumPy scalar types construct scalars; anything else is not callable.
#include "systems/engine/callables.hpp"

#include "systems/engine/array_methods.hpp"
#include "systems/engine/numpy_functions.hpp"
#include "systems/engine/python_error.hpp"

namespace conformance::engine_side {

value call(const value& callee, const call_arguments& args) {
    if (const auto* f = callee.as<function_object>()) return f->entry->run(bind(f->entry->parameters, args));
    if (const auto* m = callee.as<bound_method>()) return call_method(m->self, *m->entry, args);
    if (const auto* t = callee.as<numpy_type_object>()) return call_numpy_type(t->type, args);
    raise_type_error("'" + class_name(callee) + "' object is not callable");
}

}  // namespace conformance::engine_side
