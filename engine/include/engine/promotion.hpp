// Type resolution for mixed operands under the active semantics profile: NumPy 2's NEP 50 (Python numbers
// weak, everything else strong) or NumPy 1.24's value-based casting of scalars and 0-d arrays; with
// np.min_scalar_type and the casting check that assignments of a scalar use.
// (Promotion of plain dtypes, np.promote_types, lives with the dtypes in dtype.hpp.)
#pragma once

#include <optional>
#include <span>
#include <string>

#include "engine/dtype.hpp"
#include "engine/scalar.hpp"

namespace engine {

class ndarray;

// An operand as type resolution sees it: its dtype, and its value when it is a scalar or a 0-d array
// (only those take part in value-based casting).
struct typed_operand {
    dtype type;
    std::optional<scalar> value;
    bool python_number = false;  // a Python int/float/complex/bool: NEP 50's weak scalar
    bool long_long = false;      // of C type long long (np.longlong, np.ulonglong: long_long.hpp)
};

// np.min_scalar_type of a value, plus NumPy's "small unsigned" mark: a non-negative integer that got an
// unsigned type but also fits the signed type of the same size (1 -> uint8, marked; 200 -> uint8, not).
struct minimal_type {
    dtype type;
    bool fits_signed_of_same_size = false;
};
minimal_type min_scalar_type(const scalar& value);

// NumPy 1.24's should_use_min_scalar: whether scalars and 0-d arrays count by their values (some operand is an
// array with ndim > 0 and no scalar is of a higher kind category: bool < integers < inexact).
bool scalar_values_matter(std::span<const typed_operand> operands);

// np.result_type(*operands) under NumPy 1.24's legacy (value-based) promotion.
dtype legacy_result_type(std::span<const typed_operand> operands);

// np.result_type(*operands) under NEP 50: strong operands (arrays, 0-d arrays, NumPy scalars) promote by
// dtype alone; a weak Python number then only lifts the result to its kind when the result is of a lower
// kind (int8 + 1.5 -> float64, float32 + 1j -> complex64), never to a wider type of the same kind.
dtype nep50_result_type(std::span<const typed_operand> operands);

// The result type under the active semantics profile (NEP 50 or legacy).
dtype result_type(std::span<const typed_operand> operands);

// NEP 50's conversion of a Python int into an integer dtype: OverflowError "Python integer 300 out of bounds
// for int8" when it does not fit (or "Python int too large to convert to C long" beyond what NumPy converts
// through a C long). Nothing for non-integer targets.
void check_python_int_fits(const scalar& python_int, dtype target);

// NEP 50's assignment of a Python number to an array of dtype `to` (np.copyto(dst, 300) with rule same_kind,
// np.full's copyto with rule unsafe): the number is weak, so the casting rule looks at its kind only (an int
// goes to any integer or inexact dtype, a float to any inexact one, a complex to complex, a bool anywhere),
// TypeError otherwise; and an int must fit an integer dtype (OverflowError).
void check_python_number_assignable(const scalar& python_number, dtype to, casting rule);

// Whether a Python int fits an integer dtype (always true for non-integer dtypes).
bool python_int_fits(const scalar& python_int, dtype target);

// Whether a scalar / 0-d array value may be cast to `to` under `rule` in NumPy 1.24 (can_cast_scalar_to):
// the plain dtype rule, or failing that the same rule applied to the value's minimal type.
bool can_cast_value(const scalar& value, dtype to, casting rule);
// PyArray_CanCastArrayTo: an array by its dtype; a 0-d array under NumPy 1.x as can_cast_scalar_to does,
// 'unsafe' always, then by its own dtype (byte order included), then by its value under any rule
// (np.copyto(uint32_array, 70000, casting='no') is allowed).
bool can_cast_array(const ndarray& a, dtype to, casting rule);
// The same, raising NumPy's TypeError ("Cannot cast scalar|array data from ... according to the rule ...").
void check_can_cast_array(const ndarray& a, dtype to, casting rule);
// NumPy's TypeError for a refused cast, written once: "Cannot cast <what> from <from> to <to> according to the
// rule '<rule>'", `what` being "scalar" or "array data" as NumPy's message names the source.
[[noreturn]] void raise_cannot_cast(std::string_view what, dtype from, dtype to, casting rule);
// NEP 50's categories, by which a weak Python number meets a dtype: bool 0, integers 1, floats 2, complex 3.
int nep50_category(dtype t);

// A dtype as NumPy's casting error messages quote it: "dtype('float64')".
std::string dtype_repr(dtype t);

}  // namespace engine
