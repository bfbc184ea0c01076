// Reads the statement forms a method call can take at the top (an expression statement, a binding); everything
// else passes.
#include "differential/method_object_rule.hpp"

#include <algorithm>

#include "differential/statement_forms.hpp"

namespace fuzzing {

bool methods_are_called_on_arrays(const cases::statement& statement, const generation_context& context) {
    const cases::call* call = top_level_call(statement);
    if (call == nullptr) return true;
    const cases::attribute* method = called_method(*call);
    const auto* object = method != nullptr && method->object ? std::get_if<cases::name_ref>(&method->object->node)
                                                             : nullptr;
    return object == nullptr || std::find(context.other_objects.begin(), context.other_objects.end(), object->name) ==
                                    context.other_objects.end();
}

}  // namespace fuzzing
