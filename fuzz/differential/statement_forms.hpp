// Statement forms the generator's rules read (generator_rules.hpp): what a statement calls at its top.
// Each rule looks at one form and lets everything else pass.
#pragma once

#include "case/ast.hpp"

namespace fuzzing {

// The call a statement makes at its top, `f(...)` as an expression statement or `NAME = f(...)`; null otherwise.
inline const cases::call* top_level_call(const cases::statement& statement) {
    const cases::expr_ptr* value = nullptr;
    if (const auto* assignment = std::get_if<cases::assign>(&statement.node)) value = &assignment->value;
    if (const auto* expression = std::get_if<cases::expression_statement>(&statement.node)) value = &expression->value;
    if (value == nullptr || !*value) return nullptr;
    const auto* call = std::get_if<cases::call>(&(*value)->node);
    return call != nullptr && call->callee ? call : nullptr;
}

// The method a call calls, `object.name(...)`; null for a call of anything else.
inline const cases::attribute* called_method(const cases::call& call) {
    return std::get_if<cases::attribute>(&call.callee->node);
}

}  // namespace fuzzing
