// The NumPy side's encoding of arrays, scalars and values per the contract: bool, ints (uint64 unsigned),
// floats with "nan"/"inf"/"-inf" as strings, complex as [re, im]. Ints beyond 64 bits become decimal strings.
#include "systems/numpy/numpy_values.hpp"

#include "contract/element_memory.hpp"
#include "contract/readable_memory.hpp"
#include "contract/value_encoding.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace conformance {

namespace {

// pybind11 2.10 reads a dtype's fields from NumPy 1's PyArray_Descr. NumPy 2 moved elsize, but kept kind,
// byteorder and type_num where they were: those are read in place, as every snapshot asks for them (the
// itemsize from type_num, itemsize_of).
char kind_of(const py::dtype& dtype) { return dtype.kind(); }
// dtype.isnative: only '>' is the other order on this little-endian machine ('<', '=' and '|' are native).
static_assert(std::endian::native == std::endian::little);
bool is_native(const py::dtype& dtype) { return dtype.byteorder() != '>'; }

}  // namespace

std::size_t itemsize_of(const py::dtype& dtype) {
    // type_num sits where it did in NumPy 1 (pybind11's proxy reads it right under both); the builtin numeric
    // types' sizes are fixed on this platform (LP64: long is 8 bytes). Anything else asks Python.
    static_assert(sizeof(long) == 8 && sizeof(long double) == 16);
    constexpr std::size_t sizes[] = {1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8, 16, 8, 16, 32};  // NPY_BOOL ... NPY_CLONGDOUBLE
    constexpr int half = 23;                                                                    // NPY_HALF
    const int type_num = py::detail::array_descriptor_proxy(dtype.ptr())->type_num;
    if (type_num >= 0 && type_num < static_cast<int>(std::size(sizes))) return sizes[type_num];
    if (type_num == half) return 2;
    return dtype.attr("itemsize").cast<std::size_t>();
}

namespace {

json python_scalar_value(py::handle object) {
    if (PyBool_Check(object.ptr())) return object.ptr() == Py_True;
    if (PyLong_Check(object.ptr())) {
        int overflow = 0;
        const long long value = PyLong_AsLongLongAndOverflow(object.ptr(), &overflow);
        if (overflow == 0) return static_cast<std::int64_t>(value);
        if (overflow > 0) {
            const unsigned long long big = PyLong_AsUnsignedLongLong(object.ptr());
            if (!PyErr_Occurred()) return static_cast<std::uint64_t>(big);
            PyErr_Clear();
        }
        return py::str(object).cast<std::string>();
    }
    if (PyFloat_Check(object.ptr())) return encode_float(PyFloat_AsDouble(object.ptr()));
    return encode_complex(PyComplex_RealAsDouble(object.ptr()), PyComplex_ImagAsDouble(object.ptr()));
}

const char* python_scalar_dtype(py::handle object) {
    if (PyBool_Check(object.ptr())) return "bool";
    if (PyLong_Check(object.ptr())) return "int";
    if (PyFloat_Check(object.ptr())) return "float";
    if (PyComplex_Check(object.ptr())) return "complex";
    return nullptr;
}

// A plain Python value as tolist() gives it for dtypes outside the case language (strings, objects, ...).
json plain_python_value(py::handle object) {
    if (object.is_none()) return nullptr;
    if (python_scalar_dtype(object) != nullptr) return python_scalar_value(object);
    if (py::isinstance<py::str>(object)) return object.cast<std::string>();
    if (py::isinstance<py::list>(object) || py::isinstance<py::tuple>(object)) {
        json elements = json::array();
        for (py::handle element : object) elements.push_back(plain_python_value(element));
        return elements;
    }
    return json{{"type", py::type::handle_of(object).attr("__name__").cast<std::string>()}};
}

// The memory an array's data belongs to: [data, data + nbytes) of the array at the end of its base chain that
// owns its data (following `.base` through non-array holders such as as_strided's DummyArray), if one does.
std::optional<std::pair<std::uintptr_t, std::uint64_t>> owning_buffer(const py::array& array) {
    py::object object = array;
    for (int hops = 0; hops < 64 && !object.is_none(); ++hops) {
        if (py::isinstance<py::array>(object)) {
            const auto owner = py::reinterpret_borrow<py::array>(object);
            if (owner.flags() & py::detail::npy_api::NPY_ARRAY_OWNDATA_) {
                return std::pair{reinterpret_cast<std::uintptr_t>(owner.data()),
                                 static_cast<std::uint64_t>(owner.size()) * itemsize_of(owner.dtype())};
            }
            PyObject* base = py::detail::array_proxy(owner.ptr())->base;
            if (base == nullptr) return std::nullopt;
            object = py::reinterpret_borrow<py::object>(base);
        } else if (py::hasattr(object, "base")) {
            object = object.attr("base");
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// An array's elements as the contract reads them: in place when this side decodes the dtype and every
// element lies inside the buffer (element_memory), else the marker or what tolist() gives (values).
struct readable_elements {
    std::optional<element_memory> memory;
    json values;
};

readable_elements read_elements(const py::array& array) {
    check_compared_size(static_cast<std::int64_t>(array.size()));
    static_assert(std::is_same_v<py::ssize_t, std::int64_t>);  // NumPy's npy_intp, read in place
    const std::span<const std::int64_t> shape(array.shape(), static_cast<std::size_t>(array.ndim()));
    const std::span<const std::int64_t> strides(array.strides(), static_cast<std::size_t>(array.ndim()));
    const py::dtype dtype = array.dtype();
    const auto itemsize = static_cast<std::int64_t>(itemsize_of(dtype));
    const auto buffer = owning_buffer(array);
    if (buffer && !inside_buffer(reinterpret_cast<std::uintptr_t>(array.data()), shape, strides, itemsize,
                                 buffer->first, buffer->second)) {
        return {std::nullopt, std::string(outside_buffer_marker)};
    }
    const auto kind = decoded_kind(kind_of(dtype), itemsize);
    if (!kind) {
        json values = json::array();
        for (py::handle element : array.attr("ravel")().attr("tolist")()) values.push_back(plain_python_value(element));
        return {std::nullopt, std::move(values)};
    }
    element_memory memory;
    memory.data = static_cast<const std::byte*>(array.data());
    memory.kind = *kind;
    memory.itemsize = itemsize;
    memory.swapped = !is_native(dtype);
    // Without a known owner (memory from outside NumPy) the buffer is unknown: size 0, never compared whole.
    memory.buffer_begin = buffer ? reinterpret_cast<const std::byte*>(buffer->first) : memory.data;
    memory.buffer_size = buffer ? buffer->second : 0;
    return {std::move(memory), nullptr};
}

// The flat C-order list of an array's elements, or the contract's marker when they reach outside the buffer.
json read_values(const py::array& array) {
    readable_elements elements = read_elements(array);
    if (!elements.memory) return std::move(elements.values);
    return elements_text(*elements.memory, {array.shape(), static_cast<std::size_t>(array.ndim())},
                         {array.strides(), static_cast<std::size_t>(array.ndim())});
}

}  // namespace

object_key key_of(py::handle object) { return reinterpret_cast<std::uintptr_t>(object.ptr()); }

std::string dtype_name(const py::dtype& dtype) {
    if (!is_native(dtype)) return dtype.attr("str").cast<std::string>();  // ">i4"
    const std::string bits = std::to_string(itemsize_of(dtype) * 8);
    switch (kind_of(dtype)) {
        case 'b': return "bool";
        case 'i': return "int" + bits;
        case 'u': return "uint" + bits;
        case 'f': return "float" + bits;
        case 'c': return "complex" + bits;
    }
    return dtype.attr("name").cast<std::string>();
}

array_state read_array(const py::array& array) {
    array_state state;
    state.dtype = dtype_name(array.dtype());
    state.shape.assign(array.shape(), array.shape() + array.ndim());
    state.strides.assign(array.strides(), array.strides() + array.ndim());
    const int flags = array.flags();
    using api = py::detail::npy_api;
    state.owndata = (flags & api::NPY_ARRAY_OWNDATA_) != 0;
    state.writeable = (flags & api::NPY_ARRAY_WRITEABLE_) != 0;
    state.c_contiguous = (flags & api::NPY_ARRAY_C_CONTIGUOUS_) != 0;
    state.f_contiguous = (flags & api::NPY_ARRAY_F_CONTIGUOUS_) != 0;
    readable_elements elements = read_elements(array);
    state.memory = std::move(elements.memory);
    state.values = std::move(elements.values);
    if (PyObject* base = py::detail::array_proxy(array.ptr())->base) state.base = key_of(base);
    return state;
}

value_encoder::value_encoder(py::object numpy_generic_type, py::object object_id_type,
                             py::object memory_address_type)
    : numpy_generic_type_(std::move(numpy_generic_type)),
      object_id_type_(std::move(object_id_type)),
      memory_address_type_(std::move(memory_address_type)) {}

std::optional<std::pair<binding::kind, json>> value_encoder::scalar(py::handle object) const {
    if (py::isinstance(object, memory_address_type_)) return std::nullopt;  // an int, but not a number to compare
    if (py::isinstance(object, numpy_generic_type_)) {
        // A NumPy scalar reads as the one element of the 0-d array NumPy makes of it.
        const py::array as_array = py::array::ensure(object);
        json values = read_values(as_array);
        return std::pair{binding::kind::numpy_scalar,
                         json{{"dtype", dtype_name(as_array.dtype())}, {"value", values.at(0)}}};
    }
    if (const char* dtype = python_scalar_dtype(object)) {
        return std::pair{binding::kind::python_scalar, json{{"dtype", dtype}, {"value", python_scalar_value(object)}}};
    }
    return std::nullopt;
}

json value_encoder::value(py::handle object) const {
    if (object.is_none()) return nullptr;
    if (py::isinstance(object, object_id_type_)) return json{{"id", object.attr("address").cast<object_key>()}};
    if (py::isinstance(object, memory_address_type_)) {
        const auto block = reinterpret_cast<std::uintptr_t>(object.attr("block").ptr());
        return json{{"address", {{"block", {{"id", static_cast<object_key>(block)}}}, {"offset", object.attr("offset").cast<std::int64_t>()}}}};
    }
    if (py::isinstance<py::array>(object)) {
        const auto array = py::reinterpret_borrow<py::array>(object);
        std::vector<py::ssize_t> shape(array.shape(), array.shape() + array.ndim());
        return json{{"dtype", dtype_name(array.dtype())}, {"shape", shape}, {"values", read_values(array)}};
    }
    if (auto numpy_or_python_scalar = scalar(object)) {
        if (numpy_or_python_scalar->first == binding::kind::numpy_scalar) return numpy_or_python_scalar->second;
        return numpy_or_python_scalar->second["value"];
    }
    if (py::isinstance<py::str>(object)) return object.cast<std::string>();
    if (py::isinstance<py::tuple>(object) || py::isinstance<py::list>(object)) {
        json elements = json::array();
        for (py::handle element : object) elements.push_back(value(element));
        return elements;
    }
    if (py::isinstance<py::dtype>(object)) return dtype_name(py::reinterpret_borrow<py::dtype>(object));
    return json{{"type", py::type::handle_of(object).attr("__name__").cast<std::string>()}};
}

}  // namespace conformance
