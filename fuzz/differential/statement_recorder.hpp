// One system run statement by statement, with the contract's trace step recorded after each: the
// incremental form of conformance::record_trace, for programs that are generated while they run.
#pragma once

#include <string>

#include "case/ast.hpp"
#include "runner/implementation.hpp"
#include "runner/uninitialised.hpp"

namespace fuzzing {

struct recorded_step {
    conformance::json step;     // as record_trace would have it at this statement
    std::string error_message;  // the exception's message when the statement raised, else empty
};

class statement_recorder {
public:
    // Resets `system`: a new program starts.
    explicit statement_recorder(conformance::implementation& system);

    // Runs one statement; an implementation that throws instead of reporting an outcome becomes
    // conformance::implementation_failure, as in record_trace.
    recorded_step run(const cases::statement& statement);

    // The system's state after the last statement, and which of its names' values the step left out.
    const conformance::raw_state& state() const { return state_; }
    const conformance::masked_values& masked() const { return masked_; }

private:
    conformance::implementation& system_;
    conformance::uninitialised_memory uninitialised_;
    conformance::raw_state state_;
    conformance::masked_values masked_;
};

}  // namespace fuzzing
