// The one embedded CPython interpreter of the process (CPython with NumPy cannot be started twice): started
// on first use, with warnings silenced, and finalised at exit after everything that holds Python objects.
#pragma once

namespace conformance::python_runtime {

// Starts the interpreter unless it runs already; afterwards the calling thread holds the GIL.
void ensure_started();

}  // namespace conformance::python_runtime
