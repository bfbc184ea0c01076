// Tests of the long long descriptors (long_long.hpp): which spellings name them, and which C type promotion and the
// loop search give a 64-bit result, under each NumPy's rules (the conformance corpus checks them against NumPy).
#include <gtest/gtest.h>

#include <array>
#include <cstdint>

#include "engine/long_long.hpp"
#include "engine/semantics.hpp"

namespace engine {
namespace {

typed_operand array_of(dtype t, bool long_long) { return {t, std::nullopt, false, long_long}; }
typed_operand python_int(std::int64_t v) { return {dtype::int64, from_python_number(make_int64(v)), true, false}; }

TEST(LongLongDescriptors, SpellingsNameTheBuiltInOnesOrNewOnes) {
    EXPECT_EQ(descriptor_from_string("q"), builtin_descriptor(dtype::int64, true));
    EXPECT_EQ(descriptor_from_string("<q"), builtin_descriptor(dtype::int64, true));
    EXPECT_EQ(descriptor_from_string("longlong"), builtin_descriptor(dtype::int64, true));
    EXPECT_EQ(descriptor_from_string("Q"), builtin_descriptor(dtype::uint64, true));
    EXPECT_NE(builtin_descriptor(dtype::int64, true), builtin_descriptor(dtype::uint64, true));
    EXPECT_EQ(descriptor_from_string("i8"), nullptr);  // C long's: the type's built-in one
    EXPECT_EQ(descriptor_from_string("l"), nullptr);
    // A swapped spelling is a new descriptor each time, of the C type it names.
    const descriptor_handle swapped = descriptor_from_string(">q");
    EXPECT_TRUE(is_long_long(swapped));
    EXPECT_NE(swapped, descriptor_from_string(">q"));
    EXPECT_FALSE(is_long_long(descriptor_from_string(">i8")));
    EXPECT_EQ(builtin_descriptor(dtype::int32, true), nullptr);  // only int64 and uint64 have two
}

TEST(LongLongPromotion, OneLongLongOperandOfTheResultsTypeDecides) {
    const std::array<typed_operand, 2> l_q{array_of(dtype::int64, false), array_of(dtype::int64, true)};
    const std::array<typed_operand, 2> q_l{array_of(dtype::int64, true), array_of(dtype::int64, false)};
    const std::array<typed_operand, 2> q_i{array_of(dtype::int64, true), array_of(dtype::int32, false)};
    const std::array<typed_operand, 2> l_l{array_of(dtype::int64, false), array_of(dtype::int64, false)};
    EXPECT_TRUE(promotes_to_long_long(dtype::int64, l_q));
    EXPECT_TRUE(promotes_to_long_long(dtype::int64, q_l));
    EXPECT_TRUE(promotes_to_long_long(dtype::int64, q_i));
    EXPECT_FALSE(promotes_to_long_long(dtype::int64, l_l));
    EXPECT_FALSE(promotes_to_long_long(dtype::float64, l_q));  // q + Q is float64: no C type to keep
}

TEST(LongLongPromotion, TheLoopSearchFindsLongUnlessEveryOperandIsLongLong) {
    const std::array<typed_operand, 2> q_q{array_of(dtype::int64, true), array_of(dtype::int64, true)};
    const std::array<typed_operand, 2> q_l{array_of(dtype::int64, true), array_of(dtype::int64, false)};
    const std::array<typed_operand, 2> q_2{array_of(dtype::int64, true), python_int(2)};
    EXPECT_TRUE(exact_long_long_loop(dtype::int64, q_q));
    EXPECT_FALSE(exact_long_long_loop(dtype::int64, q_l));
    EXPECT_FALSE(exact_long_long_loop(dtype::int64, q_2));
}

TEST(LongLongPromotion, NumPy124ValueBasedIntsFromTwoTo32AreUnsignedLongLong) {
    const scoped_semantics legacy(semantics::numpy_1_24());
    const std::array<typed_operand, 2> u_big{array_of(dtype::uint64, false), python_int(std::int64_t{1} << 40)};
    const std::array<typed_operand, 2> u_small{array_of(dtype::uint64, false), python_int(5)};
    EXPECT_TRUE(promotes_to_long_long(dtype::uint64, u_big));
    EXPECT_FALSE(promotes_to_long_long(dtype::uint64, u_small));
    // Where values matter NumPy 1.24 searches its loops even for long long operands: q // q[0] is long.
    const std::array<typed_operand, 2> q_q0{array_of(dtype::int64, true),
                                            typed_operand{dtype::int64, make_int64(3), false, true}};
    EXPECT_FALSE(exact_long_long_loop(dtype::int64, q_q0));
    const scoped_semantics current(semantics::numpy_2());
    EXPECT_FALSE(promotes_to_long_long(dtype::uint64, u_big));  // NEP 50: Python ints do not vote
    EXPECT_TRUE(exact_long_long_loop(dtype::int64, q_q0));
}

}  // namespace
}  // namespace engine
