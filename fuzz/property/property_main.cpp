// The `fuzz_property` test binary: the random-programs property with settings from the environment; exit
// status 0 when every program ran the same on both systems.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

#include "systems/registry.hpp"
#include "property/random_programs_property.hpp"

int main() {
    try {
        const fuzzing::property_settings settings = fuzzing::property_settings_from_environment();
        // RapidCheck announces the seed of its own configuration, which our settings replace: make it ours.
        if (std::getenv("RC_PARAMS") == nullptr)
            setenv("RC_PARAMS", ("seed=" + std::to_string(settings.seed)).c_str(), 1);
        const auto oracle = conformance::make_oracle();
        const auto system = conformance::selected_system().make();
        return fuzzing::check_random_programs(*oracle, *system, settings, std::cout) ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "fuzz_property: " << e.what() << "\n";
        return 2;
    }
}
