// Starting the embedded interpreter: a function-local static, so it is finalised after every object
// created later (the implementations) is gone. Warnings are ignored: cases compare results, not warnings.
#include "numpy_side/python_runtime.hpp"

#include <pybind11/embed.h>

namespace conformance::python_runtime {

void ensure_started() {
    static const bool started = [] {
        static pybind11::scoped_interpreter interpreter;
        pybind11::module_::import("warnings").attr("simplefilter")("ignore");
        return true;
    }();
    (void)started;
}

}  // namespace conformance::python_runtime
