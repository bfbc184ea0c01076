// Formats a divergence for people: where it happened, one signature line that stays the same across runs
// (for triage and expected-divergences.txt), both systems' values, and a runnable reproducer.
#pragma once

#include <string>
#include <vector>

#include "case/ast.hpp"
#include "contract/compare.hpp"

namespace conformance {

// One side of a comparison as a report names it.
struct reported_side {
    std::string name;           // "numpy 1.24.2", "engine"
    std::string error_message;  // the exception's message at the divergent step, if it raised
    std::vector<std::string> raised = {};  // per step: the category of the exception it raised, or empty
};

// Per step of a trace: the exception category the statement raised, or an empty string.
std::vector<std::string> raised_categories(const json& trace);

// `strides` for `arrays.b.strides`, `scalar value` for `scalars.s.value`, `arrays` for a name bound to
// an array on one side only; top-level fields (`value`, `error`, `shares_memory`, ...) as they are.
std::string signature_field(const std::string& path);

// What a statement does, as the signature names it: the function or method (`reshape`, `as_strided`),
// `getitem`, `setitem`, `+=`, `.shape =`, `.flags.writeable =`, `assign` (a plain binding), an operator.
std::string operation_name(const cases::statement& statement);

// `DIVERGENCE: <field> after <operation>`.
std::string signature(const cases::statement& statement, const difference& field);

// The case's imports and statements up to the divergent one, which carries a comment naming the field.
// Earlier statements whose `raised` entry names a category are wrapped in try/except (with the category
// in a comment), so that the script reaches the divergent line under python3; without `raised` the
// reproducer is itself a case script. An empty `path` leaves the last line without a comment.
std::string reproducer(const cases::program& program, std::size_t statement_index, const std::string& path,
                       const std::vector<std::string>& raised = {});

// The whole report: `case.py:LINE: <statement>`, the signature, both values, the reproducer.
std::string format_divergence(const std::string& case_path, const cases::program& program, const divergence& found,
                              const reported_side& oracle, const reported_side& engine);

}  // namespace conformance
