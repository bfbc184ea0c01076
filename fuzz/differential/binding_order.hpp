// The generator's view of the oracle's state: every bound array with its layout, listed in the order the
// names were last bound (the generator prefers the newest, which makes chains of views grow deep).
#pragma once

#include <string>
#include <vector>

#include "case/ast.hpp"
#include "contract/step_recorder.hpp"
#include "generator/program_generator.hpp"

namespace fuzzing {

class binding_order {
public:
    // After `statement` ran: a `NAME = ...` statement makes NAME the newest binding.
    void record(const cases::statement& statement);

    // What the generator may use of the oracle's state after the recorded statements.
    generation_context context(const conformance::step_recorder& oracle) const;

private:
    std::vector<std::string> names_;  // oldest first
};

}  // namespace fuzzing
