// Element load/store and unsafe casts between the supported dtypes.
// Float -> integer casts reproduce what NumPy's C casts do on x86-64 (out of range gives the minimum).
#include "engine/scalar.hpp"

#include "engine/byteswap.hpp"
#include "engine/float16.hpp"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace engine {

namespace {

template <class T>
T read_raw(const std::byte* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <class T>
void write_raw(std::byte* p, T v) {
    std::memcpy(p, &v, sizeof v);
}

// A float32 scalar holds its value as a double: widened bit for bit, so that a NaN keeps its payload and a signaling
// one stays signaling (the hardware's float -> double conversion would quiet it; NumPy copies a float32 element
// into its scalar and back as bits). `narrowed_bits` is the way back.
double widened_bits(float f) {
    if (!std::isnan(f)) return static_cast<double>(f);
    const auto bits = std::bit_cast<std::uint32_t>(f);
    return std::bit_cast<double>(static_cast<std::uint64_t>(bits & 0x80000000u) << 32 | 0x7ff0000000000000ull |
                                 static_cast<std::uint64_t>(bits & 0x7fffffu) << 29);
}
float narrowed_bits(double d) {
    if (!std::isnan(d)) return static_cast<float>(d);  // exact: the double is a float's value
    const auto bits = std::bit_cast<std::uint64_t>(d);
    return std::bit_cast<float>(static_cast<std::uint32_t>(bits >> 32 & 0x80000000u) | 0x7f800000u |
                                static_cast<std::uint32_t>(bits >> 29 & 0x7fffffu));
}

// One floating part of a scalar of component width `from_bytes` (2, 4 or 8; integers count as 8) converted to one
// of `to_bytes`, as NumPy's casts do it: float16 widens by moving bits (npy_halfbits_to_floatbits/_doublebits, a
// signaling NaN stays one), float32 <-> float64 by the hardware (which quiets a signaling NaN), a part of one width
// moves as it is (float32 -> complex64), and -> float16 keeps the payload's top bits (npy_*bits_to_halfbits).
double converted_part(double d, std::int64_t from_bytes, std::int64_t to_bytes) {
    if (from_bytes == to_bytes) return d;
    if (to_bytes == 2) return round_to_half(d);
    if (to_bytes == 4) {
        if (from_bytes == 2) return widened_bits(float_from_half_bits(half_bits_from_double(d)));
        return widened_bits(static_cast<float>(d));
    }
    if (from_bytes == 4 && std::isnan(d)) return std::bit_cast<double>(std::bit_cast<std::uint64_t>(d) | (1ull << 51));
    return d;  // from float16: its exact value, payload in place; from an integer: exact or rounded already
}

// The width of one floating part of a scalar of type t (8 for every integer and bool: they convert as doubles do).
std::int64_t part_bytes(dtype t) {
    switch (native_order(t)) {
        case dtype::float16: return 2;
        case dtype::float32: case dtype::complex64: return 4;
        default: return 8;
    }
}

// x86-64 cvttsd2si semantics without undefined behaviour: NaN and out-of-range give INT_MIN of the width.
template <class I>
I truncate_like_x86(double d) {
    constexpr double lo = static_cast<double>(std::numeric_limits<I>::min());
    constexpr double hi = -lo;  // 2^(bits-1)
    if (!(d >= lo && d < hi)) return std::numeric_limits<I>::min();
    return static_cast<I>(d);
}

// NumPy converts doubles to narrow integers through int (32-bit) and then wraps, and to uint64 through
// the compiler's unsigned conversion; both are reproduced without UB.
std::int64_t double_to_signed(double d, std::int64_t bytes) {
    if (bytes == 8) return truncate_like_x86<std::int64_t>(d);
    return truncate_like_x86<std::int32_t>(d);
}

std::uint64_t double_to_unsigned(double d, std::int64_t bytes) {
    if (bytes == 8) {
        // The compiler's double -> uint64 sequence: below 2^63 a signed conversion, otherwise a signed
        // conversion of d - 2^63 with the top bit flipped (so inf gives 0 and NaN gives 2^63).
        constexpr double two_63 = 9223372036854775808.0;
        if (d >= two_63)
            return static_cast<std::uint64_t>(truncate_like_x86<std::int64_t>(d - two_63)) ^ (std::uint64_t{1} << 63);
        return static_cast<std::uint64_t>(truncate_like_x86<std::int64_t>(d));
    }
    if (bytes == 4) return static_cast<std::uint64_t>(truncate_like_x86<std::int64_t>(d));
    return static_cast<std::uint64_t>(static_cast<std::uint32_t>(truncate_like_x86<std::int32_t>(d)));
}

std::int64_t wrap_signed(std::uint64_t bits, std::int64_t bytes) {
    switch (bytes) {
        case 1: return static_cast<std::int8_t>(bits);
        case 2: return static_cast<std::int16_t>(bits);
        case 4: return static_cast<std::int32_t>(bits);
        default: return static_cast<std::int64_t>(bits);
    }
}

std::uint64_t wrap_unsigned(std::uint64_t bits, std::int64_t bytes) {
    return bytes == 8 ? bits : bits & ((std::uint64_t{1} << (8 * bytes)) - 1);
}

}  // namespace

bool scalar::as_bool() const {
    return std::visit([](auto v) -> bool { return v != decltype(v){}; }, value);
}

namespace {

// The value's parts as they are held (a float32's widened bit for bit).
std::complex<double> held_parts(const scalar_value& value) {
    return std::visit(
        [](auto v) -> std::complex<double> {
            if constexpr (std::is_same_v<decltype(v), std::complex<double>>) return v;
            else return {static_cast<double>(v), 0.0};
        },
        value);
}

}  // namespace

std::complex<double> scalar::as_complex() const {
    // As C converts the parts to double: a float32 NaN is quieted there, a float16 moved as bits.
    const std::complex<double> c = held_parts(value);
    const std::int64_t bytes = part_bytes(type);
    return {converted_part(c.real(), bytes, 8), converted_part(c.imag(), bytes, 8)};
}

double scalar::as_double() const { return as_complex().real(); }

std::int64_t scalar::as_int64() const {
    return std::visit(
        [](auto v) -> std::int64_t {
            using V = decltype(v);
            if constexpr (std::is_same_v<V, std::complex<double>>) return truncate_like_x86<std::int64_t>(v.real());
            else if constexpr (std::is_same_v<V, double>) return truncate_like_x86<std::int64_t>(v);
            else return static_cast<std::int64_t>(v);
        },
        value);
}

std::uint64_t scalar::as_uint64() const {
    return std::visit(
        [](auto v) -> std::uint64_t {
            using V = decltype(v);
            if constexpr (std::is_same_v<V, std::complex<double>>) return double_to_unsigned(v.real(), 8);
            else if constexpr (std::is_same_v<V, double>) return double_to_unsigned(v, 8);
            else return static_cast<std::uint64_t>(v);
        },
        value);
}

scalar scalar::cast_to(dtype to) const {
    to = native_order(to);  // a NumPy scalar is always in native order
    const std::int64_t bytes = itemsize(to);
    switch (kind_of(to)) {
        case dtype_kind::boolean: return {to, as_bool()};
        case dtype_kind::signed_int:
        case dtype_kind::unsigned_int: {
            std::uint64_t bits = std::visit(
                [&](auto v) -> std::uint64_t {
                    using V = decltype(v);
                    if constexpr (std::is_same_v<V, std::complex<double>> || std::is_same_v<V, double>) {
                        double d = std::real(v);
                        return kind_of(to) == dtype_kind::signed_int
                                   ? static_cast<std::uint64_t>(double_to_signed(d, bytes))
                                   : double_to_unsigned(d, bytes);
                    } else {
                        return static_cast<std::uint64_t>(v);
                    }
                },
                value);
            if (kind_of(to) == dtype_kind::signed_int) return {to, wrap_signed(bits, bytes)};
            return {to, wrap_unsigned(bits, bytes)};
        }
        case dtype_kind::floating: {
            double d = std::visit(
                [](auto v) -> double {
                    if constexpr (std::is_same_v<decltype(v), std::complex<double>>) return v.real();
                    else return static_cast<double>(v);
                },
                value);
            if (kind_of(type) == dtype_kind::boolean || is_integer(type)) {
                if (to == dtype::float32) d = static_cast<double>(static_cast<float>(d));
                if (to == dtype::float16) d = round_to_half(d);
                return {to, d};
            }
            return {to, converted_part(d, part_bytes(type), part_bytes(to))};
        }
        case dtype_kind::complex: {
            auto c = held_parts(value);
            if (kind_of(type) == dtype_kind::boolean || is_integer(type)) {
                if (to == dtype::complex64)
                    c = {static_cast<double>(static_cast<float>(c.real())), static_cast<double>(static_cast<float>(c.imag()))};
                return {to, c};
            }
            const std::int64_t from = part_bytes(type), into = part_bytes(to);
            return {to, std::complex<double>(converted_part(c.real(), from, into), converted_part(c.imag(), from, into))};
        }
    }
    return *this;
}

scalar load_element(dtype t, const std::byte* p) {
    if (is_byte_swapped(t)) {  // read in native order: the scalar NumPy gives is native too
        alignas(16) std::byte native[16];
        std::memcpy(native, p, static_cast<std::size_t>(itemsize(t)));
        reverse_element_bytes(t, native);
        return load_element(native_order(t), native);
    }
    switch (t) {
        case dtype::bool_: return {t, read_raw<std::uint8_t>(p) != 0};
        case dtype::int8: return {t, std::int64_t{read_raw<std::int8_t>(p)}};
        case dtype::int16: return {t, std::int64_t{read_raw<std::int16_t>(p)}};
        case dtype::int32: return {t, std::int64_t{read_raw<std::int32_t>(p)}};
        case dtype::int64: return {t, read_raw<std::int64_t>(p)};
        case dtype::uint8: return {t, std::uint64_t{read_raw<std::uint8_t>(p)}};
        case dtype::uint16: return {t, std::uint64_t{read_raw<std::uint16_t>(p)}};
        case dtype::uint32: return {t, std::uint64_t{read_raw<std::uint32_t>(p)}};
        case dtype::uint64: return {t, read_raw<std::uint64_t>(p)};
        case dtype::float16: return {t, double_from_half_bits(read_raw<std::uint16_t>(p))};
        case dtype::float32: return {t, widened_bits(read_raw<float>(p))};
        case dtype::float64: return {t, read_raw<double>(p)};
        case dtype::complex64: {
            auto c = read_raw<std::complex<float>>(p);
            return {t, std::complex<double>(widened_bits(c.real()), widened_bits(c.imag()))};
        }
        case dtype::complex128: return {t, read_raw<std::complex<double>>(p)};
    }
    return {};
}

void store_element(dtype t, std::byte* p, const scalar& v) {
    if (is_byte_swapped(t)) {
        alignas(16) std::byte native[16];
        store_element(native_order(t), native, v);
        reverse_element_bytes(t, native);
        std::memcpy(p, native, static_cast<std::size_t>(itemsize(t)));
        return;
    }
    const scalar c = v.type == t ? v : v.cast_to(t);
    switch (t) {
        case dtype::bool_: write_raw<std::uint8_t>(p, std::get<bool>(c.value) ? 1 : 0); break;
        case dtype::int8: write_raw(p, static_cast<std::int8_t>(std::get<std::int64_t>(c.value))); break;
        case dtype::int16: write_raw(p, static_cast<std::int16_t>(std::get<std::int64_t>(c.value))); break;
        case dtype::int32: write_raw(p, static_cast<std::int32_t>(std::get<std::int64_t>(c.value))); break;
        case dtype::int64: write_raw(p, std::get<std::int64_t>(c.value)); break;
        case dtype::uint8: write_raw(p, static_cast<std::uint8_t>(std::get<std::uint64_t>(c.value))); break;
        case dtype::uint16: write_raw(p, static_cast<std::uint16_t>(std::get<std::uint64_t>(c.value))); break;
        case dtype::uint32: write_raw(p, static_cast<std::uint32_t>(std::get<std::uint64_t>(c.value))); break;
        case dtype::uint64: write_raw(p, std::get<std::uint64_t>(c.value)); break;
        case dtype::float16: write_raw(p, half_bits_from_double(std::get<double>(c.value))); break;
        case dtype::float32: write_raw(p, narrowed_bits(std::get<double>(c.value))); break;
        case dtype::float64: write_raw(p, std::get<double>(c.value)); break;
        case dtype::complex64: {
            auto z = std::get<std::complex<double>>(c.value);
            write_raw(p, std::complex<float>(narrowed_bits(z.real()), narrowed_bits(z.imag())));
            break;
        }
        case dtype::complex128: write_raw(p, std::get<std::complex<double>>(c.value)); break;
    }
}

}  // namespace engine
