// Tests of NumPy 1.24's legacy type resolution: the full promotion tables for array+array and
// array+Python scalar over the fourteen dtypes, np.min_scalar_type, and the value-based casting check.
// Every expectation was produced by NumPy 1.24.2 (/usr/bin/python3).
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "engine/error.hpp"
#include "engine/promotion.hpp"

using namespace engine;

namespace {

dtype dt(const std::string& n) { return *dtype_from_name(n); }

struct table_row {
    std::string row;
    std::vector<std::string> results;
};

// The tables below were generated with /usr/bin/python3 (NumPy 1.24.2) running:
//   # Regenerates the NumPy 1.24 promotion tables pasted into promotion_test.cpp (run with /usr/bin/python3).
//   import numpy as np
//   names = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
//            "float16", "float32", "float64", "complex64", "complex128"]
//   print("// array + array: (np.ones(2, row) + np.ones(2, column)).dtype")
//   for a in names:
//       row = [(np.ones(2, a) + np.ones(2, b)).dtype.name for b in names]
//       print('    {"%s", {%s}},' % (a, ", ".join('"%s"' % r for r in row)))
//   scalars = ["True", "1", "-1", "300", "-300", "70000", "2**40", "-2**40", "2**63", "1.0", "1e300", "1j", "1e300j"]
//   print("// array + Python scalar: (np.ones(2, row) + scalar).dtype for scalars " + " ".join(scalars))
//   for a in names:
//       row = [(np.ones(2, a) + eval(s)).dtype.name for s in scalars]
//       print('    {"%s", {%s}},' % (a, ", ".join('"%s"' % r for r in row)))

const std::vector<table_row> array_array_table = {
    {"bool", {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128"}},
    {"int8", {"int8", "int8", "int16", "int32", "int64", "int16", "int32", "int64", "float64", "float16", "float32", "float64", "complex64", "complex128"}},
    {"int16", {"int16", "int16", "int16", "int32", "int64", "int16", "int32", "int64", "float64", "float32", "float32", "float64", "complex64", "complex128"}},
    {"int32", {"int32", "int32", "int32", "int32", "int64", "int32", "int32", "int64", "float64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"int64", {"int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "float64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"uint8", {"uint8", "int16", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128"}},
    {"uint16", {"uint16", "int32", "int32", "int32", "int64", "uint16", "uint16", "uint32", "uint64", "float32", "float32", "float64", "complex64", "complex128"}},
    {"uint32", {"uint32", "int64", "int64", "int64", "int64", "uint32", "uint32", "uint32", "uint64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"uint64", {"uint64", "float64", "float64", "float64", "float64", "uint64", "uint64", "uint64", "uint64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"float16", {"float16", "float16", "float32", "float64", "float64", "float16", "float32", "float64", "float64", "float16", "float32", "float64", "complex64", "complex128"}},
    {"float32", {"float32", "float32", "float32", "float64", "float64", "float32", "float32", "float64", "float64", "float32", "float32", "float64", "complex64", "complex128"}},
    {"float64", {"float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"complex64", {"complex64", "complex64", "complex64", "complex128", "complex128", "complex64", "complex64", "complex128", "complex128", "complex64", "complex64", "complex128", "complex64", "complex128"}},
    {"complex128", {"complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128"}},
};

// The Python scalars of the second table, as the engine receives them (2**63 becomes a uint64 scalar,
// as np.asarray(2**63) does).
const std::array<scalar, 13> python_scalars = {
    make_bool(true),  make_int64(1),      make_int64(-1),         make_int64(300),
    make_int64(-300), make_int64(70000),  make_int64(1LL << 40),  make_int64(-(1LL << 40)),
    scalar{dtype::uint64, std::uint64_t{1} << 63}, make_float64(1.0), make_float64(1e300),
    make_complex128({0.0, 1.0}), make_complex128({0.0, 1e300}),
};

const std::vector<table_row> array_scalar_table = {
    {"bool", {"bool", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "uint64", "float64", "float64", "complex128", "complex128"}},
    {"int8", {"int8", "int8", "int8", "int16", "int16", "int32", "int64", "int64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"int16", {"int16", "int16", "int16", "int16", "int16", "int32", "int64", "int64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"int32", {"int32", "int32", "int32", "int32", "int32", "int32", "int64", "int64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"int64", {"int64", "int64", "int64", "int64", "int64", "int64", "int64", "int64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"uint8", {"uint8", "uint8", "int16", "uint16", "int16", "uint32", "uint64", "int64", "uint64", "float64", "float64", "complex128", "complex128"}},
    {"uint16", {"uint16", "uint16", "int32", "uint16", "int32", "uint32", "uint64", "int64", "uint64", "float64", "float64", "complex128", "complex128"}},
    {"uint32", {"uint32", "uint32", "int64", "uint32", "int64", "uint32", "uint64", "int64", "uint64", "float64", "float64", "complex128", "complex128"}},
    {"uint64", {"uint64", "uint64", "float64", "uint64", "float64", "uint64", "uint64", "float64", "uint64", "float64", "float64", "complex128", "complex128"}},
    {"float16", {"float16", "float16", "float16", "float32", "float32", "float64", "float64", "float64", "float64", "float16", "float64", "complex64", "complex128"}},
    {"float32", {"float32", "float32", "float32", "float32", "float32", "float64", "float64", "float64", "float64", "float32", "float64", "complex64", "complex128"}},
    {"float64", {"float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "float64", "complex128", "complex128"}},
    {"complex64", {"complex64", "complex64", "complex64", "complex64", "complex64", "complex128", "complex128", "complex128", "complex128", "complex64", "complex128", "complex64", "complex128"}},
    {"complex128", {"complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128", "complex128"}},
};

}  // namespace

TEST(Promotion, ArrayWithArrayIsPromoteTypes) {
    ASSERT_EQ(array_array_table.size(), dtype_count);
    for (const auto& r : array_array_table)
        for (std::size_t j = 0; j < dtype_count; ++j) {
            const std::array<typed_operand, 2> ops{typed_operand{dt(r.row), {}}, typed_operand{all_dtypes[j], {}}};
            EXPECT_EQ(name(legacy_result_type(ops)), r.results[j]) << r.row << " + " << name(all_dtypes[j]);
        }
}

TEST(Promotion, ArrayWithPythonScalarIsValueBased) {
    ASSERT_EQ(array_scalar_table.size(), dtype_count);
    for (const auto& r : array_scalar_table)
        for (std::size_t j = 0; j < python_scalars.size(); ++j) {
            const std::array<typed_operand, 2> ops{typed_operand{dt(r.row), {}},
                                                   typed_operand{python_scalars[j].type, python_scalars[j]}};
            EXPECT_EQ(name(legacy_result_type(ops)), r.results[j]) << r.row << " array + scalar #" << j;
            // The scalar first gives the same answer.
            const std::array<typed_operand, 2> swapped{ops[1], ops[0]};
            EXPECT_EQ(name(legacy_result_type(swapped)), r.results[j]) << "scalar #" << j << " + " << r.row;
        }
}

TEST(Promotion, ScalarsAloneUsePlainPromotion) {
    // np.int8(3) + 1 -> int64; np.float32(2) * np.array(2, np.int8) -> float32 (both 0-d).
    const std::array<typed_operand, 2> a{typed_operand{dtype::int8, scalar{dtype::int8, std::int64_t{3}}},
                                         typed_operand{dtype::int64, make_int64(1)}};
    EXPECT_EQ(legacy_result_type(a), dtype::int64);
    const std::array<typed_operand, 2> b{typed_operand{dtype::float32, scalar{dtype::float32, 2.0}},
                                         typed_operand{dtype::int8, scalar{dtype::int8, std::int64_t{2}}}};
    EXPECT_EQ(legacy_result_type(b), dtype::float32);
}

TEST(Promotion, HigherKindScalarIgnoresValue) {
    // int8 array + 1.0 -> float64 (the float scalar is of a higher kind than the array).
    const std::array<typed_operand, 2> ops{typed_operand{dtype::int8, {}}, typed_operand{dtype::float64, make_float64(1.0)}};
    EXPECT_EQ(legacy_result_type(ops), dtype::float64);
    // float32 array + 1j -> complex64: float and complex share a category.
    const std::array<typed_operand, 2> c{typed_operand{dtype::float32, {}},
                                         typed_operand{dtype::complex128, make_complex128({0, 1})}};
    EXPECT_EQ(legacy_result_type(c), dtype::complex64);
}

TEST(Promotion, ZeroDimArrayValueCountsLikeAScalar) {
    // np.ones(2, np.int8) + np.array(200) -> int16; three operands fold left to right:
    // np.result_type(np.ones(2, np.int8), np.ones(2, np.float32), 1.0) -> float32.
    const std::array<typed_operand, 2> a{typed_operand{dtype::int8, {}}, typed_operand{dtype::int64, make_int64(200)}};
    EXPECT_EQ(legacy_result_type(a), dtype::int16);
    const std::array<typed_operand, 3> b{typed_operand{dtype::int8, {}}, typed_operand{dtype::float32, {}},
                                         typed_operand{dtype::float64, make_float64(1.0)}};
    EXPECT_EQ(legacy_result_type(b), dtype::float32);
    const std::array<typed_operand, 3> c{typed_operand{dtype::float64, make_float64(1.0)},
                                         typed_operand{dtype::int16, {}}, typed_operand{dtype::float32, {}}};
    EXPECT_EQ(legacy_result_type(c), dtype::float32);
}

TEST(Promotion, NoOperandsIsAValueError) {
    try {
        legacy_result_type({});
        FAIL();
    } catch (const error& e) {
        EXPECT_EQ(e.category(), error_category::value_error);
        EXPECT_STREQ(e.what(), "at least one array or dtype is required");
    }
}

TEST(Promotion, MinScalarType) {
    // np.min_scalar_type(v).
    struct cas { scalar value; dtype expected; bool small_unsigned; };
    const std::vector<cas> cases = {
        {make_bool(true), dtype::bool_, false},
        {make_int64(0), dtype::uint8, true},
        {make_int64(127), dtype::uint8, true},
        {make_int64(128), dtype::uint8, false},
        {make_int64(255), dtype::uint8, false},
        {make_int64(256), dtype::uint16, true},
        {make_int64(32768), dtype::uint16, false},
        {make_int64(65536), dtype::uint32, true},
        {make_int64(2147483648LL), dtype::uint32, false},
        {make_int64(4294967296LL), dtype::uint64, true},
        {make_int64(-1), dtype::int8, false},
        {make_int64(-128), dtype::int8, false},
        {make_int64(-129), dtype::int16, false},
        {make_int64(-32769), dtype::int32, false},
        {make_int64(-2147483649LL), dtype::int64, false},
        {scalar{dtype::uint64, ~std::uint64_t{0}}, dtype::uint64, false},
        {scalar{dtype::int8, std::int64_t{-5}}, dtype::int8, false},
        {scalar{dtype::int16, std::int64_t{5}}, dtype::uint8, true},
        {make_float64(1.0), dtype::float16, false},
        {make_float64(65000.0), dtype::float32, false},
        {make_float64(64999.0), dtype::float16, false},
        {make_float64(3.3e38), dtype::float32, false},
        {make_float64(3.4e38), dtype::float64, false},
        {make_float64(1e300), dtype::float64, false},
        {make_float64(std::numeric_limits<double>::infinity()), dtype::float16, false},
        {scalar{dtype::float32, 1e30}, dtype::float32, false},
        {make_complex128({0, 1}), dtype::complex64, false},
        {make_complex128({0, 3.3e38}), dtype::complex64, false},
        {make_complex128({3.4e38, 0}), dtype::complex128, false},
        {make_complex128({std::nan(""), 0}), dtype::complex128, false},
        {scalar{dtype::complex64, std::complex<double>(1e30, 0)}, dtype::complex64, false},
    };
    for (const auto& c : cases) {
        const minimal_type m = min_scalar_type(c.value);
        EXPECT_EQ(m.type, c.expected) << name(c.value.type);
        EXPECT_EQ(m.fits_signed_of_same_size, c.small_unsigned) << name(c.value.type);
    }
}

TEST(Promotion, ValueBasedCastingCheck) {
    // np.can_cast(np.array(v), to, rule) for same_kind / safe / no.
    struct cas { scalar value; dtype to; bool same_kind, safe, no; };
    const std::vector<cas> cases = {
        {make_int64(300), dtype::int8, true, false, false},
        {make_int64(-1), dtype::uint8, false, false, false},
        {make_int64(1), dtype::bool_, false, false, false},
        {make_bool(true), dtype::bool_, true, true, true},
        {make_float64(1.5), dtype::int64, false, false, false},
        {make_float64(1e300), dtype::float32, true, false, false},
        {make_complex128({0, 1e300}), dtype::float32, false, false, false},
        {make_complex128({0, 1e300}), dtype::complex64, true, false, false},
        {make_int64(5), dtype::uint8, true, true, true},
        {make_int64(200), dtype::int8, true, false, false},
        {make_int64(100), dtype::int8, true, true, true},
        {make_int64(70000), dtype::int16, true, false, false},
        {make_float64(1.0), dtype::float32, true, true, false},
        {make_int64(-1), dtype::uint64, false, false, false},
        {scalar{dtype::uint64, std::uint64_t{1} << 63}, dtype::int64, true, false, false},
        {scalar{dtype::uint64, std::uint64_t{1} << 63}, dtype::uint8, true, false, false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(can_cast_value(c.value, c.to, casting::same_kind), c.same_kind) << name(c.to);
        EXPECT_EQ(can_cast_value(c.value, c.to, casting::safe), c.safe) << name(c.to);
        EXPECT_EQ(can_cast_value(c.value, c.to, casting::no), c.no) << name(c.to);
        EXPECT_TRUE(can_cast_value(c.value, c.to, casting::unsafe));
    }
}
