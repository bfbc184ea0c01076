// Tests of the ufuncs behind / // % ** & | ^ << >> and unary - + ~ abs: each ufunc's loop search (which dtypes
// it has, the first one the inputs cast to safely), the values at the corners C and Python define (integer
// division by zero and MIN // -1 as NumPy's loops define them, Python's signs for // and %, shifts past the
// width), and ndarray's ** shortcuts under both profiles (result dtype and layout).
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/semantics.hpp"
#include "engine/ufunc.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::doubles;
using engine::testing::iota;
using engine::testing::ints;

namespace {

array values_of(dtype t, const std::vector<std::int64_t>& values) {
    array a = ndarray::allocate(t, {static_cast<std::int64_t>(values.size())});
    for (std::size_t i = 0; i < values.size(); ++i)
        store_element(t, a->data() + static_cast<std::int64_t>(i) * a->itemsize(), make_int64(values[i]));
    return a;
}

array doubles_of(const std::vector<double>& values) {
    array a = ndarray::allocate(dtype::float64, {static_cast<std::int64_t>(values.size())});
    for (std::size_t i = 0; i < values.size(); ++i)
        store_element(dtype::float64, a->data() + static_cast<std::int64_t>(i) * 8, make_float64(values[i]));
    return a;
}

array expect_array(const std::variant<array, scalar>& r) {
    if (!std::holds_alternative<array>(r)) ADD_FAILURE() << "expected an array";
    return std::get<array>(r);
}

}  // namespace

TEST(UfuncOperators, IntegerDivisionCorners) {
    const array a = values_of(dtype::int8, {-128, -7, 7, 0});
    const array minus_one = values_of(dtype::int8, {-1, 2, -2, 0});
    const array q = expect_array(engine::apply(binary_op::floor_divide, a, minus_one));
    const array r = expect_array(engine::apply(binary_op::remainder, a, minus_one));
    EXPECT_EQ(q->type(), dtype::int8);
    EXPECT_EQ(ints(*q), (std::vector<std::int64_t>{-128, -4, -4, 0}));  // MIN // -1 stays MIN; x // 0 is 0
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{0, 1, -1, 0}));       // the divisor's sign; x % 0 is 0
}

TEST(UfuncOperators, FloatFloorDivisionAndRemainderFollowPython) {
    const array a = doubles_of({-7.0, 7.0, -0.0, 5.0});
    const array b = doubles_of({2.0, -2.0, 3.0, 0.0});
    const array q = expect_array(engine::apply(binary_op::floor_divide, a, b));
    const array r = expect_array(engine::apply(binary_op::remainder, a, b));
    EXPECT_EQ(doubles(*q)[0], -4.0);
    EXPECT_EQ(doubles(*q)[1], -4.0);
    EXPECT_TRUE(std::signbit(doubles(*q)[2]));
    EXPECT_TRUE(std::isinf(doubles(*q)[3]));
    EXPECT_EQ(doubles(*r)[0], 1.0);
    EXPECT_EQ(doubles(*r)[1], -1.0);
    EXPECT_TRUE(std::isnan(doubles(*r)[3]));
}

TEST(UfuncOperators, LoopSearchPerUfunc) {
    const array i8 = iota({3}, dtype::int8);
    const array b = iota({3}, dtype::bool_);
    EXPECT_EQ(expect_array(engine::apply(binary_op::true_divide, i8, i8))->type(), dtype::float64);  // integers divide as doubles
    EXPECT_EQ(expect_array(engine::apply(binary_op::floor_divide, b, b))->type(), dtype::int8);     // no bool loop
    EXPECT_EQ(expect_array(engine::apply(binary_op::bitwise_and, b, b))->type(), dtype::bool_);
    EXPECT_EQ(expect_array(engine::apply(binary_op::left_shift, b, b))->type(), dtype::int8);
    EXPECT_EQ(expect_array(engine::apply(binary_op::power, b, b))->type(), dtype::int8);
    EXPECT_EQ(expect_array(engine::apply(unary_op::sqrt, i8))->type(), dtype::float16);  // int8 casts safely to float16 first
    const array f = iota({3}, dtype::float64);
    EXPECT_EQ(category_of([&] { engine::apply(binary_op::bitwise_or, f, i8); }), error_category::type_error);
    EXPECT_EQ(category_of([&] { engine::apply(binary_op::left_shift, iota({2}, dtype::uint64), iota({2}, dtype::int64)); }),
              error_category::type_error);  // uint64 with int64 is float64: no shift loop
    EXPECT_EQ(category_of([&] { engine::apply(binary_op::floor_divide, iota({2}, dtype::complex128), i8); }),
              error_category::type_error);
    EXPECT_EQ(category_of([&] { engine::apply(unary_op::negative, b); }), error_category::type_error);
    EXPECT_EQ(category_of([&] { engine::apply(unary_op::invert, f); }), error_category::type_error);
}

TEST(UfuncOperators, ShiftsPastTheWidth) {
    const array a = values_of(dtype::int8, {-5, 5, 1, 1});
    const array counts = values_of(dtype::int8, {9, 9, 7, -1});
    EXPECT_EQ(ints(*expect_array(engine::apply(binary_op::right_shift, a, counts))), (std::vector<std::int64_t>{-1, 0, 0, 0}));
    EXPECT_EQ(ints(*expect_array(engine::apply(binary_op::left_shift, a, counts))), (std::vector<std::int64_t>{0, 0, -128, 0}));
}

TEST(UfuncOperators, IntegerPowersWrapAndRefuseNegativeExponents) {
    const array a = values_of(dtype::int8, {2, 3, -2});
    EXPECT_EQ(ints(*expect_array(engine::apply(binary_op::power, a, values_of(dtype::int8, {7, 5, 7})))),
              (std::vector<std::int64_t>{-128, -13, -128}));  // 128 and 243 wrap in int8
    EXPECT_EQ(category_of([&] { engine::apply(binary_op::power, a, values_of(dtype::int8, {1, -1, 1})); }),
              error_category::value_error);
}

TEST(UfuncOperators, UnaryResults) {
    const array c = ndarray::allocate(dtype::complex64, {2});
    store_element(dtype::complex64, c->data(), make_complex128({3, 4}));
    store_element(dtype::complex64, c->data() + 8, make_complex128({INFINITY, NAN}));
    const array m = expect_array(engine::apply(unary_op::absolute, c));
    EXPECT_EQ(m->type(), dtype::float32);
    EXPECT_EQ(doubles(*m), (std::vector<double>{5.0, INFINITY}));  // an infinite part wins over a NaN
    EXPECT_EQ(ints(*expect_array(engine::apply(unary_op::absolute, values_of(dtype::int8, {-128, -3})))),
              (std::vector<std::int64_t>{-128, 3}));
    EXPECT_EQ(ints(*expect_array(engine::apply(unary_op::negative, values_of(dtype::uint8, {1, 0})))),
              (std::vector<std::int64_t>{255, 0}));
    const array t = iota({2, 3}, dtype::int16, order::F);
    const array n = expect_array(engine::apply(unary_op::negative, t));
    EXPECT_EQ(n->strides(), t->strides());  // laid out like the operand
    EXPECT_NE(n->data(), t->data());
}

TEST(UfuncOperators, PowerShortcutsByProfile) {
    // int8 array (transposed, then every other column): neither C- nor F-contiguous.
    const array base = iota({3, 4}, dtype::int8);
    const array i = ndarray::view_of(base, dtype::int8, {4, 2}, {1, 8});
    const scalar two_point_zero = from_python_number(make_float64(2.0));
    {
        const scoped_semantics numpy_1_24(semantics::numpy_1_24());
        const array p = expect_array(power_operator(i, two_point_zero));
        EXPECT_EQ(p->type(), dtype::float64);
        EXPECT_TRUE(p->c_contiguous());  // a C-ordered float64 copy, squared in place
        EXPECT_EQ(expect_array(power_operator(i, scalar{dtype::float32, 2.0}))->type(), dtype::float64);
    }
    {
        const scoped_semantics numpy_2(semantics::numpy_2());
        const array p = expect_array(power_operator(i, two_point_zero));
        EXPECT_EQ(p->type(), dtype::float64);
        EXPECT_EQ(p->strides(), (dims{8, 32}));  // the power loop's K-ordered output
        EXPECT_EQ(expect_array(power_operator(i, scalar{dtype::float32, 2.0}))->type(), dtype::float32);
    }
    // sqrt keeps -0.0 and gives NaN for -inf, where pow gives 0.0 and inf.
    const array f = doubles_of({-0.0, -INFINITY});
    const array r = expect_array(power_operator(f, from_python_number(make_float64(0.5))));
    EXPECT_TRUE(std::signbit(doubles(*r)[0]));
    EXPECT_TRUE(std::isnan(doubles(*r)[1]));
}

TEST(UfuncOperators, PythonIntsOutsideTheDtypeUnderNumpy2) {
    const scoped_semantics numpy_2(semantics::numpy_2());
    const scalar two_to_63 = from_python_number(scalar{dtype::uint64, std::uint64_t{1} << 63});
    const scalar two_to_70 = python_int_beyond_64_bits(std::ldexp(1.0, 70));
    const array big = values_of(dtype::int64, {std::numeric_limits<std::int64_t>::max(), 5});
    // A comparison with a NumPy integer answers by the int's range: int64's maximum is below 2**63, not equal to it
    // (a float64 comparison of the two values would round them equal).
    EXPECT_EQ(ints(*expect_array(apply(binary_op::equal, big, two_to_63))), (std::vector<std::int64_t>{0, 0}));
    EXPECT_EQ(ints(*expect_array(apply(binary_op::less, big, two_to_63))), (std::vector<std::int64_t>{1, 1}));
    EXPECT_EQ(ints(*expect_array(apply(binary_op::greater, two_to_70, big))), (std::vector<std::int64_t>{1, 1}));
    // A bool array's loop is int64, which neither holds (OverflowError), comparisons too.
    const array truths = values_of(dtype::bool_, {1, 0});
    EXPECT_EQ(category_of([&] { apply(binary_op::less, truths, two_to_63); }), error_category::overflow_error);
    EXPECT_EQ(category_of([&] { apply(binary_op::add, truths, two_to_63); }), error_category::overflow_error);
    // Beyond 64 bits: float() of it in a float loop, OverflowError in an integer one.
    const array sums = expect_array(apply(binary_op::add, doubles_of({1.0}), two_to_70));
    EXPECT_EQ(doubles(*sums), (std::vector<double>{std::ldexp(1.0, 70)}));
    EXPECT_EQ(category_of([&] { apply(binary_op::add, big, two_to_70); }), error_category::overflow_error);
    EXPECT_EQ(expect_array(apply(binary_op::true_divide, big, two_to_70))->type(), dtype::float64);
    // NumPy 1.24 makes an object array of it, which the engine has not.
    const scoped_semantics numpy_1_24(semantics::numpy_1_24());
    EXPECT_EQ(category_of([&] { apply(binary_op::add, doubles_of({1.0}), two_to_70); }), error_category::runtime_error);
}
