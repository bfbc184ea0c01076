// How many random programs the property test runs, from which seed: a CI-sized, repeatable default, or
// what the environment asks for: STRIDED_PROPERTY_RUNS=N for a long run, STRIDED_PROPERTY_SEED=S to repeat
// a run or STRIDED_PROPERTY_SEED=random for a new seed each time.
#pragma once

#include <cstdint>

#include "generator/program_generator.hpp"

namespace fuzzing {

struct property_settings {
    int programs = 200;
    std::uint64_t seed = 1;
    generator_limits limits;
};

// Throws std::invalid_argument for a variable that is set but not a number (nor `random` for the seed).
property_settings property_settings_from_environment();

}  // namespace fuzzing
