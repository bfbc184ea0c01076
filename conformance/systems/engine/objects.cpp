// The engine objects' constructors, with NumPy's and CPython's interning (one dtype instance per type, so
// `a.dtype is b.dtype`; `np.int8 is np.int8`; `np.add is np.add`).
#include "systems/engine/objects.hpp"

#include "engine/long_long.hpp"
#include <map>

#include "systems/engine/engine_backend.hpp"

namespace conformance::engine_system {

value array_value(engine::array a) { return value::backend(std::move(a)); }
value scalar_value(engine::scalar s) { return value::backend(s); }

value dtype_value(engine::dtype t) {
    static std::map<engine::dtype, value> cache;
    return interned(cache, t, [&] { return value::backend(dtype_object{t}); });
}

value dtype_value_of(const engine::array& a) {
    if (!a->descriptor()) return dtype_value(a->type());
    return value::backend(dtype_object{a->type(), a->descriptor()});
}

engine::descriptor_handle descriptor_of(const value& dtype_argument) {
    if (const auto* d = dtype_argument.as<dtype_object>()) return d->descriptor;
    if (const auto* t = dtype_argument.as<numpy_type_object>())
        return engine::builtin_descriptor(t->type, t->long_long);
    if (const auto* text = dtype_argument.as<std::string>()) return engine::descriptor_from_string(*text);
    return nullptr;
}

value numpy_type_value(engine::dtype t, bool long_long) {
    static std::map<std::pair<engine::dtype, bool>, value> cache;
    return interned(cache, std::pair{t, long_long}, [&] { return value::backend(numpy_type_object{t, long_long}); });
}

value flags_value(flags_object f) { return value::backend(std::move(f)); }
value foreign_value(std::shared_ptr<engine::object> base) { return value::backend(foreign_object{std::move(base)}); }
value flatiter_value(engine::array base) { return value::backend(flatiter_object{std::move(base)}); }
value method_value(value self, const method_entry& entry) { return value::backend(bound_method{std::move(self), &entry}); }

value ufunc_value(const function_entry& call, const function_entry& at, const function_entry* reduce) {
    static std::map<const function_entry*, value> cache;
    return interned(cache, &call, [&] { return value::backend(ufunc_object{&call, &at, reduce}); });
}

value address_value(memory_address address) { return value::backend(std::move(address)); }

bool is_numpy_value(const value& v) { return v.is<engine::array>() || v.is<engine::scalar>(); }

std::uint64_t object_key_of(const engine::object* o) { return reinterpret_cast<std::uintptr_t>(o); }

}  // namespace conformance::engine_system

namespace conformance::interpreter {

const array_backend& backend_traits<engine::array>::backend() { return engine_system::engine_backend::instance(); }

std::optional<std::uint64_t> backend_traits<engine::scalar>::identity(const engine::scalar& s) {
    if (s.type != engine::dtype::bool_) return std::nullopt;
    static const char true_object = 0, false_object = 0;  // their addresses are the two objects' ids
    return reinterpret_cast<std::uintptr_t>(s.as_bool() ? &true_object : &false_object);
}

}  // namespace conformance::interpreter
