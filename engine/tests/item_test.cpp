// Tests of item.hpp: the argument count picks the form, every index is converted before any bound is checked,
// and the flat and per-axis forms name the same elements (checked against a brute-force C-order walk).
#include <gtest/gtest.h>

#include <vector>

#include "engine/item.hpp"
#include "test_support.hpp"

namespace engine {
namespace {

using testing::expect_error;
using testing::iota;

// index_at over fixed values, counting the conversions asked for.
struct counted_indices {
    std::vector<std::int64_t> values;
    mutable std::size_t conversions = 0;
    std::int64_t operator()(std::size_t i) const {
        ++conversions;
        return values.at(i);
    }
};

TEST(ItemPosition, EveryIndexIsConvertedBeforeAnyBound) {
    const array a = iota({2, 3});
    counted_indices indices{{100, 0}};
    expect_error([&] { item_position(*a, 2, std::cref(indices)); }, error_category::index_error,
                 "index 100 is out of bounds for axis 0 with size 2");
    EXPECT_EQ(indices.conversions, 2u);
}

TEST(ItemPosition, AWrongCountConvertsNothing) {
    const array a = iota({2, 3});
    counted_indices indices{{0, 0, 0}};
    expect_error([&] { item_position(*a, 3, std::cref(indices)); }, error_category::value_error,
                 "incorrect number of indices for array");
    EXPECT_EQ(indices.conversions, 0u);
    expect_error([&] { item_position(*a, 0, std::cref(indices)); }, error_category::value_error,
                 "can only convert an array of size 1 to a Python scalar");
}

TEST(ItemPosition, OneIndexOfA1dArrayIsAnAxisIndex) {
    const array a = iota({3});
    expect_error([&] { item_position(*a, 1, counted_indices{{5}}); }, error_category::index_error,
                 "index 5 is out of bounds for axis 0 with size 3");
    const array b = iota({2, 3});
    expect_error([&] { item_position(*b, 1, counted_indices{{6}}); }, error_category::index_error,
                 "index 6 is out of bounds for size 6");
}

TEST(ItemPosition, FlatAndPerAxisFormsAgreeWithTheCOrderWalk) {
    const array a = iota({2, 3, 4});
    int checked = 0;
    for (std::int64_t flat = -24; flat < 24; ++flat) {
        const std::int64_t expected = flat < 0 ? flat + 24 : flat;
        EXPECT_EQ(item(a, 1, counted_indices{{flat}}).as_int64(), expected);
        const std::int64_t i = expected / 12, j = expected / 4 % 3, k = expected % 4;
        EXPECT_EQ(item(a, 3, counted_indices{{i, j - 3, k}}).as_int64(), expected);
        ++checked;
    }
    EXPECT_EQ(checked, 48);
    const array one = iota({1, 1});
    EXPECT_EQ(item(one, 0, counted_indices{{}}).as_int64(), 0);
}

}  // namespace
}  // namespace engine
