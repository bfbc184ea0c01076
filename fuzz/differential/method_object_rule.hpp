// The generator's rule that methods are called on arrays: a shrunk program may have rebound the name under a
// method call to a list (v = np.hsplit(v, 1); v.sort(axis=1)), where Python's own list methods answer.
#pragma once

#include "case/ast.hpp"
#include "generator/program_generator.hpp"

namespace fuzzing {

// False for a statement that is, or binds, a method call `NAME.method(...)` on a name `context` (the oracle's state
// before the statement) has bound to a Python object other than an array, scalar or flat iterator; true otherwise.
bool methods_are_called_on_arrays(const cases::statement& statement, const generation_context& context);

}  // namespace fuzzing
