// The default seed is fixed, so that a CI run fails or passes by the commit alone; exploring is what long
// runs with STRIDED_PROPERTY_SEED=random and the fuzzer are for.
#include "property/property_settings.hpp"

#include "differential/environment_number.hpp"
#include "differential/lockstep_run.hpp"

#include <cstdlib>
#include <random>
#include <string>

namespace fuzzing {

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
