// The np.* function table: each entry is NumPy 1.24's signature and how the call maps onto the engine,
// with NumPy's Python-level conventions (np.asarray of array-likes, _wrapfunc deferring to the method,
// defaults and None arguments, order restrictions); plus the module's scalar types and constants.
#include "systems/engine/engine_backend.hpp"
#include "systems/engine/numpy_functions.hpp"

#include <limits>
#include <set>
#include <string_view>

#include "engine/axis_views.hpp"
#include "engine/creation.hpp"
#include "engine/index.hpp"
#include "engine/long_long.hpp"
#include "engine/joining.hpp"
#include "engine/kernels.hpp"
#include "engine/linspace.hpp"
#include "engine/memory_views.hpp"
#include "engine/promotion.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "engine/shares_memory.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/function_tables.hpp"
#include "systems/engine/objects.hpp"
#include "systems/engine/reductions.hpp"
#include "systems/engine/ufunc_functions.hpp"

namespace conformance::engine_system {

namespace {

const std::string numpy_module = "numpy";
const std::string stride_tricks_module = "numpy.lib.stride_tricks";
const std::string array_utils_module = "numpy.lib.array_utils";

[[noreturn]] void outside_subset(const std::string& what) {
    throw python_error("NotImplementedError", what + " is outside what the engine side supports");
}

std::optional<engine::dims> optional_shape(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    return to_shape(v);
}

std::optional<engine::dims> optional_int_list(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    return to_int_list(v);
}

// zeros/ones/empty/full lay out fresh memory in C or F order only.
engine::order c_or_f_order(const value& v) {
    const engine::order o = to_order(v).value_or(engine::order::C);
    if (o != engine::order::C && o != engine::order::F) raise_value_error("only 'C' or 'F' order is permitted");
    return o;
}

// ------------------------------------------------------------------ creation

value array_function(const bound_arguments& args) {
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    const std::int64_t ndmin = to_int64(args["ndmin"]);
    const engine::nested object = to_nested(args["object"], t);
    if (args.given("ndmax"))  // NumPy 2.4's; its default is no limit but NPY_MAXDIMS
        engine::check_ndmax(object, to_int64(args["ndmax"]), ndmin);
    const engine::order o = to_order(args["order"]).value_or(engine::order::K);
    return array_value(engine::with_ndmin(
        engine::array_from(object, t, to_copy_mode(args["copy"]), o, descriptor_of(args["dtype"])), ndmin, o));
}

value asarray_function(const bound_arguments& args) {
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    const engine::order o = to_order(args["order"]).value_or(engine::order::K);
    check_device(args);
    const engine::copy_mode copy = args.given("copy") ? to_copy_mode(args["copy"]) : engine::copy_mode::if_needed;
    return array_value(engine::array_from(to_nested(args["a"], t), t, copy, o, descriptor_of(args["dtype"])));
}

value ascontiguousarray_function(const bound_arguments& args) {
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    return array_value(engine::ascontiguousarray(to_nested(args["a"], t), t, descriptor_of(args["dtype"])));
}

value asfortranarray_function(const bound_arguments& args) {
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    return array_value(engine::asfortranarray(to_nested(args["a"], t), t, descriptor_of(args["dtype"])));
}

// arange(stop), arange(start, stop[, step]); a missing start is the Python int 0, a missing step 1.
value arange_function(const bound_arguments& args) {
    check_device(args);
    value start = args["start"];
    value stop = args["stop"];
    if (stop.is<none_type>()) {
        if (start.is<none_type>()) raise_type_error("arange() requires stop to be specified.");
        stop = start;
        start = value::integer(0);
    } else if (start.is<none_type>()) {
        start = value::integer(0);
    }
    const value step = args["step"].is<none_type>() ? value::integer(1) : args["step"];
    for (const value* argument : std::initializer_list<const value*>{&start, &stop, &step}) {
        const auto* i = argument->as<py_int>();
        if (i != nullptr && !python_int_scalar(*i))
            outside_subset("np.arange of a Python int beyond int64 and uint64 (NumPy makes an object array of it, or "
                           "computes in the dtype asked for)");
    }
    return array_value(engine::arange(to_scalar(start, "arange start"), to_scalar(stop, "arange stop"),
                                       to_scalar(step, "arange step"), to_dtype(args["dtype"]),
                                       descriptor_of(args["dtype"])));
}

// zeros, ones and empty differ only in the engine function that fills the memory.
template <engine::array (*make)(const engine::dims&, engine::dtype, engine::order, const engine::descriptor_handle&)>
value filled_function(const bound_arguments& args) {
    check_device(args);
    return array_value(make(to_shape(args["shape"]), to_dtype_or_default(args["dtype"]),
                             c_or_f_order(args["order"]), descriptor_of(args["dtype"])));
}

// np.full / np.full_like: the engine's (numeric.py's order of steps); strings in the fill value become numbers of
// the requested dtype.
value full_function(const bound_arguments& args) {
    check_device(args);
    const engine::dims shape = to_shape(args["shape"]);
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    const engine::order o = c_or_f_order(args["order"]);
    return array_value(engine::full(shape, to_nested(args["fill_value"], t), t, o, descriptor_of(args["dtype"])));
}

template <engine::array (*make)(const engine::array&, std::optional<engine::dtype>, engine::order,
                                const std::optional<engine::dims>&, const engine::descriptor_handle&)>
value like_function(const bound_arguments& args) {
    check_device(args);
    // The array comes first; empty_like calls it `prototype`, the others `a`.
    return array_value(make(to_array(args.at(0)), to_dtype(args["dtype"]),
                             to_order(args["order"]).value_or(engine::order::K), optional_shape(args["shape"]),
                             descriptor_of(args["dtype"])));
}

value full_like_function(const bound_arguments& args) {
    check_device(args);
    const engine::array prototype = to_array(args["a"]);
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    const engine::order o = to_order(args["order"]).value_or(engine::order::K);
    const std::optional<engine::dims> shape = optional_shape(args["shape"]);
    const engine::nested fill_value = to_nested(args["fill_value"], t.value_or(prototype->type()));
    return array_value(engine::full_like(prototype, fill_value, t, o, shape, descriptor_of(args["dtype"])));
}

// np.eye / np.identity / np.tri: integer sizes and diagonal (operator.index; a float is TypeError).
std::optional<std::int64_t> optional_int64(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    return to_int64(v);
}

value eye_function(const bound_arguments& args) {
    check_device(args);
    return array_value(engine::eye(to_int64(args["N"]), optional_int64(args["M"]), to_int64(args["k"]),
                                    to_dtype_or_default(args["dtype"]), c_or_f_order(args["order"]),
                                    descriptor_of(args["dtype"])));
}

value identity_function(const bound_arguments& args) {
    return array_value(
        engine::eye(to_int64(args["n"]), std::nullopt, 0, to_dtype_or_default(args["dtype"]), engine::order::C,
                    descriptor_of(args["dtype"])));
}

value tri_function(const bound_arguments& args) {
    // NumPy's tri accepts a float k (its aranges are float then); the case language's tri takes integers.
    if (!args["k"].is<py_int>()) outside_subset("np.tri with a k that is not an int");
    return array_value(engine::tri(to_int64(args["N"]), optional_int64(args["M"]), to_int64(args["k"]),
                                    to_dtype_or_default(args["dtype"]), descriptor_of(args["dtype"])));
}

// np.linspace(start, stop, num, endpoint, retstep, dtype, axis): the endpoints as operands (Python numbers weak,
// sequences np.asarray'd); with retstep a tuple (samples, step).
value linspace_function(const bound_arguments& args) {
    check_device(args);
    const engine::linspace_result r = engine::linspace(
        to_operand(args["start"], "linspace"), to_operand(args["stop"], "linspace"), to_int64(args["num"]),
        truth(args["endpoint"]), to_dtype(args["dtype"]), to_int64(args["axis"]), descriptor_of(args["dtype"]));
    if (!truth(args["retstep"])) return array_value(r.samples);
    value step = numpy_result(r.step);
    if (const auto* s = std::get_if<engine::scalar>(&r.step); s != nullptr && s->is_python_number())
        step = value::floating(s->as_double());  // Python's nan when there is no step
    return value::tuple({array_value(r.samples), step});
}

// np.copy(a, order, subok) is np.array(a, order=order, subok=subok, copy=True); subok= keeps a subclass, and the
// case language has none.
value copy_function(const bound_arguments& args) {
    const engine::order o = to_order(args["order"]).value_or(engine::order::K);
    return array_value(engine::array_from(to_nested(args["a"]), std::nullopt, engine::copy_mode::always, o));
}

// ------------------------------------------------------------------ shape operations

value reshape_function(const bound_arguments& args) {
    // The shape by position or by NumPy's keyword: shape= in NumPy 2.4 (newshape= removed), newshape= in NumPy 1.24
    // (binding refused the other).
    const std::string keyword = modelled_release() == cases::numpy_release::numpy_2 ? "shape" : "newshape";
    const bool positional = args.given("shape_or_newshape");
    if (positional && args.given(keyword))
        raise_type_error("reshape() got multiple values for argument '" + keyword + "'");
    if (!positional && !args.given(keyword))
        raise_type_error("reshape() missing 1 required positional argument: '" + keyword + "'");
    call_arguments method_args{{positional ? args["shape_or_newshape"] : args[keyword]}, {{"order", args["order"]}}};
    if (args.given("copy")) method_args.keywords.emplace_back("copy", args["copy"]);
    return defer_to_method(args["a"], "reshape", std::move(method_args));
}

value ravel_function(const bound_arguments& args) {
    return call_method(array_value(to_array(args["a"])), array_method("ravel"), {{args["order"]}, {}});
}

value transpose_function(const bound_arguments& args) {
    return defer_to_method(args["a"], "transpose", {{args["axes"]}, {}});
}

value matrix_transpose_function(const bound_arguments& args) {
    return array_value(engine::matrix_transpose(to_array(args["x"])));
}

value unstack_function(const bound_arguments& args) {
    if (!is_numpy_value(args["x"]))  // np.unstack reads x.ndim first
        raise_attribute_error("'" + class_name(args["x"]) + "' object has no attribute 'ndim'");
    std::vector<value> items;
    for (const engine::getitem_result& item : engine::unstack(to_array(args["x"]), to_int64(args["axis"])))
        items.push_back(numpy_result(item));
    return value::tuple(std::move(items));
}

// np.astype(x, dtype, copy=, device=): only for NumPy arrays and scalars, on the CPU; then x.astype(dtype, copy=).
value astype_function(const bound_arguments& args) {
    const value& x = args["x"];
    if (!is_numpy_value(x))
        raise_type_error("Input should be a NumPy array or scalar. It is a <class '" + class_name(x) + "'> instead.");
    check_device(args);
    return defer_to_method(x, "astype", {{args["dtype"]}, {{"copy", args["copy"]}}});
}

value swapaxes_function(const bound_arguments& args) {
    return defer_to_method(args["a"], "swapaxes", {{args["axis1"], args["axis2"]}, {}});
}

value squeeze_function(const bound_arguments& args) {
    return defer_to_method(args["a"], "squeeze", {{}, {{"axis", args["axis"]}}});
}

value diagonal_function(const bound_arguments& args) {
    return call_method(array_value(to_array(args["a"])), array_method("diagonal"),
                       {{args["offset"], args["axis1"], args["axis2"]}, {}});
}

// moveaxis uses the object's own transpose, so a NumPy scalar comes back as a scalar.
value moveaxis_function(const bound_arguments& args) {
    const value& a = args["a"];
    const engine::array moved =
        engine::moveaxis(to_array(a), to_int_list(args["source"]), to_int_list(args["destination"]));
    return a.is<engine::scalar>() ? scalar_if_0d(moved) : array_value(moved);
}

value expand_dims_function(const bound_arguments& args) {
    return array_value(engine::expand_dims(to_array(args["a"]), to_int_list(args["axis"])));
}

value fliplr_function(const bound_arguments& args) { return array_value(engine::fliplr(to_array(args["m"]))); }
value flipud_function(const bound_arguments& args) { return array_value(engine::flipud(to_array(args["m"]))); }

value rot90_function(const bound_arguments& args) {
    const engine::dims axes = to_int_list(args["axes"]);
    // NumPy unpacks the pair first: any other length is ValueError "len(axes) must be 2."
    if (axes.size() != 2) raise_value_error("len(axes) must be 2.");
    return array_value(engine::rot90(to_array(args["m"]), to_int64(args["k"]), {axes[0], axes[1]}));
}

template <engine::array (*atleast)(const engine::array&)>
value atleast_function(const bound_arguments& args) {
    return array_value(atleast(to_array(args["arys"])));
}

value broadcast_to_function(const bound_arguments& args) {
    return array_value(engine::broadcast_to(to_array(args["array"]), to_shape(args["shape"])));
}

// flip indexes with a tuple of slices, so flipping a 0-d array (index ()) gives a scalar.
value flip_function(const bound_arguments& args) {
    return scalar_if_0d(engine::flip(to_array(args["m"]), optional_int_list(args["axis"])));
}

value as_strided_function(const bound_arguments& args) {
    return array_value(engine::as_strided(to_array(args["x"]), optional_shape(args["shape"]),
                                           optional_int_list(args["strides"]), truth(args["writeable"])));
}

// ------------------------------------------------------------------ joining, copying, memory

// The inputs of concatenate: the items of a sequence, or the sub-arrays along the first axis of an array.
std::vector<engine::array> concatenate_inputs(const value& arrays) {
    std::vector<engine::array> inputs;
    if (const auto* a = arrays.as<engine::array>()) {
        if ((*a)->ndim() == 0) raise_value_error("zero-dimensional arrays cannot be concatenated");
        for (std::int64_t i = 0; i < (*a)->shape().front(); ++i) inputs.push_back(engine::getitem_array(*a, {i}));
        return inputs;
    }
    const std::vector<value>* items = nullptr;
    if (const auto* t = arrays.as<py_tuple>()) items = &t->items;
    if (const auto* l = arrays.as<py_list>()) items = &l->items;
    if (items == nullptr) raise_type_error("The first input argument needs to be a sequence");
    for (const value& item : *items) inputs.push_back(to_array(item));
    return inputs;
}

value concatenate_function(const bound_arguments& args) {
    const value& axis = args["axis"];
    const std::optional<std::int64_t> along = axis.is<none_type>() ? std::nullopt : std::optional(to_int64(axis));
    const value& out = args["out"];
    const std::optional<engine::dtype> as_type = to_dtype(args["dtype"]);
    const engine::casting rule = to_casting(args["casting"]);
    if (out.is<none_type>())
        return array_value(engine::concatenate(concatenate_inputs(args["arrays"]), along, as_type, rule,
                                               descriptor_of(args["dtype"])));
    const auto* into = out.as<engine::array>();
    if (into == nullptr) raise_type_error("output must be an array");
    const std::vector<engine::array> inputs = concatenate_inputs(args["arrays"]);
    if (!along || (engine::active_semantics().maxdims_axis_means_none && *along >= 32))
        outside_subset("np.concatenate(axis=None, out=)");
    return array_value(engine::concatenate_into(inputs, *along, *into, rule, as_type));
}

value copyto_function(const bound_arguments& args) {
    const auto* destination = args["dst"].as<engine::array>();
    if (destination == nullptr) {
        raise_type_error("copyto() argument 1 must be numpy.ndarray, not " + class_name(args["dst"]));
    }
    // NumPy converts src first, then casting=, then where= (np.asarray(where, bool): an array of another dtype
    // must cast safely, which the engine checks).
    const value& source = args["src"];
    const bool number = is_python_number(source);
    const std::optional<engine::array> array_source = number ? std::nullopt : std::optional(to_array(source));
    const engine::casting rule = to_casting(args["casting"]);
    std::optional<engine::array> mask;
    if (args.given("where")) {
        const auto* where = args["where"].as<engine::array>();
        mask = where ? *where : to_array(args["where"], engine::dtype::bool_);
    }
    if (number) engine::copyto(*destination, std::get<engine::scalar>(to_nested(source).node), rule, mask);
    else engine::copyto(*destination, *array_source, rule, mask);
    return value::none();
}

std::optional<std::int64_t> max_work(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    return to_int64(v);
}

// The array-likes are np.asarray'd: a list makes a fresh array, which shares memory with nothing.
template <bool (*answer)(const engine::ndarray&, const engine::ndarray&, std::optional<std::int64_t>)>
value memory_question(const bound_arguments& args) {
    return value::boolean(answer(*to_array(args["a"]), *to_array(args["b"]), max_work(args["max_work"])));
}

// np.byte_bounds(a) / np.lib.array_utils.byte_bounds(a): two addresses in the memory block of an array. NumPy reads
// a.__array_interface__, which lists lack (AttributeError); a NumPy scalar's is a fresh copy each time it is read,
// whose addresses the engine does not model.
value byte_bounds_function(const bound_arguments& args) {
    const value& a = args["a"];
    if (a.is<engine::scalar>()) {
        throw python_error("NotImplementedError", "byte_bounds of a NumPy scalar is outside what the engine system "
                                                  "models");
    }
    if (!a.is<engine::array>()) {
        raise_attribute_error("'" + class_name(a) + "' object has no attribute '__array_interface__'");
    }
    const engine::byte_bounds_result bounds = engine::byte_bounds(*a.as<engine::array>());
    return value::tuple({address_value({bounds.block, bounds.low}), address_value({bounds.block, bounds.high})});
}

// ------------------------------------------------------------------ the table

const std::string builtin_class = "builtin_function_or_method";

const std::vector<function_entry>& numpy_functions() {
    static const std::vector<function_entry> table = {
        {numpy_module,
         numpy_function_signature("array"),
         &array_function, builtin_class},
        {numpy_module, numpy_function_signature("asarray"), &asarray_function,
         builtin_class},
        // np.asanyarray is np.asarray for a base-class ndarray (the only kind a case makes).
        {numpy_module, numpy_function_signature("asanyarray"), &asarray_function,
         builtin_class},
        {numpy_module, numpy_function_signature("ascontiguousarray"), &ascontiguousarray_function,
         builtin_class},
        {numpy_module, numpy_function_signature("asfortranarray"), &asfortranarray_function,
         builtin_class},
        {numpy_module, numpy_function_signature("arange"),
         &arange_function, builtin_class},
        {numpy_module, numpy_function_signature("zeros"),
         &filled_function<engine::zeros>, builtin_class},
        {numpy_module, numpy_function_signature("ones"), &filled_function<engine::ones>},
        {numpy_module, numpy_function_signature("empty"),
         &filled_function<engine::empty>, builtin_class},
        {numpy_module, numpy_function_signature("full"), &full_function},
        {numpy_module, numpy_function_signature("zeros_like"),
         &like_function<engine::zeros_like>},
        {numpy_module, numpy_function_signature("ones_like"),
         &like_function<engine::ones_like>},
        {numpy_module, numpy_function_signature("empty_like"),
         &like_function<engine::empty_like>},
        {numpy_module, numpy_function_signature("full_like"),
         &full_like_function},
        {numpy_module, numpy_function_signature("eye"), &eye_function},
        {numpy_module, numpy_function_signature("identity"), &identity_function},
        {numpy_module, numpy_function_signature("tri"), &tri_function},
        {numpy_module, numpy_function_signature("copy"), &copy_function},
        {numpy_module,
         numpy_function_signature("linspace"),
         &linspace_function},
        {numpy_module, numpy_function_signature("reshape"), &reshape_function},
        {numpy_module, numpy_function_signature("ravel"), &ravel_function},
        {numpy_module, numpy_function_signature("transpose"), &transpose_function},
        {numpy_module, numpy_function_signature("permute_dims"), &transpose_function},
        {numpy_module, numpy_function_signature("matrix_transpose"), &matrix_transpose_function},
        {numpy_module, numpy_function_signature("unstack"), &unstack_function},
        {numpy_module, numpy_function_signature("astype"), &astype_function},
        {numpy_module, numpy_function_signature("swapaxes"), &swapaxes_function},
        {numpy_module, numpy_function_signature("moveaxis"), &moveaxis_function},
        {numpy_module, numpy_function_signature("squeeze"), &squeeze_function},
        {numpy_module, numpy_function_signature("expand_dims"), &expand_dims_function},
        {numpy_module, numpy_function_signature("broadcast_to"), &broadcast_to_function},
        {numpy_module, numpy_function_signature("flip"), &flip_function},
        {numpy_module, numpy_function_signature("fliplr"), &fliplr_function},
        {numpy_module, numpy_function_signature("flipud"), &flipud_function},
        {numpy_module, numpy_function_signature("rot90"), &rot90_function},
        {numpy_module, numpy_function_signature("atleast_1d"), &atleast_function<engine::atleast_1d>},
        {numpy_module, numpy_function_signature("atleast_2d"), &atleast_function<engine::atleast_2d>},
        {numpy_module, numpy_function_signature("atleast_3d"), &atleast_function<engine::atleast_3d>},
        {numpy_module, numpy_function_signature("diagonal"), &diagonal_function},
        {numpy_module, numpy_function_signature("concatenate"),
         &concatenate_function},
        {numpy_module, numpy_function_signature("concat"), &concatenate_function},
        {numpy_module, numpy_function_signature("copyto"), &copyto_function},
        {numpy_module, numpy_function_signature("shares_memory"), &memory_question<engine::shares_memory>},
        {numpy_module, numpy_function_signature("may_share_memory"),
         &memory_question<engine::may_share_memory>},
        {stride_tricks_module, numpy_function_signature("lib.stride_tricks.as_strided"),
         &as_strided_function},
        // NumPy 1's np.byte_bounds moved to np.lib.array_utils in NumPy 2 (the surface says which has which).
        {numpy_module, numpy_function_signature("byte_bounds"), &byte_bounds_function},
        {array_utils_module, numpy_function_signature("lib.array_utils.byte_bounds"), &byte_bounds_function},
    };
    return table;
}

std::optional<value> function_in(const std::string& module, const std::string& name) {
    for (const std::vector<function_entry>* table : {&numpy_functions(), &view_functions(), &joining_functions(), &selection_functions(),
                                                               &other_surface_functions()}) {
        for (const function_entry& f : *table) {
            if (f.module == module && f.name() == name) return value::function(f, modelled_release());
        }
    }
    return std::nullopt;
}

// np.int8 ... np.complex128, np.bool_ and the names only one NumPy version has (engine/dtype.hpp).
std::optional<value> scalar_type(const std::string& name) {
    if (const auto t = engine::numpy_scalar_type_attribute(name))
        return numpy_type_value(*t, engine::names_long_long(name));
    return std::nullopt;
}

std::optional<value> numpy_member(const std::string& name) {
    if (name == "nan") return value::floating(std::numeric_limits<double>::quiet_NaN());
    if (name == "inf") return value::floating(std::numeric_limits<double>::infinity());
    if (name == "newaxis") return value::none();
    if (name == "True_" || name == "False_") return scalar_value(engine::make_bool(name == "True_"));
    if (name == "lib") return value::module("numpy.lib", engine_backend::instance());
    if (std::optional<value> t = scalar_type(name)) return t;
    if (std::optional<value> ufunc = ufunc_function(name)) return ufunc;
    if (std::optional<value> reduction = reduction_function(name)) return reduction;
    return function_in(numpy_module, name);
}

}  // namespace

cases::numpy_release modelled_release() {
    return engine::active_semantics().numpy2_names ? cases::numpy_release::numpy_2 : cases::numpy_release::numpy_1_24;
}

value defer_to_method(const value& obj, std::string_view method, call_arguments args) {
    const value self = is_numpy_value(obj) ? obj : array_value(to_array(obj));
    return call_method(self, array_method(method), args);
}

value engine_backend::module_attribute(const module_object& module, const std::string& name) const {
    // A function or module below np. that the modelled release lacks (np.byte_bounds under NumPy 2,
    // np.lib.array_utils under NumPy 1.24).
    const std::string below_np = module.name == numpy_module ? "" : module.name.substr(numpy_module.size() + 1) + ".";
    const std::string path = below_np + name;
    const cases::numpy_release release = modelled_release();
    if (cases::numpy_function_available(path, release) == false ||
        cases::numpy_module_available(path, release) == false)
        raise_attribute_error("module '" + module.name + "' has no attribute '" + name + "'");
    std::optional<value> member;
    if (module.name == numpy_module) member = numpy_member(name);
    if (module.name == "numpy.lib" && name == "stride_tricks") member = value::module(stride_tricks_module, *this);
    if (module.name == "numpy.lib" && name == "array_utils") member = value::module(array_utils_module, *this);
    if (module.name == stride_tricks_module) member = function_in(stride_tricks_module, name);
    if (module.name == array_utils_module) member = function_in(array_utils_module, name);
    if (!member) raise_attribute_error("module '" + module.name + "' has no attribute '" + name + "'");
    return *member;
}

value call_numpy_type(const numpy_type_object& type, const call_arguments& args) {
    static const signature scalar_signature("numpy scalar type", "value=0, /");
    const bound_arguments bound = bind(scalar_signature, args, modelled_release());
    const engine::dtype t = type.type;
    const engine::array converted = engine::asarray(to_nested(bound["value"], t), t, engine::order::K,
                                                    engine::builtin_descriptor(t, type.long_long));
    // NumPy 1.x made a scalar of a one-element array with dimensions too (np.float64(np.array([1.5]))).
    if (converted->size() == 1 && converted->ndim() > 0 && !engine::active_semantics().element_from_sequence_is_strict)
        return scalar_if_0d(engine::reshape(converted, {}));
    return scalar_if_0d(converted);
}

}  // namespace conformance::engine_system
