// CPython's arithmetic on bool/int/float/complex: operands are widened to the wider of the two kinds
// (bool and int are ints), ints are exact (here: checked 128-bit), and ints compare exactly with floats.
#include "engine_side/python_numbers.hpp"

#include <algorithm>
#include <cmath>

#include "engine_side/python_error.hpp"

namespace conformance::engine_side {

namespace {

// The kinds of the tower, narrowest first; an operation runs at the wider kind of its operands.
enum class number_kind { integer, real, complex };

number_kind kind_of(const value& v) {
    if (v.is<double>()) return number_kind::real;
    if (v.is<std::complex<double>>()) return number_kind::complex;
    return number_kind::integer;  // bool and int
}

py_int as_integer(const value& v) {
    if (const auto* b = v.as<bool>()) return *b ? 1 : 0;
    return *v.as<py_int>();
}

double as_real(const value& v) {
    if (const auto* d = v.as<double>()) return *d;
    return static_cast<double>(as_integer(v));
}

std::complex<double> as_complex(const value& v) {
    if (const auto* c = v.as<std::complex<double>>()) return *c;
    return as_real(v);
}

[[noreturn]] void integer_overflow() {
    raise_overflow_error("integer result does not fit the interpreter's 128-bit Python int");
}

py_int integer_arithmetic(cases::binary_op op, py_int a, py_int b) {
    py_int result = 0;
    bool overflowed = false;
    switch (op) {
        case cases::binary_op::add: overflowed = __builtin_add_overflow(a, b, &result); break;
        case cases::binary_op::subtract: overflowed = __builtin_sub_overflow(a, b, &result); break;
        case cases::binary_op::multiply: overflowed = __builtin_mul_overflow(a, b, &result); break;
    }
    if (overflowed) integer_overflow();
    return result;
}

template <class T>
T arithmetic(cases::binary_op op, T a, T b) {
    switch (op) {
        case cases::binary_op::add: return a + b;
        case cases::binary_op::subtract: return a - b;
        case cases::binary_op::multiply: return a * b;
    }
    return a;
}

// Exact comparison of an int with a float, as CPython does (no rounding of the int).
std::partial_ordering compare_integer_with_real(py_int i, double d) {
    if (std::isnan(d)) return std::partial_ordering::unordered;
    constexpr double beyond_any_int = 1.7e38;  // above every 128-bit int
    if (d >= beyond_any_int) return std::partial_ordering::less;
    if (d <= -beyond_any_int) return std::partial_ordering::greater;
    const double floor_d = std::floor(d);
    const py_int whole = static_cast<py_int>(floor_d);
    if (i != whole) return i < whole ? std::partial_ordering::less : std::partial_ordering::greater;
    return d > floor_d ? std::partial_ordering::less : std::partial_ordering::equivalent;
}

}  // namespace

value python_arithmetic(cases::binary_op op, const value& a, const value& b) {
    const number_kind kind = std::max(kind_of(a), kind_of(b));
    switch (kind) {
        case number_kind::integer: return value::integer(integer_arithmetic(op, as_integer(a), as_integer(b)));
        case number_kind::real: return value::floating(arithmetic(op, as_real(a), as_real(b)));
        case number_kind::complex: return value::complex_number(arithmetic(op, as_complex(a), as_complex(b)));
    }
    return value::none();
}

value python_negation(const value& a) {
    switch (kind_of(a)) {
        case number_kind::integer: return value::integer(integer_arithmetic(cases::binary_op::subtract, 0, as_integer(a)));
        case number_kind::real: return value::floating(-as_real(a));
        case number_kind::complex: return value::complex_number(-as_complex(a));
    }
    return value::none();
}

std::partial_ordering python_number_order(const value& a, const value& b) {
    const number_kind ka = kind_of(a);
    const number_kind kb = kind_of(b);
    if (ka == number_kind::complex || kb == number_kind::complex) return std::partial_ordering::unordered;
    if (ka == number_kind::integer && kb == number_kind::integer) return as_integer(a) <=> as_integer(b);
    if (ka == number_kind::integer) return compare_integer_with_real(as_integer(a), as_real(b));
    if (kb == number_kind::integer) return 0 <=> compare_integer_with_real(as_integer(b), as_real(a));
    return as_real(a) <=> as_real(b);
}

bool python_numbers_equal(const value& a, const value& b) {
    if (kind_of(a) == number_kind::complex || kind_of(b) == number_kind::complex) {
        const std::complex<double> ca = as_complex(a);
        const std::complex<double> cb = as_complex(b);
        // An int compares exactly with each component, so use the real tower for the parts.
        const value real_a = a.is<std::complex<double>>() ? value::floating(ca.real()) : a;
        const value real_b = b.is<std::complex<double>>() ? value::floating(cb.real()) : b;
        return ca.imag() == cb.imag() && python_number_order(real_a, real_b) == std::partial_ordering::equivalent;
    }
    return python_number_order(a, b) == std::partial_ordering::equivalent;
}

}  // namespace conformance::engine_side
