// The np.* functions that return views or re-describe memory beyond numpy_functions.cpp's table: np.diag,
// np.real, np.imag (and, as they land, the split family, rollaxis, broadcast_arrays, sliding_window_view),
// each with NumPy's signature and its Python-level conventions (np.asanyarray of array-likes, defaults).
#include "systems/engine/function_tables.hpp"

#include <cmath>

#include "engine/axis_views.hpp"
#include "engine/diag.hpp"
#include "engine/index.hpp"
#include "engine/memory_views.hpp"
#include "engine/semantics.hpp"
#include "engine/split.hpp"
#include "engine/stride_tricks.hpp"
#include "interpreter/attributes.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"

namespace conformance::engine_system {

namespace {

const std::string numpy_module = "numpy";
const std::string stride_tricks_module = "numpy.lib.stride_tricks";

// The buffer np.frombuffer and np.ndarray(buffer=) read: an array (NumPy scalars also export their memory, which
// the engine's scalars do not have: outside the subset); anything else is NumPy's TypeError.
engine::array buffer_argument(const value& v) {
    if (const auto* a = v.as<engine::array>()) return *a;
    if (v.is<engine::scalar>()) throw python_error("NotImplementedError", "a NumPy scalar as a buffer is outside the subset");
    raise_type_error("a bytes-like object is required, not '" + class_name(v) + "'");
}

value frombuffer_function(const bound_arguments& args) {
    return array_value(engine::frombuffer(buffer_argument(args["buffer"]),
                                           to_dtype_or_default(args["dtype"]),
                                           to_int64(args["count"]), to_int64(args["offset"]),
                                           descriptor_of(args["dtype"])));
}

// np.ndarray(shape, ...) over a buffer; without one it is np.empty with explicit strides, outside the subset.
value ndarray_function(const bound_arguments& args) {
    if (args["buffer"].is<none_type>())
        throw python_error("NotImplementedError", "np.ndarray without buffer= is outside the subset");
    const engine::array buffer = buffer_argument(args["buffer"]);
    const std::int64_t offset = to_int64(args["offset"]);
    if (offset < 0) throw python_error("NotImplementedError", "np.ndarray with a negative offset is outside the subset");
    const std::optional<engine::dims> strides =
        args["strides"].is<none_type>() ? std::nullopt : std::optional(to_shape(args["strides"]));
    const engine::array result = engine::ndarray_over_buffer(
        buffer, to_dtype_or_default(args["dtype"]), to_shape(args["shape"]), offset, strides,
        to_order(args["order"]).value_or(engine::order::C), descriptor_of(args["dtype"]));
    // NumPy's PyArray_CheckStrides takes an empty buffer's size to be the requested array's own, so strides over
    // an empty buffer that pass its check (the engine raised NumPy's ValueError for those that do not) make an
    // array that reads memory outside the buffer: nothing to compare.
    if (buffer->nbytes() == 0 && strides && !strides->empty() && result->size() > 0)
        throw python_error("NotImplementedError", "np.ndarray(strides=) over an empty buffer reads outside it (NumPy)");
    return array_value(result);
}

value diag_function(const bound_arguments& args) {
    return array_value(engine::diag(to_array(args["v"]), to_int64(args["k"])));
}

// np.real(val) and np.imag(val) try val.real / val.imag first (a Python number or NumPy scalar answers
// for itself) and take the attribute of np.asanyarray(val) only when val has none.
template <const char* part>
value complex_part_function(const bound_arguments& args) {
    const value& v = args["val"];
    if (is_numpy_value(v) || is_python_number(v)) return get_attribute(v, part);
    return get_attribute(array_value(to_array(v)), part);
}

constexpr char real_part[] = "real";
constexpr char imag_part[] = "imag";

// ------------------------------------------------------------------ the split family

value list_of(const std::vector<engine::array>& arrays) {
    std::vector<value> items;
    for (const engine::array& a : arrays) items.push_back(array_value(a));
    return value::list(std::move(items));
}

// `ary.shape[axis]`: a tuple index (TypeError for a non-integer axis, IndexError out of range);
// AttributeError for an object that is not an array or NumPy scalar.
std::int64_t shape_entry(const value& ary, const value& axis) {
    if (!is_numpy_value(ary)) raise_attribute_error("'" + class_name(ary) + "' object has no attribute 'shape'");
    const engine::dims shape = ary.is<engine::array>() ? (*ary.as<engine::array>())->shape() : engine::dims{};
    const std::optional<py_int> i = index_value(axis);
    if (!i) raise_type_error("tuple indices must be integers or slices, not " + class_name(axis));
    const py_int n = static_cast<py_int>(shape.size());
    const py_int position = *i < 0 ? *i + n : *i;
    if (position < 0 || position >= n) raise_index_error("tuple index out of range");
    return shape[static_cast<std::size_t>(position)];
}

// array_split's Ntotal: ary.shape[axis], or len(ary) for an object without a shape.
std::int64_t split_length(const value& ary, const value& axis) {
    if (is_numpy_value(ary)) return shape_entry(ary, axis);
    if (const auto* t = ary.as<py_tuple>()) return static_cast<std::int64_t>(t->items.size());
    if (const auto* l = ary.as<py_list>()) return static_cast<std::int64_t>(l->items.size());
    raise_type_error("object of type '" + class_name(ary) + "' has no len()");
}

// The items of indices_or_sections when it has a length (a list, tuple or array of dimension >= 1); none
// when len() fails on it, which makes it a count of sections.
std::optional<std::vector<value>> division_items(const value& v) {
    if (const auto* t = v.as<py_tuple>()) return t->items;
    if (const auto* l = v.as<py_list>()) return l->items;
    if (v.is<std::string>()) raise_type_error("slice indices must be integers or None or have an __index__ method");
    if (const auto* a = v.as<engine::array>(); a != nullptr && (*a)->ndim() > 0) {
        std::vector<value> items;
        for (std::int64_t i = 0; i < (*a)->shape()[0]; ++i) items.push_back(numpy_result(engine::getitem(*a, {i})));
        return items;
    }
    return std::nullopt;
}

// int(v) for a count of sections: ints, bools, floats (truncated) and NumPy numbers.
std::int64_t section_count(const value& v) {
    if (const auto* d = v.as<double>()) {
        if (!std::isfinite(*d)) raise_value_error("cannot convert float NaN or infinity to integer");
        return static_cast<std::int64_t>(*d);
    }
    if (const std::optional<py_int> i = index_value(v)) return to_int64(v);
    if (is_numpy_value(v)) {
        const engine::scalar s = to_scalar(v, "int()");
        if (engine::kind_of(s.type) == engine::dtype_kind::floating) return static_cast<std::int64_t>(s.as_double());
    }
    raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" + class_name(v) +
                     "'");
}

// A division point as a slice bound: an integer (operator.index) or None.
std::optional<std::int64_t> division_point(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    if (!index_value(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
    return to_int64(v);
}

value split_into(const value& ary, const value& indices_or_sections, const value& axis) {
    const std::int64_t total = split_length(ary, axis);
    std::vector<std::optional<std::int64_t>> points;
    if (const std::optional<std::vector<value>> items = division_items(indices_or_sections)) {
        points.push_back(0);
        for (const value& item : *items) points.push_back(division_point(item));
        points.push_back(total);
    } else {
        for (const std::int64_t p : engine::equal_division_points(total, section_count(indices_or_sections)))
            points.push_back(p);
    }
    return list_of(engine::split_at(to_array(ary), points, to_int64(axis)));
}

value array_split_function(const bound_arguments& args) {
    return split_into(args["ary"], args["indices_or_sections"], args["axis"]);
}

// np.split checks an equal division by `ary.shape[axis] % sections` (so needs an array there) unless
// indices_or_sections has a length.
value split_checked(const value& ary, const value& indices_or_sections, const value& axis) {
    if (!division_items(indices_or_sections)) {
        const std::int64_t total = shape_entry(ary, axis);
        if (const auto* d = indices_or_sections.as<double>()) {
            if (*d == 0.0) throw python_error("ZeroDivisionError", "float modulo");
            if (std::fmod(static_cast<double>(total), *d) != 0.0)
                raise_value_error("array split does not result in an equal division");
        } else {
            engine::check_equal_division(total, section_count(indices_or_sections));
        }
    }
    return split_into(ary, indices_or_sections, axis);
}

value split_function(const bound_arguments& args) {
    return split_checked(args["ary"], args["indices_or_sections"], args["axis"]);
}

std::int64_t ndim_of(const value& v) { return to_array(v)->ndim(); }  // np.ndim: np.asarray(v).ndim

value hsplit_function(const bound_arguments& args) {
    const value& ary = args["ary"];
    if (ndim_of(ary) == 0) raise_value_error("hsplit only works on arrays of 1 or more dimensions");
    if (!is_numpy_value(ary)) raise_attribute_error("'" + class_name(ary) + "' object has no attribute 'ndim'");
    return split_checked(ary, args["indices_or_sections"], value::integer(ndim_of(ary) > 1 ? 1 : 0));
}

value vsplit_function(const bound_arguments& args) {
    if (ndim_of(args["ary"]) < 2) raise_value_error("vsplit only works on arrays of 2 or more dimensions");
    return split_checked(args["ary"], args["indices_or_sections"], value::integer(0));
}

value dsplit_function(const bound_arguments& args) {
    if (ndim_of(args["ary"]) < 3) raise_value_error("dsplit only works on arrays of 3 or more dimensions");
    return split_checked(args["ary"], args["indices_or_sections"], value::integer(2));
}

// ------------------------------------------------------------------ rollaxis and stride tricks

value rollaxis_function(const bound_arguments& args) {
    const value& a = args["a"];
    if (!a.is<engine::array>()) raise_attribute_error("'" + class_name(a) + "' object has no attribute 'ndim'");
    return array_value(engine::rollaxis(*a.as<engine::array>(), to_int64(args["axis"]), to_int64(args["start"])));
}

value broadcast_arrays_function(const bound_arguments& args) {
    if (truth(args["subok"])) throw python_error("NotImplementedError", "broadcast_arrays(subok=True) is outside the subset");
    std::vector<engine::array> arrays;
    for (const value& item : args.rest("args")) arrays.push_back(to_array(item));
    std::vector<value> items;
    for (const engine::array& a : engine::broadcast_arrays(arrays)) items.push_back(array_value(a));
    // NumPy 2 returns a tuple, NumPy 1.24 a list (the same semantics field decides both).
    if (engine::active_semantics().broadcast_arrays_keeps_each_fitting_input) return value::tuple(std::move(items));
    return value::list(std::move(items));
}

value sliding_window_view_function(const bound_arguments& args) {
    if (truth(args["subok"])) throw python_error("NotImplementedError", "sliding_window_view(subok=True) is outside the subset");
    const value& axis = args["axis"];
    return array_value(engine::sliding_window_view(
        to_array(args["x"]), to_int_list(args["window_shape"]),
        axis.is<none_type>() ? std::nullopt : std::optional(to_int_list(axis)), truth(args["writeable"])));
}

}  // namespace

const std::vector<function_entry>& view_functions() {
    static const std::vector<function_entry> table = {
        {numpy_module, numpy_function_signature("diag"), &diag_function},
        {numpy_module, numpy_function_signature("frombuffer"),
         &frombuffer_function},
        {numpy_module, numpy_function_signature("ndarray"),
         &ndarray_function},
        {numpy_module, numpy_function_signature("real"), &complex_part_function<real_part>},
        {numpy_module, numpy_function_signature("imag"), &complex_part_function<imag_part>},
        {numpy_module, numpy_function_signature("split"), &split_function},
        {numpy_module, numpy_function_signature("array_split"), &array_split_function},
        {numpy_module, numpy_function_signature("hsplit"), &hsplit_function},
        {numpy_module, numpy_function_signature("vsplit"), &vsplit_function},
        {numpy_module, numpy_function_signature("dsplit"), &dsplit_function},
        {numpy_module, numpy_function_signature("rollaxis"), &rollaxis_function},
        {numpy_module, numpy_function_signature("broadcast_arrays"), &broadcast_arrays_function},
        {stride_tricks_module,
         numpy_function_signature("lib.stride_tricks.sliding_window_view"),
         &sliding_window_view_function},
    };
    return table;
}

}  // namespace conformance::engine_system
