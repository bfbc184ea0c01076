// The sides are recorded one after the other (as run_case does) but separately, so that a failure is
// charged to the system that threw.
#include "differential/program_check.hpp"

#include <algorithm>

#include "contract/step_recorder.hpp"

namespace fuzzing {

namespace {

using conformance::implementation;
using conformance::implementation_failure;
using conformance::recorded_trace;

std::size_t statement_at_line(const cases::program& program, int line) {
    const auto found = std::find_if(program.statements.begin(), program.statements.end(),
                                    [&](const cases::statement& s) { return s.line == line; });
    return found == program.statements.end() ? 0 : static_cast<std::size_t>(found - program.statements.begin());
}

bool raises_name_error(const recorded_trace& recorded) {
    for (const auto& step : recorded.trace["steps"]) {
        if (step["error"] == "NameError") return true;
    }
    return false;
}

bool unsupported_at(const recorded_trace& recorded, std::size_t step) {
    const auto& steps = recorded.trace["steps"];
    return step < steps.size() && steps[step]["error"] == "NotImplementedError";
}

std::string message_at(const recorded_trace& recorded, std::size_t step) {
    return step < recorded.error_messages.size() ? recorded.error_messages[step] : std::string();
}

}  // namespace

program_outcome check_program(const cases::program& program, implementation& oracle, implementation& system) {
    program_outcome outcome;
    std::optional<recorded_trace> traces[2];
    implementation* sides[2] = {&oracle, &system};
    for (int side = 0; side < 2; ++side) {
        try {
            traces[side] = conformance::record_trace(program, program.file, *sides[side]);
        } catch (const implementation_failure& e) {
            if (program.statements.empty()) throw;  // a reset failed: nothing to shrink or report
            outcome.found =
                failure_finding(program, statement_at_line(program, e.line()), sides[side]->name(), e.what());
            return outcome;
        }
    }
    outcome.oracle_name_error = raises_name_error(*traces[0]);
    if (const auto divergence = conformance::first_divergence(traces[0]->trace, traces[1]->trace)) {
        outcome.system_unsupported = unsupported_at(*traces[1], divergence->step);
        outcome.found =
            divergence_finding(program, *divergence, {oracle.name(), message_at(*traces[0], divergence->step)},
                               {system.name(), message_at(*traces[1], divergence->step)});
    }
    return outcome;
}

}  // namespace fuzzing
