// The engine's objects as the case interpreter holds them: arrays, NumPy scalars, dtypes, scalar types, flags
// objects, flat iterators, bound methods, ufuncs and as_strided's base, each a payload of interpreter::value
// with its Python class name and identity (backend_traits), and the constructors the engine system uses.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "engine/array.hpp"
#include "engine/array_flags.hpp"
#include "engine/dtype.hpp"
#include "engine/scalar.hpp"
#include "interpreter/arguments.hpp"
#include "interpreter/callables.hpp"
#include "interpreter/value.hpp"

namespace conformance::engine_system {

// The engine system speaks the interpreter's Python: its values, errors, calls and operators.
using namespace conformance::interpreter;

// A dtype instance (np.dtype('int8')); compares equal to its type, its name and Python's types.
struct dtype_object {
    engine::dtype type;
    // The descriptor object (engine/array.hpp): null for a type's built-in one.
    engine::descriptor_handle descriptor;
};
// The NumPy scalar classes (np.int8), usable as dtypes and callable to make scalars.
struct numpy_type_object {
    engine::dtype type;
    bool long_long = false;  // np.longlong, np.ulonglong (engine/long_long.hpp)
};
// `x.flags` read at the moment of access (flagsobj): NumPy's flag bits as they were then, and the array its
// setters (flags['W'] = ..., flags.aligned = ...) act on (null for a NumPy scalar, whose flags cannot be set).
struct flags_object {
    engine::array_flags bits;
    engine::array owner;  // none for a NumPy scalar's
};
// A base object that is not an array (as_strided's DummyArray).
struct foreign_object {
    std::shared_ptr<engine::object> base;
};
// a.flat (numpy.flatiter): the array it walks in C order, reading copies and writing through.
struct flatiter_object {
    engine::array base;
};

// A method of ndarray. NumPy scalars have the same methods: they run on the scalar as a 0-d array and
// give back a scalar where the result is 0-d (NumPy's gentype methods do exactly that).
struct method_entry {
    signature parameters;
    value (*run)(const engine::array& self, const bound_arguments& args);
    const std::string& name() const { return parameters.function_name(); }
};
// An address np.byte_bounds gave: a byte offset from the data of the object that owns the memory (the block).
// Addresses of one block subtract to a Python int; an int moves an address within its block.
struct memory_address {
    std::shared_ptr<const engine::object> block;
    std::int64_t offset;
};
// a.reshape: a method with the array or NumPy scalar it was read from.
struct bound_method {
    value self;
    const method_entry* entry;
};
// np.add: callable as the function it runs, with the method `at` (np.add.at) and, where it is a reduction, `reduce`.
struct ufunc_object {
    const function_entry* call;
    const function_entry* at;
    const function_entry* reduce = nullptr;
};

value array_value(engine::array a);
value scalar_value(engine::scalar s);              // np.int8(3), a[0]
value dtype_value(engine::dtype t);                // np.dtype('int8'), as `a.dtype` gives it
value dtype_value_of(const engine::array& a);      // a.dtype: the interned value, or a's own descriptor object
// The descriptor object a dtype argument stands for: a dtype value's own, a new one for a string naming a type
// in swapped byte order (NumPy parses each such string into a new descriptor), else the built-in one (null).
engine::descriptor_handle descriptor_of(const value& dtype_argument);
value numpy_type_value(engine::dtype t, bool long_long = false);  // the scalar class np.int8, np.longlong
value flags_value(flags_object f);
value foreign_value(std::shared_ptr<engine::object> base);
value flatiter_value(engine::array base);          // a.flat: a new iterator object at each access
value method_value(value self, const method_entry& entry);
value ufunc_value(const function_entry& call, const function_entry& at, const function_entry* reduce);
value address_value(memory_address address);

// Values NumPy treats as array data rather than as Python objects: arrays and NumPy scalars.
bool is_numpy_value(const value& v);

// The key id() gives an array (and that snapshots use for arrays and their bases): the engine object address.
std::uint64_t object_key_of(const engine::object* o);

}  // namespace conformance::engine_system

namespace conformance::interpreter {

// Every engine object's protocols are the engine backend's (engine_backend.hpp); the class names are NumPy's.
template <>
struct backend_traits<engine::array> {
    static const array_backend& backend();
    static std::string class_name(const engine::array&) { return "ndarray"; }
    static std::optional<std::uint64_t> identity(const engine::array& a) {
        return engine_system::object_key_of(static_cast<const engine::object*>(a.get()));
    }
};
template <>
struct backend_traits<engine::scalar> {
    static const array_backend& backend() { return backend_traits<engine::array>::backend(); }
    static std::string class_name(const engine::scalar& s) {
        return s.type == engine::dtype::bool_ ? "bool_" : std::string(engine::name(s.type));
    }
    // NumPy's bool scalars are two objects, np.True_ and np.False_, that every bool result returns
    // (`np.bool_(1) is np.True_`); other scalars are new objects.
    static std::optional<std::uint64_t> identity(const engine::scalar& s);
};
// type(np.dtype('int8')).__name__ is "dtype[int8]"
template <>
struct backend_traits<engine_system::dtype_object> {
    static const array_backend& backend() { return backend_traits<engine::array>::backend(); }
    static std::string class_name(const engine_system::dtype_object& d) {
        return "dtype[" + std::string(engine::name(d.type)) + "]";
    }
    // A descriptor object of its own (swapped, newbyteorder'd, long long) is that object: `a.dtype is a.dtype`. The
    // built-in ones are interned values (dtype_value), whose identity is the value's.
    static std::optional<std::uint64_t> identity(const engine_system::dtype_object& d) {
        if (!d.descriptor) return std::nullopt;
        return reinterpret_cast<std::uintptr_t>(d.descriptor.get());
    }
};
template <class T>
struct engine_object_traits {
    static const array_backend& backend() { return backend_traits<engine::array>::backend(); }
    static std::optional<std::uint64_t> identity(const T&) { return std::nullopt; }
};
template <>
struct backend_traits<engine_system::numpy_type_object> : engine_object_traits<engine_system::numpy_type_object> {
    static std::string class_name(const engine_system::numpy_type_object&) { return "type"; }
};
template <>
struct backend_traits<engine_system::flags_object> : engine_object_traits<engine_system::flags_object> {
    static std::string class_name(const engine_system::flags_object&) { return "flagsobj"; }
};
template <>
struct backend_traits<engine_system::foreign_object> : engine_object_traits<engine_system::foreign_object> {
    static std::string class_name(const engine_system::foreign_object&) { return "DummyArray"; }
    static std::optional<std::uint64_t> identity(const engine_system::foreign_object& f) {
        return engine_system::object_key_of(f.base.get());
    }
};
template <>
struct backend_traits<engine_system::flatiter_object> : engine_object_traits<engine_system::flatiter_object> {
    static std::string class_name(const engine_system::flatiter_object&) { return "flatiter"; }
};
template <>
struct backend_traits<engine_system::bound_method> : engine_object_traits<engine_system::bound_method> {
    static std::string class_name(const engine_system::bound_method&) { return "builtin_function_or_method"; }
};
template <>
struct backend_traits<engine_system::memory_address> : engine_object_traits<engine_system::memory_address> {
    static std::string class_name(const engine_system::memory_address&) { return "memory_address"; }
};
template <>
struct backend_traits<engine_system::ufunc_object> : engine_object_traits<engine_system::ufunc_object> {
    static std::string class_name(const engine_system::ufunc_object& u) { return u.call->python_class; }
};

}  // namespace conformance::interpreter
