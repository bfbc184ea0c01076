// Turns case scripts into fuzz inputs whose decoding makes the case's operations in the case's order, so
// that campaigns start from the paths the hand-written corpus takes instead of from empty programs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "generator/program_generator.hpp"
#include "contract/implementation.hpp"

namespace fuzzing {

// One statement of an encoded case: what the generator wrote for it and the bytes that make it decode so.
struct encoded_statement {
    std::string operation;  // conformance::operation_name: "reshape", "setitem", "as_strided", ...
    std::string text;
    std::vector<std::uint8_t> bytes;
};

struct encoded_case {
    std::vector<encoded_statement> statements;  // the case statements that found a match, in order
    std::size_t case_statements = 0;            // of the case, at most limits.max_statements

    std::vector<std::uint8_t> input() const;  // every statement's bytes, in order
};

// For each case statement, draws up to `attempts` random statements for the oracle's current state and
// keeps the first with the same operation (none: the case statement is skipped); the kept one runs on
// the oracle before the next is drawn, exactly as decoding will run it.
encoded_case encode_case(const cases::program& program, conformance::implementation& oracle, std::uint64_t seed,
                         const generator_limits& limits = {}, int attempts = 400);

}  // namespace fuzzing
