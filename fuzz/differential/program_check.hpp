// A whole program run on both systems from a fresh start (the runner's record_trace on each side), and
// what it finds: how shrunk programs and replayed reproducers are checked.
#pragma once

#include <optional>

#include "case/ast.hpp"
#include "differential/finding.hpp"
#include "contract/implementation.hpp"

namespace fuzzing {

struct program_outcome {
    std::optional<finding> found;
    // A statement the oracle could not run because a name was unbound: the program is not one a generator
    // would write (a shrink removed a binding it needs).
    bool oracle_name_error = false;
    // The system under test raised NotImplementedError at the statement that diverged: the program left the
    // supported surface (a shrink can get there by removing a statement), so it shows no problem of the system.
    bool system_unsupported = false;
};

program_outcome check_program(const cases::program& program, conformance::implementation& oracle,
                              conformance::implementation& system);

}  // namespace fuzzing
