// Tests of ufuncs called with keywords (np.add(a, b, out=, where=, dtype=, casting=)): out is written and returned,
// an input overlapping out reads as if copied first (either side of NumPy's 8,192-element buffer), where= writes
// only the selected elements, and the casting rule governs the inputs' and the output's casts.
#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/ufunc.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::ints;
using engine::testing::iota;

namespace {

// np.add(a[:-1], a[1:], out=a[1:]) for a = np.arange(n): out[i] = i + (i + 1) from the old values.
void expect_shifted_sum_reads_old_values(std::int64_t n) {
    const array a = iota({n});
    const array head = ndarray::view_of(a, dtype::int64, {n - 1}, {8});
    const array tail = ndarray::view_of(a, dtype::int64, {n - 1}, {8}, 8);
    const auto result = call(binary_op::add, head, tail, ufunc_keywords{.out = tail});
    EXPECT_EQ(std::get<array>(result), tail);  // out itself comes back
    const std::vector<std::int64_t> values = ints(*a);
    for (std::int64_t i = 1; i < n; ++i) ASSERT_EQ(values[static_cast<std::size_t>(i)], 2 * i - 1) << i;
}

}  // namespace

TEST(UfuncCall, OutOverlappingAnInputReadsOldValuesAtEverySize) {
    expect_shifted_sum_reads_old_values(10);
    expect_shifted_sum_reads_old_values(20000);  // beyond NPY_BUFSIZE
}

TEST(UfuncCall, InputsBroadcastIntoOutButNotBeyond) {
    const array out = ndarray::allocate(dtype::float64, {2, 3});
    call(binary_op::add, iota({3}), make_int64(1), ufunc_keywords{.out = out});
    EXPECT_EQ(ints(*out), (std::vector<std::int64_t>{1, 2, 3, 1, 2, 3}));
    EXPECT_EQ(category_of([&] { call(binary_op::add, iota({4, 2, 3}), make_int64(1), ufunc_keywords{.out = out}); }),
              error_category::value_error);
}

TEST(UfuncCall, WhereWritesOnlySelectedElements) {
    const array out = iota({3});
    const array mask = ndarray::allocate(dtype::bool_, {3});
    store_element(dtype::bool_, mask->data() + 1, make_bool(true));
    call(unary_op::negative, make_int64(7), ufunc_keywords{.out = out, .where = mask});
    EXPECT_EQ(ints(*out), (std::vector<std::int64_t>{0, -7, 2}));
    EXPECT_EQ(category_of([&] { call(unary_op::negative, make_int64(7), ufunc_keywords{.out = out, .where = iota({3})}); }),
              error_category::type_error);  // int64 -> bool is not safe
}

TEST(UfuncCall, CastingRuleAndReadOnlyOut) {
    const array out = ndarray::allocate(dtype::int8, {3});
    EXPECT_EQ(category_of([&] { call(binary_op::add, iota({3}), make_float64(0.5), ufunc_keywords{.out = out}); }),
              error_category::type_error);
    call(binary_op::add, iota({3}), make_float64(0.5), ufunc_keywords{.out = out, .rule = casting::unsafe});
    EXPECT_EQ(ints(*out), (std::vector<std::int64_t>{0, 1, 2}));
    EXPECT_EQ(category_of([&] {
                  call(binary_op::add, iota({3}, dtype::int8), iota({3}, dtype::int16), ufunc_keywords{.rule = casting::no});
              }),
              error_category::type_error);
    const auto forced = call(binary_op::add, iota({3}), make_int64(1), ufunc_keywords{.loop_dtype = dtype::float32});
    EXPECT_EQ(std::get<array>(forced)->type(), dtype::float32);
    out->set_writeable(false);
    EXPECT_EQ(category_of([&] { call(binary_op::add, iota({3}), make_complex128({0, 1}), ufunc_keywords{.out = out}); }),
              error_category::value_error);  // read-only before the casting error
}

TEST(UfuncCall, AMaskWithoutOutShapesTheFreshResultAndJoinsItsLayout) {
    // np.add(np.zeros((4, 5, 1, 1), order='F'), 2.5, where=[False]): NumPy's iterator (no trivial loop under a mask)
    // sorts the length-1 axes fastest: strides (8, 32, 8, 8), not the F order's (8, 32, 160, 160).
    const array f = ndarray::allocate(dtype::float64, {4, 5, 1, 1}, order::F);
    ufunc_keywords masked;
    masked.where = ndarray::allocate(dtype::bool_, {1});
    const auto sum = call(binary_op::add, f, from_python_number(make_float64(2.5)), masked);
    ASSERT_TRUE(std::holds_alternative<array>(sum));
    EXPECT_EQ(std::get<array>(sum)->strides(), (dims{8, 32, 8, 8}));
    // A 0-d input with a (2,) mask: a (2,) result.
    masked.where = ndarray::allocate(dtype::bool_, {2});
    const auto negated = call(unary_op::negative, iota({}), masked);
    ASSERT_TRUE(std::holds_alternative<array>(negated));
    EXPECT_EQ(std::get<array>(negated)->shape(), (dims{2}));
}
