// Tests of array creation: np.array's dtype and shape discovery, its setitem conversions and ragged errors,
// copy/order/identity rules of np.array and the as*array family, arange, zeros/ones/empty/full and the
// *_like functions, copy, astype, concatenate and copyto. Every expected value, dtype, stride, identity
// and message was checked against NumPy 1.24.2 (/usr/bin/python3).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "engine/creation.hpp"
#include "engine/joining.hpp"
#include "engine/semantics.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::expect_error;
using engine::testing::doubles;
using engine::testing::iota;
using engine::testing::ints;

namespace {

// Python literals as the engine receives them.
nested i(std::int64_t v) { return {from_python_number(make_int64(v))}; }
nested f(double v) { return {from_python_number(make_float64(v))}; }
nested b(bool v) { return {from_python_number(make_bool(v))}; }
nested c(double re, double im) { return {from_python_number(make_complex128({re, im}))}; }
nested s(scalar v) { return {v}; }
nested a(array v) { return {std::move(v)}; }
nested list(std::vector<nested> items) { return {std::move(items)}; }

// Python numbers as scalars (np.arange(0, 5) holds Python ints: Python's arithmetic, not a NumPy scalar's).
scalar py_int(std::int64_t v) { return from_python_number(make_int64(v)); }
scalar py_float(double v) { return from_python_number(make_float64(v)); }
scalar py_complex(std::complex<double> v) { return from_python_number(make_complex128(v)); }
scalar py_bool(bool v) { return from_python_number(make_bool(v)); }

array transposed(const array& x) {
    return ndarray::view_of(x, x->type(), {x->shape()[1], x->shape()[0]}, {x->strides()[1], x->strides()[0]});
}

// x = np.arange(24).reshape(2, 3, 4); x.transpose(1, 0, 2): shape (3, 2, 4), strides (32, 96, 8).
array permuted_3d() { return ndarray::view_of(iota({2, 3, 4}), dtype::int64, {3, 2, 4}, {32, 96, 8}); }

std::vector<std::complex<double>> complexes(const ndarray& x) {
    std::vector<std::complex<double>> out;
    for (const auto& v : flat_values(x)) out.push_back(v.as_complex());
    return out;
}

}  // namespace

// ---- np.array from nested sequences ---------------------------------------------------------------------

TEST(ArrayFromNested, IntListIsInt64COrder) {
    array x = array_from(list({list({i(1), i(2), i(3)}), list({i(4), i(5), i(6)})}));
    EXPECT_EQ(x->type(), dtype::int64);
    EXPECT_EQ(x->shape(), (dims{2, 3}));
    EXPECT_EQ(x->strides(), (dims{24, 8}));
    EXPECT_TRUE(x->owndata());
    EXPECT_EQ(x->base(), nullptr);
    EXPECT_EQ(ints(*x), (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6}));
    // order='F' lays the list out column-major: strides (8, 16)
    EXPECT_EQ(array_from(list({list({i(1), i(2), i(3)}), list({i(4), i(5), i(6)})}), std::nullopt, engine::copy_mode::always, order::F)->strides(),
              (dims{8, 16}));
}

TEST(ArrayFromNested, DtypeDiscoveryFromPythonScalars) {
    EXPECT_EQ(array_from(list({b(true), i(2)}))->type(), dtype::int64);
    EXPECT_EQ(array_from(list({i(1), f(2.5)}))->type(), dtype::float64);
    EXPECT_EQ(array_from(list({i(1), c(0, 2)}))->type(), dtype::complex128);
    EXPECT_EQ(array_from(list({b(true), f(1.5)}))->type(), dtype::float64);
    EXPECT_EQ(array_from(list({b(true), b(false)}))->type(), dtype::bool_);
    EXPECT_EQ(array_from(list({list({i(1), i(2)}), list({f(3.0), i(4)})}))->type(), dtype::float64);
    array g = array_from(list({f(1.5), c(0, 2), b(true)}));
    EXPECT_EQ(g->type(), dtype::complex128);
    EXPECT_EQ(complexes(*g), (std::vector<std::complex<double>>{{1.5, 0}, {0, 2}, {1, 0}}));
    // A scalar gives a 0-d array.
    array z = array_from(f(2.5));
    EXPECT_EQ(z->shape(), dims{});
    EXPECT_EQ(doubles(*z), (std::vector<double>{2.5}));
}

TEST(ArrayFromNested, NumPyScalarsKeepTheirDtype) {
    const scalar i8_1 = make_int64(1).cast_to(dtype::int8);
    EXPECT_EQ(array_from(list({s(i8_1), s(make_int64(2).cast_to(dtype::int8))}))->type(), dtype::int8);
    EXPECT_EQ(array_from(list({s(i8_1), i(2)}))->type(), dtype::int64);
    EXPECT_EQ(array_from(list({s(make_float64(1).cast_to(dtype::float32)), f(2.0)}))->type(), dtype::float64);
    EXPECT_EQ(array_from(list({s(make_int64(1).cast_to(dtype::uint8)), s(make_int64(-1).cast_to(dtype::int8))}))->type(),
              dtype::int16);
    EXPECT_EQ(array_from(list({s(make_int64(3).cast_to(dtype::int16)), s(make_int64(4).cast_to(dtype::uint8))}))->type(),
              dtype::int16);
    EXPECT_EQ(array_from(list({s(make_int64(1).cast_to(dtype::uint64)), i(1)}))->type(), dtype::float64);
    EXPECT_EQ(array_from(list({s(make_int64(1).cast_to(dtype::uint32)), s(make_int64(-1).cast_to(dtype::int32))}))->type(),
              dtype::int64);
    // [np.int8(1), 2.5] -> float64 [1.0, 2.5]
    EXPECT_EQ(doubles(*array_from(list({s(i8_1), f(2.5)}))), (std::vector<double>{1.0, 2.5}));
}

TEST(ArrayFromNested, ArraysInsideListsAreCopiedAndPromoted) {
    array src = iota({3});
    array x = array_from(list({a(src), a(src)}));
    EXPECT_EQ(x->shape(), (dims{2, 3}));
    EXPECT_EQ(x->base(), nullptr);
    EXPECT_NE(x->memory(), src->memory());
    EXPECT_EQ(ints(*x), (std::vector<std::int64_t>{0, 1, 2, 0, 1, 2}));
    EXPECT_EQ(ints(*array_from(list({a(src), list({i(7), i(8), i(9)})}))), (std::vector<std::int64_t>{0, 1, 2, 7, 8, 9}));
    EXPECT_EQ(array_from(list({a(copy_of(*src, order::K, dtype::float32)), a(src)}))->type(), dtype::float64);
    EXPECT_EQ(array_from(list({a(iota({2}, dtype::int8)), a(iota({2}, dtype::uint8))}))->type(), dtype::int16);
    EXPECT_EQ(array_from(list({a(iota({2}, dtype::int8)), list({i(1), i(2)})}))->type(), dtype::int64);
    // A 0-d array among scalars contributes its dtype: [np.array(1, np.int8), 2] -> int64
    EXPECT_EQ(array_from(list({a(iota({}, dtype::int8)), i(2)}))->type(), dtype::int64);
    // Empty arrays still give their shape: (2, 2, 0)
    EXPECT_EQ(array_from(list({a(iota({2, 0})), a(iota({2, 0}))}))->shape(), (dims{2, 2, 0}));
    // A transposed input is read in its logical order.
    array t = transposed(iota({2, 3}));
    EXPECT_EQ(ints(*array_from(list({a(t)}))), (std::vector<std::int64_t>{0, 3, 1, 4, 2, 5}));
}

TEST(ArrayFromNested, EmptySequences) {
    array e = array_from(list({}));
    EXPECT_EQ(e->type(), dtype::float64);
    EXPECT_EQ(e->shape(), (dims{0}));
    EXPECT_EQ(array_from(list({list({}), list({})}))->shape(), (dims{2, 0}));
    EXPECT_EQ(array_from(list({list({list({})}), list({list({})})}))->shape(), (dims{2, 1, 0}));
    EXPECT_EQ(array_from(list({list({})}), dtype::int8)->type(), dtype::int8);
}

TEST(ArrayFromNested, RaggedInputIsAValueError) {
    const std::string head = "setting an array element with a sequence. The requested array has an inhomogeneous shape after ";
    expect_error([] { array_from(list({list({i(1), i(2)}), list({i(3)})})); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    expect_error([] { array_from(list({list({i(1), i(2)}), i(3)})); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    expect_error([] { array_from(list({i(1), list({i(2), i(3)})})); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    expect_error([] { array_from(list({list({i(1), list({i(2)})}), list({i(3), i(4)})})); }, error_category::value_error,
                 head + "2 dimensions. The detected shape was (2, 2) + inhomogeneous part.");
    expect_error([] { array_from(list({a(iota({2})), a(iota({3}))})); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    expect_error([] { array_from(list({a(iota({2})), i(5)})); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    expect_error([] { array_from(list({list({}), list({i(1)})})); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
    // Also with a dtype given.
    expect_error([] { array_from(list({list({i(1)}), list({i(2), i(3)})}), dtype::int8); }, error_category::value_error,
                 head + "1 dimensions. The detected shape was (2,) + inhomogeneous part.");
}

TEST(ArrayFromNested, ExplicitDtypeUsesPythonConversions) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    EXPECT_EQ(ints(*array_from(list({f(1.5)}), dtype::int64)), (std::vector<std::int64_t>{1}));
    EXPECT_EQ(ints(*array_from(list({f(1.7), f(-1.7)}), dtype::int64)), (std::vector<std::int64_t>{1, -1}));
    EXPECT_EQ(ints(*array_from(list({i(300)}), dtype::int8)), (std::vector<std::int64_t>{44}));
    EXPECT_EQ(ints(*array_from(list({i(-1)}), dtype::uint8)), (std::vector<std::int64_t>{255}));
    EXPECT_EQ(ints(*array_from(list({f(-1.5)}), dtype::uint8)), (std::vector<std::int64_t>{255}));
    EXPECT_EQ(ints(*array_from(list({f(1e10)}), dtype::int32)), (std::vector<std::int64_t>{1410065408}));
    EXPECT_EQ(ints(*array_from(list({f(1e19)}), dtype::uint32)), (std::vector<std::int64_t>{2313682944}));
    EXPECT_EQ(flat_values(*array_from(list({f(1e19)}), dtype::uint64))[0].as_uint64(), 10000000000000000000ULL);
    EXPECT_EQ(flat_values(*array_from(list({f(-1.0)}), dtype::uint64))[0].as_uint64(), ~0ULL);
    EXPECT_EQ(ints(*array_from(list({b(true), f(2.5)}), dtype::int8)), (std::vector<std::int64_t>{1, 2}));
    EXPECT_EQ(ints(*array_from(list({i(0), i(3)}), dtype::bool_)), (std::vector<std::int64_t>{0, 1}));
    EXPECT_TRUE(flat_values(*array_from(list({c(1, 1)}), dtype::bool_))[0].as_bool());
    EXPECT_TRUE(std::isinf(doubles(*array_from(list({f(1e300)}), dtype::float32))[0]));
    EXPECT_EQ(complexes(*array_from(list({i(1), i(2)}), dtype::complex64)), (std::vector<std::complex<double>>{{1, 0}, {2, 0}}));
    // NumPy scalars: np.complex64(1+2j) -> int8 1; np.uint64(2**64-1) -> uint8 255
    EXPECT_EQ(ints(*array_from(list({s(make_complex128({1, 2}).cast_to(dtype::complex64))}), dtype::int8)),
              (std::vector<std::int64_t>{1}));
    EXPECT_EQ(ints(*array_from(list({s(scalar{dtype::uint64, ~std::uint64_t{0}})}), dtype::uint8)), (std::vector<std::int64_t>{255}));
    // Arrays inside the list are cast like astype: np.array([np.array(300)], dtype=np.int8) -> [44]
    EXPECT_EQ(ints(*array_from(list({a(array_from(i(300)))}), dtype::int8)), (std::vector<std::int64_t>{44}));
    // A scalar at the top: np.array(300, dtype=np.int8) -> 44. A NumPy scalar there is cast like an array:
    // np.array(np.uint64(2**64 - 3), dtype=np.int32) -> -3, np.array(np.float32('nan'), dtype=np.int64) -> min.
    EXPECT_EQ(ints(*array_from(i(300), dtype::int8)), (std::vector<std::int64_t>{44}));
    EXPECT_EQ(ints(*array_from(s(scalar{dtype::uint64, ~std::uint64_t{0} - 2}), dtype::int32)), (std::vector<std::int64_t>{-3}));
    EXPECT_EQ(ints(*array_from(s(scalar{dtype::float32, std::nan("")}), dtype::int64)), (std::vector<std::int64_t>{INT64_MIN}));
}

TEST(ArrayFromNested, ExplicitDtypeConversionErrors) {
    const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
    expect_error([] { array_from(list({f(1e20)}), dtype::int64); }, error_category::overflow_error,
                 "Python int too large to convert to C long");
    expect_error([] { array_from(list({f(1e20)}), dtype::int8); }, error_category::overflow_error,
                 "Python int too large to convert to C long");
    expect_error([] { array_from(list({f(1e19)}), dtype::uint8); }, error_category::overflow_error,
                 "Python int too large to convert to C long");
    expect_error([] { array_from(list({f(-1e19)}), dtype::uint64); }, error_category::overflow_error,
                 "Python int too large to convert to C long");
    expect_error([] { array_from(list({s(scalar{dtype::uint64, std::uint64_t{1} << 63})}), dtype::int64); },
                 error_category::overflow_error, "Python int too large to convert to C long");
    expect_error([&] { array_from(list({f(nan)}), dtype::int64); }, error_category::value_error,
                 "cannot convert float NaN to integer");
    expect_error([&] { array_from(f(nan), dtype::int8); }, error_category::value_error, "cannot convert float NaN to integer");
    expect_error([&] { array_from(list({s(scalar{dtype::float32, nan})}), dtype::int64); }, error_category::value_error,
                 "cannot convert float NaN to integer");
    expect_error([&] { array_from(list({f(inf)}), dtype::int16); }, error_category::overflow_error,
                 "cannot convert float infinity to integer");
    expect_error([] { array_from(list({c(0, 1)}), dtype::float64); }, error_category::type_error,
                 "float() argument must be a string or a real number, not 'complex'");
    expect_error([] { array_from(list({f(1.0), c(0, 1)}), dtype::float32); }, error_category::type_error,
                 "float() argument must be a string or a real number, not 'complex'");
    expect_error([] { array_from(list({c(1, 1)}), dtype::int64); }, error_category::type_error,
                 "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
}

// ---- np.array / asarray / as*array on existing arrays ----------------------------------------------------

TEST(ArrayFromArray, SameObjectOrCopy) {
    array x = iota({4});
    EXPECT_EQ(array_from(a(x), std::nullopt, engine::copy_mode::if_needed), x);
    EXPECT_NE(array_from(a(x)), x);
    EXPECT_EQ(array_from(a(x), dtype::int64, engine::copy_mode::if_needed), x);
    array d = array_from(a(x), dtype::float64, engine::copy_mode::if_needed);
    EXPECT_NE(d, x);
    EXPECT_EQ(d->base(), nullptr);
    // np.array(m, copy=False, order='F') copies a C array to F; order='K' keeps the object.
    array m = iota({2, 3});
    array fm = array_from(a(m), std::nullopt, engine::copy_mode::if_needed, order::F);
    EXPECT_NE(fm, m);
    EXPECT_EQ(fm->strides(), (dims{8, 16}));
    EXPECT_EQ(array_from(a(m), std::nullopt, engine::copy_mode::if_needed, order::K), m);
    // m.T with order='C' is copied to (16, 8); np.array(m.T, order='K') keeps (8, 24).
    array t = transposed(m);
    array ct = array_from(a(t), std::nullopt, engine::copy_mode::if_needed, order::C);
    EXPECT_NE(ct, t);
    EXPECT_EQ(ct->strides(), (dims{16, 8}));
    EXPECT_EQ(array_from(a(t), std::nullopt, engine::copy_mode::always, order::K)->strides(), (dims{8, 24}));
    // np.array(np.arange(4, dtype=np.int16), dtype=np.float32, copy=False).strides == (4,)
    EXPECT_EQ(array_from(a(iota({4}, dtype::int16)), dtype::float32, engine::copy_mode::if_needed)->strides(), (dims{4}));
}

TEST(ArrayFromArray, CopyOrderWithAndWithoutDtypeChange) {
    array p = permuted_3d();
    struct row { order o; dims with_dtype, without_dtype; };
    // np.array(p, dtype=float, order=o).strides and np.array(p, order=o).strides
    const std::vector<row> rows = {
        {order::K, {32, 96, 8}, {32, 96, 8}},
        {order::A, {32, 96, 8}, {64, 32, 8}},
        {order::C, {64, 32, 8}, {64, 32, 8}},
        {order::F, {8, 24, 48}, {8, 24, 48}},
    };
    for (const auto& r : rows) {
        EXPECT_EQ(array_from(a(p), dtype::float64, engine::copy_mode::always, r.o)->strides(), r.with_dtype);
        EXPECT_EQ(array_from(a(p), std::nullopt, engine::copy_mode::always, r.o)->strides(), r.without_dtype);
    }
    EXPECT_EQ(array_from(a(p), std::nullopt, engine::copy_mode::if_needed, order::A), p);
}

TEST(AsArray, SameObjectOrCopy) {
    array m = iota({2, 3});
    EXPECT_EQ(asarray(a(m)), m);
    EXPECT_EQ(asarray(a(m), dtype::int64), m);
    EXPECT_NE(asarray(a(m), dtype::int32), m);
    array fm = asarray(a(m), std::nullopt, order::F);
    EXPECT_NE(fm, m);
    EXPECT_TRUE(fm->f_contiguous());
    EXPECT_EQ(asarray(a(m), std::nullopt, order::K), m);
    array t = transposed(m);
    EXPECT_EQ(asarray(a(t), std::nullopt, order::A), t);
    EXPECT_EQ(asarray(a(t), std::nullopt, order::F), t);
    array c = asarray(a(t), std::nullopt, order::C);
    EXPECT_EQ(c->strides(), (dims{16, 8}));
    // From a list: a new owner; dtype casts; order='F' for [[1], [2]] gives strides (8, 16), both contiguous.
    array l = asarray(list({i(1), i(2), i(3)}));
    EXPECT_TRUE(l->owndata());
    EXPECT_EQ(asarray(list({i(1), f(2.5)}), dtype::float32)->type(), dtype::float32);
    array col = asarray(list({list({i(1)}), list({i(2)})}), std::nullopt, order::F);
    EXPECT_EQ(col->strides(), (dims{8, 16}));
    EXPECT_TRUE(col->c_contiguous() && col->f_contiguous());
}

TEST(AsContiguousArray, SameOrCopyAndAtLeast1d) {
    array m = iota({2, 3});
    EXPECT_EQ(ascontiguousarray(a(m)), m);
    array t = transposed(m);
    array ct = ascontiguousarray(a(t));
    EXPECT_NE(ct, t);
    EXPECT_EQ(ct->strides(), (dims{16, 8}));
    EXPECT_EQ(ct->base(), nullptr);
    array stepped = ndarray::view_of(m, dtype::int64, {2, 2}, {24, 16});
    array cs = ascontiguousarray(a(stepped));
    EXPECT_NE(cs->memory(), m->memory());
    EXPECT_EQ(cs->strides(), (dims{16, 8}));
    array i16 = iota({4}, dtype::int16);
    EXPECT_EQ(ascontiguousarray(a(i16), dtype::int16), i16);
    array f32 = ascontiguousarray(a(i16), dtype::float32);
    EXPECT_NE(f32, i16);
    EXPECT_EQ(f32->strides(), (dims{4}));
    // A 0-d array becomes a (1,) view of it (base is the 0-d array); a scalar becomes a view of a fresh 0-d.
    array z = array_from(i(5));
    array cz = ascontiguousarray(a(z));
    EXPECT_EQ(cz->shape(), (dims{1}));
    EXPECT_EQ(cz->strides(), (dims{8}));
    EXPECT_EQ(cz->base(), z);
    EXPECT_FALSE(cz->owndata());
    array cs0 = ascontiguousarray(f(3.0));
    EXPECT_EQ(cs0->shape(), (dims{1}));
    EXPECT_EQ(cs0->type(), dtype::float64);
    ASSERT_NE(cs0->base_array(), nullptr);
    EXPECT_EQ(cs0->base_array()->shape(), dims{});
    EXPECT_TRUE(cs0->base_array()->owndata());
    EXPECT_EQ(ascontiguousarray(list({i(1), i(2)}))->base(), nullptr);
    // A cast 0-d: the base is the fresh 0-d copy.
    array cf = ascontiguousarray(a(z), dtype::float32);
    ASSERT_NE(cf->base_array(), nullptr);
    EXPECT_NE(cf->base_array(), z);
    // The view of a read-only 0-d array is read-only.
    z->set_writeable(false);
    EXPECT_FALSE(ascontiguousarray(a(z))->writeable());
}

TEST(AsFortranArray, SameOrCopy) {
    array m = iota({2, 3});
    array fm = asfortranarray(a(m));
    EXPECT_NE(fm, m);
    EXPECT_EQ(fm->strides(), (dims{8, 16}));
    array t = transposed(m);
    EXPECT_EQ(asfortranarray(a(t)), t);
    array v = iota({4});
    EXPECT_EQ(asfortranarray(a(v)), v);
    array z = asfortranarray(f(5.0));
    EXPECT_EQ(z->shape(), (dims{1}));
    EXPECT_EQ(z->strides(), (dims{8}));
}

// ---- arange ---------------------------------------------------------------------------------------------

TEST(Arange, LengthsValuesAndDtypes) {
    array r = arange(py_int(0), py_int(5), py_int(1));
    EXPECT_EQ(r->type(), dtype::int64);
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{0, 1, 2, 3, 4}));
    EXPECT_EQ(ints(*arange(py_int(5), py_int(0), py_int(-1))), (std::vector<std::int64_t>{5, 4, 3, 2, 1}));
    EXPECT_EQ(ints(*arange(py_int(0), py_int(-10), py_int(-3))), (std::vector<std::int64_t>{0, -3, -6, -9}));
    EXPECT_EQ(doubles(*arange(py_float(0), py_float(1), py_float(0.25))), (std::vector<double>{0, 0.25, 0.5, 0.75}));
    array e = arange(py_int(1), py_int(2), py_float(0.3));
    EXPECT_EQ(e->type(), dtype::float64);
    EXPECT_EQ(e->shape(), (dims{4}));
    EXPECT_EQ(arange(py_int(10), py_int(0), py_int(3))->shape(), (dims{0}));
    EXPECT_EQ(arange(py_int(0), py_int(10), py_int(-1))->shape(), (dims{0}));
    EXPECT_EQ(ints(*arange(py_int(-3), py_int(3), py_int(2), dtype::int8)), (std::vector<std::int64_t>{-3, -1, 1}));
    EXPECT_EQ(arange(py_int(0), py_int(4), py_int(1), dtype::float32)->strides(), (dims{4}));
    // np.arange(0, 1, 0.1, dtype=np.float32)[-1] == np.float32(0.90000004)
    EXPECT_EQ(doubles(*arange(py_int(0), py_int(1), py_float(0.1), dtype::float32)).back(),
              static_cast<double>(0.90000004f));
}

TEST(Arange, DtypeDiscoveryStartsFromInt64) {
    EXPECT_EQ(arange(py_int(0), make_int64(5).cast_to(dtype::int8), py_int(1))->type(), dtype::int64);
    EXPECT_EQ(arange(py_int(0), make_int64(5).cast_to(dtype::uint64), py_int(1))->type(), dtype::float64);
    array f = arange(py_int(0), scalar{dtype::float32, 2.5}, py_int(1));
    EXPECT_EQ(f->type(), dtype::float64);
    EXPECT_EQ(doubles(*f), (std::vector<double>{0, 1, 2}));
    EXPECT_EQ(ints(*arange(py_bool(true), py_int(4), py_int(1))), (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(Arange, ElementsAfterTheSecondComeFromTheStoredDelta) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // NumPy 1.24's rules
    // np.arange(0.5, 4, dtype=np.int64) -> [0, 1, 2, 3]; np.arange(0.5, 4.7, 0.9, dtype=np.int64) -> [0, 1, 2, 3, 4]
    EXPECT_EQ(ints(*arange(py_float(0.5), py_int(4), py_int(1), dtype::int64)),
              (std::vector<std::int64_t>{0, 1, 2, 3}));
    EXPECT_EQ(ints(*arange(py_float(0.5), py_float(4.7), py_float(0.9), dtype::int64)),
              (std::vector<std::int64_t>{0, 1, 2, 3, 4}));
    // np.arange(0, 5, 1.5, dtype=np.int8) -> [0, 1, 2, 3]
    EXPECT_EQ(ints(*arange(py_int(0), py_int(5), py_float(1.5), dtype::int8)), (std::vector<std::int64_t>{0, 1, 2, 3}));
    // Wrapping: np.arange(-3, 3, 2, dtype=np.uint8) -> [253, 255, 1]; np.arange(250, 260, 3, dtype=np.uint8) -> [250, 253, 0, 3]
    EXPECT_EQ(ints(*arange(py_int(-3), py_int(3), py_int(2), dtype::uint8)), (std::vector<std::int64_t>{253, 255, 1}));
    EXPECT_EQ(ints(*arange(py_int(250), py_int(260), py_int(3), dtype::uint8)),
              (std::vector<std::int64_t>{250, 253, 0, 3}));
    // np.arange(1e10, 1e10+3, dtype=np.int32) -> [1410065408, 1410065409, 1410065410]
    EXPECT_EQ(ints(*arange(py_float(1e10), py_float(1e10 + 3), py_int(1), dtype::int32)),
              (std::vector<std::int64_t>{1410065408, 1410065409, 1410065410}));
    // np.arange(-2**63, 2**63-1, 2**63-1) -> [-2**63, -1]
    EXPECT_EQ(ints(*arange(py_int(INT64_MIN), py_int(INT64_MAX), py_int(INT64_MAX))),
              (std::vector<std::int64_t>{INT64_MIN, -1}));
}

TEST(Arange, ComplexAndUnderflow) {
    // np.arange(0, 1+2j, 0.5) -> [0, 0.5] (min of the real and imaginary lengths)
    array z = arange(py_int(0), py_complex({1, 2}), py_float(0.5));
    EXPECT_EQ(z->type(), dtype::complex128);
    EXPECT_EQ(complexes(*z), (std::vector<std::complex<double>>{{0, 0}, {0.5, 0}}));
    EXPECT_EQ(arange(py_int(0), py_complex({0, 3}), py_complex({0, 1}))->shape(), (dims{0}));
    EXPECT_EQ(complexes(*arange(py_int(0), py_int(10), py_int(3), dtype::complex64)),
              (std::vector<std::complex<double>>{{0, 0}, {3, 0}, {6, 0}, {9, 0}}));
    // A quotient that underflows to zero still holds `start`: np.arange(0, 1e-320, 1) -> [0.]
    EXPECT_EQ(arange(py_int(0), py_float(1e-320), py_int(1))->shape(), (dims{1}));
    EXPECT_EQ(arange(py_int(0), py_float(-1e-320), py_int(1))->shape(), (dims{0}));
    EXPECT_EQ(arange(py_float(0), py_int(5), py_float(std::numeric_limits<double>::infinity()))->shape(), (dims{1}));
    // np.arange(1e20, 1e20 + 3) is empty: the floats are equal.
    EXPECT_EQ(arange(py_float(1e20), py_float(1e20 + 3), py_int(1))->shape(), (dims{0}));
}

TEST(Arange, NumpyScalarArgumentsComputeTheLengthInTheirArithmetic) {
    const scalar int8_zero = make_int64(0).cast_to(dtype::int8);
    const scalar complex64_zero = make_int64(0).cast_to(dtype::complex64);
    const scalar complex64_three = make_int64(3).cast_to(dtype::complex64);
    {
        const scoped_semantics numpy_2(semantics::numpy_2());
        // np.arange(np.int8(0), 200): 200 - np.int8(0) does not fit int8 (its OverflowError becomes a ValueError).
        expect_error([&] { arange(int8_zero, py_int(200), py_int(1)); }, error_category::value_error,
                     "Maximum allowed size exceeded");
        // np.arange(np.complex64(0), np.complex64(3), 1): a complex64 quotient is not a Python complex, so its real
        // part is the length (3), where a complex128 one gives min(3, ceil(0)).
        EXPECT_EQ(arange(complex64_zero, complex64_three, py_int(1))->shape(), (dims{3}));
        EXPECT_EQ(arange(make_complex128({0, 0}), make_complex128({3, 0}), py_int(1))->shape(), (dims{0}));
    }
    {
        const scoped_semantics numpy_1_24(semantics::numpy_1_24());
        // NumPy 1.24 promotes 200 - np.int8(0) to int16.
        EXPECT_EQ(arange(int8_zero, py_int(200), py_int(1))->shape(), (dims{200}));
    }
    // Both: np.arange(np.int8(100), np.int8(-100), np.int8(-1)) is empty (-100 - 100 wraps to 56); a NumPy zero step
    // divides into inf (too long) or, for 0 / 0, NaN; a Python zero raises ZeroDivisionError.
    const auto int8 = [](std::int64_t v) { return make_int64(v).cast_to(dtype::int8); };
    EXPECT_EQ(arange(int8(100), int8(-100), int8(-1))->shape(), (dims{0}));
    expect_error([&] { arange(int8(0), int8(10), int8(0)); }, error_category::value_error,
                 "Maximum allowed size exceeded");
    expect_error([&] { arange(int8(0), int8(0), int8(0)); }, error_category::value_error,
                 "arange: cannot compute length");
    // A NumPy complex start converts to its real part for a real dtype: np.arange(np.complex128(1), 3, 1, dtype=float).
    EXPECT_EQ(doubles(*arange(make_complex128({1, 0}), py_int(3), py_int(1), dtype::float64)),
              (std::vector<double>{1, 2}));
}

TEST(Arange, BoolAndErrors) {
    EXPECT_EQ(ints(*arange(py_int(0), py_int(2), py_int(1), dtype::bool_)), (std::vector<std::int64_t>{0, 1}));
    EXPECT_EQ(ints(*arange(py_int(-1), py_int(1), py_int(1), dtype::bool_)), (std::vector<std::int64_t>{1, 0}));
    expect_error([] { arange(py_int(0), py_int(3), py_int(1), dtype::bool_); }, error_category::type_error,
                 "arange() is only supported for booleans when the result has at most length 2.");
    expect_error([] { arange(py_int(0), py_int(5), py_int(0)); }, error_category::zero_division_error,
                 "division by zero");
    expect_error([] { arange(py_float(0), py_int(5), py_int(0)); }, error_category::zero_division_error,
                 "float division by zero");
    expect_error([] { arange(py_int(0), py_complex({0, 5}), py_int(0)); }, error_category::zero_division_error,
                 "complex division by zero");
    expect_error([] { arange(py_int(0), py_float(std::nan("")), py_int(1)); }, error_category::value_error,
                 "arange: cannot compute length");
    expect_error([] { arange(py_int(0), py_float(std::numeric_limits<double>::infinity()), py_int(1)); },
                 error_category::value_error, "Maximum allowed size exceeded");
    expect_error([] { arange(py_int(0), py_float(1e300), py_float(1e-300)); }, error_category::value_error,
                 "Maximum allowed size exceeded");
    expect_error([] { arange(py_int(0), py_complex({0, 2}), py_int(1), dtype::float64); },
                 error_category::type_error, "must be real number, not complex");
}

// ---- zeros / ones / empty / full ------------------------------------------------------------------------

TEST(Filled, OrderDtypeAndValues) {
    EXPECT_EQ(zeros({2, 3})->strides(), (dims{24, 8}));
    EXPECT_EQ(zeros({2, 3}, dtype::float64, order::F)->strides(), (dims{8, 16}));
    EXPECT_EQ(empty({2, 3}, dtype::float64, order::F)->strides(), (dims{8, 16}));
    EXPECT_EQ(zeros({3, 1})->strides(), (dims{8, 8}));
    EXPECT_EQ(zeros({1, 3}, dtype::float64, order::F)->strides(), (dims{8, 8}));
    EXPECT_EQ(zeros({2, 1, 3}, dtype::float64, order::F)->strides(), (dims{8, 16, 16}));
    EXPECT_EQ(doubles(*zeros({2})), (std::vector<double>{0, 0}));
    EXPECT_EQ(ints(*ones({2}, dtype::bool_)), (std::vector<std::int64_t>{1, 1}));
    EXPECT_EQ(complexes(*ones({1}, dtype::complex64)), (std::vector<std::complex<double>>{{1, 0}}));
    array z = zeros({}, dtype::int8);
    EXPECT_EQ(z->shape(), dims{});
    EXPECT_TRUE(z->owndata());
    expect_error([] { zeros({3}, dtype::float64, order::K); }, error_category::value_error, "only 'C' or 'F' order is permitted");
    expect_error([] { empty({3}, dtype::float64, order::A); }, error_category::value_error, "only 'C' or 'F' order is permitted");
    expect_error([] { zeros({2, -1}); }, error_category::value_error, "negative dimensions are not allowed");
}

TEST(Filled, FullInfersDtypeAndCastsUnsafely) {
    EXPECT_EQ(full({2, 2}, make_bool(true))->type(), dtype::bool_);
    EXPECT_EQ(full({3}, make_int64(7))->type(), dtype::int64);
    EXPECT_EQ(full({2}, make_complex128({1, 0}))->type(), dtype::complex128);
    EXPECT_EQ(full({3}, make_int64(5).cast_to(dtype::int8))->type(), dtype::int8);
    EXPECT_EQ(full({2}, scalar{dtype::uint64, std::uint64_t{1} << 63})->type(), dtype::uint64);
    EXPECT_EQ(ints(*full({2}, make_float64(1.5), dtype::int32)), (std::vector<std::int64_t>{1, 1}));
    // An array cast, not setitem: 300 -> int8 44, 1e20 -> int8 0, nan -> int64 min, 1j -> float 0.
    EXPECT_EQ(ints(*full({2}, make_int64(300), dtype::int8)), (std::vector<std::int64_t>{44, 44}));
    EXPECT_EQ(ints(*full({2}, make_float64(1e20), dtype::int8)), (std::vector<std::int64_t>{0, 0}));
    EXPECT_EQ(ints(*full({1}, make_float64(std::nan("")), dtype::int64)), (std::vector<std::int64_t>{INT64_MIN}));
    EXPECT_EQ(doubles(*full({1}, make_complex128({0, 1}), dtype::float64)), (std::vector<double>{0}));
    EXPECT_EQ(full({2, 3}, make_float64(0.5), std::nullopt, order::F)->strides(), (dims{8, 16}));
}

TEST(Filled, EmptyShapesHaveZeroStrides) {
    // NumPy 1.24 gives every freshly allocated empty array all-zero strides.
    EXPECT_EQ(zeros({2, 0})->strides(), (dims{0, 0}));
    EXPECT_EQ(zeros({0, 3}, dtype::float64, order::F)->strides(), (dims{0, 0}));
    EXPECT_EQ(empty({2, 0, 3})->strides(), (dims{0, 0, 0}));
    EXPECT_EQ(array_from(list({}))->strides(), (dims{0}));
    EXPECT_EQ(arange(py_int(0), py_int(0), py_int(1))->strides(), (dims{0}));
}

// ---- *_like ---------------------------------------------------------------------------------------------

TEST(Like, OrderOnContiguousInputs) {
    array m = iota({2, 3});
    EXPECT_EQ(zeros_like(m)->strides(), (dims{24, 8}));
    EXPECT_EQ(ones_like(m, std::nullopt, order::A)->strides(), (dims{24, 8}));
    EXPECT_EQ(full_like(m, make_int64(3), std::nullopt, order::C)->strides(), (dims{24, 8}));
    EXPECT_EQ(zeros_like(m, std::nullopt, order::F)->strides(), (dims{8, 16}));
    array e = empty_like(m, std::nullopt, order::F);
    EXPECT_EQ(e->strides(), (dims{8, 16}));
    EXPECT_TRUE(e->f_contiguous());
    // On the F-contiguous m.T: K and A keep F, C makes C.
    array t = transposed(m);
    array k = zeros_like(t);
    EXPECT_EQ(k->strides(), (dims{8, 24}));
    EXPECT_EQ(k->base(), nullptr);
    EXPECT_TRUE(k->owndata());
    EXPECT_EQ(zeros_like(t, std::nullopt, order::A)->strides(), (dims{8, 24}));
    EXPECT_EQ(ones_like(t, std::nullopt, order::C)->strides(), (dims{16, 8}));
    EXPECT_EQ(full_like(t, make_int64(9), std::nullopt, order::F)->strides(), (dims{8, 24}));
}

TEST(Like, OrderOnNonContiguousInputs) {
    array m = iota({2, 3});
    // m[:, ::2] -> (16, 8); m[::-1] -> (24, 8)
    EXPECT_EQ(zeros_like(ndarray::view_of(m, dtype::int64, {2, 2}, {24, 16}))->strides(), (dims{16, 8}));
    EXPECT_EQ(zeros_like(ndarray::view_of(m, dtype::int64, {2, 3}, {-24, 8}, 24))->strides(), (dims{24, 8}));
    array p = permuted_3d();
    EXPECT_EQ(zeros_like(p)->strides(), (dims{32, 96, 8}));
    EXPECT_EQ(zeros_like(p, std::nullopt, order::A)->strides(), (dims{64, 32, 8}));
    EXPECT_EQ(zeros_like(p, std::nullopt, order::F)->strides(), (dims{8, 24, 48}));
    EXPECT_EQ(zeros_like(p, dtype::int8)->strides(), (dims{4, 12, 1}));
    // x[:, [0, 1]] has strides (32, 64, 8): K copies that order.
    array y = ndarray::allocate_strided(dtype::int64, {2, 2, 4}, {32, 64, 8});
    EXPECT_EQ(zeros_like(y)->strides(), (dims{32, 64, 8}));
    EXPECT_EQ(zeros_like(y, std::nullopt, order::C)->strides(), (dims{64, 32, 8}));
}

TEST(Like, ShapeAndDtypeOverrides) {
    array p = permuted_3d();
    array t = transposed(iota({2, 3}));
    EXPECT_EQ(zeros_like(p, std::nullopt, order::K, dims{3, 2, 5})->strides(), (dims{40, 120, 8}));
    EXPECT_EQ(zeros_like(p, std::nullopt, order::A, dims{3, 2, 5})->strides(), (dims{80, 40, 8}));
    EXPECT_EQ(zeros_like(t, std::nullopt, order::K, dims{4, 5})->strides(), (dims{8, 32}));
    EXPECT_EQ(zeros_like(t, std::nullopt, order::A, dims{4, 5})->strides(), (dims{8, 32}));
    EXPECT_EQ(zeros_like(t, std::nullopt, order::K, dims{2, 3, 4})->strides(), (dims{96, 32, 8}));
    array c = zeros_like(iota({4}), dtype::complex64);
    EXPECT_EQ(c->itemsize(), 8);
    // A 0-d input stays 0-d.
    EXPECT_EQ(zeros_like(array_from(f(3.5)))->shape(), dims{});
    EXPECT_EQ(full_like(array_from(s(make_int64(1).cast_to(dtype::int8))), make_int64(5))->type(), dtype::int8);
}

TEST(Like, FillValuesAreCastUnsafely) {
    array m = iota({3});
    EXPECT_EQ(ints(*full_like(m, make_float64(2.7))), (std::vector<std::int64_t>{2, 2, 2}));
    EXPECT_EQ(doubles(*full_like(m, make_float64(2.7), dtype::float32)),
              (std::vector<double>(3, static_cast<double>(2.7f))));
    EXPECT_EQ(ints(*full_like(m, make_float64(std::nan("")))), (std::vector<std::int64_t>(3, INT64_MIN)));
    EXPECT_EQ(ints(*full_like(m, make_float64(1e20))), (std::vector<std::int64_t>(3, INT64_MIN)));
    array mask = iota({2}, dtype::bool_);
    EXPECT_EQ(ints(*ones_like(mask)), (std::vector<std::int64_t>{1, 1}));
    EXPECT_EQ(ones_like(mask)->type(), dtype::bool_);
}

// ---- copy / astype --------------------------------------------------------------------------------------

TEST(Copy, MethodAndFunctionOrders) {
    array f = iota({2, 3}, dtype::float64, order::F);
    EXPECT_EQ(copy(f, order::C)->strides(), (dims{24, 8}));  // f.copy()
    EXPECT_EQ(copy(f, order::K)->strides(), (dims{8, 16}));  // np.copy(f)
    EXPECT_EQ(copy(f, order::A)->strides(), (dims{8, 16}));
    array p = permuted_3d();
    EXPECT_EQ(copy(p, order::C)->strides(), (dims{64, 32, 8}));
    EXPECT_EQ(copy(p, order::K)->strides(), (dims{32, 96, 8}));
    EXPECT_EQ(copy(p, order::A)->strides(), (dims{64, 32, 8}));
    EXPECT_EQ(copy(p, order::F)->strides(), (dims{8, 24, 48}));
    array c = copy(f, order::C);
    EXPECT_EQ(c->base(), nullptr);
    EXPECT_EQ(doubles(*c), doubles(*f));
}

TEST(Astype, CastingRuleIsCheckedByDtypeFirst) {
    const array m = iota({2, 3});  // int64
    expect_error([&] { astype(m, dtype::int32, true, order::K, casting::safe); }, error_category::type_error,
                 "Cannot cast array data from dtype('int64') to dtype('int32') according to the rule 'safe'");
    EXPECT_EQ(astype(m, dtype::int32, true, order::K, casting::same_kind)->type(), dtype::int32);
    EXPECT_EQ(engine::testing::category_of([&] { astype(m, dtype::uint8, true, order::K, casting::same_kind); }), error_category::type_error);
    EXPECT_EQ(astype(m, dtype::int64, false, order::K, casting::no), m);
    EXPECT_EQ(astype(m, dtype::float64, true, order::K, casting::safe)->type(), dtype::float64);
}

TEST(Astype, SameObjectWhenNothingChanges) {
    array m = iota({2, 3});
    EXPECT_EQ(astype(m, dtype::int64, false), m);
    EXPECT_NE(astype(m, dtype::int64), m);
    array s = ndarray::view_of(iota({2, 3, 4}), dtype::int64, {2, 2, 4}, {96, 64, 8});  // x[:, ::2]
    EXPECT_EQ(astype(s, dtype::int64, false), s);
    EXPECT_NE(astype(s, dtype::int64, false, order::A), s);
    EXPECT_EQ(astype(s, dtype::int64, true, order::A)->strides(), (dims{64, 32, 8}));
    array f = astype(m, dtype::float64, false);
    EXPECT_NE(f, m);
    EXPECT_EQ(f->base(), nullptr);
    array t32 = transposed(iota({2, 3}, dtype::int32));
    EXPECT_EQ(astype(t32, dtype::int32, false), t32);
    EXPECT_EQ(astype(t32, dtype::int32, false, order::A), t32);
    array tc = astype(t32, dtype::int32, false, order::C);
    EXPECT_NE(tc, t32);
    EXPECT_EQ(tc->strides(), (dims{8, 4}));
    EXPECT_EQ(astype(t32, dtype::float32)->strides(), (dims{4, 12}));
    array p = permuted_3d();
    EXPECT_EQ(astype(p, dtype::float32)->strides(), (dims{16, 48, 4}));
    EXPECT_EQ(astype(p, dtype::float32, true, order::A)->strides(), (dims{32, 16, 4}));
    EXPECT_EQ(astype(s, dtype::int32)->strides(), (dims{32, 16, 4}));
}

TEST(Astype, ValueCasts) {
    array x = array_from(list({f(1.7), f(-1.7), f(2.5)}));
    EXPECT_EQ(ints(*astype(x, dtype::int64)), (std::vector<std::int64_t>{1, -1, 2}));
    array y = array_from(list({i(-1), i(256), i(300)}));
    EXPECT_EQ(ints(*astype(y, dtype::uint8)), (std::vector<std::int64_t>{255, 0, 44}));
    EXPECT_EQ(ints(*astype(y, dtype::int8)), (std::vector<std::int64_t>{-1, 0, 44}));
    EXPECT_EQ(ints(*astype(array_from(list({i(0), i(2), i(-3)})), dtype::bool_)), (std::vector<std::int64_t>{0, 1, 1}));
}

// ---- concatenate ----------------------------------------------------------------------------------------

TEST(Concatenate, ValuesDtypeAndAxes) {
    array t = transposed(iota({2, 3}));  // [[0, 3], [1, 4], [2, 5]]
    array r = concatenate({t, t}, 0);
    EXPECT_EQ(r->shape(), (dims{6, 2}));
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{0, 3, 1, 4, 2, 5, 0, 3, 1, 4, 2, 5}));
    array mixed = concatenate({iota({3}), iota({2}, dtype::float64)});
    EXPECT_EQ(mixed->type(), dtype::float64);
    EXPECT_EQ(doubles(*mixed), (std::vector<double>{0, 1, 2, 0, 1}));
    EXPECT_EQ(concatenate({iota({2}, dtype::int8), iota({2}, dtype::uint8)})->type(), dtype::int16);
    // axis=-1 with t and np.arange(6).reshape(3, 2): [[0, 3, 0, 1], [1, 4, 2, 3], [2, 5, 4, 5]], strides (32, 8)
    array side = concatenate({t, iota({3, 2})}, -1);
    EXPECT_EQ(side->strides(), (dims{32, 8}));
    EXPECT_EQ(ints(*side), (std::vector<std::int64_t>{0, 3, 0, 1, 1, 4, 2, 3, 2, 5, 4, 5}));
    EXPECT_EQ(side->base(), nullptr);
}

TEST(Concatenate, AxisNoneFlattensInCOrder) {
    array t = transposed(iota({2, 3}));
    array r = concatenate({t, iota({3, 2}, dtype::float32)}, std::nullopt);
    EXPECT_EQ(r->type(), dtype::float64);
    EXPECT_EQ(r->strides(), (dims{8}));
    EXPECT_EQ(doubles(*r), (std::vector<double>{0, 3, 1, 4, 2, 5, 0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(concatenate({iota({}), iota({})}, std::nullopt)->shape(), (dims{2}));
    // NumPy 2 (NEP 50): a 0-d input is as strong as an array: [np.array(300), np.arange(2, dtype=np.int8)] -> int64
    array strong = concatenate({array_from(i(300)), iota({2}, dtype::int8)}, std::nullopt);
    EXPECT_EQ(strong->type(), dtype::int64);
    EXPECT_EQ(ints(*strong), (std::vector<std::int64_t>{300, 0, 1}));
    // NumPy 1.24: a 0-d input takes part in value-based promotion -> int16 [300, 0, 1]
    const scoped_semantics numpy_1_24(semantics::numpy_1_24());
    array v = concatenate({array_from(i(300)), iota({2}, dtype::int8)}, std::nullopt);
    EXPECT_EQ(v->type(), dtype::int16);
    EXPECT_EQ(ints(*v), (std::vector<std::int64_t>{300, 0, 1}));
}

TEST(Concatenate, LayoutFollowsInputs) {
    array f1 = iota({2, 3}, dtype::float64, order::F);
    array c1 = iota({2, 3}, dtype::float64);
    EXPECT_EQ(concatenate({f1, f1})->strides(), (dims{8, 32}));
    EXPECT_EQ(concatenate({f1, c1})->strides(), (dims{24, 8}));
    EXPECT_EQ(concatenate({c1, f1})->strides(), (dims{24, 8}));
    EXPECT_EQ(concatenate({f1, iota({4, 3}, dtype::float64, order::F)})->strides(), (dims{8, 48}));
    // A length-1 axis gives no say: np.ones((1, 3)) with an F (4, 3) -> (8, 40)
    EXPECT_EQ(concatenate({iota({1, 3}, dtype::float64), iota({4, 3}, dtype::float64, order::F)})->strides(), (dims{8, 40}));
    // A zero stride does: np.broadcast_to(np.arange(3.), (2, 3)) with an F (2, 3) -> (8, 32)
    array row = iota({3}, dtype::float64);
    array stretched = ndarray::view_of(row, dtype::float64, {2, 3}, {0, 8});
    EXPECT_EQ(concatenate({stretched, f1})->strides(), (dims{8, 32}));
    array p = permuted_3d();
    array pp = concatenate({p, p}, 1);
    EXPECT_EQ(pp->shape(), (dims{3, 4, 4}));
    EXPECT_EQ(pp->strides(), (dims{32, 96, 8}));
}

TEST(Concatenate, Errors) {
    expect_error([] { concatenate({}); }, error_category::value_error, "need at least one array to concatenate");
    expect_error([] { concatenate({iota({}), iota({3})}); }, error_category::value_error,
                 "zero-dimensional arrays cannot be concatenated");
    expect_error([] { concatenate({iota({2, 3}), iota({2, 2})}, 2); }, error_category::value_error,
                 "axis 2 is out of bounds for array of dimension 2");
    expect_error([] { concatenate({iota({2, 3}), iota({2, 2})}, -3); }, error_category::value_error,
                 "axis -3 is out of bounds for array of dimension 2");
    expect_error([] { concatenate({iota({2, 3}), iota({2, 2})}); }, error_category::value_error,
                 "all the input array dimensions except for the concatenation axis must match exactly, but along "
                 "dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2");
    expect_error([] { concatenate({iota({2, 3}), iota({4, 2}), iota({2, 5})}, 1); }, error_category::value_error,
                 "all the input array dimensions except for the concatenation axis must match exactly, but along "
                 "dimension 0, the array at index 0 has size 2 and the array at index 1 has size 4");
    expect_error([] { concatenate({iota({2, 3}), iota({3})}); }, error_category::value_error,
                 "all the input arrays must have same number of dimensions, but the array at index 0 has 2 "
                 "dimension(s) and the array at index 1 has 1 dimension(s)");
}

// ---- copyto ---------------------------------------------------------------------------------------------

TEST(Copyto, ArraysUseTheDtypeRule) {
    array dst = zeros({2, 3}, dtype::int64);
    copyto(dst, iota({3}, dtype::int8));
    EXPECT_EQ(ints(*dst), (std::vector<std::int64_t>{0, 1, 2, 0, 1, 2}));
    expect_error([] { copyto(zeros({3}, dtype::int64), iota({3}, dtype::float64)); }, error_category::type_error,
                 "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'");
    // The casting error comes before the broadcasting error.
    expect_error([] { copyto(zeros({3}, dtype::int8), iota({2}, dtype::float64)); }, error_category::type_error,
                 "Cannot cast array data from dtype('float64') to dtype('int8') according to the rule 'same_kind'");
    expect_error([] { copyto(zeros({3}, dtype::int8), iota({2}, dtype::int8)); }, error_category::value_error,
                 "could not broadcast input array from shape (2,) into shape (3,)");
    // Same-kind downcasts are allowed and wrap: float64 -> float32, int64 -> int8
    array small = zeros({2}, dtype::int8);
    copyto(small, array_from(list({i(300), i(-1)})));
    EXPECT_EQ(ints(*small), (std::vector<std::int64_t>{44, -1}));
}

TEST(Copyto, ScalarsUseTheirValue) {
    array i8 = zeros({3}, dtype::int8);
    copyto(i8, array_from(i(300)));
    EXPECT_EQ(ints(*i8), (std::vector<std::int64_t>{44, 44, 44}));
    copyto(i8, array_from(i(100000)));
    copyto(zeros({3}, dtype::float32), array_from(f(1e300)));
    copyto(zeros({3}, dtype::bool_), array_from(b(true)));
    copyto(zeros({3}, dtype::uint8), array_from(s(make_int64(5).cast_to(dtype::uint64))));
    copyto(zeros({3}, dtype::int8), array_from(s(make_int64(200).cast_to(dtype::uint64))));
    copyto(zeros({3}, dtype::complex64), array_from(f(1e300)));
    expect_error([] { copyto(zeros({3}, dtype::int64), array_from(f(1.5))); }, error_category::type_error,
                 "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'same_kind'");
    expect_error([] { copyto(zeros({3}, dtype::uint8), array_from(i(-1))); }, error_category::type_error,
                 "Cannot cast scalar from dtype('int64') to dtype('uint8') according to the rule 'same_kind'");
    expect_error([] { copyto(zeros({3}, dtype::bool_), array_from(i(1))); }, error_category::type_error,
                 "Cannot cast scalar from dtype('int64') to dtype('bool') according to the rule 'same_kind'");
    expect_error([] { copyto(zeros({3}, dtype::float32), array_from(c(0, 1e300))); }, error_category::type_error,
                 "Cannot cast scalar from dtype('complex128') to dtype('float32') according to the rule 'same_kind'");
}

TEST(Copyto, ReadOnlyAndSelfCopy) {
    array x = iota({3});
    x->set_writeable(false);
    copyto(x, x);  // NumPy skips an exact self-copy before checking writeability
    expect_error([&] { copyto(x, ndarray::view_of(x, dtype::int64, {3}, {-8}, 16)); }, error_category::value_error,
                 "assignment destination is read-only");
    expect_error([&] { copyto(x, array_from(i(5))); }, error_category::value_error, "assignment destination is read-only");
    EXPECT_EQ(ints(*x), (std::vector<std::int64_t>{0, 1, 2}));
    // Overlap is safe: np.copyto(a[1:], a[:-1]) -> [0, 0, 1, 2]
    array y = iota({4});
    copyto(ndarray::view_of(y, dtype::int64, {3}, {8}, 8), ndarray::view_of(y, dtype::int64, {3}, {8}, 0));
    EXPECT_EQ(ints(*y), (std::vector<std::int64_t>{0, 0, 1, 2}));
}
