// Reduction methods and functions: axis (None, an int or a tuple), dtype, out (an array, else TypeError), keepdims,
// initial and where converted; np.sum(x, ...) runs x's method on np.asarray(x) as NumPy's _wrapreduction does.
#include "systems/engine/reductions.hpp"

#include <vector>

#include "engine/reduction.hpp"
#include "engine/semantics.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/engine_backend.hpp"
#include "systems/engine/function_tables.hpp"
#include "systems/engine/ufunc_functions.hpp"

namespace conformance::engine_system {

namespace {

engine::reduction_options options_of(const bound_arguments& args, bool has_dtype, bool has_initial) {
    engine::reduction_options options;
    const value& axis = args["axis"];
    if (axis.is<py_tuple>()) {
        const engine::dims axes = to_int_list(axis);
        options.axes = std::vector<std::int64_t>(axes.begin(), axes.end());
        options.axes_from_tuple = true;
    }
    else if (!axis.is<none_type>()) options.axes = std::vector<std::int64_t>{to_int64(axis)};
    if (has_dtype) {
        options.accumulate_as = to_dtype(args["dtype"]);
        options.accumulate_descriptor = descriptor_of(args["dtype"]);
    }
    const value& out = args["out"];
    if (const auto* a = out.as<engine::array>()) options.out = *a;
    else if (!out.is<none_type>()) raise_type_error("output must be an array");
    options.keepdims = truth(args["keepdims"]);
    // initial=None is no identity; where=True no mask.
    if (has_initial && args.given("initial")) {
        const value& initial = args["initial"];
        if (initial.is<none_type>()) options.no_initial = true;
        else options.initial = assigned_value_of(initial);
    }
    options.where = ufunc_where_argument(args["where"]);
    return options;
}

// a.cumsum(axis, dtype, out) / a.cumprod: axis None or an int, out an array (else TypeError).
template <engine::reduction R>
value accumulation_method_run(const engine::array& self, const bound_arguments& args) {
    engine::accumulation_options options;
    if (!args["axis"].is<none_type>()) options.axis = to_int64(args["axis"]);
    options.accumulate_as = to_dtype(args["dtype"]);
    options.accumulate_descriptor = descriptor_of(args["dtype"]);
    const value& out = args["out"];
    if (const auto* a = out.as<engine::array>()) options.out = *a;
    else if (!out.is<none_type>()) raise_type_error("output must be an array");
    return array_value(engine::accumulate(R, self, options));
}

template <engine::reduction R, bool HasDtype, bool HasInitial>
value reduction_method_run(const engine::array& self, const bound_arguments& args) {
    // mean counts its items first as add.reduce of np.asarray(where) in intp (_count_reduce_items): where=None is an
    // object array there, which int() refuses, though the reductions' own conversion takes it as False.
    // Python values given as where= are counted as the numbers np.asarray makes of them, their truth is the mask.
    std::optional<engine::array> where_as_given;
    if (R == engine::reduction::mean) {
        const value& where = args["where"];
        if (where.is<none_type>())
            raise_type_error("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        if (!where.is<engine::array>() && !where.is<bool>()) where_as_given = to_array(where);
    }
    engine::reduction_options options = options_of(args, HasDtype, HasInitial);
    options.where_as_given = std::move(where_as_given);
    return numpy_result(engine::reduce(R, self, options));
}


const std::vector<method_entry>& methods() {
    using engine::reduction;
    static const std::vector<method_entry> table = {
        {array_method_signature("sum"), &reduction_method_run<reduction::sum, true, true>},
        {array_method_signature("prod"), &reduction_method_run<reduction::prod, true, true>},
        {array_method_signature("mean"), &reduction_method_run<reduction::mean, true, false>},
        {array_method_signature("min"), &reduction_method_run<reduction::min, false, true>},
        {array_method_signature("max"), &reduction_method_run<reduction::max, false, true>},
        {array_method_signature("any"), &reduction_method_run<reduction::any, false, false>},
        {array_method_signature("all"), &reduction_method_run<reduction::all, false, false>},
        {array_method_signature("cumsum"), &accumulation_method_run<reduction::sum>},
        {array_method_signature("cumprod"), &accumulation_method_run<reduction::prod>},
    };
    return table;
}

// np.round(a, decimals, out) / np.around: _wrapfunc, the method of np.asarray(a) (a NumPy scalar's own).
template <const char* Method>
value wrapped_method_run(const bound_arguments& args) {
    const value& a = args["a"];
    const value self = is_numpy_value(a) ? a : array_value(to_array(a));
    return call_method(self, array_method(Method), {{}, {{"decimals", args["decimals"]}, {"out", args["out"]}}});
}

// np.clip(a, a_min, a_max, out=None, *, min=, max=): _wrapfunc, a.clip of np.asarray(a) (a NumPy scalar's own).
// Both bounds are required positionally, except that NumPy 2 lets both be left out and takes min= and max= (the
// array API's names) instead (NumPy 1.24 has no such keywords: binding refuses them).
value clip_function_run(const bound_arguments& args) {
    const bool lo = args.given("a_min"), hi = args.given("a_max");
    const bool by_keyword = args.given("min") || args.given("max");
    if (lo != hi)
        raise_type_error(std::string("clip() missing 1 required positional argument: '") + (lo ? "a_max" : "a_min") +
                         "'");
    const bool numpy2 = engine::active_semantics().clip_wrapper_numpy2;
    if (!lo && !numpy2) raise_type_error("clip() missing 2 required positional arguments: 'a_min' and 'a_max'");
    if (lo && by_keyword)
        raise_value_error(
            "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
    const value& low = lo ? args["a_min"] : args["min"];
    const value& high = hi ? args["a_max"] : args["max"];
    return defer_to_method(args["a"], "clip", {{low, high}, {{"out", args["out"]}, {"casting", args["casting"]}}});
}

// np.sum(a, ...) and its kin: the method of np.asarray(a) (a NumPy scalar keeps its own, giving a scalar back),
// called with every argument given but `a` (the method's defaults are the function's).
template <const char* Method>
value reduction_function_run(const bound_arguments& args) {
    const value& a = args["a"];
    const value self = is_numpy_value(a) ? a : array_value(to_array(a));
    return call_method(self, *reduction_method(Method), {{}, args.given_from(1)});
}

// np.<ufunc>.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True): the array
// method the reduction is, on np.asarray(array) (np.sum is add.reduce, np.max maximum.reduce), with its own default
// axis 0.
template <const char* Method>
value ufunc_reduce_run(const bound_arguments& args) {
    std::vector<std::pair<std::string, value>> keywords = args.given_from(2);
    keywords.emplace_back("axis", args["axis"]);
    return call_method(array_value(to_array(args["array"])), *reduction_method(Method), {{}, std::move(keywords)});
}

// np.maximum.reduce and np.minimum.reduce take dtype= where a.max() and a.min() do not: the reduction runs in it.
template <engine::reduction R, const char* Method>
value extremum_reduce_run(const bound_arguments& args) {
    if (!args.given("dtype")) return ufunc_reduce_run<Method>(args);
    return numpy_result(engine::reduce(R, to_array(args["array"]), options_of(args, true, true)));
}

constexpr char sum_name[] = "sum";
constexpr char prod_name[] = "prod";
constexpr char mean_name[] = "mean";
constexpr char min_name[] = "min";
constexpr char max_name[] = "max";
constexpr char any_name[] = "any";
constexpr char all_name[] = "all";
constexpr char cumsum_name[] = "cumsum";
constexpr char round_name[] = "round";
constexpr char cumprod_name[] = "cumprod";

const std::vector<function_entry>& functions() {
    static const std::string module = "numpy";
    static const std::vector<function_entry> table = {
        {module, numpy_function_signature("sum"), &reduction_function_run<sum_name>},
        {module, numpy_function_signature("prod"), &reduction_function_run<prod_name>},
        {module, numpy_function_signature("mean"), &reduction_function_run<mean_name>},
        {module, numpy_function_signature("min"), &reduction_function_run<min_name>},
        {module, numpy_function_signature("amin"), &reduction_function_run<min_name>},
        {module, numpy_function_signature("max"), &reduction_function_run<max_name>},
        {module, numpy_function_signature("amax"), &reduction_function_run<max_name>},
        {module, numpy_function_signature("any"), &reduction_function_run<any_name>},
        {module, numpy_function_signature("all"), &reduction_function_run<all_name>},
        {module, numpy_function_signature("cumsum"), &reduction_function_run<cumsum_name>},
        {module, numpy_function_signature("round"), &wrapped_method_run<round_name>},
        {module, numpy_function_signature("around"), &wrapped_method_run<round_name>},
        {module, numpy_function_signature("cumprod"), &reduction_function_run<cumprod_name>},
        {module, numpy_function_signature("clip"), &clip_function_run},
    };
    return table;
}

struct ufunc_reduce_entry {
    std::string_view ufunc;
    function_entry reduce;
};

const std::vector<ufunc_reduce_entry>& ufunc_reduce_functions() {
    static const std::string module = "numpy";
    static const std::string method_class = "builtin_function_or_method";
    static const std::vector<ufunc_reduce_entry> table = {
        {"add", {module, numpy_function_signature("add.reduce"), &ufunc_reduce_run<sum_name>, method_class}},
        {"multiply", {module, numpy_function_signature("multiply.reduce"), &ufunc_reduce_run<prod_name>, method_class}},
        {"maximum", {module, numpy_function_signature("maximum.reduce"),
                     &extremum_reduce_run<engine::reduction::max, max_name>, method_class}},
        {"minimum", {module, numpy_function_signature("minimum.reduce"),
                     &extremum_reduce_run<engine::reduction::min, min_name>, method_class}},
    };
    return table;
}

}  // namespace

const function_entry* ufunc_reduce_function(std::string_view ufunc) {
    for (const ufunc_reduce_entry& f : ufunc_reduce_functions())
        if (f.ufunc == ufunc) return &f.reduce;
    return nullptr;
}

const method_entry* reduction_method(std::string_view name) {
    for (const method_entry& m : methods())
        if (m.name() == name) return &m;
    return nullptr;
}

std::optional<value> reduction_function(const std::string& name) {
    for (const function_entry& f : functions())
        if (f.name() == name) return value::function(f, modelled_release());
    return std::nullopt;
}

}  // namespace conformance::engine_system
