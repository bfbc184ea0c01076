// Runs one case: each implementation executes the statements in order from a fresh start, a trace step is
// recorded after every statement, and the oracle's trace is compared with the system under test's.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "runner/compare.hpp"
#include "runner/implementation.hpp"

namespace conformance {

// An implementation itself failed (threw instead of reporting an outcome); what() names case, line, system.
class implementation_failure : public std::runtime_error {
public:
    implementation_failure(const std::string& message, int line) : std::runtime_error(message), line_(line) {}
    int line() const { return line_; }  // of the statement it failed on; 0 before any statement

private:
    int line_;
};

// The contract's trace document of one system, plus what the trace leaves out: the exceptions' messages.
struct recorded_trace {
    json trace;
    std::vector<std::string> error_messages;  // per step; empty where the statement did not raise
};

struct case_result {
    recorded_trace oracle;
    recorded_trace engine;
    std::optional<divergence> first_divergence;
};

// Runs the whole case on `system` (reset first) and records its trace.
recorded_trace record_trace(const cases::program& program, const std::string& case_path, implementation& system);

// Runs the whole case on both systems, then compares the traces.
case_result run_case(const cases::program& program, const std::string& case_path, implementation& oracle,
                     implementation& engine);

}  // namespace conformance
