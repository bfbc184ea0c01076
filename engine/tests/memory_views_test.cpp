// Unit tests of the views that re-describe the same bytes: view(), view(dtype), broadcast_to, as_strided,
// .real / .imag. Every expected shape, stride, flag, base relation, value and message was read off NumPy 1.24.
#include <gtest/gtest.h>

#include <complex>
#include <cstdint>
#include <random>
#include <string>

#include "engine/array.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/axis_views.hpp"
#include "engine/memory_views.hpp"
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

// ============================================================================================= dtype views

TEST(View, NewObjectOverTheSameMemory) {
    const array x = iota({2, 3});
    const array v = view(x);
    EXPECT_NE(v, x);
    EXPECT_EQ(v->base(), x);
    EXPECT_EQ(v->strides(), x->strides());
    EXPECT_EQ(view(v)->base(), x);
    const array t = view(transpose(x));
    EXPECT_EQ(t->base(), x);
    EXPECT_EQ(t->strides(), (dims{8, 24}));
}

TEST(ViewAs, ItemsizeChangesRescaleTheLastAxis) {
    const array x = iota({2, 3});
    const array bytes = view_as(x, dtype::int8);
    EXPECT_EQ(bytes->shape(), (dims{2, 24}));
    EXPECT_EQ(bytes->strides(), (dims{24, 1}));
    EXPECT_EQ(bytes->base(), x);
    const auto first = ints(*bytes);
    EXPECT_EQ(values(first.begin(), first.begin() + 12), (values{0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}));

    const array pairs = view_as(ndarray::view_of(x, dtype::int64, {2, 2}, {24, 8}), dtype::complex128);  // x[:, :2]
    EXPECT_EQ(pairs->shape(), (dims{2, 1}));
    EXPECT_EQ(pairs->strides(), (dims{24, 16}));

    // x.reshape(6, 1)[::2].view(np.int32): a length-1 last axis may have any stride.
    const array column = ndarray::view_of(x, dtype::int64, {3, 1}, {16, 8});
    const array halves = view_as(column, dtype::int32);
    EXPECT_EQ(halves->shape(), (dims{3, 2}));
    EXPECT_EQ(halves->strides(), (dims{16, 4}));
    EXPECT_EQ(ints(*halves), (values{0, 0, 2, 0, 4, 0}));

    // Empty: np.arange(6.).reshape(2,3)[:, :0].view(np.int8) -> shape (2, 0), strides (24, 1).
    const array empty = view_as(ndarray::view_of(x, dtype::int64, {2, 0}, {24, 8}), dtype::int8);
    EXPECT_EQ(empty->shape(), (dims{2, 0}));
    EXPECT_EQ(empty->strides(), (dims{24, 1}));

    const array zero_d = view_as(iota({}), dtype::float64);
    EXPECT_EQ(zero_d->shape(), dims{});
    EXPECT_EQ(zero_d->type(), dtype::float64);
}

TEST(ViewAs, Errors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { view_as(transpose(x), dtype::int8); }, value_error,
                 "To change to a dtype of a different size, the last axis must be contiguous");
    expect_error([&] { view_as(x, dtype::complex128); }, value_error,
                 "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last "
                 "axis of the array.");
    expect_error([&] { view_as(iota({}), dtype::int8); }, value_error,
                 "Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
    const array narrow = ndarray::view_of(iota({2, 2}, dtype::int8), dtype::int8, {2, 1}, {2, 1});
    expect_error([&] { view_as(narrow, dtype::int16); }, value_error,
                 "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last "
                 "axis of the array.");
}

// ============================================================================================= broadcast_to

TEST(BroadcastTo, ReadOnlyZeroStrideViewOfTheOwner) {
    const array a = iota({6});
    const array b = broadcast_to(a, {2, 6});
    EXPECT_EQ(b->strides(), (dims{0, 8}));
    EXPECT_FALSE(b->writeable());
    EXPECT_FALSE(b->owndata());
    EXPECT_EQ(b->base(), a);  // two broadcasts of a share that base: a itself
    EXPECT_EQ(broadcast_to(a, {2, 6})->base(), b->base());
    EXPECT_NO_THROW(b->set_writeable(true));  // allowed in 1.24: the owner is writeable

    const array m = reshape(a, {2, 3});
    const array bm = broadcast_to(m, {2, 2, 3});
    EXPECT_EQ(bm->base(), a);  // not m: the base collapses to the owner
    EXPECT_EQ(bm->strides(), (dims{0, 24, 8}));

    const array reversed = ndarray::view_of(a, dtype::int64, {3}, {-16}, 40);  // a[::-2]
    const array br = broadcast_to(reversed, {2, 3});
    EXPECT_EQ(br->strides(), (dims{0, -16}));
    EXPECT_EQ(ints(*br), (values{5, 3, 1, 5, 3, 1}));
}

TEST(BroadcastTo, EveryLengthOneAxisGetsStrideZero) {
    const array row = ndarray::allocate(dtype::float64, {1, 3});
    EXPECT_EQ(broadcast_to(row, {1, 3})->strides(), (dims{0, 8}));
    EXPECT_EQ(broadcast_to(row, {2, 1, 3})->strides(), (dims{0, 0, 8}));
    EXPECT_EQ(broadcast_to(row, {0, 3})->strides(), (dims{0, 8}));
    const array column = ndarray::allocate(dtype::float64, {3, 1});
    EXPECT_EQ(broadcast_to(column, {3, 4})->strides(), (dims{8, 0}));
    const array x = iota({2, 3});
    const array empty_rows = ndarray::view_of(x, dtype::int64, {0, 3}, {24, 8});  // x[:0]
    EXPECT_EQ(broadcast_to(empty_rows, {5, 0, 3})->strides(), (dims{0, 24, 8}));
    const array zero_d = iota({});
    EXPECT_EQ(broadcast_to(zero_d, {})->shape(), dims{});
    EXPECT_EQ(broadcast_to(zero_d, {2})->strides(), (dims{0}));
}

TEST(BroadcastTo, Errors) {
    const array a = iota({6});
    const auto value_error = error_category::value_error;
    expect_error([&] { broadcast_to(a, {}); }, value_error, "cannot broadcast a non-scalar to a scalar array");
    expect_error([&] { broadcast_to(a, {-1, 6}); }, value_error, "all elements of broadcast shape must be non-negative");
    expect_error([&] { broadcast_to(a, {4}); }, value_error,
                 "operands could not be broadcast together with remapped shapes [original->remapped]: (6,)  and "
                 "requested shape (4,)");
    expect_error([&] { broadcast_to(iota({2, 3}), {3}); }, value_error,
                 "input operand has more dimensions than allowed by the axis remapping");
    constexpr std::int64_t huge = std::int64_t{1} << 62;
    const array one = iota({1});
    expect_error([&] { broadcast_to(one, {huge, huge}); }, value_error, "iterator is too large");
    expect_error([&] { broadcast_to(one, {std::int64_t{1} << 60}); }, value_error,
                 "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    expect_error([&] { broadcast_to(iota({3}), {huge, huge, 3}); }, value_error, "iterator is too large");
}

// ============================================================================================= as_strided

TEST(AsStrided, BaseIsAFreshForeignObjectHoldingTheSource) {
    const array a = iota({6});
    const array s = as_strided(a, dims{3}, dims{16});
    EXPECT_EQ(s->base_array(), nullptr);
    ASSERT_NE(s->base(), nullptr);
    const auto dummy = std::dynamic_pointer_cast<foreign_base>(s->base());
    ASSERT_NE(dummy, nullptr);
    EXPECT_EQ(dummy->source(), a);  // a DummyArray's .base is the source
    EXPECT_NE(as_strided(a, dims{3}, dims{16})->base(), s->base());
    EXPECT_FALSE(s->owndata());
    EXPECT_TRUE(s->writeable());
    EXPECT_EQ(ints(*s), (values{0, 2, 4}));
    store_element(dtype::int64, s->data() + 16, make_int64(20));  // s[1] = 20
    EXPECT_EQ(ints(*a), (values{0, 1, 20, 3, 4, 5}));

    // Views of it stop collapsing there.
    const array v = ndarray::view_of(s, dtype::int64, {2}, {16}, 16);  // s[1:]
    EXPECT_EQ(v->base(), s);
    EXPECT_EQ(reshape(v, {-1})->base(), s);
}

TEST(AsStrided, WriteabilityFollowsTheSourceAndStaysOffOnceCleared) {
    const array a = iota({6});
    const array r = as_strided(a, std::nullopt, std::nullopt, false);
    EXPECT_FALSE(r->writeable());
    expect_error([&] { r->set_writeable(true); }, error_category::value_error,
                 "cannot set WRITEABLE flag to True of this array");
    EXPECT_FALSE(view(r)->writeable());
    EXPECT_EQ(view(r)->base(), r);
    const array read_only = iota({3});
    read_only->set_writeable(false);
    EXPECT_FALSE(as_strided(read_only, std::nullopt, std::nullopt)->writeable());
    EXPECT_FALSE(as_strided(broadcast_to(a, {2, 6}), std::nullopt, std::nullopt)->writeable());
}

TEST(AsStrided, DefaultStridesComeFromTheArrayInterface) {
    const array a = iota({6});
    EXPECT_EQ(as_strided(a, dims{3, 2}, std::nullopt)->strides(), (dims{16, 8}));  // C-contiguous: none reported
    const array every_other = ndarray::view_of(a, dtype::int64, {3}, {16});
    EXPECT_EQ(as_strided(every_other, dims{3}, std::nullopt)->strides(), (dims{16}));
    EXPECT_EQ(ints(*as_strided(every_other, std::nullopt, dims{8})), (values{0, 1, 2}));
    const array t = transpose(iota({2, 3}));
    EXPECT_EQ(as_strided(t, std::nullopt, std::nullopt)->strides(), (dims{8, 24}));
    EXPECT_EQ(as_strided(t, dims{2, 3}, std::nullopt)->strides(), (dims{8, 24}));
    const array empty = strided_iota({0, 3}, {24, 8}, 8);
    EXPECT_EQ(as_strided(empty, std::nullopt, std::nullopt)->strides(), (dims{24, 8}));
    EXPECT_EQ(as_strided(empty, dims{3, 0}, std::nullopt)->strides(), (dims{8, 8}));

    const auto value_error = error_category::value_error;
    expect_error([&] { as_strided(every_other, dims{3, 1}, std::nullopt); }, value_error,
                 "mismatch in length of strides and shape");
    expect_error([&] { as_strided(a, std::nullopt, dims{8, 8}); }, value_error, "mismatch in length of strides and shape");
    expect_error([&] { as_strided(a, dims{2, -1}, dims{8}); }, value_error, "negative dimensions are not allowed");
    expect_error([&] { as_strided(iota({0}), dims{std::int64_t{1} << 60, 0}, dims{8, 8}); }, value_error,
                 "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
}

// ============================================================================================= real / imag

TEST(RealImag, ComplexPartsAreViewsAtOffsetZeroAndHalfAnItem) {
    const array c = ndarray::allocate(dtype::complex128, {2});
    store_element(dtype::complex128, c->data(), make_complex128({1, 2}));
    store_element(dtype::complex128, c->data() + 16, make_complex128({3, 4}));
    const array re = real(c), im = imag(c);
    EXPECT_EQ(re->type(), dtype::float64);
    EXPECT_EQ(re->strides(), (dims{16}));
    EXPECT_EQ(re->base(), c);
    EXPECT_TRUE(re->writeable());
    EXPECT_EQ(doubles(*re), (std::vector<double>{1, 3}));
    EXPECT_EQ(im->data() - c->data(), 8);
    EXPECT_EQ(im->base(), c);
    EXPECT_EQ(doubles(*im), (std::vector<double>{2, 4}));
    store_element(dtype::float64, re->data(), make_float64(10));  // c.real[0] = 10
    EXPECT_EQ(load_element(dtype::complex128, c->data()).as_complex(), std::complex<double>(10, 2));

    const array c64 = transpose(iota({2, 2}, dtype::complex64));
    EXPECT_EQ(real(c64)->type(), dtype::float32);
    EXPECT_EQ(imag(c64)->strides(), (dims{8, 16}));
    c->set_writeable(false);
    EXPECT_FALSE(real(c)->writeable());
    EXPECT_FALSE(imag(c)->writeable());
}

TEST(RealImag, RealArraysGiveThemselvesAndFreshReadOnlyZeros) {
    const array f = iota({3}, dtype::float64);
    EXPECT_EQ(real(f), f);
    const array z = imag(f);
    EXPECT_EQ(z->base(), nullptr);
    EXPECT_TRUE(z->owndata());
    EXPECT_FALSE(z->writeable());
    EXPECT_EQ(z->type(), dtype::float64);
    EXPECT_EQ(doubles(*z), (std::vector<double>{0, 0, 0}));
    EXPECT_EQ(imag(iota({3}, dtype::int8))->type(), dtype::int8);
    EXPECT_EQ(imag(iota({1}, dtype::bool_))->type(), dtype::bool_);

    const array x = iota({2, 3}, dtype::float64);
    EXPECT_EQ(imag(x)->strides(), (dims{24, 8}));
    EXPECT_EQ(imag(transpose(x))->strides(), (dims{8, 24}));  // Fortran-ordered like its source
    EXPECT_EQ(imag(ndarray::view_of(x, dtype::float64, {2, 2}, {24, 16}))->strides(), (dims{16, 8}));
    EXPECT_EQ(imag(ndarray::allocate(dtype::float64, {3, 1}))->strides(), (dims{8, 8}));
}
