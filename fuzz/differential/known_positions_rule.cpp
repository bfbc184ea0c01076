// Reads the statement forms that use an array as positions or write one as a value; everything else passes.
#include "differential/known_positions_rule.hpp"

#include <algorithm>

#include "differential/statement_forms.hpp"

namespace fuzzing {

namespace {

// The array an expression names, directly or through subscripts (P, P[::-1]); null for anything else.
const live_array* array_under(const cases::expr_ptr& e, const generation_context& context) {
    if (!e) return nullptr;
    if (const auto* name = std::get_if<cases::name_ref>(&e->node)) return context.array_named(name->name);
    if (const auto* item = std::get_if<cases::subscript>(&e->node)) return array_under(item->object, context);
    return nullptr;
}

bool known(const cases::expr_ptr& positions, const generation_context& context) {
    const live_array* a = array_under(positions, context);
    return a == nullptr || a->values_known;
}

}  // namespace

bool written_values_are_known(const cases::statement& statement, const generation_context& context) {
    const auto* write = std::get_if<cases::setitem>(&statement.node);
    return write == nullptr || known(write->value, context);
}

bool cast_values_are_known(const cases::statement& statement, const generation_context& context) {
    const cases::call* call = top_level_call(statement);
    if (call == nullptr) return true;
    const cases::attribute* callee = called_method(*call);
    if (callee == nullptr || callee->name != "astype") return true;
    const bool casting = std::any_of(call->keywords.begin(), call->keywords.end(),
                                     [](const cases::keyword_arg& k) { return k.name == "casting"; });
    return !casting || known(callee->object, context);
}

bool positions_are_known(const cases::statement& statement, const generation_context& context) {
    if (const auto* write = std::get_if<cases::setitem>(&statement.node)) {
        for (const cases::expr_ptr& item : write->target.items)
            if (!known(item, context)) return false;
        return true;
    }
    const auto* expression = std::get_if<cases::expression_statement>(&statement.node);
    if (expression == nullptr || !expression->value) return true;
    const auto* call = std::get_if<cases::call>(&expression->value->node);
    if (call == nullptr || !call->callee) return true;
    const auto* callee = std::get_if<cases::attribute>(&call->callee->node);
    if (callee == nullptr || callee->name != "put") return true;
    const auto* module = callee->object ? std::get_if<cases::name_ref>(&callee->object->node) : nullptr;
    const std::size_t positions = module != nullptr && module->name == "np" ? 1 : 0;  // np.put(a, P, v) or a.put(P, v)
    return call->args.size() <= positions || known(call->args[positions], context);
}

}  // namespace fuzzing
