// Tests of the matrix products: np.matmul's gufunc layout (the stack in the inputs' order, each matrix C-contiguous)
// and its copy of an out sharing an operand; np.dot's out rules.
#include <gtest/gtest.h>

#include <vector>

#include "engine/error.hpp"
#include "engine/matmul.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
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
