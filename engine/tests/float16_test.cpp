// Tests of the float16 conversions against IEEE binary16 facts: ties to even (normal and subnormal),
// the overflow threshold 65520, signed zeros, NaN staying NaN, and exact widening of every float16.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>

#include "engine/float16.hpp"
#include "engine/scalar.hpp"

using namespace engine;

TEST(Float16, RoundsToNearestEven) {
    EXPECT_EQ(round_to_half(2049.0), 2048.0);   // halfway between 2048 and 2050: the even significand
    EXPECT_EQ(round_to_half(2051.0), 2052.0);
    EXPECT_EQ(round_to_half(2050.5), 2050.0);
    EXPECT_EQ(round_to_half(0.1), 0.0999755859375);
    EXPECT_EQ(round_to_half(1.0 + 0x1p-11), 1.0);
    EXPECT_EQ(round_to_half(1.0 + 0x1p-11 + 0x1p-30), 1.0 + 0x1p-10);
    EXPECT_EQ(round_to_half(-2049.0), -2048.0);
}

TEST(Float16, OverflowsToInfinityFrom65520) {
    EXPECT_EQ(round_to_half(65504.0), 65504.0);
    EXPECT_EQ(round_to_half(65519.99), 65504.0);
    EXPECT_EQ(round_to_half(65520.0), INFINITY);
    EXPECT_EQ(round_to_half(-1e300), -INFINITY);
    EXPECT_EQ(half_bits_from_double(INFINITY), 0x7c00u);
}

TEST(Float16, SubnormalsAndZeros) {
    EXPECT_EQ(round_to_half(0x1p-24), 0x1p-24);
    EXPECT_EQ(round_to_half(0x1p-25), 0.0);              // a tie: rounds to the even zero
    EXPECT_EQ(round_to_half(3 * 0x1p-25), 0x1p-23);      // a tie: rounds to the even 2 * 2**-24
    EXPECT_EQ(round_to_half(0x1p-14 - 0x1p-26), 0x1p-14);  // rounds up into the smallest normal
    EXPECT_EQ(half_bits_from_double(-0.0), 0x8000u);
    EXPECT_EQ(half_bits_from_double(-0x1p-30), 0x8000u);
    EXPECT_TRUE(std::signbit(double_from_half_bits(0x8000u)));
}

TEST(Float16, NanStaysNan) {
    EXPECT_TRUE(std::isnan(round_to_half(std::nan(""))));
    EXPECT_EQ(half_bits_from_double(std::nan("")) & 0x7c00u, 0x7c00u);
    EXPECT_NE(half_bits_from_double(std::nan("")) & 0x03ffu, 0u);
    EXPECT_TRUE(std::isnan(double_from_half_bits(0x7c01u)));
}

TEST(Float16, EveryHalfWidensExactlyAndRoundTrips) {
    for (std::uint32_t bits = 0; bits <= 0xffffu; ++bits) {
        const auto h = static_cast<std::uint16_t>(bits);
        const double d = double_from_half_bits(h);
        if (std::isnan(d)) continue;
        EXPECT_EQ(half_bits_from_double(d), h) << bits;
    }
}

TEST(Float16, ScalarCastsAndElementsRound) {
    EXPECT_EQ(make_float64(2049.0).cast_to(dtype::float16).as_double(), 2048.0);
    EXPECT_EQ(make_int64(70000).cast_to(dtype::float16).as_double(), INFINITY);
    std::uint16_t cell = 0;
    store_element(dtype::float16, reinterpret_cast<std::byte*>(&cell), make_float64(0.1));
    EXPECT_EQ(load_element(dtype::float16, reinterpret_cast<const std::byte*>(&cell)).as_double(), 0.0999755859375);
}

// float_from_half_bits moves the bits as npy_halfbits_to_floatbits does: every non-NaN half is its exact value, and a
// NaN keeps its sign and its 10-bit payload at the top of float's significand, a signaling one (quiet bit clear)
// too, where narrowing the double would set the quiet bit.
TEST(Float16, EveryHalfWidensToFloatKeepingNanPayloads) {
    int signaling = 0;
    for (std::uint32_t bits = 0; bits <= 0xffffu; ++bits) {
        const auto h = static_cast<std::uint16_t>(bits);
        const float f = float_from_half_bits(h);
        const auto f_bits = std::bit_cast<std::uint32_t>(f);
        if (!std::isnan(double_from_half_bits(h))) {
            EXPECT_EQ(static_cast<double>(f), double_from_half_bits(h)) << bits;
            EXPECT_EQ(std::signbit(f), (h & 0x8000u) != 0) << bits;
            continue;
        }
        ASSERT_TRUE(std::isnan(f)) << bits;
        EXPECT_EQ(f_bits >> 31, bits >> 15) << bits;
        EXPECT_EQ((f_bits >> 13) & 0x3ffu, bits & 0x3ffu) << bits;
        EXPECT_EQ(f_bits & 0x1fffu, 0u) << bits;
        if ((bits & 0x200u) == 0) ++signaling;
    }
    EXPECT_EQ(signaling, 2 * 511);  // both outcomes seen: signaling payloads 1..511 of each sign kept signaling
}
