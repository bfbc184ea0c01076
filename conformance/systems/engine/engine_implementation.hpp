// The engine as a system under comparison: runs case statements by interpreting them with the engine
// library (the case interpreter over the engine backend, engine_backend.hpp) and reports bindings and arrays as the runner's implementation interface asks.
#pragma once

#include <memory>
#include <string>

#include "contract/implementation.hpp"

namespace conformance {

namespace interpreter {
class evaluator;
}

class engine_implementation final : public implementation {
public:
    engine_implementation();
    ~engine_implementation() override;

    std::string name() const override { return "engine"; }
    void reset() override;
    outcome execute(const cases::statement& statement) override;
    raw_state state() override;
    bool shares_memory(object_key a, object_key b) override;
    bool may_share_memory(object_key a, object_key b) override;

private:
    std::unique_ptr<interpreter::evaluator> evaluator_;
};

}  // namespace conformance
