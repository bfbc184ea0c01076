// The generator's rules for arrays used as positions (program_generator::self_index and the aliasing index writes)
// and as written values: only an array whose values are known is an index or a value. A shrunk program may have
// changed the array under such a use.
#pragma once

#include "case/ast.hpp"
#include "generator/program_generator.hpp"

namespace fuzzing {

// False when `statement` uses as positions (a.put(P, ...), np.put(a, P, ...), a[P] = ...) an array P, or a view
// P[...] of one, whose values the runner masks as uninitialised, as `context` (the oracle's state before the
// statement) describes it; true for every other statement. Garbage positions decide NumPy's IndexError by the
// garbage (property test, NumPy 1.24 seed 511, where shrinking turned v0 into np.empty((), 'intp') under
// `v0.put(v0, -3)`).
bool positions_are_known(const cases::statement& statement, const generation_context& context);

// False when a subscript write (a[...] = V) writes an array V, or a view V[...] of one, whose values the runner masks
// as uninitialised: the generator writes only known values (operand_for). Garbage decides NumPy 1.24's conversion of
// a one-element array into an element (an int past a C long is an error; property test, NumPy 1.24, seed 1001, where
// shrinking dropped the write that had made v0 = np.empty((1,), np.uint64) known under `v4[3] = v1`, v1 a view of v0).
bool written_values_are_known(const cases::statement& statement, const generation_context& context);

// False when a statement's value is X.astype(..., casting=...) of an array X, or a view X[...] of one, whose values
// the runner masks as uninitialised: the generator gives casting= only to known values. Garbage decides NumPy's
// answer (NumPy 2.4's 'same_value' raises where a value does not survive; NumPy 1.24 judges a 0-d array's cast by
// its value), and the engine's garbage is not NumPy's (property test, NumPy 2, seed 1933, where shrinking left
// `v4 = v1.astype(np.uint32, casting='same_value')` with v1 a bool view of np.empty((1,), complex)).
bool cast_values_are_known(const cases::statement& statement, const generation_context& context);

}  // namespace fuzzing
