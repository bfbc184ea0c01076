// CPython's reference count of an array, as far as a case program makes it: what ndarray.resize's refcheck reads.
// The running statement's names are registered for the time it runs, so that a method can ask.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "engine/array.hpp"
#include "interpreter/array_backend.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// While alive, program_references() counts through these bindings (the engine backend opens one per statement).
class reference_scope final : public statement_scope {
public:
    explicit reference_scope(const std::map<std::string, value>& bindings);
    ~reference_scope() override;
    reference_scope(const reference_scope&) = delete;
    reference_scope& operator=(const reference_scope&) = delete;

private:
    const std::map<std::string, value>* previous_;
};

// The references the program holds to `a`: each name bound to it, each slot of a reachable list or tuple holding
// it, each bound method, flags object or flat iterator of it, each reachable array whose .base is it and each
// as_strided base wrapping it. Temporaries of the running expression are not counted (the statement's own call adds
// one in CPython).
std::int64_t program_references(const engine::array& a);

}  // namespace conformance::engine_system
