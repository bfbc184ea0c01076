// Tests of the binary ufuncs (+ - * and comparisons): result dtypes under value-based casting, wrapping
// integer arithmetic, bool semantics, scalar results, broadcasting errors, the output layout NumPy picks,
// and in-place operation (casting rule, broadcasting, read-only targets, overlap, identity).
// Every expected value, dtype, stride and message was checked against NumPy 1.24.2 (/usr/bin/python3).
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/semantics.hpp"
#include "engine/simd_targets.hpp"
#include "engine/kernels.hpp"
#include "engine/memory_views.hpp"
#include "engine/result_layout.hpp"
#include "engine/ufunc.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::expect_error;
using engine::testing::doubles;
using engine::testing::iota;
using engine::testing::ints;

namespace {

// A fresh 1-D array of dtype t holding the values (cast as NumPy's astype would).
array values_of(dtype t, const std::vector<scalar>& values) {
    array a = ndarray::allocate(t, {static_cast<std::int64_t>(values.size())});
    for (std::size_t i = 0; i < values.size(); ++i)
        store_element(t, a->data() + static_cast<std::int64_t>(i) * a->itemsize(), values[i]);
    return a;
}

array ints_of(dtype t, const std::vector<std::int64_t>& values) {
    std::vector<scalar> s;
    for (auto v : values) s.push_back(make_int64(v));
    return values_of(t, s);
}

array result_array(const std::variant<array, scalar>& r) {
    if (!std::holds_alternative<array>(r)) ADD_FAILURE() << "expected an array result";
    return std::get<array>(r);
}

scalar result_scalar(const std::variant<array, scalar>& r) {
    if (!std::holds_alternative<scalar>(r)) ADD_FAILURE() << "expected a scalar result";
    return std::get<scalar>(r);
}

std::vector<bool> bools(const ndarray& a) {
    std::vector<bool> out;
    for (const auto& s : flat_values(a)) out.push_back(s.as_bool());
    return out;
}

// Runs f, expecting an engine error of `category` with exactly `message`.
array transposed(const array& a) {  // a.T of a 2-D array
    return ndarray::view_of(a, a->type(), {a->shape()[1], a->shape()[0]}, {a->strides()[1], a->strides()[0]});
}

}  // namespace

TEST(UfuncArithmetic, IntegersWrapAround) {
    // np.array([127, -128], np.int8) + np.array([1, -1], np.int8) -> [-128, 127]
    auto r = result_array(apply(binary_op::add, ints_of(dtype::int8, {127, -128}), ints_of(dtype::int8, {1, -1})));
    EXPECT_EQ(r->type(), dtype::int8);
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{-128, 127}));
    // uint8 200 * 2 -> 144; uint16 65535 * 65535 -> 1; int64 max + 1 -> min; uint8 5 - 7 -> 254
    EXPECT_EQ(ints(*result_array(apply(binary_op::multiply, ints_of(dtype::uint8, {200}), ints_of(dtype::uint8, {2})))),
              (std::vector<std::int64_t>{144}));
    EXPECT_EQ(ints(*result_array(apply(binary_op::multiply, ints_of(dtype::uint16, {65535}), ints_of(dtype::uint16, {65535})))),
              (std::vector<std::int64_t>{1}));
    EXPECT_EQ(ints(*result_array(apply(binary_op::add, ints_of(dtype::int64, {INT64_MAX}), make_int64(1)))),
              (std::vector<std::int64_t>{INT64_MIN}));
    EXPECT_EQ(ints(*result_array(apply(binary_op::subtract, ints_of(dtype::uint8, {5}), ints_of(dtype::uint8, {7})))),
              (std::vector<std::int64_t>{254}));
}

TEST(UfuncArithmetic, ValueBasedResultTypes) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    // uint8 array + (-1) -> int16 [-1, 0, 1]; int8 array + 300 -> int16 [301, 302]; int8 array + 1 -> int8
    auto a = result_array(apply(binary_op::add, ints_of(dtype::uint8, {0, 1, 2}), make_int64(-1)));
    EXPECT_EQ(a->type(), dtype::int16);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{-1, 0, 1}));
    auto b = result_array(apply(binary_op::add, ints_of(dtype::int8, {1, 2}), make_int64(300)));
    EXPECT_EQ(b->type(), dtype::int16);
    EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{301, 302}));
    EXPECT_EQ(result_array(apply(binary_op::add, ints_of(dtype::int8, {1}), make_int64(1)))->type(), dtype::int8);
    EXPECT_EQ(result_array(apply(binary_op::add, ints_of(dtype::int8, {1}), make_int64(200)))->type(), dtype::int16);
    EXPECT_EQ(result_array(apply(binary_op::add, ints_of(dtype::float32, {1}), make_float64(1.0)))->type(), dtype::float32);
    EXPECT_EQ(result_array(apply(binary_op::add, ints_of(dtype::float32, {1}), make_complex128({0, 1})))->type(),
              dtype::complex64);
    EXPECT_EQ(result_array(apply(binary_op::add, ints_of(dtype::complex64, {1}), make_float64(1e300)))->type(),
              dtype::complex128);
    // The scalar on the left works the same; a 0-d array counts as a scalar.
    EXPECT_EQ(result_array(apply(binary_op::multiply, make_int64(2), ints_of(dtype::int8, {1})))->type(), dtype::int8);
    EXPECT_EQ(result_array(apply(binary_op::add, ints_of(dtype::int8, {1}), iota({}, dtype::int64)))->type(), dtype::int8);
}

TEST(UfuncArithmetic, ResultTypeOfOperands) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    EXPECT_EQ(result_type({ints_of(dtype::uint8, {1}), make_int64(-1)}), dtype::int16);
    EXPECT_EQ(result_type({ints_of(dtype::int8, {1}), make_float64(1.5)}), dtype::float64);
    EXPECT_EQ(result_type({scalar{dtype::int8, std::int64_t{3}}, make_int64(1)}), dtype::int64);
}

TEST(UfuncArithmetic, Float32IsComputedInFloat32) {
    // np.array([0.1], np.float32) + np.float32(0.2) -> float32 0.30000001192092896
    auto r = result_array(apply(binary_op::add, values_of(dtype::float32, {make_float64(0.1)}),
                                scalar{dtype::float32, static_cast<double>(0.2f)}));
    EXPECT_EQ(r->type(), dtype::float32);
    EXPECT_EQ(doubles(*r), (std::vector<double>{0.30000001192092896}));
}

TEST(UfuncArithmetic, ComplexProduct) {
    // np.array([1+2j]) * np.array([3+4j]) -> -5+10j
    auto r = result_array(apply(binary_op::multiply, values_of(dtype::complex128, {make_complex128({1, 2})}),
                                values_of(dtype::complex128, {make_complex128({3, 4})})));
    EXPECT_EQ(flat_values(*r)[0].as_complex(), std::complex<double>(-5, 10));
}

TEST(UfuncArithmetic, ComplexProductPassesOnTheFirstNaNInNumPysOrder) {
    // Parts that are NaN carry payloads 1 (ar), 2 (ai), 3 (br), 4 (bi); the others are 1.5 and 2.5. The order is
    // ar, y's part, the cross product; NumPy 2 takes y's part first in the cross products ai*bi and ai*br, NumPy 1.24
    // x's. Fused (AVX-512 profile) or not (baseline), the same NaN comes out; except in NumPy 1.24's AVX512F vector
    // loop (these contiguous arrays take it), whose imaginary part takes ai*br's NaN before ar*bi's.
    const auto nan = [](std::uint64_t payload) { return std::bit_cast<double>(0xfff8000000000000u | payload); };
    const auto payload = [](double part) { return std::bit_cast<std::uint64_t>(part) & 0xfu; };
    struct expectation {
        std::complex<double> x, y;
        std::uint64_t numpy_2_real, numpy_2_imag, numpy_1_24_real, numpy_1_24_imag, numpy_1_24_avx512f_imag;
    };
    const std::vector<expectation> expectations{
        {{1.5, nan(2)}, {1.5, nan(4)}, 4, 4, 2, 4, 2},        // re: the cross product ai*bi; im: bi before it
        {{1.5, nan(2)}, {nan(3), 2.5}, 3, 3, 3, 2, 2},        // re: ar*br before the cross product; im: ai*br
        {{1.5, nan(2)}, {nan(3), nan(4)}, 3, 4, 3, 4, 2},     // y's parts before the cross products
        {{nan(1), nan(2)}, {nan(3), nan(4)}, 1, 1, 1, 1, 2},  // ar first
    };
    for (const semantics& rules : {semantics::numpy_2(), semantics::numpy_2(simd_targets::baseline()),
                                   semantics::numpy_1_24(simd_targets::baseline()),
                                   semantics::numpy_1_24(simd_targets::avx512_icl_machine())}) {
        const scoped_semantics scope(rules);
        for (const expectation& e : expectations) {
            // Four elements each: distinct arrays of 64 bytes start a vector apart, as NumPy 1.24's AVX512F loop
            // asks of the output and each input, whatever the smallest buffer the engine allocates.
            const auto four = [](std::complex<double> v) {
                return values_of(dtype::complex128, std::vector<scalar>(4, make_complex128(v)));
            };
            const auto r = result_array(apply(binary_op::multiply, four(e.x), four(e.y)));
            const std::complex<double> z = flat_values(*r)[0].as_complex();
            const bool numpy_2 = rules.complex_cross_products_y_first;
            const bool avx512f_loop =
                rules.complex_products == semantics::complex_product_fusion::outside_contiguous_vector_loop;
            EXPECT_TRUE(std::isnan(z.real()));
            EXPECT_EQ(payload(z.real()), numpy_2 ? e.numpy_2_real : e.numpy_1_24_real) << e.x << " * " << e.y;
            EXPECT_EQ(payload(z.imag()), numpy_2        ? e.numpy_2_imag
                                         : avx512f_loop ? e.numpy_1_24_avx512f_imag
                                                        : e.numpy_1_24_imag)
                << e.x << " * " << e.y;
        }
    }
}

TEST(UfuncBool, PlusIsOrTimesIsAndMinusIsRejected) {
    auto t = values_of(dtype::bool_, {make_bool(true), make_bool(false)});
    auto u = values_of(dtype::bool_, {make_bool(true), make_bool(true)});
    auto sum = result_array(apply(binary_op::add, t, u));
    EXPECT_EQ(sum->type(), dtype::bool_);
    EXPECT_EQ(bools(*sum), (std::vector<bool>{true, true}));
    EXPECT_EQ(bools(*result_array(apply(binary_op::multiply, t, u))), (std::vector<bool>{true, false}));
    const std::string message =
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the "
        "logical_xor function instead.";
    expect_error([&] { apply(binary_op::subtract, t, u); }, error_category::type_error, message);
    // np.True_ - True, and the type error comes before a broadcasting error.
    expect_error([&] { apply(binary_op::subtract, make_bool(true), make_bool(true)); }, error_category::type_error, message);
    expect_error([&] { apply(binary_op::subtract, t, values_of(dtype::bool_, {make_bool(true), make_bool(true), make_bool(true)})); },
                 error_category::type_error, message);
    // bool array - 1 is int64 [0, -1]
    auto d = result_array(apply(binary_op::subtract, t, make_int64(1)));
    EXPECT_EQ(d->type(), dtype::int64);
    EXPECT_EQ(ints(*d), (std::vector<std::int64_t>{0, -1}));
}

TEST(UfuncScalars, ScalarOnlyOperationsGiveScalars) {
    // np.int8(3) + 1 -> np.int64(4); np.int8(127) + np.int8(1) -> np.int8(-128); np.array(3) + np.array(4) -> np.int64(7)
    EXPECT_EQ(result_scalar(apply(binary_op::add, scalar{dtype::int8, std::int64_t{3}}, make_int64(1))), make_int64(4));
    EXPECT_EQ(result_scalar(apply(binary_op::add, scalar{dtype::int8, std::int64_t{127}}, scalar{dtype::int8, std::int64_t{1}})),
              (scalar{dtype::int8, std::int64_t{-128}}));
    array three = ndarray::allocate(dtype::int64, {});
    store_element(dtype::int64, three->data(), make_int64(3));
    array four = ndarray::allocate(dtype::int64, {});
    store_element(dtype::int64, four->data(), make_int64(4));
    EXPECT_EQ(result_scalar(apply(binary_op::add, three, four)), make_int64(7));
    // np.float32(2) * np.array(2, np.int8) -> np.float32(4.0)
    array two = ndarray::allocate(dtype::int8, {});
    store_element(dtype::int8, two->data(), make_int64(2));
    EXPECT_EQ(result_scalar(apply(binary_op::multiply, scalar{dtype::float32, 2.0}, two)), (scalar{dtype::float32, 4.0}));
    EXPECT_EQ(result_scalar(apply(binary_op::less, make_int64(1), make_float64(1.5))), make_bool(true));
}

TEST(UfuncComparisons, GiveBoolAndFollowNumPyRules) {
    auto r = result_array(apply(binary_op::less_equal, ints_of(dtype::int8, {1, 2, 3}), make_int64(2)));
    EXPECT_EQ(r->type(), dtype::bool_);
    EXPECT_EQ(bools(*r), (std::vector<bool>{true, true, false}));
    // uint64 vs int64 compares in float64 in 1.24: 2**63 == 2**63 - 1 is True; NumPy 2's Qq loop is exact.
    auto big = values_of(dtype::uint64, {scalar{dtype::uint64, std::uint64_t{1} << 63}});
    const auto big_equals_int64_max = [&] {
        return bools(*result_array(apply(binary_op::equal, big, ints_of(dtype::int64, {INT64_MAX}))));
    };
    EXPECT_EQ(big_equals_int64_max(), (std::vector<bool>{false}));
    {
        const scoped_semantics numpy_1_24(semantics::numpy_1_24());
        EXPECT_EQ(big_equals_int64_max(), (std::vector<bool>{true}));
    }
    // uint64 max == -1 is False in both.
    auto max = values_of(dtype::uint64, {scalar{dtype::uint64, ~std::uint64_t{0}}});
    EXPECT_EQ(bools(*result_array(apply(binary_op::equal, max, make_int64(-1)))), (std::vector<bool>{false}));
}

TEST(UfuncComparisons, ComplexOrderIsLexicographicWithNaNRule) {
    const double nan = std::nan("");
    // np.array([1+2j, 1+1j, nan+1j]) < np.array([1+3j, 2+0j, 3+0j]) -> [True, True, False]
    auto x = values_of(dtype::complex128, {make_complex128({1, 2}), make_complex128({1, 1}), make_complex128({nan, 1})});
    auto y = values_of(dtype::complex128, {make_complex128({1, 3}), make_complex128({2, 0}), make_complex128({3, 0})});
    EXPECT_EQ(bools(*result_array(apply(binary_op::less, x, y))), (std::vector<bool>{true, true, false}));
    // np.array([1+2j, 1+1j, 1+nanj]) > np.array([1+3j, 0j, 0j]) -> [False, True, False]
    auto u = values_of(dtype::complex128, {make_complex128({1, 2}), make_complex128({1, 1}), make_complex128({1, nan})});
    auto v = values_of(dtype::complex128, {make_complex128({1, 3}), make_complex128({0, 0}), make_complex128({0, 0})});
    EXPECT_EQ(bools(*result_array(apply(binary_op::greater, u, v))), (std::vector<bool>{false, true, false}));
    EXPECT_EQ(bools(*result_array(apply(binary_op::greater_equal, x, x))), (std::vector<bool>{true, true, false}));
}

TEST(UfuncBroadcasting, ShapesCombineAndErrorsMatchNumPy) {
    auto r = result_array(apply(binary_op::add, iota({2, 1}), iota({3})));
    EXPECT_EQ(r->shape(), (dims{2, 3}));
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{0, 1, 2, 1, 2, 3}));
    expect_error([] { apply(binary_op::add, iota({2}), iota({3})); }, error_category::value_error,
                 "operands could not be broadcast together with shapes (2,) (3,) ");
    expect_error([] { apply(binary_op::less, iota({2, 3}), iota({4, 1, 2})); }, error_category::value_error,
                 "operands could not be broadcast together with shapes (2,3) (4,1,2) ");
    // NumPy 2: == and != raise like every other ufunc (unbroadcastable_comparison_raises).
    expect_error([] { apply(binary_op::equal, iota({2}), iota({3})); }, error_category::value_error,
                 "operands could not be broadcast together with shapes (2,) (3,) ");
    EXPECT_FALSE(comparison_falls_back_to_identity(binary_op::equal, iota({2}), iota({3})));
    // NumPy 1.24: the operators == and != on unbroadcastable arrays fall back to Python's identity comparison
    // (the caller answers; apply, as np.equal, still raises); broadcastable shapes and other operators do not.
    const scoped_semantics numpy_1_24(semantics::numpy_1_24());
    EXPECT_TRUE(comparison_falls_back_to_identity(binary_op::equal, iota({2}), iota({3})));
    EXPECT_TRUE(comparison_falls_back_to_identity(binary_op::not_equal, iota({2}), iota({3})));
    EXPECT_FALSE(comparison_falls_back_to_identity(binary_op::equal, iota({2, 1}), iota({3})));
    EXPECT_FALSE(comparison_falls_back_to_identity(binary_op::less, iota({2}), iota({3})));
    expect_error([] { apply(binary_op::not_equal, iota({2}), iota({3})); }, error_category::value_error,
                 "operands could not be broadcast together with shapes (2,) (3,) ");
}

TEST(UfuncLayout, OutputFollowsInputOrder) {
    array a = iota({2, 3});
    array t = transposed(a);
    // (a.T + 1).strides == (8, 24); (a.T + a.T).strides == (8, 24)
    auto r = result_array(apply(binary_op::add, t, make_int64(1)));
    EXPECT_EQ(r->strides(), (dims{8, 24}));
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{1, 4, 2, 5, 3, 6}));
    EXPECT_EQ(result_array(apply(binary_op::add, t, t))->strides(), (dims{8, 24}));
    // F + C and C + F: C wins -> (24, 8)
    array f = iota({2, 3}, dtype::float64, order::F);
    array c = iota({2, 3}, dtype::float64);
    EXPECT_EQ(result_array(apply(binary_op::add, f, c))->strides(), (dims{24, 8}));
    EXPECT_EQ(result_array(apply(binary_op::add, c, f))->strides(), (dims{24, 8}));
    EXPECT_TRUE(result_array(apply(binary_op::add, f, f))->f_contiguous());
    // x.transpose(1, 0, 2) + 1 -> (32, 96, 8); the same with x[0, :2] broadcast in
    array x = iota({2, 3, 4});
    array p = ndarray::view_of(x, dtype::int64, {3, 2, 4}, {32, 96, 8});
    EXPECT_EQ(result_array(apply(binary_op::add, p, make_int64(1)))->strides(), (dims{32, 96, 8}));
    array row = ndarray::view_of(x, dtype::int64, {2, 4}, {32, 8});
    EXPECT_EQ(result_array(apply(binary_op::add, p, row))->strides(), (dims{32, 96, 8}));
    // x[:, ::2] + 1 -> (64, 32, 8)
    array s = ndarray::view_of(x, dtype::int64, {2, 2, 4}, {96, 64, 8});
    EXPECT_EQ(result_array(apply(binary_op::add, s, make_int64(1)))->strides(), (dims{64, 32, 8}));
    // np.ones((4, 3), order='F')[::2] + 1 -> (8, 16)
    array h0 = iota({4, 3}, dtype::float64, order::F);
    array h = ndarray::view_of(h0, dtype::float64, {2, 3}, {16, 32});
    EXPECT_EQ(result_array(apply(binary_op::add, h, make_float64(1)))->strides(), (dims{8, 16}));
    // A reversed view gives a positive stride: np.arange(4)[::-1] + 1 -> [4, 3, 2, 1], (8,)
    array rev = ndarray::view_of(iota({4}), dtype::int64, {4}, {-8}, 24);
    auto rr = result_array(apply(binary_op::add, rev, make_int64(1)));
    EXPECT_EQ(rr->strides(), (dims{8}));
    EXPECT_EQ(ints(*rr), (std::vector<std::int64_t>{4, 3, 2, 1}));
}

TEST(UfuncLayout, TrivialPathVersusIteratorForLengthOneAxes) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    // g = np.arange(12.).reshape(1, 2, 6).T: shape (6, 2, 1), strides (8, 48, 96), F-contiguous.
    array base = iota({1, 2, 6}, dtype::float64);
    array g = ndarray::view_of(base, dtype::float64, {6, 2, 1}, {8, 48, 96});
    // g + 1 takes NumPy's trivial path: a plain F array, (8, 48, 96).
    EXPECT_EQ(result_array(apply(binary_op::add, g, make_float64(1)))->strides(), (dims{8, 48, 96}));
    // g.astype(np.int32) + 1.5 needs a cast, so the iterator allocates: (8, 48, 8).
    array gi = copy_of(*g, order::K, dtype::int32);
    ASSERT_EQ(gi->strides(), (dims{4, 24, 48}));
    EXPECT_EQ(result_array(apply(binary_op::add, gi, make_float64(1.5)))->strides(), (dims{8, 48, 8}));
    // u = np.ones((2, 2, 1), np.uint8, order='F'), strides (1, 2, 4): u + 5 casts the int64 scalar to uint8,
    // which is only allowed by value, so the iterator allocates: (1, 2, 1). u + (-1) casts u itself to
    // int16: the iterator again, (2, 4, 2).
    array u = iota({2, 2, 1}, dtype::uint8, order::F);
    ASSERT_EQ(u->strides(), (dims{1, 2, 4}));
    auto plus5 = result_array(apply(binary_op::add, u, make_int64(5)));
    EXPECT_EQ(plus5->type(), dtype::uint8);
    EXPECT_EQ(plus5->strides(), (dims{1, 2, 1}));
    EXPECT_EQ(result_array(apply(binary_op::subtract, u, scalar{dtype::int16, std::int64_t{130}}))->strides(), (dims{1, 2, 1}));
    EXPECT_EQ(result_array(apply(binary_op::add, u, make_int64(-1)))->strides(), (dims{2, 4, 2}));
    // np.ones((3, 1)) + np.ones((1, 4), order='F') -> (32, 8)
    EXPECT_EQ(result_array(apply(binary_op::add, iota({3, 1}, dtype::float64), iota({1, 4}, dtype::float64, order::F)))->strides(),
              (dims{32, 8}));
}

TEST(UfuncLayout, EmptyResult) {
    // np.ones((0, 3)) + 1: shape (0, 3), strides (0, 0) in NumPy 1.24
    auto r = result_array(apply(binary_op::add, iota({0, 3}, dtype::float64), make_int64(1)));
    EXPECT_EQ(r->shape(), (dims{0, 3}));
    EXPECT_EQ(r->strides(), (dims{0, 0}));
}

TEST(UfuncResults, AreFreshOwners) {
    array a = iota({3});
    auto r = result_array(apply(binary_op::multiply, a, make_int64(1)));
    EXPECT_NE(r, a);
    EXPECT_EQ(r->base(), nullptr);
    EXPECT_TRUE(r->owndata());
    EXPECT_NE(r->memory(), a->memory());
}

TEST(UfuncLoops, DenseRunsAnswerAsTheElementLoop) {
    // The same values once contiguous (the vectorised loop) and once every other element of a larger array
    // (the element loop), for every arithmetic and a comparison, over integer, float and complex dtypes, with an
    // array or a repeated scalar as either operand.
    const std::int64_t n = 37;
    for (dtype t : {dtype::int8, dtype::uint16, dtype::int64, dtype::float32, dtype::float64, dtype::complex128}) {
        const array wide_a = iota({2 * n}, t);
        const array wide_b = copy_of(*ndarray::view_of(wide_a, t, {2 * n}, {-itemsize(t)}, (2 * n - 1) * itemsize(t)));
        const array strided_a = ndarray::view_of(wide_a, t, {n}, {2 * itemsize(t)});
        const array strided_b = ndarray::view_of(wide_b, t, {n}, {2 * itemsize(t)}, itemsize(t));
        const array dense_a = copy_of(*strided_a), dense_b = copy_of(*strided_b);
        for (binary_op op : {binary_op::add, binary_op::subtract, binary_op::multiply, binary_op::less}) {
            const array dense = result_array(apply(op, dense_a, dense_b));
            const array strided = result_array(apply(op, strided_a, strided_b));
            EXPECT_EQ(flat_values(*dense), flat_values(*strided)) << name(t);
            const operand three = make_int64(3);
            EXPECT_EQ(flat_values(*result_array(apply(op, dense_a, three))),
                      flat_values(*result_array(apply(op, strided_a, three)))) << name(t);
            EXPECT_EQ(flat_values(*result_array(apply(op, three, dense_b))),
                      flat_values(*result_array(apply(op, three, strided_b)))) << name(t);
        }
    }
}

TEST(UfuncLoops, InPlaceDenseRunsReadEachElementBeforeWritingIt) {
    array b = iota({1000}, dtype::float64);
    const array a = iota({1000}, dtype::float64);
    apply_inplace(binary_op::add, b, a);  // b += a
    apply_inplace(binary_op::multiply, b, b);  // b *= b
    const std::vector<double> v = doubles(*b);
    for (std::int64_t i = 0; i < 1000; ++i) ASSERT_EQ(v[i], 4.0 * i * i);
}

TEST(UfuncLoops, StreamedLargeOutputsAnswerAsRunsBelowTheStreamingSize) {
    // A float sum or product into an output of 4 MiB or more apart from its inputs is stored with streaming
    // stores after an element-by-element start up to a 32-byte boundary. The same values computed in runs of
    // 1,024 elements (plain stores; a multiple of every y-first block, and the last run keeps the whole array's
    // tail) must match bit for bit, NaN payloads included, into a fresh output and into one 8 bytes off a
    // 32-byte boundary.
    for (dtype t : {dtype::float64, dtype::float32}) {
        const std::int64_t size = itemsize(t), n = ((std::int64_t{4} << 20) / size) + 1027, run = 1024;
        const array x = iota({n}, t), y = copy_of(*ndarray::view_of(x, t, {n}, {-size}, (n - 1) * size));
        // NaNs with distinct payloads in x alone, in y alone and in both, in the start, the middle and the tail.
        const auto nan_at = [&](const array& a, std::int64_t i, std::uint32_t payload) {
            if (t == dtype::float64) {
                const std::uint64_t bits = 0x7ff8000000000000ULL | payload;
                std::memcpy(a->data() + i * size, &bits, sizeof bits);
            } else {
                const std::uint32_t bits = 0x7fc00000U | payload;
                std::memcpy(a->data() + i * size, &bits, sizeof bits);
            }
        };
        for (const std::int64_t i : {std::int64_t{0}, std::int64_t{1}, std::int64_t{3}, n - 2}) nan_at(x, i, 1);
        for (const std::int64_t i : {std::int64_t{1}, std::int64_t{2}, n - 2, n - 1}) nan_at(y, i, 2);
        for (std::int64_t i = n / 2; i < n / 2 + 16; ++i) {  // both NaN in every lane of two vectors, whatever the start
            nan_at(x, i, 1);
            nan_at(y, i, 2);
        }
        for (binary_op op : {binary_op::add, binary_op::multiply}) {
            const array fresh = result_array(apply(op, x, y));
            const array wide = ndarray::allocate(t, {n + 8});
            const std::int64_t skip = (32 - reinterpret_cast<std::uintptr_t>(wide->data()) % 32 + 8) % 32 / size;
            const array shifted = ndarray::view_of(wide, t, {n}, {size}, skip * size);
            ASSERT_EQ(reinterpret_cast<std::uintptr_t>(shifted->data()) % 32, 8u);
            call(op, x, y, ufunc_keywords{.out = shifted, .where = std::nullopt, .loop_dtype = std::nullopt});
            const array reference = ndarray::allocate(t, {n});
            for (std::int64_t i0 = 0; i0 < n; i0 += std::min(run, n - i0)) {
                const std::int64_t length = n - i0 < 2 * run ? n - i0 : run;
                const auto part = [&](const array& a) { return ndarray::view_of(a, t, {length}, {size}, i0 * size); };
                call(op, part(x), part(y), ufunc_keywords{.out = part(reference), .where = std::nullopt, .loop_dtype = std::nullopt});
                if (length != run) break;
            }
            EXPECT_EQ(std::memcmp(fresh->data(), reference->data(), static_cast<std::size_t>(n * size)), 0) << name(t);
            EXPECT_EQ(std::memcmp(shifted->data(), reference->data(), static_cast<std::size_t>(n * size)), 0) << name(t);
        }
    }
}

TEST(UfuncLoops, AnInputAcrossTheOutputsGrainIsTiledWithTheSameAnswers) {
    // a.T + b and b - a.T on a 40x50 matrix (tiles of 32 with ragged edges), checked element by element.
    const array a = iota({50, 40}, dtype::float64);
    const array b = iota({40, 50}, dtype::float64);
    const array sum = result_array(apply(binary_op::add, transposed(a), b));
    const array difference = result_array(apply(binary_op::subtract, b, transposed(a)));
    const std::vector<double> s = doubles(*sum), d = doubles(*difference);  // C order, whatever the layout
    for (std::int64_t i = 0; i < 40; ++i)
        for (std::int64_t j = 0; j < 50; ++j) {
            ASSERT_EQ(s[i * 50 + j], double(j * 40 + i) + double(i * 50 + j));
            ASSERT_EQ(d[i * 50 + j], double(i * 50 + j) - double(j * 40 + i));
        }
}

namespace {

// A 2-D operand of dtype t with a random layout over fresh memory holding random values: fastest along `fast`
// (0: a transpose, across a C-ordered output's grain), every `step`-th element, each axis maybe reversed (unless
// `forwards`).
array random_operand(std::mt19937_64& rng, dtype t, std::int64_t rows, std::int64_t cols, int fast,
                     bool forwards = false) {
    const std::int64_t size = itemsize(t);
    const std::int64_t step = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? 2 : 1;
    const dims shape{rows, cols};
    dims strides(2);
    strides[fast] = size * step;
    strides[1 - fast] = size * step * shape[fast];
    for (auto& st : strides)
        if (std::uniform_int_distribution<int>(0, 4)(rng) == 0 && !forwards) st = -st;
    std::int64_t low = 0, high = 0;
    for (std::size_t i = 0; i < 2; ++i) (strides[i] < 0 ? low : high) += (shape[i] - 1) * strides[i];
    const array memory = ndarray::allocate(t, {(high - low) / size + 1});
    std::uniform_int_distribution<int> small(-60, 60), positive(1, 90);
    std::uniform_real_distribution<double> real(-1000.0, 1000.0);
    for (std::int64_t i = 0; i < memory->size(); ++i) {
        scalar v = make_int64(t == dtype::bool_ ? small(rng) & 1 : is_integer(t) ? positive(rng) : 0);
        if (is_inexact(t)) v = make_float64(real(rng) / 7.0);
        if (is_complex(t)) v = make_complex128({real(rng) / 3.0, real(rng) / 11.0});
        store_element(t, memory->data() + i * size, v);
    }
    return ndarray::view_of(memory, t, shape, strides, -low);
}

ufunc_keywords into_out(const array& out) {
    ufunc_keywords keywords;
    keywords.out = out;
    return keywords;
}

scalar element_at(const ndarray& a, std::int64_t i, std::int64_t j) {
    return load_element(a.type(), a.data() + i * a.strides()[0] + j * a.strides()[1]);
}

}  // namespace

TEST(UfuncLoops, TiledCrossingInputsMatchAnElementByElementReference) {
    // x OP y with x, y of random 2-D layouts (mostly x transposed against a C-ordered y, ragged tile edges, steps
    // of two, reversed axes), fresh and into out= (C, F, or y itself: y OP= x): every element against the ufunc's
    // loop on the two elements as scalars (np.multiply(s, t), not s * t: scalar math multiplies complex plainly), and the fresh result's strides against NumPy's order='K' rule.
    const std::vector<dtype> types{dtype::float64, dtype::float32, dtype::int64, dtype::int32, dtype::int16,
                                   dtype::int8,    dtype::uint8,   dtype::uint64, dtype::complex128,
                                   dtype::complex64, dtype::float16, dtype::bool_};
    const std::vector<binary_op> ops{binary_op::add,  binary_op::subtract,      binary_op::multiply,
                                     binary_op::less, binary_op::greater_equal, binary_op::equal,
                                     binary_op::maximum, binary_op::true_divide};
    for (const std::uint64_t seed : {11u, 12u, 13u, 14u, 15u, 16u}) {
        std::mt19937_64 rng(seed);
        for (int round = 0; round < 20; ++round) {
            const dtype t = types[std::uniform_int_distribution<std::size_t>(0, types.size() - 1)(rng)];
            binary_op op = ops[std::uniform_int_distribution<std::size_t>(0, ops.size() - 1)(rng)];
            if (t == dtype::bool_ && (op == binary_op::subtract || op == binary_op::true_divide)) op = binary_op::add;
            std::uniform_int_distribution<std::int64_t> extent(14, 140);
            const std::int64_t rows = extent(rng), cols = extent(rng);
            const int x_fast = std::uniform_int_distribution<int>(0, 5)(rng) == 0 ? 1 : 0;
            const int y_fast = std::uniform_int_distribution<int>(0, 5)(rng) == 0 ? 0 : 1;
            // NumPy 2's complex64 product takes its plain kernel for an input stepping backwards, where the
            // reference below (the loop on two scalars) fuses: complex64 products keep their axes forwards.
            const bool forwards = t == dtype::complex64 && op == binary_op::multiply;
            const array x = random_operand(rng, t, rows, cols, x_fast, forwards);
            const array y = random_operand(rng, t, rows, cols, y_fast, forwards);
            const auto context = [&] {
                return "seed " + std::to_string(seed) + " round " + std::to_string(round) + ": " + std::string(name(t)) +
                       " " + std::to_string(rows) + "x" + std::to_string(cols) + " x strides " +
                       shape_text(x->strides()) + " y strides " + shape_text(y->strides());
            };
            std::vector<scalar> expected;
            for (std::int64_t i = 0; i < rows; ++i)
                for (std::int64_t j = 0; j < cols; ++j)
                    expected.push_back(
                        result_scalar(call(op, element_at(*x, i, j), element_at(*y, i, j), ufunc_keywords{})));
            const auto check = [&](const ndarray& r, const std::string& how) {
                for (std::int64_t i = 0; i < rows; ++i)
                    for (std::int64_t j = 0; j < cols; ++j)
                        ASSERT_EQ(element_at(r, i, j), expected[static_cast<std::size_t>(i * cols + j)])
                            << how << " at " << i << "," << j << ", " << context();
            };
            const array fresh = result_array(apply(op, x, y));
            const std::int64_t out_size = fresh->itemsize();
            const dims want = x->c_contiguous() && y->c_contiguous()   ? dims{cols * out_size, out_size}
                              : x->f_contiguous() && y->f_contiguous() ? dims{out_size, rows * out_size}
                                  : iterator_output_strides({rows, cols}, {x->strides(), y->strides()}, out_size);
            ASSERT_EQ(fresh->strides(), want) << context();
            check(*fresh, "fresh");
            const order out_order = std::uniform_int_distribution<int>(0, 1)(rng) == 0 ? order::C : order::F;
            const array into = ndarray::allocate(fresh->type(), {rows, cols}, out_order);
            call(op, x, y, into_out(into));
            check(*into, out_order == order::C ? "out= C" : "out= F");
            if (fresh->type() == t) {  // y OP= x, the output one of the inputs
                call(op, x, y, into_out(y));
                check(*y, "in place");
            }
        }
    }
}

TEST(UfuncLoops, AnInputWithDenseOverlappingRowsRunsWholeRows) {
    // np.multiply(as_strided(buf, shape=(16, 33), strides=(8, 16)), y, out=o) of complex numbers: each row of the
    // input is contiguous (the rows overlap), so NumPy hands its loop rows of 33. Under NumPy 1.24 on an AVX-512
    // machine a complex product fuses outside the contiguous vector loop, which needs two elements: a row cut into
    // tiles of 32 and 1 would fuse column 32. The products must be those of a contiguous copy of the input.
    const scoped_semantics numpy_1_24(semantics::numpy_1_24(simd_targets::avx512_icl_machine()));
    ASSERT_EQ(active_semantics().complex_products, semantics::complex_product_fusion::outside_contiguous_vector_loop);
    std::mt19937_64 rng(33);
    std::uniform_real_distribution<double> part(-3.0, 3.0);
    const auto random_complex = [&](const dims& shape) {
        const array a = ndarray::allocate(dtype::complex128, shape);
        for (std::int64_t i = 0; i < a->size(); ++i)
            store_element(dtype::complex128, a->data() + i * 16, make_complex128({part(rng), part(rng)}));
        return a;
    };
    const array buf = random_complex({600});
    const array y = random_complex({16, 33});
    const array rows = as_strided(buf, dims{16, 33}, dims{8, 16});
    const array out = ndarray::allocate(dtype::complex128, {16, 33});
    ufunc_keywords keywords;
    keywords.out = out;
    call(binary_op::multiply, rows, y, keywords);
    const array expected = result_array(apply(binary_op::multiply, copy_of(*rows, order::C), y));
    const std::vector<scalar> got = flat_values(*out), want = flat_values(*expected);
    for (std::size_t i = 0; i < got.size(); ++i)
        ASSERT_EQ(got[i], want[i]) << "row " << i / 33 << " column " << i % 33;
}

TEST(UfuncLoops, ACrossingInputOverlappingTheOutputIsReadBeforeAnyWrite) {
    // m = np.arange(100*100.).reshape(100, 100); np.add(m.T, m, out=m) and np.subtract(m.T, m, out=m[::-1]):
    // out shares memory with the transposed input, so NumPy computes from the inputs as they were.
    for (const bool reversed : {false, true}) {
        const array m = iota({100, 100}, dtype::float64);
        const array before = copy_of(*m, order::C);
        const array out = reversed ? ndarray::view_of(m, dtype::float64, {100, 100}, {-800, 8}, 99 * 800) : m;
        call(reversed ? binary_op::subtract : binary_op::add, transposed(m), m, into_out(out));
        const std::vector<double> b = doubles(*before), r = doubles(*out);
        for (std::int64_t i = 0; i < 100; ++i)
            for (std::int64_t j = 0; j < 100; ++j) {
                const double mt = b[j * 100 + i], mm = b[i * 100 + j];
                ASSERT_EQ(r[i * 100 + j], reversed ? mt - mm : mt + mm) << i << "," << j;
            }
    }
}

TEST(UfuncInplace, KeepsIdentityAndHandlesOverlap) {
    // a = np.arange(5); a[1:] += a[:-1] -> [0, 1, 3, 5, 7]
    array a = iota({5});
    array tail = ndarray::view_of(a, dtype::int64, {4}, {8}, 8);
    array head = ndarray::view_of(a, dtype::int64, {4}, {8}, 0);
    apply_inplace(binary_op::add, tail, head);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 3, 5, 7}));
    // a[:-1] += a[1:] -> [1, 3, 5, 7, 4]
    array b = iota({5});
    apply_inplace(binary_op::add, ndarray::view_of(b, dtype::int64, {4}, {8}, 0), ndarray::view_of(b, dtype::int64, {4}, {8}, 8));
    EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{1, 3, 5, 7, 4}));
    // a = np.arange(5.0); a *= a[::-1] -> [0, 3, 4, 3, 0]
    array c = iota({5}, dtype::float64);
    const auto* before = c.get();
    apply_inplace(binary_op::multiply, c, ndarray::view_of(c, dtype::float64, {5}, {-8}, 32));
    EXPECT_EQ(c.get(), before);
    EXPECT_EQ(doubles(*c), (std::vector<double>{0, 3, 4, 3, 0}));
    // a += a
    array d = iota({3});
    apply_inplace(binary_op::add, d, d);
    EXPECT_EQ(ints(*d), (std::vector<std::int64_t>{0, 2, 4}));
}

TEST(UfuncInplace, CastsBackWithSameKind) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    // int8: a += 300 -> [44, 45, 46]; uint8: a -= 1 -> [255, 0, 1]; a = np.array(5, np.int8); a += 1000 -> -19
    array a = ints_of(dtype::int8, {0, 1, 2});
    apply_inplace(binary_op::add, a, make_int64(300));
    EXPECT_EQ(a->type(), dtype::int8);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{44, 45, 46}));
    array u = ints_of(dtype::uint8, {0, 1, 2});
    apply_inplace(binary_op::subtract, u, make_int64(1));
    EXPECT_EQ(ints(*u), (std::vector<std::int64_t>{255, 0, 1}));
    array z = ndarray::allocate(dtype::int8, {});
    store_element(dtype::int8, z->data(), make_int64(5));
    apply_inplace(binary_op::add, z, make_int64(1000));
    EXPECT_EQ(ints(*z), (std::vector<std::int64_t>{-19}));
    // np.equal(a, 1, out=a) on int64 -> [0, 1, 0] (bool output casts to int under same_kind)
    array e = iota({3});
    apply_inplace(binary_op::equal, e, make_int64(1));
    EXPECT_EQ(ints(*e), (std::vector<std::int64_t>{0, 1, 0}));
    // float64 target broadcasting a row over two rows
    array f = iota({2, 3}, dtype::float64);
    apply_inplace(binary_op::multiply, f, iota({3}, dtype::int8));
    EXPECT_EQ(doubles(*f), (std::vector<double>{0, 1, 4, 0, 4, 10}));
}

TEST(UfuncInplace, ErrorsInNumPysOrder) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    expect_error([] { apply_inplace(binary_op::add, iota({3}), make_float64(1.5)); }, error_category::type_error,
                 "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
    expect_error([] { apply_inplace(binary_op::add, ints_of(dtype::uint8, {0}), make_int64(-1)); }, error_category::type_error,
                 "Cannot cast ufunc 'add' output from dtype('int16') to dtype('uint8') with casting rule 'same_kind'");
    expect_error([] { apply_inplace(binary_op::multiply, values_of(dtype::bool_, {make_bool(true)}), make_float64(1.5)); },
                 error_category::type_error,
                 "Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'");
    expect_error([] { apply_inplace(binary_op::subtract, values_of(dtype::bool_, {make_bool(true)}), make_bool(true)); },
                 error_category::type_error,
                 "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or "
                 "the logical_xor function instead.");
    // Type errors come before broadcasting errors: a += np.ones(4) on an int64 (3,) array.
    expect_error([] { apply_inplace(binary_op::add, iota({3}), iota({4}, dtype::float64)); }, error_category::type_error,
                 "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
    expect_error([] { apply_inplace(binary_op::add, iota({3}), iota({4})); }, error_category::value_error,
                 "operands could not be broadcast together with shapes (3,) (4,) (3,) ");
    expect_error([] { apply_inplace(binary_op::add, iota({1, 3}), iota({2, 3})); }, error_category::value_error,
                 "non-broadcastable output operand with shape (1,3) doesn't match the broadcast shape (2,3)");
    expect_error([] { apply_inplace(binary_op::add, iota({}), iota({3})); }, error_category::value_error,
                 "non-broadcastable output operand with shape () doesn't match the broadcast shape (3,)");
    // Read-only comes first of all.
    array ro = iota({3});
    ro->set_writeable(false);
    expect_error([&] { apply_inplace(binary_op::add, ro, make_float64(1.5)); }, error_category::value_error,
                 "output array is read-only");
    EXPECT_EQ(ints(*ro), (std::vector<std::int64_t>{0, 1, 2}));
}
