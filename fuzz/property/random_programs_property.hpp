// The stateful property: every random program runs the same, statement by statement, on NumPy and on the
// system under test. A failure is shrunk by RapidCheck to a minimal program and reported as a script.
#pragma once

#include <ostream>

#include "property/property_settings.hpp"
#include "contract/implementation.hpp"

namespace fuzzing {

// True when no program diverged. Writes the seed, and for a failure the minimal program's report (with
// its runnable reproducer) and how to repeat the run.
bool check_random_programs(conformance::implementation& oracle, conformance::implementation& system,
                           const property_settings& settings, std::ostream& out);

}  // namespace fuzzing
