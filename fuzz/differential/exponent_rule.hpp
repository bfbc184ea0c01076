// The generator's rule for in-place powers (program_generator::exponent_for): an integer or bool array is raised
// in place only to non-negative powers. A shrunk program may have changed the array under such a statement.
#pragma once

#include "case/ast.hpp"
#include "generator/program_generator.hpp"

namespace fuzzing {

// False for `NAME **= -X` or `NAME[...] **= -X` when NAME is bound, as `context` (the oracle's state before the
// statement) describes it, to an array of neither a float nor a complex dtype; true for every other statement.
// NumPy raises such a power from inside its loop and, for an array its iterator buffers (byte-swapped, say),
// still writes the unfinished buffer back: heap bytes no model reproduces (docs/oracles.md; property test,
// NumPy 1.24 seed 43, where shrinking drifted there).
bool in_place_powers_follow_the_generator(const cases::statement& statement, const generation_context& context);

}  // namespace fuzzing
