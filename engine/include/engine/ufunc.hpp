// NumPy's elementwise arithmetic ufuncs behind the operators (+ - * / // % ** & | ^ << >>, the comparisons, unary
// - + ~ abs) with broadcasting, each ufunc's loop search over its own dtypes, the output's memory layout, in-place
// operation, and ndarray's ** shortcuts to unary ufuncs. Type resolution is the active profile's (NEP 50 or
// NumPy 1.24's value-based casting of scalars and 0-d arrays: int8 array + 1 stays int8).
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "engine/array.hpp"
#include "engine/dtype.hpp"
#include "engine/index.hpp"
#include "engine/scalar.hpp"

namespace engine {

enum class binary_op {
    add, subtract, multiply, equal, not_equal, less, greater, less_equal, greater_equal,
    true_divide, floor_divide, remainder, power, bitwise_and, bitwise_or, bitwise_xor, left_shift, right_shift,
    maximum, minimum,
};

enum class unary_op { negative, positive, invert, absolute, square, reciprocal, sqrt, conjugate, rint, floor };

// An operand: an array, or a scalar (a Python int/float/complex/bool arrives as an int64/float64/
// complex128/bool scalar; a NumPy scalar keeps its dtype). Scalars and 0-d arrays take part in
// value-based casting exactly as in NumPy 1.24.
using operand = std::variant<array, scalar>;

// An operand as an array (np.asanyarray): a scalar becomes the 0-d array of its dtype that NumPy makes of it.
// Also turns a ufunc's result (an array, or a scalar for 0-d) back into an array.
array as_array(const operand& x);

// np.result_type of the operands (before a ufunc's loop search or comparisons turn the output into bool).
dtype result_type(const std::vector<operand>& operands);
// Whether that result, of type `result`, is of C type long long (long_long.hpp).
bool promotes_to_long_long(dtype result, const std::vector<operand>& operands);

// a OP b. When every operand is a scalar or 0-d, NumPy returns a scalar, and so does this. TypeError
// (UFuncTypeError) when the ufunc has no loop the inputs cast to safely (bool - bool, float & int, complex // 2).
std::variant<array, scalar> apply(binary_op op, const operand& a, const operand& b);

// Whether Python's a == b or a != b does not compare elementwise: NumPy 1.24's comparison of shapes that do not
// broadcast "fails" (a DeprecationWarning) and Python falls back to identity (== False, != True for two distinct
// objects); NumPy 2 raises ValueError, as apply does. np.equal and np.not_equal always raise.
bool comparison_falls_back_to_identity(binary_op op, const operand& a, const operand& b);

// OP x for a unary ufunc: a fresh array laid out like x (order K), or a scalar for a scalar or 0-d x.
std::variant<array, scalar> apply(unary_op op, const operand& x);

// The keywords of a ufunc called as a function: np.add(a, b, out=o, where=m, dtype=t, casting='safe').
struct ufunc_keywords {
    std::optional<array> out;    // written in place and returned (the same object, 0-d too)
    std::optional<array> where;  // a mask broadcast to the result: only its True elements are written
    std::optional<engine::dtype> loop_dtype;  // dtype=: the loop (np.add(a, b, dtype=np.float32) adds in float32)
    casting rule = casting::same_kind;  // for the inputs' casts to the loop and the loop's cast into out
    descriptor_handle loop_descriptor;  // the dtype object dtype= named: 'q' runs the long long loop (long_long.hpp)
};

// A ufunc's dtype= (its signature) selects a type only: a descriptor in swapped byte order is a TypeError, checked
// after out= is found writeable and before the loop is resolved. Reductions (sum, prod, mean) check it too.
void check_signature_dtype(std::optional<dtype> t);

// np.OP(a, b, **keywords) / np.OP(x, **keywords). With out=, the inputs broadcast to out's shape (not beyond),
// an input overlapping out is read as if copied first (whatever the size: NumPy copies on overlap, so its
// 8,192-element buffer never shows, or hands its loop an out that overlaps an input safely element by element,
// whose kernel may then differ), and out comes back; ValueError for a read-only out (before anything else),
// UFuncTypeError (TypeError) for a cast the rule forbids, TypeError for a where= that is not bool-castable.
std::variant<array, scalar> call(binary_op op, const operand& a, const operand& b, const ufunc_keywords& keywords);
std::variant<array, scalar> call(unary_op op, const operand& x, const ufunc_keywords& keywords);

// target OP= b: in place into `target` (same object), broadcasting b to target's shape; TypeError
// (UFuncTypeError) when the result type cannot be cast to target's dtype under same_kind; ValueError when
// read-only or when the broadcast would change target's shape. Overlap between b and target is safe.
void apply_inplace(binary_op op, const array& target, const operand& b);

// +x as ndarray's number protocol runs it: np.positive, except that NumPy 1.24 copies (order C) an array whose
// dtype has no positive loop (bool) where NumPy 2 raises UFuncTypeError.
std::variant<array, scalar> plus_operator(const operand& x);

// a.conj() / a.conjugate(): np.conjugate for a complex array (a fresh array laid out like a, a scalar for 0-d),
// the array itself for any other dtype (PyArray_Conjugate), 0-d included.
std::variant<array, scalar> conjugate_method(const array& a);

// base ** exponent and base **= exponent as ndarray's number protocol runs them (number.c fast_scalar_power):
// for an array base some scalar exponents run a unary ufunc (square, sqrt, reciprocal, ...) instead of power,
// which decides the values at the corners and, under NumPy 1.24, the result's dtype and layout.
std::variant<array, scalar> power_operator(const operand& base, const operand& exponent);
void power_operator_inplace(const array& target, const operand& exponent);

// np.OP.at(a, indices, b) and np.OP.at(a, indices): OP in place on each element a[indices] selects, one at a
// time in NumPy's map iterator order, so a repeated position accumulates (np.add.at(a, [0, 0], 1) adds 2).
// The loop is OP's for a and b (b as np.asarray gives it: a Python number is not weak here), every cast unsafe.
// a need not be writeable when each position selects one element (NumPy checks only a subspace it iterates);
// b or an intp index array sharing a's memory makes NumPy work on a copy written back at the end.
void at(binary_op op, const array& a, const index_expr& indices, const array& b);
void at(unary_op op, const array& a, const index_expr& indices);

// The clip ufunc itself (np.core.umath.clip, which np.clip calls when both bounds are given): x held between lo and
// hi, elementwise, in the loop of their result type (PyUFunc_SimpleUniformOperationTypeResolver), into out or a fresh
// array laid out as any ufunc's output; a 0-d result without out comes back as a scalar. Where lo > hi the result is
// hi. The element rule is clip.cpp's: max(x, lo) then min(., hi), each keeping its first argument when it is NaN
// (a NaN x stays, a NaN bound wins otherwise); NumPy 2's float32/float64 loop with both bounds fixed through the run
// (zero strides) compares instead (x < lo -> lo, x > hi -> hi), which keeps x where it equals a bound (the sign of a
// zero), and fills the run with a NaN bound. TypeError for an output cast `rule` forbids, ValueError for a read-only
// out or shapes that do not broadcast.
std::variant<array, scalar> clip_ufunc(const operand& x, const operand& lo, const operand& hi,
                                       const std::optional<array>& out, casting rule = casting::same_kind);

// np.round / np.around(a, decimals, out) / a.round: NumPy's PyArray_Round. Integers with decimals >= 0: NumPy 1.24 returns
// `a` itself, NumPy 2 a copy in order K (out: a cast copy into it). decimals == 0: np.rint (bool runs rint's
// float16 loop). Otherwise multiply by 10**|decimals| (or divide), rint, and divide back, in place in a fresh
// array of a's dtype (float64 for integers, cast back after) laid out F only when a is F- and not C-contiguous,
// or in out. Complex: out (or a copy) gets its real, then its imaginary, part from rounding a's parts
// (a real out takes the real part, then raises TypeError; the copy is in order K under NumPy 2, C under 1.24). ValueError "invalid output shape" when out's size
// differs. A 0-d result without out comes back as a scalar.
std::variant<array, scalar> around(const array& a, std::int64_t decimals, const std::optional<array>& out);

}  // namespace engine
