// CPython's arithmetic on bool/int/float/complex: operands are widened to the wider of the two kinds
// (bool and int are ints), ints are exact (here: checked 128-bit), and ints compare exactly with floats.
#include "interpreter/python_numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <complex>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

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

std::string kind_name(const value& v) {
    if (v.is<bool>()) return "bool";
    if (v.is<py_int>()) return "int";
    if (v.is<double>()) return "float";
    return "complex";
}

[[noreturn]] void unsupported_operands(cases::binary_op op, const value& a, const value& b) {
    raise_type_error("unsupported operand type(s) for " + std::string(cases::spelling(op)) + ": '" + kind_name(a) +
                     "' and '" + kind_name(b) + "'");
}

py_int floor_quotient(py_int a, py_int b) {
    if (b == 0) raise_zero_division_error("integer division or modulo by zero");
    if (b == -1) {
        py_int negated = 0;
        if (__builtin_sub_overflow(py_int{0}, a, &negated)) integer_overflow();
        return negated;
    }
    py_int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

py_int floor_modulus(py_int a, py_int b) {
    if (b == 0) raise_zero_division_error("integer division or modulo by zero");
    if (b == -1) return 0;
    py_int r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

py_int integer_power(py_int base, py_int exponent) {
    py_int result = 1;
    for (; exponent > 0; exponent >>= 1) {
        if ((exponent & 1) && __builtin_mul_overflow(result, base, &result)) integer_overflow();
        if (exponent > 1 && __builtin_mul_overflow(base, base, &base)) integer_overflow();
    }
    return result;
}

py_int shifted_left(py_int a, py_int count) {
    if (count < 0) raise_value_error("negative shift count");
    if (a == 0) return 0;
    if (count >= 126) integer_overflow();
    const py_int factor = py_int{1} << count;
    py_int result = 0;
    if (__builtin_mul_overflow(a, factor, &result)) integer_overflow();
    return result;
}

py_int shifted_right(py_int a, py_int count) {
    if (count < 0) raise_value_error("negative shift count");
    if (count >= 127) return a < 0 ? -1 : 0;
    return a >> count;  // arithmetic shift: floor division by 2**count, as Python's
}

// a OP b for Python ints (true division is not an int operation: see python_arithmetic).
py_int integer_arithmetic(cases::binary_op op, py_int a, py_int b) {
    py_int result = 0;
    bool overflowed = false;
    switch (op) {
        case cases::binary_op::add: overflowed = __builtin_add_overflow(a, b, &result); break;
        case cases::binary_op::subtract: overflowed = __builtin_sub_overflow(a, b, &result); break;
        case cases::binary_op::multiply: overflowed = __builtin_mul_overflow(a, b, &result); break;
        case cases::binary_op::floor_divide: return floor_quotient(a, b);
        case cases::binary_op::remainder: return floor_modulus(a, b);
        case cases::binary_op::power: return integer_power(a, b);
        case cases::binary_op::bitwise_and: return a & b;
        case cases::binary_op::bitwise_or: return a | b;
        case cases::binary_op::bitwise_xor: return a ^ b;
        case cases::binary_op::left_shift: return shifted_left(a, b);
        case cases::binary_op::right_shift: return shifted_right(a, b);
        case cases::binary_op::true_divide:
        case cases::binary_op::matmul: break;
    }
    if (overflowed) integer_overflow();
    return result;
}

// Python's float // and % (float_divmod), the algorithm NumPy's npy_divmod copies.
double float_floor_divide(double a, double b) {
    if (b == 0) raise_zero_division_error("float floor division by zero");
    const double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
    if (div == 0) return std::copysign(0.0, a / b);
    double floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
}

double float_modulus(double a, double b) {
    if (b == 0) raise_zero_division_error("float modulo");
    double mod = std::fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

value real_power(double a, double b) {
    if (a == 0 && b < 0) raise_zero_division_error("0.0 cannot be raised to a negative power");
    // A negative base to a non-integer power is complex in Python 3.
    if (a < 0 && std::isfinite(b) && std::floor(b) != b) return value::complex_number(std::pow(std::complex<double>(a), b));
    const double r = std::pow(a, b);
    if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) raise_overflow_error("(34, 'Numerical result out of range')");
    return value::floating(r);
}

value real_arithmetic(cases::binary_op op, double a, double b) {
    switch (op) {
        case cases::binary_op::add: return value::floating(a + b);
        case cases::binary_op::subtract: return value::floating(a - b);
        case cases::binary_op::multiply: return value::floating(a * b);
        case cases::binary_op::true_divide:
            if (b == 0) raise_zero_division_error("float division by zero");
            return value::floating(a / b);
        case cases::binary_op::floor_divide: return value::floating(float_floor_divide(a, b));
        case cases::binary_op::remainder: return value::floating(float_modulus(a, b));
        case cases::binary_op::power: return real_power(a, b);
        default: throw std::logic_error("no float operator");
    }
}

value complex_arithmetic(cases::binary_op op, std::complex<double> a, std::complex<double> b) {
    switch (op) {
        case cases::binary_op::add: return value::complex_number(a + b);
        case cases::binary_op::subtract: return value::complex_number(a - b);
        case cases::binary_op::multiply: return value::complex_number(a * b);
        case cases::binary_op::true_divide:
            if (b == std::complex<double>{}) raise_zero_division_error("complex division by zero");
            return value::complex_number(a / b);
        case cases::binary_op::power:
            if (b == std::complex<double>{}) return value::complex_number({1, 0});
            if (a == std::complex<double>{}) {
                if (b.imag() != 0 || b.real() < 0) raise_zero_division_error("0.0 to a negative or complex power");
                return value::complex_number({0, 0});
            }
            return value::complex_number(std::pow(a, b));
        default: throw std::logic_error("no complex operator");
    }
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

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string_view stripped(std::string_view text) {
    const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// Python allows single underscores between digits; the digits without them, or nothing if misplaced.
std::optional<std::string> without_digit_underscores(std::string_view text) {
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '_') {
            digits += text[i];
            continue;
        }
        const bool between_digits = i > 0 && i + 1 < text.size() && is_digit(text[i - 1]) && is_digit(text[i + 1]);
        if (!between_digits) return std::nullopt;
    }
    return digits;
}

std::optional<py_int> parse_int(std::string_view text) {
    const std::optional<std::string> cleaned = without_digit_underscores(stripped(text));
    if (!cleaned || cleaned->empty()) return std::nullopt;
    std::string_view digits = *cleaned;
    const bool negative = digits.front() == '-';
    if (digits.front() == '-' || digits.front() == '+') digits.remove_prefix(1);
    if (digits.empty()) return std::nullopt;
    py_int magnitude = 0;
    for (char c : digits) {
        if (!is_digit(c)) return std::nullopt;
        const bool overflowed =
            __builtin_mul_overflow(magnitude, 10, &magnitude) || __builtin_add_overflow(magnitude, c - '0', &magnitude);
        if (overflowed) integer_overflow();
    }
    return negative ? -magnitude : magnitude;
}

std::optional<double> parse_float(std::string_view text) {
    const std::optional<std::string> cleaned = without_digit_underscores(stripped(text));
    if (!cleaned || cleaned->empty()) return std::nullopt;
    std::string lowered;
    for (char c : *cleaned) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view body = lowered;
    const bool negative = body.front() == '-';
    if (body.front() == '-' || body.front() == '+') body.remove_prefix(1);
    const double sign = negative ? -1.0 : 1.0;
    if (body == "nan") return std::copysign(std::numeric_limits<double>::quiet_NaN(), sign);
    if (body == "inf" || body == "infinity") return sign * std::numeric_limits<double>::infinity();
    // Python's float grammar: digits, one point, an exponent; strtod alone would also take hex and "nan(...)".
    const bool plain_decimal = !body.empty() && body.find_first_not_of("0123456789.e+-") == std::string_view::npos &&
                               body.find_first_of("0123456789") != std::string_view::npos;
    if (!plain_decimal) return std::nullopt;
    char* end = nullptr;
    const double parsed = std::strtod(lowered.c_str(), &end);
    if (end != lowered.c_str() + lowered.size()) return std::nullopt;
    return parsed;
}

// complex(text): a real number, an imaginary one ("2j"), or real+imaginary ("1+2j", "1-2.5e3j").
std::optional<std::complex<double>> parse_complex(std::string_view text) {
    std::string_view body = stripped(text);
    if (body.size() >= 2 && body.front() == '(' && body.back() == ')') body = stripped(body.substr(1, body.size() - 2));
    if (const std::optional<double> real = parse_float(body)) return std::complex<double>{*real, 0.0};
    if (body.empty() || (body.back() != 'j' && body.back() != 'J')) return std::nullopt;
    body.remove_suffix(1);
    // The imaginary part starts at the last sign that does not belong to an exponent.
    std::size_t split = body.size();
    for (std::size_t i = body.size(); i-- > 1;) {
        if ((body[i] == '+' || body[i] == '-') && body[i - 1] != 'e' && body[i - 1] != 'E') {
            split = i;
            break;
        }
    }
    const std::string_view real_part = split == body.size() ? std::string_view{} : body.substr(0, split);
    std::string_view imaginary_part = split == body.size() ? body : body.substr(split);
    const std::string imaginary_text =
        imaginary_part == "+" || imaginary_part == "-" || imaginary_part.empty() ? std::string(imaginary_part) + "1"
                                                                                   : std::string(imaginary_part);
    const std::optional<double> imaginary = parse_float(imaginary_text);
    const std::optional<double> real = real_part.empty() ? std::optional<double>(0.0) : parse_float(real_part);
    if (!imaginary || !real) return std::nullopt;
    return std::complex<double>{*real, *imaginary};
}

}  // namespace

value python_number_from_string(std::string_view text, python_type as) {
    const std::string quoted = "'" + std::string(text) + "'";
    switch (as) {
        case python_type::bool_: return value::boolean(!text.empty());
        case python_type::int_:
            if (const std::optional<py_int> i = parse_int(text)) return value::integer(*i);
            raise_value_error("invalid literal for int() with base 10: " + quoted);
        case python_type::float_:
            if (const std::optional<double> d = parse_float(text)) return value::floating(*d);
            raise_value_error("could not convert string to float: " + quoted);
        case python_type::complex_:
            if (const std::optional<std::complex<double>> c = parse_complex(text)) return value::complex_number(*c);
            raise_value_error("complex() arg is a malformed string");
    }
    return value::none();
}

value python_arithmetic(cases::binary_op op, const value& a, const value& b) {
    const number_kind kind = std::max(kind_of(a), kind_of(b));
    const bool bitwise = op == cases::binary_op::bitwise_and || op == cases::binary_op::bitwise_or ||
                         op == cases::binary_op::bitwise_xor;
    const bool shift = op == cases::binary_op::left_shift || op == cases::binary_op::right_shift;
    if ((bitwise || shift) && kind != number_kind::integer) unsupported_operands(op, a, b);
    if (op == cases::binary_op::matmul) unsupported_operands(op, a, b);  // Python numbers have no @
    if (kind == number_kind::complex && (op == cases::binary_op::floor_divide || op == cases::binary_op::remainder))
        unsupported_operands(op, a, b);
    switch (kind) {
        case number_kind::integer: {
            const py_int x = as_integer(a), y = as_integer(b);
            if (bitwise && a.is<bool>() && b.is<bool>()) return value::boolean(integer_arithmetic(op, x, y) != 0);
            if (op == cases::binary_op::true_divide) {
                if (y == 0) raise_zero_division_error("division by zero");
                return value::floating(static_cast<double>(x) / static_cast<double>(y));
            }
            if (op == cases::binary_op::power && y < 0) return real_power(as_real(a), as_real(b));
            return value::integer(integer_arithmetic(op, x, y));
        }
        case number_kind::real: return real_arithmetic(op, as_real(a), as_real(b));
        case number_kind::complex: return complex_arithmetic(op, as_complex(a), as_complex(b));
    }
    return value::none();
}

value python_invert(const value& a) { return value::integer(~as_integer(a)); }

value python_absolute(const value& a) {
    switch (kind_of(a)) {
        case number_kind::integer: {
            const py_int i = as_integer(a);
            return value::integer(i < 0 ? integer_arithmetic(cases::binary_op::subtract, 0, i) : i);
        }
        case number_kind::real: return value::floating(std::fabs(as_real(a)));
        case number_kind::complex: return value::floating(std::abs(as_complex(a)));
    }
    return value::none();
}

value python_negation(const value& a) {
    switch (kind_of(a)) {
        case number_kind::integer:
            return value::integer(integer_arithmetic(cases::binary_op::subtract, 0, as_integer(a)));
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

}  // namespace conformance::interpreter
