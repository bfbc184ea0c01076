// The Python object model of the engine-side interpreter: every value a case script can produce (Python
// numbers, strings, tuples, NumPy scalars, arrays, dtypes, functions, ...), with Python's object identity.
#pragma once

#include <complex>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/array.hpp"
#include "engine/dtype.hpp"
#include "engine/scalar.hpp"

namespace conformance::engine_side {

// A Python int. 128 bits hold every value a NumPy integer can take and 2**64 besides; arithmetic beyond
// that raises OverflowError (where Python would keep going).
__extension__ typedef __int128 py_int;

// Python's `int`, `float`, `bool`, `complex`, usable as dtypes.
enum class python_type { int_, float_, bool_, complex_ };

class value;
struct object;
struct function_entry;
struct method_entry;
struct flags_object;

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
    static value dtype(engine::dtype t);               // np.dtype('int8'), as `a.dtype` gives it
    static value numpy_type(engine::dtype t);          // the scalar class np.int8
    static value builtin_type(python_type which);      // Python's int, float, bool, complex
    static value numpy_scalar(engine::scalar s);       // np.int8(3), a[0]
    static value array(engine::array a);
    static value flags(flags_object f);
    static value foreign(std::shared_ptr<engine::object> base);
    static value flatiter(engine::array base);          // a.flat: a new iterator object at each access
    static value object_id(std::uint64_t key);
    static value module(std::string dotted_name);
    static value function(const function_entry& entry);
    static value method(value self, const method_entry& entry);

    const object& get() const { return *object_; }
    template <class T>
    const T* as() const;
    template <class T>
    bool is() const {
        return as<T>() != nullptr;
    }

    // The address Python's `is` and id() compare: the array (or foreign base) object for those, else the
    // Python object itself. Singletons (None, True, dtypes, small ints, ...) are interned, as in CPython.
    std::uint64_t identity() const;

    // The items of a list, for `l[i] = v` (lists are Python's only mutable value in the subset).
    std::vector<value>& list_items_for_update();

private:
    explicit value(std::shared_ptr<object> o) : object_(std::move(o)) {}
    static value make(object o);
    std::shared_ptr<object> object_;
};

struct none_type {};
struct ellipsis_type {};
struct py_tuple {
    std::vector<value> items;
};
struct py_list {
    std::vector<value> items;
};
struct py_slice {
    value start, stop, step;
};
// A dtype instance (np.dtype('int8')); compares equal to its type, its name and Python's types.
struct dtype_object {
    engine::dtype type;
};
// The NumPy scalar classes (np.int8), usable as dtypes and callable to make scalars.
struct numpy_type_object {
    engine::dtype type;
};
struct python_type_object {
    python_type which;
};
// `x.flags` read at the moment of access (flagsobj): NumPy's flag bits as they were then, and the array its
// setters (flags['W'] = ..., flags.aligned = ...) act on (null for a NumPy scalar, whose flags cannot be set).
struct flags_object {
    bool c_contiguous, f_contiguous, owndata, writeable, aligned;
    engine::array owner;
};
// A base object that is not an array (as_strided's DummyArray).
struct foreign_object {
    std::shared_ptr<engine::object> base;
};
// a.flat (numpy.flatiter): the array it walks in C order, reading copies and writing through.
struct flatiter_object {
    engine::array base;
};
// What id(X) returns: X's address, kept apart from ints so the trace can name it. As on the NumPy side
// (which wraps id() the same way) it only compares with other ids: no arithmetic, no indexing.
struct object_id_value {
    std::uint64_t key;
};
struct module_object {
    std::string name;  // "numpy", "numpy.lib", "numpy.lib.stride_tricks"
};
struct function_object {
    const function_entry* entry;
};
struct bound_method {
    value self;
    const method_entry* entry;
};

using payload = std::variant<none_type, ellipsis_type, bool, py_int, double, std::complex<double>, std::string,
                             py_tuple, py_list, py_slice, dtype_object, numpy_type_object, python_type_object,
                             engine::scalar, engine::array, flags_object, foreign_object, object_id_value,
                             module_object, function_object, bound_method, flatiter_object>;

struct object {
    payload data;
};

template <class T>
const T* value::as() const {
    return std::get_if<T>(&object_->data);
}

// Python's int, float, bool, complex by their names.
std::optional<python_type> python_type_named(std::string_view name);

// The name of the value's Python class as type(x).__name__ shows it ("int", "ndarray", "flagsobj", ...).
std::string class_name(const value& v);

// Python numbers: bool, int, float, complex (NumPy scalars are not Python numbers here).
bool is_python_number(const value& v);
// Values NumPy treats as array data rather than as Python objects: arrays and NumPy scalars.
bool is_numpy_value(const value& v);

// The key id() gives an array (and that snapshots use for arrays and their bases): the engine object address.
std::uint64_t object_key_of(const engine::object* o);

}  // namespace conformance::engine_side
