// Finding the backend an operation goes to: the one of the system object taking part.
#include "interpreter/array_backend.hpp"

namespace conformance::interpreter {

const array_backend* backend_of(const value& v) {
    const backend_object* o = v.backend_object_of();
    return o != nullptr ? &o->backend() : nullptr;
}

const array_backend* backend_of(const value& a, const value& b) {
    if (const array_backend* backend = backend_of(a)) return backend;
    return backend_of(b);
}

}  // namespace conformance::interpreter
