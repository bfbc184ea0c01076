// Reads the statement forms a method call can take at the top (an expression statement, a binding); everything
// else passes.
#include "differential/method_object_rule.hpp"

#include <algorithm>

namespace fuzzing {

bool methods_are_called_on_arrays(const cases::statement& statement, const generation_context& context) {
    const cases::expr_ptr* value = nullptr;
    if (const auto* assignment = std::get_if<cases::assign>(&statement.node)) value = &assignment->value;
    if (const auto* expression = std::get_if<cases::expression_statement>(&statement.node)) value = &expression->value;
    if (value == nullptr || !*value) return true;
    const auto* call = std::get_if<cases::call>(&(*value)->node);
    if (call == nullptr || !call->callee) return true;
    const auto* method = std::get_if<cases::attribute>(&call->callee->node);
    const auto* object = method != nullptr && method->object ? std::get_if<cases::name_ref>(&method->object->node)
                                                             : nullptr;
    return object == nullptr || std::find(context.other_objects.begin(), context.other_objects.end(), object->name) ==
                                    context.other_objects.end();
}

}  // namespace fuzzing
