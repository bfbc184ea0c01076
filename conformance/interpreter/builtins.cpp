// Python's builtin functions the subset uses (id, print, abs) as table entries, and the builtin namespace a
// case starts with.
#include "interpreter/builtins.hpp"

#include "interpreter/callables.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

namespace {

const std::string builtins_module = "builtins";
const std::string builtin_class = "builtin_function_or_method";

// id(x) is the object's address; the trace names it after the object rather than comparing numbers.
value id_function(const bound_arguments& args) { return value::object_id(args["obj"].identity()); }

// abs(x): Python's for numbers; a system's objects decide their own (np.absolute for arrays).
value abs_function(const bound_arguments& args) { return absolute_value(args["x"]); }

// print writes nothing here: the statement records its arguments instead.
value print_function(const bound_arguments&) { return value::none(); }

// slice(stop) / slice(start, stop[, step]): any objects; they are checked where the slice is used.
value slice_function(const bound_arguments& args) {
    const std::vector<value>& parts = args.rest("args");
    if (parts.empty()) raise_type_error("slice expected at least 1 argument, got 0");
    if (parts.size() > 3) raise_type_error("slice expected at most 3 arguments, got " + std::to_string(parts.size()));
    if (parts.size() == 1) return value::slice(value::none(), parts[0], value::none());
    return value::slice(parts[0], parts[1], parts.size() == 3 ? parts[2] : value::none());
}

const function_entry& slice_entry() {
    static const function_entry entry{builtins_module, signature("slice", "*args"), &slice_function, "type"};
    return entry;
}

const function_entry& id_entry() {
    static const function_entry entry{builtins_module, signature("id", "obj, /"), &id_function, builtin_class};
    return entry;
}

const function_entry& abs_entry() {
    static const function_entry entry{builtins_module, signature("abs", "x, /"), &abs_function, builtin_class};
    return entry;
}

const function_entry& print_entry() {
    static const function_entry entry{builtins_module,
                                      signature("print", "*objects, sep=' ', end=None, file=None, flush=False"),
                                      &print_function, builtin_class};
    return entry;
}

}  // namespace

std::optional<value> builtin_name(const std::string& name, const array_backend& backend) {
    if (name == "np") return value::module("numpy", backend);
    if (name == "id") return value::function(id_entry(), std::nullopt);
    if (name == "print") return value::function(print_entry(), std::nullopt);
    if (name == "slice") return value::function(slice_entry(), std::nullopt);
    if (name == "abs") return value::function(abs_entry(), std::nullopt);
    // Only reachable after `from numpy.lib.stride_tricks import as_strided` (the parser checks the import).
    if (name == "as_strided") return backend.module_attribute({"numpy.lib.stride_tricks", &backend}, "as_strided");
    if (const std::optional<python_type> type = python_type_named(name)) return value::builtin_type(*type);
    return std::nullopt;
}

bool is_print(const value& callee) {
    const auto* f = callee.as<function_object>();
    return f != nullptr && f->entry == &print_entry();
}

}  // namespace conformance::interpreter
