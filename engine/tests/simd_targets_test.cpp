// Tests of NumPy's SIMD dispatch targets and of the profile rules that follow them: the names, and the loops a
// profile picks for a CPU with or without AVX2 and AVX-512 (partition, sort, complex products and absolute).
#include <gtest/gtest.h>

#include <algorithm>
#include <complex>
#include <cstdlib>
#include <string>
#include <cstring>
#include <numeric>
#include <random>
#include <vector>

#include "engine/partition.hpp"
#include "engine/semantics.hpp"
#include "engine/simd_targets.hpp"
#include "engine/sort.hpp"
#include "engine/ufunc.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::ints;

namespace {

constexpr simd_targets avx2_machine{.x86_v3 = true};

// A shuffled lane 0..n-1 of int64 (fixed seed), partitioned at n / 3 with one kth.
std::vector<std::int64_t> partitioned_permutation(std::int64_t n, dtype t) {
    std::vector<std::int64_t> values(static_cast<std::size_t>(n));
    std::iota(values.begin(), values.end(), 0);
    std::shuffle(values.begin(), values.end(), std::mt19937_64(20261205));
    const array a = ndarray::allocate(t, {n});
    for (std::int64_t i = 0; i < n; ++i) {
        store_element(t, a->data() + i * a->itemsize(), make_int64(values[static_cast<std::size_t>(i)]).cast_to(t));
    }
    partition_in_place(a, {n / 3});
    return ints(*a);
}

bool ascending(const std::vector<std::int64_t>& v) { return std::is_sorted(v.begin(), v.end()); }

}  // namespace

TEST(SimdTargets, NamesAsNumpySpellsThem) {
    EXPECT_EQ(simd_targets::baseline().names(), "baseline");
    EXPECT_EQ(simd_targets::avx512_icl_machine().names(), "X86_V3 AVX512F AVX512_SKX AVX512_ICL");
    EXPECT_EQ(avx2_machine.has("X86_V3"), true);
    EXPECT_EQ(avx2_machine.has("AVX512F"), false);
    EXPECT_EQ(avx2_machine.has("AVX2"), std::nullopt);  // NumPy 1.24's feature name, not a target here
}

// The targets of a CPU as NumPy groups them: no AVX-512 group without the one below it.
TEST(SimdTargets, ThisCpusTargetsNest) {
    const simd_targets cpu = simd_targets::of_this_cpu();
    EXPECT_TRUE(!cpu.avx512_skx || cpu.avx512f);
    EXPECT_TRUE(!cpu.avx512_icl || cpu.avx512_skx);
    EXPECT_TRUE(!cpu.avx512_spr || cpu.avx512_icl);
}

// NPY_DISABLE_CPU_FEATURES turns targets off as NumPy does: NumPy 2.4 a target and every target built on it.
TEST(SimdTargets, NumpysDisableListTurnsTargetsOff) {
    const char* before = std::getenv("NPY_DISABLE_CPU_FEATURES");
    const std::string saved = before != nullptr ? before : "";
    const simd_targets cpu = simd_targets::of_this_cpu();
    setenv("NPY_DISABLE_CPU_FEATURES", "X86_V3", 1);
    EXPECT_EQ(simd_targets::of_this_cpu(), simd_targets::baseline());
    setenv("NPY_DISABLE_CPU_FEATURES", "SSE42, X86_V4", 1);
    EXPECT_EQ(simd_targets::of_this_cpu(), simd_targets{.x86_v3 = cpu.x86_v3});
    // NumPy 2.4 refuses names it does not dispatch on (AVX512F, AVX2) and names spelled in lower case.
    setenv("NPY_DISABLE_CPU_FEATURES", "AVX512F AVX2 x86_v3", 1);
    EXPECT_EQ(simd_targets::of_this_cpu(), cpu);
    setenv("NPY_DISABLE_CPU_FEATURES", "AVX512_ICL", 1);
    EXPECT_EQ(simd_targets::of_this_cpu(), (simd_targets{.x86_v3 = cpu.x86_v3, .avx512f = cpu.avx512f,
                                                         .avx512_skx = cpu.avx512_skx}));
    // NumPy 1.24 turns off the named target alone: its AVX-512 loops outlive AVX2, AVX512_SKX's outlive AVX512F.
    setenv("NPY_DISABLE_CPU_FEATURES", "AVX2,AVX512F", 1);
    simd_targets without_named = cpu;
    without_named.x86_v3 = without_named.avx512f = false;
    EXPECT_EQ(simd_targets::of_this_cpu(disable_rule::named_target_only), without_named);
    EXPECT_EQ(disable_rule_of_numpy("1.24"), disable_rule::named_target_only);
    EXPECT_EQ(disable_rule_of_numpy("2"), disable_rule::target_and_those_built_on_it);
    if (before != nullptr) setenv("NPY_DISABLE_CPU_FEATURES", saved.c_str(), 1);
    else unsetenv("NPY_DISABLE_CPU_FEATURES");
}

// A lane short enough for the SIMD quickselect's networks comes out sorted; one element longer, or a dtype the
// CPU's NumPy has no quickselect for, goes through introselect, which leaves this permutation unsorted.
TEST(SimdTargets, PartitionSortsWholeLanesUpToTheTargetsNetwork) {
    {
        const scoped_semantics avx2(semantics::numpy_2(avx2_machine));
        EXPECT_TRUE(ascending(partitioned_permutation(64, dtype::int64)));
        EXPECT_FALSE(ascending(partitioned_permutation(65, dtype::int64)));
        EXPECT_TRUE(ascending(partitioned_permutation(256, dtype::int32)));
        EXPECT_FALSE(ascending(partitioned_permutation(257, dtype::int32)));
        EXPECT_FALSE(ascending(partitioned_permutation(40, dtype::uint16)));  // 16-bit needs AVX512_ICL
    }
    {
        const scoped_semantics avx512(semantics::numpy_2(simd_targets::avx512_icl_machine()));
        EXPECT_TRUE(ascending(partitioned_permutation(256, dtype::int64)));
        EXPECT_TRUE(ascending(partitioned_permutation(40, dtype::uint16)));
    }
    const scoped_semantics baseline(semantics::numpy_2(simd_targets::baseline()));
    EXPECT_FALSE(ascending(partitioned_permutation(40, dtype::int64)));
}

// Which NaN a float sort writes: x86-simd-sort's canonical one where NumPy dispatches to it, else the input's.
TEST(SimdTargets, SortCanonicalisesNansOnlyWithTheSimdSort) {
    const auto sorted_bits = [](const semantics& profile) {
        const scoped_semantics chosen(profile);
        const array a = ndarray::allocate(dtype::float32, {3});
        const std::uint32_t bits[3] = {0xffc00005u, 0x3f800000u, 0xc0000000u};  // a negative NaN with payload, 1, -2
        std::memcpy(a->data(), bits, sizeof bits);
        sort_in_place(a, -1);
        std::uint32_t last = 0;
        std::memcpy(&last, a->data() + 8, 4);
        return last;
    };
    EXPECT_EQ(sorted_bits(semantics::numpy_2(avx2_machine)), 0x7fc00000u);
    EXPECT_EQ(sorted_bits(semantics::numpy_2(simd_targets::baseline())), 0xffc00005u);
    EXPECT_EQ(sorted_bits(semantics::numpy_1_24(avx2_machine)), 0xffc00005u);
    EXPECT_EQ(sorted_bits(semantics::numpy_1_24(simd_targets::avx512_icl_machine())), 0x7fc00000u);
}

// The profile's loops for complex products and |z| by CPU (measured on NumPy 2.4 and 1.24 with and without
// AVX-512, and NumPy 2.4 with X86_V3 disabled).
TEST(SimdTargets, ComplexLoopsFollowTheTargets) {
    using fusion = semantics::complex_product_fusion;
    using absolute = semantics::complex_absolute_loop;
    EXPECT_EQ(semantics::numpy_2(avx2_machine).complex_products, fusion::everywhere);
    EXPECT_EQ(semantics::numpy_2(simd_targets::baseline()).complex_products, fusion::nowhere);
    EXPECT_EQ(semantics::numpy_1_24(avx2_machine).complex_products, fusion::nowhere);
    EXPECT_EQ(semantics::numpy_1_24(simd_targets::avx512_icl_machine()).complex_products,
              fusion::outside_contiguous_vector_loop);
    EXPECT_EQ(semantics::numpy_2(avx2_machine).complex_absolute, absolute::simd_formula);
    EXPECT_EQ(semantics::numpy_2(simd_targets::baseline()).complex_absolute, absolute::simd_formula_unfused);
    EXPECT_EQ(semantics::numpy_2(simd_targets::avx512_icl_machine()).complex_absolute,
              absolute::simd_formula_forward_steps);
    EXPECT_EQ(semantics::numpy_1_24(avx2_machine).complex_absolute, absolute::hypot);
    EXPECT_TRUE(semantics::numpy_1_24(simd_targets::avx512_icl_machine()).complex_running_products_fused);
    EXPECT_FALSE(semantics::numpy_1_24(avx2_machine).complex_running_products_fused);
    // The default profiles are the reference machine's, whatever CPU the tests run on.
    EXPECT_EQ(semantics::numpy_2(), semantics::numpy_2(simd_targets::avx512_icl_machine()));
}

TEST(SimdTargets, NegativeLoopVectorsFollowTheTargets) {
    // NumPy 2's negative kernel that reads a misjudged input as contiguous moves 16-byte vectors at the baseline,
    // 32-byte ones with AVX2 and 64-byte ones with AVX512_SKX; NumPy 1.24 has no such kernel.
    EXPECT_EQ(semantics::numpy_2(simd_targets::baseline()).negative_loop_vector_bytes, 16);
    EXPECT_EQ(semantics::numpy_2(avx2_machine).negative_loop_vector_bytes, 32);
    EXPECT_EQ(semantics::numpy_2(simd_targets::avx512_icl_machine()).negative_loop_vector_bytes, 64);
    EXPECT_EQ(semantics::numpy_1_24(avx2_machine).negative_loop_vector_bytes, 0);
}

TEST(SimdTargets, MinMaxReductionVectorsFollowTheTargets) {
    // Both NumPys reduce float min/max runs in 16-byte vectors at the baseline, 32 with AVX2, 64 with AVX512_SKX.
    for (const auto profile : {&semantics::numpy_2, &semantics::numpy_1_24}) {
        EXPECT_EQ(profile(simd_targets::baseline()).minmax_reduce_vector_bytes, 16);
        EXPECT_EQ(profile(avx2_machine).minmax_reduce_vector_bytes, 32);
        EXPECT_EQ(profile(simd_targets::avx512_icl_machine()).minmax_reduce_vector_bytes, 64);
    }
}
