// float16 <-> double with NumPy's rounding (halffloat.cpp): finite values round to nearest even through
// exact scaling by powers of two; NaN keeps the top bits of its payload (and stays a NaN), as NumPy's does.
#include "engine/float16.hpp"

#include <bit>
#include <cmath>

namespace engine {

std::uint16_t half_bits_from_double(double value) {
    const auto d = std::bit_cast<std::uint64_t>(value);
    const auto sign = static_cast<std::uint16_t>((d >> 48) & 0x8000u);
    if (std::isnan(value)) {
        auto payload = static_cast<std::uint16_t>(0x7c00u + ((d & 0x000fffffffffffffull) >> 42));
        if (payload == 0x7c00u) ++payload;  // the payload's top bits were all zero: still a NaN
        return static_cast<std::uint16_t>(sign + payload);
    }
    const double magnitude = std::fabs(value);
    // 65520 is halfway between the largest float16 (65504) and 2**16: ties to even round it up to inf.
    if (magnitude >= 65520.0) return static_cast<std::uint16_t>(sign + 0x7c00u);
    if (magnitude < 0x1p-14) {
        // Subnormal (or zero): the significand counts units of 2**-24. A tie rounding up to 0x400 gives the
        // smallest normal number, which is right.
        return static_cast<std::uint16_t>(sign + static_cast<std::uint16_t>(std::nearbyint(magnitude * 0x1p24)));
    }
    int exponent = 0;
    std::frexp(magnitude, &exponent);  // magnitude = m * 2**exponent, m in [0.5, 1)
    const int unbiased = exponent - 1;  // -14 .. 15
    const auto significand = static_cast<std::uint32_t>(std::nearbyint(std::ldexp(magnitude, 10 - unbiased)));
    // significand is 1024 .. 2048; 2048 carries into the exponent (and to inf past 15), as in NumPy.
    return static_cast<std::uint16_t>(sign + (static_cast<std::uint32_t>(unbiased + 15) << 10) + significand - 1024);
}

double double_from_half_bits(std::uint16_t bits) {
    const bool negative = (bits & 0x8000u) != 0;
    const int exponent = (bits >> 10) & 0x1f;
    const int significand = bits & 0x3ff;
    double magnitude;
    if (exponent == 0) magnitude = std::ldexp(static_cast<double>(significand), -24);
    else if (exponent == 31) {
        if (significand == 0) magnitude = INFINITY;
        else {
            // The payload moves to the top of double's significand, as npy_halfbits_to_doublebits does.
            const std::uint64_t nan_bits = (negative ? 0x8000000000000000ull : 0) | 0x7ff0000000000000ull |
                                           (static_cast<std::uint64_t>(significand) << 42);
            return std::bit_cast<double>(nan_bits);
        }
    } else magnitude = std::ldexp(static_cast<double>(1024 + significand), exponent - 25);
    return negative ? -magnitude : magnitude;
}

float float_from_half_bits(std::uint16_t bits) {
    if ((bits & 0x7c00u) == 0x7c00u && (bits & 0x3ffu) != 0)
        return std::bit_cast<float>(static_cast<std::uint32_t>(bits & 0x8000u) << 16 | 0x7f800000u |
                                    static_cast<std::uint32_t>(bits & 0x3ffu) << 13);
    return static_cast<float>(double_from_half_bits(bits));  // exact
}

}  // namespace engine
