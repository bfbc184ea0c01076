// np.arange as PyArray_ArangeObj computes it (the same code in NumPy 1.24 and 2). The length is
// ceil((stop - start) / step), with the subtraction and the division done by Python's operators on the arguments:
// Python's arithmetic while both operands are Python numbers (so 0 as a step raises ZeroDivisionError, and a
// complex quotient gives min(ceil(real), ceil(imag))), a NumPy scalar's once one is (it wraps, divides by zero into
// inf, and follows each NumPy's promotion: np.arange(np.int8(0), 200) is 0..199 under NumPy 1.24, and under NumPy 2
// 200 does not fit int8). An OverflowError on the way (that one, or a length beyond intp) reaches the user as
// ValueError("Maximum allowed size exceeded"). Only the first two elements come from the arguments — start, and
// start + step (the same arithmetic, computed with the length) — stored through the dtype's setitem; the rest is
// the dtype's `fill`: start + i * delta with delta = element[1] - element[0], computed in the element type. That
// is why np.arange(0.5, 4, dtype=int) counts 0, 1, 2, 3 (delta = int(1.5) - 0).
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>
#include <variant>

#include "engine/byteswap.hpp"
#include "engine/creation.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/long_long.hpp"
#include "engine/strided_loop.hpp"
#include "engine/ufunc.hpp"

namespace engine {

namespace {

// A Python number: int (exact; the engine's arguments fit in 128 bits), float or complex.
using python_number = std::variant<__int128, double, std::complex<double>>;

python_number as_python_number(const scalar& s) {
    switch (kind_of(s.type)) {
        case dtype_kind::boolean: return __int128{s.as_bool() ? 1 : 0};
        case dtype_kind::signed_int: return __int128{s.as_int64()};
        case dtype_kind::unsigned_int: return static_cast<__int128>(s.as_uint64());
        case dtype_kind::floating: return s.as_double();
        case dtype_kind::complex: return s.as_complex();
    }
    return s.as_double();
}

double to_double(const python_number& n) {
    if (const auto* i = std::get_if<__int128>(&n)) return static_cast<double>(*i);
    return std::get<double>(n);
}

std::complex<double> to_complex(const python_number& n) {
    if (const auto* z = std::get_if<std::complex<double>>(&n)) return *z;
    return {to_double(n), 0.0};
}

bool is_zero(const python_number& n) {
    return std::visit([](auto v) { return v == decltype(v){}; }, n);
}

// Python's a + b and a - b.
python_number python_add(const python_number& a, const python_number& b, bool subtract) {
    if (std::holds_alternative<std::complex<double>>(a) || std::holds_alternative<std::complex<double>>(b))
        return subtract ? to_complex(a) - to_complex(b) : to_complex(a) + to_complex(b);
    if (std::holds_alternative<double>(a) || std::holds_alternative<double>(b))
        return subtract ? to_double(a) - to_double(b) : to_double(a) + to_double(b);
    return subtract ? std::get<__int128>(a) - std::get<__int128>(b) : std::get<__int128>(a) + std::get<__int128>(b);
}

// CPython's complex division (_Py_c_quot): scale by the larger component of the divisor.
std::complex<double> python_complex_divide(std::complex<double> a, std::complex<double> b) {
    const double abs_breal = std::fabs(b.real()), abs_bimag = std::fabs(b.imag());
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) raise(error_category::zero_division_error, "complex division by zero");
        const double ratio = b.imag() / b.real();
        const double denom = b.real() + b.imag() * ratio;
        return {(a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom};
    }
    if (abs_bimag >= abs_breal) {
        const double ratio = b.real() / b.imag();
        const double denom = b.real() * ratio + b.imag();
        return {(a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom};
    }
    return {std::nan(""), std::nan("")};  // b has a NaN component
}

// Python's a / b (true division).
python_number python_true_divide(const python_number& a, const python_number& b) {
    if (std::holds_alternative<std::complex<double>>(a) || std::holds_alternative<std::complex<double>>(b))
        return python_complex_divide(to_complex(a), to_complex(b));
    if (std::holds_alternative<double>(a) || std::holds_alternative<double>(b)) {
        if (to_double(b) == 0.0) raise(error_category::zero_division_error, "float division by zero");
        return to_double(a) / to_double(b);
    }
    const __int128 num = std::get<__int128>(a), den = std::get<__int128>(b);
    if (den == 0) raise(error_category::zero_division_error, "division by zero");
    // Python rounds int / int correctly; long double holds both operands exactly (|x| < 2**64), and any
    // double-rounding slip is far below what could change the ceiling of a length that can be allocated.
    return static_cast<double>(static_cast<long double>(num) / static_cast<long double>(den));
}

// _arange_safe_ceil_to_intp; its OverflowError reaches the user as "Maximum allowed size exceeded".
std::int64_t ceil_to_length(double value) {
    const double c = std::ceil(value);
    if (std::isnan(c)) raise(error_category::value_error, "arange: cannot compute length");
    if (!(c >= -9223372036854775808.0 && c < 9223372036854775808.0))
        raise(error_category::value_error, "Maximum allowed size exceeded");
    return static_cast<std::int64_t>(c);
}

// A value _calc_length holds: a Python number while both operands of its operator were Python numbers, a NumPy
// scalar once one was (PyNumber_Subtract and PyNumber_TrueDivide then reach the scalar's own operators).
using length_term = std::variant<python_number, scalar>;

bool is_zero(const length_term& t) {
    if (const auto* n = std::get_if<python_number>(&t)) return is_zero(*n);
    return std::visit([](auto v) { return v == decltype(v){}; }, std::get<scalar>(t).value);
}

// The engine scalar standing for a Python number, for setitem and NumPy's scalar operators.
scalar as_scalar(const python_number& n) {
    if (const auto* i = std::get_if<__int128>(&n)) {
        if (*i >= std::numeric_limits<std::int64_t>::min() && *i <= std::numeric_limits<std::int64_t>::max())
            return make_int64(static_cast<std::int64_t>(*i));
        if (*i >= 0 && *i <= static_cast<__int128>(std::numeric_limits<std::uint64_t>::max()))
            return {dtype::uint64, static_cast<std::uint64_t>(*i)};
        raise(error_category::overflow_error, "Python int too large to convert to C long");
    }
    if (const auto* d = std::get_if<double>(&n)) return make_float64(*d);
    return make_complex128(std::get<std::complex<double>>(n));
}

scalar as_operand(const length_term& t) {
    if (const auto* n = std::get_if<python_number>(&t)) return from_python_number(as_scalar(*n));
    return std::get<scalar>(t);
}

// stop - start and span / step as Python evaluates them.
length_term subtract(const scalar& stop, const scalar& start) {
    if (stop.is_python_number() && start.is_python_number())
        return python_add(as_python_number(stop), as_python_number(start), true);
    return std::get<scalar>(apply(binary_op::subtract, stop, start));
}

length_term divide(const length_term& span, const scalar& step) {
    if (std::holds_alternative<python_number>(span) && step.is_python_number())
        return python_true_divide(std::get<python_number>(span), as_python_number(step));
    return std::get<scalar>(apply(binary_op::true_divide, as_operand(span), step));
}

std::int64_t arange_length(const scalar& start, const scalar& stop, const scalar& step, bool complex_result) {
    const length_term span = subtract(stop, start);
    const length_term quotient = divide(span, step);
    std::optional<std::complex<double>> complex_quotient;  // taken part by part
    double value = 0.0;
    if (const auto* n = std::get_if<python_number>(&quotient)) {
        if (const auto* z = std::get_if<std::complex<double>>(n)) {
            if (!complex_result) raise(error_category::type_error, "must be real number, not complex");
            complex_quotient = *z;
        } else {
            value = std::get<double>(*n);
        }
    } else {
        // Only np.complex128 is a Python complex (PyComplex_Check); float() of any other NumPy scalar, and of
        // np.complex128 when the result is not complex, is its real part.
        const scalar& q = std::get<scalar>(quotient);
        if (complex_result && native_order(q.type) == dtype::complex128) complex_quotient = q.as_complex();
        else value = q.as_double();
    }
    if (complex_quotient)
        return std::min(ceil_to_length(complex_quotient->real()), ceil_to_length(complex_quotient->imag()));
    // An underflowing quotient (or a division by infinity) still leaves room for `start` alone.
    if (value == 0.0 && !is_zero(span)) return std::signbit(value) ? 0 : 1;
    return ceil_to_length(value);
}

// The dtype's fill: element i = start + i * delta, in the element type (integers wrap).
template <dtype T>
void fill_arithmetic_progression(std::byte* data, std::int64_t length) {
    using E = element_t<T>;
    auto* elements = reinterpret_cast<E*>(data);
    if constexpr (std::is_integral_v<E>) {
        const auto start = static_cast<std::uint64_t>(elements[0]);
        const std::uint64_t delta = static_cast<std::uint64_t>(elements[1]) - start;
        for (std::int64_t i = 2; i < length; ++i)
            elements[i] = static_cast<E>(start + static_cast<std::uint64_t>(i) * delta);
    } else if constexpr (std::is_same_v<E, half>) {
        // NumPy's HALF_fill works in float: start + i * delta, each rounded back to float16.
        const auto start = static_cast<float>(elements[0]);
        const float delta = static_cast<float>(elements[1]) - start;
        for (std::int64_t i = 2; i < length; ++i) elements[i] = half(start + static_cast<float>(i) * delta);
    } else if constexpr (std::is_floating_point_v<E>) {
        const E start = elements[0];
        const E delta = elements[1] - start;
        for (std::int64_t i = 2; i < length; ++i) elements[i] = start + static_cast<E>(i) * delta;
    } else {  // complex: each part on its own, as NumPy's complex fill
        using R = typename E::value_type;
        const E start = elements[0];
        const R delta_real = elements[1].real() - start.real(), delta_imag = elements[1].imag() - start.imag();
        for (std::int64_t i = 2; i < length; ++i)
            elements[i] = E(start.real() + static_cast<R>(i) * delta_real, start.imag() + static_cast<R>(i) * delta_imag);
    }
}

void fill_arithmetic_progression(dtype t, std::byte* data, std::int64_t length) {
    switch (t) {
        case dtype::bool_:
            raise(error_category::type_error,
                  "arange() is only supported for booleans when the result has at most length 2.");
        case dtype::int8: return fill_arithmetic_progression<dtype::int8>(data, length);
        case dtype::int16: return fill_arithmetic_progression<dtype::int16>(data, length);
        case dtype::int32: return fill_arithmetic_progression<dtype::int32>(data, length);
        case dtype::int64: return fill_arithmetic_progression<dtype::int64>(data, length);
        case dtype::uint8: return fill_arithmetic_progression<dtype::uint8>(data, length);
        case dtype::uint16: return fill_arithmetic_progression<dtype::uint16>(data, length);
        case dtype::uint32: return fill_arithmetic_progression<dtype::uint32>(data, length);
        case dtype::uint64: return fill_arithmetic_progression<dtype::uint64>(data, length);
        case dtype::float16: return fill_arithmetic_progression<dtype::float16>(data, length);
        case dtype::float32: return fill_arithmetic_progression<dtype::float32>(data, length);
        case dtype::float64: return fill_arithmetic_progression<dtype::float64>(data, length);
        case dtype::complex64: return fill_arithmetic_progression<dtype::complex64>(data, length);
        case dtype::complex128: return fill_arithmetic_progression<dtype::complex128>(data, length);
    }
}

}  // namespace

array arange(const scalar& start, const scalar& stop, const scalar& step, std::optional<dtype> t,
             const descriptor_handle& descriptor) {
    // Discovery starts from int64 ("at least a C long"), so np.arange(np.int8(5)) is int64 and
    // np.arange(np.uint64(5)) float64; an np.longlong argument makes it long long, as promotion does.
    const dtype type = t.value_or(promote_types(promote_types(promote_types(dtype::int64, start.type), stop.type), step.type));
    const std::array<typed_operand, 3> arguments{typed_operand{start.type, std::nullopt, false, start.long_long},
                                                 typed_operand{stop.type, std::nullopt, false, stop.long_long},
                                                 typed_operand{step.type, std::nullopt, false, step.long_long}};
    const descriptor_handle held = t ? descriptor : builtin_descriptor(type, promotes_to_long_long(type, arguments));
    // _calc_length: the length, and start + step where the length is positive (NumPy's scalar operators can
    // fail there too: np.arange(np.int8(5), 6, 200) under NumPy 2).
    std::int64_t length = 0;
    std::optional<scalar> second;
    try {
        length = arange_length(start, stop, step, is_complex(type));
        if (length > 0 && !(start.is_python_number() && step.is_python_number()))
            second = std::get<scalar>(apply(binary_op::add, start, step));
    } catch (const error& e) {
        if (e.category() != error_category::overflow_error) throw;
        raise(error_category::value_error, "Maximum allowed size exceeded");
    }
    if (length <= 0) {
        const array empty = ndarray::allocate(type, {0});
        empty->set_descriptor(held);
        return empty;
    }

    // The progression is made in native byte order and swapped afterwards when the dtype asks for it.
    const dtype native = native_order(type);
    const array out = ndarray::allocate(native, {length});
    // The dtype's setitem of start and of start + step (a NumPy complex gives its real part, a Python one raises).
    setitem_element(native, out->data(), start);
    if (length > 1) {
        // Two Python numbers add as Python's ints (exact; setitem may then overflow the dtype).
        if (!second)
            second = from_python_number(as_scalar(python_add(as_python_number(start), as_python_number(step), false)));
        setitem_element(native, out->data() + out->itemsize(), *second);
    }
    if (length > 2) fill_arithmetic_progression(native, out->data(), length);
    if (type != native) {
        byteswap(out, true);
        out->set_type_and_layout(type, out->shape(), out->strides());
    }
    out->set_descriptor(held);
    return out;
}

}  // namespace engine
