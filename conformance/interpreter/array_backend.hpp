// What a system under test gives the case interpreter: Python's protocols (the dunder methods) for its own
// objects, and the members of its modules. The interpreter runs everything else (names, Python values,
// argument binding, evaluation order) and hands an operation to a backend when one of its objects takes part.
//
// A backend sees an operation only when one of its objects is involved (for binary operators and comparisons,
// either operand; the left one's backend decides if both are system objects). Its answers follow Python: it
// raises python_error (or its own error type, which its `implementation` turns into an outcome) where Python
// would, and it may fall back to the Python rules of operators.hpp for what the library leaves to Python.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "interpreter/arguments.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

// Held while a statement runs (see array_backend::open_statement).
class statement_scope {
public:
    virtual ~statement_scope() = default;
};

class array_backend {
public:
    virtual ~array_backend() = default;

    // module.name for the system's modules (numpy, numpy.lib, numpy.lib.stride_tricks).
    virtual value module_attribute(const module_object& module, const std::string& name) const = 0;

    // object.name; object.path = assigned (path: ["shape"], ["flags", "writeable"], ...).
    virtual value get_attribute(const value& object, const std::string& name) const = 0;
    virtual void set_attribute(const value& object, const std::vector<std::string>& path,
                               const value& assigned) const = 0;

    // callee(*args.positional, **args.keywords): bound methods, scalar types, ufuncs.
    virtual value call(const value& callee, const call_arguments& args) const = 0;

    // container[index] and container[index] = item; `index` is the Python index object.
    virtual value get_item(const value& container, const value& index) const = 0;
    virtual void set_item(const value& container, const value& index, const value& item) const = 0;

    // Operators: left OP right, target OP= operand (the result is rebound to the target's name), comparisons
    // (not `is`), unary - + ~, abs(), bool(), operator.index() (none: not an integer).
    virtual value binary(cases::binary_op op, const value& left, const value& right) const = 0;
    virtual value augmented(cases::binary_op op, const value& target, const value& operand) const = 0;
    virtual value compare(cases::compare_op op, const value& left, const value& right) const = 0;
    virtual value unary(cases::unary_op op, const value& operand) const = 0;
    virtual value absolute(const value& x) const = 0;
    virtual bool truth(const value& v) const = 0;
    virtual std::optional<py_int> index(const value& v) const = 0;

    // Called as each statement starts, with the names bound before it; the scope returned is held until the
    // statement ends (the engine counts references through it for ndarray.resize's refcheck).
    virtual std::unique_ptr<statement_scope> open_statement(const std::map<std::string, value>& bindings) const {
        (void)bindings;
        return nullptr;
    }
};

// The backend of a system object, or of the first of two operands that is one; null for Python values.
const array_backend* backend_of(const value& v);
const array_backend* backend_of(const value& a, const value& b);

}  // namespace conformance::interpreter
