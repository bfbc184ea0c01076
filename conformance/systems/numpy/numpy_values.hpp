// Reads NumPy arrays and Python values into the contract's JSON encoding. An array's elements are read
// straight from its memory through the data pointer and strides, never with a Python call per element.
#pragma once

#include <optional>
#include <string>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include "contract/implementation.hpp"

namespace conformance {

// An object's identity as the interface reports it: its address, as Python's id() gives it.
object_key key_of(pybind11::handle object);

// A dtype's itemsize in bytes, read through Python (correct under NumPy 1.x and 2.x alike).
std::size_t itemsize_of(const pybind11::dtype& dtype);

// NumPy's dtype name: "int64", "bool", "complex64", ...
std::string dtype_name(const pybind11::dtype& dtype);

// Everything the interface reports of one array (its base as the base object's key).
array_state read_array(const pybind11::array& array);

// Encodes statement values and scalars; knows the types that only exist inside the running interpreter.
class value_encoder {
public:
    // `object_id_type`: the class of what `id(x)` returns in a case (it has an `address` attribute);
    // `memory_address_type`: the class of np.byte_bounds's addresses (`block` and `offset` attributes).
    value_encoder(pybind11::object numpy_generic_type, pybind11::object object_id_type,
                  pybind11::object memory_address_type);

    // A statement's value: null, bare Python scalars and strings, lists for tuples and lists, dtype names,
    // {"dtype", "value"} for NumPy scalars, {"dtype", "shape", "values"} for arrays, {"id": key} for id()
    // results, {"address": {"block": {"id": key}, "offset": n}} for byte_bounds addresses, {"type": class name} for
    // anything else.
    json value(pybind11::handle object) const;

    // {"dtype", "value"} and the kind, for a NumPy scalar or a Python bool/int/float/complex; else nothing.
    std::optional<std::pair<binding::kind, json>> scalar(pybind11::handle object) const;

private:
    pybind11::object numpy_generic_type_;
    pybind11::object object_id_type_;
    pybind11::object memory_address_type_;
};

}  // namespace conformance
