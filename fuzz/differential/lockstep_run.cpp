// A finding is described from the program generated so far, parsed as a whole script, so that its line
// numbers and reproducer are those of the script a person runs.
#include "differential/lockstep_run.hpp"

#include <stdexcept>

#include "contract/compare.hpp"
#include "contract/numpy_oracle.hpp"
#include "contract/snapshot.hpp"
#include "contract/step_recorder.hpp"
#include "differential/binding_order.hpp"
#include "differential/generated_script.hpp"
#include "differential/window_bounds.hpp"
#include "systems/engine/engine_implementation.hpp"

namespace fuzzing {

using conformance::implementation;
using conformance::implementation_failure;

lockstep_result run_generated_program(choice_source& choices, const generator_limits& limits, implementation& oracle,
                                      implementation* system) {
    lockstep_result result;
    program_generator generator(choices, limits);
    binding_order order;
    conformance::step_recorder oracle_side(oracle);
    std::optional<conformance::step_recorder> system_side;
    if (system != nullptr) system_side.emplace(*system);

    auto fail = [&](implementation& failed, const implementation_failure& e) {
        result.found =
            failure_finding(program_of(result.statements), result.statements.size() - 1, failed.name(), e.what());
    };
    const auto goes_on = [&] {
        const int statements = static_cast<int>(result.statements.size());
        return statements < limits.max_statements && (!choices.exhausted() || statements < limits.min_statements);
    };
    while (goes_on()) {
        const generation_context context = order.context(oracle_side);
        if (const auto position = choices.input_position()) result.statement_starts.push_back(*position);
        const generated_statement generated = generator.next_statement(context);
        const auto parsed = statement_of(generated.text);
        const cases::statement& statement = *parsed;
        if (!windows_stay_inside(statement, context)) {  // a generator bug, caught before NumPy reads outside an array
            throw std::logic_error("generated window outside its source: " + generated.text);
        }
        result.statements.push_back(generated.text);
        result.families.push_back(generated.family);

        const conformance::observation* expected = nullptr;  // valid until the oracle's next statement
        try {
            expected = &oracle_side.observe(statement);
        } catch (const implementation_failure& e) {
            fail(oracle, e);
            break;
        }
        order.record(statement);
        result.raised.push_back(expected->result.error.has_value());
        if (!system_side) continue;

        const conformance::observation* actual = nullptr;
        std::optional<conformance::difference> difference;
        try {
            actual = &system_side->observe(statement);
            // Compared on the observations, steps built only where they differ, as the runner does.
            difference = conformance::observed_difference(statement, *expected, *actual);
        } catch (const implementation_failure& e) {
            fail(*system, e);
            break;
        } catch (const std::exception& e) {  // values too long for the text a report needs
            fail(*system, implementation_failure(system->name() + " failed on `" + statement.source + "`: " + e.what(),
                                                 statement.line));
            break;
        }
        if (difference) {
            const conformance::divergence found{result.statements.size() - 1, std::move(*difference)};
            result.found = divergence_finding(program_of(result.statements), found,
                                              {oracle.name(), conformance::error_message_of(*expected)},
                                              {system->name(), conformance::error_message_of(*actual)});
            break;
        }
    }
    return result;
}

generator_limits generator_limits_for_selected_oracle() {
    generator_limits limits;
    limits.aliasing_index_writes = conformance::selected_numpy_oracle() != conformance::numpy_oracle::numpy_1_24;
    limits.put_wrap_and_clip = conformance::selected_numpy_oracle() != conformance::numpy_oracle::numpy_1_24;
    limits.python_ints_beyond_64_bits = conformance::selected_numpy_oracle() != conformance::numpy_oracle::numpy_1_24;
    limits.surface = conformance::selected_numpy_oracle() == conformance::numpy_oracle::numpy_1_24
                         ? cases::numpy_release::numpy_1_24
                         : cases::numpy_release::numpy_2;
    limits.complex_multiply_at = conformance::selected_numpy_oracle() != conformance::numpy_oracle::numpy_1_24;
    limits.small_complex_products = conformance::selected_numpy_oracle() != conformance::numpy_oracle::numpy_1_24;
    limits.nan_scalar_operands = conformance::selected_numpy_oracle() != conformance::numpy_oracle::numpy_1_24;
    return limits;
}

}  // namespace fuzzing
