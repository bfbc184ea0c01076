// Makes the two systems; FUZZ_HAS_ENGINE is set by fuzz/CMakeLists.txt when the conformance build made
// the engine side, and without it the system under test is a second NumPy.
#include "differential/systems.hpp"

#include "numpy_side/numpy_implementation.hpp"
#ifdef FUZZ_HAS_ENGINE
#include "engine_side/engine_implementation.hpp"
#endif

namespace fuzzing {

std::unique_ptr<conformance::implementation> make_oracle() {
    return std::make_unique<conformance::numpy_implementation>();
}

std::unique_ptr<conformance::implementation> make_system_under_test() {
#ifdef FUZZ_HAS_ENGINE
    return std::make_unique<conformance::engine_implementation>();
#else
    return std::make_unique<conformance::numpy_implementation>();
#endif
}

}  // namespace fuzzing
