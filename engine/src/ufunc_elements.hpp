// The element operations of NumPy's arithmetic ufunc loops (loops.c.src, npy_math): one value in, one out,
// with NumPy's answers at the corners (integer division by zero, shifts past the width, float floor division
// and remainder, complex division and powers). float16 runs through the float32 operation and rounds back.
#pragma once

#include <bit>
#include <cmath>
#include <complex>
#include <cstdint>
#include <limits>
#include <optional>
#include <type_traits>

#include "engine/error.hpp"
#include "engine/float16.hpp"

namespace engine::elements {

template <class E> struct is_complex : std::false_type {};
template <class R> struct is_complex<std::complex<R>> : std::true_type {};
template <class E> inline constexpr bool is_complex_v = is_complex<E>::value;
template <class E> inline constexpr bool is_real_float_v = std::is_floating_point_v<E>;
template <class E> inline constexpr bool is_integer_v = std::is_integral_v<E>;

// Integers wrap: arithmetic on 64-bit unsigned values (defined modulo 2**64), truncated to the width.
template <class E> E wrap(std::uint64_t bits) { return static_cast<E>(bits); }
template <class E> std::uint64_t bits_of(E x) { return static_cast<std::uint64_t>(x); }

// ---- integer division, remainder, power and shifts -------------------------------------------------------

// NumPy's floor_div: x // 0 is 0 and MIN // -1 is MIN (both with a warning, not compared).
template <class E> E integer_floor_divide(E x, E y) {
    if (y == 0) return E{0};
    if constexpr (std::is_signed_v<E>) {
        if (x == std::numeric_limits<E>::min() && y == E(-1)) return x;
        E quotient = static_cast<E>(x / y);
        if (((x > 0) != (y > 0)) && static_cast<E>(quotient * y) != x) quotient = static_cast<E>(quotient - 1);
        return quotient;
    } else {
        return static_cast<E>(x / y);
    }
}

// Python's sign convention (the remainder takes the divisor's sign); x % 0 is 0, MIN % -1 is 0.
template <class E> E integer_remainder(E x, E y) {
    if (y == 0) return E{0};
    if constexpr (std::is_signed_v<E>) {
        if (x == std::numeric_limits<E>::min() && y == E(-1)) return E{0};
        const E remainder = static_cast<E>(x % y);
        if ((x > 0) == (y > 0) || remainder == 0) return remainder;
        return static_cast<E>(remainder + y);
    } else {
        return static_cast<E>(x % y);
    }
}

// Exponentiation by squaring, wrapping; a negative exponent is NumPy's ValueError.
template <class E> E integer_power(E base, E exponent) {
    if constexpr (std::is_signed_v<E>) {
        if (exponent < 0) raise(error_category::value_error, "Integers to negative integer powers are not allowed.");
    }
    if (exponent == 0 || base == 1) return E{1};
    auto e = static_cast<std::uint64_t>(exponent);
    std::uint64_t b = bits_of(base), result = (e & 1) ? b : 1;
    for (e >>= 1; e > 0; e >>= 1) {
        b *= b;
        if (e & 1) result *= b;
    }
    return wrap<E>(result);
}

// npy_lshift / npy_rshift: a count at or past the width (or negative, read as unsigned) shifts everything
// out: 0, or -1 for a negative value shifted right.
template <class E> E shift_left(E x, E count) {
    constexpr std::uint64_t width = sizeof(E) * 8;
    if (static_cast<std::uint64_t>(static_cast<std::make_unsigned_t<E>>(count)) >= width) return E{0};
    return wrap<E>(bits_of(x) << static_cast<unsigned>(count));
}

template <class E> E shift_right(E x, E count) {
    constexpr std::uint64_t width = sizeof(E) * 8;
    if (static_cast<std::uint64_t>(static_cast<std::make_unsigned_t<E>>(count)) >= width) {
        if constexpr (std::is_signed_v<E>) return x < 0 ? E(-1) : E{0};
        return E{0};
    }
    return static_cast<E>(x >> static_cast<unsigned>(count));
}

// ---- float division and remainder (npy_divmod, npy_floor_divide, npy_remainder) ------------------------

template <class R> R floor_divide_and_modulus(R a, R b, R& modulus) {
    R mod = std::fmod(a, b);
    if (b == 0) {
        modulus = mod;
        return a / b;
    }
    R div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= R(1);
        }
    } else {
        mod = std::copysign(R(0), b);
    }
    R floordiv;
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > R(0.5)) floordiv += R(1);
    } else {
        floordiv = std::copysign(R(0), a / b);
    }
    modulus = mod;
    return floordiv;
}

template <class R> R float_floor_divide(R a, R b) {
    if (b == 0) return a / b;
    R modulus;
    return floor_divide_and_modulus(a, b, modulus);
}

template <class R> R float_remainder(R a, R b) {
    if (b == 0) return std::fmod(a, b);
    R modulus;
    floor_divide_and_modulus(a, b, modulus);
    return modulus;
}

// ---- complex division, reciprocal and power ---------------------------------------------------------------

// Which NaN a complex product passes on. An x86 instruction with NaN operands returns the first of them, quieted,
// in the order of its operands; for a commutative multiply that order is the compiler's choice, so the engine
// states it rather than leaving it to its own compiler (whose builds chose differently: property test, NumPy 2,
// seed 91). The order is that of NumPy's vector loop (simd_cmul: re = ar*br - p, im = ar*bi + q, the cross
// products p = ai*bi and q = ai*br; measured with four different payloads): ar, then the part of y, then the cross
// product; NumPy 2 computes the cross products with y's part first, NumPy 1.24 with x's
// (semantics::complex_cross_products_y_first). Where NumPy's compiler emitted another order in an unrolled copy of its
// loop (its complex square, NumPy 2 on AVX2) the engine differs: a known divergence.
template <class R> R quieted(R x) {
    using bits = std::conditional_t<sizeof(R) == 4, std::uint32_t, std::uint64_t>;
    constexpr bits quiet_bit = bits{1} << (std::numeric_limits<R>::digits - 2);
    return std::bit_cast<R>(static_cast<bits>(std::bit_cast<bits>(x) | quiet_bit));
}

// The first NaN of the operands, quieted, or none.
template <class R, class... Rs> std::optional<R> first_nan(R x, Rs... rest) {
    if (std::isnan(x)) return quieted(x);
    if constexpr (sizeof...(rest) > 0) return first_nan(rest...);
    else return std::nullopt;
}

// Of two NaNs, the one of larger significand, quieted; on a tie the positive one unless both are negative (x87's
// rule for two NaN operands: semantics::remainder_of_nans_passes_larger_significand).
template <class R> R larger_significand_nan(R x, R y) {
    using bits = std::conditional_t<sizeof(R) == 4, std::uint32_t, std::uint64_t>;
    constexpr bits sign = bits{1} << (sizeof(R) * 8 - 1);
    const bits a = std::bit_cast<bits>(quieted(x)), b = std::bit_cast<bits>(quieted(y));
    if ((a & ~sign) != (b & ~sign)) return std::bit_cast<R>((a & ~sign) > (b & ~sign) ? a : b);
    return std::bit_cast<R>(a & b);  // the same significand: negative only if both are
}

// first + second and first * second with x86's choice of NaN where one meets: the first NaN operand's, quieted.
template <class R> R ordered_sum(R first, R second) { return first_nan(first, second).value_or(first + second); }
template <class R> R ordered_product(R first, R second) { return first_nan(first, second).value_or(first * second); }

// The parts of x*y with NaNs passed on in NumPy's order; `fused` computes re and im with one rounding each (a
// multiply-subtract keeps a NaN p as it is, sign and all: property test, NumPy 2, seed 43's -3 * (-3 + nan j) on an
// AVX2 machine, where negating p first and adding would flip its sign).
// `y_parts_first`: the copy of NumPy's loop that multiplies br*ar and bi*ar (complex_loop_order.hpp), where ar's
// NaN comes second.
template <class R>
std::complex<R> ordered_complex_product(std::complex<R> x, std::complex<R> y, bool fused, bool cross_products_y_first,
                                        bool y_parts_first = false) {
    const R ar = x.real(), ai = x.imag(), br = y.real(), bi = y.imag();
    const R p = cross_products_y_first ? ordered_product(bi, ai) : ordered_product(ai, bi);
    const R q = cross_products_y_first ? ordered_product(br, ai) : ordered_product(ai, br);
    if (fused) {
        const std::optional<R> re = y_parts_first ? first_nan(br, ar, p) : first_nan(ar, br, p);
        const std::optional<R> im = y_parts_first ? first_nan(bi, ar, q) : first_nan(ar, bi, q);
        return {re.value_or(std::fma(ar, br, -p)), im.value_or(std::fma(ar, bi, q))};
    }
    const R rr = y_parts_first ? ordered_product(br, ar) : ordered_product(ar, br);
    const R ri = y_parts_first ? ordered_product(bi, ar) : ordered_product(ar, bi);
    return {first_nan(rr, p).value_or(rr - p), first_nan(ri, q).value_or(ri + q)};
}

// The textbook product, as NumPy's loop computes it (no C99 Annex G recovery of infinities).
template <class R>
std::complex<R> complex_multiply(std::complex<R> x, std::complex<R> y, bool cross_products_y_first,
                                 bool y_parts_first = false) {
    return ordered_complex_product(x, y, false, cross_products_y_first, y_parts_first);
}

// The product with fused multiply-adds, as NumPy's loops compiled for FMA machines compute it (semantics.hpp,
// complex_products): each part rounds once.
template <class R>
std::complex<R> complex_multiply_fused(std::complex<R> x, std::complex<R> y, bool cross_products_y_first,
                                       bool y_parts_first = false) {
    return ordered_complex_product(x, y, true, cross_products_y_first, y_parts_first);
}

// A complex square in NumPy's plain scalar kernel (re = rl*rl - im*im, im = rl*im + im*rl in its source, which its
// compiler may compute as the one product im*rl added to itself): the imaginary part passes on the imaginary part's
// NaN first where `imaginary_nan_first` (semantics.hpp), else the real part's.
template <class R> std::complex<R> complex_square_plain(std::complex<R> x, bool imaginary_nan_first) {
    const R ar = x.real(), ai = x.imag();
    const R rr = ordered_product(ar, ar), ii = ordered_product(ai, ai);
    const R t = imaginary_nan_first ? ordered_product(ai, ar) : ordered_product(ar, ai);
    return {first_nan(rr, ii).value_or(rr - ii), first_nan(t).value_or(t + t)};
}

// The plain product with the imaginary part taking ai*br's NaN before ar*bi's (the real part rr's before p's).
template <class R> std::complex<R> complex_multiply_imaginary_cross_first(std::complex<R> x, std::complex<R> y) {
    const R ar = x.real(), ai = x.imag(), br = y.real(), bi = y.imag();
    const R rr = ordered_product(ar, br), p = ordered_product(ai, bi);
    const R ri = ordered_product(ar, bi), q = ordered_product(ai, br);
    return {first_nan(rr, p).value_or(rr - p), first_nan(q, ri).value_or(q + ri)};
}

// NumPy 1.24's AVX512F complex product (avx512_cmul, its multiply's contiguous loop and its square's): two vector
// products, (ar*br, ai*bi) and (ar*bi, ai*br), each then added to or subtracted from itself with its lanes swapped,
// so the real part takes rr's NaN before p's, and the imaginary part q's before ar*bi's (measured with four
// different payloads on an AVX-512 machine, 2026-12-06); plain, each part rounded twice.
template <class R> std::complex<R> complex_multiply_avx512f(std::complex<R> x, std::complex<R> y) {
    return complex_multiply_imaginary_cross_first(x, y);
}

// Smith's algorithm, as NumPy's complex divide loop, each sum and product taking its operands in the order the
// loop's compiled instructions do (which NaN comes out where several meet: ordered_complex_product's reason). The
// order was found by simulating every order against NumPy (1.24 and 2, AVX2 and baseline, complex64 and
// complex128) on 3,000 random quotients of finite numbers, zeros, infinities and NaNs with five payloads: exactly
// one family of orders matches every bit, this one (property test, NumPy 1.24, seed 98: `x /= np.nan`).
template <class R> std::complex<R> complex_divide(std::complex<R> a, std::complex<R> b) {
    const R ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
    const R br_abs = std::fabs(br), bi_abs = std::fabs(bi);
    if (br_abs >= bi_abs) {
        if (br_abs == 0 && bi_abs == 0) return {ar / br_abs, ai / br_abs};
        const R rat = bi / br;
        const R scl = R(1) / ordered_sum(br, ordered_product(bi, rat));
        return {ordered_product(ordered_sum(ordered_product(rat, ai), ar), scl),
                ordered_product(ai - ordered_product(rat, ar), scl)};
    }
    const R rat = br / bi;
    const R scl = R(1) / ordered_sum(bi, ordered_product(br, rat));
    return {ordered_product(ordered_sum(ai, ordered_product(rat, ar)), scl),
            ordered_product(ordered_product(rat, ai) - ar, scl)};
}

template <class R> std::complex<R> complex_reciprocal(std::complex<R> z) {
    const R r_in = z.real(), i_in = z.imag();
    if (std::fabs(i_in) <= std::fabs(r_in)) {
        const R r = i_in / r_in;
        const R d = r_in + i_in * r;
        return {R(1) / d, -r / d};
    }
    const R r = r_in / i_in;
    const R d = r_in * r + i_in;
    return {r / d, R(-1) / d};
}

// |z| as NumPy's SIMD complex absolute loop computes it (loops_unary_complex): infinities win over NaNs, then
// larger * sqrt(1 + r*r) with r = smaller / larger (0 where larger is 0 or smaller infinite). NumPy's AVX2 + FMA3
// and AVX-512 builds of the loop compute 1 + r*r as one fused multiply-add; its baseline build (NumPy 2 on a CPU
// without AVX2, Fused false) multiplies and adds separately. glibc's hypot differs in the last bit now and then.
template <class R, bool Fused = true> R complex_absolute(std::complex<R> z) {
    R re = std::fabs(z.real()), im = std::fabs(z.imag());
    const R inf = std::numeric_limits<R>::infinity(), nan = std::numeric_limits<R>::quiet_NaN();
    if (re == inf) im = inf;
    if (im == inf) re = inf;
    if (std::isnan(re)) im = nan;
    if (std::isnan(im)) re = nan;
    // max/min as the vector instructions pick them: the second operand when either is NaN.
    const R larger = re > im ? re : im;
    const R smaller = im < re ? im : re;
    const R ratio = (larger == 0 || smaller == inf) ? R(0) : smaller / larger;
    // The last product passes on larger's NaN before the root's: NumPy's compiled loops (every build measured: NumPy 2
    // on AVX-512 and its baseline, 1.24 on AVX-512) give |re + NaN j| the NaN's payload (property test, NumPy 2,
    // seed 201: np.absolute(0 + NaN j) had the default NaN here when the product was left to the compiler).
    if constexpr (Fused) {
        return ordered_product(larger, std::sqrt(std::fma(ratio, ratio, R(1))));
    } else {
        volatile R square = ratio * ratio;  // rounded on its own: the compiler may not contract it into the add
        return ordered_product(larger, std::sqrt(square + R(1)));
    }
}

// |z| as NumPy's scalar complex absolute loop computes it: the C library's hypot (npymath_hypot).
template <class R> R complex_hypot(std::complex<R> z) { return std::hypot(z.real(), z.imag()); }

// npy_cpow: exact small integer exponents by repeated multiplication, the C library's cpow otherwise.
// `imaginary_cross_first`: npy_cpow's cmul (npymath, compiled once, whatever the CPU) passes on ai*br's NaN
// before ar*bi's in the imaginary part (semantics::complex*_power_passes_imaginary_nan_first).
template <class R>
std::complex<R> complex_power(std::complex<R> a, std::complex<R> b, bool imaginary_cross_first) {
    const R ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
    if (br == 0 && bi == 0) return {R(1), R(0)};
    if (ar == 0 && ai == 0) {
        if (br > 0) return {R(0), R(0)};
        return {std::numeric_limits<R>::quiet_NaN(), std::numeric_limits<R>::quiet_NaN()};
    }
    if (bi == 0 && br > -100 && br < 100 && static_cast<R>(static_cast<std::int64_t>(br)) == br) {
        std::int64_t n = static_cast<std::int64_t>(br);
        if (n == 1) return a;
        // npy_cpow's cmul, C compiled plainly.
        const auto multiply = [imaginary_cross_first](std::complex<R> x, std::complex<R> y) {
            return imaginary_cross_first ? complex_multiply_imaginary_cross_first(x, y) : complex_multiply(x, y, false);
        };
        if (n == 2) return multiply(a, a);
        if (n == 3) return multiply(a, multiply(a, a));
        if (n < 0) n = -n;
        std::complex<R> result{R(1), R(0)}, p = a;
        for (std::int64_t mask = 1;; mask <<= 1) {
            if (n & mask) result = multiply(result, p);
            if (n < (mask << 1)) break;
            p = multiply(p, p);
        }
        if (br < 0) result = complex_divide(std::complex<R>{R(1), R(0)}, result);
        return result;
    }
    return std::pow(a, b);
}

}  // namespace engine::elements
