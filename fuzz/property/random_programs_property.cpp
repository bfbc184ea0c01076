// RapidCheck's state machine drives generation and shrinking (commands removed, then each command's
// decisions shrunk); the output is ours, so that it names the seed and prints a plain script.
#include "property/random_programs_property.hpp"

#include <chrono>
#include <cstdint>
#include <iostream>
#include <memory>

#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include "property/rapidcheck_choices.hpp"
#include "property/statement_command.hpp"

namespace fuzzing {

bool check_random_programs(conformance::implementation& oracle, conformance::implementation& system,
                           const property_settings& settings, std::ostream& out) {
    oracle_replay numpy(oracle);
    const generator_limits limits = settings.limits;
    // A progress line on stderr every 2,000 programs (counting those run while a failure shrinks), so that a
    // long run shows it is alive and a statement that hangs (NumPy's own, see docs/oracles.md) shows where.
    const auto started = std::chrono::steady_clock::now();
    std::int64_t programs_run = 0;
    const auto every_program_runs_the_same = [&] {
        if (++programs_run % 2000 == 0) {
            const auto seconds =
                std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started).count();
            std::cerr << "property: " << programs_run << " programs run, " << seconds << " s" << std::endl;
        }
        system_under_test sut(system);
        rc::state::check(numpy_model{&numpy, {}}, sut, [&](const numpy_model& model) {
            const generation_context context = numpy.after(model.statements)->context;
            return rc::gen::exec([context, limits]() -> std::shared_ptr<const program_command> {
                rapidcheck_choices choices;
                program_generator generator(choices, limits);
                return std::make_shared<const statement_command>(generator.next_statement(context).text);
            });
        });
    };

    rc::detail::TestParams params;
    params.seed = settings.seed;
    params.maxSuccess = settings.programs;
    params.maxSize = limits.max_statements - 1;  // RapidCheck makes up to size + 1 commands
    rc::detail::TestMetadata metadata;
    metadata.id = metadata.description = "random programs run the same on " + oracle.name() + " and " + system.name();

    out << metadata.description << ": " << settings.programs << " programs, seed " << settings.seed << std::endl;
    const rc::detail::TestResult result = rc::detail::checkTestable(every_program_runs_the_same, metadata, params);
    rc::detail::FailureResult failure;
    if (result.match(failure)) {
        out << "FAILED after " << failure.numSuccess << " programs; the minimal program:\n"
            << failure.description << "\n"
            << "repeat with: STRIDED_PROPERTY_SEED=" << settings.seed << " STRIDED_PROPERTY_RUNS=" << settings.programs
            << "\n";
        return false;
    }
    rc::detail::printResultMessage(result, out);
    out << std::endl;
    return result.is<rc::detail::SuccessResult>();
}

}  // namespace fuzzing
