// The generator's rule for np.choose(..., out=a): only an array whose contiguous writes stay inside its memory
// (live_array::contiguous_writes_stay_inside). A shrunk program may have changed the array under such a call.
#pragma once

#include "case/ast.hpp"
#include "generator/program_generator.hpp"

namespace fuzzing {

// False for an np.choose call whose out= names an array, as `context` (the oracle's state before the statement)
// describes it, that NumPy 2 could write past (it may write out= as if contiguous from its first element: a heap
// overflow inside NumPy, property test NumPy 2 seed 567 while shrinking); true for every other statement.
bool choose_out_stays_inside(const cases::statement& statement, const generation_context& context);

}  // namespace fuzzing
