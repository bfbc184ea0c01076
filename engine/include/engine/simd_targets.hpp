// Which of NumPy's x86 SIMD dispatch targets a CPU runs: NumPy picks a loop per CPU at import, and a few of
// those loops round, order or write NaNs differently, so the semantics profile (semantics.hpp) depends on them.
//
// NumPy reads the CPU with cpuid (npy_cpu_features.c) and groups features into targets; of_this_cpu does the
// same for the targets whose loops the engine models. The groups, as NumPy defines them:
//   x86_v3      AVX, AVX2, FMA3, F16C (NumPy 2's X86_V3; NumPy 1.24 dispatches on AVX2 and FMA3)
//   avx512f     AVX512F (NumPy 1.24's target; NumPy 2.4 dispatches on X86_V4 only, so both fall together there)
//   avx512_skx  AVX512F, CD, VL, BW, DQ (NumPy 2's X86_V4)
//   avx512_icl  AVX512_SKX and VNNI, IFMA, VBMI, VBMI2, BITALG, VPOPCNTDQ
//   avx512_spr  AVX512_ICL and AVX512FP16
// of_this_cpu also drops what NPY_DISABLE_CPU_FEATURES turns off for NumPy, so the corpus can be run against NumPy's
// baseline loops on any machine (ctest conformance_corpus_numpy_baseline). The two NumPys read that list
// differently (disable_rule). NPY_ENABLE_CPU_FEATURES is not read: the conformance test
// `NumpySimdTargets.MatchTheEngines` compares NumPy's own __cpu_features__ with of_this_cpu().
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace engine {

// What a name in NPY_DISABLE_CPU_FEATURES turns off. NumPy 2 dispatches a target only where every target it
// builds on is on too, so X86_V3 off leaves no AVX-512 loop either (__cpu_features__ still shows AVX512F), and
// X86_V4 off leaves AVX2's loops (NumPy 2.4 takes only its dispatch targets' names: X86_V3, X86_V4, AVX512_ICL,
// AVX512_SPR); NumPy
// 1.24 checks the named target's own flag alone, so AVX2 off keeps its AVX512F and AVX512_SKX loops, and AVX512F
// off keeps AVX512_SKX's (both measured with NumPy 2.4.6 and 1.24.2 on an AVX-512 CPU, 2026-12-06).
enum class disable_rule { target_and_those_built_on_it, named_target_only };

// The rule of a NumPy by its version as the runner spells it ("2", "1.24"): 1.x names only, 2 and later build on.
constexpr disable_rule disable_rule_of_numpy(std::string_view version) {
    return version.starts_with("1.") ? disable_rule::named_target_only : disable_rule::target_and_those_built_on_it;
}

struct simd_targets {
    bool x86_v3 = false;
    bool avx512f = false;
    bool avx512_skx = false;
    bool avx512_icl = false;
    bool avx512_spr = false;

    // What this CPU runs (and its operating system saves the registers of), less NPY_DISABLE_CPU_FEATURES read by
    // `rule` (NumPy 2's by default): none off x86-64.
    static simd_targets of_this_cpu(disable_rule rule = disable_rule::target_and_those_built_on_it);

    // The machine the corpus was first measured on (an AVX-512 CPU with Ice Lake's features), the targets of
    // the default profile, so that the engine's own tests do not depend on the CPU they run on.
    static constexpr simd_targets avx512_icl_machine() {
        return {.x86_v3 = true, .avx512f = true, .avx512_skx = true, .avx512_icl = true, .avx512_spr = false};
    }
    // Only NumPy's baseline (SSE up to SSE4.2 for NumPy 2; SSE3 for Debian's NumPy 1.24).
    static constexpr simd_targets baseline() { return {}; }

    // "X86_V3 AVX512F AVX512_SKX", NumPy's names of the targets present ("baseline" for none).
    std::string names() const;

    // Whether the target NumPy names so (X86_V3, AVX512F, AVX512_SKX, AVX512_ICL, AVX512_SPR) is present; none for
    // a name that is not one of those.
    std::optional<bool> has(std::string_view name) const;

    // Every name has() knows, "X86_V3, AVX512F, ...", for messages that list them.
    static std::string known_names();

    friend bool operator==(const simd_targets&, const simd_targets&) = default;
};

}  // namespace engine
