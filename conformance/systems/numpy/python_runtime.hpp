// The one embedded CPython interpreter of the process (CPython with NumPy cannot be started twice): started
// on first use with the NumPy of the selected oracle (contract/numpy_oracle.hpp), warnings silenced, and
// finalised at exit after everything that holds Python objects.
#pragma once

namespace conformance::python_runtime {

// Starts the interpreter unless it runs already, importing the selected oracle's NumPy (NumPy 2.x from the
// project's .venv/, or Debian's 1.24); afterwards the calling thread holds the GIL. Throws
// std::runtime_error, saying what to run, when that NumPy cannot be imported.
void ensure_started();

}  // namespace conformance::python_runtime
