// Python's own numeric tower, with no NumPy involved: arithmetic and comparison of bool, int, float and
// complex as CPython does them (`True + True == 2`, exact int/float comparison, int -> float -> complex).
#pragma once

#include <compare>
#include <string_view>

#include "case/ast.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

// a OP b for two Python numbers (is_python_number); OverflowError where an int leaves 128 bits; TypeError for
// operators a kind lacks (complex // 2, 1.5 & 1), ZeroDivisionError as Python raises it.
value python_arithmetic(cases::binary_op op, const value& a, const value& b);

// -a for a Python number; ~a for a Python int or bool; abs(a) for a Python number.
value python_negation(const value& a);
value python_invert(const value& a);
value python_absolute(const value& a);

// How two Python numbers compare: unordered when a NaN is involved or a complex is ordered (the caller
// raises TypeError for `<` on complex; == works on complex numbers).
std::partial_ordering python_number_order(const value& a, const value& b);
bool python_numbers_equal(const value& a, const value& b);

// int(text), float(text), complex(text) or bool(text) as Python computes them (decimal ints with
// underscores, "nan"/"inf" floats, "1+2j" complexes, non-empty strings are true); ValueError with
// Python's message where Python raises. NumPy converts strings to numeric elements this way.
value python_number_from_string(std::string_view text, python_type as);

}  // namespace conformance::interpreter
