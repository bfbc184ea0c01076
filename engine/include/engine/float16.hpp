// IEEE binary16, NumPy's float16 ("half"): the element's storage type and NumPy's conversions to and from
// double (npy_double_to_half / npy_half_to_double): round to nearest even, overflow to inf, NaN stays NaN.
#pragma once

#include <cstdint>

namespace engine {

// The 16 bits of one float16 element. Compares by value, as a float does (-0 == 0, NaN != NaN).
struct half {
    std::uint16_t bits = 0;

    half() = default;
    explicit half(double value);  // rounded to nearest even, as NumPy's casts to float16
    explicit operator double() const;
    explicit operator float() const { return static_cast<float>(static_cast<double>(*this)); }

    static half from_bits(std::uint16_t bits) {
        half h;
        h.bits = bits;
        return h;
    }
    friend bool operator==(half a, half b) { return static_cast<double>(a) == static_cast<double>(b); }
};

// The float16 nearest to `value` (ties to even), as its bits: NumPy's npy_doublebits_to_halfbits. Every
// float32 value widens exactly to double, so this is also npy_float_to_half for floats.
std::uint16_t half_bits_from_double(double value);

// The exact value of a float16 (every float16 is a double).
double double_from_half_bits(std::uint16_t bits);

// The same as a float, as npy_halfbits_to_floatbits moves the bits: a NaN keeps its payload at the top of float's
// significand, a signaling one too (narrowing double_from_half_bits to float would quiet it).
float float_from_half_bits(std::uint16_t bits);

// The value rounded through float16 (what storing into a float16 element keeps).
inline double round_to_half(double value) { return double_from_half_bits(half_bits_from_double(value)); }

inline half::half(double value) : bits(half_bits_from_double(value)) {}
inline half::operator double() const { return double_from_half_bits(bits); }

}  // namespace engine
