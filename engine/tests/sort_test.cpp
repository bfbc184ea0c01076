// Tests of a.sort: NumPy's vectorised quicksorts of float lanes against brute force.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

#include "engine/semantics.hpp"
#include "engine/simd_targets.hpp"
#include "engine/sort.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::doubles;

// The default sort of float32 and float64 where NumPy vectorises it, against brute force (fixed seeds): NumPy 2's
// x86-simd-sort (networks, partitions, the smart pivot) on AVX-512 and AVX2 machines, NumPy 1.24's own AVX-512
// float32 quicksort (random pivots, heapsort when it stops making progress; its float64 lanes run introsort): lanes
// of 2 to 3,000 elements, from a handful of values to thousands, with both zeros, sometimes NaNs and constant
// stretches. The result holds the sorted values (-0.0 and 0.0 as one value), NaNs last. Which zero each equal pair
// keeps is the corpus's to check against NumPy (corpus/cases/einsum_sort_require/); here both outcomes are counted:
// lanes whose count of -0.0 the networks changed, and lanes holding both zeros whose count they kept.
TEST(Sort, SimdQuicksortAgreesWithSortingByValue) {
    std::mt19937_64 random(20261207);
    int zeros_rewritten = 0, zeros_kept = 0, long_lanes = 0;
    const simd_targets avx2{.x86_v3 = true};
    for (const semantics& profile : {semantics::numpy_2(simd_targets::avx512_icl_machine()), semantics::numpy_2(avx2),
                                     semantics::numpy_1_24(simd_targets::avx512_icl_machine())}) {
        const scoped_semantics numpy(profile);
        for (int trial = 0; trial < 300; ++trial) {
            const dtype t = trial % 2 == 0 ? dtype::float32 : dtype::float64;
            const std::int64_t n = std::array<std::int64_t, 3>{2 + static_cast<std::int64_t>(random() % 60),
                                                                60 + static_cast<std::int64_t>(random() % 500),
                                                                500 + static_cast<std::int64_t>(random() % 2500)}
                [static_cast<std::size_t>(trial % 3)];
            const int distinct = std::array{1, 3, 40, 5000}[static_cast<std::size_t>(random() % 4)];
            std::vector<double> values(static_cast<std::size_t>(n));
            for (auto& v : values) {
                v = static_cast<double>(random() % static_cast<std::uint64_t>(distinct)) - (distinct > 3 ? 20 : 1);
                if (v == 0 && random() % 2 == 0) v = -0.0;
                if (random() % 31 == 0) v = NAN;
            }
            const array a = ndarray::allocate(t, {n});
            for (std::int64_t i = 0; i < n; ++i)
                store_element(t, a->data() + a->itemsize() * i, make_float64(values[static_cast<std::size_t>(i)]));
            const std::vector<double> before = doubles(*a);
            sort_in_place(a, -1);
            const std::vector<double> got = doubles(*a);
            std::vector<double> expected = before;
            std::sort(expected.begin(), expected.end(),
                      [](double x, double y) { return x < y || (std::isnan(y) && !std::isnan(x)); });
            ASSERT_TRUE(std::equal(got.begin(), got.end(), expected.begin(),
                                   [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); }))
                << "trial " << trial << ", " << n << " elements";
            const auto negative_zeros = [](const std::vector<double>& v) {
                return std::count_if(v.begin(), v.end(), [](double x) { return x == 0 && std::signbit(x); });
            };
            const auto zeros = std::count(before.begin(), before.end(), 0.0);
            if (negative_zeros(got) != negative_zeros(before)) ++zeros_rewritten;
            else if (negative_zeros(before) > 0 && negative_zeros(before) < zeros) ++zeros_kept;
            if (n > 512) ++long_lanes;
        }
    }
    EXPECT_GT(zeros_rewritten, 150);
    EXPECT_GT(zeros_kept, 20);
    EXPECT_GT(long_lanes, 250);
}
