// Starting the embedded interpreter: a function-local static, so it is finalised after every object
// created later (the implementations) is gone. Warnings are ignored: cases compare results, not warnings;
// BLAS runs on one thread.
// NumPy 2.x lives in a virtual environment beside Debian's NumPy 1.24, so the oracle is chosen by putting
// (or keeping) the venv's site-packages first on sys.path before numpy is first imported.
#include "systems/numpy/python_runtime.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

#include <pybind11/embed.h>

#include "contract/numpy_oracle.hpp"

namespace conformance::python_runtime {

namespace py = pybind11;

namespace {

std::string numpy2_site_packages() {
    if (const char* overridden = std::getenv("STRIDED_NUMPY2_SITE_PACKAGES")) return overridden;
    return STRIDED_NUMPY2_SITE_PACKAGES;
}

void import_oracle_numpy(numpy_oracle oracle) {
    py::module_ sys = py::module_::import("sys");
    const std::string venv = numpy2_site_packages();
    py::list path = sys.attr("path");
    py::list kept;
    for (py::handle entry : path) {
        if (entry.cast<std::string>() != venv) kept.append(entry);
    }
    if (oracle == numpy_oracle::numpy_2) kept.insert(0, venv);
    sys.attr("path") = kept;

    std::string version;
    try {
        version = py::module_::import("numpy").attr("__version__").cast<std::string>();
    } catch (const py::error_already_set& e) {
        throw std::runtime_error("the NumPy " + std::string(label(oracle)) + " oracle cannot be imported (" +
                                 e.what() + "); run scripts/setup");
    }
    const bool matches = oracle == numpy_oracle::numpy_2 ? version.rfind("2.", 0) == 0 : version.rfind("1.24", 0) == 0;
    if (!matches) {
        throw std::runtime_error("--numpy " + std::string(label(oracle)) + " asked for, but the interpreter imports NumPy " +
                                 version + (oracle == numpy_oracle::numpy_2 ? " (no NumPy 2 in " + venv + ")" : "") +
                                 "; run scripts/setup");
    }
}

}  // namespace

void ensure_started() {
    static const bool started = [] {
        // NumPy's BLAS (OpenBLAS in NumPy 2's wheel) would start a pool of threads that spin between calls and
        // take a core from the runner, the engine and a second fuzzing job; the cases' matrices are small, so
        // one thread does the same work (the user's own setting is kept).
        for (const char* variable : {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"}) setenv(variable, "1", 0);
        static py::scoped_interpreter interpreter;
        py::module_::import("warnings").attr("simplefilter")("ignore");
        import_oracle_numpy(selected_numpy_oracle());
        return true;
    }();
    (void)started;
}

}  // namespace conformance::python_runtime
