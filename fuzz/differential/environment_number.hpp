// A whole number from an environment variable, for the settings the random tools read there (property test runs
// and seed, the fuzz target's program length): one parser, so both refuse the same text the same way.
#pragma once

#include <cstdint>
#include <optional>

namespace fuzzing {

// Nothing when `variable` is unset or empty; std::invalid_argument naming it when it is not a number of at most
// 19 decimal digits.
std::optional<std::uint64_t> number_from_environment(const char* variable);

}  // namespace fuzzing
