// The np.* joining functions (np.stack and its h/v/d and column forms, np.append, np.block, np.resize) with
// NumPy's signatures and its Python-level conventions: the sequence is iterated, every item np.asanyarray'd.
#include "systems/engine/function_tables.hpp"

#include "engine/index.hpp"
#include "engine/joining.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/conversions.hpp"

namespace conformance::engine_system {

namespace {

const std::string numpy_module = "numpy";

std::vector<engine::array> arrays_of(const value& sequence) {
    std::vector<engine::array> arrays;
    for (const value& item : iterated_items(sequence)) arrays.push_back(to_array(item));
    return arrays;
}

value stack_function(const bound_arguments& args) {
    const std::vector<engine::array> arrays = arrays_of(args["arrays"]);
    const value& out = args["out"];
    std::optional<engine::array> into;
    if (!out.is<none_type>()) {
        if (!out.is<engine::array>()) raise_type_error("output must be an array");
        into = *out.as<engine::array>();
    }
    return array_value(
        engine::stack(arrays, to_int64(args["axis"]), into, to_casting(args["casting"]), to_dtype(args["dtype"]),
                      descriptor_of(args["dtype"])));
}

template <engine::array (*join)(const std::vector<engine::array>&)>
value joined(const bound_arguments& args) {
    return array_value(join(arrays_of(args["tup"])));
}

// hstack and vstack take dtype= and casting= (NumPy 1.24 and 2.x).
template <engine::array (*join)(const std::vector<engine::array>&, std::optional<engine::dtype>, engine::casting,
                                const engine::descriptor_handle&)>
value joined_with_casting(const bound_arguments& args) {
    return array_value(join(arrays_of(args["tup"]), to_dtype(args["dtype"]), to_casting(args["casting"]),
                            descriptor_of(args["dtype"])));
}

value append_function(const bound_arguments& args) {
    const value& axis = args["axis"];
    return array_value(engine::append(to_array(args["arr"]), to_array(args["values"]),
                                       axis.is<none_type>() ? std::nullopt : std::optional(to_int64(axis))));
}

// np.block's nested lists: lists nest, a tuple is NumPy's TypeError (named by its index), anything else is a leaf.
engine::block_entry block_entry_of(const value& v, const std::string& where) {
    engine::block_entry entry;
    if (v.is<py_tuple>())
        raise_type_error(where + " is a tuple. Only lists can be used to arrange blocks, and np.block does not allow "
                                 "implicit conversion from tuple to ndarray.");
    if (const auto* l = v.as<py_list>()) {
        for (std::size_t i = 0; i < l->items.size(); ++i)
            entry.items.push_back(block_entry_of(l->items[i], where + "[" + std::to_string(i) + "]"));
        return entry;
    }
    entry.leaf = to_array(v);
    return entry;
}

value block_function(const bound_arguments& args) {
    return array_value(engine::block(block_entry_of(args["arrays"], "arrays")));
}

value resize_function(const bound_arguments& args) {
    return array_value(engine::resize(to_array(args["a"]), to_shape(args["new_shape"])));
}

}  // namespace

std::vector<value> iterated_items(const value& v) {
    if (const auto* t = v.as<py_tuple>()) return t->items;
    if (const auto* l = v.as<py_list>()) return l->items;
    if (const auto* a = v.as<engine::array>()) {
        if ((*a)->ndim() == 0) raise_type_error("iteration over a 0-d array");
        std::vector<value> items;
        for (std::int64_t i = 0; i < (*a)->shape().front(); ++i) items.push_back(numpy_result(engine::getitem(*a, {i})));
        return items;
    }
    raise_type_error("'" + class_name(v) + "' object is not iterable");
}

const std::vector<function_entry>& joining_functions() {
    static const std::vector<function_entry> table = {
        {numpy_module, numpy_function_signature("stack"),
         &stack_function},
        {numpy_module, numpy_function_signature("hstack"),
         &joined_with_casting<engine::hstack>},
        {numpy_module, numpy_function_signature("vstack"),
         &joined_with_casting<engine::vstack>},
        {numpy_module, numpy_function_signature("dstack"), &joined<engine::dstack>},
        {numpy_module, numpy_function_signature("column_stack"), &joined<engine::column_stack>},
        {numpy_module, numpy_function_signature("append"), &append_function},
        {numpy_module, numpy_function_signature("block"), &block_function},
        {numpy_module, numpy_function_signature("resize"), &resize_function},
    };
    return table;
}

}  // namespace conformance::engine_system
