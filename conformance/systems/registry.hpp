// The systems a run can compare with NumPy, by name (`--system NAME` on the runner, STRIDED_SYSTEM for the
// property test and the fuzz tools). Adding a system: a folder conformance/systems/<name>/ with an
// `implementation` (for a C++ library: interpreter::evaluator over its array_backend) and its CMake library, and
// one line in registry.cpp's table (plus its include).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "contract/implementation.hpp"

namespace conformance {

struct system_entry {
    std::string_view name;         // as --system spells it
    std::string_view description;  // for --help
    std::unique_ptr<implementation> (*make)();
};

// Every registered system, the default first.
std::span<const system_entry> registered_systems();

// The entry named `name`; std::invalid_argument listing the names otherwise.
const system_entry& find_system(std::string_view name);

// The oracle: NumPy (the version chosen by the contract's numpy_oracle).
std::unique_ptr<implementation> make_oracle();

// The system under test of this process: chosen by select_system, else STRIDED_SYSTEM, else the default.
const system_entry& selected_system();
void select_system(std::string_view name);

// `  NAME  description` lines for usage texts.
std::string systems_help();

}  // namespace conformance
