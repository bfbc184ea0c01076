// The table of systems under test: one line per system.
#include "systems/registry.hpp"

#include <cstdlib>
#include <optional>
#include <stdexcept>

#include "systems/engine/engine_implementation.hpp"
#include "systems/numpy/numpy_implementation.hpp"

namespace conformance {

namespace {

template <class system>
std::unique_ptr<implementation> make() {
    return std::make_unique<system>();
}

const system_entry systems[] = {
    {"engine", "the reference strided-array engine (engine/), the default", make<engine_implementation>},
    {"numpy", "a second NumPy, the self-check: must never diverge from the oracle", make<numpy_implementation>},
};

std::optional<std::string>& chosen() {
    static std::optional<std::string> name;
    return name;
}

}  // namespace

std::span<const system_entry> registered_systems() { return systems; }

const system_entry& find_system(std::string_view name) {
    for (const system_entry& entry : systems)
        if (entry.name == name) return entry;
    std::string names;
    for (const system_entry& entry : systems) names += (names.empty() ? "" : ", ") + std::string(entry.name);
    throw std::invalid_argument("no system named `" + std::string(name) + "` (systems: " + names + ")");
}

std::unique_ptr<implementation> make_oracle() { return std::make_unique<numpy_implementation>(); }

const system_entry& selected_system() {
    if (!chosen()) {
        const char* from_environment = std::getenv("STRIDED_SYSTEM");
        chosen() = from_environment != nullptr && *from_environment != '\0' ? from_environment : std::string(systems[0].name);
    }
    return find_system(*chosen());
}

void select_system(std::string_view name) {
    find_system(name);
    chosen() = std::string(name);
}

std::string systems_help() {
    std::string text;
    for (const system_entry& entry : systems) {
        text += "  " + std::string(entry.name) + std::string(entry.name.size() < 10 ? 10 - entry.name.size() : 1, ' ') +
                std::string(entry.description) + "\n";
    }
    return text;
}

}  // namespace conformance
