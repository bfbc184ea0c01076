// The default seed is fixed, so that a CI run fails or passes by the commit alone; exploring is what long
// runs with STRIDED_PROPERTY_SEED=random and the fuzzer are for.
#include "property/property_settings.hpp"

#include "differential/lockstep_run.hpp"

#include <cstdlib>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>

namespace fuzzing {

namespace {

std::optional<std::uint64_t> number_from_environment(const char* variable) {
    const char* text = std::getenv(variable);
    if (text == nullptr || *text == '\0') return std::nullopt;
    const std::string value = text;
    if (value.find_first_not_of("0123456789") != std::string::npos || value.size() > 19) {
        throw std::invalid_argument(std::string(variable) + " is not a number: " + value);
    }
    return std::stoull(value);
}

}  // namespace

property_settings property_settings_from_environment() {
    property_settings settings;
    settings.limits = generator_limits_for_selected_oracle();
    if (const auto runs = number_from_environment("STRIDED_PROPERTY_RUNS")) settings.programs = static_cast<int>(*runs);
    const char* seed = std::getenv("STRIDED_PROPERTY_SEED");
    if (seed != nullptr && std::string(seed) == "random") {
        settings.seed = std::random_device()();
    } else if (const auto number = number_from_environment("STRIDED_PROPERTY_SEED")) {
        settings.seed = *number;
    }
    return settings;
}

}  // namespace fuzzing
