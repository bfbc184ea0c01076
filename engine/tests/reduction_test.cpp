// Tests of reductions: accumulator dtypes, the result's layout in the input's stride order, keepdims, out=
// checks, the 0-d axis pass, and min/max over nothing.
#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/reduction.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::ints;
using engine::testing::iota;

namespace {

reduction_options along(std::int64_t axis, bool keepdims = false) {
    return {.axes = std::vector<std::int64_t>{axis}, .keepdims = keepdims};
}

}  // namespace

TEST(Reduction, SumsWrapInTheLongAndKeepTheInputsOrder) {
    // a (2, 3) int8 F-ordered: its sum over axis 0 is int64; over axis 1 of the transposed view, F order stays.
    const array a = iota({4, 3}, dtype::int8, order::F);
    const array s = std::get<array>(reduce(reduction::sum, a, along(0)));
    EXPECT_EQ(s->type(), dtype::int64);
    EXPECT_EQ(ints(*s), (std::vector<std::int64_t>{18, 22, 26}));
    const array k = std::get<array>(reduce(reduction::max, a, along(0, true)));
    EXPECT_EQ(k->shape(), (dims{1, 3}));
    EXPECT_EQ(k->type(), dtype::int8);
    EXPECT_EQ(std::get<scalar>(reduce(reduction::sum, a, {})).as_int64(), 66);
}

TEST(Reduction, ZeroDimensionalArraysTakeAxisZeroAsNone) {
    const array a = iota({}, dtype::int16);
    EXPECT_TRUE(std::holds_alternative<scalar>(reduce(reduction::sum, a, along(-1))));
    EXPECT_EQ(category_of([&] { reduce(reduction::sum, a, {.axes = std::vector<std::int64_t>{0}, .axes_from_tuple = true}); }),
              error_category::value_error);
    EXPECT_EQ(category_of([&] { reduce(reduction::mean, a, along(0)); }), error_category::value_error);
}

TEST(Reduction, OutAndEmptyChecks) {
    const array a = iota({3, 4});
    const array wrong_ndim = ndarray::allocate(dtype::int64, {1, 4});
    EXPECT_EQ(category_of([&] { reduce(reduction::sum, a, {.axes = std::vector<std::int64_t>{0}, .out = wrong_ndim}); }),
              error_category::value_error);
    const array out = ndarray::allocate(dtype::int8, {4});
    EXPECT_EQ(std::get<array>(reduce(reduction::sum, a, {.axes = std::vector<std::int64_t>{0}, .out = out})), out);
    EXPECT_EQ(ints(*out), (std::vector<std::int64_t>{12, 15, 18, 21}));
    EXPECT_EQ(category_of([&] { reduce(reduction::min, iota({0, 3}), along(0)); }), error_category::value_error);
    EXPECT_EQ(std::get<array>(reduce(reduction::min, iota({0, 3}), along(1)))->size(), 0);
}
