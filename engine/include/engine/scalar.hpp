// A single typed value: what a NumPy scalar is (np.int8(3), a[0] of a float32 array), and how one element
// is read from and written to raw memory with NumPy's (unsafe, C-like) casting between dtypes.
#pragma once

#include <complex>
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "engine/dtype.hpp"

namespace engine {

// The widest C++ representation of each kind: bool, signed, unsigned, real, complex.
using scalar_value = std::variant<bool, std::int64_t, std::uint64_t, double, std::complex<double>>;

struct scalar {
    dtype type = dtype::int64;
    scalar_value value = std::int64_t{0};

    // The value converted as NumPy's astype(casting='unsafe') would convert it to `to`.
    scalar cast_to(dtype to) const;

    // Conversions to plain C++ values (as Python's bool()/int()/float()/complex() of the scalar).
    bool as_bool() const;
    std::int64_t as_int64() const;   // truncates toward zero like int()
    std::uint64_t as_uint64() const;
    double as_double() const;        // real part for complex
    std::complex<double> as_complex() const;

    friend bool operator==(const scalar&, const scalar&) = default;
};

inline scalar make_bool(bool v) { return {dtype::bool_, v}; }
inline scalar make_int64(std::int64_t v) { return {dtype::int64, v}; }
inline scalar make_float64(double v) { return {dtype::float64, v}; }
inline scalar make_complex128(std::complex<double> v) { return {dtype::complex128, v}; }

// Read one element of dtype `t` at `p` (unaligned reads are fine).
scalar load_element(dtype t, const std::byte* p);
// Write `v` (cast unsafely to `t`) at `p`.
void store_element(dtype t, std::byte* p, const scalar& v);

}  // namespace engine
