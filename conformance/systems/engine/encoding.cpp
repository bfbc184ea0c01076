// Encoding values as the contract's JSON: the NumPy side encodes the same Python values the same way, so
// every rule here follows case-language.md literally.
#include "systems/engine/encoding.hpp"

#include "contract/element_memory.hpp"
#include "contract/readable_memory.hpp"
#include "contract/value_encoding.hpp"

#include <cmath>
#include <limits>

#include "engine/buffer.hpp"
#include "engine/kernels.hpp"

namespace conformance::engine_system {

namespace {

json encode_python_int(py_int i) {
    if (i >= std::numeric_limits<std::int64_t>::min() && i <= std::numeric_limits<std::int64_t>::max()) {
        return static_cast<std::int64_t>(i);
    }
    if (i > 0 && i <= static_cast<py_int>(std::numeric_limits<std::uint64_t>::max())) {
        return static_cast<std::uint64_t>(i);
    }
    // Beyond 64 bits JSON numbers here stop: such ints are written as their decimal digits.
    std::string digits;
    const bool negative = i < 0;
    cases::int_magnitude magnitude = static_cast<cases::int_magnitude>(i);
    if (negative) magnitude = -magnitude;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    return negative ? "-" + digits : digits;
}

json list_of(const std::vector<value>& items) {
    json list = json::array();
    for (const value& item : items) list.push_back(encode_value(item));
    return list;
}

json dims_json(const engine::dims& d) {
    json list = json::array();
    for (std::int64_t n : d) list.push_back(n);
    return list;
}

// An array's elements as the contract reads them: in place (element_memory) when every element lies inside
// its buffer and the contract decodes the dtype itself, else the marker or the values encoded here.
struct readable_elements {
    std::optional<element_memory> memory;
    json values;
};

readable_elements read_elements(const engine::array& a) {
    check_compared_size(a->size());
    const engine::buffer& memory = *a->memory();
    if (!inside_buffer(reinterpret_cast<std::uintptr_t>(a->data()), a->shape(), a->strides(), a->itemsize(),
                       reinterpret_cast<std::uintptr_t>(memory.data()), memory.size())) {
        return {std::nullopt, std::string(outside_buffer_marker)};
    }
    if (const auto kind = decoded_kind(static_cast<char>(engine::kind_of(a->type())), a->itemsize())) {
        return {element_memory{a->data(), *kind, a->itemsize(), memory.data(), memory.size(),
                               engine::is_byte_swapped(a->type()), a->memory()},
                nullptr};
    }
    json values = json::array();
    for (const engine::scalar& s : engine::flat_values(*a)) values.push_back(encode_element(s));
    return {std::nullopt, std::move(values)};
}

json flat_values_json(const engine::array& a) {
    readable_elements elements = read_elements(a);
    if (!elements.memory) return std::move(elements.values);
    return elements_text(*elements.memory, a->shape(), a->strides());
}

// A Python scalar's {"dtype": "bool"|"int"|"float"|"complex", "value"}, or nothing for other values.
std::optional<json> python_scalar_json(const value& v) {
    if (const auto* b = v.as<bool>()) return json{{"dtype", "bool"}, {"value", *b}};
    if (const auto* i = v.as<py_int>()) return json{{"dtype", "int"}, {"value", encode_python_int(*i)}};
    if (const auto* d = v.as<double>()) return json{{"dtype", "float"}, {"value", encode_float(*d)}};
    if (const auto* c = v.as<std::complex<double>>()) return json{{"dtype", "complex"}, {"value", encode_complex(*c)}};
    return std::nullopt;
}

json numpy_scalar_json(const engine::scalar& s) {
    return json{{"dtype", std::string(engine::name(s.type))}, {"value", encode_element(s)}};
}

}  // namespace

json encode_element(const engine::scalar& s) {
    switch (engine::kind_of(s.type)) {
        case engine::dtype_kind::boolean: return s.as_bool();
        case engine::dtype_kind::signed_int: return s.as_int64();
        case engine::dtype_kind::unsigned_int: return s.as_uint64();
        case engine::dtype_kind::floating: return encode_float(s.as_double());
        case engine::dtype_kind::complex: return encode_complex(s.as_complex());
    }
    return nullptr;
}

json encode_value(const value& v) {
    if (v.is<none_type>()) return nullptr;
    if (const auto* id = v.as<object_id_value>()) return json{{"id", id->key}};
    if (const std::optional<json> scalar = python_scalar_json(v)) return (*scalar)["value"];
    if (const auto* s = v.as<engine::scalar>()) return numpy_scalar_json(*s);
    // A str is a Python scalar as NumPy counts them (np.isscalar), so it is written bare like the others.
    if (const auto* text = v.as<std::string>()) return *text;
    if (const auto* t = v.as<py_tuple>()) return list_of(t->items);
    if (const auto* l = v.as<py_list>()) return list_of(l->items);
    if (const auto* d = v.as<dtype_object>()) return engine::printed_name(d->type);
    if (const auto* address = v.as<memory_address>()) {
        return json{{"address", {{"block", {{"id", object_key_of(address->block.get())}}}, {"offset", address->offset}}}};
    }
    if (const auto* a = v.as<engine::array>()) {
        return json{{"dtype", engine::printed_name((*a)->type())},
                    {"shape", dims_json((*a)->shape())},
                    {"values", flat_values_json(*a)}};
    }
    return json{{"type", class_name(v)}};
}

binding describe_binding(const value& v) {
    binding b;
    b.key = v.identity();
    if (v.is<engine::array>()) {
        b.what = binding::kind::array;
    } else if (const auto* s = v.as<engine::scalar>()) {
        b.what = binding::kind::numpy_scalar;
        b.scalar = numpy_scalar_json(*s);
    } else if (std::optional<json> scalar = python_scalar_json(v)) {
        b.what = binding::kind::python_scalar;
        b.scalar = std::move(*scalar);
    } else if (const auto* it = v.as<flatiter_object>()) {
        b.what = binding::kind::flatiter;
        b.walks = array_value(it->base).identity();
    }
    return b;
}

array_state describe_array(const engine::array& a) {
    array_state state;
    state.dtype = engine::printed_name(a->type());
    state.shape.assign(a->shape().begin(), a->shape().end());
    state.strides.assign(a->strides().begin(), a->strides().end());
    state.owndata = a->owndata();
    state.writeable = a->writeable();
    state.c_contiguous = a->c_contiguous();
    state.f_contiguous = a->f_contiguous();
    readable_elements elements = read_elements(a);
    state.memory = std::move(elements.memory);
    state.values = std::move(elements.values);
    if (a->base()) state.base = object_key_of(a->base().get());
    return state;
}

}  // namespace conformance::engine_system
