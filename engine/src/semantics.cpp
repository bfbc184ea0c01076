// The process-wide semantics profile (see semantics.hpp): set once by the driver before anything runs.
#include "engine/semantics.hpp"

namespace engine {

namespace {
semantics& profile() {
    static semantics active = semantics::numpy_2();
    return active;
}
}  // namespace

const semantics& active_semantics() { return profile(); }
void set_active_semantics(const semantics& chosen) { profile() = chosen; }

}  // namespace engine
