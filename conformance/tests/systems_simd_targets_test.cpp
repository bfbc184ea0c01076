// The engine's view of NumPy's SIMD dispatch (engine::simd_targets::of_this_cpu, which picks the profile's
// CPU-dependent rules) against NumPy's own __cpu_features__, read from the oracle running in this process.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include <pybind11/embed.h>

#include "contract/numpy_oracle.hpp"
#include "engine/simd_targets.hpp"
#include "systems/numpy/python_runtime.hpp"

namespace conformance {
namespace {

namespace py = pybind11;

std::map<std::string, bool> numpy_cpu_features() {
    python_runtime::ensure_started();
    const py::module_ numpy = py::module_::import("numpy");
    const bool numpy2 = numpy.attr("__version__").cast<std::string>().rfind("2.", 0) == 0;
    const py::module_ umath =
        py::module_::import(numpy2 ? "numpy._core._multiarray_umath" : "numpy.core._multiarray_umath");
    std::map<std::string, bool> features;
    for (const auto& [name, present] : umath.attr("__cpu_features__").cast<py::dict>()) {
        features[name.cast<std::string>()] = present.cast<bool>();
    }
    return features;
}

// NumPy's dispatch targets, named as simd_targets.hpp groups them: NumPy 2 has X86_V3; NumPy 1.24 dispatches on
// AVX2 and FMA3, and has no AVX512_SPR (compared only where NumPy knows it). __cpu_features__ shows each feature
// alone, after NPY_DISABLE_CPU_FEATURES too; NumPy 2 dispatches a target only where those it builds on are on
// (engine::disable_rule), so its view here is the chain; NumPy 1.24's is each flag as shown.
TEST(NumpySimdTargets, MatchTheEngines) {
    const std::map<std::string, bool> f = numpy_cpu_features();
    const auto has = [&](const std::string& name) { return f.count(name) != 0 && f.at(name); };
    const engine::disable_rule rule = engine::disable_rule_of_numpy(label(selected_numpy_oracle()));
    const engine::simd_targets engine_view = engine::simd_targets::of_this_cpu(rule);
    const bool chain = rule == engine::disable_rule::target_and_those_built_on_it;
    engine::simd_targets numpy_view;
    numpy_view.x86_v3 = f.count("X86_V3") != 0 ? has("X86_V3") : has("AVX2") && has("FMA3");
    // NumPy 2.4 dispatches on X86_V4, not on AVX512F or AVX512_SKX (X86_V4 off leaves AVX512F's flag on).
    const bool v4 = f.count("X86_V4") != 0;
    numpy_view.avx512f = (v4 ? has("X86_V4") : has("AVX512F")) && (!chain || numpy_view.x86_v3);
    numpy_view.avx512_skx = (v4 ? has("X86_V4") : has("AVX512_SKX")) && (!chain || numpy_view.avx512f);
    numpy_view.avx512_icl = has("AVX512_ICL") && (!chain || numpy_view.avx512_skx);
    numpy_view.avx512_spr = f.count("AVX512_SPR") != 0 ? has("AVX512_SPR") && (!chain || numpy_view.avx512_icl)
                                                         : engine_view.avx512_spr;
    EXPECT_EQ(numpy_view.names(), engine_view.names())
        << "NumPy " << label(selected_numpy_oracle()) << " dispatches for " << numpy_view.names()
        << ", the engine models " << engine_view.names()
        << " (is NPY_ENABLE_CPU_FEATURES set? The engine reads only NPY_DISABLE_CPU_FEATURES)";
}

}  // namespace
}  // namespace conformance
