// Calling a value: functions bind their arguments against their table signature, a system's objects are
// called through their backend; anything else is not callable.
#include "interpreter/callables.hpp"

#include "interpreter/array_backend.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

value call(const value& callee, const call_arguments& args) {
    if (const auto* f = callee.as<function_object>())
        return f->entry->run(bind(f->entry->parameters, args, f->surface));
    if (const array_backend* backend = backend_of(callee)) return backend->call(callee, args);
    raise_type_error("'" + class_name(callee) + "' object is not callable");
}

}  // namespace conformance::interpreter
