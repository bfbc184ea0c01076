// The subset of Python and NumPy that case scripts may use, as tables (extend the subset by
// editing them), and the walk that rejects everything else with its source position.
#include "case/subset.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "case/numpy_surface.hpp"
#include "case/parse_error.hpp"

namespace cases {

namespace {

using keyword_list = std::vector<std::string_view>;

// ------------------------------------------------------------------------ the subset

// `np.` functions and ndarray methods with the keywords a case may pass them (numpy_surface.cpp). Positional
// parameters are not checked: a wrong count is a TypeError the oracle and engine compare.
std::map<std::string_view, keyword_list> keywords_by_path(const std::vector<surface_entry>& table) {
    std::map<std::string_view, keyword_list> keywords;
    for (const surface_entry& entry : table) keywords.emplace(entry.path, entry.keywords);
    return keywords;
}

const std::map<std::string_view, keyword_list> numpy_functions = keywords_by_path(numpy_functions_surface());

constexpr std::string_view as_strided_path = "lib.stride_tricks.as_strided";

// The keywords of a ufunc call: a function listed with them is a ufunc, and so has the method
// `np.<ufunc>.at(a, indices[, b])` (positional arguments only).
const keyword_list ufunc_keywords = {"out", "where", "dtype", "casting"};

// `add.at` for `np.add.at` when `add` is a ufunc.
bool is_ufunc_method(std::string_view dotted) {
    constexpr std::string_view suffix = ".at";
    if (dotted.size() <= suffix.size() || dotted.substr(dotted.size() - suffix.size()) != suffix) return false;
    const auto ufunc = numpy_functions.find(dotted.substr(0, dotted.size() - suffix.size()));
    return ufunc != numpy_functions.end() && ufunc->second == ufunc_keywords;
}

// NumPy scalar types: values (dtype arguments) and callables (`np.int8(3)`). The second line holds names
// only one NumPy version has: NumPy 2 added np.bool, np.long, np.ulong and removed np.float_, np.complex_
// (AttributeError there), so a case may use them and the oracle decides.
const std::set<std::string_view> numpy_dtypes = {
    "bool_",  "int8",   "int16",   "int32",   "int64",     "uint8",     "uint16",
    "uint32", "uint64", "float16", "half",   "float32",   "float64",   "complex64", "complex128",
    "intp",   "uintp",  "int_",    "longlong", "ulonglong",
    "bool",   "long",   "ulong",   "float_",  "complex_"};

const std::set<std::string_view> numpy_constants = {"nan", "inf", "newaxis", "True_", "False_"};

const std::map<std::string_view, keyword_list> array_methods = keywords_by_path(array_methods_surface());

// The surface's ndarray attributes, and a flat iterator's position (index, coords).
const std::set<std::string_view> array_attributes = [] {
    std::set<std::string_view> names = {"index", "coords"};
    for (const attribute_entry& entry : array_attributes_surface()) names.insert(entry.name);
    return names;
}();

// Read as `X.flags.<name>`; `X.flags` on its own is not in the subset.
const std::set<std::string_view> flag_names = {"c_contiguous", "f_contiguous", "owndata",  "writeable",
                                               "aligned",      "writebackifcopy", "behaved", "carray",
                                               "farray",       "fnc",          "forc",     "contiguous", "fortran"};

// Python types usable as dtypes and types, but not called.
const std::set<std::string_view> python_types = {"int", "float", "bool", "complex"};

// Names a case may not rebind, because the subset gives them their meaning.
const std::set<std::string_view> reserved_names = {"np",  "print", "id",   "abs",    "as_strided",
                                                    "int", "float", "bool", "complex"};

// Python builtins outside the subset. A case that binds one of these names first may use it
// as its own variable; before that, the name means the builtin, which the engine lacks.
const std::set<std::string_view> other_python_builtins = {
    "aiter",     "all",          "anext",      "any",        "ascii",    "bin",
    "breakpoint", "bytearray", "bytes",       "callable",   "chr",        "classmethod", "compile",
    "delattr",   "dict",      "dir",          "divmod",     "enumerate",  "eval",     "exec",
    "exit",      "filter",    "format",       "frozenset",  "getattr",    "globals",  "hasattr",
    "hash",      "help",      "hex",          "input",      "isinstance", "issubclass", "iter",
    "len",       "list",      "locals",       "map",        "max",        "memoryview", "min",
    "next",      "object",    "oct",          "open",       "ord",        "pow",      "property",
    "quit",      "range",     "repr",         "reversed",   "round",      "set",      "setattr",
    "sorted",    "staticmethod", "str",        "sum",        "super",    "tuple",
    "type",      "vars",      "zip",          "__import__", "Ellipsis",   "NotImplemented"};

// ------------------------------------------------------------------------ helpers

// "zeros" for `np.zeros`, "lib.stride_tricks.as_strided" for the long spelling; nothing when
// the attribute is not on a chain of attributes rooted at the name `np`.
std::optional<std::string> numpy_path(const attribute& attr) {
    if (const auto* root = std::get_if<name_ref>(&attr.object->node)) {
        if (root->name == "np") return attr.name;
    } else if (const auto* inner = std::get_if<attribute>(&attr.object->node)) {
        if (std::optional<std::string> prefix = numpy_path(*inner)) return *prefix + "." + attr.name;
    }
    return std::nullopt;
}

bool is_flags_attribute(const expr& e) {
    const auto* attr = std::get_if<attribute>(&e.node);
    return attr != nullptr && attr->name == "flags";
}

// Walks statements in file order, remembering the names they bind: a case's own variable
// may shadow a Python builtin, but not a name the subset gives a meaning.
class subset_checker {
public:
    subset_checker(const std::string& file_name, std::optional<int> as_strided_import_line)
        : file_(file_name), as_strided_import_line_(as_strided_import_line) {}

    void check(const statement& stmt);

private:
    // How the expression being checked is used: only a whole expression statement may be a
    // print, and only a callee may name a function.
    enum class use { value, callee, whole_statement };

    void check_expr(const expr& e, use how) const;
    void check_name(const name_ref& name, source_pos pos) const;
    void check_attribute(const attribute& attr, source_pos pos) const;
    void check_numpy_attribute(const std::string& dotted, source_pos pos, use how) const;
    void check_call(const call& c, source_pos pos, use how) const;
    void check_subscript(const subscript& s) const;
    void check_binding(const std::string& name, source_pos pos) const;

    const std::string& file_;
    std::optional<int> as_strided_import_line_;
    std::set<std::string> bound_names_;
};

// ------------------------------------------------------------------------ statements

void subset_checker::check(const statement& stmt) {
    std::visit(
        [&](const auto& node) {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, assign>) {
                check_expr(*node.value, use::value);
                check_binding(node.name, stmt.pos);
                bound_names_.insert(node.name);
            } else if constexpr (std::is_same_v<node_type, setitem>) {
                check_subscript(node.target);
                check_expr(*node.value, use::value);
            } else if constexpr (std::is_same_v<node_type, attribute_assign>) {
                check_binding(node.name, stmt.pos);
                check_expr(*node.value, use::value);
            } else if constexpr (std::is_same_v<node_type, aug_assign>) {
                if (const auto* name = std::get_if<name_ref>(&node.target)) {
                    check_binding(name->name, stmt.pos);
                } else {
                    check_subscript(std::get<subscript>(node.target));
                }
                check_expr(*node.value, use::value);
            } else {
                check_expr(*node.value, use::whole_statement);
            }
        },
        stmt.node);
}

void subset_checker::check_binding(const std::string& name, source_pos pos) const {
    if (reserved_names.count(name) != 0) throw parse_error::unsupported(file_, pos, "assignment to " + name);
}

// ------------------------------------------------------------------------ expressions

void subset_checker::check_expr(const expr& e, use how) const {
    std::visit(
        [&](const auto& node) {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, name_ref>) {
                check_name(node, e.pos);
            } else if constexpr (std::is_same_v<node_type, attribute>) {
                check_attribute(node, e.pos);
            } else if constexpr (std::is_same_v<node_type, call>) {
                check_call(node, e.pos, how);
            } else if constexpr (std::is_same_v<node_type, subscript>) {
                check_subscript(node);
            } else if constexpr (std::is_same_v<node_type, ellipsis_literal>) {
                throw parse_error::unsupported(file_, e.pos, "... outside an index");
            } else if constexpr (std::is_same_v<node_type, slice_expr>) {
                throw parse_error::unsupported(file_, e.pos, "slice outside an index");
            } else if constexpr (std::is_same_v<node_type, tuple_expr> || std::is_same_v<node_type, list_expr>) {
                for (const expr_ptr& element : node.elements) check_expr(*element, use::value);
            } else if constexpr (std::is_same_v<node_type, unary>) {
                check_expr(*node.operand, use::value);
            } else if constexpr (std::is_same_v<node_type, binary> || std::is_same_v<node_type, compare>) {
                check_expr(*node.left, use::value);
                check_expr(*node.right, use::value);
            }
            // literals are all in the subset
        },
        e.node);
}

void subset_checker::check_name(const name_ref& name, source_pos pos) const {
    const std::string& n = name.name;
    if (bound_names_.count(n) != 0) return;  // the case's own variable
    if (n == "np") throw parse_error::unsupported(file_, pos, "module np used as a value");
    if (n == "print" || n == "id" || n == "slice" || n == "abs")
        throw parse_error::unsupported(file_, pos, "builtin " + n + " used without a call");
    if (n == "as_strided") throw parse_error::unsupported(file_, pos, "function as_strided used without a call");
    if (other_python_builtins.count(n) != 0) throw parse_error::unsupported(file_, pos, "builtin " + n);
    // Any other name is a variable; an unbound one is a NameError at run time.
}

void subset_checker::check_attribute(const attribute& attr, source_pos pos) const {
    if (const std::optional<std::string> dotted = numpy_path(attr)) {
        return check_numpy_attribute(*dotted, pos, use::value);
    }
    // The object comes first in the text, so its problems are reported first.
    if (is_flags_attribute(*attr.object)) {
        check_expr(*std::get<attribute>(attr.object->node).object, use::value);
        if (flag_names.count(attr.name) == 0) {
            throw parse_error::unsupported(file_, attr.dot_pos, "attribute .flags." + attr.name);
        }
        return;
    }
    check_expr(*attr.object, use::value);
    if (array_attributes.count(attr.name) == 0) {
        const std::string what = array_methods.count(attr.name) != 0 ? "method ." + attr.name + " used without a call"
                                                                      : "attribute ." + attr.name;
        throw parse_error::unsupported(file_, attr.dot_pos, what);
    }
}

void subset_checker::check_numpy_attribute(const std::string& dotted, source_pos pos, use how) const {
    const bool called = how == use::callee;
    const std::string spelled = "np." + dotted;
    if (numpy_functions.count(dotted) != 0 || is_ufunc_method(dotted)) {
        if (!called) throw parse_error::unsupported(file_, pos, "function " + spelled + " used without a call");
    } else if (numpy_constants.count(dotted) != 0) {
        if (called) throw parse_error::unsupported(file_, pos, "call of " + spelled);
    } else if (numpy_dtypes.count(dotted) == 0) {
        throw parse_error::unsupported(file_, pos, (called ? "function " : "attribute ") + spelled);
    }
}

void subset_checker::check_call(const call& c, source_pos pos, use how) const {
    // What is called decides which keywords it takes; `callee_name` is for messages.
    const keyword_list no_keywords;
    const keyword_list* allowed_keywords = &no_keywords;
    std::string callee_name;
    const expr& callee = *c.callee;
    if (const auto* name = std::get_if<name_ref>(&callee.node)) {
        callee_name = name->name;
        if (bound_names_.count(callee_name) != 0) {
            throw parse_error::unsupported(file_, pos, "call of " + callee_name);
        } else if (callee_name == "print") {
            if (how != use::whole_statement) throw parse_error::unsupported(file_, pos, "print inside an expression");
        } else if (callee_name == "as_strided") {
            if (!as_strided_import_line_ || pos.line <= *as_strided_import_line_) {
                throw parse_error::unsupported(
                    file_, pos, "as_strided without 'from numpy.lib.stride_tricks import as_strided'");
            }
            allowed_keywords = &numpy_functions.at(as_strided_path);
        } else if (callee_name != "id" && callee_name != "slice" && callee_name != "abs") {
            check_name(*name, callee.pos);
            throw parse_error::unsupported(file_, pos, "call of " + callee_name);
        }
    } else if (const auto* attr = std::get_if<attribute>(&callee.node)) {
        if (const std::optional<std::string> dotted = numpy_path(*attr)) {
            check_numpy_attribute(*dotted, pos, use::callee);
            callee_name = "np." + *dotted;
            if (const auto function = numpy_functions.find(*dotted); function != numpy_functions.end()) {
                allowed_keywords = &function->second;
            }
        } else {
            check_expr(*attr->object, use::value);
            const auto method = array_methods.find(attr->name);
            if (method == array_methods.end()) throw parse_error::unsupported(file_, attr->dot_pos, "method ." + attr->name);
            callee_name = "." + attr->name;
            allowed_keywords = &method->second;
        }
    } else {
        throw parse_error::unsupported(file_, pos, "call of an expression that is not a function or method");
    }

    for (const expr_ptr& arg : c.args) check_expr(*arg, use::value);
    for (const keyword_arg& keyword : c.keywords) {
        if (std::find(allowed_keywords->begin(), allowed_keywords->end(), keyword.name) == allowed_keywords->end()) {
            throw parse_error::unsupported(file_, keyword.pos, "keyword " + keyword.name + "= of " + callee_name);
        }
        check_expr(*keyword.value, use::value);
    }
}

void subset_checker::check_subscript(const subscript& s) const {
    // `X.flags[key]`: the flags object is subscripted by a flag's key ('W', 'ALIGNED', ...).
    if (is_flags_attribute(*s.object)) check_expr(*std::get<attribute>(s.object->node).object, use::value);
    else check_expr(*s.object, use::value);
    // `...` and slices are index items; `...` may also sit in a tuple given as the index.
    const auto check_item = [&](const expr& item, const auto& self) -> void {
        if (std::holds_alternative<ellipsis_literal>(item.node)) return;
        if (const auto* slice = std::get_if<slice_expr>(&item.node)) {
            for (const expr_ptr& part : {slice->start, slice->stop, slice->step}) {
                if (part) check_expr(*part, use::value);
            }
        } else if (const auto* tuple = std::get_if<tuple_expr>(&item.node)) {
            for (const expr_ptr& element : tuple->elements) self(*element, self);
        } else {
            check_expr(item, use::value);
        }
    };
    for (const expr_ptr& item : s.items) check_item(*item, check_item);
}

}  // namespace

void check_subset(const program& p, std::optional<int> as_strided_import_line) {
    subset_checker checker(p.file, as_strided_import_line);
    for (const statement& stmt : p.statements) checker.check(stmt);
}

const std::map<std::string_view, std::vector<std::string_view>>& accepted_numpy_functions() { return numpy_functions; }

}  // namespace cases
