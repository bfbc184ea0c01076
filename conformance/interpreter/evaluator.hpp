// The interpreter proper: evaluates case expressions to Python values and runs case statements against
// the names a case has bound, with Python's evaluation order and binding semantics. It is the same for every
// system: what a system's objects do comes from its backend (array_backend.hpp), which also gives `np`.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "case/ast.hpp"
#include "interpreter/arguments.hpp"
#include "interpreter/array_backend.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

class evaluator {
public:
    explicit evaluator(const array_backend& backend) : backend_(&backend) {}

    // Runs one statement. Returns the statement's value for an expression statement (for `print(...)` the
    // list of its arguments), nothing for the others. Raises python_error or engine::error; a statement
    // that raises binds nothing (every value is computed before a name is bound).
    std::optional<value> execute(const cases::statement& statement);

    value evaluate(const cases::expr& e) const;

    // The names the case has bound (builtins are not bindings).
    const std::map<std::string, value>& bindings() const { return bindings_; }
    void forget_all() { bindings_.clear(); }

private:
    value lookup(const std::string& name) const;
    // The index object of `x[...]`: the single item, or a tuple of the items when commas separate them.
    value index_of(const cases::subscript& s) const;
    // The arguments of a call, evaluated left to right (positional ones, then keywords).
    call_arguments arguments_of(const cases::call& c) const;

    void assign_attribute(const cases::attribute_assign& a);
    void augment(const cases::aug_assign& a);

    const array_backend* backend_;
    std::map<std::string, value> bindings_;
};

}  // namespace conformance::interpreter
