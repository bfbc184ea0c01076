// The engine as the interpreter's array backend: Python's protocols for the engine's objects, each handing the
// operation to the engine library (NumPy's rules live there). The members are defined beside the tables they
// read: operators.cpp, subscripts.cpp, array_methods.cpp (attributes, calls), attribute_assignment.cpp,
// numpy_functions.cpp (the np module), conversions.cpp (operator.index), references.cpp (statement scope).
#pragma once

#include "interpreter/array_backend.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// The NumPy release whose surface (case/numpy_surface.hpp) the engine system models: the active semantics
// profile's (engine/semantics.hpp). What that release lacks, the system refuses as that NumPy does.
cases::numpy_release modelled_release();

class engine_backend final : public array_backend {
public:
    // The backend has no state: one instance serves every evaluator.
    static const engine_backend& instance();

    value module_attribute(const module_object& module, const std::string& name) const override;
    value get_attribute(const value& object, const std::string& name) const override;
    void set_attribute(const value& object, const std::vector<std::string>& path, const value& assigned) const override;
    value call(const value& callee, const call_arguments& args) const override;
    value get_item(const value& container, const value& index) const override;
    void set_item(const value& container, const value& index, const value& item) const override;
    value binary(cases::binary_op op, const value& left, const value& right) const override;
    value augmented(cases::binary_op op, const value& target, const value& operand) const override;
    value compare(cases::compare_op op, const value& left, const value& right) const override;
    value unary(cases::unary_op op, const value& operand) const override;
    value absolute(const value& x) const override;
    bool truth(const value& v) const override;
    std::optional<py_int> index(const value& v) const override;
    std::unique_ptr<statement_scope> open_statement(const std::map<std::string, value>& bindings) const override;
};

}  // namespace conformance::engine_system
