// One table entry per ufunc: its NumPy signature, and the conversion of the call's keywords (out= as an array or
// a one-array tuple, where= as a mask, dtype=, casting=) for engine::call, which decides everything NumPy does.
#include "systems/engine/ufunc_functions.hpp"

#include <vector>

#include "engine/clip.hpp"
#include "engine/ufunc.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/objects.hpp"
#include "systems/engine/reductions.hpp"

namespace conformance::engine_system {

namespace {

const std::string numpy_module = "numpy";
const std::string ufunc_class = "ufunc";

engine::ufunc_keywords keywords_of(const bound_arguments& args) {
    engine::ufunc_keywords keywords;
    keywords.out = ufunc_out_argument(args["out"]);
    keywords.where = ufunc_where_argument(args["where"]);
    keywords.loop_dtype = to_dtype(args["dtype"]);
    keywords.loop_descriptor = descriptor_of(args["dtype"]);
    keywords.rule = to_casting(args["casting"]);
    return keywords;
}

template <engine::binary_op Op>
value binary_ufunc(const bound_arguments& args) {
    const std::string name = "ufunc";
    const engine::operand a = to_binary_operand(args["x1"], name), b = to_binary_operand(args["x2"], name);
    return numpy_result(engine::call(Op, a, b, keywords_of(args)));
}

template <engine::unary_op Op>
value unary_ufunc(const bound_arguments& args) {
    return numpy_result(engine::call(Op, to_operand(args["x"], "ufunc"), keywords_of(args)));
}

// np.OP.at(a, indices[, b]): NumPy's argument checks (b missing or extra, a not an array), then engine::at.
engine::array at_destination(const value& a) {
    if (const auto* array = a.as<engine::array>()) return *array;
    raise_type_error("first operand must be array");
}

template <engine::binary_op Op>
value binary_at(const bound_arguments& args) {
    if (args["b"].is<none_type>()) raise_value_error("second operand needed for ufunc");
    const engine::array a = at_destination(args["a"]);
    engine::at(Op, a, to_index(args["indices"]), to_array(args["b"]));
    return value::none();
}

template <engine::unary_op Op>
value unary_at(const bound_arguments& args) {
    if (!args["b"].is<none_type>()) raise_value_error("second operand provided when ufunc is unary");
    engine::at(Op, at_destination(args["a"]), to_index(args["indices"]));
    return value::none();
}

const std::string at_parameters = "a, indices, b=None, /";
const std::string at_class = "builtin_function_or_method";

// A ufunc as np.<name> and its method np.<name>.at.
struct ufunc_entry {
    function_entry call;
    function_entry at;
};

template <engine::binary_op Op>
ufunc_entry binary_entry(const std::string& name) {
    return {{numpy_module, numpy_function_signature(name), &binary_ufunc<Op>, ufunc_class},
            {numpy_module, signature("at", at_parameters), &binary_at<Op>, at_class}};
}

template <engine::unary_op Op>
ufunc_entry unary_entry(const std::string& name) {
    return {{numpy_module, numpy_function_signature(name), &unary_ufunc<Op>, ufunc_class},
            {numpy_module, signature("at", at_parameters), &unary_at<Op>, at_class}};
}

const std::vector<ufunc_entry>& ufuncs() {
    using engine::binary_op;
    using engine::unary_op;
    static const std::vector<ufunc_entry> table = {
        binary_entry<binary_op::add>("add"),
        binary_entry<binary_op::subtract>("subtract"),
        binary_entry<binary_op::multiply>("multiply"),
        binary_entry<binary_op::true_divide>("divide"),
        binary_entry<binary_op::true_divide>("true_divide"),
        binary_entry<binary_op::floor_divide>("floor_divide"),
        binary_entry<binary_op::remainder>("remainder"),
        binary_entry<binary_op::remainder>("mod"),
        binary_entry<binary_op::power>("power"),
        binary_entry<binary_op::bitwise_and>("bitwise_and"),
        binary_entry<binary_op::bitwise_or>("bitwise_or"),
        binary_entry<binary_op::bitwise_xor>("bitwise_xor"),
        binary_entry<binary_op::left_shift>("left_shift"),
        binary_entry<binary_op::right_shift>("right_shift"),
        binary_entry<binary_op::equal>("equal"),
        binary_entry<binary_op::not_equal>("not_equal"),
        binary_entry<binary_op::less>("less"),
        binary_entry<binary_op::less_equal>("less_equal"),
        binary_entry<binary_op::greater>("greater"),
        binary_entry<binary_op::greater_equal>("greater_equal"),
        binary_entry<binary_op::maximum>("maximum"),
        binary_entry<binary_op::minimum>("minimum"),
        unary_entry<unary_op::negative>("negative"),
        unary_entry<unary_op::positive>("positive"),
        unary_entry<unary_op::absolute>("absolute"),
        unary_entry<unary_op::absolute>("abs"),
        unary_entry<unary_op::invert>("invert"),
        unary_entry<unary_op::square>("square"),
        unary_entry<unary_op::sqrt>("sqrt"),
        unary_entry<unary_op::conjugate>("conjugate"),
        unary_entry<unary_op::conjugate>("conj"),
        unary_entry<unary_op::rint>("rint"),
    };
    return table;
}

// a.round(decimals, out) (and np.round / np.around through it): PyArray_Round; out must be an array.
value round_method_run(const engine::array& self, const bound_arguments& args) {
    std::optional<engine::array> out;
    if (const auto* a = args["out"].as<engine::array>()) out = *a;
    else if (!args["out"].is<none_type>()) raise_type_error("return arrays must be of ArrayType");
    return numpy_result(engine::around(self, to_int64(args["decimals"]), out));
}

// A clip bound: None is no bound.
std::optional<engine::operand> clip_bound(const value& v) {
    if (v.is<none_type>()) return std::nullopt;
    return to_operand(v, "clip");
}

// a.clip(min=None, max=None, out=None): the array method, which hands everything to NumPy's _clip.
value clip_method_run(const engine::array& self, const bound_arguments& args) {
    const value& rule = args["casting"];
    return numpy_result(engine::clip(self, clip_bound(args["min"]), clip_bound(args["max"]), ufunc_out_argument(args["out"]),
                                     rule.is<none_type>() ? std::nullopt : std::optional(to_casting(rule))));
}

// a.conj(), a.conjugate(): the array itself unless it is complex.
value conjugate_method_run(const engine::array& self, const bound_arguments&) {
    const std::variant<engine::array, engine::scalar> result = engine::conjugate_method(self);
    if (const auto* a = std::get_if<engine::array>(&result); a != nullptr && *a == self) return array_value(self);
    return numpy_result(result);
}

const std::vector<method_entry>& ufunc_methods() {
    static const std::vector<method_entry> table = {
        {array_method_signature("conj"), &conjugate_method_run},
        {array_method_signature("conjugate"), &conjugate_method_run},
        {array_method_signature("round"), &round_method_run},
        {array_method_signature("clip"), &clip_method_run},
    };
    return table;
}

}  // namespace

std::optional<engine::array> ufunc_where_argument(const value& v) {
    if (const auto* mask = v.as<engine::array>()) return *mask;
    if (v.is<bool>() && *v.as<bool>()) return std::nullopt;
    if (v.is<none_type>()) return to_array(value::boolean(false), engine::dtype::bool_);  // np.asarray(None, bool)
    return to_array(v, engine::dtype::bool_);
}

std::optional<engine::array> ufunc_out_argument(const value& v) {
    const value* out = &v;
    if (const auto* t = v.as<py_tuple>(); t != nullptr && t->items.size() == 1) out = &t->items.front();
    if (out->is<none_type>()) return std::nullopt;
    if (const auto* a = out->as<engine::array>()) return *a;
    raise_type_error("return arrays must be of ArrayType");
}

const method_entry* ufunc_method(std::string_view name) {
    for (const method_entry& m : ufunc_methods())
        if (m.name() == name) return &m;
    return nullptr;
}

std::optional<value> ufunc_function(const std::string& name) {
    for (const ufunc_entry& f : ufuncs()) {
        if (f.call.name() == name) return ufunc_value(f.call, f.at, ufunc_reduce_function(name));
    }
    return std::nullopt;
}

}  // namespace conformance::engine_system
