// Unit tests of the views, joining and selection surface (diag, attribute setters, split, joining, take,
// put, nonzero, choose, stride tricks): the rules the corpus reaches only through NumPy, checked here on
// layouts read off NumPy 2.4 and 1.24 for the same calls, including the orders of reads and writes.
#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "engine/attribute_setters.hpp"
#include "engine/axis_views.hpp"
#include "engine/choose.hpp"
#include "engine/diag.hpp"
#include "engine/error.hpp"
#include "engine/joining.hpp"
#include "engine/nonzero.hpp"
#include "engine/put.hpp"
#include "engine/semantics.hpp"
#include "engine/split.hpp"
#include "engine/stride_tricks.hpp"
#include "engine/subscript_assignment.hpp"
#include "engine/take.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::iota;
using engine::testing::ints;

namespace {

using values = std::vector<std::int64_t>;

array positions(const values& v) {
    const array a = ndarray::allocate(dtype::int64, {static_cast<std::int64_t>(v.size())});
    for (std::size_t i = 0; i < v.size(); ++i) store_element(dtype::int64, a->data() + 8 * i, make_int64(v[i]));
    return a;
}

TEST(Diag, OfAVectorIsAFreshSquareMatrixWithTheVectorOnItsDiagonal) {
    const array m = diag(iota({3}), -1);  // np.diag(np.arange(3), -1)
    EXPECT_EQ(m->shape(), (dims{4, 4}));
    EXPECT_TRUE(m->owndata());
    EXPECT_EQ(m->base(), nullptr);
    EXPECT_EQ(ints(*m), (values{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0}));
}

TEST(Diag, OfAMatrixIsTheReadOnlyDiagonalView) {
    const array a = iota({3, 4});
    const array d = diag(a, 1);
    EXPECT_EQ(d->base(), a);
    EXPECT_FALSE(d->writeable());
    EXPECT_EQ(d->strides(), (dims{40}));
    EXPECT_EQ(ints(*d), (values{1, 6, 11}));
    EXPECT_EQ(category_of([] { diag(iota({2, 2, 2})); }), error_category::value_error);
}

TEST(AttributeSetters, StridesMayReachAnywhereInsideTheOwnerButNotBeyond) {
    const array a = iota({12});
    const array b = getitem_array(a, {slice_spec{0, 4, std::nullopt}});
    set_strides(b, {24});  // np.arange(12)[:4].strides = (24,): last element at byte 72 < 96
    EXPECT_EQ(ints(*b), (values{0, 3, 6, 9}));
    EXPECT_EQ(category_of([&] { set_strides(b, {32}); }), error_category::value_error);
    EXPECT_EQ(b->strides(), (dims{24}));  // unchanged by the refusal
    const array c = getitem_array(a, {slice_spec{4, 6, std::nullopt}});
    set_strides(c, {-32});  // reaches back to a[0]
    EXPECT_EQ(ints(*c), (values{4, 0}));
    EXPECT_EQ(category_of([&] { set_strides(c, {-40}); }), error_category::value_error);
}

TEST(AttributeSetters, DtypeAssignmentRescalesTheLastAxisInPlace) {
    const array a = iota({2, 3});
    set_dtype(a, dtype::int32);
    EXPECT_EQ(a->shape(), (dims{2, 6}));
    EXPECT_EQ(a->strides(), (dims{24, 4}));
    EXPECT_EQ(category_of([] { set_dtype(transpose(iota({2, 3})), dtype::int32); }), error_category::value_error);
    EXPECT_EQ(category_of([] { imag_for_assignment(iota({2})); }), error_category::type_error);
}

TEST(Split, DivisionPointsPutTheLongerPartsFirst) {
    EXPECT_EQ(equal_division_points(10, 3), (dims{0, 4, 7, 10}));
    EXPECT_EQ(equal_division_points(2, 4), (dims{0, 1, 2, 2, 2}));
    EXPECT_EQ(category_of([] { equal_division_points(4, 0); }), error_category::value_error);
    EXPECT_EQ(category_of([] { check_equal_division(6, 0); }), error_category::zero_division_error);
    EXPECT_EQ(category_of([] { check_equal_division(6, 4); }), error_category::value_error);
}

TEST(Split, PartsAreViewsOfTheOwnerAlongTheAxis) {
    const array a = iota({3, 4});
    const std::vector<array> parts = split_at(a, {0, 1, 20, 2}, 1);  // np.array_split(a, [1, 20, 2], axis=1)
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0]->shape(), (dims{3, 1}));
    EXPECT_EQ(parts[1]->shape(), (dims{3, 3}));
    EXPECT_EQ(parts[2]->shape(), (dims{3, 0}));
    for (const array& part : parts) EXPECT_EQ(part->base(), a);
    EXPECT_EQ(parts[1]->strides(), (dims{32, 8}));
}

TEST(Joining, ConcatenateIntoOutWritesWindowByWindowAndReturnsOut) {
    const array x = iota({6});
    const array first = getitem_array(x, {slice_spec{3, std::nullopt, std::nullopt}});
    const array second = getitem_array(x, {slice_spec{std::nullopt, 3, std::nullopt}});
    // np.concatenate([x[3:], x[:3]], out=x): the second input is read after the first window was written.
    EXPECT_EQ(concatenate_into({first, second}, 0, x, casting::same_kind), x);
    EXPECT_EQ(ints(*x), (values{3, 4, 5, 3, 4, 5}));
    EXPECT_EQ(category_of([&] { concatenate_into({x, x}, 0, iota({5}), casting::same_kind); }),
              error_category::value_error);
}

TEST(Joining, ColumnStackPrependsNumpysStrideForTheNewAxis) {
    const array strided = getitem_array(iota({6}), {slice_spec{std::nullopt, std::nullopt, 2}});
    const array row = with_leading_ones(strided, 2);  // np.array(a[::2], ndmin=2): stride 3 * 16
    EXPECT_EQ(row->strides(), (dims{48, 16}));
    EXPECT_EQ(column_stack({strided, iota({3})})->strides(), (dims{16, 8}));
}

TEST(Take, ModesResolvePositionsAndOutReceivesTheCompleteResult) {
    const array a = iota({5});
    EXPECT_EQ(ints(*take(a, positions({-6, 7}), std::nullopt, std::nullopt, clip_mode::wrap)), (values{4, 2}));
    EXPECT_EQ(ints(*take(a, positions({-6, 7}), std::nullopt, std::nullopt, clip_mode::clip)), (values{0, 4}));
    EXPECT_EQ(category_of([&] { take(a, positions({5}), std::nullopt, std::nullopt, clip_mode::raise); }),
              error_category::index_error);
    // np.take(b, [4, 3, 2], out=b[:3]) reads b as it was.
    const array out = getitem_array(a, {slice_spec{std::nullopt, 3, std::nullopt}});
    EXPECT_EQ(take(a, positions({4, 3, 2}), std::nullopt, out, clip_mode::raise), out);
    EXPECT_EQ(ints(*a), (values{4, 3, 2, 3, 4}));
}

TEST(Take, AnIntegerModeOutsideZeroToTwoRaisesWhenTheOperationEndsUnderNumpy2) {
    EXPECT_EQ(clip_mode_numbered(3), clip_mode::raise_with_value_error_pending);
    EXPECT_EQ(category_of([] { clip_mode_numbered(std::int64_t{1} << 31); }), error_category::type_error);
    const clip_mode pending = clip_mode::raise_with_value_error_pending;
    const array a = iota({5});
    // An out-of-bounds position raises IndexError in its place; else take without out= ends in the ValueError, and
    // take with out= and put write, then raise SystemError.
    EXPECT_EQ(category_of([&] { take(a, positions({7}), std::nullopt, std::nullopt, pending); }),
              error_category::index_error);
    EXPECT_EQ(category_of([&] { take(a, positions({1}), std::nullopt, std::nullopt, pending); }),
              error_category::value_error);
    const array out = iota({2});
    EXPECT_EQ(category_of([&] { take(a, positions({4, 3}), std::nullopt, out, pending); }),
              error_category::system_error);
    EXPECT_EQ(ints(*out), (values{4, 3}));
    EXPECT_EQ(category_of([&] { put(a, positions({0}), positions({9}), pending); }), error_category::system_error);
    EXPECT_EQ(ints(*a), (values{9, 1, 2, 3, 4}));
    EXPECT_EQ(category_of([&] { choose(positions({0}), {iota({1})}, std::nullopt, pending); }),
              error_category::value_error);
    scoped_semantics numpy_1_24(semantics::numpy_1_24());  // NumPy 1.24 refuses the number at once
    EXPECT_EQ(category_of([] { clip_mode_numbered(3); }), error_category::value_error);
}

TEST(AlongAxis, WithNoAxisNumpy2TakesOneDimensionalIndicesFromTheFlatArray) {
    const array a = iota({2, 3});
    const array two_d = getitem_array(iota({2, 1}), {});
    const auto taken = [&](const array& indices) { return std::get<array>(take_along_axis(a, indices, std::nullopt)); };
    EXPECT_EQ(ints(*taken(positions({5, 0}))), (values{5, 0}));
    engine::testing::expect_error([&] { taken(two_d); }, error_category::value_error,
                                  "when axis=None, `indices` must have a single dimension.");
    scoped_semantics numpy_1_24(semantics::numpy_1_24());  // NumPy 1.24 refuses them only when it builds the index
    engine::testing::expect_error([&] { taken(two_d); }, error_category::value_error,
                                  "`indices` and `arr` must have the same number of dimensions");
}

TEST(AlongAxis, PutWithNoAxisWritesThroughOnlyAContiguousArray) {
    const auto nine = [] {
        assigned_value v;
        v.contents = [](dtype) { return nested{from_python_number(make_int64(9))}; };
        return v;
    };
    const array a = iota({2, 3});
    put_along_axis(a, positions({4}), nine(), std::nullopt);
    EXPECT_EQ(ints(*a), (values{0, 1, 2, 3, 9, 5}));
    // A transposed arr: np.array(arr.flat) is a read-only copy.
    const array t = getitem_array(iota({3, 2}), {});
    const array transposed = ndarray::view_of(t, t->type(), {2, 3}, {t->strides()[1], t->strides()[0]}, 0);
    EXPECT_EQ(category_of([&] { put_along_axis(transposed, positions({4}), nine(), std::nullopt); }),
              error_category::value_error);
    EXPECT_EQ(ints(*t), (values{0, 1, 2, 3, 4, 5}));
    put_along_axis(transposed, iota({2, 1}), nine(), 1);  // along an axis: into arr itself
    EXPECT_EQ(ints(*t), (values{9, 1, 2, 9, 4, 5}));
}

TEST(Put, ARaiseModeErrorKeepsTheEarlierWritesOnlyWhenWrittenInPlace) {
    const array direct = iota({6});
    EXPECT_EQ(category_of([&] { put(direct, positions({0, 10, 1}), positions({9}), clip_mode::raise); }),
              error_category::index_error);
    EXPECT_EQ(ints(*direct), (values{9, 1, 2, 3, 4, 5}));
    const array strided = getitem_array(iota({6}), {slice_spec{std::nullopt, std::nullopt, 2}});
    EXPECT_EQ(category_of([&] { put(strided, positions({0, 10}), positions({9}), clip_mode::raise); }),
              error_category::index_error);
    EXPECT_EQ(ints(*strided), (values{0, 2, 4}));
}

TEST(Place, ValuesUsedInPlaceAreReadAsTheWritesGo) {
    const array c = iota({4});
    const array mask = ndarray::allocate(dtype::bool_, {4});
    for (int i = 1; i < 4; ++i) store_element(dtype::bool_, mask->data() + i, make_bool(true));
    place(c, mask, c);  // np.place(c, [F, T, T, T], c)
    EXPECT_EQ(ints(*c), (values{0, 0, 0, 0}));
}

TEST(Nonzero, ThePositionsAreStridedViewsOfOneArray) {
    const array a = iota({2, 3});
    const std::vector<array> where = nonzero(a);
    ASSERT_EQ(where.size(), 2u);
    EXPECT_EQ(where[0]->base(), where[1]->base());
    EXPECT_EQ(where[0]->strides(), (dims{16}));
    EXPECT_EQ(ints(*where[0]), (values{0, 0, 1, 1, 1}));
    EXPECT_EQ(ints(*where[1]), (values{1, 2, 0, 1, 2}));
    scoped_semantics numpy_1_24(semantics::numpy_1_24());
    EXPECT_EQ(nonzero(iota({})).size(), 1u);  // atleast_1d of a 0-d array
}

TEST(Choose, RaiseModeRefusesBadEntriesWithValueError) {
    const std::vector<operand> choices = {iota({2}), iota({2})};
    EXPECT_EQ(category_of([&] { choose(positions({0, 2}), choices, std::nullopt, clip_mode::raise); }),
              error_category::value_error);
    EXPECT_EQ(ints(*choose(positions({0, 3}), choices, std::nullopt, clip_mode::wrap)), (values{0, 1}));
}

TEST(StrideTricks, BroadcastArraysKeepFittingInputsUnderNumpy2Only) {
    const array x = iota({3});
    const array y = iota({2, 1});
    const array z = iota({2, 3});
    std::vector<array> b = broadcast_arrays({x, y, z});
    EXPECT_EQ(b[2], z);
    EXPECT_TRUE(b[0]->writeable());
    EXPECT_EQ(b[0]->strides(), (dims{0, 8}));
    scoped_semantics numpy_1_24(semantics::numpy_1_24());
    b = broadcast_arrays({x, y, z});
    EXPECT_NE(b[2], z);
}

TEST(StrideTricks, SlidingWindowsAreReadOnlyUnlessAsked) {
    const array x = iota({8});
    const array w = sliding_window_view(x, {3}, std::nullopt, false);
    EXPECT_EQ(w->shape(), (dims{6, 3}));
    EXPECT_EQ(w->strides(), (dims{8, 8}));
    EXPECT_FALSE(w->writeable());
    EXPECT_TRUE(sliding_window_view(x, {3}, std::nullopt, true)->writeable());
    EXPECT_EQ(category_of([&] { sliding_window_view(x, {9}, std::nullopt, false); }), error_category::value_error);
}

}  // namespace
