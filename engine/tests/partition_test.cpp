// Tests of a.partition: NumPy's introselect and NumPy 2's SIMD quickselect against brute force.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

#include "engine/error.hpp"
#include "engine/partition.hpp"
#include "engine/semantics.hpp"
#include "engine/simd_targets.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::doubles;
using engine::testing::iota;

// The introselect port against brute force (fixed seeds): after partitioning for a set of kth, every kth position
// holds the value a full sort puts there, with nothing greater before it and nothing smaller after it; lanes with
// NaNs keep them last. Both outcomes are counted so that the test cannot pass by never partitioning.
TEST(Partition, IntroselectAgreesWithSortingOnRandomLanes) {
    const scoped_semantics legacy(semantics::numpy_1_24());  // introselect for every dtype and kth
    std::mt19937_64 random(20261204);
    int already_sorted = 0, rearranged = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const std::int64_t n = 1 + static_cast<std::int64_t>(random() % 120);
        const array a = ndarray::allocate(dtype::float64, {n});
        std::vector<double> values(static_cast<std::size_t>(n));
        for (auto& v : values) v = static_cast<double>(random() % 50) - (trial % 7 == 0 && random() % 9 == 0 ? NAN : 0.0);
        for (std::int64_t i = 0; i < n; ++i) store_element(dtype::float64, a->data() + 8 * i, make_float64(values[static_cast<std::size_t>(i)]));
        std::vector<std::int64_t> kth;
        for (int k = 0, count = 1 + static_cast<int>(random() % 4); k < count; ++k) kth.push_back(static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(n)));
        partition_in_place(a, kth, -1);
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end(), [](double x, double y) { return x < y || (std::isnan(y) && !std::isnan(x)); });
        const std::vector<double> got = doubles(*a);
        (got == values ? already_sorted : rearranged) += 1;
        for (const std::int64_t k : kth) {
            const double at_k = got[static_cast<std::size_t>(k)];
            ASSERT_TRUE(at_k == sorted[static_cast<std::size_t>(k)] || (std::isnan(at_k) && std::isnan(sorted[static_cast<std::size_t>(k)])))
                << "trial " << trial << " kth " << k;
            for (std::int64_t i = 0; i < n; ++i) {
                const double v = got[static_cast<std::size_t>(i)];
                if (std::isnan(at_k)) continue;
                if (i < k) {
                    ASSERT_FALSE(v > at_k || std::isnan(v)) << "trial " << trial;
                }
                if (i > k) {
                    ASSERT_FALSE(v < at_k) << "trial " << trial;
                }
            }
        }
    }
    EXPECT_GT(rearranged, 100);
    EXPECT_GT(already_sorted, 0);
}

// NumPy 2's one-kth quickselect (simd_quickselect.hpp) on AVX-512 and AVX2 machines against brute force (fixed
// seeds): lanes longer than the networks sort whole, with few distinct values and sometimes NaNs, of 16-, 32- and
// 64-bit numbers; after partitioning kth holds the value a full sort puts there, nothing after it is smaller,
// nothing before it greater, NaNs stay last and no value is lost. The exact order is the corpus's to check against
// NumPy (corpus/cases/partition/); here both outcomes are counted: lanes left unsorted and lanes it sorted whole.
TEST(Partition, SimdQuickselectAgreesWithSortingOnLongLanes) {
    std::mt19937_64 random(20261207);
    int unsorted = 0, sorted_whole = 0;
    const simd_targets avx2{.x86_v3 = true};
    for (const simd_targets cpu : {simd_targets::avx512_icl_machine(), avx2}) {
        const scoped_semantics numpy_2(semantics::numpy_2(cpu));
        for (int trial = 0; trial < 240; ++trial) {
            const dtype t = std::array{dtype::int16, dtype::float16, dtype::uint32, dtype::float32, dtype::int64,
                                       dtype::float64}[static_cast<std::size_t>(trial % 6)];
            const std::int64_t n = trial % 5 == 0 ? 65 + static_cast<std::int64_t>(random() % 40)
                                                  : 257 + static_cast<std::int64_t>(random() % 2800);
            const int distinct = std::array{3, 40, 5000}[static_cast<std::size_t>(random() % 3)];
            std::vector<double> values(static_cast<std::size_t>(n));
            for (auto& v : values) {
                v = static_cast<double>(random() % static_cast<std::uint64_t>(distinct)) - (distinct > 3 ? 20 : 0);
                if (t == dtype::uint32) v = std::abs(v);
                if ((t == dtype::float32 || t == dtype::float64 || t == dtype::float16) && random() % 23 == 0) v = NAN;
            }
            const array a = ndarray::allocate(t, {n});
            for (std::int64_t i = 0; i < n; ++i)
                store_element(t, a->data() + a->itemsize() * i, make_float64(values[static_cast<std::size_t>(i)]));
            const std::vector<double> before = doubles(*a);
            const std::int64_t k = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(n));
            partition_in_place(a, {k}, -1);
            const std::vector<double> got = doubles(*a);
            const auto nan_last = [](double x, double y) { return x < y || (std::isnan(y) && !std::isnan(x)); };
            std::vector<double> sorted = before, got_sorted = got;
            std::sort(sorted.begin(), sorted.end(), nan_last);
            std::sort(got_sorted.begin(), got_sorted.end(), nan_last);
            ASSERT_TRUE(std::equal(sorted.begin(), sorted.end(), got_sorted.begin(),
                                   [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); }))
                << "values lost, trial " << trial;
            const double at_k = got[static_cast<std::size_t>(k)], expected = sorted[static_cast<std::size_t>(k)];
            ASSERT_TRUE(at_k == expected || (std::isnan(at_k) && std::isnan(expected))) << "trial " << trial;
            for (std::int64_t i = 0; i < n && !std::isnan(at_k); ++i) {
                const double v = got[static_cast<std::size_t>(i)];
                if (i < k) ASSERT_FALSE(v > at_k || std::isnan(v)) << "trial " << trial << " at " << i;
                if (i > k) ASSERT_FALSE(v < at_k) << "trial " << trial << " at " << i;
            }
            (std::equal(got.begin(), got.end(), got_sorted.begin(),
                        [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); })
                 ? sorted_whole
                 : unsorted) += 1;
        }
    }
    EXPECT_GT(unsorted, 200);
    EXPECT_GT(sorted_whole, 10);
}

// kth as partition_prep_kth_array takes it: integers and bools (safe casts to intp), at most one dimension.
TEST(PartitionKth, TakesIntegersOfAtMostOneDimension) {
    EXPECT_EQ(partition_kth(iota({3})), (std::vector<std::int64_t>{0, 1, 2}));
    EXPECT_EQ(partition_kth(iota({2}, dtype::bool_)), (std::vector<std::int64_t>{0, 1}));
    EXPECT_EQ(category_of([] { partition_kth(iota({2}, dtype::float64)); }), error_category::type_error);
    EXPECT_EQ(category_of([] { partition_kth(iota({2}, dtype::uint64)); }), error_category::type_error);
    EXPECT_EQ(category_of([] { partition_kth(iota({1, 2})); }), error_category::value_error);
}
