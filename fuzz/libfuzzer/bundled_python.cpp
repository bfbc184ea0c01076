// The bundle's layout follows CPython's own: lib/python3.X/ is the standard library under PYTHONHOME, and
// site-packages/ holds NumPy (PYTHONPATH); libpython itself sits in lib/ next to the executable ($ORIGIN/lib).
#include "libfuzzer/bundled_python.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace fuzzing {

void use_bundled_python_if_present(const char* executable_path) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path bundle = fs::absolute(executable_path, error).parent_path() / "strided_fuzz_python";
    if (error || !fs::is_directory(bundle, error)) return;
    setenv("PYTHONHOME", bundle.c_str(), 1);
    setenv("PYTHONPATH", (bundle / "site-packages").c_str(), 1);
}

}  // namespace fuzzing
