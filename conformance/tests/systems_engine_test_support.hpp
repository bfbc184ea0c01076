// Helpers for the engine system's tests: run a small case program on a fresh engine_implementation
// and describe what its last statement did, in the same words the expectations (taken from NumPy 1.24) use.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "case/parser.hpp"
#include "contract/numpy_oracle.hpp"
#include "systems/engine/engine_implementation.hpp"

namespace conformance::engine_system_test {

// For a test of NumPy 1.24's rules: engine implementations made while it lives follow the 1.24 profile.
class numpy_1_24_rules {
public:
    numpy_1_24_rules() : previous_(selected_numpy_oracle()) { select_numpy_oracle(numpy_oracle::numpy_1_24); }
    ~numpy_1_24_rules() { select_numpy_oracle(previous_); }
    numpy_1_24_rules(const numpy_1_24_rules&) = delete;
    numpy_1_24_rules& operator=(const numpy_1_24_rules&) = delete;

private:
    numpy_oracle previous_;
};

// Runs every statement of `program` in order and returns their outcomes.
inline std::vector<outcome> run_all(implementation& system, std::string_view program) {
    std::vector<outcome> outcomes;
    for (const cases::statement& s : cases::parse_program(program, "test.py").statements) {
        outcomes.push_back(system.execute(s));
    }
    return outcomes;
}

// "value <compact JSON>" or "error <exception category>" for an outcome.
inline std::string described(const outcome& o) {
    if (o.error) return "error " + *o.error;
    return "value " + o.value.dump();
}

// What the last statement of `program` did, on a fresh engine (or the parse error that stopped it).
inline std::string last_outcome(std::string_view program) {
    engine_implementation engine;
    try {
        const std::vector<outcome> outcomes = run_all(engine, program);
        return outcomes.empty() ? "no statement" : described(outcomes.back());
    } catch (const cases::parse_error& e) {
        return std::string("parse error ") + e.what();
    }
}

// A program and what NumPy 1.24.2 reports for its last statement (generated with /usr/bin/python3 and
// numpy 1.24.2, with print replaced by a function returning its arguments, as the NumPy side does).
struct expectation {
    const char* program;
    const char* outcome;
};

inline void expect_outcomes(const std::vector<expectation>& expectations) {
    for (const expectation& e : expectations) {
        EXPECT_EQ(last_outcome(e.program), e.outcome) << "program:\n" << e.program;
    }
}

}  // namespace conformance::engine_system_test
