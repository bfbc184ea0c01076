// The Python object model of the case interpreter: Python's own values (numbers, strings, tuples, lists,
// slices, types, modules, functions) with Python's object identity, and the objects of the system under test.
//
// The interpreter knows a system's objects (arrays, NumPy scalars, dtypes, ...) only as `backend_object`s: each
// names its class, its identity and the backend (array_backend.hpp) that runs Python's protocols on it, so a new
// system brings its payload types and a backend, and nothing here changes. `value::as<T>()` reaches a payload of
// either kind, so a backend reads its own objects as plainly as Python's.
#pragma once

#include <complex>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "case/numpy_surface.hpp"

namespace conformance::interpreter {

// A Python int. 128 bits hold every value a NumPy integer can take and 2**64 besides; arithmetic beyond
// that raises OverflowError (where Python would keep going).
__extension__ typedef __int128 py_int;

// Python's `int`, `float`, `bool`, `complex`, usable as dtypes.
enum class python_type { int_, float_, bool_, complex_ };

class value;
class array_backend;
struct object;
struct function_entry;

// What a system says of each of its payload types; specialise it for every type given to value::backend.
//   static const array_backend& backend();                     the protocols of the type's objects
//   static std::string class_name(const T&);                   type(x).__name__
//   static std::optional<std::uint64_t> identity(const T&);    what `is` compares, when not the Python object
template <class T>
struct backend_traits;

// An object of the system under test, held type-erased.
class backend_object {
public:
    virtual ~backend_object() = default;
    virtual const array_backend& backend() const = 0;
    virtual std::string class_name() const = 0;
    virtual std::optional<std::uint64_t> identity() const = 0;

    template <class T>
    const T* get_if() const;

protected:
    explicit backend_object(const void* type_tag) : type_tag_(type_tag) {}

private:
    const void* type_tag_;  // one per payload type: as<T>() compares it instead of a dynamic_cast
};

template <class T>
class backend_payload final : public backend_object {
public:
    explicit backend_payload(T payload) : backend_object(&tag), payload_(std::move(payload)) {}
    const array_backend& backend() const override { return backend_traits<T>::backend(); }
    std::string class_name() const override { return backend_traits<T>::class_name(payload_); }
    std::optional<std::uint64_t> identity() const override { return backend_traits<T>::identity(payload_); }
    const T& payload() const { return payload_; }

    static inline const char tag = 0;

private:
    T payload_;
};

template <class T>
const T* backend_object::get_if() const {
    if (type_tag_ != &backend_payload<T>::tag) return nullptr;
    return &static_cast<const backend_payload<T>*>(this)->payload();
}

struct none_type {};
struct ellipsis_type {};
struct py_tuple {
    std::vector<value> items;
};
struct py_list {
    std::vector<value> items;
};
struct py_slice;
struct python_type_object {
    python_type which;
};
// What id(X) returns: X's address, kept apart from ints so the trace can name it. As on the NumPy side
// (which wraps id() the same way) it only compares with other ids: no arithmetic, no indexing.
struct object_id_value {
    std::uint64_t key;
};
// A module of the system (`np`, `np.lib.stride_tricks`): its members come from the backend.
struct module_object {
    std::string name;  // "numpy", "numpy.lib", "numpy.lib.stride_tricks"
    const array_backend* backend;
};
struct function_object {
    const function_entry* entry;
    // The NumPy release whose surface the system that gave the function models (it refuses the parameters that
    // release lacks); none for Python's builtins.
    std::optional<cases::numpy_release> surface;
};
struct backend_handle {
    std::shared_ptr<const backend_object> object;
};

// A Python object reference. Copying a value copies the reference, so `b = a` binds the same object and
// `is` compares objects; the payload is immutable except for the items of a list.
class value {
public:
    static value none();
    static value ellipsis();
    static value boolean(bool b);
    static value integer(py_int i);
    static value floating(double d);
    static value complex_number(std::complex<double> c);
    static value string(std::string s);
    static value tuple(std::vector<value> items);
    static value list(std::vector<value> items);
    static value slice(value start, value stop, value step);
    static value builtin_type(python_type which);  // Python's int, float, bool, complex
    static value object_id(std::uint64_t key);
    static value module(std::string dotted_name, const array_backend& backend);
    static value function(const function_entry& entry, std::optional<cases::numpy_release> surface);
    // An object of the system under test (backend_traits<T> must be specialised).
    template <class T>
    static value backend(T payload) {
        return make_backend(std::make_shared<backend_payload<T>>(std::move(payload)));
    }

    const object& get() const { return *object_; }
    // The payload if it is a T: one of Python's (py_int, py_tuple, ...) or a system's backend payload type.
    template <class T>
    const T* as() const;
    template <class T>
    bool is() const {
        return as<T>() != nullptr;
    }
    // The system object this value is, if it is one.
    const backend_object* backend_object_of() const;

    // The address Python's `is` and id() compare: what a system object names (an array's own object), else the
    // Python object itself. Singletons (None, True, small ints, modules, ...) are interned, as in CPython.
    std::uint64_t identity() const;

    // The items of a list, for `l[i] = v` (lists are Python's only mutable value in the subset).
    std::vector<value>& list_items_for_update();

private:
    explicit value(std::shared_ptr<object> o) : object_(std::move(o)) {}
    static value make(object o);
    static value make_backend(std::shared_ptr<const backend_object> o);
    std::shared_ptr<object> object_;
};

struct py_slice {
    value start, stop, step;
};

using payload = std::variant<none_type, ellipsis_type, bool, py_int, double, std::complex<double>, std::string,
                             py_tuple, py_list, py_slice, python_type_object, object_id_value, module_object,
                             function_object, backend_handle>;

struct object {
    payload data;
};

namespace detail {
template <class T, class Variant>
struct is_alternative;
template <class T, class... Ts>
struct is_alternative<T, std::variant<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};
}  // namespace detail

template <class T>
const T* value::as() const {
    if constexpr (detail::is_alternative<T, payload>::value) {
        return std::get_if<T>(&object_->data);
    } else {
        const backend_object* o = backend_object_of();
        return o != nullptr ? o->get_if<T>() : nullptr;
    }
}

// The value cached under `key`, made by make() the first time: how singletons are interned (CPython's small ints,
// NumPy's one dtype instance per type).
template <class Key, class Make>
value interned(std::map<Key, value>& cache, const Key& key, Make make) {
    auto found = cache.find(key);
    if (found == cache.end()) found = cache.emplace(key, make()).first;
    return found->second;
}

// Python's int, float, bool, complex by their names.
std::optional<python_type> python_type_named(std::string_view name);

// The name of the value's Python class as type(x).__name__ shows it ("int", "tuple", "ndarray", ...).
std::string class_name(const value& v);

// Python numbers: bool, int, float, complex (a system's scalars are not Python numbers here).
bool is_python_number(const value& v);

}  // namespace conformance::interpreter
