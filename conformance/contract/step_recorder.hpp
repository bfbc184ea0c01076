// Running a system statement by statement and recording the contract's trace step after each: analyse the
// statement (uninitialised rule), execute, read the state, ask the sharing pairs, mask, make the step. The
// runner, the property test and the fuzzer all record through this one sequence.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "contract/compare.hpp"
#include "contract/implementation.hpp"
#include "contract/snapshot.hpp"
#include "contract/uninitialised.hpp"

namespace conformance {

// An implementation itself failed (threw instead of reporting an outcome); what() names case, line, system.
class implementation_failure : public std::runtime_error {
public:
    implementation_failure(const std::string& message, int line) : std::runtime_error(message), line_(line) {}
    int line() const { return line_; }  // of the statement it failed on; 0 before any statement

private:
    int line_;
};

// One statement's trace step and the exception message the trace leaves out.
struct recorded_step {
    json step;                  // the contract's trace step
    std::string error_message;  // the exception's message when the statement raised, else empty
};

// The message of the exception an observed statement raised; empty when it did not raise.
std::string error_message_of(const observation& seen);

// One system from a fresh start, a statement at a time (programs may be generated while they run).
class step_recorder {
public:
    // Resets `system`: a new program starts. `case_path` prefixes failure messages (may be empty).
    explicit step_recorder(implementation& system, std::string case_path = {});

    // Runs one statement; an implementation that throws instead of reporting an outcome becomes
    // implementation_failure.
    recorded_step run(const cases::statement& statement);

    // Runs one statement and returns what the system reported, before it becomes a step (make_step or
    // make_compared_steps); valid until the next statement runs. Failures as for run().
    const observation& observe(const cases::statement& statement);

    // The system's state after the last statement, and which of its names' values the step left out.
    const raw_state& state() const { return last_.state; }
    const masked_values& masked() const { return last_.masked; }

private:
    implementation& system_;
    std::string case_path_;
    uninitialised_memory uninitialised_;
    observation last_;  // kept, not copied out: a state holds every bound array's metadata
};

// The contract's trace document of one system, plus what the trace leaves out: the exceptions' messages.
struct recorded_trace {
    json trace;                               // null where run_case compared the steps without writing them
    std::vector<std::string> raised;          // per step: the exception's category, or empty (as in the trace)
    std::vector<std::string> error_messages;  // per step; empty where the statement did not raise
};

struct case_result {
    recorded_trace oracle;
    recorded_trace engine;
    std::optional<divergence> first_divergence;
};

// Runs the whole case on `system` (reset first) and records its trace.
recorded_trace record_trace(const cases::program& program, const std::string& case_path, implementation& system);

// Runs the whole case on both systems, statement by statement in lockstep (the oracle first), and finds the
// first step where they differ; both always run the whole case. With values_text::always both traces are
// written whole, every value as text (for --trace); with on_divergence no trace is written: each statement's
// observations are compared in place (observed_difference), and steps are built only where they differ.
case_result run_case(const cases::program& program, const std::string& case_path, implementation& oracle,
                     implementation& engine, values_text text = values_text::on_divergence);

}  // namespace conformance
