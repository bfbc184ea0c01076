// The CPU feature choice of cpu_features.hpp: the CPU's answer, then STRIDED_DISABLE_CPU_FEATURES.
#include "cpu_features.hpp"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace engine::detail {

namespace {

// Whether the disable list names AVX2 (reporting the names it does not know).
bool disabled_by_environment() {
    const char* listed = std::getenv("STRIDED_DISABLE_CPU_FEATURES");
    if (listed == nullptr) return false;
    bool avx2 = false;
    std::string name;
    const auto take = [&] {
        if (name == "AVX2") avx2 = true;
        else if (!name.empty())
            std::fprintf(stderr, "STRIDED_DISABLE_CPU_FEATURES: unknown feature '%s' (known: AVX2)\n", name.c_str());
        name.clear();
    };
    for (const char* c = listed; *c != '\0'; ++c) {
        if (*c == ',' || std::isspace(static_cast<unsigned char>(*c))) take();
        else name += static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    }
    take();
    return avx2;
}

}  // namespace

bool use_avx2() {
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool enabled = __builtin_cpu_supports("avx2") && !disabled_by_environment();
    return enabled;
#else
    return false;
#endif
}

}  // namespace engine::detail
