// as_strided (and np.ndarray with strides over an empty buffer) make NumPy read wherever they are told: a shrunk
// program may have changed the source under a generated window, and such a program must not run.
#pragma once

#include "case/ast.hpp"
#include "generator/program_generator.hpp"

namespace fuzzing {

// True when the statement has no as_strided call, or only calls of the generator's form
// (`as_strided(NAME or NAME[::-1], shape=(...), strides=(...))`) whose windows lie inside their source as
// `context` (the oracle's state before the statement) describes it, and when every np.ndarray(buffer=, strides=)
// call's buffer is a NAME with elements. False for any other form.
bool windows_stay_inside(const cases::statement& statement, const generation_context& context);

}  // namespace fuzzing
