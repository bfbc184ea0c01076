// Where the fuzz target finds CPython's standard library and NumPy when it runs away from the machine it
// was built on (ClusterFuzzLite's runner image has neither): a strided_fuzz_python/ folder next to the
// executable, made by .clusterfuzzlite/build.sh. Without the folder the build machine's interpreter is used.
#pragma once

namespace fuzzing {

// Points the interpreter at the bundle (PYTHONHOME, PYTHONPATH) when there is one; call before it starts.
void use_bundled_python_if_present(const char* executable_path);

}  // namespace fuzzing
