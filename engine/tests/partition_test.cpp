// Tests of a.partition: NumPy's introselect against brute force.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "engine/error.hpp"
#include "engine/partition.hpp"
#include "engine/semantics.hpp"
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

// kth as partition_prep_kth_array takes it: integers and bools (safe casts to intp), at most one dimension.
TEST(PartitionKth, TakesIntegersOfAtMostOneDimension) {
    EXPECT_EQ(partition_kth(iota({3})), (std::vector<std::int64_t>{0, 1, 2}));
    EXPECT_EQ(partition_kth(iota({2}, dtype::bool_)), (std::vector<std::int64_t>{0, 1}));
    EXPECT_EQ(category_of([] { partition_kth(iota({2}, dtype::float64)); }), error_category::type_error);
    EXPECT_EQ(category_of([] { partition_kth(iota({2}, dtype::uint64)); }), error_category::type_error);
    EXPECT_EQ(category_of([] { partition_kth(iota({1, 2})); }), error_category::value_error);
}
