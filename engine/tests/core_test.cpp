// Unit tests of the engine core: dtype promotion and casting, contiguity flags, base collapsing,
// the writeable rule, and the copy/fill kernels (coalescing, transposes, overlap, casts).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "engine/array.hpp"
#include "engine/dtype.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::iota;
using engine::testing::ints;

TEST(Dtype, PromotionFollowsNumPyTable) {
    EXPECT_EQ(promote_types(dtype::int8, dtype::uint8), dtype::int16);
    EXPECT_EQ(promote_types(dtype::uint64, dtype::int64), dtype::float64);
    EXPECT_EQ(promote_types(dtype::int16, dtype::float32), dtype::float32);
    EXPECT_EQ(promote_types(dtype::int32, dtype::float32), dtype::float64);
    EXPECT_EQ(promote_types(dtype::float64, dtype::complex64), dtype::complex128);
    EXPECT_EQ(promote_types(dtype::uint16, dtype::complex64), dtype::complex64);
    EXPECT_EQ(promote_types(dtype::bool_, dtype::uint8), dtype::uint8);
    EXPECT_EQ(promote_types(dtype::uint32, dtype::int64), dtype::int64);
}

TEST(Dtype, SameKindAllowsUnsignedToSignedButNotBack) {
    EXPECT_TRUE(can_cast(dtype::uint64, dtype::int8, casting::same_kind));
    EXPECT_FALSE(can_cast(dtype::int8, dtype::uint64, casting::same_kind));
    EXPECT_TRUE(can_cast(dtype::float64, dtype::float32, casting::same_kind));
    EXPECT_FALSE(can_cast(dtype::float32, dtype::int64, casting::same_kind));
    EXPECT_FALSE(can_cast(dtype::int64, dtype::float32, casting::safe));
}

TEST(Layout, ContiguityIgnoresLengthOneAndEmpty) {
    EXPECT_TRUE(is_c_contiguous({2, 1, 3}, {24, 999, 8}, 8));
    EXPECT_TRUE(is_f_contiguous({1, 4}, {77, 8}, 8));
    EXPECT_TRUE(is_c_contiguous({0, 3}, {5, 5}, 8));
    EXPECT_FALSE(is_c_contiguous({2, 3}, {8, 16}, 8));
    EXPECT_TRUE(is_f_contiguous({2, 3}, {8, 16}, 8));
}

TEST(Array, ViewBaseCollapsesToOwner) {
    array a = iota({6});
    array v1 = ndarray::view_of(a, dtype::int64, {3}, {8}, 8);
    array v2 = ndarray::view_of(v1, dtype::int64, {2}, {8}, 8);
    EXPECT_EQ(v1->base(), a);
    EXPECT_EQ(v2->base(), a);
    EXPECT_FALSE(v2->owndata());
    EXPECT_EQ(ints(*v2), (std::vector<std::int64_t>{2, 3}));
}

TEST(Array, ForeignBaseStopsCollapseAndForbidsWriteableAgain) {
    array a = iota({4});
    array s = ndarray::view_with_foreign_base(a, dtype::int64, {4}, {8}, true);
    array v = ndarray::view_of(s, dtype::int64, {2}, {8});
    EXPECT_EQ(v->base(), s);
    s->set_writeable(false);
    EXPECT_THROW(s->set_writeable(true), error);
}

TEST(Array, WriteableCanBeRestoredThroughWriteableBase) {
    array a = iota({4});
    array v = ndarray::view_of(a, dtype::int64, {4}, {8});
    v->set_writeable(false);
    EXPECT_NO_THROW(v->set_writeable(true));
    a->set_writeable(false);
    v->set_writeable(false);
    try {
        v->set_writeable(true);
        FAIL() << "expected ValueError";
    } catch (const error& e) {
        EXPECT_EQ(e.category(), error_category::value_error);
    }
}

TEST(Kernels, TransposedCopyIsBlockedAndCorrect) {
    array a = iota({40, 50});
    array t = ndarray::view_of(a, dtype::int64, {50, 40}, {8, 400});
    array c = copy_of(*t, order::C);
    ASSERT_TRUE(c->c_contiguous());
    auto v = ints(*c);
    for (std::int64_t i = 0; i < 50; ++i)
        for (std::int64_t j = 0; j < 40; ++j) ASSERT_EQ(v[i * 40 + j], j * 50 + i);
}

TEST(Kernels, TransposedCopiesOfEveryLayoutAndRaggedEdgesAreExact) {
    // Odd extents (tiles and element blocks with ragged edges; every small shape, which the 8-byte path takes as
    // well), both copy orders, 8-byte and other elements.
    std::vector<std::pair<std::int64_t, std::int64_t>> shapes{{33, 47}, {16, 17}, {65, 16}};
    for (std::int64_t rows = 1; rows <= 9; ++rows)
        for (std::int64_t cols = 1; cols <= 9; ++cols) shapes.emplace_back(rows, cols);
    for (dtype t : {dtype::int64, dtype::float64, dtype::complex64, dtype::int32, dtype::complex128})
        for (const auto& [rows, cols] : shapes) {
            array a = iota({rows, cols}, t);
            const std::int64_t item = itemsize(t);
            array transposed = ndarray::view_of(a, t, {cols, rows}, {item, cols * item});
            for (order o : {order::C, order::F}) {
                array c = copy_of(*transposed, o);
                const std::vector<scalar> got = flat_values(*c), source = flat_values(*a);
                for (std::int64_t i = 0; i < cols; ++i)
                    for (std::int64_t j = 0; j < rows; ++j)
                        ASSERT_EQ(got[i * rows + j], source[j * cols + i]) << name(t) << " " << rows << "x" << cols;
            }
        }
    // A permuted 3-D block (axes 2, 0, 1) copied in C order, which coalesces to one transposition.
    array block = iota({5, 6, 17}, dtype::float64);
    array permuted = ndarray::view_of(block, dtype::float64, {17, 5, 6}, {8, 6 * 17 * 8, 17 * 8});
    array c = copy_of(*permuted, order::C);
    const std::vector<double> v = engine::testing::doubles(*c);
    for (std::int64_t k = 0; k < 17; ++k)
        for (std::int64_t i = 0; i < 5; ++i)
            for (std::int64_t j = 0; j < 6; ++j) ASSERT_EQ(v[(k * 5 + i) * 6 + j], double((i * 6 + j) * 17 + k));
}

TEST(Kernels, FreshTransposedCopiesOfUnusualStepsHoldTheSourcesElementsInOrder) {
    // copy_of's own transpose path (a fresh C-order destination): length-1 axes between the merged ones, a source
    // walked backwards along the destination's rows, a broadcast row, merged axes on both sides, and layouts that
    // are not a transpose (three groups, or a source contiguous along the rows). A C-order copy holds the
    // source's elements in C order, whatever path it takes.
    const array a = iota({6, 70}, dtype::float64);  // 420 elements, row step 560 bytes
    struct layout {
        dims shape, strides;
        std::int64_t offset;
    };
    const std::vector<layout> layouts{
        {{70, 1, 6}, {8, 8, 560}, 0},            // a.T with a length-1 axis inside
        {{1, 70, 6, 1}, {0, 8, 560, 0}, 0},      // and outside
        {{35, 6}, {16, 560}, 0},                 // the source's column step 16: no transpose (outer step not 8)
        {{70, 6}, {8, -560}, 5 * 560},           // rows walked backwards
        {{70, 6}, {8, 0}, 0},                    // a broadcast row
        {{7, 10, 6}, {80, 8, 560}, 0},           // rows of 7 x 10 merge into 70, steps 8 inside
        {{2, 35, 6}, {8, 16, 560}, 0},           // three groups: the general path
        {{6, 70}, {560, 8}, 0},                  // contiguous already
    };
    for (const layout& l : layouts) {
        const array v = ndarray::view_of(a, dtype::float64, l.shape, l.strides, l.offset);
        const array c = copy_of(*v, order::C);
        ASSERT_TRUE(c->c_contiguous());
        EXPECT_EQ(flat_values(*c), flat_values(*v)) << l.shape.size() << "-d, first stride " << l.strides[0];
    }
}

TEST(Kernels, ASourceWithDenseOverlappingRowsIsCastWholeRows) {
    // a[...] = as_strided(z, shape=(16, 36), strides=(16, 16)) of complex NaN into uint32: every row of the source
    // is the same 36 contiguous values, so NumPy casts rows of 36, and which NaNs become 2**31 depends on the
    // cast's vector path over the run. Each row must come out as the cast of one contiguous row of 36.
    const array z = ndarray::allocate(dtype::complex128, {60});
    for (std::int64_t i = 0; i < 60; ++i)
        store_element(dtype::complex128, z->data() + i * 16, make_complex128({NAN, 0.0}));
    const array rows = ndarray::view_of(z, dtype::complex128, {16, 36}, {16, 16});
    const array a = ndarray::allocate(dtype::uint32, {16, 36});
    assign(*a, *rows);
    const array one_row = ndarray::allocate(dtype::uint32, {36});
    assign(*one_row, *ndarray::view_of(z, dtype::complex128, {36}, {16}));
    const std::vector<std::int64_t> got = ints(*a), row = ints(*one_row);
    for (std::int64_t i = 0; i < 16; ++i)
        for (std::int64_t j = 0; j < 36; ++j)
            ASSERT_EQ(got[static_cast<std::size_t>(i * 36 + j)], row[static_cast<std::size_t>(j)]) << i << "," << j;
}

TEST(Kernels, OverlappingAssignBehavesAsIfSourceCopiedFirst) {
    array a = iota({6});
    array dst = ndarray::view_of(a, dtype::int64, {5}, {8}, 8);
    array src = ndarray::view_of(a, dtype::int64, {5}, {8}, 0);
    assign(*dst, *src);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 0, 1, 2, 3, 4}));
}

TEST(Kernels, OverlappingOneDimensionalAssignsReadTheSourceAsItWas) {
    // Every pair of 1-D views of one buffer with steps of one size (+-1, +-2 elements, any start, overlapping or
    // not): the result is that of copying the source first, whichever way the loop (or memmove) walks. (Steps of
    // different sizes read element by element, as NumPy's loop does.)
    for (std::int64_t dst_step : {1, -1, 2, -2})
        for (std::int64_t src_step : {1, -1, 2, -2})
            for (std::int64_t dst_first = 0; dst_first < 24; ++dst_first)
                for (std::int64_t src_first = 0; src_first < 24; ++src_first) {
                    const std::int64_t n = 7;
                    auto fits = [&](std::int64_t first, std::int64_t step) {
                        const std::int64_t last = first + (n - 1) * step;
                        return first >= 0 && first < 24 && last >= 0 && last < 24;
                    };
                    if (std::abs(dst_step) != std::abs(src_step)) continue;
                    if (!fits(dst_first, dst_step) || !fits(src_first, src_step)) continue;
                    array a = iota({24});
                    array dst = ndarray::view_of(a, dtype::int64, {n}, {8 * dst_step}, 8 * dst_first);
                    array src = ndarray::view_of(a, dtype::int64, {n}, {8 * src_step}, 8 * src_first);
                    std::vector<std::int64_t> expected = ints(*a);
                    for (std::int64_t i = 0; i < n; ++i) expected[dst_first + i * dst_step] = src_first + i * src_step;
                    assign(*dst, *src);
                    ASSERT_EQ(ints(*a), expected) << "dst " << dst_first << ":" << dst_step << " src " << src_first
                                                  << ":" << src_step;
                }
}

TEST(Kernels, CastsAndBroadcastsOnAssign) {
    array d = ndarray::allocate(dtype::int8, {2, 3});
    array s = ndarray::allocate(dtype::float64, {3});
    store_element(dtype::float64, s->data(), make_float64(-1.7));
    store_element(dtype::float64, s->data() + 8, make_float64(300.0));
    store_element(dtype::float64, s->data() + 16, make_float64(2.9));
    assign(*d, *s);
    EXPECT_EQ(ints(*d), (std::vector<std::int64_t>{-1, 44, 2, -1, 44, 2}));
}

TEST(Kernels, KeepOrderCopyOfPermutedArray) {
    array a = iota({2, 3, 4});
    // axes (2, 0, 1): shape (4, 2, 3), strides (8, 96, 32)
    array p = ndarray::view_of(a, dtype::int64, {4, 2, 3}, {8, 96, 32});
    array c = copy_of(*p, order::K);
    EXPECT_EQ(c->strides(), (dims{8, 96, 32}));
    EXPECT_EQ(ints(*c), ints(*p));
}
