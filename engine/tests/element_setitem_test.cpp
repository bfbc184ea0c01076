// Tests of pack_element (PyArray_Pack): a Python number goes through the dtype's setitem rules, a NumPy scalar is
// cast except into a signed integer, where it is int() of it and range-checked like a Python int.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "engine/element_setitem.hpp"
#include "engine/semantics.hpp"
#include "test_support.hpp"

namespace engine {
namespace {

using testing::expect_error;

constexpr std::uint64_t uint64_max = std::numeric_limits<std::uint64_t>::max();

scalar packed(dtype t, const scalar& v) {
    std::byte cell[16] = {};
    pack_element(t, cell, v);
    return load_element(t, cell);
}

TEST(PackElement, NumPyScalarsAreCastExceptIntoSignedIntegers) {
    const scalar minus_one = make_int64(-1).cast_to(dtype::int8);
    EXPECT_EQ(packed(dtype::uint8, minus_one).as_int64(), 255);               // cast: wraps
    EXPECT_EQ(packed(dtype::uint8, scalar{dtype::uint64, uint64_max}).as_int64(), 255);
    expect_error([] { packed(dtype::int64, scalar{dtype::uint64, uint64_max}); }, error_category::overflow_error,
                 "Python int too large to convert to C long");             // int() of it, beyond a C long
    EXPECT_EQ(packed(dtype::int16, make_float64(-7.9)).as_int64(), -7);      // int() truncates
    expect_error([] { packed(dtype::int8, make_float64(std::numeric_limits<double>::quiet_NaN())); },
                 error_category::value_error, "cannot convert float NaN to integer");
    EXPECT_EQ(packed(dtype::int8, make_complex128({5, 2})).as_int64(), 5);   // the real part
}

TEST(PackElement, OutOfRangeNumPyIntegersFollowThePythonIntRuleOfEachVersion) {
    const scalar three_hundred = make_int64(300).cast_to(dtype::int32);
    expect_error([&] { packed(dtype::int8, three_hundred); }, error_category::overflow_error,
                 "Python integer 300 out of bounds for int8");
    const scoped_semantics numpy_1_24(semantics::numpy_1_24());
    EXPECT_EQ(packed(dtype::int8, three_hundred).as_int64(), 44);            // NumPy 1.24 wraps
}

TEST(PackElement, PythonIntsBeyondACLongReachOnlyUnsignedLongTargets) {
    const scalar two_to_63 = from_python_number(scalar{dtype::uint64, std::uint64_t{1} << 63});
    EXPECT_EQ(packed(dtype::uint64, two_to_63).as_uint64(), std::uint64_t{1} << 63);
    expect_error([&] { packed(dtype::uint8, two_to_63); }, error_category::overflow_error,
                 "Python int too large to convert to C long");
    expect_error([&] { packed(dtype::int64, two_to_63); }, error_category::overflow_error,
                 "Python int too large to convert to C long");
    EXPECT_EQ(packed(dtype::float32, two_to_63).as_double(), 9223372036854775808.0);
}

}  // namespace
}  // namespace engine
