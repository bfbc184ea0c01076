// NumPy's results for programs that grow one statement at a time, the model of the property test: each
// program prefix runs once, extending the interpreter's current program or replaying from a reset.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "differential/binding_order.hpp"
#include "contract/step_recorder.hpp"
#include "generator/program_generator.hpp"
#include "contract/implementation.hpp"

namespace fuzzing {

// NumPy after a program.
struct replayed_program {
    generation_context context;  // for the next statement
    conformance::recorded_step last;          // the last statement's step (null for the empty program)
};

class oracle_replay {
public:
    explicit oracle_replay(conformance::implementation& oracle) : oracle_(oracle) {}

    std::shared_ptr<const replayed_program> after(const std::vector<std::string>& statements);

    std::string name() const { return oracle_.name(); }

private:
    conformance::implementation& oracle_;
    std::vector<std::string> running_;  // what the oracle has run since its last reset
    std::optional<conformance::step_recorder> recorder_;
    binding_order order_;
    std::unordered_map<std::string, std::shared_ptr<const replayed_program>> known_;  // by script text
};

}  // namespace fuzzing
