// Tests of reductions: accumulator dtypes, the result's layout in the input's stride order, keepdims, out=
// checks, the 0-d axis pass, min/max over nothing, initial= and where=.
#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <vector>

#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/reduction.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::doubles;
using engine::testing::ints;
using engine::testing::iota;

namespace {

assigned_value python_value(const scalar& s) {
    assigned_value v;
    v.truth = s.as_bool();
    v.contents = [s](dtype) { return nested{s}; };
    return v;
}

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

TEST(Reduction, InitialReplacesTheIdentity) {
    const array a = iota({2, 3});
    EXPECT_EQ(std::get<scalar>(reduce(reduction::sum, a, {.initial = python_value(make_int64(10))})).as_int64(), 25);
    // max and min reduce every element into it: an empty reduction has a result.
    const array empty_max = std::get<array>(reduce(reduction::max, iota({0, 3}), {
        .axes = std::vector<std::int64_t>{0}, .initial = python_value(make_int64(-1))}));
    EXPECT_EQ(ints(*empty_max), (std::vector<std::int64_t>{-1, -1, -1}));
    // initial=None: no identity, so an empty sum is refused as max's is.
    EXPECT_EQ(category_of([&] { reduce(reduction::sum, iota({0, 3}), {.axes = std::vector<std::int64_t>{0},
                                                                       .no_initial = true}); }),
              error_category::value_error);
    EXPECT_EQ(std::get<scalar>(reduce(reduction::prod, iota({1, 3}), {.no_initial = true})).as_int64(), 0);
}

TEST(Reduction, WhereLeavesElementsOutAndMaxNeedsInitial) {
    const array a = iota({2, 3});
    const array mask = ndarray::allocate(dtype::bool_, {3});
    for (std::int64_t i = 0; i < 3; ++i) store_element(dtype::bool_, mask->data() + i, make_bool(i != 1));
    EXPECT_EQ(std::get<scalar>(reduce(reduction::sum, a, {.where = mask})).as_int64(), 0 + 2 + 3 + 5);
    const array per_row =
        std::get<array>(reduce(reduction::mean, a, {.axes = std::vector<std::int64_t>{1}, .where = mask}));
    EXPECT_EQ(doubles(*per_row), (std::vector<double>{1.0, 4.0}));
    EXPECT_EQ(category_of([&] { reduce(reduction::max, a, {.where = mask}); }), error_category::value_error);
    const reduction_options from_minus_one{.initial = python_value(make_int64(-1)), .where = mask};
    EXPECT_EQ(std::get<scalar>(reduce(reduction::max, a, from_minus_one)).as_int64(), 5);
    // A mask must cast to bool safely, and broadcast to the input (not merely to the result).
    EXPECT_EQ(category_of([&] { reduce(reduction::sum, a, {.where = iota({3})}); }), error_category::type_error);
    const array long_mask = ndarray::allocate(dtype::bool_, {2});
    const reduction_options along_rows{.axes = std::vector<std::int64_t>{1}, .where = long_mask};
    EXPECT_EQ(category_of([&] { reduce(reduction::sum, a, along_rows); }), error_category::value_error);
}

TEST(Reduction, MeanCountsWhereAsTheNumbersItWasGivenAs) {
    // where=[2, 0, -1]: its truth selects elements 0 and 2 of each row, its numbers count 2 + 0 - 1 = 1 of them.
    const array a = iota({2, 3});
    const array mask = ndarray::allocate(dtype::bool_, {3});
    const array given = ndarray::allocate(dtype::int64, {3});
    const std::int64_t numbers[] = {2, 0, -1};
    for (std::int64_t i = 0; i < 3; ++i) {
        store_element(dtype::bool_, mask->data() + i, make_bool(numbers[i] != 0));
        store_element(dtype::int64, given->data() + 8 * i, make_int64(numbers[i]));
    }
    const auto per_row = [&](const std::optional<array>& as_given) {
        reduction_options options{.axes = std::vector<std::int64_t>{1}, .where = mask};
        options.where_as_given = as_given;
        return doubles(*std::get<array>(reduce(reduction::mean, a, options)));
    };
    EXPECT_EQ(per_row(given), (std::vector<double>{0.0 + 2.0, 3.0 + 5.0}));
    EXPECT_EQ(per_row(std::nullopt), (std::vector<double>{(0.0 + 2.0) / 2, (3.0 + 5.0) / 2}));
}

TEST(Reduction, MaskedFloatSumAddsEachUnmaskedStretchOnItsOwn) {
    // Against the engine's own sums of each stretch of True elements, added into 0 in order: NumPy's masked loop
    // calls the add loop on each stretch, which sums it pairwise. Both outcomes of "differs from the sum of the
    // selected elements" are counted: the stretches must matter, or the test shows nothing.
    constexpr std::int64_t n = 300;
    const array v = ndarray::allocate(dtype::float32, {n});
    const double scale[] = {1e-3, 1e3, 1.0, 1e6, 1e-5, 7.0, 1e2};
    for (std::int64_t i = 0; i < n; ++i)
        store_element(dtype::float32, v->data() + 4 * i,
                      make_float64((-3.3 + 0.037 * static_cast<double>(i)) * scale[i % 7]));
    int differs = 0, same = 0;
    for (std::int64_t k = 2; k < 40; ++k) {
        const array mask = ndarray::allocate(dtype::bool_, {n});
        std::vector<float> selected;
        float by_stretches = 0.0F;
        for (std::int64_t i = 0; i < n;) {
            if (i % k == 0) {
                store_element(dtype::bool_, mask->data() + i, make_bool(false));
                ++i;
                continue;
            }
            const std::int64_t first = i;
            for (; i < n && i % k != 0; ++i) store_element(dtype::bool_, mask->data() + i, make_bool(true));
            const array stretch = ndarray::view_of(v, dtype::float32, {i - first}, {4}, 4 * first);
            by_stretches += static_cast<float>(std::get<scalar>(reduce(reduction::sum, stretch, {})).as_double());
        }
        const double masked = std::get<scalar>(reduce(reduction::sum, v, {.where = mask})).as_double();
        EXPECT_EQ(static_cast<float>(masked), by_stretches) << "every " << k << "th element left out";
        const array compressed = ndarray::allocate(dtype::float32, {n - (n + k - 1) / k});
        for (std::int64_t i = 0, j = 0; i < n; ++i)
            if (i % k != 0) std::memcpy(compressed->data() + 4 * j++, v->data() + 4 * i, 4);
        const double plain = std::get<scalar>(reduce(reduction::sum, compressed, {})).as_double();
        (plain == masked ? same : differs) += 1;
    }
    EXPECT_GT(differs, 0);
    EXPECT_GT(same, 0);
}
