// Generates a program while running it: each statement is chosen for the oracle's state after the previous
// one, then runs on the oracle and on the system under test, and the two steps are compared at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "differential/finding.hpp"
#include "generator/choice_source.hpp"
#include "generator/program_generator.hpp"
#include "contract/implementation.hpp"

namespace fuzzing {

struct lockstep_result {
    std::vector<std::string> statements;     // as generated, up to and including a finding's statement
    std::vector<statement_family> families;  // of each statement
    std::vector<bool> raised;                // for each statement the oracle ran: whether it raised
    // For choices read from an input: the offset of each statement's first decision (statement_mutator.hpp), in
    // the input extended by the bytes its program read past the end.
    std::vector<std::size_t> statement_starts;
    std::vector<std::uint8_t> bytes_read;  // that extended input (filled by whoever made the choices)
    std::optional<finding> found;
};

// Stops after limits.max_statements statements, when `choices` is exhausted (once there are
// limits.min_statements), or at the first finding.
// Without a system under test (null) only the oracle runs: the decisions are decoded into a program and
// nothing is compared.
lockstep_result run_generated_program(choice_source& choices, const generator_limits& limits,
                                      conformance::implementation& oracle, conformance::implementation* system);

// The generator's limits for the selected oracle (contract/numpy_oracle): without aliasing index writes for
// NumPy 1.24 (see generator_limits).
generator_limits generator_limits_for_selected_oracle();

}  // namespace fuzzing
