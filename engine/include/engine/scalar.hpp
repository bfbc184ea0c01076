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

// What a scalar stands for in the program: a NumPy scalar (np.int8(3), a[0]) or a Python number (3, 1.5,
// 2j, True) carried as the NumPy scalar np.asarray would make of it. NEP 50 (NumPy 2) treats Python numbers
// as "weak" in type resolution, so the difference decides result dtypes; NumPy 1.x ignores it.
// python_int_beyond_64_bits: a Python int that neither int64 nor uint64 holds, as an operand of a binary ufunc.
// It is an int64-typed (weak int) scalar holding its float(): NumPy 2 converts it into a float or complex loop as
// float() and refuses it for an integer loop (OverflowError), so no other value of it is ever needed.
enum class scalar_origin : std::uint8_t { numpy_scalar, python_number, python_int_beyond_64_bits };

struct scalar {
    dtype type = dtype::int64;
    scalar_value value = std::int64_t{0};
    scalar_origin origin = scalar_origin::numpy_scalar;
    // An int64 or uint64 of C type long long: np.longlong / np.ulonglong rather than np.int64 / np.uint64 (C long),
    // as an element of such an array is, and as NumPy converts a Python int past int64 (long_long.hpp).
    bool long_long = false;

    bool is_python_number() const { return origin != scalar_origin::numpy_scalar; }
    bool is_python_int_beyond_64_bits() const { return origin == scalar_origin::python_int_beyond_64_bits; }

    // The value converted as NumPy's astype(casting='unsafe') would convert it to `to`.
    scalar cast_to(dtype to) const;

    // Conversions to plain C++ values (as Python's bool()/int()/float()/complex() of the scalar).
    bool as_bool() const;
    std::int64_t as_int64() const;   // truncates toward zero like int()
    std::uint64_t as_uint64() const;
    double as_double() const;        // real part for complex
    std::complex<double> as_complex() const;

    // Equal values of equal dtypes, whatever they stand for.
    friend bool operator==(const scalar& a, const scalar& b) { return a.type == b.type && a.value == b.value; }
};

inline scalar make_bool(bool v) { return {dtype::bool_, v}; }
inline scalar make_int64(std::int64_t v) { return {dtype::int64, v}; }
inline scalar make_float64(double v) { return {dtype::float64, v}; }
inline scalar make_complex128(std::complex<double> v) { return {dtype::complex128, v}; }
// The same value marked as standing for a Python number.
inline scalar from_python_number(scalar s) {
    s.origin = scalar_origin::python_number;
    return s;
}
// A Python int past int64, up to uint64's maximum: NumPy's discovery makes it an unsigned long long (np.array(2**63)
// is an np.ulonglong array; one in int64's range is a C long, make_int64).
inline scalar python_int_past_int64(std::uint64_t v) {
    scalar s{dtype::uint64, v, scalar_origin::python_number};
    s.long_long = true;
    return s;
}
// A Python int beyond int64 and uint64, by its float() (the value of float(i), correctly rounded).
inline scalar python_int_beyond_64_bits(double as_float) {
    return {dtype::int64, as_float, scalar_origin::python_int_beyond_64_bits};
}

// Read one element of dtype `t` at `p` (unaligned reads are fine).
scalar load_element(dtype t, const std::byte* p);
// Write `v` (cast unsafely to `t`) at `p`.
void store_element(dtype t, std::byte* p, const scalar& v);

}  // namespace engine
