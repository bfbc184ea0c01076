// np.take, np.put and their kin (and the methods a.take, a.put) with NumPy's signatures and Python-level
// conventions: which arguments must be arrays, how Python objects become arrays (with the destination's
// dtype, element by element) while arrays are handed to the engine as they are, for it to cast or use them
// in place as NumPy does.
#include "systems/engine/function_tables.hpp"

#include "engine/choose.hpp"
#include "engine/index.hpp"
#include "engine/layout.hpp"
#include "engine/nonzero.hpp"
#include "engine/put.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "engine/take.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/subscripts.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"

namespace conformance::engine_system {

namespace {

const std::string numpy_module = "numpy";

// An argument NumPy converts to dtype t: arrays as they are (the engine applies NumPy's casting rule to
// them), anything else, NumPy scalars included, converted with t (as np.array(v, dtype=t)).
engine::array converted_for(const value& v, engine::dtype t) {
    if (const auto* a = v.as<engine::array>()) return *a;
    return to_array(v, t);
}

engine::array positions(const value& v, engine::casting rule) {
    return engine::positions_from(converted_for(v, engine::dtype::int64), rule);
}

engine::clip_mode mode_of(const value& v) {
    if (v.is<none_type>()) return engine::clip_mode::raise;
    if (const auto* name = v.as<std::string>()) return engine::clip_mode_named(*name);
    // PyArray_ClipmodeConverter takes an int but not a bool (True is refused, not read as WRAP).
    if (v.is<bool>() || !index_value(v)) raise_type_error("clipmode not understood");
    return engine::clip_mode_numbered(to_int64(v));
}

const engine::array& array_argument(const value& v, const std::string& function, const std::string& position) {
    const auto* a = v.as<engine::array>();
    if (a == nullptr) raise_type_error(function + " argument " + position + " must be numpy.ndarray, not " + class_name(v));
    return *a;
}

// ------------------------------------------------------------------ take

value take_method(const engine::array& self, const bound_arguments& args) {
    const value& axis = args["axis"];
    const value& out = args["out"];
    std::optional<engine::array> into;
    if (!out.is<none_type>()) {
        if (!out.is<engine::array>()) raise_type_error("output must be an array");
        into = *out.as<engine::array>();
    }
    const engine::clip_mode mode = mode_of(args["mode"]);
    const engine::array result = engine::take(self, converted_for(args["indices"], engine::dtype::int64),
                                              axis.is<none_type>() ? std::nullopt : std::optional(to_int64(axis)),
                                              into, mode);
    // Without out= the result goes through PyArray_Return (a 0-d result is a scalar); out comes back as it is.
    return into ? array_value(result) : scalar_if_0d(result);
}

value take_function(const bound_arguments& args) {
    return defer_to_method(args["a"], "take",
                           {{args["indices"]}, {{"axis", args["axis"]}, {"out", args["out"]}, {"mode", args["mode"]}}});
}

// take_along_axis / put_along_axis: `arr` and `indices` must be arrays (their .ndim, .shape, .dtype are read).
const engine::array& attribute_holder(const value& v, const std::string& attribute) {
    const auto* a = v.as<engine::array>();
    if (a == nullptr) raise_attribute_error("'" + class_name(v) + "' object has no attribute '" + attribute + "'");
    return *a;
}

// The axis argument of take_along_axis / put_along_axis: None (the flattened array) or an integer.
std::optional<std::int64_t> along_axis_of(const value& axis) {
    if (axis.is<none_type>()) return std::nullopt;
    return to_int64(axis);
}

// With axis=None NumPy 2's Python code reads indices.ndim (and checks it) before arr.flat, NumPy 1.24 arr.flat
// before indices.dtype; with an axis both read arr.ndim, then indices.dtype: each an AttributeError for what is
// not an array. arr.flat is a flat iterator: RuntimeError beyond 32 dimensions.
struct flat_along_axis_arguments {
    const engine::array& arr;
    const engine::array& indices;
};

const engine::array& flat_of(const value& arr) {
    const engine::array& a = attribute_holder(arr, "flat");
    engine::check_legacy_iterator_dimensions(a->ndim());
    return a;
}

flat_along_axis_arguments flat_along_axis_arguments_of(const bound_arguments& args) {
    if (!engine::active_semantics().along_axis_none_uses_array_of_flat) {
        const engine::array& arr = flat_of(args["arr"]);
        return {arr, attribute_holder(args["indices"], "dtype")};
    }
    const engine::array& indices = attribute_holder(args["indices"], "ndim");
    engine::check_indices_for_axis_none(*indices);
    return {flat_of(args["arr"]), indices};
}

value take_along_axis_function(const bound_arguments& args) {
    if (!args.given("axis") && !engine::active_semantics().take_along_axis_axis_defaults_to_last)
        raise_type_error("take_along_axis() missing 1 required positional argument: 'axis'");
    const std::optional<std::int64_t> axis = along_axis_of(args["axis"]);
    if (!axis) {
        const flat_along_axis_arguments flat = flat_along_axis_arguments_of(args);
        return numpy_result(engine::take_along_axis(flat.arr, flat.indices, axis));
    }
    const engine::array& arr = attribute_holder(args["arr"], "ndim");
    const std::int64_t along = engine::normalize_axis(*axis, arr->ndim());  // before indices.dtype is read
    return numpy_result(engine::take_along_axis(arr, attribute_holder(args["indices"], "dtype"), along));
}

value put_along_axis_function(const bound_arguments& args) {
    const std::optional<std::int64_t> axis = along_axis_of(args["axis"]);
    if (!axis) {
        const flat_along_axis_arguments flat = flat_along_axis_arguments_of(args);
        engine::put_along_axis(flat.arr, flat.indices, assigned_value_of(args["values"]), axis);
        return value::none();
    }
    const engine::array& arr = attribute_holder(args["arr"], "ndim");
    const std::int64_t along = engine::normalize_axis(*axis, arr->ndim());  // before indices.dtype is read
    engine::put_along_axis(arr, attribute_holder(args["indices"], "dtype"), assigned_value_of(args["values"]), along);
    return value::none();
}

// ------------------------------------------------------------------ put and masked writes

value put_method(const engine::array& self, const bound_arguments& args) {
    const engine::clip_mode mode = mode_of(args["mode"]);
    self->require_writeable("put: output array is read-only");  // also ends a warn-on-write, as NumPy's check does
    const engine::array where = positions(args["indices"], engine::casting::safe);
    engine::check_put_destination(self, where);  // before the values are converted, as NumPy does
    engine::put(self, where, converted_for(args["values"], self->type()), mode);
    return value::none();
}

value put_function(const bound_arguments& args) {
    const value& a = args["a"];
    if (!a.is<engine::array>()) raise_type_error("argument 1 must be numpy.ndarray, not " + class_name(a));
    return call_method(a, array_method("put"), {{args["ind"], args["v"]}, {{"mode", args["mode"]}}});
}

value putmask_function(const bound_arguments& args) {
    const value& a = args["a"];
    if (!a.is<engine::array>()) raise_type_error("putmask: first argument must be an array");
    const engine::array& self = *a.as<engine::array>();
    // PyArray_FailUnlessWriteable first, which also ends a broadcast view's warn-on-write, even when the values'
    // cast then fails (property test, seed 911).
    self->require_writeable("putmask: output array is read-only");
    const engine::array mask = to_array(args["mask"]);
    if (mask->size() != self->size()) raise_value_error("putmask: mask and data must be the same size");
    engine::putmask(self, mask, converted_for(args["values"], self->type()));
    return value::none();
}

value place_function(const bound_arguments& args) {
    const engine::array& self = array_argument(args["arr"], "place()", "1");
    const engine::array mask = to_array(args["mask"]);
    engine::check_place_destination(*self, *mask);  // before the values are converted, as NumPy orders them
    engine::place(self, mask, converted_for(args["vals"], self->type()));
    return value::none();
}

value fill_diagonal_function(const bound_arguments& args) {
    const engine::array& self = attribute_holder(args["a"], "ndim");
    engine::check_fill_diagonal_destination(self);  // before the values are converted, as NumPy does
    engine::fill_diagonal(self, converted_for(args["val"], self->type()), truth(args["wrap"]));
    return value::none();
}

// ------------------------------------------------------------------ nonzero, where, choose, ix_

value tuple_of(const std::vector<engine::array>& arrays) {
    std::vector<value> items;
    for (const engine::array& a : arrays) items.push_back(array_value(a));
    return value::tuple(std::move(items));
}

value nonzero_method(const engine::array& self, const bound_arguments&) { return tuple_of(engine::nonzero(self)); }

value nonzero_function(const bound_arguments& args) { return defer_to_method(args["a"], "nonzero", {}); }

// where(condition, [x, y], /): one argument is asarray(condition).nonzero(); three pick elementwise.
value where_function(const bound_arguments& args) {
    const engine::array condition = to_array(args["condition"]);
    const bool x = args.given("x"), y = args.given("y");
    if (!x && !y) return tuple_of(engine::nonzero(condition));
    if (!x || !y) raise_value_error("either both or neither of x and y should be given");
    return array_value(engine::where(condition, to_operand(args["x"], "where"), to_operand(args["y"], "where")));
}

value extract_function(const bound_arguments& args) {
    return array_value(engine::extract(to_array(args["condition"]), to_array(args["arr"])));
}

std::optional<engine::array> out_argument(const value& out) {
    if (out.is<none_type>()) return std::nullopt;
    if (!out.is<engine::array>()) raise_type_error("output must be an array");
    return *out.as<engine::array>();
}

value compress_method(const engine::array& self, const bound_arguments& args) {
    const value& axis = args["axis"];
    const std::optional<engine::array> out = out_argument(args["out"]);
    const engine::array result =
        engine::compress(to_array(args["condition"]), self,
                         axis.is<none_type>() ? std::nullopt : std::optional(to_int64(axis)), out);
    return out ? array_value(result) : scalar_if_0d(result);
}

value compress_function(const bound_arguments& args) {
    return defer_to_method(args["a"], "compress",
                           {{args["condition"]}, {{"axis", args["axis"]}, {"out", args["out"]}}});
}

value choose_method(const engine::array& self, const bound_arguments& args) {
    const std::optional<engine::array> out = out_argument(args["out"]);
    const engine::clip_mode mode = mode_of(args["mode"]);
    std::vector<engine::operand> choices;
    for (const value& choice : iterated_items(args["choices"])) choices.push_back(to_operand(choice, "choose"));
    const engine::array result = engine::choose(self, choices, out, mode);
    return out ? array_value(result) : scalar_if_0d(result);
}

value choose_function(const bound_arguments& args) {
    const value& a = args["a"];
    const value self = is_numpy_value(a) ? a : array_value(to_array(a));
    return call_method(self, array_method("choose"),
                       {{args["choices"]}, {{"out", args["out"]}, {"mode", args["mode"]}}});
}

value ix_function(const bound_arguments& args) {
    std::vector<engine::array> arrays;
    std::vector<bool> given_as_array;
    for (const value& arg : args.rest("args")) {
        given_as_array.push_back(arg.is<engine::array>());
        arrays.push_back(to_array(arg));
    }
    return tuple_of(engine::ix(arrays, given_as_array));
}

}  // namespace

const std::vector<function_entry>& selection_functions() {
    static const std::vector<function_entry> table = {
        {numpy_module, numpy_function_signature("take"), &take_function},
        {numpy_module, numpy_function_signature("take_along_axis"), &take_along_axis_function},
        {numpy_module, numpy_function_signature("put"), &put_function},
        {numpy_module, numpy_function_signature("putmask"), &putmask_function, "builtin_function_or_method"},
        {numpy_module, numpy_function_signature("place"), &place_function},
        {numpy_module, numpy_function_signature("fill_diagonal"), &fill_diagonal_function},
        {numpy_module, numpy_function_signature("put_along_axis"), &put_along_axis_function},
        {numpy_module, numpy_function_signature("nonzero"), &nonzero_function},
        {numpy_module, numpy_function_signature("where"), &where_function,
         "builtin_function_or_method"},
        {numpy_module, numpy_function_signature("extract"), &extract_function},
        {numpy_module, numpy_function_signature("compress"), &compress_function},
        {numpy_module, numpy_function_signature("choose"), &choose_function},
        {numpy_module, numpy_function_signature("ix_"), &ix_function},
    };
    return table;
}

const std::vector<method_entry>& selection_methods() {
    static const std::vector<method_entry> table = {
        {array_method_signature("take"), &take_method},
        {array_method_signature("put"), &put_method},
        {array_method_signature("nonzero"), &nonzero_method},
        {array_method_signature("compress"), &compress_method},
        {array_method_signature("choose"), &choose_method},
    };
    return table;
}

}  // namespace conformance::engine_system
