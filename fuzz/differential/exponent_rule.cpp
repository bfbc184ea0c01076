// Reads the one statement form the rule is about; everything else passes.
#include "differential/exponent_rule.hpp"

namespace fuzzing {

bool in_place_powers_follow_the_generator(const cases::statement& statement, const generation_context& context) {
    const auto* power = std::get_if<cases::aug_assign>(&statement.node);
    if (power == nullptr || power->op != cases::binary_op::power) return true;
    const auto* negated = std::get_if<cases::unary>(&power->value->node);
    if (negated == nullptr || negated->op != cases::unary_op::negate) return true;
    const cases::name_ref* target = std::get_if<cases::name_ref>(&power->target);
    if (const auto* item = std::get_if<cases::subscript>(&power->target))
        target = std::get_if<cases::name_ref>(&item->object->node);
    if (target == nullptr) return true;
    const live_array* bound = context.array_named(target->name);
    if (bound == nullptr) return true;
    return bound->inexact();  // exponent_for's own test
}

}  // namespace fuzzing
