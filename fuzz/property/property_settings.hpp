// How many random programs the property test runs, from which seed: a CI-sized, repeatable default, or
// STRIDED_PROPERTY_RUNS=N (a long run) and STRIDED_PROPERTY_SEED=S or =random from the environment.
#pragma once

#include <cstdint>

#include "generator/program_generator.hpp"

namespace fuzzing {

struct property_settings {
    int programs = 500;
    std::uint64_t seed = 1;
    generator_limits limits;
};

// Throws std::invalid_argument for a variable that is set but not a number (nor `random` for the seed).
property_settings property_settings_from_environment();

}  // namespace fuzzing
