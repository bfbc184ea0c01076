// The arithmetic ufuncs behind the operators, as NumPy runs them: type resolution (result_type under the active
// profile, see promotion.cpp), then each ufunc's loop search (the first of its loop dtypes, in NumPy's order, that
// the result type casts to safely), broadcasting, the output's memory layout, and one typed loop chosen per call
// from an (operation, dtype) table and run over coalesced strided runs. Inputs whose dtype differs from the
// loop's are cast to temporaries first; the values are the same as NumPy's buffered casting. The element
// operations themselves are in ufunc_elements.hpp.
//
// Output layout: NumPy first tries its "trivial" path (every non-0-d input of one shape, contiguous in one
// agreed order, no N-d input needing a cast, and every cast same_kind by dtype alone) and allocates a plain
// C or F array; otherwise its iterator allocates the output following the inputs' stride order (order='K').
// Both are reproduced, since they differ for layouts such as an F-contiguous array with a length-1 axis.
#include "engine/ufunc.hpp"

#include <algorithm>
#include <cassert>
#include <array>
#include <span>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "engine/attribute_setters.hpp"
#include "engine/broadcast.hpp"
#include "engine/creation.hpp"
#include "engine/element_addresses.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/long_long.hpp"
#include "engine/memory_views.hpp"
#include "engine/shares_memory.hpp"
#include "engine/promotion.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/strided_loop.hpp"
#include "cpu_features.hpp"
#include "ufunc_elements.hpp"
#include "negative_loop.hpp"
#include "buffered_iteration.hpp"
#include "cast_run.hpp"
#include "complex_loop_order.hpp"
#include "loop_overlap.hpp"
#include "transpose_tiles.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace engine {

namespace {

using detail::buffered_run;
using detail::iteration_operands;
using detail::numpy_buffered_runs;
using detail::ufunc_buffer_size;

constexpr std::size_t op_count = static_cast<std::size_t>(binary_op::minimum) + 1;
constexpr std::size_t unary_op_count = static_cast<std::size_t>(unary_op::floor) + 1;

constexpr bool is_comparison(binary_op op) { return op >= binary_op::equal && op <= binary_op::greater_equal; }

std::string ufunc_name(binary_op op) {
    switch (op) {
        case binary_op::add: return "add";
        case binary_op::subtract: return "subtract";
        case binary_op::multiply: return "multiply";
        case binary_op::equal: return "equal";
        case binary_op::not_equal: return "not_equal";
        case binary_op::less: return "less";
        case binary_op::greater: return "greater";
        case binary_op::less_equal: return "less_equal";
        case binary_op::greater_equal: return "greater_equal";
        case binary_op::true_divide: return "divide";
        case binary_op::floor_divide: return "floor_divide";
        case binary_op::remainder: return "remainder";
        case binary_op::power: return "power";
        case binary_op::bitwise_and: return "bitwise_and";
        case binary_op::bitwise_or: return "bitwise_or";
        case binary_op::bitwise_xor: return "bitwise_xor";
        case binary_op::left_shift: return "left_shift";
        case binary_op::right_shift: return "right_shift";
        case binary_op::maximum: return "maximum";
        case binary_op::minimum: return "minimum";
    }
    return "";
}

std::string ufunc_name(unary_op op) {
    switch (op) {
        case unary_op::negative: return "negative";
        case unary_op::positive: return "positive";
        case unary_op::invert: return "invert";
        case unary_op::absolute: return "absolute";
        case unary_op::square: return "square";
        case unary_op::reciprocal: return "reciprocal";
        case unary_op::sqrt: return "sqrt";
        case unary_op::conjugate: return "conjugate";
        case unary_op::rint: return "rint";
        case unary_op::floor: return "floor";
    }
    return "";
}

// ---- Loop search ----------------------------------------------------------------------------------------

// Per-operand lists of one call (one to three operands), held inline: a small operation allocates nothing for them.
template <class T>
using per_operand = absl::InlinedVector<T, 3>;

// A set of dtypes, one bit each.
using dtype_set = std::uint32_t;
// Loops are looked up by type alone: a type in swapped byte order has its native type's loops.
constexpr dtype_set bit(dtype t) { return dtype_set{1} << static_cast<unsigned>(native_order(t)); }
constexpr dtype_set bool_loop = bit(dtype::bool_);
constexpr dtype_set integer_loops = bit(dtype::int8) | bit(dtype::int16) | bit(dtype::int32) | bit(dtype::int64) |
                                    bit(dtype::uint8) | bit(dtype::uint16) | bit(dtype::uint32) | bit(dtype::uint64);
constexpr dtype_set float_loops = bit(dtype::float16) | bit(dtype::float32) | bit(dtype::float64);
constexpr dtype_set complex_loops = bit(dtype::complex64) | bit(dtype::complex128);
constexpr dtype_set numeric_loops = integer_loops | float_loops | complex_loops;

// The dtypes each ufunc has loops for (generate_umath.py).
dtype_set loops_of(binary_op op) {
    switch (op) {
        case binary_op::true_divide: return float_loops | complex_loops;
        case binary_op::floor_divide:
        case binary_op::remainder: return integer_loops | float_loops;
        case binary_op::power: return numeric_loops;
        case binary_op::bitwise_and:
        case binary_op::bitwise_or:
        case binary_op::bitwise_xor: return bool_loop | integer_loops;
        case binary_op::left_shift:
        case binary_op::right_shift: return integer_loops;
        default: return bool_loop | numeric_loops;
    }
}

dtype_set loops_of(unary_op op) {
    switch (op) {
        case unary_op::invert: return bool_loop | integer_loops;
        case unary_op::absolute: return bool_loop | numeric_loops;
        case unary_op::sqrt:
        case unary_op::rint: return float_loops | complex_loops;
        case unary_op::floor: return float_loops;
        default: return numeric_loops;
    }
}

// NumPy's type numbers order the loops: bool, byte, ubyte, short, ushort, int, uint, long, ulong, half, ...
constexpr dtype loop_search_order[] = {
    dtype::bool_,  dtype::int8,    dtype::uint8,   dtype::int16,   dtype::uint16,    dtype::int32,     dtype::uint32,
    dtype::int64,  dtype::uint64,  dtype::float16, dtype::float32, dtype::float64,   dtype::complex64, dtype::complex128,
};

[[noreturn]] void raise_no_loop(const std::string& ufunc) {
    raise(error_category::type_error, "ufunc '" + ufunc +
                                          "' not supported for the input types, and the inputs could not be safely "
                                          "coerced to any supported types according to the casting rule ''safe''");
}

// + - * maximum minimum resolve as "uniform operations": the result type is the loop (PyUFunc_AdditionTypeResolver,
// PyUFunc_SimpleUniformOperationTypeResolver).
bool uses_result_type(binary_op op) {
    return op == binary_op::add || op == binary_op::subtract || op == binary_op::multiply || op == binary_op::maximum ||
           op == binary_op::minimum;
}

// NumPy 1.24's default type resolver (linear_search_type_resolver): the first loop every operand casts to
// safely, scalars and 0-d arrays by their values when values matter at all. Not the same as searching from the
// result type: uint8_array // 300 runs the int16 loop (uint8 and 300 both fit int16), while the result type is
// uint16.
std::optional<dtype> legacy_linear_search(dtype_set loops, std::span<const typed_operand> operands) {
    const bool by_value = scalar_values_matter(operands);
    for (dtype t : loop_search_order) {
        if ((loops & bit(t)) == 0) continue;
        bool all_cast = true;
        for (const typed_operand& x : operands)
            all_cast = all_cast && (x.value && by_value ? can_cast_value(*x.value, t, casting::safe)
                                                        : can_cast(x.type, t, casting::safe));
        if (all_cast) return t;
    }
    return std::nullopt;
}

// The first loop the resolved dtype casts to safely (the linear search of NumPy's default type resolver).
std::optional<dtype> first_safe_loop(dtype_set loops, dtype resolved) {
    for (dtype t : loop_search_order)
        if ((loops & bit(t)) != 0 && can_cast(resolved, t, casting::safe)) return t;
    return std::nullopt;
}

// ---- Element operations -------------------------------------------------------------------------------

using elements::is_complex_v;

// NumPy's complex ordering: lexicographic, except that a NaN imaginary part makes "less"/"greater" on the
// real parts false (the CLT/CGT macros of loops.c.src).
template <class R>
bool complex_before(std::complex<R> x, std::complex<R> y, bool or_equal) {
    const bool real_decides = x.real() < y.real() && !std::isnan(x.imag()) && !std::isnan(y.imag());
    return real_decides || (x.real() == y.real() && (or_equal ? x.imag() <= y.imag() : x.imag() < y.imag()));
}

// np.maximum / np.minimum of one element type, as NumPy's loops pick: a NaN first operand wins, then the greater
// (lesser) one, and a tie gives the second for float32/float64 (their AVX-512 loops run _mm512_mask_max_pd(x,
// not-NaN(x), x, y) on every element, tails included through masked loads: measured the same for every layout
// and size on this machine, and where the output overlaps an input, which sends NumPy to its scalar kernel) but
// the first for float16 (HALF_maximum: x >= y || isnan(x) ? x : y) and complex
// (CGE/CLE, loops.c.src). A tie only shows as the sign of a zero.
template <bool Max, class E>
E extremum(E x, E y) {
    if constexpr (std::is_same_v<E, half>) {
        const float a = static_cast<float>(x), b = static_cast<float>(y);
        return (Max ? a >= b : a <= b) || std::isnan(a) ? x : y;
    } else if constexpr (is_complex_v<E>) {
        const bool keep = std::isnan(x.real()) || std::isnan(x.imag()) ||
                          (Max ? complex_before(y, x, true) : complex_before(x, y, true));
        return keep ? x : y;
    } else if constexpr (std::is_floating_point_v<E>) {
        return std::isnan(x) || (Max ? x > y : x < y) ? x : y;
    } else {
        return (Max ? x > y : x < y) ? x : y;
    }
}

// float32/float64 + and *: the operations whose NaN operand order the engine states (below).
template <binary_op Op, class E>
constexpr bool is_float_sum_or_product = (Op == binary_op::add || Op == binary_op::multiply) &&
                                         (std::is_same_v<E, float> || std::is_same_v<E, double>);

// x + y or x * y of float32/float64 as one x86 instruction whose first source is x: of two NaNs it passes on x's,
// quieted, as NumPy's vector loops do. Left to the compiler, a commutative operation's operand order is its own
// choice (the engine's dev and ASan builds chose differently: property test, NumPy 2, seed 117); off x86-64 a
// compare and a select say it. Dense runs have vector forms (dense_sum_product_sse2, dense_sum_product_avx2).
template <binary_op Op, class E>
E sum_or_product_x_first(E x, E y) {
#if defined(__x86_64__) && defined(__GNUC__)
    if constexpr (Op == binary_op::add && sizeof(E) == 8) asm("addsd %1, %0" : "+x"(x) : "x"(y));
    else if constexpr (Op == binary_op::add) asm("addss %1, %0" : "+x"(x) : "x"(y));
    else if constexpr (sizeof(E) == 8) asm("mulsd %1, %0" : "+x"(x) : "x"(y));
    else asm("mulss %1, %0" : "+x"(x) : "x"(y));
    return x;
#else
    const E result = Op == binary_op::add ? x + y : x * y;
    return std::isnan(x) ? elements::quieted(x) : result;
#endif
}

// x OP y for one element type. Combinations no loop exists for (float << float, ...) are never run: type
// resolution refuses them first; they return x so that the table compiles.
template <binary_op Op, class E>
auto apply_element(E x, E y) {
    if constexpr (Op == binary_op::maximum || Op == binary_op::minimum) return extremum<Op == binary_op::maximum>(x, y);
    else if constexpr (std::is_same_v<E, half>) {
        // NumPy's HALF loops compute in float and round the result back to float16.
        // Their + and * pass on the second of two NaNs (measured on both NumPys, every layout).
        constexpr bool y_first = Op == binary_op::add || Op == binary_op::multiply;
        const auto result = y_first ? apply_element<Op>(static_cast<float>(y), static_cast<float>(x))
                                    : apply_element<Op>(static_cast<float>(x), static_cast<float>(y));
        if constexpr (std::is_same_v<decltype(result), const float>) return half(result);
        else return result;
    } else if constexpr (Op == binary_op::equal) return x == y;
    else if constexpr (Op == binary_op::not_equal) return x != y;
    else if constexpr (is_complex_v<E>) {
        using R = typename E::value_type;
        if constexpr (Op == binary_op::less) return complex_before(x, y, false);
        else if constexpr (Op == binary_op::less_equal) return complex_before(x, y, true);
        else if constexpr (Op == binary_op::greater) return complex_before(y, x, false);
        else if constexpr (Op == binary_op::greater_equal) return complex_before(y, x, true);
        else if constexpr (Op == binary_op::add) return E(x.real() + y.real(), x.imag() + y.imag());
        else if constexpr (Op == binary_op::subtract) return E(x.real() - y.real(), x.imag() - y.imag());
        else if constexpr (Op == binary_op::multiply)
            return elements::complex_multiply<R>(x, y, active_semantics().complex_cross_products_y_first);
        else if constexpr (Op == binary_op::true_divide) return elements::complex_divide<R>(x, y);
        else if constexpr (Op == binary_op::power)
            return elements::complex_power<R>(x, y, std::is_same_v<R, float>
                                                        ? active_semantics().complex64_power_passes_imaginary_nan_first
                                                        : active_semantics().complex128_power_passes_imaginary_nan_first);
        else return x;
    } else if constexpr (Op == binary_op::less) return x < y;
    else if constexpr (Op == binary_op::less_equal) return x <= y;
    else if constexpr (Op == binary_op::greater) return x > y;
    else if constexpr (Op == binary_op::greater_equal) return x >= y;
    else if constexpr (std::is_floating_point_v<E>) {
        // + and * pass on x's NaN where both are NaN (semantics::float_sum_product_tail_y_first_after_bytes).
        constexpr bool ordered = sizeof(E) == 4 || sizeof(E) == 8;
        if constexpr (is_float_sum_or_product<Op, E>) return sum_or_product_x_first<Op>(x, y);
        else if constexpr (Op == binary_op::add) return static_cast<E>(x + y);
        else if constexpr (Op == binary_op::multiply) return static_cast<E>(x * y);
        else if constexpr (Op == binary_op::subtract) return static_cast<E>(x - y);
        else if constexpr (Op == binary_op::true_divide) return static_cast<E>(x / y);
        else if constexpr (Op == binary_op::floor_divide) return elements::float_floor_divide(x, y);
        else if constexpr (Op == binary_op::remainder) {
            if constexpr (ordered)
                if (std::isnan(x) && std::isnan(y) && active_semantics().remainder_of_nans_passes_larger_significand)
                    return elements::larger_significand_nan(x, y);
            return elements::float_remainder(x, y);
        }
        else if constexpr (Op == binary_op::power) return static_cast<E>(std::pow(x, y));
        else return x;
    } else {
        // Integers wrap: the arithmetic is done on 64-bit unsigned values (defined modulo 2**64) and
        // truncated to the width.
        const auto ux = static_cast<std::uint64_t>(x), uy = static_cast<std::uint64_t>(y);
        if constexpr (Op == binary_op::add) return static_cast<E>(ux + uy);
        else if constexpr (Op == binary_op::subtract) return static_cast<E>(ux - uy);
        else if constexpr (Op == binary_op::multiply) return static_cast<E>(ux * uy);
        else if constexpr (Op == binary_op::floor_divide) return elements::integer_floor_divide(x, y);
        else if constexpr (Op == binary_op::remainder) return elements::integer_remainder(x, y);
        else if constexpr (Op == binary_op::power) return elements::integer_power(x, y);
        else if constexpr (Op == binary_op::bitwise_and) return static_cast<E>(ux & uy);
        else if constexpr (Op == binary_op::bitwise_or) return static_cast<E>(ux | uy);
        else if constexpr (Op == binary_op::bitwise_xor) return static_cast<E>(ux ^ uy);
        else if constexpr (Op == binary_op::left_shift) return elements::shift_left(x, y);
        else if constexpr (Op == binary_op::right_shift) return elements::shift_right(x, y);
        else return x;
    }
}

// Bool's + and | (and maximum) are logical or, * and & (and minimum) logical and, ^ NumPy's not_equal loop (its -
// is rejected during type resolution). Comparisons and ^ read any nonzero byte as True, as NumPy's BOOL loops do (a
// bool view of other data holds bytes besides 0 and 1), but where `x_as_is`/`y_as_is` (typed_loop's raw tail).
template <binary_op Op>
std::uint8_t apply_bool(std::uint8_t x, std::uint8_t y, bool x_as_is, bool y_as_is) {
    // maximum and minimum of bools are logical_or and logical_and (generate_umath.py's cfunc_alias).
    if constexpr (Op == binary_op::add || Op == binary_op::bitwise_or || Op == binary_op::maximum)
        return (x || y) ? 1 : 0;
    else if constexpr (Op == binary_op::multiply || Op == binary_op::bitwise_and || Op == binary_op::minimum)
        return (x && y) ? 1 : 0;
    else if constexpr (is_comparison(Op) || Op == binary_op::bitwise_xor) {  // bool ^ is NumPy's not_equal loop
        const std::uint8_t a = x_as_is ? x : std::uint8_t{x != 0}, b = y_as_is ? y : std::uint8_t{y != 0};
        if constexpr (Op == binary_op::bitwise_xor) return a != b ? 1 : 0;
        else return apply_element<Op>(a, b) ? 1 : 0;
    } else return x;
}

// ---- Typed loops ----------------------------------------------------------------------------------------

// The operands' start pointers and strides come by reference: copied by value, each call's arrays were written
// element by element and read back whole, a store-forwarding stall per call (perf: a tenth of a 10^3-element
// transposed add, whose tiles make one call per row).
using binary_loop = void (*)(const std::array<std::byte*, 3>& start, const std::array<std::int64_t, 3>& strides,
                             std::int64_t n);

// Which input the output is, element for element: the output is a fresh array, exactly one of the inputs, or (an
// out= handed over as NumPy's trivial loop hands it, write_into) behind an input it overlaps, never ahead of one:
// each output element depends only on the inputs at its own position, provided a run is computed front to back
// with each input vector loaded before the results it feeds are stored.
enum class output_is { neither, x, y, both };

// A dense run (every operand contiguous, or an input repeated through a zero stride) of a non-bool loop:
// typed element access that the compiler vectorises. Saying which input the output is lets it vectorise
// in place too (it checks only the other input for aliasing).
template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
[[gnu::always_inline]] inline void dense_body(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    if constexpr (Same == output_is::x || Same == output_is::both) x = out;
    if constexpr (Same == output_is::y || Same == output_is::both) y = out;
    constexpr auto in_size = static_cast<std::int64_t>(sizeof(E));
    constexpr auto out_size = static_cast<std::int64_t>(sizeof(Out));
    for (std::int64_t i = 0; i < n; ++i) {
        E a, b;
        std::memcpy(&a, x + (XRepeats ? 0 : i * in_size), sizeof a);  // memcpy: elements may be unaligned
        std::memcpy(&b, y + (YRepeats ? 0 : i * in_size), sizeof b);
        const Out result = static_cast<Out>(apply_element<Op>(a, b));
        std::memcpy(out + i * out_size, &result, sizeof result);
    }
}

// float32/float64 + and * of a dense run: the vector instructions written out with x as their first source (the
// compiler would vectorise dense_body's sum_or_product_x_first only element by element). Each vector is loaded
// before its result is stored, so the output may be either input.
#if defined(__x86_64__) && defined(__GNUC__)
template <binary_op Op, class E, bool XRepeats, bool YRepeats>
void dense_sum_product_sse2(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    constexpr std::int64_t lanes = 16 / size;
    const auto load = [](const std::byte* at) {
        if constexpr (size == 8) return _mm_loadu_pd(reinterpret_cast<const double*>(at));
        else return _mm_castps_pd(_mm_loadu_ps(reinterpret_cast<const float*>(at)));
    };
    const auto repeated = [](const std::byte* at) {  // memcpy: elements may be unaligned
        E value;
        std::memcpy(&value, at, sizeof value);
        if constexpr (size == 8) return _mm_set1_pd(value);
        else return _mm_castps_pd(_mm_set1_ps(value));
    };
    const __m128d x_all = XRepeats ? repeated(x) : _mm_setzero_pd(), y_all = YRepeats ? repeated(y) : _mm_setzero_pd();
    std::int64_t i = 0;
    for (; i + lanes <= n; i += lanes) {
        __m128d a = XRepeats ? x_all : load(x + i * size);
        const __m128d b = YRepeats ? y_all : load(y + i * size);
        if constexpr (Op == binary_op::add && size == 8) asm("addpd %1, %0" : "+x"(a) : "x"(b));
        else if constexpr (Op == binary_op::add) asm("addps %1, %0" : "+x"(a) : "x"(b));
        else if constexpr (size == 8) asm("mulpd %1, %0" : "+x"(a) : "x"(b));
        else asm("mulps %1, %0" : "+x"(a) : "x"(b));
        _mm_storeu_pd(reinterpret_cast<double*>(out + i * size), a);
    }
    for (; i < n; ++i) {
        E a, b;
        std::memcpy(&a, x + (XRepeats ? 0 : i * size), sizeof a);
        std::memcpy(&b, y + (YRepeats ? 0 : i * size), sizeof b);
        const E result = sum_or_product_x_first<Op>(a, b);
        std::memcpy(out + i * size, &result, sizeof result);
    }
}

template <class E>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256d load_lanes_avx2(const std::byte* at) {
    if constexpr (sizeof(E) == 8) return _mm256_loadu_pd(reinterpret_cast<const double*>(at));
    else return _mm256_castps_pd(_mm256_loadu_ps(reinterpret_cast<const float*>(at)));
}

template <class E>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256d repeated_lanes_avx2(const std::byte* at) {
    E value;
    std::memcpy(&value, at, sizeof value);  // elements may be unaligned
    if constexpr (sizeof(E) == 8) return _mm256_set1_pd(value);
    else return _mm256_castps_pd(_mm256_set1_ps(value));
}

template <binary_op Op, class E>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256d sum_or_product_lanes_avx2(__m256d a, __m256d b) {
    __m256d r;
    if constexpr (Op == binary_op::add && sizeof(E) == 8) asm("vaddpd %2, %1, %0" : "=x"(r) : "x"(a), "x"(b));
    else if constexpr (Op == binary_op::add) asm("vaddps %2, %1, %0" : "=x"(r) : "x"(a), "x"(b));
    else if constexpr (sizeof(E) == 8) asm("vmulpd %2, %1, %0" : "=x"(r) : "x"(a), "x"(b));
    else asm("vmulps %2, %1, %0" : "=x"(r) : "x"(a), "x"(b));
    return r;
}

// The vector of results from element i on, x first (a repeated input: its one element in every lane).
template <binary_op Op, class E, bool XRepeats, bool YRepeats>
[[gnu::target("avx2"), gnu::always_inline]] inline __m256d sum_or_product_at_avx2(const std::byte* x,
                                                                                 const std::byte* y, __m256d x_all,
                                                                                 __m256d y_all, std::int64_t i) {
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    return sum_or_product_lanes_avx2<Op, E>(XRepeats ? x_all : load_lanes_avx2<E>(x + i * size),
                                            YRepeats ? y_all : load_lanes_avx2<E>(y + i * size));
}

// One element of dense_sum_product_avx2, x first: the scalar form of the vector instruction.
template <binary_op Op, class E, bool XRepeats, bool YRepeats>
[[gnu::target("avx2"), gnu::always_inline]] inline void sum_or_product_element_avx2(std::byte* out, const std::byte* x,
                                                                                   const std::byte* y, std::int64_t i) {
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    E a, b;
    std::memcpy(&a, x + (XRepeats ? 0 : i * size), sizeof a);
    std::memcpy(&b, y + (YRepeats ? 0 : i * size), sizeof b);
    if constexpr (Op == binary_op::add && size == 8) asm("vaddsd %1, %0, %0" : "+x"(a) : "x"(b));
    else if constexpr (Op == binary_op::add) asm("vaddss %1, %0, %0" : "+x"(a) : "x"(b));
    else if constexpr (size == 8) asm("vmulsd %1, %0, %0" : "+x"(a) : "x"(b));
    else asm("vmulss %1, %0, %0" : "+x"(a) : "x"(b));
    std::memcpy(out + i * size, &a, sizeof a);
}

// An output of this many bytes or more, apart from both inputs, is written with streaming stores, which skip
// reading each line before overwriting it and leave the inputs in cache: a fresh 10^7-element float64 sum
// 10-12 ms -> 7 ms, 10^6 elements 470-630 -> 405-490 us (scripts/bench, this machine), as NumPy's plain stores do
// not. (Below it the output would be read back from cache sooner than from memory.)
constexpr std::int64_t streamed_output_bytes = std::int64_t{4} << 20;

template <binary_op Op, class E, bool XRepeats, bool YRepeats>
[[gnu::target("avx2")]] void dense_sum_product_avx2(std::byte* out, const std::byte* x, const std::byte* y,
                                                    std::int64_t n) {
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    constexpr std::int64_t lanes = 32 / size;
    const __m256d x_all = XRepeats ? repeated_lanes_avx2<E>(x) : _mm256_setzero_pd();
    const __m256d y_all = YRepeats ? repeated_lanes_avx2<E>(y) : _mm256_setzero_pd();
    std::int64_t i = 0;
    // Distinct, so apart or behind an input (output_is): streaming stores never overwrite an element still to be read.
    if (n * size >= streamed_output_bytes && out != x && out != y) {
        for (; i < n && reinterpret_cast<std::uintptr_t>(out + i * size) % 32 != 0; ++i)
            sum_or_product_element_avx2<Op, E, XRepeats, YRepeats>(out, x, y, i);
        for (; i + 2 * lanes <= n; i += 2 * lanes) {
            const __m256d r0 = sum_or_product_at_avx2<Op, E, XRepeats, YRepeats>(x, y, x_all, y_all, i);
            const __m256d r1 = sum_or_product_at_avx2<Op, E, XRepeats, YRepeats>(x, y, x_all, y_all, i + lanes);
            _mm256_stream_pd(reinterpret_cast<double*>(out + i * size), r0);
            _mm256_stream_pd(reinterpret_cast<double*>(out + (i + lanes) * size), r1);
        }
        _mm_sfence();
    }
    for (; i + 2 * lanes <= n; i += 2 * lanes) {  // two vectors a round: the loop's own work is half as much
        const __m256d r0 = sum_or_product_at_avx2<Op, E, XRepeats, YRepeats>(x, y, x_all, y_all, i);
        const __m256d r1 = sum_or_product_at_avx2<Op, E, XRepeats, YRepeats>(x, y, x_all, y_all, i + lanes);
        _mm256_storeu_pd(reinterpret_cast<double*>(out + i * size), r0);
        _mm256_storeu_pd(reinterpret_cast<double*>(out + (i + lanes) * size), r1);
    }
    for (; i + lanes <= n; i += lanes)
        _mm256_storeu_pd(reinterpret_cast<double*>(out + i * size),
                         sum_or_product_at_avx2<Op, E, XRepeats, YRepeats>(x, y, x_all, y_all, i));
    for (; i < n; ++i) sum_or_product_element_avx2<Op, E, XRepeats, YRepeats>(out, x, y, i);
}
#endif

// The body compiled twice: for the baseline instruction set and, where the CPU has it, for AVX2 (wider vectors,
// the same IEEE operations element by element, so the same results; no FMA is enabled, so nothing contracts).
template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
void dense_run_baseline(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
#if defined(__x86_64__) && defined(__GNUC__)
    if constexpr (is_float_sum_or_product<Op, E>) return dense_sum_product_sse2<Op, E, XRepeats, YRepeats>(out, x, y, n);
#endif
    dense_body<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
}

#if defined(__x86_64__) && defined(__GNUC__)
template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
[[gnu::target("avx2")]] void dense_run_avx2(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    if constexpr (is_float_sum_or_product<Op, E>) return dense_sum_product_avx2<Op, E, XRepeats, YRepeats>(out, x, y, n);
    dense_body<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
}

const bool cpu_has_avx2 = detail::use_avx2();
#endif

template <binary_op Op, class E, class Out, output_is Same, bool XRepeats, bool YRepeats>
void dense_run(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
#if defined(__x86_64__) && defined(__GNUC__)
    if (cpu_has_avx2) return dense_run_avx2<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
#endif
    dense_run_baseline<Op, E, Out, Same, XRepeats, YRepeats>(out, x, y, n);
}

template <binary_op Op, class E, class Out, bool XRepeats, bool YRepeats>
void dense_run_for(std::byte* out, const std::byte* x, const std::byte* y, std::int64_t n) {
    const bool out_is_x = !XRepeats && out == x, out_is_y = !YRepeats && out == y;
    if (out_is_x && out_is_y) dense_run<Op, E, Out, output_is::both, XRepeats, YRepeats>(out, x, y, n);
    else if (out_is_x) dense_run<Op, E, Out, output_is::x, XRepeats, YRepeats>(out, x, y, n);
    else if (out_is_y) dense_run<Op, E, Out, output_is::y, XRepeats, YRepeats>(out, x, y, n);
    else dense_run<Op, E, Out, output_is::neither, XRepeats, YRepeats>(out, x, y, n);
}

// The elements [first, last) of a run of n elements that NumPy 2's float + or * (`product`) computes with y's NaN
// first where both are NaN, its loop handed the run with these steps (an input contiguous or repeated, the output
// contiguous; else none): past the run's last whole block of float_sum_product_tail_y_first_after_bytes, or the
// whole run where y repeats; at its baseline (float_sum_product_baseline_order) the whole pairs of vectors and a
// last whole vector (but a float64 product's of contiguous inputs), or where y repeats the scalar tail (but a
// float64 product's). Runs of at most a block (two vectors at the baseline) take x first throughout.
inline std::pair<std::int64_t, std::int64_t> float_y_first_elements(std::int64_t n,
                                                                    const std::array<std::int64_t, 3>& steps,
                                                                    std::int64_t size, bool product) {
    const bool x_repeats = steps[1] == 0, y_repeats = steps[2] == 0;
    if (steps[0] != size || (steps[1] != size && !x_repeats) || (steps[2] != size && !y_repeats) ||
        (x_repeats && y_repeats))
        return {0, 0};
    const semantics& rules = active_semantics();
    if (rules.float_sum_product_baseline_order) {
        const std::int64_t lanes = 16 / size, pair = 2 * lanes;
        const bool float64_product = product && size == 8;
        if (n <= pair || (y_repeats && float64_product)) return {0, 0};
        if (y_repeats) return {n - n % lanes, n};
        const bool last_vector = n % pair >= lanes && (!float64_product || x_repeats);
        return {0, n - n % pair + (last_vector ? lanes : 0)};
    }
    const std::int64_t block = rules.float_sum_product_tail_y_first_after_bytes / size;
    if (block <= 0 || n <= block || x_repeats) return {0, 0};
    return {y_repeats ? 0 : n - n % block, n};
}

// Whether float_y_first_elements names any element under `rules`: then NumPy's float + and * answer by the runs
// its iterator hands them, and the engine follows those runs.
inline bool float_sums_take_y_first_somewhere(const semantics& rules) {
    return rules.float_sum_product_tail_y_first_after_bytes > 0 || rules.float_sum_product_baseline_order;
}

// NumPy 2's baseline + and * (semantics::float_sum_product_baseline_order) of a run its contiguous loop takes (the
// output apart from both inputs): the elements float_y_first_elements names run with the operands swapped (a sum
// or product is the same either way but for its NaN). False where that loop does not run (the caller's take x
// first).
template <binary_op Op, class E, class Out>
bool baseline_sum_product_order(const std::array<std::byte*, 3>& p, const std::array<std::int64_t, 3>& strides,
                                std::int64_t n) {
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    const auto [y_from, y_to] = float_y_first_elements(n, strides, size, Op == binary_op::multiply);
    if (y_from == y_to) return false;
    const std::int64_t span = detail::numpy_loop_overlap_steps(n);
    if (!detail::numpy_ranges_apart(p[1], strides[1], p[0], strides[0], span) ||
        !detail::numpy_ranges_apart(p[2], strides[2], p[0], strides[0], span))
        return false;
    const bool x_repeats = strides[1] == 0, y_repeats = strides[2] == 0;
    const auto run = [&](std::int64_t from, std::int64_t to, bool y_first) {
        if (from >= to) return;
        std::byte* out = p[0] + from * size;
        const std::byte* x = p[1] + (x_repeats ? 0 : from * size);
        const std::byte* y = p[2] + (y_repeats ? 0 : from * size);
        const std::byte* first = y_first ? y : x;
        const std::byte* second = y_first ? x : y;
        const bool first_repeats = y_first ? y_repeats : x_repeats, second_repeats = y_first ? x_repeats : y_repeats;
        if (first_repeats) dense_run_for<Op, E, Out, true, false>(out, first, second, to - from);
        else if (second_repeats) dense_run_for<Op, E, Out, false, true>(out, first, second, to - from);
        else dense_run_for<Op, E, Out, false, false>(out, first, second, to - from);
    };
    run(0, y_from, false);
    run(y_from, y_to, true);
    run(y_to, n, false);
    return true;
}

// Runs a dense run and says so, or says it is not one.
template <binary_op Op, class E, class Out>
bool ran_dense(std::array<std::byte*, 3> p, std::array<std::int64_t, 3> strides, std::int64_t n) {
    constexpr auto in_size = static_cast<std::int64_t>(sizeof(E));
    if (strides[0] != static_cast<std::int64_t>(sizeof(Out))) return false;
    const bool x_dense = strides[1] == in_size, y_dense = strides[2] == in_size;
    const bool x_repeats = strides[1] == 0, y_repeats = strides[2] == 0;
    if (x_dense && y_dense) dense_run_for<Op, E, Out, false, false>(p[0], p[1], p[2], n);
    else if (x_dense && y_repeats) dense_run_for<Op, E, Out, false, true>(p[0], p[1], p[2], n);
    else if (x_repeats && y_dense) dense_run_for<Op, E, Out, true, false>(p[0], p[1], p[2], n);
    else return false;
    return true;
}

template <binary_op Op, dtype T>
void typed_loop(const std::array<std::byte*, 3>& start, const std::array<std::int64_t, 3>& strides, std::int64_t n) {
    std::array<std::byte*, 3> p = start;
    // Both inputs apart from the output: only an out= that NumPy's trivial path hands over uncopied overlaps one.
    // (Asked for every run of a tiled operation: one read of the profile, the ranges inline.)
    const auto inputs_apart = [&] {
        const std::int64_t span = detail::numpy_loop_overlap_steps(n);
        return detail::numpy_ranges_apart(p[1], strides[1], p[0], strides[0], span) &&
               detail::numpy_ranges_apart(p[2], strides[2], p[0], strides[0], span);
    };
    using E = element_t<T>;
    using Out = std::conditional_t<is_comparison(Op), std::uint8_t, E>;
    // Bool comparisons (and ^, NumPy's not_equal loop) read nonzero bytes as True, except in the SIMD loop for a
    // contiguous array against a scalar (stride 0, contiguous output) past the last whole vector block of the run,
    // where the scalar's byte is compared as it is (semantics.hpp: ^ has blocks of its own).
    [[maybe_unused]] const bool scalar_loop_x = strides[1] == 0 && strides[2] == 1 && strides[0] == 1;
    [[maybe_unused]] const bool scalar_loop_y = strides[2] == 0 && strides[1] == 1 && strides[0] == 1;
    [[maybe_unused]] std::int64_t raw_from = 0;
    if constexpr (T == dtype::bool_) {
        const semantics& rules = active_semantics();
        const std::int64_t block =
            Op == binary_op::bitwise_xor ? rules.bool_xor_vector_block : rules.bool_scalar_comparison_vector_block;
        raw_from = !inputs_apart() ? n : block > 0 ? n - n % block : 0;  // overlap: the scalar kernel normalises all
    }
    if constexpr (Op == binary_op::multiply && is_complex_v<E>) {
        using R = typename E::value_type;
        const semantics& rules = active_semantics();
        const semantics::complex_product_fusion fusion = rules.complex_products;
        const auto each_element = [&](auto product) {
            for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1], p[2] += strides[2]) {
                E x, y;
                std::memcpy(&x, p[1], sizeof x);
                std::memcpy(&y, p[2], sizeof y);
                const E result = product(x, y, i);
                std::memcpy(p[0], &result, sizeof result);
            }
        };
        if (fusion == semantics::complex_product_fusion::outside_contiguous_vector_loop) {
            // NumPy 1.24's AVX512F loop (IS_BINARY_STRIDE_ONE): every operand stepping one element (one element
            // too: NumPy hands its loop a 1-d operand's own stride, an n-d contiguous one's itemsize, a 0-d one's
            // 0, as run_loop does), the output's start at least a vector (64 bytes) from each input's; z *= z
            // runs the fused scalar loop.
            constexpr auto size = static_cast<std::int64_t>(sizeof(E));
            const auto vector_apart = [&](const std::byte* q) {
                const auto out = reinterpret_cast<std::uintptr_t>(p[0]), in = reinterpret_cast<std::uintptr_t>(q);
                return (out > in ? out - in : in - out) >= 64;
            };
            if (strides[0] == size && strides[1] == size && strides[2] == size && vector_apart(p[1]) &&
                vector_apart(p[2])) {
                each_element([](E x, E y, std::int64_t) { return elements::complex_multiply_avx512f<R>(x, y); });
                return;
            }
            if constexpr (std::is_same_v<R, float>) {  // complex64's scalar loop is plain (measured)
                each_element([&](E x, E y, std::int64_t) {
                    return elements::complex_multiply<R>(x, y, rules.complex_cross_products_y_first);
                });
                return;
            }
        }
        // NumPy 2's scalar kernel, plain, for an output stepping 0 or overlapping an input, and for complex64 an
        // input stepping backwards (semantics::complex64_backward_inputs_take_scalar_kernel). One element comes
        // with NumPy's steps (run_loop): its trivial path's, or its iterator's zeros (and ufunc.at's). Its compiler
        // reorders the cross products of that loop (complex_cross_products_y_first) only from two elements on: one
        // element alone is multiplied as written, x's parts first, in complex64 (both builds) and, at its baseline
        // build, complex128 (measured on NumPy 2.4: np.multiply(x, y, out=y) of one element, which NumPy's iterator
        // hands over with steps 0).
        const bool as_written = n == 1 && (std::is_same_v<R, float> ||
                                           rules.complex_loops == semantics::complex_loop_build::numpy_2_baseline);
        const bool cross_products_y_first = rules.complex_cross_products_y_first && !as_written;
        const bool output_steps_zero = strides[0] == 0;
        const bool backward_input = std::is_same_v<R, float> && rules.complex64_backward_inputs_take_scalar_kernel &&
                                    (strides[1] < 0 || strides[2] < 0);
        if (fusion == semantics::complex_product_fusion::everywhere &&
            (output_steps_zero || backward_input || !inputs_apart())) {
            // For an input stepping backwards its compiler vectorised that loop by pairs where the output's bytes
            // are clear of both inputs' (an odd last element is then multiplied as written too), else it runs as
            // written, the cross products x's part first throughout (x *= y[::-1]; measured on NumPy 2.4, 1 to 23
            // elements, 2026-12-08).
            const auto clear_of_output = [&](std::size_t k) {
                return detail::bytes_clear(p[k], strides[k], p[0], strides[0], n, sizeof(E));
            };
            const bool by_pairs = backward_input && clear_of_output(1) && clear_of_output(2);
            each_element([&](E x, E y, std::int64_t i) {
                const bool written = backward_input && (!by_pairs || (n % 2 == 1 && i == n - 1));
                return elements::complex_multiply<R>(x, y, cross_products_y_first && !written);
            });
            return;
        }
        // NumPy 2's vector branches, each vector computed by its own compiled copy (complex_loop_order.hpp).
        const detail::complex_sum_branch branch(p, strides, n, sizeof(E));
        const auto y_parts_first = detail::vectors_with_y_parts_first::of_product(branch, n, sizeof(E));
        const auto x_cross_first = detail::vectors_with_x_cross_products_first::of_product(branch, n, sizeof(E));
        const auto vector_cross_y_first = [&](std::int64_t i) {
            return rules.complex_cross_products_y_first && !x_cross_first(i);
        };
        if (fusion != semantics::complex_product_fusion::nowhere) {
            each_element([&](E x, E y, std::int64_t i) {
                return elements::complex_multiply_fused<R>(x, y, vector_cross_y_first(i), y_parts_first(i));
            });
            return;
        }
        if (rules.complex_loops == semantics::complex_loop_build::numpy_2_baseline) {
            // (The product has no reduce branch: an output that is x itself stepping 0 runs its scalar loop.)
            // The loop as written: where the output meets an input or steps 0 (NumPy's compiler did not vectorise it).
            const auto kind = branch.branch();
            const bool scalar_loop = kind == detail::complex_sum_branch::scalar_loop_aliased ||
                                     kind == detail::complex_sum_branch::reduce;
            each_element([&](E x, E y, std::int64_t i) {
                const bool y_first = scalar_loop ? cross_products_y_first : vector_cross_y_first(i);
                return elements::complex_multiply<R>(x, y, y_first, y_parts_first(i));
            });
            return;
        }
    }
    if constexpr (Op == binary_op::add && is_complex_v<E>) {
        const detail::complex_sum_branch branch(p, strides, n, sizeof(E));
        for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1], p[2] += strides[2]) {
            E x, y;
            std::memcpy(&x, p[1], sizeof x);
            std::memcpy(&y, p[2], sizeof y);
            // Only a NaN asks which operand came first (the plain sum is the answer otherwise).
            const E plain(x.real() + y.real(), x.imag() + y.imag());
            if (!std::isnan(plain.real()) && !std::isnan(plain.imag())) {
                std::memcpy(p[0], &plain, sizeof plain);
                continue;
            }
            const bool y_first = branch.y_first(i);
            const E& first = y_first ? y : x;
            const E& second = y_first ? x : y;
            const E result(elements::ordered_sum(first.real(), second.real()),
                           elements::ordered_sum(first.imag(), second.imag()));
            std::memcpy(p[0], &result, sizeof result);
        }
        return;
    }
    if constexpr (Op == binary_op::add && (std::is_same_v<E, float> || std::is_same_v<E, double>)) {
        // NumPy's reduce branch (the output is x itself, both stepping 0; IS_BINARY_REDUCE): y's pairwise sum added to
        // x, y's NaN first (measured on both NumPys); here one element, as a one-element x += y and ufunc.at hand it.
        if (n == 1 && strides[0] == 0 && strides[1] == 0 && p[0] == p[1]) {
            E x, y;
            std::memcpy(&x, p[1], sizeof x);
            std::memcpy(&y, p[2], sizeof y);
            const E result = sum_or_product_x_first<Op>(y, x);
            std::memcpy(p[0], &result, sizeof result);
            return;
        }
    }
    if constexpr (is_float_sum_or_product<Op, E>) {
        if (active_semantics().float_sum_product_baseline_order &&
            baseline_sum_product_order<Op, E, Out>(p, strides, n))
            return;
        // NumPy 2's contiguous loop takes y's NaN first past its last whole block, and throughout when y repeats
        // (semantics::float_sum_product_tail_y_first_after_bytes): that part runs with the operands swapped.
        constexpr auto size = static_cast<std::int64_t>(sizeof(E));
        const std::int64_t block = active_semantics().float_sum_product_tail_y_first_after_bytes / size;
        if (block > 0 && n > block && strides[0] == size && strides[1] == size &&
            (strides[2] == size || strides[2] == 0)) {
            // block is a power of two (twice a vector register, in elements): no division on every call.
            const std::int64_t y_first_from =
                strides[2] == 0 ? 0 : (block & (block - 1)) == 0 ? n & ~(block - 1) : n - n % block;
            // The vector kernel runs only where the output is apart from both inputs (is_mem_overlap); a run with
            // no y-first part is the same either way and skips the test (a tenth of a 10^3 transposed add).
            // The dense loops are called directly: handing ran_dense a fresh stride array stalled each call on
            // store forwarding (a fifth of a 10^3-element transposed add, perf).
            if (y_first_from == n) {
                dense_run_for<Op, E, Out, false, false>(p[0], p[1], p[2], n);
                return;
            }
            if (inputs_apart()) {
                if (strides[2] == 0) {
                    dense_run_for<Op, E, Out, true, false>(p[0], p[2], p[1], n);
                    return;
                }
                if (y_first_from > 0) dense_run_for<Op, E, Out, false, false>(p[0], p[1], p[2], y_first_from);
                dense_run_for<Op, E, Out, false, false>(p[0] + y_first_from * size, p[2] + y_first_from * size,
                                                        p[1] + y_first_from * size, n - y_first_from);
                return;
            }
        }
    }
    // Dense runs of + - * and the comparisons take the vectorised loop. Bool loops answer by position within
    // a run (above) and float16 computes through float32, so both keep the element loop, as do the operations
    // that call the C library.
    if constexpr (T != dtype::bool_ && T != dtype::float16 &&
                  (Op == binary_op::add || Op == binary_op::subtract || Op == binary_op::multiply ||
                   is_comparison(Op))) {
        if (ran_dense<Op, E, Out>(p, strides, n)) return;
    }
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1], p[2] += strides[2]) {
        E x, y;
        std::memcpy(&x, p[1], sizeof x);
        std::memcpy(&y, p[2], sizeof y);
        Out result;
        if constexpr (T == dtype::bool_) {
            const bool raw = i >= raw_from;
            result = apply_bool<Op>(x, y, scalar_loop_x && raw, scalar_loop_y && raw);
        }
        else {
            result = static_cast<Out>(apply_element<Op>(x, y));
        }
        std::memcpy(p[0], &result, sizeof result);
    }
}

template <std::size_t... Ops, std::size_t... Types>
constexpr auto make_loop_table(std::index_sequence<Ops...>, std::index_sequence<Types...>) {
    std::array<std::array<binary_loop, sizeof...(Types)>, sizeof...(Ops)> table{};
    auto row = [&]<std::size_t Op>(std::integral_constant<std::size_t, Op>) {
        ((table[Op][Types] = &typed_loop<static_cast<binary_op>(Op), static_cast<dtype>(Types)>), ...);
    };
    (row(std::integral_constant<std::size_t, Ops>{}), ...);
    return table;
}

constexpr auto loop_table = make_loop_table(std::make_index_sequence<op_count>{}, std::make_index_sequence<dtype_count>{});

binary_loop loop_for(binary_op op, dtype t) {
    assert(!is_byte_swapped(t) && "element loops run on native types");
    return loop_table[static_cast<std::size_t>(op)][static_cast<std::size_t>(t)];
}

// NumPy 2's comparison loops of int64 against uint64 (qQ->?, Qq->?): each side read in its own type and
// compared exactly (std::cmp_*), where their common type, float64, would round both.
template <binary_op Op, class X, class Y>
void mixed_sign_loop(const std::array<std::byte*, 3>& start, const std::array<std::int64_t, 3>& strides,
                     std::int64_t n) {
    std::array<std::byte*, 3> p = start;
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1], p[2] += strides[2]) {
        X x;
        Y y;
        std::memcpy(&x, p[1], sizeof x);
        std::memcpy(&y, p[2], sizeof y);
        bool result = false;
        if constexpr (Op == binary_op::equal) result = std::cmp_equal(x, y);
        else if constexpr (Op == binary_op::not_equal) result = std::cmp_not_equal(x, y);
        else if constexpr (Op == binary_op::less) result = std::cmp_less(x, y);
        else if constexpr (Op == binary_op::greater) result = std::cmp_greater(x, y);
        else if constexpr (Op == binary_op::less_equal) result = std::cmp_less_equal(x, y);
        else if constexpr (Op == binary_op::greater_equal) result = std::cmp_greater_equal(x, y);
        const std::uint8_t byte = result ? 1 : 0;
        std::memcpy(p[0], &byte, sizeof byte);
    }
}

template <class X, class Y>
binary_loop mixed_sign_loop_for(binary_op op) {
    switch (op) {
        case binary_op::equal: return &mixed_sign_loop<binary_op::equal, X, Y>;
        case binary_op::not_equal: return &mixed_sign_loop<binary_op::not_equal, X, Y>;
        case binary_op::less: return &mixed_sign_loop<binary_op::less, X, Y>;
        case binary_op::greater: return &mixed_sign_loop<binary_op::greater, X, Y>;
        case binary_op::less_equal: return &mixed_sign_loop<binary_op::less_equal, X, Y>;
        case binary_op::greater_equal: return &mixed_sign_loop<binary_op::greater_equal, X, Y>;
        default: throw std::logic_error("mixed_sign_loop_for: not a comparison");
    }
}

// The loop for inputs prepared in `x` and `y`: the uniform loop of that dtype, or a mixed-sign comparison.
binary_loop loop_for(binary_op op, dtype loop, dtype x, dtype y) {
    if (x == y) return loop_for(op, loop);
    return x == dtype::int64 ? mixed_sign_loop_for<std::int64_t, std::uint64_t>(op)
                             : mixed_sign_loop_for<std::uint64_t, std::int64_t>(op);
}

// ---- Operands -------------------------------------------------------------------------------------------

const dims no_dims{};

const dims& shape_of(const operand& x) {
    if (const auto* a = std::get_if<array>(&x)) return (*a)->shape();
    return no_dims;
}

// An operand's dtype as type resolution sees it: in native order (NumPy's resolvers canonicalize descriptors).
dtype dtype_of(const operand& x) {
    if (const auto* a = std::get_if<array>(&x)) return native_order((*a)->type());
    return std::get<scalar>(x).type;
}

typed_operand describe(const operand& x) {
    if (const auto* s = std::get_if<scalar>(&x)) return {s->type, *s, s->is_python_number(), s->long_long};
    const ndarray& a = *std::get<array>(x);
    if (a.ndim() == 0) return {native_order(a.type()), load_element(a.type(), a.data()), false, is_long_long(a)};
    return {native_order(a.type()), std::nullopt, false, is_long_long(a)};
}

// A unary loop of the input's own type runs on its C type (an exact match); dtype= names the C type.
bool unary_long_long(const operand& x, dtype loop, const ufunc_keywords& keywords) {
    if (keywords.loop_dtype) return *keywords.loop_dtype == loop && is_long_long(keywords.loop_descriptor);
    return dtype_of(x) == loop && describe(x).long_long;
}

// The loop dtype: the result type, then the ufunc's loop search (true_divide of integers runs the float64 loop),
// with NumPy's rejection of boolean subtraction; and the dtype the output's layout is decided for: the same,
// except that a comparison with a Python int outside the array's type runs NumPy 2's fixed-result loop on the
// array's own dtype (no cast), while the engine compares in a wider loop.
struct loop_types {
    dtype loop;
    per_operand<dtype> layout;  // per input: the dtype the output's layout is decided for
    per_operand<dtype> inputs;  // per input: the dtype the loop reads it in (the loop's, but in qQ/Qq loops)
    bool long_long = false;     // a 64-bit integer loop of C type long long (long_long.hpp)
};

// NumPy 2's mixed-sign comparison: a signed integer against uint64, whose common type is float64.
bool runs_mixed_sign_comparison(binary_op op, const std::array<typed_operand, 2>& operands) {
    if (!is_comparison(op) || !active_semantics().mixed_sign_integer_comparison_loops) return false;
    const auto is_signed = [](const typed_operand& x) {
        return kind_of(x.type) == dtype_kind::signed_int && !x.python_number;
    };
    const auto is_uint64 = [](const typed_operand& x) { return x.type == dtype::uint64 && !x.python_number; };
    return (is_signed(operands[0]) && is_uint64(operands[1])) || (is_uint64(operands[0]) && is_signed(operands[1]));
}

loop_types resolve_loop_types(binary_op op, const operand& a, const operand& b,
                              std::optional<dtype> forced = std::nullopt) {
    const std::array<typed_operand, 2> operands{describe(a), describe(b)};
    // NumPy 1.24 makes an object array of a Python int beyond 64 bits; the engine has numeric dtypes only.
    if (!active_semantics().nep50_weak_python_scalars)
        for (const operand* x : {&a, &b})
            if (const auto* s = std::get_if<scalar>(x); s && s->is_python_int_beyond_64_bits())
                raise(error_category::runtime_error, "NumPy 1.24 makes an object array of a Python int beyond int64 "
                                                     "and uint64, which the engine has not (NotImplementedError)");
    const dtype nominal = result_type(operands);
    dtype loop = nominal;
    // PyUFunc_SubtractionTypeResolver refuses the bool loop, found or asked for with dtype= (property test,
    // NumPy 1.24, seed 102: np.subtract(b, b, out, dtype='bool')).
    if (op == binary_op::subtract && (forced ? *forced : nominal) == dtype::bool_)
        raise(error_category::type_error,
              "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, "
              "or the logical_xor function instead.");
    if (forced) {
        // dtype= names the loop itself (its output and so, for these uniform loops, its inputs).
        if (is_comparison(op) ? *forced != dtype::bool_ : (loops_of(op) & bit(*forced)) == 0)
            raise(error_category::type_error,
                  "No loop matching the specified signature and casting was found for ufunc " + ufunc_name(op));
        if (!is_comparison(op)) {
            if (active_semantics().nep50_weak_python_scalars)
                for (const typed_operand& x : operands)
                    if (x.python_number && is_integer(x.type)) check_python_int_fits(*x.value, *forced);
            return {*forced, {*forced, *forced}, {*forced, *forced}};
        }
    }
    if (runs_mixed_sign_comparison(op, operands)) {
        const auto read_as = [](const typed_operand& x) { return x.type == dtype::uint64 ? dtype::uint64 : dtype::int64; };
        const per_operand<dtype> inputs{read_as(operands[0]), read_as(operands[1])};
        return {dtype::int64, inputs, inputs};
    }
    if (!is_comparison(op)) {
        if (op == binary_op::true_divide && !is_inexact(nominal)) {
            loop = dtype::float64;  // TrueDivisionTypeResolver: integers and bools divide as doubles
        } else {
            const std::optional<dtype> found = uses_result_type(op) || active_semantics().nep50_weak_python_scalars
                                                   ? first_safe_loop(loops_of(op), nominal)
                                                   : legacy_linear_search(loops_of(op), operands);
            if (!found) raise_no_loop(ufunc_name(op));
            loop = *found;
        }
    }
    // A Python int the loop cannot hold is an OverflowError, except in a comparison with a NumPy integer: there
    // compared_by_range has made it an int of infinite size, which a float64 loop compares with every integer
    // (the layout stays the integer's: NumPy's loop reads it uncast). A bool's int64 loop raises too.
    if (active_semantics().nep50_weak_python_scalars) {
        for (std::size_t i = 0; i < operands.size(); ++i) {
            const typed_operand& x = operands[i];
            const typed_operand& other = operands[1 - i];
            if (!x.python_number || !is_integer(x.type) || python_int_fits(*x.value, loop)) continue;
            if (is_comparison(op) && !other.python_number && is_integer(other.type)) loop = dtype::float64;
            else check_python_int_fits(*x.value, loop);  // OverflowError
        }
    }
    const dtype layout = is_comparison(op) ? nominal : loop;
    // The uniform operations promote (l + q is q); the others search their loops, C long's first (q // l is l).
    const bool long_long = !is_comparison(op) && (uses_result_type(op) ? promotes_to_long_long(loop, operands)
                                                                       : exact_long_long_loop(loop, operands));
    return {loop, {layout, layout}, {loop, loop}, long_long};
}

dtype output_type(binary_op op, dtype loop) { return is_comparison(op) ? dtype::bool_ : loop; }

// An input ready for the loop: memory in the loop dtype and strides broadcast to the iteration shape.
// Holds whatever temporary it had to make.
struct loop_input {
    dtype type = dtype::bool_;              // the dtype the loop reads it in
    bool zero_dimensional = false;          // a 0-d operand (NumPy's trivial loop steps it by 0)
    const std::byte* data = nullptr;
    dims strides;
    // Where the loop reads a copy (`converted`), the strides NumPy's iterator walks: a cast copy's source's own
    // (NumPy buffers the cast), the copy's own for one NumPy made first only to align it (prepare_input's
    // numpy_copies). A small cast input NumPy also copies first keeps its source's here: not modelled (probes of
    // reversed cast inputs into 2-d, unaligned, byte-swapped and cast outputs, with 0-d operands, showed no kernel
    // that tells the two apart, under either NumPy, 2026-12-08).
    dims walked_strides;
    array converted;                        // a cast copy of an array input
    alignas(16) std::byte cell[16] = {};   // a scalar (or 0-d value) in the loop dtype
};

// `numpy_copies`: NumPy reads x from the C-ordered copy it made first (copied_before_numpy_iterates), so the loop
// reads such a copy too: an input copied only because it is not aligned then steps forwards, and a kernel that picks
// its path by the steps and addresses it is handed sees what NumPy's sees (NumPy 1.24's AVX512F complex product of
// an unaligned z by z[::-1]). A copy for a cast is made in any case.
void prepare_input(loop_input& in, const operand& x, dtype loop, const dims& shape, bool numpy_copies = false) {
    in.type = loop;
    const auto* a = std::get_if<array>(&x);
    in.zero_dimensional = !a || (*a)->ndim() == 0;  // a scalar is the 0-d array NumPy makes of it
    if (!a || ((*a)->ndim() == 0 && (*a)->type() != loop)) {
        // One value, repeated through a zero stride.
        const scalar value = a ? load_element((*a)->type(), (*a)->data()) : std::get<scalar>(x);
        store_element(loop, in.cell, value);
        in.data = in.cell;
        in.strides = dims(shape.size(), 0);
        return;
    }
    const ndarray* source = a->get();
    if (source->type() != loop) {
        in.walked_strides = broadcast_strides(source->shape(), source->strides(), shape);
        in.converted = copy_of(*source, order::K, loop);
        source = in.converted.get();
    } else if (numpy_copies) {
        in.converted = copy_of(*source, order::C, loop);
        source = in.converted.get();
        in.walked_strides = broadcast_strides(source->shape(), source->strides(), shape);
    }
    in.data = source->data();
    in.strides = broadcast_strides(source->shape(), source->strides(), shape);
}

// A 2-D iteration where an input walks across the output's grain (a.T + b): its inner steps are longer than
// its outer ones and than one element (of `input_itemsize`), so a row of the output touches a new cache line of
// it at every element. An input dense along the rows (rows that overlap, as_strided(x, strides=(8, 16)) of
// complex) does not: cutting its rows into tiles would gain nothing, and would show where a loop answers by
// run (NumPy 1.24's complex products fuse outside the contiguous vector loop, which needs two elements).
bool input_crosses_the_grain(const strided_iteration& it, std::int64_t input_itemsize) {
    if (it.shape.size() != 2 || it.shape[0] < 16 || it.shape[1] < 16) return false;
    for (std::size_t k = 1; k < it.strides.size(); ++k) {
        const std::int64_t outer = std::abs(it.strides[k][0]), inner = std::abs(it.strides[k][1]);
        if (outer != 0 && inner > outer && inner != input_itemsize) return true;
    }
    return false;
}

// The same runs cut into square tiles, so that the lines of the crossing input are reused from cache. Each
// output element still depends only on the inputs at its own position (see output_is), so the order in which
// the elements are computed cannot show.
void run_tiled(const strided_iteration& it, std::array<std::byte*, 3> start, binary_loop body) {
    constexpr std::int64_t tile = 32;
    const std::array<std::int64_t, 3> inner{it.strides[0][1], it.strides[1][1], it.strides[2][1]};
    for (std::int64_t i0 = 0; i0 < it.shape[0]; i0 += tile) {
        const std::int64_t i1 = std::min(it.shape[0], i0 + tile);
        for (std::int64_t j0 = 0; j0 < it.shape[1]; j0 += tile) {
            const std::int64_t n = std::min(it.shape[1], j0 + tile) - j0;
            for (std::int64_t i = i0; i < i1; ++i) {
                std::array<std::byte*, 3> p{};
                for (std::size_t k = 0; k < 3; ++k) p[k] = start[k] + i * it.strides[k][0] + j0 * it.strides[k][1];
                body(p, inner, n);
            }
        }
    }
}

// Loops whose answers do not depend on the strides they are handed, and that take typed_loop's vectorised path on
// dense runs: + - * and the comparisons of one non-bool dtype, except complex products (NumPy 1.24 chooses between
// its fused and unfused complex loops by contiguity) and float16 (always the element loop). For these a crossing
// input can be handed to the loop from a dense copy of its tile without changing any value. (The inputs reach
// the loop in its dtype: prepare_input casts them first.)
bool gathers_crossing_inputs(binary_op op, dtype loop) {
    if (loop == dtype::bool_ || loop == dtype::float16) return false;
    if (op == binary_op::multiply || op == binary_op::add) return !is_complex(loop);  // their NaNs go by the steps
    return op == binary_op::subtract || is_comparison(op);
}

// The bytes from the lowest to one past the highest element an operand of the iteration touches.
std::pair<std::uintptr_t, std::uintptr_t> extent_of(const strided_iteration& it, std::size_t k, const std::byte* start,
                                                    std::int64_t itemsize) {
    std::int64_t lo = 0, hi = 0;
    for (std::size_t d = 0; d < it.shape.size(); ++d) {
        const std::int64_t span = (it.shape[d] - 1) * it.strides[k][d];
        (span < 0 ? lo : hi) += span;
    }
    const auto base = reinterpret_cast<std::uintptr_t>(start);
    return {base + static_cast<std::uintptr_t>(lo), base + static_cast<std::uintptr_t>(hi + itemsize)};
}

// Copies a rows x cols block of elements of Size bytes, element (r, c) at src + r * s0 + c * s1, into dst in row
// order (dst + (r * cols + c) * Size). The walk goes down the columns, along the source's short step.
template <std::size_t Size>
void gather_block(std::byte* dst, const std::byte* src, std::int64_t s0, std::int64_t s1, std::int64_t rows,
                  std::int64_t cols) {
    constexpr auto size = static_cast<std::int64_t>(Size);
    for (std::int64_t c = 0; c < cols; ++c) {
        const std::byte* column = src + c * s1;
        std::byte* to = dst + c * size;
        for (std::int64_t r = 0; r < rows; ++r) std::memcpy(to + r * cols * size, column + r * s0, Size);
    }
}

// gather_block<8> for a source contiguous down its columns (s0 == 8): the block transpose of transpose_tiles.hpp
// into rows of `cols` elements.
void gather_block_8(std::byte* dst, const std::byte* src, std::int64_t s0, std::int64_t s1, std::int64_t rows,
                    std::int64_t cols) {
    if (s0 != 8) return gather_block<8>(dst, src, s0, s1, rows, cols);
    detail::transpose_block_8(dst, cols * 8, src, s1, rows, cols);
}

using gather_fn = void (*)(std::byte*, const std::byte*, std::int64_t, std::int64_t, std::int64_t, std::int64_t);

gather_fn gather_for(std::int64_t itemsize) {
    switch (itemsize) {
        case 1: return &gather_block<1>;
        case 2: return &gather_block<2>;
        case 4: return &gather_block<4>;
        case 8: return &gather_block_8;
        case 16: return &gather_block<16>;
        default: return nullptr;
    }
}

// run_tiled for a loop that gathers_crossing_inputs: each tile of every crossing input is first copied into a
// dense buffer in the output's order (read along the input's own short step), then every row of the tile runs
// as one dense run, which the loop vectorises. Only when no input shares a byte with the output unless it is the
// output element for element (then each element is still read before it is written, as the whole computation
// depends only on the elements at one position): otherwise false, and the caller keeps its order.
bool run_tiled_gathered(const strided_iteration& it, std::array<std::byte*, 3> start, binary_loop body,
                        std::int64_t in_size, std::int64_t out_size) {
    const gather_fn gather = gather_for(in_size);
    if (!gather) return false;
    const auto out_extent = extent_of(it, 0, start[0], out_size);
    std::array<bool, 3> crosses{};
    for (std::size_t k = 1; k < 3; ++k) {
        const std::int64_t outer = std::abs(it.strides[k][0]), inner = std::abs(it.strides[k][1]);
        crosses[k] = outer != 0 && inner > outer;
        const bool same = start[k] == start[0] && it.strides[k] == it.strides[0] && in_size == out_size;
        if (same) continue;
        const auto extent = extent_of(it, k, start[k], in_size);
        if (extent.first < out_extent.second && out_extent.first < extent.second) return false;
    }
    // Tiles of `rows` output rows (at least four 64-byte lines of a crossing input down each column) by `cols`
    // elements, the buffer of each crossing input 32 KiB. Measured on a.T + b of float64 (bench/, 2026-12-08,
    // alternating): 32 rows by 128 ran 10^6 elements in 1.4-1.9 ms where one line (8 rows) by 256 took 1.9-2.4,
    // 10^7 a few percent faster, 10^5 the same; 16 and 64 rows, 8, 16 and 64 KiB fell between.
    constexpr std::int64_t buffer_bytes = 32768;
    const std::int64_t rows = std::max<std::int64_t>(32, 256 / in_size);
    const std::int64_t cols = buffer_bytes / (rows * in_size);
    alignas(64) std::byte buffers[2][buffer_bytes];
    for (std::int64_t i0 = 0; i0 < it.shape[0]; i0 += rows) {
        const std::int64_t r_count = std::min(it.shape[0] - i0, rows);
        for (std::int64_t j0 = 0; j0 < it.shape[1]; j0 += cols) {
            const std::int64_t n = std::min(it.shape[1] - j0, cols);
            std::array<std::byte*, 3> p{};
            std::array<std::int64_t, 3> step{};
            std::array<std::int64_t, 3> row_step{};
            for (std::size_t k = 0; k < 3; ++k) {
                p[k] = start[k] + i0 * it.strides[k][0] + j0 * it.strides[k][1];
                step[k] = it.strides[k][1];
                row_step[k] = it.strides[k][0];
                if (!crosses[k]) continue;
                gather(buffers[k - 1], p[k], it.strides[k][0], it.strides[k][1], r_count, n);
                p[k] = buffers[k - 1];
                step[k] = in_size;
                row_step[k] = n * in_size;
            }
            for (std::int64_t r = 0; r < r_count; ++r) {
                body(p, step, n);
                for (std::size_t k = 0; k < 3; ++k) p[k] += row_step[k];
            }
        }
    }
    return true;
}

// How NumPy reaches a loop (ufunc_object.c): its trivial path, one call with the arrays' own steps (a 1-D
// operand's stride, an n-d contiguous one's itemsize, a 0-d input's 0), or its iterator, which either allocates the
// output itself (a fresh result) or writes an existing array (out=, an operation in place, a copy of out written
// back). The iterator hands a single element over with zero steps.
enum class numpy_call { trivial, iterator_fresh_output, iterator_existing_output };

// A loop's iteration as NumPy's ufunc iterator walks it (operand 0 the output): its axis order (nditer_order:
// every operand weighs in, C order winning their conflicts), coalesced, and an axis no operand walks forwards
// flipped, each operand's start moved to its first element in that order, unless the iterator allocates the
// output (nditer_constr.c: "If there's an output being allocated, we must not negate any strides"; a fresh result
// off the trivial path, which flips nothing either). So x[::-1] *= y[::-1] runs forwards and x[::-1] * y[::-1]
// backwards; an F-ordered out= against C-ordered inputs is walked in C order.
template <std::size_t N>
struct numpy_iteration {
    strided_iteration it;
    std::array<std::byte*, N> start;
};

// The same, not owning its iteration.
template <std::size_t N>
struct numpy_iteration_view {
    const strided_iteration& it;
    const std::array<std::byte*, N>& start;
};

// `output_votes`: the strides of the out= whose copy the loop writes, which decided NumPy's order and flips.
template <std::size_t N>
numpy_iteration<N> numpy_ufunc_iteration(const dims& shape, const std::array<const dims*, N>& strides,
                                         std::array<std::byte*, N> start, numpy_call call,
                                         const dims* output_votes = nullptr) {
    std::vector<dims> votes;
    for (std::size_t k = 0; k < N; ++k) votes.push_back(k == 0 && output_votes ? *output_votes : *strides[k]);
    const axis_order o = nditer_order(shape, votes, call == numpy_call::iterator_existing_output);
    dims order_shape;
    std::vector<dims> order_strides(N);
    for (const std::size_t axis : o.outer_to_inner) {
        order_shape.push_back(shape[axis]);
        for (std::size_t k = 0; k < N; ++k) {
            std::int64_t stride = (*strides[k])[axis];
            if (o.reversed[axis]) {
                start[k] += (shape[axis] - 1) * stride;
                stride = -stride;
            }
            order_strides[k].push_back(stride);
        }
    }
    return {coalesce(order_shape, order_strides), start};
}

// Element g of an iteration (C order over the coalesced axes) of operand k, from its `start`.
std::byte* element_of(const strided_iteration& it, std::byte* start, std::size_t k, std::int64_t g) {
    for (std::size_t d = it.shape.size(); d-- > 0;) {
        start += g % it.shape[d] * it.strides[k][d];
        g /= it.shape[d];
    }
    return start;
}

// NumPy 2's float + and * over a buffered iteration pass on y's NaN in some elements of each run where the loop is
// handed a dense run (float_y_first_elements). The engine computes along its own runs (rows, tiles) with x first
// throughout, then computes again, one element at a time with y first, the elements NumPy's runs take y first,
// from `start`'s inputs as they were before the loop ran. `product`: * (else +).
template <class E>
void redo_y_first_tails_of_numpy_buffered_runs(const strided_iteration& it, const std::array<std::byte*, 3>& start,
                                                binary_loop body, bool product) {
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    for (const buffered_run& run : numpy_buffered_runs(it)) {
        std::array<std::int64_t, 3> steps{};  // as NumPy's loop is handed them
        for (std::size_t k = 0; k < 3; ++k) steps[k] = run.buffered[k] ? size : it.strides[k].back();
        const auto [y_from, y_to] = float_y_first_elements(run.length, steps, size, product);
        for (std::int64_t g = run.first + y_from; g < run.first + y_to; ++g)
            body({element_of(it, start[0], 0, g), element_of(it, start[2], 2, g), element_of(it, start[1], 1, g)},
                 {0, 0, 0}, 1);
    }
}

// One of NumPy's runs as its loop is handed it (operand 0 the output): each operand's pointer and step, a buffered
// input gathered into a contiguous buffer first, a buffered output given its buffer (`sizes`: each operand's
// itemsize).
template <std::size_t N>
struct run_operands {
    std::array<std::byte*, N> p{};
    std::array<std::int64_t, N> steps{};
    std::array<std::vector<std::byte>, N> buffer;
    // Each buffer sits this many bytes inside its allocation, so that its start is a vector (64 bytes) or more
    // from any other array's or buffer's, whatever the engine's heap does (engine arrays keep such gaps too,
    // buffer.cpp): NumPy 1.24's AVX512F complex product asks for that distance, and NumPy's buffers are blocks of
    // their own, a run of 56 bytes or more that far from any other on glibc's heap (below that NumPy's answer
    // depends on where its heap put them).
    static constexpr std::size_t apart = 64;

    void take(const strided_iteration& it, const std::array<std::byte*, N>& start, const buffered_run& run,
              const std::array<std::int64_t, N>& sizes) {
        for (std::size_t k = 0; k < N; ++k) {
            p[k] = element_of(it, start[k], k, run.first);
            steps[k] = it.shape.empty() ? 0 : it.strides[k].back();
            if (!run.buffered[k]) continue;
            buffer[k].resize(static_cast<std::size_t>(run.length * sizes[k]) + 2 * apart);
            p[k] = buffer[k].data() + apart;
            steps[k] = sizes[k];
            if (k > 0)
                for (std::int64_t i = 0; i < run.length; ++i)
                    std::memcpy(p[k] + i * sizes[k], element_of(it, start[k], k, run.first + i),
                                static_cast<std::size_t>(sizes[k]));
        }
    }

    // A buffered output's elements i of the run for which `written(i)`, back into the output.
    template <class Written>
    void write_back(const strided_iteration& it, std::byte* out_start, const buffered_run& run, std::int64_t size,
                    Written written) const {
        if (!run.buffered[0]) return;
        for (std::int64_t i = 0; i < run.length; ++i)
            if (written(i))
                std::memcpy(element_of(it, out_start, 0, run.first + i), buffer[0].data() + apart + i * size,
                            static_cast<std::size_t>(size));
    }
};

// A loop over NumPy's buffered iteration as its loop sees it (numpy_buffered_runs). Slower than the engine's own
// tiles, so only for loops whose kernel NumPy picks by the steps it is handed.
template <std::size_t N, class Loop>
void run_numpy_buffered_runs(const strided_iteration& it, const std::array<std::byte*, N>& start, Loop body,
                             const std::array<std::int64_t, N>& sizes, const iteration_operands& known = {}) {
    run_operands<N> operands;
    for (const buffered_run& run : numpy_buffered_runs(it, known)) {
        operands.take(it, start, run, sizes);
        body(operands.p, operands.steps, run.length);
        operands.write_back(it, start[0], run, sizes[0], [](std::int64_t) { return true; });
    }
}

// A loop over NumPy's iteration of an operation with where= (`numpy`: the loop's N operands, output first, and the
// mask last): the mask joins the iteration as one more operand (axis order, coalescing, buffers), and NumPy's masked
// loop (generic_masked_strided_loop) calls the loop on each stretch of unmasked elements within a run, at the steps
// of the run (buffered operands through their buffer; a buffered output written back where unmasked).
template <std::size_t N, class Loop>
void run_masked_as_numpy_iterates(const numpy_iteration_view<N + 1>& numpy, Loop body,
                                  const std::array<std::int64_t, N>& sizes) {
    const strided_iteration& it = numpy.it;
    std::array<std::byte*, N> start{};
    std::copy_n(numpy.start.begin(), N, start.begin());
    run_operands<N> operands;
    for (const buffered_run& run : numpy_buffered_runs(it)) {
        operands.take(it, start, run, sizes);
        const auto unmasked = [&](std::int64_t i) {
            return *element_of(it, numpy.start[N], N, run.first + i) != std::byte{0};
        };
        for_each_selected_stretch(0, run.length, unmasked, [&](std::int64_t first, std::int64_t count) {
            std::array<std::byte*, N> q = operands.p;
            for (std::size_t k = 0; k < N; ++k) q[k] += first * operands.steps[k];
            body(q, operands.steps, count);
        });
        operands.write_back(it, start[0], run, sizes[0], unmasked);
    }
}

// The bytes an iteration's operand spans, as [low, high).
std::pair<std::uintptr_t, std::uintptr_t> span_of(const strided_iteration& it, std::size_t operand, const std::byte* at,
                                                  std::int64_t itemsize) {
    auto low = reinterpret_cast<std::intptr_t>(at), high = low;
    for (std::size_t d = 0; d < it.shape.size(); ++d)
        (it.strides[operand][d] < 0 ? low : high) += (it.shape[d] - 1) * it.strides[operand][d];
    return {static_cast<std::uintptr_t>(low), static_cast<std::uintptr_t>(high + itemsize)};
}

// The steps NumPy hands its loop for an operation of one element: its trivial path's (see numpy_call), or the
// iterator's zeros. (The engine's own iteration of one element steps 0 throughout.)
std::int64_t trivial_step(const ndarray& out, const dims& strides, std::int64_t item, bool zero_dimensional) {
    if (zero_dimensional) return 0;
    return out.ndim() == 1 ? strides[0] : item;
}

// Which operands NumPy's iterator buffers (operand 0 the output, then the inputs; write_into decides it): an out=
// written through a cast or not aligned, an input needing a cast or not aligned that NumPy did not copy first. A 0-d
// input of those its iterator copies whole into a 0-d array of the loop's dtype instead (npyiter_allocate_arrays, "an
// array scalar" read through a cast), which it never buffers: its step stays 0 (`zero_d_copies`).
struct numpy_buffered {
    std::array<bool, 4> operands{};
    std::array<bool, 4> zero_d_copies{};
};

// The steps NumPy's iterator hands its loop for one element: NumPy 1.24 a buffered operand's itemsize (its buffer's
// step), an unbuffered one 0; NumPy 2.4 0 throughout (a single-stride operand's buffer keeps its zero stride,
// npyiter_find_buffering_setup). So NumPy 1.24's in-place square of one '>c16' element takes the AVX512F vector loop.
template <std::size_t N>
std::array<std::int64_t, N> one_element_iterator_steps(const numpy_buffered* buffered,
                                                       const std::array<std::int64_t, N>& itemsizes) {
    std::array<std::int64_t, N> steps{};
    if (!buffered || active_semantics().buffered_iteration_picks_a_core) return steps;
    for (std::size_t k = 0; k < N; ++k)
        if (buffered->operands[k]) steps[k] = itemsizes[k];
    return steps;
}

// NumPy 1.24's AVX512F complex product, whose kernel answers by the steps the iterator hands it, buffers included.
bool numpy_1_24_complex_product(binary_op op, dtype loop) {
    const semantics& rules = active_semantics();
    return op == binary_op::multiply && is_complex(loop) && !rules.buffered_iteration_picks_a_core &&
           rules.complex_products == semantics::complex_product_fusion::outside_contiguous_vector_loop;
}

// The operands NumPy 1.24's iterator buffers for a cast (numpy_buffered), as numpy_buffered_runs takes them, for
// its AVX512F complex product: it hands such an operand its buffer, stepping one element whatever the operand's own
// steps, so a product whose broadcast input needs a cast takes its vector loop (property test, NumPy 1.24, seed 1441:
// v *= np.array([-3]) of a complex64 view whose elements are all one cell). Nothing on the trivial path or where no
// operand is so buffered. (NumPy 2.4 keeps a broadcast operand's zero step in its buffer; not modelled, its kernels
// answered alike.)
std::optional<iteration_operands> numpy_1_24_cast_buffers(binary_op op, dtype loop, const numpy_buffered* buffered,
                                                          numpy_call call) {
    if (!buffered || call == numpy_call::trivial || !numpy_1_24_complex_product(op, loop)) return std::nullopt;
    iteration_operands operands;
    std::copy_n(buffered->operands.begin(), 3, operands.cast.begin());
    if (std::none_of(operands.cast.begin(), operands.cast.end(), [](bool b) { return b; })) return std::nullopt;
    return operands;
}

// `output_votes`: see numpy_ufunc_iteration (out= itself where `out` is its copy).
// `buffered`: see one_element_iterator_steps.
void run_loop(binary_op op, dtype loop, const ndarray& out, const loop_input& a, const loop_input& b,
              numpy_call call = numpy_call::iterator_existing_output, const dims* output_votes = nullptr,
              const numpy_buffered* buffered = nullptr) {
    if (out.size() == 0) return;
    const binary_loop body = loop_for(op, loop, a.type, b.type);
    const std::array<std::byte*, 3> start{out.data(), const_cast<std::byte*>(a.data), const_cast<std::byte*>(b.data)};
    // A one-element float or complex sum into x itself is a reduction to NumPy's loop (output and x one address,
    // strides 0: IS_BINARY_REDUCE), which adds y's pairwise sum to x (typed_loop, complex_sum_branch).
    if (op == binary_op::add && (loop == dtype::float32 || loop == dtype::float64 || is_complex(loop)) &&
        out.size() == 1 && out.data() == a.data && a.type == b.type) {
        body(start, {0, 0, 0}, 1);
        return;
    }
    if (out.size() == 1) {
        std::array<std::int64_t, 3> steps =
            one_element_iterator_steps<3>(buffered, {out.itemsize(), itemsize(a.type), itemsize(b.type)});
        if (call == numpy_call::trivial)
            steps = {trivial_step(out, out.strides(), out.itemsize(), false),
                     trivial_step(out, a.strides, itemsize(a.type), a.zero_dimensional),
                     trivial_step(out, b.strides, itemsize(b.type), b.zero_dimensional)};
        body(start, steps, 1);
        return;
    }
    std::optional<iteration_operands> cast_buffered = numpy_1_24_cast_buffers(op, loop, buffered, call);
    // NumPy 1.24's iterator buffers a 0-d input too where the operation does not coalesce to one dimension (its
    // BUFNEVER test passes only inputs of one dimension or more there), so x[:, ::-1] * -3 reaches the AVX512F
    // complex product with -3 in a buffer stepping one element and takes the vector loop; x * -3 into an out of
    // another dtype, which coalesces, steps it 0 (probe of complex products, NumPy 1.24). Not a 0-d input its
    // iterator copied whole for a cast (numpy_buffered::zero_d_copies): x * -3 of an unaligned x, where
    // check_for_trivial_loop stopped at x before casting -3, steps -3 by 0 (property test, NumPy 1.24, seed 1683).
    // Its iterator coalesces out= itself (output_votes) and the inputs' own strides, not the engine's copies.
    const bool a_in_buffer = a.zero_dimensional && !(buffered && buffered->zero_d_copies[1]);
    const bool b_in_buffer = b.zero_dimensional && !(buffered && buffered->zero_d_copies[2]);
    const auto walked = [](const loop_input& x) { return x.converted ? &x.walked_strides : &x.strides; };
    if (buffered && call != numpy_call::trivial && numpy_1_24_complex_product(op, loop) &&
        (a_in_buffer || b_in_buffer) &&
        coalesce_in_memory_order(out.shape(), {output_votes ? output_votes : &out.strides(), walked(a), walked(b)})
                .shape.size() >= 2) {
        if (!cast_buffered) cast_buffered = iteration_operands{};
        cast_buffered->cast[1] = cast_buffered->cast[1] || a_in_buffer;
        cast_buffered->cast[2] = cast_buffered->cast[2] || b_in_buffer;
    }
    // A contiguous output with every input laid out as it is (or repeated through zero strides) is the single
    // run that coalescing would find, taken without it: small operations are dominated by such set-up.
    if (out.ndim() > 0 && (out.c_contiguous() || out.f_contiguous()) && !cast_buffered) {
        const auto run_step = [&](const dims& strides) -> std::optional<std::int64_t> {
            if (strides == out.strides()) return out.itemsize();
            for (const std::int64_t stride : strides)
                if (stride != 0) return std::nullopt;
            return 0;
        };
        const auto a_step = run_step(a.strides), b_step = run_step(b.strides);
        if (a_step && b_step) {
            body(start, {out.itemsize(), *a_step, *b_step}, out.size());
            return;
        }
    }
    const strided_iteration it = coalesce_in_memory_order(out.shape(), {&out.strides(), &a.strides, &b.strides});
    const auto compute = [&] {
        // Bool loops answer by position within a run (typed_loop), so their runs are never cut.
        if (loop != dtype::bool_ && input_crosses_the_grain(it, itemsize(loop))) {
            if (gathers_crossing_inputs(op, loop) &&
                run_tiled_gathered(it, start, body, itemsize(loop), out.itemsize()))
                return;
            run_tiled(it, start, body);
            return;
        }
        for_each_inner_run<3>(it, start, [&](std::array<std::byte*, 3> p, std::array<std::int64_t, 3> strides, std::int64_t n) {
            body(p, strides, n);
        });
    };
    // Loops that pick their kernel, or pass on NaNs, by the runs NumPy's iterator hands them follow NumPy's runs
    // where that iterator may buffer (an operand not walking its whole iteration with one stride; every operand of
    // the loop's dtype): NumPy 1.24's AVX512F complex product picks its vector loop by the steps it is handed (the
    // buffered inputs step one element; property test, NumPy 1.24, seed 279: a C- by an F-ordered product); bool
    // comparisons normalise their bytes by position within the run (typed_loop: a row against a broadcast column
    // is, buffered, two contiguous runs with no stride-0 operand left); NumPy 2's float sums and products pass on
    // y's NaN in each run's tail; complex sums, and NumPy 2's complex products, pass on a NaN by the branch of
    // NumPy's loop the steps pick and the element's place in its vectors (complex_loop_order.hpp).
    const semantics& rules = active_semantics();
    const bool complex_product_picks_by_steps =
        is_complex(loop) &&
        (op == binary_op::add ||
         (op == binary_op::multiply &&
          (rules.complex_products == semantics::complex_product_fusion::outside_contiguous_vector_loop ||
           rules.complex_loops != semantics::complex_loop_build::numpy_1_24)));
    // (Bool ^ is NumPy's not_equal loop: a comparison here.)
    const bool bool_comparison = loop == dtype::bool_ && (is_comparison(op) || op == binary_op::bitwise_xor);
    const bool float_tail_y_first = (op == binary_op::add || op == binary_op::multiply) &&
                                    (loop == dtype::float32 || loop == dtype::float64) &&
                                    float_sums_take_y_first_somewhere(rules);
    // A run that steps backwards is one NumPy's iterator may walk forwards (where every operand steps backwards).
    const auto steps_backwards = [&] {
        for (const dims& strides : it.strides)
            if (!strides.empty() && strides.back() < 0) return true;
        return false;
    };
    if ((it.shape.size() < 2 && !steps_backwards() && !cast_buffered) || a.type != loop || b.type != loop ||
        out.type() != loop || !(complex_product_picks_by_steps || bool_comparison || float_tail_y_first)) {
        compute();
        return;
    }
    // A fresh result is laid out in NumPy's axis order and walked unflipped: NumPy's iteration is the engine's
    // (not copied: small operations are dominated by such set-up).
    std::optional<numpy_iteration<3>> reordered;
    if (call == numpy_call::iterator_existing_output)
        reordered = numpy_ufunc_iteration<3>(out.shape(), {&out.strides(), &a.strides, &b.strides}, start, call,
                                             output_votes);
    const numpy_iteration_view<3> numpy = reordered ? numpy_iteration_view<3>{reordered->it, reordered->start}
                                                    : numpy_iteration_view<3>{it, start};
    const std::int64_t size = itemsize(loop);
    // One run (every operand walking it with one stride; x[::-1] += y[::-1] forwards), or step-picked kernels.
    if (numpy.it.shape.size() < 2 || complex_product_picks_by_steps || bool_comparison) {
        run_numpy_buffered_runs<3>(numpy.it, numpy.start, body, {size, size, size},
                                   cast_buffered.value_or(iteration_operands{}));
        return;
    }
    // Computed again from the inputs as they were: an input the output overwrites (an operation in place, where
    // write_into hands the loop out itself) is kept first, the bytes it spans.
    const auto written = span_of(numpy.it, 0, numpy.start[0], size);
    std::array<std::byte*, 3> redo_start = numpy.start;
    std::array<std::vector<std::byte>, 3> kept;
    for (std::size_t k = 1; k < 3; ++k) {
        const auto [low, high] = span_of(numpy.it, k, numpy.start[k], size);
        if (!(low < written.second && written.first < high)) continue;
        kept[k].assign(reinterpret_cast<const std::byte*>(low), reinterpret_cast<const std::byte*>(high));
        redo_start[k] = kept[k].data() + (reinterpret_cast<std::uintptr_t>(numpy.start[k]) - low);
    }
    {
        // The engine's own runs x first throughout: only these fields read the y-first rules.
        semantics x_first = active_semantics();
        x_first.float_sum_product_tail_y_first_after_bytes = 0;
        x_first.float_sum_product_baseline_order = false;
        const scoped_semantics rules(x_first);
        compute();
    }
    const bool product = op == binary_op::multiply;
    if (loop == dtype::float32) redo_y_first_tails_of_numpy_buffered_runs<float>(numpy.it, redo_start, body, product);
    else redo_y_first_tails_of_numpy_buffered_runs<double>(numpy.it, redo_start, body, product);
}

// where=: the loops that pick their kernel by the runs they are handed (complex products, bool comparisons, NumPy 2's
// float sums and products) run as NumPy's masked loop does, on each stretch of unmasked elements of NumPy's runs,
// writing only those elements of out (run_masked_as_numpy_iterates); false for every other loop, whose elements
// come out the same computed whole and copied where the mask is True.
bool run_loop_masked(binary_op op, dtype loop, const ndarray& out, const loop_input& a, const loop_input& b,
                     const ndarray& mask, const dims* output_votes) {
    const semantics& rules = active_semantics();
    const bool picks_by_steps =
        (op == binary_op::multiply && is_complex(loop) &&
         rules.complex_products != semantics::complex_product_fusion::nowhere) ||
        (loop == dtype::bool_ && is_comparison(op)) ||
        ((op == binary_op::add || op == binary_op::multiply) && (loop == dtype::float32 || loop == dtype::float64) &&
         float_sums_take_y_first_somewhere(rules));
    if (!picks_by_steps || a.type != loop || b.type != loop || out.type() != loop || out.size() == 0) return false;
    const dims mask_strides = broadcast_strides(mask.shape(), mask.strides(), out.shape());
    const numpy_iteration<4> numpy = numpy_ufunc_iteration<4>(
        out.shape(), {&out.strides(), &a.strides, &b.strides, &mask_strides},
        {out.data(), const_cast<std::byte*>(a.data), const_cast<std::byte*>(b.data), const_cast<std::byte*>(mask.data())},
        numpy_call::iterator_existing_output, output_votes);
    const std::int64_t size = itemsize(loop);
    run_masked_as_numpy_iterates<3>({numpy.it, numpy.start}, loop_for(op, loop, a.type, b.type), {size, size, size});
    return true;
}

// ---- Unary loops ----------------------------------------------------------------------------------------

// semantics::complex64/complex128_square_passes_imaginary_nan_first for parts of type R.
template <class R> bool square_passes_imaginary_nan_first() {
    return std::is_same_v<R, float> ? active_semantics().complex64_square_passes_imaginary_nan_first
                                    : active_semantics().complex128_square_passes_imaginary_nan_first;
}

// OP x for one element type; combinations without a loop return x (never run).
template <unary_op Op, class E>
auto apply_unary_element(E x) {
    if constexpr (std::is_same_v<E, half>) {
        // positive, conjugate, negative and absolute move bits (a signalling NaN stays one, property test seed 710);
        // the others compute in float, as NumPy's HALF loops.
        if constexpr (Op == unary_op::positive || Op == unary_op::conjugate) return x;
        else if constexpr (Op == unary_op::negative) return half::from_bits(static_cast<std::uint16_t>(x.bits ^ 0x8000u));
        else if constexpr (Op == unary_op::absolute) return half::from_bits(static_cast<std::uint16_t>(x.bits & 0x7fffu));
        else return half(apply_unary_element<Op>(static_cast<float>(x)));  // computed in float, as NumPy's HALF loops
    } else if constexpr (Op == unary_op::positive) return x;
    else if constexpr (is_complex_v<E>) {
        using R = typename E::value_type;
        if constexpr (Op == unary_op::negative) return E(-x.real(), -x.imag());
        else if constexpr (Op == unary_op::absolute) return elements::complex_absolute<R>(x);
        else if constexpr (Op == unary_op::square)
            return active_semantics().complex_products == semantics::complex_product_fusion::everywhere
                       ? elements::complex_multiply_fused<R>(x, x, active_semantics().complex_cross_products_y_first)
                       : elements::complex_square_plain<R>(x, square_passes_imaginary_nan_first<R>());
        else if constexpr (Op == unary_op::reciprocal) return elements::complex_reciprocal<R>(x);
        else if constexpr (Op == unary_op::sqrt) return std::sqrt(x);
        else if constexpr (Op == unary_op::conjugate) return E(x.real(), -x.imag());
        else if constexpr (Op == unary_op::rint) {
            const bool keep_nan = active_semantics().complex_rint_passes_nan_bits;
            const auto part = [keep_nan](R v) { return keep_nan && std::isnan(v) ? v : std::nearbyint(v); };
            return E(part(x.real()), part(x.imag()));
        }
        else return x;
    } else if constexpr (std::is_floating_point_v<E>) {
        if constexpr (Op == unary_op::negative) return static_cast<E>(-x);
        else if constexpr (Op == unary_op::absolute) return static_cast<E>(std::fabs(x));
        else if constexpr (Op == unary_op::square) return static_cast<E>(x * x);
        else if constexpr (Op == unary_op::reciprocal) return static_cast<E>(E(1) / x);
        else if constexpr (Op == unary_op::sqrt) return static_cast<E>(std::sqrt(x));
        else if constexpr (Op == unary_op::rint) return static_cast<E>(std::nearbyint(x));  // halves to even
        else if constexpr (Op == unary_op::floor) return static_cast<E>(std::floor(x));
        else return x;
    } else {
        const auto ux = static_cast<std::uint64_t>(x);
        if constexpr (Op == unary_op::negative) return static_cast<E>(std::uint64_t{0} - ux);
        else if constexpr (Op == unary_op::invert) return static_cast<E>(~ux);
        else if constexpr (Op == unary_op::absolute) {
            if constexpr (std::is_signed_v<E>) return x < 0 ? static_cast<E>(std::uint64_t{0} - ux) : x;
            else return x;
        } else if constexpr (Op == unary_op::square) return static_cast<E>(ux * ux);
        else return x;  // reciprocal and sqrt have no integer loops the engine runs
    }
}

using unary_loop = void (*)(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> strides, std::int64_t n);

template <unary_op Op, dtype T>
void typed_unary_loop(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> strides, std::int64_t n) {
    using E = element_t<T>;
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1]) {
        E x;
        std::memcpy(&x, p[1], sizeof x);
        if constexpr (T == dtype::bool_) {
            // Bool's ~ is logical not and abs() normalises: any nonzero byte is True.
            const std::uint8_t result = Op == unary_op::invert ? std::uint8_t{x == 0} : std::uint8_t{x != 0};
            std::memcpy(p[0], &result, 1);
        } else {
            const auto result = apply_unary_element<Op>(x);
            std::memcpy(p[0], &result, sizeof result);
        }
    }
}

template <std::size_t... Ops, std::size_t... Types>
constexpr auto make_unary_loop_table(std::index_sequence<Ops...>, std::index_sequence<Types...>) {
    std::array<std::array<unary_loop, sizeof...(Types)>, sizeof...(Ops)> table{};
    auto row = [&]<std::size_t Op>(std::integral_constant<std::size_t, Op>) {
        ((table[Op][Types] = &typed_unary_loop<static_cast<unary_op>(Op), static_cast<dtype>(Types)>), ...);
    };
    (row(std::integral_constant<std::size_t, Ops>{}), ...);
    return table;
}

constexpr auto unary_loop_table =
    make_unary_loop_table(std::make_index_sequence<unary_op_count>{}, std::make_index_sequence<dtype_count>{});

// Whether NumPy's complex absolute loop calls hypot for this run rather than its SIMD formula (semantics.hpp): where
// it finds its output overlapping the input (nomemoverlap), and by the steps: NumPy 2 with AVX-512 for any step
// backwards, NumPy 1.24's AVX512F loop (IS_OUTPUT_BLOCKABLE_UNARY) unless the output is contiguous and the input
// steps whole elements, fewer than 16 (measured: an output stepping 16 bytes calls hypot). The steps count where
// they are those NumPy hands its loop (`numpy_steps`: run_unary_loop walks NumPy's own iteration, its flips and
// buffers), not for ufunc.at, which NumPy runs one element at a time with the SIMD formula (measured, both NumPys).
bool complex_absolute_takes_hypot(bool numpy_steps, const std::array<std::byte*, 2>& p,
                                  const std::array<std::int64_t, 2>& steps, std::int64_t n, std::int64_t item) {
    using loop = semantics::complex_absolute_loop;
    const bool overlaps = !detail::numpy_loop_sees_apart(p[1], steps[1], p[0], steps[0], n);
    switch (active_semantics().complex_absolute) {
        case loop::hypot: return true;
        case loop::simd_formula:
        case loop::simd_formula_unfused: return overlaps;
        case loop::simd_formula_forward_steps: return overlaps || (numpy_steps && (steps[0] < 0 || steps[1] < 0));
        case loop::simd_formula_forward_output:
            return overlaps ||
                   (numpy_steps && !(steps[0] == item / 2 && steps[1] % item == 0 && std::abs(steps[1]) < 16 * item));
    }
    return false;
}

// The complex absolute loop: hypot (the C library's, as NumPy's scalar kernel calls it) or NumPy's SIMD formula,
// fused or, in NumPy 2's baseline build, not (semantics.hpp), chosen for each run.
template <class E, bool Fused, bool NumpySteps>
void complex_absolute_loop_of(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> strides, std::int64_t n) {
    using R = typename E::value_type;
    const bool hypot = complex_absolute_takes_hypot(NumpySteps, p, strides, n, sizeof(E));
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1]) {
        E x;
        std::memcpy(&x, p[1], sizeof x);
        const R result = hypot ? elements::complex_hypot<R>(x) : elements::complex_absolute<R, Fused>(x);
        std::memcpy(p[0], &result, sizeof result);
    }
}

// NumPy 2's complex square: its SIMD kernel takes a contiguous input or output, apart from each other
// (is_mem_overlap), not a complex64 input stepping backwards, and multiplies as its product does (fused with AVX2
// or AVX-512, plain at its baseline); its scalar kernel is plain and passes on the NaN of
// complex_square_plain's order (semantics.hpp). One element comes with NumPy's steps (run_unary_loop): its
// trivial path's, or its iterator's zeros (and ufunc.at's). Also NumPy 1.24's without AVX512F, all plain.
template <class E>
void complex_square_numpy2_loop_of(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> strides, std::int64_t n) {
    using R = typename E::value_type;
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    const semantics& rules = active_semantics();
    const bool y_first = rules.complex_cross_products_y_first;
    const bool backward_input = std::is_same_v<R, float> && rules.complex64_backward_inputs_take_scalar_kernel &&
                                strides[1] < 0;
    const bool vector_kernel = (strides[0] == size || strides[1] == size) && !backward_input &&
                               detail::numpy_loop_sees_apart(p[1], strides[1], p[0], strides[0], n);
    const bool fused = rules.complex_products == semantics::complex_product_fusion::everywhere;
    const bool imaginary_nan_first =
        detail::scalar_square_passes_imaginary_nan_first(square_passes_imaginary_nan_first<R>(), p, strides, n, size);
    // Each vector of the kernel computed by its own compiled copy (complex_loop_order.hpp).
    const auto y_parts_first_at =
        detail::vectors_with_y_parts_first::of_square(strides[1] == size, strides[0] == size, n, size);
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1]) {
        E x;
        std::memcpy(&x, p[1], sizeof x);
        const bool y_parts_first = vector_kernel && y_parts_first_at(i);
        const E result = !vector_kernel ? elements::complex_square_plain<R>(x, imaginary_nan_first)
                         : fused        ? elements::complex_multiply_fused<R>(x, x, y_first, y_parts_first)
                                        : elements::complex_multiply<R>(x, x, y_first, y_parts_first);
        std::memcpy(p[0], &result, sizeof result);
    }
}

// NumPy 1.24's complex square on AVX512F (semantics::complex_product_fusion::outside_contiguous_vector_loop): its
// vector loop (IS_OUTPUT_BLOCKABLE_UNARY) takes a contiguous output, an input stepping whole elements fewer than
// four, and the two apart (1.24's nomemoverlap, loop_overlap.hpp: an output ending just below its input is not
// apart; the very same range is); it multiplies as the AVX512F product does.
// Otherwise the plain loop of its other CPUs.
template <class E>
void complex_square_avx512f_loop_of(std::array<std::byte*, 2> p, std::array<std::int64_t, 2> strides, std::int64_t n) {
    using R = typename E::value_type;
    constexpr auto size = static_cast<std::int64_t>(sizeof(E));
    const bool apart = detail::numpy_loop_sees_apart(p[1], strides[1], p[0], strides[0], n);
    const bool vector_loop = strides[0] == size && strides[1] % size == 0 && std::abs(strides[1]) < 4 * size && apart;
    for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1]) {
        E x;
        std::memcpy(&x, p[1], sizeof x);
        const E result =
            vector_loop ? elements::complex_multiply_avx512f<R>(x, x) : elements::complex_multiply<R>(x, x, false);
        std::memcpy(p[0], &result, sizeof result);
    }
}

// The loop NumPy runs for a unary ufunc with these steps: the table's, or another for a complex absolute value
// or NumPy 1.24's complex square on AVX512F.
unary_loop unary_loop_for(unary_op op, dtype loop, bool numpy_steps = true) {
    const semantics& rules = active_semantics();
    if (op == unary_op::absolute && is_complex(loop)) {
        const bool single = loop == dtype::complex64;
        const bool fused = rules.complex_absolute != semantics::complex_absolute_loop::simd_formula_unfused;
        using C64 = std::complex<float>;
        using C128 = std::complex<double>;
        if (fused && numpy_steps)
            return single ? &complex_absolute_loop_of<C64, true, true> : &complex_absolute_loop_of<C128, true, true>;
        if (fused) return single ? &complex_absolute_loop_of<C64, true, false> : &complex_absolute_loop_of<C128, true, false>;
        if (numpy_steps)
            return single ? &complex_absolute_loop_of<C64, false, true> : &complex_absolute_loop_of<C128, false, true>;
        return single ? &complex_absolute_loop_of<C64, false, false> : &complex_absolute_loop_of<C128, false, false>;
    }
    if (op == unary_op::square && is_complex(loop) &&
        rules.complex_products == semantics::complex_product_fusion::outside_contiguous_vector_loop) {
        return loop == dtype::complex64 ? &complex_square_avx512f_loop_of<std::complex<float>>
                                        : &complex_square_avx512f_loop_of<std::complex<double>>;
    }
    if (op == unary_op::square && is_complex(loop)) {
        return loop == dtype::complex64 ? &complex_square_numpy2_loop_of<std::complex<float>>
                                        : &complex_square_numpy2_loop_of<std::complex<double>>;
    }
    return unary_loop_table[static_cast<std::size_t>(op)][static_cast<std::size_t>(loop)];
}

// Whether a unary loop picks its kernel by the steps NumPy hands it: complex square and absolute (semantics.hpp's
// complex_products, complex_absolute), NumPy 2's negative where it can misread the input (negative_loop.hpp), which
// then run over NumPy's own iteration.
bool unary_loop_picks_by_steps(unary_op op, dtype loop, const ndarray& out, const loop_input& x) {
    if (op == unary_op::negative) return detail::negative_loop_can_slip(loop, out, x.data, x.strides);
    if (!is_complex(loop)) return false;
    const semantics& rules = active_semantics();
    if (op == unary_op::square) return true;
    if (op == unary_op::absolute)
        return rules.complex_absolute == semantics::complex_absolute_loop::simd_formula_forward_steps ||
               rules.complex_absolute == semantics::complex_absolute_loop::simd_formula_forward_output;
    return false;
}

// The loop a unary_loop_picks_by_steps operation runs over NumPy's iteration: NumPy 2's negative loop, which
// misreads an input stepping itemsize elements, or unary_loop_for's.
unary_loop numpy_unary_loop(unary_op op, dtype loop) {
    return op == unary_op::negative ? detail::numpy_negative_loop(loop) : unary_loop_for(op, loop);
}

void run_unary_loop(unary_op op, dtype loop, const ndarray& out, const loop_input& x,
                    numpy_call call = numpy_call::iterator_existing_output, const dims* output_votes = nullptr,
                    const numpy_buffered* buffered = nullptr) {
    if (out.size() == 0) return;
    const unary_loop body = unary_loop_for(op, loop);
    const std::array<std::byte*, 2> start{out.data(), const_cast<std::byte*>(x.data)};
    if (out.size() == 1) {
        std::array<std::int64_t, 2> steps = one_element_iterator_steps<2>(buffered, {out.itemsize(), itemsize(x.type)});
        if (call == numpy_call::trivial)
            steps = {trivial_step(out, out.strides(), out.itemsize(), false),
                     trivial_step(out, x.strides, itemsize(x.type), x.zero_dimensional)};
        body(start, steps, 1);
        return;
    }
    if (unary_loop_picks_by_steps(op, loop, out, x)) {
        const numpy_iteration<2> numpy =
            numpy_ufunc_iteration<2>(out.shape(), {&out.strides(), &x.strides}, start, call, output_votes);
        run_numpy_buffered_runs<2>(numpy.it, numpy.start, numpy_unary_loop(op, loop), {out.itemsize(), itemsize(loop)});
        return;
    }
    const strided_iteration it = coalesce_in_memory_order(out.shape(), {&out.strides(), &x.strides});
    for_each_inner_run<2>(it, start,
                          [&](std::array<std::byte*, 2> p, std::array<std::int64_t, 2> strides, std::int64_t n) {
                              body(p, strides, n);
                          });
}

// where= for a unary loop that picks its kernel by its steps (complex square and absolute, NumPy 2's negative): as
// run_loop_masked.
bool run_unary_loop_masked(unary_op op, dtype loop, const ndarray& out, const loop_input& x, const ndarray& mask,
                           const dims* output_votes) {
    if (x.type != loop || out.size() == 0 || !unary_loop_picks_by_steps(op, loop, out, x)) return false;
    const dims mask_strides = broadcast_strides(mask.shape(), mask.strides(), out.shape());
    const numpy_iteration<3> numpy = numpy_ufunc_iteration<3>(
        out.shape(), {&out.strides(), &x.strides, &mask_strides},
        {out.data(), const_cast<std::byte*>(x.data), const_cast<std::byte*>(mask.data())},
        numpy_call::iterator_existing_output, output_votes);
    run_masked_as_numpy_iterates<2>({numpy.it, numpy.start}, numpy_unary_loop(op, loop), {out.itemsize(), itemsize(loop)});
    return true;
}

// absolute of a complex number is real (complex64 -> float32); every other unary ufunc keeps the loop dtype.
dtype unary_output_type(unary_op op, dtype loop) {
    if (op == unary_op::absolute && is_complex(loop)) return loop == dtype::complex64 ? dtype::float32 : dtype::float64;
    return loop;
}

// NumPy 2's float32/float64 power loop takes the square root when the exponent is 0.5 repeated through a zero
// stride (sqrt(-0.0) is -0.0 and sqrt(-inf) NaN, where pow gives 0.0 and inf).
bool power_loop_takes_sqrt(binary_op op, dtype loop, const loop_input& exponent) {
    if (op != binary_op::power || !active_semantics().power_loop_takes_sqrt_of_half_exponent) return false;
    if (loop != dtype::float32 && loop != dtype::float64) return false;
    for (std::int64_t stride : exponent.strides)
        if (stride != 0) return false;
    return load_element(loop, exponent.data).as_double() == 0.5;
}

// The binary loop, or the unary loop a binary call runs instead.
void run_binary(binary_op op, dtype loop, const ndarray& out, const loop_input& a, const loop_input& b,
                numpy_call call = numpy_call::iterator_existing_output, const dims* output_votes = nullptr,
                const numpy_buffered* buffered = nullptr) {
    if (power_loop_takes_sqrt(op, loop, b) && out.ndim() > 0)
        return run_unary_loop(unary_op::sqrt, loop, out, a, call, output_votes, buffered);
    run_loop(op, loop, out, a, b, call, output_votes, buffered);
}

// ---- Output layout --------------------------------------------------------------------------------------


// One input as the output's layout sees it: its array (none for a scalar), the dtype it enters as (a Python
// number under NEP 50 enters in its loop dtype) and the dtype its loop reads.
struct layout_input {
    const ndarray* array;
    dtype type;
    dtype loop;
};

// An input NumPy copies before its trivial loop (check_for_trivial_loop's must_copy): one needing a cast, or not
// aligned; a scalar, the 0-d array NumPy makes of it, where it needs a cast.
bool copied_for_trivial_loop(const layout_input& x) {
    if (!x.array) return x.type != x.loop;
    return x.array->type() != x.loop || !x.array->aligned();
}

// The layout every operand of NumPy's trivial loop but the 0-d inputs shares: one shape and, beyond 1-D, the same
// C and F contiguity flags (an array with both agrees only with arrays with both).
struct trivial_loop_layout {
    const dims* shape = nullptr;
    int flags = 0;  // 1: C-contiguous, 2: F-contiguous

    bool admits(const ndarray& a) {
        if (!shape) shape = &a.shape();
        else if (*shape != a.shape()) return false;
        if (a.ndim() == 1) return true;
        const int own = (a.c_contiguous() ? 1 : 0) | (a.f_contiguous() ? 2 : 0);
        if (own == 0) return false;
        if (flags == 0) flags = own;
        return flags == own;
    }
};

// check_for_trivial_loop and the inputs' part of try_trivial_single_output_loop: whether the inputs leave NumPy on
// its trivial path, their layout gathered in `layout`. Scalars count as the 0-d arrays NumPy makes of them.
bool inputs_take_trivial_loop(const per_operand<layout_input>& inputs, casting rule, trivial_loop_layout& layout) {
    // A cast to the loop dtype that the call's casting rule does not allow by dtype alone (uint8_array + 5
    // casts int64 -> uint8 under same_kind, allowed only by value) sends NumPy to the iterator.
    for (const layout_input& x : inputs)
        if (!can_cast(x.type, x.loop, rule)) return false;
    for (const layout_input& x : inputs) {
        const ndarray* a = x.array;
        if (!a || a->ndim() == 0) continue;
        // An input NumPy copies is copied only when small and 1-D; otherwise the iterator takes over (property
        // test, seed 610: an F-ordered int16 view at an odd byte offset).
        if (copied_for_trivial_loop(x) && (a->ndim() > 1 || a->size() > ufunc_buffer_size)) return false;
        if (!layout.admits(*a)) return false;
    }
    return true;
}

// NumPy's try_trivial_single_output_loop for a fresh output: its plain C or F order when the trivial path applies,
// nothing otherwise.
std::optional<order> trivial_output_order(const per_operand<layout_input>& inputs, casting rule) {
    trivial_loop_layout layout;
    if (!inputs_take_trivial_loop(inputs, rule, layout) || !layout.shape) return std::nullopt;
    return layout.flags == 2 ? order::F : order::C;
}

// NumPy's solve_may_share_memory(a, b, max_work 1) != 0, asked first whether the two are views of one buffer at
// all (the solver's set-up is most of a small in-place sum's cost).
bool may_share_memory_with(const ndarray& a, const ndarray& b) {
    return a.memory() == b.memory() && solve_may_share_memory(region_of(a), region_of(b), 1) != overlap::no;
}

// NumPy's PyArray_EQUIVALENTLY_ITERABLE_OVERLAP_OK for an input read by the trivial loop and the output it writes:
// apart in memory (the exact solver, max_work 1), or stepping through memory no slower than out and starting no
// earlier (no later, for negative steps), so that each input element is read before the output's walk reaches
// it. One element steps 0 (PyArray_TRIVIAL_PAIR_ITERATION_STRIDE), and a zero step is never ahead: an
// overlapping one-element input goes to the iterator.
bool overlap_is_safe_element_by_element(const ndarray& in, const ndarray& out) {
    const auto step = [](const ndarray& a) -> std::int64_t {
        return a.size() == 1 ? 0 : a.ndim() == 1 ? a.strides()[0] : a.itemsize();
    };
    const std::int64_t in_step = step(in), out_step = step(out);
    if (&in == &out) return in_step != 0;  // NumPy's own shortcut for an operation in place (the same object)
    if (!may_share_memory_with(in, out)) return true;
    if (in_step > 0) return in_step >= out_step && in.data() >= out.data();
    if (in_step < 0) return in_step <= out_step && in.data() <= out.data();
    return false;
}

// NumPy's try_trivial_single_output_loop for a call with out=: whether NumPy hands its loop out itself, in one call
// over every element in order, rather than running its iterator (which copies an output overlapping an input,
// COPY_IF_OVERLAP). It does when the inputs allow the trivial path, out is of the loop's output dtype and aligned
// (outputs are never copied there) and shares the inputs' layout (0-d too: only 0-d inputs broadcast), a 1-D out
// steps at least its itemsize (or 0), and every input read in place is apart from out or overlaps it safely
// element by element. NumPy's loops may then see their output overlap an input, and some choose their kernel by
// that (nomemoverlap, loop_overlap.hpp).
bool trivial_loop_takes_out(const per_operand<layout_input>& inputs, const ndarray& out, dtype out_type,
                            casting rule) {
    if (out.type() != out_type || !out.aligned()) return false;
    trivial_loop_layout layout;
    if (!inputs_take_trivial_loop(inputs, rule, layout) || !layout.admits(out)) return false;
    if (out.ndim() == 1 && out.strides()[0] < out.itemsize() && out.strides()[0] != 0) return false;
    return std::all_of(inputs.begin(), inputs.end(), [&out](const layout_input& x) {
        // A scalar is a fresh 0-d array; an input NumPy copied is read from its copy (so are the engine's loops:
        // prepare_input), which shares no memory with out.
        if (!x.array || copied_for_trivial_loop(x)) return true;
        return overlap_is_safe_element_by_element(*x.array, out);
    });
}

// The inputs NumPy's check_for_trivial_loop replaces by a fresh C-ordered copy in their loop's dtype before its
// trivial path or its iterator sees them. It scans the inputs in order and copies each one needing a cast or not
// aligned while it is 0-d or 1-d of at most the buffer size; it stops at the first cast the call's casting rule
// does not allow and at the first such input too large to copy (the inputs after it stay as given). A copy was
// read whole before anything is written, so it never overlaps out, and NumPy's iterator decides its order by the
// copy's forward strides: np.multiply(w, -np.inf, out=w, casting='unsafe') with w = v[::-1] of '>u4' walks w in
// its own order (not flipped into memory order), which the float -> uint32 cast of w's buffer shows.
per_operand<bool> copied_before_numpy_iterates(const per_operand<layout_input>& inputs, casting rule) {
    per_operand<bool> copied(inputs.size(), false);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const layout_input& x = inputs[i];
        if (x.type != x.loop && !can_cast(x.type, x.loop, rule)) break;
        if (!copied_for_trivial_loop(x)) continue;
        if (x.array && (x.array->ndim() > 1 || x.array->size() > ufunc_buffer_size)) break;
        copied[i] = true;
    }
    return copied;
}

// The operands NumPy's iterator buffers for a cast or alignment (numpy_buffered): out where `out_buffered`, and each
// input needing a cast or not aligned that NumPy did not copy first (`copied`).
numpy_buffered buffered_by_numpy(const per_operand<layout_input>& inputs, const per_operand<bool>& copied,
                                 bool out_buffered) {
    numpy_buffered buffered;
    buffered.operands[0] = out_buffered;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const bool through_iterator = !copied[i] && copied_for_trivial_loop(inputs[i]);
        const bool zero_d = !inputs[i].array || inputs[i].array->ndim() == 0;
        buffered.operands[i + 1] = through_iterator && !zero_d;
        buffered.zero_d_copies[i + 1] = through_iterator && zero_d;
    }
    return buffered;
}

// The strides of the C-ordered copy NumPy made of input `x` in its loop's dtype, broadcast to `shape`.
dims numpy_copy_strides(const ndarray& x, dtype loop, const dims& shape) {
    return broadcast_strides(x.shape(), contiguous_strides(x.shape(), itemsize(loop), order::C), shape);
}

// The operands as NumPy's trivial path sees them (`loops`: the dtype each operand's loop reads it in).
per_operand<layout_input> described_for_layout(const per_operand<const operand*>& operands,
                                               const per_operand<dtype>& loops) {
    per_operand<layout_input> described;
    for (std::size_t i = 0; i < operands.size(); ++i) {
        const operand* x = operands[i];
        const auto* arr = std::get_if<array>(x);
        // Under NEP 50 a Python number is converted straight to the loop dtype, so it never blocks the trivial
        // path (NumPy 1.x made an int64/float64/complex128 0-d array of it first, which may need a cast).
        const auto* s = std::get_if<scalar>(x);
        const bool weak = s && s->is_python_number() && active_semantics().nep50_weak_python_scalars;
        described.push_back({arr ? arr->get() : nullptr, weak ? loops[i] : dtype_of(*x), loops[i]});
    }
    return described;
}

// copied_before_numpy_iterates for a call's inputs, asked only where one is an array not aligned (the inputs it
// copies for a cast alone are copied by prepare_input in any case).
per_operand<bool> copied_for_alignment(const per_operand<const operand*>& inputs, const per_operand<dtype>& loops,
                                       casting rule) {
    const bool unaligned = std::any_of(inputs.begin(), inputs.end(), [](const operand* x) {
        const auto* a = std::get_if<array>(x);
        return a && !(*a)->aligned();
    });
    if (!unaligned) return per_operand<bool>(inputs.size(), false);
    return copied_before_numpy_iterates(described_for_layout(inputs, loops), rule);
}

// `loops`: the dtype each operand's loop reads it in; `rule`: the call's casting rule.
// `call`, when asked: how NumPy reaches the loop that fills it (its trivial path or its iterator).
// `trivial_allowed`: false where NumPy never tries its trivial loop (a where= mask).
// `long_long`: the output's C type, when it is a 64-bit integer (long_long.hpp).
array allocate_output(const per_operand<const operand*>& operands, const per_operand<dtype>& loops, dtype out_type,
                      bool long_long, const dims& shape, casting rule = casting::same_kind,
                      numpy_call* call = nullptr, bool trivial_allowed = true) {
    const per_operand<layout_input> described = described_for_layout(operands, loops);
    // The output keeps the first operand's descriptor when the loop reads it in the output's type and it is of
    // that type and C type (simple_legacy_resolve_descriptors: an operand of another DType is cast to the loop's
    // first). A comparison keeps it only in the bool loop: swapped_bool == 2**63 (NumPy 1.24's uint64 loop) has
    // the built-in bool descriptor (property test, NumPy 1.24, seed 1377).
    const auto* first = std::get_if<array>(operands.front());
    const descriptor_handle descriptor = first && loops.front() == out_type
                                             ? descriptor_kept_from(**first, out_type, long_long)
                                             : builtin_descriptor(out_type, long_long);
    // The loop writes every element of the output, so it is not zero-filled first.
    const std::optional<order> trivial_order = trivial_allowed ? trivial_output_order(described, rule) : std::nullopt;
    if (call) *call = trivial_order ? numpy_call::trivial : numpy_call::iterator_fresh_output;
    if (const auto o = trivial_order) {
        array out = ndarray::allocate(out_type, shape, *o, initial_contents::unwritten);
        out->set_descriptor(descriptor);
        return out;
    }
    // The iterator ignores broadcast and length-1 axes of an input when ordering axes.
    std::vector<dims> votes;
    for (const layout_input& x : described) {
        if (!x.array) continue;
        const ndarray* a = x.array;
        dims st = broadcast_strides(a->shape(), a->strides(), shape);
        for (std::size_t i = 0; i < shape.size(); ++i)
            if (shape[i] == 1) st[i] = 0;
        votes.push_back(std::move(st));
    }
    array out = ndarray::allocate_strided(out_type, shape, iterator_output_strides(shape, votes, itemsize(out_type)),
                                          initial_contents::unwritten);
    out->set_descriptor(descriptor);
    return out;
}

bool is_zero_dimensional(const operand& x) { return shape_of(x).empty(); }

// The iterator's message: every operand's shape (the output's too when there is one), each followed by a space.
[[noreturn]] void raise_not_broadcastable(const std::vector<dims>& shapes) {
    std::string message = "operands could not be broadcast together with shapes ";
    for (const auto& shape : shapes) message += shape_text(shape) + " ";
    raise(error_category::value_error, message);
}

// The shape the operands broadcast to, or the iterator's ValueError naming them all.
dims broadcast_or_raise(const std::vector<dims>& shapes) {
    try {
        return broadcast_shapes(shapes);
    } catch (const error&) {
        raise_not_broadcastable(shapes);
    }
}

// The fresh result of a ufunc called with where= and no out=: NumPy broadcasts the mask with the inputs for its
// shape and allocates it with its iterator (never the trivial loop), the mask among the operands that order the
// axes. It is then written as an out= would be, where the mask is True only: the rest stays uninitialised.
array masked_fresh_output(const per_operand<const operand*>& inputs, per_operand<dtype> loops, dtype out_type,
                          bool long_long, const array& where, casting rule) {
    std::vector<dims> shapes;
    for (const operand* x : inputs) shapes.push_back(shape_of(*x));
    shapes.push_back(where->shape());
    const dims shape = broadcast_or_raise(shapes);
    const operand mask = where;
    per_operand<const operand*> operands = inputs;
    operands.push_back(&mask);
    loops.push_back(dtype::bool_);
    return allocate_output(operands, loops, out_type, long_long, shape, rule, nullptr, false);
}

}  // namespace

dtype result_type(const std::vector<operand>& operands) {
    std::vector<typed_operand> described;
    for (const auto& x : operands) described.push_back(describe(x));
    return engine::result_type(std::span<const typed_operand>(described));
}

bool promotes_to_long_long(dtype result, const std::vector<operand>& operands) {
    std::vector<typed_operand> described;
    for (const auto& x : operands) described.push_back(describe(x));
    return promotes_to_long_long(result, std::span<const typed_operand>(described));
}

namespace {

// How an operation on two scalars is computed: by the ufunc's loop (np.add(s, t)), or by NumPy's scalar math (the
// operators), which evaluates float32 and float64 + and * with the operands swapped: of two NaNs it passes on the
// second (measured on both NumPys, with NumPy or Python scalars; a 0-d array operand takes the ufunc; float16's
// loop already takes the second).
enum class scalar_pair { ufunc_loop, scalar_math };

// NumPy's scalar math multiplies two complex scalars plainly (scalarmath.c.src, compiled without fused
// multiply-adds, both NumPys, both widths: re = ar*br - ai*bi, im = ar*bi + ai*br, x's parts first), where its ufunc
// loop may fuse (measured: an overflowing product is nan there, -inf from the loop).
void scalar_complex_product(dtype loop, std::byte* out, const std::byte* x, const std::byte* y) {
    const auto product = [&]<class R>(R) {
        std::complex<R> a, b;
        std::memcpy(&a, x, sizeof a);
        std::memcpy(&b, y, sizeof b);
        const std::complex<R> result = elements::complex_multiply<R>(a, b, false);
        std::memcpy(out, &result, sizeof result);
    };
    if (loop == dtype::complex64) product(float{});
    else product(double{});
}

// The C type of NumPy's scalar math on two scalars (a Python number among them): the left operand's type converts
// the other when it can (l[0] + q[0] is l, q[0] // l[0] and q[0] + 1 are q), else the right operand's takes over
// (1 + q[0] is q). NumPy 1.24 cannot convert a Python int past int64 and falls back to the ufunc, whose rule is
// `ufunc_long_long`.
bool scalar_math_long_long(const scalar& a, const scalar& b, dtype out_type, bool ufunc_long_long) {
    if (!active_semantics().nep50_weak_python_scalars)
        for (const scalar* x : {&a, &b})
            if (x->is_python_number() && x->long_long) return ufunc_long_long;
    for (const scalar* x : {&a, &b})
        if (!x->is_python_number() && x->type == out_type) return x->long_long;
    return false;
}

// OP a b into a fresh result, under the call's casting rule (which decides whether NumPy takes its trivial loop).
std::variant<array, scalar> fresh_result(binary_op op, const operand& a, const operand& b, casting rule,
                                         scalar_pair scalars = scalar_pair::ufunc_loop) {
    // Not structured bindings: clang 14 (the fuzz build) cannot capture them in lambdas.
    const loop_types types = resolve_loop_types(op, a, b);
    const dtype loop = types.loop;
    const per_operand<dtype>& layout_loops = types.layout;
    const per_operand<dtype>& input_loops = types.inputs;
    const dtype out_type = output_type(op, loop);

    const dims shape = broadcast_or_raise({shape_of(a), shape_of(b)});

    loop_input in_a, in_b;
    const per_operand<bool> copied = copied_for_alignment({&a, &b}, layout_loops, rule);
    prepare_input(in_a, a, input_loops[0], shape, copied[0]);
    prepare_input(in_b, b, input_loops[1], shape, copied[1]);

    if (is_zero_dimensional(a) && is_zero_dimensional(b)) {
        // Only scalars and 0-d arrays: NumPy hands back a scalar.
        const array cell = ndarray::allocate(out_type, {});
        const bool swapped = scalars == scalar_pair::scalar_math &&
                             (op == binary_op::add || op == binary_op::multiply) &&
                             (loop == dtype::float32 || loop == dtype::float64) &&
                             std::holds_alternative<scalar>(a) && std::holds_alternative<scalar>(b);
        if (scalars == scalar_pair::scalar_math && op == binary_op::multiply && is_complex(loop) &&
            std::holds_alternative<scalar>(a) && std::holds_alternative<scalar>(b)) {
            scalar_complex_product(loop, cell->data(), in_a.data, in_b.data);
            return load_element(out_type, cell->data());
        }
        run_loop(op, loop, *cell, swapped ? in_b : in_a, swapped ? in_a : in_b, numpy_call::trivial);
        const auto* x = std::get_if<scalar>(&a);
        const auto* y = std::get_if<scalar>(&b);
        const bool long_long = scalars == scalar_pair::scalar_math && x && y
                                   ? scalar_math_long_long(*x, *y, out_type, types.long_long)
                                   : types.long_long;
        return element_scalar(out_type, cell->data(), long_long);
    }
    numpy_call call = numpy_call::iterator_fresh_output;
    const array out = allocate_output({&a, &b}, layout_loops, out_type, types.long_long, shape, rule, &call);
    if (numpy_1_24_complex_product(op, loop)) {  // its kernel answers by the buffers (numpy_1_24_cast_buffers)
        const per_operand<layout_input> described = described_for_layout({&a, &b}, layout_loops);
        const numpy_buffered buffered =
            buffered_by_numpy(described, copied_before_numpy_iterates(described, rule), false);
        run_binary(op, loop, *out, in_a, in_b, call, nullptr, &buffered);
        return out;
    }
    run_binary(op, loop, *out, in_a, in_b, call);
    return out;
}

// NumPy 2 compares a NumPy integer (an array, 0-d or not, or a scalar) with a Python int outside its dtype by
// the int's range alone (special_integer_comparisons.cpp: a loop writing one answer, == False, != True, the
// orderings by the int's sign); a NumPy bool does not count. An infinity of the int's sign gives every integer
// those answers in a float64 loop, so such an int becomes a Python int whose float() is that infinity (still a
// weak int to type resolution: the result is laid out as NumPy's uncast loop lays it out). Other operands stay.
operand compared_by_range(binary_op op, const operand& x, const operand& other) {
    if (!is_comparison(op) || !active_semantics().nep50_weak_python_scalars) return x;
    const auto* s = std::get_if<scalar>(&x);
    if (s == nullptr || !s->is_python_number() || !is_integer(s->type)) return x;
    if (const auto* o = std::get_if<scalar>(&other); o && o->is_python_number()) return x;
    const dtype other_type = dtype_of(other);
    if (!is_integer(other_type) || python_int_fits(*s, other_type)) return x;
    const double infinity = std::numeric_limits<double>::infinity();
    return python_int_beyond_64_bits(s->as_double() < 0 ? -infinity : infinity);
}

}  // namespace

std::variant<array, scalar> apply(binary_op op, const operand& a, const operand& b) {
    return fresh_result(op, compared_by_range(op, a, b), compared_by_range(op, b, a), casting::same_kind,
                        scalar_pair::scalar_math);
}

bool comparison_falls_back_to_identity(binary_op op, const operand& a, const operand& b) {
    if (op != binary_op::equal && op != binary_op::not_equal) return false;
    if (active_semantics().unbroadcastable_comparison_raises) return false;
    try {
        broadcast_shapes({shape_of(a), shape_of(b)});
        return false;
    } catch (const error&) {
        return true;
    }
}

void apply_inplace(binary_op op, const array& target, const operand& b) {
    ufunc_keywords keywords;
    keywords.out = target;
    call(op, target, b, keywords);
}

namespace {

// The unary ufunc's loop for an input dtype, with NumPy's messages where there is none.
void reject_boolean_negative(unary_op op, dtype loop) {
    if (op == unary_op::negative && loop == dtype::bool_)
        raise(error_category::type_error,
              "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
              "logical_not function instead.");
}

dtype resolve_unary_loop(unary_op op, dtype input) {
    input = native_order(input);
    reject_boolean_negative(op, input);
    // negative, positive and absolute resolve as "uniform operations" (the input's own dtype, no search);
    // the others search their loops as binary ufuncs do (np.square(bool_array) runs the int8 loop).
    const bool uniform = op == unary_op::negative || op == unary_op::positive || op == unary_op::absolute;
    const std::optional<dtype> loop =
        uniform ? ((loops_of(op) & bit(input)) != 0 ? std::optional(input) : std::nullopt)
                : first_safe_loop(loops_of(op), input);
    if (!loop)
        raise(error_category::type_error, "ufunc '" + ufunc_name(op) + "' did not contain a loop with signature "
                                              "matching types " + dtype_repr(input) + " -> None");
    return *loop;
}

// Writes a computed copy (out's shape) back into out as NumPy resolves its write-back copy: by assign, as
// PyArray_AssignArray walks (a 1-d out turned round to step forwards, the copy read backwards, so the cast loop sees a
// source that is not contiguous: float -> uint32 converts one by one; probe of outs of 8,193-12,000 elements, both
// NumPys), except a 1-d out stepping backwards whose elements overlap each other: one call of the cast loop in its
// own order, element 0 first, so that the last of them in that order stays (property test, NumPy 2, seed 1091:
// v[::-1] **= 0.5 of a float64 view with a 1-byte stride; measured on both NumPys). Cast to out's dtype.
void write_back(const ndarray& out, const ndarray& from) {
    if (out.ndim() != 1 || out.strides()[0] >= 0 || solve_may_have_internal_overlap(region_of(out), 1) == overlap::no)
        return assign(out, from);
    detail::cast_run(out.data(), out.strides()[0], out.type(), from.data(), from.strides()[0], from.type(),
                     out.shape()[0], out.uint_aligned() && from.uint_aligned());
}

// OP target, written into target itself (the unary ufunc with out=target).
void apply_unary_inplace(unary_op op, const array& target) {
    target->require_writeable("output array is read-only");
    const dtype loop = resolve_unary_loop(op, target->type());
    const dtype out_type = unary_output_type(op, loop);
    if (!can_cast(out_type, target->type(), casting::same_kind))
        raise(error_category::type_error, "Cannot cast ufunc '" + ufunc_name(op) + "' output from " +
                                              dtype_repr(out_type) + " to " + dtype_repr(target->type()) +
                                              " with casting rule 'same_kind'");
    // Element i is read and written at the same place, so only a target overlapping itself needs the temporary.
    const bool target_overlaps_itself = solve_may_have_internal_overlap(region_of(*target), 1) != overlap::no;
    if (out_type == target->type() && loop == target->type() && !target_overlaps_itself) {
        loop_input in;
        prepare_input(in, target, loop, target->shape());
        run_unary_loop(op, loop, *target, in);
        return;
    }
    // Otherwise as np.OP(target, out=target) runs (through a cast, or into a target overlapping itself).
    ufunc_keywords keywords;
    keywords.out = target;
    call(op, target, keywords);
}

// What ndarray.__pow__ runs instead of the power ufunc (number.c fast_scalar_power).
struct power_shortcut {
    std::optional<unary_op> op;          // nothing: ones_like (exponent 0)
    bool cast_to_float64 = false;        // NumPy 1.24: integer array ** float 2 squares a float64 copy
};

// The exponent as NumPy 1.24's is_scalar_with_conversion reads it: Python ints/bools/floats, NumPy integer,
// bool (through __index__) and float scalars, and 0-d integer/float arrays; with whether it counted as a float.
std::optional<std::pair<double, bool>> legacy_scalar_exponent(const operand& exponent) {
    if (const auto* s = std::get_if<scalar>(&exponent)) {
        if (is_complex(s->type)) return std::nullopt;
        if (s->is_python_number() && s->type == dtype::uint64) return std::nullopt;  // beyond a C long
        return std::pair{s->as_double(), kind_of(s->type) == dtype_kind::floating};
    }
    const ndarray& a = *std::get<array>(exponent);
    if (a.ndim() != 0 || !(is_integer(a.type()) || kind_of(a.type()) == dtype_kind::floating)) return std::nullopt;
    return std::pair{load_element(a.type(), a.data()).as_double(), kind_of(a.type()) == dtype_kind::floating};
}

std::optional<power_shortcut> find_power_shortcut(const ndarray& base, const operand& exponent, bool inplace) {
    const bool inexact_base = is_inexact(base.type());
    if (active_semantics().narrow_power_shortcuts) {
        // NumPy 2 (measured on 2.4): any array to the Python int 2 (a bool array squares in the int8 loop where
        // power would be int64), a float or complex array to the Python int -1 or the Python float 0.5. Exact
        // types only: np.float64(0.5) and True are no shortcuts.
        const auto* s = std::get_if<scalar>(&exponent);
        if (s == nullptr || !s->is_python_number()) return std::nullopt;
        const bool python_int = s->type == dtype::int64;
        if (python_int && s->as_int64() == 2) return power_shortcut{unary_op::square};
        if (!inexact_base) return std::nullopt;
        if (python_int && s->as_int64() == -1) return power_shortcut{unary_op::reciprocal};
        if (s->type == dtype::float64 && s->as_double() == 0.5) return power_shortcut{unary_op::sqrt};
        return std::nullopt;
    }
    const auto value = legacy_scalar_exponent(exponent);
    if (!value) return std::nullopt;
    const auto [e, is_float] = *value;
    if (inexact_base) {
        if (e == 1.0) return power_shortcut{unary_op::positive};
        if (e == -1.0) return power_shortcut{unary_op::reciprocal};
        if (e == 0.0) return power_shortcut{std::nullopt};
        if (e == 0.5) return power_shortcut{unary_op::sqrt};
        if (e == 2.0) return power_shortcut{unary_op::square};
        return std::nullopt;
    }
    // Every other array to 2 squares (bool ** 2 is int8); only an integer array to a float 2 is cast first.
    if (e == 2.0) return power_shortcut{unary_op::square, is_float && is_integer(base.type()) && !inplace};
    return std::nullopt;
}

}  // namespace

namespace {


// PyUFunc_ValidateCasting for one input: arrays by dtype; under NEP 50 a Python number by its kind alone (a weak
// int goes into any integer loop, even with casting='no'); NumPy 1.24 casts scalars and 0-d arrays by value.
// Python numbers are weak inputs of binary ufuncs; the one input of a unary ufunc is its default dtype (int64, ...).
bool input_castable(const operand& x, dtype loop, casting rule, bool weak_numbers) {
    const typed_operand d = describe(x);
    // describe() gives an array's dtype in native order, as promotion sees it; the loops are native, so a
    // byte-swapped array still needs a cast into one ('equiv'), which casting='no' refuses (property test seed 38).
    // NumPy 1.24 asks a 0-d one by its value after that (can_cast_scalar_to): one that needs the whole int64 is
    // the native int64 there, which 'no' allows (property test, NumPy 1.24, seed 891: np.array(-3).newbyteorder()).
    if (const auto* a = std::get_if<array>(&x); a != nullptr && rule == casting::no && is_byte_swapped((*a)->type()))
        return (*a)->ndim() == 0 && !active_semantics().nep50_weak_python_scalars && can_cast_array(**a, loop, rule);
    if (d.type == loop || rule == casting::unsafe) return true;
    if (!d.value) return can_cast(d.type, loop, rule);
    if (active_semantics().nep50_weak_python_scalars)
        // A Python bool is no weak scalar: it casts as np.bool_ does.
        return d.python_number && weak_numbers && d.type != dtype::bool_ ? nep50_category(d.type) <= nep50_category(loop)
                                                                         : can_cast(d.type, loop, rule);
    return can_cast_value(*d.value, loop, rule);
}

// `loops`: the dtype each input's loop reads it in.
void check_input_casts(const std::string& ufunc, const per_operand<const operand*>& inputs,
                       const per_operand<dtype>& loops, casting rule) {
    // Measured on NumPy 2.4: np.add(-3, -4.5, casting='no') passes (weak), np.negative(-3, dtype=np.uint8) does not.
    const bool weak_numbers = inputs.size() > 1;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const dtype loop = loops[i];
        if (input_castable(*inputs[i], loop, rule, weak_numbers)) continue;
        const std::string which = inputs.size() == 1 ? "input" : "input " + std::to_string(i);
        raise(error_category::type_error, "Cannot cast ufunc '" + ufunc + "' " + which + " from " +
                                              dtype_repr(dtype_of(*inputs[i])) + " to " + dtype_repr(loop) +
                                              " with casting rule '" + std::string(casting_name(rule)) + "'");
    }
}

void check_output_cast(const std::string& ufunc, dtype out_type, dtype out, casting rule) {
    if (!can_cast(out_type, out, rule))
        raise(error_category::type_error, "Cannot cast ufunc '" + ufunc + "' output from " + dtype_repr(out_type) +
                                              " to " + dtype_repr(out) + " with casting rule '" + std::string(casting_name(rule)) +
                                              "'");
}

// The iteration shape of a call with out=: the inputs broadcast together and into out's shape, which they
// may not change (NumPy lists every operand's shape, out's last, when they do not broadcast at all).
dims shape_into_out(const per_operand<const operand*>& inputs, const ndarray& out) {
    // Most calls: every input has the output's shape already.
    if (std::all_of(inputs.begin(), inputs.end(), [&](const operand* x) { return shape_of(*x) == out.shape(); }))
        return out.shape();
    std::vector<dims> shapes;
    for (const operand* x : inputs) shapes.push_back(shape_of(*x));
    dims shape;
    try {
        shape = broadcast_shapes(shapes);
        shape = broadcast_shapes({shape, out.shape()});
    } catch (const error&) {
        shapes.push_back(out.shape());
        raise_not_broadcastable(shapes);
    }
    if (shape != out.shape())
        raise(error_category::value_error, "non-broadcastable output operand with shape " + shape_text(out.shape()) +
                                               " doesn't match the broadcast shape " + shape_text(shape));
    return shape;
}

// where=: a bool array (anything else must cast to bool safely, as NumPy converts it), broadcast to `shape`.
array where_mask(const array& where, const dims& shape) {
    if (where->type() != dtype::bool_ && !can_cast(where->type(), dtype::bool_, casting::safe))
        raise_cannot_cast("array data", where->type(), dtype::bool_, casting::safe);
    if (broadcast_or_raise({where->shape(), shape}) != shape)
        raise(error_category::value_error, "non-broadcastable output operand with shape " + shape_text(shape) +
                                               " doesn't match the broadcast shape " +
                                               shape_text(broadcast_shapes({where->shape(), shape})));
    return where;
}

// The copy NumPy's iterator writes instead of an out that overlaps an array the loop reads (WRITEBACKIFCOPY, its
// npyiter_new_temp_array), holding out's values: contiguous in the iterator's axis order (`votes`: out's strides
// and those of the arrays the iterator reads, broadcast to out), with positive strides. The iterator decided its
// flips by out itself, so it walks the copy backwards along an axis it flipped (run_loop's `output_votes`).
array numpy_writeback_copy(const ndarray& out, dtype type, const std::vector<dims>& votes) {
    const dims strides = iterator_output_strides(out.shape(), nditer_operands(out.shape(), votes), itemsize(type));
    const array copy = ndarray::allocate_strided(type, out.shape(), strides, initial_contents::unwritten);
    assign(*copy, out);
    return copy;
}

// Writes `from` (out's shape, computed) into an out whose elements overlap each other as NumPy's iterator writes
// it directly (the last write to an element stays): in nditer_order over out and the arrays the loop reads
// (`votes`: their strides after out's, broadcast to out, the where= mask's among them), an axis flipped where none
// of them steps forwards along it, so np.add(x[::-1, ::-1], 1, out=o) with o's rows all one row (stride 0) leaves
// x's first row there; with a mask (where=, broadcast to out) only where it is True.
void write_as_numpy_iterates(const ndarray& out, const ndarray& from, const std::vector<dims>& votes,
                             const ndarray* mask) {
    const axis_order o = nditer_order(out.shape(), votes, true);
    const auto to = offsets_in_order(out.shape(), out.strides(), o);
    const auto values = offsets_in_order(out.shape(), from.strides(), o);
    const auto selected =
        mask ? offsets_in_order(out.shape(), broadcast_strides(mask->shape(), mask->strides(), out.shape()), o)
             : std::vector<std::int64_t>{};
    for (std::size_t i = 0; i < to.size(); ++i) {
        if (mask && mask->data()[selected[i]] == std::byte{0}) continue;
        copy_element(out.type(), out.data() + to[i], from.type(), from.data() + values[i]);
    }
}

// The loop's results cast into out as NumPy's buffered iterator writes out's buffer back (an out needing a cast is
// always buffered): the loop fills the buffer in the iteration's order (nditer_order over out, the inputs and the
// where= mask, axes flipped where none of them walks forwards), run by run (numpy_buffered_runs), and each run goes
// back through the cast loop as one stretch where NumPy 2.4 finds out walking every run with one stride, otherwise line
// by line along the inner axis (NumPy 1.24 always); with where= only each stretch of selected elements (the masked
// transfer). Which elements one call of the cast loop converts shows: float -> uint32 answers by the run. Where out's
// elements overlap each other, the last write in that order stays (whole runs still go through the cast: NaN into a
// swapped '>u4' out stepping 2 bytes leaves the vector rule's bytes in each half). `copied`: the inputs NumPy copied
// first (copied_before_numpy_iterates), read by the iterator as their C-ordered copies in the loop's dtype; `buffered`:
// see one_element_iterator_steps. `compute(dest, call, output_votes, buffered)` as write_into's. False (nothing done)
// for more operands than the runs model.
template <class Compute>
bool cast_back_as_numpy_iterates(const ndarray& out, dtype out_type, const std::optional<array>& mask,
                                 const per_operand<const operand*>& inputs, const per_operand<dtype>& loops,
                                 const per_operand<bool>& copied, const numpy_buffered& buffered,
                                 Compute&& compute) {
    const std::size_t count = 1 + inputs.size() + (mask ? 1 : 0);
    if (count > 4 || out.size() == 0) return false;
    std::vector<dims> strides{out.strides()};
    std::vector<std::byte*> start{out.data()};
    iteration_operands operands;
    operands.cast[0] = true;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (const auto* a = std::get_if<array>(inputs[i])) {
            strides.push_back(copied[i] ? numpy_copy_strides(**a, loops[i], out.shape())
                                        : broadcast_strides((*a)->shape(), (*a)->strides(), out.shape()));
            start.push_back(const_cast<std::byte*>((*a)->data()));
            operands.cast[i + 1] = (*a)->type() != loops[i] && !copied[i];
        } else {
            // A scalar is a 0-d array to the iterator; under NEP 50 a Python number is made in the loop's dtype.
            const scalar& x = std::get<scalar>(*inputs[i]);
            strides.emplace_back(out.shape().size(), 0);
            start.push_back(nullptr);
            operands.cast[i + 1] = !(x.is_python_number() && active_semantics().nep50_weak_python_scalars) &&
                                   x.type != loops[i] && !copied[i];
        }
    }
    if (mask) {
        strides.push_back(broadcast_strides((*mask)->shape(), (*mask)->strides(), out.shape()));
        start.push_back((*mask)->data());
    }
    const axis_order o = nditer_order(out.shape(), strides, true);
    // The buffer holds the results in the iteration's order: element g of the iteration at g items from its start.
    const std::int64_t size = itemsize(out_type);
    dims order_shape, buffer_strides(out.shape().size());
    std::vector<dims> order_strides(count);
    std::int64_t buffer_offset = 0, step = size;
    for (auto axis = o.outer_to_inner.rbegin(); axis != o.outer_to_inner.rend(); ++axis) {
        const std::int64_t extent = out.shape()[*axis];
        buffer_strides[*axis] = o.reversed[*axis] ? -step : step;
        if (o.reversed[*axis]) buffer_offset += (extent - 1) * step;
        step *= std::max<std::int64_t>(extent, 1);
    }
    for (const std::size_t axis : o.outer_to_inner) {
        order_shape.push_back(out.shape()[axis]);
        for (std::size_t k = 0; k < count; ++k) {
            std::int64_t stride = strides[k][axis];
            if (o.reversed[axis]) {
                if (start[k] != nullptr) start[k] += (out.shape()[axis] - 1) * stride;
                stride = -stride;
            }
            order_strides[k].push_back(stride);
        }
    }
    const strided_iteration it = coalesce(order_shape, order_strides);
    const array buffer = ndarray::allocate(out_type, {out.size()}, order::C, initial_contents::unwritten);
    compute(*ndarray::view_of(buffer, out_type, out.shape(), buffer_strides, buffer_offset),
            numpy_call::iterator_existing_output, &out.strides(), &buffered);
    const bool aligned = out.uint_aligned();
    const std::int64_t line = it.shape.empty() ? 1 : it.shape.back();
    const std::int64_t out_step = it.shape.empty() ? 0 : it.strides[0].back();
    const auto selected = [&](std::int64_t g) {
        return !mask || *element_of(it, start[count - 1], count - 1, g) != std::byte{0};
    };
    for (const buffered_run& run : numpy_buffered_runs(it, operands)) {
        const std::int64_t end = run.first + run.length;
        for (std::int64_t g = run.first; g < end;) {
            const std::int64_t stretch_end = run.single_stride[0] ? end : std::min(end, (g / line + 1) * line);
            for_each_selected_stretch(g, stretch_end, selected, [&](std::int64_t from, std::int64_t count) {
                detail::cast_run(element_of(it, start[0], 0, from), out_step, out.type(), buffer->data() + from * size,
                                 size, out_type, count, aligned);
            });
            g = stretch_end;
        }
    }
    return true;
}

// Writes a computed result into out as NumPy does. Without where=, NumPy first tries its trivial path
// (trivial_loop_takes_out; `loops`: the dtype each input's loop reads it in, `rule`: the call's casting rule), which
// hands the loop out itself, even where an input overlaps it safely element by element: the loop then writes out
// directly, in one walk over its elements in order. Either way it reads the small inputs it had to cast or align from
// copies it made first (copied_before_numpy_iterates), which share no memory with out. Otherwise its iterator
// (nditer_constr.c, COPY_IF_OVERLAP): when out may share memory with an array it reads (max_work 1), other than one
// identical to out element for element without internal overlap, out is replaced by a copy of itself in the loop's
// output dtype that the loop writes (masked or not) and that is then written back whole, cast to out's dtype, in memory
// order: the result is as if every input were read before any write, at any size (NumPy's 8,192-element buffer never
// shows), and an unselected element is written back with the value it had, cast there and back (absolute of complex
// into a complex out keeps only its real part). Except: a 1-d out walking backwards is written back in its own order,
// element 0 first (measured on both NumPys with outs whose elements overlap each other, also through a cast; a 2-d out,
// even of one row, goes in memory order). Otherwise the loop writes out directly (only the selected elements with
// where=), through its buffer and the cast loop where out needs a cast (cast_back_as_numpy_iterates), and where out's
// elements overlap each other in the iterator's order (write_as_numpy_iterates).
// `compute(dest, call, output_votes, buffered)` runs the loop into dest (out itself, a fresh result, or the copy of
// out NumPy's iterator writes, numpy_writeback_copy) as NumPy reaches it (run_loop's `call`, `output_votes` and
// `buffered`).
// `compute_masked(dest, mask, output_votes)` runs a masked loop into dest where it can (run_loop_masked), false
// otherwise (a template parameter, not a std::function: small in-place operations felt its allocation).
struct no_masked_loop {
    bool operator()(const ndarray&, const ndarray&, const dims*) const { return false; }
};

template <class Compute, class ComputeMasked = no_masked_loop>
void write_into(const ndarray& out, dtype out_type, const std::optional<array>& mask,
                const per_operand<const operand*>& inputs, const per_operand<dtype>& loops, casting rule,
                Compute&& compute, ComputeMasked&& compute_masked = {}) {
    const bool out_overlaps_itself = solve_may_have_internal_overlap(region_of(out), 1) != overlap::no;
    // The trivial path only shows where out overlaps itself or an input other than out itself shares its buffer:
    // elsewhere the steps below write out directly too (and asking costs a fifth of a small in-place sum, perf).
    const auto shares_out_buffer = [&out](const operand* x) {
        const auto* a = std::get_if<array>(x);
        return a && a->get() != &out && (*a)->memory() == out.memory();
    };
    const per_operand<layout_input> described = described_for_layout(inputs, loops);
    if (!mask && (out_overlaps_itself || std::any_of(inputs.begin(), inputs.end(), shares_out_buffer)) &&
        trivial_loop_takes_out(described, out, out_type, rule))
        return compute(out, numpy_call::trivial, nullptr, nullptr);
    // What NumPy's iterator reads: the inputs as given or as the copies NumPy made first (never with where=), and
    // the mask. `read`: those it reads in place; iterator_votes(): the strides of all, after out's, broadcast to out.
    const per_operand<bool> copied =
        mask ? per_operand<bool>(inputs.size(), false) : copied_before_numpy_iterates(described, rule);
    per_operand<const ndarray*> read;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (const auto* a = std::get_if<array>(inputs[i]); a && !copied[i]) read.push_back(a->get());
    if (mask) read.push_back(mask->get());
    const auto iterator_votes = [&] {
        std::vector<dims> votes{out.strides()};
        for (std::size_t i = 0; i < inputs.size(); ++i)
            if (const auto* a = std::get_if<array>(inputs[i]))
                votes.push_back(copied[i] ? numpy_copy_strides(**a, loops[i], out.shape())
                                          : broadcast_strides((*a)->shape(), (*a)->strides(), out.shape()));
        if (mask) votes.push_back(broadcast_strides((*mask)->shape(), (*mask)->strides(), out.shape()));
        return votes;
    };
    const numpy_buffered buffered = buffered_by_numpy(described, copied, out_type != out.type() || !out.aligned());
    bool copy_out = false;
    for (const ndarray* x : read) {
        if (x->memory() != out.memory()) continue;
        const bool same_elements = x->data() == out.data() && x->shape() == out.shape() &&
                                   x->strides() == out.strides() && x->type() == out.type();
        if (same_elements && !out_overlaps_itself) continue;
        if (solve_may_share_memory(region_of(out), region_of(*x), 1) != overlap::no) copy_out = true;
    }
    const auto computed = [&]() {
        const array result = ndarray::allocate(out_type, out.shape());
        compute(*result, numpy_call::iterator_existing_output, &out.strides(), &buffered);
        return result;
    };
    if (copy_out) {
        const array writeback = numpy_writeback_copy(out, out_type, iterator_votes());
        if (mask) {
            if (!compute_masked(*writeback, **mask, &out.strides()))
                masked_assign(*writeback, *computed(), **mask);
        } else {
            numpy_buffered into_copy = buffered;
            into_copy.operands[0] = false;  // the copy is of the loop's dtype, aligned
            compute(*writeback, numpy_call::iterator_existing_output, &out.strides(), &into_copy);
        }
        write_back(out, *writeback);
        return;
    }
    if (!mask && out_type == out.type() && !out_overlaps_itself) {
        // One element: NumPy's steps differ between its trivial path and its iterator (numpy_call).
        const bool trivial =
            out.size() == 1 && trivial_loop_takes_out(described, out, out_type, rule);
        return compute(out, trivial ? numpy_call::trivial : numpy_call::iterator_existing_output, nullptr, &buffered);
    }
    if (mask && out_type == out.type() && compute_masked(out, **mask, nullptr)) return;
    // (A masked write through a cast into one cell keeps masked_assign's buffer rule.)
    const bool one_masked_cell = mask && out_type != out.type() && all_elements_one_cell(out.shape(), out.strides());
    if (out_type != out.type() && !one_masked_cell &&
        cast_back_as_numpy_iterates(out, out_type, mask, inputs, loops, copied, buffered, compute))
        return;
    if (out_overlaps_itself && !one_masked_cell)
        return write_as_numpy_iterates(out, *computed(), iterator_votes(), mask ? mask->get() : nullptr);
    if (mask) masked_assign(out, *computed(), **mask, out_type != out.type());
    else assign(out, *computed());
}

}  // namespace

void check_signature_dtype(std::optional<dtype> t) {
    if (t && is_byte_swapped(*t))
        raise(error_category::type_error,
              "The `dtype` and `signature` arguments to ufuncs only select the general DType and not details such as "
              "the byte order or time unit. You can avoid this error by using the scalar types `np.float64` or the "
              "dtype string notation.");
}

std::variant<array, scalar> call(binary_op op, const operand& given_a, const operand& given_b,
                                 const ufunc_keywords& keywords) {
    const operand a = compared_by_range(op, given_a, given_b), b = compared_by_range(op, given_b, given_a);
    if (!keywords.out && !keywords.where && !keywords.loop_dtype && keywords.rule == casting::same_kind)
        return fresh_result(op, a, b, casting::same_kind);
    const std::string name = ufunc_name(op);
    check_signature_dtype(keywords.loop_dtype);  // before out: the signature is parsed with the arguments
    if (keywords.out) (*keywords.out)->require_writeable("output array is read-only");
    // Not structured bindings: clang 14 (the fuzz build) cannot capture them in lambdas.
    loop_types types = resolve_loop_types(op, a, b, keywords.loop_dtype);
    if (keywords.loop_dtype && !is_comparison(op)) types.long_long = is_long_long(keywords.loop_descriptor);
    const dtype loop = types.loop;
    const per_operand<dtype>& layout_loops = types.layout;
    const per_operand<dtype>& input_loops = types.inputs;
    const dtype out_type = output_type(op, loop);
    check_input_casts(name, {&a, &b}, input_loops, keywords.rule);
    const std::optional<array> fresh =
        !keywords.out && keywords.where
            ? std::optional(masked_fresh_output({&a, &b}, layout_loops, out_type, types.long_long, *keywords.where,
                                                keywords.rule))
            : std::nullopt;
    if (!keywords.out && !fresh) {
        if (keywords.loop_dtype && !is_comparison(op)) {
            const dims shape = broadcast_or_raise({shape_of(a), shape_of(b)});
            loop_input in_a, in_b;
            const per_operand<bool> copied = copied_for_alignment({&a, &b}, layout_loops, keywords.rule);
            prepare_input(in_a, a, input_loops[0], shape, copied[0]);
            prepare_input(in_b, b, input_loops[1], shape, copied[1]);
            if (shape.empty()) {
                const array cell = ndarray::allocate(out_type, {});
                run_loop(op, loop, *cell, in_a, in_b, numpy_call::trivial);
                return element_scalar(out_type, cell->data(), types.long_long);
            }
            numpy_call call = numpy_call::iterator_fresh_output;
            const array out =
                allocate_output({&a, &b}, layout_loops, out_type, types.long_long, shape, keywords.rule, &call);
            run_binary(op, loop, *out, in_a, in_b, call);
            return out;
        }
        return fresh_result(op, a, b, keywords.rule);
    }
    const array& out = keywords.out ? *keywords.out : *fresh;
    check_output_cast(name, out_type, out->type(), keywords.rule);
    const dims shape = shape_into_out({&a, &b}, *out);
    const std::optional<array> mask =
        keywords.where ? std::optional(where_mask(*keywords.where, shape)) : std::nullopt;
    loop_input in_a, in_b;
    // (With where=, NumPy never copies first.)
    const per_operand<bool> copied =
        mask ? per_operand<bool>(2, false) : copied_for_alignment({&a, &b}, layout_loops, keywords.rule);
    prepare_input(in_a, a, input_loops[0], shape, copied[0]);
    prepare_input(in_b, b, input_loops[1], shape, copied[1]);
    write_into(
        *out, out_type, mask, {&a, &b}, layout_loops, keywords.rule,
        [&](const ndarray& dest, numpy_call call, const dims* output_votes, const numpy_buffered* buffered) {
            run_binary(op, loop, dest, in_a, in_b, call, output_votes, buffered);
        },
        [&](const ndarray& dest, const ndarray& m, const dims* output_votes) {
            return !power_loop_takes_sqrt(op, loop, in_b) &&
                   run_loop_masked(op, loop, dest, in_a, in_b, m, output_votes);
        });
    if (fresh && out->ndim() == 0) return element_scalar(*out, out->data());  // a 0-d result is a scalar
    return out;
}

std::variant<array, scalar> call(unary_op op, const operand& x, const ufunc_keywords& keywords) {
    if (!keywords.out && !keywords.where && !keywords.loop_dtype && keywords.rule == casting::same_kind)
        return apply(op, x);
    const std::string name = ufunc_name(op);
    check_signature_dtype(keywords.loop_dtype);  // before out: the signature is parsed with the arguments
    if (keywords.out) (*keywords.out)->require_writeable("output array is read-only");
    // With dtype=, the loop is searched for that dtype: np.negative(True, dtype=np.int8) runs the int8 loop.
    dtype loop = keywords.loop_dtype ? *keywords.loop_dtype : resolve_unary_loop(op, dtype_of(x));
    if (keywords.loop_dtype) {
        // dtype= fixes the output type. Where the loop of that type cannot take the input safely, a loop
        // producing that type from another (np.absolute(complex128, dtype=float64): D->d) is searched in NumPy's
        // loop order, with input casts checked at most as 'safe' (as the type resolver's search does, whatever
        // the casting= rule); failing that, the loop of that type under the rule.
        const dtype wanted = *keywords.loop_dtype;
        const casting search_rule = keywords.rule > casting::safe ? casting::safe : keywords.rule;
        // NumPy 1.24's search casts a scalar by value only where it meets an array (should_use_min_scalar), so
        // a lone scalar or 0-d input goes by its type: np.absolute(1j, dtype=np.float32) finds no complex64 loop,
        // takes float32's and fails its input cast (property test, NumPy 1.24, seed 805).
        const bool by_type = !active_semantics().nep50_weak_python_scalars && shape_of(x).empty();
        const auto castable_in_search = [&](dtype candidate) {
            return by_type ? can_cast(dtype_of(x), candidate, search_rule)
                           : input_castable(x, candidate, search_rule, false);
        };
        const bool has_own_loop = (loops_of(op) & bit(wanted)) != 0 && unary_output_type(op, wanted) == wanted;
        const bool own_loop = has_own_loop && castable_in_search(wanted);
        std::optional<dtype> other;
        if (!own_loop)
            for (const dtype candidate : all_dtypes)
                if (candidate != wanted && (loops_of(op) & bit(candidate)) != 0 &&
                    unary_output_type(op, candidate) == wanted && castable_in_search(candidate)) {
                    other = candidate;
                    break;
                }
        if (!other && !has_own_loop)
            raise(error_category::type_error,
                  "No loop matching the specified signature and casting was found for ufunc " + name);
        loop = other.value_or(wanted);
        reject_boolean_negative(op, loop);
    }
    const dtype out_type = unary_output_type(op, loop);
    const bool long_long = unary_long_long(x, loop, keywords);
    check_input_casts(name, {&x}, {loop}, keywords.rule);
    const std::optional<array> fresh =
        !keywords.out && keywords.where
            ? std::optional(masked_fresh_output({&x}, {loop}, out_type, long_long, *keywords.where, keywords.rule))
            : std::nullopt;
    if (!keywords.out && !fresh) {
        const dims& shape = shape_of(x);
        loop_input in;
        prepare_input(in, x, loop, shape, copied_for_alignment({&x}, {loop}, keywords.rule)[0]);
        if (shape.empty()) {
            const array cell = ndarray::allocate(out_type, {});
            run_unary_loop(op, loop, *cell, in, numpy_call::trivial);
            return element_scalar(out_type, cell->data(), long_long);
        }
        numpy_call call = numpy_call::iterator_fresh_output;
        const array out = allocate_output({&x}, {loop}, out_type, long_long, shape, keywords.rule, &call);
        run_unary_loop(op, loop, *out, in, call);
        return out;
    }
    const array& out = keywords.out ? *keywords.out : *fresh;
    check_output_cast(name, out_type, out->type(), keywords.rule);
    const dims shape = shape_into_out({&x}, *out);
    const std::optional<array> mask =
        keywords.where ? std::optional(where_mask(*keywords.where, shape)) : std::nullopt;
    loop_input in;
    prepare_input(in, x, loop, shape, !mask && copied_for_alignment({&x}, {loop}, keywords.rule)[0]);
    write_into(
        *out, out_type, mask, {&x}, {loop}, keywords.rule,
        [&](const ndarray& dest, numpy_call call, const dims* output_votes, const numpy_buffered* buffered) {
            run_unary_loop(op, loop, dest, in, call, output_votes, buffered);
        },
        [&](const ndarray& dest, const ndarray& m, const dims* output_votes) {
            return run_unary_loop_masked(op, loop, dest, in, m, output_votes);
        });
    if (fresh && out->ndim() == 0) return element_scalar(*out, out->data());  // a 0-d result is a scalar
    return out;
}

namespace {

// ---- The clip ufunc -------------------------------------------------------------------------------------

using clip_loop = void (*)(std::array<std::byte*, 4> p, std::array<std::int64_t, 4> strides, std::int64_t n);

// clip.cpp's _NPY_MAX(x, lo) (Max) and _NPY_MIN(x, hi): for real types np.maximum's / np.minimum's own element
// rule (x when it is NaN or beyond the bound, else the bound; float16 keeps x on a tie; bools compare their raw
// bytes); complex numbers compare strictly, without maximum's NaN-imaginary rule (PyArray_CGT / PyArray_CLT).
template <bool Max, class E>
E clip_to_bound(E x, E bound) {
    if constexpr (is_complex_v<E>) {
        const auto after = [](E p, E q) { return p.real() == q.real() ? p.imag() > q.imag() : p.real() > q.real(); };
        return std::isnan(x.real()) || std::isnan(x.imag()) || (Max ? after(x, bound) : after(bound, x)) ? x : bound;
    } else {
        return extremum<Max>(x, bound);
    }
}

// p: out, x, lo, hi.
template <dtype T>
void typed_clip_loop(std::array<std::byte*, 4> p, std::array<std::int64_t, 4> strides, std::int64_t n) {
    using E = element_t<T>;
    const auto load = [](const std::byte* q) {
        E v;
        std::memcpy(&v, q, sizeof v);
        return v;
    };
    if constexpr (T == dtype::float32 || T == dtype::float64) {
        if (strides[2] == 0 && strides[3] == 0 && active_semantics().clip_compares_fixed_float_bounds) {
            const E lo = load(p[2]), hi = load(p[3]);
            const bool nan_bound = std::isnan(lo) || std::isnan(hi);
            for (std::int64_t i = 0; i < n; ++i, p[0] += strides[0], p[1] += strides[1]) {
                E x = nan_bound ? (std::isnan(lo) ? lo : hi) : load(p[1]);
                if (x < lo) x = lo;
                if (x > hi) x = hi;
                std::memcpy(p[0], &x, sizeof x);
            }
            return;
        }
    }
    for (std::int64_t i = 0; i < n; ++i) {
        const E result = clip_to_bound<false>(clip_to_bound<true>(load(p[1]), load(p[2])), load(p[3]));
        std::memcpy(p[0], &result, sizeof result);
        for (std::size_t k = 0; k < 4; ++k) p[k] += strides[k];
    }
}

template <std::size_t... Types>
constexpr auto make_clip_loop_table(std::index_sequence<Types...>) {
    return std::array<clip_loop, sizeof...(Types)>{&typed_clip_loop<static_cast<dtype>(Types)>...};
}

constexpr auto clip_loop_table = make_clip_loop_table(std::make_index_sequence<dtype_count>{});

// The loop runs over NumPy's inner runs (the output's memory order), whose strides decide the fixed-bounds loop.
void run_clip(dtype loop, const ndarray& out, const loop_input& x, const loop_input& lo, const loop_input& hi) {
    if (out.size() == 0) return;
    const strided_iteration it =
        coalesce_in_memory_order(out.shape(), {out.strides(), x.strides, lo.strides, hi.strides});
    for_each_inner_run<4>(it,
                          std::array<std::byte*, 4>{out.data(), const_cast<std::byte*>(x.data),
                                                    const_cast<std::byte*>(lo.data), const_cast<std::byte*>(hi.data)},
                          clip_loop_table[static_cast<std::size_t>(loop)]);
}

}  // namespace

std::variant<array, scalar> clip_ufunc(const operand& x, const operand& lo, const operand& hi,
                                       const std::optional<array>& out, casting rule) {
    const std::string name = "clip";
    if (out) (*out)->require_writeable("output array is read-only");
    const dtype loop = result_type({x, lo, hi});
    if (active_semantics().nep50_weak_python_scalars && is_integer(loop))
        for (const operand* bound : {&x, &lo, &hi})
            if (const auto* s = std::get_if<scalar>(bound); s && s->is_python_number() && is_integer(s->type))
                check_python_int_fits(*s, loop);  // OverflowError
    const per_operand<const operand*> inputs{&x, &lo, &hi};
    const per_operand<dtype> loops(3, loop);
    check_input_casts(name, inputs, loops, rule);
    loop_input in_x, in_lo, in_hi;
    const per_operand<bool> copied = copied_for_alignment(inputs, loops, rule);
    if (!out) {
        const dims shape = broadcast_or_raise({shape_of(x), shape_of(lo), shape_of(hi)});
        prepare_input(in_x, x, loop, shape, copied[0]);
        prepare_input(in_lo, lo, loop, shape, copied[1]);
        prepare_input(in_hi, hi, loop, shape, copied[2]);
        const bool long_long = promotes_to_long_long(loop, {x, lo, hi});  // clip resolves as a uniform operation
        if (shape.empty()) {
            const array cell = ndarray::allocate(loop, {});
            run_clip(loop, *cell, in_x, in_lo, in_hi);
            return element_scalar(loop, cell->data(), long_long);
        }
        const array result = allocate_output(inputs, loops, loop, long_long, shape, rule);
        run_clip(loop, *result, in_x, in_lo, in_hi);
        return result;
    }
    check_output_cast(name, loop, (*out)->type(), rule);
    const dims shape = shape_into_out(inputs, **out);
    prepare_input(in_x, x, loop, shape, copied[0]);
    prepare_input(in_lo, lo, loop, shape, copied[1]);
    prepare_input(in_hi, hi, loop, shape, copied[2]);
    write_into(**out, loop, std::nullopt, inputs, loops, rule,
               [&](const ndarray& dest, numpy_call, const dims*, const numpy_buffered*) {
                   run_clip(loop, dest, in_x, in_lo, in_hi);
               });
    return *out;
}

std::variant<array, scalar> apply(unary_op op, const operand& x) {
    const dtype loop = resolve_unary_loop(op, dtype_of(x));
    const dtype out_type = unary_output_type(op, loop);
    const dims& shape = shape_of(x);
    loop_input in;
    prepare_input(in, x, loop, shape, copied_for_alignment({&x}, {loop}, casting::same_kind)[0]);
    const bool long_long = unary_long_long(x, loop, ufunc_keywords{});
    if (shape.empty()) {
        const array cell = ndarray::allocate(out_type, {});
        run_unary_loop(op, loop, *cell, in, numpy_call::trivial);
        return element_scalar(out_type, cell->data(), long_long);
    }
    numpy_call call = numpy_call::iterator_fresh_output;
    const array out = allocate_output({&x}, {loop}, out_type, long_long, shape, casting::same_kind, &call);
    run_unary_loop(op, loop, *out, in, call);
    return out;
}

std::variant<array, scalar> conjugate_method(const array& a) {
    if (!is_complex(a->type())) return a;
    return engine::apply(unary_op::conjugate, operand{a});
}

std::variant<array, scalar> plus_operator(const operand& x) {
    const auto* a = std::get_if<array>(&x);
    if (a != nullptr && !active_semantics().unary_plus_requires_positive_loop &&
        (loops_of(unary_op::positive) & bit((*a)->type())) == 0) {
        if ((*a)->ndim() == 0) return load_element((*a)->type(), (*a)->data());
        return copy_of(**a, order::C);  // PyArray_Copy: C order
    }
    return apply(unary_op::positive, x);
}

std::variant<array, scalar> power_operator(const operand& base, const operand& exponent) {
    const auto* base_array = std::get_if<array>(&base);
    if (base_array == nullptr) return apply(binary_op::power, base, exponent);
    const std::optional<power_shortcut> shortcut = find_power_shortcut(**base_array, exponent, false);
    if (!shortcut) return apply(binary_op::power, base, exponent);
    if (shortcut->cast_to_float64) {
        const ndarray& a = **base_array;
        const array result = copy_of(a, a.f_contiguous() && !a.c_contiguous() ? order::F : order::C, dtype::float64);
        // square(copy, out=copy) returns its out: a 0-d base gives a 0-d array, not a scalar.
        apply_unary_inplace(unary_op::square, result);
        return result;
    }
    if (!shortcut->op) {  // _ones_like: laid out as a unary result of the base
        std::variant<array, scalar> ones = apply(unary_op::positive, base);
        if (auto* a = std::get_if<array>(&ones)) fill(**a, make_int64(1));
        else ones = make_int64(1).cast_to(dtype_of(base));
        return ones;
    }
    return apply(*shortcut->op, base);
}

void power_operator_inplace(const array& target, const operand& exponent) {
    const std::optional<power_shortcut> shortcut = find_power_shortcut(*target, exponent, true);
    if (!shortcut) return apply_inplace(binary_op::power, target, exponent);
    if (!shortcut->op) {
        target->require_writeable("output array is read-only");
        return fill(*target, make_int64(1));
    }
    apply_unary_inplace(*shortcut->op, target);
}

// ---- ufunc.at ----------------------------------------------------------------------------------------------
//
// NumPy's ufunc_at resolves the loop as for OP(a, b) with b converted by np.asarray (so a Python number is not
// weak: np.add.at(int8_array, i, 300) runs the int64 loop under NumPy 2, and the value-based int16 loop under
// 1.24), every cast unsafe. It then walks the selected elements one at a time, each read from a, computed and
// cast back before the next is read: repeated positions accumulate. When b or an integer index array (of any
// integer type) may share a's memory, NumPy works on a copy of a and writes the whole copy back at the end
// (WRITEBACKIFCOPY, refused for a read-only a), which is also what a self-overlapping a shows.

namespace {

// A copy of `a` to work on when NumPy's PyArray_MapIterArrayCopyIfOverlap would make one, else nothing.
std::optional<array> at_working_copy(const array& a, const index_expr& indices, const ndarray* value) {
    bool overlaps = value != nullptr && may_share_memory(*value, *a);
    for (const index_item& item : indices)
        if (const auto* positions = std::get_if<array>(&item))
            overlaps = overlaps || (is_integer((*positions)->type()) && (*positions)->ndim() > 0 &&
                                    may_share_memory(**positions, *a));
    if (!overlaps) return std::nullopt;
    a->require_writeable("WRITEBACKIFCOPY base is read-only");
    return copy_of(*a, resolve_order_a(*a, order::A));
}

// Walks the elements and computes each. `resolve` finds the loop and gives its output dtype: NumPy 2 resolves
// before it prepares the index, NumPy 1.24 after (so which error a call with two faults raises differs), and
// then with b as the walk reshaped it (a 0-d b no longer counts by value: property test, seed 612).
template <class Resolve, class Compute>
void run_at(const array& a, const index_expr& indices, const ndarray* value, Resolve resolve, Compute compute) {
    const bool resolve_first = active_semantics().ufunc_at_resolves_loop_first;
    std::optional<dtype> out_type;
    if (resolve_first) out_type = resolve(false);
    const std::optional<array> copy = at_working_copy(a, indices, value);
    const array& target = copy ? *copy : a;
    const indexed_walk_result walk = indexed_walk(target, indices, value);
    if (!resolve_first) out_type = resolve(walk.value_reshaped);
    alignas(16) std::byte result[16];
    // An element whose loop fails (an integer to a negative power) is left as it was, and the walk goes on:
    // NumPy's loop only flags the error, which the call raises at the end.
    std::optional<error> failure;
    for (const indexed_element& e : walk.elements) {
        try {
            compute(result, e);
        } catch (const error& element_error) {
            if (!failure) failure = element_error;
            continue;
        }
        copy_element(a->type(), e.element, *out_type, result);
    }
    // On failure NumPy 2 discards its working copy (PyArray_DiscardWritebackIfCopy): nothing reaches `a`.
    if (copy && !(failure && active_semantics().ufunc_at_discards_copy_on_error)) assign(*a, **copy);
    if (failure) throw *failure;
}

}  // namespace

// NumPy 2's indexed loops (the *_indexed loops trivial_at_loop runs: `indexed OP= value` in C) pass on another NaN
// than the regular loop for float16 sums and products (x's; the regular loop y's), complex sums (x's in the real
// part, y's in the imaginary part) and complex products (plain, the imaginary part taking ai*br's NaN first).
// Measured with distinct payloads on NumPy 2.4.6's X86_V3 and baseline builds alike (2026-12-06). Says whether it
// computed the element; every other indexed loop passes on the NaN the regular loop does.
bool run_indexed_loop_element(binary_op op, dtype loop, std::byte* result, const std::byte* x, const std::byte* y) {
    const auto complex_element = [&]<class R>(R) {
        std::complex<R> a, b;
        std::memcpy(&a, x, sizeof a);
        std::memcpy(&b, y, sizeof b);
        const std::complex<R> r =
            op == binary_op::add
                ? std::complex<R>(elements::ordered_sum(a.real(), b.real()), elements::ordered_sum(b.imag(), a.imag()))
                : elements::complex_multiply_imaginary_cross_first(a, b);
        std::memcpy(result, &r, sizeof r);
    };
    if (op != binary_op::add && op != binary_op::multiply) return false;
    if (loop == dtype::complex64) complex_element(float{});
    else if (loop == dtype::complex128) complex_element(double{});
    else if (loop == dtype::float16) {
        half a, b;
        std::memcpy(&a, x, sizeof a);
        std::memcpy(&b, y, sizeof b);
        const float r = op == binary_op::add ? elements::ordered_sum(static_cast<float>(a), static_cast<float>(b))
                                             : elements::ordered_product(static_cast<float>(a), static_cast<float>(b));
        const half h(r);
        std::memcpy(result, &h, sizeof h);
    } else {
        return false;
    }
    return true;
}

// Which of NumPy 2's ufunc.at paths runs (semantics::ufunc_at_fast_paths): none under NumPy 1.24.
enum class at_path { buffered, in_place, indexed_loop };

at_path numpy_at_path(binary_op op, const array& a, const index_expr& indices, const array& b, const loop_types& types) {
    if (!active_semantics().ufunc_at_fast_paths) return at_path::buffered;
    const dtype loop = types.loop;
    const bool uncast = a->type() == loop && types.inputs[0] == loop && output_type(op, loop) == loop &&
                        b->type() == types.inputs[1];
    if (!uncast || !a->aligned() || !b->aligned()) return at_path::buffered;
    std::size_t fancy = 0, other = 0;
    for (const index_item& item : indices) (std::holds_alternative<array>(item) ? fancy : other) += 1;
    return a->ndim() == 1 && b->ndim() <= 1 && fancy == 1 && other == 0 ? at_path::indexed_loop : at_path::in_place;
}

void at(binary_op op, const array& a, const index_expr& indices, const array& b) {
    std::optional<loop_types> types;
    binary_loop body = nullptr;
    const auto resolve = [&](bool b_reshaped) {
        const array seen_b = b_reshaped && b->ndim() == 0 ? ndarray::view_of(b, b->type(), {1}, {0}) : b;
        types = resolve_loop_types(op, a, seen_b);
        body = loop_for(op, types->loop, types->inputs[0], types->inputs[1]);
        return output_type(op, types->loop);
    };
    // NumPy 2's float power loop, handed one element at a time through zero strides, takes the square root of
    // an exponent of 0.5.
    const auto takes_sqrt = [&](const std::byte* exponent) {
        return op == binary_op::power && active_semantics().power_loop_takes_sqrt_of_half_exponent &&
               (types->loop == dtype::float32 || types->loop == dtype::float64) &&
               load_element(types->loop, exponent).as_double() == 0.5;
    };
    std::optional<at_path> path;
    run_at(a, indices, b.get(), resolve, [&](std::byte* result, const indexed_element& e) {
        if (!path) path = numpy_at_path(op, a, indices, b, *types);
        alignas(16) std::byte x[16], y[16];
        copy_element(types->inputs[0], x, a->type(), e.element);
        copy_element(types->inputs[1], y, b->type(), e.value);
        if (takes_sqrt(y))
            unary_loop_table[static_cast<std::size_t>(unary_op::sqrt)][static_cast<std::size_t>(types->loop)]({result, x}, {0, 0}, 1);
        else if (*path == at_path::indexed_loop && run_indexed_loop_element(op, types->loop, result, x, y))
            return;
        else if (*path == at_path::in_place) {
            body({x, x, y}, {0, 0, 0}, 1);  // x is the output too, as a's element is NumPy's
            std::memcpy(result, x, static_cast<std::size_t>(itemsize(types->loop)));
        } else
            body({result, x, y}, {0, 0, 0}, 1);
    });
}

void at(unary_op op, const array& a, const index_expr& indices) {
    dtype loop = native_order(a->type());
    std::array<std::int64_t, 2> steps{0, 0};
    const auto resolve = [&](bool) {
        loop = resolve_unary_loop(op, a->type());
        // NumPy 1.24's ufunc.at (no fast paths) hands its loop each operand's itemsize (the resolved loop's) as its
        // step (its fixed `strides`, whatever its iterator does), so its in-place square of one complex64 element
        // takes the AVX512F loop (fuzz campaign, NumPy 1.24); NumPy 2.4's steps 0. Not NumPy's kernel choice
        // otherwise: ufunc.at's complex absolute takes the SIMD formula on both NumPys (measured, 2026-12-06).
        if (!active_semantics().ufunc_at_fast_paths) steps = {itemsize(unary_output_type(op, loop)), itemsize(loop)};
        return unary_output_type(op, loop);
    };
    run_at(a, indices, nullptr, resolve, [&](std::byte* result, const indexed_element& e) {
        alignas(16) std::byte x[16];
        copy_element(loop, x, a->type(), e.element);
        unary_loop_for(op, loop, false)({result, x}, steps, 1);
    });
}

// ---- round -------------------------------------------------------------------------------------------------

namespace {

// power_of_ten (calculation.c): exact table values below 10**9, then repeated multiplication.
double power_of_ten(std::int64_t n) {
    static constexpr double table[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    if (n < 9) return table[n];
    double result = 1e9;
    while (n-- > 9) result *= 10.0;
    return result;
}

array round_into(const array& a, std::int64_t decimals, const std::optional<array>& out);

// a's part (.real / .imag) rounded into a fresh array, then written into `target`'s same part.
void round_part(const array& part, std::int64_t decimals, const array& target_part) {
    assign_part(target_part, round_into(part, decimals, std::nullopt));
}

array round_into(const array& a, std::int64_t decimals, const std::optional<array>& out) {
    if (out && (*out)->size() != a->size()) raise(error_category::value_error, "invalid output shape");
    if (is_complex(a->type())) {
        const array result = out ? *out : copy_of(*a, active_semantics().round_copies_in_order_k ? order::K : order::C);
        round_part(real(a), decimals, real(result));
        round_part(imag(a), decimals, imag_for_assignment(result));
        return result;
    }
    const bool integer = kind_of(a->type()) == dtype_kind::signed_int || kind_of(a->type()) == dtype_kind::unsigned_int;
    ufunc_keywords into;
    if (decimals >= 0) {
        if (integer) {
            if (out) {
                copyto(*out, a, casting::same_kind);
                return *out;
            }
            return active_semantics().round_copies_in_order_k ? copy_of(*a, order::K) : a;
        }
        if (decimals == 0) {
            into.out = out;
            return as_array(call(unary_op::rint, a, into));
        }
    }
    const binary_op scale = decimals >= 0 ? binary_op::multiply : binary_op::true_divide;
    const binary_op unscale = decimals >= 0 ? binary_op::true_divide : binary_op::multiply;
    // PyFloat_FromDouble: a Python float, weak under NEP 50 (a float32 array scales in its float32 loop).
    const scalar factor = from_python_number(make_float64(power_of_ten(decimals >= 0 ? decimals : -decimals)));
    const bool fortran = a->f_contiguous() && !a->c_contiguous();
    const array result = out ? *out : ndarray::allocate(integer ? dtype::float64 : a->type(), a->shape(),
                                                        fortran ? order::F : order::C, initial_contents::unwritten);
    into.out = result;
    call(scale, a, factor, into);
    call(unary_op::rint, result, into);
    call(unscale, result, factor, into);
    if (integer && !out) {
        // PyArray_CastToType(ret, PyArray_DESCR(a)): the cast back takes a's own descriptor object, so a result of an
        // array in swapped or new byte order is not the built-in type (property test, NumPy 1.24, seed 845).
        const array cast = copy_of(*result, fortran ? order::F : order::C, a->type());
        cast->set_descriptor(a->descriptor());
        return cast;
    }
    return result;
}

}  // namespace

std::variant<array, scalar> around(const array& a, std::int64_t decimals, const std::optional<array>& out) {
    const array result = round_into(a, decimals, out);
    if (!out && result->ndim() == 0) return element_scalar(*result, result->data());
    return result;
}

array as_array(const operand& x) {
    if (const auto* a = std::get_if<array>(&x)) return *a;
    const scalar& s = std::get<scalar>(x);
    const array zero_d = ndarray::allocate(s.type, {});
    zero_d->set_descriptor(builtin_descriptor(s.type, s.long_long));
    store_element(s.type, zero_d->data(), s);
    return zero_d;
}

}  // namespace engine
