// Tests of the matrix products (np.matmul's gufunc layout and out copy, np.dot's out rules), np.clip's choice of
// ufunc and its tie rules under each profile, and a.resize's reallocation and reference check.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/attribute_setters.hpp"
#include "engine/clip.hpp"
#include "engine/error.hpp"
#include "engine/matmul.hpp"
#include "engine/semantics.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::doubles;
using engine::testing::ints;
using engine::testing::iota;

TEST(Matmul, StackFollowsTheInputsOrderAndEachMatrixIsCContiguous) {
    // A (2, 3, 4) stack of matrices laid out with its stack axis innermost in memory.
    const array a = iota({4, 3, 2}, dtype::float64);
    const array stack = ndarray::view_of(a, dtype::float64, {2, 3, 4}, {8, 16, 48});
    const array result = std::get<array>(matmul(stack, ndarray::allocate(dtype::float64, {4, 5}), std::nullopt));
    EXPECT_EQ(result->shape(), (dims{2, 3, 5}));
    EXPECT_EQ(result->strides(), (dims{120, 40, 8}));
}

TEST(Matmul, OutSharingAnOperandReadsItFirst) {
    const array q = iota({3, 3});
    matmul(q, q, q);
    EXPECT_EQ(ints(*q), (std::vector<std::int64_t>{15, 18, 21, 42, 54, 66, 69, 90, 111}));
}

TEST(Matmul, ZeroDimensionalOperandsAndCoreMismatchAreValueErrors) {
    EXPECT_EQ(category_of([] { matmul(make_float64(1.0), iota({2}), std::nullopt); }), error_category::value_error);
    EXPECT_EQ(category_of([] { matmul(iota({2, 3}), iota({2, 3}), std::nullopt); }), error_category::value_error);
}

TEST(Dot, OutMustBeACArrayOfTheResultDtype) {
    const array a = iota({2, 3}), b = iota({3, 4});
    EXPECT_EQ(category_of([&] { dot(a, b, ndarray::allocate(dtype::int64, {2, 4}, order::F)); }), error_category::value_error);
    EXPECT_EQ(category_of([&] { dot(a, b, ndarray::allocate(dtype::float64, {2, 4})); }), error_category::value_error);
    const array out = ndarray::allocate(dtype::int64, {2, 4});
    EXPECT_EQ(std::get<array>(dot(a, b, out)), out);
    EXPECT_EQ(ints(*out), (std::vector<std::int64_t>{20, 23, 26, 29, 56, 68, 80, 92}));
}

TEST(Clip, AFixedFloatBoundKeepsATiedElementOnlyUnderNumpy2) {
    const array negative_zero = ndarray::allocate(dtype::float64, {1});
    store_element(dtype::float64, negative_zero->data(), make_float64(-0.0));
    const auto clipped_sign = [&] {
        const array r = std::get<array>(clip(negative_zero, make_float64(0.0), make_float64(1.0), std::nullopt));
        return std::signbit(doubles(*r).front());
    };
    EXPECT_TRUE(clipped_sign());  // NumPy 2: x < lo is false, the element stays
    const scoped_semantics legacy(semantics::numpy_1_24());
    EXPECT_FALSE(clipped_sign());  // NumPy 1.24: max(x, lo) gives the bound
}

TEST(Clip, NoBoundIsPositiveUnderNumpy2AndAValueErrorUnder124) {
    const array a = iota({3});
    const array r = std::get<array>(clip(a, std::nullopt, std::nullopt, std::nullopt));
    EXPECT_NE(r, a);
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{0, 1, 2}));
    const scoped_semantics legacy(semantics::numpy_1_24());
    EXPECT_EQ(category_of([&] { clip(a, std::nullopt, std::nullopt, std::nullopt); }), error_category::value_error);
}

TEST(ResizeInPlace, KeepsTheBytesZeroFillsAndRefusesWhileReferenced) {
    const array a = iota({2, 3});
    resize_in_place(a, {4, 2}, true, 1);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 0, 0}));
    EXPECT_EQ(a->strides(), (dims{16, 8}));
    EXPECT_EQ(category_of([&] { resize_in_place(a, {9}, true, 2); }), error_category::value_error);
    resize_in_place(a, {2, 4}, true, 2);  // the same byte count: only the shape changes
    EXPECT_EQ(a->shape(), (dims{2, 4}));
    resize_in_place(a, {3}, false, 2);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 2}));
}

TEST(ResizeInPlace, AViewOrANonContiguousArrayCannotChangeItsSize) {
    const array a = iota({6});
    const array view = ndarray::view_of(a, dtype::int64, {3}, {8}, 8);
    EXPECT_EQ(category_of([&] { resize_in_place(view, {4}, false, 0); }), error_category::value_error);
    const array strided = ndarray::view_of(a, dtype::int64, {3}, {16});
    EXPECT_EQ(category_of([&] { resize_in_place(strided, {3}, false, 0); }), error_category::value_error);
}
