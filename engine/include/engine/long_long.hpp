// np.longlong and np.ulonglong: the built-in descriptors of C long long, which on this LP64 target are int64 and
// uint64 again beside the C long ones np.int64 and np.uint64 name; and which of the two a computed result gets.
//
// NumPy keeps one built-in descriptor per C type, and C long ('l', 'L') and C long long ('q', 'Q') are both 64 bits
// here: equal dtypes, printed alike ('int64', '<i8'), but distinct objects with distinct type numbers (long 7 and 8,
// long long 9 and 10). Only identity shows the difference: np.asarray(x, dtype=np.int64) of a long long array is a
// view, not x. A long long comes from 'q'/'Q' and np.longlong/np.ulonglong, and from a Python int past int64, which
// NumPy's discovery makes an unsigned long long (np.array(2**63), np.full(2, 2**63)). It then travels as NumPy's
// type resolution carries type numbers:
// - Promotion (np.result_type, the uniform ufunc loops of + - * maximum minimum, joins, np.where, np.clip, dot,
//   matmul, an array from a list of scalars) keeps the greater type number of two equivalent types, so a 64-bit
//   result is long long when one operand of the result's type is (l + q is q, and so is q + l).
// - The other ufuncs (// % & | ^ << >> ** ...) take their loop by a linear search of the loop list, where the long
//   loop ('ll->l') comes before the long long one: long long only when every operand is of that very type, which
//   NumPy's dispatch matches exactly before any search (q // q is q; q // l, q // 2 and q // np.int32 are l).
//   NumPy 1.24 searches wherever scalar values matter, so there q // q[0] is l too.
// - A result of one operand's type keeps its descriptor (unary loops, reductions, copies, views, take, sort).
// - NumPy 2 leaves Python numbers out of promotion (NEP 50); NumPy 1.24 promotes by value where values matter
//   and keeps the plain promotion's descriptor when the value-based one is equivalent to it; otherwise a Python
//   int or 0-d integer of at least 2**32 counts as np.min_scalar_type makes it: an unsigned long long (uint64
//   array + 2**40 is Q under NumPy 1.24).
#pragma once

#include <span>
#include <string_view>

#include "engine/array.hpp"
#include "engine/promotion.hpp"
#include "engine/scalar.hpp"

namespace engine {

// The built-in descriptor of type `t` and C type: np.dtype('q') for int64 and np.dtype('Q') for uint64 when
// `long_long`, else the type's only built-in descriptor (null).
descriptor_handle builtin_descriptor(dtype t, bool long_long);
inline bool is_long_long(const descriptor_handle& d) { return d != nullptr && d->long_long; }
inline bool is_long_long(const ndarray& a) { return is_long_long(a.descriptor()); }
// A scalar made of an element of an array with descriptor `d`: np.longlong / np.ulonglong when d is long long.
inline scalar of_c_type(scalar s, const descriptor_handle& d) {
    s.long_long = is_long_long(d) && (s.type == dtype::int64 || s.type == dtype::uint64);
    return s;
}
// An element of `a` at `element`, as NumPy hands it out (a[i], a.sum(), a 0-d result).
inline scalar element_scalar(const ndarray& a, const std::byte* element) {
    return of_c_type(load_element(a.type(), element), a.descriptor());
}
// An element of type t at `element` (a loop's 0-d result), of C type long long when `long_long`.
inline scalar element_scalar(dtype t, const std::byte* element, bool long_long) {
    return of_c_type(load_element(t, element), builtin_descriptor(t, long_long));
}
// A new descriptor object of the same C type (PyArray_DescrNew: newbyteorder, a swapped type made canonical).
descriptor_handle new_descriptor_like(const descriptor_handle& d);

// The descriptor object np.dtype(text) is, for a text dtype_from_string understands: a type spelled in swapped byte
// order is a new one each time, 'q', 'Q', 'longlong' and 'ulonglong' name the long long ones, and any other text
// a type's built-in one (null).
descriptor_handle descriptor_from_string(std::string_view text);

// Whether np.<name> is a long long scalar type (np.longlong, np.ulonglong).
inline bool names_long_long(std::string_view name) { return name == "longlong" || name == "ulonglong"; }

// Whether a result of type `result` promoted from `operands` is long long (the first rule above).
bool promotes_to_long_long(dtype result, std::span<const typed_operand> operands);
// Whether a ufunc loop of type `loop` found by NumPy's linear search is long long (the second rule above).
bool exact_long_long_loop(dtype loop, std::span<const typed_operand> operands);

}  // namespace engine
