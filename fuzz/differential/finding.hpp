// What a differential run finds: the first statement where the systems differ, or where one of them fails
// outright (throws instead of reporting an outcome), in the words the conformance reports use.
#pragma once

#include <cstddef>
#include <string>

#include "case/ast.hpp"
#include "contract/compare.hpp"
#include "contract/report.hpp"

namespace fuzzing {

struct finding {
    std::size_t statement = 0;  // index into the program's statements
    // Stays the same across runs and programs: groups findings, and tells whether a shrunk program still
    // shows the same problem. "DIVERGENCE: strides after reshape", "FAILURE: engine after setitem".
    std::string signature;
    std::string report;      // for people: statement, field, both values, messages, reproducer
    std::string reproducer;  // the runnable script up to the statement, which carries a comment naming the problem
};

finding divergence_finding(const cases::program& program, const conformance::divergence& found,
                           const conformance::reported_side& oracle, const conformance::reported_side& engine);

finding failure_finding(const cases::program& program, std::size_t statement, const std::string& system_name,
                        const std::string& message);

}  // namespace fuzzing
