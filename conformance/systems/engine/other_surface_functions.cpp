// The remaining memory-relevant entries of the views and indexing surface: np.einsum's index-only forms
// (views), np.sort / a.sort (in place through views), np.require (copy only when needed) and a.setflags.
#include "systems/engine/function_tables.hpp"

#include <cctype>
#include <set>

#include "engine/attribute_setters.hpp"
#include "engine/einsum_views.hpp"
#include "engine/kernels.hpp"
#include "engine/matmul.hpp"
#include "engine/partition.hpp"
#include "engine/require.hpp"
#include "engine/sort.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/array_methods.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/ufunc_functions.hpp"

namespace conformance::engine_system {

namespace {

const std::string numpy_module = "numpy";

[[noreturn]] void outside_subset(const std::string& what) {
    throw python_error("NotImplementedError", what + " is outside what the engine side supports");
}

value einsum_function(const bound_arguments& args) {
    const std::vector<value>& operands = args.rest("operands");
    if (!args["out"].is<none_type>()) outside_subset("np.einsum(out=)");
    if (operands.size() != 2 || !operands[0].is<std::string>())
        outside_subset("np.einsum other than einsum('subscripts', one_array)");
    const std::optional<engine::array> view =
        engine::einsum_view(*operands[0].as<std::string>(), to_array(operands[1]));
    if (!view) outside_subset("np.einsum with summed subscripts");
    return scalar_if_0d(*view);  // einsum's result goes through PyArray_Return
}

std::optional<std::int64_t> optional_axis(const value& axis) {
    if (axis.is<none_type>()) return std::nullopt;
    return to_int64(axis);
}

// kind= (a str or None) and NumPy 2's stable= (None, or any object's truth) as NumPy's converters read them.
engine::sort_kind sort_kind_argument(const bound_arguments& args) {
    if (!args["order"].is<none_type>()) outside_subset("sort(order=)");
    const value& kind = args["kind"];
    if (!kind.is<none_type>() && !kind.is<std::string>())
        raise_type_error("sort kind must be str, not " + class_name(kind));
    const value& stable = args["stable"];
    return engine::sort_kind_of(kind.is<none_type>() ? std::nullopt : std::optional(*kind.as<std::string>()),
                                stable.is<none_type>() ? std::nullopt : std::optional(truth(stable)));
}

value sort_method(const engine::array& self, const bound_arguments& args) {
    const engine::sort_kind kind = sort_kind_argument(args);
    // The axis is a C int to a.sort (None: TypeError, as for any non-integer).
    engine::sort_in_place(self, to_int64(args["axis"]), kind);
    return value::none();
}

value sort_function(const bound_arguments& args) {
    const engine::sort_kind kind = sort_kind_argument(args);
    return array_value(engine::sorted_copy(to_array(args["a"]), optional_axis(args["axis"]), kind));
}

// a.partition(kth, axis=-1): in place; np.partition(a, kth, axis=-1): a copy (order K), flattened for axis=None.
void check_partition_kind(const bound_arguments& args) {
    const auto* kind = args["kind"].as<std::string>();
    if (kind == nullptr) raise_type_error("select kind must be str, not " + class_name(args["kind"]));
    if (*kind != "introselect") raise_value_error("select kind must be 'introselect' (got '" + *kind + "')");
}

value partition_method(const engine::array& self, const bound_arguments& args) {
    check_partition_kind(args);
    // The axis is a C int to a.partition, parsed with the arguments, before kth is looked at (None: TypeError).
    const std::int64_t axis = to_int64(args["axis"]);
    engine::partition_in_place(self, engine::partition_kth(to_array(args["kth"])), axis);
    return value::none();
}

value partition_function(const bound_arguments& args) {
    check_partition_kind(args);
    return array_value(engine::partitioned_copy(to_array(args["a"]), engine::partition_kth(to_array(args["kth"])), optional_axis(args["axis"])));
}

// np.require's requirement names: single letters or the flag names, case-insensitive; a string is read
// letter by letter (as Python iterates it); KeyError for anything else.
engine::requirements requirements_of(const value& given) {
    std::vector<std::string> names;
    if (const auto* s = given.as<std::string>()) {
        for (const char c : *s) names.emplace_back(1, c);
    } else {
        for (const value& item : iterated_items(given)) {
            const auto* name = item.as<std::string>();
            if (name == nullptr) raise_attribute_error("'" + class_name(item) + "' object has no attribute 'upper'");
            names.push_back(*name);
        }
    }
    engine::requirements wanted;
    for (std::string name : names) {
        for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (name == "C" || name == "C_CONTIGUOUS" || name == "CONTIGUOUS") wanted.c_order = true;
        else if (name == "F" || name == "F_CONTIGUOUS" || name == "FORTRAN") wanted.f_order = true;
        else if (name == "W" || name == "WRITEABLE") wanted.writeable = true;
        else if (name == "O" || name == "OWNDATA") wanted.owndata = true;
        else if (name == "A" || name == "ALIGNED") wanted.aligned = true;
        else if (!(name == "E" || name == "ENSUREARRAY"))
            throw python_error("KeyError", "'" + name + "'");
    }
    return wanted;
}

value require_function(const bound_arguments& args) {
    const std::optional<engine::dtype> t = to_dtype(args["dtype"]);
    const value& given = args["requirements"];
    const bool none = given.is<none_type>() || (given.is<std::string>() && given.as<std::string>()->empty()) ||
                      (given.is<py_list>() && given.as<py_list>()->items.empty()) ||
                      (given.is<py_tuple>() && given.as<py_tuple>()->items.empty());
    if (none) return array_value(engine::asarray(to_nested(args["a"], t), t, engine::order::K, descriptor_of(args["dtype"])));
    return array_value(engine::require(to_nested(args["a"], t), t, requirements_of(given), descriptor_of(args["dtype"])));
}

value setflags_method(const engine::array& self, const bound_arguments& args) {
    const auto given = [&](const char* name) -> std::optional<bool> {
        if (args[name].is<none_type>()) return std::nullopt;
        return truth(args[name]);
    };
    engine::setflags(self, given("write"), given("align"), given("uic"));
    return value::none();
}

}  // namespace

value matmul_function(const bound_arguments& args) {
    return numpy_result(engine::matmul(to_operand(args["x1"], "matmul"), to_operand(args["x2"], "matmul"),
                                       ufunc_out_argument(args["out"])));
}

// np.dot's out=: None or an array (no tuple: np.dot is no ufunc).
value dot_function(const bound_arguments& args) {
    const value& out = args["out"];
    if (!out.is<none_type>() && !out.is<engine::array>()) raise_type_error("'out' must be an array");
    const std::optional<engine::array> into = out.is<none_type>() ? std::nullopt : std::optional(*out.as<engine::array>());
    return numpy_result(engine::dot(to_operand(args["a"], "dot"), to_operand(args["b"], "dot"), into));
}

const std::vector<function_entry>& other_surface_functions() {
    static const std::vector<function_entry> table = {
        {numpy_module, numpy_function_signature("einsum"), &einsum_function},
        {numpy_module, numpy_function_signature("sort"), &sort_function},
        {numpy_module, numpy_function_signature("require"), &require_function},
        {numpy_module, numpy_function_signature("matmul"),
         &matmul_function, "ufunc"},
        {numpy_module, numpy_function_signature("dot"), &dot_function},
        {numpy_module, numpy_function_signature("partition"), &partition_function},
    };
    return table;
}

const std::vector<method_entry>& other_surface_methods() {
    static const std::vector<method_entry> table = {
        {array_method_signature("sort"), &sort_method},
        {array_method_signature("setflags"), &setflags_method},
        {array_method_signature("partition"), &partition_method},
    };
    return table;
}

}  // namespace conformance::engine_system
