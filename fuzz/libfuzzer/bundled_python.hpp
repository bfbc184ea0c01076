// Where the fuzz target finds CPython's standard library and NumPy away from its build machine: in the
// strided_fuzz_python/ folder .clusterfuzzlite/build.sh puts next to the executable, when there is one.
#pragma once

namespace fuzzing {

// Points the interpreter at the bundle (PYTHONHOME, PYTHONPATH) when there is one; call before it starts.
void use_bundled_python_if_present(const char* executable_path);

}  // namespace fuzzing
