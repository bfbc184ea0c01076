// NumPy's SIMD dispatch targets on this CPU (simd_targets.hpp), read with cpuid and xgetbv as NumPy reads them,
// less those NPY_DISABLE_CPU_FEATURES turns off.
#include "engine/simd_targets.hpp"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#endif

namespace engine {

namespace {

// NPY_DISABLE_CPU_FEATURES, as NumPy reads it at import: names separated by commas or spaces, spelled exactly
// (NumPy refuses "avx2" with a warning and keeps the target on, as it does any name that is not one of its
// dispatched targets). NumPy 2.4 dispatches on X86_V3, X86_V4, AVX512_ICL and AVX512_SPR only (it refuses AVX2,
// AVX512F or AVX512_SKX, measured), and a target off turns off every target built on it: X86_V3 leaves the
// baseline, X86_V4 leaves AVX2. NumPy 1.24: only the target whose own name is listed (AVX2 or FMA3 for its AVX2
// loops). Names of targets the engine does not model are NumPy's business.
void apply_numpy_disabled_features(simd_targets& cpu, disable_rule rule) {
    const char* listed = std::getenv("NPY_DISABLE_CPU_FEATURES");
    if (listed == nullptr) return;
    std::string text(listed);
    for (char& c : text) {
        if (c == ',') c = ' ';
    }
    std::istringstream names(text);
    for (std::string name; names >> name;) {
        if (rule == disable_rule::named_target_only) {
            if (name == "AVX2" || name == "FMA3") cpu.x86_v3 = false;
            if (name == "AVX512F") cpu.avx512f = false;
            if (name == "AVX512_SKX") cpu.avx512_skx = false;
            if (name == "AVX512_ICL") cpu.avx512_icl = false;
            continue;
        }
        if (name == "X86_V3") cpu = {};
        if (name == "X86_V4") cpu.avx512f = cpu.avx512_skx = cpu.avx512_icl = cpu.avx512_spr = false;
        if (name == "AVX512_ICL") cpu.avx512_icl = cpu.avx512_spr = false;
        if (name == "AVX512_SPR") cpu.avx512_spr = false;
    }
}

simd_targets read_this_cpu() {
    simd_targets found;
#if defined(__x86_64__) && defined(__GNUC__)
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid(1, &a, &b, &c, &d) == 0) return found;
    const bool fma = (c >> 12) & 1, osxsave = (c >> 27) & 1, avx = (c >> 28) & 1, f16c = (c >> 29) & 1;
    if (!osxsave) return found;
    // The registers the operating system saves: XMM and YMM (bits 1-2), and the AVX-512 state (bits 5-7).
    std::uint32_t xcr0_low = 0, xcr0_high = 0;
    __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    const bool ymm_saved = (xcr0_low & 0x6) == 0x6, zmm_saved = (xcr0_low & 0xe6) == 0xe6;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d) == 0) return found;
    const auto bit = [](unsigned reg, int n) { return ((reg >> n) & 1) != 0; };
    found.x86_v3 = ymm_saved && avx && fma && f16c && bit(b, 5);
    found.avx512f = zmm_saved && bit(b, 16);
    found.avx512_skx = found.avx512f && bit(b, 28) && bit(b, 31) && bit(b, 30) && bit(b, 17);  // CD VL BW DQ
    found.avx512_icl = found.avx512_skx && bit(c, 11) && bit(b, 21) && bit(c, 1) && bit(c, 6) && bit(c, 12) &&
                       bit(c, 14);  // VNNI IFMA VBMI VBMI2 BITALG VPOPCNTDQ
    found.avx512_spr = found.avx512_icl && bit(d, 23);  // AVX512FP16
#endif
    return found;
}

}  // namespace

simd_targets simd_targets::of_this_cpu(disable_rule rule) {
    simd_targets targets = read_this_cpu();
    apply_numpy_disabled_features(targets, rule);
    return targets;
}

namespace {
// Each target with NumPy's name for it, written once for names() and has().
constexpr std::pair<std::string_view, bool simd_targets::*> named_targets[] = {
    {"X86_V3", &simd_targets::x86_v3},         {"AVX512F", &simd_targets::avx512f},
    {"AVX512_SKX", &simd_targets::avx512_skx}, {"AVX512_ICL", &simd_targets::avx512_icl},
    {"AVX512_SPR", &simd_targets::avx512_spr},
};
}  // namespace

std::string simd_targets::names() const {
    std::string out;
    for (const auto& [name, member] : named_targets) {
        if (!(this->*member)) continue;
        if (!out.empty()) out += ' ';
        out += name;
    }
    return out.empty() ? "baseline" : out;
}

std::string simd_targets::known_names() {
    std::string out;
    for (const auto& [name, member] : named_targets) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<bool> simd_targets::has(std::string_view name) const {
    for (const auto& [known, member] : named_targets) {
        if (known == name) return this->*member;
    }
    return std::nullopt;
}

}  // namespace engine
