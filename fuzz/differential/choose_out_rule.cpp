// Reads np.choose calls, wherever they sit in the statement's value; everything else passes.
#include "differential/choose_out_rule.hpp"

namespace fuzzing {

namespace {

bool is_np_choose(const cases::call& call) {
    const auto* callee = call.callee ? std::get_if<cases::attribute>(&call.callee->node) : nullptr;
    if (callee == nullptr || callee->name != "choose" || !callee->object) return false;
    const auto* module = std::get_if<cases::name_ref>(&callee->object->node);
    return module != nullptr && module->name == "np";
}

bool out_stays_inside(const cases::expr_ptr& e, const generation_context& context) {
    if (!e) return true;
    const auto* call = std::get_if<cases::call>(&e->node);
    if (call == nullptr || !is_np_choose(*call)) return true;
    for (const cases::keyword_arg& keyword : call->keywords) {
        if (keyword.name != "out" || !keyword.value) continue;
        const auto* name = std::get_if<cases::name_ref>(&keyword.value->node);
        const live_array* out = name != nullptr ? context.array_named(name->name) : nullptr;
        if (out != nullptr && !out->contiguous_writes_stay_inside()) return false;
    }
    return true;
}

}  // namespace

bool choose_out_stays_inside(const cases::statement& statement, const generation_context& context) {
    if (const auto* bind = std::get_if<cases::assign>(&statement.node)) return out_stays_inside(bind->value, context);
    if (const auto* expression = std::get_if<cases::expression_statement>(&statement.node))
        return out_stays_inside(expression->value, context);
    return true;
}

}  // namespace fuzzing
