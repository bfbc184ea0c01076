// CPython's arithmetic on bool/int/float/complex: operands are widened to the wider of the two kinds
// (bool and int are ints), ints are exact (here: checked 128-bit), and ints compare exactly with floats.
#include "systems/engine/python_numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

#include "systems/engine/python_error.hpp"

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
    switch (kind) {
        case number_kind::integer: return value::integer(integer_arithmetic(op, as_integer(a), as_integer(b)));
        case number_kind::real: return value::floating(arithmetic(op, as_real(a), as_real(b)));
        case number_kind::complex: return value::complex_number(arithmetic(op, as_complex(a), as_complex(b)));
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

}  // namespace conformance::engine_side
