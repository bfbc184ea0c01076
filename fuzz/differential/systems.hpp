// The two systems a differential run compares: NumPy, the oracle, and the system under test, which is the
// engine, or a second NumPy in a build without the engine side (then every run checks the harness itself).
#pragma once

#include <memory>

#include "contract/implementation.hpp"

namespace fuzzing {

std::unique_ptr<conformance::implementation> make_oracle();
std::unique_ptr<conformance::implementation> make_system_under_test();

}  // namespace fuzzing
