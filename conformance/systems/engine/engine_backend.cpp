// The one engine backend.
#include "systems/engine/engine_backend.hpp"

namespace conformance::engine_system {

const engine_backend& engine_backend::instance() {
    static const engine_backend backend;
    return backend;
}

}  // namespace conformance::engine_system
