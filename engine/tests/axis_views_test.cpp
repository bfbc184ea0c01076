// Unit tests of the views that move axes: transposes, squeeze / expand_dims, diagonal, flip. Every expected
// shape, stride, flag, base relation, value and message was read off NumPy 1.24 (/usr/bin/python3).
#include <gtest/gtest.h>

#include <complex>
#include <cstdint>
#include <random>
#include <string>

#include "engine/array.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/axis_views.hpp"
#include "engine/reshape.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::doubles;
using engine::testing::expect_error;
using engine::testing::iota;
using engine::testing::ints;
using engine::testing::shares_buffer;
using engine::testing::strided_iota;

namespace {

using values = std::vector<std::int64_t>;

}  // namespace

// ============================================================================================= transposes

TEST(Transpose, PermutesShapeAndStridesAsAView) {
    const array x = iota({2, 3});
    const array t = transpose(x);
    EXPECT_EQ(t->shape(), (dims{3, 2}));
    EXPECT_EQ(t->strides(), (dims{8, 24}));
    EXPECT_EQ(t->base(), x);
    EXPECT_TRUE(t->f_contiguous());
    EXPECT_EQ(transpose(x, dims{1, -2})->strides(), (dims{8, 24}));
    const array one_d = iota({3});
    EXPECT_NE(transpose(one_d), one_d);  // always a new object
    EXPECT_EQ(transpose(one_d)->base(), one_d);
    // The axes pass through a C int: 2**32 becomes 0 and 2**32 + 1 becomes 1.
    EXPECT_EQ(transpose(x, dims{std::int64_t{1} << 32, 1})->strides(), (dims{24, 8}));
    EXPECT_EQ(transpose(x, dims{(std::int64_t{1} << 32) + 1, 0})->strides(), (dims{8, 24}));
}

TEST(Transpose, AxesErrors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { transpose(x, dims{0}); }, value_error, "axes don't match array");
    expect_error([&] { transpose(x, dims{5, 0, 0}); }, value_error, "axes don't match array");
    expect_error([&] { transpose(x, dims{0, 0}); }, value_error, "repeated axis in transpose");
    expect_error([&] { transpose(x, dims{0, 2}); }, value_error, "axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { transpose(x, dims{0, -3}); }, value_error, "axis -3 is out of bounds for array of dimension 2");
    expect_error([&] { transpose(x, dims{std::int64_t{1} << 31, 1}); }, value_error,
                 "axis -2147483648 is out of bounds for array of dimension 2");
}

TEST(Swapaxes, ViewAndNamedAxisErrors) {
    const array x = iota({2, 3});
    const array s = swapaxes(x, -1, 0);
    EXPECT_EQ(s->strides(), (dims{8, 24}));
    EXPECT_EQ(s->base(), x);
    expect_error([&] { swapaxes(x, 0, 2); }, error_category::value_error,
                 "axis2: axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { swapaxes(x, 3, 0); }, error_category::value_error,
                 "axis1: axis 3 is out of bounds for array of dimension 2");
    expect_error([&] { swapaxes(x, std::int64_t{1} << 32, 0); }, error_category::overflow_error,
                 "signed integer is greater than maximum");
    expect_error([&] { swapaxes(x, -(std::int64_t{1} << 32), 0); }, error_category::overflow_error,
                 "signed integer is less than minimum");
}

TEST(Moveaxis, TransposesAndValidatesLikeNumeric) {
    const array z = ndarray::allocate(dtype::float64, {2, 3, 4});
    const array m = moveaxis(z, {0, 1}, {2, 0});
    EXPECT_EQ(m->shape(), (dims{3, 4, 2}));
    EXPECT_EQ(m->strides(), (dims{32, 8, 96}));
    EXPECT_EQ(m->base(), z);
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { moveaxis(x, {0}, {2}); }, value_error,
                 "destination: axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { moveaxis(x, {5}, {9}); }, value_error, "source: axis 5 is out of bounds for array of dimension 2");
    expect_error([&] { moveaxis(x, {0, 0}, {1, 0}); }, value_error, "repeated axis in `source` argument");
    expect_error([&] { moveaxis(x, {0}, {1, 0}); }, value_error,
                 "`source` and `destination` arguments must have the same number of elements");
    expect_error([&] { moveaxis(x, {0}, {-(std::int64_t{1} << 31) - 1}); }, error_category::overflow_error,
                 "Python int too large to convert to C int");
}

// ============================================================================================= squeeze / expand_dims

TEST(Squeeze, RemovesLengthOneAxesOrReturnsTheSameObject) {
    const array o = ndarray::allocate(dtype::float64, {1, 2, 1});
    const array s = squeeze(o);
    EXPECT_EQ(s->shape(), (dims{2}));
    EXPECT_EQ(s->strides(), (dims{8}));
    EXPECT_EQ(s->base(), o);
    EXPECT_EQ(squeeze(o, dims{0, -1})->shape(), (dims{2}));
    EXPECT_EQ(squeeze(o, dims{})->shape(), (dims{1, 2, 1}));
    EXPECT_EQ(squeeze(o, dims{}), o);
    const array x = iota({2, 3});
    EXPECT_EQ(squeeze(x), x);
    const array zero_d = iota({});
    EXPECT_EQ(squeeze(zero_d), zero_d);
    EXPECT_EQ(squeeze_axis(zero_d, 0), zero_d);
    EXPECT_EQ(squeeze_axis(zero_d, -1), zero_d);
}

TEST(Squeeze, Errors) {
    const array x = iota({2, 3});
    const array o = ndarray::allocate(dtype::float64, {1, 2, 1});
    const auto value_error = error_category::value_error;
    expect_error([&] { squeeze_axis(x, 0); }, value_error,
                 "cannot select an axis to squeeze out which has size not equal to one");
    expect_error([&] { squeeze(o, dims{0, 0}); }, value_error, "duplicate value in 'axis'");
    expect_error([&] { squeeze_axis(x, 2); }, value_error, "axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { squeeze(o, dims{std::int64_t{1} << 32}); }, value_error, "integer won't fit into a C int");
    const array zero_d = iota({});
    expect_error([&] { squeeze(zero_d, dims{0}); }, value_error, "axis 0 is out of bounds for array of dimension 0");
    expect_error([&] { squeeze_axis(zero_d, 1); }, value_error, "axis 1 is out of bounds for array of dimension 0");
}

TEST(ExpandDims, InsertsAxesThroughReshape) {
    const array x = iota({2, 3});
    const array e = expand_dims(x, {0, -1});
    EXPECT_EQ(e->shape(), (dims{1, 2, 3, 1}));
    EXPECT_EQ(e->strides(), (dims{48, 24, 8, 8}));
    EXPECT_EQ(e->base(), x);
    const array t = expand_dims(transpose(x), {0, 2, 4});
    EXPECT_EQ(t->shape(), (dims{1, 3, 1, 2, 1}));
    EXPECT_EQ(t->strides(), (dims{24, 8, 48, 24, 24}));
    const array unchanged = expand_dims(x, {});
    EXPECT_NE(unchanged, x);
    EXPECT_EQ(unchanged->strides(), (dims{24, 8}));
    const auto value_error = error_category::value_error;
    expect_error([&] { expand_dims(x, {3}); }, value_error, "axis 3 is out of bounds for array of dimension 3");
    expect_error([&] { expand_dims(x, {-4}); }, value_error, "axis -4 is out of bounds for array of dimension 3");
    expect_error([&] { expand_dims(x, {0, 0}); }, value_error, "repeated axis");
    expect_error([&] { expand_dims(x, {std::int64_t{1} << 32}); }, error_category::overflow_error,
                 "Python int too large to convert to C int");
}

// ============================================================================================= diagonal

TEST(Diagonal, ReadOnlyViewWithSummedStride) {
    const array x = iota({2, 3});
    const array d = diagonal(x);
    EXPECT_EQ(d->shape(), (dims{2}));
    EXPECT_EQ(d->strides(), (dims{32}));
    EXPECT_FALSE(d->writeable());
    EXPECT_EQ(d->base(), x);
    EXPECT_EQ(ints(*d), (values{0, 4}));
    EXPECT_NO_THROW(d->set_writeable(true));  // allowed in 1.24: x is writeable
    EXPECT_EQ(ints(*diagonal(x, 1)), (values{1, 5}));
    EXPECT_EQ(ints(*diagonal(x, -1)), (values{3}));
    EXPECT_EQ(ints(*diagonal(x, 0, -1, 0)), (values{0, 4}));
    const array beyond = diagonal(x, 5);  // empty, and the start does not move
    EXPECT_EQ(beyond->shape(), (dims{0}));
    EXPECT_EQ(beyond->strides(), (dims{32}));
    EXPECT_EQ(beyond->data(), x->data());
    EXPECT_EQ(diagonal(x, 3)->shape(), (dims{0}));

    // m = np.arange(9).reshape(3, 3): m.diagonal().base is m.base, not m.
    const array a = iota({9});
    const array m = reshape(a, {3, 3});
    EXPECT_EQ(diagonal(m)->base(), a);
}

TEST(Diagonal, OverOtherAxesOfAThreeDimensionalArray) {
    const array z = iota({2, 3, 4});
    const array d = diagonal(z, 0, 0, 2);
    EXPECT_EQ(d->shape(), (dims{3, 2}));
    EXPECT_EQ(d->strides(), (dims{32, 104}));
    EXPECT_EQ(ints(*d), (values{0, 13, 4, 17, 8, 21}));
    const array e = diagonal(z, 1, 2, 0);
    EXPECT_EQ(e->shape(), (dims{3, 1}));
    EXPECT_EQ(e->data() - z->data(), 96);
    EXPECT_EQ(ints(*e), (values{12, 16, 20}));
    const array f = diagonal(z, -1, 1, 2);
    EXPECT_EQ(f->shape(), (dims{2, 2}));
    EXPECT_EQ(f->strides(), (dims{96, 40}));
    EXPECT_EQ(ints(*f), (values{4, 9, 16, 21}));
}

TEST(Diagonal, Errors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { diagonal(iota({6})); }, value_error, "diag requires an array of at least two dimensions");
    expect_error([&] { diagonal(x, 0, 0, 0); }, value_error, "axis1 and axis2 cannot be the same");
    expect_error([&] { diagonal(x, 0, 0, 2); }, value_error, "axis2: axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { diagonal(x, 0, 0, -(std::int64_t{1} << 31)); }, value_error,
                 "axis2: axis -2147483648 is out of bounds for array of dimension 2");
    expect_error([&] { diagonal(x, std::int64_t{1} << 31); }, error_category::overflow_error,
                 "signed integer is greater than maximum");
    expect_error([&] { diagonal(x, 0, -(std::int64_t{1} << 31) - 1, 1); }, error_category::overflow_error,
                 "signed integer is less than minimum");
}

// ============================================================================================= flip

TEST(Flip, NegativeStrideViewsFromTheLastElement) {
    const array x = iota({2, 3});
    const array all = flip(x);
    EXPECT_EQ(all->strides(), (dims{-24, -8}));
    EXPECT_EQ(all->data() - x->data(), 40);
    EXPECT_EQ(all->base(), x);
    EXPECT_EQ(ints(*all), (values{5, 4, 3, 2, 1, 0}));
    const array columns = flip(x, dims{-1});
    EXPECT_EQ(columns->strides(), (dims{24, -8}));
    EXPECT_EQ(columns->data() - x->data(), 16);
    EXPECT_EQ(ints(*columns), (values{2, 1, 0, 5, 4, 3}));
    const array every_other = ndarray::view_of(x, dtype::int64, {2, 2}, {24, 16});  // x[:, ::2]
    EXPECT_EQ(ints(*flip(every_other)), (values{5, 3, 2, 0}));
    EXPECT_EQ(flip(every_other)->strides(), (dims{-24, -16}));
    const array none = flip(x, dims{});
    EXPECT_NE(none, x);
    EXPECT_EQ(none->strides(), (dims{24, 8}));
    EXPECT_EQ(none->base(), x);
}

TEST(Flip, EmptyAxesKeepTheirStride) {
    const array x = iota({2, 3});
    const array rows = ndarray::view_of(x, dtype::int64, {0, 3}, {24, 8});  // x[:0]
    const array f = flip(rows);
    EXPECT_EQ(f->strides(), (dims{24, -8}));
    EXPECT_EQ(f->data() - x->data(), 16);
    const array columns = ndarray::view_of(x, dtype::int64, {2, 0}, {24, 8});  // x[:, :0]
    const array g = flip(columns, dims{0});
    EXPECT_EQ(g->strides(), (dims{-24, 8}));
    EXPECT_EQ(g->data() - x->data(), 24);
}

TEST(Flip, ZeroDimensionalGivesAScalarLikeCopyAndErrors) {
    const array zero_d = iota({});
    const array s = flip(zero_d);
    EXPECT_EQ(s->base(), nullptr);
    EXPECT_TRUE(s->owndata());
    EXPECT_FALSE(s->writeable());
    EXPECT_EQ(ints(*s), (values{0}));
    const auto value_error = error_category::value_error;
    expect_error([&] { flip(zero_d, dims{0}); }, value_error, "axis 0 is out of bounds for array of dimension 0");
    const array x = iota({2, 3});
    expect_error([&] { flip(x, dims{2}); }, value_error, "axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { flip(x, dims{0, -2}); }, value_error, "repeated axis");
    expect_error([&] { flip(x, dims{std::int64_t{1} << 31}); }, error_category::overflow_error,
                 "Python int too large to convert to C int");
}
